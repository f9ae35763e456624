//! `claimlint.ron`: per-corpus settings, found in the corpus folder or one of its parents.

use crate::diag::Problem;
use crate::ronfile;
use serde::Deserialize;
use std::path::{Path, PathBuf};

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
    if let (Some(rules), Some(dir)) = (&config.rules, &dir) {
        let joined = dir.join(rules);
        config.rules = Some(std::fs::canonicalize(&joined).unwrap_or(joined));
    }
    Ok((config, dir))
}
