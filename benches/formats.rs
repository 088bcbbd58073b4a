//! Format readers on the real briefings in `../shared/formats` (skipped with
//! a note when absent). For PDFs: pages per second for attache's reader
//! (spans, layout, furniture, notes, blocks) beside a yardstick measured in
//! the same run, pdf_oxide's own `extract_text` over the same pages. For Word
//! and ODT: bytes per second through the reader and `compose`, on the
//! fixtures made from the seeds and the real ODT.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::path::PathBuf;
use std::time::Duration;

fn formats_dir() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [root.join("../shared/formats"), root.join("../../shared/formats")]
        .into_iter()
        .find(|p| p.is_dir())
}

fn pdf(c: &mut Criterion) {
    let Some(dir) = formats_dir() else {
        eprintln!("note: ../shared/formats not found; PDF benchmarks skipped");
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "pdf"));
    files.sort();
    let mut group = c.benchmark_group("pdf");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(3));
    for path in files {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().chars().take(24).collect::<String>())
            .unwrap_or_default();
        let Ok(x) = attache::formats::pdf::read(&bytes) else {
            eprintln!("note: {name} is not readable; skipped");
            continue;
        };
        let pages = u64::from(x.pages.unwrap_or(1));
        group.throughput(Throughput::Elements(pages));
        group.bench_with_input(BenchmarkId::new("attache", &name), &bytes, |b, bytes| {
            b.iter(|| attache::formats::pdf::read(bytes).map(|x| x.blocks.len()))
        });
        group.bench_with_input(BenchmarkId::new("pdf_oxide_extract_text", &name), &bytes, |b, bytes| {
            b.iter(|| {
                let doc = pdf_oxide::PdfDocument::from_bytes(bytes.clone()).expect("opens");
                let n = doc.page_count().unwrap_or(0);
                (0..n)
                    .map(|i| doc.extract_text(i).map_or(0, |t| t.len()))
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

fn office(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures/formats"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    if let Some(dir) = formats_dir() {
        files.push(dir.join("fr-dinum-exemple-declaration-accessibilite-OFFGENRE.odt"));
    }
    files.retain(|p| p.extension().is_some_and(|e| e == "docx" || e == "odt"));
    files.sort();
    let mut group = c.benchmark_group("office");
    group.sample_size(20);
    group.warm_up_time(Duration::from_millis(300));
    group.measurement_time(Duration::from_secs(2));
    for path in files {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let name = path
            .file_name()
            .map(|s| s.to_string_lossy().chars().take(32).collect::<String>())
            .unwrap_or_default();
        let odt = path.extension().is_some_and(|e| e == "odt");
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::new("read_compose", &name), &bytes, |b, bytes| {
            b.iter(|| {
                let x = if odt {
                    attache::formats::odt::read(bytes)
                } else {
                    attache::formats::docx::read(bytes)
                };
                x.map(|x| attache::formats::compose::compose(&x).len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, pdf, office);
criterion_main!(benches);
