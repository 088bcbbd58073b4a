//! Where a body's name must stop at a person: a person named before a body
//! (`Mr. Nazar Mohamed to the Embassy`), after its list (`… State Council,
//! and President Rodrigo Roa Duterte`).

use super::tests_bodies::found;

#[test]
fn a_person_before_to_or_and_is_no_part_of_a_body() {
    let r = found("The Ambassador is secretive about the visit of Mr. Nazar Mohamed to the Embassy last week.");
    assert!(r.contains(&"Nazar Mohamed|person".to_string()), "{r:?}");
    assert!(!r.iter().any(|e| e.contains("to the Embassy")), "{r:?}");
    let r = found("Also in attendance were H.E. Thabo Mbeki and H.E. Pierre Buyoya of the Panel.");
    assert!(r.contains(&"Thabo Mbeki|person".to_string()), "{r:?}");
    assert!(r.contains(&"Pierre Buyoya|person".to_string()), "{r:?}");
    assert!(!r.iter().any(|e| e.ends_with("|organization")), "{r:?}");
}

#[test]
fn a_name_a_given_name_opens_before_to_is_no_part_of_a_body() {
    let r = found("Address given by Jacques Delors to the European Parliament (17 January 1989)");
    assert!(r.contains(&"Jacques Delors|person".to_string()), "{r:?}");
    assert!(r.contains(&"European Parliament|organization".to_string()), "{r:?}");
    // A body that a person's name opens keeps its head and its own name.
    let r = found("A grant from the Jean Monnet Foundation to the European Council was announced.");
    assert!(!r.iter().any(|e| e.starts_with("Jean Monnet|")), "{r:?}");
}

#[test]
fn a_person_after_a_bodys_comma_and_is_no_item_of_its_name() {
    let r = found(
        "Zhang Gaoli, Vice Premier of the State Council, and President Rodrigo Roa Duterte attended. Zhang Gaoli, Vice Premier of the Council, and Rodrigo Duterte attended.",
    );
    assert!(!r.iter().any(|e| e.contains("Duterte|organization")), "{r:?}");
}

#[test]
fn a_flattened_signatures_name_and_role_are_no_part_of_its_body() {
    let r = found("Fax. No: +254 20 4443772 Email : or Ofwono Opondo Executive Director Uganda Media Centre");
    assert!(
        !r.iter().any(|e| e.contains("Opondo") && e.ends_with("|organization")),
        "{r:?}"
    );
    // A body whose own name holds a role word stays whole.
    let r = found(
        "The Office of the United Nations High Commissioner for Refugees met the European Union Special Representative.",
    );
    assert!(
        r.iter()
            .any(|e| e.starts_with("Office of the United Nations High Commissioner")),
        "{r:?}"
    );
}

#[test]
fn a_vice_premier_of_a_body_is_no_body() {
    let r = found("The Vice Premier of the State Council attended the opening ceremony.");
    assert!(!r.iter().any(|e| e.starts_with("Vice Premier")), "{r:?}");
}

#[test]
fn a_role_after_and_starts_the_next_name() {
    // A second office of the same person, of a known body.
    let r = found(
        "Catherine Ashton, EU High Representative for Foreign Affairs and Security Policy and Vice President of the European Commission, made the following remarks.",
    );
    assert!(r.contains(&"European Commission|organization".to_string()), "{r:?}");
    assert!(
        !r.iter()
            .any(|e| e.contains("High Representative") && e.ends_with("|organization")),
        "{r:?}"
    );
    // The next person's role, and the name after it.
    let r = found(
        "Chairman of the National Defense Commission of the Democratic People's Republic of Korea and President Kim Dae-jung met in Pyongyang.",
    );
    assert!(
        r.contains(&"National Defense Commission|organization".to_string()),
        "{r:?}"
    );
    assert!(r.contains(&"Kim Dae-jung|person".to_string()), "{r:?}");
    assert!(!r.iter().any(|e| e.contains("and President")), "{r:?}");
}

#[test]
fn a_signatures_role_run_onto_its_body_is_no_part_of_it() {
    let r = found("Information Officer Embassy of Eritrea to the US");
    assert!(
        r.iter()
            .any(|e| e.starts_with("Embassy of Eritrea") && e.ends_with("|organization")),
        "{r:?}"
    );
    assert!(!r.iter().any(|e| e.contains("Officer")), "{r:?}");
    // A group named for its members keeps them.
    let r = found("The leaders launched a senior-level Quad Vaccine Experts Group, comprised of scientists.");
    assert!(
        r.contains(&"Quad Vaccine Experts Group|organization".to_string()),
        "{r:?}"
    );
}

#[test]
fn a_vocative_is_no_person() {
    let r = found("Excellencies, Ladies and Gentlemen, welcome to the state dinner in Tarawa.");
    assert!(!r.iter().any(|e| e.ends_with("|person")), "{r:?}");
    let r = found("Your Excellencies,\nBrothers and Sisters,\nThank you for your kind and warm welcome to Tripoli.");
    assert!(!r.iter().any(|e| e.ends_with("|person")), "{r:?}");
}

#[test]
fn a_second_surname_that_is_also_a_places_name() {
    let r = found(
        "The Minister of Foreign Affairs of Ecuador, Marcelo Fernández Córdoba, and the Minister of Peru met. President Ricardo Lagos Escobar welcomed them.",
    );
    assert!(r.contains(&"Marcelo Fernández Córdoba|person".to_string()), "{r:?}");
    assert!(r.contains(&"Ricardo Lagos Escobar|person".to_string()), "{r:?}");
    // A place after a name, then the sentence goes on: the place stays.
    let r = found("Talks with Ricardo Lagos in Santiago went well.");
    assert!(r.contains(&"Santiago|place".to_string()), "{r:?}");
}

#[test]
fn a_headlines_verb_an_address_and_a_portfolio_open_no_name() {
    for (text, not, person) in [
        ("Ambassador of Vietnam Summoned", "Summoned|person", None),
        (
            "Lesotho Right Hon Prime Minister Dr Motsoahae Thomas Thabane",
            "Right|person",
            Some("Motsoahae Thomas Thabane|person"),
        ),
        (
            "The Commissioner for European Neighbourhood Policy and Enlargement Negotiations, Johannes Hahn, will also participate.",
            "Negotiations|person",
            Some("Johannes Hahn|person"),
        ),
        // A site's `Ver Más` link glued to its teaser; an acting minister.
        (
            "Ver MásDiferentes países saludaron hoy al Paraguay.",
            "Ver MásDiferentes|person",
            None,
        ),
        (
            "En la fecha, el Ministro Sustituto, Embajador Federico González, convocó al encargado.",
            "Sustituto|person",
            Some("Federico González|person"),
        ),
    ] {
        let r = found(text);
        assert!(!r.contains(&not.to_string()), "{r:?}");
        if let Some(person) = person {
            assert!(r.contains(&person.to_string()), "{r:?}");
        }
    }
}

#[test]
fn a_hyphenated_rank_cues_the_name_after_it() {
    let r = found("Barak also met US Under-Secretary of State Strobe Talbott, and the President.");
    assert!(r.contains(&"Strobe Talbott|person".to_string()), "{r:?}");
}

#[test]
fn an_honorific_in_a_flattened_list_opens_the_next_delegate() {
    let r = found(
        "Germany: Mr Otto SCHLECHT State Secretary, Federal Ministry of Economic Affairs Mr Hans TIETMEYER State Secretary",
    );
    assert!(
        r.contains(&"Federal Ministry of Economic Affairs|organization".to_string()),
        "{r:?}"
    );
    assert!(r.contains(&"Hans TIETMEYER|person".to_string()), "{r:?}");
}

#[test]
fn a_role_and_a_known_persons_name_before_of_leave_the_state_after_it() {
    let r = found(
        "We, President Vladimir Putin of the Russian Federation and Foreign Minister Sergey Lavrov of the Russian Federation, attended.",
    );
    assert!(r.contains(&"Vladimir Putin|person".to_string()), "{r:?}");
    assert!(r.contains(&"Sergey Lavrov|person".to_string()), "{r:?}");
    assert!(!r.iter().any(|e| e.ends_with("|organization")), "{r:?}");
}

#[test]
fn what_a_declaration_is_on_may_open_with_a_or_an() {
    let r = found(
        "We welcomed the Nuremberg Declaration on an EU-ASEAN Enhanced Partnership and the Cha-am Hua Hin Declaration on a Roadmap for an ASEAN Community.",
    );
    assert!(
        r.contains(&"Nuremberg Declaration on an EU-ASEAN Enhanced Partnership|programme".to_string()),
        "{r:?}"
    );
    assert!(
        r.contains(&"Cha-am Hua Hin Declaration on a Roadmap for an ASEAN Community|programme".to_string()),
        "{r:?}"
    );
    // An agreement on a thing in lower case names no more than itself.
    let r = found("They signed the Paris Agreement on a warming limit.");
    assert!(r.contains(&"Paris Agreement|programme".to_string()), "{r:?}");
}

#[test]
fn the_parliaments_committees_are_named_by_their_acronyms() {
    let r = found("The draft was referred to AFET and LIBE for opinion.");
    assert!(r.contains(&"AFET|organization".to_string()), "{r:?}");
    assert!(r.contains(&"LIBE|organization".to_string()), "{r:?}");
}

#[test]
fn south_asian_and_african_honorifics_open_no_name() {
    let r = found(
        "The Prime Minister of Bangladesh, Her Excellency Begum Khaleda Zia; the Prime Minister of Bhutan, His Excellency Lyonpo Khandu Wangchuk; and Al-Hajj Odongo Jeje Abubakhar met.",
    );
    for name in ["Khaleda Zia", "Khandu Wangchuk", "Odongo Jeje Abubakhar"] {
        assert!(r.contains(&format!("{name}|person")), "{r:?}");
    }
}

#[test]
fn romance_forms_of_address_and_south_asian_given_names() {
    let r = found(
        "Dos meses después del viaje a México de Su Majestad Felipe VI para asistir a la ceremonia, el Rey Juan Carlos habló.",
    );
    for name in ["Felipe VI", "Juan Carlos"] {
        assert!(r.contains(&format!("{name}|person")), "{r:?}");
    }
    assert!(!r.iter().any(|x| x.contains("Majestad") || x.contains("Rey")), "{r:?}");
    let r = found(
        "Philippine Ambassador to France Theresa P. Lazaro hosted a lunch after India's ambassador to the United States, Naresh Chandra, spoke.",
    );
    for name in ["Theresa P. Lazaro", "Naresh Chandra"] {
        assert!(r.contains(&format!("{name}|person")), "{r:?}");
    }
    // A portfolio after a minister's title, and summits named for places, are no people.
    let r = found("O Ministro dos Negócios Estrangeiros de Moçambique e as Washington/Crawford Summits.");
    assert!(!r.iter().any(|x| x.ends_with("|person")), "{r:?}");
}

#[test]
fn two_bodies_each_named_by_its_head_first_are_two() {
    let r = found("The Summit welcomed representatives of the IGAD Council of Ministers and Committee of Ambassadors.");
    assert!(
        r.contains(&"IGAD Council of Ministers|organization".to_string()),
        "{r:?}"
    );
    assert!(
        r.contains(&"Committee of Ambassadors|organization".to_string()),
        "{r:?}"
    );
}

#[test]
fn representatives_of_a_body_are_not_its_name() {
    let r = found("Representatives of the Arctic Council attended the meeting.");
    assert!(r.contains(&"Arctic Council|organization".to_string()), "{r:?}");
    assert!(!r.iter().any(|e| e.starts_with("Representatives")), "{r:?}");
}

#[test]
fn romance_titles_with_their_articles_and_dutch_forms_of_address() {
    let r = found(
        "A l’invitation de Son Excellence Monsieur Roch Marc Christian KABORE, Président du Faso, Président du Conseil des Ministres, Son Excellence le Professeur Faustin-Archange TOUADERA, Président de la République, a effectué une visite.",
    );
    for name in ["Roch Marc Christian KABORE", "Faustin-Archange TOUADERA"] {
        assert!(r.contains(&format!("{name}|person")), "{r:?}");
    }
    assert!(
        !r.iter().any(|x| x.starts_with("Son|") || x.contains("Faso|person")),
        "{r:?}"
    );
    let r = found(
        "Voorzitter de heer Dimitrij Rupel, minister van Buitenlandse Zaken, opende de zitting van de Raad der Ostseestaaten.",
    );
    assert!(r.contains(&"Dimitrij Rupel|person".to_string()), "{r:?}");
    assert!(
        !r.iter()
            .any(|x| x.contains("Zaken|person") || x.contains("Ostseestaaten|person")),
        "{r:?}"
    );
}

#[test]
fn an_operations_code_name_keeps_a_bodys_head_word() {
    let r = found(
        "I thank all those who have contributed to Operation Allied Force and to the Operation Centre of the Union.",
    );
    assert!(r.contains(&"Operation Allied Force|programme".to_string()), "{r:?}");
    assert!(!r.iter().any(|x| x.starts_with("Operation Centre|programme")), "{r:?}");
}

#[test]
fn a_places_name_inside_or_opening_a_personal_name() {
    let r = found("Joint Communique Following Discussions With President Miguel de la Madrid Hurtado of Mexico.");
    assert!(r.contains(&"Miguel de la Madrid Hurtado|person".to_string()), "{r:?}");
    let r = found("The statement was delivered by Hon. Arlington Alexander Musgrove, Minister of Immigration.");
    assert!(r.contains(&"Arlington Alexander Musgrove|person".to_string()), "{r:?}");
    let r = found(
        "They met the President of the Kyrgyz Republic Roza Otunbayeva and the Foreign Minister of New Zealand Gerry Brownlee.",
    );
    for name in ["Roza Otunbayeva", "Gerry Brownlee"] {
        assert!(r.contains(&format!("{name}|person")), "{r:?}");
    }
    let r = found("The Prime Minister of Spain, José Luis Rodríguez Zapatero de España, met President Lula in Madrid.");
    assert!(r.contains(&"Madrid|place".to_string()), "{r:?}");
}
