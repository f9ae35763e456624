//! Findings for GitHub Actions: one workflow command per finding (an annotation on the
//! offending line), and a Markdown job summary.
//!
//! Paths are relative to the working directory (in a workflow, the checked-out repository),
//! since that is what GitHub resolves an annotation's `file` against; a file outside the working
//! directory keeps the path claimlint shows elsewhere (relative to the corpus root), or its
//! absolute path.
//!
//! An annotation's `col` and `endColumn` count characters, 1-based, the end one past the last
//! character (as `end_column` in `--format json`); they are left out when a claim spans lines,
//! where GitHub ignores them.

use crate::Checked;
use crate::corpus::SourceFile;
use crate::engine::Severity;
use crate::fact::Fact;
use crate::report::findings::Shown;
use crate::report::sarif::Bases;
use std::io::Write;
use std::path::Path;

/// Escapes the message of a workflow command (after the second `::`): `%`, CR and LF.
pub fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a property value of a workflow command (`file=`, `title=`): as [`escape_data`], and
/// `:` and `,`, which would end the value.
pub fn escape_property(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' => out.push_str("%3A"),
            ',' => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

/// The workflow command of a severity.
pub fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Where facts are, as GitHub should see them.
struct Paths<'a> {
    checked: &'a Checked,
    bases: Bases<'a>,
}

impl Paths<'_> {
    fn file(&self, fact: &Fact) -> &SourceFile {
        self.checked.extracted.corpus.sources.get(fact.file)
    }

    /// The path of the file of `fact`: relative to the working directory if it lies inside it,
    /// else as shown elsewhere, else (for an absolute path) as found on disk.
    fn path(&self, fact: &Fact) -> String {
        let file = self.file(fact);
        self.bases
            .relative_to_cwd(&file.path)
            .or_else(|| (!Path::new(&file.rel).is_absolute()).then(|| file.rel.clone()))
            .unwrap_or_else(|| file.path.display().to_string())
    }

    /// `path:line` of `fact`.
    fn at(&self, fact: &Fact) -> String {
        let (line, _) = self.file(fact).line_col(fact.span.start as usize);
        format!("{}:{line}", self.path(fact))
    }

    /// The finding's message, with its witnesses: "… (see also PATH:LINE: label; …)".
    fn message(&self, s: &Shown<'_>) -> String {
        let mut message = s.finding.message.clone();
        let witnesses: Vec<String> = s.claims[1..]
            .iter()
            .enumerate()
            .map(|(n, (name, fact, label))| {
                let mut w = format!(
                    "{}: {}",
                    self.at(fact),
                    if label.is_empty() {
                        *name
                    } else {
                        label.as_str()
                    }
                );
                if n == 0 && s.finding.others > 0 {
                    let others = s.finding.others;
                    w.push_str(&format!(
                        ", and {others} more report{} like it",
                        if others == 1 { "" } else { "s" }
                    ));
                }
                w
            })
            .collect();
        if !witnesses.is_empty() {
            message.push_str(&format!(" (see also {})", witnesses.join("; ")));
        }
        message
    }
}

fn paths(checked: &Checked, cwd: Option<&Path>, f: impl FnOnce(&Paths<'_>) -> String) -> String {
    f(&Paths {
        checked,
        bases: Bases::new(&checked.extracted.corpus.root, cwd),
    })
}

/// Writes one workflow command per finding:
/// `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE` (`::warning`
/// for warnings, `::notice` for info), the message naming the witnesses' `PATH:LINE`.
pub fn write_github(
    out: &mut impl std::io::Write,
    shown: &[Shown<'_>],
    checked: &Checked,
) -> std::io::Result<()> {
    let cwd = std::env::current_dir().ok();
    let text = paths(checked, cwd.as_deref(), |p| {
        let mut text = String::new();
        for s in shown {
            let (_, primary, _) = &s.claims[0];
            let file = p.file(primary);
            let (line, col) = file.line_col(primary.span.start as usize);
            let (end_line, end_col) = file.line_col(primary.span.end as usize);
            let mut props = vec![
                format!("file={}", escape_property(&p.path(primary))),
                format!("line={line}"),
            ];
            if line == end_line {
                props.push(format!("col={col}"));
            }
            props.push(format!("endLine={end_line}"));
            if line == end_line {
                props.push(format!("endColumn={end_col}"));
            }
            props.push(format!("title={}", escape_property(&s.rule.id)));
            text.push_str(&format!(
                "::{} {}::{}\n",
                command(s.rule.severity),
                props.join(","),
                escape_data(&p.message(s))
            ));
        }
        text
    });
    out.write_all(text.as_bytes())
}

/// Escapes text for a cell of a Markdown table: backslashes, pipes and the characters that
/// start inline markup or HTML are backslash-escaped, and line breaks become `<br>`.
pub fn escape_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '|' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("<br>");
            }
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// A Markdown job summary: a heading, the counts, and a table of every finding (severity, rule,
/// `file:line`, message with its witnesses).
pub fn step_summary(shown: &[Shown<'_>], checked: &Checked) -> String {
    let cwd = std::env::current_dir().ok();
    paths(checked, cwd.as_deref(), |p| {
        let mut by_severity = [0usize; 3];
        for s in shown {
            by_severity[s.rule.severity as usize] += 1;
        }
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let mut md = String::from("## claimlint\n\n");
        if checked.rules.is_none() {
            md.push_str(
                "No rules could be loaded, so nothing was checked: see the errors in the log.\n",
            );
            return md;
        }
        md.push_str(&format!(
            "**{}** ({}, {}, {} info) in {} with {}.\n",
            plural(shown.len(), "finding"),
            plural(by_severity[Severity::Error as usize], "error"),
            plural(by_severity[Severity::Warning as usize], "warning"),
            by_severity[Severity::Info as usize],
            plural(checked.extracted.corpus.articles.len(), "article"),
            plural(checked.article_facts, "fact"),
        ));
        let problems = checked.extracted.problems.len();
        if problems > 0 {
            md.push_str(&format!(
                "\n{} met while reading the input: see the log.\n",
                plural(problems, "problem")
            ));
        }
        if !shown.is_empty() {
            md.push_str("\n| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n");
            for s in shown {
                let (_, primary, _) = &s.claims[0];
                md.push_str(&format!(
                    "| {} | {} | {} | {} |\n",
                    s.rule.severity.as_str(),
                    escape_cell(&s.rule.id),
                    escape_cell(&p.at(primary)),
                    escape_cell(&p.message(s)),
                ));
            }
        }
        md
    })
}

/// Appends `text` to the job summary file at `path` (the file named by `GITHUB_STEP_SUMMARY`),
/// creating it if needed, with a blank line before it if the file already has content.
pub fn append_step_summary(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    if file.metadata()?.len() > 0 {
        file.write_all(b"\n")?;
    }
    file.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        file.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_escapes_percent_and_line_breaks_only() {
        assert_eq!(escape_data(""), "");
        assert_eq!(escape_data("plain text"), "plain text");
        assert_eq!(escape_data("100%"), "100%25");
        assert_eq!(escape_data("a\r\nb\nc\rd"), "a%0D%0Ab%0Ac%0Dd");
        assert_eq!(escape_data("a: b, c"), "a: b, c");
        assert_eq!(escape_data("%0A"), "%250A");
        assert_eq!(escape_data("Tbilisi — «Ünï» 日本"), "Tbilisi — «Ünï» 日本");
    }

    #[test]
    fn properties_also_escape_colon_and_comma() {
        assert_eq!(escape_property(""), "");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(
            escape_property("%\r\n:,"),
            "%25%0D%0A%3A%2C",
            "every special character"
        );
        assert_eq!(escape_property("::error::"), "%3A%3Aerror%3A%3A");
        assert_eq!(escape_property("dir/ä ö.txt"), "dir/ä ö.txt");
    }

    #[test]
    fn cells_escape_pipes_markup_and_line_breaks() {
        assert_eq!(escape_cell(""), "");
        assert_eq!(escape_cell("a | b"), "a \\| b");
        assert_eq!(escape_cell("a\\|b"), "a\\\\\\|b");
        assert_eq!(escape_cell("x\r\ny\nz\rw"), "x<br>y<br>z<br>w");
        assert_eq!(escape_cell("<b>*_`~[]&"), "\\<b\\>\\*\\_\\`\\~\\[\\]\\&");
        assert_eq!(escape_cell("Ünï — 11,000"), "Ünï — 11,000");
    }

    #[test]
    fn commands() {
        assert_eq!(command(Severity::Error), "error");
        assert_eq!(command(Severity::Warning), "warning");
        assert_eq!(command(Severity::Info), "notice");
    }
}
