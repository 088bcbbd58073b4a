//! RTF destinations: which group's text is read, where it goes, and which
//! are skipped whole (tables of fonts and colours, pictures, objects, page
//! headers and footers, revision and list tables).

/// Where a group's text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dest {
    #[default]
    Body,
    Skip,
    Info,
    Title,
    FontTable,
    Stylesheet,
    ListText,
    Footnote,
}

/// A bullet glyph written as a list label (Symbol font's `\'b7` reads `·`).
pub fn is_bullet(label: &str) -> bool {
    label
        .chars()
        .all(|c| matches!(c, '·' | '•' | '-' | '–' | 'o' | '§' | '\u{F0B7}' | '▪' | '■' | '◦') || c.is_whitespace())
}

/// The destination a control word opens, if it is one.
pub fn destination(name: &str, current: Dest) -> Option<Dest> {
    Some(match name {
        "fonttbl" => Dest::FontTable,
        "stylesheet" => Dest::Stylesheet,
        "info" => Dest::Info,
        "title" if current == Dest::Info => Dest::Title,
        "listtext" | "pntext" => Dest::ListText,
        "footnote" => Dest::Footnote,
        "colortbl" | "pict" | "object" | "header" | "headerl" | "headerr" | "headerf" | "footer" | "footerl"
        | "footerr" | "footerf" | "fldinst" | "pn" | "listtable" | "listoverridetable" | "revtbl" | "rsidtbl"
        | "filetbl" | "generator" | "xmlnstbl" | "themedata" | "colorschememapping" | "latentstyles" | "datastore"
        | "pgdsctbl" | "annotation" | "atnid" | "atnauthor" | "bkmkstart" | "bkmkend" => Dest::Skip,
        _ => return None,
    })
}
