//! The nom input over sentence items, and the small parsers the claim grammar is built from.

use super::tokens::{Item, Kind};
use crate::lexicon::{Entity, OrgId, StateId};
use nom::{IResult, Input, Needed, Parser};

/// A run of sentence items: the input type of the claim grammar.
#[derive(Clone, Copy, Debug)]
pub struct Toks<'a>(pub &'a [Item<'a>]);

impl<'a> Input for Toks<'a> {
    type Item = &'a Item<'a>;
    type Iter = std::slice::Iter<'a, Item<'a>>;
    type IterIndices = std::iter::Enumerate<Self::Iter>;

    fn input_len(&self) -> usize {
        self.0.len()
    }

    fn take(&self, index: usize) -> Self {
        Toks(&self.0[..index])
    }

    fn take_from(&self, index: usize) -> Self {
        Toks(&self.0[index..])
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        let (a, b) = self.0.split_at(index);
        (Toks(b), Toks(a))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.0.iter().position(predicate)
    }

    fn iter_elements(&self) -> Self::Iter {
        self.0.iter()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.0.iter().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.0.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.0.len()))
        }
    }
}

pub type PResult<'a, O> = IResult<Toks<'a>, O>;

fn fail<'a, O>(input: Toks<'a>) -> PResult<'a, O> {
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Verify,
    )))
}

/// One item satisfying `pred`.
pub fn item<'a>(
    pred: impl Fn(&Item<'a>) -> bool,
) -> impl Fn(Toks<'a>) -> PResult<'a, &'a Item<'a>> {
    move |input: Toks<'a>| match input.0.first() {
        Some(i) if pred(i) => Ok((Toks(&input.0[1..]), i)),
        _ => fail(input),
    }
}

/// The word `w`, ignoring ASCII case.
pub fn word<'a>(w: &'static str) -> impl Fn(Toks<'a>) -> PResult<'a, &'a Item<'a>> {
    item(move |i| i.is(w))
}

/// A phrase of space-separated words ("pulled out of"); a hyphen inside the phrase matches a
/// joining dash ("re-entered").
pub fn phrase<'a>(p: &'static str) -> impl Fn(Toks<'a>) -> PResult<'a, ()> {
    move |mut input: Toks<'a>| {
        for (k, w) in p.split(' ').enumerate() {
            // "also belong, together with China, to the Shanghai Five": a short aside set off by
            // commas before the phrase's closing preposition.
            if k > 0
                && input.0.first().is_some_and(|c| c.is_punct(','))
                && matches!(w, "to" | "in" | "into" | "from" | "of" | "out")
                && p.ends_with(w)
                && let Some(close) = (1..input.0.len().min(9)).find(|&j| input.0[j].is_punct(','))
                // (no clause of its own: "remains, having suspended its membership, in GUUAM";
                // no time or name of its own: "was, until 2005, in GUUAM", "withdrew, in May
                // 2005, from GUUAM")
                && !input.0[1..close].iter().any(|i| {
                    i.is_punct('.')
                        || i.is_punct(';')
                        || i.is_dash()
                        || matches!(i.kind, Kind::Num(_))
                        || i.entity().is_some_and(|e| !matches!(e, Entity::State(_) | Entity::Capital(_) | Entity::Adjective(_)))
                        || i.is_any(&["until", "till", "since"])
                        || super::dates::month_of(i).is_some()
                        || i.kind == Kind::Word
                            && i.text.len() > 4
                            && (i.text.ends_with("ing") || i.text.ends_with("ed"))
                })
                && input.0.get(close + 1).is_some_and(|i| i.is(w))
            {
                input = Toks(&input.0[close + 1..]);
            }
            // "remain firmly inside", "pulled quietly out of": an adverb inside the phrase.
            // (not one that weakens it: "is barely in GUUAM", "pulled partially out of")
            if k > 0
                && input.0.first().is_some_and(super::modality::manner_adverb)
                && !input.0.first().is_some_and(|a| {
                    a.is_any(&[
                        "barely",
                        "scarcely",
                        "hardly",
                        "partially",
                        "partly",
                        "temporarily",
                        "nominally",
                        "technically",
                        "merely",
                        "reportedly",
                        "allegedly",
                        "supposedly",
                        "apparently",
                        "ostensibly",
                        "possibly",
                        "probably",
                    ])
                })
                && input.0.get(1).is_some_and(|i| i.is(w))
            {
                input = Toks(&input.0[1..]);
            }
            for (n, part) in w.split('-').enumerate() {
                if n > 0 {
                    input = item(|i| matches!(i.kind, Kind::Dash { joining: true }))(input)?.0;
                }
                if part == "'s" {
                    input = item(|i| i.text == "'s")(input)?.0;
                } else {
                    input = word(part)(input)?.0;
                }
            }
            let _ = k;
        }
        Ok((input, ()))
    }
}

/// Punctuation `c`.
pub fn punct<'a>(c: char) -> impl Fn(Toks<'a>) -> PResult<'a, &'a Item<'a>> {
    item(move |i| i.is_punct(c))
}

/// Words that can stand with a state name for its government ("the Uzbek government").
const GOVERNMENT_NOUNS: &[&str] = &[
    "government",
    "governments",
    "authorities",
    "leadership",
    "regime",
    "side",
    "officials",
    "administration",
    "president",
];

/// A reference to one state: its name, its capital, or "the <adjective> government".
pub fn state<'a>(input: Toks<'a>) -> PResult<'a, StateId> {
    let (input, the) = nom::combinator::opt(word("the")).parse(input)?;
    match input.0.first().and_then(Item::entity) {
        // "the Astana five", "the Minsk three": a group named after a capital, no state.
        Some(Entity::Capital(_))
            if the.is_some()
                && input.0.get(1).is_some_and(|w| {
                    w.is_any(&[
                        "two", "three", "four", "five", "six", "seven", "eight", "nine",
                    ])
                }) =>
        {
            fail(input)
        }
        Some(Entity::State(s)) | Some(Entity::Capital(s)) => {
            let rest = Toks(&input.0[1..]);
            // "Tashkent Treaty" is an organisation, but the matcher already took the longer name.
            let (rest, _) =
                nom::combinator::opt(item(|i| i.is_any(GOVERNMENT_NOUNS))).parse(rest)?;
            Ok((rest, s))
        }
        Some(Entity::Adjective(s)) => {
            let (rest, _) = item(|i| i.is_any(GOVERNMENT_NOUNS))(Toks(&input.0[1..]))?;
            Ok((rest, s))
        }
        // "(signed by Presidents) Leonid Kuchma of Ukraine, Eduard Shevardnadze of Georgia":
        // a leader named with the state he leads stands for it.
        Some(Entity::Person(_)) | Some(Entity::Surname(_))
            if input.0.get(1).is_some_and(|w| w.is("of")) =>
        {
            match input.0.get(2).and_then(Item::entity) {
                Some(Entity::State(s)) => Ok((Toks(&input.0[3..]), s)),
                _ => fail(input),
            }
        }
        _ => fail(input),
    }
}

/// A short aside set off by commas inside a list ("and, once again, Uzbekistan"): one to four
/// lower-case words.
fn list_aside<'a>(input: Toks<'a>) -> PResult<'a, ()> {
    (
        punct(','),
        nom::multi::many_m_n(1, 4, item(aside_word)),
        punct(','),
    )
        .map(|_| ())
        .parse(input)
}

/// A word of a short aside inside a list: lower case, perhaps hyphenated, or a possessive's
/// mark ("to nobody's surprise").
pub fn aside_word(i: &Item<'_>) -> bool {
    i.kind == Kind::Word && (i.text.chars().all(|c| c.is_lowercase() || c == '-') || i.text == "'s")
}

/// A list separator: `,`, `and`, `, and`, `as well as`, `along with`, `together with` (with or
/// without a comma before them), `or`, and `and, once again,`.
fn list_sep<'a>(input: Toks<'a>) -> PResult<'a, ()> {
    nom::branch::alt((
        (
            nom::combinator::opt(punct(',')),
            nom::branch::alt((word("and"), word("or"))),
            list_aside,
        )
            .map(|_| ()),
        // "Russia, Belarus and Armenia, plus Kazakhstan", "..., as well as China", "A, B and
        // C, together with D and E"
        (
            punct(','),
            nom::branch::alt((
                phrase("plus"),
                phrase("as well as"),
                phrase("together with"),
                phrase("along with"),
            )),
        )
            .map(|_| ()),
        (
            punct(','),
            nom::combinator::opt(nom::branch::alt((word("and"), word("or")))),
        )
            .map(|_| ()),
        word("and").map(|_| ()),
        word("or").map(|_| ()),
        word("nor").map(|_| ()),
        phrase("as well as"),
        phrase("along with"),
        phrase("together with"),
        phrase("plus"),
    ))
    .parse(input)
}

/// A coordinated list of states: "Armenia, Belarus and Russia", "both Georgia and Ukraine".
pub fn state_list<'a>(input: Toks<'a>) -> PResult<'a, Vec<StateId>> {
    let (input, _) = nom::combinator::opt(nom::branch::alt((
        word("both"),
        word("either"),
        word("neither"),
    )))
    .parse(input)?;
    let (mut rest, first) = state(input)?;
    let mut states = vec![first];
    // Where the list ends at its last state the lexicon knows.
    let mut known = rest;
    // "Russia and Belarus, and Bishkek joined ...": after a list closed by its "and", a comma
    // and another "and" start a new clause (a serial comma follows commas only).
    let mut closed_by_and = false;
    // ("Kazakhstan and Kyrgyzstan, and Tajikistan and Uzbekistan, joined": pairs of pairs go on)
    let new_clause = |rest: Toks<'_>| {
        rest.0.first().is_some_and(|c| c.is_punct(','))
            && rest.0.get(1).is_some_and(|w| w.is_any(&["and", "or"]))
            && !rest
                .0
                .get(3)
                .is_some_and(|w| w.is_punct(',') || w.is_any(&["and", "or"]))
    };
    while let Some(sep) = rest.0.first()
        && !(closed_by_and && new_clause(rest))
        && let Ok((after_sep, ())) = list_sep(rest)
        // "..., Tajikistan and now Uzbekistan"
        && let Ok((after_sep, _)) = nom::combinator::opt(item(|i| {
            i.is_any(&["now", "also", "finally", "lately"])
        }))
        .parse(after_sep)
        // "..., Tajikistan and, once more, Uzbekistan"
        && let Ok((after_sep, _)) = nom::combinator::opt((
            item(|i| i.is_punct(',')),
            nom::branch::alt((
                phrase("once more"),
                phrase("once again"),
                word("again").map(|_| ()),
                word("now").map(|_| ()),
                word("finally").map(|_| ()),
                word("eventually").map(|_| ()),
            )),
            item(|i| i.is_punct(',')),
        ))
        .parse(after_sep)
    {
        let Ok((after, st)) = state(after_sep) else {
            // "Estonia, Latvia, Slovakia and Slovenia": a state outside the lexicon is
            // stepped over.
            match after_sep.0.first() {
                Some(w) if unknown_name(w) => {
                    rest = Toks(&after_sep.0[1..]);
                    continue;
                }
                _ => break,
            }
        };
        // "Belarus and Armenia, Moscow's closest allies": a possessor is no list member.
        if after.0.first().is_some_and(|i| i.text == "'s") {
            break;
        }
        closed_by_and |= sep.is_any(&["and", "or"]);
        states.push(st);
        rest = after;
        known = rest;
    }
    states.dedup();
    // A list that ends with names the lexicon does not know takes them in only when its end
    // is clear (a dash, a bracket or a semicolon follows) and it has two known states.
    if known.0.len() != rest.0.len() {
        let closed = rest
            .0
            .first()
            .is_none_or(|w| w.is_dash() || w.is_punct(')') || w.is_punct(';'));
        if !(closed && states.len() >= 2) {
            return Ok((known, states));
        }
    }
    Ok((rest, states))
}

/// A capitalised word no lexicon entry claims, standing where a state of a list would:
/// "Slovakia".
pub fn unknown_name(w: &Item<'_>) -> bool {
    let mut chars = w.text.chars();
    w.kind == Kind::Word
        && w.entity().is_none()
        && w.text.len() > 3
        && chars.next().is_some_and(|c| c.is_uppercase())
        && chars.all(|c| c.is_lowercase())
}

/// A named organisation.
pub fn org_name<'a>(input: Toks<'a>) -> PResult<'a, OrgId> {
    let (rest, org) = match input.0.first().and_then(Item::entity) {
        // "the Commonwealth's Collective Security Treaty": the organisation that belongs to
        // the first
        Some(Entity::Org(_))
            if input.0.get(1).is_some_and(|w| w.text == "'s")
                && let Some(Entity::Org(o)) = input.0.get(2).and_then(Item::entity) =>
        {
            (&input.0[3..], o)
        }
        Some(Entity::Org(o)) => (&input.0[1..], o),
        _ => return fail(input),
    };
    // "the Shanghai Cooperation Organisation (SCO)": its abbreviation in brackets is part of
    // the name.
    let abbreviation = rest.first().is_some_and(|w| w.is_punct('('))
        && rest.get(2).is_some_and(|w| w.is_punct(')'))
        && rest.get(1).is_some_and(|w| {
            matches!(w.entity(), Some(Entity::Org(o)) if o == org)
                || w.kind == Kind::Word
                    && w.text.len() <= 8
                    && w.text.chars().filter(|c| c.is_uppercase()).count() >= 2
        })
        // (not inside a longer name: "the Partnership for Peace (PfP) programme")
        && !rest.get(3).is_some_and(|w| w.is_any(&["programme", "program"]));
    Ok((Toks(if abbreviation { &rest[3..] } else { rest }), org))
}

/// Nouns by which an article refers back to an organisation it named.
pub const ORG_ANAPHORS: &[&str] = &[
    "treaty",
    "pact",
    "organisation",
    "organization",
    "bloc",
    "alliance",
    "grouping",
    "group",
    "community",
    "union",
    "body",
    "commonwealth",
    "club",
    "structure",
    "association",
    "forum",
    // (only for an organisation named so: "the Partnership for Peace programme")
    "programme",
    "program",
    "partnership",
];

/// The second half of a counted compound before an organisation's noun: "the six-member
/// organisation", "the five-nation group".
pub const COUNTED_COMPOUNDS: &[&str] = &["member", "nation", "state", "country"];

/// "the treaty", "the bloc", "the organisation" ... (resolved by the caller).
pub fn org_anaphor<'a>(input: Toks<'a>) -> PResult<'a, ()> {
    // ("stays out of this one", closing its phrase)
    if let Ok((rest, _)) = (
        nom::branch::alt((word("this"), word("that"))),
        word("one"),
        nom::combinator::peek(item(|i| i.kind != Kind::Word)),
    )
        .parse(input)
    {
        return Ok((rest, ()));
    }
    let (input, _) = nom::branch::alt((word("the"), word("this"), word("that"))).parse(input)?;
    // "the 1992 treaty" (which one, the caller finds by the year)
    let (input, _) =
        nom::combinator::opt(item(|i| super::dates::year_of(i).is_some())).parse(input)?;
    // "the six-member organisation", "the five-nation group"
    let (input, _) = nom::combinator::opt((
        item(|i| super::num(i).is_some()),
        item(|i| i.kind == Kind::Dash { joining: true }),
        item(|i| i.is_any(COUNTED_COMPOUNDS)),
    ))
    .parse(input)?;
    // ("the Moscow-led pact", "the Russian-dominated bloc")
    let (input, _) = nom::combinator::opt((
        item(|i| i.starts_upper()),
        item(|i| i.kind == Kind::Dash { joining: true }),
        item(|i| i.is_any(&["led", "dominated", "backed", "centred", "centered"])),
    ))
    .parse(input)?;
    // ("the pro-Western grouping", "the pro-Moscow bloc", written with a joining hyphen)
    let (input, _) = nom::combinator::opt((
        word("pro"),
        item(|i| i.kind == Kind::Dash { joining: true }),
        item(|i| i.starts_upper()),
    ))
    .parse(input)?;
    // (two at most: "the new economic bloc")
    let (input, _) = nom::multi::many_m_n(
        0,
        2,
        item(|i| {
            i.is_any(&[
                "security",
                "defence",
                "defense",
                "regional",
                "Russian-led",
                "four-nation",
                "new",
                "old",
                // ("which joined the same treaty in 1993")
                "same",
                "collective",
                "whole",
                "original",
                "economic",
                "military",
                "political",
                // ("formed the consultative forum yesterday", "the pro-Western grouping")
                "consultative",
                "pro-Western",
                "loose",
                "informal",
                "mutual-defence",
                "mutual-defense",
            ])
        }),
    )
    .parse(input)?;
    let (input, _) = item(|i| i.is_any(ORG_ANAPHORS))(input)?;
    Ok((input, ()))
}

/// Index of `rest` within `all` (both slices of the same sentence).
pub fn index_of(all: &[Item<'_>], rest: Toks<'_>) -> usize {
    all.len() - rest.0.len()
}
