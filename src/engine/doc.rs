//! The reference section of `docs/rules.md` for the shipped rules, generated from the rule
//! files so that the documentation cannot drift from them (a test compares the two).

use super::{Example, RuleSet};
use std::fmt::Write as _;

/// The marker lines between which `docs/rules.md` holds the generated section.
pub const BEGIN: &str = "<!-- BEGIN GENERATED: claimlint rules doc -->";
pub const END: &str = "<!-- END GENERATED -->";

/// One Markdown section per rule: id, severity, summary, documentation, help and examples.
pub fn rules_section(rules: &RuleSet) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{BEGIN}");
    let _ = writeln!(out, "\n| rule | severity | summary |\n|---|---|---|");
    for r in &rules.rules {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} |",
            r.id,
            r.id,
            r.severity.as_str(),
            r.summary
        );
    }
    for r in &rules.rules {
        let _ = writeln!(out, "\n### {}\n", r.id);
        let _ = writeln!(out, "*{}* — {}\n", r.severity.as_str(), r.summary);
        let _ = writeln!(out, "{}\n", r.doc);
        let _ = writeln!(out, "**How to fix:** {}\n", r.help);
        let _ = writeln!(out, "**Message:** `{}`\n", r.message);
        let fires = r
            .examples
            .iter()
            .filter(|e| matches!(e, Example::Fires(_)))
            .count();
        let quiet = r.examples.len() - fires;
        let _ = writeln!(
            out,
            "Carries {fires} examples on which it fires and {quiet} on which it stays quiet (`claimlint rules test`)."
        );
    }
    let _ = writeln!(out, "\n{END}");
    out
}
