//! The editor's commands: a draft checked against the archive, why a finding fired, and a
//! state's timeline.

mod common;

use common::claimlint;
use std::path::Path;

/// The JSON lines a run printed.
fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    common::json_lines(std::str::from_utf8(bytes).expect("stdout is UTF-8"))
}

/// A draft that repeats a planted error is reported with the archive as witness; findings that
/// do not involve the draft are not shown; an undated draft takes `--date`.
#[test]
fn a_draft_is_checked_against_the_archive() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.txt");
    std::fs::write(
        &draft,
        "Title: Draft\n\nGUAM was founded in 1998 by four former Soviet republics.\n",
    )
    .unwrap();
    let out = claimlint()
        .args([
            "check",
            draft.to_str().unwrap(),
            "--against",
            "corpus",
            "--date",
            "2006-05-01",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let findings = json_lines(&out.stdout);
    assert!(!findings.is_empty());
    for f in &findings {
        let paths: Vec<&str> = f["locations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["path"].as_str().unwrap())
            .collect();
        assert!(
            paths.iter().any(|p| p.ends_with("draft.txt")),
            "a finding that does not involve the draft: {f}"
        );
    }
    let founding = findings
        .iter()
        .find(|f| f["rule"] == "event-date-conflict")
        .expect("the wrong founding year is reported");
    assert!(
        founding["locations"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("draft.txt")
    );
    assert_eq!(
        founding["locations"][0]["date"], "2006-05-01",
        "the undated draft takes --date"
    );
    // The same draft with a correct year is quiet.
    std::fs::write(
        &draft,
        "Title: Draft\n\nGUAM was founded in 1997 by four former Soviet republics.\n",
    )
    .unwrap();
    let out = claimlint()
        .args([
            "check",
            draft.to_str().unwrap(),
            "--against",
            "corpus",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty());
}

/// `explain` shows the rule, both claims with their sentences and sources, the conditions with
/// their values, and the exception it looked for.
#[test]
fn explain_shows_why_a_finding_fired() {
    let out = claimlint()
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let findings = json_lines(&out.stdout);
    let f = findings
        .iter()
        .find(|f| f["rule"] == "member-after-withdrawal")
        .unwrap();
    let fp = f["fingerprint"].as_str().unwrap();
    let out = claimlint().args(["explain", fp]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("member-after-withdrawal [error]"),
        "{text}"
    );
    assert!(text.contains(&format!("fingerprint {fp}")));
    assert!(
        text.contains("offending claim `listed`") && text.contains("witness `left`"),
        "{text}"
    );
    assert!(
        text.contains("Before(left, listed)") && text.contains("— true"),
        "{text}"
    );
    assert!(
        text.contains("Unless `back`") && text.contains("found none"),
        "{text}"
    );
    let primary = f["locations"][0]["path"].as_str().unwrap();
    assert!(text.contains(primary), "{text}");

    let out = claimlint()
        .args(["explain", "0000000000000000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// The timeline of one state and organisation, in date order, with conflicting claims marked.
#[test]
fn timeline_lists_a_states_history_with_conflicts_marked() {
    let out = claimlint()
        .args([
            "timeline",
            "--state",
            "Uzbekistan",
            "--org",
            "GUAM",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let entries = json_lines(&out.stdout);
    assert!(
        entries
            .iter()
            .all(|e| e["state"] == "Uzbekistan" && e["org"] == "GUAM")
    );
    let events: Vec<&str> = entries
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert!(
        events.contains(&"joined") && events.contains(&"withdrew"),
        "{events:?}"
    );
    assert!(entries.iter().any(|e| e["origin"] == "reference"));
    // The planted 1998 withdrawal is marked with the rules it offends.
    let planted = entries
        .iter()
        .find(|e| e["source"].as_str().unwrap().starts_with("1998-05-19"))
        .unwrap();
    assert!(
        planted["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "event-order"),
        "{planted}"
    );

    let table = claimlint()
        .args([
            "timeline",
            "--state",
            "Uzbekistan",
            "--org",
            "GUAM",
            "--format",
            "table",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.starts_with("Uzbekistan — GUAM\n"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("! ") && l.contains("event-order")),
        "{text}"
    );
    assert!(Path::new("corpus").is_dir());
}

/// `--min-severity` hides findings; `--fail-on` still sees them.
#[test]
fn min_severity_hides_but_does_not_pass() {
    let dir = common::drift_corpus();
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "check",
            dir.path().to_str().unwrap(),
            "--rules",
            rules.to_str().unwrap(),
            "--format",
            "json",
        ];
        args.extend_from_slice(extra);
        claimlint().args(&args).output().unwrap()
    };
    let shown = run(&[]);
    assert_eq!(json_lines(&shown.stdout).len(), 1);
    assert_eq!(
        shown.status.code(),
        Some(0),
        "a warning does not fail by default"
    );
    let hidden = run(&["--min-severity", "error", "--fail-on", "warning"]);
    assert!(hidden.stdout.is_empty(), "the warning is hidden");
    assert_eq!(hidden.status.code(), Some(1), "but it still fails the run");
}
