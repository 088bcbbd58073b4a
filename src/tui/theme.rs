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
    /// Honours `NO_COLOR` (https://no-color.org): present and non-empty disables colour.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { colour: !no_color }
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
    fn colourless_theme_uses_no_colours() {
        let t = Theme::colourless();
        for kind in EntityKind::ALL {
            assert_eq!(t.mention(kind).fg, None);
        }
        assert_eq!(t.accent().fg, None);
        assert!(t.current_label().add_modifier.contains(Modifier::REVERSED));
    }
}
