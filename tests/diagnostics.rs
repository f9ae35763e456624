//! Snapshots of the rendered diagnostics for bad input: what a user sees on stderr. Besides the
//! snapshot, each test checks the code and that the label covers the offending token.

mod common;

use claimlint::corpus::{self, FileId};
use claimlint::diag::Problem;
use claimlint::lexicon::Lexicon;
use common::render;
use std::path::Path;

/// The one problem `parse_article` reports for `text`.
fn article_problem(text: &str) -> Problem {
    let loaded = corpus::parse_article(
        text.as_bytes().to_vec(),
        Path::new("article.txt"),
        "article.txt",
    );
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    loaded.problems.into_iter().next().unwrap()
}

/// The text under the problem's label.
fn labelled<'a>(problem: &Problem, text: &'a str) -> &'a str {
    let (span, _) = problem.label.as_ref().expect("the problem has a label");
    &text[span.clone()]
}

const LEXICON: &str = r#"Lexicon(
    states: [
        State(id: "Georgia", names: ["Republic of Georgia"], adjectives: ["Georgian"], capitals: ["Tbilisi"]),
        State(id: "Russia", adjectives: ["Russian"], capitals: ["Moscow"]),
    ],
    organisations: [
        Organisation(id: "CIS", names: ["Commonwealth of Independent States"], founded: "1991-12-08"),
    ],
    people: [
        Person(name: "Eduard Shevardnadze", surnames: ["Shevardnadze"], offices: [Office(role: President, state: "Georgia", from: "1995-11-26", to: "2003-11-23")]),
    ],
)
"#;

fn lexicon() -> Lexicon {
    Lexicon::parse(LEXICON, "lexicon.ron")
        .unwrap_or_else(|p| panic!("the test lexicon is valid: {p:?}"))
}

fn lexicon_problem(text: &str) -> Problem {
    let problems = Lexicon::parse(text, "lexicon.ron").expect_err("the lexicon is rejected");
    assert_eq!(problems.len(), 1, "{problems:?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn bad_date() {
    let text = "Date: 2001-02-30\nTitle: A leap too far\n\nGeorgia left the CIS in 2009.\n";
    let p = article_problem(text);
    assert_eq!(p.code, "header::bad-date");
    assert!(p.is_error());
    assert_eq!(labelled(&p, text), "2001-02-30");
    insta::assert_snapshot!(render(&p));
}

#[test]
fn duplicate_key() {
    let text =
        "Date: 2001-02-03\nTitle: Twice dated\nDATE: 2001-02-04\n\nGeorgia left the CIS in 2009.\n";
    let p = article_problem(text);
    assert_eq!(p.code, "header::duplicate-key");
    assert!(p.is_error());
    // The label is on the second key and names the line of the first.
    let (span, label) = p.label.clone().unwrap();
    assert_eq!(span.start, text.find("DATE").unwrap());
    assert_eq!(&text[span], "DATE");
    assert!(label.contains("line 1"), "{label}");
    insta::assert_snapshot!(render(&p));
}

#[test]
fn missing_header() {
    let text = "Georgia left the CIS in 2009.\n\nIt had joined in 1993.\n";
    let p = article_problem(text);
    assert_eq!(p.code, "header::missing");
    assert!(p.is_error());
    assert_eq!(labelled(&p, text), "Georgia left the CIS in 2009.");
    insta::assert_snapshot!(render(&p));
}

#[test]
fn lexicon_typo() {
    let text = LEXICON.replace("names: [\"Commonwealth", "nams: [\"Commonwealth");
    assert_ne!(text, LEXICON);
    let p = lexicon_problem(&text);
    assert_eq!(p.code, "ron::syntax");
    assert_eq!(labelled(&p, &text), "nams");
    assert!(p.message.contains("nams"), "{}", p.message);
    insta::assert_snapshot!(render(&p));
}

#[test]
fn lexicon_unknown_office_state() {
    let text = LEXICON.replace(
        "role: President, state: \"Georgia\"",
        "role: President, state: \"Gorgia\"",
    );
    assert_ne!(text, LEXICON);
    let p = lexicon_problem(&text);
    assert_eq!(p.code, "lexicon::unknown-state");
    assert_eq!(labelled(&p, &text), "\"Gorgia\"");
    insta::assert_snapshot!(render(&p));
}

#[test]
fn reference_unknown_org() {
    let lexicon = lexicon();
    let text = r#"Reference(
    events: [
        Entry(org: "CIS", event: Founded, when: "1991-12-08", source: "Belavezha Accords"),
        Entry(state: "Georgia", org: "CIZ", event: Joined, when: "1993-12", source: "Accession of Georgia, December 1993"),
    ],
)
"#;
    let problems = claimlint::reference::parse(text.into(), "reference.ron", FileId(0), &lexicon)
        .expect_err("the reference is rejected");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!(p.code, "reference::unknown-org");
    assert_eq!(labelled(p, text), "\"CIZ\"");
    insta::assert_snapshot!(render(p));
}

#[test]
fn valid_inputs_give_no_problems() {
    // The counterparts of the snapshots above are accepted, so the snapshots are about the typo.
    assert!(
        corpus::parse_article(
            b"Date: 2001-02-28\n\nBody.\n".to_vec(),
            Path::new("a.txt"),
            "a.txt"
        )
        .problems
        .is_empty()
    );
    let lexicon = lexicon();
    let text = r#"Reference(events: [Entry(state: "Georgia", org: "CIS", event: Joined, when: "1993-12", source: "x")])"#;
    let facts = claimlint::reference::parse(text.into(), "reference.ron", FileId(0), &lexicon)
        .expect("a valid reference");
    assert_eq!(facts.len(), 1);
}
