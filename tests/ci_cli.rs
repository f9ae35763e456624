//! The CI side of `check`: machine formats, baselines and suppressions through the CLI.

mod common;

use common::claimlint;

/// A baseline written from the corpus hides every finding on the next run (exit 0); after a
/// finding disappears it is reported as fixed.
#[test]
fn baseline_hides_recorded_findings_and_reports_fixed_ones() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.json");
    let write = claimlint()
        .args([
            "check",
            "--format",
            "json",
            "--write-baseline",
            baseline.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(
        write.status.code(),
        Some(1),
        "writing the baseline still reports the findings"
    );
    let recorded: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&baseline).unwrap()).unwrap();
    let entries = recorded["findings"].as_array().unwrap();
    assert_eq!(
        entries.len(),
        String::from_utf8_lossy(&write.stdout).lines().count()
    );

    let again = claimlint()
        .args([
            "check",
            "--format",
            "json",
            "--baseline",
            baseline.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(again.stdout.is_empty());

    // A baseline entry whose finding is gone is reported as fixed.
    let mut edited = recorded.clone();
    edited["findings"].as_array_mut().unwrap().push(serde_json::json!({
        "fingerprint": "00000000deadbeef", "rule": "quantity-drift", "path": "gone.txt", "message": "fixed long ago"
    }));
    std::fs::write(&baseline, serde_json::to_string(&edited).unwrap()).unwrap();
    let fixed = claimlint()
        .args(["check", "--baseline", baseline.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&fixed.stderr);
    assert!(
        stderr.contains("fixed since the baseline: quantity-drift gone.txt (00000000deadbeef)"),
        "{stderr}"
    );

    // A corrupt baseline is an input error.
    std::fs::write(&baseline, "{ not json").unwrap();
    let bad = claimlint()
        .args(["check", "--baseline", baseline.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// Suppressions in claimlint.ron hide findings by fingerprint or article, each with a reason;
/// an unknown rule is an error (exit 2), an unused suppression a warning.
#[test]
fn suppressions_in_the_configuration() {
    let dir = common::drift_corpus();
    let rules = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let config = |suppress: &str| {
        std::fs::write(
            dir.path().join("claimlint.ron"),
            format!(
                "Config(rules: {:?}, suppress: [{suppress}])",
                rules.to_str().unwrap()
            ),
        )
        .unwrap();
    };
    let run = || {
        claimlint()
            .args([
                "check",
                dir.path().to_str().unwrap(),
                "--format",
                "json",
                "--fail-on",
                "warning",
            ])
            .output()
            .unwrap()
    };
    config("");
    let before = run();
    assert_eq!(before.status.code(), Some(1));
    config(
        r#"Suppress(rule: "quantity-drift", article: "b.txt", reason: "the ministry confirmed the new figure")"#,
    );
    let suppressed = run();
    assert_eq!(
        suppressed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&suppressed.stderr)
    );
    assert!(suppressed.stdout.is_empty());
    config(r#"Suppress(rule: "quantity-drif", article: "b.txt", reason: "typo in the rule id")"#);
    let unknown = run();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("suppress::unknown-rule"));
    config(r#"Suppress(rule: "office-conflict", article: "b.txt", reason: "nothing to hide")"#);
    let unused = run();
    assert_eq!(
        unused.status.code(),
        Some(1),
        "an unused suppression is only a warning"
    );
    assert!(String::from_utf8_lossy(&unused.stderr).contains("suppress::unused"));
}

/// `--format github` writes one annotation per finding and, with GITHUB_STEP_SUMMARY set, a
/// Markdown table of all of them.
#[test]
fn github_annotations_and_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    let out = claimlint()
        .args(["check", "--format", "github"])
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let json = claimlint()
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let findings = String::from_utf8_lossy(&json.stdout).lines().count();
    assert_eq!(text.lines().count(), findings);
    assert!(text.lines().all(|l| l.starts_with("::error file=")
        || l.starts_with("::warning file=")
        || l.starts_with("::notice file=")));
    let table = std::fs::read_to_string(&summary).unwrap();
    assert_eq!(
        table
            .lines()
            .filter(|l| l.starts_with("| ")
                && !l.starts_with("| Severity")
                && !l.starts_with("| ---"))
            .count(),
        findings,
        "{table}"
    );
}

/// `--format sarif` is one JSON document with a result per finding.
#[test]
fn sarif_output_has_a_result_per_finding() {
    let out = claimlint()
        .args(["check", "--format", "sarif"])
        .output()
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let json = claimlint()
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let findings = String::from_utf8_lossy(&json.stdout).lines().count();
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(
        sarif["runs"][0]["results"].as_array().unwrap().len(),
        findings
    );
}

/// The full human report and JSON lines on our corpus, as snapshots: any change to what is
/// found or how it is shown is reviewed.
#[test]
fn corpus_reports_snapshot() {
    let human = claimlint()
        .args(["check", "--format", "human"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    insta::assert_snapshot!("corpus_human", String::from_utf8(human.stdout).unwrap());
    let json = claimlint()
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    insta::assert_snapshot!("corpus_json", String::from_utf8(json.stdout).unwrap());
}
