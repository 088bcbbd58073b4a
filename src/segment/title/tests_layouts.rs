//! Headers whose layout carries the metadata: a caption that repeats the
//! heading with its seat and day, an archive's date stamp before the seat.

use super::tests::header;

#[test]
fn a_heading_repeated_as_a_caption_with_its_seat_and_day_dates_the_text() {
    let h = header(
        "DECLARAÇÕES DO PRESIDENTE LULA DA SILVA\nDECLARAÇÕES DO PRESIDENTE LULA DA SILVA | Palácio do Planalto, Brasília, 23 Maio 2025\n“ Eu quero cumprimentar a delegação angolana, a delegação brasileira, e quero dar as boas-vindas ao Presidente.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("DECLARAÇÕES DO PRESIDENTE LULA DA SILVA"));
    assert_eq!(h.meta.date.as_deref(), Some("2025-05-23"));
    // A heading that is not the line above it stays a candidate title.
    let h = header(
        "Ministry of Foreign Affairs\nRemarks at the opening of the summit | Brasília, 23 May 2025\nI want to greet the delegations of both countries and welcome the President.\n",
    );
    assert!(
        h.meta
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Remarks at the opening"))
    );
}

#[test]
fn an_archives_date_stamp_before_the_seat_dates_the_text() {
    let h = header(
        "03/19/2001 EU, Brussels\n\n2338th Meeting of the General Affairs, Council Conclusions on Western Balkans\n\nThe Council discussed the situation in Bosnia and Herzegovina and strongly supported the efforts of the High Representative.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2001-03-19"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("2338th Meeting of the General Affairs, Council Conclusions on Western Balkans")
    );
}

#[test]
fn a_headings_rest_under_a_blank_line_or_its_place_and_day_in_capitals_are_the_title() {
    let h = header(
        "Final communiqué\n\nof the Ministerial meeting of the North Atlantic Council\n\n  • 17 Dec. 1992\n  • |\n  • Press Release M-NAC-2(92)106 106\n\n  1. We have met today at a time of serious challenges to European security arising from regional conflicts.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Final communiqué of the Ministerial meeting of the North Atlantic Council")
    );
    assert_eq!(h.meta.number.as_deref(), Some("M-NAC-2(92)106"));
    let h = header(
        "TRANSCRIPT OF PRESS CONFERENCE GIVEN BY THE PRIME MINISTER, MR TONY BLAIR, AND THE INDIAN PRIME MINISTER, MR MANMOHAN SINGH\nIN LONDON ON MONDAY, 20 SEPTEMBER 2004\nTONY BLAIR, UK PRIME MINISTER :\nGood Afternoon everyone. First of all can I say what an honour and a pleasure it is to have the Prime Minister of India with us today.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "TRANSCRIPT OF PRESS CONFERENCE GIVEN BY THE PRIME MINISTER, MR TONY BLAIR, AND THE INDIAN PRIME MINISTER, MR MANMOHAN SINGH IN LONDON ON MONDAY, 20 SEPTEMBER 2004"
        )
    );
    assert_eq!(h.meta.date.as_deref(), Some("2004-09-20"));
}

#[test]
fn a_mail_archives_message_is_titled_by_its_subject_and_dated_by_its_serial() {
    let h = header(
        "[dehai-news] (MoFA, Russia) Mini Summit on Somalia\n\n\nNew Message Reply About this list Date view Thread view Subject view Author view\n\nFrom: Biniam Tekle (biniamt@dehai.org)\nDate: Tue Sep 28 2010 - 08:07:12 EDT\n\nMINISTRY OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION\n\nINFORMATION AND PRESS DEPARTMENT\n\nMini Summit on Somalia\n\n1305-25-09-2010\n\nA mini summit on Somalia took place at United Nations headquarters in\nNew York on September 23. It was attended by the Presidents of\nSomalia, Kenya, Lebanon, Nigeria and Uganda.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Mini Summit on Somalia"));
    assert_eq!(h.meta.number.as_deref(), Some("1305-25-09-2010"));
    assert_eq!(h.meta.date.as_deref(), Some("2010-09-25"));
}

#[test]
fn a_letterhead_in_two_languages_run_into_one_line_is_no_title() {
    let h = header(
        "INTERGOVERNMENTAL AUTHORITY AUTORITÉ INTERGOUVERNEMENTALE ON DEVELOPMENT (IGAD) POUR DÉVELOPPEMENT (IGAD)\n\nCOMMUNIQUE OF THE 17TH EXTRA-ORDINARY SESSION OF THE IGAD ASSEMBLY OF HEADS OF STATE AND GOVERNMENT\n\nADDIS ABABA, 30 JANUARY 2011\n\nThe IGAD Assembly of Heads of State and Government held its 17th Extra- Ordinary Summit in Addis Ababa, on 30 January 2011.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("COMMUNIQUE OF THE 17TH EXTRA-ORDINARY SESSION OF THE IGAD ASSEMBLY OF HEADS OF STATE AND GOVERNMENT")
    );
}

#[test]
fn a_repost_sites_chinese_watermark_is_cut_from_the_title_and_dateline() {
    let h = header(
        "摘要Joint Statement of the People’s Republic of China and the Republic of the Philippines\n\n\nJoint Statement of the People’s Republic of China and the Republic of the Philippines文章源自英文巴士-https://www.en84.com/491.html\n\nBeijing, 21 October 2016文章源自英文巴士-https://www.en84.com/491.html\n\nAt the invitation of H.E. President Xi Jinping of the People’s Republic of China, President Duterte undertook a state visit to China.文章源自英文巴士-https://www.en84.com/491.html\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Joint Statement of the People’s Republic of China and the Republic of the Philippines")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2016-10-21"));
}

#[test]
fn a_press_release_whose_headline_was_lost_is_titled_by_its_stamped_subtitle() {
    let h = header(
        "12 December 1995\n\nPress Release\n\n\n19951212 Acts on 46 Resolutions, Three Decisions Recommended by First Committee\n\nThe General Assembly this afternoon strongly deplored all current nuclear testing and strongly urged the immediate cessation of all such testing.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Acts on 46 Resolutions, Three Decisions Recommended by First Committee")
    );
    assert_eq!(h.meta.date.as_deref(), Some("1995-12-12"));
}

#[test]
fn a_blogs_day_over_the_headline_gives_way_to_the_date_printed_under_it() {
    let h = header(
        "Tuesday, 15 December 2009\n\nMinister of Foreign Affairs reiterates support for Portugal's candidacy to Security Council\n\nMinister Zacarias da Costa with Secretary of State Joao Cravinho\n\n11 of December 2009\n\nThe Foreign Minister of Timor-Leste, Dr. Zacarias Albano da Costa, yesterday assured the Secretary of State of the support of Timor-Leste.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2009-12-11"));
    // A date under the headline with no day over it is the text's as before.
    let h = header(
        "Minister of Foreign Affairs reiterates support for Portugal's candidacy\n\n11 December 2009\n\nThe Foreign Minister of Timor-Leste yesterday assured the Secretary of State of the support of Timor-Leste.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2009-12-11"));
}

#[test]
fn a_title_cut_short_gives_way_to_the_heading_it_opens() {
    // A forum's subject, cut mid-word, and the poster's byline with its day.
    let h = header(
        "Declaration by the Ministry of Foreign Affair\n\n[Follow Ups] [Post Followup] [Our Discussion Forum]\n\nPosted by Jeff from ( on Wednesday, May 14, 2003 at 2:34PM :\n\nDeclaration by the Ministry of Foreign Affairs of the Republic of Cuba\n\nLast May 12, the United States Mission to the United Nations in New York sent a communication to our Mission.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Declaration by the Ministry of Foreign Affairs of the Republic of Cuba")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2003-05-14"));
    // A sharing site's title, cut and signed, over a heading that a blank
    // line parts from its last words.
    let h = header(
        "Remarks by President Herman Van Rompuy following the ... - Europa\n\nBrussels, 20 December 2013\n\nEUCO 275/13\n\nRemarks by President Herman Van Rompuy\n\nfollowing the European Council\n\nThis morning we spoke above all about foreign affairs. A lot is happening since our last summit.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Remarks by President Herman Van Rompuy following the European Council")
    );
    // A whole title that a longer heading below goes on from stays the title.
    let h = header(
        "Statement from the Danish Minister for Foreign Affairs\n\nStatement from the Danish Minister for Foreign Affairs Kristian Jensen\n\nThe attacks in Paris last night were an attack on all of us and on our values.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement from the Danish Minister for Foreign Affairs")
    );
}

#[test]
fn a_heading_wrapped_one_phrase_a_line_keeps_its_last_of() {
    let h = header(
        "Statement\nby\nNATO Secretary General, Lord Robertson\nat the Press Conference following the Meeting\nof the North Atlantic Council\nGood afternoon ladies and gentlemen. I am pleased to see so\nmany of you here in Reykjavik covering this meeting.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Statement by NATO Secretary General, Lord Robertson at the Press Conference following the Meeting of the North Atlantic Council"
        )
    );
}

#[test]
fn a_high_representatives_lettered_series_and_a_heading_parted_from_the_name() {
    let h = header(
        "Brussels, 21 March 2011\n\nEUROPEAN UNION A 116/11\n\nRemarks by High Representative\n\n\nCatherine Ashton ahead of\nthe Foreign Affairs Council, 21/03/11\n\nCatherine Ashton, EU High Representative for Foreign Affairs and Security Policy, made the following remarks today on arrival at the Foreign Affairs Council:\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("A 116/11"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Remarks by High Representative Catherine Ashton ahead of the Foreign Affairs Council, 21/03/11")
    );
    // A serial after a place's name keeps no letter of the place's.
    let h = header(
        "Brussels, 21 March 2011\n\nEUROPEAN UNION 116/11\n\nRemarks by the High Representative on Libya\n\nThe High Representative made the following remarks today on arrival at the Council:\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("116/11"));
    // After the dateline, with a serial of two digits.
    let h = header(
        "EUROPEAN UNION\n\nBrussels, 23 January 2012 A 18/12\n\nRemarks by HR Catherine Ashton upon arrival to FAC, Brussels, 23 January 2012 Today we have a very busy Foreign Affairs Council.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("A 18/12"));
    assert_eq!(h.meta.date.as_deref(), Some("2012-01-23"));
}

#[test]
fn a_sites_feedback_box_and_landmarks_are_no_title() {
    let h = header(
        "Content\n\nSEND US FEEDBACK\n\nBelarus: Appendix C. the Alma-Ata Declaration\n\nThe independent states, seeking to build democratic law-governed states, have agreed as follows.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Belarus: Appendix C. the Alma-Ata Declaration")
    );
}

#[test]
fn a_page_stores_field_over_the_texts_kind_leaves_the_kind_as_heading() {
    let h = header(
        " date 2021-10-02 COMMUNIQUE\n\nAdopted by the Peace and Security Council (PSC) of the African Union (AU) at its 1035th ministerial meeting held on 30 September 2021, on the projected impact of withdrawal of foreign forces,\n\nThe Peace and Security Council,\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("COMMUNIQUE"));
    // The meeting's day, not the day the page was stored.
    assert_eq!(h.meta.date.as_deref(), Some("2021-09-30"));
}

#[test]
fn an_act_printed_in_the_official_journal() {
    // The Journal's running head dates and numbers the page, not the act;
    // the act's full name under its heading gives the day it was adopted.
    let h = header(
        "23.12.2015   \n\nEN\n\nOfficial Journal of the European Union\n\nC 434/24\n\n\nP7_TA(2012)0470\n\nA digital freedom strategy in EU foreign policy\n\nEuropean Parliament resolution of 11 December 2012 on a Digital Freedom Strategy in EU Foreign Policy (2012/2094(INI))\n\n(2015/C 434/03)\n\nThe European Parliament,\n\nhaving regard to the resolution of the UN Human Rights Council of 5 July 2012,\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("A digital freedom strategy in EU foreign policy")
    );
    assert_eq!(h.meta.number.as_deref(), Some("P7_TA(2012)0470"));
    assert_eq!(h.meta.date.as_deref(), Some("2012-12-11"));
}

#[test]
fn a_heading_printed_again_with_its_dateline_in_brackets_dates_the_text() {
    let h = header(
        "Declaration of 10th Summit of the Heads of the Turkic Speaking States\n\nDeclaration of 10th Summit of the Heads of the Turkic Speaking States (?stanbul, 16 September 2010)\n\nTurkic Speaking States\n\nThe Presidents participated at the Summit held on 16 September 2010 in Istanbul and agreed on the following.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Declaration of 10th Summit of the Heads of the Turkic Speaking States")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2010-09-16"));
}

#[test]
fn a_sites_last_updated_stamp_is_kept_apart() {
    let h = header(
        "Last Updated: Feb 13, 2017 - 1:45:37 AM |\nNassau, Bahamas - The following is a statement by the Hon. Fred Mitchell, Minister of Foreign Affairs, at a press conference:\n1st June 2014\nTomorrow I will depart with a foreign service team to the annual General Assembly.\n",
    );
    assert_eq!(h.meta.date, None);
    assert_eq!(h.stored_on.as_deref(), Some("2017-02-13"));
}

#[test]
fn a_flattened_wire_heading_glued_to_its_datelines_place_in_capitals() {
    let h = header(
        "28th South Pacific Forum CommuniquéPALIKIR, Pohnpei (FSM Information Service): September 21, 1997 - The 28th South Pacific Forum meeting under the Chairmanship of the Prime Minister of Cook Islands Sir Jeffrey Henry, was held in Rarotonga, Cook Islands, from September 17 to 19, 1997, issued a communique at the end of the meeting.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("28th South Pacific Forum Communiqué"));
    assert_eq!(h.meta.date.as_deref(), Some("1997-09-21"));
}

#[test]
fn a_pages_headline_right_over_its_date_outranks_the_standfirst_below() {
    let h = header(
        "EP plenary: Implementation of the EU Guidelines on Human Rights Defenders Protection\n\n15.03.2023\nStrasbourg\nEEAS Press Team\n\nSpeech delivered by Commissioner for Equality, Helena Dalli, on behalf of High-Representative/Vice-President Josep Borrell \n\nCheck against delivery! \n\nThank you, President, Honourable Members of the European Parliament,  \n\nIn the year that marks the 75th anniversary of the Universal Declaration on Human Rights, we need to pay tribute to the essential role Human Rights Defenders play.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("EP plenary: Implementation of the EU Guidelines on Human Rights Defenders Protection")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2023-03-15"));
    // An issuer's name over the date is its letterhead, not the headline.
    let h = header(
        "Ministry of Foreign Affairs of the Kingdom of Norway\n\n12.04.2024\n\nDjupt bekymra for utviklinga i Midtøsten\n\nUtanriksminister Espen Barth Eide er djupt bekymra for utviklinga i Midtøsten, og ber alle partar om å vise maksimal tilbakehald.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Djupt bekymra for utviklinga i Midtøsten")
    );
}

#[test]
fn a_pdfs_page_counter_is_no_number() {
    let h = header(
        "Statement on the broad lines of Commission policy\n1 / 15\n\nMr. President, Ladies and Gentlemen,\n\nFour years ago I came to this House to present the main thrust of the new Commission's policy.\n",
    );
    assert_eq!(h.meta.number, None);
    // A Council number printed unspaced stays one.
    let h = header("8318/24\n\nStatement on the broad lines of Commission policy\n\nThe Council met today.\n");
    assert_eq!(h.meta.number.as_deref(), Some("8318/24"));
}

#[test]
fn a_meetings_own_count_is_no_number_of_the_text() {
    let h = header(
        "Special Permanent Council No. 570\n\nThe EU warmly welcomes Congressman Alcee Hastings back to the Permanent Council.\n",
    );
    assert_eq!(h.meta.number, None);
    let h = header(
        "Statement by the Ministry\nBrussels, 3 May 2005, No. 57/2005\n\nThe Ministry welcomes the agreement.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("57/2005"));
}

#[test]
fn a_kind_of_speech_to_the_press_is_continued_by_its_speaker_below() {
    let h = header(
        "Following\nthe NAC\nMinisterial\n\nLuxembourg\n28 May 1998\n\nRemarks to the Press\n\nby NATO Secretary General, Dr. Javier Solana\n\n\n\n(48Kb)\nGood afternoon, ladies and gentlemen,\n\nAllow me to start stating the dismay and concern of NATO members at the news of Pakistan's nuclear tests earlier today.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Remarks to the Press by NATO Secretary General, Dr. Javier Solana")
    );
}

#[test]
fn the_day_under_the_documents_symbol_outranks_a_meetings_span_above() {
    let h = header(
        "MINISTERIAL MEETING OF THE COORDINATING BUREAU OF THE NON-ALIGNED MOVEMENT\n\nPUTRAJAYA, MALAYSIA\n\n27-30 MAY 2006\n\nNAM/MM/COB/8\n30 May 2006\n\nFINAL DOCUMENT\n\n1. The Ministers of Foreign Affairs of the Non-Aligned Movement met in Putrajaya.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("NAM/MM/COB/8"));
    assert_eq!(h.meta.date.as_deref(), Some("2006-05-30"));
}

#[test]
fn a_ministrys_serial_and_date_glued_to_its_headline() {
    // Türkiye's answers to questions: a lettered serial.
    let h = header(
        "QA-30, 9 May 2019, Statement of the Spokesperson of the Ministry of Foreign Affairs in Response to a Question\n\nTürkiye Cumhuriyeti Dışişleri Bakanlığı 09.05.2019\n\nFree and democratic elections are an indispensable part of the state tradition.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("QA-30"));
    assert_eq!(h.meta.date.as_deref(), Some("2019-05-09"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement of the Spokesperson of the Ministry of Foreign Affairs in Response to a Question")
    );
    // Iceland's: the date ends with a full stop glued to the headline, under
    // the page's date and the ministry's name (no title opens with its day).
    let h = header(
        "Hoppa yfir valmynd\n30. ágúst 1999 Utanríkisráðuneytið\n\nNr. 072, 30. ágúst 1999.Yfirlýsing fundar utanríkisráðherra Norðurlanda á Egilsstöðum.\n\nFRÉTTATILKYNNING\n\nHaustfundi utanríkisráðherra Norðurlandanna, sem haldinn var á Hótel Héraði á Egilsstöðum, lauk í gær sunnudag.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("072"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Yfirlýsing fundar utanríkisráðherra Norðurlanda á Egilsstöðum")
    );
    let h = header(
        "Hoppa yfir valmynd\n19. apríl 1996 Utanríkisráðuneytið\n\nFordæming á Ísraela\n\nHinir hörmulegu atburðir fyrir botni Miðjarðarhafs eru íslenskum stjórnvöldum mikið áhyggjuefni.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Fordæming á Ísraela"));
    assert_eq!(h.meta.date.as_deref(), Some("1996-04-19"));
}

#[test]
fn a_heading_wrapped_before_its_place_or_over_its_date_is_whole() {
    // A place after its preposition, in capitals, is no seat over the date.
    let h = header(
        "Press Release\n\n\nSECRETARY GENERAL HAILS SUCCESS OF OAS GENERAL ASSEMBLY\nIN MEDELLIN, COLOMBIA\n\n  June 10, 2008\n\nSecretary General José Miguel Insulza has described the General Assembly as a success.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("SECRETARY GENERAL HAILS SUCCESS OF OAS GENERAL ASSEMBLY IN MEDELLIN, COLOMBIA")
    );
    // A long title-case heading hard-wrapped at the text's width.
    let h = header(
        "Joint Statement by the United States and the European Union Working \nTogether To Promote Peace, Prosperity and Progress in the Middle East\nJune 20, 2005\n\n    At our Summit in Dromoland last year, the United States and the \nEuropean Union pledged our support to the governments of the region.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Joint Statement by the United States and the European Union Working Together To Promote Peace, Prosperity and Progress in the Middle East"
        )
    );
    // A sentence under a heading, over the date, is the text's.
    let h = header(
        "European Council\nBrussels, 9 February 2023\n(OR. en)\nEUCO 1/23\nGeneral Secretariat of the Council\nSpecial meeting of the European Council (9 February 2023)\nDelegations will find attached the conclusions adopted by the European Council at the above\n9 February 2023\nThe European Council held an exchange of views with the President of Ukraine.\n",
    );
    let title = h.meta.title.unwrap_or_default();
    assert!(!title.contains("2023) Delegations"), "{title}");
}

#[test]
fn an_embassys_name_and_a_content_systems_page_tools_are_no_title() {
    let h = header(
        "High Commission of Sri Lanka in India\n\nForeign Minister of the Sultanate of Oman pledges support for Sri Lanka PDF Print option in slimbox / lytebox? (info) E-mail\nTuesday, 26 April 2011 04:02\nMinister of External Affairs Professor G.L. Peiris was received by the Minister of Foreign Affairs of Oman.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Foreign Minister of the Sultanate of Oman pledges support for Sri Lanka")
    );
}

#[test]
fn a_long_heading_with_a_blank_line_under_every_line_is_one_title() {
    let h = header(
        "COUNCIL OF\nTHE EUROPEAN UNION\n\nBrussels, 5 November 2008\n\nS360/08\n\nSummary of remarks\n\nby Javier SOLANA,\n\nEU High Representative for the CFSP,\n\nto the European Parliament Foreign Affairs Committee and\n\nthe Chairs of the Foreign Affairs and Defence Committees of\n\nthe National Parliaments\n\nJavier SOLANA, EU High Representative for the Common Foreign and Security Policy (CFSP), addressed today the Foreign Affairs Committee of the European Parliament.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Summary of remarks by Javier SOLANA, EU High Representative for the CFSP, to the European Parliament Foreign Affairs Committee and the Chairs of the Foreign Affairs and Defence Committees of the National Parliaments"
        )
    );
    // A heading whose last line ends in a comma before its dateline stops there.
    let h = header(
        "Remarks by the Spokesperson,\n\nBrussels, 5 November 2008\n\nThe European Union welcomes the agreement reached today between the parties in the capital.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Remarks by the Spokesperson"));
}
