//! People in texts written in Cyrillic (Russian, Ukrainian, Belarusian,
//! Bulgarian, Serbian, Kazakh), as their foreign ministries name them: the
//! initials, then the surname (`С.В.Лавров`, `Н. А. Назарбаев`, `В.Зеленський`).
//! Those scripts give the Latin rules no capitals to read, and the initials
//! are the genre's constant mark of a person.

use super::names::RuleHit;
use crate::document::EntityKind;
use regex::Regex;
use std::sync::LazyLock;

/// One or two initials, each a capital and a dot (a space may follow), then
/// a capitalised word (a hyphenated double surname allowed).
static INITIALLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")
        .expect("the initialled-name pattern compiles")
});

/// Whether a character is Cyrillic.
fn cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// `Н.А.Назарбаев`, `С. В. Лавров`: pushes each name written in Cyrillic
/// initials and a surname.
pub(super) fn find_initialled_names(text: &str, hits: &mut Vec<RuleHit>) {
    // Cyrillic letters take two bytes led by 0xD0–0xD3: a text with none is
    // done after one scan.
    if memchr::memchr2(0xD0, 0xD1, text.as_bytes()).is_none() {
        return;
    }
    for m in INITIALLED.find_iter(text) {
        let name = m.as_str();
        // All of it Cyrillic: a Latin `S.V.Lavrov` is the Latin rules'.
        if !name.chars().filter(|c| c.is_alphabetic()).all(cyrillic) {
            continue;
        }
        // (Abbreviations before a name, `г. Москва`, are in lower case.)
        hits.push(RuleHit {
            start: m.start(),
            end: m.end(),
            kind: EntityKind::Person,
            canonical: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let mut hits = Vec::new();
        find_initialled_names(text, &mut hits);
        hits.iter().map(|h| &text[h.start..h.end]).collect()
    }

    #[test]
    fn initials_and_a_surname_in_cyrillic_are_a_person() {
        assert_eq!(
            names("В заседании приняли участие Н.А.Назарбаев, Д.А.Медведев и Х.Карзай."),
            ["Н.А.Назарбаев", "Д.А.Медведев", "Х.Карзай"]
        );
        assert_eq!(names("Министр С. В. Лавров провел переговоры."), ["С. В. Лавров"]);
        assert_eq!(names("Президент В.Зеленський заявив."), ["В.Зеленський"]);
        assert!(names("Foreign Minister S.V.Lavrov held talks. В Москве.").is_empty());
        assert!(names("Встреча прошла в г. Москве.").is_empty());
    }
}
