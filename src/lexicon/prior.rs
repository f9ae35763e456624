//! What the reference timeline says about membership, for the grammar: when "the grouping" or
//! "it" could mean more than one organisation, the one the listed states actually belonged to
//! at the article's date is the likelier reading ("It now rests on six members—Armenia,
//! Belarus, ..." after a paragraph about GUUAM and the Tashkent treaty means the treaty).

use super::{Lexicon, OrgId, StateId};
use crate::date::Day;
use crate::fact::{Claim, Event, Fact};
use std::collections::HashMap;

/// Each (state, organisation lineage) pair's entries and exits by day, from the reference.
#[derive(Debug, Default, Clone)]
pub struct Prior {
    /// By (state, lineage root): (day, entry) sorted by day; an exit has `entry == false`.
    events: HashMap<(u16, u16), Vec<(i32, bool)>>,
    /// Lineage roots the reference says anything about.
    curated: Vec<bool>,
    /// Each organisation's lineage root.
    roots: Vec<OrgId>,
    /// A digest of the reference text it came from (part of the facts cache's key).
    pub digest: u64,
}

impl Prior {
    /// Builds the prior from the reference timeline's facts.
    pub fn new(facts: &[Fact], lexicon: &Lexicon, digest: u64) -> Prior {
        let roots: Vec<OrgId> = (0..lexicon.orgs.len())
            .map(|o| lexicon.lineage_root(OrgId(o as u16)))
            .collect();
        let mut curated = vec![false; lexicon.orgs.len()];
        let mut events: HashMap<(u16, u16), Vec<(i32, bool)>> = HashMap::new();
        for f in facts {
            let Claim::Membership {
                event,
                state: Some(state),
                org,
            } = f.claim
            else {
                continue;
            };
            let entry = match event {
                Event::Signed
                | Event::Joined
                | Event::Founded
                | Event::Rejoined
                | Event::Member
                | Event::Associate => true,
                Event::Withdrew | Event::NotMember => false,
                Event::Suspended | Event::Observer => continue,
            };
            let Some(day) = f.when.and_then(|w| w.from.or(w.to)) else {
                continue;
            };
            let root = roots[org.0 as usize];
            curated[root.0 as usize] = true;
            events
                .entry((state.0, root.0))
                .or_default()
                .push((day.0, entry));
        }
        for list in events.values_mut() {
            list.sort_unstable();
        }
        Prior {
            events,
            curated,
            roots,
            digest,
        }
    }

    /// How many states the reference has in `org`'s lineage on `day`.
    pub fn size(&self, org: OrgId, day: Day) -> usize {
        let Some(root) = self.roots.get(org.0 as usize) else {
            return 0;
        };
        self.events
            .iter()
            .filter(|((_, r), list)| {
                *r == root.0
                    && list
                        .iter()
                        .rev()
                        .find(|(d, _)| *d <= day.0)
                        .is_some_and(|&(_, entry)| entry)
            })
            .count()
    }

    /// Whether the reference has `state` leaving `org`'s lineage before `day` (for a return to
    /// be one).
    pub fn left_before(&self, state: StateId, org: OrgId, day: Day) -> bool {
        let Some(root) = self.roots.get(org.0 as usize) else {
            return false;
        };
        self.events
            .get(&(state.0, root.0))
            .is_some_and(|list| list.iter().any(|&(d, entry)| d < day.0 && !entry))
    }

    /// Whether the reference has `state` in any organisation's lineage on `day` (a state of
    /// the region's own groupings).
    pub fn in_any(&self, state: StateId, day: Day) -> bool {
        self.events.iter().any(|(&(st, _), list)| {
            st == state.0
                && list
                    .iter()
                    .rev()
                    .find(|(d, _)| *d <= day.0)
                    .is_some_and(|&(_, entry)| entry)
        })
    }

    /// Whether the reference has `state` entering `org`'s lineage on or before `day`, whether
    /// or not it stayed; `None` when the reference says nothing about that lineage.
    pub fn entered_by(&self, state: StateId, org: OrgId, day: Day) -> Option<bool> {
        let root = *self.roots.get(org.0 as usize)?;
        if !self.curated.get(root.0 as usize).copied().unwrap_or(false) {
            return None;
        }
        Some(
            self.events
                .get(&(state.0, root.0))
                .is_some_and(|list| list.iter().any(|&(d, entry)| entry && d <= day.0)),
        )
    }

    /// Whether the reference has `state` in `org`'s lineage on `day`; `None` when the
    /// reference says nothing about that lineage.
    pub fn member(&self, state: StateId, org: OrgId, day: Day) -> Option<bool> {
        let root = *self.roots.get(org.0 as usize)?;
        if !self.curated.get(root.0 as usize).copied().unwrap_or(false) {
            return None;
        }
        let last = self
            .events
            .get(&(state.0, root.0))
            .and_then(|list| list.iter().rev().find(|(d, _)| *d <= day.0));
        Some(last.is_some_and(|&(_, entry)| entry))
    }
}
