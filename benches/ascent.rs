//! The engine against the same two rules written as Datalog in `ascent`
//! (`benches/ascent_rules`), on one synthetic fact set in one process, so that the figures
//! compare as a ratio: `member-after-withdrawal` and `event-date-conflict`.
//!
//! Datalog materialises every (claim, witness) pair that satisfies a rule's `require`, and the
//! time conditions are inequality joins that ascent evaluates as nested loops inside each
//! state–organisation key: the work grows with the square of the facts per key (and, for the
//! exception of `member-after-withdrawal`, the cube). At 10^6 facts the pairs alone number
//! about 5·10^8 (`member-after-withdrawal`) and 10^9 (`event-date-conflict`), beyond this
//! machine's memory, so `cargo bench --bench ascent` compares the two at 10^4 and 4·10^4
//! facts; `ASCENT_BENCH_FACTS=n` runs one other size. `cargo test --all-targets` runs each
//! benchmark once in a debug build, on 2,000 facts.

mod ascent_rules;

use claimlint::engine::eval::{World, evaluate_rule};
use claimlint::engine::{Origin, RuleSet};
use claimlint::lexicon::Lexicon;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use std::path::Path;

fn versus(c: &mut Criterion) {
    let (lexicon, _) = Lexicon::load(Path::new("rules/lexicon.ron"), "rules/lexicon.ron")
        .expect("the lexicon loads");
    let rules = RuleSet::load(Path::new("rules"), &lexicon).expect("the rules load");
    let benching = std::env::args().any(|a| a == "--bench");
    let sizes: Vec<usize> = match std::env::var("ASCENT_BENCH_FACTS") {
        Ok(v) => vec![v.parse().expect("ASCENT_BENCH_FACTS is a number")],
        Err(_) if benching => vec![10_000, 40_000],
        Err(_) => vec![2_000],
    };
    let mut group = c.benchmark_group("ascent");
    group.sample_size(10);
    for n in sizes {
        sized(&mut group, &lexicon, &rules, n);
    }
    group.finish();
}

/// Both sides on both rules at `n` facts.
fn sized(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    lexicon: &Lexicon,
    rules: &RuleSet,
    n: usize,
) {
    let facts = claimlint::engine::synthetic::membership_facts(lexicon, n, 7);
    // Every 25th article is the reference timeline, so that `event-date-conflict`'s exception
    // has reference facts to look for.
    let origin = |f: claimlint::corpus::FileId| {
        if f.0.is_multiple_of(25) {
            Origin::Reference
        } else {
            Origin::Article
        }
    };
    let world = World::new(&facts, origin, lexicon);
    let input = ascent_rules::input(&facts, &world.origins, lexicon);
    group.throughput(Throughput::Elements(n as u64));
    for id in ["member-after-withdrawal", "event-date-conflict"] {
        let r = rules
            .rules
            .iter()
            .position(|r| r.id == id)
            .expect("a shipped rule");
        group.bench_function(format!("{id}/engine/{n}-facts"), |b| {
            b.iter(|| evaluate_rule(r, &rules.rules[r], &world).0.len())
        });
        // The input relations are copied outside the timing; the program builds its own
        // indexes from them inside it, as the engine does from the world.
        group.bench_function(format!("{id}/ascent/{n}-facts"), |b| {
            b.iter_batched(
                || input.clone(),
                |input| match id {
                    "member-after-withdrawal" => {
                        ascent_rules::member_after_withdrawal(input).finding.len()
                    }
                    _ => ascent_rules::event_date_conflict(input).finding.len(),
                },
                BatchSize::LargeInput,
            )
        });
    }
}

criterion_group!(benches, versus);
criterion_main!(benches);
