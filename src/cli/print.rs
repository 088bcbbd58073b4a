//! Where the subcommands print: stdout through `Printer`, stderr through
//! `warn`, and both take only `Shown` text. A file name, a note, a config line
//! or an entity name therefore reaches the output sanitised, or the code does
//! not compile; JSON is sanitised as a whole (`Shown::json`). Output is
//! buffered: listing a large library must not be slowed by one write per line.

use std::io::{self, BufWriter, Write};

use attache::shown::Shown;
use serde::Serialize;

pub struct Printer {
    out: BufWriter<io::StdoutLock<'static>>,
}

impl Printer {
    pub fn stdout() -> Printer {
        Printer {
            out: BufWriter::with_capacity(1 << 16, io::stdout().lock()),
        }
    }

    /// One line (or, from `Shown::text`, several).
    pub fn line(&mut self, line: &Shown) -> io::Result<()> {
        self.out.write_all(line.as_str().as_bytes())?;
        self.out.write_all(b"\n")
    }

    /// A line of attache's own text (a heading, a blank line).
    pub fn own(&mut self, line: &'static str) -> io::Result<()> {
        self.line(&Shown::line(line))
    }

    /// Tab-separated fields, each a `Shown::line` (no tab or line feed of
    /// its own can split the row).
    pub fn row(&mut self, fields: &[Shown]) -> io::Result<()> {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b"\t")?;
            }
            self.out.write_all(f.as_str().as_bytes())?;
        }
        self.out.write_all(b"\n")
    }

    /// Pretty JSON, every string in it shown.
    pub fn json<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        let text = serde_json::to_string_pretty(value)?;
        self.line(&Shown::json(&text))
    }

    pub fn flush(mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A line on stderr (warnings, `skipped PATH: reason`, errors).
pub fn warn(line: &Shown) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// `warn` for a message built at run time: the whole line is shown.
pub fn warn_owned(line: String) {
    warn(&Shown::owned_line(line));
}
