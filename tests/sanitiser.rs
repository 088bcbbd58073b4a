//! The sanitiser (`Shown`) over every Unicode control (Cc) and format (Cf)
//! character, by general category from an independent table
//! (`unicode-properties`): none is ever printed raw where it could hide,
//! reorder or escape, in any context; joiners stay only inside words of
//! scripts that need them.

use attache::shown::{Shown, is_format, is_needed_joiner};
use proptest::prelude::*;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

fn hidden(c: char) -> bool {
    matches!(c.general_category(), GeneralCategory::Control | GeneralCategory::Format)
        || matches!(c, '\u{2028}' | '\u{2029}')
}

fn all_hidden() -> Vec<char> {
    (0..=0x10FFFFu32)
        .filter_map(char::from_u32)
        .filter(|&c| hidden(c))
        .collect()
}

/// Contexts a character may be printed in: ends, Latin, digits, Persian
/// letters, Devanagari, emoji, punctuation.
const CONTEXTS: &[(&str, &str)] = &[
    ("", ""),
    ("a", ""),
    ("", "b"),
    ("Bru", "ssels"),
    ("8318", "/24"),
    ("می", "خواهم"),
    ("क्", "ष"),
    ("👩", "💻"),
    ("(", ")"),
];

#[test]
fn the_format_table_is_unicodes_general_category_cf() {
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let cf = c.general_category() == GeneralCategory::Format;
        assert_eq!(is_format(c), cf, "U+{:04X}", c as u32);
    }
}

#[test]
fn no_control_or_format_character_is_printed_raw_out_of_place() {
    for c in all_hidden() {
        for &(before, after) in CONTEXTS {
            let input = format!("{before}{c}{after}");
            let line = Shown::line(&input);
            let kept = line.as_str().contains(c);
            let allowed = is_needed_joiner(c, before.chars().last(), after.chars().next());
            assert_eq!(
                kept,
                allowed,
                "U+{:04X} in {before:?}…{after:?}: {:?}",
                c as u32,
                line.as_str()
            );
            if !kept {
                assert!(line.as_str().contains(&format!("⟨U+{:04X}⟩", c as u32)));
            }
            let text = Shown::text(&input);
            assert_eq!(
                text.as_str().contains(c),
                allowed || c == '\n',
                "text U+{:04X}",
                c as u32
            );
        }
    }
}

#[test]
fn joiners_are_kept_only_between_letters_of_scripts_that_need_them() {
    for c in ['\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}'] {
        assert!(Shown::line(&format!("می{c}خواهم")).as_str().contains(c));
        assert!(!Shown::line(&format!("Bru{c}ssels")).as_str().contains(c));
        assert!(!Shown::line(&format!("می{c}1")).as_str().contains(c));
    }
    assert!(Shown::line("👩\u{200D}💻").as_str().contains('\u{200D}'));
    assert!(!Shown::line("a\u{200D}💻").as_str().contains('\u{200D}'));
}

proptest! {
    /// Any string: the output holds no Cc, Cf, U+2028 or U+2029 except a
    /// joiner that sits between two characters that need it, and the output
    /// is a fixed point (showing twice changes nothing).
    #[test]
    fn any_string_prints_without_hidden_characters(input in proptest::collection::vec(
        prop_oneof![
            3 => any::<char>(),
            2 => proptest::sample::select(all_hidden()),
            2 => proptest::sample::select(vec!['a', 'م', 'ی', 'क', '्', '👩', '1', ' ', '\n', '\t']),
        ],
        0..40,
    )) {
        let input: String = input.into_iter().collect();
        let shown = Shown::line(&input);
        let out: Vec<char> = shown.as_str().chars().collect();
        for (i, &c) in out.iter().enumerate() {
            if hidden(c) {
                let prev = i.checked_sub(1).map(|p| out[p]);
                prop_assert!(is_needed_joiner(c, prev, out.get(i + 1).copied()), "U+{:04X} in {:?}", c as u32, shown.as_str());
            }
        }
        let twice = Shown::line(shown.as_str()).into_string();
        prop_assert_eq!(twice.as_str(), shown.as_str());
        let json = serde_json::to_string(&input).unwrap();
        let in_json = Shown::json(&json);
        let back: String = serde_json::from_str(in_json.as_str()).unwrap();
        prop_assert_eq!(back.replace('\n', "⟨U+000A⟩"), shown.as_str());
    }
}
