//! A list counter shown as word processors show it: `3`, `03`, `c`, `C`,
//! `iii`, `III`. Letters past `z` repeat (`aa`, `bb`), as Word and
//! LibreOffice print them; Roman numerals past 3999 fall back to digits.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumFormat {
    #[default]
    Decimal,
    /// Two digits at least (`01`).
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    /// The counter is not shown (only the text around it).
    Hidden,
}

impl NumFormat {
    pub fn show(self, n: u32) -> String {
        match self {
            NumFormat::Decimal => n.to_string(),
            NumFormat::DecimalZero => format!("{n:02}"),
            NumFormat::LowerLetter => letters(n, false),
            NumFormat::UpperLetter => letters(n, true),
            NumFormat::LowerRoman => roman(n).to_lowercase(),
            NumFormat::UpperRoman => roman(n),
            NumFormat::Hidden => String::new(),
        }
    }
}

/// `a`…`z`, then `aa`…`zz`, `aaa`… (0 shows as nothing; long runs are capped).
fn letters(n: u32, upper: bool) -> String {
    if n == 0 {
        return String::new();
    }
    let base = if upper { b'A' } else { b'a' };
    let letter = char::from(base + ((n - 1) % 26) as u8);
    let times = ((n - 1) / 26 + 1).min(40) as usize;
    std::iter::repeat_n(letter, times).collect()
}

pub(crate) fn roman(n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    const TABLE: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for &(v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_counters_as_word_processors_do() {
        assert_eq!(NumFormat::Decimal.show(12), "12");
        assert_eq!(NumFormat::DecimalZero.show(3), "03");
        assert_eq!(NumFormat::LowerLetter.show(1), "a");
        assert_eq!(NumFormat::LowerLetter.show(26), "z");
        assert_eq!(NumFormat::LowerLetter.show(27), "aa");
        assert_eq!(NumFormat::UpperLetter.show(28), "BB");
        assert_eq!(NumFormat::UpperLetter.show(54), "BBB");
        assert_eq!(NumFormat::LowerRoman.show(4), "iv");
        assert_eq!(NumFormat::UpperRoman.show(1994), "MCMXCIV");
        assert_eq!(NumFormat::UpperRoman.show(4000), "4000");
        assert_eq!(NumFormat::Hidden.show(4), "");
    }
}
