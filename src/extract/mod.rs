//! Extraction: from an article's text to facts. Splits the body into sentences, keeps the
//! grammar off sentences that cannot hold a claim (prefilter), and runs the claim grammar on
//! the rest, carrying what earlier sentences named so that "they" and "the treaty" resolve.

mod dates;
mod grammar;
mod membership;
mod modality;
mod numbers;
mod office;
pub mod prefilter;
pub mod sentence;
pub mod tokens;

use crate::corpus::{Article, FileId};
use crate::date::{Day, Interval};
use crate::fact::{Claim, Fact, Modality};
use crate::lexicon::{Entity, Lexicon, OrgId, StateId};
use prefilter::Prefilter;
use std::ops::Range;
use tokens::{Item, Kind};

/// A version stamp for the grammar: bump when extraction changes what it produces, so caches
/// made by an older grammar are not trusted.
pub const GRAMMAR_VERSION: u32 = 340;

/// A membership event's verb in the present tense ("joins", "sign"): told of a time still to
/// come after "when" or "once", or with a date after the article's.
pub(super) const PRESENT_EVENT_VERBS: &[&str] = &[
    "joins",
    "join",
    "leaves",
    "leave",
    "quits",
    "signs",
    "sign",
    "rejoins",
    "rejoin",
    "enters",
    "enter",
    "becomes",
    "become",
    "accedes",
    "accede",
    "withdraws",
    "withdraw",
    "suspends",
    "suspend",
];

/// Nouns that point back only to an organisation named with them: "the community" (the Eurasian
/// Economic Community), "the partnership" (the Partnership for Peace).
pub(crate) const NAMED_NOUNS: &[&str] = &[
    "community",
    "commonwealth",
    "union",
    "programme",
    "program",
    "partnership",
];

/// Whether one of organisation `o`'s names has the word `noun` in it ("the community": the
/// Eurasian Economic Community; "the programme", also written "program": the Partnership for
/// Peace's).
pub(crate) fn called_so(lexicon: &Lexicon, o: OrgId, noun: &Item<'_>) -> bool {
    let word = match noun.text.to_lowercase() {
        w if w == "program" => "programme".to_string(),
        w => w,
    };
    lexicon
        .org(o)
        .names
        .iter()
        .any(|name| name.to_lowercase().split(' ').any(|w| w == word))
}

/// The organisation that owns `o` by one of `o`'s names ("NATO's Partnership for Peace"),
/// when that owner's names have the word `noun` in them.
fn owner_called(lexicon: &Lexicon, o: OrgId, noun: &Item<'_>) -> Option<OrgId> {
    lexicon
        .owners_named(o)
        .map(|(p, _)| p)
        .find(|&p| called_so(lexicon, p, noun))
}

/// What the previous sentences left for pronouns and "the treaty" to refer to.
#[derive(Debug, Default, Clone)]
pub struct Discourse {
    /// Whether the last treaty the previous sentence named is one the lexicon does not know
    /// ("the START treaty", "the Treaty on Conventional Armed Forces in Europe").
    pub unknown_treaty: bool,
    /// The state the publication is at home in, by the one state its name names ("The Tbilisi
    /// Mirror"), for an editorial "we" ("We left the treaty in 1999").
    pub home: Option<StateId>,
    /// The state of the last office-holder the previous sentence named ("President Karimov
    /// flew to Sochi. His country ..."), for "his country" in a sentence naming no one.
    pub person_state: Option<StateId>,
    /// Whether the article has turned out to be an interview ("Q: ...", "A: ..."), whose "we"
    /// is the speaker's, not the publication's.
    pub interview: bool,
    /// The last subject (or list) of states.
    pub group: Vec<StateId>,
    /// The last list of two or more states, for "they", "both", "the three countries".
    pub plural: Vec<StateId>,
    /// The lists `plural` held before, latest last (a few), for "All six" after a list of
    /// six two paragraphs back.
    pub earlier_plurals: Vec<Vec<StateId>>,
    /// The states opening the clauses of the previous sentence ("Georgia and Azerbaijan face
    /// separatist wars; Moldova waits; Ukraine has settled the fleet."), for "All four".
    pub clause_subjects: Vec<StateId>,
    /// The state the previous sentence named by its people ("The Uzbeks ..."), for "they".
    pub people: Option<StateId>,
    /// The last organisation named.
    pub org: Option<OrgId>,
    /// The last treaty organisation named, for "the treaty" and "the pact".
    pub treaty: Option<OrgId>,
    /// The organisations the previous sentence named, for verbs without an object.
    pub previous: Vec<OrgId>,
    /// Those of `previous` it named only as a group of states ("the only CIS state").
    pub previous_groups: Vec<OrgId>,
    /// The last single state a sentence opened with, for "it".
    pub single: Option<StateId>,
    /// The one state the previous sentence named (by name, capital or adjective), if it named
    /// only one, for "the country".
    pub named: Option<StateId>,
    /// The organisation the previous sentence was about (its subject), for an opening "Its".
    pub subject_org: Option<OrgId>,
    /// Which organisations may be the article's topic (by `OrgId`), from the lexicon.
    pub topical: Vec<bool>,
    /// How often each organisation was named so far, and when last: the article's topic.
    pub mentions: Vec<(OrgId, u32, u32)>,
    /// The last event the previous sentence told, for "Georgia followed suit".
    pub last_event: Option<Told>,
    /// The last joining this paragraph told as done, for a bare "joined" a sentence or two
    /// later ("Kazakhstan joined the Partnership on 27 May. ... They are not the first. Ukraine
    /// joined in February").
    pub last_join: Option<Told>,
    /// The last observer or associate status a sentence told, for "has held the same status
    /// since 2004" in a later one.
    pub last_status: Option<Told>,
    /// The count of an organisation's members the previous sentence told: the organisation,
    /// the value, its time and where the count's words end (bytes; that sentence is
    /// `previous_range`), for "They are A, B and C" right after "The treaty now binds nine
    /// states.".
    pub last_count: Option<(OrgId, u32, Option<Interval>, usize)>,
    /// The last year a sentence named, for "the following year" in a later one.
    pub year: Option<i32>,
    /// The last day (or first day of a month) a sentence named with its year, for "A fortnight
    /// later, on 21 December" in a later one.
    pub day: Option<Day>,
    /// Whether `day` is a day named as such, not the first of a month.
    pub day_exact: bool,
    /// Whether the sentence before set `day` (for "that day", "the same day": not a day named
    /// several sentences back, nor past a sentence dated some other way).
    pub day_fresh: bool,
    /// The states of the previous sentence's last claim, for a number that counts them ("All
    /// four GUAM states belong to the CIS. None of the four is in the CSTO").
    pub claimed: Vec<StateId>,
    /// The states of every claim of the previous sentence that tells the same event of the
    /// same organisation as its last ("Uzbekistan did not renew, and neither did Azerbaijan or
    /// Georgia. The three are now out of the pact").
    pub claimed_alike: Vec<StateId>,
    /// The organisations of the previous sentence's membership claims, for "both" and "all of
    /// them" standing for organisations ("... sits in both the SCO and GUUAM. Turkmenistan has
    /// stayed out of both").
    pub claimed_orgs: Vec<OrgId>,
    /// The denials the previous sentence's last claim made (its facts that are a `not_member`
    /// status or negated), for "Nor is Moldova." opening the next.
    pub denied: Vec<(crate::fact::Event, OrgId, Option<Interval>, Modality)>,
    /// What the previous sentence's own predicate last asserted (the asserted facts, no
    /// `not_member` status, of its last claim not made in passing), for "So does Kazakhstan."
    /// opening the next.
    pub affirmed: Vec<(crate::fact::Event, OrgId, Option<Interval>, Modality)>,
    /// The auxiliary that repeats that claim when it was a status told in the past: "did"
    /// after "Georgia stayed out of the Commonwealth" ("So did Estonia."), "was" after
    /// "Georgia was a member of GUUAM" ("So was Moldova.").
    pub affirmed_past: Option<&'static str>,
    /// The organisation a background box's fields are about ("BACKGROUND: GUUAM / Founded:
    /// ... / Joined: ..."), for the fields after the first.
    pub box_org: Option<OrgId>,
    /// Whether the box's heading says its lists are of something other than members
    /// ("Candidates for membership:", "Former members:", "Observers:").
    pub box_others: bool,
    /// Whether the box's heading names an organisation's members ("CSTO members:"), so that
    /// its lines may be bare lists of them ("- Armenia").
    pub box_members: bool,
    /// The state a background box is about ("BACKGROUND: AZERBAIJAN'S MEMBERSHIPS"), for its
    /// lines ("CIS: member since September 1993.", "PfP: joined May 1994.").
    pub box_state: Option<StateId>,
    /// Whether the sentences are a background box's lines (after its heading, until a line of
    /// prose).
    pub in_box: bool,
    /// The last organisation whose members an earlier sentence counted, with the count, for a
    /// number alone that counts them ("two of the four GUAM states remain in the pact. All
    /// four, on the other hand, belong to the CIS").
    pub counted: Option<(OrgId, u32)>,
    /// The organisation a question in the sentence before asked the members of ("Who's in
    /// the CSTO now?"), for a list that answers it ("Armenia, Belarus, ..."), and whether the
    /// question named it (or it is the article's topic: "Who's still fully in?").
    pub question: Option<(OrgId, bool)>,
    /// Whether the sentence before named something other than an organisation that states may
    /// be parties to (an agreement, talks, a conflict), for a bare "is not a party".
    pub other_parties: bool,
    /// Whether the sentence before told of a document other than an organisation's ("The
    /// ceasefire was negotiated by the EU", "The EU negotiated the ceasefire."), for "signed
    /// it" after it.
    pub document_before: bool,
    /// The bytes of the sentence before (whether or not it held a claim), for a figure placed
    /// "there" or "at the base" that sentence named ("Washington leases Manas. About 1,000 US
    /// troops are there.").
    pub previous_range: Range<usize>,
    /// Whether the article's title tells a signing ("Six sign Tashkent security pact"), or a
    /// sentence so far told a treaty's signing, for a bare "Ukraine did not sign" later on.
    pub signing_story: bool,
}

/// An event as told: what, of which organisation, how firmly, when, and by which state.
#[derive(Clone, Copy, Debug)]
pub struct Told {
    pub event: crate::fact::Event,
    pub org: OrgId,
    pub modality: Modality,
    pub when: Option<Interval>,
    pub state: StateId,
}

/// The one organisation `orgs` holds, however often (none when they are several or none).
pub fn only_one(orgs: &[OrgId]) -> Option<OrgId> {
    let first = *orgs.first()?;
    orgs.iter().all(|&o| o == first).then_some(first)
}

impl Discourse {
    /// The organisation the previous sentence named last that `fits`.
    pub fn previous_last(&self, fits: impl Fn(OrgId) -> bool) -> Option<OrgId> {
        self.previous.iter().rev().copied().find(|&o| fits(o))
    }

    /// The organisation the previous sentence named, when it named only that one.
    pub fn previous_alone(&self) -> Option<OrgId> {
        only_one(&self.previous)
    }

    /// The most recently named organisation that `fits`.
    pub fn recent(&self, fits: &dyn Fn(OrgId) -> bool) -> Option<OrgId> {
        self.mentions
            .iter()
            .filter(|m| fits(m.0))
            .max_by_key(|m| m.2)
            .map(|m| m.0)
    }

    /// The organisation the article has named most often so far (the latest on a tie).
    pub fn topic(&self) -> Option<OrgId> {
        let topical = |o: &OrgId| self.topical.get(o.0 as usize).copied().unwrap_or(true);
        let best = self
            .mentions
            .iter()
            .filter(|(o, _, _)| topical(o))
            .max_by_key(|(_, n, last)| (*n, *last));
        // A body usually named in passing (NATO) is the topic of an article about it: named
        // three times or more, and more often than any other.
        let passing = self
            .mentions
            .iter()
            .filter(|(o, n, _)| !topical(o) && *n >= 3)
            .max_by_key(|(_, n, last)| (*n, *last))
            .filter(|p| best.is_none_or(|b| p.1 > b.1));
        passing.or(best).map(|(o, _, _)| *o)
    }
}

/// Everything the grammar needs while reading one sentence.
pub struct Sentence<'a, 't> {
    pub items: &'a [Item<'t>],
    pub text: &'t str,
    pub range: Range<usize>,
    pub file: FileId,
    pub article: Option<Day>,
    pub lexicon: &'a Lexicon,
    pub discourse: Discourse,
    pub facts: Vec<Fact>,
    /// The last group of states this sentence made a subject or listed, for "they" later on.
    pub group: Option<Vec<StateId>>,
    /// The organisations "the bloc", "the treaty" ... were resolved to, which count as mentions.
    pub resolved: std::cell::RefCell<Vec<OrgId>>,
    /// Whether the sentence counts on from a day ("six days later", "the next day", "the
    /// following day") or repeats one ("the same day", "that day"), for which its date context
    /// looks for the day named before the claim.
    pub counts_on: bool,
}

impl<'a, 't> Sentence<'a, 't> {
    /// Byte range of items `r`.
    pub fn span(&self, r: Range<usize>) -> Range<u32> {
        debug_assert!(r.start <= r.end, "an item range backwards: {r:?}");
        let start = r.start.min(self.items.len().saturating_sub(1));
        let end = r.end.min(self.items.len()).max(start + 1);
        self.items[start].start..self.items[end - 1].end
    }

    /// The organisation of the last membership claim this sentence made before item `i`.
    pub fn org_claimed_before(&self, i: usize) -> Option<OrgId> {
        self.membership_claimed_before(i).map(|(org, _)| org)
    }

    /// The organisation of the last membership claim this sentence made before item `i`, and
    /// where (in bytes) that claim's words start.
    pub fn membership_claimed_before(&self, i: usize) -> Option<(OrgId, u32)> {
        let k = self.last_fact_before(i, |f| matches!(f.claim, Claim::Membership { .. }))?;
        match self.facts[k].claim {
            Claim::Membership { org, .. } => Some((org, self.facts[k].span.start)),
            _ => None,
        }
    }

    /// The last fact this sentence told before item `i` (its words ending there or earlier)
    /// that `fits`, as an index into `facts`.
    pub fn last_fact_before(&self, i: usize, fits: impl Fn(&Fact) -> bool) -> Option<usize> {
        let at = self.items.get(i)?.start;
        self.facts.iter().rposition(|f| f.span.end <= at && fits(f))
    }

    /// The first item at or after byte `at` of the file (the end of the sentence if none).
    pub fn item_from(&self, at: u32) -> usize {
        self.items
            .iter()
            .position(|w| w.start >= at)
            .unwrap_or(self.items.len())
    }

    /// The organisation named last before item `i` (in this sentence or earlier ones).
    pub fn org_before(&self, i: usize) -> Option<OrgId> {
        let items = self.items;
        let lex = self.lexicon;
        for k in (0..i.min(items.len())).rev() {
            match items[k].entity() {
                Some(Entity::Org(o)) if stands_for_itself(items, k) => {
                    return Some(o);
                }
                // "When the treaty came up for renewal, A and B did not renew it": the treaty
                // said before (and none other when it is not known).
                // (not a document of its own: "the treaty on Russian bases")
                _ if k >= 1
                    && items[k].is_any(&["treaty", "pact"])
                    && items[k - 1].is("the")
                    && !items
                        .get(k + 1)
                        .is_some_and(|w| w.is_any(&["on", "with", "between", "of"])) =>
                {
                    return self
                        .named_in(0..k, &|o| lex.org(o).is_treaty)
                        .or(self.discourse.treaty);
                }
                _ => {}
            }
        }
        self.discourse.org
    }

    /// The organisation named last among `items[range]` that `fits`.
    pub fn named_in(&self, range: Range<usize>, fits: &dyn Fn(OrgId) -> bool) -> Option<OrgId> {
        self.items[range]
            .iter()
            .rev()
            .find_map(|it| match it.entity() {
                Some(Entity::Org(o)) if fits(o) => Some(o),
                _ => None,
            })
    }

    /// The organisation an anaphor such as "the treaty" or "the bloc" starting at item `i` refers
    /// to: for "treaty" and "pact" the last treaty named, else the last organisation named.
    pub fn anaphor_org(&self, i: usize) -> Option<OrgId> {
        let i = i.min(self.items.len());
        // "joined the group, which now calls itself GUUAM", "the forum, since renamed GUAM":
        // the name given right after the noun
        if let Some(o) = self.named_after_anaphor(i) {
            return Some(o);
        }
        // "the Economic Cooperation Organisation, the regional grouping that Iran set up": the
        // noun in apposition to a name the lexicon does not know is that body, none of ours.
        if self.apposed_to_unknown_name(i) {
            return None;
        }
        // "the Treaty on Conventional Armed Forces in Europe": a treaty titled on its own, none
        // of ours.
        if (i..(i + 3).min(self.items.len())).any(|a| unknown_treaty_at(self.items, a)) {
            return None;
        }
        let guess = self.anaphor_org_guess(i);
        // "the original treaty", "the old pact": the one the organisation resolved to succeeds
        // ("one of the six signatories of the original treaty" in 2006 is the CST's)
        let phrase = &self.items[i..(i + 4).min(self.items.len())];
        let guess = if phrase.iter().any(|w| w.is_any(&["original", "old"]))
            && phrase.iter().any(|w| w.is_any(&["treaty", "pact"]))
        {
            guess.map(|o| self.lexicon.org(o).succeeds.unwrap_or(o))
        } else {
            guess
        };
        // "the 1992 treaty", "the 1992 security pact": the treaty of the lexicon signed that
        // year, when exactly one was (in 2002 "the 1992 treaty" is the CST, not the CSTO just
        // named); a year no one treaty of ours was signed in ("the 1997 treaty"), or a treaty
        // on something else ("the 1992 treaty on the Black Sea Fleet"), is none of ours.
        let guess = match self.year_treaty(i) {
            Some(Some(o)) => Some(o),
            Some(None) => return None,
            None => guess,
        };
        // "the new alliance", "the new security bloc": not one named before it in the sentence
        // and founded years before the article ("Of the twelve CIS states, six joined the new
        // alliance in 2002" is not the CIS).
        let new_noun = self.items[i..]
            .iter()
            .take(3)
            .position(|w| w.is("new"))
            .is_some_and(|n| {
                self.items[i + n + 1..]
                    .iter()
                    .take(3)
                    .any(|w| w.is_any(grammar::ORG_ANAPHORS))
            });
        if new_noun
            && let (Some(o), Some(day)) = (guess, self.article)
            && self.named_in(0..i, &|x| x == o).is_some()
            && self
                .lexicon
                .org(o)
                .founded
                .is_some_and(|f| day.0 - f.0 > 3 * 366)
        {
            return None;
        }
        // "the Moscow-led bloc", "the Russian-dominated pact": one Russia is in at the article's
        // date (by the reference timeline), named before.
        // (one led by another state, "the US-led alliance", is not pointed back to)
        let russia = self.lexicon.state_by_id("Russia");
        let leader = self.items[i..].windows(3).take(4).find_map(|w| {
            (w[1].kind == tokens::Kind::Dash { joining: true }
                && w[2].is_any(&["led", "dominated"]))
            .then_some(&w[0])
        });
        let led = leader.is_some_and(|w| {
            w.is("Kremlin")
                || matches!(
                    w.entity(),
                    Some(Entity::State(st) | Entity::Capital(st) | Entity::Adjective(st))
                        if Some(st) == russia
                )
        });
        if leader.is_some() && !led {
            return None;
        }
        // (not a grouping described by its members: "the Russian-led bloc of Belarus and
        // Kazakhstan")
        let described = || {
            self.items[i..]
                .iter()
                .take(6)
                .position(|w| w.is_any(grammar::ORG_ANAPHORS))
                .is_some_and(|n| self.items.get(i + n + 1).is_some_and(|w| w.is("of")))
        };
        if led && described() {
            return None;
        }
        if led
            && let Some(day) = self.article
            && let Some(russia) = russia
        {
            let lex = self.lexicon;
            // (an alliance or a pact is a treaty: "joined the Russian-led alliance in 1992" is
            // not the CIS)
            // (a bloc too, unless an economic one: "left the Moscow-led bloc in 1999" is not
            // the CIS)
            let phrase = &self.items[i..(i + 6).min(self.items.len())];
            let treaty = phrase
                .iter()
                .any(|w| w.is_any(&["alliance", "pact", "treaty", "security", "military"]))
                || phrase.iter().any(|w| w.is("bloc"))
                    && !phrase
                        .iter()
                        .any(|w| w.is_any(&["economic", "trade", "customs"]));
            // (and one that existed in the year the clause names: "it left the Moscow-led bloc
            // in 1999" is not the SCO)
            let year = self.items[i..].iter().take(12).find_map(dates::year_of);
            // (Russia in it at the article's date, or when it was founded: "left the Moscow-led
            // security treaty in 1999" is the treaty the CSTO has since replaced)
            let fits = |o: OrgId| {
                let founding = lex.org(o).founded.map(|f| f.add_days(30));
                (lex.prior.member(russia, o, day) == Some(true)
                    || founding.is_some_and(|f| lex.prior.member(russia, o, f) == Some(true)))
                    && (!treaty || lex.org(o).is_treaty)
                    && year.is_none_or(|y| lex.org(o).founded.is_none_or(|f| f.year() <= y))
            };
            if guess.is_some_and(fits) {
                return guess;
            }
            // ("It left the Moscow-led security treaty in 1999" in an article that never named
            // it: the one treaty of the lexicon that fits; only a treaty or a security pact by
            // its words, not a "bloc" or an "alliance", which may be the Commonwealth)
            let security = phrase.iter().any(|w| {
                w.is_any(&[
                    "treaty", "pact", "security", "military", "defence", "defense",
                ])
            });
            let only = || {
                let mut fitting = (0..lex.orgs.len())
                    .map(|o| OrgId(o as u16))
                    .filter(|&o| fits(o));
                let one = fitting.next()?;
                fitting.next().is_none().then_some(one)
            };
            return self
                .named_or_recent(i, &fits)
                .or_else(|| security.then(only).flatten());
        }
        // "the nine-member treaty", "the six-member organisation": one with that many members
        // at the article's date (by the reference timeline), named before.
        let Some(n) = self.items[i..]
            .windows(3)
            .take(3)
            .find(|w| w[1].kind == tokens::Kind::Dash { joining: true } && w[2].is("member"))
            .and_then(|w| num(&w[0]))
        else {
            return guess;
        };
        let Some(day) = self.article else {
            return guess;
        };
        let lex = self.lexicon;
        let fits = |o: OrgId| {
            (0..lex.states.len())
                .filter(|&st| lex.prior.member(StateId(st as u16), o, day) == Some(true))
                .count() as u64
                == n
        };
        if guess.is_some_and(fits) {
            return guess;
        }
        self.named_or_recent(i, &fits)
    }

    /// The one treaty of the lexicon signed in the year the phrase at item `i` gives: "the 1992
    /// treaty", "the 1992 collective security pact" (`Some(None)` when the phrase gives a year
    /// that fits no one treaty of ours, `None` when it gives none).
    fn year_treaty(&self, i: usize) -> Option<Option<OrgId>> {
        let phrase = &self.items[i..(i + 5).min(self.items.len())];
        if !phrase.first()?.is("the") {
            return None;
        }
        let year = dates::year_of(phrase.get(1)?)?;
        let noun = phrase[2..]
            .iter()
            .position(|w| w.is_any(&["treaty", "pact"]))?
            + 2;
        if !phrase[2..noun]
            .iter()
            .all(|w| w.is_any(&["collective", "security", "defence", "defense", "mutual"]))
        {
            return None;
        }
        // ("the 1992 treaty on the Black Sea Fleet", "... with Russia", "... between Russia and
        // Kazakhstan": another treaty of that year)
        if self
            .items
            .get(i + noun + 1)
            .is_some_and(|w| w.is_any(&["on", "with", "between", "of", "for", "over"]))
        {
            return Some(None);
        }
        let lex = self.lexicon;
        let mut signed = (0..lex.orgs.len()).map(|o| OrgId(o as u16)).filter(|&o| {
            lex.org(o).is_treaty && lex.org(o).founded.is_some_and(|f| f.year() == year)
        });
        Some(signed.next().filter(|_| signed.next().is_none()))
    }

    /// The organisation named last before item `i` in this sentence that `fits`, else the one
    /// the article named most recently that does.
    fn named_or_recent(&self, i: usize, fits: &dyn Fn(OrgId) -> bool) -> Option<OrgId> {
        self.named_in(0..i, fits)
            .or_else(|| self.discourse.recent(fits))
    }

    /// The organisation a name given right after the noun at or after item `i` names: "the
    /// group, which now calls itself GUUAM", "the forum, since renamed GUAM", "the grouping,
    /// known as GUAM".
    fn named_after_anaphor(&self, i: usize) -> Option<OrgId> {
        let items = self.items;
        let n = (i..(i + 4).min(items.len())).find(|&k| items[k].is_any(grammar::ORG_ANAPHORS))?;
        let mut k = n + 1;
        if !items.get(k)?.is_punct(',') {
            return None;
        }
        k += 1;
        while items
            .get(k)
            .is_some_and(|w| w.is_any(&["which", "now", "has", "had", "since", "then", "later"]))
        {
            k += 1;
        }
        if !items
            .get(k)?
            .is_any(&["calls", "called", "renamed", "known", "styles", "styled"])
        {
            return None;
        }
        k += 1;
        while items
            .get(k)
            .is_some_and(|w| w.is_any(&["itself", "as", "simply", "the"]))
        {
            k += 1;
        }
        // (the name itself, not something of it: "known as GUAM's harshest critics")
        match items.get(k)?.entity() {
            Some(Entity::Org(o)) if !membership::is_modifier(items, k + 1) => Some(o),
            _ => None,
        }
    }

    /// `anaphor_org` before any count in the phrase is checked.
    /// Whether the noun phrase at item `i` stands in apposition, after a comma, to a
    /// capitalised name of a body that is no lexicon name ("the Economic Cooperation
    /// Organisation, the regional grouping ...", "the Council of Europe, the body ...").
    pub(super) fn apposed_to_unknown_name(&self, i: usize) -> bool {
        let items = self.items;
        let Some(comma) = i.checked_sub(1) else {
            return false;
        };
        if !items[comma].is_punct(',') || comma == 0 {
            return false;
        }
        const HEADS: &[&str] = &[
            "Organisation",
            "Organization",
            "Community",
            "Union",
            "Council",
            "Forum",
            "Alliance",
            "Conference",
            "Association",
            "Bank",
            "Europe",
        ];
        // the name's last word, or "of Europe" after its head
        let last = &items[comma - 1];
        last.kind == tokens::Kind::Word
            && last.starts_upper()
            && last.is_any(HEADS)
            && (!last.is("Europe")
                || comma >= 3
                    && items[comma - 2].is("of")
                    && items[comma - 3].kind == tokens::Kind::Word
                    && items[comma - 3].is_any(HEADS))
    }

    fn anaphor_org_guess(&self, i: usize) -> Option<OrgId> {
        let i = i.min(self.items.len());
        let lex = self.lexicon;
        // "The Treaty on Conventional Armed Forces in Europe is another matter: Kazakhstan is
        // not in the treaty": a treaty the lexicon does not know, named last (here, or in the
        // sentence before when this one names no treaty), is what "the treaty" means.
        if self.items[i..]
            .iter()
            .take(6)
            .any(|w| w.is_any(&["treaty", "pact"]))
        {
            let last_here = (0..i).rev().find_map(|k| {
                if unknown_treaty_at(self.items, k) {
                    Some(true)
                } else {
                    matches!(self.items[k].entity(), Some(Entity::Org(o)) if lex.org(o).is_treaty)
                        .then_some(false)
                }
            });
            if last_here.unwrap_or(self.discourse.unknown_treaty) {
                return None;
            }
        }
        // (the noun and where it stands)
        let noun_at = self.items[i..]
            .iter()
            .take(6)
            .position(|it| {
                it.is_any(grammar::ORG_ANAPHORS) || it.is_any(&["signatories", "signatory"])
            })
            .map(|p| i + p);
        let noun = noun_at.map(|a| &self.items[a]);
        let clause = self.clause(i.min(self.items.len().saturating_sub(1)));
        let named_before =
            |fits: &dyn Fn(OrgId) -> bool| self.named_in(clause.start.min(i)..i, fits);
        // "GUUAM adopted a charter. Its five members are ...": an opening "Its" is the
        // organisation the sentence before was about.
        // ("Its three members—A, B and C—insist": a count may stand between)
        // (its signatories are those of a treaty the sentence before named, if it named one:
        // "The Commonwealth summit ... a Collective Security Treaty. Its six signatories are
        // ..." is not the CIS's; but "The Alma-Ata declaration enlarged the CIS. Its eleven
        // signatories ..." is)
        let treaty_noun = noun.is_some_and(|n| n.is_any(&["signatories", "signatory"]));
        let treaty_before = |o: OrgId| {
            self.discourse
                .previous
                .iter()
                .any(|&p| p != o && lex.org(p).is_treaty)
        };
        if self.items.first().is_some_and(|w| w.is("its"))
            && self.items[1.min(i)..i].iter().all(|w| num(w).is_some())
            && let Some(o) = self
                .discourse
                .subject_org
                .filter(|&o| !treaty_noun || lex.org(o).is_treaty || !treaty_before(o))
        {
            self.resolved.borrow_mut().push(o);
            return Some(o);
        }
        let found =
            if noun.is_some_and(|n| n.is_any(&["treaty", "pact", "signatories", "signatory"])) {
                // "the treaty": the last treaty named in this sentence (in its own clause when there
                // is one there: that one is the nearest), else before.
                self.named_in(0..i, &|o| lex.org(o).is_treaty)
                    .or(self.discourse.treaty)
            } else if let Some(n) = noun.filter(|n| n.is_any(NAMED_NOUNS)) {
                // "the community": an organisation whose name says so, named in this sentence or before.
                self.named_or_recent(i, &|o| called_so(lex, o, n))
            } else {
                None
            };
        // "the union of Russia and Belarus": a word no organisation named so far is called by
        // is not an anaphor, and neither is one followed by the states it unites.
        if let Some(n) = noun.filter(|n| n.is_any(NAMED_NOUNS)) {
            let at = noun_at;
            let programme = n.is_any(&["programme", "program"]);
            // ("the programme of reforms": a programme said to be of something else; not "the
            // programme for now", "for the first time")
            let of_states = at.is_some_and(|a| {
                let next = |d: usize| self.items.get(a + d);
                let for_a_time = next(1).is_some_and(|w| w.is("for"))
                    && (next(2).is_some_and(|w| {
                        w.is_any(&["now", "good", "ever", "years", "months", "decades", "a"])
                    }) || next(2).is_some_and(|w| w.is("the"))
                        && next(3).is_some_and(|w| {
                            w.is_any(&["first", "time", "moment", "present", "foreseeable"])
                        }));
                next(1).is_some_and(|w| w.is_any(&["of", "for"]))
                    && (next(2).is_some_and(is_state_item) || programme && !for_a_time)
                    // ("the partnership with Moscow", "between Kyiv and Brussels")
                    || n.is("partnership")
                        && next(1).is_some_and(|w| w.is_any(&["with", "between", "of", "for"]))
            });
            // ("an IMF lending programme, and it quit the programme", "the new programme": a
            // programme of some other kind; only "the programme" itself points back)
            let other_programme = programme
                && at.is_some_and(|a| {
                    a == 0
                        || !self.items[a - 1].is_any(&["the", "this", "that"])
                        || (0..a - 1).any(|j| {
                            self.items[j].is_any(&["programme", "program", "programmes"])
                                && !self.items[j.saturating_sub(4)..j]
                                    .iter()
                                    .any(|w| matches!(w.entity(), Some(Entity::Org(_))))
                        })
                });
            if found.is_none() || of_states || other_programme {
                return None;
            }
        }
        let is_treaty_noun =
            noun.is_some_and(|n| n.is_any(&["treaty", "pact", "signatories", "signatory"]));
        if is_treaty_noun && found.is_none() {
            // "the treaty" never means an organisation that is not one.
            let topic = self.discourse.topic().filter(|&o| lex.org(o).is_treaty);
            if let Some(o) = topic {
                self.resolved.borrow_mut().push(o);
            }
            return topic;
        }
        // "that grouping", "this organisation": the one named last, in this sentence or before.
        let demonstrative = self
            .items
            .get(i)
            .is_some_and(|w| w.is_any(&["that", "this"]));
        // ("stays out of this one": an organisation this sentence named before and told no
        // status of, "Russia has launched the Eurasian Economic Community, and Ukraine has
        // stayed out of this one"; else the one the sentence before made a membership claim
        // of, unless this sentence names it: "Russia launched the EurAsEC. Ukraine is a member
        // of GUAM, but stays out of this one" sets "this one" against GUAM; nothing after a
        // plan or a quarrel)
        let one = demonstrative && self.items.get(i + 1).is_some_and(|w| w.is("one"));
        if one {
            let status_of = |o: OrgId| {
                self.facts.iter().any(|f| {
                    matches!(f.claim, crate::fact::Claim::Membership { event, org, .. }
                        if org == o && event.is_status())
                })
            };
            let here = |o: OrgId| self.named_in(0..i, &|n| n == o).is_some();
            let o = self.named_in(0..i, &|o| !status_of(o)).or_else(|| {
                self.discourse
                    .claimed_orgs
                    .last()
                    .copied()
                    .filter(|&o| !here(o))
            });
            if let Some(o) = o {
                self.resolved.borrow_mut().push(o);
            }
            return o;
        }
        let found = found
            // ("Estonia had joined NATO; Poland has been in the alliance since 1999": the
            // organisation this sentence named last, in any clause, when it is called so; not
            // one only compared with, "the CSTO, Moscow's answer to NATO" (unless the sentence
            // told a membership of it), nor "the alliance led by Moscow")
            .or_else(|| {
                let n = noun.filter(|n| n.is("alliance"))?;
                let (at, last) = (0..i).rev().find_map(|k| match self.items[k].entity() {
                    Some(Entity::Org(o)) => Some((k, o)),
                    _ => None,
                })?;
                let compared = at >= 1
                    && self.items[at - 1 - usize::from(at >= 2 && self.items[at - 1].is("the"))]
                        .is_any(&["to", "unlike", "than", "against", "versus", "with"]);
                let claimed = !compared
                    || self.facts.iter().any(|f| {
                        matches!(f.claim, crate::fact::Claim::Membership { org, .. } if org == last)
                    });
                let led = noun_at
                    .and_then(|a| self.items.get(a + 1))
                    .is_some_and(|w| w.is_any(&["led", "of", "between"]));
                (called_so(lex, last, n) && claimed && !led).then_some(last)
            })
            // ("its ambassador to the alliance flies home. Poland, a member of the alliance
            // since March, ...": one the sentence before named and is called so, or whose
            // owner is, when this sentence names none)
            .or_else(|| {
                let n = noun.filter(|n| n.is("alliance"))?;
                if self.named_in(0..i, &|_| true).is_some() {
                    return None;
                }
                // (one called so itself; else an owner's, only when every one it named is
                // that owner's: not "NATO's Partnership for Peace and the CSTO", with an
                // alliance of another name)
                let previous = &self.discourse.previous;
                if let Some(&p) = previous.iter().rev().find(|&&p| called_so(lex, p, n)) {
                    return Some(p);
                }
                let first = owner_called(lex, *previous.first()?, n)?;
                previous
                    .iter()
                    .all(|&p| owner_called(lex, p, n) == Some(first))
                    .then_some(first)
            })
            .or_else(|| demonstrative.then(|| self.org_before(i)).flatten())
            // "the bloc", "the organisation": one named earlier in this clause, else the article's topic.
            // ("Uzbekistan, which is not in the customs union, stays outside the new
            // organisation": for "the new ...", only one lately founded)
            .or_else(|| {
                let new = self.items[i..].iter().take(3).any(|w| w.is("new"));
                named_before(&|o| !new || self.lately_founded(o))
            })
            // "the new body", "the new organisation": the one of those named that was founded
            // last, if lately.
            .or_else(|| self.newly_founded(i))
            // "Tashkent remains a member of GUUAM ...; the five signed the grouping's charter":
            // one named earlier in the sentence (not for "the new body": the one just created,
            // which the article is about).
            .or_else(|| {
                if self.items[i..].iter().take(3).any(|w| w.is("new")) {
                    return None;
                }
                // (never NATO, the EU or the WTO: "Georgia wants to join NATO; Uzbekistan quit
                // the grouping")
                self.named_in(0..i, &|o| lex.org(o).can_be_topic)
            })
            // "The WTO question hangs over the project. Neither Russia nor Belarus belongs to the
            // organisation", "Uzbekistan rejoined the CSTO in 2006. Minsk and Tashkent remain
            // members of the organisation": "the organisation" or "the body" is the one
            // organisation the sentence before named, before the article's topic.
            .or_else(|| {
                let generic =
                    noun.is_some_and(|n| n.is_any(&["organisation", "organization", "body"]));
                let previous = &self.discourse.previous;
                let only = previous
                    .first()
                    .filter(|&o| previous.iter().all(|p| p == o))?;
                generic.then_some(*only)
            })
            // "... as the community's members, with A and B as observers": as resolved before.
            // (a grouping, a club, a forum is never NATO, the EU or the WTO: "joined the grouping
            // in 1999 at NATO's anniversary summit")
            .or_else(|| {
                self.resolved.borrow().last().copied().filter(|&o| {
                    lex.org(o).can_be_topic
                        || !noun.is_some_and(|n| {
                            n.is_any(&["grouping", "group", "club", "forum", "association"])
                        })
                })
            })
            // ("The real work is done in the CSTO. ... Kyrgyzstan is the alliance's most obliging
            // member" in an article about the CIS: "the alliance" is a treaty body or one called
            // so, when the article's topic is neither and it is the one named last; not past
            // another body the sentence before named, "GUAM, an alliance Uzbekistan is about to
            // leave. Moldova is the alliance's poorest member")
            .or_else(|| {
                let n = noun.filter(|n| n.is("alliance"))?;
                let alliance = |o: OrgId| lex.org(o).is_treaty || called_so(lex, o, n);
                if self.discourse.topic().is_none_or(alliance)
                    || !self.discourse.previous.iter().all(|&o| alliance(o))
                {
                    return None;
                }
                self.discourse.recent(&|_| true).filter(|&o| alliance(o))
            })
            .or_else(|| self.discourse.topic())
            .or(self.discourse.org);
        // "the treaty's successor": the organisation that took its place.
        let successor = noun_at.is_some_and(|a| {
            self.items.get(a + 1).is_some_and(|w| w.is("'s"))
                && self.items.get(a + 2).is_some_and(|w| w.is("successor"))
        });
        let found = match found {
            Some(o) if successor => lex.successor(o).or(Some(o)),
            other => other,
        };
        // "NATO's Partnership for Peace ... not a member of the alliance": a noun the
        // organisation found is not called by, but the one a name of it is owned by is (the
        // owner named before "'s" in the lexicon's name).
        // (what later anaphors and bare verbs go on with stays the organisation found: "...
        // not a member of the alliance. Moldova followed in March" joined the programme)
        if let Some(o) = found {
            self.resolved.borrow_mut().push(o);
        }
        // (not a possessive, which only places something: "launched at the alliance's summit")
        let possessive =
            noun_at.is_some_and(|a| self.items.get(a + 1).is_some_and(|w| w.text == "'s"));
        match (found, noun) {
            (Some(o), Some(n)) if n.is("alliance") && !possessive && !called_so(lex, o, n) => {
                owner_called(lex, o, n).or(Some(o))
            }
            (other, _) => other,
        }
    }

    /// For "the new body" at item `i`: of the organisations the sentence before (else the
    /// article) has named, the one founded last, when that was within three years before the
    /// article.
    fn newly_founded(&self, i: usize) -> Option<OrgId> {
        if !self.items[i.min(self.items.len())..]
            .iter()
            .take(3)
            .any(|w| w.is("new"))
        {
            return None;
        }
        let lex = self.lexicon;
        // (founded by the article's date, within three years before it; of the organisations
        // the sentence before named if any such, else of all the article named)
        let latest = |orgs: &mut dyn Iterator<Item = OrgId>| {
            orgs.filter(|&o| self.lately_founded(o))
                .filter_map(|o| lex.org(o).founded.map(|f| (o, f)))
                .max_by_key(|&(o, f)| (f, std::cmp::Reverse(o.0)))
                .map(|(o, _)| o)
        };
        latest(&mut self.discourse.previous.iter().copied())
            .or_else(|| latest(&mut self.discourse.mentions.iter().map(|m| m.0)))
    }

    /// Whether `org` was founded by the article's date, within three years before it.
    fn lately_founded(&self, org: OrgId) -> bool {
        match (self.article, self.lexicon.org(org).founded) {
            (Some(today), Some(f)) => f.0 + 3 * 365 >= today.0 && f <= today,
            _ => false,
        }
    }

    /// `org` as it stood at `when`: its predecessor for a time wholly before `org` was founded
    /// ("signed the treaty in 1992" in an article about the CSTO is the CST).
    pub fn predecessor_at(&self, org: OrgId, when: Option<Interval>) -> OrgId {
        let o = self.lexicon.org(org);
        match (o.founded, o.succeeds, when.and_then(|w| w.to)) {
            (Some(founded), Some(before), Some(to)) if to < founded => before,
            _ => org,
        }
    }

    /// `org`, or the organisation that had succeeded it by the article's date.
    fn current_form(&self, org: OrgId) -> OrgId {
        match self.article {
            Some(today) => self.form_on(org, today),
            None => org,
        }
    }

    /// `org`, or the organisation that had succeeded it by `day` ("restored its membership of
    /// the alliance" in 2006, after a mention of the treaty, is the CSTO).
    pub fn form_on(&self, org: OrgId, day: Day) -> OrgId {
        let lex = self.lexicon;
        // "... turns the 1992 treaty into an organisation. The six are the only states still
        // bound by the treaty": the sentence before named both, and the anaphor chose.
        if self.discourse.previous.contains(&org)
            && lex
                .successor(org)
                .is_some_and(|n| self.discourse.previous.contains(&n))
        {
            return org;
        }
        let mut o = org;
        for _ in 0..4 {
            match lex
                .successor(o)
                .filter(|&n| lex.org(n).founded.is_some_and(|f| f <= day))
            {
                Some(n) => o = n,
                None => break,
            }
        }
        o
    }

    /// Records a fact.
    pub fn push(
        &mut self,
        claim: Claim,
        when: Option<Interval>,
        modality: Modality,
        span: Range<usize>,
        shifted: bool,
    ) {
        // "If Kyrgyzstan joined the union, ...", "Were Ukraine to join NATO, ...": a condition
        // states nothing.
        // Only before a subject: "... and were admitted in 2003" shares a subject, it is not
        // an inverted condition.
        let subject_first = self.items.get(span.start).is_some_and(|w| {
            w.entity().is_some() || w.is_any(&["it", "they", "the", "both", "all"])
        });
        if subject_first
            && let Some(k) = span.start.checked_sub(1)
            && let Some(before) = self.items.get(k)
            && (before.is_any(&["if", "unless"])
                || before.is_any(&["were", "should", "had"])
                    && (k == 0
                        || self.items[k - 1].is_punct(',')
                        || self.items[k - 1].is_any(&["and", "but", "even"])))
        {
            return;
        }
        // "When the Russians leave, I leave", "Once Ukraine joins NATO, ...": an event in the
        // present tense after "when" or "once" is one still to come, told as a condition.
        if subject_first
            && matches!(claim, Claim::Membership { event, .. } if !event.is_status())
            && span.start >= 1
            && self.items[span.start - 1].is_any(&["when", "once", "until", "till", "whenever"])
            && span.clone().any(|q| {
                // (the finite verb: not "when they chose to leave it")
                self.items[q].is_any(PRESENT_EVENT_VERBS) && !self.items[q - 1].is("to")
            })
        {
            return;
        }
        // "Did Ukraine join the treaty?", "Will Tashkent rejoin the bloc?", "would not say
        // whether it is joining EurAsEC": a yes-or-no question (or one reported) tells no
        // more than that it may be so. (A question asking why or when takes the event as given.)
        // (only the question's own claim, told of its subject: not "the four GUAM states" or
        // "the Shanghai Five — A, B, C —" named in it)
        // (nor one told in a relative clause or an apposition inside it: "Is Georgia, which
        // left the CIS on Tuesday, closer to NATO?")
        let main = || {
            self.items.get(span.start).is_some_and(|w| {
                matches!(w.entity(), Some(Entity::State(_) | Entity::Capital(_)))
                    || w.is_any(&["it", "they", "both"])
                    // ("Will those four leave it?")
                    || w.is_any(&["those", "these", "the", "all"])
                        && self
                            .items
                            .get(span.start + 1)
                            .is_some_and(|n| matches!(n.kind, tokens::Kind::Num(_)))
            }) && !self.items[span.clone()]
                .iter()
                .any(|w| w.is_any(&["which", "who", "whose"]) || w.is_punct(','))
        };
        let questioned = matches!(claim, Claim::Membership { .. })
            && (matches!(modality, Modality::Asserted | Modality::Planned)
                && self.yes_no_question()
                && span.start == self.question_subject()
                || modality == Modality::Asserted && self.whether_before(span.start))
            && main();
        // ("Ten states join the European Union tomorrow": an event dated after the article is
        // one still to come, however it is told)
        // (told in the present: a past tense dated ahead is the article's own slip, which
        // stays as told)
        let ahead = matches!(claim, Claim::Membership { event, .. } if !event.is_status())
            && modality == Modality::Asserted
            && self
                .article
                .is_some_and(|d| when.and_then(|w| w.from).is_some_and(|from| from > d))
            && span.clone().any(|q| {
                self.items[q].is_any(PRESENT_EVENT_VERBS)
                    && (q == 0 || !self.items[q - 1].is_any(&["to", "did", "does", "do"]))
            });
        let modality = if questioned {
            Modality::Hedged
        } else if ahead {
            Modality::Planned
        } else {
            modality
        };
        // ("Will Georgia join the SCO?": a question about what is still to come is asked of
        // the time from now on, when it names none)
        let when = if questioned && when == self.undated(Modality::Asserted) && self.asks_ahead() {
            self.undated(Modality::Planned)
        } else {
            when
        };
        let span = self.span(span);
        let fact = Fact {
            claim,
            when,
            modality,
            file: self.file,
            span,
            sentence: self.range.start as u32..self.range.end as u32,
            shifted,
        };
        // One sentence stating the same claim twice is one claim.
        if !self.facts.iter().any(|f| f.says_the_same_as(&fact)) {
            self.facts.push(fact);
        }
    }

    /// Whether the sentence is (or opens with, quoted) a question to be answered yes or no: a
    /// question mark ends it (or the quotation it opens with: "'Will Ukraine ever join NATO?'
    /// asked the minister") and it opens with an auxiliary ("Did ...?", "Will ...?", "Is
    /// ...?"), perhaps after "So", "And" or "But".
    pub(super) fn yes_no_question(&self) -> bool {
        let items = self.items;
        let quoted = items.first().is_some_and(|w| w.is_punct('"'));
        let ends = if quoted {
            items
                .iter()
                .position(|w| w.is_punct('?'))
                .is_some_and(|q| items.get(q + 1).is_some_and(|w| w.is_punct('"')))
        } else {
            // (a quotation's closing mark may follow: 'asks: "... rival? Will those four
            // leave it?"')
            let last =
                items.len() - usize::from(items.len() >= 2 && items[items.len() - 1].is_punct('"'));
            last >= 1 && items[last - 1].is_punct('?')
        };
        if !ends {
            return false;
        }
        let open = self.question_opening();
        // "Isn't it odd that Armenia and Azerbaijan are both members?": a rhetorical question
        // takes what its "that" clause says as given.
        // ("Is it not true that ...?" too)
        let not_it = items.get(open + 1).is_some_and(|w| w.is("not"))
            && items.get(open + 2).is_some_and(|w| w.is("it"))
            || items.get(open + 1).is_some_and(|w| w.is("it"))
                && items.get(open + 2).is_some_and(|w| w.is("not"));
        if not_it
            && items
                .get(open + 3..(open + 6).min(items.len()))
                .is_some_and(|ws| ws.iter().any(|w| w.is("that")))
        {
            return false;
        }
        items.get(open).is_some_and(|w| {
            w.is_any(&[
                "did", "does", "do", "will", "would", "is", "are", "was", "were", "has", "have",
                "had", "can", "could", "should", "shall", "may", "might",
            ])
        })
    }

    /// Whether a yes-or-no question asks what is still to come ("Will ...?", "Would ...?").
    fn asks_ahead(&self) -> bool {
        self.items
            .get(self.question_opening())
            .is_some_and(|w| w.is_any(&["will", "would", "shall"]))
    }

    /// Where a question's own first word stands: past an opening quotation mark or an
    /// interviewer's "Q:", and "So", "And", "But" or "Then".
    fn question_opening(&self) -> usize {
        let items = self.items;
        let mut k = usize::from(items.first().is_some_and(|w| w.is_punct('"')));
        if interview_label(items, k).is_some_and(|w| w.is_any(&["q", "question"])) {
            k += 2;
        }
        k + usize::from(
            items
                .get(k)
                .is_some_and(|w| w.is_any(&["so", "and", "but", "then"])),
        )
    }

    /// Where the subject of a yes-or-no question stands: right after its auxiliary (and "the").
    /// "Is it true that Georgia left?": the subject of the clause after "that" (not after "Is
    /// it odd that", which takes the clause as given).
    pub(super) fn question_subject(&self) -> usize {
        let first = self.question_opening();
        let items = self.items;
        if items.get(first + 1).is_some_and(|w| w.is("it"))
            && let Some(that) =
                (first + 2..(first + 6).min(items.len())).find(|&k| items[k].is("that"))
            && items[first + 2..that]
                .iter()
                .all(|w| w.is_any(&["true", "so", "the", "case", "correct", "right", "really"]))
        {
            return that + 1;
        }
        first + 1 + usize::from(items.get(first + 1).is_some_and(|w| w.is("the")))
    }

    /// Whether "whether" stands right before item `start` ("would not say whether it is
    /// joining").
    fn whether_before(&self, start: usize) -> bool {
        start > 0 && self.items.get(start - 1).is_some_and(|w| w.is("whether"))
    }

    /// The clause around item `i`: between semicolons or contrasting conjunctions.
    pub fn clause(&self, i: usize) -> Range<usize> {
        let is_break = |k: usize| {
            let it = &self.items[k];
            // ("Azerbaijan, though, remains in the CIS": an adverb set off by commas)
            let set_off = || {
                k >= 1
                    && self.items[k - 1].is_punct(',')
                    && self.items.get(k + 1).is_some_and(|w| w.is_punct(','))
            };
            // ("Uzbekistan, which borders three of them but shares no frontier with China, is
            // not a member": a "but" inside a relative clause set off by commas)
            let in_relative = || {
                let open = (k.saturating_sub(15)..k)
                    .rev()
                    .take_while(|&q| !self.items[q].is_punct(',') && !self.items[q].is_punct(';'))
                    .find(|&q| self.items[q].is_any(&["which", "who"]));
                open.is_some_and(|q| q >= 1 && self.items[q - 1].is_punct(','))
                    && (k + 1..(k + 15).min(self.items.len()))
                        .find(|&q| {
                            self.items[q].is_punct(',')
                                || self.items[q].is_punct(';')
                                || self.items[q].is_punct('.')
                        })
                        .is_some_and(|q| self.items[q].is_punct(','))
            };
            // (a conjunction inside an aside or a relative clause: no new clause)
            let within = || it.is("though") && set_off() || it.is("but") && in_relative();
            it.is_punct(';')
                || it.is_punct(':')
                    && k + 1 < self.items.len()
                    && self.items[k + 1].entity().is_none()
                || (it.is_any(&["but", "while", "whereas", "although", "though"])
                    && !self.verbless_concession(k)
                    && !within())
                // "yet" after a comma joins a clause; "has yet to", "not yet" do not.
                || (it.is("yet") && (k == 0 || self.items[k - 1].is_punct(',')))
        };
        let start = (0..i).rev().find(|&k| is_break(k)).map_or(0, |k| k + 1);
        let end = (i..self.items.len())
            .find(|&k| k > i && is_break(k))
            .unwrap_or(self.items.len());
        start..end
    }

    /// "Kyrgyzstan and Tajikistan, though EurAsEC members, are not in it": a concession set
    /// off by commas with no verb of its own is an aside inside the clause, not a new clause.
    fn verbless_concession(&self, k: usize) -> bool {
        let items = self.items;
        if !(k >= 1
            && items[k - 1].is_punct(',')
            && items[k].is_any(&["although", "though", "while"]))
        {
            return false;
        }
        let Some(close) = (k + 1..items.len().min(k + 8)).find(|&q| items[q].is_punct(',')) else {
            return false;
        };
        close > k + 1
            && !items[k + 1..close].iter().any(|w| {
                w.is_any(&[
                    "is", "are", "was", "were", "has", "have", "had", "be", "been", "do", "does",
                    "did", "will", "would", "may", "might", "can", "could",
                ]) || w.kind == tokens::Kind::Word && w.text.len() > 4 && w.text.ends_with("ed")
            })
    }

    /// The clause's text.
    pub fn text_of(&self, r: Range<usize>) -> &'t str {
        if r.is_empty() || r.start >= self.items.len() {
            return "";
        }
        let a = self.items[r.start].start as usize;
        let b = self.items[r.end.min(self.items.len()) - 1].end as usize;
        &self.text[a..b]
    }

    /// The status time: the article date, when there is one.
    pub fn now(&self) -> Option<Interval> {
        self.article.map(Interval::day)
    }

    /// An undated event: some moment up to the article date (or after it, for plans).
    pub fn undated(&self, modality: Modality) -> Option<Interval> {
        self.article.map(|d| {
            if modality == Modality::Planned {
                Interval::after(d)
            } else {
                Interval::until(d)
            }
        })
    }

    /// The year a sentence opens with ("In 1991, ...", "In December 1991 ..."), when it names no
    /// other year: the year of the whole sentence. (Only for a claim after it: `upto` past it.)
    fn opening_year(&self, upto: usize) -> Option<i32> {
        let items = self.items;
        let at = usize::from(items.first()?.is("in"));
        if at == 0 {
            return None;
        }
        let at = at + usize::from(items.get(at).is_some_and(|w| dates::month_of(w).is_some()));
        let y = dates::year_of(items.get(at)?)?;
        // (in its own clause: not "In 2005 Uzbekistan quit GUAM; it rejoined the CSTO on 23
        // June")
        let upto = upto.min(items.len());
        (upto > at
            && !items[at + 1..].iter().any(|w| dates::year_of(w).is_some())
            && !items[at + 1..upto].iter().any(|w| w.is_punct(';')))
        .then_some(y)
    }

    pub fn date_context(&self, upto: usize, future: bool) -> dates::DateContext {
        let ctx = self.date_context_here(upto, future);
        // ("joined the CIS on 3 December and acceded to the pact six days later": the last day
        // the sentence names before the claim, looked for only when a count on from a day may
        // need it: "N days later", "the next day", "the following day")
        if ctx.continues.is_some() || !self.counts_on {
            return ctx;
        }
        let upto = upto.min(self.items.len());
        let mut from = 0;
        let mut day_before = None;
        while let Some((w, r)) = dates::find_date(self.items, from, upto, ctx) {
            if w.precision == crate::date::Precision::Day {
                day_before = w.from;
            }
            from = r.end.max(from + 1);
        }
        // (for "the same day", only the day of a claim this sentence made before it: not one
        // a relative or reporting clause names, "Lithuania, which had applied on 2 May 1996,
        // entered the alliance that day")
        let at = self.items.get(upto).map_or(u32::MAX, |w| w.start);
        let day_here = self
            .facts
            .iter()
            .rev()
            .filter(|f| f.span.end <= at)
            .find_map(|f| f.when.filter(|w| w.from == w.to)?.from);
        // (else the day a sentence before named as such: "Georgia joined the CIS on 3
        // December. It acceded to the treaty six days later.")
        let day_before = day_before.or(self.discourse.day.filter(|_| self.discourse.day_exact));
        dates::DateContext {
            day_before,
            day_here,
            ..ctx
        }
    }

    fn date_context_here(&self, upto: usize, future: bool) -> dates::DateContext {
        dates::DateContext {
            article: self.article,
            // ("pulled out last year and joined GUUAM in April of that year")
            anchor_year: dates::first_year(self.items, upto)
                .or_else(|| dates::relative_year(self.items, upto, self.article?)),
            anchor_month: dates::last_month(self.items, upto)
                .or_else(|| dates::relative_month(self.items, upto, self.article?, future)),
            // (only for a verb in the pluperfect, told as before a time the sentence named: "in
            // December 1991, when ... enlarged the Commonwealth that A, B and C had founded on 8
            // December"; not "a member since June 2001, rejoined the CSTO on 5 June")
            month_with_year: (upto.saturating_sub(3)..upto.min(self.items.len()))
                .any(|k| self.items[k].is("had"))
                .then(|| dates::month_with_year(self.items, upto))
                .flatten(),
            previous_year: self.discourse.year,
            future,
            continues: self
                .discourse
                .day
                .zip(dates::continues_narrative(self.items)),
            continues_exact: self.discourse.day_exact,
            story_day: self
                .discourse
                .day
                .filter(|_| self.discourse.day_exact && self.discourse.day_fresh),
            // (not past a month this sentence names: "the killings in May, ... when Uzbekistan
            // quit GUUAM earlier that same month")
            story_month: self
                .discourse
                .day
                .filter(|_| {
                    self.discourse.day_fresh
                        && !self.items[..upto.min(self.items.len())]
                            .iter()
                            .any(|w| dates::month_of(w).is_some())
                })
                .map(|d| (d.year(), d.month())),
            day_before: None,
            day_here: None,
            // ("In 1991 A, B and C founded the CIS on 8 December")
            opening_year: self.opening_year(upto),
        }
    }
}

/// Whether a line the grammar skips is a background box's heading: a label in capitals and a
/// colon ("BACKGROUND: WHO BELONGS TO WHICH BODY"), or a short line with no full stop ("Who
/// belongs to what").
fn opens_box(line: &str) -> bool {
    let line = line.trim();
    let short = !line.ends_with(['.', '!', '?']) && line.split_whitespace().nth(8).is_none();
    short
        || line.split_once(':').is_some_and(|(label, _)| {
            label.len() > 3
                && label.chars().any(char::is_alphabetic)
                && !label.chars().any(char::is_lowercase)
        })
}

/// How many items a list item's marker opening the sentence takes ("• Azerbaijan remains ...",
/// "- Moldova is not ..."): a bullet, or a dash that nothing comes before. The marker is no part
/// of the claim, and a sentence whose subject comes after it reads as one that opens with it.
fn list_marker_len(items: &[Item<'_>]) -> usize {
    items.first().map_or(0, |w| {
        let bullet = matches!(w.kind, Kind::Punct('•' | '·' | '▪' | '◦' | '‣' | '*' | '►'));
        usize::from(bullet || w.is_dash())
    })
}

/// How many items a label in capitals opening the sentence takes ("BACKGROUND: Uzbekistan signed
/// ...", "KEY FACTS: ..."), up to its colon: the sentence's subject comes after it. (Not a
/// name: "NATO: Georgia and Ukraine are not members" is read by `labelled`.)
fn label_len(items: &[Item<'_>]) -> usize {
    match items.iter().take(4).position(|w| w.is_punct(':')) {
        Some(c)
            if c >= 1
                && c + 1 < items.len()
                && items[..c].iter().all(|w| {
                    w.kind == Kind::Word
                        && w.text.len() >= 2
                        && !w.text.chars().any(char::is_lowercase)
                }) =>
        {
            c + 1
        }
        _ => 0,
    }
}

/// The discourse a sentence starts from. A line labelled with an organisation ("NATO: Georgia
/// and Ukraine are not members; both will join one day") is about it as if the sentence before
/// had named it alone: a status or a verb without an object means it.
fn labelled(discourse: &Discourse, items: &[Item<'_>]) -> Discourse {
    let mut d = discourse.clone();
    if let Some((org, _)) = membership::org_label(items) {
        d.previous = vec![org];
    }
    d
}

/// Extracts the facts of one article. `text` is the whole file.
pub fn extract_article(
    article: &Article,
    text: &str,
    lexicon: &Lexicon,
    prefilter: &Prefilter,
) -> Vec<Fact> {
    let names = lexicon.find_names(&text[..article.body.end]);
    let names: Vec<_> = names
        .into_iter()
        .filter(|m| m.start >= article.body.start)
        .collect();
    let home = article.meta.publication.as_deref().and_then(|name| {
        let mut states = lexicon
            .find_names(name)
            .into_iter()
            .filter_map(|m| match m.entity {
                Entity::State(st) | Entity::Capital(st) | Entity::Adjective(st) => Some(st),
                _ => None,
            });
        let first = states.next()?;
        states.all(|st| st == first).then_some(first)
    });
    let mut discourse = Discourse {
        topical: lexicon.orgs.iter().map(|o| o.can_be_topic).collect(),
        home,
        ..Discourse::default()
    };
    // The title names the article's topic: "the treaty" in the first paragraph may refer to it.
    if let Some(title) = &article.meta.title {
        discourse.signing_story = title
            .split_whitespace()
            .any(|w| w.to_lowercase().starts_with("sign"));
        for m in lexicon.find_names(title) {
            if let Entity::Org(o) = m.entity {
                discourse.org = Some(o);
                if lexicon.org(o).is_treaty {
                    discourse.treaty = Some(o);
                }
                // A title mention weighs as much as a few in the body.
                match discourse.mentions.iter_mut().find(|x| x.0 == o) {
                    Some(x) => x.1 += 3,
                    None => discourse.mentions.push((o, 3, 0)),
                }
            }
        }
    }
    let mut facts = Vec::new();
    // (a state named only beside ours is read, never told of: "Poland, Hungary and the Czech
    // Republic joined NATO" tells of Poland alone)
    let tracked = |f: &Fact| match f.claim {
        Claim::Membership {
            state: Some(st), ..
        }
        | Claim::Office { state: st, .. } => lexicon.state(st).tracked,
        _ => true,
    };
    let mut introduces = false;
    for para in sentence::paragraphs(text, article.body.clone()) {
        // (a paragraph ending in a colon introduces the next: "... have now entered the
        // Partnership, in the following order:" then "2. Moldova and Georgia joined in the
        // spring")
        if !introduces {
            discourse.last_join = None;
        }
        introduces = text[para.clone()].trim_end().ends_with(':');
        for range in sentence::sentences(text, para) {
            if !prefilter.is_candidate(&text[range.clone()], &names, &range) {
                // (a sentence the grammar skips may still count another group: "Four Central
                // Asian states stayed away")
                if discourse.counted.is_some() && counts_a_group(&text[range.clone()]) {
                    discourse.counted = None;
                }
                // (nor is a list the answer to a question asked two sentences before; "Who's
                // still fully in?" asks after the members of the article's topic)
                discourse.question = membership::asks_for_members(&text[range.clone()])
                    .then(|| discourse.topic().map(|o| (o, false)))
                    .flatten();
                // (a line naming nothing ends a background box, "POSITIONS OF MEMBER STATES";
                // or opens one, "BACKGROUND: WHO BELONGS TO WHICH BODY")
                discourse.box_state = None;
                discourse.box_org = None;
                discourse.in_box = opens_box(&text[range.clone()]);
                // (read only inside a box: not worth the words' test on every other line)
                discourse.box_others = discourse.in_box
                    && membership::heads_others(&text[range.clone()], article.meta.date);
                discourse.box_members = false;
                // ("Belarus was a member of the CSTO. Its economy was weak. So was Moldova."
                // repeats nothing: "So" and "Nor" repeat the sentence right before)
                discourse.affirmed.clear();
                discourse.affirmed_past = None;
                discourse.denied.clear();
                discourse.clause_subjects.clear();
                discourse.last_count = None;
                discourse.previous_range = range;
                continue;
            }
            let mut items = tokens::items(text, range.clone(), &names);
            membership::adjectives_as_peoples(&mut items, lexicon);
            let items = &items[list_marker_len(&items)..];
            let items = &items[label_len(items)..];
            let items = &items[dates::dateline_len(items, article.meta.date)..];
            let mut s = Sentence {
                items,
                text,
                range: range.clone(),
                file: article.file,
                article: article.meta.date,
                lexicon,
                discourse: labelled(&discourse, items),
                facts: Vec::new(),
                group: None,
                resolved: Default::default(),
                counts_on: items.windows(2).any(|w| {
                    w[0].is_any(&["day", "days"]) && w[1].is("later")
                        || w[0].is_any(&["next", "following", "same", "that"]) && w[1].is("day")
                }),
            };
            membership::statuses(&mut s);
            membership::events(&mut s);
            membership::remain_outside_bare(&mut s);
            membership::since_tails(&mut s);
            membership::denied_ellipsis(&mut s);
            membership::years_after_gerund(&mut s);
            membership::after_gerund_dated(&mut s);
            membership::fronted_years_after(&mut s);
            membership::joined_the_founders(&mut s);
            membership::joining_inverted(&mut s);
            membership::came_back(&mut s);
            membership::org_suspended_member(&mut s);
            membership::in_or_out(&mut s);
            membership::joined_again(&mut s);
            membership::join_what_they_lack(&mut s);
            membership::joined_by_the_last(&mut s);
            membership::along_with_opening(&mut s);
            membership::with_companions_after(&mut s);
            membership::unlike_aside(&mut s);
            membership::likened_aside(&mut s);
            membership::counted_then_listed(&mut s);
            membership::the_rest_listed(&mut s);
            membership::gapped_sentence(&mut s);
            membership::gapped_object(&mut s);
            numbers::counts(&mut s);
            numbers::counted_list_subject(&mut s);
            numbers::quantities(&mut s);
            membership::dated_by_their_clause(&mut s);
            office::offices(&mut s);
            reconsider_anaphors(&mut s);
            counts_follow_their_lists(&mut s);
            // An organisation reconsidered may make two claims of the sentence one.
            let mut kept: Vec<Fact> = Vec::with_capacity(s.facts.len());
            for f in std::mem::take(&mut s.facts) {
                if !kept.iter().any(|k| k.says_the_same_as(&f)) {
                    kept.push(f);
                }
            }
            s.facts = kept;
            discourse = membership::update_discourse(&s);
            discourse.previous_range = range;
            facts.extend(s.facts.into_iter().filter(tracked));
        }
    }
    facts.sort_by_key(|f| (f.span.start, f.span.end));
    facts
}

/// A count of members stated with a list that spells them out ("The organisation's seven members
/// — A, B, ... —") is of the organisation the list was read as members of, when the sentence
/// does not name the count's own and the list has exactly that many states.
fn counts_follow_their_lists(s: &mut Sentence<'_, '_>) {
    for c in 0..s.facts.len() {
        let Claim::Count {
            org,
            value,
            counts: crate::fact::Counted::Members,
        } = s.facts[c].claim
        else {
            continue;
        };
        if s.items
            .iter()
            .any(|w| matches!(w.entity(), Some(Entity::Org(o)) if o == org))
        {
            continue;
        }
        // (a list the sentence spells out: not "The union's three members belong to the WTO",
        // the members pointed back to)
        if s.items.iter().filter(|w| is_state_item(w)).count() < value as usize {
            continue;
        }
        let span = s.facts[c].span.clone();
        let mut listed: Vec<(OrgId, crate::lexicon::StateId)> = Vec::new();
        for f in &s.facts {
            if let Claim::Membership {
                event: crate::fact::Event::Member,
                state: Some(st),
                org: o,
            } = f.claim
                && f.span.start <= span.start
                && span.end <= f.span.end
                && !listed.contains(&(o, st))
            {
                listed.push((o, st));
            }
        }
        let Some(&(other, _)) = listed.first() else {
            continue;
        };
        if other != org
            && listed.iter().all(|&(o, _)| o == other)
            && listed.len() == value as usize
            && let Some(o) = s.facts[c].claim.org_mut()
        {
            *o = other;
        }
    }
}

/// Second thoughts on an organisation the sentence did not name ("It now rests on six
/// members—Armenia, Belarus, ..." or "the grouping, which has brought together ..." after
/// another organisation was mentioned): when the reference timeline has few or none of the
/// listed members in the organisation chosen at the article's date, but all of them in another
/// organisation the article has named, the listing (and a count stated with it) means that one
/// (of several, the one with the fewest members beyond those listed).
/// Only lists of two or more states as members are reconsidered: joining or leaving is news
/// the reference cannot yet know.
fn reconsider_anaphors(s: &mut Sentence<'_, '_>) {
    let Some(day) = s.article else { return };
    let lex = s.lexicon;
    let prior = &lex.prior;
    // (and one a question just before named, for the list answering it)
    let named: Vec<OrgId> = s
        .items
        .iter()
        .filter_map(|it| match it.entity() {
            Some(Entity::Org(o)) => Some(o),
            _ => None,
        })
        .chain(
            s.discourse
                .question
                .filter(|&(_, named)| named)
                .map(|(o, _)| o),
        )
        // ("the 1992 treaty" names the CST as well as its name would)
        .chain((0..s.items.len()).filter_map(|k| s.year_treaty(k).flatten()))
        .collect();
    // "The alliance now has seven members" in 2006 after a mention of the Collective Security
    // Treaty: by then the organisation was its successor, the CSTO. Only for a status at the
    // article's date (and a count with it); events keep the organisation of their time.
    let current = |f: &Fact| {
        f.when
            .is_some_and(|w| w.to == Some(day) && w.from == Some(day))
            && match f.claim {
                Claim::Membership { event, .. } => event.is_status(),
                // The signatories and founders of a treaty are those of its original act.
                Claim::Count { counts, .. } => counts == crate::fact::Counted::Members,
                _ => false,
            }
    };
    for k in 0..s.facts.len() {
        let f = &s.facts[k];
        let (Claim::Membership { org, .. } | Claim::Count { org, .. }) = f.claim else {
            continue;
        };
        if named.contains(&org) || !current(f) {
            continue;
        }
        let now = s.current_form(org);
        if now != org {
            if let Some(o) = s.facts[k].claim.org_mut() {
                *o = now;
            }
            s.resolved.borrow_mut().push(now);
        }
    }
    // Candidates: named in this sentence, then the article's others, latest first.
    let mut candidates: Vec<(OrgId, u32)> =
        s.discourse.mentions.iter().map(|m| (m.0, m.2)).collect();
    candidates.extend(named.iter().map(|&o| (o, u32::MAX)));
    candidates.sort_by_key(|&(o, last)| (std::cmp::Reverse(last), o.0));
    candidates.dedup_by_key(|c| c.0);
    // "A, B, C and D formed that grouping in October 1997" after a mention of a treaty of 1992:
    // a founding dated when the organisation chosen did not come about is the founding of one
    // the article named that did.
    let founded_within = |o: OrgId, w: &Interval| {
        lex.org(o)
            .founded
            .is_some_and(|f| w.from.is_some_and(|a| a <= f) && w.to.is_some_and(|b| f <= b))
    };
    for k in 0..s.facts.len() {
        let f = &s.facts[k];
        let Claim::Membership {
            event: crate::fact::Event::Founded,
            org,
            ..
        } = f.claim
        else {
            continue;
        };
        let Some(w) = f.when.filter(|w| w.from.is_some() && w.to.is_some()) else {
            continue;
        };
        if named.contains(&org) || lex.org(org).founded.is_none() || founded_within(org, &w) {
            continue;
        }
        let Some(better) = candidates
            .iter()
            .map(|c| c.0)
            .find(|&o| o != org && founded_within(o, &w))
        else {
            continue;
        };
        if let Some(o) = s.facts[k].claim.org_mut() {
            *o = better;
        }
        s.resolved.borrow_mut().push(better);
    }
    // "Uzbekistan, which had returned to the organisation in 2006" after mentions of the CIS and
    // the CSTO: a dated return, departure or suspension from an organisation the sentence does
    // not name is from one the curated timeline has the state in (or out of) right before it,
    // and out of (or back in) by its end; when the one chosen does not fit and another the
    // article named does, that one is meant.
    for k in 0..s.facts.len() {
        let f = &s.facts[k];
        let Claim::Membership {
            event,
            state: Some(st),
            org,
        } = f.claim
        else {
            continue;
        };
        let was_in = match event {
            crate::fact::Event::Rejoined => false,
            crate::fact::Event::Withdrew | crate::fact::Event::Suspended => true,
            _ => continue,
        };
        let (Some(from), Some(to)) = (f.when.and_then(|w| w.from), f.when.and_then(|w| w.to))
        else {
            continue;
        };
        let before = crate::date::Day(from.0 - 1);
        // (a return is to an organisation the state had left; a suspension, which the
        // timeline does not count as leaving, from one it was in)
        let fits = |o: OrgId| {
            prior.member(st, o, before) == Some(was_in)
                && match event {
                    crate::fact::Event::Rejoined => {
                        prior.member(st, o, to) == Some(true) && prior.left_before(st, o, from)
                    }
                    crate::fact::Event::Suspended => true,
                    _ => prior.member(st, o, to) == Some(false),
                }
        };
        // (an organisation named in the claim's own words is the one meant)
        if names_org_within(s, &f.span, org) || prior.member(st, org, before).is_none() || fits(org)
        {
            continue;
        }
        let Some(better) = candidates
            .iter()
            .map(|c| c.0)
            .find(|&o| o != org && fits(o))
        else {
            continue;
        };
        // (as it was then: the treaty in 1999, its successor in 2006)
        let when = s.facts[k].when;
        let better = s.form_on(s.predecessor_at(better, when), to);
        if let Some(o) = s.facts[k].claim.org_mut() {
            *o = better;
        }
        s.resolved.borrow_mut().push(better);
    }
    // Listings by (span, organisation), for organisations the sentence does not name or that
    // did not yet exist ("its six members" next to a customs union founded years later).
    let unborn = |o: OrgId| lex.org(o).founded_after(day);
    let mut groups: Vec<(Range<u32>, OrgId, Vec<StateId>)> = Vec::new();
    for f in &s.facts {
        if let Claim::Membership {
            event: crate::fact::Event::Member,
            state: Some(st),
            org,
        } = f.claim
            && (!named.contains(&org) || unborn(org))
        {
            match groups.iter_mut().find(|g| g.0 == f.span && g.1 == org) {
                Some(g) => g.2.push(st),
                None => groups.push((f.span.clone(), org, vec![st])),
            }
        }
    }
    for (span, org, states) in groups {
        if states.len() < 2 {
            continue;
        }
        let fit = |o: OrgId| {
            states
                .iter()
                .filter(|&&st| prior.member(st, o, day) == Some(true))
                .count()
        };
        // (nor an organisation an anaphor may stand for that the timeline knows nothing of:
        // no evidence against it; "Is the customs union a rival to the EU? Its three members
        // ..." are the customs union's)
        let unknown =
            |o: OrgId| lex.org(o).can_be_topic && prior.member(states[0], o, day).is_none();
        // "Its four members, Russia, Belarus, Kazakhstan and Kyrgyzstan" after a treaty of nine:
        // a count of the listing that the organisation chosen did not have then, where another
        // the article named had just that many, means that one.
        let counted = s.facts.iter().any(|f| {
            matches!(f.claim, Claim::Count {
                org: o,
                value,
                counts: crate::fact::Counted::Members,
            } if o == org && value as usize == states.len())
        });
        // (only a plain "its four members": not "its four westernmost members", a part, nor
        // "the treaty's four members", named, nor "former" ones)
        let plain = s.items.iter().enumerate().any(|(k, w)| {
            w.start >= span.start
                && w.end <= span.end
                && w.is_any(&["its", "their"])
                && s.items.get(k + 1).and_then(num).is_some()
                && s.items.get(k + 2).is_some_and(|m| m.is("members"))
        });
        let miscounted = plain && counted && prior.size(org, day) != states.len() && !unknown(org);
        // "Under the Commonwealth's rules, ... The organization groups China, Russia, ...": a
        // listing with a state the timeline has outside the organisation chosen is of another
        // the article named that has them all (not when the sentence calls it by a noun of its
        // name: "The treaty's four members, Georgia, Ukraine, ..." stay the treaty's).
        let contradicted = states
            .iter()
            .any(|&st| prior.member(st, org, day) == Some(false))
            && !s
                .items
                .iter()
                .any(|it| it.is_any(grammar::ORG_ANAPHORS) && called_so(lex, org, it));
        if !unborn(org)
            && !miscounted
            && !contradicted
            && (unknown(org) || fit(org) * 2 >= states.len())
        {
            continue;
        }
        // "members of the Shanghai Five" in May 2001: named in the listing itself, the
        // organisation is the one meant, under whatever name it then had (or by a noun its
        // name has: "In both the treaty and the partnership: A, B, C").
        if names_org_within(s, &span, org) || calls_org_within(s, &span, org) {
            continue;
        }
        // Of those that have every listed state, the one with the fewest others: a listing
        // usually names all the members.
        let Some(better) = candidates
            .iter()
            .map(|c| c.0)
            .filter(|&o| o != org && !unborn(o) && fit(o) == states.len())
            .filter(|&o| !miscounted || prior.size(o, day) == states.len())
            .min_by_key(|&o| prior.size(o, day))
        else {
            continue;
        };
        for f in &mut s.facts {
            let same_listing =
                f.span == span && matches!(f.claim, Claim::Membership { org: o, .. } if o == org);
            let its_count = matches!(f.claim, Claim::Count { org: o, .. } if o == org);
            // (counted, what the sentence goes on to say of them is of that one too: "Its four
            // members, A, B, C and D, will quit")
            let told_of_them = miscounted
                && matches!(f.claim, Claim::Membership { org: o, state: Some(st), .. }
                    if o == org && states.contains(&st));
            // (and so are the observers the sentence lists beside them: "..., while India,
            // Iran, Mongolia and Pakistan have observer status")
            let beside_them = contradicted
                && matches!(f.claim, Claim::Membership {
                    org: o,
                    event: crate::fact::Event::Observer,
                    ..
                } if o == org);
            if (same_listing || its_count || told_of_them || beside_them)
                && let Some(o) = f.claim.org_mut()
            {
                *o = better;
            }
        }
        s.resolved.borrow_mut().push(better);
    }
}

/// Whether the sentence's words within `span` (bytes) name organisation `org`.
fn names_org_within(s: &Sentence<'_, '_>, span: &Range<u32>, org: OrgId) -> bool {
    s.items.iter().any(|it| {
        it.start >= span.start && it.end <= span.end && it.entity() == Some(Entity::Org(org))
    })
}

/// Whether the sentence's words within `span` (bytes) call organisation `org` by a noun of its
/// name ("the partnership" for the Partnership for Peace).
fn calls_org_within(s: &Sentence<'_, '_>, span: &Range<u32>, org: OrgId) -> bool {
    let names = &s.lexicon.org(org).names;
    s.items.iter().any(|it| {
        it.start >= span.start
            && it.end <= span.end
            && it.is_any(NAMED_NOUNS)
            && names
                .iter()
                .any(|n| n.split(' ').any(|w| w.eq_ignore_ascii_case(it.text)))
    })
}

/// Whether an item is a state mention that can act (a name or a capital).
pub fn is_state_item(i: &Item<'_>) -> bool {
    matches!(i.entity(), Some(Entity::State(_) | Entity::Capital(_)))
}

/// The label of an interview's turn at item `k` ("Q:", "A:", "Question:", "Answer:"), if one
/// stands there.
pub fn interview_label<'i, 't>(items: &'i [Item<'t>], k: usize) -> Option<&'i Item<'t>> {
    let w = items.get(k)?;
    (w.is_any(&["q", "a", "question", "answer"])
        && w.starts_upper()
        && items.get(k + 1)?.is_punct(':'))
    .then_some(w)
}

/// Whether item `k` names a treaty the lexicon does not know: "treaty" after a capitalised
/// word or an acronym ("the START treaty", "the Non-Proliferation Treaty"), or "Treaty" opening
/// its own name ("the Treaty on Conventional Armed Forces in Europe").
pub fn unknown_treaty_at(items: &[Item<'_>], k: usize) -> bool {
    let w = &items[k];
    if w.kind != Kind::Word || !w.is_any(&["treaty", "pact"]) {
        return false;
    }
    let named_before = k >= 2
        && items[k - 1].kind == Kind::Word
        && items[k - 1].starts_upper()
        && !items[k - 1].is_any(&["the", "this", "that", "a", "an", "its", "their", "our"])
        && !items[k - 2].is_punct('.');
    // (not a date after it: "acceded to the Treaty on 31 December", "the Treaty on Monday")
    let dated = |q: usize| {
        items.get(q).is_some_and(|d| {
            num(d).is_some()
                || dates::month_of(d).is_some()
                || dates::weekday_of(d).is_some()
                || d.is_any(&["the", "that", "this"])
                    && items.get(q + 1).is_some_and(|e| {
                        e.is_any(&["same", "day", "eve", "occasion", "following"])
                            || num(e).is_some()
                    })
        })
    };
    let own_name = w.text.starts_with('T')
        && items.get(k + 1).is_some_and(|n| {
            n.is_any(&["on", "of", "between", "for"]) && !(n.is("on") && dated(k + 2))
        });
    named_before || own_name
}

/// Whether an item is a number word or figure.
pub fn num(i: &Item<'_>) -> Option<u64> {
    match i.kind {
        Kind::Num(v) => Some(v),
        _ => None,
    }
}

/// Whether a sentence counts a group of states or people ("Four Central Asian states", "two
/// observers"), by its words alone (it may not have been tokenised).
pub fn counts_a_group(text: &str) -> bool {
    const GROUPS: &[&str] = &[
        "states",
        "countries",
        "nations",
        "republics",
        "members",
        "observers",
        "guests",
        "ministers",
        "delegations",
        "governments",
        "leaders",
        "presidents",
        "neighbours",
        "neighbors",
    ];
    let is_number = |w: &str| {
        tokens::number_word(w).is_some_and(|n| (2..=12).contains(&n))
            || w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
    };
    // (words since the last number: a group noun within three of it)
    let mut since: Option<u8> = None;
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if let Some(k) = since
            && GROUPS.iter().any(|n| w.eq_ignore_ascii_case(n))
            && k < 3
        {
            return true;
        }
        since = if is_number(w) {
            Some(0)
        } else {
            since.map(|k| k.saturating_add(1))
        };
    }
    false
}

/// Whether the number at item `n` counts a change, not a total: "lost three members", "gained
/// two signatories", "added four more".
pub fn counts_a_change(items: &[Item<'_>], n: usize) -> bool {
    n >= 1
        && items[n - 1].is_any(&[
            "lost", "lose", "loses", "losing", "shed", "sheds", "gained", "gain", "gains",
            "gaining", "added", "adds", "adding", "expelled",
        ])
}

/// Whether the organisation's name at item `k` stands for the organisation itself, for "it" or
/// "its membership" to point back to: not a name qualifying a noun ("for a Commonwealth
/// summit"); a possessive is still the organisation's ("the treaty's first term had expired,
/// and three of its parties"), unless it names a place ("at NATO's anniversary summit"; "days
/// before GUUAM's Yalta summit" is still GUUAM's); its members counted stand for it ("the four
/// GUAM states ... that group"; not "the other CIS states").
fn stands_for_itself(items: &[Item<'_>], k: usize) -> bool {
    let after = |w: &str| items.get(k + 1).is_some_and(|i| i.text == w);
    if after("'s") {
        let place = k >= 1
            && items[k - 1].is_any(&["at", "in", "during"])
            && items[k + 2..(k + 5).min(items.len())]
                .iter()
                .any(|w| w.is_any(membership::MODIFIED_NOUNS));
        return !place || !membership::is_modifier(items, k + 1);
    }
    !membership::is_modifier(items, k + 1)
        || k >= 1
            && num(&items[k - 1]).is_some()
            && items.get(k + 1).is_some_and(|w| {
                w.is_any(&["states", "countries", "members", "partners", "nations"])
            })
}

#[cfg(test)]
mod tests {
    use super::counts_a_group;

    #[test]
    fn a_sentence_counting_a_group() {
        assert!(counts_a_group("Four Central Asian states stayed away."));
        assert!(counts_a_group("The 12 members met."));
        assert!(!counts_a_group(
            "The five have no secretariat and no budget."
        ));
        assert!(!counts_a_group("Four years later the states met."));
    }
}
