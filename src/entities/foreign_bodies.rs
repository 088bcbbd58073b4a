//! Bodies named in French, Spanish, Portuguese and Italian, which put the
//! head word first and join the rest with `de`, `des`, `del`, `da`, `della`:
//! `Ministerio de Asuntos Exteriores y de Cooperación`, `Organización de los
//! Estados Americanos`, `Corte Internacional de Justicia`, `Conselho de
//! Negócios Estrangeiros`. Only heads no English name begins with are read,
//! and a name needs a joining word and a capitalised word after it, so an
//! English text is left alone.

use super::names::{RuleHit, adjacent};
use super::tokens::Token;
use crate::document::EntityKind;

/// Head words that open a body's name in those languages.
fn is_head(word: &str) -> bool {
    matches!(
        word,
        "Ministerio"
            | "Ministère"
            | "Ministério"
            | "Ministero"
            | "Organización"
            | "Organização"
            | "Organizzazione"
            | "Consejo"
            | "Conseil"
            | "Conselho"
            | "Consiglio"
            | "Comisión"
            | "Comissão"
            | "Commissione"
            | "Comité"
            | "Comitato"
            | "Asamblea"
            | "Assemblée"
            | "Assembleia"
            | "Assemblea"
            | "Corte"
            | "Cour"
            | "Secretaría"
            | "Secrétariat"
            | "Secretariado"
            | "Segretariato"
            | "Embajada"
            | "Ambassade"
            | "Embaixada"
            | "Ambasciata"
            | "Dirección"
            | "Direction"
            | "Direção"
            | "Direzione"
            | "Gobierno"
            | "Gouvernement"
            | "Governo"
            | "Departamento"
            | "Département"
            | "Dipartimento"
            | "Oficina"
            | "Banco"
            | "Banque"
            | "Fondo"
            | "Fonds"
            | "Fundo"
            | "Instituto"
            | "Istituto"
            | "Agencia"
            | "Agence"
            | "Agência"
            | "Agenzia"
            | "Cuerpo"
            | "Centro"
            | "Misión"
            | "Missão"
            | "Missione"
            | "Grupo"
            | "Groupe"
            | "Gruppo"
            | "Unión"
            | "União"
            | "Unione"
            | "Comunidad"
            | "Communauté"
            | "Comunidade"
            | "Comunità"
            | "Conferencia"
            | "Conférence"
            | "Conferência"
            | "Conferenza"
            | "Parlamento"
            | "Parlement"
            | "Fuerzas"
            | "Forças"
            | "Cumbre"
            | "Sommet"
            | "Cimeira"
            | "Vertice"
            | "Tribunal"
            | "Tribunale"
    )
}

/// Words that join a name's parts in those languages.
fn is_joiner(word: &str) -> bool {
    matches!(
        word,
        "de" | "del"
            | "de la"
            | "des"
            | "du"
            | "della"
            | "delle"
            | "dello"
            | "dei"
            | "degli"
            | "do"
            | "da"
            | "dos"
            | "das"
            | "la"
            | "las"
            | "los"
            | "le"
            | "les"
            | "en"
            | "em"
            | "y"
            | "e"
            | "et"
            | "para"
            | "pour"
            | "per"
            | "sur"
            | "sobre"
            | "l"
            | "d"
            | "'"
            | "’"
            | "in"
            | "a"
            | "à"
            | "al"
            | "ao"
            | "na"
            | "no"
            | "nel"
            | "nella"
    )
}

/// `… Americanos y la Vigésima Reunión …`: `and` before an article joins a
/// second name, not a part of the first (`… Exteriores y de Cooperación` does).
fn coordinates(first: &str, second: Option<&str>) -> bool {
    matches!(first, "y" | "e" | "et")
        && second.is_some_and(|w| {
            matches!(
                w,
                "la" | "las"
                    | "los"
                    | "el"
                    | "le"
                    | "les"
                    | "o"
                    | "a"
                    | "os"
                    | "as"
                    | "il"
                    | "lo"
                    | "del"
                    | "do"
                    | "du"
                    | "dos"
                    | "das"
                    | "da"
                    | "des"
                    | "no"
                    | "na"
                    | "au"
                    | "aux"
            )
        })
}

/// `Ministère des Affaires étrangères`, `Conseil fédéral`: French writes a
/// name's adjectives in lower case; these endings are adjectives'.
fn is_lower_adjective(t: &Token) -> bool {
    const ENDINGS: &[&str] = &[
        "ères", "ère", "aires", "aire", "ales", "ale", "aux", "éral", "érale", "elle", "elles", "iques", "ique",
        "iennes", "ienne", "aines", "aine", "ains", "eures", "eure", "ieur", "ais", "aise", "aises",
    ];
    t.word && t.text.len() >= 5 && t.text.starts_with(char::is_lowercase) && ENDINGS.iter().any(|e| t.text.ends_with(e))
}

/// A capitalised word of a name, or an acronym (`ONU`, `DFAE`).
fn is_name_word(t: &Token) -> bool {
    // (`d’Etat`, `l’Union`: an elided joining word glued to the name word.)
    let elided = ["d’", "d'", "l’", "l'"]
        .iter()
        .find_map(|p| t.text.strip_prefix(p))
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    t.word && (t.is_capitalised() || elided) && t.text.chars().count() >= 2
}

/// Into `hits`: each body named so.
pub(super) fn find_foreign_bodies(text: &str, t: &[Token], hits: &mut Vec<RuleHit>) {
    let mut i = 0;
    while i < t.len() {
        let head = &t[i];
        if !(head.word && head.text.len() >= 4 && head.is_capitalised() && is_head(head.text)) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        let mut joined = false;
        let mut k = i + 1;
        while k < t.len() && adjacent(text, t, k - 1, k) {
            if is_name_word(&t[k]) && !is_head(t[k].text) {
                k += 1;
                end = k;
                continue;
            }
            if end == k && is_lower_adjective(&t[k]) {
                k += 1;
                end = k;
                continue;
            }
            if coordinates(t[k].text, t.get(k + 1).map(|w| w.text)) {
                break;
            }
            // One to three joining words, then a name word.
            let mut j = k;
            while j < t.len() && j < k + 3 && is_joiner(t[j].text) && adjacent(text, t, j - 1, j) {
                j += 1;
            }
            // A head after a joining word opens a body of its own (`Dirección
            // General … del Ministerio de …`), but for a complement coordinated
            // with `and of` (`Conférence des Chefs d’Etat et de Gouvernement`).
            let nested = is_head(t[j.min(t.len() - 1)].text)
                && !(j == k + 2 && matches!(t[k].text, "et" | "y" | "e") && matches!(t[k + 1].text, "de" | "d"));
            // `Gobierno Electo de Luis Arce`: a person after the joining word
            // is whom the body serves, no part of its name.
            let person = j < t.len()
                && super::given::is_given_token(&t[j])
                && t.get(j + 1)
                    .is_some_and(|s| s.word && s.is_capitalised() && !s.is_all_caps() && is_name_word(s));
            if j > k && j < t.len() && adjacent(text, t, j - 1, j) && is_name_word(&t[j]) && !nested && !person {
                joined = true;
                k = j + 1;
                end = k;
                continue;
            }
            break;
        }
        // `Consejo Presidencial Andino`, `Asamblea Nacional Constituyente`:
        // two capitalised words after the head name the body with no joining
        // word (not a government's, which the gold leaves out, nor a summit).
        let adjectives = !joined
            && end >= i + 3
            && t[i + 1..end]
                .iter()
                .all(|w| !w.is_all_caps() && !w.text.contains(['’', '\'']))
            && !matches!(
                head.text,
                "Gobierno" | "Gouvernement" | "Governo" | "Cumbre" | "Sommet" | "Cimeira" | "Vertice"
            );
        if joined || adjectives {
            hits.push(RuleHit {
                start: head.start,
                end: t[end - 1].end,
                kind: EntityKind::Organization,
                canonical: None,
            });
            i = end;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(text: &str) -> Vec<String> {
        let tokens = super::super::tokens::tokenize(text);
        let mut hits = Vec::new();
        find_foreign_bodies(text, &tokens, &mut hits);
        hits.iter().map(|h| text[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn a_head_and_two_capitalised_adjectives_name_a_body() {
        assert_eq!(
            bodies("los Presidentes del Consejo Presidencial Andino se reunieron"),
            ["Consejo Presidencial Andino"]
        );
        // One word after the head, or a government, is not enough.
        assert!(bodies("el Consejo Andino y el Gobierno Nacional Boliviano").is_empty());
    }

    #[test]
    fn bodies_named_head_first_in_romance_languages() {
        assert_eq!(
            bodies("El Ministerio de Asuntos Exteriores y de Cooperación hace público"),
            ["Ministerio de Asuntos Exteriores y de Cooperación"]
        );
        assert_eq!(
            bodies("la Organización de los Estados Americanos y la Corte Internacional de Justicia."),
            [
                "Organización de los Estados Americanos",
                "Corte Internacional de Justicia"
            ]
        );
        assert_eq!(
            bodies("no Conselho de Negócios Estrangeiros, o Governo"),
            ["Conselho de Negócios Estrangeiros"]
        );
        assert_eq!(
            bodies("la Organización de los Estados Americanos y la Vigésima Reunión de Consulta"),
            ["Organización de los Estados Americanos", "Vigésima Reunión de Consulta"][..1]
        );
        assert_eq!(
            bodies("le Ministère des Affaires étrangères, de la Coopération africaine"),
            ["Ministère des Affaires étrangères"]
        );
        assert_eq!(
            bodies("la Missione delle Nazioni Unite in Kosovo e la Conférence des Chefs d’Etat et de Gouvernement"),
            [
                "Missione delle Nazioni Unite in Kosovo",
                "Conférence des Chefs d’Etat et de Gouvernement"
            ]
        );
        // A head alone, or in an English sentence, names nothing here.
        assert!(bodies("The Tribunal ruled. Banco Santander agreed.").is_empty());
    }
}
