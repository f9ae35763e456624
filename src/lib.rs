//! claimlint: checks an archive of dated articles for claims that contradict each other.
//!
//! The pipeline is a chain of plain functions over plain data:
//! load the corpus ([`corpus`]) → extract facts ([`extract`]) with the [`lexicon`] → (rules,
//! later) → report. This crate is the library; the `claimlint` binary is a thin CLI over it.

// A `Problem` carries its source text for rendering; it is built only on the cold error path, so
// its size in `Result` costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

pub mod baseline;
pub mod corpus;
pub mod date;
pub mod diag;
pub mod editor;
pub mod engine;
pub mod eval;
pub mod extract;
pub mod fact;
pub mod lexicon;
pub mod progress;
pub mod reference;
pub mod report;
pub mod ronfile;
pub mod ronspan;
pub mod suppress;

use corpus::{Config, Corpus, SourceFile};
use diag::Problem;
use fact::Fact;
use lexicon::Lexicon;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Where the lexicon and reference timeline live.
#[derive(Debug, Clone)]
pub struct RulesDir(pub PathBuf);

impl RulesDir {
    pub fn lexicon(&self) -> PathBuf {
        self.0.join("lexicon.ron")
    }

    pub fn reference(&self) -> PathBuf {
        self.0.join("reference.ron")
    }
}

/// What a run was asked to read.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub paths: Vec<PathBuf>,
    /// `--rules DIR`; else the configuration's, else `rules/`.
    pub rules: Option<PathBuf>,
    /// `--config FILE`; else the nearest `claimlint.ron`.
    pub config: Option<PathBuf>,
}

/// A corpus read and turned into facts, with every problem met on the way.
pub struct Extracted {
    pub corpus: Corpus,
    pub lexicon: Option<Lexicon>,
    /// Facts from the articles, sorted by file then offset.
    pub facts: Vec<Fact>,
    /// Facts from the reference timeline.
    pub reference: Vec<Fact>,
    pub problems: Vec<Problem>,
}

impl Extracted {
    /// Whether any problem is an error (the run exits with 2).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }
}

/// Loads the lexicon from `rules`.
pub fn load_lexicon(rules: &RulesDir, root: &Path) -> Result<Lexicon, Vec<Problem>> {
    let path = rules.lexicon();
    let rel = display_path(&path, root);
    Lexicon::load(&path, &rel).map(|(l, _)| l)
}

fn display_path(path: &Path, root: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let rel = corpus::relative_path(path, &cwd);
    if Path::new(&rel).is_absolute() {
        corpus::relative_path(path, root)
    } else {
        rel
    }
}

/// Reads the corpus at `inputs`, the lexicon and the reference, and extracts all facts.
pub fn extract(inputs: &Inputs) -> Extracted {
    extract_with_drafts(inputs, &[], None)
}

/// Like [`extract`], with draft articles added to the corpus.
pub fn extract_with_drafts(
    inputs: &Inputs,
    drafts: &[PathBuf],
    draft_date: Option<date::Day>,
) -> Extracted {
    let mut problems = Vec::new();
    let paths = if inputs.paths.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        inputs.paths.clone()
    };
    let (config, config_dir) = match corpus::config::find(inputs.config.as_deref(), &paths[0]) {
        Ok(c) => c,
        Err(p) => {
            problems.push(p);
            (Config::default(), None)
        }
    };
    let root = corpus::corpus_root(&paths, config_dir.as_deref());
    let rules = RulesDir(
        inputs
            .rules
            .clone()
            .or(config.rules.clone())
            .unwrap_or_else(|| PathBuf::from("rules")),
    );
    let files = corpus::discover(&paths, &config, &mut problems);
    if files.is_empty() && drafts.is_empty() {
        let shown = paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        problems.push(
            Problem::warning("input::no-articles", shown, "no article was found").with_help(
                "check the paths, and the `include` and `exclude` globs of claimlint.ron",
            ),
        );
    }
    let mut corpus = corpus::load(&root, &files);
    problems.append(&mut corpus.problems);
    for path in drafts {
        let rel = path.display().to_string();
        let loaded = corpus::load_file(path, &rel);
        // A draft without a date takes the date it is checked for.
        let undated = loaded
            .article
            .as_ref()
            .is_some_and(|(m, _)| m.date.is_none());
        problems.extend(
            loaded
                .problems
                .into_iter()
                .filter(|p| !(undated && draft_date.is_some() && p.code == "header::undated")),
        );
        if let Some(source) = loaded.source {
            let id = corpus.sources.add(source);
            if let Some((mut meta, body)) = loaded.article {
                meta.date = meta.date.or(draft_date);
                corpus.articles.push(corpus::Article {
                    file: id,
                    meta,
                    body,
                });
            }
        }
    }
    let lexicon = match load_lexicon(&rules, &root) {
        Ok(l) => Some(l),
        Err(mut p) => {
            problems.append(&mut p);
            None
        }
    };
    let mut facts = Vec::new();
    let mut reference = Vec::new();
    if let Some(lexicon) = &lexicon {
        let prefilter = extract::prefilter::Prefilter::new();
        progress::ARTICLES_TOTAL.store(corpus.articles.len(), std::sync::atomic::Ordering::Relaxed);
        let per_article: Vec<Vec<Fact>> = corpus
            .articles
            .par_iter()
            .map(|a| {
                let facts = extract::extract_article(
                    a,
                    &corpus.sources.get(a.file).text,
                    lexicon,
                    &prefilter,
                );
                progress::ARTICLES_DONE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                facts
            })
            .collect();
        facts = per_article.into_iter().flatten().collect();
        let ref_path = rules.reference();
        match std::fs::read_to_string(&ref_path) {
            Ok(text) => {
                let rel = display_path(&ref_path, &root);
                let id = corpus.sources.add(SourceFile {
                    path: ref_path.clone(),
                    rel: rel.clone(),
                    text: text.into(),
                });
                let text = corpus.sources.get(id).text.clone();
                match reference::parse(text, &rel, id, lexicon) {
                    Ok(f) => reference = f,
                    Err(mut p) => problems.append(&mut p),
                }
            }
            Err(e) => problems.push(Problem::error(
                "reference::unreadable",
                ref_path.display().to_string(),
                format!("cannot read the reference timeline: {e}"),
            )),
        }
    }
    Extracted {
        corpus,
        lexicon,
        facts,
        reference,
        problems,
    }
}

/// Extracts the facts of one article given as bytes (a file's contents), with the problems its
/// header has. For tests, benchmarks and tools that hold articles in memory.
pub fn extract_bytes(
    bytes: Vec<u8>,
    rel: &str,
    lexicon: &Lexicon,
) -> (Vec<Fact>, SourceFile, Vec<Problem>) {
    let loaded = corpus::parse_article(bytes, Path::new(rel), rel);
    let source = loaded.source.unwrap_or_else(|| SourceFile {
        path: PathBuf::from(rel),
        rel: rel.to_string(),
        text: "".into(),
    });
    let facts = match loaded.article {
        Some((meta, body)) => {
            let article = corpus::Article {
                file: corpus::FileId(0),
                meta,
                body,
            };
            extract::extract_article(
                &article,
                &source.text,
                lexicon,
                &extract::prefilter::Prefilter::new(),
            )
        }
        None => Vec::new(),
    };
    (facts, source, loaded.problems)
}

/// A corpus checked against the rules: the extraction, every fact the rules saw (articles,
/// reference timeline, lexicon terms), and the findings.
pub struct Checked {
    pub extracted: Extracted,
    pub rules: Option<engine::RuleSet>,
    /// Article facts, then reference facts, then the lexicon's own facts; findings index into it.
    pub facts: Vec<Fact>,
    pub reference_file: Option<corpus::FileId>,
    pub lexicon_file: Option<corpus::FileId>,
    pub findings: Vec<engine::eval::Finding>,
    pub work: engine::eval::Work,
}

impl Checked {
    /// The world the rules ran over, for reporting and explanations.
    pub fn world(&self) -> Option<engine::eval::World<'_>> {
        let lexicon = self.extracted.lexicon.as_ref()?;
        let (r, l) = (self.reference_file, self.lexicon_file);
        Some(
            engine::eval::World::new(
                &self.facts,
                move |f| {
                    if Some(f) == r {
                        engine::Origin::Reference
                    } else if Some(f) == l {
                        engine::Origin::Lexicon
                    } else {
                        engine::Origin::Article
                    }
                },
                lexicon,
            )
            .with_dates(
                self.extracted
                    .corpus
                    .articles
                    .iter()
                    .filter_map(|a| a.meta.date.map(|d| (a.file, d))),
            ),
        )
    }

    /// Whether any problem is an error (the run exits with 2).
    pub fn has_errors(&self) -> bool {
        self.extracted.has_errors()
    }
}

/// Extracts the facts of `inputs` and evaluates the rules of the rules folder over them.
pub fn check(inputs: &Inputs) -> Checked {
    check_with_drafts(inputs, &[], None)
}

/// Like [`check`], with draft articles added (see [`extract_with_drafts`]).
pub fn check_with_drafts(
    inputs: &Inputs,
    drafts: &[PathBuf],
    draft_date: Option<date::Day>,
) -> Checked {
    let mut extracted = extract_with_drafts(inputs, drafts, draft_date);
    let rules_dir = rules_dir(inputs);
    let mut facts = std::mem::take(&mut extracted.facts);
    let article_facts = facts.len();
    let reference_file = extracted.reference.first().map(|f| f.file);
    facts.extend(extracted.reference.iter().cloned());
    let mut lexicon_file = None;
    let mut rules = None;
    if let Some(lexicon) = &extracted.lexicon {
        let id = extracted.corpus.sources.add(SourceFile {
            path: rules_dir.lexicon(),
            rel: lexicon.rel.clone(),
            text: lexicon.text.clone(),
        });
        lexicon_file = Some(id);
        facts.extend(engine::eval::lexicon_facts(lexicon, id));
        match engine::RuleSet::load(&rules_dir.0, lexicon) {
            Ok(r) => rules = Some(r),
            Err(mut p) => extracted.problems.append(&mut p),
        }
    }
    let mut checked = Checked {
        extracted,
        rules,
        facts,
        reference_file,
        lexicon_file,
        findings: Vec::new(),
        work: Default::default(),
    };
    // Restore the article facts for callers that list them.
    checked.extracted.facts = checked.facts[..article_facts].to_vec();
    if let (Some(rules), Some(world)) = (&checked.rules, checked.world()) {
        let (findings, work) = engine::eval::evaluate(rules, &world);
        checked.findings = findings;
        checked.work = work;
    }
    checked
}

/// The rules folder a run uses: `--rules`, else the configuration's, else `rules/`.
fn rules_dir(inputs: &Inputs) -> RulesDir {
    let paths = if inputs.paths.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        inputs.paths.clone()
    };
    let config = corpus::config::find(inputs.config.as_deref(), &paths[0])
        .ok()
        .map(|(c, _)| c);
    RulesDir(
        inputs
            .rules
            .clone()
            .or(config.and_then(|c| c.rules))
            .unwrap_or_else(|| PathBuf::from("rules")),
    )
}
