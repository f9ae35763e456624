//! Helpers shared by the end-to-end tests: running the binary and reading what it prints.
//!
//! Each test crate uses a different part of this module.
#![allow(dead_code)]

use assert_cmd::Command;
use claimlint::diag::Problem;
use serde_json::Value;
use std::path::PathBuf;

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn rules_dir() -> PathBuf {
    manifest_dir().join("rules")
}

/// `claimlint` run from the crate root, without colour and with rayon's default threads.
pub fn claimlint() -> Command {
    let mut cmd = Command::cargo_bin("claimlint").expect("the claimlint binary is built");
    cmd.current_dir(manifest_dir());
    cmd.env_remove("RAYON_NUM_THREADS");
    cmd.env("NO_COLOR", "1");
    cmd
}

/// What a run printed and how it exited.
#[derive(Debug, Clone)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("claimlint runs");
    Run {
        code: out.status.code().expect("claimlint exits with a code"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// One JSON value per line of `stdout`.
pub fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
        .collect()
}

/// A problem as a user sees it, without colour or links, 100 columns wide.
pub fn render(problem: &Problem) -> String {
    let handler = claimlint::report::handler(false)
        .with_width(100)
        .with_links(false);
    let mut out = String::new();
    handler
        .render_report(&mut out, problem)
        .expect("the diagnostic renders");
    out
}

/// Two issues weeks apart whose only finding is a quantity-drift warning (20,000 Russian
/// soldiers in Tajikistan, then 11,000), in a temporary folder.
pub fn drift_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, text) in [
        (
            "a.txt",
            "Date: 2002-02-12\n\nSome 20,000 Russian soldiers are stationed in Tajikistan.\n",
        ),
        (
            "b.txt",
            "Date: 2002-03-05\n\nRussia keeps 11,000 troops in Tajikistan.\n",
        ),
    ] {
        std::fs::write(dir.path().join(name), text).expect("the article is written");
    }
    dir
}
