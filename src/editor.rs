//! The editor's views of a checked corpus: why a finding fired (`explain`), and a state's
//! membership history as the corpus and the reference tell it (`timeline`).

use crate::Checked;
use crate::corpus::SourceMap;
use crate::engine::eval::time;
use crate::engine::{Cond, Pattern, Rule};
use crate::fact::{Claim, Fact};
use crate::report::findings::Shown;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Where a fact was said, as `path:line:column`.
pub fn location(fact: &Fact, sources: &SourceMap) -> String {
    let file = sources.get(fact.file);
    let (line, col) = file.line_col(fact.span.start as usize);
    format!("{}:{line}:{col}", file.rel)
}

/// The sentence a fact comes from, on one line.
pub fn sentence(fact: &Fact, sources: &SourceMap) -> String {
    let file = sources.get(fact.file);
    let text = &file.text()[fact.sentence.start as usize..fact.sentence.end as usize];
    crate::report::findings::sanitize(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn when(fact: &Fact) -> String {
    fact.when
        .map_or_else(|| "no date".to_string(), |w| w.notation())
}

/// Names and describes a condition with the values that decided it.
fn describe(c: &Cond, names: &[&str], facts: &[&Fact], rule: &Rule) -> String {
    let n = |b: usize| names.get(b).copied().unwrap_or("?");
    let w = |b: usize| facts.get(b).map_or_else(|| "?".into(), |f| when(f));
    let t = |b: usize| facts.get(b).and_then(|f| f.when);
    let verdict = |tri: crate::engine::eval::Tri| format!("{tri:?}").to_lowercase();
    match *c {
        Cond::Before(a, b) => format!(
            "Before({}, {}): {} ({}) ends before {} ({}) starts — {}",
            n(a),
            n(b),
            n(a),
            w(a),
            n(b),
            w(b),
            verdict(time::before(t(a), t(b)))
        ),
        Cond::Overlaps(a, b) => format!(
            "Overlaps({}, {}): {} and {} share a day — {}",
            n(a),
            n(b),
            w(a),
            w(b),
            verdict(time::overlaps(t(a), t(b)))
        ),
        Cond::Disjoint(a, b) => format!(
            "Disjoint({}, {}): {} and {} cannot share a day — {}",
            n(a),
            n(b),
            w(a),
            w(b),
            verdict(time::overlaps(t(a), t(b)).negate())
        ),
        Cond::Within(a, b, d) => format!(
            "Within({}, {}, {d}): {} and {} lie at most {d} days apart — {}",
            n(a),
            n(b),
            w(a),
            w(b),
            verdict(time::within(t(a), t(b), d))
        ),
        Cond::Between(x, a, b) => format!(
            "Between({}, {}, {}): {} lies between {} and {}",
            n(x),
            n(a),
            n(b),
            w(x),
            w(a),
            w(b)
        ),
        Cond::SameArticle(a, b) => format!("SameArticle({}, {})", n(a), n(b)),
        Cond::DifferentArticle(a, b) => format!("DifferentArticle({}, {})", n(a), n(b)),
        Cond::Equal(a, b) => format!("Equal({}, {})", rule.vars[a], rule.vars[b]),
        Cond::NotEqual(a, b) => format!("NotEqual({}, {})", rule.vars[a], rule.vars[b]),
        Cond::Agree {
            a,
            b,
            ratio,
            approx_ratio,
        } => {
            format!(
                "Agree({}, {}): the figures differ by at most {:.0}% ({:.0}% when approximate)",
                n(a),
                n(b),
                ratio * 100.0,
                approx_ratio * 100.0
            )
        }
        Cond::Differ {
            a,
            b,
            ratio,
            approx_ratio,
        } => {
            format!(
                "Differ({}, {}): the figures differ by more than {:.0}% ({:.0}% when approximate)",
                n(a),
                n(b),
                ratio * 100.0,
                approx_ratio * 100.0
            )
        }
        Cond::OutsideMembers(a) => format!(
            "OutsideMembers({}): the stated number lies outside the members the timeline allows at {}",
            n(a),
            w(a)
        ),
        Cond::ListDiffers(a) => format!(
            "ListDiffers({}): the stated number differs from the states its sentence lists",
            n(a)
        ),
        Cond::BeforeFounding(a) => format!(
            "BeforeFounding({}): {} lies before the organisation's founding",
            n(a),
            w(a)
        ),
        Cond::EventIn(a, ref events) => {
            format!(
                "EventIn({}, [{}])",
                n(a),
                events
                    .iter()
                    .map(|e| e.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    }
}

fn pattern_text(p: &Pattern) -> String {
    let events: Vec<&str> = p.events.iter().map(|e| e.as_str()).collect();
    match p.kind {
        crate::engine::Kind::Membership => format!(
            "a membership claim ({}) of the same state and organisation",
            events.join(", ")
        ),
        crate::engine::Kind::Count => "a count".into(),
        crate::engine::Kind::Quantity => "a figure for the same subject".into(),
        crate::engine::Kind::Office => "an office claim for the same office".into(),
    }
}

/// Why a finding fired: the rule, the offending claim and each witness with its sentence and
/// source, each condition with the values that made it true, and each exception with what it
/// looked for and did not find.
pub fn explain(s: &Shown<'_>, checked: &Checked) -> String {
    let sources = &checked.extracted.corpus.sources;
    let mut out = String::new();
    let rule = s.rule;
    let _ = writeln!(
        out,
        "{} [{}] {}",
        rule.id,
        rule.severity.as_str(),
        s.finding.message
    );
    let _ = writeln!(out, "fingerprint {}\n", s.fingerprint);
    let _ = writeln!(out, "Rule: {}", rule.summary);
    for (i, (name, fact, label)) in s.claims.iter().enumerate() {
        let role = if i == 0 { "offending claim" } else { "witness" };
        let _ = writeln!(
            out,
            "\n{role} `{name}` — {label}\n  at {}  ({})\n  \"{}\"",
            location(fact, sources),
            when(fact),
            sentence(fact, sources)
        );
    }
    if s.finding.others > 0 {
        let _ = writeln!(
            out,
            "  ({} more report{} would serve as this witness)",
            s.finding.others,
            if s.finding.others == 1 { "" } else { "s" }
        );
    }
    let case = &rule.cases[s.finding.case];
    let names: Vec<&str> = case.patterns.iter().map(|p| p.name.as_str()).collect();
    let facts: Vec<&Fact> = s.claims.iter().map(|(_, f, _)| *f).collect();
    if !case.conds.is_empty() {
        let _ = writeln!(out, "\nConditions (all true):");
        for c in &case.conds {
            let _ = writeln!(out, "  {}", describe(c, &names, &facts, rule));
        }
    }
    if !s.finding.values.is_empty() {
        let values: Vec<String> = s
            .finding
            .values
            .iter()
            .map(|(n, v)| format!("?{n} = {v}"))
            .collect();
        let _ = writeln!(out, "\nBindings: {}", values.join(", "));
    }
    for exc in &case.unless {
        let looked: Vec<String> = exc
            .patterns
            .iter()
            .map(|p| format!("`{}`: {}", p.name, pattern_text(p)))
            .collect();
        let mut all_names = names.clone();
        all_names.extend(exc.patterns.iter().map(|p| p.name.as_str()));
        let conds: Vec<String> = exc
            .conds
            .iter()
            .map(|c| describe_shape(c, &all_names, rule))
            .collect();
        let _ = writeln!(
            out,
            "\nUnless {} with {} — looked for one that might hold, found none.",
            looked.join(" and "),
            conds.join(" and ")
        );
    }
    let _ = writeln!(out, "\nHow to fix: {}", rule.help);
    out
}

/// A condition by its shape, for exceptions whose facts were not found.
fn describe_shape(c: &Cond, names: &[&str], rule: &Rule) -> String {
    let n = |b: usize| names.get(b).copied().unwrap_or("?");
    match *c {
        Cond::Before(a, b) => format!("Before({}, {})", n(a), n(b)),
        Cond::Overlaps(a, b) => format!("Overlaps({}, {})", n(a), n(b)),
        Cond::Disjoint(a, b) => format!("Disjoint({}, {})", n(a), n(b)),
        Cond::Within(a, b, d) => format!("Within({}, {}, {d})", n(a), n(b)),
        Cond::Between(x, a, b) => format!("Between({}, {}, {})", n(x), n(a), n(b)),
        ref other => describe(other, names, &[], rule),
    }
}

/// One event of a timeline.
#[derive(Serialize)]
pub struct TimelineEntry {
    pub state: String,
    pub org: String,
    pub event: &'static str,
    pub when: String,
    pub modality: &'static str,
    pub source: String,
    pub origin: &'static str,
    /// Rules whose findings involve this claim.
    pub conflicts: Vec<String>,
    pub text: String,
}

/// Each state's membership history per organisation, as the corpus and the reference tell it,
/// sorted by state, organisation and date; claims involved in findings are marked.
pub fn timeline(checked: &Checked, state: Option<&str>, org: Option<&str>) -> Vec<TimelineEntry> {
    let Some(lexicon) = &checked.extracted.lexicon else {
        return Vec::new();
    };
    let Some(world) = checked.world() else {
        return Vec::new();
    };
    let sources = &checked.extracted.corpus.sources;
    let shown = crate::report::findings::shown(checked);
    let mut flagged: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for s in &shown {
        for (_, i) in &s.finding.bindings {
            flagged.entry(*i).or_default().push(s.rule.id.clone());
        }
    }
    let mut entries: Vec<(i32, usize, TimelineEntry)> = Vec::new();
    for (i, f) in checked.facts.iter().enumerate() {
        let Claim::Membership {
            event,
            state: Some(st),
            org: o,
        } = f.claim
        else {
            continue;
        };
        let (sid, oid) = (&lexicon.state(st).id, &lexicon.org(o).id);
        if state.is_some_and(|s| !s.eq_ignore_ascii_case(sid))
            || org.is_some_and(|x| !x.eq_ignore_ascii_case(oid))
        {
            continue;
        }
        let origin = match world.origins[i] {
            crate::engine::Origin::Article => "article",
            crate::engine::Origin::Reference => "reference",
            crate::engine::Origin::Lexicon => "lexicon",
        };
        let file = sources.get(f.file);
        let mut conflicts = flagged.get(&i).cloned().unwrap_or_default();
        conflicts.sort();
        conflicts.dedup();
        let sort = f
            .when
            .and_then(|w| w.from.or(w.to))
            .map_or(i32::MIN, |d| d.0);
        entries.push((
            sort,
            i,
            TimelineEntry {
                state: sid.clone(),
                org: oid.clone(),
                event: event.as_str(),
                when: when(f),
                modality: f.modality.as_str(),
                source: location(f, sources),
                origin,
                conflicts,
                text: crate::report::findings::sanitize(
                    &file.text()[f.span.start as usize..f.span.end as usize]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            },
        ));
    }
    entries.sort_by(|a, b| (&a.2.state, &a.2.org, a.0, a.1).cmp(&(&b.2.state, &b.2.org, b.0, b.1)));
    entries.into_iter().map(|(_, _, e)| e).collect()
}

/// The timeline as an aligned table, one block per state and organisation.
pub fn timeline_table(entries: &[TimelineEntry]) -> String {
    let mut out = String::new();
    let mut last: Option<(&str, &str)> = None;
    let wide = |f: fn(&TimelineEntry) -> usize| entries.iter().map(f).max().unwrap_or(0);
    let (we, ww, wm) = (
        wide(|e| e.event.len()),
        wide(|e| e.when.chars().count()),
        wide(|e| e.modality.len()),
    );
    for e in entries {
        if last != Some((&e.state, &e.org)) {
            let _ = writeln!(
                out,
                "{}{} — {}",
                if last.is_some() { "\n" } else { "" },
                e.state,
                e.org
            );
            last = Some((&e.state, &e.org));
        }
        let mark = if e.conflicts.is_empty() {
            "  ".to_string()
        } else {
            "! ".to_string()
        };
        let note = if e.conflicts.is_empty() {
            String::new()
        } else {
            format!("  [{}]", e.conflicts.join(", "))
        };
        let _ = writeln!(
            out,
            "  {mark}{:<ww$}  {:<we$}  {:<wm$}  {}{note}",
            e.when, e.event, e.modality, e.source
        );
    }
    out
}
