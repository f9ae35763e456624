//! Rule evaluation over a fixed-world synthetic fact set (10^6 facts): the two rules with the
//! heaviest joins, `member-after-withdrawal` and `event-date-conflict`.

use claimlint::engine::eval::{World, evaluate_rule};
use claimlint::engine::{Origin, RuleSet};
use claimlint::lexicon::Lexicon;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::Path;

fn engine(c: &mut Criterion) {
    let (lexicon, _) = Lexicon::load(Path::new("rules/lexicon.ron"), "rules/lexicon.ron")
        .expect("the lexicon loads");
    let rules = RuleSet::load(Path::new("rules"), &lexicon).expect("the rules load");
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs each benchmark once in a
    // debug build, where a smaller set keeps the test suite quick.
    let benching = std::env::args().any(|a| a == "--bench");
    let n = if benching { 1_000_000 } else { 10_000 };
    let facts = claimlint::engine::synthetic::membership_facts(&lexicon, n, 7);
    let world = World::new(&facts, |_| Origin::Article, &lexicon);
    let mut group = c.benchmark_group("engine");
    group.sample_size(10);
    group.throughput(Throughput::Elements(n as u64));
    for id in ["member-after-withdrawal", "event-date-conflict"] {
        let r = rules
            .rules
            .iter()
            .position(|r| r.id == id)
            .expect("a shipped rule");
        group.bench_function(format!("{id}/1e6-facts"), |b| {
            b.iter(|| evaluate_rule(r, &rules.rules[r], &world))
        });
    }
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
