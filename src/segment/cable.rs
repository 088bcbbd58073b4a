//! A diplomatic cable's routing header (the US State Department's telegrams,
//! as archives such as WikiLeaks' PlusD and FRUS print them): the date-time
//! group (`O R 011935Z AUG 75`) dates it, and the originating post's serial
//! (`BUCHAREST 3723`, after `SECTION 1 OF 2` or the spaced classification)
//! numbers it.

use super::lines::Line;

/// Lines of a cable's routing header, which its text follows.
const ROUTING_LINES: usize = 30;

/// The cable's number and date, where the text opens with a routing header
/// (a `FM ` line naming the post, then a `TO ` line).
pub(super) fn cable_fields(lines: &[Line]) -> Option<(Option<String>, Option<String>)> {
    if let Some((number, date, _)) = edited_telegram(lines) {
        return Some((number, date));
    }
    // (Asked of every text: most have no `FM ` line, and are not gathered.)
    if !lines.iter().take(ROUTING_LINES).any(|l| l.text.starts_with("FM ")) {
        return None;
    }
    let head: Vec<&str> = lines
        .iter()
        .take(ROUTING_LINES)
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let from = head.iter().position(|t| t.starts_with("FM "))?;
    if !head[from + 1..].iter().take(3).any(|t| t.starts_with("TO ")) {
        return None;
    }
    // `FM AMEMBASSY BUCHAREST`: the post is the last word (`SECSTATE WASHDC`
    // numbers its cables in the `STATE` series).
    let post = head[from].rsplit(' ').next()?;
    let series = if post == "WASHDC" { "STATE" } else { post };
    let date = head[..from].iter().rev().find_map(|t| date_time_group(t));
    let number = head[from + 1..].iter().find_map(|t| {
        let (rest, serial) = t.rsplit_once(' ')?;
        let ok = rest.ends_with(series)
            && rest[..rest.len() - series.len()].ends_with(' ')
            && (1..=6).contains(&serial.len())
            && serial.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| format!("{series} {serial}"))
    });
    (number.is_some() || date.is_some()).then_some((number, date))
}

/// Lines from an edited telegram's heading to its dateline.
const EDITED_HEAD_LINES: usize = 6;

/// The heading of an edited telegram (see `edited_telegram`), which titles
/// a text that has no subject line.
pub(super) fn edited_telegram_heading(lines: &[Line]) -> Option<String> {
    edited_telegram(lines).map(|(_, _, heading)| heading)
}

/// `202. Telegram 3254 From the Embassy in Iran to the Department of State`,
/// `86. Telegram 4608 to London, February 28`: a telegram as an edition of
/// diplomatic papers (the US Foreign Relations series) heads it, its number
/// after the word, and the post's dateline below (`Tehran, May 31, 1972,
/// 1215Z.`). Returns its number, date and heading (without the edition's
/// serial, the day and the footnotes' marks).
fn edited_telegram(lines: &[Line]) -> Option<(Option<String>, Option<String>, String)> {
    let mut head = lines.iter().map(|l| l.text.trim()).filter(|t| !t.is_empty());
    let first = head.next()?;
    let (edition, rest) = first.split_once(". Telegram ")?;
    let (serial, after) = rest.split_once(' ')?;
    // (The Department's own telegrams go `to` a post.)
    let routed = after.starts_with("From ") || after.starts_with("to ");
    if !(routed
        && (1..=4).contains(&edition.len())
        && edition.bytes().all(|b| b.is_ascii_digit())
        && (1..=6).contains(&serial.len())
        && serial.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let heading = &first[edition.len() + 2..];
    // `…, February 281`: the day the edition adds, a footnote's mark glued.
    let heading = heading
        .rsplit_once(", ")
        .filter(|(_, day)| {
            day.split_whitespace()
                .next()
                .and_then(crate::dates::month_number)
                .is_some()
        })
        .map_or(heading, |(h, _)| h);
    // `… Department of State1 2`: the footnotes' marks.
    let heading = heading
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ')
        .to_string();
    // (The hour the post sent it, in Zulu time, closes the dateline.)
    let without_hour = |t: &str| match t.trim_end_matches('.').rsplit_once(", ") {
        Some((day, hour)) if hour.ends_with('Z') && hour[..hour.len() - 1].bytes().all(|b| b.is_ascii_digit()) => {
            day.to_string()
        }
        _ => t.to_string(),
    };
    let date = head
        .take(EDITED_HEAD_LINES)
        .find_map(|t| crate::dates::parse_dateline(&without_hour(t)).and_then(|(place, date)| place.and(date)));
    Some((Some(serial.to_string()), date, heading))
}

/// `O R 011935Z AUG 75`, `R 021200Z MAR 09`: a cable's precedence letters,
/// then its day, hour and minute in Zulu time, month and year.
fn date_time_group(line: &str) -> Option<String> {
    // (`O 261615 Z JUN 73`: a copy that set the zone's letter apart.)
    let line = line.replace(" Z ", "Z ");
    let words: Vec<&str> = line.split_whitespace().collect();
    let [.., stamp, month, year] = words.as_slice() else {
        return None;
    };
    let precedence = &words[..words.len() - 3];
    let ok = precedence.len() <= 3
        && precedence
            .iter()
            .all(|p| matches!(*p, "O" | "P" | "R" | "Z" | "OO" | "RR" | "PP"))
        && stamp.len() == 7
        && stamp.ends_with('Z')
        && stamp[..6].bytes().all(|b| b.is_ascii_digit())
        && year.len() == 2
        && year.bytes().all(|b| b.is_ascii_digit());
    if !ok {
        return None;
    }
    let day: u32 = stamp[..2].parse().ok()?;
    let month = crate::dates::month_number(month)?;
    let yy: u32 = year.parse().ok()?;
    // (Telegrams carry two digits of the year; the archives hold the
    // twentieth century's second half and the twenty-first's.)
    let year = if yy >= 50 { 1900 + yy } else { 2000 + yy };
    (1..=31)
        .contains(&day)
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::split_lines;

    #[test]
    fn a_cables_date_time_group_and_posts_serial() {
        let text = "CONFIDENTIAL\nPAGE 01 BUCHAR 00001 012033Z\n64\nACTION EUR-12\n/043 W\n--------------------- 043218\n\
                    O R 011935Z AUG 75\nFM AMEMBASSY BUCHAREST\nTO AMEMBASSY HELSINKI IMMEDIATE\nINFO SECSTATE WASHDC 3927\n\
                    C O N F I D E N T I A L SECTION 1 OF 2 BUCHAREST 3723\nSUBJECT: PRESIDENTIAL VISIT -- JOINT COMMUNIQUE\n";
        assert_eq!(
            cable_fields(&split_lines(text)),
            Some((Some("BUCHAREST 3723".to_string()), Some("1975-08-01".to_string())))
        );
        let text = "CONFIDENTIAL\nPAGE 01 STATE 123426\n45\nORIGIN SS-07\n--------------------- 055107\nO 261615 Z JUN 73\nFM SECSTATE WASHDC\nTO AMCONSUL HONG KONG IMMEDIATE\nC O N F I D E N T I A L STATE 123426\nSUBJ: TEXT OF COMMUNIQUE\n";
        assert_eq!(
            cable_fields(&split_lines(text)),
            Some((Some("STATE 123426".to_string()), Some("1973-06-26".to_string())))
        );
        let text =
            "R 021200Z MAR 09\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC POSTS\nUNCLAS STATE 021234\n\nSUBJECT: DEMARCHE\n";
        assert_eq!(
            cable_fields(&split_lines(text)),
            Some((Some("STATE 021234".to_string()), Some("2009-03-02".to_string())))
        );
        let text = "202. Telegram 3254 From the Embassy in Iran to the Department of State1 2\nTehran, May 31, 1972, 1215Z.\nSubject:\n- President’s Visit: Joint Communique\n";
        assert_eq!(
            cable_fields(&split_lines(text)),
            Some((Some("3254".to_string()), Some("1972-05-31".to_string())))
        );
        let text = "202. Telegram 3254 From the Embassy in Iran to the Department of State\nSubject:\n- Visit\nFollowing is text.\n";
        assert_eq!(cable_fields(&split_lines(text)), Some((Some("3254".to_string()), None)));
        assert_eq!(
            edited_telegram_heading(&split_lines(text)).as_deref(),
            Some("Telegram 3254 From the Embassy in Iran to the Department of State")
        );
        // The Department's own telegram to a post, the edition's day and a
        // footnote's mark after the heading.
        let text =
            "86. Telegram 4608 to London, February 281\n\n[Facsimile Page 1]\n\nEyes only for Ambassador Bruce.\n";
        let lines = split_lines(text);
        assert_eq!(cable_fields(&lines), Some((Some("4608".to_string()), None)));
        assert_eq!(
            edited_telegram_heading(&lines).as_deref(),
            Some("Telegram 4608 to London")
        );
        // A numbered paragraph that speaks of a telegram heads nothing.
        let text = "4. Telegram traffic to the post was heavy.\n";
        assert_eq!(edited_telegram_heading(&split_lines(text)), None);
        // A memo's From and To lines are no cable's.
        let text = "FM: Desk officer\nTO: Director\n\nSUBJECT: Visit\n";
        assert_eq!(cable_fields(&split_lines(text)), None);
    }
}
