//! The shipped rules and the rule compiler: every shipped rule passes its own examples, and
//! each kind of mistake in a rule file is an error with a stable code whose label covers
//! exactly the offending token.

mod common;

use claimlint::diag::Problem;
use claimlint::engine::{Example, RuleSet};
use claimlint::lexicon::Lexicon;
use common::render;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped lexicon, loaded once.
fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let path = manifest_dir().join("rules/lexicon.ron");
        Lexicon::load(&path, "rules/lexicon.ron")
            .unwrap_or_else(|p| panic!("the shipped lexicon is valid: {p:?}"))
            .0
    })
}

fn shipped_rules() -> RuleSet {
    RuleSet::load(&manifest_dir().join("rules"), lexicon())
        .unwrap_or_else(|p| panic!("the shipped rules are valid: {p:?}"))
}

const SHIPPED: [&str; 7] = [
    "member-after-withdrawal",
    "event-date-conflict",
    "count-mismatch",
    "quantity-drift",
    "office-conflict",
    "event-order",
    "self-contradiction",
];

#[test]
fn the_seven_rules_are_shipped() {
    let rules = shipped_rules();
    let mut ids: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    let mut expected = SHIPPED.to_vec();
    expected.sort_unstable();
    assert_eq!(ids, expected);
}

#[test]
fn every_shipped_rule_has_fires_and_quiet_examples() {
    for rule in &shipped_rules().rules {
        let fires = rule
            .examples
            .iter()
            .filter(|e| matches!(e, Example::Fires(_)))
            .count();
        let quiet = rule
            .examples
            .iter()
            .filter(|e| matches!(e, Example::Quiet(_)))
            .count();
        assert!(fires >= 2, "{} has {fires} Fires example(s)", rule.id);
        assert!(quiet >= 2, "{} has {quiet} Quiet example(s)", rule.id);
    }
}

#[test]
fn every_shipped_example_passes() {
    let rules = shipped_rules();
    let results = claimlint::engine::examples::run(&rules, lexicon());
    let expected: usize = rules.rules.iter().map(|r| r.examples.len()).sum();
    assert_eq!(results.len(), expected, "every example is run once");
    let failed: Vec<String> = results
        .iter()
        .filter(|r| !r.passed)
        .map(|r| {
            format!(
                "{} example {} ({}): {} finding(s)",
                r.rule,
                r.index + 1,
                r.kind,
                r.findings
            )
        })
        .collect();
    assert!(
        failed.is_empty(),
        "failing examples:\n{}",
        failed.join("\n")
    );
    for r in &results {
        match r.kind {
            "fires" => assert!(r.findings > 0, "{} example {}", r.rule, r.index + 1),
            "quiet" => assert_eq!(r.findings, 0, "{} example {}", r.rule, r.index + 1),
            other => panic!("unknown example kind {other}"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Validation of broken rules.

/// A valid rule; every broken rule below is this text with one mistake.
const BASE: &str = r#"Rule(
    id: "bad-rule",
    severity: Error,
    summary: "A test rule",
    message: "{state} is listed in {org} after it left",
    help: "Fix it.",
    doc: "A rule for tests.",
    match: {
        "listed": Membership(event: [Member], state: "?state", org: "?org"),
        "left": Membership(event: [Withdrew], state: "?state", org: "?org"),
    },
    primary: "listed",
    require: [Before("left", "listed")],
    labels: {
        "listed": "listed here",
        "left": "left here",
    },
)
"#;

/// `BASE` with the one occurrence of `from` replaced by `to`.
fn broken(from: &str, to: &str) -> String {
    assert_eq!(
        BASE.matches(from).count(),
        1,
        "`{from}` occurs exactly once in the base rule"
    );
    BASE.replacen(from, to, 1)
}

/// The byte range of `token` inside the one occurrence of `context` in `text`.
fn locate(text: &str, context: &str, token: &str) -> Range<usize> {
    assert_eq!(
        text.matches(context).count(),
        1,
        "`{context}` occurs exactly once in the rule"
    );
    let start = text.find(context).unwrap();
    let inner = context
        .find(token)
        .unwrap_or_else(|| panic!("`{token}` is inside `{context}`"));
    start + inner..start + inner + token.len()
}

/// Writes each `(file name, text)` into a fresh folder and loads it as a rules folder.
fn load_folder(files: &[(&str, &str)]) -> Vec<Problem> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("the rule is written");
    }
    match RuleSet::load(dir.path(), lexicon()) {
        Ok(r) => panic!(
            "the folder is rejected, but it loaded {} rule(s)",
            r.rules.len()
        ),
        Err(p) => p,
    }
}

/// The one problem with `code` among `problems`.
fn with_code<'a>(problems: &'a [Problem], code: &str) -> &'a Problem {
    let found: Vec<&Problem> = problems.iter().filter(|p| p.code == code).collect();
    assert_eq!(
        found.len(),
        1,
        "one `{code}` problem among {:#?}",
        problems
            .iter()
            .map(|p| (p.code, &p.message))
            .collect::<Vec<_>>()
    );
    found[0]
}

fn span(p: &Problem) -> Range<usize> {
    p.label.as_ref().expect("the problem has a label").0.clone()
}

/// Loads `text` as `bad-rule.ron` alone in a folder and checks that it is rejected with exactly
/// one error, with `code`, labelled on `token` inside `context`. Returns the problem.
fn rejects(text: &str, code: &str, context: &str, token: &str) -> Problem {
    let problems = load_folder(&[("bad-rule.ron", text)]);
    assert_eq!(
        problems.len(),
        1,
        "exactly one problem: {:#?}",
        problems
            .iter()
            .map(|p| (p.code, &p.message))
            .collect::<Vec<_>>()
    );
    let p = with_code(&problems, code).clone();
    assert!(p.is_error());
    assert!(
        p.path.ends_with("bad-rule.ron"),
        "the problem names the rule file: {}",
        p.path
    );
    let at = span(&p);
    assert_eq!(
        &text[at.clone()],
        token,
        "the label covers `{token}`: {}",
        p.message
    );
    assert_eq!(at, locate(text, context, token));
    p
}

#[test]
fn the_base_rule_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad-rule.ron"), BASE).unwrap();
    let rules = RuleSet::load(dir.path(), lexicon())
        .unwrap_or_else(|p| panic!("the base rule is valid: {p:#?}"));
    assert_eq!(rules.rules.len(), 1);
}

#[test]
fn missing_comma_is_a_syntax_error() {
    let text = broken("severity: Error,", "severity: Error");
    // `ron` notices the missing comma at the next field, and the label starts there.
    let p = with_code(&load_folder(&[("bad-rule.ron", &text)]), "ron::syntax").clone();
    let at = span(&p);
    assert!(!at.is_empty());
    assert_eq!(at.start, locate(&text, "    summary:", "summary").start);
    assert!(p.message.to_lowercase().contains("comma"), "{}", p.message);
}

#[test]
fn missing_paren_is_a_syntax_error() {
    let text = broken("org: \"?org\"),\n    },", "org: \"?org\",\n    },");
    let p = with_code(&load_folder(&[("bad-rule.ron", &text)]), "ron::syntax").clone();
    // The pattern is still open when the map closes: the label is on that `}`.
    assert_eq!(span(&p), locate(&text, "\"?org\",\n    },", "}"));
}

#[test]
fn unknown_rule_field() {
    let text = broken("summary:", "sumary:");
    let p = rejects(&text, "ron::syntax", "sumary:", "sumary");
    assert!(p.message.contains("`summary`"), "{}", p.message);
}

#[test]
fn unknown_pattern_field() {
    let text = broken(
        "Membership(event: [Withdrew]",
        "Membership(evnt: [Withdrew]",
    );
    let p = rejects(&text, "ron::syntax", "evnt:", "evnt");
    assert!(p.message.contains("`event`"), "{}", p.message);
}

#[test]
fn unknown_event() {
    let text = broken("[Withdrew]", "[Withdrw]");
    let p = rejects(&text, "ron::syntax", "[Withdrw]", "Withdrw");
    assert!(p.message.contains("`Withdrew`"), "{}", p.message);
}

#[test]
fn unknown_pattern_kind() {
    let text = broken(
        "Membership(event: [Withdrew]",
        "Membrship(event: [Withdrew]",
    );
    let p = rejects(&text, "ron::syntax", "Membrship(", "Membrship");
    assert!(p.message.contains("`Membership`"), "{}", p.message);
}

#[test]
fn unknown_organisation_id() {
    let text = broken(
        "[Withdrew], state: \"?state\", org: \"?org\"",
        "[Withdrew], state: \"?state\", org: \"CSTTO\"",
    );
    rejects(&text, "rule::unknown-id", "org: \"CSTTO\"", "\"CSTTO\"");
}

#[test]
fn unknown_state_id() {
    let text = broken(
        "[Withdrew], state: \"?state\"",
        "[Withdrew], state: \"Georgiaa\"",
    );
    rejects(
        &text,
        "rule::unknown-id",
        "state: \"Georgiaa\"",
        "\"Georgiaa\"",
    );
}

#[test]
fn condition_naming_an_unknown_binding() {
    let text = broken(
        "Before(\"left\", \"listed\")",
        "Before(\"gone\", \"listed\")",
    );
    rejects(
        &text,
        "rule::unknown-binding",
        "Before(\"gone\"",
        "\"gone\"",
    );
}

#[test]
fn condition_on_an_unbound_variable() {
    let text = broken(
        "require: [Before(",
        "require: [NotEqual(\"?state\", \"?nobody\"), Before(",
    );
    rejects(
        &text,
        "rule::unbound-variable",
        "\"?state\", \"?nobody\")",
        "\"?nobody\"",
    );
}

#[test]
fn message_with_an_unbound_variable() {
    let text = broken("listed in {org}", "listed in {nope}");
    rejects(
        &text,
        "rule::unbound-variable",
        "listed in {nope} after",
        "{nope}",
    );
}

#[test]
fn label_with_an_unbound_variable() {
    let text = broken("\"left here\"", "\"left {nope} here\"");
    rejects(
        &text,
        "rule::unbound-variable",
        "left {nope} here",
        "{nope}",
    );
}

/// A label for a binding that does not exist: the label is on its key, `"ghost"`.
#[test]
fn label_for_an_unknown_binding() {
    let text = broken(
        "\"left\": \"left here\",\n",
        "\"left\": \"left here\",\n        \"ghost\": \"boo\",\n",
    );
    rejects(
        &text,
        "rule::unknown-binding",
        "\"ghost\": \"boo\"",
        "\"ghost\"",
    );
}

#[test]
fn primary_naming_no_pattern() {
    let text = broken("primary: \"listed\"", "primary: \"nothing\"");
    rejects(
        &text,
        "rule::unknown-primary",
        "primary: \"nothing\"",
        "\"nothing\"",
    );
}

#[test]
fn id_differing_from_the_file_name() {
    let problems = load_folder(&[("other-name.ron", BASE)]);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let p = with_code(&problems, "rule::id-mismatch");
    assert!(p.path.ends_with("other-name.ron"), "{}", p.path);
    assert_eq!(span(p), locate(BASE, "id: \"bad-rule\"", "\"bad-rule\""));
}

/// Two files with one id: the misnamed one has an id mismatch, and the second file (in name
/// order) a duplicate id labelled on its id.
#[test]
fn two_files_with_one_id() {
    let problems = load_folder(&[("bad-rule.ron", BASE), ("other-name.ron", BASE)]);
    let mismatch = with_code(&problems, "rule::id-mismatch");
    assert!(
        mismatch.path.ends_with("other-name.ron"),
        "{}",
        mismatch.path
    );
    let duplicate = with_code(&problems, "rule::duplicate-id");
    assert!(
        duplicate.path.ends_with("other-name.ron"),
        "{}",
        duplicate.path
    );
    assert_eq!(
        span(duplicate),
        locate(BASE, "id: \"bad-rule\"", "\"bad-rule\"")
    );
    assert!(
        duplicate.label.as_ref().unwrap().1.contains("bad-rule.ron"),
        "the label names the first file: {:?}",
        duplicate.label
    );
}

#[test]
fn every_broken_rule_of_a_folder_is_reported_at_once() {
    let typo = broken("[Withdrew]", "[Withdrw]").replace("bad-rule", "typo");
    let unknown_org = broken(
        "[Withdrew], state: \"?state\", org: \"?org\"",
        "[Withdrew], state: \"?state\", org: \"CSTTO\"",
    )
    .replace("bad-rule", "unknown-org");
    let message = broken("listed in {org}", "listed in {nope}").replace("bad-rule", "message");
    let problems = load_folder(&[
        ("typo.ron", &typo),
        ("unknown-org.ron", &unknown_org),
        ("message.ron", &message),
        // Not rules: a valid rule and a folder's data files are no trouble.
        ("bad-rule.ron", BASE),
    ]);
    let mut seen: Vec<(String, &str)> = problems
        .iter()
        .map(|p| {
            let file = Path::new(&p.path)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (file, p.code)
        })
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        vec![
            ("message.ron".to_string(), "rule::unbound-variable"),
            ("typo.ron".to_string(), "ron::syntax"),
            ("unknown-org.ron".to_string(), "rule::unknown-id"),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// What a rule author sees.

/// The one problem `compile` reports for `text`, shown as `rules/bad-rule.ron`.
fn compile_problem(text: &str) -> Problem {
    let problems = claimlint::engine::compile(
        text.into(),
        Path::new("rules/bad-rule.ron"),
        "rules/bad-rule.ron",
        lexicon(),
    )
    .expect_err("the rule is rejected");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn rendered_unknown_event() {
    let text = broken("[Withdrew]", "[Withdrw]");
    let p = compile_problem(&text);
    assert_eq!(p.code, "ron::syntax");
    insta::assert_snapshot!(render(&p));
}

#[test]
fn rendered_unknown_organisation() {
    let text = broken(
        "[Withdrew], state: \"?state\", org: \"?org\"",
        "[Withdrew], state: \"?state\", org: \"CSTTO\"",
    );
    let p = compile_problem(&text);
    assert_eq!(p.code, "rule::unknown-id");
    insta::assert_snapshot!(render(&p));
}

#[test]
fn rendered_unbound_message_variable() {
    let text = broken("listed in {org}", "listed in {nope}");
    let p = compile_problem(&text);
    assert_eq!(p.code, "rule::unbound-variable");
    insta::assert_snapshot!(render(&p));
}

/// Every class of mistake in a rule file, rendered as the user sees it (colour off), in one
/// snapshot.
#[test]
fn rendered_validation_errors() {
    let cases: Vec<(&str, String)> = vec![
        (
            "syntax: a missing comma",
            broken("severity: Error,", "severity: Error"),
        ),
        ("unknown field", broken("summary:", "sumary:")),
        (
            "unknown field in a pattern",
            broken("Membership(event: [Member]", "Membership(evnt: [Member]"),
        ),
        ("unknown event", broken("[Withdrew]", "[Withdrw]")),
        (
            "unknown fact kind",
            broken("\"left\": Membership(", "\"left\": Membrship("),
        ),
        (
            "unknown organisation",
            broken(
                "org: \"?org\"),\n        \"left\"",
                "org: \"CSTTO\"),\n        \"left\"",
            ),
        ),
        (
            "unknown binding in a condition",
            broken(
                "Before(\"left\", \"listed\")",
                "Before(\"gone\", \"listed\")",
            ),
        ),
        (
            "unbound variable in a condition",
            broken(
                "require: [Before(\"left\", \"listed\")]",
                "require: [Before(\"left\", \"listed\"), NotEqual(\"?state\", \"?nobody\")]",
            ),
        ),
        (
            "unbound variable in the message",
            broken("listed in {org}", "listed in {nope}"),
        ),
        (
            "label for no binding",
            broken(
                "\"left\": \"left here\",\n",
                "\"left\": \"left here\",\n        \"ghost\": \"boo\",\n",
            ),
        ),
        (
            "primary naming no pattern",
            broken("primary: \"listed\"", "primary: \"nothing\""),
        ),
    ];
    let mut out = String::new();
    for (name, text) in cases {
        let problems = claimlint::engine::compile(
            text.into(),
            Path::new("rules/bad-rule.ron"),
            "rules/bad-rule.ron",
            lexicon(),
        )
        .expect_err(name);
        out.push_str(&format!("=== {name}\n"));
        for p in &problems {
            out.push_str(&render(p));
            out.push('\n');
        }
    }
    let mismatch = claimlint::engine::compile(
        BASE.into(),
        Path::new("rules/other-name.ron"),
        "rules/other-name.ron",
        lexicon(),
    )
    .expect_err("id mismatch");
    out.push_str("=== id differing from the file name\n");
    out.push_str(&render(&mismatch[0]));
    insta::assert_snapshot!(out);
}
