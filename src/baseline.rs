//! Baselines: the findings a corpus has today, recorded by fingerprint so that CI reports only
//! new ones.
//!
//! The file is JSON, one finding per line, sorted by path, rule and fingerprint, so that the same
//! findings always give the same bytes and a change to the baseline reads well in a diff:
//!
//! ```json
//! {
//!   "schema": 1,
//!   "findings": [
//!     {"fingerprint":"5f9b3303fe864870","rule":"quantity-drift","path":"a.txt","message":"..."}
//!   ]
//! }
//! ```

use crate::corpus::SourceMap;
use crate::diag::Problem;
use crate::report::findings::Shown;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The version of the file format.
pub const SCHEMA: u32 = 1;

/// One recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    pub rule: String,
    /// The offending claim's article, relative to the corpus root.
    pub path: String,
    pub message: String,
}

/// The recorded findings, sorted by (path, rule, fingerprint).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    pub entries: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    schema: u32,
    findings: Vec<Entry>,
}

impl Baseline {
    /// Sorts the entries by (path, rule, fingerprint) and drops repeated fingerprints.
    fn normalise(&mut self) {
        self.entries.sort_by(|a, b| {
            (&a.path, &a.rule, &a.fingerprint, &a.message).cmp(&(
                &b.path,
                &b.rule,
                &b.fingerprint,
                &b.message,
            ))
        });
        let mut seen = HashSet::new();
        self.entries.retain(|e| seen.insert(e.fingerprint.clone()));
    }

    /// The file's bytes.
    pub fn to_json(&self) -> String {
        let mut out = format!("{{\n  \"schema\": {SCHEMA},\n  \"findings\": [");
        for (i, e) in self.entries.iter().enumerate() {
            out.push_str(if i == 0 { "\n    " } else { ",\n    " });
            out.push_str(&serde_json::to_string(e).expect("an entry is plain strings"));
        }
        out.push_str(if self.entries.is_empty() {
            "]\n}\n"
        } else {
            "\n  ]\n}\n"
        });
        out
    }
}

/// Records `shown` (the findings of a run); `sources` is the run's source map
/// (`checked.extracted.corpus.sources`), for each finding's path.
pub fn from_shown(shown: &[Shown<'_>], sources: &SourceMap) -> Baseline {
    let mut b = Baseline {
        entries: shown
            .iter()
            .map(|s| Entry {
                fingerprint: s.fingerprint.clone(),
                rule: s.rule.id.clone(),
                path: sources.get(s.claims[0].1.file).rel.clone(),
                message: s.finding.message.clone(),
            })
            .collect(),
    };
    b.normalise();
    b
}

/// Reads a baseline file. A file that is not a baseline is a `baseline::bad` problem pointing
/// at the mistake; a file that cannot be read, `baseline::unreadable`.
pub fn read(path: &Path) -> Result<Baseline, Problem> {
    let rel = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        Problem::error(
            "baseline::unreadable",
            rel.clone(),
            format!("cannot read the baseline: {e}"),
        )
    })?;
    let text: Arc<str> = match String::from_utf8(bytes) {
        Ok(t) => t.into(),
        Err(_) => {
            return Err(bad(&rel, "the baseline is not UTF-8 text"));
        }
    };
    parse(text, &rel)
}

/// Parses the text of a baseline file (shown as `rel`).
pub fn parse(text: Arc<str>, rel: &str) -> Result<Baseline, Problem> {
    let file: File = serde_json::from_str(&text).map_err(|e| {
        let at = offset(&text, e.line(), e.column());
        let message = format!("this is not a claimlint baseline: {}", strip_position(&e));
        let p = bad(rel, message);
        match at {
            Some(at) => {
                let span = char_at(&text, at);
                p.at(&text, span, "here")
            }
            None => p,
        }
    })?;
    if file.schema != SCHEMA {
        let span = schema_span(&text).unwrap_or_else(|| char_at(&text, 0));
        return Err(bad(
            rel,
            format!(
                "the baseline has schema {}; this claimlint reads schema {SCHEMA}",
                file.schema
            ),
        )
        .at(&text, span, "unsupported schema")
        .with_help("write the baseline again with `--write-baseline`"));
    }
    let mut b = Baseline {
        entries: file.findings,
    };
    b.normalise();
    Ok(b)
}

fn bad(rel: &str, message: impl Into<String>) -> Problem {
    Problem::error("baseline::bad", rel, message)
        .with_help("write the baseline again with `claimlint check --write-baseline FILE`")
}

/// serde_json's message without its " at line L column C" suffix (the label shows where).
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The byte offset of serde_json's 1-based line and column (a byte count within the line,
/// 0 when the error comes before the line's first byte). `None` for errors with no position.
fn offset(text: &str, line: usize, column: usize) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    let mut at = (start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    Some(at)
}

/// The span of the character at `at` (an empty span at the end of the text).
fn char_at(text: &str, at: usize) -> std::ops::Range<usize> {
    let len = text[at..].chars().next().map_or(0, char::len_utf8);
    at..at + len
}

/// The span of the value of the top-level `"schema"` key, found by a plain search.
fn schema_span(text: &str) -> Option<std::ops::Range<usize>> {
    let key = text.find("\"schema\"")?;
    let after = key + "\"schema\"".len();
    let colon = after + text[after..].find(':')?;
    let rest = &text[colon + 1..];
    let start = colon + 1 + (rest.len() - rest.trim_start().len());
    let len = text[start..]
        .find(|c: char| c == ',' || c == '}' || c.is_whitespace())
        .unwrap_or(text.len() - start);
    (len > 0).then_some(start..start + len)
}

/// Writes `b` to `path` atomically: to a temporary file in the same folder, then renamed over
/// `path`, so that a reader never sees half a baseline.
pub fn write(path: &Path, b: &Baseline) -> std::io::Result<()> {
    let mut sorted = b.clone();
    sorted.normalise();
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(sorted.to_json().as_bytes())?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// `dir/name.json` → `dir/name.json.tmp.<pid>`.
fn temp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".tmp.{}", std::process::id()));
    path.with_file_name(name)
}

/// Splits `shown` into the findings the baseline does not record (in their order) and the
/// baseline's entries whose finding is gone (fixed), matched by fingerprint.
pub fn apply<'a>(b: &Baseline, shown: Vec<Shown<'a>>) -> (Vec<Shown<'a>>, Vec<Entry>) {
    let known: HashSet<&str> = b.entries.iter().map(|e| e.fingerprint.as_str()).collect();
    let present: HashSet<String> = shown.iter().map(|s| s.fingerprint.clone()).collect();
    let new = shown
        .into_iter()
        .filter(|s| !known.contains(s.fingerprint.as_str()))
        .collect();
    let fixed = b
        .entries
        .iter()
        .filter(|e| !present.contains(&e.fingerprint))
        .cloned()
        .collect();
    (new, fixed)
}
