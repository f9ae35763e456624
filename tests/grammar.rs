//! The claim grammar, one construction family at a time. Each case is a short article body
//! and the facts it must yield (and nothing else), written as
//! `event state org when modality` for membership, `count org value counts when`,
//! `quantity subject value approx when`, `office person role state when`.

use claimlint::fact::{Claim, Fact, PersonRef};
use claimlint::lexicon::Lexicon;
use std::path::Path;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        Lexicon::load(Path::new("rules/lexicon.ron"), "rules/lexicon.ron")
            .expect("lexicon loads")
            .0
    })
}

fn render(f: &Fact) -> String {
    let lex = lexicon();
    let when = f.when.map_or("-".to_string(), |w| w.notation());
    match &f.claim {
        Claim::Membership { event, state, org } => format!(
            "{} {} {} {} {}",
            event.as_str(),
            state.map_or("-", |s| lex.state(s).id.as_str()),
            lex.org(*org).id,
            when,
            f.modality.as_str()
        ),
        Claim::Count { org, value, counts } => format!(
            "count {} {value} {} {when}",
            lex.org(*org).id,
            counts.as_str()
        ),
        Claim::Quantity {
            subject,
            value,
            approx,
            ..
        } => {
            format!(
                "quantity {} {value} {approx} {when} {}",
                lex.subject(*subject).id,
                f.modality.as_str()
            )
        }
        Claim::Office {
            person,
            role,
            state,
        } => {
            let name = match person {
                PersonRef::Known(p) => lex.person(*p).name.clone(),
                PersonRef::Named(n) => n.to_string(),
            };
            format!(
                "office {name} {} {} {when}",
                role.as_str(),
                lex.state(*state).id
            )
        }
    }
}

/// The facts of an article dated `date` whose body is `body`, rendered and sorted.
fn facts(date: &str, body: &str) -> Vec<String> {
    facts_of(&format!("Date: {date}\nTitle: Test\n\n{body}\n"))
}

/// The facts of a whole article (header and body), rendered and sorted.
fn facts_of(text: &str) -> Vec<String> {
    let (facts, _, problems) =
        claimlint::extract_bytes(text.as_bytes().to_vec(), "t.txt", lexicon());
    assert!(problems.is_empty(), "{problems:?}");
    let mut out: Vec<String> = facts.iter().map(render).collect();
    out.sort();
    out
}

#[track_caller]
fn check(date: &str, body: &str, expected: &[&str]) {
    check_all(date, body, expected.iter().map(|s| s.to_string()).collect());
}

fn check_all(date: &str, body: &str, mut want: Vec<String>) {
    want.sort();
    assert_eq!(facts(date, body), want, "\n{body}");
}

/// The six states that stayed in the Collective Security Treaty in 1999.
const THE_SIX: &[&str] = &[
    "Armenia",
    "Belarus",
    "Kazakhstan",
    "Kyrgyzstan",
    "Russia",
    "Tajikistan",
];

/// The eight republics that joined the Commonwealth at Alma-Ata on 21 December 1991.
const ALMA_ATA_EIGHT: &[&str] = &[
    "Armenia",
    "Azerbaijan",
    "Kazakhstan",
    "Kyrgyzstan",
    "Moldova",
    "Tajikistan",
    "Turkmenistan",
    "Uzbekistan",
];

/// The six states that founded the Shanghai Cooperation Organisation on 15 June 2001.
const SCO_SIX: &[&str] = &[
    "China",
    "Kazakhstan",
    "Kyrgyzstan",
    "Russia",
    "Tajikistan",
    "Uzbekistan",
];

/// The six states that signed the Collective Security Treaty in Tashkent on 15 May 1992.
const CST_SIX: &[&str] = &[
    "Armenia",
    "Kazakhstan",
    "Kyrgyzstan",
    "Russia",
    "Tajikistan",
    "Uzbekistan",
];

/// The five states that signed the GUUAM charter in Yalta on 7 June 2001.
const GUUAM_FIVE: &[&str] = &["Azerbaijan", "Georgia", "Moldova", "Ukraine", "Uzbekistan"];

/// `fact` ("member {} CST 1999-04-02 asserted") of each of `states`.
fn each(states: &[&str], fact: &str) -> Vec<String> {
    states.iter().map(|st| fact.replace("{}", st)).collect()
}

/// The facts written out.
fn strs(facts: &[&str]) -> Vec<String> {
    facts.iter().map(|f| f.to_string()).collect()
}

#[test]
fn coordinated_subjects_with_and_without_serial_comma() {
    check(
        "2002-01-10",
        "Moldova, Ukraine, Georgia and Azerbaijan set up GUAM in 1997.",
        &[
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
        ],
    );
    check(
        "2002-01-10",
        "Armenia, Kazakhstan, and Russia signed the Tashkent Treaty in May 1992.",
        &[
            "signed Armenia CST 1992-05 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
        ],
    );
    check(
        "2002-01-10",
        "Both Georgia and Azerbaijan joined the CIS collective security treaty in 1993.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
        ],
    );
    check(
        "2002-01-10",
        "Belarus as well as Georgia acceded to the Tashkent Treaty in 1993.",
        &[
            "joined Belarus CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
        ],
    );
}

#[test]
fn asides_between_subject_and_verb() {
    check(
        "2000-03-01",
        "Georgia and Azerbaijan—both wary of Moscow at the time—quit the Tashkent Treaty in 1999.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
    check(
        "2000-03-01",
        "Uzbekistan, after months of hesitation, withdrew from the Collective Security Treaty in April 1999.",
        &["withdrew Uzbekistan CST 1999-04 asserted"],
    );
    check(
        "2000-03-01",
        "Tashkent – whose relations with Moscow had soured – pulled out of the collective security pact last year.",
        &["withdrew Uzbekistan CST 1999 asserted"],
    );
}

#[test]
fn pronouns_point_back_within_and_across_sentences() {
    check(
        "2000-03-01",
        "Georgia and Azerbaijan rarely sent officers to exercises, and they left the Tashkent Treaty in 1999.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
    check(
        "2000-03-01",
        "Georgia, Azerbaijan and Uzbekistan declined to sign the extension protocol. The three countries left the Tashkent Treaty in 1999.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn the_treaty_resolves_to_the_organisation_last_named() {
    check(
        "1998-11-20",
        "The Collective Security Treaty expires next spring. Azerbaijan joined the treaty in 1993 and has rarely taken part since.",
        &["joined Azerbaijan CST 1993 asserted"],
    );
    check(
        "2005-06-01",
        "GUUAM met in Chisinau. Uzbekistan, which joined the bloc in 1999, formally left it last month.",
        &[
            "joined Uzbekistan GUAM 1999 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
}

#[test]
fn status_claims() {
    check(
        "2001-05-05",
        "Belarus, a CSTO member, hosts a Russian radar station.",
        &["member Belarus CSTO 2001-05-05 asserted"],
    );
    // An aside between the copula and the noun, plain or hedging.
    check(
        "1997-10-14",
        "Georgia and Azerbaijan are also, for the time being, parties to the Tashkent Treaty.",
        &[
            "member Azerbaijan CST 1997-10-14 asserted",
            "member Georgia CST 1997-10-14 asserted",
        ],
    );
    check(
        "1998-01-01",
        "Georgia is, on paper at least, a member of the CIS.",
        &["member Georgia CIS 1998-01-01 hedged"],
    );
    check(
        "2004-05-05",
        "Armenia remains a member of the CSTO.",
        &["member Armenia CSTO 2004-05-05 asserted"],
    );
    check(
        "2004-05-05",
        "Azerbaijan is not a member of the CSTO.",
        &["not_member Azerbaijan CSTO 2004-05-05 asserted"],
    );
    check(
        "2006-05-05",
        "Iran is an observer in the SCO.",
        &["observer Iran SCO 2006-05-05 asserted"],
    );
    check(
        "2006-05-05",
        "Turkmenistan is an associate member of the CIS.",
        &["associate Turkmenistan CIS 2006-05-05 asserted"],
    );
    check(
        "2004-05-05",
        "Uzbekistan is only nominally a member of GUUAM.",
        &["member Uzbekistan GUAM 2004-05-05 hedged"],
    );
    check(
        "2004-05-05",
        "The six CSTO members—Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan—met in Astana.",
        &[
            "count CSTO 6 members 2004-05-05",
            "member Armenia CSTO 2004-05-05 asserted",
            "member Belarus CSTO 2004-05-05 asserted",
            "member Kazakhstan CSTO 2004-05-05 asserted",
            "member Kyrgyzstan CSTO 2004-05-05 asserted",
            "member Russia CSTO 2004-05-05 asserted",
            "member Tajikistan CSTO 2004-05-05 asserted",
        ],
    );
    check(
        "2004-05-05",
        "The organisation consists of Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, and the SCO is growing.",
        &[],
    );
    check(
        "2004-05-05",
        "The SCO consists of Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.",
        &[
            "member China SCO 2004-05-05 asserted",
            "member Kazakhstan SCO 2004-05-05 asserted",
            "member Kyrgyzstan SCO 2004-05-05 asserted",
            "member Russia SCO 2004-05-05 asserted",
            "member Tajikistan SCO 2004-05-05 asserted",
            "member Uzbekistan SCO 2004-05-05 asserted",
        ],
    );
    check(
        "2003-05-05",
        "Kyrgyzstan has been a member of the CIS since 1991.",
        &["member Kyrgyzstan CIS 1991..2003-05-05 asserted"],
    );
    check(
        "2003-05-05",
        "Georgia was a member of the treaty in 1995.",
        &[],
    );
}

#[test]
fn planned_and_negated_claims() {
    check(
        "1999-02-10",
        "Uzbekistan will not renew its membership when the Collective Security Treaty expires this coming April.",
        &["withdrew Uzbekistan CST 1999-04 planned"],
    );
    check(
        "2005-03-01",
        "Kyiv plans to leave the CIS.",
        &["withdrew Ukraine CIS 2005-03-01.. planned"],
    );
    check(
        "2005-03-01",
        "Ukraine is expected to join the WTO next year.",
        &["joined Ukraine WTO 2006 planned"],
    );
    check(
        "1999-02-10",
        "Armenia threatened to quit the Tashkent Treaty.",
        &["withdrew Armenia CST 1999-02-10.. planned"],
    );
    check(
        "2001-03-01",
        "Turkmenistan did not sign the Tashkent Treaty.",
        &["signed Turkmenistan CST ..2001-03-01 negated"],
    );
    check(
        "1999-05-01",
        "Azerbaijan did not renew its membership in the Tashkent Treaty in April.",
        &["withdrew Azerbaijan CST 1999-04 asserted"],
    );
}

#[test]
fn hedges() {
    check(
        "2002-06-01",
        "Uzbekistan reportedly suspended its participation in GUUAM in June.",
        &["suspended Uzbekistan GUAM 2002-06 hedged"],
    );
    check(
        "2002-06-01",
        "According to diplomats, Tashkent quit GUUAM last month.",
        &["withdrew Uzbekistan GUAM 2002-05 hedged"],
    );
    // "May have" guesses about the past; "may join" is a plan.
    check(
        "2000-05-05",
        "Uzbekistan may have quietly signed the Collective Security Treaty in 1992, and \
         Belarus might have joined it in 1993. Armenia may join the CSTO next year.",
        &[
            "joined Armenia CSTO 2001 planned",
            "joined Belarus CST 1993 hedged",
            "signed Uzbekistan CST 1992 hedged",
        ],
    );
}

#[test]
fn metonymy_and_the_longest_name() {
    check(
        "1999-06-01",
        "Tashkent left the Tashkent Treaty in April.",
        &["withdrew Uzbekistan CST 1999-04 asserted"],
    );
    check(
        "2003-06-01",
        "Moscow and Dushanbe signed the CSTO charter in 2002.",
        &[
            "signed Russia CSTO 2002 asserted",
            "signed Tajikistan CSTO 2002 asserted",
        ],
    );
    check(
        "2008-06-01",
        "The Uzbek government suspended its membership of EurAsEC.",
        &["suspended Uzbekistan EurAsEC ..2008-06-01 asserted"],
    );
}

#[test]
fn bilateral_treaties_are_not_membership() {
    check(
        "1997-06-01",
        "Russia and Ukraine signed a friendship treaty in Kiev.",
        &[],
    );
    check(
        "2005-11-20",
        "Moscow and Tashkent signed a treaty on allied relations.",
        &[],
    );
}

#[test]
fn multiword_verbs() {
    check(
        "2000-01-01",
        "Georgia put its signature to the Collective Security Treaty in 1993.",
        &["signed Georgia CST 1993 asserted"],
    );
    check(
        "2000-10-13",
        "Belarus and Kazakhstan put their names to the EurAsEC treaty on 10 October.",
        &[
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Kazakhstan EurAsEC 2000-10-10 asserted",
        ],
    );
    check(
        "2001-10-24",
        "Uzbekistan helped to found the SCO in June.",
        &["founded Uzbekistan SCO 2001-06 asserted"],
    );
}

#[test]
fn dates() {
    check(
        "2000-05-01",
        "Belarus acceded to the Tashkent Treaty in 1993-94.",
        &["joined Belarus CST 1993..1994 asserted"],
    );
    check(
        "2000-05-01",
        "Russia signed the Tashkent Treaty on 15 May 1992.",
        &["signed Russia CST 1992-05-15 asserted"],
    );
    check(
        "2000-05-01",
        "Azerbaijan joined the Tashkent Treaty in 1993 and left it six years later.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
        ],
    );
    check(
        "2000-05-01",
        "Uzbekistan joined GUUAM last year.",
        &["joined Uzbekistan GUAM 1999 asserted"],
    );
    check(
        "2006-09-01",
        "Uzbekistan rejoined the CSTO two weeks ago.",
        &["rejoined Uzbekistan CSTO 2006-08-15..2006-08-21 asserted"],
    );
}

#[test]
fn counts() {
    check(
        "1998-05-01",
        "The four GUAM states want a transport corridor.",
        &["count GUAM 4 members 1998-05-01"],
    );
    check(
        "2007-05-01",
        "The seven-member CSTO held exercises.",
        &["count CSTO 7 members 2007-05-01"],
    );
    check(
        "2000-05-01",
        "Kazakhstan, one of the six signatories of the Tashkent Treaty, backed the plan.",
        &[
            "count CST 6 signatories 2000-05-01",
            "signed Kazakhstan CST ..2000-05-01 asserted",
        ],
    );
    check(
        "1999-05-01",
        "GUUAM now has five members.",
        &["count GUAM 5 members 1999-05-01"],
    );
}

#[test]
fn quantities() {
    check(
        "1999-03-16",
        "About 20,000 Russian soldiers are stationed in Tajikistan.",
        &["quantity russian-forces-tajikistan 20000 true 1999-03-16 asserted"],
    );
    check(
        "1999-03-16",
        "Moscow keeps 11,000 troops of the 201st division in Tajikistan.",
        &["quantity russian-forces-tajikistan 11000 false 1999-03-16 asserted"],
    );
    check(
        "2001-05-30",
        "The CST's new rapid-deployment force will have a 1,500-strong core.",
        &["quantity csto-rapid-deployment-force 1500 false 2001-05-30.. planned"],
    );
    check(
        "1999-03-16",
        "Some 14,000 Russian border guards patrol the Tajik-Afghan frontier.",
        &["quantity russian-border-guards-tajikistan 14000 true 1999-03-16 asserted"],
    );
}

#[test]
fn american_troops_written_us_or_placed_there() {
    check(
        "2005-05-01",
        "Some 1,000 US servicemen are stationed at Karshi-Khanabad.",
        &["quantity us-forces-uzbekistan 1000 true 2005-05-01 asserted"],
    );
    check(
        "2005-05-01",
        "The US has some 1,500 troops at the Manas base.",
        &["quantity us-forces-kyrgyzstan 1500 true 2005-05-01 asserted"],
    );
    // "there" and "the base" are where the sentence before was
    check(
        "2005-05-01",
        "Washington leases the air base at Manas. About 1,000 US troops are there.",
        &["quantity us-forces-kyrgyzstan 1000 true 2005-05-01 asserted"],
    );
    check(
        "2005-05-01",
        "Washington leases the air base at Manas. About 1,000 US troops are stationed at the base.",
        &["quantity us-forces-kyrgyzstan 1000 true 2005-05-01 asserted"],
    );
    // (not a pronoun inside another word: "Russian", "thus"; not a place two sentences back;
    // not an existential "there are")
    check(
        "2005-05-01",
        "Russia thus keeps 5,000 troops in Tajikistan.",
        &["quantity russian-forces-tajikistan 5000 false 2005-05-01 asserted"],
    );
    check(
        "2005-05-01",
        "Washington leases the air base at Manas. Talks went on. About 1,000 US troops are there.",
        &[],
    );
    check(
        "2005-05-01",
        "Washington leases the air base at Manas. There are 1,000 US troops in the region.",
        &[],
    );
}

#[test]
fn offices() {
    check(
        "1998-05-01",
        "President Islam Karimov met the envoy.",
        &["office Islam Karimov president Uzbekistan 1998-05-01"],
    );
    check(
        "1999-05-01",
        "Georgian President Eduard Shevardnadze and Azerbaijani President Heydar Aliyev attended.",
        &[
            "office Eduard Shevardnadze president Georgia 1999-05-01",
            "office Heydar Aliyev president Azerbaijan 1999-05-01",
        ],
    );
    check(
        "2001-05-01",
        "Presidents Kuchma and Voronin signed a declaration.",
        &[
            "office Leonid Kuchma president Ukraine 2001-05-01",
            "office Vladimir Voronin president Moldova 2001-05-01",
        ],
    );
    check(
        "2004-05-01",
        "In 2003, then-President Shevardnadze sought closer ties with NATO.",
        &["office Eduard Shevardnadze president Georgia 2003"],
    );
    check(
        "2005-05-01",
        "Former President Heydar Aliyev died in 2003.",
        &["office Heydar Aliyev president Azerbaijan ..2005-05-01"],
    );
    check(
        "2004-05-01",
        "Uzbekistan's foreign minister, Sodiq Safoyev, flew to Moscow.",
        &["office Sodiq Safoyev foreign_minister Uzbekistan 2004-05-01"],
    );
    check(
        "2004-05-01",
        "President Aliyev spoke in Baku.",
        &["office Ilham Aliyev president Azerbaijan 2004-05-01"],
    );
}

#[test]
fn offices_told_after_the_name() {
    check(
        "2003-05-01",
        "Islam Karimov, the Uzbek president, spoke first.",
        &["office Islam Karimov president Uzbekistan 2003-05-01"],
    );
    check(
        "1998-09-23",
        "Robert Kocharyan, Armenia's president since April, met the envoy.",
        &["office Robert Kocharyan president Armenia 1998-04..1998-09-23"],
    );
}

#[test]
fn boilerplate_is_not_a_claim() {
    check(
        "2004-05-01",
        "Nothing happened.\n\nThe Bulletin is a publication of the Foundation; it says Russia joined the CIS. Contact: a@b.example\n\n(Sources: Interfax, Russia joined the CIS, May 2)",
        &[],
    );
}

#[test]
fn an_anaphor_means_the_organisation_the_listed_states_belonged_to() {
    // "It" after a paragraph that has GUAM as its topic: the six listed were the treaty's
    // members, not GUAM's (the reference timeline says so), and the count goes with them.
    check(
        "1999-05-04",
        "GUAM met in Washington. GUAM grew to five. GUAM will meet again. \
         Meanwhile the Collective Security Treaty was prolonged. \
         It now rests on six members—Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.",
        &[
            "count CST 6 members 1999-05-04",
            "member Armenia CST 1999-05-04 asserted",
            "member Belarus CST 1999-05-04 asserted",
            "member Kazakhstan CST 1999-05-04 asserted",
            "member Kyrgyzstan CST 1999-05-04 asserted",
            "member Russia CST 1999-05-04 asserted",
            "member Tajikistan CST 1999-05-04 asserted",
        ],
    );
    // The same listing when the organisation chosen fits: nothing changes.
    check(
        "2003-05-04",
        "GUAM met in Yalta. The grouping consists of Georgia, Ukraine, Azerbaijan and Moldova.",
        &[
            "member Azerbaijan GUAM 2003-05-04 asserted",
            "member Georgia GUAM 2003-05-04 asserted",
            "member Moldova GUAM 2003-05-04 asserted",
            "member Ukraine GUAM 2003-05-04 asserted",
        ],
    );
    // Joining is news the reference cannot know: never reconsidered.
    check(
        "2003-05-04",
        "GUAM met in Yalta. Armenia and Belarus joined the grouping in 2003.",
        &[
            "joined Armenia GUAM 2003 asserted",
            "joined Belarus GUAM 2003 asserted",
        ],
    );
}

#[test]
fn a_denied_subject_negates_the_claim() {
    check(
        "1999-02-09",
        "Georgia, Ukraine, Azerbaijan and Moldova met in Strasbourg. None of them has quit the CIS.",
        &[
            "withdrew Azerbaijan CIS ..1999-02-09 negated",
            "withdrew Georgia CIS ..1999-02-09 negated",
            "withdrew Moldova CIS ..1999-02-09 negated",
            "withdrew Ukraine CIS ..1999-02-09 negated",
        ],
    );
    check(
        "1999-04-27",
        "Georgia and Azerbaijan joined GUAM in 1997. Neither is a NATO member.",
        &[
            "joined Azerbaijan GUAM 1997 asserted",
            "joined Georgia GUAM 1997 asserted",
            "not_member Azerbaijan NATO 1999-04-27 asserted",
            "not_member Georgia NATO 1999-04-27 asserted",
        ],
    );
}

#[test]
fn belonged_is_a_past_status_and_never_belonged_a_present_one() {
    check(
        "2008-08-19",
        "Georgia, which has never belonged to the CSTO, is pressing its bid. \
         In the 1990s Azerbaijan belonged to the Collective Security Treaty.",
        &[
            "member Azerbaijan CST ..2008-08-19 asserted",
            "not_member Georgia CSTO 2008-08-19 asserted",
        ],
    );
}

#[test]
fn a_treaty_introduces_a_document_and_its_date_may_come_before_it() {
    // "a treaty" is no anaphor for the treaty named before; the date sits before the object.
    check(
        "2000-10-13",
        "The Collective Security Treaty is weak. Belarus and Russia signed a treaty in Astana \
         on October 10 establishing the Eurasian Economic Community.",
        &[
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Russia EurAsEC 2000-10-10 asserted",
        ],
    );
    // A date after ", and" belongs to the next clause.
    check(
        "2006-01-27",
        "Last year Uzbekistan pulled out of GUUAM, and in November it signed a treaty of \
         alliance with Russia.",
        &["withdrew Uzbekistan GUAM 2005 asserted"],
    );
}

#[test]
fn a_number_or_a_list_aside_spells_out_the_members() {
    check(
        "2000-02-15",
        "The Collective Security Treaty was renewed. The six—Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan, Russia and Tajikistan—are due to meet in Minsk.",
        &[
            "member Armenia CST 2000-02-15 asserted",
            "member Belarus CST 2000-02-15 asserted",
            "member Kazakhstan CST 2000-02-15 asserted",
            "member Kyrgyzstan CST 2000-02-15 asserted",
            "member Russia CST 2000-02-15 asserted",
            "member Tajikistan CST 2000-02-15 asserted",
        ],
    );
    // Five named are not "the six": no listing.
    check(
        "2000-02-15",
        "The Collective Security Treaty was renewed. The six—Armenia, Belarus, Kazakhstan, \
         Russia and Tajikistan—are due to meet in Minsk.",
        &[],
    );
    check(
        "2006-08-21",
        "The CSTO now has three members: Russia, Armenia and, once again, Uzbekistan.",
        &[
            "count CSTO 3 members 2006-08-21",
            "member Armenia CSTO 2006-08-21 asserted",
            "member Russia CSTO 2006-08-21 asserted",
            "member Uzbekistan CSTO 2006-08-21 asserted",
        ],
    );
}

#[test]
fn an_anaphor_means_the_organisation_as_it_stood_at_the_date() {
    // In 2006 "the alliance" after a mention of the Collective Security Treaty is its
    // successor, for a status at the article's date and for an event dated after the successor
    // was founded; "seven years after ... in 1999" dates the main clause 2006, and the 1999 of
    // the clause before is not its date.
    check(
        "2006-08-21",
        "Seven years after it walked out of the Collective Security Treaty in 1999, Uzbekistan \
         has restored its membership of the alliance. The alliance now has two members: Russia \
         and Armenia.",
        &[
            "count CSTO 2 members 2006-08-21",
            "member Armenia CSTO 2006-08-21 asserted",
            "member Russia CSTO 2006-08-21 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    // "the union of Russia and Belarus" names no organisation, and "seven years" are no group.
    check(
        "2009-02-06",
        "GUAM met in Baku. Moscow prefers the union of Russia and Belarus. Armenia, Belarus, \
         Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan met. Tashkent rejoined the \
         CSTO in 2006 only after seven years outside it.",
        &["rejoined Uzbekistan CSTO 2006 asserted"],
    );
}

#[test]
fn a_group_referred_back_to_joins_a_list_and_an_unborn_organisation_is_reconsidered() {
    check_all(
        "2001-06-15",
        "Russia, China, Kazakhstan, Kyrgyzstan and Tajikistan met in Shanghai in 1996. \
         Today those five and Uzbekistan founded the Shanghai Cooperation Organisation.",
        each(SCO_SIX, "founded {} SCO 2001-06-15 asserted"),
    );
    // The customs union was founded in 2010: in 2008 "its six members" are EurAsEC's.
    check(
        "2008-11-19",
        "EurAsEC has become a shell for the customs union that only three of its six \
         members—Russia, Belarus and Kazakhstan—are actually building.",
        &[
            "count EurAsEC 6 members 2008-11-19",
            "member Belarus EurAsEC 2008-11-19 asserted",
            "member Kazakhstan EurAsEC 2008-11-19 asserted",
            "member Russia EurAsEC 2008-11-19 asserted",
        ],
    );
}

#[test]
fn leaders_of_their_states_are_the_subject() {
    check(
        "2000-10-13",
        "On 10 October, in Astana, Presidents Alexander Lukashenko of Belarus, Nursultan \
         Nazarbayev of Kazakhstan and Vladimir Putin of Russia put their names to a treaty \
         establishing the Eurasian Economic Community.",
        &[
            "office Alexander Lukashenko president Belarus 2000-10-13",
            "office Nursultan Nazarbayev president Kazakhstan 2000-10-13",
            "office Vladimir Putin president Russia 2000-10-13",
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Kazakhstan EurAsEC 2000-10-10 asserted",
            "signed Russia EurAsEC 2000-10-10 asserted",
        ],
    );
}

#[test]
fn a_reduced_relative_names_the_founders_and_since_follows_a_list() {
    check(
        "1999-02-09",
        "Uzbekistan may attach itself to GUAM, the consultative group formed by Georgia, \
         Ukraine, Azerbaijan and Moldova in 1997.",
        &[
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
        ],
    );
    check(
        "1999-04-27",
        "GUAM met. The grouping, which has brought together Georgia, Ukraine, Azerbaijan and \
         Moldova since 1997, will be known as GUUAM.",
        &[
            "member Azerbaijan GUAM 1997..1999-04-27 asserted",
            "member Georgia GUAM 1997..1999-04-27 asserted",
            "member Moldova GUAM 1997..1999-04-27 asserted",
            "member Ukraine GUAM 1997..1999-04-27 asserted",
        ],
    );
}

#[test]
fn an_organisation_referred_to_in_the_previous_sentence_is_what_a_bare_verb_leaves() {
    check(
        "2002-05-16",
        "The Collective Security Treaty marked ten years. The treaty now has two members—Russia \
         and Armenia. Azerbaijan and Georgia, which let their membership lapse in 1999, were not \
         represented.",
        &[
            "count CST 2 members 2002-05-16",
            "member Armenia CST 2002-05-16 asserted",
            "member Russia CST 2002-05-16 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
}

#[test]
fn the_original_treaty_is_the_treaty_of_its_time() {
    check(
        "2006-08-21",
        "The CSTO met. In 1992 Uzbekistan signed the original treaty in Tashkent.",
        &["signed Uzbekistan CST 1992 asserted"],
    );
}

#[test]
fn the_states_that_signed_are_signatories_of_their_time() {
    check(
        "2006-08-21",
        "The CSTO met. Uzbekistan was among the six states that signed the treaty on 15 May 1992.",
        &[
            "count CST 6 signatories 1992-05-15",
            "signed Uzbekistan CST 1992-05-15 asserted",
        ],
    );
}

#[test]
fn a_date_opening_a_coordinated_clause_dates_that_clause() {
    // "since" after an auxiliary is an adverb, not a clause of its own.
    check(
        "2006-08-21",
        "Karimov has since signed a treaty of alliance with Russia, and in January Uzbekistan \
         joined the Eurasian Economic Community.",
        &["joined Uzbekistan EurAsEC 2006-01 asserted"],
    );
    check(
        "2009-02-06",
        "Tashkent rejoined the CSTO in 2006 after seven years outside it, and last year the \
         Uzbek government suspended its participation in the Eurasian Economic Community.",
        &[
            "rejoined Uzbekistan CSTO 2006 asserted",
            "suspended Uzbekistan EurAsEC 2008 asserted",
        ],
    );
}

#[test]
fn more_ways_to_leave_and_to_come_in() {
    check(
        "2006-08-21",
        "Uzbekistan signed the Collective Security Treaty in May 1992, let it lapse in 1999, \
         and rejoined only in 2006.",
        &[
            "signed Uzbekistan CST 1992-05 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
        ],
    );
    check(
        "2009-08-21",
        "Georgia formally ceased to be a member of the Commonwealth of Independent States on \
         August 18.",
        &["withdrew Georgia CIS 2009-08-18 asserted"],
    );
    check(
        "1999-04-27",
        "Georgia and Azerbaijan, which declined to extend the Collective Security Treaty, are \
         founding members of GUUAM.",
        &[
            "member Azerbaijan GUAM 1999-04-27 asserted",
            "member Georgia GUAM 1999-04-27 asserted",
            "withdrew Azerbaijan CST ..1999-04-27 asserted",
            "withdrew Georgia CST ..1999-04-27 asserted",
        ],
    );
    check(
        "1999-02-09",
        "Six states signed the Collective Security Treaty in 1992. Azerbaijan, Georgia and \
         Belarus came in during 1993, bringing the total to nine.",
        &[
            "count CST 6 signatories 1992",
            "joined Azerbaijan CST 1993 asserted",
            "joined Belarus CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
        ],
    );
    check(
        "2001-06-19",
        "Uzbekistan, which only two years ago walked out of the Collective Security Treaty, \
         now sits in a new structure.",
        &["withdrew Uzbekistan CST 1999 asserted"],
    );
    // Talk of leaving is no leaving.
    check(
        "2007-02-06",
        "Ukraine remains a member of the CIS, despite talk in Kyiv two years ago of leaving it.",
        &["member Ukraine CIS 2007-02-06 asserted"],
    );
}

#[test]
fn participles_share_the_subject_of_their_sentence() {
    check(
        "2002-05-16",
        "The Collective Security Treaty turned ten. Having quit in 1999, Tashkent now looks \
         to the CSTO's rivals.",
        &["withdrew Uzbekistan CST 1999 asserted"],
    );
    check(
        "2006-08-21",
        "Uzbekistan was the odd one out. It then looked elsewhere, joining the GUUAM group in \
         1999 and leaving it last year.",
        &[
            "joined Uzbekistan GUAM 1999 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
        ],
    );
    // "leaving GUUAM weakened" says what became of GUUAM, not who left it.
    check(
        "2006-08-21",
        "Russia signed a gas deal with Ukraine, leaving GUUAM weakened.",
        &[],
    );
}

#[test]
fn a_hedge_reaches_only_its_own_part_of_the_clause() {
    check(
        "1997-10-14",
        "Georgia and Azerbaijan, which acceded to the Collective Security Treaty in 1993, are \
         nominally members of the pact.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "member Azerbaijan CST 1997-10-14 hedged",
            "member Georgia CST 1997-10-14 hedged",
        ],
    );
    check(
        "2012-07-03",
        "Armenia, Belarus and Russia remain members of the CSTO, and Uzbekistan itself \
         nominally remains one.",
        &[
            "member Armenia CSTO 2012-07-03 asserted",
            "member Belarus CSTO 2012-07-03 asserted",
            "member Russia CSTO 2012-07-03 asserted",
            // ("one" is the status just told, with its own clause's hedge)
            "member Uzbekistan CSTO 2012-07-03 hedged",
        ],
    );
    check(
        "2002-10-09",
        "Armenia and Russia signed the charter of the Collective Security Treaty Organization, \
         turning the treaty into an alliance with, at least on paper, a joint staff.",
        &[
            "signed Armenia CSTO ..2002-10-09 asserted",
            "signed Russia CSTO ..2002-10-09 asserted",
        ],
    );
    // A hedge in an aside before the verb, or tagged on at the end, hedges the claim.
    check(
        "2005-08-30",
        "Turkmenistan, at least on paper, is a member of the CIS.",
        &["member Turkmenistan CIS 2005-08-30 hedged"],
    );
    check(
        "2005-08-30",
        "Turkmenistan is a member of the CIS, at least on paper.",
        &["member Turkmenistan CIS 2005-08-30 hedged"],
    );
}

#[test]
fn conditions_denials_and_describing_words_before_a_name() {
    // A condition states nothing.
    check(
        "2010-07-12",
        "If Kyrgyzstan joined the customs union, its tariffs would change. Were Ukraine to join \
         NATO, the lease would be in question.",
        &[],
    );
    // "have yet to" denies; "as well as" adds a subject; "yet" is no clause break here.
    check(
        "2010-07-12",
        "Russia and Kazakhstan, as well as Belarus, have yet to join the World Trade \
         Organization.",
        &[
            "joined Belarus WTO ..2010-07-12 negated",
            "joined Kazakhstan WTO ..2010-07-12 negated",
            "joined Russia WTO ..2010-07-12 negated",
        ],
    );
    check(
        "2005-05-10",
        "Georgia left the Russian-dominated Collective Security Treaty in 1999; Uzbekistan quit \
         the old Tashkent Treaty the same year, having signed the original Collective Security \
         Treaty in 1992.",
        &[
            "signed Uzbekistan CST 1992 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    check(
        "2001-06-18",
        "Uzbekistan, a member of neither the Collective Security Treaty nor the Eurasian \
         Economic Community, prefers other company.",
        &[
            "not_member Uzbekistan CST 2001-06-18 asserted",
            "not_member Uzbekistan EurAsEC 2001-06-18 asserted",
        ],
    );
    // Someone else's expectation is a plan; a persuasion that worked is not.
    check(
        "2004-04-05",
        "Bulgaria and Romania expect to join the European Union in 2007.",
        &[
            "joined Bulgaria EU 2007 planned",
            "joined Romania EU 2007 planned",
        ],
    );
}

#[test]
fn counted_groups_lists_after_nouns_and_described_foundings() {
    // "Both countries" must be two.
    check(
        "2005-05-10",
        "Georgia, Ukraine, Azerbaijan and Moldova met in Chisinau. Both countries are members \
         of the Shanghai Cooperation Organisation.",
        &[],
    );
    check(
        "1999-02-08",
        "Six states signed the Collective Security Treaty in 1992. Three more states, \
         Azerbaijan, Georgia and Belarus, acceded in 1993, and the pact took effect the \
         following spring. The pact still counts nine members, among them Belarus and Armenia.",
        &[
            "count CST 9 members 1999-02-08",
            "joined Azerbaijan CST 1993 asserted",
            "joined Belarus CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "member Armenia CST 1999-02-08 asserted",
            "member Belarus CST 1999-02-08 asserted",
            "count CST 6 signatories 1992",
        ],
    );
    check(
        "1997-10-14",
        "In Strasbourg on October 10, Georgia, Ukraine, Azerbaijan and Moldova formed a loose \
         consultative forum that has already been nicknamed GUAM.",
        &[
            "founded Azerbaijan GUAM 1997-10-10 asserted",
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Moldova GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
        ],
    );
    // The treaty of 1992 was not formed in 1997: "that grouping" is the one named that was.
    check(
        "1999-02-08",
        "Uzbekistan may join GUAM. It will leave the Collective Security Treaty. Georgia, \
         Ukraine, Azerbaijan and Moldova formed that grouping in October 1997.",
        &[
            "founded Azerbaijan GUAM 1997-10 asserted",
            "founded Georgia GUAM 1997-10 asserted",
            "founded Moldova GUAM 1997-10 asserted",
            "founded Ukraine GUAM 1997-10 asserted",
            "joined Uzbekistan GUAM 1999-02-08.. planned",
            "withdrew Uzbekistan CST 1999-02-08.. planned",
        ],
    );
}

#[test]
fn day_ranges_when_clauses_and_years_counted_back() {
    check(
        "2001-06-18",
        "At a summit in Yalta on June 6-7, Uzbekistan signed the GUUAM charter. On 14-15 June \
         2001 Uzbekistan joined the Shanghai Cooperation Organisation.",
        &[
            "joined Uzbekistan SCO 2001-06-14..2001-06-15 asserted",
            "signed Uzbekistan GUAM 2001-06-06..2001-06-07 asserted",
        ],
    );
    check(
        "2009-08-21",
        "Its membership began in December 1993, when Tbilisi joined the Commonwealth of \
         Independent States under duress.",
        &["joined Georgia CIS 1993-12 asserted"],
    );
    check(
        "2012-07-03",
        "Uzbekistan quit GUUAM in May 2005, three years after it stopped taking part in that \
         group's work.",
        &[
            "suspended Uzbekistan GUAM 2002 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
}

#[test]
fn it_and_that_point_to_the_sentence_s_actor_and_the_last_name() {
    // "it" is not the last of a list of partners; "that grouping" is the one just named, not
    // the article's topic.
    check(
        "2001-06-18",
        "The Shanghai Cooperation Organisation was founded this week. Earlier this month \
         Uzbekistan had signed the GUUAM charter along with Georgia, Ukraine, Azerbaijan and \
         Moldova; it entered that grouping two years ago.",
        &[
            "founded - SCO ..2001-06-18 asserted",
            "joined Uzbekistan GUAM 1999 asserted",
            "signed Azerbaijan GUAM 2001-06 asserted",
            "signed Georgia GUAM 2001-06 asserted",
            "signed Moldova GUAM 2001-06 asserted",
            "signed Ukraine GUAM 2001-06 asserted",
            "signed Uzbekistan GUAM 2001-06 asserted",
        ],
    );
    // A possessor ends a list: "Moscow's allies" are not among the members.
    check(
        "1999-02-08",
        "The Collective Security Treaty still counts nine members, among them Belarus and \
         Armenia, Moscow's most dependable allies.",
        &[
            "count CST 9 members 1999-02-08",
            "member Armenia CST 1999-02-08 asserted",
            "member Belarus CST 1999-02-08 asserted",
        ],
    );
}

#[test]
fn whose_country_years_earlier_and_by_a_date() {
    check(
        "2007-10-10",
        "Kazakh President Nursultan Nazarbayev, whose country sits in both the CSTO and the \
         SCO, spoke first. Armenia, which, like Azerbaijan, belongs to the Tashkent Treaty, is \
         wary.",
        &[
            "member Armenia CST 2007-10-10 asserted",
            "member Azerbaijan CST 2007-10-10 asserted",
            "member Kazakhstan CSTO 2007-10-10 asserted",
            "member Kazakhstan SCO 2007-10-10 asserted",
            "office Nursultan Nazarbayev president Kazakhstan 2007-10-10",
        ],
    );
    check(
        "2012-07-04",
        "Uzbekistan left the Collective Security Treaty in 1999, having signed it in Tashkent \
         seven years earlier. It has now suspended its participation in the CSTO, an organisation it \
         had rejoined only six years earlier.",
        &[
            "rejoined Uzbekistan CSTO 2006 asserted",
            "signed Uzbekistan CST 1992 asserted",
            "suspended Uzbekistan CSTO ..2012-07-04 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    check(
        "2008-11-19",
        "Uzbekistan had formally quit GUUAM by mid-2005. Georgia will join NATO by 2010.",
        &[
            "joined Georgia NATO 2008-11-19..2010 planned",
            "withdrew Uzbekistan GUAM ..2005-12-31 asserted",
        ],
    );
}

#[test]
fn one_of_a_counted_group_and_the_organisation_just_named() {
    check(
        "2012-07-03",
        "The Collective Security Treaty is twenty. Uzbekistan was among the six states that \
         signed the original treaty in Tashkent in May 1992. Kazakhstan, one of the five \
         states that founded the Shanghai Cooperation Organisation in 2001, is calm. Tajikistan \
         was among the six states—alongside Armenia and Russia—that signed the treaty in 1992.",
        &[
            "count CST 6 signatories 1992-05",
            "count SCO 5 founders 2001",
            "founded Kazakhstan SCO 2001 asserted",
            "signed Armenia CST 1992 asserted",
            "signed Russia CST 1992 asserted",
            "signed Tajikistan CST 1992 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
        ],
    );
    // After a sentence about the WTO (never an article's topic), "the organisation" is the WTO,
    // not the customs union the article is about.
    check(
        "2010-07-09",
        "The customs union of Russia, Belarus and Kazakhstan took effect. The customs union \
         will be watched. The WTO question hangs over the project. Neither Russia nor Belarus \
         belongs to the organisation.",
        &[
            "member Russia CustomsUnion 2010-07-09 asserted",
            "member Belarus CustomsUnion 2010-07-09 asserted",
            "member Kazakhstan CustomsUnion 2010-07-09 asserted",
            "not_member Belarus WTO 2010-07-09 asserted",
            "not_member Russia WTO 2010-07-09 asserted",
        ],
    );
}

#[test]
fn founders_lists_passive_subjects_and_that_year() {
    // "the four founders of GUUAM—A, B, C and D" are founders, not a listing of members.
    check(
        "2002-06-17",
        "The four founders of GUUAM—Georgia, Ukraine, Azerbaijan and Moldova—intend to press \
         ahead.",
        &[
            "count GUAM 4 founders 2002-06-17",
            "founded Azerbaijan GUAM ..2002-06-17 asserted",
            "founded Georgia GUAM ..2002-06-17 asserted",
            "founded Moldova GUAM ..2002-06-17 asserted",
            "founded Ukraine GUAM ..2002-06-17 asserted",
        ],
    );
    // What was signed is the agreement, not NATO named inside a relative clause about it.
    check(
        "2009-06-30",
        "The agreement creating a rapid-reaction force, which Medvedev promised would match \
         comparable NATO structures, was signed by Russia, Armenia and Kazakhstan.",
        &[],
    );
    check(
        "2001-10-24",
        "Uzbekistan hosted talks in 1999 and left the Collective Security Treaty in the spring \
         of that year.",
        &["withdrew Uzbekistan CST 1999 asserted"],
    );
}

#[test]
fn admissions_asides_and_a_year_before_a_name() {
    check(
        "2001-06-18",
        "Meeting in Shanghai on June 14-15, the Shanghai Five admitted Uzbekistan. In May the \
         bloc accepted Mongolia as an observer.",
        &[
            "joined Uzbekistan SCO 2001-06-14..2001-06-15 asserted",
            "observer Mongolia SCO 2001-05 asserted",
        ],
    );
    check(
        "1996-04-29",
        "Kazakhstan and Kyrgyzstan, like Tajikistan, are parties to the 1992 Collective \
         Security Treaty.",
        &[
            "member Kazakhstan CST 1996-04-29 asserted",
            "member Kyrgyzstan CST 1996-04-29 asserted",
            "member Tajikistan CST 1996-04-29 asserted",
        ],
    );
    check(
        "2005-08-30",
        "Kyrgyzstan, also in the SCO, has resisted pressure. Tajikistan, like Kyrgyzstan a \
         member of the Eurasian Economic Community, has also voiced interest. Russia \
         itself—a Partnership for Peace member since June 1994—objects.",
        &[
            "member Kyrgyzstan EurAsEC 2005-08-30 asserted",
            "member Kyrgyzstan SCO 2005-08-30 asserted",
            "member Russia PfP 1994-06..2005-08-30 asserted",
            "member Tajikistan EurAsEC 2005-08-30 asserted",
        ],
    );
    // "considering whether to", "repeatedly threatened to": plans.
    check(
        "2005-08-30",
        "Tashkent is also considering whether to join GUAM, and Tbilisi has repeatedly \
         threatened to pull out of the CIS.",
        &[
            "joined Uzbekistan GUAM 2005-08-30.. planned",
            "withdrew Georgia CIS 2005-08-30.. planned",
        ],
    );
}

#[test]
fn cataphora_participles_with_the_topic_and_passive_admissions() {
    // "it" in a clause opening the sentence is the main clause's subject.
    check(
        "2006-08-21",
        "Georgia met Russia last week. Seven years after it walked out of the Collective \
         Security Treaty in 1999, Uzbekistan has restored its membership of the alliance.",
        &[
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    // With no organisation in the sentence, a leading participle means the article's topic.
    check(
        "2002-05-16",
        "The Collective Security Treaty turned ten this week. Having quit in 1999, Tashkent has \
         found a patron elsewhere.",
        &["withdrew Uzbekistan CST 1999 asserted"],
    );
    // "let it lapse" after "the original treaty"; a shared subject takes no date from before
    // its "and", but a date opening the clause frames every verb.
    check(
        "2012-07-02",
        "The CSTO met. Uzbekistan signed the original treaty in May 1992, let it lapse in 1999, \
         and rejoined only in 2006.",
        &[
            "rejoined Uzbekistan CSTO 2006 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    check(
        "2001-06-19",
        "Uzbekistan attended last year's summit as an observer and was admitted to the Shanghai \
         Cooperation Organisation at the same gathering that launched it. In 1999 Uzbekistan \
         joined GUUAM and quit the Collective Security Treaty.",
        &[
            "joined Uzbekistan GUAM 1999 asserted",
            "joined Uzbekistan SCO ..2001-06-19 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    // "admitted" alone is an admission only in the passive.
    check(
        "2006-01-30",
        "The Eurasian Economic Community grew on January 25, when Uzbekistan was formally \
         admitted at a summit. Moscow admitted that the Eurasian Economic Community was weak.",
        &["joined Uzbekistan EurAsEC 2006-01-25 asserted"],
    );
}

#[test]
fn two_separate_subjects_are_a_pair_for_both() {
    check(
        "2003-12-17",
        "Georgia joined the Collective Security Treaty in 1993, and Azerbaijan left it in 1999. \
         Both remain in the CIS.",
        &[
            "joined Georgia CST 1993 asserted",
            "member Azerbaijan CIS 2003-12-17 asserted",
            "member Georgia CIS 2003-12-17 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
        ],
    );
}

#[test]
fn adverbs_in_lists_and_his_country_in_an_appositive() {
    check(
        "2006-08-18",
        "The CSTO again has four members: Armenia, Belarus, Russia and now Uzbekistan.",
        &[
            "count CSTO 4 members 2006-08-18",
            "member Armenia CSTO 2006-08-18 asserted",
            "member Belarus CSTO 2006-08-18 asserted",
            "member Russia CSTO 2006-08-18 asserted",
            "member Uzbekistan CSTO 2006-08-18 asserted",
        ],
    );
    check(
        "2001-06-18",
        "President Islam Karimov said his country, a member of neither the Collective Security \
         Treaty nor the Eurasian Economic Community, prefers others.",
        &[
            "not_member Uzbekistan CST 2001-06-18 asserted",
            "not_member Uzbekistan EurAsEC 2001-06-18 asserted",
            "office Islam Karimov president Uzbekistan 2001-06-18",
        ],
    );
}

#[test]
fn review_cases_shared_subjects_admissions_and_opening_clauses() {
    // "and were admitted" shares a subject: no inverted condition.
    check(
        "2003-06-01",
        "Armenia and Belarus applied in 2002 and were admitted to the CSTO in 2003.",
        &[
            "joined Armenia CSTO 2003 asserted",
            "joined Belarus CSTO 2003 asserted",
        ],
    );
    // A possessive is no one admitted; "as a dialogue partner" is not membership; the date of
    // a relative clause after the admitted state is not the admission's.
    check(
        "2001-06-18",
        "NATO welcomed Ukraine's application. The SCO accepted Belarus as a dialogue partner. In \
         June 2001 the Shanghai Five admitted Uzbekistan, which had joined GUUAM in 1999.",
        &[
            "joined Uzbekistan GUAM 1999 asserted",
            "joined Uzbekistan SCO 2001-06 asserted",
        ],
    );
    // The date of a clause opening with "Having" or "Although" is that clause's.
    check(
        "2006-08-21",
        "Having quit the Collective Security Treaty in 1999, Uzbekistan rejoined the CSTO this \
         year. Although it quit GUUAM in 2005, Uzbekistan joined the Eurasian Economic \
         Community.",
        &[
            "joined Uzbekistan EurAsEC ..2006-08-21 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
        ],
    );
}

#[test]
fn a_state_set_against_others_is_not_in_their_list() {
    check(
        "2005-01-01",
        "Unlike Georgia, Armenia stayed in the CSTO. Unlike Armenia, which has been in the CSTO \
         from the start, Georgia sits outside it.",
        &[
            // ("stayed in" without a date: a past frame, up to the article's date)
            "member Armenia CSTO ..2005-01-01 asserted",
            // ("Unlike Georgia, Armenia stayed in": Georgia did not)
            "not_member Georgia CSTO ..2005-01-01 asserted",
            "member Armenia CSTO 2005-01-01 asserted",
            "not_member Georgia CSTO 2005-01-01 asserted",
        ],
    );
}

#[test]
fn a_people_stands_for_its_state_and_they_for_the_people() {
    // "The Uzbeks" is Uzbekistan; "they" in the next sentence is the Uzbeks, and the states
    // that share the next clause ("alongside Russia") stay in that clause.
    check(
        "2006-06-28",
        "The Uzbeks have moved quickly. In January they joined the Eurasian Economic Community, \
         and they remain, alongside Russia and China, members of the SCO.",
        &[
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "member China SCO 2006-06-28 asserted",
            "member Russia SCO 2006-06-28 asserted",
            "member Uzbekistan SCO 2006-06-28 asserted",
        ],
    );
    // "it" is never a people: Tashkent evicted the Americans, and it (Tashkent) joined.
    check(
        "2006-08-21",
        "Last year Tashkent evicted the Americans from Khanabad; in January it joined the \
         Eurasian Economic Community.",
        &["joined Uzbekistan EurAsEC 2006-01 asserted"],
    );
    // A "both" after "; and" is the pair named before.
    check(
        "2003-12-17",
        "Azerbaijan and Georgia both changed leaders. Both remain in the CIS; and both sit in \
         GUUAM.",
        &[
            "member Azerbaijan CIS 2003-12-17 asserted",
            "member Azerbaijan GUAM 2003-12-17 asserted",
            "member Georgia CIS 2003-12-17 asserted",
            "member Georgia GUAM 2003-12-17 asserted",
        ],
    );
}

#[test]
fn gapped_clauses_repeat_the_claim_at_their_own_date() {
    check(
        "2000-10-13",
        "The house in question is the customs union. Russia, Belarus and Kazakhstan set it up in \
         1995, Kyrgyzstan entered the following year and Tajikistan in 1999. Georgia joined the \
         Council of Europe in 1999, and Armenia in 2001.",
        &[
            "founded Belarus CustomsUnion 1995 asserted",
            "founded Kazakhstan CustomsUnion 1995 asserted",
            "founded Russia CustomsUnion 1995 asserted",
            "joined Kyrgyzstan CustomsUnion 1996 asserted",
            "joined Tajikistan CustomsUnion 1999 asserted",
        ],
    );
}

#[test]
fn an_event_without_an_object_is_about_the_articles_organisation() {
    // Nothing in the sentence or the one before names the treaty: the article's topic.
    check(
        "1999-02-12",
        "Uzbekistan will not renew its membership of the Collective Security Treaty. The \
         treaty did nothing for Tashkent. The Uzbek government also resents paying for a \
         peacekeeping force. Georgia and Azerbaijan, which acceded in 1993, may follow.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "withdrew Uzbekistan CST 1999-02-12.. planned",
        ],
    );
    // "when the treaty's term expired" names the organisation left; a relative clause on a
    // noun ("the contingent, which Moscow agreed to withdraw") and "the last of them" are no
    // membership at all.
    check(
        "1999-04-27",
        "The Collective Security Treaty shrank. A protocol was signed at a CIS summit. \
         Georgia and Uzbekistan dropped out when the \
         treaty's first term expired on April 20. The Russian contingent, which Moscow agreed \
         to withdraw, stays. Americans came; the last of them left in November.",
        &[
            "withdrew Georgia CST 1999-04-20 asserted",
            "withdrew Uzbekistan CST 1999-04-20 asserted",
        ],
    );
}

#[test]
fn a_sentence_opening_with_a_date_frames_the_statuses_it_lists() {
    check(
        "2002-06-21",
        "At a summit in Moscow on May 14, the presidents of the Tashkent Treaty's six parties—Russia, \
         Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan—agreed to build an \
         organisation. Since joining GUAM in April 1999, Uzbekistan has snubbed meetings that \
         the other members—Georgia and Ukraine—attended.",
        &[
            "joined Uzbekistan GUAM 1999-04 asserted",
            "member Armenia CST 2002-05-14 asserted",
            "member Belarus CST 2002-05-14 asserted",
            "member Georgia GUAM 2002-06-21 asserted",
            "member Kazakhstan CST 2002-05-14 asserted",
            "member Kyrgyzstan CST 2002-05-14 asserted",
            "member Russia CST 2002-05-14 asserted",
            "member Tajikistan CST 2002-05-14 asserted",
            "member Ukraine GUAM 2002-06-21 asserted",
            "count CST 6 members 2002-06-21",
        ],
    );
}

#[test]
fn parties_to_it_bound_by_and_a_group_joined_by_along_with() {
    // A long aside between commas does not hedge the claim after it; "parties to it" is the
    // organisation named last; "as is Georgia" shares the claim.
    check(
        "1998-03-11",
        "The Collective Security Treaty was signed in 1992. Armenia and Azerbaijan, \
         technically still at war over Karabakh, are both parties to it, as is Georgia. Russia \
         and Kazakhstan are already bound to one another by the 1992 Collective Security \
         Treaty, which Uzbekistan also signed.",
        &[
            "member Armenia CST 1998-03-11 asserted",
            "member Azerbaijan CST 1998-03-11 asserted",
            "member Georgia CST 1998-03-11 asserted",
            "member Kazakhstan CST 1998-03-11 asserted",
            "member Russia CST 1998-03-11 asserted",
            "signed Uzbekistan CST 1992 asserted",
        ],
    );
    // "the three countries" are Uzbekistan and the two it went along with.
    check(
        "1999-04-27",
        "The Collective Security Treaty shrank. Uzbekistan, along with Georgia and Azerbaijan, \
         stayed away from the signing, and on April 20, when the treaty's term ran out, the \
         three countries quietly ceased to be parties.",
        &[
            "withdrew Azerbaijan CST 1999-04-20 asserted",
            "withdrew Georgia CST 1999-04-20 asserted",
            "withdrew Uzbekistan CST 1999-04-20 asserted",
        ],
    );
}

#[test]
fn the_treaty_after_a_sentence_naming_it_and_its_successor_is_the_treaty() {
    check(
        "2002-10-11",
        "Armenia and Russia signed a charter on October 7 that turns the 1992 Collective \
         Security Treaty into a Collective Security Treaty Organization. The two are the only \
         states still bound by the treaty.",
        &[
            "member Armenia CST 2002-10-11 asserted",
            "member Russia CST 2002-10-11 asserted",
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Russia CSTO 2002-10-07 asserted",
        ],
    );
}

#[test]
fn lists_with_states_outside_the_lexicon_and_a_counted_noun_before_its_list() {
    // Slovakia and Slovenia are not in the lexicon: stepped over, not the end of the list.
    check(
        "2004-04-05",
        "Seven countries—Estonia, Latvia, Lithuania, Bulgaria, Romania, Slovakia and \
         Slovenia—formally joined NATO on March 29. NATO now has 26 members. NATO is \
         everywhere. Its neighbours—Poland and Latvia—are all alliance members.",
        &[
            "count NATO 26 members 2004-04-05",
            "joined Bulgaria NATO 2004-03-29 asserted",
            "joined Estonia NATO 2004-03-29 asserted",
            "joined Latvia NATO 2004-03-29 asserted",
            "joined Lithuania NATO 2004-03-29 asserted",
            "joined Romania NATO 2004-03-29 asserted",
            "member Latvia NATO 2004-04-05 asserted",
            "member Poland NATO 2004-04-05 asserted",
        ],
    );
    // An unknown name ending a list before a verb is not taken in; the known states are.
    check(
        "2004-04-05",
        "Estonia, Latvia and Slovenia joined NATO on March 29. Georgia and Britain signed a \
         bilateral accord.",
        &[
            "joined Estonia NATO 2004-03-29 asserted",
            "joined Latvia NATO 2004-03-29 asserted",
        ],
    );
}

#[test]
fn groups_by_number_relative_whom_and_listing_verbs() {
    check(
        "2000-10-16",
        "Russia, Belarus and Kazakhstan founded the Eurasian Economic Community. The three \
         founders, all of whom also belong to the Collective Security Treaty, want a court. \
         The three are already members of the CIS.",
        &[
            "founded Belarus EurAsEC ..2000-10-16 asserted",
            "founded Kazakhstan EurAsEC ..2000-10-16 asserted",
            "founded Russia EurAsEC ..2000-10-16 asserted",
            "count EurAsEC 3 founders 2000-10-16",
            "member Belarus CIS 2000-10-16 asserted",
            "member Belarus CST 2000-10-16 asserted",
            "member Kazakhstan CIS 2000-10-16 asserted",
            "member Kazakhstan CST 2000-10-16 asserted",
            "member Russia CIS 2000-10-16 asserted",
            "member Russia CST 2000-10-16 asserted",
        ],
    );
    check(
        "2003-11-28",
        "The CSTO held a summit. It groups Armenia, Belarus and Russia. The grouping—already \
         dubbed the Shanghai Five by diplomats—consists of China on one side and Russia and \
         Kazakhstan on the other. Georgia and Moldova have been enrolled in the Partnership \
         for Peace since 1994.",
        &[
            "member Armenia CSTO 2003-11-28 asserted",
            "member Belarus CSTO 2003-11-28 asserted",
            "member China SCO 2003-11-28 asserted",
            "member Georgia PfP 1994..2003-11-28 asserted",
            "member Kazakhstan SCO 2003-11-28 asserted",
            "member Moldova PfP 1994..2003-11-28 asserted",
            "member Russia CSTO 2003-11-28 asserted",
            "member Russia SCO 2003-11-28 asserted",
        ],
    );
}

#[test]
fn its_members_the_only_state_that_and_a_grouping_listed_in_an_aside() {
    // An opening "Its" is the organisation the sentence before was about; "a member of both X
    // and Y"; "Uzbekistan the only state that sits in ..."; "the group—A, B and C—".
    check(
        "2001-06-18",
        "A week before the summit, GUUAM adopted a charter. Its members are Georgia, Ukraine \
         and Uzbekistan, which makes Uzbekistan the only state that sits in the SCO. Kyrgyzstan \
         is a member of both the CSTO and the SCO. The enlarged group—Georgia, Ukraine and \
         Moldova—has no secretariat.",
        &[
            "member Georgia GUAM 2001-06-18 asserted",
            "member Georgia GUAM 2001-06-18 asserted",
            "member Kyrgyzstan CSTO 2001-06-18 asserted",
            "member Kyrgyzstan SCO 2001-06-18 asserted",
            "member Moldova GUAM 2001-06-18 asserted",
            "member Ukraine GUAM 2001-06-18 asserted",
            "member Ukraine GUAM 2001-06-18 asserted",
            "member Uzbekistan GUAM 2001-06-18 asserted",
            "member Uzbekistan SCO 2001-06-18 asserted",
        ],
    );
}

#[test]
fn a_noun_phrase_in_apposition_to_a_list_is_its_relative_clauses_subject() {
    check(
        "2002-10-09",
        "Armenia, Belarus and Russia—the three countries that in 1999 chose to stay in the \
         Collective Security Treaty—signed the charter of the Collective Security Treaty \
         Organization on October 7. Georgia, Ukraine, Azerbaijan and Moldova, the same quartet \
         that founded GUAM in 1997, met in Kyiv.",
        &[
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "member Armenia CST 1999 asserted",
            "member Belarus CST 1999 asserted",
            "member Russia CST 1999 asserted",
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
            "signed Russia CSTO 2002-10-07 asserted",
        ],
    );
}

#[test]
fn neither_across_a_relative_clause_and_a_membership_let_lapse_by_name() {
    check(
        "2007-08-20",
        "The SCO met in Bishkek. Neither Turkmenistan, which proclaims permanent neutrality, \
         nor Afghanistan belongs to the organisation.",
        &[
            "not_member Afghanistan SCO 2007-08-20 asserted",
            "not_member Turkmenistan SCO 2007-08-20 asserted",
        ],
    );
    // The list a status names later in the sentence is no subject for "left GUUAM".
    check(
        "2005-08-30",
        "Tashkent, which let its Collective Security Treaty membership lapse in 1999 and left \
         GUUAM in May, may join the Eurasian Economic Community, whose members—Russia and \
         Belarus—want it in.",
        &[
            "joined Uzbekistan EurAsEC 2005-08-30.. planned",
            "member Belarus EurAsEC 2005-08-30 asserted",
            "member Russia EurAsEC 2005-08-30 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
}

#[test]
fn signing_a_charter_and_signing_without_an_object() {
    check(
        "2006-08-21",
        "The Collective Security Treaty is old. Six of them—Armenia, Kazakhstan, Kyrgyzstan, \
         Russia, Tajikistan and Uzbekistan—signed in Tashkent in May 1992. Armenia and Russia \
         signed a charter in Chisinau on October 7, 2002 that turns the treaty into a \
         full-fledged Collective Security Treaty Organization. Georgia declined to sign.",
        // (the charter the sentence before told of: a bare "declined to sign" is of it)
        &[
            "signed Georgia CSTO ..2006-08-21 negated",
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Armenia CST 1992-05 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Kyrgyzstan CST 1992-05 asserted",
            "signed Russia CSTO 2002-10-07 asserted",
            "signed Russia CST 1992-05 asserted",
            "signed Tajikistan CST 1992-05 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
        ],
    );
    check(
        "2012-07-05",
        "The CSTO has six members: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and \
         Tajikistan. They are the same six that signed its charter in Chisinau in 2002.",
        &[
            "count CSTO 6 members 2012-07-05",
            "member Armenia CSTO 2012-07-05 asserted",
            "member Belarus CSTO 2012-07-05 asserted",
            "member Kazakhstan CSTO 2012-07-05 asserted",
            "member Kyrgyzstan CSTO 2012-07-05 asserted",
            "member Russia CSTO 2012-07-05 asserted",
            "member Tajikistan CSTO 2012-07-05 asserted",
            "signed Armenia CSTO 2002 asserted",
            "signed Belarus CSTO 2002 asserted",
            "signed Kazakhstan CSTO 2002 asserted",
            "signed Kyrgyzstan CSTO 2002 asserted",
            "signed Russia CSTO 2002 asserted",
            "signed Tajikistan CSTO 2002 asserted",
        ],
    );
}

#[test]
fn a_grouping_founded_after_an_aside_and_christened_by_others() {
    check(
        "1997-10-14",
        "In Strasbourg, Georgia, Ukraine, Azerbaijan and Moldova founded—almost in passing, and \
         without a secretariat—a grouping that diplomats were quick to christen GUAM.",
        &[
            "founded Azerbaijan GUAM ..1997-10-14 asserted",
            "founded Georgia GUAM ..1997-10-14 asserted",
            "founded Moldova GUAM ..1997-10-14 asserted",
            "founded Ukraine GUAM ..1997-10-14 asserted",
        ],
    );
}

#[test]
fn observers_without_an_organisation_are_of_the_one_named_earlier_in_the_sentence() {
    check(
        "2006-08-21",
        "Tashkent is back in the CSTO. EurAsEC, now six strong, groups Belarus and Russia, \
         while Armenia and Moldova hold observer status.",
        &[
            // ("is back in" is a membership)
            "member Uzbekistan CSTO 2006-08-21 asserted",
            "member Belarus EurAsEC 2006-08-21 asserted",
            "member Russia EurAsEC 2006-08-21 asserted",
            "observer Armenia EurAsEC 2006-08-21 asserted",
            "observer Moldova EurAsEC 2006-08-21 asserted",
        ],
    );
}

#[test]
fn a_counted_noun_may_point_to_a_list_after_a_preposition() {
    check(
        "2011-07-05",
        "The abolition of controls among Russia, Belarus and Kazakhstan completes the customs \
         union the three countries launched in January of last year.",
        &[
            "founded Belarus CustomsUnion 2010-01 asserted",
            "founded Kazakhstan CustomsUnion 2010-01 asserted",
            "founded Russia CustomsUnion 2010-01 asserted",
        ],
    );
}

#[test]
fn review_cases_observers_signings_attributions_peoples_and_the_treaty() {
    // An observer's organisation named in its own clause wins; "Mongolia has been an observer"
    // after a sentence naming only the SCO is the SCO's.
    check(
        "2006-01-01",
        "Russia left the CIS in 2005, but in the SCO Mongolia holds observer status. The SCO \
         admitted India as an observer. Mongolia has been an observer since 2004.",
        &[
            "observer India SCO ..2006-01-01 asserted",
            "observer Mongolia SCO 2004..2006-01-01 asserted",
            "observer Mongolia SCO 2006-01-01 asserted",
            "withdrew Russia CIS 2005 asserted",
        ],
    );
    // A signing without an object skips an organisation that is no treaty.
    check(
        "1995-03-01",
        "The Collective Security Treaty is old. Uzbekistan, which later joined GUUAM, signed in \
         Tashkent in May 1992.",
        &[
            "joined Uzbekistan GUAM ..1995-03-01 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
        ],
    );
    // A reporting aside hedges; the people of one sentence are no "these states" later; "the
    // treaty" after a sentence naming a treaty and its successor (by name or acronym alike) is
    // the one called a treaty.
    check(
        "2005-01-01",
        "Georgia, officials in Tbilisi reportedly insist, is a member of GUAM. The Uzbeks have \
         moved quickly. GUAM met in Yalta. These states joined GUAM in 1999.",
        &["member Georgia GUAM 2005-01-01 hedged"],
    );
    check(
        "2003-01-01",
        "The Collective Security Treaty was turned into the CSTO. Armenia remains a party to the \
         treaty.",
        &["member Armenia CST 2003-01-01 asserted"],
    );
}

#[test]
fn a_participle_after_a_list_and_status_obtained_at_a_date() {
    check(
        "2005-08-30",
        "The SCO met in Kazan. India, Iran and Pakistan, granted observer status at the Astana \
         summit in July, attended.",
        &[
            "observer India SCO 2005-07 asserted",
            "observer Iran SCO 2005-07 asserted",
            "observer Pakistan SCO 2005-07 asserted",
        ],
    );
}

#[test]
fn a_step_others_took_and_like_inside_dashes() {
    check(
        "1995-03-14",
        "Belarus has hedged its bets: in January Minsk signed up to NATO's Partnership for \
         Peace, a step Ukraine, Georgia and Moldova took last year. Kyrgyzstan—like Kazakhstan \
         and Tajikistan a member of the Collective Security Treaty—followed.",
        &[
            "joined Belarus PfP 1995-01 asserted",
            "joined Georgia PfP 1994 asserted",
            "joined Moldova PfP 1994 asserted",
            "joined Ukraine PfP 1994 asserted",
            "member Kazakhstan CST 1995-03-14 asserted",
            "member Kyrgyzstan CST 1995-03-14 asserted",
            "member Tajikistan CST 1995-03-14 asserted",
            // "... followed": into the Partnership the sentence before told of.
            "joined Kyrgyzstan PfP ..1995-03-14 asserted",
        ],
    );
}

#[test]
fn the_union_of_two_states_is_no_organisation_named_before() {
    check(
        "2005-05-06",
        "The European Union is far away. Voronin once promised to lead Moldova into the union of \
         Russia and Belarus.",
        &[],
    );
}

#[test]
fn states_set_against_a_denial_are_members() {
    check(
        "2004-01-27",
        "Georgia left the Collective Security Treaty in 1999, and unlike Armenia, Belarus and \
         Russia it is not a member of the treaty's successor, the Collective Security Treaty \
         Organization. Unlike Armenia, Belarus and Russia, Azerbaijan is not a member of the \
         CSTO either. Unlike Georgia, Armenia stayed in the CSTO.",
        &[
            "member Armenia CSTO ..2004-01-27 asserted",
            "member Armenia CSTO 2004-01-27 asserted",
            "member Armenia CSTO 2004-01-27 asserted",
            "member Belarus CSTO 2004-01-27 asserted",
            "member Belarus CSTO 2004-01-27 asserted",
            "member Russia CSTO 2004-01-27 asserted",
            "member Russia CSTO 2004-01-27 asserted",
            "not_member Azerbaijan CSTO 2004-01-27 asserted",
            "not_member Georgia CSTO ..2004-01-27 asserted",
            "not_member Georgia CSTO 2004-01-27 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
}

#[test]
fn states_in_a_relative_clause_that_belong() {
    check(
        "2010-07-07",
        "The presidents met in Yalta, home of the CIS summit and of GUUAM, to which Ukraine, \
         Georgia and Moldova all still belong. Russia, Belarus and Kazakhstan built on the \
         Eurasian Economic Community, to which all three belong.",
        &[
            "member Ukraine GUAM 2010-07-07 asserted",
            "member Georgia GUAM 2010-07-07 asserted",
            "member Moldova GUAM 2010-07-07 asserted",
            "member Russia EurAsEC 2010-07-07 asserted",
            "member Belarus EurAsEC 2010-07-07 asserted",
            "member Kazakhstan EurAsEC 2010-07-07 asserted",
        ],
    );
}

#[test]
fn a_whole_listing_after_a_colon_names_the_body_of_that_size() {
    check(
        "2009-08-19",
        "Georgia has left the CIS. Uzbekistan rejoined the CSTO in 2006. Minsk and Tashkent \
         remain members of the organisation, which has seven members in all: Armenia, Belarus, \
         Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan.",
        &[
            "withdrew Georgia CIS ..2009-08-19 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "count CSTO 7 members 2009-08-19",
            "member Armenia CSTO 2009-08-19 asserted",
            "member Belarus CSTO 2009-08-19 asserted",
            "member Kazakhstan CSTO 2009-08-19 asserted",
            "member Kyrgyzstan CSTO 2009-08-19 asserted",
            "member Russia CSTO 2009-08-19 asserted",
            "member Tajikistan CSTO 2009-08-19 asserted",
            "member Uzbekistan CSTO 2009-08-19 asserted",
        ],
    );
}

#[test]
fn a_list_of_organisations_as_the_object() {
    check(
        "2006-08-18",
        "Turkmenistan has never joined the Collective Security Treaty, the Eurasian Economic \
         Community or the Shanghai Cooperation Organisation. Uzbekistan belongs to the CSTO, \
         EurAsEC and the SCO. Kazakhstan joined GUUAM, NATO said.",
        &[
            "joined Turkmenistan CST ..2006-08-18 negated",
            "joined Turkmenistan EurAsEC ..2006-08-18 negated",
            "joined Turkmenistan SCO ..2006-08-18 negated",
            "member Uzbekistan CSTO 2006-08-18 asserted",
            "member Uzbekistan EurAsEC 2006-08-18 asserted",
            "member Uzbekistan SCO 2006-08-18 asserted",
            "joined Kazakhstan GUAM ..2006-08-18 asserted",
        ],
    );
}

#[test]
fn applying_for_membership_is_a_joining_to_come() {
    check(
        "2006-05-25",
        "Ukraine and Georgia both intend to apply for NATO membership. The Baltic states are \
         seeking membership of the European Union. Neither Armenia nor Belarus is likely to \
         apply for NATO membership.",
        &[
            "joined Ukraine NATO 2006-05-25.. planned",
            "joined Georgia NATO 2006-05-25.. planned",
            // (the Baltic states are the region's three, not the pair named before)
            "joined Estonia EU 2006-05-25.. planned",
            "joined Latvia EU 2006-05-25.. planned",
            "joined Lithuania EU 2006-05-25.. planned",
        ],
    );
}

#[test]
fn a_group_noun_with_its_own_modifier_is_another_group() {
    check(
        "2006-05-25",
        "Ukraine and Georgia met in Kyiv. The Baltic states joined the EU in 2004. Other \
         countries joined NATO. The two states joined GUAM in 1997.",
        &[
            "joined Ukraine GUAM 1997 asserted",
            "joined Georgia GUAM 1997 asserted",
            // (the Baltic states are the region's three, not the pair named before)
            "joined Estonia EU 2004 asserted",
            "joined Latvia EU 2004 asserted",
            "joined Lithuania EU 2004 asserted",
        ],
    );
}

#[test]
fn the_same_month_and_an_organisation_claimed_before_in_the_sentence() {
    check(
        "2008-08-15",
        "Shevardnadze brought Georgia into the CIS in December 1993; that same month Georgia \
         acceded to the Collective Security Treaty. The customs union is older: Russia and \
         Belarus launched it in January 1995 and Kazakhstan signed up later the same month. \
         Then came Andijan in May 2005, and Tashkent left GUAM that May.",
        &[
            // ("brought Georgia into the CIS": a state led in joins)
            "joined Georgia CIS 1993-12 asserted",
            "joined Georgia CST 1993-12 asserted",
            "founded Russia CustomsUnion 1995-01 asserted",
            "founded Belarus CustomsUnion 1995-01 asserted",
            "joined Kazakhstan CustomsUnion 1995-01 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
}

#[test]
fn participles_with_their_agents_and_part_of_since() {
    check(
        "1999-04-27",
        "Its security rests on the Collective Security Treaty, signed in Tashkent in May 1992 by \
         Tajikistan, Russia and Armenia and later joined by Azerbaijan and Georgia. Tashkent's \
         next step is said to be a partnership with GUAM, the group formed in 1997 by Georgia, \
         Ukraine, Azerbaijan and Moldova. Tashkent, in early April, declined to prolong its \
         membership of the treaty. Ukraine joined the CIS in 1991 and has been part of NATO's \
         Partnership for Peace since 1994.",
        &[
            "signed Tajikistan CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
            "signed Armenia CST 1992-05 asserted",
            "joined Azerbaijan CST ..1999-04-27 asserted",
            "joined Georgia CST ..1999-04-27 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "withdrew Uzbekistan CST 1999-04 asserted",
            "joined Ukraine CIS 1991 asserted",
            "member Ukraine PfP 1994..1999-04-27 asserted",
        ],
    );
}

#[test]
fn all_the_counted_members_of_an_organisation() {
    check(
        "1999-04-27",
        "Moscow's response was muted, not least because all five GUUAM members still belong to \
         the Commonwealth of Independent States. Three of the five GUUAM states have quit the \
         Collective Security Treaty. The six GUUAM members joined the WTO.",
        &[
            "member Azerbaijan CIS 1999-04-27 asserted",
            "member Georgia CIS 1999-04-27 asserted",
            "member Moldova CIS 1999-04-27 asserted",
            "member Ukraine CIS 1999-04-27 asserted",
            "member Uzbekistan CIS 1999-04-27 asserted",
            "count GUAM 5 members 1999-04-27",
            "count GUAM 5 members 1999-04-27",
            "count GUAM 6 members 1999-04-27",
        ],
    );
}

#[test]
fn a_denied_joining_takes_no_date_from_another_clause() {
    check(
        "2005-05-07",
        "Uzbekistan, which left the Collective Security Treaty in 1999, has not joined its \
         successor, the CSTO. Turkmenistan, which declared itself neutral in 1995, never joined \
         the treaty.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "joined Uzbekistan CSTO ..2005-05-07 negated",
            "joined Turkmenistan CST ..2005-05-07 negated",
        ],
    );
}

#[test]
fn followed_and_a_relative_date_restated_with_its_year() {
    check(
        "2003-12-15",
        "Azerbaijan joined the Collective Security Treaty in September 1993, and Georgia \
         followed in December. Six years later, in 1999, Azerbaijan declined to extend its \
         membership of the treaty. The treaty was signed in Tashkent in May 1992 by six states: \
         Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan.",
        &[
            "joined Azerbaijan CST 1993-09 asserted",
            "joined Georgia CST 1993-12 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "signed Armenia CST 1992-05 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Kyrgyzstan CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
            "signed Tajikistan CST 1992-05 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
        ],
    );
}

#[test]
fn becoming_an_associate_and_founders_dated_after_the_noun() {
    check(
        "2005-08-29",
        "Turkmenistan became an associate member of the Commonwealth of Independent States at \
         the summit in Kazan on 26 August. Ukraine, one of the three founders of the CIS in \
         December 1991, has never ratified the charter. Georgia joined the CST in 1993, whereas \
         Moldova never joined the pact. Armenia, Belarus and Russia make up the CSTO.",
        &[
            "associate Turkmenistan CIS 2005-08-26 asserted",
            "count CIS 3 founders 2005-08-29",
            "founded Ukraine CIS 1991-12 asserted",
            "joined Georgia CST 1993 asserted",
            "joined Moldova CST ..2005-08-29 negated",
            "member Armenia CSTO 2005-08-29 asserted",
            "member Belarus CSTO 2005-08-29 asserted",
            "member Russia CSTO 2005-08-29 asserted",
        ],
    );
}

#[test]
fn regional_members_neither_nor_and_company_in_a_body() {
    check(
        "2002-10-09",
        "Kazakhstan and Tajikistan, the other Central Asian members of the CSTO, pledged a \
         battalion. Turkmenistan is a member neither of the CSTO nor of GUUAM. Uzbekistan sits \
         in GUUAM with Georgia and Moldova. Armenia remains firmly inside the CSTO.",
        &[
            "member Kazakhstan CSTO 2002-10-09 asserted",
            "member Tajikistan CSTO 2002-10-09 asserted",
            "not_member Turkmenistan CSTO 2002-10-09 asserted",
            "not_member Turkmenistan GUAM 2002-10-09 asserted",
            "member Uzbekistan GUAM 2002-10-09 asserted",
            "member Georgia GUAM 2002-10-09 asserted",
            "member Moldova GUAM 2002-10-09 asserted",
            "member Armenia CSTO 2002-10-09 asserted",
        ],
    );
}

#[test]
fn a_status_shared_along_with_others() {
    check(
        "2004-01-27",
        "Tajikistan was one of the six original signatories of the Collective Security Treaty \
         in May 1992, along with Russia and Armenia. Tashkent remains a member of GUUAM, \
         alongside Georgia and Moldova. Both Georgia and Ukraine are members of the CIS, and \
         both set up GUAM together with Moldova.",
        &[
            "signed Tajikistan CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
            "signed Armenia CST 1992-05 asserted",
            "count CST 6 signatories 2004-01-27",
            "member Uzbekistan GUAM 2004-01-27 asserted",
            "member Georgia GUAM 2004-01-27 asserted",
            "member Moldova GUAM 2004-01-27 asserted",
            "member Georgia CIS 2004-01-27 asserted",
            "member Ukraine CIS 2004-01-27 asserted",
            "founded Georgia GUAM ..2004-01-27 asserted",
            "founded Ukraine GUAM ..2004-01-27 asserted",
            "founded Moldova GUAM ..2004-01-27 asserted",
        ],
    );
}

#[test]
fn a_counted_alliance_of_states_and_a_grouping_past_its_relative_clause() {
    check(
        "2006-08-18",
        "The move makes the CSTO a seven-member alliance of Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan, Russia, Tajikistan and Uzbekistan. The CIS is a three-member alliance of \
         Armenia and Belarus. The SCO, which first met in 2001, groups China and Russia.",
        &[
            "count CSTO 7 members 2006-08-18",
            "member Armenia CSTO 2006-08-18 asserted",
            "member Belarus CSTO 2006-08-18 asserted",
            "member Kazakhstan CSTO 2006-08-18 asserted",
            "member Kyrgyzstan CSTO 2006-08-18 asserted",
            "member Russia CSTO 2006-08-18 asserted",
            "member Tajikistan CSTO 2006-08-18 asserted",
            "member Uzbekistan CSTO 2006-08-18 asserted",
            "count CIS 3 members 2006-08-18",
            "member China SCO 2006-08-18 asserted",
            "member Russia SCO 2006-08-18 asserted",
        ],
    );
}

#[test]
fn following_suit_in_the_next_sentence() {
    check(
        "2000-01-01",
        "Uzbekistan left the CST in April 1999. Georgia followed suit in May. Armenia stayed.",
        &[
            "withdrew Uzbekistan CST 1999-04 asserted",
            "withdrew Georgia CST 1999-05 asserted",
        ],
    );
}

#[test]
fn the_country_points_back_and_a_bare_status_takes_the_sentences_organisation() {
    check(
        "2004-10-19",
        "President Rakhmonov said that Tajikistan would keep up its ties with NATO. The country \
         joined the Partnership for Peace in February 2002, at the height of the campaign, and \
         remains a member. Georgia joined the CIS in 1993 but is no longer a member.",
        &[
            "joined Tajikistan PfP 2002-02 asserted",
            "member Tajikistan PfP 2004-10-19 asserted",
            "joined Georgia CIS 1993 asserted",
            "not_member Georgia CIS 2004-10-19 asserted",
            "office Emomali Rahmon president Tajikistan 2004-10-19",
        ],
    );
    // Without a state named before, "the country" is nobody.
    check(
        "2004-10-19",
        "The country joined the Partnership for Peace in February 2002.",
        &[],
    );
}

#[test]
fn every_inflection_of_a_status_verb_and_the_organisation_named_last() {
    check(
        "1998-05-15",
        "Turkmenistan has never joined the Tashkent Treaty, and Ukraine and Moldova, too, remain \
         outside it. Moldova was part of the CIS in 1995.",
        &[
            "joined Turkmenistan CST ..1998-05-15 negated",
            "not_member Ukraine CST 1998-05-15 asserted",
            "not_member Moldova CST 1998-05-15 asserted",
            "member Moldova CIS 1995 asserted",
        ],
    );
    // "remain outside" with no object: the organisation the sentence before named last, not one
    // it only referred to.
    check(
        "2012-07-05",
        "Of the Customs Union's three members, Russia alone has completed its talks with the \
         World Trade Organization. Kazakhstan and Belarus remain outside.",
        &[
            "count CustomsUnion 3 members 2012-07-05",
            // (one of the union's members, named after the partitive)
            "member Russia CustomsUnion 2012-07-05 asserted",
            "not_member Kazakhstan WTO 2012-07-05 asserted",
            "not_member Belarus WTO 2012-07-05 asserted",
        ],
    );
}

#[test]
fn days_of_the_week_and_the_date_of_a_report() {
    // 2008-11-14 was a Friday.
    check(
        "2008-11-14",
        "Uzbekistan suspended its membership of EurAsEC last Monday. Russia joined the WTO on \
         Wednesday. Armenia will join the EU next Tuesday. Belarus left the CIS, its parliament \
         decided on Thursday. Friday's summit was short.",
        &[
            "suspended Uzbekistan EurAsEC 2008-11-10 asserted",
            "joined Russia WTO 2008-11-12 asserted",
            "joined Armenia EU 2008-11-18 planned",
            "withdrew Belarus CIS ..2008-11-14 asserted",
        ],
    );
}

#[test]
fn a_bare_count_with_its_states_in_brackets_and_gapped_dates() {
    check(
        "1999-02-12",
        "Russia signed the Collective Security Treaty in 1992. Three of them hesitate; the \
         remaining six (Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan) will \
         stay. Azerbaijan acceded in September 1993, Georgia in December, and Belarus on 31 \
         December.",
        &[
            "signed Russia CST 1992 asserted",
            "member Armenia CST 1999-02-12 asserted",
            "member Belarus CST 1999-02-12 asserted",
            "member Kazakhstan CST 1999-02-12 asserted",
            "member Kyrgyzstan CST 1999-02-12 asserted",
            "member Russia CST 1999-02-12 asserted",
            "member Tajikistan CST 1999-02-12 asserted",
            "joined Azerbaijan CST 1993-09 asserted",
            "joined Georgia CST 1993-12 asserted",
            "joined Belarus CST 1993-12-31 asserted",
        ],
    );
    // A count that the curated timeline does not bear out names no members.
    check(
        "1999-02-12",
        "Russia signed the Collective Security Treaty in 1992. The other two (Ukraine and \
         Moldova) stayed away.",
        &["signed Russia CST 1992 asserted"],
    );
}

#[test]
fn the_former_the_latter_and_a_counted_subject_in_brackets() {
    check(
        "2005-09-12",
        "Both Kyrgyzstan and Uzbekistan belong to the SCO, but only the former is a CSTO member; \
         the latter left the Collective Security Treaty in 1999. Two of the four (Georgia and \
         Azerbaijan) acceded to the treaty late in 1993, Azerbaijan in September and Georgia in \
         December.",
        &[
            "member Kyrgyzstan SCO 2005-09-12 asserted",
            "member Uzbekistan SCO 2005-09-12 asserted",
            "member Kyrgyzstan CSTO 2005-09-12 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "joined Azerbaijan CST 1993-09 asserted",
            "joined Georgia CST 1993-12 asserted",
        ],
    );
    // "The two—A and B—" are not members of an organisation they were outside of.
    check(
        "2005-02-12",
        "Russia signed the Collective Security Treaty in 1992. The two—Georgia and \
         Azerbaijan—acceded in 1993.",
        &[
            "signed Russia CST 1992 asserted",
            "joined Georgia CST 1993 asserted",
            "joined Azerbaijan CST 1993 asserted",
        ],
    );
}

#[test]
fn lists_with_plus_letting_a_treaty_lapse_and_members_still_to_come() {
    check(
        "1999-04-27",
        "Russia signed the Collective Security Treaty in 1992. Azerbaijan, Georgia and also \
         Belarus came in during 1993. Earlier this month Tashkent let that treaty lapse. That \
         would leave the treaty with three members: Armenia and Belarus, plus Russia.",
        &[
            "signed Russia CST 1992 asserted",
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "joined Belarus CST 1993 asserted",
            "withdrew Uzbekistan CST 1999-04 asserted",
            "member Armenia CST 1999-04-27.. planned",
            "member Belarus CST 1999-04-27.. planned",
            "member Russia CST 1999-04-27.. planned",
            "count CST 3 members 1999-04-27",
        ],
    );
}

#[test]
fn so_does_another_state_and_adverbs_inside_a_status_verb() {
    check(
        "2003-11-27",
        "Russia is now part of the CSTO and the Shanghai Cooperation Organisation – and so is \
         Kazakhstan. Uzbekistan left the Tashkent Treaty in 1999, as did Georgia. Ukraine and \
         Moldova are still outside the CIS.",
        &[
            "member Russia CSTO 2003-11-27 asserted",
            "member Russia SCO 2003-11-27 asserted",
            "member Kazakhstan CSTO 2003-11-27 asserted",
            "member Kazakhstan SCO 2003-11-27 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "not_member Ukraine CIS 2003-11-27 asserted",
            "not_member Moldova CIS 2003-11-27 asserted",
        ],
    );
    // "so is" repeats what the clause before said, not a status told in passing before it.
    check(
        "2007-10-10",
        "The other members of the Eurasian Economic Community, Kyrgyzstan and Tajikistan among \
         them, are supposed to follow later, and so is Uzbekistan.",
        &[
            "member Kyrgyzstan EurAsEC 2007-10-10 asserted",
            "member Tajikistan EurAsEC 2007-10-10 asserted",
        ],
    );
    // "All four members of GUAM": the members the curated timeline gives it then.
    check(
        "2006-01-10",
        "All four members of GUAM remain in the Commonwealth of Independent States.",
        &[
            "member Azerbaijan CIS 2006-01-10 asserted",
            "member Georgia CIS 2006-01-10 asserted",
            "member Moldova CIS 2006-01-10 asserted",
            "member Ukraine CIS 2006-01-10 asserted",
            "count GUAM 4 members 2006-01-10",
        ],
    );
}

#[test]
fn a_capital_as_a_place_and_a_list_after_a_closed_list() {
    check(
        "1999-04-27",
        "Earlier this month, at a CIS summit in Moscow, Uzbekistan, Georgia and Azerbaijan did \
         not renew their membership of the Collective Security Treaty. Tariffs rose for Russia \
         and Belarus, and Bishkek joined the World Trade Organization in 1998. Armenia, Belarus, \
         and Russia joined the CIS in 1991.",
        &[
            "withdrew Uzbekistan CST 1999-04 asserted",
            "withdrew Georgia CST 1999-04 asserted",
            "withdrew Azerbaijan CST 1999-04 asserted",
            "joined Kyrgyzstan WTO 1998 asserted",
            "joined Armenia CIS 1991 asserted",
            "joined Belarus CIS 1991 asserted",
            "joined Russia CIS 1991 asserted",
        ],
    );
    // A list of capitals after "in" is still a list of governments.
    check(
        "1997-10-15",
        "No one in Tbilisi, Kiev, Baku or Chisinau calls GUAM an alliance. Officials in \
         Tashkent, which joined the CIS in 1991, agree.",
        &["joined Uzbekistan CIS 1991 asserted"],
    );
}

#[test]
fn leaders_named_with_their_states_and_a_charter_signed() {
    check(
        "2001-06-09",
        "GUUAM adopted a charter. The Yalta Charter, signed on 7 June by Presidents Leonid Kuchma \
         of Ukraine and Eduard Shevardnadze of Georgia, gives the group annual summits.",
        &[
            "signed Ukraine GUAM 2001-06-07 asserted",
            "signed Georgia GUAM 2001-06-07 asserted",
            "office Leonid Kuchma president Ukraine 2001-06-09",
            "office Eduard Shevardnadze president Georgia 2001-06-09",
        ],
    );
}

#[test]
fn an_infinitive_of_purpose_and_joining_others_in_founding() {
    check(
        "2001-06-18",
        "Meeting in Strasbourg, the presidents of Georgia, Ukraine, Azerbaijan and Moldova used \
         the summit to set up GUAM. On 15 June in Shanghai, Uzbekistan joined China and Russia in \
         founding the Shanghai Cooperation Organisation.",
        &[
            "founded Georgia GUAM ..2001-06-18 asserted",
            "founded Ukraine GUAM ..2001-06-18 asserted",
            "founded Azerbaijan GUAM ..2001-06-18 asserted",
            "founded Moldova GUAM ..2001-06-18 asserted",
            "founded Uzbekistan SCO 2001-06-15 asserted",
            "founded China SCO 2001-06-15 asserted",
            "founded Russia SCO 2001-06-15 asserted",
        ],
    );
    // An infinitive after "agreed" is still to come.
    check(
        "2007-10-08",
        "Russia, Belarus and Kazakhstan agreed on Saturday to form a customs union.",
        &[
            "founded Russia CustomsUnion 2007-10-08.. planned",
            "founded Belarus CustomsUnion 2007-10-08.. planned",
            "founded Kazakhstan CustomsUnion 2007-10-08.. planned",
        ],
    );
}

#[test]
fn a_counted_subject_spelt_out_after_the_clause() {
    check(
        "2000-02-14",
        "Russia signed the Collective Security Treaty in May 1992. Three more acceded in \
         1993—Azerbaijan in September, Georgia in December and Belarus on the last day of the \
         year—and the pact entered into force in April 1994. Only six states now remain in the \
         Collective Security Treaty: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and \
         Tajikistan.",
        &[
            "signed Russia CST 1992-05 asserted",
            "joined Azerbaijan CST 1993-09 asserted",
            "joined Georgia CST 1993-12 asserted",
            "joined Belarus CST 1993-12-31 asserted",
            "count CST 6 members 2000-02-14",
            "member Russia CST 2000-02-14 asserted",
            "member Belarus CST 2000-02-14 asserted",
            "member Armenia CST 2000-02-14 asserted",
            "member Kazakhstan CST 2000-02-14 asserted",
            "member Kyrgyzstan CST 2000-02-14 asserted",
            "member Tajikistan CST 2000-02-14 asserted",
        ],
    );
    // A count the list does not match is not spelt out by it.
    check(
        "2000-02-14",
        "Only five states now remain in the Collective Security Treaty: Russia, Belarus, \
         Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.",
        &[],
    );
}

#[test]
fn becoming_an_observer_of_the_organisation_in_question() {
    check(
        "2005-10-12",
        "The Shanghai Cooperation Organisation met in Astana. Mongolia became an observer in \
         2004, and India became an observer last year.",
        &[
            "observer Mongolia SCO 2004 asserted",
            "observer India SCO 2004 asserted",
        ],
    );
}

#[test]
fn the_sixth_sessions_review_cases() {
    // Another's bid is not the subject's; the infinitive after "only" is the main clause's.
    check(
        "2006-08-18",
        "Russia opposed Georgia's bid to join NATO. Moscow welcomed Tashkent's decision to \
         rejoin the CSTO.",
        &[],
    );
    check(
        "2012-07-04",
        "Uzbekistan is in the news. It entered the Eurasian Economic Community in 2006 only to \
         freeze its participation two years afterwards.",
        &[
            "joined Uzbekistan EurAsEC 2006 asserted",
            "suspended Uzbekistan EurAsEC 2008 asserted",
        ],
    );
    // A negation in another clause does not reach a listing; a weekday gives way to the full
    // date after it; a gapped "last month" counts from the article.
    check(
        "2001-06-18",
        "Since Uzbekistan would not stay, the Tashkent Treaty has six members: Russia, Belarus, \
         Armenia, Kazakhstan, Kyrgyzstan and Tajikistan. Georgia joined the CIS on Friday, 3 \
         December 1993. Uzbekistan left GUAM in April 1999, and Moldova last month.",
        &[
            "member Russia CST 2001-06-18 asserted",
            "member Belarus CST 2001-06-18 asserted",
            "member Armenia CST 2001-06-18 asserted",
            "member Kazakhstan CST 2001-06-18 asserted",
            "member Kyrgyzstan CST 2001-06-18 asserted",
            "member Tajikistan CST 2001-06-18 asserted",
            "count CST 6 members 2001-06-18",
            "joined Georgia CIS 1993-12-03 asserted",
            "withdrew Uzbekistan GUAM 1999-04 asserted",
            "withdrew Moldova GUAM 2001-05 asserted",
        ],
    );
    // Joining others in founding keeps the subject's own earlier joining and takes the date
    // after the verb; "the country" after a capital is the capital's.
    check(
        "2005-06-18",
        "Uzbekistan, which joined GUAM in 1999, joined China and Russia in founding the Shanghai \
         Cooperation Organisation in 2001. Tashkent has grown wary of Russia. The country left \
         GUAM in 2005.",
        &[
            "joined Uzbekistan GUAM 1999 asserted",
            "founded Uzbekistan SCO 2001 asserted",
            "founded China SCO 2001 asserted",
            "founded Russia SCO 2001 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
        ],
    );
    // Pairs of pairs; "so did" after a plan; a bracketed count the timeline cannot vouch for;
    // something else that lapses.
    check(
        "2005-06-18",
        "Kazakhstan and Kyrgyzstan, and Tajikistan and Uzbekistan, joined the Shanghai \
         Cooperation Organisation in 2001. Russia will join the WTO next year, and so did \
         Kyrgyzstan. NATO has courted the region. The other two (Belarus and Armenia) stayed \
         away. Moscow let the CIS visa regime lapse.",
        &[
            "joined Kazakhstan SCO 2001 asserted",
            "joined Kyrgyzstan SCO 2001 asserted",
            "joined Tajikistan SCO 2001 asserted",
            "joined Uzbekistan SCO 2001 asserted",
            "joined Russia WTO 2006 planned",
        ],
    );
    // A body attached to the organisation is not the organisation.
    check(
        "2005-06-18",
        "Afghanistan was part of the Shanghai Cooperation Organisation contact group.",
        &[],
    );
}

#[test]
fn review_cases_claim_nothing_wrong_and_never_panic() {
    // A subject after a participle with an aside after it (a slice once ran backwards here).
    check(
        "2005-01-01",
        "Having left the CSTO, Uzbekistan, for its part, joined GUAM.",
        &[
            "withdrew Uzbekistan CSTO ..2005-01-01 asserted",
            "joined Uzbekistan GUAM ..2005-01-01 asserted",
        ],
    );
    // A list after "unlike" that nothing closes is the subject; "besides" sets no one apart as
    // a member; a denied event is not followed; "followed with" is no following.
    check(
        "2013-01-01",
        "Unlike Armenia, Georgia and Azerbaijan joined GUAM in 1997. Besides Georgia, Ukraine \
         is not a member of the CSTO either. Georgia never joined the CSTO, and Azerbaijan \
         followed. Uzbekistan quit the CSTO in 2012. Russia followed with sanctions.",
        &[
            "joined Georgia GUAM 1997 asserted",
            "joined Azerbaijan GUAM 1997 asserted",
            "not_member Ukraine CSTO 2013-01-01 asserted",
            "joined Georgia CSTO ..2013-01-01 negated",
            "withdrew Uzbekistan CSTO 2012 asserted",
        ],
    );
    // "the month of March" is no month named before; a relative clause lends no plan.
    check(
        "2005-01-01",
        "After talks in December 1993, Georgia joined the CIS in the month of March. GUAM, \
         which Uzbekistan may rejoin, groups Georgia and Ukraine.",
        &[
            "joined Georgia CIS 2004-03 asserted",
            "member Georgia GUAM 2005-01-01 asserted",
            "member Ukraine GUAM 2005-01-01 asserted",
            "rejoined Uzbekistan GUAM 2005-01-01.. planned",
        ],
    );
}

#[test]
fn a_leader_named_alone_acts_for_the_state() {
    // A known leader opening the sentence or a coordinated clause, with or without "Mr", is
    // the state; one in someone's object ("talks with Putin") or a habit told in gerunds is not.
    check(
        "2005-09-05",
        "Niyazov has skipped most summits and has never joined the Collective Security Treaty \
         or the Eurasian Economic Community. Mr Karimov quit GUUAM in May. Talks with Putin \
         joined nothing. Karimov has a habit of entering blocs and leaving them in 1999.",
        &[
            "joined Turkmenistan CST ..2005-09-05 negated",
            "joined Turkmenistan EurAsEC ..2005-09-05 negated",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
}

#[test]
fn a_participle_clause_after_the_claim_does_not_date_it() {
    // ", citing ..." and ", ending ..." tell of something else; ", informing ..." tells the
    // act itself, and its date stands.
    check(
        "2012-07-09",
        "On 28 June Uzbekistan suspended its membership of the CSTO, citing plans for \
         Afghanistan after 2014. Tashkent withdrew from GUAM, ending a membership that began \
         in 1999. Uzbekistan suspended its participation in the CIS, informing Moscow in a \
         letter in May.",
        &[
            "suspended Uzbekistan CSTO 2012-06-28 asserted",
            "withdrew Uzbekistan GUAM ..2012-07-09 asserted",
            "suspended Uzbekistan CIS 2012-05 asserted",
        ],
    );
}

#[test]
fn an_organisation_set_against_the_rest_with_but_not() {
    // "but not in/of X" denies the status (or the event) for the same states; a kept seat is
    // a membership.
    check(
        "2009-09-14",
        "Azerbaijan remains in the CIS and GUAM but not in the CSTO. Armenia is a CSTO member, \
         but not a member of NATO. Georgia joined the CIS in 1993, but not the CST. Ukraine \
         keeps its seat in GUAM and in NATO's Partnership for Peace.",
        &[
            "member Azerbaijan CIS 2009-09-14 asserted",
            "member Azerbaijan GUAM 2009-09-14 asserted",
            "not_member Azerbaijan CSTO 2009-09-14 asserted",
            "member Armenia CSTO 2009-09-14 asserted",
            "not_member Armenia NATO 2009-09-14 asserted",
            "joined Georgia CIS 1993 asserted",
            "joined Georgia CST ..2009-09-14 negated",
            "member Ukraine GUAM 2009-09-14 asserted",
            "member Ukraine PfP 2009-09-14 asserted",
        ],
    );
}

#[test]
fn all_but_and_bare_statuses_set_off_after_a_state() {
    // "all four but X" is the group less X (it used to be X alone); "Georgia, now outside the
    // CIS," is Georgia's status, not the state of the clause before; verbs sharing a generic
    // object ("joins and leaves clubs") claim nothing of the organisation last named.
    check(
        "2009-09-14",
        "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan belong to the SCO; all four but \
         Uzbekistan have been in the CSTO since 2002. Russia joined GUAM in 1999. Azerbaijan stays in GUAM; Georgia, now outside the CIS, keeps its seat in GUAM. \
         Uzbekistan joins and leaves clubs at will.",
        &[
            "member Kazakhstan SCO 2009-09-14 asserted",
            "member Kyrgyzstan SCO 2009-09-14 asserted",
            "member Tajikistan SCO 2009-09-14 asserted",
            "member Uzbekistan SCO 2009-09-14 asserted",
            "member Kazakhstan CSTO 2002..2009-09-14 asserted",
            "member Kyrgyzstan CSTO 2002..2009-09-14 asserted",
            "member Tajikistan CSTO 2002..2009-09-14 asserted",
            "joined Russia GUAM 1999 asserted",
            "member Azerbaijan GUAM 2009-09-14 asserted",
            "not_member Georgia CIS 2009-09-14 asserted",
            "member Georgia GUAM 2009-09-14 asserted",
        ],
    );
}

#[test]
fn verbs_with_an_adverb_of_manner_and_contact_clauses() {
    // "kept well clear of", "sits firmly inside", "came aboard"; a relative clause without its
    // pronoun after an organisation's description takes that organisation ("GUUAM, the
    // pro-Western grouping it had joined"); "the group it shares with A and B" names members.
    check(
        "2005-05-26",
        "The CST has had nine members. Ukraine has kept well clear of the treaty, as have \
         Moldova and Turkmenistan. Azerbaijan came aboard in September 1993. Armenia sits \
         firmly inside the CSTO. Uzbekistan left GUUAM, the pro-Western grouping it had joined \
         six years ago. Moldova stays in GUAM, the loose group Moldova shares with Georgia \
         and Ukraine. Russia shares a border with Georgia.",
        &[
            "count CST 9 members 2005-05-26",
            // (the treaty, in 2005, is its successor organisation)
            "not_member Ukraine CSTO 2005-05-26 asserted",
            "not_member Moldova CSTO 2005-05-26 asserted",
            "not_member Turkmenistan CSTO 2005-05-26 asserted",
            "joined Azerbaijan CST 1993-09 asserted",
            "member Armenia CSTO 2005-05-26 asserted",
            "withdrew Uzbekistan GUAM ..2005-05-26 asserted",
            "joined Uzbekistan GUAM 1999 asserted",
            "member Moldova GUAM 2005-05-26 asserted",
            "member Georgia GUAM 2005-05-26 asserted",
            "member Ukraine GUAM 2005-05-26 asserted",
        ],
    );
    // A date in the other clause of "before"/"after" is not the event's.
    check(
        "2003-12-08",
        "Georgia formed GUUAM in 1997 with Ukraine before Uzbekistan came aboard.",
        &[
            "founded Georgia GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "joined Uzbekistan GUAM ..2003-12-08 asserted",
        ],
    );
}

#[test]
fn a_participle_takes_its_own_clause_subject_and_counts_that_remain() {
    // After a semicolon, "only the Uzbeks returned, rejoining ..." is Uzbekistan's alone (it
    // used to be the three of the clause before); "Of the nine states, six remain: A, B, ..."
    // lists members of the organisation named before, and only a list of the size told.
    check(
        "1999-04-29",
        "Georgia, Azerbaijan and Uzbekistan all walked out of the CST in 1999; only the Uzbeks \
         came back, rejoining the CSTO in 2006. Of the nine states, six remain: Armenia, \
         Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan. Of the states, three remain: \
         Armenia and Russia.",
        &[
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "member Armenia CST 1999-04-29 asserted",
            "member Belarus CST 1999-04-29 asserted",
            "member Kazakhstan CST 1999-04-29 asserted",
            "member Kyrgyzstan CST 1999-04-29 asserted",
            "member Russia CST 1999-04-29 asserted",
            "member Tajikistan CST 1999-04-29 asserted",
        ],
    );
}

#[test]
fn a_passive_participle_opening_the_sentence() {
    // "Signed in May 1992 by A, B and C, the treaty ..." tells the signing of the organisation
    // after the phrase; "the treaty picked up A, B and C" admits them (the last of that list
    // is no gapped repetition of the signing); the agent of "Pressed by Russia," is not the
    // subject of the main clause.
    check(
        "1999-02-08",
        "Uzbekistan quit the CST. Signed in May 1992 by Armenia, Kazakhstan and Uzbekistan \
         itself, the treaty picked up Azerbaijan, Georgia and Belarus in late 1993. Founded by \
         Georgia and Moldova in 1997, GUAM has no charter. Pressed by Russia, Armenia signed \
         the CIS charter.",
        &[
            "withdrew Uzbekistan CST ..1999-02-08 asserted",
            "signed Armenia CST 1992-05 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "joined Belarus CST 1993 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "signed Armenia CIS ..1999-02-08 asserted",
        ],
    );
}

#[test]
fn respectively_and_second_organisations() {
    // "respectively" gives each state its own date, a month without its year taking the
    // year of the last (both states used to get December of the article's year); "as well as
    // of" names a second organisation; an organisation named in the listing itself is the one
    // meant even before it took that name ("the Shanghai Five" in May 2001 is the SCO, not the
    // treaty the article named before).
    check(
        "2001-05-29",
        "Georgia and Azerbaijan joined the CST in December and September 1993 respectively. \
         Kazakhstan is a member of the SCO as well as of the CIS. Armenia quit the CST. \
         Kazakhstan and Kyrgyzstan — members of the Shanghai Five — want more.",
        &[
            "joined Georgia CST 1993-12 asserted",
            "joined Azerbaijan CST 1993-09 asserted",
            "member Kazakhstan SCO 2001-05-29 asserted",
            "member Kazakhstan CIS 2001-05-29 asserted",
            "withdrew Armenia CST ..2001-05-29 asserted",
            "member Kazakhstan SCO 2001-05-29 asserted",
            "member Kyrgyzstan SCO 2001-05-29 asserted",
        ],
    );
    // A count of dates that does not match the states changes nothing (the claim keeps the
    // first date, as without "respectively").
    check(
        "1997-10-14",
        "Georgia, Azerbaijan and Belarus joined the CST in 1993 and 1994 respectively.",
        &[
            "joined Georgia CST 1993 asserted",
            "joined Azerbaijan CST 1993 asserted",
            "joined Belarus CST 1993 asserted",
        ],
    );
}

#[test]
fn a_successor_named_after_a_status_and_the_others_sharing_a_claim() {
    // "is not a member of its successor, the CSTO" (and without the name: the successor of
    // the organisation named before); "as do the other three" is the rest of the group named
    // before, only when the count fits.
    check(
        "2003-11-26",
        "Georgia left the Collective Security Treaty in 1999 and is not a member of its \
         successor, the CSTO. GUUAM groups Georgia, Ukraine, Uzbekistan, Azerbaijan and \
         Moldova. Georgia and Moldova still sit in the CIS, as do the other three. Georgia \
         and Ukraine sit in the PfP, as do the other two.",
        &[
            "withdrew Georgia CST 1999 asserted",
            "not_member Georgia CSTO 2003-11-26 asserted",
            "member Georgia GUAM 2003-11-26 asserted",
            "member Ukraine GUAM 2003-11-26 asserted",
            "member Uzbekistan GUAM 2003-11-26 asserted",
            "member Azerbaijan GUAM 2003-11-26 asserted",
            "member Moldova GUAM 2003-11-26 asserted",
            "member Georgia CIS 2003-11-26 asserted",
            "member Moldova CIS 2003-11-26 asserted",
            "member Ukraine CIS 2003-11-26 asserted",
            "member Uzbekistan CIS 2003-11-26 asserted",
            "member Azerbaijan CIS 2003-11-26 asserted",
            "member Georgia PfP 2003-11-26 asserted",
            "member Ukraine PfP 2003-11-26 asserted",
        ],
    );
}

#[test]
fn a_listing_that_is_the_subject_of_a_dated_past_event() {
    // The members listed after an organisation that did something on a date are its members
    // then; a listing told as it stands ("still") holds at the article date.
    check(
        "2005-09-05",
        "In July the Shanghai Cooperation Organisation — China, Russia and Kazakhstan — asked \
         the coalition to leave. On 7 October the states that still adhere to the CST — \
         Armenia and Belarus — signed a charter.",
        &[
            "member China SCO 2005-07 asserted",
            "member Russia SCO 2005-07 asserted",
            "member Kazakhstan SCO 2005-07 asserted",
            "member Armenia CST 2005-09-05 asserted",
            "member Belarus CST 2005-09-05 asserted",
        ],
    );
}

#[test]
fn back_in_earlier_in_the_month_and_compound_modifiers() {
    // "back in the CSTO" is a membership ("back in 1999" is a date); "earlier in the month"
    // is the article's month; "the Moscow-led alliance it had quit": "Moscow-led" is no actor
    // that "it" could mean.
    check(
        "2006-08-24",
        "Uzbekistan, back in the CSTO since 2006, declined. Tbilisi quit the CST back in 1999. \
         Earlier in the month Uzbekistan formally rejoined the CSTO, the Moscow-led alliance \
         it had quit.",
        &[
            "member Uzbekistan CSTO 2006..2006-08-24 asserted",
            "withdrew Georgia CST 1999 asserted",
            "rejoined Uzbekistan CSTO 2006-08 asserted",
            "withdrew Uzbekistan CSTO ..2006-08-24 asserted",
        ],
    );
}

#[test]
fn the_seventh_sessions_review_cases() {
    // Each of these made wrong facts in a review of the session's constructions.
    check(
        "2008-06-01",
        // "respectively" after another clause's dates, or pairing organisations
        "Georgia and Azerbaijan joined the CIS; their presidents visited Moscow in 1994 and \
         1995 respectively. \
         Belarus is a member of the CIS, but not of the CIS free trade zone. \
         Armenia joined the CSTO in 2002 but not the CSTO rapid reaction force. \
         Belarus stayed away from the CSTO rapid reaction force in 2009. \
         Georgia left the CIS, completing its exit on 18 August 2009. \
         Georgia and Azerbaijan quit the CST in 1999; Uzbekistan later embraced Russia, \
         rejoining the CSTO in 2006. \
         Lukashenko hosted the Minsk summit, where Tashkent's delegates appeared and rejoined \
         the CSTO. \
         The Uzbeks courted Mr Putin and rejoined the CSTO in 2006. \
         Ukraine courts NATO, the alliance Kiev shares with Tbilisi a wish to join. \
         Talks between Russia and Georgia, now outside the CIS, broke down. \
         Armenia, Russia and Uzbekistan tried it all but Uzbekistan quit the CSTO in 2012. \
         Of the disputes the CSTO was meant to settle, two remain: Georgia and Moldova. \
         Signed by Russia and Belarus in April 1996, the treaty created a union state. \
         Signed by Russia and Belarus in 1996, the NATO pact was rejected.",
        &[
            "joined Georgia CIS ..2008-06-01 asserted",
            "joined Azerbaijan CIS ..2008-06-01 asserted",
            "member Belarus CIS 2008-06-01 asserted",
            "joined Armenia CSTO 2002 asserted",
            "withdrew Georgia CIS 2009-08-18 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Uzbekistan CSTO 2012 asserted",
        ],
    );
}

#[test]
fn is_in_a_named_organisation() {
    // "is in the CIS" (and "whose country is in the CIS but not in the CSTO"); not "is in
    // talks", "is in the CIS summit" or "is in the CIS's debt".
    check(
        "2007-03-19",
        "Moldova's president, Vladimir Voronin, whose country is in the CIS but not in the \
         CSTO, spoke. Georgia is in the CIS. Armenia is in talks. Russia is in the CIS summit. \
         Belarus was in the CST in 1995. Ukraine is in the CIS's debt.",
        &[
            "office Vladimir Voronin president Moldova 2007-03-19",
            "member Moldova CIS 2007-03-19 asserted",
            "not_member Moldova CSTO 2007-03-19 asserted",
            "member Georgia CIS 2007-03-19 asserted",
            "member Belarus CST 1995 asserted",
        ],
    );
}

#[test]
fn the_n_members_in_brackets() {
    // "The seven members (A, B, ...)" lists them, when the curated timeline has them all in
    // the organisation meant; "The two states (Georgia and Azerbaijan)" names no CSTO members.
    check(
        "2009-02-23",
        "The CSTO met. The seven members (Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, \
         Tajikistan and Uzbekistan) are unequal contributors. The two states (Georgia and \
         Azerbaijan) objected.",
        &[
            "count CSTO 7 members 2009-02-23",
            "member Armenia CSTO 2009-02-23 asserted",
            "member Belarus CSTO 2009-02-23 asserted",
            "member Kazakhstan CSTO 2009-02-23 asserted",
            "member Kyrgyzstan CSTO 2009-02-23 asserted",
            "member Russia CSTO 2009-02-23 asserted",
            "member Tajikistan CSTO 2009-02-23 asserted",
            "member Uzbekistan CSTO 2009-02-23 asserted",
        ],
    );
}

#[test]
fn the_others_are_in_brackets() {
    // "one of the six members of X (the others are A, B, ...)": the others are members too,
    // when they and the one make up the count.
    check(
        "2000-05-25",
        "Tajikistan is one of the six members of the CST (the others are Armenia, Belarus, \
         Kazakhstan, Kyrgyzstan and Russia). Georgia is one of the five members of GUAM (the \
         others are Ukraine and Moldova).",
        &[
            "member Tajikistan CST 2000-05-25 asserted",
            "count CST 6 members 2000-05-25",
            "member Armenia CST 2000-05-25 asserted",
            "member Belarus CST 2000-05-25 asserted",
            "member Kazakhstan CST 2000-05-25 asserted",
            "member Kyrgyzstan CST 2000-05-25 asserted",
            "member Russia CST 2000-05-25 asserted",
            "member Georgia GUAM 2000-05-25 asserted",
            "count GUAM 5 members 2000-05-25",
        ],
    );
}

#[test]
fn the_seventh_sessions_second_review_cases() {
    // Each of these made wrong facts (or lost a date) in a second review.
    check(
        "2005-09-05",
        "Kazakhstan is in the WTO talks. Georgia is in the NATO-led coalition. Moldova is in \
         the CIS' bad books. Georgia wishes it were in NATO. \
         Georgia quit the CST back in the spring of 1999. \
         The CSTO — Armenia, Belarus and Russia — rejected the 2001 proposal in May. \
         The SCO — China, Russia and Kazakhstan — cited the 1996 Shanghai accord. \
         The other five — China, Russia and Kazakhstan — created the Shanghai Five in 1996. \
         Russia backed the CIS. Georgia is not a member of its successor, the Eurasian Union. \
         Georgia, Ukraine and Moldova met. Georgia joined GUAM in 1997 and objected, as did \
         the other two. \
         Azerbaijan joined the CIS in September 1993, and later in the year Georgia joined it.",
        &[
            "withdrew Georgia CST 1999 asserted",
            "member Armenia CSTO 2005-05 asserted",
            "member Belarus CSTO 2005-05 asserted",
            "member Russia CSTO 2005-05 asserted",
            "member China SCO 2005-09-05 asserted",
            "member Russia SCO 2005-09-05 asserted",
            "member Kazakhstan SCO 2005-09-05 asserted",
            "joined Georgia GUAM 1997 asserted",
            "joined Azerbaijan CIS 1993-09 asserted",
            "joined Georgia CIS 1993 asserted",
        ],
    );
    // A participle's subject is the first state of its own clause; "N remain:" after a
    // noun for members, or alone when the timeline has every listed state in.
    check(
        "1999-06-01",
        "Georgia, Azerbaijan and Uzbekistan all walked out of the CST in 1999; later the Uzbeks \
         came back, rejoining the CSTO in 2006. Of the nine members of the CST, six remain: \
         Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.",
        &[
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "count CST 9 members 1999-06-01",
            "member Armenia CST 1999-06-01 asserted",
            "member Belarus CST 1999-06-01 asserted",
            "member Kazakhstan CST 1999-06-01 asserted",
            "member Kyrgyzstan CST 1999-06-01 asserted",
            "member Russia CST 1999-06-01 asserted",
            "member Tajikistan CST 1999-06-01 asserted",
        ],
    );
}

#[test]
fn the_eighth_sessions_constructions() {
    // A gapped date after a short aside ("and Belarus, the last of the nine, on ..."); a
    // relative clause set off by commas ends at its closing comma, so the main clause's date
    // ("obtained a promise last November") is not the withdrawal's, while a list's commas and
    // a year range's dash stay inside it.
    check(
        "2000-05-25",
        "Azerbaijan acceded to the CST in September 1993, Georgia in December, and Belarus, the \
         last of the nine, on 31 December 1993. \
         Georgia, which quit the CST alongside Azerbaijan, obtained a promise at the summit last \
         November. \
         Uzbekistan, which founded CACO with Kazakhstan, Kyrgyzstan and Tajikistan in February \
         2002, stayed. Georgia, which entered the CIS in 1993–94, stayed.",
        &[
            "joined Azerbaijan CST 1993-09 asserted",
            "joined Georgia CST 1993-12 asserted",
            "joined Belarus CST 1993-12-31 asserted",
            "withdrew Georgia CST ..2000-05-25 asserted",
            "withdrew Azerbaijan CST ..2000-05-25 asserted",
            "founded Uzbekistan CACO 2002-02 asserted",
            "founded Kazakhstan CACO 2002-02 asserted",
            "founded Kyrgyzstan CACO 2002-02 asserted",
            "founded Tajikistan CACO 2002-02 asserted",
            "joined Georgia CIS 1993..1994 asserted",
        ],
    ); // A negation inside the copula's phrase: "is not part of", "is no longer in", "was never
    // part of" (a past frame: up to the article date; an opening participle's date is its own);
    // "is not in talks" claims nothing.
    check(
        "2005-05-20",
        "Uzbekistan is not in GUAM. Armenia is no longer part of GUAM. Ukraine is no longer in \
         the CST. Russia is not in talks. Turkey has never been part of the CIS. Having quit the \
         Tashkent Treaty in 1999, Moldova was never part of the CSTO.",
        &[
            "not_member Uzbekistan GUAM 2005-05-20 asserted",
            "not_member Armenia GUAM 2005-05-20 asserted",
            "not_member Ukraine CST 2005-05-20 asserted",
            "not_member Turkey CIS 2005-05-20 asserted",
            "withdrew Moldova CST 1999 asserted",
            "not_member Moldova CSTO ..2005-05-20 asserted",
        ],
    );
    // "has form" is a noun; "GUUAM's first charter" is the organisation's; a "since" in the
    // other conjunct of an appositive is not the status's; a second status in the same aside,
    // with its own hedge.
    check(
        "2009-06-19",
        "Uzbekistan, which rejoined the CSTO in 2006, has form as a reluctant ally. \
         At Yalta on 7 June, Georgia, Ukraine and Moldova signed GUUAM's first charter. \
         Kyrgyzstan, a CSTO member and the host since December 2001 of the Manas base, hosts \
         both. Uzbekistan, outside the CST since 1999 and still nominally a GUUAM member, has \
         gone furthest. Kazakhstan, a CSTO member and nominally a GUUAM member, waits.",
        &[
            "rejoined Uzbekistan CSTO 2006 asserted",
            "signed Georgia GUAM 2009-06-07 asserted",
            "signed Ukraine GUAM 2009-06-07 asserted",
            "signed Moldova GUAM 2009-06-07 asserted",
            "member Kyrgyzstan CSTO 2009-06-19 asserted",
            "not_member Uzbekistan CST 1999..2009-06-19 asserted",
            "member Uzbekistan GUAM 2009-06-19 hedged",
            "member Kazakhstan CSTO 2009-06-19 asserted",
            "member Kazakhstan GUAM 2009-06-19 hedged",
        ],
    ); // "admitted as an observer" is observer status; "withdrew last month from the
    // Commonwealth's sanctions" has an object that is no organisation; "the friendship treaty
    // that Yerevan signed with Moscow" is bilateral; "in Yerevan, the treaty's members" names a
    // place; "were no longer bound by it" is a past status at the clause's date; "next month";
    // a date opening the clause of a plan still to come is the plan's.
    check(
        "2012-07-10",
        "At the SCO summit in Beijing last month, Afghanistan was admitted as an observer. \
         Russia joined NATO in 1994. Moscow, meanwhile, withdrew last month from the \
         Commonwealth's sanctions on Abkhazia. \
         Armenia is in the CSTO, and the friendship treaty that Yerevan signed with Moscow \
         last August promises help. \
         Last month in Yerevan, the treaty's six remaining members agreed to create a force. \
         Russia will join the WTO next month. \
         The CIS met, and on 1 December Estonia and Latvia will join the European Union.",
        &[
            "observer Afghanistan SCO 2012-06 asserted",
            "joined Russia NATO 1994 asserted",
            "member Armenia CSTO 2012-07-10 asserted",
            "count CSTO 6 members 2012-07-10",
            "joined Russia WTO 2012-08 planned",
            "joined Estonia EU 2012-12-01 planned",
            "joined Latvia EU 2012-12-01 planned",
        ],
    );
    check(
        "1999-07-12",
        "Georgia, Azerbaijan and Uzbekistan left the CST; when its first term ran out on 20 \
         April the three were no longer bound by it.",
        &[
            "withdrew Georgia CST ..1999-07-12 asserted",
            "withdrew Azerbaijan CST ..1999-07-12 asserted",
            "withdrew Uzbekistan CST ..1999-07-12 asserted",
            "not_member Georgia CST 1999-04-20 asserted",
            "not_member Azerbaijan CST 1999-04-20 asserted",
            "not_member Uzbekistan CST 1999-04-20 asserted",
        ],
    ); // "for all its theatrics" is an aside, not "all" of a group; a date opening the clause
    // beats one past a comma after the object; "both" after a claim about two states in the
    // same sentence is those two; "the grouping" after a ";" is the one named earlier in it.
    check(
        "2012-07-10",
        "The CSTO's other members, Armenia, Belarus and Russia, have reacted. Uzbekistan, for \
         all its theatrics, remains a member of the SCO. \
         Last month Uzbekistan suspended its membership of the CSTO, informing the secretariat \
         that it disagreed with plans for Afghanistan after 2014. \
         Voronin once promised to take Moldova into the union of Russia and Belarus. Moldova, \
         like Georgia, has not left the CIS, and both still sit in GUAM. \
         Tashkent remains a member of GUUAM, alongside Georgia and Moldova; the three signed \
         the grouping's charter at Yalta on 7 June 2001.",
        &[
            "member Armenia CSTO 2012-07-10 asserted",
            "member Belarus CSTO 2012-07-10 asserted",
            "member Russia CSTO 2012-07-10 asserted",
            "member Uzbekistan SCO 2012-07-10 asserted",
            "suspended Uzbekistan CSTO 2012-06 asserted",
            "withdrew Moldova CIS ..2012-07-10 negated",
            "withdrew Georgia CIS ..2012-07-10 negated",
            "member Moldova GUAM 2012-07-10 asserted",
            "member Georgia GUAM 2012-07-10 asserted",
            "member Uzbekistan GUAM 2012-07-10 asserted",
            "member Georgia GUAM 2012-07-10 asserted",
            "member Moldova GUAM 2012-07-10 asserted",
            "signed Uzbekistan GUAM 2001-06-07 asserted",
            "signed Georgia GUAM 2001-06-07 asserted",
            "signed Moldova GUAM 2001-06-07 asserted",
        ],
    ); // A relative clause's verb is not denied by "Neither ... nor"; "Armenia's partner" is a
    // state's; ", declining to renew ... on 20 April" tells the act; "the Astana five" is no
    // state; a present tense dated still to come is a timetable.
    check(
        "2009-06-19",
        "The CSTO met. Neither Ukraine nor Moldova – both of which stayed out of the Tashkent \
         Treaty – has commented. Neither Georgia nor Azerbaijan, which left the CST in 1999, \
         signed the CSTO charter. Ter-Petrosyan describes Russia as Armenia's principal strategic \
         partner. Uzbekistan had dropped out of the CST, declining to renew its membership when \
         its first term lapsed on 20 April 1999. A summit of the CST states – the Astana five \
         plus Armenia – met. Georgia formally leaves the Commonwealth in August.",
        &[
            "not_member Ukraine CST 2009-06-19 asserted",
            "not_member Moldova CST 2009-06-19 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "signed Georgia CSTO ..2009-06-19 negated",
            "signed Azerbaijan CSTO ..2009-06-19 negated",
            "withdrew Uzbekistan CST 1999-04-20 asserted",
            "withdrew Georgia CIS 2009-08 planned",
        ],
    ); // A comma after a list closes it ("The rest of us, A, B, C and D, remain"); "let their
    // treaty membership lapse"; "follow them into the Union"; "Poland, in NATO since 1999,";
    // "Armenia, which stayed in,"; "Unlike Yerevan, Baku is still outside the WTO".
    check(
        "2004-04-05",
        "The rest of us, Georgia, Ukraine, Azerbaijan and Moldova, remain in GUAM. \
         The CST met. Georgia and Azerbaijan let their treaty membership lapse in 1999. \
         Bulgaria and Romania are expected to follow them into the EU in 2007. \
         Poland, in NATO since 1999, is a vocal advocate. \
         Georgia left the CIS; Armenia, which stayed in, wants a base. \
         Unlike Yerevan, Baku is still outside the WTO.",
        &[
            "joined Bulgaria EU 2007 planned",
            "joined Romania EU 2007 planned",
            "member Armenia CIS ..2004-04-05 asserted",
            "member Armenia WTO 2004-04-05 asserted",
            "member Azerbaijan GUAM 2004-04-05 asserted",
            "member Georgia GUAM 2004-04-05 asserted",
            "member Moldova GUAM 2004-04-05 asserted",
            "member Poland NATO 1999..2004-04-05 asserted",
            "member Ukraine GUAM 2004-04-05 asserted",
            "not_member Azerbaijan WTO 2004-04-05 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CIS ..2004-04-05 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    ); // A state led into an organisation joins it (brought back: rejoins); an infinitive is
    // still to come; not into "the CIS customs union" nor "the organisation's structures".
    check(
        "2003-11-05",
        "Aliyev brought Azerbaijan back into the Commonwealth of Independent States in September \
         1993. Shevardnadze took Georgia into the CIS in 1993. Saakashvili has promised to \
         restore order and to take Georgia into NATO. Voronin promised to take Moldova into the \
         CIS customs union. The CSTO met. Bordyuzha has a plan for bringing Uzbekistan into the \
         organisation's military structures.",
        &[
            "rejoined Azerbaijan CIS 1993-09 asserted",
            "joined Georgia CIS 1993 asserted",
            "joined Georgia NATO 2003-11-05.. planned",
        ],
    );
}

#[test]
fn the_eighth_sessions_review_cases() {
    // Each of these made a wrong fact (or lost a date or a hedge) in this session's review.
    check(
        "2009-09-20",
        "Uzbekistan reportedly quit GUUAM and joined the CSTO. \
         Georgia formally leaves the Commonwealth on 18 August. \
         GUAM met in Kiev. Georgia wants to join NATO; Uzbekistan quit the grouping in 2005. \
         Georgia quit the CST in 1999, and Armenia, a loyal ally, in May, said it would stay. \
         Georgia walked out of GUAM's charter talks in 2001. \
         Uzbekistan joined the CSTO as observers had expected. \
         Russia keeps a base in Tajikistan, a CSTO member since 2002. \
         Uzbekistan, which joined GUUAM, in April 1999, later left.",
        &[
            "withdrew Uzbekistan GUAM ..2009-09-20 hedged",
            "joined Uzbekistan CSTO ..2009-09-20 hedged",
            "withdrew Georgia CIS 2009-08-18 asserted",
            "joined Georgia NATO 2009-09-20.. planned",
            "withdrew Uzbekistan GUAM 2005 asserted",
            "withdrew Georgia CST 1999 asserted",
            "joined Uzbekistan CSTO ..2009-09-20 asserted",
            "member Tajikistan CSTO 2002..2009-09-20 asserted",
            "joined Uzbekistan GUAM 1999-04 asserted",
            "withdrew Uzbekistan GUAM ..2009-09-20 asserted",
        ],
    );
    check(
        "2012-12-10",
        "Uzbekistan applied in 1999 and joined GUUAM the next month. Uzbekistan announced its \
         exit from GUUAM in May 2005, and the next month it formally quit. \
         During 2001, Uzbekistan was a member of GUUAM. \
         Georgia and Ukraine founded GUAM in 1997, with both seeking NATO membership. \
         Last month Uzbekistan suspended its membership of the CSTO, effective from 28 November. \
         Moscow joined the CSTO in 2002, and Astana two years later. \
         Officials said that on 1 March Estonia will join the EU.",
        &[
            "joined Uzbekistan GUAM ..2012-12-10 asserted",
            "withdrew Uzbekistan GUAM 2005-06 asserted",
            "member Uzbekistan GUAM 2001 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "joined Georgia NATO 2012-12-10.. planned",
            "joined Ukraine NATO 2012-12-10.. planned",
            "suspended Uzbekistan CSTO 2012-11-28 asserted",
            "joined Russia CSTO 2002 asserted",
            // (a gapped clause's "two years later" counts from the event told before it, as
            // the words say, since the tenth session)
            "joined Kazakhstan CSTO 2004 asserted",
            "joined Estonia EU 2013-03-01 planned",
        ],
    );
}

#[test]
fn a_negation_before_an_aside_after_the_copula() {
    check(
        "2005-05-20",
        "Uzbekistan walked out of the CST in 1999. It is not, for now, a member of the CSTO.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "not_member Uzbekistan CSTO 2005-05-20 asserted",
        ],
    );
}

#[test]
fn a_counted_anaphor_is_the_organisation_with_that_many_members() {
    // "the six-member organisation" in 2005 is the SCO (six members by the reference
    // timeline), not the CIS named after it. The stated count keeps to the organisation named
    // last (never matched against the timeline, so that a wrong count stays a finding); here
    // that is the CIS, a limitation this test records.
    check(
        "2005-09-02",
        "The SCO and the CIS met in Astana. India and Iran sit in the six-member organisation as \
         observers.",
        &[
            "observer India SCO 2005-09-02 asserted",
            "observer Iran SCO 2005-09-02 asserted",
            "count CIS 6 members 2005-09-02",
        ],
    );
}

#[test]
fn the_eighth_sessions_second_review_cases() {
    // "Unlike the Russians, ..." sets a people against the rest (it had made Russia share the
    // status); a later conjunct's hedge stays there; a present tense dated within nine months
    // is a timetable.
    check(
        "2005-05-20",
        "Unlike the Russians, Georgia is still outside the WTO. Uzbekistan quit GUUAM and \
         reportedly joined the CSTO. Ukraine joins the WTO in December.",
        &[
            "member Russia WTO 2005-05-20 asserted",
            "not_member Georgia WTO 2005-05-20 asserted",
            "withdrew Uzbekistan GUAM ..2005-05-20 asserted",
            "joined Uzbekistan CSTO ..2005-05-20 hedged",
            "joined Ukraine WTO 2005-12 planned",
        ],
    );
}

#[test]
fn a_people_then_they_and_memberships_let_lapse() {
    // "they" after "the Uzbeks" earlier in the same sentence; "which like Azerbaijan pulled
    // out" has Georgia as its subject; "letting its membership lapse when the pact's term
    // expires" is of that pact; "widely expected to" is still to come.
    check(
        "1998-09-25",
        "The Uzbeks quit GUUAM in 1997; they rejoined the CIS in 1998. \
         Georgia, which like Azerbaijan pulled out of the CIS in 1997, is in turmoil. \
         The CST met. Tashkent is now considering letting its membership lapse when the \
         nine-member pact's initial five-year term expires next April. \
         Georgia and Azerbaijan are widely expected to let their membership lapse in April.",
        &[
            "withdrew Uzbekistan GUAM 1997 asserted",
            "rejoined Uzbekistan CIS 1998 asserted",
            "withdrew Azerbaijan CIS 1997 asserted",
            "withdrew Georgia CIS 1997 asserted",
            "withdrew Uzbekistan CST 1999-04 planned",
            "count CST 9 members 1998-09-25",
            "withdrew Georgia CST 1999-04 planned",
            "withdrew Azerbaijan CST 1999-04 planned",
        ],
    );
}

#[test]
fn the_programme_is_the_partnership_for_peace() {
    // "the programme" points back only to an organisation named so (the lexicon calls the
    // Partnership for Peace a programme); a programme of reforms is nothing.
    check(
        "1996-05-03",
        "Russia joined the Partnership for Peace in 1994. Tajikistan stays outside the \
         programme. The CIS met. Georgia joined the programme of reforms.",
        &[
            "joined Russia PfP 1994 asserted",
            "not_member Tajikistan PfP 1996-05-03 asserted",
        ],
    );
}

#[test]
fn all_or_both_inside_a_copula_phrase() {
    check(
        "2002-07-02",
        "Russia joined the Partnership for Peace in 1994. Kazakhstan, Kyrgyzstan and Uzbekistan \
         have all been in the programme since 1994. Georgia and Ukraine are both in GUAM. \
         Georgia and Ukraine are all in favour of talks.",
        &[
            "joined Russia PfP 1994 asserted",
            "member Kazakhstan PfP 1994..2002-07-02 asserted",
            "member Kyrgyzstan PfP 1994..2002-07-02 asserted",
            "member Uzbekistan PfP 1994..2002-07-02 asserted",
            "member Georgia GUAM 2002-07-02 asserted",
            "member Ukraine GUAM 2002-07-02 asserted",
        ],
    );
}

#[test]
fn an_aside_inside_a_status_phrase() {
    // "sit, with differing degrees of enthusiasm, in the Commonwealth": the phrase goes on
    // after the aside (which hedges it when it is a hedge), only up to an organisation.
    check(
        "2003-11-05",
        "Georgia and Azerbaijan left the CST in 1999, and both still sit, with differing degrees \
         of enthusiasm, in the Commonwealth. Georgia remains, for now, in talks with NATO. \
         Armenia remains, on paper, in GUAM. Ukraine stays, however, outside NATO.",
        &[
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "member Georgia CIS 2003-11-05 asserted",
            "member Azerbaijan CIS 2003-11-05 asserted",
            "member Armenia GUAM 2003-11-05 hedged",
            "not_member Ukraine NATO 2003-11-05 asserted",
        ],
    );
}

#[test]
fn some_of_a_counted_group_is_no_one_in_particular() {
    // "two of the four GUAM states" are some of them, and the words do not say which; "the
    // three of them" are all three.
    check(
        "1999-06-01",
        "Georgia and Ukraine met in Strasbourg. Yet two of the four GUAM states remain in the \
         CST. Azerbaijan, Georgia and Uzbekistan quit the treaty in 1999, and the three of them \
         left it angrily.",
        &[
            "count GUAM 4 members 1999-06-01",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn the_ninth_sessions_review_cases() {
    // A people only stands for "they" as a clause's subject; "the programme" only when no
    // other programme is about; "remains in the NATO queue" is no place in NATO; an aside with
    // a claim or a date of its own is no part of the status phrase, and only a short one
    // hedges; "which like A and B pulled out" tells of all three.
    check(
        "2000-03-10",
        "Georgia and Azerbaijan joined GUAM in 1997. Angered by the Russians, they left the CST \
         in 1999.",
        &[
            "joined Georgia GUAM 1997 asserted",
            "joined Azerbaijan GUAM 1997 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
        ],
    );
    check(
        "2000-06-01",
        "Georgia joined NATO's Partnership for Peace in 1994. In 1996 Tbilisi agreed an IMF \
         lending programme, and it quit the programme in 1998. Kyrgyzstan withdrew from the new \
         programme in 1999. Tajikistan stays outside the programme for now. Russia joined the \
         Partnership for Peace program in 1994.",
        &[
            "joined Georgia PfP 1994 asserted",
            "not_member Tajikistan PfP 2000-06-01 asserted",
            "joined Russia PfP 1994 asserted",
        ],
    );
    check(
        "2006-06-01",
        "Georgia remains in the NATO queue. Georgia and Ukraine are both in the NATO queue. \
         Georgia stays in the NATO-led mission. Armenia remains in the CSTO.",
        &["member Armenia CSTO 2006-06-01 asserted"],
    );
    check(
        "2003-11-05",
        "Uzbekistan remains, having suspended its membership in 2002, in GUUAM. Turkmenistan \
         remains, never having joined, outside the CSTO. Armenia remains, whatever its critics \
         may have hoped, in the CSTO. Moldova remains, on paper, in GUAM.",
        &[
            "suspended Uzbekistan GUAM 2002 asserted",
            "joined Turkmenistan CSTO ..2003-11-05 negated",
            "not_member Turkmenistan CSTO 2003-11-05 asserted",
            "member Armenia CSTO 2003-11-05 asserted",
            "member Moldova GUAM 2003-11-05 hedged",
        ],
    );
    check(
        "2000-03-10",
        "Georgia, which like Azerbaijan and Uzbekistan pulled out of the CST in 1999, is in \
         turmoil.",
        &[
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn neither_after_the_verb_and_plans_denied() {
    // "is neither in X nor in Y", "belongs to neither X nor Y", "is in neither X nor Y": the
    // objects denied; "will not join", "has no plans to leave": the event denied from now on
    // ("will not renew" stays a planned withdrawal).
    check(
        "2008-04-08",
        "Georgia and Ukraine will become members of the alliance. Azerbaijan has not asked for a \
         plan; it is neither in NATO nor in the CSTO. Moldova belongs to neither NATO nor the \
         CSTO. Turkmenistan is in neither GUAM nor the SCO.",
        &[
            "not_member Azerbaijan NATO 2008-04-08 asserted",
            "not_member Azerbaijan CSTO 2008-04-08 asserted",
            "not_member Moldova NATO 2008-04-08 asserted",
            "not_member Moldova CSTO 2008-04-08 asserted",
            "not_member Turkmenistan GUAM 2008-04-08 asserted",
            "not_member Turkmenistan SCO 2008-04-08 asserted",
        ],
    );
    check(
        "1998-06-01",
        "Kyrgyzstan signed the CST in 1992. Uzbekistan will not join NATO. Ukraine has no plans \
         to leave the CIS. Georgia will not let its membership lapse when the treaty expires next \
         April. Uzbekistan will not renew its membership of the CST when it expires in April.",
        &[
            "signed Kyrgyzstan CST 1992 asserted",
            "joined Uzbekistan NATO 1998-06-01.. negated",
            "withdrew Ukraine CIS 1998-06-01.. negated",
            "withdrew Georgia CST 1999-04 negated",
            "withdrew Uzbekistan CST 1999-04 planned",
        ],
    );
}

#[test]
fn it_and_the_treaty_and_a_relative_clauses_date() {
    // "it" is never a name that qualifies a noun ("a Commonwealth summit"), and is the treaty
    // said before it in the sentence; "—and in 1993 A, B and C joined it" after a dashed aside
    // takes its own date; "It was signed ... by" opening a sentence is the organisation just
    // talked about; a description after a dash dates nothing; a relative clause's date stays
    // its own.
    check(
        "1998-09-23",
        "The Collective Security Treaty is six years old. It was signed in Tashkent in May 1992 \
         by Armenia and Russia—a date chosen for the convenience of a Commonwealth summit—and in \
         1993 Azerbaijan, Georgia and Belarus joined it.",
        &[
            "signed Armenia CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "joined Belarus CST 1993 asserted",
        ],
    );
    check(
        "2012-12-27",
        "The CIS is old. When the treaty came up for renewal in 1999, Azerbaijan, Georgia and \
         Uzbekistan did not renew it.",
        &[],
    );
    check(
        "2000-10-25",
        "Earlier this month Belarus and Russia founded the Eurasian Economic Community—an \
         organisation meant to rescue a customs union that has existed on paper since 1995.",
        &[
            "founded Belarus EurAsEC 2000-10 asserted",
            "founded Russia EurAsEC 2000-10 asserted",
        ],
    );
    check(
        "2002-07-24",
        "GUUAM lost a member. Uzbekistan, which joined the grouping in April 1999 at NATO's \
         summit, left it in 2002. Georgia, which joined the CIS in 1993, has suspended its \
         participation in GUUAM.",
        &[
            "joined Uzbekistan GUAM 1999-04 asserted",
            "withdrew Uzbekistan GUAM 2002 asserted",
            "joined Georgia CIS 1993 asserted",
            "suspended Georgia GUAM ..2002-07-24 asserted",
        ],
    );
}

#[test]
fn fronted_appositives_leaders_and_likenesses() {
    // "A founding member of the SCO, it ..." and "A member of the CIS since 1993, Georgia ...":
    // a status phrase opening the sentence tells of the subject after its comma; "President
    // Karimov, who left ..." acts for his state (and the main clause's hedge stays there);
    // "left the pact in 1999 and GUUAM in May" gives each object its date; "like A, B and C it
    // joined" tells of all four; "of either X or Y" after a negation denies both; a one-word
    // organisation name after a capitalised word is part of another name (and "Partnership"
    // alone is none: "the Partnership and Cooperation Agreement").
    check(
        "2005-09-07",
        "Uzbekistan sulked. A founding member of the SCO, it seems to have concluded that the \
         world is dividing. A member of the CIS since 1993, Georgia wants out. President Islam \
         Karimov, who left the Tashkent pact in 1999 and GUUAM in May of this year, appears to \
         have decided.",
        &[
            "member Uzbekistan SCO 2005-09-07 asserted",
            "member Georgia CIS 1993..2005-09-07 asserted",
            "office Islam Karimov president Uzbekistan 2005-09-07",
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
    check(
        "2007-10-17",
        "Uzbekistan is not in NATO, but like Kazakhstan, Kyrgyzstan and Turkmenistan it joined \
         the Partnership for Peace in 1994. Turkmenistan is not a member of either the CSTO or the SCO. \
         Kazakhstan is a member of either the CSTO or the SCO. Georgia wants to join the Eastern \
         Partnership.",
        &[
            "not_member Uzbekistan NATO 2007-10-17 asserted",
            "joined Uzbekistan PfP 1994 asserted",
            "joined Kazakhstan PfP 1994 asserted",
            "joined Kyrgyzstan PfP 1994 asserted",
            "joined Turkmenistan PfP 1994 asserted",
            "not_member Turkmenistan CSTO 2007-10-17 asserted",
            "not_member Turkmenistan SCO 2007-10-17 asserted",
        ],
    );
}

#[test]
fn an_organisation_named_by_its_states() {
    // "the customs union of A, B and C", "the GUAM group of ...": each a member; set off after
    // the name in a dated past event, at that event's date; not the list of someone's ("the
    // four founders of GUUAM—...—", "the states that still adhere to the treaty—...—"), nor a
    // summit's.
    check(
        "2011-12-12",
        "The customs union of Russia, Belarus and Kazakhstan has a common tariff. A CIS summit of \
         Russia and Belarus ended.",
        &[
            "member Russia CustomsUnion 2011-12-12 asserted",
            "member Belarus CustomsUnion 2011-12-12 asserted",
            "member Kazakhstan CustomsUnion 2011-12-12 asserted",
        ],
    );
    check(
        "2005-09-07",
        "At its summit in Astana in July, the Shanghai Cooperation Organisation—China, Russia, \
         Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan—politely asked for a date. The four \
         founders of GUUAM—Georgia, Ukraine, Azerbaijan and Moldova—intend to meet.",
        &[
            "member China SCO 2005-07 asserted",
            "member Russia SCO 2005-07 asserted",
            "member Kazakhstan SCO 2005-07 asserted",
            "member Kyrgyzstan SCO 2005-07 asserted",
            "member Tajikistan SCO 2005-07 asserted",
            "member Uzbekistan SCO 2005-07 asserted",
            "count GUAM 4 founders 2005-09-07",
            "founded Georgia GUAM ..2005-09-07 asserted",
            "founded Ukraine GUAM ..2005-09-07 asserted",
            "founded Azerbaijan GUAM ..2005-09-07 asserted",
            "founded Moldova GUAM ..2005-09-07 asserted",
        ],
    );
    check(
        "2004-01-27",
        "Estonia, Latvia and Lithuania are to join NATO at the end of March and the European \
         Union on 1 May.",
        &[
            "joined Estonia NATO 2004-03 planned",
            "joined Latvia NATO 2004-03 planned",
            "joined Lithuania NATO 2004-03 planned",
            "joined Estonia EU 2004-05-01 planned",
            "joined Latvia EU 2004-05-01 planned",
            "joined Lithuania EU 2004-05-01 planned",
        ],
    );
}

#[test]
fn places_relative_clauses_and_counts_of_doers() {
    // "in Kyiv, and Tashkent is expected to join": the place is no subject; "None of the three
    // states that quit the treaty in 1999—A, B, C—is a member": the relative clause's verb is
    // not denied, and "the three states that quit" count leavers, not members (the list
    // between the dashes is the subject: none of them is a member).
    check(
        "1997-11-19",
        "Karimov's envoys have been asking questions in Kyiv, and Tashkent is expected to join \
         GUAM before long.",
        &["joined Uzbekistan GUAM 1997-11-19.. planned"],
    );
    check(
        "2002-10-16",
        "The CSTO was set up in October. None of the three states that quit the treaty in \
         1999—Uzbekistan, Georgia and Azerbaijan—is a member of the new organisation.",
        &[
            "founded - CSTO 2002-10 asserted",
            "not_member Uzbekistan CSTO 2002-10-16 asserted",
            "not_member Georgia CSTO 2002-10-16 asserted",
            "not_member Azerbaijan CSTO 2002-10-16 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
        ],
    );
}

#[test]
fn an_opening_conjunction_and_two_clause_subjects() {
    // "And Georgia is ...": the sentence's subject after its opening conjunction, for the
    // participle after it; two states opening the clauses of a sentence with no claim are the
    // "both" of the next.
    check(
        "2003-12-03",
        "And Georgia is, emphatically, not a member of the CSTO, having quit the CST in 1999 \
         along with Azerbaijan and Uzbekistan.",
        &[
            "not_member Georgia CSTO 2003-12-03 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    check(
        "2009-08-26",
        "Two members declined to sign the agreement. Belarus stayed away from the summit, its \
         president being busy; Uzbekistan came, listened, and withheld its signature. Both \
         remain members of the CSTO.",
        &[
            "member Belarus CSTO 2009-08-26 asserted",
            "member Uzbekistan CSTO 2009-08-26 asserted",
        ],
    );
}

#[test]
fn the_ninth_sessions_second_review_cases() {
    // Each from a reviewer's report on this session's changes.
    check(
        "2001-06-01",
        "Azerbaijan, Georgia and Uzbekistan were unhappy, and all three of them quit the CST in \
         1999. In May 2000, the Uzbeks formally left GUUAM, and a year later they rejoined the \
         CIS.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Uzbekistan GUAM 2000-05 asserted",
            "rejoined Uzbekistan CIS 2001 asserted",
        ],
    );
    check(
        "2002-07-01",
        "GUUAM met in Yalta in 2001. Uzbekistan suspended its participation when the NATO summit \
         in Prague was announced. Days before GUUAM's Yalta summit, Uzbekistan suspended its \
         participation.",
        &[
            "suspended Uzbekistan GUAM ..2002-07-01 asserted",
            "suspended Uzbekistan GUAM ..2002-07-01 asserted",
        ],
    );
    check(
        "2010-06-01",
        "Georgia joined the CIS in December 1993, weeks after the treaty on Russian bases was \
         initialled, and quit it in August 2009. The border accord between Georgia and Armenia \
         is older than the CIS. It was signed in 1996 by Georgia and Armenia.",
        &[
            "joined Georgia CIS 1993-12 asserted",
            "withdrew Georgia CIS 2009-08 asserted",
        ],
    );
    check(
        "1998-06-01",
        "Georgia would not have joined the CIS in 1993 without Russian pressure. Uzbekistan will \
         not leave GUUAM until 2000. Armenia remains, as it has since 1992, in the CST.",
        &[
            "joined Georgia CIS 1993 planned",
            "withdrew Uzbekistan GUAM 2000 planned",
            "member Armenia CST 1998-06-01 asserted",
        ],
    );
    check(
        "2000-09-01",
        "Georgia joined NATO's Partnership for Peace (PfP) programme in 1994, and Armenia entered \
         the programme the same year. Georgia joined the Tashkent pact in September 1993 and the \
         Commonwealth in December. Georgia joined the Commonwealth in 1993 and NATO in 1999 \
         admitted the Poles. In May EurAsEC admitted Uzbekistan. In Minsk Commonwealth \
         leaders said Ukraine remains in the Commonwealth. Georgia joined the British \
         Commonwealth.",
        &[
            "joined Georgia PfP 1994 asserted",
            "joined Armenia PfP 1994 asserted",
            "joined Georgia CST 1993-09 asserted",
            "joined Georgia CIS 1993-12 asserted",
            "joined Georgia CIS 1993 asserted",
            // (NATO is not Georgia's: "and NATO in 1999 admitted the Poles" is Poland's)
            "joined Poland NATO 1999 asserted",
            "joined Uzbekistan EurAsEC 2000-05 asserted",
            "member Ukraine CIS 2000-09-01 asserted",
        ],
    );
    check(
        "2008-09-01",
        "Moscow is pushing for a planned customs union of Russia, Belarus and Kazakhstan. If the \
         customs union of Russia, Belarus and Kazakhstan takes shape, Kyrgyzstan may apply. The \
         long-mooted customs union of Russia, Belarus and Ukraine never materialised. Tashkent \
         shows no interest in the customs union of Russia, Belarus and Kazakhstan.",
        &[
            "member Russia CustomsUnion 2008-09-01 asserted",
            "member Belarus CustomsUnion 2008-09-01 asserted",
            "member Kazakhstan CustomsUnion 2008-09-01 asserted",
        ],
    );
    check(
        "2007-09-01",
        "Uzbekistan surprised many. Long a GUUAM member, it quit in May. A member of the CSTO, \
         Armenia and Azerbaijan remain at odds. An aspiring member of NATO, Georgia waits. \
         Turkmenistan has never been a member of either the CSTO or GUAM.",
        &[
            "withdrew Uzbekistan GUAM 2007-05 asserted",
            "not_member Turkmenistan CSTO 2007-09-01 asserted",
            "not_member Turkmenistan GUAM 2007-09-01 asserted",
        ],
    );
}

#[test]
fn an_attribution_hedges_a_relative_clause_and_did_renew_counts() {
    // "according to Interfax" at the end hedges the relative clause's claim too ("appears to
    // have decided" does not); "the six states that did renew the treaty" count its members.
    check(
        "2006-09-01",
        "The Kremlin has welcomed back Uzbekistan, which rejoined the CSTO in June, according \
         to Interfax. President Islam Karimov, who left the Tashkent pact in 1999, appears to \
         have decided. The six states that did renew the Tashkent Treaty in 1999 went on to \
         found the CSTO.",
        &[
            "rejoined Uzbekistan CSTO 2006-06 hedged",
            "office Islam Karimov president Uzbekistan 2006-09-01",
            "withdrew Uzbekistan CST 1999 asserted",
            "count CST 6 members 2006-09-01",
        ],
    );
}

#[test]
fn a_name_after_a_capitalised_word_and_a_no_break_space() {
    // The check that a one-word name continues another name reads the word before it across
    // any whitespace, multi-byte included, without panicking.
    check(
        "2009-09-01",
        "The talks went on\u{a0}Minsk Commonwealth leaders met. Foo\u{a0}Xyz Commonwealth \
         leaders met. Georgia left the Commonwealth.",
        &["withdrew Georgia CIS ..2009-09-01 asserted"],
    );
}

#[test]
fn asked_to_leave_no_organisation() {
    // "asked the Americans to leave" names no organisation to leave: no fact (an organisation
    // named keeps the request a plan).
    check(
        "2005-09-07",
        "At its summit in Astana in July, the SCO asked the Americans to leave. Moscow urged \
         Tashkent to leave GUUAM.",
        &["withdrew Uzbekistan GUAM 2005-09-07.. planned"],
    );
}

#[test]
fn participants_in_an_organisation() {
    // "an active participant in the Partnership for Peace", "a PfP participant since 1994" are
    // members; "a keen participant" is no plan; "since joining it in 1994" after the status
    // word starts it; "a participant in the talks", "only a participant, not a full member, of
    // the CIS" are not.
    check(
        "2003-01-01",
        "Kazakhstan is an active participant in the Partnership for Peace. Uzbekistan, a PfP \
         participant since 1994, stays. Tajikistan has been a keen participant in NATO's \
         Partnership for Peace since joining it in 2002. Georgia is a participant in the talks. \
         Ukraine is only a participant, not a full member, of the CIS. Armenia is keen to join \
         GUAM.",
        &[
            "member Kazakhstan PfP 2003-01-01 asserted",
            "member Uzbekistan PfP 1994..2003-01-01 asserted",
            "member Tajikistan PfP 2002..2003-01-01 asserted",
            "joined Armenia GUAM 2003-01-01.. planned",
        ],
    );
}

#[test]
fn the_ninth_sessions_third_review_cases() {
    // A participant only in an organisation standing alone (not "the NATO summit", "CIS
    // economic talks", "a non-participant", "the SCO participants included"); "due next month
    // to join" is a plan; only a people asked to go, with nothing named, goes from nothing
    // ("NATO invited Georgia to join", "Moscow urged Tashkent to quit" after GUUAM are plans).
    check(
        "2005-06-01",
        "Azerbaijan, a participant in the NATO summit, met Georgia. Turkmenistan is a \
         participant in CIS economic talks. Belarus, a non-participant in NATO programmes, \
         objected. Ukraine is due next month to join the WTO. NATO invited Georgia to join. \
         GUUAM leaders met in Chisinau. Moscow urged Tashkent to quit.",
        &[
            "joined Ukraine WTO 2005-06-01.. planned",
            "joined Georgia NATO 2005-06-01.. planned",
            "withdrew Uzbekistan GUAM 2005-06-01.. planned",
        ],
    );
}

#[test]
fn organisations_listed_after_a_status_or_a_description() {
    // Every organisation of a list after "a member of" (not only the first two); organisations
    // described in the plural and then named after a dash or a colon; a list without its
    // conjunction is no list ("a member of the CIS, Moscow says").
    check(
        "2006-08-18",
        "Uzbekistan is a member of the CSTO, EurAsEC and the SCO. Kazakhstan belongs to all \
         three of the region's Moscow-centred bodies—the CSTO, EurAsEC and the SCO—as do \
         Kyrgyzstan and Tajikistan. Armenia is a member of two clubs: the CIS and the CSTO. \
         Belarus is a member of the CIS, Moscow says, and of little else. Georgia belongs to \
         bodies that matter—for example GUAM.",
        &[
            "member Uzbekistan CSTO 2006-08-18 asserted",
            "member Uzbekistan EurAsEC 2006-08-18 asserted",
            "member Uzbekistan SCO 2006-08-18 asserted",
            "member Kazakhstan CSTO 2006-08-18 asserted",
            "member Kazakhstan EurAsEC 2006-08-18 asserted",
            "member Kazakhstan SCO 2006-08-18 asserted",
            "member Kyrgyzstan CSTO 2006-08-18 asserted",
            "member Kyrgyzstan EurAsEC 2006-08-18 asserted",
            "member Kyrgyzstan SCO 2006-08-18 asserted",
            "member Tajikistan CSTO 2006-08-18 asserted",
            "member Tajikistan EurAsEC 2006-08-18 asserted",
            "member Tajikistan SCO 2006-08-18 asserted",
            "member Armenia CIS 2006-08-18 asserted",
            "member Armenia CSTO 2006-08-18 asserted",
            "member Belarus CIS 2006-08-18 asserted",
        ],
    );
}

#[test]
fn an_organisation_pointed_back_to_as_it_is_now() {
    // "The remaining members" in 2012, after a sentence naming the Collective Security Treaty,
    // are the CSTO's (told in the past, still the treaty's). "the Shanghai body" and "the
    // Eurasian community" are lexicon names.
    check(
        "2012-11-03",
        "Uzbekistan was one of the founders of the Collective Security Treaty. Kazakhstan and \
         Russia were members then.",
        &["founded Uzbekistan CST ..2012-11-03 asserted"],
    );
    check(
        "2012-07-03",
        "Uzbekistan was one of the founders of the Collective Security Treaty. The remaining \
         members—Armenia and Belarus—met. Iran \
         has been an observer in the Shanghai body since 2005, and Moldova is an observer in \
         the Eurasian community.",
        &[
            "founded Uzbekistan CST ..2012-07-03 asserted",
            "member Armenia CSTO 2012-07-03 asserted",
            "member Belarus CSTO 2012-07-03 asserted",
            "observer Iran SCO 2005..2012-07-03 asserted",
            "observer Moldova EurAsEC 2012-07-03 asserted",
        ],
    );
}

#[test]
fn relative_dates_anchored_in_an_earlier_sentence() {
    // "the following year", "two years later" in a sentence that names no year count from the
    // last year an earlier sentence named; "this summer" is the article's year, "that spring"
    // the year named before.
    check(
        "1998-06-15",
        "Armenia and Russia signed the Collective Security Treaty in Tashkent on 15 May 1992. \
         Azerbaijan, Georgia and Belarus came aboard the following year. Kazakhstan joined the \
         SCO this summer. Uzbekistan signed the treaty in 1992 and Turkmenistan left the CIS \
         that spring. Georgia joined GUAM in 1997. Two years later, Moldova left the CIS.",
        &[
            "signed Armenia CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "joined Belarus CST 1993 asserted",
            "joined Kazakhstan SCO 1998 asserted",
            "signed Uzbekistan CST 1992 asserted",
            "withdrew Turkmenistan CIS 1992 asserted",
            "joined Georgia GUAM 1997 asserted",
            "withdrew Moldova CIS 1999 asserted",
        ],
    );
}

#[test]
fn led_into_and_out_of_with_adverbs_and_affairs() {
    // "led Georgia into the CIS and the Tashkent Treaty in the grim winter of 1993" is both
    // joinings, dated; "led Georgia out of the treaty" is a withdrawal; "stopped taking part in
    // the affairs of GUUAM" is GUUAM's; an adverb in "-ly" between auxiliary and verb ("had
    // eagerly joined") keeps the verb's subject (not "a loyal ally").
    check(
        "2004-02-16",
        "Shevardnadze led Georgia into the Commonwealth of Independent States and the Tashkent \
         Treaty in the grim winter of 1993; he led Georgia out of the treaty six years later. \
         Tashkent stopped taking part in the affairs of GUUAM in 2002. Moldova left GUUAM, the \
         grouping it had eagerly joined in 1997. Armenia, a loyal ally, joined the CSTO.",
        &[
            "joined Georgia CIS 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "withdrew Georgia CST 1999 asserted",
            "suspended Uzbekistan GUAM 2002 asserted",
            "withdrew Moldova GUAM ..2004-02-16 asserted",
            "joined Moldova GUAM 1997 asserted",
            "joined Armenia CSTO ..2004-02-16 asserted",
        ],
    );
}

#[test]
fn a_description_of_the_object_and_the_remaining_members_set_off_by_commas() {
    // A relative clause on a description of the object keeps its date ("joining the GUAM
    // forum, the loose grouping that A and B put together in October 1997" is a plan from now;
    // "put together" is a founding). After "remaining" or "other", a list set off by commas
    // names the members (of what the sentence before told a departure from), unless an event
    // follows ("The other two, A and B, founded ..."); a list that does not fit leaves no
    // organisation behind for "the organisation" after it.
    check(
        "2002-10-15",
        "Tashkent is considering joining the GUAM forum, the loose grouping that Georgia and \
         Ukraine put together in October 1997. This summer Tashkent stopped taking part in \
         GUUAM. The remaining four, Georgia, Ukraine, Azerbaijan and Moldova, are relieved. \
         The other two, Belarus and Russia, founded the Union State.",
        &[
            "joined Uzbekistan GUAM 2002-10-15.. planned",
            "founded Georgia GUAM 1997-10 asserted",
            "founded Ukraine GUAM 1997-10 asserted",
            "suspended Uzbekistan GUAM 2002 asserted",
            "member Georgia GUAM 2002-10-15 asserted",
            "member Ukraine GUAM 2002-10-15 asserted",
            "member Azerbaijan GUAM 2002-10-15 asserted",
            "member Moldova GUAM 2002-10-15 asserted",
        ],
    );
    // "the other two, Armenia and Belarus, stay out" are the subject (not the states before).
    check(
        "2007-10-17",
        "Russia and China sit in the SCO; the other two, Armenia and Belarus, stay out.",
        &[
            "member Russia SCO 2007-10-17 asserted",
            "member China SCO 2007-10-17 asserted",
            "not_member Armenia SCO 2007-10-17 asserted",
            "not_member Belarus SCO 2007-10-17 asserted",
        ],
    );
}

#[test]
fn departures_in_progress_and_statuses_since_a_founding() {
    // "is leaving", "was quitting" with no date told is a departure still to be done (with a
    // date, as "In a letter sent in early May ... was pulling out", it was done then); "the
    // Russian-led organisation" points back to the last one Russia is in (not GUUAM in "quit
    // GUUAM in 2005 and joined the Russian-led organisation in 2006"); "and in
    // 2008 suspended" shares the subject; "since
    // the organisation's foundation" starts in the year the lexicon gives, unless the text
    // gives a date ("since its creation in December 1991").
    check(
        "2012-07-09",
        "Georgia is leaving the Commonwealth. Saakashvili announced that the country was \
         quitting the Russian-dominated grouping. In a letter sent in early May, Tashkent said \
         Uzbekistan was pulling out of GUUAM. Uzbekistan left the CSTO in 2005; it rejoined the \
         Russian-led organisation in 2006, and in 2008 suspended its participation in the \
         Eurasian Economic Community. Kyrgyzstan, a CSTO member since the organisation's \
         foundation, asked for help. Armenia has been a member of the CIS since its creation \
         in December 1991.",
        &[
            "withdrew Georgia CIS 2012-07-09.. planned",
            "withdrew Georgia CIS 2012-07-09.. planned",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Uzbekistan GUAM 2012-05 asserted",
            "withdrew Uzbekistan CSTO 2005 asserted",
            "suspended Uzbekistan EurAsEC 2008 asserted",
            "member Kyrgyzstan CSTO 2002..2012-07-09 asserted",
            "member Armenia CIS 1991-12..2012-07-09 asserted",
        ],
    );
}

#[test]
fn a_founding_named_by_what_people_call_it() {
    // "founded what their aides are already calling GUAM", "formed a consultative grouping that
    // the diplomats in the corridor were calling GUAM", "set up what diplomats call the Shanghai
    // Five"; "has stayed out for now" ends its claim.
    check(
        "1997-10-14",
        "On 10 October the leaders of Georgia and Ukraine founded what their aides are already \
         calling GUAM. The presidents of Azerbaijan and Moldova formed a consultative grouping \
         that the diplomats in the corridor were calling GUAM before lunch. In 1996 China and \
         Russia set up what diplomats call the Shanghai Five. Armenia has stayed out for now.",
        &[
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
            "founded Azerbaijan GUAM ..1997-10-14 asserted",
            "founded Moldova GUAM ..1997-10-14 asserted",
            "founded China SCO 1996 asserted",
            "founded Russia SCO 1996 asserted",
            "not_member Armenia SCO 1997-10-14 asserted",
        ],
    );
}

#[test]
fn a_counted_subject_spelt_out_between_dashes() {
    // "The six states that still adhere to the 1992 treaty—A, B, ...—signed": the list between
    // dashes is the subject when it has as many states as the number counts. After a verb's
    // object the list is not the organisation's members ("that left GUUAM—A, B—"), after
    // "remain in" it is.
    check(
        "2002-10-09",
        "The three states that still adhere to the Collective Security Treaty—Russia, Armenia \
         and Belarus—signed a charter in Chisinau on October 7 creating the CSTO. The two \
         states that left GUUAM—Georgia, Armenia and Moldova—joined NATO. The four that remain \
         in GUAM—Georgia, Ukraine, Azerbaijan and Moldova—met.",
        &[
            "signed Russia CSTO 2002-10-07 asserted",
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
            "count CST 3 members 2002-10-09",
            "member Russia CST 2002-10-09 asserted",
            "member Armenia CST 2002-10-09 asserted",
            "member Belarus CST 2002-10-09 asserted",
            "member Georgia GUAM 2002-10-09 asserted",
            "member Ukraine GUAM 2002-10-09 asserted",
            "member Azerbaijan GUAM 2002-10-09 asserted",
            "member Moldova GUAM 2002-10-09 asserted",
        ],
    );
}

#[test]
fn among_the_founders_and_its_date() {
    // "was among the six original signatories" is one of them; the event's date may follow a
    // place ("of the treaty in Tashkent in May 1992") or open the clause ("In 1997 it was among
    // the founders of GUAM"); not one past a comma.
    check(
        "2008-08-15",
        "Uzbekistan was among the original signatories of the Collective Security Treaty in \
         Tashkent in May 1992, alongside Armenia. In 1997 Georgia was among the founders of \
         GUAM. Ukraine is among the founders of GUAM, which met in 2001.",
        &[
            "signed Uzbekistan CST 1992-05 asserted",
            "signed Armenia CST 1992-05 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Ukraine GUAM ..2008-08-15 asserted",
        ],
    );
}

#[test]
fn the_rest_between_dashes_each_of_them_and_unlike_with_a_relative_clause() {
    // "the rest—A, B, ...—signed" is the list; "which each of them joined" is all of them;
    // "Unlike A and B, which joined ..." the relative clause tells of the list (the main clause
    // is set against it).
    check(
        "2004-05-01",
        "Uzbekistan left the CST in 1999; three years later the rest—Armenia, Belarus and \
         Russia—signed the charter of the CSTO. Georgia and Ukraine belong to NATO's Partnership \
         for Peace, which each of them joined in 1994. Unlike Azerbaijan and Moldova, which \
         joined GUAM in 1997, Uzbekistan joined it only in 1999.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "signed Armenia CSTO 2002 asserted",
            "signed Belarus CSTO 2002 asserted",
            "signed Russia CSTO 2002 asserted",
            "member Georgia PfP 2004-05-01 asserted",
            "member Ukraine PfP 2004-05-01 asserted",
            "joined Georgia PfP 1994 asserted",
            "joined Ukraine PfP 1994 asserted",
            "joined Azerbaijan GUAM 1997 asserted",
            "joined Moldova GUAM 1997 asserted",
            "joined Uzbekistan GUAM 1999 asserted",
        ],
    );
}

#[test]
fn an_organisation_qualifying_the_subjects_noun_is_no_object() {
    // "Three Commonwealth members—A, B, C—signed a document": the Commonwealth is not what they
    // signed ("the group it founded" puts the object before the subject, not this).
    check(
        "2011-10-26",
        "Three Commonwealth members—Russia, Ukraine and Belarus—signed a document. GUAM, the \
         group Georgia founded in 1997, met.",
        &[
            // (three of its members, not a count of them all)
            "member Russia CIS 2011-10-26 asserted",
            "member Ukraine CIS 2011-10-26 asserted",
            "member Belarus CIS 2011-10-26 asserted",
            "founded Georgia GUAM 1997 asserted",
        ],
    );
}

#[test]
fn the_tenth_sessions_review_cases() {
    // An opening date dates a founder told after the copula, not one in an aside; a relative
    // clause on a description of the object cuts the date search only when it has a date of
    // its own; the year "the following year" counts from is the last dated event's (or a date
    // named as such) of the sentence just before, never an incidental number or an older
    // sentence's; a list after a verb's object is its members unless the verb is in a
    // relative clause; a past progressive is a plan only in reported speech, never in a clause
    // of time or a relative clause; an organisation opening its own clause ends a list; "not
    // among the signatories" denies the signing; "none of the bodies—A, B" names no
    // membership; "the structures of the CIS defence ministers' council" is not the CIS;
    // "calling the CIS's gravedigger" names nothing; "left for the airport" is no departure;
    // a founding's date stops at a relative clause; "since the treaty's founding" is not the
    // CSTO's.
    check(
        "2005-06-01",
        "On Tuesday, Moldova, one of the four founders of GUAM, hosted the summit. Uzbekistan \
         joined GUUAM, the grouping that Kyiv championed, in April 1999. Uzbekistan left \
         GUUAM—Georgia, Ukraine, Azerbaijan and Moldova—in May.",
        &[
            "count GUAM 4 founders 2005-06-01",
            "founded Moldova GUAM ..2005-06-01 asserted",
            "joined Uzbekistan GUAM 1999-04 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
            "member Georgia GUAM 2005-06-01 asserted",
            "member Ukraine GUAM 2005-06-01 asserted",
            "member Azerbaijan GUAM 2005-06-01 asserted",
            "member Moldova GUAM 2005-06-01 asserted",
        ],
    );
    check(
        "2012-06-01",
        "Uzbekistan joined the CSTO in 2006, two years after a 2004 strategic-partnership deal. \
         It suspended its membership six years later. Some 2000 troops are based in Kant. As \
         Georgia was leaving the Commonwealth, Russia recognised Abkhazia.",
        &[
            "joined Uzbekistan CSTO 2006 asserted",
            "suspended Uzbekistan CSTO 2012 asserted",
            "withdrew Georgia CIS ..2012-06-01 asserted",
        ],
    );
    check(
        "2005-07-06",
        "Uzbekistan is a member of the SCO, and the CSTO wants it back. Azerbaijan was not among \
         the original signatories of the Collective Security Treaty in 1992. Georgia belongs to \
         none of the region's Moscow-centred bodies—the CSTO, EurAsEC and the SCO. Georgia \
         withdrew from the structures of the CIS defence ministers' council in February. Georgia \
         and Ukraine formed a bloc that commentators are calling the CIS's gravedigger. GUAM \
         leaders met in Kyiv. Moldova left for the airport early. Uzbekistan was among the \
         founders of the SCO that met in Yekaterinburg in June 2004. Belarus, which has been in \
         the CSTO since the treaty's founding, hosted the summit.",
        &[
            "member Uzbekistan SCO 2005-07-06 asserted",
            "signed Azerbaijan CST 1992 negated",
            "founded Uzbekistan SCO ..2005-07-06 asserted",
            "member Belarus CSTO 2005-07-06 asserted",
        ],
    );
}

#[test]
fn members_of_a_renewed_treaty_and_belonging_after_a_dash() {
    // "the six states which prolonged the treaty in April 1999—A, B, ...—" are its members (past
    // the verb's date); "the CACO—which A, B and C all belong to—" after a dash.
    // (dated after CACO's founding in February 2002: a relative naming an organisation that
    // did not yet exist tells nothing, below)
    check(
        "2002-06-12",
        "The three states which prolonged the Collective Security Treaty in April 1999—Armenia, \
         Belarus and Russia—met. The summit is to fold the Central Asian Cooperation \
         Organization—which Uzbekistan and Kazakhstan both belong to—into the larger body.",
        &[
            "count CST 3 members 2002-06-12",
            "member Armenia CST 2002-06-12 asserted",
            "member Belarus CST 2002-06-12 asserted",
            "member Russia CST 2002-06-12 asserted",
            "member Uzbekistan CACO 2002-06-12 asserted",
            "member Kazakhstan CACO 2002-06-12 asserted",
        ],
    );
}

#[test]
fn an_aside_before_a_verbs_closing_preposition() {
    // "also belong, together with China, to the Shanghai Five", "withdrew, after much debate,
    // from the CIS": a short aside set off by commas inside the verb's phrase (one naming
    // states who share the claim adds them).
    check(
        "2001-06-12",
        "Kazakhstan and Russia also belong, together with China, to the Shanghai Five. Georgia \
         withdrew, after much debate, from the CIS in 2009.",
        &[
            "member China SCO 2001-06-12 asserted",
            "member Kazakhstan SCO 2001-06-12 asserted",
            "member Russia SCO 2001-06-12 asserted",
            "withdrew Georgia CIS 2009 asserted",
        ],
    );
}

#[test]
fn a_part_of_the_members_spelt_out_and_an_adverb_inside_a_phrase() {
    // "Of the treaty's nine members, six — A, B, ... —": a part of those counted, named;
    // "remain firmly inside the treaty": an adverb inside the verb's phrase ("sit together in"
    // stays unread: "do not sit together in GUAM" denies only their being in it together);
    // "Georgia joined in 2000 and Moldova a year later": a gapped clause's relative date, from
    // the event just before ("..., and Armenia a year later" is a year after Moldova), never
    // from "by 2000" nor out of a relative clause, and not when another clause follows.
    check(
        "1999-02-08",
        "Uzbekistan is leaving the CST. Of the treaty's nine members, three — Russia, Armenia and \
         Belarus — will sign a protocol. Kazakhstan and Kyrgyzstan remain firmly inside the \
         treaty. Georgia and Moldova do not sit together in GUAM. Armenia signed the CST in 1992 \
         and Belarus a year later. Georgia joined the WTO in 1996, Moldova a year later, and \
         Armenia a year later. Latvia joined the WTO by 1990 and Estonia a year later. \
         Uzbekistan, which joined GUUAM in 1990, and Russia a year later, signed a deal.",
        &[
            "withdrew Uzbekistan CST 1999-02-08.. planned",
            "count CST 9 members 1999-02-08",
            "member Russia CST 1999-02-08 asserted",
            "member Armenia CST 1999-02-08 asserted",
            "member Belarus CST 1999-02-08 asserted",
            "member Kazakhstan CST 1999-02-08 asserted",
            "member Kyrgyzstan CST 1999-02-08 asserted",
            "signed Armenia CST 1992 asserted",
            "signed Belarus CST 1993 asserted",
            "joined Georgia WTO 1996 asserted",
            "joined Moldova WTO 1997 asserted",
            "joined Armenia WTO 1998 asserted",
            "joined Latvia WTO ..1990-12-31 asserted",
            "joined Estonia WTO ..1999-02-08 asserted",
            "joined Uzbekistan GUAM 1990 asserted",
        ],
    );
    // The part set off by commas, whatever it does next; not a list of other states.
    check(
        "1999-02-08",
        "Of the Collective Security Treaty's nine members, three, Russia, Armenia and Belarus, \
         will sign a protocol. Of the CIS's twelve members, two, according to Moscow, will \
         object.",
        &[
            "count CST 9 members 1999-02-08",
            "member Russia CST 1999-02-08 asserted",
            "member Armenia CST 1999-02-08 asserted",
            "member Belarus CST 1999-02-08 asserted",
            "count CIS 12 members 1999-02-08",
        ],
    );
}

#[test]
fn those_left_behind_by_a_withdrawal() {
    // "A, B and C pulled out in 1999, leaving D, E and F": those left were members then (not
    // "leaving Russia and Armenia worried").
    check(
        "2001-05-29",
        "Azerbaijan and Georgia pulled out of the CST in 1999, leaving Armenia, Belarus and \
         Russia. Moldova left GUUAM in 2002, leaving Ukraine and Georgia worried.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "member Armenia CST 1999 asserted",
            "member Belarus CST 1999 asserted",
            "member Russia CST 1999 asserted",
            "withdrew Moldova GUAM 2002 asserted",
        ],
    );
}

#[test]
fn an_organisation_a_relative_clause_hangs_on_after_a_dash() {
    // "the Central Asian Cooperation Organization — which A and B founded in 2002 —".
    check(
        "2004-06-10",
        "Russia signed a protocol on the Central Asian Cooperation Organization — which \
         Kazakhstan and Uzbekistan founded in 2002 — in May.",
        &[
            "founded Kazakhstan CACO 2002 asserted",
            "founded Uzbekistan CACO 2002 asserted",
        ],
    );
}

#[test]
fn a_number_counting_the_states_of_the_sentence_before() {
    // "All four GUAM states belong to the CIS. None of the four is in the CSTO": a number
    // counts the states of the sentence before's last claim when they are as many (no other
    // pronoun reaches them: "They are not in the CSTO" after a counted group stays unread).
    check(
        "2006-05-24",
        "All four GUAM states still belong to the CIS. None of the four is in the CSTO. The three \
         are not in the SCO.",
        &[
            "member Azerbaijan CIS 2006-05-24 asserted",
            "member Georgia CIS 2006-05-24 asserted",
            "member Moldova CIS 2006-05-24 asserted",
            "member Ukraine CIS 2006-05-24 asserted",
            "count GUAM 4 members 2006-05-24",
            "not_member Azerbaijan CSTO 2006-05-24 asserted",
            "not_member Georgia CSTO 2006-05-24 asserted",
            "not_member Moldova CSTO 2006-05-24 asserted",
            "not_member Ukraine CSTO 2006-05-24 asserted",
        ],
    );
}

#[test]
fn the_tenth_sessions_second_review_cases() {
    // A list of organisations goes on only past words that can follow an item ("and NATO held
    // a summit", "and NATO protested" end it); "one of the four" is no group (the state
    // named after it is the subject); a dated clause
    // on "the N states that were in X in 1998—A, B—" is not today's membership; ", leaving A
    // and B, ..." names no members; "Of the former Soviet states outside NATO, two — A, B —"
    // names no NATO members; an opening year with "still" dates no founding; an aside with a
    // date in a verb's phrase is no aside ("was, until 2005, in GUUAM"); "is barely in GUUAM"
    // is not in it; "is leaving" in a relative clause is still a plan.
    check(
        "2009-09-01",
        "Armenia is a member of the CSTO, and NATO held a summit. Uzbekistan rejoined the CSTO, \
         and NATO protested. All four GUAM states belong to the CIS. One of the four, Georgia, \
         left it in 2009. Of the former Soviet states outside NATO, two — Georgia and Ukraine — \
         want in. Uzbekistan quit GUUAM in 2005, leaving Moscow and Beijing, which had courted \
         Tashkent, the winners. Uzbekistan is barely in GUUAM. Georgia, which is leaving the \
         CIS, skipped the summit.",
        &[
            "member Armenia CSTO 2009-09-01 asserted",
            "rejoined Uzbekistan CSTO ..2009-09-01 asserted",
            "member Azerbaijan CIS 2009-09-01 asserted",
            "member Georgia CIS 2009-09-01 asserted",
            "member Moldova CIS 2009-09-01 asserted",
            "member Ukraine CIS 2009-09-01 asserted",
            "count GUAM 4 members 2009-09-01",
            "withdrew Georgia CIS 2009 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
            "withdrew Georgia CIS 2009-09-01.. planned",
        ],
    );
    check(
        "2005-06-01",
        "The three states that belonged to GUUAM in 2001—Georgia, Ukraine and Uzbekistan—sent \
         ministers. In 2005 Moldova was still one of the most active founders of GUAM. \
         Uzbekistan was, until 2005, in GUUAM.",
        &[
            "count GUAM 3 members 2005-06-01",
            "member Georgia GUAM 2001 asserted",
            "member Ukraine GUAM 2001 asserted",
            "member Uzbekistan GUAM 2001 asserted",
            "founded Moldova GUAM ..2005-06-01 asserted",
        ],
    );
}

#[test]
fn members_listed_in_a_clause_that_opens_with_a_date() {
    // The date opening the clause frames members listed in it, also after a colon and when a
    // coordinated clause follows the listing (not one before it: ", and they remain ...").
    check(
        "2008-09-22",
        "At their Moscow summit on 5 September the CSTO's seven members — Armenia, Belarus, \
         Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan — backed a statement, but \
         none of them went further.",
        &[
            "count CSTO 7 members 2008-09-22",
            "member Armenia CSTO 2008-09-05 asserted",
            "member Belarus CSTO 2008-09-05 asserted",
            "member Kazakhstan CSTO 2008-09-05 asserted",
            "member Kyrgyzstan CSTO 2008-09-05 asserted",
            "member Russia CSTO 2008-09-05 asserted",
            "member Tajikistan CSTO 2008-09-05 asserted",
            "member Uzbekistan CSTO 2008-09-05 asserted",
        ],
    );
    check(
        "2001-06-18",
        "Moscow has not waited: in May the Collective Security Treaty's six members — Russia, \
         Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan — agreed on a joint force.",
        &[
            "count CST 6 members 2001-06-18",
            "member Armenia CST 2001-05 asserted",
            "member Belarus CST 2001-05 asserted",
            "member Kazakhstan CST 2001-05 asserted",
            "member Kyrgyzstan CST 2001-05 asserted",
            "member Russia CST 2001-05 asserted",
            "member Tajikistan CST 2001-05 asserted",
        ],
    );
    check(
        "2001-06-18",
        "In May the ministers met in Minsk, and the Tashkent Treaty's six members — Russia, \
         Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan — remain committed to it.",
        &[
            "count CST 6 members 2001-06-18",
            "member Armenia CST 2001-06-18 asserted",
            "member Belarus CST 2001-06-18 asserted",
            "member Kazakhstan CST 2001-06-18 asserted",
            "member Kyrgyzstan CST 2001-06-18 asserted",
            "member Russia CST 2001-06-18 asserted",
            "member Tajikistan CST 2001-06-18 asserted",
        ],
    );
}

#[test]
fn members_listed_as_the_subject_of_a_dated_past_event() {
    // A listing set off before a verb of a dated past event holds at that event's date, also
    // after a bare count ("The remaining four — A, B —"), after "whose", and past "had
    // already"; a date in an opening "since" or participle phrase is not the event's, and a
    // present perfect ("have since been busy") is told as it stands. ("the other four members"
    // leave one out: no count.)
    check(
        "2005-09-12",
        "Uzbekistan quit GUUAM in May. The remaining four — Georgia, Ukraine, Azerbaijan and \
         Moldova — had already met without it in Chisinau on 22 April.",
        &[
            "withdrew Uzbekistan GUAM 2005-05 asserted",
            "member Azerbaijan GUAM 2005-04-22 asserted",
            "member Georgia GUAM 2005-04-22 asserted",
            "member Moldova GUAM 2005-04-22 asserted",
            "member Ukraine GUAM 2005-04-22 asserted",
        ],
    );
    check(
        "2001-06-18",
        "Karimov stays close to GUUAM, whose five members — Georgia, Ukraine, Uzbekistan, \
         Azerbaijan and Moldova — signed a charter in Yalta on 7 June.",
        &[
            "count GUAM 5 members 2001-06-18",
            "member Azerbaijan GUAM 2001-06-07 asserted",
            "member Georgia GUAM 2001-06-07 asserted",
            "member Moldova GUAM 2001-06-07 asserted",
            "member Ukraine GUAM 2001-06-07 asserted",
            "member Uzbekistan GUAM 2001-06-07 asserted",
            // (the charter of the organisation named before the verb)
            "signed Azerbaijan GUAM 2001-06-07 asserted",
            "signed Georgia GUAM 2001-06-07 asserted",
            "signed Moldova GUAM 2001-06-07 asserted",
            "signed Ukraine GUAM 2001-06-07 asserted",
            "signed Uzbekistan GUAM 2001-06-07 asserted",
        ],
    );
    check(
        "2002-06-21",
        "Since joining GUAM in April 1999, Uzbekistan has sent deputies to meetings that the \
         other four members—Georgia, Ukraine, Azerbaijan and Moldova—attended in person. The \
         CSTO's six members—Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and \
         Tajikistan—have since been busy.",
        &[
            "joined Uzbekistan GUAM 1999-04 asserted",
            "member Azerbaijan GUAM 2002-06-21 asserted",
            "member Georgia GUAM 2002-06-21 asserted",
            "member Moldova GUAM 2002-06-21 asserted",
            "member Ukraine GUAM 2002-06-21 asserted",
            "count CSTO 6 members 2002-06-21",
            "member Armenia CSTO 2002-06-21 asserted",
            "member Belarus CSTO 2002-06-21 asserted",
            "member Kazakhstan CSTO 2002-06-21 asserted",
            "member Kyrgyzstan CSTO 2002-06-21 asserted",
            "member Russia CSTO 2002-06-21 asserted",
            "member Tajikistan CSTO 2002-06-21 asserted",
        ],
    );
}

#[test]
fn observer_status_granted_by_an_organisation() {
    // "granted observer status to A", "granted A observer status", the organisation before
    // "which"/"whose ... summit" past a date, or the subject of a coordinated verb; a date
    // between the organisation and the verb, or opening a passive clause, dates the grant.
    check(
        "2005-09-01",
        "At its Astana summit in July the SCO granted observer status to India, Pakistan and \
         Iran. In July Mongolia was granted observer status in the CIS. The SCO gave \
         Afghanistan a loan.",
        &[
            "observer India SCO 2005-07 asserted",
            "observer Iran SCO 2005-07 asserted",
            "observer Pakistan SCO 2005-07 asserted",
            "observer Mongolia CIS 2005-07 asserted",
        ],
    );
    check(
        "2012-07-06",
        "Tashkent prefers the SCO, which last month admitted Afghanistan as an observer. Moscow \
         looks to the Shanghai Cooperation Organisation, whose Beijing summit last month granted \
         India observer status. In June the CSTO — Armenia, Belarus, Kazakhstan, Kyrgyzstan, \
         Russia, Tajikistan and Uzbekistan — met in Moscow and then admitted Iran as an \
         observer.",
        &[
            "observer Afghanistan SCO 2012-06 asserted",
            "observer India SCO 2012-06 asserted",
            "member Armenia CSTO 2012-06 asserted",
            "member Belarus CSTO 2012-06 asserted",
            "member Kazakhstan CSTO 2012-06 asserted",
            "member Kyrgyzstan CSTO 2012-06 asserted",
            "member Russia CSTO 2012-06 asserted",
            "member Tajikistan CSTO 2012-06 asserted",
            "member Uzbekistan CSTO 2012-06 asserted",
            "observer Iran CSTO 2012-06 asserted",
        ],
    );
    check(
        "2005-09-12",
        "The SCO in June 2004 admitted Mongolia as an observer.",
        &["observer Mongolia SCO 2004-06 asserted"],
    );
    // A summit of its own between the relative pronoun and the verb.
    check(
        "2012-07-06",
        "Tashkent stays in the SCO, which at its Beijing summit in June admitted Afghanistan as \
         an observer. The CSTO met at its summit, which at the same time admitted no one.",
        &[
            "member Uzbekistan SCO 2012-07-06 asserted",
            "observer Afghanistan SCO 2012-06 asserted",
        ],
    );
}

#[test]
fn a_treatys_parties_spelt_out_after_a_count() {
    // "The other six parties — A, B, ... —" are the parties of the treaty named before; two
    // "parties" spelt out are no members of anything.
    check(
        "1999-02-12",
        "Uzbekistan will leave the Collective Security Treaty in April. The other six \
         parties—Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan—have given \
         every sign of staying. The gas deal was signed in 1998; both parties — Russia and \
         Ukraine — were pleased.",
        &[
            "withdrew Uzbekistan CST 1999-04 planned",
            "member Armenia CST 1999-02-12 asserted",
            "member Belarus CST 1999-02-12 asserted",
            "member Kazakhstan CST 1999-02-12 asserted",
            "member Kyrgyzstan CST 1999-02-12 asserted",
            "member Russia CST 1999-02-12 asserted",
            "member Tajikistan CST 1999-02-12 asserted",
        ],
    );
}

#[test]
fn a_gapped_clause_keeps_its_date_to_itself() {
    // "Kazakhstan joined within weeks, Kyrgyzstan in 1996": the year is Kyrgyzstan's only.
    check(
        "2010-07-19",
        "The customs union was set up by Russia and Belarus. Kazakhstan joined the customs union \
         within weeks, Kyrgyzstan in 1996.",
        &[
            "founded Belarus CustomsUnion ..2010-07-19 asserted",
            "founded Russia CustomsUnion ..2010-07-19 asserted",
            "joined Kazakhstan CustomsUnion ..2010-07-19 asserted",
            "joined Kyrgyzstan CustomsUnion 1996 asserted",
        ],
    );
}

#[test]
fn members_and_counts_left_by_a_plan() {
    // "That would leave six members — A, B, ... —": the members and their count are still to
    // come (from now on); "will have nine members" too; "has six members" is told as it stands.
    check(
        "1999-02-12",
        "Uzbekistan will quit the Collective Security Treaty. That would leave six \
         members—Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan—inside a \
         smaller structure. \
         GUAM will have five members. The CIS has twelve members.",
        &[
            "withdrew Uzbekistan CST 1999-02-12.. planned",
            "count CST 6 members 1999-02-12..",
            "member Armenia CST 1999-02-12.. planned",
            "member Belarus CST 1999-02-12.. planned",
            "member Kazakhstan CST 1999-02-12.. planned",
            "member Kyrgyzstan CST 1999-02-12.. planned",
            "member Russia CST 1999-02-12.. planned",
            "member Tajikistan CST 1999-02-12.. planned",
            "count GUAM 5 members 1999-02-12..",
            "count CIS 12 members 1999-02-12",
        ],
    );
}

#[test]
fn a_sentence_that_goes_on_from_an_earlier_year() {
    // "A fortnight later, on 21 December, ...": a day and month without a year are in the
    // year the narrative is in (past a sentence that tells no time); without such an opening
    // they are the last such day before the article.
    check(
        "2011-12-12",
        "On 8 December 1991 Russia, Ukraine and Belarus founded the Commonwealth of Independent \
         States. Russia's president is said to have rung Washington first. A fortnight later at \
         Alma-Ata, on 21 December, Armenia and Kazakhstan joined the CIS. On 21 December Moldova \
         joined the CIS.",
        &[
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "joined Armenia CIS 1991-12-21 asserted",
            "joined Kazakhstan CIS 1991-12-21 asserted",
            "joined Moldova CIS 2010-12-21 asserted",
        ],
    );
}

#[test]
fn an_absolute_participle_has_its_own_subject() {
    // "..., and Georgia, then in chaos, not yet having entered it": Georgia did not, not the
    // states that joined before.
    check(
        "2011-12-12",
        "On 21 December 1991 Armenia and Uzbekistan joined the CIS, and Georgia, then in chaos, \
         not yet having entered it.",
        &[
            "joined Armenia CIS 1991-12-21 asserted",
            "joined Uzbekistan CIS 1991-12-21 asserted",
            "joined Georgia CIS ..2011-12-12 negated",
        ],
    );
}

#[test]
fn states_that_did_not_join_a_renewal() {
    // "..., Uzbekistan did not, and neither did Georgia", "A and B declined to", "...; A, B and
    // C did not": the states left out of a treaty's renewal let their membership lapse at its
    // date; "it" renewed is the treaty named last; a renewal of something else is no claim.
    check(
        "1999-06-01",
        "GUAM met in Washington. The Collective Security Treaty was up for renewal. When six \
         states renewed it in Moscow on 2 April, Uzbekistan did not, and neither did Georgia.",
        &[
            "withdrew Uzbekistan CST 1999-04-02 asserted",
            "withdrew Georgia CST 1999-04-02 asserted",
        ],
    );
    check(
        "2003-05-05",
        "They are the countries that renewed the old Tashkent Treaty in 1999, when Uzbekistan \
         and Azerbaijan declined to. On 2 April 1999 six presidents signed the protocol \
         prolonging the CST; Georgia did not. Russia renewed its gas deal with Armenia in 2002; \
         Ukraine did not.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999-04-02 asserted",
        ],
    );
}

#[test]
fn a_name_given_in_quotation_marks() {
    check(
        "1996-04-29",
        "China, Russia and Tajikistan founded what diplomats call the \"Shanghai Five\".",
        &[
            "founded China SCO ..1996-04-29 asserted",
            "founded Russia SCO ..1996-04-29 asserted",
            "founded Tajikistan SCO ..1996-04-29 asserted",
        ],
    );
}

#[test]
fn both_after_two_states_opening_coordinated_clauses() {
    // "Georgia's president wants ..., and Ukraine, under Kuchma, said ... . Both ...": the two
    // states opening the clauses, not a list inherited from an earlier sentence.
    check(
        "2004-04-05",
        "Estonia, Latvia and Lithuania joined NATO on 29 March. Georgia's president, Mikheil \
         Saakashvili, wants his country to join NATO, and Ukraine, under its outgoing leader, \
         says it will apply too. Both have taken part in the Partnership for Peace since 1994.",
        &[
            "joined Estonia NATO 2004-03-29 asserted",
            "joined Latvia NATO 2004-03-29 asserted",
            "joined Lithuania NATO 2004-03-29 asserted",
            "joined Georgia NATO 2004-04-05.. planned",
            "office Mikheil Saakashvili president Georgia 2004-04-05",
            "member Georgia PfP 1994..2004-04-05 asserted",
            "member Ukraine PfP 1994..2004-04-05 asserted",
        ],
    );
}

#[test]
fn the_eleventh_sessions_review_cases() {
    // A sentence going on "two days later" counts from the last day named with its year, not
    // from a year in passing, and on into the next year; "the other four parties" are no
    // treaty's members when the sentence names another document or the timeline has them
    // outside; "neither did" repeats only a bare "did not"; "it" renewed is a treaty; an offer
    // is no grant, nor is an observer "to its war games"; "Before 1999" and "Until 2002" do
    // not date a listing; a status "still" held keeps the article date; a sentence-opening
    // date frames a listing after a semicolon as after ", and"; an absolute participle right
    // after a state is that state's; "twenty-seven" is one number.
    check(
        "2005-12-30",
        "Turkmenistan told the CIS in Kazan on 26 August 2005 that it wanted a looser tie. \
         Ashgabat, which joined the CIS in 1991, had long been cool. Two days later, on 28 \
         August, Turkmenistan became an associate member of the CIS.",
        &[
            "joined Turkmenistan CIS 1991 asserted",
            "associate Turkmenistan CIS 2005-08-28 asserted",
        ],
    );
    check(
        "2006-01-20",
        "Uzbekistan signed the accession protocol on 28 December 2005. A fortnight later, on 11 \
         January, Uzbekistan joined the Eurasian Economic Community.",
        &["joined Uzbekistan EurAsEC 2006-01-11 asserted"],
    );
    check(
        "1999-04-03",
        "Uzbekistan quit the Tashkent Treaty last month. Moscow must now revise the CFE Treaty, \
         and the other four parties — Georgia, Ukraine, Azerbaijan and Moldova — want bases \
         closed. The treaty endures; the other three parties — Ukraine, Georgia and Turkey — \
         patrol the sea.",
        &["withdrew Uzbekistan CST 1999-03 asserted"],
    );
    check(
        "2005-09-12",
        "When six states renewed the Tashkent Treaty in 1999, Armenia did not object, and \
         neither did Kazakhstan. Uzbekistan joined GUAM on 24 April 1999. Weeks earlier, when \
         six states renewed it, Turkmenistan did not.",
        &["joined Uzbekistan GUAM 1999-04-24 asserted"],
    );
    check(
        "2005-09-12",
        "The SCO offered Turkmenistan observer status, but Ashgabat declined. The CSTO, which \
         last month admitted Uzbekistan as an observer to its war games, is growing. The SCO \
         will grant observer status to Afghanistan next year.",
        &["observer Afghanistan SCO 2006 planned"],
    );
    check(
        "2005-09-12",
        "Until 2002 the six CST members — Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and \
         Tajikistan — met only informally.",
        &[
            "count CST 6 members 2005-09-12",
            "member Armenia CST 2005-09-12 asserted",
            "member Belarus CST 2005-09-12 asserted",
            "member Kazakhstan CST 2005-09-12 asserted",
            "member Kyrgyzstan CST 2005-09-12 asserted",
            "member Russia CST 2005-09-12 asserted",
            "member Tajikistan CST 2005-09-12 asserted",
        ],
    );
    check(
        "2005-09-12",
        "Tashkent has not waited: in May the four GUAM members — Georgia, Ukraine, Azerbaijan \
         and Moldova — are still the core of the group. In April the summit met in Chisinau; \
         the four GUAM members — Georgia, Ukraine, Azerbaijan and Moldova — signed a \
         declaration.",
        &[
            "count GUAM 4 members 2005-09-12",
            "count GUAM 4 members 2005-09-12",
            "member Azerbaijan GUAM 2005-09-12 asserted",
            "member Georgia GUAM 2005-09-12 asserted",
            "member Moldova GUAM 2005-09-12 asserted",
            "member Ukraine GUAM 2005-09-12 asserted",
            "member Azerbaijan GUAM 2005-04 asserted",
            "member Georgia GUAM 2005-04 asserted",
            "member Moldova GUAM 2005-04 asserted",
            "member Ukraine GUAM 2005-04 asserted",
        ],
    );
    check(
        "2005-09-12",
        "Russia signed the Tashkent Treaty in May 1992, Georgia, then in chaos, not having signed \
         it, and Azerbaijan having joined it only in 1993. The EU will have twenty-seven \
         members.",
        &[
            "signed Russia CST 1992-05 asserted",
            "signed Georgia CST ..2005-09-12 negated",
            "joined Azerbaijan CST 1993 asserted",
            "count EU 27 members 2005-09-12..",
        ],
    );
}

#[test]
fn a_passive_past_a_participles_aside() {
    // "The treaty, signed in May 1992 by A and B, was joined in 1993 by C": the organisation
    // before the aside (whose own list has commas) is the one joined.
    check(
        "1997-11-20",
        "Russia backs the Collective Security Treaty. The treaty, signed in May 1992 by Armenia, \
         Kazakhstan and Russia, was joined in 1993 by Azerbaijan, Georgia and Belarus.",
        &[
            "signed Armenia CST 1992-05 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
            "joined Azerbaijan CST 1993 asserted",
            "joined Belarus CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
        ],
    );
}

#[test]
fn the_eleventh_sessions_second_review_cases() {
    // A narrative gone on to a later year restarts there ("Thirteen years on, ... in 2005 ...
    // A week later, on 12 May"); "the same month, on 6 May" stays in the year; "met every
    // year since 1997" is no dated event; "an observer to the organisation" is one; a plural
    // the sentence before told stands against two openers of a sentence with no claim; a
    // mandate or free-trade zone renewed is no membership, nor is "it" after a lease; "did
    // not, however, send" is no ellipsis; a customs code's parties are not a treaty's; a date
    // of another verb does not date a grant; observer status in an assembly is not the
    // organisation's.
    check(
        "2005-09-12",
        "The Tashkent Treaty was signed on 15 May 1992. Thirteen years on, in 2005, Uzbekistan \
         rethought its ties. A week later, on 12 May, Tashkent formally quit GUUAM. The same \
         month, on 6 May, Armenia had signed a deal with the CSTO.",
        &["withdrew Uzbekistan GUAM 2005-05-12 asserted"],
    );
    check(
        "2005-08-20",
        "GUAM's four members — Georgia, Ukraine, Azerbaijan and Moldova — met every year since \
         1997. At its Tashkent summit in June 2004 the SCO admitted Mongolia as an observer to \
         the organisation.",
        &[
            "count GUAM 4 members 2005-08-20",
            "member Azerbaijan GUAM 2005-08-20 asserted",
            "member Georgia GUAM 2005-08-20 asserted",
            "member Moldova GUAM 2005-08-20 asserted",
            "member Ukraine GUAM 2005-08-20 asserted",
            "observer Mongolia SCO 2004-06 asserted",
        ],
    );
    check(
        "2005-08-20",
        "Azerbaijan and Georgia refused to renew the Tashkent Treaty in 1999. Russia was \
         furious; Armenia said nothing. Both joined GUAM instead.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "joined Azerbaijan GUAM ..2005-08-20 asserted",
            "joined Georgia GUAM ..2005-08-20 asserted",
        ],
    );
    check(
        "2005-09-12",
        "Eleven presidents prolonged the CIS peacekeeping mandate on 26 August; Georgia did not, \
         officials said. The Collective Security Treaty expired. Renewing the treaty was a \
         formality; Uzbekistan did not, however, send its minister. Moscow's lease on the \
         Gabala radar ran out, and Russia renewed it in January; Baku did not.",
        &[],
    );
    check(
        "2005-09-12",
        "The CSTO held exercises in April. In July Russia signed a customs code with its \
         neighbours; the other three parties — Belarus, Kazakhstan and Kyrgyzstan — will ratify \
         it. The SCO will grant Pakistan observer status next year, and reportedly gave Iran \
         observer status at the last summit. NATO gave Ukraine observer status in its \
         parliamentary assembly.",
        &[
            "observer Pakistan SCO 2006 planned",
            "observer Iran SCO ..2005-09-12 hedged",
        ],
    );
}

#[test]
fn one_of_the_states_that_did_something() {
    // "Uzbekistan was one of six states that signed the treaty ..., along with A, B": the
    // subject of the copula is the relative clause's.
    check(
        "1999-02-06",
        "Russia backs the Collective Security Treaty. Uzbekistan was one of six states that \
         signed the treaty in Tashkent on 15 May 1992, along with Armenia and Russia. Georgia is \
         one of the states that left the CIS.",
        &[
            "signed Uzbekistan CST 1992-05-15 asserted",
            "signed Armenia CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
            "count CST 6 signatories 1992-05-15",
            "withdrew Georgia CIS ..1999-02-06 asserted",
        ],
    );
}

#[test]
fn the_eleventh_sessions_third_review_cases() {
    // A digression with no claim does not take "Both" over; a background clause's date (a
    // relative clause, a pluperfect, an aside) does not become the day a story goes on from;
    // "two thousand five hundred" is not read as 2,000; a renewal told without its year is in
    // the year of the sentence before; a grant is not dated by another verb after "and"; a
    // listing's verb is not dated by an "after" clause; "set up ... by A, B" is an aside.
    check(
        "2005-09-12",
        "Georgia and Moldova want Russian troops out. Their leaders said so in Chisinau. Russia \
         refuses, and Armenia backs Moscow. Both are GUAM members.",
        &[
            "member Georgia GUAM 2005-09-12 asserted",
            "member Moldova GUAM 2005-09-12 asserted",
        ],
    );
    check(
        "2008-09-12",
        "Six states renewed the Tashkent Treaty on 2 April 1999. Georgia, which had joined it in \
         December 1993, refused to sign. A week later, on 9 April, Azerbaijan joined GUUAM. The \
         move, which Tashkent reversed in 2005, annoyed Moscow. A week later, on 16 April, \
         Moldova joined GUUAM.",
        &[
            "joined Georgia CST 1993-12 asserted",
            "joined Azerbaijan GUAM 1999-04-09 asserted",
            "joined Moldova GUAM 1999-04-16 asserted",
        ],
    );
    check(
        "2005-09-12",
        "Moscow keeps two thousand five hundred troops in Transnistria. The Collective Security \
         Treaty came up for renewal in 1999. When six states renewed it on 2 April, Uzbekistan \
         did not. The SCO granted observer status to India and in July held its summit.",
        &[
            "withdrew Uzbekistan CST 1999-04-02 asserted",
            "observer India SCO ..2005-09-12 asserted",
        ],
    );
    check(
        "2005-09-12",
        "The GUAM states — Georgia, Ukraine, Azerbaijan and Moldova — met in Chisinau after \
         Uzbekistan walked out in May 2005. GUAM, set up in October 1997 by Georgia and Ukraine, \
         was joined in April 1999 by Uzbekistan.",
        &[
            "member Azerbaijan GUAM 2005-09-12 asserted",
            "member Georgia GUAM 2005-09-12 asserted",
            "member Moldova GUAM 2005-09-12 asserted",
            "member Ukraine GUAM 2005-09-12 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
            "founded Georgia GUAM 1997-10 asserted",
            "founded Ukraine GUAM 1997-10 asserted",
            "joined Uzbekistan GUAM 1999-04 asserted",
        ],
    );
}

#[test]
fn a_count_of_every_state_the_sentence_named() {
    // "... and the five states founded EurAsEC": the five the sentence named before, across
    // its separate claims; not when they are not as many, nor "two of the five states".
    check(
        "2010-07-19",
        "Russia and Belarus set up a customs union, Kazakhstan joined it in 1995, Kyrgyzstan in \
         1996 and Tajikistan later; and the five states founded EurAsEC in October 2000. Russia \
         and Belarus met Kazakhstan, and the four states signed a pact.",
        &[
            "founded Belarus CustomsUnion ..2010-07-19 asserted",
            "founded Russia CustomsUnion ..2010-07-19 asserted",
            "joined Kazakhstan CustomsUnion 1995 asserted",
            "joined Kyrgyzstan CustomsUnion 1996 asserted",
            "founded Belarus EurAsEC 2000-10 asserted",
            "founded Kazakhstan EurAsEC 2000-10 asserted",
            "founded Kyrgyzstan EurAsEC 2000-10 asserted",
            "founded Russia EurAsEC 2000-10 asserted",
            "founded Tajikistan EurAsEC 2000-10 asserted",
            "count EurAsEC 5 founders 2000-10",
        ],
    );
}

#[test]
fn associate_membership_and_a_gerund_after_by() {
    // "became only/a mere associate member of", "downgraded itself to associate member of";
    // a gerund after "by" has the clause's subject, not its object.
    check(
        "2005-09-12",
        "In August Ashgabat downgraded itself to associate member of the CIS. On 26 August \
         Turkmenistan took the logic further by becoming a mere associate member of the CIS. \
         Russia angered Georgia by joining the SCO.",
        &[
            "associate Turkmenistan CIS 2005-08 asserted",
            "associate Turkmenistan CIS 2005-08-26 asserted",
            "joined Russia SCO ..2005-09-12 asserted",
        ],
    );
}

#[test]
fn the_eleventh_sessions_fourth_review_cases() {
    // A gerund after "by" is the subject's of the verb before it (the last state a verb
    // follows; not one a preposition governs), dated by the words before "by"; nobody's when an
    // aside or a relative clause stands between that state and "by"; "is becoming ... in all
    // but name" is a trend; "became an
    // associate member" without the organisation is the one in question; a state set apart
    // ("while Uzbekistan refused") is not counted into "the three states".
    check(
        "2005-09-12",
        "Georgia answered in 1999 by quitting the Collective Security Treaty. Uzbekistan \
         surprised Georgia in May 2005 by pulling out of GUUAM. Squeezed between Russia and \
         China, Kazakhstan hedged by joining the Shanghai Five in 1996. Kazakhstan was \
         outflanked by Uzbekistan, which responded by joining GUUAM in April 1999. Following \
         Uzbekistan's lead, Turkmenistan distanced itself from Moscow by becoming a mere \
         associate member of the CIS. Tariffs never matched, and Kyrgyzstan complicated matters \
         by joining the WTO in 1998.",
        &[
            "withdrew Georgia CST 1999 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
            "joined Kazakhstan SCO 1996 asserted",
            "associate Turkmenistan CIS 2005-09-12 asserted",
            "joined Kyrgyzstan WTO 1998 asserted",
        ],
    );
    check(
        "2005-09-12",
        "Ukraine is becoming a mere associate member of the Commonwealth in all but name. The CIS \
         was founded in December 1991. Turkmenistan became an associate member in August. \
         Kazakhstan joined the customs union in 1995 and Kyrgyzstan in 1996, while Uzbekistan \
         refused, and the three states later joined the Eurasian Economic Community.",
        &[
            "founded - CIS 1991-12 asserted",
            "associate Turkmenistan CIS 2005-08 asserted",
            "joined Kazakhstan CustomsUnion 1995 asserted",
            "joined Kyrgyzstan CustomsUnion 1996 asserted",
        ],
    );
}

#[test]
fn founders_proclaiming_an_organisation() {
    // "proclaimed the SCO"; "A and B were joined by C in proclaiming the SCO" (the passive of
    // "C joined A and B in founding").
    check(
        "2001-06-18",
        "Gathered in Shanghai on 15 June, China, Russia and Tajikistan were joined by Uzbekistan \
         in proclaiming the Shanghai Cooperation Organisation. In 1992 Russia proclaimed its \
         independence.",
        &[
            "founded China SCO 2001-06-15 asserted",
            "founded Russia SCO 2001-06-15 asserted",
            "founded Tajikistan SCO 2001-06-15 asserted",
            "founded Uzbekistan SCO 2001-06-15 asserted",
        ],
    );
}

#[test]
fn the_eleventh_sessions_fifth_review_cases() {
    // The subject of a gerund after "by" is the state a verb follows, also after a bare "and"
    // and past a possessive; "proclaimed the CIS dead" founds nothing.
    check(
        "2009-09-12",
        "Armenia stayed in the CSTO and Georgia protested by joining GUAM. Russia's ally Belarus \
         responded in 2000 by joining the Eurasian Economic Community. Ukraine and Georgia \
         answered in 1999 by leaving the CIS. Tbilisi proclaimed the CIS dead in 2008. Russia \
         and China proclaimed the SCO open to new members in 2004.",
        &[
            "joined Belarus EurAsEC 2000 asserted",
            "joined Georgia GUAM ..2009-09-12 asserted",
            "member Armenia CSTO ..2009-09-12 asserted",
            "withdrew Georgia CIS 1999 asserted",
            "withdrew Ukraine CIS 1999 asserted",
        ],
    );
}

#[test]
fn the_eleventh_sessions_sixth_review_cases() {
    // The subject of a gerund after "by" opens its clause (not an object before a particle or
    // an adverb, nor a state a preposition governs), and the "by" phrase is its verb's, not a
    // gerund's in between ("accused Georgia of wrecking the CIS by joining GUAM").
    check(
        "2005-09-12",
        "Russia accused Georgia of wrecking the CIS by joining GUAM. Uzbekistan let Georgia down \
         by quitting GUUAM in 2002. Trade between Russia and Belarus grew by joining the customs \
         union. Kiev paid Moscow back by joining GUAM in 1997.",
        &[
            "withdrew Uzbekistan GUAM 2002 asserted",
            "joined Ukraine GUAM 1997 asserted",
        ],
    );
}

#[test]
fn founding_told_by_a_gerund_after_by() {
    // "responded by forming GUAM" founds; "the founding members", "is forming" do not.
    check(
        "2005-09-12",
        "Georgia, Ukraine and Moldova responded by forming GUAM in 1997. The founding members of \
         GUAM met. Russia is forming a customs union.",
        &[
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
        ],
    );
}

#[test]
fn the_eleventh_sessions_seventh_review_cases() {
    // A gerund after "by" is never the main clause's state when the last state a verb follows
    // does not open its clause ("Russia watched as Ukraine responded by joining GUAM"), nor
    // inside an infinitive's frame or an obligation; a particle or an adverb after an object
    // is no verb ("let Georgia down", "hurt Ukraine badly").
    check(
        "2005-09-12",
        "Russia watched as Ukraine responded by joining GUAM. Russia said Ukraine had erred by \
         joining GUAM. Russia expects Armenia to respond by joining the Eurasian Economic \
         Community. Ukraine should respond by quitting the CIS, one deputy argued. Uzbekistan \
         hurt Ukraine badly by withdrawing from GUUAM.",
        &["withdrew Uzbekistan GUAM ..2005-09-12 asserted"],
    );
}

#[test]
fn a_number_alone_counts_the_members_an_earlier_sentence_counted() {
    // "All four" after "two of the four GUAM states" are GUAM's four members (by the curated
    // timeline at the article's date), not the pair named last; "the four" likewise.
    check(
        "1997-10-14",
        "Georgia and Azerbaijan both joined the Collective Security Treaty in 1993. Two of the \
         four GUAM states remain in the pact. All four, on the other hand, belong to the CIS.",
        &[
            "count GUAM 4 members 1997-10-14",
            "joined Georgia CST 1993 asserted",
            "joined Azerbaijan CST 1993 asserted",
            "member Azerbaijan CIS 1997-10-14 asserted",
            "member Georgia CIS 1997-10-14 asserted",
            "member Moldova CIS 1997-10-14 asserted",
            "member Ukraine CIS 1997-10-14 asserted",
        ],
    );
    // (a count that no member list fits leaves the pair named last, as before)
    check(
        "1997-10-14",
        "Georgia and Azerbaijan both joined the Collective Security Treaty in 1993. All five \
         belong to the CIS.",
        &[
            "joined Georgia CST 1993 asserted",
            "joined Azerbaijan CST 1993 asserted",
            "member Georgia CIS 1997-10-14 asserted",
            "member Azerbaijan CIS 1997-10-14 asserted",
        ],
    );
}

#[test]
fn a_verb_after_and_shares_a_subject_past_an_opening_date_or_place() {
    // The subject of "... met in Chisinau and signed" stands past an opening date, an opening
    // place, or "the presidents of"; a meeting's date is the signing's; a clause after a colon
    // takes the date that opens the clause before it.
    check(
        "2002-10-15",
        "On 7 October Armenia, Belarus and Russia met in Chisinau and signed the charter of the \
         CSTO. On 7 October, in Chisinau, the presidents of Kazakhstan and Tajikistan met and \
         signed it too. Kyrgyzstan's president met his colleagues on Monday and signed the \
         charter of the CSTO. On 7 October the presidents of Armenia and Belarus did what was \
         expected: they signed the charter of the CSTO.",
        &[
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
            "signed Russia CSTO 2002-10-07 asserted",
            "signed Kazakhstan CSTO 2002-10-07 asserted",
            "signed Tajikistan CSTO 2002-10-07 asserted",
            "signed Kyrgyzstan CSTO 2002-10-14 asserted",
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
        ],
    );
    // (a membership verb's date, or a noun's, is not the next verb's)
    check(
        "2002-10-15",
        "Armenia joined the CIS in 1993 and signed the charter of the CSTO. Uzbekistan attended \
         last year's SCO summit and signed the charter of the CSTO.",
        &[
            "joined Armenia CIS 1993 asserted",
            "signed Armenia CSTO ..2002-10-15 asserted",
            "signed Uzbekistan CSTO ..2002-10-15 asserted",
        ],
    );
}

#[test]
fn members_lost_or_gained_are_no_count_and_no_members() {
    check(
        "2002-10-15",
        "In 1999 the CST lost three members: Georgia, Azerbaijan and Uzbekistan left it. The \
         CST lost members: Armenia and Belarus. GUAM gained two members — Russia and Belarus.",
        &[
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            // (what was gained, counted and listed, joined it)
            "joined Russia GUAM ..2002-10-15 asserted",
            "joined Belarus GUAM ..2002-10-15 asserted",
        ],
    );
}

#[test]
fn the_twelfth_sessions_precision_cases() {
    // A possessive of a region is no organisation's ("Of the region's other states"); "the
    // last of them a member since 2001" is the last one named; "the four states left in the
    // group" remain, they do not leave.
    check(
        "2011-12-09",
        "Kyrgyzstan wants to join the customs union. Of the region's other states, Armenia, \
         Georgia and Moldova — the last of them a member since 2001 — already belong to the WTO.",
        &[
            "joined Kyrgyzstan CustomsUnion 2011-12-09.. planned",
            "member Armenia WTO 2011-12-09 asserted",
            "member Georgia WTO 2011-12-09 asserted",
            "member Moldova WTO 2011-12-09 asserted",
            "member Moldova WTO 2001..2011-12-09 asserted",
        ],
    );
    check(
        "2005-05-27",
        "Georgia, Ukraine, Azerbaijan and Moldova, the four states left in the group, had \
         already met in Chisinau on 22 April. Ukraine and Moldova, both of them founders of \
         GUAM, were there.",
        &[
            "founded Moldova GUAM ..2005-05-27 asserted",
            "founded Ukraine GUAM ..2005-05-27 asserted",
        ],
    );
}

#[test]
fn a_dated_return_is_to_an_organisation_the_state_had_left() {
    // "the organisation" in a return dated 2006 is the one the curated timeline has Uzbekistan
    // out of before it and back in after it (the CSTO), not the CIS it never left.
    check(
        "2009-08-28",
        "The Collective Security Treaty Organization has acquired a force. The Commonwealth of \
         Independent States, meanwhile, met in Chisinau, and Uzbekistan, which had returned to \
         the organisation in 2006, refused to sign.",
        &["rejoined Uzbekistan CSTO 2006 asserted"],
    );
}

#[test]
fn the_twelfth_sessions_subjects_and_dates() {
    // "It was not the first time Tashkent ..." points "it" in the next sentence at Tashkent;
    // "their presidents" are the leaders of the group named before; an apposition's date is
    // its own.
    check(
        "2002-10-25",
        "Ukraine joined GUAM in 1997. It was not the first time Tashkent had stepped back from a \
         regional grouping. Three years ago it left the Collective Security Treaty. Armenia, \
         Belarus and Russia took the next step in Chisinau on 7 October, when their presidents \
         signed the charter of a Collective Security Treaty Organization. Uzbekistan, a founding \
         signatory of the Tashkent Treaty in 1992, had walked out of it.",
        &[
            "joined Ukraine GUAM 1997 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
            "signed Russia CSTO 2002-10-07 asserted",
            "signed Uzbekistan CST 1992 asserted",
            "withdrew Uzbekistan CST ..2002-10-25 asserted",
        ],
    );
}

#[test]
fn the_twelfth_sessions_business_desk_cases() {
    // "it" after "Tashkent evicted US forces" is Tashkent's; "the fifth member, Uzbekistan,"
    // opens its clause as the subject; a verb without an object after a claim that pointed at
    // an organisation ("returned to its successor") is about that organisation.
    check(
        "2006-08-18",
        "Tashkent evicted US forces from the Karshi-Khanabad air base, and it joined the \
         Eurasian Economic Community in January. Azerbaijan remains in GUUAM alongside \
         Georgia; the fifth member, Uzbekistan, froze its participation last year. Armenia and \
         Russia were less pleased; a Tashkent that has come back once may, after all, leave \
         again.",
        &[
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "member Azerbaijan GUAM 2006-08-18 asserted",
            "member Georgia GUAM 2006-08-18 asserted",
            // (the thirty-fifth session: "the fifth member, Uzbekistan," is a member told)
            "member Uzbekistan GUAM 2006-08-18 asserted",
            "suspended Uzbekistan GUAM 2005 asserted",
        ],
    );
    check(
        "2012-07-02",
        "Uzbekistan quit the Collective Security Treaty in 1999, returned to its successor in \
         2006, and left again in 2012.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Uzbekistan CSTO 2012 asserted",
        ],
    );
}

#[test]
fn foundings_named_after_a_comma_and_dates_of_the_week() {
    // A day of the week between the subject and its verb; a name given after a comma
    // ("a consultative forum, known as GUAM", "taking its name, GUAM,"); "came on board";
    // "sit together in" (not denied: "do not sit together in GUAM" is no claim); a count an
    // event brought about holds from the event.
    check(
        "1997-10-13",
        "Georgia and Moldova on Friday set up a consultative forum of their own, taking its \
         name, GUAM, from their initials. Azerbaijan and Ukraine on Friday set up a forum, known \
         as GUAM after the initials.",
        &[
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Moldova GUAM 1997-10-10 asserted",
            "founded Azerbaijan GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
        ],
    );
    check(
        "1998-04-21",
        "Armenia and Russia signed the Collective Security Treaty in 1992. Azerbaijan, Georgia \
         and Belarus came on board in 1993-94, bringing the pact to nine members. Russia, \
         Belarus and Kazakhstan also sit together in the CIS.",
        &[
            "signed Armenia CST 1992 asserted",
            "signed Russia CST 1992 asserted",
            "joined Azerbaijan CST 1993..1994 asserted",
            "joined Georgia CST 1993..1994 asserted",
            "joined Belarus CST 1993..1994 asserted",
            "count CST 9 members 1993..1994",
            "member Russia CIS 1998-04-21 asserted",
            "member Belarus CIS 1998-04-21 asserted",
            "member Kazakhstan CIS 1998-04-21 asserted",
        ],
    );
}

#[test]
fn a_denial_inside_an_aside_denies_nothing() {
    // "— none of them a comfortable partner for Moscow —" is said of the subject; it does not
    // deny the founding.
    check(
        "1997-11-20",
        "Georgia, Ukraine, Azerbaijan and Moldova — none of them a comfortable partner for \
         Moscow — formed a consultative forum in October 1997 called GUAM.",
        &[
            "founded Georgia GUAM 1997-10 asserted",
            "founded Ukraine GUAM 1997-10 asserted",
            "founded Azerbaijan GUAM 1997-10 asserted",
            "founded Moldova GUAM 1997-10 asserted",
        ],
    );
}

#[test]
fn the_twelfth_sessions_first_review_cases() {
    // "came on board" a plan or an agreement is no joining; a noun phrase set off before a
    // state ("a would-be sixth, Turkmenistan,") makes the state the subject; "All six, China
    // excepted," and "All six apart from China" leave China out; "the last of them a member
    // since 1997" is the last one named, of the organisation the clause names after the
    // aside; "for the first time since 1999" starts no period; "this June" in a past tense
    // in December is this year's.
    check(
        "2009-06-20",
        "The CSTO's plan for a collective rapid-reaction force gained momentum once Belarus came \
         on board last week. The fifth member, Uzbekistan, quit GUUAM in 2005; a would-be \
         sixth, Turkmenistan, never joined.",
        &[
            "withdrew Uzbekistan GUAM 2005 asserted",
            "joined Turkmenistan GUAM ..2009-06-20 negated",
        ],
    );
    check(
        "2007-06-10",
        "Only two of the six SCO members border Afghanistan. All six, China excepted, belong to \
         the CSTO. All six apart from China belong to the CIS as well.",
        &[
            "count SCO 6 members 2007-06-10",
            "member Kazakhstan CSTO 2007-06-10 asserted",
            "member Kyrgyzstan CSTO 2007-06-10 asserted",
            "member Russia CSTO 2007-06-10 asserted",
            "member Tajikistan CSTO 2007-06-10 asserted",
            "member Uzbekistan CSTO 2007-06-10 asserted",
            "member Kazakhstan CIS 2007-06-10 asserted",
            "member Kyrgyzstan CIS 2007-06-10 asserted",
            "member Russia CIS 2007-06-10 asserted",
            "member Tajikistan CIS 2007-06-10 asserted",
            "member Uzbekistan CIS 2007-06-10 asserted",
        ],
    );
    check(
        "2011-12-09",
        "Kyrgyzstan wants to join the customs union. Armenia, Georgia and Moldova — the last of \
         them a member since 2001 — already belong to the WTO. Tashkent and Dushanbe sit in the \
         CSTO for the first time since 1999. Uzbekistan suspended its EurAsEC membership this \
         June.",
        &[
            "joined Kyrgyzstan CustomsUnion 2011-12-09.. planned",
            "member Moldova WTO 2001..2011-12-09 asserted",
            "member Armenia WTO 2011-12-09 asserted",
            "member Georgia WTO 2011-12-09 asserted",
            "member Moldova WTO 2011-12-09 asserted",
            "member Uzbekistan CSTO 2011-12-09 asserted",
            "member Tajikistan CSTO 2011-12-09 asserted",
            "suspended Uzbekistan EurAsEC 2011-06 asserted",
        ],
    );
}

#[test]
fn what_a_departure_leaves_demands_and_denials() {
    // "leaving the group with four members" tells what a departure left, "is left in" what
    // remains; a declaration "calling on" a state to leave is a plan; "denied that it had
    // left" denies; a people leaving with nothing named left a place.
    check(
        "2009-06-10",
        "Uzbekistan quit GUUAM in May, leaving the group with four members. Only Armenia is \
         left in the CSTO from the South Caucasus. The Yalta summit signed a declaration \
         calling on Uzbekistan to leave GUUAM. Uzbekistan on Monday denied that it had left \
         EurAsEC. Uzbekistan rejoined the CSTO in 2006, months after the Americans left in \
         2005.",
        &[
            "withdrew Uzbekistan GUAM 2009-05 asserted",
            "count GUAM 4 members 2009-06-10",
            "withdrew Uzbekistan GUAM 2009-06-10.. planned",
            "withdrew Uzbekistan EurAsEC ..2009-06-10 negated",
            "rejoined Uzbekistan CSTO 2006 asserted",
        ],
    );
}

#[test]
fn the_twelfth_sessions_business_desk_cases_two() {
    // An organisation named after an anaphor's possessive ("part of the alliance's Partnership
    // for Peace"; "the grouping's charter" stays the grouping's); "with A and B" set off inside
    // a verb's phrase shares it; "all three of Moscow's main regional projects – the CSTO,
    // EurAsEC and the SCO"; listings in a past event dated "last month" or "at the start of
    // this year".
    check(
        "2010-07-07",
        "Georgia is not in the CSTO, but it has been part of the alliance's Partnership for \
         Peace since 1994. Azerbaijan and Georgia left the treaty in 1999; both remain, with \
         Ukraine and Moldova, in GUAM. Uzbekistan is now a member of all three of Moscow's main \
         regional projects – the CSTO, EurAsEC and the SCO. The three members of the customs \
         union – Russia, Belarus and Kazakhstan – launched it at the start of this year.",
        &[
            "not_member Georgia CSTO 2010-07-07 asserted",
            "member Georgia PfP 1994..2010-07-07 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "member Azerbaijan GUAM 2010-07-07 asserted",
            "member Georgia GUAM 2010-07-07 asserted",
            "member Ukraine GUAM 2010-07-07 asserted",
            "member Moldova GUAM 2010-07-07 asserted",
            "member Uzbekistan CSTO 2010-07-07 asserted",
            "member Uzbekistan EurAsEC 2010-07-07 asserted",
            "member Uzbekistan SCO 2010-07-07 asserted",
            "count CustomsUnion 3 members 2010-07-07",
            "member Russia CustomsUnion 2010 asserted",
            "member Belarus CustomsUnion 2010 asserted",
            "member Kazakhstan CustomsUnion 2010 asserted",
            "founded Russia CustomsUnion 2010 asserted",
            "founded Belarus CustomsUnion 2010 asserted",
            "founded Kazakhstan CustomsUnion 2010 asserted",
        ],
    );
    check(
        "2008-11-14",
        "Uzbekistan suspended its EurAsEC membership. The remaining members – Russia, Belarus, \
         Kazakhstan, Kyrgyzstan and Tajikistan – met in Moscow last month to discuss the crisis.",
        &[
            "suspended Uzbekistan EurAsEC ..2008-11-14 asserted",
            "member Russia EurAsEC 2008-10 asserted",
            "member Belarus EurAsEC 2008-10 asserted",
            "member Kazakhstan EurAsEC 2008-10 asserted",
            "member Kyrgyzstan EurAsEC 2008-10 asserted",
            "member Tajikistan EurAsEC 2008-10 asserted",
        ],
    );
}

#[test]
fn a_return_or_departure_moved_to_another_organisation_is_to_it_as_it_then_was() {
    // "the Russian-led security bloc it quit in 1999", when the grouping last named is GUUAM:
    // the organisation Uzbekistan was in before 1999 and out of after it, as it then was.
    check(
        "2006-09-18",
        "Sixteen months after it formally left GUUAM, Uzbekistan is back in the Russian-led \
         security bloc it quit in 1999: at the CSTO summit in Minsk on 23 June, its government \
         signed a protocol restoring its membership.",
        &[
            "withdrew Uzbekistan GUAM ..2006-09-18 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn the_twelfth_sessions_second_review_cases() {
    // A group of as many counted in between ("Four Central Asian states stayed away") ends the
    // counted organisation's claim on "All four"; a subject opening the sentence is not shared
    // past another actor ("and Uzbekistan finally came back and rejoined" gives nothing rather
    // than Russia's and Belarus's return); "eventually"
    // undates a shared date; a denial denied denies nothing; a return moved by the timeline
    // needs a departure before it ("Baku returned to the organisation in September 1993" is
    // the CIS); a count after "bringing" takes its own clause's event, never a relative
    // clause's; a colon's date is not a relative clause's; a people leaving a member's
    // organisation leaves it; the organisation after an aside is that of a membership verb; a
    // leader's name set off after a comma is a subject of its own.
    check(
        "2005-06-13",
        "GUAM's four members met in Chisinau. Four Central Asian states stayed away. All four \
         belong to the SCO. Last year Russia and Belarus lobbied hard and Uzbekistan finally \
         came back and rejoined the CSTO. Uzbekistan never denied that it had left GUUAM.",
        &[
            "count GUAM 4 members 2005-06-13",
            "withdrew Uzbekistan GUAM ..2005-06-13 asserted",
        ],
    );
    check(
        "2010-06-13",
        "Russia and Kazakhstan met in Moscow in 2007 and eventually joined the WTO. Azerbaijan \
         acceded to the Tashkent Treaty in 1993. Its parliament had voted against the CIS in \
         1992, and Baku returned to the organisation in September 1993. Belarus, which founded \
         the CIS in 1991, took the customs union to three members when it joined in 2010. In \
         2006 Tashkent made a U-turn: it rejoined the CSTO, which it has now left again. The \
         CIS lost its most awkward member when the Georgians left in 2009.",
        &[
            "joined Russia WTO ..2010-06-13 asserted",
            "joined Kazakhstan WTO ..2010-06-13 asserted",
            "joined Azerbaijan CST 1993 asserted",
            "rejoined Azerbaijan CIS 1993-09 asserted",
            "founded Belarus CIS 1991 asserted",
            "joined Belarus CustomsUnion 2010 asserted",
            "count CustomsUnion 3 members 2010-06-13",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Uzbekistan CSTO ..2010-06-13 asserted",
            "withdrew Georgia CIS 2009 asserted",
        ],
    );
    check(
        "2005-06-13",
        "Kazakhstan, Russia and Belarus – the last of them a member since 1994 – sent \
         delegations to the SCO summit. The host, Ukraine, left GUAM's trade council; \
         Moldova's president, Voronin, stayed in GUAM.",
        &["office Vladimir Voronin president Moldova 2005-06-13"],
    );
}

#[test]
fn the_twelfth_sessions_third_review_cases() {
    // "came on board" with no organisation in its sentence joins nothing; "met ... and then
    // signed" is not dated by the meeting; a date opening the next conjunct ("and on Thursday
    // hosted Putin") is not the verb's; states set apart ("except Turkmenistan") are no
    // subject (they are outside); a negation before an aside ("has not, after all, left") denies.
    check(
        "2006-08-20",
        "The CSTO's rapid-reaction force is taking shape. Belarus has now come on board, and \
         Uzbekistan is the only holdout. Armenia, Belarus and Russia met in Minsk in May and \
         then signed the CSTO charter in Chisinau. Uzbekistan on Wednesday rejoined the CSTO \
         and on Thursday hosted Putin. Every Central Asian state except Turkmenistan belongs to \
         the SCO. Kyrgyzstan has not, after all, left the CSTO.",
        &[
            "signed Armenia CSTO ..2006-08-20 asserted",
            "signed Belarus CSTO ..2006-08-20 asserted",
            "signed Russia CSTO ..2006-08-20 asserted",
            "rejoined Uzbekistan CSTO 2006-08-16 asserted",
            "withdrew Kyrgyzstan CSTO ..2006-08-20 negated",
            "not_member Turkmenistan SCO 2006-08-20 asserted",
        ],
    );
    // So are those after "but" or "bar" past a group they are taken from ("but" joining two
    // clauses still has its subject); they are outside.
    check(
        "2006-08-20",
        "Every Central Asian state but Turkmenistan is in the CSTO. All the former Soviet \
         republics bar Georgia are in the CIS. Moscow wanted every member back, but Uzbekistan \
         stayed out of GUUAM.",
        &[
            "not_member Turkmenistan CSTO 2006-08-20 asserted",
            "not_member Georgia CIS 2006-08-20 asserted",
            "not_member Uzbekistan GUAM 2006-08-20 asserted",
        ],
    );
}

#[test]
fn denials_in_their_usual_forms() {
    // "denied it had left", "denied reports that", "denied on Monday that" deny; "never denied
    // that" does not.
    check(
        "2012-07-05",
        "Tashkent denied it had left the CSTO. Astana denied reports that it had quit EurAsEC. \
         Bishkek denied on Monday that it had left the SCO. Uzbekistan never denied that it had \
         left GUUAM.",
        &[
            "withdrew Uzbekistan CSTO ..2012-07-05 negated",
            "withdrew Kazakhstan EurAsEC ..2012-07-05 negated",
            "withdrew Kyrgyzstan SCO ..2012-07-05 negated",
            "withdrew Uzbekistan GUAM ..2012-07-05 asserted",
        ],
    );
}

#[test]
fn a_number_alone_prefers_a_list_of_its_size_in_its_sentence() {
    // "all three" after a list of three states (whatever governs it) is those three, not the
    // four named in the sentence before.
    check(
        "2005-06-13",
        "The four GUAM states – Georgia, Ukraine, Azerbaijan and Moldova – met in Chisinau in \
         April. Russia's relations with Kazakhstan, Kyrgyzstan and Tajikistan are close, and all \
         three are members of the CSTO.",
        &[
            "count GUAM 4 members 2005-06-13",
            "member Georgia GUAM 2005-04 asserted",
            "member Ukraine GUAM 2005-04 asserted",
            "member Azerbaijan GUAM 2005-04 asserted",
            "member Moldova GUAM 2005-04 asserted",
            "member Kazakhstan CSTO 2005-06-13 asserted",
            "member Kyrgyzstan CSTO 2005-06-13 asserted",
            "member Tajikistan CSTO 2005-06-13 asserted",
        ],
    );
}

#[test]
fn a_date_of_a_clause_set_off_after_the_object_is_its_own() {
    // "which will come into force next year", "Moscow's answer to NATO since 2002": the
    // clause's time, not the signing's or the return's; a clause closed by a comma leaves the
    // date after it to the verb.
    check(
        "2006-08-20",
        "Armenia signed the charter of the CSTO, which will come into force next year. \
         Uzbekistan has rejoined the CSTO, Moscow's answer to NATO since 2002. Ukraine joined \
         GUUAM, which Kyiv championed, in April 1999.",
        &[
            "signed Armenia CSTO ..2006-08-20 asserted",
            "rejoined Uzbekistan CSTO ..2006-08-20 asserted",
            "joined Ukraine GUAM 1999-04 asserted",
        ],
    );
}

#[test]
fn a_charter_that_gives_an_organisation_something_is_its_charter() {
    check(
        "2001-06-22",
        "At Yalta on 6-7 June, the presidents of Uzbekistan, Georgia and Moldova signed a \
         charter that gives GUUAM a permanent secretariat. Russia signed a trade deal that gives \
         the CIS a free-trade zone.",
        &[
            "signed Uzbekistan GUAM 2001-06-06..2001-06-07 asserted",
            "signed Georgia GUAM 2001-06-06..2001-06-07 asserted",
            "signed Moldova GUAM 2001-06-06..2001-06-07 asserted",
        ],
    );
}

#[test]
fn a_verb_after_and_shares_its_own_conjuncts_subject() {
    // The subject of the conjunct "and" closes: the state opening it after a subordinate
    // clause's comma, or the states a relative clause hangs on (not the main clause's subject,
    // nor the subordinate clause's).
    check(
        "2009-09-01",
        "Russia has welcomed back Uzbekistan, which quit the treaty in 1999 and returned to the \
         CSTO in 2006. When Georgia left the CIS last month, Ukraine criticised the decision and \
         stayed in the Commonwealth. The Collective Security Treaty had run its first term. \
         Azerbaijan, Georgia and Uzbekistan declined to prolong their membership and left the \
         treaty in April 1999.",
        &[
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Georgia CIS 2009-08 asserted",
            // (at the time the opening "when" clause gives)
            "member Ukraine CIS 2009-08 asserted",
            "withdrew Azerbaijan CST ..2009-09-01 asserted",
            "withdrew Georgia CST ..2009-09-01 asserted",
            "withdrew Uzbekistan CST ..2009-09-01 asserted",
            "withdrew Azerbaijan CST 1999-04 asserted",
            "withdrew Georgia CST 1999-04 asserted",
            "withdrew Uzbekistan CST 1999-04 asserted",
        ],
    );
}

#[test]
fn names_joined_by_a_comma_alone_across_a_subordinate_clause_are_no_list() {
    // "After Russia warned Georgia, Ukraine joined": the comma closes the "after" clause.
    check(
        "2010-01-01",
        "After Russia warned Georgia, Ukraine joined GUAM and left the CIS in 1999.",
        &[
            "joined Ukraine GUAM ..2010-01-01 asserted",
            "withdrew Ukraine CIS 1999 asserted",
        ],
    );
}

#[test]
fn the_twelfth_sessions_fourth_review_cases() {
    // Only a charter "that gives" an organisation something is its charter (not an agreement
    // that gives NATO transit rights, nor a treaty with Russia); a denial weakened ("Few
    // deny", "No diplomat denies") denies nothing; guests "from" three states are not "all
    // three"; a speaker's aside without its closing comma is no conjunct's subject.
    check(
        "2005-06-01",
        "Kyrgyzstan signed an agreement that gave NATO use of Manas airport. Ukraine signed a \
         treaty with Russia that gives the CIS a bigger role in gas transit. Few in Kyiv deny \
         that Uzbekistan quit GUUAM last month. Nazarbayev, Bakiyev and Rahmon hosted ministers \
         from Russia, China and Belarus, and all three are SCO members. Uzbekistan stopped \
         taking part in GUUAM in 2002, Kyiv recalls and formally quit it in 2005.",
        &[
            "withdrew Uzbekistan GUAM 2005-05 asserted",
            "suspended Uzbekistan GUAM 2002 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
        ],
    );
}

#[test]
fn a_date_after_an_aside_of_companions_is_the_noun_phrases() {
    // "one of its three founders, along with Russia and Belarus, in December 1991": the date
    // after the companions' aside dates the founding; a date in a later clause does not.
    check(
        "2002-06-20",
        "Ukraine was one of the CIS's three founders, along with Russia and Belarus, in \
         December 1991.",
        &[
            "count CIS 3 founders 2002-06-20",
            "founded Belarus CIS 1991-12 asserted",
            "founded Russia CIS 1991-12 asserted",
            "founded Ukraine CIS 1991-12 asserted",
        ],
    );
    check(
        "2002-06-20",
        "Ukraine was one of the CIS's three founders, together with Russia and Belarus, and it \
         kept its distance in 1993.",
        &[
            "count CIS 3 founders 2002-06-20",
            "founded Belarus CIS ..2002-06-20 asserted",
            "founded Russia CIS ..2002-06-20 asserted",
            "founded Ukraine CIS ..2002-06-20 asserted",
        ],
    );
}

#[test]
fn a_regions_name_for_its_states_is_all_of_them() {
    // "the three Baltic states" are Estonia, Latvia and Lithuania; "two of the three Baltic
    // states" and "the other Baltic states" are some of them, which the words do not say.
    check(
        "2004-06-10",
        "On 29 March the three Baltic states were admitted to NATO, together with Bulgaria and \
         Romania. The Baltic republics never joined the CIS. Two of the three Baltic states \
         joined the EU early. The other Baltic states joined the WTO.",
        &[
            "joined Bulgaria NATO 2004-03-29 asserted",
            "joined Estonia CIS ..2004-06-10 negated",
            "joined Estonia NATO 2004-03-29 asserted",
            "joined Latvia CIS ..2004-06-10 negated",
            "joined Latvia NATO 2004-03-29 asserted",
            "joined Lithuania CIS ..2004-06-10 negated",
            "joined Lithuania NATO 2004-03-29 asserted",
            "joined Romania NATO 2004-03-29 asserted",
        ],
    );
    // A count that is not the region's size is some other group.
    check(
        "2000-01-01",
        "All three South Caucasus states joined the CIS. The two South Caucasus states quit.",
        &[
            "joined Armenia CIS ..2000-01-01 asserted",
            "joined Azerbaijan CIS ..2000-01-01 asserted",
            "joined Georgia CIS ..2000-01-01 asserted",
        ],
    );
}

#[test]
fn a_concession_without_a_verb_is_an_aside_of_the_clause() {
    // "though EurAsEC members" describes the subject like "a EurAsEC member" would, and the
    // clause goes on past it; "it" after "stayed out of" is not the organisation the aside
    // says they belong to, while "had walked out of it" after "a founding signatory of the
    // Tashkent Treaty" is that treaty.
    check(
        "2010-07-12",
        "The customs union started work. Kyrgyzstan and Tajikistan, though EurAsEC members, \
         are not in the Customs Union. Kazakhstan, although a member of the Eurasian Economic \
         Community, has stayed out of it. Uzbekistan, a founding signatory of the Tashkent \
         Treaty in 1992, had walked out of it. Ukraine joined the WTO, though it is not in the \
         Customs Union.",
        &[
            "member Kazakhstan EurAsEC 2010-07-12 asserted",
            "member Kyrgyzstan EurAsEC 2010-07-12 asserted",
            "member Tajikistan EurAsEC 2010-07-12 asserted",
            "not_member Kazakhstan CustomsUnion 2010-07-12 asserted",
            "not_member Kyrgyzstan CustomsUnion 2010-07-12 asserted",
            "not_member Tajikistan CustomsUnion 2010-07-12 asserted",
            "not_member Ukraine CustomsUnion 2010-07-12 asserted",
            "joined Ukraine WTO ..2010-07-12 asserted",
            "signed Uzbekistan CST 1992 asserted",
            "withdrew Uzbekistan CST ..2010-07-12 asserted",
        ],
    );
}

#[test]
fn a_listing_of_an_organisation_the_timeline_does_not_know_stays_with_it() {
    // The reference timeline has no customs-union members, so it is no evidence that "Its
    // three members" mean the CSTO named earlier (which also has all three).
    check(
        "2013-11-25",
        "Armenia, a CSTO member, had less room. Is the customs union a rival to the EU? Its \
         three members—Russia, Belarus and Kazakhstan—insist that it is not.",
        &[
            "count CustomsUnion 3 members 2013-11-25",
            "member Armenia CSTO 2013-11-25 asserted",
            "member Belarus CustomsUnion 2013-11-25 asserted",
            "member Kazakhstan CustomsUnion 2013-11-25 asserted",
            "member Russia CustomsUnion 2013-11-25 asserted",
        ],
    );
}

#[test]
fn an_attribution_after_the_claim_hedges_it_and_keeps_its_own_time() {
    check(
        "2005-05-06",
        "Uzbekistan has formally withdrawn from GUUAM, according to a letter from its foreign \
         ministry released on Thursday by the Moldovan chair, and the grouping will be called \
         GUAM again.",
        &["withdrew Uzbekistan GUAM ..2005-05-06 hedged"],
    );
}

#[test]
fn adjectives_after_the_before_an_organisations_name() {
    // "the pro-Western GUUAM group", "the rival GUUAM group" are GUUAM; "the same year" is
    // the year the sentence before named.
    check(
        "2002-10-08",
        "Uzbekistan quit that pact in 1999. In the same year it joined the pro-Western GUUAM \
         group. Georgia and Azerbaijan — both members of the rival GUUAM group — attended the \
         summit.",
        &[
            "joined Uzbekistan GUAM 1999 asserted",
            "member Azerbaijan GUAM 2002-10-08 asserted",
            "member Georgia GUAM 2002-10-08 asserted",
        ],
    );
}

#[test]
fn the_country_described_and_whose_other_members() {
    // "The former Soviet republic" points back like "the country"; "and of the GUUAM group"
    // is a second organisation; "whose other members" are that group's.
    check(
        "2004-01-26",
        "Saakashvili was sworn in as president of Georgia on Sunday. The former Soviet republic \
         remains a member of the Commonwealth and of the GUUAM group, whose other members are \
         Ukraine, Uzbekistan, Azerbaijan and Moldova.",
        &[
            "member Azerbaijan GUAM 2004-01-26 asserted",
            "member Georgia CIS 2004-01-26 asserted",
            "member Georgia GUAM 2004-01-26 asserted",
            "member Moldova GUAM 2004-01-26 asserted",
            "member Ukraine GUAM 2004-01-26 asserted",
            "member Uzbekistan GUAM 2004-01-26 asserted",
            "office Mikheil Saakashvili president Georgia ..2004-01-26",
        ],
    );
    check(
        "2004-01-26",
        "Tajikistan is poor. The small Central Asian republic joined the CIS in 1991.",
        &["joined Tajikistan CIS 1991 asserted"],
    );
}

#[test]
fn a_year_naming_an_organisation_in_a_description_of_the_object_is_no_date() {
    check(
        "2002-10-08",
        "Armenia, Belarus and Russia signed a charter in the Moldovan capital on Monday creating \
         the Collective Security Treaty Organization, a successor to the 1992 Tashkent Treaty.",
        &[
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
            "signed Russia CSTO 2002-10-07 asserted",
        ],
    );
}

#[test]
fn the_new_body_is_the_one_founded_last() {
    // "the new body", "the new organisation": of the organisations named, the one founded
    // lately (the CSTO in 2002, not the treaty of 1992 named in between).
    check(
        "2002-10-15",
        "On 7 October Armenia and Russia signed the charter of the Collective Security Treaty \
         Organization, turning the ten-year-old Tashkent Treaty into something else. Moldova \
         is not a member of the new body and never signed the original treaty either. Like \
         Baku, Tbilisi stayed out of the new organisation as well, which will surprise nobody \
         who remembers how Georgia and Azerbaijan let their treaty membership lapse in 1999.",
        &[
            "not_member Azerbaijan CSTO 2002-10-15 asserted",
            "not_member Georgia CSTO 2002-10-15 asserted",
            "not_member Moldova CSTO 2002-10-15 asserted",
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Moldova CST ..2002-10-15 negated",
            "signed Russia CSTO 2002-10-07 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
}

#[test]
fn one_of_its_members_set_off_before_the_state_and_binds() {
    check(
        "2004-01-26",
        "GUUAM offers a forum. One of its five members, Uzbekistan, stopped taking part in its \
         work in 2002. On 1 July the customs union that binds Russia, Belarus and Kazakhstan \
         acquired a common code. Presidents gathered in Astana on 10 October to sign the \
         Tashkent Treaty.",
        &[
            "count GUAM 5 members 2004-01-26",
            "member Belarus CustomsUnion 2004-01-26 asserted",
            "member Kazakhstan CustomsUnion 2004-01-26 asserted",
            "member Russia CustomsUnion 2004-01-26 asserted",
            "member Uzbekistan GUAM 2004-01-26 asserted",
            "suspended Uzbekistan GUAM 2002 asserted",
        ],
    );
}

#[test]
fn a_charter_with_someone_else_and_loose_membership() {
    // A charter on a partnership with NATO is no charter of the article's organisation; "a
    // member only in the loosest sense" is hedged; "Since April" opening the sentence does not
    // date a status told in a relative clause later on.
    check(
        "1997-10-11",
        "Georgia, Ukraine, Azerbaijan and Moldova set up GUAM on Friday. Kiev signed a charter \
         on a distinctive partnership with the Atlantic alliance in July. Georgia and Moldova \
         signed a charter that turns the group into an organisation with annual summits.",
        &[
            "signed Georgia GUAM ..1997-10-11 asserted",
            "signed Moldova GUAM ..1997-10-11 asserted",
            "founded Azerbaijan GUAM 1997-10-10 asserted",
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Moldova GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
        ],
    );
    check(
        "2010-07-12",
        "Ukraine, a member of the CIS only in the loosest sense, is reviewing its participation. \
         Since April, when protests drove President Kurmanbek Bakiyev from Bishkek, the country \
         has had an interim government, and the violence in Osh showed how little the CSTO, of \
         which Kyrgyzstan is a founding member, would do.",
        &[
            "member Kyrgyzstan CSTO 2010-07-12 asserted",
            "member Ukraine CIS 2010-07-12 hedged",
            "office Kurmanbek Bakiyev president Kyrgyzstan 2010-07-12",
        ],
    );
}

#[test]
fn a_day_of_a_month_named_with_its_year_in_the_sentence_is_in_that_year() {
    // "in December 1991, ... had founded on 8 December" is 1991; not past a semicolon, nor a
    // month named only by the date itself ("on 7 October, when ... signed").
    check(
        "2005-08-29",
        "Turkmenistan joined the Commonwealth in December 1991, when leaders gathered in \
         Alma-Ata to enlarge the Commonwealth that Russia, Ukraine and Belarus had founded at \
         Belavezha on 8 December.",
        &[
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "joined Turkmenistan CIS 1991-12 asserted",
        ],
    );
    check(
        "2005-09-12",
        "In early May Uzbekistan left GUUAM, a group it had joined in April 1999; the remaining \
         four — Georgia, Ukraine, Azerbaijan and Moldova — had met in Chisinau on 22 April.",
        &[
            "joined Uzbekistan GUAM 1999-04 asserted",
            "member Azerbaijan GUAM 2005-04-22 asserted",
            "member Georgia GUAM 2005-04-22 asserted",
            "member Moldova GUAM 2005-04-22 asserted",
            "member Ukraine GUAM 2005-04-22 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
}

#[test]
fn a_forum_named_by_an_apposition_further_on_and_a_counted_noun_spelt_out() {
    check(
        "1997-10-11",
        "Georgia, Ukraine, Azerbaijan and Moldova set up a consultative forum on Friday on the \
         sidelines of the Council of Europe summit, a grouping diplomats have already dubbed \
         GUAM after the initials of its members.",
        &[
            "founded Azerbaijan GUAM 1997-10-10 asserted",
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Moldova GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
        ],
    );
    check(
        "1994-04-21",
        "The Collective Security Treaty came into force on Wednesday. The treaty brings together \
         the six original signatories — Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and \
         Uzbekistan — and three later entrants.",
        &[
            "count CST 6 signatories 1994-04-21",
            "member Armenia CST 1994-04-21 asserted",
            "member Kazakhstan CST 1994-04-21 asserted",
            "member Kyrgyzstan CST 1994-04-21 asserted",
            "member Russia CST 1994-04-21 asserted",
            "member Tajikistan CST 1994-04-21 asserted",
            "member Uzbekistan CST 1994-04-21 asserted",
            "signed Armenia CST ..1994-04-21 asserted",
            "signed Kazakhstan CST ..1994-04-21 asserted",
            "signed Kyrgyzstan CST ..1994-04-21 asserted",
            "signed Russia CST ..1994-04-21 asserted",
            "signed Tajikistan CST ..1994-04-21 asserted",
            "signed Uzbekistan CST ..1994-04-21 asserted",
        ],
    );
}

#[test]
fn a_verb_after_an_occasion_shares_the_subject_and_the_two_other_states() {
    // "and at the same Kremlin ceremony acceded": the subject and the date of the claim
    // before; "— the two other states that left the treaty in 1999 —" are the list's.
    check(
        "1993-09-25",
        "Azerbaijan rejoined the CIS on Friday and at the same Kremlin ceremony acceded to the \
         Collective Security Treaty.",
        &[
            "joined Azerbaijan CST 1993-09-24 asserted",
            "rejoined Azerbaijan CIS 1993-09-24 asserted",
        ],
    );
    check(
        "2006-08-17",
        "The Tashkent Treaty lives on. Georgia and Azerbaijan — the two other states that left \
         the treaty in 1999 — stayed away.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
}

#[test]
fn the_only_state_of_its_kind_in_an_organisation() {
    check(
        "2002-10-08",
        "The CSTO was founded on Monday. Armenia, the only Caucasian state in the new \
         organisation, applauded. Turkmenistan is the only Central Asian state outside the SCO. \
         Georgia is now the only state of the South Caucasus left in GUAM. Russia is the only \
         state in the region with nuclear weapons.",
        &[
            "founded - CSTO 2002-10-07 asserted",
            "member Armenia CSTO 2002-10-08 asserted",
            "member Georgia GUAM 2002-10-08 asserted",
            "not_member Turkmenistan SCO 2002-10-08 asserted",
        ],
    );
}

#[test]
fn organisations_referred_to_together() {
    // "both groupings", "neither organisation", "all of them", "none of the three", "out of
    // both": the last two (or three) organisations named, in this sentence or the one before;
    // "neither" and "none" deny the membership.
    check(
        "2005-06-01",
        "Russia belongs to the CSTO and EurAsEC. Georgia belongs to neither organisation, and \
         Moldova has stayed out of both. Armenia is in the CIS, the CSTO and the SCO. \
         Turkmenistan remains outside all of them. Only Azerbaijan belongs to none of the three.",
        &[
            "member Armenia CIS 2005-06-01 asserted",
            "member Armenia CSTO 2005-06-01 asserted",
            "member Armenia SCO 2005-06-01 asserted",
            "member Russia CSTO 2005-06-01 asserted",
            "member Russia EurAsEC 2005-06-01 asserted",
            "not_member Azerbaijan CIS 2005-06-01 asserted",
            "not_member Azerbaijan CSTO 2005-06-01 asserted",
            "not_member Azerbaijan SCO 2005-06-01 asserted",
            "not_member Georgia CSTO 2005-06-01 asserted",
            "not_member Georgia EurAsEC 2005-06-01 asserted",
            "not_member Moldova CSTO 2005-06-01 asserted",
            "not_member Moldova EurAsEC 2005-06-01 asserted",
            "not_member Turkmenistan CIS 2005-06-01 asserted",
            "not_member Turkmenistan CSTO 2005-06-01 asserted",
            "not_member Turkmenistan SCO 2005-06-01 asserted",
        ],
    );
    // One organisation named is no pair: "both" are states then.
    check(
        "2005-06-01",
        "Russia and Belarus are in the CSTO. Georgia has stayed out of both.",
        &[
            "member Belarus CSTO 2005-06-01 asserted",
            "member Russia CSTO 2005-06-01 asserted",
        ],
    );
}

#[test]
fn has_n_members_spelt_out_after_a_dash() {
    check(
        "2006-09-25",
        "The CSTO met in Minsk. The club thus has seven members once more — Armenia, Belarus, \
         Kazakhstan, Kyrgyzstan, Russia, Tajikistan and now Uzbekistan — and its host was \
         delighted.",
        &[
            "count CSTO 7 members 2006-09-25",
            "member Armenia CSTO 2006-09-25 asserted",
            "member Belarus CSTO 2006-09-25 asserted",
            "member Kazakhstan CSTO 2006-09-25 asserted",
            "member Kyrgyzstan CSTO 2006-09-25 asserted",
            "member Russia CSTO 2006-09-25 asserted",
            "member Tajikistan CSTO 2006-09-25 asserted",
            "member Uzbekistan CSTO 2006-09-25 asserted",
        ],
    );
}

#[test]
fn stayed_in_with_a_date_is_a_membership_then() {
    // "stayed in the treaty in 1999" tells the membership of 1999, whether said of the
    // states directly or in a relative clause set off after them (and so not today's, nor of
    // the treaty's successor).
    check(
        "2002-10-25",
        "Armenia and Belarus stayed in the Collective Security Treaty in 1999. Kazakhstan and \
         Russia — the two states that remained in the Collective Security Treaty in 1999 — met. \
         Georgia stayed out of the treaty.",
        &[
            "count CST 2 members 2002-10-25",
            "member Armenia CST 1999 asserted",
            "member Belarus CST 1999 asserted",
            "member Kazakhstan CST 1999 asserted",
            "member Russia CST 1999 asserted",
            // (the treaty told of as it is now: its successor, as for any status today)
            "not_member Georgia CSTO 2002-10-25 asserted",
        ],
    );
}

#[test]
fn n_named_members_on_some_place_spelt_out_after_a_colon() {
    check(
        "2004-04-05",
        "The Black Sea has three NATO members on its shores: Turkey, Bulgaria and Romania.",
        &[
            // (three of its members: no count of NATO's)
            "member Bulgaria NATO 2004-04-05 asserted",
            "member Romania NATO 2004-04-05 asserted",
            "member Turkey NATO 2004-04-05 asserted",
        ],
    );
}

#[test]
fn the_thirteenth_sessions_review_cases() {
    // "The former Soviet republic" is not Russia, nor a state the words do not fit; a bare
    // "both" after a sentence about two wars is no pair of organisations; "the planned customs
    // union" is no organisation yet; "the only state in the WTO talks" says nothing of
    // membership; the new body is the one the sentence before was about.
    check(
        "2006-03-01",
        "Russia has long opposed Ukraine's bid. The former Soviet republic hopes to join NATO by \
         2008. Akayev met Saakashvili in Tbilisi. The small Central Asian republic is a member \
         of the SCO. The CSTO and the SCO have said little about the wars in Karabakh and \
         Transnistria. Kazakhstan has stayed out of both. Russia, Belarus and Kazakhstan, \
         members of the planned customs union, met in Minsk. Kazakhstan is the only Central \
         Asian state in the WTO talks to have finished its bilateral deals.",
        &[],
    );
    check(
        "2002-06-08",
        "Russia set up the CSTO with five allies in May. On Friday the SCO, formed last June, \
         adopted its charter. Uzbekistan is a member of the new body.",
        &[
            "founded - SCO 2001-06 asserted",
            "founded Russia CSTO 2002-05 asserted",
            "member Uzbekistan SCO 2002-06-08 asserted",
        ],
    );
    // A bare day in a month the sentence named with another year is in the article's year
    // unless the verb is in the pluperfect; an attribution after a relative clause frames the
    // main clause as well; a charter signed with partners is the organisation's; a place is stepped
    // over to the states that gathered there to sign.
    check(
        "2009-08-19",
        "Georgia, which announced its withdrawal after the war in August 2008, formally left the \
         CIS on 18 August. Uzbekistan has quit GUUAM, which it joined in 1999, according to the \
         foreign ministry.",
        &[
            // (the attribution frames the relative clause too)
            "joined Uzbekistan GUAM 1999 hedged",
            "withdrew Georgia CIS 2009-08-18 asserted",
            "withdrew Uzbekistan GUAM ..2009-08-19 hedged",
        ],
    );
    check(
        "2001-06-08",
        "GUUAM leaders met in Yalta. Uzbekistan signed the charter with its four partners on \
         Thursday. Russia, Belarus and Kazakhstan gathered in Astana on 10 October to sign the \
         treaty founding EurAsEC.",
        &[
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Kazakhstan EurAsEC 2000-10-10 asserted",
            "signed Russia EurAsEC 2000-10-10 asserted",
            "signed Uzbekistan GUAM 2001-06-07 asserted",
        ],
    );
    // A date that opens the next verb is not the founders'; a past status in an aside takes
    // no date from the clause around it; "after 1999" is not 1999.
    check(
        "2005-06-01",
        "Belarus, one of the three founders of the Commonwealth, in December 1999 signed a union \
         treaty with Moscow. Georgia, once a CST member, has been out of the treaty since 1999. \
         Armenia stayed in the treaty after 1999.",
        &[
            "count CIS 3 founders 2005-06-01",
            "founded Belarus CIS ..2005-06-01 asserted",
            "member Armenia CSTO 2005-06-01 asserted",
            "member Georgia CST ..2005-06-01 asserted",
            "not_member Georgia CST 1999..2005-06-01 asserted",
        ],
    );
}

#[test]
fn the_thirteenth_sessions_second_review_cases() {
    // ", though," set off alone does not break the clause; "not yet a member" is no member;
    // "will enter the WTO" is a joining to come; "NATO talks" are not NATO.
    check(
        "2012-06-29",
        "Azerbaijan, though, remains in the Commonwealth of Independent States. Uzbekistan is \
         not yet a member of the Eurasian Economic Community. Russia will formally enter the \
         World Trade Organization in August. Georgia hopes to join NATO talks. The treaty will \
         enter into force next year.",
        &[
            "joined Russia WTO 2012-08 planned",
            "member Azerbaijan CIS 2012-06-29 asserted",
            "not_member Uzbekistan EurAsEC 2012-06-29 asserted",
        ],
    );
}

#[test]
fn an_n_member_group_is_never_an_organisation_named_in_passing() {
    // "the four-member group" after a mention of NATO in passing: the group the article is
    // about, never NATO (and no count when no other is at hand).
    check(
        "1999-04-05",
        "GUAM met in Washington. The four-member group talked. Uzbekistan is expected to join \
         GUAM at a NATO summit in Washington on 24 April, turning the four-member group into \
         GUUAM.",
        &[
            "count GUAM 4 members 1999-04-05",
            "joined Uzbekistan GUAM 1999-04-24 planned",
        ],
    );
}

#[test]
fn became_the_nth_member_joins() {
    check(
        "2012-12-01",
        "On 22 August Russia became the 156th member of the World Trade Organization. Uzbekistan \
         became the sixth member of the SCO in June 2001.",
        &[
            "joined Russia WTO 2012-08-22 asserted",
            "joined Uzbekistan SCO 2001-06 asserted",
        ],
    );
}

#[test]
fn the_only_state_that_did_something_set_off_after_it() {
    check(
        "2001-07-01",
        "Turkmenistan, the only Central Asian state that never signed the Tashkent Treaty, stayed \
         away.",
        &["signed Turkmenistan CST ..2001-07-01 negated"],
    );
}

#[test]
fn completed_its_withdrawal_from_an_organisation() {
    check(
        "2010-07-12",
        "Georgia completed its withdrawal from the Commonwealth last August. Russia completed its \
         withdrawal from Georgia's bases in 2007.",
        &["withdrew Georgia CIS 2009-08 asserted"],
    );
    check(
        "2008-09-01",
        "Georgia will complete its withdrawal from the Commonwealth in August 2009.",
        &["withdrew Georgia CIS 2009-08 planned"],
    );
}

#[test]
fn the_five_nation_group_it_formed() {
    check(
        "2005-05-20",
        "Georgia remains a member of GUUAM, the five-nation group it formed in 1997 with Ukraine, \
         Azerbaijan and Moldova.",
        &[
            "count GUAM 5 members 2005-05-20",
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "member Georgia GUAM 2005-05-20 asserted",
        ],
    );
}

#[test]
fn a_list_are_the_states_that_did_something() {
    // "A, B ... are precisely the states that signed the charter ... a decade ago": the list
    // before the copula signed; the charter is the one of the organisation the sentence names
    // before it; "a decade ago" is ten years before the article's year.
    check(
        "2012-07-09",
        "GUUAM has long been dormant. The remaining CSTO members—Russia, Armenia and Belarus—are \
         precisely the states that signed the charter in Chisinau a decade ago.",
        &[
            "member Armenia CSTO 2012-07-09 asserted",
            "member Belarus CSTO 2012-07-09 asserted",
            "member Russia CSTO 2012-07-09 asserted",
            "signed Armenia CSTO 2002 asserted",
            "signed Belarus CSTO 2002 asserted",
            "signed Russia CSTO 2002 asserted",
        ],
    );
}

#[test]
fn a_charter_signed_is_not_that_of_an_organisation_named_in_passing() {
    check(
        "2001-06-18",
        "GUUAM met in Yalta. Georgia, which quit the CIS collective security treaty in 1999, \
         signed a charter there.",
        &[
            "signed Georgia GUAM ..2001-06-18 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
}

#[test]
fn the_latter_opening_a_sentence_is_the_organisation_named_last() {
    check(
        "1997-11-20",
        "The contrast with the Tashkent Treaty is instructive. The latter, signed in May 1992 by \
         Armenia, Kazakhstan and Russia, was joined in 1993 by Azerbaijan.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "signed Armenia CST 1992-05 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
        ],
    );
}

#[test]
fn a_declaration_founding_an_organisation_and_documents_with_one() {
    check(
        "2001-06-18",
        "China and Russia signed a declaration founding the Shanghai Cooperation Organisation. \
         Kazakhstan signed an agreement with the SCO. Kyrgyzstan signed a declaration with \
         NATO.",
        &[
            "signed China SCO ..2001-06-18 asserted",
            "signed Russia SCO ..2001-06-18 asserted",
        ],
    );
}

#[test]
fn the_thirteenth_sessions_third_review_cases() {
    // "NATO, the 26-member alliance" counts NATO (only NATO as a modifier is passed over);
    // "the latter" is a treaty only when three states or more signed it; "the nine-nation
    // group it formed" founds only the organisation it is set in apposition to; "both CSTO
    // members" describing the signers does not make the charter the CSTO's.
    check(
        "2008-04-02",
        "NATO, the 26-member alliance that Latvia and Lithuania joined in 2004, met in \
         Bucharest.",
        &[
            "count NATO 26 members 2008-04-02",
            "joined Latvia NATO 2004 asserted",
            "joined Lithuania NATO 2004 asserted",
        ],
    );
    check(
        "2000-05-10",
        "Moldova signed a friendship treaty with Romania and stayed in the CIS. The latter, \
         signed in April 2000 by Moldova and Romania, angered Moscow.",
        &["member Moldova CIS ..2000-05-10 asserted"],
    );
    check(
        "2005-12-03",
        "Ukraine, a GUAM member, also leads the Community of Democratic Choice, a group it \
         formed on Friday with Georgia, Lithuania and Latvia.",
        &["member Ukraine GUAM 2005-12-03 asserted"],
    );
    check(
        "2010-06-16",
        "The SCO summit in Tashkent adopted rules for new members. Kazakhstan and Russia, both \
         CSTO members, signed the charter.",
        &[
            "member Kazakhstan CSTO 2010-06-16 asserted",
            "member Russia CSTO 2010-06-16 asserted",
            "signed Kazakhstan SCO ..2010-06-16 asserted",
            "signed Russia SCO ..2010-06-16 asserted",
        ],
    );
}

#[test]
fn joined_by_someone_and_the_cis_collective_security_pact() {
    // "were joined in Shanghai by Uzbek President Islam Karimov": someone else joined them,
    // not they an organisation; "the CIS collective security pact" is the treaty, not the CIS.
    check(
        "2001-06-18",
        "Leaders of China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan – the so-called \
         Shanghai Five – were joined in Shanghai on Friday by Uzbek President Islam Karimov. \
         Four of them – Russia, Kazakhstan, Kyrgyzstan and Tajikistan – also belong to the CIS \
         collective security pact.",
        &[
            "member Kazakhstan CST 2001-06-18 asserted",
            "member Kyrgyzstan CST 2001-06-18 asserted",
            "member Russia CST 2001-06-18 asserted",
            "member Tajikistan CST 2001-06-18 asserted",
            "office Islam Karimov president Uzbekistan 2001-06-18",
        ],
    );
}

#[test]
fn to_which_both_countries_belong_points_back_to_the_pair() {
    check(
        "1998-03-10",
        "Georgia and Azerbaijan met. The Tashkent Treaty, to which both countries belong, is in \
         trouble.",
        &[
            "member Azerbaijan CST 1998-03-10 asserted",
            "member Georgia CST 1998-03-10 asserted",
        ],
    );
}

#[test]
fn observers_after_the_organisation_and_a_meeting_admitting_them() {
    // A status with no organisation after it, ending on "already" or "too", is the one
    // organisation the sentence before named; "the same meeting" admits for the organisation
    // the sentence names before it, on that meeting's date; "its summit" for the one "its"
    // points to.
    check(
        "2005-09-07",
        "At its Astana summit on 5 July the Shanghai Cooperation Organisation asked the \
         coalition to set a date for leaving, and the same meeting admitted India, Pakistan and \
         Iran as observers. Mongolia is an observer already. Its Bishkek summit also gave \
         Afghanistan observer status.",
        &[
            "observer Afghanistan SCO ..2005-09-07 asserted",
            "observer India SCO 2005-07-05 asserted",
            "observer Iran SCO 2005-07-05 asserted",
            "observer Mongolia SCO 2005-09-07 asserted",
            "observer Pakistan SCO 2005-07-05 asserted",
        ],
    );
    // (a meeting that is the object of a verb of its own admits no one)
    check(
        "2005-09-07",
        "The SCO met in Astana. Russia attended the summit and admitted India as an observer.",
        &[],
    );
}

#[test]
fn a_number_alone_is_some_of_a_group_and_signatories_are_no_members() {
    // "only one left" tells of one of the six, which the words do not name; the list after
    // "the original signatories of the Tashkent Treaty" names signatories, not members now.
    check(
        "2000-05-25",
        "Of the six original signatories of the Tashkent Treaty (Armenia, Kazakhstan, \
         Kyrgyzstan, Russia, Tajikistan and Uzbekistan), only one left.",
        &[
            "count CST 6 signatories 2000-05-25",
            "signed Armenia CST ..2000-05-25 asserted",
            "signed Kazakhstan CST ..2000-05-25 asserted",
            "signed Kyrgyzstan CST ..2000-05-25 asserted",
            "signed Russia CST ..2000-05-25 asserted",
            "signed Tajikistan CST ..2000-05-25 asserted",
            "signed Uzbekistan CST ..2000-05-25 asserted",
        ],
    );
    // (a number before a unit of time is part of a date: "two years ago")
    check(
        "2001-05-25",
        "Uzbekistan, two years ago, left the Tashkent Treaty.",
        &["withdrew Uzbekistan CST 1999 asserted"],
    );
}

#[test]
fn a_date_in_a_relative_clause_inside_an_apposition_is_not_the_signing() {
    check(
        "2000-11-20",
        "On 10 October, in Astana, the presidents of Belarus and Russia signed the treaty \
         establishing the Eurasian Economic Community, a body meant to give legal personality \
         to a customs union that has existed, mostly on paper, since 1995.",
        &[
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Russia EurAsEC 2000-10-10 asserted",
        ],
    );
}

#[test]
fn yesterday_and_tomorrow_count_from_the_article() {
    // A daily's "yesterday" is the day before its date; "tomorrow" of a plan the day after; a
    // report's "said yesterday" dates the report, not the claim.
    check(
        "2001-06-16",
        "China, Russia and Uzbekistan yesterday set up the Shanghai Cooperation Organisation. \
         Yesterday Kazakhstan left the CIS. Georgia will leave the CIS tomorrow. Armenia left \
         the CIS, officials said yesterday.",
        &[
            "founded China SCO 2001-06-15 asserted",
            "founded Russia SCO 2001-06-15 asserted",
            "founded Uzbekistan SCO 2001-06-15 asserted",
            "withdrew Armenia CIS ..2001-06-16 asserted",
            "withdrew Georgia CIS 2001-06-17 planned",
            "withdrew Kazakhstan CIS 2001-06-15 asserted",
        ],
    );
}

#[test]
fn an_organisation_before_an_article_is_no_modifier_and_when_present_is_to_come() {
    // "NATO threw itself a party": the name before "a" does not qualify "party"; "When the
    // Russians leave", "Once Ukraine joins NATO" tell of what is still to come.
    check(
        "1999-04-26",
        "WASHINGTON — NATO threw itself a fiftieth birthday party at the weekend. \"When the \
         Russians leave, I leave,\" he said. Once Ukraine joins NATO, things will change. When \
         Armenia joined the Tashkent Treaty in 1993, it got arms, and when Georgia chose to \
         leave it in 1999, it lost them.",
        &[
            "joined Armenia CST 1993 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
}

#[test]
fn counts_of_some_members_are_no_counts() {
    // "the four GUAM states" counts them all; "by six CIS states", "two poorest members",
    // "four nonetheless remain members of the CIS", "three new members" count some of them.
    check(
        "2000-10-23",
        "The treaty was signed in 1992 by six CIS states. The four GUAM states met. Of the five, \
         four nonetheless remain members of the CIS. Kyrgyzstan and Tajikistan are the two \
         poorest members of EurAsEC. The remaining four GUAM states stayed.",
        &[
            "count GUAM 4 members 2000-10-23",
            "count GUAM 4 members 2000-10-23",
            "member Kyrgyzstan EurAsEC 2000-10-23 asserted",
            "member Tajikistan EurAsEC 2000-10-23 asserted",
        ],
    );
}

#[test]
fn the_commonwealths_treaty_and_the_treaty_that_binds() {
    // "the Commonwealth's Collective Security Treaty" is the treaty; "The treaty now binds
    // three states" counts and names the treaty's members, not those of the CIS named last.
    check(
        "1995-02-20",
        "Belarus remains a party to the Commonwealth's Collective Security Treaty. The treaty \
         was signed in 1992 by several CIS states. The treaty now binds three states—Armenia, \
         Belarus and Russia—for five years.",
        &[
            "count CST 3 members 1995-02-20",
            "member Armenia CST 1995-02-20 asserted",
            "member Belarus CST 1995-02-20 asserted",
            "member Belarus CST 1995-02-20 asserted",
            "member Russia CST 1995-02-20 asserted",
        ],
    );
}

#[test]
fn stayed_in_dated_by_the_participle_after_it() {
    // "stayed in the treaty, their presidents signing a protocol on 2 April": members then
    // ("Georgia declined to renew" the treaty, undated: the date is the other clause's).
    check(
        "1999-05-12",
        "Armenia, Belarus and Russia stayed in the Collective Security Treaty, their presidents \
         signing a protocol of extension in Moscow on 2 April; Georgia declined to renew.",
        &[
            "member Armenia CST 1999-04-02 asserted",
            "member Belarus CST 1999-04-02 asserted",
            "member Russia CST 1999-04-02 asserted",
            "withdrew Georgia CST ..1999-05-12 asserted",
        ],
    );
}

#[test]
fn staying_out_is_of_the_organisation_in_question_not_of_an_aside() {
    // A bare "remains outside" after an aside naming other organisations is the one the
    // sentence before named; "in April of that year" is in the year "last year" named.
    check(
        "2000-10-23",
        "Five states founded the Eurasian Economic Community in Astana. Uzbekistan, which pulled \
         out of the Collective Security Treaty last year and joined GUUAM in April of that year, \
         remains outside; Ukraine and Moldova, both GUUAM members, have also stayed out.",
        &[
            "joined Uzbekistan GUAM 1999-04 asserted",
            "member Moldova GUAM 2000-10-23 asserted",
            "member Ukraine GUAM 2000-10-23 asserted",
            "not_member Moldova EurAsEC 2000-10-23 asserted",
            "not_member Ukraine EurAsEC 2000-10-23 asserted",
            "not_member Uzbekistan EurAsEC 2000-10-23 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "count EurAsEC 5 founders 2000-10-23",
        ],
    );
}

#[test]
fn the_very_states_it_was_one_of_and_two_of_them_named() {
    check(
        "1999-05-12",
        "Three of GUUAM's five members—Georgia, Azerbaijan and Uzbekistan—are the very states \
         that have just left the Collective Security Treaty. Two of them, Georgia and \
         Azerbaijan, are also members of the CIS. Uzbekistan's history with the treaty is long. \
         It was one of the six states that signed the Collective Security Treaty in Tashkent in \
         May 1992.",
        &[
            "count CST 6 signatories 1992-05",
            "count GUAM 5 members 1999-05-12",
            "member Azerbaijan CIS 1999-05-12 asserted",
            "member Azerbaijan GUAM 1999-05-12 asserted",
            "member Georgia CIS 1999-05-12 asserted",
            "member Georgia GUAM 1999-05-12 asserted",
            "member Uzbekistan GUAM 1999-05-12 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
            "withdrew Azerbaijan CST ..1999-05-12 asserted",
            "withdrew Georgia CST ..1999-05-12 asserted",
            "withdrew Uzbekistan CST ..1999-05-12 asserted",
        ],
    );
}

#[test]
fn followed_on_a_date_repeats_the_main_clauses_event() {
    // "Georgia followed on 9 December" repeats the main clause's accession, not the relative
    // clause's entry into the Commonwealth.
    check(
        "1993-12-20",
        "Azerbaijan acceded to the Collective Security Treaty on 24 September, the same day on \
         which it formally entered the Commonwealth. Georgia followed on 9 December.",
        &[
            "joined Azerbaijan CIS 1993-09-24 asserted",
            "joined Azerbaijan CST 1993-09-24 asserted",
            "joined Georgia CST 1993-12-09 asserted",
        ],
    );
}

#[test]
fn continues_to_stay_out() {
    check(
        "1993-12-20",
        "Ukraine and Turkmenistan, both members of the Commonwealth, continue to stay out of \
         the collective security pact, as does Moldova. Armenia continues to belong to the CIS.",
        &[
            "member Armenia CIS 1993-12-20 asserted",
            "member Turkmenistan CIS 1993-12-20 asserted",
            "member Ukraine CIS 1993-12-20 asserted",
            "not_member Moldova CST 1993-12-20 asserted",
            "not_member Turkmenistan CST 1993-12-20 asserted",
            "not_member Ukraine CST 1993-12-20 asserted",
        ],
    );
}

#[test]
fn the_closing_months_of_a_year() {
    check(
        "1994-05-16",
        "Azerbaijan acceded to the Tashkent Treaty in the closing months of last year. Ukraine \
         joined the Partnership for Peace in the first weeks of 1994.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "joined Ukraine PfP 1994 asserted",
        ],
    );
}

#[test]
fn belong_both_to_one_and_to_another() {
    check(
        "1996-05-06",
        "Kazakhstan and Tajikistan belong both to the Shanghai Five and to the Commonwealth's \
         Collective Security Treaty.",
        &[
            "member Kazakhstan CST 1996-05-06 asserted",
            "member Kazakhstan SCO 1996-05-06 asserted",
            "member Tajikistan CST 1996-05-06 asserted",
            "member Tajikistan SCO 1996-05-06 asserted",
        ],
    );
}

#[test]
fn joined_by_others_and_the_same_step() {
    // "A, B, ..., the original six signatories, were joined last year by C and D": C and D
    // joined the treaty; "took the same step in September" repeats the event before, in the
    // September before the article.
    check(
        "1994-04-21",
        "The Collective Security Treaty comes into force. Russia and Armenia, the original \
         signatories, were joined last year by Azerbaijan and Georgia.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "signed Armenia CST ..1994-04-21 asserted",
            "signed Russia CST ..1994-04-21 asserted",
        ],
    );
    check(
        "1993-12-11",
        "Georgia joined the Collective Security Treaty on Thursday. Azerbaijan took the same \
         step in September.",
        &[
            "joined Azerbaijan CST 1993-09 asserted",
            "joined Georgia CST 1993-12-09 asserted",
        ],
    );
}

#[test]
fn a_hedge_does_not_reach_into_an_apposition_to_an_organisation() {
    check(
        "2002-10-08",
        "Moldova's own loyalties lie, at least on paper, with GUUAM, the pro-Western grouping it \
         founded in 1997 with Georgia, Ukraine and Azerbaijan.",
        &[
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
        ],
    );
}

#[test]
fn admitted_at_the_same_ceremony() {
    check(
        "2001-06-16",
        "China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan yesterday set up the Shanghai \
         Cooperation Organisation. Uzbekistan, the one newcomer, was admitted at the same \
         ceremony.",
        &[
            "founded China SCO 2001-06-15 asserted",
            "founded Kazakhstan SCO 2001-06-15 asserted",
            "founded Kyrgyzstan SCO 2001-06-15 asserted",
            "founded Russia SCO 2001-06-15 asserted",
            "founded Tajikistan SCO 2001-06-15 asserted",
            "joined Uzbekistan SCO 2001-06-15 asserted",
        ],
    );
}

#[test]
fn another_member_not_even_a_member_and_since_after_an_aside() {
    check(
        "2009-06-15",
        "The CSTO met in Moscow. Kyrgyzstan, another member, stayed quiet. Georgia is not even a \
         member of the Commonwealth.",
        &[
            "member Kyrgyzstan CSTO 2009-06-15 asserted",
            "not_member Georgia CIS 2009-06-15 asserted",
        ],
    );
    // ("alongside A and B, since 2001": the period of all of them; not "alongside Mongolia, an
    // observer since 2004", Mongolia's own)
    check(
        "2005-07-12",
        "Uzbekistan has been a member of the Shanghai Cooperation Organisation, alongside Russia \
         and China, since 2001. India and Iran are now observers in the organisation, alongside \
         Mongolia, an observer since 2004.",
        &[
            "member China SCO 2001..2005-07-12 asserted",
            "member Russia SCO 2001..2005-07-12 asserted",
            "member Uzbekistan SCO 2001..2005-07-12 asserted",
            "observer India SCO 2005-07-12 asserted",
            "observer Iran SCO 2005-07-12 asserted",
            "observer Mongolia SCO 2004..2005-07-12 asserted",
        ],
    );
}

#[test]
fn the_news_of_the_day_is_the_topic_not_a_founding_in_passing() {
    // An article reporting a state's suspension of its membership is about that organisation;
    // an undated founding told in the pluperfect does not make its organisation the topic.
    check(
        "2008-11-15",
        "Uzbekistan has suspended its membership of the Eurasian Economic Community. The Central \
         Asian Cooperation Organization, which Tashkent had helped to found, was folded into it \
         in 2006. The remaining five members — Russia, Belarus, Kazakhstan, Kyrgyzstan and \
         Tajikistan — have said little.",
        &[
            "count EurAsEC 5 members 2008-11-15",
            "founded Uzbekistan CACO ..2008-11-15 asserted",
            "member Belarus EurAsEC 2008-11-15 asserted",
            "member Kazakhstan EurAsEC 2008-11-15 asserted",
            "member Kyrgyzstan EurAsEC 2008-11-15 asserted",
            "member Russia EurAsEC 2008-11-15 asserted",
            "member Tajikistan EurAsEC 2008-11-15 asserted",
            "suspended Uzbekistan EurAsEC ..2008-11-15 asserted",
        ],
    );
}

#[test]
fn since_opening_a_conjunct_and_an_apposition_keeps_its_own_modality() {
    check(
        "2007-01-15",
        "Turkmenistan has never joined the CSTO, and since August 2005 it has been only an \
         associate member of the CIS.",
        &[
            "associate Turkmenistan CIS 2005-08..2007-01-15 asserted",
            "joined Turkmenistan CSTO ..2007-01-15 negated",
        ],
    );
    // ("on paper" hedges the count's claim, not the apposition on Turkmenistan)
    check(
        "2009-08-28",
        "The Commonwealth now has eleven members on paper, among them Turkmenistan, an associate \
         member since 2005.",
        &[
            "associate Turkmenistan CIS 2005..2009-08-28 asserted",
            "count CIS 11 members 2009-08-28",
        ],
    );
}

#[test]
fn his_country_led_out_and_the_last_day_of_that_year() {
    check(
        "2004-01-26",
        "Georgia joined the CIS in 1993. Belarus acceded to the Tashkent Treaty on the last day \
         of that year. President Niyazov led his country out of the CIS.",
        &[
            "joined Belarus CST 1993-12-31 asserted",
            "joined Georgia CIS 1993 asserted",
            "office Saparmurat Niyazov president Turkmenistan 2004-01-26",
            "withdrew Turkmenistan CIS ..2004-01-26 asserted",
        ],
    );
}

#[test]
fn review_fixes_counts_treaties_reports_and_following() {
    // "The organisation" of a count is the one the sentence before named, even when the news
    // makes another the topic.
    check(
        "2005-05-06",
        "Uzbekistan quit GUUAM this week. Tashkent remains in the CIS. The organisation has \
         twelve members. Eleven CIS members remain after Georgia's departure.",
        &[
            "count CIS 11 members 2005-05-06",
            "count CIS 12 members 2005-05-06",
            "member Uzbekistan CIS 2005-05-06 asserted",
            "withdrew Uzbekistan GUAM ..2005-05-06 asserted",
        ],
    );
    // "The treaty" of a body that is no treaty organisation is the one named last.
    check(
        "2000-10-12",
        "The EurAsEC treaty was signed in Astana on 10 October. The treaty now binds two \
         states—Russia and Belarus.",
        &[
            "member Belarus EurAsEC 2000-10-12 asserted",
            "member Russia EurAsEC 2000-10-12 asserted",
        ],
    );
    // A date right after a verb of reporting dates the report; "the day before yesterday".
    check(
        "2008-08-19",
        "Officials said yesterday that Georgia had formally left the CIS. Uzbekistan quit GUUAM \
         the day before yesterday.",
        &[
            "withdrew Georgia CIS ..2008-08-19 asserted",
            "withdrew Uzbekistan GUAM 2008-08-17 asserted",
        ],
    );
    // "followed" repeats no relative clause's event, nor stands for another act ("by ...").
    check(
        "2008-07-03",
        "Azerbaijan, which joined the CIS in 1993, hosted a GUAM summit in Baku. Georgia \
         followed on 1 July. Georgia said it would quit the CIS on 14 August. Russia followed on \
         26 August by recognising Abkhazia.",
        &[
            "joined Azerbaijan CIS 1993 asserted",
            "withdrew Georgia CIS 2008-08-14 planned",
        ],
    );
    // An organisation's name qualifying a noun is not the organisation; a participle of
    // another act does not date a stay.
    check(
        "1999-04-05",
        "Moldova stays out of the CIS military structures. Armenia stayed in the Collective \
         Security Treaty, its president travelling to Moscow on 2 April.",
        &["member Armenia CST 1999-04-05 asserted"],
    );
}

#[test]
fn merely_an_associate_since_last_friday() {
    check(
        "2005-09-02",
        "Turkmenistan, which since last Friday has been merely an associate member of the CIS, \
         stays neutral.",
        &["associate Turkmenistan CIS 2005-08-26..2005-09-02 asserted"],
    );
}

#[test]
fn having_signed_it_and_a_list_with_its_relative_clause() {
    check(
        "2001-07-16",
        "Tashkent's path was not straight. Having signed the Tashkent Treaty in 1992, it \
         withdrew from it in April 1999.",
        &[
            "signed Uzbekistan CST 1992 asserted",
            "withdrew Uzbekistan CST 1999-04 asserted",
        ],
    );
    check(
        "2000-05-25",
        "Whether the Shanghai Five — China, Russia and Tajikistan, which have met annually since \
         1996 — will admit Uzbekistan is the question.",
        &[
            "member China SCO 2000-05-25 asserted",
            "member Russia SCO 2000-05-25 asserted",
            "member Tajikistan SCO 2000-05-25 asserted",
        ],
    );
}

#[test]
fn days_later_count_on_from_the_day_before() {
    // "Four days later" and "the following day" count on from the day the story was at; "a
    // fortnight later, on 21 December" is the day named.
    check(
        "1999-07-12",
        "Georgia left the Tashkent Treaty on 20 April 1999. Four days later Uzbekistan joined \
         GUAM. The following day Azerbaijan joined GUAM.",
        &[
            "joined Azerbaijan GUAM 1999-04-25 asserted",
            "joined Uzbekistan GUAM 1999-04-24 asserted",
            "withdrew Georgia CST 1999-04-20 asserted",
        ],
    );
    check(
        "2011-12-12",
        "Russia, Ukraine and Belarus founded the CIS on 8 December 1991. A fortnight later at \
         Alma-Ata, on 21 December, Armenia and Moldova joined them.",
        &[
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "joined Armenia CIS 1991-12-21 asserted",
            "joined Moldova CIS 1991-12-21 asserted",
        ],
    );
}

#[test]
fn stopped_taking_part_and_attending() {
    check(
        "2005-05-27",
        "GUUAM met in Chisinau. Uzbekistan stopped attending the group's meetings in 2002. The \
         Tashkent Treaty came up for renewal in 1999. Georgia let its membership lapse without \
         ceremony.",
        &[
            "suspended Uzbekistan GUAM 2002 asserted",
            "withdrew Georgia CST ..2005-05-27 asserted",
        ],
    );
}

#[test]
fn a_list_answering_a_question_about_members() {
    // "Who's in the CSTO?" followed by a list alone (after "Six countries:" or not) names its
    // members (and the number heading it, when it counts them, their count); a question without the organisation asks about the article's topic; a list
    // that answers no question names no one.
    check(
        "2012-06-30",
        "Uzbekistan has suspended its membership of the CSTO. Who's still fully in? Armenia, \
         Belarus and Russia, the three that matter most. Who's in the SCO? Six countries: China, Russia, Kazakhstan, \
         Kyrgyzstan, Tajikistan and Uzbekistan. Georgia and Ukraine.",
        &[
            "count SCO 6 members 2012-06-30",
            "member Armenia CSTO 2012-06-30 asserted",
            "member Belarus CSTO 2012-06-30 asserted",
            "member China SCO 2012-06-30 asserted",
            "member Kazakhstan SCO 2012-06-30 asserted",
            "member Kyrgyzstan SCO 2012-06-30 asserted",
            "member Russia CSTO 2012-06-30 asserted",
            "member Russia SCO 2012-06-30 asserted",
            "member Tajikistan SCO 2012-06-30 asserted",
            "member Uzbekistan SCO 2012-06-30 asserted",
            "suspended Uzbekistan CSTO ..2012-06-30 asserted",
        ],
    );
}

#[test]
fn only_a_question_for_the_members_is_answered_by_a_list() {
    // "Who left?", "Who is not in the CSTO?", "Who's in charge?" and "Who's in Moscow?" ask
    // after no members; "Who is in the WTO?" asks after the WTO's, not the topic's; "Who's in
    // the treaty today?" after the treaty's.
    check(
        "2006-08-17",
        "Uzbekistan rejoined the CSTO this week. Who left? Georgia and Azerbaijan. Who is not in \
         the CSTO? Georgia and Ukraine. Who's in charge? Russia and Belarus, mostly. Who's in \
         Moscow for the summit? Armenia and Russia. Who is in the WTO? Armenia and Kyrgyzstan. \
         Who's in the treaty today? Russia and Tajikistan.",
        &[
            "member Armenia WTO 2006-08-17 asserted",
            "member Kyrgyzstan WTO 2006-08-17 asserted",
            "member Russia CSTO 2006-08-17 asserted",
            "member Tajikistan CSTO 2006-08-17 asserted",
            "rejoined Uzbekistan CSTO ..2006-08-17 asserted",
        ],
    );
}

#[test]
fn review_fixes_days_later_from_a_day_and_bare_stopping() {
    // "Four days later" after a month named counts from no day; a bare "stopped taking part"
    // after talks is no suspension from the topic; a period opening a relative clause does not
    // date a status past it.
    check(
        "2005-08-30",
        "Uzbekistan quit GUUAM in May 2005. Four days later Azerbaijan left the CIS. GUUAM has \
         been drifting. The Karabakh talks in Minsk went nowhere. Armenia stopped taking part \
         last year. Turkmenistan, which since last Friday has been complaining that the CIS is \
         useless, remains merely an associate member.",
        &[
            "associate Turkmenistan CIS 2005-08-30 asserted",
            "withdrew Azerbaijan CIS ..2005-08-30 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
}

#[test]
fn formed_the_consultative_forum() {
    check(
        "1997-10-11",
        "GUAM was launched in Strasbourg. Georgia, Ukraine, Azerbaijan and Moldova formed the \
         consultative forum yesterday.",
        &[
            "founded - GUAM ..1997-10-11 asserted",
            "founded Azerbaijan GUAM 1997-10-10 asserted",
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Moldova GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
        ],
    );
}

#[test]
fn an_organisation_described_by_its_members() {
    // An apposition to a name, with adjectives however hyphenated, an indefinite article, or the
    // name inside the phrase; "made up of", "comprising". Not an indefinite grouping that stands
    // apart from a name, and not one whose organisation is not known.
    check(
        "2006-08-17",
        "In 1999 Uzbekistan joined GUUAM, the pro-Western grouping of Georgia, Ukraine, \
         Azerbaijan and Moldova. Talks were held within the SCO, made up of China, Russia, \
         Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan. The CSTO, comprising Armenia and \
         Belarus among others, met. Russia, a member of the CIS, proposed a grouping of Belarus \
         and Kazakhstan. Armenia joined the Russian-led bloc of Belarus and Kazakhstan.",
        &[
            "joined Uzbekistan GUAM 1999 asserted",
            "member Armenia CSTO 2006-08-17 asserted",
            "member Azerbaijan GUAM 2006-08-17 asserted",
            "member Belarus CSTO 2006-08-17 asserted",
            "member China SCO 2006-08-17 asserted",
            "member Georgia GUAM 2006-08-17 asserted",
            "member Kazakhstan SCO 2006-08-17 asserted",
            "member Kyrgyzstan SCO 2006-08-17 asserted",
            "member Moldova GUAM 2006-08-17 asserted",
            "member Russia CIS 2006-08-17 asserted",
            "member Russia SCO 2006-08-17 asserted",
            "member Tajikistan SCO 2006-08-17 asserted",
            "member Ukraine GUAM 2006-08-17 asserted",
            "member Uzbekistan SCO 2006-08-17 asserted",
        ],
    );
    check(
        "2006-08-17",
        "Uzbekistan, GUUAM's fifth member, met with the GUAM group of Georgia, Ukraine, \
         Azerbaijan and Moldova.",
        &[
            "member Azerbaijan GUAM 2006-08-17 asserted",
            "member Georgia GUAM 2006-08-17 asserted",
            "member Moldova GUAM 2006-08-17 asserted",
            "member Ukraine GUAM 2006-08-17 asserted",
            "member Uzbekistan GUAM 2006-08-17 asserted",
        ],
    );
}

#[test]
fn a_leader_or_government_acts_for_the_state() {
    // "The Uzbek president", "Uzbekistan's leader", "Georgia's foreign minister" opening a
    // clause act for the state; not one after a preposition.
    check(
        "2001-06-09",
        "On Thursday the Uzbek president signed the GUUAM charter. Georgia's foreign minister \
         signed it too. Talks with the Kyrgyz president joined nothing. The Moldovan government \
         has suspended its GUUAM membership.",
        &[
            "signed Georgia GUAM ..2001-06-09 asserted",
            "signed Uzbekistan GUAM 2001-06-07 asserted",
            "suspended Moldova GUAM ..2001-06-09 asserted",
        ],
    );
}

#[test]
fn forerunners_readmission_and_stopping_being_part() {
    // "the CSTO's forerunner", "the forerunner of the CSTO", "the organisation's forerunner,
    // the Collective Security Treaty" are the treaty; "was readmitted" is a return (not
    // "readmitted that ..."); "stopped being part of" is a withdrawal.
    check(
        "2009-08-19",
        "Uzbekistan quit the CSTO's forerunner in 1999. Azerbaijan left the forerunner of the \
         CSTO in 1999 too. Georgia quit the organisation's forerunner, the Collective Security \
         Treaty, in 1999. Uzbekistan was readmitted to the CSTO in 2006. On Tuesday, Georgia \
         simply stopped being part of the Commonwealth of Independent States.",
        &[
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CIS 2009-08-18 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn nor_and_neither_repeat_a_denial() {
    // In the sentence ("; nor is Moldova", ", and neither is Armenia", "neither did Moldova")
    // and opening the next ("Nor, most conspicuously, is Ukraine."), only a denial is repeated;
    // not one told in a relative clause ("..., which has stayed outside the treaty, was not
    // mentioned. Nor was Ukraine.").
    check(
        "2000-10-19",
        "Ukraine is not a party to the Tashkent Treaty; nor is Moldova. Uzbekistan is not a \
         member of EurAsEC, and neither is Armenia. Turkmenistan, which is neutral, is not a \
         member of the SCO either. Nor, most conspicuously, is Azerbaijan. Georgia did not leave \
         the CIS, and neither did Belarus. Georgia joined GUAM. Nor is Russia happy.",
        &[
            "joined Georgia GUAM ..2000-10-19 asserted",
            "not_member Armenia EurAsEC 2000-10-19 asserted",
            "not_member Azerbaijan SCO 2000-10-19 asserted",
            "not_member Moldova CST 2000-10-19 asserted",
            "not_member Turkmenistan SCO 2000-10-19 asserted",
            "not_member Ukraine CST 2000-10-19 asserted",
            "not_member Uzbekistan EurAsEC 2000-10-19 asserted",
            "withdrew Belarus CIS ..2000-10-19 negated",
            "withdrew Georgia CIS ..2000-10-19 negated",
        ],
    );
    check(
        "1996-05-16",
        "Turkmenistan, which has stayed outside the Tashkent Treaty since 1992, was not \
         mentioned. Nor was Ukraine.",
        &["not_member Turkmenistan CST 1992..1996-05-16 asserted"],
    );
}

#[test]
fn counted_members_in_brackets_and_a_name_given() {
    // "it now binds nine (A, B, ...)": the organisation "it" stands for, past an adverb;
    // "put their names to what everyone is already calling the Tashkent Treaty".
    check(
        "1994-04-28",
        "The Tashkent Treaty entered into force last week. Signed in 1992 by six states, it now \
         binds four (Armenia, Belarus, Russia and Tajikistan).",
        &[
            "member Armenia CST 1994-04-28 asserted",
            "member Belarus CST 1994-04-28 asserted",
            "member Russia CST 1994-04-28 asserted",
            "member Tajikistan CST 1994-04-28 asserted",
        ],
    );
    check(
        "1992-05-21",
        "Armenia and Uzbekistan put their names to what everyone is already calling the \
         Tashkent Treaty.",
        &[
            "signed Armenia CST ..1992-05-21 asserted",
            "signed Uzbekistan CST ..1992-05-21 asserted",
        ],
    );
}

#[test]
fn welcomed_into_the_group_and_a_capitals_pact() {
    // Whoever admits, "welcomed A into the group" admits A to the organisation named or
    // pointed back to, dated from its own conjunct; "Moscow's military pact" is the treaty
    // pointed back to; "turned its back on" tells no withdrawal.
    check(
        "2005-05-09",
        "On Saturday the presidents of the four GUAM states welcomed Uzbekistan into their \
         group. Uzbekistan has been in the SCO since 2001, and last year it welcomed Russia into \
         the Central Asian Cooperation Organization. Putin welcomed Karimov to the Kremlin.",
        &[
            "count GUAM 4 members 2005-05-09",
            "joined Russia CACO 2004 asserted",
            "joined Uzbekistan GUAM 2005-05-07 asserted",
            "member Uzbekistan SCO 2001..2005-05-09 asserted",
        ],
    );
    check(
        "1999-04-29",
        "Belarus joined the Tashkent Treaty in 1993. It now belongs both to Moscow's military \
         pact and to NATO's Partnership for Peace. Tashkent has turned its back on Moscow's \
         security pact.",
        &[
            "joined Belarus CST 1993 asserted",
            "member Belarus CST 1999-04-29 asserted",
            "member Belarus PfP 1999-04-29 asserted",
        ],
    );
}

#[test]
fn denied_membership_of_several_and_a_frozen_place() {
    // "not a member of A, B or C" denies each; "has frozen its place in it" suspends.
    check(
        "2012-07-05",
        "Turkmenistan is not a member of the CSTO, the SCO or EurAsEC. Uzbekistan rejoined the \
         CSTO in 2006 and has now frozen its place in it. Uzbekistan took its seat at the CSTO \
         summit.",
        &[
            "not_member Turkmenistan CSTO 2012-07-05 asserted",
            "not_member Turkmenistan EurAsEC 2012-07-05 asserted",
            "not_member Turkmenistan SCO 2012-07-05 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "suspended Uzbekistan CSTO ..2012-07-05 asserted",
        ],
    );
}

#[test]
fn a_wire_datelines_place_and_date_are_no_claims() {
    // "MOSCOW, June 14 (Meridian) - ...": the dateline's date is the dispatch's, its place no
    // state mentioned ("it" below is Uzbekistan); "TBILISI —" alone; not an organisation
    // opening a sentence with a dash ("GUAM - A, B, C and D - met").
    check(
        "2002-06-14",
        "MOSCOW, June 14 (Meridian) - Uzbekistan has suspended its participation in GUUAM, the \
         grouping it joined three years ago, officials said.",
        &[
            "joined Uzbekistan GUAM 1999 asserted",
            "suspended Uzbekistan GUAM ..2002-06-14 asserted",
        ],
    );
    check(
        "2002-06-14",
        "TBILISI — Georgia has left the CIS. GUAM - Georgia, Ukraine, Azerbaijan and Moldova - \
         met.",
        &[
            "member Azerbaijan GUAM 2002-06-14 asserted",
            "member Georgia GUAM 2002-06-14 asserted",
            "member Moldova GUAM 2002-06-14 asserted",
            "member Ukraine GUAM 2002-06-14 asserted",
            "withdrew Georgia CIS ..2002-06-14 asserted",
        ],
    );
}

#[test]
fn a_charter_signed_by_its_members() {
    // "a summit of GUUAM, where its five members — ... — signed a charter": the organisation
    // "its" points back to, not the article's topic.
    check(
        "2001-06-16",
        "The SCO was founded yesterday. Karimov attended a summit of GUUAM in Yalta last week, \
         where its two members - Georgia and Uzbekistan - signed a charter on June 7.",
        &[
            "count GUAM 2 members 2001-06-16",
            "founded - SCO 2001-06-15 asserted",
            "member Georgia GUAM 2001-06-07 asserted",
            "member Uzbekistan GUAM 2001-06-07 asserted",
            "signed Georgia GUAM 2001-06-07 asserted",
            "signed Uzbekistan GUAM 2001-06-07 asserted",
        ],
    );
}

#[test]
fn a_states_membership_changed_and_dates_by_reference() {
    // "Uzbekistan's membership of the treaty lapsed" withdraws, "was suspended" suspends, "a
    // protocol restoring Uzbekistan's membership of the CSTO" returns, dated by the signing;
    // "on the same date" is the date of the event told before; "in September, on the 24th"
    // is that day; "a charter renaming it the Organization for Democracy and Economic
    // Development" is GUAM's.
    check(
        "2006-08-24",
        "In Sochi on 16 August Karimov signed a protocol restoring Uzbekistan's membership of the \
         CSTO. Georgia's membership of the CIS suspended all debate.",
        &["rejoined Uzbekistan CSTO 2006-08-16 asserted"],
    );
    check(
        "1999-04-29",
        "Uzbekistan's membership of the Collective Security Treaty lapsed on 20 April. Georgia \
         and Azerbaijan, likewise, left the treaty on the same date. Armenia's membership in the \
         CIS was suspended in March.",
        &[
            "suspended Armenia CIS 1999-03 asserted",
            "withdrew Azerbaijan CST 1999-04-20 asserted",
            "withdrew Georgia CST 1999-04-20 asserted",
            "withdrew Uzbekistan CST 1999-04-20 asserted",
        ],
    );
    check(
        "2006-08-24",
        "Azerbaijan joined the Tashkent Treaty in September 1993, on the 24th. The CSTO met. In \
         May, Georgia, Ukraine, Azerbaijan and Moldova signed a charter renaming it the \
         Organization for Democracy and Economic Development.",
        &[
            "joined Azerbaijan CST 1993-09-24 asserted",
            "signed Azerbaijan GUAM 2006-05 asserted",
            "signed Georgia GUAM 2006-05 asserted",
            "signed Moldova GUAM 2006-05 asserted",
            "signed Ukraine GUAM 2006-05 asserted",
        ],
    );
}

#[test]
fn from_which_and_everything_listed() {
    // "the Collective Security Treaty, from which Uzbekistan withdrew in 1999"; "belongs to
    // almost everything: A, B, ..."; a suspended membership dated in its own conjunct.
    check(
        "2012-12-27",
        "That pays him in ways that neither GUUAM nor the Collective Security Treaty, from which \
         Uzbekistan withdrew in 1999, ever could. Tashkent now belongs to almost everything: the \
         CIS, the SCO and NATO's Partnership for Peace. The Tashkent Treaty, signed in May 1992, \
         has lived twenty years, and on 19 December Uzbekistan's membership of the CSTO was \
         formally suspended.",
        &[
            "member Uzbekistan CIS 2012-12-27 asserted",
            "member Uzbekistan PfP 2012-12-27 asserted",
            "member Uzbekistan SCO 2012-12-27 asserted",
            "suspended Uzbekistan CSTO 2012-12-19 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn the_first_state_to_join() {
    // "was the first ... to join", "became the last ... to join", "is the first state ever to
    // have left": the state the superlative describes. (Since the thirty-sixth session, with an
    // organisation in the description and nothing joined named, the joining is of what a bare
    // "joined" would be of, never the describing one: every annotator reads it so.)
    check(
        "1995-01-19",
        "Ukraine was the first CIS state to join the Partnership for Peace in February 1994. \
         Georgia is the first state ever to have left the Tashkent Treaty. Tajikistan became the \
         last former Soviet republic to join NATO's Partnership for Peace in December. Belarus \
         was the first Commonwealth state to join, last month.",
        &[
            "joined Belarus PfP 1994-12 asserted",
            "joined Tajikistan PfP 1994-12 asserted",
            "joined Ukraine PfP 1994-02 asserted",
            // (since the thirty-fourth session: the first CIS state is a CIS member)
            "member Belarus CIS 1995-01-19 asserted",
            "member Ukraine CIS 1995-01-19 asserted",
            "withdrew Georgia CST ..1995-01-19 asserted",
        ],
    );
}

#[test]
fn back_in_the_bloc_pointed_back_to_and_a_reported_departure() {
    // "is back in it", "is in it again", "is back in the security bloc": the organisation
    // pointed back to; not "is in it for the money", "in the bloc's good books",
    // "the Moscow-led security talks". ("left the Moscow-led bloc" points back to one Russia is
    // in, by the reference timeline, since the seventeenth session.)
    check(
        "2010-07-19",
        "The CSTO met in June. Uzbekistan is back in it. Armenia left the Moscow-led bloc. \
         Kyrgyzstan is in it for the money. Belarus is in the bloc's good books. Tajikistan \
         rejoined the Moscow-led security talks.",
        &[
            "member Uzbekistan CSTO 2010-07-19 asserted",
            "withdrew Armenia CSTO ..2010-07-19 asserted",
        ],
    );
    check(
        "2006-09-18",
        "Uzbekistan rejoined the CSTO in June. Uzbekistan is back in the security bloc.",
        &[
            "member Uzbekistan CSTO 2006-09-18 asserted",
            "rejoined Uzbekistan CSTO 2006-06 asserted",
        ],
    );
    // A past progressive reported after "told ... that" is a plan, even inside a clause of time
    // before the report; not one in a clause of time of its own.
    check(
        "2008-08-15",
        "Two days after Saakashvili told a rally that Georgia was quitting the CIS, parliament \
         met. Officials said that as Georgia was leaving the GUAM summit hall, Russia \
         protested.",
        &["withdrew Georgia CIS 2008-08-15.. planned"],
    );
}

#[test]
fn review_fixes_changed_memberships_and_described_organisations() {
    // A membership whose change is told only as the subject of an intransitive verb or by a
    // signed protocol: not talks on it, a debate about it, "ended the debate", "ended up", a
    // protocol proposed or ratified.
    check(
        "2006-08-24",
        "Talks on Uzbekistan's membership of the CSTO were suspended on Friday. The debate about \
         Ukraine's membership of the CIS has ended. Uzbekistan's membership of the CSTO ended \
         Tashkent's flirtation with Washington. Uzbekistan's membership of GUUAM ended up being \
         a formality. Moscow proposed a protocol restoring Uzbekistan's membership of the CSTO \
         in 2005. Parliament ratified a protocol restoring Uzbekistan's membership of the CSTO \
         on Friday. On 16 August, Karimov and Putin signed a protocol restoring Uzbekistan's \
         membership of the CSTO.",
        &["rejoined Uzbekistan CSTO 2006-08-16 asserted"],
    );
    // "made up of", "comprising" describe only the organisation right before them, as it
    // stands or stood; not a body of it, one proposed or imagined, or one "no longer" so.
    check(
        "2006-08-24",
        "In 1999 the CST was made up of Armenia and Belarus. The CSTO's collective force, \
         comprising Russia and Tajikistan, numbers 1,500 men. The CSTO summit, made up of Russia \
         and Armenia only, was poorly attended. A CSTO made up of Russia and Belarus alone would \
         be meaningless. Russia proposed a customs union comprising Belarus and Kazakhstan. The \
         CSTO is no longer made up of Georgia and Azerbaijan. GUAM, originally comprising \
         Georgia and Ukraine, grew.",
        &[
            "member Armenia CST 1999 asserted",
            "member Belarus CST 1999 asserted",
            "member Georgia GUAM ..2006-08-24 asserted",
            "member Ukraine GUAM ..2006-08-24 asserted",
        ],
    );
}

#[test]
fn review_fixes_objects_of_their_own_and_other_documents() {
    // "from which Uzbekistan withdrew its troops"; "the SCO foreign ministers", "the CIS
    // Inter-Parliamentary Assembly"; a charter on something or with someone else; "on the
    // 24th floor"; "Moscow's military pact with Armenia"; "the CSTO's forerunner's force".
    check(
        "2006-08-24",
        "The CSTO, from which Uzbekistan withdrew its troops in 2005, met in Minsk. Uzbekistan \
         joined the SCO foreign ministers in Astana on Friday. The Georgian parliament has left \
         the CIS Inter-Parliamentary Assembly. Georgia, which has never joined Moscow's military \
         pact with Armenia, sent no one. Uzbekistan joined the CSTO's forerunner's \
         rapid-deployment force in 2001. Russia signed the CSTO's forerunner agreement on air \
         defence in 1995.",
        &[],
    );
    check(
        "2005-05-10",
        "At a summit of GUUAM, where its two members - Georgia and Ukraine - signed a charter on \
         energy security in 2003, Russia was absent.",
        &[
            "count GUAM 2 members 2005-05-10",
            "member Georgia GUAM 2003 asserted",
            "member Ukraine GUAM 2003 asserted",
        ],
    );
    check(
        "1994-01-10",
        "Azerbaijan joined the Collective Security Treaty in September, on the 24th floor of \
         the Kremlin hotel.",
        &["joined Azerbaijan CST 1993-09 asserted"],
    );
    // Datelines with the city as written, a year, or split off by a full stop.
    check(
        "2012-06-16",
        "Moscow, June 14 (Interfax) - Uzbekistan has suspended its membership of the CSTO. \
         MOSCOW, June 14, 2012 (Interfax) - Georgia has left the CIS. June 14 (Interfax) - \
         Armenia has joined the WTO.",
        &[
            "joined Armenia WTO ..2012-06-16 asserted",
            "suspended Uzbekistan CSTO ..2012-06-16 asserted",
            "withdrew Georgia CIS ..2012-06-16 asserted",
        ],
    );
}

#[test]
fn background_boxes() {
    // A box's lines: "ORG: A, B, C." and "ORG (ABBR): ...; X since January." name members at
    // the article's date; a field ("Founded:", "Signed:", "Joined:", "Acceded:", "Members:")
    // is about the organisation the heading named, for every field of the box.
    check(
        "1999-04-28",
        "Uzbekistan joined GUUAM.\n\nBACKGROUND: GUUAM\n\nFounded: 10 October 1997, Strasbourg, \
         by Georgia and Ukraine.\n\nJoined: Uzbekistan, 24 April 1999.\n\nMembers: Georgia, \
         Ukraine and Uzbekistan.\n\nBACKGROUND: THE TASHKENT TREATY\n\nSigned: 15 May 1992, by \
         Armenia and Kazakhstan.\n\nAcceded: Azerbaijan (24 September 1993), Belarus (31 \
         December 1993).\n\nSCO: China, Kazakhstan, Russia.\n\nCollective Security Treaty \
         (CST): Armenia, Belarus; Tajikistan since January.",
        &[
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
            "joined Azerbaijan CST 1993-09-24 asserted",
            "joined Belarus CST 1993-12-31 asserted",
            "joined Uzbekistan GUAM ..1999-04-28 asserted",
            "joined Uzbekistan GUAM 1999-04-24 asserted",
            "member Armenia CST 1999-04-28 asserted",
            "member Belarus CST 1999-04-28 asserted",
            "member China SCO 1999-04-28 asserted",
            "member Georgia GUAM 1999-04-28 asserted",
            "member Kazakhstan SCO 1999-04-28 asserted",
            "member Russia SCO 1999-04-28 asserted",
            "member Tajikistan CST 1999..1999-04-28 asserted",
            "member Ukraine GUAM 1999-04-28 asserted",
            "member Uzbekistan GUAM 1999-04-28 asserted",
            "signed Armenia CST 1992-05-15 asserted",
            "signed Kazakhstan CST 1992-05-15 asserted",
        ],
    );
}

#[test]
fn a_box_about_one_state() {
    // "BACKGROUND: AZERBAIJAN'S MEMBERSHIPS" makes the box's lines about Azerbaijan: "CIS:
    // member since September 1993.", "Collective Security Treaty: joined 1993, left 1999.",
    // "GUUAM: founder, October 1997."; a heading naming no state ends it.
    check(
        "2003-11-05",
        "Aliyev won.\n\nBACKGROUND: AZERBAIJAN'S MEMBERSHIPS\n\nCIS: member since September \
         1993.\n\nCollective Security Treaty: joined 1993, left 1999.\n\nGUUAM: founder, October \
         1997.\n\nPfP: joined May 1994.\n\nPOSITIONS: THE PRESIDENCY\n\nCSTO: rejoined 2006.",
        &[
            "founded Azerbaijan GUAM 1997-10 asserted",
            "joined Azerbaijan CST 1993 asserted",
            "joined Azerbaijan PfP 1994-05 asserted",
            "member Azerbaijan CIS 1993-09..2003-11-05 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
        ],
    );
}

#[test]
fn an_abbreviation_in_brackets_is_part_of_the_name() {
    // "the Shanghai Cooperation Organisation (SCO)": lists of organisations and the words after
    // the name read past it.
    check(
        "2008-11-20",
        "Kyrgyzstan belongs to the Commonwealth of Independent States (CIS) and the Shanghai \
         Cooperation Organisation (SCO). Belarus is a member of the Collective Security Treaty \
         Organization (CSTO) and the Eurasian Economic Community (EurAsEC).",
        &[
            "member Belarus CSTO 2008-11-20 asserted",
            "member Belarus EurAsEC 2008-11-20 asserted",
            "member Kyrgyzstan CIS 2008-11-20 asserted",
            "member Kyrgyzstan SCO 2008-11-20 asserted",
        ],
    );
}

#[test]
fn a_boxs_line_with_no_subject() {
    // "Founded in October 1997 in Strasbourg by A, B." under a heading naming the
    // organisation; not a participle opening a sentence with a subject of its own.
    check(
        "2005-05-20",
        "Uzbekistan left.\n\nBACKGROUND: GUAM IN BRIEF\n\nFounded in October 1997 in Strasbourg \
         by Georgia and Ukraine. Uzbekistan joined in April 1999.",
        &[
            "founded Georgia GUAM 1997-10 asserted",
            "founded Ukraine GUAM 1997-10 asserted",
            "joined Uzbekistan GUAM 1999-04 asserted",
        ],
    );
}

#[test]
fn second_review_boxes_and_protocols() {
    // A new state heading (with or without a label) starts a new box; a heading about
    // something else makes no state box; box lines with an object of their own, a hedge, a
    // past range or "founder member"; no box without a heading.
    check(
        "2010-08-24",
        "Aliyev spoke.\n\nBACKGROUND: AZERBAIJAN'S MEMBERSHIPS\n\nCIS: member since September \
         1993.\n\nARMENIA'S MEMBERSHIPS\n\nCSTO: member since 2002.\n\nCIS: founder member, \
         December 1991.\n\nBACKGROUND: GEORGIA'S MEMBERSHIPS\n\nCIS: member 1993-2009.\n\nGUAM: a \
         member in name only.\n\nBACKGROUND: THE WAR IN GEORGIA\n\nNATO: suspended meetings of \
         the NATO-Russia Council.\n\nBACKGROUND: BELARUS\n\nCSTO: left the decision to \
         Moscow.\n\nBACKGROUND: THE CIS EXECUTIVE COMMITTEE\n\nFounded: 1999, Minsk, Belarus.",
        &[
            "member Armenia CIS 2010-08-24 asserted",
            "member Armenia CSTO 2002..2010-08-24 asserted",
            "member Azerbaijan CIS 1993-09..2010-08-24 asserted",
            "member Georgia CIS 1993..2009 asserted",
            "member Georgia GUAM 2010-08-24 hedged",
        ],
    );
    check(
        "2008-04-10",
        "Brussels watches the east.\n\nEU: Moldova, Ukraine, Georgia. The three are the EU's \
         most eager eastern neighbours.",
        &[],
    );
    // A protocol's signing tells its modality; a dateline of another year is no dateline;
    // "the NATO-led force" is no organisation (the first CSTO state is a CSTO member).
    check(
        "2006-08-24",
        "Moscow has not signed a protocol restoring Uzbekistan's membership of the CSTO. \
         Tashkent, 15 May 1992 - Armenia and Russia signed the Collective Security Treaty. \
         Armenia was the first CSTO state to join the NATO-led force in Kosovo.",
        &[
            "member Armenia CSTO 2006-08-24 asserted",
            "rejoined Uzbekistan CSTO ..2006-08-24 negated",
            "signed Armenia CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
        ],
    );
}

#[test]
fn welcomed_into_in_the_passive() {
    // "was welcomed into GUAM" joins, "was welcomed back into" returns; not "was welcomed into
    // the Kremlin" (no organisation).
    check(
        "2006-08-24",
        "Uzbekistan was welcomed into GUAM on Saturday. Uzbekistan was welcomed back into the \
         CSTO in June. Karimov was welcomed into the Kremlin.",
        &[
            "joined Uzbekistan GUAM 2006-08-19 asserted",
            "rejoined Uzbekistan CSTO 2006-06 asserted",
        ],
    );
}

#[test]
fn neither_nor_and_will_not() {
    // "neither a member of X nor of Y" denies both; "nor will Moldova" repeats a refusal;
    // "did not renew the treaty, nor did Azerbaijan" repeats the lapse, not a plain
    // withdrawal ("left the CIS in 2009, nor did ...").
    check(
        "2006-08-24",
        "Turkmenistan is neither a member of the CSTO nor of the SCO. Ukraine will not join the \
         CSTO, nor will Moldova. Georgia did not renew the Collective Security Treaty in 1999, \
         nor did Azerbaijan. Belarus left GUAM in 2005, nor did Armenia.",
        &[
            "joined Moldova CSTO 2006-08-24.. negated",
            "joined Ukraine CSTO 2006-08-24.. negated",
            "not_member Turkmenistan CSTO 2006-08-24 asserted",
            "not_member Turkmenistan SCO 2006-08-24 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Belarus GUAM 2005 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
}

#[test]
fn more_box_lines() {
    // A state's box: "membership suspended", "associate member since", "not a member" (not a
    // member), "never joined" (denied); an organisation's: several "State, date" fields.
    check(
        "2012-12-20",
        "It happened.\n\nBACKGROUND: UZBEKISTAN'S MEMBERSHIPS\n\nCSTO: membership suspended June \
         2012.\n\nCIS: associate member since August 2005.\n\nNATO: not a member.\n\nGUAM: never \
         joined.\n\nBACKGROUND: THE TASHKENT TREATY\n\nJoined: Georgia, December 1993; \
         Azerbaijan, September 1993.",
        &[
            "associate Uzbekistan CIS 2005-08..2012-12-20 asserted",
            "joined Azerbaijan CST 1993-09 asserted",
            "joined Georgia CST 1993-12 asserted",
            "joined Uzbekistan GUAM ..2012-12-20 negated",
            "not_member Uzbekistan NATO 2012-12-20 asserted",
            "suspended Uzbekistan CSTO 2012-06 asserted",
        ],
    );
}

#[test]
fn list_items_open_sentences() {
    // A bullet or a hyphen opening a line starts a sentence, whatever ended the line before,
    // and is no part of it: the subject after it is the sentence's opening subject, shared by
    // a second predicate.
    check(
        "2003-11-05",
        "Where the four stand:\n• Azerbaijan remains a member of GUUAM, and is not a member of \
         the CSTO.\n- Moldova belongs to GUUAM and is not a party to the treaty either.\n* \
         Georgia remains in GUUAM, and is not a member of the CSTO.",
        &[
            "member Azerbaijan GUAM 2003-11-05 asserted",
            "member Georgia GUAM 2003-11-05 asserted",
            "member Moldova GUAM 2003-11-05 asserted",
            "not_member Azerbaijan CSTO 2003-11-05 asserted",
            "not_member Georgia CSTO 2003-11-05 asserted",
            "not_member Moldova CSTO 2003-11-05 asserted",
        ],
    );
    // A wrapped line that opens with an em dash, or a lowercase word after a hyphen, goes on
    // the sentence before.
    check(
        "2003-11-05",
        "Georgia, Ukraine and Azerbaijan\n— the core of GUUAM — stayed out of the CSTO.",
        &[
            "not_member Azerbaijan CSTO 2003-11-05 asserted",
            "not_member Georgia CSTO 2003-11-05 asserted",
            "not_member Ukraine CSTO 2003-11-05 asserted",
        ],
    );
}

#[test]
fn it_after_a_sentence_about_one_state() {
    // A sentence with no subject of its own that names one state leaves it for "it"; one that
    // also names an organisation does not ("it" may be the organisation).
    check(
        "2007-02-22",
        "Start with what Turkmenistan is not. It is not a member of the CSTO. Consider Georgia. \
         It left the CIS in 2009.",
        &[
            "not_member Turkmenistan CSTO 2007-02-22 asserted",
            "withdrew Georgia CIS 2009 asserted",
        ],
    );
    check(
        "2007-02-22",
        "Consider the CSTO and Georgia. It was founded in 2002.",
        &["founded - CSTO 2002 asserted"],
    );
}

#[test]
fn subject_list_with_an_aside_after_its_and() {
    // The subject found back from the verb reads over a short aside after the list's "and".
    check(
        "1993-12-16",
        "Moldova, Turkmenistan and, it hardly needs saying, Ukraine remain outside the CST. \
         Russia and, of course, Armenia belong to it.",
        &[
            "member Armenia CST 1993-12-16 asserted",
            "member Russia CST 1993-12-16 asserted",
            "not_member Moldova CST 1993-12-16 asserted",
            "not_member Turkmenistan CST 1993-12-16 asserted",
            "not_member Ukraine CST 1993-12-16 asserted",
        ],
    );
}

#[test]
fn a_party_with_the_treaty_left_out() {
    // "is not a party" with nothing after it: the treaty the sentence named, else the treaty
    // the sentence before named alone; never another body, nor a party of any other kind.
    check(
        "1992-05-21",
        "Armenia, one of the signatories of the Tashkent Treaty, is at war with Azerbaijan, \
         which is not a party at all.",
        &[
            "not_member Azerbaijan CST 1992-05-21 asserted",
            "signed Armenia CST ..1992-05-21 asserted",
        ],
    );
    check(
        "1997-10-20",
        "Four states formed GUAM on Friday. Belarus is not a party. Russia is a party. The \
         Communists are the largest party.",
        // (the founders counted, that Friday)
        &["count GUAM 4 founders 1997-10-17"],
    );
    check(
        "2002-10-16",
        "Six states signed the charter of the CSTO on Monday. Moldova is not a party either.",
        &["not_member Moldova CSTO 2002-10-16 asserted"],
    );
}

#[test]
fn the_only_state_in_both_and_none_of_which() {
    // "the only state in both A and B" is a member of each; "A, B and C, none of which
    // belongs to X" denies each, and "neither of which has joined" denies the joining.
    check(
        "2001-06-20",
        "Uzbekistan is the only state in both the SCO and GUUAM. The move annoyed Russia, \
         Belarus and Kazakhstan, none of which belongs to the WTO. Georgia and Armenia, neither \
         of which has joined the SCO, abstained. Russia and Belarus, both of which belong to the \
         CIS, objected.",
        &[
            "joined Armenia SCO ..2001-06-20 negated",
            "joined Georgia SCO ..2001-06-20 negated",
            "member Belarus CIS 2001-06-20 asserted",
            "member Russia CIS 2001-06-20 asserted",
            "member Uzbekistan GUAM 2001-06-20 asserted",
            "member Uzbekistan SCO 2001-06-20 asserted",
            "not_member Belarus WTO 2001-06-20 asserted",
            "not_member Kazakhstan WTO 2001-06-20 asserted",
            "not_member Russia WTO 2001-06-20 asserted",
        ],
    );
}

#[test]
fn lines_labelled_with_an_organisation() {
    // "CSTO (7): A, B, ..." in a list under a heading counts and lists the members; a line
    // labelled "NATO:" is about NATO for a status or a verb without an object.
    check(
        "2008-11-24",
        "Uzbekistan stays in the CIS.\n\nBloc comparison, November 2008:\n- CSTO (7): Armenia, \
         Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan.\n- NATO: Georgia and \
         Ukraine are not members; the alliance says both will join one day.",
        &[
            "count CSTO 7 members 2008-11-24",
            "joined Georgia NATO 2008-11-24.. planned",
            "joined Ukraine NATO 2008-11-24.. planned",
            "member Armenia CSTO 2008-11-24 asserted",
            "member Belarus CSTO 2008-11-24 asserted",
            "member Kazakhstan CSTO 2008-11-24 asserted",
            "member Kyrgyzstan CSTO 2008-11-24 asserted",
            "member Russia CSTO 2008-11-24 asserted",
            "member Tajikistan CSTO 2008-11-24 asserted",
            "member Uzbekistan CIS 2008-11-24 asserted",
            "member Uzbekistan CSTO 2008-11-24 asserted",
            "not_member Georgia NATO 2008-11-24 asserted",
            "not_member Ukraine NATO 2008-11-24 asserted",
        ],
    );
}

#[test]
fn members_of_the_one_body_the_sentence_before_named() {
    // A status with its organisation left out, before a semicolon too: the one organisation
    // the sentence before named (not for members listed after a count).
    check(
        "1997-10-14",
        "Four states formed GUAM on Friday. Their ties to the Commonwealth of Independent States \
         vary. Georgia, Azerbaijan and Moldova are full members; Ukraine is one on paper.",
        &[
            "member Azerbaijan CIS 1997-10-14 asserted",
            "member Georgia CIS 1997-10-14 asserted",
            "member Moldova CIS 1997-10-14 asserted",
            "count GUAM 4 founders 1997-10-10",
        ],
    );
}

#[test]
fn comparison_lines_and_a_state_box_under_a_plain_heading() {
    // A heading about where one state stands opens a box about it: "outside since 1999",
    // "outside", "left this month". Lines labelling states with where they stand, and places
    // with the states in them; "the partnership" is the Partnership for Peace named before.
    check(
        "2005-05-24",
        "Andijan changes everything.\n\nWhere Uzbekistan now stands:\n- CIS: member.\n- CSTO: \
         outside since 1999.\n- EurAsEC: outside.\n- GUAM: left this month.",
        &[
            "member Uzbekistan CIS 2005-05-24 asserted",
            "not_member Uzbekistan CSTO 1999..2005-05-24 asserted",
            "not_member Uzbekistan EurAsEC 2005-05-24 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
    check(
        "1995-02-20",
        "Kazakhstan joined NATO's Partnership for Peace in May.\n\nHow the blocs compare:\n- In \
         both the Tashkent treaty and the partnership: Armenia, Belarus.\n- Tajikistan: in the \
         treaty, outside the partnership.\n- Estonia and Latvia: in the partnership, outside the \
         Commonwealth altogether.\n- Outside the treaty: Ukraine and Moldova.",
        &[
            "joined Kazakhstan PfP 1994-05 asserted",
            "member Armenia CST 1995-02-20 asserted",
            "member Armenia PfP 1995-02-20 asserted",
            "member Belarus CST 1995-02-20 asserted",
            "member Belarus PfP 1995-02-20 asserted",
            "member Estonia PfP 1995-02-20 asserted",
            "member Latvia PfP 1995-02-20 asserted",
            "member Tajikistan CST 1995-02-20 asserted",
            "not_member Estonia CIS 1995-02-20 asserted",
            "not_member Latvia CIS 1995-02-20 asserted",
            "not_member Moldova CST 1995-02-20 asserted",
            "not_member Tajikistan PfP 1995-02-20 asserted",
            "not_member Ukraine CST 1995-02-20 asserted",
        ],
    );
    // Not a partnership of another kind, nor a label followed by prose.
    check(
        "1995-02-20",
        "Kazakhstan joined NATO's Partnership for Peace in May. Armenia is in the partnership \
         with Moscow.\n\nOutside the treaty: Ukraine's position is murky.",
        &["joined Kazakhstan PfP 1994-05 asserted"],
    );
}

#[test]
fn non_members_and_an_aside_after_the_first_organisation() {
    // "a non-member", "non-parties" deny; a bracketed aside after the first organisation of a
    // list dates that one alone.
    check(
        "2004-02-05",
        "Ukraine, Moldova and Turkmenistan remain non-parties to the CST. Belarus is a \
         non-member of GUAM. Georgia is a member of the Commonwealth of Independent States \
         (since December 1993), of GUUAM and of NATO's Partnership for Peace.",
        &[
            "member Georgia CIS 1993-12..2004-02-05 asserted",
            "member Georgia GUAM 2004-02-05 asserted",
            "member Georgia PfP 2004-02-05 asserted",
            "not_member Belarus GUAM 2004-02-05 asserted",
            "not_member Moldova CST 2004-02-05 asserted",
            "not_member Turkmenistan CST 2004-02-05 asserted",
            "not_member Ukraine CST 2004-02-05 asserted",
        ],
    );
}

#[test]
fn a_digest_s_attribution_and_places() {
    // "acc. to" attributes as "according to" does; "Five CIS members ... remain outside it"
    // stay outside the treaty named before, not the CIS; a capital after "in" before "as an
    // observer" is where, not who.
    check(
        "1999-04-26",
        "Uzbekistan joined GUAM on Saturday at a meeting in Washington, acc. to the Ukrainian \
         MFA.",
        &["joined Uzbekistan GUAM 1999-04-24 hedged"],
    );
    check(
        "1992-05-16",
        "Six states signed the Collective Security Treaty. Five CIS members — Ukraine, Belarus, \
         Moldova, Azerbaijan and Turkmenistan — thus remain outside it for now. Uzbekistan \
         attended the SCO summit in Dushanbe as an observer.",
        &[
            "member Azerbaijan CIS 1992-05-16 asserted",
            "member Belarus CIS 1992-05-16 asserted",
            "member Moldova CIS 1992-05-16 asserted",
            "member Turkmenistan CIS 1992-05-16 asserted",
            "member Ukraine CIS 1992-05-16 asserted",
            "not_member Azerbaijan CST 1992-05-16 asserted",
            "not_member Belarus CST 1992-05-16 asserted",
            "not_member Moldova CST 1992-05-16 asserted",
            "not_member Turkmenistan CST 1992-05-16 asserted",
            "not_member Ukraine CST 1992-05-16 asserted",
            "observer Uzbekistan SCO ..1992-05-16 asserted",
            "count CST 6 signatories 1992-05-16",
        ],
    );
}

#[test]
fn counted_labels_and_fronted_places() {
    // "CSTO members (7): A, B" counts and lists, "Parties (9): A, B" lists; "Absent from the treaty
    // since 1999: A, B" and "Outside the CSTO remain A, B" front the place.
    check(
        "2009-06-16",
        "The CSTO met.\n\n7. CSTO members (7): Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, \
         Tajikistan, Uzbekistan.\n\nOutside the CSTO remain Georgia and Ukraine.",
        &[
            "count CSTO 7 members 2009-06-16",
            "member Armenia CSTO 2009-06-16 asserted",
            "member Belarus CSTO 2009-06-16 asserted",
            "member Kazakhstan CSTO 2009-06-16 asserted",
            "member Kyrgyzstan CSTO 2009-06-16 asserted",
            "member Russia CSTO 2009-06-16 asserted",
            "member Tajikistan CSTO 2009-06-16 asserted",
            "member Uzbekistan CSTO 2009-06-16 asserted",
            "not_member Georgia CSTO 2009-06-16 asserted",
            "not_member Ukraine CSTO 2009-06-16 asserted",
        ],
    );
    check(
        "1994-04-21",
        "The Collective Security Treaty entered into force yesterday.\n\nParties (3): Armenia, \
         Belarus, Russia.\n\nAbsent from the treaty since 1992: Moldova and Ukraine.",
        &[
            "member Armenia CST 1994-04-21 asserted",
            "member Belarus CST 1994-04-21 asserted",
            "member Russia CST 1994-04-21 asserted",
            "not_member Moldova CST 1992..1994-04-21 asserted",
            "not_member Ukraine CST 1992..1994-04-21 asserted",
        ],
    );
}

#[test]
fn a_sentence_going_on_a_box_line_keeps_the_box_open() {
    // "- EurAsEC (6): A, B. Armenia and Moldova are observers." — the second sentence is on
    // the box's line, so the next line is still in the box.
    check(
        "2006-08-21",
        "Uzbekistan is back.\n\nBloc comparison, August 2006:\n- EurAsEC (3): Belarus, \
         Kazakhstan, Russia. Armenia and Moldova are observers.\n- GUAM (4): Georgia, Ukraine, \
         Azerbaijan, Moldova.",
        &[
            "count EurAsEC 3 members 2006-08-21",
            "count GUAM 4 members 2006-08-21",
            "member Azerbaijan GUAM 2006-08-21 asserted",
            "member Belarus EurAsEC 2006-08-21 asserted",
            "member Georgia GUAM 2006-08-21 asserted",
            "member Kazakhstan EurAsEC 2006-08-21 asserted",
            "member Moldova GUAM 2006-08-21 asserted",
            "member Russia EurAsEC 2006-08-21 asserted",
            "member Ukraine GUAM 2006-08-21 asserted",
            "observer Armenia EurAsEC 2006-08-21 asserted",
            "observer Moldova EurAsEC 2006-08-21 asserted",
        ],
    );
}

#[test]
fn an_adverb_aside_before_which() {
    // "Uzbekistan, obviously, which walked out of the treaty": the relative clause hangs on
    // the state before the adverb.
    check(
        "2002-10-17",
        "The Collective Security Treaty was signed in 1992. Uzbekistan, obviously, which walked \
         out of the treaty three years ago, has not come back.",
        &["withdrew Uzbekistan CST 1999 asserted"],
    );
}

#[test]
fn review_of_the_sixteenth_session() {
    // A denial by "none of which" outweighs a hedge; the source of an attribution is no subject.
    check(
        "2004-04-05",
        "Moscow claims that Azerbaijan, Georgia and Moldova, none of which belongs to the CSTO, \
         are preparing to join. According to Moscow, Georgia and Moldova, neither of which has \
         joined the CSTO, sent observers.",
        &[
            "joined Georgia CSTO ..2004-04-05 negated",
            "joined Moldova CSTO ..2004-04-05 negated",
            "not_member Azerbaijan CSTO 2004-04-05 asserted",
            "not_member Georgia CSTO 2004-04-05 asserted",
            "not_member Moldova CSTO 2004-04-05 asserted",
        ],
    );
    // An aside after "and" is stepped over only inside a list of subjects.
    check(
        "2006-06-01",
        "Moscow signed a gas deal with Ukraine and, on the same day, Belarus joined the customs \
         union.",
        &["joined Belarus CustomsUnion ..2006-06-01 asserted"],
    );
    // A bare "is not a party" only of a treaty, and not after talks, a conflict or an agreement.
    check(
        "2004-03-01",
        "The Karabakh talks continue under the OSCE. Turkey is not a party to the conflict, and \
         Armenia is not a party either. The CIS free trade agreement was signed in October. \
         Azerbaijan is not a party. Armenia hosted the GUUAM observers last month. Ukraine is \
         not a party.",
        &[],
    );
    // Lists under a heading of candidates or former members are no members.
    check(
        "2003-05-01",
        "Georgia wants in.\n\nCandidates for membership:\n- NATO (3): Georgia, Ukraine, \
         Moldova.\n\nFormer members:\n- CST (3): Georgia, Azerbaijan, Uzbekistan.",
        &[],
    );
    // A spaced hyphen opening a wrapped line of prose is no bullet.
    check(
        "1999-04-05",
        "Three states refused to renew the Collective Security Treaty this spring\n- Georgia, \
         Azerbaijan and Uzbekistan - and the rest signed the protocol.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    // "It" after a sentence with a subject of its own is not the state it names; a state
    // after "in" before "as an observer" is a place.
    check(
        "1994-03-01",
        "The oil pipeline crosses Georgia. It is not a member of the Collective Security Treaty \
         system. Serbia took part in the CSTO exercise in Armenia as an observer.",
        &[],
    );
    // A line after a heading's colon starts a sentence.
    check(
        "1995-02-20",
        "Kazakhstan joined NATO's Partnership for Peace in May.\n\nWhere the Central Asians \
         stand on the Tashkent treaty:\nTajikistan: in the treaty, outside the partnership.",
        &[
            "joined Kazakhstan PfP 1994-05 asserted",
            "member Tajikistan CST 1995-02-20 asserted",
            "not_member Tajikistan PfP 1995-02-20 asserted",
        ],
    );
}

#[test]
fn second_review_of_the_sixteenth_session() {
    // An aside after "neither of which," keeps the denial (but another verb in between ends
    // it); a negated relative clause takes no date from the main clause; "Neither A nor B is an
    // SCO observer" denies.
    check(
        "2008-05-01",
        "Georgia and Ukraine, neither of which, according to Moscow, belongs to the CSTO, held \
         talks. Moldova and Ukraine, neither of which has left the CIS, met in 2007. Armenia and \
         Belarus, none of which belongs to GUAM, joined the CSTO in 2002. Neither Georgia nor \
         Moldova is an SCO observer.",
        &[
            "joined Armenia CSTO 2002 asserted",
            "joined Belarus CSTO 2002 asserted",
            "not_member Armenia GUAM 2008-05-01 asserted",
            "not_member Belarus GUAM 2008-05-01 asserted",
            "not_member Georgia CSTO 2008-05-01 asserted",
            "not_member Georgia SCO 2008-05-01 asserted",
            "not_member Moldova SCO 2008-05-01 asserted",
            "not_member Ukraine CSTO 2008-05-01 asserted",
            "withdrew Moldova CIS ..2008-05-01 negated",
            "withdrew Ukraine CIS ..2008-05-01 negated",
        ],
    );
    // A line after a colon goes on the sentence unless it is a label line.
    check(
        "2006-09-01",
        "The Eurasian Economic Community was founded in October 2000 by five states:\nBelarus, \
         Kazakhstan, Kyrgyzstan, Russia and Tajikistan.",
        &[
            "founded Belarus EurAsEC 2000-10 asserted",
            "founded Kazakhstan EurAsEC 2000-10 asserted",
            "founded Kyrgyzstan EurAsEC 2000-10 asserted",
            "founded Russia EurAsEC 2000-10 asserted",
            "founded Tajikistan EurAsEC 2000-10 asserted",
        ],
    );
    // Label lines under a heading of another year, or of what is not so, are no members now;
    // a bare list under "CSTO members:" is.
    check(
        "2012-01-01",
        "The blocs keep changing.\n\nMembership as of 2005:\n\n- GUUAM (5): Georgia, Ukraine, \
         Uzbekistan, Azerbaijan, Moldova.\n\nIn 2005:\n- Uzbekistan: in GUUAM, outside the \
         CSTO.\n\nUnconfirmed reports:\n- Uzbekistan: outside the CSTO.\n\nCSTO members:\n- \
         Armenia\n- Belarus.",
        &[
            "member Armenia CSTO 2012-01-01 asserted",
            "member Belarus CSTO 2012-01-01 asserted",
        ],
    );
}

#[test]
fn the_same_day_as_a_day_named_before() {
    // "The same day" opening a sentence is the day the sentence before named, with its year
    // or without it.
    check(
        "1999-05-04",
        "Uzbekistan joined GUAM on 24 April. The same day, Armenia left the CIS. Georgia quit \
         the Collective Security Treaty on 2 April 1999. That same day, Moldova left GUAM.",
        &[
            "joined Uzbekistan GUAM 1999-04-24 asserted",
            "withdrew Armenia CIS 1999-04-24 asserted",
            "withdrew Georgia CST 1999-04-02 asserted",
            "withdrew Moldova GUAM 1999-04-02 asserted",
        ],
    );
}

#[test]
fn third_review_of_the_sixteenth_session() {
    // "neither of which" denies only its own clause's verb, and only of states named: not the
    // main clause's after a clause of another verb.
    check(
        "2011-05-20",
        "Armenia and Moldova, neither of which has much to gain from the customs union, are both \
         members of the CIS. Kazakhstan and Russia, neither of which was consulted, joined the \
         SCO in 2001.",
        &[
            "joined Kazakhstan SCO 2001 asserted",
            "joined Russia SCO 2001 asserted",
            "member Armenia CIS 2011-05-20 asserted",
            "member Moldova CIS 2011-05-20 asserted",
        ],
    );
    // A contrast fragment leaves no state for "it".
    check(
        "2010-10-10",
        "Kazakhstan wanted a seat at every table. Unlike Turkmenistan. It joined the SCO in 2001. \
         And Ukraine. It joined GUAM in 1997.",
        &[
            "joined Kazakhstan SCO 2001 asserted",
            "joined Ukraine GUAM 1997 asserted",
        ],
    );
}

#[test]
fn a_name_broken_across_a_line() {
    // A hard-wrapped line may break an organisation's name; it is still one name.
    check(
        "2012-07-03",
        "Uzbekistan has suspended its membership of the Collective Security\nTreaty \
         Organisation. Tajikistan remains a member of the Eurasian Economic\nCommunity.",
        &[
            "member Tajikistan EurAsEC 2012-07-03 asserted",
            "suspended Uzbekistan CSTO ..2012-07-03 asserted",
        ],
    );
}

#[test]
fn a_party_to_talks_or_an_agreement_is_no_member() {
    // Party to negotiations, a dispute, talks or an agreement that names an organisation is no
    // claim about membership of it; party to the treaty is.
    check(
        "2008-10-10",
        "Georgia is not a party to the negotiations between the CIS and the EU. Belarus is not a \
         party to the WTO talks. Ukraine is not a party to the CIS free trade agreement. \
         Kazakhstan and Kyrgyzstan are all parties to the CIS Collective Security Treaty.",
        &[
            "member Kazakhstan CST 2008-10-10 asserted",
            "member Kyrgyzstan CST 2008-10-10 asserted",
        ],
    );
}

#[test]
fn that_day_and_a_possessive_in_a_list_aside() {
    // "that day" later in a sentence is the day a sentence before named; an aside after a
    // list's "and" may hold a possessive.
    check(
        "1999-05-04",
        "Uzbekistan joined GUAM on 24 April. Georgia let its membership of the Collective \
         Security Treaty lapse that day. Moldova, Turkmenistan and, to nobody's surprise, Ukraine \
         have stayed out of the treaty.",
        &[
            "joined Uzbekistan GUAM 1999-04-24 asserted",
            "not_member Moldova CST 1999-05-04 asserted",
            "not_member Turkmenistan CST 1999-05-04 asserted",
            "not_member Ukraine CST 1999-05-04 asserted",
            "withdrew Georgia CST 1999-04-24 asserted",
        ],
    );
}

#[test]
fn out_of_after_a_copula() {
    // "has been out of the treaty since 1999" is outside it; "took his country out of the
    // treaty" is a withdrawal, no status.
    check(
        "2004-01-27",
        "Georgia has been out of the Collective Security Treaty since 1999. Karimov took his \
         country out of the treaty.",
        &[
            "not_member Georgia CST 1999..2004-01-27 asserted",
            "withdrew Uzbekistan CST ..2004-01-27 asserted",
        ],
    );
}

#[test]
fn a_status_held_for_some_years() {
    // "has been ... for three years" starts that many years before the article; "was ... for
    // ten years" tells no start.
    check(
        "2012-07-10",
        "Georgia has been out of the Commonwealth for three years. Ukraine was a member of GUAM \
         for ten years.",
        &[
            "member Ukraine GUAM ..2012-07-10 asserted",
            "not_member Georgia CIS 2009..2012-07-10 asserted",
        ],
    );
}

#[test]
fn fourth_review_of_the_sixteenth_session() {
    // "That day" is the day only the sentence just before named, and not "the same day as the
    // summit".
    check(
        "1999-04-30",
        "Uzbekistan joined GUAM on 24 April. On Tuesday Georgia withdrew from the Collective \
         Security Treaty. That day, Azerbaijan also left the treaty. Armenia signed a deal on 2 \
         April. The same day as the Washington summit, Moldova left GUAM.",
        &[
            "joined Uzbekistan GUAM 1999-04-24 asserted",
            "withdrew Azerbaijan CST ..1999-04-30 asserted",
            "withdrew Georgia CST 1999-04-27 asserted",
            "withdrew Moldova GUAM ..1999-04-30 asserted",
        ],
    );
    // Two names that meet at a line's end stay two; an organisation qualifying another name
    // or a system is no object.
    check(
        "2003-06-01",
        "Belarus is a member of the CIS\nCollective Security Treaty states met in Yerevan. \
         Georgia is out of the CIS air-defence system but remains in the Commonwealth. Moldova \
         is outside the CIS customs union talks.",
        &[
            "member Belarus CIS 2003-06-01 asserted",
            "member Georgia CIS 2003-06-01 asserted",
        ],
    );
}

#[test]
fn non_parties_with_the_treaty_left_out() {
    check(
        "1993-10-15",
        "Georgia signed the Collective Security Treaty this month. Ukraine, Moldova and \
         Turkmenistan remain non-parties.",
        &[
            "not_member Moldova CST 1993-10-15 asserted",
            "not_member Turkmenistan CST 1993-10-15 asserted",
            "not_member Ukraine CST 1993-10-15 asserted",
            "signed Georgia CST 1993-10 asserted",
        ],
    );
}

#[test]
fn attended_a_summit_as_an_observer() {
    // An observer of the organisation whose meeting the state attended, at the time the
    // sentence gives (else some time before the article); not of an exercise.
    check(
        "2005-07-10",
        "Mongolia attended the SCO summit as an observer. Iran attended last year's SCO meeting \
         in Astana as an observer. Afghanistan attended the CSTO exercise as an observer.",
        &[
            "observer Iran SCO 2004 asserted",
            "observer Mongolia SCO ..2005-07-10 asserted",
        ],
    );
}

#[test]
fn a_group_in_a_likening_aside_shares_the_status() {
    // "like all four GUAM states" is an aside: the subject stays, and the group counted
    // before does the same.
    check(
        "1999-03-01",
        "Tashkent has been wooing the four-nation GUAM group—Georgia, Ukraine, Azerbaijan and \
         Moldova. Uzbekistan, like all four GUAM states, already takes part in the Partnership \
         for Peace.",
        &[
            "count GUAM 4 members 1999-03-01",
            "count GUAM 4 members 1999-03-01",
            "member Azerbaijan GUAM 1999-03-01 asserted",
            "member Azerbaijan PfP 1999-03-01 asserted",
            "member Georgia GUAM 1999-03-01 asserted",
            "member Georgia PfP 1999-03-01 asserted",
            "member Moldova GUAM 1999-03-01 asserted",
            "member Moldova PfP 1999-03-01 asserted",
            "member Ukraine GUAM 1999-03-01 asserted",
            "member Ukraine PfP 1999-03-01 asserted",
            "member Uzbekistan PfP 1999-03-01 asserted",
        ],
    );
}

#[test]
fn a_second_verb_of_a_relative_clause_lists_members() {
    // The organisation is the relative clause's antecedent, past a capital in the first verb's
    // phrase; the main clause's plan does not reach the relative clause.
    check(
        "2001-05-20",
        "The Shanghai Five, which began in 1996 as a border forum with Beijing and now groups \
         China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan, is set to become a full \
         organisation.",
        &[
            "member China SCO 2001-05-20 asserted",
            "member Kazakhstan SCO 2001-05-20 asserted",
            "member Kyrgyzstan SCO 2001-05-20 asserted",
            "member Russia SCO 2001-05-20 asserted",
            "member Tajikistan SCO 2001-05-20 asserted",
        ],
    );
}

#[test]
fn member_of_one_organisation_past_a_relative_clause_and_of_another() {
    check(
        "2009-03-01",
        "Uzbekistan is still a member of the Collective Security Treaty Organization, to which \
         it returned in 2006, and of the Shanghai Cooperation Organisation.",
        &[
            "member Uzbekistan CSTO 2009-03-01 asserted",
            "member Uzbekistan SCO 2009-03-01 asserted",
        ],
    );
}

#[test]
fn becoming_a_party_is_joining() {
    check(
        "1995-02-01",
        "The Collective Security Treaty was signed in 1992. Belarus became a party to the treaty \
         in December 1993, and Georgia became party to it that same month. Armenia is staying \
         out of nothing; Ukraine is staying out of the treaty. Kazakhstan became a party to the \
         border talks in 1994.",
        &[
            "joined Belarus CST 1993-12 asserted",
            "joined Georgia CST 1993-12 asserted",
            "not_member Ukraine CST 1995-02-01 asserted",
        ],
    );
}

#[test]
fn the_only_members_not_party_to_it() {
    // "the only CIS members not party to it": members of the CIS, not of the treaty "it"
    // points back to; several states with a plural noun, one with a singular.
    check(
        "1994-05-01",
        "The Collective Security Treaty took effect last month. Ukraine and Turkmenistan are \
         now the only Commonwealth states not party to it. Moldova is the only CIS member not in \
         the treaty. Georgia is the only GUAM member in NATO's programme.",
        &[
            "member Georgia GUAM 1994-05-01 asserted",
            "member Moldova CIS 1994-05-01 asserted",
            "member Turkmenistan CIS 1994-05-01 asserted",
            "member Ukraine CIS 1994-05-01 asserted",
            "not_member Moldova CST 1994-05-01 asserted",
            "not_member Turkmenistan CST 1994-05-01 asserted",
            "not_member Ukraine CST 1994-05-01 asserted",
        ],
    );
    // ("it" is not the organisation they are members of, named last)
    check(
        "2004-05-01",
        "Does the CIS have a security arm? Yes: the CSTO, though not every CIS member is party \
         to it. Azerbaijan and Moldova are the only CIS members not party to it.",
        &[
            "member Azerbaijan CIS 2004-05-01 asserted",
            "member Moldova CIS 2004-05-01 asserted",
            "not_member Azerbaijan CSTO 2004-05-01 asserted",
            "not_member Moldova CSTO 2004-05-01 asserted",
        ],
    );
}

#[test]
fn signing_the_founding_document_of_the_organisation_in_question() {
    // The organisation the article is about; dated after the document; not a document of
    // something else, nor dated inside a clause on the charter.
    check(
        "2000-10-11",
        "The Eurasian Economic Community came into being. Russia and Belarus signed the founding \
         document yesterday in Astana. Armenia signed the founding documents of the free-trade \
         zone. In June of last year Kazakhstan and Kyrgyzstan signed a charter that recast the \
         forum of 1996.",
        &[
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Kazakhstan EurAsEC 1999-06 asserted",
            "signed Kyrgyzstan EurAsEC 1999-06 asserted",
            "signed Russia EurAsEC 2000-10-10 asserted",
        ],
    );
}

#[test]
fn contractions_read_as_the_words_they_stand_for() {
    // "isn't" is "is not", "won't" "will not", "it's" "it is"; a possessive stays one
    // ("Russia's envoy"), and a name's "'s" is "is" only where no possessive could stand.
    check(
        "1999-10-11",
        "Ukraine isn't in EurAsEC, and Georgia and Moldova aren't in NATO. Uzbekistan's not a \
         member of the SCO. Uzbekistan won't rejoin the CST. Kazakhstan hasn't left the CST, \
         Russia's envoy said. Belarus doesn't belong to GUAM.",
        &[
            "not_member Belarus GUAM 1999-10-11 asserted",
            "not_member Georgia NATO 1999-10-11 asserted",
            "not_member Moldova NATO 1999-10-11 asserted",
            "not_member Ukraine EurAsEC 1999-10-11 asserted",
            "not_member Uzbekistan SCO 1999-10-11 asserted",
            "rejoined Uzbekistan CST 1999-10-11.. negated",
            "withdrew Kazakhstan CST ..1999-10-11 negated",
        ],
    );
}

#[test]
fn questions_in_an_explainer() {
    // An answer to "So who's actually in X?" lists its members; a question about one state
    // leaves it for "it" past a fragment.
    check(
        "2002-10-20",
        "So who's actually in EurAsEC?\n\nFive countries: Belarus, Kazakhstan, Kyrgyzstan, \
         Russia and Tajikistan.\n\nAnd where does that leave Uzbekistan? Nowhere much. It quit \
         the Tashkent Treaty in 1999, it's not a member of the new CSTO, and it has also \
         stopped taking part in GUUAM.",
        &[
            "count EurAsEC 5 members 2002-10-20",
            "member Belarus EurAsEC 2002-10-20 asserted",
            "member Kazakhstan EurAsEC 2002-10-20 asserted",
            "member Kyrgyzstan EurAsEC 2002-10-20 asserted",
            "member Russia EurAsEC 2002-10-20 asserted",
            "member Tajikistan EurAsEC 2002-10-20 asserted",
            "not_member Uzbekistan CSTO 2002-10-20 asserted",
            "suspended Uzbekistan GUAM ..2002-10-20 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn not_in_the_treaty_pointed_back_to() {
    // The negation inside the copula's phrase; the organisation a noun or "it" points back to
    // (a Moscow-led one is one Russia is in); "it" past an aside naming what the subject is in.
    check(
        "2010-07-20",
        "The customs union of Russia, Belarus and Kazakhstan took shape this month. Kyrgyzstan \
         and Tajikistan, though EurAsEC members, are not in it. Armenia was never in the union. \
         The CSTO met in June; GUAM did not. Georgia and Azerbaijan remain outside the \
         Moscow-led bloc.",
        &[
            "member Belarus CustomsUnion 2010-07-20 asserted",
            "member Kazakhstan CustomsUnion 2010-07-20 asserted",
            "member Kyrgyzstan EurAsEC 2010-07-20 asserted",
            "member Russia CustomsUnion 2010-07-20 asserted",
            "member Tajikistan EurAsEC 2010-07-20 asserted",
            "not_member Armenia CustomsUnion ..2010-07-20 asserted",
            "not_member Azerbaijan CSTO 2010-07-20 asserted",
            "not_member Georgia CSTO 2010-07-20 asserted",
            "not_member Kyrgyzstan CustomsUnion 2010-07-20 asserted",
            "not_member Tajikistan CustomsUnion 2010-07-20 asserted",
        ],
    );
}

#[test]
fn the_cis_defence_pact_and_a_present_perfect_conjunct() {
    // "the CIS mutual-defence pact" is the Collective Security Treaty; a conjunct in the
    // present perfect with a subject of its own takes no date from the clause before its
    // "and".
    check(
        "1999-02-17",
        "It is the CIS mutual-defence pact signed in Tashkent in 1992. Nine countries are in it: \
         Armenia, Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and \
         Uzbekistan. Georgia joined the CIS in 1993, and Azerbaijan has joined GUAM.",
        &[
            "joined Azerbaijan GUAM ..1999-02-17 asserted",
            "joined Georgia CIS 1993 asserted",
            "member Armenia CST 1999-02-17 asserted",
            "member Azerbaijan CST 1999-02-17 asserted",
            "member Belarus CST 1999-02-17 asserted",
            "member Georgia CST 1999-02-17 asserted",
            "member Kazakhstan CST 1999-02-17 asserted",
            "member Kyrgyzstan CST 1999-02-17 asserted",
            "member Russia CST 1999-02-17 asserted",
            "member Tajikistan CST 1999-02-17 asserted",
            "member Uzbekistan CST 1999-02-17 asserted",
        ],
    );
}

#[test]
fn a_second_status_after_one_copula_and_agents_named_by_their_presidents() {
    // "is today a member of X and a participant in Y": both, under the one copula (not a
    // denied first one); "signed ... by the presidents of A and B": the states.
    check(
        "1994-05-01",
        "Georgia is today a member of the Collective Security Treaty and a participant in the \
         Partnership for Peace. Moldova is not a member of the treaty and an observer nowhere. \
         The Collective Security Treaty was signed in May 1992 by the presidents of Armenia and \
         Russia.",
        &[
            "member Georgia CST 1994-05-01 asserted",
            "member Georgia PfP 1994-05-01 asserted",
            "not_member Moldova CST 1994-05-01 asserted",
            "signed Armenia CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
        ],
    );
}

#[test]
fn questions_asked_yes_or_no_are_hedged() {
    // A yes-or-no question, or one reported with "whether", tells only that it may be so; a
    // question asking why takes the event as given; a count named in a question still stands.
    check(
        "2003-11-12",
        "Will Azerbaijan join NATO? Did Ukraine become a party to the Collective Security \
         Treaty? Why did Uzbekistan leave the CST in 1999? Kiev would not say whether it is \
         joining EurAsEC. Are the four GUAM states still talking?",
        &[
            "count GUAM 4 members 2003-11-12",
            "joined Azerbaijan NATO 2003-11-12.. hedged",
            "joined Ukraine CST ..2003-11-12 hedged",
            "joined Ukraine EurAsEC ..2003-11-12 hedged",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn led_blocs_appositions_and_coordinated_statuses_named() {
    // "the Moscow-led bloc" is one Russia is in, else none (not GUAM named last); "the
    // US-led alliance" is not pointed back to; a name in apposition wins; a second status after
    // a copula needs its own organisation, and a partner is no member.
    check(
        "2004-05-01",
        "Georgia is in GUAM. Georgia is not in the Russian-led military alliance. It wants to \
         join the US-led alliance. Belarus is a member of the Moscow-led bloc, the Collective \
         Security Treaty Organization. Kazakhstan is a member of the CIS and an observer in the \
         Organisation of the Islamic Conference. Armenia is a member of the CSTO and a partner \
         of the EU.",
        &[
            "member Armenia CSTO 2004-05-01 asserted",
            "member Belarus CSTO 2004-05-01 asserted",
            "member Georgia GUAM 2004-05-01 asserted",
            "member Kazakhstan CIS 2004-05-01 asserted",
        ],
    );
}

#[test]
fn passives_and_dates_the_review_found() {
    // What was signed is the subject's head, not an organisation after a preposition in it
    // (unless it is the document's own: "the charter of GUAM"); a denied plan stays denied
    // past another conjunct's "without"; a status's past time is not a relative clause's.
    check(
        "2002-10-16",
        "An appeal to the EU was signed in 2001 by the presidents of Ukraine and Moldova. The \
         charter of GUAM was signed in 2001 by Georgia and Ukraine. Russia won't join GUAM, and \
         Ukraine can't leave the CIS without a referendum. Uzbekistan, which left the CST in \
         1999, was not in the treaty.",
        &[
            "joined Russia GUAM 2002-10-16.. negated",
            "not_member Uzbekistan CST ..2002-10-16 asserted",
            "signed Georgia GUAM 2001 asserted",
            "signed Ukraine GUAM 2001 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn subjects_past_an_opening_phrase_and_a_relative_clause() {
    // "In the space of a year Uzbekistan has ..." leaves Uzbekistan for "it"; "Kyrgyzstan,
    // which is considering joining but has been a member of the WTO" is Kyrgyzstan's.
    check(
        "2006-12-18",
        "In the space of a single year Uzbekistan has reversed most of its choices. In January \
         it joined the Eurasian Economic Community. Tajikistan is out of the customs union, and \
         Kyrgyzstan, which is considering joining but has been a member of the WTO since 1998, \
         waits.",
        &[
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "member Kyrgyzstan WTO 1998..2006-12-18 asserted",
            "not_member Tajikistan CustomsUnion 2006-12-18 asserted",
        ],
    );
}

#[test]
fn it_after_a_group_of_an_organisations_states() {
    // "the first Commonwealth state to join it": "it" is not the Commonwealth, whose states
    // the noun counts, but the organisation before it; a bare "followed" goes on with it.
    check(
        "1994-04-22",
        "NATO launched the Partnership for Peace in January. Ukraine became the first \
         Commonwealth state to join it, in February. Moldova followed in March.",
        &[
            "joined Moldova PfP 1994-03 asserted",
            "joined Ukraine PfP 1994-02 asserted",
            // (since the thirty-fourth session: the first Commonwealth state is one)
            "member Ukraine CIS 1994-04-22 asserted",
        ],
    );
}

#[test]
fn putting_names_to_the_document_and_the_founding_agreement() {
    // "put their names to the charter", "signed the Commonwealth's founding agreement"; a bare
    // "the document" is the organisation's founding treaty only when signed as it was founded
    // (not "the document" of a later protocol), and not one "on" something.
    check(
        "1992-05-16",
        "The Collective Security Treaty was concluded in Tashkent. Armenia, Russia and \
         Kazakhstan put their names to the document yesterday. Kiev signed the Commonwealth's \
         founding agreement in December 1991. Armenia signed the document on trade with Iran.",
        &[
            "signed Armenia CST 1992-05-15 asserted",
            "signed Kazakhstan CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
            "signed Ukraine CIS 1991-12 asserted",
        ],
    );
    check(
        "1999-04-03",
        "The CIS leaders met in Moscow and extended the Collective Security Treaty. Armenia and \
         Belarus put their names to the document. Six states put their names to the charter of \
         the new body.",
        &[],
    );
}

#[test]
fn an_editorial_we_is_the_country_the_publication_is_at_home_in() {
    // A publication whose name names one state ("The Tbilisi Mirror") speaks for it with "we";
    // one that names none leaves "we" alone.
    let render_with = |publication: &str| {
        facts_of(&format!(
            "Publication: {publication}\nDate: 2008-08-22\nTitle: Test\n\nWe left the \
             Collective Security Treaty in 1999, and we remain outside NATO. We suspect \
             Moscow will object.\n"
        ))
    };
    assert_eq!(
        render_with("The Tbilisi Mirror"),
        [
            "not_member Georgia NATO 2008-08-22 asserted",
            "withdrew Georgia CST 1999 asserted",
        ]
    );
    assert!(render_with("The Evening Courier").is_empty());
    // (not a "we" someone is quoted saying)
    let quoted = "Publication: The Tbilisi Mirror\nDate: 2006-07-07\nTitle: Test\n\nRussia's \
                  foreign minister said: \"We joined the SCO as a founder.\"\n";
    assert_eq!(facts_of(quoted), Vec::<String>::new());
}

#[test]
fn an_answer_no_ends_its_sentence_and_a_question_ahead_is_asked_of_the_future() {
    // "No." answering a question is no abbreviation ("No. 94/92" is); "Will Georgia join the
    // SCO?" is hedged from the article on.
    check(
        "2004-06-20",
        "Is Turkmenistan an SCO member? No. Will Georgia join the SCO? Did Armenia join the \
         SCO? Decree No. 5 says nothing.",
        &[
            "joined Armenia SCO ..2004-06-20 hedged",
            "joined Georgia SCO 2004-06-20.. hedged",
            "member Turkmenistan SCO 2004-06-20 hedged",
        ],
    );
}

#[test]
fn the_third_review_of_the_seventeenth_session() {
    // A led bloc that points back to nothing fitting is no claim; a name in apposition after
    // a pointed-back object wins; "became a party to" a dispute or a CIS agreement is no
    // joining; a document on an organisation's making names it in a passive; a treaty the
    // lexicon does not know, named last, is what "the treaty" means; a relative clause inside a
    // question, or a claim under "Did you know", stays asserted; a report's "that" hedges.
    check(
        "2006-08-16",
        "Georgia wants to join NATO. It remains a member of the Moscow-led bloc. Uzbekistan is \
         in the SCO. It rejoined the Moscow-led security bloc, the CSTO, in June. Georgia became \
         a party to the dispute between the CIS and NATO in 2004. The Agreement on the Creation \
         of the CIS was signed on 8 December 1991 by Russia, Ukraine and Belarus. The Treaty on \
         Conventional Armed Forces in Europe is another matter: Kazakhstan is not in the \
         treaty. Is Georgia, which left the CIS on Tuesday, closer to NATO? Did you know \
         Uzbekistan joined GUAM in 1999? Interfax reported that Tajikistan had joined the SCO.",
        &[
            "joined Georgia NATO 2006-08-16.. planned",
            "joined Tajikistan SCO ..2006-08-16 hedged",
            "joined Uzbekistan GUAM 1999 asserted",
            "member Uzbekistan SCO 2006-08-16 asserted",
            "rejoined Uzbekistan CSTO 2006-06 asserted",
            "signed Belarus CIS 1991-12-08 asserted",
            "signed Russia CIS 1991-12-08 asserted",
            "signed Ukraine CIS 1991-12-08 asserted",
            "withdrew Georgia CIS 2006-08-15 asserted",
        ],
    );
}

#[test]
fn always_a_member_and_both_already_in() {
    check(
        "2009-06-16",
        "Uzbekistan has always been a reluctant member of the CSTO. Georgia and Azerbaijan, both \
         already in GUAM, signed the deal.",
        &[
            "member Azerbaijan GUAM 2009-06-16 asserted",
            "member Georgia GUAM 2009-06-16 asserted",
            "member Uzbekistan CSTO 2009-06-16 asserted",
        ],
    );
}

#[test]
fn a_status_in_a_series_of_verbs() {
    // "never joined A, has never been a member of B, and stayed out of C": one subject for the
    // series.
    check(
        "2007-01-19",
        "Turkmenistan never joined the Collective Security Treaty, has never been a member of \
         the Shanghai Cooperation Organisation, and stayed out of GUUAM.",
        &[
            "joined Turkmenistan CST ..2007-01-19 negated",
            "not_member Turkmenistan GUAM 2007-01-19 asserted",
            "not_member Turkmenistan SCO 2007-01-19 asserted",
        ],
    );
}

#[test]
fn a_question_opening_with_its_copula_is_a_hedged_status() {
    check(
        "2004-06-20",
        "Is Turkmenistan an SCO member? Are Georgia and Moldova still members of GUAM?",
        &[
            "member Georgia GUAM 2004-06-20 hedged",
            "member Moldova GUAM 2004-06-20 hedged",
            "member Turkmenistan SCO 2004-06-20 hedged",
        ],
    );
}

#[test]
fn a_quoted_question_is_hedged_too() {
    check(
        "2004-06-20",
        "\"Will Ukraine ever join NATO?\" asked the minister. \"Georgia will join NATO,\" he \
         added.",
        &[
            "joined Georgia NATO 2004-06-20.. planned",
            "joined Ukraine NATO 2004-06-20.. hedged",
        ],
    );
}

#[test]
fn interviews_and_a_led_bloc_that_did_not_yet_exist() {
    // An interview's "we" is the speaker's, and its "Q:" opens a question; "the Moscow-led
    // bloc" left in 1999 is not the SCO, founded in 2001 (nor, a bloc, any treaty guessed).
    let text = "Publication: The Kyiv Ledger\nDate: 2005-06-01\nTitle: Test\n\nInterview with \
                Moldovan President Vladimir Voronin.\n\nQ: Is Moldova leaving the CIS?\n\nA: \
                No. We remain a member of the Commonwealth.\n\nUzbekistan is a member of the \
                SCO; it left the Moscow-led bloc in 1999.\n";
    assert_eq!(
        facts_of(text),
        [
            "member Uzbekistan SCO 2005-06-01 asserted",
            "office Vladimir Voronin president Moldova 2005-06-01",
            "withdrew Moldova CIS ..2005-06-01 hedged",
        ]
    );
}

#[test]
fn members_listed_in_brackets_after_the_noun() {
    // "The six original signatories (A, B, ...)": of the organisation the article is about.
    check(
        "1999-03-15",
        "The Collective Security Treaty comes up for renewal. Of the six original signatories \
         (Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan), only Uzbekistan \
         has said it will leave.",
        &[
            "count CST 6 signatories 1999-03-15",
            "signed Armenia CST ..1999-03-15 asserted",
            "signed Kazakhstan CST ..1999-03-15 asserted",
            "signed Kyrgyzstan CST ..1999-03-15 asserted",
            "signed Russia CST ..1999-03-15 asserted",
            "signed Tajikistan CST ..1999-03-15 asserted",
            "signed Uzbekistan CST ..1999-03-15 asserted",
            "withdrew Uzbekistan CST 1999-03-15.. planned",
        ],
    );
}

#[test]
fn a_counted_plural_named_by_the_list_after_it() {
    // "Two neighbours, A and B, remain outside": the list names the noun's states (as many as
    // the count, or two for "both").
    check(
        "2010-07-12",
        "Two of its neighbours, Belarus and Kazakhstan, remain outside the WTO. Both \
         latecomers, Georgia and Azerbaijan, are expected to leave the CIS.",
        &[
            "not_member Belarus WTO 2010-07-12 asserted",
            "not_member Kazakhstan WTO 2010-07-12 asserted",
            "withdrew Azerbaijan CIS 2010-07-12.. planned",
            "withdrew Georgia CIS 2010-07-12.. planned",
        ],
    );
}

#[test]
fn gapped_clauses_may_name_several_states_and_follow_a_passive_with_an_adverb() {
    // "Moldova and Georgia followed in March, Azerbaijan and Turkmenistan in May, Russia itself
    // in June": a gap may list several states, or one with "itself"; "Kyrgyzstan the following
    // year" counts from the event told before it; "was subsequently joined by A on ..., B on
    // ..." is a passive with an adverb after its auxiliary, and a gap may close at a bracket.
    check(
        "1995-01-19",
        "Ukraine joined the Partnership for Peace in February; Moldova and Georgia followed in \
         March, Azerbaijan, Kazakhstan and Turkmenistan in May, Russia itself in June, and \
         Armenia in October. Russia and Belarus joined the customs union in 1995, Kyrgyzstan \
         the following year. The Collective Security Treaty was subsequently joined by \
         Azerbaijan on 24 September 1993, Georgia on 9 December and Belarus on 31 December \
         (see our note of 15 October 1993).",
        &[
            "joined Ukraine PfP 1994-02 asserted",
            "joined Moldova PfP 1994-03 asserted",
            "joined Georgia PfP 1994-03 asserted",
            "joined Azerbaijan PfP 1994-05 asserted",
            "joined Kazakhstan PfP 1994-05 asserted",
            "joined Turkmenistan PfP 1994-05 asserted",
            "joined Russia PfP 1994-06 asserted",
            "joined Armenia PfP 1994-10 asserted",
            "joined Russia CustomsUnion 1995 asserted",
            "joined Belarus CustomsUnion 1995 asserted",
            "joined Kyrgyzstan CustomsUnion 1996 asserted",
            "joined Azerbaijan CST 1993-09-24 asserted",
            "joined Georgia CST 1993-12-09 asserted",
            "joined Belarus CST 1993-12-31 asserted",
        ],
    );
}

#[test]
fn our_republic_in_a_paper_at_home_in_its_capital() {
    // "Our republic" in a paper named after Tashkent is Uzbekistan, like an editorial "we"
    // (as a subject or with an apposition).
    let text = "Publication: The Tashkent Herald\nDate: 2010-06-12\nTitle: Test\n\nIn 1999 our \
                republic did not prolong its participation in the Collective Security Treaty. \
                Our republic remains an active member of the Shanghai Cooperation \
                Organisation. Our republic, a member of both the Commonwealth and the Central \
                Asian Cooperation Organization, was not asked.\n";
    assert_eq!(
        facts_of(text),
        [
            "member Uzbekistan CACO 2010-06-12 asserted",
            "member Uzbekistan CIS 2010-06-12 asserted",
            "member Uzbekistan SCO 2010-06-12 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ]
    );
}

#[test]
fn members_questions_rhetorical_questions_and_documents_on_an_organisations_making() {
    // "Who's left in EurAsEC?", "who's in the CSTO these days?" ask for the members; "Isn't it
    // odd that ..." takes its clause as given, "Is it true that ..." asks it; "signed the
    // Declaration on the Establishment of the SCO", "signed in Astana the treaty establishing
    // EurAsEC"; "NATO's Partnership for Peace programme"; a list of organisations goes on past
    // a relative clause, which is read on its own.
    check(
        "2010-06-23",
        "So who's in the CSTO these days?\nSeven countries: Russia, Belarus, Armenia, \
         Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.\n\nWho's left in EurAsEC?\nFive \
         countries: Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan. Isn't it odd that \
         Armenia and Azerbaijan are both members of the WTO? Is it true that Georgia is a member \
         of the CIS? China and Russia signed the Declaration on the Establishment of the \
         Shanghai Cooperation Organisation. Belarus and Russia on 10 October 2000 signed in \
         Astana the treaty establishing the Eurasian Economic Community. Uzbekistan, which has \
         taken part in NATO's Partnership for Peace programme since 1994, takes part in the \
         Collective Security Treaty Organization, which it rejoined in 2006, and in the \
         Commonwealth of Independent States.",
        &[
            "count CSTO 7 members 2010-06-23",
            "count EurAsEC 5 members 2010-06-23",
            "member Russia CSTO 2010-06-23 asserted",
            "member Belarus CSTO 2010-06-23 asserted",
            "member Armenia CSTO 2010-06-23 asserted",
            "member Kazakhstan CSTO 2010-06-23 asserted",
            "member Kyrgyzstan CSTO 2010-06-23 asserted",
            "member Tajikistan CSTO 2010-06-23 asserted",
            "member Uzbekistan CSTO 2010-06-23 asserted",
            "member Belarus EurAsEC 2010-06-23 asserted",
            "member Kazakhstan EurAsEC 2010-06-23 asserted",
            "member Kyrgyzstan EurAsEC 2010-06-23 asserted",
            "member Russia EurAsEC 2010-06-23 asserted",
            "member Tajikistan EurAsEC 2010-06-23 asserted",
            "member Armenia WTO 2010-06-23 asserted",
            "member Azerbaijan WTO 2010-06-23 asserted",
            "member Georgia CIS 2010-06-23 hedged",
            "signed China SCO ..2010-06-23 asserted",
            "signed Russia SCO ..2010-06-23 asserted",
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Russia EurAsEC 2000-10-10 asserted",
            "member Uzbekistan PfP 1994..2010-06-23 asserted",
            "member Uzbekistan CSTO 2010-06-23 asserted",
            "member Uzbekistan CIS 2010-06-23 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
        ],
    );
}

#[test]
fn a_grouping_named_by_its_members_a_name_taken_and_a_membership_restored() {
    // "the grouping of Georgia, Ukraine, Azerbaijan and Moldova" is the organisation the
    // reference timeline has those states in (with at most one more), not the last one named;
    // "formed a forum that has taken the name GUAM"; "restored his country's membership of".
    check(
        "1999-05-01",
        "As NATO marked its anniversary, Uzbekistan joined the grouping of Georgia, Ukraine, \
         Azerbaijan and Moldova on 24 April. In 1997 Georgia, Ukraine, Azerbaijan and Moldova \
         formed a consultative forum that took the name GUAM from their initials. In 1993 \
         President Heydar Aliyev restored his country's membership of the Commonwealth of \
         Independent States.",
        &[
            "joined Uzbekistan GUAM 1999-04-24 asserted",
            "member Azerbaijan GUAM 1999-05-01 asserted",
            "member Georgia GUAM 1999-05-01 asserted",
            "member Moldova GUAM 1999-05-01 asserted",
            "member Ukraine GUAM 1999-05-01 asserted",
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "office Heydar Aliyev president Azerbaijan 1999-05-01",
            "rejoined Azerbaijan CIS 1993 asserted",
        ],
    );
}

#[test]
fn joined_in_founding_a_grouping_named_after_it() {
    // "joined A, B and C in founding a new grouping, GUAM" founds the one named; "on 1 January
    // last year" is a day of the year before the article's. ("came back to the negotiating
    // table", "beside Armenia on the map" tell no membership.)
    check(
        "2011-03-01",
        "Uzbekistan came back to the negotiating table with the EU in June. Azerbaijan sits in \
         GUUAM, beside Armenia on the map. In October 1997 Moldova joined Georgia, Ukraine and \
         Azerbaijan in founding a new grouping, GUAM. Russia, Belarus and Kazakhstan launched \
         their customs union on 1 January last year.",
        &[
            "member Azerbaijan GUAM 2011-03-01 asserted",
            "founded Moldova GUAM 1997-10 asserted",
            "founded Georgia GUAM 1997-10 asserted",
            "founded Ukraine GUAM 1997-10 asserted",
            "founded Azerbaijan GUAM 1997-10 asserted",
            "founded Russia CustomsUnion 2010-01-01 asserted",
            "founded Belarus CustomsUnion 2010-01-01 asserted",
            "founded Kazakhstan CustomsUnion 2010-01-01 asserted",
        ],
    );
}

#[test]
fn a_forum_its_founders_made_and_a_charter_for_an_organisation() {
    // "joined the consultative forum that A, B, C and D established in 1997": the forum is the
    // organisation its founders make up, and they founded it; "signed a charter for GUUAM".
    check(
        "2001-07-01",
        "In Washington in April 1999, Uzbekistan joined the consultative forum that Georgia, \
         Ukraine, Azerbaijan and Moldova established in October 1997. Georgia, Ukraine, \
         Uzbekistan, Azerbaijan and Moldova signed a charter for GUUAM in Yalta on 7 June.",
        &[
            "joined Uzbekistan GUAM 1999-04 asserted",
            "founded Georgia GUAM 1997-10 asserted",
            "founded Ukraine GUAM 1997-10 asserted",
            "founded Azerbaijan GUAM 1997-10 asserted",
            "founded Moldova GUAM 1997-10 asserted",
            "signed Georgia GUAM 2001-06-07 asserted",
            "signed Ukraine GUAM 2001-06-07 asserted",
            "signed Uzbekistan GUAM 2001-06-07 asserted",
            "signed Azerbaijan GUAM 2001-06-07 asserted",
            "signed Moldova GUAM 2001-06-07 asserted",
        ],
    );
}

#[test]
fn the_first_review_of_the_eighteenth_session() {
    // A gap chain holds only states, dates and the words that join them ("while floods struck
    // Moldova in July, Georgia in May" is another clause); "It was later joined by" after a
    // sentence on a protest joins nothing; an answer headed "Observers:" or "Former members:"
    // lists no members; "Is it odd that ..." takes its clause as given, "Is it not true that"
    // too; a grouping gathered for another organisation's exercise is not the one its states
    // make up; "the organisation's councils", "the NATO Individual Partnership Action Plan",
    // "the EU action plan" are something of it; a name taken later is a renaming.
    check(
        "2005-06-20",
        "Armenia joined the WTO in February 2003, while floods struck Moldova and Ukraine in \
         July, Georgia and Azerbaijan in May. Georgia criticised the CIS. It was later joined by \
         Azerbaijan on 24 September, Moldova on 9 December. Is it odd that Armenia is a member \
         of the CSTO? Is it not true that Georgia is a member of GUAM?",
        &[
            "joined Armenia WTO 2003-02 asserted",
            "member Armenia CSTO 2005-06-20 asserted",
            "member Georgia GUAM 2005-06-20 asserted",
        ],
    );
    check(
        "2005-06-20",
        "Who's left in EurAsEC? Observers: Armenia, Moldova and Ukraine.",
        &[
            "observer Armenia EurAsEC 2005-06-20 asserted",
            "observer Moldova EurAsEC 2005-06-20 asserted",
            "observer Ukraine EurAsEC 2005-06-20 asserted",
        ],
    );
    check(
        "2005-06-20",
        "Armenia joined the group of Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan for \
         a CSTO exercise. Belarus walked out of the CSTO summit in June. Lukashenko restored his \
         country's full membership of the organisation's councils in October. Georgia signed \
         in Brussels the NATO Individual Partnership Action Plan. Moldova signed the EU action \
         plan. Georgia, Ukraine, Azerbaijan and Moldova formed a forum that later took the name \
         GUAM in May 2006.",
        &[],
    );
    // An editorial "our country" is not one reported: "X said our country ...", "Y: our
    // country ...".
    let text = "Publication: The Tashkent Herald\nDate: 2006-08-01\nTitle: Test\n\nThe Kazakh \
                foreign minister said our country would never join NATO. Mr Saakashvili: our \
                country will leave the CIS. Our republic has been in the SCO since 2001.\n";
    assert_eq!(
        facts_of(text),
        ["member Uzbekistan SCO 2001..2006-08-01 asserted"]
    );
}

#[test]
fn a_number_with_a_relative_clause_named_by_the_list_after_it() {
    // "the three that left — A, B and C —": the list set off after the relative clause names
    // the number (as many as it says); a gapped "and Belarus on ..." after another clause is
    // not the relative clause's event.
    check(
        "2002-10-18",
        "The three that left the Collective Security Treaty in 1999 — Azerbaijan, Georgia and \
         Uzbekistan — show no wish to return. The six that put their names to the treaty in \
         Tashkent in May 1992 (Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and \
         Uzbekistan) and three latecomers, Azerbaijan in September 1993 and Belarus on the last \
         day of that year, made nine. The two that left (Georgia, Azerbaijan and Uzbekistan) \
         are three.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "signed Armenia CST 1992-05 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Kyrgyzstan CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
            "signed Tajikistan CST 1992-05 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
        ],
    );
}

#[test]
fn a_state_whose_government_acts() {
    // "Uzbekistan, whose government stopped taking part in GUUAM": the state acts through its
    // government, leaders or authorities (one state only).
    check(
        "2002-10-12",
        "Uzbekistan, whose government stopped taking part in GUUAM this year, objected. Georgia \
         and Moldova, whose governments signed nothing, objected. Ukraine, whose leaders want to \
         join NATO, objected. The Georgian authorities left the CIS in May.",
        &[
            "suspended Uzbekistan GUAM 2002 asserted",
            "joined Ukraine NATO 2002-10-12.. planned",
            "withdrew Georgia CIS 2002-05 asserted",
        ],
    );
}

#[test]
fn made_observers_welcomed_as_a_member_about_to_join_and_a_count_with_unknown_names() {
    // "made India, Iran and Pakistan observers" (not "an observer to its war games");
    // "welcomed Uzbekistan as a full member" is a joining; "is about to join" a plan; "seven
    // countries formally joined NATO: ..." counts the names the lexicon does not know too.
    check(
        "2012-07-10",
        "At its summit in July 2005 the SCO made India, Iran and Pakistan observers. In 2004 the \
         SCO made Mongolia an observer to its war games. In June 2001 the SCO welcomed \
         Uzbekistan as a full member. Russia is finally about to join the World Trade \
         Organization. On 29 March 2004, seven countries formally joined NATO: Estonia, Latvia \
         and Lithuania, plus Bulgaria, Romania, Slovakia and Slovenia.",
        &[
            "observer India SCO 2005-07 asserted",
            "observer Iran SCO 2005-07 asserted",
            "observer Pakistan SCO 2005-07 asserted",
            "joined Uzbekistan SCO 2001-06 asserted",
            "joined Russia WTO 2012-07-10.. planned",
            "joined Estonia NATO 2004-03-29 asserted",
            "joined Latvia NATO 2004-03-29 asserted",
            "joined Lithuania NATO 2004-03-29 asserted",
            "joined Bulgaria NATO 2004-03-29 asserted",
            "joined Romania NATO 2004-03-29 asserted",
        ],
    );
}

#[test]
fn a_listing_counted_as_another_organisation_has_them() {
    // "Its four members, A, B, C and D" pointing back to the treaty (nine members then) after a
    // mention of GUAM (four): the count said with the listing decides, the states fitting both
    // in part.
    check(
        "1997-11-05",
        "GUAM was formed in October. The Collective Security Treaty is older. Its four members, \
         Georgia, Ukraine, Azerbaijan and Moldova, met in Strasbourg.",
        &[
            "founded - GUAM 1997-10 asserted",
            "count GUAM 4 members 1997-11-05",
            "member Georgia GUAM 1997-11-05 asserted",
            "member Ukraine GUAM 1997-11-05 asserted",
            "member Azerbaijan GUAM 1997-11-05 asserted",
            "member Moldova GUAM 1997-11-05 asserted",
        ],
    );
}

#[test]
fn but_in_neither_and_months_one_each_or_together() {
    // "sits in GUUAM but in neither X nor Y" denies both; "joined in January and February"
    // spans both months; "in May and June 1994 respectively" gives one each.
    check(
        "1999-05-12",
        "Uzbekistan now sits in GUUAM but in neither the customs union nor the Collective \
         Security Treaty. Lithuania, Estonia and Latvia joined the Partnership for Peace in \
         January and February 1994. Almaty and Bishkek have both joined NATO's Partnership for \
         Peace, in May and June 1994 respectively.",
        &[
            "member Uzbekistan GUAM 1999-05-12 asserted",
            "not_member Uzbekistan CustomsUnion 1999-05-12 asserted",
            "not_member Uzbekistan CST 1999-05-12 asserted",
            "joined Lithuania PfP 1994..1994-02 asserted",
            "joined Estonia PfP 1994..1994-02 asserted",
            "joined Latvia PfP 1994..1994-02 asserted",
            "joined Kazakhstan PfP 1994-05 asserted",
            "joined Kyrgyzstan PfP 1994-06 asserted",
        ],
    );
}

#[test]
fn the_second_review_of_the_eighteenth_session() {
    // "was about to join" tells no plan of the article's time (nor is "reportedly about to"
    // anything but hedged); "could have made Iran a member" is no plan; "made ... a member
    // again" and "welcomed ... as a full member once again" are returns; "an observer-free
    // zone" and "a full member of the Partnership for Peace" (welcomed by NATO) are not the
    // status they name; "made Afghanistan an observer at its Beijing summit" keeps the
    // summit's date; "the NATO-Russia Founding Act" is no NATO document of membership.
    check(
        "2012-07-10",
        "Uzbekistan is reportedly about to leave the CSTO. The SCO could have made Iran a \
         member. The CSTO made Uzbekistan a member again in August 2006. At the Dushanbe \
         summit the SCO made Georgia an observer-free zone. NATO welcomed Georgia as a full \
         member of the Partnership for Peace in 1994. The SCO made Afghanistan an observer at \
         its Beijing summit in June. Russia signed the NATO-Russia Founding Act in 1997.",
        &[
            "withdrew Uzbekistan CSTO ..2012-07-10 hedged",
            "rejoined Uzbekistan CSTO 2006-08 asserted",
            "observer Afghanistan SCO 2012-06 asserted",
        ],
    );
    // A plain "its four members" decides between organisations; "its four westernmost
    // members" (a part) and "the treaty's four members" (named) do not, and what the sentence
    // goes on to say of the four counted is of the organisation they are counted in.
    check(
        "1997-11-01",
        "GUAM was formed in October. The Collective Security Treaty is older. The treaty's four \
         members, Georgia, Ukraine, Azerbaijan and Moldova, met.",
        &[
            "founded - GUAM 1997-10 asserted",
            "count CST 4 members 1997-11-01",
            "member Azerbaijan CST 1997-11-01 asserted",
            "member Georgia CST 1997-11-01 asserted",
            "member Moldova CST 1997-11-01 asserted",
            "member Ukraine CST 1997-11-01 asserted",
        ],
    );
    check(
        "2008-08-20",
        "GUAM held its summit in Batumi in July. The CIS summit was called off. Its four members, \
         Georgia, Ukraine, Azerbaijan and Moldova, will quit.",
        &[
            "count GUAM 4 members 2008-08-20",
            "member Azerbaijan GUAM 2008-08-20 asserted",
            "member Georgia GUAM 2008-08-20 asserted",
            "member Moldova GUAM 2008-08-20 asserted",
            "member Ukraine GUAM 2008-08-20 asserted",
            "withdrew Azerbaijan GUAM 2008-08-20.. planned",
            "withdrew Georgia GUAM 2008-08-20.. planned",
            "withdrew Moldova GUAM 2008-08-20.. planned",
            "withdrew Ukraine GUAM 2008-08-20.. planned",
        ],
    );
}

#[test]
fn signed_on_came_back_into_and_an_organisation_counted_before_its_list() {
    // "signed on to" is a joining, "came back into" a return; "isn't a member yet" is no
    // member; "the GUAM four — A, B, C, D —"
    // lists the members (exactly as many as counted).
    check(
        "1999-02-16",
        "Kyrgyzstan signed on to the customs union in March 1996. In September 1993 Azerbaijan \
         came back into the CIS. Officials met the GUAM four — Georgia, Ukraine, Azerbaijan and \
         Moldova — in Baku. They met the GUAM three — Georgia and Ukraine — too. Kyrgyzstan \
         joined the WTO in 1998; Kazakhstan isn't a member yet.",
        &[
            "joined Kyrgyzstan WTO 1998 asserted",
            "not_member Kazakhstan WTO 1999-02-16 asserted",
            "joined Kyrgyzstan CustomsUnion 1996-03 asserted",
            "rejoined Azerbaijan CIS 1993-09 asserted",
            "member Georgia GUAM 1999-02-16 asserted",
            "member Ukraine GUAM 1999-02-16 asserted",
            "member Azerbaijan GUAM 1999-02-16 asserted",
            "member Moldova GUAM 1999-02-16 asserted",
        ],
    );
}

#[test]
fn durations_and_relative_days_restated() {
    // "Turkey, a NATO member for six decades": from sixty years before, in an apposition with
    // nothing after the duration and no date in its clause ("In 2005 Uzbekistan, a GUAM member
    // for six years, walked out" and "for seven years until 2005" are counted from another
    // time); "A week later, in Shanghai on 15 June" is the day restated after a place; "two
    // weeks later" stays undated, and "a year ago, in May 1994" in 2001 restates nothing.
    check(
        "2012-07-07",
        "Turkey, a NATO member for six decades, objected. In 2005 Uzbekistan, a GUAM member for \
         six years, walked out. Armenia, a CSTO member for ten years until 2012, objected.",
        &[
            "member Turkey NATO 1952..2012-07-07 asserted",
            "member Uzbekistan GUAM 2005 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
            "member Armenia CSTO 2012-07-07 asserted",
        ],
    );
    check(
        "2001-06-19",
        "In Yalta on 7 June GUUAM signed a charter. A week later, in Shanghai on 15 June, China \
         and Russia founded the Shanghai Cooperation Organisation. Azerbaijan joined the \
         Partnership for Peace a year ago, in May 1994. Kazakhstan joined the WTO two weeks \
         later.",
        &[
            "founded China SCO 2001-06-15 asserted",
            "founded Russia SCO 2001-06-15 asserted",
            "joined Azerbaijan PfP 2000 asserted",
            "joined Kazakhstan WTO ..2001-06-19 asserted",
        ],
    );
}

#[test]
fn the_third_review_of_the_eighteenth_session() {
    // "isn't a member yet of the WTO" is not the customs union's; "the SCO four — Mongolia,
    // Iran, India and Pakistan —" are not its members (the timeline has them out); "came back
    // into the CSTO headlines" is no return.
    check(
        "2008-04-02",
        "The customs union will open its borders next July. Kazakhstan isn't a member yet of the \
         WTO. Beyond the SCO four — Mongolia, Iran, India and Pakistan — other states want a \
         say. Uzbekistan came back into the CSTO headlines in June.",
        &[],
    );
}

#[test]
fn a_counted_list_in_brackets_and_who_remains_in() {
    // "The GUAM four (A, B, C, D)" like the dashed form; "Who remains in EurAsEC?" asks for the
    // members ("Who remains outside?" does not).
    check(
        "2008-04-02",
        "The GUAM four (Georgia, Ukraine, Azerbaijan and Moldova) met in Baku. Who remains in \
         EurAsEC? Five countries: Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan. Who \
         remains outside the CSTO? Two countries: Georgia and Azerbaijan.",
        &[
            "count EurAsEC 5 members 2008-04-02",
            "member Georgia GUAM 2008-04-02 asserted",
            "member Ukraine GUAM 2008-04-02 asserted",
            "member Azerbaijan GUAM 2008-04-02 asserted",
            "member Moldova GUAM 2008-04-02 asserted",
            "member Belarus EurAsEC 2008-04-02 asserted",
            "member Kazakhstan EurAsEC 2008-04-02 asserted",
            "member Kyrgyzstan EurAsEC 2008-04-02 asserted",
            "member Russia EurAsEC 2008-04-02 asserted",
            "member Tajikistan EurAsEC 2008-04-02 asserted",
        ],
    );
}

#[test]
fn made_observers_in_the_passive() {
    // "were made observers at the SCO summit in July 2005", "was made an observer of the SCO";
    // not "an observer of the SCO exercises".
    check(
        "2008-04-02",
        "India, Iran and Pakistan were made observers at the SCO summit in Astana in July 2005. \
         Mongolia was made an observer of the SCO exercises in 2004.",
        &[
            "observer India SCO 2005-07 asserted",
            "observer Iran SCO 2005-07 asserted",
            "observer Pakistan SCO 2005-07 asserted",
        ],
    );
}

#[test]
fn the_last_day_of_a_year_and_later_that_month() {
    // "on the last day of 1993" is 31 December; "later that month" is the month the sentence
    // before named (not past a month this sentence names: "in May, ... earlier that same
    // month" is May).
    check(
        "1996-04-10",
        "Belarus joined the Tashkent Treaty on the last day of 1993. The customs union was \
         formed in January 1995 by Russia and Belarus. Kazakhstan joined it later that month.",
        &[
            "joined Belarus CST 1993-12-31 asserted",
            "founded Russia CustomsUnion 1995-01 asserted",
            "founded Belarus CustomsUnion 1995-01 asserted",
            "joined Kazakhstan CustomsUnion 1995-01 asserted",
        ],
    );
    check(
        "2005-08-31",
        "Talks opened in July 2005. After the killings in May, Uzbekistan quit GUUAM earlier \
         that same month.",
        &["withdrew Uzbekistan GUAM 2005-05 asserted"],
    );
}

#[test]
fn a_box_about_an_organisation_is_the_object_of_its_bare_verbs() {
    // A background box headed by an organisation: "acceded" without an object there is of the
    // box's organisation, not of what the article is about.
    check(
        "1998-12-22",
        "Kyrgyzstan joined the WTO this week.\n\nBACKGROUND: THE CUSTOMS UNION\n\nEstablished \
         by Russia and Belarus in January 1995. Kazakhstan acceded the same month and \
         Kyrgyzstan in March 1996.",
        &[
            "joined Kyrgyzstan WTO ..1998-12-22 asserted",
            "joined Kazakhstan CustomsUnion 1995-01 asserted",
            "joined Kyrgyzstan CustomsUnion 1996-03 asserted",
        ],
    );
}

#[test]
fn since_when_each_of_a_group_has_held_a_status() {
    // A status told of a group, then since when some of them have held it: each named there
    // holds it from that time; the others keep the article's date.
    check(
        "1997-10-20",
        "Georgia, Ukraine, Azerbaijan and Moldova met in Strasbourg. All four are members of \
         the Commonwealth of Independent States: Ukraine and Moldova since December 1991, \
         Azerbaijan since September 1993 and Georgia since December 1993 (see our note). All \
         four take part in NATO's Partnership for Peace, Ukraine since February 1994.",
        &[
            "member Ukraine CIS 1991-12..1997-10-20 asserted",
            "member Moldova CIS 1991-12..1997-10-20 asserted",
            "member Azerbaijan CIS 1993-09..1997-10-20 asserted",
            "member Georgia CIS 1993-12..1997-10-20 asserted",
            "member Ukraine PfP 1994-02..1997-10-20 asserted",
            "member Georgia PfP 1997-10-20 asserted",
            "member Azerbaijan PfP 1997-10-20 asserted",
            "member Moldova PfP 1997-10-20 asserted",
        ],
    );
}

#[test]
fn proclaiming_the_creation_of_an_organisation_founds_it() {
    check_all(
        "2001-06-19",
        "On 15 June, in Shanghai, the presidents of China, Kazakhstan, Kyrgyzstan, Russia, \
         Tajikistan and Uzbekistan proclaimed the creation of the Shanghai Cooperation \
         Organisation.",
        each(SCO_SIX, "founded {} SCO 2001-06-15 asserted"),
    );
}

#[test]
fn members_named_as_the_subject_of_a_dated_past_clause_were_members_then() {
    // A group of members named as the subject of a clause told in the past with a date of its
    // own were members on that date; not when the words up to the verb speak of the present
    // ("still in"), nor one state described in passing.
    check(
        "2001-06-12",
        "GUUAM's five members, Georgia, Ukraine, Uzbekistan, Azerbaijan and Moldova, met in \
         Yalta on 7 June. The six states still in the Collective \
         Security Treaty, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan, met \
         in Moscow on 14 May. Uzbekistan, a GUUAM member, attended a summit in Dushanbe in July 2000.",
        &[
            "member Georgia GUAM 2001-06-07 asserted",
            "member Ukraine GUAM 2001-06-07 asserted",
            "member Uzbekistan GUAM 2001-06-07 asserted",
            "member Azerbaijan GUAM 2001-06-07 asserted",
            "member Moldova GUAM 2001-06-07 asserted",
            "count GUAM 5 members 2001-06-07",
            "member Armenia CST 2001-06-12 asserted",
            "member Belarus CST 2001-06-12 asserted",
            "member Kazakhstan CST 2001-06-12 asserted",
            "member Kyrgyzstan CST 2001-06-12 asserted",
            "member Russia CST 2001-06-12 asserted",
            "member Tajikistan CST 2001-06-12 asserted",
            "member Uzbekistan GUAM 2001-06-12 asserted",
        ],
    );
}

#[test]
fn so_do_others_opening_a_sentence_and_a_counted_compound_before_the_name() {
    // "So do A, B and C." opening a sentence repeats what the one before asserted, as "Nor is
    // Moldova." repeats a denial; "the nine-member Collective Security Treaty" is the treaty.
    check(
        "1994-09-22",
        "Armenia belongs to the Collective Security Treaty. So do Russia, Kazakhstan and \
         Belarus. Ukraine is not in the treaty. Nor is Moldova. Georgia, too, remains in the \
         nine-member Collective Security Treaty. Two of the four, Georgia and Azerbaijan, are \
         parties to the Collective Security Treaty.",
        &[
            "member Armenia CST 1994-09-22 asserted",
            "member Russia CST 1994-09-22 asserted",
            "member Kazakhstan CST 1994-09-22 asserted",
            "member Belarus CST 1994-09-22 asserted",
            "not_member Ukraine CST 1994-09-22 asserted",
            "not_member Moldova CST 1994-09-22 asserted",
            "member Georgia CST 1994-09-22 asserted",
            "count CST 9 members 1994-09-22",
            "member Georgia CST 1994-09-22 asserted",
            "member Azerbaijan CST 1994-09-22 asserted",
        ],
    );
}

#[test]
fn members_signatories_and_founders_spelt_out_by_a_copula() {
    // "The members that remain are A, B, ...", "The original signatories, who met in Tashkent in
    // May 1992, were A, B, ...", "Those who signed on Friday were ...": the organisation named
    // or pointed to, else the one the sentence before named.
    check(
        "1992-05-20",
        "Six states signed the Collective Security Treaty in Tashkent on 15 May. Those who \
         signed were Armenia, Kazakhstan, Russia and Uzbekistan.",
        &[
            "signed Armenia CST 1992-05-15 asserted",
            "signed Kazakhstan CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
            "signed Uzbekistan CST 1992-05-15 asserted",
            "count CST 6 signatories 1992-05-15",
        ],
    );
    check(
        "2009-08-20",
        "Georgia has left the CIS. The full members that remain are Armenia, Belarus and \
         Russia. The original signatories, who met in Minsk in December 1991, were Belarus, \
         Russia and Ukraine. The talks the members held were Armenia and Russia.",
        &[
            "withdrew Georgia CIS ..2009-08-20 asserted",
            "member Armenia CIS 2009-08-20 asserted",
            "member Belarus CIS 2009-08-20 asserted",
            "member Russia CIS 2009-08-20 asserted",
            "signed Belarus CIS 1991-12 asserted",
            "signed Russia CIS 1991-12 asserted",
            "signed Ukraine CIS 1991-12 asserted",
        ],
    );
}

#[test]
fn so_has_another_does_not_repeat_a_claim_made_in_passing() {
    // "So has Georgia" echoes what Ukraine did (questioned the organisation), not the aside
    // that made it a founder.
    check(
        "2005-08-29",
        "Ukraine, one of the Commonwealth's three founders, has openly questioned what the \
         organisation is for. So has Georgia.",
        &[
            "founded Ukraine CIS ..2005-08-29 asserted",
            "count CIS 3 founders 2005-08-29",
        ],
    );
}

#[test]
fn a_new_forum_its_founders_describe_and_the_pfp_framework_document() {
    // "A, B, C and D formed a consultative forum": the organisation its founders make up, by
    // the reference timeline (not "a working group"); signing the Partnership for Peace
    // Framework Document signs the Partnership.
    check(
        "1997-10-16",
        "Georgia, Ukraine, Azerbaijan and Moldova formed a consultative forum on 10 October. \
         Kazakhstan, Kyrgyzstan, Tajikistan and Russia formed a working group in May.",
        &[
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
            "founded Azerbaijan GUAM 1997-10-10 asserted",
            "founded Moldova GUAM 1997-10-10 asserted",
        ],
    );
    check(
        "1995-01-20",
        "Belarus signed the Partnership for Peace Framework Document in Brussels on 11 January.",
        &["signed Belarus PfP 1995-01-11 asserted"],
    );
}

#[test]
fn the_first_review_of_the_nineteenth_session() {
    // Each of these made a wrong fact, or lost one, in a review of the session's first changes.
    // A founding phrase founds only the organisation itself, named and standing alone.
    check(
        "2002-01-12",
        "Russia announced the establishment of a CIS anti-terrorist centre in 2000. Uzbekistan \
         declared the formation of GUAM a mistake in 2001. Moldova announced the founding of \
         the GUAM parliamentary assembly in 2001.",
        &[],
    );
    // A listing dated at its clause's event: "signed" too; not "current" members, not before
    // the organisation existed, not states described after they are named, not a grouping
    // described in passing after another noun.
    check(
        "2002-01-12",
        "GUUAM's five members, Georgia, Ukraine, Uzbekistan, Azerbaijan and Moldova, signed a \
         charter in Yalta on 7 June. The CSTO's six members, Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan, Russia and Tajikistan, declared independence in 1991. Uzbekistan and \
         Moldova, both GUUAM members, hosted talks in June 2001.",
        &[
            "member Georgia GUAM 2001-06-07 asserted",
            "member Ukraine GUAM 2001-06-07 asserted",
            "member Uzbekistan GUAM 2001-06-07 asserted",
            "member Azerbaijan GUAM 2001-06-07 asserted",
            "member Moldova GUAM 2001-06-07 asserted",
            "count GUAM 5 members 2001-06-07",
            "signed Georgia GUAM 2001-06-07 asserted",
            "signed Ukraine GUAM 2001-06-07 asserted",
            "signed Uzbekistan GUAM 2001-06-07 asserted",
            "signed Azerbaijan GUAM 2001-06-07 asserted",
            "signed Moldova GUAM 2001-06-07 asserted",
            "member Armenia CSTO 2002-01-12 asserted",
            "member Belarus CSTO 2002-01-12 asserted",
            "member Kazakhstan CSTO 2002-01-12 asserted",
            "member Kyrgyzstan CSTO 2002-01-12 asserted",
            "member Russia CSTO 2002-01-12 asserted",
            "member Tajikistan CSTO 2002-01-12 asserted",
            "count CSTO 6 members 2002-01-12",
            "member Uzbekistan GUAM 2002-01-12 asserted",
            "member Moldova GUAM 2002-01-12 asserted",
        ],
    );
    // "So does X" repeats the sentence's own claim, not one made in passing; with its own
    // date and hedge.
    check(
        "2005-01-12",
        "Armenia, a CSTO member, hosts a Russian base. So does Tajikistan. Georgia joined the \
         CIS in December 1993. So did Azerbaijan, in September. Armenia belongs to the CSTO. \
         So do Russia and Belarus, according to Moscow.",
        &[
            "member Armenia CSTO 2005-01-12 asserted",
            "joined Georgia CIS 1993-12 asserted",
            "joined Azerbaijan CIS 1993-09 asserted",
            "member Armenia CSTO 2005-01-12 asserted",
            "member Russia CSTO 2005-01-12 hedged",
            "member Belarus CSTO 2005-01-12 hedged",
        ],
    );
    // Signatories spelt out take a date only from words that tell the signing; a status tail
    // reaches states the status had not yet named.
    check(
        "2002-07-12",
        "The Collective Security Treaty was signed in Tashkent. The original signatories, who \
         fell out badly in 1999, were Armenia, Kazakhstan and Russia.",
        &[
            "signed Armenia CST ..2002-07-12 asserted",
            "signed Kazakhstan CST ..2002-07-12 asserted",
            "signed Russia CST ..2002-07-12 asserted",
        ],
    );
    check(
        "2001-05-01",
        "All four are members of the CIS: Ukraine and Moldova since December 1991, Azerbaijan \
         since September 1993.",
        &[
            "member Ukraine CIS 1991-12..2001-05-01 asserted",
            "member Moldova CIS 1991-12..2001-05-01 asserted",
            "member Azerbaijan CIS 1993-09..2001-05-01 asserted",
        ],
    );
}

#[test]
fn outside_remain_and_the_predecessor_treaty() {
    // "Outside remain A, B and C" denies membership of the organisation in question (named
    // after "outside", else the one before, else the article's); "the predecessor treaty" is
    // the one before the organisation named.
    check(
        "1994-01-12",
        "The Tashkent treaty now has nine parties. Outside remain Ukraine, Moldova and \
         Turkmenistan, Ashgabat citing its neutrality. Still outside the Commonwealth is \
         Estonia. Outside the hall stood Russia and Belarus.",
        &[
            "not_member Ukraine CST 1994-01-12 asserted",
            "not_member Moldova CST 1994-01-12 asserted",
            "not_member Turkmenistan CST 1994-01-12 asserted",
            "not_member Estonia CIS 1994-01-12 asserted",
            "count CST 9 members 1994-01-12",
        ],
    );
    check(
        "2006-08-21",
        "Uzbekistan rejoined the CSTO this week, seven years after it quit the predecessor \
         treaty.",
        &[
            "rejoined Uzbekistan CSTO ..2006-08-21 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn the_second_review_of_the_nineteenth_session() {
    // A grouping described by what it is about or made of is no founding of the organisation
    // its members make up, nor one dated in another year than that organisation's founding.
    check(
        "2011-05-10",
        "Georgia, Ukraine, Azerbaijan and Moldova set up a forum on Black Sea security with \
         Turkey in 1997. Georgia, Ukraine, Azerbaijan and Moldova set up a new grouping in 2010 \
         to promote gas transit. Georgia, Ukraine, Azerbaijan and Moldova set up a consultative \
         forum of their own in 1997.",
        &[
            "founded Georgia GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
        ],
    );
    // A listing is not dated by what its members agreed to do; its count goes with it.
    check(
        "2006-05-10",
        "GUAM's members, Georgia, Ukraine, Azerbaijan and Moldova, agreed to meet in Kiev on 23 \
         May. GUUAM's five members, Georgia, Ukraine, Uzbekistan, Azerbaijan and Moldova, met in \
         Yalta in June 2001.",
        &[
            "member Georgia GUAM 2006-05-10 asserted",
            "member Ukraine GUAM 2006-05-10 asserted",
            "member Azerbaijan GUAM 2006-05-10 asserted",
            "member Moldova GUAM 2006-05-10 asserted",
            "member Georgia GUAM 2001-06 asserted",
            "member Ukraine GUAM 2001-06 asserted",
            "member Uzbekistan GUAM 2001-06 asserted",
            "member Azerbaijan GUAM 2001-06 asserted",
            "member Moldova GUAM 2001-06 asserted",
            "count GUAM 5 members 2001-06",
        ],
    );
    // "So" with its own date anywhere in it, or its own "since"; members still to come are no
    // members; a "since" tail after single states; "the first day of January 1994".
    check(
        "2003-05-10",
        "Armenia joined the Tashkent Treaty in May 1992. So, in December 1993, did Belarus. \
         Georgia has been a member of the CIS since 1993. So has Moldova, since 1991. \
         Uzbekistan will leave GUAM in June. The members that will remain are Georgia and \
         Ukraine. Kazakhstan acceded to the Tashkent Treaty on the first day of January 1994.",
        &[
            "joined Armenia CST 1992-05 asserted",
            "joined Belarus CST 1993-12 asserted",
            "member Georgia CIS 1993..2003-05-10 asserted",
            "member Moldova CIS 1991..2003-05-10 asserted",
            "withdrew Uzbekistan GUAM 2003-06 planned",
            "joined Kazakhstan CST 1994-01-01 asserted",
        ],
    );
    check(
        "2003-05-10",
        "Both are members of the CIS: Ukraine since December 1991, Azerbaijan since September \
         1993.",
        &[
            "member Ukraine CIS 1991-12..2003-05-10 asserted",
            "member Azerbaijan CIS 1993-09..2003-05-10 asserted",
        ],
    );
}

#[test]
fn a_gap_days_or_weeks_after_the_day_told() {
    // "Moldova on 16 March and Georgia a week later": days on from the day the gap follows
    // (none from a month: "in February and Georgia a week later").
    check(
        "1994-05-18",
        "Ukraine joined the Partnership for Peace on 8 February, Moldova on 16 March and \
         Georgia a week later. Romania joined the Partnership for Peace in January and \
         Lithuania a week later.",
        &[
            "joined Ukraine PfP 1994-02-08 asserted",
            "joined Moldova PfP 1994-03-16 asserted",
            "joined Georgia PfP 1994-03-23 asserted",
            "joined Romania PfP 1994-01 asserted",
        ],
    );
}

#[test]
fn members_spelt_out_after_a_colon_or_set_off_by_commas() {
    // A sentence opening with a noun for an organisation's members that a list spells out
    // after a colon ("The treaty's tally now: ...", "The treaty's nine members are worth
    // naming: ...", as many as it counts) or set off by commas ("The members that remain, A, B
    // and C, met"); not a list after a verb ("The members are divided, A and B against C").
    check(
        "1994-01-12",
        "The Collective Security Treaty gained two members. The treaty's tally now: Armenia, \
         Azerbaijan, Belarus and Georgia. The treaty's three founders are worth naming: Russia, \
         Armenia, Kazakhstan and Uzbekistan.",
        &[
            "member Armenia CST 1994-01-12 asserted",
            "member Azerbaijan CST 1994-01-12 asserted",
            "member Belarus CST 1994-01-12 asserted",
            "member Georgia CST 1994-01-12 asserted",
            "count CST 3 founders 1994-01-12",
        ],
    );
    check(
        "2009-08-20",
        "Georgia left the CIS. The members that remain, Armenia, Belarus and Russia, met in \
         Moscow. The members are divided, Armenia and Russia against Belarus.",
        &[
            "withdrew Georgia CIS ..2009-08-20 asserted",
            "member Armenia CIS 2009-08-20 asserted",
            "member Belarus CIS 2009-08-20 asserted",
            "member Russia CIS 2009-08-20 asserted",
        ],
    );
}

#[test]
fn a_counted_subject_spelt_out_after_a_colon_and_a_line_up_in_brackets() {
    // "Six Commonwealth states signed ...: A, B, ..." (exactly that many); "The current CSTO
    // line-up (A, B, ...)".
    check(
        "2009-10-10",
        "Six Commonwealth states signed a Collective Security Treaty in Tashkent on 15 May 1992: \
         Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan. Four states joined \
         GUAM: Georgia and Ukraine. The current CSTO line-up (Armenia, Belarus and Russia) met.",
        &[
            "signed Armenia CST 1992-05-15 asserted",
            "signed Kazakhstan CST 1992-05-15 asserted",
            "signed Kyrgyzstan CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
            "signed Tajikistan CST 1992-05-15 asserted",
            "signed Uzbekistan CST 1992-05-15 asserted",
            "member Armenia CSTO 2009-10-10 asserted",
            "member Belarus CSTO 2009-10-10 asserted",
            "member Russia CSTO 2009-10-10 asserted",
        ],
    );
}

#[test]
fn the_third_review_of_the_nineteenth_session() {
    // The organisation the sentence before named keeps the members that remain unless the
    // reference timeline has one of them out of it.
    check(
        "2004-02-10",
        "The CSTO held drills near Bishkek. The members that remain, Russia, Kazakhstan, \
         Kyrgyzstan and Tajikistan, met in Moscow.",
        &[
            "member Russia CSTO 2004-02-10 asserted",
            "member Kazakhstan CSTO 2004-02-10 asserted",
            "member Kyrgyzstan CSTO 2004-02-10 asserted",
            "member Tajikistan CSTO 2004-02-10 asserted",
        ],
    );
    // A grouping described by what it is about is the one named further on.
    check(
        "2001-08-10",
        "Georgia, Ukraine, Azerbaijan and Moldova formed a group of like-minded states, GUAM, in \
         1997.",
        &[
            "founded Georgia GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
        ],
    );
    // "Outside remain": what the sentence before was about, not a body named in passing nor
    // one the reference timeline has them in; a tally of signatures counts no members; "So
    // will" is still to come; "the six states still in" a treaty spelt out.
    check(
        "2003-05-10",
        "The CSTO is Moscow's military answer to the CIS's failings. Outside remain Georgia and \
         Moldova. GUUAM leaders met in Yalta. The tally of signatures on the trade accord now: \
         Georgia, Ukraine and Moldova.",
        &[
            "not_member Georgia CSTO 2003-05-10 asserted",
            "not_member Moldova CSTO 2003-05-10 asserted",
        ],
    );
    check(
        "1999-02-10",
        "Uzbekistan left the Tashkent Treaty this month. So, in May, will Georgia. The six states \
         still in the Collective Security Treaty (CST), Armenia, Belarus, Kazakhstan, Kyrgyzstan, \
         Russia and Tajikistan, met in Minsk.",
        &[
            "withdrew Uzbekistan CST 1999-02 asserted",
            "withdrew Georgia CST 1999-05 planned",
            "member Armenia CST 1999-02-10 asserted",
            "member Belarus CST 1999-02-10 asserted",
            "member Kazakhstan CST 1999-02-10 asserted",
            "member Kyrgyzstan CST 1999-02-10 asserted",
            "member Russia CST 1999-02-10 asserted",
            "member Tajikistan CST 1999-02-10 asserted",
        ],
    );
}

#[test]
fn so_did_another_repeats_the_last_predicate_in_its_tense() {
    // "So did X" repeats the sentence's last predicate: not a membership claim another
    // predicate follows ("rejoined ... and promptly sent officers"); "So does" a status, "So
    // did" an event.
    check(
        "2010-01-10",
        "Uzbekistan rejoined the CSTO on 16 August and promptly sent officers to an exercise. So \
         did Kyrgyzstan. Armenia belongs to the CSTO but courts Brussels. So does Belarus. \
         Georgia left the CIS in 2009. So does Ukraine.",
        &[
            "rejoined Uzbekistan CSTO 2009-08-16 asserted",
            "member Armenia CSTO 2010-01-10 asserted",
            "withdrew Georgia CIS 2009 asserted",
        ],
    );
}

#[test]
fn sitting_with_others_in_an_organisation() {
    // "Yerevan sits with A, B and C in the CST": all of them are members; denied, the subject
    // is not one; "sat ... in 1995" at its date; not "in the CSTO summit hall".
    check(
        "2000-10-10",
        "Yerevan sits with Russia, Belarus and Tajikistan in the Collective Security Treaty but \
         shares no border with them. Georgia does not sit with Russia in the CSTO. Armenia sat \
         with Russia in the CSTO summit hall. Kazakhstan sat with Russia and Belarus in the \
         Collective Security Treaty in 1995.",
        &[
            "member Armenia CST 2000-10-10 asserted",
            "member Russia CST 2000-10-10 asserted",
            "member Belarus CST 2000-10-10 asserted",
            "member Tajikistan CST 2000-10-10 asserted",
            "not_member Georgia CSTO 2000-10-10 asserted",
            "member Russia CSTO 2000-10-10 asserted",
            "member Kazakhstan CST 1995 asserted",
            "member Russia CST 1995 asserted",
            "member Belarus CST 1995 asserted",
        ],
    );
}

#[test]
fn a_count_with_its_members_in_brackets_and_a_list_with_an_aside() {
    // "It now has seven members (A, ..., and, once more, G)": the count's members in brackets,
    // a list going on past "and, once more,".
    check(
        "2006-08-24",
        "The CSTO met in Minsk. It now has seven members (Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan, Russia, Tajikistan and, once more, Uzbekistan), one more than in 2002.",
        &[
            "member Armenia CSTO 2006-08-24 asserted",
            "member Belarus CSTO 2006-08-24 asserted",
            "member Kazakhstan CSTO 2006-08-24 asserted",
            "member Kyrgyzstan CSTO 2006-08-24 asserted",
            "member Russia CSTO 2006-08-24 asserted",
            "member Tajikistan CSTO 2006-08-24 asserted",
            "member Uzbekistan CSTO 2006-08-24 asserted",
            "count CSTO 7 members 2006-08-24",
        ],
    );
}

#[test]
fn the_last_review_of_the_nineteenth_session() {
    // Sitting with others: a denial is the subject's not_member (the others stay members), a
    // date before the subject dates it, "since" runs on to the article; a count's bracketed
    // members only as it is now and of the organisation itself.
    check(
        "2006-03-10",
        "Armenia does not sit with Russia in the CIS. In 1995 Tbilisi sat with Moscow and Baku \
         in the Collective Security Treaty. Yerevan has sat with Moscow in the CSTO since 2002.",
        &[
            "not_member Armenia CIS 2006-03-10 asserted",
            "member Russia CIS 2006-03-10 asserted",
            "member Georgia CST 1995 asserted",
            "member Russia CST 1995 asserted",
            "member Azerbaijan CST 1995 asserted",
            "member Armenia CSTO 2002..2006-03-10 asserted",
            "member Russia CSTO 2002..2006-03-10 asserted",
        ],
    );
    // (the counts themselves are read elsewhere, and not checked here)
    let got = facts(
        "2004-03-10",
        "The collective security pact was signed in 1992. It once had nine members (Armenia, \
         Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and \
         Uzbekistan). The CSTO held a summit. Its secretariat now has three members (Armenia, \
         Belarus and Russia).",
    );
    assert!(!got.iter().any(|f| f.starts_with("member ")), "{got:?}");
}

#[test]
fn a_long_list_all_staying_out_of_the_articles_organisation() {
    // "A, B, C, ... all stayed out": out of what the article is about (none of them in it by
    // the reference timeline); so is a single state staying out that the timeline has out.
    check(
        "2000-10-11",
        "Five states founded the Eurasian Economic Community in Astana on 10 October. The talks \
         took two days. Uzbekistan, Turkmenistan, Armenia and Azerbaijan all stayed out. \
         Ukraine stayed out.",
        &[
            "not_member Ukraine EurAsEC 2000-10-11 asserted",
            "not_member Uzbekistan EurAsEC 2000-10-11 asserted",
            "not_member Turkmenistan EurAsEC 2000-10-11 asserted",
            "not_member Armenia EurAsEC 2000-10-11 asserted",
            "not_member Azerbaijan EurAsEC 2000-10-11 asserted",
            "count EurAsEC 5 founders 2000-10-10",
        ],
    );
}

#[test]
fn counted_parties_staying_in_spelt_out_after_a_colon() {
    // "Six parties stay in: A, B, ...": a status with nothing after it, of the organisation the
    // sentence before named (exactly as many as counted).
    check(
        "1999-05-10",
        "The Collective Security Treaty was renewed in April. Six parties stay in: Armenia, \
         Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan. Two parties stay in: Georgia, \
         Azerbaijan and Uzbekistan.",
        &[
            "member Armenia CST 1999-05-10 asserted",
            "member Belarus CST 1999-05-10 asserted",
            "member Kazakhstan CST 1999-05-10 asserted",
            "member Kyrgyzstan CST 1999-05-10 asserted",
            "member Russia CST 1999-05-10 asserted",
            "member Tajikistan CST 1999-05-10 asserted",
        ],
    );
}

#[test]
fn a_state_a_passive_document_is_with_signs_nothing() {
    // "A bilateral treaty of alliance with Russia was signed": Russia is no signatory of the
    // organisation the article is about.
    check(
        "2006-08-25",
        "Uzbekistan rejoined the CSTO in July 2005. A bilateral treaty of alliance with Russia \
         was signed the same month.",
        &["rejoined Uzbekistan CSTO 2005-07 asserted"],
    );
}

#[test]
fn a_count_of_states_that_a_list_after_it_makes_up_exactly() {
    // "It binds nine countries ...: A, B, ..." and "Nine states are now parties to the treaty:
    // the six original signatories (A, ...) and C, D and E, which acceded in 1993": members at
    // the article's date of the organisation the words before name or point to, when the states
    // named after the colon (or between dashes) are exactly as many as the count.
    check(
        "1994-04-21",
        "The Collective Security Treaty has come into force. It binds four countries for five \
         years: Armenia, Belarus, Georgia and Russia.",
        &[
            "member Armenia CST 1994-04-21 asserted",
            "member Belarus CST 1994-04-21 asserted",
            "member Georgia CST 1994-04-21 asserted",
            "member Russia CST 1994-04-21 asserted",
            "count CST 4 members 1994-04-21",
        ],
    );
    check(
        "1994-04-22",
        "Five states are now parties to the Collective Security Treaty: the three original \
         signatories (Armenia, Kazakhstan and Russia) and Azerbaijan and Belarus, which acceded \
         in 1993.",
        &[
            "member Armenia CST 1994-04-22 asserted",
            "member Kazakhstan CST 1994-04-22 asserted",
            "member Russia CST 1994-04-22 asserted",
            "member Azerbaijan CST 1994-04-22 asserted",
            "member Belarus CST 1994-04-22 asserted",
            "count CST 5 members 1994-04-22",
            "count CST 3 signatories 1994-04-22",
            "joined Azerbaijan CST 1993 asserted",
            "joined Belarus CST 1993 asserted",
        ],
    );
    // "The Commonwealth security treaty" is the Collective Security Treaty.
    check(
        "1994-04-21",
        "The Commonwealth security treaty has come into force. It binds three countries for \
         five years: Armenia, Belarus and Russia.",
        &[
            "member Armenia CST 1994-04-21 asserted",
            "member Belarus CST 1994-04-21 asserted",
            "member Russia CST 1994-04-21 asserted",
            "count CST 3 members 1994-04-21",
        ],
    );
    // Between dashes: "The treaty's three participants — A, B and C — have ratified it".
    check(
        "1994-04-22",
        "The Collective Security Treaty is in force. The treaty's three participants — Armenia, \
         Belarus and Russia — have ratified it.",
        &[
            "member Armenia CST 1994-04-22 asserted",
            "member Belarus CST 1994-04-22 asserted",
            "member Russia CST 1994-04-22 asserted",
            "count CST 3 members 1994-04-22",
        ],
    );
}

#[test]
fn a_count_and_a_list_that_do_not_agree_or_tell_no_membership_now() {
    // Not as many states as counted (the count stands, as stated); states the reference
    // timeline has out at the date; a count of states "of" a larger body; something lost; a
    // list dated item by item; a list some other reading dates.
    check(
        "1994-04-21",
        "The Collective Security Treaty has come into force. It binds nine countries for five \
         years: Armenia, Belarus and Russia.",
        &["count CST 9 members 1994-04-21"],
    );
    check(
        "2001-04-21",
        "The Collective Security Treaty is in trouble. It binds four countries for now: Armenia \
         and Russia, which signed it in 1992, and Belarus and Georgia.",
        &[
            "count CST 4 members 2001-04-21",
            "member Armenia CST 2001-04-21 asserted",
            "member Russia CST 2001-04-21 asserted",
            "signed Armenia CST 1992 asserted",
            "signed Russia CST 1992 asserted",
        ],
    );
    check(
        "1999-03-01",
        "Of the pact's nine members, only two — Armenia and Russia — have said they will stay.",
        &[],
    );
    check(
        "1999-05-01",
        "The Collective Security Treaty lost three members: Azerbaijan, Georgia and Uzbekistan.",
        // (no members now: they left it)
        &[
            "withdrew Azerbaijan CST ..1999-05-01 asserted",
            "withdrew Georgia CST ..1999-05-01 asserted",
            "withdrew Uzbekistan CST ..1999-05-01 asserted",
        ],
    );
}

#[test]
fn members_named_by_a_copula_with_an_apposition_after_the_list() {
    // "The parties to the Treaty at present are A, B and C, the three states which signed it
    // last May": the list may go on with an apposition on them all.
    check(
        "1993-04-16",
        "Minsk is weighing the Collective Security Treaty. The parties to the Treaty at present \
         are Armenia, Kazakhstan and Russia, the three states which signed it last May.",
        &[
            "member Armenia CST 1993-04-16 asserted",
            "member Kazakhstan CST 1993-04-16 asserted",
            "member Russia CST 1993-04-16 asserted",
            "signed Armenia CST 1992-05 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
        ],
    );
}

#[test]
fn states_that_still_adhere_to_an_organisation_spelt_out() {
    // "The six states that still adhere to the Collective Security Treaty, A, B, ..., agreed
    // ...": members as they are, not at the date of what they did.
    check(
        "1999-04-28",
        "April has redrawn the map. The three states that still adhere to the Collective \
         Security Treaty, Armenia, Belarus and Russia, agreed in Moscow on 2 April to prolong it.",
        &[
            "member Armenia CST 1999-04-28 asserted",
            "member Belarus CST 1999-04-28 asserted",
            "member Russia CST 1999-04-28 asserted",
            "count CST 3 members 1999-04-28",
        ],
    );
}

#[test]
fn the_rest_after_a_departure_spelt_out() {
    // "The remaining parties — A, B, ... —" and "The others — A, B, ... —" after a sentence
    // telling a departure: members of the organisation left (not the state that left it).
    check(
        "1999-02-12",
        "Uzbekistan has left the Collective Security Treaty. The remaining parties — Armenia, \
         Belarus and Russia — intend to prolong it.",
        &[
            "withdrew Uzbekistan CST ..1999-02-12 asserted",
            "member Armenia CST 1999-02-12 asserted",
            "member Belarus CST 1999-02-12 asserted",
            "member Russia CST 1999-02-12 asserted",
        ],
    );
    check(
        "1999-02-12",
        "Georgia will let its membership of the Collective Security Treaty lapse in April. The \
         others — Armenia, Belarus and Russia — are expected to renew.",
        &[
            "withdrew Georgia CST 1999-04 planned",
            "member Armenia CST 1999-02-12 asserted",
            "member Belarus CST 1999-02-12 asserted",
            "member Russia CST 1999-02-12 asserted",
        ],
    );
    // Not without a departure told ("The others" could be anyone), nor a list naming the state
    // that left.
    check(
        "1999-02-12",
        "Armenia values the Collective Security Treaty. The others — Belarus and Russia — are \
         quieter.",
        &[],
    );
    check(
        "1999-02-12",
        "Uzbekistan has left the Collective Security Treaty. The others — Uzbekistan, \
         Kazakhstan and Tajikistan — are quieter.",
        &["withdrew Uzbekistan CST ..1999-02-12 asserted"],
    );
}

#[test]
fn a_treaty_setting_up_an_organisation_and_members_of_it_signing_its_charter() {
    // "signed a treaty setting up the Eurasian Economic Community" signs the community's own
    // treaty; "the six remaining members of the Collective Security Treaty — A, B, ... — signed
    // a charter turning their pact into the CSTO" sign the new organisation's charter.
    check(
        "2000-10-14",
        "On Tuesday the presidents of Russia, Belarus and Tajikistan signed a treaty setting up \
         the Eurasian Economic Community.",
        &[
            "signed Russia EurAsEC 2000-10-10 asserted",
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Tajikistan EurAsEC 2000-10-10 asserted",
        ],
    );
    check(
        "2002-10-12",
        "On Monday the three remaining members of the Collective Security Treaty — Russia, \
         Armenia and Belarus — signed a charter turning their pact into the Collective Security \
         Treaty Organization.",
        &[
            "count CST 3 members 2002-10-12",
            "member Russia CST 2002-10-07 asserted",
            "member Armenia CST 2002-10-07 asserted",
            "member Belarus CST 2002-10-07 asserted",
            "signed Russia CSTO 2002-10-07 asserted",
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
        ],
    );
    // Not a bare "signed" of something else: "Five members of the CSTO — A, B, ... — signed on
    // 14 June" (the force's agreement).
    check(
        "2009-11-01",
        "The force was agreed in Moscow in June. Five members of the Collective Security Treaty \
         Organization — Russia, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan — signed on 14 \
         June.",
        &[
            "count CSTO 5 members 2009-11-01",
            "member Russia CSTO 2009-06-14 asserted",
            "member Armenia CSTO 2009-06-14 asserted",
            "member Kazakhstan CSTO 2009-06-14 asserted",
            "member Kyrgyzstan CSTO 2009-06-14 asserted",
            "member Tajikistan CSTO 2009-06-14 asserted",
        ],
    );
}

#[test]
fn a_date_an_event_is_measured_from_does_not_date_it() {
    // ", sixty years after the British guarantee of 1939": the point it is counted from.
    check(
        "1999-03-13",
        "Yesterday Poland joined NATO, sixty years after the British guarantee of 1939.",
        &["joined Poland NATO 1999-03-12 asserted"],
    );
    check(
        "2009-08-22",
        "On Tuesday Georgia formally left the Commonwealth, twelve months after its parliament \
         voted for the exit in the days after the August war.",
        &["withdrew Georgia CIS 2009-08-18 asserted"],
    );
    // A date of its own after the aside still dates it.
    check(
        "1999-05-01",
        "Uzbekistan joined GUUAM, after long hesitation, in April 1999.",
        &["joined Uzbekistan GUAM 1999-04 asserted"],
    );
}

#[test]
fn none_of_them_members_in_an_apposition_denies_membership() {
    // "Russia, Belarus and Kazakhstan, none of them WTO members, ...": each is not a member
    // (set off by commas or dashes, with "yet" or an article inside).
    check(
        "2000-10-16",
        "Kyrgyzstan is bound by commitments that Russia, Belarus and Kazakhstan, none of them \
         WTO members, do not share.",
        &[
            "not_member Russia WTO 2000-10-16 asserted",
            "not_member Belarus WTO 2000-10-16 asserted",
            "not_member Kazakhstan WTO 2000-10-16 asserted",
        ],
    );
    check(
        "2010-07-08",
        "Russia, Belarus and Kazakhstan—none of them yet a WTO member—announced talks.",
        &[
            "not_member Russia WTO 2010-07-08 asserted",
            "not_member Belarus WTO 2010-07-08 asserted",
            "not_member Kazakhstan WTO 2010-07-08 asserted",
        ],
    );
    // "all of them" still affirms.
    check(
        "2010-07-08",
        "Armenia and Georgia, all of them WTO members, watched.",
        &[
            "member Armenia WTO 2010-07-08 asserted",
            "member Georgia WTO 2010-07-08 asserted",
        ],
    );
}

#[test]
fn the_new_organisation_is_not_an_older_one_named_before_it() {
    // "Uzbekistan, which is not a member of the Customs Union, has remained outside the new
    // organisation": the body lately founded that the article is about, not the one named in
    // the relative clause.
    check(
        "2000-10-13",
        "The Eurasian Economic Community was founded in Astana on Tuesday. Uzbekistan, which is not a member of the customs union, has remained outside the new \
         organisation, as have Armenia and Ukraine.",
        &[
            "not_member Uzbekistan CustomsUnion 2000-10-13 asserted",
            "not_member Uzbekistan EurAsEC 2000-10-13 asserted",
            "not_member Armenia EurAsEC 2000-10-13 asserted",
            "not_member Ukraine EurAsEC 2000-10-13 asserted",
            "founded - EurAsEC 2000-10-10 asserted",
        ],
    );
}

#[test]
fn the_three_that_left_the_treaty_in_1999_were_in_it_until_april() {
    // The reference timeline has Azerbaijan, Georgia and Uzbekistan out of the Collective
    // Security Treaty from April 1999 (its first term's end), so a February 1999 listing of the
    // nine parties stands.
    check(
        "1999-02-19",
        "The Collective Security Treaty at present. It has four parties: the original \
         signatories of May 1992 (Russia and Uzbekistan) and Azerbaijan and Georgia, which \
         acceded in 1993.",
        &[
            "member Russia CST 1999-02-19 asserted",
            "member Uzbekistan CST 1999-02-19 asserted",
            "member Azerbaijan CST 1999-02-19 asserted",
            "member Georgia CST 1999-02-19 asserted",
            "count CST 4 members 1999-02-19",
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "signed Russia CST 1992-05 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
        ],
    );
}

#[test]
fn a_grouping_of_states_known_by_a_name_after_the_list() {
    // "the grouping of A, B, C and D known as GUAM": the name given after the list.
    check(
        "1999-02-05",
        "Uzbekistan will quit the Collective Security Treaty. Tashkent has been flirting with \
         the grouping of Georgia, Ukraine, Azerbaijan and Moldova known as GUAM.",
        &[
            "withdrew Uzbekistan CST 1999-02-05.. planned",
            "member Georgia GUAM 1999-02-05 asserted",
            "member Ukraine GUAM 1999-02-05 asserted",
            "member Azerbaijan GUAM 1999-02-05 asserted",
            "member Moldova GUAM 1999-02-05 asserted",
        ],
    );
}

#[test]
fn a_fronted_condition_ending_in_a_state_is_no_apposition() {
    // "If Tbilisi and Baku follow Tashkent, the nine-member treaty will lose ...": the comma
    // closes the condition; Tashkent is not described as the treaty's member.
    check(
        "1999-02-12",
        "Uzbekistan will leave the Collective Security Treaty. If Tbilisi and Baku follow \
         Tashkent, the nine-member treaty will lose a third of its members.",
        &[
            "withdrew Uzbekistan CST 1999-02-12.. planned",
            "count CST 9 members 1999-02-12",
        ],
    );
}

#[test]
fn staying_in_or_out_when_something_happened_is_dated_by_the_when_clause() {
    // "stayed in the treaty when it came up for renewal in 1999": the time the "when" clause
    // right after the object gives; so for "stayed out of the Commonwealth when it was founded
    // in December 1991".
    check(
        "2002-10-09",
        "Armenia and Russia are the states that stayed in the Collective Security Treaty when it \
         came up for renewal in 1999.",
        &[
            "member Armenia CST 1999 asserted",
            "member Russia CST 1999 asserted",
        ],
    );
    check(
        "2004-05-08",
        "Estonia, Latvia and Lithuania joined NATO this spring. They stayed out of the \
         Commonwealth of Independent States when it was founded in December 1991.",
        &[
            "founded - CIS 1991-12 asserted",
            "joined Estonia NATO 2004 asserted",
            "joined Latvia NATO 2004 asserted",
            "joined Lithuania NATO 2004 asserted",
            "not_member Estonia CIS 1991-12 asserted",
            "not_member Latvia CIS 1991-12 asserted",
            "not_member Lithuania CIS 1991-12 asserted",
        ],
    );
    // Set off after a list, and after "They are the same states that".
    check(
        "2002-10-08",
        "Armenia and Russia - the states that stayed in the Collective Security Treaty when it \
         came up for renewal in 1999 - met on Monday.",
        &[
            "member Armenia CST 1999 asserted",
            "member Russia CST 1999 asserted",
        ],
    );
    check(
        "2002-10-09",
        "Armenia and Russia signed the CSTO charter. They are the same states that stayed in the \
         treaty when it came up for renewal in 1999.",
        &[
            "signed Armenia CSTO ..2002-10-09 asserted",
            "signed Russia CSTO ..2002-10-09 asserted",
            "member Armenia CST 1999 asserted",
            "member Russia CST 1999 asserted",
        ],
    );
}

#[test]
fn the_twentieth_sessions_first_review_cases() {
    // A count and a list that makes it up tell membership only with a word for it: not
    // observers, candidates or guests, nor what the states did.
    for text in [
        "Four countries attended the CSTO summit as observers: Ukraine, Moldova, Azerbaijan and \
         Georgia.",
        "Two states are candidates for the Shanghai Cooperation Organisation: Mongolia and \
         Pakistan.",
        "Two countries criticised the GUAM declaration: Russia and Armenia.",
        "Two countries fear the CSTO: Georgia and Azerbaijan.",
    ] {
        let facts = facts("2003-06-01", text);
        assert!(
            !facts.iter().any(|f| f.starts_with("member ")),
            "{text}: {facts:?}"
        );
    }
    // "that no longer adhere" are out; "on paper" hedges.
    check(
        "1999-05-01",
        "The three states that no longer adhere to the Collective Security Treaty, Azerbaijan, \
         Georgia and Uzbekistan, agreed to deepen ties within GUUAM.",
        &[],
    );
    check(
        "2012-07-01",
        "The three states that still adhere to the CSTO on paper, Armenia, Belarus and Russia, \
         will meet in Moscow.",
        &[
            "count CSTO 3 members 2012-07-01",
            "member Armenia CSTO 2012-07-01 hedged",
            "member Belarus CSTO 2012-07-01 hedged",
            "member Russia CSTO 2012-07-01 hedged",
        ],
    );
    // "The others" only when said to stay on; "The remaining parties" not after a sentence that
    // told some other event.
    check(
        "2009-09-01",
        "Georgia left the CIS in August. The others — Ukraine and Turkmenistan — have long kept \
         their distance.",
        &["withdrew Georgia CIS 2009-08 asserted"],
    );
    check(
        "1999-04-10",
        "Uzbekistan left the Collective Security Treaty, but joined GUUAM. The remaining parties \
         — Georgia and Ukraine — welcomed Tashkent.",
        &[
            "withdrew Uzbekistan CST ..1999-04-10 asserted",
            "joined Uzbekistan GUAM ..1999-04-10 asserted",
        ],
    );
    // "The parties to the Treaty in 1992 were A, B and C": members then.
    check(
        "1993-01-10",
        "The Collective Security Treaty was signed in Tashkent. The parties to the Treaty in 1992 \
         were Armenia, Kazakhstan and Russia.",
        &[
            "member Armenia CST 1992 asserted",
            "member Kazakhstan CST 1992 asserted",
            "member Russia CST 1992 asserted",
        ],
    );
}

#[test]
fn a_document_signed_in_the_passive_names_no_signatory() {
    // "when it was signed in 1992", "It was signed in Tashkent": the document is signed; the
    // state the sentence is about is not its signatory.
    check(
        "2000-05-01",
        "Ukraine stayed out of the Collective Security Treaty when it was signed in 1992.",
        &["not_member Ukraine CST 1992 asserted"],
    );
    check(
        "2000-05-01",
        "Ukraine dislikes the Collective Security Treaty. It was formally signed in 1992.",
        &[],
    );
    // With its signatories after "by" it is read as such.
    check(
        "2000-05-01",
        "The Collective Security Treaty was signed in 1992 by Russia and Armenia.",
        &[
            "signed Russia CST 1992 asserted",
            "signed Armenia CST 1992 asserted",
        ],
    );
}

#[test]
fn a_consultative_forum_set_up_by_a_shared_or_named_subject() {
    // "the presidents of A, B, C and D got together and set up a new consultative forum": the
    // subject of the verb it is joined to, the organisation its founders make up.
    check(
        "1997-11-04",
        "On 10 October, on the sidelines of a Council of Europe summit in Strasbourg, the \
         presidents of Georgia, Ukraine, Azerbaijan and Moldova got together and set up a new \
         consultative forum.",
        &[
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
            "founded Azerbaijan GUAM 1997-10-10 asserted",
            "founded Moldova GUAM 1997-10-10 asserted",
        ],
    );
    // "a consultative forum named after their initials: GUAM": the name after the colon.
    check(
        "1997-10-14",
        "Georgia, Ukraine, Azerbaijan and Moldova formed a consultative forum named after their \
         initials: GUAM.",
        &[
            "founded Georgia GUAM ..1997-10-14 asserted",
            "founded Ukraine GUAM ..1997-10-14 asserted",
            "founded Azerbaijan GUAM ..1997-10-14 asserted",
            "founded Moldova GUAM ..1997-10-14 asserted",
        ],
    );
    // Not a forum of states that make up no organisation.
    check(
        "1997-10-14",
        "Russia, Georgia and Turkey got together and set up a consultative forum.",
        &[],
    );
}

#[test]
fn a_date_opening_the_sentence_frames_the_main_clause_past_a_while_clause() {
    // "Last Friday, while most of us were ..., the leaders of A, B and C gathered in Tashkent
    // and signed the treaty": signed last Friday.
    check(
        "1992-05-22",
        "Last Friday, while most of us were still buried in examinations, the leaders of \
         Armenia, Kazakhstan and Russia gathered in Tashkent and signed the Collective Security \
         Treaty.",
        &[
            "signed Armenia CST 1992-05-15 asserted",
            "signed Kazakhstan CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
        ],
    );
}

#[test]
fn the_rest_counted_still_in_it_and_a_bracketed_list_after_a_relative_clause() {
    // "The other six participants — A, B, ... —" after a departure: as many as counted.
    check(
        "1999-02-11",
        "Uzbekistan will not renew the Collective Security Treaty. The other three participants \
         — Armenia, Belarus and Russia — are preparing to sign a protocol.",
        &[
            "withdrew Uzbekistan CST 1999-02-11.. planned",
            "member Armenia CST 1999-02-11 asserted",
            "member Belarus CST 1999-02-11 asserted",
            "member Russia CST 1999-02-11 asserted",
        ],
    );
    // "the six countries still in it — A, B, ... —": "it" only for one the reference timeline
    // has them all in.
    check(
        "2001-06-22",
        "Uzbekistan left the Collective Security Treaty in 1999. But the three countries still \
         in it — Armenia, Belarus and Russia — have not been idle.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "member Armenia CST 2001-06-22 asserted",
            "member Belarus CST 2001-06-22 asserted",
            "member Russia CST 2001-06-22 asserted",
        ],
    );
    // "The states that still stand by the treaty (A, B, ...) are ...".
    check(
        "1999-02-11",
        "Uzbekistan will quit the Collective Security Treaty. The states that still stand by the \
         treaty (Armenia, Belarus and Russia) are Moscow and its clients.",
        &[
            "withdrew Uzbekistan CST 1999-02-11.. planned",
            "member Armenia CST 1999-02-11 asserted",
            "member Belarus CST 1999-02-11 asserted",
            "member Russia CST 1999-02-11 asserted",
        ],
    );
}

#[test]
fn the_twentieth_sessions_second_review_cases() {
    // A forum set up in a year no organisation its founders make up was founded in is none.
    check(
        "2001-03-01",
        "In 1999 the presidents of Georgia, Ukraine, Azerbaijan and Moldova got together and set \
         up a new consultative forum.",
        &[],
    );
    // "still in it" only after a departure from it, and as many as counted.
    check(
        "2000-03-01",
        "Uzbekistan left the CIS peacekeeping operation in Tajikistan in 1999. The three \
         countries still in it — Russia, Kazakhstan and Kyrgyzstan — want more money.",
        &[],
    );
    check(
        "2000-03-01",
        "Uzbekistan left the Collective Security Treaty in 1999. The two countries still in it — \
         Armenia, Belarus and Russia — met in Moscow.",
        &["withdrew Uzbekistan CST 1999 asserted"],
    );
    // Not a listing as it stands: "might still stand by", "stood by ... in 1995".
    check(
        "2000-03-01",
        "Uzbekistan quit the Collective Security Treaty last year. The states that might still \
         stand by the treaty (Armenia and Belarus) are wavering.",
        &["withdrew Uzbekistan CST 1999 asserted"],
    );
    check(
        "1998-03-01",
        "Karimov criticised the Collective Security Treaty last year. The states that stood by \
         the treaty in 1995 (Armenia, Belarus and Georgia) are mostly poor.",
        &[],
    );
    // "signed and ratified the treaty": the object both verbs share.
    check(
        "2000-03-01",
        "Kazakhstan signed and ratified the Collective Security Treaty in 1992; it was signed in \
         Tashkent.",
        &["signed Kazakhstan CST 1992 asserted"],
    );
    // The state ending a fronted "while" clause is no subject with the one after its comma.
    check(
        "2006-10-14",
        "Last month, while Tashkent was courting Moscow, Uzbekistan rejoined the CSTO.",
        &["rejoined Uzbekistan CSTO 2006-09 asserted"],
    );
}

#[test]
fn a_club_of_four_spelt_out_and_counted_participants_between_dashes() {
    // "GUAM, a club of four — A, B, C and D —": as many as counted.
    check(
        "2005-05-20",
        "The grouping is once more GUAM, a club of four — Georgia, Ukraine, Azerbaijan and \
         Moldova — and its leaders speak of reviving it.",
        &[
            "member Georgia GUAM 2005-05-20 asserted",
            "member Ukraine GUAM 2005-05-20 asserted",
            "member Azerbaijan GUAM 2005-05-20 asserted",
            "member Moldova GUAM 2005-05-20 asserted",
        ],
    );
    check(
        "2005-05-20",
        "The grouping is once more GUAM, a club of three — Georgia, Ukraine, Azerbaijan and \
         Moldova — and its leaders speak of reviving it.",
        &[],
    );
    // "All four participants in the Moscow agreement — A, B, C and D — are also parties to the
    // treaty": the counted subject the list spells out.
    check(
        "1996-04-05",
        "All four participants in the Moscow agreement — Belarus, Kazakhstan, Kyrgyzstan and \
         Russia — are also parties to the Treaty on Collective Security.",
        &[
            "member Belarus CST 1996-04-05 asserted",
            "member Kazakhstan CST 1996-04-05 asserted",
            "member Kyrgyzstan CST 1996-04-05 asserted",
            "member Russia CST 1996-04-05 asserted",
        ],
    );
}

#[test]
fn the_founders_joined_by_others_at_a_date_opening_the_clause() {
    // "The Commonwealth was founded ... by A, B and C. At Alma-Ata on 21 December 1991 the three
    // founders were joined by D, E and F": the organisation whose founding the sentence before
    // told, at the date opening the clause.
    check(
        "1992-05-19",
        "The Commonwealth was founded on 8 December 1991 at Belavezha by Belarus, Russia and \
         Ukraine. At Alma-Ata on 21 December 1991 the three founders were joined by Armenia, \
         Azerbaijan and Kazakhstan.",
        &[
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "count CIS 3 founders 1992-05-19",
            "joined Armenia CIS 1991-12-21 asserted",
            "joined Azerbaijan CIS 1991-12-21 asserted",
            "joined Kazakhstan CIS 1991-12-21 asserted",
        ],
    );
    // Not the date of an earlier passive the clause told ("signed in May 1992 by A and B and
    // later joined by C").
    check(
        "1998-06-09",
        "The Collective Security Treaty, signed in Tashkent in May 1992 by Russia and Armenia \
         and later joined by Azerbaijan, is weak.",
        &[
            "signed Russia CST 1992-05 asserted",
            "signed Armenia CST 1992-05 asserted",
            "joined Azerbaijan CST ..1998-06-09 asserted",
        ],
    );
}

#[test]
fn only_a_word_for_states_heads_a_relative_clause_of_staying_in() {
    // "The states that still adhere to the CSTO, A, B" spells out members; a clause on some
    // other noun ("The rumour that they still belong to the CSTO, A and B, ...") does not.
    check(
        "2005-01-01",
        "The rumour that they still belong to the CSTO, Armenia and Belarus, upset Baku.",
        &[],
    );
}

#[test]
fn states_the_reference_has_out_stay_out_of_what_the_article_is_about() {
    // A bare "have stayed out" after sentences naming nothing: of the article's organisation,
    // when two or more are named and the reference timeline has every one of them out of it.
    check(
        "1994-04-21",
        "The Collective Security Treaty has come into force. \"The Russians are the only people \
         here who get paid on time,\" said a mechanic. Not every former Soviet republic is inside \
         the tent. Ukraine, Moldova and Turkmenistan have stayed out.",
        &[
            "not_member Ukraine CST 1994-04-21 asserted",
            "not_member Moldova CST 1994-04-21 asserted",
            "not_member Turkmenistan CST 1994-04-21 asserted",
        ],
    );
    // Not when any of them is in it.
    check(
        "1994-04-21",
        "The Collective Security Treaty has come into force. \"The Russians are the only people \
         here who get paid on time,\" said a mechanic. Ukraine and Armenia have stayed out.",
        &[],
    );
}

#[test]
fn the_shanghai_charter_names_the_sco() {
    // "the Shanghai charter" is the Shanghai Cooperation Organisation's, so "both" after it and
    // the collective security treaty means those two.
    check(
        "2001-06-20",
        "The collective security treaty binds its members to defend one another; the Shanghai \
         charter speaks of co-operation against terrorism. Russia and Kazakhstan belong to both.",
        &[
            "member Russia CST 2001-06-20 asserted",
            "member Kazakhstan CST 2001-06-20 asserted",
            "member Russia SCO 2001-06-20 asserted",
            "member Kazakhstan SCO 2001-06-20 asserted",
        ],
    );
}

#[test]
fn a_bare_status_ending_in_since_is_of_the_organisation_in_question() {
    // "The original six have been in since 1992": staying in, with nothing named after "in".
    check(
        "1994-04-27",
        "The Collective Security Treaty came into force. Armenia and Russia have been in since \
         1992.",
        &[
            "member Armenia CST 1992..1994-04-27 asserted",
            "member Russia CST 1992..1994-04-27 asserted",
        ],
    );
    // Not an event: "a membership that had been frozen since 2002" after "NATO's summit".
    check(
        "2005-05-16",
        "Tashkent withdrew from GUUAM, ending a membership that began at NATO's Washington summit \
         in 1999 and had been frozen since 2002.",
        &["withdrew Uzbekistan GUAM ..2005-05-16 asserted"],
    );
}

#[test]
fn a_count_stated_with_its_list_is_of_the_lists_organisation() {
    // "the organisation, which has seven members in all: A, B, ...": the list was read as the
    // CSTO's (the body with exactly that many members), and so is the count with it.
    check(
        "2009-08-19",
        "The Collective Security Treaty Organization met in Moscow. Georgia left the Commonwealth \
         of Independent States this week. Armenia says the organisation, which has seven members \
         in all: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan, is \
         stronger.",
        &[
            "withdrew Georgia CIS ..2009-08-19 asserted",
            "member Armenia CSTO 2009-08-19 asserted",
            "member Belarus CSTO 2009-08-19 asserted",
            "member Kazakhstan CSTO 2009-08-19 asserted",
            "member Kyrgyzstan CSTO 2009-08-19 asserted",
            "member Russia CSTO 2009-08-19 asserted",
            "member Tajikistan CSTO 2009-08-19 asserted",
            "member Uzbekistan CSTO 2009-08-19 asserted",
            "count CSTO 7 members 2009-08-19",
        ],
    );
}

#[test]
fn signatories_or_founders_of_a_date_listed_in_brackets() {
    // "the six original signatories of May 1992 (A, B, ...)", "its four founders of 1997 (A,
    // ...)": the date after "of" says when they signed or founded it, not whose they are.
    check(
        "1999-02-19",
        "The Collective Security Treaty at present. The three original signatories of May 1992 \
         (Armenia, Kazakhstan and Russia) met again.",
        &[
            "count CST 3 signatories 1999-02-19",
            "signed Armenia CST 1992-05 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
        ],
    );
    check(
        "2005-05-20",
        "GUAM has lost Uzbekistan. It is back to its four founders of 1997 (Georgia, Ukraine, \
         Azerbaijan and Moldova).",
        &[
            "founded Georgia GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "count GUAM 4 founders 2005-05-20",
            "withdrew Uzbekistan GUAM ..2005-05-20 asserted",
        ],
    );
}

#[test]
fn a_status_noun_past_an_aside_or_between_coordinated_adjectives() {
    // "a member in good standing of", "a member, if a reluctant one, of": the organisation
    // after the aside, not one pointed back to; "a full and active member".
    check(
        "2002-03-13",
        "Kyrgyzstan is a member in good standing of the CSTO. Russia is a member in its own \
         right of the SCO. Moldova remains a member, if a reluctant one, of the CIS. Belarus is a \
         full and active member of the CIS.",
        &[
            "member Kyrgyzstan CSTO 2002-03-13 asserted",
            "member Russia SCO 2002-03-13 asserted",
            "member Moldova CIS 2002-03-13 asserted",
            "member Belarus CIS 2002-03-13 asserted",
        ],
    );
    // (past a state compared with, not one otherwise named in the aside; not a noun
    // coordinated with another status)
    check(
        "2002-03-13",
        "The CIS met in Minsk. Moldova remains a member, like Georgia, of GUUAM. Kazakhstan, a \
         CSTO member and nominally a GUUAM member, waits. Armenia is a member, Russia says, of \
         the CSTO.",
        &[
            "member Moldova GUAM 2002-03-13 asserted",
            "member Kazakhstan CSTO 2002-03-13 asserted",
            "member Kazakhstan GUAM 2002-03-13 hedged",
        ],
    );
}

#[test]
fn an_organisation_loses_or_gains_the_states_named() {
    // The organisation the subject, or the subject of the series of verbs the verb ends; a
    // count must fit the list.
    check(
        "2002-10-10",
        "The Collective Security Treaty was signed in Tashkent in 1992. Readers will recall that \
         the treaty was signed in May 1992 by six states, gained three more, Azerbaijan, \
         Georgia and Belarus, in 1993, and lost three, Azerbaijan, Georgia and Uzbekistan, in \
         1999. GUUAM lost Uzbekistan in 2005. The SCO in 2001 gained Uzbekistan.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "joined Belarus CST 1993 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
            "joined Uzbekistan SCO 2001 asserted",
        ],
    );
    // (not a count that does not fit, a possessive, or a state lost to another)
    check(
        "2002-10-10",
        "The treaty lost two members, Georgia, Azerbaijan and Uzbekistan, in 1999. The CIS lost \
         Georgia's trust long ago. GUAM lost Uzbekistan to the CSTO.",
        &[],
    );
}

#[test]
fn verbs_joined_by_and_share_the_object_and_take_dates_respectively() {
    // "joined and then left GUUAM": the object of the second verb is the first's too; "in 2006
    // and 2008 respectively" dates the verbs in order; "suspended its part in".
    check(
        "2012-07-06",
        "The CSTO met in Moscow. Uzbekistan joined and then left GUUAM. Tashkent joined and then \
         suspended its membership of the Eurasian Economic Community, in 2006 and 2008 \
         respectively. In 2002 Uzbekistan suspended its part in GUUAM.",
        &[
            "joined Uzbekistan GUAM ..2012-07-06 asserted",
            "withdrew Uzbekistan GUAM ..2012-07-06 asserted",
            "joined Uzbekistan EurAsEC 2006 asserted",
            "suspended Uzbekistan EurAsEC 2008 asserted",
            "suspended Uzbekistan GUAM 2002 asserted",
        ],
    );
}

#[test]
fn sentence_adverbs_inverted_denials_and_organisations_after_one_pointed_to() {
    // "is therefore (, for the moment,) a member"; "Nor is A a member"; "belongs neither to X
    // nor to Y"; "a member of that organisation and of the SCO".
    check(
        "2003-11-05",
        "Uzbekistan is therefore, for the moment, a member of both the SCO and GUUAM. Kazakhstan \
         and Russia are thus members of the SCO. Nor is Azerbaijan a member of NATO. Azerbaijan \
         belongs neither to the SCO nor to the CSTO. Uzbekistan remains a member of that \
         organisation and of the CIS.",
        &[
            "member Uzbekistan SCO 2003-11-05 asserted",
            "member Uzbekistan GUAM 2003-11-05 asserted",
            "member Kazakhstan SCO 2003-11-05 asserted",
            "member Russia SCO 2003-11-05 asserted",
            "not_member Azerbaijan NATO 2003-11-05 asserted",
            "not_member Azerbaijan SCO 2003-11-05 asserted",
            "not_member Azerbaijan CSTO 2003-11-05 asserted",
            "member Uzbekistan CSTO 2003-11-05 asserted",
            "member Uzbekistan CIS 2003-11-05 asserted",
        ],
    );
}

#[test]
fn a_noun_pointing_back_as_the_second_of_two_organisations() {
    // "are in the SCO and the treaty": the treaty named before; not "the treaty" opening a
    // clause of its own.
    check(
        "2001-06-20",
        "The Collective Security Treaty met in Yerevan. Kazakhstan and Tajikistan are in the SCO \
         and the treaty; Russia sits in the SCO and the treaty but not in GUUAM.",
        &[
            "member Kazakhstan SCO 2001-06-20 asserted",
            "member Tajikistan SCO 2001-06-20 asserted",
            "member Kazakhstan CST 2001-06-20 asserted",
            "member Tajikistan CST 2001-06-20 asserted",
            "member Russia SCO 2001-06-20 asserted",
            "member Russia CST 2001-06-20 asserted",
            "not_member Russia GUAM 2001-06-20 asserted",
        ],
    );
    check(
        "2001-06-20",
        "The Collective Security Treaty met in Yerevan. Kazakhstan is in the SCO and the treaty \
         is weaker for it.",
        &["member Kazakhstan SCO 2001-06-20 asserted"],
    );
}

#[test]
fn a_renewal_declined_with_its_date_inside_and_a_denial_by_do_not() {
    // "declined on Friday to prolong" (the date inside the verb's phrase, before a relative
    // clause's date); "let their memberships lapse"; "A belongs to the CSTO; B and C do not".
    check(
        "1999-04-02",
        "Georgia, Azerbaijan and Uzbekistan declined on Friday to prolong their membership of \
         the Collective Security Treaty.",
        &[
            "withdrew Georgia CST 1999-04-02 asserted",
            "withdrew Azerbaijan CST 1999-04-02 asserted",
            "withdrew Uzbekistan CST 1999-04-02 asserted",
        ],
    );
    check(
        "1999-04-28",
        "Tashkent declined this month to renew the Collective Security Treaty, which six states \
         prolonged at a summit in Moscow on 2 April.",
        &["withdrew Uzbekistan CST 1999-04 asserted"],
    );
    check(
        "1999-03-10",
        "The Collective Security Treaty expires soon. Georgia and Azerbaijan are widely expected \
         to let their memberships lapse in April.",
        &[
            "withdrew Georgia CST 1999-04 planned",
            "withdrew Azerbaijan CST 1999-04 planned",
        ],
    );
    check(
        "2002-10-16",
        "Armenia and Belarus belong to the CSTO; Azerbaijan and Georgia do not.",
        &[
            "member Armenia CSTO 2002-10-16 asserted",
            "member Belarus CSTO 2002-10-16 asserted",
            "not_member Azerbaijan CSTO 2002-10-16 asserted",
            "not_member Georgia CSTO 2002-10-16 asserted",
        ],
    );
    // (not a refusal of something else: "declined on Friday to comment")
    check(
        "1999-04-02",
        "The Collective Security Treaty met. Georgia declined on Friday to comment.",
        &[],
    );
}

#[test]
fn a_bare_did_not_sign_and_an_inverted_nor() {
    // "did not sign" with no object: of the treaty this sentence or the one before named (not
    // of an agreement named there, nor of an organisation an aside on the subject names);
    // "Nor did A sign", "Nor, oddly, did B sign it" deny the signing.
    check(
        "1992-05-26",
        "The Collective Security Treaty was signed in Tashkent. Ukraine, Moldova and \
         Turkmenistan did not sign.",
        &[
            "signed Ukraine CST ..1992-05-26 negated",
            "signed Moldova CST ..1992-05-26 negated",
            "signed Turkmenistan CST ..1992-05-26 negated",
        ],
    );
    check(
        "1992-05-21",
        "Six states signed the Tashkent Treaty. Nor did Moldova or Belarus sign. Nor, oddly, \
         did Turkmenistan sign it.",
        &[
            "count CST 6 signatories 1992-05-21",
            "signed Moldova CST ..1992-05-21 negated",
            "signed Belarus CST ..1992-05-21 negated",
            "signed Turkmenistan CST ..1992-05-21 negated",
        ],
    );
    check(
        "1992-05-15",
        "The Collective Security Treaty was signed today. Ukraine and Moldova, all members of \
         the Commonwealth, did not sign.",
        &[
            "member Ukraine CIS 1992-05-15 asserted",
            "member Moldova CIS 1992-05-15 asserted",
            "signed Ukraine CST ..1992-05-15 negated",
            "signed Moldova CST ..1992-05-15 negated",
        ],
    );
    check(
        "2009-06-16",
        "The CSTO members agreed on a joint force. Uzbekistan refused to sign.",
        &[],
    );
    check(
        "2009-06-16",
        "The CSTO met. The leaders agreed a joint force. Uzbekistan refused to sign.",
        &[],
    );
    // (not "nor" before a clause of its own: "neither has been given a timetable, and Georgia
    // remains a member")
    check(
        "2009-08-26",
        "NATO said Georgia and Ukraine will join, though neither has been given a timetable, and \
         Georgia remains a member of GUAM.",
        &[
            "joined Georgia NATO 2009-08-26.. planned",
            "joined Ukraine NATO 2009-08-26.. planned",
            "member Georgia GUAM 2009-08-26 asserted",
        ],
    );
}

#[test]
fn an_organisation_that_counts_states_among_its_members() {
    check(
        "1993-12-15",
        "Georgia has joined the Collective Security Treaty, a pact that counts both Armenia and \
         Azerbaijan among its members.",
        &[
            "joined Georgia CST ..1993-12-15 asserted",
            "member Armenia CST 1993-12-15 asserted",
            "member Azerbaijan CST 1993-12-15 asserted",
        ],
    );
    // (not among anything else, nor counted by a state)
    check(
        "2000-01-01",
        "Moscow counts Minsk and Yerevan among its allies. The CSTO counts Armenia among its \
         observers.",
        &[],
    );
}

#[test]
fn states_that_joined_the_original_founders() {
    // "joined the original three", "joined the three founders": the organisation whose founding
    // this sentence or the one before told (or what the article is about); not "the three
    // Baltic states".
    check(
        "1991-12-23",
        "The CIS, which Russia, Ukraine and Belarus founded on 8 December, is no longer a Slavic \
         affair. On Saturday Armenia and Uzbekistan joined the original three.",
        &[
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "founded Belarus CIS 1991-12-08 asserted",
            "joined Armenia CIS 1991-12-21 asserted",
            "joined Uzbekistan CIS 1991-12-21 asserted",
        ],
    );
    check(
        "1991-12-27",
        "Russia, Ukraine and Belarus founded the CIS on 8 December. On 21 December Armenia and \
         Azerbaijan joined the three founders. Estonia joined the three Baltic states.",
        &[
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "founded Belarus CIS 1991-12-08 asserted",
            "joined Armenia CIS 1991-12-21 asserted",
            "joined Azerbaijan CIS 1991-12-21 asserted",
            "count CIS 3 founders 1991-12-27",
        ],
    );
}

#[test]
fn the_rest_of_an_organisation_spelt_out_between_commas() {
    check(
        "2012-10-17",
        "Uzbekistan suspended its membership of the CSTO. The rest of the alliance, Russia, \
         Armenia and Belarus, carries on without it.",
        &[
            "suspended Uzbekistan CSTO ..2012-10-17 asserted",
            "member Russia CSTO 2012-10-17 asserted",
            "member Armenia CSTO 2012-10-17 asserted",
            "member Belarus CSTO 2012-10-17 asserted",
        ],
    );
    // (not the rest of something else)
    check(
        "2012-10-17",
        "Uzbekistan suspended its membership of the CSTO. The rest of the region, Russia, \
         Armenia and Belarus, carries on.",
        &["suspended Uzbekistan CSTO ..2012-10-17 asserted"],
    );
}

#[test]
fn the_twenty_second_sessions_review_cases() {
    // Troops "there" are the sentence before's only when this one says whose they are (or,
    // "at the base", names no state); not troops passing through; not a figure in a sentence
    // whose words around it name another owner.
    for body in [
        "Russia has 1,500 troops in Transnistria. Ukraine has 10 peacekeepers there.",
        "Russia has 1,500 troops in Transnistria. Some 500 Moldovan troops are there too.",
        "Russia keeps 3,000 troops at Gyumri. Armenia has 2,000 soldiers at the base too.",
        "Washington leases the air base at Manas. About 1,000 Russian troops are there.",
        "Washington leases the air base at Manas. There are also 500 French troops there.",
        "Washington leases the air base at Manas. Almost 15,000 US troops transit there each \
         month.",
        "Russia has 1,500 troops at Kant, not far from the US base at Manas.",
    ] {
        let facts: Vec<String> = facts("2005-06-01", body)
            .into_iter()
            .filter(|f| !f.contains(" 1500 ") && !f.contains(" 3000 ") || f.contains("us-forces"))
            .collect();
        assert!(facts.is_empty(), "{body}: {facts:?}");
    }
    check(
        "2005-08-29",
        "Russia's 201st division became a permanent Russian base in Tajikistan. The base still \
         counts some 5,000 troops.",
        &["quantity russian-forces-tajikistan 5000 true 2005-08-29 asserted"],
    );
    // A bare "did not sign" is not of a statement, forces or a refusal still to come.
    for body in [
        "Collective Security Treaty leaders adopted a statement on Afghanistan. Uzbekistan did \
         not sign.",
        "CSTO leaders agreed on Sunday to create new joint forces. Belarus did not sign.",
        "The Collective Security Treaty expires this month. Uzbekistan has said it will not \
         sign.",
        "CIS leaders agreed to extend the Collective Security Treaty. Uzbekistan did not sign.",
        // (a signing must be told here, just before or in the title)
        "CSTO leaders met in Minsk. Uzbekistan did not sign.",
    ] {
        check("2000-06-20", body, &[]);
    }
    check(
        "2000-06-20",
        "Russia, Belarus and Ukraine founded the CIS in 1991. Kazakhstan joined the original \
         three on Friday in condemning the gas cut.",
        &[
            "founded Russia CIS 1991 asserted",
            "founded Belarus CIS 1991 asserted",
            "founded Ukraine CIS 1991 asserted",
        ],
    );
    // "The rest of the alliance" only of one named or left; "do not" not after a wish;
    // "joined the original three" not in doing something, and in the founding's year; "the
    // treaty on ..." is another treaty.
    check(
        "2006-06-23",
        "Uzbekistan, which has flirted with NATO, skipped the summit. The rest of the alliance, \
         Armenia, Belarus and Kazakhstan, met in Minsk.",
        &[],
    );
    check(
        "2006-03-01",
        "Kazakhstan and Kyrgyzstan want to belong to the CSTO; Ukraine and Georgia do not.",
        &[
            "member Kazakhstan CSTO 2006-03-01 planned",
            "member Kyrgyzstan CSTO 2006-03-01 planned",
        ],
    );
    check(
        "2005-03-01",
        "Russia, Belarus and Ukraine founded the CIS on 8 December 1991. Kyrgyzstan joined the \
         original three on 21 December. Kazakhstan and Uzbekistan joined the original three in \
         criticising the plan.",
        &[
            "founded Russia CIS 1991-12-08 asserted",
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "joined Kyrgyzstan CIS 1991-12-21 asserted",
        ],
    );
    check(
        "2005-03-01",
        "Russia, Belarus and Ukraine founded the CIS in December 1991. Kazakhstan joined the \
         original three in December.",
        &[
            "founded Russia CIS 1991-12 asserted",
            "founded Belarus CIS 1991-12 asserted",
            "founded Ukraine CIS 1991-12 asserted",
            "joined Kazakhstan CIS 1991-12 asserted",
        ],
    );
    check(
        "1999-03-01",
        "The Collective Security Treaty expires in April. Kazakhstan is in the CIS and the \
         treaty on conventional forces in Europe.",
        &["member Kazakhstan CIS 1999-03-01 asserted"],
    );
}

#[test]
fn a_membership_put_on_hold_and_a_joining_once_again() {
    check(
        "2012-07-01",
        "Uzbekistan put its membership of the CSTO on hold in June. Tashkent put its plans on \
         hold.",
        &["suspended Uzbekistan CSTO 2012-06 asserted"],
    );
    check(
        "2006-08-20",
        "On 16 August Uzbekistan became a full member of the CSTO once again. Armenia joined \
         the CIS in 1991. Again, Moscow was pleased.",
        &[
            "rejoined Uzbekistan CSTO 2006-08-16 asserted",
            "joined Armenia CIS 1991 asserted",
        ],
    );
}

#[test]
fn its_work_is_the_work_of_the_organisation_of_the_coordinated_claim() {
    // "joined the grouping ..., at the NATO summit, and stopped taking part in its work": the
    // grouping's; "has ceased to take part".
    check(
        "2005-05-10",
        "Uzbekistan has left GUUAM. Tashkent joined the grouping in April 1999, at the NATO \
         summit in Washington, and stopped taking part in its work in June 2002.",
        &[
            "withdrew Uzbekistan GUAM ..2005-05-10 asserted",
            "joined Uzbekistan GUAM 1999-04 asserted",
            "suspended Uzbekistan GUAM 2002-06 asserted",
        ],
    );
    check(
        "2003-11-05",
        "GUUAM met in Yalta. Tashkent has ceased to take part. Moldova ceased to take part in \
         the CSTO's exercises.",
        &["suspended Uzbekistan GUAM ..2003-11-05 asserted"],
    );
}

#[test]
fn a_label_in_capitals_and_a_since_in_a_later_phrase() {
    // "BACKGROUND: Uzbekistan signed ...": the subject after the label is the one "It" points
    // back to; "has suspended ..., its second break with the alliance since 1999" is not dated
    // by that "since".
    check(
        "2012-06-30",
        "Uzbekistan has suspended its membership of the CSTO, its second break with the \
         alliance since 1999. Separately, Russia is due to become a member of the World Trade \
         Organization in August. BACKGROUND: Uzbekistan signed the Collective Security Treaty \
         in Tashkent in May 1992. It quit GUUAM in 2005.",
        &[
            "suspended Uzbekistan CSTO ..2012-06-30 asserted",
            "joined Russia WTO 2012-08 planned",
            "signed Uzbekistan CST 1992-05 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
        ],
    );
}

#[test]
fn more_verbs_for_taking_up_giving_up_and_resuming_a_membership() {
    check(
        "2008-05-05",
        "Uzbekistan came back to the CSTO in 2006. Armenia gained membership of the WTO in 2003. \
         Kyrgyzstan was accepted into the WTO in 1998. Georgia gave up its membership of the CIS \
         in 2009. Ukraine opted out of the CSTO in 1992. Azerbaijan resumed its membership of \
         the CIS in 1993. Uzbekistan halted its participation in GUUAM in 2002. Armenia holds \
         membership of the CSTO. Belarus is a member state of the CSTO. Georgia stands outside \
         the CSTO.",
        &[
            "rejoined Uzbekistan CSTO 2006 asserted",
            "joined Armenia WTO 2003 asserted",
            "joined Kyrgyzstan WTO 1998 asserted",
            "withdrew Georgia CIS 2009 asserted",
            "withdrew Ukraine CSTO 1992 asserted",
            "rejoined Azerbaijan CIS 1993 asserted",
            "suspended Uzbekistan GUAM 2002 asserted",
            "member Armenia CSTO 2008-05-05 asserted",
            "member Belarus CSTO 2008-05-05 asserted",
            "not_member Georgia CSTO 2008-05-05 asserted",
        ],
    );
    // (an object that is no organisation: no claim)
    check(
        "2008-05-05",
        "Karimov came back to Moscow in 2006. Uzbekistan came back to the negotiating table.",
        &[],
    );
}

#[test]
fn a_status_denied_of_others_in_a_clause_of_its_own() {
    // "..., but Georgia is not", "...; Georgia and Moldova are not", "..., but not Georgia":
    // not members of what the status was told of.
    check(
        "2008-05-05",
        "Armenia is a member of the CSTO but Georgia is not. Armenia and Belarus are CSTO \
         members; Georgia and Moldova are not. Armenia belongs to the CSTO, but not Azerbaijan.",
        &[
            "member Armenia CSTO 2008-05-05 asserted",
            "not_member Georgia CSTO 2008-05-05 asserted",
            "member Armenia CSTO 2008-05-05 asserted",
            "member Belarus CSTO 2008-05-05 asserted",
            "not_member Georgia CSTO 2008-05-05 asserted",
            "not_member Moldova CSTO 2008-05-05 asserted",
            "member Armenia CSTO 2008-05-05 asserted",
            "not_member Azerbaijan CSTO 2008-05-05 asserted",
        ],
    );
    // (a clause that goes on is no ellipsis; an event is not a status)
    check(
        "2008-05-05",
        "Armenia is in the CSTO, but Georgia is not a member of the EU. Armenia joined the \
         CSTO, but not Georgia.",
        &[
            "member Armenia CSTO 2008-05-05 asserted",
            "not_member Georgia EU 2008-05-05 asserted",
            "joined Armenia CSTO ..2008-05-05 asserted",
        ],
    );
}

#[test]
fn members_named_beside_their_partners_or_after_a_copula() {
    // "A and its CSTO partners", "A and its partners in the CSTO", "A and the other CSTO
    // members"; "The CSTO's newest member is B", "Among the CSTO's members is C".
    check(
        "2008-05-05",
        "Armenia and its CSTO partners met. Belarus and its partners in the CSTO met. \
         Kazakhstan and the other CSTO members met. The CSTO's newest member is Uzbekistan. \
         Among the CSTO's members is Tajikistan. The newest member of the SCO is China.",
        &[
            "member Armenia CSTO 2008-05-05 asserted",
            "member Belarus CSTO 2008-05-05 asserted",
            "member Kazakhstan CSTO 2008-05-05 asserted",
            "member Uzbekistan CSTO 2008-05-05 asserted",
            "member Tajikistan CSTO 2008-05-05 asserted",
            "member China SCO 2008-05-05 asserted",
        ],
    );
    // (partners of no organisation; a summit's; a former, first or future member)
    check(
        "2008-05-05",
        "Armenia and its Western partners met. Armenia and its partners in the CSTO summit \
         met. The CSTO's first member is Armenia. The SCO's next member is India.",
        &[],
    );
}

#[test]
fn a_past_status_with_both_ends_and_years_after_no_subject() {
    // "was a member from 1993 to 1999", "from 1993 until 1999": both ends; "Two years after
    // independence, Georgia joined" is not counted back from the article.
    check(
        "2008-05-05",
        "The CIS met. Georgia was a member of the CIS from 1993 to 1999. Moldova was a member \
         of the CIS from 1993 until 1999. From 1993 to 1999 Armenia was a party to the CIS. \
         Two years after independence, Azerbaijan joined the CIS.",
        &[
            "member Georgia CIS 1993..1999 asserted",
            "member Moldova CIS 1993..1999 asserted",
            "member Armenia CIS 1993..1999 asserted",
            "joined Azerbaijan CIS ..2008-05-05 asserted",
        ],
    );
}

#[test]
fn counts_of_parties_of_makeups_and_of_signing_subjects() {
    // "has nine parties", "the six remaining parties to the treaty" (the treaty pointed to, not
    // NATO named last), "is made up of six states", "brings together six former Soviet
    // republics", "Six states signed the treaty in 1992", "founded by three states".
    check(
        "2002-10-14",
        "The Collective Security Treaty was signed in 1992. Six states signed the treaty in \
         1992. NATO watched. The six remaining parties to the treaty met. The CSTO is made up of \
         six states. The SCO brings together six former Soviet republics and China. The CIS was \
         founded by three states.",
        &[
            // (the treaty at the article's date is the organisation it became)
            "count CSTO 6 members 2002-10-14",
            "count CSTO 6 members 2002-10-14",
            "count SCO 6 members 2002-10-14",
            "count CST 6 signatories 1992",
            "count CIS 3 founders 2002-10-14",
            "founded - CIS ..2002-10-14 asserted",
        ],
    );
    // (some of them picked out, or those of another time: no count of the members now)
    check(
        "2002-10-14",
        "The CSTO met. Its six original parties signed in 1992. The four Central Asian members \
         agreed.",
        &[],
    );
}

#[test]
fn signing_up_in_the_base_form() {
    // "to sign up", "is expected to sign up": the verb in any form, as "signed up".
    check(
        "1994-03-17",
        "NATO launched the Partnership for Peace in January. Romania was the first to sign up, \
         on 26 January. Moldova is expected to sign up later this month.",
        &[
            "joined Romania PfP 1994-01-26 asserted",
            "joined Moldova PfP 1994-03 planned",
        ],
    );
}

#[test]
fn an_associate_as_a_noun() {
    // "an associate of the CIS since 2005", "only an associate since August": associate
    // status; not "an associate member" twice, nor "a close associate of Russia".
    check(
        "2005-09-07",
        "The CIS met in Kazan. Turkmenistan, an associate of the CIS since 2005, abstained. \
         Turkmenistan has been only an associate since August. Turkmenistan is an associate \
         member of the CIS. Tajikistan is a close associate of Russia.",
        &[
            "associate Turkmenistan CIS 2005..2005-09-07 asserted",
            "associate Turkmenistan CIS 2005-08..2005-09-07 asserted",
            "associate Turkmenistan CIS 2005-09-07 asserted",
        ],
    );
}

#[test]
fn the_twenty_first_sessions_review_cases() {
    // A review of this session's readings found these wrong; none of them is a claim (or not
    // the one first read).
    check(
        "2005-06-01",
        "Turkmenistan is a member, if only an associate one, of the CIS. Georgia is a member, \
         on paper, of the CIS. The Tashkent Treaty lost Georgia and Azerbaijan's backing in \
         1999. The CSTO lost Armenia, Russia claims, in 2004. The CSTO nearly lost Uzbekistan \
         in 2005. Nor is Azerbaijan the only member of GUAM to object. The CSTO has two parties \
         in mind for the next summit. The CSTO exercise brings together six states.",
        &[],
    );
    check(
        "2010-07-01",
        "Kyrgyzstan went back to the CSTO for help in June. Uzbekistan came back to the GUUAM \
         negotiating table in 2004. Ukraine and its EU partners signed an action plan. Among \
         the worries of the CSTO's members is Afghanistan.",
        &[],
    );
    // (the status denied only of a plain member told right before)
    check(
        "2005-06-01",
        "Russia is the biggest member of the CSTO but Armenia is not. Armenia is a member of \
         the CSTO and fought a war with Azerbaijan, but not Turkey.",
        &[
            "member Russia CSTO 2005-06-01 asserted",
            "member Armenia CSTO 2005-06-01 asserted",
        ],
    );
    // (dated as the sentence dates them; a hedge after the name)
    check(
        "2005-06-01",
        "The SCO gained Uzbekistan, its sixth member, in 2001. The Tashkent Treaty had nine \
         parties in 1994. GUAM was founded by four states in 1997. Uzbekistan was a member of \
         GUUAM from 1999 to 2005. The CSTO's newest member is Armenia, reportedly.",
        &[
            "joined Uzbekistan SCO 2001 asserted",
            "member Uzbekistan SCO 2005-06-01 asserted",
            "count CST 9 members 1994",
            "founded - GUAM 1997 asserted",
            "count GUAM 4 founders 1997",
            "member Uzbekistan GUAM 1999..2005 asserted",
            "member Armenia CSTO 2005-06-01 hedged",
        ],
    );
}

#[test]
fn the_framework_document_and_a_described_treaty_never_named() {
    // "the Framework Document" is the Partnership's (and after its full name, still the same
    // body); "the Moscow-led security treaty" in 1999, never named in the article, is the one
    // treaty that fits.
    check(
        "2003-12-08",
        "Ukraine signed the Framework Document on 8 February 1994. Belarus signed the \
         Partnership for Peace Framework Document in January 1995. Georgia joined the CIS in \
         1993. It left the Moscow-led security treaty in 1999. Armenia is in the Russian-led \
         military alliance.",
        &[
            "signed Ukraine PfP 1994-02-08 asserted",
            "signed Belarus PfP 1995-01 asserted",
            "joined Georgia CIS 1993 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
}

#[test]
fn a_departure_or_an_entry_that_took_effect() {
    // "X's exit from Y took effect on ...", "X's withdrawal from Y became final in ...",
    // "formalised its exit from": it happened then.
    check(
        "2012-08-05",
        "Georgia's exit from the CIS took effect on 18 August 2009. Uzbekistan's withdrawal from \
         GUUAM became final in 2005. Kyrgyzstan's accession to the WTO took effect in December \
         1998. Tashkent formalised its exit from GUUAM in May 2005.",
        &[
            "withdrew Georgia CIS 2009-08-18 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
            "joined Kyrgyzstan WTO 1998-12 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
    // (not one still to come, nor one of something else)
    check(
        "2012-08-05",
        "Georgia's exit from the CIS is expected to take effect next year. Russia's accession \
         to the WTO talks took effect.",
        &[],
    );
}

#[test]
fn a_gerund_after_years_after_a_dated_event() {
    // "left GUUAM in 2005, six years after joining it": joined in 1999; "seven years after
    // leaving the treaty": the treaty of that year; not counted from an event told before an
    // opening phrase ("..., now, six years after joining, it has walked out").
    check(
        "2012-08-05",
        "Uzbekistan left GUUAM in 2005, six years after joining it. Uzbekistan rejoined the \
         CSTO in 2006, seven years after leaving the treaty. Georgia quit the CIS in 2009, \
         sixteen years after joining.",
        &[
            "withdrew Uzbekistan GUAM 2005 asserted",
            "joined Uzbekistan GUAM 1999 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Georgia CIS 2009 asserted",
            "joined Georgia CIS 1993 asserted",
        ],
    );
    check(
        "2005-05-10",
        "Tashkent joined GUUAM in April 1999; three years later it stopped attending; now, six \
         years after joining, it has walked out for good.",
        &[
            "joined Uzbekistan GUAM 1999-04 asserted",
            "suspended Uzbekistan GUAM 2002 asserted",
        ],
    );
}

#[test]
fn the_twenty_first_sessions_second_review_cases() {
    // A second review of this session's readings: none of these is a claim.
    check(
        "2008-03-01",
        "Turkmenistan is not an associate of the CIS but a full member. The CSTO drafted a \
         declaration on Afghanistan in January. Armenia was the first to sign up, on 26 \
         January.",
        &[],
    );
    check(
        "2009-09-01",
        "Moscow's response to Georgia's exit from the CIS took effect on 18 August. The CIS \
         anti-terrorism centre was founded by six states in 2000. Five states signed the CSTO \
         declaration on Afghanistan in 2008. Two more states signed the Tashkent Treaty in \
         December 1993. The CSTO would be made up of seven states if Uzbekistan rejoined. In \
         1995 Uzbekistan and its Tashkent Treaty partners held drills.",
        &[],
    );
    // (dated by a date that opens the sentence; an exit's own date, not the next conjunct's;
    // a month that opens what follows is not the second of a pair)
    check(
        "2009-09-01",
        "In 1992 six states signed the Tashkent Treaty. In 1994 the Tashkent Treaty had nine \
         parties. Georgia's exit from the CIS became official, and Tbilisi's withdrawal from \
         the CIS defence ministers' council took effect on 18 August. Romania joined the \
         Partnership for Peace in late January and early February Lithuania followed.",
        &[
            "count CST 6 signatories 1992",
            "count CST 9 members 1994",
            "withdrew Georgia CIS ..2009-09-01 asserted",
            "joined Romania PfP 2009-01 asserted",
            "joined Lithuania PfP ..2009-09-01 asserted",
        ],
    );
}

#[test]
fn a_bare_party_after_a_sentence_whose_claims_named_the_treaty() {
    // "Moldova and Turkmenistan are not parties. Ukraine is not a party either.": the treaty
    // the sentence before made its claims about, when it named no organisation.
    check(
        "1994-04-27",
        "The Collective Security Treaty came into force. Moldova and Turkmenistan, likewise, \
         are not parties. Ukraine is not a party either.",
        &[
            "not_member Moldova CST 1994-04-27 asserted",
            "not_member Turkmenistan CST 1994-04-27 asserted",
            "not_member Ukraine CST 1994-04-27 asserted",
        ],
    );
}

#[test]
fn a_relative_clause_after_a_preposition_names_the_organisation() {
    // "the CSTO, to which Armenia has been a party since 1992", "the CIS, of which all four
    // remain members": the organisation the clause hangs on; "walked back into".
    check(
        "2009-08-19",
        "The CSTO, to which Armenia has been a party since 1992, met. Georgia and Moldova sent \
         envoys to the CIS, of which both remain members. Uzbekistan quit the treaty in 1999. \
         It walked back into the CSTO in 2006.",
        &[
            "member Armenia CSTO 1992..2009-08-19 asserted",
            "member Georgia CIS 2009-08-19 asserted",
            "member Moldova CIS 2009-08-19 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
        ],
    );
}

#[test]
fn a_signed_document_restoring_a_membership() {
    // "signed the protocol restoring his country's membership": the return, at the date the
    // sentence gives, to the organisation named after it or the one the article is about.
    check(
        "2006-08-21",
        "Uzbekistan is back in the CSTO. In Sochi on 16 August, President Islam Karimov signed \
         the protocol restoring his country's membership. Putin signed a decision restoring \
         Tashkent's membership of the CSTO on 23 June. Tashkent wants a deal restoring its \
         trade.",
        &[
            "member Uzbekistan CSTO 2006-08-21 asserted",
            "office Islam Karimov president Uzbekistan 2006-08-21",
            "rejoined Uzbekistan CSTO 2006-08-16 asserted",
            "rejoined Uzbekistan CSTO 2006-06-23 asserted",
        ],
    );
    // (from a review: a body the lexicon does not know after "membership of" is no return to
    // the article's organisation; a date in a relative clause on the signer is not the
    // signing's)
    check(
        "2006-08-21",
        "The CSTO met in Minsk. Lukashenko signed a decree restoring his country's membership \
         of the International Olympic Committee on 16 August. Karimov, who quit the treaty in \
         1999, signed the protocol restoring his country's membership on 16 August.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "rejoined Uzbekistan CSTO 2006-08-16 asserted",
        ],
    );
}

#[test]
fn did_likewise_too_or_so() {
    // "Azerbaijan did likewise", "did too", "did so in March": the event told before, for
    // another subject, at its own date (none said: up to the article's).
    check(
        "2005-05-05",
        "The Collective Security Treaty was signed in 1992. Georgia quit the treaty in 1999; \
         Azerbaijan did likewise. Uzbekistan did too. Ukraine signed the Partnership for Peace \
         in January 1994, and Moldova did so in March.",
        &[
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST ..2005-05-05 asserted",
            "withdrew Uzbekistan CST ..2005-05-05 asserted",
            "signed Ukraine PfP 1994-01 asserted",
            "signed Moldova PfP 1994-03 asserted",
        ],
    );
}

#[test]
fn his_country_after_a_person_named_in_the_sentence_before() {
    // "Saakashvili flew to Kyiv. His country left the CIS in 2009.": the state of the person
    // the sentence before named, when this one names no one.
    check(
        "2009-09-01",
        "Saakashvili flew to Kyiv. His country left the CIS in 2009. Its leaders met. His \
         country is not named.",
        &["withdrew Georgia CIS 2009 asserted"],
    );
}

#[test]
fn so_did_repeats_a_status_told_in_the_past() {
    // "Georgia stayed out of the CIS, and so did Estonia": a status told in the past by its
    // verb, which "so did" repeats (sentence-initial too); "was" repeats one told with "was";
    // a present status is still not repeated by "did".
    check(
        "1991-12-27",
        "Georgia stayed out of the CIS, and so did Estonia and Latvia. Ukraine remained in the \
         Commonwealth. So did Belarus. Moldova was a member of the CIS, and so was Armenia. \
         Russia is in the CIS, and so did Kazakhstan.",
        &[
            "not_member Georgia CIS 1991-12-27 asserted",
            "not_member Estonia CIS 1991-12-27 asserted",
            "not_member Latvia CIS 1991-12-27 asserted",
            "member Ukraine CIS ..1991-12-27 asserted",
            "member Belarus CIS ..1991-12-27 asserted",
            "member Moldova CIS ..1991-12-27 asserted",
            "member Armenia CIS ..1991-12-27 asserted",
            "member Russia CIS 1991-12-27 asserted",
        ],
    );
    // A denial by its verb alone is repeated by "as did"; one with "not" only by "nor" or
    // "neither".
    check(
        "1992-05-15",
        "Ukraine declined to sign the CST, as did Moldova. Turkmenistan did not sign the CST, \
         and neither did Azerbaijan.",
        &[
            "signed Ukraine CST ..1992-05-15 negated",
            "signed Moldova CST ..1992-05-15 negated",
            "signed Turkmenistan CST ..1992-05-15 negated",
            "signed Azerbaijan CST ..1992-05-15 negated",
        ],
    );
    // A bare "outside" set off after the states, with "also" or "itself" before it.
    check(
        "2011-10-20",
        "Ukraine, also outside the customs union, is watching. Moldova, itself outside the \
         customs union, agreed.",
        &[
            "not_member Ukraine CustomsUnion 2011-10-20 asserted",
            "not_member Moldova CustomsUnion 2011-10-20 asserted",
        ],
    );
}

#[test]
fn counts_spelt_out_after_a_colon_in_more_shapes() {
    // "Six parties remain: A, B, ...": a sentence that is only the count and its verb, of the
    // organisation the sentence before named; "six of the eleven member states signed X: A,
    // B, ...": the part of a larger count spelt out.
    check(
        "1999-05-04",
        "The CST was renewed in April. Six parties remain: Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan, Russia and Tajikistan.",
        &[
            "count CST 6 members 1999-05-04",
            "member Armenia CST 1999-05-04 asserted",
            "member Belarus CST 1999-05-04 asserted",
            "member Kazakhstan CST 1999-05-04 asserted",
            "member Kyrgyzstan CST 1999-05-04 asserted",
            "member Russia CST 1999-05-04 asserted",
            "member Tajikistan CST 1999-05-04 asserted",
        ],
    );
    check(
        "1992-05-22",
        "On 15 May six of the eleven member states signed a Collective Security Treaty: \
         Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan.",
        &[
            "signed Armenia CST 1992-05-15 asserted",
            "signed Kazakhstan CST 1992-05-15 asserted",
            "signed Kyrgyzstan CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
            "signed Tajikistan CST 1992-05-15 asserted",
            "signed Uzbekistan CST 1992-05-15 asserted",
        ],
    );
}

#[test]
fn the_union_and_other_small_readings() {
    // "The union groups only A, B and C": one called a union that the article is about, not
    // the CSTO named last nor the European Union named in passing (a sentence before the last).
    check(
        "2013-09-12",
        "Armenia, a CSTO member, will join the customs union rather than sign an agreement \
         with the European Union. Yerevan has chosen Moscow. The union at present groups only \
         Russia, Belarus and Kazakhstan.",
        &[
            "member Armenia CSTO 2013-09-12 asserted",
            "joined Armenia CustomsUnion 2013-09-12.. planned",
            "member Russia CustomsUnion 2013-09-12 asserted",
            "member Belarus CustomsUnion 2013-09-12 asserted",
            "member Kazakhstan CustomsUnion 2013-09-12 asserted",
        ],
    );
    // "let its participation in the Tashkent Treaty lapse"; "joined first, on 8 February",
    // then "followed in March"; "last autumn" (the last one over by the article's date);
    // "In January he took Uzbekistan into EurAsEC" (a date opening the clause).
    check(
        "2009-08-24",
        "Uzbekistan let its participation in the Tashkent Treaty lapse in 1999. Tashkent \
         suspended its membership of EurAsEC last autumn. Kazakhstan left the CIS last \
         spring. Karimov is a survivor. In January he took Uzbekistan into the SCO.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "suspended Uzbekistan EurAsEC 2008 asserted",
            "withdrew Kazakhstan CIS 2009 asserted",
            "joined Uzbekistan SCO 2009-01 asserted",
        ],
    );
    check(
        "1994-06-28",
        "Russia signed the PfP in June. Ukraine joined first, on 8 February; Moldova and \
         Georgia followed in March.",
        &[
            "signed Russia PfP 1994-06 asserted",
            "joined Ukraine PfP 1994-02-08 asserted",
            "joined Moldova PfP 1994-03 asserted",
            "joined Georgia PfP 1994-03 asserted",
        ],
    );
    // An event's date is not a relative clause's on its object ("which last autumn
    // absorbed ..."), unless the clause tells the lapse; a troop figure held "since" a date
    // holds from it to now.
    check(
        "2006-06-28",
        "In January Uzbekistan joined the Eurasian Economic Community, which last autumn \
         absorbed CACO. Georgia did not renew its membership of the CST, which lapsed on 20 \
         April. Since October 2001 some 1,000 American troops have been based at \
         Karshi-Khanabad.",
        &[
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "withdrew Georgia CST 2006-04-20 asserted",
            "quantity us-forces-uzbekistan 1000 true 2001-10..2006-06-28 asserted",
        ],
    );
}

#[test]
fn signatories_and_the_original_treaty() {
    // "Its six signatories" opening a sentence are a treaty's, not those of the Commonwealth
    // the sentence before was about; "the original treaty" is the one the treaty named last
    // succeeds, for the claim and for the count.
    check(
        "1992-07-15",
        "The Commonwealth summit in Tashkent adopted a Collective Security Treaty. Its six \
         signatories are Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and Armenia.",
        &[
            "signed Russia CST ..1992-07-15 asserted",
            "signed Kazakhstan CST ..1992-07-15 asserted",
            "signed Kyrgyzstan CST ..1992-07-15 asserted",
            "signed Tajikistan CST ..1992-07-15 asserted",
            "signed Uzbekistan CST ..1992-07-15 asserted",
            "signed Armenia CST ..1992-07-15 asserted",
            "count CST 6 signatories 1992-07-15",
        ],
    );
    check(
        "2006-10-12",
        "Uzbekistan rejoined the CSTO in August. Uzbekistan was one of the six signatories of \
         the original treaty in 1992, and it left the old treaty in 1999.",
        &[
            "rejoined Uzbekistan CSTO 2006-08 asserted",
            "signed Uzbekistan CST 1992 asserted",
            "count CST 6 signatories 2006-10-12",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn counted_subject_gapped_and_names_given_after_the_noun() {
    // "Three states came in late last year, A on 24 September, B on ...": a counted subject
    // spelt out after a comma, each state with its own date.
    check(
        "1994-02-14",
        "When six states signed the CST in May 1992, Georgia was at war. Three states came in \
         late last year, Azerbaijan on 24 September, Georgia on 9 December and Belarus on 31 \
         December.",
        &[
            "count CST 6 signatories 1992-05",
            "joined Azerbaijan CST 1993-09-24 asserted",
            "joined Georgia CST 1993-12-09 asserted",
            "joined Belarus CST 1993-12-31 asserted",
        ],
    );
    // "joined the group, which now calls itself GUUAM": the name given right after the noun,
    // not NATO named before.
    check(
        "1999-05-04",
        "On 24 April in Washington, where the leaders had gathered for NATO's summit, \
         Uzbekistan joined the group, which now calls itself GUUAM. Moldova left the forum, \
         since renamed GUAM, in May.",
        &[
            "joined Uzbekistan GUAM 1999-04-24 asserted",
            "withdrew Moldova GUAM 1999-05 asserted",
        ],
    );
    // "it" after staying out is the organisation a clause before described one member of;
    // still not the one a group's own description names ("nine Commonwealth states; A and B
    // remain outside it", "a EurAsEC member that is also outside it").
    check(
        "2013-09-12",
        "Russia has been a WTO member since August 2012, and Belarus remains outside it.",
        &[
            "member Russia WTO 2012-08..2013-09-12 asserted",
            "not_member Belarus WTO 2013-09-12 asserted",
        ],
    );
    check(
        "1995-07-14",
        "The Tashkent Treaty now binds nine Commonwealth states; Moldova and Ukraine remain \
         outside it.",
        &[
            "not_member Moldova CST 1995-07-14 asserted",
            "not_member Ukraine CST 1995-07-14 asserted",
        ],
    );
}

#[test]
fn an_opening_years_after_a_gerund() {
    // "Seven years after walking out of the Tashkent treaty, Uzbekistan ...": the event the
    // gerund tells, of the subject after the comma, N years before the year of its own event
    // in the sentence, else before the article's year; nothing without a state subject.
    check(
        "2009-10-12",
        "Seven years after walking out of the Tashkent treaty, Uzbekistan has come back. \
         Sixteen years after joining the CIS, Georgia left it in August. Two years after \
         joining the CIS, the country changed course.",
        &[
            "withdrew Uzbekistan CST 2002 asserted",
            "joined Georgia CIS 1993 asserted",
            "withdrew Georgia CIS 2009-08 asserted",
        ],
    );
}

#[test]
fn the_second_review_of_the_twenty_third_session() {
    // "So" repeats only the sentence right before, not one past a sentence the grammar skips.
    check(
        "2008-03-12",
        "Belarus was a member of the CSTO. Its economy was weak. So was Moldova. Georgia \
         stayed out of the CSTO. It stayed out of trouble. So did Armenia.",
        &[
            "member Belarus CSTO ..2008-03-12 asserted",
            "not_member Georgia CSTO 2008-03-12 asserted",
        ],
    );
    // "Six parties remain: ..." only of an organisation the states listed make up.
    check(
        "1999-05-20",
        "The CIS summit opened in Moscow. Six parties remain: Russia, Armenia, Belarus, \
         Kazakhstan, Kyrgyzstan and Tajikistan.",
        &[],
    );
    // "includes only" of a body or an event the name qualifies, of the states' ministries or
    // a part of it, is no membership.
    check(
        "2007-08-16",
        "The SCO outreach session includes only Iran, India, Pakistan and Mongolia. The CSTO \
         parade includes only Russia, Armenia and Serbia. The CSTO groups only Russia, Armenia \
         and Belarus in its air defence system. GUAM groups only Georgia, Ukraine, Azerbaijan \
         and Moldova's foreign ministries.",
        &[],
    );
    // "The union" named just before is that one; "the last spring before ..." is no date; a
    // date opening the clause is not one a clause between takes; an expiry told by "ran out"
    // dates the withdrawal; a figure of an arrival "since" a date is of the arrival.
    check(
        "2004-05-01",
        "Russia's customs union with Belarus was not on the agenda. The European Union \
         admitted ten new members on Saturday. The union now includes Latvia and Estonia.",
        &[
            "member Latvia EU 2004-05-01 asserted",
            "member Estonia EU 2004-05-01 asserted",
        ],
    );
    check(
        "2007-03-10",
        "The last spring before Uzbekistan joined EurAsEC was tense. In January Karimov \
         recalled that he took Uzbekistan into the SCO. Georgia quit the Collective Security \
         Treaty, whose term ran out on 20 April. Since October 2001, when some 1,000 American \
         troops arrived at Karshi-Khanabad, Tashkent has been a US ally.",
        &[
            "joined Uzbekistan EurAsEC ..2007-03-10 asserted",
            "joined Uzbekistan SCO ..2007-03-10 asserted",
            "withdrew Georgia CST 2006-04-20 asserted",
            "quantity us-forces-uzbekistan 1000 true 2001-10 asserted",
        ],
    );
    // "Its signatories" after a document that enlarged the CIS are the CIS's; a name after
    // "known as" that is something of the organisation names nothing; "the" may stand before
    // the name.
    check(
        "1991-12-22",
        "The Alma-Ata declaration enlarged the CIS on Saturday. Its eleven signatories include \
         Kazakhstan and Armenia.",
        &[
            "signed Kazakhstan CIS ..1991-12-22 asserted",
            "signed Armenia CIS ..1991-12-22 asserted",
            "member Kazakhstan CIS 1991-12-22 asserted",
            "member Armenia CIS 1991-12-22 asserted",
            "count CIS 11 signatories 1991-12-22",
        ],
    );
    check(
        "2006-08-24",
        "Moldova joined the group, known as GUAM's harshest critics, in 2005. Uzbekistan \
         rejoined the bloc, known as the CSTO, on Wednesday.",
        &["rejoined Uzbekistan CSTO 2006-08-23 asserted"],
    );
}

#[test]
fn stayed_out_until_a_date_is_over_by_then() {
    // "stayed out of the CIS until 1993" held up to that year, as "remained outside" does; "So
    // did Azerbaijan" repeats it so; a bare "stayed out" or "has stayed out" holds now.
    check(
        "1995-02-10",
        "Georgia stayed out of the CIS until 1993. So did Azerbaijan. Moldova stayed out of \
         GUAM. Ukraine has stayed out of the CSTO until now.",
        &[
            "not_member Georgia CIS ..1993-12-31 asserted",
            "not_member Azerbaijan CIS ..1993-12-31 asserted",
            "not_member Moldova GUAM 1995-02-10 asserted",
            "not_member Ukraine CSTO 1995-02-10 asserted",
        ],
    );
}

#[test]
fn so_too_did_and_so_did_with_a_date() {
    // "So too did Belarus."; "So did Belarus in 1993." (the date closes the list and dates the
    // event repeated); not "So did Belarus in its own way."
    check(
        "2009-03-12",
        "Armenia joined the CIS in 1991. So did Belarus in 1993. Armenia remained in the CSTO. \
         So too did Kazakhstan. Russia remained in the SCO. So did China in its own way.",
        &[
            "joined Armenia CIS 1991 asserted",
            "joined Belarus CIS 1993 asserted",
            "member Armenia CSTO ..2009-03-12 asserted",
            "member Kazakhstan CSTO ..2009-03-12 asserted",
            "member Russia SCO ..2009-03-12 asserted",
        ],
    );
}

#[test]
fn a_chain_of_so_did() {
    // "So did Belarus." after a status told in the past may itself be repeated: "So did
    // Kazakhstan."; a present one is not repeated by "did".
    check(
        "2009-03-12",
        "Armenia remained in the CSTO. So did Belarus. So did Kazakhstan. Russia is in the SCO. \
         So is China. So did Kyrgyzstan.",
        &[
            "member Armenia CSTO ..2009-03-12 asserted",
            "member Belarus CSTO ..2009-03-12 asserted",
            "member Kazakhstan CSTO ..2009-03-12 asserted",
            "member Russia SCO 2009-03-12 asserted",
            "member China SCO 2009-03-12 asserted",
        ],
    );
}

#[test]
fn joined_late_or_early() {
    // "Georgia joined late, in December 1993": an adverb of time between a verb without an
    // object and its date; a visitor who "arrived late and left early" left nothing.
    check(
        "2008-09-01",
        "Georgia will quit the CIS. Georgia joined late, in December 1993. Azerbaijan and Armenia \
         both signed up early in 1992. Kuchma, who arrived late and left early, said little.",
        &[
            "withdrew Georgia CIS 2008-09-01.. planned",
            "joined Georgia CIS 1993-12 asserted",
            "joined Azerbaijan CIS 1992 asserted",
            "joined Armenia CIS 1992 asserted",
        ],
    );
}

#[test]
fn coordinated_participles_opening_a_sentence() {
    // "Having A, B and joined X, Uzbekistan ...": each participle of the opening phrase has the
    // sentence's subject, a leader standing for the state.
    check(
        "2006-08-21",
        "Having evicted the Americans, signed a pact with Moscow and joined the Eurasian Economic \
         Community in January, President Islam Karimov now sits at every table. Having quit \
         GUUAM in 2005 and rejoined the CSTO in June, Uzbekistan is an ally again.",
        &[
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "office Islam Karimov president Uzbekistan 2006-08-21",
            "withdrew Uzbekistan GUAM 2005 asserted",
            "rejoined Uzbekistan CSTO 2006-06 asserted",
        ],
    );
}

#[test]
fn a_date_after_the_second_opening_participle_is_its_own() {
    // "Having left GUUAM and joined EurAsEC in January, Uzbekistan ...": the date dates the
    // participle it follows, not the one before it (no date reaches back past the verb to the
    // subject after the phrase); one opening the sentence still frames the participle.
    check(
        "2006-03-01",
        "Having left GUUAM and joined EurAsEC in January, Uzbekistan now looks to Moscow. In \
         May 2005, having left GUUAM, Tashkent turned to Moscow.",
        &[
            "withdrew Uzbekistan GUAM ..2006-03-01 asserted",
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
}

#[test]
fn a_member_of_neither_organisation_named_before() {
    // "is a member of neither organisation", "a member of neither": the noun's object may be
    // the two organisations the sentence before told claims of, as a verb's already was.
    check(
        "2002-12-28",
        "Kazakhstan joined the CSTO and Ukraine joined GUUAM. Turkmenistan is a member of \
         neither organisation. Georgia is in the CIS and Moldova is in GUUAM. Belarus is a \
         member of neither.",
        &[
            "joined Kazakhstan CSTO ..2002-12-28 asserted",
            "joined Ukraine GUAM ..2002-12-28 asserted",
            "not_member Turkmenistan CSTO 2002-12-28 asserted",
            "not_member Turkmenistan GUAM 2002-12-28 asserted",
            "member Georgia CIS 2002-12-28 asserted",
            "member Moldova GUAM 2002-12-28 asserted",
            "not_member Belarus CIS 2002-12-28 asserted",
            "not_member Belarus GUAM 2002-12-28 asserted",
        ],
    );
}

#[test]
fn one_standing_for_the_status_just_told() {
    // "Kazakhstan is a member of the CSTO, and Uzbekistan has been one again since 2006": "one"
    // is that status of that organisation, at its own clause's time; not "one of its founders"
    // (a status of its own), nor "one country", nor without a subject of its own.
    check(
        "2009-12-15",
        "Kazakhstan is a member of the CSTO, and Uzbekistan has been one again since 2006. \
         Russia is a member of the SCO, and China is one country that matters. \
         Kyrgyzstan is a member of the CIS; Tajikistan is one too.",
        &[
            "member Kazakhstan CSTO 2009-12-15 asserted",
            "member Uzbekistan CSTO 2006..2009-12-15 asserted",
            "member Russia SCO 2009-12-15 asserted",
            "member Kyrgyzstan CIS 2009-12-15 asserted",
            "member Tajikistan CIS 2009-12-15 asserted",
        ],
    );
}

#[test]
fn a_noun_in_apposition_to_a_body_the_lexicon_does_not_know() {
    // "the Economic Cooperation Organisation, the regional grouping that Iran set up": the noun
    // is that body, not the organisation named before, so its relative clause tells nothing.
    check(
        "1991-12-23",
        "Eleven republics formed the Commonwealth of Independent States. Iran will seek \
         cooperation through the Economic Cooperation Organisation, the regional grouping that \
         Iran set up with Pakistan and Turkey. Georgia left the Commonwealth, the grouping that \
         Ukraine founded.",
        &[
            "count CIS 11 founders 1991-12-23",
            "withdrew Georgia CIS ..1991-12-23 asserted",
            "founded Ukraine CIS ..1991-12-23 asserted",
        ],
    );
}

#[test]
fn a_relative_clause_after_a_list_told_of_its_last_state() {
    // "..., Tajikistan and Uzbekistan, which returned to it in 2006": the curated timeline has
    // Uzbekistan's return then and every other state a member throughout, so the clause is
    // Uzbekistan's; "Georgia, Azerbaijan and Uzbekistan, which left it in 1999" is all three's.
    check(
        "2009-02-05",
        "The CSTO groups Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan and \
         Uzbekistan, which returned to it in 2006.",
        &[
            "member Russia CSTO 2009-02-05 asserted",
            "member Armenia CSTO 2009-02-05 asserted",
            "member Belarus CSTO 2009-02-05 asserted",
            "member Kazakhstan CSTO 2009-02-05 asserted",
            "member Kyrgyzstan CSTO 2009-02-05 asserted",
            "member Tajikistan CSTO 2009-02-05 asserted",
            "member Uzbekistan CSTO 2009-02-05 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
        ],
    );
    check(
        "2001-02-05",
        "Georgia, Azerbaijan and Uzbekistan, which left the Collective Security Treaty in 1999, \
         are in GUUAM.",
        &[
            "withdrew Georgia CST 1999 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "member Georgia GUAM 2001-02-05 asserted",
            "member Azerbaijan GUAM 2001-02-05 asserted",
            "member Uzbekistan GUAM 2001-02-05 asserted",
        ],
    );
}

#[test]
fn states_a_verb_is_shared_with_before_its_object() {
    // "which belong with Tajikistan and Russia to the treaty": the states after "with" are in it
    // too; "granted Iran observer status on Tuesday, together with India and Pakistan": so are
    // those granted it with the state named.
    check(
        "1997-06-28",
        "Kazakhstan, Kyrgyzstan and Uzbekistan, which belong with Tajikistan and Russia to the \
         Collective Security Treaty, have sent units.",
        &[
            "member Kazakhstan CST 1997-06-28 asserted",
            "member Kyrgyzstan CST 1997-06-28 asserted",
            "member Uzbekistan CST 1997-06-28 asserted",
            "member Tajikistan CST 1997-06-28 asserted",
            "member Russia CST 1997-06-28 asserted",
        ],
    );
    check(
        "2005-07-07",
        "The Shanghai Cooperation Organisation granted Iran observer status on Tuesday, together \
         with India and Pakistan, at a summit in Astana.",
        &[
            "observer Iran SCO 2005-07-05 asserted",
            "observer India SCO 2005-07-05 asserted",
            "observer Pakistan SCO 2005-07-05 asserted",
        ],
    );
    check(
        "2006-01-10",
        "Iran won observer status in the SCO in 2005, together with India and Pakistan.",
        &[
            "observer Iran SCO 2005 asserted",
            "observer India SCO 2005 asserted",
            "observer Pakistan SCO 2005 asserted",
        ],
    );
}

#[test]
fn the_same_status_as_the_one_told_before() {
    // "Mongolia has held the same status since 2004", "have long held the same status",
    // "received the same status in June 2012": the observer (or associate) status told last,
    // here or in a sentence before, of its organisation.
    check(
        "2013-09-14",
        "Iran has been an observer in the SCO since 2005. Afghanistan received the same status \
         in June 2012, while India, Pakistan and Mongolia have long held the same status. \
         Turkey has never held the same status.",
        &[
            "observer Iran SCO 2005..2013-09-14 asserted",
            "observer Afghanistan SCO 2012-06 asserted",
            "observer India SCO 2013-09-14 asserted",
            "observer Pakistan SCO 2013-09-14 asserted",
            "observer Mongolia SCO 2013-09-14 asserted",
        ],
    );
}

#[test]
fn appositions_without_a_noun_and_whose_organisation() {
    // "Kyrgyzstan and Tajikistan, both still in the security treaty, ...": in it;
    // "Russia, Belarus and Kazakhstan, whose customs union has applied a tariff since January":
    // members of their union now (the union's own "since" is not theirs); not "whose CSTO
    // membership".
    check(
        "2010-06-12",
        "Uzbekistan left the Collective Security Treaty in 1999. Kyrgyzstan and Tajikistan, both \
         still in the security treaty, have offered airspace. Russia, Belarus and Kazakhstan, \
         whose customs union has applied a common tariff since January, are due to meet. Armenia \
         and Moldova, whose CIS membership is old, stayed away.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            // (the treaty in 2010 is the CSTO)
            "member Kyrgyzstan CSTO 2010-06-12 asserted",
            "member Tajikistan CSTO 2010-06-12 asserted",
            "member Russia CustomsUnion 2010-06-12 asserted",
            "member Belarus CustomsUnion 2010-06-12 asserted",
            "member Kazakhstan CustomsUnion 2010-06-12 asserted",
        ],
    );
}

#[test]
fn a_state_and_the_one_whose_ally_it_is() {
    // "Armenia is Russia's ally in the CSTO": both are in it; "Armenia, Moscow's closest ally in
    // the CSTO, ..." as an apposition; not a partner's possessor ("Azerbaijan and Moldova,
    // Georgia's partners in GUAM" tells of the two), not "an ally of NATO", nor an ally denied.
    check(
        "2008-08-23",
        "Armenia is Russia's ally in the Collective Security Treaty Organization and hosts its \
         base. Kazakhstan, Moscow's closest ally in the SCO, is not in NATO. Georgia is an ally \
         of NATO. Ukraine is not Russia's ally in GUAM. Azerbaijan and Moldova, Georgia's \
         partners in GUAM, stayed calm.",
        &[
            "member Armenia CSTO 2008-08-23 asserted",
            "member Russia CSTO 2008-08-23 asserted",
            "member Kazakhstan SCO 2008-08-23 asserted",
            "member Russia SCO 2008-08-23 asserted",
            "not_member Kazakhstan NATO 2008-08-23 asserted",
            "member Azerbaijan GUAM 2008-08-23 asserted",
            "member Moldova GUAM 2008-08-23 asserted",
        ],
    );
}

#[test]
fn joinings_told_by_a_leader_a_rank_or_a_return() {
    // "joined only NATO's Partnership for Peace" (past the adverb, the programme, not NATO);
    // "becomes the organisation's sixth member" (a joining); "Georgia's leader, Eduard
    // Shevardnadze, took his country into the Commonwealth" (in 1993 he held none of the
    // lexicon's offices, all of which are Georgia's); "returned Azerbaijan to the Commonwealth
    // last September" (a return; the date right after the organisation).
    check(
        "1994-04-21",
        "Armenia joined only NATO's Partnership for Peace, last March. Georgia's leader, Eduard \
         Shevardnadze, took his country into the Commonwealth in December, and President Heydar \
         Aliyev returned Azerbaijan to the Commonwealth last September.",
        &[
            "joined Armenia PfP 1994-03 asserted",
            "joined Georgia CIS 1993-12 asserted",
            "office Heydar Aliyev president Azerbaijan 1994-04-21",
            "rejoined Azerbaijan CIS 1993-09 asserted",
        ],
    );
    check(
        "2001-06-16",
        "The Shanghai Five met. Uzbekistan becomes the organisation's sixth member.",
        &["joined Uzbekistan SCO ..2001-06-16 asserted"],
    );
}

#[test]
fn a_list_in_a_relative_clause_is_not_framed_by_the_date_opening_the_sentence() {
    // "In June Uzbekistan suspended its membership in the CSTO, whose other six members, A, B,
    // ..., continue to work": the relative clause tells the members as they stand, not in June.
    check(
        "2012-12-06",
        "In June Uzbekistan suspended its membership in the Collective Security Treaty \
         Organization, whose other three members, Armenia, Belarus and Russia, continue to work \
         together.",
        &[
            "suspended Uzbekistan CSTO 2012-06 asserted",
            "member Armenia CSTO 2012-12-06 asserted",
            "member Belarus CSTO 2012-12-06 asserted",
            "member Russia CSTO 2012-12-06 asserted",
        ],
    );
    check(
        "2005-08-28",
        "In May Uzbekistan formally left GUUAM, which has become GUAM again, with four members: \
         Georgia, Ukraine, Azerbaijan and Moldova.",
        &[
            "withdrew Uzbekistan GUAM 2005-05 asserted",
            "member Georgia GUAM 2005-08-28 asserted",
            "member Ukraine GUAM 2005-08-28 asserted",
            "member Azerbaijan GUAM 2005-08-28 asserted",
            "member Moldova GUAM 2005-08-28 asserted",
            "count GUAM 4 members 2005-08-28",
        ],
    );
}

#[test]
fn a_forum_known_by_initials_taking_no_part_and_nor_is_it() {
    // "set up a consultative forum known by their initials as GUAM" (the name after "as");
    // "takes no part in the CSTO" (not a member); "Nor is it a party to the treaty" after a
    // sentence opened by a state (that state, denied).
    check(
        "1997-12-30",
        "In October, Georgia, Ukraine, Azerbaijan and Moldova set up a consultative forum known \
         by their initials as GUAM. Turkmenistan takes no part in the CIS summit. Turkmenistan \
         is not a member of NATO. Nor is it a party to the Collective Security Treaty.",
        &[
            "founded Georgia GUAM 1997-10 asserted",
            "founded Ukraine GUAM 1997-10 asserted",
            "founded Azerbaijan GUAM 1997-10 asserted",
            "founded Moldova GUAM 1997-10 asserted",
            "not_member Turkmenistan NATO 1997-12-30 asserted",
            "not_member Turkmenistan CST 1997-12-30 asserted",
        ],
    );
    check(
        "2003-04-12",
        "Turkmenistan takes no part in the Collective Security Treaty Organization.",
        &["not_member Turkmenistan CSTO 2003-04-12 asserted"],
    );
}

#[test]
fn the_same_number_pointing_back_with_those_an_aside_adds() {
    // "The same five, together with Armenia, are also the remaining members of the treaty": the
    // five states of the sentence before, and Armenia.
    check(
        "2000-10-13",
        "Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan met in Astana. The same five, \
         together with Armenia, are also the remaining members of the Collective Security \
         Treaty.",
        &[
            "member Belarus CST 2000-10-13 asserted",
            "member Kazakhstan CST 2000-10-13 asserted",
            "member Kyrgyzstan CST 2000-10-13 asserted",
            "member Russia CST 2000-10-13 asserted",
            "member Tajikistan CST 2000-10-13 asserted",
            "member Armenia CST 2000-10-13 asserted",
        ],
    );
}

#[test]
fn review_near_misses_of_the_new_constructions() {
    // A relative clause told in the past is framed by the opening date ("whose five members, A,
    // ..., signed a charter in Yalta"); "has never been one" denies; "the same status in the
    // SCO" is the SCO's; "neither" after three organisations names none of them.
    check(
        "2012-08-10",
        "In June Uzbekistan suspended its membership in the CSTO, whose members Russia and \
         Belarus remain committed.",
        &[
            "suspended Uzbekistan CSTO 2012-06 asserted",
            "member Russia CSTO 2012-08-10 asserted",
            "member Belarus CSTO 2012-08-10 asserted",
        ],
    );
    check(
        "2001-08-10",
        "In June GUUAM, whose three members, Georgia, Ukraine and Moldova, met in Yalta, gained a \
         secretariat.",
        &[
            "member Georgia GUAM 2001-06 asserted",
            "member Ukraine GUAM 2001-06 asserted",
            "member Moldova GUAM 2001-06 asserted",
            "count GUAM 3 members 2001-08-10",
        ],
    );
    check(
        "2010-08-10",
        "Kazakhstan is a member of the CSTO, but Turkmenistan has never been one. Turkmenistan \
         became an associate member of the CIS in 2005. Mongolia has held the same status in the \
         SCO since 2004. Armenia belongs to the CSTO, the CIS and the SCO. Moldova is a member \
         of neither organisation.",
        &[
            "member Kazakhstan CSTO 2010-08-10 asserted",
            "not_member Turkmenistan CSTO 2010-08-10 asserted",
            "associate Turkmenistan CIS 2005 asserted",
            "associate Mongolia SCO 2004..2010-08-10 asserted",
            "member Armenia CSTO 2010-08-10 asserted",
            "member Armenia CIS 2010-08-10 asserted",
            "member Armenia SCO 2010-08-10 asserted",
        ],
    );
}

#[test]
fn nor_with_a_pronoun_subject_denies() {
    // "Nor does it belong to the CSTO", "Nor has it signed the charter": as with a state named.
    check(
        "2008-05-10",
        "Turkmenistan is not in NATO. Nor does it belong to the CSTO. Nor has it signed the \
         Collective Security Treaty.",
        &[
            "not_member Turkmenistan NATO 2008-05-10 asserted",
            "not_member Turkmenistan CSTO 2008-05-10 asserted",
            "signed Turkmenistan CST ..2008-05-10 negated",
        ],
    );
}

#[test]
fn pro_forms_and_abbreviations_from_the_review() {
    // "is reportedly one again" (hedged), "is no longer one" (denied), "Russia's strategic
    // ally", "NATO's PfP programme".
    check(
        "2008-05-10",
        "Kazakhstan is a member of the CSTO, and Uzbekistan is reportedly one again. Belarus is \
         a member of the CIS, but Georgia is no longer one. Armenia is Russia's strategic ally \
         in the CSTO. Moldova joined NATO's PfP programme in 1994.",
        &[
            "member Kazakhstan CSTO 2008-05-10 asserted",
            "member Uzbekistan CSTO 2008-05-10 hedged",
            "member Belarus CIS 2008-05-10 asserted",
            "not_member Georgia CIS 2008-05-10 asserted",
            "member Armenia CSTO 2008-05-10 asserted",
            "member Russia CSTO 2008-05-10 asserted",
            "joined Moldova PfP 1994 asserted",
        ],
    );
}

#[test]
fn a_counted_list_set_off_as_the_subject_counts_the_claim() {
    // "Six states -- A, ..., F -- remain in the treaty": six members; "Six republics — ... —
    // signed the pact in May 1992": six signatories then; not a joining or a departure, nor a
    // list of another length.
    check(
        "1999-04-27",
        "Six states -- Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan -- remain \
         in the Collective Security Treaty. Three states -- Georgia, Azerbaijan and Uzbekistan -- \
         left it.",
        &[
            "member Russia CST 1999-04-27 asserted",
            "member Belarus CST 1999-04-27 asserted",
            "member Armenia CST 1999-04-27 asserted",
            "member Kazakhstan CST 1999-04-27 asserted",
            "member Kyrgyzstan CST 1999-04-27 asserted",
            "member Tajikistan CST 1999-04-27 asserted",
            "count CST 6 members 1999-04-27",
            "withdrew Georgia CST ..1999-04-27 asserted",
            "withdrew Azerbaijan CST ..1999-04-27 asserted",
            "withdrew Uzbekistan CST ..1999-04-27 asserted",
        ],
    );
    check(
        "1994-04-21",
        "The Collective Security Treaty entered into force. Six republics — Russia, Armenia, \
         Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan — signed the pact in Tashkent in May \
         1992.",
        &[
            "signed Russia CST 1992-05 asserted",
            "signed Armenia CST 1992-05 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Kyrgyzstan CST 1992-05 asserted",
            "signed Tajikistan CST 1992-05 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
            "count CST 6 signatories 1992-05",
        ],
    );
}

#[test]
fn entering_an_organisation() {
    // "by entering the World Trade Organization two years ago": the gerund joins as "entered"
    // does.
    check(
        "2000-10-12",
        "Kyrgyzstan complicated matters by entering the World Trade Organization two years ago.",
        &["joined Kyrgyzstan WTO 1998 asserted"],
    );
}

#[test]
fn a_participle_aside_between_an_organisation_and_its_list() {
    // "The treaty, signed in Tashkent on May 15, 1992, currently binds nine states: ...": the
    // participle's aside is stepped over as a relative clause is, and its date is not the
    // status's.
    check(
        "1999-02-05",
        "Uzbekistan will leave the Tashkent Treaty. The treaty, signed in Tashkent on May 15, \
         1992, currently binds four states: Armenia, Belarus, Russia and Uzbekistan.",
        &[
            "withdrew Uzbekistan CST 1999-02-05.. planned",
            "member Armenia CST 1999-02-05 asserted",
            "member Belarus CST 1999-02-05 asserted",
            "member Russia CST 1999-02-05 asserted",
            "member Uzbekistan CST 1999-02-05 asserted",
        ],
    );
}

#[test]
fn a_listing_with_a_state_outside_the_organisation_named_last() {
    // "The organization groups China, ..." after a sentence on the CIS: China was never in the
    // CIS, so the listing, its count and the observers beside it are the SCO's, which the
    // article named before.
    check(
        "2008-08-29",
        "Leaders of the Shanghai Cooperation Organization met in Dushanbe. Under the \
         Commonwealth's rules, a withdrawal takes effect a year after notice. The six-member \
         organization groups China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, \
         while India and Iran have observer status.",
        &[
            "count SCO 6 members 2008-08-29",
            "member China SCO 2008-08-29 asserted",
            "member Russia SCO 2008-08-29 asserted",
            "member Kazakhstan SCO 2008-08-29 asserted",
            "member Kyrgyzstan SCO 2008-08-29 asserted",
            "member Tajikistan SCO 2008-08-29 asserted",
            "member Uzbekistan SCO 2008-08-29 asserted",
            "observer India SCO 2008-08-29 asserted",
            "observer Iran SCO 2008-08-29 asserted",
        ],
    );
}

#[test]
fn the_commonwealths_collective_security_treaty() {
    // "the Commonwealth of Independent States' collective security treaty" is the treaty, not
    // the CIS (the longest name wins); the states sharing the main clause's status ("along
    // with ...") do not share the relative clause's withdrawal.
    check(
        "2001-06-16",
        "Uzbekistan, which left the Commonwealth of Independent States' collective security \
         treaty in 1999, is also a member of GUUAM along with Georgia and Moldova. Armenia \
         remains in the Commonwealth's collective security treaty.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "member Uzbekistan GUAM 2001-06-16 asserted",
            "member Georgia GUAM 2001-06-16 asserted",
            "member Moldova GUAM 2001-06-16 asserted",
            "member Armenia CST 2001-06-16 asserted",
        ],
    );
}

#[test]
fn a_counted_group_with_a_regions_adjective() {
    // "The three Central Asian states", "the three former Soviet republics": a count over an
    // adjective before the noun for states still points back to the three named.
    check(
        "1996-04-27",
        "Kazakhstan, Kyrgyzstan and Tajikistan negotiated the accord with Russia. The three \
         Central Asian states are also parties to the Tashkent Treaty. Estonia, Latvia and \
         Lithuania stayed out of the CIS. The three former Soviet republics are Partnership for \
         Peace members.",
        &[
            "member Kazakhstan CST 1996-04-27 asserted",
            "member Kyrgyzstan CST 1996-04-27 asserted",
            "member Tajikistan CST 1996-04-27 asserted",
            "not_member Estonia CIS 1996-04-27 asserted",
            "not_member Latvia CIS 1996-04-27 asserted",
            "not_member Lithuania CIS 1996-04-27 asserted",
            "member Estonia PfP 1996-04-27 asserted",
            "member Latvia PfP 1996-04-27 asserted",
            "member Lithuania PfP 1996-04-27 asserted",
        ],
    );
}

#[test]
fn whose_members_after_an_appositive_on_the_name() {
    // "GUUAM, the grouping it joined in 1999, whose other members are ...": the name the
    // appositive describes.
    check(
        "2002-10-08",
        "Uzbekistan is in GUUAM, the grouping it joined in 1999, whose other members are \
         Georgia and Moldova.",
        &[
            "member Uzbekistan GUAM 2002-10-08 asserted",
            "joined Uzbekistan GUAM 1999 asserted",
            "member Georgia GUAM 2002-10-08 asserted",
            "member Moldova GUAM 2002-10-08 asserted",
        ],
    );
}

#[test]
fn most_of_an_organisations_work_and_a_protocol_restoring_membership() {
    // "stopped taking part in most activities of GUUAM" / "in most of the group's work": over
    // the quantifier; "signed a protocol restoring its membership in the CSTO" is the return;
    // "signed despite weeks of protests" is a signing without an object.
    check(
        "2006-08-17",
        "Uzbekistan stopped taking part in most activities of GUUAM in June 2002. Moldova \
         stopped taking part in most of the group's work in 2003. Uzbekistan on Wednesday signed \
         a protocol restoring its membership in the CSTO. It left most of the CIS bodies. Six \
         states signed the Tashkent Treaty in 1992. Tajikistan signed despite weeks of protests.",
        &[
            "suspended Uzbekistan GUAM 2002-06 asserted",
            "suspended Moldova GUAM 2003 asserted",
            "rejoined Uzbekistan CSTO 2006-08-16 asserted",
            "count CST 6 signatories 1992",
            "signed Tajikistan CST ..2006-08-17 asserted",
        ],
    );
}

#[test]
fn a_date_between_a_verb_and_its_objects_preposition() {
    // "acceded on Thursday to the treaty", "withdrew in May 1999 from the pact": the date is
    // stepped over to the object and dates the event (not a date later in the sentence);
    // "belongs instead to GUUAM"; "the Alma-Ata protocols" are the CIS's.
    check(
        "1999-12-10",
        "Georgia acceded on Thursday to the Tashkent Treaty, completing a turn begun in \
         September. Azerbaijan withdrew in May 1999 from the Tashkent Treaty. Uzbekistan \
         belongs instead to GUUAM. Armenia withdrew in protest from the talks. Turkmenistan \
         signed the Alma-Ata protocols in December 1991.",
        &[
            "joined Georgia CST 1999-12-09 asserted",
            "withdrew Azerbaijan CST 1999-05 asserted",
            "member Uzbekistan GUAM 1999-12-10 asserted",
            "signed Turkmenistan CIS 1991-12 asserted",
        ],
    );
}

#[test]
fn an_appositive_status_shared_alongside_and_a_hosts_by() {
    // "Moldova, a member of GUUAM alongside Georgia and Ukraine, ...": the states after
    // "alongside" share the appositive's status. "signed in Chisinau, at a summit hosted by
    // Moldova": the host is no signatory.
    check(
        "2005-12-09",
        "Moldova, a member of GUUAM alongside Georgia and Ukraine, met. Belarus, a CSTO member \
         along with Armenia, agreed. The CSTO charter was signed in Chisinau, at a summit hosted \
         by Moldova.",
        &[
            "member Moldova GUAM 2005-12-09 asserted",
            "member Georgia GUAM 2005-12-09 asserted",
            "member Ukraine GUAM 2005-12-09 asserted",
            "member Belarus CSTO 2005-12-09 asserted",
            "member Armenia CSTO 2005-12-09 asserted",
        ],
    );
}

#[test]
fn the_first_review_of_the_twenty_fourth_session() {
    // A participle's aside stepped over leaves the verb's own negation, plan and hedge.
    check(
        "2003-06-01",
        "The CSTO, founded in 2002, does not include Uzbekistan. GUAM, formed in 1997, will \
         include Russia from next year. The SCO, founded in 2001, is said to include Mongolia.",
        &[
            "founded - CSTO 2002 asserted",
            "founded - GUAM 1997 asserted",
            "member Russia GUAM 2003-06-01 planned",
            "founded - SCO 2001 asserted",
            "member Mongolia SCO 2003-06-01 hedged",
        ],
    );
    // A region's adjective must fit the states pointed back to.
    check(
        "2004-06-01",
        "Georgia, Armenia and Azerbaijan have quarrelled for years. The three Central Asian \
         states are members of the CSTO.",
        &[],
    );
    // Participles with a subject of their own inside the opening phrase are not the main
    // subject's; nor is a possessive after the leader's name the leader.
    check(
        "2006-06-01",
        "Having helped Karimov leave GUUAM and join EurAsEC in January, President Vladimir Putin \
         is now satisfied. Having evicted the Americans and joined the SCO in 2001, President \
         Islam Karimov's critics now despair.",
        &[
            "office Vladimir Putin president Russia 2006-06-01",
            "office Islam Karimov president Uzbekistan 2006-06-01",
        ],
    );
    // "joined late" without a month or year after it is a meeting joined late.
    check(
        "2005-03-01",
        "The CIS summit opened in Minsk on Friday. Nazarbayev joined late, on the second day. \
         CSTO troops began exercises on Monday. Armenia joined late, on Wednesday.",
        &[],
    );
    // A date between the verb and a preposition before something that is no organisation.
    check(
        "2005-06-01",
        "GUUAM held a summit in Chisinau. Uzbekistan withdrew on Tuesday from the talks. The \
         Tashkent Treaty was discussed. Azerbaijan acceded on Thursday to Russia's request for \
         bases.",
        &[],
    );
}

#[test]
fn all_four_after_states_opening_the_clauses_before() {
    // "Georgia and Azerbaijan face wars; Moldova waits; Ukraine has settled. All four are ...":
    // the states opening the clauses of the sentence before, when they are as many.
    check(
        "1997-10-16",
        "Georgia and Azerbaijan face separatist wars; Moldova has waited for years; Ukraine \
         settled the fleet. All four are members of the Commonwealth of Independent States.",
        &[
            "member Georgia CIS 1997-10-16 asserted",
            "member Azerbaijan CIS 1997-10-16 asserted",
            "member Moldova CIS 1997-10-16 asserted",
            "member Ukraine CIS 1997-10-16 asserted",
        ],
    );
}

#[test]
fn a_subject_likened_to_a_list_in_an_aside() {
    // "Yerevan, like Tbilisi and Baku, joined ...": the list after "like" shares the claim and
    // is not the subject itself; "unlike" sets its list apart.
    check(
        "1995-03-22",
        "Yerevan, like Tbilisi and Baku, joined NATO's Partnership for Peace last year. Armenia, \
         unlike Georgia and Azerbaijan, stayed in the Tashkent Treaty.",
        &[
            "joined Armenia PfP 1994 asserted",
            "joined Azerbaijan PfP 1994 asserted",
            "joined Georgia PfP 1994 asserted",
            "member Armenia CST ..1995-03-22 asserted",
        ],
    );
}

#[test]
fn an_infinitive_in_an_opening_participle_phrase() {
    // "Having failed to join the WTO and left GUUAM last year, President Islam Karimov ...":
    // an infinitive of the phrase's own subject does not stop the participles after it; a
    // state or leader before "to" ("Having urged Uzbekistan to leave ... and join") does.
    check(
        "2006-06-01",
        "Having failed to join the WTO and left GUUAM last year, President Islam Karimov now \
         seeks a seat in the CSTO. Having persuaded Karimov to sign a pact and join EurAsEC in \
         January, President Vladimir Putin is pleased.",
        &[
            "withdrew Uzbekistan GUAM 2005 asserted",
            "office Islam Karimov president Uzbekistan 2006-06-01",
            "office Vladimir Putin president Russia 2006-06-01",
        ],
    );
}

#[test]
fn so_does_after_staying_outside_and_which_together_with() {
    // "Uzbekistan remains outside. So does Georgia.": a status outside told by a verb with no
    // denial is repeated as any other; "Ukraine is not a member. So is Moldova." is not.
    // "A and B, which together with C make up GUUAM": the antecedent and the states joined.
    check(
        "2000-10-13",
        "Uzbekistan stays out of EurAsEC. So does Georgia. Ukraine is not a member of the CSTO. \
         So is Moldova. Azerbaijan and Moldova, which together with Uzbekistan make up GUUAM, \
         met.",
        &[
            "not_member Uzbekistan EurAsEC 2000-10-13 asserted",
            "not_member Georgia EurAsEC 2000-10-13 asserted",
            "not_member Ukraine CSTO 2000-10-13 asserted",
            "member Azerbaijan GUAM 2000-10-13 asserted",
            "member Moldova GUAM 2000-10-13 asserted",
            "member Uzbekistan GUAM 2000-10-13 asserted",
        ],
    );
}

#[test]
fn declining_to_sign_the_protocol_extending_a_treaty() {
    // "declined this month to sign the protocol extending the treaty" lets the membership lapse
    // as "declined to renew" does (not a signing denied); another protocol is nothing;
    // "Tashkent walks away from the treaty".
    check(
        "1999-04-26",
        "Uzbekistan and Georgia declined this month to sign the protocol extending the Tashkent \
         Treaty. Ukraine declined to sign the protocol on customs. Baku walks away from the \
         Tashkent Treaty.",
        &[
            "withdrew Uzbekistan CST 1999-04 asserted",
            "withdrew Georgia CST 1999-04 asserted",
            "withdrew Azerbaijan CST ..1999-04-26 asserted",
        ],
    );
}

#[test]
fn a_relative_clause_set_off_by_spaced_dashes_or_whose() {
    // "Uzbekistan - which left the treaty in 1999 - is a member of GUUAM along with Georgia":
    // the relative clause ends at the spaced dash after its year (not the dash of "1993-94"),
    // as one opened by "whose" ends at its comma, and the states after "along with" share only
    // the main clause's status. "signed a collective security treaty with Russia" is a
    // bilateral treaty; "are in a collective security pact with Moscow" the Tashkent treaty.
    check(
        "2001-06-01",
        "Uzbekistan - which left the Collective Security Treaty in 1999 - is a member of GUUAM \
         along with Ukraine. Azerbaijan, whose leader quit the Collective Security Treaty in \
         1999, sits in GUUAM along with Georgia. Armenia signed a collective security treaty with Russia in \
         1997. Georgia and Azerbaijan are now in a collective security pact with Moscow.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "member Uzbekistan GUAM 2001-06-01 asserted",
            "member Ukraine GUAM 2001-06-01 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "member Azerbaijan GUAM 2001-06-01 asserted",
            "member Georgia GUAM 2001-06-01 asserted",
            "member Georgia CST 2001-06-01 asserted",
            "member Azerbaijan CST 2001-06-01 asserted",
            "member Russia CST 2001-06-01 asserted",
        ],
    );
}

#[test]
fn bringing_the_membership_to_a_number() {
    // "admitted Uzbekistan, bringing the membership to six": a count of members from the
    // admission just told, at its date; not after something that is no admission.
    check(
        "2001-06-16",
        "On Thursday, the Shanghai Five admitted Uzbekistan, bringing the membership to six. \
         Armenia raised its fee, bringing the membership to seven.",
        &[
            "joined Uzbekistan SCO 2001-06-14 asserted",
            "count SCO 6 members 2001-06-14",
        ],
    );
}

#[test]
fn a_bare_number_whose_list_follows_the_object() {
    // "of the eleven ..., only six signed the treaty on 15 May — A, B, ...": the number alone is
    // the subject the list after the object spells out (exactly that many), and counts the
    // signatories at the signing's date; a list of another length is no such subject.
    check(
        "1992-05-20",
        "Of the eleven Commonwealth members, only six signed the Collective Security Treaty on \
         15 May — Russia, Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Armenia. Only \
         three signed the Tashkent Treaty on 15 May — Russia, Kazakhstan and Armenia, we hear, \
         and Belarus.",
        &[
            "count CIS 11 members 1992-05-20",
            "count CST 6 signatories 1992-05-15",
            "signed Armenia CST 1992-05-15 asserted",
            "signed Kazakhstan CST 1992-05-15 asserted",
            "signed Kyrgyzstan CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
            "signed Tajikistan CST 1992-05-15 asserted",
            "signed Uzbekistan CST 1992-05-15 asserted",
        ],
    );
}

#[test]
fn states_still_in_a_named_treaty() {
    // "the three states still in the Collective Security Treaty (CST)" after the CSTO's charter
    // is the treaty named, not its successor; "the six countries still in it — A, ..., F —"
    // lists it when the list is as long as the count.
    check(
        "2000-10-10",
        "Uzbekistan quit the CST in 1999. But the six countries still in it — Armenia, Belarus, \
         Kazakhstan, Kyrgyzstan, Russia and Tajikistan — have not been idle.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "member Armenia CST 2000-10-10 asserted",
            "member Belarus CST 2000-10-10 asserted",
            "member Kazakhstan CST 2000-10-10 asserted",
            "member Kyrgyzstan CST 2000-10-10 asserted",
            "member Russia CST 2000-10-10 asserted",
            "member Tajikistan CST 2000-10-10 asserted",
        ],
    );
    check(
        "2002-10-10",
        "Armenia, Belarus and Russia, the three states still in the Collective Security Treaty \
         (CST), signed a charter in Chisinau on 7 October.",
        &[
            "member Armenia CST 2002-10-10 asserted",
            "member Belarus CST 2002-10-10 asserted",
            "member Russia CST 2002-10-10 asserted",
        ],
    );
}

#[test]
fn a_capital_after_in_is_a_place_not_a_subject() {
    // "On Monday in Chisinau, the six states that stayed in the treaty ...": the capital names
    // where they met, not Moldova; "a partner in Georgia, which joined the WTO in 2000" still
    // tells of Georgia.
    check(
        "2002-10-11",
        "On Monday in Chisinau, the six states that stayed in the Collective Security Treaty met. \
         Armenia has a partner in Georgia, which joined the WTO in 2000.",
        &[
            "count CST 6 members 2002-10-11",
            "joined Georgia WTO 2000 asserted",
        ],
    );
}

#[test]
fn the_charter_of_the_organisation_whose_states_sign_it() {
    // "On 7 June in Yalta, the five GUUAM states, A, ..., E, signed a charter that turns their
    // loose forum into an international organisation": the organisation whose states the
    // subject names (a comma after a place opens no apposition); "A and B, both CSTO members,
    // signed the charter" names none.
    check(
        "2001-06-19",
        "On 7 June in Yalta, the five GUUAM states, Georgia, Ukraine, Uzbekistan, Azerbaijan and \
         Moldova, signed a charter that turns their loose forum into an international \
         organisation.",
        &[
            "count GUAM 5 members 2001-06-19",
            "member Azerbaijan GUAM 2001-06-07 asserted",
            "member Georgia GUAM 2001-06-07 asserted",
            "member Moldova GUAM 2001-06-07 asserted",
            "member Ukraine GUAM 2001-06-07 asserted",
            "member Uzbekistan GUAM 2001-06-07 asserted",
            "signed Azerbaijan GUAM 2001-06-07 asserted",
            "signed Georgia GUAM 2001-06-07 asserted",
            "signed Moldova GUAM 2001-06-07 asserted",
            "signed Ukraine GUAM 2001-06-07 asserted",
            "signed Uzbekistan GUAM 2001-06-07 asserted",
        ],
    );
    check(
        "2001-06-19",
        "Kazakhstan and Russia, both CSTO members, signed the charter.",
        &[
            "member Kazakhstan CSTO 2001-06-19 asserted",
            "member Russia CSTO 2001-06-19 asserted",
        ],
    );
}

#[test]
fn the_other_parties_listed_and_a_when_clause_after_a_date() {
    // "the other six parties, A, ..., F," lists the treaty's parties (as many as counted; the
    // treaty named in the sentence, the one before, or pointed back to), and a clause opened by
    // "when" right after "on Friday" is on that Friday.
    check_all(
        "1999-04-06",
        "Georgia left the Collective Security Treaty. The decision was made in Moscow on Friday, \
         when the other six parties, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and \
         Tajikistan, signed a protocol prolonging the treaty. The other two parties, Armenia, \
         Belarus and Russia, met.",
        [
            each(THE_SIX, "member {} CST 1999-04-02 asserted"),
            strs(&["withdrew Georgia CST ..1999-04-06 asserted"]),
        ]
        .concat(),
    );
}

#[test]
fn it_binds_nine_states_and_they_are_listed() {
    // "..., and it now binds nine states": a count of the treaty's members ("it" the
    // organisation named last, with no state named since); "They are A, ..., I." then lists
    // exactly that many as its members. A list of another length is no such list.
    check(
        "1994-05-16",
        "On 20 April the Collective Security Treaty came into force, and it now binds nine \
         states. They are Armenia, Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Russia, \
         Tajikistan and Uzbekistan.",
        &[
            "count CST 9 members 1994-05-16",
            "member Armenia CST 1994-05-16 asserted",
            "member Azerbaijan CST 1994-05-16 asserted",
            "member Belarus CST 1994-05-16 asserted",
            "member Georgia CST 1994-05-16 asserted",
            "member Kazakhstan CST 1994-05-16 asserted",
            "member Kyrgyzstan CST 1994-05-16 asserted",
            "member Russia CST 1994-05-16 asserted",
            "member Tajikistan CST 1994-05-16 asserted",
            "member Uzbekistan CST 1994-05-16 asserted",
        ],
    );
    check(
        "1994-05-16",
        "The Collective Security Treaty now has nine members. They are Armenia, Azerbaijan, \
         Belarus and Georgia.",
        &["count CST 9 members 1994-05-16"],
    );
}

#[test]
fn a_lapse_told_bare_and_repeated_by_nor() {
    // "Azerbaijan did not renew." after a sentence naming the treaty is its lapse (not after a
    // mandate, nor when a date follows that may be the lapse's own, which "dropped out ... on
    // 20 April" tells); "Nor did the Georgians,
    // and nor did the Uzbeks" repeat it.
    check(
        "1999-04-06",
        "Six states signed a protocol prolonging the Collective Security Treaty. Azerbaijan did \
         not renew. Nor did the Georgians, and nor did the Uzbeks.",
        &[
            "withdrew Azerbaijan CST ..1999-04-06 asserted",
            "withdrew Georgia CST ..1999-04-06 asserted",
            "withdrew Uzbekistan CST ..1999-04-06 asserted",
        ],
    );
    check(
        "1999-04-06",
        "The CIS peacekeeping mandate expired. Russia did not renew.",
        &[],
    );
    // ("Georgia, too, did not renew": the lapse the sentence before told)
    check(
        "1999-04-10",
        "The Collective Security Treaty was renewed this month. Azerbaijan did not renew. \
         Georgia, too, did not renew.",
        &[
            "withdrew Azerbaijan CST ..1999-04-10 asserted",
            "withdrew Georgia CST ..1999-04-10 asserted",
        ],
    );
    check(
        "1999-05-04",
        "Six states signed a protocol prolonging the Collective Security Treaty. Azerbaijan did \
         not renew, and dropped out when the term ran out on 20 April.",
        &["withdrew Azerbaijan CST 1999-04-20 asserted"],
    );
}

#[test]
fn along_with_opening_and_both_now_inside_it() {
    // "Along with A and B, it did not renew ...": the states named share the main clause's
    // claims; "A and B, both now inside it," are members of the organisation named last (an
    // aside that runs on is not).
    check(
        "1999-04-26",
        "Uzbekistan has changed course. Along with Azerbaijan and Georgia, it did not renew its \
         membership of the Tashkent collective security treaty this month.",
        &[
            "withdrew Azerbaijan CST 1999-04 asserted",
            "withdrew Georgia CST 1999-04 asserted",
            "withdrew Uzbekistan CST 1999-04 asserted",
        ],
    );
    check(
        "1994-04-21",
        "The Collective Security Treaty came into force. Armenia and Azerbaijan, both now inside \
         it, are still fighting. Georgia joined the CIS. Belarus and Moldova, both in it already \
         as far as trade goes, disagree.",
        &[
            "member Armenia CST 1994-04-21 asserted",
            "member Azerbaijan CST 1994-04-21 asserted",
            "joined Georgia CIS ..1994-04-21 asserted",
        ],
    );
}

#[test]
fn none_of_them_is_yet_in() {
    // "none of them is yet in the WTO": "yet" inside the copula's phrase, denied by its subject;
    // "is yet to join" is a denial of a joining, not a membership.
    check(
        "2010-07-08",
        "Russia, Belarus and Kazakhstan signed the code, and none of them is yet in the World \
         Trade Organization. Armenia is yet to join the Eurasian Economic Community.",
        &[
            "not_member Belarus WTO 2010-07-08 asserted",
            "not_member Kazakhstan WTO 2010-07-08 asserted",
            "not_member Russia WTO 2010-07-08 asserted",
            "joined Armenia EurAsEC ..2010-07-08 negated",
        ],
    );
}

#[test]
fn the_twenty_sixth_sessions_review_cases() {
    // Near misses a review found: "They are ..." after another plural or another sentence;
    // "no longer binds"; "it" after a noun phrase the sentence introduced; a region "it";
    // parties to a gas deal; a charter on something else; a lease not renewed; a list that is a
    // clause of its own ("— A, ..., F did not"); "the states staying in" (not a copula).
    let none: &[&str] = &[];
    for (date, body, want) in [
        (
            "1999-06-10",
            "The Collective Security Treaty now binds six states. Six others have stayed away. \
             They are Georgia, Azerbaijan, Uzbekistan, Ukraine, Moldova and Turkmenistan.",
            &["count CST 6 members 1999-06-10"][..],
        ),
        (
            "1999-06-10",
            "The Collective Security Treaty now binds six states, and Moscow has invited six \
             more. They are Georgia, Azerbaijan, Uzbekistan, Ukraine, Moldova and Turkmenistan.",
            &["count CST 6 members 1999-06-10"][..],
        ),
        (
            "1999-06-10",
            "The Collective Security Treaty no longer binds nine states.",
            none,
        ),
        (
            "2003-06-10",
            "The CIS adopted a new visa regime, and it now binds nine states.",
            none,
        ),
        (
            "2003-06-10",
            "NATO wants a bigger role in the Caspian basin. Iran and Turkmenistan, both within \
             it, export gas.",
            none,
        ),
        (
            "2003-06-10",
            "The CSTO talks of a security zone in Central Asia. The six countries still in it — \
             Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Turkmenistan and Afghanistan — \
             worry Moscow.",
            none,
        ),
        (
            "1999-04-05",
            "The Collective Security Treaty was renewed on Friday. Russia then signed a gas deal \
             with Turkmenistan; the other two parties, Iran and Turkey, objected.",
            none,
        ),
        (
            "1999-04-10",
            "Six states signed a protocol prolonging the Collective Security Treaty. Russia's \
             lease on the Baikonur cosmodrome also expired, and Astana did not renew.",
            none,
        ),
        (
            "1999-04-03",
            "Of the eleven members, only six signed the Collective Security Treaty on 15 May \
             1992 — Azerbaijan, Belarus, Georgia, Moldova, Turkmenistan and Ukraine did not.",
            none,
        ),
    ] {
        check(date, body, want);
    }
    check(
        "2001-06-10",
        "On 7 June in Yalta, the five GUUAM states, Georgia, Ukraine, Uzbekistan, Azerbaijan and \
         Moldova, signed a charter on partnership with the United States.",
        &[
            "count GUAM 5 members 2001-06-10",
            "member Azerbaijan GUAM 2001-06-07 asserted",
            "member Georgia GUAM 2001-06-07 asserted",
            "member Moldova GUAM 2001-06-07 asserted",
            "member Ukraine GUAM 2001-06-07 asserted",
            "member Uzbekistan GUAM 2001-06-07 asserted",
        ],
    );
    check(
        "1999-04-27",
        "The states staying in the Collective Security Treaty—Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan, Russia and Tajikistan—signed a protocol extending it. Azerbaijan is \
         staying in the Commonwealth.",
        &[
            "member Armenia CST 1999-04-27 asserted",
            "member Azerbaijan CIS 1999-04-27 asserted",
            "member Belarus CST 1999-04-27 asserted",
            "member Kazakhstan CST 1999-04-27 asserted",
            "member Kyrgyzstan CST 1999-04-27 asserted",
            "member Russia CST 1999-04-27 asserted",
            "member Tajikistan CST 1999-04-27 asserted",
        ],
    );
}

#[test]
fn nor_will_and_so_will_repeat_as_plans() {
    // ", and nor will Georgia" / ", and so will Georgia" repeat the claim just made as still to
    // come, from the article's date.
    check(
        "1999-04-10",
        "The Collective Security Treaty was renewed this month. Azerbaijan did not renew, and \
         nor will Georgia.",
        &[
            "withdrew Azerbaijan CST ..1999-04-10 asserted",
            "withdrew Georgia CST 1999-04-10.. planned",
        ],
    );
}

#[test]
fn outside_it_a_lapse_dated_after_the_verb_and_remaining_outside() {
    // "both now outside it" denies membership; "did not renew in April" is dated by its own
    // date; "A, B and C, which did not renew in 1999, remain outside" stay out of the
    // organisation in question, not of the treaty the relative clause tells of.
    check(
        "2003-06-10",
        "The Collective Security Treaty Organization held its summit. Georgia and Azerbaijan, \
         both now outside it, sent observers.",
        &[
            "not_member Azerbaijan CSTO 2003-06-10 asserted",
            "not_member Georgia CSTO 2003-06-10 asserted",
        ],
    );
    check(
        "1999-04-10",
        "Six states signed a protocol prolonging the Collective Security Treaty. Azerbaijan did \
         not renew on 2 April.",
        &["withdrew Azerbaijan CST 1999-04-02 asserted"],
    );
    check(
        "2002-10-09",
        "Six states signed the charter of the Collective Security Treaty Organization on Monday. \
         Uzbekistan, Georgia and Azerbaijan, which did not renew in 1999, remain outside.",
        &[
            "not_member Azerbaijan CSTO 2002-10-09 asserted",
            "not_member Georgia CSTO 2002-10-09 asserted",
            "not_member Uzbekistan CSTO 2002-10-09 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn a_history_told_in_a_row_of_verbs_and_its_back_references() {
    // A bare "did not sign" is of the treaty just signed, whatever a relative clause on the
    // whole claim names after it.
    check(
        "1992-05-19",
        "On Friday six states signed a Collective Security Treaty. Ukraine and Azerbaijan did \
         not sign, which leaves the pact with barely half of the Commonwealth behind it.",
        &[
            "signed Azerbaijan CST ..1992-05-19 negated",
            "signed Ukraine CST ..1992-05-19 negated",
        ],
    );
    // An opening "It is worth recalling" points at nothing: the next "it" is the one state
    // named; "its membership of the old Tashkent Treaty" is that treaty's.
    check(
        "2006-08-28",
        "It is worth recalling how Tashkent got here. It let its membership of the old Tashkent \
         Treaty lapse in 1999, joined GUUAM the same year, froze its participation in 2002 and \
         formally quit in May 2005.",
        &[
            "joined Uzbekistan GUAM 1999 asserted",
            "suspended Uzbekistan GUAM 2002 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
    // "that membership": the one the sentence before told.
    check(
        "2013-05-13",
        "In May 1992 Uzbekistan signed the Collective Security Treaty in Tashkent. In April 1999 \
         it let that membership lapse, and the same month it joined GUAM.",
        &[
            "joined Uzbekistan GUAM 1999-04 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
            "withdrew Uzbekistan CST 1999-04 asserted",
        ],
    );
    // "The same summit": the day the sentence before named it with.
    check(
        "2005-09-05",
        "At its summit in Astana on 5 July the Shanghai Cooperation Organisation called for a \
         deadline. The same summit gave observer status to India, Iran and Pakistan.",
        &[
            "observer India SCO 2005-07-05 asserted",
            "observer Iran SCO 2005-07-05 asserted",
            "observer Pakistan SCO 2005-07-05 asserted",
        ],
    );
    // "last April ... the same month": the April before the article's date.
    check(
        "2000-01-25",
        "Uzbekistan left the Collective Security Treaty last April and joined GUUAM the same \
         month.",
        &[
            "joined Uzbekistan GUAM 1999-04 asserted",
            "withdrew Uzbekistan CST 1999-04 asserted",
        ],
    );
}

#[test]
fn states_running_an_organisation_together_are_its_members() {
    check(
        "2010-08-09",
        "Grain prices are set inside the customs union that Russia runs with Belarus and \
         Kazakhstan.",
        &[
            "member Belarus CustomsUnion 2010-08-09 asserted",
            "member Kazakhstan CustomsUnion 2010-08-09 asserted",
            "member Russia CustomsUnion 2010-08-09 asserted",
        ],
    );
    check(
        "2013-11-12",
        "Dushanbe is weighing the customs union that Russia, Belarus and Kazakhstan have run \
         since 2010.",
        &[
            "member Belarus CustomsUnion 2010..2013-11-12 asserted",
            "member Kazakhstan CustomsUnion 2010..2013-11-12 asserted",
            "member Russia CustomsUnion 2010..2013-11-12 asserted",
        ],
    );
    // A list after "by" is the subject of the relative clause after it.
    check(
        "2011-10-21",
        "The treaty was pushed by Russia, Belarus and Kazakhstan, which have run a customs union \
         since January 2010.",
        &[
            "member Belarus CustomsUnion 2010..2011-10-21 asserted",
            "member Kazakhstan CustomsUnion 2010..2011-10-21 asserted",
            "member Russia CustomsUnion 2010..2011-10-21 asserted",
        ],
    );
    // "it": the state the clause is about.
    check(
        "2012-08-23",
        "Russia joined the WTO on Wednesday, and the customs union it shares with Belarus and \
         Kazakhstan must adjust.",
        &[
            "joined Russia WTO 2012-08-22 asserted",
            "member Belarus CustomsUnion 2012-08-23 asserted",
            "member Kazakhstan CustomsUnion 2012-08-23 asserted",
            "member Russia CustomsUnion 2012-08-23 asserted",
        ],
    );
    // Not a state's own business, nor a body run by someone.
    check(
        "2012-08-23",
        "Russia shares a border with Kazakhstan. The customs union run by Moscow charges more.",
        &[],
    );
}

#[test]
fn a_count_out_of_a_larger_whole() {
    // "eleven of the fifteen former republics": the eleven are the organisation's, the fifteen
    // no organisation's; the list spells out the eleven.
    check(
        "1991-12-27",
        "The Commonwealth now groups eleven of the fifteen former republics: Armenia, \
         Azerbaijan, Belarus, Kazakhstan, Kyrgyzstan, Moldova, Russia, Tajikistan, \
         Turkmenistan, Ukraine and Uzbekistan.",
        &[
            "count CIS 11 members 1991-12-27",
            "member Armenia CIS 1991-12-27 asserted",
            "member Azerbaijan CIS 1991-12-27 asserted",
            "member Belarus CIS 1991-12-27 asserted",
            "member Kazakhstan CIS 1991-12-27 asserted",
            "member Kyrgyzstan CIS 1991-12-27 asserted",
            "member Moldova CIS 1991-12-27 asserted",
            "member Russia CIS 1991-12-27 asserted",
            "member Tajikistan CIS 1991-12-27 asserted",
            "member Turkmenistan CIS 1991-12-27 asserted",
            "member Ukraine CIS 1991-12-27 asserted",
            "member Uzbekistan CIS 1991-12-27 asserted",
        ],
    );
    // Without the list, or with one of another length, the eleven may be some of its members
    // only ("the Shanghai Five groups four of the fifteen former republics ..., plus China").
    check(
        "1991-12-27",
        "The Commonwealth now groups eleven of the fifteen former republics.",
        &[],
    );
    check(
        "2000-03-10",
        "The Shanghai Five groups four of the fifteen former republics: Russia, Kazakhstan, \
         Kyrgyzstan and Tajikistan, plus China.",
        &[],
    );
}

#[test]
fn a_grouping_named_by_what_it_goes_by_or_by_a_claim_on_it() {
    check(
        "1997-11-20",
        "There, on 10 October, Georgia, Ukraine, Azerbaijan and Moldova formed a consultative \
         group that goes by the initials of its members: GUAM.",
        &[
            "founded Azerbaijan GUAM 1997-10-10 asserted",
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Moldova GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
        ],
    );
    // "the grouping that A, B, C and D set up": what the joining took "the grouping" for,
    // not NATO named before it.
    check(
        "1999-05-10",
        "GUAM has acquired a fifth letter. On 24 April in Washington, where NATO was \
         celebrating, Uzbekistan joined the grouping that Georgia, Ukraine, Azerbaijan and \
         Moldova set up in 1997.",
        &[
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "joined Uzbekistan GUAM 1999-04-24 asserted",
        ],
    );
}

#[test]
fn kept_in_by_a_protocol_and_belonging_these_days() {
    check(
        "1999-04-07",
        "On 2 April in Moscow the presidents of Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan \
         and Tajikistan signed a protocol that keeps them in the Collective Security Treaty for \
         another five years.",
        &[
            "member Armenia CST 1999-04-07 asserted",
            "member Belarus CST 1999-04-07 asserted",
            "member Kazakhstan CST 1999-04-07 asserted",
            "member Kyrgyzstan CST 1999-04-07 asserted",
            "member Russia CST 1999-04-07 asserted",
            "member Tajikistan CST 1999-04-07 asserted",
        ],
    );
    // A bare "did not renew" is undated by a date a relative clause after it tells of
    // something else.
    check(
        "1999-04-07",
        "Six states signed a protocol prolonging the Collective Security Treaty. Uzbekistan did \
         not renew; nor did Georgia or Azerbaijan, which came in during the autumn of 1993.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "joined Georgia CST 1993 asserted",
            "withdrew Azerbaijan CST ..1999-04-07 asserted",
            "withdrew Georgia CST ..1999-04-07 asserted",
            "withdrew Uzbekistan CST ..1999-04-07 asserted",
        ],
    );
    check(
        "2001-05-29",
        "Uzbekistan, which belongs these days to GUUAM instead, was not in Yerevan. Armenia \
         belongs now to the CSTO.",
        &[
            "member Armenia CSTO 2001-05-29 asserted",
            "member Uzbekistan GUAM 2001-05-29 asserted",
        ],
    );
}

#[test]
fn joined_by_others_and_coming_into_an_organisation() {
    check(
        "1991-12-27",
        "Last Saturday eleven former republics put their signatures to the Commonwealth of \
         Independent States. Russia, Ukraine and Belarus had set the grouping up on 8 December; \
         at Alma-Ata on 21 December they were joined by Armenia and Uzbekistan.",
        &[
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "joined Armenia CIS 1991-12-21 asserted",
            "joined Uzbekistan CIS 1991-12-21 asserted",
        ],
    );
    check(
        "1996-04-30",
        "Russia and Belarus were joined in the customs union by Kazakhstan in 1995.",
        &["joined Kazakhstan CustomsUnion 1995 asserted"],
    );
    // Joined in doing something, or a leader joined by another: no joining.
    check(
        "1996-04-30",
        "The CIS met. Russia was joined by Ukraine in protesting. President Yeltsin was joined \
         by Mr Kravchuk.",
        &["office Boris Yeltsin president Russia 1996-04-30"],
    );
    check(
        "1994-04-21",
        "The treaty came into force in April. Azerbaijan came into the Commonwealth in 1993. \
         Georgia came into the CIS summit late.",
        &["joined Azerbaijan CIS 1993 asserted"],
    );
}

#[test]
fn signing_on_is_joining() {
    check(
        "1996-04-30",
        "The customs union that Russia and Belarus set up last year now counts four members. \
         Kyrgyzstan signed on at the end of March.",
        &[
            "count CustomsUnion 4 members 1996-04-30",
            "founded Belarus CustomsUnion 1995 asserted",
            "founded Russia CustomsUnion 1995 asserted",
            "joined Kyrgyzstan CustomsUnion 1996-03 asserted",
        ],
    );
    // "signed on Monday", "on 15 May", "on the same day" are signings on a day.
    check(
        "1996-04-30",
        "Six states signed the Collective Security Treaty. Armenia signed on Monday. Ukraine \
         signed on the same day. Georgia signed on in 1993.",
        &[
            "count CST 6 signatories 1996-04-30",
            "joined Georgia CST 1993 asserted",
            "signed Armenia CST 1996-04-29 asserted",
            "signed Ukraine CST 1996-04-29 asserted",
        ],
    );
}

#[test]
fn near_misses_of_this_sessions_constructions() {
    // "may have to" is an obligation, "by 2008 may have left" a prediction: plans.
    check(
        "2005-06-10",
        "Georgia may have to leave the Commonwealth. By 2008 Uzbekistan may have left GUUAM.",
        &[
            "withdrew Georgia CIS 2005-06-10.. planned",
            "withdrew Uzbekistan GUAM 2005-06-10.. planned",
        ],
    );
    // "it" in "the customs union it shares" is the clause's subject.
    check(
        "2011-05-20",
        "Russia is pressing Kyrgyzstan to join the customs union it shares with Belarus and \
         Kazakhstan.",
        &[
            "joined Kyrgyzstan CustomsUnion 2011-05-20.. planned",
            "member Belarus CustomsUnion 2011-05-20 asserted",
            "member Kazakhstan CustomsUnion 2011-05-20 asserted",
            "member Russia CustomsUnion 2011-05-20 asserted",
        ],
    );
    // Joining a meeting or an exercise; coming into a territory.
    check(
        "2006-08-20",
        "CSTO leaders met in Minsk on Friday. They were joined by Uzbekistan. The four GUAM \
         presidents met in Yalta. They were joined by Uzbekistan's foreign minister. Georgia came \
         into Commonwealth territory in 1993.",
        &[],
    );
    // "it" the organisation the sentence before was about; a joining told in it.
    check(
        "2001-06-12",
        "GUAM was formed in 1997. In April 1999 it was joined by Uzbekistan. Russia and Belarus \
         formed a customs union in January 1995. They were joined by Kazakhstan later that year.",
        &[
            "founded - GUAM 1997 asserted",
            "founded Belarus CustomsUnion 1995-01 asserted",
            "founded Russia CustomsUnion 1995-01 asserted",
            "joined Kazakhstan CustomsUnion 1995 asserted",
            "joined Uzbekistan GUAM 1999-04 asserted",
        ],
    );
    // A hedged signing keeps them in only hedged.
    check(
        "1999-04-05",
        "The presidents of Armenia, Kazakhstan and Russia reportedly signed a protocol that keeps \
         them in the Collective Security Treaty.",
        &[
            "member Armenia CST 1999-04-05 hedged",
            "member Kazakhstan CST 1999-04-05 hedged",
            "member Russia CST 1999-04-05 hedged",
        ],
    );
}

#[test]
fn not_until_a_date_and_guesses_with_an_adverb() {
    // "did not join ... until December 1993": it joined then.
    check(
        "1999-04-20",
        "Georgia did not join the Commonwealth until December 1993. Azerbaijan didn't come into \
         the Commonwealth till 1993. Ukraine will not join NATO until 2010. Georgia never joined \
         the Collective Security Treaty Organization.",
        &[
            "joined Azerbaijan CIS 1993 asserted",
            "joined Georgia CIS 1993-12 asserted",
            "joined Georgia CSTO ..1999-04-20 negated",
            "joined Ukraine NATO 2010 planned",
        ],
    );
    check(
        "2005-06-10",
        "Georgia may also have joined GUUAM in 1999, and Moldova might even have signed the \
         Collective Security Treaty in 1992.",
        &[
            "joined Georgia GUAM 1999 hedged",
            "signed Moldova CST 1992 hedged",
        ],
    );
}

#[test]
fn joined_by_after_a_founding_and_run_with_partners() {
    check(
        "1992-01-10",
        "The Commonwealth was created at Belavezha on 8 December. At Alma-Ata on 21 December its \
         founders were joined by Armenia, Azerbaijan and Moldova.",
        &[
            "founded - CIS 1991-12-08 asserted",
            "joined Armenia CIS 1991-12-21 asserted",
            "joined Azerbaijan CIS 1991-12-21 asserted",
            "joined Moldova CIS 1991-12-21 asserted",
        ],
    );
    check(
        "2001-06-12",
        "GUAM was formed in 1997. At the Washington summit in April 1999 the four were joined by \
         Uzbekistan.",
        &[
            "founded - GUAM 1997 asserted",
            "joined Uzbekistan GUAM 1999-04 asserted",
        ],
    );
    // Joining the people at a meeting is no joining of their organisation.
    check(
        "2001-06-12",
        "GUAM's four presidents met in Yalta on 7 June. The four were joined by Uzbekistan. The \
         CSTO held its summit in Minsk on Friday. Its members were joined by Iran.",
        &[],
    );
    check(
        "2011-05-20",
        "Kazakhstan runs the customs union jointly with Russia and Belarus. Russia runs the CIS.",
        &[
            "member Belarus CustomsUnion 2011-05-20 asserted",
            "member Kazakhstan CustomsUnion 2011-05-20 asserted",
            "member Russia CustomsUnion 2011-05-20 asserted",
        ],
    );
    check(
        "2005-07-12",
        "The SCO met in Astana on 5 July. That summit gave observer status to India and Iran.",
        &[
            "observer India SCO 2005-07-05 asserted",
            "observer Iran SCO 2005-07-05 asserted",
        ],
    );
}

#[test]
fn a_grouping_described_as_pro_something() {
    check(
        "2005-05-11",
        "GUUAM met in Chisinau. Uzbekistan withdrew from the pro-Western grouping on 5 May.",
        &["withdrew Uzbekistan GUAM 2005-05-05 asserted"],
    );
}

#[test]
fn would_like_to_is_a_plan() {
    check(
        "2000-07-10",
        "The Shanghai Five met in Dushanbe. Tashkent would like to join. Countries like Georgia \
         joined GUAM in 1997. Georgia would not like to join the CSTO.",
        &[
            "joined Georgia GUAM 1997 asserted",
            "joined Uzbekistan SCO 2000-07-10.. planned",
        ],
    );
}

#[test]
fn a_list_set_off_by_commas_after_an_organisation() {
    check(
        "1998-07-08",
        "On 3 July the leaders of the so-called Shanghai Five, China, Russia, Kazakhstan, \
         Kyrgyzstan and Tajikistan, gathered in Almaty.",
        &[
            "member China SCO 1998-07-03 asserted",
            "member Kazakhstan SCO 1998-07-03 asserted",
            "member Kyrgyzstan SCO 1998-07-03 asserted",
            "member Russia SCO 1998-07-03 asserted",
            "member Tajikistan SCO 1998-07-03 asserted",
        ],
    );
    // (only before a verb: not a list of others beside the organisation, nor after a verb of
    // leaving)
    check(
        "2001-06-18",
        "Talks with NATO, Russia and Ukraine, however, went nowhere. Uzbekistan left GUUAM, \
         Georgia and Ukraine, meanwhile, stayed.",
        &["withdrew Uzbekistan GUAM ..2001-06-18 asserted"],
    );
    // (a listing told by a verb holds when told)
    check(
        "2004-10-19",
        "Uzbekistan joined the CACO, whose other members are Kazakhstan, Kyrgyzstan and \
         Tajikistan, in May.",
        &[
            "joined Uzbekistan CACO 2004-05 asserted",
            "member Kazakhstan CACO 2004-10-19 asserted",
            "member Kyrgyzstan CACO 2004-10-19 asserted",
            "member Tajikistan CACO 2004-10-19 asserted",
        ],
    );
}

#[test]
fn a_date_before_and_dates_only_its_own_clause() {
    check(
        "1996-04-04",
        "Kyrgyzstan also joined the customs union last Friday, and its other members, Russia, \
         Belarus and Kazakhstan, promptly welcomed Bishkek.",
        &[
            "joined Kyrgyzstan CustomsUnion 1996-03-29 asserted",
            "member Belarus CustomsUnion 1996-04-04 asserted",
            "member Kazakhstan CustomsUnion 1996-04-04 asserted",
            "member Russia CustomsUnion 1996-04-04 asserted",
        ],
    );
    // (an opening phrase set off by a comma dates both)
    check(
        "2006-08-26",
        "At a summit in Sochi on 16 August, Karimov restored his country's membership of the \
         CSTO, and the bloc's other members—Armenia and Belarus—welcomed him back.",
        &[
            "member Armenia CSTO 2006-08-16 asserted",
            "member Belarus CSTO 2006-08-16 asserted",
        ],
    );
}

#[test]
fn a_month_of_that_same_year_and_the_same_sitting() {
    check(
        "1999-02-13",
        "Georgia, a member of the Tashkent treaty since December 1993, waits. Azerbaijan, which \
         joined in September of that same year, finds it hard.",
        &[
            "member Georgia CST 1993-12..1999-02-13 asserted",
            "joined Azerbaijan CST 1993-09 asserted",
        ],
    );
    // ("at the same sitting" is the day the sentence before named; "The same summit" as a
    // subject is not a date)
    check(
        "1992-05-18",
        "Kazakhstan signed the Tashkent treaty on 15 May. Russia and Armenia signed at the same \
         sitting.",
        &[
            "signed Armenia CST 1992-05-15 asserted",
            "signed Kazakhstan CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
        ],
    );
    check(
        "2005-07-12",
        "The SCO met in Astana on 5 July. The same summit gave observer status to India.",
        &["observer India SCO 2005-07-05 asserted"],
    );
}

#[test]
fn staying_clear_of_this_one() {
    check(
        "2000-10-14",
        "Five states founded the Eurasian Economic Community on 10 October. Ukraine and Moldova \
         stay well clear of the new community. Armenia stays out of this one — it is far. \
         Uzbekistan remains outside too.",
        &[
            "count EurAsEC 5 founders 2000-10-10",
            "not_member Armenia EurAsEC 2000-10-14 asserted",
            "not_member Moldova EurAsEC 2000-10-14 asserted",
            "not_member Ukraine EurAsEC 2000-10-14 asserted",
            "not_member Uzbekistan EurAsEC 2000-10-14 asserted",
        ],
    );
}

#[test]
fn leaders_from_states_and_joining_the_founders_inverted() {
    check(
        "2002-10-10",
        "Presidents from Armenia, Belarus and Russia met in Chisinau on Monday and signed the \
         charter of the Collective Security Treaty Organization.",
        &[
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
            "signed Russia CSTO 2002-10-07 asserted",
        ],
    );
    check(
        "1991-12-23",
        "Russia, Ukraine and Belarus founded the Commonwealth on 8 December. Joining the three \
         Slavic founders on Saturday were Kazakhstan, Armenia and Moldova.",
        &[
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "joined Armenia CIS 1991-12-21 asserted",
            "joined Kazakhstan CIS 1991-12-21 asserted",
            "joined Moldova CIS 1991-12-21 asserted",
        ],
    );
    // (not without an organisation to join, nor a verb after the object)
    check(
        "1991-12-23",
        "Joining the founders in Alma-Ata were Kazakhstan and Armenia. Joining the three \
         founders, Kazakhstan spoke.",
        &[],
    );
}

#[test]
fn covering_states_and_belonging_in_a_relative_clause() {
    check(
        "2002-10-09",
        "The CSTO covers Armenia, Belarus and Russia. The pact covers arms sales by Russia and \
         Belarus.",
        &[
            "member Armenia CSTO 2002-10-09 asserted",
            "member Belarus CSTO 2002-10-09 asserted",
            "member Russia CSTO 2002-10-09 asserted",
        ],
    );
    // ("to which they belong": the states "they" points back to; not an object's)
    check(
        "2003-12-06",
        "Georgia and Moldova have rediscovered GUUAM, to which they also belong. Russia spoke \
         with Ukraine and Armenia about the CSTO, to which they belong.",
        &[
            "member Georgia GUAM 2003-12-06 asserted",
            "member Moldova GUAM 2003-12-06 asserted",
        ],
    );
    // ("the other club Georgia belongs to": the relative word left out)
    check(
        "2008-08-23",
        "Georgia left the CIS. GUAM, the other club Georgia belongs to, met.",
        &[
            "member Georgia GUAM 2008-08-23 asserted",
            "withdrew Georgia CIS ..2008-08-23 asserted",
        ],
    );
}

#[test]
fn taking_his_republic_into_two_organisations() {
    check(
        "1993-12-18",
        "At the Moscow summit on 24 September Heydar Aliyev, then still only acting president \
         (he was elected in October), took his republic into the Commonwealth and, at the same \
         ceremony, into the Tashkent treaty.",
        &[
            "joined Azerbaijan CIS 1993-09-24 asserted",
            "joined Azerbaijan CST 1993-09-24 asserted",
        ],
    );
    check(
        "1993-12-28",
        "Azerbaijan joined both the Commonwealth and its Tashkent collective security treaty in \
         September.",
        &[
            "joined Azerbaijan CIS 1993-09 asserted",
            "joined Azerbaijan CST 1993-09 asserted",
        ],
    );
    // ("the Alma-Ata documents" name no state "the republic" may be)
    check(
        "1993-12-28",
        "Its parliament, which had refused to ratify the Alma-Ata documents, changed its mind \
         in September, and the republic joined the Commonwealth that month.",
        &[],
    );
    check(
        "1995-03-25",
        "Armenia signed the Tashkent treaty in May 1992. Azerbaijan, which joined the same \
         treaty in 1993, is less amused.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "signed Armenia CST 1992-05 asserted",
        ],
    );
}

#[test]
fn no_part_in_and_denials_past_an_apposition() {
    check(
        "2002-10-09",
        "The CSTO was founded on Monday. Georgia has no part in the new organisation. Nor do \
         Azerbaijan and Uzbekistan. Russia formed a force. Kyrgyzstan has no part in it.",
        &[
            "founded - CSTO 2002-10-07 asserted",
            "not_member Azerbaijan CSTO 2002-10-09 asserted",
            "not_member Georgia CSTO 2002-10-09 asserted",
            "not_member Uzbekistan CSTO 2002-10-09 asserted",
        ],
    );
    check(
        "2006-08-21",
        "Armenia and Belarus sit in the CSTO; Georgia and Moldova, the two GUAM members, do not.",
        &[
            "count GUAM 2 members 2006-08-21",
            "member Armenia CSTO 2006-08-21 asserted",
            "member Belarus CSTO 2006-08-21 asserted",
            "member Georgia GUAM 2006-08-21 asserted",
            "member Moldova GUAM 2006-08-21 asserted",
            "not_member Georgia CSTO 2006-08-21 asserted",
            "not_member Moldova CSTO 2006-08-21 asserted",
        ],
    );
    // ("whose customs union became ...": a verb after the organisation)
    check(
        "2012-07-03",
        "Russia, Belarus and Kazakhstan, whose customs union became a Single Economic Space in \
         January, are courting Ukraine.",
        &[
            "member Belarus CustomsUnion 2012-07-03 asserted",
            "member Kazakhstan CustomsUnion 2012-07-03 asserted",
            "member Russia CustomsUnion 2012-07-03 asserted",
        ],
    );
}

#[test]
fn the_first_review_of_the_twenty_eighth_session() {
    // Each of these made a wrong fact, or lost one, in a review of the session's changes.
    // A list set off by commas after an organisation only where the organisation (or its
    // leaders) opens the clause; "this one" only an organisation the sentence before made a
    // claim of, and not one this sentence names; "covers" only of the organisation itself.
    for text in [
        "The neighbours of the CSTO, Georgia and Azerbaijan, watched warily.",
        "Alongside NATO, Georgia and Ukraine, sent troops to Iraq.",
        "Both NATO, Georgia and Ukraine, said little.",
        "Russia has proposed a new gas cartel within the CIS. Armenia stays out of this one.",
        "A report on the CSTO covers Armenia, Belarus and Russia.",
    ] {
        let facts = facts("2005-06-02", text);
        assert!(
            !facts
                .iter()
                .any(|f| f.starts_with("member ") || f.starts_with("not_member ")),
            "{text}: {facts:?}"
        );
    }
    check(
        "2003-05-10",
        "Russia has launched the Eurasian Economic Community. Ukraine is a member of GUAM, but \
         stays out of this one.",
        &[
            "founded Russia EurAsEC ..2003-05-10 asserted",
            "member Ukraine GUAM 2003-05-10 asserted",
            "not_member Ukraine EurAsEC 2003-05-10 asserted",
        ],
    );
    // "at the same session of the council" is told as before; "which had joined the same
    // treaty" leaves the main clause's "followed suit" its own.
    check(
        "1993-12-20",
        "Azerbaijan joined the Tashkent treaty on 24 September. Georgia joined at the same \
         session of the CIS council.",
        &[
            "joined Azerbaijan CST 1993-09-24 asserted",
            "joined Georgia CST 1993-09-24 asserted",
        ],
    );
    check(
        "2000-10-10",
        "Uzbekistan quit the Tashkent treaty in 1999. Azerbaijan, which had joined the same \
         treaty in 1993, followed suit.",
        &[
            "joined Azerbaijan CST 1993 asserted",
            "withdrew Azerbaijan CST ..2000-10-10 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    // (a comparison opening the sentence dates neither clause)
    check(
        "2006-08-20",
        "As in 2002, Uzbekistan stayed away from GUUAM, and the other members, Georgia, \
         Ukraine and Moldova, met in Kiev.",
        &[
            "member Georgia GUAM 2006-08-20 asserted",
            "member Moldova GUAM 2006-08-20 asserted",
            "member Ukraine GUAM 2006-08-20 asserted",
            "not_member Uzbekistan GUAM 2006-08-20 asserted",
        ],
    );
}

#[test]
fn after_the_first_review_of_the_twenty_eighth_session() {
    // A list after an organisation opening the clause past a date; "this one" of an
    // organisation this sentence named and told no status of; "Today ... covers".
    check(
        "2001-06-20",
        "On 15 June the Shanghai Five, China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan, \
         met in Shanghai.",
        &[
            "member China SCO 2001-06-15 asserted",
            "member Kazakhstan SCO 2001-06-15 asserted",
            "member Kyrgyzstan SCO 2001-06-15 asserted",
            "member Russia SCO 2001-06-15 asserted",
            "member Tajikistan SCO 2001-06-15 asserted",
        ],
    );
    check(
        "2003-05-10",
        "Russia has launched the Eurasian Economic Community, and Ukraine and Moldova have \
         stayed out of this one.",
        &[
            "founded Russia EurAsEC ..2003-05-10 asserted",
            "not_member Moldova EurAsEC 2003-05-10 asserted",
            "not_member Ukraine EurAsEC 2003-05-10 asserted",
        ],
    );
    check(
        "2004-05-01",
        "Today the Eurasian Economic Community covers Russia and Belarus.",
        &[
            "member Belarus EurAsEC 2004-05-01 asserted",
            "member Russia EurAsEC 2004-05-01 asserted",
        ],
    );
}

#[test]
fn their_participation_lapsed() {
    check(
        "1999-04-27",
        "On 2 April six states signed a protocol prolonging the Collective Security Treaty. \
         Uzbekistan, Georgia and Azerbaijan stayed away, and their participation in the treaty \
         lapsed when its initial term ended on 20 April.",
        &[
            "withdrew Azerbaijan CST 1999-04-20 asserted",
            "withdrew Georgia CST 1999-04-20 asserted",
            "withdrew Uzbekistan CST 1999-04-20 asserted",
        ],
    );
    // (not a meeting's participation)
    check(
        "1999-04-27",
        "Georgia and Ukraine met in Kiev. Their participation in the CIS summit ended on Friday.",
        &[],
    );
}

#[test]
fn joining_inverted_leaders_of_a_bare_name_and_to_which_it_belongs() {
    check(
        "2005-06-02",
        "Joining the Commonwealth on Saturday were Kazakhstan and Armenia. Joining GUAM on 24 \
         April was Uzbekistan. Joining NATO's summit were Georgia and Ukraine. Joining the CIS \
         would be a mistake for Moldova.",
        &[
            "joined Armenia CIS 2005-05-28 asserted",
            "joined Kazakhstan CIS 2005-05-28 asserted",
            "joined Uzbekistan GUAM 2005-04-24 asserted",
        ],
    );
    check(
        "2005-06-02",
        "The leaders of GUAM, Georgia, Ukraine, Azerbaijan and Moldova, gathered in Baku.",
        &[
            "member Azerbaijan GUAM 2005-06-02 asserted",
            "member Georgia GUAM 2005-06-02 asserted",
            "member Moldova GUAM 2005-06-02 asserted",
            "member Ukraine GUAM 2005-06-02 asserted",
        ],
    );
    check(
        "2005-06-02",
        "Ukraine has warmed to GUUAM, to which it belongs. Russia is angry about GUUAM, to \
         which it does not belong.",
        &["member Ukraine GUAM 2005-06-02 asserted"],
    );
}

#[test]
fn coming_back_after_a_withdrawal() {
    // (a return told without what to, after a withdrawal of the same state: what it left, or
    // its successor by then)
    check(
        "2012-07-03",
        "Uzbekistan left the Tashkent treaty in 1999. It came back in 2006.",
        &[
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    check(
        "2012-07-03",
        "Uzbekistan quit the Tashkent treaty in 1999 and returned in 2006. Georgia left the CIS \
         in 2009. It has not returned.",
        &[
            "rejoined Georgia CIS ..2012-07-03 negated",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "withdrew Georgia CIS 2009 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    // (not a return somewhere, nor someone else's)
    check(
        "2012-07-03",
        "Uzbekistan left the Tashkent treaty in 1999. Its president returned to Moscow in \
         2006. Karimov came back from Beijing on Friday.",
        &["withdrew Uzbekistan CST 1999 asserted"],
    );
}

#[test]
fn a_bare_refusal_to_sign_further_on_in_a_signing_story() {
    // In a story of a signing (by its title, or a word for signing in the sentence before), a
    // bare "did not sign" is of the treaty named earlier, past sentences naming none or another
    // organisation; a reason after a colon is no object ("forces", "collective security").
    let article = "Date: 1992-05-23\nTitle: Six signatures and some empty chairs\n\n\
        On 15 May six republics signed a Collective Security Treaty. Six of the Commonwealth's \
        eleven members is a fair turnout. It is worth recalling who stayed away.\n\n\
        Ukraine, predictably, refused to sign: Kiev calls anything with \"collective security\" \
        in it a trap. Belarus did not sign either, its parliament preferring neutrality.\n";
    let mut want = vec![
        "count CIS 11 members 1992-05-23".to_string(),
        "signed Belarus CST ..1992-05-23 negated".to_string(),
        "signed Ukraine CST ..1992-05-23 negated".to_string(),
    ];
    want.sort();
    let got: Vec<String> = facts_of(article)
        .into_iter()
        .filter(|f| f.starts_with("signed") || f.contains("CIS"))
        .collect();
    assert_eq!(got, want);
    check(
        "1992-05-19",
        "Six states signed the Collective Security Treaty in Tashkent. That makes six of the \
         eleven. Ukraine declined to sign, as expected: Kyiv is building armed forces of its \
         own. Moldova did not sign, and neither did Turkmenistan.",
        &[
            "count CST 6 signatories 1992-05-19",
            "signed Ukraine CST ..1992-05-19 negated",
            "signed Moldova CST ..1992-05-19 negated",
            "signed Turkmenistan CST ..1992-05-19 negated",
        ],
    );
    // (a colon ends the clause of a bare verb: "came in: A, B, ...", not a heading's "Why")
    check_all(
        "1991-12-28",
        "Three republics founded the Commonwealth on 8 December. At Alma-Ata on 21 December, \
         eight more came in: Armenia, Azerbaijan, Kazakhstan, Kyrgyzstan, Moldova, Tajikistan, \
         Turkmenistan and Uzbekistan.",
        [
            each(ALMA_ATA_EIGHT, "joined {} CIS 1991-12-21 asserted"),
            strs(&["count CIS 3 founders 1991-12-08"]),
        ]
        .concat(),
    );
    check(
        "2005-05-27",
        "Uzbekistan has quit GUUAM. Why Tashkent left: officials complained of empty declarations.",
        &["withdrew Uzbekistan GUAM ..2005-05-27 asserted"],
    );
}

#[test]
fn a_treatys_term_and_what_a_membership_came_to() {
    // "dropped out when its first term ran out": the treaty, whose term it is, over the
    // organisation a title names; "The treaty is down to six members": the treaty's count.
    let article = "Date: 1999-05-15\nTitle: Six stay, three go, and GUAM gains a letter\n\n\
        In February we said the Tashkent treaty was losing friends.\n\n\
        What happened to the treaty in April?\n\
        On 2 April the presidents of six states signed a protocol prolonging it. Azerbaijan, \
        Georgia and Uzbekistan dropped out when its first term ran out on 20 April. The treaty \
        is therefore down to six members.\n";
    assert_eq!(
        facts_of(article),
        [
            "count CST 6 members 1999-05-15",
            "withdrew Azerbaijan CST 1999-04-20 asserted",
            "withdrew Georgia CST 1999-04-20 asserted",
            "withdrew Uzbekistan CST 1999-04-20 asserted",
        ]
    );
    // A count a membership shrank or will come down to, dated when the sentence dates it.
    check(
        "1999-05-15",
        "The Tashkent treaty lost three members. The pact shrank to five states in 1999.",
        &["count CST 5 members 1999"],
    );
    check(
        "2008-11-19",
        "Georgia is leaving the CIS. Next August the Commonwealth will be down to eleven states.",
        &[
            "count CIS 11 members 2009-08",
            "withdrew Georgia CIS 2008-11-19.. planned",
        ],
    );
    // A later bare "did not sign" past another organisation this sentence names is not of a
    // treaty signed earlier in the article.
    check(
        "1993-02-04",
        "All but Belarus signed the collective security treaty in Tashkent last May. And who \
         didn't? Kravchuk has always treated the CIS as a divorce, and Kiev didn't sign.",
        &[],
    );
}

#[test]
fn staying_out_too_declining_to_renew_and_a_regions_states_asked_after() {
    // "stayed out too": of what the sentence before made its one claim of.
    check(
        "1992-05-23",
        "Six states signed the Collective Security Treaty. Belarus has not signed. Azerbaijan \
         stayed out too; power in Baku passed to the Popular Front.",
        &[
            "count CST 6 signatories 1992-05-23",
            "signed Belarus CST ..1992-05-23 negated",
            "not_member Azerbaijan CST 1992-05-23 asserted",
        ],
    );
    // "declined to renew" after a sentence on the prolongation: of the treaty named last.
    check(
        "1999-04-28",
        "The Collective Security Treaty reached the end of its first term. Six states signed a \
         protocol on its prolongation in Moscow on 2 April. Azerbaijan, Georgia and Uzbekistan \
         declined to renew, and they are now outside the treaty.",
        &[
            "not_member Azerbaijan CST 1999-04-28 asserted",
            "not_member Georgia CST 1999-04-28 asserted",
            "not_member Uzbekistan CST 1999-04-28 asserted",
            "withdrew Azerbaijan CST ..1999-04-28 asserted",
            "withdrew Georgia CST ..1999-04-28 asserted",
            "withdrew Uzbekistan CST ..1999-04-28 asserted",
        ],
    );
    // (not a lease: "Russia's lease expired, and Astana did not renew")
    check(
        "2004-06-10",
        "Kazakhstan is a party to the Tashkent treaty. Russia's lease on the range expired, and \
         Astana did not renew.",
        &["member Kazakhstan CST 2004-06-10 asserted"],
    );
    // "And the Baltic states? ... None of the three": a region's states, asked after.
    check(
        "1992-05-23",
        "And the Baltic states? For them the question does not arise. None of the three is a \
         member of the Commonwealth, and Vilnius wants a timetable instead.",
        &[
            "not_member Estonia CIS 1992-05-23 asserted",
            "not_member Latvia CIS 1992-05-23 asserted",
            "not_member Lithuania CIS 1992-05-23 asserted",
        ],
    );
}

#[test]
fn that_year_after_an_organisation_is_a_date() {
    // "left the treaty that year": "that" before a word for a time is no relative pronoun; a
    // month named right after it restates the year.
    check(
        "2002-10-09",
        "The Collective Security Treaty came up for renewal in 1999. Azerbaijan and Georgia left \
         the treaty that year rather than renew it.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
    check(
        "1995-12-16",
        "The Partnership for Peace was launched in 1994. Russia joined the Partnership that year, \
         in June.",
        &[
            "founded - PfP 1994 asserted",
            "joined Russia PfP 1994-06 asserted",
        ],
    );
    // (a relative clause still: "joined the treaty that Armenia signed")
    check(
        "2002-10-09",
        "Azerbaijan joined the Collective Security Treaty that Armenia signed.",
        &[
            "joined Azerbaijan CST ..2002-10-09 asserted",
            "signed Armenia CST ..2002-10-09 asserted",
        ],
    );
}

#[test]
fn together_with_before_a_pronoun_and_a_group_shared_with() {
    // "Together with A and B they make up GUAM", "... it makes up GUAM" (no comma before the
    // pronoun).
    for body in [
        "Georgia and Azerbaijan host the pipeline. Together with Ukraine and Moldova they make up \
         GUAM.",
        "Georgia hosts the pipeline. Together with Ukraine, Azerbaijan and Moldova it makes up \
         GUAM.",
    ] {
        check(
            "2006-07-14",
            body,
            &[
                "member Azerbaijan GUAM 2006-07-14 asserted",
                "member Georgia GUAM 2006-07-14 asserted",
                "member Moldova GUAM 2006-07-14 asserted",
                "member Ukraine GUAM 2006-07-14 asserted",
            ],
        );
    }
    // "GUUAM, the five-member group they share with A, B and C", "a group it shares with".
    check(
        "1999-11-20",
        "Georgia and Azerbaijan want the bases gone. Both now put their hopes in GUUAM, the \
         five-member group they share with Ukraine, Moldova and Uzbekistan.",
        &[
            "count GUAM 5 members 1999-11-20",
            "member Azerbaijan GUAM 1999-11-20 asserted",
            "member Georgia GUAM 1999-11-20 asserted",
            "member Moldova GUAM 1999-11-20 asserted",
            "member Ukraine GUAM 1999-11-20 asserted",
            "member Uzbekistan GUAM 1999-11-20 asserted",
        ],
    );
    check(
        "1999-11-20",
        "Georgia belongs to GUUAM, a group it shares with Ukraine and Moldova.",
        &[
            "member Georgia GUAM 1999-11-20 asserted",
            "member Moldova GUAM 1999-11-20 asserted",
            "member Ukraine GUAM 1999-11-20 asserted",
        ],
    );
}

#[test]
fn how_many_members_answered_by_a_number_and_a_list() {
    // "How many members does the CSTO have now? Seven: A, B, ...": the members, and their count.
    check(
        "2006-07-08",
        "So how many members does the CSTO have now? Seven: Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan, Russia, Tajikistan and Uzbekistan.",
        &[
            "count CSTO 7 members 2006-07-08",
            "member Armenia CSTO 2006-07-08 asserted",
            "member Belarus CSTO 2006-07-08 asserted",
            "member Kazakhstan CSTO 2006-07-08 asserted",
            "member Kyrgyzstan CSTO 2006-07-08 asserted",
            "member Russia CSTO 2006-07-08 asserted",
            "member Tajikistan CSTO 2006-07-08 asserted",
            "member Uzbekistan CSTO 2006-07-08 asserted",
        ],
    );
    // (a number that does not count the list is no count of it; nor is another question)
    check(
        "2006-07-08",
        "How many states are in GUAM today? Four, they say: Georgia and Ukraine lead it.",
        &[],
    );
    check(
        "2006-07-08",
        "How many members does the CSTO want? Armenia and Belarus would know.",
        &[],
    );
}

#[test]
fn near_misses_of_the_twenty_ninth_sessions_constructions() {
    // A ceasefire talked of just before is what a bare "refused to sign" refuses.
    let article = "Date: 1992-05-17\nTitle: Six sign Tashkent pact\n\n\
        A ceasefire in Karabakh was also discussed. Azerbaijan refused to sign.\n";
    assert_eq!(facts_of(article), Vec::<String>::new());
    // A refusal denied is no lapse.
    check(
        "2005-03-01",
        "The Collective Security Treaty expired on 20 April. Six states signed a protocol on its \
         prolongation. Armenia never refused to renew.",
        &[],
    );
    // What something of the organisation's came to is no count of its members.
    check(
        "2000-03-01",
        "The Collective Security Treaty lost three members. The pact's exercises shrank to five \
         states in 1999.",
        &[],
    );
    // "that April" is of the year named before.
    check(
        "2002-10-09",
        "The Collective Security Treaty came up for renewal in 1999. Georgia left the treaty \
         that April.",
        &["withdrew Georgia CST 1999-04 asserted"],
    );
}

#[test]
fn which_it_shares_with_and_its_membership_shrank() {
    check(
        "1999-11-20",
        "Georgia belongs to GUUAM, which it shares with Ukraine and Moldova. Armenia praised the \
         CSTO, which it shares with Russia a wish to reform.",
        &[
            "member Georgia GUAM 1999-11-20 asserted",
            "member Moldova GUAM 1999-11-20 asserted",
            "member Ukraine GUAM 1999-11-20 asserted",
        ],
    );
    check(
        "1999-11-20",
        "The Collective Security Treaty lost three members. Its membership shrank to six states \
         in 1999.",
        &["count CST 6 members 1999"],
    );
}

#[test]
fn the_treaty_of_a_year() {
    // "the 1992 treaty" is the one treaty of the lexicon signed that year, even after its
    // successor was named.
    check(
        "2002-10-10",
        "Ten years on, the pact has a charter. On Monday in Chisinau the six states that still adhere to \
         the 1992 treaty — Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan — \
         signed the charter of the Collective Security Treaty Organization.",
        &[
            "member Armenia CST 2002-10-10 asserted",
            "member Belarus CST 2002-10-10 asserted",
            "member Kazakhstan CST 2002-10-10 asserted",
            "member Kyrgyzstan CST 2002-10-10 asserted",
            "member Russia CST 2002-10-10 asserted",
            "member Tajikistan CST 2002-10-10 asserted",
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
            "signed Kazakhstan CSTO 2002-10-07 asserted",
            "signed Kyrgyzstan CSTO 2002-10-07 asserted",
            "signed Russia CSTO 2002-10-07 asserted",
            "signed Tajikistan CSTO 2002-10-07 asserted",
        ],
    );
    check(
        "2001-10-10",
        "The Commonwealth is ten. Armenia still belongs to the 1992 treaty.",
        &["member Armenia CST 2001-10-10 asserted"],
    );
    // (after the CSTO was founded too: the year names the treaty as well as its name would)
    check(
        "2008-01-01",
        "Armenia still belongs to the 1992 treaty.",
        &["member Armenia CST 2008-01-01 asserted"],
    );
    // A year no treaty of ours was signed in: another treaty.
    check(
        "2001-10-10",
        "Armenia is in the Collective Security Treaty. It also belongs to the 1997 treaty.",
        &["member Armenia CST 2001-10-10 asserted"],
    );
}

#[test]
fn an_organisation_only_compared_with_is_not_pointed_back_to() {
    check(
        "1994-05-18",
        "Partnership for Peace, launched by the alliance in January, is collecting former Soviet \
         republics faster than the Commonwealth ever did. Lithuania, Estonia and Latvia joined in \
         January and February.",
        &[
            "founded - PfP 1994-01 asserted",
            "joined Estonia PfP 1994..1994-02 asserted",
            "joined Latvia PfP 1994..1994-02 asserted",
            "joined Lithuania PfP 1994..1994-02 asserted",
        ],
    );
}

#[test]
fn none_of_the_members_of_an_organisation() {
    // "None of its three members", "none of the union's three members": denied.
    for subject in [
        "None of its three members belongs",
        "None of the union's three members belongs",
        "None of the three members of the customs union belongs",
    ] {
        check(
            "2010-07-07",
            &format!(
                "Russia, Belarus and Kazakhstan are in the customs union. {subject} to the World \
                 Trade Organization."
            ),
            &[
                "count CustomsUnion 3 members 2010-07-07",
                "member Belarus CustomsUnion 2010-07-07 asserted",
                "member Kazakhstan CustomsUnion 2010-07-07 asserted",
                "member Russia CustomsUnion 2010-07-07 asserted",
                "not_member Belarus WTO 2010-07-07 asserted",
                "not_member Kazakhstan WTO 2010-07-07 asserted",
                "not_member Russia WTO 2010-07-07 asserted",
            ],
        );
    }
    // A count of the members pointed back to is of the organisation that owns them, not of
    // the one they are said to belong to.
    check(
        "2010-07-07",
        "Russia, Belarus and Kazakhstan are in the customs union. The union's three members \
         belong to the World Trade Organization.",
        &[
            "count CustomsUnion 3 members 2010-07-07",
            "member Belarus CustomsUnion 2010-07-07 asserted",
            "member Belarus WTO 2010-07-07 asserted",
            "member Kazakhstan CustomsUnion 2010-07-07 asserted",
            "member Kazakhstan WTO 2010-07-07 asserted",
            "member Russia CustomsUnion 2010-07-07 asserted",
            "member Russia WTO 2010-07-07 asserted",
        ],
    );
}

#[test]
fn stayed_in_on_a_date_opening_the_clause() {
    // A date opening the clause dates the stay, as one after the object does; past a
    // participle's clause, the colon still spells the counted subject out.
    check_all(
        "1999-04-28",
        "In Moscow on 2 April, six states stayed in the collective security treaty, signing a \
         protocol that extends it for five more years: Russia, Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan and Tajikistan.",
        each(THE_SIX, "member {} CST 1999-04-02 asserted"),
    );
    // (a bound is no date of the stay)
    check(
        "1999-04-28",
        "After 1999 Armenia stayed in the Collective Security Treaty.",
        &["member Armenia CST 1999-04-28 asserted"],
    );
    // "the Tashkent security treaty" is the treaty, and "it" after it too.
    check(
        "1997-10-13",
        "All four are members of the Commonwealth of Independent States. Only two of them, \
         Georgia and Azerbaijan, belong to the Tashkent security treaty. Ukraine and Moldova \
         have stayed out of it since 1992.",
        &[
            "member Azerbaijan CST 1997-10-13 asserted",
            "member Georgia CST 1997-10-13 asserted",
            "not_member Moldova CST 1992..1997-10-13 asserted",
            "not_member Ukraine CST 1992..1997-10-13 asserted",
        ],
    );
}

#[test]
fn signing_a_document_the_sentence_before_opened_with() {
    // "it" is the document the sentence before was about, not the organisation it named.
    check(
        "2008-08-18",
        "The ceasefire was negotiated by the French presidency of the European Union. Russia \
         signed it on Saturday.",
        &[],
    );
    // (a charter is its organisation's)
    check(
        "2008-08-18",
        "The charter was drafted by GUAM. Moldova signed it on Saturday.",
        &["signed Moldova GUAM 2008-08-16 asserted"],
    );
}

#[test]
fn today_and_this_afternoon_are_the_article_date() {
    check_all(
        "1991-12-21",
        "Eight more republics joined the Commonwealth today: Armenia, Azerbaijan, Kazakhstan, \
         Kyrgyzstan, Moldova, Tajikistan, Turkmenistan and Uzbekistan.",
        each(ALMA_ATA_EIGHT, "joined {} CIS 1991-12-21 asserted"),
    );
    check(
        "2009-08-18",
        "Georgia formally left the Commonwealth this afternoon.",
        &["withdrew Georgia CIS 2009-08-18 asserted"],
    );
    // A sentence's opening "Today," is these days.
    check(
        "1997-10-17",
        "Today, for the first time, Georgia has helped to found GUAM.",
        &["founded Georgia GUAM ..1997-10-17 asserted"],
    );
}

#[test]
fn signing_it_in_a_story_of_a_treaty_signing() {
    // What is signed in a story of a treaty's signing is the treaty, past a sentence on what
    // it does for another organisation.
    let mut text = String::from(
        "Publication: Probe\nDate: 1992-05-15\nTitle: Six Republics Sign Collective Security \
         Treaty\n\n",
    );
    text.push_str(
        "Leaders of six republics met in Tashkent. It is the first attempt to give the \
         Commonwealth of Independent States a military backbone. Russia and Armenia signed it \
         this afternoon.\n",
    );
    assert_eq!(
        facts_of(&text),
        [
            "signed Armenia CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted"
        ]
    );
}

#[test]
fn an_organisation_named_after_a_capitals_possessive() {
    check(
        "2002-01-10",
        "Kyrgyzstan belongs to Moscow's Collective Security Treaty. Georgia left Moscow's \
         Commonwealth in 2009. Armenia met Russia's CSTO partners.",
        &[
            "member Kyrgyzstan CST 2002-01-10 asserted",
            "withdrew Georgia CIS 2009 asserted",
        ],
    );
}

#[test]
fn a_status_shared_with_states_after_with() {
    check(
        "2008-08-14",
        "Georgia remains in GUAM, with Ukraine, Azerbaijan and Moldova. Ukraine stays outside \
         the CSTO, with Moldova. Moldova is in the Commonwealth, with Ukraine looking on.",
        &[
            "member Azerbaijan GUAM 2008-08-14 asserted",
            "member Georgia GUAM 2008-08-14 asserted",
            "member Moldova CIS 2008-08-14 asserted",
            "member Moldova GUAM 2008-08-14 asserted",
            "member Ukraine GUAM 2008-08-14 asserted",
            "not_member Moldova CSTO 2008-08-14 asserted",
            "not_member Ukraine CSTO 2008-08-14 asserted",
        ],
    );
}

#[test]
fn in_neither_and_unlike() {
    check(
        "2001-12-12",
        "Uzbekistan is in GUUAM and the SCO. Turkmenistan is in neither. Kyrgyzstan is in both of \
         them.",
        &[
            "member Kyrgyzstan GUAM 2001-12-12 asserted",
            "member Kyrgyzstan SCO 2001-12-12 asserted",
            "member Uzbekistan GUAM 2001-12-12 asserted",
            "member Uzbekistan SCO 2001-12-12 asserted",
            "not_member Turkmenistan GUAM 2001-12-12 asserted",
            "not_member Turkmenistan SCO 2001-12-12 asserted",
        ],
    );
    // The states set off by "unlike" by the subject of a plain status have the opposite one.
    for text in [
        "Kyrgyzstan, unlike Uzbekistan, remains a member of the Collective Security Treaty.",
        "Unlike Uzbekistan, Kyrgyzstan remains a member of the Collective Security Treaty.",
    ] {
        check(
            "2001-12-12",
            text,
            &[
                "member Kyrgyzstan CST 2001-12-12 asserted",
                "not_member Uzbekistan CST 2001-12-12 asserted",
            ],
        );
    }
    // (not a contrast on something else, a relative clause on them, nor a stay going on)
    check(
        "2001-12-12",
        "Tashkent, unlike Minsk, prefers forums where Moscow is not the only voice. Unlike \
         Uzbekistan, which has kept its distance, Georgia remains a member of GUUAM. Yerevan, \
         unlike Baku, is firmly staying in the Collective Security Treaty.",
        &[
            "member Armenia CST 2001-12-12 asserted",
            "member Georgia GUAM 2001-12-12 asserted",
        ],
    );
}

#[test]
fn the_first_review_of_the_thirtieth_session() {
    // "the 1992 treaty on/with/between ..." is another treaty of that year.
    check(
        "2004-12-12",
        "Tajikistan is a party to the 1992 treaty on the Black Sea Fleet. Moldova signed the 1992 \
         treaty with Russia on the Dniester ceasefire.",
        &[],
    );
    // A founding document is its organisation's.
    check(
        "2001-06-20",
        "The founding declaration was prepared by the Shanghai Five. Uzbekistan signed it on 15 \
         June.",
        &["signed Uzbekistan SCO 2001-06-15 asserted"],
    );
    // A document told of in the sentence before (its subject, of several words, or its
    // closing object) is what "it" is.
    for before in [
        "The ceasefire agreement was negotiated by the French presidency of the European Union.",
        "The six-point plan was brokered by the European Union.",
        "The European Union negotiated the ceasefire.",
    ] {
        check(
            "2008-08-18",
            &format!("{before} Russia signed it on Saturday."),
            &[],
        );
    }
    // A name that only describes, signed with a state, is a bilateral deal's.
    check(
        "2003-03-03",
        "Kyrgyzstan signed the Tashkent security pact with Kazakhstan on border controls last \
         week. Georgia signed the Tashkent treaty with Russia's blessing.",
        &["signed Georgia CST ..2003-03-03 asserted"],
    );
}

#[test]
fn years_ago_today() {
    check(
        "2010-08-18",
        "A year ago today, Georgia left the Commonwealth. Two years ago, Georgia fought a war.",
        &["withdrew Georgia CIS 2009-08-18 asserted"],
    );
}

#[test]
fn a_member_of_a_capitals_organisation() {
    check(
        "2007-02-02",
        "Belarus is a member of Russia's Collective Security Treaty Organization. Ukraine is not \
         a member of Moscow's CSTO. Kyrgyzstan is in Moscow's CSTO.",
        &[
            "member Belarus CSTO 2007-02-02 asserted",
            "member Kyrgyzstan CSTO 2007-02-02 asserted",
            "not_member Ukraine CSTO 2007-02-02 asserted",
        ],
    );
}

#[test]
fn at_the_same_meeting_after_a_month() {
    // "at the same meeting" after a sentence that named the meeting's month (no day): that
    // month.
    check(
        "2005-08-29",
        "At its July summit in Astana, the Shanghai Cooperation Organisation asked the coalition \
         for a timetable. Iran, India and Pakistan became observers at the same meeting.",
        &[
            "observer India SCO 2005-07 asserted",
            "observer Iran SCO 2005-07 asserted",
            "observer Pakistan SCO 2005-07 asserted",
        ],
    );
}

#[test]
fn leaders_named_after_their_states() {
    // "the presidents of A, B and C, Name, Name and Name, signed": the leaders set off after
    // their states are an aside, commas and all.
    check(
        "2000-10-16",
        "On Tuesday the presidents of Russia, Belarus and Kazakhstan, Vladimir Putin, Alexander \
         Lukashenko and Nursultan Nazarbayev, signed the treaty establishing the Eurasian \
         Economic Community. Georgia, Eduard Shevardnadze's country, joined GUAM.",
        &[
            "signed Russia EurAsEC 2000-10-10 asserted",
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Kazakhstan EurAsEC 2000-10-10 asserted",
            "joined Georgia GUAM ..2000-10-16 asserted",
        ],
    );
}

#[test]
fn a_grouping_counted_by_its_nations() {
    // "GUAM, the four-nation club of A, B, C and D": the members named, when as many as the
    // count before the noun says.
    check(
        "1999-02-13",
        "Tashkent talks of GUAM, the four-nation club of Georgia, Ukraine, Azerbaijan and \
         Moldova. Moscow talks of GUAM, the five-nation club of Georgia, Ukraine, Azerbaijan \
         and Moldova.",
        &[
            "count GUAM 4 members 1999-02-13",
            "member Georgia GUAM 1999-02-13 asserted",
            "member Ukraine GUAM 1999-02-13 asserted",
            "member Azerbaijan GUAM 1999-02-13 asserted",
            "member Moldova GUAM 1999-02-13 asserted",
            "count GUAM 5 members 1999-02-13",
        ],
    );
}

#[test]
fn states_named_after_a_partitive_of_members() {
    // "Of the treaty's nine members, only A, B, ... will sign": the states named right after a
    // partitive opening the sentence are members of its organisation (the one of that size
    // when the nearest named is not); not after a relative clause or another group.
    check(
        "2009-08-22",
        "Georgia left the CIS. The CSTO met in Moscow. Of the organisation's seven members, \
         Belarus and Uzbekistan go their own way. Of the twelve Commonwealth states, only \
         Ukraine and Moldova stay outside the CSTO. Of the four states that attended, Georgia \
         and Azerbaijan spoke. Of the region's other states, Turkmenistan is neutral.",
        &[
            "withdrew Georgia CIS ..2009-08-22 asserted",
            "count CSTO 7 members 2009-08-22",
            "member Belarus CSTO 2009-08-22 asserted",
            "member Uzbekistan CSTO 2009-08-22 asserted",
            "count CIS 12 members 2009-08-22",
            "member Ukraine CIS 2009-08-22 asserted",
            "member Moldova CIS 2009-08-22 asserted",
            "not_member Ukraine CSTO 2009-08-22 asserted",
            "not_member Moldova CSTO 2009-08-22 asserted",
        ],
    );
}

#[test]
fn a_denial_inverted_before_its_subject() {
    // "Nor is it inside the customs union": the status denied; not a relative clause's verb
    // after the inverted subject ("nor is Moldova, which became a member of the CIS").
    check(
        "2010-04-30",
        "Ukraine is not a NATO member. Nor is it inside the customs union. Georgia is not in the \
         CSTO; nor is Moldova, which became a member of the Commonwealth in 1994.",
        &[
            "not_member Ukraine NATO 2010-04-30 asserted",
            "not_member Ukraine CustomsUnion 2010-04-30 asserted",
            "not_member Georgia CSTO 2010-04-30 asserted",
            "not_member Moldova CSTO 2010-04-30 asserted",
            "joined Moldova CIS 1994 asserted",
        ],
    );
}

#[test]
fn a_relative_clause_after_the_states_added_to_a_list() {
    // "A, B and C, plus D and E, which joined last year": the relative clause tells of the
    // states added last.
    check(
        "1994-04-29",
        "The Collective Security Treaty now binds five states: Russia, Armenia and Belarus, plus \
         Georgia and Azerbaijan, which joined last year.",
        &[
            "member Russia CST 1994-04-29 asserted",
            "member Armenia CST 1994-04-29 asserted",
            "member Belarus CST 1994-04-29 asserted",
            "member Georgia CST 1994-04-29 asserted",
            "member Azerbaijan CST 1994-04-29 asserted",
            "count CST 5 members 1994-04-29",
            "joined Georgia CST 1993 asserted",
            "joined Azerbaijan CST 1993 asserted",
        ],
    );
}

#[test]
fn allies_in_an_organisation_named_after_them() {
    // "Moscow's allies in the CSTO, A, B and C, have ...": the allies set off by commas after
    // the phrase, and the state whose allies they are, belong to it.
    check(
        "2008-08-22",
        "Moscow's allies in the CSTO, Armenia, Belarus and Kazakhstan, have been slow to \
         applaud. Armenia is Russia's ally in the CSTO.",
        &[
            "member Armenia CSTO 2008-08-22 asserted",
            "member Belarus CSTO 2008-08-22 asserted",
            "member Kazakhstan CSTO 2008-08-22 asserted",
            "member Russia CSTO 2008-08-22 asserted",
            "member Armenia CSTO 2008-08-22 asserted",
            "member Russia CSTO 2008-08-22 asserted",
        ],
    );
}

#[test]
fn a_count_of_more_states_listed_after_a_date() {
    // "On 21 December three more republics joined them: A, B and C": "more" between the count
    // and its noun; "them" the founders' organisation.
    check(
        "1991-12-27",
        "On 8 December Russia, Ukraine and Belarus founded the Commonwealth of Independent \
         States. On 21 December three more republics joined them: Kazakhstan, Kyrgyzstan and \
         Tajikistan.",
        &[
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "founded Belarus CIS 1991-12-08 asserted",
            "joined Kazakhstan CIS 1991-12-21 asserted",
            "joined Kyrgyzstan CIS 1991-12-21 asserted",
            "joined Tajikistan CIS 1991-12-21 asserted",
        ],
    );
}

#[test]
fn a_party_since_a_date_to_the_treaty_pointed_to() {
    // "Armenia, which has been a party since 1992": a bare "party" with its start, of the
    // treaty the sentence named or pointed to; nothing of an agreement that is not one.
    check(
        "1993-12-10",
        "Georgia joined the Collective Security Treaty on Thursday. Not everyone is pleased. In \
         Baku, officials complain that Russia is using the treaty to arm Armenia, which has been \
         a party since 1992. Georgia joined the CIS free trade agreement on Thursday. Armenia \
         has been a party since 1992.",
        &[
            "joined Georgia CST 1993-12-09 asserted",
            "member Armenia CST 1992..1993-12-10 asserted",
        ],
    );
}

#[test]
fn a_so_called_organisation_is_that_organisation() {
    // "the so-called Shanghai Five" names the Shanghai Five, wherever a name may stand; so do
    // "the 'Shanghai Five'" and "the \"Shanghai Five\"".
    check(
        "1998-07-04",
        "The heads of state of Kazakhstan, China, Kyrgyzstan, Russia and Tajikistan, the \
         countries that make up the so-called Shanghai Five, met in Almaty yesterday. Uzbekistan \
         is not a member of the so-called Shanghai Five. Turkmenistan has never joined the \
         so-called Shanghai Forum.",
        &[
            "member Kazakhstan SCO 1998-07-04 asserted",
            "member China SCO 1998-07-04 asserted",
            "member Kyrgyzstan SCO 1998-07-04 asserted",
            "member Russia SCO 1998-07-04 asserted",
            "member Tajikistan SCO 1998-07-04 asserted",
            "not_member Uzbekistan SCO 1998-07-04 asserted",
            "joined Turkmenistan SCO ..1998-07-04 negated",
        ],
    );
    // (nor do quotation marks around a name)
    check(
        "1998-07-04",
        "Leaders of the 'Shanghai Five' \u{2014} China, Kazakhstan, Kyrgyzstan, Russia and \
         Tajikistan \u{2014} met in Almaty. Uzbekistan is not in the \"Shanghai Five\".",
        &[
            "member China SCO 1998-07-04 asserted",
            "member Kazakhstan SCO 1998-07-04 asserted",
            "member Kyrgyzstan SCO 1998-07-04 asserted",
            "member Russia SCO 1998-07-04 asserted",
            "member Tajikistan SCO 1998-07-04 asserted",
            "not_member Uzbekistan SCO 1998-07-04 asserted",
        ],
    );
    // (the organisation whose leaders open a sentence is what an "It" after it is about)
    check(
        "1998-07-04",
        "Leaders of the so-called Shanghai Five met in Almaty. It was formed in Shanghai in April \
         1996.",
        &["founded - SCO 1996-04 asserted"],
    );
}

#[test]
fn a_relative_clause_after_an_added_part_that_speaks_of_them_all() {
    // "which together founded", "which are all ...", or a plural verb after one state added:
    // the clause tells of the whole list, not only of the states added last.
    check(
        "2007-02-01",
        "Russia, Belarus and Kazakhstan, as well as Kyrgyzstan and Tajikistan, which together \
         founded EurAsEC in 2000, meet in Minsk next week.",
        &[
            "founded Russia EurAsEC 2000 asserted",
            "founded Belarus EurAsEC 2000 asserted",
            "founded Kazakhstan EurAsEC 2000 asserted",
            "founded Kyrgyzstan EurAsEC 2000 asserted",
            "founded Tajikistan EurAsEC 2000 asserted",
        ],
    );
    check(
        "2012-03-01",
        "Armenia and Belarus, as well as Russia, which remain in the CSTO, held drills.",
        &[
            "member Armenia CSTO 2012-03-01 asserted",
            "member Belarus CSTO 2012-03-01 asserted",
            "member Russia CSTO 2012-03-01 asserted",
        ],
    );
}

#[test]
fn the_possessor_of_allies_listed_after_is_in_only_if_the_timeline_says_so() {
    // "Georgia's allies in NATO, Poland and the United States, ...": the allies are in it,
    // Georgia is not; "Moscow's allies in the CSTO, A, B and C" keeps Russia.
    check(
        "2008-09-10",
        "Georgia's allies in NATO, Poland and the United States, condemned the invasion. \
         Tehran's allies in the SCO, Russia and China, blocked its bid for full membership.",
        &[
            "member Poland NATO 2008-09-10 asserted",
            "member USA NATO 2008-09-10 asserted",
            "member Russia SCO 2008-09-10 asserted",
            "member China SCO 2008-09-10 asserted",
        ],
    );
}

#[test]
fn of_the_members_only_those_who_left_are_not_made_members() {
    // "Of the twelve Commonwealth states, only Georgia has quit": the partitive tells nothing
    // of membership when what follows takes the states out; a plan leaves them in.
    check(
        "2010-05-10",
        "Of the twelve Commonwealth states, only Georgia is no longer a member.",
        &[
            "count CIS 12 members 2010-05-10",
            "not_member Georgia CIS 2010-05-10 asserted",
        ],
    );
    check(
        "2007-03-01",
        "Of the CIS's twelve members, only Turkmenistan is an associate member.",
        &[
            "count CIS 12 members 2007-03-01",
            "associate Turkmenistan CIS 2007-03-01 asserted",
        ],
    );
    check(
        "1999-02-11",
        "The Collective Security Treaty runs out in April. Of the treaty's nine participants, \
         Uzbekistan is the first to say that it will leave.",
        &[
            "member Uzbekistan CST 1999-02-11 asserted",
            "count CST 9 members 1999-02-11",
        ],
    );
}

#[test]
fn a_new_alliance_is_not_one_founded_years_before() {
    // "the new security bloc" in 2003 is not the CIS named in the same sentence.
    check(
        "2003-03-01",
        "Of the twelve CIS states, three, Georgia, Azerbaijan and Moldova, have refused to join \
         the new security bloc.",
        &[
            "count CIS 12 members 2003-03-01",
            "member Georgia CIS 2003-03-01 asserted",
            "member Azerbaijan CIS 2003-03-01 asserted",
            "member Moldova CIS 2003-03-01 asserted",
        ],
    );
}

#[test]
fn an_inverted_denial_of_it_needs_one_state_before() {
    // "Nor is it ...": "it" is the one state the sentence before named; after two, nothing.
    check(
        "2011-05-10",
        "Kazakhstan has joined the customs union; Azerbaijan has not. Nor is it inside the \
         CSTO. Moldova has never joined the CSTO. Nor is it inside the customs union.",
        &[
            "joined Kazakhstan CustomsUnion ..2011-05-10 asserted",
            "joined Moldova CSTO ..2011-05-10 negated",
            "not_member Moldova CustomsUnion 2011-05-10 asserted",
        ],
    );
}

#[test]
fn admitted_to_something_else_is_no_joining() {
    // "admitted Iran, India and Pakistan to its meetings as guests" admits no member; "to
    // their ranks" does.
    check(
        "2005-07-10",
        "The SCO, which at its Astana summit admitted Iran, India and Pakistan to its meetings \
         as guests, dodged the question. In 2001 the Shanghai Five had admitted Uzbekistan to \
         their ranks.",
        &["joined Uzbekistan SCO 2001 asserted"],
    );
}

#[test]
fn a_party_since_a_date_in_the_past_perfect_is_no_present_status() {
    // "which had been a party since 1992, has already left": no membership up to the article.
    check(
        "1999-03-01",
        "The Tashkent Treaty expires in April. Uzbekistan, which had been a party since 1992, \
         has already left.",
        &["withdrew Uzbekistan CST ..1999-03-01 asserted"],
    );
}

#[test]
fn states_set_apart_from_every_state_in_an_organisation_are_not_in_it() {
    // "Every Central Asian state but Turkmenistan is in the CSTO", "all but Uzbekistan are in
    // the CSTO", "covers all of ... except Turkmenistan", "twelve states: all the former Soviet
    // republics except ...": the states set apart are outside (and none of them is the
    // subject); not when the clause says something else of the group ("is happy in").
    check(
        "2007-05-01",
        "Every Central Asian state but Turkmenistan is in the CSTO. The CSTO covers the whole \
         of former Soviet Central Asia except Turkmenistan, which remains outside every \
         alliance.",
        &[
            "not_member Turkmenistan CSTO 2007-05-01 asserted",
            "not_member Turkmenistan CSTO 2007-05-01 asserted",
        ],
    );
    check(
        "2004-11-03",
        "All five CACO states are in the SCO, and all but Uzbekistan are in the CSTO.",
        &[
            "count CACO 5 members 2004-11-03",
            "not_member Uzbekistan CSTO 2004-11-03 asserted",
        ],
    );
    check(
        "1993-12-25",
        "With them the Commonwealth now numbers twelve states: all the former Soviet republics \
         except Estonia, Latvia and Lithuania.",
        &[
            "count CIS 12 members 1993-12-25",
            "not_member Estonia CIS 1993-12-25 asserted",
            "not_member Latvia CIS 1993-12-25 asserted",
            "not_member Lithuania CIS 1993-12-25 asserted",
        ],
    );
    check(
        "2000-05-01",
        "All the CIS states except Georgia, Azerbaijan and Uzbekistan remain in the Tashkent \
         Treaty. Every state but Moldova, I am told, is happy in the CIS.",
        &[
            "not_member Georgia CST 2000-05-01 asserted",
            "not_member Azerbaijan CST 2000-05-01 asserted",
            "not_member Uzbekistan CST 2000-05-01 asserted",
        ],
    );
}

#[test]
fn an_organisation_grouping_or_uniting_the_states_listed() {
    // "GUUAM, grouping A, B, ...", "uniting", "bringing together": a participle set off by a
    // comma after the organisation's name lists its members; not after a meeting, nor a
    // union only planned.
    check(
        "2001-06-08",
        "GUUAM, grouping Georgia, Ukraine, Uzbekistan, Azerbaijan and Moldova, adopted its \
         charter at Yalta on 7 June. The summit, bringing together Georgia, Ukraine and Moldova, \
         was short. A customs union, uniting Russia and Belarus, is planned.",
        &[
            "member Georgia GUAM 2001-06-07 asserted",
            "member Ukraine GUAM 2001-06-07 asserted",
            "member Uzbekistan GUAM 2001-06-07 asserted",
            "member Azerbaijan GUAM 2001-06-07 asserted",
            "member Moldova GUAM 2001-06-07 asserted",
        ],
    );
}

#[test]
fn a_charter_turning_an_organisation_into_another() {
    // "signed a charter that turned GUUAM into a formal organisation": GUUAM's charter; but
    // "a treaty turning their customs union into the Eurasian Economic Community" is the
    // community's. A date in a clause on the place ("where ... met in 1945") is not the
    // signing's.
    check(
        "2001-06-08",
        "Georgia, Ukraine and Moldova signed a charter on Thursday turning GUUAM into a formal \
         regional organisation, at the palace where Stalin, Roosevelt and Churchill met in \
         1945.",
        &[
            "signed Georgia GUAM 2001-06-07 asserted",
            "signed Ukraine GUAM 2001-06-07 asserted",
            "signed Moldova GUAM 2001-06-07 asserted",
        ],
    );
    check(
        "2000-10-13",
        "In Astana on Tuesday, Russia, Belarus and Kazakhstan signed a treaty turning their \
         customs union into the Eurasian Economic Community.",
        &[
            "signed Russia EurAsEC 2000-10-10 asserted",
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Kazakhstan EurAsEC 2000-10-10 asserted",
        ],
    );
    check(
        "2001-06-08",
        "Georgia and Moldova signed the GUUAM charter at the palace where Stalin met Churchill \
         in 1945.",
        &[
            "signed Georgia GUAM ..2001-06-08 asserted",
            "signed Moldova GUAM ..2001-06-08 asserted",
        ],
    );
}

#[test]
fn dates_that_are_not_the_verbs_own() {
    // "a military alliance built on the Collective Security Treaty of 1992": a year naming an
    // organisation in a description of the object; "last Friday in Shanghai the leaders of A,
    // B and C founded": a date opening the conjunct, past a place and the leaders.
    check(
        "2002-10-08",
        "Armenia and Belarus signed a charter on Monday creating the Collective Security Treaty \
         Organization, a military alliance built on the Collective Security Treaty of 1992.",
        &[
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
        ],
    );
    check(
        "2001-06-20",
        "In Yalta on 7 June the leaders of GUUAM signed a charter, and last Friday in Shanghai \
         the leaders of China, Russia and Uzbekistan founded the Shanghai Cooperation \
         Organisation.",
        &[
            "founded China SCO 2001-06-15 asserted",
            "founded Russia SCO 2001-06-15 asserted",
            "founded Uzbekistan SCO 2001-06-15 asserted",
        ],
    );
}

#[test]
fn the_thirty_second_sessions_review_cases() {
    // "Of the N members, only A ...": a denial or departure of something else keeps A in.
    check(
        "2009-06-01",
        "Of the CSTO's seven members, only Uzbekistan did not sign the agreement on the \
         rapid-reaction force.",
        &[
            "member Uzbekistan CSTO 2009-06-01 asserted",
            "count CSTO 7 members 2009-06-01",
        ],
    );
    check(
        "2007-06-01",
        "Of the CSTO's seven members, only Uzbekistan quit the Tashkent Treaty in 1999.",
        &[
            "member Uzbekistan CSTO 2007-06-01 asserted",
            "count CSTO 7 members 2007-06-01",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    // A "where" clause of the same days dates the signing; one long before does not.
    check(
        "2002-05-20",
        "Armenia, Belarus and Russia signed the CSTO charter in Moscow, where they met on 14 May.",
        &[
            "signed Armenia CSTO 2002-05-14 asserted",
            "signed Belarus CSTO 2002-05-14 asserted",
            "signed Russia CSTO 2002-05-14 asserted",
        ],
    );
    // States set apart in a clause that says nothing of membership, or a list that adds others,
    // are not set outside.
    check(
        "2007-06-01",
        "Every Central Asian state except Uzbekistan sent troops to the exercise, and Kyrgyzstan \
         is in the CSTO. The CSTO covers all of Central Asia except Turkmenistan, plus Russia, \
         Belarus and Armenia.",
        &["member Kyrgyzstan CSTO 2007-06-01 asserted"],
    );
    // "Nor are they ..." after two states; "Nor is it ..." after one opening the sentence.
    check(
        "2011-06-01",
        "Ukraine and Moldova have refused to join EurAsEC. Nor are they inside the customs union. \
         Moldova refuses to host Russian troops. Nor is it inside the customs union.",
        &[
            "joined Ukraine EurAsEC ..2011-06-01 negated",
            "joined Moldova EurAsEC ..2011-06-01 negated",
            "not_member Ukraine CustomsUnion 2011-06-01 asserted",
            "not_member Moldova CustomsUnion 2011-06-01 asserted",
            "not_member Moldova CustomsUnion 2011-06-01 asserted",
        ],
    );
    // "the new bloc" after a renaming is the body renamed.
    check(
        "2006-05-30",
        "GUAM leaders renamed the group the Organization for Democracy and Economic Development \
         in Kiev on 23 May. Moldova is a member of the new bloc.",
        &["member Moldova GUAM 2006-05-30 asserted"],
    );
    // "which both joined" after two states added tells of those two.
    check(
        "2007-06-01",
        "Georgia and Ukraine, as well as Azerbaijan and Moldova, which both joined GUAM in 1997, \
         met in Kiev.",
        &[
            "joined Azerbaijan GUAM 1997 asserted",
            "joined Moldova GUAM 1997 asserted",
        ],
    );
    // A participle whose list does not close the apposition lists no members; "admitted to its
    // meetings as a full member" is a joining.
    check(
        "2005-09-10",
        "The CIS, embracing Turkmenistan as an associate, met in Kazan. NATO, bringing Georgia \
         and Ukraine closer at Bucharest, promised them membership one day. With Uzbekistan \
         gone, the grouping returns to its old name, GUAM, uniting Georgia, Ukraine, Azerbaijan \
         and Moldova.",
        &[
            "associate Turkmenistan CIS 2005-09-10 asserted",
            "member Georgia GUAM 2005-09-10 asserted",
            "member Ukraine GUAM 2005-09-10 asserted",
            "member Azerbaijan GUAM 2005-09-10 asserted",
            "member Moldova GUAM 2005-09-10 asserted",
        ],
    );
    check(
        "1993-12-30",
        "The Commonwealth admitted Georgia to its meetings as a full member on 3 December.",
        &["joined Georgia CIS 1993-12-03 asserted"],
    );
}

#[test]
fn an_inverted_denial_with_a_bare_in() {
    // "Nor is it in EurAsEC", "Neither is it in ...", "Nor are they in ...", "Nor is Ukraine in
    // ...": the bare "in" after the inverted subject is the status denied; not "in any hurry".
    check(
        "2006-05-01",
        "Moldova has never joined the CSTO. Nor is it in EurAsEC. Ukraine and Moldova are not in \
         NATO. Nor are they in GUUAM's rival, the CSTO. Nor is Armenia in GUAM. Georgia is not in \
         the CSTO. Nor is it in any hurry to join EurAsEC.",
        &[
            "joined Moldova CSTO ..2006-05-01 negated",
            "not_member Moldova EurAsEC 2006-05-01 asserted",
            "not_member Ukraine NATO 2006-05-01 asserted",
            "not_member Moldova NATO 2006-05-01 asserted",
            "not_member Armenia GUAM 2006-05-01 asserted",
            "not_member Georgia CSTO 2006-05-01 asserted",
        ],
    );
}

#[test]
fn the_thirty_second_sessions_third_review_cases() {
    // A "where" clause dates the verb only when it tells the meeting it took place at, in the
    // simple past and of the same years.
    check(
        "2002-05-20",
        "Armenia and Belarus signed the CSTO charter in Moscow, where they had met in 2001. \
         Russia and Tajikistan signed the CSTO charter in Moscow, where a bomb exploded on \
         Saturday.",
        &[
            "signed Armenia CSTO ..2002-05-20 asserted",
            "signed Belarus CSTO ..2002-05-20 asserted",
            "signed Russia CSTO ..2002-05-20 asserted",
            "signed Tajikistan CSTO ..2002-05-20 asserted",
        ],
    );
    // "Of the N members, only A has quit the organisation": the partitive's own organisation,
    // pointed back to, takes A out.
    check(
        "2010-05-10",
        "Of the CIS's twelve members, only Georgia has quit the organisation.",
        &[
            "count CIS 12 members 2010-05-10",
            "withdrew Georgia CIS ..2010-05-10 asserted",
        ],
    );
    // A grouping participle's list may end in a short phrase of its own before the comma.
    check(
        "1999-05-10",
        "GUUAM, grouping Georgia, Ukraine and Moldova under a Western-leaning banner, met in \
         Washington.",
        &[
            "member Georgia GUAM 1999-05-10 asserted",
            "member Ukraine GUAM 1999-05-10 asserted",
            "member Moldova GUAM 1999-05-10 asserted",
        ],
    );
    // "Nor is it in EurAsEC that ...": a cleft denies nothing; a relative clause after "the
    // customs union" is no cleft.
    check(
        "2010-04-30",
        "Turkmenistan is not a member of the CSTO. Nor is it in EurAsEC that the real decisions \
         are taken. Ukraine is not a NATO member. Nor is it inside the customs union that Russia \
         launched.",
        &[
            "not_member Turkmenistan CSTO 2010-04-30 asserted",
            "not_member Ukraine NATO 2010-04-30 asserted",
            "not_member Ukraine CustomsUnion 2010-04-30 asserted",
            "founded Russia CustomsUnion ..2010-04-30 asserted",
        ],
    );
}

#[test]
fn the_thirty_third_sessions_constructions() {
    // A counted subject whose states a closing colon spells out, outside an organisation: a
    // status now (one dated otherwise is at its date).
    check(
        "1994-04-25",
        "The Collective Security Treaty entered into force. Three Commonwealth states remain \
         outside the treaty: Ukraine, Turkmenistan and Moldova. Two states stayed out of the CST \
         in 1992: Ukraine and Moldova.",
        &[
            "count CIS 3 members 1994-04-25",
            "not_member Ukraine CST 1994-04-25 asserted",
            "not_member Turkmenistan CST 1994-04-25 asserted",
            "not_member Moldova CST 1994-04-25 asserted",
            "not_member Ukraine CST 1992 asserted",
            "not_member Moldova CST 1992 asserted",
        ],
    );
    // "None" alone as the subject right before the verb: the whole group denied (not "none in
    // rejoining", the noun's ellipsis).
    check(
        "1999-04-30",
        "Georgia, Ukraine, Uzbekistan, Azerbaijan and Moldova are members of GUAM. All of them \
         take part in the Partnership for Peace, and none belongs to the Collective Security \
         Treaty. Armenia has shown no interest in leaving, and none in rejoining the CIS.",
        &[
            "member Georgia GUAM 1999-04-30 asserted",
            "member Ukraine GUAM 1999-04-30 asserted",
            "member Uzbekistan GUAM 1999-04-30 asserted",
            "member Azerbaijan GUAM 1999-04-30 asserted",
            "member Moldova GUAM 1999-04-30 asserted",
            "member Georgia PfP 1999-04-30 asserted",
            "member Ukraine PfP 1999-04-30 asserted",
            "member Uzbekistan PfP 1999-04-30 asserted",
            "member Azerbaijan PfP 1999-04-30 asserted",
            "member Moldova PfP 1999-04-30 asserted",
            "not_member Georgia CST 1999-04-30 asserted",
            "not_member Ukraine CST 1999-04-30 asserted",
            "not_member Uzbekistan CST 1999-04-30 asserted",
            "not_member Azerbaijan CST 1999-04-30 asserted",
            "not_member Moldova CST 1999-04-30 asserted",
        ],
    );
    // "All four" after a short opening phrase and its comma.
    check(
        "1997-10-16",
        "Georgia, Ukraine, Azerbaijan and Moldova formed GUAM. At the same time, all four take \
         part in NATO's Partnership for Peace.",
        &[
            "founded Georgia GUAM ..1997-10-16 asserted",
            "founded Ukraine GUAM ..1997-10-16 asserted",
            "founded Azerbaijan GUAM ..1997-10-16 asserted",
            "founded Moldova GUAM ..1997-10-16 asserted",
            "member Georgia PfP 1997-10-16 asserted",
            "member Ukraine PfP 1997-10-16 asserted",
            "member Azerbaijan PfP 1997-10-16 asserted",
            "member Moldova PfP 1997-10-16 asserted",
        ],
    );
    // "to which A and B already belong"
    check(
        "2004-10-25",
        "Some talk of merging CACO with the Eurasian Economic Community, to which Kazakhstan and \
         Russia already belong.",
        &[
            "member Kazakhstan EurAsEC 2004-10-25 asserted",
            "member Russia EurAsEC 2004-10-25 asserted",
        ],
    );
    // A bare "stayed out" is not of the organisation the subject's own noun names.
    check(
        "1994-04-25",
        "The Collective Security Treaty came into force with nine parties, three-quarters of the \
         Commonwealth's twelve members. The other three Commonwealth states, Ukraine, Moldova \
         and Turkmenistan, have stayed out.",
        &[
            "count CIS 12 members 1994-04-25",
            "member Ukraine CIS 1994-04-25 asserted",
            "member Moldova CIS 1994-04-25 asserted",
            "member Turkmenistan CIS 1994-04-25 asserted",
            "not_member Ukraine CST 1994-04-25 asserted",
            "not_member Moldova CST 1994-04-25 asserted",
            "not_member Turkmenistan CST 1994-04-25 asserted",
        ],
    );
    // "was admitted as an SCO observer": an observer, the organisation inside the phrase.
    check(
        "2012-07-05",
        "On 7 June Afghanistan was admitted as an SCO observer.",
        &["observer Afghanistan SCO 2012-06-07 asserted"],
    );
    // A relative "to which ... belong" naming an organisation not yet founded at the article's
    // date tells nothing (the customs union of the 1990s is not the one of 2010, nor the
    // community replacing it); the "Co-operation" spelling names the SCO.
    check(
        "2000-10-18",
        "Five states signed a treaty establishing the Eurasian Economic Community. The new body \
         is to replace the customs union to which Russia and Belarus already belong. Kyrgyzstan \
         is a member of the Shanghai Co-operation Organisation.",
        &["member Kyrgyzstan SCO 2000-10-18 asserted"],
    );
    // From a black-box review: the counted "outside" list needs the organisation right before
    // its colon, not the one the subject names nor one the story named before; a relative with
    // a denial is no belonging; a proper name before the founding is the body itself; a count
    // after an opening phrase must fit the group.
    check(
        "2006-07-01",
        "NATO leaders met in Riga. Two Commonwealth states remain outside the alliance: Ukraine \
         and Moldova. The CSTO met in Minsk. Two CSTO members remain outside the talks: Armenia \
         and Belarus. Kazakhstan wants to join the WTO, to which neither Russia nor Ukraine \
         already belongs. Georgia and Armenia have four frontier posts. Still, all four are \
         members of the CIS.",
        &[
            "count CIS 2 members 2006-07-01",
            "count CSTO 2 members 2006-07-01",
            "joined Kazakhstan WTO 2006-07-01.. planned",
        ],
    );
    check(
        "1998-05-01",
        "Kazakhstan is active in the Shanghai Five, to which Russia and Kyrgyzstan belong.",
        &[
            "member Russia SCO 1998-05-01 asserted",
            "member Kyrgyzstan SCO 1998-05-01 asserted",
        ],
    );
    // An ordinal day: "May 15th, 1992", "December 8th 1991".
    check(
        "2012-06-30",
        "Uzbekistan signed the Collective Security Treaty on May 15th, 1992. Georgia joined the \
         CIS on December 3rd 1993.",
        &[
            "signed Uzbekistan CST 1992-05-15 asserted",
            "joined Georgia CIS 1993-12-03 asserted",
        ],
    );
    // A bare "joined" is not of the organisation the subject's own noun names ("the first
    // Commonwealth state to do so"): the one named before it.
    check(
        "1994-04-26",
        "Ukraine signed up to the Partnership for Peace in February, the first Commonwealth \
         state to do so, and Moldova and Georgia have also joined.",
        &[
            "joined Ukraine PfP 1994-02 asserted",
            "joined Moldova PfP ..1994-04-26 asserted",
            "joined Georgia PfP ..1994-04-26 asserted",
        ],
    );
    // "the organisation that succeeded / replaced / grew out of it": the successor of the one
    // "it" points back to.
    check(
        "2008-02-03",
        "The Collective Security Treaty was signed in 1992. Uzbekistan quit the treaty in 1999 \
         and rejoined the organisation that grew out of it in 2006. Georgia has not joined the \
         alliance which replaced it.",
        &[
            "withdrew Uzbekistan CST 1999 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "joined Georgia CSTO ..2008-02-03 negated",
        ],
    );
    // "A, B and C declined to do so" after a renewal: their membership lapsed then.
    check(
        "1999-04-03",
        "At a summit in the Kremlin, Armenia, Belarus and Russia signed a protocol extending the \
         Collective Security Treaty for another five years; Azerbaijan, Georgia and Uzbekistan \
         declined to do so.",
        &[
            "withdrew Azerbaijan CST ..1999-04-03 asserted",
            "withdrew Georgia CST ..1999-04-03 asserted",
            "withdrew Uzbekistan CST ..1999-04-03 asserted",
        ],
    );
}

#[test]
fn the_thirty_fourth_sessions_constructions() {
    // A counted noun for states with its list in brackets is the subject: "The three states
    // (A, B and C) joined", "Three countries (A, B and C) are members of".
    check(
        "2004-10-11",
        "The three states (Armenia, Kazakhstan and Uzbekistan) joined the CSTO in 2003. Two \
         countries (Belarus and Russia) are members of the CSTO.",
        &[
            "joined Armenia CSTO 2003 asserted",
            "joined Kazakhstan CSTO 2003 asserted",
            "joined Uzbekistan CSTO 2003 asserted",
            "member Belarus CSTO 2004-10-11 asserted",
            "member Russia CSTO 2004-10-11 asserted",
        ],
    );
    // (the count must fit the list; and not a phrase after a preposition)
    check(
        "2004-10-11",
        "Six member states (Armenia, Kazakhstan and Uzbekistan) signed the Collective Security \
         Treaty. Talks with the three states (Armenia, Kazakhstan and Uzbekistan) joined nothing.",
        &[],
    );
    // "Six member states of the Commonwealth of Independent States (CIS) — A, B, ... —
    // signed": a count opening the clause heads the phrase "of" the organisation names.
    check_all(
        "1992-05-19",
        "Six member states of the Commonwealth of Independent States (CIS) — Armenia, \
         Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan — signed a Collective \
         Security Treaty (CST) in the Uzbek capital on 15 May 1992. Three member states of the \
         CIS (Armenia, Kazakhstan and Uzbekistan) signed the Collective Security Treaty.",
        [
            each(CST_SIX, "signed {} CST 1992-05-15 asserted"),
            each(CST_SIX, "member {} CIS 1992-05-15 asserted"),
            each(&CST_SIX[..2], "signed {} CST ..1992-05-19 asserted"),
            each(&CST_SIX[..2], "member {} CIS 1992-05-19 asserted"),
            // (no count: "Six member states of the CIS" are some of its members, and the six
            // need not be all the signatories)
            strs(&[
                "signed Uzbekistan CST ..1992-05-19 asserted",
                "member Uzbekistan CIS 1992-05-19 asserted",
            ]),
        ]
        .concat(),
    );
    // "a treaty creating a common customs territory and a customs union": the second of two
    // things it creates (not past a gerund of another clause).
    check(
        "2007-10-24",
        "On 6 October in Dushanbe, Russia, Belarus and Kazakhstan signed a treaty creating a \
         common customs territory and a customs union. Armenia and Moldova signed a treaty \
         creating a free trade zone and asking the CIS to help.",
        &[
            "signed Belarus CustomsUnion 2007-10-06 asserted",
            "signed Kazakhstan CustomsUnion 2007-10-06 asserted",
            "signed Russia CustomsUnion 2007-10-06 asserted",
        ],
    );
    // "the Shanghai Cooperation Organisation, whose charter it signed": the organisation
    // whose document the relative clause's object is.
    check(
        "2002-06-20",
        "Uzbekistan has put its weight behind the Shanghai Cooperation Organisation, whose \
         charter it signed in St Petersburg on 7 June together with China and Russia.",
        &[
            "signed China SCO 2002-06-07 asserted",
            "signed Russia SCO 2002-06-07 asserted",
            "signed Uzbekistan SCO 2002-06-07 asserted",
        ],
    );
    // "signed a protocol that turns the Commonwealth into an eleven-member body"; "The six
    // remaining parties to the treaty - A, B, ... - signed".
    check(
        "1991-12-23",
        "On Saturday, 21 December, in Alma-Ata, the leaders of Armenia, Azerbaijan and \
         Uzbekistan signed a protocol that turns the Commonwealth of Independent States into an \
         eleven-member body.",
        &[
            "count CIS 11 members 1991-12-23",
            "signed Armenia CIS 1991-12-21 asserted",
            "signed Azerbaijan CIS 1991-12-21 asserted",
            "signed Uzbekistan CIS 1991-12-21 asserted",
        ],
    );
    check_all(
        "2002-10-09",
        "The six remaining parties to the Collective Security Treaty - Armenia, Belarus, \
         Kazakhstan, Kyrgyzstan, Russia and Tajikistan - signed the charter of a Collective \
         Security Treaty Organisation in the Moldovan capital on Monday, 7 October.",
        [
            each(THE_SIX, "member {} CST 2002-10-07 asserted"),
            each(THE_SIX, "signed {} CSTO 2002-10-07 asserted"),
            strs(&["count CST 6 members 2002-10-09"]),
        ]
        .concat(),
    );
    // "A, B and C did not renew, and their participation ended when the term expired on 20
    // April": the refusal takes the date of the lapse it led to.
    check(
        "1999-05-10",
        "The Collective Security Treaty was renewed on 2 April. Uzbekistan and Georgia did not \
         renew, and their participation ended when the original term expired on 20 April. \
         Azerbaijan did not renew its membership, and since the first term expired on 20 April \
         it has been outside the treaty. Moldova did not renew, and the treaty ran on without \
         it from 20 April.",
        &[
            "withdrew Azerbaijan CST 1999-04-20 asserted",
            "withdrew Georgia CST 1999-04-20 asserted",
            "withdrew Uzbekistan CST 1999-04-20 asserted",
            "not_member Azerbaijan CST 1999-04-20..1999-05-10 asserted",
        ],
    );
    // "acceded too to the treaty", "belong as well to", "belong also to": over an adverb of
    // addition between the verb and its preposition.
    check(
        "1993-12-15",
        "Azerbaijan joined the CIS in September. On 9 December Tbilisi acceded too to the \
         Collective Security Treaty. Russia and Belarus belong as well to the Collective \
         Security Treaty, and Kazakhstan belongs also to the Collective Security Treaty.",
        &[
            "joined Azerbaijan CIS 1993-09 asserted",
            "joined Georgia CST 1993-12-09 asserted",
            "member Belarus CST 1993-12-15 asserted",
            "member Kazakhstan CST 1993-12-15 asserted",
            "member Russia CST 1993-12-15 asserted",
        ],
    );
    // "The Commonwealth itself, which Georgia joined in 1993, ...": the organisation a
    // relative clause's object points back to, past "itself".
    check(
        "2005-08-30",
        "The Commonwealth itself, which Georgia joined in 1993, now counts eleven full members.",
        &[
            "count CIS 11 members 2005-08-30",
            "joined Georgia CIS 1993 asserted",
        ],
    );
    // "A, B and C, the treaty's remaining members, pledged on Friday": a definite noun for
    // the members after the list names the group as one before it does, so they are members
    // at the dated event; not "both GUUAM members", a description at the article's date.
    check(
        "1999-04-04",
        "Armenia, Belarus and Russia, the CST's remaining members, pledged on Friday to stay. \
         Uzbekistan and Moldova, both GUUAM members, hosted talks in June 1999.",
        &[
            "member Armenia CST 1999-04-02 asserted",
            "member Belarus CST 1999-04-02 asserted",
            "member Russia CST 1999-04-02 asserted",
            "member Moldova GUAM 1999-04-04 asserted",
            "member Uzbekistan GUAM 1999-04-04 asserted",
        ],
    );
    // "Uzbekistan joined GUAM, the loose Black Sea alignment created in 1997 by A and B": a noun
    // phrase in apposition to the name heads the participle.
    check(
        "2006-07-07",
        "Uzbekistan joined GUAM, the loose Black Sea alignment created in 1997 by Georgia and \
         Ukraine.",
        &[
            "joined Uzbekistan GUAM ..2006-07-07 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
        ],
    );
    // "formed what diplomats have begun, half in jest, to call the Shanghai Five" (past an
    // aside set off by a pair of commas); "a grouping that has already acquired the inelegant
    // acronym GUAM" (but not "acquired an acronym from their initials", which names nothing).
    check_all(
        "1997-10-20",
        "On 26 April 1996 China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan formed what \
         diplomats have begun, half in jest, to call the Shanghai Five. On 10 October Georgia, \
         Ukraine, Azerbaijan and Moldova formed a consultative grouping that has already \
         acquired the inelegant acronym GUAM.",
        [
            each(
                &["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"],
                "founded {} SCO 1996-04-26 asserted",
            ),
            each(
                &["Azerbaijan", "Georgia", "Moldova", "Ukraine"],
                "founded {} GUAM 1997-10-10 asserted",
            ),
        ]
        .concat(),
    );
    // "A, B and C renewed the treaty, and so remain in it": the subject shared past "so".
    check_all(
        "1999-04-30",
        "On 2 April, in Moscow, Armenia, Belarus and Russia renewed the Collective Security \
         Treaty for a further five years, and so remain in it.",
        each(
            &["Armenia", "Belarus", "Russia"],
            "member {} CST 1999-04-30 asserted",
        ),
    );
    // From the thirty-fourth session's review: the lapse dates the refusal only when it is
    // the membership's or the treaty's term; a status after the list moves to the dated event
    // only when the reference timeline has them all in it then; a participle in apposition
    // denied or hedged founds nothing; "creating ... and a customs union commission" creates
    // no union; members of a treaty may sign its successor's charter.
    check(
        "2004-10-11",
        "Uzbekistan did not renew the Collective Security Treaty, and its contract with Gazprom \
         expired on 20 April 2003. Azerbaijan did not renew the Collective Security Treaty, and \
         its participation ended when Aliyev's term expired in 2003.",
        &[
            "withdrew Azerbaijan CST ..2004-10-11 asserted",
            "withdrew Uzbekistan CST ..2004-10-11 asserted",
        ],
    );
    check(
        "2007-10-11",
        "Uzbekistan and Kazakhstan, the CSTO's Central Asian members, hosted talks in 2004.",
        &[
            "member Kazakhstan CSTO 2007-10-11 asserted",
            "member Uzbekistan CSTO 2007-10-11 asserted",
        ],
    );
    check(
        "2004-10-11",
        "GUAM, the alignment not created by Russia, met in Yalta. GUAM, the alignment reportedly \
         created in 1997 by Georgia and Ukraine, met again. Russia and Belarus signed a treaty \
         creating a common customs territory and a customs union commission in 1999. Georgia \
         signed a protocol that turns the Commonwealth's economic union into a free trade zone.",
        &[],
    );
    check_all(
        "2002-10-08",
        "Six members of the Collective Security Treaty — Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan, Russia and Tajikistan — signed in Chisinau on Monday.",
        [
            each(THE_SIX, "member {} CST 2002-10-07 asserted"),
            each(THE_SIX, "signed {} CSTO 2002-10-07 asserted"),
            strs(&["count CST 6 members 2002-10-08"]),
        ]
        .concat(),
    );
    // "Romania on Wednesday became the first country to join ...": past a date between the
    // subject and the copula, which dates the event; "the first CIS state to join", "the first
    // member of the Commonwealth to join": a member of that organisation now (not one that
    // left it: "the first CIS state to leave the Commonwealth").
    check(
        "1998-12-21",
        "Romania on Wednesday became the first country to join NATO's Partnership for Peace. \
         Kyrgyzstan yesterday became the first member of the Commonwealth of Independent States \
         to join the World Trade Organisation. Ukraine was the first CIS state to join the \
         Partnership for Peace. Georgia is the first CIS state to have quit the Commonwealth.",
        &[
            "joined Romania PfP 1998-12-16 asserted",
            "joined Kyrgyzstan WTO 1998-12-20 asserted",
            "member Kyrgyzstan CIS 1998-12-21 asserted",
            "joined Ukraine PfP ..1998-12-21 asserted",
            "member Ukraine CIS 1998-12-21 asserted",
            "withdrew Georgia CIS ..1998-12-21 asserted",
        ],
    );
    // "Uzbekistan is not a member of the community; A, B and C stayed out as well": out of
    // what the sentence has just had someone out of.
    check(
        "2000-10-16",
        "Russia and Belarus founded the Eurasian Economic Community. Uzbekistan is not a member \
         of the community; Ukraine, Moldova and Armenia, each of which might in theory have \
         been tempted, stayed out as well.",
        &[
            "founded Belarus EurAsEC ..2000-10-16 asserted",
            "founded Russia EurAsEC ..2000-10-16 asserted",
            "not_member Armenia EurAsEC 2000-10-16 asserted",
            "not_member Moldova EurAsEC 2000-10-16 asserted",
            "not_member Ukraine EurAsEC 2000-10-16 asserted",
            "not_member Uzbekistan EurAsEC 2000-10-16 asserted",
        ],
    );
    // "a charter that turns (turned) the Tashkent treaty into a full-fledged organisation": a
    // treaty turned into an organisation is its successor's charter (not "turned GUUAM into a
    // formal organisation", which is GUUAM's own).
    check(
        "2002-10-10",
        "Armenia and Russia signed a charter that turns the Collective Security Treaty into a \
         full-fledged military alliance. Georgia and Ukraine signed a charter that turned \
         GUUAM into a formal organisation.",
        &[
            "signed Armenia CSTO ..2002-10-10 asserted",
            "signed Russia CSTO ..2002-10-10 asserted",
            "signed Georgia GUAM ..2002-10-10 asserted",
            "signed Ukraine GUAM ..2002-10-10 asserted",
        ],
    );
    // From the second review: the superlative's membership only where the reference
    // timeline does not have the state out by then, and not "former"; only the superlative's
    // own infinitive ("the first country to refuse to join" joins nothing); a date before
    // "was the only" does not date the joining; "what ... call NAME" past a plain aside only,
    // with the name all that is given; a naming dated on its own names nothing founded then;
    // "and so" only right before the verb; "as well" after another claim is of that claim's
    // organisation.
    check(
        "2010-06-01",
        "Georgia became the second CIS state to join the WTO. Romania on Wednesday became the \
         first country to refuse to join NATO's Partnership for Peace.",
        &["joined Georgia WTO ..2010-06-01 asserted"],
    );
    check(
        "1999-12-21",
        "Kyrgyzstan in 1999 was the only CIS state to join the WTO.",
        &[
            "joined Kyrgyzstan WTO ..1999-12-21 asserted",
            // (since the thirty-sixth session: the only CIS state is one)
            "member Kyrgyzstan CIS 1999-12-21 asserted",
        ],
    );
    for text in [
        "Georgia, Ukraine, Azerbaijan and Moldova yesterday formed what Moscow, alarmed, has \
         begun to call the Commonwealth within the Commonwealth.",
        "Russia and China yesterday formed what critics, in 1995, had called the Shanghai Five.",
        "Georgia, Ukraine, Azerbaijan and Moldova yesterday formed a grouping that acquired the \
         acronym GUAM only in 2001.",
    ] {
        check("1997-10-11", text, &[]);
    }
    check(
        "2001-06-01",
        "Uzbekistan is not a member of the Eurasian Economic Community, and Turkmenistan has \
         refused to join the WTO; Kazakhstan stayed out as well.",
        &[
            "not_member Uzbekistan EurAsEC 2001-06-01 asserted",
            "joined Turkmenistan WTO ..2001-06-01 negated",
            "not_member Kazakhstan WTO 2001-06-01 asserted",
        ],
    );
    // "the six states that remain active in it — A, B, ... —" (over an adverb or adjective of
    // the staying); "a treaty creating a common customs territory and forming a customs union".
    check_all(
        "2012-07-05",
        "The CSTO met. The six states that remain active in it — Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan, Russia and Tajikistan — are already planning without Uzbekistan. Armenia \
         remains active in talks with NATO.",
        each(THE_SIX, "member {} CSTO 2012-07-05 asserted"),
    );
    check(
        "2007-10-12",
        "On 6 October Russia, Belarus and Kazakhstan signed a treaty creating a common customs \
         territory and forming a customs union.",
        &[
            "signed Belarus CustomsUnion 2007-10-06 asserted",
            "signed Kazakhstan CustomsUnion 2007-10-06 asserted",
            "signed Russia CustomsUnion 2007-10-06 asserted",
        ],
    );
    // "the first member of the Commonwealth of Independent States to be admitted to the WTO":
    // a passive infinitive after the superlative, as "to have joined" is.
    check(
        "1998-12-21",
        "Kyrgyzstan yesterday became the first member of the Commonwealth of Independent States \
         to be admitted to the World Trade Organization.",
        &[
            "joined Kyrgyzstan WTO 1998-12-20 asserted",
            "member Kyrgyzstan CIS 1998-12-21 asserted",
        ],
    );
    // "NATO's Partnership for Peace ... not a member of the alliance": a noun the programme is
    // not called by, but the owner its lexicon name gives is (not a possessive, "launched at the
    // alliance's summit", which leaves what later verbs go on with alone).
    check(
        "1994-01-27",
        "Romania joined NATO's Partnership for Peace on Wednesday. Romania is not a member of \
         the alliance.",
        &[
            "joined Romania PfP 1994-01-26 asserted",
            "not_member Romania NATO 1994-01-27 asserted",
        ],
    );
}

#[test]
fn the_thirty_fifth_sessions_constructions() {
    // "got into" an organisation named right after (not "got into trouble with NATO").
    check(
        "2001-07-11",
        "Lithuania got into the World Trade Organization on 31 May. Georgia got into a quarrel \
         with NATO.",
        &["joined Lithuania WTO 2001-05-31 asserted"],
    );
    // "sit with Russia in both the CST and the SCO": each organisation of the pair.
    check_all(
        "2001-10-15",
        "Kazakhstan and Tajikistan sit with Russia in both the Collective Security Treaty and \
         the Shanghai Cooperation Organisation.",
        ["Kazakhstan", "Tajikistan", "Russia"]
            .iter()
            .flat_map(|st| {
                [
                    format!("member {st} CST 2001-10-15 asserted"),
                    format!("member {st} SCO 2001-10-15 asserted"),
                ]
            })
            .collect(),
    );
    // A definite noun for one member (associate, observer; a chair the group owns) with the
    // state set off after it: of the organisation the possessive or modifier names, else of
    // the last one named.
    check(
        "2003-11-03",
        "Baku stays in GUUAM with Georgia, Ukraine and Moldova; the fifth member, Uzbekistan, \
         has stopped attending.",
        &[
            "member Azerbaijan GUAM 2003-11-03 asserted",
            "member Georgia GUAM 2003-11-03 asserted",
            "member Moldova GUAM 2003-11-03 asserted",
            "member Ukraine GUAM 2003-11-03 asserted",
            "member Uzbekistan GUAM 2003-11-03 asserted",
            "suspended Uzbekistan GUAM ..2003-11-03 asserted",
        ],
    );
    check(
        "2009-08-20",
        "The Commonwealth of Independent States now has ten full members and one associate, \
         Turkmenistan.",
        &[
            "associate Turkmenistan CIS 2009-08-20 asserted",
            "count CIS 10 members 2009-08-20",
        ],
    );
    check(
        "2005-05-12",
        "Uzbekistan has quit GUUAM. Its letter went to the group's current chair, Moldova, on \
         Thursday.",
        &[
            "member Moldova GUAM 2005-05-12 asserted",
            "withdrew Uzbekistan GUAM ..2005-05-12 asserted",
        ],
    );
    // (not a predicate, nor a chair no organisation owns, nor a former member)
    for text in [
        "The SCO met. Kazakhstan became the fifth member, Kyrgyzstan the sixth.",
        "The SCO met. The summit's chair, Kyrgyzstan, spoke first.",
        "The SCO met. Its former observer, Turkey, spoke first.",
    ] {
        let got = facts("2005-06-01", text);
        assert!(
            !got.iter()
                .any(|f| f.starts_with("member") || f.starts_with("observer")),
            "{text}: {got:?}"
        );
    }
    // "consists of its four founders, A, B, C and D": members as well as founders.
    check_all(
        "2005-05-30",
        "GUAM now consists of its four founders, Georgia, Ukraine, Azerbaijan and Moldova.",
        [
            each(
                &["Georgia", "Ukraine", "Azerbaijan", "Moldova"],
                "member {} GUAM 2005-05-30 asserted",
            ),
            each(
                &["Georgia", "Ukraine", "Azerbaijan", "Moldova"],
                "founded {} GUAM ..2005-05-30 asserted",
            ),
            strs(&["count GUAM 4 founders 2005-05-30"]),
        ]
        .concat(),
    );
    // "acceded to the Treaty on 31 December": a date after "Treaty on" is no title of a treaty
    // of its own, so "the Treaty" later still means the one named.
    check(
        "1994-01-14",
        "Belarus is now a party to the Treaty on Collective Security. It acceded to the Treaty on \
         31 December. Ukraine and Moldova remain outside the Treaty.",
        &[
            "joined Belarus CST 1993-12-31 asserted",
            "member Belarus CST 1994-01-14 asserted",
            "not_member Moldova CST 1994-01-14 asserted",
            "not_member Ukraine CST 1994-01-14 asserted",
        ],
    );
    // "X alone" as a subject; "is in both organisations".
    check(
        "2001-07-01",
        "Uzbekistan now belongs to GUUAM and to the SCO. Uzbekistan alone sits in both \
         organisations, and Georgia alone has joined neither. Kazakhstan is in both groupings \
         too.",
        &[
            "member Kazakhstan GUAM 2001-07-01 asserted",
            "member Kazakhstan SCO 2001-07-01 asserted",
            "member Uzbekistan GUAM 2001-07-01 asserted",
            "member Uzbekistan GUAM 2001-07-01 asserted",
            "member Uzbekistan SCO 2001-07-01 asserted",
            "member Uzbekistan SCO 2001-07-01 asserted",
        ],
    );
    // "Iranian President X, whose country ...": the state of the adjective titling a person the
    // lexicon does not list.
    check(
        "2009-06-20",
        "The SCO met in Yekaterinburg, where Iranian President Mahmoud Ahmadinejad, whose \
         country has been an SCO observer since 2005, spoke.",
        &[
            "observer Iran SCO 2005..2009-06-20 asserted",
            "office Mahmoud Ahmadinejad president Iran 2009-06-20",
        ],
    );
    // "his battered republic": one adjective before the noun of "his country".
    check(
        "1993-12-11",
        "Eduard Shevardnadze took his battered republic into the CIS on 3 December.",
        &["joined Georgia CIS 1993-12-03 asserted"],
    );
    // "A and B, neither of which is a WTO member": denied up to the copula.
    check(
        "2012-08-27",
        "Russia trades with Belarus and Kazakhstan, neither of which is a WTO member, and with \
         Armenia and Kyrgyzstan, both of which are.",
        &[
            "not_member Belarus WTO 2012-08-27 asserted",
            "not_member Kazakhstan WTO 2012-08-27 asserted",
        ],
    );
    // "Russia, the largest economy still outside the WTO," and "is the largest economy outside
    // the WTO": a ranked noun for one state before the status.
    check(
        "2008-11-24",
        "Russia, the largest economy still outside the WTO, wants in. Kazakhstan is the only \
         big economy outside EurAsEC's customs plans. Ukraine is the biggest country outside \
         the CSTO.",
        &[
            "not_member Russia WTO 2008-11-24 asserted",
            "not_member Ukraine CSTO 2008-11-24 asserted",
        ],
    );
    // "the Russian-Belarusian customs union": adjectives of states compounded before the name.
    check(
        "1995-02-15",
        "Kazakhstan joined the Russian-Belarusian customs union on 20 January.",
        &["joined Kazakhstan CustomsUnion 1995-01-20 asserted"],
    );
    // A superlative set off after the state ("Azerbaijan, the third state to leave the CST in
    // 1999,"), only of an organisation named after its verb, and not when the clause goes on
    // to tell the same step.
    check(
        "2002-10-08",
        "Azerbaijan, the third state to leave the Collective Security Treaty in 1999, sent its \
         president. The CIS met. Georgia, the first state ever to leave the CIS, pulled out in \
         2009.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CIS 2009 asserted",
        ],
    );
    // "the earliest Commonwealth state to enrol"; a bare "enrolled".
    check(
        "1995-03-14",
        "Ukraine, the earliest Commonwealth state to enrol in the Partnership for Peace, is \
         pleased. Russia itself enrolled last June.",
        &[
            "joined Russia PfP 1994-06 asserted",
            "joined Ukraine PfP ..1995-03-14 asserted",
            "member Ukraine CIS 1995-03-14 asserted",
        ],
    );
    // "had in practice stopped taking part in 2002".
    check(
        "2005-05-07",
        "Uzbekistan has left GUUAM. Tashkent had in practice stopped taking part in 2002.",
        &[
            "suspended Uzbekistan GUAM 2002 asserted",
            "withdrew Uzbekistan GUAM ..2005-05-07 asserted",
        ],
    );
    // A dated gerund after "after" or "before" right after a claim (or its comma and a span
    // of time): an event of the claim's states.
    check(
        "2008-11-14",
        "Uzbekistan has suspended its membership of the Eurasian Economic Community, less than \
         three years after joining it in January 2006. Tashkent quit GUUAM in 2005 before \
         returning to the Collective Security Treaty Organization in 2006.",
        &[
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "rejoined Uzbekistan CSTO 2006 asserted",
            "suspended Uzbekistan EurAsEC ..2008-11-14 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
        ],
    );
    // "the alliance" after NATO in another clause of the same sentence; "the Baltic trio".
    check(
        "2004-05-10",
        "Poland joined the EU on 1 May. The border runs along Belarus, Russia and Ukraine; on \
         29 March the Baltic trio had joined NATO, and Poland has been in the alliance since \
         1999.",
        &[
            "joined Estonia NATO 2004-03-29 asserted",
            "joined Latvia NATO 2004-03-29 asserted",
            "joined Lithuania NATO 2004-03-29 asserted",
            "joined Poland EU 2004-05-01 asserted",
            "member Poland NATO 1999..2004-05-10 asserted",
        ],
    );
    // "partners of NATO": partners in the programme NATO runs.
    check(
        "1994-05-12",
        "Only Georgia and Azerbaijan are partners of NATO so far; Armenia and Belarus will be \
         partners of NATO soon.",
        &[
            "member Armenia PfP 1994-05-12 planned",
            "member Azerbaijan PfP 1994-05-12 asserted",
            "member Belarus PfP 1994-05-12 planned",
            "member Georgia PfP 1994-05-12 asserted",
        ],
    );
    // "is not already in EurAsEC"; "Of the six CSTO states, four — A, B, C and D — are ...".
    check(
        "2005-08-30",
        "Uzbekistan is not already in EurAsEC. Of the seven CSTO states, four — Kazakhstan, \
         Kyrgyzstan, Russia and Tajikistan — are also in the SCO.",
        &[
            "member Kazakhstan CSTO 2005-08-30 asserted",
            "member Kazakhstan SCO 2005-08-30 asserted",
            "member Kyrgyzstan CSTO 2005-08-30 asserted",
            "member Kyrgyzstan SCO 2005-08-30 asserted",
            "member Russia CSTO 2005-08-30 asserted",
            "member Russia SCO 2005-08-30 asserted",
            "member Tajikistan CSTO 2005-08-30 asserted",
            "member Tajikistan SCO 2005-08-30 asserted",
            "not_member Uzbekistan EurAsEC 2005-08-30 asserted",
            "count CSTO 7 members 2005-08-30",
        ],
    );
    // A state lowering its own standing to an associate's: dated by its phrase or an opening
    // date, not by the report's.
    check(
        "2005-10-12",
        "Turkmenistan has reduced its participation in the Commonwealth of Independent States \
         to that of an associate member, a step the summit noted on Friday. The CIS met in \
         Kazan. On 26 August Turkmenistan stepped down to the rank of associate member. Russia \
         cut its gas exports to Turkmenistan, an associate member of the CIS.",
        &[
            "associate Turkmenistan CIS 2005-08-26 asserted",
            "associate Turkmenistan CIS 2005-10-12 asserted",
            "associate Turkmenistan CIS 2005-10-12 asserted",
        ],
    );
    // A gapped list's aside may hold an infinitive ("and Belarus - the last to sign up - on 31
    // December").
    check(
        "1994-04-20",
        "The Collective Security Treaty now has nine parties. Azerbaijan joined in September \
         last year, Georgia in December, and Belarus - the last to sign up - on 31 December.",
        &[
            "count CST 9 members 1994-04-20",
            "joined Azerbaijan CST 1993-09 asserted",
            "joined Belarus CST 1993-12-31 asserted",
            "joined Georgia CST 1993-12 asserted",
        ],
    );
}

#[test]
fn the_thirty_fifth_sessions_review_cases() {
    // "the alliance": not NATO when another organisation was named after it, when NATO is only
    // compared with, or when "the alliance" is one led by another.
    for (text, want) in [
        (
            "Estonia joined NATO in March, while Armenia is in the CSTO and Belarus has been in \
             the alliance since 1992.",
            "member Belarus CSTO 1992..2004-06-16 asserted",
        ),
        (
            "The CSTO, Moscow's counterweight to NATO, held drills; Tajikistan has been in the \
             alliance since 1992.",
            "member Tajikistan CSTO 1992..2004-06-16 asserted",
        ),
    ] {
        let got = facts("2004-06-16", text);
        assert!(got.contains(&want.to_string()), "{text}: {got:?}");
        assert!(
            !got.iter().any(|f| f.contains("NATO 1992")),
            "{text}: {got:?}"
        );
    }
    check(
        "2004-06-16",
        "Armenia courts NATO but has been a loyal member of the alliance led by Moscow since \
         1992.",
        &[],
    );
    check(
        "1999-05-04",
        "Speaking of NATO: in March, the alliance took in Poland.",
        &["joined Poland NATO 1999-03 asserted"],
    );
    // "NATO partners" may be its members: only states of the region's own groupings (by the
    // reference timeline) are the programme's partners.
    check(
        "1998-05-12",
        "Georgia and Azerbaijan are NATO partners.",
        &[
            "member Azerbaijan PfP 1998-05-12 asserted",
            "member Georgia PfP 1998-05-12 asserted",
        ],
    );
    check(
        "2005-06-16",
        "Estonia and Latvia, NATO partners since 2004, share air policing. Lithuania, \
         Poland's NATO partner, backed Ukraine's bid.",
        &[
            "member Estonia NATO 2004..2005-06-16 asserted",
            "member Latvia NATO 2004..2005-06-16 asserted",
            "member Lithuania NATO 2005-06-16 asserted",
        ],
    );
    // "both organisations" after three were named: which two, we cannot tell.
    check(
        "2004-06-16",
        "The SCO and GUUAM met this week while the CIS stayed silent. Uzbekistan is in both \
         organisations.",
        &[],
    );
    // A bare "enrolled" with an object, or after a copula, is no joining.
    check(
        "1995-06-16",
        "NATO's Partnership for Peace is growing. Georgia enrolled 200 troops in a PfP exercise \
         in 1995.",
        &[],
    );
    // The one member set off before its state is not one told leaving.
    check(
        "2005-05-10",
        "GUUAM's fifth member, Uzbekistan, announced its exit.",
        &[],
    );
    // A ranked noun after a hedged copula is hedged; a likelihood is no superlative event.
    check(
        "2006-06-16",
        "According to critics, Russia is the largest economy outside the WTO. Armenia, the last \
         state likely to leave the CST, hosted the drills.",
        &["not_member Russia WTO 2006-06-16 hedged"],
    );
    // "whose country" after a titled person the lexicon does not list, by the title's
    // adjective or possessive, and of the person named right before it.
    check(
        "2006-06-16",
        "Russian President Vladimir Putin met Iranian President Mahmoud Ahmadinejad, whose \
         country has been an SCO observer since 2005. Iran's president, Mahmoud Ahmadinejad, \
         whose country joined the SCO as an observer in 2005, spoke next.",
        &[
            "observer Iran SCO 2005 asserted",
            "observer Iran SCO 2005..2006-06-16 asserted",
            "office Mahmoud Ahmadinejad president Iran 2006-06-16",
            "office Mahmoud Ahmadinejad president Iran 2006-06-16",
            "office Vladimir Putin president Russia 2006-06-16",
        ],
    );
    // A dated gerund right after its claim with no comma ("only after joining it"); "before
    // suspending its membership in 2008".
    check(
        "2009-06-16",
        "Uzbekistan joined EurAsEC in 2006, before suspending its membership in 2008. Georgia \
         joined the WTO only after leaving the CST in 1999.",
        &[
            "joined Georgia WTO ..2009-06-16 asserted",
            "joined Uzbekistan EurAsEC 2006 asserted",
            "suspended Uzbekistan EurAsEC 2008 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
    // "the Treaty on Conventional Armed Forces in Europe" is a treaty titled on its own, not the
    // one named before; "a key trading partner of the EU" is no membership.
    check(
        "1994-06-10",
        "The Collective Security Treaty was signed in Tashkent in 1992. Belarus signed the \
         Treaty on Conventional Armed Forces in Europe in 1992. Russia is a key trading partner \
         of the EU.",
        &[],
    );
    // "became a CSTO member", "became an SCO observer": a status taken up, the organisation
    // before the noun (dated by its phrase or an opening date).
    check(
        "2006-06-16",
        "Iran became an SCO observer in 2005. Armenia became a CSTO member in 2002. On 5 \
         February 2003 Armenia became a WTO member. Armenia never became a NATO member.",
        &[
            "joined Armenia CSTO 2002 asserted",
            "joined Armenia WTO 2003-02-05 asserted",
            "observer Iran SCO 2005 asserted",
        ],
    );
    // "sit with Russia in the CSTO and the SCO": each of a list, "both" or not (not a second
    // verb's object: "sits with Russia in the CSTO and has few friends").
    check(
        "2006-06-16",
        "Kazakhstan sits with Russia in the CSTO and the SCO. Armenia sits with Russia in the \
         CSTO and has few friends.",
        &[
            "member Armenia CSTO 2006-06-16 asserted",
            "member Kazakhstan CSTO 2006-06-16 asserted",
            "member Kazakhstan SCO 2006-06-16 asserted",
            "member Russia CSTO 2006-06-16 asserted",
            "member Russia CSTO 2006-06-16 asserted",
            "member Russia SCO 2006-06-16 asserted",
        ],
    );
}

#[test]
fn the_thirty_sixth_sessions_constructions() {
    // A list set off after a possessed noun in an organisation ("Russia's two partners in the
    // customs union, Belarus and Kazakhstan, are not WTO members").
    check(
        "2012-09-12",
        "Russia's two partners in the customs union, Belarus and Kazakhstan, are not WTO \
         members. Armenia's neighbour, Azerbaijan, left the CST in 1999.",
        &[
            "member Belarus CustomsUnion 2012-09-12 asserted",
            "member Kazakhstan CustomsUnion 2012-09-12 asserted",
            "not_member Belarus WTO 2012-09-12 asserted",
            "not_member Kazakhstan WTO 2012-09-12 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
        ],
    );
    // A meeting's host is not what a later bare "followed" joined ("set up at NATO's Brussels
    // summit"); "the first CIS state to join, in February" joined what was talked of, and is a
    // CIS member.
    check(
        "1994-06-23",
        "Meanwhile the Partnership for Peace, set up at NATO's Brussels summit in January, has drawn in \
         most of the region. Ukraine was the first CIS state to join, on 8 February. Moldova and \
         Georgia followed in March.",
        &[
            "founded - PfP 1994-01 asserted",
            "joined Georgia PfP 1994-03 asserted",
            "joined Moldova PfP 1994-03 asserted",
            "joined Ukraine PfP 1994-02-08 asserted",
            "member Ukraine CIS 1994-06-23 asserted",
        ],
    );
    // A short sentence naming nothing passes on what the one before named and told; "the
    // earliest Commonwealth state to enrol" is not of the Commonwealth.
    check(
        "1994-05-12",
        "Azerbaijan joined the alliance's Partnership for Peace on 4 May, and Turkmenistan — \
         which has never put its name to the Tashkent pact — followed on 10 May.\n\nThey are \
         hardly the first. Ukraine, the earliest Commonwealth state to enrol, joined in \
         February, and Moldova and Georgia came in during March.",
        &[
            "joined Azerbaijan PfP 1994-05-04 asserted",
            "joined Georgia PfP 1994-03 asserted",
            "joined Moldova PfP 1994-03 asserted",
            "joined Turkmenistan PfP 1994-05-10 asserted",
            "joined Ukraine PfP 1994-02 asserted",
            "signed Turkmenistan CST ..1994-05-12 negated",
        ],
    );
    // "followed it in March", "followed later in 1994" (not "followed it with sanctions").
    check(
        "1995-12-14",
        "In February Ukraine joined NATO's Partnership for Peace, and Moldova followed it in \
         March. Turkmenistan joined the CIS in 1991, and Kazakhstan followed later in 1994. \
         Azerbaijan joined the CIS in 1993 and Georgia followed it with sanctions.",
        &[
            "joined Azerbaijan CIS 1993 asserted",
            "joined Kazakhstan CIS 1994 asserted",
            "joined Moldova PfP 1995-03 asserted",
            "joined Turkmenistan CIS 1991 asserted",
            "joined Ukraine PfP 1995-02 asserted",
        ],
    );
    // "The Kyrgyz", "the Turkmen": a state whose lexicon entry lists no peoples names them by its
    // adjective (with a verb or a comma after it; not "the Kyrgyz delegation").
    check(
        "2000-10-25",
        "The Kyrgyz, meanwhile, joined the WTO in December 1998. The Turkmen never joined the \
         CSTO. The Kyrgyz delegation left the SCO summit early.",
        &[
            "joined Kyrgyzstan WTO 1998-12 asserted",
            "joined Turkmenistan CSTO ..2000-10-25 negated",
        ],
    );
}

#[test]
fn the_thirty_sixth_sessions_groups_and_questions() {
    // "All six" after a list of six paragraphs back, past a shorter list (not "the three
    // departures", which counts no states).
    check(
        "1992-05-17",
        "On Friday Russia, Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Armenia signed the \
         Collective Security Treaty.\n\nNot everyone was persuaded. Ukraine did not sign, and \
         neither did Moldova or Turkmenistan.\n\nAll six are members of the Commonwealth of \
         Independent States.",
        &[
            "member Armenia CIS 1992-05-17 asserted",
            "member Kazakhstan CIS 1992-05-17 asserted",
            "member Kyrgyzstan CIS 1992-05-17 asserted",
            "member Russia CIS 1992-05-17 asserted",
            "member Tajikistan CIS 1992-05-17 asserted",
            "member Uzbekistan CIS 1992-05-17 asserted",
            "signed Armenia CST 1992-05-15 asserted",
            "signed Kazakhstan CST 1992-05-15 asserted",
            "signed Kyrgyzstan CST 1992-05-15 asserted",
            "signed Moldova CST ..1992-05-17 negated",
            "signed Russia CST 1992-05-15 asserted",
            "signed Tajikistan CST 1992-05-15 asserted",
            "signed Turkmenistan CST ..1992-05-17 negated",
            "signed Ukraine CST ..1992-05-17 negated",
            "signed Uzbekistan CST 1992-05-15 asserted",
        ],
    );
    // A question closing a quotation, and one asked of "those four", tell no more than that it
    // may be so.
    check(
        "2005-05-20",
        "GUAM groups Georgia, Ukraine, Azerbaijan and Moldova. A reader asks: \"Is GUAM now a \
         rival to our Commonwealth? Will those four leave it?\"",
        &[
            "member Azerbaijan GUAM 2005-05-20 asserted",
            "member Georgia GUAM 2005-05-20 asserted",
            "member Moldova GUAM 2005-05-20 asserted",
            "member Ukraine GUAM 2005-05-20 asserted",
            "withdrew Azerbaijan CIS 2005-05-20.. hedged",
            "withdrew Georgia CIS 2005-05-20.. hedged",
            "withdrew Moldova CIS 2005-05-20.. hedged",
            "withdrew Ukraine CIS 2005-05-20.. hedged",
        ],
    );
    // "remain committed members" (of what was talked of); "was never an enthusiastic member"
    // denies the quality, not the membership.
    check(
        "1999-02-12",
        "Uzbekistan quit the Collective Security Treaty. Armenia and Russia remain committed \
         members. Georgia was never an enthusiastic member of the CIS.",
        &[
            "member Armenia CST 1999-02-12 asserted",
            "member Russia CST 1999-02-12 asserted",
            "withdrew Uzbekistan CST ..1999-02-12 asserted",
        ],
    );
    // A bare "became a member" joins what the sentence is about (not "a member of
    // parliament").
    check(
        "2000-10-26",
        "Kyrgyzstan joined the WTO in 1998, and Georgia became a member in June. Karimov became \
         a member of parliament in 1990.",
        &[
            "joined Georgia WTO 2000-06 asserted",
            "joined Kyrgyzstan WTO 1998 asserted",
        ],
    );
    // "an EU and NATO member" is a member of each; "not an EU or NATO member" of neither; "an
    // EU or NATO member" tells nothing.
    check(
        "2009-09-03",
        "Latvia, an EU and NATO member, is the western gate. As EU and NATO members, Estonia and \
         Lithuania want more. Georgia is not an EU or NATO member. Ukraine, an EU or NATO member \
         some day, waits.",
        &[
            "member Estonia EU 2009-09-03 asserted",
            "member Estonia NATO 2009-09-03 asserted",
            "member Latvia EU 2009-09-03 asserted",
            "member Latvia NATO 2009-09-03 asserted",
            "member Lithuania EU 2009-09-03 asserted",
            "member Lithuania NATO 2009-09-03 asserted",
            "not_member Georgia EU 2009-09-03 asserted",
            "not_member Georgia NATO 2009-09-03 asserted",
        ],
    );
    // "signed its founding treaty that day" (a date, not a relative clause), not past a
    // participle's clause naming something else ("turning an old customs union into ...";
    // but ", turning the CST into the CSTO" names what the charter makes).
    check(
        "2000-10-26",
        "The Eurasian Economic Community was founded in Astana on 10 October. Russia and \
         Belarus signed its founding treaty that day, turning an old customs union into \
         something new.",
        &[
            "founded - EurAsEC 2000-10-10 asserted",
            "signed Belarus EurAsEC 2000-10-10 asserted",
            "signed Russia EurAsEC 2000-10-10 asserted",
        ],
    );
    check(
        "2002-10-14",
        "Armenia and Russia signed the charter, turning the CST into the CSTO.",
        &[
            "signed Armenia CSTO ..2002-10-14 asserted",
            "signed Russia CSTO ..2002-10-14 asserted",
        ],
    );
}

#[test]
fn the_thirty_sixth_sessions_review_cases() {
    // "followed" of a state inside something else's phrase copies nothing ("A protest from
    // Russia followed soon after").
    check(
        "1994-06-01",
        "Ukraine joined the Partnership for Peace in February. A protest from Russia followed \
         soon after. Elections in Moldova followed it in March.",
        &["joined Ukraine PfP 1994-02 asserted"],
    );
    // The superlative's own bare verb, whatever the noun or the verb ("the last CIS
    // heavyweight to join", "the only CIS state not to join", "the first member of the CIS to
    // be admitted", "the first CIS state to leave"); not "invited to join"; "the first
    // non-NATO state" is no NATO member; "a NATO official said" is the least likely meant.
    check(
        "1994-06-01",
        "The Partnership for Peace now has 20 members. Ukraine was the first CIS state to join. \
         Belarus was the first CIS state invited to join. Russia was the only CIS state not to \
         join. Moldova was the first non-NATO state to join, in March.",
        &[
            "count PfP 20 members 1994-06-01",
            "joined Moldova PfP 1994-03 asserted",
            "joined Russia PfP ..1994-06-01 negated",
            "joined Ukraine PfP ..1994-06-01 asserted",
            "member Russia CIS 1994-06-01 asserted",
            "member Ukraine CIS 1994-06-01 asserted",
        ],
    );
    check(
        "2009-09-01",
        "The CSTO has seven members. Uzbekistan was the first CIS state to leave, in 1999. The \
         WTO has grown. Russia is the last CIS heavyweight to join.",
        &[
            "count CSTO 7 members 2009-09-01",
            "joined Russia WTO ..2009-09-01 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    check(
        "1994-06-01",
        "\"The Partnership for Peace is open,\" a NATO official said. \"Ukraine was the first CIS \
         state to join, on 8 February.\"",
        &[
            "joined Ukraine PfP 1994-02-08 asserted",
            "member Ukraine CIS 1994-06-01 asserted",
        ],
    );
    // A bare "became a member": not a person's own, nor of an organisation a sentence only
    // named in passing.
    check(
        "2003-02-06",
        "Kyrgyzstan joined the WTO in 1998. The EU welcomed it. Georgia became a member in June \
         2000. Heydar Aliyev became a member in 1982.",
        &["joined Kyrgyzstan WTO 1998 asserted"],
    );
    // A bare "members" is not of the organisation the subject's own phrase is in; "a
    // prospective EU and NATO member" tells nothing; "both" after "All six" is the pair left.
    check(
        "2005-03-01",
        "Russia's two partners in the customs union, Belarus and Kazakhstan, are not members. \
         Ukraine is a prospective EU and NATO member.",
        &[
            "member Belarus CustomsUnion 2005-03-01 asserted",
            "member Kazakhstan CustomsUnion 2005-03-01 asserted",
        ],
    );
    check(
        "2005-03-01",
        "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan stayed in the CSTO. \
         Georgia and Ukraine want NATO membership. All six are members of the CIS, and both are \
         members of GUAM.",
        &[
            "member Armenia CIS 2005-03-01 asserted",
            "member Armenia CSTO ..2005-03-01 asserted",
            "member Belarus CIS 2005-03-01 asserted",
            "member Belarus CSTO ..2005-03-01 asserted",
            "member Georgia GUAM 2005-03-01 asserted",
            "member Kazakhstan CIS 2005-03-01 asserted",
            "member Kazakhstan CSTO ..2005-03-01 asserted",
            "member Kyrgyzstan CIS 2005-03-01 asserted",
            "member Kyrgyzstan CSTO ..2005-03-01 asserted",
            "member Russia CIS 2005-03-01 asserted",
            "member Russia CSTO ..2005-03-01 asserted",
            "member Tajikistan CIS 2005-03-01 asserted",
            "member Tajikistan CSTO ..2005-03-01 asserted",
            "member Ukraine GUAM 2005-03-01 asserted",
        ],
    );
    // One leaves what one is in ("the first CIS state to leave" the CIS talked of); "both EU
    // and NATO members".
    check(
        "2009-09-01",
        "The CIS has 11 members. Georgia was the first CIS state to leave, in August. Belarus \
         borders Lithuania and Latvia, both EU and NATO members.",
        &[
            "count CIS 11 members 2009-09-01",
            "member Latvia EU 2009-09-01 asserted",
            "member Latvia NATO 2009-09-01 asserted",
            "member Lithuania EU 2009-09-01 asserted",
            "member Lithuania NATO 2009-09-01 asserted",
            "withdrew Georgia CIS 2009-08 asserted",
        ],
    );
    // "both" in an aside is not the pair of the sentence before (the generated archive's
    // trap: "A, B, C—both under heavy pressure at the time—acceded").
    check(
        "1997-03-03",
        "Armenia and Uzbekistan acceded to the CIS in 1991. Kazakhstan, Kyrgyzstan and \
         Moldova—both under heavy pressure at the time—acceded to the CIS in 1991.",
        &[
            "joined Armenia CIS 1991 asserted",
            "joined Kazakhstan CIS 1991 asserted",
            "joined Kyrgyzstan CIS 1991 asserted",
            "joined Moldova CIS 1991 asserted",
            "joined Uzbekistan CIS 1991 asserted",
        ],
    );
}

#[test]
fn the_thirty_seventh_sessions_constructions() {
    // A fronted denial ("Not yet a member of ..., Georgia"), and not when the sentence goes on
    // to tell the state joined; a plan to join is no such telling.
    check(
        "2007-11-22",
        "Not yet a member of the Atlantic alliance, Georgia wants to join NATO. Not yet a WTO \
         member, Kazakhstan joined the customs union in 2010. Not yet a WTO member, Russia \
         joined in 2012.",
        &[
            "joined Georgia NATO 2007-11-22.. planned",
            "joined Kazakhstan CustomsUnion 2010 asserted",
            "joined Russia WTO 2012 asserted",
            "not_member Georgia NATO 2007-11-22 asserted",
            "not_member Kazakhstan WTO 2007-11-22 asserted",
        ],
    );
    // "belonged since 1996 to": the period between the verb and its object.
    check(
        "1998-10-22",
        "Kyrgyzstan has belonged since 1996 to the Moscow-led customs union. Armenia belongs \
         since May 1992 to the Collective Security Treaty.",
        &[
            "member Armenia CST 1992-05..1998-10-22 asserted",
            "member Kyrgyzstan CustomsUnion 1996..1998-10-22 asserted",
        ],
    );
    // An aside opened by "as" between an organisation and its verb; a document's date between
    // it and "restoring".
    check(
        "2006-08-17",
        "GUAM, as it renamed itself at a Kyiv summit in May, still groups Georgia, Ukraine, \
         Azerbaijan and Moldova. Uzbekistan signed a protocol on Wednesday restoring its \
         membership of the Collective Security Treaty Organisation.",
        &[
            "member Azerbaijan GUAM 2006-08-17 asserted",
            "member Georgia GUAM 2006-08-17 asserted",
            "member Moldova GUAM 2006-08-17 asserted",
            "member Ukraine GUAM 2006-08-17 asserted",
            "rejoined Uzbekistan CSTO 2006-08-16 asserted",
        ],
    );
    // A counted noun of another number is not the group before ("Nine states" are not the
    // four).
    check(
        "2004-04-02",
        "Latvia, Estonia, Bulgaria and Romania joined NATO on Monday. Nine states are members \
         of it.",
        &[
            "joined Bulgaria NATO 2004-03-29 asserted",
            "joined Estonia NATO 2004-03-29 asserted",
            "joined Latvia NATO 2004-03-29 asserted",
            "joined Romania NATO 2004-03-29 asserted",
        ],
    );
    // A count of the states, some of them named after "among them" or "including"; an event
    // dated after the article is a plan however it is told.
    check(
        "2004-05-04",
        "On Saturday ten countries joined the European Union, among them Poland and Latvia. \
         Four states joined NATO in March, including Estonia.",
        &[
            "joined Estonia NATO 2004-03 asserted",
            "joined Latvia EU 2004-05-01 asserted",
            "joined Poland EU 2004-05-01 asserted",
            "member Estonia NATO 2004-05-04 asserted",
        ],
    );
    check(
        "2004-04-30",
        "Ten states join the European Union tomorrow, among them Estonia and Lithuania.",
        &[
            "joined Estonia EU 2004-05-01 planned",
            "joined Lithuania EU 2004-05-01 planned",
        ],
    );
    // The date of a "when" clause opening the sentence dates a staying; "the declaration that
    // founds" the organisation.
    check(
        "2002-10-08",
        "The Tashkent Treaty was signed in May 1992. When it came up for renewal in 1999, \
         Armenia and Russia stayed in. Today all six, China, Russia, Kazakhstan, Kyrgyzstan, \
         Tajikistan and Uzbekistan, signed the declaration that founds the Shanghai Cooperation \
         Organisation.",
        &[
            "member Armenia CST 1999 asserted",
            "member Russia CST 1999 asserted",
            "signed China SCO 2002-10-08 asserted",
            "signed Kazakhstan SCO 2002-10-08 asserted",
            "signed Kyrgyzstan SCO 2002-10-08 asserted",
            "signed Russia SCO 2002-10-08 asserted",
            "signed Tajikistan SCO 2002-10-08 asserted",
            "signed Uzbekistan SCO 2002-10-08 asserted",
        ],
    );
    // A meeting's date dates the members listed as meeting; a listing told in the present is
    // at the article's date, whatever the date of the event around it.
    check(
        "2009-02-09",
        "Meeting on 4 February, the CSTO's three members, Armenia, Belarus and Russia, agreed \
         on a force. At its summit on 5 January the SCO, whose two members are China and \
         Russia, called for calm.",
        &[
            "count CSTO 3 members 2009-02-09",
            "count SCO 2 members 2009-02-09",
            "member Armenia CSTO 2009-02-04 asserted",
            "member Belarus CSTO 2009-02-04 asserted",
            "member China SCO 2009-02-09 asserted",
            "member Russia CSTO 2009-02-04 asserted",
            "member Russia SCO 2009-02-09 asserted",
        ],
    );
    // "governments" counted and spelt out; a day named after a one-word opening ("Still,")
    // is the story's day for "that day" in the next sentence.
    check(
        "1992-06-11",
        "Still, the agreement concluded in Tashkent on 15 May deserves a few paragraphs. Two \
         governments put their names to the Collective Security Treaty that day: Russia and \
         Armenia.",
        &[
            "count CST 2 signatories 1992-05-15",
            "signed Armenia CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
        ],
    );
    // One "it" as the subject of two clauses, the states between them objects.
    check(
        "2006-08-23",
        "Tashkent left GUUAM in May 2005. After the Andijan killings it expelled the Americans, \
         signed a treaty with Moscow, and in January it joined the Eurasian Economic Community.",
        &[
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
    // A hedge on the clause is not on a listing set off by a dash in it, nor on one a "whose"
    // clause tells.
    check(
        "1999-02-15",
        "Uzbek officials are said to be in talks with the GUAM group—Georgia, Ukraine, \
         Azerbaijan and Moldova—about closer ties. Kyrgyz officials are said to be worried about \
         being left in the Collective Security Treaty, a bloc whose only other Central Asian \
         members are Kazakhstan and Tajikistan.",
        &[
            "member Azerbaijan GUAM 1999-02-15 asserted",
            "member Georgia GUAM 1999-02-15 asserted",
            "member Kazakhstan CST 1999-02-15 asserted",
            "member Moldova GUAM 1999-02-15 asserted",
            "member Tajikistan CST 1999-02-15 asserted",
            "member Ukraine GUAM 1999-02-15 asserted",
        ],
    );
    // A wire's bare weekday after a place dates the event ("here Friday", "in Tashkent
    // Friday"; "Friday's summit" is no date); a starting point after "since" dates nothing;
    // "the Commonwealth's own collective security treaty" is the treaty.
    check(
        "1992-05-15",
        "Russia and Armenia signed a collective security treaty here Friday. Kazakhstan signed \
         the Tashkent Treaty in Tashkent Friday. Uzbekistan and Kyrgyzstan belong to the \
         Commonwealth's own collective security treaty.",
        &[
            "member Kyrgyzstan CST 1992-05-15 asserted",
            "member Uzbekistan CST 1992-05-15 asserted",
            "signed Armenia CST 1992-05-15 asserted",
            "signed Kazakhstan CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
        ],
    );
    check(
        "2009-08-21",
        "Georgia is the first state to leave the Commonwealth since its foundation in 1991.",
        &["withdrew Georgia CIS ..2009-08-21 asserted"],
    );
    // A relative clause inside a participle's phrase does not date the event before it ("that
    // began after last year's violence"); "to that effect" is no relative clause.
    check(
        "2006-06-23",
        "Uzbekistan rejoined the Collective Security Treaty Organization on Friday, seven years \
         after it walked out of the alliance's forerunner, completing a turn that began after \
         last year's violence. Belarus suspended its membership of the CIS, sending the \
         secretariat a note to that effect in June.",
        &[
            "rejoined Uzbekistan CSTO 2006-06-23 asserted",
            "suspended Belarus CIS 2006-06 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    // (from the session's black-box review) A report's weekday after a place does not date
    // the event; "Not only a member of ..." is no denial.
    check(
        "2006-08-19",
        "Uzbekistan has rejoined the CSTO, officials said in Tashkent Friday. Belarus quit \
         GUUAM, officials in Minsk Friday said. Not only a member of the CSTO, Armenia also \
         belongs to the CIS.",
        &[
            "member Armenia CIS 2006-08-19 asserted",
            "rejoined Uzbekistan CSTO ..2006-08-19 asserted",
            "withdrew Belarus GUAM ..2006-08-19 asserted",
        ],
    );
    // An event told in the present with a day and no year is the next such day, and a plan
    // (not a perfect, "has become"); a bare "later" after the object leaves the event
    // undated; "its neighbours, including A and B" are no members.
    check(
        "2004-04-30",
        "Estonia and Latvia join the European Union on May 1. Turkmenistan has become an \
         associate member of the CIS. Ten countries joined the EU on Saturday, a move welcomed \
         by its neighbours, including Ukraine and Moldova.",
        &[
            "associate Turkmenistan CIS 2004-04-30 asserted",
            "joined Estonia EU 2004-05-01 planned",
            "joined Latvia EU 2004-05-01 planned",
        ],
    );
    check(
        "1992-05-20",
        "The Collective Security Treaty was signed in Tashkent on 15 May. Armenia signed it that \
         day, and Belarus signed it later.",
        &[
            "signed Armenia CST 1992-05-15 asserted",
            "signed Belarus CST ..1992-05-20 asserted",
        ],
    );
    // A "but" inside a relative clause set off by commas does not end the clause.
    check(
        "1998-07-03",
        "China and Russia launched the Shanghai Five in April 1996. Uzbekistan, which borders \
         Kazakhstan but shares no frontier with China, is not a member of the group.",
        &[
            "founded China SCO 1996-04 asserted",
            "founded Russia SCO 1996-04 asserted",
            "not_member Uzbekistan SCO 1998-07-03 asserted",
        ],
    );
}

#[test]
fn the_thirty_ninth_sessions_constructions() {
    // A list set off after the noun it spells out ("the remaining four", "the leaders of the
    // organisation") as the subject of a dated past event holds at that date, as gold-format.md
    // says; so does one after a day counted back ("Last Thursday in Almaty, ...") or a wire's
    // bare weekday ("agreed here Thursday").
    check(
        "2005-05-06",
        "In early May Uzbekistan formally left GUUAM; the remaining four — Georgia, Ukraine, \
         Azerbaijan and Moldova — had already met without it in Chisinau on 22 April.",
        &[
            "member Azerbaijan GUAM 2005-04-22 asserted",
            "member Georgia GUAM 2005-04-22 asserted",
            "member Moldova GUAM 2005-04-22 asserted",
            "member Ukraine GUAM 2005-04-22 asserted",
            "withdrew Uzbekistan GUAM 2005-05 asserted",
        ],
    );
    check(
        "2005-10-11",
        "Last Thursday in Almaty, the leaders of the Central Asian Cooperation Organization — \
         Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan — agreed to merge with the Eurasian \
         Economic Community.",
        &[
            "member Kazakhstan CACO 2005-10-06 asserted",
            "member Kyrgyzstan CACO 2005-10-06 asserted",
            "member Tajikistan CACO 2005-10-06 asserted",
            "member Uzbekistan CACO 2005-10-06 asserted",
        ],
    );
    check(
        "2008-09-05",
        "Leaders of the CSTO -- Russia, Armenia, Belarus and Kazakhstan -- agreed here Thursday \
         to back Moscow.",
        &[
            "member Armenia CSTO 2008-09-04 asserted",
            "member Belarus CSTO 2008-09-04 asserted",
            "member Kazakhstan CSTO 2008-09-04 asserted",
            "member Russia CSTO 2008-09-04 asserted",
        ],
    );
    // Not a list that says it is told now ("the states that remain in it"), nor one whose date
    // is a report's.
    check(
        "1999-05-12",
        "The presidents of the six states that remain in the Collective Security Treaty — \
         Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan — met in Moscow on 2 \
         April.",
        &[
            "count CST 6 members 1999-05-12",
            "member Armenia CST 1999-05-12 asserted",
            "member Belarus CST 1999-05-12 asserted",
            "member Kazakhstan CST 1999-05-12 asserted",
            "member Kyrgyzstan CST 1999-05-12 asserted",
            "member Russia CST 1999-05-12 asserted",
            "member Tajikistan CST 1999-05-12 asserted",
        ],
    );
    // "all four of them parties" is the whole group, like "all of them"; "itself a party" set
    // off after a state is a party to the treaty the discourse is about, and not "a party" to
    // a deal.
    check(
        "1995-09-13",
        "Russian troops guard the frontier with help from Russia, Kazakhstan, Kyrgyzstan and \
         Uzbekistan, all four of them parties to the Tashkent Treaty. Tajikistan, itself a \
         party, pays for none of it.",
        &[
            "member Kazakhstan CST 1995-09-13 asserted",
            "member Kyrgyzstan CST 1995-09-13 asserted",
            "member Russia CST 1995-09-13 asserted",
            "member Tajikistan CST 1995-09-13 asserted",
            "member Uzbekistan CST 1995-09-13 asserted",
        ],
    );
    check(
        "1995-09-13",
        "Russia signed a gas deal with Turkmenistan. Iran, also a party, objected.",
        &[],
    );
    // Others the status is shared with, between the noun and the organisation.
    check(
        "1996-05-08",
        "Kazakhstan and Kyrgyzstan, which are parties alongside Russia to the Collective \
         Security Treaty, signed the accord. Armenia is a member, along with Belarus, of the \
         CIS.",
        &[
            "member Armenia CIS 1996-05-08 asserted",
            "member Belarus CIS 1996-05-08 asserted",
            "member Kazakhstan CST 1996-05-08 asserted",
            "member Kyrgyzstan CST 1996-05-08 asserted",
            "member Russia CST 1996-05-08 asserted",
        ],
    );
    // A reduced relative clause describing the object, with a date of its own, does not date
    // the event; the one before the subject does.
    check(
        "1993-12-29",
        "This month Georgia joined the Commonwealth of Independent States, a body Eduard \
         Shevardnadze spent most of last year denouncing.",
        &["joined Georgia CIS 1993-12 asserted"],
    );
    // "Joining them ... were A, B and C" after the founding, a place and a date between.
    check(
        "1991-12-27",
        "Russia, Ukraine and Belarus founded the Commonwealth of Independent States on 8 \
         December. Joining them in Alma-Ata on 21 December were Armenia, Azerbaijan and \
         Kazakhstan.",
        &[
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "joined Armenia CIS 1991-12-21 asserted",
            "joined Azerbaijan CIS 1991-12-21 asserted",
            "joined Kazakhstan CIS 1991-12-21 asserted",
        ],
    );
    // An irregular past tense tells the listing's event too.
    check(
        "2010-08-25",
        "The customs union's three members, Russia, Belarus and Kazakhstan, brought a common \
         customs code into force in July.",
        &[
            "count CustomsUnion 3 members 2010-07",
            "member Belarus CustomsUnion 2010-07 asserted",
            "member Kazakhstan CustomsUnion 2010-07 asserted",
            "member Russia CustomsUnion 2010-07 asserted",
        ],
    );
    // "but not to the new union" points back; what the states are to join is what they lack.
    check(
        "2007-10-25",
        "Russia, Belarus and Kazakhstan signed a treaty creating a customs union. Kyrgyzstan \
         and Tajikistan, which belong to the Eurasian community but not to the new union, are \
         expected to join it later.",
        &[
            "joined Kyrgyzstan CustomsUnion 2007-10-25.. planned",
            "joined Tajikistan CustomsUnion 2007-10-25.. planned",
            "member Kyrgyzstan EurAsEC 2007-10-25 asserted",
            "member Tajikistan EurAsEC 2007-10-25 asserted",
            "not_member Kyrgyzstan CustomsUnion 2007-10-25 asserted",
            "not_member Tajikistan CustomsUnion 2007-10-25 asserted",
            "signed Belarus CustomsUnion ..2007-10-25 asserted",
            "signed Kazakhstan CustomsUnion ..2007-10-25 asserted",
            "signed Russia CustomsUnion ..2007-10-25 asserted",
        ],
    );
    // (from the session's review) The appositives read this session say nothing where the
    // sentence tells the state left or bounds the status in time; "Joining them" takes the
    // founding's year whatever else the sentence dates; a description closed by a comma leaves
    // the date after it to the event.
    check(
        "2001-06-01",
        "The Tashkent Treaty was renewed in 1999. Azerbaijan, also a party, pulled out that \
         year. Uzbekistan, a party alongside Georgia to the Tashkent Treaty, quit it in 1999. \
         Georgia, Azerbaijan and Uzbekistan, all three of them parties to the Tashkent Treaty \
         until 1999, met in Baku.",
        &[
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    check(
        "2001-12-10",
        "Russia, Ukraine and Belarus founded the CIS on 8 December 1991. Joining them in \
         Alma-Ata on 21 December were Kazakhstan and Kyrgyzstan, which had declared \
         independence in 1991.",
        &[
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "joined Kazakhstan CIS 1991-12-21 asserted",
            "joined Kyrgyzstan CIS 1991-12-21 asserted",
        ],
    );
    check(
        "1994-03-01",
        "Georgia joined the CIS, a body Shevardnadze spent last year denouncing, in 1993.",
        &["joined Georgia CIS 1993 asserted"],
    );
    // A return told by a relative clause on the last state of a list is that state's when the
    // reference timeline has the others in the organisation a year before and it not; a
    // joining the whole list shares stays with all of them.
    check(
        "2006-10-11",
        "The leaders of the CSTO - Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan \
         and Uzbekistan, which rejoined in August - met in Minsk. Russia, Armenia and Belarus, \
         which joined the CIS in 1991, met on Friday.",
        &[
            "joined Armenia CIS 1991 asserted",
            "joined Belarus CIS 1991 asserted",
            "joined Russia CIS 1991 asserted",
            "member Armenia CSTO 2006-10-11 asserted",
            "member Belarus CSTO 2006-10-11 asserted",
            "member Kazakhstan CSTO 2006-10-11 asserted",
            "member Kyrgyzstan CSTO 2006-10-11 asserted",
            "member Russia CSTO 2006-10-11 asserted",
            "member Tajikistan CSTO 2006-10-11 asserted",
            "member Uzbekistan CSTO 2006-10-11 asserted",
            "rejoined Uzbekistan CSTO 2006-08 asserted",
        ],
    );
    // "all three GUAM members" after a list counts the states listed, not the organisation.
    check(
        "2003-05-01",
        "Georgia, Ukraine and Moldova, all three GUAM members, signed the statement.",
        &[
            "member Georgia GUAM 2003-05-01 asserted",
            "member Moldova GUAM 2003-05-01 asserted",
            "member Ukraine GUAM 2003-05-01 asserted",
        ],
    );
    // A plan to "join it" by a state said to belong to the organisation of its own sentence is
    // of the one the sentence before was about.
    check(
        "2007-10-25",
        "Russia, Belarus and Kazakhstan launched a customs union this month. Kyrgyzstan, a \
         member of the Eurasian Economic Community, is expected to join it.",
        &[
            "founded Belarus CustomsUnion 2007-10 asserted",
            "founded Kazakhstan CustomsUnion 2007-10 asserted",
            "founded Russia CustomsUnion 2007-10 asserted",
            "joined Kyrgyzstan CustomsUnion 2007-10-25.. planned",
            "member Kyrgyzstan EurAsEC 2007-10-25 asserted",
        ],
    );
    // A counted noun for members spelt out by a list set off by commas; not an
    // organisation's own told by "whose".
    check(
        "1994-04-20",
        "The Collective Security Treaty came into force today. Two CIS members, Ukraine and \
         Moldova, are still outside it.",
        &[
            "member Moldova CIS 1994-04-20 asserted",
            "member Ukraine CIS 1994-04-20 asserted",
            "not_member Moldova CST 1994-04-20 asserted",
            "not_member Ukraine CST 1994-04-20 asserted",
        ],
    );
    // The state opening the clause before a relative clause on it, and the one after "and",
    // share the verb; not a relative clause's verb on the second.
    check(
        "2011-11-15",
        "Uzbekistan, which has its own cotton and gold to protect, and neutral Turkmenistan \
         remain outside the customs union. Moldova, which joined the WTO in 2001, and Armenia, \
         which followed in 2003, are watching closely.",
        &[
            "joined Armenia WTO 2003 asserted",
            "joined Moldova WTO 2001 asserted",
            "not_member Turkmenistan CustomsUnion 2011-11-15 asserted",
            "not_member Uzbekistan CustomsUnion 2011-11-15 asserted",
        ],
    );
    // "That leaves six: A, ..., F" after a sentence telling one state's suspension: the rest
    // are members; not when the one who left is listed, nor a count the list does not fill.
    check(
        "2012-07-02",
        "Uzbekistan has suspended its membership of the CSTO. That leaves six: Russia, Armenia, \
         Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.",
        &[
            "member Armenia CSTO 2012-07-02 asserted",
            "member Belarus CSTO 2012-07-02 asserted",
            "member Kazakhstan CSTO 2012-07-02 asserted",
            "member Kyrgyzstan CSTO 2012-07-02 asserted",
            "member Russia CSTO 2012-07-02 asserted",
            "member Tajikistan CSTO 2012-07-02 asserted",
            "suspended Uzbekistan CSTO ..2012-07-02 asserted",
        ],
    );
    check(
        "2012-07-02",
        "Uzbekistan has suspended its membership of the CSTO. That leaves five: Russia, Armenia \
         and Belarus.",
        &["suspended Uzbekistan CSTO ..2012-07-02 asserted"],
    );
    // (from the session's second review) "That leaves A and B as the only states outside the
    // bloc", ", neither of which is in it" say the opposite; a return's state is among those
    // left; "Two CIS parties, A and B, are still outside it" is not read (only "members").
    check(
        "2012-08-01",
        "Uzbekistan has suspended its membership of the CSTO. That leaves Turkmenistan and \
         Azerbaijan as the only former Soviet states outside the bloc.",
        &["suspended Uzbekistan CSTO ..2012-08-01 asserted"],
    );
    check(
        "2006-09-01",
        "Uzbekistan returned to the CSTO in August. That leaves seven: Russia, Armenia, \
         Belarus, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.",
        &[
            "member Armenia CSTO 2006-09-01 asserted",
            "member Belarus CSTO 2006-09-01 asserted",
            "member Kazakhstan CSTO 2006-09-01 asserted",
            "member Kyrgyzstan CSTO 2006-09-01 asserted",
            "member Russia CSTO 2006-09-01 asserted",
            "member Tajikistan CSTO 2006-09-01 asserted",
            "member Uzbekistan CSTO 2006-09-01 asserted",
            "rejoined Uzbekistan CSTO 2006-08 asserted",
        ],
    );
    check(
        "2004-03-01",
        "The CSTO charter was signed in Chisinau in 2002. Two CIS parties, Ukraine and Moldova, \
         are still outside it.",
        &[
            "member Moldova CIS 2004-03-01 asserted",
            "member Ukraine CIS 2004-03-01 asserted",
        ],
    );
}

#[test]
fn the_fortieth_sessions_constructions() {
    // A day without its year is in the year the sentence opens with, when it names no other.
    check(
        "1998-05-01",
        "In 1991 Russia, Ukraine and Belarus founded the CIS on 8 December.",
        &[
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
        ],
    );
    check(
        "1998-05-01",
        "In December 1991 Russia, Ukraine and Belarus signed the Belovezha accords on 8 \
         December.",
        &[
            "signed Belarus CIS 1991-12-08 asserted",
            "signed Russia CIS 1991-12-08 asserted",
            "signed Ukraine CIS 1991-12-08 asserted",
        ],
    );
    // (not when the sentence names another year: the day is then the article's)
    check(
        "2006-08-18",
        "In 1999 Uzbekistan quit the Tashkent treaty, and in 2006 it rejoined the CSTO on 23 June.",
        &[
            "rejoined Uzbekistan CSTO 2006-06-23 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
    // "Stayed in" told in the simple past without a date is a past frame, as "remained in" is
    // ("up to the article's date"); told in the perfect it holds now; and
    // "stayed out" still holds at the article's date.
    check(
        "1999-04-30",
        "The Collective Security Treaty came up for renewal this month. Armenia, Belarus and \
         Russia stayed in the treaty. Kazakhstan, which stayed in the treaty, said little. \
         Georgia stayed out of the treaty.",
        &[
            "member Armenia CST ..1999-04-30 asserted",
            "member Belarus CST ..1999-04-30 asserted",
            "member Kazakhstan CST ..1999-04-30 asserted",
            "member Russia CST ..1999-04-30 asserted",
            "not_member Georgia CST 1999-04-30 asserted",
        ],
    );
    check(
        "2008-08-21",
        "Georgia is leaving the Commonwealth. Ukraine, Moldova and Azerbaijan have all stayed in \
         the Commonwealth.",
        &[
            "member Azerbaijan CIS 2008-08-21 asserted",
            "member Moldova CIS 2008-08-21 asserted",
            "member Ukraine CIS 2008-08-21 asserted",
            "withdrew Georgia CIS 2008-08-21.. planned",
        ],
    );
    // A state leading the organisation ("the Moscow-led customs union") is no state of the
    // claim; one led by an organisation ("the NATO-led coalition") is no organisation of ours.
    check(
        "2013-03-11",
        "Dushanbe is not in the Moscow-led customs union. Armenia is a member of the Moscow-led \
         CSTO. Georgia is not in the NATO-led coalition.",
        &[
            "member Armenia CSTO 2013-03-11 asserted",
            "not_member Tajikistan CustomsUnion 2013-03-11 asserted",
        ],
    );
    // "The alliance" in a sentence naming no organisation is one the sentence before named
    // (or whose owner it names) and is called so, before the article's topic.
    check(
        "1999-05-04",
        "GUUAM met in Washington. Russia froze its part in the Partnership for Peace on 24 \
         March. Poland, a member of the alliance since 12 March, kept quiet.",
        &[
            "member Poland NATO 1999-03-12..1999-05-04 asserted",
            "suspended Russia PfP 1999-03-24 asserted",
        ],
    );
    // An aside between the copula and the status noun: the states it likens the subject to
    // share the status, those it sets against it do not.
    check(
        "1996-05-03",
        "Kazakhstan, Kyrgyzstan and Tajikistan are also, like Russia, members of the Tashkent \
         treaty. Georgia is, unlike Armenia, a member of GUAM.",
        &[
            "member Georgia GUAM 1996-05-03 asserted",
            "member Kazakhstan CST 1996-05-03 asserted",
            "member Kyrgyzstan CST 1996-05-03 asserted",
            "member Russia CST 1996-05-03 asserted",
            "member Tajikistan CST 1996-05-03 asserted",
            "not_member Armenia GUAM 1996-05-03 asserted",
        ],
    );
    // A bare "joined" is of the joining the paragraph told last, over an organisation only
    // named since; a span "between March and May" dates it.
    check(
        "1994-05-10",
        "Ukraine joined the Partnership for Peace on 8 February. NATO's sixteen members give \
         one another guarantees that the Partnership does not. Moldova and Georgia came in \
         between March and April, and Azerbaijan signed up on 4 May.",
        &[
            "count NATO 16 members 1994-05-10",
            "joined Azerbaijan PfP 1994-05-04 asserted",
            "joined Georgia PfP 1994-03..1994-04 asserted",
            "joined Moldova PfP 1994-03..1994-04 asserted",
            "joined Ukraine PfP 1994-02-08 asserted",
        ],
    );
    // "None of the six" standing alone counts states (its "is" no plural noun of something
    // else), and a list of that size named earlier in a sentence whose last list is another
    // is still there to count.
    check(
        "2013-07-09",
        "The six Eastern Partnership states (Armenia, Azerbaijan, Belarus, Georgia, Moldova and \
         Ukraine) are invited to Vilnius, where Kyiv, Chisinau, Tbilisi and Yerevan hope to \
         sign association agreements. None of the six is a member of the European Union.",
        &[
            "not_member Armenia EU 2013-07-09 asserted",
            "not_member Azerbaijan EU 2013-07-09 asserted",
            "not_member Belarus EU 2013-07-09 asserted",
            "not_member Georgia EU 2013-07-09 asserted",
            "not_member Moldova EU 2013-07-09 asserted",
            "not_member Ukraine EU 2013-07-09 asserted",
        ],
    );
    // An organisation suspending a state's membership of itself; a state lowered to associate
    // membership with the verb alone ("downgraded to", "switched to").
    check(
        "2012-12-24",
        "On Wednesday in Moscow the Collective Security Treaty Organization formally suspended \
         Uzbekistan's membership. The bloc froze the membership of Uzbekistan in 2012. Moscow \
         suspended Uzbekistan's gas deliveries.",
        &[
            "suspended Uzbekistan CSTO 2012 asserted",
            "suspended Uzbekistan CSTO 2012-12-19 asserted",
        ],
    );
    check(
        "2006-06-26",
        "Turkmenistan, which downgraded to associate membership of the Commonwealth in August \
         last year, stays out of both the CSTO and the Eurasian Economic Community.",
        &[
            "associate Turkmenistan CIS 2005-08 asserted",
            "not_member Turkmenistan CSTO 2006-06-26 asserted",
            "not_member Turkmenistan EurAsEC 2006-06-26 asserted",
        ],
    );
    // States said to be "in" or "out", nothing after, of the organisation named before them.
    check(
        "2012-12-24",
        "The customs union now straddles the WTO line: Moscow is in, Minsk and Astana are out. \
         The report is out.",
        &[
            "member Russia WTO 2012-12-24 asserted",
            "not_member Belarus WTO 2012-12-24 asserted",
            "not_member Kazakhstan WTO 2012-12-24 asserted",
        ],
    );
    // An appositive status with "but not of" after it denies the second organisation; "NATO's
    // Partnership" is the Partnership for Peace.
    check(
        "2010-07-13",
        "Kyrgyzstan, a member of the Eurasian Economic Community but not of the customs union, \
         is considering joining it.",
        &[
            "joined Kyrgyzstan CustomsUnion 2010-07-13.. planned",
            "member Kyrgyzstan EurAsEC 2010-07-13 asserted",
            "not_member Kyrgyzstan CustomsUnion 2010-07-13 asserted",
        ],
    );
    check(
        "1994-06-29",
        "Georgia and Russia sit in the Tashkent treaty and in NATO's Partnership at once.",
        &[
            "member Georgia CST 1994-06-29 asserted",
            "member Georgia PfP 1994-06-29 asserted",
            "member Russia CST 1994-06-29 asserted",
            "member Russia PfP 1994-06-29 asserted",
        ],
    );
    // A month's abbreviation with its period is the month ("Dec. 8, 1991", "Sept. 24"); a
    // wire's dateline may name the place's country ("KAZAN, Russia, Aug. 26 (HNA) --").
    check(
        "1994-04-21",
        "Russia, Ukraine and Belarus founded the CIS on Dec. 8, 1991. Azerbaijan joined the \
         Commonwealth on Sept. 24, 1993.",
        &[
            "founded Belarus CIS 1991-12-08 asserted",
            "founded Russia CIS 1991-12-08 asserted",
            "founded Ukraine CIS 1991-12-08 asserted",
            "joined Azerbaijan CIS 1993-09-24 asserted",
        ],
    );
    check(
        "2005-08-27",
        "KAZAN, Russia, Aug. 26 (HNA) -- Turkmenistan has reduced its participation in the \
         Commonwealth of Independent States to that of an associate member.",
        &["associate Turkmenistan CIS 2005-08-27 asserted"],
    );
    // "Signed up for" an organisation joins it; not with its object the noun before it.
    check(
        "1994-04-21",
        "Georgia signed up for NATO's Partnership for Peace program last month. Tashkent \
         complained that GUUAM neglected the projects Tashkent signed up for.",
        &["joined Georgia PfP 1994-03 asserted"],
    );
    // "Six days later", "the following day" count on from a day named earlier in the same
    // sentence, as they do from one a sentence before named.
    check(
        "1993-12-13",
        "Tbilisi joined the Commonwealth on 3 December and acceded to the Tashkent Treaty six \
         days later. Azerbaijan joined the CIS on 24 September and acceded to the Tashkent \
         Treaty the following day.",
        &[
            "joined Azerbaijan CIS 1993-09-24 asserted",
            "joined Azerbaijan CST 1993-09-25 asserted",
            "joined Georgia CIS 1993-12-03 asserted",
            "joined Georgia CST 1993-12-09 asserted",
        ],
    );
    // A relative clause on "the states" a copula says a group is, or a dash sets after a list.
    check(
        "2002-10-14",
        "On 7 October Kazakhstan, Kyrgyzstan and Tajikistan signed the charter of the Collective \
         Security Treaty Organization. These are the states that stayed in the 1992 treaty when \
         it was renewed three years ago.",
        &[
            "member Kazakhstan CST 1999 asserted",
            "member Kyrgyzstan CST 1999 asserted",
            "member Tajikistan CST 1999 asserted",
            "signed Kazakhstan CSTO 2002-10-07 asserted",
            "signed Kyrgyzstan CSTO 2002-10-07 asserted",
            "signed Tajikistan CSTO 2002-10-07 asserted",
        ],
    );
    check(
        "2013-01-14",
        "Armenia and Belarus — the states that signed the CSTO charter in 2002 — met.",
        &[
            "signed Armenia CSTO 2002 asserted",
            "signed Belarus CSTO 2002 asserted",
        ],
    );
}

#[test]
fn the_fortieth_sessions_review_cases() {
    // The opening year is no story day ("the following day" counts on from the day named),
    // stays in its clause, and dates a bare month too.
    check(
        "1994-06-01",
        "In 1993 Georgia joined the CIS on 3 December and acceded to the Collective Security \
         Treaty the following day.",
        &[
            "joined Georgia CIS 1993-12-03 asserted",
            "joined Georgia CST 1993-12-04 asserted",
        ],
    );
    check(
        "2006-08-01",
        "In 2005 Uzbekistan quit GUAM; it rejoined the CSTO on 23 June.",
        &[
            "rejoined Uzbekistan CSTO 2006-06-23 asserted",
            "withdrew Uzbekistan GUAM 2005 asserted",
        ],
    );
    check(
        "2005-06-01",
        "In 1993 Georgia joined the CIS in December.",
        &["joined Georgia CIS 1993-12 asserted"],
    );
    // "Six days later" in a sentence of its own counts on from the day the one before named.
    check(
        "1994-06-01",
        "Georgia joined the CIS on 3 December 1993. It acceded to the Collective Security Treaty \
         six days later.",
        &[
            "joined Georgia CIS 1993-12-03 asserted",
            "joined Georgia CST 1993-12-09 asserted",
        ],
    );
    // An aside likening the subject shares an observer's status; one set against a denial is
    // a member.
    check(
        "2005-06-01",
        "Tajikistan is, like Russia, an observer of the WTO. Armenia is, unlike Georgia, not a \
         member of GUAM.",
        &[
            "member Georgia GUAM 2005-06-01 asserted",
            "not_member Armenia GUAM 2005-06-01 asserted",
            "observer Russia WTO 2005-06-01 asserted",
            "observer Tajikistan WTO 2005-06-01 asserted",
        ],
    );
    // "The alliance" after a sentence naming the Partnership and the CSTO is not NATO.
    check(
        "2005-06-01",
        "Armenia is a member of NATO's Partnership for Peace and of the CSTO. Azerbaijan is not \
         in the alliance.",
        &[
            "member Armenia CSTO 2005-06-01 asserted",
            "member Armenia PfP 2005-06-01 asserted",
            "not_member Azerbaijan CSTO 2005-06-01 asserted",
        ],
    );
    // "In" and "out" only set against each other, or "in" closing a sentence that named the
    // organisation; "joined in protest" joins nothing.
    check(
        "2005-06-01",
        "Armenia is in, Azerbaijan is in talks. Georgia joined GUAM. The report is out, and \
         Moldova is in. After two years of quarrels with the Commonwealth, Georgia is in. The \
         EU reacted coolly. Belarus and Ukraine joined in protest.",
        &[
            "joined Georgia GUAM ..2005-06-01 asserted",
            "member Georgia CIS 2005-06-01 asserted",
        ],
    );
    // An organisation's suspension planned or denied; an undated "stayed in" past a relative
    // clause with a year.
    check(
        "2012-12-24",
        "The CSTO will suspend Uzbekistan's membership. The CSTO did not suspend Uzbekistan's \
         membership.",
        &[
            "suspended Uzbekistan CSTO ..2012-12-24 negated",
            "suspended Uzbekistan CSTO 2012-12-24.. planned",
        ],
    );
    check(
        "2005-08-27",
        "Kazakhstan stayed in the Collective Security Treaty, which Uzbekistan quit in 1999.",
        &[
            "member Kazakhstan CST ..2005-08-27 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
        ],
    );
}

#[test]
fn the_forty_first_sessions_constructions() {
    // One state that "has stayed out", with no object, stays out of what the article is about
    // when the reference timeline has it out too; not one the timeline has in.
    check(
        "2000-10-11",
        "Five states founded the Eurasian Economic Community in Astana on Tuesday. Uzbekistan, \
         characteristically, has stayed out. Russia has stayed out.",
        &[
            "count EurAsEC 5 founders 2000-10-10",
            "not_member Uzbekistan EurAsEC 2000-10-11 asserted",
        ],
    );
    // "The alliance" is a treaty body (or one called so), the one named last, when the
    // article's topic is neither: not the Commonwealth an article is about.
    check(
        "2009-08-25",
        "Georgia's exit from the Commonwealth of Independent States takes effect this month. \
         The Commonwealth has lost a member. The real activity is in the CSTO. Uzbekistan has \
         not signed the new force agreement. Kyrgyzstan is the alliance's most obliging member.",
        &["member Kyrgyzstan CSTO 2009-08-25 asserted"],
    );
    // (an article about the CSTO keeps it)
    check(
        "2009-08-25",
        "The CSTO met in Moscow. Kyrgyzstan is the alliance's most obliging member.",
        &["member Kyrgyzstan CSTO 2009-08-25 asserted"],
    );
    // "Both clubs", "neither club" when neither this sentence nor the one before named two:
    // the two named last.
    check(
        "2001-06-21",
        "On 7 June GUUAM adopted a charter at Yalta. Last Friday six states founded the Shanghai \
         Cooperation Organisation. Uzbekistan, which now belongs to both clubs at once, is a \
         puzzle.",
        &[
            "count SCO 6 founders 2001-06-15",
            "member Uzbekistan GUAM 2001-06-21 asserted",
            "member Uzbekistan SCO 2001-06-21 asserted",
        ],
    );
    check(
        "2004-05-03",
        "Estonia joined NATO in March. The European Union took in ten states on Saturday. \
         Russia, which belongs to neither club, watched.",
        &[
            "joined Estonia NATO 2004-03 asserted",
            "not_member Russia EU 2004-05-03 asserted",
            "not_member Russia NATO 2004-05-03 asserted",
        ],
    );
    // "Both of Moscow's main regional clubs": described, and Moscow's own (not the EU an
    // earlier sentence named).
    check(
        "2006-06-24",
        "Uzbekistan rejoined the CSTO on Friday. After Andijan, the United States and the \
         European Union demanded an inquiry. In January Uzbekistan joined the Eurasian Economic \
         Community as well, so that Tashkent is now inside both of Moscow's main regional clubs.",
        &[
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "member Uzbekistan CSTO 2006-06-24 asserted",
            "member Uzbekistan EurAsEC 2006-06-24 asserted",
            "rejoined Uzbekistan CSTO 2006-06-23 asserted",
        ],
    );
    // (and not one the reference timeline has the subject out of, told as in it: the
    // Commonwealth Turkmenistan belonged to is not one of "both groupings" it stays out of)
    check(
        "1999-04-27",
        "The Collective Security Treaty lapsed for three states this month. Uzbekistan joined \
         GUUAM in Washington. The CIS summit was quiet. Turkmenistan remains outside both \
         groupings.",
        &[
            "joined Uzbekistan GUAM ..1999-04-27 asserted",
            "not_member Turkmenistan CST 1999-04-27 asserted",
            "not_member Turkmenistan GUAM 1999-04-27 asserted",
        ],
    );
    // "Belongs to neither institution": an institution is an organisation.
    check(
        "2004-05-10",
        "Bulgaria and Romania entered NATO in March but remain outside the European Union. \
         Belarus belongs to neither institution.",
        &[
            "joined Bulgaria NATO 2004-03 asserted",
            "joined Romania NATO 2004-03 asserted",
            "not_member Belarus EU 2004-05-10 asserted",
            "not_member Belarus NATO 2004-05-10 asserted",
            "not_member Bulgaria EU 2004-05-10 asserted",
            "not_member Romania EU 2004-05-10 asserted",
        ],
    );
    // A year in another document's name is not the event's: "the Washington Treaty of 1949".
    check(
        "1992-05-22",
        "On 15 May Russia and Armenia signed a Treaty on Collective Security that borrows from \
         the Washington Treaty of 1949.",
        &[
            "signed Armenia CST 1992-05-15 asserted",
            "signed Russia CST 1992-05-15 asserted",
        ],
    );
    // A participle dating the document after the object does not date the accession when a
    // date opens the clause.
    check(
        "1993-12-20",
        "On 9 December Georgia acceded to the Collective Security Treaty concluded in Tashkent \
         in May 1992.",
        &["joined Georgia CST 1993-12-09 asserted"],
    );
    // States named only beside ours (`tracked: false`) hold a list together and are never told
    // of, nor are their office-holders.
    check(
        "1999-04-28",
        "Poland, Hungary and the Czech Republic joined NATO on 12 March. Czech President Vaclav \
         Havel was there.",
        &["joined Poland NATO 1999-03-12 asserted"],
    );
    // An aside of three or more states after a list adds them all: its inner commas do not
    // open it.
    check(
        "2004-05-10",
        "On 29 March Estonia, Latvia and Lithuania, together with Bulgaria, Romania, Slovakia \
         and Slovenia, joined NATO.",
        &[
            "joined Bulgaria NATO 2004-03-29 asserted",
            "joined Estonia NATO 2004-03-29 asserted",
            "joined Latvia NATO 2004-03-29 asserted",
            "joined Lithuania NATO 2004-03-29 asserted",
            "joined Romania NATO 2004-03-29 asserted",
        ],
    );
    // A span restated by a nearby day without its year is that day.
    check_all(
        "2001-06-16",
        "Barely a week ago, on 7 June in Yalta, Uzbekistan, together with Georgia, Ukraine, \
         Azerbaijan and Moldova, signed the GUUAM charter.",
        each(GUUAM_FIVE, "signed {} GUAM 2001-06-07 asserted"),
    );
    // "Commonwealth states" without a determiner or a count are not a group named before;
    // a paragraph ending in a colon introduces the next, whose bare "joined" is of the joining
    // it told.
    check(
        "1994-07-18",
        "Romania was the first state to join the Partnership for Peace, on 26 January. Further \
         east, nine of the twelve Commonwealth states have now entered the Partnership, in the \
         following order:\n\n1. Ukraine was the first of the former Soviet republics, and Kiev \
         looks to the Atlantic alliance.\n2. Russia joined on 22 June, after months of argument.",
        &[
            "count CIS 12 members 1994-07-18",
            "joined Romania PfP 1994-01-26 asserted",
            "joined Russia PfP 1994-06-22 asserted",
        ],
    );
    // A bare "both" or "neither" after "belongs to", when no sentence near named two: the two
    // named last.
    check(
        "2001-06-25",
        "The SCO was founded on 15 June and GUUAM adopted a charter on 7 June.\n\n2. \
         Membership. Uzbekistan is the only state that belongs to both. Armenia belongs to \
         neither.",
        &[
            "founded - SCO 2001-06-15 asserted",
            "member Uzbekistan GUAM 2001-06-25 asserted",
            "member Uzbekistan SCO 2001-06-25 asserted",
            "not_member Armenia GUAM 2001-06-25 asserted",
            "not_member Armenia SCO 2001-06-25 asserted",
        ],
    );
    // "Has six remaining members (A, B, ...)", over an aside after the organisation.
    check(
        "2012-07-10",
        "The CSTO, for its part, has six remaining members (Armenia, Belarus, Kazakhstan, \
         Kyrgyzstan, Russia and Tajikistan).",
        &[
            "count CSTO 6 members 2012-07-10",
            "member Armenia CSTO 2012-07-10 asserted",
            "member Belarus CSTO 2012-07-10 asserted",
            "member Kazakhstan CSTO 2012-07-10 asserted",
            "member Kyrgyzstan CSTO 2012-07-10 asserted",
            "member Russia CSTO 2012-07-10 asserted",
            "member Tajikistan CSTO 2012-07-10 asserted",
        ],
    );
    // "The six are the states that stayed in the treaty in 1999": the six listed before.
    check(
        "2002-10-14",
        "On 7 October Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan signed the \
         charter of the Collective Security Treaty Organization. The six are the states that \
         stayed in the treaty in 1999.",
        &[
            "member Armenia CST 1999 asserted",
            "member Belarus CST 1999 asserted",
            "member Kazakhstan CST 1999 asserted",
            "member Kyrgyzstan CST 1999 asserted",
            "member Russia CST 1999 asserted",
            "member Tajikistan CST 1999 asserted",
            "signed Armenia CSTO 2002-10-07 asserted",
            "signed Belarus CSTO 2002-10-07 asserted",
            "signed Kazakhstan CSTO 2002-10-07 asserted",
            "signed Kyrgyzstan CSTO 2002-10-07 asserted",
            "signed Russia CSTO 2002-10-07 asserted",
            "signed Tajikistan CSTO 2002-10-07 asserted",
        ],
    );
    // "The trio" is a group of three, as "the three" is: not the pair named last.
    check(
        "2005-01-10",
        "Estonia, Latvia and Lithuania applied to NATO in 1994. Russia and Belarus objected \
         loudly. The trio joined NATO in 2004.",
        &[
            "joined Estonia NATO 2004 asserted",
            "joined Latvia NATO 2004 asserted",
            "joined Lithuania NATO 2004 asserted",
        ],
    );
    // "The Balts" stand for the three Baltic states.
    check(
        "2005-01-10",
        "The Balts joined NATO in 2004.",
        &[
            "joined Estonia NATO 2004 asserted",
            "joined Latvia NATO 2004 asserted",
            "joined Lithuania NATO 2004 asserted",
        ],
    );
    // A verb sharing its subject over a date between the conjunction and the verb, dated by it;
    // not by the date of the verb before ("quit the treaty in 1999, joined ...").
    check(
        "2006-08-17",
        "Tashkent evicted the Americans, signed a treaty with Moscow and, in January, joined the \
         Eurasian Economic Community. Uzbekistan evicted the Americans and in June 2002 \
         suspended its participation in GUUAM. Uzbekistan quit the Collective Security Treaty \
         in 1999, joined and then abandoned GUUAM.",
        &[
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "joined Uzbekistan GUAM ..2006-08-17 asserted",
            "suspended Uzbekistan GUAM 2002-06 asserted",
            "withdrew Uzbekistan CST 1999 asserted",
            "withdrew Uzbekistan GUAM ..2006-08-17 asserted",
        ],
    );
    // "Later in the month" with no month in its sentence is in the month the sentence before
    // named (and nothing without one).
    check(
        "1999-04-30",
        "On 2 April the treaty was renewed. Later in the month Uzbekistan joined GUAM.",
        &["joined Uzbekistan GUAM 1999-04 asserted"],
    );
    check(
        "1999-04-30",
        "Later in the month Uzbekistan joined GUAM.",
        &["joined Uzbekistan GUAM ..1999-04-30 asserted"],
    );
}

#[test]
fn the_forty_first_sessions_review_cases() {
    // "The alliance" is not the CSTO past another body the sentence before named.
    check(
        "2005-04-23",
        "CIS leaders will meet in Moscow next month. Armenia relies on the CSTO for its \
         security.\n\nGeorgia, Ukraine, Azerbaijan and Moldova, meanwhile, met in Chisinau on \
         Friday to revive GUAM, an alliance Uzbekistan is about to leave. Moldova is the \
         alliance's poorest member.",
        &[
            "member Moldova GUAM 2005-04-23 asserted",
            "withdrew Uzbekistan GUAM 2005-04-23.. planned",
        ],
    );
    check(
        "2006-05-24",
        "GUAM leaders met in Kiev on Tuesday and renamed their loose alliance the Organization \
         for Democracy and Economic Development.\n\nUnlike the Russian-led Collective Security \
         Treaty Organization, GUAM has no joint forces. Moldova is the alliance's weakest member.",
        &["member Moldova GUAM 2006-05-24 asserted"],
    );
    // "Both clubs" after three bodies, two of them named as late: which two, the words do not
    // say.
    check(
        "2007-10-07",
        "Leaders of the CSTO and EurAsEC met in Dushanbe on Saturday. The SCO met in August.\n\n\
         The summit was the usual affair. Kazakhstan belongs to both clubs.",
        &[],
    );
    // "The six" is no list of three (but the six the sentence before told the same of, over
    // its two lists); "the pair" no list of three.
    check_all(
        "2002-10-08",
        "Russia, Belarus and Armenia signed the CSTO charter in Chisinau yesterday, as did \
         Kazakhstan, Kyrgyzstan and Tajikistan. The six are the states that stayed in the treaty \
         in 1999.",
        [
            each(THE_SIX, "member {} CST 1999 asserted"),
            each(THE_SIX, "signed {} CSTO 2002-10-07 asserted"),
        ]
        .concat(),
    );
    check(
        "2007-01-03",
        "Bulgaria and Romania are now EU members. Moldova, Ukraine and Georgia hope to follow. \
         The pair joined NATO in 2004.",
        &[
            "member Bulgaria EU 2007-01-03 asserted",
            "member Romania EU 2007-01-03 asserted",
        ],
    );
    // A region's states with those an aside adds.
    check(
        "2004-04-03",
        "The Baltic states, together with Bulgaria, Romania, Slovakia and Slovenia, joined NATO \
         on 29 March.",
        &[
            "joined Bulgaria NATO 2004-03-29 asserted",
            "joined Estonia NATO 2004-03-29 asserted",
            "joined Latvia NATO 2004-03-29 asserted",
            "joined Lithuania NATO 2004-03-29 asserted",
            "joined Romania NATO 2004-03-29 asserted",
        ],
    );
    // A noun for states opening the sentence as its whole subject (no determiner, no
    // organisation before it) is no group, and reading it must not underflow.
    check("2004-05-01", "States joined NATO in March.", &[]);
}

#[test]
fn the_forty_second_sessions_constructions() {
    // A partitive opening the sentence, its states listed right after it (in brackets, between
    // dashes), as many as it counts: members of the organisation whose members the sentence
    // before counted, at the time of their clause.
    check(
        "2009-08-24",
        "The CSTO has seven members. Five of them (Armenia, Kazakhstan, Kyrgyzstan, Russia and \
         Tajikistan) signed the agreement in June.",
        &[
            "count CSTO 7 members 2009-08-24",
            "member Armenia CSTO 2009-06 asserted",
            "member Kazakhstan CSTO 2009-06 asserted",
            "member Kyrgyzstan CSTO 2009-06 asserted",
            "member Russia CSTO 2009-06 asserted",
            "member Tajikistan CSTO 2009-06 asserted",
        ],
    );
    // ("the nine": the count the sentence before told; and that count itself, a sentence
    // opening with a bare number of states that are parties to a treaty)
    let mut want = each(THE_SIX, "member {} CST 1999-02-19 asserted");
    want.push("count CST 9 members 1999-02-19".to_string());
    check_all(
        "1999-02-19",
        "Nine states are currently parties to the Tashkent treaty. Six of the nine — Armenia, \
         Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan — are expected to sign the \
         protocol.",
        want,
    );
    // (not when what follows takes them out)
    check(
        "2003-02-19",
        "The CSTO has six members. Three of them — Armenia, Belarus and Russia — have since left.",
        &[
            "count CSTO 6 members 2003-02-19",
            "withdrew Armenia CSTO ..2003-02-19 asserted",
            "withdrew Belarus CSTO ..2003-02-19 asserted",
            "withdrew Russia CSTO ..2003-02-19 asserted",
        ],
    );
    // (a count of states in two organisations, or in one with more said, is no count of it)
    check(
        "2003-02-19",
        "Five states belong to the CSTO and the SCO. Four countries are members of GUAM and want \
         more.",
        &[],
    );
    // States opening a sentence that keeps them outside, with nothing named, are out of what
    // the discourse is about: here the Partnership the paragraph before told of (a body named
    // in passing only when the article is about it).
    check(
        "1994-07-18",
        "Russia joined the Partnership for Peace on 22 June.\n\nArmenia, Belarus and Tajikistan \
         remain outside for now.",
        &[
            "joined Russia PfP 1994-06-22 asserted",
            "not_member Armenia PfP 1994-07-18 asserted",
            "not_member Belarus PfP 1994-07-18 asserted",
            "not_member Tajikistan PfP 1994-07-18 asserted",
        ],
    );
    // (never one the reference timeline has them in, nor staying out of something else)
    check(
        "2003-10-11",
        "The Eurasian Economic Community met in Astana on Tuesday. Russia and Belarus remain \
         outside. Uzbekistan has stayed out of the quarrel.",
        &[],
    );
    // A verb sharing the subject a "when" clause opens with takes the date that clause hangs
    // on (past a short aside of place).
    check(
        "1997-10-20",
        "The moment that mattered came on 10 October, on the margins, when the presidents of \
         Georgia, Ukraine, Azerbaijan and Moldova issued a communique and founded GUAM.",
        &[
            "founded Azerbaijan GUAM 1997-10-10 asserted",
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Moldova GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
        ],
    );
    // A date in an aside between dashes after the subject dates its verb; and a forum that
    // "takes its name from their initials: GUAM" is GUAM.
    check(
        "1997-11-12",
        "Georgia, Ukraine, Azerbaijan and Moldova — meeting in Strasbourg on 10 October — formed \
         a consultative forum that takes its name from their initials: GUAM.",
        &[
            "founded Azerbaijan GUAM 1997-10-10 asserted",
            "founded Georgia GUAM 1997-10-10 asserted",
            "founded Moldova GUAM 1997-10-10 asserted",
            "founded Ukraine GUAM 1997-10-10 asserted",
        ],
    );
    // "Joined back in February" is a bare joining, dated.
    check(
        "1994-06-20",
        "The Partnership for Peace was launched in January. Ukraine joined back in February.",
        &[
            "founded - PfP 1994-01 asserted",
            "joined Ukraine PfP 1994-02 asserted",
        ],
    );
    // A list after a colon goes on past ", together with".
    let mut want = each(ALMA_ATA_EIGHT, "joined {} CIS 1991-12-21 asserted");
    want.extend(each(
        &["Belarus", "Russia", "Ukraine"],
        "founded {} CIS 1991-12-08 asserted",
    ));
    check_all(
        "1991-12-28",
        "On 8 December Russia, Ukraine and Belarus founded the Commonwealth of Independent \
         States. Thirteen days later, in Alma-Ata, eight more republics joined: Uzbekistan, \
         Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan, together with Armenia, Azerbaijan \
         and Moldova.",
        want,
    );
    // "The three": every state the sentence before told the same of, over its claims.
    check(
        "1999-05-15",
        "When the old term ran out on 20 April, Uzbekistan did not renew its membership of the \
         Tashkent Treaty, and neither did Azerbaijan or Georgia. The three are now out of the \
         pact.",
        &[
            "not_member Azerbaijan CST 1999-05-15 asserted",
            "not_member Georgia CST 1999-05-15 asserted",
            "not_member Uzbekistan CST 1999-05-15 asserted",
            "withdrew Azerbaijan CST 1999-04-20 asserted",
            "withdrew Georgia CST 1999-04-20 asserted",
            "withdrew Uzbekistan CST 1999-04-20 asserted",
        ],
    );
    // Observers "given" the status; and observers with no organisation named after a
    // sentence that named two but made its claims of one.
    check(
        "2005-09-14",
        "In July the Shanghai Cooperation Organisation met in Astana. India, Pakistan and Iran \
         were given observer status in the organisation at the same summit.",
        &[
            "observer India SCO 2005-07 asserted",
            "observer Iran SCO 2005-07 asserted",
            "observer Pakistan SCO 2005-07 asserted",
        ],
    );
    check(
        "2006-09-20",
        "In January Uzbekistan joined the Eurasian Economic Community, after the Central Asian \
         Cooperation Organization was folded into it. Moldova, Ukraine and Armenia remain \
         observers.",
        &[
            "joined Uzbekistan EurAsEC 2006-01 asserted",
            "observer Armenia EurAsEC 2006-09-20 asserted",
            "observer Moldova EurAsEC 2006-09-20 asserted",
            "observer Ukraine EurAsEC 2006-09-20 asserted",
        ],
    );
    // "Has six members left" is what remains, no leaving.
    check_all(
        "1999-05-15",
        "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan stayed in the Tashkent \
         Treaty. The treaty has six members left.",
        [
            each(THE_SIX, "member {} CST ..1999-05-15 asserted"),
            strs(&["count CST 6 members 1999-05-15"]),
        ]
        .concat(),
    );
    // A bare "is not a member" after a sentence naming nothing: of what the paragraph's last
    // joining was of, not the article's topic.
    check(
        "1994-08-10",
        "The CSTO met in Moscow, and the CSTO is busy. In Brussels, Uzbekistan joined the \
         Partnership for Peace on 13 July. Russia itself joined in June, after months of \
         argument. Tajikistan is not a member.",
        &[
            "joined Russia PfP 1994-06 asserted",
            "joined Uzbekistan PfP 1994-07-13 asserted",
            "not_member Tajikistan PfP 1994-08-10 asserted",
        ],
    );
}

#[test]
fn the_forty_second_sessions_review_cases() {
    // A partitive after a count told in the past tense: "them" need not still be members.
    check(
        "2005-01-01",
        "The Tashkent Treaty had nine members in 1995. Three of them — Uzbekistan, Georgia and \
         Azerbaijan — have since moved closer to the West.",
        &["count CST 9 members 1995"],
    );
    // ... nor after the sentence counted a group of its own after the members.
    check(
        "2003-05-01",
        "Of the twelve CIS states, six are in the CSTO. Five of them (Russia, Belarus, \
         Kazakhstan, Kyrgyzstan and Tajikistan) signed the charter.",
        &["count CIS 12 members 2003-05-01"],
    );
    // ... nor when they walk out, opt out or turn their backs.
    for exit in ["walked out", "opted out", "turned their backs on it"] {
        check(
            "1999-06-01",
            &format!(
                "The Tashkent Treaty has nine members. Three of them — Uzbekistan, Georgia and \
                 Azerbaijan — {exit} in April."
            ),
            if exit == "walked out" {
                &[
                    "count CST 9 members 1999-06-01",
                    "withdrew Azerbaijan CST 1999-04 asserted",
                    "withdrew Georgia CST 1999-04 asserted",
                    "withdrew Uzbekistan CST 1999-04 asserted",
                ][..]
            } else {
                &["count CST 9 members 1999-06-01"][..]
            },
        );
    }
    // A "when" clause's subject is shared only by verbs told in the simple past, and not by
    // one told as later.
    check(
        "1992-05-01",
        "The breakthrough may come on 15 May, when the presidents of Russia, Armenia, Kazakhstan \
         and Uzbekistan meet in Tashkent and sign the Collective Security Treaty.",
        &[],
    );
    check(
        "2002-01-01",
        "The breakthrough came on 21 December 1991, when the presidents of Russia, Ukraine, \
         Belarus and Kazakhstan met in Almaty and later founded the CIS.",
        &[
            "founded Belarus CIS ..2002-01-01 asserted",
            "founded Kazakhstan CIS ..2002-01-01 asserted",
            "founded Russia CIS ..2002-01-01 asserted",
            "founded Ukraine CIS ..2002-01-01 asserted",
        ],
    );
    // A dash aside dates the verb only as a meeting with one date.
    for aside in [
        "first meeting in Strasbourg on 10 October, then in Baku on 20 November",
        "still smarting from the Russian veto on 10 October",
    ] {
        check(
            "1998-01-01",
            &format!("Georgia, Ukraine, Azerbaijan and Moldova — {aside} — formed GUAM."),
            &[
                "founded Azerbaijan GUAM ..1998-01-01 asserted",
                "founded Georgia GUAM ..1998-01-01 asserted",
                "founded Moldova GUAM ..1998-01-01 asserted",
                "founded Ukraine GUAM ..1998-01-01 asserted",
            ],
        );
    }
    // "Together with Georgia as an observer": only Georgia is the observer.
    check(
        "1992-01-01",
        "On 21 December eight more republics joined the CIS: Armenia, Azerbaijan and Uzbekistan, \
         together with Georgia as an observer.",
        &["observer Georgia CIS 1991-12-21 asserted"],
    );
    // A bare staying-out keeps the body named before when only some of the list are in it by
    // the reference timeline (that may be the author's slip, for the rules to find).
    check(
        "2003-05-01",
        "The CSTO charter entered into force last month. Ukraine and Armenia remain outside.",
        &[
            "not_member Armenia CSTO 2003-05-01 asserted",
            "not_member Ukraine CSTO 2003-05-01 asserted",
        ],
    );
}

#[test]
fn the_forty_third_sessions_constructions() {
    // "the same day", "the same month" after a day or month this sentence named before the
    // claim (a bare month of the past being the last one by the article's date).
    check(
        "2004-06-10",
        "On 29 March, Estonia, Latvia and Lithuania joined NATO, and Romania and Bulgaria \
         entered the alliance the same day.",
        &[
            "joined Bulgaria NATO 2004-03-29 asserted",
            "joined Estonia NATO 2004-03-29 asserted",
            "joined Latvia NATO 2004-03-29 asserted",
            "joined Lithuania NATO 2004-03-29 asserted",
            "joined Romania NATO 2004-03-29 asserted",
        ],
    );
    check(
        "1995-08-28",
        "In January, Russia and Belarus created a customs union, and Kazakhstan joined it the \
         same month.",
        &[
            "founded Belarus CustomsUnion 1995-01 asserted",
            "founded Russia CustomsUnion 1995-01 asserted",
            "joined Kazakhstan CustomsUnion 1995-01 asserted",
        ],
    );
    // ("in January last year": the year before the article's)
    check(
        "1996-04-02",
        "Russia and Belarus set up the customs union in January last year, and Kazakhstan joined \
         it the same month.",
        &[
            "founded Belarus CustomsUnion 1995-01 asserted",
            "founded Russia CustomsUnion 1995-01 asserted",
            "joined Kazakhstan CustomsUnion 1995-01 asserted",
        ],
    );
    // ("the day after" counts on; it is not "that day")
    check(
        "1994-02-10",
        "Poland joined the Partnership for Peace on 2 February, and Estonia did so the day after.",
        &["joined Poland PfP 1994-02-02 asserted"],
    );
    // A joining with nothing named is not of a body the reference timeline never has any of
    // the joiners in by the article's date.
    check(
        "2004-06-16",
        "Georgia, Ukraine, Azerbaijan and Moldova founded GUAM in 1997.\n\nThe Union is new too. \
         On 1 May, Poland, Estonia, Latvia and Lithuania, which joined that day, came to border \
         Belarus.",
        &[
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
        ],
    );
    // (observers were never members: still admitted to what the sentence before told of)
    check(
        "2005-08-30",
        "The SCO met in Astana on 5 July. India, Iran and Pakistan were admitted as observers at \
         the same summit.",
        &[
            "observer India SCO 2005-07-05 asserted",
            "observer Iran SCO 2005-07-05 asserted",
            "observer Pakistan SCO 2005-07-05 asserted",
        ],
    );
    // A speaker's short aside between two sentences keeps the event told before for the
    // next: "followed" is still a joining of the Partnership.
    check(
        "1994-06-27",
        "Ukraine signed up for Partnership for Peace back in February. We were quite proud of \
         that in Kyiv. Moldova and Georgia followed in March.",
        &[
            "joined Georgia PfP 1994-03 asserted",
            "joined Moldova PfP 1994-03 asserted",
            "joined Ukraine PfP 1994-02 asserted",
        ],
    );
    // A sentence without a verb that goes on from that event for more states at dates of
    // their own ("got in": a joining).
    check(
        "1994-06-27",
        "Moldova joined the Partnership for Peace in March. Then Azerbaijan, Turkmenistan and \
         Kazakhstan in May, and Kyrgyzstan at the start of this month. Romania joined it in \
         January; Lithuania got in that same month, and Poland in February.",
        &[
            "joined Azerbaijan PfP 1994-05 asserted",
            "joined Kazakhstan PfP 1994-05 asserted",
            "joined Kyrgyzstan PfP 1994-06 asserted",
            "joined Lithuania PfP 1994-01 asserted",
            "joined Moldova PfP 1994-03 asserted",
            "joined Poland PfP 1994-02 asserted",
            "joined Romania PfP 1994-01 asserted",
            "joined Turkmenistan PfP 1994-05 asserted",
        ],
    );
    // (not a sentence with anything else in it)
    check(
        "1994-06-27",
        "Moldova joined the Partnership for Peace in March. Then Azerbaijan in May, to everyone's \
         surprise.",
        &["joined Moldova PfP 1994-03 asserted"],
    );
    // A year written with an apostrophe and two digits.
    check(
        "2003-12-04",
        "Georgia and Azerbaijan walked out of the Tashkent Treaty back in '99. Georgia has been \
         in the Partnership for Peace since \u{2019}94. Georgia joined the CIS in December '93. In \
         the '90s Russia's 'allies' were few.",
        &[
            "joined Georgia CIS 1993-12 asserted",
            "member Georgia PfP 1994..2003-12-04 asserted",
            "withdrew Azerbaijan CST 1999 asserted",
            "withdrew Georgia CST 1999 asserted",
        ],
    );
    // "The security pact now has seven members: ...": the listed are members of the body the
    // subject points back to (here a treaty, though all six were in the Commonwealth too).
    check(
        "1993-09-27",
        "Azerbaijan was admitted to the Commonwealth of Independent States and signed the \
         Collective Security Treaty.\n\nElchibey kept Azerbaijan out of both the Commonwealth and \
         the security treaty.\n\nThe security pact now has seven members: Armenia, Kazakhstan, \
         Kyrgyzstan, Russia, Tajikistan and Uzbekistan, which signed it in May last year, and \
         Azerbaijan.",
        &[
            "count CST 7 members 1993-09-27",
            "joined Azerbaijan CIS ..1993-09-27 asserted",
            "member Armenia CST 1993-09-27 asserted",
            "member Kazakhstan CST 1993-09-27 asserted",
            "member Kyrgyzstan CST 1993-09-27 asserted",
            "member Russia CST 1993-09-27 asserted",
            "member Tajikistan CST 1993-09-27 asserted",
            "member Uzbekistan CST 1993-09-27 asserted",
            "signed Armenia CST 1992-05 asserted",
            "signed Azerbaijan CST ..1993-09-27 asserted",
            "signed Kazakhstan CST 1992-05 asserted",
            "signed Kyrgyzstan CST 1992-05 asserted",
            "signed Russia CST 1992-05 asserted",
            "signed Tajikistan CST 1992-05 asserted",
            "signed Uzbekistan CST 1992-05 asserted",
        ],
    );
    // "Moscow's security treaty", "NATO's partnership" (lexicon names).
    check(
        "1994-06-24",
        "Georgia, meanwhile, acceded to Moscow's security treaty in December and to NATO's \
         partnership in March.",
        &[
            "joined Georgia CST 1993-12 asserted",
            "joined Georgia PfP 1994-03 asserted",
        ],
    );
    // (without the preposition, and with one date for both, as before)
    check(
        "1994-06-24",
        "Georgia and Azerbaijan joined the CIS in 1993 and the PfP in 1994. Ukraine acceded to \
         the CST and to the PfP in March.",
        &[
            "joined Azerbaijan CIS 1993 asserted",
            "joined Azerbaijan PfP 1994 asserted",
            "joined Georgia CIS 1993 asserted",
            "joined Georgia PfP 1994 asserted",
            "joined Ukraine CST 1994-03 asserted",
            "joined Ukraine PfP 1994-03 asserted",
        ],
    );
    // "is in both X and Y", and a list of bodies with "now" before its last.
    check(
        "2001-06-21",
        "Kazakhstan is in both the SCO and the CIS. Tajikistan is in the Commonwealth, the \
         Tashkent Treaty and now the Shanghai Cooperation Organisation.",
        &[
            "member Kazakhstan CIS 2001-06-21 asserted",
            "member Kazakhstan SCO 2001-06-21 asserted",
            "member Tajikistan CIS 2001-06-21 asserted",
            "member Tajikistan CST 2001-06-21 asserted",
            "member Tajikistan SCO 2001-06-21 asserted",
        ],
    );
    // (not "both" standing for two named before, nor a pair that is no bodies)
    check(
        "2001-06-21",
        "Kazakhstan is in both the talks and the consortium.",
        &[],
    );
}

#[test]
fn the_forty_third_sessions_review_cases() {
    // "that day" is the day of a claim told before it in the sentence, not one a relative or
    // reporting clause names.
    for aside in [
        "which had applied on 2 May 1996",
        "officials recalled on Monday",
    ] {
        check(
            "2005-06-10",
            &format!(
                "NATO expanded on 29 March 2004. Lithuania, {aside}, entered the alliance that day."
            ),
            &["joined Lithuania NATO 2004-03-29 asserted"],
        );
    }
    // ("the same day next year", "the same month last year": not that day or month)
    check(
        "2005-06-10",
        "On 29 March 2004, Lithuania joined NATO, and Latvia will enter the alliance the same \
         day next year.",
        &[
            "joined Latvia NATO 2006 planned",
            "joined Lithuania NATO 2004-03-29 asserted",
        ],
    );
    // ("January of last year ... later that month"; "on the day the new body was proclaimed")
    check(
        "1996-04-03",
        "Russia and Belarus founded the customs union in January of last year, and Kazakhstan \
         entered it later that month.",
        &[
            "founded Belarus CustomsUnion 1995-01 asserted",
            "founded Russia CustomsUnion 1995-01 asserted",
            "joined Kazakhstan CustomsUnion 1995-01 asserted",
        ],
    );
    check(
        "2001-06-25",
        "On 15 June the SCO was founded in Shanghai. Uzbekistan, the newcomer, joined on the day \
         the new body was proclaimed.",
        &[
            "founded - SCO 2001-06-15 asserted",
            "founded - SCO 2001-06-15 asserted",
            "joined Uzbekistan SCO 2001-06-15 asserted",
        ],
    );
    // The reference timeline drops no joining still to come, denied, or told near the day it
    // took effect.
    check(
        "1999-03-10",
        "GUAM leaders met in Baku. Uzbekistan will join in April.",
        &["joined Uzbekistan GUAM 1999-04 planned"],
    );
    check(
        "1992-05-16",
        "Eight more republics joined the CIS in Alma-Ata. Estonia and Georgia have refused to \
         join.",
        &[
            "joined Estonia CIS ..1992-05-16 negated",
            "joined Georgia CIS ..1992-05-16 negated",
        ],
    );
    check(
        "2005-10-07",
        "EurAsEC leaders met in St Petersburg. Uzbekistan joined yesterday.",
        &["joined Uzbekistan EurAsEC 2005-10-06 asserted"],
    );
    // A plan's second object is dated ahead.
    check(
        "2004-02-16",
        "Estonia is to accede to NATO on 29 March and to the EU on 1 May.",
        &[
            "joined Estonia EU 2004-05-01 planned",
            "joined Estonia NATO 2004-03-29 planned",
        ],
    );
    // A verbless sentence after a founding joins; it repeats no state, and no denial.
    check(
        "2005-06-10",
        "Georgia, Ukraine, Azerbaijan and Moldova founded GUAM in 1997. Then Uzbekistan in 1999. \
         Georgia joined the CIS in 1993. Tbilisi in May. Moldova did not join the PfP in March. \
         Then Azerbaijan in May.",
        &[
            "founded Azerbaijan GUAM 1997 asserted",
            "founded Georgia GUAM 1997 asserted",
            "founded Moldova GUAM 1997 asserted",
            "founded Ukraine GUAM 1997 asserted",
            "joined Georgia CIS 1993 asserted",
            "joined Moldova PfP 2005-03 negated",
            "joined Uzbekistan GUAM 1999 asserted",
        ],
    );
    // Short years: a range, and never a decade; "got in on the act" is no joining.
    check(
        "1995-02-16",
        "Azerbaijan and Georgia joined the CST in '93-'94. In the '90's little happened. \
         Lithuania got in on the act in May.",
        &[
            "joined Azerbaijan CST 1993..1994 asserted",
            "joined Georgia CST 1993..1994 asserted",
        ],
    );
}

#[test]
fn the_forty_fourth_sessions_constructions() {
    // "It is the only ... state in X": a subject pointing back before the copula.
    check(
        "2008-11-18",
        "Armenia has chosen to say nothing. It is the only South Caucasus state in the CSTO.",
        &["member Armenia CSTO 2008-11-18 asserted"],
    );
    // "both" is a pair: past a longer list a relative clause names, the pair before it.
    check(
        "2003-12-03",
        "Neither Baku nor Tbilisi belongs to the CSTO, which groups Armenia, Belarus and Russia; \
         both are members of GUUAM.",
        &[
            "member Armenia CSTO 2003-12-03 asserted",
            "member Azerbaijan GUAM 2003-12-03 asserted",
            "member Belarus CSTO 2003-12-03 asserted",
            "member Georgia GUAM 2003-12-03 asserted",
            "member Russia CSTO 2003-12-03 asserted",
            "not_member Azerbaijan CSTO 2003-12-03 asserted",
            "not_member Georgia CSTO 2003-12-03 asserted",
        ],
    );
    // ", and all but X belong to A and B": the rest are in both, X in neither.
    check(
        "2004-10-20",
        "Russia, Kazakhstan and Uzbekistan sit in the SCO, and all but Uzbekistan belong to the \
         Eurasian Economic Community and the CSTO.",
        &[
            "member Kazakhstan CSTO 2004-10-20 asserted",
            "member Kazakhstan EurAsEC 2004-10-20 asserted",
            "member Kazakhstan SCO 2004-10-20 asserted",
            "member Russia CSTO 2004-10-20 asserted",
            "member Russia EurAsEC 2004-10-20 asserted",
            "member Russia SCO 2004-10-20 asserted",
            "member Uzbekistan SCO 2004-10-20 asserted",
            "not_member Uzbekistan CSTO 2004-10-20 asserted",
            "not_member Uzbekistan EurAsEC 2004-10-20 asserted",
        ],
    );
    // An organisation named for its soldiers ("NATO forces") is not what a bare joining in
    // the next sentence is of: the programme the article is about is.
    check(
        "1994-05-12",
        "Turkmenistan has signed up to NATO's Partnership for Peace.\n\nLaunched in January, the \
         programme lets former Soviet republics train with NATO forces. Romania joined on 26 \
         January; Poland and Estonia followed in February.",
        &[
            "founded - PfP 1994-01 asserted",
            "joined Estonia PfP 1994-02 asserted",
            "joined Poland PfP 1994-02 asserted",
            "joined Romania PfP 1994-01-26 asserted",
            "joined Turkmenistan PfP ..1994-05-12 asserted",
        ],
    );
}
