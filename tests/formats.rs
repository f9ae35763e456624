//! The CI formats of `claimlint check`: SARIF 2.1.0 (validated against the OASIS schema) and
//! GitHub Actions workflow commands and job summaries.

use claimlint::report::findings::shown;
use claimlint::report::github::{
    append_step_summary, escape_cell, escape_data, escape_property, step_summary, write_github,
};
use claimlint::report::sarif::write_sarif;
use claimlint::{Checked, Inputs};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Where the fixture corpus with reference and lexicon witnesses and awkward file names lives.
const FIXTURES: &str = "tests/fixtures/formats-corpus";

fn check(corpus: &str) -> Checked {
    claimlint::check(&Inputs {
        paths: vec![corpus.into()],
        rules: Some("rules".into()),
        config: None,
        ..Default::default()
    })
}

fn sarif(checked: &Checked) -> String {
    let mut out = Vec::new();
    write_sarif(&mut out, &shown(checked), checked).unwrap();
    String::from_utf8(out).unwrap()
}

fn github(checked: &Checked) -> String {
    let mut out = Vec::new();
    write_github(&mut out, &shown(checked), checked).unwrap();
    String::from_utf8(out).unwrap()
}

fn schema_errors(log: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/sarif-schema-2.1.0.json").unwrap(),
    )
    .unwrap();
    // The OASIS schema declares draft-04.
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-04/schema#");
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Percent-decodes a URI path (the encoder encodes every byte outside unreserved and `/`).
fn decode(uri: &str) -> String {
    let bytes = uri.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&uri[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Checks a SARIF log against the schema and against the findings it was made from, and that
/// every region's character offsets, columns and snippet agree with the file on disk.
fn check_log(checked: &Checked, text: &str) -> Value {
    let log: Value = serde_json::from_str(text).unwrap();
    let errors = schema_errors(&log);
    assert!(
        errors.is_empty(),
        "SARIF schema violations:\n{}",
        errors.join("\n")
    );

    assert_eq!(log["version"], "2.1.0");
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["tool"]["driver"]["name"], "claimlint");
    assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);

    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let rule_set = &checked.rules.as_ref().unwrap().rules;
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = rule_set.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, expected);
    for (r, rule) in rules.iter().zip(rule_set) {
        assert_eq!(r["shortDescription"]["text"], rule.summary.as_str());
        assert_eq!(r["fullDescription"]["text"], rule.doc.as_str());
        assert_eq!(r["help"]["text"], rule.help.as_str());
    }

    let shown = shown(checked);
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), shown.len(), "one result per finding");
    let root = &checked.extracted.corpus.root;
    let cwd = std::env::current_dir().unwrap();
    for (result, s) in results.iter().zip(&shown) {
        assert_eq!(result["ruleId"], s.rule.id.as_str());
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert_eq!(
            result["level"],
            match s.rule.severity.as_str() {
                "info" => "note",
                other => other,
            }
        );
        assert_eq!(result["message"]["text"], s.finding.message.as_str());
        assert_eq!(
            result["partialFingerprints"]["claimlint/v1"],
            s.fingerprint.as_str()
        );
        let related = result["relatedLocations"]
            .as_array()
            .map_or(&[][..], |v| &v[..]);
        assert_eq!(
            related.len(),
            s.claims.len() - 1,
            "one related location per witness"
        );
        for (n, r) in related.iter().enumerate() {
            assert_eq!(r["id"], n + 1);
            assert!(r["message"]["text"].as_str().is_some_and(|t| !t.is_empty()));
        }
        let locations = result["locations"].as_array().unwrap();
        assert_eq!(locations.len(), 1);
        for (loc, (_, fact, _)) in locations.iter().chain(related).zip(&s.claims) {
            let physical = &loc["physicalLocation"];
            let artifact = &physical["artifactLocation"];
            let uri = decode(artifact["uri"].as_str().unwrap());
            let base = match artifact["uriBaseId"].as_str() {
                Some("CORPUSROOT") => root.clone(),
                Some("PROJECTROOT") => cwd.clone(),
                other => panic!("unexpected base {other:?}"),
            };
            let path = base.join(&uri);
            let on_disk = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let source = checked.extracted.corpus.sources.get(fact.file);
            assert_eq!(source.text(), on_disk.as_str());
            let region = &physical["region"];
            let chars: Vec<char> = on_disk.chars().collect();
            let offset = region["charOffset"].as_u64().unwrap() as usize;
            let length = region["charLength"].as_u64().unwrap() as usize;
            let snippet: String = chars[offset..offset + length].iter().collect();
            assert_eq!(region["snippet"]["text"], snippet.as_str());
            assert_eq!(
                snippet,
                &on_disk[fact.span.start as usize..fact.span.end as usize]
            );
            // Columns count characters from the start of the line.
            let line_start = chars[..offset]
                .iter()
                .rposition(|&c| c == '\n')
                .map_or(0, |i| i + 1);
            assert_eq!(region["startColumn"], offset - line_start + 1);
            let line = chars[..offset].iter().filter(|&&c| c == '\n').count() + 1;
            assert_eq!(region["startLine"], line);
        }
    }
    log
}

#[test]
fn sarif_of_the_corpus_is_valid_and_complete() {
    let checked = check("corpus");
    assert!(!checked.findings.is_empty());
    let text = sarif(&checked);
    let log = check_log(&checked, &text);
    let run = &log["runs"][0];
    assert_eq!(
        run["originalUriBaseIds"]["CORPUSROOT"]["uri"], "corpus/",
        "the corpus root, relative to the working directory"
    );
    assert_eq!(
        run["originalUriBaseIds"]["CORPUSROOT"]["uriBaseId"],
        "PROJECTROOT"
    );
    assert!(
        run["originalUriBaseIds"]["PROJECTROOT"]
            .get("uri")
            .is_none()
    );
    let rule_ids: Vec<&str> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert_eq!(
        rule_ids,
        [
            "event-date-conflict",
            "event-order",
            "count-mismatch",
            "quantity-drift",
            "count-mismatch",
            "event-order",
            "member-after-withdrawal",
            "office-conflict",
            "member-after-withdrawal",
            "self-contradiction",
            "event-date-conflict",
        ]
    );
    assert!(!text.contains("/work/"), "no absolute paths");
    assert!(text.ends_with("}\n"));
    insta::assert_snapshot!("sarif_corpus", text);
}

#[test]
fn the_schema_catches_a_broken_log() {
    let checked = check("corpus");
    let mut log: Value = serde_json::from_str(&sarif(&checked)).unwrap();
    assert!(schema_errors(&log).is_empty());
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    log["runs"][0]["columnKind"] = "bytes".into();
    assert_eq!(schema_errors(&log).len(), 2, "{:?}", schema_errors(&log));
    log.as_object_mut().unwrap().remove("version");
    assert_eq!(schema_errors(&log).len(), 3);
}

#[test]
fn sarif_points_into_the_rules_folder_and_encodes_names() {
    let checked = check(FIXTURES);
    let text = sarif(&checked);
    let log = check_log(&checked, &text);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let artifacts: Vec<(String, String)> = results
        .iter()
        .flat_map(|r| {
            r["locations"]
                .as_array()
                .unwrap()
                .iter()
                .chain(r["relatedLocations"].as_array().unwrap())
        })
        .map(|l| {
            let a = &l["physicalLocation"]["artifactLocation"];
            (
                a["uriBaseId"].as_str().unwrap().to_string(),
                a["uri"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let has = |base: &str, uri: &str| artifacts.iter().any(|(b, u)| b == base && u == uri);
    assert!(has("PROJECTROOT", "rules/reference.ron"), "{artifacts:?}");
    assert!(has("PROJECTROOT", "rules/lexicon.ron"), "{artifacts:?}");
    assert!(
        has(
            "CORPUSROOT",
            "2011-05-01%20cis%2C%20Tbilisi%E2%80%93notes.txt"
        ),
        "{artifacts:?}"
    );
    assert!(
        has("CORPUSROOT", "2005-03-01-bom-crlf.txt"),
        "{artifacts:?}"
    );
    assert_eq!(
        log["runs"][0]["originalUriBaseIds"]["CORPUSROOT"]["uri"],
        "tests/fixtures/formats-corpus/"
    );
    insta::assert_snapshot!("sarif_fixtures", text);
}

#[test]
fn sarif_counts_characters_after_a_bom_and_crlf() {
    let checked = check(FIXTURES);
    let log: Value = serde_json::from_str(&sarif(&checked)).unwrap();
    let result = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                == "2005-03-01-bom-crlf.txt"
        })
        .unwrap()
        .clone();
    let region = &result["locations"][0]["physicalLocation"]["region"];
    let text =
        std::fs::read_to_string(Path::new(FIXTURES).join("2005-03-01-bom-crlf.txt")).unwrap();
    let start = text.find("Ukrainian").unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert_eq!(region["charOffset"], text[..start].chars().count());
    assert!(
        region["charOffset"].as_u64().unwrap() < start as u64,
        "bytes are not characters"
    );
    assert_eq!(region["startLine"], 5);
    assert_eq!(region["startColumn"], "Über alles: ".chars().count() + 1);
    assert_eq!(
        region["endColumn"],
        "Über alles: Ukrainian President Leonid Kuchma"
            .chars()
            .count()
            + 1
    );
    assert_eq!(
        region["snippet"]["text"],
        "Ukrainian President Leonid Kuchma"
    );
}

#[test]
fn github_annotations_of_the_corpus() {
    let checked = check("corpus");
    let shown = shown(&checked);
    let text = github(&checked);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), shown.len(), "one command per finding");
    for (line, s) in lines.iter().zip(&shown) {
        let command = match s.rule.severity.as_str() {
            "error" => "::error ",
            "warning" => "::warning ",
            _ => "::notice ",
        };
        assert!(line.starts_with(command), "{line}");
        let (props, message) = line[command.len()..].split_once("::").unwrap();
        assert!(props.starts_with("file=corpus/"), "{props}");
        assert!(props.ends_with(&format!(",title={}", s.rule.id)), "{props}");
        assert!(message.starts_with(&escape_data(&s.finding.message)));
        assert_eq!(
            message.contains("(see also "),
            s.claims.len() > 1,
            "witnesses are named: {message}"
        );
    }
    insta::assert_snapshot!("github_corpus", text);
}

#[test]
fn github_annotations_escape_file_names() {
    let checked = check(FIXTURES);
    let text = github(&checked);
    assert!(
        text.contains("file=tests/fixtures/formats-corpus/2011-05-01 cis%2C Tbilisi–notes.txt,"),
        "{text}"
    );
    assert!(text.contains("(see also rules/reference.ron:57: withdrawal reported here)"));
    assert!(text.contains("(see also rules/lexicon.ron:"));
    for line in text.lines() {
        let (command, rest) = line[2..].split_once(' ').unwrap();
        assert!(["error", "warning", "notice"].contains(&command));
        let (props, _) = rest.split_once("::").unwrap();
        for prop in props.split(',') {
            let (key, value) = prop.split_once('=').unwrap();
            assert!(
                ["file", "line", "col", "endLine", "endColumn", "title"].contains(&key),
                "{key}"
            );
            assert!(!value.contains(':'), "{value}");
        }
    }
    insta::assert_snapshot!("github_fixtures", text);
}

#[test]
fn step_summary_of_the_corpus() {
    let checked = check("corpus");
    let summary = step_summary(&shown(&checked), &checked);
    assert!(summary.starts_with("## claimlint\n"));
    assert!(summary.contains("**11 findings** (7 errors, 4 warnings, 0 info)"));
    let rows = summary.lines().filter(|l| l.starts_with("| ")).count();
    assert_eq!(
        rows,
        2 + checked.findings.len(),
        "a header, its rule and one row per finding"
    );
    insta::assert_snapshot!("step_summary_corpus", summary);
}

#[test]
fn step_summary_of_the_fixtures_escapes_cells() {
    let checked = check(FIXTURES);
    let summary = step_summary(&shown(&checked), &checked);
    for row in summary.lines().filter(|l| l.starts_with("| ")) {
        // Four cells: five unescaped pipes.
        let unescaped = row
            .char_indices()
            .filter(|&(i, c)| c == '|' && (i == 0 || !row[..i].ends_with('\\')))
            .count();
        assert_eq!(unescaped, 5, "{row}");
    }
    insta::assert_snapshot!("step_summary_fixtures", summary);
}

#[test]
fn step_summary_appends() {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("summary.md");
    append_step_summary(&path, "## one\n").unwrap();
    append_step_summary(&path, "## two").unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "## one\n\n## two\n"
    );
}

#[test]
fn workflow_command_escaping() {
    assert_eq!(escape_data(""), "");
    assert_eq!(escape_property(""), "");
    let all = "100% a:b, c\r\nd\re\nf";
    assert_eq!(escape_data(all), "100%25 a:b, c%0D%0Ad%0De%0Af");
    assert_eq!(escape_property(all), "100%25 a%3Ab%2C c%0D%0Ad%0De%0Af");
    // Escaping is not idempotent: an escaped `%` is escaped again.
    assert_eq!(escape_data("%25"), "%2525");
    let unicode = "Tbilisi — «Ünï» 日本 🇬🇪";
    assert_eq!(escape_data(unicode), unicode);
    assert_eq!(escape_property(unicode), unicode);
    assert_eq!(escape_cell("a|b\nc"), "a\\|b<br>c");
}

#[test]
fn outputs_are_byte_identical_across_runs() {
    for corpus in ["corpus", FIXTURES] {
        let (a, b) = (check(corpus), check(corpus));
        assert_eq!(sarif(&a), sarif(&b));
        assert_eq!(github(&a), github(&b));
        assert_eq!(step_summary(&shown(&a), &a), step_summary(&shown(&b), &b));
    }
}
