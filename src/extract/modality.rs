//! Modality: whether a claim is asserted, hedged, planned or negated, from the words around it.

use super::tokens::Item;
use crate::fact::Modality;

/// Words before the verb that make the claim a plan, not a fact.
const PLANNED: &[&str] = &[
    "will",
    "would",
    "shall",
    "'ll",
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intend",
    "intended",
    "expected",
    "set",
    "threatened",
    "threatens",
    "threaten",
    "threatening",
    "wants",
    "want",
    "wanted",
    "preparing",
    "prepares",
    "considering",
    "considers",
    "hopes",
    "hope",
    "aims",
    "seeks",
    "seek",
    "vowed",
    "pledged",
    "promised",
    "due",
    "going",
    "could",
    "may",
    "might",
    "proposed",
    "proposes",
    "announced",
    "announces",
    "decided",
    "agreed",
    "ready",
    "poised",
    "likely",
    "mulling",
    "weighing",
    "wishes",
    "keen",
    "eager",
    "considered",
    "offered",
];

/// Words before the verb that deny it happened.
const NEGATIONS: &[&str] = &[
    "not", "never", "n't", "refused", "declined", "failed", "neither", "nor", "no",
];

/// Words anywhere in the clause that hedge the claim.
const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "nominally",
    "technically",
    "purportedly",
    "ostensibly",
    "supposedly",
    "apparently",
    "rumoured",
    "rumored",
    "unconfirmed",
    "perhaps",
    "possibly",
    "probably",
    "presumably",
    "seemingly",
];

/// Phrases that hedge (checked on lowercase text of the clause).
const HEDGE_PHRASES: &[&str] = &[
    "in theory",
    "on paper",
    "according to",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "appears to",
    "appear to",
    "appeared to",
    "seems to",
    "seem to",
    "may have",
    "might have",
    "only in name",
    "in name only",
    "claims that",
    "claimed that",
];

/// The modality of a claim whose verb (or status word) is at `verb`, with `aux` the items
/// between the subject and the verb and `clause` the clause around it.
pub fn modality(aux: &[Item<'_>], clause: &[Item<'_>], clause_text: &str) -> (Modality, bool) {
    // "May" with a capital is the month.
    let planned = aux.iter().any(|i| i.is_any(PLANNED) && i.text != "May")
        // "is to join", "are to sign"
        || aux.windows(2).any(|w| w[0].is_any(&["is", "are", "was", "were"]) && w[1].is("to"));
    let negated = aux.iter().any(|i| i.is_any(NEGATIONS));
    let lower = clause_text.to_lowercase();
    // Hedges inside an aside ("Armenia—still technically at war—is a member") hedge the aside.
    let mut in_aside = false;
    let hedged = clause.iter().any(|i| {
        if i.is_dash() || i.is_punct('(') || i.is_punct(')') {
            in_aside = !in_aside && !i.is_punct(')');
            return false;
        }
        !in_aside && i.is_any(HEDGES)
    }) || HEDGE_PHRASES.iter().any(|p| lower.contains(p));
    let m = if planned {
        Modality::Planned
    } else if negated {
        Modality::Negated
    } else if hedged {
        Modality::Hedged
    } else {
        Modality::Asserted
    };
    (m, negated)
}

/// Whether a word may sit between a subject and its verb (auxiliaries, adverbs, modal phrases).
pub fn is_aux(i: &Item<'_>) -> bool {
    i.is_any(PLANNED)
        || i.is_any(NEGATIONS)
        || i.is_any(HEDGES)
        || i.is_any(&[
            "has",
            "have",
            "had",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "did",
            "does",
            "do",
            "to",
            "also",
            "too",
            "formally",
            "officially",
            "finally",
            "eventually",
            "then",
            "later",
            "subsequently",
            "itself",
            "themselves",
            "both",
            "all",
            "each",
            "quickly",
            "promptly",
            "soon",
            "swiftly",
            "duly",
            "effectively",
            "de",
            "facto",
            "jure",
            "once",
            "again",
            "first",
            "initially",
            "originally",
            "still",
            "already",
            "ever",
            "actually",
            "in",
            "fact",
            "quietly",
            "abruptly",
            "unilaterally",
            "simply",
            "only",
            "just",
            "now",
            "even",
            "yet",
            "long",
            "since",
            "thereby",
            "thus",
            "therefore",
            "however",
            "meanwhile",
            "subsequently",
            "together",
            "jointly",
            "collectively",
            "indeed",
            "accordingly",
            "ultimately",
            "instead",
            "likewise",
            "similarly",
            "nonetheless",
            "nevertheless",
            "briefly",
            "temporarily",
            "partly",
            "largely",
            "fully",
            "said",
            "says",
            "say",
            "that",
            "would",
            "helped",
            "help",
            "helping",
            "day",
            "someday",
            "elected",
            "chose",
            "opted",
            "moved",
            "went",
            "on",
            "rarely",
            "seldom",
            "never",
            "barely",
            "hardly",
            "mostly",
            "expects",
            "expect",
            "able",
            "unable",
            "about",
            "officials",
        ])
}
