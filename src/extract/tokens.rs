//! A sentence as a sequence of items (words, numbers, punctuation and lexicon names), and the
//! nom input type the claim grammar runs on.

use crate::lexicon::{Entity, NameMatch};

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Word,
    /// A number written with digits ("20,000", "1993"), or a number word ("six").
    Num(u64),
    /// Punctuation other than dashes: `,` `;` `:` `(` `)` `"` `.` ...
    Punct(char),
    /// A dash between words (em, en, or a spaced hyphen), or a hyphen joining words.
    Dash {
        joining: bool,
    },
    /// A lexicon name.
    Name(Entity),
}

/// One item with its byte range in the file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item<'t> {
    pub kind: Kind,
    pub start: u32,
    pub end: u32,
    /// The item's text.
    pub text: &'t str,
}

impl Item<'_> {
    /// Whether this is the word `w` (ASCII case-insensitive).
    #[inline]
    pub fn is(&self, w: &str) -> bool {
        matches!(self.kind, Kind::Word | Kind::Num(_)) && self.text.eq_ignore_ascii_case(w)
    }

    #[inline]
    pub fn is_any(&self, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(w))
    }

    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// A dash that sets off an aside (not a hyphen inside a word).
    pub fn is_dash(&self) -> bool {
        matches!(self.kind, Kind::Dash { joining: false })
    }

    pub fn entity(&self) -> Option<Entity> {
        match self.kind {
            Kind::Name(e) => Some(e),
            _ => None,
        }
    }

    pub fn starts_upper(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// The value of a number word ("six").
pub fn number_word(w: &str) -> Option<u64> {
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    NUMBER_WORDS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// Splits the sentence `text[range]` into items; `names` are the lexicon names found in the
/// file (absolute offsets, sorted), of which those inside the sentence become single items.
pub fn items<'t>(
    text: &'t str,
    range: std::ops::Range<usize>,
    names: &[NameMatch],
) -> Vec<Item<'t>> {
    let mut out = Vec::new();
    let first = names.partition_point(|m| m.start < range.start);
    let mut names = names[first..]
        .iter()
        .filter(|m| m.end <= range.end)
        .peekable();
    let bytes = text.as_bytes();
    let mut i = range.start;
    while i < range.end {
        if let Some(m) = names.peek()
            && m.start <= i
        {
            if m.start == i {
                out.push(Item {
                    kind: Kind::Name(m.entity),
                    start: i as u32,
                    end: m.end as u32,
                    text: &text[i..m.end],
                });
                i = m.end;
            }
            names.next();
            continue;
        }
        let c = text[i..].chars().next().expect("inside the text");
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i;
            let mut has_digit = false;
            while j < range.end {
                let d = text[j..].chars().next().expect("inside the text");
                if d.is_alphanumeric() {
                    has_digit |= d.is_ascii_digit();
                    j += d.len_utf8();
                } else if (d == ',' || d == '.')
                    && has_digit
                    && j + 1 < range.end
                    && bytes[j + 1].is_ascii_digit()
                    && text[i..j]
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
                {
                    j += 1; // "20,000", "1.5"
                } else if d == '.'
                    && !has_digit
                    && j + 1 < range.end
                    && bytes[j + 1].is_ascii_alphabetic()
                    && j + 2 <= range.end
                    && text[i..j].chars().count() <= 2
                {
                    j += 1; // "U.S", "e.g"
                } else {
                    break;
                }
            }
            // Keep the period of an abbreviation such as "U.S." with the word.
            if j < range.end && bytes[j] == b'.' && text[i..j].contains('.') {
                j += 1;
            }
            let w = &text[i..j];
            let digits: String = w.chars().filter(|c| c.is_ascii_digit()).collect();
            let kind = if !digits.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b',') {
                // A figure too large to be a count or a troop number is kept as a word.
                digits.parse().map_or(Kind::Word, Kind::Num)
            } else if let Some(v) = number_word(w) {
                // "twenty-seven" is one number.
                let units = (v >= 20 && v % 10 == 0 && j + 1 < range.end && bytes[j] == b'-')
                    .then(|| {
                        let k = text[j + 1..range.end]
                            .find(|c: char| !c.is_ascii_alphabetic())
                            .map_or(range.end, |n| j + 1 + n);
                        number_word(&text[j + 1..k])
                            .filter(|u| (1..=9).contains(u))
                            .map(|u| (u, k))
                    })
                    .flatten();
                match units {
                    Some((u, k)) => {
                        j = k;
                        Kind::Num(v + u)
                    }
                    None => Kind::Num(v),
                }
            } else {
                Kind::Word
            };
            let w = &text[i..j];
            out.push(Item {
                kind,
                start: i as u32,
                end: j as u32,
                text: w,
            });
            i = j;
            continue;
        }
        let kind = match c {
            '—' | '–' | '―' => Kind::Dash { joining: false },
            '-' => {
                let spaced_before = i == 0 || text[..i].ends_with(char::is_whitespace);
                let spaced_after = text[i + 1..].starts_with(char::is_whitespace);
                if text[i..].starts_with("--") {
                    out.push(Item {
                        kind: Kind::Dash { joining: false },
                        start: i as u32,
                        end: i as u32 + 2,
                        text: &text[i..i + 2],
                    });
                    i += 2;
                    continue;
                }
                Kind::Dash {
                    joining: !(spaced_before || spaced_after),
                }
            }
            '“' | '”' | '‘' | '\'' | '’' => {
                // "Russia's": skip the possessive mark, keeping the name before it.
                if matches!(c, '\'' | '’')
                    && text[i + len..].starts_with('s')
                    && !text[i + len + 1..].starts_with(char::is_alphanumeric)
                {
                    out.push(Item {
                        kind: Kind::Word,
                        start: i as u32,
                        end: (i + len + 1) as u32,
                        text: "'s",
                    });
                    i += len + 1;
                    continue;
                }
                Kind::Punct('"')
            }
            other => Kind::Punct(other),
        };
        out.push(Item {
            kind,
            start: i as u32,
            end: (i + len) as u32,
            text: &text[i..i + len],
        });
        i += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_words_and_dashes() {
        let s = "Some 20,000 troops—the 201st division—stay; a 1,500-strong force's U.S. ties.";
        let it = items(s, 0..s.len(), &[]);
        let kinds: Vec<String> = it
            .iter()
            .map(|i| format!("{:?}:{}", i.kind, i.text))
            .collect();
        assert!(
            kinds.contains(&"Num(20000):20,000".to_string()),
            "{kinds:?}"
        );
        assert!(kinds.contains(&"Dash { joining: false }:—".to_string()));
        assert!(kinds.contains(&"Dash { joining: true }:-".to_string()));
        assert!(kinds.contains(&"Word:U.S.".to_string()), "{kinds:?}");
        assert!(kinds.contains(&"Word:'s".to_string()));
    }
}
