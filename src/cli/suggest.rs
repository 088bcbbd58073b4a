//! A mistyped subcommand (`attache lsit`) would otherwise be read as a path
//! to open: when the word names no file and is close to a subcommand, it is
//! a usage error with a suggestion, as git and cargo do.

use std::path::Path;

/// Edits (insertions, deletions, substitutions, adjacent swaps) from `a` to `b`.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// The subcommand `word` was probably meant to be, when `word` is no file or
/// folder, looks like a command word and is within two edits of one.
pub fn mistyped_command<'a>(word: &Path, commands: &[&'a str]) -> Option<&'a str> {
    let text = word.to_str()?;
    if word.exists() || text.len() < 2 || !text.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    commands
        .iter()
        .map(|c| (distance(&lower, c), *c))
        .filter(|&(d, c)| d <= 2 && d < c.len())
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMANDS: &[&str] = &["list", "show", "jump", "open", "bookmarks", "entities"];

    #[test]
    fn suggests_the_nearest_command_for_a_typo() {
        assert_eq!(mistyped_command(Path::new("lsit"), COMMANDS), Some("list"));
        assert_eq!(mistyped_command(Path::new("shwo"), COMMANDS), Some("show"));
        assert_eq!(mistyped_command(Path::new("bookmark"), COMMANDS), Some("bookmarks"));
        assert_eq!(mistyped_command(Path::new("entites"), COMMANDS), Some("entities"));
    }

    #[test]
    fn paths_and_distant_words_are_left_alone() {
        assert_eq!(mistyped_command(Path::new("briefings/"), COMMANDS), None);
        assert_eq!(mistyped_command(Path::new("notes.txt"), COMMANDS), None);
        assert_eq!(mistyped_command(Path::new("korea"), COMMANDS), None);
        assert_eq!(mistyped_command(Path::new("/"), COMMANDS), None);
    }
}
