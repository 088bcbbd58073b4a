//! `the Community`: the European Communities named short, as their own texts
//! and the Council's wrote until 2009 (`the Community's resources`,
//! `imported into the Community`). Read only in a text about them: one that
//! names the Communities, the European Council or the member states, and no
//! other community of states (`the Caribbean Community`, `the Economic
//! Community of West African States`), whose texts call it the same.

use memchr::memmem::Finder;
use std::sync::LazyLock;

static SHORT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("the Community"));

/// What shows a text is about the European Communities.
static ABOUT: LazyLock<[Finder<'static>; 7]> = LazyLock::new(|| {
    [
        "European Communit",
        "European Economic",
        "EEC",
        "European Council",
        "Council of the European",
        "Commission of the European",
        "Member States",
    ]
    .map(Finder::new)
});

/// Other communities of states, whose texts say `the Community` for their own.
static OTHERS: LazyLock<[Finder<'static>; 9]> = LazyLock::new(|| {
    [
        " Community of ",
        "Caribbean Community",
        "East African Community",
        "Andean Community",
        "Development Community",
        "CARICOM",
        "ECOWAS",
        "SADC",
        "ECCAS",
    ]
    .map(Finder::new)
});

/// For each text, the byte ranges of `Community` in `the Community`, where
/// the document is about the European Communities; none elsewhere.
pub(super) fn community_mentions(texts: &[&str]) -> Vec<Vec<(usize, usize)>> {
    let found = |f: &Finder| texts.iter().any(|t| f.find(t.as_bytes()).is_some());
    if !found(&SHORT) || !ABOUT.iter().any(found) || OTHERS.iter().any(found) {
        return Vec::new();
    }
    texts
        .iter()
        .map(|t| {
            SHORT
                .find_iter(t.as_bytes())
                .filter(|&at| {
                    let after = &t[at + "the Community".len()..];
                    // (`the Community acquis`, `the Community of Latin American
                    // …`: a thing the Community holds, or another name.)
                    !after.starts_with(|c: char| c.is_alphanumeric())
                        && ![" of ", " for ", " and ", " acquis", " law", " budget", " Charter"]
                            .iter()
                            .any(|w| after.starts_with(w))
                        && !t[..at].ends_with(|c: char| c.is_alphanumeric())
                })
                .map(|at| (at + "the ".len(), at + "the Community".len()))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_community_is_the_european_communities_only_in_their_texts() {
        let texts = [
            "The European Council met in Copenhagen.",
            "It welcomed the Community's efforts and products imported into the Community, and the Community acquis.",
        ];
        let found = community_mentions(&texts);
        let spans: Vec<&str> = found[1].iter().map(|&(s, e)| &texts[1][s..e]).collect();
        assert_eq!(spans, ["Community", "Community"]);
        assert!(found[0].is_empty());
        // Another community's text, or a text about none.
        assert!(
            community_mentions(&["The Caribbean Community met.", "Member States of the Community agreed."]).is_empty()
        );
        assert!(community_mentions(&["Relations between Haiti and the Community improved."]).is_empty());
        // (The European Economic Community is one of them.)
        assert_eq!(
            community_mentions(&["The European Economic Community and the Community's partners."])[0].len(),
            1
        );
    }
}
