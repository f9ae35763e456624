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

/// What `claimlint rules explain ID` prints: the summary, the documentation, how to fix, and
/// the examples the rule carries.
pub fn explain(r: &super::Rule) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({})\n\n{}\n\n{}\n\nHow to fix: {}",
        r.id,
        r.severity.as_str(),
        r.summary,
        r.doc,
        r.help
    );
    for (i, e) in r.examples.iter().enumerate() {
        let (kind, articles) = match e {
            Example::Fires(a) => ("fires on", a),
            Example::Quiet(a) => ("stays quiet on", a),
        };
        let _ = writeln!(out, "\nExample {} — {kind}:", i + 1);
        for a in articles {
            for line in a.lines() {
                let _ = writeln!(out, "    {line}");
            }
            let _ = writeln!(out, "    ---");
        }
    }
    out
}
