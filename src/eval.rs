//! `claimlint eval`: precision and recall of the extracted facts against a gold file written
//! by hand (format: `docs/gold-format.md`).

use crate::corpus::{Article, SourceMap};
use crate::date::{Day, Interval};
use crate::diag::Problem;
use crate::fact::Fact;
use crate::lexicon::Lexicon;
use crate::report::facts::Namer;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

/// One gold line as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldLine {
    file: String,
    kind: String,
    event: Option<String>,
    state: Option<String>,
    org: Option<String>,
    counts: Option<String>,
    value: Option<u64>,
    approx: Option<bool>,
    unit: Option<String>,
    subject: Option<String>,
    person: Option<String>,
    role: Option<String>,
    when: Option<String>,
    modality: Option<String>,
    #[allow(dead_code)]
    quote: Option<String>,
}

/// What `eval` compares: every field but the quote.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub file: String,
    pub kind: String,
    pub event: Option<String>,
    pub state: Option<String>,
    pub org: Option<String>,
    pub counts: Option<String>,
    pub value: Option<u64>,
    pub approx: Option<bool>,
    pub unit: Option<String>,
    pub subject: Option<String>,
    pub person: Option<String>,
    pub role: Option<String>,
    pub when: Option<(Option<Day>, Option<Day>)>,
    pub modality: String,
}

impl Key {
    fn describe(&self) -> String {
        let mut parts = vec![self.kind.clone()];
        for v in [
            &self.event,
            &self.state,
            &self.org,
            &self.counts,
            &self.unit,
            &self.subject,
            &self.person,
            &self.role,
        ]
        .into_iter()
        .flatten()
        {
            parts.push(v.clone());
        }
        if let Some(v) = self.value {
            parts.push(format!(
                "{}{v}",
                if self.approx == Some(true) { "~" } else { "" }
            ));
        }
        let when = self.when.map_or("-".to_string(), |(a, b)| {
            Interval {
                from: a,
                to: b,
                precision: crate::date::Precision::Range,
            }
            .notation()
        });
        format!("{} when={} {}", parts.join(" "), when, self.modality)
    }

    fn without(&self, time: bool, modality: bool) -> Key {
        let mut k = self.clone();
        if time {
            k.when = None;
        }
        if modality {
            k.modality.clear();
        }
        k
    }
}

/// A gold fact with what helps a reader find it.
#[derive(Debug, Clone)]
pub struct GoldFact {
    pub key: Key,
    pub note: String,
}

/// Reads a gold file, or every `.jsonl` file under a folder (sorted).
pub fn read_gold(path: &Path) -> Result<Vec<GoldFact>, Vec<Problem>> {
    let mut files = Vec::new();
    if path.is_dir() {
        for e in ignore::WalkBuilder::new(path)
            .standard_filters(false)
            .build()
            .flatten()
        {
            if e.path().extension().is_some_and(|x| x == "jsonl") {
                files.push(e.into_path());
            }
        }
        files.sort();
    } else {
        files.push(path.to_path_buf());
    }
    let mut facts = Vec::new();
    let mut problems = Vec::new();
    for f in files {
        let rel = f.display().to_string();
        let text: std::sync::Arc<str> = match std::fs::read_to_string(&f) {
            Ok(t) => t.into(),
            Err(e) => {
                problems.push(Problem::error(
                    "gold::unreadable",
                    rel,
                    format!("cannot read the gold file: {e}"),
                ));
                continue;
            }
        };
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let l = line.trim();
            if l.is_empty() || l.starts_with("//") {
                continue;
            }
            let span = start..start + line.trim_end().len();
            match serde_json::from_str::<GoldLine>(l) {
                Ok(g) => match key_of_gold(&g) {
                    Ok(key) => facts.push(GoldFact {
                        key,
                        note: g.quote.clone().unwrap_or_default(),
                    }),
                    Err(msg) => {
                        problems.push(Problem::error("gold::bad-value", rel.clone(), msg).at(
                            &text,
                            span,
                            "in this gold fact",
                        ))
                    }
                },
                Err(e) => problems.push(
                    Problem::error(
                        "gold::bad-line",
                        rel.clone(),
                        format!("not a gold fact: {e}"),
                    )
                    .at(&text, span, "this line")
                    .with_help("see docs/gold-format.md"),
                ),
            }
        }
    }
    if problems.is_empty() {
        Ok(facts)
    } else {
        Err(problems)
    }
}

fn key_of_gold(g: &GoldLine) -> Result<Key, String> {
    if !["membership", "count", "quantity", "office"].contains(&g.kind.as_str()) {
        return Err(format!("unknown kind `{}`", g.kind));
    }
    if let Some(e) = &g.event
        && crate::fact::Event::parse(e).is_none()
    {
        return Err(format!("unknown event `{e}`"));
    }
    let when = match &g.when {
        Some(w) => {
            let i = Interval::parse_notation(w)
                .ok_or_else(|| format!("`{w}` is not a time in the gold notation"))?;
            Some((i.from, i.to))
        }
        None => None,
    };
    let modality = g.modality.clone().unwrap_or_else(|| "asserted".into());
    if !["asserted", "hedged", "planned", "negated"].contains(&modality.as_str()) {
        return Err(format!("unknown modality `{modality}`"));
    }
    let is = |k: &str| g.kind == k;
    Ok(Key {
        file: g.file.clone(),
        kind: g.kind.clone(),
        event: g.event.clone().filter(|_| is("membership")),
        state: g.state.clone().filter(|_| is("membership") || is("office")),
        org: g.org.clone().filter(|_| is("membership") || is("count")),
        counts: g.counts.clone().filter(|_| is("count")),
        value: g.value.filter(|_| is("count") || is("quantity")),
        approx: if is("quantity") {
            Some(g.approx.unwrap_or(false))
        } else {
            None
        },
        unit: g.unit.clone().filter(|_| is("quantity")),
        subject: g.subject.clone().filter(|_| is("quantity")),
        person: g.person.clone().filter(|_| is("office")),
        role: g.role.clone().filter(|_| is("office")),
        when,
        modality,
    })
}

/// The comparison key of an extracted fact.
pub fn key_of_fact(f: &Fact, sources: &SourceMap, lexicon: &Lexicon) -> Key {
    let namer = Namer { lexicon };
    let empty = HashMap::new();
    let j = namer.json(f, sources, &empty);
    Key {
        file: j.source.path.to_string(),
        kind: j.kind.to_string(),
        event: j.event.map(str::to_string),
        state: j.state.map(str::to_string),
        org: j.org.map(str::to_string),
        counts: j.counts.map(str::to_string),
        value: j.value,
        approx: j.approx,
        unit: j.unit.map(str::to_string),
        subject: j.subject.map(str::to_string),
        person: j.person.map(str::to_string),
        role: j.role.map(str::to_string),
        when: f.when.map(|w| (w.from, w.to)),
        modality: j.modality.to_string(),
    }
}

/// Counts for one slice of the facts.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Score {
    pub gold: usize,
    pub extracted: usize,
    pub matched: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.extracted == 0 {
            1.0
        } else {
            self.matched as f64 / self.extracted as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// The result of comparing extracted facts with gold facts.
#[derive(Debug, Default)]
pub struct Evaluation {
    /// Scores by slice: "overall", "membership", "membership:joined", "asserted membership", ...
    pub scores: BTreeMap<String, Score>,
    /// Gold facts not extracted, with a note.
    pub misses: Vec<(Key, String)>,
    /// Extracted facts not in the gold, with their text.
    pub extras: Vec<(Key, String)>,
    /// Misses that an extra matches but for time or modality: (gold, extracted, what differs).
    pub near: Vec<(Key, Key, &'static str)>,
}

fn slices(k: &Key) -> Vec<String> {
    let mut s = vec!["overall".to_string(), k.kind.clone()];
    if let Some(e) = &k.event {
        s.push(format!("membership:{e}"));
        if k.modality == "asserted" {
            s.push("asserted membership".into());
        }
    }
    s
}

/// Compares `extracted` (key and the claim's text) with `gold`, restricted to the files the gold
/// speaks of.
pub fn evaluate(gold: &[GoldFact], extracted: &[(Key, String)]) -> Evaluation {
    let files: std::collections::HashSet<&str> = gold.iter().map(|g| g.key.file.as_str()).collect();
    let mut pool: HashMap<&Key, Vec<&str>> = HashMap::new();
    for (k, text) in extracted
        .iter()
        .filter(|(k, _)| files.contains(k.file.as_str()))
    {
        pool.entry(k).or_default().push(text);
    }
    let mut ev = Evaluation::default();
    let bump = |ev: &mut Evaluation, k: &Key, f: &dyn Fn(&mut Score)| {
        for s in slices(k) {
            f(ev.scores.entry(s).or_default());
        }
    };
    for (k, _) in extracted
        .iter()
        .filter(|(k, _)| files.contains(k.file.as_str()))
    {
        bump(&mut ev, k, &|s| s.extracted += 1);
    }
    let mut misses = Vec::new();
    for g in gold {
        bump(&mut ev, &g.key, &|s| s.gold += 1);
        match pool.get_mut(&g.key).filter(|v| !v.is_empty()) {
            Some(v) => {
                v.pop();
                bump(&mut ev, &g.key, &|s| s.matched += 1);
            }
            None => misses.push((g.key.clone(), g.note.clone())),
        }
    }
    let mut extras: Vec<(Key, String)> = pool
        .into_iter()
        .flat_map(|(k, v)| v.into_iter().map(move |t| (k.clone(), t.to_string())))
        .collect();
    extras.sort();
    misses.sort();
    // Pair misses with extras that differ only in time or modality.
    for (m, _) in &misses {
        for (what, t, md) in [
            ("wrong time", true, false),
            ("wrong modality", false, true),
            ("wrong time and modality", true, true),
        ] {
            if let Some((e, _)) = extras
                .iter()
                .find(|(e, _)| e.without(t, md) == m.without(t, md))
            {
                ev.near.push((m.clone(), e.clone(), what));
                break;
            }
        }
    }
    ev.misses = misses;
    ev.extras = extras;
    ev
}

/// Runs extraction results against the gold at `gold_path`.
pub fn run(
    gold: &[GoldFact],
    facts: &[Fact],
    sources: &SourceMap,
    lexicon: &Lexicon,
    _articles: &[Article],
) -> Evaluation {
    let extracted: Vec<(Key, String)> = facts
        .iter()
        .map(|f| {
            let file = sources.get(f.file);
            (
                key_of_fact(f, sources, lexicon),
                file.text()[f.span.start as usize..f.span.end as usize].to_string(),
            )
        })
        .collect();
    evaluate(gold, &extracted)
}

/// The evaluation as a human-readable report.
pub fn render(ev: &Evaluation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<28} {:>5} {:>9} {:>7} {:>9} {:>6} {:>6}",
        "slice", "gold", "extracted", "matched", "precision", "recall", "F1"
    );
    for (name, s) in &ev.scores {
        let _ = writeln!(
            out,
            "{name:<28} {:>5} {:>9} {:>7} {:>9.3} {:>6.3} {:>6.3}",
            s.gold,
            s.extracted,
            s.matched,
            s.precision(),
            s.recall(),
            s.f1()
        );
    }
    if !ev.misses.is_empty() {
        let _ = writeln!(
            out,
            "\nmisses (in the gold, not extracted): {}",
            ev.misses.len()
        );
        for (k, note) in &ev.misses {
            let near = ev
                .near
                .iter()
                .find(|(m, _, _)| m == k)
                .map(|(_, e, what)| format!("  [{what}: extracted {}]", e.describe()))
                .unwrap_or_default();
            let _ = writeln!(out, "  {}: {}  «{note}»{near}", k.file, k.describe());
        }
    }
    if !ev.extras.is_empty() {
        let _ = writeln!(
            out,
            "\nextras (extracted, not in the gold): {}",
            ev.extras.len()
        );
        for (k, text) in &ev.extras {
            let _ = writeln!(
                out,
                "  {}: {}  «{}»",
                k.file,
                k.describe(),
                text.replace('\n', " ")
            );
        }
    }
    out
}
