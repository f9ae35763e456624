//! Incremental re-checks: the last run's findings are kept beside the facts cache, so that a
//! re-check after an edit works out again only the rule keys the changed articles touch (see
//! [`engine::eval::partition`]) and keeps every other finding as it was.
//!
//! The findings file (`<cache>.findings`) names each fact by its article path and its place
//! among that article's facts (the facts cache holds the same facts in the same order while the
//! article is unchanged). It is trusted only when its key matches the rules, the reference
//! timeline, the lexicon and the program, and its corpus digest matches the facts cache the run
//! started from; anything else, including a file that does not parse or names a fact that is
//! not there, means a full evaluation. It is written, atomically, only after the facts cache was
//! (or did not need to be), so the two always describe the same corpus.

use crate::corpus::{Corpus, FileId};
use crate::engine::eval::{Finding, Scope, World};
use crate::engine::{Origin, RuleSet};
use crate::fact::Fact;
use crate::lexicon::Lexicon;
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::PathBuf;

/// Bump when the stored form or the meaning of a finding changes.
const FORMAT: u32 = 1;

/// What a run that used the facts cache learnt for the rule step.
#[derive(Debug, Default)]
pub struct Pending {
    /// Where the findings are kept.
    pub path: PathBuf,
    /// The facts cache's key (lexicon, grammar, program).
    pub cache_key: u64,
    /// The corpus as the facts cache held it when the run started.
    pub before: u64,
    /// The corpus now, when every article could be cached (else nothing is kept).
    pub after: Option<u64>,
    /// Whether the facts cache now describes the corpus (written, or unchanged).
    pub cache_current: bool,
    /// Articles whose facts were extracted afresh (edited or new).
    pub changed: FxHashSet<String>,
    /// Of those, the ones whose facts still line up one to one with what they were, with the
    /// positions that differ: only those facts' keys are worked out again.
    pub partial: FxHashMap<String, Vec<usize>>,
    /// What the edited and the deleted articles held before.
    pub old_facts: Vec<Fact>,
}

/// Whether two versions of an article's facts (in article order) say the same to the rules:
/// the same claims, times, modalities and "then-" marks, grouped into sentences the same way,
/// wherever they now stand in the text.
pub fn same_claims(old: &[Fact], new: &[Fact]) -> bool {
    differing(old, new).is_some_and(|d| d.is_empty())
}

/// Where two versions of an article's facts differ to the rules (claim, time, modality,
/// "then-" mark), when they line up one to one: as many facts, grouped into sentences the same
/// way. `None` when they do not line up (a claim added or removed).
pub fn differing(old: &[Fact], new: &[Fact]) -> Option<Vec<usize>> {
    let pairs = || old.iter().zip(new);
    let aligned = old.len() == new.len()
        && pairs().zip(pairs().skip(1)).all(|((a0, b0), (a1, b1))| {
            (a0.sentence == a1.sentence) == (b0.sentence == b1.sentence)
        });
    aligned.then(|| {
        pairs()
            .enumerate()
            .filter(|(_, (a, b))| {
                a.claim != b.claim
                    || a.when != b.when
                    || a.modality != b.modality
                    || a.shifted != b.shifted
            })
            .map(|(k, _)| k)
            .collect()
    })
}

/// How a re-check went, for `--stats`.
#[derive(Debug, Default, Clone, Copy)]
pub struct Outcome {
    /// Findings kept from the last run.
    pub kept: usize,
    /// Rules worked out again for changed keys only, and those keys.
    pub keyed_rules: usize,
    pub keys: usize,
    /// Rules worked out again whole.
    pub whole_rules: usize,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Stored {
    format: u32,
    key: u64,
    corpus: u64,
    findings: Vec<StoredFinding>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredFinding {
    rule: String,
    case: usize,
    bindings: Vec<(String, FactRef)>,
    others: usize,
    message: String,
    values: Vec<(String, String)>,
}

/// A fact named so that it survives a re-check: an article's by its path and place.
#[derive(serde::Serialize, serde::Deserialize, Clone, PartialEq, Eq, Hash)]
enum FactRef {
    Article(String, usize),
    Reference(usize),
    Lexicon(usize),
}

/// The facts of a world by their sources, both ways.
struct Places<'a> {
    /// Each file's first fact and count.
    blocks: FxHashMap<FileId, (usize, usize)>,
    by_rel: FxHashMap<&'a str, FileId>,
    reference: Option<FileId>,
    lexicon: Option<FileId>,
    corpus: &'a Corpus,
}

impl<'a> Places<'a> {
    fn new(
        corpus: &'a Corpus,
        facts: &[Fact],
        reference: Option<FileId>,
        lexicon: Option<FileId>,
    ) -> Places<'a> {
        let mut blocks: FxHashMap<FileId, (usize, usize)> = FxHashMap::default();
        for (i, f) in facts.iter().enumerate() {
            blocks.entry(f.file).or_insert((i, 0)).1 += 1;
        }
        let by_rel = corpus
            .articles
            .iter()
            .map(|a| (corpus.sources.get(a.file).rel.as_str(), a.file))
            .collect();
        Places {
            blocks,
            by_rel,
            reference,
            lexicon,
            corpus,
        }
    }

    fn name(&self, i: usize, facts: &[Fact]) -> Option<FactRef> {
        let file = facts.get(i)?.file;
        let (start, _) = *self.blocks.get(&file)?;
        Some(if Some(file) == self.reference {
            FactRef::Reference(i - start)
        } else if Some(file) == self.lexicon {
            FactRef::Lexicon(i - start)
        } else {
            FactRef::Article(self.corpus.sources.get(file).rel.clone(), i - start)
        })
    }

    /// The facts of the article at `rel`.
    fn article_facts(&self, rel: &str) -> Option<std::ops::Range<usize>> {
        let (start, len) = *self.blocks.get(self.by_rel.get(rel)?)?;
        Some(start..start + len)
    }

    fn find(&self, r: &FactRef) -> Option<usize> {
        let (file, k) = match r {
            FactRef::Article(rel, k) => (*self.by_rel.get(rel.as_str())?, *k),
            FactRef::Reference(k) => (self.reference?, *k),
            FactRef::Lexicon(k) => (self.lexicon?, *k),
        };
        let (start, len) = *self.blocks.get(&file)?;
        (k < len).then_some(start + k)
    }
}

/// The key of the stored findings: the facts cache's, and the rules and reference they came
/// from.
fn key(cache_key: u64, rules: &RuleSet, reference: Option<&str>) -> u64 {
    let mut h = crate::hash::Fnv::default();
    h.write(&cache_key.to_le_bytes());
    h.write(&FORMAT.to_le_bytes());
    for r in &rules.rules {
        h.write(r.rel.as_bytes());
        h.write(&[0]);
        h.write(r.text.as_bytes());
        h.write(&[0]);
    }
    h.write(reference.unwrap_or_default().as_bytes());
    h.finish()
}

/// Everything the rule step needs to evaluate incrementally.
pub struct Step<'a> {
    pub pending: &'a Pending,
    pub rules: &'a RuleSet,
    pub world: &'a World<'a>,
    pub lexicon: &'a Lexicon,
    pub corpus: &'a Corpus,
    pub reference: Option<FileId>,
    pub reference_text: Option<&'a str>,
    pub lexicon_file: Option<FileId>,
}

impl Step<'_> {
    /// Evaluates the rules, keeping what the last run found for unchanged keys when its
    /// findings can be trusted, and stores the findings for the next run. Falls back to a
    /// full evaluation whenever anything does not fit.
    pub fn evaluate(
        &self,
    ) -> (
        Vec<Finding>,
        Vec<crate::engine::eval::RuleStats>,
        Option<Outcome>,
    ) {
        let facts = self.world.facts;
        let places = Places::new(self.corpus, facts, self.reference, self.lexicon_file);
        let key = key(self.pending.cache_key, self.rules, self.reference_text);
        let incremental = self.previous(key).and_then(|stored| {
            let changed: Vec<usize> = self
                .pending
                .changed
                .iter()
                .filter_map(|rel| {
                    let facts = places.article_facts(rel)?;
                    Some(match self.pending.partial.get(rel) {
                        // Only the facts that differ: the others keep their keys.
                        Some(at) => at.iter().map(|k| facts.start + k).collect::<Vec<_>>(),
                        None => facts.collect(),
                    })
                })
                .flatten()
                .collect();
            let old = World::new(&self.pending.old_facts, |_| Origin::Article, self.lexicon);
            let scope = Scope::new(self.rules, self.world, &changed, &old);
            let kept = self.kept(stored, &scope, &places)?;
            let (mut findings, stats) =
                crate::engine::eval::evaluate_scoped(self.rules, self.world, Some(&scope));
            let outcome = Outcome {
                kept: kept.len(),
                keyed_rules: scope.rules.iter().flatten().count(),
                keys: scope.rules.iter().flatten().map(|k| k.len()).sum(),
                whole_rules: scope.rules.iter().filter(|k| k.is_none()).count(),
            };
            findings.extend(kept);
            crate::engine::eval::sort_findings(&mut findings, self.world);
            Some((findings, stats, Some(outcome)))
        });
        let (findings, stats, outcome) = incremental.unwrap_or_else(|| {
            let (f, s) = crate::engine::eval::evaluate_with_stats(self.rules, self.world);
            (f, s, None)
        });
        if let (Some(after), true) = (self.pending.after, self.pending.cache_current) {
            // Best effort: without it the next run evaluates everything.
            let _ = self.store(&findings, key, after, &places);
        }
        (findings, stats, outcome)
    }

    /// The last run's findings, if they can be trusted.
    fn previous(&self, key: u64) -> Option<Vec<StoredFinding>> {
        let bytes = std::fs::read(&self.pending.path).ok()?;
        let stored: Stored = serde_json::from_slice(&bytes).ok()?;
        (stored.format == FORMAT && stored.key == key && stored.corpus == self.pending.before)
            .then_some(stored.findings)
    }

    /// The stored findings that `scope` keeps, with their facts found again. A finding whose
    /// primary is gone (its article was deleted or changed) is dropped, as its key changed;
    /// `None` when a kept finding names a fact that is not there (the file cannot be trusted).
    fn kept(
        &self,
        stored: Vec<StoredFinding>,
        scope: &Scope,
        places: &Places<'_>,
    ) -> Option<Vec<Finding>> {
        let rule_of: FxHashMap<&str, usize> = self
            .rules
            .rules
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        let mut out = Vec::new();
        for f in stored {
            let rule = *rule_of.get(f.rule.as_str())?;
            let case = self.rules.rules[rule].cases.get(f.case)?;
            if f.bindings.len() != case.patterns.len() {
                return None;
            }
            let Some(primary) = places.find(&f.bindings[0].1) else {
                continue;
            };
            if !scope.keeps(self.rules, self.world, rule, f.case, primary) {
                continue;
            }
            let bindings = f
                .bindings
                .into_iter()
                .map(|(name, r)| Some((name, places.find(&r)?)))
                .collect::<Option<Vec<_>>>()?;
            out.push(Finding {
                rule,
                case: f.case,
                bindings,
                others: f.others,
                message: f.message,
                values: f.values,
            });
        }
        Some(out)
    }

    fn store(
        &self,
        findings: &[Finding],
        key: u64,
        corpus: u64,
        places: &Places<'_>,
    ) -> std::io::Result<()> {
        let facts = self.world.facts;
        let findings = findings
            .iter()
            .map(|f| {
                let bindings = f
                    .bindings
                    .iter()
                    .map(|(name, i)| Some((name.clone(), places.name(*i, facts)?)))
                    .collect::<Option<Vec<_>>>()?;
                Some(StoredFinding {
                    rule: self.rules.rules[f.rule].id.clone(),
                    case: f.case,
                    bindings,
                    others: f.others,
                    message: f.message.clone(),
                    values: f.values.clone(),
                })
            })
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| std::io::Error::other("a finding names a fact with no place"))?;
        let stored = Stored {
            format: FORMAT,
            key,
            corpus,
            findings,
        };
        let bytes = serde_json::to_vec(&stored).map_err(std::io::Error::other)?;
        crate::cache::write_atomic(&self.pending.path, &bytes)
    }
}
