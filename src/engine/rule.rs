//! The serde form of a rule file (`rules/<id>.ron`), exactly as a rule author writes it.

use crate::fact::{Counted, Event, Modality};
use crate::lexicon::Role;
use serde::Deserialize;
use std::collections::BTreeMap;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(deny_unknown_fields)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// Whether two membership facts must name the same organisation exactly, or may name two
/// organisations of one lineage (a CST withdrawal and a later CSTO listing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum OrgMatch {
    #[default]
    Exact,
    Lineage,
}

/// Where a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Origin {
    Article,
    Reference,
    Lexicon,
}

/// A rule file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Rule")]
pub struct RuleFile {
    pub id: String,
    pub severity: Severity,
    pub summary: String,
    pub message: String,
    pub help: String,
    pub doc: String,
    #[serde(default)]
    pub same_org: OrgMatch,
    #[serde(rename = "match")]
    pub patterns: BTreeMap<String, Pattern>,
    pub primary: String,
    #[serde(default)]
    pub require: Vec<Condition>,
    #[serde(default)]
    pub unless: Vec<Unless>,
    /// Further cases: the rule also fires when any of these holds (each with its own patterns
    /// besides the primary, conditions and exceptions).
    #[serde(default)]
    pub or: Vec<Case>,
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// One more way a rule can fire.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Case")]
pub struct Case {
    #[serde(default, rename = "match")]
    pub patterns: BTreeMap<String, Pattern>,
    #[serde(default)]
    pub require: Vec<Condition>,
    #[serde(default)]
    pub unless: Vec<Unless>,
}

/// An exception: when its patterns might match with its conditions, the finding is dropped.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Unless")]
pub struct Unless {
    #[serde(rename = "match")]
    pub patterns: BTreeMap<String, Pattern>,
    #[serde(default)]
    pub require: Vec<Condition>,
}

/// A pattern binding one fact. Fields left out match anything; a string starting with `?` is
/// a variable (the same variable in two patterns joins them), any other string a lexicon id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Pattern {
    Membership {
        event: Vec<Event>,
        #[serde(default)]
        event_as: Option<String>,
        #[serde(default)]
        state: Option<String>,
        #[serde(default)]
        org: Option<String>,
        #[serde(default)]
        modality: Option<Vec<Modality>>,
        #[serde(default)]
        origin: Option<Vec<Origin>>,
        #[serde(default)]
        current: Option<bool>,
    },
    Count {
        #[serde(default)]
        org: Option<String>,
        #[serde(default)]
        counts: Option<Vec<Counted>>,
        #[serde(default)]
        modality: Option<Vec<Modality>>,
        #[serde(default)]
        origin: Option<Vec<Origin>>,
    },
    Quantity {
        #[serde(default)]
        subject: Option<String>,
        #[serde(default)]
        modality: Option<Vec<Modality>>,
        #[serde(default)]
        origin: Option<Vec<Origin>>,
    },
    Office {
        #[serde(default)]
        person: Option<String>,
        #[serde(default)]
        role: Option<Vec<Role>>,
        #[serde(default)]
        role_as: Option<String>,
        #[serde(default)]
        state: Option<String>,
        #[serde(default)]
        current: Option<bool>,
        #[serde(default)]
        modality: Option<Vec<Modality>>,
        #[serde(default)]
        origin: Option<Vec<Origin>>,
    },
}

/// A condition on bound facts. Time relations are three-valued over day intervals: a rule
/// fires only when every condition is definitely true.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Condition {
    /// The first fact's time lies wholly before the second's.
    Before(String, String),
    /// The first fact's time lies wholly after the second's.
    After(String, String),
    /// The two times share a day.
    Overlaps(String, String),
    /// The two times cannot share a day (two dates for one event that cannot both be true).
    Disjoint(String, String),
    /// The two times lie at most `days` apart.
    Within(String, String, u32),
    /// The first fact lies after the second and before the third.
    Between(String, String, String),
    /// Both facts come from the same article.
    SameArticle(String, String),
    /// The facts come from different files.
    DifferentArticle(String, String),
    /// Two variables are bound to the same value.
    Equal(String, String),
    /// Two variables are bound to different values.
    NotEqual(String, String),
    /// Two quantities differ by more than `ratio` of the larger one (`approx_ratio` when either
    /// is approximate).
    Differ {
        a: String,
        b: String,
        ratio: f64,
        approx_ratio: f64,
    },
    /// Two quantities agree: they differ by at most `ratio` of the larger one (`approx_ratio`
    /// when either is approximate).
    Agree {
        a: String,
        b: String,
        ratio: f64,
        approx_ratio: f64,
    },
    /// A stated count lies outside the range of members (or signatories, or founders) the
    /// reference timeline and the corpus allow at its date.
    OutsideMembers(String),
    /// A stated count differs from the number of states its own sentence lists.
    ListDiffers(String),
    /// An event happened before its organisation was founded (lexicon founding date).
    BeforeFounding(String),
    /// A membership fact's event is one of these.
    EventIn(String, Vec<Event>),
}

/// An example the rule carries: articles on which it must fire, or stay quiet.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Example {
    /// The rule must report at least one finding on these articles.
    Fires(Vec<String>),
    /// The rule must report nothing on these articles.
    Quiet(Vec<String>),
}
