//! Headers whose frame lost its words or took the wrong ones: a table's
//! empty cells, a speaker's office over the speech's title, a byline run
//! into the heading, a site's skip links, a sharing site's survey, a
//! breadcrumb cut short, a form's wrapped title field.

use super::tests::header;

#[test]
fn an_empty_tables_frame_neither_titles_nor_opens_the_text() {
    let h = header(
        "|\n| |||||\n|\nCouncil of the EU\nEU-Kazakhstan Cooperation Council, 20 June 2022\nMain results\nThe Cooperation Council between the European Union and Kazakhstan held its nineteenth meeting on Monday, 20 June 2022 in Luxemburg.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("EU-Kazakhstan Cooperation Council, 20 June 2022")
    );
    // (A meeting page's heading keeps its day, as dev 879 and 1363 print
    // theirs: `General Affairs Council, 20 September 2022`.)
    assert_eq!(h.meta.date.map(|d| d.to_string()).as_deref(), Some("2022-06-20"));
}

#[test]
fn a_speakers_office_under_the_name_is_no_title() {
    let h = header(
        "Other available languages: none\n\nBenita Ferrero-Waldner\n\nCommissioner for External Relations and European Neighbourhood Policy\n\nExternal Relations: latest developments\n\nAFET, European Parliament\nBrussels, 5 November 2008\n\nHonourable Members of the National Parliaments,\n\nI’ll confine my remarks today to the four of the top foreign policy questions on my agenda: the Transatlantic Relationship and Energy Security.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("External Relations: latest developments"));
}

#[test]
fn a_un_mastheads_agenda_items_are_no_title_however_many() {
    let items = "GENERAL AND COMPLETE DISARMAMENT\nCONVENTION ON THE PROHIBITION OF THE\n  DEVELOPMENT, PRODUCTION AND\n  STOCKPILING OF BACTERIOLOGICAL\n  (BIOLOGICAL) AND TOXIN WEAPONS\n  AND ON THEIR DESTRUCTION\nCOMPREHENSIVE REVIEW OF THE WHOLE\n  QUESTION OF PEACE-KEEPING\n  OPERATIONS IN ALL THEIR ASPECTS\nSUSTAINABLE DEVELOPMENT AND INTERNATIONAL\n  ECONOMIC COOPERATION\nSOCIAL DEVELOPMENT, INCLUDING QUESTIONS\n  RELATING TO THE WORLD SOCIAL SITUATION\n  AND TO YOUTH, AGEING, DISABLED PERSONS\n  AND THE FAMILY\nADVANCEMENT OF WOMEN\nINTERNATIONAL DRUG CONTROL\nPROMOTION AND PROTECTION OF THE RIGHTS\n  OF CHILDREN\nHUMAN RIGHTS QUESTIONS\nMEASURES TO ELIMINATE INTERNATIONAL\n  TERRORISM\n";
    let h = header(&format!(
        "United Nations\n\nA/50/215-S/1995/475\n\n\nGeneral Assembly\nSecurity Council\n\nDistr. GENERAL\n\n12 June 1995\n\nORIGINAL:\nENGLISH\n\n\nGENERAL ASSEMBLY  SECURITY COUNCIL\nFiftieth session  Fiftieth year\nItems 70, 80, 86, 97 (a), 97 (i),\n  107, 109, 110, 112, 114 and 149\n  of the preliminary list*\n{items}\n\n\n________________________\n\n  *  A/50/50/Rev.1.\n\n\n95-17469 (E)   140695/...\n\n*9517469*\nLetter dated 8 June 1995 from the Permanent \nRepresentative of India to the United Nations\naddressed to the Secretary-General\n\n\n  I have the honour  to transmit herewith the  text of the Delhi Declaration\nissued at  the eighth  meeting of the  Heads of State  or Government of  the\nmember countries.\n"
    ));
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "Letter dated 8 June 1995 from the Permanent Representative of India to the United Nations addressed to the Secretary-General"
        )
    );
    assert_eq!(h.meta.number.as_deref(), Some("A/50/215-S/1995/475"));
}
#[test]
fn a_joint_letterheads_doubled_seat_is_chrome_and_a_dash_ends_the_dateline() {
    let h = header(
        "COALITION PROVISIONAL AUTHORITY\nMINISTRY OF FOREIGN AFFAIRS\nBaghdad, Iraq Baghdad, Iraq\nPRESS RELEASE\nISSUED JOINTLY ON BEHALF OF THE CPA\nAND MINISTRY OF FOREIGN AFFAIRS\nFOR IMMEDIATE RELEASE\nContact: Mike Spiros, 1.914.822.4713 Thamir Al-Adhami, +964.790.192.2257\nOffice of Strategic Communications Ministry of Foreign Affairs\nMinistry of Foreign Affairs Transitions to Full\nAuthority: A Major Step for the Transition Process\nBaghdad, Iraq, 12 May, 2004 -- Full authority of the Ministry of Foreign\nAffairs was formally handed back to the Iraqi people today at a ceremony held at\nthe Ministry of Foreign Affairs building.\n",
    );
    assert_eq!(h.meta.date.map(|d| d.to_string()).as_deref(), Some("2004-05-12"));
    // (The headline opens with the ministry's name, as an issuer's line does,
    // and the letterhead's first line still wins; the labels between do not.)
    let title = h.meta.title.unwrap_or_default();
    for label in ["Baghdad", "ISSUED JOINTLY", "AND MINISTRY", "IMMEDIATE"] {
        assert!(!title.contains(label), "{title}");
    }
}

#[test]
fn a_kind_under_a_heading_in_capitals_goes_on_with_it_over_a_numbered_paragraph() {
    let h = header(
        "You are on page 1of 3\n\n20TH ORDINARY SUMMIT OF HEADS OF\n\nSTATE OF THE EAST AFRICAN COMMUNITY\n\nJOINT COMMUNIQUÉ\n1. THE EAST AFRICAN COMMUNITY HEADS OF STATE, THEIR EXCELLENCIES PRESIDENT\nYOWERI KAGUTA MUSEVENI OF THE REPUBLIC OF UGANDA; HELD THE 20TH ORDINARY SUMMIT.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("20TH ORDINARY SUMMIT OF HEADS OF STATE OF THE EAST AFRICAN COMMUNITY JOINT COMMUNIQUÉ")
    );
}
#[test]
fn a_release_record_line_gives_the_number_and_the_day() {
    let h = header(
        "Stqarrija mill-Ministeru għall-Affarijiet Barranin u Ewropej\n\nNumru ta' Referenza: PR211389, Data ta' l-Istqarrija : Lul 22, 2021\n \nB’referenza għad-dikjarazzjoni maħruġa mir-Rappreżentant Għoli, Malta tesprimi t-tħassib tagħha.\n",
    );
    assert_eq!(h.meta.date.map(|d| d.to_string()).as_deref(), Some("2021-07-22"));
    assert_eq!(h.meta.number.as_deref(), Some("PR211389"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Stqarrija mill-Ministeru għall-Affarijiet Barranin u Ewropej")
    );
}

#[test]
fn a_title_wrapped_after_an_ordinal_goes_on() {
    let h = header(
        "Statement by Prime Minister Tomiichi Murayama on the 50th\nAnniversary of the End of the War\n\n15 August 1995\n\nThe world has seen fifty years elapse since the war came to an\nend.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Statement by Prime Minister Tomiichi Murayama on the 50th Anniversary of the End of the War")
    );
}

#[test]
fn a_sharing_sites_continue_link_and_a_kind_in_swahili_are_no_title() {
    let h = header(
        "PRESSE FR - Consilium.europa.eu\n\n \nCONTINUER À LIRE\nPRESSE\n                  Conseil de l'Union européenne                                   FR\n                                                                            Bruxelles, le 8 mai 2019\n\n                       CONSEIL DES AFFAIRES ÉTRANGÈRES\n                                13 et 14 mai 2019 (Bruxelles)\nLe Conseil des affaires étrangères, présidé par Mme Federica Mogherini, débutera à 14 heures par un débat.\n",
    );
    assert!(!h.meta.title.as_deref().unwrap_or("").contains("CONTINUER"));
    let h = header(
        "Wednesday, December 23, 2015\n\nTaarifa kwa Vyombo vya Habari\n\n\n\n\nTAARIFA KWA VYOMBO VYA HABARI\n\nZIARA YA WAZIRI WA MAMBO YA NJE NA USHIRIKIANO WA AFRIKA MASHARIKI, KIKANDA NA KIMATAIFA, MHE. DKT.AUGUSTINE MAHIGA NCHINI BURUNDI NA UGANDA\n \nWaziri wa Mambo ya Nje na Ushirikiano wa Afrika Mashariki, Kikanda na Kimataifa, Mhe. Dkt. Augistine Mahiga (Mb), atafanya ziara ya kikazi ya siku mbili katika nchi za Uganda na Burundi.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "ZIARA YA WAZIRI WA MAMBO YA NJE NA USHIRIKIANO WA AFRIKA MASHARIKI, KIKANDA NA KIMATAIFA, MHE. DKT.AUGUSTINE MAHIGA NCHINI BURUNDI NA UGANDA"
        )
    );
}

#[test]
fn an_archives_record_dates_and_numbers_its_copy_by_labels() {
    let h = header(
        "JOINT COMMUNIQUE ON THE ESTABLISHMENT OF DIPLOMATIC RELATIONS BETWEEN THE UNITED STATES OF AMERICA AND THE PEOPLE S REPUBLIC OF CHINA\nDocument Type:\nCollection:\nDocument Number (FOIA) /ESDN (CREST):\nCIA-RDP84B00049R001303190013-6\nRelease Decision:\nRIFPUB\nOriginal Classification:\nK\nDocument Page Count:\n5\nDocument Creation Date:\nDecember 19, 2016\nDocument Release Date:\nApril 5, 2006\nSequence Number:\n13\nCase Number:\nPublication Date:\nJanuary 1, 1979\nContent Type:\nMISC\nBody:\nThe United States of America and the People's Republic of China have agreed to recognize each other.\n",
    );
    assert_eq!(h.meta.date.map(|d| d.to_string()).as_deref(), Some("1979-01-01"));
    assert_eq!(h.meta.number.as_deref(), Some("CIA-RDP84B00049R001303190013-6"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some(
            "JOINT COMMUNIQUE ON THE ESTABLISHMENT OF DIPLOMATIC RELATIONS BETWEEN THE UNITED STATES OF AMERICA AND THE PEOPLE S REPUBLIC OF CHINA"
        )
    );
}

#[test]
fn the_meeting_under_a_whole_title_in_capitals_is_its_banner() {
    let h = header(
        "DECLARATION OF THE PRESIDENTS OF AMERICA\n\nMEETING OF AMERICAN CHIEFS OF STATE\n\nPunta del Este, Uruguay, April 12-14, 1967\n\nThe Presidents of the American States and the Prime Minister of Trinidad and Tobago assembled in Punta del Este.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("DECLARATION OF THE PRESIDENTS OF AMERICA")
    );
}

#[test]
fn an_ordinals_suffix_in_lower_case_keeps_a_heading_in_capitals() {
    let h = header(
        "Guatemala,\n26 maart 2001\n\n7363/01 (Presse 121)\n\n(OR. es)\n\nXVIIe MINISTERIËLE CONFERENTIE\n\nIN HET KADER VAN DE DIALOOG VAN SAN JOSE\n\nGEZAMENLIJK COMMUNIQUE\n\n\n1. De zeventiende ministeriële conferentie over de politieke dialoog heeft plaatsgevonden op 26 maart 2001 te Guatemala-stad.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("XVIIe MINISTERIËLE CONFERENTIE IN HET KADER VAN DE DIALOOG VAN SAN JOSE GEZAMENLIJK COMMUNIQUE")
    );
}

#[test]
fn a_title_in_capitals_under_the_agenda_items_is_still_the_title() {
    for gap in ["\n", "\n\n"] {
        let h = header(&format!(
            "United Nations\n\nA/51/120\n\nGeneral Assembly\nFifty-first session\nItem 97 of the preliminary list*\nSUSTAINABLE DEVELOPMENT AND INTERNATIONAL\nECONOMIC COOPERATION{gap}LETTER DATED 19 APRIL 1996 FROM THE PERMANENT REPRESENTATIVE OF BANGLADESH TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL\n\nI have the honour to enclose a letter dated 19 April 1996 from the Chairmen of the Group of Least Developed Countries.\n"
        ));
        assert_eq!(
            h.meta.title.as_deref(),
            Some(
                "LETTER DATED 19 APRIL 1996 FROM THE PERMANENT REPRESENTATIVE OF BANGLADESH TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL"
            ),
            "{gap:?}"
        );
    }
}

#[test]
fn a_states_letterhead_and_a_repeated_kind_stay_out_of_a_caps_title() {
    let h = header(
        "REPUBLIQUE DU SENEGAL\n\nUn Peuple - Un But - Une Foi\n\n\nMINISTERE DES AFFAIRES ETRANGERES ET DES SENEGALAIS DE L'EXTERIEUR\n\n\nCOMMUNIQUE CONJOINT A L'ISSUE DE LA VISITE DU PRESIDENT DE LA REPUBLIQUE DU GHANA\n\n\nCOMMUNIQUE CONJOINT\n\n\nSon Excellence Monsieur Macky SALL, Président de la République du Sénégal, a reçu à Dakar son homologue.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("COMMUNIQUE CONJOINT A L'ISSUE DE LA VISITE DU PRESIDENT DE LA REPUBLIQUE DU GHANA")
    );
}

#[test]
fn a_masthead_of_both_councils_gives_both_symbols() {
    let h = header(
        "United Nations\n\nGeneral Assembly Distr. Security Council GENERAL A/51/188 S/1996/511 2 July 1996 ENGLISH ORIGINAL: SPANISH\n\nLetter dated 1 July 1996 from the Permanent Representative of Ecuador to the United Nations addressed to the Secretary-General\n\nI have the honour to transmit herewith the press release issued by the foreign ministers.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("A/51/188 S/1996/511"));
    assert_eq!(h.meta.date.as_deref(), Some("1996-07-02"));
}

#[test]
fn a_number_under_a_caps_title_is_not_more_of_it() {
    let h = header(
        "EUROPEAN COUNCIL IN COPENHAGEN\n21-22 JUNE 1993\nCONCLUSIONS OF THE PRESIDENCY\nSN 180/1/93 REV 1\n\nINTRODUCTION\n\nThe European Council welcomed the outcome of the Danish referendum and the prospect of a rapid completion of ratification procedures.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("SN 180/1/93 REV 1"));
    assert!(
        h.meta.title.as_deref().is_some_and(|t| !t.contains("SN 180")),
        "{:?}",
        h.meta.title
    );
}

#[test]
fn a_nato_symbol_wrapped_after_its_hyphen_is_read_whole() {
    let h = header(
        "Press\nCommuniqué\nM-DPC/NPG-\n1(95)57\n\n8 June 1995\n\nFinal Communiqué\n\n1. The Defence Planning Committee and Nuclear Planning Group met in Ministerial session in Brussels.\n",
    );
    assert_eq!(h.meta.number.as_deref(), Some("M-DPC/NPG-1(95)57"));
    assert_eq!(h.meta.date.as_deref(), Some("1995-06-08"));
}

#[test]
fn a_sites_menu_set_as_a_list_under_its_masthead_is_no_text() {
    let h = header(
        "CHEONG WA DAE\n\nToward a Greater Republic of Korea\n\nPresidential activities\n\n  • Latest Headlines\n  • Speeches\n  • Summit diplomacy\n  • President LEE MYUNG-BAK\n\nLatest Headlines \n\nOpening remarks by President Lee Myung-bak at a joint press conference following a summit\nAugust 06, 2008\n\nI wholeheartedly welcome President George W. Bush to Korea. We had in-depth and useful discussions.\n",
    );
    assert_eq!(h.meta.date.as_deref(), Some("2008-08-06"));
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Opening remarks by President Lee Myung-bak at a joint press conference following a summit")
    );
    // A list with an item of the text's own is the text's.
    let h = header(
        "Joint Statement\n\n  • Trade\n  • Climate\n  • The leaders agreed to meet again in Seoul next year.\n\nThe leaders met in Washington.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("Joint Statement"));
}

#[test]
fn a_sharing_sites_survey_and_related_links_stand_above_its_transcript() {
    let h = header(
        "Download 23rd OSCE MINISTERIAL COUNCIL (Hamburg, 9 December 2016\n\nSurvey\nyes no Was this document useful for you?\n   Thank you for your participation!\n\n* Your assessment is very important for improving the work\n\nDocument related concepts\n\nCollective security wikipedia , lookup\n\nTranscript\n23rd OSCE MINISTERIAL COUNCIL (Hamburg, 9 December 2016):\nCONCLUSIONS OF THE CHAIRPERSON-IN-OFFICE\n1. The Foreign Ministers of the participating States of the OSCE met in Hamburg on 8 and 9 December 2016.\n",
    );
    // The meeting named with its place and date, then a colon, runs on to
    // what it held.
    assert_eq!(
        h.meta.title.as_deref(),
        Some("23rd OSCE MINISTERIAL COUNCIL (Hamburg, 9 December 2016): CONCLUSIONS OF THE CHAIRPERSON-IN-OFFICE")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2016-12-09"));
    // `Transcript` under no sharing site's widget is a heading like another.
    let h = header("Transcript\n\nPress conference by the Prime Minister\n\n12 May 2020\n\nGood morning everyone.\n");
    assert_eq!(h.meta.title.as_deref(), Some("Press conference by the Prime Minister"));
}

#[test]
fn a_breadcrumb_cut_short_over_its_headline_is_no_title() {
    let h = header(
        "Accueil A la une CEDEAO : le montant du test anti-Covid-19 ne doit pas excéder l’équivalent de...\n\nCEDEAO : le montant du test anti-Covid-19 ne doit pas excéder l’équivalent de 50 dollars américain\n\n0\nLes Chefs d'Etat de la CEDEAO en visioconférence\n\nTout en adoptant une approche d’achat groupé des vaccins Covid-19, la Conférence des chefs d’Etats a décidé que le montant du test ne doit pas excéder 50 dollars.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("CEDEAO : le montant du test anti-Covid-19 ne doit pas excéder l’équivalent de 50 dollars américain")
    );
}

#[test]
fn a_forms_title_field_in_two_languages_takes_its_wrapped_lines() {
    let h = header(
        "home\nSpeechs in the year\n2003\n2002\n-->\n   \nOleh/By\t\t:\tDATO' SERI DR. MAHATHIR BIN MOHAMAD \nTempat/Venue \t: \tSRI LANKA \nTarikh/Date \t: \t21/04/83 \nTajuk/Title  \t: \tAT THE BANQUET GIVEN IN HIS HONOUR \n\t\t\tBY H.E. PRESIDENT J.R. JAYEWARDENE \n\t\t\tOF SRI LANKA \n\n\nYour Excellency President J.R. Jayewardene and Madame Jayewardene; Hon'ble\nMinisters; Excellencies; Ladies & Gentlemen.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("AT THE BANQUET GIVEN IN HIS HONOUR BY H.E. PRESIDENT J.R. JAYEWARDENE OF SRI LANKA")
    );
    assert_eq!(h.meta.date.as_deref(), Some("1983-04-21"));
}

#[test]
fn a_landmark_in_a_sites_language_is_chrome_and_a_briefings_page_heading_titles_its_topics() {
    // The Auswärtiges Amt's page: a screen reader's landmark, the page of
    // the spokesperson's statements with its day, then a topic's heading.
    let h = header(
        "Hauptinhalt\n\nErklärungen des Sprechers des Auswärtigen Amts in der Bundespressekonferenz vom 14.08.2017\n\nErmordung von Mitarbeitern der Weißhelme in Syrien\n\nBREUL (Auswärtiges Amt): In der Nacht von Freitag auf Samstag sind in der syrischen Provinz Idlib sieben Mitarbeiter der Weißhelme getötet worden.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Erklärungen des Sprechers des Auswärtigen Amts in der Bundespressekonferenz vom 14.08.2017")
    );
    assert_eq!(h.meta.date.as_deref(), Some("2017-08-14"));
}

#[test]
fn a_comma_that_led_into_the_dateline_is_no_part_of_the_title() {
    let h = header(
        "EUROPEAN UNION\nBrussels, 23 March 2012\nRemarks by HR Catherine Ashton upon arrival to FAC,\nBrussels, 23 March 2012\nIt's a very important Foreign Affairs Council today\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("Remarks by HR Catherine Ashton upon arrival to FAC")
    );
}
