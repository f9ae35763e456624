//! Baselines (findings recorded by fingerprint) and suppressions (findings hidden in
//! `claimlint.ron` with a reason).

use claimlint::baseline::{self, Baseline};
use claimlint::diag::Level;
use claimlint::report::findings::shown;
use claimlint::{Checked, Inputs, check, suppress};
use std::path::{Path, PathBuf};

fn corpus() -> Checked {
    check(&Inputs {
        paths: vec!["corpus".into()],
        rules: Some("rules".into()),
        config: None,
        ..Default::default()
    })
}

fn fingerprints(s: &[claimlint::report::findings::Shown<'_>]) -> Vec<String> {
    s.iter().map(|s| s.fingerprint.clone()).collect()
}

#[test]
fn round_trip_gives_the_same_entries_and_bytes() {
    let checked = corpus();
    let sources = &checked.extracted.corpus.sources;
    let all = shown(&checked);
    assert!(all.len() >= 4, "the corpus has findings: {}", all.len());
    let b = baseline::from_shown(&all, sources);
    assert_eq!(b.entries.len(), all.len());
    // Sorted by (path, rule, fingerprint).
    let keys: Vec<_> = b
        .entries
        .iter()
        .map(|e| (e.path.clone(), e.rule.clone(), e.fingerprint.clone()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let e = b
        .entries
        .iter()
        .find(|e| e.rule == "quantity-drift")
        .unwrap();
    assert_eq!(e.path, "2002-03-05-tajikistan-troops-11000.txt");
    assert!(e.message.contains("11,000"), "{}", e.message);
    assert_eq!(e.fingerprint.len(), 16);

    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("baseline.json");
    baseline::write(&one, &b).unwrap();
    let back = baseline::read(&one).unwrap();
    assert_eq!(back, b);

    // The same findings in another order give the same bytes.
    let mut reversed = shown(&checked);
    reversed.reverse();
    let two = dir.path().join("again.json");
    baseline::write(&two, &baseline::from_shown(&reversed, sources)).unwrap();
    let bytes = std::fs::read(&one).unwrap();
    assert_eq!(bytes, std::fs::read(&two).unwrap());
    // Writing what was read gives the same bytes too, and overwrites in place.
    baseline::write(&two, &back).unwrap();
    assert_eq!(bytes, std::fs::read(&two).unwrap());
    // No temporary file is left behind.
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["again.json", "baseline.json"]);

    // The format: JSON with a schema, one finding per line.
    let text = String::from_utf8(bytes).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["schema"], 1);
    assert_eq!(json["findings"].as_array().unwrap().len(), all.len());
    let first = &json["findings"][0];
    let fields: Vec<_> = first.as_object().unwrap().keys().cloned().collect();
    assert_eq!(fields.len(), 4);
    for f in ["fingerprint", "rule", "path", "message"] {
        assert!(first.get(f).is_some(), "{f} in {first}");
    }
    assert_eq!(
        text.lines()
            .filter(|l| l.contains("\"fingerprint\""))
            .count(),
        all.len()
    );
    assert!(text.starts_with("{\n  \"schema\": 1,\n  \"findings\": [\n"));
    assert!(text.ends_with("\n  ]\n}\n"));

    // An empty baseline reads back too.
    let empty = dir.path().join("empty.json");
    baseline::write(&empty, &Baseline::default()).unwrap();
    assert_eq!(
        std::fs::read_to_string(&empty).unwrap(),
        "{\n  \"schema\": 1,\n  \"findings\": []\n}\n"
    );
    assert_eq!(baseline::read(&empty).unwrap(), Baseline::default());
}

#[test]
fn apply_hides_recorded_findings_and_reports_fixed_ones() {
    let checked = corpus();
    let sources = &checked.extracted.corpus.sources;
    let all = shown(&checked);
    let (recorded, rest): (Vec<_>, Vec<_>) =
        all.into_iter().enumerate().partition(|(i, _)| i % 2 == 0);
    let recorded: Vec<_> = recorded.into_iter().map(|(_, s)| s).collect();
    let rest: Vec<_> = rest.into_iter().map(|(_, s)| s).collect();
    assert!(!recorded.is_empty() && !rest.is_empty());
    let b = baseline::from_shown(&recorded, sources);

    // Every finding of the run: the recorded half is hidden, the other half remains, in order.
    let (new, fixed) = baseline::apply(&b, shown(&checked));
    assert_eq!(fingerprints(&new), fingerprints(&rest));
    assert!(fixed.is_empty(), "{fixed:?}");

    // One recorded finding is gone (fixed): it is reported, the others are still hidden.
    let gone = recorded[0].fingerprint.clone();
    let now: Vec<_> = shown(&checked)
        .into_iter()
        .filter(|s| s.fingerprint != gone)
        .collect();
    let (new, fixed) = baseline::apply(&b, now);
    assert_eq!(fingerprints(&new), fingerprints(&rest));
    assert_eq!(fixed.len(), 1);
    assert_eq!(fixed[0].fingerprint, gone);
    assert_eq!(fixed[0].rule, recorded[0].rule.id);

    // An empty baseline hides nothing.
    let (new, fixed) = baseline::apply(&Baseline::default(), shown(&checked));
    assert_eq!(new.len(), shown(&checked).len());
    assert!(fixed.is_empty());
}

/// Writes `text` as a baseline and reads it, expecting a problem.
fn bad_baseline(text: &str) -> (claimlint::diag::Problem, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("baseline.json");
    std::fs::write(&path, text).unwrap();
    let p = baseline::read(&path).unwrap_err();
    assert_eq!(p.code, "baseline::bad", "{p:?}");
    assert!(p.is_error());
    let at = p
        .label
        .as_ref()
        .map(|(span, _)| text[span.clone()].to_string())
        .unwrap_or_default();
    (p, at)
}

#[test]
fn a_corrupt_baseline_is_a_problem_pointing_into_it() {
    // A syntax error: the span is on the offending character.
    let (p, at) = bad_baseline(
        "{\n  \"schema\": 1,\n  \"findings\": [\n    {\"fingerprint\": \"a\",, }\n  ]\n}\n",
    );
    assert_eq!(at, ",", "{p:?}");
    assert!(!p.message.contains(" at line "), "{}", p.message);

    // A wrong type: the span is on (the end of) the value.
    let (p, at) = bad_baseline(
        "{\"schema\": 1, \"findings\": [{\"fingerprint\": \"a\", \"rule\": 3, \"path\": \"x\", \"message\": \"m\"}]}",
    );
    assert!(p.message.contains("invalid type"), "{}", p.message);
    assert!(!at.is_empty(), "{p:?}");

    // An unknown field, a missing one.
    let (p, _) = bad_baseline(
        "{\"schema\": 1, \"findings\": [{\"fingerprint\": \"a\", \"rul\": \"r\", \"path\": \"x\", \"message\": \"m\"}]}",
    );
    assert!(p.message.contains("unknown field"), "{}", p.message);
    let (p, _) = bad_baseline("{\"schema\": 1}");
    assert!(p.message.contains("findings"), "{}", p.message);

    // A truncated file, an empty one, one that is not UTF-8.
    let (p, _) = bad_baseline("{\"schema\": 1, \"findings\": [");
    assert!(p.message.contains("EOF"), "{}", p.message);
    bad_baseline("");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    std::fs::write(&path, b"\xff\xfe{}").unwrap();
    assert_eq!(baseline::read(&path).unwrap_err().code, "baseline::bad");

    // Another schema: the span is on its number.
    let (p, at) = bad_baseline("{\n  \"schema\": 2,\n  \"findings\": []\n}\n");
    assert_eq!(at, "2");
    assert!(p.message.contains("schema 2"), "{}", p.message);

    // A missing file.
    let p = baseline::read(&dir.path().join("none.json")).unwrap_err();
    assert_eq!(p.code, "baseline::unreadable");
}

// --- suppressions ---------------------------------------------------------------------------

/// The articles of quantity-drift's first `Fires` example.
fn drift_articles() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/quantity-drift.ron");
    let file =
        claimlint::ronfile::read::<claimlint::engine::rule::RuleFile>(&path, "quantity-drift.ron")
            .unwrap();
    let first = file
        .value
        .examples
        .iter()
        .find_map(|e| match e {
            claimlint::engine::Example::Fires(a) => Some(a.clone()),
            claimlint::engine::Example::Quiet(_) => None,
        })
        .unwrap();
    assert_eq!(first.len(), 2);
    first
}

const ARTICLES: [&str; 2] = ["2002-02-12-troops.txt", "2002-03-05-troops.txt"];

/// A corpus of the two articles; `claimlint.ron` is written by [`configure`].
fn drift_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in ARTICLES.iter().zip(drift_articles()) {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    configure(dir.path(), "");
    dir
}

/// Writes `claimlint.ron` with the shipped rules and `suppress` entries; returns its text.
fn configure(dir: &Path, suppress: &str) -> String {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let text = format!(
        "Config(\n    rules: {:?},\n    suppress: [\n{suppress}    ],\n)\n",
        rules.display().to_string()
    );
    std::fs::write(dir.join("claimlint.ron"), &text).unwrap();
    text
}

fn inputs(dir: &Path) -> Inputs {
    Inputs {
        paths: vec![PathBuf::from(dir)],
        rules: None,
        config: None,
        ..Default::default()
    }
}

/// Checks the corpus in `dir` and applies its suppressions: the fingerprints of the findings
/// left, and the problems of the suppressions as (code, level, text under the label).
fn suppressed(dir: &Path) -> (Vec<String>, Vec<(&'static str, Level, String)>) {
    let checked = check(&inputs(dir));
    assert!(!checked.has_errors(), "{:?}", checked.extracted.problems);
    let config = suppress::config_for(&inputs(dir));
    let (kept, problems) = suppress::apply(
        &config,
        checked.rules.as_ref().unwrap(),
        &checked.extracted.corpus.sources,
        shown(&checked),
    );
    let text = config.file.as_ref().map(|f| f.text.clone());
    let problems = problems
        .iter()
        .map(|p| {
            let at = match (&p.label, &text) {
                (Some((span, _)), Some(t)) => t[span.clone()].to_string(),
                _ => String::new(),
            };
            assert!(p.source.is_some(), "{p:?}");
            (p.code, p.level, at)
        })
        .collect();
    (fingerprints(&kept), problems)
}

/// The fingerprint of the one quantity-drift finding of the drift corpus.
fn drift_fingerprint(dir: &Path) -> String {
    let (kept, problems) = suppressed(dir);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(kept.len(), 1, "{kept:?}");
    kept[0].clone()
}

#[test]
fn a_suppression_by_fingerprint_hides_the_finding() {
    let dir = drift_corpus();
    let fp = drift_fingerprint(dir.path());
    configure(
        dir.path(),
        &format!(
            "        Suppress(rule: \"quantity-drift\", fingerprint: \"{fp}\", reason: \"figures verified with the ministry\"),\n"
        ),
    );
    let (kept, problems) = suppressed(dir.path());
    assert!(kept.is_empty(), "{kept:?}");
    assert!(problems.is_empty(), "{problems:?}");

    // The spans of the entry are kept with the configuration.
    let config = suppress::config_for(&inputs(dir.path()));
    let s = &config.suppress[0];
    let text = &config.file.as_ref().unwrap().text;
    assert!(text[s.spans.entry.clone()].starts_with("Suppress("));
    assert_eq!(&text[s.spans.rule.clone().unwrap()], "\"quantity-drift\"");
    assert_eq!(
        &text[s.spans.fingerprint.clone().unwrap()],
        format!("\"{fp}\"")
    );
    assert_eq!(s.reason, "figures verified with the ministry");
}

#[test]
fn a_suppression_by_article_hides_the_rules_findings_there() {
    let dir = drift_corpus();
    drift_fingerprint(dir.path());
    // The finding's offending claim is in the later article; `./` is allowed.
    configure(
        dir.path(),
        &format!(
            "        Suppress(rule: \"quantity-drift\", article: \"./{}\", reason: \"the figure changed\"),\n",
            ARTICLES[1]
        ),
    );
    let (kept, problems) = suppressed(dir.path());
    assert!(kept.is_empty(), "{kept:?}");
    assert!(problems.is_empty(), "{problems:?}");

    // The earlier article holds no offending claim: nothing is hidden, and the suppression is
    // reported unused.
    configure(
        dir.path(),
        &format!(
            "        Suppress(rule: \"quantity-drift\", article: \"{}\", reason: \"the figure changed\"),\n",
            ARTICLES[0]
        ),
    );
    let (kept, problems) = suppressed(dir.path());
    assert_eq!(kept.len(), 1);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "suppress::unused");
}

#[test]
fn an_unknown_rule_is_an_error_on_the_rule_string() {
    let dir = drift_corpus();
    configure(
        dir.path(),
        "        Suppress(rule: \"quantity-drfit\", article: \"2002-03-05-troops.txt\", reason: \"typo\"),\n",
    );
    let (kept, problems) = suppressed(dir.path());
    assert_eq!(kept.len(), 1, "nothing is hidden");
    assert_eq!(
        problems,
        [(
            "suppress::unknown-rule",
            Level::Error,
            "\"quantity-drfit\"".to_string()
        )]
    );
    // The help names the rule meant.
    let checked = check(&inputs(dir.path()));
    let (_, problems) = suppress::apply(
        &suppress::config_for(&inputs(dir.path())),
        checked.rules.as_ref().unwrap(),
        &checked.extracted.corpus.sources,
        shown(&checked),
    );
    assert!(
        problems[0]
            .help
            .as_deref()
            .unwrap()
            .contains("`quantity-drift`"),
        "{:?}",
        problems[0].help
    );
}

#[test]
fn a_suppression_that_hides_nothing_is_a_warning() {
    let dir = drift_corpus();
    configure(
        dir.path(),
        "        Suppress(rule: \"office-conflict\", article: \"2002-03-05-troops.txt\", reason: \"no finding\"),\n\
         \x20       Suppress(rule: \"quantity-drift\", fingerprint: \"0123456789abcdef\", reason: \"fixed long ago\"),\n\
         \x20       Suppress(rule: \"quantity-drift\", article: \"no-such-article.txt\", reason: \"typo\"),\n",
    );
    let (kept, problems) = suppressed(dir.path());
    assert_eq!(kept.len(), 1);
    assert_eq!(problems.len(), 3, "{problems:?}");
    for (code, level, at) in &problems {
        assert_eq!(*code, "suppress::unused");
        assert_eq!(*level, Level::Warning);
        assert!(at.starts_with("Suppress(") && at.ends_with(')'), "{at}");
    }
    assert!(problems[0].2.contains("office-conflict"));
    assert!(problems[1].2.contains("0123456789abcdef"));
    assert!(problems[2].2.contains("no-such-article.txt"));
}

#[test]
fn a_suppression_of_an_article_not_checked_is_not_unused() {
    let dir = drift_corpus();
    // Only the later article is checked; the earlier exists, so its suppression is not unused.
    configure(
        dir.path(),
        &format!(
            "        Suppress(rule: \"quantity-drift\", article: \"{}\", reason: \"r\"),\n",
            ARTICLES[0]
        ),
    );
    let only = Inputs {
        paths: vec![dir.path().join(ARTICLES[1])],
        rules: None,
        config: None,
        ..Default::default()
    };
    let checked = check(&only);
    let (_, problems) = suppress::apply(
        &suppress::config_for(&only),
        checked.rules.as_ref().unwrap(),
        &checked.extracted.corpus.sources,
        shown(&checked),
    );
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn malformed_suppressions_are_errors() {
    let dir = drift_corpus();
    let fp = drift_fingerprint(dir.path());
    configure(
        dir.path(),
        &format!(
            "        Suppress(rule: \"quantity-drift\", fingerprint: \"{fp}\", article: \"{}\", reason: \"both\"),\n\
             \x20       Suppress(rule: \"quantity-drift\", reason: \"neither\"),\n\
             \x20       Suppress(rule: \"quantity-drift\", fingerprint: \"{fp}\", reason: \"  \"),\n",
            ARTICLES[1]
        ),
    );
    let (kept, problems) = suppressed(dir.path());
    // A malformed suppression hides nothing.
    assert_eq!(kept, vec![fp]);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert_eq!(problems[0].0, "suppress::target");
    assert_eq!(problems[0].2, format!("\"{}\"", ARTICLES[1]));
    assert_eq!(problems[1].0, "suppress::target");
    assert!(problems[1].2.starts_with("Suppress("));
    assert_eq!(problems[2].0, "suppress::empty-reason");
    assert_eq!(problems[2].2, "\"  \"");
    assert!(problems.iter().all(|p| p.1 == Level::Error));
}

#[test]
fn a_missing_reason_is_a_ron_error() {
    let dir = drift_corpus();
    let text = configure(
        dir.path(),
        "        Suppress(rule: \"quantity-drift\", article: \"2002-03-05-troops.txt\"),\n",
    );
    let e = claimlint::corpus::config::find(None, dir.path()).unwrap_err();
    assert_eq!(e.code, "ron::syntax");
    assert!(e.message.contains("reason"), "{}", e.message);
    let (span, _) = e.label.unwrap();
    assert!(span.start >= text.find("Suppress(").unwrap(), "{span:?}");
    // `check` reports it as an error, and suppresses nothing.
    let checked = check(&inputs(dir.path()));
    assert!(checked.has_errors());
    assert!(
        suppress::config_for(&inputs(dir.path()))
            .suppress
            .is_empty()
    );

    // A misspelt field is an error too.
    configure(
        dir.path(),
        "        Suppress(rule: \"quantity-drift\", article: \"a.txt\", reson: \"x\"),\n",
    );
    let e = claimlint::corpus::config::find(None, dir.path()).unwrap_err();
    assert_eq!(e.code, "ron::syntax");
}
