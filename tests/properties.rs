//! Property tests: the header parser, the article loader and the claim grammar never panic, and
//! every span they return lies inside the text on character boundaries.

use claimlint::corpus::{self, header};
use claimlint::lexicon::Lexicon;
use proptest::prelude::*;
use proptest::sample::select;
use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;

/// The real lexicon, loaded once for all cases.
static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/lexicon.ron");
    match Lexicon::load(&path, "rules/lexicon.ron") {
        Ok((lexicon, _)) => lexicon,
        Err(problems) => panic!("rules/lexicon.ron does not load: {problems:?}"),
    }
});

/// 256 cases per property (fast in debug builds); `PROPTEST_CASES=N` runs more.
fn config() -> ProptestConfig {
    let default = ProptestConfig::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        default.cases
    } else {
        256
    };
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..default
    }
}

/// Checks that `r` is a range inside `text` whose ends are character boundaries.
fn check_span(text: &str, r: &Range<usize>, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(r.start <= r.end, "{what}: reversed range {r:?}");
    prop_assert!(
        r.end <= text.len(),
        "{what}: {r:?} beyond the text ({} bytes)",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
        "{what}: {r:?} not on char boundaries"
    );
    Ok(())
}

fn check_span32(text: &str, r: &Range<u32>, what: &str) -> Result<(), TestCaseError> {
    check_span(text, &(r.start as usize..r.end as usize), what)
}

// ---------------------------------------------------------------------------------------------
// Strategies

/// Characters that are hard on byte offsets: multi-byte, case changes that change length,
/// combining marks, zero-width and byte-order marks, line ends.
const NOISE: &[&str] = &[
    "é",
    "ü",
    "—",
    "–",
    "’",
    "“",
    "”",
    "…",
    "\u{feff}",
    "\u{200b}",
    "\u{301}",
    "İ",
    "ẞ",
    "Ⱥ",
    "\u{212a}",
    "ﬁ",
    "Σ",
    "ς",
    "ǅ",
    "🙂",
    "\u{1F1FA}\u{1F1FF}",
    "\r",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "'s",
    "’s",
    "\"",
    "'",
    "-",
    ":",
    "$",
    "%",
    "/",
    "…",
];

fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(NOISE).prop_map(str::to_string),
        1 => "\\PC{1,4}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

const VERBS: &[&str] = &[
    "joined",
    "left",
    "withdrew from",
    "is a member of",
    "signed",
    "suspended",
    "rejoined",
    "formed",
    "founded",
    "is not a member of",
    "remains a member of",
    "remains outside",
    "stayed out of",
    "quit",
    "pulled out of",
    "dropped out of",
    "returned to",
    "re-entered",
    "acceded to",
    "became a member of",
    "was admitted to",
    "was expelled from",
    "did not renew its membership in",
    "suspended its participation in",
    "stopped taking part in",
    "will leave",
    "plans to leave",
    "threatened to leave",
    "is expected to join",
    "was never expelled from",
    "set up",
    "established",
    "created",
    "consists of",
    "includes",
    "groups",
    "is an observer in",
    "became an associate member of",
    "has observer status in",
    "were joined by",
    "was founded by",
    "was formed",
];

const PHRASES: &[&str] = &[
    "the",
    "The",
    "a",
    "member",
    "members",
    "a member",
    "fellow member",
    "non-member",
    "the treaty",
    "the pact",
    "the organisation",
    "the bloc",
    "the grouping of",
    "the alliance",
    "they",
    "They",
    "both",
    "Both",
    "the three countries",
    "It",
    "its",
    "which",
    "who",
    "whose",
    "that",
    "not",
    "no longer",
    "nominally",
    "on paper",
    "in theory",
    "according to officials",
    "According to the secretariat,",
    "reportedly",
    "allegedly",
    "will",
    "would",
    "may",
    "former",
    "then-",
    "the late",
    "acting",
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Georgian President",
    "Russian",
    "Russian troops",
    "soldiers",
    "servicemen",
    "border guards",
    "men",
    "Some",
    "some",
    "about",
    "roughly",
    "nearly",
    "more than",
    "up to",
    "around",
    "signatories",
    "founders",
    "states",
    "countries",
    "remaining",
    "its five signatories",
    "The six members of",
    "The seven-member bloc",
    "six-member",
    "including",
    "alongside",
    "as well as",
    "together with",
    "but",
    "while",
    "until",
    "since",
    "and",
    "or",
    "also",
    "too",
    "today",
    "now",
    "was",
    "were",
    "is",
    "are",
    "has",
    "had",
    "been",
    "in",
    "of",
    "on",
    "at",
    "by",
    "with",
    "stationed in",
    "based in",
    "U.S.",
    "Gen.",
    "Mr.",
    "St.",
    "e.g.",
    "Lt. Col.",
];

const PUNCT: &[&str] = &[
    ", ", " and ", " — ", "–", "—", "(", ")", ".", ";", ":", ",", " - ", "\"", "'s", "!", "?",
];

const NUMBERS_AND_DATES: &[&str] = &[
    "in 1999",
    "1993-94",
    "last year",
    "20,000",
    "six",
    "seven",
    "five",
    "twelve",
    "nine",
    "two",
    "11,000",
    "1,500",
    "2,600",
    "21,000",
    "7,000",
    "$1.5 billion",
    "$200 million",
    "in 1993",
    "in December 1993",
    "on 10 October 1997",
    "on 2 April",
    "in April",
    "this coming April",
    "in April 1999",
    "in March",
    "last June",
    "two years later",
    "two years ago",
    "a year earlier",
    "later this month",
    "in 2006",
    "since 2002",
    "until 1999",
    "in 1993–94",
    "1992-05-15",
    "15 May 1992",
    "May 15, 1992",
    "in the 1990s",
    "next year",
    "earlier this year",
    "last month",
    "in mid-2005",
    "on 28 June",
    "1998",
    "2012",
    "0",
    "00",
    "99999999999999999999",
    "4294967296",
    "18446744073709551616",
    "1,000,000,000,000,000",
    "-5",
    "3.5",
    "1/2",
    "9999",
    "0001",
    "31 February 2001",
    "on 31 April",
];

/// A lexicon name: state ids and names, adjectives, capitals, organisations, people.
fn name() -> impl Strategy<Value = String> {
    let lex = &*LEXICON;
    let mut names: Vec<String> = Vec::new();
    for s in &lex.states {
        names.extend(s.names.iter().cloned());
        names.extend(s.adjectives.iter().cloned());
        names.extend(s.capitals.iter().cloned());
    }
    for o in &lex.orgs {
        names.extend(o.names.iter().cloned());
    }
    for p in &lex.people {
        names.push(p.name.clone());
    }
    for (s, _) in &lex.surnames {
        names.push(s.clone());
    }
    names.sort();
    names.dedup();
    assert!(names.len() > 50, "the lexicon has names");
    select(names)
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => name(),
        4 => select(VERBS).prop_map(str::to_string),
        4 => select(PHRASES).prop_map(str::to_string),
        3 => select(PUNCT).prop_map(str::to_string),
        3 => select(NUMBERS_AND_DATES).prop_map(str::to_string),
        1 => noise(),
        1 => "[A-Za-z]{1,8}",
    ]
}

/// Names of one kind from the lexicon.
fn state_name() -> impl Strategy<Value = String> {
    let mut names: Vec<String> = LEXICON
        .states
        .iter()
        .flat_map(|s| s.names.iter().cloned())
        .collect();
    names.extend(
        LEXICON
            .states
            .iter()
            .flat_map(|s| s.capitals.iter().cloned()),
    );
    select(names)
}

fn org_name() -> impl Strategy<Value = String> {
    let mut names: Vec<String> = LEXICON
        .orgs
        .iter()
        .flat_map(|o| o.names.iter().cloned())
        .collect();
    names.extend(
        [
            "the treaty",
            "the pact",
            "the bloc",
            "the organisation",
            "it",
        ]
        .map(String::from),
    );
    select(names)
}

fn person_name() -> impl Strategy<Value = String> {
    let mut names: Vec<String> = LEXICON.people.iter().map(|p| p.name.clone()).collect();
    names.extend(LEXICON.surnames.iter().map(|(s, _)| s.clone()));
    names.push("Ivan Petrov".into());
    select(names)
}

fn adjective() -> impl Strategy<Value = String> {
    select(
        LEXICON
            .states
            .iter()
            .flat_map(|s| s.adjectives.iter().cloned())
            .collect::<Vec<_>>(),
    )
}

/// "A", "A and B", "A, B, C and D", "A, B — and C", "A (and B)".
fn state_list() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(state_name(), 1..6),
        select(
            &[
                " and ",
                ", and ",
                " — and ",
                " as well as ",
                " or ",
                " (and ",
                ", ",
            ][..],
        ),
    )
        .prop_map(|(names, last)| match names.split_last() {
            Some((l, [])) => l.clone(),
            Some((l, rest)) => format!("{}{last}{l}", rest.join(", ")),
            None => String::new(),
        })
}

fn opt(s: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    prop_oneof![1 => Just(String::new()), 2 => s]
}

fn from_list(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    select(list).prop_map(str::to_string)
}

const MODALS: &[&str] = &[
    "",
    "",
    "",
    "reportedly ",
    "will ",
    "is expected to ",
    "plans to ",
    "has threatened to ",
    "did not ",
    "never ",
    "according to officials, ",
    "nominally ",
    "is said to have ",
    "formally ",
    "then ",
];

const COUNTS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "nine", "twelve", "6", "11",
];

/// A clause built like the claims the grammar reads, so it gets past the first token.
fn clause() -> impl Strategy<Value = String> {
    let date = || opt(from_list(NUMBERS_AND_DATES).prop_map(|d| format!(" {d}")));
    prop_oneof![
        // A, B and C joined the CSTO in 1999.
        (
            state_list(),
            from_list(MODALS),
            from_list(VERBS),
            org_name(),
            date()
        )
            .prop_map(|(s, m, v, o, d)| format!("{s} {m}{v} {o}{d}")),
        // The CSTO was founded by A and B in 2002.
        (
            org_name(),
            from_list(&[
                "was founded by",
                "was formed by",
                "includes",
                "consists of",
                "groups",
                "was joined by",
                "now comprises"
            ]),
            state_list(),
            date()
        )
            .prop_map(|(o, v, s, d)| format!("{o} {v} {s}{d}")),
        // A, a CSTO member, ...
        (
            state_name(),
            org_name(),
            from_list(&[
                "member",
                "non-member",
                "founding member",
                "observer",
                "signatory"
            ]),
            from_list(VERBS),
            org_name()
        )
            .prop_map(|(s, o, n, v, o2)| format!("{s}, a {o} {n}, {v} {o2}")),
        // The six members of the CSTO — A, B and C — met.
        (
            from_list(COUNTS),
            from_list(&[
                "members",
                "signatories",
                "founders",
                "member states",
                "remaining members"
            ]),
            org_name(),
            state_list()
        )
            .prop_map(|(c, n, o, s)| format!("The {c} {n} of the {o} — {s} — met")),
        (from_list(COUNTS), org_name()).prop_map(|(c, o)| format!("The {c}-member {o}")),
        // Georgian President Eduard Shevardnadze said ...
        (
            from_list(&["", "then-", "former ", "the late ", "acting "]),
            adjective(),
            from_list(&[
                "President",
                "Prime Minister",
                "Foreign Minister",
                "Defence Minister",
                "president"
            ]),
            person_name()
        )
            .prop_map(|(m, a, r, p)| format!("{m}{a} {r} {p} said so")),
        (
            person_name(),
            from_list(&[
                ", the president of ",
                ", who became president of ",
                ", prime minister of "
            ]),
            state_name()
        )
            .prop_map(|(p, r, s)| format!("{p}{r}{s}")),
        // Some 20,000 Russian troops are stationed in Tajikistan.
        (
            from_list(&["Some ", "About ", "Roughly ", "More than ", "", "Up to "]),
            from_list(&[
                "20,000",
                "11,000",
                "1,500",
                "2,600",
                "7,000",
                "six",
                "$1.5 billion"
            ]),
            adjective(),
            from_list(&["troops", "soldiers", "border guards", "servicemen", "men"]),
            state_name(),
            date()
        )
            .prop_map(|(a, n, adj, u, s, d)| format!("{a}{n} {adj} {u} are stationed in {s}{d}")),
    ]
}

/// A clause with a few noise words or punctuation marks spliced in at word boundaries.
fn mutated_clause() -> impl Strategy<Value = String> {
    (
        clause(),
        prop::collection::vec(
            (any::<prop::sample::Index>(), prop_oneof![word(), noise()]),
            0..3,
        ),
    )
        .prop_map(|(c, inserts)| {
            let mut words: Vec<String> = c.split(' ').map(str::to_string).collect();
            for (at, w) in inserts {
                let i = at.index(words.len() + 1);
                words.insert(i, w);
            }
            words.join(" ")
        })
}

/// A sentence-like string: words joined mostly by spaces, usually ending in a full stop.
fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (mutated_clause(), from_list(&[".", ".", ";", "", ", and", " but"]), opt(mutated_clause()))
            .prop_map(|(a, sep, b)| if b.is_empty() { format!("{a}.") } else { format!("{a}{sep} {b}.") }),
        1 => word_salad(),
    ]
}

/// Vocabulary words in any order.
fn word_salad() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(
            (word(), select(&[" ", " ", " ", "", "  ", "\n"][..])),
            1..24,
        ),
        select(&[".", ".", ".", "", ";", "?", ".\""][..]),
    )
        .prop_map(|(words, end)| {
            let mut s = String::new();
            for (w, sep) in words {
                s.push_str(&w);
                s.push_str(sep);
            }
            s.truncate(s.trim_end().len());
            s.push_str(end);
            s
        })
}

/// Several sentences in one or more paragraphs.
fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            sentence(),
            select(&[" ", " ", "  ", "\n", "\n\n", "\r\n\r\n"][..]),
        ),
        1..6,
    )
    .prop_map(|ss| {
        let mut s = String::new();
        for (sentence, sep) in ss {
            s.push_str(&sentence);
            s.push_str(sep);
        }
        s
    })
}

/// Header-like text: known and unknown keys, colons, values, line ends in any mix.
fn header_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        select(
            &[
                "Date",
                "DATE",
                "date",
                "Title",
                "Publication",
                "Volume",
                "Issue",
                "Author",
                "X-Key",
                "Key_2",
                "K"
            ][..]
        )
        .prop_map(str::to_string),
        select(&[":", ": ", " ", "\n", "\r\n", "\n\n", "\r", "\u{feff}", "  "][..])
            .prop_map(str::to_string),
        select(
            &[
                "2001-05-06",
                "2001-02-30",
                "1999",
                "Monitor",
                "Baku: a view",
                "7",
                "Volume: 3",
                "é—ü",
                "İ"
            ][..]
        )
        .prop_map(str::to_string),
        noise(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![2 => any::<String>(), 2 => header_like(), 1 => body(), 1 => (header_like(), body()).prop_map(|(h, b)| h + &b)]
}

/// A byte-order mark, a NUL, and bytes that break UTF-8.
const STRAY_BYTES: &[&[u8]] = &[b"\xef\xbb\xbf", b"\x00", b"\xff", b"\xe2\x80", b"\xc3", b""];

/// Article-ish bytes: arbitrary bytes, or valid text with a BOM, a NUL or a stray invalid byte.
fn article_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        2 => prop::collection::vec(any::<u8>(), 0..256),
        2 => any_text().prop_map(String::into_bytes),
        1 => (any_text(), select(STRAY_BYTES), any::<prop::sample::Index>())
            .prop_map(|(t, extra, at)| {
                let mut b = t.into_bytes();
                let i = at.index(b.len() + 1);
                b.splice(i..i, extra.iter().copied());
                b
            }),
        1 => (header_like(), body()).prop_map(|(h, b)| format!("\u{feff}{h}\r\n\r\n{b}").into_bytes()),
    ]
}

// ---------------------------------------------------------------------------------------------
// Properties

fn check_header(s: &str, start: usize) -> Result<(), TestCaseError> {
    match header::parse(s, start) {
        Ok(h) => {
            for f in &h.fields {
                check_span(s, &f.key, "field key")?;
                check_span(s, &f.value, "field value")?;
                prop_assert!(f.key.start >= start, "key before the start");
                prop_assert!(
                    f.key.end <= f.value.start,
                    "value {:?} before key {:?}",
                    f.value,
                    f.key
                );
            }
            prop_assert!(
                h.body_start <= s.len() && s.is_char_boundary(h.body_start),
                "body_start {}",
                h.body_start
            );
            if let Some(last) = h.fields.last() {
                prop_assert!(
                    last.value.end <= h.body_start,
                    "body starts inside the header"
                );
            }
        }
        Err(e) => check_span(s, &e.span, "header error")?,
    }
    Ok(())
}

fn check_loaded(bytes: Vec<u8>) -> Result<(), TestCaseError> {
    let loaded = corpus::parse_article(bytes.clone(), Path::new("p.txt"), "p.txt");
    if let Some(source) = &loaded.source {
        prop_assert_eq!(
            source.text().as_bytes(),
            &bytes[..],
            "the source text is the file's bytes"
        );
        if let Some((_, body)) = &loaded.article {
            check_span(source.text(), body, "article body")?;
        }
    } else {
        prop_assert!(loaded.article.is_none(), "an article without source text");
    }
    prop_assert!(
        loaded.source.is_some() || !loaded.problems.is_empty(),
        "an unreadable file without a problem"
    );
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_width(100);
    for p in &loaded.problems {
        if let (Some((span, _)), Some(source)) = (&p.label, &loaded.source) {
            check_span(source.text(), span, p.code)?;
        }
        let mut out = String::new();
        prop_assert!(
            handler.render_report(&mut out, p).is_ok(),
            "{} does not render",
            p.code
        );
    }
    Ok(())
}

fn check_extract(body: &str) -> Result<(), TestCaseError> {
    let text = format!("Date: 2001-05-06\n\n{body}");
    let (facts, source, _problems) =
        claimlint::extract_bytes(text.clone().into_bytes(), "p.txt", &LEXICON);
    if text.contains('\0') {
        // A NUL byte makes it a binary file: no text, no facts.
        prop_assert!(source.text().is_empty() && facts.is_empty());
    } else {
        prop_assert_eq!(source.text(), text.as_str());
    }
    for f in &facts {
        check_span32(&text, &f.span, "fact span")?;
        check_span32(&text, &f.sentence, "fact sentence")?;
        prop_assert!(
            f.span.start >= 18,
            "fact span {:?} inside the header",
            f.span
        );
        // `Fact::when` is `None` only for a status in an undated article; this one is dated.
        prop_assert!(
            f.when.is_some(),
            "a fact without a time in a dated article: {:?}",
            f
        );
        if let Some(w) = f.when
            && let (Some(from), Some(to)) = (w.from, w.to)
        {
            prop_assert!(from <= to, "a time that ends before it starts: {:?}", f);
        }
        prop_assert!(
            f.sentence.start <= f.span.start && f.span.end <= f.sentence.end,
            "fact span {:?} outside its sentence {:?}",
            f.span,
            f.sentence
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn header_parse_never_panics(s in any_text()) {
        check_header(&s, 0)?;
        if s.starts_with('\u{feff}') {
            check_header(&s, 3)?;
        }
    }

    #[test]
    fn parse_article_never_panics(bytes in article_bytes()) {
        check_loaded(bytes)?;
    }

    #[test]
    fn extract_bytes_never_panics_on_any_string(s in any::<String>()) {
        check_extract(&s)?;
    }

    #[test]
    fn extract_bytes_never_panics_on_sentences(s in body()) {
        check_extract(&s)?;
    }

    #[test]
    fn extract_bytes_never_panics_on_any_bytes(bytes in article_bytes()) {
        let (facts, source, _) = claimlint::extract_bytes(bytes, "p.txt", &LEXICON);
        for f in &facts {
            check_span32(source.text(), &f.span, "fact span")?;
            check_span32(source.text(), &f.sentence, "fact sentence")?;
        }
    }
}

/// The vocabulary strategy reaches the grammar: a good share of generated bodies yield facts.
#[test]
fn sentence_strategy_exercises_the_grammar() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = body();
    let mut with_facts = 0;
    for _ in 0..100 {
        let s = strategy.new_tree(&mut runner).unwrap().current();
        let (facts, _, _) = claimlint::extract_bytes(
            format!("Date: 2001-05-06\n\n{s}").into_bytes(),
            "p.txt",
            &LEXICON,
        );
        if !facts.is_empty() {
            with_facts += 1;
        }
    }
    assert!(
        with_facts >= 50,
        "only {with_facts} of 100 generated bodies gave facts"
    );
}

/// Found by `extract_bytes_never_panics_on_sentences`: a status "since" or "from" a time after
/// the article's date must not get a time that ends before it starts.
#[test]
fn a_status_since_a_later_date_has_no_inverted_time() {
    for body in [
        "Armenia is not a member of the CST since 2002.",
        "Armenia remains a member of the CIS from 2003.",
    ] {
        let (facts, _, _) = claimlint::extract_bytes(
            format!("Date: 2001-05-06\n\n{body}\n").into_bytes(),
            "p.txt",
            &LEXICON,
        );
        assert!(!facts.is_empty(), "{body}: no facts");
        for f in &facts {
            let w = f.when.expect("a time");
            assert!(
                w.from.zip(w.to).is_none_or(|(from, to)| from <= to),
                "{body}: {} ends before it starts",
                w.notation()
            );
        }
    }
}

/// A case proptest once found: a huge figure times "billion" overflowed (in a debug build).
#[test]
fn a_huge_figure_times_billion_does_not_overflow() {
    check_extract(
        "Some $1.5 1,000,000,000,000,000 billion Armenian troops are stationed in Armenia in 1999. ",
    )
    .unwrap();
}
