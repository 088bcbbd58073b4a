//! RTF code pages (`\ansicpgN`, `\cpgN`) and font character sets
//! (`\fcharsetN`) to encodings; what encoding_rs does not know (DOS 437 and
//! 850) is read as Windows-1252, which agrees on every letter above 127 that
//! briefings use most.

use encoding_rs::Encoding;

pub fn encoding(codepage: i32) -> &'static Encoding {
    let label = match codepage {
        874 | 1250..=1258 => format!("windows-{codepage}"),
        932 => "shift_jis".into(),
        936 => "gbk".into(),
        949 => "euc-kr".into(),
        950 => "big5".into(),
        866 => "ibm866".into(),
        10000 => "macintosh".into(),
        20866 => "koi8-r".into(),
        28591..=28606 => format!("iso-8859-{}", codepage - 28590),
        65001 => "utf-8".into(),
        _ => "windows-1252".into(),
    };
    Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::WINDOWS_1252)
}

/// The code page of a font's `\fcharsetN`, if it names one.
pub fn of_charset(charset: i32) -> Option<i32> {
    Some(match charset {
        0 => 1252,
        77 => 10000,
        128 => 932,
        129 => 949,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_pages_map_to_encodings() {
        assert_eq!(encoding(1251).decode_without_bom_handling(b"\xcc\xe8\xf0").0, "Мир");
        assert_eq!(encoding(437), encoding_rs::WINDOWS_1252);
        assert_eq!(encoding(-5), encoding_rs::WINDOWS_1252);
        assert_eq!(of_charset(204), Some(1251));
        assert_eq!(of_charset(2), None);
    }
}
