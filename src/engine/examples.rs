//! Running the examples a rule carries: each `Fires` example must give the rule at least one
//! finding, each `Quiet` example none. Examples run alone: their own articles and the
//! lexicon's terms, without the reference timeline, so each says everything it relies on.

use super::eval::{World, evaluate_rule, lexicon_facts};
use super::{Example, Origin, RuleSet};
use crate::corpus::FileId;
use crate::lexicon::Lexicon;

/// The outcome of one example.
#[derive(Debug, Clone)]
pub struct ExampleResult {
    pub rule: String,
    pub index: usize,
    pub kind: &'static str,
    pub findings: usize,
    pub passed: bool,
}

/// Runs every example of every rule.
pub fn run(rules: &RuleSet, lexicon: &Lexicon) -> Vec<ExampleResult> {
    let mut out = Vec::new();
    for (r, rule) in rules.rules.iter().enumerate() {
        for (index, example) in rule.examples.iter().enumerate() {
            let (kind, articles) = match example {
                Example::Fires(a) => ("fires", a),
                Example::Quiet(a) => ("quiet", a),
            };
            let mut facts = Vec::new();
            for (n, text) in articles.iter().enumerate() {
                let (mut f, _, _) = crate::extract_bytes(
                    text.clone().into_bytes(),
                    &format!("example-{n}.txt"),
                    lexicon,
                );
                for fact in &mut f {
                    fact.file = FileId(n as u32);
                }
                facts.extend(f);
            }
            let lexicon_file = FileId(articles.len() as u32);
            facts.extend(lexicon_facts(lexicon, lexicon_file));
            let world = World::new(
                &facts,
                |f| {
                    if f == lexicon_file {
                        Origin::Lexicon
                    } else {
                        Origin::Article
                    }
                },
                lexicon,
            );
            let (findings, _) = evaluate_rule(r, rule, &world);
            let passed = match example {
                Example::Fires(_) => !findings.is_empty(),
                Example::Quiet(_) => findings.is_empty(),
            };
            out.push(ExampleResult {
                rule: rule.id.clone(),
                index,
                kind,
                findings: findings.len(),
                passed,
            });
        }
    }
    out
}
