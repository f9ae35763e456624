//! claimlint: checks an archive of dated articles for claims that contradict each other.
//!
//! The pipeline is a chain of plain functions over plain data:
//! load the corpus ([`corpus`]) → extract facts ([`extract`]) with the [`lexicon`] → (rules,
//! later) → report. This crate is the library; the `claimlint` binary is a thin CLI over it.

// A `Problem` carries its source text for rendering; it is built only on the cold error path, so
// its size in `Result` costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

pub mod baseline;
pub mod cache;
pub mod corpus;
pub mod date;
pub mod diag;
pub mod editor;
pub mod engine;
pub mod eval;
pub mod extract;
pub mod fact;
pub mod hash;
pub mod lexicon;
pub mod progress;
pub mod recheck;
pub mod reference;
pub mod report;
pub mod ronfile;
pub mod ronspan;
pub mod shard;
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
    /// The facts cache.
    pub cache: cache::CacheDir,
    /// Keep every article's text in memory after extraction (for listing all facts); else
    /// it is read again only for the articles a report shows.
    pub keep_text: bool,
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
    /// How many articles the facts cache supplied, of how many read (when it is in use).
    pub cache_hits: Option<(usize, usize)>,
    /// The rules folder the run uses: `--rules`, else the configuration's, else `rules/`.
    pub rules: RulesDir,
    /// What the facts cache tells the rule step about the last run (when it is in use).
    pub recheck: Option<recheck::Pending>,
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
    let Setup {
        paths,
        config,
        root,
        rules,
        mut problems,
    } = Setup::new(inputs);
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
    let lexicon = load_lexicon(&rules, &root)
        .map_err(|mut p| problems.append(&mut p))
        .ok();
    let mut corpus = corpus::Corpus::empty(&root);
    let mut facts = Vec::new();
    let mut reference = Vec::new();
    let mut cache_hits = None;
    let mut recheck = None;
    match &lexicon {
        Some(lexicon) => {
            let hits;
            (facts, hits, recheck) =
                read_and_extract(&mut corpus, &files, lexicon, inputs, &mut problems);
            cache_hits = (inputs.cache != cache::CacheDir::Off).then_some((hits, files.len()));
        }
        // Without a lexicon nothing is extracted, but every article's header is still checked.
        None => {
            corpus = corpus::load(&root, &files);
            problems.append(&mut corpus.problems);
        }
    }
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
                let article = corpus::Article {
                    file: id,
                    meta,
                    body,
                };
                if let Some(lexicon) = &lexicon {
                    facts.extend(extract::extract_article(
                        &article,
                        corpus.sources.get(id).text(),
                        lexicon,
                        &extract::prefilter::Prefilter::new(),
                    ));
                }
                corpus.articles.push(article);
            }
        }
    }
    if let Some(lexicon) = &lexicon {
        reference = load_reference(&mut corpus, &rules, lexicon, &mut problems);
    }
    // Drafts are not in the cache: their findings are not kept for a re-check.
    if !drafts.is_empty() {
        recheck = None;
    }
    Extracted {
        corpus,
        lexicon,
        facts,
        reference,
        problems,
        cache_hits,
        rules,
        recheck,
    }
}

/// What every run works out first: the paths, the configuration, the corpus root and the
/// rules folder.
struct Setup {
    paths: Vec<PathBuf>,
    config: Config,
    root: PathBuf,
    rules: RulesDir,
    problems: Vec<Problem>,
}

impl Setup {
    fn new(inputs: &Inputs) -> Setup {
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
        Setup {
            paths,
            config,
            root,
            rules,
            problems,
        }
    }
}

/// Reads the reference timeline into `corpus` and returns its facts.
fn load_reference(
    corpus: &mut corpus::Corpus,
    rules: &RulesDir,
    lexicon: &Lexicon,
    problems: &mut Vec<Problem>,
) -> Vec<Fact> {
    let ref_path = rules.reference();
    match std::fs::read_to_string(&ref_path) {
        Ok(text) => {
            let rel = display_path(&ref_path, &corpus.root);
            let id =
                corpus
                    .sources
                    .add(SourceFile::new(ref_path.clone(), rel.clone(), text.into()));
            let text = corpus.sources.get(id).text_arc();
            match reference::parse(text, &rel, id, lexicon) {
                Ok(f) => f,
                Err(mut p) => {
                    problems.append(&mut p);
                    Vec::new()
                }
            }
        }
        Err(e) => {
            problems.push(Problem::error(
                "reference::unreadable",
                ref_path.display().to_string(),
                format!("cannot read the reference timeline: {e}"),
            ));
            Vec::new()
        }
    }
}

/// Facts made elsewhere (`claimlint facts --format json` over shards of a corpus) instead of
/// extracting the articles: the articles are looked for under the corpus root only when a
/// report shows them.
pub fn extract_from_facts(inputs: &Inputs, fact_files: &[PathBuf]) -> Extracted {
    let Setup {
        root,
        rules,
        mut problems,
        ..
    } = Setup::new(inputs);
    let lexicon = load_lexicon(&rules, &root)
        .map_err(|mut p| problems.append(&mut p))
        .ok();
    let mut corpus = corpus::Corpus::empty(&root);
    let mut facts = Vec::new();
    let mut reference = Vec::new();
    let cache_hits = None;
    if let Some(lexicon) = &lexicon {
        let (c, f, mut p) = shard::read(fact_files, &root, lexicon);
        (corpus, facts) = (c, f);
        problems.append(&mut p);
        reference = load_reference(&mut corpus, &rules, lexicon, &mut problems);
    }
    Extracted {
        corpus,
        lexicon,
        facts,
        reference,
        problems,
        cache_hits,
        rules,
        recheck: None,
    }
}

/// Evaluates the rules over facts made elsewhere (see [`extract_from_facts`]).
pub fn check_facts(inputs: &Inputs, fact_files: &[PathBuf]) -> Checked {
    check_extracted(extract_from_facts(inputs, fact_files))
}

/// One article file read (or found in the cache) and extracted.
struct FileOut {
    source: Option<SourceFile>,
    article: Option<(corpus::ArticleMeta, std::ops::Range<usize>)>,
    /// The facts, with `file` unset.
    facts: Vec<Fact>,
    /// The cache record to write, when the cache is in use and the article is clean.
    record: Option<cache::Record>,
    /// Taken from the cache unchanged.
    hit: bool,
    /// The content hash, when known.
    hash: Option<u64>,
    /// Found in the cache by its content, with a new time to record.
    restamped: bool,
    problems: Vec<Problem>,
}

/// Files extracted in parallel at a time: the facts of one batch are moved into the corpus's
/// before the next is read, so per-file results never pile up beside the whole.
const BATCH: usize = 4096;

/// Reads and extracts every file in parallel (each read at most once, none when the cache
/// vouches for it), adds them to `corpus` in the order of `files`, updates the cache, and
/// returns the facts sorted by file then offset, how many files the cache supplied, and what
/// changed since the cache was written (when it is in use).
fn read_and_extract(
    corpus: &mut corpus::Corpus,
    files: &[PathBuf],
    lexicon: &Lexicon,
    inputs: &Inputs,
    problems: &mut Vec<Problem>,
) -> (Vec<Fact>, usize, Option<recheck::Pending>) {
    use std::sync::atomic::Ordering::Relaxed;
    let cache = cache::Cache::open(&inputs.cache, &corpus.root, lexicon);
    let prefilter = extract::prefilter::Prefilter::new();
    progress::ARTICLES_TOTAL.store(files.len(), Relaxed);
    let root = corpus.root.clone();
    let mut facts = Vec::new();
    let mut records = Vec::new();
    let mut hits = 0;
    let mut restamped = false;
    let mut pending = cache.path().map(|p| recheck::Pending {
        path: p.with_extension("findings"),
        cache_key: cache.key(),
        before: cache.digest(),
        ..Default::default()
    });
    // Every article's path and content hash, while each is cacheable.
    let mut corpus_now: Option<Vec<(corpus::FileId, u64)>> = Some(Vec::with_capacity(files.len()));
    for batch in files.chunks(BATCH) {
        let outs: Vec<FileOut> = batch
            .par_iter()
            .map(|path| {
                let rel = corpus::relative_path(path, &root);
                let out = read_one(path, rel, lexicon, &prefilter, &cache, inputs.keep_text);
                progress::ARTICLES_DONE.fetch_add(1, Relaxed);
                out
            })
            .collect();
        for out in outs {
            problems.extend(out.problems);
            hits += usize::from(out.hit);
            restamped |= out.restamped;
            let cacheable = out.record.is_some();
            records.extend(out.record);
            let Some(source) = out.source else {
                corpus_now = None;
                continue;
            };
            let id = corpus.sources.add(source);
            if let Some(p) = &mut pending {
                match (cacheable, out.hash) {
                    (true, Some(h)) => corpus_now.iter_mut().for_each(|c| c.push((id, h))),
                    _ => corpus_now = None,
                }
                if !out.hit {
                    let rel = &corpus.sources.get(id).rel;
                    let old = cache.old_entry(rel, lexicon);
                    let date = out.article.as_ref().and_then(|(m, _)| m.date);
                    // An edit that changes no claim (a typo, a new paragraph of prose) leaves
                    // every finding as it was: only their places move, and those are read afresh.
                    // One that changes some claims in place touches only their keys.
                    let diff = old
                        .as_ref()
                        .filter(|e| e.meta.date == date)
                        .and_then(|e| recheck::differing(&e.facts, &out.facts));
                    match (diff, old) {
                        (Some(at), _) if at.is_empty() => {}
                        (Some(at), Some(e)) => {
                            p.old_facts.extend(at.iter().map(|&k| e.facts[k].clone()));
                            p.partial.insert(rel.clone(), at);
                            p.changed.insert(rel.clone());
                        }
                        (_, old) => {
                            p.old_facts.extend(old.map(|e| e.facts).unwrap_or_default());
                            p.changed.insert(rel.clone());
                        }
                    }
                }
            }
            if let Some((meta, body)) = out.article {
                corpus.articles.push(corpus::Article {
                    file: id,
                    meta,
                    body,
                });
            }
            facts.extend(out.facts.into_iter().map(|f| Fact { file: id, ..f }));
        }
    }
    if let Some(p) = &mut pending {
        // Deleted (or now unreadable) articles: what they held goes too.
        let seen: rustc_hash::FxHashSet<&str> = (0..corpus.sources.len())
            .map(|i| corpus.sources.get(corpus::FileId(i as u32)).rel.as_str())
            .collect();
        for rel in cache.rels().filter(|r| !seen.contains(*r)) {
            p.old_facts.extend(
                cache
                    .old_entry(rel, lexicon)
                    .map(|e| e.facts)
                    .unwrap_or_default(),
            );
        }
        p.after = corpus_now.map(|c| {
            cache::digest(
                c.iter()
                    .map(|&(id, h)| (corpus.sources.get(id).rel.as_str(), h)),
            )
        });
    }
    // Every record came from the cache, and the cache holds no other: nothing to write.
    let unchanged = !restamped && hits == records.len() && hits == cache.len();
    let written = if !cache.enabled() || unchanged {
        Ok(())
    } else {
        cache.write(records.iter())
    };
    if let Some(p) = &mut pending {
        p.cache_current = written.is_ok();
    }
    if let Err(e) = written {
        let shown = cache.path().map(|p| p.display().to_string());
        problems.push(
            Problem::warning(
                "cache::unwritable",
                shown.unwrap_or_default(),
                format!("cannot write the facts cache: {e}"),
            )
            .with_help("the check itself is complete; pass `--no-cache` to skip the cache"),
        );
    }
    (facts, hits, pending)
}

/// Reads one article (unless the cache vouches for it by size and time, or by content hash)
/// and extracts its facts.
fn read_one(
    path: &Path,
    rel: String,
    lexicon: &Lexicon,
    prefilter: &extract::prefilter::Prefilter,
    cache: &cache::Cache,
    keep_text: bool,
) -> FileOut {
    let mut out = FileOut {
        source: None,
        article: None,
        facts: Vec::new(),
        record: None,
        hit: false,
        hash: None,
        restamped: false,
        problems: Vec::new(),
    };
    let stat = std::fs::metadata(path).ok().map(|m| cache::Stamp::of(&m));
    if let Some((len, mtime)) = stat
        && !keep_text
        && let Some(hit) = cache.by_time(&rel, len, mtime, lexicon)
    {
        let e = hit.entry;
        out.source = Some(SourceFile::on_disk(
            path.to_path_buf(),
            rel,
            len,
            e.stamp.hash,
        ));
        out.article = Some((e.meta, e.body));
        out.facts = e.facts;
        out.record = Some(hit.record);
        out.hit = true;
        out.hash = Some(e.stamp.hash);
        return out;
    }
    let loaded = corpus::load_file(path, &rel);
    out.problems = loaded.problems;
    let Some(source) = loaded.source else {
        return out;
    };
    let text = source.text_arc();
    let len = text.len() as u64;
    let hash = (cache.enabled() || !keep_text).then(|| hash::fnv(text.as_bytes()));
    out.hash = hash;
    if let Some((meta, body)) = loaded.article {
        let cached = hash.and_then(|h| cache.by_hash(&rel, len, h, lexicon));
        out.facts = match cached {
            Some(hit) => {
                out.hit = true;
                out.restamped = hit.entry.stamp.mtime != stat.map_or(0, |(_, m)| m);
                if !out.restamped {
                    out.record = Some(hit.record);
                }
                hit.entry.facts
            }
            None => {
                let article = corpus::Article {
                    file: corpus::FileId(0),
                    meta: meta.clone(),
                    body: body.clone(),
                };
                extract::extract_article(&article, &text, lexicon, prefilter)
            }
        };
        // Only articles with a clean header are cached: the others are read every time, so
        // their problems are reported every time. A hit keeps its record unless its time moved.
        if let (None, true, true, Some(hash)) =
            (&out.record, cache.enabled(), out.problems.is_empty(), hash)
        {
            let stamp = cache::Stamp {
                len,
                mtime: stat.map_or(0, |(_, m)| m),
                hash,
            };
            out.record = Some(cache::Record::new(&rel, stamp, &meta, &body, &out.facts));
        }
        out.article = Some((meta, body));
    }
    // The text is let go unless asked for; a report reads it again, checked by its hash.
    out.source = Some(match hash {
        Some(h) if !keep_text && out.problems.is_empty() => {
            SourceFile::on_disk(path.to_path_buf(), rel, len, h)
        }
        _ => source,
    });
    out
}

/// Extracts the facts of one article given as bytes (a file's contents), with the problems its
/// header has. For tests, benchmarks and tools that hold articles in memory.
pub fn extract_bytes(
    bytes: Vec<u8>,
    rel: &str,
    lexicon: &Lexicon,
) -> (Vec<Fact>, SourceFile, Vec<Problem>) {
    let loaded = corpus::parse_article(bytes, Path::new(rel), rel);
    let source = loaded
        .source
        .unwrap_or_else(|| SourceFile::new(PathBuf::from(rel), rel.to_string(), "".into()));
    let facts = match loaded.article {
        Some((meta, body)) => {
            let article = corpus::Article {
                file: corpus::FileId(0),
                meta,
                body,
            };
            extract::extract_article(
                &article,
                source.text(),
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
    /// (`extracted.facts` is left empty: the article facts are moved here, not copied.)
    pub facts: Vec<Fact>,
    /// How many of `facts` come from articles.
    pub article_facts: usize,
    pub reference_file: Option<corpus::FileId>,
    pub lexicon_file: Option<corpus::FileId>,
    pub findings: Vec<engine::eval::Finding>,
    pub work: engine::eval::Work,
    /// Each rule's findings, work and time.
    pub stats: Vec<engine::eval::RuleStats>,
    /// How the last run's findings were reused, when they were.
    pub recheck: Option<recheck::Outcome>,
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
    check_extracted(extract_with_drafts(inputs, drafts, draft_date))
}

/// Evaluates the rules of the run's rules folder over what was extracted.
fn check_extracted(mut extracted: Extracted) -> Checked {
    let rules_dir = extracted.rules.clone();
    let mut facts = std::mem::take(&mut extracted.facts);
    let article_facts = facts.len();
    facts.reserve(extracted.reference.len() + 4096);
    let reference_file = extracted.reference.first().map(|f| f.file);
    facts.extend(extracted.reference.iter().cloned());
    let mut lexicon_file = None;
    let mut rules = None;
    if let Some(lexicon) = &extracted.lexicon {
        let id = extracted.corpus.sources.add(SourceFile::new(
            rules_dir.lexicon(),
            lexicon.rel.clone(),
            lexicon.text.clone(),
        ));
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
        stats: Vec::new(),
        article_facts,
        recheck: None,
    };
    if let (Some(rules), Some(world)) = (&checked.rules, checked.world()) {
        let (findings, stats) = match (&checked.extracted.recheck, &checked.extracted.lexicon) {
            (Some(pending), Some(lexicon)) => {
                let step = recheck::Step {
                    pending,
                    rules,
                    world: &world,
                    lexicon,
                    corpus: &checked.extracted.corpus,
                    reference: checked.reference_file,
                    reference_text: checked
                        .reference_file
                        .map(|f| checked.extracted.corpus.sources.get(f).text()),
                    lexicon_file: checked.lexicon_file,
                };
                let (findings, stats, outcome) = step.evaluate();
                checked.recheck = outcome;
                (findings, stats)
            }
            _ => engine::eval::evaluate_with_stats(rules, &world),
        };
        checked.findings = findings;
        for s in &stats {
            checked.work.candidates += s.work.candidates;
            checked.work.probes += s.work.probes;
        }
        checked.stats = stats;
    }
    checked
}
