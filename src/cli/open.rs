//! `attache open DOC [LABEL]`: the reader started at a document, or at one of
//! its clauses by the label the document prints (`14`, `14(b)`, `2.1`) or the
//! one `show` prints (`¶4`). `DOC` `-` reads the place from stdin, as a row of
//! `attache jump --list` (whole, or cut to its document and clause fields), so
//! `attache jump --list | fzf | attache open -` works. Piped, it prints where
//! the reader would open instead.

use std::io::{self, IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use attache::jump::CandidateKind;
use attache::labels::{find_clause, looks_like_label};
use attache::library::Library;
use attache::shown::Shown;
use attache::tui::app::Start;

use super::print::{Printer, warn_owned};

/// The most of stdin read for a place: one row of `jump --list`.
const MAX_STDIN: u64 = 64 * 1024;

/// `DOC [LABEL]` from a `jump --list` row: `kind<TAB>doc<TAB>clause<TAB>text`,
/// or only some of its fields (`cut -f2,3`), or `DOC LABEL` separated by spaces.
pub fn parse_place(line: &str) -> Option<(String, Option<String>)> {
    let line = line.lines().find(|l| !l.trim().is_empty())?;
    let mut fields: Vec<&str> = if line.contains('\t') {
        line.split('\t').map(str::trim).collect()
    } else {
        line.split_whitespace().take(2).collect()
    };
    let kinds = [
        CandidateKind::Document,
        CandidateKind::Clause,
        CandidateKind::Entity,
        CandidateKind::Bookmark,
    ];
    if fields.len() > 1 && kinds.iter().any(|k| k.as_str() == fields[0]) {
        fields.remove(0);
    }
    let doc = fields.first().filter(|d| !d.is_empty())?.to_string();
    let label = fields.get(1).filter(|l| !l.is_empty()).map(|l| l.to_string());
    Some((doc, label))
}

/// Splits `open`'s positional arguments: a label is optional, so a second
/// argument naming an existing file or folder (and not reading as a label) is a path.
pub fn split_label(label: Option<String>, mut paths: Vec<PathBuf>) -> (Option<String>, Vec<PathBuf>) {
    match label {
        Some(l) if !looks_like_label(&l) && !l.starts_with(['¶', '•', '§']) && Path::new(&l).exists() => {
            paths.insert(0, PathBuf::from(l));
            (None, paths)
        }
        other => (other, paths),
    }
}

/// Reads the place from stdin for `DOC` `-`.
pub fn place_from_stdin() -> Option<(String, Option<String>)> {
    let mut text = String::new();
    io::stdin().take(MAX_STDIN).read_to_string(&mut text).ok()?;
    parse_place(&text)
}

pub fn run(lib: &Library, doc: usize, label: Option<&str>, paths: Vec<PathBuf>, cache: bool) -> io::Result<ExitCode> {
    let d = &lib.documents[doc];
    let clause = match label {
        Some(l) => match find_clause(d, l) {
            Some(found) => Some(found.clause()),
            None => {
                warn_owned(format!("attache: no clause {l:?} in {}", d.id));
                return Ok(ExitCode::from(1));
            }
        },
        None => None,
    };
    if !io::stdout().is_terminal() {
        let mut out = Printer::stdout();
        let (label, text) = match clause {
            Some(c) => (d.clauses[c].label.as_str(), d.clause_text(c)),
            None => ("", d.display_title()),
        };
        out.row(&[Shown::line(&d.id), Shown::line(label), Shown::line(text)])?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let start = Start { hash: d.hash, clause };
    attache::tui::run_at(paths, cache, Some(start)).map(|()| ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_whole_jump_row_or_its_cut_fields() {
        let some = |d: &str, l: Option<&str>| Some((d.to_string(), l.map(str::to_string)));
        assert_eq!(
            parse_place("clause\t002_x\t¶3\tKorea › text\n"),
            some("002_x", Some("¶3"))
        );
        assert_eq!(parse_place("002_x\t¶3\n"), some("002_x", Some("¶3")));
        assert_eq!(parse_place("document\t002_x\t\tJoint Statement"), some("002_x", None));
        assert_eq!(parse_place("002_x\t\n"), some("002_x", None));
        assert_eq!(parse_place("korea 14(b)"), some("korea", Some("14(b)")));
        assert_eq!(parse_place("\n\n"), None);
    }
}
