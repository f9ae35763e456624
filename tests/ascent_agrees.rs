//! The engine and the same two rules written as Datalog in `ascent` (`benches/ascent_rules`)
//! find the same offending claims, and the engine's witness is one the Datalog finds too.

#[path = "../benches/ascent_rules/mod.rs"]
mod ascent_rules;

use claimlint::corpus::FileId;
use claimlint::date::{Day, Interval, Precision};
use claimlint::engine::eval::{World, evaluate_rule};
use claimlint::engine::{Origin, RuleSet};
use claimlint::fact::{Claim, Event, Fact, Modality};
use claimlint::lexicon::Lexicon;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const RULES: [&str; 2] = ["member-after-withdrawal", "event-date-conflict"];

fn load() -> (Lexicon, RuleSet) {
    let (lexicon, _) = Lexicon::load(Path::new("rules/lexicon.ron"), "rules/lexicon.ron")
        .expect("the lexicon loads");
    let rules = RuleSet::load(Path::new("rules"), &lexicon).expect("the rules load");
    (lexicon, rules)
}

/// What one side found: for each offending claim, its witnesses (the engine shows one), and
/// the facts that satisfy the rule's `require` with it, exceptions aside.
#[derive(Default)]
struct Found {
    witnesses: BTreeMap<usize, BTreeSet<usize>>,
}

/// The Datalog's findings and, per primary, the number of facts that satisfy `require`.
fn by_ascent(id: &str, input: ascent_rules::Input) -> (Found, BTreeMap<usize, usize>) {
    let (findings, required) = match id {
        "member-after-withdrawal" => {
            let p = ascent_rules::member_after_withdrawal(input);
            (p.finding, p.withdrawn_before)
        }
        "event-date-conflict" => {
            let p = ascent_rules::event_date_conflict(input);
            (p.finding, p.dated_apart)
        }
        _ => unreachable!("one of the two rules"),
    };
    let mut found = Found::default();
    for (i, j) in findings {
        found
            .witnesses
            .entry(i as usize)
            .or_default()
            .insert(j as usize);
    }
    let mut count = BTreeMap::new();
    for (i, _) in required {
        *count.entry(i as usize).or_insert(0) += 1;
    }
    (found, count)
}

/// What the two sides found for one rule.
struct Compared {
    id: &'static str,
    /// Offending claims by the engine and by ascent.
    ours: BTreeSet<usize>,
    theirs: BTreeSet<usize>,
    /// Claims with a witness for `require`, exceptions aside.
    required: usize,
}

impl Compared {
    /// Both sides flag the same claims, and exceptions excused some.
    fn assert_same(&self) {
        let only_ours: Vec<_> = self.ours.difference(&self.theirs).collect();
        let only_theirs: Vec<_> = self.theirs.difference(&self.ours).collect();
        assert!(
            only_ours.is_empty() && only_theirs.is_empty(),
            "{}: the engine and ascent disagree: only the engine flags facts {only_ours:?}, \
             only ascent {only_theirs:?}",
            self.id
        );
        assert!(
            self.required > self.ours.len(),
            "{}: no exception excused anything ({} of {})",
            self.id,
            self.ours.len(),
            self.required
        );
    }
}

/// Evaluates both rules both ways. Checks at once that every finding of the engine is one of
/// ascent's, with a witness ascent finds too and `others` counting the further facts that
/// satisfy `require` with the claim.
fn compare(
    lexicon: &Lexicon,
    rules: &RuleSet,
    facts: &[Fact],
    origin_of: impl Fn(FileId) -> Origin,
) -> Vec<Compared> {
    let world = World::new(facts, origin_of, lexicon);
    let input = ascent_rules::input(facts, &world.origins, lexicon);
    RULES
        .iter()
        .map(|&id| {
            let r = rules.rules.iter().position(|r| r.id == id).unwrap();
            let (findings, _) = evaluate_rule(r, &rules.rules[r], &world);
            let (datalog, required) = by_ascent(id, input.clone());
            for f in &findings {
                let (i, witness) = (f.bindings[0].1, f.bindings[1].1);
                let theirs = datalog.witnesses.get(&i);
                assert!(
                    theirs.is_some_and(|w| w.contains(&witness)),
                    "{id}: the engine flags fact {i} with witness {witness}; ascent's witnesses \
                     are {theirs:?}"
                );
                // `others` is exact while the witnesses fit in the candidates it examines,
                // and a lower bound beyond.
                assert!(
                    f.others < required[&i],
                    "{id}: fact {i}: the engine counts {} further witnesses of {}",
                    f.others,
                    required[&i]
                );
                if required[&i] < claimlint::engine::eval::OTHERS_CAP {
                    assert_eq!(
                        f.others + 1,
                        required[&i],
                        "{id}: fact {i}: the engine counts {} further witnesses",
                        f.others
                    );
                }
            }
            Compared {
                id,
                ours: findings.iter().map(|f| f.bindings[0].1).collect(),
                theirs: datalog.witnesses.keys().copied().collect(),
                required: required.len(),
            }
        })
        .collect()
}

#[test]
fn ascent_agrees_on_synthetic_facts() {
    let (lexicon, rules) = load();
    let facts = claimlint::engine::synthetic::membership_facts(&lexicon, 10_000, 11);
    // Every 25th article is the reference timeline, so that exceptions asking for a reference
    // fact have some to find, and witnesses come from both origins.
    let compared = compare(&lexicon, &rules, &facts, |f| {
        if f.0.is_multiple_of(25) {
            Origin::Reference
        } else {
            Origin::Article
        }
    });
    let [maw, edc] = &compared[..] else {
        unreachable!("two rules")
    };
    assert!(edc.ours.len() > 100, "{}", edc.ours.len());
    edc.assert_same();
    assert!(maw.ours.len() > 100, "{}", maw.ours.len());
    maw.assert_same();
}

/// A small world built by hand, each fact named, with what each rule must flag.
struct Hand<'l> {
    lexicon: &'l Lexicon,
    facts: Vec<Fact>,
    names: Vec<&'static str>,
}

impl<'l> Hand<'l> {
    fn new(lexicon: &'l Lexicon) -> Hand<'l> {
        Hand {
            lexicon,
            facts: Vec::new(),
            names: Vec::new(),
        }
    }
}

/// Reference facts live in file 0, every article fact in its own file.
const REFERENCE: FileId = FileId(0);

impl Hand<'_> {
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        name: &'static str,
        event: Event,
        state: Option<&str>,
        org: &str,
        when: Option<Interval>,
        origin: Origin,
        modality: Modality,
        shifted: bool,
    ) {
        let file = match origin {
            Origin::Reference => REFERENCE,
            _ => FileId(self.facts.len() as u32 + 1),
        };
        self.facts.push(Fact {
            claim: Claim::Membership {
                event,
                state: state.map(|s| self.lexicon.state_by_id(s).expect("a state")),
                org: self.lexicon.org_by_id(org).expect("an organisation"),
            },
            when,
            modality,
            file,
            span: 0..1,
            sentence: 0..1,
            shifted,
        });
        self.names.push(name);
    }

    /// An asserted, current article claim.
    fn article(&mut self, name: &'static str, e: Event, s: &str, o: &str, when: Interval) {
        let m = Modality::Asserted;
        self.add(name, e, Some(s), o, Some(when), Origin::Article, m, false);
    }

    fn reference(&mut self, name: &'static str, e: Event, s: &str, o: &str, when: Interval) {
        let m = Modality::Asserted;
        self.add(name, e, Some(s), o, Some(when), Origin::Reference, m, false);
    }
}

fn day(y: i32, m: u32, d: u32) -> Interval {
    Interval::day(Day::from_ymd(y, m, d).unwrap())
}

#[test]
fn ascent_agrees_on_rejoinings_lineage_and_the_reference() {
    use Event::*;
    let (lexicon, rules) = load();
    let mut h = Hand::new(&lexicon);
    let (year, month) = (Interval::year, Interval::month);

    // member-after-withdrawal
    // Left the CST, listed among CSTO members: one lineage.
    h.article("az-left", Withdrew, "Azerbaijan", "CST", month(1999, 4));
    h.article("az-member", Member, "Azerbaijan", "CSTO", day(2004, 6, 23));
    // A rejoining of the CSTO between a CST withdrawal and the listing excuses it...
    h.article("uz-left", Withdrew, "Uzbekistan", "CST", month(1999, 4));
    h.article("uz-back", Rejoined, "Uzbekistan", "CSTO", year(2006));
    h.article("uz-member", Member, "Uzbekistan", "CSTO", day(2008, 9, 10));
    // ...and so does a joining that only might lie between (its year overlaps the listing).
    h.article("am-left", Withdrew, "Armenia", "CST", year(2001));
    h.article("am-joined", Joined, "Armenia", "CSTO", year(2003));
    h.article("am-member", Member, "Armenia", "CSTO", day(2003, 5, 1));
    // A joining of another organisation, or one surely before the withdrawal, does not.
    h.article("by-joined-guam", Joined, "Belarus", "GUAM", year(2000));
    h.article("by-joined-early", Joined, "Belarus", "CST", year(1993));
    h.article("by-left", Withdrew, "Belarus", "CST", month(1999, 4));
    h.article("by-member", Member, "Belarus", "CSTO", day(2003, 5, 1));
    // The witness may be the reference timeline.
    h.reference("ge-left", Withdrew, "Georgia", "CST", month(1999, 4));
    h.article("ge-member", Member, "Georgia", "CST", day(2000, 2, 1));
    // A withdrawal that might not come first (its year holds the listing) does not fire.
    h.article("kz-left", Withdrew, "Kazakhstan", "GUAM", year(2005));
    h.article("kz-member", Member, "Kazakhstan", "GUAM", day(2005, 9, 1));
    // "a former member" (shifted) and "nominally a member" (hedged) never fire.
    let (asserted, hedged) = (Modality::Asserted, Modality::Hedged);
    let (article, reference) = (Origin::Article, Origin::Reference);
    let kg = Some("Kyrgyzstan");
    h.article("kg-left", Withdrew, "Kyrgyzstan", "CIS", month(1999, 4));
    let w = Some(day(2004, 1, 1));
    h.add("kg-former", Member, kg, "CIS", w, article, asserted, true);
    h.add("kg-nominal", Member, kg, "CIS", w, article, hedged, false);
    // A hedged withdrawal is no witness; a rejoining with no known date might lie anywhere.
    let md = Some("Moldova");
    let (w1999, w2004) = (Some(month(1999, 4)), Some(day(2004, 1, 1)));
    h.add(
        "md-left-maybe",
        Withdrew,
        md,
        "CIS",
        w1999,
        article,
        hedged,
        false,
    );
    h.add(
        "md-member",
        Member,
        md,
        "CIS",
        w2004,
        article,
        asserted,
        false,
    );
    let ua = Some("Ukraine");
    let open = Some(Interval {
        from: None,
        to: None,
        precision: Precision::Range,
    });
    h.add(
        "ua-left", Withdrew, ua, "CIS", w1999, article, asserted, false,
    );
    h.add(
        "ua-back", Rejoined, ua, "CIS", open, article, asserted, false,
    );
    h.add(
        "ua-member",
        Member,
        ua,
        "CIS",
        w2004,
        article,
        asserted,
        false,
    );
    // A status in an undated article: no time relation holds.
    h.add(
        "tj-left",
        Withdrew,
        Some("Tajikistan"),
        "SCO",
        w1999,
        article,
        asserted,
        false,
    );
    h.add(
        "tj-member",
        Member,
        Some("Tajikistan"),
        "SCO",
        None,
        article,
        asserted,
        false,
    );
    // A claim naming no state joins only with another naming none.
    h.add(
        "none-left",
        Withdrew,
        None,
        "SCO",
        w1999,
        article,
        asserted,
        false,
    );
    h.add(
        "none-member",
        Member,
        None,
        "SCO",
        w2004,
        article,
        asserted,
        false,
    );

    // Boundaries: a withdrawal ending the day the listing starts is not surely before it; a
    // joining on the withdrawal's first day, or on the listing's day, is not between them.
    h.article("lv-left", Withdrew, "Latvia", "CIS", month(2001, 3));
    h.article("lv-member", Member, "Latvia", "CIS", day(2001, 3, 31));
    h.article("ee-left", Withdrew, "Estonia", "CIS", month(1999, 4));
    h.article("ee-joined", Joined, "Estonia", "CIS", day(1999, 4, 1));
    h.article("ee-member", Member, "Estonia", "CIS", day(2000, 1, 1));
    h.article("lt-left", Withdrew, "Lithuania", "CIS", month(1999, 4));
    h.article("lt-joined", Joined, "Lithuania", "CIS", day(2000, 1, 1));
    h.article("lt-member", Member, "Lithuania", "CIS", day(2000, 1, 1));

    // event-date-conflict
    // Two foundings of GUAM a year apart: each is dated differently by the other.
    h.add(
        "guam-1997",
        Founded,
        None,
        "GUAM",
        Some(year(1997)),
        article,
        asserted,
        false,
    );
    h.add(
        "guam-1998",
        Founded,
        None,
        "GUAM",
        Some(year(1998)),
        article,
        asserted,
        false,
    );
    // "1993-94" and "1993" agree.
    let span = Interval::span(year(1993), year(1994));
    h.article("ge-cis-93-94", Joined, "Georgia", "CIS", span);
    h.article("ge-cis-93", Joined, "Georgia", "CIS", year(1993));
    // With the reference: the claim that agrees with it is never the offending one.
    h.reference("am-cis-ref", Joined, "Armenia", "CIS", day(1991, 12, 21));
    h.article("am-cis-91", Joined, "Armenia", "CIS", month(1991, 12));
    h.article("am-cis-92", Joined, "Armenia", "CIS", year(1992));
    // A reference date with an unknown end might overlap: it excuses the claim.
    let from_1994 = Some(Interval::after(Day::year_start(1994)));
    h.add(
        "kz-cst-ref",
        Signed,
        Some("Kazakhstan"),
        "CST",
        from_1994,
        reference,
        asserted,
        false,
    );
    h.article("kz-cst-92", Signed, "Kazakhstan", "CST", year(1992));
    h.article("kz-cst-96", Signed, "Kazakhstan", "CST", year(1996));
    // Joining and rejoining are different events; the CST and the CSTO different
    // organisations; a hedged date is no claim.
    h.article("tj-joined", Joined, "Tajikistan", "CST", year(1992));
    h.article("tj-rejoined", Rejoined, "Tajikistan", "CST", year(1999));
    h.article("ru-cst", Signed, "Russia", "CST", year(1992));
    h.article("ru-csto", Signed, "Russia", "CSTO", year(2002));
    let w = Some(year(1995));
    h.add(
        "ru-cst-maybe",
        Signed,
        Some("Russia"),
        "CST",
        w,
        article,
        hedged,
        false,
    );
    // Sharing one day is overlapping.
    h.article("ge-cst-1992", Signed, "Georgia", "CST", year(1992));
    h.article("ge-cst-dec-31", Signed, "Georgia", "CST", day(1992, 12, 31));
    // A reference fact is a witness, never the offending claim.
    h.reference(
        "tm-cis-ref",
        Joined,
        "Turkmenistan",
        "CIS",
        day(1991, 12, 21),
    );
    h.article("tm-cis-93", Joined, "Turkmenistan", "CIS", year(1993));

    let facts = std::mem::take(&mut h.facts);
    let origin = |f| {
        if f == REFERENCE {
            Origin::Reference
        } else {
            Origin::Article
        }
    };
    for c in compare(&lexicon, &rules, &facts, origin) {
        c.assert_same();
    }
    // And what both flag.
    let world = World::new(&facts, origin, &lexicon);
    let flagged = |id: &str| -> BTreeSet<&str> {
        let r = rules.rules.iter().position(|r| r.id == id).unwrap();
        let (findings, _) = evaluate_rule(r, &rules.rules[r], &world);
        findings.iter().map(|f| h.names[f.bindings[0].1]).collect()
    };
    assert_eq!(
        flagged("member-after-withdrawal"),
        BTreeSet::from([
            "az-member",
            "by-member",
            "ee-member",
            "ge-member",
            "lt-member",
            "none-member"
        ])
    );
    assert_eq!(
        flagged("event-date-conflict"),
        BTreeSet::from([
            "am-cis-92",
            "guam-1997",
            "guam-1998",
            "kz-cst-92",
            "tm-cis-93"
        ])
    );
}

/// A claim fires when *some* withdrawal reported before it has no joining that might lie
/// between (rules.md: "an earlier article, or the reference timeline, reports that the state
/// withdrew, and nothing reports a joining or rejoining that might lie between the two").
/// An engine that checked the exception only against the witness it picked to show would
/// miss both claims below; ascent flags both.
#[test]
fn engine_checks_the_exception_for_every_witness() {
    use Event::*;
    let (lexicon, rules) = load();
    let mut h = Hand::new(&lexicon);
    let (year, month) = (Interval::year, Interval::month);
    // The nearest withdrawal (ending last, a year) might be followed by the June joining; the
    // December withdrawal, reported too, surely follows it.
    h.article(
        "kz-left-dec",
        Withdrew,
        "Kazakhstan",
        "CIS",
        month(1998, 12),
    );
    h.article("kz-joined", Joined, "Kazakhstan", "CIS", month(1998, 6));
    h.article("kz-left-1998", Withdrew, "Kazakhstan", "CIS", year(1998));
    h.article("kz-member", Member, "Kazakhstan", "CIS", day(1999, 1, 2));
    // The nearest withdrawal is the reference's, with no joining after it; the engine shows
    // articles first, and the article's withdrawal is followed by a joining.
    h.article(
        "kg-left-2002",
        Withdrew,
        "Kyrgyzstan",
        "CIS",
        month(2002, 6),
    );
    h.article("kg-joined", Joined, "Kyrgyzstan", "CIS", month(2003, 1));
    h.reference(
        "kg-left-2003",
        Withdrew,
        "Kyrgyzstan",
        "CIS",
        month(2003, 11),
    );
    h.article("kg-member", Member, "Kyrgyzstan", "CIS", day(2004, 7, 9));
    let facts = std::mem::take(&mut h.facts);
    let origin = |f| {
        if f == REFERENCE {
            Origin::Reference
        } else {
            Origin::Article
        }
    };
    let compared = compare(&lexicon, &rules, &facts, origin);
    let named = |set: &BTreeSet<usize>| -> Vec<&str> { set.iter().map(|&i| h.names[i]).collect() };
    assert_eq!(named(&compared[0].theirs), ["kz-member", "kg-member"]);
    assert_eq!(named(&compared[0].ours), named(&compared[0].theirs));
}
