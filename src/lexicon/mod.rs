//! The lexicon (`rules/lexicon.ron`): states, organisations, office-holders and quantity
//! subjects, with every name and variant the grammar should recognise. Adding an entry needs
//! no Rust change; a mistake in the file is a diagnostic pointing into it.

mod file;
pub mod prior;

use crate::date::Day;
use crate::diag::Problem;
use crate::ronfile::RonFile;
use crate::ronspan::Step;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

pub use file::{OfficeDef, Role, Unit};

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u16);
    };
}

id_type!(/// A state, by its index in the lexicon.
    StateId);
id_type!(/// An organisation, by its index in the lexicon.
    OrgId);
id_type!(/// An office-holder, by its index in the lexicon.
    PersonId);
id_type!(/// A canonical quantity subject, by its index in the lexicon.
    SubjectId);

/// A state and the ways articles name it.
#[derive(Debug, Clone)]
pub struct State {
    pub id: String,
    pub names: Vec<String>,
    pub adjectives: Vec<String>,
    pub capitals: Vec<String>,
    /// The people's plural name ("the Uzbeks"), standing for the government as a capital does.
    pub peoples: Vec<String>,
    /// Whether facts about it are told (`false`: named only beside the states we follow).
    pub tracked: bool,
}

/// An organisation or treaty.
#[derive(Debug, Clone)]
pub struct Org {
    pub id: String,
    pub names: Vec<String>,
    /// The day it was founded or signed, when known.
    pub founded: Option<Day>,
    /// The organisation it continues (the CSTO succeeds the CST).
    pub succeeds: Option<OrgId>,
    /// Whether "the treaty" can refer to it.
    pub is_treaty: bool,
    /// Whether an anaphor in a later sentence can refer to it (see `OrgDef::topic`).
    pub can_be_topic: bool,
    /// Where its entry lies in `lexicon.ron`.
    pub span: std::ops::Range<usize>,
}

impl Org {
    /// Whether it was founded only after `day` (the name then stands for something earlier).
    pub fn founded_after(&self, day: Day) -> bool {
        self.founded.is_some_and(|f| f > day)
    }
}

/// An office-holder and the spellings of their name.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub offices: Vec<Office>,
}

/// An office held over a term.
#[derive(Debug, Clone)]
pub struct Office {
    pub role: Role,
    pub state: StateId,
    pub from: Option<Day>,
    pub to: Option<Day>,
    /// Where the office lies in `lexicon.ron`.
    pub span: std::ops::Range<usize>,
}

/// A canonical subject for quantities ("Russian forces in Tajikistan") and the cues that
/// identify it in a sentence.
#[derive(Debug, Clone)]
pub struct Subject {
    pub id: String,
    pub unit: Unit,
    /// Each group must have one phrase present in the sentence (lowercase).
    pub all_of: Vec<Vec<String>>,
    /// No phrase here may be present (lowercase).
    pub none_of: Vec<String>,
}

/// What a name in the text refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Entity {
    State(StateId),
    /// A capital city, standing for its government when it acts.
    Capital(StateId),
    /// An adjective or demonym ("Uzbek").
    Adjective(StateId),
    Org(OrgId),
    Person(PersonId),
    /// A surname that several people may bear (index into [`Lexicon::surnames`]).
    Surname(u16),
}

/// The loaded lexicon with a matcher over all its names.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub states: Vec<State>,
    pub orgs: Vec<Org>,
    pub people: Vec<Person>,
    pub subjects: Vec<Subject>,
    /// Surnames shared by one or more people, with those people.
    pub surnames: Vec<(String, Vec<PersonId>)>,
    /// The names, in matcher pattern order, with what they refer to, whether case matters, and
    /// whether the name may start with a small letter ("collective security pact").
    pub patterns: Vec<(Entity, bool, bool)>,
    pub matcher: AhoCorasick,
    /// The file's text and shown path, so facts derived from it can point into it.
    pub text: Arc<str>,
    pub rel: String,
    /// What the reference timeline beside the lexicon says about membership, for resolving
    /// "the grouping" and "it" (empty when there is none, or it does not load).
    pub prior: prior::Prior,
}

/// A lexicon name found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameMatch {
    pub start: usize,
    pub end: usize,
    pub entity: Entity,
}

impl Lexicon {
    /// Reads and validates `lexicon.ron` at `path` (shown as `rel`).
    pub fn load(path: &Path, rel: &str) -> Result<(Lexicon, Arc<str>), Vec<Problem>> {
        let file = crate::ronfile::read::<file::LexiconFile>(path, rel).map_err(|p| vec![p])?;
        let text = file.text.clone();
        let mut lexicon = Lexicon::from_file(file)?;
        lexicon.prior = lexicon.prior_beside(path);
        Ok((lexicon, text))
    }

    /// The prior from `reference.ron` beside the lexicon at `path`. A reference that does not
    /// load gives an empty prior here; the run reports its problems when it loads it.
    fn prior_beside(&self, path: &Path) -> prior::Prior {
        let reference = path.with_file_name("reference.ron");
        let Ok(text) = std::fs::read_to_string(&reference) else {
            return prior::Prior::default();
        };
        let digest = crate::hash::fnv(text.as_bytes());
        let file = crate::corpus::FileId(u32::MAX);
        match crate::reference::parse(text.into(), "reference.ron", file, self) {
            Ok(facts) => prior::Prior::new(&facts, self, digest),
            Err(_) => prior::Prior::default(),
        }
    }

    /// The organisation that succeeded `org` (the CSTO for the CST), if any.
    pub fn successor(&self, org: OrgId) -> Option<OrgId> {
        self.orgs
            .iter()
            .position(|o| o.succeeds == Some(org))
            .map(|p| OrgId(p as u16))
    }

    /// The first organisation of `org`'s lineage (the CST for the CSTO).
    pub fn lineage_root(&self, org: OrgId) -> OrgId {
        let mut o = org;
        // A lineage is short; the bound only guards against a cycle.
        for _ in 0..16 {
            match self.org(o).succeeds {
                Some(prev) => o = prev,
                None => break,
            }
        }
        o
    }

    /// Parses and validates lexicon text.
    pub fn parse(text: &str, rel: &str) -> Result<Lexicon, Vec<Problem>> {
        let file =
            crate::ronfile::parse::<file::LexiconFile>(text.into(), rel).map_err(|p| vec![p])?;
        Lexicon::from_file(file)
    }

    fn from_file(file: RonFile<file::LexiconFile>) -> Result<Lexicon, Vec<Problem>> {
        let mut problems = Vec::new();
        let v = &file.value;
        let span = |path: &[Step<'_>]| {
            file.tree
                .at(&file.text, path)
                .map_or(0..0, |n| n.span.clone())
        };
        let date =
            |s: &Option<String>, path: &[Step<'_>], problems: &mut Vec<Problem>| -> Option<Day> {
                let s = s.as_ref()?;
                let d = Day::parse_iso(s)
                    .or_else(|| crate::date::Interval::parse_notation(s).and_then(|i| i.from));
                if d.is_none() {
                    problems.push(file.error(
                        "lexicon::bad-date",
                        span(path),
                        format!("`{s}` is not a date"),
                        "expected YYYY-MM-DD, YYYY-MM or YYYY",
                    ));
                }
                d
            };

        let mut ids: HashMap<String, (&'static str, std::ops::Range<usize>)> = HashMap::new();
        let mut check_id =
            |id: &str, what: &'static str, path: &[Step<'_>], problems: &mut Vec<Problem>| {
                let sp = span(path);
                if let Some((other, first)) = ids.get(id) {
                    let (line, _) = crate::corpus::line_col(&file.text, first.start);
                    problems.push(file.error(
                        "lexicon::duplicate-id",
                        sp,
                        format!("the id `{id}` is used twice"),
                        format!("already the id of a {other} on line {line}"),
                    ));
                } else {
                    ids.insert(id.to_string(), (what, sp));
                }
            };

        let states: Vec<State> = v
            .states
            .iter()
            .enumerate()
            .map(|(i, s)| {
                check_id(
                    &s.id,
                    "state",
                    &[Step::Field("states"), Step::Index(i), Step::Field("id")],
                    &mut problems,
                );
                State {
                    id: s.id.clone(),
                    names: with_id(&s.id, &s.names),
                    adjectives: s.adjectives.clone(),
                    capitals: s.capitals.clone(),
                    peoples: s.peoples.clone(),
                    tracked: s.tracked,
                }
            })
            .collect();
        let state_index: HashMap<&str, StateId> = states
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), StateId(i as u16)))
            .collect();
        let org_index: HashMap<&str, OrgId> = v
            .organisations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), OrgId(i as u16)))
            .collect();

        let orgs: Vec<Org> = v
            .organisations
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let base = [Step::Field("organisations"), Step::Index(i)];
                check_id(
                    &o.id,
                    "organisation",
                    &[base[0], base[1], Step::Field("id")],
                    &mut problems,
                );
                let succeeds = o.succeeds.as_ref().and_then(|s| {
                    let found = org_index.get(s.as_str()).copied();
                    if found.is_none() {
                        problems.push(file.error(
                            "lexicon::unknown-org",
                            span(&[base[0], base[1], Step::Field("succeeds")]),
                            format!("unknown organisation `{s}`"),
                            "no organisation has this id",
                        ));
                    }
                    found
                });
                Org {
                    id: o.id.clone(),
                    names: with_id(&o.id, &o.names),
                    founded: date(
                        &o.founded,
                        &[base[0], base[1], Step::Field("founded")],
                        &mut problems,
                    ),
                    succeeds,
                    is_treaty: o.treaty,
                    can_be_topic: o.topic,
                    span: span(&[base[0], base[1]]),
                }
            })
            .collect();

        let people: Vec<Person> = v
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let offices = p
                    .offices
                    .iter()
                    .enumerate()
                    .filter_map(|(j, o)| {
                        let base = [
                            Step::Field("people"),
                            Step::Index(i),
                            Step::Field("offices"),
                            Step::Index(j),
                        ];
                        let state = state_index.get(o.state.as_str()).copied();
                        if state.is_none() {
                            let mut path = base.to_vec();
                            path.push(Step::Field("state"));
                            problems.push(
                                file.error(
                                    "lexicon::unknown-state",
                                    span(&path),
                                    format!("unknown state `{}`", o.state),
                                    "no state has this id",
                                )
                                .with_help(known(states.iter().map(|s| s.id.as_str()))),
                            );
                        }
                        let mut pf = base.to_vec();
                        pf.push(Step::Field("from"));
                        let mut pt = base.to_vec();
                        pt.push(Step::Field("to"));
                        let from = date(&o.from, &pf, &mut problems);
                        let to = date(&o.to, &pt, &mut problems).map(|d| {
                            // A year or month as an end means its last day.
                            crate::date::Interval::parse_notation(
                                o.to.as_deref().unwrap_or_default(),
                            )
                            .and_then(|i| i.to)
                            .unwrap_or(d)
                        });
                        Some(Office {
                            span: span(&base),
                            role: o.role,
                            state: state?,
                            from,
                            to,
                        })
                    })
                    .collect();
                Person {
                    name: p.name.clone(),
                    offices,
                }
            })
            .collect();

        let subjects: Vec<Subject> = v
            .quantity_subjects
            .iter()
            .enumerate()
            .map(|(i, s)| {
                check_id(
                    &s.id,
                    "quantity subject",
                    &[
                        Step::Field("quantity_subjects"),
                        Step::Index(i),
                        Step::Field("id"),
                    ],
                    &mut problems,
                );
                Subject {
                    id: s.id.clone(),
                    unit: s.unit,
                    all_of: s
                        .all_of
                        .iter()
                        .map(|g| g.iter().map(|c| c.to_lowercase()).collect())
                        .collect(),
                    none_of: s.none_of.iter().map(|c| c.to_lowercase()).collect(),
                }
            })
            .collect();

        // Every name, with what it refers to; one name may not mean two things.
        let mut names: Vec<(String, Entity, Vec<Step<'static>>)> = Vec::new();
        let mut surnames: Vec<(String, Vec<PersonId>)> = Vec::new();
        for (i, s) in v.states.iter().enumerate() {
            let id = StateId(i as u16);
            for n in with_id(&s.id, &s.names) {
                names.push((
                    n,
                    Entity::State(id),
                    vec![Step::Field("states"), Step::Index(i)],
                ));
            }
            for n in &s.adjectives {
                names.push((
                    n.clone(),
                    Entity::Adjective(id),
                    vec![
                        Step::Field("states"),
                        Step::Index(i),
                        Step::Field("adjectives"),
                    ],
                ));
            }
            for (field, list) in [("capitals", &s.capitals), ("peoples", &s.peoples)] {
                for n in list {
                    names.push((
                        n.clone(),
                        Entity::Capital(id),
                        vec![Step::Field("states"), Step::Index(i), Step::Field(field)],
                    ));
                }
            }
        }
        for (i, o) in v.organisations.iter().enumerate() {
            for n in with_id(&o.id, &o.names) {
                names.push((
                    n,
                    Entity::Org(OrgId(i as u16)),
                    vec![Step::Field("organisations"), Step::Index(i)],
                ));
            }
        }
        for (i, p) in v.people.iter().enumerate() {
            let id = PersonId(i as u16);
            for n in std::iter::once(&p.name).chain(&p.variants) {
                names.push((
                    n.clone(),
                    Entity::Person(id),
                    vec![Step::Field("people"), Step::Index(i)],
                ));
            }
            for n in &p.surnames {
                match surnames.iter_mut().find(|(s, _)| s == n) {
                    Some((_, ps)) => ps.push(id),
                    None => surnames.push((n.clone(), vec![id])),
                }
            }
        }
        for (i, (n, _)) in surnames.iter().enumerate() {
            names.push((
                n.clone(),
                Entity::Surname(i as u16),
                vec![Step::Field("people")],
            ));
        }
        // A lineage must not loop back on itself ("A succeeds B succeeds A").
        for (i, o) in orgs.iter().enumerate() {
            let mut at = o.succeeds;
            for _ in 0..orgs.len() {
                match at {
                    Some(p) if p.0 as usize == i => {
                        problems.push(file.error(
                            "lexicon::lineage-cycle",
                            span(&[
                                Step::Field("organisations"),
                                Step::Index(i),
                                Step::Field("succeeds"),
                            ]),
                            format!("the lineage of `{}` loops back to itself", o.id),
                            "an organisation cannot succeed its own successor",
                        ));
                        break;
                    }
                    Some(p) => at = orgs[p.0 as usize].succeeds,
                    None => break,
                }
            }
        }
        let mut seen: HashMap<String, Entity> = HashMap::new();
        for (n, e, path) in &names {
            if n.trim().is_empty() {
                problems.push(file.error(
                    "lexicon::empty-name",
                    span(path),
                    "an empty name",
                    "names must have letters",
                ));
                continue;
            }
            let key = if is_acronym(n) {
                n.clone()
            } else {
                n.to_lowercase()
            };
            if let Some(prev) = seen.get(&key)
                && prev != e
            {
                problems.push(
                    file.error(
                        "lexicon::ambiguous-name",
                        span(path),
                        format!("the name `{n}` is given to two different entries"),
                        "also used by another entry",
                    )
                    .with_help(
                        "a name must mean one state, organisation or person; remove one of them",
                    ),
                );
            }
            seen.insert(key, *e);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        // One pattern per distinct name; acronyms are matched with their case.
        let mut patterns = Vec::new();
        let mut texts = Vec::new();
        let mut done = std::collections::HashSet::new();
        // A name may start with a small letter in the text when any of its spellings does.
        let lower_keys: std::collections::HashSet<String> = names
            .iter()
            .filter(|(n, _, _)| n.chars().next().is_some_and(char::is_lowercase))
            .map(|(n, _, _)| n.to_lowercase())
            .collect();
        for (n, e, _) in names {
            let key = if is_acronym(&n) {
                n.clone()
            } else {
                n.to_lowercase()
            };
            if done.insert(key.clone()) {
                patterns.push((e, is_acronym(&n), lower_keys.contains(&key)));
                texts.push(n);
            }
        }
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(&texts)
            .expect("lexicon names form a valid automaton");
        Ok(Lexicon {
            states,
            orgs,
            people,
            subjects,
            surnames,
            patterns,
            matcher,
            text: file.text.clone(),
            rel: file.rel.clone(),
            prior: Default::default(),
        })
    }

    /// Every lexicon name in `text`, leftmost-longest, on word boundaries, acronyms with their case.
    pub fn find_names(&self, text: &str) -> Vec<NameMatch> {
        if !text.contains(['\n', '\r', '\t']) {
            return self.names_in(text, text);
        }
        // A name broken across a line ("the Collective Security\nTreaty Organisation") is one
        // name: line breaks and tabs are searched as spaces, byte for byte, so the offsets hold.
        // Not two names that meet at a line's end ("a member of the CIS\nCollective Security
        // Treaty states met"): a match across a break whose part on either side is a whole name
        // gives way to the names of the text as written.
        let spaced = text.replace(['\n', '\r', '\t'], " ");
        let whole = |part: &str| self.is_whole_name(part.trim());
        let mut split: Vec<std::ops::Range<usize>> = Vec::new();
        let mut names: Vec<NameMatch> = self
            .names_in(&spaced, text)
            .into_iter()
            .filter(|m| {
                let within = &text[m.start..m.end];
                let joins_two = within.find(['\n', '\r']).is_some_and(|b| {
                    let after = within[b..].trim_start_matches(['\n', '\r']);
                    whole(&within[..b]) || whole(after)
                });
                if joins_two {
                    split.push(m.start..m.end);
                }
                !joins_two
            })
            .collect();
        if !split.is_empty() {
            names.extend(
                self.names_in(text, text)
                    .into_iter()
                    .filter(|m| split.iter().any(|r| r.start <= m.start && m.end <= r.end)),
            );
            names.sort_by_key(|m| m.start);
        }
        names
    }

    /// Whether `word` is, as a whole, a name of the lexicon (by the matcher alone).
    fn is_whole_name(&self, word: &str) -> bool {
        !word.is_empty()
            && self
                .matcher
                .find_iter(word)
                .any(|p| p.start() == 0 && p.end() == word.len())
    }

    /// The names found in `text` (the text searched, perhaps with its line breaks as spaces),
    /// checked against `original` (the text as written) where a line's start matters.
    fn names_in(&self, text: &str, original: &str) -> Vec<NameMatch> {
        let bytes = text.as_bytes();
        self.matcher
            .find_iter(text)
            .filter_map(|m| {
                let (entity, exact, lower_ok) = self.patterns[m.pattern().as_usize()];
                let word = |c: u8| c.is_ascii_alphanumeric();
                let before_ok = m.start() == 0 || !word(bytes[m.start() - 1]);
                // Allow a possessive or plural after the name ("Russia's", "Uzbeks").
                let after_ok = m.end() == bytes.len()
                    || !word(bytes[m.end()])
                    || (matches!(entity, Entity::Adjective(_))
                        && bytes[m.end()] == b's'
                        && (m.end() + 1 == bytes.len() || !word(bytes[m.end() + 1])));
                if !before_ok || !after_ok {
                    return None;
                }
                let matched = &text[m.start()..m.end()];
                if exact {
                    // Acronyms keep their case ("US" is not "us").
                    if !matched.bytes().all(|c| !c.is_ascii_lowercase()) {
                        return None;
                    }
                } else if !lower_ok
                    && !matched.chars().next().is_some_and(|c| c.is_uppercase())
                    && !matched.starts_with("the ")
                {
                    // Proper names start with a capital letter.
                    return None;
                }
                // A one-word organisation's name after a capitalised word inside a sentence is
                // part of another name ("the Eastern Partnership", "the British Commonwealth").
                if matches!(entity, Entity::Org(_))
                    && !exact
                    && !matched.contains(' ')
                    && matched.chars().skip(1).all(char::is_lowercase)
                    // (a line's start is a sentence's: the text as written)
                    && let Some(word) = capitalised_word_before(original, m.start())
                    // (unless that word is a name of ours: "In Minsk Commonwealth leaders")
                    && !self.is_whole_name(word)
                {
                    return None;
                }
                Some(NameMatch {
                    start: m.start(),
                    end: m.end(),
                    entity,
                })
            })
            .collect()
    }

    pub fn state(&self, id: StateId) -> &State {
        &self.states[id.0 as usize]
    }

    pub fn org(&self, id: OrgId) -> &Org {
        &self.orgs[id.0 as usize]
    }

    pub fn person(&self, id: PersonId) -> &Person {
        &self.people[id.0 as usize]
    }

    pub fn subject(&self, id: SubjectId) -> &Subject {
        &self.subjects[id.0 as usize]
    }

    pub fn state_by_id(&self, id: &str) -> Option<StateId> {
        self.states
            .iter()
            .position(|s| s.id == id)
            .map(|i| StateId(i as u16))
    }

    pub fn org_by_id(&self, id: &str) -> Option<OrgId> {
        self.orgs
            .iter()
            .position(|o| o.id == id)
            .map(|i| OrgId(i as u16))
    }

    /// The owners `o`'s names give it, each with the rest of that name: "NATO's Partnership for
    /// Peace" gives NATO and "Partnership for Peace".
    pub fn owners_named(&self, o: OrgId) -> impl Iterator<Item = (OrgId, &str)> {
        self.org(o).names.iter().filter_map(move |name| {
            let (owner, rest) = name.split_once("'s ")?;
            let p = self.org_by_name(owner)?;
            (p != o).then_some((p, rest))
        })
    }

    /// The partnership programme `owner` runs: an organisation one of whose names is the
    /// owner's with "'s" and "Partnership" ("NATO's Partnership for Peace").
    pub fn partnership_of(&self, owner: OrgId) -> Option<OrgId> {
        (0..self.orgs.len()).map(|i| OrgId(i as u16)).find(|&p| {
            self.owners_named(p)
                .any(|(o, rest)| o == owner && rest.starts_with("Partnership"))
        })
    }

    /// The organisation whose id or one of whose names is `name` exactly ("NATO").
    pub fn org_by_name(&self, name: &str) -> Option<OrgId> {
        self.orgs
            .iter()
            .position(|o| o.id == name || o.names.iter().any(|n| n == name))
            .map(|i| OrgId(i as u16))
    }

    pub fn person_by_name(&self, name: &str) -> Option<PersonId> {
        self.people
            .iter()
            .position(|p| p.name == name)
            .map(|i| PersonId(i as u16))
    }

    pub fn subject_by_id(&self, id: &str) -> Option<SubjectId> {
        self.subjects
            .iter()
            .position(|s| s.id == id)
            .map(|i| SubjectId(i as u16))
    }

    /// The quantity subject a sentence (lowercased) speaks of, when exactly one fits. The text is
    /// read with a space at each end, so a cue written with spaces (" us ") is a whole word even
    /// at the start or end of the sentence.
    pub fn subject_in(&self, lower_sentence: &str, unit: Unit) -> Option<SubjectId> {
        let lower_sentence = format!(" {lower_sentence} ");
        let fits: Vec<usize> = self
            .subjects
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                s.unit == unit
                    && s.all_of
                        .iter()
                        .all(|g| g.iter().any(|c| lower_sentence.contains(c.as_str())))
                    && !s
                        .none_of
                        .iter()
                        .any(|c| lower_sentence.contains(c.as_str()))
            })
            .map(|(i, _)| i)
            .collect();
        match fits.as_slice() {
            [i] => Some(SubjectId(*i as u16)),
            _ => None,
        }
    }

    /// Whether the first group of `id`'s cues (whose forces they are: "Russian", "US") is in
    /// `lower_text`.
    pub fn owner_in(&self, id: SubjectId, lower_text: &str) -> bool {
        let padded = format!(" {lower_text} ");
        self.owner_cue(id, &padded)
    }

    fn owner_cue(&self, id: SubjectId, padded: &str) -> bool {
        self.subject(id)
            .all_of
            .first()
            .is_none_or(|g| g.iter().any(|c| padded.contains(c.as_str())))
    }

    /// Whether `lower_text` names another owner than `id`'s and not `id`'s own ("Russia has
    /// 1,500 troops at Kant" read for a subject of American forces). Owners are the first cue
    /// group of subjects told by whose forces they are and where (two groups or more; not a
    /// force named by itself, "the rapid-deployment force").
    pub fn other_owner_in(&self, id: SubjectId, lower_text: &str) -> bool {
        let padded = format!(" {lower_text} ");
        let subject = self.subject(id);
        let owned = |s: &Subject| s.all_of.len() >= 2;
        // (another owner: no cue shared, as "Russian" is by all Russian forces)
        let same_owner = |s: &Subject| s.all_of[0].iter().any(|c| subject.all_of[0].contains(c));
        owned(subject)
            && !self.owner_cue(id, &padded)
            && self.subjects.iter().enumerate().any(|(j, s)| {
                s.unit == subject.unit
                    && owned(s)
                    && !same_owner(s)
                    && self.owner_cue(SubjectId(j as u16), &padded)
            })
    }

    /// The office of `person` holding `role` (or any role) on `day`.
    pub fn office_at(
        &self,
        person: PersonId,
        role: Option<Role>,
        day: Option<Day>,
    ) -> Vec<&Office> {
        self.person(person)
            .offices
            .iter()
            .filter(|o| role.is_none_or(|r| r == o.role))
            .filter(|o| match day {
                None => true,
                Some(d) => o.from.is_none_or(|f| f <= d) && o.to.is_none_or(|t| d <= t),
            })
            .collect()
    }
}

fn with_id(id: &str, names: &[String]) -> Vec<String> {
    let mut all = vec![id.to_string()];
    all.extend(names.iter().filter(|n| n.as_str() != id).cloned());
    all
}

/// A name of capitals and digits only ("CSTO", "US") is matched with its case.
fn is_acronym(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_uppercase()) && !name.chars().any(|c| c.is_lowercase())
}

fn known<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    format!("known ids: {}", ids.collect::<Vec<_>>().join(", "))
}

/// The canonical name of a role in output.
impl Role {
    pub const ALL: [Role; 5] = [
        Role::President,
        Role::ActingPresident,
        Role::PrimeMinister,
        Role::ForeignMinister,
        Role::DefenceMinister,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::President => "president",
            Role::ActingPresident => "acting_president",
            Role::PrimeMinister => "prime_minister",
            Role::ForeignMinister => "foreign_minister",
            Role::DefenceMinister => "defence_minister",
        }
    }
}

impl Unit {
    pub const ALL: [Unit; 2] = [Unit::Troops, Unit::Usd];

    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Troops => "troops",
            Unit::Usd => "usd",
        }
    }
}

/// The capitalised word right before byte `start` of `text` (one space between; not a
/// possessive, not the first word of a sentence or a line, not a month or a weekday), which a
/// name starting at `start` may continue.
fn capitalised_word_before(text: &str, start: usize) -> Option<&str> {
    let before = text[..start].trim_end_matches(' ');
    if before.len() + 1 != start {
        return None;
    }
    let word_start = before
        .rfind(|c: char| !c.is_alphanumeric() && c != '-')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    let opens_sentence = text[..word_start]
        .trim_end_matches([' ', '"', '\u{201c}', '(', '\'', '\u{2018}'])
        .chars()
        .last()
        .is_none_or(|c| {
            matches!(
                c,
                '.' | '!' | '?' | '\n' | ':' | ';' | '\u{2014}' | '\u{2013}'
            )
        });
    // (a date before the name is no part of it: "Last August Commonwealth membership")
    let lower = word.to_lowercase();
    let date = crate::date::MONTH_NAMES.contains(&lower.as_str())
        || crate::date::WEEKDAY_NAMES.contains(&lower.as_str());
    (!opens_sentence
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && word.len() > 1
        && !date)
        .then_some(word)
}
