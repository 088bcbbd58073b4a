//! Colours and text styles, chosen once at startup. Only the 16 named ANSI
//! colours, no backgrounds but reverse video, so text reads on dark and light
//! terminals alike; with `NO_COLOR` set, emphasis is carried by bold, underline
//! and reverse alone.

use crate::document::EntityKind;
use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Debug)]
pub struct Theme {
    pub colour: bool,
}

impl Theme {
    /// From the environment: see `for_vars`.
    pub fn from_env() -> Theme {
        Theme::for_vars(|name| std::env::var_os(name))
    }

    /// No colour when `NO_COLOR` is set and non-empty (https://no-color.org),
    /// when `CLICOLOR` is `0`, or when `TERM` is `dumb` (a terminal that
    /// takes no escape sequences beyond the bare minimum); `var` reads a
    /// variable (the environment, or a test's table).
    pub fn for_vars(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Theme {
        let no_color = var("NO_COLOR").is_some_and(|v| !v.is_empty());
        let clicolor_off = var("CLICOLOR").is_some_and(|v| v == "0");
        let dumb = var("TERM").is_some_and(|v| v == "dumb");
        Theme {
            colour: !(no_color || clicolor_off || dumb),
        }
    }

    pub fn colourless() -> Theme {
        Theme { colour: false }
    }

    fn fg(&self, c: Color) -> Style {
        if self.colour { Style::new().fg(c) } else { Style::new() }
    }

    pub fn accent(&self) -> Style {
        self.fg(Color::Cyan)
    }

    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.accent().add_modifier(Modifier::BOLD)
        } else {
            self.dim()
        }
    }

    pub fn pane_title(&self, focused: bool) -> Style {
        if focused {
            self.accent().add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    /// The row under the cursor of a list; only reversed when its pane has focus.
    pub fn cursor_row(&self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    pub fn heading(&self) -> Style {
        self.fg(Color::Blue).add_modifier(Modifier::BOLD)
    }

    pub fn label(&self) -> Style {
        self.dim()
    }

    pub fn current_label(&self) -> Style {
        self.accent().add_modifier(Modifier::BOLD | Modifier::REVERSED)
    }

    /// The bar down the left edge of the current clause.
    pub fn current_bar(&self) -> Style {
        self.accent().add_modifier(Modifier::BOLD)
    }

    pub fn mention(&self, kind: EntityKind) -> Style {
        if !self.colour {
            return Style::new().add_modifier(Modifier::UNDERLINED);
        }
        Style::new().fg(match kind {
            EntityKind::Person => Color::Magenta,
            EntityKind::Organization => Color::Cyan,
            EntityKind::Place => Color::Green,
            EntityKind::Date => Color::Yellow,
            EntityKind::Money => Color::LightRed,
            EntityKind::Reference => Color::LightBlue,
            EntityKind::Programme => Color::LightMagenta,
        })
    }

    /// A reference naming a document of the library (`f` follows it): underlined
    /// and bold, so it stands apart from other mentions without colour too.
    pub fn link(&self) -> Style {
        self.fg(Color::LightBlue)
            .add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
    }

    /// Mentions of the selected entity: reverse video reads in any palette.
    pub fn selected_mention(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Search matches in the reader: a yellow background, or underlined reverse without colour.
    pub fn search_match(&self) -> Style {
        if self.colour {
            Style::new().fg(Color::Yellow).add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED)
        }
    }

    /// The letters a palette row matched the query on.
    pub fn matched(&self) -> Style {
        self.fg(Color::Yellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn warning(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn key(&self) -> Style {
        self.accent().add_modifier(Modifier::BOLD)
    }

    pub fn marking(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_clicolor_0_and_a_dumb_terminal_turn_colour_off() {
        let with = |vars: &[(&str, &str)]| {
            let vars: Vec<(String, String)> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            Theme::for_vars(move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.into())).colour
        };
        assert!(with(&[("TERM", "xterm-256color")]));
        assert!(with(&[("NO_COLOR", ""), ("CLICOLOR", "1")]));
        assert!(!with(&[("NO_COLOR", "1")]));
        assert!(!with(&[("CLICOLOR", "0"), ("TERM", "xterm")]));
        assert!(!with(&[("TERM", "dumb")]));
    }

    #[test]
    fn colourless_theme_uses_no_colours() {
        let t = Theme::colourless();
        for kind in EntityKind::ALL {
            assert_eq!(t.mention(kind).fg, None);
        }
        assert_eq!(t.accent().fg, None);
        assert!(t.current_label().add_modifier.contains(Modifier::REVERSED));
    }
}
