//! List labels as a browser displays them: the list's style (`type`,
//! `list-style-type`) and the item's number written in it (`3`, `c`, `iii`).
//! Letters run on as browsers count (`z`, `aa`, `ab`), not as word processors
//! repeat them (`aa`, `bb`); Roman numerals are the word processors' own.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListStyle {
    Bullet,
    Decimal,
    LowerAlpha,
    UpperAlpha,
    LowerRoman,
    UpperRoman,
    /// `list-style-type: none`: the items' text carries any number itself.
    Unmarked,
}

pub fn list_style_type(style: &str) -> Option<ListStyle> {
    let s = style.to_ascii_lowercase();
    let at = s.find("list-style")?;
    let value = s[at..].split(':').nth(1)?.split(';').next()?.trim();
    Some(match value.split_whitespace().next()? {
        "none" => ListStyle::Unmarked,
        "lower-alpha" | "lower-latin" => ListStyle::LowerAlpha,
        "upper-alpha" | "upper-latin" => ListStyle::UpperAlpha,
        "lower-roman" => ListStyle::LowerRoman,
        "upper-roman" => ListStyle::UpperRoman,
        "decimal" => ListStyle::Decimal,
        "disc" | "circle" | "square" => ListStyle::Bullet,
        _ => return None,
    })
}

/// The number `n` written in a list style (`3` -> `c`, `iii`, `C`).
pub fn marker(style: ListStyle, n: i64) -> String {
    match style {
        ListStyle::LowerAlpha | ListStyle::UpperAlpha if n >= 1 => {
            let mut n = n;
            let mut s = Vec::new();
            while n > 0 {
                n -= 1;
                s.push(b'a' + (n % 26) as u8);
                n /= 26;
            }
            s.reverse();
            let s = String::from_utf8(s).unwrap_or_default();
            if style == ListStyle::UpperAlpha {
                s.to_uppercase()
            } else {
                s
            }
        }
        ListStyle::LowerRoman | ListStyle::UpperRoman if (1..4000).contains(&n) => {
            // In range, so the conversion holds.
            let s = crate::formats::list_label::roman(u32::try_from(n).unwrap_or(0));
            if style == ListStyle::LowerRoman {
                s.to_lowercase()
            } else {
                s
            }
        }
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_in_every_style() {
        assert_eq!(marker(ListStyle::LowerAlpha, 28), "ab");
        assert_eq!(marker(ListStyle::UpperRoman, 14), "XIV");
        assert_eq!(marker(ListStyle::LowerAlpha, 0), "0");
        assert_eq!(
            list_style_type("color: red; list-style-type: upper-alpha"),
            Some(ListStyle::UpperAlpha)
        );
    }
}
