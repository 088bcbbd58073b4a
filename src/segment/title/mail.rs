//! A mailing list's message saved by a web archive with its header fields
//! run onto one line with its text (the White House's Clinton-Info releases
//! of the 1990s as list archives keep them).

use super::super::lines::floor_char_boundary;

/// `From Wed Sep 8 10:54:35 1993 Received: … Subject: Yeltsin Phone Call
/// 9/7/93 Message-Id: <…> Status: OR THE WHITE HOUSE …`: a mailing list's
/// message whose header fields a web archive ran onto one line with its
/// text. The Subject is its title (what follows it is the next field), and
/// the Date field its date (`9/7/93` in a US subject is no European day).
pub(super) fn flattened_mail_subject(text: &str) -> Option<(String, Option<String>)> {
    const NEXT_FIELDS: &[&str] = &[
        " Message-Id:",
        " Message-ID:",
        " Status:",
        " Date:",
        " From:",
        " To:",
        " Cc:",
        " Reply-To:",
        " Sender:",
        " Received:",
        " Precedence:",
        " Errors-To:",
        " MIME-Version:",
        " Mime-Version:",
        " Content-Type:",
        " Lines:",
        " X-",
    ];
    if !["From ", "Received: ", "Return-Path: "]
        .iter()
        .any(|o| text.starts_with(o))
    {
        return None;
    }
    let head = &text[..floor_char_boundary(text, 2_000)];
    if !(head.contains("Received: ") || head.contains("Message-Id: ") || head.contains("Message-ID: ")) {
        return None;
    }
    let field = |name: &str| {
        let rest = &head[head.find(name)? + name.len()..];
        let end = NEXT_FIELDS
            .iter()
            .filter_map(|f| rest.find(f))
            .min()
            .unwrap_or(rest.len());
        Some(rest[..end].trim())
    };
    let subject = field(" Subject: ").filter(|s| !s.is_empty() && s.len() <= 200)?;
    let date = field(" Date: ").and_then(crate::dates::first_full_date);
    Some((subject.to_string(), date))
}

/// `[dehai-news] (MoFA, Russia) Mini Summit on Somalia`: a mailing list's
/// subject, its list's tag first (one word in square brackets) and the
/// source the poster named in brackets after it; the title is what follows.
pub(super) fn without_list_tag(title: &str) -> &str {
    let Some(rest) = title.strip_prefix('[') else {
        return title;
    };
    let Some((tag, rest)) = rest.split_once("] ") else {
        return title;
    };
    let tag_like = !tag.is_empty()
        && tag.len() <= 30
        && tag
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        && tag.bytes().any(|b| b.is_ascii_lowercase() || matches!(b, b'-' | b'_'));
    if !tag_like {
        return title;
    }
    let rest = match rest.strip_prefix('(').and_then(|r| r.split_once(") ")) {
        Some((source, after)) if source.len() <= 40 && !source.contains('(') => after,
        _ => rest,
    };
    // What is left must still read as a title.
    super::tails::rest_if_titled(rest, title, 2)
}

#[cfg(test)]
mod tests {
    use super::{flattened_mail_subject, without_list_tag};

    #[test]
    fn a_lists_tag_and_the_posters_source_are_not_the_title() {
        assert_eq!(
            without_list_tag("[dehai-news] (MoFA, Russia) Mini Summit on Somalia"),
            "Mini Summit on Somalia"
        );
        assert_eq!(
            without_list_tag("[southnews] Text of Arab summit final communique"),
            "Text of Arab summit final communique"
        );
        // A bracketed note of the text's own is kept.
        assert_eq!(
            without_list_tag("[Unofficial translation] Joint Statement"),
            "[Unofficial translation] Joint Statement"
        );
        assert_eq!(
            without_list_tag("[DRAFT] Council conclusions"),
            "[DRAFT] Council conclusions"
        );
    }

    #[test]
    fn the_subject_ends_where_the_next_field_begins() {
        let (subject, date) = flattened_mail_subject(
            "Received: from a.example.edu; 7 Sep 1993 Date: Tue, 7 Sep 1993 20:22-0400 Subject: Trade talks Status: OR The President met …",
        )
        .expect("a message");
        assert_eq!(subject, "Trade talks");
        assert_eq!(date.as_deref(), Some("1993-09-07"));
        // No field only a message carries: a title that opens with `From`.
        assert_eq!(
            flattened_mail_subject("From Brussels to Kyiv Subject: aid Date: 7 Sep 1993"),
            None
        );
    }
}
