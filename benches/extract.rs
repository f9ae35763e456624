//! Extraction throughput over the whole corpus, and the header parser alone.
//!
//! Run with `cargo bench --bench extract`; criterion reports MB/s.

use claimlint::corpus::header;
use claimlint::lexicon::Lexicon;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn lexicon() -> Lexicon {
    let path = root().join("rules/lexicon.ron");
    match Lexicon::load(&path, "rules/lexicon.ron") {
        Ok((lexicon, _)) => lexicon,
        Err(problems) => panic!("rules/lexicon.ron does not load: {problems:?}"),
    }
}

/// Every `corpus/*.txt` as (relative name, bytes), sorted by name.
fn articles() -> Vec<(String, Vec<u8>)> {
    let dir = root().join("corpus");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/ is readable")
        .map(|e| e.expect("a corpus entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no articles in corpus/");
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&p).expect("an article is readable");
            (name, bytes)
        })
        .collect()
}

fn bench_extract(c: &mut Criterion) {
    let lexicon = lexicon();
    let articles = articles();
    let total_bytes: u64 = articles.iter().map(|(_, b)| b.len() as u64).sum();
    // Sanity: the corpus yields facts, so the benchmark measures real work.
    let facts: usize = articles
        .iter()
        .map(|(n, b)| claimlint::extract_bytes(b.clone(), n, &lexicon).0.len())
        .sum();
    assert!(facts > 0, "the corpus gives no facts");

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(total_bytes));
    group.bench_function("corpus", |b| {
        // Copying the bytes (extract_bytes takes ownership) is done outside the measurement.
        b.iter_batched(
            || articles.clone(),
            |articles| {
                let mut n = 0;
                for (name, bytes) in articles {
                    let (facts, _, _) = claimlint::extract_bytes(bytes, &name, &lexicon);
                    n += facts.len();
                }
                black_box(n)
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn bench_header(c: &mut Criterion) {
    let texts: Vec<String> = articles()
        .into_iter()
        .map(|(name, b)| String::from_utf8(b).unwrap_or_else(|_| panic!("{name} is not UTF-8")))
        .collect();
    let start = |t: &str| if t.starts_with('\u{feff}') { 3 } else { 0 };
    // Throughput counts the header bytes, the part the parser reads.
    let header_bytes: u64 = texts
        .iter()
        .map(|t| {
            header::parse(t, start(t))
                .expect("every corpus article has a header")
                .body_start as u64
        })
        .sum();

    let mut group = c.benchmark_group("header");
    group.throughput(Throughput::Bytes(header_bytes));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            let mut fields = 0;
            for t in &texts {
                if let Ok(h) = header::parse(black_box(t), start(t)) {
                    fields += h.fields.len();
                }
            }
            black_box(fields)
        })
    });
    group.finish();
}

criterion_group!(benches, bench_extract, bench_header);
criterion_main!(benches);
