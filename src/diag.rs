//! Problems with the user's input (articles, lexicon, rules, configuration) as miette
//! diagnostics: each with a stable code, a span into the file it concerns, and help.

use miette::{Diagnostic, LabeledSpan, NamedSource, SourceSpan};
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

/// How serious a problem is. Any `Error` makes the run exit with 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Warning,
    Error,
}

/// A problem found while reading input, pointing into the file it concerns.
#[derive(Debug, Clone)]
pub struct Problem {
    pub level: Level,
    /// A stable code such as `header::bad-date`.
    pub code: &'static str,
    pub message: String,
    /// The path shown to the user.
    pub path: String,
    /// Where in the file, with a label; `None` for whole-file problems without readable text.
    pub label: Option<(Range<usize>, String)>,
    pub help: Option<String>,
    /// The file's text, when it could be read as UTF-8.
    pub source: Option<NamedSource<ArcStr>>,
}

impl Problem {
    pub fn error(
        code: &'static str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            level: Level::Error,
            code,
            message: message.into(),
            path: path.into(),
            label: None,
            help: None,
            source: None,
        }
    }

    pub fn warning(
        code: &'static str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            level: Level::Warning,
            ..Problem::error(code, path, message)
        }
    }

    /// Points the problem at `span` of `text`, with a label.
    pub fn at(mut self, text: &Arc<str>, span: Range<usize>, label: impl Into<String>) -> Problem {
        self.source = Some(NamedSource::new(self.path.clone(), ArcStr(text.clone())));
        self.label = Some((span, label.into()));
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for Problem {}

impl Diagnostic for Problem {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(format!("claimlint::{}", self.code)))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.level {
            Level::Error => miette::Severity::Error,
            Level::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (span, label) = self.label.as_ref()?;
        self.source.as_ref()?;
        let span = SourceSpan::new(span.start.into(), span.len());
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some(label.clone()), span),
        )))
    }
}

/// `Arc<str>` as miette source code.
#[derive(Debug, Clone)]
pub struct ArcStr(pub Arc<str>);

impl miette::SourceCode for ArcStr {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        self.0
            .as_ref()
            .read_span(span, context_lines_before, context_lines_after)
    }
}
