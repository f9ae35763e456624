//! `claimlint facts`: the facts as an aligned table or as JSON lines (schema 1).

use crate::corpus::{Article, SourceMap};
use crate::fact::{Claim, Fact, PersonRef};
use crate::lexicon::Lexicon;
use serde::Serialize;
use std::collections::HashMap;

/// The JSON form of a fact (`"schema": 1`). External tools build on it: change it only by
/// raising the version.
#[derive(Serialize)]
pub struct FactJson<'a> {
    pub schema: u32,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approx: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    pub when: Option<WhenJson>,
    pub modality: &'static str,
    /// "then-", "former", "late": the claim is about a time other than the article's.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub shifted: bool,
    pub source: SourceJson<'a>,
    pub sentence: RangeJson,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<ArticleJson<'a>>,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct WhenJson {
    pub from: Option<String>,
    pub to: Option<String>,
    pub precision: crate::date::Precision,
}

/// Where a claim stands in its file: the path relative to the corpus root, the byte range, and
/// 1-based lines and columns (columns in characters).
#[derive(Serialize)]
pub struct SourceJson<'a> {
    pub path: &'a str,
    pub offset: u32,
    pub length: u32,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl<'a> SourceJson<'a> {
    pub fn new(file: &'a crate::corpus::SourceFile, span: std::ops::Range<u32>) -> Self {
        let (line, column) = file.line_col(span.start as usize);
        let (end_line, end_column) = file.line_col(span.end as usize);
        SourceJson {
            path: &file.rel,
            offset: span.start,
            length: span.end - span.start,
            line,
            column,
            end_line,
            end_column,
        }
    }
}

#[derive(Serialize)]
pub struct RangeJson {
    pub offset: u32,
    pub length: u32,
}

#[derive(Serialize)]
pub struct ArticleJson<'a> {
    pub publication: Option<&'a str>,
    pub volume: Option<&'a str>,
    pub issue: Option<&'a str>,
    pub date: Option<String>,
    pub title: Option<&'a str>,
}

/// Names a fact's fields for output.
pub struct Namer<'a> {
    pub lexicon: &'a Lexicon,
}

impl<'a> Namer<'a> {
    pub fn person(&self, p: &'a PersonRef) -> &'a str {
        match p {
            PersonRef::Known(id) => &self.lexicon.person(*id).name,
            PersonRef::Named(n) => n,
        }
    }

    /// The JSON form of `fact`.
    pub fn json(
        &self,
        fact: &'a Fact,
        sources: &'a SourceMap,
        articles: &HashMap<crate::corpus::FileId, &'a Article>,
    ) -> FactJson<'a> {
        let lex = self.lexicon;
        let file = sources.get(fact.file);
        let mut j = FactJson {
            schema: 1,
            kind: fact.claim.kind(),
            event: None,
            state: None,
            org: None,
            counts: None,
            person: None,
            role: None,
            subject: None,
            value: None,
            approx: None,
            unit: None,
            when: fact.when.map(|w| WhenJson {
                from: w.from.map(|d| d.to_string()),
                to: w.to.map(|d| d.to_string()),
                precision: w.precision,
            }),
            modality: fact.modality.as_str(),
            shifted: fact.shifted,
            source: SourceJson::new(file, fact.span.clone()),
            sentence: RangeJson {
                offset: fact.sentence.start,
                length: fact.sentence.end - fact.sentence.start,
            },
            article: articles.get(&fact.file).map(|a| ArticleJson {
                publication: a.meta.publication.as_deref(),
                volume: a.meta.volume.as_deref(),
                issue: a.meta.issue.as_deref(),
                date: a.meta.date.map(|d| d.to_string()),
                title: a.meta.title.as_deref(),
            }),
            text: &file.text()[fact.span.start as usize..fact.span.end as usize],
        };
        match &fact.claim {
            Claim::Membership { event, state, org } => {
                j.event = Some(event.as_str());
                j.state = state.map(|s| lex.state(s).id.as_str());
                j.org = Some(&lex.org(*org).id);
            }
            Claim::Count { org, value, counts } => {
                j.org = Some(&lex.org(*org).id);
                j.value = Some(u64::from(*value));
                j.counts = Some(counts.as_str());
            }
            Claim::Quantity {
                subject,
                value,
                approx,
                unit,
            } => {
                j.subject = Some(&lex.subject(*subject).id);
                j.value = Some(*value);
                j.approx = Some(*approx);
                j.unit = Some(unit.as_str());
            }
            Claim::Office {
                person,
                role,
                state,
            } => {
                j.person = Some(self.person(person));
                j.role = Some(role.as_str());
                j.state = Some(&lex.state(*state).id);
            }
        }
        j
    }

    /// The "what" column of the table: the event, or the count, quantity or office.
    pub fn what(&self, fact: &Fact) -> String {
        let lex = self.lexicon;
        match &fact.claim {
            Claim::Membership { event, .. } => event.as_str().to_string(),
            Claim::Count { value, counts, .. } => format!("{value} {}", counts.as_str()),
            Claim::Quantity {
                subject,
                value,
                approx,
                unit,
            } => {
                format!(
                    "{}{value} {} ({})",
                    if *approx { "~" } else { "" },
                    unit.as_str(),
                    lex.subject(*subject).id
                )
            }
            Claim::Office { person, role, .. } => {
                format!("{} {}", role.as_str(), self.person(person))
            }
        }
    }
}

/// Writes facts as JSON lines.
pub fn write_json(
    out: &mut impl std::io::Write,
    facts: &[Fact],
    sources: &SourceMap,
    articles: &[Article],
    lexicon: &Lexicon,
) -> std::io::Result<()> {
    let by_file: HashMap<_, _> = articles.iter().map(|a| (a.file, a)).collect();
    let namer = Namer { lexicon };
    for f in facts {
        serde_json::to_writer(&mut *out, &namer.json(f, sources, &by_file))?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes facts as an aligned table, one row per fact.
pub fn write_table(
    out: &mut impl std::io::Write,
    facts: &[Fact],
    sources: &SourceMap,
    lexicon: &Lexicon,
) -> std::io::Result<()> {
    let namer = Namer { lexicon };
    let mut rows = vec![
        [
            "LOCATION", "KIND", "EVENT", "STATE", "ORG", "WHEN", "MODALITY",
        ]
        .map(String::from),
    ];
    for f in facts {
        let file = sources.get(f.file);
        let (line, col) = file.line_col(f.span.start as usize);
        let (state, org) = match &f.claim {
            Claim::Membership { state, org, .. } => (
                state.map(|s| lexicon.state(s).id.clone()),
                Some(lexicon.org(*org).id.clone()),
            ),
            Claim::Count { org, .. } => (None, Some(lexicon.org(*org).id.clone())),
            Claim::Office { state, .. } => (Some(lexicon.state(*state).id.clone()), None),
            Claim::Quantity { .. } => (None, None),
        };
        rows.push([
            format!("{}:{line}:{col}", file.rel),
            f.claim.kind().to_string(),
            namer.what(f),
            state.unwrap_or_else(|| "-".into()),
            org.unwrap_or_else(|| "-".into()),
            f.when.map_or_else(|| "-".into(), |w| w.notation()),
            f.modality.as_str().to_string(),
        ]);
    }
    let widths: Vec<usize> = (0..7)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    for r in rows {
        let line: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(c, v)| {
                if c == 6 {
                    v.clone()
                } else {
                    format!("{v:<w$}", w = widths[c])
                }
            })
            .collect();
        writeln!(out, "{}", line.join("  ").trim_end())?;
    }
    Ok(())
}
