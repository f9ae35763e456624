//! Facts made elsewhere: `claimlint facts --format json` output read back, so extraction can
//! run as a map step over shards of a corpus on other machines and only the fact files meet for
//! the rule step (`claimlint check --facts FILE...`).
//!
//! Names are resolved through the lexicon, which must be the one the facts were made with. Each
//! article is found under the corpus root when a report shows it, and used if every claim's
//! text stands at its offset; otherwise the report shows a stand-in built from the claims.

use crate::corpus::{Article, ArticleMeta, Corpus, FileId, SourceFile};
use crate::date::{Day, Interval, Precision};
use crate::diag::Problem;
use crate::fact::{Claim, Counted, Event, Fact, Modality, PersonRef};
use crate::lexicon::{Lexicon, PersonId, Role, Unit};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Deserialize)]
struct FactIn {
    schema: u32,
    kind: String,
    event: Option<String>,
    state: Option<String>,
    org: Option<String>,
    counts: Option<String>,
    person: Option<String>,
    role: Option<String>,
    subject: Option<String>,
    value: Option<u64>,
    approx: Option<bool>,
    unit: Option<String>,
    when: Option<WhenIn>,
    modality: String,
    #[serde(default)]
    shifted: bool,
    source: SourceIn,
    sentence: RangeIn,
    article: Option<ArticleIn>,
    text: String,
}

#[derive(Deserialize)]
struct WhenIn {
    from: Option<String>,
    to: Option<String>,
    precision: Precision,
}

#[derive(Deserialize)]
struct SourceIn {
    path: String,
    offset: u32,
    length: u32,
    line: u32,
}

#[derive(Deserialize)]
struct RangeIn {
    offset: u32,
    length: u32,
}

#[derive(Deserialize)]
struct ArticleIn {
    publication: Option<String>,
    volume: Option<String>,
    issue: Option<String>,
    date: Option<String>,
    title: Option<String>,
}

/// One article's facts as read, in file order.
struct ArticleFacts {
    meta: ArticleMeta,
    facts: Vec<Fact>,
    claims: Vec<(u32, u32, Arc<str>)>,
    len: u32,
}

/// Reads fact files into a corpus whose articles live (for reports) under `root`, and the
/// facts, sorted by file (files in path order, as a walk of the corpus gives them) then in the
/// order each article's facts were written. An article found in two fact files is taken from
/// the first, with a warning.
pub fn read(
    files: &[PathBuf],
    root: &Path,
    lexicon: &Lexicon,
) -> (Corpus, Vec<Fact>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut articles: BTreeMap<PathBuf, ArticleFacts> = BTreeMap::new();
    for file in files {
        let shown = file.display().to_string();
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Problem::error(
                    "facts::unreadable",
                    shown,
                    format!("cannot read the fact file: {e}"),
                ));
                continue;
            }
        };
        // Articles this file already gave facts for: more lines for them continue them.
        let mut mine: std::collections::HashSet<PathBuf> = Default::default();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let bad = |msg: String| {
                Problem::error("facts::bad-line", format!("{shown}:{}", n + 1), msg)
                    .with_help("fact files are the output of `claimlint facts --format json`")
            };
            let parsed: FactIn = match serde_json::from_str(line) {
                Ok(f) => f,
                Err(e) => {
                    problems.push(bad(format!("not a fact: {e}")));
                    continue;
                }
            };
            let key = PathBuf::from(&parsed.source.path);
            if articles.contains_key(&key) && !mine.contains(&key) {
                problems.push(Problem::warning(
                    "facts::duplicate-article",
                    format!("{shown}:{}", n + 1),
                    format!(
                        "`{}` already has facts from an earlier fact file; these are ignored",
                        parsed.source.path
                    ),
                ));
                continue;
            }
            let fact = match to_fact(&parsed, lexicon) {
                Ok(f) => f,
                Err(msg) => {
                    problems.push(bad(msg));
                    continue;
                }
            };
            mine.insert(key.clone());
            let entry = articles.entry(key).or_insert_with(|| ArticleFacts {
                meta: meta(parsed.article.as_ref()),
                facts: Vec::new(),
                claims: Vec::new(),
                len: 0,
            });
            let end = (parsed.source.offset + parsed.source.length)
                .max(parsed.sentence.offset + parsed.sentence.length);
            entry.len = entry.len.max(end);
            entry.claims.push((
                parsed.source.offset,
                parsed.source.line,
                parsed.text.as_str().into(),
            ));
            entry.facts.push(fact);
        }
    }
    let mut corpus = Corpus::empty(root);
    let mut facts = Vec::new();
    for (rel, a) in articles {
        let rel_s = rel.to_string_lossy().into_owned();
        let id: FileId = corpus.sources.add(SourceFile::from_claims(
            root.join(&rel),
            rel_s,
            a.claims,
            a.len,
        ));
        corpus.articles.push(Article {
            file: id,
            meta: a.meta,
            body: 0..a.len as usize,
        });
        facts.extend(a.facts.into_iter().map(|f| Fact { file: id, ..f }));
    }
    (corpus, facts, problems)
}

/// The value of `all` whose name is `s`.
fn named<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str, s: &str) -> Option<T> {
    all.iter().copied().find(|&x| name(x) == s)
}

fn meta(a: Option<&ArticleIn>) -> ArticleMeta {
    let Some(a) = a else {
        return ArticleMeta::default();
    };
    ArticleMeta {
        publication: a.publication.clone(),
        volume: a.volume.clone(),
        issue: a.issue.clone(),
        date: a.date.as_deref().and_then(Day::parse_iso),
        title: a.title.clone(),
        author: None,
    }
}

/// The fact a line describes, with its names resolved through the lexicon.
fn to_fact(f: &FactIn, lexicon: &Lexicon) -> Result<Fact, String> {
    if f.schema != 1 {
        return Err(format!(
            "schema {} is not one this claimlint reads (1)",
            f.schema
        ));
    }
    let need = |v: &Option<String>, what: &str| {
        v.clone()
            .ok_or_else(|| format!("a {} fact needs `{what}`", f.kind))
    };
    let state = |id: &str| {
        lexicon
            .state_by_id(id)
            .ok_or_else(|| format!("the lexicon has no state `{id}`"))
    };
    let org = |id: &str| {
        lexicon
            .org_by_id(id)
            .ok_or_else(|| format!("the lexicon has no organisation `{id}`"))
    };
    let claim = match f.kind.as_str() {
        "membership" => {
            let e = need(&f.event, "event")?;
            Claim::Membership {
                event: Event::parse(&e).ok_or_else(|| format!("unknown event `{e}`"))?,
                state: f.state.as_deref().map(state).transpose()?,
                org: org(&need(&f.org, "org")?)?,
            }
        }
        "count" => {
            let c = need(&f.counts, "counts")?;
            Claim::Count {
                org: org(&need(&f.org, "org")?)?,
                value: f
                    .value
                    .and_then(|v| u32::try_from(v).ok())
                    .ok_or("a count fact needs a `value`")?,
                counts: named(&Counted::ALL, |x| x.as_str(), &c)
                    .ok_or_else(|| format!("unknown count kind `{c}`"))?,
            }
        }
        "quantity" => {
            let s = need(&f.subject, "subject")?;
            let u = need(&f.unit, "unit")?;
            Claim::Quantity {
                subject: lexicon
                    .subject_by_id(&s)
                    .ok_or_else(|| format!("the lexicon has no quantity subject `{s}`"))?,
                value: f.value.ok_or("a quantity fact needs a `value`")?,
                approx: f.approx.unwrap_or(false),
                unit: named(&Unit::ALL, |x| x.as_str(), &u)
                    .ok_or_else(|| format!("unknown unit `{u}`"))?,
            }
        }
        "office" => {
            let p = need(&f.person, "person")?;
            let r = need(&f.role, "role")?;
            let known = lexicon
                .person_by_name(&p)
                .filter(|id: &PersonId| lexicon.person(*id).name == p);
            Claim::Office {
                person: known.map_or_else(|| PersonRef::Named(p.as_str().into()), PersonRef::Known),
                role: named(&Role::ALL, |x| x.as_str(), &r)
                    .ok_or_else(|| format!("unknown role `{r}`"))?,
                state: state(&need(&f.state, "state")?)?,
            }
        }
        other => return Err(format!("unknown kind `{other}`")),
    };
    let day = |d: &Option<String>| -> Result<Option<Day>, String> {
        d.as_deref()
            .map(|s| Day::parse_iso(s).ok_or_else(|| format!("`{s}` is not a date")))
            .transpose()
    };
    let when = match &f.when {
        Some(w) => Some(Interval {
            from: day(&w.from)?,
            to: day(&w.to)?,
            precision: w.precision,
        }),
        None => None,
    };
    let modality = named(&Modality::ALL, |m| m.as_str(), &f.modality)
        .ok_or_else(|| format!("unknown modality `{}`", f.modality))?;
    if f.text.len() != f.source.length as usize {
        return Err("the claim's `text` is not `length` bytes long".into());
    }
    Ok(Fact {
        claim,
        when,
        modality,
        file: FileId(0),
        span: f.source.offset..f.source.offset + f.source.length,
        sentence: f.sentence.offset..f.sentence.offset + f.sentence.length,
        shifted: f.shifted,
    })
}
