//! The reference timeline (`rules/reference.ron`): curated membership events, each with its
//! source, loaded as facts whose spans point into the `.ron` file.

use crate::corpus::FileId;
use crate::date::Interval;
use crate::diag::Problem;
use crate::fact::{Claim, Event, Fact, Modality};
use crate::lexicon::Lexicon;
use crate::ronspan::Step;
use serde::Deserialize;
use std::sync::Arc;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Reference")]
struct ReferenceFile {
    events: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Entry")]
struct Entry {
    #[serde(default)]
    state: Option<String>,
    org: String,
    event: Event,
    when: String,
    source: String,
}

/// Reads `reference.ron` text (shown as `rel`, stored as `file`) into facts.
pub fn parse(
    text: Arc<str>,
    rel: &str,
    file: FileId,
    lexicon: &Lexicon,
) -> Result<Vec<Fact>, Vec<Problem>> {
    let ron = crate::ronfile::parse::<ReferenceFile>(text, rel).map_err(|p| vec![p])?;
    let mut facts = Vec::new();
    let mut problems = Vec::new();
    for (i, e) in ron.value.events.iter().enumerate() {
        let at = |field: &'static str| {
            ron.tree
                .at(
                    &ron.text,
                    &[Step::Field("events"), Step::Index(i), Step::Field(field)],
                )
                .map_or(0..0, |n| n.span.clone())
        };
        let entry_span = ron
            .tree
            .at(&ron.text, &[Step::Field("events"), Step::Index(i)])
            .map_or(0..0, |n| n.span.clone());
        let org = lexicon.org_by_id(&e.org);
        if org.is_none() {
            problems.push(
                ron.error(
                    "reference::unknown-org",
                    at("org"),
                    format!("unknown organisation `{}`", e.org),
                    "not an organisation id in the lexicon",
                )
                .with_help(format!(
                    "known ids: {}",
                    lexicon
                        .orgs
                        .iter()
                        .map(|o| o.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
        let state = match &e.state {
            Some(s) => {
                let id = lexicon.state_by_id(s);
                if id.is_none() {
                    problems.push(
                        ron.error(
                            "reference::unknown-state",
                            at("state"),
                            format!("unknown state `{s}`"),
                            "not a state id in the lexicon",
                        )
                        .with_help(format!(
                            "known ids: {}",
                            lexicon
                                .states
                                .iter()
                                .map(|s| s.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                    );
                }
                id
            }
            None if e.event != Event::Founded => {
                problems.push(ron.error(
                    "reference::missing-state",
                    entry_span.clone(),
                    "this entry needs a `state`",
                    "only `Founded` entries may leave out the state",
                ));
                None
            }
            None => None,
        };
        let when = Interval::parse_notation(&e.when);
        if when.is_none() {
            problems.push(ron.error(
                "reference::bad-date",
                at("when"),
                format!("`{}` is not a date", e.when),
                "expected 1999, 1999-04, 1999-04-02 or 1993..1994",
            ));
        }
        if e.source.trim().is_empty() {
            problems.push(ron.error(
                "reference::missing-source",
                at("source"),
                "every reference entry needs its source",
                "empty source",
            ));
        }
        if let (Some(org), Some(when)) = (org, when)
            && (state.is_some() || e.state.is_none())
        {
            facts.push(Fact {
                claim: Claim::Membership {
                    event: e.event,
                    state,
                    org,
                },
                when: Some(when),
                modality: Modality::Asserted,
                file,
                span: entry_span.start as u32..entry_span.end as u32,
                sentence: entry_span.start as u32..entry_span.end as u32,
                shifted: false,
            });
        }
    }
    if problems.is_empty() {
        Ok(facts)
    } else {
        Err(problems)
    }
}
