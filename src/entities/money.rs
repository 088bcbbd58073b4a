//! A sum of money's value, so that one sum written two ways is one entity:
//! `€15m` and `€15 million`, `375 miljoen euro` and `€375 million`,
//! `EUR 2,5 Mio.` and `2.5 million euros`. The key is the currency and the
//! amount in units; a sum whose currency or amount cannot be read has none.

/// `(currency, units)` as a string key: `EUR 15000000`.
pub fn money_key(surface: &str) -> Option<String> {
    let s = surface.trim();
    let currency = currency(s)?;
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let digits_end = s[start..]
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{202F}' | '\u{A0}')))
        .map_or(s.len(), |i| start + i);
    let number = s[start..digits_end].trim_end_matches(['.', ',', ' ', '\u{202F}', '\u{A0}']);
    let rest = &s[start + number.len()..];
    let units = amount(number)? * scale(rest);
    // Whole units: cents are beyond what a briefing's sums distinguish.
    Some(format!("{currency} {}", units.round() as u64))
}

/// The currency named anywhere in the surface, as an ISO-like code; a bare
/// `$` is its own (US, Australian or other dollars are not guessed).
/// Whether a sum at `start..end` of `text` is a scrap of a PDF font whose
/// glyphs were extracted shifted (`3$57,&,3$176` for PARTICIPANTS: `$` is
/// the shifted `A`): a real sum is not glued to a digit or symbol before it,
/// nor to a bracket, symbol or letter run after a comma.
pub fn garbled(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let symbol = |c: char| matches!(c, '&' | '$' | '*' | '+' | '#' | '@');
    matches!(before, Some(c) if c.is_ascii_digit() || symbol(c))
        || match after.next() {
            Some(',') => matches!(after.next(), Some(c) if !c.is_ascii_digit() && !c.is_whitespace()),
            Some(c) => symbol(c) || matches!(c, '(' | '['),
            None => false,
        }
}

fn currency(s: &str) -> Option<&'static str> {
    let lower = s.to_lowercase();
    // The words once: a sum's surface is short, but each name below asks.
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let has_word = |w: &str| words.contains(&w);
    const CODES: [&str; 38] = [
        "ecu", "eur", "usd", "gbp", "dkk", "sek", "nok", "chf", "jpy", "krw", "cny", "rmb", "aud", "cad", "nzd", "inr",
        "idr", "brl", "zar", "rub", "try", "pln", "czk", "huf", "ron", "bgn", "isk", "mxn", "sgd", "hkd", "sar", "aed",
        "ils", "egp", "ngn", "kes", "uah", "xof",
    ];
    if lower.contains("us$") || lower.contains("u.s. dollar") || has_word("us") && lower.contains("dollar") {
        return Some("USD");
    }
    if lower.contains("a$") || lower.contains("$a") || lower.contains("australian dollar") {
        return Some("AUD");
    }
    if lower.contains('€') || has_word("euro") || has_word("euros") {
        return Some("EUR");
    }
    if lower.contains('£') || lower.contains("pound") {
        return Some("GBP");
    }
    if lower.contains('¥') || has_word("yen") {
        return Some("JPY");
    }
    if lower.contains('₩') || has_word("won") {
        return Some("KRW");
    }
    // Local names and abbreviations: `Kshs`, `Rs.`, `rands`, `₹`, `₦`.
    if has_word("kshs") || has_word("ksh") || has_word("shillings") {
        return Some("KES");
    }
    if lower.contains('₹') || has_word("rs") || has_word("rupees") {
        return Some("INR");
    }
    if lower.contains('₦') || has_word("naira") {
        return Some("NGN");
    }
    if has_word("rand") || has_word("rands") || s.starts_with('R') && s[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return Some("ZAR");
    }
    if let Some(code) = CODES.iter().find(|c| has_word(c)) {
        return Some(match *code {
            "rmb" => "CNY",
            c => CODE_NAMES
                .iter()
                .find(|n| n.eq_ignore_ascii_case(c))
                .copied()
                .unwrap_or("XXX"),
        });
    }
    if lower.contains('$') || lower.contains("dollar") {
        return Some("$");
    }
    None
}

const CODE_NAMES: [&str; 37] = [
    "ECU", "EUR", "USD", "GBP", "DKK", "SEK", "NOK", "CHF", "JPY", "KRW", "CNY", "AUD", "CAD", "NZD", "INR", "IDR",
    "BRL", "ZAR", "RUB", "TRY", "PLN", "CZK", "HUF", "RON", "BGN", "ISK", "MXN", "SGD", "HKD", "SAR", "AED", "ILS",
    "EGP", "NGN", "KES", "UAH", "XOF",
];

/// `1,000.50`, `1.000,50`, `375.35`, `2,5`, `300 000`: with both `.` and
/// `,`, the last one printed is the decimal point unless it repeats; one kind
/// alone groups thousands when it repeats or is followed by exactly three
/// digits, and is the decimal point otherwise.
fn amount(number: &str) -> Option<f64> {
    let compact: String = number
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{202F}' | '\u{A0}'))
        .collect();
    let count = |c: char| compact.matches(c).count();
    let decimal = match compact.rfind(['.', ',']) {
        None => None,
        Some(i) => {
            let c = compact[i..].chars().next()?;
            let tail = compact.len() - i - 1;
            let other = if c == '.' { ',' } else { '.' };
            let is_decimal = if count(other) > 0 {
                count(c) == 1
            } else {
                count(c) == 1 && tail != 3
            };
            is_decimal.then_some(i)
        }
    };
    let plain: String = compact
        .char_indices()
        .filter_map(|(i, c)| match c {
            '.' | ',' if Some(i) == decimal => Some('.'),
            '.' | ',' => None,
            c => Some(c),
        })
        .collect();
    plain.parse().ok()
}

/// The multiplier a scale word or suffix after the number gives.
fn scale(rest: &str) -> f64 {
    let word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect::<String>()
        .trim_end_matches('.')
        .to_lowercase();
    match word.as_str() {
        "k" | "thousand" | "tsd" => 1e3,
        "m" | "mn" | "mln" | "mio" | "million" | "millions" | "millionen" | "miljoen" | "miljoner" | "millioner"
        | "miljoonaa" | "millones" | "milioni" | "milhões" | "milionów" | "miljonu" | "milijonų" => 1e6,
        "b" | "bn" | "bln" | "mrd" | "billion" | "billions" | "milliard" | "milliards" | "milliarden" | "miljard"
        | "miljarder" | "milliarder" | "miljardia" | "miliardi" | "miliardów" => 1e9,
        "tn" | "trillion" => 1e12,
        _ => 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::{garbled, money_key};

    #[test]
    fn one_sum_written_two_ways_has_one_key() {
        for (a, b) in [
            ("€15m", "€15 million"),
            ("375 miljoen euro", "€375 million"),
            ("EUR 2,5 Mio.", "2.5 million euros"),
            ("ECU 764 MILLION", "ECU 764 million"),
            ("US$77 million", "USD 77 million"),
            ("€1.2bn", "EUR 1,200 million"),
            ("USD 300.000", "USD 300,000"),
            ("NOK 200 millioner", "NOK 200 million"),
            ("Kshs 42 billion", "KES 42 billion"),
            ("R15 billion", "15 milliards de rands"),
        ] {
            assert_eq!(money_key(a), money_key(b), "{a} vs {b}");
            assert!(money_key(a).is_some(), "{a}");
        }
    }

    #[test]
    fn glyph_scraps_are_no_sums() {
        for (text, sum) in [
            ("3$57,&,3$176", "$57"),
            ("$332,170(176", "$332,170"),
            ("x 3$176 y", "$176"),
        ] {
            let at = text.find(sum).unwrap();
            assert!(garbled(text, at, at + sum.len()), "{text}");
        }
        for (text, sum) in [
            ("($57, and)", "$57"),
            ("of $5,000.", "$5,000"),
            ("US$5m;", "US$5m"),
            ("$5", "$5"),
        ] {
            let at = text.find(sum).unwrap();
            assert!(!garbled(text, at, at + sum.len()), "{text}");
        }
    }

    #[test]
    fn different_sums_or_currencies_differ() {
        for (a, b) in [
            ("€15m", "€15 billion"),
            ("€375.35 million", "€375 million"),
            ("$5 million", "A$5 million"),
            ("£3m", "€3m"),
        ] {
            assert_ne!(money_key(a), money_key(b), "{a} vs {b}");
        }
    }
}
