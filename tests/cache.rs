//! The index cache through the binary: a second start gives the same output,
//! an edited file is read again, a damaged cache is rebuilt, `--no-cache`
//! neither reads nor writes one.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use common::{bin, path_str, project, stdout};

/// A library of the seeds whose files have been still for an hour (the cache
/// does not keep files modified in the last seconds).
fn library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(project().join("seeds")).expect("seeds") {
        let path = entry.expect("entry").path();
        let to = dir.path().join(path.file_name().expect("name"));
        std::fs::copy(&path, &to).expect("copy");
        age(&to, 3600);
    }
    dir
}

fn age(path: &Path, secs: u64) {
    let file = std::fs::File::options().write(true).open(path).expect("open");
    file.set_modified(SystemTime::now() - Duration::from_secs(secs))
        .expect("set mtime");
}

fn list(lib: &Path, cache_home: &Path, extra: &[&str]) -> String {
    let out = bin()
        .env("XDG_CACHE_HOME", cache_home)
        .args(["list", "--json", path_str(lib)])
        .args(extra)
        .output()
        .expect("run attache");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    stdout(&out)
}

fn cache_files(cache_home: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(cache_home.join("attache"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

#[test]
fn a_second_start_reads_the_cache_and_gives_the_same_library() {
    let lib = library();
    let home = tempfile::tempdir().expect("tempdir");
    let first = list(lib.path(), home.path(), &[]);
    let files = cache_files(home.path());
    assert_eq!(files.len(), 1, "one cache file for the library: {files:?}");
    let written = std::fs::metadata(&files[0]).and_then(|m| m.modified()).expect("mtime");
    assert_eq!(list(lib.path(), home.path(), &[]), first);
    let after = std::fs::metadata(&files[0]).and_then(|m| m.modified()).expect("mtime");
    assert_eq!(written, after, "every document came from the cache: nothing to rewrite");
    assert_eq!(list(lib.path(), home.path(), &["--no-cache"]), first);
}

#[test]
fn an_edited_file_is_read_again() {
    let lib = library();
    let home = tempfile::tempdir().expect("tempdir");
    let before = list(lib.path(), home.path(), &[]);
    let file = lib.path().join("001_2ab9842b4ce5ad65.txt");
    let text = std::fs::read_to_string(&file).expect("read");
    // The same size: only the modification time tells the edit.
    let edited = text.replace("Digital Panel", "Quantum Panel");
    assert_ne!(text, edited);
    assert_eq!(text.len(), edited.len());
    std::fs::write(&file, &edited).expect("write");
    age(&file, 1800);
    let after = list(lib.path(), home.path(), &[]);
    assert!(!before.contains("Quantum Panel") && after.contains("Quantum Panel"));
    assert_eq!(after, list(lib.path(), home.path(), &["--no-cache"]));
}

#[test]
fn a_damaged_cache_is_rebuilt_not_trusted() {
    let lib = library();
    let home = tempfile::tempdir().expect("tempdir");
    let truth = list(lib.path(), home.path(), &["--no-cache"]);
    assert!(cache_files(home.path()).is_empty(), "--no-cache writes no cache");
    list(lib.path(), home.path(), &[]);
    let cache = cache_files(home.path()).remove(0);
    let good = std::fs::read(&cache).expect("read");
    for damage in [
        good[..good.len() / 2].to_vec(),
        good.iter().map(|b| b ^ 0x01).collect(),
        b"not a cache at all".to_vec(),
    ] {
        std::fs::write(&cache, damage).expect("write");
        assert_eq!(list(lib.path(), home.path(), &[]), truth);
        // The run rebuilt it: the next one reads it back whole.
        assert_eq!(list(lib.path(), home.path(), &[]), truth);
    }
}

#[test]
fn relative_and_absolute_paths_share_one_cache_and_it_is_private() {
    let lib = library();
    let home = tempfile::tempdir().expect("tempdir");
    let first = list(lib.path(), home.path(), &[]);
    let files = cache_files(home.path());
    assert_eq!(files.len(), 1);
    let written = std::fs::metadata(&files[0]).and_then(|m| m.modified()).expect("mtime");
    let parent = lib.path().parent().expect("parent");
    let name = lib.path().file_name().expect("name");
    let out = bin()
        .env("XDG_CACHE_HOME", home.path())
        .current_dir(parent)
        .args(["list", "--json"])
        .arg(name)
        .output()
        .expect("run attache");
    assert!(out.status.success());
    // Same documents; the paths are printed as given.
    assert_eq!(
        stdout(&out).replace(
            &format!("\"{}", name.to_string_lossy()),
            &format!("\"{}", lib.path().display())
        ),
        first
    );
    // A trailing slash (as tab completion leaves) and a detour through `..`.
    let slash = format!("{}/", lib.path().display());
    let detour = lib.path().join("..").join(name);
    for spelling in [Path::new(&slash), detour.as_path()] {
        let out = bin()
            .env("XDG_CACHE_HOME", home.path())
            .args(["list", "--json"])
            .arg(spelling)
            .output()
            .expect("run attache");
        assert!(out.status.success());
    }
    assert_eq!(cache_files(home.path()), files, "one cache for every spelling");
    let after = std::fs::metadata(&files[0]).and_then(|m| m.modified()).expect("mtime");
    assert_eq!(written, after, "served from the cache, not parsed again");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode(&files[0]), 0o600, "the cache holds document text");
        assert_eq!(mode(&home.path().join("attache")), 0o700);
    }
}

/// A symlink renamed between two starts: the cache is keyed by the file it
/// points to, but the document's id and path are the new name's, exactly as
/// `--no-cache` reads them (`show NEWNAME` works).
#[cfg(unix)]
#[test]
fn a_renamed_symlink_takes_its_new_name_from_the_cache_too() {
    let lib = tempfile::tempdir().expect("tempdir");
    let store = tempfile::tempdir().expect("tempdir");
    let real = store.path().join("real.txt");
    std::fs::copy(project().join("seeds/001_2ab9842b4ce5ad65.txt"), &real).expect("copy");
    age(&real, 3600);
    std::os::unix::fs::symlink(&real, lib.path().join("old.txt")).expect("symlink");
    let home = tempfile::tempdir().expect("tempdir");
    let first = list(lib.path(), home.path(), &[]);
    assert!(first.contains("\"id\": \"old\""), "{first}");
    std::fs::rename(lib.path().join("old.txt"), lib.path().join("new.txt")).expect("rename");
    let cached = list(lib.path(), home.path(), &[]);
    assert_eq!(cached, list(lib.path(), home.path(), &["--no-cache"]));
    assert!(cached.contains("\"id\": \"new\""), "{cached}");
    let out = bin()
        .env("XDG_CACHE_HOME", home.path())
        .args(["show", "new", path_str(lib.path())])
        .output()
        .expect("run attache");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn precedent_from_the_cached_fingerprints_is_what_a_parse_gives() {
    let lib = library();
    let home = tempfile::tempdir().expect("tempdir");
    let run = |extra: &[&str]| {
        let out = bin()
            .env("XDG_CACHE_HOME", home.path())
            .args(["precedent", "--json", "--text"])
            .arg("Bridging technology gaps, including the gender digital divide, is more crucial than ever after the pandemic.")
            .arg(path_str(lib.path()))
            .args(extra)
            .output()
            .expect("run attache");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        stdout(&out)
    };
    let parsed = run(&["--no-cache"]);
    assert!(parsed.contains("\"closeness\""), "{parsed}");
    let _writes_the_cache = run(&[]);
    assert_eq!(cache_files(home.path()).len(), 1);
    assert_eq!(run(&[]), parsed, "served from the cache");
}

#[test]
fn a_word_file_s_tracked_changes_survive_the_cache() {
    let dir = tempfile::tempdir().expect("tempdir");
    let docx = dir.path().join("draft.docx");
    std::fs::copy(
        project().join("tests/fixtures/formats/seed-000-council-conclusions.docx"),
        &docx,
    )
    .expect("copy");
    age(&docx, 3600);
    let home = tempfile::tempdir().expect("tempdir");
    let compare = || {
        let out = bin()
            .env("XDG_CACHE_HOME", home.path())
            .args(["compare", "draft", path_str(dir.path()), "--json"])
            .output()
            .expect("run attache");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        stdout(&out)
    };
    let first = compare();
    assert_eq!(cache_files(home.path()).len(), 1);
    assert_eq!(
        compare(),
        first,
        "the text before the changes comes back from the cache"
    );
    assert!(first.contains("\"changed\""), "{first}");
}
