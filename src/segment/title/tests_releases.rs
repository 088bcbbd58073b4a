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
