//! Evaluating rules over the facts of a corpus.
//!
//! Facts are indexed per pattern by the values of the variables the pattern shares with the
//! patterns bound before it (a hash join). Inside one key the facts are kept sorted by the ends
//! of their time intervals, so that the time condition linking a witness to the bound facts
//! becomes a binary search, and witnesses and exceptions are existence checks that stop at
//! the first (nearest) match. The engine counts the candidates it examines and the probes
//! (binary searches and bucket lookups) it makes, so tests can check how the work grows.

use super::{Cond, Kind, OrgMatch, Origin, Pattern, Rule, RuleSet, Slot, Value};
use crate::corpus::FileId;
use crate::date::{Day, Interval, Precision};
use crate::fact::{Claim, Counted, Event, Fact, PersonRef};
use crate::lexicon::{Lexicon, OrgId};
use rustc_hash::{FxHashMap, FxHashMap as HashMap, FxHashSet};
use std::borrow::Cow;
use std::collections::BTreeSet;

/// Three-valued truth: a rule fires only on `True`; an exception blocks unless `False`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }

    pub fn negate(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }

    fn from_bool(b: bool) -> Tri {
        if b { Tri::True } else { Tri::False }
    }
}

/// Every fact the rules see, with where each came from.
pub struct World<'a> {
    pub facts: &'a [Fact],
    pub origins: Vec<Origin>,
    pub lexicon: &'a Lexicon,
    /// Each organisation's lineage root (the CSTO's is the CST).
    family: Vec<OrgId>,
    /// The date of each article, to prefer witnesses published before the claim they witness.
    dates: HashMap<FileId, Day>,
    /// The lexicon's people by id, shared rather than copied into each binding.
    person_names: Vec<std::sync::Arc<str>>,
    shapes: Shapes,
    /// The facts by the values of their fields, built when a re-check first asks.
    fields: std::sync::OnceLock<Fields>,
}

/// The facts by state, by organisation (exact and lineage) and by quantity subject, so that a
/// re-check scans only the facts of the keys that changed.
#[derive(Default)]
struct Fields {
    state: FxHashMap<u16, Vec<u32>>,
    org: FxHashMap<u16, Vec<u32>>,
    family: FxHashMap<u16, Vec<u32>>,
    subject: FxHashMap<u16, Vec<u32>>,
}

/// The `state` of a fact that names none.
const NO_STATE: u16 = u16::MAX;

/// The facts by kind, and the membership facts by event, so that a pattern scans only the
/// facts that can match it (a rule about withdrawals never looks at quantities).
struct Shapes {
    by_kind: [Vec<u32>; 4],
    by_event: Vec<Vec<u32>>,
}

impl Shapes {
    fn new(facts: &[Fact]) -> Shapes {
        let mut by_kind: [Vec<u32>; 4] = Default::default();
        let mut by_event = vec![Vec::new(); Event::ALL.len()];
        for (i, f) in facts.iter().enumerate() {
            let i = i as u32;
            let kind = match f.claim {
                Claim::Membership { event, .. } => {
                    by_event[event as usize].push(i);
                    Kind::Membership
                }
                Claim::Count { .. } => Kind::Count,
                Claim::Quantity { .. } => Kind::Quantity,
                Claim::Office { .. } => Kind::Office,
            };
            by_kind[kind as usize].push(i);
        }
        Shapes { by_kind, by_event }
    }
}

/// What the engine examined: candidate facts tried against a pattern, and index probes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Work {
    pub candidates: u64,
    pub probes: u64,
}

/// A contradiction: the offending claim, the nearest witness of each pattern, and how many
/// further witnesses agree.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: usize,
    pub case: usize,
    /// Fact indexes by binding (0 is the primary), with the binding's name.
    pub bindings: Vec<(String, usize)>,
    /// Further facts that would have served as the first witness.
    pub others: usize,
    pub message: String,
    /// The variables' values, by name (without `?`), for messages and explanations.
    pub values: Vec<(String, String)>,
}

impl<'a> World<'a> {
    pub fn new(
        facts: &'a [Fact],
        origin_of: impl Fn(FileId) -> Origin,
        lexicon: &'a Lexicon,
    ) -> World<'a> {
        let origins = facts.iter().map(|f| origin_of(f.file)).collect();
        let family = (0..lexicon.orgs.len())
            .map(|i| lexicon.lineage_root(OrgId(i as u16)))
            .collect();
        World {
            facts,
            origins,
            lexicon,
            family,
            dates: HashMap::default(),
            shapes: Shapes::new(facts),
            fields: Default::default(),
            person_names: lexicon
                .people
                .iter()
                .map(|p| p.name.as_str().into())
                .collect(),
        }
    }

    /// The facts that can match `p` by their kind and event, in fact order.
    fn candidates(&self, p: &Pattern) -> Cow<'_, [u32]> {
        let all = &self.shapes.by_kind[p.kind as usize];
        if p.kind != Kind::Membership || Event::ALL.iter().all(|e| p.events.contains(e)) {
            return Cow::Borrowed(all);
        }
        let lists: Vec<&Vec<u32>> = Event::ALL
            .iter()
            .filter(|e| p.events.contains(e))
            .map(|e| &self.shapes.by_event[*e as usize])
            .collect();
        match lists[..] {
            [] => Cow::Borrowed(&[]),
            [one] => Cow::Borrowed(one),
            _ => {
                let mut merged: Vec<u32> = lists.into_iter().flatten().copied().collect();
                merged.sort_unstable();
                Cow::Owned(merged)
            }
        }
    }

    fn fields(&self) -> &Fields {
        self.fields.get_or_init(|| {
            let mut f = Fields::default();
            for (i, fact) in self.facts.iter().enumerate() {
                let i = i as u32;
                let (state, org) = match &fact.claim {
                    Claim::Membership { state, org, .. } => {
                        (Some(state.map_or(NO_STATE, |s| s.0)), Some(*org))
                    }
                    Claim::Count { org, .. } => (None, Some(*org)),
                    Claim::Quantity { subject, .. } => {
                        f.subject.entry(subject.0).or_default().push(i);
                        (None, None)
                    }
                    Claim::Office { state, .. } => (Some(state.0), None),
                };
                if let Some(s) = state {
                    f.state.entry(s).or_default().push(i);
                }
                if let Some(o) = org {
                    f.org.entry(o.0).or_default().push(i);
                    f.family
                        .entry(self.family[o.0 as usize].0)
                        .or_default()
                        .push(i);
                }
            }
            f
        })
    }

    /// The facts that can match `p` and have one of `keys`' values (a superset: each is still
    /// bound and checked), in fact order.
    fn candidates_in(&self, p: &Pattern, rule: &Rule, keys: Option<&Keys>) -> Cow<'_, [u32]> {
        let Some(keys) = keys else {
            return self.candidates(p);
        };
        let fields = self.fields();
        for (x, values) in keys.vars.iter().zip(&keys.values) {
            let is = |s: &Slot| *s == Slot::Var(*x);
            let map = if is(&p.state) {
                &fields.state
            } else if is(&p.org) {
                match rule.same_org {
                    OrgMatch::Exact => &fields.org,
                    OrgMatch::Lineage => &fields.family,
                }
            } else if is(&p.subject) {
                &fields.subject
            } else {
                continue;
            };
            let mut out: Vec<u32> = values
                .iter()
                .filter_map(|v| match *v {
                    Value::State(s) | Value::Org(s) | Value::Subject(s) => map.get(&s),
                    Value::Nothing => map.get(&NO_STATE),
                    _ => None,
                })
                .flatten()
                .copied()
                .collect();
            out.sort_unstable();
            out.dedup();
            return Cow::Owned(out);
        }
        self.candidates(p)
    }

    /// The membership facts, in fact order.
    fn memberships(&self) -> &[u32] {
        &self.shapes.by_kind[Kind::Membership as usize]
    }

    /// Adds the articles' dates (witnesses published before a claim are shown first).
    pub fn with_dates(mut self, dates: impl IntoIterator<Item = (FileId, Day)>) -> Self {
        self.dates = dates.into_iter().collect();
        self
    }

    /// The publication date of the article fact `i` comes from.
    pub fn published(&self, i: usize) -> Option<Day> {
        self.dates.get(&self.facts[i].file).copied()
    }

    fn org_value(&self, org: OrgId, rule: &Rule) -> Value {
        match rule.same_org {
            OrgMatch::Exact => Value::Org(org.0),
            OrgMatch::Lineage => Value::Org(self.family[org.0 as usize].0),
        }
    }

    /// Whether fact `i` matches `p`, binding its variables into `vars` (checking those bound).
    fn bind(&self, p: &Pattern, i: usize, rule: &Rule, vars: &mut [Option<Value>]) -> bool {
        let f = &self.facts[i];
        if !p.modality.contains(&f.modality) {
            return false;
        }
        if let Some(origins) = &p.origin
            && !origins.contains(&self.origins[i])
        {
            return false;
        }
        if let Some(current) = p.current
            && current == f.shifted
        {
            return false;
        }
        let slot = |s: &Slot, v: Option<Value>, vars: &mut [Option<Value>]| -> bool {
            match s {
                Slot::Any => true,
                Slot::Const(c) => v.as_ref() == Some(c),
                Slot::Var(x) => match (&vars[*x], v) {
                    (_, None) => false,
                    (Some(bound), Some(v)) => *bound == v,
                    (None, Some(v)) => {
                        vars[*x] = Some(v);
                        true
                    }
                },
            }
        };
        match (&f.claim, p.kind) {
            (Claim::Membership { event, state, org }, Kind::Membership) => {
                p.events.contains(event)
                    && slot(&p.event, Some(Value::Event(*event)), vars)
                    && slot(
                        &p.state,
                        Some(state.map_or(Value::Nothing, |s| Value::State(s.0))),
                        vars,
                    )
                    && slot(&p.org, Some(self.org_value(*org, rule)), vars)
            }
            (Claim::Count { org, counts, .. }, Kind::Count) => {
                (p.counts.is_empty() || p.counts.contains(counts))
                    && slot(&p.org, Some(self.org_value(*org, rule)), vars)
            }
            (Claim::Quantity { subject, .. }, Kind::Quantity) => {
                slot(&p.subject, Some(Value::Subject(subject.0)), vars)
            }
            (
                Claim::Office {
                    person,
                    role,
                    state,
                },
                Kind::Office,
            ) => {
                let name = match person {
                    PersonRef::Known(id) => self.person_names[id.0 as usize].clone(),
                    PersonRef::Named(n) => n.clone(),
                };
                (p.roles.is_empty() || p.roles.contains(role))
                    && slot(&p.role, Some(Value::Role(*role)), vars)
                    && slot(&p.person, Some(Value::Person(name)), vars)
                    && slot(&p.state, Some(Value::State(state.0)), vars)
            }
            _ => false,
        }
    }

    fn when(&self, i: usize) -> Option<Interval> {
        self.facts[i].when
    }

    /// The display value of a variable's binding.
    pub fn display(&self, v: &Value) -> String {
        match v {
            Value::Nothing => String::new(),
            Value::State(s) => self.lexicon.states[*s as usize].id.clone(),
            Value::Org(o) => self.lexicon.orgs[*o as usize].id.clone(),
            Value::Person(p) => p.to_string(),
            Value::Subject(s) => self.lexicon.subjects[*s as usize].id.clone(),
            Value::Event(e) => e.noun().to_string(),
            Value::Role(r) => r.as_str().replace('_', " "),
            Value::File(f) => format!("file {f}"),
        }
    }
}

/// The facts under one join key, sorted for time queries.
#[derive(Default)]
struct Bucket {
    /// All facts, in fact order.
    all: Vec<u32>,
    /// Facts with a known end, by end, and the running maximum of their starts (unknown = far
    /// past).
    by_to: Vec<(Day, u32)>,
    by_to_max_from: Vec<Day>,
    /// Facts with a known start and a known end at most [`SHORT_DAYS`] later, by start (then
    /// end): a window on the start, widened by `longest`, finds every one near a day.
    short: Vec<(Day, Day, u32)>,
    /// The longest interval in `short`.
    longest: i32,
    /// Facts with a known start and a long or unknown (far future) end, by start: terms of
    /// office, reference statuses. Few per key; scanned with a filter.
    long: Vec<(Day, Day, u32)>,
    /// Facts with an unknown start: they might begin at any time.
    open_from: Vec<u32>,
}

const FAR_FUTURE: Day = Day(i32::MAX / 2);
const FAR_PAST: Day = Day(i32::MIN / 2);

/// Intervals longer than this go to a bucket's `long` list, so one long term does not widen
/// every window.
const SHORT_DAYS: i32 = 400;

/// At most this many candidates are examined to count a finding's further witnesses (the
/// count is exact below it, a lower bound beyond): a claim that contradicts thousands of
/// reports must not cost thousands of checks to say so.
pub const OTHERS_CAP: usize = 16;

type Facts<'b> = Box<dyn Iterator<Item = usize> + 'b>;

impl Bucket {
    /// The dated facts that start no later than `last` and might end on or after `first`,
    /// latest start first.
    fn touching(&self, first: Day, last: Day) -> Facts<'_> {
        let lo = Day(first.0.saturating_sub(self.longest));
        let a = self.short.partition_point(|(s, _, _)| *s < lo);
        let b = self.short.partition_point(|(s, _, _)| *s <= last);
        let c = self.long.partition_point(|(s, _, _)| *s <= last);
        Box::new(
            self.short[a..b]
                .iter()
                .rev()
                .chain(self.long[..c].iter().rev())
                .filter(move |(_, t, _)| *t >= first)
                .map(|&(_, _, i)| i as usize),
        )
    }

    /// The dated facts that start after `day`, earliest first.
    fn starting_after(&self, day: Day) -> Facts<'_> {
        let a = self.short.partition_point(|(s, _, _)| *s <= day);
        let b = self.long.partition_point(|(s, _, _)| *s <= day);
        Box::new(
            self.short[a..]
                .iter()
                .chain(&self.long[b..])
                .map(|&(_, _, i)| i as usize),
        )
    }

    /// The dated facts that start before `day`, latest first.
    fn starting_before(&self, day: Day) -> Facts<'_> {
        let a = self.short.partition_point(|(s, _, _)| *s < day);
        let b = self.long.partition_point(|(s, _, _)| *s < day);
        Box::new(
            self.short[..a]
                .iter()
                .rev()
                .chain(self.long[..b].iter().rev())
                .map(|&(_, _, i)| i as usize),
        )
    }

    fn finish(&mut self, world: &World<'_>) {
        for &i in &self.all {
            let w = world.when(i as usize);
            let (from, to) = (w.and_then(|w| w.from), w.and_then(|w| w.to));
            if let Some(t) = to {
                self.by_to.push((t, i));
            }
            match (from, to) {
                (Some(f), Some(t)) if t.0.saturating_sub(f.0) <= SHORT_DAYS => {
                    self.longest = self.longest.max(t.0.saturating_sub(f.0));
                    self.short.push((f, t, i));
                }
                (Some(f), t) => self.long.push((f, t.unwrap_or(FAR_FUTURE), i)),
                (None, _) => self.open_from.push(i),
            }
        }
        self.by_to.sort();
        let mut running = FAR_PAST;
        self.by_to_max_from = self
            .by_to
            .iter()
            .map(|&(_, i)| {
                running = running.max(
                    world
                        .when(i as usize)
                        .and_then(|w| w.from)
                        .unwrap_or(FAR_PAST),
                );
                running
            })
            .collect();
        self.short.sort();
        self.long.sort();
    }
}

/// An index over the facts a pattern can bind, keyed by the variables it shares with the
/// patterns bound before it, or, when it is joined on the article, by the file alone.
struct Index {
    /// The variables of the key (none for an index joined on the article: binding checks them).
    key_vars: Vec<usize>,
    /// When a `SameArticle` condition ties the pattern to an earlier binding, its file is the
    /// key (so one article's facts are found without scanning the others').
    same_file_as: Option<usize>,
    buckets: HashMap<Vec<Value>, Bucket>,
}

impl Index {
    /// The bucket key for the bindings made so far.
    fn key(&self, vars: &[Option<Value>], facts: &[usize], world: &World<'_>) -> Vec<Value> {
        let mut key: Vec<Value> = self
            .key_vars
            .iter()
            .map(|v| vars[*v].clone().expect("key variables are bound"))
            .collect();
        if let Some(b) = self.same_file_as {
            key.push(Value::File(world.facts[facts[b]].file.0));
        }
        key
    }
}

/// Which facts an index is built from.
#[derive(Clone, Copy)]
struct Scan<'s> {
    /// The articles the primary matches in (for indexes joined on the article).
    primary_files: &'s FxHashSet<FileId>,
    /// The changed keys, on a re-check.
    keys: Option<&'s Keys>,
}

impl Index {
    fn build(
        world: &World<'_>,
        rule: &Rule,
        p: &Pattern,
        bound: &BTreeSet<usize>,
        nvars: usize,
        same_file_as: Option<usize>,
        scan: &Scan<'_>,
    ) -> Index {
        let Scan {
            primary_files,
            keys,
        } = *scan;
        let pattern_vars: Vec<usize> = [&p.event, &p.state, &p.org, &p.person, &p.subject, &p.role]
            .into_iter()
            .filter_map(|s| match s {
                Slot::Var(v) => Some(*v),
                _ => None,
            })
            .collect();
        // Joined on the article, the file alone keys the bucket: an article holds a few dozen
        // facts at most, which binding filters, and one bucket per article instead of one per
        // article and value keeps the index small (a bucket per key costs far more than its
        // facts).
        let key_vars: Vec<usize> = pattern_vars
            .iter()
            .copied()
            .filter(|v| bound.contains(v) && same_file_as.is_none())
            .collect();
        let mut buckets: HashMap<Vec<Value>, Bucket> = HashMap::default();
        let mut vars = vec![None; nvars];
        for &i in world.candidates_in(p, rule, keys).iter() {
            let i = i as usize;
            // Joined on the article: only articles with a primary can be asked for.
            if same_file_as.is_some() && !primary_files.contains(&world.facts[i].file) {
                continue;
            }
            vars.iter_mut().for_each(|v| *v = None);
            if world.bind(p, i, rule, &mut vars) && keys.is_none_or(|k| k.admits(&vars)) {
                let mut key: Vec<Value> = key_vars
                    .iter()
                    .map(|v| vars[*v].clone().expect("bound by the pattern"))
                    .collect();
                if same_file_as.is_some() {
                    key.push(Value::File(world.facts[i].file.0));
                }
                buckets.entry(key).or_default().all.push(i as u32);
            }
        }
        for b in buckets.values_mut() {
            b.finish(world);
        }
        Index {
            key_vars,
            same_file_as,
            buckets,
        }
    }
}

/// Three-valued time relations over day intervals (an unknown end is unknown).
pub mod time {
    use super::Tri;
    use crate::date::Interval;

    /// `a` lies wholly before `b`.
    pub fn before(a: Option<Interval>, b: Option<Interval>) -> Tri {
        let (Some(a), Some(b)) = (a, b) else {
            return Tri::Unknown;
        };
        match (a.to, b.from) {
            (Some(at), Some(bf)) if at < bf => return Tri::True,
            _ => {}
        }
        match (a.from, b.to) {
            (Some(af), Some(bt)) if af >= bt => Tri::False,
            _ => Tri::Unknown,
        }
    }

    /// `a` and `b` share a day.
    pub fn overlaps(a: Option<Interval>, b: Option<Interval>) -> Tri {
        let (Some(a), Some(b)) = (a, b) else {
            return Tri::Unknown;
        };
        if let (Some(at), Some(bf)) = (a.to, b.from)
            && at < bf
        {
            return Tri::False;
        }
        if let (Some(bt), Some(af)) = (b.to, a.from)
            && bt < af
        {
            return Tri::False;
        }
        match (a.from, a.to, b.from, b.to) {
            (Some(af), Some(at), Some(bf), Some(bt)) if af <= bt && bf <= at => Tri::True,
            _ => Tri::Unknown,
        }
    }

    /// `a` and `b` lie at most `days` apart.
    pub fn within(a: Option<Interval>, b: Option<Interval>, days: u32) -> Tri {
        let (Some(a), Some(b)) = (a, b) else {
            return Tri::Unknown;
        };
        let d = i32::try_from(days).unwrap_or(i32::MAX);
        if let (Some(af), Some(bt)) = (a.from, b.to)
            && af.0.saturating_sub(bt.0) > d
        {
            return Tri::False;
        }
        if let (Some(bf), Some(at)) = (b.from, a.to)
            && bf.0.saturating_sub(at.0) > d
        {
            return Tri::False;
        }
        match (a.from, a.to, b.from, b.to) {
            (Some(af), Some(at), Some(bf), Some(bt))
                if at.0.saturating_sub(bf.0).saturating_abs() <= d
                    && bt.0.saturating_sub(af.0).saturating_abs() <= d =>
            {
                Tri::True
            }
            _ => Tri::Unknown,
        }
    }
}

/// What `solve` looks for: bindings for `patterns` (from some depth on) that make `conds`
/// true — or, for an exception (`might`), not false.
#[derive(Clone, Copy)]
struct Goal<'g> {
    patterns: &'g [Pattern],
    indexes: &'g [Index],
    conds: &'g [Cond],
    might: bool,
}

/// Memoised member ranges by (organisation, what is counted, day).
type MemberRanges = HashMap<(u16, Counted, i32), (usize, usize)>;

/// Evaluation state for one rule case.
struct CaseEval<'w, 'a> {
    world: &'w World<'a>,
    rule: &'w Rule,
    case: usize,
    /// One index per pattern after the primary, then per exception pattern.
    indexes: Vec<Index>,
    unless_indexes: Vec<Vec<Index>>,
    /// Each exception's patterns after the case's own, as its search sees them.
    unless_patterns: Vec<Vec<Pattern>>,
    /// The exceptions look at the primary alone: one check per primary serves every witness.
    primary_only: bool,
    /// The last witness is found by `Before(witness, earlier)` and the exceptions see it only
    /// through its start, as the first of a `Between` or `Before`: a witness that starts later
    /// can only be excused by fewer exceptions. Holds (witness depth, earlier binding).
    dominated: Option<(usize, usize)>,
    members: std::cell::RefCell<MemberRanges>,
    /// Membership over time by (organisation, what is counted), built on first use.
    timelines: std::cell::RefCell<HashMap<(u16, Counted), Members>>,
    /// Membership facts by sentence, for the sentences with a count, built on first use by
    /// `ListDiffers`.
    sentences: std::cell::OnceCell<HashMap<(FileId, u32), Vec<usize>>>,
    work: std::cell::Cell<Work>,
}

impl CaseEval<'_, '_> {
    fn count(&self, candidates: u64, probes: u64) {
        let mut w = self.work.get();
        w.candidates += candidates;
        w.probes += probes;
        self.work.set(w);
    }

    /// Evaluates a condition on bound facts.
    fn cond(&self, c: &Cond, facts: &[usize], vars: &[Option<Value>]) -> Tri {
        let w = |b: usize| self.world.when(facts[b]);
        match *c {
            Cond::Before(a, b) => time::before(w(a), w(b)),
            Cond::Overlaps(a, b) => time::overlaps(w(a), w(b)),
            Cond::Disjoint(a, b) => time::overlaps(w(a), w(b)).negate(),
            Cond::Within(a, b, d) => time::within(w(a), w(b), d),
            Cond::Between(x, a, b) => time::before(w(a), w(x)).and(time::before(w(x), w(b))),
            Cond::SameArticle(a, b) => {
                Tri::from_bool(self.world.facts[facts[a]].file == self.world.facts[facts[b]].file)
            }
            Cond::DifferentArticle(a, b) => {
                Tri::from_bool(self.world.facts[facts[a]].file != self.world.facts[facts[b]].file)
            }
            Cond::Equal(a, b) => match (&vars[a], &vars[b]) {
                (Some(x), Some(y)) => Tri::from_bool(x == y),
                _ => Tri::Unknown,
            },
            Cond::NotEqual(a, b) => match (&vars[a], &vars[b]) {
                (Some(x), Some(y)) => Tri::from_bool(x != y),
                _ => Tri::Unknown,
            },
            Cond::Differ {
                a,
                b,
                ratio,
                approx_ratio,
            } => self.differ(facts[a], facts[b], ratio, approx_ratio),
            Cond::Agree {
                a,
                b,
                ratio,
                approx_ratio,
            } => self
                .differ(facts[a], facts[b], ratio, approx_ratio)
                .negate(),
            Cond::OutsideMembers(a) => self.outside_members(facts[a]),
            Cond::EventIn(a, ref events) => match self.world.facts[facts[a]].claim {
                Claim::Membership { event, .. } => Tri::from_bool(events.contains(&event)),
                _ => Tri::False,
            },
            Cond::ListDiffers(a) => self.list_differs(facts[a]),
            Cond::BeforeFounding(a) => {
                let f = &self.world.facts[facts[a]];
                let Claim::Membership { org, .. } = f.claim else {
                    return Tri::Unknown;
                };
                let Some(founded) = self.world.lexicon.org(org).founded else {
                    return Tri::Unknown;
                };
                time::before(f.when, Some(Interval::day(founded)))
            }
        }
    }

    /// Whether the figures of facts `a` and `b` differ by more than `ratio` of the larger one
    /// (`approx_ratio` when either is approximate).
    fn differ(&self, a: usize, b: usize, ratio: f64, approx_ratio: f64) -> Tri {
        let (Some((x, ax)), Some((y, ay))) =
            (amount(&self.world.facts[a]), amount(&self.world.facts[b]))
        else {
            return Tri::Unknown;
        };
        let limit = if ax || ay { approx_ratio } else { ratio };
        let larger = x.max(y) as f64;
        Tri::from_bool(larger > 0.0 && (x as f64 - y as f64).abs() / larger > limit)
    }

    /// Conditions whose bindings all lie below `depth`, evaluated once the binding at
    /// `depth - 1` is made.
    /// Conditions on variables alone wait until every pattern is bound (`total`).
    fn ready(conds: &[Cond], depth: usize, total: usize) -> impl Iterator<Item = &Cond> {
        conds.iter().filter(move |c| {
            let b = c.bindings();
            let max = b.iter().copied().max();
            match max {
                Some(m) => m + 1 == depth,
                None => depth == total,
            }
        })
    }

    /// Candidates for the binding at `depth` (a witness), nearest first, pruned by a time
    /// condition linking it to an earlier binding. Lazy: the caller stops at the first that
    /// fits, so a long bucket costs a binary search, not a scan.
    fn candidates<'b>(
        &self,
        bucket: &'b Bucket,
        conds: &[Cond],
        depth: usize,
        facts: &[usize],
        might: bool,
    ) -> Box<dyn Iterator<Item = usize> + 'b> {
        let when = |b: usize| self.world.when(facts[b]);
        let none = || -> Box<dyn Iterator<Item = usize> + 'b> { Box::new(std::iter::empty()) };
        // The most selective condition prunes: a window before a one-sided bound.
        let rank = |c: &&Cond| match c {
            Cond::Within(..) => 0,
            Cond::Between(..) => 1,
            Cond::Disjoint(..) | Cond::Overlaps(..) => 2,
            _ => 3,
        };
        let mut ordered: Vec<&Cond> = conds.iter().collect();
        ordered.sort_by_key(rank);
        for c in ordered {
            match *c {
                // The witness ends before the earlier fact starts: the tail of `by_to` below it.
                Cond::Before(x, e) if x == depth && e < depth && !might => {
                    let Some(start) = when(e).and_then(|w| w.from) else {
                        return none();
                    };
                    self.count(0, 1);
                    let end = bucket.by_to.partition_point(|(t, _)| *t < start);
                    return Box::new(bucket.by_to[..end].iter().rev().map(|&(_, i)| i as usize));
                }
                // The witness starts after the earlier fact ends.
                Cond::Before(e, x) if x == depth && e < depth && !might => {
                    let Some(end) = when(e).and_then(|w| w.to) else {
                        return none();
                    };
                    self.count(0, 1);
                    return bucket.starting_after(end);
                }
                // Two dates that cannot both be true: wholly before or wholly after.
                Cond::Disjoint(x, e) | Cond::Disjoint(e, x)
                    if x == depth && e < depth && !might =>
                {
                    let Some(w) = when(e) else { return none() };
                    self.count(0, 2);
                    let before = w
                        .from
                        .map_or(0, |start| bucket.by_to.partition_point(|(t, _)| *t < start));
                    let after: Facts<'b> = match w.to {
                        Some(end) => bucket.starting_after(end),
                        None => Box::new(std::iter::empty()),
                    };
                    return Box::new(
                        bucket.by_to[..before]
                            .iter()
                            .rev()
                            .map(|&(_, i)| i as usize)
                            .chain(after),
                    );
                }
                // Close in time: anything touching the fact's interval widened by the days.
                Cond::Within(x, e, d) | Cond::Within(e, x, d)
                    if x == depth && e < depth && !might =>
                {
                    let (Some(f), Some(t)) =
                        (when(e).and_then(|w| w.from), when(e).and_then(|w| w.to))
                    else {
                        return none();
                    };
                    self.count(0, 2);
                    let d = i32::try_from(d).unwrap_or(i32::MAX);
                    return bucket.touching(Day(f.0.saturating_sub(d)), Day(t.0.saturating_add(d)));
                }
                // An exception that might lie between two facts: it must not end before the
                // first, nor start after the second.
                Cond::Between(x, a, b) if x == depth && a < depth && b < depth && might => {
                    let first_start = when(a).and_then(|w| w.from).unwrap_or(FAR_PAST);
                    let last_end = when(b).and_then(|w| w.to).unwrap_or(FAR_FUTURE);
                    self.count(0, 2);
                    return Box::new(
                        bucket
                            .touching(first_start, last_end)
                            .chain(bucket.open_from.iter().map(|&i| i as usize)),
                    );
                }
                // Sharing a day. Facts with no start can only ever "might" overlap.
                Cond::Overlaps(x, e) | Cond::Overlaps(e, x) if x == depth && e < depth => {
                    let w = when(e);
                    let (from, to) = (w.and_then(|w| w.from), w.and_then(|w| w.to));
                    if !might && (from.is_none() || to.is_none()) {
                        return none();
                    }
                    self.count(0, 2);
                    let dated = bucket.touching(from.unwrap_or(FAR_PAST), to.unwrap_or(FAR_FUTURE));
                    return if might {
                        Box::new(dated.chain(bucket.open_from.iter().map(|&i| i as usize)))
                    } else {
                        dated
                    };
                }
                // An exception that might come before a fact: anything starting no later than
                // it ends.
                Cond::Before(x, e) if x == depth && e < depth && might => {
                    let end = when(e).and_then(|w| w.to).unwrap_or(FAR_FUTURE);
                    self.count(0, 1);
                    return Box::new(
                        bucket
                            .starting_before(end)
                            .chain(bucket.open_from.iter().map(|&i| i as usize)),
                    );
                }
                _ => {}
            }
        }
        Box::new(bucket.all.iter().map(|&i| i as usize))
    }

    /// Finds the nearest complete binding for the patterns from `depth` on.
    fn solve(
        &self,
        goal: &Goal<'_>,
        depth: usize,
        facts: &mut Vec<usize>,
        vars: &mut Vec<Option<Value>>,
    ) -> bool {
        let Goal {
            patterns,
            indexes,
            conds,
            might,
        } = *goal;
        if depth == patterns.len() {
            // A witness an exception might excuse does not count; another may still fire.
            return might || self.primary_only || !self.blocked(facts, vars);
        }
        let index = &indexes[depth - self.first_indexed(might)];
        let key = index.key(vars, facts, self.world);
        self.count(0, 1);
        let Some(bucket) = index.buckets.get(&key) else {
            return false;
        };
        if let Some((d, e)) = self.dominated
            && d == depth
            && !might
            && !self.primary_only
        {
            return self.solve_dominated(goal, bucket, depth, e, facts, vars);
        }
        // Nearest first; among the nearest few, articles before the reference and the lexicon:
        // an editor wants to see the article that disagrees.
        let mut lazy = self.candidates(bucket, conds, depth, facts, might);
        let mut head: Vec<usize> = lazy.by_ref().take(if might { 0 } else { 16 }).collect();
        self.prefer_articles(&mut head, facts[0]);
        // Every candidate at this depth finds the same variables unbound; a failed candidate
        // unbinds just those.
        let unbound: Vec<usize> = (0..vars.len()).filter(|&x| vars[x].is_none()).collect();
        let reset = |vars: &mut Vec<Option<Value>>| unbound.iter().for_each(|&x| vars[x] = None);
        // When only time conditions look at this binding, a candidate with the same interval
        // and the same values as one that failed fails too: an archive repeats a date many
        // times, and each repeat is skipped.
        let pure = self.only_time_looks_at(depth, conds, might);
        let mut failed: FxHashSet<(Option<Interval>, Vec<Option<Value>>)> = Default::default();
        for cand in head.into_iter().chain(lazy) {
            self.count(1, 0);
            if !self.world.bind(&patterns[depth], cand, self.rule, vars) {
                reset(vars);
                continue;
            }
            let seen = pure.then(|| (self.world.when(cand), vars.clone()));
            if let Some(k) = &seen
                && failed.contains(k)
            {
                reset(vars);
                continue;
            }
            facts.push(cand);
            let ok = Self::ready(conds, depth + 1, patterns.len()).all(|c| {
                let t = self.cond(c, facts, vars);
                if might {
                    t != Tri::False
                } else {
                    t == Tri::True
                }
            });
            if ok && self.solve(goal, depth + 1, facts, vars) {
                return true;
            }
            facts.pop();
            reset(vars);
            failed.extend(seen);
        }
        false
    }

    /// Orders the nearest few witnesses: articles before the reference and the lexicon, and
    /// among them those published before `primary`'s article (an editor wants to see the
    /// article that disagrees).
    fn prefer_articles(&self, head: &mut [usize], primary: usize) {
        let primary_date = self.world.published(primary);
        head.sort_by_key(|&c| {
            let later =
                matches!((self.world.published(c), primary_date), (Some(w), Some(p)) if w > p);
            (self.world.origins[c] != Origin::Article, later)
        });
    }

    /// The last witness of a case whose exceptions see it only through its start (see
    /// `dominated`): candidates are tried nearest first, and once one starting on day F is
    /// excused, every candidate starting on or before F is excused too — they are skipped, and
    /// the search stops when no earlier-ending candidate starts after F.
    fn solve_dominated(
        &self,
        goal: &Goal<'_>,
        bucket: &Bucket,
        depth: usize,
        earlier: usize,
        facts: &mut Vec<usize>,
        vars: &mut [Option<Value>],
    ) -> bool {
        let Some(start) = self.world.when(facts[earlier]).and_then(|w| w.from) else {
            return false;
        };
        self.count(0, 1);
        let end = bucket.by_to.partition_point(|(t, _)| *t < start);
        let from = |c: usize| self.world.when(c).and_then(|w| w.from).unwrap_or(FAR_PAST);
        // Among the nearest few, articles first, then those published before the claim.
        let head_len = end.min(16);
        let mut head: Vec<usize> = bucket.by_to[end - head_len..end]
            .iter()
            .rev()
            .map(|&(_, i)| i as usize)
            .collect();
        self.prefer_articles(&mut head, facts[0]);
        let unbound: Vec<usize> = (0..vars.len()).filter(|&x| vars[x].is_none()).collect();
        let mut excused: Option<Day> = None;
        let rest = (0..end - head_len).rev();
        for (k, cand) in head
            .into_iter()
            .map(|c| (None, c))
            .chain(rest.map(|k| (Some(k), bucket.by_to[k].1 as usize)))
        {
            if let (Some(k), Some(f)) = (k, excused)
                && bucket.by_to_max_from[k] <= f
            {
                break;
            }
            if excused.is_some_and(|f| from(cand) <= f) {
                continue;
            }
            self.count(1, 0);
            let bound = self
                .world
                .bind(&goal.patterns[depth], cand, self.rule, vars);
            facts.push(cand);
            let fits = bound
                && Self::ready(goal.conds, depth + 1, goal.patterns.len())
                    .all(|c| self.cond(c, facts, vars) == Tri::True);
            if fits && !self.blocked(facts, vars) {
                return true;
            }
            facts.pop();
            unbound.iter().for_each(|&x| vars[x] = None);
            if fits {
                excused = Some(excused.map_or(from(cand), |f| f.max(from(cand))));
            }
        }
        false
    }

    /// Whether every condition that mentions binding `depth` — the goal's and, for a case,
    /// its exceptions' — is a time condition.
    fn only_time_looks_at(&self, depth: usize, conds: &[Cond], might: bool) -> bool {
        let time = |c: &Cond| {
            matches!(
                c,
                Cond::Before(..)
                    | Cond::Overlaps(..)
                    | Cond::Disjoint(..)
                    | Cond::Within(..)
                    | Cond::Between(..)
                    | Cond::Equal(..)
                    | Cond::NotEqual(..)
            )
        };
        let exceptions = (!might)
            .then(|| self.rule.cases[self.case].unless.iter())
            .into_iter()
            .flatten()
            .flat_map(|u| u.conds.iter());
        conds
            .iter()
            .chain(exceptions)
            .all(|c| time(c) || !c.bindings().contains(&depth))
    }

    /// How many facts besides `shown` could serve as the first witness of primary `i`: they
    /// bind the witness pattern and meet every condition between the two (counting stops after
    /// [`OTHERS_CAP`] candidates).
    fn others(&self, i: usize, shown: usize) -> usize {
        let case = &self.rule.cases[self.case];
        let mut vars = vec![None; self.rule.vars.len()];
        if !self.world.bind(&case.patterns[0], i, self.rule, &mut vars) {
            return 0;
        }
        let index = &self.indexes[0];
        let key = index.key(&vars, &[i], self.world);
        let Some(bucket) = index.buckets.get(&key) else {
            return 0;
        };
        let unbound: Vec<usize> = (0..vars.len()).filter(|&x| vars[x].is_none()).collect();
        let mut n = 0;
        // The cap counts candidates that bind: a bucket shared by several keys (an index
        // joined on the article) holds others that never could.
        let mut examined = 0;
        for c in self.candidates(bucket, &case.conds, 1, &[i], false) {
            if examined == OTHERS_CAP {
                break;
            }
            let binds = self.world.bind(&case.patterns[1], c, self.rule, &mut vars);
            examined += usize::from(binds);
            if binds
                && c != shown
                && c != i
                && Self::ready(&case.conds, 2, case.patterns.len())
                    .all(|cond| self.cond(cond, &[i, c], &vars) == Tri::True)
            {
                n += 1;
            }
            unbound.iter().for_each(|&x| vars[x] = None);
        }
        n
    }

    /// The depth of the first pattern that has an index: 1 for a case (the primary has none),
    /// the case's length for an exception (whose patterns follow the case's).
    fn first_indexed(&self, might: bool) -> usize {
        if might {
            self.rule.cases[self.case].patterns.len()
        } else {
            1
        }
    }

    /// Whether an exception might hold for the bound facts.
    fn blocked(&self, facts: &[usize], vars: &[Option<Value>]) -> bool {
        let case = &self.rule.cases[self.case];
        for (u, exc) in case.unless.iter().enumerate() {
            // Conditions on the case's own facts alone decide before any search: an exception
            // whose such condition is surely false cannot hold.
            let outer_only = exc.conds.iter().filter(|c| {
                let b = c.bindings();
                !b.is_empty() && b.iter().all(|&x| x < case.patterns.len())
            });
            if outer_only
                .map(|c| self.cond(c, facts, vars))
                .any(|t| t == Tri::False)
            {
                continue;
            }
            let patterns = &self.unless_patterns[u];
            let mut f = facts.to_vec();
            let mut v = vars.to_vec();
            let depth = case.patterns.len();
            let goal = Goal {
                patterns,
                indexes: &self.unless_indexes[u],
                conds: &exc.conds,
                might: true,
            };
            if self.solve(&goal, depth, &mut f, &mut v) {
                return true;
            }
        }
        false
    }

    /// The range of members (or signatories, or founders) of the count's organisation at its
    /// date, from every asserted event the world holds; `True` when the stated value lies
    /// outside it.
    fn outside_members(&self, i: usize) -> Tri {
        let f = &self.world.facts[i];
        let Claim::Count { org, value, counts } = f.claim else {
            return Tri::Unknown;
        };
        let Some(day) = f.when.and_then(|w| w.to) else {
            return Tri::Unknown;
        };
        let (lo, hi) = *self
            .members
            .borrow_mut()
            .entry((org.0, counts, day.0))
            .or_insert_with(|| {
                self.timelines
                    .borrow_mut()
                    .entry((org.0, counts))
                    .or_insert_with(|| Members::build(self.world, org, counts))
                    .range(day)
            });
        // Nothing known about the signatories or founders: no range to compare with.
        if hi == 0 {
            return Tri::Unknown;
        }
        Tri::from_bool((value as usize) < lo || (value as usize) > hi)
    }

    /// A count that differs from the states its own sentence lists (two or more).
    fn list_differs(&self, i: usize) -> Tri {
        let f = &self.world.facts[i];
        let Claim::Count { org, value, counts } = f.claim else {
            return Tri::Unknown;
        };
        let wanted = match counts {
            Counted::Members => Event::Member,
            Counted::Signatories => Event::Signed,
            Counted::Founders => Event::Founded,
        };
        // The membership facts of each sentence that states a count (only those are asked).
        let sentences = self.sentences.get_or_init(|| {
            let facts = self.world.facts;
            let mut map: HashMap<(FileId, u32), Vec<usize>> = facts
                .iter()
                .filter(|g| matches!(g.claim, Claim::Count { .. }))
                .map(|g| ((g.file, g.sentence.start), Vec::new()))
                .collect();
            for (n, g) in facts.iter().enumerate() {
                if let Claim::Membership { .. } = g.claim
                    && let Some(list) = map.get_mut(&(g.file, g.sentence.start))
                {
                    list.push(n);
                }
            }
            map
        });
        let listed: BTreeSet<u16> = sentences
            .get(&(f.file, f.sentence.start))
            .into_iter()
            .flatten()
            .map(|&n| &self.world.facts[n])
            .filter_map(|g| match g.claim {
                Claim::Membership {
                    event,
                    state: Some(s),
                    org: o,
                } if event == wanted && o == org => Some(s.0),
                _ => None,
            })
            .collect();
        Tri::from_bool(listed.len() >= 2 && listed.len() != value as usize)
    }
}

/// A figure with thousands separators ("20,000").
pub fn group_digits(v: u64) -> String {
    let s = v.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A count's or quantity's value and whether it is approximate.
pub fn amount(f: &Fact) -> Option<(u64, bool)> {
    match f.claim {
        Claim::Quantity { value, approx, .. } => Some((value, approx)),
        Claim::Count { value, .. } => Some((u64::from(value), false)),
        _ => None,
    }
}

/// Definite and possible numbers of members of `org`'s lineage on `day` (signatories or
/// founders of `org` itself).
pub fn members_range(world: &World<'_>, org: OrgId, counts: Counted, day: Day) -> (usize, usize) {
    Members::build(world, org, counts).range(day)
}

/// One state's entries into and exits from an organisation (distinct times only: an archive
/// repeats the same date many times), and the days it is described as a member.
#[derive(Default)]
struct StateTimeline {
    entries: Vec<Option<Interval>>,
    exits: Vec<Option<Interval>>,
    /// Member statuses as (start, end) with unknown ends open, by start, with the running
    /// maximum of ends.
    described: Vec<(Day, Day)>,
    described_max_to: Vec<Day>,
    /// A member status with no time at all: a member at any day.
    described_always: bool,
}

/// Who belongs to an organisation's lineage (or signed, or founded it) over time, gathered
/// from every asserted fact in one pass; [`Members::range`] answers for any day.
pub struct Members {
    states: Vec<StateTimeline>,
}

impl Members {
    pub fn build(world: &World<'_>, org: OrgId, counts: Counted) -> Members {
        let family = world.family[org.0 as usize];
        let mut by_state: std::collections::BTreeMap<u16, StateTimeline> = Default::default();
        for &i in world.memberships() {
            let (i, f) = (i as usize, &world.facts[i as usize]);
            if f.modality != crate::fact::Modality::Asserted || world.origins[i] == Origin::Lexicon
            {
                continue;
            }
            let Claim::Membership {
                event,
                state: Some(s),
                org: o,
            } = f.claim
            else {
                continue;
            };
            let in_family = world.family[o.0 as usize] == family;
            if counts == Counted::Members && event == Event::Member && in_family {
                let t = by_state.entry(s.0).or_default();
                match f.when {
                    None => t.described_always = true,
                    Some(w) => t
                        .described
                        .push((w.from.unwrap_or(FAR_PAST), w.to.unwrap_or(FAR_FUTURE))),
                }
                continue;
            }
            let entry = match counts {
                Counted::Members if in_family => match event {
                    Event::Signed | Event::Joined | Event::Founded | Event::Rejoined => true,
                    Event::Withdrew => false,
                    _ => continue,
                },
                Counted::Signatories if o == org && event == Event::Signed => true,
                Counted::Founders if o == org && event == Event::Founded => true,
                _ => continue,
            };
            let t = by_state.entry(s.0).or_default();
            let list = if entry { &mut t.entries } else { &mut t.exits };
            if !list.contains(&f.when) {
                list.push(f.when);
            }
        }
        let mut states: Vec<StateTimeline> = by_state.into_values().collect();
        for t in &mut states {
            t.described.sort();
            let mut running = FAR_PAST;
            t.described_max_to = t
                .described
                .iter()
                .map(|&(_, to)| {
                    running = running.max(to);
                    running
                })
                .collect();
            // An undated entry ("one of the six signatories") is most likely one the timeline
            // already dates; it only counts for a state with no dated entry at all.
            if t.entries
                .iter()
                .any(|e| e.is_some_and(|e| e.from.is_some()))
            {
                t.entries.retain(|e| e.is_some_and(|e| e.from.is_some()));
            }
        }
        Members { states }
    }

    /// Definite and possible numbers of members on `day`.
    pub fn range(&self, day: Day) -> (usize, usize) {
        let at = Some(Interval::day(day));
        let (mut lo, mut hi) = (0, 0);
        for t in &self.states {
            // Described as a member at the day: possibly a member even when no event says so.
            let k = t.described.partition_point(|&(from, _)| from <= day);
            let described = t.described_always || (k > 0 && t.described_max_to[k - 1] >= day);
            let (entries, exits) = (&t.entries, &t.exits);
            // Definitely a member: an entry surely before the day, with no exit that might come
            // between it and the day.
            let definite = entries.iter().any(|e| {
                time::before(*e, at) == Tri::True
                    && !exits.iter().any(|x| {
                        time::before(*x, *e) != Tri::True && time::before(at, *x) != Tri::True
                    })
            });
            // Possibly a member: an entry that might be before the day, with no exit surely
            // between it and the day.
            let possible = entries.iter().any(|e| {
                time::before(at, *e) != Tri::True
                    && !exits.iter().any(|x| {
                        time::before(*e, *x) == Tri::True && time::before(*x, at) == Tri::True
                    })
            });
            lo += usize::from(definite);
            hi += usize::from(possible || definite || described);
        }
        (lo, hi)
    }
}

/// Runs every rule over the world; findings come out sorted by file, offset and rule, and the
/// work done is counted.
pub fn evaluate(rules: &RuleSet, world: &World<'_>) -> (Vec<Finding>, Work) {
    let (findings, stats) = evaluate_with_stats(rules, world);
    let mut work = Work::default();
    for s in &stats {
        work.candidates += s.work.candidates;
        work.probes += s.work.probes;
    }
    (findings, work)
}

/// What one rule cost: its findings, the work counted and the time taken.
#[derive(Debug, Clone)]
pub struct RuleStats {
    pub rule: String,
    pub findings: usize,
    pub work: Work,
    pub elapsed: std::time::Duration,
}

/// Like [`evaluate`], with each rule's cost (rules run in parallel; findings are still sorted).
pub fn evaluate_with_stats(rules: &RuleSet, world: &World<'_>) -> (Vec<Finding>, Vec<RuleStats>) {
    evaluate_scoped(rules, world, None)
}

/// Like [`evaluate_with_stats`], limited to what `scope` says changed: a rule the scope gives
/// keys for finds only the findings whose primary has one of those keys.
pub fn evaluate_scoped(
    rules: &RuleSet,
    world: &World<'_>,
    scope: Option<&Scope>,
) -> (Vec<Finding>, Vec<RuleStats>) {
    use rayon::prelude::*;
    let per_rule: Vec<(Vec<Finding>, RuleStats)> = rules
        .rules
        .par_iter()
        .enumerate()
        .map(|(r, rule)| {
            let start = std::time::Instant::now();
            let keys = scope.and_then(|s| s.rules.get(r)).and_then(Option::as_ref);
            let (f, work) = evaluate_rule_for(r, rule, world, keys);
            let stats = RuleStats {
                rule: rule.id.clone(),
                findings: f.len(),
                work,
                elapsed: start.elapsed(),
            };
            (f, stats)
        })
        .collect();
    let mut stats = Vec::new();
    let mut findings = Vec::new();
    for (f, s) in per_rule {
        findings.extend(f);
        stats.push(s);
    }
    sort_findings(&mut findings, world);
    (findings, stats)
}

/// The report order: by the primary's file and span, then rule, then primary fact.
pub fn sort_findings(findings: &mut [Finding], world: &World<'_>) {
    findings.sort_by_cached_key(|f| {
        let i = f.bindings[0].1;
        let p = &world.facts[i];
        (p.file, p.span.start, p.span.end, f.rule, i)
    });
}

/// The variables that every pattern of a rule binds (every case's, every exception's): facts
/// that differ in them never meet, so the rule's findings fall apart by their values (the
/// rule's *keys*), and a re-check works out again only the keys that changed facts touch.
/// `None` when there are no such variables, or when a condition reads facts beyond its
/// bindings in a way the keys cannot follow (`OutsideMembers` reads every membership of an
/// organisation's lineage, so its rule must be keyed by the organisation alone).
pub fn partition(rule: &Rule) -> Option<Vec<usize>> {
    let mut patterns = rule.cases.iter().flat_map(|c| {
        c.patterns
            .iter()
            .chain(c.unless.iter().flat_map(|u| &u.patterns))
    });
    let mut common: BTreeSet<usize> = pattern_vars(patterns.next()?).into_iter().collect();
    for p in patterns {
        let vars: BTreeSet<usize> = pattern_vars(p).into_iter().collect();
        common = &common & &vars;
    }
    for case in &rule.cases {
        let conds = case
            .conds
            .iter()
            .chain(case.unless.iter().flat_map(|u| &u.conds));
        for c in conds {
            if let Cond::OutsideMembers(a) = *c {
                let Slot::Var(org) = case.patterns[a].org else {
                    return None;
                };
                if common.iter().ne([&org]) {
                    return None;
                }
            }
        }
    }
    (!common.is_empty()).then(|| common.into_iter().collect())
}

/// The keys of one rule that a re-check works out again (hashes of the partition variables'
/// values: a collision only re-checks a key more than needed).
#[derive(Debug, Clone)]
pub struct Keys {
    vars: Vec<usize>,
    hashes: FxHashSet<u64>,
    /// Each partition variable's values among the keys, to find their facts.
    values: Vec<FxHashSet<Value>>,
}

impl Keys {
    fn hash<'v>(values: impl Iterator<Item = Option<&'v Value>>) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        values.for_each(|v| v.hash(&mut h));
        h.finish()
    }

    /// Adds the key of bindings `vars` (with the partition variables bound).
    fn insert(&mut self, vars: &[Option<Value>]) {
        self.hashes
            .insert(Self::hash(self.vars.iter().map(|&x| vars[x].as_ref())));
        for (k, &x) in self.vars.iter().enumerate() {
            if let Some(v) = &vars[x] {
                self.values[k].insert(v.clone());
            }
        }
    }

    /// Whether bindings `vars` (with the partition variables bound) have a changed key.
    fn admits(&self, vars: &[Option<Value>]) -> bool {
        let h = Self::hash(self.vars.iter().map(|&x| vars[x].as_ref()));
        self.hashes.contains(&h)
    }

    /// How many keys changed.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }
}

/// What a re-check works out again, per rule: the changed keys, or `None` for the whole rule.
#[derive(Debug, Clone)]
pub struct Scope {
    pub rules: Vec<Option<Keys>>,
}

impl Scope {
    /// The keys touched by `changed` (facts of `world` from articles that changed) and by
    /// every fact of `old` (what the changed and the deleted articles held before).
    pub fn new(rules: &RuleSet, world: &World<'_>, changed: &[usize], old: &World<'_>) -> Scope {
        let per_rule = rules
            .rules
            .iter()
            .map(|rule| {
                let vars = partition(rule)?;
                let mut keys = Keys {
                    values: vec![FxHashSet::default(); vars.len()],
                    vars,
                    hashes: FxHashSet::default(),
                };
                let patterns: Vec<&Pattern> = rule
                    .cases
                    .iter()
                    .flat_map(|c| {
                        c.patterns
                            .iter()
                            .chain(c.unless.iter().flat_map(|u| &u.patterns))
                    })
                    .collect();
                let members = rule
                    .cases
                    .iter()
                    .any(|c| c.conds.iter().any(|c| matches!(c, Cond::OutsideMembers(_))));
                let mut bound = vec![None; rule.vars.len()];
                let all_old: Vec<usize> = (0..old.facts.len()).collect();
                for (w, facts) in [(world, changed), (old, &all_old[..])] {
                    for &i in facts {
                        for p in &patterns {
                            bound.iter_mut().for_each(|v| *v = None);
                            if w.bind(p, i, rule, &mut bound) {
                                keys.insert(&bound);
                            }
                        }
                        // A membership changes the member counts of its whole lineage.
                        if let (true, Claim::Membership { org, .. }) = (members, &w.facts[i].claim)
                        {
                            let family = w.family[org.0 as usize];
                            for o in 0..w.family.len() {
                                if w.family[o] == family {
                                    // The partition is the organisation variable alone.
                                    bound.iter_mut().for_each(|v| *v = None);
                                    bound[keys.vars[0]] = Some(w.org_value(OrgId(o as u16), rule));
                                    keys.insert(&bound);
                                }
                            }
                        }
                    }
                }
                Some(keys)
            })
            .collect();
        Scope { rules: per_rule }
    }

    /// Whether a finding of rule `r` (case `case`, primary fact `primary` of `world`) from an
    /// earlier run still holds: its rule is keyed and its key is unchanged.
    pub fn keeps(
        &self,
        rules: &RuleSet,
        world: &World<'_>,
        r: usize,
        case: usize,
        primary: usize,
    ) -> bool {
        let (Some(Some(keys)), Some(rule)) = (self.rules.get(r), rules.rules.get(r)) else {
            return false;
        };
        let Some(c) = rule.cases.get(case) else {
            return false;
        };
        let mut vars = vec![None; rule.vars.len()];
        primary < world.facts.len()
            && world.bind(&c.patterns[0], primary, rule, &mut vars)
            && !keys.admits(&vars)
    }
}

/// Runs one rule: one finding per primary fact for which some case fires.
pub fn evaluate_rule(r: usize, rule: &Rule, world: &World<'_>) -> (Vec<Finding>, Work) {
    evaluate_rule_for(r, rule, world, None)
}

/// Runs one rule for the primaries whose key `keys` admits (all when `None`).
fn evaluate_rule_for(
    r: usize,
    rule: &Rule,
    world: &World<'_>,
    keys: Option<&Keys>,
) -> (Vec<Finding>, Work) {
    let nvars = rule.vars.len();
    let mut findings = Vec::new();
    let mut work = Work::default();
    let mut done: BTreeSet<usize> = BTreeSet::new();
    for (c, case) in rule.cases.iter().enumerate() {
        // Indexes: each witness keyed by the variables bound before it.
        let mut bound: BTreeSet<usize> = BTreeSet::new();
        let mut indexes = Vec::new();
        // The articles the primary pattern matches in, for indexes joined on the article.
        let mut primary_files = FxHashSet::default();
        if case
            .conds
            .iter()
            .any(|c| matches!(c, Cond::SameArticle(..)))
        {
            let mut vars = vec![None; nvars];
            for &i in world.candidates_in(&case.patterns[0], rule, keys).iter() {
                let i = i as usize;
                if world.bind(&case.patterns[0], i, rule, &mut vars) {
                    primary_files.insert(world.facts[i].file);
                }
                vars.iter_mut().for_each(|v| *v = None);
            }
        }
        for (d, p) in case.patterns.iter().enumerate() {
            if d > 0 {
                let same_file = case.conds.iter().find_map(|c| match *c {
                    Cond::SameArticle(a, b) if a == d && b < d => Some(b),
                    Cond::SameArticle(a, b) if b == d && a < d => Some(a),
                    _ => None,
                });
                indexes.push(Index::build(
                    world,
                    rule,
                    p,
                    &bound,
                    nvars,
                    same_file,
                    &Scan {
                        primary_files: &primary_files,
                        keys,
                    },
                ));
            }
            bound.extend(pattern_vars(p));
        }
        let unless_indexes = case
            .unless
            .iter()
            .map(|u| {
                let mut b = bound.clone();
                u.patterns
                    .iter()
                    .map(|p| {
                        let scan = Scan {
                            primary_files: &primary_files,
                            keys,
                        };
                        let idx = Index::build(world, rule, p, &b, nvars, None, &scan);
                        b.extend(pattern_vars(p));
                        idx
                    })
                    .collect()
            })
            .collect();
        let ev = CaseEval {
            world,
            rule,
            case: c,
            indexes,
            unless_indexes,
            unless_patterns: case
                .unless
                .iter()
                .map(|u| case.patterns.iter().chain(&u.patterns).cloned().collect())
                .collect(),
            primary_only: primary_only(case),
            dominated: dominated(case),
            members: Default::default(),
            timelines: Default::default(),
            sentences: Default::default(),
            work: Default::default(),
        };
        let primary = &case.patterns[0];
        for &i in world.candidates_in(primary, rule, keys).iter() {
            let i = i as usize;
            if done.contains(&i) {
                continue;
            }
            let mut vars = vec![None; nvars];
            if !world.bind(primary, i, rule, &mut vars) || keys.is_some_and(|k| !k.admits(&vars)) {
                continue;
            }
            ev.count(1, 0);
            let mut facts = vec![i];
            if !CaseEval::ready(&case.conds, 1, case.patterns.len())
                .all(|cond| ev.cond(cond, &facts, &vars) == Tri::True)
            {
                continue;
            }
            // The witnesses' places are held by the primary: no exception looks at them.
            if ev.primary_only && ev.blocked(&vec![i; case.patterns.len()], &vars) {
                continue;
            }
            let goal = Goal {
                patterns: &case.patterns,
                indexes: &ev.indexes,
                conds: &case.conds,
                might: false,
            };
            if !ev.solve(&goal, 1, &mut facts, &mut vars) {
                continue;
            }
            let others = if case.patterns.len() > 1 {
                ev.others(i, facts[1])
            } else {
                0
            };
            done.insert(i);
            // The organisation variable the primary binds shows the primary's own organisation
            // (the CSTO it names), not the lineage the join used (the CST).
            let own_org = match (&primary.org, &world.facts[i].claim) {
                (Slot::Var(x), Claim::Membership { org, .. } | Claim::Count { org, .. }) => {
                    Some((*x, Value::Org(org.0)))
                }
                _ => None,
            };
            let values: Vec<(String, String)> = rule
                .vars
                .iter()
                .enumerate()
                .zip(&vars)
                .filter_map(|((x, name), v)| {
                    let v = match &own_org {
                        Some((o, val)) if *o == x => Some(val.clone()),
                        _ => v.clone(),
                    }?;
                    Some((name[1..].to_string(), world.display(&v)))
                })
                .collect();
            let bindings: Vec<(String, usize)> = case
                .patterns
                .iter()
                .map(|p| p.name.clone())
                .zip(facts.iter().copied())
                .collect();
            let message = super::render_template(&rule.message, &|name| {
                values
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.clone())
                    .or_else(|| {
                        bindings.iter().find(|(b, _)| b == name).map(|(_, f)| {
                            amount(&world.facts[*f])
                                .map_or_else(String::new, |(v, _)| group_digits(v))
                        })
                    })
            });
            findings.push(Finding {
                rule: r,
                case: c,
                bindings,
                others,
                message,
                values,
            });
        }
        let w = ev.work.get();
        work.candidates += w.candidates;
        work.probes += w.probes;
    }
    (findings, work)
}

/// Whether a case's exceptions look only at its primary: their conditions name no other
/// binding of the case, and their patterns share no variable that only a witness binds.
fn primary_only(case: &super::CaseBody) -> bool {
    let n = case.patterns.len();
    let primary: BTreeSet<usize> = pattern_vars(&case.patterns[0]).into_iter().collect();
    let witness_only: BTreeSet<usize> = case.patterns[1..]
        .iter()
        .flat_map(pattern_vars)
        .filter(|v| !primary.contains(v))
        .collect();
    case.unless.iter().all(|u| {
        u.conds.iter().all(|c| match *c {
            Cond::Equal(a, b) | Cond::NotEqual(a, b) => {
                !witness_only.contains(&a) && !witness_only.contains(&b)
            }
            _ => c.bindings().iter().all(|&b| b == 0 || b >= n),
        }) && u
            .patterns
            .iter()
            .flat_map(pattern_vars)
            .all(|v| !witness_only.contains(&v))
    })
}

/// For a case whose last witness `d` is found by `Before(d, e)` and binds no variable of its
/// own, and whose exceptions mention `d` only as `Before(d, _)` or the first of
/// `Between(_, d, _)`: `(d, e)`.
fn dominated(case: &super::CaseBody) -> Option<(usize, usize)> {
    let d = case.patterns.len().checked_sub(1).filter(|&d| d >= 1)?;
    let e = case.conds.iter().find_map(|c| match *c {
        Cond::Before(x, e) if x == d && e < d => Some(e),
        _ => None,
    })?;
    let before: BTreeSet<usize> = case.patterns[..d].iter().flat_map(pattern_vars).collect();
    if !pattern_vars(&case.patterns[d])
        .iter()
        .all(|v| before.contains(v))
    {
        return None;
    }
    let fine = case.unless.iter().flat_map(|u| &u.conds).all(|c| match *c {
        Cond::Before(a, b) if a == d => b != d,
        Cond::Between(x, a, b) if a == d => x != d && b != d,
        _ => !c.bindings().contains(&d),
    });
    fine.then_some((d, e))
}

fn pattern_vars(p: &Pattern) -> Vec<usize> {
    [&p.event, &p.state, &p.org, &p.person, &p.subject, &p.role]
        .into_iter()
        .filter_map(|s| match s {
            Slot::Var(v) => Some(*v),
            _ => None,
        })
        .collect()
}

/// The lexicon's own facts: each office-holder's terms (as `current` office claims over the
/// term) and each organisation's founding, pointing into `lexicon.ron`.
pub fn lexicon_facts(lexicon: &Lexicon, file: FileId) -> Vec<Fact> {
    let mut out = Vec::new();
    for (p, person) in lexicon.people.iter().enumerate() {
        for o in &person.offices {
            out.push(Fact {
                claim: Claim::Office {
                    person: PersonRef::Known(crate::lexicon::PersonId(p as u16)),
                    role: o.role,
                    state: o.state,
                },
                when: Some(Interval {
                    from: Some(o.from.unwrap_or(FAR_PAST)),
                    to: Some(o.to.unwrap_or(FAR_FUTURE)),
                    precision: Precision::Range,
                }),
                modality: crate::fact::Modality::Asserted,
                file,
                span: o.span.start as u32..o.span.end as u32,
                sentence: o.span.start as u32..o.span.end as u32,
                shifted: false,
            });
        }
    }
    out
}
