//! Bodies' and people's names at their edges: where one name ends and the
//! next begins, and words that look like names but are not.

use super::Extractor;

/// Each text's entities as `surface|kind`.
pub(super) fn found(text: &str) -> Vec<String> {
    let (x, _) = Extractor::new(None);
    x.extract_document(&[text])
        .remove(0)
        .into_iter()
        .map(|f| {
            format!(
                "{}|{}",
                &text[f.range.start as usize..f.range.end as usize],
                f.kind.as_str()
            )
        })
        .collect()
}

#[test]
fn an_assembly_of_heads_of_state_and_government_is_one_body_and_its_organisation_another() {
    let r = found(
        "The resolutions were adopted by the Assembly of Heads of State and Government of the Organization of African Unity at Monrovia.",
    );
    assert!(
        r.contains(&"Assembly of Heads of State and Government|organization".to_string()),
        "{r:?}"
    );
    assert!(
        r.contains(&"Organization of African Unity|organization".to_string()),
        "{r:?}"
    );
}

#[test]
fn the_caribbean_communitys_conference_of_heads_of_government_keeps_whose_it_is() {
    let r = found(
        "The Minister attended the 38th Regular Meeting of the Conference of Heads of Government of the Caribbean Community (CARICOM) held in Grenada.",
    );
    assert!(
        r.contains(&"Conference of Heads of Government of the Caribbean Community|organization".to_string()),
        "{r:?}"
    );
    // Its single market is a programme of the Community's, under its full name.
    let r = found("Heads reviewed the operation of the CARICOM Single Market and Economy in Grenada.");
    assert!(
        r.contains(&"CARICOM Single Market and Economy|programme".to_string()),
        "{r:?}"
    );
}

#[test]
fn honorifics_of_many_states_open_a_name_and_are_no_part_of_it() {
    let r = found(
        "The session was called to order by H.E. Ato Ketema Yifru. His Imperial Majesty spoke. Ratu Sir Kamisese Mara chaired the meeting.",
    );
    assert!(r.contains(&"Ketema Yifru|person".to_string()), "{r:?}");
    assert!(r.contains(&"Kamisese Mara|person".to_string()), "{r:?}");
    assert!(
        !r.iter()
            .any(|e| e.contains("Majesty") || e.starts_with("Ato ") || e.starts_with("Ratu")),
        "{r:?}"
    );
}

#[test]
fn a_surname_after_an_honorific_is_a_person_before_the_body_of_and_a_place_after_de_is_not_the_names() {
    let r = found("The ceremony was attended by Prof. Gorodetsky of Tel Aviv University.");
    assert!(r.contains(&"Tel Aviv University|organization".to_string()), "{r:?}");
    assert!(r.contains(&"Gorodetsky|person".to_string()), "{r:?}");
    let r =
        found("El Presidente José Luis Rodríguez Zapatero de España recibió al Presidente Martin Torrijos de Panamá.");
    assert!(r.contains(&"José Luis Rodríguez Zapatero|person".to_string()), "{r:?}");
    assert!(r.contains(&"Martin Torrijos|person".to_string()), "{r:?}");
    // A particle before a surname stays the name's.
    let r = found("Statement by Luiz Inácio Lula da Silva and Staffan de Mistura in Geneva.");
    assert!(r.contains(&"Luiz Inácio Lula da Silva|person".to_string()), "{r:?}");
    assert!(r.contains(&"Staffan de Mistura|person".to_string()), "{r:?}");
}

#[test]
fn two_known_bodies_joined_by_to_are_two_and_a_mission_to_one_is_one() {
    let r = found(
        "Letter from the Permanent Observer for the League of Arab States to the United Nations. The Permanent Mission of France to the United Nations presents its compliments.",
    );
    assert!(r.contains(&"League of Arab States|organization".to_string()), "{r:?}");
    assert!(r.contains(&"United Nations|organization".to_string()), "{r:?}");
    assert!(
        r.contains(&"Permanent Mission of France to the United Nations|organization".to_string()),
        "{r:?}"
    );
}

#[test]
fn a_role_after_a_known_body_starts_the_next_name() {
    let r = found(
        "(Signed) Thabo Makeica, Permanent Representative of Lesotho to the United Nations Chairman of the African Group",
    );
    assert!(r.contains(&"African Group|organization".to_string()), "{r:?}");
    assert!(!r.iter().any(|e| e.contains("Chairman")), "{r:?}");
}

#[test]
fn abstract_nouns_and_headline_verbs_after_a_role_are_no_person() {
    for text in [
        "The Minister for Foreign Affairs and Regional Integration met the press.",
        "The RT Hon Philip Hammond MP Secretary of State For Foreign and Commonwealth Affairs Intervention at The UN General Assembly",
        "U.S. Nuclear Weapons Policy & Secretary Clinton Remarks on START",
        "Deputy Secretary Travels to India and Bangladesh",
    ] {
        let r = found(text);
        for word in ["Integration", "Intervention", "Remarks", "Travels"] {
            assert!(!r.iter().any(|e| e.contains(word) && e.ends_with("|person")), "{r:?}");
        }
    }
}

#[test]
fn bodies_named_in_other_languages() {
    let r = found(
        "Der Sprecher des Auswärtigen Amts sagte in New York bei den Vereinten Nationen, die NAVO und die Organisation des États américains …",
    );
    for want in ["Auswärtigen Amts", "Vereinten Nationen", "NAVO"] {
        assert!(r.contains(&format!("{want}|organization")), "{want}: {r:?}");
    }
}

#[test]
fn an_arab_name_opening_with_a_title_or_a_place_keeps_it() {
    let r = found(
        "The meeting was chaired by His Excellency Sheikh Sabah Khalid Al-Hamad Al-Sabah, Deputy Prime Minister. His Excellency Mr Sultan bin Saad Al Muraikhi, Minister of State, attended.",
    );
    assert!(
        r.contains(&"Sabah Khalid Al-Hamad Al-Sabah|person".to_string()),
        "{r:?}"
    );
    assert!(r.contains(&"Sultan bin Saad Al Muraikhi|person".to_string()), "{r:?}");
}

#[test]
fn a_places_genitive_in_german_dutch_and_the_nordic_languages_is_the_place() {
    let r = found(
        "For første gang mødes Danmarks og Ungarns udenrigsministre. Die Vertreter Bulgariens und Polens sprachen. The Americas and the Guineas.",
    );
    for want in ["Danmarks", "Ungarns", "Bulgariens", "Polens"] {
        assert!(r.contains(&format!("{want}|place")), "{want}: {r:?}");
    }
    // An English name's `s` is a plural's.
    assert!(!r.iter().any(|e| e.starts_with("Guineas")), "{r:?}");
}

#[test]
fn an_emissions_standard_is_no_sum() {
    let r = found(
        "The Regulation on type approval of light vehicles (Euro 5 and Euro 6) was discussed; India (Euro 5.2 million) and Russia (Euro 800,000) pledged.",
    );
    assert!(
        !r.iter().any(|e| e.starts_with("Euro 5|") || e.starts_with("Euro 6|")),
        "{r:?}"
    );
    assert!(r.contains(&"Euro 5.2 million|money".to_string()), "{r:?}");
    assert!(r.contains(&"Euro 800,000|money".to_string()), "{r:?}");
}

#[test]
fn a_date_with_of_before_its_year_or_a_comma_after_its_foreign_month() {
    let r = found("Adopted on the 10th of January of 2019 in Washington. Ciudad de México, 27 agosto, 2017.");
    assert!(r.contains(&"10th of January of 2019|date".to_string()), "{r:?}");
    assert!(r.contains(&"27 agosto, 2017|date".to_string()), "{r:?}");
}

#[test]
fn roles_in_other_languages_open_a_name() {
    let r = found(
        "Pressesekretær Lea Juel Henriksen, 33 92 22 59. Son Excellence Mankeur NDIAYE a relevé la sollicitude de Sa Majesté le Roi Abdallah ben Abdelaziz al-Saoud et du Roi Mohammed VI.",
    );
    for want in [
        "Lea Juel Henriksen|person",
        "Mankeur NDIAYE|person",
        "Abdallah ben Abdelaziz al-Saoud|person",
        "Mohammed VI|person",
    ] {
        assert!(r.contains(&want.to_string()), "{want} not in {r:?}");
    }
    // A South Asian honorific is no part of the name.
    let r = found("Hon'ble Narendra Bikram Shah, Minister for Foreign Affairs, visited Thimphu.");
    assert!(r.contains(&"Narendra Bikram Shah|person".to_string()), "{r:?}");
}

#[test]
fn a_letter_a_font_did_not_map_keeps_its_word_whole() {
    let r =
        found("President Mr Michel BAR\u{FFFD}IER French Minister for Agriculture and Fisheries opened the meeting.");
    assert!(r.contains(&"Michel BAR\u{FFFD}IER|person".to_string()), "{r:?}");
}

#[test]
fn a_headlines_verb_a_meeting_and_plural_titles_are_no_names() {
    let r = found(
        "Taoiseach Responds to Death of Osama Bin Laden. President Clinton announced the Summit. Their Majesties and Their Highnesses the Kings, Presidents and Amirs met at the Islamic Summit.",
    );
    for bad in [
        "Responds|person",
        "Summit|person",
        "Islamic|person",
        "Majesties|person",
        "Kings|person",
    ] {
        assert!(!r.contains(&bad.to_string()), "{bad} in {r:?}");
    }
    assert!(r.contains(&"Clinton|person".to_string()), "{r:?}");
}

#[test]
fn an_office_named_after_its_holder_is_one_body() {
    let r = found(
        "The Prime Minister’s Office said today that the Minister’s Office had written to the President's Department.",
    );
    assert!(r.contains(&"Prime Minister’s Office|organization".to_string()), "{r:?}");
    assert!(!r.iter().any(|f| f.starts_with("Minister’s Office")), "{r:?}");
}

#[test]
fn german_roles_an_office_after_a_name_and_a_malawian_particle() {
    let r = found(
        "Der Bundeskanzler telefonierte mit dem russischen Staatspräsidenten Wladimir Putin. Mr David HEATHCOAT-AMORY Paymaster General spoke, and President Bingu wa Mutharika of Malawi.",
    );
    for want in [
        "Wladimir Putin|person",
        "David HEATHCOAT-AMORY|person",
        "Bingu wa Mutharika|person",
    ] {
        assert!(r.contains(&want.to_string()), "{want} not in {r:?}");
    }
}

#[test]
fn a_communique_named_after_its_body_is_not_the_body() {
    let r = found(
        "7th Session of the Council of Foreign Ministers of OIC Final Communique. The Council of Foreign Ministers met in Istanbul.",
    );
    assert!(!r.iter().any(|f| f.contains("Communique|organization")), "{r:?}");
}

#[test]
fn a_states_government_is_no_body_and_a_field_label_ends_a_name() {
    let f = found(
        "The Soviet Government and the Solomon Islands Government welcomed the Transitional Federal Government. From: General Secretariat of the Council To: Permanent Representatives Committee",
    );
    assert!(
        !f.iter()
            .any(|s| s.contains(" Government|organization") && !s.starts_with("Transitional")),
        "{f:?}"
    );
    assert!(
        f.contains(&"Transitional Federal Government|organization".to_string()),
        "{f:?}"
    );
    assert!(
        f.contains(&"General Secretariat of the Council|organization".to_string()),
        "{f:?}"
    );
}

#[test]
fn a_headlines_verb_a_page_label_or_a_postal_address_ends_a_bodys_name() {
    let f = found(
        "Security Council Extends Mandate of United Nations Mission in South Sudan. Security Council Unanimously Adopts Its Annual Report to General Assembly. From Department of Foreign Affairs Published on Last updated on. Ministry of Foreign Affairs P.O. Box 547. Deputy Prime Minister Meets President of Syrian National Coalition",
    );
    for want in [
        "Security Council|organization",
        "United Nations Mission in South Sudan|organization",
        "General Assembly|organization",
        "Department of Foreign Affairs|organization",
        "Ministry of Foreign Affairs|organization",
        "Syrian National Coalition|organization",
    ] {
        assert!(f.contains(&want.to_string()), "{want} in {f:?}");
    }
    assert!(
        !f.iter()
            .any(|s| s.contains("Extends") || s.contains("Adopts") || s.contains("Published")),
        "{f:?}"
    );
}

#[test]
fn irish_and_nordic_offices_before_a_name_are_no_part_of_it() {
    let f = found("Tánaiste Micheál Martin will travel. Pressekontakt: Avdelingsdirektør Torgeir Larsen, 916 12 948");
    assert!(f.contains(&"Micheál Martin|person".to_string()), "{f:?}");
    assert!(f.contains(&"Torgeir Larsen|person".to_string()), "{f:?}");
    assert!(!f.iter().any(|s| s.starts_with("Tánaiste")), "{f:?}");
}

#[test]
fn a_mails_sender_is_a_person_and_a_body_sending_stays_a_body() {
    assert!(found("From: Semere Asmelash <>").contains(&"Semere Asmelash|person".to_string()));
    let f = found("From: Ministry of Foreign Affairs <info@example.org>");
    assert!(!f.iter().any(|s| s.ends_with("|person")), "{f:?}");
}

#[test]
fn a_mails_sender_without_the_address_is_still_a_person() {
    assert!(found("From: Semere Asmelash").contains(&"Semere Asmelash|person".to_string()));
    let f = found("From: General Secretariat of the Council");
    assert!(!f.iter().any(|s| s.ends_with("|person")), "{f:?}");
}

#[test]
fn a_mission_is_named_with_the_body_it_is_sent_to_and_a_non_breaking_hyphen_joins_a_name() {
    let f = found(
        "Statement by the Delegation of the European Union to the United Nations. Foreign Minister Ramos‐Horta spoke.",
    );
    assert!(
        f.contains(&"Delegation of the European Union to the United Nations|organization".to_string()),
        "{f:?}"
    );
    assert!(f.contains(&"Ramos‐Horta|person".to_string()), "{f:?}");
}

#[test]
fn a_vocative_ends_a_name_and_a_title_after_an_article_is_no_one() {
    let f = found("President Halla Tómasdóttir Your Majesties Your Royal Highnesses Excellencies, it is a pleasure.");
    assert!(f.contains(&"Halla Tómasdóttir|person".to_string()), "{f:?}");
    let f = found("After the meeting at the Amiri Diwan today, HH The Amir said the talks went well.");
    assert!(!f.iter().any(|s| s.ends_with("|person")), "{f:?}");
    let f = found("George Ciamba, Romanian Minister Delegate for European Affairs, said.");
    assert!(!f.contains(&"Delegate|person".to_string()), "{f:?}");
}

#[test]
fn a_places_thing_after_a_role_is_no_holder_of_it() {
    let f = found("Statement by the Prime Minister on Ukraine’s Day of Resistance");
    assert!(!f.iter().any(|s| s.ends_with("|person")), "{f:?}");
}

#[test]
fn a_speaker_by_role_and_name_before_to_is_a_person_not_the_bodys() {
    let f = found("Address by Minister Cannon to Diplomatic Forum");
    assert!(f.contains(&"Cannon|person".to_string()), "{f:?}");
    assert!(!f.iter().any(|s| s.starts_with("Minister")), "{f:?}");
}

#[test]
fn a_title_held_by_office_after_the_is_no_one_and_nor_are_member_states_or_guests() {
    for text in [
        "Al-Saadoun congratulated His Highness the Amir on taking the oath.",
        "invites the High Representative, the Commission and the Member States to bring work forward.",
        "Ambassador, Excellencies, Distinguished Guests, Ladies and Gentlemen,",
    ] {
        let f = found(text);
        assert!(!f.iter().any(|s| s.ends_with("|person")), "{text}: {f:?}");
    }
    let f = found("His Highness the Amir Sheikh Meshal Al-Ahmad received several cables.");
    assert!(f.contains(&"Meshal Al-Ahmad|person".to_string()), "{f:?}");
}

#[test]
fn a_person_after_a_ministry_is_no_portfolio_of_it_and_an_embargo_line_ends_a_name() {
    let f = found("Senior Minister of State, Ministry of Transport, Mrs Josephine Teo, and Senior Minister of State");
    assert!(f.contains(&"Ministry of Transport|organization".to_string()), "{f:?}");
    assert!(f.contains(&"Josephine Teo|person".to_string()), "{f:?}");
    let f = found("The White House Office of the Press Secretary For Immediate Release July 20, 2010");
    assert!(
        f.contains(&"White House Office of the Press Secretary|organization".to_string()),
        "{f:?}"
    );
}

#[test]
fn a_european_council_number_and_its_file_codes_but_not_its_suffix_below_or_a_stacked_footer() {
    let f = found("European Council\nBrussels, 14 December 2017\nEUCO 19/1/17\nREV 1\nCO EUR 24\nCONCL 7");
    for r in ["EUCO 19/1/17", "CO EUR 24", "CONCL 7"] {
        assert!(f.contains(&format!("{r}|reference")), "{r}: {f:?}");
    }
    assert!(
        !f.iter().any(|s| s.starts_with("REV") || s.starts_with("19/1/17")),
        "{f:?}"
    );
    let f = found("6493/10\nCO EUR-PREP 3\nNOTE");
    assert!(f.contains(&"CO EUR-PREP 3|reference".to_string()), "{f:?}");
    let f = found("6493/10\nDQPG\n1\nEN\nPDF to HTML");
    assert_eq!(f, vec!["6493/10|reference".to_string()]);
}

#[test]
fn a_role_between_a_body_and_its_holder_is_neither() {
    let r = found("Committee of Ministers Chairman Miguel Angel Moratinos opened the session.");
    assert!(r.contains(&"Committee of Ministers|organization".to_string()), "{r:?}");
    assert!(r.contains(&"Miguel Angel Moratinos|person".to_string()), "{r:?}");
    // A body named for its office keeps the office.
    let r = found("A statement from the Office of the Press Secretary was issued.");
    assert!(
        r.contains(&"Office of the Press Secretary|organization".to_string()),
        "{r:?}"
    );
}

#[test]
fn a_pronoun_or_a_vocative_after_a_bodys_comma_is_no_item_of_its_name() {
    let r = found("I addressed the Parliamentary Assembly of the Council of Europe, and I met its President.");
    assert!(
        r.contains(&"Parliamentary Assembly of the Council of Europe|organization".to_string()),
        "{r:?}"
    );
    let r = found("Colleagues in the Department of Foreign Affairs, Ladies and Gentlemen, good evening.");
    assert!(
        r.contains(&"Department of Foreign Affairs|organization".to_string()),
        "{r:?}"
    );
    // A body named for a list keeps its items.
    let r = found("He chairs the Strategic Committee on Immigration, Frontiers and Asylum this year.");
    assert!(
        r.contains(&"Strategic Committee on Immigration, Frontiers and Asylum|organization".to_string()),
        "{r:?}"
    );
}

#[test]
fn an_office_in_a_body_or_a_paper_of_it_names_the_body_after_of() {
    let f = found(
        "The Presidency of the Council of the European Union thanked the Members of the Arctic Council; the Review of the Foreign Affairs Council was late.",
    );
    for body in [
        "Council of the European Union",
        "Arctic Council",
        "Foreign Affairs Council",
    ] {
        assert!(f.contains(&format!("{body}|organization")), "{body}: {f:?}");
    }
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Presidency") || x.starts_with("Review") || x.starts_with("Members")),
        "{f:?}"
    );
}

#[test]
fn a_known_body_with_a_flattened_pages_next_words_glued_on_is_the_body() {
    let f = found(
        "From: General Secretariat of the Council On 5 May the Committee met. The Council of the EU Statement on Iran was issued. The European Union Agency for Fundamental Rights reported.",
    );
    for body in [
        "General Secretariat of the Council",
        "Council of the EU",
        "European Union Agency for Fundamental Rights",
    ] {
        assert!(f.contains(&format!("{body}|organization")), "{body}: {f:?}");
    }
    assert!(!f.iter().any(|x| x.contains(" On") || x.contains("Statement")), "{f:?}");
}
#[test]
fn an_ordinal_after_a_name_is_the_dates_day() {
    let f = found("the Paris Agreement 15th of February 1991; the Visegrad Declaration 15th February 1991");
    assert!(f.contains(&"15th of February 1991|date".to_string()), "{f:?}");
    assert!(f.contains(&"15th February 1991|date".to_string()), "{f:?}");
    assert!(f.contains(&"Paris Agreement|programme".to_string()), "{f:?}");
    // After the connector an agreement's subject would take, too.
    let f = found("They signed the historic Panglong Agreement on 12th February 1947, and proved it.");
    assert!(f.contains(&"12th February 1947|date".to_string()), "{f:?}");
    assert!(f.contains(&"Panglong Agreement|programme".to_string()), "{f:?}");
}
#[test]
fn a_person_after_a_bodys_joining_word_and_spaced_or_plural_forms_of_address() {
    // `Gobierno Electo de Luis Arce`: the person the government serves.
    assert_eq!(
        found("3) El Gobierno Electo de Luis Arce, quién es el anfitrión de los actos."),
        vec!["Luis Arce|person"]
    );
    // `H. E.` spaced as initials is His Excellency's.
    let f = found("President of the Republic, H. E. Uhuru Kenyatta, President of Kenya");
    assert!(f.contains(&"Uhuru Kenyatta|person".to_string()), "{f:?}");
    // A salutation's plural and a text's kind are nobody's name.
    assert!(found("Señoras y Señores, buenas noches").is_empty());
    assert!(found("Uma Declaração de mais de 40 parágrafos").is_empty());
}
#[test]
fn an_envoys_title_with_its_elision_spaced_opens_no_body() {
    let f = found("The Charge d’ Affaires of the Montenegrin Embassy in Serbia was summoned.");
    assert!(f.iter().all(|e| !e.starts_with("Affaires")), "{f:?}");
}
#[test]
fn a_social_networks_button_is_no_body_but_the_company_in_a_sentence_is() {
    assert!(found("Share on Twitter").iter().all(|e| !e.starts_with("Twitter")));
    // A menu of them, one a line, however long the list.
    let f = found(
        "  • social-icons Telegram\n  • social-icons Facebook\n  • social-icons Instagram\n  • social-icons Twitter\n",
    );
    assert!(f.iter().all(|e| !e.ends_with("|organization")), "{f:?}");
    assert!(
        found("social-icons Telegram")
            .iter()
            .all(|e| !e.starts_with("Telegram"))
    );
    let f = found("The minister said on Twitter that the talks would resume next week in Geneva.");
    assert!(f.contains(&"Twitter|organization".to_string()), "{f:?}");
}
#[test]
fn a_capitalised_particle_after_a_given_name_goes_on_to_the_surname() {
    assert_eq!(found("Dirk De Backer said so."), ["Dirk De Backer|person"]);
    assert_eq!(found("Maria De Sousa said so."), ["Maria De Sousa|person"]);
}

#[test]
fn a_datelines_place_after_a_signature_is_no_surname() {
    assert_eq!(
        found("the IAEA, Mr Robert Wright Vienna, 26 September 2005 Statement"),
        [
            "IAEA|organization",
            "Robert Wright|person",
            "Vienna|place",
            "26 September 2005|date"
        ]
    );
    assert_eq!(
        found("Statement by Robert Wright Vienna, 26 September 2005"),
        ["Robert Wright|person", "Vienna|place", "26 September 2005|date"]
    );
}

#[test]
fn the_unions_policies_in_its_own_lower_case_are_programmes() {
    let f = found("Implementation of the common foreign and security policy – annual report");
    assert!(
        f.contains(&"common foreign and security policy|programme".to_string()),
        "{f:?}"
    );
}

#[test]
fn a_us_date_without_a_space_after_its_comma_is_whole() {
    let f = found("Stepanakert, November 30,2019. The ceasefire was violated.");
    assert!(f.contains(&"November 30,2019|date".to_string()), "{f:?}");
}
#[test]
fn sheikh_inside_a_somali_name_is_the_names() {
    assert_eq!(
        found("President Hassan Sheikh Mohamud said so."),
        ["Hassan Sheikh Mohamud|person"]
    );
}

#[test]
fn what_a_ministry_or_a_states_body_is_said_to_be_on_is_not_its_name() {
    let r = found(
        "Ukrainian Foreign Ministry on K. Annan's Agreement with Iraq\n\nComment by the Foreign Ministry of the Russian Federation on the Anniversary of NATO 1999 aggression against Yugoslavia\n\nThe Committee on Foreign Affairs met. The United Nations Office on Drugs and Crime said so.\n",
    );
    for body in [
        "Ukrainian Foreign Ministry",
        "Foreign Ministry of the Russian Federation",
        "Committee on Foreign Affairs",
        "United Nations Office on Drugs and Crime",
    ] {
        assert!(r.contains(&format!("{body}|organization")), "{body}: {r:?}");
    }
}

#[test]
fn a_nationality_sharing_a_bodys_noun_the_years_a_framework_is_for_and_a_texts_label() {
    let r = found(
        "Intro.\n\nIn the face of growing Soviet and Warsaw Pact military power, the EU Financial Framework for 2007-2013 was agreed. Synopsis: Adoption of Declaration on Atlantic Relations - Text of Declaration on Atlantic Relations.\n",
    );
    for e in [
        "Warsaw Pact|organization",
        "EU Financial Framework for 2007-2013|programme",
        "Declaration on Atlantic Relations|programme",
    ] {
        assert!(r.contains(&e.to_string()), "{e}: {r:?}");
    }
    assert!(
        !r.iter()
            .any(|e| e.starts_with("Soviet and") || e.starts_with("Text of")),
        "{r:?}"
    );
}

#[test]
fn an_address_to_a_bodys_officials_names_the_body_after_them() {
    let f = found("Chief Director and Officials of the Ministry of Information, Ladies and Gentlemen.");
    assert!(f.contains(&"Ministry of Information|organization".to_string()), "{f:?}");
    assert!(!f.iter().any(|e| e.starts_with("Chief Director")), "{f:?}");
}

#[test]
fn a_french_presidents_name_before_the_role() {
    let f = found("Hier, Rossen Plevneliev, Président de la République de Bulgarie, est intervenu.");
    assert!(f.contains(&"Rossen Plevneliev|person".to_string()), "{f:?}");
    let f = found("The debate was opened by Diogo Freitas do Amaral, President of the General Assembly.");
    assert!(f.contains(&"Diogo Freitas do Amaral|person".to_string()), "{f:?}");
}
