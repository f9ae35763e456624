//! The serde form of `lexicon.ron`, exactly as a user writes it.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Lexicon")]
pub struct LexiconFile {
    pub states: Vec<StateDef>,
    pub organisations: Vec<OrgDef>,
    #[serde(default)]
    pub people: Vec<PersonDef>,
    #[serde(default)]
    pub quantity_subjects: Vec<SubjectDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "State")]
pub struct StateDef {
    pub id: String,
    #[serde(default)]
    pub names: Vec<String>,
    #[serde(default)]
    pub adjectives: Vec<String>,
    #[serde(default)]
    pub capitals: Vec<String>,
    #[serde(default)]
    pub peoples: Vec<String>,
    /// Whether claimlint tells facts about it. `false` for states articles name only beside
    /// ours ("Poland, Hungary and the Czech Republic joined NATO"): read as states, so that the
    /// list around them holds, but never reported.
    #[serde(default = "yes")]
    pub tracked: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Organisation")]
pub struct OrgDef {
    pub id: String,
    #[serde(default)]
    pub names: Vec<String>,
    #[serde(default)]
    pub founded: Option<String>,
    #[serde(default)]
    pub succeeds: Option<String>,
    /// Whether "the treaty" may refer to it.
    #[serde(default)]
    pub treaty: bool,
    /// Whether "the alliance", "the bloc" ... in a later sentence may refer to it. `false` for
    /// bodies a Eurasian bulletin names in passing (NATO, the EU): named in the same sentence
    /// they still resolve.
    #[serde(default = "yes")]
    pub topic: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Person")]
pub struct PersonDef {
    pub name: String,
    #[serde(default)]
    pub variants: Vec<String>,
    #[serde(default)]
    pub surnames: Vec<String>,
    #[serde(default)]
    pub offices: Vec<OfficeDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Office")]
pub struct OfficeDef {
    pub role: Role,
    pub state: String,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

/// An office a person can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Role {
    President,
    ActingPresident,
    PrimeMinister,
    ForeignMinister,
    DefenceMinister,
}

/// What a quantity counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Unit {
    Troops,
    Usd,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Subject")]
pub struct SubjectDef {
    pub id: String,
    pub unit: Unit,
    pub all_of: Vec<Vec<String>>,
    #[serde(default)]
    pub none_of: Vec<String>,
}
