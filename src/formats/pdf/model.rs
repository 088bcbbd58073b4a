//! The positioned text a page is made of, as the layout passes see it: pieces
//! (one style at one position), lines (pieces on one baseline within one
//! column) and pages. Coordinates are PDF points with y growing upwards, as
//! in the file, so "above" is a larger y.

/// A run of text in one style at one position (a cleaned pdf_oxide span).
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    pub x0: f32,
    pub x1: f32,
    /// Baseline.
    pub y: f32,
    pub size: f32,
    pub bold: bool,
    pub italic: bool,
    /// A footnote marker set small and/or raised beside the text.
    pub note: bool,
}

/// One printed line, or one cell of a line cut by a wide gap.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub pieces: Vec<Piece>,
    pub x0: f32,
    pub x1: f32,
    pub y: f32,
    /// The size most of the line's characters are set in.
    pub size: f32,
    pub page: u32,
}

impl Line {
    pub fn new(pieces: Vec<Piece>, page: u32) -> Line {
        let mut line = Line {
            pieces,
            x0: 0.0,
            x1: 0.0,
            y: 0.0,
            size: 0.0,
            page,
        };
        line.measure();
        line
    }

    /// Recomputes extent, baseline and dominant size from the pieces.
    pub fn measure(&mut self) {
        self.x0 = self.pieces.iter().map(|p| p.x0).fold(f32::INFINITY, f32::min);
        self.x1 = self.pieces.iter().map(|p| p.x1).fold(f32::NEG_INFINITY, f32::max);
        // Baseline and size come from the text, not from raised markers.
        let mut best = (0usize, 0.0f32, 0.0f32);
        for p in self.pieces.iter().filter(|p| !p.note) {
            let n = p.text.chars().filter(|c| !c.is_whitespace()).count();
            if n > best.0 || (n == best.0 && p.size > best.2) {
                best = (n, p.y, p.size);
            }
        }
        if best.0 == 0
            && let Some(p) = self.pieces.first()
        {
            best = (0, p.y, p.size);
        }
        self.y = best.1;
        self.size = best.2;
    }

    /// The line's text without footnote markers.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        let mut prev: Option<&Piece> = None;
        for p in self.pieces.iter().filter(|p| !p.note) {
            if let Some(q) = prev
                && needs_space(q, p)
            {
                out.push(' ');
            }
            out.push_str(&p.text);
            prev = Some(p);
        }
        collapse(&out)
    }

    /// Most of the line's letters are bold.
    pub fn is_bold(&self) -> bool {
        let (mut bold, mut all) = (0usize, 0usize);
        for p in self.pieces.iter().filter(|p| !p.note) {
            let n = p.text.chars().filter(|c| c.is_alphanumeric()).count();
            all += n;
            if p.bold {
                bold += n;
            }
        }
        all > 0 && bold * 10 >= all * 9
    }

    pub fn width(&self) -> f32 {
        self.x1 - self.x0
    }
}

/// Two pieces printed apart need a space between their texts, unless one of
/// them already carries it or the second is a marker glued to a word.
pub fn needs_space(a: &Piece, b: &Piece) -> bool {
    if b.note && !a.note {
        return false;
    }
    if a.text.ends_with(char::is_whitespace) || b.text.starts_with(char::is_whitespace) {
        return false;
    }
    b.x0 - a.x1 > 0.12 * a.size.max(b.size).max(1.0)
}

/// Runs of whitespace as single spaces, trimmed.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// One page's text after the layout passes.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// Bottom and top of the page (media box), for the furniture bands.
    pub bottom: f32,
    pub top: f32,
    pub lines: Vec<Line>,
    /// Baselines of wide runs of blank underlined text: the short rule Word
    /// draws above footnotes.
    pub separators: Vec<f32>,
}

impl Page {
    pub fn height(&self) -> f32 {
        (self.top - self.bottom).max(1.0)
    }
}
