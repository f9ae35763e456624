//! Findings for people (miette diagnostics that point into every article involved) and for
//! machines (JSON lines), with the fingerprint that identifies a finding across edits.

use crate::Checked;
use crate::corpus::SourceMap;
use crate::diag::ArcStr;
use crate::engine::eval::{Finding, World};
use crate::engine::{Rule, Severity};
use crate::fact::Fact;
use miette::{Diagnostic, LabeledSpan, NamedSource, SourceSpan};
use serde::Serialize;
use std::fmt;

/// A finding made ready to show: the rule, the message, and each involved claim with its label.
pub struct Shown<'a> {
    pub finding: &'a Finding,
    pub rule: &'a Rule,
    pub fingerprint: String,
    /// (binding name, fact, label), the primary first.
    pub claims: Vec<(&'a str, &'a Fact, String)>,
}

/// Prepares every finding of a checked corpus for output, in the engine's order.
pub fn shown(checked: &Checked) -> Vec<Shown<'_>> {
    let Some(rules) = &checked.rules else {
        return Vec::new();
    };
    let Some(world) = checked.world() else {
        return Vec::new();
    };
    // Each file's facts lie together (articles' facts are sorted by file): the fingerprint's
    // ordinal looks only at its own file's. A file whose facts were scattered gets the span
    // from its first to its last, which still holds all of them.
    let mut by_file: std::collections::HashMap<crate::corpus::FileId, std::ops::Range<usize>> =
        std::collections::HashMap::new();
    for (i, f) in checked.facts.iter().enumerate() {
        let r = by_file.entry(f.file).or_insert(i..i + 1);
        r.end = i + 1;
    }
    checked
        .findings
        .iter()
        .map(|f| {
            let rule = &rules.rules[f.rule];
            let claims = f
                .bindings
                .iter()
                .map(|(name, i)| {
                    let label = rule.labels.get(name).map_or_else(String::new, |t| {
                        crate::engine::render_template(t, &|v| {
                            f.values
                                .iter()
                                .find(|(n, _)| n == v)
                                .map(|(_, x)| x.clone())
                                .or_else(|| binding_value(f, &world, v))
                        })
                    });
                    (name.as_str(), &checked.facts[*i], label)
                })
                .collect();
            Shown {
                finding: f,
                rule,
                fingerprint: fingerprint(
                    rule,
                    &checked.facts[f.bindings[0].1],
                    by_file
                        .get(&checked.facts[f.bindings[0].1].file)
                        .map_or(&[][..], |r| &checked.facts[r.clone()]),
                    &checked.extracted.corpus.sources,
                    world.lexicon,
                ),
                claims,
            }
        })
        .collect()
}

fn binding_value(f: &Finding, world: &World<'_>, name: &str) -> Option<String> {
    let (_, i) = f.bindings.iter().find(|(b, _)| b == name)?;
    match world.facts[*i].claim {
        crate::fact::Claim::Quantity { value, .. } => {
            Some(crate::engine::eval::group_digits(value))
        }
        crate::fact::Claim::Count { value, .. } => Some(value.to_string()),
        _ => None,
    }
}

/// The fingerprint of a finding: the rule, the offending claim's path, its canonical fields,
/// its normalised text and its ordinal among identical claims in that article — not line
/// numbers and not the witnesses, so it survives edits elsewhere and new witnesses.
/// `facts` must hold every fact of the primary's file (others are ignored).
pub fn fingerprint(
    rule: &Rule,
    primary: &Fact,
    facts: &[Fact],
    sources: &SourceMap,
    lexicon: &crate::lexicon::Lexicon,
) -> String {
    let file = sources.get(primary.file);
    let text_of = |f: &Fact| {
        normalise(&sources.get(f.file).text()[f.span.start as usize..f.span.end as usize])
    };
    let text = text_of(primary);
    let ordinal = facts
        .iter()
        .filter(|f| {
            f.file == primary.file
                && f.span.start < primary.span.start
                && f.claim == primary.claim
                && text_of(f) == text
        })
        .count();
    let mut h = crate::hash::Fnv::default();
    for part in [
        rule.id.as_str(),
        &file.rel,
        &canonical(primary, lexicon),
        &text,
        &ordinal.to_string(),
    ] {
        h.write(part.as_bytes());
        h.write(&[0xff]);
    }
    format!("{:016x}", h.0)
}

/// A claim's fields by their lexicon ids, so a fingerprint survives edits to the lexicon's
/// order.
fn canonical(fact: &Fact, lexicon: &crate::lexicon::Lexicon) -> String {
    use crate::fact::Claim;
    let namer = crate::report::facts::Namer { lexicon };
    match &fact.claim {
        Claim::Membership { event, state, org } => format!(
            "membership|{}|{}|{}",
            event.as_str(),
            state.map_or("", |s| lexicon.state(s).id.as_str()),
            lexicon.org(*org).id
        ),
        Claim::Count { org, value, counts } => {
            format!("count|{}|{value}|{}", lexicon.org(*org).id, counts.as_str())
        }
        Claim::Quantity {
            subject,
            value,
            approx,
            unit,
        } => {
            format!(
                "quantity|{}|{value}|{approx}|{}",
                lexicon.subject(*subject).id,
                unit.as_str()
            )
        }
        Claim::Office {
            person,
            role,
            state,
        } => {
            format!(
                "office|{}|{}|{}",
                namer.person(person),
                role.as_str(),
                lexicon.state(*state).id
            )
        }
    }
}

fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A finding as a miette diagnostic: the primary claim labelled in its article, and each
/// witness as a related diagnostic with its own source.
pub struct FindingDiagnostic {
    code: String,
    severity: Severity,
    message: String,
    help: String,
    source: NamedSource<ArcStr>,
    label: (SourceSpan, String),
    related: Vec<WitnessDiagnostic>,
}

/// One witness of a finding, shown in its own file.
#[derive(Debug)]
pub struct WitnessDiagnostic {
    message: String,
    source: NamedSource<ArcStr>,
    label: (SourceSpan, String),
}

impl fmt::Debug for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FindingDiagnostic")
            .field("code", &self.code)
            .field("message", &self.message)
            .finish()
    }
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic {}

impl fmt::Display for WitnessDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WitnessDiagnostic {}

fn miette_severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(miette_severity(self.severity))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.help))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some(self.label.1.clone()), self.label.0),
        )))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }
}

impl Diagnostic for WitnessDiagnostic {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(self.label.1.clone()),
            self.label.0,
        ))))
    }
}

/// Replaces control characters (and so ANSI escapes) in article text before it reaches a
/// terminal; tabs and line breaks stay.
pub fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' && c != '\r' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

/// Builds the diagnostic of one finding.
pub fn diagnostic(s: &Shown<'_>, sources: &SourceMap) -> FindingDiagnostic {
    let named = |fact: &Fact| {
        let file = sources.get(fact.file);
        let text: std::sync::Arc<str> = if file
            .text()
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
        {
            sanitize(file.text()).into()
        } else {
            file.text_arc()
        };
        NamedSource::new(file.rel.clone(), ArcStr(text))
    };
    let span = |fact: &Fact| {
        SourceSpan::new(
            (fact.span.start as usize).into(),
            (fact.span.end - fact.span.start) as usize,
        )
    };
    let (_, primary, label) = &s.claims[0];
    let related: Vec<WitnessDiagnostic> = s.claims[1..]
        .iter()
        .enumerate()
        .map(|(n, (name, fact, label))| {
            let mut message = format!(
                "{name}: {}",
                if label.is_empty() { "witness" } else { label }
            );
            // The first witness is the nearest of its kind; say how many more agree.
            if n == 0 && s.finding.others > 0 {
                let others = s.finding.others;
                message.push_str(&format!(
                    " (and {others} more report{} like it)",
                    if others == 1 { "" } else { "s" }
                ));
            }
            WitnessDiagnostic {
                message,
                source: named(fact),
                label: (span(fact), label.clone()),
            }
        })
        .collect();
    FindingDiagnostic {
        code: s.rule.id.clone(),
        severity: s.rule.severity,
        message: s.finding.message.clone(),
        help: s.rule.help.clone(),
        source: named(primary),
        label: (span(primary), label.clone()),
        related,
    }
}

/// A location in the JSON form of a finding.
#[derive(Serialize)]
pub struct LocationJson<'a> {
    pub role: &'a str,
    #[serde(flatten)]
    pub source: super::facts::SourceJson<'a>,
    pub text: &'a str,
    pub date: Option<String>,
    pub label: &'a str,
}

/// The JSON form of a finding (`"schema": 1`).
#[derive(Serialize)]
pub struct FindingJson<'a> {
    pub schema: u32,
    pub rule: &'a str,
    pub severity: &'static str,
    pub message: &'a str,
    pub fingerprint: &'a str,
    pub locations: Vec<LocationJson<'a>>,
    pub others: usize,
    pub facts: Vec<crate::report::facts::FactJson<'a>>,
}

/// Writes findings as JSON lines.
pub fn write_json(
    out: &mut impl std::io::Write,
    shown: &[Shown<'_>],
    checked: &Checked,
) -> std::io::Result<()> {
    let Some(lexicon) = &checked.extracted.lexicon else {
        return Ok(());
    };
    let sources = &checked.extracted.corpus.sources;
    let by_file: std::collections::HashMap<_, _> = checked
        .extracted
        .corpus
        .articles
        .iter()
        .map(|a| (a.file, a))
        .collect();
    let namer = crate::report::facts::Namer { lexicon };
    for s in shown {
        let locations = s
            .claims
            .iter()
            .map(|(name, fact, label)| {
                let file = sources.get(fact.file);
                LocationJson {
                    role: name,
                    source: super::facts::SourceJson::new(file, fact.span.clone()),
                    text: &file.text()[fact.span.start as usize..fact.span.end as usize],
                    date: by_file
                        .get(&fact.file)
                        .and_then(|a| a.meta.date)
                        .map(|d| d.to_string()),
                    label,
                }
            })
            .collect();
        let json = FindingJson {
            schema: 1,
            rule: &s.rule.id,
            severity: s.rule.severity.as_str(),
            message: &s.finding.message,
            fingerprint: &s.fingerprint,
            locations,
            others: s.finding.others,
            facts: s
                .claims
                .iter()
                .map(|(_, f, _)| namer.json(f, sources, &by_file))
                .collect(),
        };
        serde_json::to_writer(&mut *out, &json)?;
        writeln!(out)?;
    }
    Ok(())
}
