//! Findings as SARIF 2.1.0, for code-scanning tools and editors.
//!
//! The log is pretty-printed JSON with keys in a fixed order (serde structs, not maps), and holds
//! nothing that depends on the machine it was made on: no absolute paths (see below), no times.
//!
//! # Where paths point
//!
//! Every artifact location is a percent-encoded relative URI with a `uriBaseId`:
//!
//! - `CORPUSROOT`: the corpus root, the folder article paths are relative to everywhere else in
//!   claimlint's output (the folder holding `claimlint.ron`, else the folder given). Article
//!   locations use it, so `uri` is exactly the `path` of `--format json`.
//! - `PROJECTROOT`: the working directory claimlint ran in. Locations in the rules folder's
//!   `reference.ron` and `lexicon.ron` (witnesses from the reference timeline and the lexicon's
//!   terms of office) use it, since those paths are shown relative to the working directory,
//!   not to the corpus root.
//!
//! Which base a file gets is decided by where its shown path actually resolves: against the
//! corpus root first, then against the working directory. A file that resolves against neither
//! gets its path relative to the working directory under `PROJECTROOT`, and a file outside the
//! working directory altogether an absolute `file:` URI without a base.
//!
//! In `originalUriBaseIds`, `PROJECTROOT` has only a description (its absolute URI would make
//! the log differ from machine to machine), and `CORPUSROOT` is given relative to it
//! (`{"uri": "corpus/", "uriBaseId": "PROJECTROOT"}`) when the corpus root lies inside the
//! working directory, else only a description.
//!
//! # Columns and offsets
//!
//! `columnKind` is `unicodeCodePoints`: columns count characters (as everywhere in claimlint),
//! and so do `charOffset` and `charLength`, which are computed from the byte spans through the
//! file's text. A byte-order mark counts as a character, like any other.

use crate::Checked;
use crate::corpus::{SourceFile, relative_path};
use crate::diag::Level;
use crate::engine::Severity;
use crate::report::findings::Shown;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// The `$schema` of the log: the OASIS schema of SARIF 2.1.0 with errata 01.
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/// The tool's `informationUri` (a placeholder until the project has a home page).
pub const INFORMATION_URI: &str = "https://example.invalid/claimlint";
/// The URI base id of paths relative to the corpus root.
pub const CORPUS_ROOT: &str = "CORPUSROOT";
/// The URI base id of paths relative to the working directory.
pub const PROJECT_ROOT: &str = "PROJECTROOT";
/// The key of a result's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "claimlint/v1";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    invocations: Vec<Invocation>,
    original_uri_base_ids: BTreeMap<&'static str, BaseId>,
    results: Vec<SarifResult<'a>>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<ReportingDescriptor<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor<'a> {
    id: &'a str,
    name: &'a str,
    short_description: Text<'a>,
    full_description: Text<'a>,
    help: Text<'a>,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text<'a> {
    text: std::borrow::Cow<'a, str>,
}

fn text<'a>(t: impl Into<std::borrow::Cow<'a, str>>) -> Text<'a> {
    Text { text: t.into() }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    descriptor: NotificationDescriptor,
    level: &'static str,
    message: Text<'static>,
}

#[derive(Serialize)]
struct NotificationDescriptor {
    id: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BaseId {
    #[serde(skip_serializing_if = "Option::is_none")]
    uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
    description: Text<'static>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text<'a>,
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    partial_fingerprints: BTreeMap<&'static str, &'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

/// Where an artifact is: a URI, relative to a base id or absolute.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    pub uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    char_offset: usize,
    char_length: usize,
    snippet: Text<'a>,
}

/// The SARIF level of a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Writes the findings as one SARIF 2.1.0 log (pretty-printed, ending with a newline).
///
/// One run; the driver lists every rule of `checked.rules` in rule order (`ruleIndex` points
/// into it); each result has the primary claim as its location and one related location per
/// witness (ids from 1), and its fingerprint under `partialFingerprints["claimlint/v1"]`.
/// Problems met while reading the input become tool execution notifications, and any error
/// among them (or rules that could not be loaded) makes `executionSuccessful` false.
pub fn write_sarif(
    out: &mut impl std::io::Write,
    shown: &[Shown<'_>],
    checked: &Checked,
) -> std::io::Result<()> {
    let log = build(shown, checked);
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn build<'a>(shown: &'a [Shown<'a>], checked: &'a Checked) -> Log<'a> {
    let sources = &checked.extracted.corpus.sources;
    let root = &checked.extracted.corpus.root;
    let cwd = std::env::current_dir().ok();
    let bases = Bases::new(root, cwd.as_deref());
    let rules: &[crate::engine::Rule] = checked.rules.as_ref().map_or(&[], |r| &r.rules);
    let descriptors = rules
        .iter()
        .map(|r| ReportingDescriptor {
            id: &r.id,
            name: &r.id,
            short_description: text(r.summary.as_str()),
            full_description: text(r.doc.as_str()),
            help: text(r.help.as_str()),
            default_configuration: Configuration {
                level: level(r.severity),
            },
        })
        .collect();
    let location = |fact: &crate::fact::Fact| {
        let file = sources.get(fact.file);
        PhysicalLocation {
            artifact_location: bases.locate(file),
            region: region(file, fact.span.start as usize, fact.span.end as usize),
        }
    };
    let results = shown
        .iter()
        .map(|s| {
            let (_, primary, primary_label) = &s.claims[0];
            let related = s.claims[1..]
                .iter()
                .enumerate()
                .map(|(n, (name, fact, label))| {
                    let mut message = if label.is_empty() {
                        (*name).to_string()
                    } else {
                        label.clone()
                    };
                    // As in the human report: the first witness is the nearest of its kind.
                    if n == 0 && s.finding.others > 0 {
                        let others = s.finding.others;
                        message.push_str(&format!(
                            " (and {others} more report{} like it)",
                            if others == 1 { "" } else { "s" }
                        ));
                    }
                    Location {
                        id: Some(n + 1),
                        physical_location: location(fact),
                        message: Some(text(message)),
                    }
                })
                .collect();
            SarifResult {
                rule_id: &s.rule.id,
                rule_index: s.finding.rule,
                level: level(s.rule.severity),
                message: text(s.finding.message.as_str()),
                locations: vec![Location {
                    id: None,
                    physical_location: location(primary),
                    message: (!primary_label.is_empty()).then(|| text(primary_label.as_str())),
                }],
                related_locations: related,
                partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, s.fingerprint.as_str())]),
            }
        })
        .collect();
    let notifications = checked
        .extracted
        .problems
        .iter()
        .map(|p| Notification {
            descriptor: NotificationDescriptor { id: p.code },
            level: match p.level {
                Level::Error => "error",
                Level::Warning => "warning",
            },
            message: text(if p.path.is_empty() {
                p.message.clone()
            } else {
                format!("{}: {}", p.path, p.message)
            }),
        })
        .collect();
    Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "claimlint",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: INFORMATION_URI,
                    rules: descriptors,
                },
            },
            invocations: vec![Invocation {
                execution_successful: !checked.has_errors() && checked.rules.is_some(),
                tool_execution_notifications: notifications,
            }],
            original_uri_base_ids: bases.original_uri_base_ids(),
            results,
            column_kind: "unicodeCodePoints",
        }],
    }
}

/// The text region of bytes `start..end` of `file`: lines and columns as claimlint counts them
/// (1-based, columns in characters, the end column one past the last character), character
/// offset and length, and the text itself.
fn region(file: &SourceFile, start: usize, end: usize) -> Region<'_> {
    let body: &str = file.text();
    let start = floor_char_boundary(body, start);
    let end = floor_char_boundary(body, end.max(start));
    let (start_line, start_column) = file.line_col(start);
    let (end_line, end_column) = file.line_col(end);
    let char_offset = body[..start].chars().count();
    let snippet = &body[start..end];
    Region {
        start_line,
        start_column,
        end_line,
        end_column,
        char_offset,
        char_length: snippet.chars().count(),
        snippet: text(snippet),
    }
}

/// The largest char boundary at or below `i` (spans are always on boundaries; this only keeps
/// a bad span from panicking).
fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The two URI bases of a run, and how a file's path is written against them.
pub(crate) struct Bases<'a> {
    root: &'a Path,
    cwd: Option<&'a Path>,
}

impl<'a> Bases<'a> {
    pub(crate) fn new(root: &'a Path, cwd: Option<&'a Path>) -> Bases<'a> {
        Bases { root, cwd }
    }

    /// The artifact location of `file` (see the module documentation).
    pub(crate) fn locate(&self, file: &SourceFile) -> ArtifactLocation {
        let rel = Path::new(&file.rel);
        if !rel.is_absolute() {
            if same_file(&self.root.join(rel), &file.path) {
                return ArtifactLocation {
                    uri: encode_path(&file.rel),
                    uri_base_id: Some(CORPUS_ROOT),
                };
            }
            if let Some(cwd) = self.cwd
                && same_file(&cwd.join(rel), &file.path)
            {
                return ArtifactLocation {
                    uri: encode_path(&file.rel),
                    uri_base_id: Some(PROJECT_ROOT),
                };
            }
        }
        if let Some(relative_to_cwd) = self.relative_to_cwd(&file.path) {
            return ArtifactLocation {
                uri: encode_path(&relative_to_cwd),
                uri_base_id: Some(PROJECT_ROOT),
            };
        }
        ArtifactLocation {
            uri: file_uri(&file.path),
            uri_base_id: None,
        }
    }

    /// `path` relative to the working directory, `/`-separated, if it lies inside it.
    pub(crate) fn relative_to_cwd(&self, path: &Path) -> Option<String> {
        let cwd = self.cwd?;
        let rel = relative_path(path, cwd);
        let inside = !Path::new(&rel).is_absolute()
            && Path::new(&rel)
                .components()
                .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        inside.then_some(rel)
    }

    fn original_uri_base_ids(&self) -> BTreeMap<&'static str, BaseId> {
        let corpus_uri = self.relative_to_cwd(self.root).map(|rel| {
            if rel.is_empty() {
                "./".to_string()
            } else {
                format!("{}/", encode_path(&rel))
            }
        });
        BTreeMap::from([
            (
                CORPUS_ROOT,
                BaseId {
                    uri_base_id: corpus_uri.as_ref().map(|_| PROJECT_ROOT),
                    uri: corpus_uri,
                    description: text(
                        "The corpus root: the folder that holds claimlint.ron, else the folder \
                         given on the command line. Article paths are relative to it.",
                    ),
                },
            ),
            (
                PROJECT_ROOT,
                BaseId {
                    uri: None,
                    uri_base_id: None,
                    description: text(
                        "The working directory claimlint ran in. Paths into the rules folder \
                         (reference.ron, lexicon.ron) are relative to it.",
                    ),
                },
            ),
        ])
    }
}

/// Whether `a` and `b` name the same file: the same canonical path, or, for paths that are not
/// on disk, the same path.
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        (Err(_), Err(_)) => a == b,
        _ => false,
    }
}

/// Percent-encodes a `/`-separated relative path as a URI reference: everything but unreserved
/// characters (RFC 3986) and the separators is encoded, byte by byte of its UTF-8.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// An absolute `file:` URI for `path`.
fn file_uri(path: &Path) -> String {
    let path = std::path::absolute(path).unwrap_or_else(|_| PathBuf::from(path));
    let mut segments = Vec::new();
    for c in path.components() {
        match c {
            // A Windows drive ("C:") stays as it is.
            Component::Prefix(p) => segments.push(p.as_os_str().to_string_lossy().into_owned()),
            Component::RootDir | Component::CurDir => {}
            Component::ParentDir => segments.push("..".to_string()),
            Component::Normal(s) => segments.push(encode_path(&s.to_string_lossy())),
        }
    }
    format!("file:///{}", segments.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_paths() {
        assert_eq!(encode_path("a/b-c_d.e~f.txt"), "a/b-c_d.e~f.txt");
        assert_eq!(encode_path("two words.txt"), "two%20words.txt");
        assert_eq!(encode_path("a:b#c?d%e"), "a%3Ab%23c%3Fd%25e");
        assert_eq!(encode_path("Tbilisi–Baku.txt"), "Tbilisi%E2%80%93Baku.txt");
        assert_eq!(encode_path(""), "");
    }

    #[test]
    fn file_uris_are_absolute() {
        let uri = file_uri(Path::new("/tmp/a b/c.txt"));
        if cfg!(unix) {
            assert_eq!(uri, "file:///tmp/a%20b/c.txt");
        }
        assert!(uri.starts_with("file:///"));
    }

    #[test]
    fn regions_count_characters() {
        let file = SourceFile::new(
            PathBuf::from("x.txt"),
            "x.txt".into(),
            "\u{feff}Date: 2004\n\n«Ünï» Georgia left".into(),
        );
        let start = file.text().find("Georgia").unwrap();
        let r = region(&file, start, start + "Georgia left".len());
        assert_eq!((r.start_line, r.start_column), (3, 7));
        assert_eq!((r.end_line, r.end_column), (3, 19));
        // BOM, "Date: 2004" (10), two newlines, "«Ünï» " (6).
        assert_eq!(r.char_offset, 1 + 10 + 2 + 6);
        assert_eq!(r.char_length, 12);
        assert_eq!(r.snippet.text, "Georgia left");
    }

    #[test]
    fn levels() {
        assert_eq!(level(Severity::Error), "error");
        assert_eq!(level(Severity::Warning), "warning");
        assert_eq!(level(Severity::Info), "note");
    }
}
