//! `member-after-withdrawal` and `event-date-conflict` written as ordinary Datalog in `ascent`,
//! to compare with the engine (`benches/ascent.rs`) and to check that both find the same
//! offending claims (`tests/ascent_agrees.rs`).
//!
//! The program reads one input relation of membership facts and the lexicon's succession of
//! organisations, selects each pattern of the rule from the facts, joins the patterns on their
//! shared variables, keeps the pairs whose `require` condition definitely holds, and drops by
//! stratified negation the pairs for which an `unless` exception might hold. The time
//! conditions are written here from the rule language's definitions (three-valued: a `require`
//! condition must be surely true, an exception blocks unless surely false), not borrowed from
//! the engine, so that the two implementations check each other.
#![allow(dead_code)]

use ascent::ascent;
use claimlint::engine::Origin;
use claimlint::fact::{Claim, Event, Fact, Modality};
use claimlint::lexicon::Lexicon;

/// A fact, by its index in the fact list.
pub type Ix = u32;
/// A state (`None`: the claim names none, which joins only with another that names none).
pub type State = Option<u16>;
/// An organisation, by its index in the lexicon.
pub type Org = u16;
/// One end of a fact's day interval (`None`: unknown).
pub type End = Option<i32>;

/// `membership(fact, event, state, org, from, to, modality, origin, shifted)`.
pub type Membership = (Ix, Event, State, Org, End, End, Modality, Origin, bool);

/// The input relations: every membership fact, and the organisations with their succession.
#[derive(Clone, Default)]
pub struct Input {
    pub membership: Vec<Membership>,
    pub org: Vec<(Org,)>,
    pub succeeds: Vec<(Org, Org)>,
}

/// The input relations for `facts` (with each fact's origin) and the lexicon's organisations.
pub fn input(facts: &[Fact], origins: &[Origin], lexicon: &Lexicon) -> Input {
    let membership = facts
        .iter()
        .zip(origins)
        .enumerate()
        .filter_map(|(i, (f, origin))| match f.claim {
            Claim::Membership { event, state, org } => Some((
                i as Ix,
                event,
                state.map(|s| s.0),
                org.0,
                // A fact without a time has both ends unknown: every time relation on it is
                // unknown, as on an interval with no known end.
                f.when.and_then(|w| w.from).map(|d| d.0),
                f.when.and_then(|w| w.to).map(|d| d.0),
                f.modality,
                *origin,
                f.shifted,
            )),
            _ => None,
        })
        .collect();
    let org = (0..lexicon.orgs.len()).map(|o| (o as Org,)).collect();
    let succeeds = lexicon
        .orgs
        .iter()
        .enumerate()
        .filter_map(|(o, org)| org.succeeds.map(|p| (o as Org, p.0)))
        .collect();
    Input {
        membership,
        org,
        succeeds,
    }
}

/// `a` surely ends before `b` starts (`Before(a, b)` is true).
fn surely_before(a_to: &End, b_from: &End) -> bool {
    matches!((a_to, b_from), (Some(at), Some(bf)) if at < bf)
}

/// `a` surely does not end before `b` starts: it starts no earlier than `b` ends
/// (`Before(a, b)` is false).
fn surely_not_before(a_from: &End, b_to: &End) -> bool {
    matches!((a_from, b_to), (Some(af), Some(bt)) if af >= bt)
}

/// The two intervals surely share no day (`Overlaps` is false, `Disjoint` true).
fn surely_disjoint(a: (&End, &End), b: (&End, &End)) -> bool {
    surely_before(a.1, b.0) || surely_before(b.1, a.0)
}

ascent! {
    /// `member-after-withdrawal`: organisations joined by lineage.
    pub struct MemberAfterWithdrawal;

    relation membership(Ix, Event, State, Org, End, End, Modality, Origin, bool);
    relation org(Org);
    relation succeeds(Org, Org);

    // `same_org: Lineage`: every organisation joins under the root of its lineage.
    relation has_predecessor(Org);
    has_predecessor(o) <-- succeeds(o, _);
    relation lineage(Org, Org);
    lineage(o, o) <-- org(o), !has_predecessor(o);
    lineage(o, r) <-- succeeds(o, p), lineage(p, r);

    // "listed": Membership(event: [Member], state: "?state", org: "?org", current: true)
    relation listed(Ix, State, Org, End, End);
    listed(*i, *s, *r, *f, *t) <--
        membership(i, Event::Member, s, o, f, t, Modality::Asserted, _, false),
        lineage(o, r);

    // "left": Membership(event: [Withdrew], state: "?state", org: "?org")
    relation left(Ix, State, Org, End, End);
    left(*j, *s, *r, *f, *t) <--
        membership(j, Event::Withdrew, s, o, f, t, Modality::Asserted, _, _),
        lineage(o, r);

    // "back": Membership(event: [Joined, Rejoined], state: "?state", org: "?org")
    relation back(Ix, State, Org, End, End);
    back(*k, *s, *r, *f, *t) <--
        membership(k, e, s, o, f, t, Modality::Asserted, _, _),
        if matches!(e, Event::Joined | Event::Rejoined),
        lineage(o, r);

    // require: Before("left", "listed"), surely.
    relation withdrawn_before(Ix, Ix);
    withdrawn_before(*i, *j) <--
        listed(i, s, r, listed_from, _),
        left(j, s, r, _, left_to),
        if surely_before(left_to, listed_from);

    // unless: Between("back", "left", "listed") might hold: neither Before("left", "back")
    // nor Before("back", "listed") is surely false.
    relation rejoined_between(Ix, Ix);
    rejoined_between(*i, *j) <--
        withdrawn_before(i, j),
        listed(i, s, r, _, listed_to),
        left(j, s, r, left_from, _),
        back(_, s, r, back_from, back_to),
        if !surely_not_before(left_from, back_to),
        if !surely_not_before(back_from, listed_to);

    // (offending claim, witness)
    relation finding(Ix, Ix);
    finding(i, j) <-- withdrawn_before(i, j), !rejoined_between(i, j);
}

ascent! {
    /// `event-date-conflict`: organisations joined exactly.
    pub struct EventDateConflict;

    relation membership(Ix, Event, State, Org, End, End, Modality, Origin, bool);

    // The event kinds the rule's three patterns accept.
    relation dated_event(Event);
    dated_event(e) <-- for e in [
        Event::Signed,
        Event::Joined,
        Event::Founded,
        Event::Withdrew,
        Event::Suspended,
        Event::Rejoined,
    ];

    // "claim": Membership(event: [...], event_as: "?event", state: "?state", org: "?org",
    //                     origin: [Article])
    relation claim(Ix, Event, State, Org, End, End);
    claim(*i, *e, *s, *o, *f, *t) <--
        dated_event(e),
        membership(i, e, s, o, f, t, Modality::Asserted, Origin::Article, _);

    // "other": the same, of any origin.
    relation other(Ix, Event, State, Org, End, End);
    other(*j, *e, *s, *o, *f, *t) <--
        dated_event(e),
        membership(j, e, s, o, f, t, Modality::Asserted, _, _);

    // "agrees": the same, from the reference timeline.
    relation agrees(Ix, Event, State, Org, End, End);
    agrees(*k, *e, *s, *o, *f, *t) <--
        dated_event(e),
        membership(k, e, s, o, f, t, Modality::Asserted, Origin::Reference, _);

    // require: Disjoint("other", "claim"), surely.
    relation dated_apart(Ix, Ix);
    dated_apart(*i, *j) <--
        claim(i, e, s, o, claim_from, claim_to),
        other(j, e, s, o, other_from, other_to),
        if surely_disjoint((other_from, other_to), (claim_from, claim_to));

    // unless: Overlaps("agrees", "claim") might hold: not surely disjoint.
    relation agrees_with_reference(Ix);
    agrees_with_reference(*i) <--
        claim(i, e, s, o, claim_from, claim_to),
        agrees(_, e, s, o, ref_from, ref_to),
        if !surely_disjoint((ref_from, ref_to), (claim_from, claim_to));

    // (offending claim, witness)
    relation finding(Ix, Ix);
    finding(i, j) <-- dated_apart(i, j), !agrees_with_reference(i);
}

/// Runs `member-after-withdrawal` over the input.
pub fn member_after_withdrawal(input: Input) -> MemberAfterWithdrawal {
    let mut prog = MemberAfterWithdrawal {
        membership: input.membership,
        org: input.org,
        succeeds: input.succeeds,
        ..Default::default()
    };
    prog.run();
    prog
}

/// Runs `event-date-conflict` over the input.
pub fn event_date_conflict(input: Input) -> EventDateConflict {
    // The rule joins organisations exactly: the succession is not needed.
    let mut prog = EventDateConflict {
        membership: input.membership,
        ..Default::default()
    };
    prog.run();
    prog
}
