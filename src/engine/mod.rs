//! The rule engine: rule files are validated with spans, compiled to patterns over fact
//! indexes, and evaluated by hash joins and sorted per-key sweeps.

pub mod doc;
pub mod eval;
pub mod examples;
pub mod rule;
pub mod synthetic;

use crate::diag::Problem;
use crate::fact::{Counted, Event, Modality};
use crate::lexicon::{Lexicon, Role};
use crate::ronfile::RonFile;
use crate::ronspan::Step;
pub use rule::{Condition, Example, OrgMatch, Origin, Severity};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A value a pattern field matches or binds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Value {
    /// A field the claim leaves out ("GUAM was formed in 1997" names no state).
    Nothing,
    State(u16),
    Org(u16),
    Person(std::sync::Arc<str>),
    Subject(u16),
    Event(Event),
    Role(Role),
    /// A file, for joins within one article.
    File(u32),
}

/// A pattern field: anything, a variable, or a fixed value.
#[derive(Debug, Clone, PartialEq)]
pub enum Slot {
    Any,
    Var(usize),
    Const(Value),
}

/// The kind of fact a pattern binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Membership,
    Count,
    Quantity,
    Office,
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub name: String,
    pub kind: Kind,
    pub events: Vec<Event>,
    pub event: Slot,
    pub state: Slot,
    pub org: Slot,
    pub person: Slot,
    pub subject: Slot,
    pub roles: Vec<Role>,
    pub role: Slot,
    pub counts: Vec<Counted>,
    pub modality: Vec<Modality>,
    pub origin: Option<Vec<Origin>>,
    /// `Some(true)`: only claims about the article's own time (not "then-", "former").
    pub current: Option<bool>,
}

/// A compiled condition over binding indexes (into the case's bindings).
#[derive(Debug, Clone)]
pub enum Cond {
    Before(usize, usize),
    Overlaps(usize, usize),
    Disjoint(usize, usize),
    Within(usize, usize, u32),
    Between(usize, usize, usize),
    SameArticle(usize, usize),
    DifferentArticle(usize, usize),
    Equal(usize, usize),
    NotEqual(usize, usize),
    Differ {
        a: usize,
        b: usize,
        ratio: f64,
        approx_ratio: f64,
    },
    Agree {
        a: usize,
        b: usize,
        ratio: f64,
        approx_ratio: f64,
    },
    OutsideMembers(usize),
    ListDiffers(usize),
    BeforeFounding(usize),
    EventIn(usize, Vec<Event>),
}

impl Cond {
    /// The bindings the condition reads (for variable conditions, none).
    pub fn bindings(&self) -> Bindings {
        let (ids, len) = match *self {
            Cond::Before(a, b)
            | Cond::Overlaps(a, b)
            | Cond::Disjoint(a, b)
            | Cond::Within(a, b, _)
            | Cond::SameArticle(a, b)
            | Cond::DifferentArticle(a, b)
            | Cond::Differ { a, b, .. }
            | Cond::Agree { a, b, .. } => ([a, b, 0], 2),
            Cond::Between(a, b, c) => ([a, b, c], 3),
            Cond::OutsideMembers(a)
            | Cond::ListDiffers(a)
            | Cond::BeforeFounding(a)
            | Cond::EventIn(a, _) => ([a, 0, 0], 1),
            Cond::Equal(..) | Cond::NotEqual(..) => ([0; 3], 0),
        };
        Bindings { ids, len }
    }
}

/// The bindings a condition looks at (at most three), without allocating: conditions are
/// asked this for every candidate.
#[derive(Debug, Clone, Copy)]
pub struct Bindings {
    ids: [usize; 3],
    len: usize,
}

impl std::ops::Deref for Bindings {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        &self.ids[..self.len]
    }
}

/// An exception with its own patterns (bindings after the case's) and conditions.
#[derive(Debug, Clone)]
pub struct Exception {
    pub patterns: Vec<Pattern>,
    pub conds: Vec<Cond>,
}

/// One way the rule fires: the primary (binding 0), witnesses, conditions and exceptions.
#[derive(Debug, Clone)]
pub struct CaseBody {
    /// Binding 0 is the primary; then the witnesses.
    pub patterns: Vec<Pattern>,
    pub conds: Vec<Cond>,
    pub unless: Vec<Exception>,
}

/// A validated, compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub severity: Severity,
    pub summary: String,
    pub message: String,
    pub help: String,
    pub doc: String,
    pub same_org: OrgMatch,
    pub cases: Vec<CaseBody>,
    /// Variable names, by index.
    pub vars: Vec<String>,
    pub labels: BTreeMap<String, String>,
    pub examples: Vec<Example>,
    /// The rule file, for diagnostics and `explain`.
    pub path: PathBuf,
    pub rel: String,
    pub text: Arc<str>,
}

/// The rules of a folder: every `*.ron` but the lexicon, the reference and `claimlint.ron`.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
}

/// Files in a rules folder that are not rules.
const NOT_RULES: &[&str] = &["lexicon.ron", "reference.ron", "claimlint.ron"];

impl RuleSet {
    /// Loads and validates every rule in `dir`, reporting all errors of all files at once.
    pub fn load(dir: &Path, lexicon: &Lexicon) -> Result<RuleSet, Vec<Problem>> {
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .filter(|p| {
                    !p.file_name()
                        .is_some_and(|n| NOT_RULES.iter().any(|r| n == *r))
                })
                .collect(),
            Err(e) => {
                return Err(vec![Problem::error(
                    "rules::unreadable",
                    dir.display().to_string(),
                    format!("cannot read the rules folder: {e}"),
                )]);
            }
        };
        paths.sort();
        let mut rules = Vec::new();
        let mut problems = Vec::new();
        // Every file's id, even of rules with other errors, with the file that first used it.
        let mut ids: Vec<(String, String)> = Vec::new();
        for path in paths {
            let rel = path.display().to_string();
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    let text: Arc<str> = text.into();
                    if let Some(node) = crate::ronspan::scan(&text)
                        .and_then(|t| t.at(&text, &[Step::Field("id")]).cloned())
                    {
                        let id = crate::ronspan::unquote(&text[node.span.clone()]).to_string();
                        if let Some((_, first)) = ids.iter().find(|(other, _)| *other == id) {
                            problems.push(
                                Problem::error(
                                    "rule::duplicate-id",
                                    rel.clone(),
                                    format!("the rule id `{id}` is used twice"),
                                )
                                .at(
                                    &text,
                                    node.span.clone(),
                                    format!("also the id of {first}"),
                                ),
                            );
                        }
                        ids.push((id, rel.clone()));
                    }
                    match compile(text, &path, &rel, lexicon) {
                        Ok(r) => rules.push(r),
                        Err(mut p) => problems.append(&mut p),
                    }
                }
                Err(e) => problems.push(Problem::error(
                    "rules::unreadable",
                    rel,
                    format!("cannot read the rule: {e}"),
                )),
            }
        }
        if problems.is_empty() {
            Ok(RuleSet { rules })
        } else {
            Err(problems)
        }
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// Parses and validates one rule file.
pub fn compile(
    text: Arc<str>,
    path: &Path,
    rel: &str,
    lexicon: &Lexicon,
) -> Result<Rule, Vec<Problem>> {
    let file = crate::ronfile::parse::<rule::RuleFile>(text, rel).map_err(|p| vec![p])?;
    let mut c = Compiler {
        file: &file,
        lexicon,
        vars: Vec::new(),
        problems: Vec::new(),
    };
    let rule = c.rule(path);
    if c.problems.is_empty() {
        Ok(rule)
    } else {
        Err(c.problems)
    }
}

struct Compiler<'a> {
    file: &'a RonFile<rule::RuleFile>,
    lexicon: &'a Lexicon,
    vars: Vec<String>,
    problems: Vec<Problem>,
}

impl Compiler<'_> {
    fn span(&self, path: &[Step<'_>]) -> std::ops::Range<usize> {
        self.file
            .tree
            .at(&self.file.text, path)
            .map_or(0..0, |n| n.span.clone())
    }

    fn error(&mut self, code: &'static str, path: &[Step<'_>], message: String, label: &str) {
        let span = self.span(path);
        self.problems
            .push(self.file.error(code, span, message, label));
    }

    fn rule(&mut self, path: &Path) -> Rule {
        let f = &self.file.value;
        // The id is kebab-case and names the file.
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if f.id != stem {
            self.error(
                "rule::id-mismatch",
                &[Step::Field("id")],
                format!(
                    "the rule id `{}` differs from its file name `{stem}.ron`",
                    f.id
                ),
                "rename the file or the id",
            );
        }
        if f.id.is_empty()
            || !f
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.error(
                "rule::bad-id",
                &[Step::Field("id")],
                format!("`{}` is not a kebab-case id", f.id),
                "use lowercase words joined by `-`",
            );
        }
        if !f.patterns.contains_key(&f.primary) {
            self.error(
                "rule::unknown-primary",
                &[Step::Field("primary")],
                format!(
                    "the primary `{}` is not one of the patterns in `match`",
                    f.primary
                ),
                "no pattern has this name",
            );
        }
        // The main case: primary first, then the other patterns in name order.
        let mut names: Vec<&String> = Vec::new();
        names.extend(f.patterns.keys().filter(|n| **n == f.primary));
        names.extend(f.patterns.keys().filter(|n| **n != f.primary));
        let mut cases = Vec::new();
        let main_patterns: Vec<Pattern> = names
            .iter()
            .map(|n| self.pattern(n, &f.patterns[*n], &[Step::Field("match"), Step::Key(n)]))
            .collect();
        let conds = self.conditions(&f.require, &main_patterns, &[], &[Step::Field("require")]);
        let unless = self.exceptions(&f.unless, &main_patterns, &[Step::Field("unless")]);
        let primary = main_patterns.first().cloned();
        cases.push(CaseBody {
            patterns: main_patterns,
            conds,
            unless,
        });
        for (i, case) in f.or.iter().enumerate() {
            let mut patterns: Vec<Pattern> = primary.iter().cloned().collect();
            for (n, p) in &case.patterns {
                if n == &f.primary {
                    self.error(
                        "rule::duplicate-binding",
                        &[
                            Step::Field("or"),
                            Step::Index(i),
                            Step::Field("match"),
                            Step::Key(n),
                        ],
                        format!("`{n}` is the primary; a case cannot bind it again"),
                        "rename this binding",
                    );
                }
                patterns.push(self.pattern(
                    n,
                    p,
                    &[
                        Step::Field("or"),
                        Step::Index(i),
                        Step::Field("match"),
                        Step::Key(n),
                    ],
                ));
            }
            let conds = self.conditions(
                &case.require,
                &patterns,
                &[],
                &[Step::Field("or"), Step::Index(i), Step::Field("require")],
            );
            let unless = self.exceptions(
                &case.unless,
                &patterns,
                &[Step::Field("or"), Step::Index(i), Step::Field("unless")],
            );
            cases.push(CaseBody {
                patterns,
                conds,
                unless,
            });
        }
        // Labels name bindings; every binding of the main case needs one.
        let bound: Vec<String> = cases
            .iter()
            .flat_map(|c| c.patterns.iter().map(|p| p.name.clone()))
            .collect();
        for name in f.labels.keys() {
            if !bound.contains(name) {
                // Point at the key ("ghost"), not at the label's text.
                let span = self
                    .file
                    .tree
                    .at(&self.file.text, &[Step::Field("labels")])
                    .and_then(|m| {
                        m.entries().iter().find(|(k, _)| {
                            crate::ronspan::unquote(&self.file.text[k.span.clone()]) == name
                        })
                    })
                    .map_or(0..0, |(k, _)| k.span.clone());
                self.problems.push(self.file.error(
                    "rule::unknown-binding",
                    span,
                    format!("the label `{name}` names no pattern"),
                    "no pattern in `match` has this name",
                ));
            }
        }
        for name in f.patterns.keys() {
            if !f.labels.contains_key(name) {
                let span = self
                    .file
                    .tree
                    .field_name_span(&self.file.text, "labels")
                    .unwrap_or(0..0);
                self.problems.push(self.file.error(
                    "rule::missing-label",
                    span,
                    format!("the pattern `{name}` has no label"),
                    "add a label for it here",
                ));
            }
        }
        // The message may only use variables and binding names.
        self.template(&f.message, &bound, &[Step::Field("message")]);
        for (name, label) in &f.labels {
            self.template(label, &bound, &[Step::Field("labels"), Step::Key(name)]);
        }
        Rule {
            id: f.id.clone(),
            severity: f.severity,
            summary: f.summary.clone(),
            message: f.message.clone(),
            help: f.help.clone(),
            doc: f.doc.clone(),
            same_org: f.same_org,
            cases,
            vars: self.vars.clone(),
            labels: f.labels.clone(),
            examples: f.examples.clone(),
            path: path.to_path_buf(),
            rel: self.file.rel.clone(),
            text: self.file.text.clone(),
        }
    }

    fn var(&mut self, name: &str) -> usize {
        match self.vars.iter().position(|v| v == name) {
            Some(i) => i,
            None => {
                self.vars.push(name.to_string());
                self.vars.len() - 1
            }
        }
    }

    /// A pattern field: a variable, or a lexicon id checked against `lookup`.
    fn slot(
        &mut self,
        value: &Option<String>,
        path: &[Step<'_>],
        what: &str,
        lookup: &dyn Fn(&Lexicon, &str) -> Option<Value>,
    ) -> Slot {
        match value {
            None => Slot::Any,
            Some(v) if v.starts_with('?') => {
                if v.len() < 2 {
                    self.error(
                        "rule::bad-variable",
                        path,
                        "a variable needs a name after `?`".into(),
                        "e.g. \"?state\"",
                    );
                }
                Slot::Var(self.var(v))
            }
            Some(v) => match lookup(self.lexicon, v) {
                Some(val) => Slot::Const(val),
                None => {
                    self.error(
                        "rule::unknown-id",
                        path,
                        format!("unknown {what} `{v}`"),
                        "not an id in the lexicon",
                    );
                    Slot::Any
                }
            },
        }
    }

    fn pattern(&mut self, name: &str, p: &rule::Pattern, path: &[Step<'_>]) -> Pattern {
        let mut out = Pattern {
            name: name.to_string(),
            kind: Kind::Membership,
            events: Vec::new(),
            event: Slot::Any,
            state: Slot::Any,
            org: Slot::Any,
            person: Slot::Any,
            subject: Slot::Any,
            roles: Vec::new(),
            role: Slot::Any,
            counts: Vec::new(),
            modality: vec![Modality::Asserted],
            origin: None,
            current: None,
        };
        let at = |field: &'static str| {
            let mut v = path.to_vec();
            v.push(Step::Field(field));
            v
        };
        let state_id = |l: &Lexicon, v: &str| l.state_by_id(v).map(|s| Value::State(s.0));
        let org_id = |l: &Lexicon, v: &str| l.org_by_id(v).map(|o| Value::Org(o.0));
        match p {
            rule::Pattern::Membership {
                event,
                event_as,
                state,
                org,
                modality,
                origin,
                current,
            } => {
                out.kind = Kind::Membership;
                if event.is_empty() {
                    self.error(
                        "rule::empty-events",
                        &at("event"),
                        "a membership pattern needs at least one event".into(),
                        "e.g. [Withdrew]",
                    );
                }
                out.events = event.clone();
                out.event = match event_as {
                    Some(v) if v.starts_with('?') => Slot::Var(self.var(v)),
                    Some(v) => {
                        self.error(
                            "rule::bad-variable",
                            &at("event_as"),
                            format!("`{v}` is not a variable"),
                            "write a variable such as \"?event\"",
                        );
                        Slot::Any
                    }
                    None => Slot::Any,
                };
                out.state = self.slot(state, &at("state"), "state", &state_id);
                out.org = self.slot(org, &at("org"), "organisation", &org_id);
                out.modality = modality.clone().unwrap_or(vec![Modality::Asserted]);
                out.origin = origin.clone();
                out.current = *current;
            }
            rule::Pattern::Count {
                org,
                counts,
                modality,
                origin,
            } => {
                out.kind = Kind::Count;
                out.org = self.slot(org, &at("org"), "organisation", &org_id);
                out.counts = counts.clone().unwrap_or_default();
                out.modality = modality.clone().unwrap_or(vec![Modality::Asserted]);
                out.origin = origin.clone();
            }
            rule::Pattern::Quantity {
                subject,
                modality,
                origin,
            } => {
                out.kind = Kind::Quantity;
                out.subject = self.slot(subject, &at("subject"), "quantity subject", &|l, v| {
                    l.subject_by_id(v).map(|s| Value::Subject(s.0))
                });
                out.modality = modality.clone().unwrap_or(vec![Modality::Asserted]);
                out.origin = origin.clone();
            }
            rule::Pattern::Office {
                person,
                role,
                role_as,
                state,
                current,
                modality,
                origin,
            } => {
                out.kind = Kind::Office;
                out.role = match role_as {
                    Some(v) if v.starts_with('?') => Slot::Var(self.var(v)),
                    Some(v) => {
                        self.error(
                            "rule::bad-variable",
                            &at("role_as"),
                            format!("`{v}` is not a variable"),
                            "write a variable such as \"?role\"",
                        );
                        Slot::Any
                    }
                    None => Slot::Any,
                };
                out.person = self.slot(person, &at("person"), "person", &|l, v| {
                    l.person_by_name(v).map(|_| Value::Person(v.into()))
                });
                out.roles = role.clone().unwrap_or_default();
                out.state = self.slot(state, &at("state"), "state", &state_id);
                out.current = *current;
                out.modality = modality.clone().unwrap_or(vec![Modality::Asserted]);
                out.origin = origin.clone();
            }
        }
        out
    }

    fn conditions(
        &mut self,
        conds: &[Condition],
        patterns: &[Pattern],
        outer: &[Pattern],
        path: &[Step<'_>],
    ) -> Vec<Cond> {
        let names: Vec<&str> = outer
            .iter()
            .chain(patterns)
            .map(|p| p.name.as_str())
            .collect();
        let mut out = Vec::new();
        for (i, c) in conds.iter().enumerate() {
            let mut here = path.to_vec();
            here.push(Step::Index(i));
            let arg = |c: &mut Self, name: &str, n: usize| -> usize {
                match names.iter().position(|x| *x == name) {
                    Some(p) => p,
                    None => {
                        let mut at = here.clone();
                        at.push(Step::Index(n));
                        c.error(
                            "rule::unknown-binding",
                            &at,
                            format!("`{name}` is not a pattern of this rule"),
                            &format!("known: {}", names.join(", ")),
                        );
                        0
                    }
                }
            };
            let var = |c: &mut Self, name: &str, n: usize| -> usize {
                match c.vars.iter().position(|v| v == name) {
                    Some(p) => p,
                    None => {
                        let mut at = here.clone();
                        at.push(Step::Index(n));
                        c.error(
                            "rule::unbound-variable",
                            &at,
                            format!("the variable `{name}` is not bound by any pattern"),
                            "bind it in a pattern first",
                        );
                        0
                    }
                }
            };
            let compiled = match c {
                Condition::Before(a, b) => Cond::Before(arg(self, a, 0), arg(self, b, 1)),
                Condition::After(a, b) => Cond::Before(arg(self, b, 1), arg(self, a, 0)),
                Condition::Overlaps(a, b) => Cond::Overlaps(arg(self, a, 0), arg(self, b, 1)),
                Condition::Disjoint(a, b) => Cond::Disjoint(arg(self, a, 0), arg(self, b, 1)),
                Condition::Within(a, b, d) => {
                    if *d > 100_000 {
                        let mut at = here.clone();
                        at.push(Step::Index(2));
                        self.error(
                            "rule::bad-number",
                            &at,
                            format!("a window of {d} days is longer than any archive"),
                            "use at most 100000 days",
                        );
                    }
                    Cond::Within(arg(self, a, 0), arg(self, b, 1), (*d).min(100_000))
                }
                Condition::Between(x, a, b) => {
                    Cond::Between(arg(self, x, 0), arg(self, a, 1), arg(self, b, 2))
                }
                Condition::SameArticle(a, b) => Cond::SameArticle(arg(self, a, 0), arg(self, b, 1)),
                Condition::DifferentArticle(a, b) => {
                    Cond::DifferentArticle(arg(self, a, 0), arg(self, b, 1))
                }
                Condition::Equal(a, b) => Cond::Equal(var(self, a, 0), var(self, b, 1)),
                Condition::NotEqual(a, b) => Cond::NotEqual(var(self, a, 0), var(self, b, 1)),
                Condition::Differ {
                    a,
                    b,
                    ratio,
                    approx_ratio,
                } => {
                    let (x, y) = (arg(self, a, 0), arg(self, b, 1));
                    Cond::Differ {
                        a: x,
                        b: y,
                        ratio: *ratio,
                        approx_ratio: *approx_ratio,
                    }
                }
                Condition::Agree {
                    a,
                    b,
                    ratio,
                    approx_ratio,
                } => {
                    let (x, y) = (arg(self, a, 0), arg(self, b, 1));
                    Cond::Agree {
                        a: x,
                        b: y,
                        ratio: *ratio,
                        approx_ratio: *approx_ratio,
                    }
                }
                Condition::OutsideMembers(a) => Cond::OutsideMembers(arg(self, a, 0)),
                Condition::ListDiffers(a) => Cond::ListDiffers(arg(self, a, 0)),
                Condition::BeforeFounding(a) => Cond::BeforeFounding(arg(self, a, 0)),
                Condition::EventIn(a, events) => Cond::EventIn(arg(self, a, 0), events.clone()),
            };
            out.push(compiled);
        }
        out
    }

    fn exceptions(
        &mut self,
        unless: &[rule::Unless],
        outer: &[Pattern],
        path: &[Step<'_>],
    ) -> Vec<Exception> {
        unless
            .iter()
            .enumerate()
            .map(|(i, u)| {
                let mut base = path.to_vec();
                base.push(Step::Index(i));
                if u.patterns.is_empty() {
                    let mut at = base.clone();
                    at.push(Step::Field("match"));
                    self.error(
                        "rule::empty-unless",
                        &at,
                        "an exception needs at least one pattern to look for".into(),
                        "add a pattern to `match`",
                    );
                }
                let patterns: Vec<Pattern> = u
                    .patterns
                    .iter()
                    .map(|(n, p)| {
                        let mut at = base.clone();
                        at.push(Step::Field("match"));
                        at.push(Step::Key(n));
                        self.pattern(n, p, &at)
                    })
                    .collect();
                let mut at = base.clone();
                at.push(Step::Field("require"));
                let conds = self.conditions(&u.require, &patterns, outer, &at);
                Exception { patterns, conds }
            })
            .collect()
    }

    /// Checks that `{name}` placeholders name a variable (without `?`) or a binding.
    fn template(&mut self, text: &str, bindings: &[String], path: &[Step<'_>]) {
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                self.error(
                    "rule::bad-template",
                    path,
                    "a `{` is never closed with `}`".into(),
                    "close the placeholder, e.g. {state}",
                );
                break;
            };
            let name = &rest[open + 1..open + close];
            let known = self.vars.iter().any(|v| &v[1..] == name)
                || bindings.iter().any(|b| b == name)
                || name == "count"
                || name == "others";
            if !known {
                // Point at the placeholder inside the string when the string has no escapes.
                let whole = self.span(path);
                let literal_len = whole.len();
                let offset = text.len() - rest.len() + open;
                let span = if literal_len == text.len() + 2 {
                    whole.start + 1 + offset..whole.start + 1 + offset + close + 1
                } else {
                    whole
                };
                self.problems.push(self.file.error(
                    "rule::unbound-variable",
                    span,
                    format!("`{{{name}}}` names no variable or pattern of this rule"),
                    "use a variable bound in `match`, without the `?`",
                ));
            }
            rest = &rest[open + close + 1..];
        }
    }
}

/// Fills a message template from the variables' display values.
pub fn render_template(template: &str, values: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        match rest[open..].find('}') {
            Some(close) => {
                let name = &rest[open + 1..open + close];
                out.push_str(&values(name).unwrap_or_else(|| format!("{{{name}}}")));
                rest = &rest[open + close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
