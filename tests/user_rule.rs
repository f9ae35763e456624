//! A rule written by a user — a `.ron` file dropped into the rules folder — works with no Rust
//! change, and its examples run like the shipped ones.

mod common;

use common::claimlint;
use std::path::Path;

/// Copies the shipped rules folder and adds a rule of our own: an observer status claimed for a
/// state that the same archive reports as having joined as a full member earlier.
#[test]
fn a_dropped_in_rule_runs_with_no_rust_change() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    for entry in std::fs::read_dir(root.join("rules")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, rules.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        rules.join("observer-after-joining.ron"),
        r#"Rule(
    id: "observer-after-joining",
    severity: Info,
    summary: "A full member is described as only an observer",
    message: "{state} is called an observer of {org} after it joined",
    help: "An observer is not a member: check which status the state has.",
    doc: "Fires on an observer claim for a state that an earlier claim says joined the organisation, with no withdrawal that might lie between.",
    match: {
        "observer": Membership(event: [Observer], state: "?state", org: "?org"),
        "joined": Membership(event: [Joined, Founded, Signed], state: "?state", org: "?org"),
    },
    primary: "observer",
    require: [Before("joined", "observer")],
    unless: [(
        match: {"left": Membership(event: [Withdrew], state: "?state", org: "?org")},
        require: [Between("left", "joined", "observer")],
    )],
    labels: {"observer": "called an observer here", "joined": "joined here"},
    examples: [
        Fires(["Date: 2006-01-10\n\nKazakhstan joined the SCO in 2001.", "Date: 2007-01-10\n\nKazakhstan is an observer in the SCO."]),
        Fires(["Date: 2007-01-10\n\nKazakhstan joined the SCO in 2001. Kazakhstan is an observer in the SCO."]),
        Quiet(["Date: 2007-01-10\n\nIran is an observer in the SCO."]),
        Quiet(["Date: 2006-01-10\n\nKazakhstan joined the SCO in 2001 and left it in 2003.", "Date: 2007-01-10\n\nKazakhstan is an observer in the SCO."]),
    ],
)
"#,
    )
    .unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.txt"),
        "Date: 2006-01-10\n\nKyrgyzstan joined the SCO in 2001.\n",
    )
    .unwrap();
    std::fs::write(
        corpus.join("b.txt"),
        "Date: 2007-01-10\n\nKyrgyzstan is an observer in the SCO.\n",
    )
    .unwrap();

    let list = claimlint()
        .args(["rules", "--rules", rules.to_str().unwrap(), "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&list.stdout).contains("observer-after-joining"));
    let test = claimlint()
        .args(["rules", "--rules", rules.to_str().unwrap(), "test"])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&test.stdout);
    assert!(test.status.success(), "{out}");
    assert_eq!(
        out.lines()
            .filter(|l| l.starts_with("observer-after-joining") && l.ends_with(" ok"))
            .count(),
        4,
        "{out}"
    );

    let check = claimlint()
        .args([
            "check",
            corpus.to_str().unwrap(),
            "--rules",
            rules.to_str().unwrap(),
            "--format",
            "json",
            "--fail-on",
            "info",
        ])
        .output()
        .unwrap();
    assert_eq!(
        check.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let findings: Vec<serde_json::Value> = String::from_utf8_lossy(&check.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["rule"], "observer-after-joining");
    assert_eq!(
        findings[0]["message"],
        "Kyrgyzstan is called an observer of SCO after it joined"
    );
    assert_eq!(findings[0]["locations"][0]["path"], "b.txt");
    assert_eq!(findings[0]["locations"][1]["path"], "a.txt");
}

/// Control characters and escape sequences inside article text never reach the terminal raw.
#[test]
fn control_characters_in_articles_are_not_printed_raw() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Date: 2002-02-12\n\nSome 20,000 Russian soldiers \u{1b}[31mare\u{1b}[0m stationed in Tajikistan.\n").unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Date: 2002-03-05\n\nRussia keeps 11,000 troops in Tajikistan.\u{7}\n",
    )
    .unwrap();
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let out = claimlint()
        .args([
            "check",
            dir.path().to_str().unwrap(),
            "--rules",
            rules.to_str().unwrap(),
        ])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("quantity-drift"), "{text}");
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
}
