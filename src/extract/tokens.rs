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

/// The item an apostrophe at `i` (of `len` bytes) opens, and where it ends: a possessive
/// ("Russia's"), or a contraction read as the words it stands for ("isn't" as "is not", "it's" as
/// "it is", "they're", "they've", "won't"), mending the word before it (`out`'s last) where
/// the contraction took part of it.
fn contraction<'t>(
    text: &'t str,
    out: &mut [Item<'t>],
    i: usize,
    len: usize,
    end: usize,
) -> Option<(Item<'t>, usize)> {
    let rest = &text[i + len..end];
    let tail = |n: usize| !rest[n..].starts_with(char::is_alphanumeric);
    let mut before = out.last_mut().filter(|w| w.end as usize == i);
    let word = |text: &'static str, to: usize| {
        Some((
            Item {
                kind: Kind::Word,
                start: i as u32,
                end: to as u32,
                text,
            },
            to,
        ))
    };
    // "isn't", "aren't", "doesn't", "can't", "won't": the verb, then "not".
    if rest.starts_with('t') && tail(1) {
        let before = before.filter(|w| w.kind == Kind::Word && w.text.len() >= 2)?;
        let lower = before.text.to_ascii_lowercase();
        let verb = lower.strip_suffix('n')?;
        const STEMS: &[&str] = &[
            "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "would",
            "should", "could", "ca", "wo", "must", "need",
        ];
        if !STEMS.contains(&verb) {
            return None;
        }
        let start = match verb {
            // ("can't" keeps "can"; "won't" is "will")
            "ca" => i,
            "wo" => {
                before.text = "will";
                i
            }
            _ => {
                before.end -= 1;
                before.text = &before.text[..before.text.len() - 1];
                i - 1
            }
        };
        return Some((
            Item {
                kind: Kind::Word,
                start: start as u32,
                end: (i + len + 1) as u32,
                text: "not",
            },
            i + len + 1,
        ));
    }
    if rest.starts_with('s') && tail(1) {
        // "it's", "that's", "there's": "is" ("has" before "been" or a participle); after a
        // name, only where no possessive can stand ("Uzbekistan's not a member", "Georgia's
        // been a member"). Otherwise the possessive mark, keeping the name before it.
        let next = rest[1..].trim_start();
        let next = &next[..next
            .find(|c: char| !c.is_alphanumeric() && c != '-')
            .unwrap_or(next.len())];
        let pronoun = before.as_mut().is_some_and(|w| {
            w.is_any(&[
                "it", "that", "there", "he", "she", "who", "what", "here", "where", "which",
            ])
        });
        let verb = before.is_some()
            && ["not", "never", "been", "a", "an", "the", "no"]
                .iter()
                .any(|w| next.eq_ignore_ascii_case(w));
        if pronoun || verb {
            let has = next.eq_ignore_ascii_case("been")
                || next.eq_ignore_ascii_case("got")
                || next.len() > 3 && next.ends_with("ed") && pronoun;
            return word(if has { "has" } else { "is" }, i + len + 1);
        }
        return word("'s", i + len + 1);
    }
    // "they're", "we've", "it'll"
    before?;
    for (suffix, full) in [("re", "are"), ("ve", "have"), ("ll", "will")] {
        if rest.starts_with(suffix) && tail(2) {
            return word(full, i + len + 2);
        }
    }
    None
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
            // Keep the period of an abbreviation such as "U.S." with the word, and of a month's
            // ("Dec. 8, 1991", "Sept. 24"), so that the month is read as one.
            if j < range.end
                && bytes[j] == b'.'
                && (text[i..j].contains('.') || is_month_abbreviation(&text[i..j]))
            {
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
                if matches!(c, '\'' | '’')
                    && let Some(item) = short_year(text, i, len, range.end)
                {
                    i = item.end as usize;
                    out.push(item);
                    continue;
                }
                if matches!(c, '\'' | '’')
                    && let Some((item, next)) = contraction(text, &mut out, i, len, range.end)
                {
                    out.push(item);
                    i = next;
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
    // "the so-called Shanghai Five" is the Shanghai Five: the modifier is left out, so the name
    // stands where its article and its preposition expect it.
    // So are the quotation marks around a name: the "Shanghai Five", the 'Shanghai Five'.
    // (one pass, compacting in place)
    let (mut r, mut w) = (0, 0);
    while r < out.len() {
        let three = out.get(r..r + 3);
        if three.is_some_and(|t| {
            t[0].text.eq_ignore_ascii_case("so")
                && t[1].kind == (Kind::Dash { joining: true })
                && t[2].text == "called"
        }) {
            r += 3;
            continue;
        }
        if three.is_some_and(|t| {
            t[0].kind == Kind::Punct('"')
                && matches!(t[1].kind, Kind::Name(_))
                && t[2].kind == Kind::Punct('"')
        }) {
            out[w] = out[r + 1];
            w += 1;
            r += 3;
            continue;
        }
        out[w] = out[r];
        w += 1;
        r += 1;
    }
    out.truncate(w);
    out
}

/// A year written with an apostrophe and its last two digits ("back in '99", "since ’94",
/// "December '93", "'93-'94"), read as the whole year: the 1900s from '31, else the 2000s. Only
/// where the apostrophe starts a word and the two digits end it (not "the '90s", "the '90's",
/// not "Russia's").
fn short_year<'t>(text: &'t str, i: usize, len: usize, end: usize) -> Option<Item<'t>> {
    let after = i + len + 2;
    let digits = text.get(i + len..after).filter(|_| after <= end)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let starts = text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '—' | '–' | '-'));
    // (not "the '90's", a decade)
    let ends =
        !text[after..end].starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’');
    if !(starts && ends) {
        return None;
    }
    let yy: u64 = digits.parse().ok()?;
    Some(Item {
        kind: Kind::Num(if yy > 30 { 1900 + yy } else { 2000 + yy }),
        start: i as u32,
        end: after as u32,
        text: &text[i..after],
    })
}

/// Whether `w` is a month's abbreviation, capitalised ("Jan", "Sept", "Dec").
fn is_month_abbreviation(w: &str) -> bool {
    const MONTHS: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];
    MONTHS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_year_is_the_whole_year() {
        let s = "back in '99, since \u{2019}05 and (\u{2019}93); not the '90s, nor the '90's, nor '7, \
                 nor x'98 '1";
        let it = items(s, 0..s.len(), &[]);
        let years: Vec<(&str, Kind)> = it
            .iter()
            .filter(|w| matches!(w.kind, Kind::Num(_)))
            .map(|w| (w.text, w.kind))
            .collect();
        assert_eq!(
            years,
            [
                ("'99", Kind::Num(1999)),
                ("\u{2019}05", Kind::Num(2005)),
                ("\u{2019}93", Kind::Num(1993)),
                ("90", Kind::Num(90)),
                ("7", Kind::Num(7)),
                ("98", Kind::Num(98)),
                ("1", Kind::Num(1)),
            ]
        );
    }

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

    #[test]
    fn contractions_are_the_words_they_stand_for() {
        let s = "Kyiv isn't in it; they won't join, it's said, and Russia's envoy can't.";
        let words: Vec<(&str, &str)> = items(s, 0..s.len(), &[])
            .iter()
            .map(|w| (w.text, &s[w.start as usize..w.end as usize]))
            .collect();
        assert_eq!(
            words,
            [
                ("Kyiv", "Kyiv"),
                ("is", "is"),
                ("not", "n't"),
                ("in", "in"),
                ("it", "it"),
                (";", ";"),
                ("they", "they"),
                ("will", "won"),
                ("not", "'t"),
                ("join", "join"),
                (",", ","),
                ("it", "it"),
                ("is", "'s"),
                ("said", "said"),
                (",", ","),
                ("and", "and"),
                ("Russia", "Russia"),
                ("'s", "'s"),
                ("envoy", "envoy"),
                ("can", "can"),
                ("not", "'t"),
                (".", "."),
            ]
        );
    }
}
