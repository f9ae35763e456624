//! Membership claims: events (signed, joined, withdrew, suspended, rejoined, founded) told by
//! a verb, and statuses (member, not_member, observer, associate) told by a copula, an
//! appositive, a list after "members", or "the bloc includes ...".

use super::dates::{DATE_PREPOSITIONS, find_date, month_of, year_of};
use super::grammar::{Toks, index_of, org_anaphor, org_name, phrase, state_list};
use super::modality::{is_aux, modality};
use super::tokens::Item;
use super::{Discourse, Sentence, is_state_item};
use crate::date::{Day, Interval};
use crate::fact::{Claim, Event, Modality};
use crate::lexicon::{Entity, OrgId, StateId};
use std::ops::Range;

/// How a verb phrase relates its subject to the organisation.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Verb {
    /// An event ("joined").
    Event(Event),
    /// Non-renewal: a withdrawal whose negation is part of the verb ("did not renew").
    NotRenewed,
    /// A status told by a verb ("remains in", "stayed out of").
    Status(Event),
    /// An event on its way that has not happened yet ("is on its way out of").
    Plan(Event),
}

/// The verb phrases, longest first within each family.
const VERBS: &[(&str, Verb)] = &[
    ("put their names to", Verb::Event(Event::Signed)),
    ("put its name to", Verb::Event(Event::Signed)),
    ("put their signatures to", Verb::Event(Event::Signed)),
    ("put his signature to", Verb::Event(Event::Signed)),
    ("let its membership", Verb::Event(Event::Withdrew)),
    ("let their membership", Verb::Event(Event::Withdrew)),
    ("allowed its membership", Verb::Event(Event::Withdrew)),
    ("allowed their membership", Verb::Event(Event::Withdrew)),
    ("let its place", Verb::Event(Event::Withdrew)),
    ("let it lapse", Verb::Event(Event::Withdrew)),
    ("let it expire", Verb::Event(Event::Withdrew)),
    ("allowed it to lapse", Verb::Event(Event::Withdrew)),
    ("ceased to be a member of", Verb::Event(Event::Withdrew)),
    ("ceased to be members of", Verb::Event(Event::Withdrew)),
    ("ceased to be a member", Verb::Event(Event::Withdrew)),
    ("cease to be a member of", Verb::Event(Event::Withdrew)),
    ("cease to be members of", Verb::Event(Event::Withdrew)),
    ("cease to be a member", Verb::Event(Event::Withdrew)),
    ("ceases to be a member of", Verb::Event(Event::Withdrew)),
    ("ceases to be a member", Verb::Event(Event::Withdrew)),
    ("ceased to be parties to", Verb::Event(Event::Withdrew)),
    ("ceased to be part of", Verb::Event(Event::Withdrew)),
    ("stopped being a member of", Verb::Event(Event::Withdrew)),
    ("stopped being members of", Verb::Event(Event::Withdrew)),
    ("stopped being part of", Verb::Event(Event::Withdrew)),
    ("stopped being a party to", Verb::Event(Event::Withdrew)),
    ("ceased to be parties", Verb::Event(Event::Withdrew)),
    ("ceased to be a party to", Verb::Event(Event::Withdrew)),
    ("ceased to be a party", Verb::Event(Event::Withdrew)),
    ("cease to be a party to", Verb::Event(Event::Withdrew)),
    ("cease to be parties to", Verb::Event(Event::Withdrew)),
    ("slammed the door on", Verb::Event(Event::Withdrew)),
    (
        "completed its withdrawal from",
        Verb::Event(Event::Withdrew),
    ),
    ("complete its withdrawal from", Verb::Event(Event::Withdrew)),
    (
        "completes its withdrawal from",
        Verb::Event(Event::Withdrew),
    ),
    (
        "completed their withdrawal from",
        Verb::Event(Event::Withdrew),
    ),
    ("completed its exit from", Verb::Event(Event::Withdrew)),
    ("formalised its exit from", Verb::Event(Event::Withdrew)),
    ("formalized its exit from", Verb::Event(Event::Withdrew)),
    (
        "formalised its withdrawal from",
        Verb::Event(Event::Withdrew),
    ),
    (
        "formalized its withdrawal from",
        Verb::Event(Event::Withdrew),
    ),
    ("walked away from", Verb::Event(Event::Withdrew)),
    ("walks away from", Verb::Event(Event::Withdrew)),
    ("came back into the fold", Verb::Event(Event::Rejoined)),
    ("come back into the fold", Verb::Event(Event::Rejoined)),
    ("put its membership", Verb::Event(Event::Suspended)),
    ("put its participation", Verb::Event(Event::Suspended)),
    ("is on its way out of", Verb::Plan(Event::Withdrew)),
    ("on its way out of", Verb::Plan(Event::Withdrew)),
    ("sit in", Verb::Status(Event::Member)),
    ("kept clear of", Verb::Status(Event::NotMember)),
    ("keeps clear of", Verb::Status(Event::NotMember)),
    ("keep clear of", Verb::Status(Event::NotMember)),
    ("stayed clear of", Verb::Status(Event::NotMember)),
    ("stays clear of", Verb::Status(Event::NotMember)),
    ("steered clear of", Verb::Status(Event::NotMember)),
    ("steers clear of", Verb::Status(Event::NotMember)),
    ("stay clear of", Verb::Status(Event::NotMember)),
    ("steer clear of", Verb::Status(Event::NotMember)),
    ("kept away from", Verb::Status(Event::NotMember)),
    ("keeps away from", Verb::Status(Event::NotMember)),
    ("keep away from", Verb::Status(Event::NotMember)),
    ("stayed away from", Verb::Status(Event::NotMember)),
    ("stays away from", Verb::Status(Event::NotMember)),
    ("came aboard", Verb::Event(Event::Joined)),
    ("came on board", Verb::Event(Event::Joined)),
    ("sit together in", Verb::Status(Event::Member)),
    ("sat together in", Verb::Status(Event::Member)),
    ("sits together in", Verb::Status(Event::Member)),
    ("come on board", Verb::Event(Event::Joined)),
    ("comes on board", Verb::Event(Event::Joined)),
    ("come aboard", Verb::Event(Event::Joined)),
    ("comes aboard", Verb::Event(Event::Joined)),
    ("climbed aboard", Verb::Event(Event::Joined)),
    ("sits inside", Verb::Status(Event::Member)),
    ("sat inside", Verb::Status(Event::Member)),
    ("sit inside", Verb::Status(Event::Member)),
    ("keeps its seat in", Verb::Status(Event::Member)),
    ("kept its seat in", Verb::Status(Event::Member)),
    ("keep its seat in", Verb::Status(Event::Member)),
    ("keep their seats in", Verb::Status(Event::Member)),
    ("kept their seats in", Verb::Status(Event::Member)),
    ("keeps his seat in", Verb::Status(Event::Member)),
    ("kept his seat in", Verb::Status(Event::Member)),
    ("retains its seat in", Verb::Status(Event::Member)),
    ("retained its seat in", Verb::Status(Event::Member)),
    ("keeps its place in", Verb::Status(Event::Member)),
    ("kept its place in", Verb::Status(Event::Member)),
    ("sits in", Verb::Status(Event::Member)),
    ("sat in", Verb::Status(Event::Member)),
    ("sitting in", Verb::Status(Event::Member)),
    ("remain inside", Verb::Status(Event::Member)),
    ("remains firmly inside", Verb::Status(Event::Member)),
    ("remain firmly inside", Verb::Status(Event::Member)),
    ("remained firmly inside", Verb::Status(Event::Member)),
    ("remains firmly in", Verb::Status(Event::Member)),
    ("remain firmly in", Verb::Status(Event::Member)),
    ("remains inside", Verb::Status(Event::Member)),
    ("remained inside", Verb::Status(Event::Member)),
    ("sit outside", Verb::Status(Event::NotMember)),
    ("sat outside", Verb::Status(Event::NotMember)),
    ("remain outside", Verb::Status(Event::NotMember)),
    ("stay outside", Verb::Status(Event::NotMember)),
    ("keeps out of", Verb::Status(Event::NotMember)),
    ("keep out of", Verb::Status(Event::NotMember)),
    ("remain part of", Verb::Status(Event::Member)),
    ("remained firmly in", Verb::Status(Event::Member)),
    ("was outside", Verb::Status(Event::NotMember)),
    ("were outside", Verb::Status(Event::NotMember)),
    ("had been outside", Verb::Status(Event::NotMember)),
    ("was part of", Verb::Status(Event::Member)),
    ("were part of", Verb::Status(Event::Member)),
    ("had been part of", Verb::Status(Event::Member)),
    ("had been in", Verb::Status(Event::Member)),
    ("has been in", Verb::Status(Event::Member)),
    ("have been in", Verb::Status(Event::Member)),
    ("took part in", Verb::Status(Event::Member)),
    ("had taken part in", Verb::Status(Event::Member)),
    ("sits outside", Verb::Status(Event::NotMember)),
    ("outside", Verb::Status(Event::NotMember)),
    // ("It has been out of the Collective Security Treaty since 1999"; not "took the country
    // out of the treaty")
    ("has been out of", Verb::Status(Event::NotMember)),
    ("have been out of", Verb::Status(Event::NotMember)),
    ("is out of", Verb::Status(Event::NotMember)),
    ("are out of", Verb::Status(Event::NotMember)),
    ("remains out of", Verb::Status(Event::NotMember)),
    ("remain out of", Verb::Status(Event::NotMember)),
    ("back inside", Verb::Status(Event::Member)),
    ("back in", Verb::Status(Event::Member)),
    ("is in", Verb::Status(Event::Member)),
    ("are in", Verb::Status(Event::Member)),
    ("was in", Verb::Status(Event::Member)),
    ("inside", Verb::Status(Event::Member)),
    ("has been outside", Verb::Status(Event::NotMember)),
    ("have been outside", Verb::Status(Event::NotMember)),
    ("is outside", Verb::Status(Event::NotMember)),
    ("are outside", Verb::Status(Event::NotMember)),
    ("stayed out", Verb::Status(Event::NotMember)),
    ("stays out", Verb::Status(Event::NotMember)),
    ("stay out", Verb::Status(Event::NotMember)),
    ("staying out", Verb::Status(Event::NotMember)),
    ("withdrawn", Verb::Event(Event::Withdrew)),
    ("has taken part in", Verb::Status(Event::Member)),
    ("have taken part in", Verb::Status(Event::Member)),
    ("takes part in", Verb::Status(Event::Member)),
    ("take part in", Verb::Status(Event::Member)),
    // ("Turkmenistan takes no part in the CSTO")
    ("takes no part in", Verb::Status(Event::NotMember)),
    ("take no part in", Verb::Status(Event::NotMember)),
    ("participates in", Verb::Status(Event::Member)),
    ("participate in", Verb::Status(Event::Member)),
    (
        "became an associate member of",
        Verb::Event(Event::Associate),
    ),
    (
        "become an associate member of",
        Verb::Event(Event::Associate),
    ),
    (
        "becomes an associate member of",
        Verb::Event(Event::Associate),
    ),
    ("became associate members of", Verb::Event(Event::Associate)),
    // ("became only an associate member of the CIS", "by becoming a mere associate member of
    // it", "downgraded itself to associate member of the CIS")
    (
        "became only an associate member of",
        Verb::Event(Event::Associate),
    ),
    (
        "became a mere associate member of",
        Verb::Event(Event::Associate),
    ),
    (
        "becoming an associate member of",
        Verb::Event(Event::Associate),
    ),
    (
        "becoming a mere associate member of",
        Verb::Event(Event::Associate),
    ),
    (
        "downgraded itself to associate member of",
        Verb::Event(Event::Associate),
    ),
    (
        "downgraded itself to an associate member of",
        Verb::Event(Event::Associate),
    ),
    (
        "downgraded its membership to associate status in",
        Verb::Event(Event::Associate),
    ),
    // (without the organisation: the one in question, as for "became an observer")
    ("became an associate member", Verb::Event(Event::Associate)),
    (
        "became only an associate member",
        Verb::Event(Event::Associate),
    ),
    (
        "became a mere associate member",
        Verb::Event(Event::Associate),
    ),
    ("became an observer in", Verb::Event(Event::Observer)),
    ("became an observer of", Verb::Event(Event::Observer)),
    ("became observers in", Verb::Event(Event::Observer)),
    ("became observers of", Verb::Event(Event::Observer)),
    ("become an observer in", Verb::Event(Event::Observer)),
    ("become an observer of", Verb::Event(Event::Observer)),
    ("become observers in", Verb::Event(Event::Observer)),
    ("become observers of", Verb::Event(Event::Observer)),
    // (without the organisation: the one in question, as for "joined")
    ("became an observer", Verb::Event(Event::Observer)),
    ("became observers", Verb::Event(Event::Observer)),
    ("become an observer", Verb::Event(Event::Observer)),
    ("become observers", Verb::Event(Event::Observer)),
    // ("Kyrgyzstan joined it in 1998, and Georgia became a member in June")
    ("became a member", Verb::Event(Event::Joined)),
    ("became a full member", Verb::Event(Event::Joined)),
    ("became members", Verb::Event(Event::Joined)),
    ("became full members", Verb::Event(Event::Joined)),
    ("make up", Verb::Status(Event::Member)),
    ("makes up", Verb::Status(Event::Member)),
    ("became full members of", Verb::Event(Event::Joined)),
    ("became a full member of", Verb::Event(Event::Joined)),
    ("became members of", Verb::Event(Event::Joined)),
    ("became a member of", Verb::Event(Event::Joined)),
    ("become members of", Verb::Event(Event::Joined)),
    ("become a member of", Verb::Event(Event::Joined)),
    ("becomes a member of", Verb::Event(Event::Joined)),
    ("became a party to", Verb::Event(Event::Joined)),
    ("became party to", Verb::Event(Event::Joined)),
    ("became parties to", Verb::Event(Event::Joined)),
    ("become a party to", Verb::Event(Event::Joined)),
    ("becomes a party to", Verb::Event(Event::Joined)),
    ("acceded to", Verb::Event(Event::Joined)),
    ("accede to", Verb::Event(Event::Joined)),
    ("accedes to", Verb::Event(Event::Joined)),
    ("acceded", Verb::Event(Event::Joined)),
    ("admitted to", Verb::Event(Event::Joined)),
    // Only in the passive, as "admitted" ("Uzbekistan was welcomed into GUAM"; the active
    // "welcomed Uzbekistan into" is an admission of its own).
    ("welcomed back into", Verb::Event(Event::Rejoined)),
    ("welcomed into", Verb::Event(Event::Joined)),
    ("admitted into", Verb::Event(Event::Joined)),
    // Only in the passive ("Uzbekistan was formally admitted at a summit"): see `verb_at`.
    ("admitted", Verb::Event(Event::Joined)),
    ("signed up to", Verb::Event(Event::Joined)),
    ("signed on to", Verb::Event(Event::Joined)),
    ("signs on to", Verb::Event(Event::Joined)),
    ("sign on to", Verb::Event(Event::Joined)),
    ("signed up", Verb::Event(Event::Joined)),
    ("sign up to", Verb::Event(Event::Joined)),
    ("signs up to", Verb::Event(Event::Joined)),
    ("signing up to", Verb::Event(Event::Joined)),
    ("sign up", Verb::Event(Event::Joined)),
    ("signs up", Verb::Event(Event::Joined)),
    ("been enrolled in", Verb::Status(Event::Member)),
    ("enrolled in", Verb::Event(Event::Joined)),
    // ("Russia itself enrolled last June", "the earliest Commonwealth state to enrol"; only
    // with no object, see `verb_at`)
    ("enrolled", Verb::Event(Event::Joined)),
    ("enrol", Verb::Event(Event::Joined)),
    ("joined", Verb::Event(Event::Joined)),
    ("join", Verb::Event(Event::Joined)),
    ("joins", Verb::Event(Event::Joined)),
    ("joining", Verb::Event(Event::Joined)),
    ("entered", Verb::Event(Event::Joined)),
    // ("will formally enter the World Trade Organization in August": an organisation after it)
    ("enter", Verb::Event(Event::Joined)),
    ("enters", Verb::Event(Event::Joined)),
    ("entering", Verb::Event(Event::Joined)),
    // "Azerbaijan, Georgia and Belarus came in during 1993": only without an object.
    ("came in", Verb::Event(Event::Joined)),
    ("readmitted to", Verb::Event(Event::Rejoined)),
    ("readmitted into", Verb::Event(Event::Rejoined)),
    ("re-admitted to", Verb::Event(Event::Rejoined)),
    // Only in the passive, as "admitted".
    ("readmitted", Verb::Event(Event::Rejoined)),
    ("re-admitted", Verb::Event(Event::Rejoined)),
    ("rejoined", Verb::Event(Event::Rejoined)),
    ("rejoin", Verb::Event(Event::Rejoined)),
    ("rejoins", Verb::Event(Event::Rejoined)),
    ("rejoining", Verb::Event(Event::Rejoined)),
    ("re-joined", Verb::Event(Event::Rejoined)),
    ("re-entered", Verb::Event(Event::Rejoined)),
    ("re-enter", Verb::Event(Event::Rejoined)),
    ("reentered", Verb::Event(Event::Rejoined)),
    ("returned to", Verb::Event(Event::Rejoined)),
    ("return to", Verb::Event(Event::Rejoined)),
    ("returns to", Verb::Event(Event::Rejoined)),
    ("came back into", Verb::Event(Event::Rejoined)),
    // (more ways of saying it: how a state takes up, gives up, suspends or resumes a membership)
    ("took up membership of", Verb::Event(Event::Joined)),
    ("took up membership in", Verb::Event(Event::Joined)),
    ("gained membership of", Verb::Event(Event::Joined)),
    ("gained membership in", Verb::Event(Event::Joined)),
    ("won membership of", Verb::Event(Event::Joined)),
    ("won membership in", Verb::Event(Event::Joined)),
    ("obtained membership of", Verb::Event(Event::Joined)),
    ("obtained membership in", Verb::Event(Event::Joined)),
    ("was granted membership of", Verb::Event(Event::Joined)),
    ("was granted membership in", Verb::Event(Event::Joined)),
    ("were granted membership of", Verb::Event(Event::Joined)),
    ("were granted membership in", Verb::Event(Event::Joined)),
    ("was accepted into", Verb::Event(Event::Joined)),
    ("were accepted into", Verb::Event(Event::Joined)),
    ("completed its accession to", Verb::Event(Event::Joined)),
    ("completed their accession to", Verb::Event(Event::Joined)),
    ("was brought into", Verb::Event(Event::Joined)),
    ("were brought into", Verb::Event(Event::Joined)),
    ("gave up its membership of", Verb::Event(Event::Withdrew)),
    ("gave up their membership of", Verb::Event(Event::Withdrew)),
    ("gave up its membership in", Verb::Event(Event::Withdrew)),
    ("gave up their membership in", Verb::Event(Event::Withdrew)),
    ("ended its membership of", Verb::Event(Event::Withdrew)),
    ("ended their membership of", Verb::Event(Event::Withdrew)),
    ("ended its membership in", Verb::Event(Event::Withdrew)),
    ("ended their membership in", Verb::Event(Event::Withdrew)),
    ("terminated its membership of", Verb::Event(Event::Withdrew)),
    (
        "terminated their membership of",
        Verb::Event(Event::Withdrew),
    ),
    ("terminated its membership in", Verb::Event(Event::Withdrew)),
    (
        "terminated their membership in",
        Verb::Event(Event::Withdrew),
    ),
    ("bowed out of", Verb::Event(Event::Withdrew)),
    ("opted out of", Verb::Event(Event::Withdrew)),
    ("seceded from", Verb::Event(Event::Withdrew)),
    ("stepped out of", Verb::Event(Event::Withdrew)),
    ("resigned from", Verb::Event(Event::Withdrew)),
    ("halted its participation in", Verb::Event(Event::Suspended)),
    (
        "halted their participation in",
        Verb::Event(Event::Suspended),
    ),
    ("suspended its activity in", Verb::Event(Event::Suspended)),
    ("suspended their activity in", Verb::Event(Event::Suspended)),
    ("suspended its activities in", Verb::Event(Event::Suspended)),
    (
        "suspended their activities in",
        Verb::Event(Event::Suspended),
    ),
    ("went back into", Verb::Event(Event::Rejoined)),
    ("went back to", Verb::Event(Event::Rejoined)),
    ("resumed its membership of", Verb::Event(Event::Rejoined)),
    ("resumed their membership of", Verb::Event(Event::Rejoined)),
    ("resumed its membership in", Verb::Event(Event::Rejoined)),
    ("resumed their membership in", Verb::Event(Event::Rejoined)),
    ("resumed its participation in", Verb::Event(Event::Rejoined)),
    (
        "resumed their participation in",
        Verb::Event(Event::Rejoined),
    ),
    (
        "resumed full participation in",
        Verb::Event(Event::Rejoined),
    ),
    ("renewed its membership of", Verb::Event(Event::Rejoined)),
    ("renewed their membership of", Verb::Event(Event::Rejoined)),
    ("reinstated its membership of", Verb::Event(Event::Rejoined)),
    (
        "reinstated their membership of",
        Verb::Event(Event::Rejoined),
    ),
    ("reinstated its membership in", Verb::Event(Event::Rejoined)),
    (
        "reinstated their membership in",
        Verb::Event(Event::Rejoined),
    ),
    ("gave birth to", Verb::Event(Event::Founded)),
    ("brought into being", Verb::Event(Event::Founded)),
    ("came back to", Verb::Event(Event::Rejoined)),
    // ("Georgia, which came into the grouping in December": only into an organisation named
    // or pointed back to right after, see `verb_at`)
    ("came into", Verb::Event(Event::Joined)),
    ("come into", Verb::Event(Event::Joined)),
    ("comes into", Verb::Event(Event::Joined)),
    // ("Lithuania got into the WTO on 31 May": likewise only into an organisation right after)
    ("got into", Verb::Event(Event::Joined)),
    ("gets into", Verb::Event(Event::Joined)),
    ("get into", Verb::Event(Event::Joined)),
    ("walked back into", Verb::Event(Event::Rejoined)),
    ("walks back into", Verb::Event(Event::Rejoined)),
    ("walk back into", Verb::Event(Event::Rejoined)),
    ("come back to", Verb::Event(Event::Rejoined)),
    ("comes back to", Verb::Event(Event::Rejoined)),
    ("come back into", Verb::Event(Event::Rejoined)),
    ("comes back into", Verb::Event(Event::Rejoined)),
    ("restored its membership in", Verb::Event(Event::Rejoined)),
    ("restored its membership of", Verb::Event(Event::Rejoined)),
    ("renewed its membership in", Verb::Event(Event::Rejoined)),
    ("put its name to", Verb::Event(Event::Signed)),
    ("put their names to", Verb::Event(Event::Signed)),
    ("put its signature to", Verb::Event(Event::Signed)),
    ("put their signatures to", Verb::Event(Event::Signed)),
    ("helped to found", Verb::Event(Event::Founded)),
    ("helped found", Verb::Event(Event::Founded)),
    ("helped to set up", Verb::Event(Event::Founded)),
    ("helped set up", Verb::Event(Event::Founded)),
    ("signed", Verb::Event(Event::Signed)),
    ("sign", Verb::Event(Event::Signed)),
    ("signs", Verb::Event(Event::Signed)),
    ("signing", Verb::Event(Event::Signed)),
    ("co-signed", Verb::Event(Event::Signed)),
    ("withdrew from", Verb::Event(Event::Withdrew)),
    ("withdraw from", Verb::Event(Event::Withdrew)),
    ("withdraws from", Verb::Event(Event::Withdrew)),
    ("withdrawn from", Verb::Event(Event::Withdrew)),
    ("withdrawing from", Verb::Event(Event::Withdrew)),
    ("pulled out of", Verb::Event(Event::Withdrew)),
    ("pull out of", Verb::Event(Event::Withdrew)),
    ("pulls out of", Verb::Event(Event::Withdrew)),
    ("pulling out of", Verb::Event(Event::Withdrew)),
    ("dropped out of", Verb::Event(Event::Withdrew)),
    ("drop out of", Verb::Event(Event::Withdrew)),
    ("drops out of", Verb::Event(Event::Withdrew)),
    ("walked out of", Verb::Event(Event::Withdrew)),
    ("pulled out", Verb::Event(Event::Withdrew)),
    ("pulling out", Verb::Event(Event::Withdrew)),
    ("pull out", Verb::Event(Event::Withdrew)),
    ("dropped out", Verb::Event(Event::Withdrew)),
    ("withdrew", Verb::Event(Event::Withdrew)),
    ("withdraw", Verb::Event(Event::Withdrew)),
    ("walked out", Verb::Event(Event::Withdrew)),
    ("expelled from", Verb::Event(Event::Withdrew)),
    ("exited", Verb::Event(Event::Withdrew)),
    ("quit", Verb::Event(Event::Withdrew)),
    ("quits", Verb::Event(Event::Withdrew)),
    ("quitting", Verb::Event(Event::Withdrew)),
    ("left", Verb::Event(Event::Withdrew)),
    ("leave", Verb::Event(Event::Withdrew)),
    ("leaves", Verb::Event(Event::Withdrew)),
    ("leaving", Verb::Event(Event::Withdrew)),
    ("abandoned", Verb::Event(Event::Withdrew)),
    ("renounced", Verb::Event(Event::Withdrew)),
    ("not renew", Verb::NotRenewed),
    ("not to renew", Verb::NotRenewed),
    ("not prolong", Verb::NotRenewed),
    ("not to prolong", Verb::NotRenewed),
    ("not extend", Verb::NotRenewed),
    ("not to extend", Verb::NotRenewed),
    ("n't renew", Verb::NotRenewed),
    ("declined to renew", Verb::NotRenewed),
    ("declined to extend", Verb::NotRenewed),
    ("refused to extend", Verb::NotRenewed),
    ("failed to extend", Verb::NotRenewed),
    ("failed to prolong", Verb::NotRenewed),
    ("refused to renew", Verb::NotRenewed),
    ("failed to renew", Verb::NotRenewed),
    ("refused to prolong", Verb::NotRenewed),
    ("declined to prolong", Verb::NotRenewed),
    ("stopped taking part in", Verb::Event(Event::Suspended)),
    ("stopped participating in", Verb::Event(Event::Suspended)),
    // ("Uzbekistan stopped taking part last year", "stopped attending the group's meetings")
    ("stopped taking part", Verb::Event(Event::Suspended)),
    ("stopped attending", Verb::Event(Event::Suspended)),
    ("ceased taking part in", Verb::Event(Event::Suspended)),
    ("ceased participating in", Verb::Event(Event::Suspended)),
    ("ceased to take part in", Verb::Event(Event::Suspended)),
    ("ceased to participate in", Verb::Event(Event::Suspended)),
    // ("has ceased to take part", as "stopped taking part")
    ("ceased to take part", Verb::Event(Event::Suspended)),
    ("ceased taking part", Verb::Event(Event::Suspended)),
    ("stop taking part in", Verb::Event(Event::Suspended)),
    ("suspended", Verb::Event(Event::Suspended)),
    ("suspend", Verb::Event(Event::Suspended)),
    ("suspends", Verb::Event(Event::Suspended)),
    ("suspending", Verb::Event(Event::Suspended)),
    ("froze", Verb::Event(Event::Suspended)),
    ("frozen", Verb::Event(Event::Suspended)),
    ("freeze", Verb::Event(Event::Suspended)),
    ("formed", Verb::Event(Event::Founded)),
    ("form", Verb::Event(Event::Founded)),
    ("founded", Verb::Event(Event::Founded)),
    ("created", Verb::Event(Event::Founded)),
    ("create", Verb::Event(Event::Founded)),
    ("set up", Verb::Event(Event::Founded)),
    ("put together", Verb::Event(Event::Founded)),
    ("established", Verb::Event(Event::Founded)),
    ("establish", Verb::Event(Event::Founded)),
    ("launched", Verb::Event(Event::Founded)),
    ("co-founded", Verb::Event(Event::Founded)),
    // ("proclaimed the creation of the Shanghai Cooperation Organisation")
    ("proclaimed the creation of", Verb::Event(Event::Founded)),
    (
        "proclaimed the establishment of",
        Verb::Event(Event::Founded),
    ),
    ("proclaimed the formation of", Verb::Event(Event::Founded)),
    ("proclaimed the founding of", Verb::Event(Event::Founded)),
    ("proclaimed the birth of", Verb::Event(Event::Founded)),
    ("announced the creation of", Verb::Event(Event::Founded)),
    (
        "announced the establishment of",
        Verb::Event(Event::Founded),
    ),
    ("announced the formation of", Verb::Event(Event::Founded)),
    ("announced the founding of", Verb::Event(Event::Founded)),
    ("announced the birth of", Verb::Event(Event::Founded)),
    ("declared the creation of", Verb::Event(Event::Founded)),
    ("declared the establishment of", Verb::Event(Event::Founded)),
    ("declared the formation of", Verb::Event(Event::Founded)),
    ("declared the founding of", Verb::Event(Event::Founded)),
    ("declared the birth of", Verb::Event(Event::Founded)),
    ("proclaimed", Verb::Event(Event::Founded)),
    // (gerunds only after "by": "responded by forming GUAM"; see `verb_at`)
    ("forming", Verb::Event(Event::Founded)),
    ("founding", Verb::Event(Event::Founded)),
    ("creating", Verb::Event(Event::Founded)),
    ("establishing", Verb::Event(Event::Founded)),
    ("launching", Verb::Event(Event::Founded)),
    ("stayed out of", Verb::Status(Event::NotMember)),
    ("stays out of", Verb::Status(Event::NotMember)),
    ("stay out of", Verb::Status(Event::NotMember)),
    ("kept out of", Verb::Status(Event::NotMember)),
    ("remains outside", Verb::Status(Event::NotMember)),
    ("remained outside", Verb::Status(Event::NotMember)),
    ("stays outside", Verb::Status(Event::NotMember)),
    ("stayed outside", Verb::Status(Event::NotMember)),
    ("stands outside", Verb::Status(Event::NotMember)),
    ("stand outside", Verb::Status(Event::NotMember)),
    ("stood outside", Verb::Status(Event::NotMember)),
    ("has been in", Verb::Status(Event::Member)),
    ("have been in", Verb::Status(Event::Member)),
    ("remains in", Verb::Status(Event::Member)),
    ("remain in", Verb::Status(Event::Member)),
    ("remained in", Verb::Status(Event::Member)),
    ("stays in", Verb::Status(Event::Member)),
    ("stayed in", Verb::Status(Event::Member)),
    ("stay in", Verb::Status(Event::Member)),
    // ("Azerbaijan is staying in the Commonwealth"; not "the states staying in the treaty")
    ("is staying in", Verb::Status(Event::Member)),
    ("are staying in", Verb::Status(Event::Member)),
    ("bound by", Verb::Status(Event::Member)),
    ("bound to one another by", Verb::Status(Event::Member)),
    ("bound to each other by", Verb::Status(Event::Member)),
    ("remains part of", Verb::Status(Event::Member)),
    ("remained part of", Verb::Status(Event::Member)),
    ("is part of", Verb::Status(Event::Member)),
    ("are part of", Verb::Status(Event::Member)),
    ("has been part of", Verb::Status(Event::Member)),
    ("have been part of", Verb::Status(Event::Member)),
    ("belongs to", Verb::Status(Event::Member)),
    ("holds membership of", Verb::Status(Event::Member)),
    ("holds membership in", Verb::Status(Event::Member)),
    ("hold membership of", Verb::Status(Event::Member)),
    ("hold membership in", Verb::Status(Event::Member)),
    ("belong to", Verb::Status(Event::Member)),
    ("belonged to", Verb::Status(Event::Member)),
    // ("belong both to the SCO and to the CSTO")
    ("belongs both to", Verb::Status(Event::Member)),
    ("belong both to", Verb::Status(Event::Member)),
];

/// The verb phrase starting at item `i`, with its end.
fn verb_at(items: &[Item<'_>], i: usize) -> Option<(Verb, usize)> {
    // Only phrases whose first word is here are tried (an index built once).
    static BY_FIRST: std::sync::OnceLock<std::collections::HashMap<String, Vec<usize>>> =
        std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut map: std::collections::HashMap<String, Vec<usize>> =
            std::collections::HashMap::new();
        for (n, (p, _)) in VERBS.iter().enumerate() {
            let first = p.split([' ', '-']).next().unwrap_or("").to_string();
            map.entry(first).or_default().push(n);
        }
        map
    });
    let item = items.get(i)?;
    if !matches!(item.kind, super::tokens::Kind::Word) {
        return None;
    }
    // The word in lower case, without allocating (every word of a candidate sentence comes here).
    let mut buf = [0u8; 32];
    let bytes = item.text.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    for (b, c) in buf.iter_mut().zip(bytes) {
        *b = c.to_ascii_lowercase();
    }
    let first = std::str::from_utf8(&buf[..bytes.len()]).ok()?;
    // "becoming an associate member of", "forming" and the like only after "by" ("by becoming
    // a mere associate member of the CIS", "responded by forming GUAM"; "is becoming one in all
    // but name" tells a trend, "the founding members" are members).
    if matches!(
        first,
        "becoming" | "forming" | "founding" | "creating" | "establishing" | "launching"
    ) && !(i > 0 && items[i - 1].is("by"))
    {
        return None;
    }
    // "Nor is it in EurAsEC", "Neither are they in the customs union": a bare "in" after an
    // inverted denial's subject is the status.
    if first == "in"
        && i >= 3
        && (items[i - 1].is_any(&["it", "they"]) || is_state_item(&items[i - 1]))
        && items[i - 2].is_any(&["is", "are", "was", "were"])
        && items[i - 3].is_any(&["nor", "neither"])
    {
        return Some((Verb::Status(Event::Member), i + 1));
    }
    // "Kyrgyzstan signed on at the end of March", "signed on in 1996": a joining of the
    // organisation in question (not "signed on Monday", "signed on 15 May", "on the same day")
    if matches!(first, "signed" | "signs" | "sign")
        && items.get(i + 1).is_some_and(|w| w.is("on"))
        && items.get(i + 2).is_some_and(|w| {
            w.is_punct(',')
                || w.is_punct('.')
                || w.is_punct(';')
                || w.is_dash()
                || w.is_any(&["at", "too", "later", "soon", "as", "only", "in"])
        })
    {
        return Some((Verb::Event(Event::Joined), i + 2));
    }
    // "Georgia has no part in the new organisation": only an organisation named or pointed to
    // by a noun (not "has no part in it", a force or a deal told before)
    if matches!(first, "has" | "have")
        && items.get(i + 1).is_some_and(|w| w.is("no"))
        && items.get(i + 2).is_some_and(|w| w.is("part"))
        && items.get(i + 3).is_some_and(|w| w.is("in"))
    {
        let the = usize::from(items.get(i + 4).is_some_and(|w| w.is("the")));
        let named = items
            .get(i + 4 + the)
            .is_some_and(|w| matches!(w.entity(), Some(Entity::Org(_))))
            || org_anaphor(Toks(&items[i + 4..])).is_ok();
        return named.then_some((Verb::Status(Event::NotMember), i + 4));
    }
    // A bare "enrolled", "to enrol": with no object ("Russia itself enrolled last June"; not
    // "enrolled 200 troops in a PfP exercise", nor "is enrolled")
    if matches!(first, "enrolled" | "enrol")
        && (items.get(i + 1).is_some_and(|w| {
            w.kind != super::tokens::Kind::Word
                && !w.is_punct(',')
                && !w.is_punct('.')
                && !w.is_punct(';')
                && !w.is_dash()
                || w.kind == super::tokens::Kind::Word
                    && !w.is_any(DATE_PREPOSITIONS)
                    && !w.is_any(&["last", "this", "early", "late", "too", "as", "first"])
        }) || i > 0 && items[i - 1].is_any(&["is", "are", "was", "were", "been", "be"]))
    {
        return None;
    }
    // "came into the grouping", "came into the Commonwealth": only into an organisation right
    // after (not "came into force", "came into conflict with")
    if matches!(first, "came" | "come" | "comes" | "got" | "gets" | "get")
        && items.get(i + 1).is_some_and(|w| w.is("into"))
    {
        let the = usize::from(items.get(i + 2).is_some_and(|w| w.is("the")));
        let named = items.get(i + 2 + the).is_some_and(|w| {
            matches!(w.entity(), Some(Entity::Org(_)))
                || the == 1 && w.is_any(super::grammar::ORG_ANAPHORS)
        });
        // (the organisation itself, not "Commonwealth territory")
        let after_ok = !items.get(i + 3 + the).is_some_and(|w| {
            w.is_any(&[
                "territory",
                "airspace",
                "waters",
                "space",
                "zone",
                "region",
                "area",
                "summit",
                "meeting",
                "session",
                "talks",
                "force",
                "conflict",
            ])
        });
        if !named || !after_ok || is_modifier(items, i + 3 + the) {
            return None;
        }
    }
    // "came back to the CSTO", "went back to the treaty": only to an organisation right after
    // (not "came back to the negotiating table with the EU")
    if matches!(first, "came" | "come" | "comes" | "went")
        && items.get(i + 1).is_some_and(|w| w.is("back"))
        && items.get(i + 2).is_some_and(|w| w.is("to"))
    {
        let the = usize::from(
            items
                .get(i + 3)
                .is_some_and(|w| w.is_any(&["the", "its", "their"])),
        );
        let named = items.get(i + 3 + the).is_some_and(|w| {
            matches!(w.entity(), Some(Entity::Org(_)))
                || the == 1 && w.is_any(super::grammar::ORG_ANAPHORS)
        });
        // (not back for something: "went back to the CSTO for help", "came back to the CSTO
        // with a request")
        let after = i + 4 + the;
        if !named
            || items.get(after).is_some_and(|w| w.is_any(&["for", "with"]))
            || items.get(after).is_some_and(|w| w.is("to"))
                && items.get(after + 1).is_some_and(|w| {
                    w.kind == super::tokens::Kind::Word && w.text.chars().all(|c| c.is_lowercase())
                })
        {
            return None;
        }
    }
    // "belongs neither to the SCO nor to the CSTO": the verb, its objects denied (see
    // `OBJECT_FILLER`)
    if matches!(first, "belongs" | "belong" | "belonged")
        && items.get(i + 1).is_some_and(|w| w.is("neither"))
        && items.get(i + 2).is_some_and(|w| w.is("to"))
    {
        return Some((Verb::Status(Event::Member), i + 1));
    }
    // "belongs these days to GUUAM", "belongs now to the CSTO": over a time adverb, to the
    // object after "to"
    // ("belong as well to the treaty", "acceded too to the Collective Security Treaty": over
    // an adverb of addition)
    if matches!(
        first,
        "belongs" | "belong" | "acceded" | "accede" | "accedes"
    ) {
        let adverb = match (items.get(i + 1), items.get(i + 2)) {
            (Some(a), Some(b)) if a.is("these") && b.is("days") => 2,
            (Some(a), Some(b)) if a.is("as") && b.is("well") => 2,
            (Some(a), _) if a.is_any(&["now", "nowadays", "today", "still"]) => 1,
            (Some(a), _) if a.is_any(&["also", "too", "likewise"]) => 1,
            _ => 0,
        };
        let verb = if first.starts_with("belong") {
            Verb::Status(Event::Member)
        } else {
            Verb::Event(Event::Joined)
        };
        if adverb > 0 && items.get(i + 1 + adverb).is_some_and(|w| w.is("to")) {
            return Some((verb, i + 2 + adverb));
        }
    }
    // "has belonged since 1996 to the customs union", "belongs since May to GUUAM": over the
    // date the belonging runs from, to the object after "to"
    if matches!(first, "belongs" | "belong" | "belonged")
        && items.get(i + 1).is_some_and(|w| w.is("since"))
        && let Some(to) = (i + 3..(i + 7).min(items.len())).find(|&q| items[q].is("to"))
        && items[i + 2..to].iter().all(|w| {
            super::num(w).is_some()
                || w.kind == super::tokens::Kind::Word
                    && (super::dates::month_of(w).is_some()
                        || w.is_any(&["the", "early", "late", "mid", "end", "of", "spring"]))
        })
        && items[i + 2..to].iter().any(|w| super::num(w).is_some())
    {
        return Some((Verb::Status(Event::Member), to + 1));
    }
    // "the six states that remain active in it", "stays firmly in the CSTO": over an adverb
    // or adjective of the staying, to the object after "in"
    if matches!(
        first,
        "remain" | "remains" | "remained" | "stay" | "stays" | "stayed"
    ) && items
        .get(i + 1)
        .is_some_and(|w| w.is_any(&["active", "firmly", "fully", "squarely"]))
        && items.get(i + 2).is_some_and(|w| w.is("in"))
    {
        return Some((Verb::Status(Event::Member), i + 3));
    }
    // "belong with Tajikistan and Russia to the treaty": the verb, then the states it is
    // shared with, then its object (see `companions_after_verb`)
    if matches!(first, "belongs" | "belong" | "belonged")
        && companions_after_verb(items, i + 1).is_some_and(|(_, e)| items[e].is("to"))
    {
        return Some((Verb::Status(Event::Member), i + 1));
    }
    // "became the sixth member of the SCO", "became the newest member of the WTO"
    if matches!(first, "became" | "become" | "becomes")
        && items.get(i + 1).is_some_and(|w| w.is("the"))
        && items.get(i + 2).is_some_and(|w| {
            w.is_any(ORDINALS) || {
                // ("the 156th member")
                let t = w.text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                !t.is_empty()
                    && t.len() + 2 == w.text.len()
                    && t.bytes().all(|b| b.is_ascii_digit())
            }
        })
    {
        let mut k = i + 3;
        if items.get(k).is_some_and(|w| w.is("full")) {
            k += 1;
        }
        if items.get(k).is_some_and(|w| w.is("member"))
            && items.get(k + 1).is_some_and(|w| w.is("of"))
        {
            return Some((Verb::Event(Event::Joined), k + 2));
        }
    }
    // "Georgia and Moldova do not sit together in GUAM" denies the togetherness, not the
    // membership.
    if matches!(first, "sit" | "sat" | "sits")
        && items.get(i + 1).is_some_and(|w| w.is("together"))
        && items[i.saturating_sub(2)..i]
            .iter()
            .any(|w| w.is_any(&["not", "never", "n't", "no", "longer"]))
    {
        return None;
    }
    // "once Belarus came on board" a plan, an agreement or a force: no membership; nor with
    // no organisation in its sentence ("The CSTO's force is taking shape. Belarus has now come
    // on board").
    if matches!(first, "came" | "come" | "comes")
        && items.get(i + 1).is_some_and(|w| w.is("on"))
        && items.get(i + 2).is_some_and(|w| w.is("board"))
        && (!items.iter().any(|w| {
            matches!(w.entity(), Some(Entity::Org(_))) || w.is_any(super::grammar::ORG_ANAPHORS)
        }) || items.iter().any(|w| {
            w.is_any(&[
                "plan",
                "plans",
                "agreement",
                "agreements",
                "force",
                "deal",
                "project",
                "initiative",
                "accord",
                "scheme",
                "declaration",
                "base",
                "pipeline",
                "proposal",
                "idea",
                "programme",
                "program",
                "effort",
                "talks",
                "mission",
            ])
        }))
    {
        return None;
    }
    // "the four states left in the group", "Only Armenia is left in the CSTO": those
    // remaining, no departure.
    if first == "left"
        && i > 0
        && (items[i - 1].is_any(STATE_NOUNS)
            || items[i - 1].is_any(&[
                "members", "ones", "is", "are", "was", "were", "be", "been", "still",
            ]))
        && items
            .get(i + 1)
            .is_some_and(|w| w.is_any(&["in", "inside", "within"]))
    {
        return None;
    }
    // "quit GUUAM in May, leaving the group with four members", "leaving six": what the
    // departure left behind, no departure of its own.
    if first == "leaving"
        && i > 0
        && items[i - 1].is_punct(',')
        && (i + 1..(i + 5).min(items.len()))
            .any(|k| items[k].is("with") || super::num(&items[k]).is_some())
    {
        return None;
    }
    // "restored its full membership of the organisation", "restored his country's membership
    // in the CSTO": a few words of whose membership it is between.
    if matches!(first, "restored" | "restores" | "restore" | "restoring")
        && let Some(m) = (i + 2..(i + 6).min(items.len())).find(|&k| items[k].is("membership"))
        && items[i + 1..m].iter().all(|w| {
            (w.kind == super::tokens::Kind::Word || matches!(w.entity(), Some(Entity::State(_))))
                && !w.is_any(&["and", "or", "but", "to"])
        })
        && items.get(m + 1).is_some_and(|w| w.is_any(&["in", "of"]))
    {
        return Some((Verb::Event(Event::Rejoined), m + 2));
    }
    // "set it up", "set the group up": the object sits inside the phrasal verb.
    if matches!(first, "set" | "sets" | "setting")
        && !items.get(i + 1).is_some_and(|w| w.is("up"))
        && (i + 2..(i + 5).min(items.len()))
            .any(|k| items[k].is("up") && !items[i + 1..k].iter().any(|w| w.is_punct(',')))
    {
        return Some((Verb::Event(Event::Founded), i + 1));
    }
    // "declined on Friday to renew", "refused this month to prolong": a renewal declined with
    // its date between (read where the date is searched for, in the clause).
    if matches!(first, "declined" | "refused" | "failed")
        && let Some(to) = (i + 2..(i + 6).min(items.len())).find(|&k| items[k].is("to"))
        && items[i + 1..to].iter().all(|w| {
            w.is_any(&[
                "on", "in", "at", "this", "last", "early", "late", "the", "of",
            ]) || super::dates::weekday_of(w).is_some()
                || super::dates::month_of(w).is_some()
                || w.is_any(&[
                    "week", "month", "year", "spring", "summer", "autumn", "winter",
                ])
                || w.text.bytes().all(|b| b.is_ascii_digit())
        })
        && items
            .get(to + 1)
            .is_some_and(|w| w.is_any(&["renew", "prolong", "extend"]))
    {
        return Some((Verb::NotRenewed, to + 2));
    }
    // "declined this month to sign the protocol extending the treaty": so is the protocol
    // that renews it left unsigned.
    if matches!(first, "declined" | "refused" | "failed")
        && let Some(to) = (i + 1..(i + 6).min(items.len())).find(|&k| items[k].is("to"))
        && items.get(to + 1).is_some_and(|w| w.is("sign"))
        && items.get(to + 2).is_some_and(|w| w.is_any(&["the", "a"]))
        && items.get(to + 3).is_some_and(|w| w.is("protocol"))
        && items
            .get(to + 4)
            .is_some_and(|w| w.is_any(&["extending", "renewing", "prolonging"]))
        && items[i + 1..to].iter().all(|w| {
            matches!(
                w.kind,
                super::tokens::Kind::Word | super::tokens::Kind::Num(_)
            )
        })
    {
        return Some((Verb::NotRenewed, to + 5));
    }
    // "put its CSTO membership on hold", "put its membership of the CSTO on hold": a
    // suspension, of the organisation inside the phrase.
    if matches!(first, "put" | "puts" | "putting")
        && items
            .get(i + 1)
            .is_some_and(|w| w.is_any(&["its", "their"]))
        && let Some(m) = (i + 2..(i + 4).min(items.len()))
            .find(|&k| items[k].is_any(&["membership", "participation"]))
        && let Some(on) = (m + 1..(m + 6).min(items.len())).find(|&k| items[k].is("on"))
        && items.get(on + 1).is_some_and(|w| w.is("hold"))
        && items[m + 1..on]
            .iter()
            .all(|w| w.is_any(&["in", "of", "the"]) || matches!(w.entity(), Some(Entity::Org(_))))
    {
        return Some((Verb::Event(Event::Suspended), i + 1));
    }
    // "let its Collective Security Treaty membership lapse": the organisation inside the phrase.
    if matches!(first, "let" | "lets" | "letting" | "allowed" | "allowing")
        && items
            .get(i + 1)
            .is_some_and(|w| w.is_any(&["its", "their"]))
        // (or "let their treaty membership lapse")
        && let Some(o) = (i + 2..(i + 4).min(items.len())).find(|&k| {
            matches!(items[k].entity(), Some(Entity::Org(_)))
                || items[k].is_any(MEMBERSHIP_NOUN_ORGS)
        })
        && items
            .get(o + 1)
            .is_some_and(|w| w.is_any(&["membership", "memberships", "participation"]))
        && (o + 2..(o + 4).min(items.len()))
            .any(|k| items[k].is_any(&["lapse", "expire", "lapsed", "expired"]))
    {
        return Some((Verb::Event(Event::Withdrew), i + 1));
    }
    // "let its participation in the Tashkent Treaty lapse": the organisation after the noun.
    if matches!(first, "let" | "lets" | "letting" | "allowed" | "allowing")
        && items
            .get(i + 1)
            .is_some_and(|w| w.is_any(&["its", "their"]))
        && items
            .get(i + 2)
            .is_some_and(|w| w.is_any(&["membership", "memberships", "participation"]))
        && items.get(i + 3).is_some_and(|w| w.is_any(&["in", "of"]))
        && let the = usize::from(items.get(i + 4).is_some_and(|w| w.is("the")))
        // ("its membership of the old Tashkent Treaty")
        && let old = usize::from(
            the == 1 && items.get(i + 5).is_some_and(|w| w.is_any(&["old", "original"])),
        )
        && matches!(
            items.get(i + 4 + the + old).and_then(|w| w.entity()),
            Some(Entity::Org(_))
        )
        && items
            .get(i + 5 + the + old)
            .is_some_and(|w| w.is_any(&["lapse", "expire", "lapsed", "expired"]))
    {
        return Some((Verb::Event(Event::Withdrew), i + 1));
    }
    // "considering letting its membership lapse when the pact's term expires": the
    // organisation is the one whose term runs out (found as for any verb without an object).
    // ("letting their own membership lapse"; "let that membership lapse": the one told before)
    let own = usize::from(items.get(i + 2).is_some_and(|w| w.is("own")));
    if matches!(first, "let" | "lets" | "letting")
        && items
            .get(i + 1)
            .is_some_and(|w| w.is_any(&["its", "their", "that"]))
        && items
            .get(i + 2 + own)
            .is_some_and(|w| w.is_any(&["membership", "memberships", "participation"]))
        && items
            .get(i + 3 + own)
            .is_some_and(|w| w.is_any(&["lapse", "expire"]))
    {
        return Some((Verb::Event(Event::Withdrew), i + 4 + own));
    }
    // "Tashkent let that treaty lapse", "let the Tashkent Treaty expire": the organisation is
    // the object inside the phrase.
    if matches!(first, "let" | "lets" | "letting")
        && items
            .get(i + 1)
            .is_some_and(|w| w.is_any(&["the", "that", "this"]))
        && let Some(e) = (i + 2..(i + 7).min(items.len()))
            .find(|&k| items[k].is_any(&["lapse", "expire", "lapsed", "expired"]))
        && items[i + 2..e].iter().all(|w| {
            matches!(
                w.kind,
                super::tokens::Kind::Word | super::tokens::Kind::Name(_)
            )
        })
        // (the organisation itself lapses, not "the CIS visa regime")
        && (matches!(items[e - 1].entity(), Some(Entity::Org(_)))
            || items[e - 1].is_any(super::grammar::ORG_ANAPHORS))
    {
        return Some((Verb::Event(Event::Withdrew), i + 1));
    }
    // "are expected to follow them into the Union", "followed Georgia into the WTO": a joining,
    // of the organisation after "into".
    if matches!(first, "follow" | "follows" | "followed" | "following")
        && let Some(into) = (i + 2..(i + 6).min(items.len())).find(|&k| items[k].is("into"))
        && items[i + 1..into].iter().all(|w| {
            is_state_item(w)
                || w.is_any(&[
                    "them",
                    "it",
                    "her",
                    "its",
                    "their",
                    "and",
                    "neighbour",
                    "neighbours",
                ])
                || w.is_punct(',')
        })
        && org_alone(items, Toks(&items[into + 1..]))
    {
        return Some((Verb::Event(Event::Joined), into + 1));
    }
    // "Tashkent would like to join", "would like to rejoin the CSTO": the event after "like to",
    // still to come ("like" after "would" only: not "countries like Georgia joined")
    if first == "like"
        && i > 0
        && items[i - 1].is_any(&["would", "'d"])
        && items.get(i + 1).is_some_and(|w| w.is("to"))
        && let Some((Verb::Event(ev), end)) = verb_at(items, i + 2)
    {
        return Some((Verb::Plan(ev), end));
    }
    // "intends to apply for NATO membership", "is seeking membership of the EU": a joining
    // that is still to come.
    if matches!(
        first,
        "apply" | "applies" | "applied" | "applying" | "seek" | "seeks" | "seeking" | "sought"
    ) {
        let mut k = i + 1;
        if first.starts_with("appl") {
            if !items.get(k).is_some_and(|w| w.is("for")) {
                return None;
            }
            k += 1;
        }
        let noun = |w: &Item<'_>| w.is_any(&["membership", "accession", "admission"]);
        // "for NATO membership"
        if items
            .get(k)
            .is_some_and(|w| matches!(w.entity(), Some(Entity::Org(_))))
            && items.get(k + 1).is_some_and(noun)
        {
            return Some((Verb::Plan(Event::Joined), k));
        }
        // "for membership of the EU"
        if items.get(k).is_some_and(noun)
            && items
                .get(k + 1)
                .is_some_and(|w| w.is_any(&["of", "in", "to"]))
        {
            return Some((Verb::Plan(Event::Joined), k + 2));
        }
        return None;
    }
    // "is not part of GUAM", "is no longer in the CSTO", "was never part of the treaty": the
    // negation sits inside the copula's phrase, so the status starts after it (and the
    // negation, among the auxiliaries, makes it the opposite status).
    if matches!(first, "part" | "in")
        && negated_copula_before(items, i)
        && let Some(end) = if first == "part" {
            items
                .get(i + 1)
                .is_some_and(|w| w.is("of"))
                .then_some(i + 2)
        } else {
            // ("is not in the treaty", "were never in it")
            (org_alone(items, Toks(&items[i + 1..])) || anaphor_alone(Toks(&items[i + 1..])))
                .then_some(i + 1)
        }
    {
        return Some((Verb::Status(Event::Member), end));
    }
    // "Poland, in NATO since 1999, is ...": a bare status set off after the state it tells of.
    if first == "in"
        && i > 0
        && items[i - 1].is_punct(',')
        && let the = usize::from(items.get(i + 1).is_some_and(|w| w.is("the")))
        && let Ok((rest, _)) = org_name(Toks(items.get(i + 1 + the..)?))
        && rest.0.first().is_some_and(|w| w.is("since"))
    {
        return Some((Verb::Status(Event::Member), i + 1));
    }
    let candidates = by_first.get(first)?;
    // "Moscow admitted that ..." is no admission: bare "admitted" only after a passive auxiliary.
    let passive = || {
        (i.saturating_sub(2)..i)
            .any(|k| items[k].is_any(&["was", "were", "been", "be", "being", "is", "are"]))
    };
    candidates
        .iter()
        .find_map(|&n| {
            let (p, v) = VERBS[n];
            if matches!(
                p,
                "admitted" | "readmitted" | "re-admitted" | "welcomed into" | "welcomed back into"
            ) && !passive()
            {
                return None;
            }
            // "has form as a reluctant ally": a noun after "has" ("has formed" is the verb).
            if p == "form" && i > 0 && items[i - 1].is_any(&["has", "have", "had"]) {
                return None;
            }
            let (rest, ()) = phrase(p)(Toks(&items[i..])).ok()?;
            // "proclaimed the creation of the SCO": only of the organisation itself, named and
            // standing alone (not "announced the establishment of a CIS anti-terrorist centre",
            // "declared the formation of GUAM a mistake")
            if v == Verb::Event(Event::Founded) && p.ends_with(" of") && p.contains(" the ") {
                let the = usize::from(rest.0.first().is_some_and(|w| w.is("the")));
                let (after, _) = org_name(Toks(rest.0.get(the..)?)).ok()?;
                if after.0.first().is_some_and(|w| {
                    w.kind == super::tokens::Kind::Word
                        && !w.is_any(DATE_PREPOSITIONS)
                        && !w.is_any(&[
                            "and",
                            "by",
                            "with",
                            "as",
                            "last",
                            "this",
                            "that",
                            "which",
                            "when",
                            "after",
                            "before",
                            "earlier",
                            "later",
                            "together",
                            "alongside",
                            "yesterday",
                            "today",
                        ])
                }) {
                    return None;
                }
            }
            // "became a party to the treaty", not to "the dispute between the CIS and NATO" or
            // "the CIS agreement on visa-free travel" (the words up to the organisation, and
            // the one after it)
            if p.contains(" party to") || p.contains(" parties to") {
                let words = rest.0;
                let first_org = words
                    .iter()
                    .take(6)
                    .position(|w| matches!(w.entity(), Some(Entity::Org(_))));
                let upto = first_org.map_or(words.len().min(6), |q| (q + 2).min(words.len()));
                if words[..upto].iter().any(other_party_word) {
                    return None;
                }
            }
            // "back in the CSTO", "is in the CIS": only an organisation named right there and
            // standing alone ("quit the treaty back in the spring of 1999", "is in talks", "is
            // in the WTO talks", "is in the NATO-led coalition", "back in the GUUAM days").
            // ("is in neither", "are in both of them", "is in both organisations": the
            // organisations named before)
            let closes = |w: Option<&Item<'_>>| {
                w.is_none_or(|w| {
                    w.is_punct('.') || w.is_punct(',') || w.is_punct(';') || w.is("too")
                })
            };
            let both_or_neither = rest
                .0
                .first()
                .is_some_and(|w| w.is_any(&["both", "neither"]))
                && (closes(rest.0.get(1))
                    || rest.0.get(1).is_some_and(|w| w.is("of"))
                    || rest.0.get(1).is_some_and(|w| w.is_any(BOTH_NOUNS))
                        && closes(rest.0.get(2)));
            if matches!(p, "back in" | "is in" | "are in" | "was in")
                && !org_alone(items, rest)
                && !anaphor_alone(rest)
                && !both_or_neither
                || in_status(p, v) && org_qualifies(items, rest)
            {
                return None;
            }
            Some((v, index_of(items, rest)))
        })
        .or_else(|| {
            // "is now part of", "are still outside": an adverb inside a phrase that opens
            // with a copula or auxiliary.
            // "sits firmly inside", "kept well clear of": an adverb of manner in any of them.
            let manner = items.get(i + 1).is_some_and(|w| {
                w.is_any(&[
                    // ("belongs instead to GUUAM")
                    "instead",
                    "firmly",
                    "well",
                    "squarely",
                    "securely",
                    "resolutely",
                    "carefully",
                ])
            });
            let copula = matches!(
                first,
                "is" | "are" | "was" | "were" | "remains" | "remain" | "remained" | "has" | "have"
            );
            let adverb = items.get(i + 1).is_some_and(|w| {
                w.is_any(&[
                    "now",
                    "still",
                    "also",
                    "already",
                    "effectively",
                    "again",
                    "long",
                    // "have all been in the programme since 1994"
                    "all",
                    "both",
                    // ("none of them is yet in the WTO")
                    "yet",
                ])
            });
            // "both still sit, with differing degrees of enthusiasm, in the Commonwealth": a
            // status's phrase broken by an aside between commas.
            // (looked for only when no adverb opens the phrase: it reads the aside's words)
            let aside_end = (!(manner || copula && adverb)
                && items.get(i + 1).is_some_and(|w| w.is_punct(',')))
            .then(|| (i + 3..(i + 10).min(items.len())).find(|&c| items[c].is_punct(',')))
            .flatten()
            .filter(|&c| {
                // (an aside with a claim or a date of its own is no part of the phrase:
                // "remains, having suspended its membership in 2002, in GUUAM", "was, until
                // 2005, in GUUAM")
                !items[i + 2..c].iter().any(|w| {
                    w.entity().is_some()
                        || w.is_punct(';')
                        || w.is_dash()
                        || w.is_any(&["until", "till", "before", "after"])
                }) && !(i + 2..c).any(|k| verb_at(items, k).is_some())
            });
            let from = if manner || copula && adverb {
                i + 2
            } else if let Some(c) = aside_end {
                c + 1
            } else {
                return None;
            };
            candidates.iter().find_map(|&n| {
                let (p, v) = VERBS[n];
                if aside_end.is_some() && !matches!(v, Verb::Status(_)) {
                    return None;
                }
                let (_, tail) = p.split_once(' ')?;
                let (rest, ()) = phrase(tail)(Toks(&items[from..])).ok()?;
                // (an organisation right there: not "remains, for now, in talks", "are both in
                // the NATO queue", "is still in the GUAM-led coalition")
                if aside_end.is_some() && !org_alone(items, rest)
                    || in_status(p, v) && org_qualifies(items, rest)
                {
                    return None;
                }
                Some((v, index_of(items, rest)))
            })
        })
}

/// "the GUAM group of Georgia, Ukraine, Azerbaijan and Moldova", "the customs union of Russia,
/// Belarus and Kazakhstan": an organisation named by the states in it (at least two), each a
/// member when the sentence is told (not "a CIS summit of Russia and Belarus").
fn org_of_states(s: &mut Sentence<'_, '_>, m: usize, org: OrgId) {
    let items = s.items;
    let mut k = m + 1;
    if items
        .get(k)
        .is_some_and(|w| w.is_any(&["group", "grouping", "bloc", "club", "alliance", "forum"]))
    {
        k += 1;
    }
    // ("the Shanghai Five — China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan —", "the
    // SCO (China, Russia, ...)": the list set off right after the name, and closed)
    // (or between commas before the verb: "the leaders of the so-called Shanghai Five, China,
    // Russia, Kazakhstan, Kyrgyzstan and Tajikistan, gathered in ...")
    let opener = items.get(m + 1).and_then(|w| {
        if w.is_punct('(') {
            Some(Bracket::Paren)
        } else if w.is_dash() {
            Some(Bracket::Dash)
        } else if w.is_punct(',') {
            Some(Bracket::Comma)
        } else {
            None
        }
    });
    // (not the list of someone's: "the four founders of GUUAM—A, B, C and D—", "the leaders of
    // the organisation—A, B—")
    // (nor a list of those in it, after a preposition: "the six states that still adhere to
    // the 1992 Collective Security Treaty—A, B, ...—", "the states staying in the treaty—A, B—")
    let mut p = m;
    while p > 0 && (items[p - 1].is("the") || year_of(&items[p - 1]).is_some()) {
        p -= 1;
    }
    let of_someone = || {
        p >= 1
            && items[p - 1].is_any(&[
                "of", "to", "in", "into", "from", "with", "within", "outside",
            ])
            || verb_object(items, p)
    };
    if opener.is_none() && !items.get(k).is_some_and(|w| w.is("of"))
        || m > 0 && items[m - 1].text == "'s"
        || opener.is_some_and(|o| o != Bracket::Comma) && of_someone()
        || opener == Some(Bracket::Comma) && !subject_position(items, p, s.clause(m).start)
    {
        return;
    }
    let from = if opener.is_some() { m + 2 } else { k + 1 };
    let Ok((rest, states)) = state_list(Toks(&items[from..])) else {
        return;
    };
    if let Some(bracket) = opener {
        let closed = rest.0.first().is_some_and(|w| match bracket {
            Bracket::Paren => w.is_punct(')'),
            Bracket::Dash => w.is_dash(),
            Bracket::Comma => w.is_punct(',') && rest.0.get(1).is_some_and(finite_verb),
        });
        if !closed {
            return;
        }
    }
    // (a list that goes on into a possessive or a compound names something else: "the union of
    // Russia and Belarus's making")
    if states.len() < 2
        || rest.0.first().is_some_and(|w| {
            w.text == "'s" || w.kind == super::tokens::Kind::Dash { joining: true }
        })
    {
        return;
    }
    let end = index_of(items, rest);
    let clause = s.clause(m);
    let (modality, _) = modality(&[], &items[clause.clone()], m - clause.start);
    // Only the union itself, as it stands: not "a planned customs union of ...", "the proposed
    // customs union", "talks on a customs union", "if the customs union of ... takes shape",
    // "the customs union of ... never materialised".
    let described = m > 0
        && items[m - 1].kind == super::tokens::Kind::Word
        && !items[m - 1].is_any(&["the", "of"])
        && items[m - 1]
            .text
            .chars()
            .all(|c| c.is_lowercase() || c == '-');
    if modality != Modality::Asserted && modality != Modality::Hedged
        || described
        || items[clause.start..m]
            .iter()
            .any(|w| w.is_any(&["if", "unless", "whether", "talks", "plans", "plan"]))
        || items[end.min(clause.end)..clause.end]
            .iter()
            .take(4)
            .any(|w| w.is_any(&["not", "never", "n't"]))
    {
        return;
    }
    // ("At its Astana summit in July the SCO — A, B, C — asked ...": set off, the members of
    // an organisation in a dated past event are so at that event's date)
    push_members_after(s, m, states, org, m..end, m);
}

/// "GUAM, the other club Georgia belongs to, ...", "the bloc Armenia and Belarus belong to":
/// a noun for an organisation, then the states that belong to it, the relative word left out.
/// The organisation is the one named right before, in apposition, else the one the noun
/// points to.
fn club_it_belongs_to(s: &mut Sentence<'_, '_>, m: usize) {
    let items = s.items;
    let Ok((rest, states)) = state_list(Toks(&items[m + 1..])) else {
        return;
    };
    let v = index_of(items, rest);
    let mut e = v;
    while items
        .get(e)
        .is_some_and(|w| w.is_any(&["also", "still", "now", "all", "both", "already"]))
    {
        e += 1;
    }
    let past = items.get(e).is_some_and(|w| w.is("belonged"));
    if !(items
        .get(e)
        .is_some_and(|w| w.is_any(&["belong", "belongs"]))
        || past)
        || !items.get(e + 1).is_some_and(|w| w.is("to"))
        || items
            .get(e + 2)
            .is_some_and(|w| w.kind == super::tokens::Kind::Word)
    {
        return;
    }
    // (the noun's phrase: "the", "that", "the other", "the one"; set off after a name)
    let mut d = m;
    while d > 0 && items[d - 1].is_any(&["other", "only", "one", "same", "Moscow-led"]) {
        d -= 1;
    }
    if d == 0 || !items[d - 1].is_any(&["the", "that", "this"]) {
        return;
    }
    let named = (d >= 3 && (items[d - 2].is_punct(',') || items[d - 2].is_dash()))
        .then(|| match items[d - 3].entity() {
            Some(Entity::Org(o)) => Some(o),
            _ => None,
        })
        .flatten();
    let Some(org) = named.or_else(|| s.anaphor_org(d - 1)) else {
        return;
    };
    push_belonging(s, org, &states, e, past, d - 1..e + 2);
}

/// The states that "belong" (or "belonged", `past`) to an organisation, the verb at item `v`:
/// members, as firmly and when the verb's clause tells.
fn push_belonging(
    s: &mut Sentence<'_, '_>,
    org: OrgId,
    states: &[StateId],
    v: usize,
    past: bool,
    span: Range<usize>,
) {
    let clause = s.clause(v);
    let (modality, _) = modality(&[], &s.items[clause.clone()], v - clause.start);
    let when = time_for(s, Event::Member, clause, v, past);
    push_statuses(s, &[org], states, Event::Member, when, modality, span, past);
}

/// Whether an organisation's name starting at item `p` opens the clause (`clause_start`), or
/// its leaders or members do ("the leaders of the so-called Shanghai Five"): where a list set
/// off by commas after it is its members, not others beside it ("Alongside NATO, A and B,
/// sent troops", "The neighbours of the CSTO, A and B, watched").
fn subject_position(items: &[Item<'_>], p: usize, clause_start: usize) -> bool {
    // (at the clause's start, or after an opening phrase of time or place: "On 3 July", "Last
    // Friday", "In Almaty,")
    let opens_at = |r: usize| {
        r == clause_start
            || (items[clause_start].is_any(DATE_PREPOSITIONS)
                || items[clause_start].is_any(&["last", "this", "yesterday", "earlier"]))
                && r - clause_start <= 5
                && !items[clause_start..r].iter().any(|w| w.entity().is_some())
    };
    let mut q = p;
    while q > clause_start && items[q - 1].is("the") {
        q -= 1;
    }
    if opens_at(q) {
        return true;
    }
    q >= 2
        && items[q - 1].is("of")
        && items[q - 2].is_any(&[
            "leaders",
            "presidents",
            "heads",
            "members",
            "states",
            "countries",
            "governments",
            "delegations",
            "ministers",
            "founders",
        ])
        && {
            let mut r = q - 2;
            while r > clause_start && items[r - 1].is_any(&["the", "foreign", "defence", "prime"]) {
                r -= 1;
            }
            opens_at(r)
        }
}

/// Whether a phrase ends right before item `at`: the sentence's end, a full stop, a comma, a
/// semicolon or a dash ("..., the four GUAM members, do not.", "were A, B and C.").
fn closes_phrase(items: &[Item<'_>], at: usize) -> bool {
    items
        .get(at)
        .is_none_or(|w| w.is_punct('.') || w.is_punct(',') || w.is_punct(';') || w.is_dash())
}

/// How the list after an organisation's name is set off.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bracket {
    Paren,
    Dash,
    Comma,
}

/// Whether a word is plainly a finite verb, as after a subject set off by commas ("the Shanghai
/// Five, China, ..., gathered", "..., met", "..., have agreed"); not "however", "respectively".
fn finite_verb(w: &Item<'_>) -> bool {
    w.kind == super::tokens::Kind::Word
        && (w.text.len() > 4 && w.text.ends_with("ed") && w.text.chars().all(|c| c.is_lowercase())
            || w.is_any(&[
                "met", "are", "were", "have", "had", "has", "will", "would", "held", "said",
                "sent", "took", "set", "signed", "remain", "agree", "meet", "gather", "hold",
                "say", "sit", "sat", "came", "come", "went", "gave", "made", "became", "began",
                "grew",
            ]))
}

/// Whether a verb of the table ends right before item `p` ("the two states that left
/// GUUAM—A, B—joined NATO": the list after the organisation is not its members; but "the four
/// that remain in GUAM—A, B, C and D" are).
fn verb_object(items: &[Item<'_>], p: usize) -> bool {
    // (in a relative clause: "Uzbekistan left GUUAM—A, B, C and D—in May" names them)
    (p.saturating_sub(4)..p).any(|q| {
        verb_at(items, q).is_some_and(|(v, e)| e == p && !matches!(v, Verb::Status(Event::Member)))
            && (q.saturating_sub(3)..q).any(|r| items[r].is_any(&["that", "which", "who"]))
    })
}

/// Whether phrase `p` of the verb table tells a status by where a state is ("remains in", "sits
/// inside").
fn in_status(p: &str, v: Verb) -> bool {
    matches!(v, Verb::Status(Event::Member)) && (p.ends_with(" in") || p.ends_with(" inside"))
}

/// Whether `rest` opens with an organisation's name that qualifies something else ("remains in
/// the NATO queue", "stays in the NATO-led mission"): then the place is not the organisation.
fn org_qualifies(items: &[Item<'_>], rest: Toks<'_>) -> bool {
    let the = usize::from(rest.0.first().is_some_and(|w| w.is("the")));
    let Some(Ok((after, _))) = rest.0.get(the..).map(|r| org_name(Toks(r))) else {
        return false;
    };
    after.0.first().is_some_and(|w| {
        w.kind == super::tokens::Kind::Dash { joining: true }
            || w.is_any(&[
                "queue",
                "coalition",
                "camp",
                "orbit",
                "talks",
                "process",
                "era",
            ])
    }) || is_modifier(items, index_of(items, after))
}

/// Whether item `k` is a document noun qualified as one between states ("the friendship
/// treaty", "a basing agreement", "the border accord").
fn bilateral_document(items: &[Item<'_>], k: usize) -> bool {
    k > 0
        && items
            .get(k)
            .is_some_and(|w| w.is_any(&["treaty", "agreement", "accord", "pact", "deal"]))
        && items[k - 1].is_any(&[
            "friendship",
            "bilateral",
            "basing",
            "base",
            "border",
            "gas",
            "trade",
            "lease",
            "peace",
            "non-aggression",
            "union",
            "cooperation",
            "co-operation",
            "partnership",
            "arms",
        ])
}

/// Whether the words right before item `i` are a copula and a negation: "is not", "are no
/// longer", "was never", "has never been", "is not yet".
fn negated_copula_before(items: &[Item<'_>], i: usize) -> bool {
    let (mut negation, mut copula) = (false, false);
    for w in items[i.saturating_sub(5)..i].iter().rev() {
        if w.is_any(&["not", "never", "longer", "no", "neither"]) {
            negation = true;
        } else if w.is_any(&["is", "are", "was", "were", "been"]) {
            copula = true;
        } else if !w.is_any(&[
            "yet", "now", "still", "even", "has", "have", "had", "already", "actually",
        ]) {
            break;
        }
    }
    negation && copula
}

/// Nouns for an organisation that stand before "membership" ("let their treaty membership
/// lapse").
const MEMBERSHIP_NOUN_ORGS: &[&str] = &["treaty", "pact", "alliance", "bloc"];

/// Verbs by which a grouping described is given its name ("a forum diplomats christened GUAM").
const NAMING_VERBS: &[&str] = &[
    "called",
    "named",
    "nicknamed",
    "dubbed",
    "christened",
    "christen",
    "dub",
    "call",
    "calling",
    "known",
];

/// Words that can stand between a verb and its organisation ("withdrew its membership from the").
const OBJECT_FILLER: &[&str] = &[
    "its",
    "their",
    "the",
    "a",
    "an",
    "membership",
    "participation",
    // ("suspended its part in GUUAM")
    "part",
    "in",
    "of",
    "from",
    "to",
    "into",
    "with",
    "formally",
    "officially",
    "full",
    "fully",
    "finally",
    "eventually",
    "effectively",
    "altogether",
    "entirely",
    "Russian-led",
    "Moscow-led",
    "collective",
    "security",
    "own",
    "status",
    "as",
    "member",
    "members",
    "ranks",
    "work",
    "activities",
    "then",
    "newly",
    "renamed",
    "new",
    "old",
    "original",
    "up",
    "out",
    "ties",
    "pro-Western",
    "protocol",
    "agreement",
    "charter",
    // ("signed a declaration founding the Shanghai Cooperation Organisation")
    "declaration",
    "this",
    "that",
    "whole",
    "founding",
    "treaty",
    "establishing",
    "creating",
    "constituent",
    "documents",
    "document",
    // ("signed the original text on 15 May 1992")
    "text",
    "accords",
    "lapse",
    "expire",
    "to",
    "both",
    // ("belongs to neither NATO nor the CSTO": denied below)
    "neither",
];

/// "the rival GUUAM group", "the pro-Western GUUAM", "the loose, Western-leaning GUAM": how
/// many items of lowercase adjectives (and compounds of them) stand at item `k`, right after
/// "the", before an organisation's name.
fn adjectives_before_org(items: &[Item<'_>], k: usize) -> Option<usize> {
    if k == 0 || !items[k - 1].is("the") {
        return None;
    }
    let adjective = |w: &Item<'_>| {
        w.kind == super::tokens::Kind::Word
            && w.text.len() > 2
            && !w.is_any(&["and", "or", "old", "other", "same", "former", "then"])
            && w.text.chars().all(|c| c.is_alphabetic())
    };
    // ("members of the planned customs union", "the proposed SCO": not yet the organisation)
    if items[k..(k + 5).min(items.len())]
        .iter()
        .take_while(|w| w.entity().is_none())
        .any(|w| w.is_any(NOT_YET))
    {
        return None;
    }
    let mut j = k;
    while j < items.len() && j < k + 5 {
        if matches!(items[j].entity(), Some(Entity::Org(_))) {
            return (j > k).then_some(j - k);
        }
        // ("the pro-Western GUUAM group", "the nine-member treaty", "the pro-Russian CSTO")
        let part = |w: &Item<'_>| {
            adjective(w)
                || matches!(w.kind, super::tokens::Kind::Num(_))
                    && w.text.chars().all(char::is_alphabetic)
                // ("the Russian-Belarusian customs union")
                || matches!(w.entity(), Some(Entity::State(_) | Entity::Adjective(_)))
                    && w.text.chars().all(char::is_alphabetic)
        };
        let compound = part(&items[j])
            && items
                .get(j + 1)
                .is_some_and(|d| d.kind == super::tokens::Kind::Dash { joining: true })
            && items.get(j + 2).is_some_and(part);
        if compound {
            j += 3;
        } else if adjective(&items[j]) && items[j].text.starts_with(|c: char| c.is_lowercase()) {
            j += 1;
        } else {
            return None;
        }
    }
    None
}

/// Words that make an organisation one still to come ("the planned customs union").
const NOT_YET: &[&str] = &[
    "planned",
    "proposed",
    "future",
    "would-be",
    "putative",
    "prospective",
    "projected",
    "envisaged",
    "mooted",
    "intended",
];

/// Whether item `k` is a year standing before an organisation's name ("the 1992 Collective
/// Security Treaty").
fn year_before_org(items: &[Item<'_>], k: usize) -> bool {
    is_year(items, k)
        && matches!(
            items.get(k + 1).and_then(|w| w.entity()),
            Some(Entity::Org(_))
        )
}

/// Whether item `k` is a year naming an organisation, before its name or after it ("the
/// Collective Security Treaty of 1992").
fn year_naming_org(items: &[Item<'_>], k: usize) -> bool {
    year_before_org(items, k)
        || is_year(items, k)
            && k >= 2
            && items[k - 1].is("of")
            && matches!(items[k - 2].entity(), Some(Entity::Org(_)))
}

/// Whether item `k` is a number that can be a year of ours.
fn is_year(items: &[Item<'_>], k: usize) -> bool {
    items
        .get(k)
        .and_then(super::num)
        .is_some_and(|y| (1900..2100).contains(&y))
}

/// Whether the item at `i`, right after an organisation's name, shows the name qualifies a noun
/// ("the CSTO summit", "GUAM's secretariat") rather than standing for the organisation.
pub(super) fn is_modifier(items: &[Item<'_>], i: usize) -> bool {
    let Some(next) = items.get(i) else {
        return false;
    };
    // (the tokenizer writes a curly possessive as "'s" too)
    if next.text == "'s" {
        // "stopped taking part in GUUAM's activities" is about the organisation itself, and so
        // is "signed GUUAM's first charter".
        let mut k = i + 1;
        while items
            .get(k)
            .is_some_and(|w| w.is_any(&["first", "founding", "new", "original", "own"]))
        {
            k += 1;
        }
        // (not "GUAM's charter talks")
        // ("signed the Commonwealth's founding agreement": only its founding one)
        let founding = k > i + 1 && items[i + 1..k].iter().any(|w| w.is("founding"));
        let document = items.get(k).is_some_and(|w| {
            w.is_any(&["charter", "statute", "statutes"])
                || founding
                    && w.is_any(&[
                        "agreement",
                        "agreements",
                        "accords",
                        "accord",
                        "treaty",
                        "document",
                        "documents",
                        "declaration",
                    ])
        }) && items.get(k + 1).is_none_or(|w| {
            w.kind != super::tokens::Kind::Word
                || w.is_any(DATE_PREPOSITIONS)
                || w.is_any(&["and", "at", "with", "that", "which", "when", "as", "by"])
        });
        return !(items.get(i + 1).is_some_and(|w| w.is_any(PARTICIPATION)) || document);
    }
    // "the NATO-Russia Founding Act", "the EU-Ukraine summit": something between the two.
    if next.kind == (super::tokens::Kind::Dash { joining: true })
        && items.get(i + 1).is_some_and(|w| {
            matches!(w.entity(), Some(Entity::State(_)))
                || w.kind == super::tokens::Kind::Word && w.text.starts_with(char::is_uppercase)
        })
    {
        return true;
    }
    // "the NATO-led force", "an EU-backed mission": something the organisation leads.
    if next.kind == (super::tokens::Kind::Dash { joining: true })
        && items.get(i + 1).is_some_and(|w| {
            w.is_any(&[
                "led",
                "backed",
                "sponsored",
                "brokered",
                "run",
                "style",
                "type",
            ])
        })
    {
        return true;
    }
    // A noun that an organisation's name commonly qualifies ("the CSTO summit", "the CIS
    // secretariat", "the SCO's forces"), or another organisation's name ("the CIS customs
    // union talks").
    // ("the NATO Individual Partnership Action Plan", "the GUAM Youth Network": a name of
    // something else that begins with it; not "the CIS Charter", its own)
    let word = next.kind == super::tokens::Kind::Word;
    let named_after = word
        && next.text.starts_with(char::is_uppercase)
        && month_of(next).is_none()
        && !next.is_any(&["charter", "statute", "statutes"]);
    // ("signed the Partnership for Peace Framework Document": how a state joins it)
    if next.is("framework") && items.get(i + 1).is_some_and(|w| w.is("document")) {
        return false;
    }
    // ("the CIS migration agreement", "the EU action plan": a document of a kind it adopts)
    let document_of = word
        && next.text.starts_with(char::is_lowercase)
        && !next.is_any(&["founding", "constituent", "own", "first", "new"])
        && items.get(i + 1).is_some_and(|w| {
            w.is_any(&[
                "agreement",
                "agreements",
                "plan",
                "accord",
                "declaration",
                "deal",
                "protocol",
                "document",
            ])
        });
    // ("the Partnership for Peace Framework Document": another name of the same body)
    let same_body = i > 0 && next.entity().is_some() && items[i - 1].entity() == next.entity();
    next.is_any(MODIFIED_NOUNS)
        || matches!(next.entity(), Some(Entity::Org(_))) && !same_body
        || named_after
        || document_of
}

/// What a state takes part in when it takes part in an organisation's work.
const PARTICIPATION: &[&str] = &[
    "activities",
    "work",
    "meetings",
    "structures",
    "affairs",
    "sessions",
    "summits",
    "events",
    "ranks",
    "institutions",
];

/// Nouns an organisation's name qualifies: the name then stands for something other than the
/// organisation itself.
pub(super) const MODIFIED_NOUNS: &[&str] = &[
    // "the CSTO rapid reaction force", "the CIS free trade zone", "the CIS customs accord"
    "rapid",
    // ("came back into the CSTO headlines", "the CSTO debate")
    "headlines",
    // ("came back to the GUUAM negotiating table", "the WTO working party", "outside the CSTO
    // building")
    "negotiating",
    "working",
    "building",
    "debate",
    "conversation",
    // ("a letter against NATO enlargement")
    "enlargement",
    "expansion",
    // ("out of the CIS air-defence system", "the CIS energy talks")
    "air",
    "air-defence",
    "air-defense",
    "system",
    "systems",
    "talks",
    "negotiations",
    "energy",
    // ("stays out of the CIS military structures", "signs CIS documents selectively", "left
    // CIS bodies one by one")
    "military",
    "defence",
    "defense",
    "documents",
    "bodies",
    "agreements",
    "decisions",
    "institutions",
    "collective",
    "free",
    "customs",
    "accord",
    "zone",
    "pact",
    "summit",
    "summits",
    "contact",
    "meeting",
    "meetings",
    "secretariat",
    "secretary",
    "secretary-general",
    "council",
    "councils",
    "exercise",
    "exercises",
    "drills",
    "force",
    "forces",
    "troops",
    "peacekeepers",
    "peacekeeping",
    "headquarters",
    "chairmanship",
    "chair",
    "presidency",
    "leaders",
    "leadership",
    "ministers",
    "minister",
    // ("the SCO foreign ministers", "the SCO heads of state", "the CIS prime ministers", "the
    // CIS Inter-Parliamentary Assembly")
    "foreign",
    "heads",
    "prime",
    "inter-parliamentary",
    "interparliamentary",
    "inter",
    "mission",
    "missions",
    "operation",
    "operations",
    "budget",
    "staff",
    "rules",
    "standards",
    "zone",
    "area",
    "market",
    "markets",
    "bank",
    "parliament",
    "assembly",
    "commission",
    "committee",
    "observers",
    "monitors",
    "base",
    "bases",
    "structures",
    "framework",
    "format",
    "session",
    "sessions",
    "states",
    "countries",
    "members",
    "partners",
    "officials",
    "diplomats",
    "envoy",
    "envoys",
    "statement",
    "communique",
    "initiative",
    "project",
    "projects",
    "programme",
    "program",
    "plan",
    "plans",
    "pipeline",
    "corridor",
    "route",
    "space",
    // ("hopes to join NATO talks", "the WTO negotiations")
    "talks",
    "negotiations",
    "accession",
];

/// "a consultative forum", "a new grouping" at `from`: an organisation described as what it is,
/// not named (the index of its noun); not "a working group", "a joint task force".
fn described_forum(items: &[Item<'_>], from: usize, end: usize) -> Option<usize> {
    if !items.get(from)?.is_any(&["a", "an"]) {
        return None;
    }
    let n =
        (from + 1..(from + 4).min(end)).find(|&j| items[j].is_any(super::grammar::ORG_ANAPHORS))?;
    items[from + 1..n]
        .iter()
        .all(|w| {
            w.kind == super::tokens::Kind::Word
                && w.text.chars().all(|c| c.is_lowercase() || c == '-')
                && !w.is_any(&[
                    "working",
                    "contact",
                    "task",
                    "expert",
                    "experts",
                    "joint",
                    "negotiating",
                    "steering",
                    "study",
                    "monitoring",
                    "parliamentary",
                    "business",
                    "youth",
                    "friendship",
                ])
        })
        .then_some(n)
}

/// Whether the grouping whose noun is item `n` is described by what it is about or made of
/// ("a forum on Black Sea security", "a forum for dialogue with the EU", "a grouping of energy
/// companies", "a forum with Turkey"; not "of their own", nor a date: "a forum on Friday"): then
/// it is something else, unless a name follows.
fn about_something(items: &[Item<'_>], n: usize) -> bool {
    // (not a date: "a consultative forum on Friday", "on October 10")
    let dated = || {
        items.get(n + 2).is_some_and(|x| {
            month_of(x).is_some()
                || super::dates::weekday_of(x).is_some()
                || matches!(x.kind, super::tokens::Kind::Num(_))
                || x.is_any(&["the", "that", "this"])
                    && items.get(n + 3).is_some_and(|y| {
                        y.is_any(&["same", "following", "next", "sidelines", "eve", "margins"])
                            || super::num(y).is_some()
                    })
        })
    };
    items.get(n + 1).is_some_and(|w| {
        w.is_any(&["for", "with", "against", "to"])
            || w.is("on") && !dated()
            || w.is("of")
                && !items
                    .get(n + 2)
                    .is_some_and(|x| x.is_any(&["their", "its", "his"]))
    })
}

/// The organisation a verb ending at `from` applies to.
/// "belong with Tajikistan and Russia to the treaty", "joined together with Kyrgyzstan in
/// 1996": the states named right after a verb as sharing it with its subject, and where they
/// end (at a preposition of the object).
fn companions_after_verb(items: &[Item<'_>], v: usize) -> Option<(Vec<StateId>, usize)> {
    let w = v + usize::from(
        items
            .get(v)
            .is_some_and(|w| w.is_any(&["together", "along"])),
    );
    if !items.get(w).is_some_and(|x| x.is("with")) {
        return None;
    }
    let (rest, states) = state_list(Toks(items.get(w + 1..)?)).ok()?;
    let end = index_of(items, rest);
    items
        .get(end)
        .is_some_and(|x| x.is_any(&["to", "in", "of", "into"]))
        .then_some((states, end))
}

fn object(s: &Sentence<'_, '_>, from: usize, end: usize) -> Option<(OrgId, usize)> {
    let items = s.items;
    let verb_end = from;
    // (not past a participle's clause after a comma, "signed its founding treaty that day,
    // turning an old customs union into something new", unless it names what the document
    // makes: ", turning the treaty into the CSTO")
    let end = (from..end.min(items.len()).saturating_sub(1))
        .find(|&c| {
            items[c].is_any(&["turning", "transforming", "converting", "replacing"])
                && c > from + 1
                && items[c - 1].is_punct(',')
                && !(c..end.min(items.len())).any(|q| {
                    items[q].is("into")
                        && org_alone(items, Toks(items.get(q + 1..).unwrap_or_default()))
                })
        })
        .map_or(end, |c| c - 1);
    // "founded—almost in passing, and without a secretariat—a grouping ...": an aside between
    // dashes right after the verb is stepped over.
    let from = match items.get(from) {
        Some(d) if d.is_dash() => (from + 1..end.min(from + 30))
            .find(|&c| items[c].is_dash())
            .map_or(from, |c| c + 1),
        _ => from,
    };
    // ("signed and ratified the Collective Security Treaty": the object both verbs share)
    let from = if items.get(from).is_some_and(|w| w.is("and"))
        && items
            .get(from + 1)
            .is_some_and(|w| w.is_any(&["ratified", "ratifies", "ratify"]))
    {
        from + 2
    } else {
        from
    };
    // ("belong with Tajikistan and Russia to the Tashkent treaty": past the states the subject
    // shares it with)
    let from = companions_after_verb(items, from).map_or(from, |(_, e)| e);
    // ("joined only NATO's Partnership for Peace": past a focusing adverb)
    let from = from
        + usize::from(
            items
                .get(from)
                .is_some_and(|w| w.is_any(&["only", "merely", "just"]))
                && items
                    .get(from + 1)
                    .is_some_and(|w| matches!(w.entity(), Some(Entity::Org(_))) || w.is("the")),
        );
    // "rejoined the organisation that succeeded it", "joined the body that grew out of it":
    // the successor of the one the pronoun points back to.
    if let Some(found) = successor_described(s, from, end) {
        return Some(found);
    }
    let mut k = from;
    while k < end.min(from + 8) {
        let it = &items[k];
        // "signed an agreement with the SCO", "a declaration with NATO": a document with an
        // organisation is no membership of it.
        if it.is("with")
            && items[from..k].iter().any(|w| {
                w.is_any(&[
                    "agreement",
                    "declaration",
                    "protocol",
                    "accord",
                    "memorandum",
                    // ("suspended its part in the deal with GUUAM")
                    "deal",
                    "talks",
                    "negotiations",
                    "project",
                    "programme",
                    "exercise",
                    "exercises",
                ])
            })
            && items[k + 1..(k + 3).min(end)].iter().any(|w| {
                matches!(w.entity(), Some(Entity::Org(_))) || w.is_any(super::grammar::ORG_ANAPHORS)
            })
        {
            return None;
        }
        if let Ok((rest, o)) = org_name(Toks(&items[k..])) {
            let next = index_of(items, rest);
            // "signed a collective security treaty with Russia": a treaty of the same name
            // between two states, no membership (not "are now in a collective security pact
            // with Moscow", the Moscow-led one).
            // (nor "signed the Tashkent security pact with Kazakhstan": a name that only
            // describes, its words after the first in lower case)
            let descriptive = || {
                let words: Vec<&str> = it.text.split_whitespace().collect();
                words.len() >= 2
                    && words[1..]
                        .iter()
                        .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            };
            if k > 0
                && (items[k - 1].is_any(&["a", "an"]) || items[k - 1].is("the") && descriptive())
                && (verb_end.saturating_sub(2)..verb_end)
                    .any(|q| items[q].is_any(&["signed", "sign", "signs", "signing", "concluded"]))
                && items.get(next).is_some_and(|w| w.is("with"))
                && items.get(next + 1).is_some_and(is_state_item)
                && items.get(next + 2).is_none_or(|w| w.text != "'s")
            {
                return None;
            }
            // "quit the CSTO's forerunner in 1999": the organisation before (or after) it.
            // (not something of it: "the CSTO's forerunner's force", "the CSTO's forerunner
            // agreement")
            if items.get(next).is_some_and(|w| w.text == "'s")
                && let Some(noun) = items.get(next + 1).filter(|w| w.is_any(LINEAGE_NOUNS))
            {
                if is_modifier(items, next + 2)
                    || items.get(next + 2).is_some_and(|w| {
                        w.text == "'s" || w.is_any(&["agreement", "accord", "treaty", "protocol"])
                    })
                {
                    return None;
                }
                return lineage(s, noun, o).map(|o| (o, next + 2));
            }
            // "took part in NATO's Partnership for Peace": the organisation it owns.
            if let Some(owned) = owned_org(items, next) {
                return Some(owned);
            }
            // "the CSTO summit", "the CIS's rules": the name qualifies something else.
            if is_modifier(items, next) {
                return None;
            }
            return Some((o, next));
        }
        // "a treaty" introduces a document, it does not point back to one; "the friendship
        // treaty" is between states.
        if bilateral_document(items, k + 1) {
            return None;
        }
        // "rejoined the CSTO, years after quitting the predecessor treaty": the one before (or
        // after) the organisation the sentence named.
        if it.is("the")
            && let Some(noun) = items.get(k + 1).filter(|w| w.is_any(LINEAGE_NOUNS))
            && items
                .get(k + 2)
                .is_some_and(|w| w.is_any(super::grammar::ORG_ANAPHORS))
            && let Some(named) = org_mentioned_before(s, k)
        {
            return lineage(s, noun, named).map(|o| (o, k + 3));
        }
        if let Ok((rest, ())) = org_anaphor(Toks(&items[k..]))
            && !it.is_any(&["a", "an"])
        {
            let next = index_of(items, rest);
            // "joined the consultative forum that Georgia, Ukraine, Azerbaijan and Moldova
            // established": the organisation its founders make up.
            if items
                .get(next)
                .is_some_and(|w| w.is_any(&["that", "which"]))
                && let Ok((after, founders)) = state_list(Toks(&items[next + 1..]))
                && let v = index_of(items, after)
                && verb_at(items, v).is_some_and(|(verb, _)| verb == Verb::Event(Event::Founded))
                && let Some(o) = org_of_listed_members(s, &founders)
            {
                return Some((o, next));
            }
            // "the treaty creating the union": the organisation it creates.
            // (not a date: "left the treaty that year", "that April")
            let dated = items.get(next).is_some_and(|w| w.is("that"))
                && items.get(next + 1).is_some_and(|w| {
                    w.is_any(&[
                        "year", "month", "week", "day", "spring", "summer", "autumn", "winter",
                    ]) || super::dates::month_of(w).is_some()
                });
            if !dated
                && items.get(next).is_some_and(|w| {
                    w.is_any(&[
                        "creating",
                        "establishing",
                        "founding",
                        "setting",
                        "that",
                        "which",
                    ])
                })
            {
                k = next + 1;
                continue;
            }
            // "quit the organisation's forerunner, the Collective Security Treaty": named in the
            // apposition, else the one before (or after) the organisation pointed back to.
            if items.get(next).is_some_and(|w| w.text == "'s")
                && let Some(noun) = items.get(next + 1).filter(|w| w.is_any(LINEAGE_NOUNS))
            {
                if items.get(next + 2).is_some_and(|w| w.is_punct(','))
                    && let Some(named) = name_at(items, next + 3)
                {
                    return Some(named);
                }
                return s
                    .anaphor_org(k)
                    .and_then(|o| lineage(s, noun, o))
                    .map(|o| (o, next + 2));
            }
            // "part of the alliance's Partnership for Peace": the organisation it owns, named
            // after the possessive ("the grouping's charter", "the group's work" are its own).
            if let Some(owned) = owned_org(items, next) {
                return Some(owned);
            }
            // ("rejoined the Moscow-led security bloc, the CSTO, in June": the name in
            // apposition)
            let the = usize::from(items.get(next + 1).is_some_and(|w| w.is("the")));
            if items.get(next).is_some_and(|w| w.is_punct(','))
                && let Some(rest_name) = items.get(next + 1 + the..)
                && let Ok((rest, o)) = org_name(Toks(rest_name))
                && rest
                    .0
                    .first()
                    .is_none_or(|w| matches!(w.kind, super::tokens::Kind::Punct(_)))
            {
                return Some((o, index_of(items, rest)));
            }
            // "joined the grouping of Georgia, Ukraine, Azerbaijan and Moldova": the
            // organisation those states make up.
            // (not a group gathered for something of another organisation: "joined the group of
            // A, B and C for a CSTO exercise")
            if items.get(next).is_some_and(|w| w.is("of"))
                && let Ok((after, listed)) = state_list(Toks(&items[next + 1..]))
                && let Some(o) = org_of_listed_members(s, &listed)
                && !names_another_org(s, o, index_of(items, after)..end)
            {
                return Some((o, next));
            }
            // "restored its membership of the organisation's councils": something of it.
            if items.get(next).is_some_and(|w| w.text == "'s") && is_modifier(items, next) {
                return None;
            }
            if let Some(o) = s.anaphor_org(k) {
                return Some((o, next));
            }
            // (one led by a state, pointing back to nothing that fits: no other organisation)
            if items[k..next]
                .iter()
                .any(|w| w.is_any(&["led", "dominated"]))
            {
                return None;
            }
        }
        // "let their treaty membership lapse": the treaty pointed back to.
        if it.is_any(&["its", "their"])
            && items
                .get(k + 1)
                .is_some_and(|w| w.is_any(MEMBERSHIP_NOUN_ORGS))
            && items
                .get(k + 2)
                .is_some_and(|w| w.is_any(&["membership", "participation"]))
            && let Some(o) = s.anaphor_org(k + 1)
        {
            return Some((o, k + 3));
        }
        // "stopped taking part in its work": the organisation "its" refers to ("joined the
        // grouping in April 1999, at the NATO summit, and stopped taking part in its work": the
        // one the claim this verb is coordinated with was about).
        let coordinated_claim = || {
            let f = &s.facts
                [s.last_fact_before(verb_end, |f| matches!(f.claim, Claim::Membership { .. }))?];
            let Claim::Membership { org, .. } = f.claim else {
                return None;
            };
            let after = s.item_from(f.span.end);
            (items[after..verb_end].iter().any(|w| w.is("and"))
                && !items[after..verb_end]
                    .iter()
                    .any(|w| matches!(w.entity(), Some(Entity::State(_)))))
            .then_some(org)
        };
        if it.is_any(&["its", "their"])
            && items.get(k + 1).is_some_and(|w| {
                w.is_any(&[
                    "work",
                    "activities",
                    "meetings",
                    "structures",
                    "ranks",
                    "affairs",
                ])
            })
            && let Some(o) = coordinated_claim().or_else(|| s.anaphor_org(k))
        {
            return Some((o, k + 2));
        }
        // "has frozen its place in it", "froze its seat in the CSTO": the organisation after.
        if it.is_any(&["its", "their"])
            && items
                .get(k + 1)
                .is_some_and(|w| w.is_any(&["place", "seat"]))
            && items.get(k + 2).is_some_and(|w| w.is_any(&["in", "at"]))
        {
            k += 3;
            continue;
        }
        // "stopped taking part in most activities of GUUAM", "in most of the group's work":
        // over a quantifier opening the object.
        if k == from && it.is_any(&["most", "much", "many"]) {
            k += 1 + usize::from(items.get(k + 1).is_some_and(|w| w.is("of")));
            continue;
        }
        // "stopped taking part in the affairs of GUUAM": the organisation whose they are.
        let the = usize::from(it.is("the"));
        if (the == 1 || k > from)
            && items.get(k + the).is_some_and(|w| {
                w.is_any(&["work", "activities", "meetings", "structures", "affairs"])
            })
            && items.get(k + the + 1).is_some_and(|w| w.is("of"))
            // (the organisation itself, not one of its bodies: "the structures of the CIS
            // defence ministers' council")
            && org_alone(items, Toks(&items[k + the + 2..]))
        {
            k += the + 2;
            continue;
        }
        // "returned to its successor, the CSTO"
        if it.is_any(LINEAGE_NOUNS) {
            k += 1;
            if items.get(k).is_some_and(|i| i.is_punct(',')) {
                k += 1;
                continue;
            }
            // "quit the forerunner of the CSTO"
            if items.get(k).is_some_and(|w| w.is("of"))
                && let Some((named, end)) = name_at(items, k + 1)
            {
                // ("the forerunner of the CSTO's rapid-reaction force": of something of it)
                if is_modifier(items, end) {
                    return None;
                }
                return lineage(s, it, named).map(|o| (o, end));
            }
            // "returned to its successor in 2006": the organisation that succeeds the one named.
            return lineage(s, it, s.org_before(from)?).map(|o| (o, k));
        }
        if it.is_any(&["it", "them"]) {
            // (staying out of what an aside said the subject belongs to would be no claim:
            // "it" is then another; "a founding signatory of the treaty, had walked out of it"
            // is that one)
            // ("though EurAsEC members, are not in it")
            let staying_out = (verb_end.saturating_sub(6)..verb_end).any(|q| {
                verb_at(items, q).is_some_and(|(v, e)| {
                    e == verb_end
                        && (matches!(v, Verb::Status(Event::NotMember))
                            || matches!(v, Verb::Status(Event::Member))
                                && negated_copula_before(items, q))
                })
            });
            // ("became the first Commonwealth state to join it": not the Commonwealth)
            let group = || {
                let found = s.org_before(k)?;
                let p = (0..k)
                    .rev()
                    .find(|&q| items[q].entity() == Some(Entity::Org(found)))?;
                names_a_group(items, p).then(|| s.org_before(p).filter(|&o| o != found))?
            };
            // ("The ceasefire was negotiated by the EU. Medvedev signed it": the document, no
            // organisation)
            let signed = (verb_end.saturating_sub(2)..verb_end)
                .any(|q| items[q].is_any(SIGNING) || items[q].is_any(&["initialled", "initialed"]));
            let named_here = (0..k).any(|q| matches!(items[q].entity(), Some(Entity::Org(_))));
            if signed && s.discourse.document_before && !named_here {
                return None;
            }
            // ("Six Republics Sign Collective Security Treaty" over "... signed it this
            // afternoon" after a sentence on what the treaty does for the Commonwealth: in a
            // story of a treaty's signing, what is signed is the treaty)
            if signed
                && s.discourse.signing_story
                && !s.discourse.other_parties
                && !named_here
                && let Some(t) = s.discourse.treaty
                && s.org_before(k).is_some_and(|o| !s.lexicon.org(o).is_treaty)
            {
                return Some((t, k + 1));
            }
            return if staying_out {
                org_before_asides(s, k, verb_end)
            } else {
                group().or_else(|| s.org_before(k))
            }
            .map(|o| (o, k + 1));
        }
        // "the 1992 Collective Security Treaty"
        if year_before_org(items, k) {
            k += 1;
            continue;
        }
        // "the Russian-dominated treaty", "the Moscow-led bloc"
        if items
            .get(k + 1)
            .is_some_and(|d| d.kind == super::tokens::Kind::Dash { joining: true })
            && items.get(k + 2).is_some_and(|w| {
                w.is_any(&[
                    "dominated",
                    "led",
                    "backed",
                    "sponsored",
                    "controlled",
                    "centred",
                ])
            })
        {
            k += 3;
            continue;
        }
        // "belongs to Moscow's Collective Security Treaty": the organisation named after a
        // capital's (or a state's) possessive (not "Moscow's CSTO partners").
        if let Some(o) = possessed_org(items, k)
            && k + 3 <= end
            && !is_modifier(items, k + 3)
        {
            return Some((o, k + 3));
        }
        // "belongs to Moscow's military pact": a capital's (or a state's) organisation, the
        // one pointed back to.
        if matches!(it.entity(), Some(Entity::Capital(_) | Entity::State(_)))
            && items.get(k + 1).is_some_and(|w| w.text == "'s")
            && let Some(n) =
                (k + 2..(k + 4).min(end)).find(|&q| items[q].is_any(super::grammar::ORG_ANAPHORS))
            && items[k + 2..n].iter().all(|w| {
                w.kind == super::tokens::Kind::Word && w.text.chars().all(char::is_lowercase)
            })
            // (not another pact: "Moscow's military pact with Armenia", "... on Abkhazia")
            && !items.get(n + 1).is_some_and(|w| {
                w.is_any(&["with", "on", "of", "for", "between", "against", "over"])
            })
            && let Some(o) = s.anaphor_org(k)
        {
            return Some((o, n + 1));
        }
        // "belongs to the pro-Western GUUAM group", "the rival GUUAM group": adjectives after
        // "the" before the name.
        if let Some(skip) = adjectives_before_org(items, k) {
            k += skip;
            continue;
        }
        // "signed the Declaration on the Establishment of the SCO": the organisation the
        // document creates.
        if it.is_any(&["declaration", "agreement", "treaty", "charter", "protocol"])
            && items.get(k + 1).is_some_and(|w| w.is("on"))
            && items.get(k + 2).is_some_and(|w| w.is("the"))
            && items
                .get(k + 3)
                .is_some_and(|w| w.is_any(&["establishment", "creation", "formation", "founding"]))
            && items.get(k + 4).is_some_and(|w| w.is("of"))
        {
            k += 5;
            continue;
        }
        // "signed a charter for GUUAM": the organisation whose charter it is.
        if it.is("for") && k > from && items[k - 1].is_any(&["charter", "statute", "statutes"]) {
            k += 1;
            continue;
        }
        // "signed in Astana the treaty establishing EurAsEC", "signed yesterday the charter":
        // where or when, right after the verb, before its object.
        if k == from && it.is_any(&["yesterday", "today"]) {
            k += 1;
            continue;
        }
        // ("acceded on Thursday to the treaty", "withdrew in May 1999 from the pact")
        if k == from
            && let Some((_, r)) = date_before_object(items, k, end, s.date_context(k, false))
        {
            k = r.end;
            continue;
        }
        if k == from
            && it.is_any(&["in", "at"])
            && items.get(k + 1).is_some_and(|w| match w.entity() {
                Some(Entity::Capital(_)) => true,
                None => {
                    w.kind == super::tokens::Kind::Word && w.text.starts_with(char::is_uppercase)
                }
                _ => false,
            })
            && items.get(k + 2).is_some_and(|w| w.is("the"))
        {
            k += 2;
            continue;
        }
        if !it.is_any(OBJECT_FILLER) {
            break;
        }
        k += 1;
    }
    if let Some(named) = named_after_description(items, from, end) {
        return Some(named);
    }
    // "founded what their aides are already calling GUAM", "put their names to what everyone
    // is already calling the Tashkent Treaty": the name given.
    // ("formed what diplomats have begun, half in jest, to call the Shanghai Five": past an
    // aside set off by a pair of commas)
    if items.get(from).is_some_and(|w| w.is("what"))
        && let Some(c) =
            (from + 1..(from + 12).min(items.len())).find(|&j| items[j].is_any(NAMING_VERBS))
        && !items[from + 1..c]
            .iter()
            .any(|w| w.is_punct('.') || w.is_dash())
        && {
            let commas: Vec<usize> = (from + 1..c).filter(|&q| items[q].is_punct(',')).collect();
            commas.is_empty()
                || commas.len() == 2
                    && commas[1] - commas[0] <= 5
                    // (an aside of plain words: not "what critics, in 1995, had called")
                    && items[commas[0] + 1..commas[1]].iter().all(|w| {
                        w.kind == super::tokens::Kind::Word
                            && w.entity().is_none()
                            && w.text.chars().all(|ch| ch.is_lowercase())
                    })
        }
        && let Some(o) = named_by(items, c)
        // (the name is all that is given: not "what Moscow has begun to call the Commonwealth
        // within the Commonwealth")
        && (c + 1..(c + 4).min(items.len()))
            .find(|&q| matches!(items[q].entity(), Some(Entity::Org(_))))
            .is_none_or(|q| {
                items.get(q + 1).is_none_or(|w| {
                    matches!(
                        w.kind,
                        super::tokens::Kind::Punct(_) | super::tokens::Kind::Dash { .. }
                    ) || w.is_any(&["in", "on", "at", "last", "yesterday", "and"])
                })
            })
    {
        return Some((o, c + 1));
    }
    // "formed a consultative forum": an organisation described, not named — the article's own.
    if let Some(n) = described_forum(items, from, end)
        && ((verb_end.saturating_sub(3)..verb_end).any(|q| {
            verb_at(items, q)
                .is_some_and(|(v, e)| v == Verb::Event(Event::Founded) && e == verb_end)
        })
            // ("joined Georgia and Ukraine in founding a new grouping, GUAM")
            || verb_end >= 2
                && items[verb_end - 2].is("in")
                && items[verb_end - 1].is_any(&["founding", "forming", "creating", "establishing"]))
    {
        // "formed a consultative forum, GUAM, ..." names it right after.
        if items.get(n + 1).is_some_and(|c| c.is_punct(','))
            && let Some(Entity::Org(o)) = items.get(n + 2).and_then(|i| i.entity())
        {
            return Some((o, n + 3));
        }
        // "... a forum that has already been nicknamed GUAM", "a grouping known as GUAM", "a
        // grouping that the diplomats in the corridor were calling GUAM"
        // ("a consultative forum, known as GUAM", "a forum of their own, taking its name, GUAM,
        // from their initials": a naming phrase set off by a comma)
        // ("a forum that has already taken the name GUAM", "adopted the name GUAM")
        let naming = |j: usize| {
            items[j].is_any(NAMING_VERBS)
                // ("a consultative group that goes by the initials of its members: GUAM")
                || items[j].is_punct(':')
                    && items[n + 1..j]
                        .windows(2)
                        .any(|w| w[0].is("goes") && w[1].is("by"))
                || items[j].is("name")
                    && j >= 2
                    && items[j - 1].is_any(&["its", "the"])
                    && items[j - 2].is_any(&[
                        "taking", "takes", "took", "taken", "adopted", "adopting", "adopts",
                    ])
                // ("a grouping that has already acquired the inelegant acronym GUAM")
                || items[j].is_any(&["acronym", "name", "label"])
                    && j >= 3
                    && named_by(items, j).is_some()
                    // (not a naming dated on its own: "acquired the acronym GUAM only in 2001")
                    && find_date(items, j + 1, end.min(j + 8), s.date_context(j, false)).is_none()
                    && (j.saturating_sub(4)..j - 1).any(|q| {
                        items[q].is_any(&["acquired", "acquires", "bears", "carries", "got"])
                            && items[q + 1].is_any(&["its", "the", "an", "a"])
                            && items[q + 2..j].iter().all(|w| {
                                w.kind == super::tokens::Kind::Word
                                    && w.entity().is_none()
                                    && w.text.chars().all(|c| c.is_lowercase() || c == '-')
                            })
                    })
        };
        // (one comma, right before the naming words)
        let set_off = |c: usize| {
            let comma = (n + 1..c).find(|&q| items[q].is_punct(','));
            comma.is_some_and(|q| {
                c - q <= 3
                    && items[q + 1..c]
                        .iter()
                        .all(|x| x.is_any(&["known", "taking", "takes", "took", "its"]))
                    && named_by(items, c).is_some()
            })
        };
        let naming_at = (n + 1..(n + 12).min(items.len())).find(|&j| naming(j));
        // (a name taken later is a renaming, the forum's founding told elsewhere: "a forum
        // that later took the name ...")
        if let Some(c) = naming_at
            && items[n + 1..c]
                .iter()
                .any(|w| w.is_any(&["later", "subsequently", "eventually"]))
        {
            return None;
        }
        // ("a consultative forum known by their initials as GUAM": the name after "as")
        if let Some(c) = naming_at
            && items.get(c + 1).is_some_and(|w| w.is("by"))
            && let Some(a) = (c + 2..(c + 6).min(items.len()))
                .take_while(|&q| items[q].kind == super::tokens::Kind::Word)
                .find(|&q| items[q].is("as"))
            && let Some(o) = named_by(items, a - 1)
        {
            return Some((o, n + 1));
        }
        if let Some(c) = naming_at
            && !items[n + 1..c].iter().any(|w| w.is_punct('.'))
            && (!items[n + 1..c].iter().any(|w| w.is_punct(',')) || set_off(c))
            // ("named after their initials" gives no name)
            && !items
                .get(c + 1)
                .is_some_and(|w| w.is_any(&["after", "for", "by", "in"]))
        {
            // (named something else, it is no organisation of ours: "a bloc that commentators
            // are calling the CIS's gravedigger")
            return named_by(items, c).map(|o| (o, n + 1));
        }
        // "a consultative forum named after their initials: GUAM" (or ", GUAM"): the name set
        // off after what it comes from.
        if let Some(c) = naming_at
            && items
                .get(c + 1)
                .is_some_and(|w| w.is_any(&["after", "for"]))
            && let Some(mark) = (c + 2..(c + 7).min(items.len()))
                .find(|&q| items[q].is_punct(':') || items[q].is_punct(',') || items[q].is_dash())
            && let Some((o, after)) = name_at(items, mark + 1)
            && items
                .get(after)
                .is_none_or(|w| w.is_punct('.') || w.is_punct(',') || w.is_punct(';'))
        {
            return Some((o, n + 1));
        }
        // "set up a consultative forum on Friday on the sidelines of the summit, a grouping
        // diplomats have already dubbed GUAM": an apposition further on that names it.
        let apposed = (n + 1..(n + 25).min(end)).find_map(|q| {
            if !(items[q].is_punct(',')
                && items.get(q + 1).is_some_and(|w| w.is_any(&["a", "an"]))
                && items
                    .get(q + 2)
                    .is_some_and(|w| w.is_any(super::grammar::ORG_ANAPHORS)))
            {
                return None;
            }
            let c = (q + 3..(q + 9).min(items.len()))
                .take_while(|&j| !items[j].is_punct(',') && !items[j].is_dash())
                .find(|&j| naming(j))?;
            named_by(items, c)
        });
        if let Some(o) = apposed {
            return Some((o, n + 1));
        }
        // (one described by what it is about is something else, unless named further on: "a
        // group of like-minded states, GUAM", "a forum on border security, the Shanghai Five")
        if about_something(items, n) {
            return (n + 1..(n + 12).min(items.len()))
                .take_while(|&q| !items[q].is_punct('.') && !items[q].is_punct(';'))
                .find_map(|q| match items[q].entity() {
                    Some(Entity::Org(o)) => Some((o, n + 1)),
                    _ => None,
                });
        }
        return s.discourse.topic().map(|o| (o, n + 1));
    }
    // "signed a charter in Chisinau that turns their treaty into a full international body, the
    // CSTO": the organisation the document creates.
    // ("signed the founding document yesterday": the organisation's own, as its charter)
    // ("put their names to the original document", "signed the text")
    let charter_at = |c: usize| {
        items[c].is_any(&["document", "text"])
            && c >= 1
            && items[c - 1].is_any(&["the", "original", "final", "that", "this"])
            && !items.get(c + 1).is_some_and(|w| {
                w.is_any(&[
                    "of", "for", "with", "between", "about", "setting", "creating",
                ]) || w.is("on")
                    && !items.get(c + 2).is_some_and(|d| {
                        super::dates::month_of(d).is_some()
                            || super::dates::weekday_of(d).is_some()
                            || super::num(d).is_some()
                    })
            })
            || items[c].is("charter")
            || items[c].is_any(&["founding", "constituent"])
                && items.get(c + 1).is_some_and(|w| {
                    w.is_any(&["document", "documents", "treaty", "accords", "agreement"])
                })
                // (not "the founding documents of the free-trade zone")
                && !items
                    .get(c + 2)
                    .is_some_and(|w| w.is_any(&["of", "on", "for", "with"]))
    };
    // ("put their names to the charter")
    let put_to = verb_end >= 3
        && items[verb_end - 1].is("to")
        && items[verb_end.saturating_sub(5)..verb_end]
            .iter()
            .any(|w| w.is_any(&["put", "puts", "putting"]));
    if verb_end > 0
        && (items[verb_end - 1].is_any(&["signed", "sign", "signs"]) || put_to)
        && items[from..k.min(end)].iter().any(|w| {
            w.is_any(&[
                "charter",
                "agreement",
                "protocol",
                "declaration",
                "treaty",
                "document",
                "documents",
                "text",
                "accords",
            ])
        })
    {
        // ("a charter that gives GUUAM a permanent secretariat"; not an agreement that gives
        // NATO transit rights, nor a treaty with Russia that gives the CIS a role)
        let charter_giving = |j: usize| {
            items[from..k.min(end)].iter().any(|w| w.is("charter"))
                && !items[from..j].iter().any(|w| w.is("with"))
                && items[j.saturating_sub(3).max(k)..j]
                    .iter()
                    .any(|w| w.is_any(&["gives", "gave", "giving"]))
        };
        // ("turning the 1992 Collective Security Treaty into an organisation": what is turned
        // into another named after it is not what is signed)
        let into_another = |j: usize| {
            items[j + 1..(j + 4).min(end)]
                .iter()
                .position(|w| w.is("into"))
                .is_some_and(|p| {
                    items[j + 2 + p..(j + 10 + p).min(end)]
                        .iter()
                        .any(|w| matches!(w.entity(), Some(Entity::Org(_))))
                })
        };
        let created = (k..(k + 20).min(end)).find_map(|j| match items[j].entity() {
            // ("into a full-fledged Collective Security Treaty Organization")
            Some(Entity::Org(o))
                if !into_another(j)
                    // (the organisation itself: not "turns the Commonwealth's economic union
                    // into a free trade zone")
                    && items.get(j + 1).is_none_or(|w| w.text != "'s")
                    && (items[j.saturating_sub(5).max(k)..j].iter().any(|w| {
                        w.is_any(&[
                            "into",
                            "creating",
                            "establishing",
                            // ("a treaty creating a common customs territory and forming a
                            // customs union")
                            "forming",
                            "founding",
                            // ("a treaty setting up the Eurasian Economic Community")
                            "setting",
                            // ("the declaration that founds the SCO")
                            "founds",
                            "creates",
                            "establishes",
                            "body",
                            "organisation",
                            "organization",
                            "called",
                            "named",
                            "renaming",
                            "renamed",
                            // ("a charter that turned GUUAM into a formal organisation")
                            "turning",
                            "turned",
                            "turns",
                            "transforming",
                            "transformed",
                            "upgrading",
                            "converting",
                        ]) || charter_giving(j)
                    })
                    // ("a treaty creating a common customs territory and a customs union": the
                    // second of two things it creates)
                    || (j.saturating_sub(9).max(from)..j).any(|c| {
                        items[c].is_any(&["creating", "establishing", "forming"])
                            // ("... and a customs union": a second object, the name ending the
                            // phrase; not "and the customs union was expanded", "and not a
                            // customs union", "a customs union commission")
                            && j >= 2
                            && items[j - 1].is_any(&["a", "an"])
                            && items[j - 2].is("and")
                            && items.get(j + 1).is_none_or(|w| {
                                matches!(w.kind, super::tokens::Kind::Punct(_))
                                    || w.is_any(&["in", "on", "at", "and", "which", "that"])
                            })
                            && items[c + 1..j].iter().all(|w| {
                                w.kind == super::tokens::Kind::Word
                                    && w.entity().is_none()
                                    && !finite_verb(w)
                                    && !w.text.ends_with("ing")
                                    && !w.is_any(&["not", "never"])
                            })
                    })) =>
            {
                // ("a charter that turns the Tashkent treaty into a full-fledged organisation":
                // a treaty turned into an organisation is its successor's charter)
                let into_body = items[j + 1..(j + 4).min(end)]
                    .iter()
                    .position(|w| w.is("into"))
                    .is_some_and(|p| {
                        items[j + 2 + p..(j + 8 + p).min(end)].iter().any(|w| {
                            w.is_any(&["organisation", "organization", "alliance", "bloc", "body"])
                        })
                    });
                let o = if into_body {
                    s.lexicon.successor(o).unwrap_or(o)
                } else {
                    o
                };
                Some((o, j + 1))
            }
            _ => None,
        });
        if created.is_some() {
            return created;
        }
        // "signed a charter that turned the forum into a regional organisation" (not one on
        // something with someone else: "a charter on a distinctive partnership with the
        // Atlantic alliance")
        if (from..(from + 3).min(end)).any(charter_at)
            && !{
                // (with another organisation: not "with its four partners", "with Georgia")
                let phrase: Vec<&Item<'_>> = items[from..end]
                    .iter()
                    .skip_while(|w| !w.is_any(&["charter", "founding", "constituent"]))
                    .take(12)
                    .take_while(|w| {
                        !w.is_any(&[
                            "that",
                            "which",
                            "turning",
                            "turns",
                            "turned",
                            "into",
                            "creating",
                            "establishing",
                        ])
                    })
                    .collect();
                phrase.iter().enumerate().any(|(q, w)| {
                    w.is_any(&["with", "between"])
                        && phrase[q + 1..].iter().take(3).any(|x| {
                            matches!(x.entity(), Some(Entity::Org(_)))
                                || x.is_any(super::grammar::ORG_ANAPHORS)
                        })
                })
            }
        {
            // (one whose members the sentence's subject are comes first: "The remaining CSTO
            // members ... are the states that signed the charter in Chisinau", "GUUAM, whose
            // five members ... signed a charter"; not one named in passing: "Georgia, which
            // quit the CIS, signed a charter")
            let lex = s.lexicon;
            let members_of = (0..verb_end.min(items.len())).rev().find_map(|p| {
                let Some(Entity::Org(o)) = items[p].entity() else {
                    return None;
                };
                let next = items.get(p + 1)?;
                // (not an apposition describing the subject: "Kazakhstan and Russia, both CSTO
                // members, signed the charter")
                // (after states: not "On 7 June in Yalta, the five GUUAM states, A, B, ...,
                // signed a charter")
                let apposition = (p.saturating_sub(3).max(1)..p).any(|c| {
                    items[c].is_punct(',')
                        && matches!(items[c - 1].entity(), Some(Entity::State(_)))
                }) && items.get(p + 2).is_some_and(|w| w.is_punct(','));
                // ("the five members of GUUAM — A, B, ... — signed a charter")
                let of = p - usize::from(p >= 1 && items[p - 1].is("the"));
                let members_of_it = of >= 2
                    && items[of - 1].is("of")
                    && items[of - 2].is_any(&["members", "states", "parties", "countries"]);
                (lex.org(o).can_be_topic
                    && !apposition
                    && (next.is_any(&["members", "member", "states", "leaders", "presidents"])
                        || members_of_it
                        || next.text == "'s"
                        || next.is_punct(',') && items.get(p + 2).is_some_and(|w| w.is("whose"))))
                .then_some(o)
            });
            // ("a summit of GUUAM, where its five members — A, B, ... — signed a charter": the
            // organisation "its" points back to)
            // (only a charter of the organisation itself: not "a charter on energy security",
            // "a charter with the United States")
            let two_words = |c: usize| usize::from(items[c].is_any(&["founding", "constituent"]));
            let own_charter = (from..end.min(items.len()))
                .find(|&c| charter_at(c))
                .map(|c| c + two_words(c))
                .is_some_and(|c| {
                    items.get(c + 1).is_none_or(|w| {
                        !w.is_any(&["on", "with", "for", "about", "against", "of"])
                            || w.is("on")
                                && items.get(c + 2).is_some_and(|d| {
                                    super::dates::month_of(d).is_some()
                                        || super::dates::weekday_of(d).is_some()
                                        || super::num(d).is_some()
                                })
                    })
                });
            let its_members = || {
                if !own_charter {
                    return None;
                }
                (0..verb_end.min(items.len())).rev().find_map(|p| {
                    (items[p].is("its")
                        && items[p + 1..(p + 4).min(verb_end)]
                            .iter()
                            .any(|w| w.is_any(&["members", "leaders", "presidents"])))
                    .then(|| s.anaphor_org(p))
                    .flatten()
                })
            };
            // (the object ends at the charter: "signed the charter yesterday" is dated; not
            // by a clause on it: "a charter that turned the forum of 1997 into ...")
            let document = (from..end.min(items.len())).find(|&c| charter_at(c));
            let object_end = document
                .map(|c| c + 1 + two_words(c))
                .filter(|&e| {
                    items.get(e).is_none_or(|w| {
                        !w.is_any(&["that", "which", "turning", "creating", "establishing"])
                            // ("signed its founding treaty that day": a date, no clause)
                            || w.is("that")
                                && items
                                    .get(e + 1)
                                    .is_some_and(|n| n.is_any(THAT_DATE_NOUNS))
                    })
                })
                .unwrap_or(end);
            // (a bare "the document" is the organisation's founding treaty only when signed
            // when the organisation was founded: "put their names to the document yesterday"
            // in May 1992, not "the document" of a later protocol)
            let bare = document.is_some_and(|c| items[c].is_any(&["document", "text"]));
            let founded_then = |o: OrgId| {
                let Some(founded) = s.lexicon.org(o).founded else {
                    return false;
                };
                let ctx = s.date_context(object_end.min(items.len().saturating_sub(1)), false);
                find_date(items, object_end, end, ctx).is_some_and(|(w, _)| {
                    w.from.is_some_and(|f| f.0 <= founded.0 + 31)
                        && w.to.is_some_and(|t| t.0 + 31 >= founded.0)
                })
            };
            // (its own charter, not "a charter on partnership with the United States")
            return members_of
                .filter(|_| own_charter)
                .or_else(its_members)
                .or_else(|| s.discourse.topic())
                .filter(|&o| !bare || founded_then(o))
                .map(|o| (o, object_end));
        }
    }
    // "did not prolong their membership on 2 April": the organisation being talked about.
    if items[from..k.min(items.len())]
        .iter()
        .any(|i| i.is_any(&["membership", "participation"]))
    {
        // "... its membership when the Collective Security Treaty expires": named just after.
        let ahead = || {
            (k..(k + 8).min(end)).find_map(|j| match items[j].entity() {
                Some(Entity::Org(o)) => Some(o),
                _ => None,
            })
        };
        // "... let its membership lapse when the treaty expires": the organisation whose term
        // runs out, before any named earlier.
        let expiring = || {
            let w = (k..(k + 3).min(end)).find(|&j| items[j].is_any(&["when", "once"]))?;
            // (the organisation's own term: not "when the NATO summit was announced")
            (w + 1..(w + 10).min(items.len())).find(|&j| {
                items[j].is_any(&["expires", "expire", "lapses", "lapse", "ends", "runs"])
            })?;
            (w + 1..(w + 6).min(items.len())).find_map(|j| match items[j].entity() {
                Some(Entity::Org(o)) if !is_modifier(items, j + 1) => Some(o),
                _ if items[j].is_any(&["treaty", "pact"]) && items[j - 1].is("the") => {
                    s.anaphor_org(j - 1)
                }
                _ => None,
            })
        };
        return expiring()
            .or_else(|| s.org_before(from))
            .or_else(ahead)
            .map(|o| (o, k));
    }
    None
}

/// The organisation a naming verb at item `c` names ("known as GUAM", "calling the Shanghai
/// Five").
fn named_by(items: &[Item<'_>], c: usize) -> Option<OrgId> {
    let mut at = c + 1 + usize::from(items[c].is("name") && items.get(c + 1)?.is_punct(','));
    // (past an opening quotation mark: 'calling the "Shanghai Five"')
    while items.get(at).is_some_and(|w| {
        w.is_any(&["as", "the"]) || ['"', '\u{201c}', '\''].iter().any(|&q| w.is_punct(q))
    }) {
        at += 1;
    }
    // (the name itself, not something of it: "calling the CIS's gravedigger", "the SCO's
    // secretariat", "the CIS of the future")
    match items.get(at)?.entity() {
        Some(Entity::Org(o))
            if !is_modifier(items, at + 1)
                && !items
                    .get(at + 1)
                    .is_some_and(|w| w.text == "'s" || w.is("of")) =>
        {
            Some(o)
        }
        _ => None,
    }
}

/// "belongs to all three of the region's Moscow-centred bodies—the CSTO, EurAsEC and the SCO",
/// "sits in two clubs: GUAM and the CIS": organisations described in the plural and then named
/// after a dash or a colon. The first of them and the item after it (the caller reads on for
/// the rest of the list).
fn named_after_description(items: &[Item<'_>], from: usize, end: usize) -> Option<(OrgId, usize)> {
    const GROUPS: &[&str] = &[
        "bodies",
        "organisations",
        "organizations",
        "groupings",
        "groups",
        "clubs",
        "blocs",
        "alliances",
        "structures",
        "institutions",
        "pacts",
        "forums",
        "treaties",
        "communities",
        "arrangements",
        "projects",
        "unions",
        "associations",
        "frameworks",
        // ("belongs to almost everything: the Commonwealth, GUUAM, ...")
        "everything",
    ];
    // (a colon may close the clause the verb is in)
    let stop = (end + 1).min(from + 12).min(items.len());
    let mark = (from + 1..stop).find(|&j| items[j].is_dash() || items[j].is_punct(':'))?;
    if mark == end && !items[mark].is_punct(':') {
        return None;
    }
    if items[mark].kind == (super::tokens::Kind::Dash { joining: true })
        || !items[mark - 1].is_any(GROUPS)
    {
        return None;
    }
    // Only a description between: no verb, no clause break, no organisation of its own, no
    // denial ("belongs to none of the region's bodies—the CSTO, ...").
    if items[from..mark].iter().enumerate().any(|(j, w)| {
        w.is_any(&["none", "neither", "no", "not"])
            || w.is_punct(',')
            || w.is_punct(';')
            || w.is_punct('.')
            || matches!(w.entity(), Some(Entity::Org(_)))
            || verb_at(items, from + j).is_some()
    }) {
        return None;
    }
    let a = mark + 1 + usize::from(items.get(mark + 1).is_some_and(|w| w.is("the")));
    match items.get(a).and_then(|w| w.entity()) {
        Some(Entity::Org(o)) if !is_modifier(items, a + 1) => Some((o, a + 1)),
        _ => None,
    }
}

/// The further organisations of a list whose first one ends at item `a` ("the CSTO, EurAsEC
/// and the SCO", "the CIS and of GUAM", "the Shanghai Five as well as of the treaty"), and the
/// item after the last. A list counts only when closed by a conjunction `conj` ("joined GUUAM,
/// NATO said" is no list).
fn further_orgs(
    s: &Sentence<'_, '_>,
    a: usize,
    conj: &dyn Fn(&Item<'_>) -> bool,
) -> (Vec<OrgId>, usize) {
    let items = s.items;
    let mut more = Vec::new();
    let mut end = a;
    loop {
        // ("the CSTO, to which it returned in 2006, of the CIS and of the SCO": a relative
        // clause after an item is stepped over, up to the comma closing it)
        if items.get(end).is_some_and(|w| w.is_punct(','))
            && let Some(close) = relative_aside_close(items, end)
        {
            end = close;
        }
        let as_well_as = items.get(end).is_some_and(|i| i.is("as"))
            && items.get(end + 1).is_some_and(|i| i.is("well"))
            && items.get(end + 2).is_some_and(|i| i.is("as"));
        let comma = !as_well_as && items.get(end).is_some_and(|i| i.is_punct(','));
        let mut b = end + usize::from(comma);
        let closing = as_well_as || items.get(b).is_some_and(conj);
        if !comma && !closing {
            return (Vec::new(), a);
        }
        b += if as_well_as { 3 } else { usize::from(closing) };
        // ("and, at the same ceremony, into the Tashkent treaty": an aside naming nothing)
        if closing
            && items.get(b).is_some_and(|w| w.is_punct(','))
            && let Some(c) = (b + 2..(b + 7).min(items.len())).find(|&q| items[q].is_punct(','))
            && items[b + 1..c]
                .iter()
                .all(|w| w.kind == super::tokens::Kind::Word && w.entity().is_none())
        {
            b = c + 1;
        }
        // ("and into the treaty", "both the Commonwealth and its Tashkent collective security
        // treaty")
        while items.get(b).is_some_and(|w| {
            w.is_any(&["to", "into", "of", "in", "from", "also"])
                || w.is("its")
                    && matches!(
                        items.get(b + 1).and_then(|i| i.entity()),
                        Some(Entity::Org(_))
                    )
        }) {
            b += 1;
        }
        // ("in the SCO and the treaty": a noun pointing back to an organisation named before)
        // (not one named by what follows: "the treaty on conventional forces in Europe")
        let anaphor = org_anaphor(Toks(&items[b.min(items.len())..]))
            .ok()
            .filter(|(rest, ())| {
                !rest
                    .0
                    .first()
                    .is_some_and(|w| w.is_any(&["on", "of", "between", "with", "for"]))
            })
            .and_then(|(rest, ())| Some((s.anaphor_org(b)?, index_of(items, rest))));
        while items.get(b).is_some_and(|w| w.is("the")) {
            b += 1;
        }
        // ("and to the Commonwealth's Collective Security Treaty": the second)
        if matches!(items.get(b).and_then(|i| i.entity()), Some(Entity::Org(_)))
            && items.get(b + 1).is_some_and(|w| w.text == "'s")
            && matches!(
                items.get(b + 2).and_then(|i| i.entity()),
                Some(Entity::Org(_))
            )
        {
            b += 2;
        }
        match items.get(b).and_then(|i| i.entity()) {
            _ if let Some((o, after)) = anaphor => {
                more.push(o);
                end = after;
            }
            Some(Entity::Org(o)) if !is_modifier(items, b + 1) => {
                more.push(o);
                end = b + 1;
                // ("and of the GUUAM group")
                if items.get(end).is_some_and(|w| {
                    w.is_any(&["group", "grouping", "bloc", "alliance", "forum", "club"])
                }) {
                    end += 1;
                }
            }
            _ => return (Vec::new(), a),
        }
        // (an organisation opening a clause of its own is no item of the list: "a member of the
        // SCO, and the CSTO wants it back", "led Georgia into the CIS and NATO into the
        // Caucasus")
        let ends_item = items.get(end).is_none_or(|w| {
            w.kind != super::tokens::Kind::Word
                || w.is_any(&[
                    "and",
                    "or",
                    "nor",
                    "but",
                    "as",
                    "in",
                    "on",
                    "at",
                    "since",
                    "until",
                    "till",
                    "by",
                    "from",
                    "for",
                    "with",
                    "while",
                    "whereas",
                    "though",
                    "although",
                    "because",
                    "respectively",
                    "alike",
                    "too",
                    "either",
                    "both",
                    "altogether",
                    "instead",
                    "also",
                    "now",
                    "still",
                    "already",
                    "again",
                    "last",
                    "this",
                    "earlier",
                    "later",
                    "after",
                    "before",
                    "when",
                    "which",
                    "that",
                    "whose",
                    "out",
                ])
        });
        if !ends_item {
            return (Vec::new(), a);
        }
        if closing {
            return (more, end);
        }
    }
}

/// The comma closing a relative clause opened by the comma at `comma` (", which it rejoined in
/// 2006,", ", to which it returned,"), when it names no organisation and holds no other stop.
fn relative_aside_close(items: &[Item<'_>], comma: usize) -> Option<usize> {
    let pronoun = match items.get(comma + 1)? {
        w if w.is_any(&["which", "whose"]) => comma + 1,
        w if w.is_any(&["to", "from", "in", "into", "of"]) => {
            items.get(comma + 2).filter(|w| w.is("which"))?;
            comma + 2
        }
        _ => return None,
    };
    (pronoun + 1..(pronoun + 12).min(items.len()))
        .take_while(|&k| {
            !(matches!(items[k].entity(), Some(Entity::Org(_)))
                || items[k].is_punct(';')
                || items[k].is_punct('.')
                || items[k].is_dash())
        })
        .find(|&k| items[k].is_punct(','))
}

/// Whether items `from..upto` (before a subject) hold a subordinate clause with a verb of its
/// own ("Seven years after it walked out of the treaty in 1999, ..."): a date there is that
/// clause's, not the main clause's.
fn subordinate_before(items: &[Item<'_>], from: usize, upto: usize) -> bool {
    subordinate_at(items, from, upto).is_some()
}

/// Where such a subordinate clause starts (its conjunction). "since" right after an auxiliary
/// ("has since signed") is an adverb, not a conjunction.
fn subordinate_at(items: &[Item<'_>], from: usize, upto: usize) -> Option<usize> {
    (from..upto)
        .filter(|&a| {
            items[a].is_any(SUBORDINATORS)
                && !(items[a].is("since") && a > 0 && is_aux(&items[a - 1]))
        })
        .find(|&a| (a + 1..upto).any(|k| verb_at(items, k).is_some()))
}

/// Words that open a clause of its own before a main clause ("After it walked out ...,",
/// "Although it quit ...,", "Having quit ...,"): its dates and pronouns are its own.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "since", "until", "once", "when", "although", "though", "whereas", "having",
];

/// "Seven years after it walked out of the treaty in 1999, Uzbekistan rejoined": the main
/// clause's year is the subordinate clause's plus seven.
fn years_after_dated(
    items: &[Item<'_>],
    from: usize,
    subject: usize,
    ctx: super::dates::DateContext,
) -> Option<Interval> {
    let a = subordinate_at(items, from, subject).filter(|&a| items[a].is("after"))?;
    let n = years_before(items, a)?;
    let (when, _) = find_date(items, a + 1, subject, ctx)?;
    let year = when.from?.year();
    (when.to?.year() == year).then(|| Interval::year(year + n))
}

/// Whether a relative clause between the subject ending at `subject_end` and the verb at `verb`
/// denies it of each: "Russia, Belarus and Kazakhstan, none of which belongs to the WTO",
/// "Georgia and Armenia, neither of which has joined".
/// The verb must be the relative clause's own: after the pronoun come only auxiliaries and
/// adverbs, perhaps after an aside set off right after it ("neither of which, according to
/// Moscow, belongs to the CSTO"); not "A and B, neither of which has much to gain, are members
/// of the CIS" or "..., none of which belongs to the CSTO, joined GUAM". The states denied are
/// named ones, not "the two countries" or "their neighbours" pointed back to.
fn denied_relative(items: &[Item<'_>], subject_end: usize, verb: usize) -> bool {
    let verb = verb.min(items.len());
    if subject_end == 0 || !is_state_item(&items[subject_end - 1]) {
        return false;
    }
    (subject_end..verb.saturating_sub(2)).any(|k| {
        if !(items[k].is_any(&["none", "neither"])
            && items[k + 1].is("of")
            && items[k + 2].is_any(&["which", "whom"]))
        {
            return false;
        }
        let mut j = k + 3;
        if items.get(j).is_some_and(|w| w.is_punct(',') || w.is_dash()) {
            let Some(close) = (j + 1..verb).find(|&q| items[q].is_punct(',') || items[q].is_dash())
            else {
                return false;
            };
            j = close + 1;
        }
        items[j.min(verb)..verb].iter().all(|w| {
            is_aux(w)
                || w.is_any(&[
                    "ever",
                    "yet",
                    "even",
                    "still",
                    "also",
                    "really",
                    "formally",
                    "officially",
                    "actually",
                    "in",
                    "fact",
                ])
        })
    })
}

/// Whether the subject at `range` is denied: "Neither Russia nor Belarus", "Neither", "None of
/// them", "neither of the two".
fn denied_subject(items: &[Item<'_>], range: &Range<usize>) -> bool {
    let denial = |w: &Item<'_>| w.is_any(&["neither", "none"]);
    // (not inside an aside closed after it: "A, B and C — none of them a comfortable partner
    // — formed"; "... — and none of the others followed" is no aside)
    if items[..range.start].iter().filter(|w| w.is_dash()).count() % 2 == 1
        && items[range.end..].iter().any(|w| w.is_dash())
    {
        return false;
    }
    let mut aside = false;
    items[range.clone()].iter().any(|w| {
        if w.is_dash() || w.is_punct('(') || w.is_punct(')') {
            aside = !aside;
        }
        !aside && denial(w)
    }) || {
        // "none of the three", "none of its members", "none of the union's three members"
        let mut p = range.start;
        if p >= 3 && items[p - 1].text == "'s" {
            p -= 2;
        }
        if p >= 1 && items[p - 1].is_any(&["the", "its", "their"]) {
            p -= 1;
        }
        p >= 2 && items[p - 1].is("of") && denial(&items[p - 2])
    }
}

/// Words that refer back to a group of states.
const PLURAL_ANAPHORS: &[&str] = &[
    "them", "they", "both", "all", "trio", "pair", "quartet", "each", "three", "four", "two",
    "five", "six", "latter",
];

/// Plural nouns that refer back to a group of states ("the countries", "the three states").
const GROUP_NOUNS: &[&str] = &[
    "countries",
    "states",
    "nations",
    "republics",
    "governments",
    "capitals",
    "neighbours",
    "neighbors",
];

/// A status still to come: from the article's date on.
fn from_now(s: &Sentence<'_, '_>) -> Option<Interval> {
    s.now().map(|now| now.from.map_or(now, Interval::after))
}

/// "Only six states now remain in the treaty: Russia, Belarus, ...": a counted subject ("six
/// states", "three more") before the verb at `i`, spelt out after a colon or a dash at the end
/// of the clause (past the object ending at `oend`), as many states as the count.
fn counted_subject_listed(
    s: &Sentence<'_, '_>,
    i: usize,
    oend: usize,
    clause: Range<usize>,
) -> Option<(Vec<StateId>, Range<usize>, usize)> {
    let items = s.items;
    let mut k = i;
    while k > clause.start
        && (is_aux(&items[k - 1])
            || items[k - 1].is_any(&["now", "all", "formally", "officially", "finally"]))
    {
        k -= 1;
    }
    let noun = items.get(k.checked_sub(1)?)?;
    // ("... of the eleven Commonwealth members, only six signed the treaty on 15 May — A, B,
    // ...": the number alone, opening its clause or after "only")
    let bare = super::num(noun).is_some_and(|n| (2..=15).contains(&n))
        && (k - 1 == clause.start
            || items[k - 2].is_any(&["only", "just", "but"])
            || items[k - 2].is_punct(','));
    if !(bare || noun.is_any(STATE_NOUNS) || noun.is_any(&["members", "parties", "more"])) {
        return None;
    }
    // (or a part of a larger count: "Six of the eleven member states signed ...: A, B, ...")
    // ("On 21 December eight more republics joined ...: A, B, ...")
    let more = usize::from(
        !bare
            && k >= 3
            && items[k - 2].is_any(&["more", "other", "further"])
            && super::num(&items[k - 3]).is_some(),
    );
    let head = match k
        .checked_sub(if bare { 1 } else { 2 + more })
        .filter(|&h| super::num(&items[h]).is_some())
    {
        Some(h) => h,
        None => {
            let of = (k.saturating_sub(6).max(clause.start + 1)..k - 1)
                .find(|&q| items[q].is("of") && super::num(&items[q - 1]).is_some())?;
            items[of + 1..k - 1]
                .iter()
                .all(|w| {
                    w.is_any(&["the", "its", "their", "member", "founding", "original"])
                        || super::num(w).is_some()
                })
                .then_some(of - 1)?
        }
    };
    let n = super::num(&items[head])? as usize;
    // ("Three more acceded in 1993—Azerbaijan in September, Georgia in December and
    // Belarus on the last day of the year—": past the clause's date, and each state
    // with its own, which the gapping pass then reads)
    let ctx = s.date_context(i, false);
    let mut c = oend;
    if let Some((_, r)) = find_date(items, c, (c + 6).min(clause.end), ctx)
        && r.start <= c + 1
    {
        c = r.end;
    }
    // (past a participle's clause on what they did: "six states stayed in the treaty, signing
    // a protocol that extends it for five more years: A, B, ...")
    if items.get(c).is_some_and(|w| w.is_punct(','))
        && items.get(c + 1).is_some_and(|w| {
            w.text.len() > 4
                && w.text.ends_with("ing")
                && w.text.chars().all(|ch| ch.is_lowercase())
                && !w.is_any(NOT_PARTICIPLES)
        })
        && let Some(colon) = (c + 2..(c + 20).min(items.len())).find(|&q| items[q].is_punct(':'))
        && items[c + 2..colon]
            .iter()
            .all(|w| !is_state_item(w) && !w.is_punct('.') && !w.is_punct(';') && !w.is_punct(','))
    {
        c = colon;
    }
    // (or a comma, when each state comes with its date: "Three states came in late last
    // year, Azerbaijan on 24 September, Georgia on 9 December and Belarus on 31 December")
    let gapped = || {
        items
            .get(c + 1)
            .is_some_and(|_| single_state_at(items, c + 1).is_some())
            && find_date(items, c + 2, (c + 8).min(items.len()), ctx)
                .is_some_and(|(_, r)| r.start <= c + 3)
    };
    // (or some of them, after "among them" or "including": "ten countries joined the Union,
    // among them Poland, Estonia, Latvia and Lithuania")
    if items.get(c).is_some_and(|w| w.is_punct(','))
        && let Some(from) = match items.get(c + 1) {
            Some(w) if w.is("among") && items.get(c + 2).is_some_and(|w| w.is("them")) => {
                Some(c + 3)
            }
            Some(w) if w.is("including") => Some(c + 2),
            _ => None,
        }
        && let Ok((rest, listed)) = state_list(Toks(&items[from..]))
        && listed.len() < n
        && rest
            .0
            .first()
            .is_none_or(|w| w.is_punct('.') || w.is_punct(';') || w.is_punct(',') || w.is_dash())
    {
        return Some((listed, head..k, k));
    }
    if !items
        .get(c)
        .is_some_and(|w| w.is_punct(':') || w.is_dash() || w.is_punct(',') && gapped())
    {
        return None;
    }
    let mut l = c + 1;
    let mut st = Vec::new();
    while let Some(one) = items.get(l).and_then(|_| single_state_at(items, l)) {
        st.push(one);
        l += 1;
        if let Some((_, r)) = find_date(items, l, (l + 8).min(items.len()), ctx)
            && r.start <= l + 1
        {
            l = r.end;
        }
        match items.get(l) {
            Some(w) if w.is_punct(',') => {
                l += 1 + usize::from(items.get(l + 1).is_some_and(|w| w.is("and")));
            }
            Some(w) if w.is("and") => l += 1,
            _ => break,
        }
    }
    // ("seven countries joined NATO: Estonia, Latvia and Lithuania, plus Bulgaria, Romania,
    // Slovakia and Slovenia": a plain list, its names outside the lexicon counted too)
    if st.len() < n
        && let Ok((rest, listed)) = state_list(Toks(&items[c + 1..]))
        && listed.len() >= st.len()
    {
        let mut e = index_of(items, rest);
        // (the names outside the lexicon that end it: ", Slovakia and Slovenia.")
        loop {
            let sep = usize::from(items.get(e).is_some_and(|w| w.is_punct(',')));
            let and = usize::from(items.get(e + sep).is_some_and(|w| w.is("and")));
            if sep + and > 0
                && items
                    .get(e + sep + and)
                    .is_some_and(super::grammar::unknown_name)
            {
                e += sep + and + 1;
            } else {
                break;
            }
        }
        let named = items[c + 1..e]
            .iter()
            .filter(|w| is_state_item(w) || super::grammar::unknown_name(w))
            .count();
        let closed = items
            .get(e)
            .is_none_or(|w| w.is_punct('.') || w.is_punct(';') || w.is_dash());
        return (named == n && closed).then_some((listed, head..k, k));
    }
    // (words the grammar does not read as a date may close the last item: "on the eve of
    // the vote")
    // (not a clause of its own: "— A, B, ..., F did not")
    let tail = || {
        items[l.min(items.len())..]
            .iter()
            .take(8)
            .take_while(|w| !is_state_item(w) && !w.is_punct(','))
    };
    // (right after the last state: past a ", and" the words are another clause's)
    let right_after =
        l > 0 && l <= items.len() && !items[l - 1].is("and") && !items[l - 1].is_punct(',');
    let closed = tail().any(|w| w.is_punct('.') || w.is_punct(';') || w.is_dash())
        && !(right_after
            && tail()
                .take_while(|w| !w.is_punct('.') && !w.is_punct(';') && !w.is_dash())
                .any(|w| is_aux(w) || w.is("not")))
        || l >= items.len();
    (st.len() == n && closed).then_some((st, head..k, k))
}

/// Where the words that may carry a listing's auxiliary ("will have", "would leave the treaty
/// with") begin: at most six words before item `k`, not before its clause or a comma ("Since
/// Uzbekistan would not stay, the treaty has six members: ..." is asserted).
fn aux_window(items: &[Item<'_>], k: usize, clause_start: usize) -> usize {
    let from = k.saturating_sub(6).max(clause_start).min(k);
    (from..k)
        .rev()
        .find(|&q| items[q].is_punct(',') || items[q].is_dash())
        .map_or(from, |q| q + 1)
}

/// "the presidents of A and B used the summit to set up GUAM", "met in Strasbourg to found
/// ...": the subject of an infinitive of purpose is the subject of the verb it completes (whose
/// words count as the infinitive's auxiliaries: "agreed to set up" is still to come).
fn purpose_subject(
    s: &Sentence<'_, '_>,
    v: usize,
    lower: usize,
) -> Option<(Vec<StateId>, Range<usize>, usize)> {
    let items = s.items;
    if v < 2 || !items[v - 1].is("to") {
        return None;
    }
    // Only verbs whose subject acts in the infinitive ("opposed Georgia's bid to join" is
    // Georgia's bid, not Russia's).
    const COMPLETED: &[&str] = &[
        "used",
        "met",
        "gathered",
        "came",
        "went",
        "agreed",
        "decided",
        "voted",
        "moved",
        "convened",
        "assembled",
        "threatened",
        "promised",
        "pledged",
        "vowed",
        "intended",
        "planned",
    ];
    // "joined EurAsEC in 2006, only to freeze its participation in 2008": the main clause's
    // verb, past the comma.
    let only = items[v - 2].is("only");
    for j in (lower.max(v.saturating_sub(8))..v - 1).rev() {
        let w = &items[j];
        if only {
            if w.is_punct(';') || w.is_dash() {
                return None;
            }
            if verb_at(items, j).is_some() {
                return subject(s, j, lower).map(|(states, range, _)| (states, range, v - 2));
            }
            continue;
        }
        // ("gathered in Astana on 10 October to sign": a place named is stepped over)
        if matches!(w.entity(), Some(Entity::Capital(_) | Entity::State(_)))
            && j >= 1
            && items[j - 1].is_any(&["in", "at"])
        {
            continue;
        }
        // Nothing owned, nobody named and no other clause between the verb and "to".
        if w.is_punct(';')
            || w.is_punct(',')
            || w.is_dash()
            || w.text == "'s"
            || w.entity().is_some()
            || w.is_any(&["which", "who", "that", "its", "their", "his", "her"])
        {
            return None;
        }
        if w.is_any(COMPLETED)
            && let Some((states, range, _)) = subject(s, j, lower)
        {
            return Some((states, range, j));
        }
    }
    None
}

/// The subject whose verb starts at item `v`: the states, the item range they span, and where
/// the words between subject and verb begin.
fn subject(
    s: &Sentence<'_, '_>,
    v: usize,
    lower: usize,
) -> Option<(Vec<StateId>, Range<usize>, usize)> {
    let items = s.items;
    // "Ukraine continues to stay out of the pact": the subject of "continues".
    if v >= 2
        && v - 2 > lower
        && items[v - 1].is("to")
        && items[v - 2].is_any(&["continue", "continues", "continued"])
    {
        return subject(s, v - 2, lower);
    }
    // "Ukraine was the first Commonwealth state to join", "Georgia is the first state ever to
    // have left the CIS": the one the superlative describes.
    if let Some(found) = superlative_subject(s, v, lower) {
        return Some(found);
    }
    if let Some(found) = counted_relative_subject(s, v) {
        return Some(found);
    }
    // "Georgia, Ukraine, Azerbaijan and Moldova, which together with Uzbekistan make up GUUAM":
    // the relative pronoun's antecedent and the states it is joined with.
    if let Some(q) = (v.saturating_sub(12).max(lower)..v)
        .rev()
        .find(|&q| items[q].is_any(&["which", "who"]) && q > lower && items[q - 1].is_punct(','))
    {
        let w = q
            + 1
            + usize::from(
                items
                    .get(q + 1)
                    .is_some_and(|w| w.is_any(&["together", "along"])),
            );
        if items.get(w).is_some_and(|x| x.is("with"))
            && let Ok((rest, with)) = state_list(Toks(&items[w + 1..v]))
            && rest
                .0
                .iter()
                .all(|x| x.is_any(&["now", "still", "also", "all"]))
            && let Some((mut states, range, _)) = subject_near(s, q + 1, lower)
        {
            add_states(&mut states, with);
            return Some((states, range, v));
        }
    }
    let (mut states, mut range, aux) = subject_near(s, v, lower)?;
    // "A bilateral treaty of alliance with Russia was signed": a state the subject is with, for,
    // or against is no subject of a passive.
    if range.start >= 1
        && items[range.start - 1].is_any(&["with", "for", "against", "between", "and"])
        && (range.end..v)
            .chain(v.saturating_sub(2)..v)
            .any(|k| items[k].is_any(&["was", "were", "been", "being"]))
        && items[..range.start]
            .iter()
            .rev()
            .take(6)
            .any(|w| w.is_any(&["treaty", "agreement", "accord", "pact", "deal", "document"]))
    {
        return None;
    }
    // "Presidents gathered in Astana on 10 October to sign a treaty": a place is not who acts
    // in the infinitive; "On Monday in Chisinau, the six states that stayed in the treaty ...":
    // nor the subject of a clause after it.
    if v >= 1
        && (items[v - 1].is("to")
            // (not "a partner in Georgia, which joined the WTO in 2000")
            || items.get(range.end).is_some_and(|w| w.is_punct(','))
                && !items
                    .get(range.end + 1)
                    .is_some_and(|w| w.is_any(&["which", "who", "whose"])))
        && range.len() == 1
        && range.start >= 1
        && items[range.start - 1].is_any(&["in", "at"])
    {
        return None;
    }
    // "After Russia warned Georgia, Ukraine joined GUAM": names joined by a comma alone are no
    // list; the one before the verb is the subject.
    if states.len() >= 2
        && range.len() == 3
        && items[range.start + 1].is_punct(',')
        && range.start > lower
        && (lower..range.start).any(|k| {
            items[k].is_any(&[
                "after", "when", "as", "while", "because", "since", "once", "before",
            ])
        })
    {
        states = vec![states[states.len() - 1]];
        range = range.end - 1..range.end;
    }
    // "Neither Turkmenistan, which proclaims neutrality, nor Afghanistan belongs": the state
    // after "Neither" is the subject too (and the range starts with the denial).
    if range.start >= 2
        && items[range.start - 1].is("nor")
        && let Some(k) = (lower..range.start - 1)
            .rev()
            .take(16)
            .find(|&k| items[k].is("neither"))
        && let Some(st) = single_state_at(items, k + 1)
    {
        if !states.contains(&st) {
            states.insert(0, st);
        }
        range = k..range.end;
    }
    // "Uzbekistan, which has its own cotton to protect, and neutral Turkmenistan remain
    // outside": the state opening the clause, before a relative clause on it, is the subject
    // too.
    // (one adjective may stand before the second: "and neutral Turkmenistan")
    let and_at = range.start.checked_sub(1).map(|p| {
        if p >= 1
            && items[p - 1].is("and")
            && items[p].kind == super::tokens::Kind::Word
            && items[p].text.chars().all(|c| c.is_ascii_lowercase())
        {
            p - 1
        } else {
            p
        }
    });
    // (the verb the main clause's, not one of a relative clause on the second: "Moldova, which
    // joined in 2001, and Armenia, which followed in 2003")
    if let Some(and) = and_at
        && and >= 1
        && !items[range.end..v.max(range.end)]
            .iter()
            .any(|w| w.is_any(&["which", "who"]))
        && items[and].is("and")
        && items[and - 1].is_punct(',')
        && let Some(q) = (lower + 2..and - 1)
            .rev()
            .take(16)
            .find(|&q| items[q].is_any(&["which", "who"]))
        && items[q - 1].is_punct(',')
        && q - 2 == lower
        && !items[q + 1..and - 1]
            .iter()
            .any(|w| w.is_punct(',') || w.is_punct(';') || w.is_dash())
        && let Some(st) = single_state_at(items, q - 2)
    {
        if !states.contains(&st) {
            states.insert(0, st);
        }
        range = q - 2..range.end;
    }
    // "but like Kazakhstan, Kyrgyzstan and Turkmenistan it joined the Partnership": the states
    // the subject is likened to did the same.
    let before_like =
        range.start - usize::from(range.start > 0 && items[range.start - 1].is_punct(','));
    if before_like > lower
        && let Some((like, r)) = list_ending_at(s, before_like, lower)
        && r.start >= 1
        && items[r.start - 1].is("like")
        && (r.start - 1 == lower
            || r.start >= 2
                && (items[r.start - 2].is_any(&["but", "and", "while", "whereas"])
                    || items[r.start - 2].is_punct(',')))
    {
        add_states(&mut states, like);
    }
    Some((states, range, aux))
}

/// The subject of a verb at item `v` in a relative clause on a number, named by the list set off
/// after the clause: "the three that left — Azerbaijan, Georgia and Uzbekistan — show no
/// inclination to return", "the six that put their names to it in May 1992 (A, B, ...)".
fn counted_relative_subject(
    s: &Sentence<'_, '_>,
    v: usize,
) -> Option<(Vec<StateId>, Range<usize>, usize)> {
    let items = s.items;
    if v < 3 || !items[v - 1].is_any(&["that", "which", "who"]) {
        return None;
    }
    let n = super::num(&items[v - 2]).filter(|n| (2..=12).contains(n))?;
    if !items[v - 3].is_any(&["the", "those"]) {
        return None;
    }
    let open = (v + 1..(v + 20).min(items.len()))
        .take_while(|&k| !(items[k].is_punct('.') || items[k].is_punct(';')))
        .find(|&k| items[k].is_dash() || items[k].is_punct('(') || items[k].is_punct(':'))?;
    let (_, states) = state_list(Toks(&items[open + 1..])).ok()?;
    (states.len() as u64 == n).then_some((states, v - 3..v - 1, v))
}

/// The subject of an infinitive at item `v` after "the first (last, only) ... to": "Ukraine
/// was the first Commonwealth state to join", "Tajikistan became the last former Soviet
/// republic to join", "Georgia is the first state ever to have left".
fn superlative_subject(
    s: &Sentence<'_, '_>,
    v: usize,
    lower: usize,
) -> Option<(Vec<StateId>, Range<usize>, usize)> {
    let items = s.items;
    let mut to = v.checked_sub(1)?;
    // ("the first state ever to have left", "the first member of the CIS to be admitted to the
    // WTO")
    if items[to].is_any(&["have", "be"]) {
        to = to.checked_sub(1)?;
    }
    if to <= lower || !items[to].is("to") {
        return None;
    }
    // Back over the noun phrase to its superlative and "the".
    let sup = (to.saturating_sub(8).max(lower)..to)
        .rev()
        .take_while(|&q| {
            matches!(
                items[q].kind,
                super::tokens::Kind::Word
                    | super::tokens::Kind::Name(_)
                    | super::tokens::Kind::Dash { joining: true }
            )
        })
        .find(|&q| {
            items[q].is_any(&[
                "first", "last", "only", "second", "third", "latest", "newest", "sole", "earliest",
            ])
        })?;
    if sup == 0 || !items[sup - 1].is("the") {
        return None;
    }
    // (the superlative's own infinitive: not "the first country to refuse to join", "to apply
    // to join", "to be invited to join"; nor a likelihood, "the last state likely to leave")
    if items[sup + 1..to].iter().any(|w| {
        w.is_any(&[
            "to",
            "likely",
            "unlikely",
            "expected",
            "due",
            "set",
            "ready",
            "willing",
            "able",
            "invited",
            "asked",
            "allowed",
            "permitted",
            "eligible",
        ])
    }) {
        return None;
    }
    let mut c = sup - 1;
    if c == 0 {
        return None;
    }
    c -= 1;
    // ("Azerbaijan, the third state to leave in 1999, ...": set off after the states it tells
    // of)
    if items[c].is_punct(',') && c > lower {
        // (not when the clause goes on to tell the same step: "Georgia, the only state ever to
        // have left, pulled out in August 2009")
        let (told, vend) = verb_at(items, v)?;
        // (and only of an organisation named after the verb: a bare "the third state to leave"
        // may be of any told before)
        object(s, vend, items.len())?;
        let close = (v + 1..items.len()).find(|&q| items[q].is_punct(','))?;
        let again = (close + 1..(close + 5).min(items.len()))
            .any(|q| verb_at(items, q).is_some_and(|(verb, _)| verb == told));
        if again {
            return None;
        }
        let (states, r) = list_ending_at(s, c, lower)?;
        return Some((states, r, c));
    }
    if !items[c].is_any(&["was", "is", "became", "becomes", "become", "been"]) {
        return None;
    }
    if items[c].is("been") && c >= 1 && items[c - 1].is_any(&["has", "had", "have"]) {
        c -= 1;
    }
    // ("Romania on Wednesday became the first country to join", "Ukraine yesterday became
    // ..."): past a date or an adverb between the subject and the copula
    let ctx = s.date_context(c, false);
    let mut e = c;
    if let Some((_, r)) = (c.saturating_sub(5).max(lower + 1)..c)
        .find_map(|st| find_date(items, st, c, ctx).filter(|(_, r)| r.start == st && r.end == c))
    {
        e = r.start - usize::from(r.start > lower + 1 && items[r.start - 1].is_any(&["on", "in"]));
    } else if c > lower + 1
        && items[c - 1].is_any(&[
            "yesterday",
            "today",
            "formally",
            "finally",
            "then",
            "thereby",
        ])
    {
        e = c - 1;
    }
    let (states, r) = list_ending_at(s, e, lower)?;
    // (the date dates the event only with "became": "Kyrgyzstan in 1999 was the only CIS state
    // to join the WTO" tells how things stood in 1999)
    let aux = if items[c].is_any(&["became", "becomes", "become"]) {
        e
    } else {
        c
    };
    Some((states, r, aux))
}

fn subject_near(
    s: &Sentence<'_, '_>,
    v: usize,
    lower: usize,
) -> Option<(Vec<StateId>, Range<usize>, usize)> {
    let items = s.items;
    // (an auxiliary or an adverb may stand between the closing comma and the verb: "a would-be
    // sixth, Turkmenistan, never joined")
    let mut e = v;
    while e > lower + 1
        && (is_aux(&items[e - 1])
            || items[e - 1].is_any(&[
                "never", "not", "also", "formally", "finally", "later", "then", "quietly",
                "already", "promptly", "duly",
            ]))
    {
        e -= 1;
    }
    // "The Uzbek president signed ...", "Georgia's government has quit ...": the leader or
    // government of a state acts for it.
    if let Some((st, r)) = government_ending_at(s, e, lower) {
        return Some((vec![st], r, e));
    }
    // "Three more states, Azerbaijan, Georgia and Belarus, acceded in 1993": the list set off
    // after a noun for states (or a number: "the other two, Armenia and Belarus, stay out").
    if e >= 2
        && items[e - 1].is_punct(',')
        && let Some((st, r)) = list_ending_at(s, e - 1, lower)
        && r.start >= 2
        && items[r.start - 1].is_punct(',')
        && (items[r.start - 2].is_any(STATE_NOUNS)
            || super::num(&items[r.start - 2]).is_some_and(|n| n as usize == st.len())
            // ("Two CIS members, Ukraine and Moldova, are still outside it": a counted noun for
            // members, as many as listed)
            // (not an organisation's own, told by "whose": "the EurAsEC, whose other two
            // members, A and B, remain outside it")
            || items[r.start - 2].is_any(&["members", "parties", "signatories", "founders"])
                && (r.start.saturating_sub(5).max(lower)..r.start - 2)
                    .any(|q| super::num(&items[q]).is_some_and(|n| n as usize == st.len()))
                && !items[r.start.saturating_sub(6).max(lower)..r.start - 2]
                    .iter()
                    .any(|w| w.is("whose"))
            // ("Two of them, Georgia and Azerbaijan, are also parties to ...", "Two of the
            // four, Georgia and Azerbaijan, ...", "two of its members, A and B, ...")
            || (r.start.saturating_sub(6).max(1)..r.start - 1).any(|q| {
                items[q].is("of")
                    && super::num(&items[q - 1]).is_some_and(|n| n as usize == st.len())
                    && items[q + 1..r.start - 1].iter().all(|w| {
                        w.is_any(&["the", "them", "these", "those", "its", "their"])
                            || w.is_any(STATE_NOUNS)
                            || w.is_any(&["members", "parties", "founders", "signatories"])
                            || super::num(w).is_some()
                    })
            })
            // ("the fifth member, Uzbekistan, froze its participation", "a would-be sixth,
            // Turkmenistan, never joined", "and its neighbour, Turkmenistan, stayed out": one
            // state after a noun phrase opening its clause or conjunct)
            // (the noun before an organisation it is in: "two partners in the customs union")
            || (st.len() == 1 || {
                let head = r.start - 2;
                let head = if head >= 3 && org_a_noun_is_in(items, head).is_some() {
                    head - 3
                } else {
                    head
                };
                items[head].text.ends_with('s')
            }) && appositive_opener(items, r.start - 1, lower))
    {
        return Some((st, r, e));
    }
    // "The six states that still adhere to the 1992 treaty—Russia, Armenia, ...—signed": the
    // list between dashes spells out a counted subject, as many as it counts.
    if v >= 2
        && items[v - 1].is_dash()
        && let Some((st, r)) = list_ending_at(s, v - 1, lower)
        && r.start >= 2
        && items[r.start - 1].is_dash()
        && let Some(n) = (r.start.saturating_sub(14).max(lower)..r.start - 1).find(|&k| {
            k > 0
                && items[k - 1].is_any(&["the", "these", "those", "all", "whose", "its", "their"])
                && (super::num(&items[k]).is_some_and(|n| n as usize == st.len())
                    && items.get(k + 1).is_some_and(|w| {
                        w.is_any(STATE_NOUNS)
                            || w.is_any(&["members", "signatories", "participants", "parties"])
                    })
                    // ("the rump—A, B, ...—signed", "the rest — A, B — stayed")
                    || k + 1 == r.start - 1
                        && items[k].is_any(&["rump", "rest", "remainder", "others"]))
        })
        && !items[n..r.start - 1]
            .iter()
            .any(|w| w.is_dash() || w.is_punct(';') || w.is_punct('('))
    {
        return Some((st, n - 1..r.end, v));
    }
    // "Georgia, now outside the CIS, keeps ...": a bare status set off after the states it
    // tells of.
    if items[v].is_any(&["outside", "inside", "back", "in"]) {
        let comma = if v >= 1 && items[v - 1].is_punct(',') {
            Some(v - 1)
        } else {
            (v >= 2
                && items[v - 1].is_any(&[
                    "now",
                    "still",
                    "long",
                    "already",
                    "once",
                    "again",
                    "also",
                    "itself",
                    "themselves",
                ])
                && items[v - 2].is_punct(','))
            .then(|| v - 2)
        };
        if let Some(c) = comma
            && let Some((st, r)) = list_ending_at(s, c, lower)
            // (not "talks between Russia and Georgia, now outside the CIS,")
            && (r.start == 0
                || !items[r.start - 1].is_any(&[
                    "between", "with", "of", "and", "to", "from", "by", "for", "against",
                ]))
        {
            return Some((st, r, v));
        }
    }
    // "talk in Kyiv two years ago of leaving it": a gerund after a preposition is a noun.
    if items[v].text.ends_with("ing")
        && v > 0
        && items[v - 1].is_any(&["of", "about", "for", "against", "from", "on"])
    {
        return None;
    }
    let mut j = v;
    let mut after_aside = 0;
    let mut extra_subjects: Vec<StateId> = Vec::new();
    // Skip auxiliaries, adverbs, dates and asides set off by dashes, brackets or commas.
    loop {
        if j <= lower {
            break;
        }
        let k = j - 1;
        let it = &items[k];
        if it.is_any(&["which", "who", "that"]) {
            break;
        }
        // "Georgia, which like Azerbaijan pulled out of ...": the comparison is no subject.
        // ("which like Azerbaijan and Uzbekistan pulled out": a list of them)
        if is_state_item(it)
            && let Some(like) = (k.saturating_sub(8)..k)
                .rev()
                .take_while(|&q| {
                    is_state_item(&items[q])
                        || items[q].is_punct(',')
                        || items[q].is("and")
                        || items[q].is("like")
                })
                .find(|&q| items[q].is("like"))
            && like >= 1
            && items[like - 1].is_any(&["which", "who"])
        {
            // (they did the same, as "Kazakhstan, like Russia, remains" tells of Russia too)
            extra_subjects.extend((like + 1..=k).filter_map(|q| single_state_at(items, q)));
            j = like;
            continue;
        }
        // "The three joined": the number is the subject, not part of a date.
        if super::num(it).is_some_and(|n| (2..=12).contains(&n))
            && k > 0
            && items[k - 1].is_any(&["the", "these", "those"])
        {
            break;
        }
        // "Of the six original signatories (A, B, ...), only one left", "..., two stayed": a
        // number alone is some of a group, which the words do not name.
        if super::num(it).is_some()
            && it.text.chars().all(char::is_alphabetic)
            && !items.get(k + 1).is_some_and(|w| {
                w.is_any(&[
                    "year", "years", "month", "months", "week", "weeks", "day", "days", "decades",
                    "decade", "ago", "later", "earlier", "of",
                ])
            })
            && (k == lower
                || items[k - 1].is_punct(',')
                || items[k - 1].is_any(&["only", "just", "but", "and"]))
        {
            return None;
        }
        if is_aux(it)
            || super::num(it).is_some()
            || it.is_any(DATE_PREPOSITIONS)
            || super::dates::weekday_of(it).is_some()
            || it.is_any(&[
                "year",
                "years",
                "month",
                "months",
                "week",
                "weeks",
                "decades",
                "ago",
                "later",
                "last",
                "this",
                "next",
                "early",
                "mid",
                "late",
                "spring",
                "summer",
                "autumn",
                "winter",
                "May",
                "April",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
                "January",
                "February",
                "March",
                // ("Georgia and Moldova on Friday formed GUAM", "on Friday morning")
                "yesterday",
                "today",
                "weekend",
                "morning",
                "evening",
                "afternoon",
            ])
        {
            // Never skip over the subject itself.
            if is_state_item(it) {
                break;
            }
            j = k;
            continue;
        }
        // "India, Iran and Pakistan, granted observer status in July, attended": a
        // participle right after a list and its comma has the whole list as subject (the
        // list's own commas are no aside).
        if it.is_punct(',')
            && k + 1 == v
            && items[v].text.ends_with("ed")
            && let Some((st, r)) = list_ending_at(s, k, lower)
            && st.len() >= 2
            // (not an aside's comparison: "Armenia, like Georgia and Azerbaijan, joined")
            && (r.start == 0
                || !items[r.start - 1].is_any(&[
                    "with",
                    "to",
                    "from",
                    "by",
                    "of",
                    "like",
                    "unlike",
                    "alongside",
                ]))
        {
            return Some((st, r, v));
        }
        // "the presidents of Russia, Belarus and Kazakhstan, Vladimir Putin, Alexander
        // Lukashenko and Nursultan Nazarbayev, signed": the leaders named after their states
        // are an aside, commas and all.
        if it.is_punct(',') {
            let person =
                |w: &Item<'_>| matches!(w.entity(), Some(Entity::Person(_) | Entity::Surname(_)));
            let mut q = k;
            while q > lower
                && (person(&items[q - 1]) || items[q - 1].is_punct(',') || items[q - 1].is("and"))
            {
                q -= 1;
            }
            if q > lower
                && q + 1 < k
                && items[q].is_punct(',')
                && person(&items[q + 1])
                && is_state_item(&items[q - 1])
            {
                after_aside = after_aside.max(k + 1);
                j = q;
                continue;
            }
        }
        if it.is_dash() || it.is_punct(')') || it.is_punct(',') {
            let opener = (lower..k).rev().find(|&o| {
                let c = &items[o];
                if it.is_dash() {
                    c.is_dash()
                } else if it.is_punct(')') {
                    c.is_punct('(')
                } else {
                    c.is_punct(',')
                }
            });
            // "Seven countries—Estonia, Latvia, ...—joined": a noun for states whose list
            // stands between dashes is the subject.
            // So is a count in brackets or dashes: "Two of the four (Georgia and Azerbaijan)
            // acceded", "the remaining six—A, B, ...—will sign".
            let counted = |o: usize, n: usize| {
                let is_n = |q: usize| super::num(&items[q]) == Some(n as u64);
                is_n(o - 1)
                    || o >= 4
                        && items[o - 2].is("the")
                        && items[o - 3].is("of")
                        && o - 4 >= lower
                        && is_n(o - 4)
            };
            // ("the six remaining members of the treaty — A, B, ... — signed": the noun before
            // "of" and the organisation heads a phrase opening with "the"; "Six member states
            // of the Commonwealth of Independent States (CIS) — A, B, ... — signed": or with
            // a count as many as the list, opening the clause)
            let of_org = |o: usize, n: usize| {
                // (a bracketed acronym after the name: "... States (CIS)")
                let o = if o >= 4
                    && items[o - 1].is_punct(')')
                    && items[o - 3].is_punct('(')
                    && matches!(items[o - 2].entity(), Some(Entity::Org(_)))
                {
                    o - 3
                } else {
                    o
                };
                if !matches!(items[o - 1].entity(), Some(Entity::Org(_))) {
                    return o;
                }
                let of = o - 1 - usize::from(o >= 2 && items[o - 2].is("the"));
                // ("The six remaining parties to the treaty — A, B, ... — signed")
                let headed = of >= 3 + lower
                    && (items[of - 1].is("of")
                        || items[of - 1].is("to") && items[of - 2].is("parties"))
                    && (lower..of - 1).rev().take(4).any(|q| {
                        items[q].is_any(&["the", "its", "their"])
                            || q == lower && super::num(&items[q]) == Some(n as u64)
                    });
                if headed { of - 1 } else { o }
            };
            // "The three states (A, B and C) signed", "Its four members (A, B, C and D)
            // renamed ...", "The five GUUAM states (A, ...) signed": a plural noun for states
            // with a count as many as the list, or an owner ("its", an organisation), whose
            // list stands in brackets, heading its clause.
            let bracketed_head = |o: usize, n: usize| {
                let noun = &items[o - 1];
                if !(noun.is_any(STATE_NOUNS)
                    || noun.is_any(&["members", "signatories", "founders", "parties"]))
                {
                    return None;
                }
                let start = (lower..o - 1)
                    .rev()
                    .take(4)
                    .take_while(|&q| {
                        items[q].is_any(&[
                            "the",
                            "its",
                            "their",
                            "whose",
                            "other",
                            "remaining",
                            "member",
                            "founding",
                            "original",
                        ]) || super::num(&items[q]).is_some()
                            || matches!(items[q].entity(), Some(Entity::Org(_)))
                    })
                    .last()?;
                let owned = (start..o - 1).any(|q| {
                    items[q].is_any(&["its", "their", "whose"])
                        || matches!(items[q].entity(), Some(Entity::Org(_)))
                });
                let nums: Vec<u64> = (start..o - 1)
                    .filter_map(|q| super::num(&items[q]))
                    .collect();
                ((nums.is_empty() && owned || nums == [n as u64])
                    && (start == lower
                        || items[start - 1].is_punct(',')
                            && opener_before(items, lower, start - 1)))
                .then_some(start)
            };
            if (it.is_dash() || it.is_punct(')'))
                && let Some(o) = opener.filter(|&o| o > lower + 1 && o + 1 < k)
                && let Ok((rest, list)) = state_list(Toks(&items[o + 1..k]))
                && rest.0.is_empty()
                && list.len() >= 2
                && let o = if it.is_dash() {
                    of_org(o, list.len())
                } else {
                    o
                }
                && (it.is_dash()
                    && items[o - 1].kind == super::tokens::Kind::Word
                    && (items[o - 1].text.ends_with('s') || items[o - 1].is("them"))
                    && items[o - 1].text.chars().all(|c| c.is_lowercase())
                    || counted(o, list.len()))
            {
                let start = (lower..o - 1)
                    .rev()
                    .take_while(|&q| {
                        items[q].is_any(&["the", "all", "its", "their", "other", "remaining"])
                            || super::num(&items[q]).is_some()
                            || items[q].kind == super::tokens::Kind::Word
                                && items[q].text.chars().all(|c| c.is_lowercase())
                                && q + 2 == o
                    })
                    .last()
                    .unwrap_or(o - 1);
                return Some((list, start..k, k + 1));
            }
            if it.is_punct(')')
                && let Some(o) = opener.filter(|&o| o > lower + 1 && o + 1 < k)
                && let Ok((rest, list)) = state_list(Toks(&items[o + 1..k]))
                && rest.0.is_empty()
                && list.len() >= 2
                && let Some(start) = bracketed_head(of_org(o, list.len()), list.len())
            {
                return Some((list, start..k, k + 1));
            }
            // "The rest of us, Georgia, Ukraine, Azerbaijan and Moldova, remain": a comma after
            // a list closes the list, not an aside made of its last states.
            if it.is_punct(',')
                && let Some(o) = opener
                && o > lower
                && is_state_item(&items[o - 1])
                && state_list(Toks(&items[o + 1..k])).is_ok_and(|(rest, _)| rest.0.is_empty())
            {
                j = k;
                break;
            }
            // "Two neighbours, Belarus and Kazakhstan, remain outside the WTO", "Both neighbours,
            // A and B, ...": a plural noun opening the clause, with a count or "both", named by
            // the list set off after it.
            if let Some(o) =
                opener.filter(|&o| o > lower && it.is_punct(',') && items[o].is_punct(','))
                && let Ok((rest, list)) = state_list(Toks(&items[o + 1..k]))
                && rest.0.is_empty()
                && list.len() >= 2
                && items[lower..o].iter().all(|w| {
                    w.kind == super::tokens::Kind::Word
                        && w.text.chars().all(char::is_alphabetic)
                        && w.entity().is_none()
                        || super::num(w).is_some()
                })
                && items[o - 1].text.ends_with('s')
                && items[lower..o].iter().any(|w| {
                    super::num(w).is_some_and(|n| n as usize == list.len())
                        || w.is("both") && list.len() == 2
                })
            {
                return Some((list, lower..k, k + 1));
            }
            match opener {
                Some(o) if o > lower && o + 1 < k => {
                    // "Georgia and Azerbaijan—both under pressure—joined": skip the aside.
                    after_aside = after_aside.max(k + 1);
                    // "Tashkent—together with Tbilisi and Baku—allowed ...", "Kazakhstan, like
                    // Russia, remains ...", "..., as well as Belarus, have ...": the aside adds
                    // subjects.
                    let shared = sharers(items, o + 1, k).unwrap_or_default();
                    // ("Uzbekistan, like all four GUAM states, is ...": the group counted)
                    if shared.is_empty()
                        && items[o + 1].is_any(&["like", "alongside"])
                        && let Some(p) = (o + 2..k).find(|&q| items[q].is_any(&["all", "both"]))
                        && let Some(n) = items.get(p + 1).and_then(super::num)
                    {
                        let group = counted_group(s, plural_before(s, p), n, p);
                        if group.len() as u64 == n {
                            extra_subjects.extend(group);
                        }
                    }
                    extra_subjects.extend(shared);
                    j = o;
                    continue;
                }
                _ => break,
            }
        }
        break;
    }
    // "Both are also members ...", "All three left ...", "Neither is a member", "None of them
    // has quit ...": the skipped words were the subject.
    // (the word right before the verb included: "None is a member", "none belongs to it"; not
    // one a preposition follows: "has shown no interest in leaving, and none in rejoining")
    if let Some(p) = (j.saturating_sub(1).max(lower)..v).find(|&k| {
        items[k].is_any(&["both", "all", "each", "neither", "none"])
            && (k >= j || !items[k + 1].is_any(&["in", "on", "at", "for", "to", "with", "by"]))
    }) && (p == lower
        || !is_state_item(&items[p - 1])
                && (!items[p - 1].is_punct(',') || opener_before(items, lower, p - 1))
                // ("Uzbekistan, for all its theatrics, remains": an aside's phrase)
                // ("may, after all, leave again": an idiom)
                // ("Uzbekistan, like all four GUAM states, is": an aside's comparison)
                && !items[p - 1].is_any(&[
                    "for", "despite", "in", "at", "by", "from", "above", "after", "like", "unlike",
                    "alongside",
                ])
                // ("it is neither in NATO nor in the CSTO": a negation after the copula)
                && (!items[p].is("neither") || !is_aux(&items[p - 1]))
                && !(items[p - 1].is("and")
                    && !(p >= 2 && (items[p - 2].is_punct(';') || items[p - 2].is_punct(','))))
                && list_ending_at(s, p, lower).is_none())
    {
        let mut group = plural_before(s, p);
        let pair = items[p].is_any(&["both", "neither"]);
        // ("Georgia and Ukraine want NATO membership. All six are members of the CIS, and both
        // are members of GUAM": the pair the sentence before left, past this one's six)
        // (opening its clause: not "A, B, C and D—both under heavy pressure—acceded")
        if pair
            && group.len() != 2
            && s.discourse.plural.len() == 2
            && (p == 0 || items[p - 1].is_any(&["and", "but"]))
        {
            group = s.discourse.plural.clone();
        }
        // ("All four" are a group of four: the counted states of an earlier sentence when the
        // last group is not)
        // ("None of the three is a WTO member": of a group of three)
        let counted_at = if items.get(p + 1).is_some_and(|w| w.is("of"))
            && items
                .get(p + 2)
                .is_some_and(|w| w.is_any(&["the", "these", "those"]))
        {
            p + 3
        } else {
            p + 1
        };
        if let Some(n) = items
            .get(counted_at)
            .and_then(super::num)
            .filter(|&n| n >= 2)
        {
            group = counted_group(s, group, n, p);
        }
        // (after an opening phrase, a count must fit the group: not "Georgia and Armenia have
        // four frontier posts. Still, all four are ...")
        let misfit = p > lower
            && items[p - 1].is_punct(',')
            && items
                .get(p + 1)
                .and_then(super::num)
                .is_some_and(|n| group.len() as u64 != n);
        // ("All six, China excepted, belong ...", "all six are members except China")
        let out = excepted_states(items, p + 1, s.clause(p).end);
        group.retain(|st| !out.contains(st));
        if group.len() >= 2 && (!pair || group.len() == 2) && !misfit {
            return Some((group, p..p + 1, p + 1));
        }
    }
    if j <= lower {
        return None;
    }
    let end = j;
    let last = &items[end - 1];
    // "all five GUUAM members still belong to ...": the members the organisation had then,
    // when there were as many as the count says.
    if let Some(found) = counted_members(s, end, lower) {
        return Some((found.0, found.1, end.max(after_aside)));
    }
    // "The three members of the customs union belong to ...", "None of the six members of the
    // treaty is in GUAM": the members counted, past the organisation they are members of.
    if matches!(last.entity(), Some(Entity::Org(_)))
        || last.is_any(super::grammar::ORG_ANAPHORS) && end >= 2 && items[end - 2].is("the")
    {
        let mut of = end - 1;
        if of >= 1 && items[of - 1].is("the") {
            of -= 1;
        }
        if of >= 3
            && of - 3 >= lower
            && items[of - 1].is("of")
            && items[of - 2].is_any(&["members", "states", "countries", "parties"])
            && super::num(&items[of - 3]).is_some()
            && let Some((states, range, _)) = subject(s, of - 1, lower)
            && range.end == of - 1
        {
            return Some((states, range, end.max(after_aside)));
        }
    }
    // "Uzbekistan, which joined ..."
    if last.is_any(&["which", "who", "whom", "that"]) {
        // "Uzbekistan, which joined ...", "Kazakhstan and Kyrgyzstan, both of which signed ..."
        let mut c = end - 1;
        if c >= 2
            && items[c - 1].is("of")
            && items[c - 2].is_any(&[
                "both", "all", "each", "most", "some", "one", "two", "three", "four", "none",
                "neither",
            ])
        {
            c -= 2;
        }
        // "Uzbekistan was among the six states that signed ...", "Kazakhstan, one of the five
        // states that founded ...": the member of the group counted. A dash aside between the
        // noun and "that" ("the six states—alongside A and B—that signed") is stepped over.
        if let Some(found) = among_counted(s, c, lower) {
            return Some((found.0, found.1, end.max(after_aside)));
        }
        // "Uzbekistan, obviously, which walked out of the treaty": over an adverb set off by
        // commas before the pronoun
        if c >= 4
            && items[c - 1].is_punct(',')
            && items[c - 3].is_punct(',')
            && items[c - 2].kind == super::tokens::Kind::Word
            && items[c - 2].text.ends_with("ly")
            && items[c - 2].text.chars().all(|ch| ch.is_lowercase())
            && is_state_item(&items[c - 4])
        {
            c -= 2;
        }
        // "his country, which rejoined the alliance in 2006"
        if c >= 3
            && items[c - 1].is_punct(',')
            && let Some(st) = country_ending_at(s, c - 1)
        {
            return Some((vec![st], c - 3..c - 1, end.max(after_aside)));
        }
        if c >= 1
            && (items[c - 1].is_punct(',') || items[c - 1].is_dash() || items[c - 1].is_punct('('))
        {
            // "Armenia, which, like Azerbaijan, belongs to ..."
            if let Some((mut st, mut r)) = list_ending_at(s, c - 1, lower) {
                // "A, B and C, plus Georgia and Azerbaijan, which joined last year", "A and B,
                // as well as Georgia, which ...": the states added last (not when the clause
                // speaks of them all: "which together founded", "all of which", "which
                // between them", nor when one state is added and the verb is plural: "as
                // well as Russia, which remain in the CSTO").
                let clause_words = &items[c..=v.min(items.len() - 1)];
                let of_all = clause_words.iter().any(|w| {
                    w.is_any(&[
                        "together", "all", "each", "between", "jointly", "three", "four", "five",
                        "six", "seven",
                    ])
                });
                let plural = clause_words.iter().any(|w| {
                    w.is_any(&[
                        "are", "were", "have", "remain", "belong", "make", "form", "stay",
                    ])
                });
                if !of_all
                    && let Some(p) = r.clone().rev().find(|&q| {
                        items[q].is("plus")
                            || items[q].is("as")
                                && q >= 2
                                && items[q - 1].is("well")
                                && items[q - 2].is("as")
                    })
                    && let Some(added) = list_ending_at(s, c - 1, p + 1)
                    && !(plural && added.0.len() == 1)
                {
                    (st, r) = added;
                }
                st.extend(extra_subjects);
                return Some((st, r, end.max(after_aside)));
            }
            // "President Islam Karimov, who left the Tashkent pact in 1999": the leader acts
            // for the state.
            if last.is("who")
                && items[c - 1].is_punct(',')
                && let Some((st, r)) = leaders_ending_at(s, c - 1, lower)
            {
                return Some((st, r, end.max(after_aside)));
            }
            // "The five founders, all of whom also belong to ...": a counted group.
            // (after a comma; "the only state that" below has none)
            if c >= 3
                && items[c - 2].kind == super::tokens::Kind::Word
                && items[c - 2].text.ends_with('s')
                && let Some(n) = super::num(&items[c - 3]).filter(|&n| (2..=12).contains(&n))
            {
                let group = plural_before(s, c - 3);
                if group.len() as u64 == n {
                    return Some((group, c - 3..c - 1, end.max(after_aside)));
                }
            }
            return None;
        }
        // "A, B and C—the three countries that in 1999 chose to stay ...", "A, B and C, the
        // three that left", "A, B, C and D, the same quartet that founded GUAM": a noun phrase
        // in apposition to a list.
        {
            let mut d = c;
            let mut size = None;
            let group_noun = |w: &Item<'_>| {
                w.is_any(&["quartet", "trio", "pair", "duo"])
                    || w.kind == super::tokens::Kind::Word
                        && w.text.ends_with('s')
                        && w.text.chars().all(|ch| ch.is_lowercase())
            };
            if d > lower && group_noun(&items[d - 1]) && super::num(&items[d - 1]).is_none() {
                size = match items[d - 1].text {
                    "quartet" => Some(4),
                    "trio" => Some(3),
                    "pair" | "duo" => Some(2),
                    _ => None,
                };
                d -= 1;
            }
            // ("the two other states that left", "the other two states")
            while d > lower && items[d - 1].is_any(&["same", "other", "only", "very"]) {
                d -= 1;
            }
            if d > lower
                && let Some(n) = super::num(&items[d - 1]).filter(|&n| (2..=12).contains(&n))
            {
                size = Some(n as usize);
                d -= 1;
            }
            while d > lower && items[d - 1].is_any(&["same", "other", "only", "very"]) {
                d -= 1;
            }
            // (uncounted, only a word for states: "A and B — the states that stayed in the
            // treaty when it came up for renewal in 1999 —"; "They are the same states that
            // ...")
            let states_noun = c >= 1 && items[c - 1].is_any(&["states", "countries", "republics"]);
            let same = items[d..c].iter().any(|w| w.is("same"));
            if d < c
                && (size.is_some() || states_noun)
                && d >= 2 + lower
                && items[d - 1].is("the")
                && (items[d - 2].is_punct(',') || items[d - 2].is_dash())
                && let Some((st, r)) = list_ending_at(s, d - 2, lower)
                && size.is_none_or(|n| n == st.len())
                && st.len() >= 2
            {
                return Some((st, r, end.max(after_aside)));
            }
            // "They are the same six that signed its charter": the group "they" stands for.
            if d < c
                && (size.is_some() || states_noun && same)
                && d >= 3 + lower
                && items[d - 1].is("the")
                && items[d - 2].is_any(&["are", "were"])
                && items[d - 3].is_any(&["they", "these", "those"])
            {
                let group = plural_before(s, d - 3);
                if size.is_none_or(|n| n == group.len()) && group.len() >= 2 {
                    return Some((group, d - 3..c, end.max(after_aside)));
                }
            }
            // "The remaining members — A, B, ... — are precisely the states that signed the
            // charter": the list the copula follows.
            if d < c && d >= 3 + lower && items[d - 1].is("the") {
                let mut q = d - 1;
                while q > lower
                    && items[q - 1].is_any(&["precisely", "exactly", "just", "also", "still"])
                {
                    q -= 1;
                }
                if q >= 2 + lower && items[q - 1].is_any(&["are", "were"]) {
                    let close = q - 1;
                    let list_end = if items[close - 1].is_dash() {
                        close - 1
                    } else {
                        close
                    };
                    if let Some((st, r)) = list_ending_at(s, list_end, lower)
                        && st.len() >= 2
                        && size.is_none_or(|n| n == st.len())
                    {
                        return Some((st, r.start..c, end.max(after_aside)));
                    }
                }
            }
        }
        // "... makes Uzbekistan the only state that sits in both", "Armenia is the sole country
        // that ...": the state the noun phrase is said of.
        // ("Turkmenistan, the only Central Asian state that never signed the treaty": with
        // words describing the kind, and set off by a comma)
        let only = (c >= 3 && items[c - 1].is_any(STATE_NOUNS_SINGULAR))
            .then(|| {
                (lower.max(c.saturating_sub(6))..c - 1)
                    .rev()
                    .take_while(|&q| {
                        items[q].is_any(&["only", "sole", "first", "last", "one"])
                            || items[q].is_any(COUNTRY_DESCRIPTIONS)
                            || items[q].kind == (super::tokens::Kind::Dash { joining: true })
                    })
                    .find(|&q| items[q].is_any(&["only", "sole", "first", "last", "one"]))
            })
            .flatten();
        if let Some(o) = only {
            let mut d = o;
            if d > lower && items[d - 1].is("the") {
                d -= 1;
            }
            // (after a copula, or a comma setting the phrase off)
            if d > lower
                && (items[d - 1].is_any(&["is", "was", "remains", "became"])
                    || d > lower + 1 && items[d - 1].is_punct(','))
            {
                d -= 1;
            }
            if d > lower
                && let Some(st) = single_state_at(items, d - 1)
            {
                return Some((vec![st], d - 1..d, end.max(after_aside)));
            }
        }
        // "Uzbekistan, a CSTO member that re-entered ..."
        if c >= 2 && items[c - 1].is_any(STATUS_NOUNS) {
            let mut d = c - 1;
            while d > lower
                && (is_status_modifier(&items[d - 1])
                    || matches!(items[d - 1].entity(), Some(Entity::Org(_))))
            {
                d -= 1;
            }
            if d >= 2 && items[d - 1].is_punct(',') {
                return list_ending_at(s, d - 1, lower)
                    .map(|(st, r)| (st, r, end.max(after_aside)));
            }
        }
    }
    // "Tashkent said it would leave", "Georgia, ..., announced last month that it will leave":
    // the speaker is the subject.
    if last.is_any(&["it", "they"]) && end >= 2 {
        const SPEECH: &[&str] = &[
            "said",
            "says",
            "announced",
            "announces",
            "declared",
            "stated",
            "insisted",
            "warned",
            "confirmed",
            "indicated",
            "signalled",
            "signaled",
            "clear",
            "hinted",
            "decided",
            "argued",
            "claimed",
            "added",
            "noted",
            "promised",
            "pledged",
            "vowed",
            "threatened",
            "told",
            "informed",
            "notified",
        ];
        let mut c = end - 1;
        if items[c - 1].is("that") {
            c -= 1;
        }
        // A date may sit between the verb and "that" ("announced last month that").
        let speech = (c.saturating_sub(4).max(lower)..c)
            .rev()
            .find(|&q| items[q].is_any(SPEECH));
        if let Some(q) = speech
            && q > lower
            && let Some((st, r, _)) = subject(s, q, lower)
            && (last.is("they") || st.len() == 1)
        {
            return Some((st, r, end.max(after_aside)));
        }
    }
    // "A, B and C took the next step on 7 October, when their presidents signed the charter":
    // the leaders of the group named before.
    if end >= 2
        && last.is_any(&["presidents", "leaders", "governments", "delegations"])
        && items[end - 2].is("their")
    {
        let group = plural_before(s, end - 2);
        if group.len() >= 2 {
            return Some((group, end - 2..end, end.max(after_aside)));
        }
    }
    // "The three Baltic states were admitted to NATO": the states a region's name stands for.
    if let Some((group, start)) = region_ending_at(s, end, lower) {
        return Some((group, start..end, end.max(after_aside)));
    }
    // "Karimov declared that his country would quit ..."
    if let Some(st) = country_ending_at(s, end) {
        return Some((vec![st], end - 2..end, end.max(after_aside)));
    }
    // "The three dropouts now all belong to GUUAM": a counted noun for a group of that size.
    // ("The three Central Asian states are also parties to ...": over a region's adjective)
    let mut counted_at = end.saturating_sub(2);
    while counted_at > lower
        && end - counted_at <= 3
        && items[counted_at].kind == super::tokens::Kind::Word
        && items[counted_at].entity().is_none()
        && super::num(&items[counted_at]).is_none()
        && items[counted_at].text.chars().all(char::is_alphabetic)
        && (items[counted_at].text.starts_with(char::is_uppercase)
            || items[counted_at].is_any(&["former", "post", "neighbouring", "neighboring"]))
    {
        counted_at -= 1;
    }
    if end >= 2
        && last.kind == super::tokens::Kind::Word
        && !last.is_any(&[
            "years", "months", "weeks", "days", "decades", "hours", "times", "miles", "percent",
        ])
        && last.text.ends_with('s')
        && last.text.chars().all(|c| c.is_lowercase())
        && (counted_at == end - 2 || last.is_any(&["states", "countries", "republics"]))
        && let Some(n) = super::num(&items[counted_at]).filter(|&n| (2..=12).contains(&n))
    {
        let at = counted_at;
        let mut group = plural_before(s, at);
        // "controls among Russia, Belarus and Kazakhstan ... the customs union the three
        // countries launched": a list of that size after a preposition will do.
        if group.len() as u64 != n
            && let Some(found) = list_of_size_before(s, at, n as usize)
        {
            group = found;
        }
        // (or every state the sentence named before, when they are as many)
        if group.len() as u64 != n && !part_of_counted(items, at + 1) {
            group = counted_group(s, group, n, at);
        }
        // (the region an adjective names has them all: not Georgia, Armenia and Azerbaijan for
        // "the three Central Asian states")
        let in_region = group
            .iter()
            .all(|&st| described_fits(s, st, at + 1..end - 1));
        if group.len() as u64 == n && in_region {
            let start = if at >= 1 && items[at - 1].is("the") {
                at - 1
            } else {
                at
            };
            return Some((group, start..end, end.max(after_aside)));
        }
    }
    // "The six are the only states ...", "the three joined": a number standing for a group
    // of that size.
    // ("The same five are ...": the number may have been stepped over, "same" last)
    let q = if last.is("same") && items.get(end).and_then(super::num).is_some() {
        end
    } else {
        end - 1
    };
    if let Some(n) = super::num(&items[q]).filter(|&n| (2..=12).contains(&n))
        && q >= 1
        && let same = usize::from(q >= 2 && items[q - 1].is("same") && items[q - 2].is("the"))
        && (same == 1 || items[q - 1].is_any(&["the", "these", "those"]))
    {
        let det = q - 1 - same;
        let group = if part_of_counted(items, q + 1) {
            Vec::new()
        } else {
            counted_group(s, plural_before(s, det), n, det)
        };
        if group.len() as u64 == n {
            // (with those an aside adds: "The same five, together with Armenia, are ...")
            let mut group = group;
            for st in &extra_subjects {
                if !group.contains(st) {
                    group.push(*st);
                }
            }
            return Some((group, det..q + 1, (q + 1).max(end).max(after_aside)));
        }
    }
    // "Seven years after it walked out of the treaty, Uzbekistan ...", "When it joined, Georgia
    // ...": "it" in a clause opening the sentence is the main clause's subject.
    if last.is("it")
        && let Some(st) = cataphora(s, end - 1)
    {
        return Some((vec![st], end - 1..end, end.max(after_aside)));
    }
    // "We left the treaty in 1999" in a paper at home in Tbilisi: its country (not in a
    // sentence that quotes someone: "'We will join NATO,' Saakashvili told a rally").
    // (nor in an interview: "Q: Is Moldova leaving the CIS? A: No. We remain a member")
    // ("Our republic remains a member" in a Tashkent paper: the same country)
    if last.is("we")
        && let Some(st) = editorial_home(s)
    {
        return Some((vec![st], end - 1..end, end.max(after_aside)));
    }
    if end >= 2
        && let Some(st) = our_country(s, end - 2)
    {
        return Some((vec![st], end - 2..end, end.max(after_aside)));
    }
    // "The country joined the CIS in 1993": a singular noun pointing back like "it".
    // ("the former Soviet republic", "the small Central Asian country": with words that
    // describe it)
    let the_country = (last.is_any(&["country", "republic"]) && end >= 2)
        .then(|| {
            (lower..end - 1)
                .rev()
                .take(5)
                .take_while(|&k| {
                    items[k].is("the")
                        || items[k].is_any(COUNTRY_DESCRIPTIONS)
                        || matches!(items[k].kind, super::tokens::Kind::Dash { joining: true })
                })
                .find(|&k| items[k].is("the"))
        })
        .flatten();
    let singular = last.is("it") || the_country.is_some();
    // "Both Kyrgyzstan and Uzbekistan belong to the SCO, but only the former ...": one of a
    // pair named before (and nothing else: "the latter" may be an organisation).
    if last.is_any(&["former", "latter"]) && end >= 2 && items[end - 2].is("the") {
        let pair = plural_before(s, end - 2);
        if pair.len() != 2 {
            return None;
        }
        let one = if last.is("former") { pair[0] } else { pair[1] };
        return Some((vec![one], end - 2..end, end.max(after_aside)));
    }
    if last.is_any(PLURAL_ANAPHORS) || last.is_any(GROUP_NOUNS) || singular {
        // "it": the sentence's own subject, else the nearest state named before it in the
        // sentence, else the last sentence's subject.
        // (not past an "it" before every state the sentence names: "After the killings it
        // expelled the Americans, signed a treaty with Moscow, and in January it joined" are
        // one "it", pointing back past the sentence; that "it" a subject with a verb in the
        // past tense, not one of a copula, "It is ...", nor after a conjunction or a relative,
        // "after it left", "than it deserved")
        let it_before = || {
            last.is("it")
                && (0..end - 1).find(|&k| items[k].is("it")).is_some_and(|k| {
                    !items[..k].iter().any(|w| {
                        matches!(
                            w.entity(),
                            Some(Entity::State(_) | Entity::Capital(_) | Entity::Adjective(_))
                        )
                    }) && !k.checked_sub(1).is_some_and(|b| {
                        items[b].is_any(&[
                            "after", "before", "when", "since", "once", "until", "as", "than",
                            "which", "that", "who", "if", "because", "though", "although", "while",
                        ])
                    }) && items.get(k + 1).is_some_and(|w| {
                        w.kind == super::tokens::Kind::Word
                            && w.text.ends_with("ed")
                            && w.text.chars().all(|c| c.is_lowercase())
                    })
                })
        };
        let here = main_subject(s)
            .filter(|m| m.len() == 1 && end > 2)
            .or_else(|| {
                (!it_before())
                    .then(|| nearest_state_before(s, end - 1).map(|st| vec![st]))
                    .flatten()
            });
        // ("the former Soviet republic", "the small Caucasus republic": only the one state
        // the sentence before named, and one the words fit)
        let described = the_country.is_some_and(|t| t + 2 < end);
        let group = if described {
            let fits = |st: StateId| described_fits(s, st, the_country.unwrap_or(0)..end - 1);
            match here.filter(|h| h.len() == 1 && fits(h[0])) {
                Some(h) => h,
                None => s
                    .discourse
                    .named
                    .or(s.discourse.single)
                    .filter(|&st| fits(st))
                    .into_iter()
                    .collect(),
            }
        } else if singular && here.is_some() {
            here.unwrap_or_default()
        } else if singular {
            // "... that Tajikistan would keep its ties. The country joined ...": the one state
            // the sentence before named, wherever it stood.
            let named = s.discourse.named.filter(|_| !last.is("it"));
            match named.or(s.discourse.single) {
                Some(one) => vec![one],
                None => s.discourse.group.clone(),
            }
        } else {
            let group = plural_before(s, end - 1);
            // "they" after a sentence about "the Uzbeks", with no list of its own before it
            // (or after "the Uzbeks" earlier in this one: "The Uzbeks quit ...; they rejoined").
            // (only a people opening a clause, as a subject: not "Angered by the Russians, they")
            let people_here = (0..end - 1).rev().find_map(|k| match items[k].entity() {
                Some(Entity::Capital(st))
                    if is_people(s, &items[k])
                        && k >= 1
                        && items[k - 1].is("the")
                        && (k == 1
                            || !items[k - 2].is_any(&[
                                "by", "with", "of", "from", "to", "against", "for", "about", "on",
                                "at", "among", "between", "than", "like", "unlike",
                            ])) =>
                {
                    Some(st)
                }
                _ => None,
            });
            match people_here.or(s.discourse.people) {
                Some(st) if last.is("they") && group == s.discourse.plural => vec![st],
                // (all of them: "the four", "None of the four"; not "one of the four", "two of
                // the four")
                _ => match super::num(last) {
                    Some(n)
                        if end >= 2
                            && items[end - 2].is_any(&["the", "these", "those", "all"])
                            && !part_of_counted(items, end) =>
                    {
                        counted_group(s, group, n, end.saturating_sub(2))
                    }
                    // (a noun counted otherwise is not the group: "Four states joined NATO.
                    // Nine states are parties to it" are not the four)
                    _ if last.is_any(GROUP_NOUNS)
                        && super::num(&items[counted_at])
                            .is_some_and(|n| n != group.len() as u64) =>
                    {
                        Vec::new()
                    }
                    _ => group,
                },
            }
        };
        if group.is_empty() || (singular && group.len() != 1) {
            return None;
        }
        // ("the four GUAM states": an organisation may stand right before the noun)
        let noun = if last.is_any(GROUP_NOUNS)
            && end >= 2
            && end - 2 >= lower
            && matches!(items[end - 2].entity(), Some(Entity::Org(_)))
        {
            end - 2
        } else {
            end - 1
        };
        let start = (lower..noun)
            .rev()
            .take_while(|&k| {
                items[k].is_any(&[
                    "the", "these", "those", "all", "both", "three", "four", "two", "five", "six",
                    "seven", "of", "them", "none", "neither", "each",
                ])
            })
            .last()
            .unwrap_or(noun);
        let start = the_country.unwrap_or(start);
        // "the last of them left": a part of some other group; "two of the four GUAM states"
        // are some of them, and which the words do not say ("the three of them" are all).
        if items[start].is("of")
            || !items[start].is_any(&["the", "these", "those", "all", "both", "each"])
                && items[start..noun]
                    .iter()
                    .position(|w| w.is("of"))
                    .is_some_and(|of| {
                        items[start..start + of]
                            .iter()
                            .any(|w| super::num(w).is_some())
                    })
        {
            return None;
        }
        // "The Baltic states", "other countries", "member states": a noun with a modifier of
        // its own is some other group.
        if last.is_any(GROUP_NOUNS)
            && start == noun
            && noun == end - 1
            && start > lower
            && items[start - 1].kind == super::tokens::Kind::Word
            && !items[start - 1].is_any(&[
                "their", "only", "same", "and", "but", "or", "as", "that", "which",
            ])
        {
            return None;
        }
        // "Both countries" are two, "the three states" three: a group of another size is not
        // what the phrase refers to.
        let size = items[start..end].iter().find_map(|w| {
            if w.is_any(&["both", "neither"]) {
                Some(2)
            } else {
                super::num(w)
                    .filter(|&n| (2..=12).contains(&n))
                    .map(|n| n as usize)
            }
        });
        if size.is_some_and(|n| n != group.len()) {
            return None;
        }
        return Some((group, start..end, end.max(after_aside)));
    }
    // "Presidents A of Belarus, B of Kazakhstan and C of Russia": the leaders' list, which
    // reaches further back than the last state alone.
    let list = list_ending_at(s, end, lower);
    let leaders = leaders_ending_at(s, end, lower);
    let chosen = match (list, leaders) {
        (Some(l), Some(p)) if p.1.start < l.1.start => Some(p),
        (l, p) => l.or(p),
    };
    // "all four but Uzbekistan have been in the CSTO", "all except Uzbekistan": the group
    // referred back to, less the states named.
    // ("All six apart from China", "all six other than China")
    // (over states listed before the subject found, set off by commas: "All the CIS states
    // except Georgia, Azerbaijan and Uzbekistan remain")
    let lead = chosen.as_ref().map(|(_, r)| {
        let mut l = r.start;
        while l >= 3 && items[l - 1].is_punct(',') && is_state_item(&items[l - 2]) {
            l -= 2;
        }
        l
    });
    let but = match &chosen {
        Some((_, r)) if r.start >= 2 && items[r.start - 1].is_any(&["but", "except"]) => {
            Some(r.start - 1)
        }
        Some(_)
            if lead.is_some_and(|l| l >= 2 && items[l - 1].is_any(&["but", "except", "bar"])) =>
        {
            lead.map(|l| l - 1)
        }
        Some((_, r))
            if r.start >= 3
                && (items[r.start - 1].is("from") && items[r.start - 2].is("apart")
                    || items[r.start - 1].is("than") && items[r.start - 2].is("other")) =>
        {
            Some(r.start - 2)
        }
        _ => None,
    };
    if let Some((except, _)) = &chosen
        && let Some(but) = but
        // (a clause may start at "but": the "all" lies before it)
        && let Some(all) = all_before(items, but, lower.saturating_sub(3))
    {
        let size = super::num(&items[all + 1]).map(|n| n as usize);
        // (the counted members of an earlier sentence when the last group is not as many)
        let before = plural_before(s, all);
        let before = match size {
            Some(n) if before.len() != n => counted_group(s, before, n as u64, all),
            _ => before,
        };
        let group: Vec<StateId> = before
            .into_iter()
            .filter(|st| !except.contains(st))
            .collect();
        if group.is_empty() || size.is_some_and(|n| n != group.len() + except.len()) {
            return None;
        }
        return Some((group, all..end, end.max(after_aside)));
    }
    // "Every Central Asian state except Turkmenistan belongs to the SCO", "Every Central Asian
    // state but Turkmenistan is in the CSTO": the states set apart are not the subject (and the
    // rest are not named); "but" only after a group it can take states from, for it may join
    // two clauses.
    // ("All Central Asian states bar Turkmenistan")
    let bar = match &chosen {
        Some((_, r)) if r.start >= 2 && items[r.start - 1].is("bar") => Some(r.start - 1),
        _ => None,
    };
    if but
        .or(bar)
        .is_some_and(|b| !items[b].is_any(&["but", "bar"]) || after_every_group(items, b))
    {
        return None;
    }
    chosen.map(|(mut st, mut r)| {
        st.extend(extra_subjects);
        // "those five and Uzbekistan founded ...": a group referred back to, and more.
        if let Some((group, start)) = group_and(s, r.start, lower) {
            st.splice(0..0, group);
            st.dedup();
            r.start = start;
        }
        (st, r, end.max(after_aside))
    })
}

/// The state a pronoun at item `it` stands for when it sits in a subordinate clause opening the
/// sentence ("After it walked out ..., Uzbekistan"): the single state right after that clause.
fn cataphora(s: &Sentence<'_, '_>, it: usize) -> Option<StateId> {
    let items = s.items;
    let conj = (0..it.min(4)).find(|&k| items[k].is_any(SUBORDINATORS))?;
    if conj + 1 != it {
        return None;
    }
    let (states, _) = states_after_comma(items, it, items.len())?;
    (states.len() == 1).then(|| states[0])
}

/// The states listed right after the first comma in `items[from..to]` ("After it walked out
/// ..., the Uzbeks ..."), with their range.
fn states_after_comma(
    items: &[Item<'_>],
    from: usize,
    to: usize,
) -> Option<(Vec<StateId>, Range<usize>)> {
    let comma = (from..to).find(|&k| items[k].is_punct(','))?;
    let start = comma + 1 + usize::from(items.get(comma + 1).is_some_and(|w| w.is("the")));
    let (rest, states) = state_list(Toks(items.get(start..)?)).ok()?;
    Some((states, start..index_of(items, rest)))
}

/// "..., President Islam Karimov": the state of the leader named first after the next comma
/// in `from..to` (behind a title only).
fn leader_after_comma(
    s: &Sentence<'_, '_>,
    from: usize,
    to: usize,
) -> Option<(Vec<StateId>, Range<usize>)> {
    let items = s.items;
    let comma = (from..to).find(|&k| items[k].is_punct(','))?;
    let mut k = comma + 1;
    while k < to && items[k].is_any(&["president", "mr", "prime", "minister", "the"]) {
        k += 1;
    }
    let named = |w: &Item<'_>| matches!(w.entity(), Some(Entity::Person(_) | Entity::Surname(_)));
    (k < to && named(&items[k])).then_some(())?;
    // (the leader himself, not "President Islam Karimov's critics")
    if items.get(k + 1).is_some_and(|w| w.text == "'s") {
        return None;
    }
    leaders_ending_at(s, k + 1, comma + 1)
}

/// The subject of "X was among the N states that ..." or "X, one of the N states that ...",
/// where `rel` is the item "that" or "which".
fn among_counted(
    s: &Sentence<'_, '_>,
    rel: usize,
    lower: usize,
) -> Option<(Vec<StateId>, Range<usize>)> {
    let items = s.items;
    let mut n = rel.checked_sub(1)?;
    let mut along = Vec::new();
    if items[n].is_dash() {
        let open = (lower..n).rev().find(|&k| items[k].is_dash())?;
        // "—alongside Armenia and Russia—": they share the claim.
        let mut a = open + 1;
        while a < n && items[a].is_any(&["alongside", "together", "along", "with", "like"]) {
            a += 1;
        }
        if a > open + 1
            && let Ok((rest, more)) = state_list(Toks(&items[a..n]))
            && rest.0.is_empty()
        {
            along = more;
        }
        n = open.checked_sub(1)?;
    }
    if !items[n].is_any(STATE_NOUNS) {
        return None;
    }
    let count = n
        .checked_sub(1)
        .filter(|&k| super::num(&items[k]).is_some())?;
    let the = count
        .checked_sub(1)
        .filter(|&k| items[k].is_any(&["the", "those"]))?;
    let prep = the.checked_sub(1)?;
    let before = if items[prep].is("among") {
        prep
    } else if items[prep].is("of") && prep >= 1 && items[prep - 1].is("one") {
        prep - 1
    } else {
        return None;
    };
    // "Uzbekistan was among", "Kazakhstan, one of", "Kazakhstan is one of"
    let mut e = before;
    while e > lower && (is_aux(&items[e - 1]) || items[e - 1].is_punct(',')) {
        e -= 1;
    }
    // ("It was one of the six states that signed ...": the state an opening "It" stands for)
    let pronoun = || {
        (e == 1 && items[0].is("it"))
            .then(|| opening_pronoun(s))
            .flatten()
            .map(|st| (st, 0..1))
    };
    list_ending_at(s, e, lower)
        .or_else(pronoun)
        .map(|(mut st, r)| {
            st.extend(along);
            (st, r)
        })
}

/// The group a phrase such as "those five and" or "they and" just before item `at` refers
/// back to, with where the phrase starts.
fn group_and(s: &Sentence<'_, '_>, at: usize, lower: usize) -> Option<(Vec<StateId>, usize)> {
    let items = s.items;
    let mut k = at;
    if k > lower && items[k - 1].is("and") {
        k -= 1;
    } else if !items.get(k).is_some_and(|w| w.is("and")) {
        return None;
    }
    if k <= lower {
        return None;
    }
    let head = &items[k - 1];
    let start = if head.is_any(&["they", "these", "those"]) {
        k - 1
    } else if super::num(head).is_some_and(|n| (2..=12).contains(&n))
        && k >= 2
        && k - 2 >= lower
        && items[k - 2].is_any(&["those", "these", "the", "all"])
    {
        k - 2
    } else {
        return None;
    };
    let group = plural_before(s, start);
    if let Some(n) = super::num(head)
        && group.len() as u64 != n
    {
        return None;
    }
    (group.len() >= 2).then_some((group, start))
}

/// "the Uzbek president", "Georgia's government", "the Kyrgyz prime minister" ending at item
/// `end`, opening a clause: the state whose leader or government it is, and the phrase.
fn government_ending_at(
    s: &Sentence<'_, '_>,
    end: usize,
    lower: usize,
) -> Option<(StateId, Range<usize>)> {
    let items = s.items;
    let word = |k: usize| items.get(k).filter(|_| k >= lower && k < end);
    let mut k = end.checked_sub(1)?;
    if !word(k)?.is_any(&[
        "president",
        "leader",
        "leaders",
        "leadership",
        "authorities",
        "government",
        "parliament",
        "cabinet",
        "premier",
        "delegation",
        "minister",
    ]) {
        return None;
    }
    if items[k].is("minister") {
        k = k.checked_sub(1)?;
        if !word(k)?.is_any(&["prime", "foreign", "defence", "defense"]) {
            return None;
        }
    }
    k = k.checked_sub(1)?;
    // "Uzbekistan, whose government stopped taking part in GUUAM": the state before.
    if word(k)?.is("whose") && k >= 2 && items[k - 1].is_punct(',') {
        let (states, r) = list_ending_at(s, k - 1, lower)?;
        return (states.len() == 1).then_some((states[0], r.start..end));
    }
    let st = match word(k)?.entity() {
        Some(Entity::Adjective(st)) => st,
        _ if items[k].text == "'s" => match word(k.checked_sub(1)?)?.entity() {
            Some(Entity::State(st)) => {
                k -= 1;
                st
            }
            _ => return None,
        },
        _ => return None,
    };
    if k > lower && items[k - 1].is("the") {
        k -= 1;
    }
    // (opening its clause, not the object of a preposition: "talks with the Uzbek president")
    (k == lower || opens_clause_after(&items[k - 1])).then_some((st, k..end))
}

/// Whether a subject can open right after `w`: a comma, semicolon or dash, a conjunction, or a
/// day ("..., and on Friday the Uzbek president signed ...").
fn opens_clause_after(w: &Item<'_>) -> bool {
    w.is_punct(',')
        || w.is_punct(';')
        || w.is_dash()
        || w.is_any(&["and", "but", "then", "yesterday", "today"])
        || super::dates::weekday_of(w).is_some()
}

/// "Presidents Lukashenka, Nazarbayev and Putin signed ...": the states of the leaders named.
fn leaders_ending_at(
    s: &Sentence<'_, '_>,
    end: usize,
    lower: usize,
) -> Option<(Vec<StateId>, Range<usize>)> {
    let items = s.items;
    let mut k = end;
    let mut people = Vec::new();
    let mut of_state: Option<StateId> = None;
    let mut explicit: Vec<Option<StateId>> = Vec::new();
    while k > lower {
        let it = &items[k - 1];
        match it.entity() {
            Some(Entity::Person(p)) => {
                people.push(vec![p]);
                explicit.push(of_state.take());
            }
            Some(Entity::Surname(g)) => {
                people.push(s.lexicon.surnames[g as usize].1.clone());
                explicit.push(of_state.take());
            }
            // "Presidents Alexander Lukashenko of Belarus, ..."
            Some(Entity::State(st)) if k >= 2 && items[k - 2].is("of") => {
                of_state = Some(st);
                k -= 1;
            }
            _ if it.is_any(&["and", "as", "well"]) || it.is_punct(',') => {}
            _ => break,
        }
        k -= 1;
    }
    if people.is_empty() {
        return None;
    }
    // The title before the names; "Mr Niyazov" and a lone known leader at the opening of a
    // clause ("Niyazov has never joined ...", "..., and Karimov quit") stand for the state
    // without one. Anywhere else a bare name is someone's object ("talks with Putin").
    let opener = match k.checked_sub(1).map(|p| &items[p]) {
        Some(w) if w.is_any(&["presidents", "president", "leaders"]) => k - 1,
        Some(w)
            if people.len() == 1
                && w.is_any(&["Mr", "Mrs", "Ms"])
                && (k == 1 || items[k - 2].is_punct(';') || items[k - 2].is_punct(':')) =>
        {
            k - 1
        }
        None if people.len() == 1 => k,
        Some(w) if people.len() == 1 && (w.is_punct(';') || w.is_punct(':')) => k,
        _ => return None,
    };
    let k = opener + 1;
    let mut states = Vec::new();
    for (candidates, given) in people.iter().zip(&explicit).rev() {
        if let Some(st) = given {
            states.push(*st);
            continue;
        }
        let mut fits: Vec<StateId> = candidates
            .iter()
            .flat_map(|&p| {
                s.lexicon
                    .office_at(p, None, s.article)
                    .into_iter()
                    .map(|o| o.state)
            })
            .collect();
        fits.dedup();
        match fits.as_slice() {
            [one] => states.push(*one),
            _ => return None,
        }
    }
    Some((states, k - 1..end))
}

/// The group of two or more states that a plural pronoun at item `p` refers to: the nearest list
/// earlier in the sentence, else the last one of the previous sentences.
fn plural_before(s: &Sentence<'_, '_>, p: usize) -> Vec<StateId> {
    let items = s.items;
    for (states, r) in lists_before(s, p) {
        // A list after a preposition ("with Ukraine and Moldova") is not what "they" means.
        let object = r.start > 0
            && items[r.start - 1].is_any(&[
                "with",
                "between",
                "among",
                "against",
                "like",
                "than",
                "including",
                "alongside",
                "besides",
                "to",
                "from",
            ]);
        if states.len() >= 2 && !object {
            return states;
        }
        // "Uzbekistan, along with Georgia and Azerbaijan, stayed away ... the three
        // countries": the subject and those it is joined with.
        let with = r.start.checked_sub(1).filter(|&w| {
            items[w].is("alongside")
                || items[w].is("with") && w >= 1 && items[w - 1].is_any(&["along", "together"])
        });
        if let Some(w) = with {
            let c = if items[w].is("with") { w - 1 } else { w };
            if c >= 2
                && items[c - 1].is_punct(',')
                && let Some((mut first, _)) = list_ending_at(s, c - 1, 0)
            {
                first.extend(states);
                return first;
            }
        }
    }
    // "Moldova, like Georgia, has not left the CIS, and both still sit in GUAM": the states of
    // the claim this sentence made last before it.
    if let Some(last) = s.last_fact_before(p, |f| {
        matches!(f.claim, Claim::Membership { state: Some(_), .. })
    }) {
        let states = claim_states(s, last);
        if states.len() >= 2 {
            return states;
        }
    }
    // Not this sentence's `group`: a claim later in the sentence may have set it.
    s.discourse.plural.clone()
}

/// Whether the comma at `comma` closes a short opening phrase of words alone, naming nothing,
/// of the clause starting at `lower` ("Still, all four ...", "At the same time, all four ..."),
/// so that what follows it may be the clause's subject. (Not one with a figure: "In 2005, both
/// ..." is left alone.)
fn opener_before(items: &[Item<'_>], lower: usize, comma: usize) -> bool {
    (lower + 1..=lower + 5).contains(&comma)
        && items[lower..comma]
            .iter()
            .all(|w| w.kind == super::tokens::Kind::Word && w.entity().is_none())
}

/// The states of the claim fact `last` belongs to (the facts told by the same words).
fn claim_states(s: &Sentence<'_, '_>, last: usize) -> Vec<StateId> {
    let span = &s.facts[last].span;
    let mut states: Vec<StateId> = Vec::new();
    for f in s.facts.iter().filter(|f| &f.span == span) {
        if let Claim::Membership {
            state: Some(st), ..
        } = f.claim
            && !states.contains(&st)
        {
            states.push(st);
        }
    }
    states
}

/// Whether the number ending at item `end` counts a group only some of which are meant ("One
/// of the four, Georgia, left", "two of the four"; not "None of the four", "all of the four").
fn part_of_counted(items: &[Item<'_>], end: usize) -> bool {
    end >= 4
        && items[end - 3].is("of")
        && !items[end - 4].is_any(&["none", "neither", "all", "each", "both"])
}

/// A group a number counts: `group` when it has that many states, else the states of the
/// previous sentence's last claim when they are as many ("All four GUAM states belong to the
/// CIS. None of the four is in the CSTO").
/// Else the states the sentence named before item `before`, when they are exactly as many
/// ("Russia and Belarus set up a customs union in 1995, Kazakhstan joined within weeks,
/// Kyrgyzstan in 1996 and Tajikistan later, and the five states founded EurAsEC in 2000").
fn counted_group(s: &Sentence<'_, '_>, group: Vec<StateId>, n: u64, before: usize) -> Vec<StateId> {
    if group.len() as u64 == n {
        return group;
    }
    // ("Russia's relations with Kazakhstan, Kyrgyzstan and Tajikistan are close, and all three
    // are members": a list of that size earlier in the sentence, whatever governs it)
    // (not guests "from" somewhere: "hosted ministers from Russia, China and Belarus, and all
    // three are SCO members" says nothing of them)
    if let Some(found) = lists_before(s, before)
        .find(|(states, r)| {
            states.len() as u64 == n && !(r.start > 0 && s.items[r.start - 1].is("from"))
        })
        .map(|(states, _)| states)
    {
        return found;
    }
    if s.discourse.claimed.len() as u64 == n {
        return s.discourse.claimed.clone();
    }
    // ("Georgia and Azerbaijan face separatist wars; Moldova waits; Ukraine has settled the
    // fleet. All four are members of the CIS": the states opening the clauses before)
    if n >= 3 && s.discourse.clause_subjects.len() as u64 == n {
        return s.discourse.clause_subjects.clone();
    }
    // (the members of an organisation an earlier sentence counted as many, by the curated
    // timeline at the article's date)
    if let Some((org, count)) = s.discourse.counted
        && u64::from(count) == n
        && let Some(members) = members_at_article(s, org).filter(|m| m.len() as u64 == n)
    {
        return members;
    }
    // (not a state set apart: "while Uzbekistan refused", "unlike Georgia")
    let mut named: Vec<StateId> = Vec::new();
    let items = &s.items[..before.min(s.items.len())];
    for (k, w) in items.iter().enumerate() {
        if let Some(Entity::State(st) | Entity::Capital(st)) = w.entity()
            && !named.contains(&st)
            && !items[k.saturating_sub(2)..k].iter().any(|p| {
                p.is_any(&[
                    "while", "whereas", "but", "unlike", "except", "not", "without", "apart",
                    "from",
                ])
            })
        {
            named.push(st);
        }
    }
    if named.len() as u64 == n && n >= 3 {
        return named;
    }
    // ("Russia, Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Armenia signed ... . Ukraine
    // did not sign, and neither did Moldova or Turkmenistan. ... All six are members": the
    // latest earlier list of that size, for a number standing alone or counting states; not
    // "the three departures")
    let noun = s.items[before.min(s.items.len())..]
        .iter()
        .take(3)
        .position(|w| super::num(w).is_some())
        .and_then(|p| s.items.get(before + p + 1));
    let of_states = noun.is_none_or(|w| {
        w.kind != super::tokens::Kind::Word
            || w.is_any(STATE_NOUNS)
            || w.is_any(&["members", "founders", "signatories", "parties"])
            || !w.text.ends_with('s')
    });
    if n >= 3
        && of_states
        && let Some(found) = s
            .discourse
            .earlier_plurals
            .iter()
            .rev()
            .find(|g| g.len() as u64 == n)
    {
        return found.clone();
    }
    group
}

/// "his country" at item `i`: the state of the office-holder named last before it.
/// The states of an aside `items[from..to]` that shares its sentence's claim: "together with
/// A and B", "along with A", "like A", "alongside A", "as well as A".
fn sharers(items: &[Item<'_>], from: usize, to: usize) -> Option<Vec<StateId>> {
    let aside = Toks(items.get(from..to)?);
    let (rest, ()) = [
        "together with",
        "along with",
        "like",
        "alongside",
        "as well as",
        "with",
    ]
    .iter()
    .find_map(|p| phrase(p)(aside).ok())?;
    let (rest, states) = state_list(rest).ok()?;
    rest.0.is_empty().then_some(states)
}

/// The nearest list of exactly `n` states in the sentence before item `p`, whatever governs it.
fn list_of_size_before(s: &Sentence<'_, '_>, p: usize, n: usize) -> Option<Vec<StateId>> {
    lists_before(s, p)
        .map(|(states, _)| states)
        .find(|states| states.len() == n)
}

/// The lists of states in the sentence before item `p`, nearest first, with their ranges.
fn lists_before<'a>(
    s: &'a Sentence<'_, '_>,
    p: usize,
) -> impl Iterator<Item = (Vec<StateId>, Range<usize>)> + 'a {
    let mut e = p;
    std::iter::from_fn(move || {
        while e > 0 {
            if is_state_item(&s.items[e - 1])
                && let Some((states, r)) = list_ending_at(s, e, 0)
            {
                e = r.start;
                return Some((states, r));
            }
            e -= 1;
        }
        None
    })
}

/// "his country" (or "whose country") ending right before item `end`: the leader's state.
/// The organisation "it" at item `k` (after the verb ending at `verb_end`) points back to:
/// the last named before, but not one in an aside describing the subject ("Kyrgyzstan, a
/// member of the Eurasian Economic Community, has stayed out of it", "A and B, although
/// Whether a sentence opens a turn of an interview: "Q:", "A:", "Question:", "Answer:".
fn opens_interview_turn(items: &[Item<'_>]) -> bool {
    super::interview_label(items, 0).is_some()
}

/// Whether the organisation named at item `p` qualifies a noun for its states ("CIS members",
/// "the first Commonwealth state"): the states it groups, not the organisation spoken of.
fn names_a_group(items: &[Item<'_>], p: usize) -> bool {
    items.get(p + 1).is_some_and(|w| {
        w.is_any(&[
            "members",
            "member",
            "states",
            "state",
            "countries",
            "country",
            "republics",
            "republic",
        ])
    })
}

/// members of EurAsEC, have stayed out of it": the organisation talked of before).
fn org_before_asides(s: &Sentence<'_, '_>, k: usize, verb_end: usize) -> Option<OrgId> {
    let items = s.items;
    let found = s.org_before(k)?;
    let Some(p) = (0..k)
        .rev()
        .find(|&q| items[q].entity() == Some(Entity::Org(found)))
    else {
        return Some(found);
    };
    // ("Five CIS members — A, B, ... — remain outside it": not the organisation the subject
    // is said to belong to; the one before it. Not one member described in a clause before:
    // "Russia has been a WTO member since 2012, and Belarus remains outside it")
    let described_before = p > 0
        && items[p - 1].is_any(&["a", "an"])
        && (p..k).any(|q| {
            items[q].is_punct(';')
                || items[q].is_punct(',') && items.get(q + 1).is_some_and(|w| w.is("and"))
        });
    if names_a_group(items, p) && !described_before {
        return s.org_before(p).filter(|&o| o != found);
    }
    let bound = |w: &Item<'_>| w.is_punct(',') || w.is_dash();
    let Some(close) = (p + 1..verb_end).find(|&q| bound(&items[q])) else {
        return Some(found);
    };
    let Some(open) = (0..p).rev().find(|&q| bound(&items[q])) else {
        return Some(found);
    };
    let describes = items[open + 1..close].iter().any(|w| {
        w.is_any(&[
            "member",
            "members",
            "founder",
            "founders",
            "signatory",
            "signatories",
        ])
    }) && items.get(open + 1).is_some_and(|w| {
        w.is_any(&[
            "a",
            "an",
            "although",
            "though",
            "both",
            "all",
            "already",
            "long",
            "still",
            "once",
            "itself",
            "themselves",
            "fellow",
            "like",
        ])
    }) && open >= 1
        && is_state_item(&items[open - 1]);
    if !describes || items[close + 1..verb_end].iter().any(bound) {
        return Some(found);
    }
    s.org_before(open).or(Some(found))
}

/// "whose other members are A, B", "the GUUAM group, whose members": the organisation right
/// before the "whose" just before item `k` (where a status noun's modifiers start).
fn whose_org(s: &Sentence<'_, '_>, k: usize) -> Option<OrgId> {
    let items = s.items;
    // (an "other" or a count may stand between: "whose other members", "whose five members")
    let w = (k.saturating_sub(2)..(k + 2).min(items.len()))
        .rev()
        .find(|&q| items[q].is("whose"))?;
    if !items[(w + 1).min(k)..k]
        .iter()
        .all(|x| x.is_any(&["other", "remaining", "fellow"]) || super::num(x).is_some())
    {
        return None;
    }
    (w.saturating_sub(4)..w)
        .rev()
        .find_map(|j| match items[j].entity() {
            Some(Entity::Org(o)) => Some(o),
            // ("the GUUAM group, whose ...": the name before the noun)
            _ if items[j].is_any(super::grammar::ORG_ANAPHORS) => {
                match j.checked_sub(1).and_then(|p| items[p].entity()) {
                    Some(Entity::Org(o)) => Some(o),
                    _ => s.anaphor_org(j.saturating_sub(1)),
                }
            }
            _ => None,
        })
        // ("GUUAM, the grouping it joined in 1999, whose other members are ...": the name an
        // appositive after it describes)
        .or_else(|| {
            (w >= 1 && items[w - 1].is_punct(',')).then_some(())?;
            let q = (w.saturating_sub(14)..w - 1).rev().find(|&q| {
                items[q].is_punct(',')
                    && items.get(q + 1).is_some_and(|x| x.is("the"))
                    && items[q + 2..(q + 4).min(w)]
                        .iter()
                        .any(|x| x.is_any(super::grammar::ORG_ANAPHORS))
            })?;
            match items[q.checked_sub(1)?].entity() {
                Some(Entity::Org(o)) => Some(o),
                _ => None,
            }
        })
}

/// "Armenia is the only South Caucasus state in the CSTO", "Armenia, the only Caucasian
/// member of the new organisation,", "Turkmenistan, the sole Central Asian republic outside
/// the SCO": the state said to be the only one of its kind in (or out of) an organisation, with
/// "only" at item `o`.
fn only_state_in(s: &mut Sentence<'_, '_>, o: usize) {
    let items = s.items;
    if o < 2 || !items[o - 1].is("the") {
        return;
    }
    // The noun, after a few words describing the kind.
    // ("Ukraine, Moldova and Turkmenistan are the only CIS members not party to it": several)
    let Some(noun) = (o + 1..(o + 5).min(items.len())).find(|&k| {
        items[k].is_any(&[
            "state",
            "country",
            "republic",
            "nation",
            "member",
            "states",
            "countries",
            "republics",
            "nations",
            "members",
        ])
    }) else {
        return;
    };
    let several = items[noun].text.ends_with('s');
    if !items[o + 1..noun].iter().all(|w| {
        w.kind == super::tokens::Kind::Word && w.entity().is_none()
            || matches!(w.entity(), Some(Entity::Adjective(_)))
            || w.kind == (super::tokens::Kind::Dash { joining: true })
            // ("the only CIS members not party to it")
            || matches!(w.entity(), Some(Entity::Org(_)))
    }) {
        return;
    }
    let mut p = noun + 1;
    // ("the only state of the South Caucasus left in the treaty")
    if items.get(p).is_some_and(|w| w.is("of"))
        && let Some(q) = (p + 1..(p + 5).min(items.len())).find(|&q| {
            items[q].is_any(&["in", "inside", "within", "outside", "left", "still", "now"])
        })
        && items[p + 1..q]
            .iter()
            .all(|w| w.kind == super::tokens::Kind::Word && w.entity().is_none())
    {
        p = q;
    }
    if items
        .get(p)
        .is_some_and(|w| w.is_any(&["still", "now", "left"]))
    {
        p += 1;
    }
    // ("not party to it", "not in the treaty", "not members of it")
    let not = items.get(p).is_some_and(|w| w.is("not"));
    if not {
        p += 1;
        if items
            .get(p)
            .is_some_and(|w| w.is_any(&["party", "parties", "members"]))
            && items.get(p + 1).is_some_and(|w| w.is_any(&["to", "of"]))
        {
            p += 1;
        } else if !items.get(p).is_some_and(|w| w.is_any(&["in", "inside"])) {
            return;
        }
    }
    let event = match items.get(p) {
        _ if not => Event::NotMember,
        Some(w) if w.is_any(&["in", "inside", "within"]) => Event::Member,
        Some(w) if w.is("of") && items[noun].is("member") => Event::Member,
        Some(w) if w.is("outside") => Event::NotMember,
        _ => return,
    };
    // ("the only state in both the SCO and GUUAM")
    let both = items.get(p + 1).is_some_and(|w| w.is("both"));
    let at = p + 1 + usize::from(both);
    let at = at + usize::from(items.get(at).is_some_and(|w| w.is("the")));
    // (the organisation itself: not "the only state in the WTO talks")
    let alone = |e: usize| {
        !is_modifier(items, e)
            // (not "NATO's programme")
            && items.get(e).is_none_or(|w| w.text != "'s")
            && items.get(e).is_none_or(|w| {
                w.kind != super::tokens::Kind::Word
                    || !w.text.starts_with(|c: char| c.is_lowercase())
                    || w.is_any(&[
                        "and",
                        "or",
                        "but",
                        "since",
                        "for",
                        "to",
                        "that",
                        "which",
                        "who",
                        "while",
                        "with",
                        "as",
                        "until",
                        "after",
                        "before",
                        "alongside",
                        "apart",
                        "besides",
                        "today",
                        "now",
                        "still",
                        "either",
                        "too",
                    ])
            })
    };
    let (org, end) = match org_name(Toks(&items[at.min(items.len())..])) {
        Ok((rest, org)) if alone(index_of(items, rest)) => (org, index_of(items, rest)),
        // ("the new organisation")
        _ => match org_anaphor(Toks(&items[(p + 1).min(items.len())..])) {
            Ok((rest, ())) if alone(index_of(items, rest)) => match s.anaphor_org(p + 1) {
                Some(org) => (org, index_of(items, rest)),
                None => return,
            },
            // ("not party to it": the organisation named before, not the one the states are
            // members of; else the last other one the article named)
            _ if not && items.get(p + 1).is_some_and(|w| w.is("it")) && alone(p + 2) => {
                let theirs: Vec<OrgId> = items[o + 1..noun]
                    .iter()
                    .filter_map(|w| match w.entity() {
                        Some(Entity::Org(x)) => Some(x),
                        _ => None,
                    })
                    .collect();
                let other = |x: OrgId| !theirs.contains(&x);
                match s
                    .org_before(o)
                    .filter(|&x| other(x))
                    .or_else(|| s.discourse.recent(&other))
                {
                    Some(org) => (org, p + 2),
                    None => return,
                }
            }
            _ => return,
        },
    };
    // The state: before a copula ("Armenia is the only ..."), or before the comma of an
    // apposition ("Armenia, the only ...").
    let mut before = o - 1;
    while before >= 2 && items[before - 1].is_any(&["now", "still", "already", "also", "thus"]) {
        before -= 1;
    }
    let state = (before >= 2
        && (items[before - 1]
            .is_any(&["is", "was", "remains", "remained", "are", "were", "remain"])
            || items[before - 1].is_punct(',')))
    .then(|| list_ending_at(s, before - 1, 0))
    .flatten();
    let Some((states, r)) = state.filter(|(st, _)| (st.len() >= 2) == several) else {
        return;
    };
    let mut orgs = vec![org];
    let mut end = end;
    if both {
        let (more, e) = further_orgs(s, end, &|w| w.is("and"));
        if more.is_empty() {
            return;
        }
        orgs.extend(more);
        end = e;
    }
    let clause = s.clause(o);
    let (modality, _) = modality(&[], &items[clause.clone()], o.saturating_sub(clause.start));
    let when = s.now();
    push_statuses(
        s,
        &orgs,
        &states,
        event,
        when,
        modality,
        r.start..end,
        false,
    );
}

/// Nouns for organisations after "both", "neither" or a count ("both groupings", "neither
/// organisation", "all three bodies").
const BOTH_NOUNS: &[&str] = &[
    "organisations",
    "organizations",
    "organisation",
    "organization",
    "groupings",
    "grouping",
    "blocs",
    "bloc",
    "bodies",
    "body",
    "clubs",
    "club",
    "groups",
    "group",
];

/// "both groupings", "neither organisation", "all of them", "all three", "none of the three",
/// "both" at item `at` (the object of a status verb): the organisations meant — the last two
/// (or three) named in this sentence before it, else in the sentence before — whether the
/// phrase denies ("neither", "none"), and where it ends.
fn plural_orgs(s: &Sentence<'_, '_>, at: usize, end: usize) -> Option<(Vec<OrgId>, bool, usize)> {
    let items = s.items;
    let end = end.min(items.len());
    let first = items.get(at)?;
    let word = |k: usize| items.get(k).filter(|_| k < end);
    // ("stayed out of both")
    let (at, first) = if first.is_any(&["of", "to", "in"]) {
        (at + 1, word(at + 1)?)
    } else {
        (at, first)
    };
    // Whether the phrase says what it stands for ("both groupings", "all three").
    let mut with_noun = false;
    let (n, none, next) = if first.is_any(&["both", "neither"]) {
        let mut k = at + 1;
        if word(k).is_some_and(|w| w.is("of")) && word(k + 1).is_some_and(|w| w.is("them")) {
            k += 2;
        } else if word(k).is_some_and(|w| w.is_any(BOTH_NOUNS)) {
            k += 1;
            with_noun = true;
        } else if word(k).is_some_and(|w| w.kind == super::tokens::Kind::Word && !w.is("and")) {
            // ("both the CSTO and ...": a list of its own)
            return None;
        }
        (Some(2), first.is("neither"), k)
    } else if first.is_any(&["all", "none"]) {
        let mut k = at + 1;
        let mut n = None;
        if word(k).is_some_and(|w| w.is("of")) {
            k += 1;
        }
        if word(k).is_some_and(|w| w.is_any(&["them", "these", "those"])) {
            k += 1;
        } else {
            if word(k).is_some_and(|w| w.is("the")) {
                k += 1;
            }
            n = word(k)
                .and_then(super::num)
                .filter(|&n| (2..=5).contains(&n))
                .map(|n| n as usize);
            n?;
            k += 1;
            with_noun = true;
            if word(k).is_some_and(|w| w.is_any(BOTH_NOUNS)) {
                k += 1;
            }
        }
        (n, first.is("none"), k)
    } else {
        return None;
    };
    // (not followed by a name: "both the CSTO and EurAsEC" is told by name)
    if word(next).is_some_and(|w| w.entity().is_some()) {
        return None;
    }
    let distinct = |list: Vec<OrgId>| {
        let mut out: Vec<OrgId> = Vec::new();
        for o in list {
            if !out.contains(&o) {
                out.push(o);
            }
        }
        out
    };
    let here = distinct(
        items[..at]
            .iter()
            .filter_map(|w| match w.entity() {
                Some(Entity::Org(o)) => Some(o),
                _ => None,
            })
            // (or referred to together earlier in it: "belongs to neither organisation, and
            // Moldova has stayed out of both")
            .chain(s.resolved.borrow().iter().copied())
            .collect(),
    );
    // (a bare "both" or "all of them" may stand for other things the sentence before named:
    // "... the wars in Karabakh and Transnistria. Kazakhstan has stayed out of both." — only
    // after a verb that takes nothing but organisations)
    let only_orgs = at >= 1
        && (items[at - 1].is("to")
            && at >= 2
            && items[at - 2].is_any(&["belongs", "belong", "belonged"])
            || items[at - 1].is("outside"));
    let before = if with_noun || only_orgs {
        distinct(s.discourse.previous.clone())
    } else {
        s.discourse.claimed_orgs.clone()
    };
    // ("neither" of three named is none of them we can tell)
    let pick = |list: &Vec<OrgId>| match n {
        Some(_) if none && first.is("neither") && list.len() > 2 => None,
        // ("The SCO and GUUAM met while the CIS stayed silent. Uzbekistan is in both
        // organisations": two of three named, which we cannot tell)
        Some(2) if with_noun && list.len() > 2 => None,
        Some(n) if list.len() >= n => Some(list[list.len() - n..].to_vec()),
        None if list.len() >= 2 => Some(list.clone()),
        _ => None,
    };
    let orgs = pick(&here).or_else(|| pick(&before))?;
    Some((orgs, none, next))
}

/// Nouns for the occasion of an event ("at the same ceremony").
const OCCASIONS: &[&str] = &[
    "ceremony",
    "summit",
    "meeting",
    "session",
    "occasion",
    "gathering",
];

/// "at the same Kremlin ceremony", "during that summit" ending right before item `v`: where
/// the phrase starts.
fn occasion_before(items: &[Item<'_>], v: usize) -> Option<usize> {
    let noun = v.checked_sub(1)?;
    if !items[noun].is_any(OCCASIONS) {
        return None;
    }
    let at = (noun.saturating_sub(5)..noun).rev().find(|&p| {
        items[p].is_any(&["at", "during"])
            && items
                .get(p + 1)
                .is_some_and(|w| w.is_any(&["the", "that", "this"]))
    })?;
    items[at + 2..noun]
        .iter()
        .all(|w| w.kind == super::tokens::Kind::Word && !is_state_item(w))
        .then_some(at)
}

/// Whether state `st` fits the words `items[range]` that describe "the country" or "the
/// republic" ("former Soviet": one of the fifteen but Russia; "Caucasus": Armenia, Azerbaijan,
/// Georgia; "Central Asian": the five; "Baltic": the three).
fn described_fits(s: &Sentence<'_, '_>, st: StateId, range: Range<usize>) -> bool {
    let id = s.lexicon.state(st).id.as_str();
    let words = &s.items[range];
    let has = |w: &str| words.iter().any(|x| x.is(w));
    const FORMER_SOVIET: &[&str] = &[
        "Armenia",
        "Azerbaijan",
        "Belarus",
        "Estonia",
        "Georgia",
        "Kazakhstan",
        "Kyrgyzstan",
        "Latvia",
        "Lithuania",
        "Moldova",
        "Tajikistan",
        "Turkmenistan",
        "Ukraine",
        "Uzbekistan",
    ];
    const CENTRAL_ASIA: &[&str] = &[
        "Kazakhstan",
        "Kyrgyzstan",
        "Tajikistan",
        "Turkmenistan",
        "Uzbekistan",
    ];
    (!has("Soviet") || FORMER_SOVIET.contains(&id))
        && (!(has("Caucasus") || has("Caucasian")) || SOUTH_CAUCASUS.contains(&id))
        && (!(has("Central") || has("Asian")) || CENTRAL_ASIA.contains(&id))
        && (!has("Baltic") || BALTIC.contains(&id))
}

/// Words that may describe "the country" or "the republic" pointing back to a state.
const COUNTRY_DESCRIPTIONS: &[&str] = &[
    "former",
    "ex",
    "Soviet",
    "post-Soviet",
    "Central",
    "Asian",
    "Caucasian",
    "Caucasus",
    "Baltic",
    "South",
    "small",
    "landlocked",
    "neutral",
    "mountainous",
    "poor",
    "impoverished",
    "gas-rich",
    "oil-rich",
    "energy-rich",
    "rich",
    "gas",
    "oil",
    "energy",
];

/// The Baltic states and those of the South Caucasus.
const BALTIC: &[&str] = &["Estonia", "Latvia", "Lithuania"];
const SOUTH_CAUCASUS: &[&str] = &["Armenia", "Azerbaijan", "Georgia"];

/// Regions whose name for their states always means all of them, and those states.
const REGIONS: &[(&[&str], &[&str])] = &[
    (&["baltic"], BALTIC),
    (&["south", "caucasus"], SOUTH_CAUCASUS),
    (&["south", "caucasian"], SOUTH_CAUCASUS),
    (&["transcaucasian"], SOUTH_CAUCASUS),
];

/// "the three Baltic states", "the Baltic republics", "all three South Caucasus states" ending
/// at item `end` (exclusive): the region's states, and where the phrase starts. Only the whole
/// region: not "other", "two of the", nor a count that is not the region's size.
fn region_ending_at(
    s: &Sentence<'_, '_>,
    end: usize,
    lower: usize,
) -> Option<(Vec<StateId>, usize)> {
    let items = s.items;
    let noun = end.checked_sub(1)?;
    // ("the Baltic trio": a noun for the three of them)
    let three = items[noun].is("trio");
    if !items[noun].is_any(STATE_NOUNS) && !three {
        return None;
    }
    let (words, names) = REGIONS.iter().find(|(words, names)| {
        (!three || names.len() == 3)
            && noun >= lower + words.len()
            && items[noun - words.len()..noun]
                .iter()
                .zip(words.iter())
                .all(|(w, r)| w.is(r))
    })?;
    let mut start = noun - words.len();
    if start > lower
        && let Some(n) = super::num(&items[start - 1])
    {
        if n as usize != names.len() {
            return None;
        }
        start -= 1;
    }
    if start > lower && items[start - 1].is_any(&["the", "all"]) {
        start -= 1;
    } else {
        return None;
    }
    // (some of them: "two of the three Baltic states"; "the other Baltic states" has no
    // determiner right before the region and never reaches here)
    if start > lower && items[start - 1].is("of") {
        return None;
    }
    let group = names
        .iter()
        .map(|n| s.lexicon.state_by_id(n))
        .collect::<Option<Vec<_>>>()?;
    Some((group, start))
}

fn country_ending_at(s: &Sentence<'_, '_>, end: usize) -> Option<StateId> {
    his_country(s, end.checked_sub(2)?)
}

fn his_country(s: &Sentence<'_, '_>, i: usize) -> Option<StateId> {
    if let Some(st) = our_country(s, i) {
        return Some(st);
    }
    his_country_noun(s, i, i + 1)
}

/// "his country", "his battered republic" at item `i`: the state, and the item after the noun
/// (one adjective may stand before it).
fn his_country_phrase(s: &Sentence<'_, '_>, i: usize) -> Option<(StateId, usize)> {
    if let Some(st) = his_country(s, i) {
        return Some((st, i + 2));
    }
    let adjective = s.items.get(i + 1).is_some_and(|w| {
        w.kind == super::tokens::Kind::Word && w.text.chars().all(|c| c.is_lowercase())
    });
    adjective
        .then(|| his_country_noun(s, i, i + 2))
        .flatten()
        .map(|st| (st, i + 3))
}

/// The state of "his", "her" or "whose" at item `i` before "country" or "republic" at `noun`.
fn his_country_noun(s: &Sentence<'_, '_>, i: usize, noun: usize) -> Option<StateId> {
    let items = s.items;
    // ("took his republic into the Commonwealth")
    if !(items.get(i)?.is_any(&["his", "her", "whose"])
        && items.get(noun)?.is_any(&["country", "republic"]))
    {
        return None;
    }
    // (a person named in the sentence before, when this one names none: "Karimov flew to
    // Sochi. His country rejoined the CSTO there.")
    let named_here = items[..i]
        .iter()
        .any(|w| matches!(w.entity(), Some(Entity::Person(_) | Entity::Surname(_))));
    // ("whose" is of the person named right before it: "Putin met Iranian President
    // Ahmadinejad, whose country ...")
    let titled = || titled_just_before(items, i);
    let whose = items[i].is("whose");
    (if whose { titled() } else { None })
        .or_else(|| super::office::state_of_person_before(s, i))
        .or_else(titled)
        .or_else(|| {
            (!named_here && items.get(i).is_some_and(|w| w.is("his") || w.is("her")))
                .then_some(s.discourse.person_state)
                .flatten()
        })
}

/// "Iranian President Mahmoud Ahmadinejad, whose country ...": the state whose adjective
/// titles the person named right before item `i` (and a comma), for one the lexicon does not
/// list.
fn titled_just_before(items: &[Item<'_>], i: usize) -> Option<StateId> {
    let comma = i.checked_sub(1).filter(|&c| items[c].is_punct(','))?;
    let name = |w: &Item<'_>| w.kind == super::tokens::Kind::Word && w.starts_upper();
    // ("Iranian President Mahmoud Ahmadinejad, whose ...", "Iran's president, Mahmoud
    // Ahmadinejad, whose ...": the name, or a comma and the name, after the title)
    let named = |a: usize| {
        a < comma
            && (items[a..comma].iter().all(name)
                || items[a].is_punct(',') && a + 1 < comma && items[a + 1..comma].iter().all(name))
    };
    let r = (comma.saturating_sub(8)..comma.saturating_sub(1))
        .rev()
        .find(|&r| {
            super::office::role_at(items, r).is_some_and(|(_, end, plural)| !plural && named(end))
        })?;
    let before = r.checked_sub(1)?;
    single_state_at(items, before).or_else(|| {
        (items[before].text == "'s")
            .then(|| single_state_at(items, before.checked_sub(1)?))
            .flatten()
    })
}

/// The country an editorial voice speaks for: the one its publication is at home in, in a
/// sentence that quotes or reports no one ("Nazarbayev told parliament that our country ...",
/// "Mr Saakashvili: our country will ...") and outside an interview.
fn editorial_home(s: &Sentence<'_, '_>) -> Option<StateId> {
    let items = s.items;
    s.discourse.home.filter(|_| {
        !items.iter().any(|w| {
            w.is_punct('"')
                || w.is_punct(':')
                || w.is_any(&[
                    "said",
                    "says",
                    "say",
                    "told",
                    "tells",
                    "insisted",
                    "insists",
                    "claimed",
                    "claims",
                    "according",
                    "noted",
                    "quoted",
                    "declared",
                    "stated",
                    "argued",
                    "added",
                    "warned",
                    "replied",
                    "wrote",
                    "stressed",
                    "explained",
                    "interview",
                    "asserted",
                ])
        }) && !s.discourse.interview
            && !opens_interview_turn(items)
    })
}

/// "our republic", "our country" at item `i`, in an editorial voice: its home.
fn our_country(s: &Sentence<'_, '_>, i: usize) -> Option<StateId> {
    let items = s.items;
    (items.get(i)?.is("our") && items.get(i + 1)?.is_any(&["republic", "country", "nation"]))
        .then(|| editorial_home(s))?
}

/// The nearest state named (or governed: "the Uzbek leadership") before item `p`.
fn nearest_state_before(s: &Sentence<'_, '_>, p: usize) -> Option<StateId> {
    let items = s.items;
    let mut k = p.min(items.len());
    while k > 0 {
        k -= 1;
        // "it" is not one of a list ("signed along with Georgia, Ukraine and Moldova; it ...").
        // (a real list, with "and" or "with": "Unlike Georgia, Armenia ..." is no list)
        if is_state_item(&items[k])
            && let Some((states, r)) = list_ending_at(s, k + 1, 0)
            && states.len() >= 2
            && items[r.clone()]
                .iter()
                .any(|w| w.is_any(&["and", "or", "nor", "with", "plus"]))
        {
            k = r.start;
            continue;
        }
        // Nor a people ("it evicted the Americans"), nor a name qualifying a noun ("Tashkent
        // evicted US forces ..., and it joined").
        if let Some(st) = single_state_at(items, k)
            && !is_people(s, &items[k])
            && !items.get(k + 1).is_some_and(|w| {
                w.is_any(&[
                    "forces",
                    "troops",
                    "soldiers",
                    "officials",
                    "diplomats",
                    "base",
                    "bases",
                    "aid",
                    "companies",
                    "firms",
                    "embassy",
                    "envoy",
                    "military",
                    "border",
                    // ("refused to ratify the Alma-Ata documents")
                    "documents",
                    "document",
                    "declaration",
                    "protocol",
                    "accords",
                    "agreement",
                    "agreements",
                    "summit",
                ])
            })
        {
            return Some(st);
        }
    }
    None
}

/// The subject of the conjunct that a verb-joining "and" at item `and` closes: the state or
/// list opening its segment (after the clause's start or its last comma) with a verb after it,
/// or, when the segment is a relative clause, the states it hangs on ("Uzbekistan, which quit
/// the treaty in 1999 and returned ...").
fn conjunct_subject(s: &Sentence<'_, '_>, and: usize, start: usize) -> Option<Vec<StateId>> {
    let items = s.items;
    // (not a comma of a list: "Azerbaijan, Georgia and Uzbekistan declined ... and left")
    let seg = (start..and)
        .rev()
        .find(|&k| {
            items[k].is_punct(';')
                || items[k].is_punct(',')
                    && !(k > 0
                        && is_state_item(&items[k - 1])
                        && items.get(k + 1).is_some_and(is_state_item))
        })
        .map_or(start, |k| k + 1);
    // (a conjunct opening the clause has the subject the verbs before found)
    if seg >= and || seg == start {
        return None;
    }
    if items[seg].is_any(&["which", "who"]) {
        let comma = seg.checked_sub(1).filter(|&c| items[c].is_punct(','))?;
        return list_ending_at(s, comma, start)
            .filter(|(_, r)| !governed(items, r.start, start))
            .map(|(st, _)| st);
    }
    // ("the presidents of A, B and C got together and set up ...": the states they lead)
    let mut seg = seg;
    if items.get(seg).is_some_and(|w| w.is("the")) {
        seg += 1;
    }
    if items
        .get(seg)
        .is_some_and(|w| w.is_any(&["presidents", "leaders", "governments"]))
        && items.get(seg + 1).is_some_and(|w| w.is("of"))
    {
        seg += 2;
    }
    let (rest, states) = state_list(Toks(items.get(seg..and)?)).ok()?;
    let next = rest.0.first()?;
    // (not a speaker's aside without its closing comma: "..., Kyiv recalls and formally quit
    // it in 2005")
    (verb_like(next)
        && !next.is_any(&[
            "says", "said", "recalls", "recalled", "notes", "noted", "believes", "argues",
            "insists", "claims", "reports", "reported", "adds", "added", "admits", "explains",
            "thinks", "suggests",
        ]))
    .then_some(states)
}

/// The words after "that" that make it a date, not a relative clause: "signed its founding
/// treaty that day", "that same month", "that spring".
const THAT_DATE_NOUNS: &[&str] = &[
    "day", "week", "month", "year", "same", "spring", "summer", "autumn", "winter",
];

/// The organisation at item `k` when a noun before it is in it: "partners in the customs union",
/// "members of the CSTO", "within the CIS".
fn org_a_noun_is_in(items: &[Item<'_>], k: usize) -> Option<OrgId> {
    match items.get(k)?.entity() {
        Some(Entity::Org(o))
            if k >= 2 && items[k - 1].is("the") && items[k - 2].is_any(&["in", "of", "within"]) =>
        {
            Some(o)
        }
        _ => None,
    }
}

/// Whether the words before the comma at item `comma` are a short noun phrase that opens its
/// clause or conjunct ("the fifth member", "a would-be sixth", "; its neighbour", ", and the
/// group's observer"): determiners, adjectives and a noun, no name and no verb.
fn appositive_opener(items: &[Item<'_>], comma: usize, lower: usize) -> bool {
    let mut q = comma;
    // (an organisation the noun is "in", "of" or "within" does not count against the words:
    // "Russia's two partners in the customs union, Belarus and Kazakhstan, are not ...")
    let mut words = 0;
    while q > lower
        && words < 5
        && (items[q - 1].kind == super::tokens::Kind::Word && items[q - 1].entity().is_none()
            || items[q - 1].text == "'s"
            || super::num(&items[q - 1]).is_some()
            || items[q - 1].kind == (super::tokens::Kind::Dash { joining: true })
            || q == comma && q >= 1 && org_a_noun_is_in(items, q - 1).is_some())
        && !items[q - 1].is_any(&[
            "and", "but", "while", "whereas", "which", "who", "that", "though", "although",
        ])
        && verb_at(items, q - 1).is_none()
    {
        if items[q - 1].entity().is_some() {
            q -= 2;
        } else {
            q -= 1;
            words += 1;
        }
    }
    // ("—though one of its five members, Uzbekistan, stopped ...")
    // ("Russia's two partners, Belarus and Kazakhstan, ...": a state's possessive opens it)
    let possessor = q >= 1
        && q < comma
        && items[q].text == "'s"
        && matches!(items[q - 1].entity(), Some(Entity::State(_)))
        && items.get(q + 1).is_some_and(|w| {
            super::num(w).is_some()
                || w.is_any(&[
                    "partners",
                    "allies",
                    "neighbours",
                    "neighbors",
                    "partner",
                    "ally",
                    "neighbour",
                    "neighbor",
                ])
        });
    let q = if possessor { q - 1 } else { q };
    q < comma
        && (possessor
            || items[q].is_any(&["the", "a", "an", "its", "their", "his", "her"])
            || items[q].is("one") && items.get(q + 1).is_some_and(|w| w.is("of")))
        && (q == lower
            || items[q - 1].is_any(&["and", "but", "while", "whereas", "though", "although"])
            || items[q - 1].is_punct(';')
            || items[q - 1].is_punct(':')
            || items[q - 1].is_dash())
}

/// The states a phrase in `items[from..to]` sets apart from a group: "China excepted",
/// "except China", "apart from China", "other than China", "save China", "excluding China".
fn excepted_states(items: &[Item<'_>], from: usize, to: usize) -> Vec<StateId> {
    let mut out = Vec::new();
    let to = to.min(items.len());
    for k in from..to {
        let w = &items[k];
        let after = if w.is_any(&["except", "excluding", "barring", "save"]) {
            k + 1 + usize::from(items.get(k + 1).is_some_and(|n| n.is("for")))
        } else if w.is_any(&["apart", "other"])
            && items
                .get(k + 1)
                .is_some_and(|n| n.is_any(&["from", "than"]))
        {
            k + 2
        } else if w.is("excepted") && k > from {
            if let Some(st) = single_state_at(items, k - 1) {
                out.push(st);
            }
            continue;
        } else {
            continue;
        };
        if let Ok((_, states)) = state_list(Toks(&items[after.min(to)..to])) {
            out.extend(states);
        }
    }
    out
}

/// Whether an item is a people's plural name ("the Uzbeks").
fn is_people(s: &Sentence<'_, '_>, it: &Item<'_>) -> bool {
    matches!(it.entity(), Some(Entity::Capital(st))
        if s.lexicon.states[st.0 as usize].peoples.iter().any(|p| p == it.text))
}

/// The state item `k` stands for as a possible actor (not a place or an object).
fn single_state_at(items: &[Item<'_>], k: usize) -> Option<StateId> {
    match items[k].entity() {
        // Not a state named as a place or an object ("troops in Tajikistan", "with Russia").
        Some(Entity::State(_)) | Some(Entity::Capital(_))
            if k > 0 && items[k - 1].is_any(&["in", "into", "to", "from", "with", "against"]) =>
        {
            None
        }
        // "the Moscow-led alliance", "a Russia-dominated bloc": a modifier, no actor.
        Some(Entity::State(_)) | Some(Entity::Capital(_))
            if items
                .get(k + 1)
                .is_some_and(|w| w.kind == super::tokens::Kind::Dash { joining: true }) =>
        {
            None
        }
        Some(Entity::State(st)) | Some(Entity::Capital(st)) => Some(st),
        Some(Entity::Adjective(st))
            if items.get(k + 1).is_some_and(|w| {
                w.is_any(&[
                    "government",
                    "leadership",
                    "authorities",
                    "president",
                    "regime",
                ])
            }) =>
        {
            Some(st)
        }
        _ => None,
    }
}

/// "Uzbekistan left GUUAM in 2005, six years after joining it", "rejoined the CSTO in 2006,
/// seven years after leaving the treaty", "quit the CIS in 2009, sixteen years after joining":
/// the event a gerund after "N years after" (or "before") tells, of the states of the dated
/// event just told, in the year counted from that event's.
pub fn years_after_gerund(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    for a in 3..items.len() {
        let before = items[a].is("before");
        if !(items[a].is("after") || before) || !items[a - 3].is_punct(',') {
            continue;
        }
        let Some(n) = years_before(items, a) else {
            continue;
        };
        let Some((event, o)) = gerund_event(items, a + 1) else {
            continue;
        };
        // The event told right before the comma (its words ending there, or its date), with a
        // year: not one told before an opening "now, six years after joining, it has ...".
        let at = items[a - 3].start;
        let Some(k) = s.last_fact_before(a - 3, |f| {
            matches!(f.claim, Claim::Membership { event, state: Some(_), .. } if !event.is_status())
                && f.span.end <= at
                && f.when
                    .is_some_and(|w| w.from.map(|d| d.year()) == w.to.map(|d| d.year()))
        }) else {
            continue;
        };
        let told_end = s.item_from(s.facts[k].span.end);
        if told_end + 4 < a - 3
            || items[told_end..a - 3]
                .iter()
                .any(|w| w.is_punct(',') || w.is_punct(';') || w.is_dash())
        {
            continue;
        }
        let (span, told_org, year) = match &s.facts[k] {
            crate::fact::Fact {
                claim: Claim::Membership { org, .. },
                span,
                when: Some(w),
                ..
            } => (span.clone(), *org, w.from.map(|d| d.year())),
            _ => continue,
        };
        let Some(year) = year else {
            continue;
        };
        let states = states_told(s, &span, told_org);
        let (org, end) = gerund_object(s, o, told_org);
        let Some(org) = org else {
            continue;
        };
        // ("seven years after leaving the treaty": the predecessor, that year)
        let when = Interval::year(if before { year + n } else { year - n });
        let org = s.predecessor_at(org, Some(when));
        push_statuses(
            s,
            &[org],
            &states,
            event,
            Some(when),
            Modality::Asserted,
            a - 2..end,
            false,
        );
    }
}

/// "Uzbekistan froze its membership of EurAsEC, less than three years after joining it in
/// January 2006", "quit in 2005 before returning to the CSTO in 2006": a gerund after "after"
/// or "before" (right after a claim, or after its comma and a span of time) with a date of its
/// own tells an event of the states the claim was of, of the organisation its object names
/// ("it", or none: the same one).
pub fn after_gerund_dated(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    for a in 1..items.len() {
        if !items[a].is_any(&["after", "before"]) {
            continue;
        }
        // (right after the claim, or after its comma and a span of time: ", less than three
        // years after joining it in January 2006")
        let mut p = a;
        while p > 0
            && (super::num(&items[p - 1]).is_some_and(|n| n < 100)
                || items[p - 1].is_any(&[
                    "less", "more", "than", "nearly", "almost", "just", "barely", "only", "some",
                    "about", "over", "under", "years", "months", "weeks", "days", "year", "month",
                    "shortly", "soon", "long", "not",
                ]))
        {
            p -= 1;
        }
        let p = if p > 0 && items[p - 1].is_punct(',') {
            p - 1
        } else {
            p
        };
        let Some((event, o)) = gerund_event(items, a + 1) else {
            continue;
        };
        // The claim told right before, with states.
        let at = items[p].start;
        let Some(k) = s.last_fact_before(p, |f| {
            matches!(f.claim, Claim::Membership { state: Some(_), .. }) && f.span.end <= at
        }) else {
            continue;
        };
        let told_end = s.item_from(s.facts[k].span.end);
        if told_end + 6 < p
            || items[told_end..p]
                .iter()
                .any(|w| w.is_punct(',') || w.is_punct(';') || w.is_dash())
        {
            continue;
        }
        let (span, told_org) = match &s.facts[k] {
            crate::fact::Fact {
                claim: Claim::Membership { org, .. },
                span,
                ..
            } => (span.clone(), *org),
            _ => continue,
        };
        let states = states_told(s, &span, told_org);
        let (org, end) = gerund_object(s, o, told_org);
        let Some(org) = org else {
            continue;
        };
        // (its own date, right after the object: "in January 2006", "in 1999")
        let ctx = s.date_context(a + 1, false);
        let Some((when, r)) = find_date(items, end, items.len(), ctx) else {
            continue;
        };
        if r.start > end + 1 || !items[end].is_any(&["in", "on"]) {
            continue;
        }
        let when = Some(when);
        let org = s.predecessor_at(org, when);
        push_statuses(
            s,
            &[org],
            &states,
            event,
            when,
            Modality::Asserted,
            a + 1..r.end,
            false,
        );
    }
}

/// The states of the membership claims of `org` told at `span` (one claim's list).
fn states_told(s: &Sentence<'_, '_>, span: &Range<u32>, org: OrgId) -> Vec<StateId> {
    s.facts
        .iter()
        .filter(|f| f.span == *span)
        .filter_map(|f| match f.claim {
            Claim::Membership { state, org: o, .. } if o == org => state,
            _ => None,
        })
        .collect()
}

/// The object of a gerund starting at item `o` after a claim of `told`: "it", "the treaty", a
/// name, or none (a date or the clause's end: the same organisation); and where it ends.
fn gerund_object(s: &Sentence<'_, '_>, o: usize, told: OrgId) -> (Option<OrgId>, usize) {
    let items = s.items;
    match items.get(o) {
        Some(w) if w.is_any(&["it", "them"]) => (Some(told), o + 1),
        Some(w)
            if w.is("the")
                && items
                    .get(o + 1)
                    .is_some_and(|n| n.is_any(super::grammar::ORG_ANAPHORS)) =>
        {
            (s.anaphor_org(o), o + 2)
        }
        // ("quit in 2005 before returning in 2006")
        None => (Some(told), o),
        Some(w) if w.is_punct('.') || w.is_punct(',') || w.is_punct(';') => (Some(told), o),
        Some(w) if w.is_any(&["in", "on"]) => (Some(told), o),
        Some(_) => match name_at(items, o) {
            Some((org, e)) => (Some(org), e),
            None => (None, o),
        },
    }
}

/// The event a gerund at item `g` tells ("joining", "leaving", "walking out of", "withdrawing
/// from", "returning to", "suspending its membership in") and where its object begins.
fn gerund_event(items: &[Item<'_>], g: usize) -> Option<(Event, usize)> {
    let at = |d: usize| items.get(g + d);
    let w = at(0)?;
    Some(if w.is("joining") {
        (Event::Joined, g + 1)
    } else if w.is("signing") {
        (Event::Signed, g + 1)
    } else if w.is("rejoining") {
        (Event::Rejoined, g + 1)
    } else if w.is_any(&["leaving", "quitting"]) {
        (Event::Withdrew, g + 1)
    } else if w.is("withdrawing") && at(1).is_some_and(|p| p.is("from")) {
        (Event::Withdrew, g + 2)
    } else if w.is("returning") && at(1).is_some_and(|p| p.is("to")) {
        (Event::Rejoined, g + 2)
    } else if w.is_any(&["suspending", "freezing"])
        && at(1).is_some_and(|p| p.is_any(&["its", "their"]))
        && at(2).is_some_and(|p| p.is_any(&["membership", "participation"]))
    {
        // ("suspending its membership in the community in 2008"; "... in 2008": no object)
        let named = at(3).is_some_and(|p| p.is_any(&["in", "of"]))
            && at(4).is_some_and(|p| p.is("the") || p.entity().is_some());
        (Event::Suspended, g + 3 + usize::from(named))
    } else if w.is_any(&["walking", "pulling", "dropping"])
        && at(1).is_some_and(|p| p.is("out"))
        && at(2).is_some_and(|p| p.is("of"))
    {
        (Event::Withdrew, g + 3)
    } else {
        return None;
    })
}

/// "Seven years after walking out of the Tashkent treaty, Uzbekistan has come back": a gerund
/// after an opening "N years after" tells an event of the subject after the comma, N years
/// before the year of the sentence's own event of it (else of the article's date).
pub fn fronted_years_after(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(n) = years_before(items, 2).filter(|_| items.get(2).is_some_and(|w| w.is("after")))
    else {
        return;
    };
    let Some((event, o)) = gerund_event(items, 3) else {
        return;
    };
    let the = usize::from(items.get(o).is_some_and(|w| w.is("the")));
    let Ok((rest, org)) = org_name(Toks(&items[(o + the).min(items.len())..])) else {
        return;
    };
    let comma = index_of(items, rest);
    if !items.get(comma).is_some_and(|w| w.is_punct(',')) {
        return;
    }
    let Ok((_, states)) = state_list(Toks(&items[comma + 1..])) else {
        return;
    };
    // The year of the sentence's own event of them, else the article's.
    let told = s.facts.iter().find_map(|f| match (&f.claim, f.when) {
        (
            Claim::Membership {
                event,
                state: Some(st),
                ..
            },
            Some(w),
        ) if !event.is_status() && states.contains(st) && f.span.start >= items[comma].end => w
            .from
            .zip(w.to)
            .filter(|(a, b)| a.year() == b.year())
            .map(|(a, _)| a.year()),
        _ => None,
    });
    let Some(year) = told.or_else(|| s.article.map(|d| d.year())) else {
        return;
    };
    let when = Interval::year(year - n);
    let org = s.predecessor_at(org, Some(when));
    push_statuses(
        s,
        &[org],
        &states,
        event,
        Some(when),
        Modality::Asserted,
        0..comma,
        false,
    );
}

/// "Along with Azerbaijan and Georgia, it did not renew its membership of the treaty this
/// month", "Together with Kazakhstan, Russia founded the union": the states an opening "along
/// with" names share every claim the main clause makes of its subject.
pub fn along_with_opening(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if items.len() < 5 || !items[0].is_any(&["along", "together"]) || !items[1].is("with") {
        return;
    }
    let Ok((rest, companions)) = state_list(Toks(&items[2..])) else {
        return;
    };
    let c = index_of(items, rest);
    // (the subject after a comma, or a pronoun right after: "Together with Ukraine and
    // Moldova they make up GUAM", "... it makes up GUAM")
    let at = if items.get(c).is_some_and(|w| w.is_punct(',')) {
        c + 1
    } else if items
        .get(c)
        .is_some_and(|w| w.is_any(&["they", "both", "it"]))
    {
        c
    } else {
        return;
    };
    if at >= items.len() {
        return;
    }
    let subject = items[at].start;
    let told: Vec<_> = s
        .facts
        .iter()
        .filter(|f| f.span.start == subject)
        .filter_map(|f| match f.claim {
            Claim::Membership {
                event,
                org,
                state: Some(_),
            } => Some((event, org, f.when, f.modality)),
            _ => None,
        })
        .collect();
    for (event, org, when, modality) in told {
        push_statuses(s, &[org], &companions, event, when, modality, 0..c, false);
    }
}

/// "Kyrgyzstan, unlike Uzbekistan, remains a member of the treaty", "Unlike Uzbekistan,
/// Kyrgyzstan remains a member": the states set off by "unlike" right by the subject of a plain
/// status of membership (or not) have the opposite status. Not when the contrast is about
/// something else ("Tashkent, unlike Minsk, prefers forums ..."), told of the states in a
/// relative clause ("Unlike Uzbekistan, which has kept its distance, Georgia remains ..."), of
/// a stay still going on ("Yerevan, unlike Baku, is firmly staying in the treaty") nor one told
/// as an act ("Armenia, unlike Georgia, stayed in the treaty").
pub fn unlike_aside(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(u) =
        (0..items.len()).find(|&k| items[k].is("unlike") && (k == 0 || items[k - 1].is_punct(',')))
    else {
        return;
    };
    // (the list ends at a comma; one state alone when the list would run on into the
    // subject: "Unlike Uzbekistan, Kyrgyzstan remains ...")
    let comma = |k: usize| items.get(k).is_some_and(|w| w.is_punct(','));
    let (others, end) = match state_list(Toks(&items[u + 1..])) {
        Ok((rest, list)) if comma(index_of(items, rest)) => (list, index_of(items, rest)),
        _ => match single_state_at(items, u + 1) {
            Some(st) if comma(u + 2) => (vec![st], u + 2),
            _ => return,
        },
    };
    // The subject: right after an opening "Unlike ...,", or right before ", unlike".
    let subject = if u == 0 {
        end + 1
    } else if u >= 2 {
        u - 2
    } else {
        return;
    };
    if subject >= items.len()
        || !is_state_item(&items[subject])
        || items
            .get(end + 1)
            .is_some_and(|w| w.is_any(&["which", "who", "whose"]))
    {
        return;
    }
    let at = items[subject].start;
    let verb_from = if u == 0 { subject + 1 } else { end + 1 };
    let told = s.facts.iter().find_map(|f| match f.claim {
        Claim::Membership {
            event: event @ (Event::Member | Event::NotMember),
            org,
            state: Some(_),
        } if f.span.start == at && f.modality == Modality::Asserted => {
            Some((event, org, f.when, f.span.end))
        }
        _ => None,
    });
    let Some((event, org, when, told_end)) = told else {
        return;
    };
    // (a status as it is: "remains a member", "is outside", "belongs to"; not "stayed in",
    // which may set a stay against the others' leaving then)
    let verb = items[verb_from..]
        .iter()
        .find(|w| !w.is_any(&["still", "also", "now", "firmly"]));
    if !verb.is_some_and(|w| {
        w.is_any(&[
            "is", "are", "remains", "remain", "belongs", "belong", "sits", "sit",
        ])
    }) || items[verb_from..]
        .iter()
        .take_while(|w| w.end <= told_end)
        .any(|w| w.text.len() > 4 && w.text.ends_with("ing"))
    {
        return;
    }
    let opposite = if event == Event::Member {
        Event::NotMember
    } else {
        Event::Member
    };
    push_statuses(
        s,
        &[org],
        &others,
        opposite,
        when,
        Modality::Asserted,
        u..end,
        false,
    );
}

/// "Georgia remains in GUAM, with Ukraine, Azerbaijan and Moldova": the states a status of
/// membership ending the clause is shared with, after a comma and "with", closing the sentence
/// (not "... with Russia's blessing", "with Ukraine and Moldova looking on").
pub fn with_companions_after(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(w) = (1..items.len()).find(|&k| items[k].is("with") && items[k - 1].is_punct(','))
    else {
        return;
    };
    let Ok((rest, companions)) = state_list(Toks(&items[w + 1..])) else {
        return;
    };
    if !rest
        .0
        .first()
        .is_none_or(|x| x.is_punct('.') || x.is_punct(';'))
    {
        return;
    }
    let comma = items[w - 1].start;
    let told: Vec<_> = s
        .facts
        .iter()
        .filter(|f| f.span.end <= comma && f.span.end + 2 >= comma)
        .filter_map(|f| match f.claim {
            Claim::Membership {
                event: event @ (Event::Member | Event::NotMember),
                org,
                state: Some(st),
            } if !companions.contains(&st) => Some((event, org, f.when, f.modality, f.span.start)),
            _ => None,
        })
        .collect();
    let end = index_of(items, rest);
    for (event, org, when, modality, start) in told {
        let from = items.iter().position(|x| x.start >= start).unwrap_or(0);
        push_statuses(
            s,
            &[org],
            &companions,
            event,
            when,
            modality,
            from..end,
            false,
        );
    }
}

/// "the leaders of the CSTO - A, B, ... and Uzbekistan, which rejoined in August - met": a
/// joining (or return) told by a relative clause after a list is of its last state when the
/// reference timeline has the others in the organisation already before it, and the last not.
pub fn joined_by_the_last(s: &mut Sentence<'_, '_>) {
    let prior = &s.lexicon.prior;
    let mut drop = Vec::new();
    for (n, f) in s.facts.iter().enumerate() {
        let Claim::Membership {
            event: event @ (Event::Joined | Event::Rejoined),
            state: Some(last),
            org,
        } = f.claim
        else {
            continue;
        };
        let Some(from) = f.when.and_then(|w| w.from) else {
            continue;
        };
        // (told by a relative clause on the last: ", which joined")
        let end = s.item_from(f.span.end);
        let told_by_which = (end.saturating_sub(3)..(end + 2).min(s.items.len())).any(|q| {
            s.items[q].is_any(&["which", "who"]) && q >= 1 && s.items[q - 1].is_punct(',')
        });
        if !told_by_which {
            continue;
        }
        // (the group: the joinings read from the same words; the last is the one named last)
        let group: Vec<usize> = (0..s.facts.len())
            .filter(|&q| {
                let g = &s.facts[q];
                g.span == f.span
                    && g.when == f.when
                    && matches!(g.claim, Claim::Membership { event: e, org: o, state: Some(_) } if o == org && e == event)
            })
            .collect();
        if group.len() < 2 || group.last() != Some(&n) {
            continue;
        }
        // (a year before: the timeline dates some returns by their year alone)
        let before = from.add_days(-366);
        let already = |q: usize| match s.facts[q].claim {
            Claim::Membership {
                state: Some(st), ..
            } => prior.member(st, org, before) == Some(true),
            _ => false,
        };
        if prior.member(last, org, before) == Some(false)
            && group[..group.len() - 1].iter().all(|&q| already(q))
        {
            drop.extend(group[..group.len() - 1].iter().copied());
        }
    }
    let mut at = 0;
    s.facts.retain(|_| {
        let keep = !drop.contains(&at);
        at += 1;
        keep
    });
}

/// "A and B, which belong to the Eurasian community but not to the new union, are expected to
/// join it": a state is not said to plan to join what the sentence says it belongs to, so "it"
/// is the organisation it is said to be out of (or the one the sentence before was about).
pub fn join_what_they_lack(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if !items.windows(2).any(|p| {
        p[0].is_any(&["join", "joins", "joining", "joined"]) && p[1].is_any(&["it", "them"])
    }) {
        return;
    }
    let status = |s: &Sentence<'_, '_>, event: Event, st: StateId| -> Vec<OrgId> {
        s.facts
            .iter()
            .filter_map(|f| match f.claim {
                Claim::Membership {
                    event: e,
                    state: Some(x),
                    org,
                } if e == event && x == st && f.modality == Modality::Asserted => Some(org),
                _ => None,
            })
            .collect()
    };
    for n in 0..s.facts.len() {
        let Claim::Membership {
            event: Event::Joined,
            state: Some(st),
            org,
        } = s.facts[n].claim
        else {
            continue;
        };
        // (only for a plan: "having joined it in 1993" is told, not reasoned about)
        if s.facts[n].modality != Modality::Planned || !status(s, Event::Member, st).contains(&org)
        {
            continue;
        }
        // (else the one organisation the sentence before named alone: "... launched a customs
        // union this month. Kyrgyzstan, a member of EurAsEC, is expected to join it")
        let lacked = match status(s, Event::NotMember, st)[..] {
            [lacked] => lacked,
            [] => match s.discourse.previous_alone() {
                Some(o) if o != org => o,
                _ => continue,
            },
            _ => continue,
        };
        if let Claim::Membership { org, .. } = &mut s.facts[n].claim {
            *org = lacked;
        }
    }
}

/// "On 16 August Uzbekistan became a full member of the CSTO once again", "joined the treaty
/// again in 2006": a joining told as happening again is a return.
pub fn joined_again(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if !items.iter().any(|w| w.is_any(&["again", "more"])) {
        return;
    }
    for k in 0..s.facts.len() {
        let f = &s.facts[k];
        if !matches!(
            f.claim,
            Claim::Membership {
                event: Event::Joined,
                ..
            }
        ) {
            continue;
        }
        let end = s.item_from(f.span.end);
        let after = &items[end.min(items.len())..(end + 3).min(items.len())];
        let again = after.first().is_some_and(|w| w.is("again"))
            || after.len() >= 2 && after[0].is("once") && after[1].is_any(&["again", "more"]);
        if again && let Claim::Membership { event, .. } = &mut s.facts[k].claim {
            *event = Event::Rejoined;
        }
    }
}

/// "On Saturday, at Alma-Ata, A, B and C joined the original three", "... joined the three
/// founders": a joining of the organisation whose founding (or signing) this sentence or the
/// one before told, by the states listed right before the verb.
pub fn joined_the_founders(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    for k in 0..items.len() {
        // (or inverted, opening the sentence: "Joining the three Slavic founders on Saturday
        // were A, B and C")
        let inverted = k == 0 && items[0].is("joining");
        // ("Joining them in Alma-Ata on 21 December were A, B and C", after a sentence that
        // told the founding)
        let them = inverted && items.get(1).is_some_and(|w| w.is("them"));
        if !(inverted || k > 0 && items[k].is_any(&["joined", "join", "joins"]))
            || !(them || items.get(k + 1).is_some_and(|w| w.is("the")))
        {
            continue;
        }
        let mut o = k + 2;
        let original = items
            .get(o)
            .is_some_and(|w| w.is_any(&["original", "founding"]));
        o += usize::from(original);
        let counted = items
            .get(o)
            .and_then(super::num)
            .is_some_and(|n| (2..=12).contains(&n));
        o += usize::from(counted);
        // ("the three Slavic founders": one word of their kind, named by no entity)
        if items.get(o).is_some_and(|w| {
            w.starts_upper() && w.entity().is_none() && w.kind == super::tokens::Kind::Word
        }) && items
            .get(o + 1)
            .is_some_and(|w| w.is_any(&["founders", "signatories"]))
        {
            o += 1;
        }
        let founders = !them
            && items
                .get(o)
                .is_some_and(|w| w.is_any(&["founders", "signatories"]));
        o += usize::from(founders);
        // ("the original three", "the three founders", "the founders"; not "the three Baltic
        // states", "the original plan")
        if !(them || founders || counted && original) {
            continue;
        }
        // The clause ends right after the object, or after a date there: not "joined the
        // original three in criticising the plan", "at the ceremony", "on Friday in condemning
        // the gas cut" (a comma ends it unless a participle other than "bringing" follows).
        let ends_at = |p: usize| {
            items.get(p).is_none_or(|w| {
                matches!(w.kind, super::tokens::Kind::Punct(_)) && !w.is_punct(',')
                    || w.is_dash()
                    || w.is_any(&["and", "which", "bringing", "making"])
                    || w.is_punct(',')
                        && !items.get(p + 1).is_some_and(|n| {
                            n.text.ends_with("ing") && !n.is_any(&["bringing", "making"])
                        })
            })
        };
        let ctx = s.date_context(k, false);
        // (inverted, a place may come first: "Joining them in Alma-Ata on 21 December")
        let mut at = o;
        if inverted
            && items.get(at).is_some_and(|w| w.is_any(&["in", "at"]))
            && items.get(at + 1).is_some_and(|w| {
                w.starts_upper() && !matches!(w.entity(), Some(Entity::Org(_) | Entity::State(_)))
            })
        {
            at += 2;
        }
        let date_after = find_date(items, at, (at + 6).min(items.len()), ctx)
            .filter(|(_, r)| r.start <= at + 1)
            .map(|(_, r)| r.end);
        // (inverted, the verb and the states right after the object or its date)
        let inverted_states = if inverted {
            match inverted_joiners(items, date_after.unwrap_or(o), &ends_at) {
                Some(listed) => Some(listed),
                None => continue,
            }
        } else {
            None
        };
        if !(inverted || date_after.is_some_and(ends_at) || ends_at(o)) {
            continue;
        }
        // The organisation founded (or signed) in this sentence before the verb, else by the
        // event the sentence before told.
        let founded_here = s.facts.iter().rev().find_map(|f| match f.claim {
            Claim::Membership {
                event: Event::Founded | Event::Signed,
                org,
                ..
            } if s.item_from(f.span.end) <= k => Some((org, f.when)),
            _ => None,
        });
        let told = s
            .discourse
            .last_event
            .filter(|t| matches!(t.event, Event::Founded | Event::Signed))
            .map(|t| (t.org, t.when));
        // (a day or month without its year is in the founding's year: "... founded the CIS on
        // 8 December 1991. A and B joined the original three on 21 December", "in December")
        // (the forms read since the thirty-ninth session, "Joining them" and a place before the
        // date, take the founding's year whatever other years the sentence names; with none
        // known, a date without its year is not guessed)
        let newer = them || at != o;
        let founding_year = founded_here
            .or(told)
            .and_then(|(_, w)| w?.from)
            .map(|d| d.year())
            .filter(|_| newer || !items.iter().any(|w| super::dates::year_of(w).is_some()));
        if newer
            && founding_year.is_none()
            && !date_after.is_some_and(|e| {
                items[at..e]
                    .iter()
                    .any(|w| super::dates::year_of(w).is_some())
            })
        {
            continue;
        }
        let founded_here = founded_here.map(|(o, _)| o);
        let told = told.map(|(o, _)| o);
        // ("them" are the founders a founding this sentence or the one before told)
        if them && founded_here.is_none() && told.is_none() {
            continue;
        }
        // (or the one the sentence before made claims of alone: "The CIS, which A, B and C
        // founded on 8 December, is no longer a Slavic affair")
        let Some(org) = founded_here
            .or(told)
            .or_else(|| super::only_one(&s.discourse.claimed_orgs))
            // (else what the article is about)
            .or_else(|| s.discourse.topic())
        else {
            continue;
        };
        let clause = s.clause(k);
        let Some((states, subject)) =
            inverted_states.or_else(|| list_ending_at(s, k, clause.start))
        else {
            continue;
        };
        if states.is_empty() || s.facts.iter().any(|f| {
            matches!(f.claim, Claim::Membership { event: Event::Joined, org: o, .. } if o == org)
                && s.item_from(f.span.start) >= subject.start
                && s.item_from(f.span.start) <= k
        }) {
            continue;
        }
        let ctx = match founding_year {
            Some(y) => super::dates::DateContext {
                continues: Some((crate::date::Day::year_start(y), false)),
                continues_exact: false,
                ..ctx
            },
            None => ctx,
        };
        let when = find_date(items, at, clause.end, ctx)
            .filter(|(_, r)| r.start <= at + 1)
            .or_else(|| {
                find_date(items, clause.start, subject.start, ctx)
                    .filter(|(_, r)| !in_relative_clause(items, clause.start, r.start))
            })
            .map(|(w, _)| w)
            // (the context places a day in that year; a month alone it does not)
            .map(|w| match (founding_year, w.precision, w.from) {
                (Some(y), crate::date::Precision::Month, Some(d)) if d.year() != y => {
                    Interval::month(y, d.month())
                }
                _ => w,
            })
            .or_else(|| s.undated(Modality::Asserted));
        let (modality, _) = modality(
            &items[subject.end.min(k)..k],
            &items[clause.clone()],
            k - clause.start,
        );
        push_statuses(
            s,
            &[org],
            &states,
            Event::Joined,
            when,
            modality,
            if inverted {
                0..subject.end
            } else {
                subject.start..o
            },
            false,
        );
    }
}

/// "Joining the Commonwealth on Saturday were Kazakhstan, Armenia and Moldova", "Joining GUAM
/// on 24 April was Uzbekistan": a joining told inverted, the organisation named, the date
/// after it, the states after "were".
pub fn joining_inverted(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if !items.first().is_some_and(|w| w.is("joining")) {
        return;
    }
    let the = usize::from(items.get(1).is_some_and(|w| w.is("the")));
    let Ok((rest, org)) = org_name(Toks(items.get(1 + the..).unwrap_or_default())) else {
        return;
    };
    let o = index_of(items, rest);
    if is_modifier(items, o) {
        return;
    }
    let ctx = s.date_context(0, false);
    let date = find_date(items, o, (o + 6).min(items.len()), ctx).filter(|(_, r)| r.start <= o + 1);
    let v = date.as_ref().map_or(o, |(_, r)| r.end);
    let Some((states, listed)) = inverted_joiners(items, v, &|e| closes_phrase(items, e)) else {
        return;
    };
    let end = listed.end;
    let when = date
        .map(|(w, _)| w)
        .or_else(|| s.undated(Modality::Asserted));
    push_statuses(
        s,
        &[org],
        &states,
        Event::Joined,
        when,
        Modality::Asserted,
        0..end,
        false,
    );
}

/// The states an inverted joining lists: "were" or "was" at item `v` (right after what was
/// joined, or after a date there), then the states, closed where `ends` says; with their range.
fn inverted_joiners(
    items: &[Item<'_>],
    v: usize,
    ends: &dyn Fn(usize) -> bool,
) -> Option<(Vec<StateId>, Range<usize>)> {
    if !items.get(v).is_some_and(|w| w.is_any(&["were", "was"])) {
        return None;
    }
    let (rest, states) = state_list(Toks(&items[v + 1..])).ok()?;
    let end = index_of(items, rest);
    ends(end).then_some((states, v + 1..end))
}

/// "It left in 1999. It came back in 2006", "Uzbekistan quit the treaty in 1999 and returned
/// in 2006": a return told without what to, after a withdrawal of the same state told in this
/// sentence or last in the one before. A rejoining of what it left, or of its successor when
/// that existed by the return (the CSTO for the treaty left in 1999).
pub fn came_back(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    for v in 1..items.len() {
        let end = if items[v].is("returned") {
            v + 1
        } else if items[v].is("came") && items.get(v + 1).is_some_and(|w| w.is("back")) {
            v + 2
        } else {
            continue;
        };
        let ctx = s.date_context(v, false);
        let date = find_date(items, end, (end + 6).min(items.len()), ctx)
            .filter(|(_, r)| r.start <= end + 1);
        // (bare: not "returned to Moscow", "came back home", "returned the favour")
        let bare = date.is_some()
            || items
                .get(end)
                .is_none_or(|w| w.is_punct('.') || w.is_punct(',') || w.is_punct(';'));
        if !bare {
            continue;
        }
        let clause = s.clause(v);
        // The withdrawals this sentence told before the verb.
        let withdrawals = |st: Option<StateId>| {
            s.facts.iter().rev().find_map(|f| match f.claim {
                Claim::Membership {
                    event: Event::Withdrew,
                    state: Some(x),
                    org,
                } if st.is_none_or(|st| x == st) && s.item_from(f.span.end) <= v => {
                    Some((x, org, s.item_from(f.span.start)))
                }
                _ => None,
            })
        };
        // (the subject, or the one of the withdrawal the verb is joined to: "quit the treaty in
        // 1999 and returned in 2006")
        let told = subject(s, v, clause.start)
            .map(|(states, range, aux)| (states, range.start, aux))
            .or_else(|| {
                let (x, _, start) = withdrawals(None).filter(|_| items[v - 1].is("and"))?;
                Some((vec![x], start, v))
            });
        let Some((states, start, aux_start)) = told else {
            continue;
        };
        let [st] = states[..] else {
            continue;
        };
        let left_here = withdrawals(Some(st)).map(|(_, org, _)| org);
        let left = left_here.or_else(|| {
            s.discourse
                .last_event
                .filter(|t| t.event == Event::Withdrew && t.state == st)
                .map(|t| t.org)
        });
        let Some(org) = left else {
            continue;
        };
        let already = s.facts.iter().any(|f| {
            matches!(f.claim, Claim::Membership { event: Event::Rejoined, state: Some(x), .. } if x == st)
        });
        if already {
            continue;
        }
        // ("It has not returned": a return denied, undated)
        let (modality, negated) = modality(
            &items[aux_start.min(v)..v],
            &items[clause.clone()],
            v - clause.start,
        );
        let modality = if negated { Modality::Negated } else { modality };
        let when = date
            .map(|(w, _)| w)
            .filter(|_| !negated)
            .or_else(|| s.undated(modality));
        let lex = s.lexicon;
        let org = match (lex.successor(org), when.and_then(|w| w.from)) {
            (Some(next), Some(d)) if lex.org(next).founded.is_some_and(|f| f <= d) => next,
            _ => org,
        };
        push_statuses(
            s,
            &[org],
            &[st],
            Event::Rejoined,
            when,
            modality,
            start.min(v)..end,
            false,
        );
    }
}

/// "Seven years after" right before a subject: how many years before the main clause.
fn years_after(items: &[Item<'_>], from: usize, subject: usize) -> Option<(i32, usize)> {
    let a = (from..subject)
        .rev()
        .take(4)
        .find(|&k| items[k].is("after"))?;
    // (the subject opens the clause after "after": not "Two years after independence, Georgia
    // joined")
    if !items[a + 1..subject].iter().all(|w| w.is("the")) {
        return None;
    }
    years_before(items, a).map(|n| (n, a))
}

/// N in "N years" right before item `a` ("seven years after").
fn years_before(items: &[Item<'_>], a: usize) -> Option<i32> {
    let unit = items.get(a.checked_sub(1)?)?;
    let n = items.get(a.checked_sub(2)?).and_then(super::num)?;
    (unit.is_any(&["years", "year"]) && (1..60).contains(&n)).then_some(n as i32)
}

/// The states a sentence opens with ("Uzbekistan, which ..., keeps ..."), its main subject.
fn main_subject(s: &Sentence<'_, '_>) -> Option<Vec<StateId>> {
    // (after an opening conjunction or adverb: "And Georgia is ...", "Yet Armenia ...")
    let mut start = usize::from(
        s.items
            .first()
            .is_some_and(|i| i.is_any(&["and", "but", "yet", "so", "still", "now"])),
    );
    start += usize::from(s.items.get(start).is_some_and(|i| i.is("the")));
    state_list(Toks(s.items.get(start..)?))
        .ok()
        .map(|(_, st)| st)
}

/// The one state that is the subject of a sentence opening with a phrase of its own ("In the
/// space of a single year Uzbekistan has reversed ...", "Within weeks, Tashkent had ..."): the
/// first state named, right before an auxiliary, after a comma or a lower-case word that is no
/// preposition, and no other state before it.
fn fronted_subject(items: &[Item<'_>]) -> Option<StateId> {
    let k = items.iter().position(|w| {
        matches!(
            w.entity(),
            Some(Entity::State(_) | Entity::Capital(_) | Entity::Adjective(_))
        )
    })?;
    let Some(Entity::State(st) | Entity::Capital(st)) = items[k].entity() else {
        return None;
    };
    let before = items.get(k.checked_sub(1)?)?;
    let opener = before.is_punct(',')
        || before.kind == super::tokens::Kind::Word
            && before.text.chars().all(|c| c.is_lowercase())
            && !before.is_any(&[
                "in", "at", "to", "from", "with", "of", "by", "for", "on", "into", "against",
                "between", "about", "and", "or", "than", "like", "unlike", "the", "a", "an",
                "that", "which", "whom", "toward", "towards", "over", "under", "without",
            ]);
    (opener && items.get(k + 1).is_some_and(is_aux)).then_some(st)
}

/// The states a sentence opens with past an opening date or place, or whose leaders it opens
/// with ("On 7 October Armenia, Belarus and Russia met in Chisinau and signed ...", "On 7
/// October, in Chisinau, the presidents of A, B and C met and signed ..."), when a verb follows
/// them.
fn opening_subject(s: &Sentence<'_, '_>, verb: usize) -> Option<Vec<StateId>> {
    let items = s.items;
    let mut k = usize::from(items.first()?.is_any(&["and", "but", "yet", "so"]));
    if let Some((_, r)) = find_date(items, k, (k + 6).min(items.len()), s.date_context(k, false))
        .filter(|(_, r)| r.start <= k + 1)
    {
        k = r.end;
    }
    loop {
        match items.get(k) {
            Some(w) if w.is_punct(',') => k += 1,
            // ("in Chisinau," "at the summit,")
            Some(w)
                if w.is_any(&["in", "at"])
                    && (k + 2..(k + 5).min(items.len())).any(|q| items[q].is_punct(',')) =>
            {
                k = (k + 2..k + 5).find(|&q| items[q].is_punct(','))? + 1;
            }
            _ => break,
        }
    }
    // "the presidents of", "the foreign ministers of", "the heads of state of"; "Presidents
    // from A, B and C met ... and signed"
    let the = items.get(k)?.is("the");
    let leaders = |k: usize| {
        let of = (k..(k + 4).min(items.len())).find(|&q| items[q].is_any(&["of", "from"]))?;
        (of > k
            && items[k..of].iter().all(|w| {
                w.is_any(&[
                    "presidents",
                    "leaders",
                    "heads",
                    "foreign",
                    "defence",
                    "defense",
                    "prime",
                    "ministers",
                    "governments",
                    "delegations",
                ])
            }))
        .then_some(of)
    };
    match leaders(k + usize::from(the)) {
        Some(of) => {
            k = if items.get(of + 1)?.is("state") && items.get(of + 2)?.is("of") {
                of + 3
            } else {
                of + 1
            };
        }
        None if the => return None,
        None => {}
    }
    let (rest, states) = state_list(Toks(items.get(k..)?)).ok()?;
    let next = rest.0.first()?;
    // (and no other actor before the verb: "Last year Russia and Belarus lobbied hard and
    // Uzbekistan finally came back and rejoined")
    // (a capital after a preposition is a place: "met in Chisinau and signed")
    let end = index_of(items, rest);
    let actor = (end..verb.max(end)).any(|q| {
        is_state_item(&items[q])
            && !(q > 0 && items[q - 1].is_any(&["in", "at", "to", "from", "near", "outside"]))
            || matches!(
                items[q].entity(),
                Some(Entity::Person(_) | Entity::Surname(_))
            )
    });
    (verb_like(next) && !actor).then_some(states)
}

/// Whether the word after a subject may be its verb: a lower-case word, not a preposition or
/// a conjunction ("Armenia, Belarus and Russia met ...", not "Armenia and Russia of ...").
fn verb_like(w: &Item<'_>) -> bool {
    w.kind == super::tokens::Kind::Word
        && w.text.chars().all(|c| c.is_lowercase())
        && !w.is_any(&["of", "and", "or", "to", "with", "between", "in", "on"])
}

/// The states of the leaders a sentence opens with ("Niyazov has skipped ... and has never
/// joined ...", "President Karimov and Mr Nazarbayev ...").
fn leaders_opening(s: &Sentence<'_, '_>) -> Option<Vec<StateId>> {
    let end = s
        .items
        .iter()
        .position(|w| {
            !(matches!(w.entity(), Some(Entity::Person(_) | Entity::Surname(_)))
                || w.is_any(&["president", "presidents", "Mr", "Mrs", "Ms", "and"])
                || w.is_punct(','))
        })
        .unwrap_or(s.items.len());
    leaders_ending_at(s, end, 0)
        .filter(|(_, r)| r.start == 0)
        .map(|(st, _)| st)
}

/// The state a sentence opening with a people's plural name ("The Uzbeks have ...") is about.
fn people_subject(s: &Sentence<'_, '_>) -> Option<StateId> {
    let start = usize::from(s.items.first().is_some_and(|i| i.is("the")));
    let first = s.items.get(start)?;
    match first.entity() {
        Some(Entity::Capital(st)) if is_people(s, first) => {
            (main_subject(s)? == [st]).then_some(st)
        }
        _ => None,
    }
}

/// The state or states an opening "It" or "They" stands for (from the sentences before).
fn opening_pronoun(s: &Sentence<'_, '_>) -> Option<Vec<StateId>> {
    let first = s.items.first()?;
    if first.is("it") {
        s.discourse.single.map(|st| vec![st])
    } else if first.is("the") && s.items.get(1)?.is_any(&["country", "republic"]) {
        s.discourse.named.or(s.discourse.single).map(|st| vec![st])
    } else if first.is("they")
        && let Some(st) = s.discourse.people
    {
        Some(vec![st])
    } else if first.is("they") && s.discourse.plural.len() >= 2 {
        Some(s.discourse.plural.clone())
    } else {
        None
    }
}

/// A coordinated list of states that ends exactly at item `end`.
fn list_ending_at(
    s: &Sentence<'_, '_>,
    end: usize,
    lower: usize,
) -> Option<(Vec<StateId>, Range<usize>)> {
    let items = s.items;
    let mut start = end;
    while start > lower {
        let it = &items[start - 1];
        let ok = is_state_item(it)
            || matches!(it.entity(), Some(Entity::Adjective(_)))
            || super::grammar::unknown_name(it)
            || it.is_any(&[
                "and",
                "both",
                "either",
                "neither",
                "nor",
                "the",
                "as",
                "well",
                "along",
                "with",
                "together",
                "plus",
                "or",
                "also",
                "government",
                "governments",
                "authorities",
                "leadership",
                "regime",
                "side",
                "officials",
                "administration",
            ])
            || it.is_punct(',');
        if ok {
            start -= 1;
            continue;
        }
        // "Moldova, Turkmenistan and, it hardly needs saying, Ukraine": a short aside after
        // the list's "and", set off by commas
        let aside = items[lower..start]
            .iter()
            .rev()
            .take(4)
            .take_while(|w| super::grammar::aside_word(w))
            .count();
        let comma = start - aside;
        // (the state before the "and" opens the clause or follows a comma of the list: not
        // "signed a deal with Ukraine and, on the same day, Belarus joined")
        if aside > 0
            && items[start].is_punct(',')
            && comma >= lower + 3
            && items[comma - 1].is_punct(',')
            && items[comma - 2].is_any(&["and", "or"])
            && is_state_item(&items[comma - 3])
            && (comma - 3 == lower || items[comma - 4].is_punct(','))
        {
            start = comma - 1;
            continue;
        }
        break;
    }
    // "Unlike Armenia, Belarus and Russia, Georgia is ...": no state of the contrasted list is
    // the subject, whichever of them a candidate list starts at.
    let contrasted = set_against(items, start..end);
    (start..end).find_map(|st| {
        if contrasted
            .as_ref()
            .is_some_and(|(_, r)| r.start < st && st < r.end)
        {
            return None;
        }
        // "at a CIS summit in Moscow, Uzbekistan, Georgia and Azerbaijan did not renew": a
        // capital after a preposition of place, before a comma and states named as states, is
        // where, not who ("in Tbilisi, Kiev, Baku or Chisinau" is a list of capitals).
        if st > 0
            && items[st - 1].is_any(&["in", "at", "from", "into", "near"])
            && matches!(items[st].entity(), Some(Entity::Capital(_)))
            && items.get(st + 1).is_some_and(|w| w.is_punct(','))
            && (matches!(
                items.get(st + 2).and_then(|w| w.entity()),
                Some(Entity::State(_))
            ) || items.get(st + 2).is_some_and(|w| w.is("and")))
        {
            // ("asking questions in Kyiv, and Tashkent is expected to join": a clause of its
            // own after the place)
            return None;
        }
        // "Pressed by Russia, Armenia signed": the agent of a participle is not the subject;
        // nor is the source of an attribution ("According to Moscow, Georgia and Moldova ...",
        // "acc. to Kyiv, ...").
        // (but a list after "by" that a relative clause follows is what the clause is about:
        // "pushed by Russia, Belarus and Kazakhstan, which are members of ...")
        let relative_after = items.get(end).is_some_and(|w| w.is_punct(','))
            && items
                .get(end + 1)
                .is_some_and(|w| w.is_any(&["which", "who"]));
        if st > 0 && items[st - 1].is("by") && !relative_after
            || super::modality::ends_according_to(items, st)
        {
            return None;
        }
        // "Russia and Belarus, and Bishkek joined": a list does not start inside another one.
        if st >= 2 && items[st - 1].is("and") && is_state_item(&items[st - 2]) {
            return None;
        }
        // "While Tashkent was courting Moscow, Uzbekistan rejoined": nor with the state ending
        // a fronted subordinate clause, across the comma that closes it.
        if items.get(st + 1).is_some_and(|w| w.is_punct(',')) {
            let opening = (0..st)
                .rev()
                .find(|&q| {
                    items[q].is_punct(',')
                        || items[q].is_punct(';')
                        || items[q].is_punct(':')
                        || items[q].is_dash()
                })
                .map_or(0, |q| q + 1);
            let skip = usize::from(items.get(opening).is_some_and(|w| w.is("and")));
            // (not "as well as Mongolia, an observer since 2004")
            if items.get(opening + skip).is_some_and(|w| {
                w.is_any(&[
                    "while", "when", "as", "although", "though", "after", "before", "if", "since",
                    "because", "once", "until", "unless", "whereas",
                ])
            }) && !items.get(opening + skip + 1).is_some_and(|w| w.is("well"))
                && items[opening + skip + 1..st].iter().any(verb_like)
                // (an asyndetic pair across the comma, not a list with its "and")
                && !items[st..end].iter().any(|w| w.is_any(&["and", "or", "nor"]))
            {
                return None;
            }
        }
        let (rest, states) = state_list(Toks(&items[st..end])).ok()?;
        // "Unlike Georgia, Armenia stayed in": the state after "unlike" is set against the rest
        // (alone it is itself: "Unlike Armenia, which has been in the treaty, ...", and so is a
        // list a relative clause hangs on: "Unlike Azerbaijan and Georgia, which joined in
        // 1993, ...").
        let relative = items.get(end).is_some_and(|w| w.is_punct(','))
            && items
                .get(end + 1)
                .is_some_and(|w| w.is_any(&["which", "who"]));
        let set_against = st > 0 && items[st - 1].is_any(&CONTRASTING) && !relative;
        (rest.0.is_empty() && !(set_against && states.len() > 1)).then_some((states, st..end))
    })
}

/// Words that set the states after them against the rest of the clause.
const CONTRASTING: [&str; 4] = ["unlike", "except", "besides", "than"];

/// The states set against the rest by a contrasting word in `range` ("unlike Armenia, Belarus
/// and Russia, ..."), with the items they take.
fn set_against(items: &[Item<'_>], range: Range<usize>) -> Option<(Vec<StateId>, Range<usize>)> {
    let k = range.clone().find(|&k| items[k].is_any(&CONTRASTING))?;
    // ("Unlike the Russians, Georgia is still outside the WTO": a people, after its article)
    let first = k + 1 + usize::from(items.get(k + 1).is_some_and(|w| w.is("the")));
    // The list ends with the state after its "and" ("unlike A, B and C, D is ..."), or with
    // its first state when it has none ("Unlike Georgia, Armenia stayed in").
    let and = (first..range.end)
        .take_while(|&q| is_state_item(&items[q]) || items[q].is_punct(',') || items[q].is("and"))
        .find(|&q| items[q].is("and"));
    let end = and.map_or(first + 1, |a| a + 2).min(range.end);
    let (rest, states) = state_list(Toks(&items[k + 1..end])).ok()?;
    let end = end - rest.0.len();
    // ("Unlike Armenia, Georgia and Azerbaijan joined": nothing closes it before the verb, so
    // it is the subject; a comma, a pronoun or another state does.)
    items
        .get(end)
        .is_some_and(|w| w.is_punct(',') || w.is_any(&["it", "they"]) || is_state_item(w))
        .then_some((states, k + 1..end))
}

/// "Azerbaijan joined the treaty in September 1993, and Georgia followed in December",
/// "Baku is expected to leave the treaty; Tbilisi may well do the same": the event told before
/// in the sentence, for another subject, at its own date.
fn followed(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    for v in 0..items.len() {
        // ("followed on 9 December", not "followed on its heels")
        let on_date = || {
            find_date(
                items,
                v + 1,
                (v + 6).min(items.len()),
                s.date_context(v, false),
            )
            .is_some_and(|(_, r)| r.start <= v + 2)
        };
        let end = if items[v].is_any(&["followed", "follow", "follows"])
            && !items.get(v + 1).is_some_and(|w| {
                w.is_any(&["the", "a", "an", "its", "their", "by", "up", "through"])
                    || w.is("on") && !on_date()
                    || w.entity().is_some()
            }) {
            // ("followed suit", "followed it in March", "followed later in 1994", "followed
            // soon after")
            let mut e = v + 1;
            if items
                .get(e)
                .is_some_and(|w| w.is_any(&["suit", "it", "them", "her"]))
            {
                e += 1;
            }
            if items
                .get(e)
                .is_some_and(|w| w.is_any(&["later", "soon", "shortly", "quickly", "swiftly"]))
            {
                e += 1;
                if items.get(e).is_some_and(|w| w.is("after")) {
                    e += 1;
                }
            }
            e
        } else if items[v].is_any(&["did", "do", "does", "done", "doing"])
            && items.get(v + 1).is_some_and(|w| w.is("the"))
            && items.get(v + 2).is_some_and(|w| w.is("same"))
        {
            v + 3
        } else if items[v].is_any(&["did", "do", "does"])
            && items
                .get(v + 1)
                .is_some_and(|w| w.is_any(&["likewise", "too", "so"]))
        {
            // "Azerbaijan did likewise", "did too", "did so (too)"
            let mut e = v + 2;
            if items[v + 1].is("so") && items.get(e).is_some_and(|w| w.is_any(&["too", "later"])) {
                e += 1;
            }
            e
        } else if items[v].is_any(&["took", "take", "takes", "taken"])
            && items.get(v + 1).is_some_and(|w| w.is("the"))
            && items.get(v + 2).is_some_and(|w| w.is("same"))
            && items.get(v + 3).is_some_and(|w| w.is("step"))
        {
            // "Azerbaijan took the same step in September"
            v + 4
        } else {
            continue;
        };
        let clause = s.clause(v);
        // "followed suit", "followed in December", "followed.": not "followed with sanctions".
        let bare = items
            .get(end)
            .is_none_or(|w| w.kind != super::tokens::Kind::Word)
            || find_date(
                items,
                end,
                (end + 6).min(items.len()),
                s.date_context(v, false),
            )
            // (not "followed on 26 August by recognising Abkhazia": another act)
            .is_some_and(|(_, r)| {
                r.start <= end + 1 && !items.get(r.end).is_some_and(|w| w.is_any(&["by", "with"]))
            });
        if !bare {
            continue;
        }
        let Some((states, range, aux_start)) = subject(s, v, clause.start) else {
            continue;
        };
        // (the states are the subject, not something of theirs: "A protest from Russia
        // followed soon after", "Elections in Moldova followed in March")
        if range.start > clause.start
            && items[range.start - 1].is_any(&[
                "from", "with", "against", "in", "of", "by", "for", "on", "at", "to", "towards",
                "toward", "about", "over", "between", "among", "into",
            ])
        {
            continue;
        }
        // What someone else did ("Georgia and Azerbaijan, which acceded in 1993, may follow"
        // follows no accession of their own).
        // ... in this sentence, else the last the sentence before told ("Uzbekistan left the
        // treaty in 1999. Georgia followed suit.").
        // (not one a relative clause on the subject told of it: "Azerbaijan, which had joined
        // the same treaty in 1993, followed suit")
        let told_here = s.last_fact_before(v, |f| {
            matches!(f.claim, Claim::Membership { event, state: Some(st), .. }
                if !event.is_status() && !states.contains(&st))
        });
        let Some(before) = told_here
            .and_then(|k| {
                let f = &s.facts[k];
                match f.claim {
                    Claim::Membership {
                        event,
                        org,
                        state: Some(st),
                    } => Some((event, org, f.modality, f.when, st)),
                    _ => None,
                }
            })
            .or_else(|| {
                s.discourse
                    .last_event
                    .map(|t| (t.event, t.org, t.modality, t.when, t.state))
            })
            .filter(|b| !states.contains(&b.4) && b.2 != Modality::Negated)
        else {
            continue;
        };
        let (mut modality, negated) = modality(
            &items[aux_start..v],
            &items[clause.clone()],
            v - clause.start,
        );
        if negated {
            continue;
        }
        // "... is expected to leave; Tbilisi may well do the same": a plan copied is a plan.
        if before.2 == Modality::Planned && modality == Modality::Asserted {
            modality = Modality::Planned;
        }
        let ctx = s.date_context(v, modality == Modality::Planned);
        let (event, org, _, first, _) = before;
        // "... in September 1993, and Georgia followed in December": a bare month after the
        // first event's month is of its year.
        let when = find_date(items, end, clause.end, ctx)
            .map(|(w, r)| {
                let bare = r.len() == 1;
                match (w.precision, w.from, first.and_then(|f| f.from)) {
                    (crate::date::Precision::Month, Some(m), Some(f)) if bare => {
                        let year = if m.month() >= f.month() {
                            f.year()
                        } else {
                            f.year() + 1
                        };
                        // (not past the article's date when done: "Georgia joined on Thursday;
                        // Azerbaijan took the same step in September" is the September before)
                        let after_today = s.article.is_some_and(|today| {
                            Interval::month(year, m.month())
                                .from
                                .is_some_and(|start| start > today)
                        });
                        let year = if after_today && modality != Modality::Planned {
                            if m.month() <= f.month() {
                                f.year()
                            } else {
                                f.year() - 1
                            }
                        } else {
                            year
                        };
                        Interval::month(year, m.month())
                    }
                    _ => w,
                }
            })
            .or_else(|| s.undated(modality));
        push_statuses(
            s,
            &[org],
            &states,
            event,
            when,
            modality,
            range.start..end,
            false,
        );
    }
}

/// Reads every membership event in the sentence.
pub fn events(s: &mut Sentence<'_, '_>) {
    events_told(s);
    followed(s);
    gapped_dates(s);
    echoed(s);
    joined_in_founding(s);
    respectively(s);
    left_behind(s);
    declined_renewal(s);
    membership_changed(s);
}

/// Verbs by which a document is signed.
const SIGNING: &[&str] = &["signed", "signs", "sign", "signing"];

/// A state's membership as the subject or object of a change: "Uzbekistan's membership of the
/// treaty lapsed on 20 April" (a withdrawal), "... was suspended in June", "signed a protocol
/// restoring Uzbekistan's membership of the CSTO" (a return, dated by the signing).
fn membership_changed(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    for m in 1..items.len() {
        if !items[m].is_any(&["membership", "participation"]) {
            continue;
        }
        // ("... did not sign it, and their participation in the treaty lapsed": the states
        // "their" points back to)
        let states = if items[m - 1].is("their") {
            let states = plural_before(s, m - 1);
            if states.len() < 2 {
                continue;
            }
            states
        } else if m >= 2 && items[m - 1].text == "'s" {
            match single_state_at(items, m - 2) {
                Some(st) => vec![st],
                None => continue,
            }
        } else {
            continue;
        };
        // (the possessive's first item: "Uzbekistan" of "Uzbekistan's", "their")
        let owner = if items[m - 1].is("their") {
            m - 1
        } else {
            m - 2
        };
        if !items.get(m + 1).is_some_and(|w| w.is_any(&["of", "in"])) {
            continue;
        }
        let named = name_at(items, m + 2);
        let (org, oend) = match named {
            Some(found) => found,
            None => match org_anaphor(Toks(&items[m + 2..])) {
                Ok((rest, ())) => match s.anaphor_org(m + 2) {
                    Some(o) => (o, index_of(items, rest)),
                    None => continue,
                },
                Err(_) => continue,
            },
        };
        // The change: a participle before it on a document a verb signs ("signed a protocol
        // restoring"), or a verb after it with the membership as its subject ("lapsed", "was
        // suspended"; not "Talks on Uzbekistan's membership were suspended", "ended the
        // debate", "ended up").
        // (the participle and the signing verb)
        let before = items[m.saturating_sub(3)..owner]
            .iter()
            .rposition(|w| w.is_any(&["restoring", "renewing", "suspending", "freezing", "ending"]))
            .map(|q| m.saturating_sub(3) + q)
            .filter(|&p| {
                p >= 2 && items[p - 1].is_any(&["protocol", "decision", "document", "agreement"])
            })
            .and_then(|p| {
                let sign = (p.saturating_sub(5)..p - 1)
                    .rev()
                    .find(|&q| items[q].is_any(SIGNING))?;
                Some((p, sign))
            });
        let mut v = oend;
        while items.get(v).is_some_and(|w| {
            w.is_any(&["was", "were", "has", "had", "been", "formally", "finally"])
        }) {
            v += 1;
        }
        // (or after a date: "on 19 December Uzbekistan's membership ...")
        let subject = owner == 0
            || opens_clause_after(&items[owner - 1])
            || super::dates::month_of(&items[owner - 1]).is_some()
            || matches!(items[owner - 1].kind, super::tokens::Kind::Num(_));
        let after = items
            .get(v)
            .filter(|_| subject)
            .and_then(|w| match w.text.to_ascii_lowercase().as_str() {
                "lapsed" | "expired" | "ended" | "ceased" | "terminated" => Some(Event::Withdrew),
                "suspended" | "frozen" if v > oend => Some(Event::Suspended),
                "restored" | "reinstated" if v > oend => Some(Event::Rejoined),
                _ => None,
            })
            // (intransitive: "ended on 18 August", not "ended the debate", "ended up")
            .filter(|_| {
                items.get(v + 1).is_none_or(|w| {
                    matches!(w.kind, super::tokens::Kind::Punct(_))
                        || w.is_dash()
                        || w.is_any(DATE_PREPOSITIONS)
                        || w.is_any(&["last", "this", "that", "when", "after", "with", "and"])
                }) && !items.get(v + 1).is_some_and(|w| w.is("up"))
            });
        let (event, at, end) = match (after, before) {
            (Some(e), _) => (e, v, v + 1),
            // (dated and told as the signing is: "has not signed", "will sign")
            (None, Some((p, sign))) => {
                let e = match items[p].text.to_ascii_lowercase().as_str() {
                    "suspending" | "freezing" => Event::Suspended,
                    "ending" => Event::Withdrew,
                    _ => Event::Rejoined,
                };
                (e, sign, oend)
            }
            _ => continue,
        };
        let clause = s.clause(at);
        // (the auxiliaries of the signing: "has not signed", "will sign", "refused to sign")
        let aux = aux_window(items, at, clause.start);
        let (modality, _) = modality(&items[aux..at], &items[clause.clone()], at - clause.start);
        let ctx = s.date_context(at, modality == Modality::Planned);
        // (before it, only from its own conjunct: "The treaty, signed in May 1992, has lived
        // twenty years, and on 19 December Uzbekistan's membership ... was suspended"; a
        // signing from its whole clause: "On 16 August, Karimov and Putin signed ...")
        let open = if before.is_some() && after.is_none() {
            clause.start
        } else {
            (clause.start..owner)
                .rev()
                .find(|&q| items[q].is_punct(',') || items[q].is("and"))
                .map_or(clause.start, |q| q + 1)
        };
        let when = find_date(items, end, clause.end, ctx)
            .or_else(|| find_date(items, open, owner, ctx))
            .map(|(w, _)| w)
            .filter(|_| modality != Modality::Negated)
            .or_else(|| s.undated(modality));
        let start = owner.min(at);
        push_statuses(s, &[org], &states, event, when, modality, start..end, false);
    }
}

/// "When six states renewed the treaty on 2 April, Uzbekistan did not, and neither did
/// Georgia", "the countries that renewed the Tashkent Treaty in 1999, when A and B declined
/// to", "six presidents signed the protocol prolonging the treaty; A, B and C did not": the
/// states that did not join in a renewal let their membership lapse then.
fn declined_renewal(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    const RENEWING: &[&str] = &[
        "renewed",
        "prolonged",
        "extended",
        "renewing",
        "prolonging",
        "extending",
    ];
    let Some(r) = items.iter().position(|w| w.is_any(RENEWING)) else {
        return;
    };
    // What was renewed: an organisation named right after, or "it", "the treaty".
    let mut k = r + 1;
    while k < items.len()
        && k < r + 4
        && (items[k].is_any(&["the", "old", "original"]) || year_before_org(items, k))
    {
        k += 1;
    }
    // (the organisation itself: not "the CIS peacekeeping mandate", "the CIS free-trade zone")
    let org = match items.get(k).and_then(|w| w.entity()) {
        Some(Entity::Org(o)) if !is_modifier(items, k + 1) => Some(o),
        // (what is renewed is a treaty: one this sentence or the one before told of; not "it"
        // after a lease or a mandate the sentence names)
        _ if items
            .get(k)
            .is_some_and(|w| w.is("it") || w.is_any(&["treaty", "pact"]))
            && !items[..r].iter().any(|w| w.is_any(DOCUMENTS)) =>
        {
            let lex = s.lexicon;
            s.named_in(0..k, &|o| lex.org(o).is_treaty)
                .or_else(|| s.discourse.previous_last(|o| lex.org(o).is_treaty))
        }
        _ => None,
    };
    let Some(org) = org else { return };
    // (a renewal told without its year is in the year the sentence before was at: "The treaty
    // came up for renewal in 1999. When six states renewed it on 2 April, ...")
    let ctx = match s.discourse.year {
        Some(y) if !items.iter().any(|w| super::dates::year_of(w).is_some()) => {
            super::dates::DateContext {
                continues: Some((crate::date::Day::year_start(y), false)),
                continues_exact: false,
                ..s.date_context(r, false)
            }
        }
        _ => s.date_context(r, false),
    };
    let clause = s.clause(r);
    // ("neither did B" only after a bare "A did not": not "A did not object, and neither did B")
    let mut elided = false;
    for j in r + 1..items.len() {
        // "neither did A or B", "nor did A"
        let (states, span) = if elided
            && items[j].is_any(&["neither", "nor"])
            && items.get(j + 1).is_some_and(|w| w.is("did"))
            && let Ok((rest, states)) = state_list(Toks(&items[(j + 2).min(items.len())..]))
        {
            (states, j..index_of(items, rest))
        } else if let Ok((rest, states)) = state_list(Toks(&items[j..]))
            && (j == 0 || !is_state_item(&items[j - 1]))
            && let e = index_of(items, rest)
            // "A and B did not", "A and B declined to" with nothing after
            && let Some(after) = match (items.get(e), items.get(e + 1)) {
                (Some(d), Some(n)) if d.is("did") && n.is_any(&["not", "n't"]) => Some(e + 2),
                (Some(d), Some(n)) if d.is_any(&["declined", "refused"]) && n.is("to") => {
                    Some(e + 2)
                }
                _ => None,
            }
            // ("A and B declined to do so", "did not do so")
            && let after = after
                + if items.get(after).is_some_and(|w| w.is("do"))
                    && items.get(after + 1).is_some_and(|w| w.is("so"))
                {
                    2
                } else {
                    0
                }
            // (and the clause ends there: not "Uzbekistan did not, however, send its minister")
            && (items.get(after).is_none_or(|w| {
                w.is_punct('.') || w.is_punct(';') || w.is_dash()
            }) || items.get(after).is_some_and(|w| w.is_punct(','))
                && items.get(after + 1).is_some_and(|w| {
                    w.is_any(&[
                        "and", "but", "while", "nor", "so", "officials", "diplomats", "according",
                        "it", "they", "he", "she", "which", "leaving", "when",
                    ])
                }))
        {
            (states, j..after)
        } else {
            continue;
        };
        // The renewal's date: after its verb in its clause, else opening its clause.
        let when = find_date(items, r + 1, clause.end.min(j), ctx)
            .or_else(|| find_date(items, clause.start, r, ctx))
            .map(|(w, _)| w)
            .or_else(|| s.undated(Modality::Asserted));
        elided = true;
        push_asserted(s, &[org], &states, Event::Withdrew, when, span);
    }
}

/// "A, B and C pulled out in 1999, leaving D, E and F": those left are the members of what the
/// others left.
fn left_behind(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    // (only a sentence that told a departure: this runs on every sentence)
    if !s.facts.iter().any(|f| {
        matches!(
            f.claim,
            Claim::Membership {
                event: Event::Withdrew | Event::Suspended,
                ..
            }
        )
    }) {
        return;
    }
    for m in 1..items.len() {
        if !(items[m].is("leaving") && items[m - 1].is_punct(',')) {
            continue;
        }
        if let Ok((rest, states)) = state_list(Toks(&items[m + 1..]))
            && states.len() >= 2
            && rest
                .0
                .first()
                .is_none_or(|w| w.is_punct('.') || w.is_punct(';'))
            // (members then, as the members in a dated past event are at its date)
            && let Some((org, when)) = s.facts.iter().rev().find_map(|f| match f.claim {
                Claim::Membership {
                    event: Event::Withdrew | Event::Suspended,
                    org,
                    ..
                } if f.modality == Modality::Asserted
                    // (the departure just told: "quit GUUAM in 2005, leaving ...")
                    && s.item_from(f.span.end) + 10 >= m =>
                {
                    Some((org, f.when))
                }
                _ => None,
            })
        {
            let end = index_of(items, rest);
            push_asserted(s, &[org], &states, Event::Member, when, m..end);
        }
    }
}

/// "Uzbekistan joined China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan in founding the
/// Shanghai Cooperation Organisation": all of them founded it (no one joined anything).
fn joined_in_founding(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    for i in 0..items.len() {
        if !items[i].is_any(&["joined", "joins", "join", "joining"]) {
            continue;
        }
        // ("A and B were joined by C in proclaiming the SCO": the passive)
        let passive = i >= 1
            && items[i - 1].is_any(&["were", "was", "been"])
            && items.get(i + 1).is_some_and(|w| w.is("by"));
        let from = i + 1 + usize::from(passive);
        let Ok((rest, others)) = state_list(Toks(&items[from.min(items.len())..])) else {
            continue;
        };
        let g = index_of(items, rest);
        if !(items.get(g).is_some_and(|w| w.is("in"))
            && items.get(g + 1).is_some_and(|w| {
                w.is_any(&[
                    "founding",
                    "forming",
                    "creating",
                    "establishing",
                    "launching",
                    "setting",
                    "proclaiming",
                ])
            }))
        {
            continue;
        }
        let verb_end = g + 2 + usize::from(items.get(g + 2).is_some_and(|w| w.is("up")));
        let clause = s.clause(i);
        let Some((org, oend)) = object(s, verb_end, clause.end) else {
            continue;
        };
        if items[g + 1].is("proclaiming") && judged(items, oend) {
            continue;
        }
        let Some((subjects, range, aux_start)) =
            subject(s, if passive { i - 1 } else { i }, clause.start)
        else {
            continue;
        };
        let (modality, _) = modality(
            &items[aux_start..i],
            &items[clause.clone()],
            i - clause.start,
        );
        // The date after the verb, else one opening the clause ("On 15 June, Uzbekistan
        // joined ..."), not one inside the subject ("Uzbekistan, which joined GUAM in 1999,").
        let ctx = s.date_context(i, modality == Modality::Planned);
        let when = find_date(items, oend, clause.end, ctx)
            .or_else(|| find_date(items, clause.start, range.start, ctx))
            .map(|(w, _)| w)
            .or_else(|| s.undated(modality));
        let founders: Vec<StateId> = subjects.iter().chain(&others).copied().collect();
        push_statuses(
            s,
            &[org],
            &founders,
            Event::Founded,
            when,
            modality,
            range.start..oend,
            false,
        );
    }
}

/// "Tajikistan stays in the treaty; so does Kyrgyzstan", "Russia is part of the CSTO and the
/// SCO – and so is Kazakhstan", "..., as does Belarus": the claim just made (every fact of it,
/// for each organisation) holds for more states. "Ukraine is not a party to the treaty; nor is
/// Moldova", "..., and neither is Armenia" repeat a denial.
fn echoed(s: &mut Sentence<'_, '_>) {
    const DO: &[&str] = &[
        "does", "do", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would",
    ];
    let items = s.items;
    for k in 0..items.len() {
        let so = items[k].is("so");
        let as_ = items[k].is("as");
        let nor = items[k].is_any(&["nor", "neither"]);
        if !(so || as_ || nor) || k == 0 && as_ {
            continue;
        }
        let opens = k == 0
            || items[k - 1].is_punct(',')
            || items[k - 1].is_punct(';')
            || items[k - 1].is_dash()
            || items[k - 1].is("and");
        if !opens {
            continue;
        }
        // "so, after some hesitation, does Kyrgyzstan": an aside after "so"; "So too did
        // Belarus".
        let mut v = k + 1;
        if so && items.get(v).is_some_and(|w| w.is("too")) {
            v += 1;
        }
        if (so || nor) && items.get(v).is_some_and(|w| w.is_punct(',')) {
            match (v + 1..(v + 8).min(items.len())).find(|&c| items[c].is_punct(',')) {
                Some(c) => v = c + 1,
                None => continue,
            }
        }
        if !items.get(v).is_some_and(|w| w.is_any(DO)) {
            continue;
        }
        // "Nor is Moldova." opening a sentence repeats the denials of the one before; "So do
        // Russia and Belarus." what it asserted.
        if k == 0 {
            let told = if nor {
                s.discourse.denied.clone()
            } else {
                s.discourse.affirmed.clone()
            };
            // (a date may close it: "So did Belarus in 2009.")
            let closes = |end: usize| {
                items
                    .get(end)
                    .is_none_or(|w| w.is_punct('.') || w.is_punct(','))
                    || find_date(items, end, items.len(), s.date_context(end, false)).is_some_and(
                        |(_, r)| {
                            r.start <= end + 1
                                && items
                                    .get(r.end)
                                    .is_none_or(|w| w.is_punct('.') || w.is_punct(','))
                        },
                    )
            };
            if let Ok((rest, more)) = state_list(Toks(&items[v + 1..]))
                && let end = index_of(items, rest)
                && closes(end)
            {
                // (its own date for an event, "So did Azerbaijan, in September"; its own hedge,
                // "So do Russia and Belarus, according to Moscow", "So, reportedly, does ...")
                // (a bare month in the year of the event it repeats: "Georgia joined the CIS in
                // December 1993. So did Azerbaijan, in September.")
                let base = s.date_context(end, false);
                let own_date = |told: Option<Interval>| {
                    let year = told.and_then(|w| w.from).map(|d| d.year());
                    let ctx = super::dates::DateContext {
                        anchor_year: year,
                        previous_year: year,
                        ..base
                    };
                    // (anywhere in it: "So, in December 1993, did Belarus", "So, two years
                    // earlier, did Moldova")
                    let (w, r) = find_date(items, 1, items.len(), ctx)?;
                    // (not a relative clause's: "So does Azerbaijan, which acceded in 1993")
                    if items[1..r.start]
                        .iter()
                        .any(|x| x.is_any(&["which", "who", "that", "when", "after", "before"]))
                    {
                        return None;
                    }
                    // (a month without its year is in the year of the event repeated)
                    Some(in_year_told(&items[r], w, told))
                };
                let (own, _) = modality(&[], items, v);
                // (the tense must fit what it repeats: "So does X" a status, "So did X" an event)
                // ("Georgia stayed out of the Commonwealth. So did Estonia": a status told in
                // the past)
                let past = s.discourse.affirmed_past;
                let fits = |event: Event| {
                    if items[v].is_any(&["does", "do", "is", "are"]) {
                        event.is_status()
                    } else if items[v].is("did") {
                        !event.is_status() || past == Some("did")
                    } else if items[v].is_any(&["was", "were"]) {
                        !event.is_status() || past == Some("was")
                    } else {
                        true
                    }
                };
                for (event, org, when, modality) in told {
                    if !nor && !fits(event) {
                        continue;
                    }
                    // (a status since a time of its own: "So has Moldova, since 1991")
                    let dated = own_date(when);
                    let since =
                        dated.is_some() && items.iter().any(|x| x.is("since")) && event.is_status();
                    let when = match (dated, s.now()) {
                        (Some(w), _) if !event.is_status() => Some(w),
                        (Some(w), Some(now)) if since => Some(Interval::span(w, now)),
                        _ => when,
                    };
                    // ("So, in May, will Georgia": still to come)
                    let planned = items[v].is_any(&["will", "shall"]);
                    let modality = if planned {
                        Modality::Planned
                    } else if own == Modality::Hedged && modality == Modality::Asserted {
                        Modality::Hedged
                    } else {
                        modality
                    };
                    let when = if planned && dated.is_none() {
                        s.undated(Modality::Planned)
                    } else {
                        when
                    };
                    push_statuses(s, &[org], &more, event, when, modality, k..end, false);
                }
            }
            continue;
        }
        // The claim told last before it: every fact sharing its words.
        let Some(last) = s.last_fact_before(k, |f| matches!(f.claim, Claim::Membership { .. }))
        else {
            continue;
        };
        let span = s.facts[last].span.clone();
        let from = s.item_from(span.end);
        let (more, end) = match state_list(Toks(&items[v + 1..])) {
            Ok((rest, more)) => (more, index_of(items, rest)),
            // "..., as do the other three": the rest of a group named before, right after the
            // claim ("Georgia joined GUAM in 1997 and objected, as did the other two" repeats
            // the objection).
            Err(_) => {
                let ctx = s.date_context(k, false);
                let adjacent = (from..k).all(|q| items[q].kind != super::tokens::Kind::Word)
                    || find_date(items, from, k, ctx).is_some_and(|(_, r)| {
                        r.start <= from + 1
                            && (r.end..k).all(|q| items[q].kind != super::tokens::Kind::Word)
                    });
                match the_others(s, v + 1, k, &span).filter(|_| adjacent) {
                    Some(x) => x,
                    None => continue,
                }
            }
        };
        if !closes_phrase(items, end) {
            continue;
        }
        // The claim must be what the clause before said, not a status told in passing before
        // another verb ("The other members, A and B among them, are to follow, and so is C").
        if (from..k).any(|q| {
            verb_at(items, q).is_some()
                || items[q].is_any(COPULAS)
                || items[q].is_any(&["to", "will", "would", "may", "might", "could", "should"])
        }) {
            continue;
        }
        // "..., and so did Kyrgyzstan" repeats a past claim, not a plan or a present status
        // (but a status told in the past by its verb: "Georgia stayed out, and so did ...").
        let past = items[v].is_any(&["did", "was", "were", "had"]);
        let aux = if items[v].is_any(&["was", "were"]) {
            "was"
        } else {
            "did"
        };
        let by_verb = s
            .facts
            .iter()
            .any(|f| f.span == span && past_status(s, f) == Some(aux));
        // (a claim denied only by its verb, "declined to sign, as did Moldova", which "as did"
        // repeats; not one denied with "not": "Georgia did not leave, and neither did ...")
        let denied_by_verb = !nor
            && !(s.item_from(span.start)..k)
                .any(|q| items[q].is_any(&["not", "never", "n't", "no"]));
        let told: Vec<(Event, OrgId, Option<Interval>, Modality)> = s
            .facts
            .iter()
            .filter(|f| f.span == span)
            .filter_map(|f| match f.claim {
                // ("nor is Moldova": only a denial, which it repeats; "did not renew the
                // treaty, nor did Azerbaijan" repeats the lapse)
                Claim::Membership { event, org, .. } if nor => (f.modality == Modality::Negated
                    || event == Event::NotMember && f.modality == Modality::Asserted
                    || event == Event::Withdrew
                        && (not_renewed(items, s.item_from(f.span.start), from)
                            // (or a lapse "Nor did" repeated: "Nor did the Georgians, and
                            // nor did the Uzbeks")
                            || items
                                .get(s.item_from(f.span.start))
                                .is_some_and(|w| w.is_any(&["nor", "neither"]))))
                .then_some((event, org, f.when, f.modality)),
                Claim::Membership { event, org, .. }
                    if (f.modality != Modality::Negated || denied_by_verb && past)
                        && !(past
                            && (f.modality == Modality::Planned
                                || event.is_status() && !by_verb)) =>
                {
                    Some((event, org, f.when, f.modality))
                }
                _ => None,
            })
            .collect();
        // ("Azerbaijan did not renew, and nor will Georgia": still to come)
        let planned = items[v].is_any(&["will", "shall"]);
        let mut seen: Vec<(Event, OrgId)> = Vec::new();
        for (event, org, when, modality) in told {
            if seen.contains(&(event, org)) {
                continue;
            }
            seen.push((event, org));
            let (when, modality) = if planned && modality != Modality::Negated {
                (s.undated(Modality::Planned), Modality::Planned)
            } else {
                (when, modality)
            };
            for &st in &more {
                s.push(
                    Claim::Membership {
                        event,
                        state: Some(st),
                        org,
                    },
                    when,
                    modality,
                    k..end,
                    false,
                );
            }
        }
    }
}

/// The denials (a `not_member` status, a negated claim) told by the last membership claim
/// among the sentence's first `upto` facts, each once.
fn denials_of_last_claim(
    s: &Sentence<'_, '_>,
    upto: usize,
) -> Vec<(Event, OrgId, Option<Interval>, Modality)> {
    // ("Azerbaijan did not renew the treaty. Nor did Georgia.": a lapse told by the verb's
    // denial, which "Nor did" repeats)
    last_claim(s, upto, |f, event| {
        f.modality == Modality::Negated
            || event == Event::NotMember && f.modality == Modality::Asserted
            || event == Event::Withdrew
                && f.modality == Modality::Asserted
                && not_renewed(
                    s.items,
                    s.item_from(f.span.start),
                    s.item_from(f.span.end).max(s.item_from(f.span.start) + 1),
                )
    })
}

/// Whether a claim is made in passing, not by the sentence's own predicate: an aside set off
/// after its subject ("Armenia, a CSTO member since 2002, buys arms"), a clause inside ("a year
/// after it suspended its CSTO role"), or with the sentence's verb after it ("Ukraine, one of
/// its founders, has questioned it").
fn in_passing(s: &Sentence<'_, '_>, f: &crate::fact::Fact) -> bool {
    let items = s.items;
    let first = s.item_from(f.span.start);
    // (not when the claim runs on past the aside to its verb: "Georgia, where fighting goes
    // on, stayed out. So did Estonia.")
    let last = s.item_from(f.span.end);
    let aside = state_list(Toks(&items[first.min(items.len())..]))
        .ok()
        .map(|(rest, _)| index_of(items, rest))
        .filter(|&e| items.get(e).is_some_and(|w| w.is_punct(',') || w.is_dash()))
        .is_some_and(|e| {
            let close =
                (e + 1..items.len()).find(|&q| items[q].is_punct(',') || items[q].is_dash());
            close.is_none_or(|c| last <= c)
        });
    let clause = s.clause(first.min(items.len().saturating_sub(1)));
    let inside = items[clause.start..first.min(items.len())].iter().any(|w| {
        w.is_any(&[
            "after", "before", "when", "since", "because", "while", "as", "although", "though",
            "once", "until", "if",
        ])
    });
    // ("a member of the CST, the pact it signed in May 1992": an apposition to the
    // organisation)
    let mut np = first.min(items.len());
    while np > 0
        && items[np - 1].kind == super::tokens::Kind::Word
        && items[np - 1].text.starts_with(char::is_lowercase)
        && !items[np - 1].is_any(&["and", "or", "but"])
    {
        np -= 1;
    }
    let apposed = np >= 2
        && items[np - 1].is_punct(',')
        && (items[np - 2].is_punct(')') || matches!(items[np - 2].entity(), Some(Entity::Org(_))));
    let after = &items[s.item_from(f.span.end).min(items.len())..];
    let verb_after = after.iter().any(|w| {
        w.is_any(&[
            "does", "do", "did", "is", "are", "was", "were", "has", "have", "had",
        ])
    });
    // (nor one another predicate follows, which "So did X" would repeat instead: "rejoined the
    // CSTO and promptly sent officers", "is a member and relies on Russian bases", "belongs to
    // the CSTO but courts Brussels")
    let predicate_after = after.windows(2).enumerate().any(|(q, w)| {
        w[0].is_any(&["and", "but", "yet"]) && {
            let next = after[q + 1..]
                .iter()
                .find(|x| {
                    !x.is_any(&[
                        "then", "also", "still", "promptly", "later", "soon", "quickly", "now",
                    ])
                })
                .unwrap_or(&w[1]);
            next.kind == super::tokens::Kind::Word
                && next.text.starts_with(char::is_lowercase)
                && !next.is_any(&[
                    "the", "a", "an", "its", "their", "of", "in", "to", "on", "at", "with",
                    "since", "from", "by", "for", "into", "both", "all", "neither", "nor",
                ])
        }
    });
    aside || inside || apposed || verb_after || predicate_after
}

/// The facts of the last membership claim among the first `upto` facts that `keep` keeps, one
/// per event and organisation.
fn last_claim(
    s: &Sentence<'_, '_>,
    upto: usize,
    keep: impl Fn(&crate::fact::Fact, Event) -> bool,
) -> Vec<(Event, OrgId, Option<Interval>, Modality)> {
    let facts = &s.facts[..upto];
    let Some(last) = facts
        .iter()
        .rposition(|f| matches!(f.claim, Claim::Membership { .. }))
    else {
        return Vec::new();
    };
    let mut out: Vec<(Event, OrgId, Option<Interval>, Modality)> = Vec::new();
    for f in facts.iter().filter(|f| f.span == facts[last].span) {
        if let Claim::Membership { event, org, .. } = f.claim
            && keep(f, event)
            && !out.iter().any(|&(e, o, ..)| (e, o) == (event, org))
        {
            out.push((event, org, f.when, f.modality));
        }
    }
    out
}

/// The auxiliary that repeats a status told in the past: "did" for one told with a verb that
/// states it ("Georgia stayed out of the Commonwealth", "Armenia remained in the treaty"),
/// "was" for one told with "was" or "were".
fn past_status(s: &Sentence<'_, '_>, f: &crate::fact::Fact) -> Option<&'static str> {
    if !matches!(f.claim, Claim::Membership { event, .. } if event.is_status()) {
        return None;
    }
    let words = &s.items
        [s.item_from(f.span.start).min(s.items.len())..s.item_from(f.span.end).min(s.items.len())];
    // (or one repeated so: "So did Belarus." after "Armenia remained in the CSTO" may be
    // repeated in turn)
    let so_did = words.first().is_some_and(|w| w.is("so"))
        && words.iter().skip(1).take(2).any(|w| w.is("did"));
    if so_did
        || words
            .iter()
            .any(|w| w.is_any(&["stayed", "remained", "kept", "stood"]))
    {
        Some("did")
    } else if words.iter().any(|w| w.is_any(&["was", "were"])) {
        Some("was")
    } else {
        None
    }
}

/// Whether item `k` is a bare "first" after a verb, ending its clause ("Ukraine joined first,
/// on 8 February").
fn first_alone(items: &[Item<'_>], k: usize) -> bool {
    items.get(k).is_some_and(|w| w.is("first"))
        && items
            .get(k + 1)
            .is_some_and(|w| w.is_punct(',') || w.is_punct(';') || w.is_punct('.'))
}

/// Words that may stand between an organisation's name and a verb of its members ("The CSTO
/// now includes ...", "GUAM has since grouped ...") without making the name a modifier.
const BETWEEN_NAME_AND_VERB: &[&str] = &[
    "now",
    "still",
    "already",
    "also",
    "currently",
    "today",
    "at",
    "present",
    "thus",
    "formally",
    "officially",
    "effectively",
    "itself",
    "originally",
    "once",
    "initially",
    "then",
    "which",
    "that",
    "and",
    "has",
    "have",
    "had",
    "is",
    "was",
    "will",
    "would",
    "by",
    "since",
    "in",
    "again",
    "no",
    "longer",
    "even",
    "only",
    "just",
];

/// Where the phrase from item `from` ends: at the first comma or dash before `to`, else `to`.
fn phrase_end(items: &[Item<'_>], from: usize, to: usize) -> usize {
    (from..to)
        .find(|&j| items[j].is_punct(',') || items[j].is_dash())
        .unwrap_or(to)
}

/// Whether items `from..to` tell a renewal declined ("did not renew", "declined to prolong").
fn not_renewed(items: &[Item<'_>], from: usize, to: usize) -> bool {
    (from..to.min(items.len()))
        .any(|k| verb_at(items, k).is_some_and(|(v, _)| v == Verb::NotRenewed))
}

/// Gapping across commas: "Azerbaijan acceded in September 1993, Georgia in December, and
/// Belarus on 31 December": a state with only a date after an event repeats that event with its
/// own date. A state the event already told of gets its date made precise ("Two of the four
/// acceded late in 1993, Azerbaijan in September and Georgia in December"). (`gapped` reads
/// the "and A and B in 1999" form within the event's own clause.)
fn gapped_dates(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    for g in 1..items.len() {
        if !(items[g - 1].is_punct(',') || items[g - 1].is("and") || items[g - 1].is_dash()) {
            continue;
        }
        let Some(st) = single_state_at(items, g) else {
            continue;
        };
        // "picked up Azerbaijan, Georgia and Belarus in late 1993": the last of a list is no
        // gap (a gap follows a date or the claim, not another state).
        let before = if g >= 2 && items[g - 1].is("and") && items[g - 2].is_punct(',') {
            g.checked_sub(3)
        } else {
            g.checked_sub(2)
        };
        if before.is_some_and(|p| is_state_item(&items[p])) {
            continue;
        }
        // "in March, Azerbaijan, Kazakhstan and Turkmenistan in May": a gap may name several.
        // (tried only where a list may go on: most gaps name one state)
        let listed = items
            .get(g + 1)
            .is_some_and(|w| {
                w.is_punct(',')
                    || w.is_any(&["and", "or", "nor", "as", "along", "together", "plus"])
            })
            .then(|| state_list(Toks(&items[g..])).ok())
            .flatten()
            .filter(|(_, list)| list.len() > 1);
        let (states, list_end) = match listed {
            Some((rest, list)) => (list, items.len() - rest.0.len()),
            None => (vec![st], g + 1),
        };
        // "and Belarus, the last of the nine, on 31 December 1993": a short aside between;
        // "Russia itself in June".
        let aside = gap_aside_end(items, list_end);
        let at = aside.unwrap_or(list_end);
        let at = if states.len() == 1 && items.get(at).is_some_and(|w| w.is("itself")) {
            at + 1
        } else {
            at
        };
        // ("Georgia joined in 2000 and Moldova a year later", "and Kyrgyzstan the following
        // year")
        let relative = (items
            .get(at)
            .is_some_and(|w| w.is("a") || super::num(w).is_some())
            && items.get(at + 1).is_some_and(|w| {
                w.is_any(&[
                    "year", "years", "month", "months", "week", "weeks", "day", "days",
                ])
            })
            && items
                .get(at + 2)
                .is_some_and(|w| w.is_any(&["later", "afterwards"])))
            || (items.get(at).is_some_and(|w| w.is("the"))
                && items
                    .get(at + 1)
                    .is_some_and(|w| w.is_any(&["following", "next"]))
                && items
                    .get(at + 2)
                    .is_some_and(|w| w.is_any(&["year", "month"])));
        if !relative
            && !items
                .get(at)
                .is_some_and(|w| w.is_any(&["in", "on", "at", "late", "early"]))
        {
            continue;
        }
        let ctx = s.date_context(g, false);
        // (days or weeks later: no date of its own, counted from the day told below)
        let by_days = relative
            && items
                .get(at + 1)
                .is_some_and(|w| w.is_any(&["week", "weeks", "day", "days"]));
        let found = if by_days {
            s.now().map(|now| (now, at..at + 3))
        } else {
            find_date(items, at, (at + 8).min(items.len()), ctx)
        };
        let Some((when, r)) = found else {
            continue;
        };
        // (after an aside, no comma: "and Armenia, a loyal ally, in May, said it would stay";
        // after a relative date a comma only goes on to the next of the list: "and Russia a
        // year later, alarmed, offered arms" is another clause)
        let closed = items.get(r.end).is_none_or(|w| {
            (w.is_punct(',')
                && aside.is_none()
                && (!relative
                    || items
                        .get(r.end + 1)
                        .is_some_and(|n| n.is("and") || is_state_item(n))))
                || w.is_punct(';')
                || w.is_punct('.')
                || w.is_punct('(')
                || w.is_dash()
                || w.is("and")
        });
        if r.start > at + 1 || !closed {
            continue;
        }
        // The event told last before it, with nothing but the gapped list between.
        let Some(told) = s.last_fact_before(
            g,
            |f| matches!(f.claim, Claim::Membership { event, .. } if !event.is_status()),
        ) else {
            continue;
        };
        let (told_end, claim, modality, told_when) = {
            let f = &s.facts[told];
            (f.span.end, f.claim.clone(), f.modality, f.when)
        };
        // A relative date counts from the event told just before (the last of a chain: "in
        // 2000, Moldova a year later, and Armenia a year later"), only from a year it names
        // (not "by 2000"), and never from one inside a relative clause ("Uzbekistan, which
        // joined GUUAM in 1999, and Russia a year later, signed").
        let when = if relative {
            let Some(told_year) = told_when
                .filter(|w| w.from.is_some() && w.to.is_some())
                .and_then(|w| w.from.zip(w.to))
                .filter(|(f, t)| f.year() == t.year())
                .map(|(f, _)| f.year())
            else {
                continue;
            };
            if in_relative_clause(items, 0, s.item_from(told_end).saturating_sub(1)) {
                continue;
            }
            let relative_ctx = super::dates::DateContext {
                anchor_year: Some(told_year),
                previous_year: None,
                ..ctx
            };
            // ("Moldova on 16 March and Georgia a week later": days on from the day told)
            let days = match items.get(at + 1) {
                Some(w) if w.is_any(&["week", "weeks"]) => Some(7),
                Some(w) if w.is_any(&["day", "days"]) => Some(1),
                _ => None,
            };
            let n = items.get(at).and_then(super::num).unwrap_or(1);
            match (
                days,
                told_when.filter(|w| w.from == w.to).and_then(|w| w.from),
            ) {
                (Some(d), Some(day)) => Interval::day(day.add_days(d * n as i32)),
                (Some(_), None) => continue,
                _ => match find_date(items, at, (at + 8).min(items.len()), relative_ctx) {
                    Some((w, _)) => w,
                    None => continue,
                },
            }
        } else {
            in_year_told(&items[r.clone()], when, told_when)
        };
        let from = s.item_from(told_end);
        if !gap_chain(&items[from..g]) || (from..g).any(|k| verb_at(items, k).is_some()) {
            continue;
        }
        let Claim::Membership { event, org, .. } = claim else {
            continue;
        };
        for &st in &states {
            let claim = Claim::Membership {
                event,
                state: Some(st),
                org,
            };
            if let Some(f) = s.facts.iter_mut().find(|f| f.claim == claim) {
                // Made precise only within what was said before ("late in 1993" → September
                // 1993).
                if let (Some(old), Some(from), Some(to)) = (f.when, when.from, when.to)
                    && old.from.is_none_or(|o| o <= from)
                    && old.to.is_none_or(|o| to <= o)
                {
                    f.when = Some(when);
                }
                continue;
            }
            s.push(claim, Some(when), modality, g..r.end, false);
        }
    }
}

/// Whether `items` (between a claim and a gapped clause) hold only a chain of gapped clauses,
/// an aside in brackets stepped over ("Russia itself in June (after a spring of sulking), and
/// Armenia in October").
fn gap_chain(items: &[Item<'_>]) -> bool {
    let mut depth = 0usize;
    items.iter().all(|w| {
        if w.is_punct('(') {
            depth += 1;
        } else if w.is_punct(')') {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            return !(w.is_punct(';') || w.is_punct(':')) && in_gap_chain(w);
        }
        true
    })
}

/// Whether an item may stand in a chain of gapped clauses between the claim and a gap: states,
/// dates and the words that join them ("joined in February, Moldova and Georgia in March,
/// Russia itself in June, and ..."), not another clause's words ("while floods struck Moldova in
/// July, Georgia in May").
fn in_gap_chain(w: &Item<'_>) -> bool {
    match w.kind {
        super::tokens::Kind::Num(_) | super::tokens::Kind::Dash { .. } => true,
        super::tokens::Kind::Punct(c) => matches!(c, ',' | '(' | ')'),
        super::tokens::Kind::Name(Entity::State(_) | Entity::Capital(_)) => true,
        super::tokens::Kind::Name(_) => false,
        super::tokens::Kind::Word => {
            month_of(w).is_some()
                || w.is_any(&[
                    "and",
                    "in",
                    "on",
                    "at",
                    "by",
                    "of",
                    "the",
                    "a",
                    "early",
                    "late",
                    "mid",
                    "following",
                    "next",
                    "same",
                    "last",
                    "first",
                    "year",
                    "years",
                    "month",
                    "months",
                    "day",
                    "week",
                    "weeks",
                    "later",
                    "afterwards",
                    "itself",
                    "too",
                    "also",
                    "then",
                    "followed",
                    "suit",
                    "spring",
                    "summer",
                    "autumn",
                    "winter",
                    "end",
                    "start",
                    "beginning",
                    "that",
                    "half",
                    "quarter",
                    "within",
                ])
        }
    }
}

/// Where a short aside set off by commas or dashes opening at `k` ends ("Belarus, the last of
/// the nine, on ...", "Belarus - the last to sign up - on ..."): the item after its closing
/// comma or dash, when the aside names no state and has no verb but an infinitive's.
fn gap_aside_end(items: &[Item<'_>], k: usize) -> Option<usize> {
    let open = items.get(k)?;
    let dash = open.is_dash();
    if !open.is_punct(',') && !dash {
        return None;
    }
    let close = (k + 2..(k + 8).min(items.len())).find(|&j| {
        if dash {
            items[j].is_dash()
        } else {
            items[j].is_punct(',')
        }
    })?;
    // (an infinitive's verb may stand in it: "and Belarus - the last to sign up - on 31
    // December")
    (!(k + 1..close).any(|j| {
        is_state_item(&items[j])
            || verb_at(items, j).is_some() && !items[j - 1].is("to")
            || items[j].is_punct(';')
    }))
    .then_some(close + 1)
}

/// Where a claim's date may be looked for, from `from` up to `to`: "Georgia, which quit the
/// treaty alongside Uzbekistan, obtained a promise last November" — a relative clause set off
/// by a comma or dash (its pronoun among the items `opener`) ends at its closing comma or dash,
/// not at a comma inside a list, nor at the dash of "1993–94".
fn relative_clause_end(items: &[Item<'_>], opener: Range<usize>, from: usize, to: usize) -> usize {
    // ("Georgia and Moldova, neither of which has joined the CSTO, met in May 2006")
    let set_off = |k: usize| items[k].is_punct(',') || items[k].is_dash();
    let relative = opener.into_iter().any(|k| {
        // ("Uzbekistan, whose leader quit the treaty in 1999, is ...")
        (items[k].is_any(&["which", "who", "whom"]) || items[k].is("whose") && k + 1 < items.len())
            && k > 0
            && (set_off(k - 1)
                || k >= 3
                    && items[k - 1].is("of")
                    && items[k - 2].is_any(&["neither", "none", "both", "all", "each"])
                    && set_off(k - 3))
    });
    if !relative {
        return to;
    }
    // (nor one before the clause's own date: "which joined GUUAM, in April 1999, later left")
    (from..to)
        .find(|&k| {
            let next = items.get(k + 1);
            let dated = next.is_some_and(|w| {
                w.is_any(DATE_PREPOSITIONS) || year_of(w).is_some() || month_of(w).is_some()
            });
            (items[k].is_punct(',')
                && !dated
                && next.is_none_or(|w| !is_state_item(w) && !w.is_any(&["and", "or"])))
                // (not the dash of "1993–94"; a spaced one after a year closes it: "which
                // left the treaty in 1999 - is")
                || (items[k].is_dash()
                    && !dated
                    && (!items[k - 1].text.starts_with(|c: char| c.is_ascii_digit())
                        || items[k].start > items[k - 1].end))
        })
        .unwrap_or(to)
}

/// Whether item `at` lies in a relative clause set off by a comma that opens after `from` and
/// is not closed before `at` ("Uzbekistan, which joined GUUAM in April 1999, ...").
fn in_relative_clause(items: &[Item<'_>], from: usize, at: usize) -> bool {
    (from.max(1)..at).rev().any(|k| {
        items[k].is_any(&["which", "who"])
            && items[k - 1].is_punct(',')
            && !items[k..at].iter().any(|w| w.is_punct(','))
    })
}

/// The events a verb of the table tells.
fn events_told(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    // A group a status set ("whose five members—A, B, ...") may stand anywhere in the
    // sentence: no verb shares it as a subject.
    let from_statuses = s.group.take();
    let mut last_subject: Option<Vec<StateId>> = None;
    let mut last_subject_at = 0;
    let mut lower = 0;
    let mut i = 0;
    while i < items.len() {
        let Some((verb, vend)) = verb_at(items, i) else {
            i += 1;
            continue;
        };
        let clause = s.clause(i);
        // "Having quit in 1999, Tashkent ...": a participle opening the sentence.
        // "Since joining GUAM in 1999, Uzbekistan ...", "After leaving the treaty, Tashkent
        // ...": so is a participle after a preposition that opens the sentence.
        // ("Having signed a pact with Moscow and joined EurAsEC in January, Uzbekistan ...":
        // the participles coordinated in that phrase)
        let having = i > 0
            && (items[i - 1].is("having")
                || i == 1
                    && items[0].is_any(&["since", "after", "before", "upon", "on"])
                    && items[i].text.ends_with("ing")
                || i > 2
                    && items[0].is("having")
                    && clause.start == 0
                    && (items[i - 1].is("and") || items[i - 1].is_punct(','))
                    // (a participle itself: not "Having urged Uzbekistan to leave GUUAM and
                    // join EurAsEC", "Having seen Uzbekistan leave ... and join", whose
                    // subjects are named inside the phrase)
                    && (items[i].text.ends_with("ed")
                        || items[i].is_any(&["left", "quit", "withdrawn", "signed", "become"]))
                    // (nor one naming the subject of a verb of its own: "Having seen Uzbekistan
                    // leave GUUAM and join ...", "Having urged Uzbekistan to leave ...")
                    && !(1..i).any(|q| {
                        let w = &items[q];
                        w.is_punct(';')
                            || w.is_dash()
                            || matches!(
                                w.entity(),
                                Some(
                                    Entity::State(_)
                                        | Entity::Capital(_)
                                        | Entity::Person(_)
                                        | Entity::Surname(_)
                                )
                            ) && (verb_at(items, q + 1).is_some()
                                || items.get(q + 1).is_some_and(|n| n.is("to")))
                    }));
        // (an attribution after the claim has times of its own: "has withdrawn from GUUAM,
        // according to a letter released on Thursday")
        let next_verb = (vend..clause.end)
            .find(|&k| {
                verb_at(items, k).is_some()
                    || items[k].is("according")
                        && items[k - 1].is_punct(',')
                        && items.get(k + 1).is_some_and(|w| w.is("to"))
            })
            .unwrap_or(clause.end);
        // "The treaty's six signatories were joined in 1993 by Azerbaijan, Belarus and Georgia."
        // "the treaty, signed in Tashkent in May 1992 by A, B ... and later joined by C": a
        // participle after its noun, or sharing the passive before it.
        // ("Signed in May 1992 by A, B and C, the treaty ...": one opening the sentence)
        let participle = i == 0 && items[i].text.ends_with("ed")
            || i > 0
                && items[i].text.ends_with("ed")
                && (items[i - 1].is_punct(',')
                    || items[i - 1].is_any(super::grammar::ORG_ANAPHORS)
                    || matches!(items[i - 1].entity(), Some(Entity::Org(_)))
                    || shared_passive(items, i).is_some());
        let passive_voice = ((i.saturating_sub(3)..i)
            .any(|k| items[k].is_any(&["was", "were", "been", "being", "be"]))
            || participle)
            && (vend..next_verb).any(|k| {
                items[k].is("by")
                    && !by_another_participle(items, k, vend)
                    && (items.get(k + 1).is_some_and(is_state_item)
                        || items.get(k + 1).is_some_and(|w| w.is("presidents"))
                            && items.get(k + 3).is_some_and(|w| w.is("of"))
                        // ("by the presidents of A, B and C")
                        || items.get(k + 1).is_some_and(|w| w.is("the"))
                            && items.get(k + 2).is_some_and(|w| {
                                w.is_any(&["presidents", "leaders", "governments"])
                            })
                            && items.get(k + 3).is_some_and(|w| w.is("of"))
                        || items.get(k + 1).and_then(super::num).is_some()
                            && items.get(k + 2).is_some_and(|w| w.is_any(STATE_NOUNS))
                        // ("were joined in Shanghai by Uzbek President Islam Karimov": joined
                        // by someone, who is not the subject)
                        || items.get(k + 1).is_some_and(|w| {
                            matches!(
                                w.entity(),
                                Some(
                                    Entity::Adjective(_)
                                        | Entity::Person(_)
                                        | Entity::Surname(_)
                                )
                            ) || w.is_any(&["President", "Prime", "Foreign"])
                        }))
            });
        if let (true, Verb::Event(ev)) = (passive_voice, verb) {
            passive(s, i, vend, ev, clause.clone(), next_verb);
            i = vend;
            continue;
        }
        // A document is signed, not a state: "when it was signed in 1992", "It was signed in
        // Tashkent" tell no signatory (without "by" and a state, read above).
        let aux_before = |k: usize| items[k].is_any(&["was", "were", "been", "being", "is", "are"]);
        if verb == Verb::Event(Event::Signed)
            && items[i].is("signed")
            && i >= 1
            && (aux_before(i - 1)
                || i >= 2 && items[i - 1].text.ends_with("ly") && aux_before(i - 2))
        {
            i = vend;
            continue;
        }
        let subj = subject(s, i, clause.start).or_else(|| purpose_subject(s, i, clause.start));
        // "Turkmenistan remains outside both groupings", "belongs to neither organisation",
        // "has stayed out of all of them": the organisations named just before.
        if let Verb::Status(ev) = verb
            && let Some((states, r, aux)) = &subj
            && let Some((orgs, none, pend)) = plural_orgs(s, vend, next_verb)
        {
            let event = match (ev, none) {
                (e, false) => Some(e),
                (Event::Member, true) => Some(Event::NotMember),
                _ => None,
            };
            if let Some(event) = event {
                let from = (*aux).min(i);
                let (modality, _) =
                    modality(&items[from..i], &items[clause.clone()], i - clause.start);
                let states = states.clone();
                let span = r.start.min(i)..pend;
                let when = s.now();
                push_statuses(s, &orgs, &states, event, when, modality, span, false);
            }
            // (referred to, they are mentioned again: "... all of them. Only Azerbaijan belongs
            // to none of the three.")
            s.resolved.borrow_mut().extend(orgs);
            i = vend;
            continue;
        }
        // "Georgia, Ukraine, Azerbaijan and Moldova formed a consultative forum": a new
        // grouping described, the organisation its founders make up (by the reference
        // timeline).
        let named_object = object(s, vend, next_verb).or_else(|| {
            if verb != Verb::Event(Event::Founded) {
                return None;
            }
            // (or the subject of a verb it is joined to: "A, B, C and D got together and set up
            // a consultative forum")
            let shared;
            let states = match subj.as_ref() {
                Some((states, ..)) => states,
                None => {
                    shared = (i >= 1 && items[i - 1].is("and"))
                        .then(|| {
                            conjunct_subject(s, i - 1, clause.start)
                                .or_else(|| main_subject(s))
                                .or_else(|| opening_subject(s, i))
                                .or_else(|| leaders_opening(s))
                        })
                        .flatten()?;
                    &shared
                }
            };
            let noun = described_forum(items, vend, next_verb)?;
            if about_something(items, noun)
                || items
                    .get(noun + 1)
                    .is_some_and(|w| w.is_any(&["that", "which", "named", "called", "known"]))
            {
                // (nor one a relative clause goes on to tell of: "formed a forum that later
                // took the name GUAM")
                return None;
            }
            let o = org_of_listed_members(s, states)?;
            // (and only in the year that organisation was founded, when the clause dates it:
            // not "set up a new grouping in 2010 to promote gas transit", "In 1999 the
            // presidents of A, B, C and D got together and set up a new consultative forum")
            let dated = find_date(items, vend, clause.end, s.date_context(i, false))
                .or_else(|| find_date(items, clause.start, i, s.date_context(i, false)));
            let founded = s.lexicon.org(o).founded;
            let fits = match (dated, founded) {
                (Some((w, _)), Some(d)) => {
                    w.from.is_some_and(|f| f.year() <= d.year())
                        && w.to.is_some_and(|t| t.year() >= d.year())
                }
                _ => true,
            };
            fits.then_some((o, noun + 1))
        });
        // "asked the Americans to leave", "urged the Russians to withdraw": someone asked to go
        // from no organisation named is asked to leave a place, not a membership.
        // (only a people asked to go, with nothing named to go from: "NATO invited Georgia to
        // join", "Moscow urged Tashkent to quit" after a sentence about GUUAM are plans)
        let asked = items[i].is_any(&["leave", "go", "withdraw", "depart", "quit"])
            && subj.as_ref().is_some_and(|(_, r, _)| {
                r.end > r.start
                    && is_people(s, &items[r.end - 1])
                    && (r.start.saturating_sub(2)..r.start).any(|k| {
                        items[k].is_any(&[
                            "asked", "asks", "ask", "urged", "urges", "urge", "told", "tells",
                            "pressed", "invited", "ordered", "orders",
                        ])
                    })
            });
        if named_object.is_none() && asked {
            i = vend;
            continue;
        }
        // (a people leaving with nothing named to leave: see below)
        let people_left = named_object.is_none()
            && matches!(verb, Verb::Event(Event::Withdrew))
            && subj.as_ref().is_some_and(|(_, r, _)| {
                r.end > r.start && r.end - r.start <= 2 && is_people(s, &items[r.end - 1])
            });
        let object = named_object.or_else(|| {
            let ev = match verb {
                Verb::Event(ev) | Verb::Plan(ev) => ev,
                Verb::Status(Event::NotMember) => Event::NotMember,
                // ("Azerbaijan did not renew.": the lapse of the treaty in question)
                Verb::NotRenewed => Event::Withdrew,
                // ("Armenia, which stayed in, wants ...")
                Verb::Status(Event::Member) if items[vend - 1].is("in") => Event::Member,
                _ => return None,
            };
            // "the group it founded in 1997", "the treaty Uzbekistan walked out of": the object
            // stands before the subject.
            // (not an organisation qualifying the subject's own noun: "Three Commonwealth
            // members—A, B, C—signed a document")
            if let Some((subjects, r, _)) = &subj
                && r.start >= 1
                && !items[r.start].is_any(&[
                    "members",
                    "member",
                    "states",
                    "countries",
                    "nations",
                    "partners",
                ])
            {
                let mut o = r.start - 1;
                let relative = items[o].is_any(&["that", "which"]);
                if relative && o >= 1 {
                    o -= 1;
                    // "the Collective Security Treaty, from which Uzbekistan withdrew", "out of
                    // which", "to which it acceded"
                    if items[o].is_any(&["from", "to", "into", "of", "in"])
                        && items[o + 1].is("which")
                    {
                        // (not one the verb has an object of its own after: "the CSTO, from
                        // which Uzbekistan withdrew its troops")
                        if items.get(vend).is_some_and(|w| {
                            w.is_any(&[
                                "its", "their", "his", "her", "the", "a", "an", "some", "all",
                            ]) || super::num(w).is_some()
                        }) {
                            return None;
                        }
                        o = o.saturating_sub(1);
                        if items[o].is("out") && o >= 1 {
                            o -= 1;
                        }
                    }
                    // "the Eurasian Economic Community, which it joined ...", "the Central
                    // Asian Cooperation Organization — which A and B founded in 2002 —"
                    if (items[o].is_punct(',') || items[o].is_dash()) && o >= 1 {
                        o -= 1;
                        // ("The Commonwealth itself, which Georgia joined in 1993, ...")
                        if items[o].is("itself") && o >= 1 {
                            o -= 1;
                        }
                    }
                }
                match items[o].entity() {
                    Some(Entity::Org(id))
                        if relative || !items[o + 1..r.start].iter().any(|w| w.is_punct(',')) =>
                    {
                        return Some((id, vend));
                    }
                    // ("Uzbekistan joined the grouping that A, B, C and D formed in 1997": what
                    // a claim made on the noun took it for, else what it points back to)
                    _ if items[o].is_any(super::grammar::ORG_ANAPHORS)
                        && o >= 1
                        && items[o - 1].is_any(&["the", "this"]) =>
                    {
                        return org_claimed_at(s, o)
                            .or_else(|| s.anaphor_org(o - 1))
                            .map(|id| (id, vend));
                    }
                    // ("the consultative forum that Georgia, Ukraine, Azerbaijan and Moldova
                    // established in 1997": the organisation its founders make up)
                    _ if ev == Event::Founded
                        && items[o].is_any(super::grammar::ORG_ANAPHORS)
                        && let Some(id) = org_of_listed_members(s, subjects) =>
                    {
                        return Some((id, vend));
                    }
                    // ("the five-nation group it formed in 1997")
                    // (in apposition to that organisation: "GUUAM, the five-nation group it
                    // formed in 1997"; not another group described after a member of GUAM)
                    _ if items[o].is_any(super::grammar::ORG_ANAPHORS)
                        && o >= 6
                        && items[o - 1].is_any(super::grammar::COUNTED_COMPOUNDS)
                        && items[o - 2].kind == (super::tokens::Kind::Dash { joining: true })
                        && super::num(&items[o - 3]).is_some()
                        && items[o - 4].is_any(&["the", "this"])
                        && items[o - 5].is_punct(',') =>
                    {
                        if let Some(Entity::Org(id)) = items[o - 6].entity() {
                            return Some((id, vend));
                        }
                    }
                    _ => {}
                }
            }
            // "GUUAM, the pro-Western grouping it had joined in 1999": a relative clause without
            // its pronoun, after an organisation's description.
            if let Some((_, r, _)) = &subj
                && let Some(o) = described_org(items, r.start)
            {
                return Some((o, vend));
            }
            // "the treaty, which they joined in 1993": the organisation the relative clause hangs on.
            if let Some((_, r, _)) = &subj
                && r.start >= 2
                && items[r.start - 1].is_any(&["which", "that"])
            {
                let c = if items[r.start - 2].is_punct(',') {
                    r.start - 2
                } else {
                    r.start - 1
                };
                if c >= 1 {
                    match items[c - 1].entity() {
                        Some(Entity::Org(o)) => return Some((o, vend)),
                        // "the friendship treaty that Yerevan signed with Moscow": a bilateral
                        // document, no organisation.
                        _ if bilateral_document(items, c - 1) => return None,
                        _ if items[c - 1].is_any(super::grammar::ORG_ANAPHORS) => {
                            return s.anaphor_org(c - 1).map(|o| (o, vend));
                        }
                        // "the Russian contingent, which Moscow agreed to withdraw": the
                        // object is the noun the clause hangs on, no organisation.
                        None if items[c - 1].kind == super::tokens::Kind::Word
                            && items[c - 1].text.chars().all(|ch| ch.is_lowercase())
                            && !items[c - 1].is_any(&["and", "or", "but"]) =>
                        {
                            return None;
                        }
                        _ => {}
                    }
                }
            }
            // "... acceded to the treaty in 1993 and pulled out six years later", "two years later
            // Uzbekistan joined, and ...": no object, the organisation named earlier in the sentence.
            // A date right after the verb ("entered the following year").
            // (not when an object follows the date: "withdrew last month from the
            // Commonwealth's sanctions on Abkhazia")
            let date_here = find_date(items, vend, next_verb, s.date_context(i, false))
                .filter(|(_, r)| r.start == vend);
            let object_after_date = date_here.as_ref().is_some_and(|(_, r)| {
                items
                    .get(r.end)
                    .is_some_and(|w| w.is_any(&["from", "to", "into", "of"]))
            });
            let dated_here = date_here.is_some() && !object_after_date;
            let ends_here = dated_here
                || !object_after_date
                    && items.get(vend).is_none_or(|n| {
                        n.is_punct(',')
                            || n.is_punct('.')
                            || n.is_punct(';')
                            // ("Ukraine refused to sign: Kiev regards ...", "eight more came
                            // in: A, B, ..."; not a heading's "Why Tashkent left: ...")
                            || n.is_punct(':')
                                && !items.first().is_some_and(|w| w.is_any(&["why", "how"]))
                            || n.is_dash()
                            || n.is_any(&[
                                "and",
                                "in",
                                "on",
                                "at",
                                "during",
                                "last",
                                "later",
                                "after",
                                "when",
                                "only",
                                "too",
                                "altogether",
                                "entirely",
                                "formally",
                                "officially",
                                "soon",
                                "shortly",
                                "as",
                                "lapse",
                                "expire",
                                // ("let their membership lapse without ceremony")
                                "without",
                                // ("Tajikistan signed despite weeks of protests")
                                "despite",
                                "either",
                                "earlier",
                                "that",
                                "again",
                            ])
                            // ("have been in since 1992", "has stayed out since 1999": a status
                            // only, not "had been frozen since 2002")
                            || n.is("since") && matches!(verb, Verb::Status(_))
                            // ("Ukraine joined first, on 8 February")
                            || first_alone(items, vend)
                            // ("Georgia joined late, in December 1993"; not a visitor who
                            // "arrived late and left early")
                            // (with a month or year right after: not "joined late, on the
                            // second day" of a summit)
                            || n.is_any(&["late", "early"])
                                && matches!(verb, Verb::Event(Event::Joined | Event::Signed))
                                && (vend + 1..(vend + 5).min(items.len())).any(|q| {
                                    year_of(&items[q]).is_some() || month_of(&items[q]).is_some()
                                })
                            || super::num(n).is_some()
                            // ("has stayed out for now", "for the time being"; not "left
                            // for the airport")
                            || n.is("for")
                                && items[i].is_any(&[
                                    "stayed", "stays", "stay", "staying", "remained", "remains",
                                    "remain",
                                ])
                                && items.get(vend + 1).is_some_and(|w| {
                                    w.is_any(&["now", "the", "years", "decades"])
                                })
                    });
            // "withdrew in protest from the talks", "withdrew on Tuesday from the talks",
            // "acceded on Thursday to the presidency", "to Russia's request": a withdrawal from
            // (or accession to) something named after a phrase of manner or a date is no
            // organisation's.
            let preposition = if ev == Event::Withdrew {
                &["from", "of"][..]
            } else {
                &["to", "into"][..]
            };
            if matches!(ev, Event::Withdrew | Event::Joined)
                && let Some(f) = (vend..(vend + 6).min(next_verb)).find(|&k| {
                    items[k].is_any(preposition) && !items[k - 1].is_any(&["out", "one"])
                })
                && let ctx = s.date_context(i, false)
                && match &find_date(items, vend, (vend + 6).min(next_verb), ctx)
                    .filter(|(_, r)| r.start <= vend + 1)
                {
                    Some((_, r)) => r.end == f,
                    None => {
                        ev == Event::Withdrew
                            && items[vend..f].iter().all(|w| {
                                w.kind == super::tokens::Kind::Word
                                    && w.entity().is_none()
                                    && !w.is_any(&["and", "or", "but"])
                            })
                            && find_date(items, vend, f, ctx).is_none()
                    }
                }
                && let Some(n) = items.get(
                    f + 1
                        + usize::from(
                            items
                                .get(f + 1)
                                .is_some_and(|w| w.is_any(&["the", "a", "an"])),
                        ),
                )
                && (n.kind == super::tokens::Kind::Word
                    && n.entity().is_none()
                    && n.text.chars().all(|c| c.is_lowercase())
                    && !n.is_any(super::grammar::ORG_ANAPHORS)
                    && !n.is_any(&["it", "them", "its", "their"])
                    || is_state_item(n) && items.get(f + 2).is_some_and(|w| w.text == "'s"))
            {
                return None;
            }
            // "joins and leaves clubs", "joined and left blocs at will": the object both verbs
            // share is no organisation.
            if items.get(vend).is_some_and(|n| n.is_any(&["and", "or"]))
                && let Some((_, e)) = verb_at(items, vend + 1)
                && items.get(e).is_some_and(|w| {
                    w.kind == super::tokens::Kind::Word
                        && w.text.len() > 3
                        && w.text.ends_with('s')
                        && w.text.chars().all(|c| c.is_lowercase())
                        && !w.is_any(super::grammar::ORG_ANAPHORS)
                })
            {
                return None;
            }
            // "the Shanghai Cooperation Organisation, whose charter it signed on 7 June": the
            // organisation whose document the relative clause's object is.
            if ev == Event::Signed
                && let Some(w) = (i.saturating_sub(6)..i).find(|&q| items[q].is("whose"))
                && items.get(w + 1).is_some_and(|d| {
                    d.is_any(&["charter", "treaty", "declaration", "protocol", "founding"])
                })
                && let Some(o) = whose_org(s, w + 1)
            {
                return Some((o, vend));
            }
            // "Six of them signed in Tashkent in May 1992": a signing without an object is of
            // a treaty the article is about, and never of a bilateral document.
            // ("Ukraine, Moldova and Turkmenistan did not sign", "Belarus refused to sign")
            // (up to a relative clause on the whole claim: "did not sign, which leaves the
            // pact with barely half of the Commonwealth")
            // (nor past a colon: "refused to sign: Kiev regards anything with the words
            // 'collective security' in it as a Trojan horse")
            let told_end = before_relative(items, vend, clause.end);
            let told_end = (vend..told_end)
                .find(|&k| items[k].is_punct(':'))
                .unwrap_or(told_end);
            let signed_treaty = ev == Event::Signed
                && items[i].is_any(&["signed", "sign"])
                && !items[vend..told_end].iter().any(|w| {
                    w.is_any(&[
                        "bilateral",
                        "agreement",
                        "agreements",
                        "accord",
                        "accords",
                        "deal",
                        "deals",
                        "declaration",
                        "memorandum",
                        "contract",
                        "protocol",
                        "treaty",
                        "document",
                        "documents",
                        "convention",
                        "plan",
                        "plans",
                    ])
                    // (nor when an organisation named there qualifies what was signed: "signed
                    // in Brussels the NATO Individual Partnership Action Plan")
                    || matches!(w.entity(), Some(Entity::Org(_)))
                });
            // "Armenia, which stayed in, wants ...": staying in, the organisation in question.
            // ("The original six have been in since 1992")
            let been_in =
                items[i].is_any(&["has", "have"]) && items.get(vend).is_some_and(|n| n.is("since"));
            let stayed_in = ev == Event::Member
                && items[vend - 1].is("in")
                && (items[i].is_any(&["stayed", "stays", "stay", "remained", "remains", "remain"])
                    || been_in)
                && items.get(vend).is_some_and(|n| {
                    n.is_punct(',') || n.is_punct('.') || n.is_punct(';') || n.is_dash() || been_in
                });
            // ("Azerbaijan did not renew.": a treaty this sentence or the one before names;
            // not when a date follows, which may be the lapse's own, told in another way: "did
            // not renew, and dropped out when the term ran out on 20 April")
            if ends_here && verb == Verb::NotRenewed {
                // (nor after a lease or an agreement this sentence names: "Russia's lease on
                // the cosmodrome expired, and Astana did not renew")
                // (a date right after the verb is its own: "did not renew in April")
                // (in its own clause: not a date a clause after a semicolon, or a relative
                // clause, tells of something else: "did not renew; nor did Georgia, which came
                // in in 1993")
                let own_end = before_relative(items, vend, clause.end);
                if find_date(items, vend, own_end, s.date_context(vend, false))
                    .is_some_and(|(_, r)| r.start > vend + 1)
                    // (but the lapse it led to dates it: "did not renew, and their
                    // participation ended on 20 April")
                    && lapse_after(s, vend).is_none()
                    // (a protocol may be the treaty's own: "signing a protocol of extension")
                    || items[..i].iter().any(|w| {
                        w.is_any(DOCUMENTS) && !w.is("protocol") || w.is_any(&["leases", "agreements"])
                    })
                {
                    return None;
                }
                let treaty = |o: OrgId| s.lexicon.org(o).is_treaty;
                return s
                    .named_in(0..i, &treaty)
                    .or_else(|| s.discourse.previous_last(treaty))
                    // ("Azerbaijan did not renew. Georgia, too, did not renew.": the lapse the
                    // sentence before told)
                    .or_else(|| {
                        s.discourse
                            .last_event
                            .filter(|t| t.event == Event::Withdrew && treaty(t.org))
                            .map(|t| t.org)
                    })
                    // ("... signed a protocol on its prolongation. A, B and C declined to
                    // renew, and they are now outside the treaty": the treaty named last,
                    // whose renewal the story is about)
                    // (not a refusal denied: "Armenia never refused to renew")
                    .or_else(|| {
                        s.discourse.treaty.filter(|_| {
                            !items[i.saturating_sub(5)..i]
                                .iter()
                                .any(|w| w.is_any(&["not", "n't", "never", "yet"]))
                                && s.text
                                .get(s.discourse.previous_range.clone())
                                .is_some_and(|p| {
                                    p.contains("prolong")
                                        || p.contains("renew")
                                        || p.contains("extend")
                                        || p.contains("extension")
                                })
                                || items[vend..].iter().any(|w| w.is_any(&["treaty", "pact"]))
                        })
                    })
                    .map(|o| (o, vend));
            }
            if ends_here
                && (signed_treaty
                    || stayed_in
                    || matches!(
                        ev,
                        Event::Joined
                            | Event::Withdrew
                            | Event::Rejoined
                            | Event::Suspended
                            | Event::NotMember
                            | Event::Observer
                            | Event::Associate
                    ))
            {
                // (a bare "sign up" after a document, a plan or talks named here or just before
                // is to that: "The CSTO drafted a declaration. Armenia was the first to sign up";
                // a bare "did not sign" is of a treaty only as `bare_signing_of_treaty` says)
                let bare_sign = items[vend - 1].is("sign");
                if (bare_sign || items[vend - 1].is("up"))
                    && (s.discourse.other_parties || names_other_parties(items))
                    || bare_sign && !bare_signing_of_treaty(s, i)
                {
                    return None;
                }
                // "Uzbekistan is not a member of the community; A, B and C stayed out as
                // well": out of what the sentence has just had someone out of.
                let likewise = items.get(vend).is_some_and(|w| w.is_any(&["too", "either"]))
                    || items.get(vend).is_some_and(|w| w.is("as"))
                        && items.get(vend + 1).is_some_and(|w| w.is("well"));
                // (the sentence's last claim, with no organisation named after it: not "...,
                // and Turkmenistan has refused to join the WTO; Kazakhstan stayed out as well")
                if ev == Event::NotMember
                    && likewise
                    && let Some(last) = s
                        .facts
                        .iter()
                        .filter(|f| matches!(f.claim, Claim::Membership { .. }))
                        .max_by_key(|f| f.span.end)
                    && let Claim::Membership {
                        event: Event::NotMember,
                        org,
                        ..
                    } = last.claim
                    && last.modality == Modality::Asserted
                    && !(s.item_from(last.span.end)..i).any(|k| {
                        matches!(items[k].entity(), Some(Entity::Org(_)))
                            || items[k].is_any(super::grammar::ORG_ANAPHORS)
                    })
                {
                    return Some((org, vend));
                }
                // "Uzbekistan, which joined GUUAM in 1999, remains outside": staying out of
                // what the article is about, not of what an aside on a subject names.
                // (likewise a signing: "A, B and C, which dropped out of the treaty three years
                // ago, did not sign" the charter the article is about)
                let is_org = |k: usize| {
                    matches!(items[k].entity(), Some(Entity::Org(_)))
                        || ev == Event::Signed && items[k].is_any(super::grammar::ORG_ANAPHORS)
                };
                // (nor staying out of what the subject's own noun names: "The other three
                // Commonwealth states, A, B and C, have stayed out" of something else)
                // ("..., the first Commonwealth state to do so, and Moldova and Georgia have also
                // joined": what it was not yet in; not "became the twelfth CIS state when it
                // joined", which is that one)
                let names_subject = |k: usize| {
                    let noun = items.get(k + 1).is_some_and(|w| {
                        w.is_any(STATE_NOUNS) || w.is_any(STATE_NOUNS_SINGULAR) || w.is("members")
                    });
                    // ("Five members of the CSTO — A, B, ... — signed on 14 June": something
                    // else, not the organisation they are members of)
                    let of_it = k >= 2 && {
                        let of = k - 1 - usize::from(items[k - 1].is("the"));
                        of >= 1
                            && items[of].is("of")
                            && items[of - 1].is_any(&[
                                "members", "states", "countries", "member", "state", "country",
                            ])
                    };
                    // (members of a treaty may sign its successor's charter: "Six members of
                    // the Collective Security Treaty — A, B, ... — signed in Chisinau")
                    let succeeded = matches!(
                        items[k].entity(),
                        Some(Entity::Org(o)) if s.lexicon.successor(o).is_some()
                    );
                    // ("the first CIS state to join, in February", "the earliest Commonwealth
                    // state to enrol", "the last CIS heavyweight to join", "the only CIS state
                    // not to join", "the first member of the CIS to be admitted": this verb's
                    // own subject, described)
                    let to_this_verb = |from: usize| {
                        from < i
                            && items[from..i].iter().any(|w| w.is("to"))
                            && items[from..i]
                                .iter()
                                .all(|w| w.is_any(&["to", "not", "be", "have", "been", "ever"]))
                    };
                    let described = items.get(k + 1).is_some_and(|w| {
                        w.kind == super::tokens::Kind::Word
                            && w.text.chars().all(|c| c.is_lowercase() || c == '-')
                    }) && to_this_verb(k + 2)
                        || of_it && to_this_verb(k + 1);
                    ev == Event::Signed && (noun || of_it) && !succeeded
                        || ev != Event::Signed && described
                        || noun && (ev == Event::NotMember
                        || ev == Event::Joined
                            && items.get(k + 2).is_some_and(|w| w.is("to"))
                            && items.get(k + 3).is_some_and(|w| {
                                w.is("do") && items.get(k + 4).is_some_and(|w| w.is("so"))
                                    // ("Ukraine, the earliest Commonwealth state to enrol,
                                    // joined in February": an aside's own bare verb)
                                    || w.is_any(&["join", "enrol", "enroll", "sign"])
                                        && items.get(k + 4).is_none_or(|n| {
                                            n.is_punct(',') || n.is_dash() || n.is("up")
                                        })
                            }))
                };
                if (matches!(ev, Event::NotMember | Event::Signed)
                    && (0..i).all(|k| !is_org(k) || in_subject_aside(items, k) || names_subject(k))
                    || matches!(ev, Event::Joined | Event::Withdrew | Event::Suspended | Event::Rejoined)
                        && (0..i).all(|k| !is_org(k) || names_subject(k)))
                    && (0..i).any(is_org)
                {
                    let own: Vec<OrgId> = (0..i)
                        .filter(|&k| names_subject(k))
                        .filter_map(|k| match items[k].entity() {
                            Some(Entity::Org(o)) => Some(o),
                            _ => None,
                        })
                        .collect();
                    // ("Azerbaijan joined the Partnership on 4 May, and Turkmenistan — which
                    // never signed the Tashkent pact — followed. ... the earliest Commonwealth
                    // state to enrol, joined in February": the organisation joined before)
                    // (or told of another, denied: "Russia was the only CIS state not to join.
                    // Moldova was the first non-NATO state to join")
                    let joined_before = s.discourse.last_event.filter(|t| {
                        t.event == ev
                            && (t.modality == Modality::Asserted
                                && s.discourse.previous.contains(&t.org)
                                || s
                                    .discourse
                                    .previous
                                    .iter()
                                    .all(|o| s.discourse.previous_groups.contains(o)))
                    });
                    let previous = joined_before
                        .map(|t| t.org)
                        .filter(|o| !own.contains(o))
                        .or_else(|| s.discourse.previous_last(|o| !own.contains(&o)))
                        // ("The CIS has 11 members. Georgia was the first CIS state to leave,
                        // in August": one leaves what one is in)
                        .or_else(|| {
                            matches!(ev, Event::Withdrew | Event::Suspended)
                                .then(|| s.discourse.previous_last(|o| own.contains(&o)))
                                .flatten()
                        });
                    return previous
                        .or_else(|| s.discourse.topic().filter(|o| !own.contains(o)))
                        .filter(|&o| ev != Event::Signed || s.lexicon.org(o).is_treaty)
                        .map(|o| (o, vend));
                }
                // (past one the subject's own noun names: "..., the first Commonwealth state to
                // do so, and Moldova and Georgia have also joined")
                let earlier = match org_mentioned_at(s, i) {
                    Some((_, k)) if ev == Event::Joined && names_subject(k) => {
                        org_mentioned_before(s, k)
                    }
                    found => found.map(|(o, _)| o),
                };
                // "will leave when the treaty expires in April"
                let expiring = || {
                    let w = (vend..clause.end).find(|&k| items[k].is("when"))?;
                    let x = (w..clause.end).find(|&k| {
                        items[k].is_any(&[
                            "expires", "expire", "expired", "lapses", "lapsed", "runs", "ran",
                        ])
                    })?;
                    (w..x).find_map(|k| match items[k].entity() {
                        Some(Entity::Org(o)) => Some(o),
                        _ if items[k].is_any(super::grammar::ORG_ANAPHORS) => {
                            s.anaphor_org(k.saturating_sub(1))
                        }
                        // ("dropped out when its first term ran out": a treaty's term)
                        _ if items[k].is("its")
                            && items[k + 1..x].iter().any(|w| w.is("term")) =>
                        {
                            s.discourse.treaty
                        }
                        _ => None,
                    })
                };
                // "Having quit in 1999, Tashkent now wants back into the CSTO": the organisation
                // of the main clause.
                let main_clause = || {
                    if !having {
                        return None;
                    }
                    let c = (vend..clause.end).find(|&k| items[k].is_punct(','))?;
                    (c..clause.end).find_map(|k| match items[k].entity() {
                        Some(Entity::Org(o)) => Some(o),
                        _ => None,
                    })
                };
                // "Having quit in 1999, Tashkent has found a new patron": what the article is about.
                let having_topic = || having.then(|| s.discourse.topic()).flatten();
                // "... GUUAM. Tashkent stopped taking part in 2002": the organisation just named.
                // A signing without an object is only ever of a treaty.
                let fits = |o: &OrgId| ev != Event::Signed || s.lexicon.org(*o).is_treaty;
                let earlier = earlier.filter(fits);
                // "Russia and Belarus launched it in 1995 and Kazakhstan signed up later": the
                // organisation of a claim this sentence made before the verb.
                let claimed = || s.org_claimed_before(i).filter(fits);
                // "quit the treaty in 1999, returned to its successor in 2006, and has now
                // frozen its membership": a claim told after the last name, of an organisation
                // it points to, is nearer than the name.
                let named_at = (0..i)
                    .rev()
                    .find(|&k| matches!(items[k].entity(), Some(Entity::Org(_))));
                let claimed_since = s
                    .membership_claimed_before(i)
                    .filter(|&(_, at)| named_at.is_none_or(|k| at > items[k].end))
                    .map(|(org, _)| org)
                    .filter(fits);
                let previous = || s.discourse.previous.last().copied().filter(fits);
                // ("The Karabakh talks went nowhere. Armenia stopped taking part last year":
                // a bare "stopped taking part" only in an organisation named near it)
                let named_only = ev == Event::Suspended && items[vend - 1].is("part");
                // "joined and then left GUUAM", "joined and later suspended its membership of
                // EurAsEC": the object of the verb "and" joins it to.
                let coordinated = || {
                    let mut a = vend;
                    if !items.get(a)?.is("and") {
                        return None;
                    }
                    a += 1;
                    while items.get(a).is_some_and(|w| {
                        w.is_any(&["then", "later", "subsequently", "eventually", "finally"])
                    }) {
                        a += 1;
                    }
                    match verb_at(items, a)? {
                        (Verb::Event(_), e) => object(s, e, clause.end).map(|(o, _)| o),
                        _ => None,
                    }
                };
                // ("A, B and C, which did not renew in 1999, remain outside": staying out of
                // what the article is about, not of what a relative clause on the subject tells)
                let aside_claim = ev == Event::NotMember
                    && (1..i).any(|q| {
                        items[q].is_any(&["which", "who"])
                            && items[q - 1].is_punct(',')
                            && items[q + 1..i].iter().any(|w| w.is_punct(','))
                    });
                let claimed_since = claimed_since.filter(|_| !aside_claim);
                let claimed = || claimed().filter(|_| !aside_claim);
                // A bare "became a member" is of what this sentence, or the event the one
                // before told, was about ("Kyrgyzstan joined the WTO in 1998, and Georgia became
                // a member in June"); never a person's own ("Heydar Aliyev became a member in
                // 1982").
                if items[vend - 1].is_any(&["member", "members"])
                    && !items[vend - 2].is_any(&["associate", "observer"])
                {
                    if items[..i].iter().any(|w| {
                        matches!(w.entity(), Some(Entity::Person(_) | Entity::Surname(_)))
                    }) {
                        return None;
                    }
                    return coordinated()
                        .filter(fits)
                        .or(claimed_since)
                        .or(earlier)
                        .or_else(claimed)
                        .or_else(|| s.discourse.last_event.map(|t| t.org))
                        // (or what the sentence before named that the article is about)
                        .or_else(|| previous().filter(|&o| s.discourse.topic() == Some(o)))
                        .map(|o| (o, vend));
                }
                return coordinated()
                    .filter(fits)
                    .or(claimed_since)
                    .or(earlier)
                    .or_else(claimed)
                    .or_else(expiring)
                    .or_else(main_clause)
                    .or_else(previous)
                    // ("... signed the treaty. Six of the Commonwealth's eleven members is a fair
                    // turnout. Ukraine refused to sign": the treaty last named)
                    .or_else(|| {
                        (ev == Event::Signed && bare_sign)
                            .then_some(s.discourse.treaty)
                            .flatten()
                    })
                    // ("BACKGROUND: THE CUSTOMS UNION / Established by Russia and Belarus in
                    // January 1995. Kazakhstan acceded the same month": the box's organisation)
                    .or_else(|| {
                        s.discourse
                            .box_org
                            .filter(|_| s.discourse.in_box && !named_only)
                            .filter(fits)
                    })
                    // ("Six republics signed it in Tashkent. Azerbaijan joined in September": the
                    // organisation of the event the sentence before told)
                    .or_else(|| {
                        s.discourse
                            .last_event
                            .map(|t| t.org)
                            .filter(|_| ev != Event::NotMember && !named_only)
                            .filter(fits)
                    })
                    .or_else(|| having_topic().filter(|_| !named_only))
                    // ("Belarus has not signed. Azerbaijan stayed out too": what the sentence
                    // before made its one claim of, when "too" adds to it)
                    .or_else(|| {
                        (ev == Event::NotMember
                            && items[vend..clause.end]
                                .iter()
                                .take(2)
                                .any(|w| w.is_any(&["too", "either"])))
                        .then(|| super::only_one(&s.discourse.claimed_orgs))
                        .flatten()
                    })
                    // "Georgia and Azerbaijan, which acceded in 1993, ...": an event without an
                    // object is about what the article is about.
                    .or_else(|| {
                        let bare = dated_here
                            || items.get(vend).is_none_or(|n| {
                                n.is_punct(',')
                                    || n.is_punct('.')
                                    || n.is_punct(';')
                                    || n.is_dash()
                                    || n.is_any(&["in", "on", "when", "after", "last", "as", "and"])
                                    // ("Ukraine joined first, on 8 February")
                                    || first_alone(items, vend)
                            });
                        // (staying out only when a long list "all" stays out: "A, B, C, ... all
                        // stayed out" is out of what the article is about)
                        let listed_all = i >= 1
                            && items[i - 1].is("all")
                            && items[..i].iter().filter(|w| is_state_item(w)).count() >= 3;
                        // What the reference timeline says of each state named before the verb in
                        // an organisation (nothing, without the article's date).
                        let listed: Vec<StateId> = items[..i]
                            .iter()
                            .filter_map(|w| match w.entity() {
                                Some(Entity::State(st)) => Some(st),
                                _ => None,
                            })
                            .collect();
                        let known = |o: &OrgId| -> Vec<Option<bool>> {
                            listed
                                .iter()
                                .map(|&st| {
                                    s.article
                                        .and_then(|day| s.lexicon.prior.member(st, *o, day))
                                })
                                .collect()
                        };
                        // (and none of them in it by the reference timeline)
                        let none_in = |o: &OrgId| {
                            ev != Event::NotMember || known(o).iter().all(|&k| k != Some(true))
                        };
                        // (or when two or more named stay out of what the article is about, and
                        // the reference timeline has every one of them out of it: "Not every
                        // former Soviet republic is inside. Ukraine, Moldova and Turkmenistan have
                        // stayed out.")
                        let all_out = |o: &OrgId| {
                            listed.len() >= 2 && known(o).iter().all(|&k| k == Some(false))
                        };
                        let topic = s.discourse.topic().filter(fits);
                        let listed_out =
                            ev == Event::NotMember && topic.as_ref().is_some_and(all_out);
                        (bare
                            && (ev != Event::NotMember || listed_all || listed_out)
                            && !named_only)
                            .then_some(topic)
                            .flatten()
                            .filter(none_in)
                    })
                    .filter(fits)
                    .map(|o| (o, vend));
            }
            None
        });
        let Some((org, oend)) = object else {
            // "GUAM was formed in 1997 (by ...)": the organisation is the subject.
            if let Verb::Event(ev) = verb {
                passive(s, i, vend, ev, clause.clone(), next_verb);
            }
            i = vend;
            continue;
        };
        // "proclaimed the CIS dead", "proclaimed the SCO a success": a judgement, no founding.
        if items[i].is_any(&["proclaimed", "proclaiming"]) && judged(items, oend) {
            i = vend;
            continue;
        }
        // "the Economic Cooperation Organisation, the regional grouping that Iran set up with
        // Pakistan": a relative clause on a body the lexicon does not know tells nothing of ours.
        if unknown_antecedent(s, i) {
            i = vend;
            continue;
        }
        // "Having left the treaty in 1999, Tashkent ...": the subject after the participle.
        // ("Having ... joined EurAsEC in January, President Islam Karimov now ...": a leader
        // stands for the state)
        let subj = subj.or_else(|| {
            let (st, r) = states_after_comma(items, oend, clause.end)
                .or_else(|| leader_after_comma(s, oend, clause.end))
                .filter(|_| having)?;
            Some((st, r, i - 1))
        });
        // ("Having signed the Tashkent Treaty in 1992, it withdrew from it in 1999": the state
        // "it" stands for)
        let subj = subj.or_else(|| {
            let comma = (oend..clause.end).find(|&k| items[k].is_punct(','))?;
            if !(having && items.get(comma + 1).is_some_and(|w| w.is("it"))) {
                return None;
            }
            let st = s.discourse.single?;
            Some((vec![st], comma + 1..comma + 2, i - 1))
        });
        let subj = subj.or_else(|| counted_subject_listed(s, i, oend, clause.clone()));
        // "Uzbekistan was one of six states that signed the treaty in 1992": the one the
        // relative clause's antecedent counts in.
        let one_of = || {
            let mut r = i;
            while r > clause.start
                && is_aux(&items[r - 1])
                && !items[r - 1].is_any(&["to", "that", "which", "who"])
            {
                r -= 1;
            }
            let rel = r
                .checked_sub(1)
                .filter(|&q| items[q].is_any(&["that", "which", "who"]))?;
            let mut q = rel
                .checked_sub(1)
                .filter(|&q| items[q].is_any(STATE_NOUNS))?;
            if q > clause.start && super::num(&items[q - 1]).is_some() {
                q -= 1;
            }
            if q > clause.start && items[q - 1].is("the") {
                q -= 1;
            }
            let of = q.checked_sub(1).filter(|&o| items[o].is("of"))?;
            let one = of.checked_sub(1).filter(|&o| items[o].is("one"))?;
            let cop = one
                .checked_sub(1)
                .filter(|&c| c > clause.start && items[c].is_any(&["was", "is", "were", "are"]))?;
            let (states, range) = list_ending_at(s, cop, clause.start)?;
            Some((states, range, r))
        };
        let subj = subj.or_else(one_of);
        // "..., and Georgia, then on the brink of war, not yet having entered it": an absolute
        // participle's subject stands before it (not the sentence's earlier subject).
        let absolute = || {
            let mut k = i.checked_sub(1).filter(|&h| items[h].is("having"))?;
            while k > clause.start && items[k - 1].is_any(&["not", "yet", "never", "still"]) {
                k -= 1;
            }
            // ("..., and Azerbaijan having joined it only in 1993": the states right before)
            if k > clause.start && is_state_item(&items[k - 1]) {
                return list_ending_at(s, k, clause.start).map(|(st, r)| (st, r, k));
            }
            (k > clause.start && items[k - 1].is_punct(',')).then_some(())?;
            subject(s, k, clause.start).filter(|(_, r, _)| r.end < k)
        };
        let subj = absolute().or(subj);
        // "Turkmenistan took the logic further by becoming a mere associate member", "Russia
        // angered Georgia by joining the SCO": a gerund after "by" has the subject of the verb
        // before it, the last state before "by" that opens its clause and that a verb follows
        // ("Uzbekistan let Georgia down by quitting": Uzbekistan; "Armenia stayed in the CSTO
        // and Georgia protested by joining GUAM": Georgia; "Russia's ally Belarus responded by
        // ..."), with its coordinated list, and no aside, relative clause or other gerund
        // between it and "by" ("Kazakhstan was outflanked by Uzbekistan, which responded by
        // joining" is neither's); its words up to "by" are the verb's ("answered in 1999 by
        // quitting" is dated 1999).
        let by = i > clause.start && items[i - 1].is("by") && items[i].text.ends_with("ing");
        let by_gerund = || {
            let verb_follows = |k: usize| {
                items.get(k + 1).is_some_and(|w| {
                    w.kind == super::tokens::Kind::Word
                        && w.text.chars().all(|c| c.is_lowercase())
                        && !w.text.ends_with("ly")
                        && !w.is_any(&[
                            "of", "in", "to", "from", "with", "into", "by", "for", "on", "at",
                            "about", "and", "or", "but", "nor", "the", "a", "an", "who", "which",
                            "that", "whose", "as", "than", "like", "itself", "down", "up", "off",
                            "out", "back", "away", "hard", "isolated", "alone", "behind", "aside",
                            "little", "much",
                        ])
                })
            };
            // (a subject opens its clause: first in it, after ", and", a bare "and" after a
            // clause, an opening phrase's comma or date, or "Russia's ally")
            let opens = |a: usize, after_list: bool| {
                a == clause.start
                    || items[a - 1].is_punct(',')
                        && (after_list || !(a >= 2 && is_state_item(&items[a - 2])))
                    || items[a - 1].is_any(&["and", "but"])
                        && !(a >= 2 && is_state_item(&items[a - 2]))
                    || find_date(items, clause.start, a, s.date_context(a, false))
                        .is_some_and(|(_, r)| r.end == a)
                    || a >= 2
                        && items[a - 2].text == "'s"
                        && items[a - 1].kind == super::tokens::Kind::Word
                        && items[a - 1].text.chars().all(|c| c.is_lowercase())
            };
            // The last state a verb follows, when it opens its clause, with its list ("Russia
            // watched as Ukraine responded by joining" is Ukraine's or nobody's, never Russia's)
            // ...
            let last = (clause.start..i - 1)
                .rev()
                .find(|&k| single_state_at(items, k).is_some() && verb_follows(k))?;
            let (states, range, k) = std::iter::once(last).find_map(|k| {
                // (a list only when nothing governs it: "Squeezed between Russia and China,
                // Kazakhstan hedged" is Kazakhstan's alone)
                match list_ending_at(s, k + 1, clause.start) {
                    Some((states, range))
                        if !governed(items, range.start, clause.start)
                            && opens(range.start, false) =>
                    {
                        Some((states, range, k))
                    }
                    Some((_, range)) if range.start < k && opens(k, true) => {
                        Some((vec![single_state_at(items, k)?], k..k + 1, k))
                    }
                    _ => None,
                }
            })?;
            let q = k + 1;
            // ... and nothing between it and "by" but its verb's words: no aside, no relative
            // clause, no gerund the "by" phrase belongs to ("accused Georgia of wrecking the CIS
            // by joining GUAM")
            // (nor an infinitive's frame or an obligation: "expects Armenia to respond by
            // joining", "should respond by quitting", "is unlikely to", "tried to")
            (!items[q..i - 1].iter().any(|w| {
                w.is_punct(',')
                    || w.is_dash()
                    || w.is_any(&[
                        "which", "who", "that", "whose", "to", "should", "must", "ought",
                        "unlikely", "stands",
                    ])
                    || w.text.len() > 4 && w.text.ends_with("ing")
            }))
            .then_some((states, range, q))
        };
        // (no other subject for it: the nearest state before "by" is more often an object)
        let subj = if by { by_gerund() } else { subj };
        if by && subj.is_none() {
            i = vend;
            continue;
        }
        let (states, subj_range, aux_start) = match subj {
            Some(x) => x,
            None => {
                // "... joined GUUAM in 1999 and left it in 2005": the subject is shared.
                // ("and at the same Kremlin ceremony acceded to the treaty": past the occasion)
                let occasion = occasion_before(items, i);
                let before: Vec<usize> = (0..i)
                    .rev()
                    .take_while(|&k| {
                        occasion.is_some_and(|o| k >= o)
                            || is_aux(&items[k])
                            || items[k].is_any(&["and", "but", "having", "helped", "help"])
                            // ("renewed the treaty, and so remain in it")
                            || items[k].is_any(&["so", "thus", "therefore"])
                                && k > 0
                                && items[k - 1].is("and")
                                && k + 1 == i
                            || items[k].is_punct(',')
                            // ("and in 2008 suspended its participation")
                            || super::dates::year_of(&items[k]).is_some()
                                && k > 0
                                && items[k - 1].is_any(&["in", "by"])
                    })
                    .collect();
                let shared = i > 0
                    && (before
                        .iter()
                        .any(|&k| items[k].is_any(&["and", "but", "having"]))
                        || before
                            .last()
                            .is_some_and(|&k| k > 0 && items[k - 1].is("but"))
                        // (after a comma, not past a leader's name of its own: "...;
                        // Moldova's president, Voronin, stayed in GUAM")
                        || (last_subject.is_some()
                            && before.iter().any(|&k| items[k].is_punct(','))
                            && !before.last().is_some_and(|&k| {
                                k > 0
                                    && matches!(
                                        items[k - 1].entity(),
                                        Some(Entity::Person(_) | Entity::Surname(_))
                                    )
                            })));
                // "It then looked elsewhere, joining GUUAM in 1999 and leaving it in 2005": a
                // participle after a comma shares the sentence's subject, when the claim ends
                // with its object or a date ("leaving GUUAM weakened" is something else).
                let participle = items[i].text.ends_with("ing")
                    && matches!(verb, Verb::Event(_))
                    && before.iter().any(|&k| items[k].is_punct(','))
                    && (items.get(oend).is_none_or(|w| {
                        w.is_punct(',') || w.is_punct('.') || w.is_punct(';') || w.is("and")
                    }) || find_date(
                        items,
                        oend,
                        (oend + 4).min(items.len()),
                        s.date_context(i, false),
                    )
                    .is_some_and(|(_, r)| r.start <= oend + 2));
                let shared = shared || participle;
                // "A, B and C all walked out in 1999; only the Uzbeks returned, rejoining
                // ...": a participle's subject is its own clause's, not the one before.
                // (the first state of the clause, not a later object: "later the Uzbeks came
                // back, rejoining ...", "Uzbekistan later courted Moscow, rejoining ...")
                let own = (participle && last_subject_at < clause.start)
                    .then(|| (clause.start..i).find_map(|k| single_state_at(items, k)))
                    .flatten()
                    .map(|st| vec![st]);
                // (the subject of the conjunct "and" closes: "When Georgia left the CIS, Ukraine
                // criticised the decision and stayed in the Commonwealth"; "Uzbekistan, which
                // quit the treaty in 1999 and returned to the CSTO in 2006")
                let conjunct = || {
                    let and = before
                        .iter()
                        .copied()
                        .find(|&k| items[k].is_any(&["and", "but"]))?;
                    conjunct_subject(s, and, clause.start)
                };
                let earlier = own
                    .or_else(conjunct)
                    .or_else(|| last_subject.clone())
                    .or_else(|| s.group.clone())
                    .or_else(|| main_subject(s))
                    .or_else(|| opening_subject(s, i).filter(|_| clause.start == 0))
                    // "Niyazov has skipped ... and has never joined": not a participle's
                    // ("Karimov has made a habit of entering ... and leaving them").
                    // (nor past a clause of its own or another actor: "Lukashenko hosted the
                    // summit, where Tashkent's delegates appeared and rejoined the CSTO")
                    .or_else(|| {
                        leaders_opening(s).filter(|_| {
                            !items[i].text.ends_with("ing")
                                && !items[..i].iter().any(|w| {
                                    w.is_any(&["where", "which", "who", "that", "when", "whose"])
                                        || is_state_item(w)
                                        || matches!(w.entity(), Some(Entity::Adjective(_)))
                                })
                        })
                    })
                    .or_else(|| opening_pronoun(s));
                // The words between the conjunction and the verb ("but was never expelled").
                let aux_from = before
                    .iter()
                    .copied()
                    .find(|&k| items[k].is_any(&["and", "but"]) || items[k].is_punct(','))
                    .map_or(i, |k| k + 1);
                match (&earlier, shared) {
                    (Some(st), true) => (st.clone(), i..i, aux_from),
                    _ => {
                        i = vend;
                        continue;
                    }
                }
            }
        };
        // "both remain, with Ukraine and Moldova, in GUAM": an aside inside the verb's phrase
        // that shares its claim.
        let mut states = states;
        if let Some(c1) = (i..vend).find(|&k| items[k].is_punct(','))
            && let Some(c2) = (c1 + 1..vend).find(|&k| items[k].is_punct(','))
            && let Some(more) = sharers(items, c1 + 1, c2)
        {
            states.extend(
                more.into_iter()
                    .filter(|st| !states.contains(st))
                    .collect::<Vec<_>>(),
            );
        }
        let aux = &items[aux_start..i];
        let (mut modality, mut negated) = modality(aux, &items[clause.clone()], i - clause.start);
        // "Uzbekistan has not, after all, left the CSTO": a negation before an aside the
        // verb's auxiliaries start after.
        if modality == Modality::Asserted && !subj_range.is_empty() && subj_range.end < aux_start {
            let mut aside = false;
            let denied = items[subj_range.end..aux_start].iter().any(|w| {
                if w.is_punct(',') || w.is_dash() {
                    aside = !aside;
                    return false;
                }
                !aside && w.is_any(&["not", "never", "n't"])
            });
            if denied {
                modality = Modality::Negated;
                negated = true;
            }
        }
        // "remains, on paper, in the CIS": an aside inside the verb's phrase hedges it.
        // (a short aside that is the hedge: not "remains, whatever its critics may have hoped,")
        if modality == Modality::Asserted
            && items[i..vend].iter().any(|w| w.is_punct(','))
            && vend - i <= 8
            && super::modality::has_hedge(&items[i..vend])
        {
            modality = Modality::Hedged;
        }
        // "Neither Russia nor Belarus belongs to ...", "None of them has quit ..." (but not a
        // relative clause's verb: "Neither Georgia nor Azerbaijan, which left the treaty in
        // 1999, signed", "Neither A nor B – both of which stayed out of it – has commented").
        // ("None of the three states that quit the treaty in 1999—A, B, C—is a member": the
        // relative clause's verb right after its pronoun)
        let relative = (subj_range.end..i).any(|k| {
            items[k].is_any(&["which", "who"])
                && !items[k..i].iter().any(|w| w.is_punct(',') || w.is_dash())
        }) || i > 0 && items[i - 1].is_any(&["that", "which", "who"]);
        // "belongs to neither NATO nor the CSTO", "is in neither", "joined neither the CSTO nor
        // GUAM": the objects are denied.
        let denied_object = items[vend.min(oend)..oend].iter().any(|w| w.is("neither"));
        // "Nor is it inside the customs union", "Neither was Moldova in the treaty": a denial
        // inverted before the subject.
        let inverted = subj_range.start >= 2
            && subj_range.start < i
            && items[subj_range.start - 1].is_any(COPULAS)
            && items[subj_range.start - 2].is_any(&["nor", "neither"])
            && (subj_range.start - 2 == clause.start
                || items[subj_range.start - 3].is_punct(',')
                || items[subj_range.start - 3].is_punct(';')
                || items[subj_range.start - 3].is("and"));
        // ("Belarus is in the CSTO, but Ukraine is not. Nor is it inside the customs union": an
        // "it" only after a sentence whose clauses open with one state)
        // (nor a cleft: "Nor is it in EurAsEC that the decisions are taken", a name before
        // "that"; "inside the customs union that Russia launched" is a relative clause)
        if inverted && items[subj_range.start].is("it") && {
            let cleft = oend > 0
                && items[oend.min(items.len())..(oend + 2).min(items.len())]
                    .iter()
                    .any(|w| w.is("that"))
                && items[oend - 1].text.chars().any(|c| c.is_uppercase());
            let mut opened = s.discourse.clause_subjects.iter();
            let unsure = match opened.next() {
                Some(&n) => opened.any(|&o| o != n) || states != [n],
                None => false,
            };
            cleft || unsure
        } {
            i = vend;
            continue;
        }
        if (denied_subject(items, &subj_range) || inverted) && !relative
            || denied_relative(items, subj_range.end, i)
            || denied_object
        {
            // "Neither is likely to apply for NATO membership": no plan, and no claim either.
            if matches!(verb, Verb::Plan(_)) || modality == Modality::Planned {
                i = vend;
                continue;
            }
            negated = true;
            // (a denial outweighs a hedge, as "reportedly does not belong" does: "According to
            // Moscow, A and B, none of which belongs to the CSTO, ...")
            if matches!(modality, Modality::Asserted | Modality::Hedged) {
                modality = Modality::Negated;
            }
        }
        // "diplomats expect Uzbekistan to join": someone else's expectation is a plan.
        if (subj_range.start > 0
            && items[subj_range.start - 1].is_any(&[
                "expect",
                "expects",
                "expected",
                "want",
                "wants",
                "wanted",
                "urged",
                "urge",
                "urges",
                "invited",
                "invite",
                "invites",
                "asked",
                "asks",
                "pressing",
                "pressed",
                "encouraged",
                "encourage",
                "persuade",
                "allow",
                "allowed",
                "let",
            ])
            // ("a declaration calling on Uzbekistan to leave GUUAM", "called on them to join")
            || subj_range.start >= 2
                && items[subj_range.start - 1].is("on")
                && items[subj_range.start - 2].is_any(&[
                    "calling", "called", "calls", "call", "prevailed", "pressure",
                ]))
            && aux.iter().any(|w| w.is("to"))
        {
            modality = Modality::Planned;
        }
        // "Uzbekistan denied that it had left EurAsEC": a reported claim denied.
        // ("denied it had left", "denied reports that it had quit", "denied on Monday that")
        let denial = (subj_range.start.saturating_sub(6)..subj_range.start)
            .rev()
            .take_while(|&k| {
                items[k].is_any(&[
                    "that",
                    "reports",
                    "claims",
                    "rumours",
                    "rumors",
                    "suggestions",
                    "on",
                    "last",
                    "week",
                    "yesterday",
                    "today",
                    "again",
                    "flatly",
                    "firmly",
                    "strongly",
                    "denied",
                    "denies",
                    "deny",
                    "denying",
                ]) || super::dates::weekday_of(&items[k]).is_some()
            })
            .find(|&k| items[k].is_any(&["denied", "denies", "deny", "denying"]));
        if modality == Modality::Asserted
            && let Some(d) = denial
            // (not a denial denied or weakened: "never denied that", "No diplomat in Kyiv
            // denies", "Few deny", "could hardly deny", "has stopped denying", "would neither
            // confirm nor deny")
            && !items[d.saturating_sub(6)..d].iter().any(|w| {
                w.is_any(&[
                    "not", "never", "n't", "no", "nobody", "few", "hardly", "cannot", "hard",
                    "stopped", "bother", "longer", "confirm", "scarcely",
                ])
            })
        {
            modality = Modality::Negated;
        }
        if let Verb::Plan(_) = verb {
            modality = Modality::Planned;
        }
        let event = match verb {
            // "... is not a member": a status verb with a negation is the opposite status.
            Verb::Status(Event::Member) if negated && modality == Modality::Negated => {
                modality = Modality::Asserted;
                Event::NotMember
            }
            Verb::Event(e) | Verb::Status(e) | Verb::Plan(e) => e,
            Verb::NotRenewed => {
                if modality == Modality::Negated {
                    modality = if negated {
                        Modality::Asserted
                    } else {
                        modality
                    };
                }
                Event::Withdrew
            }
        };
        if matches!(verb, Verb::NotRenewed) && modality == Modality::Negated {
            modality = Modality::Asserted;
        }
        // "will not join NATO", "has no plans to leave", "will not let its membership lapse": a
        // plan denied is the event denied from now on (but "will not renew" is a withdrawal).
        // (not "would not have joined ... without", "will not leave GUUAM until 2000")
        let denied_plan = negated
            && modality == Modality::Planned
            && matches!(verb, Verb::Event(_) | Verb::Plan(_))
            && !aux.iter().any(|w| w.is("have"))
            // (its own words: not another conjunct's, "..., and Ukraine cannot leave the CIS
            // without a referendum")
            && !items[clause.start..next_verb.max(i).min(clause.end)]
                .iter()
                .any(|w| w.is_any(&["until", "till", "unless", "without"]));
        if denied_plan {
            modality = Modality::Negated;
        }
        // "Georgia formally leaves the Commonwealth in August": a present tense dated still to
        // come tells a timetable, a plan.
        if modality == Modality::Asserted
            && matches!(verb, Verb::Event(_))
            && items[i].is_any(&[
                "leaves",
                "joins",
                "quits",
                "rejoins",
                "withdraws",
                "exits",
                "signs",
                "enters",
                "suspends",
            ])
            && !aux
                .iter()
                .any(|w| w.is_any(COPULAS) || w.is_any(&["has", "have", "had"]))
            && let Some(today) = s.article
            && find_date(
                items,
                oend,
                (oend + 8).min(next_verb).min(clause.end),
                s.date_context(i, true),
            )
            .is_some_and(|(w, r)| {
                // (a date without its year is read forward, so only a near one counts:
                // "leaves on 18 August" told in September is last month's)
                let has_year = items[r].iter().any(|w| year_of(w).is_some());
                w.from
                    .is_some_and(|f| f > today && (has_year || f <= today.add_days(270)))
            })
        {
            modality = Modality::Planned;
        }
        // "Georgia is leaving the Commonwealth", "announced that the country was quitting the
        // grouping": a departure in progress, undated, is still to be done. (A past one only in
        // reported speech; none in a clause of time or a relative clause: "As Georgia was
        // leaving the Commonwealth, Russia ...", "Uzbekistan, which was leaving GUUAM, ...")
        let in_progress = || {
            let be = (0..i).rev().find(|&k| {
                !(super::modality::manner_adverb(&items[k])
                    || items[k].is_any(&["now", "also", "still", "formally", "officially"]))
            });
            be.is_some_and(|b| {
                // (the last verb of reporting before it: the progressive is in its clause)
                let report = (0..b).rev().find(|&k| {
                    items[k].is_any(&[
                        "said",
                        "announced",
                        "declared",
                        "told",
                        "confirmed",
                        "insisted",
                        "stated",
                        "says",
                        "insists",
                        "warned",
                        "warns",
                    ])
                });
                // (any clause for "is leaving": "Georgia, which is leaving the CIS", "because
                // Georgia is leaving"; a past one not in a clause of time or a relative clause
                // between the report and it: "two days after Saakashvili told a rally that the
                // country was quitting" is reported)
                items[b].is_any(&["is", "are"])
                    || items[b].is_any(&["was", "were"])
                        && report.is_some_and(|r| {
                            !items[clause.start.max(r)..b].iter().any(|w| {
                                w.is_any(&[
                                    "as", "when", "while", "which", "who", "if", "because",
                                    "since", "after", "before", "until",
                                ])
                            })
                        })
            })
        };
        if modality == Modality::Asserted
            && event == Event::Withdrew
            && matches!(verb, Verb::Event(_))
            && items[i].text.ends_with("ing")
            && in_progress()
            && find_date(items, oend, next_verb.min(clause.end), s.date_context(i, true))
                .is_none()
            // ("In a letter sent in early May, Tashkent said Uzbekistan was pulling out": done
            // when it was told)
            && find_date(items, 0, i, s.date_context(i, false)).is_none()
        {
            modality = Modality::Planned;
        }
        // ("Estonia and Latvia join the EU on May 1" in April: an event told in the present
        // with a day or a month and no year is the next one; the push makes it a plan)
        let present = matches!(verb, Verb::Event(_))
            && items[i].is_any(super::PRESENT_EVENT_VERBS)
            && !i
                .checked_sub(1)
                .is_some_and(|b| items[b].is_any(&["to", "did", "does", "do", "n't", "not"]))
            // (not a perfect: "has become", "had already become")
            && !items[i.saturating_sub(3)..i]
                .iter()
                .any(|w| w.is_any(&["has", "have", "had", "having", "'s", "'ve", "'d"]))
            // (only a day soon to come: "formally leaves the Commonwealth on 18 August" a month
            // after it tells of that day)
            && s.article.is_some_and(|today| {
                find_date(items, oend, next_verb.min(clause.end), s.date_context(i, true))
                    .and_then(|(w, _)| w.from)
                    .is_some_and(|from| from > today && from.0 - today.0 <= 62)
            });
        let ctx = s.date_context(i, modality == Modality::Planned || present);
        // "which sit in the community as observers"
        let event = match (
            verb,
            items.get(oend),
            items.get(oend + 1),
            items.get(oend + 2),
        ) {
            // "was admitted as an observer": the status gained, at the admission's date.
            (Verb::Status(Event::Member) | Verb::Event(Event::Joined), Some(a), Some(b), c)
                if a.is("as") =>
            {
                let noun = if b.is_any(&["an", "a"]) { c } else { Some(b) };
                // (not "joined the CSTO as observers had expected": the noun ends a phrase)
                let after = oend + if b.is_any(&["an", "a"]) { 3 } else { 2 };
                let ends = matches!(verb, Verb::Status(_))
                    || items.get(after).is_none_or(|w| {
                        w.kind != super::tokens::Kind::Word
                            || w.is_any(DATE_PREPOSITIONS)
                            || w.is_any(&["of", "to", "at", "and", "since", "until"])
                    });
                match noun {
                    Some(n) if ends && n.is_any(&["observer", "observers"]) => Event::Observer,
                    Some(n) if ends && n.is_any(&["associate", "associates"]) => Event::Associate,
                    _ => event,
                }
            }
            // "was admitted as an SCO observer": the organisation inside the "as" phrase.
            (Verb::Status(Event::Member) | Verb::Event(Event::Joined), Some(n), after, _)
                if modality == Modality::Asserted
                    && n.is_any(&["observer", "observers"])
                    && oend >= 3
                    && (oend - 3..oend - 1)
                        .any(|k| items[k].is("as") && items[k + 1].is_any(&["an", "a"]))
                    && after.is_none_or(|w| {
                        w.kind != super::tokens::Kind::Word
                            || w.is_any(DATE_PREPOSITIONS)
                            || w.is_any(&["and", "since", "until"])
                    }) =>
            {
                Event::Observer
            }
            _ => event,
        };
        let when = if let Verb::Status(_) = verb {
            // "belonged to" is a past status, "has never belonged to" one up to now.
            // So is "chose to stay in" ("in 1999 chose to stay in the treaty").
            let past = (items[i]
                .is_any(&["belonged", "sat", "stood", "remained", "was", "were", "had", "took"])
                // "was never part of", "were no longer in"
                || aux
                    .iter()
                    .rev()
                    .take_while(|w| is_aux(w))
                    .any(|w| w.is_any(&["was", "were"]))
                || aux
                    .iter()
                    .any(|w| w.is_any(&["chose", "decided", "opted", "preferred", "elected"]))
                // ("stayed in the treaty in 1999", not "stayed out" told of now, nor "after
                // 1999"; "stayed out of the CIS until 1993": over by then)
                || items[i].is_any(&["stayed", "remained", "kept"])
                    && find_date(items, oend, next_verb, s.date_context(oend, false))
                        .filter(|(_, r)| r.start <= oend + 1)
                        .is_some_and(|(_, r)| {
                            let bound = |q: usize| items[q].is_any(BOUNDS);
                            let until = |q: usize| items[q].is_any(&["until", "till"]);
                            let before = r.start.checked_sub(1);
                            if until(r.start) || before.is_some_and(until) {
                                items[i].is_any(&["stayed", "kept"])
                            } else {
                                items[i].is_any(&["stayed", "remained"])
                                    && !bound(r.start)
                                    && !before.is_some_and(bound)
                            }
                        })
                // ("In Moscow on 2 April, six states stayed in the treaty": a date opening the
                // clause, not a bound "Since 1999 it has stayed" nor a likeness "As in 2002")
                || items[i].is("stayed")
                    && find_date(items, clause.start, i, s.date_context(clause.start, false))
                        .is_some_and(|(_, r)| {
                            r.start <= clause.start + 4
                                && !items[clause.start..r.start]
                                    .iter()
                                    .any(|w| w.is_any(&["as", "like"]))
                                && !items[r.start].is_any(BOUNDS)
                                && !r.start.checked_sub(1).is_some_and(|b| items[b].is_any(BOUNDS))
                        }))
                && !aux.iter().any(|w| w.is_any(&["has", "have"]));
            // ("stayed in the treaty, their presidents signing a protocol on 2 April": the
            // participle's event dates the stay)
            let participle = || {
                let stayed = items[i].is_any(&["stayed", "remained"])
                    && !aux.iter().any(|w| w.is_any(&["has", "have"]))
                    && items.get(oend).is_some_and(|w| w.is_punct(','))
                    // (the act of staying: not "its president travelling to Moscow on 2 April")
                    && (oend + 1..(oend + 4).min(clause.end)).any(|q| {
                        items[q].is_any(&[
                            "signing",
                            "renewing",
                            "prolonging",
                            "extending",
                            "ratifying",
                            "endorsing",
                        ])
                    });
                stayed
                    .then(|| find_date(items, oend, clause.end, s.date_context(oend, false)))
                    .flatten()
                    .map(|(w, _)| w)
            };
            // ("stayed in the treaty when it came up for renewal in 1999": the time the "when"
            // clause right after the object gives)
            // (a staying told in the simple past: not "has stayed")
            let stayed = items[i].is_any(&["stayed", "remained"])
                && !aux.iter().any(|w| w.is_any(&["has", "have", "had"]));
            let when_clause = || {
                if !(stayed && items.get(oend).is_some_and(|w| w.is("when"))) {
                    return None;
                }
                let close = (oend + 1..items.len())
                    .find(|&q| {
                        items[q].is_punct(',') || items[q].is_dash() || items[q].is_punct(';')
                    })
                    .unwrap_or(items.len());
                find_date(items, oend + 1, close, s.date_context(oend, false)).map(|(w, _)| w)
            };
            // ("When it came up for renewal in 1999, A, B and C stayed in": the date of a
            // "when" clause opening the sentence)
            let fronted_when = || {
                if !stayed {
                    return None;
                }
                let open = usize::from(items.first().is_some_and(|w| w.is_any(&["and", "but"])));
                if !items.get(open).is_some_and(|w| w.is("when")) {
                    return None;
                }
                let close = (open + 1..i).find(|&q| items[q].is_punct(','))?;
                find_date(items, open + 1, close, s.date_context(open, false)).map(|(w, _)| w)
            };
            // ("has belonged since 1996 to the customs union": the period before the object)
            let since_first = || {
                items
                    .get(i + 1)
                    .is_some_and(|w| w.is("since"))
                    .then(|| status_time(s, clause.clone(), i + 1, past))
                    .flatten()
            };
            participle()
                .or_else(when_clause)
                .or_else(fronted_when)
                .or_else(since_first)
                .or_else(|| status_time(s, clause.clone(), oend, past))
        } else {
            // "... when the organisation was created in 2002": look past a "when" clause.
            // ... only when the "when" follows the object directly.
            let date_end = if items[oend.min(next_verb)..(oend + 2).min(next_verb)]
                .iter()
                .any(|it| it.is_any(&["when", "as"]))
            {
                clause.end
            } else {
                next_verb
            };
            // ", and in November it signed ...": a date after a comma and a conjunction
            // belongs to the next clause; so does one opening the next conjunct ("rejoined the
            // CSTO on Wednesday and on Thursday hosted Putin").
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is_punct(',')
                        && items
                            .get(k + 1)
                            .is_some_and(|w| w.is_any(&["and", "but", "while", "whereas"]))
                        || items[k].is_any(&["and", "but"])
                            && items.get(k + 1).is_some_and(|w| {
                                w.is_any(&["on", "in", "last", "this", "by", "during"])
                            })
                            && find_date(items, k + 1, (k + 5).min(date_end), ctx)
                                .is_some_and(|(_, r)| r.start <= k + 2)
                })
                .unwrap_or(date_end);
            // (not from ", a step Ukraine took last year" after the object)
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is_punct(',')
                        && items
                            .get(k + 2)
                            .is_some_and(|w| w.is_any(&["step", "move"]))
                })
                .unwrap_or(date_end);
            // (nor from a point it is measured from: "joined NATO, sixty years after the British
            // guarantee of 1939", "left the Commonwealth, twelve months after its parliament
            // voted for the exit in the days after the August war")
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is_punct(',')
                        && (k + 1..(k + 5).min(date_end))
                            .find(|&j| items[j].is_any(&["after", "before"]))
                            .is_some_and(|a| {
                                let closes = phrase_end(items, a + 1, date_end);
                                find_date(items, a + 1, closes, ctx).is_some()
                            })
                })
                .unwrap_or(date_end);
            // (nor from a description set off by a dash: "founded EurAsEC—an organisation meant
            // to rescue a customs union that has existed on paper since 1995"; one closed by a
            // second dash goes on after it: "set up GUAM — the name is their initials — last
            // Friday")
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is_dash()
                        && items.get(k + 1).is_some_and(|w| {
                            w.is_any(&["a", "an", "the", "which", "whose", "one", "its", "their"])
                        })
                        && !items[k + 1..date_end].iter().any(|w| w.is_dash())
                })
                .unwrap_or(date_end);
            // (nor from a relative clause on a description of the object: "joining the GUAM
            // forum, the loose grouping that A and B put together in October 1997", "joined
            // the CIS, a body Shevardnadze spent last year denouncing")
            // (only a clause with a date of its own: "joined GUUAM, the grouping that Kyiv
            // championed, in April 1999" is dated after it)
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is_punct(',')
                        && items
                            .get(k + 1)
                            .is_some_and(|w| w.is_any(&["the", "a", "an"]))
                        && (k + 2..(k + 7).min(date_end)).any(|j| {
                            items[j].is_any(&["that", "which", "who", "whose"])
                                || items[j].is_any(super::grammar::ORG_ANAPHORS)
                                    && items.get(j + 1).is_some_and(|w| {
                                        is_state_item(w)
                                            || w.is_any(&["it", "they"])
                                            // (a person's, running to the clause's end:
                                            // not "..., a body X denounced, on 9 December
                                            // 1993", dated after it)
                                            || matches!(
                                                w.entity(),
                                                Some(Entity::Person(_) | Entity::Surname(_))
                                            ) && !items[k + 1..date_end]
                                                .iter()
                                                .any(|w| w.is_punct(','))
                                    })
                        })
                        && {
                            let closes = phrase_end(items, k + 1, date_end);
                            find_date(items, k + 1, closes, ctx).is_some()
                        }
                })
                .unwrap_or(date_end);
            // (nor from a relative clause on the object with a date of its own: "In January
            // they joined EurAsEC, which last autumn absorbed CACO")
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is_punct(',')
                        && items
                            .get(k + 1)
                            .is_some_and(|w| w.is_any(&["which", "whose"]))
                        && {
                            let closes = phrase_end(items, k + 2, date_end);
                            // (but "did not renew their membership, which lapsed on 20 April"
                            // is dated by the lapse)
                            find_date(items, k + 2, closes, ctx).is_some()
                                && !items[k + 2..closes].iter().any(|w| {
                                    w.is_any(&[
                                        "lapsed", "expired", "ended", "lapses", "expires", "ends",
                                        "lapse", "expire", "ran", "runs", "elapsed",
                                    ])
                                })
                        }
                })
                .unwrap_or(date_end);
            // (nor from a clause on a place with a date of its own, unless it tells the meeting
            // the verb's act took place at: "in Moscow, where they met on 14 May" dates the
            // signing; "at the palace where Stalin met Churchill in 1945", "where they had met in
            // 2001", "where a bomb exploded on Saturday" do not)
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is("where")
                        && k > oend
                        && find_date(items, k + 1, date_end, ctx).is_some_and(|(w, r)| {
                            let words = &items[k + 1..r.start];
                            let meeting = words
                                .iter()
                                .any(|w| w.is_any(&["met", "gathered", "convened", "assembled"]))
                                && !words.iter().any(|w| w.is("had"));
                            let recent = match (w.to, s.article) {
                                (Some(to), Some(day)) => to.0 >= day.0 - 3 * 366,
                                _ => true,
                            };
                            !(meeting && recent)
                        })
                })
                .unwrap_or(date_end);
            // (nor from a relative clause inside an apposition to the object: "signed the treaty
            // establishing EurAsEC, a body meant to give a customs union that has existed, on
            // paper, since 1995 a legal personality")
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is_punct(',')
                        && items.get(k + 1).is_some_and(|w| w.is_any(&["a", "an"]))
                        && find_date(items, k + 2, date_end, ctx).is_some_and(|(_, r)| {
                            items[k + 2..r.start]
                                .iter()
                                .any(|w| w.is_any(&["that", "which", "who", "whose"]))
                        })
                })
                .unwrap_or(date_end);
            // (nor from a year naming an organisation in a description of the object:
            // "creating the CSTO, a successor to the 1992 Tashkent Treaty")
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is_punct(',')
                        && items.get(k + 1).is_some_and(|w| w.is_any(&["a", "an"]))
                        && (k + 2..date_end)
                            .take_while(|&j| !items[j].is_punct(','))
                            .any(|j| year_naming_org(items, j))
                })
                .unwrap_or(date_end);
            // (nor from a "since" in a phrase after a comma: "has suspended its membership, ...,
            // in its second break with the alliance since 1999")
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is_punct(',')
                        && find_date(items, k + 1, date_end, ctx).is_some_and(|(_, r)| {
                            r.start > 0 && items[r.start - 1].is("since") && r.start > k + 2
                        })
                })
                .unwrap_or(date_end);
            // (nor from a starting point after "since": "the first state to leave the
            // Commonwealth since its foundation in 1991")
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is("since")
                        && items
                            .get(k + 1)
                            .is_some_and(|w| w.is_any(&["its", "their", "the"]))
                })
                .unwrap_or(date_end);
            let date_end =
                relative_clause_end(items, lower.max(i.saturating_sub(4))..i, oend, date_end);
            // (nor from a participle's clause: ", citing the neutrality recognised in 1995",
            // ", ending a membership that began in 1999")
            let date_end = (oend..date_end)
                .find(|&k| items[k].is_punct(',') && items.get(k + 1).is_some_and(participial))
                .unwrap_or(date_end);
            // (nor from a relative clause inside a participle's phrase on the act itself:
            // ", completing a turn that began after last year's violence"; the act's own date
            // stays, ", completing its exit on 18 August")
            let date_end = (oend..date_end)
                .find(|&k| {
                    items[k].is_any(&["that", "which", "who"])
                        // (not a determiner: "a note to that effect in June")
                        && !items.get(k + 1).is_some_and(|w| {
                            w.is_any(&["effect", "end", "day", "week", "month", "year"])
                        })
                        && (oend..k).any(|c| {
                            items[c].is_punct(',')
                                && items.get(c + 1).is_some_and(|w| {
                                    w.kind == super::tokens::Kind::Word
                                        && w.text.len() > 5
                                        && w.text.ends_with("ing")
                                })
                        })
                })
                .unwrap_or(date_end);
            // (nor from a gapped clause after it: "Kazakhstan joined them within weeks,
            // Kyrgyzstan in 1996")
            let date_end = (oend..date_end)
                .find(|&k| {
                    let st = k + 1 + usize::from(items.get(k + 1).is_some_and(|w| w.is("and")));
                    items[k].is_punct(',')
                        && items.get(st).is_some_and(is_state_item)
                        && find_date(items, st + 1, (st + 5).min(date_end), ctx)
                            .is_some_and(|(_, r)| r.start <= st + 2)
                })
                .unwrap_or(date_end);
            // (nor from a relative clause set off after the object, which has a verb of its own:
            // "signed the charter of the CSTO, which will come into force next year"; nor from a
            // possessive description: "rejoined the CSTO, Moscow's answer to NATO since 2002")
            // (one closed by a comma leaves the date after it: "joined GUUAM, which Kyiv
            // championed, in April 1999")
            // (only one whose time is plainly its own: still to come, or a span "since")
            let set_off = (oend..date_end).find(|&k| {
                items[k].is_punct(',')
                    && (items
                        .get(k + 1)
                        .is_some_and(|w| w.is_any(&["which", "who", "whose", "where"]))
                        || items.get(k + 1).is_some_and(is_state_item)
                            && items.get(k + 2).is_some_and(|w| w.text == "'s"))
                    && items[k + 1..date_end]
                        .iter()
                        .take_while(|w| !w.is_punct(','))
                        .any(|w| w.is_any(&["will", "would", "since", "next", "until", "shall"]))
            });
            let after = match set_off {
                Some(k) => find_date(items, oend, k, ctx).or_else(|| {
                    let close = (k + 1..date_end).find(|&c| items[c].is_punct(','))?;
                    find_date(items, close + 1, date_end, ctx)
                }),
                None => find_date(items, oend, date_end, ctx),
            };
            // "in December 1993, when Tbilisi joined the Commonwealth": the date the "when"
            // clause hangs on.
            let when_clause = || {
                let w = subj_range
                    .start
                    .checked_sub(1)
                    .filter(|&w| items[w].is("when"))?;
                let comma = w.checked_sub(1).filter(|&c| items[c].is_punct(','))?;
                (comma.saturating_sub(6).max(lower)..comma).find_map(|st| {
                    find_date(items, st, comma, ctx)
                        .filter(|(_, r)| r.start == st && r.end == comma)
                })
            };
            // ("acceded on Thursday to the treaty, completing a turn begun in September": the
            // date between the verb and the preposition of its object)
            let between = date_before_object(items, vend, oend, ctx);
            let after = between.or(after).or_else(when_clause);
            // "Georgia did not join the Commonwealth until December 1993": it joined then.
            // (only "not": "never joined until" is no idiom)
            if modality == Modality::Negated
                && !denied_plan
                && after.as_ref().is_some_and(|(_, r)| {
                    r.start > 0 && items[r.start - 1].is_any(&["until", "till"])
                })
                && aux.iter().any(|w| w.is_any(&["not", "n't"]))
                && !aux
                    .iter()
                    .any(|w| w.is_any(&["never", "no", "nor", "neither"]))
            {
                modality = Modality::Asserted;
            }
            if matches!(modality, Modality::Planned | Modality::Negated) {
                // A date before a plan is when it was announced, not when it happens; one
                // before "never joined" or "has not joined" is of something else ("which left
                // the treaty in 1999, has not joined its successor").
                // "on 1 May Estonia and Latvia will join the Union": a date opening the clause
                // is the plan's own when it is still to come.
                let fronted = || {
                    let today = s.article?;
                    let end = if subj_range.start > 0 && items[subj_range.start - 1].is_punct(',') {
                        subj_range.start - 1
                    } else {
                        subj_range.start
                    };
                    let (w, r) = (end.saturating_sub(6).max(clause.start)..end).find_map(|st| {
                        find_date(items, st, end, ctx).filter(|(_, r)| r.end == end)
                    })?;
                    let mut b = r.start;
                    while b > clause.start && items[b - 1].is_any(&["on", "in", "by", "from"]) {
                        b -= 1;
                    }
                    let opens = b == clause.start
                        || items[b - 1].is_any(&["and", "but", "then", "that"])
                        || items[b - 1].is_punct(',')
                        || items[b - 1].is_punct(';');
                    (modality == Modality::Planned && opens && w.from.is_some_and(|f| f > today))
                        .then_some(w)
                };
                // (a plan denied is undated from now on, like the plan)
                after.map(|(w, _)| w).or_else(fronted).or_else(|| {
                    s.undated(if denied_plan {
                        Modality::Planned
                    } else {
                        modality
                    })
                })
            } else {
                // A date opening the clause ("Last year Uzbekistan quit GUUAM") frames it.
                // "... that Kyrgyzstan and Tajikistan later joined": after some date, not at it.
                // ("met in Moscow in 2007 and eventually joined", "soon rejoined")
                // ("and Belarus signed it later": after the object too)
                let later = |w: &Item<'_>| {
                    w.is_any(&[
                        "later",
                        "subsequently",
                        "afterwards",
                        "since",
                        "eventually",
                        "soon",
                    ])
                };
                if after.is_none()
                    && (aux.iter().any(later)
                        || items.get(oend).is_some_and(|w| later(w) && !w.is("since"))
                            // (a bare one, not "later that month", "later in 1995")
                            && items.get(oend + 1).is_none_or(|w| {
                                w.kind != super::tokens::Kind::Word || w.is_any(&["and", "but"])
                            }))
                {
                    s.undated(modality)
                } else {
                    // ", and in January Uzbekistan joined ...": from the last ", and" before
                    // the subject.
                    let local = (clause.start.max(lower)..subj_range.start)
                        .rev()
                        .find(|&k| {
                            // ("—and in 1993 A, B and C joined it" after an aside's dash)
                            k > 0
                                && (items[k - 1].is_punct(',') || items[k - 1].is_dash())
                                && items[k].is_any(&["and", "but", "while", "whereas"])
                        })
                        .map_or(clause.start, |k| k + 1);
                    // (past a place and the leaders acting for the states: "last Friday in
                    // Shanghai the leaders of A, B and C founded ...")
                    let bridged = |from: usize| {
                        let gap = &items[from..subj_range.start];
                        gap.len() <= 10
                            && gap.iter().all(|w| {
                                w.is_any(&[
                                    "in",
                                    "at",
                                    "the",
                                    "leaders",
                                    "presidents",
                                    "heads",
                                    "of",
                                    "state",
                                ]) || w.is_punct(',')
                                    || matches!(w.entity(), Some(Entity::Capital(_)))
                                    || w.kind == super::tokens::Kind::Word
                                        && w.text.starts_with(char::is_uppercase)
                                        && w.entity().is_none()
                            })
                            && gap
                                .iter()
                                .any(|w| w.is_any(&["leaders", "presidents", "heads"]))
                    };
                    let opening =
                        find_date(items, local, subj_range.start, ctx).filter(|(_, r)| {
                            !subj_range.is_empty()
                                && subj_range.start > local
                                && (subj_range.start - r.end <= 1 || bridged(r.end))
                                // (from the word before: "Although" breaks the clause)
                                && !subordinate_before(
                                    items,
                                    local.saturating_sub(1),
                                    subj_range.start,
                                )
                        });
                    // ("Last Friday, while most of us were ..., the leaders of A, B and C
                    // gathered and signed": a date opening the sentence, cut from the main
                    // clause by a subordinate one set off after its comma)
                    let opening = opening.or_else(|| {
                        let (w, r) = find_date(items, 0, 4.min(items.len()), ctx)?;
                        (r.start <= 1
                            && items.get(r.end).is_some_and(|w| w.is_punct(','))
                            && items.get(r.end + 1).is_some_and(|w| {
                                w.is_any(&["while", "as", "when", "although", "though"])
                            })
                            && clause.start >= r.end + 2
                            && (r.end + 2..i).any(|q| items[q].is_punct(',')))
                        .then_some((w, r))
                    });
                    // "signed a treaty in Astana on October 10 establishing ...": a date between
                    // the verb and a far object.
                    let between = || {
                        let stop = (vend..oend)
                            .find(|&k| {
                                items[k].is_any(&[
                                    "that",
                                    "which",
                                    "who",
                                    "establishing",
                                    "creating",
                                    "founding",
                                    "setting",
                                    "turning",
                                    "into",
                                ])
                            })
                            .unwrap_or(oend);
                        (oend > vend + 4)
                            .then(|| find_date(items, vend, stop, ctx))
                            .flatten()
                    };
                    // "Tashkent, in early April, declined to ...": a date in an aside between
                    // the subject and its verb.
                    let aside = || {
                        let a = subj_range.end;
                        (!subj_range.is_empty()
                            && a < i
                            && items.get(a).is_some_and(|w| w.is_punct(','))
                            && items[a + 1..i].iter().any(|w| w.is_punct(','))
                            // (not an apposition's: "Uzbekistan, a founding signatory of the
                            // treaty in 1992, had walked out of it")
                            && !items.get(a + 1).is_some_and(|w| {
                                w.is_any(&["a", "an", "the", "one", "its", "their", "whose"])
                            }))
                        .then(|| find_date(items, a + 1, i, ctx))
                        .flatten()
                        // (a relative clause's date is its own verb's)
                        .filter(|(_, r)| !in_relative_clause(items, a, r.start))
                    };
                    // "Last month Uzbekistan suspended ..., informing the secretariat that it
                    // disagreed with plans for after 2014": the opening date over one past a
                    // comma after the object.
                    let after = match (&after, &opening) {
                        (Some((_, r)), Some(_))
                            if (oend.min(r.start)..r.start).any(|k| {
                                items[k].is_punct(',')
                                    && items.get(k + 1).is_some_and(|w| {
                                        w.text.ends_with("ing") && w.text.len() > 5
                                    })
                            }) =>
                        {
                            None
                        }
                        _ => after,
                    };
                    // "... on Friday and at the same ceremony acceded to the treaty": the date
                    // of the claim before it in the sentence.
                    let same_occasion = || {
                        let o = occasion_before(items, aux_start)
                            .or_else(|| occasion_before(items, i))?;
                        if !items.get(o + 2).is_some_and(|w| w.is("same")) {
                            return None;
                        }
                        let k = s.last_fact_before(o, |f| f.when.is_some())?;
                        s.facts[k].when.map(|w| (w, o..o))
                    };
                    // ("Uzbekistan was admitted at the same ceremony", "left the treaty on the
                    // same date": that of the event told before, in this sentence or the one
                    // before)
                    let same_occasion_after = || {
                        let p = (vend..(oend + 2).min(clause.end)).find(|&p| {
                            items.get(p + 1).is_some_and(|w| w.is("the"))
                                && items.get(p + 2).is_some_and(|w| w.is("same"))
                                && items.get(p + 3).is_some_and(|w| {
                                    items[p].is_any(&["at", "during"]) && w.is_any(OCCASIONS)
                                        || items[p].is("on") && w.is_any(&["day", "date"])
                                })
                        })?;
                        let when = match s.last_fact_before(p, |f| f.when.is_some()) {
                            Some(k) => s.facts[k].when,
                            None => s.discourse.last_event.and_then(|t| t.when),
                        }?;
                        Some((when, p..p))
                    };
                    // ("declined on Friday to renew": a date inside the verb's phrase)
                    let inside =
                        || find_date(items, i + 1, vend, ctx).filter(|(_, r)| r.end < vend);
                    inside()
                        .or(after)
                        .or(opening)
                        .or_else(same_occasion)
                        .or_else(same_occasion_after)
                        .or_else(between)
                        .or_else(aside)
                        // (not a relative clause's between the subject and the verb:
                        // "Uzbekistan, which joined GUUAM in April 1999, has suspended ...")
                        .or_else(|| {
                            find_date(items, aux_start, i, ctx)
                                .filter(|(_, r)| !in_relative_clause(items, aux_start, r.start))
                        })
                        .or_else(|| {
                            // Not from a clause of its own before the subject ("Seven years
                            // after it walked out ... in 1999, Uzbekistan has restored ...").
                            // A verb sharing an earlier subject ("... as an observer last
                            // year and was admitted ...") has no dates from before its "and".
                            // (a conjunct with a subject of its own in the present perfect starts
                            // after its ", and": "Uzbekistan left the treaty in 1999, and it has
                            // stopped ...")
                            let perfect = aux.iter().any(|w| w.is_any(&["has", "have"]));
                            let from = if subj_range.is_empty() {
                                clause.start.max(lower).max(aux_start)
                            } else if perfect {
                                local.max(clause.start.max(lower))
                            } else {
                                clause.start.max(lower)
                            };
                            let upto = subordinate_at(
                                items,
                                clause.start.saturating_sub(1),
                                subj_range.start.min(i),
                            )
                            // (a subject after the verb leaves the dates after the verb to
                            // the verbs there: "Having left GUUAM and joined EurAsEC in
                            // January, Uzbekistan ...")
                            .unwrap_or(subj_range.start.min(i));
                            // "the group it formed in 1997 ... before Uzbekistan came aboard":
                            // the other clause's date is not this one's.
                            let ordered = subj_range.start > 0
                                && items[subj_range.start - 1]
                                    .is_any(&["before", "after", "until", "till", "once"]);
                            if ordered {
                                return None;
                            }
                            // (nor from a relative clause on the subject: "Uzbekistan, which
                            // joined GUUAM in April 1999, said that it was suspending ...")
                            find_date(items, from, upto, ctx)
                                .filter(|(_, r)| !in_relative_clause(items, from, r.start))
                        })
                        .or_else(|| {
                            // "Armenia met in Chisinau on Monday and signed the charter": a
                            // verb sharing its subject with a meeting takes the meeting's date
                            // (its conjunct's, from the clause's start or the last comma or
                            // dash before it, with no membership verb; none from a relative or
                            // subordinate clause, nor a noun's: "attended last year's summit
                            // and was admitted").
                            const MET: &[&str] =
                                &["met", "gathered", "convened", "assembled", "arrived"];
                            let and = aux_start.checked_sub(1).filter(|&a| {
                                subj_range.is_empty()
                                    && a > clause.start
                                    && items[a].is_any(&["and", "but"])
                            })?;
                            let from = (clause.start..and)
                                .rev()
                                .find(|&k| items[k].is_punct(',') || items[k].is_dash())
                                .map_or(clause.start, |k| k + 1);
                            let plain = !items[from..and].iter().enumerate().any(|(q, w)| {
                                verb_at(items, from + q).is_some()
                                    || w.is_any(&[
                                        "which", "who", "that", "when", "after", "before", "since",
                                        "until", "whose", "where",
                                    ])
                            });
                            // (not "and then signed", "finally", "ultimately": later)
                            let met = items[from..and].iter().any(|w| w.is_any(MET))
                                && !items[and..i]
                                    .iter()
                                    .any(|w| w.is_any(&["then", "finally", "ultimately"]));
                            (plain && met)
                                .then(|| find_date(items, from, and, ctx))
                                .flatten()
                                .filter(|(_, r)| items.get(r.end).is_none_or(|w| w.text != "'s"))
                        })
                        .or_else(|| {
                            // "In 1999 Uzbekistan joined GUUAM and quit the treaty": a date
                            // opening the clause frames every verb in it.
                            (subj_range.is_empty() && !subordinate_before(items, clause.start, i))
                                .then(|| {
                                    find_date(items, clause.start, (clause.start + 5).min(i), ctx)
                                })
                                .flatten()
                                .filter(|(_, r)| r.start <= clause.start + 1)
                        })
                        .or_else(|| {
                            // "On 7 October the presidents of A, B and C did as expected: they
                            // signed the charter": a clause after a colon tells what the one
                            // before it did, on the date that opens that one.
                            // (not a relative clause's verb: "...: it rejoined the CSTO, which
                            // it has now left again")
                            let colon = clause
                                .start
                                .checked_sub(1)
                                .filter(|&c| c > 0 && items[c].is_punct(':'))
                                .filter(|_| {
                                    !items[clause.start..i]
                                        .iter()
                                        .any(|w| w.is_any(&["which", "who", "that", "whose"]))
                                })?;
                            let before = s.clause(colon - 1);
                            find_date(items, before.start, (before.start + 5).min(colon), ctx)
                                .filter(|(_, r)| r.start <= before.start + 1)
                        })
                        .map(|(w, _)| w)
                        .or_else(|| years_after_dated(items, clause.start, subj_range.start, ctx))
                        .or_else(|| {
                            // "the 1992 Collective Security Treaty, which Uzbekistan also
                            // signed": a treaty named by its year was signed in that year.
                            (event == Event::Signed)
                                .then(|| {
                                    (0..i).find(|&k| {
                                        year_before_org(items, k)
                                            && items[k + 1].entity() == Some(Entity::Org(org))
                                    })
                                })
                                .flatten()
                                .and_then(|k| super::num(&items[k]))
                                .map(|y| Interval::year(y as i32))
                        })
                        .or_else(|| s.undated(modality))
                }
            }
        };
        // "has become an associate member": a status taken up at no stated time holds now.
        let when = match when {
            Some(w)
                if event.is_status()
                    && matches!(verb, Verb::Event(_))
                    && w.precision == crate::date::Precision::Open =>
            {
                status_time(s, clause.clone(), oend, false)
            }
            other => other,
        };
        // "the treaty" in a sentence about 1999 is the CST, even if the article is about its
        // successor: an organisation resolved from context that did not yet exist is its
        // predecessor.
        // (or by its year: "the 1992 treaty")
        let named = items[vend.min(oend)..oend]
            .iter()
            .any(|w| w.entity() == Some(Entity::Org(org)))
            || (vend.min(oend)..oend).any(|k| s.year_treaty(k) == Some(Some(org)));
        let org = match (named, when.and_then(|w| w.from)) {
            (true, _) => org,
            // ... and one that had a successor by then is that successor.
            (false, Some(from)) if when.is_some_and(|w| w.to.is_some()) => {
                s.form_on(s.predecessor_at(org, when), from)
            }
            (false, _) => s.predecessor_at(org, when),
        };
        // "months after the Americans left in 2005": a people leaving with nothing named to
        // leave, who the curated timeline says were not in the organisation then, left a place
        // (its troops, a base); "when the Georgians left in 2009" is Georgia's departure.
        if people_left
            && let (Some(day), Some(st)) = (when.and_then(|w| w.from).or(s.article), states.first())
            && s.lexicon.prior.member(*st, org, day) != Some(true)
        {
            i = vend;
            continue;
        }
        // "Seven years after Uzbekistan slammed the door on the treaty, ...": counted back from
        // the article's year.
        // "quit GUUAM in May 2005, three years after it stopped taking part": counted back from
        // the year before the phrase, unless the clause gives its own date.
        let when = match (
            years_after(items, clause.start, subj_range.start),
            s.article,
        ) {
            (Some((n, a)), _)
                if let Some(y) = super::dates::first_year(items, a.saturating_sub(2))
                    && find_date(items, oend, next_verb, ctx).is_none() =>
            {
                Some(Interval::year(y - n))
            }
            (Some((n, _)), Some(today))
                if when.is_none_or(|w| w.precision == crate::date::Precision::Open) =>
            {
                Some(Interval::year(today.year() - n))
            }
            _ => when,
        };
        // "A, B and C did not renew, and their participation ended on 20 April": a refusal to
        // renew that the clause does not date takes the date of the lapse it led to.
        let when = match when {
            Some(w) if verb == Verb::NotRenewed && w.precision == crate::date::Precision::Open => {
                lapse_after(s, oend).or(Some(w))
            }
            other => other,
        };
        // "... remains outside the CSTO and the Eurasian Economic Community": a second object.
        // "... never joined the CST, the Eurasian Economic Community or the SCO": a list of them.
        let first_end = oend;
        let (more, oend) = further_orgs(s, oend, &|w| w.is_any(&["and", "or", "nor"]));
        // (a relative clause inside the list is read on its own: "the CSTO, which it rejoined
        // in 2006, and the CIS")
        let resume = (first_end..oend)
            .find(|&k| items[k].is_punct(',') && relative_aside_close(items, k).is_some())
            .unwrap_or(oend);
        let orgs: Vec<OrgId> = std::iter::once(org).chain(more).collect();
        let span = subj_range.start.min(i)..oend;
        let states = last_listed_alone(s, states, subj_range.end, i, event, org, when);
        // ("A, B and C, which belong with Tajikistan and Russia to the treaty": those too)
        let mut states = states;
        if let Some((with, _)) = companions_after_verb(items, vend) {
            add_states(&mut states, with);
        }
        for org in &orgs {
            for st in &states {
                s.push(
                    Claim::Membership {
                        event,
                        state: Some(*st),
                        org: *org,
                    },
                    when,
                    modality,
                    span.clone(),
                    false,
                );
            }
        }
        // "left the Tashkent pact in 1999 and GUUAM in May of this year": a second object
        // with a date of its own after the first one's.
        if orgs.len() == 1
            && matches!(verb, Verb::Event(_))
            && let Some((_, r1)) = find_date(
                items,
                oend,
                (oend + 8).min(items.len()),
                s.date_context(i, modality == Modality::Planned),
            )
            && r1.start <= oend + 1
            && items.get(r1.end).is_some_and(|w| w.is("and"))
            && let the = usize::from(items.get(r1.end + 1).is_some_and(|w| w.is("the")))
            && let Some(Entity::Org(o2)) = items.get(r1.end + 1 + the).and_then(|w| w.entity())
            && o2 != org
            && let o2_end = r1.end + 2 + the
            // (a month alone is in the first event's year: "in September 1993 and the
            // Commonwealth in December")
            && let ctx = s.date_context(r1.end, modality == Modality::Planned)
            && let Some((w2, r2)) = find_date(items, o2_end, (o2_end + 8).min(items.len()), ctx)
            && r2.start <= o2_end + 1
            // (and the clause ends there: not "and NATO in 2004 admitted the Baltic states")
            && items.get(r2.end).is_none_or(|w| {
                w.is_punct(',') || w.is_punct('.') || w.is_punct(';') || w.is_dash()
            })
        {
            // (a month alone: not "in May of this year")
            let month_alone = items[r2.clone()]
                .iter()
                .all(|w| month_of(w).is_some() || w.is_any(DATE_PREPOSITIONS));
            let w2 = match (
                items[r2.clone()].iter().find_map(month_of),
                month_alone,
                items[r1.clone()].iter().find_map(year_of),
            ) {
                (Some(mo), true, Some(y)) => Interval::month(y, mo),
                _ => w2,
            };
            let span = subj_range.start.min(i)..r2.start;
            push_statuses(s, &[o2], &states, event, Some(w2), modality, span, false);
        }
        // "remains in the CIS and GUAM but not in the CSTO", "joined the CIS but not the
        // treaty": the organisation set against the rest is denied.
        if modality == Modality::Asserted
            && event != Event::NotMember
            && let Some((denied, end)) = but_not_orgs(s, oend)
            && !denied.iter().any(|d| orgs.contains(d))
        {
            let (event, modality, when) = if event == Event::Member {
                (Event::NotMember, Modality::Asserted, when)
            } else {
                (event, Modality::Negated, s.undated(Modality::Negated))
            };
            let span = subj_range.start.min(i)..end;
            push_statuses(s, &denied, &states, event, when, modality, span, false);
        }
        // "Unlike Yerevan, Baku is still outside the WTO": the states set against the subject
        // hold the opposite status.
        if modality == Modality::Asserted
            && matches!(event, Event::Member | Event::NotMember)
            && let Some((others, r)) = set_against(items, clause.start..subj_range.start)
            && r.start >= 1
            && items[r.start - 1].is("unlike")
            && !others.iter().any(|o| states.contains(o))
        {
            let opposite = if event == Event::Member {
                Event::NotMember
            } else {
                Event::Member
            };
            // (once: the contrast may have been told already)
            let others: Vec<StateId> = others
                .into_iter()
                .filter(|&st| {
                    !s.facts.iter().any(|f| {
                        matches!(f.claim, Claim::Membership { event: e, state: Some(x), .. }
                            if e == opposite && x == st)
                    })
                })
                .collect();
            let span = r.start - 1..r.end;
            push_statuses(s, &orgs, &others, opposite, when, modality, span, false);
        }
        let verb_limit = next_verb;
        // More states sharing the claim after its object stay in its clause: ", and they
        // remain, alongside Russia, ..." starts another.
        // (nor past the end of a relative clause the verb is in: "Uzbekistan, which left the
        // treaty in 1999, is a member of GUUAM along with Georgia, ...")
        let next_verb = (oend..next_verb)
            .find(|&k| coordinated_clause_at(items, k))
            .unwrap_or(next_verb)
            .min(relative_clause_end(
                items,
                lower.max(i.saturating_sub(4))..i,
                oend,
                next_verb,
            ));
        // "founded the SCO together with China, Kazakhstan ...": more agents after the object.
        if let Some(t) = (oend..next_verb.min(items.len()).saturating_sub(1)).find(|&k| {
            items[k].is_any(&["together", "along"]) && items[k + 1].is("with")
                || items[k].is("alongside")
                // "sits in GUUAM with Georgia, Ukraine, ..."
                || (matches!(verb, Verb::Status(Event::Member))
                    && k == oend
                    && items[k].is("with"))
                || (event == Event::Founded
                    && items[k].is("with")
                    && k > 0
                    && !items[k - 1].is_any(&["together", "along"]))
        }) && let Ok((rest, more)) = state_list(Toks(
            &items[t + if items[t].is_any(&["alongside", "with"]) {
                1
            } else {
                2
            }..next_verb],
        )) {
            let end = index_of(items, rest);
            // (the subject's own period is not theirs: "has belonged since 2010 to the customs
            // union with Russia and Belarus" tells only that those two are in it now)
            let when = if matches!(verb, Verb::Status(_))
                && items.get(i + 1).is_some_and(|w| w.is("since"))
            {
                s.now()
            } else if when.is_some_and(|w| w.precision == crate::date::Precision::Open) {
                let stop =
                    relative_clause_end(items, lower.max(i.saturating_sub(4))..i, t, next_verb);
                find_date(items, end, stop, ctx).map(|(w, _)| w).or(when)
            } else {
                when
            };
            push_statuses(
                s,
                &[org],
                &more,
                event,
                when,
                modality,
                span.start..end,
                false,
            );
        }
        // "..., as have Moldova and Turkmenistan": the same claim for more states.
        if let Some(a) = (oend..next_verb.min(items.len()).saturating_sub(2)).find(|&k| {
            items[k].is("as")
                && items[k + 1].is_any(&["have", "has", "had", "did", "do", "does", "was", "were"])
        }) && let Ok((rest, more)) = state_list(Toks(&items[a + 2..next_verb]))
        {
            let end = index_of(items, rest);
            push_statuses(s, &[org], &more, event, when, modality, a..end, false);
        }
        // "Kyrgyzstan entered the following year, and Tajikistan in 1999": a gapped clause
        // makes the same claim for other states at its own date.
        if let Some((more, when, span)) = gapped(s, oend, verb_limit, ctx, when) {
            push_statuses(s, &[org], &more, event, Some(when), modality, span, false);
        }
        // "Minsk signed up to the Partnership for Peace, a step Ukraine and Georgia took last
        // year": the same step, taken by others at their own date.
        if let Some(a) = (oend..clause.end.min(oend + 6)).find(|&k| {
            items[k].is_punct(',')
                && items.get(k + 1).is_some_and(|w| w.is_any(&["a", "the"]))
                && items
                    .get(k + 2)
                    .is_some_and(|w| w.is_any(&["step", "move"]))
        }) && let Ok((rest, more)) =
            state_list(Toks(&items[(a + 3).min(clause.end)..clause.end]))
            && let Some(took) = items.get(index_of(items, rest))
            && took.is_any(&["took", "made"])
        {
            let t = index_of(items, rest);
            let when = find_date(items, t + 1, clause.end, ctx)
                .map(|(w, _)| w)
                .or_else(|| s.undated(modality));
            push_statuses(s, &[org], &more, event, when, modality, a + 1..t + 1, false);
        }
        last_subject = Some(states.clone());
        last_subject_at = subj_range.start.min(i);
        s.group = Some(states);
        lower = resume;
        i = resume;
    }
    if s.group.is_none() {
        s.group = from_statuses;
    }
}

/// The date of a gapped clause without a year of its own ("Georgia in December", "and Belarus
/// on 31 December") is in the year of the event it repeats, not the article's.
fn in_year_told(words: &[Item<'_>], found: Interval, told: Option<Interval>) -> Interval {
    // (only a calendar month or day: "last month", "on Friday" count from the article)
    let Some((a, b)) = told.and_then(|t| Some((t.from?, t.to?))) else {
        return found;
    };
    if !super::dates::month_without_year(words) || a.year() != b.year() {
        return found;
    }
    let Some(f) = found.from else { return found };
    let (_, m, d) = f.ymd();
    match found.precision {
        crate::date::Precision::Day => Day::from_ymd(a.year(), m, d).map_or(found, Interval::day),
        crate::date::Precision::Month => Interval::month(a.year(), m),
        _ => found,
    }
}

/// A gapped clause after a claim, from item `from` up to the next verb `to`: "and Tajikistan
/// in 1999" — its states, its date and its span.
fn gapped(
    s: &Sentence<'_, '_>,
    from: usize,
    to: usize,
    ctx: super::dates::DateContext,
    told: Option<Interval>,
) -> Option<(Vec<StateId>, Interval, Range<usize>)> {
    let items = s.items;
    // (not the last of a list: "joined the grouping of A, B and C on 24 April"; nor after
    // another clause: "— A, B and C — and three latecomers, ... and Belarus on ...")
    let a = (from..to).find(|&k| {
        items[k].is("and")
            && items.get(k + 1).is_some_and(|w| is_state_item(w))
            && !(k > 0 && is_state_item(&items[k - 1]))
    })?;
    if !gap_chain(&items[from..a]) {
        return None;
    }
    let (rest, states) = state_list(Toks(&items[a + 1..to])).ok()?;
    let e = index_of(items, rest);
    let (when, r) = find_date(items, e, to, ctx)?;
    let closes = items
        .get(r.end)
        .is_none_or(|w| w.is_punct(',') || w.is_punct('.') || w.is_punct(';') || w.is("and"));
    // (the date right after the list, or after its preposition: "and Tajikistan in 1999", not
    // "and Moldova took last year")
    let adjacent = r.start == e || (r.start == e + 1 && items[e].is_any(DATE_PREPOSITIONS));
    let when = in_year_told(&items[r.clone()], when, told);
    (adjacent && closes).then_some((states, when, a + 1..r.end))
}

/// A passive or participle founding or signing: "GUAM was formed in 1997 by Georgia, ...",
/// "the treaty, signed in May 1992 by six states".
/// A date right after a verb ending at `from` and before its object's preposition, within
/// `from..end`: "acceded on Thursday to the treaty", "withdrew in May 1999 from the pact".
fn date_before_object(
    items: &[Item<'_>],
    from: usize,
    end: usize,
    ctx: super::dates::DateContext,
) -> Option<(Interval, Range<usize>)> {
    find_date(items, from, end, ctx).filter(|(_, r)| {
        (r.start == from || r.start == from + 1 && items[from].is_any(&["on", "in"]))
            && items
                .get(r.end)
                .is_some_and(|w| w.is_any(&["to", "from", "into"]))
    })
}

/// Whether the "by" at item `b` is another participle's, after the verb ending at `vend`: "was
/// signed in Chisinau, at a summit hosted by Moldova" names the host, not a signatory.
fn by_another_participle(items: &[Item<'_>], b: usize, vend: usize) -> bool {
    b > vend
        && items[b - 1].kind == super::tokens::Kind::Word
        && items[b - 1].text.chars().all(|c| c.is_lowercase())
        && (items[b - 1].text.ends_with("ed") || items[b - 1].is_any(&["led", "chaired"]))
        && !items[b - 1].is_any(&["joined", "signed", "founded", "formed", "created"])
}

fn passive(
    s: &mut Sentence<'_, '_>,
    v: usize,
    vend: usize,
    event: Event,
    clause: Range<usize>,
    next_verb: usize,
) {
    let items = s.items;
    // The organisation just before the verb (skipping "was", "were", "been", a comma).
    let mut k = v;
    while k > clause.start
        && (items[k - 1].is_any(&[
            "was",
            "were",
            "been",
            "had",
            "has",
            "is",
            "originally",
            "first",
            "formally",
            "officially",
            "jointly",
            "subsequently",
            "later",
            "eventually",
        ]) || items[k - 1].is_punct(','))
    {
        k -= 1;
    }
    // ("It was later joined by Azerbaijan": after a sentence about a protest or an exercise,
    // "it" is no organisation to join; only a noun is read past such an adverb)
    if items[k..v]
        .iter()
        .any(|w| w.is_any(&["subsequently", "later", "eventually"]))
        && k > clause.start
        && items[k - 1].is_any(&["it", "this"])
    {
        return;
    }
    // "GUAM, the consultative group formed by Georgia, ...": a participle right after the noun.
    // ("GUAM, the loose Black Sea alignment created in 1997 by ...": a noun phrase of a few
    // words in apposition to the name)
    let apposed = (k == v)
        .then(|| {
            let c = (v.saturating_sub(6)..v)
                .rev()
                .find(|&c| items[c].is_punct(','))?;
            let Some(Entity::Org(o)) = items[c.checked_sub(1)?].entity() else {
                return None;
            };
            (items
                .get(c + 1)
                .is_some_and(|w| w.is_any(&["the", "a", "an"]))
                && c + 2 < v
                && items[c + 2..v].iter().all(|w| {
                    w.kind == super::tokens::Kind::Word
                        && w.entity().is_none()
                        && w.text.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                        && !finite_verb(w)
                        // (nor denied or hedged: "the alignment not created by Russia", "the
                        // club reportedly founded by ...")
                        && !w.is_any(&["not", "never"])
                        && !w.text.ends_with("ly")
                }))
            .then_some(o)
        })
        .flatten();
    let reduced = k == v
        && v > clause.start
        && (items[v - 1].is_any(super::grammar::ORG_ANAPHORS)
            || matches!(items[v - 1].entity(), Some(Entity::Org(_)))
            || apposed.is_some());
    // "... signed in 1992 by A and B and later joined by C": the organisation of the passive
    // this one shares.
    let shared = items[k..v]
        .iter()
        .all(|w| w.is_any(&["subsequently", "later", "eventually"]))
        .then(|| shared_passive(items, v))
        .flatten()
        .and_then(|_| s.org_claimed_before(v));
    // "Signed in May 1992 by A, B and C, the treaty picked up ...": a participle opening the
    // sentence tells of the organisation after its phrase.
    // Only an organisation founded (or signed) when the phrase says: "Signed by Russia and
    // Belarus in April 1996, the treaty" is another treaty than the one named before; without
    // a date, only one named there.
    let fronted = (v == 0)
        .then(|| {
            // The comma that closes the phrase: the first one with the organisation right
            // after it, no verb before it.
            (vend..clause.end)
                .take_while(|&q| verb_at(items, q).is_none())
                .filter(|&c| items[c].is_punct(','))
                .find_map(|c| {
                    let date = find_date(items, vend, c, s.date_context(v, false)).map(|d| d.0);
                    let fits = |o: OrgId| match (date, s.lexicon.org(o).founded) {
                        (Some(w), Some(f)) => {
                            w.from.is_some_and(|a| a <= f) && w.to.is_some_and(|b| f <= b)
                        }
                        (Some(_), None) => false,
                        (None, _) => true,
                    };
                    let o = c + 1 + usize::from(items.get(c + 1)?.is("the"));
                    match items.get(o)?.entity() {
                        Some(Entity::Org(id)) if !is_modifier(items, o + 1) && fits(id) => Some(id),
                        _ if o == c + 2 && items[o].is_any(super::grammar::ORG_ANAPHORS) => s
                            .anaphor_org(c + 1)
                            .filter(|&id| date.is_some() && fits(id)),
                        _ => None,
                    }
                })
        })
        .flatten();
    let shared = shared.or(fronted).or(apposed);
    if (k == v && !reduced && shared.is_none()) || k == 0 && fronted.is_none() {
        return;
    }
    // The organisation within a few items before the auxiliary ("the treaty's founders were joined").
    // Past a dashed aside ("The treaty's six signatories — A, B, ... — were joined") to the
    // noun phrase right before it.
    let mut np_end = k;
    if np_end > clause.start
        && items[np_end - 1].is_dash()
        && let Some(open) = (clause.start..np_end - 1)
            .rev()
            .find(|&o| items[o].is_dash())
    {
        np_end = open;
    }
    // Past a relative clause set off by commas ("The agreement, which X promised would match
    // NATO's, was signed by ...") or a participle's ("The treaty, signed in May 1992 by A and
    // B, was joined in 1993 by C") to the noun it describes.
    // (the closing comma may be the one the auxiliaries were stepped back over)
    let close = if np_end > clause.start && items[np_end - 1].is_punct(',') {
        Some(np_end - 1)
    } else {
        (np_end < v && items[np_end].is_punct(',')).then_some(np_end)
    };
    let opens_aside = |w: &Item<'_>| {
        w.is_any(&[
            "which", "who", "that", "whose", "set", "born", "built", "led", "made",
        ]) || w.kind == super::tokens::Kind::Word
            && w.text.ends_with("ed")
            && w.text.chars().all(|c| c.is_lowercase())
    };
    if let Some(close) = close
        && close > clause.start
        && let Some(open) = (clause.start..close)
            .rev()
            .find(|&o| items[o].is_punct(',') && items.get(o + 1).is_some_and(opens_aside))
    {
        np_end = open;
    }
    let Some(org) = shared.or_else(|| {
        (clause.start..np_end)
            .rev()
            .take(4)
            .find_map(|o| match items[o].entity() {
                // "NATO structures" names something else.
                Some(Entity::Org(_)) if is_modifier(items, o + 1) => None,
                // (nor is it what was signed after a preposition: "an appeal to the EU was
                // signed", "a memorandum on cooperation with GUAM")
                Some(Entity::Org(_))
                    if o > clause.start
                        && items[k..v].iter().any(|w| !w.is_punct(','))
                        // (the organisation pointed back to: "in the SCO since it was set
                        // up", "in the CSTO, which was established")
                        && !items[o + 1..k].iter().any(|w| w.is_any(&["it", "which", "that"]))
                        && {
                        let p = o - usize::from(items[o - 1].is("the"));
                        // ("the charter of GUAM was signed" is its own)
                        const DOCUMENT: &[&str] = &[
                            "charter", "statute", "statutes", "treaty", "document", "documents",
                            "agreement", "protocol", "declaration", "accord", "accords",
                        ];
                        // ("The Agreement on the Creation of the CIS", "the Declaration on the
                        // Establishment of the SCO", "the Agreement on the Customs Union": a
                        // document on the organisation's making)
                        let founding_words = |w: &Item<'_>| {
                            w.is_any(&[
                                "on", "the", "of", "creation", "establishment", "founding",
                                "formation", "establishing", "creating",
                            ])
                        };
                        let document = p >= 2
                            && items[p - 1].is("of")
                            && items[p - 2].is_any(DOCUMENT)
                            || (p.saturating_sub(6)..p).any(|d| {
                                items[d].is_any(DOCUMENT)
                                    && d + 1 < p
                                    && items[d + 1].is("on")
                                    && items[d + 1..p].iter().all(founding_words)
                            });
                        p > clause.start
                            && !document
                            && items[p - 1].is_any(&[
                                "against", "to", "with", "on", "about", "of", "for", "from",
                                "into", "towards", "toward", "between", "by", "criticising",
                                "criticizing", "within", "inside", "outside",
                            ])
                    } =>
                {
                    None
                }
                Some(Entity::Org(id)) => Some(id),
                _ if items[o].is_any(super::grammar::ORG_ANAPHORS) => {
                    s.anaphor_org(o.saturating_sub(1))
                }
                // "A, B, ..., the original six signatories, were joined last year by C": the
                // treaty whose signatories they are.
                _ if event == Event::Joined
                    && items[o].is_any(&["signatories", "parties"])
                    && o + 1 == np_end.min(k) =>
                {
                    s.named_in(clause.start..o, &|id| s.lexicon.org(id).is_treaty)
                        .or(s.discourse.treaty)
                }
                // "The Commonwealth was founded by A, B and C. At Alma-Ata the three founders
                // were joined by D, E and F": the organisation whose founding the sentence
                // before told.
                _ if event == Event::Joined
                    && items[o].is_any(&["founders", "co-founders"])
                    && o + 1 == np_end.min(k) =>
                {
                    s.named_in(clause.start..o, &|_| true).or_else(|| {
                        s.discourse
                            .last_event
                            .filter(|t| t.event == Event::Founded)
                            .map(|t| t.org)
                    })
                }
                // "The treaty is six years old. It was signed in May 1992 by ...": "it" opening
                // the clause is the organisation the article was just talking about.
                _ if items[o].is("it") && o == clause.start => {
                    s.discourse.subject_org.or_else(|| {
                        (event == Event::Signed)
                            .then_some(s.discourse.treaty)
                            .flatten()
                    })
                }
                // "The contrast with the Tashkent Treaty is instructive. The latter, signed in
                // May 1992 by ...": the last organisation the sentence before named ("the
                // former" the first of two), opening the sentence.
                // (only a multilateral act, three states or more signing: not "The latter,
                // signed in April 2000 by Moldova and Romania" after a friendship treaty)
                _ if items[o].is_any(&["latter", "former"])
                    && o == 1
                    && items[0].is("the")
                    && items.get(2).is_some_and(|w| w.is_punct(','))
                    && items[2..clause.end]
                        .iter()
                        .position(|w| w.is("by"))
                        .is_some_and(|b| {
                            state_list(Toks(&items[2 + b + 1..clause.end]))
                                .is_ok_and(|(_, agents)| agents.len() >= 3)
                        }) =>
                {
                    let previous = &s.discourse.previous;
                    if items[o].is("latter") {
                        previous.last().copied()
                    } else {
                        (previous.len() == 2).then(|| previous[0])
                    }
                }
                // "GUUAM adopted a charter. The Yalta Charter, signed on 7 June by ...": a
                // charter signed is that of the organisation the article is about.
                _ if event == Event::Signed && items[o].is_any(&["charter"]) => {
                    s.discourse.topic().or_else(|| s.org_before(o))
                }
                _ => None,
            })
    }) else {
        return;
    };
    let aux = &items[k..v];
    // A participle on a noun is not under the main clause's hedge ("... is said to be GUAM,
    // the group formed in 1997 by ...").
    let from = if k == v { v } else { clause.start };
    let (modality, _) = modality(aux, &items[from..clause.end], v.saturating_sub(from));
    let ctx = s.date_context(v, modality == Modality::Planned);
    // (or one opening the clause, after its preposition: "At Alma-Ata on 21 December 1991 the
    // three founders were joined by ..."; not "The 1992 treaty was joined by ...")
    let opening = || {
        find_date(items, clause.start, k, ctx).filter(|(_, r)| {
            r.start > clause.start
                && items[r.start - 1].is_any(&["in", "on", "at", "during"])
                && !items[clause.start..r.start]
                    .iter()
                    .any(|w| w.is_any(&["which", "that", "who", "when", "after", "before"]))
                // (right before the subject, with nothing told between: not "signed ... in May
                // 1992 by A and B and later joined by C", "on 7 June, four years after the
                // group was formed")
                && !(r.end..k).any(|q| {
                    let w = &items[q];
                    verb_at(items, q).is_some()
                        || w.text.ends_with("ed") && w.text.chars().all(|c| c.is_lowercase())
                        || w.is_punct(',')
                        || w.is_any(&["after", "before", "since", "when", "and", "later", "by"])
                })
        })
    };
    let when = find_date(items, vend, next_verb, ctx)
        .or_else(opening)
        .map(|(w, _)| w)
        .or_else(|| s.undated(modality));
    // "by Georgia, Ukraine, Azerbaijan and Moldova", "by six states: Armenia, ..."
    let agents = (vend..next_verb)
        .find(|&b| items[b].is("by") && !by_another_participle(items, b, vend))
        .and_then(|b| {
            let mut a = b + 1;
            // "by Presidents Leonid Kuchma of Ukraine, Eduard Shevardnadze of Georgia, ...", "by
            // the presidents of A, B and C"
            let the = usize::from(items.get(a).is_some_and(|w| w.is("the")));
            if items
                .get(a + the)
                .is_some_and(|w| w.is_any(&["presidents", "leaders", "governments"]))
            {
                a += the + 1;
                a += usize::from(the == 1 && items.get(a).is_some_and(|w| w.is("of")));
            }
            let counted = items.get(a).and_then(super::num);
            if counted.is_some()
                && items.get(a + 1).is_some_and(|w| w.is_any(STATE_NOUNS))
                && items
                    .get(a + 2)
                    .is_some_and(|w| w.is_punct(':') || w.is_dash())
            {
                a += 3;
            }
            let (rest, states) = state_list(Toks(&items[a.min(next_verb)..next_verb])).ok()?;
            // (the list is the count's, when it gives one)
            if counted.is_some_and(|n| a > b + 1 && n as usize != states.len()) {
                return None;
            }
            // (counted from the slice's end: an empty rest has no place of its own)
            Some((states, next_verb - rest.0.len()))
        });
    match (event, agents) {
        (_, Some((states, end))) => {
            push_statuses(
                s,
                &[org],
                &states,
                event,
                when,
                modality,
                k.saturating_sub(1)..end,
                false,
            );
            s.group = Some(states);
        }
        (Event::Founded, None) if !reduced => s.push(
            Claim::Membership {
                event,
                state: None,
                org,
            },
            when,
            modality,
            k.saturating_sub(1)..vend,
            false,
        ),
        _ => {}
    }
}

/// "all five GUUAM members", "the four GUAM states" ending at item `end`: the states that were
/// members of that organisation at the article's date by the curated timeline, when they are
/// exactly as many as the count (anything else is left to the count rules to question).
fn counted_members(
    s: &Sentence<'_, '_>,
    end: usize,
    lower: usize,
) -> Option<(Vec<StateId>, Range<usize>)> {
    let items = s.items;
    const NOUNS: &[&str] = &["members", "states", "countries", "nations"];
    // "the three members of the customs union"
    let of_form = || {
        let Some(Entity::Org(org)) = items.get(end.checked_sub(1)?)?.entity() else {
            return None;
        };
        let mut k = end - 1;
        if k > lower && items[k - 1].is("the") {
            k -= 1;
        }
        if k >= lower + 3 && items[k - 1].is("of") && items[k - 2].is_any(NOUNS) {
            Some((org, k - 3))
        } else {
            None
        }
    };
    let (org, at) = if end >= lower + 3 && items[end - 1].is_any(NOUNS) {
        let Some(Entity::Org(org)) = items[end - 2].entity() else {
            return None;
        };
        (org, end - 3)
    } else {
        of_form()?
    };
    let n = super::num(&items[at]).filter(|n| (2..=15).contains(n))? as usize;
    let mut start = at;
    while start > lower && items[start - 1].is_any(&["all", "the", "its", "their"]) {
        start -= 1;
    }
    // "three of the five GUUAM states" are some of them; "each of", "none of" all of them.
    if start >= 2
        && items[start - 1].is("of")
        && !items[start - 2].is_any(&["all", "each", "every", "none", "neither", "both"])
    {
        return None;
    }
    let members = members_at_article(s, org)?;
    (members.len() == n).then_some((members, start..end))
}

/// The states the curated timeline has in `org` at the article's date.
fn members_at_article(s: &Sentence<'_, '_>, org: OrgId) -> Option<Vec<StateId>> {
    let day = s.article?;
    let prior = &s.lexicon.prior;
    Some(
        (0..s.lexicon.states.len())
            .map(|i| StateId(i as u16))
            .filter(|&st| prior.member(st, org, day) == Some(true))
            .collect(),
    )
}

/// An organisation named right after a possessive at item `at` ("NATO's Partnership for
/// Peace", "the alliance's Partnership for Peace"), itself and not something of it, with the
/// end of its name.
fn owned_org(items: &[Item<'_>], at: usize) -> Option<(OrgId, usize)> {
    if items.get(at)?.text != "'s" {
        return None;
    }
    // ("the Commonwealth's own collective security treaty")
    let own = usize::from(items.get(at + 1).is_some_and(|w| w.is("own")));
    let (rest, o) = org_name(Toks(items.get(at + 1 + own..)?)).ok()?;
    let end = index_of(items, rest);
    (!is_modifier(items, end)).then_some((o, end))
}

/// The organisation three or more states listed as its members make up ("the grouping of
/// Georgia, Ukraine, Azerbaijan and Moldova"): the one the reference timeline has all of them in
/// at the article's date with at most one state more (a listing may leave out the one joining),
/// under the name it then had; `None` unless exactly one lineage fits that closely.
fn org_of_listed_members(s: &Sentence<'_, '_>, listed: &[StateId]) -> Option<OrgId> {
    if listed.len() < 3 {
        return None;
    }
    let day = s.article?;
    let lex = s.lexicon;
    // (a state listed twice counts once)
    let mut distinct = listed.to_vec();
    distinct.sort_unstable_by_key(|st| st.0);
    distinct.dedup();
    // The members beyond those listed, when it has every one of them.
    let beyond = |root: OrgId| -> Option<usize> {
        let mut members: usize = 0;
        for st in (0..lex.states.len()).map(|i| StateId(i as u16)) {
            match lex.prior.member(st, root, day) {
                Some(true) => members += 1,
                _ if distinct.contains(&st) => return None,
                _ => {}
            }
        }
        members.checked_sub(distinct.len())
    };
    let mut best: Option<(usize, OrgId)> = None;
    let mut tied = false;
    for root in (0..lex.orgs.len()).map(|i| OrgId(i as u16)) {
        if lex.org(root).succeeds.is_some() {
            continue;
        }
        let Some(extra) = beyond(root).filter(|&e| e <= 1) else {
            continue;
        };
        match best {
            Some((e, _)) if e < extra => {}
            Some((e, _)) if e == extra => tied = true,
            _ => {
                best = Some((extra, root));
                tied = false;
            }
        }
    }
    let (_, mut org) = best.filter(|_| !tied)?;
    while let Some(next) = lex.successor(org)
        && lex.org(next).founded.is_some_and(|f| f <= day)
    {
        org = next;
    }
    Some(org)
}

/// Whether items `range` name an organisation of another lineage than `org` ("the group of A,
/// B and C for a CSTO exercise" is gathered for the CSTO, not EurAsEC).
fn names_another_org(s: &Sentence<'_, '_>, org: OrgId, range: Range<usize>) -> bool {
    let root = s.lexicon.lineage_root(org);
    s.items[range.start.min(range.end)..range.end.min(s.items.len())]
        .iter()
        .any(|w| matches!(w.entity(), Some(Entity::Org(o)) if s.lexicon.lineage_root(o) != root))
}

/// Where the passive a participle shares begins: "and" (with "later", "then" ...) right before
/// it, after a passive participle ("signed ... by A and B and later joined by C").
fn shared_passive(items: &[Item<'_>], v: usize) -> Option<usize> {
    let mut k = v;
    while k > 0 && items[k - 1].is_any(&["later", "subsequently", "then", "also", "soon"]) {
        k -= 1;
    }
    let and = k.checked_sub(1).filter(|&a| items[a].is("and"))?;
    // The passive before it: a participle with its agent, "by" and a state, within the clause.
    let by = (and.saturating_sub(12)..and)
        .rev()
        .find(|&b| items[b].is("by"))?;
    (by + 1 < and && is_state_item(&items[by + 1])).then_some(and)
}

/// Regional adjectives that may qualify members ("the other Central Asian members of the CSTO").
const REGIONAL: &[&str] = &[
    "central",
    "asian",
    "caucasian",
    "caucasus",
    "european",
    "baltic",
    "slavic",
    "post-soviet",
    "eastern",
    "western",
    "northern",
    "southern",
];

/// "Armenia and its CSTO partners", "Moldova and its partners in GUAM", "Armenia and the other
/// CSTO members": the state named before "and" is a member too, now. `m` is the noun.
fn and_its_partners(s: &mut Sentence<'_, '_>, m: usize) {
    let items = s.items;
    let org_at = |q: usize| match items.get(q)?.entity() {
        Some(Entity::Org(o)) => Some(o),
        _ => None,
    };
    let mut k = m;
    let pre_org = k.checked_sub(1).and_then(org_at);
    if pre_org.is_some() {
        k -= 1;
    }
    // ("its", "their", "the other", "its fellow")
    while k > 0 && items[k - 1].is_any(&["fellow", "other", "many", "closest", "close"]) {
        k -= 1;
    }
    if !(k >= 2 && items[k - 1].is_any(&["its", "their", "the"]) && items[k - 2].is("and")) {
        return;
    }
    if items[k - 1].is("the") && !items[k..m].iter().any(|w| w.is("other")) {
        return;
    }
    let after = || {
        let at = m + 1;
        if !items.get(at)?.is_any(&["in", "of"]) {
            return None;
        }
        let the = usize::from(items.get(at + 1).is_some_and(|w| w.is("the")));
        org_at(at + 1 + the).filter(|_| !is_modifier(items, at + 2 + the))
    };
    let Some(org) = pre_org.or_else(after) else {
        return;
    };
    // (allies and partners of one organisation: not "its Western partners")
    if items[m].is_any(&["partners", "allies", "partner", "ally"])
        && pre_org.is_none()
        && after().is_none()
    {
        return;
    }
    let Some((states, r)) = list_ending_at(s, k - 2, s.clause(m).start) else {
        return;
    };
    let Some(now) = s.now() else {
        return;
    };
    let clause = s.clause(m);
    // (partners or allies only of an organisation the reference timeline has the state in:
    // not "Ukraine and its EU partners"; a dated event the group took part in: not now)
    if items[m].is_any(&["partners", "allies", "partner", "ally"])
        && states.iter().any(|&st| {
            s.article
                .is_none_or(|day| s.lexicon.prior.member(st, org, day) != Some(true))
        })
        || find_date(items, clause.start, m, s.date_context(m, false))
            .is_some_and(|(_, r)| !items[clause.start..r.start].iter().any(|w| w.is("since")))
        || find_date(items, m + 1, clause.end, s.date_context(m, false)).is_some_and(|(_, r)| {
            // (a date of the group's past doing, not one inside a later clause: "have been
            // coordinating ... since the group was formed last October")
            !items[m + 1..r.start]
                .iter()
                .any(|w| w.is_any(&["since", "when", "after", "before", "until", "which", "that"]))
                && items[m + 1..r.start].iter().any(|w| {
                    w.kind == super::tokens::Kind::Word
                        && (w.text.ends_with("ed")
                            || w.is_any(&["met", "held", "sent", "took", "made", "gave", "signed"]))
                })
        })
    {
        return;
    }
    // (the words between the states and "and its ...")
    let between = &items[r.end.min(k - 2)..k - 2];
    let (modality, _) = modality(between, &items[clause.clone()], m - clause.start);
    push_statuses(
        s,
        &[org],
        &states,
        Event::Member,
        Some(now),
        modality,
        r.start..m + 1,
        false,
    );
}

/// Adverbs of the sentence that may stand between a copula and its status noun ("is therefore
/// a member").
const SENTENCE_ADVERBS: &[&str] = &[
    "therefore",
    "thus",
    "hence",
    "consequently",
    "accordingly",
    "effectively",
    "already",
    "indeed",
    "certainly",
    "clearly",
    "plainly",
    "undoubtedly",
    "again",
    "nonetheless",
    "nevertheless",
];

/// What kind of member a state is ("a full and active member"): words that may be coordinated.
const MEMBER_QUALITIES: &[&str] = &[
    "full",
    "fully-fledged",
    "full-fledged",
    "founding",
    "key",
    "leading",
    "formal",
    "core",
    "original",
    "ordinary",
    "regular",
];

/// A member's quality, told or judged ("a full member", "remain committed members").
fn is_member_quality(w: &Item<'_>) -> bool {
    w.is_any(MEMBER_QUALITIES) || w.is_any(EVALUATIVE_QUALITIES)
}

/// Qualities a member may lack and still be one: "was never an enthusiastic member",
/// "remain committed members".
const EVALUATIVE_QUALITIES: &[&str] = &[
    "committed",
    "faithful",
    "staunch",
    "steadfast",
    "dedicated",
    "enthusiastic",
    "loyal",
    "active",
];

/// Words between a copula and the status noun ("is a full member", "is no longer a member"):
/// the modifiers below, or a member's qualities.
fn is_status_modifier(w: &Item<'_>) -> bool {
    w.is_any(STATUS_MODIFIERS) || is_member_quality(w)
}

/// Words between a copula and the status noun, other than a member's qualities.
const STATUS_MODIFIERS: &[&str] = &[
    "itself",
    "themselves",
    "a",
    "an",
    "the",
    "nominal",
    "associate",
    "still",
    "no",
    "longer",
    "not",
    // ("is not yet a member", "is not even a member")
    "yet",
    "even",
    // ("Kyrgyzstan, another member, ...")
    "another",
    // ("has been merely an associate member")
    "merely",
    "only",
    "also",
    "now",
    // ("is today a member", "is currently a member")
    "today",
    "currently",
    "once",
    "long-time",
    "longtime",
    "long-standing",
    "fellow",
    "permanent",
    "charter",
    "paid-up",
    "its",
    "their",
    "largest",
    "smallest",
    "newest",
    "most",
    "important",
    "influential",
    "reluctant",
    "former",
    "then",
    "sole",
    "remaining",
    "other",
    "nominally",
    "technically",
    "formally",
    "officially",
    "already",
    "never",
    "one",
    "of",
    // ("was among the six original signatories")
    "among",
    "'s",
    "all",
    "both",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "member",
];

/// A comma-enclosed aside ending at the comma `close` and opening right after a copula
/// ("are also, for the time being, parties to"): the index of the opening comma, and whether
/// the aside hedges the claim ("is, on paper, a member"). Names, negations and verbs inside make
/// it something other than an aside.
fn aside_after_copula(items: &[Item<'_>], close: usize) -> Option<(usize, bool)> {
    if !items[close].is_punct(',') {
        return None;
    }
    let open = (close.saturating_sub(7)..close)
        .rev()
        .find(|&b| items[b].is_punct(','))?;
    let inside = &items[open + 1..close];
    let plain = !inside.is_empty()
        && inside.iter().all(|w| {
            w.kind == super::tokens::Kind::Word
                && w.entity().is_none()
                && w.text.chars().all(|c| c.is_lowercase() || c == '-')
                && !w.is_any(&[
                    "not", "no", "never", "longer", "and", "or", "but", "which", "who",
                ])
                && (!w.is_any(COPULAS) || w.is("being"))
        });
    let mut before = open;
    // ("It is not, for now, a member": a negation before the aside too; "is therefore, for
    // the moment, a member")
    while before > 0
        && (items[before - 1].is_any(&["also", "still", "now", "all", "both", "not", "never"])
            || items[before - 1].is_any(SENTENCE_ADVERBS))
    {
        before -= 1;
    }
    let after_copula = before > 0 && items[before - 1].is_any(COPULAS);
    if !(plain && after_copula) {
        return None;
    }
    let hedge = inside
        .iter()
        .any(|w| w.is_any(&["paper", "nominally", "technically", "theory", "formally"]));
    Some((open, hedge))
}

const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "remains", "remain", "remained", "been", "be", "being", "becomes",
];

const STATUS_NOUNS: &[&str] = &[
    "partner",
    "partners",
    "membership",
    "party",
    "parties",
    "member",
    "members",
    "member-state",
    "member-states",
    "observer",
    "observers",
    "member-country",
    "signatory",
    "signatories",
    "founder",
    "founders",
    "co-founder",
    "co-founders",
    "states",
    "countries",
    "nations",
    "republics",
    "member-countries",
];

/// Nouns that name states only as members when an organisation is attached ("the GUAM states").
const STATE_NOUNS: &[&str] = &["states", "countries", "nations", "republics", "governments"];

/// "Ukraine was the first CIS state to join the Partnership", "Kyrgyzstan became the first
/// member of the Commonwealth to join the WTO": the state a superlative describes as one of an
/// organisation's members is one at the article's date.
fn superlative_member(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(now) = s.now() else {
        return;
    };
    for q in 1..items.len() {
        if !items[q].is_any(&[
            "first", "second", "third", "last", "latest", "newest", "earliest", "only",
        ]) || !items[q - 1].is("the")
        {
            continue;
        }
        let Some(to) = (q + 1..(q + 10).min(items.len())).find(|&t| items[t].is("to")) else {
            continue;
        };
        if items
            .get(to + 1)
            .is_none_or(|w| verb_at(items, to + 1).is_none() && !w.is_any(&["have", "be"]))
        {
            continue;
        }
        // (not one that left: "the first CIS state to leave the Commonwealth")
        let v = to + 1 + usize::from(items[to + 1].is_any(&["have", "be"]));
        if matches!(
            verb_at(items, v),
            Some((
                Verb::Event(Event::Withdrew | Event::Suspended) | Verb::NotRenewed,
                _
            ))
        ) {
            continue;
        }
        // "the first CIS state", "the first member of the Commonwealth of Independent
        // States": the organisation and where its phrase ends.
        let phrase = &items[q + 1..to];
        let org = phrase.iter().enumerate().find_map(|(k, w)| {
            let Some(Entity::Org(o)) = w.entity() else {
                return None;
            };
            // (not "the first non-NATO state")
            if k >= 2
                && phrase[k - 1].kind == (super::tokens::Kind::Dash { joining: true })
                && phrase[k - 2].is("non")
            {
                return None;
            }
            let noun_after = phrase
                .get(k + 1)
                .is_some_and(|n| n.is_any(STATE_NOUNS_SINGULAR) || n.is_any(STATE_NOUNS));
            let of_noun = k >= 2
                && phrase[k - 1 - usize::from(phrase[k - 1].is("the"))].is("of")
                && phrase[..k]
                    .iter()
                    .any(|n| n.is_any(&["member", "state", "country", "republic"]));
            (noun_after || of_noun).then_some(o)
        });
        let Some(org) = org else {
            continue;
        };
        // (only words of the noun phrase between: not "the first summit of the CIS to")
        if !phrase.iter().all(|w| {
            matches!(
                w.kind,
                super::tokens::Kind::Word
                    | super::tokens::Kind::Name(_)
                    | super::tokens::Kind::Dash { joining: true }
            )
        }) || !phrase
            .iter()
            .any(|w| w.is_any(STATE_NOUNS_SINGULAR) || w.is_any(STATE_NOUNS))
        {
            continue;
        }
        // (not a former one: "the first former CIS member to seek ...")
        if phrase
            .iter()
            .any(|w| w.is_any(&["former", "ex-member", "erstwhile"]))
        {
            continue;
        }
        let Some((states, r, _)) = superlative_subject(s, v, s.clause(q).start) else {
            continue;
        };
        // (one the reference timeline has out of it by then is told of a past step: "Georgia
        // became the second CIS state to join the WTO" in 2010, after it left the CIS)
        let states: Vec<StateId> = states
            .into_iter()
            .filter(|&st| {
                now.to
                    .is_none_or(|d| s.lexicon.prior.member(st, org, d) != Some(false))
            })
            .collect();
        if states.is_empty() {
            continue;
        }
        let clause = s.clause(q);
        let (modality, _) = modality(&[], &items[clause.clone()], q - clause.start);
        if modality != Modality::Asserted {
            continue;
        }
        push_statuses(
            s,
            &[org],
            &states,
            Event::Member,
            Some(now),
            Modality::Asserted,
            r.start..to,
            false,
        );
    }
}

/// Singular nouns for one state of a group ("the only Central Asian state", "the first CIS
/// member").
const STATE_NOUNS_SINGULAR: &[&str] = &["state", "country", "republic", "nation", "member"];

/// Reads statuses: "X is (not) a member of Y", "X, a Y member, ...", "the six Y members — A, B",
/// "Y includes A, B and C".
pub fn statuses(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    superlative_member(s);
    answer_to_question(s);
    named_by_copula(s);
    member_named_after_copula(s);
    outside_remain(s);
    members_spelt_out(s);
    counted_subject_spelt_out(s);
    box_heading(s);
    roster_line(s);
    box_field(s);
    state_box_line(s);
    states_labelled(s);
    place_labelled(s);
    roster_item(s);
    attended_as_observer(s);
    took_effect(s);
    running_together(s);
    running_with(s);
    kept_in_by_document(s);
    joined_by(s);
    restoring_membership(s);
    they_are_listed(s);
    of_the_members(s);
    set_apart_from_every(s);
    for m in 0..items.len() {
        let it = &items[m];
        if it.is_any(STATUS_NOUNS)
            && !(m + 1 < items.len()
                && items[m + 1].is_any(&["of", "in", "to"])
                && m > 0
                && (items[m - 1].is_any(&["became", "become", "becomes"])
                    || m > 1
                        && items[m - 1].is("a")
                        && items[m - 2].is_any(&["became", "become", "becomes"])
                        && items[m].is("party")))
        {
            let before = s.facts.len();
            status_noun(s, m);
            partners_in_programme(s, m, before);
        }
        // "an active participant in the Partnership for Peace", "a PfP participant since 1994"
        // (not "only a participant, not a full member, of the CIS")
        // (the organisation standing alone: not "a participant in the CSTO summit", "in CIS
        // economic talks"; "a PfP participant" with its article, not "the SCO participants
        // included"; not "a non-participant")
        if it.is("participant")
            && !(m > 0 && items[m - 1].kind == super::tokens::Kind::Dash { joining: true })
            && (items.get(m + 1).is_some_and(|w| w.is("in"))
                && org_alone(items, Toks(items.get(m + 2..).unwrap_or_default()))
                || m >= 2
                    && matches!(items[m - 1].entity(), Some(Entity::Org(_)))
                    && items[m - 2].is_any(&["a", "an"]))
        {
            status_noun(s, m);
        }
        if it.is_any(&["sits", "sit", "sat", "sitting"])
            && items.get(m + 1).is_some_and(|w| w.is("with"))
        {
            sits_with(s, m);
        }
        if it.is_any(&["partners", "allies", "members", "partner", "ally"]) {
            and_its_partners(s, m);
        }
        // "Turkmenistan, an associate of the CIS since 2005", "has been only an associate since
        // August": the noun alone (not "an associate member", read at its noun)
        if it.is("associate")
            && m > 0
            && items[m - 1].is_any(&["an", "associate", "mere", "only"])
            && !items.get(m + 1).is_some_and(|w| {
                w.is_any(&[
                    "member",
                    "members",
                    "membership",
                    "status",
                    "states",
                    "countries",
                ]) || w.kind == (super::tokens::Kind::Dash { joining: true })
            })
        {
            status_noun(s, m);
        }
        if it.is_any(&["shares", "share"]) {
            shared_with(s, m);
        }
        if it.is_any(&["member", "associate", "observer", "chair"]) {
            one_member_named(s, m);
        }
        if it.is_any(LOWERING) || it.is("stepped") {
            lowered_to_associate(s, m);
        }
        if it.is_any(&["remain", "remains"]) {
            remaining_listed(s, m);
        }
        if it.is("others") {
            others_are(s, m);
        }
        if it.is("one") {
            one_too(s, m);
        }
        if it.is_any(&["in", "inside", "within", "outside"]) {
            apposed_in(s, m);
        }
        if it.is("whose") {
            whose_own_org(s, m);
        }
        if it.is_any(&["ally", "allies"]) {
            ally_in(s, m);
        }
        if it.is("status") && m >= 2 && items[m - 1].is("same") && items[m - 2].is("the") {
            same_status(s, m);
        }
        if it.is_any(&["only", "sole"]) {
            only_state_in(s, m);
        }

        if let Some(Entity::Org(org)) = it.entity() {
            org_of_states(s, m, org);
        }
        if it.is_any(&[
            "brought",
            "bring",
            "brings",
            "bringing",
            "took",
            "take",
            "takes",
            "taking",
            "led",
            "lead",
            "leads",
            "leading",
            "returned",
            "returns",
            "return",
            "returning",
        ]) {
            led_into(s, m);
        }
        // "has kept Baku in the grouping", "kept Azerbaijan out of the CSTO"
        let kept = if it.is_any(&["kept", "keeps", "keep", "keeping"]) {
            state_list(Toks(&items[m + 1..]))
                .ok()
                .map(|(rest, st)| (st, index_of(items, rest)))
                .or_else(|| {
                    // "President Niyazov has kept his country out of ..."
                    let st = his_country(s, m + 1)?;
                    Some((vec![st], m + 3))
                })
        } else {
            None
        };
        if let Some((states, l)) = kept {
            let mut l = l;
            let out = items.get(l).is_some_and(|w| w.is_any(&["out", "outside"]));
            while l < items.len()
                && items[l].is_any(&["in", "inside", "within", "out", "outside", "of"])
            {
                l += 1;
            }
            let the = usize::from(items.get(l).is_some_and(|w| w.is("the")));
            let org = match items.get(l + the).and_then(|w| w.entity()) {
                Some(Entity::Org(o)) => Some(o),
                _ if org_anaphor(Toks(&items[l.min(items.len())..])).is_ok() => s.anaphor_org(l),
                _ => None,
            };
            if let Some(org) = org {
                let clause = s.clause(m);
                let (modality, _) = modality(&[], &items[clause.clone()], m - clause.start);
                let event = if out { Event::NotMember } else { Event::Member };
                for st in &states {
                    s.push(
                        Claim::Membership {
                            event,
                            state: Some(*st),
                            org,
                        },
                        s.now(),
                        modality,
                        m..l + the + 1,
                        false,
                    );
                }
            }
        }
        // "The six—Armenia, Belarus, ...—are due to meet": the number stands for the members
        // and the list spells them out (exactly that many).
        // "which has seven members in all: Armenia, ...", "its membership falls to six: ...".
        let mut l = m + 1;
        // ("three NATO members: ...")
        let named_here = match items.get(l).and_then(|w| w.entity()) {
            Some(Entity::Org(o))
                if super::num(it).is_some()
                    && items.get(l + 1).is_some_and(|w| w.is("members")) =>
            {
                Some(o)
            }
            _ => None,
        };
        if super::num(it).is_some() {
            if named_here.is_some() {
                l += 1;
            }
            while items.get(l).is_some_and(|w| {
                w.is_any(&[
                    "members",
                    "states",
                    "countries",
                    "nations",
                    "in",
                    "all",
                    "total",
                    // ("has seven members once more — A, B, ...")
                    "once",
                    "more",
                    "again",
                ])
            }) {
                l += 1;
            }
            // ("three NATO members on its shores: Turkey, Bulgaria and Romania": a short phrase
            // before the colon)
            if !items.get(l).is_some_and(|w| w.is_punct(':'))
                && let Some(c) = (l..(l + 5).min(items.len())).find(|&q| items[q].is_punct(':'))
                && items[l..c].iter().all(|w| {
                    w.kind == super::tokens::Kind::Word
                        && w.entity().is_none()
                        && !w.is_any(COPULAS)
                        && !w.is_any(&["has", "have", "had", "and", "but", "which", "that"])
                })
                && items[l..c]
                    .iter()
                    .any(|w| w.is_any(&["on", "in", "around", "along"]))
            {
                l = c;
            }
        }
        // (A dash after anything but "the six" opens an aside more often than the members.)
        // "the remaining six (Armenia, Belarus, ...)", "the other five—A, B, ...—" too.
        let mut d = m;
        while d > 0 && items[d - 1].is_any(&["remaining", "other", "last"]) {
            d -= 1;
        }
        // ("The seven members (Armenia, Belarus, ...)": with its noun)
        // ("Of the treaty's nine members, six — A, B, ... —": a part of those counted)
        // (of an organisation's members: not "Of the former Soviet states outside NATO, two —
        // A, B —")
        let partitive = d >= 2
            && items[d - 1].is_punct(',')
            && (d.saturating_sub(8)..d - 1).any(|q| items[q].is("Of"))
            && (items[d.saturating_sub(8)..d - 1]
                .iter()
                .any(|w| w.is_any(&["members", "parties", "signatories"]))
                && items[d.saturating_sub(8)..d - 1].iter().any(|w| {
                    w.text == "'s"
                        || matches!(w.entity(), Some(Entity::Org(_)))
                        || w.is_any(super::grammar::ORG_ANAPHORS)
                })
                // ("Of the seven CSTO states, five — A, B —")
                || (d.saturating_sub(8)..d - 2).any(|q| {
                    matches!(items[q].entity(), Some(Entity::Org(_)))
                        && items[q + 1].is_any(&["states", "countries"])
                }))
            && !items[d.saturating_sub(8)..d - 1]
                .iter()
                .any(|w| w.is_any(&["outside", "hoping", "seeking", "wanting", "not"]));
        let the_n = d >= 1
            && (items[d - 1].is_any(&["the", "its", "their"]) || partitive)
            && (l == m + 1
                || l == m + 2
                    && items[m + 1].is_any(&["members", "states", "countries"])
                    && items.get(l).is_some_and(|w| w.is_punct('(')));
        let colon = items.get(l).is_some_and(|w| w.is_punct(':'))
            && (m >= 1 && items[m - 1].is("to") || items[m + 1..l].iter().any(|w| w.is("members")))
            // ("The club thus has seven members once more — A, B, ... —", "It now has seven
            // members (A, B, ...)")
            || items.get(l).is_some_and(|w| w.is_dash())
                && m >= 1
                && items[m - 1].is_any(&["has", "have", "had"])
                && items[m + 1..l].iter().any(|w| w.is("members"))
            // (in brackets only as it is now, of the organisation itself: not "It once had
            // nine members (...)", "Its secretariat now has seven members (...)")
            || items.get(l).is_some_and(|w| w.is_punct('('))
                && m >= 2
                && items[m - 1].is_any(&["has", "have"])
                && items[m + 1..l].iter().any(|w| w.is("members"))
                && {
                    let mut k = m - 2;
                    while k > 0 && items[k].is_any(&["now", "thus", "still", "already"]) {
                        k -= 1;
                    }
                    items[k].is("it")
                        || matches!(items[k].entity(), Some(Entity::Org(_)))
                        || items[k].is_any(super::grammar::ORG_ANAPHORS)
                            && k >= 1
                            && items[k - 1].is_any(&["the", "this"])
                };
        // ("The remaining four, A, B, C and D, are ...": after "remaining" or "other", a list
        // set off by commas)
        let opener = items.get(l).filter(|w| {
            w.is_dash()
                || w.is_punct(':')
                || w.is_punct('(')
                || (d < m || partitive) && w.is_punct(',')
        });
        // ("The other five, A, B, ..., founded the community": the event, not a status)
        let comma_closed = |rest: &Toks<'_>| {
            let c = index_of(items, *rest);
            items.get(c).is_some_and(|w| w.is_punct(','))
                && !(c + 1..(c + 4).min(items.len()))
                    .any(|q| matches!(verb_at(items, q), Some((Verb::Event(_), _))))
        };
        // (an organisation looked for and not taken is not one resolved)
        let resolved = s.resolved.borrow().len();
        if let Some(n) = super::num(it).filter(|n| (2..=15).contains(n))
            && m >= 1
            && (the_n && opener.is_some() || colon)
            // (not those an organisation "lost" or "gained")
            && !super::counts_a_change(items, m)
            && let Ok((rest, states)) = state_list(Toks(&items[l + 1..]))
            && states.len() as u64 == n
            // (a bracket is closed right after the list, and so is a comma)
            && (!opener.is_some_and(|o| o.is_punct('('))
                || rest.0.first().is_some_and(|c| c.is_punct(')')))
            // (what those of a body's members do is theirs: "Of the treaty's nine members, six, A,
            // B, ..., will sign")
            && (!opener.is_some_and(|o| o.is_punct(',')) || partitive || comma_closed(&rest))
            // "Tashkent stopped taking part in GUUAM. The remaining four, A, B, C and D, ...":
            // the organisation the sentence before told a departure from.
            && let Some(org) = named_here
                .or_else(|| {
                    s.discourse
                        .last_event
                        .filter(|t| {
                            items[d].is("remaining")
                                && matches!(t.event, Event::Withdrew | Event::Suspended)
                        })
                        .map(|t| t.org)
                })
                .or_else(|| s.anaphor_org(m))
            // The count alone does not say which organisation: not one the curated timeline
            // says some of them were outside of ("The two—Georgia and Azerbaijan—acceded"); in
            // brackets or after "remaining"/"other" only one it has them all in ("The other two
            // (Belarus and Armenia) stayed away" after a mention of NATO).
            && (colon
                || s.article.is_none_or(|day| {
                    let strict = d < m || opener.is_some_and(|o| o.is_punct('(') || o.is_punct(','));
                    states.iter().all(|&st| {
                        let known = s.lexicon.prior.member(st, org, day);
                        if strict {
                            known == Some(true)
                        } else {
                            known != Some(false)
                        }
                    })
                }))
        {
            let end = index_of(items, rest);
            // "which has seven members in all: A, B, ...": the count says the list is whole, so
            // a body the article named with that many members, and these among them, is the
            // one meant rather than a larger one.
            // (so for one only pointed to: "The organisation's seven members — A, B, ... —")
            let pointed = named_here.is_none()
                && !items[d.saturating_sub(4)..m]
                    .iter()
                    .any(|w| matches!(w.entity(), Some(Entity::Org(_))));
            let org = if colon || pointed {
                org_of_its_size(s, org, &states)
            } else {
                org
            };
            // "will have seven members: ...", "would leave the treaty with six members: ..."
            let aux = if colon {
                aux_window(items, m, s.clause(m).start)
            } else {
                m
            };
            push_members_after(s, m, states, org, d.saturating_sub(1)..end, aux);
        } else {
            s.resolved.borrow_mut().truncate(resolved);
        }
        // "the CIS, to which Ukraine and Georgia all still belong", "which A and B belong to"
        // "to which all three belong": as many states as a list before names.
        let counted = || {
            let all = items.get(m + 1).is_some_and(|w| w.is_any(&["all", "both"]));
            let n = match items.get(m + 1) {
                Some(w) if w.is("both") => 2,
                _ => items
                    .get(m + 2)
                    .filter(|_| all)
                    .and_then(super::num)
                    .filter(|n| (2..=15).contains(n))? as usize,
            };
            // (or the pair the sentence before named: "Armenia and Azerbaijan are at odds.
            // The Tashkent Treaty, to which both countries belong, ...")
            let states = list_of_size_before(s, m, n)
                .or_else(|| (s.discourse.plural.len() == n).then(|| s.discourse.plural.clone()))?;
            Some((
                states,
                m + 2 + usize::from(n != 2 || items[m + 1].is("all")),
            ))
        };
        // (looked for only at "which": this loop visits every word of the sentence)
        let relative = || {
            state_list(Toks(&items[m + 1..]))
                .ok()
                .map(|(rest, states)| (states, index_of(items, rest)))
                .or_else(counted)
                // ("Georgia and Moldova have rediscovered GUUAM, to which they also belong":
                // the states "they" points back to)
                // (not the sentence before's when this one names states "they" cannot be:
                // "Russia spoke with A and B about the CSTO, to which they belong")
                // ("Ukraine has warmed to GUUAM, to which it belongs": the state named
                // before)
                .or_else(|| {
                    let st = items
                        .get(m + 1)
                        .is_some_and(|w| w.is("it"))
                        .then(|| nearest_state_before(s, m))??;
                    Some((vec![st], m + 2))
                })
                .or_else(|| {
                    if !items.get(m + 1).is_some_and(|w| w.is("they")) {
                        return None;
                    }
                    let states = plural_before(s, m);
                    let elsewhere =
                        states == s.discourse.plural && items[..m].iter().any(is_state_item);
                    (states.len() >= 2 && !elsewhere).then_some((states, m + 2))
                })
        };
        if it.is("which")
            && let Some((states, v)) = relative()
        {
            let mut v = v;
            while items.get(v).is_some_and(|w| {
                w.is_any(&["all", "both", "still", "now", "also", "each", "already"])
                    || w.is_any(STATE_NOUNS)
            }) {
                v += 1;
            }
            let to_before = m >= 1 && items[m - 1].is("to");
            let o = m - usize::from(to_before);
            // ("the Central Asian Cooperation Organization—which A, B and C all belong to—")
            let o =
                o - usize::from(o >= 1 && (items[o - 1].is_punct(',') || items[o - 1].is_dash()));
            let verb = items
                .get(v)
                .is_some_and(|w| w.is_any(&["belong", "belongs", "belonged"]));
            let to_after = items.get(v + 1).is_some_and(|w| w.is("to"));
            let org = match o.checked_sub(1).map(|k| (k, items[k].entity())) {
                Some((_, Some(Entity::Org(org)))) => Some(org),
                Some((k, _)) if items[k].is_any(super::grammar::ORG_ANAPHORS) => {
                    s.anaphor_org(k.saturating_sub(1))
                }
                _ => None,
            };
            // (not an organisation that did not yet exist as named: "the customs union to
            // which all five already belong" in 2000 is the union of the 1990s, not the
            // customs union of 2010 nor the community about to replace it)
            // (a proper name is the body itself, under whatever name it had: "the Shanghai
            // Five, to which ... belong" in 1998 is the SCO's; only a common noun may describe
            // an earlier body)
            let generic = o.checked_sub(1).is_some_and(|k| {
                !items[k].text.chars().any(char::is_uppercase)
                    && !items[k].is_any(super::grammar::ORG_ANAPHORS)
            });
            let unborn = |org: OrgId| {
                generic
                    && s.article
                        .is_some_and(|day| s.lexicon.org(org).founded_after(day))
            };
            // (a denial among the states is no belonging: "to which neither Russia nor Ukraine
            // belongs")
            let denied = items[m..v]
                .iter()
                .any(|w| w.is_any(&["neither", "nor", "not", "never", "none"]));
            if verb
                && to_before != to_after
                && !denied
                && let Some(org) = org
                && !unborn(org)
            {
                let past = items[v].is("belonged");
                let end = v + 1 + usize::from(to_after);
                push_belonging(s, org, &states, v, past, m..end);
            }
        }
        if it.is_any(super::grammar::ORG_ANAPHORS) {
            club_it_belongs_to(s, m);
        }
        // "the six-member community — Belarus, Kazakhstan, ..."
        if it.is_any(super::grammar::ORG_ANAPHORS)
            && m >= 3
            && items[m - 1].is("member")
            && matches!(
                items[m - 2].kind,
                super::tokens::Kind::Dash { joining: true }
            )
        {
            let mut l = m + 1;
            while l < items.len()
                && (items[l].is_dash() || items[l].is_punct(':') || items[l].is_punct('('))
            {
                l += 1;
            }
            // "a seven-member alliance of Armenia, Belarus, ...": as many as it says.
            let size = super::num(&items[m - 3]);
            let of = l == m + 1 && items.get(l).is_some_and(|w| w.is("of"));
            if of {
                l += 1;
            }
            if l > m + 1
                && let Ok((rest, states)) = state_list(Toks(&items[l..]))
                && (!of || size == Some(states.len() as u64))
                && let Some(org) = s.anaphor_org(m)
            {
                let end = index_of(items, rest);
                push_members(s, m, states, org, m - 3..end);
            }
        }
        // "GUAM, the grouping of Georgia, Ukraine, Azerbaijan and Moldova", "GUUAM, the
        // pro-Western grouping of ...", "a grouping of ...", "the GUAM group of ..."
        let det = (m.saturating_sub(5)..m)
            .rev()
            .find(|&d| items[d].is_any(&["the", "a", "an"]));
        let mut named = None;
        if it.is_any(super::grammar::ORG_ANAPHORS)
            && det.is_some_and(|d| {
                items[d + 1..m].iter().enumerate().all(|(q, w)| match w.entity() {
                    Some(Entity::Org(o)) => {
                        named = Some(o);
                        true
                    }
                    Some(_) => false,
                    // (the halves of "pro-Western", "Russian-led")
                    None if matches!(w.kind, super::tokens::Kind::Dash { joining: true }) => true,
                    // ("the four-nation club of ...": a count of its own, checked below)
                    None if super::num(w).is_some()
                        && items.get(d + 2 + q).is_some_and(|n| {
                            matches!(n.kind, super::tokens::Kind::Dash { joining: true })
                        }) =>
                    {
                        true
                    }
                    None => {
                        w.kind == super::tokens::Kind::Word
                            && (w.text.chars().all(|c| c.is_lowercase() || c == '-')
                                || items.get(d + 2 + q).is_some_and(|n| {
                                    matches!(n.kind, super::tokens::Kind::Dash { joining: true })
                                })
                                || q > 0
                                    && matches!(
                                        items[d + q].kind,
                                        super::tokens::Kind::Dash { joining: true }
                                    ))
                    }
                })
            })
            && items.get(m + 1).is_some_and(|n| n.is("of"))
            // (an indefinite one only in apposition to a name: "GUUAM, a grouping of ...")
            && det.is_some_and(|d| {
                items[d].is("the")
                    || named.is_some()
                    || d >= 2
                        && (items[d - 1].is_punct(',') || items[d - 1].is_dash())
                        && matches!(items[d - 2].entity(), Some(Entity::Org(_)))
            })
            // ("GUAM, a club of four — A, B, C and D —": a count, then the list set off)
            && let counted = items.get(m + 2).and_then(super::num).filter(|_| {
                items
                    .get(m + 3)
                    .is_some_and(|w| w.is_dash() || w.is_punct(':') || w.is_punct('('))
            })
            && let Ok((rest, states)) =
                state_list(Toks(&items[m + 2 + 2 * usize::from(counted.is_some())..]))
            && states.len() >= 2
            && counted.is_none_or(|n| n as usize == states.len())
            && det.is_none_or(|d| {
                items[d + 1..m]
                    .iter()
                    .filter_map(super::num)
                    .all(|n| n as usize == states.len())
            })
            // "the union of Russia and Belarus" names an organisation only if one called so was.
            // (unnamed, the organisation the states listed make up, if one does closely)
            // ("the grouping of A, B, C and D known as GUAM": the name given after the list)
            && let called = {
                let e = index_of(items, rest);
                let k = e + usize::from(items.get(e).is_some_and(|w| w.is("known")));
                items
                    .get(k)
                    .filter(|w| w.is_any(&["as", "called", "named"]))
                    .and_then(|_| name_at(items, k + 1))
                    .map(|(o, _)| o)
            }
            && let Some(org) = if named.is_some() {
                named
            } else if called.is_some() {
                called
            } else if let Some(o) = org_of_listed_members(s, &states)
                .filter(|&o| !names_another_org(s, o, index_of(items, rest)..s.clause(m).end))
            {
                Some(o)
            } else if it.is_any(&["union", "community", "commonwealth"]) {
                s.anaphor_org(det.unwrap_or(m))
            } else {
                s.org_before(m)
            }
        {
            let end = index_of(items, rest);
            push_members(s, m, states, org, det.unwrap_or(m)..end);
        }
        // "GUAM—Georgia, Ukraine, Azerbaijan and Moldova—is ...", "GUAM (Georgia, Ukraine, ...)";
        // not "the founders (signatories) of GUUAM—A, B, ...", who are told as such.
        // ("the six original signatories of the Tashkent Treaty (A, B, ...)")
        let of_at = m - usize::from(m >= 1 && items[m - 1].is("the"));
        let of_founders = of_at >= 2
            && items[of_at - 1].is("of")
            && items[of_at - 2].is_any(&["founders", "co-founders", "signatories", "founding"]);
        // ("the GUAM four — Georgia, Ukraine, Azerbaijan and Moldova —", "the GUAM four (A, B,
        // C, D)": a count between)
        let counted = usize::from(items.get(m + 1).and_then(super::num).is_some());
        if let Some(Entity::Org(org)) = it.entity()
            && !of_founders
            && items
                .get(m + 1 + counted)
                .is_some_and(|d| d.is_dash() || d.is_punct('('))
            && !verb_object(items, m - usize::from(m > 0 && items[m - 1].is("the")))
            && let Ok((rest, states)) = state_list(Toks(&items[m + 2 + counted..]))
            // (and, counted, states the timeline does not have out of it: not "the SCO four —
            // Mongolia, Iran, India and Pakistan —", its observers)
            && (counted == 0
                || super::num(&items[m + 1]) == Some(states.len() as u64)
                    && s.article.is_some_and(|day| {
                        states
                            .iter()
                            .all(|&st| s.lexicon.prior.member(st, org, day) != Some(false))
                    }))
            && states.len() >= 2
            && {
                // (or a relative clause on the list before the closing dash: "the Shanghai Five
                // — A, B and C, which have met annually since 1996 —")
                let e = index_of(items, rest);
                items.get(e).is_none_or(|c| c.is_dash() || c.is_punct(')'))
                    || items[m + 1].is_dash()
                        && items[e].is_punct(',')
                        && items
                            .get(e + 1)
                            .is_some_and(|w| w.is_any(&["which", "who"]))
                        && items[e + 1..].iter().any(|w| w.is_dash())
            }
        {
            let end = index_of(items, rest);
            push_members(s, m, states, org, m..end);
        }
        // "the treaty picked up Azerbaijan, Georgia and Belarus", "the bloc took in Armenia"
        if it.is_any(&["made", "granted"]) {
            made_observers(s, m);
        }
        if it.is_any(ADMITTING)
            || it.is_any(GRANTING)
            || it.is_any(MAKING)
            || it.is_any(&["up", "in"])
                && m > 0
                && items[m - 1].is_any(&["picked", "picks", "took", "takes", "taken"])
        {
            admission(s, m);
        }
        if it.is_any(LOSING) || it.is_any(GAINING) {
            lost_or_gained(s, m);
        }
        // "Kyrgyzstan, also in the SCO, has ...": a status aside without a noun.
        // ("Georgia and Azerbaijan, both already in GUAM, signed")
        let both = m >= 3 && items[m - 1].is_any(&["both", "all"]) && items[m - 2].is_punct(',');
        if it.is_any(&["also", "likewise", "already", "still"])
            && m >= 2
            && (items[m - 1].is_punct(',') || both)
            && items
                .get(m + 1)
                .is_some_and(|w| w.is_any(&["in", "inside"]))
            && let Some((states, range)) = list_ending_at(s, m - 1 - usize::from(both), 0)
        {
            let the = usize::from(items.get(m + 2).is_some_and(|w| w.is("the")));
            let at = m + 2 + the;
            if let Some(Entity::Org(org)) = items.get(at).and_then(|w| w.entity())
                && items
                    .get(at + 1)
                    .is_some_and(|w| w.is_punct(',') || w.is_dash() || w.is_punct(')'))
            {
                push_members(s, m, states, org, range.start..at + 1);
            }
        }
        // "The enlarged group—Georgia, Ukraine, ...—still has no secretariat", "the
        // four-nation GUAM group—A, B, C and D.": a grouping whose members follow in a dash
        // aside.
        if it.is_any(super::grammar::ORG_ANAPHORS)
            && m > 0
            && items.get(m + 1).is_some_and(|w| w.is_dash())
            && let Ok((rest, states)) = state_list(Toks(&items[m + 2..]))
            && states.len() >= 2
            && rest
                .0
                .first()
                .is_none_or(|w| w.is_dash() || w.is_punct('.') || w.is_punct(';'))
        {
            let org = match items[m - 1].entity() {
                Some(Entity::Org(o)) => Some(o),
                _ => (m.saturating_sub(4)..m)
                    .find(|&d| items[d].is_any(&["the", "this", "that", "its"]))
                    .and_then(|d| s.anaphor_org(d)),
            };
            if let Some(org) = org {
                let end = index_of(items, rest);
                push_members(s, m, states, org, m..end);
            }
        }
        // ("The treaty counts both Armenia and Azerbaijan among its members"; "counts A and B
        // as members" is read with the organisation's other verbs)
        let counts_as_members = it.is_any(&["counts", "count", "counted"])
            && state_list(Toks(&items[m + 1..])).is_ok_and(|(rest, _)| {
                let r = rest.0;
                let its = usize::from(r.get(1).is_some_and(|w| w.is_any(&["its", "their"])));
                r.first().is_some_and(|w| w.is("among"))
                    && r.get(1 + its)
                        .is_some_and(|w| w.is_any(&["members", "parties"]))
            });
        // ("The CSTO covers A, B and C": only the organisation itself, opening its clause; not
        // "A report on the CSTO covers ...")
        let covers_itself = || {
            let mut o = m;
            while o > 0 && items[o - 1].is_any(&["now", "still", "also", "today"]) {
                o -= 1;
            }
            o >= 1 && matches!(items[o - 1].entity(), Some(Entity::Org(_))) && {
                // ("Today the Eurasian Economic Community covers ...")
                let start = usize::from(items[0].is_any(&["today", "now"]));
                o == start + 1
                    || o == start + 2 && items[start].is("the")
                    || o >= 2 && items[o - 2].is_punct(';')
            }
        };
        if it.is_any(INCLUDING) && (!it.is("covers") || covers_itself())
            || it.is_any(GROUPING_PARTICIPLES) && m > 0 && items[m - 1].is_punct(',')
            || counts_as_members
            || it.is("made")
                && items.get(m + 1).is_some_and(|w| w.is("up"))
                && items.get(m + 2).is_some_and(|w| w.is("of"))
        {
            includes(s, m);
        }
    }
}

/// The organisation a sentence's opening noun phrase (its first `end` items) names, else the
/// one it points to ("its members", "the treaty's tally"), if any; and whether it was named.
/// (Pointing back is resolved only when nothing is named: a resolved anaphor is remembered for
/// the sentences after.)
fn subject_org(s: &Sentence<'_, '_>, end: usize) -> Option<(OrgId, bool)> {
    let np = &s.items[..end];
    let named = np.iter().find_map(|w| match w.entity() {
        Some(Entity::Org(o)) => Some(o),
        _ => None,
    });
    if let Some(o) = named {
        return Some((o, true));
    }
    let k = np
        .iter()
        .position(|w| w.is_any(&["its", "their"]) || w.is_any(super::grammar::ORG_ANAPHORS))?;
    s.anaphor_org(k.saturating_sub(usize::from(!np[k].is_any(&["its", "their"]))))
        .map(|o| (o, false))
}

/// "Six Commonwealth states signed a Collective Security Treaty in Tashkent on 15 May 1992:
/// Armenia, Kazakhstan, ...": an event whose subject counts states that a list after a colon
/// ending the sentence names, exactly that many.
fn counted_subject_spelt_out(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    // (after a label: "Key facts: six Commonwealth states signed ...")
    let start = (1..items.len().min(4))
        .find(|&q| items[q].is_punct(':'))
        .filter(|&q| {
            items[..q]
                .iter()
                .all(|w| w.kind == super::tokens::Kind::Word && w.entity().is_none())
        })
        .map_or(0, |q| q + 1);
    let mut k = start + usize::from(items.get(start).is_some_and(|w| w.is_any(&["the", "all"])));
    let Some(n) = items.get(k).and_then(super::num) else {
        return;
    };
    k += 1;
    // ("six Commonwealth states", "four former Soviet republics", "six parties")
    let Some(noun) = (k..(k + 4).min(items.len()))
        .find(|&q| items[q].is_any(STATE_NOUNS) || items[q].is_any(&["parties", "members"]))
    else {
        return;
    };
    let Some(colon) = (noun + 1..items.len())
        .rev()
        .find(|&q| items[q].is_punct(':'))
    else {
        return;
    };
    let Ok((rest, states)) = state_list(Toks(&items[colon + 1..])) else {
        return;
    };
    let end = index_of(items, rest);
    if states.len() != n as usize
        || !items
            .get(end)
            .is_none_or(|w| w.is_punct('.') || w.is_punct(';'))
    {
        return;
    }
    // The verb right after the subject, its organisation and date; a status with nothing after
    // it ("Six parties stay in: A, B, ...") is of the organisation the sentence before named,
    // else the article's.
    let Some((v, ev, vend)) =
        (noun + 1..(noun + 4).min(colon)).find_map(|q| match verb_at(items, q) {
            Some((Verb::Event(ev), vend)) => Some((q, ev, vend)),
            Some((Verb::Status(Event::Member), vend)) if vend == colon => {
                Some((q, Event::Member, vend))
            }
            // ("Three Commonwealth states remain outside the treaty: A, B and C")
            Some((Verb::Status(Event::NotMember), vend)) => Some((q, Event::NotMember, vend)),
            _ => None,
        })
    else {
        return;
    };
    // (outside an organisation named right before the colon, and not the one the subject's
    // own noun names: not "Two Commonwealth states remain outside the alliance / the talks:")
    let org = if ev == Event::NotMember {
        let own = (k..noun).find_map(|q| match items[q].entity() {
            Some(Entity::Org(o)) => Some(o),
            _ => None,
        });
        let named = match items[colon - 1].entity() {
            Some(Entity::Org(o)) => Some(o),
            // ("outside the treaty:", the organisation it points back to)
            _ if colon - 1 > vend && items[colon - 1].is_any(super::grammar::ORG_ANAPHORS) => {
                s.anaphor_org(colon - 2)
            }
            _ => None,
        };
        match named {
            Some(o) if Some(o) != own => o,
            _ => return,
        }
    } else {
        let Some(org) = object(s, vend, colon).map(|(o, _)| o).or_else(|| {
            (ev == Event::Member)
                .then(|| {
                    s.discourse
                        .previous
                        .last()
                        .copied()
                        .or_else(|| s.discourse.topic())
                })
                .flatten()
        }) else {
            return;
        };
        org
    };
    let (modality, _) = modality(&items[..v], &items[..colon], v);
    let when = if ev.is_status() {
        // (a status dated otherwise is not told of now: "stayed out of it in 1999")
        if find_date(items, vend, colon, s.date_context(vend, false)).is_some() {
            return;
        }
        s.now()
    } else {
        find_date(items, vend, colon, s.date_context(vend, false))
            .map(|(w, _)| w)
            .or_else(|| s.undated(modality))
    };
    push_statuses(s, &[org], &states, ev, when, modality, start..end, false);
}

/// "It binds nine countries for five years: A, B, ...", "Nine states are now parties to the
/// treaty: the six original signatories (A, B, ...) and C, D and E, which acceded in 1993",
/// "The treaty's nine participants — A, B, ... — have ratified it": a count of states, parties
/// or members that the states named after a colon or between dashes make up exactly. They are
/// members at the article's date of the organisation the words before name or point to (not one
/// naming the states themselves: "six Commonwealth states"), with a word that makes them members
/// ("binds", "parties to", "remain in", "nine parties"), never observers, candidates or guests.
/// Only present descriptions with no event in them (an event's subject list is
/// `counted_subject_spelt_out`'s); an organisation only pointed to, not one the reference
/// timeline has any of them out of at that date.
pub fn counted_then_listed(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some((c, noun)) = (0..items.len()).find_map(|c| {
        super::num(&items[c])?;
        // ("groups eleven of the fifteen former republics: A, ..., K": those eleven)
        let of_whole = items.get(c + 1).is_some_and(|w| w.is("of"))
            && items.get(c + 2).is_some_and(|w| w.is("the"))
            && items.get(c + 3).and_then(super::num) > super::num(&items[c]);
        let from = if of_whole { c + 4 } else { c + 1 };
        (from..(from + 3).min(items.len()))
            .find(|&q| {
                items[q].is_any(STATE_NOUNS)
                    || items[q].is_any(&["parties", "members", "participants"])
            })
            .map(|q| (c, q))
    }) else {
        return;
    };
    let n = super::num(&items[c]).unwrap_or(0) as usize;
    // (not "nine candidate states", "five other states", "three non-member states")
    if n < 2
        || items[c + 1..noun].iter().any(|w| {
            w.is_any(&[
                "candidate",
                "other",
                "non-member",
                "applicant",
                "observer",
                "neighbouring",
                "remaining",
                "more",
                "new",
            ])
        })
    {
        return;
    }
    // The list opens with a colon or a dash a few words on, in the same clause.
    let Some(open) = (noun + 1..(noun + 10).min(items.len())).find(|&q| {
        items[q].is_punct(':')
            || items[q].is_dash()
                && !items[q]
                    .kind
                    .eq(&super::tokens::Kind::Dash { joining: true })
    }) else {
        return;
    };
    if items[noun + 1..open]
        .iter()
        .any(|w| w.is_punct(',') || w.is_punct(';') || w.is_punct('.'))
    {
        return;
    }
    // (between dashes, up to the closing one; after a colon, to the sentence's end)
    let close = if items[open].is_dash() {
        (open + 1..items.len())
            .find(|&q| {
                items[q].is_dash() && items[q].kind != (super::tokens::Kind::Dash { joining: true })
            })
            .unwrap_or(items.len())
    } else {
        items.len()
    };
    let mut states: Vec<StateId> = Vec::new();
    for w in &items[open + 1..close] {
        if let Some(Entity::State(st)) = w.entity()
            && !states.contains(&st)
        {
            states.push(st);
        }
    }
    // (a list dated item by item, "A since 1991, B since 1993", is `since_tails`'s)
    if states.len() != n
        || items[open + 1..close].iter().any(|w| w.is("since"))
        || !matches!(
            items.get(open + 1).map(Item::entity),
            Some(Some(Entity::State(_)))
        ) && !items.get(open + 1).is_some_and(|w| w.is("the"))
    {
        return;
    }
    let before = &items[..open];
    // What the count is of: members by its own noun ("nine parties", "the treaty's nine
    // participants"), or states that a word for membership makes members ("binds nine
    // countries", "Nine states are now parties to the treaty"); never observers, candidates or
    // guests ("Four countries attended the summit as observers: ...").
    let membership_noun = items[noun].is_any(&["parties", "members", "participants"]);
    let membership_word = before.iter().any(|w| {
        w.is_any(&[
            "binds",
            "bind",
            "binding",
            "bound",
            "parties",
            "party",
            "members",
            "member",
            "participants",
            "belong",
            "belongs",
            "counts",
            "comprises",
            "includes",
            "consists",
            "groups",
            "unites",
            "remain",
            "remains",
            "stay",
            "stays",
            "participating",
            "continues",
        ])
    });
    if !(membership_noun || membership_word)
        || items[..close].iter().any(|w| {
            w.is_any(&[
                "observer",
                "observers",
                "candidate",
                "candidates",
                "guest",
                "guests",
                "applicant",
                "applicants",
                "aspirant",
                "aspirants",
                "partner",
                "partners",
            ])
        })
    {
        return;
    }
    // (a present description: nothing done, lost or denied, and no past tense)
    if before.iter().enumerate().any(|(k, w)| {
        matches!(verb_at(items, k), Some((Verb::Event(_), _)))
            || w.is_any(&[
                "was", "were", "had", "lost", "lose", "loses", "gained", "shed", "dropped",
                "without", "except", "outside", "out", "left", "quit", "not", "no", "never",
                "than", "if", "would", "could",
            ])
    }) || items[c.saturating_sub(3)..c]
        .iter()
        .any(|w| w.is_any(&["of", "among", "from"]))
        // (nor at a date of its own: "The three states that belonged to GUUAM in 2001—A, B, C—")
        // (not a span it runs for: "binding for five years on nine states")
        || find_date(items, 0, open, s.date_context(c, false)).is_some_and(|(w, r)| {
            Some(w) != s.now() && !(r.start > 0 && items[r.start - 1].is("for"))
        })
    {
        return;
    }
    // (a list some other reading has already made members of something: "the CSTO's seven
    // members — A, B, ... — met on 5 September")
    if members_already(s, open..close) {
        return;
    }
    // The organisation: the last named or pointed to before the list (not one describing the
    // states: "six Commonwealth states"), else the one "it" stands for.
    let org = (0..open)
        .rev()
        .filter(|&k| !(c < k && k < noun))
        .find_map(|k| match items[k].entity() {
            Some(Entity::Org(o)) => Some((o, true)),
            _ if items[k].is_any(super::grammar::ORG_ANAPHORS) => {
                org_mentioned_before(s, k + 1).map(|o| (o, false))
            }
            _ => None,
        })
        .or_else(|| {
            let k = (0..c).find(|&k| items[k].is_any(&["it", "its"]))?;
            s.anaphor_org(k).map(|o| (o, false))
        })
        // ("The treaty was renewed in April. Six parties remain: A, B, ...": a sentence that
        // is only the count, a noun of membership and its verb, of the organisation the
        // sentence before named, if the states listed make it up by the reference timeline)
        .or_else(|| {
            let bare = membership_noun
                && items[..c]
                    .iter()
                    .all(|w| w.is_any(&["only", "just", "now", "still"]))
                && items[noun + 1..open]
                    .iter()
                    .all(|w| w.is_any(&["now", "still", "remain", "remained"]));
            bare.then(|| org_of_listed_members(s, &states))
                .flatten()
                .filter(|o| s.discourse.previous.contains(o))
                .map(|o| (o, false))
        });
    let Some((org, named)) = org else {
        return;
    };
    // (one only pointed to is the wrong one if the reference timeline has any of them out)
    if !named && any_out(s, org, &states) {
        return;
    }
    let (modality, _) = modality(before, &items[..close], c);
    if modality == Modality::Negated {
        return;
    }
    let when = if modality == Modality::Planned {
        s.undated(modality)
    } else {
        s.now()
    };
    push_statuses(
        s,
        &[org],
        &states,
        Event::Member,
        when,
        modality,
        c..close,
        false,
    );
    // (and the count, of what the list makes up: "It binds nine countries: ...")
    if modality == Modality::Asserted {
        s.push(
            Claim::Count {
                org,
                value: n as u32,
                counts: crate::fact::Counted::Members,
            },
            when,
            modality,
            c..noun + 1,
            false,
        );
    }
}

/// Whether a claim of membership read already overlaps items `r` (a list another reading has
/// made members of something).
fn members_already(s: &Sentence<'_, '_>, r: Range<usize>) -> bool {
    let span = s.span(r);
    s.facts.iter().any(|f| {
        matches!(
            f.claim,
            Claim::Membership {
                event: Event::Member,
                ..
            }
        ) && f.span.start < span.end
            && f.span.end > span.start
    })
}

/// "Uzbekistan gave notice to quit the treaty. The remaining parties — A, B, ... — will renew
/// it", "The others — A, B, ... — are expected to stay": a sentence opening with the ones left
/// after a departure the sentence before told, spelt out between dashes (or commas, or in
/// brackets). They are members, as the sentence tells them, of the organisation left, unless the
/// reference timeline has any of them out of it then; the state that left is not among them.
pub fn the_rest_listed(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if !items.first().is_some_and(|w| w.is("the")) {
        return;
    }
    // ("The other six participants — A, B, ... —": a count before the noun, as many as listed)
    let counted = items.get(2).and_then(super::num);
    let noun = 2 + usize::from(counted.is_some());
    let open = if items.get(1).is_some_and(|w| w.is_any(&["others", "rest"])) {
        2
    } else if items
        .get(1)
        .is_some_and(|w| w.is_any(&["remaining", "other"]))
        && items.get(noun).is_some_and(|w| {
            w.is_any(&[
                "members",
                "parties",
                "participants",
                "signatories",
                "states",
                "countries",
            ])
        })
    {
        noun + 1
    } else {
        return;
    };
    let Some(opener) = items.get(open) else {
        return;
    };
    if !(opener.is_dash() && opener.kind != (super::tokens::Kind::Dash { joining: true })
        || opener.is_punct(',')
        || opener.is_punct('('))
    {
        return;
    }
    let Ok((rest, states)) = state_list(Toks(&items[open + 1..])) else {
        return;
    };
    let end = index_of(items, rest);
    let closed = items.get(end).is_some_and(|w| {
        if opener.is_punct('(') {
            w.is_punct(')')
        } else if opener.is_punct(',') {
            w.is_punct(',')
        } else {
            w.is_dash()
        }
    });
    if states.len() < 2 || !closed || counted.is_some_and(|n| n as usize != states.len()) {
        return;
    }
    // ("The others" could be anyone: only those said to stay on — "are expected to renew",
    // "remain committed" — not "The others — A and B — have long kept their distance")
    if items[1].is_any(&["others", "rest"])
        && !items[end..].iter().any(|w| {
            w.is_any(&[
                "renew",
                "renewed",
                "renewing",
                "prolong",
                "prolonged",
                "extend",
                "extended",
                "remain",
                "remains",
                "remained",
                "stay",
                "stays",
                "stayed",
                "continue",
                "continues",
                "committed",
                "loyal",
                "members",
                "parties",
            ])
        })
    {
        return;
    }
    if members_already(s, open..end) {
        return;
    }
    let left = s
        .discourse
        .last_event
        .filter(|t| matches!(t.event, Event::Withdrew | Event::Suspended));
    let org = match left {
        Some(t) if !states.contains(&t.state) => t.org,
        Some(_) => return,
        // ("The remaining parties — A, B, ... —" further on in a story of a departure: what the
        // article is about, when the reference timeline has them all in it; not after a
        // sentence that told something else: "... but joined GUUAM. The remaining parties —")
        None if items[1].is("remaining") && s.discourse.last_event.is_none() => {
            let Some(org) = s.discourse.topic().filter(|&o| all_in(s, o, &states)) else {
                return;
            };
            org
        }
        None => return,
    };
    if any_out(s, org, &states) {
        return;
    }
    push_members(s, end + 1, states, org, 0..end + 1);
}

/// "The treaty's tally now: A, B, ...", "The treaty's nine members are worth naming: A, B, ...",
/// "The members that remain, A, B and C, met", "The six states still in the Collective Security
/// Treaty (CST), A, B, ..., met": a sentence opening with a noun for an organisation's members
/// that a list spells out, after a colon or set off by commas. A count in the noun phrase must
/// be the list's length; without one, the words before a colon must be a bare noun phrase.
fn members_spelt_out(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(first) = items.first() else {
        return;
    };
    if !first.is_any(&["the", "its", "their"]) && !matches!(first.entity(), Some(Entity::Org(_))) {
        return;
    }
    let Some(np_end) = (1..items.len().min(16))
        .find(|&k| items[k].is_punct(',') || items[k].is_punct(':') || items[k].is_punct('('))
    else {
        return;
    };
    let np = &items[..np_end];
    // (a noun phrase of its own: not "The remaining members – Russia, ..." set off by dashes)
    if np
        .iter()
        .any(|w| w.is_dash() || matches!(w.entity(), Some(Entity::State(_))))
    {
        return;
    }
    // ("line-up" is three items)
    let Some(noun) = np.iter().enumerate().position(|(k, w)| {
        w.is_any(&[
            "members",
            "participants",
            "parties",
            "tally",
            "roster",
            "lineup",
        ]) || w.is("rest")
            // ("The rest of the alliance, A, B and C, met": of one named, or pointed to after
            // a departure the sentence before told)
            && np.get(k + 1).is_some_and(|x| x.is("of"))
            && np[k + 2..].iter().any(|x| {
                matches!(x.entity(), Some(Entity::Org(_)))
                    || x.is_any(super::grammar::ORG_ANAPHORS)
                        && s.discourse.last_event.is_some_and(|t| {
                            matches!(t.event, Event::Withdrew | Event::Suspended)
                        })
            })
            || w.is("up")
            && k >= 2
            && np[k - 2].is("line")
            && np[k - 1].kind == (super::tokens::Kind::Dash { joining: true })
            // ("The six states still in the Collective Security Treaty", "The six states that
            // still adhere to the treaty")
            || w.is_any(STATE_NOUNS)
                && (np[k + 1..].iter().any(|x| x.is_any(&["in", "inside", "within"]))
                    || np[k + 1..].first().is_some_and(|x| x.is_any(&["that", "which"]))
                        && np[k + 2..].iter().any(|x| {
                            x.is_any(&["adhere", "belong", "remain", "stay", "stand"])
                        }))
                && np[k + 1..].iter().any(|x| {
                    matches!(x.entity(), Some(Entity::Org(_)))
                        || x.is_any(super::grammar::ORG_ANAPHORS)
                })
    }) else {
        return;
    };
    // ("The tally of signatures on the protocol now: ..." counts something else; "The three
    // states that no longer adhere to the treaty, A, B and C, ..." are out of it)
    if np[noun].is("tally") && np.get(noun + 1).is_some_and(|w| w.is("of"))
        || np[noun + 1..]
            .iter()
            .any(|w| w.is_any(&["not", "no", "never", "longer", "nor"]))
    {
        return;
    }
    // (as they are now: not "The states that might still stand by the treaty (A, B)", "The
    // states that stood by the treaty in 1995 (A, B, C)")
    let ctx = s.date_context(noun, false);
    if np[noun + 1..].iter().any(|w| {
        w.is_any(&[
            "might", "may", "could", "would", "will", "should", "stood", "stayed", "remained",
            "belonged", "adhered", "were", "was", "had",
        ])
    }) || find_date(items, noun + 1, np_end, ctx).is_some_and(|(w, _)| Some(w) != s.now())
    {
        return;
    }
    // ("The seven states that still adhere to the CSTO on paper, A, B, ...": as hedged)
    let hedged = np[noun + 1..]
        .iter()
        .any(|w| w.is_any(&["paper", "nominally", "technically", "theory", "name"]));
    let count = np[..noun].iter().find_map(super::num);
    let verb = np[noun + 1..].iter().any(|w| {
        w.is_any(&[
            "is", "are", "was", "were", "has", "have", "had", "will", "would",
        ])
    });
    // (nor members lost or gained: "The CST lost members: A and B", "lost three members: ...")
    if np.iter().enumerate().any(|(k, w)| {
        verb_at(items, k).is_some()
            || w.is_any(&[
                "lost", "lose", "loses", "gained", "gain", "gains", "added", "adds", "shed",
                "dropped", "admitted", "expelled", "welcomed",
            ])
    }) {
        return;
    }
    // Where the list starts: after a colon, or after a comma (past a bracketed abbreviation),
    // or in brackets right after the noun ("The current CSTO line-up (A, B, ...) met").
    let mut at = np_end;
    // (a bare noun phrase: "Its secretariat now has three members (...)" is read with the
    // counts, and of what "has" them)
    // ("The states that still stand by the treaty (A, B, ...) are ...": after its relative
    // clause too)
    let relative = np
        .get(noun + 1)
        .is_some_and(|w| w.is_any(&["that", "which"]));
    let bracketed = items[at].is_punct('(')
        && (noun + 1 == np_end || relative)
        && !np
            .iter()
            .any(|w| w.is_any(COPULAS) || w.is_any(&["has", "have", "had"]))
        && state_list(Toks(&items[at + 1..]))
            .is_ok_and(|(rest, _)| rest.0.first().is_some_and(|w| w.is_punct(')')));
    if items[at].is_punct('(') && !bracketed {
        let Some(close) = (at + 1..(at + 4).min(items.len())).find(|&q| items[q].is_punct(')'))
        else {
            return;
        };
        at = close + 1;
    }
    let colon = items.get(at).is_some_and(|w| w.is_punct(':'));
    if !(colon || bracketed || items.get(at).is_some_and(|w| w.is_punct(','))) {
        return;
    }
    // ("... is left with six active members: A, B, ...": a count right before the colon is
    // read with the counts, which weigh the organisation pointed to by it)
    if colon && noun + 1 == np_end && count.is_some() {
        return;
    }
    let Ok((rest, states)) = state_list(Toks(&items[at + 1..])) else {
        return;
    };
    let end = index_of(items, rest);
    let closes = if colon {
        items
            .get(end)
            .is_none_or(|w| w.is_punct('.') || w.is_punct(';') || w.is_punct('('))
    } else if bracketed {
        true
    } else {
        items
            .get(end)
            .is_some_and(|w| w.is_punct(',') || w.is_dash())
    };
    if states.len() < 2
        || !closes
        || count.is_some_and(|n| n as usize != states.len())
        || count.is_none() && verb
        // (nor a set-off list after a verb: "The members are divided, A and B against")
        || !colon && verb
    {
        return;
    }
    let opening = subject_org(s, np_end);
    let named = opening.filter(|&(_, named)| named).map(|(o, _)| o);
    // (one the sentence before named is checked against the one the reference timeline has
    // these states make up; one pointed to or taken from before that has any of them out is
    // the wrong one)
    let Some(org) = opening.map(|(o, _)| o).or_else(|| {
        let before = s
            .discourse
            .previous
            .last()
            .or(s.discourse.claimed_orgs.last())
            .copied()?;
        Some(if any_out(s, before, &states) {
            org_of_listed_members(s, &states).unwrap_or(before)
        } else {
            before
        })
    }) else {
        return;
    };
    if named.is_none() && any_out(s, org, &states) {
        return;
    }
    let when = s.now();
    let modality = if hedged {
        Modality::Hedged
    } else {
        Modality::Asserted
    };
    push_statuses(
        s,
        &[org],
        &states,
        Event::Member,
        when,
        modality,
        0..end,
        false,
    );
}

/// "Yerevan sits with Russia, Belarus and Tajikistan in the Collective Security Treaty": the
/// subject and the states it sits with are members of the organisation they sit in.
fn sits_with(s: &mut Sentence<'_, '_>, m: usize) {
    let items = s.items;
    let Ok((rest, with)) = state_list(Toks(&items[m + 2..])) else {
        return;
    };
    let at = index_of(items, rest);
    if !items.get(at).is_some_and(|w| w.is_any(&["in", "inside"])) {
        return;
    }
    // ("sit with Russia in both the Collective Security Treaty and the SCO": each of them)
    let both = usize::from(items.get(at + 1).is_some_and(|w| w.is("both")));
    let the = usize::from(items.get(at + 1 + both).is_some_and(|w| w.is("the")));
    let Ok((after, org)) = org_name(Toks(&items[(at + 1 + both + the).min(items.len())..])) else {
        return;
    };
    let mut end = index_of(items, after);
    if is_modifier(items, end) {
        return;
    }
    // ("in the CSTO and the SCO": each of a list; "in both ..." only with one)
    let mut orgs = vec![org];
    let (more, last) = further_orgs(s, end, &|w| w.is("and"));
    if more.is_empty() && both == 1 {
        return;
    }
    if !more.is_empty() {
        orgs.extend(more);
        end = last;
    }
    let clause = s.clause(m);
    let Some((states, r, aux)) = subject(s, m, clause.start) else {
        return;
    };
    let from = aux.min(m);
    let (modality, _) = modality(&items[from..m], &items[clause.clone()], m - clause.start);
    let span = r.start.min(m)..end;
    let now = s.now();
    // "sat" is past, at the date the clause gives ("In 1995 Tbilisi sat with ..."; "has sat
    // ... since 2002" from then on, "until 2003" up to then).
    let when = if items[m].is("sat") {
        let ctx = s.date_context(m, false);
        match find_date(items, clause.start, clause.end, ctx) {
            Some((w, r)) if r.start > 0 && items[r.start - 1].is("since") => {
                now.map(|n| Interval::span(w, n))
            }
            Some((w, r)) if r.start > 0 && items[r.start - 1].is_any(&["until", "till"]) => {
                w.to.map(Interval::until)
            }
            Some((w, _)) => Some(w),
            None => s.undated(Modality::Asserted),
        }
    } else {
        now
    };
    // The states it sits with are members whatever is said of the subject: "Georgia does not
    // sit with Russia in the CSTO" denies only Georgia's membership, "Yerevan will sit with
    // Moscow in the SCO" plans only Armenia's.
    match modality {
        Modality::Asserted => {
            let all: Vec<StateId> = states.into_iter().chain(with).collect();
            push_asserted(s, &orgs, &all, Event::Member, when, span);
        }
        other => {
            let (event, modality, subject_when) = match other {
                Modality::Negated => (Event::NotMember, Modality::Asserted, when),
                Modality::Planned => (Event::Member, other, s.undated(Modality::Planned)),
                _ => (Event::Member, other, when),
            };
            push_statuses(
                s,
                &orgs,
                &states,
                event,
                subject_when,
                modality,
                span.clone(),
                false,
            );
            push_asserted(s, &orgs, &with, Event::Member, now, span);
        }
    }
}

/// "Georgia and Azerbaijan are partners of NATO", "NATO partners": partners in the programme
/// the organisation runs (Lexicon::partnership_of), for the facts the status noun at item `m`
/// told (from `from` on) — but not for a state the reference timeline has in the organisation
/// itself then, nor one a state's possessive makes a fellow member ("Lithuania, Poland's NATO
/// partner").
fn partners_in_programme(s: &mut Sentence<'_, '_>, m: usize, from: usize) {
    let items = s.items;
    if !items[m].is_any(&["partner", "partners"]) {
        return;
    }
    let fellow = (m.saturating_sub(4)..m).any(|q| {
        items[q].text == "'s" && q >= 1 && is_state_item(&items[q - 1])
            || items[q].is_any(&["fellow", "allies", "ally"])
    });
    // ("partners in NATO and the EU": members of both)
    if fellow || items.get(m + 1).is_some_and(|w| w.is("in")) {
        return;
    }
    // "NATO partners" may be its members ("Estonia and Latvia, NATO partners since 2004"):
    // only a state of the region's own groupings, by the reference timeline, is a partner in
    // the programme; "partners of NATO" always are.
    let of = items.get(m + 1).is_some_and(|w| w.is("of"));
    let lexicon = s.lexicon;
    let day = s.article;
    for f in &mut s.facts[from..] {
        if let Claim::Membership {
            event: Event::Member,
            state: Some(st),
            org,
        } = &mut f.claim
            && let Some(programme) = lexicon.partnership_of(*org)
            && day.is_none_or(|d| lexicon.prior.member(*st, *org, d) != Some(true))
            && (of || day.is_some_and(|d| lexicon.prior.in_any(*st, d)))
        {
            *org = programme;
        }
    }
}

/// "Azerbaijan remains in GUUAM ...; the fifth member, Uzbekistan, froze its participation",
/// "the group's current chair, Moldova, ...", "eleven full members and one associate,
/// Turkmenistan": a definite noun for one member (or associate, or observer) with the state
/// it is set off after it. The organisation is the one the possessive names, the one named as
/// the noun's modifier, else the last one named before. `m` is the noun.
fn one_member_named(s: &mut Sentence<'_, '_>, m: usize) {
    let items = s.items;
    let noun = &items[m];
    // (a chair is one of the group's members only when the group owns it: "the group's
    // current chair")
    let chair = noun.is("chair");
    let event = if noun.is("associate") {
        Event::Associate
    } else if noun.is("observer") {
        Event::Observer
    } else {
        Event::Member
    };
    if !items.get(m + 1).is_some_and(|w| w.is_punct(',')) {
        return;
    }
    let Ok((rest, states)) = state_list(Toks(&items[m + 2..])) else {
        return;
    };
    // (one state, the apposition closed: not "the fifth member, Uzbekistan and Georgia say")
    let end = index_of(items, rest);
    if states.len() != 1
        || !items.get(end).is_none_or(|w| {
            w.is_punct(',') || w.is_punct('.') || w.is_punct(';') || w.is_punct(')') || w.is_dash()
        })
    {
        return;
    }
    // The noun's phrase, back to its determiner: ranks and qualities ("the fifth", "its
    // newest", "the current"), an organisation as modifier ("the GUUAM chair") or possessor
    // ("the SCO's newest member", "the group's current chair").
    let mut k = m;
    let mut named = None;
    let mut owned = false;
    let mut words = 0;
    while k > 0 && words < 4 {
        let p = &items[k - 1];
        if let Some(Entity::Org(o)) = p.entity() {
            named = Some(o);
        } else if p.text == "'s" && k >= 2 {
            owned = true;
            if let Some(Entity::Org(o)) = items[k - 2].entity() {
                named = Some(o);
            } else if items[k - 2].is_any(super::grammar::ORG_ANAPHORS) {
                named = s.anaphor_org(k - 3);
            } else {
                return;
            }
            k -= 2;
            break;
        } else if p.is_any(ORDINALS)
            || is_member_quality(p)
            || p.is_any(&["first", "last", "only", "current", "remaining", "other"])
        {
            words += 1;
        } else {
            break;
        }
        k -= 1;
    }
    // (a determiner opens it: "the", "its", "one" for "and one associate, Turkmenistan")
    let det = if owned {
        k = k.saturating_sub(usize::from(k > 0 && items[k - 1].is("the")));
        true
    } else if k > 0 && items[k - 1].is_any(&["the", "its", "their"]) {
        k -= 1;
        true
    } else {
        k > 0 && items[k - 1].is("one") && !chair && {
            k -= 1;
            true
        }
    };
    if !det || chair && !owned {
        return;
    }
    // (set off as a subject, an object or an aside: not a predicate, "Kazakhstan became the
    // fifth member, Kyrgyzstan the sixth", nor a former one)
    if k > 0
        && (items[k - 1].is_any(COPULAS)
            || items[k - 1].is_any(&["became", "become", "becomes", "as", "former", "not"]))
        || items[k..m]
            .iter()
            .any(|w| w.is_any(&["former", "prospective", "future"]))
    {
        return;
    }
    let clause = s.clause(m);
    // (not one told leaving, "The fifth member, Uzbekistan, quit GUUAM in 2005"; and with no
    // organisation in the phrase, not one whose clause goes on to name another, which the noun
    // may be of)
    let after = end + 1..clause.end.max(end + 1);
    if after.clone().any(|q| {
        matches!(
            verb_at(items, q),
            Some((Verb::Event(Event::Withdrew) | Verb::NotRenewed, _))
        ) || items[q].is_any(&["exit", "withdrawal", "departure", "longer", "leaving"])
    }) {
        return;
    }
    let Some(org) = named.or_else(|| {
        let before = s.org_before(k)?;
        let other = items[after.start.min(items.len())..after.end.min(items.len())]
            .iter()
            .any(|w| matches!(w.entity(), Some(Entity::Org(o)) if o != before));
        (!other).then_some(before)
    }) else {
        return;
    };
    let (modality, _) = modality(&[], &items[clause.clone()], m - clause.start);
    if modality != Modality::Asserted {
        return;
    }
    let when = s.now();
    push_asserted(s, &[org], &states, event, when, k..end);
}

/// Verbs by which a state lowers its own standing ("reduced its participation", "downgraded
/// itself"), besides "stepped down".
const LOWERING: &[&str] = &["reduced", "downgraded", "lowered", "demoted", "cut"];

/// "Turkmenistan has reduced its participation in the CIS to that of an associate member",
/// "downgraded itself to associate membership of the Commonwealth in August 2005", "stepped
/// down to the rank of associate member": a state lowered to associate status, of the
/// organisation named in the phrase (else the one named before), from the date the clause
/// gives (else now).
fn lowered_to_associate(s: &mut Sentence<'_, '_>, v: usize) {
    let items = s.items;
    let clause = s.clause(v);
    let stepped = items[v].is("stepped") && items.get(v + 1).is_some_and(|w| w.is("down"));
    if !(items[v].is_any(LOWERING) || stepped) {
        return;
    }
    // ("... to that of an associate member", "to associate status", "to the rank of associate
    // member"): "to", then "associate" within a few words
    // (its own standing lowered: "reduced its participation", "downgraded itself")
    if !stepped
        && !items
            .get(v + 1)
            .is_some_and(|w| w.is_any(&["its", "itself", "their", "themselves"]))
    {
        return;
    }
    let Some(to) = (v + 1..clause.end.min(v + 10)).find(|&q| items[q].is("to")) else {
        return;
    };
    let Some(a) = (to + 1..(to + 6).min(clause.end)).find(|&q| items[q].is("associate")) else {
        return;
    };
    if !items[to + 1..a].iter().all(|w| {
        w.is_any(&[
            "that", "of", "an", "a", "the", "rank", "status", "level", "mere", "only",
        ])
    }) || !items.get(a + 1).is_some_and(|w| {
        w.is_any(&["member", "membership", "status"]) || w.is_punct('.') || w.is_punct(',')
    }) {
        return;
    }
    let Some((states, r, aux)) = subject(s, v, clause.start) else {
        return;
    };
    // The organisation: named in the phrase ("its participation in the CIS", "associate
    // membership of the Commonwealth"), else the one named before.
    let named = (v + 1..(a + 5).min(clause.end)).find_map(|q| match items[q].entity() {
        Some(Entity::Org(o)) => Some(o),
        _ => None,
    });
    let Some(org) = named.or_else(|| s.org_before(v)) else {
        return;
    };
    let (modality, _) = modality(
        &items[aux.min(v)..v],
        &items[clause.clone()],
        v - clause.start,
    );
    // (a date of the phrase itself, or one opening the clause: not the report's, "..., a
    // change leaders endorsed at their summit on Friday")
    let ctx = s.date_context(v, modality == Modality::Planned);
    let phrase_end = (a..clause.end)
        .find(|&q| items[q].is_punct(',') || items[q].is_dash() || items[q].is_punct(';'))
        .unwrap_or(clause.end);
    let when = find_date(items, v, phrase_end, ctx)
        .or_else(|| find_date(items, clause.start, r.start, ctx))
        .map(|(w, _)| w)
        .or_else(|| s.now());
    push_statuses(
        s,
        &[org],
        &states,
        Event::Associate,
        when,
        modality,
        r.start..a + 1,
        false,
    );
}

/// "Outside remain Ukraine, Moldova and Turkmenistan.", "Still outside the treaty are A and B.":
/// an inverted sentence denying membership of the states it ends with, of the organisation named
/// after "outside", else of the one the sentence before named or made a claim of, else of what
/// the article is about.
fn outside_remain(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let mut k = usize::from(items.first().is_some_and(|w| w.is("still")));
    if !items.get(k).is_some_and(|w| w.is("outside")) {
        return;
    }
    k += 1;
    let mut named = None;
    if let Ok((rest, o)) = org_name(Toks(
        &items[k + usize::from(items.get(k).is_some_and(|w| w.is("the")))..],
    )) {
        named = Some(o);
        k = index_of(items, rest);
    } else if let Ok((rest, ())) = org_anaphor(Toks(&items[k..])) {
        named = s.anaphor_org(k);
        k = index_of(items, rest);
    } else if items.get(k).is_some_and(|w| w.is_any(&["it", "them"])) {
        named = s.anaphor_org(k);
        k += 1;
    }
    if !items.get(k).is_some_and(|w| {
        w.is_any(&[
            "remain", "remains", "are", "is", "stand", "stands", "stay", "stays",
        ])
    }) {
        return;
    }
    // (the list ends with its "and": "Ukraine, Moldova and Turkmenistan, Ashgabat citing its
    // neutrality" goes on with an aside)
    let upto = (k + 1..items.len())
        .find(|&q| items[q].is("and"))
        .map_or(items.len(), |q| (q + 2).min(items.len()));
    let Ok((rest, states)) = state_list(Toks(&items[k + 1..upto])) else {
        return;
    };
    // (counted within the slice the list was read from)
    let end = upto - rest.0.len();
    if !items
        .get(end)
        .is_none_or(|w| w.is_punct('.') || w.is_punct(';') || w.is_punct(','))
    {
        return;
    }
    // (not named: what the sentence before was about, else the last it named or claimed, else
    // the article's topic — the first the reference timeline does not have any of them in:
    // "The CSTO is Moscow's answer to the CIS's failings. Outside remain Georgia and Moldova.")
    // (nor a body named in passing, NATO, the EU)
    let fits = |o: &OrgId| {
        s.lexicon.org(*o).can_be_topic
            && s.article.is_none_or(|day| {
                states
                    .iter()
                    .all(|&st| s.lexicon.prior.member(st, *o, day) != Some(true))
            })
    };
    let Some(org) = named.or_else(|| {
        [
            s.discourse.subject_org,
            s.discourse.previous.last().copied(),
            s.discourse.claimed_orgs.last().copied(),
            s.discourse.topic(),
        ]
        .into_iter()
        .flatten()
        .find(fits)
    }) else {
        return;
    };
    let (modality, _) = modality(&[], items, k);
    let when = s.now();
    push_statuses(
        s,
        &[org],
        &states,
        Event::NotMember,
        when,
        modality,
        0..end,
        false,
    );
}

/// "The CSTO's newest member is Uzbekistan", "The newest member of the CSTO is Uzbekistan",
/// "Among the CSTO's members is Armenia", "Its only Caucasian member is Armenia": one member
/// (or a few) named after "is" or "are", the organisation's members heading the subject. They
/// are members now. (Lists of two or more after "are" with no "among" are `named_by_copula`'s.)
fn member_named_after_copula(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let among = items.first().is_some_and(|w| w.is("among"));
    let start = usize::from(among);
    if !items
        .get(start)
        .is_some_and(|w| w.is_any(&["the", "its", "their"]))
    {
        return;
    }
    let Some(cop) =
        (start + 1..items.len().min(start + 10)).find(|&k| items[k].is_any(&["is", "are"]))
    else {
        return;
    };
    let subject = &items[start..cop];
    let Some(n) = subject
        .iter()
        .position(|w| w.is_any(&["member", "members"]))
    else {
        return;
    };
    // (a plural without "among" names all of them: `named_by_copula`)
    if subject[n].is("members") && !among {
        return;
    }
    // The organisation: "the CSTO's", "the CSTO", "of the CSTO", or "its".
    let org_in = |ws: &[Item<'_>]| {
        ws.iter().find_map(|w| match w.entity() {
            Some(Entity::Org(o)) => Some(o),
            _ => None,
        })
    };
    let org = org_in(&subject[..n])
        .or_else(|| {
            (subject.get(n + 1).is_some_and(|w| w.is("of")))
                .then(|| org_in(&subject[n + 2..]))
                .flatten()
        })
        .or_else(|| {
            subject[0]
                .is("its")
                .then(|| s.discourse.subject_org.or_else(|| s.discourse.topic()))
                .flatten()
        });
    let Some(org) = org else {
        return;
    };
    // (only determiners, the name, its possessive and adjectives before the noun; nothing
    // after it but "of" and the name: not "the member states' envoys", "the member that left")
    let plain = !subject[..n].iter().any(|w| w.is("of"))
        && subject[..n].iter().all(|w| {
            w.is_any(&["the", "its", "their", "'s"])
                || matches!(w.entity(), Some(Entity::Org(_)))
                || w.kind == super::tokens::Kind::Word
                    && w.text.chars().all(|c| c.is_lowercase() || c == '-')
                || super::num(w).is_some()
        })
        && (n + 1 == subject.len()
            || subject[n + 1].is("of")
                && subject[n + 2..]
                    .iter()
                    .all(|w| w.is("the") || matches!(w.entity(), Some(Entity::Org(_)))));
    if !plain
        || subject[..n].iter().any(|w| {
            w.is_any(&[
                "former",
                "future",
                "prospective",
                "candidate",
                "would-be",
                "only",
                "first",
                "last",
                "next",
                "not",
                "no",
                "potential",
                "possible",
                "aspiring",
            ])
        })
    {
        return;
    }
    let Ok((rest, states)) = state_list(Toks(&items[cop + 1..])) else {
        return;
    };
    let end = index_of(items, rest);
    if !items
        .get(end)
        .is_none_or(|w| w.is_punct('.') || w.is_punct(';') || w.is_punct(','))
    {
        return;
    }
    let Some(now) = s.now() else {
        return;
    };
    let clause = s.clause(cop);
    let (modality, _) = modality(&[], &items[clause.clone()], cop - clause.start);
    push_statuses(
        s,
        &[org],
        &states,
        Event::Member,
        Some(now),
        modality,
        0..end,
        false,
    );
}

/// "The members that remain are Armenia, Belarus, ...", "The original signatories, who met in
/// Tashkent in May 1992, were A, B, ...", "Those who signed on Friday were A, B, ...": a sentence
/// opening with a noun for an organisation's members (or signatories, or founders) that a copula
/// spells out as a list of states. The organisation is the one the noun phrase names or points
/// to, else the one the sentence before named or made a claim of; a signing or founding takes the date its own
/// words give, else that of the same event the sentence before told, else the day that sentence named.
fn named_by_copula(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(first) = items.first() else {
        return;
    };
    if !first.is_any(&["the", "those", "its", "their"])
        && !matches!(first.entity(), Some(Entity::Org(_)))
    {
        return;
    }
    // The copula ending the subject: "are" or "were" at most twenty items in, with a list of
    // states after it that ends the sentence.
    let Some(cop) = (1..items.len().min(20)).find(|&k| items[k].is_any(&["are", "were"])) else {
        return;
    };
    let Ok((rest, states)) = state_list(Toks(&items[cop + 1..])) else {
        return;
    };
    let end = index_of(items, rest);
    // (or goes on with an apposition on them all: "..., the six states which signed it last
    // May")
    let apposition = items.get(end).is_some_and(|w| w.is_punct(','))
        && items
            .get(end + 1)
            .is_some_and(|w| w.is_any(&["the", "all", "each", "both"]));
    if states.len() < 2
        || !(apposition
            || items
                .get(end)
                .is_none_or(|w| w.is_punct('.') || w.is_punct(';') || w.is_punct('(')))
    {
        return;
    }
    let subject = &items[..cop];
    // (not what is still to come: "The members that will remain are ...")
    if subject
        .iter()
        .any(|w| w.is_any(&["will", "would", "shall", "could", "may", "might"]))
    {
        return;
    }
    let noun = subject.iter().position(|w| {
        w.is_any(&[
            "members",
            "parties",
            "signatories",
            "founders",
            "participants",
        ])
    });
    // ("Those who signed on Friday were ...", "Those that stayed in were ...")
    let those_who = first.is("those")
        && subject
            .get(1)
            .is_some_and(|w| w.is_any(&["who", "that", "which"]));
    let event = match noun.map(|n| &subject[n]) {
        Some(w) if w.is("signatories") => Event::Signed,
        Some(w) if w.is("founders") => Event::Founded,
        Some(_) => Event::Member,
        None if those_who => {
            match subject
                .get(2)
                .and_then(|_| verb_at(items, 2))
                .map(|(v, _)| v)
            {
                Some(Verb::Event(e @ (Event::Signed | Event::Founded | Event::Joined))) => e,
                _ => return,
            }
        }
        None => return,
    };
    // (the noun heads the subject: "The members that remain", "The treaty's nine members",
    // "The original signatories, who met ..."; not "The talks the members held were ...")
    if let Some(n) = noun
        && !subject[..n].iter().all(|w| {
            w.is_any(&[
                "the",
                "its",
                "their",
                "full",
                "original",
                "remaining",
                "founding",
                "first",
            ]) || w.text.starts_with(['\'', '’'])
                || super::num(w).is_some()
                || w.is_any(super::grammar::ORG_ANAPHORS)
                || matches!(w.entity(), Some(Entity::Org(_)))
        })
    {
        return;
    }
    let Some(org) = subject_org(s, cop)
        .map(|(o, _)| o)
        .or_else(|| s.discourse.previous.last().copied())
        .or_else(|| s.discourse.claimed_orgs.last().copied())
    else {
        return;
    };
    let ctx = s.date_context(cop, false);
    // (a date the subject's own words give the signing or founding: "who met in Tashkent in
    // May 1992", "who signed on Friday"; not "who fell out badly in 1999")
    let told_at = || {
        let (w, r) = find_date(items, 1, cop, ctx)?;
        items[1..r.start]
            .iter()
            .enumerate()
            .any(|(q, w)| {
                w.is_any(&["met", "gathered", "assembled", "convened"])
                    || verb_at(items, q + 1).is_some_and(|(v, _)| v == Verb::Event(event))
            })
            .then_some(w)
    };
    let when = match event {
        Event::Member if items[cop].is("are") => s.now(),
        // ("The parties to the treaty in 1992 were A, B and C": then)
        Event::Member => find_date(items, 1, cop, ctx)
            .filter(|(_, r)| r.start >= 1 && items[r.start - 1].is_any(&["in", "on", "during"]))
            .map(|(w, _)| w)
            .or_else(|| s.undated(Modality::Asserted)),
        _ => told_at()
            .or_else(|| {
                s.discourse
                    .last_event
                    .filter(|t| t.event == event && t.org == org)
                    .and_then(|t| t.when)
            })
            // (or the day the sentence before named: "Six states signed it in Tashkent on 15
            // May. Those who signed were ...")
            .or_else(|| ctx.story_day.map(Interval::day))
            .or_else(|| s.undated(Modality::Asserted)),
    };
    push_asserted(s, &[org], &states, event, when, 0..end);
}

/// "Armenia is a member of the CSTO, but Georgia is not", "...; Georgia and Moldova are not",
/// "... belong to the CSTO; Azerbaijan and Georgia do not",
/// "..., but not Georgia": a status told at the article's date, then denied of other states in
/// a clause with no status of its own. They are not members of what it was told of.
pub fn denied_ellipsis(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(now) = s.now() else {
        return;
    };
    if !items.iter().any(|w| w.is_any(&["not", "n't"])) {
        return;
    }
    for k in 1..items.len() {
        if !(items[k].is_punct(',') || items[k].is_punct(';') || items[k].is("but")) {
            continue;
        }
        let q = k
            + 1
            + usize::from(!items[k].is("but") && items.get(k + 1).is_some_and(|w| w.is("but")));
        let but_not = items.get(q).is_some_and(|w| w.is("not"));
        let Ok((rest, states)) =
            state_list(Toks(&items[(q + usize::from(but_not)).min(items.len())..]))
        else {
            continue;
        };
        let mut end = index_of(items, rest);
        // (past an apposition: "...; A, B, C and D, the four GUAM members, do not")
        if !but_not
            && items.get(end).is_some_and(|w| w.is_punct(','))
            && let Some(c) = (end + 2..(end + 8).min(items.len())).find(|&c| items[c].is_punct(','))
            && items[end + 1].is_any(&["the", "all", "both"])
            && items
                .get(c + 1)
                .is_some_and(|w| w.is_any(&["is", "are", "does", "do"]))
        {
            end = c + 1;
        }
        if !but_not {
            // ("..., but Georgia is not"; "A and B belong to the CSTO; C does not")
            if !(items
                .get(end)
                .is_some_and(|w| w.is_any(&["is", "are", "does", "do"]))
                && items
                    .get(end + 1)
                    .is_some_and(|w| w.is_any(&["not", "n't"])))
            {
                continue;
            }
            end += 2;
        }
        // (the clause ends there: not "Georgia is not a member of the EU")
        if !closes_phrase(items, end) {
            continue;
        }
        let before = items[k].start;
        let mut orgs: Vec<(OrgId, Modality)> = Vec::new();
        // (the status right before the clause, told of a plain member: not "the biggest
        // member of the CSTO but Armenia is not", "a loyal member", nor past another clause:
        // "a member of the CSTO and fought a war with Azerbaijan, but not Turkey")
        let plain_status = |f: &crate::fact::Fact| {
            let (a, b) = (s.item_from(f.span.start), s.item_from(f.span.end));
            b + 2 >= k
                && !items[a..b.min(items.len())].iter().any(|w| {
                    is_member_quality(w)
                        || w.is_any(&["most", "only", "first", "last", "loyal", "main"])
                        || w.kind == super::tokens::Kind::Word
                            && w.text.len() >= 5
                            && w.text.ends_with("est")
                })
        };
        for f in &s.facts {
            if let Claim::Membership {
                event: Event::Member,
                org,
                state: Some(st),
            } = f.claim
                && f.span.end <= before
                && f.when == Some(now)
                // (a status as it stands, not one wished for: "want to belong to the CSTO;
                // Ukraine and Georgia do not")
                && f.modality != Modality::Planned
                && !states.contains(&st)
                && !orgs.iter().any(|&(o, _)| o == org)
                && plain_status(f)
            {
                orgs.push((org, f.modality));
            }
        }
        for (org, modality) in orgs {
            push_statuses(
                s,
                &[org],
                &states,
                Event::NotMember,
                Some(now),
                modality,
                q..end,
                false,
            );
        }
    }
}

/// "All four are members of the CIS: Ukraine and Moldova since December 1991, Azerbaijan since
/// September 1993", "All four take part in the Partnership, Ukraine since February 1994": a
/// status told of a group, then since when some of them have held it. Each state named there
/// holds it from that time (the status this sentence told of it at the article's date, no other).
pub fn since_tails(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(now) = s.now() else {
        return;
    };
    // (a tail needs its "since": not a list parsed at every comma of every sentence)
    if !items.iter().any(|w| w.is("since")) {
        return;
    }
    for k in 1..items.len() {
        if !(items[k].is_punct(':') || items[k].is_punct(',')) {
            continue;
        }
        let mut tail = Vec::new();
        let mut q = k + 1;
        while let Ok((rest, states)) = state_list(Toks(&items[q.min(items.len())..])) {
            let at = index_of(items, rest);
            if !items.get(at).is_some_and(|w| w.is("since")) {
                break;
            }
            let ctx = s.date_context(at + 1, false);
            let Some((w, r)) = find_date(items, at + 1, (at + 7).min(items.len()), ctx) else {
                break;
            };
            if r.start != at + 1 || w.from.is_none_or(|from| now.from.is_some_and(|n| from > n)) {
                break;
            }
            tail.push((states, Interval::span(w, now)));
            q = r.end;
            while items.get(q).is_some_and(|w| w.is_punct(',') || w.is("and")) {
                q += 1;
            }
        }
        // (the tail ends the sentence, or a bracket opens after it: "(see our note of ...)")
        let ends = items
            .get(q)
            .is_none_or(|w| w.is_punct('.') || w.is_punct(';') || w.is_punct('('));
        if tail.is_empty() || !ends {
            continue;
        }
        // (the status told before the tail; its facts may reach into the tail when the
        // group is only spelt out there: "All four are members of the CIS: Ukraine and Moldova
        // since December 1991, ...")
        let before = items[k].start;
        let mut orgs: Vec<(OrgId, Modality)> = Vec::new();
        let mut told: Vec<(StateId, OrgId)> = Vec::new();
        let in_tail = |st: StateId| tail.iter().any(|(states, _)| states.contains(&st));
        for f in &mut s.facts {
            if let Claim::Membership {
                event: Event::Member,
                state: Some(st),
                org,
            } = f.claim
                && (f.span.start < before || in_tail(st))
                // (at the article's date, or already at the tail's first date, which the status
                // took as its own: "A and B are members: A since 1991, B since 1993")
                && (f.when == Some(now) || tail.first().is_some_and(|(_, w)| f.when == Some(*w)))
            {
                if !orgs.iter().any(|&(o, _)| o == org) {
                    orgs.push((org, f.modality));
                }
                told.push((st, org));
                if let Some((_, w)) = tail.iter().find(|(states, _)| states.contains(&st)) {
                    f.when = Some(*w);
                }
            }
        }
        // (and a state the tail names that the status had not yet reached: "..., Azerbaijan
        // since September 1993")
        for (states, w) in &tail {
            for &st in states {
                for &(org, modality) in &orgs {
                    if !told.contains(&(st, org)) {
                        let claim = Claim::Membership {
                            event: Event::Member,
                            state: Some(st),
                            org,
                        };
                        s.push(claim, Some(*w), modality, k + 1..q, false);
                    }
                }
            }
        }
    }
}

/// "GUUAM's five members, Georgia, Ukraine, Uzbekistan, Azerbaijan and Moldova, signed a charter
/// in Yalta on 7 June", "The remaining four, A, B, C and D, had met in Chisinau on 22 April": the
/// members named as the subject of a clause told in the past with a date of its own were
/// members then, on that date (not at the article's date).
pub fn dated_by_their_clause(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(now) = s.now() else {
        return;
    };
    let mut changes = Vec::new();
    let mut out_then: Vec<Range<u32>> = Vec::new();
    for (n, f) in s.facts.iter().enumerate() {
        if !matches!(
            f.claim,
            Claim::Membership {
                event: Event::Member,
                ..
            }
        ) || f.when != Some(now)
            || f.shifted
        {
            continue;
        }
        let first = s.item_from(f.span.start);
        let after = s.item_from(f.span.end);
        // (the subject: the clause opens with it, or with a date before it)
        let clause = s.clause(first);
        // (the list names states, some of them: a bare "The four members signed" is not
        // enough, and "Uzbekistan, a GUUAM member, attended" is one member described now; and
        // the clause up to the verb says nothing of the present: not "the six states that
        // remain in the treaty — A, B, ... —", "the states still in it", "which now form")
        let named = items[first..after.min(items.len())]
            .iter()
            .filter(|w| matches!(w.entity(), Some(Entity::State(_))))
            .count();
        // (and the states spelt out after a noun for the members, not described by one after
        // them: "Uzbekistan and Moldova, both GUUAM members, hosted talks in June 2001" are
        // members now)
        // (but a definite noun for the organisation's members after them names the group as
        // the noun before them would: "A, B and C, the treaty's remaining members, pledged on
        // Friday")
        let list_first = items
            .get(first)
            .is_some_and(|w| matches!(w.entity(), Some(Entity::State(_))));
        let described_after = list_first
            && !{
                let span = &items[first..after.min(items.len())];
                span.last().is_some_and(|w| w.is("members"))
                    && span.windows(3).any(|p| {
                        p[0].is_punct(',') && p[1].is("the") && p[2].text == "'s"
                            || p[0].is_punct(',') && p[1].is("the") && {
                                p[2].is_any(super::grammar::ORG_ANAPHORS)
                                    || matches!(p[2].entity(), Some(Entity::Org(_)))
                            }
                    })
            };
        // (a relative clause inside the list describes one of them then: "A, B and Russia,
        // which joined a year ago, agreed on Thursday")
        let now_words = |w: &Item<'_>| {
            w.is_any(&[
                "still",
                "remain",
                "remains",
                "now",
                "currently",
                "current",
                "present",
                "present-day",
                "existing",
                "staying",
                "today",
                "is",
                "are",
                "also",
            ])
        };
        if named < 2
            || described_after
            || items[clause.start..after.min(items.len())]
                .iter()
                .any(now_words)
            || items[clause.start..first]
                .iter()
                .any(|w| w.is_any(&["that", "which", "who"]))
        {
            continue;
        }
        // (the clause opens with them, or with the noun they spell out, "the leaders of the
        // Shanghai Five -- A, B, ... --", "all seven members, A, B, ...", "the remaining four
        // — A, B, ... —", or with a date and a place before that: not "closer links with GUAM,
        // the grouping of A, B, C and D formed in October 1997")
        let heads = |from: usize| {
            items[from..first].iter().all(|w| {
                w.is_any(&[
                    "the",
                    "its",
                    "their",
                    "all",
                    "leaders",
                    "heads",
                    "presidents",
                    "of",
                    "remaining",
                    "member",
                    "members",
                    "states",
                    "countries",
                    "nations",
                ]) || w.is_punct(',')
                    || w.is_dash()
                    || w.text == "'s"
                    || super::num(w).is_some()
                    || matches!(w.entity(), Some(Entity::Org(_)))
            })
        };
        let opens = heads(clause.start)
            || find_date(items, clause.start, first, s.date_context(first, false)).is_some_and(
                |(_, r)| {
                    r.start <= clause.start + 1 && {
                        // ("Last Thursday in St Petersburg, the leaders of ...")
                        let mut k = r.end;
                        if items.get(k).is_some_and(|w| w.is_any(&["in", "at"]))
                            && items.get(k + 1).is_some_and(|w| {
                                w.starts_upper() && !matches!(w.entity(), Some(Entity::Org(_)))
                            })
                        {
                            k += 2;
                            while k < first && items[k].starts_upper() {
                                k += 1;
                            }
                        }
                        k <= first && items.get(k).is_some_and(|w| w.is_punct(',')) && heads(k)
                    }
                },
            );
        if !opens {
            continue;
        }
        let mut v = after;
        while items.get(v).is_some_and(|w| w.is_punct(',') || w.is_dash()) {
            v += 1;
        }
        // (past a relative clause on the last of them: "A, B and Russia, which joined a year
        // ago - agreed")
        if items.get(v).is_some_and(|w| w.is_any(&["which", "who"])) {
            let Some(close) = (v + 1..clause.end).find(|&k| items[k].is_dash()) else {
                continue;
            };
            v = close + 1;
        }
        let Some(verb) = items.get(v) else {
            continue;
        };
        let past = |w: &Item<'_>| {
            w.kind == super::tokens::Kind::Word
                && w.text.chars().all(|c| c.is_ascii_lowercase())
                && (w.text.len() > 4 && w.text.ends_with("ed")
                    || w.is_any(&[
                        "met", "signed", "took", "gave", "began", "came", "held", "sent", "set",
                        "sat", "stood", "chose", "won", "made", "put", "agreed", "called",
                        "brought", "drew", "wrote", "struck", "sought", "paid", "led", "spent",
                    ]))
        };
        let told_past = past(verb) || verb.is("had") && items.get(v + 1).is_some_and(past);
        if !told_past {
            continue;
        }
        // (a date the clause itself is told at, "in May", "on 7 June": not a span, "since 1997",
        // "until 2002", nor a year describing a noun, "the 1996 accord", nor one of a clause
        // inside it, "met after Uzbekistan walked out in May")
        let at = |r: &Range<usize>| {
            let prep = if items[r.start].is_any(&["in", "on", "at", "during"]) {
                Some(r.start)
            } else {
                r.start.checked_sub(1)
            };
            prep.is_some_and(|p| items[p].is_any(&["in", "on", "at", "during"]))
                // (a wire's day, "agreed here Wednesday", or one counted back, "last Thursday")
                || super::dates::weekday_of(&items[r.start]).is_some()
                || items[r.start].is("last")
                    && items
                        .get(r.start + 1)
                        .is_some_and(|w| super::dates::weekday_of(w).is_some())
        };
        // (nor one of what was agreed or asked: "agreed to meet in Kiev on 23 May", "invited
        // Poland to a summit on 23 May")
        let subordinate = |from: usize, to: usize| {
            items[from..to].iter().any(|w| {
                w.is_any(&[
                    "after", "before", "when", "since", "until", "as", "because", "while", "which",
                    "that", "who", "where", "once", "to",
                ])
            })
        };
        let ctx = s.date_context(v, false);
        let dated = find_date(items, v + 1, clause.end, ctx)
            .filter(|(_, r)| at(r) && !subordinate(v + 1, r.start))
            .or_else(|| {
                find_date(items, clause.start, first, ctx)
                    .filter(|(_, r)| at(r) && !subordinate(clause.start, r.start))
            })
            .map(|(w, _)| w)
            .filter(|w| w.from.is_some() && w.to.is_some() && w.to <= now.to);
        // (not before the organisation was there: "The CSTO's six members, A, B, ..., declared
        // independence in 1991" describes them as they are now)
        let Claim::Membership { org, .. } = f.claim else {
            continue;
        };
        let founded = s.lexicon.org(org).founded;
        // (after the list, only for states the reference timeline has in it then: not
        // "Uzbekistan and Kazakhstan, the CSTO's Central Asian members, hosted talks in 2004",
        // two years before Uzbekistan came back)
        let in_then = |w: &Interval| {
            let Claim::Membership {
                state: Some(st), ..
            } = f.claim
            else {
                return true;
            };
            w.to.is_none_or(|d| s.lexicon.prior.member(st, org, d) != Some(false))
        };
        if let Some(w) = dated.filter(|w| founded.is_none_or(|d| w.to >= Some(d))) {
            if list_first && !in_then(&w) {
                out_then.push(f.span.clone());
            }
            changes.push((n, w));
        }
    }
    // (one of them out then: the whole list is described as it is now)
    changes.retain(|&(n, _)| !out_then.contains(&s.facts[n].span));
    // (a count the listing states goes with it: "GUUAM's five members, A, ..., signed a charter
    // in June 2001" counts five then)
    for (n, w) in changes {
        let span = s.facts[n].span.clone();
        s.facts[n].when = Some(w);
        for f in &mut s.facts {
            if matches!(f.claim, Claim::Count { .. })
                && f.when == Some(now)
                && f.span.start >= span.start
                && f.span.end <= span.end
            {
                f.when = Some(w);
            }
        }
    }
}

/// An organisation opening a line as its label ("SCO:", "Collective Security Treaty (CST):",
/// "CSTO (7):"): the organisation and where the colon is.
pub(super) fn org_label(items: &[Item<'_>]) -> Option<(OrgId, usize)> {
    org_label_counted(items).map(|(org, colon, _)| (org, colon))
}

/// An organisation's label with the number of its members in brackets, if any: "CSTO (7):",
/// "GUAM (four):".
fn org_label_counted(items: &[Item<'_>]) -> Option<(OrgId, usize, Option<u32>)> {
    // (an abbreviation in brackets is part of the name; not "Collective Security Treaty
    // (1992):", "NATO (aspirants):")
    let (rest, org) = org_name(Toks(items)).ok()?;
    let k = index_of(items, rest);
    let (count, k) = bracketed_count(items, k)
        .filter(|(n, _)| (2..=30).contains(n))
        .map_or((None, k), |(n, e)| (Some(n as u32), e));
    items
        .get(k)
        .is_some_and(|w| w.is_punct(':'))
        .then_some((org, k, count))
}

/// A line of a background box naming an organisation's members: "SCO: China, Kazakhstan,
/// Kyrgyzstan, Russia, Tajikistan, Uzbekistan.", "Collective Security Treaty (CST): Armenia,
/// Belarus, ...", "EurAsEC: A, B, C; Uzbekistan since January." — members at the article's date
/// (one added "since" a time, from then).
fn roster_line(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if !s.discourse.in_box || s.discourse.box_others {
        return;
    }
    // ("Treaty (six): A, B, ...": a word for an organisation named before, as a label)
    let pointed = || {
        let w = items.first()?;
        if !(w.starts_upper() && w.is_any(&["treaty", "pact", "alliance"])) {
            return None;
        }
        let (count, k) = bracketed_count(items, 1).map_or((None, 1), |(n, e)| (Some(n), e));
        items.get(k)?.is_punct(':').then_some(())?;
        Some((s.anaphor_org(0)?, k, count.map(|n| n as u32)))
    };
    let Some((org, k, count)) = org_label_counted(items).or_else(pointed) else {
        return;
    };
    // ("CSTO (7): as above.")
    if let Some(value) = count {
        let when = s.now();
        s.push(
            Claim::Count {
                org,
                value,
                counts: crate::fact::Counted::Members,
            },
            when,
            Modality::Asserted,
            0..k,
            false,
        );
    }
    let Ok((rest, states)) = state_list(Toks(&items[k + 1..])) else {
        return;
    };
    let end = index_of(items, rest);
    if states.len() < 2
        || !items
            .get(end)
            .is_none_or(|w| w.is_punct('.') || w.is_punct(';'))
    {
        return;
    }
    members_now(s, org, &states, 0..end);
    // "; Uzbekistan since January"
    if items.get(end).is_some_and(|w| w.is_punct(';'))
        && let Some(st) = single_state_at(items, end + 1)
        && items.get(end + 2).is_some_and(|w| w.is("since"))
    {
        let clause = s.clause(end + 2);
        let when = status_time(s, clause, end + 2, false);
        push_asserted(s, &[org], &[st], Event::Member, when, end + 1..end + 3);
    }
}

/// A background box's heading ("BACKGROUND: AZERBAIJAN'S MEMBERSHIPS", "BACKGROUND: UZBEKISTAN
/// AND THE REGIONAL BLOCS"): the one state it names is what the box's lines are about; a
/// heading naming none ends that.
fn box_heading(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    // (a bare list under "CSTO members:" is one of its lines)
    if s.discourse.box_members && bare_list(items).is_some() {
        return;
    }
    let caps = |w: &Item<'_>| {
        w.text.chars().any(char::is_alphabetic) && !w.text.chars().any(char::is_lowercase)
    };
    let words = || {
        items
            .iter()
            .filter(|w| w.kind != super::tokens::Kind::Punct(':'))
    };
    // "BACKGROUND: ...", or a line all in capitals ("ARMENIA'S MEMBERSHIPS")
    let labelled = items
        .first()
        .is_some_and(|w| caps(w) && w.text.len() > 3 && w.entity().is_none())
        && items.get(1).is_some_and(|w| w.is_punct(':'));
    let label = org_label(items);
    // (or a short line with no full stop: "Who belongs to what")
    let short = !items
        .last()
        .is_some_and(|w| w.is_punct('.') || w.is_punct('?') || w.is_punct('!'))
        && items.len() <= 8
        && label.is_none();
    let heading = labelled
        || short
        || words().all(|w| caps(w) || !w.text.chars().any(char::is_alphabetic))
            && words().any(|w| w.text.len() > 3);
    if !heading {
        // A line that is none of a box's ends the box (not a sentence going on a box's line:
        // "- EurAsEC (6): A, B, C. Armenia and Moldova are observers.").
        let line_start = s.text[..s.range.start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
        // ("Treaty (six): A, B")
        let counted_label = items.get(1).is_some_and(|w| w.is_punct('('))
            && bracketed_count(items, 1)
                .is_some_and(|(_, e)| items.get(e).is_some_and(|w| w.is_punct(':')));
        let field = !line_start
            || counted_label
            || items.get(1).is_some_and(|w| w.is_punct(':'))
            || label.is_some()
            || items
                .first()
                .is_some_and(|w| w.is_any(&["founded", "established", "created", "signed"]));
        if !field {
            s.discourse.in_box = false;
            s.discourse.box_state = None;
            s.discourse.box_org = None;
        }
        return;
    }
    s.discourse.in_box = true;
    s.discourse.box_others = heads_others(s.text_of(0..items.len()), s.article);
    let title = &items[if labelled { 2 } else { 0 }..];
    let mut named = title.iter().filter_map(|w| match w.entity() {
        Some(Entity::State(st)) => Some(st),
        _ => None,
    });
    // (a box about a state's memberships: "AZERBAIJAN'S MEMBERSHIPS", "UZBEKISTAN AND THE
    // REGIONAL BLOCS", "BELARUS", "Where Uzbekistan now stands:"; not "THE WAR IN GEORGIA")
    let about_memberships = title.iter().all(|w| {
        w.entity().is_some()
            || !w.text.chars().any(char::is_alphanumeric)
            || w.text.eq_ignore_ascii_case("'s")
            || w.text.eq_ignore_ascii_case("s")
            || w.is_any(&[
                "memberships",
                "membership",
                "blocs",
                "organisations",
                "organizations",
                "alliances",
                "affiliations",
                "groupings",
                "and",
                "the",
                "regional",
                "in",
                "its",
                "where",
                "now",
                "today",
                "stands",
                "status",
                "standing",
                "position",
            ])
    });
    s.discourse.box_state = match (named.next(), named.next()) {
        (Some(st), None) if about_memberships => Some(st),
        _ => None,
    };
    // (a box about an organisation: "GUUAM", "GUAM IN BRIEF", "THE EURASIAN ECONOMIC
    // COMMUNITY"; not "THE CIS EXECUTIVE COMMITTEE", "THE GUAM FREE TRADE AREA")
    let mut orgs = title
        .iter()
        .enumerate()
        .filter_map(|(q, w)| match w.entity() {
            Some(Entity::Org(o)) => Some((q, o)),
            _ => None,
        });
    // ("CSTO members:", whose lines may be bare lists of them)
    let members_of = |rest: &[Item<'_>]| {
        matches!(rest, [m] | [m, _] if m.is_any(&["members", "member"]))
            && rest.get(1).is_none_or(|w| w.is_punct(':'))
    };
    s.discourse.box_members = false;
    s.discourse.box_org = match (orgs.next(), orgs.next()) {
        (Some((q, o)), None) if members_of(&title[q + 1..]) => {
            s.discourse.box_members = true;
            Some(o)
        }
        (Some((q, o)), None)
            if title[q + 1..].iter().all(|w| {
                w.is_any(&[
                    "in", "brief", "at", "a", "glance", "profile", "facts", "file",
                ])
            }) =>
        {
            Some(o)
        }
        _ => None,
    };
}

/// "Mongolia attended the SCO summit as an observer", "Iran attended last year's SCO meeting
/// in Astana as an observer": an observer of the organisation named between the verb and
/// "as" (at the time the sentence gives, else some time before the article).
fn attended_as_observer(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(m) = (2..items.len()).find(|&m| {
        items[m].is("observer") && items[m - 1].is_any(&["an", "a"]) && items[m - 2].is("as")
    }) else {
        return;
    };
    let clause = s.clause(m);
    let Some(v) = (clause.start..m - 2)
        .rev()
        .find(|&v| items[v].is_any(&["attended", "attends", "attend"]))
    else {
        return;
    };
    // (the organisation of the meeting: "the SCO summit", "SCO meetings")
    let Some(org) = s.named_in(v + 1..m - 2, &|_| true) else {
        return;
    };
    // (nothing between but the meeting's description: not "attended the CIS summit, which
    // ..., as an observer")
    // (a meeting of the organisation, not "the CSTO exercise")
    if items[v + 1..m - 2]
        .iter()
        .any(|w| w.is_punct(',') || w.is_any(&["and", "which", "who", "that"]))
        || !items[v + 1..m - 2].iter().any(|w| {
            w.is_any(&[
                "summit",
                "summits",
                "meeting",
                "meetings",
                "session",
                "sessions",
                "gathering",
            ])
        })
    {
        return;
    }
    let Some((states, range, _)) = subject(s, v, clause.start) else {
        return;
    };
    let ctx = s.date_context(v, false);
    let when = find_date(items, v + 1, m - 2, ctx)
        .map(|(w, _)| w)
        .or_else(|| {
            if items[v].is("attended") {
                s.article.map(Interval::until)
            } else {
                s.now()
            }
        });
    let clause_items = &items[clause.clone()];
    let (modality, _) = modality(&[], clause_items, m.saturating_sub(clause.start));
    push_statuses(
        s,
        &[org],
        &states,
        Event::Observer,
        when,
        modality,
        range.start..m + 1,
        false,
    );
}

/// A line of a box under a heading naming an organisation's members that is a bare list of
/// them: "CSTO members:\n- Armenia\n- Belarus".
fn roster_item(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let (true, Some(org)) = (s.discourse.box_members, s.discourse.box_org) else {
        return;
    };
    if let Some((states, end)) = bare_list(items) {
        members_now(s, org, &states, 0..end);
    }
}

/// A line that is only a list of states ("Armenia", "Belarus and Kazakhstan."): the states and
/// where the list ends.
fn bare_list(items: &[Item<'_>]) -> Option<(Vec<StateId>, usize)> {
    let (rest, states) = state_list(Toks(items)).ok()?;
    rest.0
        .iter()
        .all(|w| w.is_punct('.') || w.is_punct(';'))
        .then(|| (states, items.len() - rest.0.len()))
}

/// Whether a box's heading says its lists are of something other than members at the
/// article's date: "Candidates for membership:", "Former members:", "Observers:", a heading of
/// another year ("Membership as of 2005:", "In 1998:") or of what is not yet so ("Proposed
/// line-up for 2015:", "Unconfirmed reports:", "Kremlin wish list:").
pub(super) fn heads_others(heading: &str, article: Option<Day>) -> bool {
    const OTHERS: &[&str] = &[
        "candidates",
        "candidate",
        "applicants",
        "applicant",
        "aspirants",
        "hopefuls",
        "former",
        "ex-members",
        "observers",
        "partners",
        "outside",
        "non-members",
        "would-be",
        "future",
        "prospective",
        "left",
        "departed",
        "proposed",
        "planned",
        "expected",
        "possible",
        "wish",
        "unconfirmed",
        "reports",
        "reported",
        "rumoured",
        "rumored",
        "could",
        "would",
        "might",
        "if",
        "scenario",
        "scenarios",
    ];
    heading
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| {
            OTHERS.iter().any(|o| o.eq_ignore_ascii_case(w))
                || w.len() == 4
                    && w.parse::<i32>().is_ok_and(|y| {
                        (1900..2100).contains(&y) && article.is_some_and(|d| d.year() != y)
                    })
        })
}

/// A line of a box about one state: "CIS: member since September 1993.", "Collective
/// Security Treaty: joined 1993, left 1999.", "CSTO: rejoined 2006; suspended June 2012.",
/// "GUUAM: founder, October 1997.", "GUAM: a founding member".
fn state_box_line(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(st) = s.discourse.box_state else {
        return;
    };
    let Some((org, colon)) = org_label(items) else {
        return;
    };
    let mut k = colon + 1;
    let ctx = s.date_context(k, false);
    // Clauses set off by commas and semicolons, each a word for what happened and its date.
    while k < items.len() {
        let end = (k..items.len())
            .find(|&q| items[q].is_punct(',') || items[q].is_punct(';') || items[q].is_punct('.'))
            .unwrap_or(items.len());
        let mut w = k;
        // ("membership suspended June 2012"; "not a member", "never joined": denied)
        let mut denied = false;
        while w < end
            && items[w].is_any(&[
                "a",
                "an",
                "the",
                "has",
                "been",
                "was",
                "membership",
                "not",
                "never",
            ])
        {
            denied |= items[w].is_any(&["not", "never"]);
            w += 1;
        }
        let Some(word) = items.get(w).filter(|_| w < end) else {
            break;
        };
        let event = match word.text.to_ascii_lowercase().as_str() {
            "associate" if items.get(w + 1).is_some_and(|n| n.is("member")) => Event::Associate,
            "joined" | "acceded" => Event::Joined,
            "left" | "withdrew" | "quit" => Event::Withdrew,
            "rejoined" | "returned" => Event::Rejoined,
            "suspended" => Event::Suspended,
            "signed" => Event::Signed,
            // ("founder member" is a member, like "founding member")
            "founder" | "co-founder" if items.get(w + 1).is_some_and(|n| n.is("member")) => {
                Event::Member
            }
            "founder" | "co-founder" => Event::Founded,
            "founding" if items.get(w + 1).is_some_and(|n| n.is("member")) => Event::Member,
            "member" => Event::Member,
            "observer" => Event::Observer,
            // ("CSTO: outside since 1999")
            "outside" => Event::NotMember,
            _ => break,
        };
        // Only the word and its time: not "suspended meetings of ...", "left the decision to
        // Moscow", "joined Russia in condemning ...", "left out".
        let what = w + 1 + usize::from(items.get(w + 1).is_some_and(|n| n.is("member")));
        // (a status denied is no member; an event denied, negated)
        let (event, denied_event) = match (event, denied) {
            (Event::Member, true) => (Event::NotMember, false),
            (e, d) => (e, d),
        };
        let plain = items[what.min(end)..end].iter().all(|x| {
            x.text.chars().any(|c| c.is_ascii_digit())
                || matches!(x.kind, super::tokens::Kind::Dash { .. })
                || super::dates::month_of(x).is_some()
                || x.is_any(DATE_PREPOSITIONS)
                || x.is_any(&["since", "until", "till", "from", "to", "early", "late", "mid"])
                // ("left this month", "joined last year")
                || x.is_any(&["this", "last", "month", "year", "ago", "earlier"])
                // (a hedge: "a member in name only", "on paper only")
                || x.is_any(&["name", "only", "paper", "nominally"])
        });
        if !plain {
            break;
        }
        // ("founder, October 1997": the date in the next clause)
        let date_end = if event == Event::Founded && end < items.len() && items[end].is_punct(',') {
            (end + 1..items.len())
                .find(|&q| {
                    items[q].is_punct(',') || items[q].is_punct(';') || items[q].is_punct('.')
                })
                .unwrap_or(items.len())
        } else {
            end
        };
        let found = find_date(items, w + 1, date_end, ctx);
        // (a status with a time of its own: "member 1993-2009", "member until 2008")
        let since = items[w..end].iter().any(|x| x.is("since"));
        let until = items[w..end].iter().any(|x| x.is_any(&["until", "till"]));
        let status = matches!(
            event,
            Event::Member | Event::Observer | Event::Associate | Event::NotMember
        );
        let when = match (status, found.clone()) {
            // ("member from 1993 until 2009": the time after "until")
            (true, Some(_)) if until => {
                let u = (w..end)
                    .find(|&q| items[q].is_any(&["until", "till"]))
                    .unwrap_or(w);
                find_date(items, u + 1, end, ctx)
                    .and_then(|(d, _)| d.to)
                    .map(Interval::until)
            }
            (true, Some((when, _))) if !since => Some(when),
            (true, _) => status_time(s, k..end, w, false),
            (false, _) if denied_event => s.undated(Modality::Negated),
            (false, Some((when, _))) => Some(when),
            (false, None) => s.undated(Modality::Asserted),
        };
        let (modality, _) = modality(&[], &items[k..end], w - k);
        let modality = if denied_event {
            Modality::Negated
        } else {
            modality
        };
        let stop = found.map_or(end, |(_, r)| r.end.max(end));
        push_statuses(
            s,
            &[org],
            &[st],
            event,
            when,
            modality,
            k..stop.min(items.len()),
            false,
        );
        k = stop + 1;
        while k < items.len() && (items[k].is_punct(',') || items[k].is_punct(';')) {
            k += 1;
        }
    }
}

/// Where a status phrase opening at item `k` puts a state: "in the treaty", "inside the CSTO",
/// "outside the partnership", "out of the Commonwealth", "not in GUAM", "in both the treaty and
/// the partnership": the event, the organisations, and where the phrase ends.
fn placed_in(s: &Sentence<'_, '_>, k: usize) -> Option<(Event, Vec<OrgId>, usize)> {
    let items = s.items;
    let mut p = k;
    let not = items.get(p)?.is("not");
    p += usize::from(not);
    let event = match items.get(p)? {
        w if w.is_any(&["in", "inside", "within"]) => Event::Member,
        w if w.is("outside") => Event::NotMember,
        w if w.is("out") && items.get(p + 1).is_some_and(|n| n.is("of"))
            || w.is("absent") && items.get(p + 1).is_some_and(|n| n.is("from")) =>
        {
            p += 1;
            Event::NotMember
        }
        _ => return None,
    };
    let event = match (event, not) {
        (Event::Member, true) => Event::NotMember,
        (e, false) => e,
        _ => return None,
    };
    p += 1;
    let both = items.get(p).is_some_and(|w| w.is("both"));
    p += usize::from(both);
    let one = |p: usize| -> Option<(OrgId, usize)> {
        let the = usize::from(items.get(p).is_some_and(|w| w.is("the")));
        if let Ok((rest, o)) = org_name(Toks(items.get(p + the..)?)) {
            return Some((o, index_of(items, rest)));
        }
        let (rest, ()) = org_anaphor(Toks(items.get(p..)?)).ok()?;
        Some((s.anaphor_org(p)?, index_of(items, rest)))
    };
    let (first, mut end) = one(p)?;
    let mut orgs = vec![first];
    if both {
        if !items.get(end).is_some_and(|w| w.is("and")) {
            return None;
        }
        let (second, e) = one(end + 1)?;
        orgs.push(second);
        end = e;
    }
    // ("outside the Commonwealth altogether")
    end += usize::from(
        items
            .get(end)
            .is_some_and(|w| w.is_any(&["altogether", "too", "still"])),
    );
    Some((event, orgs, end))
}

/// A line of a comparison that labels states with where they stand: "Tajikistan: in the
/// treaty, outside the partnership.", "Ukraine, Moldova and Turkmenistan: in the partnership,
/// outside the treaty." — statuses at the article's date, each phrase whole up to its comma.
fn states_labelled(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if s.discourse.in_box && s.discourse.box_others {
        return;
    }
    let Ok((rest, states)) = state_list(Toks(items)) else {
        return;
    };
    let colon = index_of(items, rest);
    if !items.get(colon).is_some_and(|w| w.is_punct(':')) {
        return;
    }
    let mut k = colon + 1;
    while let Some((event, orgs, end)) = placed_in(s, k) {
        if !ends_item(items, end) {
            return;
        }
        statuses_now(s, &orgs, &states, event, k..end);
        k = end + 1;
    }
}

/// Whether a comparison line's item ends at item `k` (a comma, a semicolon, a full stop or the
/// line's end).
fn ends_item(items: &[Item<'_>], k: usize) -> bool {
    items
        .get(k)
        .is_none_or(|w| w.is_punct(',') || w.is_punct(';') || w.is_punct('.'))
}

/// A line of a comparison that labels a place with the states in it, or a sentence that
/// fronts the place: "In both the Tashkent treaty and the partnership: Armenia, Azerbaijan,
/// ...", "Outside the treaty: Ukraine, Moldova and Turkmenistan", "Absent from the treaty
/// since 1999: A, B and C", "Outside the CSTO remain Georgia, Azerbaijan and Ukraine".
fn place_labelled(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if s.discourse.in_box && s.discourse.box_others {
        return;
    }
    let Some((event, orgs, mut colon)) = placed_in(s, 0) else {
        return;
    };
    // ("since 1999": from then on)
    let since = items
        .get(colon)
        .is_some_and(|w| w.is("since"))
        .then_some(colon);
    if let Some(k) = since {
        let ctx = s.date_context(k, false);
        let Some((_, r)) = find_date(items, k + 1, (k + 4).min(items.len()), ctx) else {
            return;
        };
        colon = r.end;
    }
    let fronted = items
        .get(colon)
        .is_some_and(|w| w.is_any(&["remain", "remains", "stay", "stays", "are", "is"]));
    if !(fronted || items.get(colon).is_some_and(|w| w.is_punct(':'))) {
        return;
    }
    let Ok((rest, states)) = state_list(Toks(&items[colon + 1..])) else {
        return;
    };
    let end = index_of(items, rest);
    // (the list is the whole answer: not "Outside the treaty: Ukraine's position is ...")
    if !ends_item(items, end) {
        return;
    }
    let when = match since {
        Some(k) => status_time(s, 0..colon, k, false),
        None => s.now(),
    };
    push_asserted(s, &orgs, &states, event, when, 0..end);
}

/// A box's line with no subject, about the organisation its heading named: "Founded in October
/// 1997 in Strasbourg by Georgia, Ukraine, Azerbaijan and Moldova."
fn box_fragment(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let event = match items.first().map(|w| w.text) {
        Some("Founded" | "Established" | "Created") => Event::Founded,
        Some("Signed") => Event::Signed,
        _ => return,
    };
    let Some(by) = (1..items.len().min(12)).find(|&q| items[q].is("by")) else {
        return;
    };
    let Ok((rest, states)) = state_list(Toks(&items[by + 1..])) else {
        return;
    };
    let end = index_of(items, rest);
    // (the whole line: not "Founded in 1997 by four states, GUAM has no secretariat")
    if !items.get(end).is_none_or(|w| w.is_punct('.')) {
        return;
    }
    let Some(org) = s.discourse.box_org else {
        return;
    };
    let ctx = s.date_context(1, false);
    let when = find_date(items, 1, by, ctx).map(|(w, _)| w);
    push_asserted(s, &[org], &states, event, when, 0..end);
}

/// Records `states` as members of `org` at the article's date, as a list over `span` tells
/// plainly.
fn members_now(s: &mut Sentence<'_, '_>, org: OrgId, states: &[StateId], span: Range<usize>) {
    statuses_now(s, &[org], states, Event::Member, span);
}

/// `members_now` with the modality the claim was told with ("reportedly signed a protocol that
/// keeps them in the treaty").
fn members_now_as(
    s: &mut Sentence<'_, '_>,
    org: OrgId,
    states: &[StateId],
    modality: Modality,
    span: Range<usize>,
) {
    let now = s.now();
    push_statuses(s, &[org], states, Event::Member, now, modality, span, false);
}

/// Asserted statuses of `states` in `orgs` at the article's date.
fn statuses_now(
    s: &mut Sentence<'_, '_>,
    orgs: &[OrgId],
    states: &[StateId],
    event: Event,
    span: Range<usize>,
) {
    let when = s.now();
    push_asserted(s, orgs, states, event, when, span);
}

/// Asserted claims of `states` about `orgs` at `when`, told plainly over `span`.
fn push_asserted(
    s: &mut Sentence<'_, '_>,
    orgs: &[OrgId],
    states: &[StateId],
    event: Event,
    when: Option<Interval>,
    span: Range<usize>,
) {
    push_statuses(
        s,
        orgs,
        states,
        event,
        when,
        Modality::Asserted,
        span,
        false,
    );
}

/// A field of a background box about one organisation, the one its heading (the sentence
/// before) named: "Members: A, B and C.", "Founded: 10 October 1997, Strasbourg, by A, B, C
/// and D.", "Signed: 15 May 1992, by A, B, ...", "Joined: Uzbekistan, 24 April 1999.",
/// "Acceded: Azerbaijan (24 September 1993), Georgia (9 December 1993)."
fn box_field(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if !s.discourse.in_box {
        return;
    }
    if !items.get(1).is_some_and(|w| w.is_punct(':')) {
        box_fragment(s);
        return;
    }
    let event = match items[0].text {
        "Members" => Event::Member,
        "Founded" | "Established" | "Created" => Event::Founded,
        "Signed" => Event::Signed,
        "Joined" | "Acceded" => Event::Joined,
        "Left" | "Withdrew" => Event::Withdrew,
        _ => return,
    };
    let Some(org) = s.discourse.box_org else {
        return;
    };
    let ctx = s.date_context(2, false);
    if event == Event::Member {
        if let Ok((rest, states)) = state_list(Toks(&items[2..])) {
            let end = index_of(items, rest);
            members_now(s, org, &states, 0..end);
        }
        return;
    }
    // "DATE[, PLACE], by A, B and C"
    if let Some((when, r)) = find_date(items, 2, (2 + 6).min(items.len()), ctx)
        && r.start == 2
    {
        let by = (r.end..(r.end + 6).min(items.len())).find(|&q| items[q].is("by"));
        match by {
            Some(b) => {
                if let Ok((rest, states)) = state_list(Toks(&items[b + 1..])) {
                    let end = index_of(items, rest);
                    push_asserted(s, &[org], &states, event, Some(when), 0..end);
                }
            }
            None if event == Event::Founded => {
                s.push(
                    Claim::Membership {
                        event,
                        state: None,
                        org,
                    },
                    Some(when),
                    Modality::Asserted,
                    0..r.end,
                    false,
                );
            }
            None => {}
        }
        return;
    }
    // "A, DATE" or "A (DATE), B (DATE)"
    let mut k = 2;
    while let Some(st) = single_state_at(items, k) {
        let (from, upto) = match items.get(k + 1) {
            Some(w) if w.is_punct('(') => (k + 2, (k + 8).min(items.len())),
            Some(w) if w.is_punct(',') => (k + 2, (k + 7).min(items.len())),
            _ => break,
        };
        let Some((when, r)) = find_date(items, from, upto, ctx).filter(|(_, r)| r.start == from)
        else {
            break;
        };
        push_asserted(s, &[org], &[st], event, Some(when), k..r.end);
        k = r.end;
        // ("Joined: Georgia, December 1993; Azerbaijan, September 1993.")
        while items
            .get(k)
            .is_some_and(|w| w.is_punct(')') || w.is_punct(',') || w.is_punct(';'))
        {
            k += 1;
        }
    }
}

/// Participles by which an organisation set off by a comma names its members ("GUUAM, grouping
/// Georgia, Ukraine, ...", "uniting", "bringing together"); nouns too, so only in that place.
const GROUPING_PARTICIPLES: &[&str] = &["grouping", "uniting", "bringing", "embracing"];

/// Verbs by which an organisation names its members ("The treaty now binds nine states—A, B,
/// ...").
const INCLUDING: &[&str] = &[
    "includes",
    "include",
    "included",
    "including",
    "comprises",
    "comprising",
    "consisting",
    "composed",
    "comprise",
    "comprised",
    "groups",
    "grouped",
    "unites",
    "united",
    "consists",
    "consisted",
    "brings",
    "brought",
    "embraces",
    "encompasses",
    "binds",
    // ("The CSTO covers Armenia, Belarus and four Central Asian states")
    "covers",
];

/// Whether the sentence tells of a leaving or bounds a status in time ("pulled out that year",
/// "parties to the treaty until 1999"): the statuses read since the thirty-ninth session from
/// appositives ("itself a party", "all four of them parties", "parties alongside Russia to")
/// are not read there, as they would describe the state before that, not at the article's date.
fn tells_a_leaving(items: &[Item<'_>]) -> bool {
    items.iter().any(|w| {
        w.is_any(&[
            "quit",
            "quits",
            "left",
            "leaves",
            "leave",
            "withdrew",
            "withdraws",
            "withdrawn",
            "pulled",
            "walked",
            "abandoned",
            "suspended",
            "suspends",
            "until",
            "till",
            "same",
            "ex-party",
            "ex-parties",
            "former",
            "formerly",
            "once",
        ])
    })
}

/// "alongside Russia to the treaty", ", along with Belarus, of the CIS", "together with A and
/// B in GUAM" right after a status noun at `after`: where the preposition before the
/// organisation is, and the states named.
fn companions_before_of(items: &[Item<'_>], after: usize) -> Option<(usize, Vec<StateId>)> {
    if tells_a_leaving(items) {
        return None;
    }
    let opened = items.get(after).is_some_and(|w| w.is_punct(','));
    let k = after + usize::from(opened);
    let k = match items.get(k) {
        Some(w) if w.is("alongside") => k + 1,
        Some(w)
            if w.is_any(&["along", "together"])
                && items.get(k + 1).is_some_and(|w| w.is("with")) =>
        {
            k + 2
        }
        _ => return None,
    };
    let (rest, states) = state_list(Toks(items.get(k..)?)).ok()?;
    let mut of = index_of(items, rest);
    if opened {
        items.get(of).filter(|w| w.is_punct(','))?;
        of += 1;
    }
    (items.get(of)?.is_any(&["of", "to", "in"])
        && items
            .get(of + 1..(of + 3).min(items.len()))?
            .iter()
            .any(|w| matches!(w.entity(), Some(Entity::Org(_)))))
    .then_some((of, states))
}

/// Where "of" and an organisation's name resume after a short aside that follows a status
/// noun: a phrase set off by commas or dashes ("a member, if a reluctant one, of the CIS"), or
/// a few words opened by "in" ("a member in good standing of the CSTO"). The aside names no
/// state or organisation (but for a state compared, "a member, like Georgia, of GUUAM"), and
/// holds no other status, no time and no hedge, which the reading past it would lose.
fn aside_before_of(items: &[Item<'_>], after: usize) -> Option<usize> {
    let closed_aside = |w: &Item<'_>| w.is_punct(',') || w.is_dash();
    let open = items.get(after)?;
    let of = if open.is_punct(',') || open.is_dash() {
        let close = (after + 2..(after + 12).min(items.len()))
            .find(|&q| items[q].is_punct(',') || items[q].is_dash())?;
        (items[close].is_dash() == open.is_dash()).then_some(close + 1)?
    } else if open.is("in") {
        (after + 1..(after + 5).min(items.len())).find(|&q| items[q].is("of"))?
    } else {
        return None;
    };
    let aside = &items[after + 1..of];
    // ("a member, like Georgia, of GUUAM": a state the status is compared with)
    let compared = closed_aside(open)
        && aside
            .first()
            .is_some_and(|w| w.is_any(&["like", "alongside"]));
    // (no other status, no time and no hedge inside: "a member, if only an associate one,",
    // "a member, since 1993,", "a member, on paper," are not read past)
    let plain = |w: &Item<'_>| {
        let state = compared && matches!(w.entity(), Some(Entity::State(_)));
        (state || w.kind == super::tokens::Kind::Word || super::num(w).is_some())
            && super::dates::year_of(w).is_none()
            && !w.is_any(&["of", "and", "or", "but", "not", "no", "never"])
            && !w.is_any(&[
                "associate",
                "observer",
                "partner",
                "member",
                "since",
                "until",
                "till",
                "from",
                "paper",
                "reportedly",
                "nominally",
                "technically",
                "name",
                "theory",
                "formally",
                "allegedly",
                "apparently",
                "officially",
            ])
    };
    let closed = usize::from(closed_aside(open));
    if !aside[..aside.len() - closed].iter().all(plain) {
        return None;
    }
    let the = usize::from(items.get(of + 1).is_some_and(|w| w.is("the")));
    (items.get(of).is_some_and(|w| w.is("of"))
        && matches!(items.get(of + 1 + the)?.entity(), Some(Entity::Org(_))))
    .then_some(of)
}

/// A status told around the noun "member" at item `m`.
fn status_noun(s: &mut Sentence<'_, '_>, m: usize) {
    let items = s.items;
    let noun = &items[m];
    // "a candidate member", "an aspiring member", "a future member": no status yet.
    if m > 0
        && items[m - 1].is_any(&[
            "candidate",
            "aspiring",
            "future",
            "prospective",
            "would-be",
            "potential",
            "putative",
        ])
    {
        return;
    }
    // "a key trading partner of the EU", "its strategic partners": partners in something
    // else than membership.
    if noun.is_any(&["partner", "partners"])
        && m > 0
        && items[m - 1].is_any(&[
            "trading",
            "trade",
            "commercial",
            "economic",
            "energy",
            "strategic",
            "business",
            "negotiating",
            "dialogue",
        ])
    {
        return;
    }
    // "lost three members: A, B and C", "gained two members — A and B", "lost two of its
    // members": not members then.
    if (m.saturating_sub(4)..m).any(|q| {
        super::counts_a_change(items, q + 1)
            && items[q + 1..m]
                .iter()
                .all(|w| w.kind == super::tokens::Kind::Word || super::num(w).is_some())
    }) {
        return;
    }
    // Modifiers before the noun, and an organisation among them ("a CSTO member").
    let mut k = m;
    let mut pre_org = None;
    // ("a non-member of GUAM", "remain non-parties to the treaty")
    let mut negated = m >= 2
        && items[m - 1].kind == (super::tokens::Kind::Dash { joining: true })
        && items[m - 2].is("non");
    let mut associate = false;
    let mut neither_before = false;
    let mut evaluative = false;
    let mut former = false;
    let mut hedged = false;
    let mut adjectives = 0;
    let mut also_orgs: Vec<OrgId> = Vec::new();
    let mut pre_also: Vec<OrgId> = Vec::new();
    let mut pre_or = false;
    let mut also_end = 0;
    // (the first organisation has an aside of its own in brackets, which dates it alone)
    let mut first_aside = false;
    // Whether the organisation is named in the phrase (not pointed back to).
    let mut named = false;
    // (an article between them: the name is no modifier of the noun, as in "NATO threw itself
    // a birthday party")
    let mut article = false;
    let adjective = |p: &Item<'_>| {
        p.kind == super::tokens::Kind::Word
            && (p.text.chars().all(|c| c.is_lowercase() || c == '-') || p.is_any(REGIONAL))
            && !p.is_any(COPULAS)
            && !p.is_any(&[
                "and", "or", "of", "in", "to", "with", "by", "for", "as", "that", "which", "who",
                "has", "have", "had", "its", "their", "his", "her", "from", "on", "at", "among",
                "between", "but",
            ])
    };
    while k > 0 {
        let p = &items[k - 1];
        if let Some(Entity::Org(o)) = p.entity() {
            if article {
                break;
            }
            pre_org = Some(o);
        } else if p.text == "'s" && k >= 2 && is_state_item(&items[k - 2]) {
            // "Georgia's GUAM partners": the possessor is not the one described.
            k -= 1;
        } else if p.is_any(&["and", "or"])
            && k >= 3
            && noun.is_any(&["member", "members"])
            && let Some(second) = pre_org
            && matches!(items[k].entity(), Some(Entity::Org(_)))
            && let Some(Entity::Org(first)) = items[k - 2].entity()
            && first != second
            // (right after an article, a copula or the opening: not "a prospective EU and NATO
            // member")
            && (items[k - 3].is_any(&[
                "a", "an", "as", "is", "are", "was", "were", "not", "no", "both", "only",
            ]) || items[k - 3].is_punct(','))
        {
            // "Latvia, an EU and NATO member": a member of each ("not an EU or NATO member":
            // of neither).
            pre_also.insert(0, second);
            pre_or |= p.is("or");
            pre_org = Some(first);
            k -= 1;
        } else if is_status_modifier(p)
            || p.is_any(super::grammar::ORG_ANAPHORS)
            || matches!(p.kind, super::tokens::Kind::Dash { joining: true })
            // ("is neither a member of the CSTO nor of the SCO")
            || p.is("neither")
            // ("A, B and C, none of them WTO members, ...")
            || p.is("none") && items.get(k).is_some_and(|w| w.is("of"))
            || p.is("them") && k >= 3 && items[k - 2].is("of") && items[k - 3].is("none")
            // ("a non-member")
            || p.is("non")
        {
            negated |= p.is_any(&["not", "no", "never", "neither", "none"]);
            evaluative |= p.is_any(EVALUATIVE_QUALITIES);
            neither_before |= p.is("neither");
            article |= p.is_any(&["a", "an", "the"]);
            associate |= p.is("associate");
            former |= p.is_any(&["former", "then", "once"]);
            hedged |= p.is_any(&["nominally", "technically"]);
        } else if p.is_any(&["theory", "paper", "name", "principle"])
            && k >= 2
            && items[k - 2].is_any(&["in", "on"])
        {
            // "in theory still a member", "on paper a member"
            hedged = true;
            k -= 1;
        } else if let Some((open, hedge)) = aside_after_copula(items, k - 1) {
            // "are also, for the time being, parties to the treaty": step over the aside.
            hedged |= hedge;
            k = open;
            continue;
        } else if adjectives < 3 && adjective(p) {
            // Adjectives: "the treaty's least committed members".
            adjectives += 1;
        } else if p.is_any(&["and", "but"])
            && k < m
            && k >= 2
            && [&items[k - 2], &items[k]].iter().all(|w| {
                adjective(w) && !w.is_any(STATUS_NOUNS) && !w.text.ends_with("ly")
                    || is_member_quality(w)
            })
        {
            // "a full and active member", "a reluctant but loyal member"
        } else {
            break;
        }
        k -= 1;
    }
    // ("Georgia was never an enthusiastic member": a denial of the quality, not of the
    // membership)
    if negated && evaluative {
        return;
    }
    // "two of them members": some of a group, which the words do not name ("both of them
    // founders", "all of them members" are the whole group; "A, B and C — the last of them a
    // member since 1998 —" is the last one named, "the first of them" the first).
    let mut pick_last: Option<bool> = None;
    if let Some(q) = (k.saturating_sub(2)..m).find(|&q| {
        items[q].is("of")
            && items[q + 1].is("them")
            && !(q > 0 && items[q - 1].is_any(&["both", "all", "each", "none", "neither"]))
            // ("all four of them parties to the treaty": the whole group too)
            && !(q > 1
                && super::num(&items[q - 1]).is_some()
                && items[q - 2].is("all")
                && !tells_a_leaving(items))
    }) {
        if q >= 2 && items[q - 2].is("the") && items[q - 1].is_any(&["last", "first"]) {
            pick_last = Some(items[q - 1].is("last"));
            k = q - 2;
        } else {
            return;
        }
    }
    // Lone adjectives with no determiner before them are not a noun phrase we understand.
    while adjectives > 0
        && k < m
        && !is_status_modifier(&items[k])
        && !items[k].is("none")
        && items[k].entity().is_none()
        && !items[k].is_any(super::grammar::ORG_ANAPHORS)
        && items[k].text != "'s"
    {
        k += 1;
        adjectives -= 1;
    }
    // ("The treaty now binds nine states—A, B, ...": the verb tells whose members they are)
    if noun.is_any(STATE_NOUNS) && (k.saturating_sub(1)..m).any(|q| items[q].is_any(INCLUDING)) {
        return;
    }
    // "a member of neither the treaty nor the community"
    let neither_inside = items.get(m + 1).is_some_and(|w| w.is_any(&["of", "in"]))
        && items.get(m + 2).is_some_and(|w| w.is("neither"));
    // "a member neither of the CSTO nor of GUUAM"
    let neither_first = items.get(m + 1).is_some_and(|w| w.is("neither"))
        && items.get(m + 2).is_some_and(|w| w.is_any(&["of", "in"]));
    let neither = neither_inside || neither_first || neither_before;
    negated |= neither;
    let lower_noun = noun.text.to_lowercase();
    // "The rest of the membership — A, B, ...": the collective noun only introduces a list.
    let collective = lower_noun == "membership";
    let is_observer = lower_noun.starts_with("observer");
    // ("is not (merely) an associate of the CIS", "no longer an associate": what it is instead
    // is not said)
    if lower_noun == "associate"
        && items[m.saturating_sub(4)..m]
            .iter()
            .any(|w| w.is_any(&["not", "no", "longer", "never", "n't"]))
    {
        return;
    }
    let associate = associate || lower_noun == "associate";
    let mut event = match (negated, is_observer, associate) {
        _ if lower_noun.starts_with("signator") => Event::Signed,
        _ if lower_noun.starts_with("founder") || lower_noun.starts_with("co-founder") => {
            Event::Founded
        }
        (true, ..) => Event::NotMember,
        (_, true, _) => Event::Observer,
        (_, _, true) => Event::Associate,
        _ => Event::Member,
    };
    // The organisation after the noun ("a member of the CSTO", "observer status in the SCO").
    let mut after = m + 1 + usize::from(neither_first);
    if items
        .get(after)
        .is_some_and(|w| w.is_any(&["status", "seat", "seats", "rights"]))
        // ("is a member state of the CSTO", "are member countries of")
        || noun.is_any(&["member", "members"])
            && items.get(after).is_some_and(|w| {
                w.is_any(&["state", "states", "country", "countries", "nation", "nations"])
            })
            && items.get(after + 1).is_some_and(|w| w.is("of"))
    {
        after += 1;
    }
    // ("the three states still in the Collective Security Treaty", "the members now in GUAM")
    if items
        .get(after)
        .is_some_and(|w| w.is_any(&["still", "now"]))
        && items
            .get(after + 1)
            .is_some_and(|w| w.is_any(&["in", "inside", "within"]))
        // (the organisation named, or "it" with a list of as many states as counted: "the six
        // countries still in it — A, ..., F —", not "the two countries still in it — A, B and
        // C —")
        && (org_name(Toks(
            &items[after + 2 + usize::from(items.get(after + 2).is_some_and(|w| w.is("the")))..],
        ))
        .is_ok()
            || items.get(after + 2).is_some_and(|w| w.is("it"))
                && org_of_it(s, after + 2, after + 2).is_some()
                && items.get(after + 3).is_some_and(|w| w.is_dash())
                && state_list(Toks(&items[after + 4..])).is_ok_and(|(_, st)| {
                    m > 0 && super::num(&items[m - 1]) == Some(st.len() as u64)
                }))
    {
        after += 1;
    }
    // "parties alongside Russia to the Collective Security Treaty", "a member, along with
    // Belarus, of the CIS": the others the status is shared with, before the organisation.
    let mut alongside = Vec::new();
    if let Some((of, more)) = companions_before_of(items, after) {
        after = of;
        alongside = more;
    }
    // "a member in good standing of the CSTO", "a member, if a reluctant one, of the CIS": the
    // organisation after a short aside.
    if let Some(of) = aside_before_of(items, after) {
        after = of;
    } else if items
        .get(after)
        .is_some_and(|w| w.is_punct(',') || w.is_dash())
        && let Some(close) = (after + 2..(after + 12).min(items.len()))
            .find(|&q| items[q].is_punct(',') || items[q].is_dash())
        && items.get(close + 1).is_some_and(|w| w.is("of"))
        && (close + 2..(close + 4).min(items.len()))
            .any(|q| matches!(items[q].entity(), Some(Entity::Org(_))))
    {
        // ("a member, Russia says, of the CSTO": an aside not understood before the named
        // organisation; no pointing back past it)
        return;
    }
    // ("the six original signatories of May 1992 (A, B, ...)", "its four founders of 1997 (A,
    // ...)": a date after "of", then the list, says when, not whose)
    if matches!(event, Event::Signed | Event::Founded)
        && items.get(after).is_some_and(|w| w.is("of"))
        && let Some((_, r)) = find_date(
            items,
            after + 1,
            (after + 5).min(items.len()),
            s.date_context(m, false),
        )
        && r.start == after + 1
        && items
            .get(r.end)
            .is_some_and(|w| w.is_punct('(') || w.is_dash() || w.is_punct(':'))
    {
        after = r.end;
    }
    let mut org = pre_org;
    if after < items.len() && items[after].is_any(&["of", "in", "at", "to", "within"]) {
        // "a member of both the SCO and GUUAM"
        let both = items.get(after + 1).is_some_and(|w| w.is("both"));
        // "is not a member of either the CSTO or the SCO" (and "a member of either" is one of
        // them, which is no claim about either)
        let either = items.get(after + 1).is_some_and(|w| w.is("either"));
        if either
            && !negated
            && !items[..m]
                .iter()
                .any(|w| w.is_any(&["not", "never", "neither", "nor", "no", "n't"]))
        {
            return;
        }
        let after_prep = after + 1 + usize::from(neither_inside || both || either);
        // "a party to the negotiations between the CIS and the EU", "to the WTO talks", "to
        // the CIS free trade agreement": party to something other than the organisation
        // (the words up to the first organisation named, and the one after it)
        let other = other_party_word;
        let first_org = (after_prep..(after_prep + 6).min(items.len()))
            .find(|&q| matches!(items[q].entity(), Some(Entity::Org(_))));
        if noun.is_any(&["party", "parties"])
            && (items[after_prep..first_org.unwrap_or((after_prep + 6).min(items.len()))]
                .iter()
                .take_while(|w| !w.is_punct(',') && !w.is_punct('.'))
                .any(other)
                // ("the WTO talks", "the CIS free trade agreement")
                || first_org.is_some_and(|q| {
                    items[q + 1..(q + 5).min(items.len())]
                        .iter()
                        .take_while(|w| {
                            w.kind == super::tokens::Kind::Word
                                && w.text.chars().all(|c| c.is_lowercase())
                        })
                        .any(other)
                }))
        {
            return;
        }
        let mut the = usize::from(items.get(after_prep).is_some_and(|i| i.is("the")));
        // "parties to the 1992 Collective Security Treaty"
        if year_before_org(items, after_prep + the) {
            the += 1;
        } else if the == 1
            && let Some(skip) = adjectives_before_org(items, after_prep + 1)
        {
            // "members of the rival GUUAM group"
            the += skip;
        } else if the == 0 && possessed_org(items, after_prep).is_some() {
            // "a member of Russia's Collective Security Treaty Organization"
            the = 2;
        }
        // ("a member of three bodies: the CSTO, EurAsEC and the SCO")
        // (not a possessive: "a member in NATO's programme")
        // ("a member of neither organisation", "of none of the three", "of neither": the
        // organisations named last, in this sentence or the one before)
        let plural = items
            .get(after + 1)
            .filter(|w| w.is_any(&["neither", "none", "all"]))
            .and_then(|_| plural_orgs(s, after + 1, items.len()))
            .filter(|(orgs, _, _)| orgs.len() >= 2);
        let first = org_name(Toks(&items[after_prep + the..]))
            .ok()
            .filter(|_| plural.is_none())
            .map(|(rest, o)| (o, index_of(items, rest)))
            .filter(|&(_, next)| items.get(next).is_none_or(|w| w.text != "'s"))
            .or_else(|| named_after_description(items, after_prep, items.len()));
        if let Some((orgs, none, end)) = plural {
            if none && event == Event::Member {
                event = Event::NotMember;
            }
            org = Some(orgs[0]);
            also_orgs = orgs[1..].to_vec();
            also_end = end;
            after = end;
        } else if let Some((o, next)) = first {
            org = Some(o);
            named = true;
            after = next;
            // "members of the CSTO and of the SCO", "members of the CIS and GUAM"
            // ("members of the Shanghai Five as well as of the treaty"), "a member of the CSTO,
            // EurAsEC and the SCO"
            // ("not a member of the CSTO, the SCO or EurAsEC": none of them)
            // ("a member of the CIS (since December 1993), of GUUAM and of ...": over an
            // aside in brackets)
            let aside_end = items
                .get(after)
                .is_some_and(|w| w.is_punct('('))
                .then(|| {
                    (after + 1..(after + 10).min(items.len())).find(|&q| items[q].is_punct(')'))
                })
                .flatten()
                .map(|q| q + 1)
                .filter(|&q| items.get(q).is_some_and(|w| w.is_punct(',') || w.is("and")))
                // ("a member of the CSTO, which it rejoined in 2006, and of the SCO": over a
                // relative clause, to "and of")
                .or_else(|| {
                    // (", to which it returned in 2006,")
                    let preposition = items
                        .get(after + 1)
                        .is_some_and(|w| w.is_any(&["to", "in", "of"]));
                    items
                        .get(after + 1 + usize::from(preposition))
                        .filter(|w| items[after].is_punct(',') && w.is_any(&["which", "whose"]))?;
                    (after + 2..(after + 16).min(items.len()))
                        .find(|&q| items[q].is_punct(',') || items[q].is_dash())
                        .filter(|&q| {
                            items[q].is_punct(',')
                                && items.get(q + 1).is_some_and(|w| w.is("and"))
                                && items.get(q + 2).is_some_and(|w| w.is("of"))
                        })
                });
            first_aside = aside_end.is_some();
            let (more, end) = further_orgs(s, aside_end.unwrap_or(after), &|i| {
                i.is("and") || (neither && i.is("nor")) || ((either || negated) && i.is("or"))
            });
            also_orgs = more;
            also_end = end;
        } else if let Ok((rest, ())) = org_anaphor(Toks(&items[after_prep..])) {
            after = index_of(items, rest);
            // ("a member of the Moscow-led bloc, the Collective Security Treaty": the name
            // in apposition)
            let the = usize::from(items.get(after + 1).is_some_and(|w| w.is("the")));
            let apposed = items
                .get(after)
                .filter(|w| w.is_punct(','))
                .and_then(|_| org_name(Toks(items.get(after + 1 + the..)?)).ok())
                .filter(|(rest, _)| {
                    rest.0
                        .first()
                        .is_none_or(|w| matches!(w.kind, super::tokens::Kind::Punct(_)))
                });
            org = match apposed {
                Some((rest, o)) => {
                    after = index_of(items, rest);
                    named = true;
                    Some(o)
                }
                None => s.anaphor_org(after_prep),
            };
            // (a noun pointing back to nothing that fits, "a member of the Moscow-led bloc"
            // after NATO, is no claim about another organisation)
            if org.is_none() {
                return;
            }
            // ("a member of that organisation and of the SCO")
            let (more, end) = further_orgs(s, after, &|i| {
                i.is("and") || (neither && i.is("nor")) || (negated && i.is("or"))
            });
            also_orgs = more;
            also_end = end;
        } else if items.get(after_prep).is_some_and(|w| w.is("it")) {
            // "are both parties to it": the organisation named last.
            org = s.org_before(after_prep);
            after = after_prep + 1;
        } else if items.get(after_prep).is_some_and(|w| w.is("its"))
            && items
                .get(after_prep + 1)
                .is_some_and(|w| w.is_any(&["successor", "predecessor"]))
        {
            // "is not a member of its successor, the CSTO": the name given after the comma,
            // else the organisation that succeeds (or preceded) the one named before.
            let named_after = items
                .get(after_prep + 2)
                .is_some_and(|w| w.is_punct(','))
                .then(|| {
                    let a = after_prep + 3 + usize::from(items.get(after_prep + 3)?.is("the"));
                    match items.get(a)?.entity() {
                        Some(Entity::Org(o)) => Some((o, a + 1)),
                        _ => None,
                    }
                })
                .flatten();
            if let Some((o, end)) = named_after {
                org = Some(o);
                after = end;
            } else if let Some(named) = s.org_before(after_prep) {
                org = lineage(s, &items[after_prep + 1], named);
                after = after_prep + 2;
            }
            // An organisation's successor we cannot name is no other organisation ("of its
            // successor, the Eurasian Union"): no claim rather than the one named before.
            if org.is_none() {
                return;
            }
        }
    } else if org.is_none()
        && (k..m).any(|q| {
            let p = &items[q];
            p.is_any(super::grammar::ORG_ANAPHORS)
                // (an organisation's, not a state's or a region's: "Russia as Armenia's
                // principal strategic partner", "Of the region's other states")
                || p.text == "'s"
                    && q > 0
                    && (items[q - 1].is_any(super::grammar::ORG_ANAPHORS)
                        || matches!(items[q - 1].entity(), Some(Entity::Org(_))))
                || p.is_any(&["its", "whose"])
        })
    {
        org = whose_org(s, k).or_else(|| s.anaphor_org(k));
    }
    // "the six states that remain in the treaty — A, B ..."
    if noun.is_any(STATE_NOUNS)
        && org.is_none()
        && after + 2 < items.len()
        && items[after].is_any(&["that", "which", "still"])
    {
        let mut a = after + 1;
        let verb_from = a;
        while a < items.len()
            && items[a].is_any(&[
                "remain",
                "remained",
                "still",
                "belong",
                "belonged",
                "are",
                "were",
                "stayed",
                "stay",
                "in",
                "to",
                "the",
                // ("the six states which prolonged the treaty in April 1999—A, B, ...")
                "prolonged",
                "renewed",
                "extended",
            ])
        {
            a += 1;
        }
        if a > after + 1 && a < items.len() {
            if let Some(Entity::Org(o)) = items[a].entity() {
                org = Some(o);
                after = a + 1;
            } else if items[a].is_any(super::grammar::ORG_ANAPHORS) {
                org = s.anaphor_org(a.saturating_sub(1));
                after = a + 1;
            } else if items[a].is("it")
                && items[a - 1].is("in")
                && items.get(a + 1).is_some_and(|w| w.is_dash())
            {
                // ("the six countries still in it — A, B, ... —" after a departure from it told
                // in the sentence before: as many as counted, and only an organisation the
                // reference timeline has them all in; not "Uzbekistan left the joint air-defence
                // project. The three countries still in it — ...")
                let listed = state_list(Toks(&items[(a + 2).min(items.len())..]))
                    .map(|(_, st)| st)
                    .unwrap_or_default();
                let count = (k..m).find_map(|q| super::num(&items[q]));
                let left = s
                    .discourse
                    .last_event
                    .filter(|t| matches!(t.event, Event::Withdrew | Event::Suspended))
                    .map(|t| t.org);
                org = s.anaphor_org(a).filter(|&o| {
                    !listed.is_empty()
                        && count.is_none_or(|n| n as usize == listed.len())
                        && left
                            .is_some_and(|l| s.lexicon.lineage_root(l) == s.lexicon.lineage_root(o))
                        && all_in(s, o, &listed)
                });
                after = a + 1;
            }
            // ("which prolonged the treaty in April 1999—A, B, ...": past the verb's date; not
            // "that were in the CST in 1998—A, B—", which dates them)
            if org.is_some()
                && items[verb_from..a.min(items.len())]
                    .iter()
                    .any(|w| w.is_any(&["prolonged", "renewed", "extended"]))
                && let Some((_, r)) = find_date(
                    items,
                    after,
                    (after + 6).min(items.len()),
                    s.date_context(after, false),
                )
                && r.start <= after + 1
                && items.get(r.end).is_some_and(|w| w.is_dash())
            {
                after = r.end;
            }
            // ("the six states that stayed in the treaty in 1999 — A, B, ... —", "... when it
            // came up for renewal in 1999": a membership then, which the relative clause's verb
            // tells)
            let when_clause = items.get(after).is_some_and(|w| w.is("when"));
            let close = if when_clause {
                (after + 1..items.len())
                    .find(|&q| items[q].is_punct(',') || items[q].is_dash())
                    .unwrap_or(items.len())
            } else {
                (after + 5).min(items.len())
            };
            if org.is_some()
                && items[verb_from..a.min(items.len())]
                    .iter()
                    .any(|w| w.is_any(&["stayed", "remained", "were", "belonged"]))
                && find_date(items, after, close, s.date_context(after, false))
                    .is_some_and(|(_, r)| when_clause || r.start <= after + 1)
            {
                return;
            }
        }
    }
    // "member states", "member countries" name members; other state nouns need an organisation.
    let member_noun = m > 0 && items[m - 1].is("member");
    if noun.is_any(STATE_NOUNS) && org.is_none() && !member_noun {
        return;
    }
    // "The other six parties — A, B, ... —": a treaty's parties, spelt out after a count of
    // at least three (two parties are more often those of a bilateral deal), are the parties
    // of the treaty named last.
    // ("Parties (9): A, B, ...": the count in brackets)
    let bracketed = bracketed_count(items, after);
    if noun.is("parties")
        && org.is_none()
        && let Some(n) = (k.saturating_sub(1)..m)
            .find_map(|q| super::num(&items[q]))
            .or(bracketed.map(|(n, _)| n))
        && n >= 3
        && let list_at = bracketed.map_or(after, |(_, e)| e)
        && items
            .get(list_at)
            .is_some_and(|w| w.is_dash() || w.is_punct(':') || w.is_punct('('))
        && let Ok((_, states)) = state_list(Toks(&items[list_at + 1..]))
        && states.len() as u64 == n
    {
        // (not when the sentence names something else they may be parties to: "the CFE
        // Treaty", "the Black Sea accord", "the Karabakh talks"; and only states the curated
        // timeline has in that treaty then)
        let lex = s.lexicon;
        let other_document = items[..k]
            .iter()
            .any(|w| w.entity().is_none() && (w.is_any(DOCUMENTS) || w.is_any(PARTIES_TO)));
        let treaty = s
            .named_in(0..k, &|o| lex.org(o).is_treaty)
            .or(s.discourse.treaty)
            .filter(|_| !other_document);
        org = treaty.filter(|&o| {
            s.article.is_some_and(|day| {
                states
                    .iter()
                    .all(|&st| lex.prior.member(st, o, day) == Some(true))
            })
        });
    }
    // "the CSTO, to which Armenia is a party", "GUAM, in which Moldova remains a member": the
    // organisation the relative clause hangs on.
    if org.is_none()
        && let Some(w) = (k.saturating_sub(8)..k)
            .rev()
            .find(|&q| items[q].is("which"))
        && w >= 2
        && items[w - 1].is_any(&["to", "of", "in"])
        && !items[w + 1..k]
            .iter()
            .any(|x| x.is_punct(',') || x.is_dash())
    {
        let c = if items[w - 2].is_punct(',') {
            w - 2
        } else {
            w - 1
        };
        if let Some(Entity::Org(o)) = c.checked_sub(1).and_then(|p| items[p].entity()) {
            org = Some(o);
            named = true;
        }
    }
    // "a party to the treaty": only with the organisation named, or, said of states after a
    // copula with nothing after it, the treaty the sentence named, else the one organisation
    // the sentence before named ("Six states signed the charter of the CSTO. Moldova is not a
    // party.", "Azerbaijan, which is not a party at all"); not "a partner".
    if noun.is_any(&["party", "parties", "partner", "partners"]) && org.is_none() {
        // (not when this sentence or the one before names something else states may be parties
        // to: "The CIS free trade agreement was signed in October. Azerbaijan is not a party.",
        // "Turkey is not a party to the conflict, and Armenia is not a party either")
        let bare = items.get(after).is_none_or(|w| {
            w.is_punct('.')
                || w.is_punct(';')
                || w.is_any(&["either", "too"])
                || w.is("at") && items.get(after + 1).is_some_and(|w| w.is("all"))
                // ("Armenia, which has been a party since 1992, ..."; not "which had been a
                // party since 1992", a past stretch whose end is not told)
                || w.is("since")
                    && !(k >= 2 && items[k - 2].is("had"))
                    && find_date(items, after + 1, (after + 5).min(items.len()), s.date_context(after, false))
                        .is_some_and(|(_, r)| r.start == after + 1)
        });
        let said_of_states = k > 0
            && items[k - 1].is_any(COPULAS)
            && items[k..m].iter().all(|w| {
                w.is_any(&[
                    "not", "a", "no", "longer", "also", "still", "never", "already", "non",
                ]) || w.kind == (super::tokens::Kind::Dash { joining: true })
            });
        let lex = s.lexicon;
        // (or, when the sentence before named none, the one its claims were about: "Moldova and
        // Turkmenistan are not parties. Ukraine is not a party either.")
        let previous = || {
            if s.discourse.previous.is_empty() {
                super::only_one(&s.discourse.claimed_orgs)
            } else {
                s.discourse.previous_alone()
            }
        };
        // (a treaty this sentence names is meant whatever else it names: "Armenia, a signatory
        // of the Tashkent Treaty, is at war with Azerbaijan, which is not a party at all")
        let other = s.discourse.other_parties || names_other_parties(items);
        // ("the other six parties, A, B, ..., F, signed a protocol prolonging the treaty": as
        // many states listed after the comma as counted)
        let listed = noun.is("parties")
            && m > 0
            && items.get(after).is_some_and(|w| w.is_punct(','))
            && super::num(&items[m - 1]).is_some_and(|n| {
                state_list(Toks(&items[after + 1..])).is_ok_and(|(rest, st)| {
                    st.len() as u64 == n
                        && rest
                            .0
                            .first()
                            .is_some_and(|w| w.is_punct(',') || w.is_dash())
                })
            });
        // (not parties to something this sentence names before them: "Russia signed a gas
        // deal with Turkmenistan; the other two parties, Iran and Turkey, objected")
        let listed = listed && !names_other_parties(&items[..m]);
        // ("Tajikistan, itself a party, hosts them", "Armenia, also a party, agreed": an
        // appositive set off after one state)
        let set_off = |w: &Item<'_>| w.is_punct(',') || w.is_dash();
        let appositive = noun.is("party")
            && !tells_a_leaving(items)
            && items.get(after).is_some_and(set_off)
            && k >= 2
            && set_off(&items[k - 1])
            && is_state_item(&items[k - 2])
            && items[k..m].iter().any(|w| w.is("a"))
            && items[k..m]
                .iter()
                .all(|w| w.is_any(&["a", "itself", "also", "still", "already"]));
        org = (noun.is_any(&["party", "parties"])
            && (bare && said_of_states || listed || appositive))
            .then(|| {
                s.named_in(0..if listed { items.len() } else { k }, &|o| {
                    lex.org(o).is_treaty
                })
                // ("using the treaty to arm Armenia, which has been a party since 1992": the
                // treaty this sentence pointed to before)
                .or_else(|| {
                    let the = (0..k).rev().find(|&q| {
                        items[q].is("the")
                            && items
                                .get(q + 1)
                                .is_some_and(|w| w.is_any(&["treaty", "pact"]))
                    })?;
                    s.anaphor_org(the)
                })
                .or_else(|| previous().filter(|_| listed || !other))
                // (or the treaty the sentence points back to: "... signed a protocol
                // prolonging the treaty")
                .or_else(|| {
                    if !listed {
                        return None;
                    }
                    let the = (after..items.len()).find(|&q| {
                        items[q].is("the")
                            && items
                                .get(q + 1)
                                .is_some_and(|w| w.is_any(&["treaty", "pact"]))
                    })?;
                    s.anaphor_org(the)
                })
            })
            .flatten()
            // (a party to a treaty only: "Armenia hosted the GUUAM observers. Ukraine is not a
            // party." says nothing of GUUAM)
            .filter(|&o| lex.org(o).is_treaty);
        if org.is_none() {
            return;
        }
    }
    if org.is_none() {
        org = whose_org(s, k);
    }
    // "remain members only nominally", "a member on paper"
    // (not another conjunct's: "a CSTO member and still nominally a GUUAM member")
    if items[after.min(items.len())..(after + 3).min(items.len())]
        .iter()
        .take_while(|p| !p.is("and") && !p.is_punct(','))
        .any(|p| p.is_any(&["nominally", "paper", "name", "theory"]))
    {
        hedged = true;
    }
    // "Uzbekistan is not a member.": the organisation the article is talking about.
    let org = org.or_else(|| {
        (after >= items.len()
            || items[after].is_punct('.')
            || items[after].is_punct(',')
            || items[after].is_punct(':')
            || items[after].is_punct(';')
            || items[after].is_dash()
            || items[after].is_any(&[
                "either",
                "now",
                "today",
                "any",
                "anymore",
                "since",
                "and",
                "but",
                "although",
                "though",
                "while",
                "despite",
                "until",
                "only",
                "nominally",
                "on",
                "in",
                "at",
                "for",
                // ("Mongolia and India are observers already", "Iran is a member too")
                "already",
                "too",
                "also",
                "still",
            ])
            // ("Kazakhstan isn't a member yet."; not "a member yet of the WTO")
            || items[after].is("yet")
                && items
                    .get(after + 1)
                    .is_none_or(|w| matches!(w.kind, super::tokens::Kind::Punct(_)) || w.is_dash()))
        .then(|| {
            // "EurAsEC groups A and B, while C and D hold observer status": an organisation
            // named in this clause, else earlier in the sentence, before any other guess.
            let named = |range: Range<usize>| s.named_in(range, &|_| true);
            let clause_start = s.clause(k).start.min(k);
            let clause_end = s.clause(k).end;
            // ("... admitted India as an observer. Mongolia has been an observer since last
            // year": the one organisation the sentence before named.)
            // ("Georgia joined the CIS in 1993 but is no longer a member": the organisation
            // of a claim made earlier in the sentence.)
            is_observer
                .then(|| {
                    named(clause_start..k)
                        .or_else(|| named(0..clause_start))
                        .or_else(|| s.discourse.previous_alone())
                })
                .flatten()
                // ("A, B and C — the last of them a member since 1998 — already belong to the
                // WTO": inside an aside, the organisation the clause names after it)
                .or_else(|| {
                    let close = (after..clause_end).find(|&q| items[q].is_dash())?;
                    let open = items[clause_start..k]
                        .iter()
                        .filter(|w| w.is_dash())
                        .count();
                    // (the main clause's membership: "... — already belong to the WTO"; not
                    // "— sent delegations to the SCO summit", "— trade mostly within the CIS")
                    let verb = (close + 1..clause_end).find(|&q| verb_at(items, q).is_some())?;
                    (open % 2 == 1)
                        .then(|| {
                            items[verb..clause_end]
                                .iter()
                                .find_map(|w| match w.entity() {
                                    Some(Entity::Org(o)) => Some(o),
                                    _ => None,
                                })
                        })
                        .flatten()
                })
                .or_else(|| named(clause_start..k))
                .or_else(|| s.org_claimed_before(k))
                .or_else(|| named(0..clause_start))
                // ("Their ties to the CIS vary. Georgia and Moldova are full members; ...": the
                // one organisation the sentence before named; not for members listed or
                // counted, which the reference timeline helps place)
                .or_else(|| {
                    let listing = items
                        .get(after)
                        .is_some_and(|w| w.is_dash() || w.is_punct(':') || w.is_punct('('))
                        || items[k..m].iter().any(|w| super::num(w).is_some())
                        || items[k..m]
                            .iter()
                            .any(|w| w.is_any(&["remaining", "other", "founding", "original"]));
                    (!listing).then(|| s.discourse.previous_alone()).flatten()
                })
                .or_else(|| s.anaphor_org(k))
        })
        .flatten()
    });
    // ("The six signatories (A, B, ...) met": listed right after, in brackets, of the
    // organisation the article is about)
    let org = org.or_else(|| {
        let listed = items.get(after).is_some_and(|w| w.is_punct('('))
            && state_list(Toks(items.get(after + 1..)?)).is_ok_and(|(rest, st)| {
                st.len() >= 2 && rest.0.first().is_some_and(|w| w.is_punct(')'))
            });
        // ("the six original signatories", "the signatories")
        let the = (m.saturating_sub(4)..m).rev().find(|&q| items[q].is("the"));
        let described = the.is_some_and(|t| {
            items[t + 1..m].iter().all(|w| {
                super::num(w).is_some()
                    || w.kind == super::tokens::Kind::Word
                        && w.text.chars().all(|c| c.is_lowercase())
            })
        });
        (listed && described).then(|| s.discourse.topic()).flatten()
    });
    let Some(mut org) = org else { return };
    named |= pre_org.is_some();
    // "The remaining six members—A, B, ...—" in 2012, pointing back to the Collective Security
    // Treaty named earlier: an organisation pointed back to, told of as it is now, is what it
    // has since become (not the document itself: "the treaty's parties", "a member of neither
    // the treaty nor its successor").
    let past = former || k > 0 && items[k - 1].is_any(&["was", "were"]);
    if !named
        && !past
        && !items[k.saturating_sub(2)..after.min(items.len())]
            .iter()
            .any(|w| w.is_any(&["treaty", "pact", "signatories", "signatory", "successor"]))
        && let Some(today) = s.article
    {
        org = s.form_on(org, today);
    }
    // "was never an enthusiastic member" judges the membership; it does not deny it.
    if negated && adjectives > 0 {
        return;
    }
    // ("an EU or NATO member" tells of neither)
    if pre_or && !negated {
        return;
    }
    let clause = s.clause(m);
    let after = if also_orgs.is_empty() {
        after
    } else {
        also_end
    };
    let orgs: Vec<OrgId> = std::iter::once(org)
        .chain(pre_also)
        .chain(also_orgs)
        .collect();
    // "X is a member of the CSTO and a participant in the Partnership": a second status
    // after the same copula (not a denied one, nor past another verb).
    // ("is therefore a member", "are thus, for the moment, members": an adverb of the sentence
    // between the copula and the noun)
    let mut before = k;
    while before > 0
        && (items[before - 1].is_any(SENTENCE_ADVERBS)
            || items[before - 1].is_punct(',') && before == k)
    {
        before -= 1;
    }
    if before < k && before > 0 && items[before - 1].is_any(COPULAS) {
        k = before;
    }
    let coordinated = || {
        if !(k >= 2 && items[k - 1].is("and")) {
            return None;
        }
        let c = (clause.start..k - 1)
            .rev()
            .find(|&q| items[q].is_any(COPULAS))?;
        let between = &items[c + 1..k - 1];
        (between
            .iter()
            .any(|w| w.is_any(STATUS_NOUNS) || w.is("participant"))
            && !items[c.saturating_sub(2)..k - 1]
                .iter()
                .any(|w| w.is_any(&["not", "never", "no", "neither", "nor", "but", "or"]))
            && !(c + 1..k - 1).any(|q| verb_at(items, q).is_some()))
        .then_some(c)
    };
    // (only with its organisation named: not "a member of the CIS and an observer in the
    // Organisation of the Islamic Conference")
    // ("Is Turkmenistan an SCO member?", "Are Georgia and Moldova still in GUAM?": the copula
    // opens the question, its subject follows; told as a question, the status is hedged)
    // ("Nor is Azerbaijan a member of NATO": the copula before its subject, after "nor")
    let nor = || {
        let first = usize::from(items.first()?.is_any(&["and", "but"]));
        let cop = first + 1;
        if !(items.get(first)?.is_any(&["nor", "neither"])
            && items.get(cop)?.is_any(&["is", "are", "was", "were"]))
        {
            return None;
        }
        // (a plain "a member", "an observer": not "the only member of GUAM to object", "a
        // founding member")
        if !items[k].is_any(&["a", "an"])
            || items[k + 1..m]
                .iter()
                .any(|w| is_member_quality(w) || w.text.ends_with("est"))
        {
            return None;
        }
        // ("Turkmenistan is not in NATO. Nor is it a party to the treaty": the state the
        // sentence before opened with)
        if k == cop + 2 && items[cop + 1].is("it") {
            let st = s.discourse.single?;
            return Some((cop, vec![st], cop + 1..cop + 2));
        }
        let (states, r) = list_ending_at(s, k, 0)?;
        (r.start == cop + 1).then_some((cop, states, r))
    };
    let asked = || {
        if !s.yes_no_question() {
            return nor();
        }
        let subject = s.question_subject();
        let the = items.get(subject.checked_sub(1)?)?.is("the");
        let cop = subject.checked_sub(1 + usize::from(the))?;
        if !items.get(cop)?.is_any(&["is", "are", "was", "were"]) {
            return None;
        }
        let (states, r) = list_ending_at(s, k, 0)?;
        (r.start == subject).then_some((cop, states, r))
    };
    let question = if k > 0 && !items[k - 1].is_any(COPULAS) {
        asked()
    } else {
        None
    };
    // ("Armenia became a CSTO member in 2002", "Iran became an SCO observer in 2005": a
    // status taken up, the organisation named before the noun)
    let became = k > 0
        && items[k - 1].is_any(&["became", "become"])
        && pre_org.is_some()
        && !items.get(m + 1).is_some_and(|w| {
            w.is_any(&["of", "to"])
                || w.is("in")
                    && items
                        .get(m + 2)
                        .is_some_and(|n| n.is("the") || matches!(n.entity(), Some(Entity::Org(_))))
        });
    let copula = if k > 0 && items[k - 1].is_any(COPULAS) || became {
        Some(k - 1)
    } else if let Some((cop, _, _)) = &question {
        Some(*cop)
    } else {
        coordinated().filter(|_| named && !noun.is_any(&["partner", "partners", "ally", "allies"]))
    };
    // Case 1: copula — "X is (not) a member of Y".
    if !collective && let Some(cop) = copula {
        let mut j = cop;
        let mut past = items[cop].is_any(&["was", "were", "became"]);
        while j > clause.start
            && items[j - 1].is_any(&[
                "has",
                "have",
                "had",
                "still",
                "also",
                "now",
                "long",
                // ("has always been a reluctant member")
                "always",
                "not",
                "never",
                "only",
                "nominally",
                "technically",
                "formally",
                "officially",
                "reportedly",
                "allegedly",
                "in",
                "theory",
                "to",
                "said",
                "seems",
                "appears",
                "will",
                "would",
                "must",
                "may",
                "might",
                "could",
            ])
        {
            past |= items[j - 1].is("had");
            j -= 1;
        }
        // "... keeps its distance but remains a full SCO member": the sentence's main subject.
        let shared = || {
            let before = (0..j).rev().find(|&b| !is_aux(&items[b]))?;
            // ("Turkmenistan never joined the treaty, has never been a member of the SCO, and
            // stayed out of GUUAM": one of a series of verbs, after its comma, with a verb
            // before it and an "and" closing the series after it)
            let series = || {
                items[before].is_punct(',')
                    && (0..before).any(|q| verb_at(items, q).is_some())
                    && (m..items.len())
                        .take_while(|&q| !items[q].is_punct(';') && !items[q].is_punct('.'))
                        .any(|q| items[q].is("and") && items[q - 1].is_punct(','))
            };
            if !items[before].is_any(&["and", "but"]) && !series() {
                return None;
            }
            // ("..., and neither is Kyrgyzstan, which is considering joining but has been a
            // member of the WTO": the relative clause's antecedent)
            let relative = (0..before)
                .rev()
                .take_while(|&q| !items[q].is_punct(','))
                .find(|&q| items[q].is_any(&["which", "who"]))
                .filter(|&q| q >= 2 && items[q - 1].is_punct(','))
                .and_then(|q| list_ending_at(s, q - 1, 0))
                .map(|(st, _)| st);
            relative
                .or_else(|| main_subject(s).or_else(|| opening_pronoun(s)))
                .map(|st| (st, j..j, j))
        };
        if let Some((states, range, aux_start)) = subject(s, j.max(cop), clause.start)
            .or_else(shared)
            .or_else(|| {
                question
                    .clone()
                    .map(|(_, states, r)| (states, r.clone(), r.end))
            })
        {
            // (a bare noun is not of the organisation the subject's own noun phrase is in:
            // "Russia's two partners in the customs union, Belarus and Kazakhstan, are not
            // members")
            if !named
                && range.start >= 2
                && items[range.start - 1].is_punct(',')
                && org_a_noun_is_in(items, range.start - 2) == Some(org)
            {
                return;
            }
            let aux = &items[aux_start..m];
            let (mut modality, neg) =
                modality(aux, &items[clause.clone()], m.saturating_sub(clause.start));
            // "Neither is a member", "None of them is a member", "Nor is Azerbaijan a member".
            let inverted = range.start >= 2
                && items[range.start - 2].is_any(&["nor", "neither"])
                && items[range.start - 1].is_any(COPULAS)
                && range.end == k;
            let neg = neg
                || inverted
                || denied_subject(items, &range)
                // ("A and B, neither of which is a WTO member": up to the copula)
                || denied_relative(items, range.end, (cop + 1).min(m));
            if neg && modality == Modality::Negated {
                modality = Modality::Asserted; // "is not a member": the status not_member
            }
            // "was not among the original signatories", "was never one of the founders": the
            // event denied.
            if (neg || negated) && matches!(event, Event::Signed | Event::Founded) {
                modality = Modality::Negated;
            }
            // ("Neither Georgia nor Moldova is an SCO observer", as "is not an observer")
            let event =
                if neg && matches!(event, Event::Member | Event::Observer | Event::Associate) {
                    Event::NotMember
                } else {
                    event
                };
            if hedged && modality == Modality::Asserted {
                modality = Modality::Hedged;
            }
            // "becomes the new organisation's sixth member": a joining, as "became the sixth
            // member of" is
            let event = if event == Event::Member
                && (items[cop].is_any(&["became", "become"])
                    || items[cop].is("becomes") && items[k..m].iter().any(|w| w.is_any(ORDINALS)))
            {
                Event::Joined
            } else {
                event
            };
            let when = time_for(s, event, clause.clone(), m, past || former);
            // "..., as are Kyrgyzstan and Tajikistan"
            let mut states = states;
            if let Some(a) = (after..clause.end.saturating_sub(2)).find(|&q| {
                items[q].is("as")
                    && items[q + 1].is_any(&["are", "is", "were", "was", "do", "does"])
            }) && let Ok((_, more)) = state_list(Toks(&items[a + 2..clause.end]))
            {
                states.extend(more);
            }
            states.extend(
                alongside
                    .iter()
                    .copied()
                    .filter(|st| !states.contains(st))
                    .collect::<Vec<_>>(),
            );
            // "one of the six original signatories of the treaty in May 1992, along with
            // Russia, Armenia, ...": the others the status is shared with.
            // (not past another verb or clause: "..., and both set up the SCO together with")
            let stop = (after..clause.end)
                .find(|&q| coordinated_clause_at(items, q) || verb_at(items, q).is_some())
                .unwrap_or(clause.end);
            if let Some(a) = (after..stop.saturating_sub(1)).find(|&q| {
                items[q].is_any(&["along", "together"]) && items[q + 1].is("with")
                    || items[q].is("alongside")
            }) && items[after..a].iter().all(|w| !w.is_any(&["which", "who", "that"]))
                && let Ok((rest, more)) = state_list(Toks(
                    &items[a + if items[a].is("alongside") { 1 } else { 2 }..clause.end],
                ))
                // ("alongside Mongolia, an observer since 2004": its own status, told there)
                && !(rest.0.first().is_some_and(|w| w.is_punct(','))
                    && rest.0.get(1).is_some_and(|w| w.is_any(&["a", "an"])))
            {
                states.extend(
                    more.into_iter()
                        .filter(|st| !states.contains(st))
                        .collect::<Vec<_>>(),
                );
            }
            // ("a member of the CIS (since December 1993), of GUUAM and of ...": the aside's
            // time is the first one's)
            let (dated, rest) = if first_aside && !(past || former) {
                orgs.split_at(1)
            } else {
                (&orgs[..], &[][..])
            };
            push_statuses(
                s,
                dated,
                &states,
                event,
                when,
                modality,
                range.start..after,
                past || former,
            );
            let now = s.now();
            push_statuses(
                s,
                rest,
                &states,
                event,
                now,
                modality,
                range.start..after,
                false,
            );
            // "is a member of the CIS but not of the CSTO"
            if event == Event::Member
                && modality == Modality::Asserted
                && let Some((denied, end)) = but_not_orgs(s, after)
                && !denied.iter().any(|d| orgs.contains(d))
            {
                push_statuses(
                    s,
                    &denied,
                    &states,
                    Event::NotMember,
                    when,
                    modality,
                    range.start..end,
                    past || former,
                );
            }
            // "unlike Armenia, Belarus and Russia it is not a member of the CSTO": they are.
            if event == Event::NotMember
                && modality == Modality::Asserted
                && let Some((members, r)) = set_against(items, clause.start..range.start)
                && r.start >= 1
                && items[r.start - 1].is("unlike")
            {
                let span = r.start.saturating_sub(1)..r.end;
                push_statuses(
                    s,
                    &orgs,
                    &members,
                    Event::Member,
                    when,
                    modality,
                    span,
                    false,
                );
            }
            s.group = Some(states);
            return;
        }
    }
    // Case 1b: "Kyiv wants observer status in the community", "which hold only observer status".
    if !collective
        && (is_observer
            || associate
            || items
                .get(m + 1)
                .is_some_and(|w| w.is_any(&["status", "seat"])))
        && k > 0
        && items[k - 1].is_any(&[
            "has",
            "have",
            "had",
            "holds",
            "hold",
            "held",
            "enjoys",
            "enjoy",
            "gained",
            "obtained",
            "received",
            "won",
            "got",
            "acquired",
            "granted",
            "wants",
            "want",
            "wanted",
            "seeks",
            "seek",
            "sought",
            "requested",
            "hopes",
            "covets",
        ])
        && let Some((states, range, aux_start)) = subject(s, k - 1, clause.start)
    {
        let wanted = items[k - 1].is_any(&[
            "wants",
            "want",
            "wanted",
            "seeks",
            "seek",
            "sought",
            "requested",
            "hopes",
            "covets",
        ]);
        let (mut modality, _) = modality(
            &items[aux_start..k],
            &items[clause.clone()],
            k.saturating_sub(clause.start),
        );
        if wanted {
            modality = Modality::Planned;
        }
        // "granted observer status at the Astana summit in July": when it was obtained.
        let obtained = items[k - 1].is_any(OBTAINING) && !aux_before(items, k - 1);
        let when = if wanted {
            s.article.map(Interval::after)
        } else if obtained {
            // (or one opening the clause: "In July India and Iran were granted observer status")
            let ctx = s.date_context(m, false);
            find_date(items, m, clause.end, ctx)
                .or_else(|| find_date(items, clause.start, range.start, ctx))
                .map(|(w, _)| w)
                .or_else(|| s.undated(modality))
        } else {
            time_for(s, event, clause.clone(), m, false)
        };
        // ("won observer status in the SCO in 2005, together with India and Pakistan")
        let mut states = states;
        if obtained {
            add_states(
                &mut states,
                companions_after(items, after, clause.end, s.date_context(m, false)),
            );
        }
        push_statuses(
            s,
            &orgs,
            &states,
            event,
            when,
            modality,
            range.start..after,
            false,
        );
        s.group = Some(states);
        return;
    }
    // Case 2: appositive — "X, a CSTO member, ..." / "A and B — both members of Y —".
    let appositive = || {
        if k < 2 {
            return None;
        }
        // "Kyrgyzstan and Tajikistan, though EurAsEC members, are not in it": a concession
        // set off by commas is an apposition still.
        let k = if k >= 3
            && items[k - 1].is_any(&["though", "although", "albeit"])
            && items[k - 2].is_punct(',')
        {
            k - 1
        } else {
            k
        };
        let b = &items[k - 1];
        if b.is_punct(',') || b.is_dash() || b.is_punct('(') || b.is("as") {
            // "Russia itself—a Partnership for Peace member since June 1994"
            let e = if k >= 3 && items[k - 2].is_any(&["itself", "themselves"]) {
                k - 2
            } else {
                k - 1
            };
            // "His country, a member of neither ...": the leader's state.
            if let Some(st) = country_ending_at(s, e) {
                return Some((vec![st], e - 2..e));
            }
            // "Uzbekistan remains, alongside Russia and China, a member of ...": the aside
            // shares the claim of the subject before it.
            if b.is_punct(',')
                && let Some(c) = (clause.start.max(e.saturating_sub(12))..e)
                    .rev()
                    .find(|&c| items[c].is_punct(','))
                && c > clause.start
                && let Some(shared) = sharers(items, c + 1, e)
                && items[c - 1].is_any(&[
                    "remains", "remain", "is", "are", "was", "were", "stays", "stay",
                ])
                && let Some((mut states, r, _)) = subject(s, c - 1, clause.start)
            {
                states.extend(shared);
                return Some((states, r.start..e));
            }
            // "the bloc accepted Mongolia as an observer" is an admission, told as such; "in
            // Yerevan, the treaty's six members agreed" names a place.
            // (nor the end of a fronted condition or time: "If Tbilisi and Baku follow
            // Tashkent, the nine-member treaty will lose a third of its members")
            let fronted_clause = |r: &Range<usize>| {
                let opening = (0..r.start)
                    .rev()
                    .find(|&q| items[q].is_punct(',') || items[q].is_punct(';'))
                    .map_or(0, |q| q + 1);
                b.is_punct(',')
                    && items.get(opening).is_some_and(|w| {
                        w.is_any(&["if", "unless", "when", "once", "should", "after", "before"])
                    })
            };
            return list_ending_at(s, e, clause.start).filter(|(_, r)| {
                if fronted_clause(r) {
                    return false;
                }
                let Some(before) = r.start.checked_sub(1).map(|p| &items[p]) else {
                    return true;
                };
                // (a capital there is a place, "attended the summit in Dushanbe as an
                // observer"; "a base in Tajikistan, a CSTO member" is not)
                // (before "as", a state there is a place too: "took part in the exercise in
                // Armenia as an observer")
                let place = before.is_any(&["in", "at", "from", "into"])
                    && match items[r.start].entity() {
                        Some(Entity::Capital(_)) => true,
                        Some(Entity::State(_)) => b.is("as"),
                        _ => false,
                    };
                !(place || b.is("as") && before.is_any(ADMITTING))
            });
        }
        // "Uzbekistan, outside the treaty since 1999 and still nominally a GUUAM member, ...":
        // a second status in the same aside.
        if b.is("and")
            && let Some(c) = (clause.start.max(k.saturating_sub(14))..k - 1)
                .rev()
                .find(|&c| items[c].is_punct(',') || items[c].is_dash())
            && items.get(c + 1).is_some_and(|w| {
                w.is_any(&[
                    "a", "an", "outside", "now", "still", "long", "once", "already", "itself",
                ])
            })
            && !items[c + 1..k - 1].iter().any(|w| {
                w.is_any(COPULAS)
                    || w.is_any(&["has", "have", "had", "which", "who", "that"])
                    || is_state_item(w)
            })
        {
            return list_ending_at(s, c, clause.start);
        }
        // "Tajikistan, like Kyrgyzstan a member of the community, ..."
        let (like, r) = list_ending_at(s, k, clause.start)?;
        if r.start >= 3
            && items[r.start - 1].is("like")
            && (items[r.start - 2].is_punct(',') || items[r.start - 2].is_dash())
        {
            let (mut states, r0) = list_ending_at(s, r.start - 2, clause.start)?;
            states.extend(like);
            return Some((states, r0.start..k));
        }
        None
    };
    // Case 2b: a fronted appositive — "A founding member of the SCO, Uzbekistan ...", "A member
    // of the Commonwealth since 1993, Georgia ...", "Long a GUAM member, it ...": the subject
    // right after the phrase's comma.
    // ("—though one of its five members, Uzbekistan, stopped taking part in its work")
    let one_of = [k, k.saturating_sub(2)].into_iter().any(|o| {
        items[o].is("one")
            && items.get(o + 1).is_some_and(|w| w.is("of"))
            && (o == clause.start
                || items[o - 1].is_dash()
                || items[o - 1].is_punct(';')
                || items[o - 1].is_any(&["though", "although", "but", "and"]))
    });
    let fronted = || {
        let opens = one_of
            || k == clause.start
            || k > 0 && (items[k - 1].is_punct(';') || items[k - 1].is("long"));
        // ("Not yet a member of the Atlantic alliance, Georgia wants ...": a denial opening
        // the clause)
        // (not "Not only a member of the CSTO, Armenia also ...", which tells it is one)
        let denial = negated
            && k == clause.start
            && items[k].is_any(&["not", "never"])
            && !items
                .get(k + 1)
                .is_some_and(|w| w.is_any(&["only", "just", "merely", "simply"]));
        if !opens
            || !(one_of || (k..m).any(|q| items[q].is_any(&["a", "an"])))
            || orgs.is_empty()
            || negated && !denial
        {
            return None;
        }
        let mut c = after;
        if items.get(c).is_some_and(|w| w.is("since"))
            && let Some((_, r)) =
                find_date(items, c, (c + 5).min(clause.end), s.date_context(m, false))
            && r.start <= c + 1
        {
            c = r.end;
        }
        if !items.get(c).is_some_and(|w| w.is_punct(',')) {
            return None;
        }
        // (not when the sentence goes on to tell the state left: "Long a GUUAM member, it
        // quit in May")
        // (nor, after a denial, that it joined: "Not yet a WTO member, Russia joined in 2012")
        if (c + 1..clause.end).any(|q| {
            matches!(
                verb_at(items, q),
                Some((Verb::Event(Event::Withdrew) | Verb::NotRenewed, _))
            ) || !one_of && matches!(verb_at(items, q), Some((Verb::Event(Event::Suspended), _)))
                || denial
                    && !items[q - 1].is("to")
                    && matches!(
                        verb_at(items, q),
                        Some((Verb::Event(Event::Joined | Event::Rejoined), o))
                            if !items[o.min(items.len())..].iter().take(2).any(|w| {
                                matches!(w.entity(), Some(Entity::Org(x)) if !orgs.contains(&x))
                            })
                    )
        }) {
            return None;
        }
        if let Ok((rest, states)) = state_list(Toks(&items[c + 1..]))
            && rest.0.first().is_some_and(|w| {
                w.kind == super::tokens::Kind::Word && w.text != "'s"
                    // ("one of its five members, Uzbekistan, stopped ...")
                    || one_of && w.is_punct(',')
            })
            // ("A member of the CSTO, Armenia and Azerbaijan remain at odds": one member)
            && (states.len() == 1 || noun.text.ends_with('s'))
        {
            return Some((states, k..index_of(items, rest)));
        }
        // ("..., it seems to have concluded"): the state the article was just about
        if items.get(c + 1).is_some_and(|w| w.is("it")) {
            let one = s.discourse.named.or(s.discourse.single)?;
            return Some((vec![one], k..c + 2));
        }
        None
    };
    if !collective && let Some((mut states, range)) = appositive().or_else(fronted) {
        if let Some(last) = pick_last {
            let one = if last { states.last() } else { states.first() };
            states = one.copied().into_iter().collect();
        }
        // "Moldova, a member of GUUAM alongside Georgia, Ukraine and Azerbaijan, ...": the
        // states the status is shared with, right after it.
        let mut after = after;
        let with = if items.get(after).is_some_and(|w| w.is("alongside")) {
            1
        } else if items
            .get(after)
            .is_some_and(|w| w.is_any(&["along", "together"]))
            && items.get(after + 1).is_some_and(|w| w.is("with"))
        {
            2
        } else {
            0
        };
        if with > 0
            && let Ok((rest, more)) = state_list(Toks(&items[after + with..]))
        {
            add_states(&mut states, more);
            after = index_of(items, rest);
        }
        let (mut modality, _) =
            modality(&[], &items[clause.clone()], k.saturating_sub(clause.start));
        if hedged && modality == Modality::Asserted {
            modality = Modality::Hedged;
        }
        let when = framed(s, time_for(s, event, clause.clone(), m, former), m);
        push_statuses(
            s,
            &orgs,
            &states,
            event,
            when,
            modality,
            range.start..after,
            former,
        );
        s.group = Some(states);
        return;
    }
    // Case 3: a list after the noun — "the six CSTO members—A, B, ...", "CSTO members A and B".
    if event != Event::NotMember {
        // ("CSTO members (7): A, B, ...")
        let mut l = bracketed_count(items, after).map_or(after, |(_, e)| e);
        let mut punct = false;
        while l < items.len()
            && (items[l].is_dash()
                || items[l].is_punct(':')
                || items[l].is_punct('(')
                || items[l].is_punct(',')
                || items[l].is_any(&[
                    "are",
                    "were",
                    "include",
                    "included",
                    "including",
                    "among",
                    "them",
                    "namely",
                    "being",
                    "such",
                    "as",
                    "now",
                    "still",
                    "currently",
                    "today",
                    "remain",
                ]))
        {
            punct |= !items[l].is_punct(',');
            l += 1;
        }
        let plural = noun.text.ends_with('s');
        if l < items.len()
            && let Ok((rest, states)) = state_list(Toks(&items[l..]))
            && (punct
                || l == after
                || (plural && states.len() >= 2)
                || items[after..l].iter().any(|p| p.is("including")))
        {
            let end = index_of(items, rest);
            // "will have seven members: A, B, ...", "That would leave six members — A, B —":
            // still to come.
            let aux = if items[after..l].iter().any(|p| p.is_punct(':'))
                || items[after..l].iter().any(|p| p.is_dash())
                    && k > 0
                    && items[k - 1].is_any(&["leave", "have", "include", "number", "count"])
            {
                &items[aux_window(items, k, clause.start)..k]
            } else {
                &[]
            };
            let (modality, _) =
                modality(aux, &items[clause.clone()], m.saturating_sub(clause.start));
            // (a hedge on the clause is not on a listing set off in it, nor on one a "whose"
            // clause tells: "worried about a bloc whose only other members are A and B")
            let modality = if event == Event::Member {
                listing_modality(
                    modality,
                    punct || items[k.saturating_sub(3)..m].iter().any(|w| w.is("whose")),
                    &items[k..end],
                )
            } else {
                modality
            };
            let shifted = former || items[after..l].iter().any(|p| p.is("were"));
            let when = if modality == Modality::Planned {
                from_now(s)
            } else if event == Event::Member
                && !shifted
                && let [org] = orgs[..]
                // ("GUUAM, whose five members — A, B — signed a charter in Yalta on 7 June")
                && let Some(w) = listed_in_past_event(s, clause.clone(), k..end, org)
            {
                Some(w)
            } else {
                framed(s, time_for(s, event, clause.clone(), m, shifted), m)
            };
            // ("The organisation's seven members — A, B, ... —": a count makes the list whole,
            // which the body pointed to may be too large for)
            let counted = (k..m).any(|q| super::num(&items[q]) == Some(states.len() as u64));
            // (when the reference has them all in the one pointed to; otherwise a later look at
            // the whole sentence puts the list, with its count, where they belong)
            let orgs = match orgs[..] {
                [org] if !named && counted && all_in(s, org, &states) => {
                    vec![org_of_its_size(s, org, &states)]
                }
                _ => orgs,
            };
            push_statuses(s, &orgs, &states, event, when, modality, k..end, shifted);
            s.group = Some(states);
        }
    }
}

/// `org`, unless the reference timeline gives it another number of members than the states
/// `listed` as the whole of them, and an organisation the article has named has exactly that
/// many, these among them: then that one.
fn org_of_its_size(s: &Sentence<'_, '_>, org: OrgId, listed: &[StateId]) -> OrgId {
    let Some(day) = s.article else {
        return org;
    };
    let prior = &s.lexicon.prior;
    if prior.size(org, day) == listed.len() {
        return org;
    }
    s.discourse
        .mentions
        .iter()
        .map(|m| m.0)
        .find(|&o| prior.size(o, day) == listed.len() && all_in(s, o, listed))
        .unwrap_or(org)
}

/// Whether the reference timeline has every one of `states` in `org` at the article's date.
fn all_in(s: &Sentence<'_, '_>, org: OrgId, states: &[StateId]) -> bool {
    s.article.is_some_and(|day| {
        states
            .iter()
            .all(|&st| s.lexicon.prior.member(st, org, day) == Some(true))
    })
}

/// Whether the reference timeline has any of `states` out of `org` at the article's date.
fn any_out(s: &Sentence<'_, '_>, org: OrgId, states: &[StateId]) -> bool {
    s.article.is_some_and(|day| {
        states
            .iter()
            .any(|&st| s.lexicon.prior.member(st, org, day) == Some(false))
    })
}

/// A count in brackets at item `at` ("members (7):"): the number and where the bracket ends.
pub(super) fn bracketed_count(items: &[Item<'_>], at: usize) -> Option<(u64, usize)> {
    (items.get(at)?.is_punct('(') && items.get(at + 2)?.is_punct(')'))
        .then(|| super::num(items.get(at + 1)?))
        .flatten()
        .map(|n| (n, at + 3))
}

/// Whether another clause of the sentence starts at item `k`: "; ...", ", and ...", ", but ...".
fn coordinated_clause_at(items: &[Item<'_>], k: usize) -> bool {
    items[k].is_punct(';')
        || items[k].is_any(&["and", "but"]) && k > 0 && items[k - 1].is_punct(',')
}

/// The time of a status told in passing ("the six members—A, B, ...", "X, a CSTO member,")
/// in a sentence that opens with a date ("On May 14 the presidents of its six parties ..."):
/// that date frames the sentence; otherwise `when` as worked out.
/// Whether items `from..to` hold a verb in the simple past or past perfect ("signed",
/// "met", "were then meeting", "had six members"), not a present perfect or passive ("has
/// become", "have since drifted apart", "are expected").
fn told_in_past(items: &[Item<'_>], from: usize, to: usize) -> bool {
    const PAST: &[&str] = &[
        "was", "were", "had", "met", "took", "made", "gave", "held", "sent", "set", "went", "won",
        "left", "came", "became", "began", "saw", "got", "put", "quit",
    ];
    (from..to.min(items.len())).any(|k| {
        let w = &items[k];
        // (after a perfect's or a passive's auxiliary, or a copula whose "-ed" word is an
        // adjective: "remain committed", "seem divided")
        let perfect = (k.saturating_sub(2)..k).any(|q| {
            items[q].is_any(&[
                "has", "have", "having", "be", "been", "being", "is", "are", "remain", "remains",
                "seem", "seems", "appear", "appears", "stay", "stays", "look", "looks",
            ])
        });
        w.kind == super::tokens::Kind::Word
            && w.entity().is_none()
            && (w.is_any(PAST) || w.text.len() > 4 && w.text.ends_with("ed") && !perfect)
    })
}

fn framed(s: &Sentence<'_, '_>, when: Option<Interval>, at: usize) -> Option<Interval> {
    let items = s.items;
    let opener = |k: usize| {
        items
            .get(k)
            .is_some_and(|w| w.is_any(&["on", "in", "at", "last", "earlier", "by"]))
    };
    // (the clause's opening: "Moscow is pressing ahead: in May the treaty's six members — A,
    // B — agreed ..."; else the sentence's: "In April the summit met in Chisinau; the four
    // members — A, B — signed ...")
    let clause = s.clause(at);
    // ("The decision was made in Moscow on Friday, when the other six parties, A, B, ...,
    // signed a protocol": a clause in the past opened by "when" right after a date is on it)
    if when == s.now()
        && let Some(k) = (at.saturating_sub(6).max(2)..at)
            .find(|&k| items[k].is("when") && items[k - 1].is_punct(','))
        && told_in_past(items, k + 1, items.len())
        && let Some((w, _)) = find_date(
            items,
            k.saturating_sub(6),
            k - 1,
            s.date_context(k - 1, false),
        )
        .filter(|(_, r)| r.end == k - 1)
    {
        return Some(w);
    }
    let open = if opener(clause.start) {
        clause.start
    } else {
        0
    };
    // (not a status told as it stands: "in May the four members — A, B — are still the core")
    // (nor one in a relative clause of its own, whose tense is its own: "In June Uzbekistan
    // suspended its membership in the CSTO, whose other six members, A, B, ..., continue to
    // work", "In May it left GUUAM, which has become GUAM again, with four members: ...")
    // (a relative clause told in the past is framed: "In June GUUAM, whose five members, A, B,
    // ..., signed a charter in Yalta, ...")
    let relative = (open + 1..at.min(items.len())).any(|k| {
        items[k].is_any(&["whose", "which"])
            && items[k - 1].is_punct(',')
            && !told_in_past(items, k + 1, clause.end)
    });
    if when != s.now()
        || relative
        || !opener(open)
        || items[clause.clone()]
            .iter()
            .any(|w| w.is_any(&["still", "now", "currently", "today"]))
    {
        return when;
    }
    // The opening phrase ends at the first comma; a status in a later coordinated clause
    // (", and they remain ...") is not in its frame, but one before it is ("At the summit on
    // 5 September the seven members — A, B, ... — spoke up, but none followed").
    let comma = (open..items.len())
        .find(|&k| items[k].is_punct(','))
        .unwrap_or(items.len());
    let later_clause = (comma.max(open)..at).any(|k| coordinated_clause_at(items, k));
    match find_date(
        items,
        open,
        comma.min(open + 12),
        s.date_context(open, false),
    ) {
        Some((w, r)) if !later_clause && items.get(r.end).is_some_and(|n| !n.is("of")) => Some(w),
        _ => when,
    }
}

/// Whether a perfect or passive auxiliary stands right before item `v` ("has been granted"
/// holds now; "was granted in July" is dated by its clause either way).
fn aux_before(items: &[Item<'_>], v: usize) -> bool {
    v > 0 && items[v - 1].is_any(&["has", "have", "had"])
}

/// Documents and arrangements other than an organisation's treaty, which states may renew or
/// be parties to ("the CIS peacekeeping mandate", "a customs code", "the Black Sea accord").
const DOCUMENTS: &[&str] = &[
    "accord",
    "accords",
    "agreement",
    "deal",
    "convention",
    "code",
    "protocol",
    "declaration",
    "memorandum",
    "lease",
    "mandate",
    "contract",
    "licence",
    "license",
    "moratorium",
    "zone",
];

/// Whether a bare "sign" at item `i` (no object: "Ukraine did not sign", "Belarus refused to
/// sign") is of a treaty: one this sentence (before the verb) or the one before names, in a
/// story of a signing (a word for signing here before the verb, in the sentence before or in
/// the title), with no force, document or renewal named here or just before ("The leaders
/// agreed on a joint force. Uzbekistan refused to sign"; "Six states renewed the treaty.
/// Georgia refused to sign" the protocol), and not still to come ("Uzbekistan will not sign").
fn bare_signing_of_treaty(s: &Sentence<'_, '_>, i: usize) -> bool {
    let items = s.items;
    let something_else = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.eq_ignore_ascii_case("force")
            || w.eq_ignore_ascii_case("forces")
            || DOCUMENTS.contains(&w)
            || [
                "statement",
                "communique",
                "ceasefire",
                "truce",
                "armistice",
                "resolution",
                "document",
                "appeal",
                "budget",
                "plan",
                "renewed",
                "renewal",
                "renew",
                "prolonged",
                "prolongation",
                "prolong",
                "extended",
                "extension",
                "extend",
            ]
            .contains(&w)
    };
    // ("signed", "signing", "signatures", "Non-signatories", a "did not sign" before)
    let signing_word = |w: &str| {
        let w = w
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        w.starts_with("sign") || w.contains("-sign")
    };
    // The sentence before, read once for both.
    let (signed_before, else_before) =
        s.text
            .get(s.discourse.previous_range.clone())
            .map_or((false, false), |p| {
                p.split_whitespace().fold((false, false), |(a, b), w| {
                    (a || signing_word(w), b || something_else(w))
                })
            });
    let is_treaty = |o: OrgId| s.lexicon.org(o).is_treaty;
    // A story of a signing (not when the organisation this sentence names last is another:
    // "Kravchuk treated the CIS as a divorce, and Kiev didn't sign" its charter).
    let story = s.discourse.signing_story
        && items[..i]
            .iter()
            .rev()
            .find_map(|w| match w.entity() {
                Some(Entity::Org(o)) => Some(o),
                _ => None,
            })
            .is_none_or(is_treaty);
    // (or, in a story of a signing, a treaty named earlier in it: "Six republics signed the
    // treaty on Friday. That makes six of the eleven. Ukraine declined to sign")
    let treaty_named = s
        .discourse
        .previous
        .iter()
        .chain(s.resolved.borrow().iter())
        .any(|&o| is_treaty(o))
        || items[..i]
            .iter()
            .any(|w| matches!(w.entity(), Some(Entity::Org(o)) if is_treaty(o)))
        || story && s.discourse.treaty.is_some();
    (story || signed_before || items[..i].iter().any(|w| signing_word(w.text)))
        && !items[i.saturating_sub(4)..i]
            .iter()
            .any(|w| w.is_any(&["will", "would", "wo", "shall"]))
        // (what the sentence before names after its own signing of the treaty is no object:
        // "Ukraine declined to sign: Kyiv is building armed forces. Moldova did not sign")
        && (!else_before
            || signed_before
                && s.discourse
                    .last_event
                    .is_some_and(|t| t.event == Event::Signed && is_treaty(t.org)))
        // (up to a colon or semicolon after the verb, where the reason may name forces:
        // "Ukraine declined to sign: Kyiv is building armed forces of its own")
        && !items[..(i..items.len())
            .find(|&k| items[k].is_punct(':') || items[k].is_punct(';'))
            .unwrap_or(items.len())]
            .iter()
            .any(|w| something_else(w.text))
        && treaty_named
}

/// Whether a sentence names something other than an organisation that states may be parties
/// to: an agreement, talks, a conflict (not "the treaty", which is one).
fn names_other_parties(items: &[Item<'_>]) -> bool {
    items
        .iter()
        .any(|w| w.entity().is_none() && other_party_word(w))
}

/// Whether the sentence tells of a document that is no organisation's, as the subject opening
/// it ("The ceasefire was negotiated by ...": "the", up to four words naming no organisation,
/// the document's words, then an auxiliary or a verb in "-ed") or as the object closing it
/// ("The European Union negotiated the ceasefire.").
fn tells_of_document(items: &[Item<'_>]) -> bool {
    let document = |w: &Item<'_>| {
        w.is_any(DOCUMENTS) || w.is_any(&["ceasefire", "truce", "armistice", "plan"])
    };
    // (a founding document is its organisation's: "The founding declaration was prepared by
    // the Shanghai Five. Uzbekistan signed it")
    let founding = |w: &Item<'_>| w.is_any(&["founding", "constituent", "founders"]);
    // "The ceasefire was negotiated by ...", "The six-point plan was brokered by ...", "The
    // Bishkek protocol was mediated by ...": the subject opening the sentence.
    let opening = || {
        if !items
            .first()
            .is_some_and(|w| w.is_any(&["the", "this", "that"]))
        {
            return false;
        }
        let Some(noun) = (1..items.len().min(6)).find(|&k| document(&items[k])) else {
            return false;
        };
        // ("The ceasefire agreement was ...": the last of the document's words)
        let mut e = noun;
        while items.get(e + 1).is_some_and(document) {
            e += 1;
        }
        !items[1..noun]
            .iter()
            .any(|w| matches!(w.entity(), Some(Entity::Org(_))) || founding(w))
            && items
                .get(e + 1)
                .is_some_and(|w| is_aux(w) || w.text.ends_with("ed"))
    };
    // "The European Union negotiated the ceasefire.": the object closing it.
    let closing = || {
        let n = items.len();
        let last = if items
            .last()
            .is_some_and(|w| w.kind != super::tokens::Kind::Word)
        {
            n.saturating_sub(2)
        } else {
            n.saturating_sub(1)
        };
        items.get(last).is_some_and(document)
            && (last.saturating_sub(3)..last)
                .rev()
                .find(|&k| items[k].is("the"))
                .is_some_and(|t| {
                    !items[t..last]
                        .iter()
                        .any(|w| matches!(w.entity(), Some(Entity::Org(_))) || founding(w))
                })
    };
    opening() || closing()
}

/// A word for something other than an organisation that states may be parties to: an
/// agreement, talks, a dispute (not "treaty", "pact").
fn other_party_word(w: &Item<'_>) -> bool {
    w.is_any(DOCUMENTS) || w.is_any(PARTIES_TO) && !w.is_any(&["treaty", "treaties", "pact"])
}

const PARTIES_TO: &[&str] = &[
    "treaty",
    "treaties",
    "pact",
    "ceasefire",
    "truce",
    "armistice",
    "talks",
    "negotiations",
    "conference",
    "process",
    "dispute",
    "conflict",
    "war",
    "quarrel",
    "squabbling",
    "row",
];

/// Words that make a date a bound rather than a time ("before 1999", "until 2002").
const BOUNDS: &[&str] = &["before", "until", "till", "after", "since", "by", "prior"];

/// Verbs by which a state obtains a status ("won observer status", "was granted the same
/// status").
const OBTAINING: &[&str] = &[
    "gained", "obtained", "received", "won", "got", "acquired", "granted",
];

/// Words that rank a new member ("the sixth member", "its newest member").
const ORDINALS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "newest", "latest", "youngest",
];

/// Verbs by which an organisation takes states in.
const ADMITTING: &[&str] = &["admitted", "admits", "accepted", "welcomed"];

/// Verbs by which an organisation grants a status ("granted observer status to A").
const GRANTING: &[&str] = &[
    "granted", "grants", "gave", "gives", "extended", "grant", "give",
];

/// "India, Iran and Pakistan were made observers at the SCO summit in Astana", "Iran was made an
/// observer of the SCO in 2005", "Mongolia was granted observer status in the SCO": the passive
/// of "made ... observers", the organisation named right after (or its summit).
fn made_observers(s: &mut Sentence<'_, '_>, v: usize) {
    let items = s.items;
    if v < 2 || !items[v - 1].is_any(&["was", "were"]) {
        return;
    }
    let mut n = v + 1;
    while items.get(n).is_some_and(|w| w.is_any(&["a", "an"])) {
        n += 1;
    }
    let noun_end = if items
        .get(n)
        .is_some_and(|w| w.is_any(&["observer", "observers"]))
    {
        n + 1 + usize::from(items.get(n + 1).is_some_and(|w| w.is("status")))
    } else {
        return;
    };
    // (of it, in it, at its summit: the organisation within a few words, nothing else between)
    if !items
        .get(noun_end)
        .is_some_and(|w| w.is_any(&["of", "in", "at", "to"]))
    {
        return;
    }
    let Some(o) = (noun_end + 1..(noun_end + 3).min(items.len()))
        .find(|&k| matches!(items[k].entity(), Some(Entity::Org(_))))
    else {
        return;
    };
    let Some(Entity::Org(org)) = items[o].entity() else {
        return;
    };
    if !items[noun_end + 1..o].iter().all(|w| w.is("the"))
        || is_modifier(items, o + 1)
            && !items
                .get(o + 1)
                .is_some_and(|w| w.is_any(&["summit", "meeting"]))
    {
        return;
    }
    let Some((states, r)) = list_ending_at(s, v - 1, s.clause(v).start) else {
        return;
    };
    let clause = s.clause(v);
    let (modality, _) = modality(&items[r.end..v], &items[clause.clone()], v - clause.start);
    let ctx = s.date_context(v, modality == Modality::Planned);
    let when = find_date(items, o + 1, clause.end, ctx)
        .or_else(|| find_date(items, clause.start, r.start, ctx))
        .map(|(w, _)| w)
        .or_else(|| s.undated(modality));
    push_statuses(
        s,
        &[org],
        &states,
        Event::Observer,
        when,
        modality,
        r.start..o + 1,
        false,
    );
}

/// "..., together with India and Pakistan", "along with Moldova": the states a status or event
/// ending at item `end` is shared with, named right after it (past its date and a comma).
fn companions_after(
    items: &[Item<'_>],
    end: usize,
    clause_end: usize,
    ctx: super::dates::DateContext,
) -> Vec<StateId> {
    let Some(t) = (end..(end + 8).min(clause_end)).find(|&j| {
        items[j].is_any(&["together", "along"]) && items.get(j + 1).is_some_and(|w| w.is("with"))
    }) else {
        return Vec::new();
    };
    let Ok((rest, with)) = state_list(Toks(&items[t + 2..clause_end])) else {
        return Vec::new();
    };
    let ends = rest.0.first().is_none_or(|w| {
        matches!(w.kind, super::tokens::Kind::Punct(_)) || w.is_any(&["at", "in", "on"])
    });
    let commas = |a: usize, b: usize| items[a..b].iter().all(|w| w.is_punct(','));
    let gap = commas(end, t)
        || find_date(items, end, t, ctx)
            .is_some_and(|(_, r)| r.start <= end + 1 && commas(r.end, t));
    if ends && gap { with } else { Vec::new() }
}

/// Verbs by which an organisation makes states what a noun after them says ("made India, Iran
/// and Pakistan observers").
const MAKING: &[&str] = &["made", "makes", "make"];

/// Nouns for a meeting of an organisation, which may act for it ("the summit admitted ...").
const MEETINGS: &[&str] = &["summit", "meeting", "session", "gathering", "conference"];

/// "the Shanghai Five admitted Uzbekistan", "the bloc formally accepted Armenia and Belarus as
/// observers": the organisation is the subject, the states join it (or become observers).
fn admission(s: &mut Sentence<'_, '_>, v: usize) {
    let items = s.items;
    // (the verb of "picked up", "took in" is the word before its particle)
    let mut k = if items[v].is_any(&["up", "in"]) {
        v - 1
    } else {
        v
    };
    // ("has formally admitted", "will grant", "reportedly gave": the auxiliaries tell the
    // modality)
    while k > 0
        && (is_aux(&items[k - 1]) && !items[k - 1].is_any(&["itself", "themselves"])
            || items[k - 1].is("finally"))
    {
        k -= 1;
    }
    let admitting = admitting_org(s, k);
    // "granted observer status to A and B", "gave A and B observer status": only that status
    // is granted this way.
    let granting = items[v].is_any(GRANTING);
    let making = items[v].is_any(MAKING);
    let status_at = |j: usize| {
        items.get(j).is_some_and(|w| w.is("observer"))
            && items.get(j + 1).is_some_and(|w| w.is("status"))
    };
    let from = if granting && status_at(v + 1) && items.get(v + 3).is_some_and(|w| w.is("to")) {
        v + 4
    } else {
        v + 1
    };
    let Ok((rest, states)) = state_list(Toks(&items[from.min(items.len())..])) else {
        return;
    };
    let mut end = index_of(items, rest);
    // "the presidents of the four GUAM states welcomed Uzbekistan into the group": whoever
    // admits, the organisation is where the states are admitted to.
    let into = || {
        if granting || !items.get(end)?.is_any(&["into", "to"]) {
            return None;
        }
        let det = usize::from(
            items
                .get(end + 1)
                .is_some_and(|w| w.is_any(&["the", "their", "its"])),
        );
        let at = end + 1 + det;
        let org = match items.get(at)?.entity() {
            Some(Entity::Org(org)) => org,
            _ if det == 1 && items[at].is_any(super::grammar::ORG_ANAPHORS) => {
                s.anaphor_org(end + 1)?
            }
            _ => return None,
        };
        Some((org, at + 1))
    };
    let into_org = into();
    // ("admitted Iran, India and Pakistan to its meetings as guests", "admitted Kyrgyzstan to
    // the crisis fund": to something else)
    if !granting
        && items.get(end).is_some_and(|w| w.is_any(&["into", "to"]))
        && !items[end + 1..(end + 8).min(items.len())]
            .iter()
            .take_while(|w| !matches!(w.kind, super::tokens::Kind::Punct(_)))
            .any(|w| w.is_any(&["membership", "full", "ranks", "fold", "family"]))
        && into_org.is_none()
    {
        return;
    }
    let (org, o) = match (admitting, into_org) {
        (Some(found), _) => found,
        (None, Some((org, e))) => {
            end = e;
            // (from the opening of its conjunct: "..., and last year it welcomed Russia into
            // the CACO")
            let start = s.clause(k).start;
            let open = (start..k)
                .rev()
                .find(|&q| items[q].is_punct(',') || items[q].is("and"))
                .map_or(start, |q| q + 1);
            (org, open)
        }
        (None, None) => return,
    };
    // ("gave A and B observer status": the status after the states)
    if granting && from == v + 1 {
        if !status_at(end) {
            return;
        }
        end += 2;
    }
    // "NATO welcomed Ukraine's application" admits no one.
    if !granting && items.get(end).is_some_and(|w| w.text == "'s") {
        return;
    }
    // "made India and Pakistan observers", "made Afghanistan an observer", "made Uzbekistan a
    // full member": what the noun after them says, and nothing else.
    // "welcomed Uzbekistan as a full member": a joining.
    let noun_at = |j: usize| {
        let mut j = j;
        while items
            .get(j)
            .is_some_and(|w| w.is_any(&["a", "an", "full", "fully-fledged"]))
        {
            j += 1;
        }
        // (the noun itself: not "an observer-free zone", "an observer's seat"; nor a member of
        // something of it: "as a full member of its rapid reaction force")
        items
            .get(j)
            .filter(|_| {
                !items.get(j + 1).is_some_and(|n| {
                    n.text == "'s"
                        || n.kind == (super::tokens::Kind::Dash { joining: true })
                        || n.is("of")
                })
            })
            .map(|w| (w, j + 1))
    };
    // (where "as a full member" ends)
    let as_member_end = (!granting && items.get(end).is_some_and(|w| w.is("as")))
        .then(|| noun_at(end + 1))
        .flatten()
        .filter(|(w, _)| w.is_any(&["member", "members"]))
        .map(|(_, e)| e);
    let as_member = as_member_end.is_some();
    if making {
        // (not what might have been: "could have made Iran a member")
        if items[k..v].iter().any(|w| w.is("have")) {
            return;
        }
        match noun_at(end) {
            Some((w, e)) if w.is_any(&["observer", "observers", "member", "members"]) => {
                end = e;
            }
            _ => return,
        }
    }
    let made_member = making && items[end - 1].is_any(&["member", "members"]);
    // ("made Mongolia an observer to its war games": of something else)
    if making
        && items.get(end).is_some_and(|w| w.is_any(&["to", "of"]))
        && !items.get(end + 1).is_some_and(|w| {
            matches!(w.entity(), Some(Entity::Org(_)))
                || w.is("the")
                    && items
                        .get(end + 2)
                        .is_some_and(|n| matches!(n.entity(), Some(Entity::Org(_))))
        })
    {
        return;
    }
    // "as observers" makes observers; "as a dialogue partner" is neither membership nor that.
    let observer = !made_member
        && !as_member
        && (granting || making || items.get(end).is_some_and(|w| w.is("as")));
    if observer
        && !granting
        && !making
        && !items[end..(end + 3).min(items.len())]
            .iter()
            .any(|w| w.is_any(&["observer", "observers"]))
    {
        return;
    }
    // (an observer of something else: "admitted Uzbekistan as an observer to its war games")
    if observer
        && let Some(o) = (end..(end + 5).min(items.len()))
            .find(|&q| items[q].is_any(&["observer", "observers", "status"]))
        && items.get(o + 1).is_some_and(|w| w.is("to"))
        && !items.get(o + 2).is_some_and(|w| {
            matches!(w.entity(), Some(Entity::Org(_)))
                || w.is_any(&["the", "its"])
                    && items.get(o + 3).is_some_and(|n| {
                        matches!(n.entity(), Some(Entity::Org(_)))
                            || n.is_any(super::grammar::ORG_ANAPHORS)
                    })
        })
    {
        return;
    }
    // (observer status in something else: "gave Ukraine observer status in its parliamentary
    // assembly")
    if granting
        && items
            .get(end)
            .is_some_and(|w| w.is_any(&["in", "at", "on"]))
        && items
            .get(end + 1)
            .is_some_and(|w| w.is_any(&["its", "the", "their"]))
        && !items[(end + 2).min(items.len())..(end + 5).min(items.len())]
            .iter()
            .any(|n| {
                matches!(n.entity(), Some(Entity::Org(_)))
                    || n.is_any(super::grammar::ORG_ANAPHORS)
                    || n.is_any(&["summit", "meeting", "session", "gathering"])
            })
    {
        return;
    }
    let clause = s.clause(v);
    let (modality, _) = modality(&items[k..v], &items[clause.clone()], v - clause.start);
    let ctx = s.date_context(v, modality == Modality::Planned);
    // The date right after the admission, not one in a relative clause after it, nor one of
    // another verb ("granted observer status to India and in July held its summit").
    let stop = (end..clause.end)
        .find(|&j| {
            items[j].is_punct(',') || items[j].is_any(&["which", "that", "who", "and", "but"])
        })
        .unwrap_or(clause.end);
    // ("which last month admitted"; "At its July summit the SCO admitted"; not a date of
    // another verb the organisation is the subject of: "will grant A ... next year, and
    // reportedly gave B ...")
    let own = (o..k)
        .rev()
        .find(|&q| items[q].is_punct(',') || items[q].is("and"))
        .map_or(o, |q| q + 1);
    // ("At its summit on 5 July the SCO ..., and the same meeting admitted": that meeting's)
    let same = items[o].is_any(MEETINGS) && items[o.saturating_sub(1)].is_any(&["same", "that"]);
    let when = find_date(items, end, stop, ctx)
        .or_else(|| find_date(items, own, k, ctx))
        .or_else(|| find_date(items, clause.start, o, ctx))
        .or_else(|| same.then(|| find_date(items, 0, o, ctx)).flatten())
        .map(|(w, _)| w)
        // (or the day the sentence before named: "At its summit in Astana on 5 July ... The
        // same summit gave observer status to India")
        .or_else(|| same.then(|| ctx.story_day.map(Interval::day)).flatten())
        .or_else(|| s.undated(modality));
    // ("granted Iran observer status on Tuesday, together with India and Pakistan": those too)
    let mut states = states;
    add_states(&mut states, companions_after(items, end, clause.end, ctx));
    // ("made Uzbekistan a member again", "welcomed it as a full member once again": back in)
    let end = as_member_end.unwrap_or(end);
    let again = items
        .get(end..(end + 3).min(items.len()))
        .is_some_and(|ws| ws.iter().any(|w| w.is_any(&["again", "back"])));
    let event = if observer {
        Event::Observer
    } else if again {
        Event::Rejoined
    } else {
        Event::Joined
    };
    push_statuses(s, &[org], &states, event, when, modality, o..end, false);
}

/// "Karimov signed the protocol restoring his country's membership", "a decision restoring
/// Tashkent's membership of the CSTO": a document signed or adopted that restores a state's
/// membership is its return, at the date its main clause gives (the organisation named after
/// "membership", else the one the sentence before named alone, else the one the article is
/// about).
fn restoring_membership(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(r) = items.iter().position(|w| w.is("restoring")) else {
        return;
    };
    // The document before it, signed or adopted: "signed the protocol restoring".
    // ("signed a protocol on Wednesday restoring": over the document's date)
    let dated = (r >= 3 && items[r - 1].kind == super::tokens::Kind::Word)
        .then(|| {
            let at = (r.saturating_sub(5)..r - 1).find(|&q| items[q].is_any(&["on", "in"]))?;
            let (_, span) = find_date(items, at, r, s.date_context(at, false))?;
            (span.start <= at + 1 && span.end == r).then_some(at)
        })
        .flatten();
    let doc = dated.unwrap_or(r);
    let Some(signed) = (doc >= 1
        && items[doc - 1].is_any(&["protocol", "decision", "document", "agreement", "decree"]))
    .then(|| {
        items[..doc - 1]
            .iter()
            .rposition(|w| w.is_any(&["signed", "adopted", "approved", "endorsed"]))
    })
    .flatten() else {
        return;
    };
    // Whose: "Uzbekistan's", "Tashkent's", "his country's", or the signer's own: "Uzbekistan on
    // Wednesday signed a protocol restoring its membership in the CSTO".
    // (the claim told from the signer for its own: "Uzbekistan ... signed a protocol restoring
    // its membership in the CSTO")
    let mut signer = None;
    let (states, m) = match (items.get(r + 1), items.get(r + 2), items.get(r + 3)) {
        (Some(a), Some(b), _) if b.text == "'s" => match a.entity() {
            Some(Entity::State(st) | Entity::Capital(st)) => (vec![st], r + 3),
            _ => return,
        },
        (Some(a), Some(b), Some(c))
            if a.is_any(&["his", "her"]) && b.is("country") && c.text == "'s" =>
        {
            match his_country(s, r + 1) {
                Some(st) => (vec![st], r + 4),
                None => return,
            }
        }
        (Some(a), Some(_), _) if a.is_any(&["its", "their"]) => {
            match subject(s, signed, s.clause(signed).start) {
                Some((states, range, _)) => {
                    signer = Some(range.start);
                    (states, r + 2)
                }
                None => return,
            }
        }
        _ => return,
    };
    if !items.get(m).is_some_and(|w| w.is("membership")) {
        return;
    }
    // (of a body named after it that is none the lexicon knows, or its "rights": no return to
    // the article's organisation)
    let of = items
        .get(m + 1)
        .is_some_and(|w| w.is_any(&["of", "in", "rights"]));
    let the = usize::from(items.get(m + 2).is_some_and(|w| w.is("the")));
    let named = of
        .then(|| match items.get(m + 2 + the)?.entity() {
            Some(Entity::Org(o)) => Some(o),
            _ => None,
        })
        .flatten();
    if of && named.is_none() {
        return;
    }
    // (else the one organisation the sentence before named, or the article's)
    let Some(org) = named
        .or_else(|| s.discourse.previous_alone())
        .or_else(|| s.discourse.topic())
    else {
        return;
    };
    let clause = s.clause(r);
    let ctx = s.date_context(r, false);
    // (its own date: after it, or before it past a relative clause on the signer, "Karimov,
    // who quit the treaty in 1999, signed ...")
    let lower = (clause.start..r)
        .rev()
        .find(|&q| items[q].is_any(&["who", "which"]))
        .and_then(|w| (w..r).find(|&q| items[q].is_punct(',')))
        .map_or(clause.start, |c| c + 1);
    // (after it, only up to a clause of its own: not ", formalising a return approved in June")
    let stop = (m + 1..clause.end)
        .find(|&q| items[q].is_punct(',') || items[q].is_any(&["which", "that", "who"]))
        .unwrap_or(clause.end);
    let when = find_date(items, lower, r, ctx)
        .or_else(|| find_date(items, m + 1, stop, ctx))
        .map(|(w, _)| w)
        .or_else(|| s.undated(Modality::Asserted));
    let (modality, _) = modality(
        &items[clause.start..r],
        &items[clause.clone()],
        r - clause.start,
    );
    push_statuses(
        s,
        &[org],
        &states,
        Event::Rejoined,
        when,
        modality,
        match (signer, named) {
            (Some(start), Some(_)) => {
                let end = org_name(Toks(&items[m + 2 + the..]))
                    .map_or(m + 3 + the, |(rest, _)| index_of(items, rest));
                start..end
            }
            _ => r..m + 1,
        },
        false,
    );
}

/// "at Alma-Ata on 21 December they were joined by Armenia, Azerbaijan and Kazakhstan", "Russia
/// and Belarus were joined in the customs union by Kazakhstan": the states after "by" joined
/// the organisation named in the clause (else the one an "it" subject stands for, the one of a
/// founding, joining or signing the sentence before told, or one named earlier in this
/// sentence when it tells of no meeting), at the clause's date.
fn joined_by(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(v) = (1..items.len())
        .find(|&k| items[k].is("joined") && items[k - 1].is_any(&["was", "were", "been", "being"]))
    else {
        return;
    };
    let clause = s.clause(v);
    // ("were joined in the customs union by Kazakhstan")
    let mut by = v + 1;
    let mut org = None;
    if items.get(by).is_some_and(|w| w.is("in")) {
        let the = usize::from(items.get(by + 1).is_some_and(|w| w.is("the")));
        let Some(Entity::Org(o)) = items.get(by + 1 + the).and_then(Item::entity) else {
            return;
        };
        org = Some(o);
        by += 2 + the;
    }
    if !items.get(by).is_some_and(|w| w.is("by")) {
        return;
    }
    let Ok((rest, states)) = state_list(Toks(&items[by + 1..clause.end])) else {
        return;
    };
    let end = index_of(items, rest);
    // (or "... by Kazakhstan in the customs union")
    if org.is_none()
        && items.get(end).is_some_and(|w| w.is("in"))
        && let the = usize::from(items.get(end + 1).is_some_and(|w| w.is("the")))
        && let Some(Entity::Org(o)) = items.get(end + 1 + the).and_then(Item::entity)
    {
        org = Some(o);
    }
    // (joined by others in something else: "Russia was joined by Ukraine in protesting")
    if org.is_none() && items.get(end).is_some_and(|w| w.is_any(&["in", "for"])) {
        return;
    }
    // ("GUAM was formed in 1997. In April 1999 it was joined by Uzbekistan", "... the four
    // were joined by Uzbekistan": the organisation the sentence before was about; likewise
    // "its founders")
    let its_own = v >= 2 && items[v - 2].is("it")
        || v >= 3
            && (items[v - 2].is_any(&["founders", "members"]) && items[v - 3].is("its")
                || super::num(&items[v - 2]).is_some() && items[v - 3].is("the"));
    // (states joined by states: "they", a state, "founders" or one of the above right before
    // "were joined"; not a leader, "Yeltsin was joined by Kravchuk")
    if !(its_own
        || v >= 2
            && (items[v - 2].is_any(&["they", "founders", "members"])
                || is_state_item(&items[v - 2])))
    {
        return;
    }
    // (nor states joining a meeting or an exercise: "... met in Yalta. They were joined by
    // Uzbekistan's foreign minister")
    if !rest.0.first().is_none_or(|w| {
        matches!(w.kind, super::tokens::Kind::Punct(_))
            || w.is_any(&[
                "in", "at", "on", "and", "later", "earlier", "soon", "shortly", "the", "a", "last",
                "within", "only",
            ])
    }) {
        return;
    }
    // (the organisation of a founding, joining or signing the sentence before told: not one
    // whose summit or exercise was told)
    let told = |e: Event| matches!(e, Event::Founded | Event::Joined | Event::Signed);
    // (not the organisation of a meeting or an exercise: "GUAM's four presidents met in
    // Yalta. The four were joined by Uzbekistan", "The CSTO leaders met on Friday; they were
    // joined by ...")
    let meeting_word = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        MEETINGS
            .iter()
            .chain(&["met", "exercises", "drills", "summits"])
            .any(|m| w.eq_ignore_ascii_case(m))
    };
    let met_here = items[..v].iter().any(|w| meeting_word(w.text));
    let met_before = s
        .text
        .get(s.discourse.previous_range.clone())
        .is_some_and(|p| p.split_whitespace().any(meeting_word));
    let org = org.or_else(|| {
        (its_own && !met_before)
            .then_some(s.discourse.subject_org)
            .flatten()
    });
    let Some(org) = org
        .or_else(|| {
            s.discourse
                .last_event
                .filter(|t| told(t.event) && !met_before)
                .map(|t| t.org)
        })
        // (or one named or pointed back to earlier in this sentence: "Russia, Ukraine and
        // Belarus had set the grouping up on 8 December; at Alma-Ata they were joined by ...")
        .or_else(|| (!met_here).then(|| org_mentioned_before(s, v)).flatten())
    else {
        return;
    };
    let (modality, _) = modality(&items[v - 1..v], &items[clause.clone()], v - clause.start);
    let ctx = s.date_context(v, modality == Modality::Planned);
    let when = find_date(items, clause.start, clause.end, ctx)
        .map(|(w, _)| w)
        .or_else(|| s.undated(modality));
    for st in states {
        s.push(
            Claim::Membership {
                event: Event::Joined,
                state: Some(st),
                org,
            },
            when,
            modality,
            v..end,
            false,
        );
    }
}

/// "Kazakhstan runs the customs union jointly with Russia and Belarus", "Russia runs the customs
/// union with Belarus and Kazakhstan": the subject's states and the partners it runs the
/// organisation with are its members now (only with partners named: "Russia runs the CIS"
/// tells no membership).
fn running_with(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(v) = (1..items.len()).find(|&k| items[k].is_any(&["runs", "run"])) else {
        return;
    };
    let det = usize::from(
        items
            .get(v + 1)
            .is_some_and(|w| w.is_any(&["the", "a", "their", "its"])),
    );
    let Some(Entity::Org(org)) = items.get(v + 1 + det).and_then(Item::entity) else {
        return;
    };
    let mut with = v + 2 + det;
    if is_modifier(items, with) {
        return;
    }
    with += usize::from(
        items
            .get(with)
            .is_some_and(|w| w.is_any(&["jointly", "together"])),
    );
    if !items.get(with).is_some_and(|w| w.is("with")) {
        return;
    }
    let clause = s.clause(v);
    let Ok((rest, partners)) = state_list(Toks(&items[with + 1..clause.end])) else {
        return;
    };
    let Some((mut states, r)) = list_ending_at(s, v, clause.start) else {
        return;
    };
    let (modality, _) = modality(&items[r.end..v], &items[clause.clone()], v - clause.start);
    if modality != Modality::Asserted && modality != Modality::Hedged {
        return;
    }
    add_states(&mut states, partners);
    let end = index_of(items, rest);
    members_now_as(s, org, &states, modality, r.start..end);
}

/// "... signed a protocol that keeps them in the Collective Security Treaty for another five
/// years": the signers of a document that keeps them in an organisation are its members now.
fn kept_in_by_document(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(v) = items.iter().position(|w| w.is_any(&["keeps", "keep"])) else {
        return;
    };
    if !(v >= 2
        && items[v - 1].is_any(&["that", "which"])
        && items[v - 2].is_any(DOCUMENTS)
        && items.get(v + 1).is_some_and(|w| w.is("them"))
        && items.get(v + 2).is_some_and(|w| w.is("in")))
    {
        return;
    }
    let the = usize::from(items.get(v + 3).is_some_and(|w| w.is("the")));
    let at = v + 3 + the;
    let org = match items.get(at).and_then(Item::entity) {
        Some(Entity::Org(o)) if !is_modifier(items, at + 1) => o,
        _ if the == 1
            && items
                .get(at)
                .is_some_and(|w| w.is_any(super::grammar::ORG_ANAPHORS)) =>
        {
            match s.anaphor_org(v + 3) {
                Some(o) => o,
                None => return,
            }
        }
        _ => return,
    };
    // The signers: the subject of "signed" (or "adopted") before the document.
    let clause = s.clause(v);
    let Some(signed) = (clause.start..v - 2)
        .rev()
        .find(|&k| items[k].is_any(&["signed", "adopted", "approved"]))
    else {
        return;
    };
    let Some((states, r, _)) = subject(s, signed, clause.start) else {
        return;
    };
    if states.len() < 2 {
        return;
    }
    // ("reportedly signed": as hedged; "will sign" keeps no one in yet)
    let (modality, _) = modality(
        &items[r.end..signed],
        &items[clause.clone()],
        signed - clause.start,
    );
    if matches!(modality, Modality::Planned | Modality::Negated) {
        return;
    }
    members_now_as(s, org, &states, modality, r.start..at + 1);
}

/// Verbs by which states keep an organisation going together, in the present ("the customs
/// union that Russia runs with Belarus and Kazakhstan").
const RUNNING: &[&str] = &["runs", "run", "shares", "share", "operates", "operate"];

/// "the customs union that Russia runs with Belarus and Kazakhstan", "the customs union that
/// Russia, Belarus and Kazakhstan have run since 2010", "the customs union it shares with
/// Belarus and Kazakhstan", "Russia, Belarus and Kazakhstan, which have run a customs union
/// since January 2010": the states that run an organisation together are its members, now (or
/// since the date after the verb).
fn running_together(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if !items.iter().any(|w| w.is_any(RUNNING)) {
        return;
    }
    for v in 1..items.len() {
        if !items[v].is_any(RUNNING) {
            continue;
        }
        // (present or present perfect: "runs", "have run"; not "could run", "run by")
        let perfect = items[v - 1].is_any(&["have", "has"]);
        let subject_end = if perfect { v - 1 } else { v };
        if items[v].is("run") && !perfect && items.get(v + 1).is_some_and(|w| w.is("by")) {
            continue;
        }
        let clause = s.clause(v);
        let mut states: Vec<StateId> = Vec::new();
        let org;
        let span_start;
        let object_end;
        // "ORG that/which LIST runs", "ORG it shares": the organisation before its subject.
        let before = (clause.start..subject_end).rev().find(|&k| {
            matches!(items[k].entity(), Some(Entity::Org(_)))
                || items[k].is_any(&["that", "which", "it", "they"])
        });
        // (where the subject starts, and where the organisation it runs would stand)
        let (subject_start, organisation_at) = match before {
            Some(k) if items[k].is_any(&["that", "which"]) => (k + 1, k.checked_sub(1)),
            Some(k) if items[k].is_any(&["it", "they"]) => (k, k.checked_sub(1)),
            Some(k) => (k + 1, Some(k)),
            None => continue,
        };
        let relative = v >= 3 + usize::from(perfect)
            && items[v - 1 - usize::from(perfect)].is("which")
            && items[v - 2 - usize::from(perfect)].is_punct(',');
        if let Some(organisation_at) = organisation_at
            && let Some(Entity::Org(o)) = items[organisation_at].entity()
            && subject_start < subject_end
            && (items[organisation_at + 1].is_any(&["that", "which", "it", "they"])
                || !is_modifier(items, organisation_at + 1))
        {
            let subject = &items[subject_start..subject_end];
            if subject.len() == 1 && subject[0].is("it") {
                // ("the customs union it shares with ...": the state the clause is about, its
                // subject: "Russia is pressing Kyrgyzstan to join the customs union it shares")
                let Some(st) =
                    (clause.start..organisation_at).find_map(|k| match items[k].entity() {
                        Some(Entity::State(st) | Entity::Capital(st)) => Some(st),
                        _ => None,
                    })
                else {
                    continue;
                };
                states.push(st);
            } else {
                let Ok((rest, listed)) = state_list(Toks(subject)) else {
                    continue;
                };
                if !rest.0.is_empty() {
                    continue;
                }
                states = listed;
            }
            org = o;
            span_start = organisation_at;
            object_end = v + 1;
        } else if relative {
            // "LIST, which have run a customs union since 2010"
            let comma = v - 2 - usize::from(perfect);
            let Some((listed, r)) = list_ending_at(s, comma, s.clause(comma).start) else {
                continue;
            };
            let det = usize::from(
                items
                    .get(v + 1)
                    .is_some_and(|w| w.is_any(&["a", "the", "their"])),
            );
            let Some(Entity::Org(o)) = items.get(v + 1 + det).and_then(|w| w.entity()) else {
                continue;
            };
            if is_modifier(items, v + 2 + det) {
                continue;
            }
            states = listed;
            org = o;
            span_start = r.start;
            object_end = v + 2 + det;
        } else {
            continue;
        }
        // "... that Russia runs with Belarus and Kazakhstan": its partners too.
        let mut end = object_end;
        if items.get(end).is_some_and(|w| w.is("with"))
            && let Ok((rest, with)) = state_list(Toks(&items[end + 1..clause.end]))
        {
            end = index_of(items, rest);
            add_states(&mut states, with);
        }
        if states.len() < 2 {
            continue;
        }
        let ctx = s.date_context(v, false);
        // (the date right after it: "since 2010"; else now)
        let stop = (end..clause.end)
            .find(|&j| items[j].is_punct(',') || items[j].is_any(&["and", "but", "which"]))
            .unwrap_or(clause.end);
        let now = s.now();
        let when = match find_date(items, end, stop, ctx) {
            Some((w, r)) if r.start == end + 1 && items[end].is("since") => {
                now.map(|n| Interval::span(w, n))
            }
            _ => now,
        };
        push_statuses(
            s,
            &[org],
            &states,
            Event::Member,
            when,
            Modality::Asserted,
            span_start..end,
            false,
        );
    }
}

/// "Georgia's exit from the CIS took effect on 18 August 2009", "Uzbekistan's withdrawal from
/// GUUAM became final in 2005", "Kyrgyzstan's accession to the WTO took effect in December
/// 1998": a state's departure or entry, named by a noun, that a verb of completion tells has
/// happened, at the date after it.
fn took_effect(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if !items
        .iter()
        .any(|w| w.is_any(&["effect", "final", "official", "effective", "force"]))
    {
        return;
    }
    for n in 2..items.len() {
        let event = if items[n].is_any(&["withdrawal", "exit", "departure"]) {
            Event::Withdrew
        } else if items[n].is_any(&["accession", "entry", "admission"]) {
            Event::Joined
        } else {
            continue;
        };
        // The state's: "Georgia's", "Tashkent's".
        if items[n - 1].text != "'s" {
            continue;
        }
        let st = match items[n - 2].entity() {
            Some(Entity::State(st) | Entity::Capital(st)) => st,
            _ => continue,
        };
        // (the departure is the subject: not "Moscow's response to Georgia's exit ... took
        // effect")
        if n >= 3
            && !(items[n - 3].is_punct(',')
                || items[n - 3].is_any(&["and", "but", "when", "after", "since", "once", "until"]))
        {
            continue;
        }
        let prep = n + 1;
        let fits = match event {
            Event::Withdrew => items.get(prep).is_some_and(|w| w.is("from")),
            _ => items.get(prep).is_some_and(|w| w.is_any(&["to", "into"])),
        };
        if !fits {
            continue;
        }
        let the = usize::from(items.get(prep + 1).is_some_and(|w| w.is("the")));
        let Some(Entity::Org(org)) = items.get(prep + 1 + the).and_then(|w| w.entity()) else {
            continue;
        };
        let v = prep + 2 + the;
        if is_modifier(items, v) {
            continue;
        }
        // (only completed: "took effect", "became final/official/effective", "came into force";
        // not "was announced", "is expected to take effect")
        let completed = match (items.get(v), items.get(v + 1)) {
            (Some(a), Some(b)) if a.is("took") && b.is("effect") => v + 2,
            (Some(a), Some(b))
                if a.is("became") && b.is_any(&["final", "official", "effective"]) =>
            {
                v + 2
            }
            (Some(a), Some(b)) if a.is("came") && b.is("into") => {
                if items.get(v + 2).is_some_and(|w| w.is("force")) {
                    v + 3
                } else {
                    continue;
                }
            }
            _ => continue,
        };
        let clause = s.clause(v);
        let ctx = s.date_context(completed, false);
        // (its own date, before another conjunct: "became official, and ... took effect on 18
        // August")
        let stop = (completed..clause.end)
            .find(|&q| items[q].is_punct(',') || items[q].is_punct(';') || items[q].is("and"))
            .unwrap_or(clause.end);
        let when = find_date(items, completed, stop, ctx)
            .or_else(|| find_date(items, clause.start, n - 2, ctx))
            .map(|(w, _)| w)
            .or_else(|| s.undated(Modality::Asserted));
        let (modality, _) = modality(&items[n..v], &items[clause.clone()], v - clause.start);
        push_statuses(
            s,
            &[org],
            &[st],
            event,
            when,
            modality,
            n - 2..completed,
            false,
        );
    }
}

/// Verbs by which an organisation loses members, and by which it gains them.
const LOSING: &[&str] = &["lost", "loses", "shed", "sheds"];
const GAINING: &[&str] = &["gained", "gains"];

/// "The treaty lost Georgia, Azerbaijan and Uzbekistan in 1999", "GUUAM lost Uzbekistan in
/// 2005", "the treaty ... gained three more, Azerbaijan, Georgia and Belarus, in 1993, and lost
/// three, ...": an organisation (the subject, or the subject of the series of verbs it ends)
/// loses or gains the states named right after the verb, counted or not (a count must fit the
/// list). They withdrew from it, or joined it.
fn lost_or_gained(s: &mut Sentence<'_, '_>, v: usize) {
    let items = s.items;
    let mut k = v;
    while k > 0 && is_aux(&items[k - 1]) && !items[k - 1].is_any(&["itself", "themselves"]) {
        k -= 1;
    }
    let clause = s.clause(v);
    let (org, o, series) = match admitting_org(s, k) {
        Some((org, o)) => (org, o, false),
        None => match series_subject_org(s, k, clause.start) {
            Some((org, o)) => (org, o, true),
            None => return,
        },
    };
    // "lost three, A, B and C", "lost three members: A, B and C", "shed two of its members —
    // A and B"; or the states at once.
    let mut from = v + 1;
    let counted = items.get(from).and_then(super::num);
    if counted.is_some() {
        from += 1;
        if items.get(from).is_some_and(|w| w.is("more")) {
            from += 1;
        }
        if items.get(from).is_some_and(|w| w.is("of"))
            && items
                .get(from + 1)
                .is_some_and(|w| w.is_any(&["its", "their", "the"]))
        {
            from += 2;
        }
        if items.get(from).is_some_and(|w| {
            w.is_any(&[
                "members",
                "member",
                "states",
                "countries",
                "parties",
                "signatories",
                "participants",
            ])
        }) {
            from += 1;
        }
        if !items
            .get(from)
            .is_some_and(|w| w.is_punct(',') || w.is_punct(':') || w.is_dash())
        {
            return;
        }
        from += 1;
    }
    let Ok((rest, states)) = state_list(Toks(&items[from.min(items.len())..])) else {
        return;
    };
    if counted.is_some_and(|n| states.len() as u64 != n) {
        return;
    }
    let end = index_of(items, rest);
    // (not "lost Georgia's trust", "lost Georgia and Azerbaijan's backing", "gained Ukraine as
    // an observer", "lost Russia to ..."; after the list, punctuation or a date: not "lost
    // Armenia, Russia claims, in 2004")
    if items[from..(end + 3).min(items.len())]
        .iter()
        .any(|w| w.text == "'s")
        || items.get(end).is_some_and(|w| {
            w.is_any(&["as", "to"])
                || w.kind == super::tokens::Kind::Word
                    && !w.is_any(DATE_PREPOSITIONS)
                    && !w.is_any(&["and", "when", "after", "before", "last", "this", "that"])
        })
        || counted.is_none() && items.get(end).is_some_and(|w| w.is_dash())
    {
        return;
    }
    // (nor what almost happened, or might have: "nearly lost", "could have lost")
    if items[k.saturating_sub(2)..v]
        .iter()
        .any(|w| w.is_any(&["nearly", "almost", "have", "narrowly"]))
    {
        return;
    }
    let (modality, _) = modality(&items[k..v], &items[clause.clone()], v - clause.start);
    let ctx = s.date_context(v, modality == Modality::Planned);
    // (past an apposition on the list: "gained Uzbekistan, its sixth member, in 2001")
    let after_list = if items.get(end).is_some_and(|w| w.is_punct(','))
        && items
            .get(end + 1)
            .is_some_and(|w| w.is_any(&["its", "their", "a", "an", "the"]))
        && let Some(c) = (end + 2..(end + 8).min(clause.end)).find(|&q| items[q].is_punct(','))
        && !items[end + 2..c]
            .iter()
            .any(|w| w.entity().is_some() || super::dates::year_of(w).is_some())
    {
        c
    } else {
        end
    };
    let stop = (after_list + 1..clause.end)
        .find(|&j| {
            items[j].is_any(&["which", "that", "who", "and", "but"])
                || items[j].is_punct(',') && j > after_list + 1
        })
        .unwrap_or(clause.end);
    // (else one between the organisation and the verb, "the SCO in 2001 gained", or before
    // both, "In 1999 the treaty lost"; in a series they are the earlier verbs')
    let when = find_date(items, after_list, stop, ctx)
        .or_else(|| {
            (!series)
                .then(|| {
                    find_date(items, o + 1, k, ctx)
                        .or_else(|| find_date(items, clause.start, o, ctx))
                })
                .flatten()
        })
        .map(|(w, _)| w)
        .or_else(|| s.undated(modality));
    let event = if items[v].is_any(LOSING) {
        Event::Withdrew
    } else {
        Event::Joined
    };
    push_statuses(s, &[org], &states, event, when, modality, v..end, false);
}

/// The organisation that is the subject of a series of verbs whose last one begins at item
/// `k`: "(recall that) the treaty was signed in 1992 by six states, gained three more in 1993,
/// and lost three in 1999" — the verb follows a comma or "and", and the last subject before it
/// in the clause (a name, or a noun pointing back, with a verb right after it) is the
/// organisation's.
fn series_subject_org(s: &Sentence<'_, '_>, k: usize, start: usize) -> Option<(OrgId, usize)> {
    let items = s.items;
    if !(k >= 1 && (items[k - 1].is_punct(',') || items[k - 1].is("and"))) {
        return None;
    }
    let verb_after = |q: usize| {
        items.get(q + 1).is_some_and(|w| {
            is_aux(w) || w.is_any(LOSING) || w.is_any(GAINING) || verb_at(items, q + 1).is_some()
        })
    };
    // (a name after a preposition is no subject: "signed in Tashkent in May")
    let o = (start..k - 1).rev().find(|&q| {
        verb_after(q)
            && !(q >= 1
                && items[q - 1].is_any(&["by", "of", "in", "to", "from", "with", "for", "at"]))
            && (items[q].entity().is_some()
                || items[q].is_any(super::grammar::ORG_ANAPHORS)
                    && q >= 1
                    && items[q - 1].is("the"))
    })?;
    let org = match items[o].entity() {
        Some(Entity::Org(org)) => org,
        Some(_) => return None,
        None => s.anaphor_org(o - 1)?,
    };
    Some((org, o))
}

/// The organisation that admits, for a verb whose first word is item `k`, and where its name
/// is: right before the verb ("the SCO admitted"), or past a date and "then" to a relative
/// pronoun ("the SCO, which last month admitted"), a summit of its own ("the SCO, whose
/// Beijing summit last month granted"), or the subject of the verb "and" coordinates it with
/// ("the SCO — A, B — asked ... and then admitted").
fn admitting_org(s: &Sentence<'_, '_>, k: usize) -> Option<(OrgId, usize)> {
    let items = s.items;
    let o = k.checked_sub(1)?;
    match items[o].entity() {
        Some(Entity::Org(org)) => return Some((org, o)),
        _ if items[o].is_any(super::grammar::ORG_ANAPHORS)
            && o >= 1
            && items[o - 1].is_any(&["the", "this", "that"]) =>
        {
            return s.anaphor_org(o - 1).map(|org| (org, o));
        }
        _ => {}
    }
    let clause = s.clause(o);
    let mut j = k;
    loop {
        if j > clause.start && items[j - 1].is_any(&["then", "also", "later", "duly", "formally"]) {
            j -= 1;
        } else if let Some((_, r)) = find_date(
            items,
            j.saturating_sub(4).max(clause.start),
            j,
            s.date_context(j, false),
        )
        .filter(|(_, r)| r.end == j)
        {
            j = r.start;
            // ("which in June granted")
            if j > clause.start && items[j - 1].is_any(DATE_PREPOSITIONS) {
                j -= 1;
            }
        } else if j > clause.start
            && items[j - 1].is_any(MEETINGS)
            && let Some(at) = (j.saturating_sub(5).max(clause.start)..j - 1)
                .rev()
                .find(|&q| items[q].is("at"))
                .filter(|&at| {
                    items
                        .get(at + 1)
                        .is_some_and(|w| w.is_any(&["its", "the", "their"]))
                        && items[at + 2..j - 1].iter().all(|w| {
                            !matches!(w.kind, super::tokens::Kind::Punct(_))
                                && !w.is_dash()
                                && !w.is_any(&["which", "that"])
                        })
                })
        {
            // ("which at its Beijing summit in June admitted")
            j = at;
        } else {
            break;
        }
    }
    let named = |q: usize| match items.get(q)?.entity() {
        Some(Entity::Org(org)) => Some((org, q)),
        _ => None,
    };
    let before = j.checked_sub(1)?;
    // ("The SCO in June 2004 admitted Mongolia")
    if j < k
        && let Some(found) = named(before)
    {
        return Some(found);
    }
    if items[before].is_any(&["which", "that"]) {
        let c = before.checked_sub(1)?;
        return named(c).or_else(|| named(c.checked_sub(1)?).filter(|_| items[c].is_punct(',')));
    }
    // "whose Beijing summit", "whose summit in Astana"
    if let Some(w) = (before.saturating_sub(5)..before)
        .rev()
        .find(|&q| items[q].is("whose"))
        && items[w + 1..=before]
            .iter()
            .any(|x| x.is_any(&["summit", "meeting", "session", "council"]))
        && (w + 1..=before)
            .all(|q| !items[q].is_punct(',') && !items[q].is_dash() && verb_at(items, q).is_none())
    {
        let c = w.checked_sub(1)?;
        return named(c).or_else(|| named(c.checked_sub(1)?).filter(|_| items[c].is_punct(',')));
    }
    // "The same meeting admitted India, Pakistan and Iran as observers", "Its Astana summit
    // granted ...": a meeting opening the clause admits for the organisation it names, else
    // the one its "its" points to, else the one the sentence names before the clause or the
    // one organisation the sentence before named.
    if items[before].is_any(MEETINGS)
        && let Some(det) = (before.saturating_sub(4).max(clause.start)..before)
            .rev()
            .find(|&q| items[q].is_any(&["the", "its", "this", "that"]))
        && (det == clause.start || det > clause.start && items[det - 1].is("and"))
        && (det + 1..before).all(|q| {
            !matches!(items[q].kind, super::tokens::Kind::Punct(_))
                && !items[q].is_dash()
                && verb_at(items, q).is_none()
        })
    {
        if let Some(found) = (det + 1..before).find_map(named) {
            return Some(found);
        }
        if items[det].is("its") {
            return s.anaphor_org(det).map(|org| (org, before));
        }
        return s
            .named_in(0..det, &|_| true)
            .or_else(|| s.discourse.previous_alone())
            .map(|org| (org, before));
    }
    if items[before].is("and") {
        // The clause's subject: an organisation standing first in it or after "the", not the
        // object of a preposition.
        return (clause.start..before).find_map(|q| {
            let (org, q) = named(q)?;
            let the = q > clause.start && items[q - 1].is("the");
            let lead = if the { q - 1 } else { q };
            // (nor a second of two: "the SCO and NATO")
            let second = lead > clause.start && items[lead - 1].is_any(&["and", "or"]);
            (!governed(items, lead, clause.start) && !second).then_some((org, q))
        });
    }
    None
}

/// Whether a complement follows an object ending at item `end` ("proclaimed the CIS dead",
/// "the SCO a success", "open to new members"): the verb judges the organisation.
fn judged(items: &[Item<'_>], end: usize) -> bool {
    items.get(end).is_some_and(|w| {
        w.kind == super::tokens::Kind::Word
            && w.text.chars().all(|c| c.is_lowercase())
            && !w.is_any(&[
                "in", "on", "at", "and", "with", "together", "along", "as", "last", "this", "that",
                "which", "when", "after", "before", "since",
            ])
    })
}

/// Whether the noun phrase starting at item `k` is governed by a preposition before it (and so
/// is no clause's subject), within a clause starting at `start`.
fn governed(items: &[Item<'_>], k: usize, start: usize) -> bool {
    k > start
        && items[k - 1].is_any(&[
            "of", "in", "to", "from", "with", "into", "by", "for", "on", "at", "about", "against",
            "over", "between", "among", "than", "like",
        ])
}

/// Records one status (or event) for every state and organisation of a claim.
#[allow(clippy::too_many_arguments)]
fn push_statuses(
    s: &mut Sentence<'_, '_>,
    orgs: &[OrgId],
    states: &[StateId],
    event: Event,
    when: Option<Interval>,
    modality: Modality,
    span: Range<usize>,
    shifted: bool,
) {
    for org in orgs {
        for st in states {
            s.push(
                Claim::Membership {
                    event,
                    state: Some(*st),
                    org: *org,
                },
                when,
                modality,
                span.clone(),
                shifted,
            );
        }
    }
}

/// "Kazakhstan is a member of the CSTO, and Uzbekistan has been one again since 2006": "one"
/// after a copula, with a state of its own as the subject, is the status the sentence told
/// just before (a member, an observer or an associate, and of the same organisation), at the
/// time its own clause gives. Not "one of the founders" nor "one country", not one the sentence
/// did not tell ("is one of them"), nor one of another subject's verb ("which Uzbekistan
/// calls one").
fn one_too(s: &mut Sentence<'_, '_>, m: usize) {
    let items = s.items;
    // (the pro-form ends its phrase: "one too", "one again since 2006", "one as well")
    if items.get(m + 1).is_some_and(|w| {
        w.kind == super::tokens::Kind::Word
            && !w.is_any(&[
                "too", "again", "also", "as", "since", "now", "still", "already", "today", "ever",
                "from", "until",
            ])
            || w.entity().is_some()
    }) {
        return;
    }
    let mut v = m;
    while v > 0
        && items[v - 1].is_any(&[
            "also",
            "again",
            "now",
            "still",
            "already",
            "likewise",
            "reportedly",
            "nominally",
            "technically",
            "formally",
            "not",
            "no",
            "longer",
            "never",
        ])
    {
        v -= 1;
    }
    let Some(cop) = v
        .checked_sub(1)
        .filter(|&c| items[c].is_any(&["is", "was", "remains", "remained", "been"]))
    else {
        return;
    };
    let mut b = cop;
    while b > 0 && (is_aux(&items[b - 1]) && !items[b - 1].is_any(&["to", "that", "which"])) {
        b -= 1;
    }
    let Some(subj) = b.checked_sub(1) else {
        return;
    };
    let state = match items[subj].entity() {
        Some(Entity::State(st) | Entity::Capital(st)) => st,
        _ => return,
    };
    // (a subject of its own, opening its conjunct: ", and Uzbekistan", "; Uzbekistan")
    if !(subj >= 2
        && (items[subj - 1].is_any(&["and", "but", "while", "whereas"])
            && items[subj - 2].is_punct(',')
            || items[subj - 1].is_punct(';')))
    {
        return;
    }
    let Some(k) = s.last_fact_before(subj, |f| {
        matches!(
            f.claim,
            Claim::Membership {
                event: Event::Member | Event::Observer | Event::Associate,
                ..
            }
        ) && f.modality == Modality::Asserted
    }) else {
        return;
    };
    let Claim::Membership { event, org, .. } = s.facts[k].claim else {
        return;
    };
    let clause = s.clause(m);
    let (modality, _) = modality(
        &[],
        &items[clause.start.max(subj)..clause.end],
        m - clause.start.max(subj),
    );
    // ("but Turkmenistan has never been one": not a member)
    let denied = items[subj + 1..m]
        .iter()
        .any(|w| w.is_any(&["not", "never", "no", "n't"]));
    let (event, modality) = match (denied, event) {
        (false, _) => (event, modality),
        (true, Event::Member) => (Event::NotMember, Modality::Asserted),
        (true, _) => return,
    };
    let past = items[cop].is_any(&["was", "remained"]);
    let when = status_time(s, subj..clause.end, m + 1, past);
    push_statuses(
        s,
        &[org],
        &[state],
        event,
        when,
        modality,
        subj..m + 1,
        false,
    );
}

/// "Iran became an observer in 2005; Mongolia has held the same status since 2004", "India
/// and Pakistan have long held the same status", "Afghanistan received the same status in
/// June": the observer or associate status told last (in this sentence or before), of the
/// same organisation, for the states before the verb, at the time the clause gives.
fn same_status(s: &mut Sentence<'_, '_>, m: usize) {
    let items = s.items;
    const HOLDING: &[&str] = &[
        "held", "hold", "holds", "has", "have", "had", "enjoys", "enjoy", "enjoyed", "shares",
        "share", "shared",
    ];
    let obtaining = |w: &Item<'_>| w.is_any(OBTAINING) || w.is("given");
    let Some(v) = m
        .checked_sub(3)
        .filter(|&v| items[v].is_any(HOLDING) || obtaining(&items[v]))
    else {
        return;
    };
    let gained = obtaining(&items[v])
        // ("was granted the same status", not "granted Iran the same status")
        && (!items[v].is_any(&["granted", "given"])
            || v >= 1 && items[v - 1].is_any(&["was", "were", "been"]));
    let mut b = v;
    while b > 0
        && (is_aux(&items[b - 1]) && !items[b - 1].is_any(&["to", "that", "which"])
            || items[b - 1].is_any(&["long", "also", "likewise", "since"]))
    {
        b -= 1;
    }
    // (never the status denied: "has never held the same status")
    if items[b..v]
        .iter()
        .any(|w| w.is_any(&["not", "never", "no", "n't"]))
    {
        return;
    }
    let clause = s.clause(m);
    let Some((states, r)) = list_ending_at(s, b, clause.start) else {
        return;
    };
    let here = s
        .last_fact_before(r.start, |f| {
            matches!(
                f.claim,
                Claim::Membership {
                    event: Event::Observer | Event::Associate,
                    ..
                }
            ) && f.modality == Modality::Asserted
        })
        .and_then(|k| match s.facts[k].claim {
            Claim::Membership { event, org, .. } => Some((event, org)),
            _ => None,
        });
    let Some((event, org)) = here.or_else(|| s.discourse.last_status.map(|t| (t.event, t.org)))
    else {
        return;
    };
    // ("has held the same status in the SCO since 2004": the organisation named there)
    let named = items
        .get(m + 1)
        .filter(|w| w.is_any(&["in", "of", "within", "at"]))
        .and_then(|_| {
            let the = usize::from(items.get(m + 2)?.is("the"));
            org_name(Toks(items.get(m + 2 + the..)?))
                .ok()
                .map(|(_, o)| o)
        });
    let org = named.unwrap_or(org);
    let (modality, _) = modality(&[], &items[r.start..clause.end], m - r.start);
    let when = if gained {
        let ctx = s.date_context(m, false);
        find_date(items, m + 1, clause.end, ctx)
            .map(|(w, _)| w)
            .or_else(|| s.undated(modality))
    } else {
        status_time(s, r.start..clause.end, m + 1, items[v].is("had"))
    };
    push_statuses(
        s,
        &[org],
        &states,
        event,
        when,
        modality,
        r.start..m + 1,
        false,
    );
}

/// "Kyrgyzstan and Tajikistan, both still in the security treaty, have offered ...": an
/// apposition with no noun, an adverb and "in" an organisation set off after states, says
/// they are in it.
/// The organisation an "it" at item `k` stands for, when nothing else can be meant: one named
/// earlier in this sentence with no new noun phrase introduced since ("The treaty came into
/// force, and it now binds nine states"; not "The CIS adopted a new visa regime, and it ..."),
/// else the one named last before, when the sentence before introduced nothing with "a" ("NATO
/// wants a bigger role in the Caspian basin. Iran and Turkmenistan, both within it, ..." is not
/// of NATO).
/// (A state named since, before item `told`, may be what "it" is: not the states the claim is
/// about, "A and B, both now inside it".)
pub(crate) fn org_of_it(s: &Sentence<'_, '_>, k: usize, told: usize) -> Option<OrgId> {
    let items = s.items;
    let k = k.min(items.len());
    let introduced = |ws: &[Item<'_>], from: usize| {
        ws.iter().enumerate().any(|(q, w)| {
            w.is_any(&["a", "an"])
                || from + q < told && matches!(w.entity(), Some(Entity::State(_)))
                || w.is("the")
                    && ws.get(q + 1).is_some_and(|n| {
                        n.kind == super::tokens::Kind::Word
                            && n.entity().is_none()
                            && n.text.starts_with(char::is_lowercase)
                            && !n.is_any(super::grammar::ORG_ANAPHORS)
                    })
        })
    };
    if let Some(p) = (0..k).rev().find(|&q| {
        matches!(items[q].entity(), Some(Entity::Org(_)))
            || q > 0 && items[q - 1].is("the") && items[q].is_any(super::grammar::ORG_ANAPHORS)
    }) {
        return (!introduced(&items[p + 1..k], p + 1))
            .then(|| s.org_before(k))
            .flatten();
    }
    let previous = s.text.get(s.discourse.previous_range.clone())?;
    if previous
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
    {
        return None;
    }
    s.org_before(k)
}

fn apposed_in(s: &mut Sentence<'_, '_>, m: usize) {
    let items = s.items;
    const ADVERBS: &[&str] = &["both", "all", "still", "now", "already", "also", "each"];
    let mut c = m;
    while c > 0 && items[c - 1].is_any(ADVERBS) {
        c -= 1;
    }
    // "Russia, the largest economy still outside the WTO, ...", "Russia is the only big economy
    // outside it": a noun for one state, ranked, before the status (set off, or after a copula)
    let ranked = ranked_state_noun(items, c);
    let copula = ranked.filter(|&d| d > 0 && items[d - 1].is_any(&["is", "remains"]));
    if let Some(d) = ranked {
        c = d;
    }
    if c == m || c == 0 || !(items[c - 1].is_punct(',') || copula.is_some()) {
        return;
    }
    let clause = s.clause(m);
    let found = match copula {
        Some(d) => subject(s, d - 1, clause.start)
            .filter(|(st, ..)| st.len() == 1)
            .map(|(st, r, _)| (st, r)),
        None => list_ending_at(s, c - 1, clause.start),
    };
    let Some((states, r)) = found else {
        return;
    };
    if ranked.is_some() && states.len() != 1 {
        return;
    }
    // (the states themselves, not those a noun is of: "Talks between Russia and Georgia, now
    // outside the CIS, broke down")
    if r.start > 0 && items[r.start - 1].is_any(&["between", "with", "of", "among", "from"]) {
        return;
    }
    if items[c..m]
        .iter()
        .any(|w| w.is_any(&["both", "all", "each"]))
        && states.len() < 2
    {
        return;
    }
    let the = usize::from(items.get(m + 1).is_some_and(|w| w.is("the")));
    let (org, next) = match org_name(Toks(items.get(m + 1 + the..).unwrap_or_default())) {
        Ok((rest, o)) => (Some(o), index_of(items, rest)),
        Err(_) => match org_anaphor(Toks(items.get(m + 1..).unwrap_or_default())) {
            Ok((rest, ())) => (s.anaphor_org(m + 1), index_of(items, rest)),
            // ("The treaty forbids ..., yet Armenia and Azerbaijan, both now inside it, ...")
            Err(_) if items.get(m + 1).is_some_and(|w| w.is("it")) => {
                (org_of_it(s, m + 1, r.start), m + 2)
            }
            Err(_) => return,
        },
    };
    let Some(org) = org else {
        return;
    };
    // (the aside ends there: not "both still in the CIS summit's good books")
    if !items.get(next).is_none_or(|w| {
        w.is_punct(',') || w.is_punct('.') || w.is_punct(';') || w.is_dash() || w.is("since")
    }) {
        return;
    }
    let when = status_time(s, r.start..clause.end, next, false);
    // ("Armenia and Azerbaijan, both now outside it": out of it)
    let event = if items[m].is("outside") {
        Event::NotMember
    } else {
        Event::Member
    };
    // (a copula's clause may hedge it: "According to critics, Russia is the largest economy
    // outside the WTO")
    let modality = match copula {
        Some(d) => modality(&[], &items[clause.clone()], d - 1 - clause.start).0,
        None => Modality::Asserted,
    };
    if modality == Modality::Negated {
        return;
    }
    push_statuses(
        s,
        &[org],
        &states,
        event,
        when,
        modality,
        r.start..next,
        false,
    );
}

/// "the largest economy", "the only country", "the last big state" ending right before item
/// `c`: where its "the" stands.
fn ranked_state_noun(items: &[Item<'_>], c: usize) -> Option<usize> {
    let noun = c.checked_sub(1)?;
    if !items[noun].is_any(&["economy", "country", "state", "nation", "power", "republic"]) {
        return None;
    }
    let mut d = noun;
    let mut ranked = false;
    while d > 0 && noun - d < 3 {
        let w = &items[d - 1];
        let superlative = w.kind == super::tokens::Kind::Word
            && w.text.len() > 4
            && w.text.ends_with("est")
            && w.text.chars().all(|ch| ch.is_lowercase());
        if superlative || w.is_any(&["only", "last", "sole"]) {
            ranked = true;
        } else if !w.is_any(&["big", "major", "large", "former", "Soviet", "post-Soviet"]) {
            break;
        }
        d -= 1;
    }
    (ranked && d > 0 && items[d - 1].is("the")).then(|| d - 1)
}

/// "Russia, Belarus and Kazakhstan, whose customs union has applied a common tariff since
/// January": an organisation that two or more states set off before "whose" have is one they
/// are in (the organisation as the subject of the clause, not a noun it qualifies: not
/// "whose CSTO membership", "whose GUAM partners").
fn whose_own_org(s: &mut Sentence<'_, '_>, m: usize) {
    let items = s.items;
    if m == 0 || !items[m - 1].is_punct(',') {
        return;
    }
    let clause = s.clause(m);
    let Some((states, r)) = list_ending_at(s, m - 1, clause.start) else {
        return;
    };
    if states.len() < 2 {
        return;
    }
    let own = usize::from(items.get(m + 1).is_some_and(|w| w.is("own")));
    let Ok((rest, org)) = org_name(Toks(items.get(m + 1 + own..).unwrap_or_default())) else {
        return;
    };
    let next = index_of(items, rest);
    // ("whose customs union became a Single Economic Space in January")
    if !items.get(next).is_some_and(|w| {
        is_aux(w) && !w.is_any(&["to", "that"]) || w.is_any(COPULAS) || finite_verb(w)
    }) {
        return;
    }
    // (at the time told: what the clause says the organisation has done since is its own)
    let when = s.now();
    push_asserted_members(s, org, &states, when, r.start..next);
}

/// Records that `states` are members of `org` at `when`, as told outright over `span`.
fn push_asserted_members(
    s: &mut Sentence<'_, '_>,
    org: OrgId,
    states: &[StateId],
    when: Option<Interval>,
    span: Range<usize>,
) {
    push_statuses(
        s,
        &[org],
        states,
        Event::Member,
        when,
        Modality::Asserted,
        span,
        false,
    );
}

/// "Armenia is Russia's ally in the CSTO", "Armenia, Russia's closest ally in the CSTO,": both
/// the states described and the one whose ally they are belong to the organisation. (Not a
/// partner's possessor: "Azerbaijan and Moldova, Georgia's partners in GUAM" tells of the two.)
fn ally_in(s: &mut Sentence<'_, '_>, m: usize) {
    let items = s.items;
    if !items
        .get(m + 1)
        .is_some_and(|w| w.is_any(&["in", "within"]))
    {
        return;
    }
    let the = usize::from(items.get(m + 2).is_some_and(|w| w.is("the")));
    let Ok((rest, org)) = org_name(Toks(items.get(m + 2 + the..).unwrap_or_default())) else {
        return;
    };
    let next = index_of(items, rest);
    if is_modifier(items, next) || items.get(next).is_some_and(|w| w.text == "'s") {
        return;
    }
    let mut k = m;
    while k > 0
        && items[k - 1].is_any(&[
            "closest",
            "close",
            "key",
            "main",
            "staunchest",
            "loyal",
            "strategic",
            "firmest",
            "faithful",
            "oldest",
            "only",
        ])
    {
        k -= 1;
    }
    let possessor = match k.checked_sub(2).map(|p| (items[p].entity(), &items[p + 1])) {
        Some((Some(Entity::State(st) | Entity::Capital(st)), mark)) if mark.text == "'s" => {
            k -= 2;
            Some(st)
        }
        _ => None,
    };
    while k > 0 && items[k - 1].is_any(&["a", "an", "its", "their", "the"]) {
        k -= 1;
    }
    let clause = s.clause(m);
    let before = k.checked_sub(1);
    // (after a copula, or set off by a comma as an apposition)
    let subject = before
        .filter(|&b| {
            items[b].is_any(&["is", "are", "was", "were", "remains", "remained"])
                || items[b].is_punct(',')
        })
        .and_then(|b| list_ending_at(s, b, clause.start))
        // "Moscow's allies in the CSTO, A, B and C, have been slow to applaud": the allies named
        // after them, set off by commas (plural, the possessor named).
        .or_else(|| {
            if !(items[m].is("allies") && possessor.is_some() && items.get(next)?.is_punct(',')) {
                return None;
            }
            let (rest, listed) = state_list(Toks(items.get(next + 1..)?)).ok()?;
            let end = index_of(items, rest);
            (listed.len() >= 2 && items.get(end).is_some_and(|w| w.is_punct(',')))
                .then_some((listed, k..end))
        });
    let Some((mut states, r)) = subject else {
        return;
    };
    // The state whose allies they are is in it too, unless the timeline has it outside
    // ("Georgia's allies in NATO, Poland and the United States, ..."); named only as the
    // possessor of allies listed after, the timeline must have it inside.
    // (the allies listed after the phrase start at it; a subject before it ends before it)
    let listed_after = r.start == k;
    let inside = |p: StateId| {
        s.article
            .and_then(|day| s.lexicon.prior.member(p, org, day))
    };
    if let Some(p) = possessor.filter(|&p| {
        !states.contains(&p)
            && if listed_after {
                inside(p) == Some(true)
            } else {
                inside(p) != Some(false)
            }
    }) {
        states.push(p);
    }
    let when = status_time(
        s,
        r.start..clause.end,
        next,
        before.is_some_and(|b| items[b].is_any(&["was", "were"])),
    );
    let (modality, _) = modality(&[], &items[r.start..clause.end], m - r.start);
    push_statuses(
        s,
        &[org],
        &states,
        Event::Member,
        when,
        modality,
        r.start..next,
        false,
    );
}

/// Records that `states` are members of `org`, as a list at item `at` says ("GUAM—Georgia,
/// Ukraine, Azerbaijan and Moldova—"), over the item range `span`.
fn push_members(
    s: &mut Sentence<'_, '_>,
    at: usize,
    states: Vec<StateId>,
    org: OrgId,
    span: Range<usize>,
) {
    push_members_after(s, at, states, org, span, at);
}

/// The modality of a listing of members in a clause of modality `clause`: a hedge on the
/// clause is not on a listing `set_off` in it ("officials are said to be in talks with the
/// GUAM group—A, B, C and D"), unless the listing's own words hedge it.
fn listing_modality(clause: Modality, set_off: bool, own: &[Item<'_>]) -> Modality {
    if clause == Modality::Hedged && set_off && !super::modality::has_hedge(own) {
        Modality::Asserted
    } else {
        clause
    }
}

/// `push_members`, with the words from `aux` to `at` as the verb's auxiliaries ("will have
/// seven members: ...", "would leave the treaty with six members: ..." are still to come).
fn push_members_after(
    s: &mut Sentence<'_, '_>,
    at: usize,
    states: Vec<StateId>,
    org: OrgId,
    span: Range<usize>,
    aux: usize,
) {
    let clause = s.clause(at);
    let (modality, _) = modality(
        &s.items[aux.min(at)..at],
        &s.items[clause.clone()],
        at.saturating_sub(clause.start),
    );
    let modality = listing_modality(
        modality,
        s.items.get(at + 1).is_some_and(|w| w.is_dash()),
        &s.items[span.clone()],
    );
    let when = if modality == Modality::Planned {
        from_now(s)
    } else {
        listed_in_past_event(s, clause.clone(), span.clone(), org)
            .or_else(|| status_time(s, clause, at, false))
    };
    for st in &states {
        s.push(
            Claim::Membership {
                event: Event::Member,
                state: Some(*st),
                org,
            },
            when,
            modality,
            span.clone(),
            false,
        );
    }
    s.group = Some(states);
}

/// "Of the organisation's seven members, only A and B take part", "Of the twelve Commonwealth
/// states, only A, B and C remain outside the treaty", "Of the four GUAM states, only Ukraine
/// stood by Tbilisi", "Of the Shanghai six, A, B, C and D are parties to ...": the states named
/// right after a partitive that opens the sentence are members of its organisation (not "Of
/// the four states that attended, ...", "Of the region's other states, ...").
fn of_the_members(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    if !items.first().is_some_and(|w| w.is("Of")) || !items.get(1).is_some_and(|w| w.is("the")) {
        return;
    }
    let Some(comma) = (2..items.len().min(9)).find(|&k| items[k].is_punct(',')) else {
        return;
    };
    let mut named = None;
    let mut pointed = None;
    let mut count = None;
    let mut noun = false;
    for (q, w) in items.iter().enumerate().take(comma).skip(2) {
        match w.entity() {
            Some(Entity::Org(o)) if named.is_none() && pointed.is_none() => named = Some(o),
            Some(_) => return,
            None if super::num(w).is_some() && count.is_none() => count = super::num(w),
            None if w.text == "'s" => {}
            None if w.is_any(super::grammar::ORG_ANAPHORS)
                && items.get(q + 1).is_some_and(|n| n.text == "'s")
                && named.is_none() =>
            {
                pointed = Some(q);
            }
            None if w.is_any(&["members", "states", "countries", "participants", "parties"])
                && q + 1 == comma =>
            {
                noun = true;
            }
            None if w.is_any(&["remaining", "current", "full"]) => {}
            None => return,
        }
    }
    // ("Of the Shanghai six": the count is the noun)
    if !(noun || count.is_some() && named.is_some() && super::num(&items[comma - 1]).is_some()) {
        return;
    }
    let org = match (named, pointed) {
        (Some(o), _) => o,
        (None, Some(q)) => {
            let Some(o) = s.anaphor_org(q) else {
                return;
            };
            // (the one of that size, when the nearest is not: "Of the organisation's seven
            // members" after the CIS and the CSTO were both named)
            match (count, s.article) {
                (Some(n), Some(day)) if s.lexicon.prior.size(o, day) != n as usize => s
                    .discourse
                    .mentions
                    .iter()
                    .map(|m| m.0)
                    .find(|&m| s.lexicon.prior.size(m, day) == n as usize)
                    .unwrap_or(o),
                _ => o,
            }
        }
        (None, None) => return,
    };
    let start = comma
        + 1
        + usize::from(
            items
                .get(comma + 1)
                .is_some_and(|w| w.is_any(&["only", "just"])),
        );
    // ("Of the five Shanghai states, four — A, B, C and D — are ...": a count, its list between
    // dashes)
    let some = items
        .get(start)
        .and_then(super::num)
        .filter(|_| items.get(start + 1).is_some_and(|w| w.is_dash()));
    let start = start + if some.is_some() { 2 } else { 0 };
    let Ok((rest, states)) = state_list(Toks(&items[start.min(items.len())..])) else {
        return;
    };
    // (the list is the subject of a verb, not the first of a series of asides)
    let mut end = index_of(items, rest);
    if let Some(n) = some {
        if states.len() as u64 != n || !items.get(end).is_some_and(|w| w.is_dash()) {
            return;
        }
        end += 1;
    }
    if count.is_some_and(|n| states.len() as u64 > n)
        || !items
            .get(end)
            .is_some_and(|w| w.kind == super::tokens::Kind::Word && w.entity().is_none())
    {
        return;
    }
    // (not when what follows takes them out of it: "only Georgia has quit", "only Turkmenistan
    // is an associate member", "only Georgia is no longer a member"; a denial of something
    // else keeps them in: "only A, B and C are not in the treaty")
    let clause = s.clause(end.min(items.len() - 1));
    let rest = &items[end..clause.end.max(end)];
    // (what is only announced or planned leaves them in: "only Uzbekistan has said that it
    // will leave")
    // (of another organisation, named after the word, it tells nothing: "only Uzbekistan quit
    // the Tashkent Treaty in 1999")
    // (a noun pointing back counts unless it points to the partitive's organisation: "only
    // Georgia has quit the organisation" is the CIS's)
    let of_another = |q: usize| {
        rest[q..].iter().enumerate().any(|(d, w)| {
            let at = end + q + d;
            matches!(w.entity(), Some(Entity::Org(o)) if o != org)
                || w.is_any(super::grammar::ORG_ANAPHORS)
                    && s.anaphor_org(at.saturating_sub(1)) != Some(org)
                || w.is_any(&["predecessor", "forerunner", "council", "force", "agreement"])
        })
    };
    let departs = rest.iter().enumerate().any(|(q, w)| {
        w.is_any(&[
            "left",
            "leave",
            "leaving",
            "quit",
            "quits",
            "withdrew",
            "withdrawn",
            "withdraws",
            "pulled",
            "suspended",
            "downgraded",
            "exited",
            "associate",
            "former",
            "longer",
        ]) && !rest[q.saturating_sub(2)..q].iter().any(|a| {
            a.is_any(&[
                "will", "would", "to", "may", "might", "could", "plans", "intends", "shall",
            ])
        }) && !of_another(q)
    });
    // (a denial of membership itself: "only Georgia is not a member", not "only Uzbekistan did
    // not sign the agreement")
    let denied_here = rest
        .iter()
        .position(|w| w.is_any(&["not", "never", "no", "neither"]))
        .is_some_and(|q| {
            rest[q + 1..(q + 5).min(rest.len())].iter().any(|w| {
                w.is_any(&[
                    "member",
                    "members",
                    "membership",
                    "in",
                    "inside",
                    "part",
                    "party",
                    "belong",
                    "belongs",
                ])
            }) && !of_another(q)
        });
    if departs || denied_here {
        return;
    }
    push_members(s, start, states, org, 0..end);
}

/// "Every Central Asian state but Turkmenistan is in the CSTO", "The CSTO now covers all of
/// Central Asia except Turkmenistan", "Commonwealth: twelve members, every former Soviet
/// republic except Estonia, Latvia and Lithuania": the states set apart from every state of a
/// group that a clause says is in the one organisation it names are not in it.
fn set_apart_from_every(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    for b in 1..items.len() {
        if !items[b].is_any(&["except", "but", "bar", "save", "excepting"]) {
            continue;
        }
        let from = b + 1 + usize::from(items.get(b + 1).is_some_and(|w| w.is("for")));
        let Ok((rest, states)) = state_list(Toks(items.get(from..).unwrap_or_default())) else {
            continue;
        };
        let end = index_of(items, rest);
        // (not a list that adds others: "except Turkmenistan, plus Russia and Belarus")
        if items[from..end].iter().any(|w| w.is_any(&["plus", "well"])) {
            continue;
        }
        let clause = s.clause(b);
        // (right after "every", "all" or "the whole of" and the group's words, with no verb or
        // punctuation between: not "Russia is in all of them but Georgia is not")
        let universal = (clause.start.max(b.saturating_sub(7))..b).rev().find(|&q| {
            items[q].is_any(&["every", "all", "whole", "each"])
                && items[q + 1..b].iter().all(|w| {
                    !matches!(w.kind, super::tokens::Kind::Punct(_))
                        && !w.is_dash()
                        && !matches!(w.entity(), Some(Entity::State(_)))
                })
        });
        let Some(u) = universal else {
            continue;
        };
        // (what the clause says after a relative clause on the list is its own: "except
        // Turkmenistan, which remains outside every grouping")
        // (nor what a clause after ", and" says: "except Uzbekistan sent troops, and Kyrgyzstan
        // is in the CSTO")
        let tail_end = (end..clause.end)
            .find(|&q| {
                items[q].is_any(&["which", "who"])
                    || items[q].is_dash()
                    || items[q].is_punct(';')
                    || items[q].is_punct(',')
                        && items
                            .get(q + 1)
                            .is_some_and(|w| w.is_any(&["and", "but", "while", "plus"]))
            })
            .unwrap_or(clause.end)
            .max(end);
        if items[u + 1..b].iter().any(|w| {
            w.is_any(&[
                "is", "are", "was", "were", "has", "have", "joined", "signed", "left", "met",
            ])
        }) {
            continue;
        }
        // The one organisation the clause's predicate names after the list ("all but Uzbekistan
        // are in the CSTO"), else before the group ("The CSTO now covers all of ..."), else the
        // sentence before the group ("Commonwealth: twelve members, every ... except ..."); and
        // words that say the group is in it, none that deny it.
        let one_org = |r: Range<usize>| {
            let mut orgs = items[r].iter().filter_map(|w| match w.entity() {
                Some(Entity::Org(o)) => Some(o),
                _ => None,
            });
            let first = orgs.next()?;
            Some(orgs.all(|o| o == first).then_some(first))
        };
        let found = match one_org(end..tail_end) {
            Some(o) => Some((o, clause.start)),
            None => match one_org(clause.start..u) {
                Some(o) => Some((o, clause.start)),
                None => one_org(0..u).map(|o| (o, 0)),
            },
        };
        let Some((Some(org), from)) = found else {
            continue;
        };
        let words = &items[from..tail_end];
        // ("is in", "remain in": not "is happy in")
        let inside = words.iter().enumerate().any(|(q, w)| {
            w.is_any(&[
                "belong",
                "belongs",
                "member",
                "members",
                "include",
                "includes",
                "covers",
                "cover",
                "numbers",
                "number",
                "comprises",
                "comprise",
                "spans",
                "embraces",
            ]) || w.is_any(&["in", "inside", "within"])
                && q > 0
                && words[q - 1].is_any(&[
                    "is", "are", "remain", "remains", "stay", "stays", "sit", "sits",
                ])
        });
        let denied = words.iter().any(|w| {
            w.is_any(&[
                "not", "never", "no", "neither", "nor", "outside", "left", "quit", "without",
                "n't", "joined", "signed", "if", "whether", "may", "might", "could", "would",
                "will",
            ])
        });
        if !inside || denied {
            continue;
        }
        let (modality, _) = modality(&[], words, b - from);
        if modality != Modality::Asserted {
            continue;
        }
        let when = status_time(s, from..tail_end, b, false);
        push_statuses(
            s,
            &[org],
            &states,
            Event::NotMember,
            when,
            modality,
            u..end,
            false,
        );
    }
}

/// "The treaty now binds nine states. They are A, B, ..., I.": a sentence that only lists, after
/// "They are" (or "These are", "They were"), exactly as many states as the count of an
/// organisation's members the sentence before told; members then.
fn they_are_listed(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some((org, n, when, count_end)) = s.discourse.last_count else {
        return;
    };
    if items.len() < 4 || !items[0].is_any(&["they", "these"]) || !items[1].is_any(&["are", "were"])
    {
        return;
    }
    // (nothing counted after the count: not "... binds six states, and Moscow has invited six
    // more. They are ..."; a sentence between, "Six others have stayed away.", clears the count)
    let after = s
        .text
        .get(count_end..s.discourse.previous_range.end)
        .unwrap_or("x");
    if after.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.bytes().any(|b| b.is_ascii_digit())
            || super::tokens::number_word(w).is_some()
            || ["others", "more", "other"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
    }) {
        return;
    }
    let Ok((rest, states)) = state_list(Toks(&items[2..])) else {
        return;
    };
    if states.len() != n as usize || !rest.0.iter().all(|w| w.is_punct('.')) {
        return;
    }
    push_asserted_members(s, org, &states, when, 0..items.len() - rest.0.len());
    s.group = Some(states);
}

/// "Y includes A, B and C", "the bloc consists of ...".
fn includes(s: &mut Sentence<'_, '_>, v: usize) {
    let items = s.items;
    // A participle ("GUAM, comprising ...", "the CST, originally made up of ...", "the CST was
    // made up of ...") describes only the organisation right before it, as it stands: not a
    // body of it ("the CSTO's collective force, comprising ..."), nor one proposed ("a
    // customs union comprising ...").
    let participle = items[v].is_any(&["comprising", "consisting", "composed", "made"])
        || items[v].is_any(GROUPING_PARTICIPLES);
    let mut once = false;
    if participle {
        let mut h = v;
        const PAST: &[&str] = &["originally", "once", "initially", "formerly", "was", "were"];
        while h > 0
            && (items[h - 1].is_any(PAST)
                || items[h - 1].is_any(&["now", "then", "still", "is", "are"])
                || items[h - 1].is_punct(','))
        {
            once |= items[h - 1].is_any(PAST);
            h -= 1;
        }
        let Some(head) = h.checked_sub(1) else {
            return;
        };
        let named = matches!(items[head].entity(), Some(Entity::Org(_)));
        if !named && !items[head].is_any(super::grammar::ORG_ANAPHORS) {
            return;
        }
        let det = (head.saturating_sub(4)..head)
            .rev()
            .find(|&q| items[q].is_any(&["a", "an", "the", "its", "their"]));
        if det.is_some_and(|d| {
            items[d].is_any(&["a", "an"])
                || items[d + 1..head].iter().any(|w| {
                    w.is_any(&[
                        "future", "proposed", "planned", "new", "possible", "putative",
                    ])
                })
        }) {
            return;
        }
    }
    let mut l = v + 1;
    while l < items.len()
        && items[l].is_any(&[
            "of",
            "together",
            "up",
            "such",
            "as",
            "the",
            "states",
            "countries",
            "of",
            // ("groups only Russia, Belarus and Kazakhstan")
            "only",
        ])
    {
        l += 1;
    }
    // "now consists of its four founders, A, B, C and D": the members, a noun for them set
    // off before them by a comma (its own claim, the founding, is read at the noun)
    if items.get(l).is_some_and(|w| w.is_any(&["its", "their"])) {
        let mut q = l + 1;
        q += usize::from(items.get(q).and_then(super::num).is_some());
        q += usize::from(
            items
                .get(q)
                .is_some_and(|w| w.is_any(&["original", "founding"])),
        );
        if items
            .get(q)
            .is_some_and(|w| w.is_any(&["founders", "members", "signatories"]))
            && items.get(q + 1).is_some_and(|w| w.is_punct(','))
        {
            l = q + 2;
        }
    }
    // "brings together the six original signatories — A, B, ...": a counted noun spelt out
    // after a dash, colon or bracket ("it now binds nine (A, B, ...)").
    if items.get(l).and_then(super::num).is_some()
        && let Some(d) = (l + 1..(l + 5).min(items.len()))
            .find(|&q| items[q].is_dash() || items[q].is_punct(':') || items[q].is_punct('('))
        && items[l + 1..d]
            .iter()
            .all(|w| w.kind == super::tokens::Kind::Word && w.entity().is_none())
    {
        l = d + 1;
    }
    let Ok((rest, mut states)) = state_list(Toks(&items[l.min(items.len())..])) else {
        return;
    };
    let mut end = index_of(items, rest);
    // ("GUUAM, grouping A, B and C, adopted ...": the list closes the apposition; not "NATO,
    // bringing Georgia and Ukraine closer", "embracing Turkmenistan as an associate"; and
    // "bringing" only with "together")
    // ("grouping A, B and C under a Western-leaning banner," with a short phrase of its own)
    let closes = items.get(end).is_none_or(|w| {
        w.is_punct(',') || w.is_dash() || w.is_punct(')') || w.is_punct('.') || w.is_punct(';')
    });
    let tail = items
        .get(end)
        .is_some_and(|w| w.is_any(&["under", "against", "around", "behind"]))
        && (end + 1..(end + 8).min(items.len())).any(|q| items[q].is_punct(','));
    if items[v].is_any(GROUPING_PARTICIPLES)
        && (!closes && !tail
            || items[v].is("bringing") && !items.get(v + 1).is_some_and(|w| w.is("together")))
    {
        return;
    }
    // "consists of China on one side and Russia, Kazakhstan ... on the other"
    if let Ok((after, ())) = phrase("on one side and")(Toks(&items[end..]))
        && let Ok((rest, more)) = state_list(after)
    {
        states.extend(more);
        end = index_of(items, rest);
    }
    // (not states grouped in a part of it: "groups only Russia, Armenia and Belarus in its air
    // defence system"; nor their ministries: "groups A, B and C's foreign ministries")
    let possessive = |w: &Item<'_>| w.text == "'s" || w.text.ends_with("'s");
    if items.get(end).is_some_and(possessive)
        || items.get(end).is_some_and(|w| w.is("and"))
            && (items.get(end + 1).is_some_and(possessive)
                || items.get(end + 2).is_some_and(possessive))
        || items.get(end).is_some_and(|w| w.is("in"))
            && items
                .get(end + 1)
                .is_some_and(|w| w.is_any(&["its", "their", "a", "an"]))
    {
        return;
    }
    // ("welcomed by its neighbours, including Ukraine and Moldova": those of a noun for
    // states outside it are not its members)
    if items[v].is("including")
        && v >= 2
        && items[v - 1].is_punct(',')
        && items[v - 2].is_any(&[
            "neighbours",
            "neighbors",
            "critics",
            "rivals",
            "opponents",
            "outsiders",
            "applicants",
            "candidates",
            "aspirants",
            "non-members",
            "hopefuls",
            "observers",
        ])
    {
        return;
    }
    // The organisation: named just before the verb (after skipping a few words), or "its members".
    let mut k = v;
    let mut org = None;
    // "That grouping, which Uzbekistan quit a year ago and which now consists of ...": a
    // relative clause reaches back to its antecedent.
    // ("The Shanghai Five, which was set up in 1996 to settle borders with Beijing and already
    // groups ...": a second verb of the relative clause)
    let second_verb = (v.saturating_sub(20)..v)
        .rev()
        .take_while(|&q| !items[q].is_punct(',') && !items[q].is_dash())
        .find(|&q| items[q].is("which"))
        .filter(|&q| items[q..v].iter().any(|w| w.is("and")));
    let relative = (v.saturating_sub(3)..v).any(|q| items[q].is("which")) || second_verb.is_some();
    let reach = if relative { 24 } else { 6 };
    let mut skipped = 0;
    let mut relative_aside = None;
    while k > 0 && v - k - skipped < reach {
        k -= 1;
        // "The Shanghai Five, which first met in 1996, grouped ...": a relative clause set off
        // by commas is stepped over, as is a participle's ("The treaty, signed in Tashkent on
        // May 15, 1992, currently binds nine states").
        if items[k].is_punct(',')
            && let Some(o) = (k.saturating_sub(30)..k).rev().find(|&o| {
                items[o].is_punct(',')
                    && items.get(o + 1).is_some_and(|w| {
                        // (", as GUAM renamed itself in May,")
                        w.is_any(&["which", "whose", "who", "as"]) || w.is_any(ASIDE_PARTICIPLES)
                    })
            })
        {
            skipped += k - o;
            relative_aside = Some((o, k));
            k = o;
            continue;
        }
        // "The grouping—already dubbed the Shanghai Five by diplomats—consists of ...": the
        // aside between dashes is stepped over.
        if items[k].is_dash()
            && let Some(o) = (k.saturating_sub(30)..k)
                .rev()
                .find(|&o| items[o].is_dash())
        {
            // ... unless it names the grouping ("—already dubbed the Shanghai Five—").
            let named = (o + 1..k).find_map(|q| match items[q].entity() {
                Some(Entity::Org(id))
                    if items[q.saturating_sub(3)..q]
                        .iter()
                        .any(|w| w.is_any(NAMING_VERBS)) =>
                {
                    Some(id)
                }
                _ => None,
            });
            if named.is_some() {
                org = named;
                break;
            }
            skipped += k - o;
            k = o;
            continue;
        }
        if let Some(Entity::Org(o)) = items[k].entity() {
            // (not a body or an event the name qualifies: "The SCO outreach session includes
            // only Iran, India ...", "the CSTO rapid reaction force includes ...")
            let qualified = (k + 1..v).any(|q| {
                items[q].kind == super::tokens::Kind::Word
                    && items[q].text.starts_with(char::is_lowercase)
                    && !items[q].is_any(super::grammar::ORG_ANAPHORS)
                    && !items[q].is_any(BETWEEN_NAME_AND_VERB)
            }) && !(k + 1..v).any(|q| items[q].is_punct(',') || items[q].is_dash());
            if k + 1 < v && (is_modifier(items, k + 1) || qualified) {
                return;
            }
            org = Some(o);
            break;
        }
        if items[k].is_any(super::grammar::ORG_ANAPHORS)
            || items[k].is_any(&["membership", "its", "whose"])
        {
            // ("The bloc, whose charter ..., groups": the bloc the article is about.)
            // ("The treaty now binds nine states": the treaty, not the CIS named last; else,
            // as for "The bloc now consists of ...", the organisation named last: "The EurAsEC
            // treaty was signed on 10 October. The treaty now binds five states")
            org = if relative_aside.is_some() && items[k].is_any(super::grammar::ORG_ANAPHORS) {
                s.anaphor_org(k - 1)
            } else if items[k].is_any(&["treaty", "pact"])
                && k >= 1
                && items[k - 1].is_any(&["the", "this", "that"])
            {
                s.anaphor_org(k - 1).or_else(|| s.org_before(k))
            } else if items[k].is_any(super::NAMED_NOUNS) && k >= 1 {
                // ("The union groups Russia, Belarus and Kazakhstan": one called a union, not
                // the CSTO named last; the one they make up, if the timeline knows it and it is
                // called so)
                let called = |o: &OrgId| super::called_so(s.lexicon, *o, &items[k]);
                // (one the article is about, before one it names in passing: "the customs
                // union ... an agreement with the European Union. The union groups ...")
                let topical = |o: OrgId| called(&o) && s.lexicon.org(o).can_be_topic;
                org_of_listed_members(s, &states)
                    .filter(called)
                    .or_else(|| {
                        // (unless it was named just before: "The European Union admitted ten
                        // members on Saturday. The union now includes Latvia ...")
                        s.anaphor_org(k - 1).map(|o| {
                            let just_named = s.discourse.previous.contains(&o)
                                || items[..k]
                                    .iter()
                                    .any(|w| w.entity() == Some(Entity::Org(o)));
                            if s.lexicon.org(o).can_be_topic || just_named {
                                o
                            } else {
                                s.discourse.recent(&topical).unwrap_or(o)
                            }
                        })
                    })
                    .filter(|&o| !any_out(s, o, &states))
            } else {
                s.org_before(k)
            };
            break;
        }
        if is_state_item(&items[k]) && !relative {
            return;
        }
        // "It groups Armenia, Belarus ...", "it now binds nine": the organisation "it" stands
        // for.
        if items[k].is("it")
            && items[k + 1..v]
                .iter()
                .all(|w| w.is_any(&["now", "still", "already", "also"]))
        {
            // (opening the sentence, the organisation the one before was about: "The
            // Collective Security Treaty of the CIS entered into force. It now binds nine
            // states"; and what binds is a treaty)
            let binds = items[v].is_any(&["binds", "bound"]);
            org = (k == 0)
                .then_some(s.discourse.subject_org)
                .flatten()
                .filter(|&o| !binds || s.lexicon.org(o).is_treaty)
                .or(if binds { s.discourse.treaty } else { None })
                .or_else(|| s.org_before(k));
            break;
        }
    }
    let Some(org) = org else { return };
    let clause = s.clause(v);
    let past = items[v].text.ends_with("ed") || items[v].is("brought") || once;
    // A relative clause stepped over lends the verb neither modality nor date ("GUAM, which
    // Uzbekistan may rejoin, groups ...", "which first met in 1996, grouped").
    // (nor the main clause to the relative clause's second verb: "..., which ... and already
    // groups A, B and C, is about to become ...")
    // (the words after it are the verb's still: "The CSTO, founded in 2002, does not include
    // Uzbekistan", "..., reportedly binds nine states")
    let (from, clause) = match (relative_aside, second_verb) {
        (Some((_, close)), _) => (close + 1, close + 1..clause.end),
        (None, Some(which)) => (v, which..end.clamp(v + 1, clause.end.max(v + 1))),
        (None, None) => (k, clause),
    };
    let (modality, _) = modality(
        &items[from..v],
        &items[clause.clone()],
        v.saturating_sub(clause.start),
    );
    // "which has brought together A, B and C since 1997": the period follows the list.
    let anchor = if items.get(end).is_some_and(|w| w.is_any(&["since", "from"])) {
        end
    } else {
        v
    };
    // ("is no longer made up of Georgia and Azerbaijan" denies membership: not told this way)
    if modality == Modality::Negated {
        return;
    }
    let when = status_time(s, clause, anchor, past);
    push_statuses(
        s,
        &[org],
        &states,
        Event::Member,
        when,
        modality,
        k..end,
        past,
    );
    s.group = Some(states);
}

/// Past participles that open an aside on an organisation between its name and its verb
/// ("The treaty, signed in Tashkent in 1992, binds ...").
const ASIDE_PARTICIPLES: &[&str] = &[
    "signed",
    "founded",
    "set",
    "created",
    "established",
    "formed",
    "launched",
    "concluded",
    "ratified",
    "renamed",
    "based",
    "headquartered",
    "enlarged",
    "expanded",
];

/// The time of a claim told by a noun: a status's time, or for "one of the six signatories"
/// the date in the clause, else some time up to the article.
fn time_for(
    s: &Sentence<'_, '_>,
    event: Event,
    clause: Range<usize>,
    at: usize,
    past: bool,
) -> Option<Interval> {
    if event.is_status() {
        return status_time(s, clause, at, past);
    }
    let ctx = s.date_context(at, false);
    let items = s.items;
    // "one of the six signatories in 1992": a date right after the noun phrase (begun within
    // a few words, read to its end: "founders of the CIS in December 1991", "signatories of
    // the Collective Security Treaty in Tashkent in May 1992"; not past a comma or a verb).
    // (nor into a relative clause: "among the founders of the SCO that met in Yekaterinburg
    // in June 2009")
    let stop = (at + 1..clause.end.min(at + 12))
        .find(|&k| {
            items[k].is_punct(',')
                || items[k].is_dash()
                || items[k].is_any(&["that", "which", "who", "whose", "where", "when"])
                || verb_at(items, k).is_some()
        })
        .unwrap_or(clause.end.min(at + 12));
    // "In 1997 it was among the founders of GUAM": a date opening the clause, when the noun
    // phrase follows the clause's copula (not an aside: "On Tuesday, Moldova, one of the
    // founders of GUAM, hosted the summit").
    let opening = || {
        find_date(items, clause.start, at, ctx).filter(|(_, r)| {
            let after = r.end + usize::from(items.get(r.end).is_some_and(|w| w.is_punct(',')));
            r.start <= clause.start + 1
                && !subordinate_before(items, clause.start.saturating_sub(1), at)
                && after <= at
                && !items[after..at]
                    .iter()
                    .any(|w| w.is_punct(',') || w.is_dash())
                && items[after..at]
                    .iter()
                    .any(|w| w.is_any(COPULAS) || w.is_any(&["became", "become"]))
                // (a status then, not the founding: "In 2005 Moldova was still one of the
                // most active founders of GUAM")
                && !items[clause.clone()]
                    .iter()
                    .any(|w| w.is_any(&["still", "most", "remained", "remains"]))
        })
    };
    // "one of its three founders, along with Russia and Belarus, in December 1991": a date
    // right after an aside of companions is the noun phrase's.
    let past_companions = || {
        let open = stop;
        if !items.get(open).is_some_and(|w| w.is_punct(',')) {
            return None;
        }
        let companions = items.get(open + 1..(open + 3).min(clause.end))?;
        if !(companions.first()?.is_any(&["alongside", "like"])
            || companions.len() == 2
                && companions[0].is_any(&["along", "together"])
                && companions[1].is("with"))
        {
            return None;
        }
        let close = (open + 2..clause.end.min(open + 14)).find(|&k| items[k].is_punct(','))?;
        let after = (close + 1..clause.end.min(close + 6))
            .find(|&k| items[k].is_punct(',') || verb_at(items, k).is_some())
            .unwrap_or(clause.end.min(close + 6));
        find_date(items, close + 1, after, ctx).filter(|(_, r)| {
            r.start <= close + 2
                // ("..., along with Russia and Ukraine, in December 1999 signed a union
                // treaty": the date of the verb it opens)
                && !items
                    .get(r.end)
                    .is_some_and(|w| verb_like(w) || w.text.ends_with("ed") || is_aux(w))
        })
    };
    find_date(items, at + 1, stop, ctx)
        .filter(|(_, r)| r.start < at + 12)
        .or_else(past_companions)
        .or_else(opening)
        .map(|(w, _)| w)
        .or_else(|| s.undated(Modality::Asserted))
}

/// The time a status holds: the article date; "since 1999" from 1999; a past frame at its
/// date, or some time before the article.
fn status_time(
    s: &Sentence<'_, '_>,
    clause: Range<usize>,
    at: usize,
    past: bool,
) -> Option<Interval> {
    let items = s.items;
    let ctx = s.date_context(at, false);
    // "a member since 1999", "since 1999 a member": near the status word, not in another clause.
    // (not past "and": "a CSTO member and the host since December 2001 of the base")
    // ("Since April, when ..., the CSTO, of which Kyrgyzstan is a founding member, did
    // nothing": not the opening of a clause the status's relative clause is inside)
    let opening_end = if items[clause.start..at]
        .iter()
        .any(|w| w.is_any(&["which", "whom", "whose"]))
    {
        clause.start
    } else {
        (clause.start + 2).min(at)
    };
    // (past an aside that shares the status: "a member of the SCO, alongside Russia and
    // China, since 2001")
    let mut near_end = at;
    while near_end < clause.end && !items[near_end].is_dash() && !items[near_end].is("and") {
        if items[near_end].is_punct(',') {
            let sharing = items
                .get(near_end + 1)
                .is_some_and(|w| w.is_any(&["alongside", "along", "together", "like"]));
            // (and only to a period right after it: not "alongside Mongolia, an observer
            // since 2004", Mongolia's own)
            match (near_end + 1..clause.end).find(|&q| items[q].is_punct(',')) {
                Some(close)
                    if sharing
                        && items
                            .get(close + 1)
                            .is_some_and(|w| w.is_any(&["since", "from"])) =>
                {
                    near_end = close + 1;
                }
                _ => break,
            }
        } else {
            near_end += 1;
        }
    }
    // (and the opening of the conjunct the status is in: "..., and since August 2005 it has
    // been only an associate member")
    let conjunct = (clause.start + 1..at)
        .rev()
        .find(|&k| items[k - 1].is_punct(',') && items[k].is_any(&["and", "but"]))
        .map_or(at..at, |k| k + 1..(k + 3).min(at));
    // (and that of a relative clause the status is in: "which since last Friday has been merely
    // an associate member")
    // (not when the status is past the relative clause: "which since last Friday has been
    // complaining ..., remains merely an associate member")
    let relative = (clause.start..at)
        .rev()
        .find(|&k| items[k].is_any(&["which", "who"]))
        .filter(|&k| !items[k..at].iter().any(|w| w.is_punct(',') || w.is_dash()))
        .map_or(at..at, |k| k + 1..(k + 2).min(at));
    let near = (at..near_end)
        .chain(clause.start..opening_end)
        .chain(conjunct)
        .chain(relative);
    // "was a member from 1993 to 1999", "from 1993 until 1999", "between 1993 and 1999": a
    // past status with both ends.
    if past
        && let Some(f) = (clause.start..clause.end).find(|&k| items[k].is_any(&["from", "between"]))
        && let Some((first, r)) = find_date(items, f + 1, clause.end, s.date_context(at, false))
        && r.start == f + 1
    {
        let joint = if items[f].is("from") {
            &["to", "until", "till"][..]
        } else {
            &["and"][..]
        };
        let last = if items.get(r.end).is_some_and(|w| w.is_any(joint)) {
            find_date(items, r.end + 1, clause.end, s.date_context(at, false))
                .filter(|(_, e)| e.start == r.end + 1)
                .map(|(w, _)| w)
        } else {
            // ("from 1993 to 1999" read as one span)
            (first.precision == crate::date::Precision::Range).then_some(first)
        };
        if let Some(last) = last
            && first.from.is_some()
            && last.from.is_some_and(|f| s.article.is_none_or(|a| f <= a))
        {
            return Some(Interval::span(first, last));
        }
    }
    let near_until = (at..clause.end)
        .take_while(|&k| !items[k].is_punct(',') && !items[k].is("and"))
        .find(|&k| items[k].is_any(&["until", "till"]));
    if past
        && let Some((w, _)) =
            near_until.and_then(|u| find_date(items, u + 1, clause.end, s.date_context(at, false)))
    {
        // "was a member until 1999"
        return Some(Interval {
            from: None,
            to: w.to,
            precision: crate::date::Precision::Open,
        });
    }
    let near: Vec<usize> = near.collect();
    // "a CSTO member since the organisation's foundation", "in the CIS since its creation":
    // from the year the organisation named before was founded.
    if let Some(&since) = near.iter().find(|&&k| items[k].is("since"))
        && (since + 1..(since + 5).min(clause.end)).any(|k| {
            items[k].is_any(&[
                "foundation",
                "founding",
                "creation",
                "inception",
                "birth",
                "establishment",
            ]) && items[since + 1..k].iter().all(|w| {
                w.is_any(&["the", "its", "'s"])
                    // (not the treaty's: "in the CSTO since the treaty's founding")
                    || w.is_any(super::grammar::ORG_ANAPHORS) && !w.is_any(&["treaty", "pact"])
            })
        })
        && let Some(org) = s.named_in(clause.start..since, &|_| true)
        && let Some(founded) = s.lexicon.org(org).founded
        && let Some(today) = s.article
        && founded <= today
        // (a date told with it is the text's own: "since its foundation in December 1991")
        && find_date(items, since + 1, clause.end, ctx).is_none()
    {
        return Some(Interval {
            from: Interval::year(founded.year()).from,
            to: Some(today),
            precision: crate::date::Precision::Range,
        });
    }
    // "has been out of the Commonwealth for three years", "Turkey, a NATO member for six
    // decades": from that many years before the article (a present perfect or an apposition;
    // "was a member for ten years" tells no start)
    if let Some(&f) = near.iter().find(|&&k| items[k].is("for"))
        && let Some(n) = items.get(f + 1).and_then(super::num).filter(|&n| n <= 60)
        && let Some(unit) = items.get(f + 2).and_then(|w| {
            if w.is_any(&["years", "year"]) {
                Some(1)
            } else if w.is_any(&["decades", "decade"]) {
                Some(10)
            } else {
                None
            }
        })
        && let n = n * unit
        && n <= 80
        && (items[clause.start..at]
            .iter()
            .any(|w| w.is_any(&["has", "have"]))
            // (an apposition only with nothing after the duration, and no date in its clause:
            // "In 2005 Uzbekistan, a GUAM member for six years, walked out" and "a GUAM member
            // for seven years until 2005" are counted from another time)
            || (at.saturating_sub(4)..at).any(|c| {
                items[c].is_punct(',') && items.get(c + 1).is_some_and(|w| w.is_any(&["a", "an"]))
            }) && !items[clause.start..at]
                .iter()
                .any(|w| w.is_any(&["was", "were", "had"]))
                && items
                    .get(f + 3)
                    .is_none_or(|w| w.is_punct(',') || w.is_punct('.') || w.is_dash())
                && find_date(items, clause.start, clause.end, s.date_context(at, false))
                    .is_none_or(|(_, r)| r.start == f + 1))
        && let Some(today) = s.article
    {
        return Some(Interval {
            from: Interval::year(today.year() - n as i32).from,
            to: Some(today),
            precision: crate::date::Precision::Range,
        });
    }
    if let Some(since) = near
        .into_iter()
        .find(|&k| items[k].is_any(&["since", "from"]))
        // ("for the first time since 1999" tells how long it has not been so)
        && !(since >= 1 && items[since - 1].is_any(&["time", "first"]))
        // "Since joining GUAM in April 1999, ..." opening the clause dates the joining, not
        // the status ("a participant in the programme since joining it in 1994" after the
        // status word is its start).
        && !(since < at
            && items.get(since + 1).is_some_and(|w| {
                w.text.ends_with("ing") && !w.is_any(&["founding", "beginning"])
            }))
        && let Some((w, _)) = find_date(items, since + 1, clause.end, ctx)
        && let Some(today) = s.article
        // "a member from next year" is not a period that has begun.
        && w.from.is_some_and(|f| f <= today)
    {
        return Some(Interval {
            from: w.from,
            to: Some(today),
            precision: crate::date::Precision::Range,
        });
    }
    if past {
        // "Having quit the treaty in 1999, it was never part of the CSTO": an opening
        // participle's date is its own.
        let from = if items[clause.start..at].first().is_some_and(|w| {
            w.text.len() > 5 && w.text.ends_with("ing") && !w.is_any(NOT_PARTICIPLES)
        }) {
            (clause.start..at)
                .rev()
                .find(|&k| items[k].is_punct(','))
                .map_or(clause.start, |c| c + 1)
        } else {
            clause.start
        };
        // ("Georgia, once a CST member, has been out of the treaty since 1999": a status in
        // an aside takes no date from the clause it is set in)
        let upto = if items[clause.start..at]
            .iter()
            .any(|w| w.is_punct(',') || w.is_dash())
        {
            (at..clause.end)
                .find(|&k| items[k].is_punct(',') || items[k].is_dash())
                .unwrap_or(clause.end)
        } else {
            clause.end
        };
        // (nor from a relative clause on the subject: "Uzbekistan, which left the treaty in
        // 1999, was not in it when ...")
        let mut start = from;
        while let Some((w, r)) = find_date(items, start, upto, ctx) {
            if !in_relative_clause(items, from, r.start) {
                return Some(w);
            }
            start = r.end;
        }
        return s.article.map(Interval::until);
    }
    s.now()
}

/// What this sentence leaves for the next: its last group of states and organisation.
pub fn update_discourse(s: &Sentence<'_, '_>) -> Discourse {
    let mut d = s.discourse.clone();
    // ("Azerbaijan joined the Partnership on 4 May. They are hardly the first. Ukraine joined in
    // February": a short sentence that points back with its first word, names no organisation
    // and tells nothing passes on what the one before named and told)
    let passing_on = s.facts.is_empty()
        && s.items.len() <= 10
        && s.items
            .first()
            .is_some_and(|w| w.is_any(&["they", "it", "this", "these", "both", "neither"]))
        && s.resolved.borrow().is_empty()
        && !s
            .items
            .iter()
            .any(|it| matches!(it.entity(), Some(Entity::Org(_))));
    d.day_fresh = false;
    // The year this sentence's last dated event happened in ("joined GUUAM in April 1999, when
    // Karimov still hoped for aid after the 1998 crisis" is 1999), else the last year it names
    // as a date ("in 1997", "May 1992"; not "some 2000 troops", "a 2004 deal"); a sentence with
    // neither leaves none ("Last August it fought a war.").
    let event_year = s.facts.iter().find_map(|f| match (&f.claim, f.when) {
        (Claim::Membership { event, .. }, Some(w)) if !event.is_status() && !f.shifted => {
            let (from, to) = (w.from?, w.to?);
            (from.year() == to.year()).then(|| from.year())
        }
        _ => None,
    });
    let named_year = || {
        (1..s.items.len()).rev().find_map(|k| {
            let y = super::dates::year_of(&s.items[k])?;
            (s.items[k - 1].is_any(super::dates::DATE_PREPOSITIONS)
                || super::dates::month_of(&s.items[k - 1]).is_some()
                || s.items[k - 1].is_punct(','))
            .then_some(y)
        })
    };
    // (the later of the two: a narrative runs forward, "rejoined in 2006, having quit in 1999"
    // and "quit in 1999, and by 2001 it was courting Washington" go on from 2006 and 2001)
    d.year = match (event_year, named_year()) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    // The last day or month the story is at: named with its year in the sentence's own
    // clause ("on 8 December 1991", "in May 1992"), kept until another; a later year named
    // there alone ("Thirteen years on, in 2005, ...") restarts it on 1 January. Not a date of
    // a background clause: a relative clause, an aside ("Uzbekistan, a signatory in May 1992,
    // refused"), a pluperfect ("The group had been founded in October 1997").
    // (only a sentence that names a month, or a year later than the story's day, can move it)
    let moves = s.items.iter().any(|w| {
        super::dates::month_of(w).is_some()
            || super::dates::year_of(w).is_some_and(|y| d.day.is_some_and(|day| y > day.year()))
    });
    if moves {
        let items = s.items;
        let ctx = s.date_context(0, false);
        let background = |r: &Range<usize>| {
            let seg = (0..r.start)
                .rev()
                .find(|&q| items[q].is_punct(',') || items[q].is_dash())
                .map_or(0, |q| q + 1);
            items[seg..r.start]
                .iter()
                .any(|w| w.is_any(&["had", "which", "who", "whom", "that", "whose", "would"]))
                // (not after a one-word opening: "Still, the agreement concluded in Tashkent
                // on 15 May deserves ...")
                || seg > 2
                    && items
                        .get(seg)
                        .is_some_and(|w| w.is_any(&["a", "an", "the"]))
        };
        let mut k = 0;
        while let Some((w, r)) = super::dates::find_date(items, k, items.len(), ctx) {
            // (a day or a month named without its year too: "joined GUAM on 24 April. The
            // same day, ...", "At its July summit ... at the same meeting")
            if let (Some(from), Some(to)) = (w.from, w.to)
                && let within_a_month = (from.year(), from.ymd().1) == (to.year(), to.ymd().1)
                && (items[r.clone()]
                    .iter()
                    .any(|it| super::dates::year_of(it).is_some())
                    || within_a_month
                        && items[r.clone()]
                            .iter()
                            .any(|it| super::dates::month_of(it).is_some()))
                // (a relative clause that tells the sentence's event is its story: "The basis
                // is the customs union that Russia and Belarus signed in January. Kazakhstan
                // joined later the same month.")
                && (!background(&r) || {
                    let events = || {
                        s.facts.iter().filter(|f| {
                            matches!(f.claim, Claim::Membership { event, .. } if !event.is_status())
                        })
                    };
                    // (the sentence's only event, not one a pluperfect sets back: "Georgia,
                    // which had joined it in December 1993, refused to sign")
                    events().next().is_some()
                        && events().all(|f| f.when == Some(w))
                        && !items[..r.start].iter().any(|w| w.is("had"))
                })
                && (within_a_month || d.day.is_some_and(|day| from.year() > day.year()))
            {
                d.day = Some(from);
                d.day_fresh = true;
                d.day_exact = w.from == w.to;
            }
            k = r.end.max(k + 1);
        }
    }
    // A sentence that goes on from the day before ("Four days later Uzbekistan joined GUAM")
    // moves the story to the day its event took.
    if d.day.is_some() && super::dates::continues_narrative(s.items).is_some() {
        let day = s
            .facts
            .iter()
            .rev()
            .find_map(|f| f.when.filter(|w| w.from == w.to)?.from);
        if let Some(day) = day {
            d.day = Some(day);
            d.day_fresh = true;
            d.day_exact = true;
        }
    }
    // (the main clause's over a relative clause's: "Azerbaijan acceded on 24 September, the
    // same day on which it entered the Commonwealth. Georgia followed on 9 December.")
    let subordinate = |f: &crate::fact::Fact| {
        let Some(at) = s.items.iter().position(|w| w.start >= f.span.start) else {
            return false;
        };
        let before = (0..at)
            .rev()
            .take_while(|&k| !s.items[k].is_punct(',') && !s.items[k].is_dash())
            .any(|k| s.items[k].is_any(&["which", "who", "whom", "whose", "when"]));
        // ("Azerbaijan, which joined the CIS in 1993, ...": the span runs from the antecedent;
        // not "Turkmenistan, which is neutral, is not a member", told after the clause closes)
        let end = s.items[at..]
            .iter()
            .position(|w| w.start >= f.span.end)
            .map_or(s.items.len(), |p| at + p);
        let inside = &s.items[(at + 1).min(end)..end];
        let within = inside.windows(2).enumerate().any(|(q, w)| {
            w[0].is_punct(',')
                && w[1].is_any(&["which", "who"])
                && !inside[q + 2..].iter().any(|x| x.is_punct(','))
        });
        before || within
    };
    let told = |f: &crate::fact::Fact| match f.claim {
        Claim::Membership {
            event,
            org,
            state: Some(state),
        } if !event.is_status() => Some(super::Told {
            event,
            org,
            modality: f.modality,
            when: f.when,
            state,
        }),
        _ => None,
    };
    // (none when only a relative clause told one: "Azerbaijan, which joined the CIS in 1993,
    // hosted a summit. Georgia followed on 1 July.")
    if !passing_on {
        d.last_event = s
            .facts
            .iter()
            .rev()
            .filter(|f| !subordinate(f))
            .find_map(told);
    }
    if let Some(status) = s.facts.iter().rev().find_map(|f| match f.claim {
        Claim::Membership {
            event: event @ (Event::Observer | Event::Associate),
            org,
            state: Some(state),
        } if f.modality == Modality::Asserted => Some(super::Told {
            event,
            org,
            modality: f.modality,
            when: f.when,
            state,
        }),
        _ => None,
    }) {
        d.last_status = Some(status);
    }
    d.last_count = s.facts.iter().rev().find_map(|f| match f.claim {
        Claim::Count {
            org,
            value,
            counts: crate::fact::Counted::Members,
        } if f.modality == Modality::Asserted => Some((org, value, f.when, f.span.end as usize)),
        _ => None,
    });
    // (not a relative clause's: "Turkmenistan, which has stayed outside the treaty, was not
    // mentioned. Nor was Ukraine.")
    d.denied = match s
        .facts
        .iter()
        .rposition(|f| matches!(f.claim, Claim::Membership { .. }))
    {
        Some(last) if !subordinate(&s.facts[last]) => denials_of_last_claim(s, s.facts.len()),
        _ => Vec::new(),
    };
    // The last claim the sentence's own predicate made, not one made in passing ("Ukraine, one
    // of its three founders, has questioned it. So has Georgia.", "Armenia, a CSTO member, hosts
    // a Russian base. So does Tajikistan.", "Armenia remains in the CST, the pact it signed in
    // 1992. So does Azerbaijan.")
    // (a status told with a verb in the past, "stayed out", also when it is a denial, which
    // "So did Estonia" repeats)
    (d.affirmed, d.affirmed_past) = match s.facts.iter().rposition(|f| {
        matches!(f.claim, Claim::Membership { .. }) && !subordinate(f) && !in_passing(s, f)
    }) {
        Some(last) => {
            let past = past_status(s, &s.facts[last]);
            // (or told in the present by a verb with no denial in the sentence up to it:
            // "Uzbekistan remains outside. So does Georgia.")
            let upto = s.item_from(s.facts[last].span.end).min(s.items.len());
            let undenied = !s.items[..upto]
                .iter()
                .any(|w| w.is_any(&["not", "n't", "never", "no", "nor", "neither", "none"]));
            let by_verb = past == Some("did") || undenied;
            let told = last_claim(s, last + 1, |f, event| {
                f.modality == Modality::Asserted && (event != Event::NotMember || by_verb)
            });
            (told, past)
        }
        None => (Vec::new(), None),
    };
    let main = main_subject(s);
    if let Some(main) = main.as_ref().filter(|m| m.len() == 1) {
        d.single = Some(main[0]);
    } else if main.is_none()
        && let Some(st) = fronted_subject(s.items)
    {
        // ("In the space of a single year Uzbekistan has reversed its choices. In January it
        // joined ...")
        d.single = Some(st);
    }
    let mut states_named = s.items.iter().filter_map(|w| match w.entity() {
        Some(Entity::State(st) | Entity::Capital(st) | Entity::Adjective(st)) => Some(st),
        _ => None,
    });
    d.named = states_named
        .next()
        .filter(|&first| states_named.all(|st| st == first));
    // "It was not the first time Tashkent had stepped back. Three years ago it left the
    // treaty", "It is worth recalling how Tashkent got here": after an opening "It" with a
    // copula, which points at nothing, "it" is the one state the sentence named.
    if s.items.first().is_some_and(|w| w.is("it"))
        && s.items
            .get(1)
            .is_some_and(|w| w.is_any(&["was", "is", "had", "has"]))
        && s.items.get(2).is_some_and(|w| {
            w.is_any(&[
                "not",
                "no",
                "the",
                "a",
                "an",
                "been",
                "hardly",
                "never",
                "only",
                // ("It is worth recalling how Tashkent got here. It let ...")
                "worth",
                "instructive",
                "telling",
                "striking",
                "useful",
            ])
        })
        && let Some(st) = d.named
    {
        d.single = Some(st);
    }
    // "Start with what Turkmenistan is not. It is not a member of ...", "Consider Georgia. It
    // ...", "And Ukraine. It ...": a sentence with no subject of its own that bids the reader
    // look at one state it names by its name, and names no organisation, leaves that state for
    // "it" (not "The oil pipeline crosses Georgia. It is ...", nor a contrast: "Unlike
    // Turkmenistan. It joined ...").
    // (and a question about one state: "So where does that leave Uzbekistan? Nowhere
    // obvious. It left ...")
    let looks_at = s.items.first().is_some_and(|w| {
        w.is_any(&[
            "consider", "take", "start", "begin", "look", "turn", "witness", "then", "now", "next",
            "what", "and",
        ])
    }) || s.items.last().is_some_and(|w| w.is_punct('?'));
    if main.is_none()
        && looks_at
        && let Some(st) = d.named
        && !s.items.iter().any(|w| {
            matches!(
                w.entity(),
                Some(Entity::Org(_) | Entity::Capital(_) | Entity::Adjective(_))
            )
        })
    {
        d.single = Some(st);
    }
    let last_plural = plural_before(s, s.items.len());
    d.other_parties = names_other_parties(s.items);
    d.document_before = tells_of_document(s.items);
    d.person_state = super::office::state_of_person_before(s, s.items.len());
    d.interview |= opens_interview_turn(s.items);
    // (the last treaty this sentence named, if any: one the lexicon knows, or not)
    if let Some(unknown) = (0..s.items.len()).rev().find_map(|k| {
        if super::unknown_treaty_at(s.items, k) {
            Some(true)
        } else {
            matches!(s.items[k].entity(), Some(Entity::Org(o)) if s.lexicon.org(o).is_treaty)
                .then_some(false)
        }
    }) {
        d.unknown_treaty = unknown;
    }
    // (a story that has told a treaty's signing is one of a signing from here on, as one whose
    // title tells it: "Six states signed the treaty on Friday. That makes six of the eleven.
    // Ukraine declined to sign.")
    d.signing_story |= s.facts.iter().any(|f| {
        f.modality == Modality::Asserted
            && match f.claim {
                Claim::Membership {
                    event: Event::Signed,
                    org,
                    ..
                }
                | Claim::Count {
                    org,
                    counts: crate::fact::Counted::Signatories,
                    ..
                } => s.lexicon.org(org).is_treaty,
                _ => false,
            }
    });
    d.claimed_orgs = Vec::new();
    for f in &s.facts {
        if let Claim::Membership { org, .. } = f.claim
            && !d.claimed_orgs.contains(&org)
        {
            d.claimed_orgs.push(org);
        }
    }
    d.claimed = s
        .facts
        .iter()
        .rposition(|f| matches!(f.claim, Claim::Membership { state: Some(_), .. }))
        .map_or_else(Vec::new, |last| claim_states(s, last));
    // (until a sentence counts some other group: "GUAM's four members met. Four Central Asian
    // states stayed away. All four ..." are not GUAM's)
    let counted = s.facts.iter().rev().find_map(|f| match f.claim {
        Claim::Count {
            org,
            value,
            counts: crate::fact::Counted::Members,
        } => Some((org, value)),
        _ => None,
    });
    if counted.is_some()
        || d.counted.is_some() && super::counts_a_group(s.text_of(0..s.items.len()))
    {
        d.counted = counted;
    }
    // "Who's in the CSTO now?", "Who's left as full members?": a question for a list of
    // members, of the organisation it names, else the article's topic.
    d.question = match members_question(s.items) {
        Some(Question::Named(org)) => Some((org, true)),
        Some(Question::Anaphor(k)) => s.anaphor_org(k).map(|o| (o, true)),
        Some(Question::Topic) => d.topic().map(|o| (o, false)),
        None => None,
    };
    // "Georgia, which joined ..., and Azerbaijan, which entered ..., ... . Both remain in the
    // CIS": two states each the subject of its own claims are a pair too.
    let mut actors: Vec<StateId> = Vec::new();
    for f in &s.facts {
        if let Claim::Membership {
            state: Some(st), ..
        } = f.claim
            && !actors.contains(&st)
        {
            actors.push(st);
        }
    }
    let covered = last_plural.len() >= 2 && actors.iter().all(|a| last_plural.contains(a));
    let separate_subjects = actors.len() == 2
        && !covered
        && actors.iter().all(|&st| {
            s.items.iter().enumerate().any(|(k, it)| {
                k + 1 < s.items.len()
                    && is_state_item(it)
                    && single_state_at(s.items, k) == Some(st)
            })
        });
    // "The Uzbeks have moved quickly. In January they joined ...": "they" in the next sentence
    // is the people (for that sentence only).
    d.people = people_subject(s);
    // "Belarus stayed away from the summit; Uzbekistan came and withheld its signature. Both
    // remain ...": two states each opening a clause of a sentence with no claim of its own.
    // ("Georgia's president wants ..., and Ukraine, under Kuchma, declared ... . Both ...":
    // after ", and" too)
    let mut openers: Vec<StateId> = Vec::new();
    for k in 0..s.items.len() {
        if (k == 0 || coordinated_clause_at(s.items, k - 1))
            && let Some(st) = single_state_at(s.items, k)
            && !openers.contains(&st)
        {
            openers.push(st);
        }
    }
    // (a plural this sentence only passed on gives way to its own two openers when one of
    // them made a claim; a digression with no claim does not take it over: "A and B refused.
    // Russia was furious; Armenia said nothing. Both joined GUAM instead.")
    let inherited = last_plural == s.discourse.plural;
    if separate_subjects {
        d.plural = actors;
    } else if openers.len() == 2
        && actors.iter().all(|a| openers.contains(a))
        && (last_plural.len() < 2 || inherited && !actors.is_empty())
    {
        d.plural = openers;
    } else if let Some((region, _)) = (actors.is_empty() && (last_plural.len() < 2 || inherited))
        .then(|| {
            (1..=s.items.len())
                .rev()
                .find_map(|e| region_ending_at(s, e, 0))
        })
        .flatten()
    {
        // "And the Baltic states? ... None of the three is a member": a region's states, in a
        // sentence with no claim and no list of its own.
        d.plural = region;
    } else if last_plural.len() >= 2 {
        d.plural = last_plural;
    }
    if d.plural != s.discourse.plural && s.discourse.plural.len() >= 2 {
        d.earlier_plurals.retain(|g| *g != s.discourse.plural);
        d.earlier_plurals.push(s.discourse.plural.clone());
        if d.earlier_plurals.len() > 6 {
            d.earlier_plurals.remove(0);
        }
    }
    d.clause_subjects.clear();
    for k in 0..s.items.len() {
        if (k == 0 || coordinated_clause_at(s.items, k - 1))
            && is_state_item(&s.items[k])
            && let Ok((_, states)) = state_list(Toks(&s.items[k..]))
        {
            for st in states {
                if !d.clause_subjects.contains(&st) {
                    d.clause_subjects.push(st);
                }
            }
        }
    }
    // "... turns the 1992 Collective Security Treaty into a Collective Security Treaty
    // Organization. ... the treaty": a name that calls it a treaty wins over one that calls
    // it an organisation.
    let treaties = || {
        s.items.iter().rev().filter_map(|it| match it.entity() {
            Some(Entity::Org(o)) if s.lexicon.org(o).is_treaty => Some((o, it)),
            _ => None,
        })
    };
    let called_treaty = |it: &&Item<'_>| {
        let last = it.text.rsplit(' ').next().unwrap_or("");
        last.eq_ignore_ascii_case("treaty") || last.eq_ignore_ascii_case("pact")
    };
    if let Some((o, _)) = treaties()
        .find(|(_, it)| called_treaty(it))
        .or_else(|| treaties().next())
    {
        d.treaty = Some(o);
    }
    // The organisation this sentence is about: the first one named that no preposition governs
    // ("A week before the summit, GUUAM adopted ...", "The SCO, meeting in ..."), or whose
    // leaders or members open it ("Leaders of the Shanghai Five met in Almaty").
    d.subject_org = s
        .items
        .iter()
        .enumerate()
        .find_map(|(k, it)| match it.entity() {
            // (past its article: "is older than the CIS")
            Some(Entity::Org(o))
                if (k - usize::from(k > 0 && s.items[k - 1].is("the")))
                    .checked_sub(1)
                    .is_none_or(|p| {
                        !s.items[p].is_any(DATE_PREPOSITIONS)
                            && !s.items[p].is_any(&[
                                "of", "to", "with", "from", "for", "into", "by", "against", "than",
                                "like",
                            ])
                            || s.items[p].is("of") && subject_position(s.items, k, 0)
                    }) =>
            {
                Some(o)
            }
            _ => None,
        });
    let sentence_no = d.mentions.iter().map(|m| m.2).max().unwrap_or(0) + 1;
    let named = s.items.iter().filter_map(|it| match it.entity() {
        Some(Entity::Org(o)) => Some(o),
        _ => None,
    });
    // Named, or referred to ("The treaty now has six members ..."), in this sentence.
    // (The last one named by name comes last: "of the Customs Union's three members, Russia
    // alone has completed its talks with the WTO" leaves the WTO for "remain outside".)
    // (one naming a group of states comes first, the least likely meant: "Ukraine became the
    // first Commonwealth state to join it" leaves the Partnership for "signed up"; so does one
    // only compared with: "is collecting republics faster than the Commonwealth ever did")
    let grouping = |group: bool| {
        s.items
            .iter()
            .enumerate()
            .filter_map(move |(k, it)| match it.entity() {
                Some(Entity::Org(o))
                    if (names_a_group(s.items, k)
                        || compared_at(s.items, k)
                        || hosts_or_speaks_for(s.items, k))
                        == group =>
                {
                    Some(o)
                }
                _ => None,
            })
    };
    if !passing_on {
        d.previous_groups = grouping(true).collect();
        d.previous = grouping(true)
            .chain(s.resolved.borrow().iter().copied())
            .chain(grouping(false))
            .collect();
    }
    // An article that reports an organisation's founding is about that organisation.
    // (lately, and dated: not "the Central Asian Cooperation Organization, which Tashkent had
    // helped to found", told in passing)
    let lately = |f: &crate::fact::Fact| {
        let Some(today) = s.article else {
            return true;
        };
        f.when
            .and_then(|w| w.from.zip(w.to))
            .is_some_and(|(_, to)| to.0 + 92 >= today.0)
    };
    let founded = s.facts.iter().filter_map(|f| match f.claim {
        Claim::Membership {
            event: Event::Founded,
            org,
            ..
        } if lately(f) => Some(org),
        _ => None,
    });
    let founded: Vec<OrgId> = founded
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    for o in &founded {
        match d.mentions.iter_mut().find(|m| m.0 == *o) {
            Some(m) => m.1 += 4,
            None => d.mentions.push((*o, 4, sentence_no)),
        }
    }
    // So is one that reports a state's signing, joining, leaving or suspending it in the last
    // fortnight ("Uzbekistan has suspended its membership of the Eurasian Economic
    // Community"): the news.
    let news: std::collections::BTreeSet<OrgId> =
        s.facts
            .iter()
            .filter(|f| f.modality == Modality::Asserted)
            .filter_map(|f| match f.claim {
                Claim::Membership {
                    event:
                        Event::Joined
                        | Event::Withdrew
                        | Event::Suspended
                        | Event::Rejoined
                        | Event::Signed,
                    org,
                    ..
                } => {
                    let today = s.article?;
                    let to = f.when?.to?;
                    (to <= today && to.0 + 14 >= today.0).then_some(org)
                }
                _ => None,
            })
            .collect();
    for o in news {
        if !founded.contains(&o) {
            match d.mentions.iter_mut().find(|m| m.0 == o) {
                Some(m) => m.1 += 2,
                None => d.mentions.push((o, 2, sentence_no)),
            }
        }
    }
    for o in named.chain(s.resolved.borrow().iter().copied()) {
        {
            match d.mentions.iter_mut().find(|m| m.0 == o) {
                Some(m) => {
                    m.1 += 1;
                    m.2 = sentence_no;
                }
                None => d.mentions.push((o, 1, sentence_no)),
            }
        }
    }
    if let Some(g) = &s.group {
        d.group = g.clone();
    } else {
        // A coordinated list of two or more states anywhere in the sentence.
        let items = s.items;
        let mut k = 0;
        while k < items.len() {
            if is_state_item(&items[k])
                && let Ok((rest, states)) = state_list(Toks(&items[k..]))
            {
                if states.len() >= 2 {
                    d.group = states;
                }
                k = index_of(items, rest).max(k + 1);
                continue;
            }
            k += 1;
        }
    }
    // (not one the sentence only compares with: "Partnership for Peace is collecting former
    // Soviet republics faster than the Commonwealth ever did. Ukraine joined on 8 February")
    let items = s.items;
    let last = (0..items.len())
        .rev()
        .find(|&k| matches!(items[k].entity(), Some(Entity::Org(_))));
    let compared = last.filter(|&k| compared_at(items, k));
    if let Some(o) = s.org_before(compared.unwrap_or(items.len())) {
        d.org = Some(o);
    }
    d
}

/// "The Kyrgyz joined the WTO in 1998", "the Turkmen, as ever, stayed away": a state whose
/// lexicon entry lists no peoples ("Kyrgyz", "Turkmen" and "Chinese" are their own plurals)
/// names its people by its adjective after "the" when a verb, an auxiliary or a comma follows.
/// Such an adjective is read as the state, as "the Uzbeks" is.
pub(super) fn adjectives_as_peoples(items: &mut [Item<'_>], lexicon: &crate::lexicon::Lexicon) {
    for k in 1..items.len() {
        let Some(Entity::Adjective(st)) = items[k].entity() else {
            continue;
        };
        if !items[k - 1].is("the") || !lexicon.states[st.0 as usize].peoples.is_empty() {
            continue;
        }
        let followed = items.get(k + 1).is_some_and(|w| {
            w.is_punct(',')
                || w.is_dash()
                || is_aux(w) && !w.is("to")
                || w.is_any(&[
                    "never",
                    "meanwhile",
                    "themselves",
                    "still",
                    "went",
                    "want",
                    "wanted",
                ])
                || verb_at(items, k + 1).is_some()
        });
        if followed {
            items[k].kind = super::tokens::Kind::Name(Entity::Capital(st));
        }
    }
}

/// Whether the organisation at item `k` is named as a meeting's host or by its people, not as
/// something to be in: "set up at NATO's Brussels summit", "at the CIS summit in Minsk", "a NATO
/// official said".
fn hosts_or_speaks_for(items: &[Item<'_>], k: usize) -> bool {
    let from = k + 1 + usize::from(items.get(k + 1).is_some_and(|w| w.text == "'s"));
    items
        .get(from..(from + 2).min(items.len()))
        .unwrap_or_default()
        .iter()
        .position(|w| {
            w.is_any(&[
                "summit",
                "summits",
                "meeting",
                "conference",
                "headquarters",
                "session",
                "gathering",
                // ("a NATO official said": its people)
                "official",
                "officials",
                "spokesman",
                "spokeswoman",
                "diplomat",
                "diplomats",
                "envoy",
                "source",
                "sources",
            ])
        })
        // (a place's name may come between: "NATO's Brussels summit")
        .is_some_and(|p| p == 0 || items[from].starts_upper() && items[from].entity().is_none())
}

/// Whether the organisation at item `k` is only compared with: "faster than the Commonwealth
/// ever did".
fn compared_at(items: &[Item<'_>], k: usize) -> bool {
    let det = usize::from(k >= 1 && items[k - 1].is("the"));
    k > det && items[k - det - 1].is("than")
}

/// Words in "-ing" that open a phrase, not a participle's clause ("during", "following").
const NOT_PARTICIPLES: &[&str] = &[
    "during",
    "following",
    "beginning",
    "starting",
    "including",
    "according",
    "notwithstanding",
    "pending",
];

/// Whether a word opens a participle's clause of its own after a comma (", citing ...",
/// ", ending ..."), rather than a phrase of the claim's (", during ...", ", following ...").
fn participial(w: &Item<'_>) -> bool {
    w.kind == super::tokens::Kind::Word
        && w.text.len() > 5
        && w.text.ends_with("ing")
        && w.text.chars().next().is_some_and(char::is_lowercase)
        && !w.is_any(NOT_PARTICIPLES)
        && !w.is_any(&[
            // the act itself, told another way: ", informing the chairmanship in mid-June",
            // ", declining to renew its membership when the term lapsed on 20 April"
            "informing",
            "declining",
            "refusing",
            "letting",
            "notifying",
            "announcing",
            "telling",
            "writing",
            "sending",
            "handing",
            "completing",
            "signing",
            "sealing",
            "formalising",
            "formalizing",
            "finalising",
            "finalizing",
            "confirming",
        ])
}

/// "... but not in the CSTO", ", but not of the CSTO", "but not the treaty's successor", "but in
/// neither the customs union nor the security pact": the organisations named right after item
/// `at` and set against the claim before it, with the end of the last name.
fn but_not_orgs(s: &Sentence<'_, '_>, at: usize) -> Option<(Vec<OrgId>, usize)> {
    let items = s.items;
    // (past the claim's own date, and a comma: "joined the CIS in 1993, but not the treaty")
    let at = match find_date(
        items,
        at,
        (at + 6).min(items.len()),
        s.date_context(at, false),
    ) {
        Some((_, r)) if r.start <= at + 1 => r.end,
        _ => at,
    };
    let but = at + usize::from(items.get(at)?.is_punct(','));
    if !items.get(but)?.is("but") {
        return None;
    }
    if items.get(but + 1)?.is("not") {
        // (or one pointed back to: "belong to the Eurasian community but not to the new union")
        return but_not_org(items, but + 2)
            .or_else(|| {
                let a = but + 2 + usize::from(items.get(but + 2)?.is_any(&["to", "in", "of"]));
                items.get(a)?.is("the").then_some(())?;
                let (o, end) = object(s, a, (a + 4).min(items.len()))?;
                // (the words up to its end all the anaphor's: "the new union")
                items[a + 1..end]
                    .iter()
                    .all(|w| w.kind == super::tokens::Kind::Word)
                    .then_some((o, end))
            })
            .map(|(o, end)| (vec![o], end));
    }
    let a = but + 1 + usize::from(items.get(but + 1)?.is_any(&["in", "of"]));
    if !items.get(a)?.is("neither") {
        return None;
    }
    let nor = (a + 2..(a + 10).min(items.len())).find(|&k| items[k].is("nor"))?;
    let (first, e1) = object(s, a + 1, nor)?;
    let (second, e2) = object(s, nor + 1, (nor + 8).min(items.len()))?;
    (e1 == nor && first != second).then_some((vec![first, second], e2))
}

/// The organisation denied after "but not", from item `a` on: "in the CSTO", "a member of
/// the CSTO", with its end.
fn but_not_org(items: &[Item<'_>], mut a: usize) -> Option<(OrgId, usize)> {
    while items.get(a).is_some_and(|w| {
        w.is_any(&[
            "in", "of", "to", "a", "member", "members", "part", "the", "its",
        ])
    }) {
        a += 1;
    }
    match items.get(a)?.entity() {
        Some(Entity::Org(o)) if !is_modifier(items, a + 1) => Some((o, a + 1)),
        _ => None,
    }
}

/// The "all" of "all but", "all four except" ending right before item `but`.
fn all_before(items: &[Item<'_>], but: usize, lower: usize) -> Option<usize> {
    let all = if items.get(but.checked_sub(1)?)?.is("all") {
        but - 1
    } else {
        let a = but.checked_sub(2)?;
        (items[a].is("all") && super::num(&items[a + 1]).is_some()).then_some(a)?
    };
    // ("tried it all but Uzbekistan quit": an object "all")
    let opens = all == 0
        || items[all - 1].is_punct(';')
        || items[all - 1].is_punct(':')
        || items[all - 1].is_punct(',')
        || items[all - 1].is_dash();
    (all >= lower && opens).then_some(all)
}

/// Whether the word at item `b` ("but", "bar") follows a group its states are taken from:
/// "every Central Asian state", "all the former Soviet republics", "each member".
fn after_every_group(items: &[Item<'_>], b: usize) -> bool {
    // ("..., and all but Uzbekistan are in the CSTO": "all" opening its clause)
    if b >= 1 && items[b - 1].is("all") {
        return b == 1
            || items[b - 2].is_punct(',')
            || items[b - 2].is_punct(';')
            || items[b - 2].is_punct(':')
            || items[b - 2].is_dash()
            || items[b - 2].is("and");
    }
    b >= 2
        && items[b - 1].is_any(&[
            "state",
            "states",
            "republic",
            "republics",
            "country",
            "countries",
            "member",
            "members",
            "nation",
            "nations",
        ])
        && (b.saturating_sub(6)..b - 1)
            .rev()
            .take_while(|&q| {
                // ("every post-Soviet state", "all the CIS states")
                items[q].kind == (super::tokens::Kind::Dash { joining: true })
                    || matches!(
                        items[q].entity(),
                        Some(Entity::Org(_) | Entity::Adjective(_))
                    )
                    || items[q].kind == super::tokens::Kind::Word
                        && items[q].entity().is_none()
                        && verb_at(items, q).is_none()
            })
            .any(|q| items[q].is_any(&["every", "all", "each"]))
}

/// The organisation a description ending right before item `at` stands in apposition to:
/// "GUUAM, the pro-Western grouping" before "it had joined ...". Only a named organisation
/// followed by a comma, "the", a few modifiers and a noun for organisations.
fn described_org(items: &[Item<'_>], at: usize) -> Option<OrgId> {
    let noun = at.checked_sub(1)?;
    if !items[noun].is_any(super::grammar::ORG_ANAPHORS) {
        return None;
    }
    let the = (noun.saturating_sub(6)..noun)
        .rev()
        .take_while(|&k| {
            items[k].is("the")
                // "pro-Western", "five-nation", "five-member"
                || items[k].kind == super::tokens::Kind::Dash { joining: true }
                || matches!(items[k].kind, super::tokens::Kind::Num(_))
                || items[k].kind == super::tokens::Kind::Word
                    && items[k].entity().is_none()
                    && !items[k].is_any(&["which", "that", "and", "or", "but", "of", "in"])
        })
        .find(|&k| items[k].is_any(&["the", "a", "an"]))?;
    let comma = the.checked_sub(1).filter(|&c| items[c].is_punct(','))?;
    match items.get(comma.checked_sub(1)?)?.entity() {
        Some(Entity::Org(o)) => Some(o),
        _ => None,
    }
}

/// "GUUAM, the loose group it shares with Georgia, Ukraine and Azerbaijan": the subject and
/// the states it shares the organisation with are its members, now. `v` is the verb.
fn shared_with(s: &mut Sentence<'_, '_>, v: usize) {
    let items = s.items;
    if !items.get(v + 1).is_some_and(|w| w.is("with")) {
        return;
    }
    let Some((subject, r, _)) = subject(s, v, 0) else {
        return;
    };
    // (or a relative clause on its name: "GUUAM, which it shares with A and B")
    let which = || {
        let w = r.start.checked_sub(1).filter(|&w| items[w].is("which"))?;
        let c = w.checked_sub(1).filter(|&c| items[c].is_punct(','))?;
        match items.get(c.checked_sub(1)?)?.entity() {
            Some(Entity::Org(o)) => Some(o),
            _ => None,
        }
    };
    let Some(org) = described_org(items, r.start).or_else(which) else {
        return;
    };
    // (its auxiliaries: "the group it would share with ..." is no membership yet)
    if r.end != v {
        return;
    }
    let Ok((rest, others)) = state_list(Toks(&items[v + 2..])) else {
        return;
    };
    let end = index_of(items, rest);
    // ("the alliance Kiev shares with Tbilisi a wish to join" shares something else)
    if !closes_phrase(items, end) {
        return;
    }
    let mut states = subject;
    add_states(&mut states, others);
    push_members(s, v, states, org, r.start..end);
}

/// "Of the nine states that belonged to the treaty, only six remain: A, B, ...": the states
/// listed after a count that remains are members of the organisation named before. `v` is the
/// verb.
fn remaining_listed(s: &mut Sentence<'_, '_>, v: usize) {
    let items = s.items;
    if !items
        .get(v + 1)
        .is_some_and(|w| w.is_punct(':') || w.is_dash())
    {
        return;
    }
    let mut k = v;
    while k > 0 && items[k - 1].is_any(&["now", "still", "only"]) {
        k -= 1;
    }
    if k > 0 && items[k - 1].is_any(STATE_NOUNS) {
        k -= 1;
    }
    let Some(n) = k
        .checked_sub(1)
        .and_then(|h| super::num(&items[h]))
        .filter(|n| (2..=20).contains(n))
    else {
        return;
    };
    let head = k - 1;
    // A number alone counts states only after a noun for them ("Of the nine states that
    // belonged to the treaty, only six remain"; not "Of the disputes ..., two remain").
    const COUNTED: &[&str] = &["members", "parties", "signatories"];
    let counted_noun = items[..v]
        .iter()
        .any(|w| w.is_any(STATE_NOUNS) || w.is_any(COUNTED));
    let Ok((rest, states)) = state_list(Toks(&items[v + 2..])) else {
        return;
    };
    let end = index_of(items, rest);
    // The whole list, and nothing after it but the sentence's end or another clause.
    if states.len() as u64 != n
        || !items
            .get(end)
            .is_none_or(|w| w.is_punct('.') || w.is_punct(';') || w.is_punct(','))
    {
        return;
    }
    let Some(org) = org_mentioned_before(s, head).or(s.discourse.org) else {
        return;
    };
    // (none the curated timeline puts outside it; without a noun for states before it, all
    // of them in it: "Georgia quit the CST in 1999. Six remain: A, B, ...")
    if let Some(day) = s.article {
        let known = |st: StateId| s.lexicon.prior.member(st, org, day);
        let fits = if counted_noun {
            states.iter().all(|&st| known(st) != Some(false))
        } else {
            states.iter().all(|&st| known(st) == Some(true))
        };
        if !fits {
            return;
        }
    } else if !counted_noun {
        return;
    }
    push_members(s, v, states, org, head..end);
}

/// "Georgia and Azerbaijan joined the treaty in December and September 1993 respectively":
/// the dates listed go to the states of the claim before them, one each, in order (a month
/// without its year takes the year of the last date).
fn respectively(s: &mut Sentence<'_, '_>) {
    let items = s.items;
    let Some(r) = items.iter().position(|w| w.is("respectively")) else {
        return;
    };
    let ctx = s.date_context(r, false);
    // The dates, from the last one (ending at "respectively" or its comma) back.
    let mut dates: Vec<(Interval, Range<usize>)> = Vec::new();
    let mut end = if r > 0 && items[r - 1].is_punct(',') {
        r - 1
    } else {
        r
    };
    // (each date alone: not "May and June 1994" read as one span)
    while let Some((w, range)) = (end.saturating_sub(6)..end).find_map(|a| {
        find_date(items, a, end, ctx).filter(|(_, d)| {
            d.end == end && !items[d.clone()].iter().any(|w| w.is_any(&["and", "or"]))
        })
    }) {
        let start = range.start;
        dates.push((w, range));
        // the preposition before a date ("in December") is part of it
        let before = usize::from(start > 0 && items[start - 1].is_any(&["in", "on"]));
        let sep = start - before;
        match sep.checked_sub(1).map(|k| &items[k]) {
            Some(w) if w.is("and") || w.is_punct(',') => {
                end = sep - 1;
                if end > 0 && items[end - 1].is_punct(',') {
                    end -= 1;
                }
            }
            _ => break,
        }
    }
    if dates.len() < 2 {
        return;
    }
    dates.reverse();
    let first = dates[0].1.start;
    // The claim: the last membership event told before the dates, one fact per state.
    let Some(last) = s.last_fact_before(
        first + 1,
        |f| matches!(f.claim, Claim::Membership { event, .. } if !event.is_status()),
    ) else {
        return;
    };
    let (span, event, org) = match &s.facts[last] {
        crate::fact::Fact {
            claim: Claim::Membership { event, org, .. },
            span,
            ..
        } => (span.clone(), *event, *org),
        _ => return,
    };
    // The dates must be the claim's own, right after it ("joined ... in 1993 and 1994
    // respectively", not "their presidents visited Moscow in 1994 and 1995 respectively").
    let told_end = s.item_from(span.end);
    let date_start = first - usize::from(first > 0 && items[first - 1].is_any(&["in", "on"]));
    if date_start < told_end || date_start > told_end + 1 {
        return;
    }
    // One organisation: "joined the CIS and GUAM in 1993 and 1997 respectively" pairs the
    // dates with the organisations.
    let same_words = |k: usize| s.facts[k].span == span;
    if (0..s.facts.len()).any(|k| {
        same_words(k) && matches!(s.facts[k].claim, Claim::Membership { org: o, .. } if o != org)
    }) {
        return;
    }
    let group: Vec<usize> = (0..s.facts.len())
        .filter(|&k| {
            same_words(k)
                && matches!(s.facts[k].claim, Claim::Membership { event: e, org: o, .. }
                    if e == event && o == org)
        })
        .collect();
    // "it joined and then suspended its membership of EurAsEC, in 2006 and 2008 respectively":
    // one state, the dates going to the verbs told in this sentence, in order.
    let group = if group.len() == 1 && dates.len() > 1 {
        let state = match s.facts[group[0]].claim {
            Claim::Membership { state, .. } => state,
            _ => None,
        };
        let opening = items.first().map_or(0, |w| w.start);
        let mut told: Vec<usize> = (0..s.facts.len())
            .filter(|&k| {
                let f = &s.facts[k];
                f.span.start >= opening
                    && f.span.end <= span.end
                    && matches!(f.claim, Claim::Membership { event: e, org: o, state: st }
                        if o == org && st == state && !e.is_status())
            })
            .collect();
        told.sort_by_key(|&k| s.facts[k].span.start);
        told.dedup_by_key(|k| s.facts[*k].span.start);
        told
    } else {
        group
    };
    if group.len() != dates.len() {
        return;
    }
    let year = dates.last().map(|d| d.0);
    for (&k, (when, range)) in group.iter().zip(&dates) {
        let when = in_year_told(&items[range.clone()], *when, year);
        s.facts[k].when = Some(when);
    }
}

/// "the other three", "the others" at item `at`, after a claim (the facts of `span`) told before
/// item `k`: the states of a group named before (in this sentence or the last list of the
/// ones before) less those the claim is about, as many as told. With where the phrase ends.
fn the_others(
    s: &Sentence<'_, '_>,
    at: usize,
    k: usize,
    span: &Range<u32>,
) -> Option<(Vec<StateId>, usize)> {
    let items = s.items;
    if !items.get(at)?.is("the") {
        return None;
    }
    let (n, end) = match (items.get(at + 1), items.get(at + 2)) {
        (Some(o), Some(w)) if o.is("other") => (Some(super::num(w)? as usize), at + 3),
        (Some(o), _) if o.is("others") => (None, at + 2),
        _ => return None,
    };
    // ("the other three states")
    let end = end + usize::from(items.get(end).is_some_and(|w| w.is_any(STATE_NOUNS)));
    let subjects: Vec<StateId> = s
        .facts
        .iter()
        .filter(|f| &f.span == span)
        .filter_map(|f| match f.claim {
            Claim::Membership { state, .. } => state,
            _ => None,
        })
        .collect();
    if subjects.is_empty() {
        return None;
    }
    let mut groups: Vec<Vec<StateId>> = lists_before(s, k).map(|(g, _)| g).collect();
    groups.push(s.discourse.plural.clone());
    groups.push(s.discourse.group.clone());
    groups.into_iter().find_map(|g| {
        if !subjects.iter().all(|st| g.contains(st)) {
            return None;
        }
        let rest: Vec<StateId> = g.into_iter().filter(|st| !subjects.contains(st)).collect();
        let fits = match n {
            Some(n) => rest.len() == n,
            None => !rest.is_empty(),
        };
        fits.then_some((rest, end))
    })
}

/// The date of a past event whose subject is the listing of `org`'s members over the items
/// `span` ("In July the SCO — A, B, C — asked the coalition to ...", "the treaty's six members
/// — A, B — signed a charter in Chisinau on 7 October"): the listing tells who the members
/// were then.
fn listed_in_past_event(
    s: &Sentence<'_, '_>,
    clause: Range<usize>,
    span: Range<usize>,
    org: OrgId,
) -> Option<Interval> {
    let items = s.items;
    let today = s.article?;
    let end = span.end;
    // A listing told in the present is told at the article's date ("at its summit on 5 July
    // the SCO, whose six members are A, B, ..., called").
    let from = span.start.saturating_sub(3).max(clause.start).min(end);
    if items[from..end]
        .iter()
        .rposition(|w| w.is_any(&["whose", "which", "that"]))
        .is_some_and(|r| {
            items[from + r..end]
                .iter()
                .any(|w| w.is_any(&["are", "is", "include", "includes", "comprise", "comprises"]))
        })
    {
        return s.now();
    }
    // The listing is set off after the organisation's name or a noun for it ("the SCO —",
    // "the treaty's six members —"), not after a bare count ("The other five — A, B —").
    let mut v = end;
    while v < clause.end
        && (items[v].is_dash()
            || items[v].is_punct(')')
            // (or a comma closing an apposition: "the Shanghai Five, A, B, C, gathered"; not
            // a listing told by a verb, "whose other members are A, B, C, was founded")
            || v == end
                && items[v].is_punct(',')
                && !items[span.clone()].iter().any(|w| {
                    w.is_any(&[
                        "are", "were", "is", "was", "include", "includes", "included",
                        "comprise", "comprises",
                    ])
                }))
    {
        v += 1;
    }
    // ("— politely asked", "— had already met")
    while v + 1 < clause.end
        && (items[v].text.ends_with("ly") && items[v].kind == super::tokens::Kind::Word
            || items[v].is_any(&["had", "already", "then", "also"]))
    {
        v += 1;
    }
    let verb = items.get(v)?;
    let past = verb.kind == super::tokens::Kind::Word
        && verb.text.chars().all(|c| c.is_lowercase())
        && (verb.text.ends_with("ed")
            || verb.is_any(&[
                "met", "took", "made", "gave", "held", "sent", "set", "went", "won",
            ]));
    if !past || v == end {
        return None;
    }
    // "the six states that still adhere to the treaty — A, B — signed ...", "the states
    // staying in the treaty — A, B —": the listing is told as it stands now.
    if items[clause.start..end].iter().any(|w| {
        w.is_any(&[
            "still", "staying", "adhere", "remain", "remains", "current", "now",
        ])
    }) {
        return None;
    }
    // The event's own date: one opening the clause ("In July the SCO — ... — asked"), or
    // one after the verb, within its phrase and after a preposition ("signed a charter in
    // Chisinau on 7 October"; not "rejected the 2001 proposal", "warned that GUUAM, formed in
    // 1997, ...").
    let ctx = s.date_context(v, false);
    // ("met in Moscow last month", "launched it at the start of this year": a date relative
    // to the article, or after "the start of", is the event's too)
    let prepositioned = |r: &Range<usize>| {
        r.start > 0 && items[r.start - 1].is_any(DATE_PREPOSITIONS)
            || items[r.start].is_any(DATE_PREPOSITIONS)
            || items[r.start].is_any(&["last", "this", "yesterday", "earlier"])
            || r.start >= 2
                && items[r.start - 1].is("of")
                && items[r.start - 2].is_any(&["start", "end", "beginning", "turn", "middle"])
    };
    let stop = (v + 1..clause.end)
        .find(|&k| {
            items[k].is_punct(',')
                || items[k].is_punct(';')
                || items[k].is_dash()
                || items[k].is_any(&[
                    "that", "which", "who", "when", "where", "whose", "after", "before", "since",
                    "until", "while", "as", "once",
                ])
                // (nor what the members agreed to do: "agreed to meet in Kiev on 23 May")
                || items[k].is("to")
                    && items.get(k + 1).is_some_and(|w| {
                        w.kind == super::tokens::Kind::Word
                            && w.text.chars().all(|c| c.is_lowercase())
                            && !w.is_any(&["the", "a", "an", "its", "their", "his", "her"])
                    })
        })
        .unwrap_or(clause.end);
    // (a habit is no one event: "met every year since 1997"; nor is a bound a date: "had
    // met until 2002", "by 2003")
    if items[v..stop]
        .iter()
        .any(|w| w.is_any(&["every", "each", "annually", "regularly", "routinely"]))
    {
        return None;
    }
    let bound = |r: &Range<usize>| {
        items[r.start].is_any(BOUNDS) || r.start > 0 && items[r.start - 1].is_any(BOUNDS)
    };
    let after_verb = (v + 1..stop).find_map(|a| {
        find_date(items, a, stop, ctx)
            .filter(|(_, r)| r.start <= a + 1 && prepositioned(r) && !bound(r))
    });
    // (one before the listing, but not in an opening phrase of its own: "Since joining GUAM
    // in April 1999, it sent deputies to meetings that the other four members — ... —
    // attended"); a meeting's is the listing's own ("Meeting on 4 February, the CSTO's seven
    // members, A, B, ..., agreed")
    let before = || {
        let first = &items[clause.start];
        let own = first.is("since")
            || first.text.len() > 5
                && first.text.ends_with("ing")
                && !first.is_any(NOT_PARTICIPLES)
                && !first.is_any(&["meeting", "gathering", "convening", "assembling"]);
        // (nor a bound: "Before 1999 the nine members — ... — met twice a year", "Until 2002")
        // (nor one of a clause before ", and": "Kyrgyzstan joined it last Friday, and its other
        // members, A, B and C, welcomed Bishkek"; but an opening phrase set off by a comma
        // dates both clauses: "At a summit in Sochi on 16 August, Karimov restored ..., and
        // the bloc's other members — A, B — welcomed him back")
        let and = (clause.start + 1..span.start)
            .rev()
            .find(|&k| items[k].is("and") && items[k - 1].is_punct(','));
        let opening = || {
            let first = &items[clause.start];
            let comma = (clause.start..span.start).find(|&k| items[k].is_punct(','))?;
            // (not a comparison: "As in 2002, ...")
            (first.is_any(DATE_PREPOSITIONS) && !first.is("as") && !own).then_some(comma)
        };
        let found = match and {
            Some(k) => find_date(items, k + 1, span.start, ctx)
                .or_else(|| find_date(items, clause.start, opening()?, ctx)),
            None => find_date(items, clause.start, span.start, ctx),
        };
        found.filter(|(_, r)| !(own || bound(r)))
    };
    let (w, _) = after_verb.or_else(before)?;
    // (not before the organisation existed: "the SCO — A, B — cited the 1996 accord"; but an
    // article written before its formal founding tells of it under an earlier name, and of a
    // recent event, "the Shanghai Five, A, B, ..., gathered in Almaty on 3 July")
    let recent = w
        .from
        .is_some_and(|f| f >= crate::date::Day::year_start(today.year() - 1));
    let founded = s
        .lexicon
        .org(org)
        .founded
        .filter(|&f| f <= today || !recent);
    // (a past event: begun before the article's date, "at the start of this year" included)
    (w.from.is_some_and(|f| f < today) && founded.is_none_or(|f| w.to.is_some_and(|t| f <= t)))
        .then_some(w)
}

/// "Aliyev brought Azerbaijan back into the Commonwealth in September 1993", "Nazarbayev took
/// Kazakhstan into the WTO": the states led in join (or, brought back, rejoin) the
/// organisation after "into". `v` is the verb.
fn led_into(s: &mut Sentence<'_, '_>, v: usize) {
    let items = s.items;
    // ("Shevardnadze took his country into the treaty": the leader's state)
    let (states, mut k) = match state_list(Toks(&items[v + 1..])) {
        Ok((rest, states)) => (states, index_of(items, rest)),
        Err(_) => match his_country_phrase(s, v + 1) {
            Some((st, end)) => (vec![st], end),
            None => return,
        },
    };
    // ("returned Azerbaijan to the Commonwealth": led back into it)
    let returned = items[v].is_any(&["returned", "returns", "return", "returning"]);
    let back = returned || items.get(k).is_some_and(|w| w.is("back"));
    k += usize::from(back && !returned);
    // "led Georgia out of the treaty": the state taken out of it.
    let out = !back
        && items.get(k).is_some_and(|w| w.is("out"))
        && items.get(k + 1).is_some_and(|w| w.is("of"));
    k += usize::from(out);
    if !items
        .get(k)
        .is_some_and(|w| w.is("into") || out || returned && w.is("to"))
    {
        return;
    }
    let the = usize::from(items.get(k + 1).is_some_and(|w| w.is("the")));
    // (an organisation standing alone: not "into the CIS customs union")
    let named = org_alone(items, Toks(&items[k + 1..]))
        .then(|| org_name(Toks(&items[k + 1 + the..])).ok())
        .flatten();
    let (org, end) = match named {
        Some((rest, o)) => (o, index_of(items, rest)),
        None => match org_anaphor(Toks(&items[k + 1..])) {
            // (not "into the organisation's military structures")
            Ok((rest, ())) if !is_modifier(items, index_of(items, rest)) => {
                match s.anaphor_org(k + 1) {
                    Some(o) => (o, index_of(items, rest)),
                    None => return,
                }
            }
            _ => return,
        },
    };
    // "led Georgia into the Commonwealth and the Tashkent Treaty"
    let (more, end) = further_orgs(s, end, &|w| w.is("and"));
    let orgs: Vec<OrgId> = std::iter::once(org).chain(more).collect();
    let clause = s.clause(v);
    let aux_from = aux_window(items, v, clause.start);
    let (mut modality, _) = modality(
        &items[aux_from..v],
        &items[clause.clone()],
        v.saturating_sub(clause.start),
    );
    // "has promised to restore ... and to take Georgia into NATO": an infinitive is still to
    // come.
    if modality == Modality::Asserted && v > 0 && items[v - 1].is("to") {
        modality = Modality::Planned;
    }
    let ctx = s.date_context(v, modality == Modality::Planned);
    let stop = (end..clause.end)
        .find(|&q| items[q].is_punct(',') && items.get(q + 1).is_some_and(participial))
        .unwrap_or(clause.end);
    // (or one opening the clause: "In January he took Uzbekistan into EurAsEC"; not the date
    // of a vote to do it: "On 14 August deputies voted to take Georgia out of the CIS")
    let when = find_date(items, end, stop, ctx)
        .filter(|(_, r)| r.start <= end + 1)
        .or_else(|| {
            // (only the subject between: not "In January, a year after he took ...", "In
            // January Karimov recalled that he took ...")
            // (the clause may be one joined by "and": "..., and in January he took ...")
            // (the subject may carry an aside set off by commas: "On 24 September Heydar
            // Aliyev, then still acting president, took his republic into ...")
            let aside = (v > 0 && items[v - 1].is_punct(','))
                .then(|| {
                    (clause.start..v - 1)
                        .rev()
                        .find(|&q| items[q].is_punct(','))
                })
                .flatten();
            let subject_end = aside.unwrap_or(v);
            let from = subject_end.saturating_sub(6).max(clause.start);
            find_date(items, from, subject_end, ctx).filter(|(_, r)| {
                let opens = |q: usize| {
                    q <= clause.start
                        || items[q - 1].is("and")
                        || items[q - 1].is_punct(',')
                        || items[q - 1].is_punct(';')
                };
                // (or in an opening phrase of place: "At the Moscow summit on 24 September")
                let occasion = items[clause.start].is_any(&["at", "during"])
                    && r.start - clause.start <= 5
                    && items[clause.start..r.start]
                        .iter()
                        .any(|w| w.is_any(OCCASIONS));
                (opens(r.start) || r.start > 0 && opens(r.start - 1) || occasion)
                    && modality == Modality::Asserted
                    && subject_end - r.end <= 3
                    && !items[r.end..v].iter().any(|w| {
                        w.is_any(&[
                            "after", "before", "that", "when", "which", "who", "as", "since",
                        ])
                    })
            })
        })
        .map(|(w, _)| w)
        .or_else(|| s.undated(modality));
    let event = match (back, out) {
        (true, _) => Event::Rejoined,
        (_, true) => Event::Withdrew,
        _ => Event::Joined,
    };
    push_statuses(s, &orgs, &states, event, when, modality, v..end, false);
}

/// "Tajikistan is one of the six members of the treaty (the others are A, B, ...)": the others
/// share the status just told, as many as make up the count. `k` is "others".
fn others_are(s: &mut Sentence<'_, '_>, k: usize) {
    let items = s.items;
    if !(k >= 2
        && items[k - 1].is("the")
        && items[k - 2].is_punct('(')
        && items
            .get(k + 1)
            .is_some_and(|w| w.is_any(&["are", "being", "were"])))
    {
        return;
    }
    let Ok((rest, others)) = state_list(Toks(&items[k + 2..])) else {
        return;
    };
    let end = index_of(items, rest);
    if !items.get(end).is_some_and(|w| w.is_punct(')')) {
        return;
    }
    let Some(told) = s.last_fact_before(k - 2, |f| {
        matches!(
            f.claim,
            Claim::Membership {
                event: Event::Member,
                ..
            }
        )
    }) else {
        return;
    };
    let (org, when, modality, span) = match &s.facts[told] {
        crate::fact::Fact {
            claim: Claim::Membership { org, .. },
            when,
            modality,
            span,
            ..
        } => (*org, *when, *modality, span.clone()),
        _ => return,
    };
    // "one of the six members": the count, when told, must be the one and the others.
    let told_count = (s.item_from(span.start)..k - 2).find_map(|q| {
        (items[q].is("of") && items.get(q + 1).is_some_and(|w| w.is("the")))
            .then(|| items.get(q + 2).and_then(super::num))
            .flatten()
    });
    if told_count.is_some_and(|n| n as usize != others.len() + 1) {
        return;
    }
    push_statuses(
        s,
        &[org],
        &others,
        Event::Member,
        when,
        modality,
        k - 1..end,
        false,
    );
}

/// Whether `rest` opens with an organisation pointed back to and ending its phrase: "it" ("is
/// not in it."), or "the" with a few adjectives and a noun for one ("is back in the Russian-led
/// security bloc").
fn anaphor_alone(rest: Toks<'_>) -> bool {
    let words = rest.0;
    let ends = |k: usize| {
        words.get(k).is_none_or(|w| {
            matches!(w.kind, super::tokens::Kind::Punct(_)) && !w.text.starts_with(['\'', '’'])
                || w.is_dash()
                || w.is_any(&["again", "too", "now", "since", "and", "but", "as"])
        })
    };
    if words.first().is_some_and(|w| w.is("it")) {
        return ends(1);
    }
    if !words.first().is_some_and(|w| w.is("the")) {
        return false;
    }
    let Some(n) = words
        .iter()
        .skip(1)
        .take(5)
        .position(|w| w.is_any(super::grammar::ORG_ANAPHORS))
    else {
        return false;
    };
    let joining = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.kind == super::tokens::Kind::Dash { joining: true })
    };
    // (the noun is at `n + 1`; "Russian-led", "pro-Western" come in three pieces)
    (1..=n).all(|k| {
        let w = &words[k];
        joining(k)
            || matches!(w.entity(), Some(Entity::Capital(_) | Entity::Adjective(_)))
            || w.kind == super::tokens::Kind::Word
                && (w.text.chars().all(|c| c.is_lowercase() || c == '-') || joining(k - 1))
    }) && ends(n + 2)
}

/// The organisation named after a capital's or a state's possessive at item `k`: "Moscow's
/// Collective Security Treaty", "Russia's CSTO" (the name two items on).
fn possessed_org(items: &[Item<'_>], k: usize) -> Option<OrgId> {
    if !matches!(
        items.get(k)?.entity(),
        Some(Entity::Capital(_) | Entity::State(_))
    ) || items.get(k + 1)?.text != "'s"
    {
        return None;
    }
    match items.get(k + 2)?.entity() {
        Some(Entity::Org(o)) => Some(o),
        _ => None,
    }
}

/// Whether `rest` opens with an organisation's name (after "the") that stands alone: followed
/// by the clause's end, a conjunction, a date or an adverb, not by a noun it qualifies.
fn org_alone(items: &[Item<'_>], rest: Toks<'_>) -> bool {
    // ("is in neither NATO nor the CSTO")
    let rest = match rest.0.first() {
        Some(w) if w.is("neither") => Toks(&rest.0[1..]),
        _ => rest,
    };
    // ("is in Moscow's CSTO": past a capital's or a state's possessive)
    let rest = if possessed_org(rest.0, 0).is_some() {
        Toks(&rest.0[2..])
    } else {
        rest
    };
    let the = usize::from(rest.0.first().is_some_and(|w| w.is("the")));
    let Ok((after, _)) = org_name(Toks(&rest.0[the..])) else {
        return false;
    };
    match after.0.first() {
        None => true,
        Some(w) => {
            // (a possessive's mark is no punctuation: "the CIS' bad books")
            (matches!(w.kind, super::tokens::Kind::Punct(_)) && !w.text.starts_with(['\'', '’'])
                || w.is_dash()
                || w.is_any(&[
                    "and",
                    "but",
                    "or",
                    "nor",
                    "as",
                    "since",
                    "from",
                    "until",
                    "in",
                    "on",
                    "alongside",
                    "together",
                    "with",
                    "too",
                    "again",
                    "now",
                    "still",
                    "already",
                    "while",
                    "whereas",
                    "although",
                    "though",
                    "because",
                    "after",
                    "before",
                    "when",
                    // (a date: "into the Commonwealth last September")
                    "last",
                    "earlier",
                    "at",
                    "during",
                    "which",
                    "where",
                    "for",
                ]))
                && !is_modifier(items, index_of(items, after))
        }
    }
}

/// An organisation named at item `k`, after an optional "the", and where its name ends.
fn name_at(items: &[Item<'_>], k: usize) -> Option<(OrgId, usize)> {
    let k = k + usize::from(items.get(k).is_some_and(|w| w.is("the")));
    let (rest, o) = org_name(Toks(items.get(k..)?)).ok()?;
    Some((o, index_of(items, rest)))
}

/// "the organisation that succeeded it", "the bloc which replaced it", "the body that grew
/// out of it" at item `from`: the successor of the organisation "it" stands for (named before
/// `from`), with the end of the phrase.
fn successor_described(s: &Sentence<'_, '_>, from: usize, end: usize) -> Option<(OrgId, usize)> {
    let items = s.items;
    let w = |k: usize| items.get(k).filter(|_| k < end);
    if !w(from)?.is("the")
        || !w(from + 1)?.is_any(&[
            "organisation",
            "organization",
            "body",
            "bloc",
            "alliance",
            "grouping",
        ])
        || !w(from + 2)?.is_any(&["that", "which"])
    {
        return None;
    }
    let v = from + 3;
    let close = if w(v)?.is_any(&["succeeded", "replaced", "superseded"]) && w(v + 1)?.is("it") {
        v + 2
    } else if w(v)?.is("grew") && w(v + 1)?.is("out") && w(v + 2)?.is("of") && w(v + 3)?.is("it") {
        v + 4
    } else {
        return None;
    };
    let named = s.org_before(from)?;
    s.lexicon.successor(named).map(|o| (o, close))
}

/// Nouns for an organisation's place in a lineage.
const LINEAGE_NOUNS: &[&str] = &["successor", "predecessor", "forerunner", "heir"];

/// The organisation "successor" (or "heir", "predecessor", "forerunner") stands for after
/// `named`.
fn lineage(s: &Sentence<'_, '_>, noun: &Item<'_>, named: OrgId) -> Option<OrgId> {
    if noun.is_any(&["predecessor", "forerunner"]) {
        s.lexicon.org(named).succeeds
    } else {
        s.lexicon.successor(named)
    }
}

/// The organisation this sentence names or points back to ("the treaty", "the original
/// treaty") last before item `i`.
/// "The organisation groups Russia, Armenia, ..., Tajikistan and Uzbekistan, which returned
/// to it in 2006": a relative clause right after a list of three or more states may tell of
/// the last alone. It does when the curated timeline has that state's joining, leaving or
/// suspension there, and every other state of the list a member all through the time told
/// (which no joining or leaving of theirs can be); otherwise the clause is the whole list's.
fn last_listed_alone(
    s: &Sentence<'_, '_>,
    states: Vec<StateId>,
    subject_end: usize,
    v: usize,
    event: Event,
    org: OrgId,
    when: Option<Interval>,
) -> Vec<StateId> {
    let items = s.items;
    let relative = items.get(subject_end).is_some_and(|w| w.is_punct(','))
        && items
            .get(subject_end + 1)
            .is_some_and(|w| w.is_any(&["which", "who"]))
        && subject_end + 1 < v;
    let (Some(from), Some(to)) = (when.and_then(|w| w.from), when.and_then(|w| w.to)) else {
        return states;
    };
    if !relative || states.len() < 3 {
        return states;
    }
    let joining = matches!(event, Event::Joined | Event::Rejoined);
    if !(joining || matches!(event, Event::Withdrew | Event::Suspended)) {
        return states;
    }
    let prior = &s.lexicon.prior;
    let (last, others) = states.split_last().expect("three or more");
    // (from the day before the time told: the timeline dates a year's event at its start)
    let before = crate::date::Day(from.0 - 1);
    let member = |st: StateId, day| prior.member(st, org, day);
    let always = |st: StateId| member(st, before) == Some(true) && member(st, to) == Some(true);
    let fits = if joining {
        member(*last, before) == Some(false) && member(*last, to) == Some(true)
    } else {
        member(*last, before) == Some(true) && member(*last, to) == Some(false)
    };
    if fits && others.iter().all(|&st| always(st)) {
        vec![*last]
    } else {
        states
    }
}

/// Whether the verb at item `i` is a relative clause's ("that Iran set up", "which Baku
/// joined") on a noun that stands in apposition to a body the lexicon does not know.
fn unknown_antecedent(s: &Sentence<'_, '_>, i: usize) -> bool {
    let items = s.items;
    let Some(rel) = (i.saturating_sub(6)..i)
        .rev()
        .find(|&k| items[k].is_any(&["that", "which"]))
    else {
        return false;
    };
    // (only the relative clause's subject and auxiliaries between)
    if !items[rel + 1..i]
        .iter()
        .all(|w| is_state_item(w) || is_aux(w) || w.is_any(&["and", "the"]))
    {
        return false;
    }
    let Some(noun) = rel
        .checked_sub(1)
        .filter(|&n| items[n].is_any(super::grammar::ORG_ANAPHORS))
    else {
        return false;
    };
    (noun.saturating_sub(3)..noun)
        .find(|&d| {
            org_anaphor(Toks(&items[d..])).is_ok_and(|(rest, ())| index_of(items, rest) == rel)
        })
        .is_some_and(|d| s.apposed_to_unknown_name(d))
}

/// Adds to `states` those of `more` not already in it, in order.
fn add_states(states: &mut Vec<StateId>, more: impl IntoIterator<Item = StateId>) {
    for st in more {
        if !states.contains(&st) {
            states.push(st);
        }
    }
}

/// The date of the lapse a refusal to renew led to, told in the clause ", and ..." right after
/// it: "A, B and C did not renew, and their participation ended when the term expired on 20
/// April", "did not renew their membership, and since the first term expired on 20 April they
/// have been outside it".
fn lapse_after(s: &Sentence<'_, '_>, from: usize) -> Option<Interval> {
    let items = s.items;
    let and = (from..(from + 4).min(items.len()))
        .find(|&k| items[k].is_punct(',') && items.get(k + 1).is_some_and(|w| w.is("and")))?;
    let end = (and + 2..items.len())
        .find(|&k| items[k].is_punct(';') || items[k].is_punct('.'))
        .unwrap_or(items.len());
    // (the last: "ended when the original term expired on 20 April")
    let lapse = (and + 2..(and + 12).min(end)).rev().find(|&k| {
        items[k].is_any(&["expired", "ended", "lapsed"])
            // (not "and the treaty ran on without them")
            || items[k].is("ran") && items.get(k + 1).is_some_and(|w| w.is("out"))
    })?;
    // (the lapse of the membership or the treaty's term: not "and its contract with Gazprom
    // expired", "Aliyev's term expired", "its participation in GUUAM ended")
    let told = &items[and + 2..lapse];
    let of_membership = told
        .iter()
        .any(|w| w.is_any(&["participation", "membership", "treaty", "pact"]))
        || told.windows(2).any(|p| {
            p[0].is_any(&["first", "original", "initial", "five-year"]) && p[1].is("term")
        });
    let of_something_else = told.iter().any(|w| {
        w.is_any(&[
            "contract",
            "deal",
            "lease",
            "mandate",
            "visa",
            "agreement",
            "base",
            "accord",
        ]) || matches!(w.entity(), Some(Entity::Person(_) | Entity::Surname(_)))
            || matches!(w.entity(), Some(Entity::Org(o)) if !s.lexicon.org(o).is_treaty)
    });
    if !of_membership || of_something_else {
        return None;
    }
    find_date(items, lapse + 1, end, s.date_context(lapse, false))
        .filter(|(_, r)| r.start <= lapse + 4)
        .map(|(w, _)| w)
}

/// Where a relative clause set off by a comma (", which", ", who") opens among
/// `items[from..end]`, else `end`: the end of what a claim itself tells.
fn before_relative(items: &[Item<'_>], from: usize, end: usize) -> usize {
    (from..end)
        .find(|&k| {
            items[k].is_punct(',')
                && items
                    .get(k + 1)
                    .is_some_and(|w| w.is_any(&["which", "who"]))
        })
        .unwrap_or(end)
}

/// The organisation of a membership claim this sentence made on item `k`'s words (the object
/// it resolved "the grouping" to).
fn org_claimed_at(s: &Sentence<'_, '_>, k: usize) -> Option<OrgId> {
    let w = &s.items[k];
    s.facts.iter().rev().find_map(|f| match f.claim {
        Claim::Membership { org, .. } if f.span.start <= w.start && w.end <= f.span.end => {
            Some(org)
        }
        _ => None,
    })
}

fn org_mentioned_before(s: &Sentence<'_, '_>, i: usize) -> Option<OrgId> {
    org_mentioned_at(s, i).map(|(o, _)| o)
}

/// As `org_mentioned_before`, with the item that names or points to it.
fn org_mentioned_at(s: &Sentence<'_, '_>, i: usize) -> Option<(OrgId, usize)> {
    let items = s.items;
    (0..i).rev().find_map(|k| {
        match items[k].entity() {
            Some(Entity::Org(o)) => Some(o),
            _ if items[k].is_any(super::grammar::ORG_ANAPHORS) => (k.saturating_sub(2)..k)
                .find(|&d| {
                    org_anaphor(Toks(&items[d..]))
                        .is_ok_and(|(rest, ())| index_of(items, rest) == k + 1)
                })
                .and_then(|d| s.anaphor_org(d)),
            _ => None,
        }
        .map(|o| (o, k))
    })
}

/// Whether item `q` lies in an aside on a state ("Uzbekistan, which joined GUUAM in 1999,",
/// "Ukraine and Moldova, both GUUAM members,"): after a comma or dash that follows a state and
/// opens a relative clause or an apposition, before the next comma, dash or semicolon.
fn in_subject_aside(items: &[Item<'_>], q: usize) -> bool {
    let Some(open) = (0..q)
        .rev()
        .take_while(|&k| !items[k].is_punct(';'))
        .find(|&k| items[k].is_punct(',') || items[k].is_dash())
    else {
        return false;
    };
    open >= 1
        && is_state_item(&items[open - 1])
        && items.get(open + 1).is_some_and(|w| {
            w.is_any(&[
                "which", "who", "a", "an", "both", "all", "the", "once", "itself", "long", "still",
                "already", "like", "whose",
            ])
        })
}

/// "Who's in the CSTO now? Armenia, Belarus, Kazakhstan, ...", "Who's left as full members?
/// Six countries: A, B, ...": a list of states alone, answering the sentence before's question,
/// names the members of the organisation it asked about.
fn answer_to_question(s: &mut Sentence<'_, '_>) {
    let Some((org, _)) = s.discourse.question else {
        return;
    };
    let items = s.items;
    // (after a short head and a colon: "Six countries:", "The same six:"; not "Observers:",
    // "Former members:", "Two countries quit:")
    let start = items
        .iter()
        .take(5)
        .position(|w| w.is_punct(':'))
        .map_or(0, |c| c + 1);
    if !items[..start.saturating_sub(1)].iter().all(|w| {
        super::num(w).is_some()
            || w.is_any(&[
                "the",
                "same",
                "all",
                "only",
                "just",
                "full",
                "countries",
                "states",
                "members",
                "nations",
                "republics",
            ])
    }) {
        return;
    }
    let Ok((rest, states)) = state_list(Toks(&items[start..])) else {
        return;
    };
    let end = index_of(items, rest);
    // (the list opens the answer; what follows may tell more of them: "Armenia, Belarus, ...,
    // which signed its charter in 2002, plus Uzbekistan")
    if states.len() < 2
        || !items
            .get(end)
            .is_none_or(|w| w.is_punct('.') || w.is_punct(',') || w.is_dash())
    {
        return;
    }
    members_now(s, org, &states, start..end);
    // (and a number heading the answer that counts them: "How many members does the CSTO
    // have now? Seven: A, B, ...")
    if let Some(n) = items[..start.saturating_sub(1)]
        .iter()
        .find_map(|w| super::num(w))
        .filter(|&n| n as usize == states.len())
        && !s
            .facts
            .iter()
            .any(|f| matches!(f.claim, Claim::Count { .. }))
    {
        s.push(
            Claim::Count {
                org,
                value: n as u32,
                counts: crate::fact::Counted::Members,
            },
            s.now(),
            Modality::Asserted,
            0..end,
            false,
        );
    }
}

/// What a question asking who the members are asks about.
enum Question {
    /// "Who's in the CSTO now?"
    Named(OrgId),
    /// "Who's in the treaty today?": the organisation the noun at this item points to.
    Anaphor(usize),
    /// "Who's still fully in?", "Who's left as full members?": the article's topic.
    Topic,
}

/// A question asking who the members are: "Who's in the CSTO now?", "Who's in the treaty?",
/// "Who's still fully in?", "Who's left as full members?".
/// Not "Who left?", "Who is not in the CSTO?", "Who else wants in?", "Who's in charge?".
fn members_question(items: &[Item<'_>]) -> Option<Question> {
    // ("So who's actually in EurAsEC?", "And who is in the CSTO now?")
    let items = match items.first() {
        Some(w) if w.is_any(&["so", "and", "but", "then"]) => &items[1..],
        _ => items,
    };
    // ("How many members does the CSTO have now?", "How many states are in GUAM today?")
    if items.len() >= 6
        && items[0].is("how")
        && items[1].is("many")
        && items[2].is_any(&["members", "states", "countries"])
        && items.last().is_some_and(|w| w.is_punct('?'))
    {
        let tail = &items[3..items.len() - 1];
        let at = match tail {
            [v, ..] if v.is_any(&["does", "did", "has"]) => 1,
            [v, i, ..] if v.is_any(&["are", "remain"]) && i.is("in") => 2,
            _ => return None,
        };
        let the = usize::from(tail.get(at).is_some_and(|w| w.is("the")));
        let rest = &tail[at + the..];
        let (org, more) = rest.split_first()?;
        return match org.entity() {
            Some(Entity::Org(o))
                if more.iter().all(|w| {
                    w.is_any(&[
                        "have", "got", "now", "today", "still", "left", "these", "days",
                    ])
                }) =>
            {
                Some(Question::Named(o))
            }
            _ => None,
        };
    }
    let (first, rest) = items.split_first()?;
    let (last, rest) = rest.split_last()?;
    if !first.is("who") || !last.is_punct('?') {
        return None;
    }
    // ("Who remains in EurAsEC?" too)
    let verb = rest.first()?;
    if !(verb.text == "'s" || verb.is_any(&["is", "are", "remains", "remain"])) {
        return None;
    }
    let mut k = 1;
    while rest.get(k).is_some_and(|w| {
        w.is_any(&[
            "still",
            "now",
            "fully",
            "currently",
            "actually",
            "really",
            "exactly",
        ])
    }) {
        k += 1;
    }
    // ("Who's left in EurAsEC?": those still in)
    if rest.get(k).is_some_and(|w| w.is("left")) && rest.get(k + 1).is_some_and(|w| w.is("in")) {
        k += 1;
    }
    let tail = &rest[k..];
    // ("Who's in the CSTO these days?")
    let adverb = |w: &Item<'_>| w.is_any(&["now", "today", "still", "these", "days", "nowadays"]);
    match tail {
        [i] if i.is("in") => Some(Question::Topic),
        [i, after @ ..] if i.is("in") => {
            // (an organisation right after "in", and only adverbs after it)
            let the = usize::from(after.first()?.is("the"));
            let after = &after[the..];
            let (org, more) = after.split_first()?;
            match org.entity() {
                Some(Entity::Org(o)) if more.iter().all(adverb) => Some(Question::Named(o)),
                // ("Who's in the treaty today?", "Who's in the new organisation?")
                _ if the == 1 => {
                    let noun = after
                        .iter()
                        .position(|w| w.is_any(super::grammar::ORG_ANAPHORS))?;
                    (after[..noun]
                        .iter()
                        .all(|w| w.is_any(&["new", "old", "same"]))
                        && after[noun + 1..].iter().all(adverb))
                    .then_some(Question::Anaphor(k + 2))
                }
                _ => None,
            }
        }
        [l, a, m] | [l, a, _, m] if l.is("left") && a.is("as") && m.is("members") => {
            Some(Question::Topic)
        }
        _ => None,
    }
}

/// `members_question` on a sentence's text alone, for one the grammar skips ("Who's still
/// fully in?"): `true` when it asks after the members of the article's topic.
pub(super) fn asks_for_members(sentence: &str) -> bool {
    // (most sentences the grammar skips: nothing allocated for them)
    let sentence = sentence.trim();
    if !(sentence
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("who"))
        && sentence.ends_with('?'))
    {
        return false;
    }
    let t = sentence.to_lowercase().replace('\u{2019}', "'");
    let Some(mut t) = ["who's ", "who is ", "who are "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
    else {
        return false;
    };
    while let Some(r) = ["still ", "now ", "fully ", "currently "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
    {
        t = r;
    }
    t == "in?" || t.starts_with("left as ") && t.ends_with(" members?")
}
