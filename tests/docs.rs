//! docs/rules.md stays true to the code: its shipped-rules section is exactly what the rule
//! files generate, and the language reference names every condition and pattern.

use claimlint::engine::{RuleSet, doc};
use claimlint::lexicon::Lexicon;
use std::path::Path;

#[test]
fn shipped_rules_section_matches_the_rule_files() {
    let (lexicon, _) = Lexicon::load(Path::new("rules/lexicon.ron"), "rules/lexicon.ron").unwrap();
    let rules = RuleSet::load(Path::new("rules"), &lexicon).unwrap();
    let page = std::fs::read_to_string("docs/rules.md").unwrap();
    let start = page
        .find(doc::BEGIN)
        .expect("docs/rules.md has the generated section");
    let end = page
        .find(doc::END)
        .expect("the generated section is closed")
        + doc::END.len();
    assert_eq!(
        &page[start..end],
        doc::rules_section(&rules).trim_end(),
        "docs/rules.md is stale: regenerate its section with `claimlint rules doc`"
    );
}

#[test]
fn language_reference_names_every_condition_and_pattern() {
    let page = std::fs::read_to_string("docs/rules.md").unwrap();
    let source = std::fs::read_to_string("src/engine/rule.rs").unwrap();
    // Every variant of `Condition` and `Pattern` in the code is documented.
    for enum_name in ["pub enum Condition {", "pub enum Pattern {"] {
        let body = &source[source.find(enum_name).unwrap()..];
        let body = &body[..body.find("\n}").unwrap()];
        for line in body.lines().skip(1) {
            let t = line.trim();
            if let Some(name) = t.split(['(', ' ', '{', ',']).next()
                && name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            {
                assert!(
                    page.contains(&format!("`{name}(")),
                    "docs/rules.md does not document `{name}`"
                );
            }
        }
    }
}
