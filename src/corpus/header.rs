//! The article header grammar (nom): `Key: Value` lines up to the first blank line, where
//! several known keys may share one line (`Publication: Monitor Volume: 7 Issue: 105`).

use nom::{
    IResult, Parser,
    bytes::complete::{tag, take_while, take_while1},
    character::complete::space0,
    combinator::recognize,
};
use std::ops::Range;

/// The header keys claimlint knows; matched case-insensitively.
pub const KNOWN_KEYS: [&str; 6] = ["Publication", "Volume", "Issue", "Date", "Title", "Author"];

/// One `Key: Value` field with the byte ranges of key and value in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub key: Range<usize>,
    pub value: Range<usize>,
}

/// The header as written: its fields in order and where the body starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawHeader {
    pub fields: Vec<Field>,
    /// Byte offset of the first body byte.
    pub body_start: usize,
}

/// Why a header could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError {
    pub span: Range<usize>,
    pub message: String,
}

fn key(input: &str) -> IResult<&str, &str> {
    recognize((
        take_while1(|c: char| c.is_ascii_alphabetic()),
        take_while(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
    ))
    .parse(input)
}

/// `Key:` followed by optional spaces; returns the key.
fn key_colon(input: &str) -> IResult<&str, &str> {
    let (rest, (k, _, _)) = (key, tag(":"), space0).parse(input)?;
    Ok((rest, k))
}

fn is_known(k: &str) -> bool {
    KNOWN_KEYS.iter().any(|known| known.eq_ignore_ascii_case(k))
}

/// Splits one header line into fields. A later `Key:` starts a new field only when the key is a
/// known one, so a title such as `Title: Baku: a view` keeps its colon.
fn line_fields(line: &str, base: usize) -> Result<Vec<Field>, HeaderError> {
    let mut fields = Vec::new();
    let mut rest = line;
    loop {
        let start = line.len() - rest.len();
        let (after, k) = key_colon(rest).map_err(|_| HeaderError {
            span: base + start..base + line.len(),
            message: "expected a `Key: Value` header line".into(),
        })?;
        let value_start = line.len() - after.len();
        // The value runs to the next ` KnownKey:` or the end of the line.
        let mut value_end = line.len();
        let mut next = None;
        for (i, _) in after.match_indices(' ') {
            let cand = after[i..].trim_start();
            if let Ok((_, k2)) = key_colon(cand)
                && is_known(k2)
                && !after[..i].trim().is_empty()
            {
                value_end = value_start + i;
                next = Some(line.len() - cand.len());
                break;
            }
        }
        let raw = &line[value_start..value_end];
        let trimmed_end = value_start + raw.trim_end().len();
        fields.push(Field {
            key: base + start..base + start + k.len(),
            value: base + value_start..base + trimmed_end,
        });
        match next {
            Some(n) => rest = &line[n..],
            None => return Ok(fields),
        }
    }
}

/// Parses the header of `text`, which starts at byte `start` of the file (after a byte-order mark).
pub fn parse(text: &str, start: usize) -> Result<RawHeader, HeaderError> {
    let mut fields = Vec::new();
    let mut pos = start;
    loop {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..line_end]
            .strip_suffix('\r')
            .unwrap_or(&text[pos..line_end]);
        let next = (line_end + 1).min(text.len());
        if line.trim().is_empty() {
            if fields.is_empty() {
                if line_end >= text.len() {
                    return Err(HeaderError {
                        span: start..text.len(),
                        message: "the article has no header".into(),
                    });
                }
                // Leading blank lines before the header.
                pos = next;
                continue;
            }
            return Ok(RawHeader {
                fields,
                body_start: next,
            });
        }
        match line_fields(line, pos) {
            Ok(f) => fields.extend(f),
            Err(e) if fields.is_empty() => {
                return Err(HeaderError {
                    span: e.span,
                    message: "the article has no header (`Key: Value` lines, then a blank line)"
                        .into(),
                });
            }
            Err(e) => return Err(e),
        }
        if line_end >= text.len() {
            return Ok(RawHeader {
                fields,
                body_start: text.len(),
            });
        }
        pos = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(String, String)> {
        parse(text, 0)
            .unwrap()
            .fields
            .iter()
            .map(|f| {
                (
                    text[f.key.clone()].to_string(),
                    text[f.value.clone()].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn one_line_form_splits_on_known_keys() {
        let text = "Publication: Monitor Volume: 7 Issue: 105\nDate: 2001-06-01\nTitle: Baku: a view from Volume: the end\n\nBody.";
        assert_eq!(
            show(text),
            [
                ("Publication", "Monitor"),
                ("Volume", "7"),
                ("Issue", "105"),
                ("Date", "2001-06-01"),
                ("Title", "Baku: a view from"),
                ("Volume", "the end"),
            ]
            .map(|(a, b)| (a.to_string(), b.to_string()))
        );
    }

    #[test]
    fn crlf_offsets_point_into_the_bytes() {
        let text = "Date: 1999-01-02\r\nTitle: X\r\n\r\nBody";
        let h = parse(text, 0).unwrap();
        assert_eq!(&text[h.fields[0].value.clone()], "1999-01-02");
        assert_eq!(&text[h.fields[1].value.clone()], "X");
        assert_eq!(&text[h.body_start..], "Body");
    }

    #[test]
    fn prose_is_not_a_header() {
        let e = parse("Georgia left the CIS in 2009.\n\nMore.", 0).unwrap_err();
        assert!(e.message.contains("no header"));
    }
}
