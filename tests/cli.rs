//! End-to-end tests of the `claimlint` binary: output formats, determinism, exit codes and
//! diagnostics for bad input, corpus discovery and configuration.

mod common;

use common::{Run, claimlint, json_lines, manifest_dir, rules_dir, run};
use serde_json::Value;
use std::path::Path;

/// `facts --format json --rules <rules/> <dir>` on a temporary corpus.
fn facts_json(dir: &Path) -> Run {
    run(claimlint()
        .arg("facts")
        .arg("--format")
        .arg("json")
        .arg("--rules")
        .arg(rules_dir())
        .arg(dir))
}

fn path_of(v: &Value) -> &str {
    v["source"]["path"]
        .as_str()
        .expect("source.path is a string")
}

fn paths(facts: &[Value]) -> Vec<String> {
    let mut p: Vec<String> = facts.iter().map(|v| path_of(v).to_string()).collect();
    p.dedup();
    p
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

const GOOD: &[u8] = b"Date: 2001-05-06\nTitle: Good\n\nUzbekistan joined GUAM in 1999.\n";
const UNDATED: &[u8] =
    b"Title: Undated\n\nGeorgia left the Commonwealth of Independent States in 2009.\n";

#[test]
fn facts_json_on_the_corpus() {
    let r = run(claimlint().args(["facts", "--format", "json", "corpus"]));
    assert_eq!(r.code, 0, "stderr:\n{}", r.stderr);
    let facts = json_lines(&r.stdout);
    assert!(
        facts.len() > 100,
        "expected many facts from the corpus, got {}",
        facts.len()
    );
    let corpus = manifest_dir().join("corpus");
    for v in &facts {
        assert_eq!(v["schema"], 1, "{v}");
        let p = path_of(v);
        assert!(
            !p.starts_with('/') && !p.starts_with("corpus/") && !p.contains('\\'),
            "path not relative to the corpus: {p}"
        );
        assert!(corpus.join(p).is_file(), "{p} is not a file under corpus/");
        assert!(
            v["source"]["offset"].is_u64() && v["source"]["length"].is_u64(),
            "{v}"
        );
        assert!(
            ["membership", "count", "quantity", "office"].contains(&v["kind"].as_str().unwrap()),
            "{v}"
        );
    }
    let keys: Vec<(&str, u64)> = facts
        .iter()
        .map(|v| (path_of(v), v["source"]["offset"].as_u64().unwrap()))
        .collect();
    for w in keys.windows(2) {
        assert!(
            w[0] <= w[1],
            "facts not sorted by (path, offset): {:?} before {:?}",
            w[0],
            w[1]
        );
    }
    // More than one article contributes.
    assert!(paths(&facts).len() > 10);
}

#[test]
fn facts_json_text_is_the_bytes_at_the_offset() {
    let r = run(claimlint().args(["facts", "--format", "json", "corpus"]));
    assert_eq!(r.code, 0);
    let corpus = manifest_dir().join("corpus");
    let mut files = std::collections::HashMap::new();
    for v in json_lines(&r.stdout) {
        let p = path_of(&v).to_string();
        let bytes = files
            .entry(p.clone())
            .or_insert_with(|| std::fs::read(corpus.join(&p)).unwrap());
        let (o, l) = (
            v["source"]["offset"].as_u64().unwrap() as usize,
            v["source"]["length"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &bytes[o..o + l],
            v["text"].as_str().unwrap().as_bytes(),
            "{v}"
        );
        let (so, sl) = (
            v["sentence"]["offset"].as_u64().unwrap() as usize,
            v["sentence"]["length"].as_u64().unwrap() as usize,
        );
        assert!(so + sl <= bytes.len(), "sentence outside the file: {v}");
    }
}

#[test]
fn facts_table_on_the_corpus() {
    let r = run(claimlint().args(["facts", "--format", "table", "corpus/"]));
    assert_eq!(r.code, 0, "stderr:\n{}", r.stderr);
    let mut lines = r.stdout.lines();
    let header = lines.next().expect("a header row");
    assert!(header.starts_with("LOCATION"), "header: {header}");
    for col in ["KIND", "EVENT", "STATE", "ORG", "WHEN", "MODALITY"] {
        assert!(header.contains(col), "header lacks {col}: {header}");
    }
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() > 100);
    for row in &rows {
        let loc = row.split_whitespace().next().unwrap();
        let parts: Vec<&str> = loc.rsplitn(3, ':').collect();
        assert_eq!(parts.len(), 3, "not file:line:col: {row}");
        assert!(
            parts[0].parse::<u32>().is_ok_and(|c| c >= 1),
            "column: {row}"
        );
        assert!(parts[1].parse::<u32>().is_ok_and(|l| l >= 1), "line: {row}");
        assert!(
            parts[2].ends_with(".txt")
                && !parts[2].starts_with('/')
                && !parts[2].starts_with("corpus/"),
            "file: {row}"
        );
    }
    // One row per fact.
    let json = run(claimlint().args(["facts", "--format", "json", "corpus"]));
    assert_eq!(rows.len(), json.stdout.lines().count());
}

#[test]
fn output_is_deterministic() {
    // Per format: two default runs, then one and two rayon threads; all run concurrently.
    let threads = [None, None, Some("1"), Some("2")];
    let runs: Vec<(&str, Option<&str>, Run)> = std::thread::scope(|scope| {
        let handles: Vec<_> = ["json", "table"]
            .into_iter()
            .flat_map(|format| threads.map(|t| (format, t)))
            .map(|(format, t)| {
                scope.spawn(move || {
                    let mut cmd = claimlint();
                    cmd.args(["facts", "--format", format, "corpus"]);
                    if let Some(n) = t {
                        cmd.env("RAYON_NUM_THREADS", n);
                    }
                    (format, t, run(&mut cmd))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for format in ["json", "table"] {
        let of: Vec<&(&str, Option<&str>, Run)> =
            runs.iter().filter(|(f, _, _)| *f == format).collect();
        let first = &of[0].2;
        assert_eq!(first.code, 0, "stderr:\n{}", first.stderr);
        assert!(first.stdout.lines().count() > 100);
        for (_, t, r) in &of[1..] {
            assert_eq!(r.code, 0);
            assert!(
                r.stdout == first.stdout,
                "{format}: the run with RAYON_NUM_THREADS={t:?} differs from the first run"
            );
        }
    }
}

#[test]
fn bad_inputs_are_reported_and_good_articles_still_extracted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "good.txt", GOOD);
    write(d, "empty.txt", b"");
    write(
        d,
        "binary.txt",
        b"Date: 2001-05-06\n\n\x00\x01\x02\x03 binary",
    );
    write(
        d,
        "latin1.txt",
        b"Date: 2001-05-06\n\nUzbekistan joined GUAM in M\xe4rz 1999.\n",
    );
    write(
        d,
        "impossible-date.txt",
        b"Date: 2001-02-30\n\nGeorgia left the CIS in 2009.\n",
    );
    write(
        d,
        "duplicate-key.txt",
        b"Date: 2001-02-03\nDate: 2001-02-04\n\nGeorgia left the CIS in 2009.\n",
    );
    write(
        d,
        "no-header.txt",
        b"Georgia left the CIS in 2009.\n\nMore prose.\n",
    );
    write(d, "undated.txt", UNDATED);
    let r = facts_json(d);
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    for code in [
        "claimlint::input::empty",
        "claimlint::input::binary",
        "claimlint::input::not-utf8",
        "claimlint::header::bad-date",
        "claimlint::header::duplicate-key",
        "claimlint::header::missing",
        "claimlint::header::undated",
    ] {
        assert!(
            r.stderr.contains(code),
            "stderr lacks {code}:\n{}",
            r.stderr
        );
    }
    // Each problem names its file.
    for f in [
        "empty.txt",
        "binary.txt",
        "latin1.txt",
        "impossible-date.txt",
        "duplicate-key.txt",
        "no-header.txt",
        "undated.txt",
    ] {
        assert!(
            r.stderr.contains(f),
            "stderr does not name {f}:\n{}",
            r.stderr
        );
    }
    let facts = json_lines(&r.stdout);
    let good: Vec<&Value> = facts.iter().filter(|v| path_of(v) == "good.txt").collect();
    assert!(
        good.iter()
            .any(|v| v["event"] == "joined" && v["state"] == "Uzbekistan" && v["org"] == "GUAM"),
        "the good article's fact is missing:\n{}",
        r.stdout
    );
    let undated: Vec<&Value> = facts
        .iter()
        .filter(|v| path_of(v) == "undated.txt")
        .collect();
    assert!(
        undated
            .iter()
            .any(|v| v["event"] == "withdrew" && v["state"] == "Georgia" && v["org"] == "CIS"),
        "the undated article's fact is missing:\n{}",
        r.stdout
    );
    // Unreadable files give no facts.
    for f in ["empty.txt", "binary.txt", "latin1.txt", "no-header.txt"] {
        assert!(!facts.iter().any(|v| path_of(v) == f), "facts from {f}");
    }
}

#[test]
fn an_undated_article_is_only_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "undated.txt", UNDATED);
    let r = facts_json(dir.path());
    assert_eq!(r.code, 0, "stderr:\n{}", r.stderr);
    assert!(
        r.stderr.contains("claimlint::header::undated"),
        "{}",
        r.stderr
    );
    let facts = json_lines(&r.stdout);
    assert!(!facts.is_empty());
    assert!(facts.iter().all(|v| path_of(v) == "undated.txt"));
}

#[test]
fn markdown_files_are_not_articles() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.txt", GOOD);
    let prose = b"Date: 2001-05-06\n\nGeorgia left the CIS in 2009.\n";
    write(d, "README.md", prose);
    write(d, "notes.md", prose);
    let r = facts_json(d);
    assert_eq!(r.code, 0, "stderr:\n{}", r.stderr);
    assert_eq!(paths(&json_lines(&r.stdout)), ["a.txt"]);
}

#[test]
fn gitignored_files_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.txt", GOOD);
    write(d, "draft-x.txt", GOOD);
    write(d, ".gitignore", b"draft-*.txt\n");
    let r = facts_json(d);
    assert_eq!(r.code, 0, "stderr:\n{}", r.stderr);
    assert_eq!(
        paths(&json_lines(&r.stdout)),
        ["a.txt"],
        "draft-x.txt is ignored by .gitignore"
    );
}

#[test]
fn config_exclude_globs_skip_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.txt", GOOD);
    write(d, "skip-me.txt", GOOD);
    write(d, "b.txt", UNDATED);
    // Without the configuration all three are read.
    let r = facts_json(d);
    assert_eq!(
        paths(&json_lines(&r.stdout)),
        ["a.txt", "b.txt", "skip-me.txt"]
    );
    write(d, "claimlint.ron", br#"Config(exclude: ["skip-*.txt"])"#);
    let r = facts_json(d);
    assert_eq!(r.code, 0, "stderr:\n{}", r.stderr);
    assert_eq!(paths(&json_lines(&r.stdout)), ["a.txt", "b.txt"]);
}

#[test]
fn config_with_an_unknown_field_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.txt", GOOD);
    write(
        d,
        "claimlint.ron",
        b"Config(\n    includ: [\"*.txt\"],\n)\n",
    );
    let r = facts_json(d);
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    assert!(r.stderr.contains("claimlint::ron::syntax"), "{}", r.stderr);
    assert!(r.stderr.contains("includ"), "{}", r.stderr);
    assert!(r.stderr.contains("claimlint.ron"), "{}", r.stderr);
}

#[test]
fn bom_and_crlf_offsets_index_the_raw_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let bytes: &[u8] = "\u{feff}Date: 2001-05-06\r\nTitle: Café – test\r\n\r\nUzbekistan joined GUAM in 1999.\r\nGeorgia left the CIS in 2009. Uzbekistan is not a member of the CSTO.\r\n".as_bytes();
    write(dir.path(), "bom.txt", bytes);
    let r = facts_json(dir.path());
    assert_eq!(r.code, 0, "stderr:\n{}", r.stderr);
    let facts = json_lines(&r.stdout);
    assert!(facts.len() >= 3, "{}", r.stdout);
    for v in &facts {
        let (o, l) = (
            v["source"]["offset"].as_u64().unwrap() as usize,
            v["source"]["length"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &bytes[o..o + l],
            v["text"].as_str().unwrap().as_bytes(),
            "{v}"
        );
        assert!(!v["text"].as_str().unwrap().contains('\r'));
    }
    let not_member = facts
        .iter()
        .find(|v| v["event"] == "not_member")
        .expect("the not_member fact");
    assert_eq!(not_member["source"]["line"], 5);
    assert_eq!(not_member["source"]["column"], 31);
}

/// A copy of `rules/` in a temporary folder, with `edit` applied to `file`.
fn rules_with(file: &str, edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in ["lexicon.ron", "reference.ron"] {
        let text = std::fs::read_to_string(rules_dir().join(f)).unwrap();
        let text = if f == file {
            let edited = edit(&text);
            assert_ne!(edited, text, "the edit changed nothing");
            edited
        } else {
            text
        };
        std::fs::write(dir.path().join(f), text).unwrap();
    }
    dir
}

#[test]
fn lexicon_typo_is_an_error_naming_the_file_and_field() {
    let rules = rules_with("lexicon.ron", |t| t.replacen("founded:", "foundd:", 1));
    let r = run(claimlint()
        .args(["facts", "--format", "json", "--rules"])
        .arg(rules.path())
        .arg("corpus"));
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    assert!(r.stderr.contains("lexicon.ron"), "{}", r.stderr);
    assert!(r.stderr.contains("foundd"), "{}", r.stderr);
    assert!(r.stderr.contains("Organisation"), "{}", r.stderr);
    assert!(r.stderr.contains("claimlint::ron::syntax"), "{}", r.stderr);
    assert!(r.stdout.is_empty(), "no facts without a lexicon");
}

#[test]
fn reference_with_an_unknown_state_is_an_error() {
    let rules = rules_with("reference.ron", |t| {
        t.replacen("state: \"Uzbekistan\"", "state: \"Uzbekstan\"", 1)
    });
    let r = run(claimlint()
        .args(["facts", "--format", "json", "--rules"])
        .arg(rules.path())
        .arg("corpus"));
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    assert!(r.stderr.contains("Uzbekstan"), "{}", r.stderr);
    assert!(
        r.stderr.contains("claimlint::reference::unknown-state"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("reference.ron"), "{}", r.stderr);
}

#[test]
fn eval_text_report() {
    let r = run(claimlint().args(["eval", "tests/gold/corpus", "corpus"]));
    assert_eq!(r.code, 0, "stderr:\n{}", r.stderr);
    let first = |name: &str| {
        r.stdout
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no `{name}` line:\n{}", r.stdout))
    };
    let overall = first("overall");
    first("asserted membership");
    // overall: gold, extracted, matched, then three ratios.
    let cols: Vec<&str> = overall.split_whitespace().collect();
    assert_eq!(cols.len(), 7, "{overall}");
    let n: Vec<usize> = cols[1..4].iter().map(|c| c.parse().unwrap()).collect();
    assert!(n[0] > 0 && n[1] > 0 && n[2] <= n[0].min(n[1]), "{overall}");
    for c in &cols[4..] {
        let x: f64 = c.parse().unwrap();
        assert!((0.0..=1.0).contains(&x), "{overall}");
    }
}

#[test]
fn eval_json_report() {
    let r = run(claimlint().args(["eval", "--format", "json", "tests/gold/corpus", "corpus"]));
    assert_eq!(r.code, 0, "stderr:\n{}", r.stderr);
    let v: Value = serde_json::from_str(r.stdout.trim()).expect("one JSON object");
    let obj = v.as_object().expect("a JSON object");
    for k in [
        "overall",
        "asserted membership",
        "membership",
        "count",
        "quantity",
        "office",
    ] {
        assert!(obj.contains_key(k), "no key {k}: {v}");
    }
    for (k, s) in obj {
        let g = s["gold"].as_u64().unwrap_or_else(|| panic!("{k}: no gold"));
        let e = s["extracted"]
            .as_u64()
            .unwrap_or_else(|| panic!("{k}: no extracted"));
        let m = s["matched"]
            .as_u64()
            .unwrap_or_else(|| panic!("{k}: no matched"));
        assert!(m <= g && m <= e, "{k}: {s}");
    }
    let sum = |key: &str| {
        ["membership", "count", "quantity", "office"]
            .iter()
            .map(|k| obj[*k][key].as_u64().unwrap())
            .sum::<u64>()
    };
    for key in ["gold", "extracted", "matched"] {
        assert_eq!(
            obj["overall"][key].as_u64().unwrap(),
            sum(key),
            "overall {key} is the sum over kinds"
        );
    }
}

#[test]
fn eval_gold_with_a_bad_line_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("bad.jsonl");
    std::fs::write(
        &gold,
        "{\"file\": \"1997-05-15-cst-fifth-anniversary.txt\", \"kind\": \"membership\", \"event\": \"signed\", \"state\": \"Armenia\", \"org\": \"CST\", \"when\": \"1992-05-15\"}\nthis is not JSON\n",
    )
    .unwrap();
    let r = run(claimlint().arg("eval").arg(&gold).arg("corpus"));
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    assert!(
        r.stderr.contains("claimlint::gold::bad-line"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("this is not JSON"),
        "the diagnostic shows the line:\n{}",
        r.stderr
    );
}
