//! `claimlint.ron`: per-corpus settings, found in the corpus folder or one of its parents.

use crate::diag::Problem;
use crate::ronfile;
use crate::ronspan::{Node, Step};
use serde::Deserialize;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The name of the configuration file.
pub const FILE_NAME: &str = "claimlint.ron";

/// Settings for a corpus.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Globs of the files read as articles inside a folder.
    #[serde(default = "default_include")]
    pub include: Vec<String>,
    /// Globs of files never read.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// The rules folder (lexicon, reference, rules), relative to the configuration file.
    #[serde(default)]
    pub rules: Option<PathBuf>,
    /// Findings hidden on purpose, each with its reason (see [`crate::suppress`]).
    #[serde(default)]
    pub suppress: Vec<Suppress>,
    /// The file this configuration was read from, so that problems found later (an unused
    /// suppression) can point into it; `None` for the default configuration.
    #[serde(skip)]
    pub file: Option<ConfigFile>,
}

/// The text of a `claimlint.ron` that was read, for diagnostics.
#[derive(Debug, Clone)]
pub struct ConfigFile {
    /// The path shown to the user.
    pub rel: String,
    pub text: Arc<str>,
    /// The folder that holds the file: the corpus root that `article:` paths are relative to.
    pub dir: Option<PathBuf>,
}

/// `Suppress(rule: "...", fingerprint: "..." | article: "...", reason: "...")`: hides the
/// findings of one rule with one fingerprint, or all of them in one article.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suppress {
    /// The rule id.
    pub rule: String,
    /// The fingerprint of one finding (as `check --format json` prints it).
    #[serde(default)]
    pub fingerprint: Option<String>,
    /// An article path relative to the corpus root: every finding of the rule whose offending
    /// claim lies in it.
    #[serde(default)]
    pub article: Option<String>,
    /// Why the findings are hidden; required and non-empty.
    pub reason: String,
    /// Where the entry and its fields lie in `claimlint.ron` (empty spans when unknown).
    #[serde(skip)]
    pub spans: SuppressSpans,
}

/// Byte spans of one suppression entry and of its values in `claimlint.ron`.
#[derive(Debug, Clone, Default)]
pub struct SuppressSpans {
    /// The whole `Suppress(...)`.
    pub entry: Range<usize>,
    pub rule: Option<Range<usize>>,
    pub fingerprint: Option<Range<usize>>,
    pub article: Option<Range<usize>>,
    pub reason: Option<Range<usize>>,
}

fn default_include() -> Vec<String> {
    vec!["*.txt".into()]
}

impl Default for Config {
    fn default() -> Config {
        Config {
            include: default_include(),
            exclude: Vec::new(),
            rules: None,
            suppress: Vec::new(),
            file: None,
        }
    }
}

/// The configuration that governs `start`: an explicit file, else the nearest `claimlint.ron`
/// in `start` or its parents. Returns the configuration and the folder it lives in.
pub fn find(explicit: Option<&Path>, start: &Path) -> Result<(Config, Option<PathBuf>), Problem> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => {
            let start = std::fs::canonicalize(start).unwrap_or_else(|_| start.to_path_buf());
            let dir = if start.is_dir() {
                start.as_path()
            } else {
                start.parent().unwrap_or(&start)
            };
            dir.ancestors()
                .map(|d| d.join(FILE_NAME))
                .find(|p| p.is_file())
        }
    };
    let Some(path) = path else {
        return Ok((Config::default(), None));
    };
    let file = ronfile::read::<Config>(&path, &path.display().to_string())?;
    let dir = path.parent().map(Path::to_path_buf);
    let mut config = file.value;
    for (i, s) in config.suppress.iter_mut().enumerate() {
        s.spans = suppress_spans(&file.tree, &file.text, i);
    }
    config.file = Some(ConfigFile {
        rel: file.rel.clone(),
        text: file.text.clone(),
        dir: dir.clone(),
    });
    if let (Some(rules), Some(dir)) = (&config.rules, &dir) {
        let joined = dir.join(rules);
        config.rules = Some(std::fs::canonicalize(&joined).unwrap_or(joined));
    }
    Ok((config, dir))
}

/// The spans of suppression `i` in the scanned file.
fn suppress_spans(tree: &Node, text: &str, i: usize) -> SuppressSpans {
    let Some(entry) = tree.at(text, &[Step::Field("suppress"), Step::Index(i)]) else {
        return SuppressSpans::default();
    };
    let field = |name| entry.at(text, &[Step::Field(name)]).map(|n| n.span.clone());
    SuppressSpans {
        entry: entry.span.clone(),
        rule: field("rule"),
        fingerprint: field("fingerprint"),
        article: field("article"),
        reason: field("reason"),
    }
}
