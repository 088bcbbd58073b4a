//! A tiny PDF writer for tests: text at given positions and sizes in the
//! standard Helvetica fonts (which need no embedding), rules, and the order
//! the content stream draws them in, so layouts can be built to order.

use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
    Italic,
}

impl Font {
    fn name(self) -> &'static str {
        match self {
            Font::Regular => "F1",
            Font::Bold => "F2",
            Font::Italic => "F3",
        }
    }
}

/// Helvetica advance widths (1/1000 em) for ASCII 32..=126.
const WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
    556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
    260, 334, 584,
];

/// Width of `text` in Helvetica at `size` points.
pub fn width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| {
            let i = (c as usize).wrapping_sub(32);
            f32::from(*WIDTHS.get(i).unwrap_or(&556))
        })
        .sum::<f32>()
        * size
        / 1000.0
}

/// One page's drawing operations.
#[derive(Debug, Clone)]
pub struct PageSpec {
    pub width: f32,
    pub height: f32,
    ops: Vec<String>,
}

impl PageSpec {
    pub fn a4() -> PageSpec {
        PageSpec {
            width: 595.0,
            height: 842.0,
            ops: Vec::new(),
        }
    }

    /// Text with its baseline's left end at (`x`, `y`).
    pub fn text(&mut self, x: f32, y: f32, font: Font, size: f32, text: &str) -> &mut Self {
        self.ops.push(format!(
            "BT /{} {size} Tf {x} {y} Td ({}) Tj ET",
            font.name(),
            escape(text)
        ));
        self
    }

    /// Text raised `rise` points above the baseline (a superscript).
    pub fn raised(&mut self, x: f32, y: f32, size: f32, rise: f32, text: &str) -> &mut Self {
        self.ops.push(format!(
            "BT /F1 {size} Tf {rise} Ts {x} {y} Td ({}) Tj 0 Ts ET",
            escape(text)
        ));
        self
    }

    /// A horizontal rule.
    pub fn rule(&mut self, x0: f32, x1: f32, y: f32) -> &mut Self {
        self.ops.push(format!("0.5 w {x0} {y} m {x1} {y} l S"));
        self
    }

    /// Lines of regular text one `pitch` apart from `y` down.
    pub fn lines(&mut self, x: f32, mut y: f32, size: f32, pitch: f32, lines: &[&str]) -> f32 {
        for l in lines {
            self.text(x, y, Font::Regular, size, l);
            y -= pitch;
        }
        y
    }

    /// Reverses the drawing order (lines drawn bottom-up).
    pub fn reverse(&mut self) -> &mut Self {
        self.ops.reverse();
        self
    }

    /// Draws in a scrambled but fixed order.
    pub fn shuffle(&mut self) -> &mut Self {
        let n = self.ops.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (i * 7919 + 13) % n.max(1));
        let ops = std::mem::take(&mut self.ops);
        self.ops = order.into_iter().map(|i| ops[i].clone()).collect();
        self
    }
}

fn escape(t: &str) -> String {
    let mut out = String::new();
    for c in t.chars() {
        match c {
            '(' | ')' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii() => out.push(c),
            _ => out.push('?'),
        }
    }
    out
}

/// A document: pages and an optional Info title.
pub fn pdf(pages: &[PageSpec], title: Option<&str>) -> Vec<u8> {
    let mut objects: Vec<String> = Vec::new();
    // 1 catalog, 2 pages, 3-5 fonts, then page/content pairs, then info.
    let n = pages.len();
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 6 + 2 * i)).collect();
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")));
    for base in ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique"] {
        objects.push(format!(
            "<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>"
        ));
    }
    for (i, p) in pages.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {} {}] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents {} 0 R >>",
            p.width,
            p.height,
            7 + 2 * i
        ));
        let content = p.ops.join("\n");
        objects.push(format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()));
    }
    let info = title.map(|t| {
        objects.push(format!("<< /Title ({}) /Producer (attache tests) >>", escape(t)));
        objects.len()
    });
    assemble(&objects, info)
}

/// Objects numbered from 1, with a correct cross-reference table.
pub fn assemble(objects: &[String], info: Option<usize>) -> Vec<u8> {
    let mut out = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        let _ = write!(out, "{} 0 obj\n{o}\nendobj\n", i + 1);
    }
    let xref = out.len();
    let _ = write!(out, "xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for off in offsets {
        let _ = writeln!(out, "{off:010} 00000 n ");
    }
    let info = info.map(|i| format!(" /Info {i} 0 R")).unwrap_or_default();
    let _ = write!(
        out,
        "trailer\n<< /Size {} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    );
    out.into_bytes()
}
