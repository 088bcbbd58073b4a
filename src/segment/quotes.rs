//! A lead-in ending with a colon (`Minister X said:`) and the quotation set
//! as the next paragraph are one clause: the words belong to their speaker,
//! and copying or citing the quotation must carry the speaker with it.

use super::paragraphs::Draft;
use crate::document::ClauseKind;

/// A lead-in longer than this is a paragraph of its own that happens to end
/// with a colon, not a speaker's attribution.
const MAX_LEAD_IN_CHARS: usize = 240;

/// Marks a quoted paragraph opens with.
const OPENING_QUOTES: &[char] = &['‘', '“', '"', '\'', '«', '„', '‚', '‹'];

fn is_lead_in(d: &Draft) -> bool {
    let last = d.lines.last().map_or("", |l| l.trim_end());
    d.kind == ClauseKind::Paragraph
        && !d.row
        && last.ends_with(':')
        && d.lines.iter().map(|l| l.chars().count()).sum::<usize>() <= MAX_LEAD_IN_CHARS
}

fn is_quotation(d: &Draft) -> bool {
    d.kind == ClauseKind::Paragraph
        && !d.row
        && d.lines.first().is_some_and(|l| {
            l.trim_start()
                .trim_start_matches(['*', '_'])
                .starts_with(OPENING_QUOTES)
        })
}

/// Joins each lead-in to the quotation paragraph that follows it.
pub(super) fn join_quotations(drafts: &mut Vec<Draft>) {
    let mut i = 0;
    while i + 1 < drafts.len() {
        if is_lead_in(&drafts[i]) && is_quotation(&drafts[i + 1]) && drafts[i].inline.text.is_empty() {
            let quote = drafts.remove(i + 1);
            let lead = &mut drafts[i];
            lead.lines.extend(quote.lines);
            lead.source.end = quote.source.end;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::segment::segment;

    fn texts(source: &str) -> Vec<String> {
        let s = segment(source);
        s.clauses
            .iter()
            .map(|c| s.text[c.text.start as usize..c.text.end as usize].to_string())
            .collect()
    }

    #[test]
    fn a_speaker_s_lead_in_joins_the_quotation_after_it() {
        let t = texts(
            "Press release\n\nThe Panel met today.\n\nMinister for Foreign Affairs Anders Samuelsen said:\n\n‘Technology holds enormous potential. It will boost growth.’\n\nThe Minister left.\n",
        );
        assert_eq!(
            t,
            [
                "The Panel met today.",
                "Minister for Foreign Affairs Anders Samuelsen said: ‘Technology holds enormous potential. It will boost growth.’",
                "The Minister left.",
            ]
        );
    }

    #[test]
    fn straight_and_double_quotes_open_a_quotation_too() {
        for q in ["\"We agree.\"", "“We agree.”", "«We agree.»"] {
            let t = texts(&format!("Note\n\nThe spokesperson said:\n\n{q}\n"));
            assert_eq!(t, [format!("The spokesperson said: {q}")]);
        }
    }

    #[test]
    fn a_colon_before_a_list_heading_or_plain_paragraph_stays_apart() {
        let t = texts(
            "Note\n\nThe following topics were discussed:\n\n**1. Semiconductors**\n\nBoth sides agreed:\n\nThe work goes on.\n\nThe Council:\n\n1. notes the report.\n",
        );
        assert_eq!(t.len(), 6, "{t:?}");
        assert_eq!(t[0], "The following topics were discussed:");
        assert_eq!(t[2], "Both sides agreed:");
    }

    #[test]
    fn a_long_paragraph_ending_with_a_colon_is_not_a_lead_in() {
        let long = "The Council recalls its earlier conclusions on the matter and ".repeat(5);
        let t = texts(&format!("Note\n\n{long}stresses:\n\n‘A quoted line.’\n"));
        assert_eq!(t.len(), 2, "{t:?}");
    }
}
