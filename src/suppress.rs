//! Suppressions: findings hidden on purpose in `claimlint.ron`, each with its reason.
//!
//! ```ron
//! Config(
//!     suppress: [
//!         Suppress(rule: "quantity-drift", fingerprint: "0123456789abcdef", reason: "figures verified"),
//!         Suppress(rule: "office-conflict", article: "2004-09-14-guuam.txt", reason: "..."),
//!     ],
//! )
//! ```
//!
//! A suppression names a rule and exactly one of a finding's `fingerprint` or an `article`
//! (a path relative to the corpus root: every finding of the rule whose offending claim lies in
//! that article). Mistakes are problems pointing into `claimlint.ron`: an unknown rule, both or
//! neither of `fingerprint` and `article`, an empty reason (errors), and a suppression that
//! hid nothing (a warning).

use crate::Inputs;
use crate::corpus::config::{Config, ConfigFile, Suppress};
use crate::corpus::{FileId, SourceMap};
use crate::diag::Problem;
use crate::engine::RuleSet;
use crate::report::findings::Shown;
use std::collections::HashSet;
use std::ops::Range;
use std::path::PathBuf;

/// The configuration a run with `inputs` reads (the same file `check` reads), for its
/// suppressions. A configuration that cannot be read gives the default (no suppressions): its
/// problem is already among the run's problems.
pub fn config_for(inputs: &Inputs) -> Config {
    let start = inputs
        .paths
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from("corpus"));
    crate::corpus::config::find(inputs.config.as_deref(), &start)
        .map(|(c, _)| c)
        .unwrap_or_default()
}

/// What a suppression hides.
enum Target<'c> {
    Fingerprint(&'c str),
    Article(String),
}

/// Drops the findings that `config`'s suppressions hide, keeping the others in order, and
/// returns the problems of the suppressions themselves (unknown rule, malformed entry, unused).
///
/// `sources` is the run's source map (`checked.extracted.corpus.sources`): a finding's article
/// is the path of its offending claim, relative to the corpus root. Apply suppressions before a
/// baseline, so that a suppression is not reported unused because the baseline hid its finding.
pub fn apply<'a>(
    config: &Config,
    rules: &RuleSet,
    sources: &SourceMap,
    shown: Vec<Shown<'a>>,
) -> (Vec<Shown<'a>>, Vec<Problem>) {
    let mut problems = Vec::new();
    // The suppressions that can hide something, with their index.
    let mut active: Vec<(usize, &Suppress, Target<'_>)> = Vec::new();
    for (i, s) in config.suppress.iter().enumerate() {
        let mut ok = true;
        if rules.get(&s.rule).is_none() {
            let mut p = problem(
                config,
                Problem::error(
                    "suppress::unknown-rule",
                    rel(config),
                    format!("the suppression names an unknown rule `{}`", s.rule),
                ),
                s.spans.rule.clone().unwrap_or(s.spans.entry.clone()),
                "no rule has this id",
            );
            if let Some(near) = nearest(&s.rule, rules) {
                p = p.with_help(format!("did you mean `{near}`? (`claimlint rules list`)"));
            } else {
                p = p.with_help("`claimlint rules list` lists the rule ids");
            }
            problems.push(p);
            ok = false;
        }
        let target = match (&s.fingerprint, &s.article) {
            (Some(f), None) => Some(Target::Fingerprint(f.trim())),
            (None, Some(a)) => Some(Target::Article(normalise_path(a))),
            (Some(_), Some(_)) => {
                problems.push(
                    problem(
                        config,
                        Problem::error(
                            "suppress::target",
                            rel(config),
                            "a suppression names both a fingerprint and an article",
                        ),
                        s.spans.article.clone().unwrap_or(s.spans.entry.clone()),
                        "remove this or the fingerprint",
                    )
                    .with_help(
                        "a suppression hides one finding (`fingerprint`) or every finding of \
                         the rule in one article (`article`), not both",
                    ),
                );
                None
            }
            (None, None) => {
                problems.push(
                    problem(
                        config,
                        Problem::error(
                            "suppress::target",
                            rel(config),
                            "a suppression names neither a fingerprint nor an article",
                        ),
                        s.spans.entry.clone(),
                        "this suppression would hide nothing",
                    )
                    .with_help(
                        "add `fingerprint: \"...\"` (from `claimlint check --format json`) or \
                         `article: \"path/relative/to/the/corpus.txt\"`",
                    ),
                );
                None
            }
        };
        if s.reason.trim().is_empty() {
            problems.push(
                problem(
                    config,
                    Problem::error(
                        "suppress::empty-reason",
                        rel(config),
                        "a suppression needs a reason",
                    ),
                    s.spans.reason.clone().unwrap_or(s.spans.entry.clone()),
                    "empty reason",
                )
                .with_help("say why the finding is hidden, for the next reader"),
            );
            ok = false;
        }
        if let (true, Some(t)) = (ok, target) {
            active.push((i, s, t));
        }
    }

    let mut used = vec![false; config.suppress.len()];
    let kept = shown
        .into_iter()
        .filter(|f| {
            let path = &sources.get(f.claims[0].1.file).rel;
            let mut hidden = false;
            for (i, s, t) in &active {
                let hit = s.rule == f.rule.id
                    && match t {
                        Target::Fingerprint(fp) => *fp == f.fingerprint,
                        Target::Article(a) => a == path,
                    };
                if hit {
                    used[*i] = true;
                    hidden = true;
                }
            }
            !hidden
        })
        .collect();

    let checked: HashSet<&str> = (0..sources.len() as u32)
        .map(|i| sources.get(FileId(i)).rel.as_str())
        .collect();
    for (i, s, t) in &active {
        if used[*i] {
            continue;
        }
        let (message, help) = match t {
            Target::Fingerprint(fp) => (
                format!(
                    "this suppression hid nothing: no `{}` finding has the fingerprint `{fp}`",
                    s.rule
                ),
                if fp.len() == 16 && fp.bytes().all(|b| b.is_ascii_hexdigit()) {
                    "the finding may be fixed (remove the suppression), or it lies in an \
                     article this run did not check"
                } else {
                    "a fingerprint is 16 hexadecimal digits, as `claimlint check --format json` \
                     prints it"
                },
            ),
            Target::Article(a) => {
                if !checked.contains(a.as_str()) && exists(config, a) {
                    // The article exists but this run did not read it.
                    continue;
                }
                if checked.contains(a.as_str()) {
                    (
                        format!(
                            "this suppression hid nothing: `{a}` has no `{}` finding",
                            s.rule
                        ),
                        "the finding may be fixed: remove the suppression",
                    )
                } else {
                    (
                        format!("this suppression hid nothing: there is no article `{a}`"),
                        "`article` is a path relative to the corpus root (the folder of \
                         claimlint.ron), as `claimlint check` prints it",
                    )
                }
            }
        };
        problems.push(
            problem(
                config,
                Problem::warning("suppress::unused", rel(config), message),
                s.spans.entry.clone(),
                "unused suppression",
            )
            .with_help(help),
        );
    }
    (kept, problems)
}

fn rel(config: &Config) -> String {
    config.file.as_ref().map_or_else(
        || crate::corpus::config::FILE_NAME.to_string(),
        |f| f.rel.clone(),
    )
}

/// Points `p` at `span` of the configuration file, when its text is known.
fn problem(config: &Config, p: Problem, span: Range<usize>, label: &str) -> Problem {
    match &config.file {
        Some(ConfigFile { text, .. }) if span.end <= text.len() && span.start < span.end => {
            p.at(text, span, label)
        }
        _ => p,
    }
}

/// `./a\b.txt` → `a/b.txt`, the form of the paths `check` prints.
fn normalise_path(path: &str) -> String {
    let path = path.trim().replace('\\', "/");
    let mut path = path.as_str();
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    path.to_string()
}

/// Whether `article` is a file under the corpus root.
fn exists(config: &Config, article: &str) -> bool {
    config
        .file
        .as_ref()
        .and_then(|f| f.dir.as_ref())
        .is_some_and(|d| d.join(article).is_file())
}

/// The rule id closest to `id` (by edit distance), if any is close.
fn nearest<'r>(id: &str, rules: &'r RuleSet) -> Option<&'r str> {
    rules
        .rules
        .iter()
        .map(|r| (distance(id, &r.id), r.id.as_str()))
        .filter(|(d, _)| *d <= 3.max(id.len() / 4))
        .min()
        .map(|(_, r)| r)
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}
