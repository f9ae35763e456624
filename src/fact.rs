//! Facts: what a claim says, in canonical ids, with its time, modality and provenance.

use crate::corpus::FileId;
use crate::date::Interval;
use crate::lexicon::{OrgId, PersonId, Role, StateId, SubjectId, Unit};
use std::ops::Range;

/// A membership event or status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Event {
    Signed,
    Joined,
    Member,
    NotMember,
    Withdrew,
    Suspended,
    Rejoined,
    Observer,
    Associate,
    Founded,
}

impl Event {
    pub const ALL: [Event; 10] = [
        Event::Signed,
        Event::Joined,
        Event::Member,
        Event::NotMember,
        Event::Withdrew,
        Event::Suspended,
        Event::Rejoined,
        Event::Observer,
        Event::Associate,
        Event::Founded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Event::Signed => "signed",
            Event::Joined => "joined",
            Event::Member => "member",
            Event::NotMember => "not_member",
            Event::Withdrew => "withdrew",
            Event::Suspended => "suspended",
            Event::Rejoined => "rejoined",
            Event::Observer => "observer",
            Event::Associate => "associate",
            Event::Founded => "founded",
        }
    }

    /// The event as a noun, for messages ("withdrawal", "founding").
    pub fn noun(self) -> &'static str {
        match self {
            Event::Signed => "signing",
            Event::Joined => "joining",
            Event::Member => "membership",
            Event::NotMember => "non-membership",
            Event::Withdrew => "withdrawal",
            Event::Suspended => "suspension",
            Event::Rejoined => "rejoining",
            Event::Observer => "observer status",
            Event::Associate => "associate membership",
            Event::Founded => "founding",
        }
    }

    pub fn parse(s: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|e| e.as_str() == s)
    }

    /// A status holds over time; an event happens at one moment.
    pub fn is_status(self) -> bool {
        matches!(
            self,
            Event::Member | Event::NotMember | Event::Observer | Event::Associate
        )
    }
}

/// How firmly the text asserts a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Modality {
    #[default]
    Asserted,
    Hedged,
    Planned,
    Negated,
}

impl Modality {
    pub const ALL: [Modality; 4] = [
        Modality::Asserted,
        Modality::Hedged,
        Modality::Planned,
        Modality::Negated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Hedged => "hedged",
            Modality::Planned => "planned",
            Modality::Negated => "negated",
        }
    }
}

/// What a stated count counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Counted {
    Members,
    Signatories,
    Founders,
}

impl Counted {
    pub const ALL: [Counted; 3] = [Counted::Members, Counted::Signatories, Counted::Founders];

    pub fn as_str(self) -> &'static str {
        match self {
            Counted::Members => "members",
            Counted::Signatories => "signatories",
            Counted::Founders => "founders",
        }
    }
}

/// A person in an office claim: from the lexicon, or as the article wrote the name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PersonRef {
    Known(PersonId),
    Named(std::sync::Arc<str>),
}

/// The content of a fact.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Claim {
    Membership {
        event: Event,
        state: Option<StateId>,
        org: OrgId,
    },
    Count {
        org: OrgId,
        value: u32,
        counts: Counted,
    },
    Quantity {
        subject: SubjectId,
        value: u64,
        approx: bool,
        unit: Unit,
    },
    Office {
        person: PersonRef,
        role: Role,
        state: StateId,
    },
}

impl Claim {
    /// The organisation a membership or count claim is about, to change it.
    pub fn org_mut(&mut self) -> Option<&mut OrgId> {
        match self {
            Claim::Membership { org, .. } | Claim::Count { org, .. } => Some(org),
            _ => None,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Claim::Membership { .. } => "membership",
            Claim::Count { .. } => "count",
            Claim::Quantity { .. } => "quantity",
            Claim::Office { .. } => "office",
        }
    }
}

/// A claim with its time, modality and where it was said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub claim: Claim,
    /// `None` only for a status in an undated article.
    pub when: Option<Interval>,
    pub modality: Modality,
    pub file: FileId,
    /// The claim's own words, as bytes of the file.
    pub span: Range<u32>,
    /// The sentence it came from.
    pub sentence: Range<u32>,
    /// "then-", "former", "late": the claim is about a time other than the article's.
    pub shifted: bool,
}

impl Fact {
    /// Whether two facts state the same thing (the same claim, time and modality), wherever
    /// they were said.
    pub fn says_the_same_as(&self, other: &Fact) -> bool {
        self.claim == other.claim && self.when == other.when && self.modality == other.modality
    }
}
