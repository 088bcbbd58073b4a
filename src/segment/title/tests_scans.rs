//! Scanned and faxed releases as OCR reads them: letterheads in every
//! language of the Community, rows of specks, archive cover sheets.

use super::tests::header;

#[test]
fn the_communitys_multilingual_letterhead_and_ocr_specks_are_no_title() {
    let h = header(
        "TALSMANDSTJENESTEN - DIENST DES SPRE CHERS - SPOKESMAN'S SERVICE - SERVICE DU PORTE-PAROLE\n\n\nYnH PEIIA EKnPornnov TYnOY - SERVIZIO DEL PORTAVOCE - DIENST VAN DE WOORDVOERDER\n\n.. . . . . . ..... . ..\n• • •• •• •• •• • ••• • •• • • •••• • • •••••••\n\nPRESSE·MIDDUUSE • MITTEILUNG AN OH PRESSE • PRESS·RHEASE • INFORMATION ALA PRESSE\nBrussels, 23 March, 1990\n\nEUROPE AND AMERICA: AN OLD PARTNERSHIP IN A NEW ERA\n\n\nExtracts from the speech by Sir Leon Brittan,\nVice-President of the Commission of the European Communities\n\n\"We live in stirring times. Every day brings new and astonishing intelligence, and the collapse of the old order.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("EUROPE AND AMERICA: AN OLD PARTNERSHIP IN A NEW ERA")
    );
    assert_eq!(h.meta.date.as_deref(), Some("1990-03-23"));
}

#[test]
fn a_title_of_parts_joined_by_dashes_is_no_banner() {
    let h = header(
        "EUROPE - CHINA - INDIA: PRESS FREEDOM IN ASIA\n\nBrussels, 3 May 2004\n\nThe Council discussed press freedom in Asia with its partners today.\n",
    );
    assert_eq!(
        h.meta.title.as_deref(),
        Some("EUROPE - CHINA - INDIA: PRESS FREEDOM IN ASIA")
    );
}

#[test]
fn the_un_archives_cover_sheet_and_the_media_notice_are_no_title() {
    let h = header(
        "UN Secretariat Item Scan - Barcode - Record Title 26 Date 22/05/2006 Time 4:29:41 PM\n\nS-0886-0005-04-00001\n\nExpanded Number S-0886-0005-04-00001\n\nTitle items-in-Secretary-General's statements - XIV, 1 January 1967 - 30 April 1967\n\nDate Created 08/03/1967\n\nRecord Type Archival Item\n\nContainer S-0886-0005: United Nations Documents of the Secretary-General: U Thant: Secretary-General's Statements\n\nPrint Name of Person Submit Image Signature of Person Submit\n\nUNITED NATIONS Press Services Office of Public Information United Nations, N.Y. (FOR USE OF INFORMATION MEDIA -- NOT AN OFFICIAL RECORD)\n\nPress Release SG/T/157 20 April 1967\n\nU THANT LEAVES KARACHI FOR NEW YORK\n\nThe Secretary-General, U Thant, and party left Karachi for London en route to New York at 7.50 a.m. (local time) today, after a two-day visit to Pakistan.\n",
    );
    assert_eq!(h.meta.title.as_deref(), Some("U THANT LEAVES KARACHI FOR NEW YORK"));
    assert_eq!(h.meta.date.as_deref(), Some("1967-04-20"));
    assert_eq!(h.meta.number.as_deref(), Some("SG/T/157"));
}
