//! Go to a paragraph by the label the chair reads out: a digit typed in the
//! reader (or `:`) opens a one-line input over the status bar; Enter goes to
//! that clause of the open document (`14`, `14(b)`, `2.1`) and records the
//! jump, so Ctrl-O comes back. The palette's `korea 5` comes here too.

use super::AppState;
use super::history::JumpPoint;
use crate::labels::{Found, find_clause};
use crate::tui::action::Action;
use crate::tui::input::{LineInput, TextKey};

impl AppState {
    /// Opens the go-to input, holding the digit that opened it, if any.
    pub(super) fn start_goto(&mut self, first: Option<char>) {
        if self.reader.doc.is_none() {
            self.info("no document open");
            return;
        }
        let text = first.map(String::from).unwrap_or_default();
        self.goto = Some(LineInput::new(&text));
    }

    /// Keys while the go-to input is open; false for those it lets through.
    pub(super) fn goto_action(&mut self, action: Action) -> bool {
        let Some(input) = self.goto.as_mut() else {
            return false;
        };
        match action {
            Action::Text(TextKey::Cancel) | Action::Back => self.goto = None,
            Action::Text(TextKey::Submit) | Action::Activate => self.submit_goto(),
            Action::Text(key) => {
                input.edit(key);
            }
            Action::Quit | Action::Resize(..) => return false,
            _ => {}
        }
        true
    }

    fn submit_goto(&mut self) {
        let Some(input) = self.goto.take() else { return };
        let typed = input.text().trim().trim_start_matches(':').trim().to_string();
        if typed.is_empty() {
            return;
        }
        if let Some(doc) = self.reader.doc {
            self.go_to_label(doc, &typed);
        }
    }

    /// Goes to the clause `typed` names in document `doc`, recording the jump;
    /// says so when it is attache's count rather than a printed number.
    pub(super) fn go_to_label(&mut self, doc: usize, typed: &str) -> bool {
        let Some(d) = self.library.documents.get(doc) else {
            return false;
        };
        let Some(found) = find_clause(d, typed) else {
            self.info(&format!("no paragraph {typed} in this document"));
            return false;
        };
        let label = d.clauses[found.clause()].label.clone();
        self.focus = super::Pane::Reader;
        self.jump(JumpPoint {
            doc,
            clause: found.clause(),
        });
        if let Found::Counted(_) = found
            && !typed.starts_with(['¶', '•', '§'])
        {
            self.info(&format!(
                "the document prints no paragraph {typed}: went to {label}, attache's count"
            ));
        }
        true
    }
}
