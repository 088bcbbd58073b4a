//! Folding for matching: lower case, diacritics and ligatures spelled out in
//! ASCII (`Tørnæs` → `tornaes`, `Türkiye` → `turkiye`), hyphens and
//! punctuation to spaces, so `jong ho` finds `Lee Jong-Ho`.

/// Folds `s` for matching.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// Appends `s`, folded, to `out`.
pub fn fold_into(out: &mut String, s: &str) {
    let mut buf = [0u8; 4];
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Runs of ASCII (most text) go through a table, not char by char.
        let end = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii())
            .map_or(bytes.len(), |r| i + r);
        for chunk in bytes[i..end].chunks(64) {
            let mut folded = [0u8; 64];
            for (f, &b) in folded.iter_mut().zip(chunk) {
                *f = ASCII_FOLD[b as usize];
            }
            // The table maps ASCII to ASCII: always valid UTF-8.
            out.push_str(std::str::from_utf8(&folded[..chunk.len()]).unwrap_or_default());
        }
        let Some(c) = s[end..].chars().next() else {
            return;
        };
        push_folded(out, c, &mut buf);
        i = end + c.len_utf8();
    }
}

/// ASCII folded as `push_folded` does: letters lower-cased, digits kept,
/// everything else a space.
const ASCII_FOLD: [u8; 128] = {
    let mut table = [b' '; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

fn push_folded(out: &mut String, c: char, buf: &mut [u8; 4]) {
    if c.is_ascii() {
        let c = c.to_ascii_lowercase();
        out.push(if c.is_ascii_alphanumeric() || c == ' ' { c } else { ' ' });
        return;
    }
    let spelled = deunicode::deunicode_char(c).unwrap_or("");
    if spelled.is_empty() {
        // Scripts deunicode cannot spell keep their (lower-cased) letters.
        for l in c.to_lowercase() {
            out.push_str(l.encode_utf8(buf));
        }
        return;
    }
    for b in spelled.chars() {
        let b = b.to_ascii_lowercase();
        out.push(if b.is_ascii_alphanumeric() { b } else { ' ' });
    }
}

/// For each char of `display`, where its folded form starts in `fold(display)`
/// (in bytes), so a match on folded text can be shown on the original.
pub fn fold_map(display: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(display.len());
    let mut starts = Vec::with_capacity(display.len());
    let mut buf = [0u8; 4];
    for c in display.chars() {
        starts.push(out.len());
        push_folded(&mut out, c, &mut buf);
    }
    (out, starts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_ligatures_and_hyphens() {
        assert_eq!(fold("Ulla Tørnæs"), "ulla tornaes");
        assert_eq!(fold("Lee Jong-Ho"), "lee jong ho");
        assert_eq!(fold("Türkiye’s"), "turkiye s");
        assert_eq!(fold("António Guterres"), "antonio guterres");
    }

    #[test]
    fn the_ascii_table_folds_as_char_by_char_folding_does() {
        let all: String = (0u8..128).map(char::from).chain("Tørnæs–日本 Ω".chars()).collect();
        let mut slow = String::new();
        let mut buf = [0u8; 4];
        for c in all.chars() {
            push_folded(&mut slow, c, &mut buf);
        }
        assert_eq!(fold(&all), slow);
    }

    #[test]
    fn fold_map_points_each_char_at_its_folded_start() {
        let (f, starts) = fold_map("Tørnæs");
        assert_eq!(f, "tornaes");
        assert_eq!(starts, vec![0, 1, 2, 3, 4, 6]);
    }
}
