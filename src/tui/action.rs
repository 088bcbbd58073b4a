//! What the user asked for (`Action`) and what the app must do about it outside
//! the state (`Effect`). Keys, mouse and resizes all become `Action`s, so
//! `AppState::update` is the one place behaviour lives and tests can drive it.

use super::input::TextKey;

/// A user intent. Key-bound actions have a name for `keys.toml` in `keymap.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Help,
    /// Esc: close an overlay, clear a highlight, go back.
    Back,
    NextPane,
    PrevPane,
    Down,
    Up,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    NextHeading,
    PrevHeading,
    /// Enter: open the document, or jump to the selected entity's next mention.
    Activate,
    NextMention,
    PrevMention,
    CopyClause,
    MeetingMode,
    EntityScope,
    ShowEntities,
    ToggleMentionColours,
    ToggleMouse,
    SortDocuments,
    /// Ctrl-P: the jump palette.
    OpenPalette,
    /// Ctrl-F: the palette listing every clause that holds the words.
    SearchLibrary,
    /// `/`: search in the open document.
    SearchDocument,
    /// `:`: go to a paragraph of the open document by its label.
    GoTo,
    /// A digit typed in the reader: the go-to input, opened with it.
    GoToDigit(char),
    /// `S`: the files the load passed over, with their reasons.
    ShowSkipped,
    /// Ctrl-O: back to where the last jump left.
    JumpBack,
    JumpForward,
    /// `b`: bookmark the current clause, or remove its bookmark.
    ToggleBookmark,
    /// `a`: add or edit the note on the current clause's (or the listed) bookmark.
    EditNote,
    /// `B`: the list of all bookmarks.
    ShowBookmarks,
    DeleteBookmark,
    /// Brings back what the last bookmark deletion removed.
    UndoDelete,
    /// `=`: compare the open document with another version of it.
    Compare,
    /// `f`: open the document a reference in the current clause names.
    FollowLink,
    /// `L`: where the current clause's wording was used before.
    AgreedLanguage,
    /// A key typed into the open one-line input (the note).
    Text(TextKey),
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    Click(u16, u16),
    ScrollDown(u16, u16),
    ScrollUp(u16, u16),
}

/// A side effect for `App` to perform; `update` never does I/O itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
    SetMouseCapture(bool),
    /// Write the bookmarks' pending changes to `bookmarks.json`.
    SaveBookmarks,
    /// Write the reading positions to `positions.json`.
    SavePositions,
}
