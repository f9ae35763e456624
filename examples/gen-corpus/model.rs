//! The expected findings, predicted from the generator's own model of what it wrote (every
//! fact of every sentence, the reference timeline and the lexicon's terms of office), by
//! the semantics of the shipped rules (docs/rules.md); and the verifier that compares them
//! with what `claimlint check --format json` reports.

use crate::archive::Corpus;
use crate::text::{Claim, Md, Tag};
use crate::world::*;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Article,
    Reference,
    Lexicon,
}

#[derive(Clone, Copy, Debug)]
pub struct Fact {
    pub claim: Claim,
    pub when: Iv,
    pub md: Md,
    pub shifted: bool,
    pub origin: Origin,
    /// Article index (meaningless for reference and lexicon facts).
    pub art: u32,
    /// Sentence index (likewise).
    pub sent: u32,
}

/// Appends the reference timeline and the lexicon's terms of office.
pub fn add_world_facts(facts: &mut Vec<Fact>) {
    for r in REFERENCE {
        facts.push(Fact {
            claim: Claim::Mem {
                ev: r.ev,
                state: r.state,
                org: r.org,
            },
            when: Iv::parse(r.when),
            md: Md::Asserted,
            shifted: false,
            origin: Origin::Reference,
            art: u32::MAX,
            sent: u32::MAX,
        });
    }
    for t in TERMS {
        facts.push(Fact {
            claim: Claim::Office {
                person: t.person,
                role: t.role,
                state: t.state,
            },
            when: term_iv(t),
            md: Md::Asserted,
            shifted: false,
            origin: Origin::Lexicon,
            art: u32::MAX,
            sent: u32::MAX,
        });
    }
}

/// One finding claimlint must report.
pub struct Expected {
    pub rule: &'static str,
    pub fact: usize,
    /// Acceptable witnesses: article paths, "reference", "lexicon".
    pub witnesses: BTreeSet<String>,
    /// Any article fact of this class is an acceptable witness too (event, state, orgs).
    pub class: Option<(Ev, Option<&'static str>, Vec<&'static str>)>,
}

fn lineage(o: &str) -> Vec<&'static str> {
    ORGS.iter()
        .filter(|x| x.family == family(o))
        .map(|x| x.id)
        .collect()
}

fn is_entry(ev: Ev) -> bool {
    matches!(ev, Ev::Signed | Ev::Joined | Ev::Founded | Ev::Rejoined)
}

/// Predicts every finding of the seven shipped rules.
pub fn expected(c: &Corpus) -> Vec<Expected> {
    let f = &c.facts;
    let mut out = Vec::new();
    // Index membership facts (asserted) by (state, family) and by (state, org).
    type Key = (Option<&'static str>, &'static str);
    let mut by_family: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    let mut by_org: BTreeMap<(Ev, Key), Vec<usize>> = BTreeMap::new();
    for (i, x) in f.iter().enumerate() {
        if x.md != Md::Asserted {
            continue;
        }
        if let Claim::Mem { ev, state, org } = x.claim {
            by_family.entry((state, family(org))).or_default().push(i);
            by_org.entry((ev, (state, org))).or_default().push(i);
        }
    }
    // Distinct intervals per key, computed once: a large archive repeats the same dates.
    let mut lefts_of: BTreeMap<Key, BTreeSet<Iv>> = BTreeMap::new();
    let mut backs_of: BTreeMap<Key, BTreeSet<Iv>> = BTreeMap::new();
    let mut entries_of: BTreeMap<Key, BTreeSet<Iv>> = BTreeMap::new();
    for (key, idx) in &by_family {
        for &i in idx {
            let Claim::Mem { ev, .. } = f[i].claim else {
                continue;
            };
            let w = f[i].when;
            if ev == Ev::Withdrew {
                lefts_of.entry(*key).or_default().insert(w);
            }
            if matches!(ev, Ev::Joined | Ev::Rejoined) {
                backs_of.entry(*key).or_default().insert(w);
            }
            if is_entry(ev) || ev == Ev::Member {
                entries_of.entry(*key).or_default().insert(w);
            }
        }
    }
    let mut same_of: BTreeMap<(Ev, Key), (BTreeSet<Iv>, BTreeSet<Iv>)> = BTreeMap::new();
    for (key, idx) in &by_org {
        let e = same_of.entry(*key).or_default();
        for &i in idx {
            e.0.insert(f[i].when);
            if f[i].origin == Origin::Reference {
                e.1.insert(f[i].when);
            }
        }
    }
    let none: BTreeSet<Iv> = BTreeSet::new();
    let no_pair = (BTreeSet::new(), BTreeSet::new());

    // member-after-withdrawal
    for (i, x) in f.iter().enumerate() {
        let Claim::Mem {
            ev: Ev::Member,
            state: Some(s),
            org,
        } = x.claim
        else {
            continue;
        };
        if x.md != Md::Asserted || x.shifted || x.origin != Origin::Article {
            continue;
        }
        let key = (Some(s), family(org));
        let lefts = lefts_of.get(&key).unwrap_or(&none);
        let backs = backs_of.get(&key).unwrap_or(&none);
        let fires = lefts.iter().any(|l| {
            before(*l, x.when) == Tri::True
                && !backs
                    .iter()
                    .any(|b| before(*l, *b).and(before(*b, x.when)) != Tri::False)
        });
        if fires {
            let mut w = BTreeSet::new();
            if REFERENCE
                .iter()
                .any(|r| r.state == Some(s) && family(r.org) == family(org) && r.ev == Ev::Withdrew)
            {
                w.insert("reference".to_string());
            }
            out.push(Expected {
                rule: "member-after-withdrawal",
                fact: i,
                witnesses: w,
                class: Some((Ev::Withdrew, Some(s), lineage(org))),
            });
        }
    }

    // event-date-conflict
    for (i, x) in f.iter().enumerate() {
        let Claim::Mem { ev, state, org } = x.claim else {
            continue;
        };
        if !ev.is_event() || x.md != Md::Asserted || x.origin != Origin::Article {
            continue;
        }
        let (others, refs) = same_of.get(&(ev, (state, org))).unwrap_or(&no_pair);
        if refs.iter().any(|r| overlaps(*r, x.when) != Tri::False) {
            continue;
        }
        if others.iter().any(|o| overlaps(*o, x.when) == Tri::False) {
            let mut w = BTreeSet::new();
            if refs.iter().any(|r| overlaps(*r, x.when) == Tri::False) {
                w.insert("reference".to_string());
            }
            out.push(Expected {
                rule: "event-date-conflict",
                fact: i,
                witnesses: w,
                class: Some((ev, state, vec![org])),
            });
        }
    }

    // event-order
    for (i, x) in f.iter().enumerate() {
        let Claim::Mem { ev, state, org } = x.claim else {
            continue;
        };
        if !ev.is_event() || x.md != Md::Asserted || x.origin != Origin::Article {
            continue;
        }
        let before_founding = before(x.when, Iv::day(founded(org))) == Tri::True;
        let mut fires = before_founding;
        if !fires && matches!(ev, Ev::Withdrew | Ev::Suspended | Ev::Rejoined) {
            let entries = entries_of.get(&(state, family(org))).unwrap_or(&none);
            fires = !entries.iter().any(|e| before(*e, x.when) != Tri::False);
        }
        if fires {
            out.push(Expected {
                rule: "event-order",
                fact: i,
                witnesses: BTreeSet::new(),
                class: None,
            });
        }
    }

    // count-mismatch
    let timelines = timelines(f, &by_family);
    let mut ranges: BTreeMap<(&'static str, Counted, Day), (usize, usize)> = BTreeMap::new();
    let mut by_sentence: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, x) in f.iter().enumerate() {
        if x.origin == Origin::Article {
            by_sentence.entry(x.sent).or_default().push(i);
        }
    }
    for (i, x) in f.iter().enumerate() {
        let Claim::Count { org, value, counts } = x.claim else {
            continue;
        };
        if x.md != Md::Asserted || x.origin != Origin::Article {
            continue;
        }
        let Some(d) = x.when.to else { continue };
        let (lo, hi) = *ranges
            .entry((org, counts, d))
            .or_insert_with(|| members_range(&timelines, org, counts, d));
        let outside = hi > 0 && ((value as usize) < lo || (value as usize) > hi);
        let wanted = match counts {
            Counted::Members => Ev::Member,
            Counted::Signatories => Ev::Signed,
            Counted::Founders => Ev::Founded,
        };
        let listed: BTreeSet<&str> = by_sentence[&x.sent]
            .iter()
            .filter_map(|&j| match f[j].claim {
                Claim::Mem {
                    ev,
                    state: Some(s),
                    org: o,
                } if ev == wanted && o == org => Some(s),
                _ => None,
            })
            .collect();
        let list_differs = listed.len() >= 2 && listed.len() != value as usize;
        if outside || list_differs {
            out.push(Expected {
                rule: "count-mismatch",
                fact: i,
                witnesses: BTreeSet::new(),
                class: None,
            });
        }
    }

    // quantity-drift
    let mut by_subject: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, x) in f.iter().enumerate() {
        if let Claim::Qty { subject, .. } = x.claim
            && x.md == Md::Asserted
            && x.origin == Origin::Article
        {
            by_subject.entry(subject).or_default().push(i);
        }
    }
    for list in by_subject.values() {
        // Article order is date order, so the list is sorted by date.
        for (k, &i) in list.iter().enumerate() {
            let x = &f[i];
            let (
                Claim::Qty {
                    value: v,
                    approx: a,
                    ..
                },
                Some(d),
            ) = (x.claim, x.when.from)
            else {
                continue;
            };
            let mut w = BTreeSet::new();
            // A later figure that a report of the previous 90 days corroborates stays quiet.
            let mut corroborated = false;
            for &j in list[..k].iter().rev() {
                let y = &f[j];
                let Some(e) = y.when.to else { continue };
                if d - e > 90 {
                    break;
                }
                if e >= d || y.art == x.art {
                    continue;
                }
                let Claim::Qty {
                    value: u,
                    approx: b,
                    ..
                } = y.claim
                else {
                    continue;
                };
                let limit = if a || b { 0.30 } else { 0.25 };
                let larger = u.max(v) as f64;
                if (u as f64 - v as f64).abs() / larger > limit {
                    w.insert(c.paths[y.art as usize].clone());
                } else {
                    corroborated = true;
                }
            }
            if !w.is_empty() && !corroborated {
                out.push(Expected {
                    rule: "quantity-drift",
                    fact: i,
                    witnesses: w,
                    class: None,
                });
            }
        }
    }

    // office-conflict
    let mut offices: BTreeMap<(Role, &str), Vec<usize>> = BTreeMap::new();
    for (i, x) in f.iter().enumerate() {
        if let Claim::Office { role, state, .. } = x.claim
            && x.md == Md::Asserted
            && !x.shifted
        {
            offices.entry((role, state)).or_default().push(i);
        }
    }
    for (i, x) in f.iter().enumerate() {
        let Claim::Office {
            person,
            role,
            state,
        } = x.claim
        else {
            continue;
        };
        if x.md != Md::Asserted || x.shifted || x.origin != Origin::Article {
            continue;
        }
        let same = &offices[&(role, state)];
        let covered = same.iter().any(|&j| {
            f[j].origin == Origin::Lexicon
                && matches!(f[j].claim, Claim::Office { person: p, .. } if p == person)
                && overlaps(f[j].when, x.when) != Tri::False
        });
        if covered {
            continue;
        }
        let mut w = BTreeSet::new();
        for &j in same {
            let y = &f[j];
            let Claim::Office { person: p, .. } = y.claim else {
                continue;
            };
            if p != person && overlaps(y.when, x.when) == Tri::True {
                w.insert(match y.origin {
                    Origin::Lexicon => "lexicon".to_string(),
                    _ => c.paths[y.art as usize].clone(),
                });
            }
        }
        if !w.is_empty() {
            out.push(Expected {
                rule: "office-conflict",
                fact: i,
                witnesses: w,
                class: None,
            });
        }
    }

    // self-contradiction
    let mut by_article: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, x) in f.iter().enumerate() {
        if x.origin == Origin::Article
            && x.md == Md::Asserted
            && matches!(
                x.claim,
                Claim::Mem {
                    ev: Ev::Member | Ev::NotMember,
                    ..
                }
            )
        {
            by_article.entry(x.art).or_default().push(i);
        }
    }
    for list in by_article.values() {
        for &i in list {
            let Claim::Mem {
                ev: Ev::NotMember,
                state,
                org,
            } = f[i].claim
            else {
                continue;
            };
            let hit = list.iter().any(|&j| {
                matches!(f[j].claim, Claim::Mem { ev: Ev::Member, state: s, org: o } if s == state && o == org)
                    && overlaps(f[i].when, f[j].when) == Tri::True
            });
            if hit {
                let mut w = BTreeSet::new();
                w.insert(c.paths[f[i].art as usize].clone());
                out.push(Expected {
                    rule: "self-contradiction",
                    fact: i,
                    witnesses: w,
                    class: None,
                });
            }
        }
    }
    out.sort_by_key(|e| (f[e.fact].art, f[e.fact].sent, e.fact, e.rule));
    out
}

/// A state's membership facts in one lineage, reduced to distinct intervals.
#[derive(Default)]
struct Timeline {
    /// Entries and exits of the lineage (for counts of members).
    entries: BTreeSet<Iv>,
    exits: BTreeSet<Iv>,
    /// Signings and foundings, by organisation.
    signed: BTreeMap<&'static str, BTreeSet<Iv>>,
    founded: BTreeMap<&'static str, BTreeSet<Iv>>,
    /// Member claims: single days, and the rest.
    member_days: BTreeSet<Day>,
    member_spans: BTreeSet<Iv>,
}

type Timelines = BTreeMap<(&'static str, &'static str), Timeline>;

fn timelines(
    f: &[Fact],
    by_family: &BTreeMap<(Option<&'static str>, &'static str), Vec<usize>>,
) -> Timelines {
    let mut out: Timelines = BTreeMap::new();
    for ((state, fam), idx) in by_family {
        let Some(s) = state else { continue };
        let t = out.entry((fam, s)).or_default();
        for &i in idx {
            let x = &f[i];
            if x.origin == Origin::Lexicon {
                continue;
            }
            let Claim::Mem { ev, org, .. } = x.claim else {
                continue;
            };
            match ev {
                Ev::Member => {
                    if let (Some(a), Some(b)) = (x.when.from, x.when.to)
                        && a == b
                    {
                        t.member_days.insert(a);
                    } else {
                        t.member_spans.insert(x.when);
                    }
                }
                Ev::Signed | Ev::Joined | Ev::Founded | Ev::Rejoined => {
                    t.entries.insert(x.when);
                }
                Ev::Withdrew => {
                    t.exits.insert(x.when);
                }
                _ => {}
            }
            if ev == Ev::Signed {
                t.signed.entry(org).or_default().insert(x.when);
            }
            if ev == Ev::Founded {
                t.founded.entry(org).or_default().insert(x.when);
            }
        }
    }
    out
}

/// The engine's member range (docs/rules.md, `OutsideMembers`): definite to possible members
/// of `org`'s lineage at `d` (or signatories, or founders, of `org` itself).
fn members_range(tl: &Timelines, org: &str, counts: Counted, d: Day) -> (usize, usize) {
    let fam = family(org);
    let at = Iv::day(d);
    let (mut lo, mut hi) = (0, 0);
    let no = BTreeSet::new();
    for ((fm, _), t) in tl {
        if *fm != fam {
            continue;
        }
        // A member claim that might hold at the day makes the state a possible member (and
        // the engine then skips it as an event).
        let described = counts == Counted::Members
            && (t.member_days.contains(&d)
                || t.member_spans
                    .iter()
                    .any(|m| overlaps(*m, at) != Tri::False));
        let (entries, exits): (&BTreeSet<Iv>, &BTreeSet<Iv>) = match counts {
            Counted::Members => (&t.entries, &t.exits),
            Counted::Signatories => (t.signed.get(org).unwrap_or(&no), &no),
            Counted::Founders => (t.founded.get(org).unwrap_or(&no), &no),
        };
        if entries.is_empty() && exits.is_empty() && !described {
            continue;
        }
        let dated: Vec<Iv> = entries
            .iter()
            .copied()
            .filter(|e| e.from.is_some())
            .collect();
        let entries: Vec<Iv> = if dated.is_empty() {
            entries.iter().copied().collect()
        } else {
            dated
        };
        let definite = entries.iter().any(|e| {
            before(*e, at) == Tri::True
                && !exits
                    .iter()
                    .any(|x| before(*x, *e) != Tri::True && before(at, *x) != Tri::True)
        });
        let possible = entries.iter().any(|e| {
            before(at, *e) != Tri::True
                && !exits
                    .iter()
                    .any(|x| before(*e, *x) == Tri::True && before(*x, at) == Tri::True)
        });
        lo += usize::from(definite);
        hi += usize::from(possible || definite || described);
    }
    (lo, hi)
}

/// One line of expected.jsonl.
pub fn expected_json(c: &Corpus, e: &Expected) -> Value {
    let x = &c.facts[e.fact];
    let (_, a, b) = c.sentences[x.sent as usize];
    let (state, org) = match x.claim {
        Claim::Mem { state, org, .. } => (state, Some(org)),
        Claim::Count { org, .. } => (None, Some(org)),
        Claim::Office { state, .. } => (Some(state), None),
        Claim::Qty { .. } => (None, None),
    };
    let planted = match c.sentence_tags[x.sent as usize] {
        Some(Tag::Plant(k)) => Some(k),
        _ => None,
    };
    let mut v = json!({
        "rule": e.rule,
        "path": c.paths[x.art as usize],
        "sentence": [a, b],
        "planted": planted,
        "witnesses": e.witnesses.iter().collect::<Vec<_>>(),
    });
    if let Some(s) = state {
        v["state"] = json!(s);
    }
    if let Some(o) = org {
        v["org"] = json!(o);
    }
    if let Some((ev, s, orgs)) = &e.class {
        v["witness_class"] = json!({"event": ev.json(), "state": s, "orgs": orgs});
    }
    v
}

// ---------------------------------------------------------------- verify

pub struct Verdict {
    pub expected: usize,
    pub found: usize,
    pub missed: Vec<String>,
    pub unexpected: Vec<String>,
    pub wrong_witness: Vec<String>,
}

impl Verdict {
    pub fn ok(&self) -> bool {
        self.missed.is_empty() && self.unexpected.is_empty() && self.wrong_witness.is_empty()
    }
}

fn witness_ok(exp: &Value, loc: &Value, fact: Option<&Value>) -> bool {
    let path = loc["path"].as_str().unwrap_or("");
    let listed: Vec<&str> = exp["witnesses"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if listed.contains(&path)
        || (path.ends_with("reference.ron") && listed.contains(&"reference"))
        || (path.ends_with("lexicon.ron") && listed.contains(&"lexicon"))
    {
        return true;
    }
    let class = &exp["witness_class"];
    if class.is_null() || path.ends_with(".ron") {
        return false;
    }
    let Some(fact) = fact else { return false };
    fact["event"] == class["event"]
        && (class["state"].is_null() || fact["state"] == class["state"])
        && class["orgs"]
            .as_array()
            .is_some_and(|orgs| orgs.contains(&fact["org"]))
}

/// Compares expected.jsonl with the JSON lines of `claimlint check --format json`.
pub fn verify(expected: &str, findings: &str) -> Result<Verdict, String> {
    let parse = |text: &str, what: &str| -> Result<Vec<Value>, String> {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(n, l)| {
                serde_json::from_str(l).map_err(|e| format!("{what} line {}: {e}", n + 1))
            })
            .collect()
    };
    let exp = parse(expected, "expected")?;
    let got = parse(findings, "findings")?;
    let mut index: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, e) in exp.iter().enumerate() {
        let key = (
            e["rule"].as_str().unwrap_or("").to_string(),
            e["path"].as_str().unwrap_or("").to_string(),
        );
        index.entry(key).or_default().push(i);
    }
    let mut matched = vec![false; exp.len()];
    let mut v = Verdict {
        expected: exp.len(),
        found: 0,
        missed: Vec::new(),
        unexpected: Vec::new(),
        wrong_witness: Vec::new(),
    };
    for g in &got {
        let rule = g["rule"].as_str().unwrap_or("").to_string();
        let locs = g["locations"].as_array().cloned().unwrap_or_default();
        let Some(primary) = locs.first() else {
            v.unexpected
                .push(format!("{rule}: a finding without a location"));
            continue;
        };
        let path = primary["path"].as_str().unwrap_or("").to_string();
        let offset = primary["offset"].as_u64().unwrap_or(u64::MAX);
        let pfact = &g["facts"][0];
        let describe = || {
            format!(
                "{rule} {path}:{} «{}»",
                primary["line"],
                primary["text"].as_str().unwrap_or("")
            )
        };
        let candidates = index.get(&(rule.clone(), path.clone()));
        let hit = candidates.and_then(|c| {
            c.iter().copied().find(|&i| {
                let e = &exp[i];
                let s = e["sentence"][0].as_u64().unwrap_or(0);
                let t = e["sentence"][1].as_u64().unwrap_or(0);
                !matched[i]
                    && s <= offset
                    && offset < t
                    && (e["state"].is_null() || e["state"] == pfact["state"])
                    && (e["org"].is_null() || e["org"] == pfact["org"])
            })
        });
        match hit {
            Some(i) => {
                matched[i] = true;
                v.found += 1;
                if let Some(w) = locs.get(1)
                    && !witness_ok(&exp[i], w, g["facts"].get(1))
                {
                    v.wrong_witness.push(format!(
                        "{}: witness {}:{} is not among the expected ones",
                        describe(),
                        w["path"].as_str().unwrap_or(""),
                        w["line"]
                    ));
                }
            }
            None => v.unexpected.push(describe()),
        }
    }
    for (i, e) in exp.iter().enumerate() {
        if !matched[i] {
            v.missed.push(format!(
                "{} {} bytes {}..{} ({}{})",
                e["rule"].as_str().unwrap_or(""),
                e["path"].as_str().unwrap_or(""),
                e["sentence"][0],
                e["sentence"][1],
                e["state"].as_str().unwrap_or("-"),
                e["org"]
                    .as_str()
                    .map(|o| format!(", {o}"))
                    .unwrap_or_default(),
            ));
        }
    }
    Ok(v)
}

/// The model's article facts as JSON lines (for comparing templates with `claimlint facts`).
pub fn facts_json(c: &Corpus) -> Vec<Value> {
    let iso_opt = |d: Option<Day>| d.map(iso);
    c.facts
        .iter()
        .filter(|x| x.origin == Origin::Article)
        .map(|x| {
            let (_, a, b) = c.sentences[x.sent as usize];
            let mut v = json!({
                "path": c.paths[x.art as usize],
                "sentence": [a, b],
                "when": {"from": iso_opt(x.when.from), "to": iso_opt(x.when.to)},
                "modality": format!("{:?}", x.md).to_lowercase(),
                "shifted": x.shifted,
            });
            match x.claim {
                Claim::Mem { ev, state, org } => {
                    v["kind"] = json!("membership");
                    v["event"] = json!(ev.json());
                    v["state"] = json!(state);
                    v["org"] = json!(org);
                }
                Claim::Count { org, value, counts } => {
                    v["kind"] = json!("count");
                    v["org"] = json!(org);
                    v["value"] = json!(value);
                    v["counts"] = json!(counts.json());
                }
                Claim::Qty {
                    subject,
                    value,
                    approx,
                } => {
                    v["kind"] = json!("quantity");
                    v["subject"] = json!(subject);
                    v["value"] = json!(value);
                    v["approx"] = json!(approx);
                }
                Claim::Office {
                    person,
                    role,
                    state,
                } => {
                    v["kind"] = json!("office");
                    v["person"] = json!(person);
                    v["role"] = json!(role.json());
                    v["state"] = json!(state);
                }
            }
            v
        })
        .collect()
}
