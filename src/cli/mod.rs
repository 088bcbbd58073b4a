//! Subcommands and their output. Each prints with a buffered writer: listing a
//! large library must not be slowed by one write per line.

mod bookmarks;
mod compare;
mod entities;
mod jump;
mod list;
mod precedent;
mod print;
mod refs;
mod show;

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use attache::document::EntityKind;
use attache::library::{FindError, Library};
use attache::pipeline::Pipeline;
use attache::shown::Shown;
use clap::{Parser, Subcommand};
use print::{warn, warn_owned};

#[derive(Parser, Debug)]
#[command(
    name = "attache",
    version,
    about = "A terminal reader for diplomatic and policy briefings"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders to open (default: the bundled sample briefings)
    #[arg(global = false)]
    paths: Vec<PathBuf>,
    /// Read and parse every file, neither using nor updating the index cache
    #[arg(long, global = true)]
    no_cache: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// One row per document: id, date, number, marking, clause count, title
    List {
        /// Files or folders (default: the bundled sample briefings)
        paths: Vec<PathBuf>,
        /// Print a JSON array instead of rows
        #[arg(long)]
        json: bool,
    },
    /// A document's metadata and its clauses
    Show {
        /// Document id, file name, or a fragment of its title
        doc: String,
        /// Files or folders (default: the bundled sample briefings)
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Rank documents, clauses, entities and bookmarks for a query, as the palette does
    Jump {
        /// Print every candidate instead of ranking (all arguments are then paths)
        #[arg(long)]
        list: bool,
        /// The query, then files or folders (default: the bundled sample briefings)
        args: Vec<String>,
        #[arg(long)]
        json: bool,
        /// How many results to print
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Two versions aligned clause by clause: changed (word by word), moved, split, merged, added, deleted
    Compare {
        /// The older version: document id, file name, or a fragment of its title
        old: String,
        /// The newer version
        new: String,
        /// Files or folders (default: the bundled sample briefings)
        paths: Vec<PathBuf>,
        /// Print a JSON array of {op, old, new, words}
        #[arg(long)]
        json: bool,
    },
    /// The documents a document cites and those citing it, with the clauses (by document number)
    Refs {
        /// Document id, file name, number, or a fragment of its title
        doc: String,
        /// Files or folders (default: the bundled sample briefings)
        paths: Vec<PathBuf>,
        /// Print {"cites": [...], "cited_by": [...]}
        #[arg(long)]
        json: bool,
    },
    /// Where a clause's wording was used before: clauses sharing 8+ words in order, oldest first
    Precedent {
        /// The passage itself, instead of DOC LABEL (all arguments are then paths)
        #[arg(long)]
        text: Option<String>,
        /// DOC LABEL (a document and one of its clause labels), then files or folders
        args: Vec<String>,
        #[arg(long)]
        json: bool,
        /// How many clauses to print
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Bookmarked clauses: with no subcommand they are listed (`--json`); `add`, `remove`, `export --markdown`
    Bookmarks(bookmarks::BookmarksArgs),
    /// People, organisations, places, dates, money, references and programmes, with their mentions
    Entities {
        /// Files or folders (default: the bundled sample briefings)
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
        /// Only this kind: person, organization, place, date, money, reference, programme
        #[arg(long, value_parser = parse_kind)]
        kind: Option<EntityKind>,
        /// Only mentions in this document (id, file name or title fragment)
        #[arg(long)]
        doc: Option<String>,
    },
}

fn parse_kind(s: &str) -> Result<EntityKind, String> {
    EntityKind::parse(s).ok_or_else(|| {
        format!("unknown kind {s:?}; one of: person, organization, place, date, money, reference, programme")
    })
}

pub fn run(cli: Cli) -> ExitCode {
    let cache = !cli.no_cache;
    let load = |paths: &[PathBuf]| load(paths, cache);
    let result = match cli.command {
        None => read(cli.paths, cache),
        Some(Command::List { paths, json }) => list::run(&load(&paths), json),
        Some(Command::Bookmarks(args)) => bookmarks::run(args, cache),
        Some(Command::Jump {
            list,
            args,
            json,
            limit,
        }) => {
            let (query, paths) = match (list, args.split_first()) {
                (true, _) => (None, args.as_slice()),
                (false, Some((q, rest))) => (Some(q.as_str()), rest),
                (false, None) => {
                    warn(&Shown::line("attache: jump needs a QUERY (or --list)"));
                    return ExitCode::from(2);
                }
            };
            let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
            jump::run(&load(&paths), query, limit, json)
        }
        Some(Command::Entities { paths, json, kind, doc }) => {
            let lib = load(&paths);
            let doc = match doc {
                Some(d) => match find(&lib, &d) {
                    Some(i) => Some(i),
                    None => return ExitCode::from(1),
                },
                None => None,
            };
            entities::run(&lib, &entities::Filter { kind, doc }, json)
        }
        Some(Command::Compare { old, new, paths, json }) => {
            // `attache compare draft-v1.docx draft-v2.docx`: two files, read as they are.
            let files = paths.is_empty() && [&old, &new].iter().all(|f| std::path::Path::new(f).is_file());
            let paths = if files {
                vec![PathBuf::from(&old), PathBuf::from(&new)]
            } else {
                paths
            };
            let lib = load(&paths);
            let pick = |q: &str| if files { find_file(&lib, q) } else { find(&lib, q) };
            match (pick(&old), pick(&new)) {
                (Some(a), Some(b)) => compare::run(&lib.documents[a], &lib.documents[b], json),
                _ => return ExitCode::from(1),
            }
        }
        Some(Command::Precedent {
            text,
            args,
            json,
            limit,
        }) => {
            let (doc_label, paths) = match &text {
                Some(_) => (None, args.as_slice()),
                None if args.len() >= 2 => (Some((&args[0], &args[1])), &args[2..]),
                None => {
                    warn(&Shown::line("attache: precedent needs DOC LABEL (or --text \"...\")"));
                    return ExitCode::from(2);
                }
            };
            let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
            let lib = load(&paths);
            match (text, doc_label) {
                (Some(t), _) => precedent::run(&lib, &t, None, limit, json),
                (None, Some((doc, label))) => {
                    let Some(d) = find(&lib, doc) else {
                        return ExitCode::from(1);
                    };
                    let Some(c) = lib.documents[d].find_label(label) else {
                        warn_owned(format!("attache: {doc:?} has no clause labelled {label:?}"));
                        return ExitCode::from(1);
                    };
                    let passage = lib.documents[d].clause_text(c).to_string();
                    precedent::run(&lib, &passage, Some((d, c)), limit, json)
                }
                (None, None) => return ExitCode::from(2),
            }
        }
        Some(Command::Refs { doc, paths, json }) => {
            let lib = load(&paths);
            match find(&lib, &doc) {
                Some(i) => refs::run(&lib, i, json),
                None => return ExitCode::from(1),
            }
        }
        Some(Command::Show { doc, paths, json }) => {
            let lib = load(&paths);
            match find(&lib, &doc) {
                Some(i) => show::run(&lib, i, json),
                None => return ExitCode::from(1),
            }
        }
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`attache list | head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            warn_owned(format!("attache: {e}"));
            ExitCode::from(1)
        }
    }
}

/// No subcommand: the reader on a terminal, drawn at once while the library
/// loads behind it; piped, the list as before, for scripts.
fn read(paths: Vec<PathBuf>, cache: bool) -> io::Result<ExitCode> {
    use std::io::IsTerminal;
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        let lib = load(&paths, cache);
        if lib.documents.is_empty() {
            warn(&Shown::line("attache: nothing to read"));
            return Ok(ExitCode::from(1));
        }
        return list::run(&lib, false);
    }
    attache::tui::run(paths, cache).map(|()| ExitCode::SUCCESS)
}

/// Loads the library (through the index cache unless `cache` is off) and
/// reports every skipped file on stderr.
fn load(paths: &[PathBuf], cache: bool) -> Library {
    let (pipeline, warnings) = Pipeline::for_user(paths, cache);
    let lib = Library::load_through(paths, &pipeline);
    for w in warnings {
        warn_owned(format!("warning: {w}"));
    }
    if let Err(e) = pipeline.finish() {
        warn_owned(format!(
            "note: the index cache was not saved ({e}); the next start reads every file again"
        ));
    }
    for s in &lib.skipped {
        warn_owned(s.to_string());
    }
    if lib.other_extensions > 0 {
        warn_owned(format!(
            "note: {} file(s) with other extensions passed over (attache reads .txt and .md)",
            lib.other_extensions
        ));
    }
    lib
}

/// The document read from the file at `path`.
fn find_file(lib: &Library, path: &str) -> Option<usize> {
    let want = std::fs::canonicalize(path).ok();
    let found = lib
        .documents
        .iter()
        .position(|d| std::fs::canonicalize(&d.path).ok() == want && d.part.is_none());
    if found.is_none() {
        warn_owned(format!("attache: {path:?} could not be read as a document"));
    }
    found
}

fn find(lib: &Library, doc: &str) -> Option<usize> {
    match lib.find(doc) {
        Ok(i) => Some(i),
        Err(FindError::NotFound) => {
            warn_owned(format!("attache: no document matches {doc:?}"));
            None
        }
        Err(FindError::Ambiguous(ids)) => {
            warn_owned(format!(
                "attache: {doc:?} matches {} documents; name one of:",
                ids.len()
            ));
            for id in ids {
                warn_owned(format!("  {id}"));
            }
            None
        }
    }
}
