//! The load benchmark's `parsed` case once (read, segment, extract, merge,
//! fingerprint, jump index) on DOCS generated briefings (default 300), for an
//! instruction count that shared machines do not disturb (build it with
//! `CARGO_PROFILE_RELEASE_STRIP=false`: the release profile strips the
//! symbols the flags name):
//! `valgrind --tool=callgrind --toggle-collect='load_once::load_all'
//! --toggle-collect='attache::pipeline::Pipeline::load' target/release/examples/load_once`.
use attache::jump::JumpIndex;
use attache::library::Library;
use attache::pipeline::Pipeline;
use std::path::PathBuf;

#[inline(never)]
fn load_all(paths: &[PathBuf], pipeline: &Pipeline) -> (Library, JumpIndex) {
    let lib = Library::load_through(paths, pipeline);
    let index = JumpIndex::build(&lib);
    (lib, index)
}

fn main() {
    let docs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(300);
    let dir = tempfile::tempdir().expect("temp dir");
    attache::sample::generate(dir.path(), docs, 1).expect("generate");
    let paths = [PathBuf::from(dir.path())];
    let pipeline = Pipeline::with_extractor(attache::entities::Extractor::new(None).0);
    let t = std::time::Instant::now();
    let (lib, _index) = load_all(&paths, &pipeline);
    println!(
        "{} documents in {:.3} s",
        lib.documents.len(),
        t.elapsed().as_secs_f64()
    );
}
