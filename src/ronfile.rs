//! Reading the user's `.ron` files (lexicon, reference, rules, configuration) so that every
//! mistake becomes a diagnostic pointing at the exact span in the file.

use crate::diag::Problem;
use crate::ronspan::{self, Node};
use serde::de::DeserializeOwned;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// A `.ron` file parsed into `T`, with its text and the spans of its values.
pub struct RonFile<T> {
    pub rel: String,
    pub text: Arc<str>,
    pub value: T,
    pub tree: Node,
}

impl<T> RonFile<T> {
    /// An error at `span` of this file.
    pub fn error(
        &self,
        code: &'static str,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> Problem {
        Problem::error(code, self.rel.clone(), message).at(&self.text, span, label)
    }
}

/// Byte offset of a 1-based `line` and `col` (in characters) in `text`.
pub fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(l.len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

/// Reads and parses `path` (shown as `rel`).
pub fn read<T: DeserializeOwned>(path: &Path, rel: &str) -> Result<RonFile<T>, Problem> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Problem::error(
            "ron::unreadable",
            rel,
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    parse(text.into(), rel)
}

/// Parses RON `text` (shown as `rel`) into `T`.
pub fn parse<T: DeserializeOwned>(text: Arc<str>, rel: &str) -> Result<RonFile<T>, Problem> {
    // `implicit_some` lets users write `founded: "1992-05-15"` rather than `Some("...")`.
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    match options.from_str::<T>(&text) {
        Ok(value) => {
            let tree = ronspan::scan(&text).ok_or_else(|| {
                Problem::error(
                    "ron::syntax",
                    rel,
                    "claimlint could not follow the structure of this file",
                )
            })?;
            Ok(RonFile {
                rel: rel.to_string(),
                text,
                value,
                tree,
            })
        }
        Err(e) => {
            let start = offset_of(&text, e.span.start.line, e.span.start.col);
            let mut end = offset_of(&text, e.span.end.line, e.span.end.col).max(start);
            if end == start {
                end = text[start..]
                    .chars()
                    .next()
                    .map_or(start, |c| start + c.len_utf8());
            }
            let message = e.code.to_string();
            let help = hint(&message);
            let mut p = Problem::error("ron::syntax", rel, message).at(&text, start..end, "here");
            if let Some(h) = help {
                p = p.with_help(h);
            }
            Err(p)
        }
    }
}

/// A plain-words hint for the RON errors people make most.
fn hint(message: &str) -> Option<String> {
    if message.contains("Unexpected field") || message.contains("unknown field") {
        Some("check the spelling; the expected fields are listed above".into())
    } else if message.contains("variant") {
        Some("check the spelling of the value; the allowed values are listed above".into())
    } else if message.contains("missing field") || message.contains("Unexpected missing field") {
        Some("add the field".into())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Cfg {
        include: Vec<String>,
    }

    #[test]
    fn unknown_field_points_at_it() {
        let text: Arc<str> = "Cfg(\n  includ: [\"*.txt\"],\n)".into();
        let e = parse::<Cfg>(text.clone(), "c.ron").err().unwrap();
        let (span, _) = e.label.unwrap();
        assert_eq!(&text[span], "includ");
    }
}
