//! Releases as ministries, NATO and the UN print them: a transcript's stamp
//! and subjects, a release's embargo line and its number after the date, a
//! CMS badge after the heading, a heading repeated in letter-spaced capitals.

use super::tests::header;

#[test]
fn a_transcripts_stamp_and_subjects_are_no_part_of_the_body() {
    let h = header(
        "Doorstop, London, United Kingdom\n\n  • Transcript, E&OE\nSubjects: Commonwealth Foreign Ministers’ meeting, Press Freedom, PNG, Syria.\n10 July 2019\n\nMinister: Can I congratulate the Blues on winning tonight, which is music to my ears as a proud Senator.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Doorstop, London, United Kingdom"));
    assert_eq!(h.meta.date.as_deref(), Some("2019-07-10"));
}

#[test]
fn a_releases_embargo_line_with_its_kind_and_its_number_after_the_date() {
    let h = header(
        "For immediate release PRESS RELEASE\n\n11 July 2018 PR/CP(2018)074\n\nBRUSSELS SUMMIT DECLARATION\n\nIssued by the Heads of State and Government\n\n1. We, the Heads of State and Government of the 29 member nations of the North Atlantic Alliance, have gathered in Brussels.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("BRUSSELS SUMMIT DECLARATION"));
    assert_eq!(h.meta.number.as_deref(), Some("PR/CP(2018)074"));
    assert_eq!(h.meta.date.as_deref(), Some("2018-07-11"));
}

#[test]
fn a_featured_badge_after_the_heading_is_no_part_of_it() {
    let h = header(
        "Print this page\n\nEU Statement – United Nations Ad Hoc Working Group on Revitalization of the General Assembly: Agenda Item 121 Featured\n\nI have the honour to speak on behalf of the European Union and its Member States, and thank the Co-Chairs for convening us.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "EU Statement – United Nations Ad Hoc Working Group on Revitalization of the General Assembly: Agenda Item 121"
        )
    );
}

#[test]
fn a_heading_repeated_in_letter_spaced_capitals_gives_way_to_its_first_print() {
    let h = header(
        "SG/SM/15504\n\nLe Secrétaire général condamne fermement l’attentat perpétré à Damas\n\n29/11/2013\nDépartement de l’information • Service des informations • New York\n\nLE SECR É TAIRE G É N É RAL CONDAMNE FERMEMENT L’ATTENTAT PERP É TR É À DAMAS\n\n\nLa déclaration suivante a été communiquée aujourd’hui par le Porte-parole de M. Ban Ki-moon, Secrétaire général de l’ONU:\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Le Secrétaire général condamne fermement l’attentat perpétré à Damas")
    );
}

#[test]
fn a_mails_subject_with_its_sources_name_gives_way_to_the_heading_it_copies() {
    let h = header(
        "Shabait: Statement by Minister of Eritrean Foreign Affairs Mr. Osman Saleh to the Press\n\nFrom: Semere Asmelash <>\nDate: Mon, 30 Jan 2017 18:43:16 +0000 (UTC)\n\nStatement by Minister of Eritrean Foreign Affairs Mr. Osman Saleh to the Press\n\nMoscow, 30 January 2017\n\nGood afternoon, ladies and gentlemen.\n\nLet me begin by thanking Minister Sergei Lavrov for the invitation extended to us to visit Moscow for consultations.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement by Minister of Eritrean Foreign Affairs Mr. Osman Saleh to the Press")
    );
}

#[test]
fn under_a_un_mastheads_agenda_item_its_name_gives_way_to_the_reports_title() {
    let h = header(
        "United Nations A/73/589/Add.3\n\nGeneral Assembly Distr.: General 6 December 2018\n\nOriginal: English\n\nSeventy-third session Agenda item 74 (c)\n\nPromotion and protection of human rights: human rights situations and reports of special rapporteurs and representatives\n\nReport of the Third Committee*\n\nRapporteur: Ms. Katharina Konzett-Stoffl (Austria)\n\nI. Introduction\n\n1. At its 3rd plenary meeting, on 21 September 2018, the General Assembly, on the recommendation of the General Committee, decided to include the item.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Report of the Third Committee"));
}

#[test]
fn a_page_stores_date_field_dates_a_text_nothing_else_dates() {
    let h = header(
        " date 2022-03-01 WiredGov Newswire (news from other organisations)\nStatement by UNICEF Executive Director Catherine Russell calling for a suspension of hostilities in Ukraine\n“The situation for children caught up in the conflict in Ukraine grows worse by the minute, and we appeal for calm.\n",
    );
    // (Kept apart: the body, read later, may date the text better.)
    assert_eq!(h.meta.date, None);
    assert_eq!(h.stored_on.as_deref(), Some("2022-03-01"));
    // A date the title ends with, after a colon, outranks it.
    let h = header(
        " date 2022-04-07 10 Downing Street\nAUKUS Leaders' Level Statement: 5 April 2022\nStatement from the leaders of the Australia-UK-US (AUKUS) partnership.\nThe leaders of the partnership recently assessed progress under AUKUS and reaffirmed their commitment to it.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2022-04-05"));
}

#[test]
fn a_press_conference_continued_by_its_speaker_is_one_title() {
    let h = header(
        "Pre-summit press conference\n\nby Secretary General Jens Stoltenberg ahead of the NATO Summit in Washington\n\n  • 05 Jul. 2024 -\n  • |\n  • Last updated: 05 Jul. 2024 16:17\n\n(As delivered)\n\nGood afternoon. NATO Heads of State and Government will meet in Washington next week at a pivotal moment.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Pre-summit press conference by Secretary General Jens Stoltenberg ahead of the NATO Summit in Washington"
        )
    );
}

#[test]
fn a_sites_label_of_the_speech_and_its_speaker_gives_way_to_the_speechs_heading() {
    let h = header(
        "Skip to content\nSpeech by Ulf Kristersson\n\nThe Government’s priorities and the programme of the upcoming Swedish Presidency of the Council of the EU\n\n\nPrime Minister Ulf Kristersson presented the Government’s priorities and the programme of the upcoming Presidency.\n\nMr Speaker,\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "The Government’s priorities and the programme of the upcoming Swedish Presidency of the Council of the EU"
        )
    );
}

#[test]
fn a_numbers_revision_on_the_line_below_is_the_numbers() {
    let h = header(
        "COUNCIL OF\nTHE EUROPEAN UNION\nBrussels 21 December 2001\nSN 4944/2/01\nREV 2\nLIMITE\n\nPROVISIONAL AGENDAS FOR COUNCIL MEETINGS\n\n1. The Presidency has drawn up the provisional agendas for the Council meetings of the first half of the year.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("SN 4944/2/01 REV 2"));
}

#[test]
fn a_page_stores_date_field_over_a_releases_symbol_gives_both() {
    let h = header(
        " date 2020-05-13 SC/14185\n\nThe following Security Council press statement was issued today by Council President Sven Jürgenson (Estonia):\n\nThe members of the Security Council condemned in the strongest terms the heinous and cowardly terrorist attacks.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("SC/14185"));
    assert_eq!(h.meta.date.as_deref(), Some("2020-05-13"));
}

#[test]
fn a_heading_run_on_with_its_speaker_and_dateline_keeps_the_heading_and_the_date() {
    let h = header(
        "Opening remarks at the 66th session of the Executive Committee of the High Commissioner's Programme. António Guterres, United Nations High Commissioner for Refugees. Geneva, 5 October 2015\n\nMr. Chairman,\n\nWhen I started as High Commissioner ten years ago, there were 38 million people in the world displaced by conflict.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Opening remarks at the 66th session of the Executive Committee of the High Commissioner's Programme")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2015-10-05"));
}

#[test]
fn a_breadcrumb_printed_as_a_numbered_list_is_no_clause() {
    let h = header(
        " date 2018-07-25   1. Home\n  2. Secretary-General Strongly Condemns Terrorist Attacks in Syria\n\nSecretary-General Strongly Condemns Terrorist Attacks in Syria\n\nPress Release\nSG/SM/19144\n25 July 2018\n\nThe following statement was issued today by the Spokesman for UN Secretary-General António Guterres:\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Secretary-General Strongly Condemns Terrorist Attacks in Syria")
    );
    assert_eq!(h.meta.number.as_deref(), Some("SG/SM/19144"));
}

#[test]
fn a_pictures_caption_or_alternative_text_and_a_one_step_breadcrumb_are_no_title() {
    let h = header(
        "Gudlaugur Thor Thordarson, Minister for Foreign Affairs - mynd\n\nContinues as Minister for Foreign Affairs\n\nGudlaugur Thor Thordarson will continue as Minister for Foreign Affairs in the new government formed today.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Continues as Minister for Foreign Affairs")
    );
    let h = header(
        "Picture 0 for 44th Pacific Islands Forum: Forum Communique\n\nThe Forum Leaders met in Majuro and agreed on the Majuro Declaration for Climate Leadership.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("44th Pacific Islands Forum: Forum Communique")
    );
    let h = header(
        "Top > Speeches and Statements by Prime Minister\n\n15th JAPAN-EU SUMMIT\n\nJOINT PRESS STATEMENT\n\nThe fifteenth summit between Japan and the European Union was held in Tokyo today, and the leaders agreed.\n",
    );
    // (The text's kind right under the meeting's banner names it, as a
    // `FINAL COMMUNIQUÉ` under a NATO meeting does: not the breadcrumb.)
    assert_eq!(h.meta.title.as_deref(), Some("JOINT PRESS STATEMENT"));
}

#[test]
fn a_sites_greeting_and_a_logos_alternative_text_are_no_title() {
    let h = header(
        "Willkommen auf den Seiten des Auswärtigen Amts\nAußenminister Steinmeier telefoniert mit seinen Amtskollegen\nEin Sprecher des Auswärtigen Amts erklärte heute in Berlin:\n„Außenminister Frank-Walter Steinmeier hat heute mit seinen Amtskollegen telefoniert.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Außenminister Steinmeier telefoniert mit seinen Amtskollegen")
    );
    let h = header(
        "G20 Research Group\n\nLogo of the 2020 Riyadh Summit\n\nCommuniqué of the G20 Finance Ministers and Central Bank Governors Meeting\n\nVirtual\nOctober 14, 2020\n\nWhile the global economy is experiencing a sharp contraction in 2020, the outlook is less negative.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Communiqué of the G20 Finance Ministers and Central Bank Governors Meeting")
    );
}

#[test]
fn reliefwebs_fields_over_a_release_leave_its_dateline_to_the_lead() {
    let text = "Afghanistan: Commission provides a further EUR 11.53 million in humanitarian aid\n\nNews and Press Release\nOriginally published\nBrussels, 16 October 2003 - The European Commission has approved an aid package to help victims of the crisis.\n";
    let doc = crate::segment::segment(text);
    assert_eq!(doc.meta.date.as_deref(), Some("2003-10-16"));
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Afghanistan: Commission provides a further EUR 11.53 million in humanitarian aid")
    );
}

#[test]
fn a_gulf_sites_clock_and_prayer_times_are_no_part_of_the_header_and_a_credit_after_a_blank_line_is_the_pictures() {
    let h = header(
        "9.15 PM Tuesday, 4 March 2025\n  • City Fajr Shuruq Duhr Asr Magrib Isha\n  • Abu Dhabi 05:12 06:27 12:33 15:55 18:34 19:48\n4 March 2025\n\nUAE condemns attack on aid convoy, says Foreign Ministry\n\nPhoto: WAM\n\n\nThe UAE has strongly condemned the attack on an aid convoy, the Ministry of Foreign Affairs said in a statement on Monday.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("UAE condemns attack on aid convoy, says Foreign Ministry")
    );
}

#[test]
fn a_caption_right_over_its_credit_is_still_no_title() {
    let h = header(
        "20250304 ministry of foreign affairs\nImage Credit: WAM\n\nUAE condemns attack on aid convoy\n\nThe UAE has strongly condemned the attack on an aid convoy, the Ministry said in a statement today.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("UAE condemns attack on aid convoy"));
}

#[test]
fn a_canadian_release_number_opens_its_dateline() {
    let h = header(
        "Address by Minister Smith to the Diplomatic Forum\n\nNo. 2011/45 - Ottawa, Ontario - March 3, 2011\n\nCheck Against Delivery\n\nI am honoured to welcome you to the Lester B. Pearson Building once again this year.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("2011/45"));
    assert_eq!(h.meta.date.as_deref(), Some("2011-03-03"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Address by Minister Smith to the Diplomatic Forum")
    );
}

#[test]
fn a_headline_set_as_a_lists_one_item_over_its_date_is_the_title() {
    let h = header(
        "News Details\n  • Secretary-General condemns the shelling of hospitals in Khartoum\n    التاريخ: 2024/06/02\n\n    Mr. Ahmed Aboul Gheit, Secretary-General of the League of Arab States, condemned the shelling of hospitals in Khartoum.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Secretary-General condemns the shelling of hospitals in Khartoum")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2024-06-02"));
    // A menu's items stay a menu.
    let h = header(
        "  • Home\n  • News\n  • About us\n\nSecretary-General condemns the shelling of hospitals\n\n2 June 2024\n\nThe Secretary-General condemned the shelling of hospitals in Khartoum today.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Secretary-General condemns the shelling of hospitals")
    );
}

#[test]
fn a_european_council_number_revised_in_its_series_is_the_number_not_a_dateline() {
    let h = header(
        "European Council\nBrussels, 14 December 2017\n(OR. en)\nEUCO 19/1/17\nREV 1\nCO EUR 24\nCONCL 7\nCOVER NOTE\nFrom: General Secretariat of the Council\nTo: Delegations\nSubject: European Council meeting (14 December 2017) – Conclusions\nDelegations will find attached the conclusions adopted by the European Council at the above meeting.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("EUCO 19/1/17 REV 1"));
    assert_eq!(h.meta.date.as_deref(), Some("2017-12-14"));
}

#[test]
fn an_oas_resolutions_symbol_before_its_title_is_the_number() {
    let h = header(
        "AG/RES. 2908 (XLVII-O/17) Promotion of Hemispheric Security: A Multidimensional Approach\n\n(Adopted at the fourth plenary session, held on June 21, 2017)\n\nTHE GENERAL ASSEMBLY,\n\nRECALLING its previous resolutions on hemispheric security;\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("AG/RES. 2908 (XLVII-O/17)"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Promotion of Hemispheric Security: A Multidimensional Approach")
    );
}

#[test]
fn a_release_number_over_a_photo_credit_and_the_issuing_department_are_no_title() {
    let h = header(
        "Media\n\nPrime Minister Orpo meets Chancellor Merz in Berlin\n\nGovernment Communications Department\nPublication date 12.6.2025 14.05\nPress release 301/2025\nPhoto: Laura Kotila\n\nPrime Minister Petteri Orpo met Federal Chancellor Friedrich Merz in Berlin today to discuss European security.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Prime Minister Orpo meets Chancellor Merz in Berlin")
    );
    assert_eq!(h.meta.number.as_deref(), Some("Press release 301/2025"));
    assert_eq!(h.meta.date.as_deref(), Some("2025-06-12"));
}

#[test]
fn a_mails_empty_bold_line_does_not_end_the_header() {
    let h = header(
        "FOR IMMEDIATE RELEASE\nMarch 3, 2017\n* *\n*Joint Statement from President Smith and Prime Minister Jones*\nPresident\nSmith and Prime Minister Jones held their first official meeting today in Washington.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Joint Statement from President Smith and Prime Minister Jones")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2017-03-03"));
}

#[test]
fn a_parliaments_adopted_text_is_numbered_by_its_ta_symbol_with_the_motion_glued_on() {
    let h = header(
        "Texts adopted\nWednesday, 6 April 2022 - Strasbourg\nCombating gender-based violence\n\nEuropean Parliament resolution of 6 April 2022 on combating gender-based violence (2021/2035(INI))\nP9_TA(2022)0117A9-0033/2022\n\nThe European Parliament,\n\n–  having regard to Article 2 of the Treaty on European Union,\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("P9_TA(2022)0117"));
    assert_eq!(h.meta.date.as_deref(), Some("2022-04-06"));
}

#[test]
fn a_papers_lead_opening_with_its_city_and_a_colon_is_no_title() {
    let h = header(
        "People have set a wonderful standard of solidarity: HM\nJune 2, 2020 | 7:06 PM\nby Times News Service\n\nMuscat: The Diwan of Royal Court on Tuesday issued a statement reading as follows:\n\nThe Diwan of Royal Court is honoured to convey to the people of Oman the thanks of His Majesty.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("People have set a wonderful standard of solidarity: HM")
    );
}

#[test]
fn a_release_services_stamp_after_the_headline_dates_it_and_a_language_switcher_beside_the_day() {
    let h = header(
        "President Stubb spoke with President Zelensky 14.03.2025 10:05:12 EET | Press release\n\nOffice of the President of the Republic of Finland. President of the Republic of Finland Alexander Stubb had a phone call with President Zelensky on Friday.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("President Stubb spoke with President Zelensky")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2025-03-14"));
    let h = header(
        "Search form\n\nUNHCR High Commissioner’s statement to the Executive Committee\n\n6 October 2025 Also available in:\nHigh Commissioner presents his statement to the Executive Committee.\n\nMadam Chair,\n\nWe are living through a time of rapid change for refugees everywhere in the world today.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2025-10-06"));
}

#[test]
fn a_revised_numbers_suffix_on_the_footer_completes_the_letterheads() {
    let h = header(
        "European Council\nBrussels, 14 December 2017\n(OR. en)\nEUCO 19/1/17\nGeneral Secretariat of the Council\nEuropean Council meeting (14 December 2017) – Conclusions\nDelegations will find attached the conclusions adopted by the European Council at the above meeting.\nEUCO 19/1/17 REV 1\n14 December 2017\nThe European Council reviewed progress achieved in the field of security and defence.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("EUCO 19/1/17 REV 1"));
}

#[test]
fn a_meetings_day_in_the_title_yields_to_the_dateline_under_it() {
    let h = header(
        "Erklärung von Präsidentin von der Leyen auf der Pressekonferenz im Anschluss an die Tagung des Europäischen Rates vom 26. Juni 2025.\nBrüssel, 27. Juni 2025\nGestatten Sie mir, lieber Donald Tusk, zu Beginn einige Worte zum polnischen Ratsvorsitz, der sich dem Ende zuneigt.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2025-06-27"));
    // With no dateline, the title's date still dates the text.
    let h = header(
        "Erklärung von Präsidentin von der Leyen auf der Pressekonferenz im Anschluss an die Tagung des Europäischen Rates vom 26. Juni 2025.\nGestatten Sie mir, lieber Donald Tusk, zu Beginn einige Worte zum polnischen Ratsvorsitz, der sich dem Ende zuneigt.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2025-06-26"));
}

#[test]
fn a_symbols_date_above_the_title_outranks_the_meeting_day_in_it() {
    let h = header(
        "Information Documents\nSG/Com(2007)1010(restricted) 5 November 2007\n————————————————\nCommunication by the Secretary General\nand the Deputy Secretary General\nto the 1010th meeting of the\nMinisters’ Deputies (7 November 2007)\n————————————————\n1. Official visit to Bosnia and Herzegovina\nOn 28-30 October, I made an official visit to Bosnia and Herzegovina at the invitation of the Foreign Minister.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("SG/Com(2007)1010"));
    assert_eq!(h.meta.date.as_deref(), Some("2007-11-05"));
}

#[test]
fn the_headline_under_a_releases_symbol_outranks_the_deck_under_it() {
    let h = header(
        "In progress at UNHQ\n\nSeventy-seventh Session,\n36th Meeting (resumed) (PM)\nGA/12486\n\nGeneral Assembly Adopts $3.4 Billion Programme Budget for 2023, Approves Permanent Shift to Annual Cycle, Concluding Main Part of Seventy-Seventh Session\n\nTexts on Common System, Financing of Human Rights Mechanisms, International Tax Cooperation among 24 Resolutions, 2 Decisions Adopted\n\nConcluding the main part of its seventy-seventh session, the General Assembly today adopted 24 resolutions and 2 decisions, including a budget.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "General Assembly Adopts $3.4 Billion Programme Budget for 2023, Approves Permanent Shift to Annual Cycle, Concluding Main Part of Seventy-Seventh Session"
        )
    );
}

#[test]
fn a_mailings_preview_text_and_a_pages_tool_bar_are_no_title() {
    let h = header(
        "TIRANA, 23 July 2020 – The OSCE Chairperson-in-Office welcomed the agreement reached yesterday by the Trilateral Contact Group on additional measures to strengthen the ceasefire...\nEmail not displaying correctly? View it in your browser.\nOSCE twitterOSCE FacebookOSCE LinkedIn\n\nPRESS RELEASE\n\nOSCE Chairperson-in-Office welcomes agreement on additional measures to strengthen ceasefire\n\nTIRANA, 23 July 2020 – The OSCE Chairperson-in-Office welcomed the agreement reached yesterday by the Trilateral Contact Group.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("OSCE Chairperson-in-Office welcomes agreement on additional measures to strengthen ceasefire")
    );
    let h = header(
        "| Print | |\nJoint statement by the Secretary General and the Chairman of the Committee of Ministers on the anniversary\n\nStrasbourg, 4 May 2009\n\nIn the first sixty years of its existence, the Council of Europe has helped to reconcile a continent.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Joint statement by the Secretary General and the Chairman of the Committee of Ministers on the anniversary"
        )
    );
}

#[test]
fn a_replys_code_beside_its_day_is_its_number() {
    let h = header(
        "Statement of the Spokesman of the Ministry of Foreign Affairs in response to a question concerning remarks attributed to the Prime Minister.\n\nQA-8, 3 March 2015\n\nThe remarks attributed to the Prime Minister in some news reports are not true.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("QA-8"));
    assert_eq!(h.meta.date.as_deref(), Some("2015-03-03"));
}

#[test]
fn a_section_label_a_spaced_date_and_a_clock_are_no_title() {
    let h = header(
        "Press Advisories\n\n4. 2. 2010 16:40\n\nPrime Minister spoke on the phone with the Chancellor of Germany\n\nThe Prime Minister and the Chancellor discussed the situation in the region and agreed to meet.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Prime Minister spoke on the phone with the Chancellor of Germany")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2010-02-04"));
    let h = header(
        "Office of the Press Secretary\n\nFor Immediate Release March 3, 1995\n\nREMARKS BY THE PRESIDENT AT THE STATE DINNER\n\nThe East Room\n\n8:35 P.M. EST\n\nTHE PRESIDENT: Ladies and gentlemen, welcome to the White House.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("REMARKS BY THE PRESIDENT AT THE STATE DINNER")
    );
}

#[test]
fn a_reprint_label_and_an_agencys_name_leave_the_title() {
    let h = header(
        "Full text: Joint Statement Between the People's Republic of China and the Republic of Fiji on Deepening Cooperation-Xinhua\n\nBEIJING, March 1 (Xinhua) -- The following is the full text of the joint statement.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Joint Statement Between the People's Republic of China and the Republic of Fiji on Deepening Cooperation"
        )
    );
}

#[test]
fn a_posting_stamp_over_the_texts_day_and_a_pages_type_buttons_are_no_header() {
    let h = header(
        "News\n\nAgency chief warns of a growing crisis for the hungry\n3:54pm 17th Sep, 2009\n \n16 Sep 2009\n\nThe Executive Director released this statement in London.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2009-09-16"));
    let h = header(
        "• A-\n    A+\n  • English\nThe Minister held a press conference at the Crisis Media Center\n16 March 2014 10:45\n\nThe Minister informed the media about the results of the visit.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("The Minister held a press conference at the Crisis Media Center")
    );
}

#[test]
fn a_news_distributors_stamp_dates_the_release_month_first() {
    let h = header(
        "12/02/2024 | Press release | Distributed by Public on 12/01/2024 21:13\nJOINT STATEMENT FOR THE OFFICIAL VISIT OF THE PRIME MINISTER\n1-3 DECEMBER 2024\n1. His Excellency the Prime Minister undertook an official visit to Malaysia from 1 to 3 December 2024.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2024-12-02"));
    let h = header(
        "Council of the European Union\n\n02/10/2023 | Press release | Archived content\n\n\
         Remarks by President Charles Michel at the press conference following the special meeting of the European Council in February\n\n\
         Good evening everyone, thank you for coming. A few moments ago we were able to close the European Council meeting.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2023-02-10"));
}

#[test]
fn a_release_code_or_serial_on_its_own_line_with_the_day_numbers_the_text() {
    let h = header(
        "Travel to the United Kingdom, Switzerland\n\nDownload PDF\n\nFA7 27 January 1998\n\nI will be travelling to the United Kingdom, Switzerland, Ireland, Pakistan and Bangladesh from 28 January.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("FA7"));
    assert_eq!(h.meta.date.as_deref(), Some("1998-01-27"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Travel to the United Kingdom, Switzerland")
    );
    let h = header(
        "Turkish Consulate General in New York\n\nPress Release Regarding The Terrorist Attack In Baghdad On 28 February 2016 , 29.02.2016\n\nNo: 55, 29 February 2016\n\nWe strongly condemn the terrorist attack in Baghdad which resulted in the death of many people.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("55"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Press Release Regarding The Terrorist Attack In Baghdad On 28 February 2016")
    );
    // A meeting's name is no code.
    let h = header("Summit news\n\nG7 12 June 2021\n\nThe leaders met in Carbis Bay to discuss the recovery.\n");
    assert_eq!(h.meta.number, None);
}

#[test]
fn a_kind_in_capitals_under_the_white_house_letterhead_is_the_title() {
    // (`ON`, `JOINT` are words, not an issuer's initials marking a section.)
    let h = header(
        "THE WHITE HOUSE\nOffice of the Press Secretary\n\nFor Immediate Release September 15, 2000\n\nJOINT STATEMENT\n\nPrime Minister Vajpayee and President Clinton today reaffirmed the vision they outlined in March.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("JOINT STATEMENT"));
    assert_eq!(h.meta.date.as_deref(), Some("2000-09-15"));
}

#[test]
fn a_forms_number_and_date_fields_side_by_side_in_its_own_language() {
    let h = header(
        "Thông cáo báo chí số 19\n\nSố: 19/TCBC-NGĐ Ngày: 15/10/2005\n\nNgày 11/10/2005, đoàn đại biểu Việt Nam đã thăm và làm việc tại Cu-ba trong khuôn khổ hợp tác.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("19/TCBC-NGĐ"));
    assert_eq!(h.meta.date.as_deref(), Some("2005-10-15"));
    let h = header(
        "Siaran Pers\n\nNomor: 12/PR/2019 Tanggal: 3 Mei 2019\n\nMenteri Luar Negeri menerima kunjungan Duta Besar Jepang di Jakarta pada hari ini.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("12/PR/2019"));
}

#[test]
fn a_speeches_heading_under_its_speakers_block_over_the_occasion() {
    let h = header(
        "SPEECH/ 09/548\n\nJosé Manuel Dur ã o Barroso\n\nP resident of the European Commission\n\nStatement of President Barroso at the press conference following the European Council extraordinary Summit\n\nFigures and graphics available in PDF and WORD PROCESSED\n\nEuropean Council extraordinary Summit\n\nBrussels, 19 November 2009\n\nFirst of all, thank you very much. First of all my congratulations go to Fredrik Reinfeldt, who led the talks.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("SPEECH/ 09/548"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Statement of President Barroso at the press conference following the European Council extraordinary Summit"
        )
    );
    assert_eq!(h.meta.date.as_deref(), Some("2009-11-19"));
}

#[test]
fn a_releases_kind_and_day_on_one_line_date_it_over_the_meetings_days() {
    let h = header(
        "PRESS STATEMENT August 11, 2000\n\nAugust 10-11, 2000\nApia, Samoa\n\n\nThe Forum Foreign Affairs Ministers met in Apia, Samoa August 11-12, 2000 to discuss the Forum's role in regional security.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2000-08-11"));
    assert_ne!(h.meta.title.as_deref(), Some("PRESS STATEMENT August 11, 2000"));
}

#[test]
fn a_title_naming_a_list_of_days_is_dated_by_the_first() {
    let h = header(
        "Communiqué commun diffusé à l'issue de la 16ème conférence des chefs d'Etat de France et d'Afrique tenue à La Baule les 19, 20 et 21 juin 1990.\n\nTexte intégral\n\nLa XVIème Conférence des chefs d'Etat de France et d'Afrique s'est tenue à La Baule à l'invitation de Monsieur François Mitterrand.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("1990-06-19"));
}
