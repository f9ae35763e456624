//! The engine's work grows linearly (within a log factor) with the number of facts in a fixed
//! world: a few hundred state–organisation keys, ever more claims under each.

use claimlint::corpus::FileId;
use claimlint::date::{Day, Interval};
use claimlint::engine::eval::{World, evaluate_rule};
use claimlint::engine::{Origin, RuleSet};
use claimlint::fact::{Claim, Event, Fact, Modality};
use claimlint::lexicon::{Lexicon, OrgId, StateId};
use std::path::Path;

/// A small deterministic generator (64-bit LCG), so the test needs no dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// `n` membership facts over 15 states and 5 organisations, dated 1992–2012, ten per article.
fn synthetic(lexicon: &Lexicon, n: usize, seed: u64) -> Vec<Fact> {
    let mut rng = Lcg(seed);
    let orgs: Vec<OrgId> = ["CST", "CSTO", "GUAM", "CIS", "SCO"]
        .iter()
        .map(|o| lexicon.org_by_id(o).unwrap())
        .collect();
    let events = [
        Event::Joined,
        Event::Withdrew,
        Event::Rejoined,
        Event::Member,
        Event::Member,
        Event::Member,
        Event::Signed,
    ];
    let start = Day::from_ymd(1992, 1, 1).unwrap().0;
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
                    state: Some(StateId(rng.below(15) as u16)),
                    org: orgs[rng.below(5) as usize],
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

#[test]
fn work_grows_linearly_with_the_facts() {
    let (lexicon, _) = Lexicon::load(Path::new("rules/lexicon.ron"), "rules/lexicon.ron").unwrap();
    let rules = RuleSet::load(Path::new("rules"), &lexicon).unwrap();
    let measure = |n: usize| {
        let facts = synthetic(&lexicon, n, 7);
        let world = World::new(&facts, |_| Origin::Article, &lexicon);
        let mut total = 0u64;
        let mut findings = 0usize;
        for id in ["member-after-withdrawal", "event-date-conflict"] {
            let r = rules.rules.iter().position(|r| r.id == id).unwrap();
            let (f, work) = evaluate_rule(r, &rules.rules[r], &world);
            total += work.candidates + work.probes;
            findings += f.len();
        }
        (total, findings)
    };
    let (small, small_findings) = measure(10_000);
    let (large, large_findings) = measure(100_000);
    assert!(
        small_findings > 0 && large_findings > small_findings,
        "{small_findings} {large_findings}"
    );
    // Ten times the facts: at most ten times the work, times the growth of a binary search
    // (log 10^5 / log 10^4 = 1.25), with a margin for the nearest-witness scans.
    let ratio = large as f64 / small as f64;
    println!("work: {small} at 10^4 facts, {large} at 10^5 facts, ratio {ratio:.2}");
    assert!(
        ratio <= 10.0 * 1.25 * 1.2,
        "work grew {ratio:.1}× for 10× the facts"
    );
}
