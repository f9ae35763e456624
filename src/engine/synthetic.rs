//! Synthetic membership facts over a fixed world, for measuring the engine: more facts mean
//! more claims under the same few state–organisation keys, as in a real archive.

use crate::corpus::FileId;
use crate::date::{Day, Interval};
use crate::fact::{Claim, Event, Fact, Modality};
use crate::lexicon::{Lexicon, OrgId, StateId};

/// A small deterministic generator (64-bit LCG): the same seed gives the same facts.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// `n` asserted membership facts over 15 states and 5 organisations (CST, CSTO, GUAM, CIS,
/// SCO), dated 1992–2012 (events by month or year, statuses by day), ten per article.
pub fn membership_facts(lexicon: &Lexicon, n: usize, seed: u64) -> Vec<Fact> {
    let mut rng = Lcg(seed);
    let orgs: Vec<OrgId> = ["CST", "CSTO", "GUAM", "CIS", "SCO"]
        .iter()
        .filter_map(|o| lexicon.org_by_id(o))
        .collect();
    let states = lexicon.states.len().min(15) as u64;
    let events = [
        Event::Joined,
        Event::Withdrew,
        Event::Rejoined,
        Event::Member,
        Event::Member,
        Event::Member,
        Event::Signed,
    ];
    let start = Day::year_start(1992).0;
    (0..n)
        .map(|i| {
            let event = events[rng.below(events.len() as u64) as usize];
            let day = Day(start + rng.below(7300) as i32);
            let when = if event.is_status() {
                Interval::day(day)
            } else if rng.below(3) == 0 {
                Interval::year(day.year())
            } else {
                Interval::month(day.year(), day.month())
            };
            Fact {
                claim: Claim::Membership {
                    event,
                    state: Some(StateId(rng.below(states) as u16)),
                    org: orgs[rng.below(orgs.len() as u64) as usize],
                },
                when: Some(when),
                modality: Modality::Asserted,
                file: FileId((i / 10) as u32),
                span: 0..1,
                sentence: 0..1,
                shifted: false,
            }
        })
        .collect()
}
