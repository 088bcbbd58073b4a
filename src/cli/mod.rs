//! Subcommands and their output. Each prints with a buffered writer: listing a
//! large library must not be slowed by one write per line.

mod bookmarks;
mod compare;
mod entities;
mod generate;
mod jump;
mod list;
mod open;
mod precedent;
mod print;
mod refs;
mod show;
mod suggest;

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
    /// Files or folders to open (default: the bundled sample briefings); `-` reads
    /// their paths from stdin, one a line (`find . -name '*.pdf' | attache -`), as every subcommand does
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
    /// Open the reader at a document, or at one of its paragraphs
    Open {
        /// Document id, file name, or a fragment of its title; `-` reads `DOC [LABEL]`
        /// from stdin (a row of `attache jump --list`, whole or cut)
        doc: String,
        /// The paragraph as the document prints it (`14`, `14(b)`, `2.1`) or as `show` prints it (`¶4`)
        label: Option<String>,
        /// Files or folders (default: the bundled sample briefings)
        paths: Vec<PathBuf>,
    },
    /// Print a shell completion script: `attache completions bash > /etc/bash_completion.d/attache`
    Completions {
        /// bash, zsh, fish, powershell or elvish
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `attache man > attache.1`
    Man,
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
    /// Two versions aligned clause by clause: changed (word by word), moved, split, merged, added, deleted.
    /// With one DOC (a Word file with tracked changes): its text before them against its text with them accepted
    Compare {
        /// The older version: document id, file name, or a fragment of its title
        old: String,
        /// The newer version; left out, OLD's own tracked changes are compared (before → after)
        new: Option<String>,
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

/// The subcommands' names, for the suggestion after a typo: read from the
/// parser, so a new subcommand is suggested without a list to keep.
fn subcommands() -> Vec<String> {
    use clap::CommandFactory;
    Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect()
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
        None => {
            if let Some(first) = cli.paths.first()
                && let Some(meant) =
                    suggest::mistyped_command(first, &subcommands().iter().map(String::as_str).collect::<Vec<_>>())
            {
                warn_owned(format!(
                    "attache: {} is neither a file nor a command; did you mean {meant}?",
                    Shown::path(first)
                ));
                return ExitCode::from(2);
            }
            read(cli.paths, cache)
        }
        Some(Command::Completions { shell }) => generate::completions(shell),
        Some(Command::Man) => generate::man(),
        Some(Command::Open { doc, label, paths }) => {
            let (label, paths) = open::split_label(label, paths);
            let (doc, label) = if doc == "-" {
                match open::place_from_stdin() {
                    Some((d, l)) => (d, l.or(label)),
                    None => {
                        warn(&Shown::line("attache: open -: no document named on stdin"));
                        return ExitCode::from(2);
                    }
                }
            } else {
                (doc, label)
            };
            let lib = load(&paths);
            match find(&lib, &doc) {
                Some(i) => open::run(&lib, i, label.as_deref(), paths, cache),
                None => return ExitCode::from(1),
            }
        }
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
            let lib = load(&paths);
            let marks = jump::bookmark_entries(&lib);
            jump::run(&lib, &marks, query, limit, json)
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
        Some(Command::Compare { old, new, paths, json }) => compare::dispatch(&old, new, paths, json, load),
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
            // The index from the documents' fingerprints, cached with them.
            let (lib, index) = load_with(&paths, cache, Library::load_with_reuse);
            let query = |passage: &str, own| precedent::Found {
                lib: &lib,
                index: &index,
                limit,
                json,
                own,
                passage: passage.to_string(),
            };
            match (text, doc_label) {
                (Some(t), _) => precedent::run(&query(&t, None)),
                (None, Some((doc, label))) => {
                    let Some(d) = find(&lib, doc) else {
                        return ExitCode::from(1);
                    };
                    let Some(c) = lib.documents[d].find_label(label) else {
                        warn_owned(format!("attache: {doc:?} has no clause labelled {label:?}"));
                        return ExitCode::from(1);
                    };
                    precedent::run(&query(lib.documents[d].clause_text(c), Some((d, c))))
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
    let piped_paths = paths.iter().any(|p| p.as_os_str() == "-");
    let paths = with_stdin_paths(&paths);
    // Paths piped in leave stdin a pipe; the reader takes its keys from the terminal.
    if !io::stdout().is_terminal() || !(io::stdin().is_terminal() || piped_paths) {
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
    load_with(paths, cache, |p, pipeline| (Library::load_through(p, pipeline), ())).0
}

/// Loads the library as `how` does (with what else it gathers on the way),
/// saving the cache and reporting what was skipped.
fn load_with<T>(
    paths: &[PathBuf],
    cache: bool,
    how: impl FnOnce(&[PathBuf], &Pipeline) -> (Library, T),
) -> (Library, T) {
    let paths = &with_stdin_paths(paths);
    let (pipeline, warnings) = Pipeline::for_user(paths, cache);
    let (lib, more) = how(paths, &pipeline);
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
            "note: {} file(s) with other extensions passed over (attache reads {})",
            lib.other_extensions,
            crate_extensions()
        ));
    }
    (lib, more)
}

/// The most of stdin read as a list of paths.
const MAX_STDIN_PATHS: u64 = 64 << 20;

/// `-` among the paths stands for the paths on stdin, one a line (blank lines skipped).
fn with_stdin_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    use std::io::Read;
    if !paths.iter().any(|p| p.as_os_str() == "-") {
        return paths.to_vec();
    }
    let mut bytes = Vec::new();
    if let Err(e) = io::stdin().take(MAX_STDIN_PATHS).read_to_end(&mut bytes) {
        warn_owned(format!("attache: paths could not be read from stdin: {e}"));
    }
    let listed = stdin_paths(&bytes);
    let mut out = Vec::with_capacity(paths.len() + listed.len());
    for p in paths {
        if p.as_os_str() == "-" {
            out.extend(listed.iter().cloned());
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// Paths one a line; on Unix any bytes but a line feed make a path.
fn stdin_paths(bytes: &[u8]) -> Vec<PathBuf> {
    bytes
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .map(path_from_bytes)
        .collect()
}

#[cfg(unix)]
fn path_from_bytes(b: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(b))
}

#[cfg(not(unix))]
fn path_from_bytes(b: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(b).into_owned())
}

/// The document read from the file at `path`.
pub(crate) fn find_file(lib: &Library, path: &str) -> Option<usize> {
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

/// The extensions a folder is read for, as the note lists them (`.txt .md …`).
fn crate_extensions() -> String {
    attache::formats::sniff::EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn find(lib: &Library, doc: &str) -> Option<usize> {
    match lib.find(doc) {
        Ok(i) => Some(i),
        Err(FindError::NotFound) => {
            warn_owned(format!("attache: no document matches {doc:?}"));
            None
        }
        Err(FindError::Ambiguous(ids)) => {
            warn_owned(format!(
                "attache: {doc:?} matches {} documents; name one by its id:",
                ids.len()
            ));
            // The titles tell them apart; the ids are what to type.
            for id in ids {
                let title = lib.lookup().by_id(&id).map_or("", |i| lib.documents[i].display_title());
                warn_owned(format!("  {id}  {title}"));
            }
            None
        }
    }
}
