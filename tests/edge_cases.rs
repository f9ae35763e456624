//! Edge cases found in review: each once a bug.

mod common;

use claimlint::lexicon::Lexicon;
use common::claimlint;
use std::path::Path;

/// A lineage that loops back on itself is a lexicon error pointing at `succeeds`.
#[test]
fn lineage_cycle_is_an_error() {
    let text = r#"Lexicon(
    states: [State(id: "Armenia")],
    organisations: [
        Organisation(id: "A", succeeds: "B"),
        Organisation(id: "B", succeeds: "A"),
    ],
)"#;
    let problems = Lexicon::parse(text, "lexicon.ron").expect_err("a cycle is rejected");
    assert!(
        problems.iter().any(|p| p.code == "lexicon::lineage-cycle"),
        "{problems:?}"
    );
    let p = problems
        .iter()
        .find(|p| p.code == "lexicon::lineage-cycle")
        .unwrap();
    assert_eq!(&text[p.label.as_ref().unwrap().0.clone()], "\"B\"");
}

/// An empty folder is not a silent success: a warning says no article was found.
#[test]
fn empty_corpus_warns() {
    let dir = tempfile::tempdir().unwrap();
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let out = claimlint()
        .args([
            "check",
            dir.path().to_str().unwrap(),
            "--rules",
            rules.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("input::no-articles"));
}

/// One file named two ways is read once.
#[test]
fn a_file_named_twice_is_read_once() {
    let one = claimlint()
        .args(["facts", "corpus", "--format", "json"])
        .output()
        .unwrap();
    let twice = claimlint()
        .args([
            "facts",
            "corpus",
            "./corpus/2002-03-05-tajikistan-troops-11000.txt",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(one.stdout.len(), twice.stdout.len());
}

/// Years before 1000 are not dates an archive uses; figures too large to count are not facts.
#[test]
fn implausible_dates_and_figures() {
    let (lexicon, _) = Lexicon::load(Path::new("rules/lexicon.ron"), "rules/lexicon.ron").unwrap();
    let (_, _, problems) =
        claimlint::extract_bytes(b"Date: 0999-01-01\n\nBody.\n".to_vec(), "a.txt", &lexicon);
    assert!(problems.iter().any(|p| p.code == "header::bad-date"));
    let (facts, _, _) = claimlint::extract_bytes(
        b"Date: 2001-01-01\n\nSome 99999999999999999999999 Russian soldiers are stationed in Tajikistan.\n".to_vec(),
        "a.txt",
        &lexicon,
    );
    assert!(facts.is_empty(), "{facts:?}");
}
