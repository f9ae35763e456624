//! The corpus generator (examples/gen-corpus): same seed, same bytes; and claimlint finds
//! exactly the findings the generator predicts from its own model — nothing missed, nothing
//! extra, no error.

#[allow(dead_code)]
#[path = "../examples/gen-corpus/archive.rs"]
mod archive;
#[allow(dead_code)]
#[path = "../examples/gen-corpus/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "../examples/gen-corpus/text.rs"]
mod text;
#[allow(dead_code)]
#[path = "../examples/gen-corpus/world.rs"]
mod world;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn options(articles: usize, seed: u64) -> archive::Options {
    archive::Options {
        articles,
        seed,
        plant_one_in: 4,
        twin_one_in: 4,
    }
}

/// Every file under `dir`, by relative path.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let (a, b, c) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    archive::write_corpus(&options(150, 11), a.path(), None).unwrap();
    archive::write_corpus(&options(150, 11), b.path(), None).unwrap();
    archive::write_corpus(&options(150, 12), c.path(), None).unwrap();
    let (ta, tb, tc) = (tree(a.path()), tree(b.path()), tree(c.path()));
    assert_eq!(ta.len(), 151, "150 articles and expected.jsonl");
    assert!(ta.contains_key(Path::new("expected.jsonl")));
    assert!(
        ta.keys().any(|p| p.starts_with("1997")),
        "articles go into year folders"
    );
    assert_eq!(ta, tb, "the same seed must give byte-identical trees");
    assert_ne!(ta, tc, "another seed must give another corpus");
}

#[test]
fn claimlint_finds_exactly_the_predicted_findings() {
    let dir = tempfile::tempdir().unwrap();
    let summary = archive::write_corpus(&options(400, 5), dir.path(), None).unwrap();
    // The plants reach several rules, and the model expects findings of them.
    assert!(summary.plants.len() >= 5, "plants: {:?}", summary.plants);
    assert!(
        summary.expected.len() >= 5,
        "expected: {:?}",
        summary.expected
    );
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let checked = claimlint::check(&claimlint::Inputs {
        paths: vec![dir.path().to_path_buf()],
        rules: Some(rules),
        config: None,
        ..Default::default()
    });
    let errors: Vec<String> = checked
        .extracted
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| format!("{p:?}"))
        .collect();
    assert!(errors.is_empty(), "problems: {errors:#?}");
    let shown = claimlint::report::findings::shown(&checked);
    let mut json = Vec::new();
    claimlint::report::findings::write_json(&mut json, &shown, &checked).unwrap();
    let expected = std::fs::read_to_string(dir.path().join("expected.jsonl")).unwrap();
    let v = model::verify(&expected, &String::from_utf8(json).unwrap()).unwrap();
    assert!(
        v.ok(),
        "expected {}, found {}\nmissed: {:#?}\nunexpected: {:#?}\nwrong witness: {:#?}",
        v.expected,
        v.found,
        v.missed,
        v.unexpected,
        v.wrong_witness
    );
    assert!(v.found > 0);
}

#[test]
fn the_verifier_reports_a_missed_and_an_unexpected_finding() {
    let expected =
        r#"{"rule":"event-order","path":"1998/000001.txt","sentence":[100,150],"witnesses":[]}"#;
    let finding = r#"{"rule":"event-order","locations":[{"role":"event","path":"1998/000002.txt","offset":120,"line":8,"text":"x"}],"facts":[{}]}"#;
    let v = model::verify(expected, finding).unwrap();
    assert!(!v.ok());
    assert_eq!((v.found, v.missed.len(), v.unexpected.len()), (0, 1, 1));
    // Right path, offset inside the sentence: found.
    let finding = finding.replace("000002", "000001");
    let v = model::verify(expected, &finding).unwrap();
    assert!(v.ok(), "{:?} {:?}", v.missed, v.unexpected);
}
