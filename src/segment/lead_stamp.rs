//! A release's number and date printed in brackets at the head of its first
//! paragraph, as Canada's foreign ministry printed them from 2006 to 2013:
//! `(No. 373 – December 4, 2009 – 7:15 p.m. EST) The Honourable …`.

/// The number and the date of a bracketed stamp opening `lead`.
pub fn release_stamp(lead: &str) -> Option<(String, Option<String>)> {
    let inner = lead.strip_prefix("(No. ")?;
    let inner = &inner[..inner.find(')').filter(|&c| c <= 80)?];
    let mut fields = inner.split([' ', '–', '—', '-']).filter(|f| !f.is_empty());
    let number = fields.next()?;
    if !number.starts_with(|c: char| c.is_ascii_digit()) || !number.bytes().all(|b| b.is_ascii_digit() || b == b'/') {
        return None;
    }
    let rest = &inner[inner.find(number)? + number.len()..];
    Some((number.to_string(), crate::dates::first_full_date(rest)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_number_and_date_in_brackets_before_the_lead() {
        assert_eq!(
            release_stamp(
                "(No. 373 – December 4, 2009 – 7:15 p.m. EST) The Honourable Lawrence Cannon today concluded."
            ),
            Some(("373".to_string(), Some("2009-12-04".to_string())))
        );
        assert_eq!(
            release_stamp("(No. 2010/78 - October 6, 2010) Minister Cannon met."),
            Some(("2010/78".to_string(), Some("2010-10-06".to_string())))
        );
        assert_eq!(release_stamp("(No. of the participants) was high."), None);
        assert_eq!(release_stamp("No. 373 – December 4, 2009"), None);
    }
}
