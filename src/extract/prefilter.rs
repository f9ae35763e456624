//! The prefilter: a cheap aho-corasick pass that keeps the grammar off sentences that cannot
//! hold a claim (no lexicon name and no trigger word).

use crate::lexicon::NameMatch;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::ops::Range;

/// Words that can carry a claim even in a sentence that names nothing from the lexicon
/// ("They left the treaty in 1999.").
const TRIGGERS: &[&str] = &[
    "member",
    "join",
    "left",
    "leave",
    "quit",
    "withdr",
    "pulled out",
    "dropped out",
    "renew",
    "prolong",
    "suspend",
    "rejoin",
    "returned",
    "came back",
    "re-enter",
    "admitted",
    "expelled",
    "signed",
    "signator",
    // (a region's states, for "None of the three" after "And the Baltic states?")
    "baltic",
    "caucasus states",
    "caucasian states",
    "found",
    "formed",
    "created",
    "set up",
    "established",
    "treaty",
    "pact",
    "bloc",
    "alliance",
    "organi",
    "grouping",
    "observer",
    "troops",
    "soldiers",
    "servicemen",
    "guards",
    "strong",
    "president",
    "minister",
    "consists",
    "includes",
    "comprises",
];

/// Decides which sentences reach the grammar.
pub struct Prefilter {
    triggers: AhoCorasick,
}

impl Default for Prefilter {
    fn default() -> Self {
        Prefilter::new()
    }
}

impl Prefilter {
    pub fn new() -> Prefilter {
        let triggers = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostFirst)
            .build(TRIGGERS)
            .expect("trigger words form a valid automaton");
        Prefilter { triggers }
    }

    /// A sentence is a candidate when it holds a lexicon name or a trigger word.
    pub fn is_candidate(&self, sentence: &str, names: &[NameMatch], range: &Range<usize>) -> bool {
        let first = names.partition_point(|m| m.start < range.start);
        names.get(first).is_some_and(|m| m.end <= range.end) || self.triggers.is_match(sentence)
    }
}
