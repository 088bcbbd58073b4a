//! Names a text defines by their acronym in brackets, read back from the
//! acronym's letters: `Organisation pour la coopération économique et le
//! développement (OCDE)`, `Mission multidimensionnelle intégrée des Nations
//! Unies pour la stabilisation au Mali (MINUSMA)`. French, Spanish and
//! Dutch bodies capitalise only their first word, so the capitalised-run
//! rules never see the whole name; the acronym says where it begins.

use super::names::RuleHit;
use super::tokens::Token;
use super::vocab::{ORG_HEADS_FIRST, PROGRAMME_HEADS_FIRST};
use crate::document::EntityKind;

/// A body's head word in the EU's and the UN's other languages.
const FOREIGN_ORG_HEADS: &[&str] = &[
    "Organisation",
    "Organización",
    "Organização",
    "Organizzazione",
    "Organisatie",
    "Conférence",
    "Conferencia",
    "Conferência",
    "Conferenza",
    "Mission",
    "Misión",
    "Missão",
    "Missione",
    "Commission",
    "Comisión",
    "Comissão",
    "Commissione",
    "Commissie",
    "Comité",
    "Comitato",
    "Conseil",
    "Consejo",
    "Conselho",
    "Consiglio",
    "Fonds",
    "Fondo",
    "Fundo",
    "Agence",
    "Agencia",
    "Agência",
    "Agenzia",
    "Banque",
    "Banco",
    "Banca",
    "Cour",
    "Corte",
    "Tribunal",
    "Haut-Commissariat",
    "Alto",
    "Assemblée",
    "Asamblea",
    "Union",
    "Unión",
    "Communauté",
    "Comunidad",
    "Département",
    "Departamento",
    "Ministère",
    "Ministerio",
    "Ministério",
    "Ministero",
    "Secrétariat",
    "Secretaría",
    "Groupe",
    "Grupo",
    "Groep",
    "Institut",
    "Instituto",
    "Centre",
    "Centro",
    "Service",
    "Servicio",
    "Dienst",
    "Europese",
    "Office",
    "Oficina",
    "Bureau",
    "Autorité",
    "Autoridad",
    "Parlement",
    "Parlamento",
    "Programme",
    "Programa",
    "Programma",
];

/// An agreement's head word in those languages.
const FOREIGN_PROGRAMME_HEADS: &[&str] = &[
    "Convention",
    "Convención",
    "Convenção",
    "Convenzione",
    "Accord",
    "Acuerdo",
    "Acordo",
    "Accordo",
    "Traité",
    "Tratado",
    "Trattato",
    "Pacte",
    "Pacto",
    "Protocole",
    "Protocolo",
    "Stratégie",
    "Estrategia",
    "Initiative",
    "Iniciativa",
];

/// Words an acronym's letters skip (`Organisation pour la …`).
const SMALL: &[&str] = &[
    "of", "the", "and", "for", "on", "in", "to", "de", "des", "du", "la", "le", "les", "et", "pour", "sur", "au",
    "aux", "del", "el", "los", "las", "y", "en", "da", "do", "dos", "das", "e", "per", "di", "della", "van", "voor",
    "het",
];

/// Into `hits`: each name a bracketed acronym spells back to its head word,
/// where the name holds a word in lower case (a name in capitals the other
/// rules find whole).
pub(super) fn find_defined_names(text: &str, t: &[Token], hits: &mut Vec<RuleHit>) {
    // Asked of every text: only its brackets are visited, found by memchr.
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let k = t.partition_point(|w| w.start < open);
        if k == 0 || k + 2 >= t.len() || t[k].start != open || t[k].text != "(" || t[k + 2].text != ")" {
            continue;
        }
        let acronym = t[k + 1].text;
        let letters = acronym.chars().count();
        // (Two letters spell too much by chance: `(CE)` after any `Consiglio … regolamento`.)
        if !(3..=10).contains(&letters) || !acronym.chars().all(|c| c.is_uppercase()) {
            continue;
        }
        // Schwartz and Hearst's reading: the acronym's letters, last first,
        // each found in the words before the bracket, the first letter at a
        // word's start; the name is no longer than the acronym allows.
        let window = (letters + 5).min(letters * 2);
        let words: Vec<usize> = (k.saturating_sub(window)..k).filter(|&i| t[i].word).collect();
        let Some(mut first) = spelled_from(t, &words, acronym) else {
            continue;
        };
        // The shortest reading may start at a lower-case word with the
        // first letter (`multidimensionnelle` for MINUSMA's `M`); the name's
        // capitalised head with that letter a few words before starts it.
        let initial = acronym.chars().next().and_then(|c| c.to_lowercase().next());
        if !without_elision(t[first].text).1.starts_with(char::is_uppercase)
            && let Some(&w) = words.iter().rev().filter(|&&w| w < first).take(3).find(|&&w| {
                let word = without_elision(t[w].text).1;
                word.starts_with(char::is_uppercase)
                    && word.chars().next().and_then(|c| c.to_lowercase().next()) == initial
            })
        {
            first = w;
        }
        let name = &t[first..k];
        let head = &t[first];
        let (elided, head_word) = without_elision(head.text);
        let org = head.is(&ORG_HEADS_FIRST) || FOREIGN_ORG_HEADS.contains(&head_word);
        let programme = head.is(&PROGRAMME_HEADS_FIRST) || FOREIGN_PROGRAMME_HEADS.contains(&head_word);
        let lower_word = name
            .iter()
            .any(|w| w.word && w.text.starts_with(char::is_lowercase) && !SMALL.contains(&w.text));
        let capitalised = head_word.starts_with(char::is_uppercase);
        if !(org || programme) || !capitalised || name.len() < 3 || !lower_word {
            continue;
        }
        // The name runs on one line of prose, not across a heading.
        if text[head.start..t[k - 1].end].contains('\n') {
            continue;
        }
        hits.push(RuleHit {
            start: head.start + elided,
            end: t[k - 1].end,
            kind: if org {
                EntityKind::Organization
            } else {
                EntityKind::Programme
            },
            canonical: None,
        });
    }
}

/// A French or Italian article elided onto the word (`l'Organisation`,
/// `d’Europe`): its length in bytes, and the word after it.
fn without_elision(word: &str) -> (usize, &str) {
    for article in ["l'", "d'", "L'", "D'", "l’", "d’", "L’", "D’", "dell'", "dell’"] {
        if let Some(rest) = word.strip_prefix(article)
            && rest.starts_with(char::is_alphabetic)
        {
            return (article.len(), rest);
        }
    }
    (0, word)
}

/// The token where the words (indices into `t`, in order) start spelling
/// `acronym`, if they do.
fn spelled_from(t: &[Token], words: &[usize], acronym: &str) -> Option<usize> {
    let letters: Vec<char> = acronym.chars().flat_map(char::to_lowercase).collect();
    let mut a = letters.len();
    // Walk back through the words' characters.
    for &w in words.iter().rev() {
        let chars: Vec<char> = without_elision(t[w].text)
            .1
            .chars()
            .flat_map(char::to_lowercase)
            .collect();
        let mut c = chars.len();
        while c > 0 && a > 0 {
            c -= 1;
            if chars[c] == letters[a - 1] && (a > 1 || c == 0) {
                a -= 1;
            }
        }
        if a == 0 {
            return Some(w);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelled(text: &str) -> Vec<String> {
        let tokens = super::super::tokens::tokenize(text);
        let mut hits = Vec::new();
        find_defined_names(text, &tokens, &mut hits);
        hits.iter().map(|h| text[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn a_name_in_lower_case_is_read_back_from_its_acronym() {
        assert_eq!(
            spelled("les pays de l'Organisation pour la coopération économique et le développement (OCDE) ont"),
            ["Organisation pour la coopération économique et le développement"]
        );
        assert_eq!(
            spelled(
                "au sein de la Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali (MINUSMA)."
            ),
            ["Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali"]
        );
        assert_eq!(
            spelled("le Département fédéral des affaires étrangères (DFAE) communique"),
            ["Département fédéral des affaires étrangères"]
        );
    }

    #[test]
    fn an_acronym_that_does_not_spell_the_words_before_it_defines_nothing() {
        assert!(spelled("the Working Party on Human rights (COHOM) met").is_empty());
        // A name in capitals is the other rules' (and its acronym theirs).
        assert!(spelled("the European External Action Service (EEAS) said").is_empty());
        assert!(spelled("with the support of partners (UN) and others").is_empty());
    }
}
