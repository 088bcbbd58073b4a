//! The one table of remappable actions: each with its `keys.toml` name, default
//! keys, help section and help text. Everything that shows or looks up keys
//! reads this table (through `Keymap`).

use super::action::Action;

/// A help section, in the order the help overlay shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    General,
    Moving,
    Find,
    Reader,
    Bookmarks,
    Documents,
    Entities,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::General,
        Section::Moving,
        Section::Find,
        Section::Reader,
        Section::Bookmarks,
        Section::Documents,
        Section::Entities,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::General => "General",
            Section::Moving => "Moving",
            Section::Find => "Find and jump",
            Section::Reader => "Reader",
            Section::Bookmarks => "Bookmarks",
            Section::Documents => "Documents",
            Section::Entities => "Entities",
        }
    }
}

/// One remappable action: its `keys.toml` name, default chords and help text.
pub struct Binding {
    pub action: Action,
    pub name: &'static str,
    pub section: Section,
    pub defaults: &'static [&'static str],
    pub help: &'static str,
}

const fn bind(
    action: Action,
    name: &'static str,
    section: Section,
    defaults: &'static [&'static str],
    help: &'static str,
) -> Binding {
    Binding {
        action,
        name,
        section,
        defaults,
        help,
    }
}

use Section::{Bookmarks, Documents, Entities, Find, General, Moving, Reader};

pub const BINDINGS: &[Binding] = &[
    bind(Action::Quit, "quit", General, &["q"], "quit (Ctrl-C always quits)"),
    bind(Action::Help, "help", General, &["?"], "show this help"),
    bind(
        Action::Back,
        "back",
        General,
        &["esc"],
        "close the overlay, clear the highlight",
    ),
    bind(Action::NextPane, "next_pane", General, &["tab"], "next pane"),
    bind(Action::PrevPane, "prev_pane", General, &["shift-tab"], "previous pane"),
    bind(
        Action::MeetingMode,
        "meeting_mode",
        General,
        &["z"],
        "meeting mode: the reader alone, full width",
    ),
    bind(
        Action::ToggleMouse,
        "toggle_mouse",
        General,
        &["m"],
        "mouse on/off (off: select text with the mouse)",
    ),
    bind(Action::Down, "down", Moving, &["j", "down"], "next clause or row"),
    bind(Action::Up, "up", Moving, &["k", "up"], "previous clause or row"),
    bind(Action::PageDown, "page_down", Moving, &["pagedown"], "page down"),
    bind(Action::PageUp, "page_up", Moving, &["pageup"], "page up"),
    bind(
        Action::HalfPageDown,
        "half_page_down",
        Moving,
        &["ctrl-d"],
        "half a page down",
    ),
    bind(
        Action::HalfPageUp,
        "half_page_up",
        Moving,
        &["ctrl-u"],
        "half a page up",
    ),
    bind(Action::Top, "top", Moving, &["g", "home"], "first clause or row"),
    bind(Action::Bottom, "bottom", Moving, &["G", "end"], "last clause or row"),
    bind(
        Action::NextHeading,
        "next_heading",
        Moving,
        &["]"],
        "next section heading",
    ),
    bind(
        Action::PrevHeading,
        "prev_heading",
        Moving,
        &["["],
        "previous section heading",
    ),
    bind(
        Action::CopyClause,
        "copy_clause",
        Reader,
        &["y"],
        "copy the clause with its citation",
    ),
    bind(
        Action::Compare,
        "compare",
        Reader,
        &["="],
        "compare with another version; ]c/[c walk its changes",
    ),
    bind(
        Action::AgreedLanguage,
        "agreed_language",
        Reader,
        &["L"],
        "agreed language: the clause's wording used before",
    ),
    bind(
        Action::FollowLink,
        "follow_link",
        Reader,
        &["f"],
        "follow the clause's reference (several: Tab chooses)",
    ),
    bind(
        Action::ToggleMentionColours,
        "mention_colours",
        Reader,
        &["c"],
        "colour entity mentions on/off",
    ),
    bind(
        Action::Activate,
        "activate",
        Documents,
        &["enter"],
        "open the document / the next mention / follow the clause's reference",
    ),
    bind(
        Action::SortDocuments,
        "sort_documents",
        Documents,
        &["s"],
        "sort documents by date or title (bookmarks: by document or recency)",
    ),
    bind(
        Action::ToggleBookmark,
        "toggle_bookmark",
        Bookmarks,
        &["b"],
        "bookmark the clause, or remove its bookmark",
    ),
    bind(
        Action::EditNote,
        "edit_note",
        Bookmarks,
        &["a"],
        "add or edit the bookmark's note (Enter saves, Esc cancels)",
    ),
    bind(
        Action::ShowBookmarks,
        "show_bookmarks",
        Bookmarks,
        &["B"],
        "list all bookmarks (Enter jumps there)",
    ),
    bind(
        Action::DeleteBookmark,
        "delete_bookmark",
        Bookmarks,
        &["d"],
        "delete the listed bookmark",
    ),
    bind(
        Action::UndoDelete,
        "undo_delete",
        Bookmarks,
        &["u"],
        "bring back what was just deleted",
    ),
    bind(
        Action::ShowSkipped,
        "show_skipped",
        Documents,
        &["S"],
        "list the files that were skipped, with the reason for each",
    ),
    bind(
        Action::ShowEntities,
        "show_entities",
        Entities,
        &["E"],
        "go to the entity panel (an overlay when folded)",
    ),
    bind(
        Action::EntityScope,
        "entity_scope",
        Entities,
        &["e"],
        "entities of this document / the whole library",
    ),
    bind(
        Action::OpenPalette,
        "open_palette",
        Find,
        &["ctrl-p"],
        "jump to a document, clause, entity or bookmark",
    ),
    bind(
        Action::SearchDocument,
        "search_document",
        Find,
        &["/"],
        "search in this document",
    ),
    bind(
        Action::SearchLibrary,
        "search_library",
        Find,
        &["ctrl-f"],
        "search every clause of every document",
    ),
    bind(
        Action::NextMention,
        "next_mention",
        Find,
        &["n"],
        "next match of the search or mention of the entity",
    ),
    bind(
        Action::PrevMention,
        "prev_mention",
        Find,
        &["N"],
        "previous match or mention",
    ),
    bind(
        Action::GoTo,
        "go_to",
        Find,
        &[":"],
        "go to a paragraph by its label (or just type it: 14, 14(b), 2.1)",
    ),
    bind(
        Action::JumpBack,
        "jump_back",
        Find,
        &["ctrl-o"],
        "back to where the last jump left",
    ),
    // Not Ctrl-I, vim's key: terminals send Ctrl-I as Tab. Ctrl-Y is a plain
    // control byte every terminal sends and crossterm reads as itself.
    bind(
        Action::JumpForward,
        "jump_forward",
        Find,
        &["ctrl-y"],
        "forward again after jumping back",
    ),
];
