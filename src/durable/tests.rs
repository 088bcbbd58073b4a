use super::*;
use serde::Deserialize;

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Counter {
    version: u64,
    n: u32,
}

fn bump(c: Option<Counter>) -> Counter {
    let n = c.map_or(0, |c| c.n) + 1;
    Counter { version: VERSION, n }
}

#[test]
fn update_creates_then_merges_onto_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/state.json");
    assert_eq!(open::<Counter>(&path), (None, None));
    update(&path, bump).unwrap();
    let (c, w) = update(&path, bump).unwrap();
    assert_eq!((c.n, w), (2, None));
    assert_eq!(open::<Counter>(&path).0.unwrap().n, 2);
    let leftovers: Vec<_> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_newer_version_is_neither_read_nor_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    fs::write(&path, r#"{"version": 7, "n": 3}"#).unwrap();
    let (c, w) = open::<Counter>(&path);
    assert!(c.is_none());
    assert!(matches!(&w, Some(StoreWarning::NewerVersion { found, .. }) if found == "7"));
    assert!(matches!(update(&path, bump), Err(StoreError::NewerVersion { .. })));
    assert!(fs::read_to_string(&path).unwrap().contains("\"version\": 7"));
}

/// A newer attache may write `2.0` or a number past u64: newer, not corrupt.
#[test]
fn a_newer_version_written_as_a_float_or_past_u64_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    for version in ["2.0", "1.5", "18446744073709551616", "1e30"] {
        let text = format!("{{\"version\": {version}, \"n\": 3}}");
        fs::write(&path, &text).unwrap();
        let (c, w) = open::<Counter>(&path);
        assert!(c.is_none());
        assert!(matches!(w, Some(StoreWarning::NewerVersion { .. })), "{version}: {w:?}");
        assert!(
            matches!(update(&path, bump), Err(StoreError::NewerVersion { .. })),
            "{version}"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), text);
    }
    for bad in ["\"2\"", "-1", "0.5", "null"] {
        fs::write(&path, format!("{{\"version\": {bad}, \"n\": 3}}")).unwrap();
        assert!(
            matches!(open::<Counter>(&path).1, Some(StoreWarning::MovedAside { .. })),
            "{bad}"
        );
    }
}

/// Saves killed between writing their temporary file and renaming it
/// leave copies of the data behind; the next save removes them.
#[test]
fn a_save_removes_temporary_files_of_killed_saves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let left = ["state.json.tmp-123-456", "state.json.tmp-9-1"];
    for name in left {
        fs::write(dir.path().join(name), "{\"version\": 1, \"n\": 9}").unwrap();
    }
    fs::write(dir.path().join("other.json.tmp-1-1"), "not ours").unwrap();
    update(&path, bump).unwrap();
    for name in left {
        assert!(!dir.path().join(name).exists(), "{name} left");
    }
    assert!(dir.path().join("other.json.tmp-1-1").exists());
}

/// A read error is not corruption: the file stays where it is, under its
/// name, and a save stops rather than write over what it could not read.
/// (A folder in the file's place gives a read error without root's
/// powers mattering; `tests/store_errors.rs` runs out of file handles.)
#[test]
fn a_file_that_cannot_be_read_is_neither_moved_nor_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("inside"), "precious").unwrap();
    let (c, w) = open::<Counter>(&path);
    assert!(c.is_none());
    assert!(matches!(w, Some(StoreWarning::ReadFailed { .. })), "{w:?}");
    assert!(matches!(update(&path, bump), Err(StoreError::Read { .. })));
    assert_eq!(fs::read_to_string(path.join("inside")).unwrap(), "precious");
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(!names.iter().any(|n| n.contains("corrupt")), "{names:?}");
}

#[test]
fn a_second_move_aside_in_the_same_second_gets_a_new_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    fs::write(&path, "x").unwrap();
    let a = move_aside(&path).unwrap();
    fs::write(&path, "y").unwrap();
    let b = move_aside(&path).unwrap();
    assert_ne!(a, b);
    assert_eq!(fs::read_to_string(b).unwrap(), "y");
}
