//! The engine's work grows linearly (within a log factor) with the number of facts in a fixed
//! world: a few hundred state–organisation keys, ever more claims under each.

use claimlint::engine::eval::{World, evaluate_rule};
use claimlint::engine::{Origin, RuleSet};
use claimlint::lexicon::Lexicon;
use std::path::Path;

#[test]
fn work_grows_linearly_with_the_facts() {
    let (lexicon, _) = Lexicon::load(Path::new("rules/lexicon.ron"), "rules/lexicon.ron").unwrap();
    let rules = RuleSet::load(Path::new("rules"), &lexicon).unwrap();
    let measure = |n: usize| {
        let facts = claimlint::engine::synthetic::membership_facts(&lexicon, n, 7);
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
