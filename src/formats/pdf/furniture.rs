//! Page furniture: what a printer repeats on every page and no reader reads as
//! text. Only lines in the top or bottom band of a page are candidates; one is
//! furniture when it repeats on other pages in the same band and size (digits
//! may change: `- 2 -`, `Page 3 of 9`), or when it is a page number, a UN job
//! number, or a piece of a Council footer (`10349/19 MC/mz 1`, `ECOMP.2.B EN`).

use super::model::{Line, Page};
use std::collections::HashMap;

/// Share of the page height, at top and at bottom, where furniture may stand.
const BAND: f32 = 0.11;

/// Removes furniture from every page.
pub fn remove(pages: &mut [Page]) {
    let mut seen: HashMap<(bool, String, i32), u32> = HashMap::new();
    for page in pages.iter() {
        let mut keys: Vec<(bool, String, i32)> = page.lines.iter().filter_map(|l| key(page, l)).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let repeat_min = if pages.len() <= 4 { 2 } else { 3 };
    for page in pages.iter_mut() {
        let footer_evidence = page
            .lines
            .iter()
            .any(|l| in_band(page, l) == Some(false) && council_mark(&l.plain()));
        let keep: Vec<bool> = page
            .lines
            .iter()
            .map(|l| {
                let Some(top) = in_band(page, l) else {
                    return true;
                };
                let repeated = key(page, l).is_some_and(|k| seen.get(&k).copied().unwrap_or(0) >= repeat_min);
                !(repeated || is_furniture_text(&l.plain(), !top, footer_evidence))
            })
            .collect();
        let mut it = keep.iter();
        page.lines.retain(|_| *it.next().unwrap_or(&true));
    }
}

/// `Some(true)` in the top band, `Some(false)` in the bottom band.
fn in_band(page: &Page, l: &Line) -> Option<bool> {
    let band = BAND * page.height();
    if l.y + l.size * 0.8 >= page.top - band {
        Some(true)
    } else if l.y <= page.bottom + band {
        Some(false)
    } else {
        None
    }
}

fn key(page: &Page, l: &Line) -> Option<(bool, String, i32)> {
    let top = in_band(page, l)?;
    let text = l.plain();
    let mut k = String::with_capacity(text.len());
    let mut digit = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !digit {
                k.push('#');
            }
            digit = true;
        } else {
            k.push(c);
            digit = false;
        }
    }
    (!k.trim().is_empty()).then(|| (top, k, (l.size * 2.0).round() as i32))
}

/// A page number however printed: `2`, `2/10`, `- 2 -`, `-2-`, `Page 2 of 10`, `ii`.
pub fn is_page_number(t: &str) -> bool {
    let t = t.trim();
    let lower = t.to_lowercase();
    let t = lower.strip_prefix("page").map_or(lower.as_str(), str::trim);
    let t = t.trim_matches(|c: char| c == '-' || c == '–' || c == '—' || c.is_whitespace());
    if t.is_empty() {
        return false;
    }
    let num = |s: &str| (1..=5).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    if num(t) {
        return true;
    }
    if let Some((a, b)) = t.split_once('/').or_else(|| t.split_once(" of ")) {
        return num(a.trim()) && num(b.trim());
    }
    t.len() <= 6 && t.bytes().all(|c| matches!(c, b'i' | b'v' | b'x' | b'l'))
}

/// One word of a Council or UN footer.
fn footer_token(w: &str, bottom: bool, evidence: bool) -> bool {
    if is_page_number(w) || w == "-" || council_mark(w) {
        return true;
    }
    let b = w.as_bytes();
    // A document number: `10349/19`, `9639/4/18`.
    let parts: Vec<&str> = w.split('/').collect();
    if parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    if matches!(
        w,
        "REV" | "ADD" | "COR" | "AMD" | "EXT" | "DCL" | "(E)" | "(F)" | "(S)" | "(A)" | "(C)" | "(R)"
    ) {
        return true;
    }
    // A UN job number `18-16895`, its date code `241018`, its barcode `*1816895*`.
    if b.len() == 8 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit()) {
        return true;
    }
    if bottom && b.len() == 6 && b.iter().all(u8::is_ascii_digit) {
        return true;
    }
    if b.len() >= 3 && b[0] == b'*' && b[b.len() - 1] == b'*' && b[1..b.len() - 1].iter().all(u8::is_ascii_digit) {
        return true;
    }
    // Directorate codes `ECOMP.2.B`, `DGD`, `LIFE`, `1.C`, only beside other footer marks.
    bottom
        && evidence
        && b.len() <= 10
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'.')
}

/// The marks only a Council footer carries: the language code `EN`, `LIMITE`,
/// the author's and typist's initials `AR/sg`, `AV/NT/sr`.
fn council_mark(w: &str) -> bool {
    let words: Vec<&str> = w.split_whitespace().collect();
    if words.len() > 1 {
        return words.iter().all(|w| council_mark(w));
    }
    if matches!(w, "EN" | "FR" | "DE" | "ES" | "IT" | "NL" | "PT" | "LIMITE") {
        return true;
    }
    let parts: Vec<&str> = w.split('/').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphabetic()))
        && parts[0].bytes().all(|c| c.is_ascii_uppercase())
        && parts[parts.len() - 1].bytes().all(|c| c.is_ascii_lowercase())
}

/// A band line made only of furniture words.
pub fn is_furniture_text(t: &str, bottom: bool, evidence: bool) -> bool {
    let t = t.trim();
    if t.is_empty() || is_page_number(t) {
        return true;
    }
    let evidence = evidence || council_mark(t) || t.split_whitespace().any(council_mark);
    t.split_whitespace().all(|w| footer_token(w, bottom, evidence))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_in_every_form() {
        for t in ["2", "2/10", "- 2 -", "-2-", "Page 2 of 10", "page 3", "iv", "– 12 –"] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["2016 was", "A/RES/73/3", "Article 2", "(a)"] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    #[test]
    fn council_and_un_footers() {
        for t in [
            "10349/19 MC/mz 1",
            "9639/4/18 REV 4 AR/sg",
            "ECOMP.2.B EN",
            "LIFE 1.C EN",
            "EN",
            "LIMITE EN",
            "18-16895",
            "2/10 18-16895",
            "18-16895 (E) 241018",
            "*1816895*",
            "5419/16 AV/NT/sr 1",
            "AV/NT/sr",
        ] {
            assert!(is_furniture_text(t, true, false), "{t}");
        }
        assert!(is_furniture_text("DGD 2", true, true));
        assert!(!is_furniture_text("DGD 2", true, false));
        for t in ["NATO", "The Council agreed.", "ANNEX", "12 March 2019"] {
            assert!(!is_furniture_text(t, true, false), "{t}");
        }
    }
}
