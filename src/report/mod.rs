//! Rendering: facts as a table or JSON lines, and problems as miette diagnostics.

pub mod facts;
pub mod findings;
pub mod github;
pub mod sarif;

use crate::diag::Problem;
use std::io::Write;

/// The miette renderer for problems and findings, with or without colour.
pub fn handler(color: bool) -> miette::GraphicalReportHandler {
    miette::GraphicalReportHandler::new_themed(if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    })
}

/// Renders `problems` as miette graphical diagnostics to stderr.
pub fn problems(problems: &[Problem], color: bool) {
    let handler = handler(color);
    let mut err = std::io::stderr().lock();
    for p in problems {
        let mut out = String::new();
        if handler.render_report(&mut out, p).is_ok() {
            let _ = writeln!(err, "{out}");
        } else {
            let _ = writeln!(err, "{p}");
        }
    }
}
