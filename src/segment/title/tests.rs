use super::*;
use crate::segment::lines::split_lines;

/// A text's plain header, as the title's tests read it.
pub(super) fn header(text: &str) -> Header {
    plain_header(&split_lines(text))
}

#[test]
fn a_site_name_and_menus_give_way_to_the_title() {
    let h = header(
        "Delegation of the European Union to the United Kingdom\n\nForeign Affairs Council: Press remarks by High Representative Josep Borrell\n\nBrussels, 25/01/2021 - 18:40, UNIQUE ID: 210125_18\n\nCheck against delivery!\n\nGood afternoon,\n\nWell, to be the first meeting of the year, we have had a very heavy agenda and a long discussion.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Foreign Affairs Council: Press remarks by High Representative Josep Borrell")
    );
}

#[test]
fn a_place_and_an_issuer_above_the_title_are_not_it() {
    let h = header(
        "New York\nUN\n\nStatement Attributable to the Spokesman for the Secretary-General on Syria\n\n\nStatements | Spokesperson for the Secretary-General\n\nThe Secretary-General is concerned that recent statements directed at Syria should not contribute to a wider destabilisation in a region.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement Attributable to the Spokesman for the Secretary-General on Syria")
    );
}

#[test]
fn numbers_dates_and_repeated_titles_of_a_press_page() {
    let h = header(
        "SC/8215\n\nPRESS STATEMENT BY SECURITY COUNCIL PRESIDENT ON RECENT TERRORIST ATTACKS\n\n08/10/2004\nPress Release\nSC/8215\n\nPress Statement by Security Council President on recent terrorist attacks\n\n\nFollowing is today's press statement by the Security Council President, Emyr Jones Parry (United Kingdom):\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("SC/8215"));
    assert_eq!(h.meta.date.as_deref(), Some("2004-10-08"));
    assert!(h.meta.title.as_deref().is_some_and(|t| {
        t.eq_ignore_ascii_case("Press Statement by Security Council President on recent terrorist attacks")
    }));
}

#[test]
fn a_release_number_and_a_banner_in_spaced_capitals() {
    let h = header(
        "M E D I A   R E L E A S E\n\nMinistry for Foreign Affairs Strives for Globalisation Management\n\nPress Release 193/2004\n14 September, 2004\n\n\nThe draft State Budget for the year 2005 allocates appropriations totalling 822 million euros to the sector.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Ministry for Foreign Affairs Strives for Globalisation Management")
    );
    // (Named with its kind: most annotators keep the kind, two of seven did not.)
    assert_eq!(h.meta.number.as_deref(), Some("Press Release 193/2004"));
    assert_eq!(h.meta.date.as_deref(), Some("2004-09-14"));
}

#[test]
fn a_date_glued_to_the_title_is_the_date_not_the_title() {
    for (title, want, date) in [
        (
            "Ukraine: Statement attributable to the Spokesperson (21 February 2022)",
            "Ukraine: Statement attributable to the Spokesperson",
            Some("2022-02-21"),
        ),
        (
            "Joint Statement on the Sahel - 3 March 2021",
            "Joint Statement on the Sahel",
            Some("2021-03-03"),
        ),
        (
            "Statement by the Minister, March 3, 2021",
            "Statement by the Minister",
            Some("2021-03-03"),
        ),
        (
            "European Council meeting (11 and 12 December 2008) Annotated draft agenda",
            "European Council meeting (11 and 12 December 2008) Annotated draft agenda",
            None,
        ),
        ("Report (2021)", "Report (2021)", None),
        (
            "119th Session (Madrid, 12 May 2009) – Draft Declaration",
            "119th Session (Madrid, 12 May 2009) – Draft Declaration",
            None,
        ),
        (
            "Statements by the Spokesperson (Paris - May 22, 2017)",
            "Statements by the Spokesperson",
            Some("2017-05-22"),
        ),
    ] {
        let (t, d) = split_trailing_date(title);
        assert_eq!((t.as_str(), d.as_deref()), (want, date), "{title}");
    }
}

#[test]
fn a_un_resolution_is_named_by_its_numbered_title() {
    let h = header(
        "United Nations

A/RES/73/3

General Assembly

Distr.: General
19 October 2018

Resolution adopted by the General Assembly on 10 October 2018

[without reference to a Main Committee (A/73/L.4)]

73/3. Political declaration of the high-level meeting on the fight against tuberculosis

The General Assembly,

Approves the following political declaration of the high-level meeting of the General Assembly:
",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Political declaration of the high-level meeting on the fight against tuberculosis")
    );
    assert_eq!(h.meta.number.as_deref(), Some("A/RES/73/3"));
    assert_eq!(h.meta.date.as_deref(), Some("2018-10-19"));
}

#[test]
fn skips_a_glued_breadcrumb_for_the_real_title() {
    let h = header(
        "HomeDenmarkDenmark supports UN Digital Panel\n\nDenmark supports UN Digital Panel\n\nThe Danish government will.",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Denmark supports UN Digital Panel"));
}

#[test]
fn a_headline_ending_in_the_datelines_place_is_no_breadcrumb() {
    let h = header(
        "On the bilateral meetings of the Minister in New York\nNew York\nSeptember 24, 2007\nOn Monday, September 24, the Minister met his counterparts.",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("On the bilateral meetings of the Minister in New York")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2007-09-24"));
}

#[test]
fn a_document_that_opens_with_prose_is_named_by_its_first_sentence() {
    let h = header("The Ministers met in Paris today to discuss the situation in the region. They agreed on a plan.");
    assert_eq!(
        h.meta.title.as_deref(),
        Some("The Ministers met in Paris today to discuss the situation in the region.")
    );
    assert_eq!(h.body_start, 0);
}

#[test]
fn a_date_printed_after_a_series_number_is_the_date() {
    let h = header(
        "Ministers' Deputies\nCM Documents\n\nCM(2009)50 prov3 27 April 2009\n\nDraft Declaration on the Future of the Organisation\n\n1) The core objective of the Organisation is to preserve human rights.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("CM(2009)50 prov3"));
    assert_eq!(h.meta.date.as_deref(), Some("2009-04-27"));
}

#[test]
fn a_cable_serial_is_the_number() {
    for (text, number, date) in [
        (
            "Washington, 15 January 1965\n\n136. Secret\n\nPrime Minister's visit to Washington\n\n1. The visit went well.\n",
            "136",
            Some("1965-01-15"),
        ),
        (
            "Jakarta, 29 October 1975\n\nO.JA2754 SECRET IMMEDIATE\n\nPortuguese Timor\n\nI have not yet been able to convey the advice of the Minister to them today.\n",
            "O.JA2754",
            Some("1975-10-29"),
        ),
        (
            "Savingram 28, NEW YORK, 21 November 1949\n\nReduction of Armaments\n\nFollowing is the text of the resolution adopted on 19 November by the Committee.\n",
            "28",
            Some("1949-11-21"),
        ),
    ] {
        let h = header(text);
        assert_eq!(h.meta.number.as_deref(), Some(number), "{text}");
        assert_eq!(h.meta.date.as_deref(), date, "{text}");
    }
    // A year and a grading word are not a serial.
    let h = header("1965 Secret\n\nA title of a note\n\n1. The visit went well.\n");
    assert_ne!(h.meta.number.as_deref(), Some("1965"));
}

#[test]
fn site_labels_bylines_and_symbols_around_a_title() {
    // A kind label before the title and a filing month after it are the site's.
    let h = header(
        "Tag: Foreign Office\n\nPress Releases: U.S. Humanitarian Assistance in Response to the Syrian Crisis [September 2023]\n\nThe United States is providing aid to the people of Syria today.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("U.S. Humanitarian Assistance in Response to the Syrian Crisis")
    );
    // `Issued at …` is the line under a title, never the title.
    let h = header(
        "Statement On Kosovo\n\nIssued at the Ministerial Meeting of the North Atlantic Council held in Luxembourg\n\n1. We are deeply concerned.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Statement On Kosovo"));
    // An African Union symbol numbered in roman numerals.
    let h = header(
        "PEACE AND SECURITY COUNCIL\n\n9 FEBRUARY 2021\n\nPSC/PR/COMM.(CMLXXVIII)\n\nCOMMUNIQUE\n\nThe Peace and Security Council, noting the report of the Chairperson of the Commission,\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("PSC/PR/COMM.(CMLXXVIII)"));
}

#[test]
fn a_pages_metadata_set_as_a_list_under_its_title() {
    let h = header(
        "Council conclusions on Afghanistan\n\nCouncil of the EU\n  • 26/10/2015\n  • 12:50\n  • Press release\n  • 752/15\n  • Foreign affairs & international relations\n\n1.    The European Union stands firm in its commitment to Afghanistan.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Council conclusions on Afghanistan"));
    assert_eq!(h.meta.number.as_deref(), Some("752/15"));
    assert_eq!(h.meta.date.as_deref(), Some("2015-10-26"));
    let h = header(
        "Final communiqué\n\n  • 03 Dec. 2008 -\n  • Press Release (2008) 153\n  • Issued on 03 Dec. 2008\n\n1. Founded on the enduring principle of the indivisibility of Allied security, NATO remains.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("Press Release (2008) 153"));
}

#[test]
fn a_banner_of_issuer_and_kind_is_not_the_title() {
    let h = header(
        "European Commission - Statement\n\nStatement by President von der Leyen on the agreement with Japan\n\nBrussels, 3 March 2021\n\nSTATEMENT/21/1234\n\nToday we agreed on a great deal of things with our partners in Japan.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement by President von der Leyen on the agreement with Japan")
    );
    assert_eq!(h.meta.number.as_deref(), Some("STATEMENT/21/1234"));
    let h = header(
        "Media release\nMR123/26\n\nAustralia commits $50 million to Pacific climate resilience\n\nThe Government today announced a package of measures for the region.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("MR123/26"));
}

#[test]
fn a_line_naming_only_the_kind_of_text_gives_way_to_the_headline() {
    // Invented texts of the two shapes: a section label over the headline,
    // and a kind label with the date under it.
    let h = header(
        "Press Releases\n\nGrant aid for the flood relief effort in the Mekong delta\n\nMay 3, 2019\n\n1. On May 3, the Government decided to extend grant aid.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Grant aid for the flood relief effort in the Mekong delta")
    );
    let h = header(
        "Media Statement\n04 March 2022\nThe Minister concludes a working visit to the Republic of Ghana\nThe Minister of International Relations concluded a two-day working visit to Accra, where she met her counterpart and discussed trade.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("The Minister concludes a working visit to the Republic of Ghana")
    );
    // Where nothing else can be, the label is the title.
    let h = header(
        "Press Briefing\n\nThe spokesman opened the briefing with an update on the humanitarian situation in the region and the work of the mission.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Press Briefing"));
}

#[test]
fn a_ministry_site_name_in_any_language_is_not_the_title() {
    for site in [
        "Udenrigsministeriet",
        "Auswärtiges Amt Bundesministerium",
        "The Foreign Ministry",
    ] {
        let text = format!(
            "{site}\n\nMinister meets counterparts on Arctic cooperation\n\n12 May 2023\n\nThe minister met her Nordic counterparts in Tromsø today to discuss cooperation in the Arctic region.\n"
        );
        assert_eq!(
            header(&text).meta.title.as_deref(),
            Some("Minister meets counterparts on Arctic cooperation"),
            "{site}"
        );
    }
}

#[test]
fn an_issuer_in_capitals_is_not_joined_to_a_title_in_capitals() {
    let h = header(
        "FORTY-NINTH PACIFIC ISLANDS FORUM COMMUNIQUE\nPACIFIC ISLANDS FORUM SECRETARIAT\n\nYaren, Nauru 3-6 September 2018\n\n1. The Forty-Ninth Pacific Islands Forum was held in Yaren, Nauru from 3 to 6 September 2018.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("FORTY-NINTH PACIFIC ISLANDS FORUM COMMUNIQUE")
    );
    // A title left open (`… OF THE`) still runs onto its next line.
    let h = header(
        "JOINT COMMUNIQUE OF THE\nASSOCIATION OF SOUTHEAST ASIAN NATIONS\n\n4 August 2022\n\nThe ministers met in Phnom Penh and discussed the situation in the region and beyond.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("JOINT COMMUNIQUE OF THE ASSOCIATION OF SOUTHEAST ASIAN NATIONS")
    );
}

#[test]
fn series_and_dates_of_older_press_releases() {
    // The Council's `PRESSE` series after a dateline with its language mark.
    let h = header(
        "COUNCIL OF THE EUROPEAN UNION\n\nBrussels, 13 November 2013 (OR. en) 16235/13 PRESSE 472\n\nPRESS RELEASE\n\nCouncil adopts new rules on maritime safety\n\nThe Council today adopted a regulation setting out new rules on maritime safety in European waters.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2013-11-13"));
    assert_eq!(h.meta.number.as_deref(), Some("16235/13"));
    // NATO's two-digit year in brackets.
    let h = header(
        "Press Release (97)27\n\n14 March 1997\n\nStatement on the situation in Albania\n\nThe North Atlantic Council today discussed the situation in Albania and expressed concern.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("Press Release (97)27"));
    assert_eq!(h.meta.date.as_deref(), Some("1997-03-14"));
}

#[test]
fn a_un_masthead_dates_and_numbers_the_document() {
    let h = header(
        "A/75/123\n\nGeneral Assembly Distr.: General 23 July 2020\n\nOriginal: English\n\nSeventy-fifth session\n\nReport of the Secretary-General on oceans and the law of the sea\n\n1. The present report is submitted pursuant to resolution 74/19 of the General Assembly.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("A/75/123"));
    assert_eq!(h.meta.date.as_deref(), Some("2020-07-23"));
    // The masthead's cells run onto one line under a database's record.
    let h = header(
        "Original HRC document

Topic: International Human Rights System

General Assembly Distr. GENERAL A/HRC/RES/12/2 12 October 2009

Original: ENGLISH

Resolution adopted by the Human Rights Council*

12/2. Cooperation with the United Nations

The Human Rights Council,

Expressing its concern at the continued reports of intimidation,
",
    );
    assert_eq!(h.meta.number.as_deref(), Some("A/HRC/RES/12/2"));
    assert_eq!(h.meta.date.as_deref(), Some("2009-10-12"));
}

#[test]
fn a_symbol_below_a_heading_that_reads_as_prose_numbers_the_document() {
    let h = header(
        "Communique of the 900th meeting of the Council held on 2 March 2020, on the situation in the region and the Council's working methods for the coming year\n\nAFRICAN UNION\n\nP. O. Box 3243, Addis Ababa, Ethiopia Tel.: (251-11) 551 38 22\n\nPEACE AND SECURITY COUNCIL\n\n900TH MEETING\n\nPSC/PR/COMM.(CM)\n\nCOMMUNIQUE\n\nThe Council adopted the following decision on the situation in the region.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("PSC/PR/COMM.(CM)"));
}

#[test]
fn a_numeric_date_gives_way_to_the_same_day_written_out() {
    let h = header(
        "Ministry of Foreign Affairs\n\n10/03/2024 | Press release\n\nForeign Secretary sets out the new administration's priorities\n\nSecretaría | October 03, 2024 | Press Release\n\nThe Foreign Secretary presented the Government's foreign policy priorities to the heads of mission.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2024-10-03"));
}

#[test]
fn furniture_of_mailing_lists_and_document_sites_is_not_the_title() {
    let h = header(
        "Thursday, May 22, 2014\n\nYou are subscribed to Press Releases for the Department of State. This information has recently been updated, and is now available.\n\nPresidential Elections in Guinea-Bissau\n\nPress Statement\nMay 22, 2014\n\nThe United States congratulates the people of Guinea-Bissau on the successful completion of peaceful elections.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Presidential Elections in Guinea-Bissau"));
    let h = header(
        "  • English\n  • Français\n  • Español\n\nYou are here\n\nDirector General's Statement to the Board of Governors\n\nVienna, Austria\n\nMadam Chairperson,\n\nThis is the first regular meeting of the Board of Governors this year, and the agenda is long.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Director General's Statement to the Board of Governors")
    );
    let h = header(
        "SC/7037\n23 March 2001\n\nSECURITY COUNCIL STATES DETERMINATION\nTO INTENSIFY EFFORTS TO IMPLEMENT\nSUMMIT COMMITMENTS\n\n\nNEW YORK, 22 March -- The Security Council this morning expressed its determination to intensify its efforts.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("SECURITY COUNCIL STATES DETERMINATION TO INTENSIFY EFFORTS TO IMPLEMENT SUMMIT COMMITMENTS")
    );
}

#[test]
fn an_events_banner_and_a_wire_byline_are_not_the_title() {
    let h = header(
        "News\n\nOSCE ISTANBUL SUMMIT 1999\n\n \n\nISTANBUL SUMMIT DECLARATION\n\nIstanbul, November 1999\n\n1. We, the Heads of State or Government of the participating States, have assembled in Istanbul.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("ISTANBUL SUMMIT DECLARATION"));
    let h = header(
        "Wednesday, 24 July 2019, 2:19 pm\nPress Release: New Zealand Government\n\nMinister of Foreign Affairs to visit Fiji\n\n24 July 2019\n\nThe Foreign Minister will travel to Fiji this week to attend the Foreign Ministers' Meeting on 26 July.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Minister of Foreign Affairs to visit Fiji")
    );
}

#[test]
fn contact_lines_menu_buttons_and_meeting_lines_are_not_the_title() {
    let h = header(
        "3350 M Street, NW · Washington DC 20007 · 202/333-0606 · 202/333-0817 (fax)\n\nFebruary 25, 1998\nFor immediate release\n[Press Releases Home]\n\n\
         Ukrainian Foreign Ministry on K. Annan's Agreement with Iraq\nAdditional headlines and news follow below\n\n\
         On February 23, 1998 the Press Center of the Ministry of Foreign Affairs of Ukraine disseminated the following statement.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Ukrainian Foreign Ministry on K. Annan's Agreement with Iraq")
    );
    assert_eq!(h.meta.date.as_deref(), Some("1998-02-25"));
    let h = header(
        "FOR FURTHER DETAILS:\nMichael Mann +32 498 999 780\n-\nMaja Kocijancic +32 498 984 425\nBrussels, 20 December 2013\nStatement by the Spokesperson on the election observation mission\nThe spokesperson issued the following statement today about the mission and its work.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement by the Spokesperson on the election observation mission")
    );
    let h = header(
        "MENU\n\nSeventy-seventh Session,\n46th & 47th Meetings (AM & PM)\nGA/12478\n\nGeneral Assembly Adopts over 100 Texts of First, Sixth Committees\n\nActing on the recommendations of its First Committee, the General Assembly today adopted a total of 86 resolutions.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("General Assembly Adopts over 100 Texts of First, Sixth Committees")
    );
    // A year in a title is no telephone number.
    assert!(!super::chrome::is_chrome(
        "Agenda 2030 + 10 years of the 2015 Paris Agreement"
    ));
}

#[test]
fn a_sites_slideshow_above_a_speech_is_not_its_body() {
    let h = header(
        "MENU\n  • 1 of 4 Frequently Asked Questions on DFA Passport and Authentication Services\n  • 2 of 4 This is a drug-free workplace. Let's keep it that way.\n\n    This is a drug-free workplace. Let's keep it that way.\n\n  • 3 of 4 RA 11313\n\nHON. ALBERT F. DEL ROSARIO\n\nSecretary of Foreign Affairs\n\nLUNCHEON RECEPTION FOR THE DFA-ACCREDITED MEDIA\n\n10 February 2016 (Wednesday) – 12:00-1:30 p.m.\n\nAquarius-Capricorn Room 27/F, Diamond Hotel, Manila\n\nOPENING REMARKS\n\nA PRINCIPLED PHILIPPINE FOREIGN POLICY\n\nUNDER THE AQUINO ADMINISTRATION\n\nIntroduction\n\nDistinguished Members of the Philippine Media;\n\nIn the Year of the Fire Monkey, according to Astrology, there could be good chances of reconciliation and resolution.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2016-02-10"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("A PRINCIPLED PHILIPPINE FOREIGN POLICY UNDER THE AQUINO ADMINISTRATION")
    );
    // The meeting a statement is of continues its kind.
    let h = header(
        "CHAIRMAN'S STATEMENT\nTHE SECOND ASEAN REGIONAL FORUM\nBrunei Darulsalam, 1 August 1995\n\n\n\
         1. The Second ASEAN Regional Forum (ARF) was held on 1 August 1995 in Bandar Seri Begawan.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("CHAIRMAN'S STATEMENT THE SECOND ASEAN REGIONAL FORUM")
    );
}

#[test]
fn a_sites_section_of_releases_gives_way_to_the_headline() {
    let h = header(
        "WTO news: what’s been happening in the WTO\nWTO NEWS: 2001 PRESS RELEASES\n\nPress/228\nGeneva,18 May 2001\n\nMoore hails spirit of cooperation among ministers\n\nDirector-General Mike Moore today praised efforts by ministers meeting in various forums this week to narrow their differences.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Moore hails spirit of cooperation among ministers")
    );
    assert_eq!(h.meta.number.as_deref(), Some("Press/228"));
    assert_eq!(h.meta.date.as_deref(), Some("2001-05-18"));
}

#[test]
fn the_texts_own_kind_under_a_meetings_banner_is_the_title() {
    let h = header(
        "PRESS COMMUNIQUE M-NAC-2(94)116\nFor immediate release\n                                        1st December 1994\n\n\n     MINISTERIAL MEETING OF THE NORTH ATLANTIC COUNCIL\n           HELD AT NATO HEADQUARTERS, BRUSSELS,\n                      ON 1 DECEMBER 1994\n\n\n                   FINAL COMMUNIQUE\n\n\n     1.   We have met today in Brussels for the first time under our new Chairman.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("FINAL COMMUNIQUE"));
    assert_eq!(h.meta.number.as_deref(), Some("M-NAC-2(94)116"));
}

#[test]
fn a_meetings_venue_line_a_publisher_field_and_an_outcome_banner_are_not_the_title() {
    let h = header(
        "Final communiqué\n\nMeeting of the North Atlantic Council at the level of Foreign Ministers held at NATO Headquarters, Brussels\n\n  • 03 Dec. 2008 -\n  • Press Release (2008) 153\n\n  1. Founded on the enduring principle of the indivisibility of Allied security, NATO remains the forum.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Final communiqué"));
    let h = header(
        "Publisher: Ministry of Foreign Affairs\n\nNorway provides additional NOK 180 million in humanitarian aid\n\nNorway is increasing its humanitarian aid to Syria and its neighbours by NOK 180 million this year.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Norway provides additional NOK 180 million in humanitarian aid")
    );
    let h = header(
        "CONCLUSIONS OF THE PRESIDENCY\nEUROPEAN COUNCIL\nSTRASBOURG, 8 AND 9 DECEMBER 1989\nSN 441/2/89\nAt the beginning of its meeting, the European Council heard a statement by the President.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("CONCLUSIONS OF THE PRESIDENCY"));
    assert_eq!(h.meta.date.as_deref(), Some("1989-12-08"));
}

#[test]
fn a_press_office_section_under_the_headline_is_not_the_title() {
    let h = header(
        "Readout of President Biden's Call with Prime Minister Jonas Gahr Støre of Norway\nMARCH 03, 2022\nStatements and Releases\n\nPresident Joseph R. Biden, Jr. spoke today with Prime Minister Jonas Gahr Støre of Norway.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Readout of President Biden's Call with Prime Minister Jonas Gahr Støre of Norway")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2022-03-03"));
    let h = header("Briefing Room\n\nFact Sheet: The Quad Vaccine Partnership\n\nThe leaders met today.\n");
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Fact Sheet: The Quad Vaccine Partnership")
    );
}

#[test]
fn a_caption_of_names_under_the_headline_and_an_archives_record_fields_are_not_titles() {
    let h = header(
        "Ministry for Foreign Affairs\n\nUS Secretary of State meets with Iceland's Minister for Foreign Affairs\n\nCondoleezza Rice og Ingibjörg Sólrún Gísladóttir\n\nCondoleezza Rice, US Secretary of State, met today with the Minister at Hofdi house. This is their second formal meeting.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("US Secretary of State meets with Iceland's Minister for Foreign Affairs")
    );
    let h = header(
        "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\nRelease Date:\n19/12/1983\nRelease Type:\nMedia Release\nReleased by:\n  • Bowen, Lionel\nVISIT TO THE MIDDLE EAST AND CYPRUS\n\nThe Hon. Lionel Bowen returned over the weekend from a 15 day visit to Bahrain, Egypt, Kuwait and Cyprus.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("VISIT TO THE MIDDLE EAST AND CYPRUS"));
    assert_eq!(h.meta.date.as_deref(), Some("1983-12-19"));
}

#[test]
fn an_australian_release_code_before_its_date_numbers_it() {
    let h = header(
        "The Hon. Alexander Downer, MP\n\nMedia Release\n\nFA89 - 18 July 2003\n\nAustralia's Overseas Diplomatic Network Enhanced\n\nI am pleased to announce a number of changes to enhance Australia's overseas diplomatic network.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("FA89"));
    assert_eq!(h.meta.date.as_deref(), Some("2003-07-18"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Australia's Overseas Diplomatic Network Enhanced")
    );
}

#[test]
fn a_headline_hard_wrapped_at_odd_places_is_joined() {
    let h = header(
        "December\n10, 2015\nFinal\nCommuniqué of the 36th Session of the Gulf Cooperation Council Supreme Council\nunder chairmanship of the Custodian of the Two Holy Mosques King Salman bin\nAbdulaziz Al-Saud\nAt the\ninvitation of the Custodian of the Two Holy Mosques King Salman bin Abdulaziz\nAl-Saud, the GCC Supreme Council held in Riyadh its 36th Session December 9-10, 2015, under chairmanship of the King.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Final Communiqué of the 36th Session of the Gulf Cooperation Council Supreme Council under chairmanship of the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al-Saud"
        )
    );
    assert_eq!(h.meta.date.as_deref(), Some("2015-12-10"));
    // Stacked a word or two a line, the year alone below the day and month.
    let h = header(
        "North\nAtlantic\nCouncil\n\nOttawa\n18th-19th June,\n1974\n\nFinal Communiqué\n\nChairman: Mr. J. Luns.\n\n\
         The North Atlantic Council met in Ministerial Session in Ottawa on 18th and 19th June, 1974.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Final Communiqué"));
    assert_eq!(h.meta.date.as_deref(), Some("1974-06-18"));
}

#[test]
fn a_record_footer_with_a_subject_field_is_no_letterhead() {
    let text = "Statement by the President of the Security Council\n\n\n  At the 5058th meeting of the Security Council, held on 19 October 2004, the President of the Security Council made the following statement on behalf of the Council:\n\n  “The Security Council welcomes the report of the Secretary-General of 3 October 2004 on the implementation of resolution 1559 (2004).”\n\n  “The Security Council appreciates the Secretary-General’s intention to keep the Council updated on the matter.”\n\n  “The Security Council requests that he continue to report on the implementation of the resolution every six months.”\n\n\nDocument symbol: S/PRST/2004/36\nDocument Type: Security Council presidential statement\nSubject: Agenda Item, Electoral issues, Situation in Lebanon\nPublication Date: 19/10/2004\n";
    let lines = split_lines(text);
    let h = crate::segment::header::read_header(&lines);
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement by the President of the Security Council")
    );
    assert_eq!(h.meta.number.as_deref(), Some("S/PRST/2004/36"));
}

#[test]
fn a_un_masthead_with_a_joint_symbol_and_its_agenda_block() {
    let h = header(
        "United Nations A/ES-10/650–S/2014/607\n\nGeneral Assembly Distr.: General 21 August 2014 Security Council Original: English\n\nGeneral Assembly Security Council Tenth emergency special session Sixty-ninth year Agenda item 5 Illegal Israeli actions in Occupied East Jerusalem\n\nIdentical letters dated 20 August 2014 from the Permanent Observer addressed to the Secretary-General\n\nRegrettably, the cycle of violence has resumed and death and destruction are once again being meted out against the defenceless people.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("A/ES-10/650–S/2014/607"));
    assert_eq!(h.meta.date.as_deref(), Some("2014-08-21"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Identical letters dated 20 August 2014 from the Permanent Observer addressed to the Secretary-General")
    );
}

#[test]
fn a_capitals_headline_saying_sign_is_no_sign_in_button_and_a_photo_caption_is_chrome() {
    let h = header(
        "Skip all menus (access key: 2) Skip first menu (access key: 1)\nDFAIT Home Media Room Embassies and Consulates About Us\nPhoto illustration of people, Canadian flag, city and globe.\n\nAXWORTHY TO SIGN INTERNATIONAL TERRORISM CONVENTION DURING VISIT TO NEW YORK\n\nFebruary 9, 2000 (6:30 p.m. EST) No. 21\n\nMinister of Foreign Affairs Lloyd Axworthy today announced he will travel to New York and Washington.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("AXWORTHY TO SIGN INTERNATIONAL TERRORISM CONVENTION DURING VISIT TO NEW YORK")
    );
    assert_eq!(h.meta.number.as_deref(), Some("21"));
}

#[test]
fn a_un_press_releases_date_stamp_and_a_feeds_timestamp_date_it() {
    let h = header(
        "Press Release\nGA/9208\n\nGENERAL ASSEMBLY APPOINTS KOFI ANNAN OF GHANA AS SEVENTH SECRETARY-GENERAL\n\n19961217 Also Adopts Legal Committee Texts, Resolutions on Bosnia and Herzegovina\n\nThe General Assembly this afternoon appointed by acclamation Kofi Annan of Ghana as the seventh Secretary-General.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("GENERAL ASSEMBLY APPOINTS KOFI ANNAN OF GHANA AS SEVENTH SECRETARY-GENERAL")
    );
    assert_eq!(h.meta.date.as_deref(), Some("1996-12-17"));
    let h = header(
        "Announcements on GOV.UK\n\nUpdated: 2018-04-22T17:29:23+01:00\n\nPress release: Foreign Secretary travels to Toronto for G7 meeting\n\nForeign Secretary Boris Johnson travels to Toronto for a meeting of Foreign Ministers from G7 countries.\n",
    );
    // (The site's `Updated:` dates the text only where its body does not.)
    assert_eq!(h.meta.date, None);
    assert_eq!(h.stored_on.as_deref(), Some("2018-04-22"));
}

#[test]
fn a_pages_skip_link_and_a_meetings_banner_wrapped_before_held_at() {
    let h = header(
        ". Statement on the fourth meeting of the IHR Emergency Committee regarding COVID-19 - IOPAC Press \"Enter\" to skip to content\n\nThe fourth meeting of the Emergency Committee convened by the WHO Director-General took place on 31 July 2020.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement on the fourth meeting of the IHR Emergency Committee regarding COVID-19")
    );
    let h = header(
        "From the event\n\n\n7 Dec. 2007\n\nFinal communiqué\n\nMinisterial meeting of the North Atlantic Council\nheld at NATO headquarters, Brussels\n\n  1. As NATO approaches its 60th anniversary in 2009, the Alliance is resolved to meet the security challenges.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Final communiqué"));
}

#[test]
fn a_release_heading_with_its_serial_and_date_on_one_line() {
    let h = header(
        "No: 47, 22 March 2024, Regarding the Terrorist Attack in Moscow\n\nRepublic Of Türkiye Ministry Of Foreign Affairs 22.03.2024\n\nIt is with great sadness that we learned of the many deaths and injuries resulting from the attack.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("47"));
    assert_eq!(h.meta.date.as_deref(), Some("2024-03-22"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Regarding the Terrorist Attack in Moscow")
    );
    // A numbered paragraph's opening is no release heading.
    assert!(fields::numbered_headline("No. 4, 2 May 2024").is_none());
    assert!(fields::numbered_headline("No. 4, The Council agreed").is_none());
    // Iceland's ministry ends the date with a colon as well as a full stop.
    assert_eq!(
        fields::numbered_headline(
            "Nr. 015, 10. mars 1998: Utanríkisráðherra lýsir áhyggjum vegna ástandsins í Kosovo."
        ),
        Some((
            "015".to_string(),
            Some("1998-03-10".to_string()),
            "Utanríkisráðherra lýsir áhyggjum vegna ástandsins í Kosovo".to_string()
        ))
    );
    let h = header(
        "No:438/23, Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan\n\nAs indicated in the press release issued by the Ministry of Defence, the provocation was prevented.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("438/23"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan")
    );
    let h = header(
        "Menu\n\n68-2009. ATENTADO EN BAGDAD\n\nOctober 25, 2009\n\nMadrid, 25  de octubre de 2009\n\nLa Dirección General de Comunicación Exterior del Ministerio hace público el siguiente comunicado:\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("68-2009"));
    assert_eq!(h.meta.title.as_deref(), Some("ATENTADO EN BAGDAD"));
    assert_eq!(h.meta.date.as_deref(), Some("2009-10-25"));
    // A sentence with a year range is no heading.
    assert!(fields::numbered_headline("2008-2009. The Union grew.").is_none());
}

#[test]
fn a_sharing_sites_record_and_its_guessed_title_are_not_the_title() {
    let h = header(
        "Eu Strategy for the Baltic Sea Region 9\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n\n12353/09 (Presse 228)\n2957th Council meeting\nGeneral Affairs\nBrussels, 27 July 2009\n\nThe Council invited the Commission to give an opinion on an application by Iceland for membership.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("2957th Council meeting"));
    assert_eq!(h.meta.number.as_deref(), Some("12353/09"));
    let h = header(
        "Historical archive\n\nNorway provides additional NOK 180 million in humanitarian aid\n\nHistorical archive\n\nPublished under: Solberg's Government\n\nNorway is making an additional contribution to support refugees.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Norway provides additional NOK 180 million in humanitarian aid")
    );
    // A search result's day and snippet, and the file's size and counts.
    let h = header(
        "P R E S S EN Remarks by HR Catherine Ashton upon arrival to FAC\n\n\
         Jan 23, 2012 - done to achieve a peaceful transition in that country. Tomorrow I will go to the Middle East and ...\n\
         85KB taille 1 téléchargements 264 vues\nEUROPEAN UNION\n\nBrussels, 23 January 2012 A 18/12\n\n\
         Remarks by HR Catherine Ashton upon arrival to FAC, Brussels, 23 January 2012 Today we have a very busy Foreign Affairs Council as always, and the subject will be Iran.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Remarks by HR Catherine Ashton upon arrival to FAC")
    );
    assert_eq!(h.meta.number.as_deref(), Some("A 18/12"));
    assert_eq!(h.meta.date.as_deref(), Some("2012-01-23"));
}

#[test]
fn a_news_sites_date_field_in_a_bar_of_fields_dates_the_article() {
    let h = header(
        " date 2021-05-17   • Tue. May 18th, 2021\nSecretary Blinken’s Call with French Foreign Minister Le Drian\n\nSecretary of State Antony J. Blinken spoke with French Foreign Minister Jean-Yves Le Drian to discuss their shared concern.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2021-05-17"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Secretary Blinken’s Call with French Foreign Minister Le Drian")
    );
}

#[test]
fn a_un_letters_capitals_title_double_spaced_with_a_sub_paragraph_in_brackets() {
    let h = header(
        "United\nNations\n\nDistr.\nGENERAL\n\nS/1998/1127\n30 November 1998\n\nORIGINAL: ENGLISH\n\n\n\
         LETTER DATED 30 NOVEMBER 1998 FROM THE EXECUTIVE CHAIRMAN OF THE\n\nSPECIAL COMMISSION ESTABLISHED BY THE SECRETARY-GENERAL PURSUANT\n\n\
         TO PARAGRAPH 9 (b) (i) OF SECURITY COUNCIL RESOLUTION 687 (1991)\n\nADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL\n\n\
         I have the honour to forward to you a copy of the letters that I addressed to the Deputy Prime Minister of Iraq.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "LETTER DATED 30 NOVEMBER 1998 FROM THE EXECUTIVE CHAIRMAN OF THE SPECIAL COMMISSION ESTABLISHED BY THE SECRETARY-GENERAL PURSUANT TO PARAGRAPH 9 (b) (i) OF SECURITY COUNCIL RESOLUTION 687 (1991) ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL"
        )
    );
    assert_eq!(h.meta.number.as_deref(), Some("S/1998/1127"));
}

#[test]
fn a_un_mastheads_session_line_social_links_and_an_advisorys_fields_are_not_the_title() {
    let h = header(
        "Question of Palestine home || Permalink || About UNISPAL || Search\n\nFollow UNISPAL Twitter RSS\n\nGeneral Assembly\nSecurity Council\n\n19 April 1996\n\n\
         Fifty-first session Fifty-first year\nItems 33, 35, 53 and 56 of the\npreliminary list*\n\n\
         Letter dated 3 April 1996 from the Permanent Representative of\nOman to the United Nations addressed to the Secretary-General\n\n\
         I have the honour to transmit herewith the press communiqué issued by the Ministerial Council.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Letter dated 3 April 1996 from the Permanent Representative of Oman to the United Nations addressed to the Secretary-General"
        )
    );
    let h = header(
        "OCHA media advisory: Humanitarian Chief Mark Lowcock to launch Global Humanitarian Appeal 2018\n\n\
         WHO: Mark Lowcock, Under-Secretary-General for Humanitarian Affairs\n\nWHAT: Launch of the Global Humanitarian Overview 2018\n\n\
         WHEN: Friday 1 December 2017: Press conference 9.30 a.m. CET in the Palais des Nations\n\nWHERE: Geneva, Switzerland\n\n\
         The Global Humanitarian Overview is the culmination of a global effort to assess needs and decide collective response strategies.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("OCHA media advisory: Humanitarian Chief Mark Lowcock to launch Global Humanitarian Appeal 2018")
    );
}

#[test]
fn a_sharing_sites_preview_above_the_transcript_is_not_the_document() {
    let h = header(
        "Policy High Representative for Foreign Affairs and Security … · 2020. 7. 13. · Rue de la...\n\n45\n\
         PRESS Rue de la Loi 175 9459/20 ADD 1 1 EN Council of the European Union OUTCOME OF THE COUNCIL MEETING 3765th Council meeting\n\n\
         Transcript of Policy High Representative for Foreign Affairs and Security … · 2020. 7. 13. · Rue de la...\n\n\
         9459/20 ADD 1 1\n\nEN\n\nCouncil of the European Union\n\n9459/20 ADD 1\n\n(OR. en)\n\nPRESSE 20 PR CO 20\n\n\
         OUTCOME OF THE COUNCIL MEETING\n\n3765th Council meeting\n\nForeign Affairs\n\nBrussels, 13 July 2020\n\n\
         The Council adopted by written procedure the following items, as set out in the list below.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("3765th Council meeting"));
    assert_eq!(h.meta.number.as_deref(), Some("9459/20 ADD 1"));
    assert_eq!(h.meta.date.as_deref(), Some("2020-07-13"));
    // A snippet over the page count, and a symbol opening a flattened page.
    let h = header(
        "communique the peace and security council ...\n\n4\n\
         PSC/PR/COMM.(CDLXXXVIII) Page 1 COMMUNIQUÉ The Peace and Security Council of the African Union (AU), at its 488th meeting held on 23 February 2015, adopted the following decision.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("PSC/PR/COMM.(CDLXXXVIII)"));
}

#[test]
fn a_title_carried_on_by_its_meetings_place_a_wrapped_field_title_and_a_footnote_mark() {
    let h = header(
        "CM(2008)47 final 7 May 2008\n\n118th Session of the Committee of Ministers\n(Strasbourg, 7 May 2008) –\nCommuniqué\n\n\
         The Committee of Ministers of the Council of Europe meeting for their 118th Session reviewed the Council's contribution.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("118th Session of the Committee of Ministers (Strasbourg, 7 May 2008) – Communiqué")
    );
    let h = header(
        "A/RES/50/72\n\n            50/72.      Review of the implementation of the\n                        recommendations and decisions adopted\n\
                                 by the General Assembly at its tenth\n                        special session\n\n\
         The General Assembly, Having considered the report of the Conference on Disarmament, decides as follows.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Review of the implementation of the recommendations and decisions adopted by the General Assembly at its tenth special session"
        )
    );
    let h = header(
        "Japan-Denmark Foreign Ministers’ Meeting and Working Lunch1\n\nOn March 1, the Foreign Minister held a meeting with the Minister for Foreign Affairs of Denmark.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Japan-Denmark Foreign Ministers’ Meeting and Working Lunch")
    );
}

#[test]
fn a_dates_place_and_weekday_say_whose_date_it_is() {
    // An event's name before the place is a headline; the dateline above dates the text.
    let h = header(
        "Brussels, 8 November 2002\n\nEU-Russia Summit Brussels, 11 November 2002\n\n\
         The 10th EU-Russia Summit will take place in Brussels on 11 November 2002, with the President of the Russian Federation.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("EU-Russia Summit Brussels, 11 November 2002")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2002-11-08"));
    // A weekday and date run on with no mark is a record's line joined on.
    let h = header(
        "STATEMENT BY THE PRIME MINISTER THE GULF THURSDAY, 17 JANUARY 1991\n\nLadies and gentlemen, fellow Australians, you will recall that on 4 December last I told Parliament.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("STATEMENT BY THE PRIME MINISTER THE GULF")
    );
    assert_eq!(h.meta.date.as_deref(), Some("1991-01-17"));
}

#[test]
fn an_archives_record_of_the_release_numbers_it() {
    let h = header(
        "EUROPA - Rapid - Press Releases Page 1 of 15\n\n1922ND COUNCIL MEETING - GENERAL AFFAIRS - BRUSSELS, 13 MAY 1996\n\n\
         Documentation Reference: PRES/96/130 Date: 13/05/1996\n\nThe Governments of the Member States and the European Commission were represented as follows.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("PRES/96/130"));
    assert_eq!(h.meta.date.as_deref(), Some("1996-05-13"));
    let h = header(
        "SENATOR EVANS TO VISIT EUROPE AND USA\n\nOriginal Department of Foreign Affairs and Trade link: M30\n\n5 April 1995\n\n\
         The Minister for Foreign Affairs, Senator Gareth Evans leaves Australia tomorrow for official visits to Norway.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("M30"));
    let h = header(
        "PRESS RELEASE\nCouncil of Europe Press Division\nRef: 292a06\n\n116th Session of the Committee of Ministers\n\n\
         The main theme of the 116th Session of the Committee of Ministers was the follow-up to the Third Summit.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("292a06"));
    let h = header(
        "DN: IP/96/1176     Date: 1996-12-18\n\nWord Processed:\n\n\
         The European Union and Canada have reached a comprehensive new understanding that will set relations on a sure footing.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("IP/96/1176"));
    assert_eq!(h.meta.date.as_deref(), Some("1996-12-18"));
}

#[test]
fn an_empty_widgets_bullets_are_chrome_not_the_body() {
    let h = header(
        "Consular Services\n\nNews :\n  • There is no data available\n  • There is no data available\nHomepage > The Minister > News\n\n\
         Foreign Minister receives Chairs of committees on affairs related to foreign policy action at the House of Representatives\n\n\n\
         Foreign Minister Sameh Shoukry received on Thursday, December 22, 2016, the Chairman of the Foreign Affairs Committee.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Foreign Minister receives Chairs of committees on affairs related to foreign policy action at the House of Representatives"
        )
    );
}

#[test]
fn a_capitals_heading_run_into_its_dateline_and_kind_is_the_heading() {
    let h = header(
        "COUNCIL OF THE EUROPEAN UNION EN\n\nBrussels, 16 September 2008 13121/08 (Presse 260)\n\n\
         TENTH AFRICA - EU MINISTERIAL TROIKA MEETING Brussels, 16 September 2008 Communiqué\n\n\
         In the framework of the Africa-EU dialogue, the 10th Ministerial Meeting of the African and EU Troikas took place in Brussels.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("TENTH AFRICA - EU MINISTERIAL TROIKA MEETING")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2008-09-16"));
    // A title in mixed case keeps what follows its comma.
    assert_eq!(
        without_glued_dateline("Meeting of Ministers Brussels, 16 September 2008 Communiqué"),
        None
    );
}

#[test]
fn code_lines_archive_banners_term_notes_and_a_meetings_banner_around_a_title() {
    let h = header(
        "Council of the\nEuropean Union\n\nBrussels, 11 October 2023\n(OR. en)\n13217/23\nCRS CRP 31\n\nSUMMARY RECORD\nPERMANENT REPRESENTATIVES COMMITTEE\n\n\
         The Committee adopted the agenda as set out in the document before it.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("SUMMARY RECORD PERMANENT REPRESENTATIVES COMMITTEE")
    );
    let h = header(
        "This site has been archived on 28 of April 2017\n28/04/2017\n\nStatement of the EU Heads of State or Government\n\n08/03/2016\nBrussels\n\n\
         Following their meeting with the Prime Minister, the Heads of State or Government addressed the migration situation.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2016-03-08"));
    let h = header(
        "Ministers on this page who have left the Government\n\nBetween 3 October 2014 and 30 November 2021 he was Prime Minister.\n\n\
         Joint statement by Prime Minister Stefan Löfven and Prime Minister Narendra Modi\n\n\
         1. Prime Minister Narendra Modi and Prime Minister Stefan Löfven met in Mumbai on 13 February.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Joint statement by Prime Minister Stefan Löfven and Prime Minister Narendra Modi")
    );
    let h = header(
        "OSCE Special Permanent Council No.1458 Vienna, 26 January 2024\n\nEU Statement on the Russian Federation’s ongoing aggression against Ukraine\n\n\
         1. Madame Chair, the European Union thanks you for convening this Special meeting of the Permanent Council.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2024-01-26"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("EU Statement on the Russian Federation’s ongoing aggression against Ukraine")
    );
    // A year glued to the number after it, and a time with a dot after a date in figures.
    let h = header(
        "Brussels, 15 November 199912642/99 (Presse 344)\n\n2217th Council meeting\n\nThe Council held an exchange of views on the European security and defence policy.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("12642/99"));
    assert_eq!(h.meta.date.as_deref(), Some("1999-11-15"));
    assert_eq!(
        crate::dates::parse_dateline("8.6.2012 11.10")
            .and_then(|(_, d)| d)
            .as_deref(),
        Some("2012-06-08")
    );
}

#[test]
fn a_council_meeting_line_a_blogs_archive_heading_and_a_bracketed_date() {
    let h = header(
        "15238/07 (Presse 261)\n\n2830th Council meeting General Affairs and External Relations Brussels, 19 November 2007\n\n\
         The Council adopted conclusions on Burma/Myanmar and discussed the situation in Kosovo.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("2830th Council meeting"));
    assert_eq!(h.meta.date.as_deref(), Some("2007-11-19"));
    let h = header(
        "Category Archives: Statements from the UN Security Council\n\n\
         Security Council Press Statement on Terrorist Attack in the Philippines – 4 September 2016\n\n\
         The members of the Security Council condemned in the strongest terms the heinous and cowardly terrorist attack.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2016-09-04"));
    assert!(
        h.meta
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Security Council Press Statement"))
    );
    let h = header(
        "JapanGov Weekly\n\n[Ministry of Foreign Affairs of Japan] [Tuesday, Oct 6, 2015]\n\nJapan-Sri Lanka Summit Meeting\n\n\
         On October 6, commencing at 6:00 p.m., the Prime Minister of Japan held a summit meeting with the Prime Minister of Sri Lanka.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2015-10-06"));
    assert_eq!(h.meta.title.as_deref(), Some("Japan-Sri Lanka Summit Meeting"));
}

#[test]
fn a_cookie_notice_a_dotted_day_and_a_japanese_record_field() {
    // A cookie notice is a sentence, but never the body.
    let h = header(
        "Questo sito utilizza cookie tecnici, analytics e di terze parti.\nProseguendo nella navigazione accetti l'utilizzo dei cookie.\n\nPreferenze cookies\n\nMinistro Mogherini convoca riunione\n\nLa Farnesina al servizio della crescita dell’Italia nel mondo. Questo il tema della riunione convocata dal ministro, cui hanno partecipato i consiglieri diplomatici.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Ministro Mogherini convoca riunione"));
    // `5. December 1996` is the dateline, not paragraph 5.
    let h = header(
        "You are here\n\nAddress by Foreign Minister Toomas Hendrik Ilves to the Riigikogu\n\n5. December 1996 - 10:01\n\nHonourable Mr. Speaker, respected members of parliament, I am very pleased to stand before you again today to open the debate.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("1996-12-05"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Address by Foreign Minister Toomas Hendrik Ilves to the Riigikogu")
    );
    let h = header("[文書名] 日本とインドの共同新聞発表\n1. インド共和国外務大臣閣下は,日本を親善訪問した。\n");
    assert_eq!(h.meta.title.as_deref(), Some("日本とインドの共同新聞発表"));
}

#[test]
fn a_sites_tagline_a_release_bar_and_a_wrapped_adoption_date() {
    let h = header(
        "Search engine for the United Nations Security Council Resolutions\n\nS/RES/953 (1994)* 31 October 1994\nRESOLUTION 953 (1994)\nAdopted by the Security Council at its 3446th meeting,\n\non 31 October 1994\nThe Security Council,\n\nRecalling its resolution 733 (1992) of 23 January 1992 and all other relevant resolutions, and the report of the Secretary-General,\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("S/RES/953 (1994)"));
    assert_eq!(h.meta.title.as_deref(), Some("RESOLUTION 953 (1994)"));
    let h = header(
        "SC/7430\nSECURITY COUNCIL EXTENDS MANDATE OF MISSION UNTIL 30 JUNE\n21/06/2002\nPress Release SC/7430 |\nSecurity Council\n4558th Meeting (PM)\nThe Security Council this afternoon extended the mandate for the United Nations Mission in Bosnia and Herzegovina until 30 June.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("SECURITY COUNCIL EXTENDS MANDATE OF MISSION UNTIL 30 JUNE")
    );
    let h = header(
        "COUNCIL OF EUROPE\n\nCOMMITTEE OF MINISTERS\n\nDECLARATION ON TRANSFRONTIER CO-OPERATION IN EUROPE\n\n(adopted by the Committee of Ministers on 6 October 1989,\nat the 429th meeting of the Ministers' Deputies)\n\nThe Committee of Ministers of the Council of Europe, recalling its constant and repeated efforts over many years,\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("1989-10-06"));
}

#[test]
fn a_letterheads_postal_address_is_not_paragraph_p() {
    let h = header(
        "P. O. Box 3243, Addis Ababa, Ethiopia Tel.: (251-11) 551 38 22 Fax: (251-11) 519321\n14 JANUARY 2016\nThe Peace and Security Council of the African Union (AU), at its 567th meeting held on 14 January 2015, adopted the following decision:\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2016-01-14"));
}

#[test]
fn a_footnotes_symbol_does_not_number_the_text() {
    let h = header(
        "GENERAL ASSEMBLY SECURITY COUNCIL\nForty-fifth session Forty-fifth year\nItem 35 of the preliminary list*\nTHE SITUATION IN THE MIDDLE EAST\nLetter dated 6 June 1990 from the Permanent Representative of\nIraq to the United Nations addressed to the Secretary-General\nOn instructions from my Government, I have the honour to transmit to you herewith the text of the Final Statement.\n*A/45/50.\n",
    );
    assert_eq!(h.meta.number, None);
    // (Set off by spaces, under the masthead.)
    let h = header(
        "United Nations\n\nGeneral Assembly\nSecurity Council\n\nDistr. GENERAL\n\n22 June 1995\n\nFiftieth session Fiftieth year\n  Items 23, 24 and 149 of the\n  preliminary list*\n  THE 1990s\n\n  *  A/50/50/Rev.1.\n95-18768 (E)   260695/...\n\n          Letter dated 19 June 1995 from the Permanent Representative of\n          Canada to the United Nations addressed to the Secretary-General\n\n  I have the honour to transmit herewith the final documents of the G-7 Summit.\n",
    );
    assert_eq!(h.meta.number, None);
    assert_eq!(h.meta.date.as_deref(), Some("1995-06-22"));
}

#[test]
fn a_ministrys_code_before_the_headline_is_not_the_titles() {
    let h = header(
        "PRM / Udtalelse fra de nordiske udenrigsministre om Iran\n\n31. oktober 2018 19:14 | Af: Ritzau Info\n\nDe nordiske udenrigsministre har i dag udsendt følgende fælles udtalelse om Iran, som gengives her i sin helhed.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Udtalelse fra de nordiske udenrigsministre om Iran")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2018-10-31"));
}

#[test]
fn a_un_mastheads_rows_with_bars_session_and_agenda_item() {
    let h = header(
        "United Nations |\nA/RES/42/193 |\nGeneral Assembly |\nDistr: General 11 December 1987 Original: English |\nForty-second session Agenda item 82 Resolution adopted by the General Assembly |\nThe General Assembly,\nRecalling its resolutions 3201 (S-VI) and 3202 (S-VI) of 1 May 1974, containing the Declaration and the Programme of Action,\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("A/RES/42/193"));
    assert_eq!(h.meta.date.as_deref(), Some("1987-12-11"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Resolution adopted by the General Assembly")
    );
}

#[test]
fn a_meeting_line_in_french_under_the_kind_in_french() {
    let h = header(
        "CONSEIL DE\nL'UNION EUROPÉENNE\n\n14763/1/12 REV 1\n\n(OR. en)\n\nPRESSE 419\n\nCOMMUNIQUÉ DE PRESSE\n\n3191e session du Conseil\n\nAffaires étrangères\n\nLuxembourg, le 15 octobre 2012\n\nLe Conseil, réaffirmant que l'UE se tient aux côtés du peuple syrien, a souligné qu'il était profondément préoccupé.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("3191e session du Conseil"));
    assert_eq!(h.meta.date.as_deref(), Some("2012-10-15"));
}

#[test]
fn a_resolutions_own_heading_outranks_a_sites_topic_line() {
    let h = header(
        "Resolution 2223\n\nReports of the Secretary-General on the Sudan and South Sudan\n\nS/RES/2223 (2015)\nSecurity Council Distr.: General 28 May 2015\nResolution 2223 (2015)\nAdopted by the Security Council at its 7451st meeting, on 28 May 2015\nThe Security Council, Recalling its previous resolutions 1996 (2011), 2046 (2012) and 2057 (2012), and its statements,\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Resolution 2223 (2015)"));
    assert_eq!(h.meta.number.as_deref(), Some("S/RES/2223 (2015)"));
}

#[test]
fn an_archived_sites_banner_is_not_the_title() {
    let h = header(
        "This is historical material “frozen in time”. The website is no longer updated and links to external websites and some internal pages may not work.\n\nSearch form\n\nThe White House\nOffice of the Press Secretary\nFor Immediate Release\n\nReadout of the President’s Call with Prime Minister Cameron of the United Kingdom\n\nPresident Obama spoke today with Prime Minister Cameron of the United Kingdom. The two discussed the shoot-down.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Readout of the President’s Call with Prime Minister Cameron of the United Kingdom")
    );
}

#[test]
fn a_summary_lines_date_and_place_around_the_headline() {
    let h = header(
        "Summary: July 4, 2005: Javier SOLANA, EU High Representative for the CFSP, welcomes overall peaceful conduct of elections in Albania (Brussels)\nJavier SOLANA, European Union High Representative for the Common Foreign and Security Policy (CFSP), made the following statement today on the conduct of general elections in Albania:\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Javier SOLANA, EU High Representative for the CFSP, welcomes overall peaceful conduct of elections in Albania"
        )
    );
    assert_eq!(h.meta.date.as_deref(), Some("2005-07-04"));
}

#[test]
fn a_sites_menu_and_notice_above_the_headline_are_not_the_title() {
    let h = header(
        "• Login\n  • / CARICOM Song /\n  • Webmail /\n\nCommuniqué Issued At The Conclusion of The Thirty-fourth Regular Meeting of The Conference of Heads of Government\n\nPosted in: Communiques by admin | 08 July 2013 | Release Ref #: 148/2013 | 3065\n\n    The Thirty-Fourth Regular Meeting of the Conference of Heads of Government of the Caribbean Community was held in Port of Spain.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Communiqué Issued At The Conclusion of The Thirty-fourth Regular Meeting of The Conference of Heads of Government"
        )
    );
    assert_eq!(h.meta.number.as_deref(), Some("148/2013"));
    let h = header(
        "Government officials will NEVER ask you to transfer money or disclose bank log-in details over a phone call. Call the ScamShield Helpline if you are unsure.\n\nMinister for Foreign Affairs Dr Vivian Balakrishnan's Telephone Call with PRC State Councilor Wang Yi, 18 March 2020\n\n18 March 2020\n\nMinister for Foreign Affairs Dr Vivian Balakrishnan spoke with PRC State Councilor Wang Yi on 18 March 2020 via telephone.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Minister for Foreign Affairs Dr Vivian Balakrishnan's Telephone Call with PRC State Councilor Wang Yi, 18 March 2020"
        )
    );
    assert_eq!(h.meta.date.as_deref(), Some("2020-03-18"));
}

#[test]
fn a_headline_wrapped_over_a_blank_line_and_a_stores_date_field() {
    let h = header(
        "Wellington, New Zealand\n\n6 November 2014\n\nFor Immediate Release\n\nDeclaration by the High Representative on behalf of\n\nthe EU on \"elections\" in eastern Ukraine\n\nThe EU considers the holding of \"presidential and parliamentary elections\" in Donetsk and Luhansk as illegal and will not recognise them.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Declaration by the High Representative on behalf of the EU on \"elections\" in eastern Ukraine")
    );
    let h = header(
        "date 2023-10 Le Maroc exprime sa profonde préoccupation suite au déclenchement des actions militaires\n\n09/10/2023\n\nLe Royaume du Maroc exprime sa profonde préoccupation suite à la détérioration de la situation dans la bande de Gaza.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Le Maroc exprime sa profonde préoccupation suite au déclenchement des actions militaires")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2023-10-09"));
    let h = header(
        "Themes\n\nLithuania's Foreign Minister Gabrielius Landsbergis meets with NATO's Secretary General\n\nCreated: 2021.04.13 / Updated: 2021.04.13 18:30\n\nOn 13 April, the Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis had a telephone conversation with the Secretary General.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2021-04-13"));
}

#[test]
fn un_letters_and_resolutions_by_their_own_headings_and_symbols() {
    let h = header(
        "Iraq: Letter from Malaysia to the UN President of the Security Council (S/2003/283)\n\nLetter dated 7 March 2003 from the Chargé d'affaires a.i. of the Permanent Mission of Malaysia to the United Nations addressed to the President of the Security Council\n\nI have the honour to write to you in my capacity as Chairman of the Coordinating Bureau of the Non-Aligned Movement.\n",
    );
    assert!(
        h.meta
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Letter dated 7 March 2003"))
    );
    assert_eq!(h.meta.number.as_deref(), Some("S/2003/283"));
    assert_eq!(h.meta.date.as_deref(), Some("2003-03-07"));
    let h = header(
        "United Nations Security Council Resolution 2208 – Libya\nResolution 2208 (2015)\nThe Security Council,\nRecalling its resolution 1970 (2011) and all its subsequent resolutions on Libya,\nActing under Chapter VII of the Charter of the United Nations, decides to extend the authorizations until 31 March 2015 and to remain seized of the matter.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Resolution 2208 (2015)"));
    assert_eq!(h.meta.number.as_deref(), Some("2208 (2015)"));
    let h = header(
        "Resolution adopted by the Human Rights Council on 23 March 2021\n\n4 6 / 9. Mandate of Special Rapporteur in the field of cultural rights\n\nThe Human Rights Council,\n\nGuided by the purposes and principles of the Charter of the United Nations,\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Mandate of Special Rapporteur in the field of cultural rights")
    );
    let h = header(
        "FINAL COMMUNIQUÉ OF THE ELEVENTH SESSION OF THE ISLAMIC SUMMIT CONFERENCE\n\nDAKAR — REPUBLIC OF SENEGAL\n\n(13-14 MARCH 2008)\n\nOIC/SUMMIT-11/2008/FC/Final\n\n1. In response to the kind invitation of H.E. Maitre Abdoulaye WADE, the Summit met in Dakar.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("OIC/SUMMIT-11/2008/FC/Final"));
}

#[test]
fn a_letterhead_and_a_release_number_in_other_languages_are_not_the_title() {
    let h = header(
        "DEN EUROPÆISKE UNION\n\nDA\n\nBruxelles, den 7. juni 2012\n\n11040/1/12 REV 1\n\nPRESSE 247\n\nErklæring fra den højtstående repræsentant, Catherine Ashton, på Den Europæiske Unions vegne om situationen i det østlige Congo\n\n\"EU er stærkt bekymret over den seneste udvikling i Kivuregionerne og forværringen af sikkerhedssituationen.\"\n",
    );
    assert!(
        h.meta
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Erklæring fra den højtstående"))
    );
    let h = header(
        "COMUNICADO 299\n\nAtaque contra la Embajada de Rusia en Siria\n\nEl Gobierno de España condena el ataque perpetrado ayer contra la Embajada de la Federación de Rusia en Damasco.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Ataque contra la Embajada de Rusia en Siria")
    );
    // (The serial is named with the release's kind printed right before it.)
    assert_eq!(h.meta.number.as_deref(), Some("COMUNICADO 299"));
}

#[test]
fn a_span_of_days_in_the_title_is_the_events_and_the_date_line_dates_the_text() {
    let h = header(
        "Press Statement: Working Visit by the Minister for Foreign Affairs to Washington DC and New York, 4 to 8 June 2017\n\n03 June 2017\n\nThe Minister for Foreign Affairs will make a working visit to Washington DC and New York from 4 to 8 June 2017.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2017-06-03"));
    // A single date ending the title still names the text's day.
    let h = header(
        "Statement by the Spokesperson on the elections in Albania (Paris - May 22, 2017)\n\nPublished 23 May 2017\n\nFrance welcomes the holding of the elections and calls on all parties to respect the results.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2017-05-22"));
}

#[test]
fn a_flattened_pages_heading_and_its_date_are_read_off_its_one_line() {
    let h = header(&format!(
        "Communiqué Meeting of Finance Ministers and Central Bank Governors, United Kingdom, 14 March 2009 We, the G20 Finance Ministers and Central Bank Governors, met today to prepare for the Leaders’ London Summit. {}\n",
        "We have taken decisive action to restore growth and support lending. ".repeat(4)
    ));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Communiqué Meeting of Finance Ministers and Central Bank Governors")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2009-03-14"));
}

#[test]
fn a_short_name_above_a_headline_is_the_sites() {
    let h = header(
        "European Law Monitor\n\nMake your voice heard!\n\nDarfur conflict: Commission provides a further €17 million in humanitarian aid\n\nThe European Commission has allocated a further €17 million for life-saving humanitarian assistance to the victims of the Darfur crisis.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Darfur conflict: Commission provides a further €17 million in humanitarian aid")
    );
}

#[test]
fn an_issuer_a_site_adds_in_brackets_is_not_the_titles() {
    let h = header(
        "Joint statement by President Van Rompuy and President Barroso on the Presidential elections in Ukraine (European Commission)\n\nWe congratulate the people of Ukraine on the presidential elections held yesterday, which were largely in line with international commitments.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Joint statement by President Van Rompuy and President Barroso on the Presidential elections in Ukraine")
    );
    // A body the title is about, in brackets, stays (`… Ambassadors (Secretariat)` is short).
    let h = header(
        "Report on the Conference on Disarmament (CD)\n\nThe Conference met in Geneva and agreed on its agenda for the year.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Report on the Conference on Disarmament (CD)")
    );
}

#[test]
fn a_letters_heading_wrapped_after_of_and_under_its_original_language() {
    let h = header(
        "28 March 1979\n\nLetter dated 28 March 1979 from the Permanent Representative of\n\nJordan to the United Nations addressed to the Secretary-General\n\nI have the honour, upon instructions from my Government, to enclose the communique issued today.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Letter dated 28 March 1979 from the Permanent Representative of Jordan to the United Nations addressed to the Secretary-General"
        )
    );
    let h = header(
        "Security Council\nDistr. GENERAL\nS/1996/796 26 September 1996 ENGLISH\nORIGINAL: ARABIC\nLETTER DATED 24 SEPTEMBER 1996 FROM THE PERMANENT OBSERVER FOR THE LEAGUE OF ARAB STATES ADDRESSED TO THE SECRETARY-GENERAL\n\nI have the honour to transmit to you herewith the texts of two statements adopted by the Council of the League.\n",
    );
    assert!(
        h.meta.title.as_deref().is_some_and(|t| t.starts_with("LETTER DATED")),
        "{:?}",
        h.meta.title
    );
}

#[test]
fn a_wire_items_bracketed_note_under_its_headline_is_not_the_title() {
    let h = header(
        "06 June 2002\nBush, Putin Agree to Continue Efforts with India and Pakistan\n(White House statement on Bush phone call to Russian President) (200)\nIn a phone call between President Bush and Russian President Vladimir\nPutin June 6, the two presidents agreed \"to continue mutual efforts to\nde-escalate tensions between India and Pakistan,\" and they discussed\nnon-proliferation cooperation.\n(begin text)\nThe White House\nOffice of the Press Secretary\nJune 6, 2002\nSTATEMENT BY THE PRESS SECRETARY\nPresident Bush spoke with Russian President Putin today in a phone\ncall that lasted twenty minutes.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Bush, Putin Agree to Continue Efforts with India and Pakistan")
    );
}

#[test]
fn the_texts_own_heading_that_goes_on_from_the_sites_title_is_the_title() {
    let h = header(
        "News\n\n The Closing Statement of the Twenty Fourth Session\n\nUnofficial translation of\n The Closing Statement of\n the Twenty Fourth Session of the GCC Supreme Council\n Kuwait City - State Of Kuwait\n 23 Shawwal 1424 AH / 22 December 2003 AD\n\n The Supreme Council of the Cooperation Council for the Arab States of the Gulf (GCC), based on the sublime principles of the GCC Charter, held its session.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("The Closing Statement of the Twenty Fourth Session of the GCC Supreme Council")
    );
    // A speaker's name after the title is no fuller heading.
    assert!(!run::goes_on_from(
        "Statement from the Danish Minister for Foreign Affairs Kristian Jensen:",
        "Statement from the Danish Minister for Foreign Affairs"
    ));
}

#[test]
fn a_resolutions_kind_over_its_heading_is_not_the_title() {
    let h = header(
        "OEA/Ser.P\nAG/RES. 1769 (XXXI-O/01)\n5 junho 2001\nOriginal: espanhol\n\n\nRESOLUÇÃO\n\nMODIFICAÇÕES AO ESTATUTO DO CONSELHO PERMANENTE\n\n(Aprovada na terceira sessão plenária, realizada em 5 de junho de 2001\ne sujeita a revisão da Comissão de Estilo)\n\nA ASSEMBLÉIA GERAL,\n\nTENDO VISTO o relatório do Conselho Permanente sobre modificações ao Estatuto do Conselho Permanente,\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("MODIFICAÇÕES AO ESTATUTO DO CONSELHO PERMANENTE")
    );
}

#[test]
fn a_photo_credit_and_a_site_update_stamp_are_no_titles_and_nato_numbers_are_read() {
    let h = header(
        "Afghanistan + 5 more\n\nThe Commission acquires an immediate response capability for dealing with humanitarian emergencies\n\nNews and Press Release\nOriginally published\nBrussels, 6 June 2001\n\nThe European Commission has adopted a new decision-making procedure covering primary emergency aid.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("The Commission acquires an immediate response capability for dealing with humanitarian emergencies")
    );
    let h = header(
        "(Stock Image)\n\nStatement by Ministry of Foreign Affairs re: Assistance to nationals stranded abroad\n\nAt last week's Special Emergency Meeting of CARICOM Heads of Government, the Prime Minister made a wise statement about the pandemic.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement by Ministry of Foreign Affairs re: Assistance to nationals stranded abroad")
    );
    let h = header(
        "Updated: 18 June 1999 NATO Press Releases\n\n(1999) 097\n\n18 June 1999\n\nThe Situation In and Around Kosovo\n\n  1. In Kosovo the will of the international community has prevailed by achieving the withdrawal of forces.\n",
    );
    assert_ne!(
        h.meta.title.as_deref(),
        Some("Updated: 18 June 1999 NATO Press Releases")
    );
    assert_eq!(h.meta.number.as_deref(), Some("(1999) 097"));
    assert_eq!(h.meta.date.as_deref(), Some("1999-06-18"));
    let h = header(
        "Press\nRelease\n(2001) 171\n18 Dec. 2001\n|\nFinal\nCommuniqué\n- The North Atlantic Council met in Defence Ministers Session in Brussels on 18 December 2001 and discussed many things.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("Press Release (2001) 171"));
}

#[test]
fn numbers_a_page_printed_apart_or_among_other_serials() {
    // The Council's page in French: its kind in the metadata list, then its number.
    let h = header(
        "Déclaration de la haute représentante, au nom de l'UE, sur la Crimée\n\nConseil de l'UE\n  • 16/03/2015\n  • 11:00\n  • Communiqué de presse\n  • 119/15\n  • Affaires étrangères et relations internationales\n\nUn an après la tenue du référendum illégal, l'Union européenne demeure fermement attachée à la souveraineté de l'Ukraine.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("119/15"));
    assert_eq!(h.meta.date.as_deref(), Some("2015-03-16"));
    // A UN symbol whose organ's letter stands on a line of its own.
    let h = header(
        "Nations Unies\nS\n/RES/1364 (2001)\nConseil de sécurité\nDistr. générale\n31 juillet 2001\n\nRésolution 1364 (2001)\n\nAdoptée par le Conseil de sécurité à sa 4353e séance, le 31 juillet 2001\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("S/RES/1364 (2001)"));
    // A Council number beside a CFSP serial, dated day-month-year with hyphens.
    let h = header(
        "Burundi : Declaration by the Presidency on behalf of the European Union on the killings of civilians\n\nCFSP Presidency Statement: Brussels (03-09-1999) -Nr. 10613/99 (Presse 255) - CFSP : 85/99\n\nThe European Union condemns the killings of civilians committed by rebels in Bujumbura on 28 August.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("10613/99"));
    assert_eq!(h.meta.date.as_deref(), Some("1999-09-03"));
}

#[test]
fn a_title_glued_to_the_line_that_says_who_issued_it() {
    let h = header(
        "20 May. 2012\nChicago Summit DeclarationIssued by the Heads of State and Government participating in the meeting of the\nNorth Atlantic Council in Chicago on 20 May 2012\nPress Release (2012) 062Issued on 20 May. 20121.We, the Heads of State and Government of the member countries of the North Atlantic Alliance, have gathered in Chicago.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Chicago Summit Declaration"));
    assert_eq!(h.meta.number.as_deref(), Some("Press Release (2012) 062"));
}

#[test]
fn a_sentence_of_a_hard_wrapped_text_is_no_title() {
    let h = header(
        "Durban Commonwealth Communique\nCommonwealth Heads of Government met in Durban from\n12 to 15 November 1999. Of the 52 Countries which\nattended the meeting, 47 were represented by Heads\nof State or Prime Ministers. The Meeting was chaired\nby His Excellency Mr. Thabo Mbeki, President of the\nRepublic of South Africa\nThe Opening Session of the Meeting included an\naddress by Her Majesty Queen Elizabeth II, Head\nof the Commonwealth.\nHeads of Government believed that their Meeting\nwas highly symbolic.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Durban Commonwealth Communique"));
    // A word broken at its hyphen runs its line on into the next.
    let h = header(
        "DN: IP/96/1176     Date: 1996-12-18\n\n\
         The European Union  and Canada have reached a comprehensive new understanding\n\
         that will  set relations on a  sure footing  well into the next  century. The\n\
         understanding  is contained  in  a Joint  Political  Declaration, and  an EU-\n\
         Canada  Action Plan,  both formally  adopted on  17 December  at an EU-Canada\n\
         Summit  meeting in  Ottawa.  It heralds  the  most wide-ranging  programme of\n\
         cooperation so  far undertaken  in the  history of  EU-Canada relations.\n",
    );
    assert!(
        !h.meta.title.as_deref().is_some_and(|t| t.starts_with("Canada")),
        "{:?}",
        h.meta.title
    );
}

#[test]
fn an_aggregators_date_field_run_onto_the_title_is_dropped() {
    let h = header(
        " date 2022-01 COMMUNIQUÉ\n\nAdopté par le Conseil de Paix et de Sécurité (CPS) de l'Union africaine (UA), lors de sa 1056e réunion en date du 30 décembre 2021, sur l'examen des conclusions du Séminaire.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("COMMUNIQUÉ"));
}

#[test]
fn an_issuing_office_and_its_seat_are_no_title() {
    let h = header(
        "HE the GCCSG: In Light of Recent and Rapid Developments in the Middle East, the GCC Emphasises the Importance of Exercising Self-restraint\n\nGeneral Secretariat - Riyadh\n\nHis Excellency Mr Jasem Mohamed Albudaiwi, Secretary General of the Gulf Cooperation Council (GCC), stated that the Council emphasises the importance of security.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "HE the GCCSG: In Light of Recent and Rapid Developments in the Middle East, the GCC Emphasises the Importance of Exercising Self-restraint"
        )
    );
    // A title that names a place after a dash is a title.
    assert!(!chrome::is_issuer_and_seat(
        "Foreign Minister's visit - Tokyo and Seoul"
    ));
}

#[test]
fn a_un_press_releases_headline_wrapped_after_a_comma_is_whole() {
    let h = header(
        "Press Release\nUNITED NATIONS\n\nGA/9996\n10 December 2001\n\nPlenary\n\n\nISRAELI PRACTICES, PALESTINE RELIEF AGENCY, INFORMATION, DECOLONIZATION,\n\nAMONG ISSUES ADDRESSED, AS GENERAL ASSEMBLY ADOPTS 28 TEXTS\n\n\nThe General Assembly this afternoon adopted 25 resolutions and 3 decisions, all but two recommended by its Fourth Committee.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "ISRAELI PRACTICES, PALESTINE RELIEF AGENCY, INFORMATION, DECOLONIZATION, AMONG ISSUES ADDRESSED, AS GENERAL ASSEMBLY ADOPTS 28 TEXTS"
        )
    );
    assert_eq!(h.meta.number.as_deref(), Some("GA/9996"));
}

#[test]
fn a_nordic_government_pages_notes_and_labels_give_way_to_the_headline() {
    let h = header(
        "Denne siden finnes ikke på bokmål. Til bokmål forside\n\nPressemelding, 05.07.2006\n\nPublisert under: Regjeringen Stoltenberg II\n\nUtgiver: Utenriksdepartementet\n\nStatus: Arkivert\n\nPress release\n\nNo.: 90/06\nDate: 05.07.06\n\nNorwegian concern over North Korean missile tests\n\n“It is highly regrettable that North Korea has once again chosen to conduct missile tests,” said the Foreign Minister.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Norwegian concern over North Korean missile tests")
    );
    assert_eq!(h.meta.number.as_deref(), Some("90/06"));
    let h = header(
        "Statsråd på denna sida som har entledigats\n\nMellan den 3 oktober 2014 och den 10 september 2019 var hon utrikesminister.\n\nUttalande från Utrikesdepartementet\n\nUtrikesminister Wallström angående Nordkoreas uppskjutning av missil\n\nPublicerad\n\n- Nordkoreas uppskjutning av en missil är helt oacceptabel och ett mycket allvarligt brott mot FN:s resolutioner, säger utrikesminister Margot Wallström.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Utrikesminister Wallström angående Nordkoreas uppskjutning av missil")
    );
    assert_eq!(h.meta.date, None);
}

#[test]
fn a_portraits_alt_text_is_not_the_title() {
    let h = header(
        "Gerald R. Ford photo\n\nAddress in Helsinki Before the Conference on Security and Cooperation in Europe.\n\nAugust 01, 1975\n\nMr. Chairman, my distinguished colleagues:\n\nMay I begin by expressing my gratitude to the Governments of Finland and Switzerland.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Address in Helsinki Before the Conference on Security and Cooperation in Europe.")
    );
}

#[test]
fn the_number_under_the_letterheads_original_language_outranks_a_sites() {
    let h = header(
        "Special meeting of the European Council (30 August 2014) ‒ Conclusions\n\nEU News 359/2014\n\nBrussels, 30 August 2014\n(OR. en)\nEUCO 163/14\n\n\n\n8. Recalling the statements of the Heads of State or Government on Ukraine, the European Council remains concerned.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("EUCO 163/14"));
}

#[test]
fn a_catalogues_symbol_row_and_a_who_symbol_number_the_document() {
    let h = header(
        "Security Council resolution 462 (1980) [International peace and security]\n| Publisher | UN Security Council |\n| Publication Date | 9 January 1980 |\n| Citation / Document Symbol | S/RES/462 (1980) |\nResolution 462 (1980) of 9 January 1980\nThe Security Council,\nHaving considered the item on the agenda of its 2185th meeting,\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("S/RES/462 (1980)"));
    let h = header(
        "A56/DIV/9 21 May 2003\n\nSpeech to the Fifty-sixth World Health Assembly\n\nMr President, honourable Ministers, distinguished delegates, ladies and gentlemen, by electing me you have conferred on me an enormous responsibility.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("A56/DIV/9"));
}

#[test]
fn an_archive_banner_and_a_note_to_editors_are_not_the_title() {
    let h = header(
        "Historisk arkiv\n\nStøre og Solheim deltar på møte om Darfur\n\nHistorisk arkiv\n\nPublisert under: Regjeringen Stoltenberg II\n\nUtgiver: Utenriksdepartementet\n\nPriv. til red.\n\nUtenriksminister Jonas Gahr Støre og utviklingsminister Erik Solheim er mandag i Paris for å delta på ministermøte om Darfur.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Støre og Solheim deltar på møte om Darfur")
    );
}

#[test]
fn a_sites_title_that_puts_its_label_before_the_heading_gives_way_to_it() {
    let h = header(
        "Historisk arkiv\n\nMinistry of Foreign Affairs, pressrelease - The Nordic Foreign Ministers' Meeting on Board the Coastal Steamer. Communiqué\n\nHistorisk arkiv\n\nPress Release\n\nNo 75/97\n22 May 1997\n\nThe Nordic Foreign Ministers' Meeting on Board the Coastal Steamer. Communiqué\n\nThe foreign ministers expressed their support for the peace process and agreed to meet again next year.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("The Nordic Foreign Ministers' Meeting on Board the Coastal Steamer. Communiqué")
    );
}

#[test]
fn a_kind_from_an_issuer_on_a_subject_is_a_title() {
    let h = header(
        "Briefing Room\n\nStatements and Releases\n\nStatement from the Press Secretary on Ukraine\n\nFebruary 24, 2022\n\nThe United States condemns the attack in the strongest terms and stands with the people of Ukraine.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement from the Press Secretary on Ukraine")
    );
}

#[test]
fn a_prime_ministers_numbered_press_release_gives_its_serial_and_headline() {
    let h = header(
        "PM Transcripts\n\nRelease Date:\n10/08/1965\nRelease Type:\nMedia Release\nFOR PRESS: P.M. NO. 60/1965 - MALAYSIA AND SINGAPORE - STATEMENT BY THE PRIME MINISTER, THE RT. HON. SIR ROBERT MENZIES\n\nMALAYSIA AND SINGAPORE\nStatement by the Prime Minister\nDetails of the separation arrangements being now available, Ministers have today been studying the implications.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("MALAYSIA AND SINGAPORE"));
    assert_eq!(h.meta.number.as_deref(), Some("P.M. NO. 60/1965"));
    assert_eq!(h.meta.date.as_deref(), Some("1965-08-10"));
    // Without the serial's cue, a dash in a headline is the headline's.
    let h = header(
        "FOR PRESS: Australia - Japan trade talks - statement by the Minister\n\nThe Minister said today that talks had gone well and would continue in Tokyo next month.\n",
    );
    assert_ne!(h.meta.number.as_deref(), Some("Australia"));
}

#[test]
fn a_headline_written_as_a_sentence_over_a_share_button_is_the_title() {
    let h = header(
        "Udenrigsministeriet\n\nLars Løkke Rasmussen møder Ungarns udenrigsminister for at drøfte støtten til Ukraine.\n\nDel\n\nFor første gang siden 2018 afholdes der et bilateralt møde mellem Danmarks og Ungarns udenrigsministre i København.\n",
    );
    assert_eq!(
        h.meta.title.as_deref().map(|t| t.trim_end_matches('.')),
        Some("Lars Løkke Rasmussen møder Ungarns udenrigsminister for at drøfte støtten til Ukraine")
    );
}

#[test]
fn a_speakers_quoted_words_are_the_headline_over_the_standfirst() {
    let h = header(
        "Vienna, 20 July 2010 Press release\n\nSpindelegger: \"Austrian contribution appreciated and in great demand around the world\"\n\nForeign Minister presents Foreign Policy Yearbook 2009 in the Council of Ministers\n\nVienna, 20 July 2010 - \"The year 2009 has clearly confirmed once again that Austrian contribution is appreciated\", said Foreign Minister Michael Spindelegger during the presentation of the Yearbook.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Spindelegger: \"Austrian contribution appreciated and in great demand around the world\"")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2010-07-20"));
}

#[test]
fn a_government_sites_fields_in_irish_are_not_the_title() {
    let h = header(
        "Minister Coveney attends Foreign Affairs Council in Luxembourg\nFoilsithe\nAn t-eolas is déanaí\nTeanga: Níl leagan Gaeilge den mhír seo ar fáil.\nOn 20 June, Minister for Foreign Affairs and Minister for Defence, Simon Coveney, will attend a meeting of the Foreign Affairs Council in Luxembourg.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Minister Coveney attends Foreign Affairs Council in Luxembourg")
    );
}

#[test]
fn an_osce_journal_flattened_onto_one_line_is_titled_by_its_meeting() {
    let h = header(
        "PC.JOUR/360 11. Oktober 2001 Organisation für Sicherheit und Zusammenarbeit in Europa Ständiger Rat DEUTSCH Original: ENGLISCH Vorsitz: Rumänien 360. PLENARSITZUNG DES RATES 1. Datum: Donnerstag, 11. Oktober 2001 Beginn: 10.05 Uhr Schluss: 17.15 Uhr 2. Vorsitz: L. Bota 3. Behandelte Fragen – Erklärungen – Beschlüsse: Punkt 1 der Tagesordnung: BERICHT DES LEITERS DER OSZE-MISSION Vorsitz, Leiter der Mission, Belgien – Europäische Union, Russische Föderation, Vereinigte Staaten von Amerika\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("360. PLENARSITZUNG DES RATES"));
    assert_eq!(h.meta.number.as_deref(), Some("PC.JOUR/360"));
    assert_eq!(h.meta.date.as_deref(), Some("2001-10-11"));
}

#[test]
fn an_excerpts_elision_and_a_spaced_date_under_a_communiques_heading() {
    let h = header(
        "Click here to see the full document\n 08/ 06/ 2002\n\nPress communiqué issued by the Ministerial Council of the Gulf Cooperation Council at its eighty-third session held in Jeddah, Saudi Arabia\n\n\n(...)   II. Political issues\n\nThe Ministerial Council studied the situation between Kuwait and Iraq in the light of the resolutions adopted by the Supreme Council at its previous sessions.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Press communiqué issued by the Ministerial Council of the Gulf Cooperation Council at its eighty-third session held in Jeddah, Saudi Arabia"
        )
    );
    assert_eq!(h.meta.date.as_deref(), Some("2002-06-08"));
    assert_eq!(h.meta.number, None);
}

#[test]
fn a_numbered_clause_of_one_letter_and_a_lone_label_are_no_header() {
    // (Found by the body property test: `1. C` read as a weather widget's
    // temperature, then `a.` scored as the title under it.)
    assert_eq!(header("1. C\na.\n\n").meta.title, None);
    assert_ne!(
        header("(iv)\n\nThe Council agreed on the text.\n")
            .meta
            .title
            .as_deref(),
        Some("(iv)")
    );
    assert_ne!(
        header("a.\n\nThe Council agreed on the text.\n").meta.title.as_deref(),
        Some("a.")
    );
}
#[test]
fn a_pages_tools_and_language_switcher_as_lists_are_chrome() {
    for tool in [
        "compartir en facebook",
        "imprimir la página",
        "escuchar contenido",
        "suscribirse al rss de la página",
        "print",
        "share on twitter",
    ] {
        assert!(chrome::is_page_tool(tool), "{tool}");
    }
    assert!(!chrome::is_page_tool("printing of ballots for the elections"));
    assert!(!chrome::is_page_tool("the parties agreed to share the costs"));
    for code in ["Eng", "Рус", "O‘zb"] {
        assert!(chrome::is_language_code(code), "{code}");
    }
    assert!(!chrome::is_language_code("Agriculture"));
}
