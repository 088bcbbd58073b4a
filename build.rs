//! Stamps the build with a hash of everything that decides what a load
//! produces (`src/`, `assets/`): the index cache trusts an entry only when it
//! was written by a build with the same stamp, so a change to segmentation or
//! a lexicon never serves documents parsed the old way.

use std::path::Path;

fn main() {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for dir in ["src", "assets"] {
        println!("cargo:rerun-if-changed={dir}");
        let mut files = Vec::new();
        collect(Path::new(dir), &mut files);
        files.sort();
        for file in files {
            let bytes = std::fs::read(&file).unwrap_or_default();
            for b in file.to_string_lossy().bytes().chain(bytes) {
                hash ^= u64::from(b);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
    println!("cargo:rustc-env=ATTACHE_SOURCE_HASH={hash:016x}");
}

fn collect(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}
