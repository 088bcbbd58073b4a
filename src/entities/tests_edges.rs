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
