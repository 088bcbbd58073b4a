//! A French lead that reports what was done on a day in the past tense:
//! `Le ministre … a reçu, le 21 août 1985, les Chefs de Mission …`, `Le
//! Président s'est entretenu le 3 mars 2020 avec …`. The auxiliary and the
//! participle before `le` and the day make the day the one reported (a day
//! after a noun, `l'adoption, le 26 juillet, de la résolution`, is another
//! event's).

use crate::dates::first_full_date;

/// The auxiliaries of the passé composé, as they stand before a participle.
const AUXILIARIES: &[&str] = &["a", "ont", "est", "sont", "avait", "avaient", "s'est", "s’est"];

/// The day a French lead reports, when a verb in the past puts it.
pub(super) fn past_tense_date(lead: &str) -> Option<String> {
    lead.match_indices(" le ").find_map(|(at, _)| {
        let after = &lead[at + " le ".len()..];
        if !after.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let mut words = lead[..at].trim_end_matches(',').rsplit(' ');
        let participle = words.next()?;
        let auxiliary = words.next()?;
        let past = participle.ends_with(['é', 'u', 'i', 's', 't']) && participle.starts_with(char::is_lowercase);
        let end = after.char_indices().nth(30).map_or(after.len(), |(i, _)| i);
        (past && AUXILIARIES.contains(&auxiliary))
            .then(|| first_full_date(&after[..end]))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::past_tense_date;

    #[test]
    fn a_past_verb_before_the_day_dates_the_lead_and_a_noun_does_not() {
        assert_eq!(
            past_tense_date("- Le ministre des relations extérieures a reçu, le 21 août 1985, les Chefs de Mission.")
                .as_deref(),
            Some("1985-08-21")
        );
        assert_eq!(
            past_tense_date("Le Président s'est entretenu le 3 mars 2020 avec son homologue.").as_deref(),
            Some("2020-03-03")
        );
        assert_eq!(
            past_tense_date("ont conduit à l'adoption, le 26 juillet 1985, de la résolution 569."),
            None
        );
    }
}
