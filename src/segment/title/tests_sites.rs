//! Headers of pages as sites and archives serve them: a link back to the
//! listing above the text, a sharing site's pager and page transcripts, a
//! quoted headline, a distribution marking before a symbol, an archive's
//! year-and-kind label and related links, headings set a word a line.

use super::tests::header;

#[test]
fn a_link_back_to_the_listing_ends_the_sites_banner() {
    let h = header(
        "European Union @ United Nations, Partnership in Action\n\nEU at the UN\n\nThe EU's commitment to effective multilateralism, with the UN at its core, is a central element of its external action.\n\nEU in NY\n\n< Back to previous page\n\nEU Council Conclusions on Western Balkans\n\nSummary: 10 March 2008, Brussels- EU Council Conclusions on Western Balkans; 2859th EXTERNAL RELATIONS Council meeting.\n\nThe Council adopted the following conclusions:\n\nThe Council noted the outcome of the last session of the Peace Implementation Council.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("EU Council Conclusions on Western Balkans")
    );
    // A link back after the text closes the page and moves nothing.
    let h = header(
        "Press Releases\n\nEmergency Grant Aid in response to food shortage in Southern Africa\n\nAugust 2, 2016\n\n1. On August 2, the Government of Japan decided to extend Emergency Grant Aid.\n\nBack to Press Releases\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Emergency Grant Aid in response to food shortage in Southern Africa")
    );
}

#[test]
fn a_sharing_sites_pager_and_page_transcripts_are_no_title() {
    let h = header(
        "You are on page 1of 25\n\nWORLD TRADE ORGANIZATION\n\nGeneral Council 22 October 1997\n\nRESTRICTED WT/GC/M/23 28 November 1997\n\n(97-5234)\n\nMINUTES OF MEETING Held in the Centre William Rappard on 22 October 1997 Chairman: Mr. C. Lafer (Brazil) Subjects discussed: 1. Conditions of service of WTO staff.\n",
    );
    // The distribution before the symbol is no part of it, and the date
    // printed with the symbol is the document's, not the meeting's above.
    assert_eq!(h.meta.number.as_deref(), Some("WT/GC/M/23"));
    assert_eq!(h.meta.date.as_deref(), Some("1997-11-28"));
    assert_ne!(h.meta.title.as_deref(), Some("You are on page 1of 25"));
    let h = header(
        "Transcript of PRESS RELEASE Agriculture and Fisheries...Measures to protect shark\n\nPage 1: PRESS RELEASE Agriculture and Fisheries...Measures to protect shark in European waters will be strengthened. The Commission submitted its proposal on 7 November\n\n16916/1/08 REV 1 (Presse 361) 1\n\nPRESS RELEASE\n\n2917th meeting of the Council\n\nAgriculture and Fisheries\n\nBrussels, 18 and 19 December 2008\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("2917th meeting of the Council"));
    assert_eq!(h.meta.number.as_deref(), Some("16916/1/08 REV 1"));
}

#[test]
fn a_headline_quoted_whole_is_the_quoted_words() {
    let h = header(
        "“Freedom and democracy will always win over violence, crime and terror”\n\nStatement by President Tajani today in Parliament on the Strasbourg terror attack.\n\nAt the opening of a debate with the President of the Republic of Cyprus, President Antonio Tajani expressed his sorrow for the victims.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Freedom and democracy will always win over violence, crime and terror")
    );
}

#[test]
fn a_date_with_the_releases_kind_after_it_is_no_title() {
    let h = header(
        "NZ and Australian PMs meet on Friday\n\n11 February 2002 Media Statement\n\nPrime Minister Helen Clark and Australian Prime Minister John Howard will hold their annual talks on Friday morning in Sydney.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("NZ and Australian PMs meet on Friday"));
    assert_eq!(h.meta.date.as_deref(), Some("2002-02-11"));
}

#[test]
fn a_title_hard_wrapped_before_a_lower_case_word_keeps_its_first_line() {
    let h = header(
        "Group\nof 20 Leaders’ Statement after London Meeting\nThe\nfollowing is a reformatted version of the statement released after a meeting in\nLondon on 2 April of leaders from the Group of 20 developed and emerging\ncountries.\n1.\nWe, the Leaders of the Group of Twenty, met in London on 2 April 2009.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Group of 20 Leaders’ Statement after London Meeting")
    );
}

#[test]
fn an_empty_author_field_and_a_bylines_date() {
    let h = header(
        "Lebanon News\n\nMinistry of Foreign Affairs responds to “Al-Akhbar” daily: Germany’s request to evacuate its nationals legitimate\n\nBy\n\nNNA – Lebanon’s Ministry of Foreign Affairs and Emigrants on Tuesday responded in a statement to an article published by Al-Akhbar newspaper.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Ministry of Foreign Affairs responds to “Al-Akhbar” daily: Germany’s request to evacuate its nationals legitimate"
        )
    );
    let h = header(
        "President Jokowi Holds Bilateral Meetings with State Leaders ahead of G20 Summit\n\nBy Office of Assistant to Deputy Cabinet Secretary for State Documents & Translation     Date 15 November 2022\nCategory: News\n\nAhead of the G20 Summit that will take place on November 15-16, 2022, President Joko Widodo held bilateral meetings with leaders of G20 countries.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2022-11-15"));
}

#[test]
fn a_serial_printed_right_after_the_releases_kind_keeps_it() {
    let h = header(
        "Pressemitteilung 447\n\nBundeskanzler Scholz telefoniert mit Präsident Putin\n\nDer Bundeskanzler hat heute mit dem russischen Präsidenten telefoniert.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("Pressemitteilung 447"));
    let h = header(
        "PRESS RELEASE No. 528\n\nStatement on the situation in Venezuela\n\nThe Government follows the situation closely and calls for dialogue among all parties.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("528"));
}

#[test]
fn check_against_delivery_in_other_languages_is_no_title() {
    let h = header(
        "18 décembre 2013 - Seul le prononcé fait foi\n\nTélécharger le .pdf\n\nDéclaration conjointe de M. François Hollande et Angela Merkel sur les relations franco-allemandes, à Paris le 18 décembre 2013.\n\nLE PRESIDENT : « Mesdames, Messieurs, je suis ravi d'accueillir Angela MERKEL. D'abord, pour la féliciter pour le résultat qui fut le sien lors des élections. »\n",
    );
    assert!(
        h.meta
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Déclaration conjointe")),
        "{:?}",
        h.meta.title
    );
}

#[test]
fn the_parliaments_report_is_titled_by_its_report_line_not_the_motions_kind() {
    let h = header(
        "REPORT on the composition of the European Parliament\n26.1.2018 - (2017/2054(INL) – 2017/0900(NLE))\nCommittee on Constitutional Affairs\nRapporteurs: Danuta Maria Hübner and Pedro Silva Pereira\nMOTION FOR A EUROPEAN PARLIAMENT RESOLUTION\non the composition of the European Parliament\n(2017/2054(INL) – 2017/0900(NLE))\nThe European Parliament,\n– having regard to Article 14(2) of the Treaty on European Union (TEU),\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("REPORT on the composition of the European Parliament")
    );
}

#[test]
fn a_heading_set_a_word_a_line_keeps_its_connectors() {
    let h = header(
        "JOINT\nCOMMUNIQUE\nOF\nTHE THIRTY THIRD ASEAN MINISTERIAL MEETING\nBangkok,\nThailand 24-25 July 2000\n- The Foreign Ministers of the Association of Southeast Asian Nations\nconvened at the 33rd ASEAN Ministerial Meeting in Bangkok on 24-25 July\n2000.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("JOINT COMMUNIQUE OF THE THIRTY THIRD ASEAN MINISTERIAL MEETING")
    );
}

#[test]
fn a_bracket_left_open_closes_on_the_next_line() {
    let h = header(
        "CM(2005)80 final 17 May 2005\n————————————————\nThird Summit of Heads of State and\nGovernment of the Council of Europe (Warsaw, 16-17 May\n2005)\n————————————————\nWe, Heads of State and Government of the Member States of the Council of Europe, meeting in Warsaw on 16 and 17 May 2005, have outlined the following action plan.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Third Summit of Heads of State and Government of the Council of Europe (Warsaw, 16-17 May 2005)")
    );
}

#[test]
fn an_archives_year_and_kind_and_its_related_links_are_no_title() {
    let h = header(
        "1999 Public Statement\n\nJoint Saudi-Iranian communiqué at end of President Khatami's visit to Kingdom\n\nIn a joint communiqué issued in Jeddah today at the end of the five-day official visit, Saudi Arabia and Iran underscored the importance of bilateral cooperation.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Joint Saudi-Iranian communiqué at end of President Khatami's visit to Kingdom")
    );
    let h = header(
        "For Immediate Release\nOffice of the Press Secretary\nAugust 6, 2008\n\nStatement of the ROK-US Summit\n\n     Fact sheet President Bush Meets with President Lee Myung-Bak of the Republic of Korea\n\nPresident Lee Myung-bak of the Republic of Korea and President George W. Bush of the United States of America held a summit meeting in Seoul on August 6, 2008.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Statement of the ROK-US Summit"));
}

#[test]
fn a_paragraph_hard_wrapped_at_one_width_is_no_title() {
    let h = header(
        "Vision for the Enhancement of India-Japan Strategic and Global Partnership upon entering the year of the 60th Anniversary of the Establishment of Diplomatic Relations\nDecember 28, 2011\n1.\nThe Prime Minister of Japan, H.E. Mr. Yoshihiko Noda, is currently\npaying a State Visit to India for the Annual Summit of the Prime\nMinisters on 27-28 December 2011 at the invitation of the Prime Minister\nof India, H.E. Dr. Manmohan Singh. The two Prime Ministers held\nextensive talks on bilateral, regional and global issues of mutual\ninterest on 28 December 2011.\n",
    );
    assert!(
        h.meta
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Vision for the Enhancement")),
        "{:?}",
        h.meta.title
    );
    // A headline right over its text, as wide, ends where it ends.
    let h = header(
        "06 June 2002\nBush, Putin Agree to Continue Efforts with India and Pakistan\n(White House statement on Bush phone call to Russian President) (200)\nIn a phone call between President Bush and Russian President Vladimir\nPutin June 6, the two presidents agreed to continue mutual efforts to\nde-escalate tensions between India and Pakistan, and they discussed\ndecision to grant Russia market economy status.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Bush, Putin Agree to Continue Efforts with India and Pakistan")
    );
}

#[test]
fn a_date_printed_after_the_stores_field_dates_the_page() {
    let h = header(
        " date 2018-06-24 23 June 2018\n\nAfrican Union (Addis Ababa)\n\nEthiopia: Statement of the Chairperson of the Commission on Today's Attack in Addis Ababa\n\nThe Chairperson of the Commission of the African Union, Moussa Faki Mahamat, has learned with shock and dismay of the attack that took place today.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2018-06-23"));
    let h = header(
        "date 2021-12-08 Image Credit: WAM\n\nUAE condemns terrorist attack in Yemen\n\nABU DHABI, 8th December, 2021 (WAM) -- The UAE has strongly condemned the terrorist attack that took place in Aden.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2021-12-08"));
}

#[test]
fn a_blogs_posting_line_gives_way_to_the_texts_dateline() {
    let h = header(
        "JOINT COMMUNIQUÉ ISSUED BY HIS EXCELLENCY UHURU KENYATTA, PRESIDENT OF THE REPUBLIC OF KENYA AND HIS EXCELLENCY ISMAIL OMAR GUELLEH, PRESIDENT OF THE REPUBLIC OF DJIBOUTI\n\nOn August 15, 2018 In Statements and Speeches\n\nSTATE HOUSE, NAIROBI\n\n 9TH MAY 2018\n\nJOINT COMMUNIQUÉ\n\n1. At the invitation of His Excellency Uhuru Kenyatta, President of the Republic of Kenya, His Excellency Ismail Omar Guelleh made a State Visit to Kenya.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2018-05-09"));
    assert!(
        h.meta
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("JOINT COMMUNIQUÉ ISSUED BY")),
        "{:?}",
        h.meta.title
    );
}

#[test]
fn the_osces_letterhead_dates_its_journal() {
    let h = header(
        "MC12EJ02\nMC(12).JOUR/2\nOrganization for Security and Co-operation in Europe 7 December 2004\nMinisterial Council\nSofia 2004 Original: ENGLISH\n2nd DAY OF THE TWELFTH MEETING OF THE\nMINISTERIAL COUNCIL\n3rd PLENARY MEETING (CLOSED)\n1. Date\n: Tuesday, 7 December 2004\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2004-12-07"));
    assert_eq!(h.meta.number.as_deref(), Some("MC(12).JOUR/2"));
}

#[test]
fn a_blogs_tag_archive_heading_is_no_title() {
    let h = header(
        "Archivo de la etiqueta: Ministerio de Relaciones Exteriores\n\nCondena Cuba declaraciones racistas de Donald Trump\n\nFoto: Cubaminrex\n\nEl Ministerio de Relaciones Exteriores de la República de Cuba condena enérgicamente las declaraciones racistas del Presidente de los Estados Unidos.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Condena Cuba declaraciones racistas de Donald Trump")
    );
}

#[test]
fn a_press_notes_kind_and_number_stand_over_its_headline() {
    for label in [
        "NOTA À IMPRENSA Nº 103",
        "PRESS RELEASE No. 528",
        "Press release 405/2019",
    ] {
        let h = header(&format!(
            "Notícias\n{label}\nDeclaração de Pequim da XIV Cúpula do BRICS\nPreâmbulo\n1. Nós, os Líderes da República Federativa do Brasil, realizamos a XIV Cúpula do BRICS de 23 a 24 de junho de 2022.\n"
        ));
        assert_eq!(
            h.meta.title.as_deref(),
            Some("Declaração de Pequim da XIV Cúpula do BRICS"),
            "{label}"
        );
    }
}

#[test]
fn a_headline_keeps_no_colon_nor_the_correction_label_under_it() {
    let h = header(
        "Erklärung des Präsidenten des Europäischen Parlaments, Hans-Gert Pöttering, am 6. Juni im Plenum:\n\nDas Europäische Parlament verurteilt die Ankündigung der ETA, den Waffenstillstand zu beenden, auf das Schärfste.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Erklärung des Präsidenten des Europäischen Parlaments, Hans-Gert Pöttering, am 6. Juni im Plenum")
    );
    let h = header(
        "Press Release GA/AB/3493/Corr.1\nFIFTH COMMITTEE CONSIDERS SIX REPORTS BY OFFICE OF INTERNAL OVERSIGHT,\nINCLUDING ISSUE OF REFUGEE SMUGGLING AT NAIROBI OFFICE\nCORRECTION\nOn pages 16 and 17 of Press Release GA/AB/3493 of 4 March, the statement by the Director should read as follows:\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "FIFTH COMMITTEE CONSIDERS SIX REPORTS BY OFFICE OF INTERNAL OVERSIGHT, INCLUDING ISSUE OF REFUGEE SMUGGLING AT NAIROBI OFFICE"
        )
    );
}

#[test]
fn a_sites_clocks_and_their_day_date_nothing() {
    let h = header(
        "23 October 2018\nMoscow: 06:22\nLondon: 04:22\n\nConsular queries:\n+44 (0) 203 668 7474\n\n\nPress statements following Russian-Indian talks\n\nPresident of Russia Vladimir Putin:Mr Prime Minister, ladies and gentlemen,\n\nFirst of all, I am pleased to once again welcome Prime Minister of India Narendra Modi to Russia on his official visit, and to thank him for accepting our invitation.\n",
    );
    assert_eq!(h.meta.date, None);
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Press statements following Russian-Indian talks")
    );
}

#[test]
fn a_dateline_with_its_place_outranks_a_sites_bare_date_above() {
    let h = header(
        "Fri. Jul 19th, 2024\n\nBrussels, 21/02/2022 – 22:23\n\nCheck against delivery!\n\nThank you to all of you for following this press conference after a long and intense Foreign Affairs Council.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2022-02-21"));
}

#[test]
fn a_kind_alone_goes_on_with_whose_it_is_and_a_wrapped_paragraphs_line_is_no_title() {
    let h = header(
        "Joint Statement\nFollowing the Soviet-United States\nIn\naccordance with the understanding reached during the U.S.-Soviet summit meeting\nin Geneva in November 1985, and confirmed at the Washington summit in December\n1987, Ronald W. Reagan, President of the United States of America, and Mikhail\nS. Gorbachev, General Secretary of the Central Committee of the Communist Party\nof the Soviet Union, met in Moscow May 29 - June 2, 1988.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Joint Statement Following the Soviet-United States")
    );
}

#[test]
fn a_capitals_headings_last_line_that_says_when_is_the_headings() {
    let h = header(
        "<<\n\n1\n\nTHE PRIME MINISTER'S SPEECH AT THE\n\nSTATE BANQUET IN CELEBRATION OF NATIONAL DAY\n\nAND THE 150TH ANNIVERSARY OF THE FOUNDING OF MODERN\n\nSINGAPORE, HELD AT CONFERENCE HALL\n\nON 8TH, AUGUST, 1969\n\n------\n\nYour Royal Highness, Your Excellencies,\n\nIt is not often that we celebrate such an anniversary, nor one with such distinguished company.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("1969-08-08"));
    assert!(
        h.meta
            .title
            .as_deref()
            .is_some_and(|t| t.ends_with("HELD AT CONFERENCE HALL ON 8TH, AUGUST, 1969")),
        "{:?}",
        h.meta.title
    );
}

#[test]
fn a_headline_wrapped_mid_phrase_starts_above_its_last_line() {
    let h = header(
        "You are on page 1of 9\n\nfinal\n\nPress Statement\nby the Chair of the 32nd ASEAN Coordinating Council (ACC) Meeting and\nASEAN Foreign Ministers' Retreat\nJakarta, 3-4 February 2023\n\n1. The ASEAN Foreign Ministers' Retreat was convened on 4 February 2023 in Jakarta,\nIndonesia. The Retreat was the first major meeting under Indonesia's Chairmanship.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Press Statement by the Chair of the 32nd ASEAN Coordinating Council (ACC) Meeting and ASEAN Foreign Ministers' Retreat"
        )
    );
}

#[test]
fn a_kind_alone_goes_on_below_a_blank_line_with_who_delivered_it() {
    let h = header(
        "Opening remarks\n\nby NATO Secretary General Jens Stoltenberg at the meeting of the North Atlantic Council in Foreign Ministers session\n\n  • 07 Apr. 2022 -\n\n(As delivered)\n\nGood afternoon and welcome to this meeting of NATO Foreign Ministers.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Opening remarks by NATO Secretary General Jens Stoltenberg at the meeting of the North Atlantic Council in Foreign Ministers session"
        )
    );
    assert_eq!(h.meta.date.as_deref(), Some("2022-04-07"));
    // A headline under the kind is still the title, the kind dropped.
    let h = header(
        "Press release\n\nMinister visits the region\n\n3 March 2021\n\nThe Minister today travelled to the region for talks with her counterparts.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Minister visits the region"));
}

#[test]
fn a_kind_in_capitals_over_its_meetings_banner_is_the_title() {
    let h = header(
        "HENRY PUNA, SECRETARY GENERAL OF THE PACIFIC ISLANDS FORUM\nINAUGURAL STATEMENT\nPACIFIC ISLANDS FORUM LEADERS MEETING\nFriday 6 August 2021\n\nThe Honourable Josaia V. Bainimarama, Prime Minister of Fiji and Chair of the Pacific Islands Forum\n\nIt is my distinct honour to be able to address you today as your Secretary General.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("INAUGURAL STATEMENT"));
    assert_eq!(h.meta.date.as_deref(), Some("2021-08-06"));
}

#[test]
fn a_pictures_caption_over_its_credit_dates_nothing() {
    let h = header(
        "20230723 ministry of foreign affairs\nImage Credit: WAM\n\nUAE condemns statements\n\nAbu Dhabi: The UAE has strongly condemned the statements of a minister on the Gaza Strip.\n",
    );
    assert_eq!(h.meta.date, None);
    assert_eq!(h.meta.title.as_deref(), Some("UAE condemns statements"));
}

#[test]
fn a_letters_reference_numbers_it_and_an_acts_number_in_a_footnote_does_not() {
    let h = header(
        "Council of the European Union\nGeneral Secretariat\nHead of Unit\nBrussels, 30 October 2024\nMr Maximilian Henning\nRef. 24/2602-PRO\nRequest made on: 09.10.2024\nDear Mr Henning,\nThank you for your request for access to documents.1\nYours sincerely,\nFernando FLORINDO\n1 The General Secretariat has examined your request on the basis of the applicable rules: Regulation\n(EC) No 1049/2001 of the European Parliament and of the Council regarding public access to European Parliament,\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("24/2602-PRO"));
    assert_eq!(h.meta.date.as_deref(), Some("2024-10-30"));
}

#[test]
fn a_releases_reference_at_its_foot_numbers_it_and_a_run_on_meeting_place_is_cut() {
    let h = header(
        "Media Center\n\nPress Release\n\nVenezuela: Statement from the OAS General Secretariat\n\n  March 13, 2019\n\nRegarding the statement issued by the Foreign Ministry of Colombia, the OAS General Secretariat indicates its support.\n\nReference: E-012/19\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("E-012/19"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Venezuela: Statement from the OAS General Secretariat")
    );
    let h = header(
        "JOINT COMMUNIQUÉ OF THE 58TH ASEAN FOREIGN MINISTERS’ MEETING KUALA LUMPUR, 9 JULY 2025\n\nThe 58th ASEAN Foreign Ministers’ Meeting (AMM) was held on 9 July 2025, in Kuala Lumpur, Malaysia.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("JOINT COMMUNIQUÉ OF THE 58TH ASEAN FOREIGN MINISTERS’ MEETING")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2025-07-09"));
}

#[test]
fn a_posts_byline_bar_dates_it() {
    let h = header(
        "Telephone conversation between PM and President of USA\n\nPublished By : Admin | June 2, 2020 | 21:29 IST\n\nPrime Minister Narendra Modi had a telephone conversation today with His Excellency Donald Trump, President of the United States of America.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2020-06-02"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Telephone conversation between PM and President of USA")
    );
}

#[test]
fn the_texts_own_date_line_outranks_the_hosts_posting_stamp_above_it() {
    let h = header(
        "Goff Northern Europe Visit April 17-29\n\nPublished: Wed 18 Apr 2001 09:17 AM\nHon Phil Goff\nMinister of Foreign Affairs and Trade\nMedia Statement\n17 April 2001\nGOFF NORTHERN EUROPE VISIT APRIL 17-29\nForeign Affairs Minister Phil Goff leaves today for a 12-day visit encompassing Finland, Russia, Turkey and Sweden.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2001-04-17"));
    // A span of days below the stamp is an event's, and leaves it.
    let h = header(
        "Leaders to meet\n\nPublished: Wed 18 Apr 2001 09:17 AM\nJOINT STATEMENT ON THE OFFICIAL VISIT\n1-3 MAY 2001\nThe Prime Minister will visit the country from 1 to 3 May and meet its leaders.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2001-04-18"));
}

#[test]
fn a_blogs_name_as_a_bullet_opening_the_page_is_no_text() {
    let h = header(
        "• 389country\n\nWhite House Press Secretary Karine Jean-Pierre on the Meeting Between Biden and Andersson\n\nWhite House\n\nPress Release\n\nOn Thursday, President Biden will welcome Prime Minister Magdalena Andersson of Sweden to the White House.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("White House Press Secretary Karine Jean-Pierre on the Meeting Between Biden and Andersson")
    );
}

#[test]
fn a_councils_configuration_under_its_name_is_part_of_the_meetings_name() {
    let h = header(
        "Council of the European Union\nBrussels, 3 March 2022 (OR. en)\n6786/1/22 REV 1\nExtraordinary meeting of the COUNCIL OF THE EUROPEAN UNION\n(Foreign Affairs)\nEuropa building, Brussels\n4 March 2022 (15.40)\n1. Adoption of the agenda\n2. Approval of \"A\" items\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Extraordinary meeting of the COUNCIL OF THE EUROPEAN UNION (Foreign Affairs)")
    );
    assert_eq!(h.meta.number.as_deref(), Some("6786/1/22 REV 1"));
    // A short note in brackets over a headline is still no part of it.
    let h = header(
        "(Stock Image)\n\nMinister visits the flooded regions\n\n3 March 2022\n\nThe Minister visited the regions hit by the floods on Thursday and met the people who lost their homes.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Minister visits the flooded regions"));
}

#[test]
fn a_release_numbered_in_its_kinds_series_keeps_the_kinds_name() {
    for (label, number) in [
        ("Pressmeddelande 41/2022", "Pressmeddelande 41/2022"),
        ("Press release 405/2019", "Press release 405/2019"),
    ] {
        let h = header(&format!(
            "Republikens presidents kansli\n{label}\n28.6.2022\n\nI dag i Madrid, innan Natomötet inleddes, hade vi ett ingående möte med Turkiets president och Sveriges statsminister.\n"
        ));
        assert_eq!(h.meta.number.as_deref(), Some(number), "{label}");
        assert_eq!(h.meta.date.as_deref(), Some("2022-06-28"), "{label}");
    }
}

#[test]
fn a_sites_disclaimer_over_the_story_it_reposts_is_no_title() {
    let h = header(
        "Hold the Presses is your online newsportal en brings press releases from around the world. Journalists can use it for free. Hold the Presses is in no way responsible for the content of the press releases, the Sender is.\n\nFriday, 29 September 2017\n\nMali: sanctions may be imposed on actors impeding the peace process\n\nThe Council has transposed into legal acts the provisions of United Nations Security Council resolution 2374 (2017), which allows sanctions to be imposed.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Mali: sanctions may be imposed on actors impeding the peace process")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2017-09-29"));
}

#[test]
fn a_wires_lead_under_the_headline_and_date_is_the_body() {
    let h = header(
        "UAE and US Presidents discuss regional developments in phone call\nOct 12, 2023\nAbu Dhabi [UAE], October 12: President His Highness Sheikh Mohamed bin Zayed Al Nahyan\nThe two sides emphasised the critical need to prioritize the protection of civilians and open safe corridors to enable the delivery of humanitarian aid.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("UAE and US Presidents discuss regional developments in phone call")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2023-10-12"));
}

#[test]
fn a_numbered_meetings_banner_with_its_place_and_date_dates_the_statement() {
    let h = header(
        "OSCE Permanent Council 1431 Vienna, 6 July 2023\n\nEU Statement on the Russian Federation’s ongoing aggression against Ukraine\n\n  1. Mr. Chair, at last week’s European Council, EU leaders made it clear that the EU stands with Ukraine.\n  2. First, the EU will continue to provide strong support to Ukraine.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("EU Statement on the Russian Federation’s ongoing aggression against Ukraine")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2023-07-06"));
}

#[test]
fn a_pages_bar_of_fields_labels_the_date() {
    let h = header(
        "The Prime Minister's introduction at the meeting with members of the Foreign Press Association\nSpeech/statement | Date: 19/05/2025 | Office of the Prime Minister\nBy Prime Minister Jonas Gahr Støre (Oslo)\nGood morning, I know that you are better served by asking questions, so I think I'll be very short today.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2025-05-19"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("The Prime Minister's introduction at the meeting with members of the Foreign Press Association")
    );
    // The day a page was created, not the day it was updated, with its clock.
    let h = header(
        "FM announces establishment of a Pacific Enabling Fund\n\n\nNews Desk | Updated: 08-11-2018 10:30 IST | Created: 08-11-2018 10:06 IST\nForeign Affairs Minister Winston Peters has announced the establishment of a $10 million Pacific Enabling Fund for the region.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2018-11-08"));
}

#[test]
fn a_weather_widget_and_the_day_it_shows_are_the_readers() {
    let h = header(
        "40.5 F\nTuesday, February 20, 2024\n\nStatement from Press Secretary Karine Jean-Pierre on the U.S.-PRC Leaders Summit\n\nPresident Biden will meet with President Xi Jinping of the People’s Republic of China (PRC) on November 15. The Leaders will discuss issues.\n",
    );
    assert_eq!(h.meta.date, None);
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement from Press Secretary Karine Jean-Pierre on the U.S.-PRC Leaders Summit")
    );
    let h = header(
        "Thursday, March 28, 2024 | Ramadan 17, 1445 H\nbroken clouds\nweather\nOMAN\n23°C / 23°C\n\n41st session of GCC Supreme Council issues final communique\n\nAl-Ula: The 41st Session of the Supreme Council of the Gulf Cooperation Council issued a final communique as follows, after its meeting held today:\n",
    );
    assert_eq!(h.meta.date, None);
}

#[test]
fn a_draft_resolutions_symbol_wrapped_after_its_dot_and_its_open_heading() {
    let h = header(
        "United Nations A/HRC/16/L.\n\n11\nGeneral Assembly Distr.: Limited\n18 March 2011\n\nOriginal: English\n\nHuman Rights Council\n\n\nSixteenth session\nAgenda item 4\nHuman rights situations that require the Council’s attention\n\nAustria*, Belgium, Bulgaria*, Canada*, Croatia*, Cyprus*,\nUruguay: draft resolution\n\n16/… Situation of human rights in Myanmar\n\nThe Human Rights Council,\n\nGuided by the Charter of the United Nations,\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("A/HRC/16/L.11"));
    assert_eq!(h.meta.title.as_deref(), Some("Situation of human rights in Myanmar"));
    assert_eq!(h.meta.date.as_deref(), Some("2011-03-18"));
}

#[test]
fn the_sources_publication_date_outranks_an_aggregators_date_above() {
    let h = header(
        "30 Dec 2019\n\nSecretary-General Strongly Condemns Deadly Terrorist Attack in Somalia\n\nReport\nfrom UN Secretary-General\nPublished on 28 Dec 2019 View Original\n\nSG/SM/19922\n\nThe following statement was issued today by the Spokesman for UN Secretary-General António Guterres:\n\nThe Secretary-General strongly condemns the terrorist attack that took place in Mogadishu on 28 December 2019.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2019-12-28"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Secretary-General Strongly Condemns Deadly Terrorist Attack in Somalia")
    );
}

#[test]
fn an_eu_delegations_news_number_is_named_with_its_series_and_yields_to_the_councils() {
    let h = header(
        "21st EU-Japan Summit Joint Press Statement\n\nEU News 477/2013\n\nTokyo, 19 November 2013\n16447/13\n(OR. en)\nPRESSE 490\n\n1. Mr. Shinzo Abe, Prime Minister of Japan, and the Presidents of the European Council and the Commission met in Tokyo.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("16447/13"));
    let h = header(
        "Statement of the EU Heads of State or Government\n\nEU News 80/2016\n\n8 March 2016\n\nThe EU Heads of State or Government met with the Turkish Prime Minister on the migration crisis today in Brussels.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("EU News 80/2016"));
}

#[test]
fn a_kept_pages_government_banner_is_no_title() {
    for banner in [
        "Indholdet på denne side vedrører regeringen Mette Frederiksen I (2019-2022)",
        "This was published under the 2019 to 2022 Johnson Conservative government",
    ] {
        let h = header(&format!(
            "{banner}\nTale\n\nStatsminister Mette Frederiksens nytårstale den 1. januar 2021\n\nDet talte ord gælder\n\nGod aften. Vi har taget hul på et nyt år, og det kan kun blive bedre end det gamle.\n"
        ));
        assert_eq!(
            h.meta.title.as_deref(),
            Some("Statsminister Mette Frederiksens nytårstale den 1. januar 2021"),
            "{banner}"
        );
    }
}

#[test]
fn a_meetings_place_and_date_under_a_heading_in_capitals_are_no_part_of_it() {
    let h = header(
        "CHAIRMAN'S STATEMENT OF THE 4TH ASEAN-AUSTRALIA SUMMIT\nVIENTIANE, LAO PDR\n10 OCTOBER 2024\n1. The 4th ASEAN-Australia Summit was held on 10 October 2024 in Vientiane, Lao PDR.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("CHAIRMAN'S STATEMENT OF THE 4TH ASEAN-AUSTRALIA SUMMIT")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2024-10-10"));
}

#[test]
fn a_texts_name_under_its_summits_name_is_the_title_and_a_weekday_joins_the_seat_and_date() {
    let h = header(
        "XV BRICS Summit\nJohannesburg II Declaration\nBRICS and Africa: Partnership for Mutually Accelerated Growth, Sustainable Development and Inclusive Multilateralism\nSandton, Gauteng, South Africa Wednesday 23 August 2023\nPreamble\n1.We, the Leaders of the Federative Republic of Brazil, the Russian Federation, the Republic of India, the People's Republic of China and the Republic of South Africa met in Sandton.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Johannesburg II Declaration"));
    assert_eq!(h.meta.date.as_deref(), Some("2023-08-23"));
}

#[test]
fn a_kinds_long_rest_and_a_speech_headings_occasion_go_on_below_a_blank_line() {
    // The rest of the kind may run past a wrapped line's length.
    let h = header(
        "Opening remarks\n\nby NATO Secretary General Jens Stoltenberg at the meeting of the North Atlantic Council at the level of Heads of State and Government with Partners (2022 NATO Summit)\n\n  • 29 Jun. 2022 -\n\n(As delivered)\n\nA warm welcome to our close partners.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Opening remarks by NATO Secretary General Jens Stoltenberg at the meeting of the North Atlantic Council at the level of Heads of State and Government with Partners (2022 NATO Summit)"
        )
    );
    let h = header(
        "The Minister's Remarks\n\nOn the Occasion of the Year-End Reception for the Diplomatic Corps\n\n04 November 2024\n\nExcellencies,\n\nGood evening.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("The Minister's Remarks On the Occasion of the Year-End Reception for the Diplomatic Corps")
    );
    // A sentence under the heading is the text, not its occasion.
    let h = header(
        "The Minister's Remarks\n\nOn the occasion of this reception I thank you all.\n\n04 November 2024\n\nGood evening.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("The Minister's Remarks"));
}

#[test]
fn a_titles_year_wrapped_alone_onto_the_next_line_is_the_titles() {
    let h = header(
        "TEXTS ADOPTED\n\nP9_TA(2024)0104\nImplementation of the common foreign and security policy – annual report\n2023\nEuropean Parliament resolution of 28 February 2024 on the implementation of the\ncommon foreign and security policy – annual report 2023 (2023/2117(INI))\n\nThe European Parliament,\n\n– having regard to the Treaty on European Union,\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Implementation of the common foreign and security policy – annual report 2023")
    );
}

#[test]
fn an_authors_byline_under_a_headline_is_not_its_end() {
    for byline in ["by Executive Director Jane Sheeran", "By Maria Nowak"] {
        let h = header(&format!(
            "Food agency chief warns of growing crisis for the hungry\n{byline}\n16 Sep 2009\n\nThe Executive Director released this statement in London today.\n"
        ));
        assert_eq!(
            h.meta.title.as_deref(),
            Some("Food agency chief warns of growing crisis for the hungry"),
            "{byline}"
        );
    }
    // A title that wraps before its speaker goes on.
    let h = header(
        "Statement on the situation in the Sahel\nby the High Representative\n\n16 Sep 2009\n\nThe European Union is gravely concerned by the situation.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement on the situation in the Sahel by the High Representative")
    );
}

#[test]
fn a_sites_promotion_of_its_other_pages_is_no_title() {
    let h = header(
        "Visit our archive of Documents on the Straits (24 July 1923) Read the Convention (24 July 1923)\nNews Network\n\nJOINT STATEMENT BY THE HEADS OF STATE OF SOUTH EASTERN EUROPE\n\nWe, the Heads of State and Government, met in Heraklion and agreed as follows.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("JOINT STATEMENT BY THE HEADS OF STATE OF SOUTH EASTERN EUROPE")
    );
    assert_eq!(h.meta.date, None);
}

#[test]
fn a_listing_of_dated_entries_and_its_label_are_no_title() {
    let h = header(
        "Upcoming events\n- 2021-01-26 The Minister meets the NATO Secretary General\n- 2021-01-27 The Minister visits the embassy in Paris\nLithuania recalls its ambassador from Minsk for consultations\nOn 5 October the Ministry consulted its European Union colleagues on the demand of the regime.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Lithuania recalls its ambassador from Minsk for consultations")
    );
}

#[test]
fn a_tag_pages_one_entry_printed_again_over_the_text_is_its_headline() {
    let h = header(
        "Tag: Downing Street\n\n  • UK to purchase new fighter jets as Government steps up national security\n\n    UK to purchase new fighter jets as Government steps up national security\n\n    The UK will purchase 12 new fighter jets in a major boost for national security.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("UK to purchase new fighter jets as Government steps up national security")
    );
}

#[test]
fn a_mailing_lists_header_run_onto_one_line_gives_its_subject_and_date() {
    let h = header(
        "From Wed Sep 8 10:54:35 1993 Received: by; id AA12251; Wed, 8 Sep 93 10:54:35 -0500 Precedence: Bulk To:, Date: Tue, 7 Sep 1993 20:22-0400 From: The White House <> Reply-To: Subject: Phone Call 9/7/93 Message-Id: <1993.5.MAIL-SERVER@EXAMPLE.EDU> Status: OR THE WHITE HOUSE Office of the Press Secretary For Immediate Release September 7, 1993 STATEMENT BY THE PRESS SECRETARY The President spoke by phone today with the President of Russia.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Phone Call 9/7/93"));
    assert_eq!(h.meta.date.as_deref(), Some("1993-09-07"));
    // A text that only opens with `From` is no message.
    let h = header(
        "From Brussels to Kyiv: the Union's support in 2023\n\nThe Council adopted today its conclusions on Ukraine.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("From Brussels to Kyiv: the Union's support in 2023")
    );
}

#[test]
fn an_archives_date_in_figures_before_the_headline_is_cut_off_and_dates_it() {
    let h = header(
        "U.S. Department of State\n96/06/26 Statement in Jerusalem re Bombing in Saudi Arabia\nOffice of the Spokesman\n\nGood morning, I have just been in touch with our Charge in Saudi Arabia.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement in Jerusalem re Bombing in Saudi Arabia")
    );
    assert_eq!(h.meta.date.as_deref(), Some("1996-06-26"));
    let h = header("2021-03-04 Statement on the Situation in Burma\n\nThe United States condemns the violence.\n");
    assert_eq!(h.meta.title.as_deref(), Some("Statement on the Situation in Burma"));
    // A year-first stamp is told from a day-first one by a part above 31 only.
    let h = header("10/11/12 Statement on the Situation in Burma\n\nThe United States condemns the violence.\n");
    assert_ne!(h.meta.date.as_deref(), Some("2010-11-12"));
}

#[test]
fn a_pages_reading_time_is_no_title_and_a_list_items_date_dates_it() {
    let h = header(
        "Pressekonferenz von Bundeskanzler Scholz und Ministerpräsidentin Frederiksen\n13 Min. Lesedauer\n- Mitschrift Pressekonferenz\n- Mittwoch, 9. Februar 2022\nBK Scholz: Liebe Frau Ministerpräsidentin, es freut mich sehr, dass du heute nach Berlin gekommen bist.\n",
    );
    assert_ne!(h.meta.title.as_deref(), Some("13 Min. Lesedauer"));
    assert_eq!(h.meta.date.as_deref(), Some("2022-02-09"));
    let h = header("5 min read\n\nMinisters agree on new sanctions\n\nThe ministers agreed today on a new package.\n");
    assert_eq!(h.meta.title.as_deref(), Some("Ministers agree on new sanctions"));
}

#[test]
fn a_prime_ministers_letterhead_is_no_part_of_the_heading_under_it() {
    let h = header(
        "PRIME MINISTER\nSTATEMENT BY THE CHAIRMAN OF THE SOUTH PACIFIC FORUM,\nTHE PRIME MINISTER, THE HON P J KEATING MP\nRESUMPTION OF NUCLEAR TESTING BY FRANCE\nOn behalf of South Pacific Forum heads of government as current Chair of the Forum,\nI condemn France's decision to resume nuclear testing in the South Pacific.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "STATEMENT BY THE CHAIRMAN OF THE SOUTH PACIFIC FORUM, THE PRIME MINISTER, THE HON P J KEATING MP RESUMPTION OF NUCLEAR TESTING BY FRANCE"
        )
    );
}

#[test]
fn a_content_systems_page_tools_and_a_breadcrumb_over_the_date() {
    let h = header(
        "Ministry of Foreign Affairs Press service Statements\nFriday, 03 January 2020. PDF Print E-mail\nA Charge d’Affaires of the Embassy was summoned to the Ministry\n+ larger fontnormal font- Smaller font\nThe Charge d'Affaires was summoned today to the Ministry of Foreign Affairs to be handed a Note.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("A Charge d’Affaires of the Embassy was summoned to the Ministry")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2020-01-03"));
}

#[test]
fn an_archives_year_sections_and_links_are_no_title_and_its_dated_item_is() {
    let h = header(
        "Official News 2000-2002\n\nQuick links (click to jump)\n\n2002 Press Releases\n\n2001 Press Releases\nBack to Press Releases 2003 to 2005 click here\n\n2002 Press Releases\n\nJuly 17, 2002. RMI Informs US Congress of Progress on Compact Renegotiations\n\nWashington, DC — The Minister of Foreign Affairs joined representatives of the State Department in reporting to the House on the current status of the negotiations.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("RMI Informs US Congress of Progress on Compact Renegotiations")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2002-07-17"));
}

#[test]
fn a_sharing_sites_note_over_its_transcript_is_no_title() {
    let h = header(
        "Page content transcription\nIf your browser does not render page correctly, please read the page content below\nBrussels, 17 May 2021\n\nThe Commission lit the Berlaymont building in the colours of the rainbow today.\n",
    );
    let title = h.meta.title.unwrap_or_default();
    assert!(
        !title.contains("render page") && !title.contains("transcription"),
        "{title}"
    );
    assert_eq!(h.meta.date.as_deref(), Some("2021-05-17"));
}

#[test]
fn a_sharing_sites_record_of_the_upload_is_chrome() {
    let h = header(
        "Upload: others\n\nPost on 27-Aug-2020\n\n0 views\n\nCategory:\n\nDocuments\n\n0 download\n\nConclusions of the Presidency\n\nThe European Council met in Lisbon on 26 and 27 June 1992 and agreed on the following points.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Conclusions of the Presidency"));
}

#[test]
fn a_reposting_sites_translated_headline_gives_way_to_the_originals_heading() {
    let h = header(
        "Verklaring Hoge Vertegenwoordiger Ashton over Syrië (en)\n\nMet dank overgenomen van Raad van de Europese Unie (Raad) i, gepubliceerd op maandag 4 juni 2012.\n\n\nBrussels, 3 June 2012\n\nStatement by High Representative Catherine Ashton\n\non Syria\n\nCatherine Ashton, the High Representative of the European Union, issued the following statement today:\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement by High Representative Catherine Ashton on Syria")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2012-06-03"));
    // A headline tagged with a language but crediting no original stays the title.
    let h =
        header("Joint statement on the summit (en)\n\nBrussels, 3 June 2012\n\nThe leaders met today in Brussels.\n");
    assert_eq!(h.meta.title.as_deref(), Some("Joint statement on the summit (en)"));
}

#[test]
fn a_kind_in_an_unlisted_language_over_the_number_in_a_pages_metadata_list_is_no_title() {
    let h = header(
        "Osservazioni conclusive del presidente Donald Tusk alla plenaria del Parlamento europeo\n\nConsiglio europeo\n  • 15.3.2017\n  • 14:30\n  • Dichiarazione e osservazioni\n  • 135/17\n  • Affari istituzionali\n15.3.2017\n\nPrima di ogni altra cosa, grazie per le vostre parole di congratulazione e sostegno.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("135/17"));
    assert_eq!(h.meta.date.as_deref(), Some("2017-03-15"));
}

#[test]
fn a_seat_with_its_own_stop_dates_a_lead_it_runs_into() {
    let h = header(
        "St. George’s, Grenada. July 6, 2017. Minister of Foreign Affairs Hon. Wilfred Elrington attended the 38th Regular Meeting of the Conference of Heads of Government.\n\nCARICOM Heads of Government reiterated their support for Belize.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2017-07-06"));
}

#[test]
fn a_council_number_outranks_the_press_services_reference_beside_it() {
    let h = header(
        "EU-verklaring over de Europese toekomst van de Westelijke Balkan (en)\nMet dank overgenomen van Raad van de Europese Unie (Raad) i, gepubliceerd op zaterdag 11 maart 2006.\nC/06/77 Brussels, 11 March 2006, 7283/06 (Presse 77) |\n---|\nSalzburg EU/Western Balkans Joint Press Statement |\n-\n1.The Ministers of Foreign Affairs of the Member States of the European Union met in Salzburg.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Salzburg EU/Western Balkans Joint Press Statement")
    );
    assert_eq!(h.meta.number.as_deref(), Some("7283/06"));
}

#[test]
fn a_verbatim_reports_item_under_the_sittings_day_names_the_text() {
    let h = header(
        "Go back to the Europarl portal\n\nChoisissez la langue de votre document :\n\n Full text \nTuesday, 14 December 1999 - Strasbourg OJ edition\n\n4. Annex: Inauguration ceremony for the Louise Weiss Building\n\n  President. – Mr President of the Republic, it is my great pleasure to welcome you warmly to the European Parliament.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Annex: Inauguration ceremony for the Louise Weiss Building")
    );
    assert_eq!(h.meta.date.as_deref(), Some("1999-12-14"));
    // Its texts adopted, under the sitting's day and the edition.
    let h = header(
        "Procédure : 2018/2853(RSP)\nCycle de vie en séance\nCycles relatifs aux documents :\n\nTextes adoptés :\n\nP8_TA(2018)0383\n\n\
         Textes adoptés\nPDF 200kWORD 58k\nJeudi 4 octobre 2018 - Strasbourg Edition provisoire\nSituation au Yémen\n\
         P8_TA-PROV(2018)0383RC-B8-0444/2018\n\nRésolution du Parlement européen du 4 octobre 2018 sur la situation au Yémen (2018/2853(RSP))\n\nLe Parlement européen,\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Situation au Yémen"));
    assert_eq!(h.meta.date.as_deref(), Some("2018-10-04"));
    // (Its own number, the motion's glued on, over the procedure panel's.)
    assert_eq!(h.meta.number.as_deref(), Some("P8_TA-PROV(2018)0383"));
    let h = header(
        "Texts adopted\nPDF 207kWORD 98k\nWednesday, 9 September 2015 - Strasbourg Final edition\nEmpowering girls through education in the EU\n\n\
         European Parliament resolution of 9 September 2015 on empowering girls through education in the EU (2014/2250(INI))\n\nThe European Parliament,\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Empowering girls through education in the EU")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2015-09-09"));
}

#[test]
fn a_line_of_text_set_under_a_blank_line_is_no_headline() {
    let h = header(
        "Foreign Ministers of Sri Lanka and Nepal renew commitment to further expand bilateral relations\n\nForeign Minister of Nepal Dr. Narayan Khadaka paid a courtesy call on Prof. G.L. Peiris on 30 March 2022, on the sidelines of the\n\nBIMSTEC Summit in Colombo. During the discussion, the Foreign Ministers of the two countries expressed satisfaction and discussed\n\navenues to further strengthen political, economic and cultural relations.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Foreign Ministers of Sri Lanka and Nepal renew commitment to further expand bilateral relations")
    );
}

#[test]
fn a_declarations_name_under_its_summits_banner_is_the_title() {
    let h = header(
        "ENTEBBE SUMMIT FOR PEACE AND PROSPERITY\nJoint Declaration of Principles\nThe Entebbe Summit of Heads of State and Government\nAt the joint invitation of H.E. President Yoweri Kaguta Museveni of the\nRepublic of Uganda and H.E. President William Jefferson Clinton of the\nUnited States of America, their excellencies met on Wednesday\n25 March, 1998 at Entebbe, Uganda.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Joint Declaration of Principles"));
}

#[test]
fn a_pages_running_head_gives_the_symbol_a_scanned_masthead_lost() {
    let h = header(
        "·<> ~:.,.\"1; .tal'l/d~PC.ti.\\ 7rI! tl!N :t:\"t SF.CRETARIAT\n\nCOUNCIL OF MINISTERS Thirteenth Ordinary Session Addis Ababa\n\nRAPPORTEUR'S REPORT ON THE THIRTEENTH ORDINARY SESSION OF THE COUNCIL OF MINISTERS\n\nCM/292 Page 1\n\n1, OPENING OF THE THIRTEENTH SESSION The Thirteenth Ordinary Session of the Council of Ministers was called to order at 4.15 p.m.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("CM/292"));
}

#[test]
fn a_press_rooms_breadcrumb_in_spanish_and_a_french_briefings_day() {
    let h = header(
        "Sala de Prensa\nUsted está en:  Portada\nMartes, 08 de agosto de 2017 \n\
         Ministro Muñoz participa en reunión de Cancilleres de América para evaluar situación en Venezuela\nComparte :\n\n\
         Imagen foto_00000001\n\nEl Ministro de Relaciones Exteriores, Heraldo Muñoz, se encuentra en Lima, Perú, participando en la reunión de cancilleres.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Ministro Muñoz participa en reunión de Cancilleres de América para evaluar situación en Venezuela")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2017-08-08"));
    let h = header(
        "Télécharger le PDF\n\nTranscription\n\nTélécharger le PDF\nPoint de presse du 29 septembre 2015\n1 - Rwanda\n\
         Q - Bonjour, Fred Constant, le diplomate français proposé il y a 4 mois à Kigali pour remplacer l'ambassadeur Michel\n\
         Flesh, sur le départ, n'a toujours pas été agréé par les autorités rwandaises.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Point de presse du 29 septembre 2015"));
    assert_eq!(h.meta.date.as_deref(), Some("2015-09-29"));
}

#[test]
fn a_glued_breadcrumb_and_a_date_with_dashes() {
    let h = header(
        "Home> Press Releases\n\n\n\nH.E. Prime Minister Adil Abd AL-Mahdi receives call from U.S. president Donald Trump\n\n\n\n\n\n\n\
         December - 31– 2019\n\nHis Excellency Prime Minister Adil Abd AL-Mahdi received call on 19:00 from U.S. president Donald Trump, who inquired about the situation in Iraq.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("H.E. Prime Minister Adil Abd AL-Mahdi receives call from U.S. president Donald Trump")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2019-12-31"));
}

#[test]
fn an_aggregators_box_of_recent_news_is_no_title() {
    let h = header(
        "Recent News about Council of Europe\n\nCouncil of Europe Foreign Affairs Ministers recall rights and duties of member states\n\nCoE: As the Council of Europe is celebrating its 70th anniversary, over 30 Foreign Affairs Ministers from the 47 member states reaffirmed the importance of the Organisation.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Council of Europe Foreign Affairs Ministers recall rights and duties of member states")
    );
}

#[test]
fn a_sites_note_for_screen_readers_is_no_title() {
    let h = header(
        "Note on navigating with support technologies\n\nOn this page you will find two navigation aids: a search engine (shortcut key 1) | Skip to content (shortcut key 2)\n\nSpeech addressed by the President of the Republic at the Opening Ceremony of the XIX Iberian American Summit\nEstoril, 30 November 2009\n\nHeads of Government,\n\nIt is with great pleasure and pride that Portugal welcomes you.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Speech addressed by the President of the Republic at the Opening Ceremony of the XIX Iberian American Summit"
        )
    );
}

#[test]
fn reliefwebs_title_under_its_tagline_and_countries_names_the_text() {
    let h = header(
        "Informing humanitarians worldwide 24/7 — a service provided by UN OCHA\n\nSerbia + 9 more\n\nMinisterial declaration: ESDP ten years - Challenges and opportunities\n\nAttachments\n\n2974th EXTERNAL RELATIONS Council meeting\nBrussels, 17 November 2009\n\nThe Council adopted the following declaration:\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Ministerial declaration: ESDP ten years - Challenges and opportunities")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2009-11-17"));
}

#[test]
fn a_banner_printed_twice_and_a_pages_text_size_buttons_are_chrome() {
    let h = header(
        "126e Session 126e Session\nComité des Ministres Strasbourg 19 mai 2016\n  • Diminuer la taille du texte\n  • Augmenter la taille du texte\n  • Imprimer la page\nLe Comité des Ministres du Conseil de l'Europe se réunit à Sofia\n\nLes Ministres des Affaires étrangères des 47 Etats membres du Conseil de l'Europe se sont retrouvés le 18 mai à Sofia.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Le Comité des Ministres du Conseil de l'Europe se réunit à Sofia")
    );
    // The banner's issuer, seat and day, with no comma between, date it.
    assert_eq!(h.meta.date.as_deref(), Some("2016-05-19"));
}

#[test]
fn hansards_citation_and_a_news_sites_bracketed_stamp_date_the_text() {
    let h = header(
        "HC Deb 10 June 1953 vol 516 cc223-4\n\nFinal Communiqué\n\nThe final plenary session of the Meeting of Commonwealth Prime Ministers was held this afternoon.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Final Communiqué"));
    assert_eq!(h.meta.date.as_deref(), Some("1953-06-10"));
    let h = header(
        "News > National News...\nChina-Pakistan joint declaration on bilateral cooperation\n( 2003-11-05 00:02) (Xinhua)\n\nChinese President Hu Jintao and Pakistani President Pervez Musharraf signed here Monday a joint declaration.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("China-Pakistan joint declaration on bilateral cooperation")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2003-11-05"));
}

#[test]
fn a_vietnamese_sites_picture_and_caption_are_cut_from_the_headline() {
    let h = header(
        "Joint Statement on Philippine President’s visit to Vietnam hinh anh 1President Tran Dai Quang (L) and Philippine President Rodrigo Roa Duterte (Source: VNA)\nHanoi (VNA) – Vietnam and the Philippines issued a Joint Statement on the official visit on September 28-29 of President Duterte.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Joint Statement on Philippine President’s visit to Vietnam")
    );
}

#[test]
fn a_speakers_name_and_office_over_the_speechs_heading_is_no_part_of_it() {
    let h = header(
        "Discursos\n\nJOSÉ MIGUEL INSULZA, SECRETARIO GENERAL DE LA ORGANIZACION DE LOS ESTADOS AMERICANOS\nDISCURSO DEL SECRETARIO GENERAL, CEREMONIA INAUGURAL - XXXVIII ASAMBLEA GENERAL\n\n1 de junio de 2008 - Medellín, Colombia\n\nUna vez más tengo el honor de ser parte de la ceremonia de inauguración de este encuentro de los Cancilleres de América.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("DISCURSO DEL SECRETARIO GENERAL, CEREMONIA INAUGURAL - XXXVIII ASAMBLEA GENERAL")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2008-06-01"));
}

#[test]
fn a_pages_warning_to_old_browsers_is_no_title() {
    let h = header(
        "Note:Your browser doesn't correctly display this page because of a bad stylesheets interpretation. This is probably due to an old browser version.\n\n[Luxembourg 2005 Presidency of the Council of the European Union]\n\nPress Release\n15th EU-Russia, Moscow, 10 May 2005, Press Release\n\nDate of release : 10-05-2005\n\nThe fifteenth EU-Russia Summit took place in Moscow on 10 May 2005.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("15th EU-Russia, Moscow, 10 May 2005, Press Release")
    );
}

#[test]
fn a_sites_new_items_and_its_links_to_more_are_no_title() {
    let h = header(
        "Embassy Archives What's New/Press Releases\n\nPress Release issued in New Delhi on US State Department Spokesman's statement\n\nNew Delhi\nApril 20, 1999\n\nIn response to a question, the MEA Official Spokesman stated the following:\n\nWe have seen the comment attributed to the US State Department Spokesman. We believe that it is not appropriate.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Press Release issued in New Delhi on US State Department Spokesman's statement")
    );
    let h = header(
        "The Government portal of the\nRepublic of Uzbekistan\n\nArchive\n2024\nCalendar\n\nNew on the portal\n  • New page \"Open Government\" Detail>>>\n  • Added a list of government agencies in the Karakalpak language Detail>>>\n\nJoint Statement of the Ministers of Foreign Affairs of the Central Asian countries\n\n2018-07-23 | Politics\n\nOn July 20-22, 2018, a meeting of the Ministers of Foreign Affairs of the Central Asian countries was held in Cholpon Ata city.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Joint Statement of the Ministers of Foreign Affairs of the Central Asian countries")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2018-07-23"));
}

#[test]
fn a_wikisource_pages_header_is_no_title_and_names_a_text_without_a_heading() {
    let h = header(
        "China Denmark Joint Statement on Strategic Partnership\n\nFrom Wikisource\nJump to navigation Jump to search\nWHO invitiation to Chinese Taipei 2009 (2008)\nGovernment of the People's Republic of China\n568344WHO invitiation to Chinese Taipei 20092008Government of the People's Republic of China\n\n\nJoint Statement Between China and Denmark on a Comprehensive Strategic Partnership\n\n\nAt the invitation of H.E. Wen Jiabao, Premier of the State Council, the Prime Minister of Denmark came to China in October 2008.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Joint Statement Between China and Denmark on a Comprehensive Strategic Partnership")
    );
    let h = header(
        "Jump to content\n\nUnited Nations Security Council Resolution 135\n\nFrom Wikisource\nUnited Nations Security Council Resolution 135 (1960)\nthe United Nations\n10165United Nations Security Council Resolution 135the United Nations\n\nAdopted by the Security Council at its 863rd meeting, on 27 May 1960\n\nThe Security Council,\n\nMindful of its responsibility for the maintenance of international peace and security,\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("United Nations Security Council Resolution 135 (1960)")
    );
}

#[test]
fn a_sharing_sites_page_title_found_again_in_the_flattened_text_is_its_heading() {
    let h = header(
        "Five Years On: What Our Objectives Were and What We Have Achieved\nTotal Page:16\nFile Type:pdf, Size:1020Kb\nSPEECH/04/453 Romano Prodi President of the European Commission Five years on: what our objectives were and what we have achieved European Parliament Brussels, 13 October 2004 Honourable Members, We will shortly be reaching the end of the road we have travelled together during the last five years. Five years of far-reaching political and institutional changes and momentous events across Europe and around the world. Let me begin by reminding you where the European Union stood in 1999.\n",
    );
    // The text's own spelling, and the symbol the page opens with.
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Five years on: what our objectives were and what we have achieved")
    );
    assert_eq!(h.meta.number.as_deref(), Some("SPEECH/04/453"));
    assert_eq!(h.meta.date.as_deref(), Some("2004-10-13"));
    // A page title the text does not repeat near its start (a contents
    // entry, a site's paraphrase) leaves the heading to the layout.
    let h = header(
        "Eu Strategy for the Baltic Sea Region 9\nTotal Page:16\nFile Type:pdf, Size:1020Kb\nJoint Declaration of the Paris Summit for the Mediterranean Paris, 13 July 2008 Under the co-presidency of the President of the French Republic and the President of the Arab Republic of Egypt, the Heads of State and Government met in Paris.\n",
    );
    assert_ne!(h.meta.title.as_deref(), Some("Eu Strategy for the Baltic Sea Region 9"));
    assert_eq!(h.meta.number, None);
}

#[test]
fn a_pages_title_with_its_site_before_the_heading_printed_again_below() {
    let h = header(
        "Historisk arkiv\n\nMinistry of Foreign Affairs, pressrelease - Meeting of Nordic Foreign Ministers in Oslo, 4-5 February 1997. Press release.\n\nPublisert under: Regjeringen Jagland\n\nPress Release\n\nNo. 7/97\n5 February 1997\n\nMeeting of Nordic Foreign Ministers in Oslo, 4-5 February 1997. Press release.\n\nDevelopments in Europe have given the Nordic countries new opportunities to discuss European security issues.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Meeting of Nordic Foreign Ministers in Oslo, 4-5 February 1997. Press release.")
    );
    assert_eq!(h.meta.date.as_deref(), Some("1997-02-05"));
    assert_eq!(h.meta.number.as_deref(), Some("7/97"));
}

#[test]
fn the_eeas_section_a_statement_is_filed_under_is_no_title() {
    let h = header(
        "Delegation of the European Union\nto the United Nations - New York\n\nEU Statement – United Nations General Assembly: Revitalisation of the work of the GA\n\nNew York, 08/11/2019 - 23:21, UNIQUE ID: 191108_16\nStatements on behalf of the EU\n\n8 November 2019, New York – General Statement on behalf of the European Union and its Member States by H.E. Mr. Silvio Gonzato, Deputy Head of the Delegation.\n\nMister President,\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("EU Statement – United Nations General Assembly: Revitalisation of the work of the GA")
    );
}

#[test]
fn a_chairmans_statement_in_capitals_goes_on_with_its_occasion() {
    let h = header(
        "Top „ Speeches and Statements by Prime Minister\n\n\nCHAIRMAN'S STATEMENT\nOf the Fifth Asia-Europe Meeting\nHanoi, 8-9 October 2004\n-----------------------------------\n\nThe fifth Asia-Europe Meeting (ASEM 5) was held in Hanoi on 8-9 October 2004. The Summit was attended by the Heads of State and Government.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("CHAIRMAN'S STATEMENT Of the Fifth Asia-Europe Meeting")
    );
}

#[test]
fn a_budgets_year_and_the_next_is_no_document_number() {
    let h = header(
        "FADTC 2020/21 Estimates Hearing for Vote Foreign Affairs and Trade, 4 June 2020\n\nOpening remarks by Minister of Foreign Affairs, Rt Hon Winston Peters\n\nThe COVID-19 pandemic has reshaped the global environment, and that necessarily has an impact on how we conduct our policy.\n",
    );
    assert_eq!(h.meta.number, None);
}

#[test]
fn a_news_pages_teasers_of_other_items_are_no_title() {
    let h = header(
        "Minister Biruta participated in the Ministerial Conference on digital transformation\n\nMinister of Foreign Affairs and International Cooperation Dr. Vincent Biruta attended a global video conference jointly organised by the foreign...\n\nRwanda and USA sign Status of Forces Agreement\n\nRwanda and the United States of America have today signed the Status of Forces Agreement (SOFA) that will strengthen the existing good military...\n\n\nForeign Affairs Minister Biruta briefs Media and Members of the Diplomatic Corps on Current Affairs\n\nKigali, 08 January 2020 - Today, Hon. Minister of Foreign Affairs Dr. Vincent Biruta briefed members of the diplomatic corps based in Kigali on current affairs.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Foreign Affairs Minister Biruta briefs Media and Members of the Diplomatic Corps on Current Affairs")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2020-01-08"));
}

#[test]
fn a_hyphen_after_a_day_runs_a_dateline_into_a_lead_only() {
    let h = header(
        "Prime Minister Hawke: the Gulf hostilities\n\nPV 08/09/2015 - 19\n\nThe Government has today committed forces to the multinational operation in the Gulf, as the Parliament was told.\n",
    );
    assert_eq!(h.meta.date, None);
}
