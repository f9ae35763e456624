//! Counts ("the four GUAM states", "the seven-member bloc", "one of the six signatories") and
//! quantities ("about 20,000 Russian soldiers", "a 1,500-strong battalion").

use super::dates::find_date;
use super::grammar::ORG_ANAPHORS;
use super::modality::modality;
use super::tokens::Kind;
use super::{Sentence, num};
use crate::fact::{Claim, Counted, Modality};
use crate::lexicon::{Entity, SubjectId, Unit};

/// Nouns a count can count, and what they count.
const COUNT_NOUNS: &[(&str, Counted)] = &[
    ("members", Counted::Members),
    ("member-states", Counted::Members),
    ("states", Counted::Members),
    ("countries", Counted::Members),
    ("nations", Counted::Members),
    ("republics", Counted::Members),
    ("governments", Counted::Members),
    ("capitals", Counted::Members),
    ("signatories", Counted::Signatories),
    ("signatory", Counted::Signatories),
    ("founders", Counted::Founders),
    ("founding", Counted::Founders),
    ("co-founders", Counted::Founders),
    ("allies", Counted::Members),
    ("participants", Counted::Members),
    ("parties", Counted::Members),
];

/// Reads the counts of members, signatories and founders.
/// "Six states -- A, B, C, D, E and F -- remain in the treaty", "Six republics — A, ... — signed
/// the pact": a number of states whose list is set off between dashes right after it (exactly
/// that many), as the subject of the claim the sentence makes of them all, counts that claim's
/// members or signatories (or founders), at the claim's time.
pub fn counted_list_subject(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(n) = items.first().and_then(num).filter(|n| (2..=15).contains(n)) else {
        return;
    };
    if !items
        .get(1)
        .is_some_and(|w| w.is_any(&["states", "countries", "republics", "nations"]))
        || !items.get(2).is_some_and(|w| w.is_dash())
    {
        return;
    }
    let Ok((rest, states)) = super::grammar::state_list(super::grammar::Toks(&items[3..])) else {
        return;
    };
    let close = items.len() - rest.0.len();
    if states.len() as u64 != n || !items.get(close).is_some_and(|w| w.is_dash()) {
        return;
    }
    // The claim told of the first of them after the list, and the same of every other.
    let after = items[close].end;
    let Some(first) = s.facts.iter().find(|f| {
        f.span.end > after
            && f.modality == Modality::Asserted
            && matches!(f.claim, Claim::Membership { state: Some(st), .. } if st == states[0])
    }) else {
        return;
    };
    let Claim::Membership { event, org, .. } = first.claim else {
        return;
    };
    let (when, span) = (first.when, first.span.clone());
    let all = states.iter().all(|&st| {
        s.facts.iter().any(|f| {
            f.span == span
                && matches!(f.claim, Claim::Membership { event: e, org: o, state: Some(x) }
                    if e == event && o == org && x == st)
        })
    });
    let counts = match event {
        crate::fact::Event::Member => Counted::Members,
        crate::fact::Event::Signed => Counted::Signatories,
        crate::fact::Event::Founded => Counted::Founders,
        _ => return,
    };
    // (not when the sentence counts them already)
    if !all
        || s.facts
            .iter()
            .any(|f| matches!(f.claim, Claim::Count { org: o, .. } if o == org))
    {
        return;
    }
    s.push(
        Claim::Count {
            org,
            value: n as u32,
            counts,
        },
        when,
        Modality::Asserted,
        0..close + 1,
        false,
    );
}

pub fn counts(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    for n in 0..items.len() {
        let Some(value) = num(&items[n]).filter(|v| {
            (2..=60).contains(v)
                && (items[n].text.len() <= 7 || !items[n].text.bytes().any(|b| b.is_ascii_digit()))
        }) else {
            continue;
        };
        if items[n].text.len() == 4 && items[n].text.bytes().all(|b| b.is_ascii_digit()) {
            continue; // a year
        }
        // "Georgia, Ukraine and Moldova, all three GUAM members, ...": the states just listed,
        // counted, not the organisation's membership.
        if n >= 3
            && items[n - 1].is("all")
            && items[n - 2].is_punct(',')
            && super::is_state_item(&items[n - 3])
        {
            continue;
        }
        // "admitted Uzbekistan, bringing the membership to six": the count an admission just
        // told brings about, from then on.
        if n >= 4
            && items[n - 1].is("to")
            && items[n - 2].is("membership")
            && items[n - 3].is_any(&["the", "its", "their"])
            && items[n - 4].is_any(&["bringing", "raising", "taking", "lifting"])
            && items
                .get(n + 1)
                .is_none_or(|w| !w.is_any(&["members", "states", "countries"]))
        {
            let told = s.last_fact_before(n - 4, |f| {
                matches!(f.claim, Claim::Membership { event, .. }
                    if matches!(event, crate::fact::Event::Joined | crate::fact::Event::Rejoined | crate::fact::Event::Withdrew))
            });
            if let Some(k) = told
                && let Claim::Membership { org, .. } = s.facts[k].claim
            {
                let when = s.facts[k].when;
                push_count(s, n, n + 1, org, value as u32, Counted::Members, when);
            }
            continue;
        }
        // "Of the eleven members, only six signed the treaty on 15 May — A, B, ...": a bare
        // number whose list the signing (or founding) spells out, exactly that many, counts
        // the signatories (or founders), at the event's time.
        // (not a part: "Six of them—A, B, ...—signed")
        if (n == 0 || items[n - 1].is_any(&["only", "just", "but"]) || items[n - 1].is_punct(','))
            && !items.get(n + 1).is_some_and(|w| {
                // (the number alone: a noun after it is read below, "Six states signed ...")
                // ("Six member states of the CIS — A, B, ... — signed": a part of the CIS's
                // members, not the signatories)
                w.is_any(&[
                    "of",
                    "states",
                    "countries",
                    "republics",
                    "nations",
                    "members",
                    "member",
                ]) || w.entity().is_some()
            })
        {
            let start = items[n].start;
            let told: Vec<_> = s
                .facts
                .iter()
                .filter(|f| f.span.start == start && f.modality == Modality::Asserted)
                .filter_map(|f| match f.claim {
                    Claim::Membership {
                        event: e @ (crate::fact::Event::Signed | crate::fact::Event::Founded),
                        org,
                        ..
                    } => Some((e, org, f.when)),
                    _ => None,
                })
                .collect();
            if let Some(&(event, org, when)) = told.first()
                && told.len() as u64 == value
                && told.iter().all(|t| (t.0, t.1) == (event, org))
            {
                let counted = if event == crate::fact::Event::Signed {
                    Counted::Signatories
                } else {
                    Counted::Founders
                };
                push_count(s, n, n + 1, org, value as u32, counted, when);
                continue;
            }
        }
        // "the other four members" leave some out: no count of all of them; "lost three
        // members" counts a change.
        if n >= 1 && items[n - 1].is_any(&["other", "another"]) || super::counts_a_change(items, n)
        {
            continue;
        }
        // A label counting a list: "CSTO members (7): A, B, ..." (not "Parties (2): A, B" with
        // no organisation named, which may be a conflict's)
        if n >= 3
            && super::membership::bracketed_count(items, n - 1)
                .is_some_and(|(_, end)| items.get(end).is_some_and(|w| w.is_punct(':')))
            && items[n - 2].is("members")
        {
            if let Some(Entity::Org(org)) = items[n - 3].entity() {
                push_count(s, n - 2, n + 2, org, value as u32, Counted::Members, None);
            }
            continue;
        }
        // "the seven-member bloc"
        if n + 2 < items.len()
            && matches!(items[n + 1].kind, Kind::Dash { joining: true })
            && items[n + 2].is_any(super::grammar::COUNTED_COMPOUNDS)
        {
            let mut org = None;
            let mut end = n + 3;
            if let Some(Entity::Org(o)) = items.get(n + 3).and_then(|i| i.entity()) {
                org = Some(o);
                end = n + 4;
            } else if items
                .get(n + 3)
                .is_some_and(|i| i.is_any(ORG_ANAPHORS) || i.is_any(&["CIS", "grouping"]))
            {
                // (the organisation the noun points to, but not NATO or the like named only as
                // a modifier: "at a NATO summit ..., turning the four-member group into GUUAM";
                // not matched against the timeline's count, so that a wrong count stays a
                // finding)
                org = s.anaphor_org(n + 3).filter(|&o| {
                    s.lexicon.org(o).can_be_topic
                        || !(0..n).rev().any(|k| {
                            items[k].entity() == Some(Entity::Org(o))
                                && super::membership::is_modifier(items, k + 1)
                        })
                });
                end = n + 4;
            } else if let Some(o) = (0..n).rev().take(3).find_map(|k| match items[k].entity() {
                Some(Entity::Org(o)) => Some(o),
                _ => None,
            }) {
                org = Some(o);
            }
            if let Some(org) = org {
                push_count(s, n, end, org, value as u32, Counted::Members, None);
            }
            continue;
        }
        // "six in all": the organisation named in the sentence or before.
        if items.get(n + 1).is_some_and(|i| i.is("in"))
            && items
                .get(n + 2)
                .is_some_and(|i| i.is_any(&["all", "total"]))
        {
            if let Some(org) = s.org_before(n) {
                push_count(s, n, n + 3, org, value as u32, Counted::Members, None);
            }
            continue;
        }
        // "Nine states are parties to the Tashkent Treaty.", "Four countries belong to GUAM.":
        // a sentence opening with a bare count of states that are, now, in the one
        // organisation it names after its verb counts all of its members.
        if n == 0
            && let Some((org, end)) = opening_count_of_members(s)
        {
            push_count(s, n, end, org, value as u32, Counted::Members, None);
            continue;
        }
        // "the four GUAM states", "the six members of the CSTO", "the CSTO's six members",
        // "one of the six signatories".
        let mut k = n + 1;
        // ("The Commonwealth now groups eleven of the fifteen former republics": those
        // eleven, of a larger whole that is no organisation's)
        // (only when a colon or dash then lists exactly those, and nothing else: "groups four
        // of the fifteen former republics: A, B, C and D, plus China" counts five)
        if n >= 1
            && items[n - 1].is_any(&["groups", "unites", "includes", "binds", "links", "counts"])
            && items.get(k).is_some_and(|w| w.is("of"))
            && items.get(k + 1).is_some_and(|w| w.is("the"))
            && items
                .get(k + 2)
                .and_then(super::num)
                .is_some_and(|whole| whole > value)
            && let Some(open) = (k + 3..(k + 8).min(items.len()))
                .find(|&q| items[q].is_punct(':') || items[q].is_dash())
            && items[open + 1..]
                .iter()
                .filter(|w| matches!(w.entity(), Some(crate::lexicon::Entity::State(_))))
                .count()
                == value as usize
        {
            k += 3;
        }
        let mut org = None;
        if let Some(Entity::Org(o)) = items.get(k).and_then(|i| i.entity()) {
            // "the four GUAM states", "all seven CSTO members" are all of them; "signed by six
            // CIS states", "Four Commonwealth members have decided" only some ("Eleven CIS
            // members remain" are those left, all of them).
            let remain = items.get(k + 2).is_some_and(|w| {
                w.is_any(&["remain", "remained"]) && items[k + 1].is_any(&["members", "states"])
            });
            if !(remain
                || n >= 1
                    && items[n - 1].is_any(&[
                        "the",
                        "all",
                        "its",
                        "their",
                        "these",
                        "those",
                        "whose",
                        "'s",
                        "remaining",
                    ]))
            {
                continue;
            }
            org = Some(o);
            k += 1;
        }
        // Adjectives between the number and the noun ("six former Soviet republics").
        let start_k = k;
        while k < items.len()
            && k - start_k < 2
            && !items[k].is_any(&COUNT_NOUNS.iter().map(|c| c.0).collect::<Vec<_>>())
            && items[k].kind == Kind::Word
            && (items[k].text.chars().all(|c| c.is_lowercase() || c == '-')
                // ("six former Soviet republics")
                || items[k].is_any(&["Soviet", "post-Soviet"]))
            && !items[k].is_any(&[
                "of",
                "and",
                "or",
                "in",
                "to",
                "from",
                "are",
                "were",
                "have",
                "had",
                // ("four nonetheless remain members of the CIS": a verb, not an adjective)
                "remain",
                "remains",
                "remained",
                "stay",
                "stayed",
                "still",
                "also",
                "now",
                "nonetheless",
                "became",
                "become",
            ])
        {
            k += 1;
        }
        // "the two poorest members", "two most assertive members", "three new members": some
        // of them, picked out ("the six original parties": those of another time).
        if items[start_k..k].iter().any(|w| {
            w.is_any(&["most", "least", "new", "newest", "leading"])
                || w.is("original")
                    && items
                        .get(k)
                        .is_some_and(|n| n.is_any(&["parties", "members"]))
                || w.text.len() >= 6 && w.text.ends_with("est")
        }) {
            continue;
        }
        let Some(&(_, mut counted)) = items
            .get(k)
            .and_then(|i| COUNT_NOUNS.iter().find(|(w, _)| i.is(w)))
        else {
            continue;
        };
        if items[k].is("founding") {
            if items
                .get(k + 1)
                .is_some_and(|i| i.is_any(&["members", "states", "countries", "fathers"]))
            {
                k += 1;
            } else {
                continue;
            }
            counted = Counted::Founders;
        }
        let mut end = k + 1;
        if org.is_none() {
            if items
                .get(end)
                .is_some_and(|i| i.is_any(&["of", "in", "to"]))
            {
                let mut e = end + 1;
                let the = items.get(e).is_some_and(|i| i.is("the")).then_some(e);
                if the.is_some() {
                    e += 1;
                }
                // ("signatories of the original treaty")
                let described = the.is_some()
                    && items.get(e).is_some_and(|i| i.is_any(&["original", "old"]))
                    && items.get(e + 1).is_some_and(|i| i.is_any(ORG_ANAPHORS));
                e += usize::from(described);
                // ("Six member states of the CIS — A, B, ... — signed": some of its members,
                // with no determiner, not all of them)
                let some_of = items.get(n + 1).is_some_and(|w| w.is("member"))
                    && (n == 0
                        || matches!(items[n - 1].kind, Kind::Punct(_) | Kind::Dash { .. })
                        || items[n - 1].is_any(&["and", "but", "while"]));
                if some_of {
                    continue;
                }
                if let Some(Entity::Org(o)) = items.get(e).and_then(|i| i.entity()) {
                    org = Some(o);
                    end = e + 1;
                } else if items.get(e).is_some_and(|i| i.is_any(ORG_ANAPHORS)) {
                    // ("the six remaining parties to the treaty": the treaty pointed to, not
                    // another organisation named last)
                    org = match the {
                        Some(t) => s.anaphor_org(t),
                        None => s.org_before(e),
                    };
                    end = e + 1;
                }
            }
            // "one of its six members"
            if org.is_none() && n >= 1 && items[n - 1].is_any(&["its", "whose"]) {
                org = s.anaphor_org(n - 1);
            }
            // "The CSTO is made up of six states", "consists of", "brings together"
            let made_of = n >= 2
                && !items[s.clause(n).start..n]
                    .iter()
                    .any(|w| w.is_any(&["would", "could", "might", "if", "should"]))
                && (items[n - 1].is("of")
                    && items[n - 2].is_any(&["consists", "consisted", "composed", "up"])
                    || items[n - 1].is("together")
                        && items[n - 2].is_any(&["brings", "brought", "bringing"]));
            // "The SCO includes six members", "the bloc now has four members"
            // ("The treaty is therefore down to six members", "the bloc shrank to five")
            let came = came_to(items, n);
            if org.is_none()
                && n >= 2
                && (made_of
                    || came
                    || items[n - 1].is_any(&[
                        "includes",
                        "included",
                        "has",
                        "had",
                        "comprises",
                        "comprised",
                        "counts",
                        "numbers",
                        "unites",
                        "groups",
                        // ("It now binds nine states", "links six states")
                        "binds",
                        "links",
                    ]))
                // (not "no longer binds nine states")
                && !(items[n - 1].is_any(&["binds", "links"])
                    && items[n.saturating_sub(4)..n - 1]
                        .iter()
                        .any(|w| w.is_any(&["not", "longer", "n't", "never"])))
            {
                // (the organisation itself the subject: not "The CSTO exercise brings together
                // six states")
                org = (n.saturating_sub(6)..n - 1)
                    .rev()
                    // (what a membership came to is the organisation's own: not "The pact's
                    // exercises shrank to five states")
                    .take_while(|&k| !(came && items[k].text == "'s"))
                    .find_map(|k| match items[k].entity() {
                        // ("Its membership shrank to six states": the organisation "its" is)
                        _ if came
                            && items[k].is("its")
                            && items.get(k + 1).is_some_and(|w| w.is("membership")) =>
                        {
                            Some(s.anaphor_org(k))
                        }
                        Some(Entity::Org(o)) if !super::membership::is_modifier(items, k + 1) => {
                            Some(Some(o))
                        }
                        Some(Entity::Org(_)) => Some(None),
                        _ if items[k].is_any(ORG_ANAPHORS) => {
                            Some(s.anaphor_org(k.saturating_sub(1)))
                        }
                        // ("The treaty came into force, and it now binds nine states": the
                        // organisation "it" can only stand for, as `org_of_it` finds it)
                        _ if items[k].is("it") => Some(super::membership::org_of_it(s, k, k)),
                        _ => None,
                    })
                    .flatten();
                // ("had nine parties in 1994", "was made up of six states in 2005": a past
                // count the sentence dates; not a present perfect, "has had six members since
                // 2001")
                let recent = &items[n.saturating_sub(5)..n];
                if org.is_some()
                    && !recent.iter().any(|w| w.is_any(&["has", "have", "since"]))
                    // (or what it will come to: "Next August the Commonwealth will be down
                    // to eleven states")
                    && (came && recent.iter().any(|w| w.is_any(&["will", "shall"]))
                        || recent.iter().any(|w| {
                            w.is_any(&[
                                "had",
                                "was",
                                "were",
                                "brought",
                                "consisted",
                                "comprised",
                                "included",
                                "numbered",
                                "counted",
                                "united",
                                "grouped",
                                "shrank",
                                "grew",
                                "rose",
                                "expanded",
                            ])
                        }))
                    && let Some(o) = org
                {
                    let clause = s.clause(n);
                    let ctx = s.date_context(k + 1, false);
                    if !items[clause.start..n]
                        .iter()
                        .any(|w| w.is_any(&["would", "could", "if"]))
                        && let Some((w, _)) = find_date(items, k + 1, clause.end, ctx)
                            .or_else(|| find_date(items, clause.start, n, ctx))
                    {
                        if items[k].is("parties") && !parties_of_the_organisation(items, k, true) {
                            continue;
                        }
                        let o = s.predecessor_at(o, Some(w));
                        push_count(s, n, k + 1, o, value as u32, counted, Some(w));
                        continue;
                    }
                }
            }
            // "the CSTO's six members", "GUAM's four"
            if org.is_none() && n >= 2 && items[n - 1].text == "'s" {
                org = match items[n - 2].entity() {
                    Some(Entity::Org(o)) => Some(o),
                    _ if items[n - 2].is_any(ORG_ANAPHORS) => s.anaphor_org(n - 2),
                    _ => None,
                };
            }
            // "all seven member states": members of the organisation being discussed.
            if org.is_none()
                && counted == Counted::Members
                && (items[k].is("members") || (k > 0 && items[k - 1].is("member")))
            {
                org = s.anaphor_org(n);
            }
            // "the six states that remain in the treaty", "the six states that signed the
            // original treaty in Tashkent in 1992" (its signatories, then)
            if org.is_none() && items.get(end).is_some_and(|i| i.is_any(&["that", "which"])) {
                org = (end + 1..(end + 6).min(items.len())).find_map(|k| match items[k].entity() {
                    Some(Entity::Org(o)) => Some(o),
                    _ if items[k].is_any(ORG_ANAPHORS) => s.anaphor_org(k.saturating_sub(1)),
                    _ => None,
                });
                let act = items.get(end + 1);
                let relative = match counted {
                    Counted::Members if act.is_some_and(|v| v.is("signed")) => {
                        Some(Counted::Signatories)
                    }
                    Counted::Members
                        if act.is_some_and(|v| {
                            v.is_any(&["founded", "formed", "created", "established"])
                        }) =>
                    {
                        Some(Counted::Founders)
                    }
                    _ => None,
                };
                // ("the three states that quit the treaty in 1999", "the two that joined in
                // 1993": those who did something, not all the members)
                let eventful = act.is_some_and(|v| {
                    v.is_any(&[
                        "quit",
                        "left",
                        "withdrew",
                        "pulled",
                        "walked",
                        "abandoned",
                        "declined",
                        "refused",
                        "joined",
                        "acceded",
                        "rejoined",
                        "suspended",
                        "returned",
                        "failed",
                    ])
                });
                if relative.is_none() && eventful {
                    continue;
                }
                if let (Some(c), Some(o)) = (relative, org) {
                    let clause = s.clause(n);
                    let ctx = s.date_context(end + 1, false);
                    let when = find_date(items, end + 1, clause.end, ctx).map(|(w, _)| w);
                    // A treaty signed before its successor existed is the predecessor's.
                    let o = s.predecessor_at(o, when);
                    push_count(s, n, end, o, value as u32, c, when);
                    continue;
                }
            }
            // "Six states signed the treaty in 1992", "three republics founded the CIS": the
            // signatories or founders of what they signed or founded, then (the organisation
            // right after the verb).
            if org.is_none()
                && counted == Counted::Members
                && !items[n.saturating_sub(2)..n].iter().any(|w| {
                    w.is_any(&["of", "among", "between", "other", "these", "those", "some"])
                })
                && let Some(act) = items.get(end).and_then(|v| {
                    if v.is("signed") {
                        Some(Counted::Signatories)
                    } else if v.is_any(&["founded", "formed", "created", "established"]) {
                        Some(Counted::Founders)
                    } else {
                        None
                    }
                })
            {
                let the = usize::from(items.get(end + 1).is_some_and(|w| w.is("the")));
                let object = match items.get(end + 1 + the).and_then(|w| w.entity()) {
                    Some(Entity::Org(o)) => Some(o),
                    _ if the == 1
                        && items
                            .get(end + 2)
                            .is_some_and(|w| w.is_any(&["treaty", "pact"])) =>
                    {
                        s.anaphor_org(end + 1)
                    }
                    _ => None,
                };
                // (the organisation itself, not a document or body of it: "signed the CSTO
                // declaration on Afghanistan"; all of them, not "two more states")
                if let Some(o) = object
                    && !super::membership::is_modifier(items, end + 2 + the)
                    && !items.get(end + 2 + the).is_some_and(|w| {
                        w.kind == Kind::Word
                            && w.text.chars().all(|c| c.is_lowercase())
                            && !w.is_any(&[
                                "in", "on", "at", "during", "when", "and", "last", "this",
                            ])
                    })
                    && !items[n + 1..end]
                        .iter()
                        .any(|w| w.is_any(&["more", "further", "other"]))
                {
                    let clause = s.clause(n);
                    let ctx = s.date_context(end + 1, false);
                    let when = find_date(items, end + 2 + the, clause.end, ctx)
                        .or_else(|| find_date(items, clause.start, n, ctx))
                        .map(|(w, _)| w);
                    let o = s.predecessor_at(o, when);
                    push_count(s, n, end, o, value as u32, act, when);
                    continue;
                }
            }
            // "The CIS was founded by three states", "the treaty, signed by six republics": the
            // organisation that is the subject.
            if org.is_none()
                && counted == Counted::Members
                && n >= 2
                && items[n - 1].is("by")
                && let Some(act) = if items[n - 2].is("signed") {
                    Some(Counted::Signatories)
                } else if items[n - 2].is_any(&["founded", "formed", "created", "established"]) {
                    Some(Counted::Founders)
                } else {
                    None
                }
                && n >= 4
                && (items[n - 3].is_any(&["was", "were"]) || items[n - 3].is_punct(','))
                // (the organisation the subject, right before: not "The CIS anti-terrorism
                // centre was founded by six states")
                && (matches!(items[n - 4].entity(), Some(Entity::Org(_)))
                    || items[n - 4].is_any(ORG_ANAPHORS))
                && let Some(o) = s.org_before(n - 2)
            {
                let clause = s.clause(n);
                let ctx = s.date_context(end, false);
                let when = find_date(items, end, clause.end, ctx)
                    .or_else(|| find_date(items, clause.start, n - 4, ctx))
                    .map(|(w, _)| w);
                let o = s.predecessor_at(o, when);
                push_count(s, n, end, o, value as u32, act, when);
                continue;
            }
            // "one of the treaty's six signatories": signatories and founders of the treaty last named.
            if org.is_none() && counted != Counted::Members {
                org = s.org_before(n);
            }
        }
        // "A, B and C came on board in 1993-94, bringing the pact to nine members": a count a
        // participle after the event's comma tells holds from that event (its clause's event,
        // else its clause's date; not "took the union to three members when it joined").
        let comma = (n >= 2 && items[n - 1].is("to"))
            .then(|| {
                let g = (n.saturating_sub(6)..n - 1).find(|&g| {
                    items[g].is_any(&["bringing", "raising", "taking", "swelling", "lifting"])
                })?;
                (g > 0 && items[g - 1].is_punct(',')).then_some(g - 1)
            })
            .flatten();
        let when = comma.and_then(|c| {
            let clause = s.clause(c);
            let at = items[clause.start].start;
            let k = s.last_fact_before(c, |f| {
                matches!(f.claim, Claim::Membership { event, .. } if !event.is_status())
                    && f.span.start >= at
                    && f.when.is_some_and(|w| w.from.is_some())
            });
            k.and_then(|k| s.facts[k].when).or_else(|| {
                find_date(items, clause.start, c, s.date_context(c, false)).map(|(w, _)| w)
            })
        });
        // ("The CSTO has two parties in mind", "six parties to the conflict": parties of
        // something else)
        // (all of them: "the nine parties", "its nine parties", "has nine parties"; not "Five
        // parties to the treaty backed Russia")
        let all_of_them = n >= 1
            && items[n - 1].is_any(&[
                "the",
                "its",
                "their",
                "all",
                "whose",
                "'s",
                "has",
                "had",
                "have",
                "counts",
                "numbers",
                "remaining",
            ]);
        if items[k].is("parties")
            && !(all_of_them && parties_of_the_organisation(items, k, org.is_some()))
        {
            continue;
        }
        if let Some(org) = org {
            let org = if when.is_some() {
                s.predecessor_at(org, when)
            } else {
                org
            };
            push_count(s, n, end, org, value as u32, counted, when);
        }
    }
}

/// The organisation and the end of its name in a sentence that opens with a count of states
/// in it, present and unqualified, and ends there (or its first clause does): "Nine states are
/// parties to the Tashkent Treaty.", "Four countries now belong to GUAM.", "Six republics are
/// still in the treaty." (not "Six states are also in the SCO", "Five states belong to the
/// CSTO and the SCO", "Three states are members of GUAM and want more").
fn opening_count_of_members(s: &Sentence<'_, '_>) -> Option<(crate::lexicon::OrgId, usize)> {
    let items = s.items;
    if !items
        .get(1)
        .is_some_and(|w| w.is_any(&["states", "countries", "republics", "nations"]))
    {
        return None;
    }
    // ("now belong", "are currently parties to")
    let past_now = |mut k: usize| {
        while items
            .get(k)
            .is_some_and(|w| w.is_any(&["now", "currently", "still", "today"]))
        {
            k += 1;
        }
        k
    };
    let mut k = past_now(2);
    let verb = items.get(k)?;
    k = past_now(k + 1);
    if verb.is_any(&["are", "remain"]) {
        if items
            .get(k)
            .is_some_and(|w| w.is_any(&["members", "parties"]))
            && items.get(k + 1).is_some_and(|w| w.is_any(&["of", "to"]))
        {
            k += 2;
        } else if items.get(k).is_some_and(|w| w.is("in")) {
            k += 1;
        } else {
            return None;
        }
    } else if verb.is("belong") && items.get(k).is_some_and(|w| w.is("to")) {
        k += 1;
    } else {
        return None;
    }
    let the = items.get(k).is_some_and(|w| w.is("the"));
    k += usize::from(the);
    let org = match items.get(k)?.entity() {
        Some(Entity::Org(o)) => o,
        _ if the && items[k].is_any(ORG_ANAPHORS) => s.anaphor_org(k - 1)?,
        _ => return None,
    };
    let end = k + 1;
    // (and nothing more: the sentence, or its first clause, ends with the name)
    items
        .get(end)
        .is_none_or(|w| w.is_punct('.') || w.is_punct(';') || w.is_punct(':') || w.is_dash())
        .then_some((org, end))
}

/// Whether "parties" at item `k` are the parties to a treaty or organisation: "to" and its name
/// (or a noun for it) after them, or a name or "its" before them with nothing after but
/// punctuation or a verb's ending ("has nine parties.", "its six parties signed").
fn parties_of_the_organisation(
    items: &[crate::extract::tokens::Item<'_>],
    k: usize,
    owned: bool,
) -> bool {
    match items.get(k + 1) {
        Some(w) if w.is("to") => {
            let the = usize::from(items.get(k + 2).is_some_and(|w| w.is("the")));
            items.get(k + 2 + the).is_some_and(|w| {
                matches!(w.entity(), Some(Entity::Org(_))) || w.is_any(&["treaty", "pact"])
            })
        }
        // ("had nine parties in 1994": a date is no other thing they are parties in)
        Some(w) if w.is_any(&["in", "for", "with", "on", "at", "of"]) => {
            owned
                && w.is_any(&["in", "on"])
                && items.get(k + 2).is_some_and(|d| {
                    super::dates::year_of(d).is_some() || super::dates::month_of(d).is_some()
                })
        }
        _ => owned,
    }
}

/// Whether the number at item `n` is what a membership came to ("is down to six", "shrank to
/// five", "will be reduced to six states").
fn came_to(items: &[super::Item<'_>], n: usize) -> bool {
    n >= 2
        && items[n - 1].is("to")
        && items[n - 2].is_any(&[
            "down", "reduced", "shrank", "shrunk", "grew", "grown", "expanded", "rose", "risen",
        ])
}

/// Records a count, at `when` if the sentence dates it, else at the article's date.
fn push_count(
    s: &mut Sentence<'_, '_>,
    n: usize,
    end: usize,
    org: crate::lexicon::OrgId,
    value: u32,
    counts: Counted,
    when: Option<crate::date::Interval>,
) {
    let clause = s.clause(n);
    // ("That would leave six members", "will have nine members": the count is the object of
    // a verb whose auxiliary tells its modality)
    // ("will be down to six states": one word further back)
    let aux = if n > clause.start
        && s.items[n - 1].is_any(&["leave", "have", "include", "number", "count"])
    {
        &s.items[n.saturating_sub(4).max(clause.start)..n]
    } else if n > clause.start && came_to(s.items, n) {
        &s.items[n.saturating_sub(5).max(clause.start)..n]
    } else {
        &[]
    };
    let (m, _) = modality(
        aux,
        &s.items[clause.clone()],
        n.saturating_sub(clause.start),
    );
    let m = if m == Modality::Negated {
        Modality::Asserted
    } else {
        m
    };
    let start = if n > 0 && s.items[n - 1].is("the") {
        n - 1
    } else {
        n
    };
    // (a count still to come holds from now on)
    let now = if m == Modality::Planned {
        s.article.map(crate::date::Interval::after)
    } else {
        s.now()
    };
    s.push(
        Claim::Count { org, value, counts },
        when.or(now),
        m,
        start..end,
        false,
    );
}

/// Words that mark a figure as approximate.
const APPROX: &[&str] = &[
    "some",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "approx",
    "approx.",
    "up",
    "over",
    "more",
    "fewer",
    "less",
    "close",
    "estimated",
    "circa",
    "ca.",
    "perhaps",
    "under",
    "least",
    "upwards",
];

const TROOP_NOUNS: &[&str] = &[
    "troops",
    "soldiers",
    "servicemen",
    "men",
    "personnel",
    "border",
    "guards",
    "military",
    "peacekeepers",
    "officers",
    "paratroopers",
    "fighters",
    "strong",
    "serving",
];

/// The subject of a figure placed where the sentence before was ("Washington leases the air
/// base at Manas. About 1,000 US troops are there."): read from both sentences together, when
/// this one points back with "there" or "the base".
fn placed_before(s: &Sentence<'_, '_>, lower: &str, unit: Unit) -> Option<SubjectId> {
    let at_the_base = s
        .items
        .iter()
        .enumerate()
        .any(|(k, w)| w.is("base") && k > 0 && s.items[k - 1].is("the"));
    // (not an existential "there are")
    let points_back = at_the_base
        || s.items.iter().enumerate().any(|(k, w)| {
            w.is("there")
                && !s
                    .items
                    .get(k + 1)
                    .is_some_and(|n| n.is_any(&["is", "are", "were", "was"]))
        });
    // (troops passing through are no garrison: "15,000 US troops transit there each month")
    let passing = s.items.iter().any(|w| {
        w.is_any(&[
            "transit",
            "transited",
            "transits",
            "through",
            "fly",
            "flew",
            "flown",
            "via",
            "each",
            "every",
            "per",
        ])
    });
    if !points_back || passing {
        return None;
    }
    let before = s
        .text
        .get(s.discourse.previous_range.clone())?
        .to_lowercase();
    // (whose troops they are, this sentence says: not "Russia has 1,500 troops in
    // Transnistria. Ukraine has 10 peacekeepers there."; only "the base" may leave it to the
    // sentence before, when this one names no state: "The base still counts 5,000 troops")
    let names_a_state = s.items.iter().any(|w| {
        matches!(
            w.entity(),
            Some(Entity::State(_) | Entity::Capital(_) | Entity::Adjective(_))
        )
    });
    s.lexicon
        .subject_in(&format!("{before} {lower}"), unit)
        .filter(|&id| {
            s.lexicon.owner_in(id, lower)
                || at_the_base && !names_a_state && !s.lexicon.other_owner_in(id, lower)
        })
}

/// Reads troop numbers and money amounts whose subject the lexicon knows.
pub fn quantities(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let lower = s.text[s.range.clone()].to_lowercase();
    for n in 0..items.len() {
        let Some(mut value) = num(&items[n]) else {
            continue;
        };
        let is_digits = items[n]
            .text
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit());
        // (a number word only with its multiplier: "twenty-five thousand troops"; not the
        // first part of "two thousand five hundred", which is read no further)
        let multiplied = items
            .get(n + 1)
            .is_some_and(|i| i.is_any(&["million", "billion", "thousand"]))
            && !items
                .get(n + 2)
                .is_some_and(|i| num(i).is_some() || i.is_any(&["hundred", "and"]));
        if !is_digits && !multiplied
            || (items[n].text.len() == 4
                && !items[n].text.contains(',')
                && (1900..=2100).contains(&value))
        {
            continue;
        }
        // "$5 million", "20 thousand"
        let mut end = n + 1;
        if items
            .get(end)
            .is_some_and(|i| i.is_any(&["million", "billion", "thousand"]))
        {
            // (saturating: "1,000,000,000,000,000 billion" is no number anyone means)
            value = value.saturating_mul(match items[end].text.to_lowercase().as_str() {
                "million" => 1_000_000,
                "billion" => 1_000_000_000,
                _ => 1_000,
            });
            end += 1;
        }
        let money = n > 0
            && (items[n - 1].text.ends_with('$') || items[n - 1].is_any(&["US", "USD"]))
            || items
                .get(end)
                .is_some_and(|i| i.is_any(&["dollars", "USD"]));
        let unit = if money {
            Unit::Usd
        } else {
            // "20,000 Russian soldiers", "a 1,500-strong battalion": a troop noun within three items.
            let window = &items[end..(end + 4).min(items.len())];
            let hyphen_strong = window.len() >= 2
                && matches!(window[0].kind, Kind::Dash { joining: true })
                && window[1].is("strong");
            // "border troops along the Afghan frontier—about 12,000": the noun before the figure.
            let noun_before = items[n.saturating_sub(10)..n]
                .iter()
                .rev()
                .take_while(|i| !i.is_punct(';') && !i.is_punct('.'))
                .any(|i| {
                    i.is_any(&[
                        "troops",
                        "soldiers",
                        "servicemen",
                        "guards",
                        "personnel",
                        "force",
                    ])
                })
                && n > 0
                && (items[n - 1].is_dash()
                    || items[n.saturating_sub(2)].is_dash()
                    || items[n - 1].is_punct(':'));
            if !hyphen_strong
                && !noun_before
                && !window
                    .iter()
                    .take_while(|i| !i.is_punct(',') && !i.is_punct(';'))
                    .any(|i| i.is_any(TROOP_NOUNS))
            {
                continue;
            }
            Unit::Troops
        };
        // The subject from the words around the figure, else from the whole sentence.
        let clause = s.clause(n);
        let around = s
            .text_of(n.saturating_sub(10).max(clause.start)..(end + 6).min(clause.end))
            .to_lowercase();
        // (from the whole sentence only when the words around the figure name no other owner:
        // not "Russia has 1,500 troops at Kant, near the US base at Manas")
        let whole_sentence = || {
            s.lexicon
                .subject_in(&lower, unit)
                .filter(|&id| !s.lexicon.other_owner_in(id, &around))
        };
        let Some(subject) = s
            .lexicon
            .subject_in(&around, unit)
            .or_else(whole_sentence)
            .or_else(|| placed_before(s, &lower, unit))
        else {
            continue;
        };
        let mut start = n;
        let mut approx = false;
        let mut k = n;
        while k > 0
            && (items[k - 1].is_any(APPROX)
                || items[k - 1].is_any(&[
                    "than", "to", "an", "as", "many", "at", "a", "of", "just", "well",
                ])
                || items[k - 1].text.ends_with('$'))
            && n - k < 4
        {
            approx |= items[k - 1].is_any(APPROX) || items[k - 1].is("many");
            k -= 1;
            start = k;
        }
        // Plans right before the figure ("is expected to number about 10,000"); hedges anywhere.
        let (m, _) = modality(
            &items[start.saturating_sub(4).max(clause.start)..start],
            &items[clause.clone()],
            start.saturating_sub(clause.start),
        );
        let m = if m == Modality::Negated {
            Modality::Asserted
        } else {
            m
        };
        let ctx = s.date_context(n, false);
        // A date right around the figure dates it ("in 1999 some 25,000 troops"); one elsewhere
        // in the sentence belongs to something else.
        let now_marked = items[start.saturating_sub(3).max(clause.start)..start]
            .iter()
            .any(|w| w.is_any(&["now", "currently", "today", "still"]));
        // (a figure that has held since a date holds from it to now: "Since October 2001
        // some 1,000 American troops have been based at Karshi-Khanabad")
        let near = find_date(items, start.saturating_sub(5).max(clause.start), start, ctx)
            .or_else(|| find_date(items, end, (end + 8).min(clause.end), ctx))
            .filter(|_| !now_marked)
            // (told in the present perfect, not "Since October 2001, when some 1,000 troops
            // arrived, ...": the figure of the arrival)
            .map(|(w, r)| {
                let held = r.start > 0
                    && items[r.start - 1].is("since")
                    && !items[r.end.min(start)..start]
                        .iter()
                        .any(|x| x.is_any(&["when", "which", "after", "as"]))
                    && items[clause.clone()]
                        .iter()
                        .any(|x| x.is_any(&["has", "have"]));
                match s.now() {
                    Some(now) if held => (crate::date::Interval::span(w, now), r),
                    _ => (w, r),
                }
            });
        let when = if m == Modality::Planned {
            s.article.map(crate::date::Interval::after)
        } else {
            near.map(|(w, _)| w).or_else(|| s.now())
        };
        s.push(
            Claim::Quantity {
                subject,
                value,
                approx,
                unit,
            },
            when,
            m,
            start..end,
            false,
        );
    }
}
