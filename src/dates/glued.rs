//! Datelines a PDF's text layer mangled, put back into words the date
//! reader knows: a date whose spaces were lost (`Luxembourg,27June2006`), a
//! Council meeting's two days with a slash (`29/30 April 1997`), and a
//! Council letterhead whose year went with the document number's digits
//! (`Brussels, 10 May /12` over `9650/12`: the number's year is the date's).

use super::month_number;

/// The line with its date's words restored, or `None` when nothing was
/// mangled (most lines: no word holds a digit glued to a letter or a slash).
/// `day_pairs`: whether `29/30 April` is read too, which only a dateline of
/// its own may be (in a title, `Presidency Conclusions – Brussels, 25/26
/// March 2004`, it is the meeting's, not the text's).
pub fn unmangled(line: &str, day_pairs: bool) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len() + 2);
    let mut changed = false;
    for (k, w) in words.iter().enumerate() {
        let after_month = k > 0 && month_number(words[k - 1].trim_end_matches(',')).is_some();
        if let Some(parts) = glued_date(w) {
            out.extend(parts);
            changed = true;
        } else if let Some(first) = slashed_days(w).filter(|_| {
            // (After a seat of two words at most: `Luxembourg, 29/30 April`.)
            day_pairs
                && k <= 2
                && words
                    .get(k + 1)
                    .is_some_and(|m| month_number(m.trim_end_matches(',')).is_some())
        }) {
            out.push(first.to_string());
            changed = true;
        } else if let Some(year) = lost_year(w).filter(|_| after_month) {
            out.push(year.to_string());
            changed = true;
        } else {
            out.push((*w).to_string());
        }
    }
    changed.then(|| out.join(" "))
}

/// `27June2006`: a day, a month and a year with no space between.
fn glued_date(w: &str) -> Option<[String; 3]> {
    let w = w.trim_end_matches([',', '.']);
    let day_len = w.bytes().take_while(u8::is_ascii_digit).count();
    let year_len = w.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&day_len) || year_len != 4 || day_len + year_len >= w.len() {
        return None;
    }
    let month = &w[day_len..w.len() - year_len];
    month_number(month)?;
    // `34June2010`: a meeting's two days, 3 and 4 June, glued together too.
    let day = &w[..day_len];
    let day = match day.as_bytes() {
        [a, b] if day > "31" && *b == a + 1 => &day[..1],
        _ => day,
    };
    Some([day.to_string(), month.to_string(), w[w.len() - year_len..].to_string()])
}

/// `29/30`: a meeting's two days before the month, read as the first.
fn slashed_days(w: &str) -> Option<&str> {
    let (a, b) = w.split_once('/')?;
    let day = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    (day(a) && day(b)).then_some(a)
}

/// `/12`, `/1/09`: what is left of a Council number after its serial was
/// lost, set where the letterhead's year was; the number's two-digit year.
fn lost_year(w: &str) -> Option<u32> {
    let rest = w.strip_prefix('/')?;
    let yy = rest.rsplit('/').next()?;
    let revision = rest.len() > yy.len() && rest[..rest.len() - yy.len() - 1].bytes().all(|b| b.is_ascii_digit());
    if yy.len() != 2 || !yy.bytes().all(|b| b.is_ascii_digit()) || (rest.len() > 2 && !revision) {
        return None;
    }
    let yy: u32 = yy.parse().ok()?;
    Some(if yy >= 50 { 1900 + yy } else { 2000 + yy })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_with_its_spaces_lost_is_spaced() {
        assert_eq!(
            unmangled("Luxembourg, 27June2006", true).as_deref(),
            Some("Luxembourg, 27 June 2006")
        );
        assert_eq!(unmangled("Luxembourg, 27 June 2006", true), None);
        assert_eq!(
            unmangled("Luxembourg, 34June2010", true).as_deref(),
            Some("Luxembourg, 3 June 2010")
        );
        // A code that only looks glued is left alone.
        assert_eq!(unmangled("Brussels, COM2006", true), None);
    }

    #[test]
    fn two_days_with_a_slash_read_as_the_first() {
        assert_eq!(
            unmangled("Luxembourg, 29/30 April 1997", true).as_deref(),
            Some("Luxembourg, 29 April 1997")
        );
        assert_eq!(unmangled("Ref. 29/30", true), None);
        // In a title the two days are the meeting's: left alone there.
        assert_eq!(
            unmangled("Presidency Conclusions – Brussels, 25/26 March 2004", true),
            None
        );
        assert_eq!(
            unmangled("Presidency Conclusions – Brussels, 25/26 March 2004", false),
            None
        );
    }

    #[test]
    fn a_council_letterheads_lost_year_is_its_numbers() {
        assert_eq!(
            unmangled("Brussels, 10 May /12", true).as_deref(),
            Some("Brussels, 10 May 2012")
        );
        assert_eq!(
            unmangled("Brussels, 26 November /1/09", true).as_deref(),
            Some("Brussels, 26 November 2009")
        );
        assert_eq!(unmangled("Brussels, 10 May /ABC", true), None);
    }
}
