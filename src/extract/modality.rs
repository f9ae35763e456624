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
    "expect",
    "expects",
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
    // ("is about to join")
    "about",
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

/// Phrases that hedge, word by word.
const HEDGE_PHRASES: &[&[&str]] = &[
    &["in", "theory"],
    &["on", "paper"],
    &["according", "to"],
    &["is", "said", "to"],
    &["are", "said", "to"],
    &["was", "said", "to"],
    &["were", "said", "to"],
    &["appears", "to"],
    &["appear", "to"],
    &["appeared", "to"],
    &["seems", "to"],
    &["seem", "to"],
    &["may", "have"],
    &["might", "have"],
    &["may", "well", "have"],
    &["might", "well", "have"],
    &["may", "also", "have"],
    &["might", "also", "have"],
    &["may", "even", "have"],
    &["might", "even", "have"],
    &["may", "already", "have"],
    &["only", "in", "name"],
    &["in", "name", "only"],
    &["in", "the", "loosest", "sense"],
    &["in", "a", "loose", "sense"],
    &["in", "the", "formal", "sense"],
    &["claims", "that"],
    &["claimed", "that"],
    // ("ITAR-TASS reports that six states signed": a report's word for it)
    &["reports", "that"],
    &["reported", "that"],
];

/// The modality of a claim whose verb (or status word) is item `focus` of `clause`, with `aux`
/// the items between the subject and the verb.
pub fn modality(aux: &[Item<'_>], clause: &[Item<'_>], focus: usize) -> (Modality, bool) {
    // "May" with a capital is the month.
    // ("keen to join" is a plan; "a keen participant" is not)
    let planned = aux.iter().enumerate().any(|(k, i)| {
        i.is_any(PLANNED)
            && i.text != "May"
            // ("is about to join", "Georgia about to enter it": a plan only in the present; "was
            // about to join" in 2004 tells no plan of the article's time)
            && (!i.is("about")
                || aux[..k]
                    .iter()
                    .rev()
                    .find(|w| !w.is_any(&["finally", "now", "just", "at", "last"]))
                    .is_none_or(|w| w.is_any(&["is", "are", "am"])))
            // ("may have signed", "might have joined": a guess about the past, a hedge; not
            // "may have to leave", an obligation, nor "by 2008 may have left", a prediction)
            && !guessed_past(aux, k, clause)
            && (!i.is_any(&["keen", "eager", "ready", "poised", "likely", "due", "about"])
                // ("is due next month to join")
                || aux[k + 1..].iter().take(4).any(|w| w.is("to")))
    })
        // "is to join", "are to sign"
        || aux.windows(2).any(|w| w[0].is_any(&["is", "are", "was", "were"]) && w[1].is("to"));
    // "have yet to join"
    let negated = aux.iter().any(|i| i.is_any(NEGATIONS))
        || aux.windows(2).any(|w| w[0].is("yet") && w[1].is("to"))
        || inverted_denial(clause, focus);
    // Most clauses hedge nothing: one pass to know, before cutting the clause into segments.
    let hedged = !planned
        && !negated
        && has_hedge(clause)
        && hedged(clause, focus.min(clause.len().saturating_sub(1)));
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

/// Whether the "may" or "might" at `aux[k]` guesses about the past: "may have signed", not
/// "may have to leave" (an obligation) nor "by 2008 may have left" (a prediction).
fn guessed_past(aux: &[Item<'_>], k: usize, clause: &[Item<'_>]) -> bool {
    // ("may well have signed", "may also have joined", "might even have left")
    let h = k
        + 1
        + usize::from(
            aux.get(k + 1)
                .is_some_and(|w| w.is_any(&["well", "also", "even", "already", "indeed", "yet"])),
        );
    aux[k].is_any(&["may", "might"])
        && aux.get(h).is_some_and(|w| w.is("have"))
        && !aux.get(h + 1).is_some_and(|w| w.is("to"))
        && !predicted_by(clause)
}

/// Whether a clause sets a deadline ahead ("by 2008", "by next summer", "by the end of the
/// year", "by then"), which makes "may have left" a prediction.
fn predicted_by(clause: &[Item<'_>]) -> bool {
    clause.windows(2).any(|w| {
        w[0].is("by")
            && (matches!(w[1].kind, super::tokens::Kind::Num(_))
                || w[1].is_any(&["next", "then", "now"])
                || w[1].is("the")
                    && clause
                        .iter()
                        .any(|x| x.is_any(&["end", "time", "summer", "autumn"])))
    })
}

/// "Nor did Moldova sign", "Nor, oddly, did Belarus sign it": a clause opened by "nor" or
/// "neither" with the auxiliary right before its subject denies the verb at `focus`, when
/// nothing but the subject stands between (not a relative or subordinate clause's verb: "and
/// nor has Tashkent, which quit at the same time", "..., although Minsk may accede").
fn inverted_denial(clause: &[Item<'_>], focus: usize) -> bool {
    let Some(open) = clause
        .iter()
        .take(2)
        .position(|w| w.is_any(&["nor", "neither"]))
    else {
        return false;
    };
    // (after "and" only: "..., and nor did Georgia")
    if open == 1 && !clause[0].is("and") {
        return false;
    }
    let mut aux = open + 1;
    // ("Nor, and this is less often noticed, did ...": over an aside)
    if clause.get(aux).is_some_and(|w| w.is_punct(',')) {
        match (aux + 1..clause.len().min(aux + 10)).find(|&k| clause[k].is_punct(',')) {
            Some(close) => aux = close + 1,
            None => return false,
        }
    }
    if !clause
        .get(aux)
        .is_some_and(|w| w.is_any(&["did", "does", "do", "has", "have", "had", "could"]))
        || focus <= aux + 1
    {
        return false;
    }
    // The subject, states (or a pronoun for them: "Nor does it belong to the CSTO"), right
    // after the auxiliary; then at most a few words to the verb.
    let subject_end = if clause
        .get(aux + 1)
        .is_some_and(|w| w.is_any(&["it", "they"]))
    {
        aux + 2
    } else {
        let Ok((rest, _)) = super::grammar::state_list(super::grammar::Toks(&clause[aux + 1..]))
        else {
            return false;
        };
        clause.len() - rest.0.len()
    };
    subject_end <= focus
        && focus - subject_end <= 3
        && !clause[subject_end..focus]
            .iter()
            .any(|w| w.is_punct(',') || w.is_punct(';') || w.is_any(&["which", "who", "and"]))
}

/// Whether a hedge in `clause` reaches the claim at item `focus`. The clause is cut into
/// segments at commas, dashes and brackets. A hedge counts in the claim's own segment; in an
/// earlier one ("Georgia, at least on paper, is a member"), unless the claim's segment opens
/// a relative or coordinated clause of its own ("..., which acceded in 1993, are nominally
/// members") or the earlier segment is such a clause or an aside between dashes; and in a
/// short last segment after it ("... is a member, at least on paper").
fn hedged(clause: &[Item<'_>], focus: usize) -> bool {
    if clause.is_empty() {
        return false;
    }
    let is_cut = |i: &Item<'_>| {
        i.is_punct(',') || i.is_punct(';') || i.is_dash() || i.is_punct('(') || i.is_punct(')')
    };
    // Segments as (start, end, opened by a dash or bracket).
    let mut segments: Vec<(usize, usize, bool)> = Vec::new();
    let mut from = 0;
    let mut opener = false;
    // Where a conjunct after "and" starts.
    let mut conjuncts: Vec<usize> = Vec::new();
    for (k, it) in clause.iter().enumerate() {
        if is_cut(it) {
            if k > from {
                segments.push((from, k, opener));
            }
            opener = it.is_dash() || it.is_punct('(');
            from = k + 1;
        } else if it.is("and")
            && k > from
            && clause.get(k + 1).is_some_and(|w| {
                w.kind == crate::extract::tokens::Kind::Word
                    && w.text.starts_with(|c: char| c.is_lowercase())
                    && !w.is_any(&["the", "its", "their"])
            })
        {
            // "outside the treaty since 1999 and still nominally a GUUAM member": a conjunct
            // of its own, so its hedge does not reach back out (an earlier one still reaches
            // it: "reportedly quit GUUAM and joined the CSTO").
            segments.push((from, k, opener));
            opener = false;
            from = k + 1;
            conjuncts.push(from);
        }
    }
    if from < clause.len() {
        segments.push((from, clause.len(), opener));
    }
    let Some(own) = segments
        .iter()
        .position(|&(a, b, _)| (a..b).contains(&focus))
    else {
        return has_hedge(clause);
    };
    let opens_clause = |(a, _, _): (usize, usize, bool)| {
        clause[a].is_any(&[
            "which", "that", "who", "whose", "where", "and", "but", "while", "whereas",
        ])
            // ("lie, at least on paper, with GUUAM, the grouping it founded in 1997", "eleven
            // members on paper, among them Turkmenistan, an associate member since 2005": an
            // apposition to an organisation or a state tells a fact of its own)
            || clause[a].is_any(&["the", "a", "an"])
                && a >= 2
                && clause[a - 1].is_punct(',')
                && matches!(
                    clause[a - 2].entity(),
                    Some(crate::lexicon::Entity::Org(_) | crate::lexicon::Entity::State(_))
                )
    };
    let (a, b, _) = segments[own];
    if has_hedge(&clause[a..b]) {
        return true;
    }
    if !opens_clause(segments[own]) {
        let earlier = segments[..own].iter().any(|&seg| {
            let (a, b, aside) = seg;
            // An aside between dashes or brackets hedges itself ("Armenia—still technically
            // at war—is a member"), as does a relative clause.
            let closed =
                aside && b < clause.len() && (clause[b].is_dash() || clause[b].is_punct(')'));
            // So does a longer aside between commas after the subject ("Armenia and
            // Azerbaijan, technically still at war, are both parties"); a short one is the
            // hedge itself ("Georgia, at least on paper, is a member").
            // An attribution ("according to officials in Tashkent", "officials reportedly
            // insist") hedges what it frames.
            let comma_aside = a > 0
                && b < clause.len()
                && clause[b].is_punct(',')
                && b - a > 4
                && !clause[a..b].iter().any(|w| {
                    w.is_any(&[
                        "according",
                        "reportedly",
                        "allegedly",
                        "say",
                        "says",
                        "said",
                        "insist",
                        "insists",
                        "claim",
                        "claims",
                        "believe",
                        "believes",
                    ])
                });
            !closed && !comma_aside && !opens_clause(seg) && has_hedge(&clause[a..b])
        });
        if earlier {
            return true;
        }
    }
    // ("quit GUUAM and reportedly joined the CSTO": not a later conjunct's own hedge; nor
    // the main clause's hedge for a relative clause: "Karimov, who left the pact in 1999,
    // appears to have decided")
    let relative = clause[segments[own].0].is_any(&["which", "who", "whose", "that"])
        && segments.get(own + 1).is_some_and(|&(a, b, _)| {
            clause[a..b].iter().any(|w| {
                w.is_any(&[
                    "appears", "appear", "appeared", "seems", "seem", "seemed", "may",
                ])
            })
        });
    // "Uzbekistan has withdrawn from GUUAM, according to a letter released on Thursday by
    // the Moldovan foreign ministry, and ...": an attribution right after the clause frames
    // it, however long.
    // ("has quit GUUAM, which it joined in 1999, according to the foreign ministry": the
    // attribution frames the main clause past the relative clause, and the relative clause)
    // ("acc. to the Ukrainian MFA", as a digest abbreviates it)
    let is_attribution =
        |&(a, b, _): &(usize, usize, bool)| according_to_len(clause, a).is_some_and(|n| a + n <= b);
    let relative_segment = |&(a, _, _): &(usize, usize, bool)| {
        clause[a].is_any(&["which", "who", "whom", "whose", "that"])
    };
    let attributed = segments[own + 1..]
        .iter()
        .find(|seg| !relative_segment(seg))
        .is_some_and(is_attribution);
    !relative
        && (attributed
            || matches!(segments.get(own + 1), Some(&seg) if own + 2 == segments.len()
        && seg.1 - seg.0 <= 5
        && !opens_clause(seg)
        && !conjuncts.contains(&seg.0)
        && has_hedge(&clause[seg.0..seg.1])))
}

/// Whether `items` hold a hedge word or phrase.
pub fn has_hedge(items: &[Item<'_>]) -> bool {
    items.iter().any(|i| i.is_any(HEDGES))
        || (0..items.len()).any(|k| {
            HEDGE_PHRASES.iter().any(|p| {
                items[k].is(p[0])
                    && p[1..]
                        .iter()
                        .enumerate()
                        .all(|(n, word)| items.get(k + 1 + n).is_some_and(|i| i.is(word)))
                    // ("denied reports that it had quit": a denial, not a report's word)
                    && !(k > 0
                        && items[k - 1].is_any(&[
                            "denied", "denies", "deny", "dismissed", "rejected", "refuted",
                        ]))
            })
            // ("acc. to the Ukrainian MFA", a digest's "according to")
            || according_to_len(items, k).is_some()
        })
}

/// How many items an attribution's "according to" at item `k` takes: 2, or 3 as a digest
/// abbreviates it ("acc. to").
pub fn according_to_len(items: &[Item<'_>], k: usize) -> Option<usize> {
    let word = |d: usize, w: &str| items.get(k + d).is_some_and(|i| i.is(w));
    if word(0, "according") && word(1, "to") {
        Some(2)
    } else if word(0, "acc") && items.get(k + 1).is_some_and(|i| i.is_punct('.')) && word(2, "to") {
        Some(3)
    } else {
        None
    }
}

/// Whether the items before `end` close with an "according to" ("According to Moscow, ...").
pub fn ends_according_to(items: &[Item<'_>], end: usize) -> bool {
    [2, 3]
        .into_iter()
        .any(|n| end >= n && according_to_len(items, end - n) == Some(n))
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
            // ("no longer": "no" is a negation)
            "longer",
            // ("are widely expected to")
            "widely",
            "generally",
            "itself",
            "themselves",
            // ("Uzbekistan alone sits in both organisations")
            "alone",
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
            // ("has always been a member")
            "always",
            "actually",
            "in",
            "fact",
            // ("had in practice stopped taking part", "has in effect left")
            "practice",
            "effect",
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
            "whether",
            "repeatedly",
            "openly",
            "publicly",
            "recently",
            "increasingly",
        ])
        || manner_adverb(i)
}

/// "had so ostentatiously joined", "eagerly signed": an adverb in "-ly" between the auxiliary
/// and the verb (not a noun or adjective that ends so: "ally", "assembly", "early", "likely").
pub fn manner_adverb(i: &Item<'_>) -> bool {
    i.kind == super::tokens::Kind::Word
        && i.text.len() >= 6
        && i.text.ends_with("ly")
        && i.text.chars().all(|c| c.is_ascii_lowercase())
        && !i.is_any(&[
            "early",
            "family",
            "assembly",
            "supply",
            "apply",
            "reply",
            "comply",
            "imply",
            "multiply",
            "rally",
            "daily",
            "weekly",
            "monthly",
            "yearly",
            "quarterly",
            "likely",
            "unlikely",
            "elderly",
            "friendly",
            "costly",
            "lonely",
            "lovely",
            "orderly",
            "timely",
            "deadly",
            "anomaly",
            "monopoly",
            "italy",
            "only",
            "belly",
            "bully",
            "jelly",
        ])
}
