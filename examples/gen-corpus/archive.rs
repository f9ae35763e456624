//! Article assembly: picks a date, a topic and sentences true at that date, plants
//! contradictions and innocent twins at their rates, writes the files, and keeps every fact
//! the text states (the model the expected findings are predicted from).

use crate::model::{self, Fact, Origin};
use crate::text::*;
use crate::world::*;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

pub struct Options {
    pub articles: usize,
    pub seed: u64,
    /// One article in `plant_one_in` gets a planted contradiction (0: none).
    pub plant_one_in: usize,
    /// One article in `twin_one_in` gets an innocent twin (a near-miss that must stay quiet).
    pub twin_one_in: usize,
}

/// Where each sentence lies: (article, byte start, byte end).
pub type SentenceSpan = (u32, u32, u32);

pub struct Corpus {
    pub paths: Vec<String>,
    pub dates: Vec<Day>,
    pub sentences: Vec<SentenceSpan>,
    pub sentence_tags: Vec<Option<Tag>>,
    pub facts: Vec<Fact>,
    pub bytes: u64,
    pub words: u64,
}

const TOPICS: &[&str] = &["CST", "CSTO", "GUAM", "CIS", "SCO", "EurAsEC", "troops"];

fn topic_ok(t: &str, d: Day) -> bool {
    match t {
        "CST" => d < day(2002, 10, 7),
        "CSTO" => d >= day(2002, 10, 10),
        "GUAM" => d >= day(1997, 10, 15),
        "SCO" => d >= day(2001, 6, 20),
        "EurAsEC" => d >= day(2000, 10, 15),
        _ => true,
    }
}

/// A true claim sentence about `topic` at the context's date, or `None` if the draw found
/// nothing to say.
fn topic_unit(rng: &mut Rng, cx: &Ctx, topic: &'static str) -> Option<Unit> {
    let d = cx.d;
    let o: &'static str = match topic {
        "troops" => {
            let subs: Vec<&'static Subject> = SUBJECTS
                .iter()
                .filter(|s| parse_day(s.from) <= d && d <= parse_day(s.to))
                .collect();
            let s = rng.pick(&subs);
            return Some(vec![quantity_sentence(rng, cx, s, 1.0)]);
        }
        t => ORGS.iter().find(|o| o.id == t).unwrap().id,
    };
    match rng.below(10) {
        // A past event of the organisation (or of its predecessor).
        0..=2 => {
            let evs: Vec<&WorldEvent> = EVENTS
                .iter()
                .filter(|e| {
                    (e.org == o || (o == "CSTO" && e.org == "CST"))
                        && day(e.when.0, e.when.1, e.when.2) + 10 < d
                })
                .collect();
            if evs.is_empty() {
                return None;
            }
            let e = rng.pick(&evs);
            let t = day(e.when.0, e.when.1, e.when.2);
            if e.ev == Ev::Withdrew && e.states.len() > 1 && rng.chance(3) {
                let k = 2 + rng.below(e.states.len() - 1);
                let st = rng.subset(e.states, k);
                return Some(pronoun_withdrawal(rng, cx, &st, e.org, t, e.finest));
            }
            if e.org == "CST" && e.ev == Ev::Joined && rng.chance(3) {
                return Some(treaty_anaphora(rng, cx));
            }
            let st = if e.states.len() > 1 {
                let k = 1 + rng.below(e.states.len());
                rng.subset(e.states, k)
            } else {
                e.states.to_vec()
            };
            Some(vec![event_sentence(rng, cx, &st, e.org, e.ev, t, e.finest)])
        }
        3..=4 => {
            let m = status_states(o, true, d);
            if m.is_empty() {
                return None;
            }
            let k = if rng.chance(3) { 2.min(m.len()) } else { 1 };
            let st = rng.subset(&m, k);
            Some(vec![member_sentence(rng, cx, &st, o)])
        }
        5 => {
            let m = status_states(o, false, d);
            if m.is_empty() {
                return None;
            }
            let k = if rng.chance(4) { 2.min(m.len()) } else { 1 };
            let st = rng.subset(&m, k);
            Some(vec![not_member_sentence(rng, cx, &st, o)])
        }
        6..=7 => {
            let c = rng.pick(&[
                Counted::Members,
                Counted::Members,
                Counted::Signatories,
                Counted::Founders,
            ]);
            let n = count_truth(o, c, d)?;
            let members = status_states(o, true, d);
            if c == Counted::Members && members.len() == n as usize && rng.chance(2) {
                if rng.chance(2) && org(o).abbr.is_some() {
                    let st = rng.pick(&members);
                    return Some(vec![one_of_sentence(cx, st, o, n)]);
                }
                return Some(vec![count_sentence(rng, cx, o, c, n, &members)]);
            }
            Some(vec![count_sentence(rng, cx, o, c, n, &[])])
        }
        8 => {
            // "since": a true member from a year on.
            let m = status_states(o, true, d);
            if m.is_empty() {
                return None;
            }
            let st = rng.pick(&m);
            let entry = REFERENCE
                .iter()
                .filter(|r| {
                    r.state == Some(st)
                        && (r.org == o)
                        && matches!(r.ev, Ev::Signed | Ev::Joined | Ev::Founded | Ev::Rejoined)
                })
                .filter_map(|r| Iv::parse(r.when).to)
                .max()
                .map(year_of)
                .unwrap_or_else(|| year_of(founded(o)));
            let y = entry.max(year_of(founded(o)));
            if y >= cx.year {
                return None;
            }
            Some(vec![since_sentence(rng, cx, st, o, y)])
        }
        _ => {
            // An office-holder of a state that matters to the organisation.
            office_unit(rng, cx)
        }
    }
}

const PRESIDENT_STATES: &[&str] = &[
    "Uzbekistan",
    "Georgia",
    "Azerbaijan",
    "Armenia",
    "Belarus",
    "Kazakhstan",
    "Kyrgyzstan",
    "Tajikistan",
    "Turkmenistan",
    "Russia",
    "Ukraine",
    "Moldova",
];

fn office_unit(rng: &mut Rng, cx: &Ctx) -> Option<Unit> {
    let d = cx.d;
    let holders: Vec<(&'static str, &'static str)> = PRESIDENT_STATES
        .iter()
        .filter_map(|s| holder(Role::President, s, d, 3).map(|p| (p, *s)))
        .collect();
    if holders.len() < 2 {
        return None;
    }
    match rng.below(6) {
        0 => {
            let two = rng.subset(&holders, 2);
            Some(vec![two_presidents_sentence(rng, cx, two[0], two[1])])
        }
        1 if holder(Role::PrimeMinister, "Russia", d, 3) == Some("Vladimir Putin")
            && d > day(2008, 6, 1) =>
        {
            Some(vec![prime_minister_sentence(rng, cx)])
        }
        _ => {
            let (p, s) = rng.pick(&holders);
            Some(vec![office_sentence(rng, cx, p, s)])
        }
    }
}

// ---------------------------------------------------------------- plants and twins

fn plant_maw(rng: &mut Rng, cx: &Ctx) -> Option<Sent> {
    let d = cx.d;
    let mut c: Vec<(&'static str, &'static str)> = Vec::new();
    if d >= day(2002, 10, 10) {
        c.extend([("Azerbaijan", "CSTO"), ("Georgia", "CSTO")]);
    }
    if (day(2000, 1, 1)..day(2002, 10, 7)).contains(&d) {
        c.extend([
            ("Azerbaijan", "CST"),
            ("Georgia", "CST"),
            ("Uzbekistan", "CST"),
        ]);
    }
    if (day(2002, 10, 10)..=day(2005, 12, 31)).contains(&d) {
        c.push(("Uzbekistan", "CSTO"));
    }
    if d >= day(2005, 6, 1) {
        c.push(("Uzbekistan", "GUAM"));
    }
    if d >= day(2009, 9, 1) {
        c.push(("Georgia", "CIS"));
    }
    if c.is_empty() {
        return None;
    }
    let (st, o) = rng.pick(&c);
    Some(member_sentence(rng, cx, &[st], o))
}

fn plant_edc(rng: &mut Rng, cx: &Ctx) -> Option<Sent> {
    // (states, org, event, wrong years)
    let menu: &[(&[&'static str], &'static str, Ev, &[i32])] = &[
        (&[], "GUAM", Ev::Founded, &[1998, 1999]),
        (&[], "SCO", Ev::Founded, &[2002, 2003]),
        (&[], "CSTO", Ev::Founded, &[2003, 2004]),
        (&["Uzbekistan"], "CSTO", Ev::Rejoined, &[2007, 2008]),
        (&["Uzbekistan"], "GUAM", Ev::Joined, &[2000, 2001]),
        (&["Azerbaijan"], "CST", Ev::Joined, &[1994, 1995]),
        (&["Georgia"], "CST", Ev::Joined, &[1995]),
        (&["Belarus"], "CST", Ev::Joined, &[1995]),
        (&["Uzbekistan"], "GUAM", Ev::Withdrew, &[2006, 2007]),
        (&["Georgia"], "CIS", Ev::Withdrew, &[2010, 2011]),
        (&["Uzbekistan"], "EurAsEC", Ev::Suspended, &[2009, 2010]),
        (&["Uzbekistan"], "CSTO", Ev::Suspended, &[2011]),
    ];
    let ok: Vec<_> = menu
        .iter()
        .flat_map(|(s, o, e, ys)| ys.iter().map(move |y| (*s, *o, *e, *y)))
        .filter(|(_, _, _, y)| *y < cx.year)
        .collect();
    if ok.is_empty() {
        return None;
    }
    let (s, o, e, y) = rng.pick(&ok);
    Some(event_sentence_at(
        rng,
        cx,
        s,
        o,
        e,
        &format!("in {y}"),
        Iv::year(y),
    ))
}

fn plant_eo(rng: &mut Rng, cx: &Ctx) -> Option<Sent> {
    let d = cx.d;
    let mut menu: Vec<Sent> = Vec::new();
    if d >= day(1998, 4, 1) {
        menu.push(event_sentence_at(
            rng,
            cx,
            &["Uzbekistan"],
            "GUAM",
            Ev::Withdrew,
            "in March 1998",
            Iv::month(1998, 3),
        ));
    }
    if cx.year >= 1999 {
        let y = 1998 + rng.below((cx.year - 1998) as usize) as i32;
        let st = rng.pick(&["Armenia", "Kazakhstan", "Belarus"]);
        let ev = rng.pick(&[Ev::Withdrew, Ev::Suspended]);
        menu.push(event_sentence_at(
            rng,
            cx,
            &[st],
            "GUAM",
            ev,
            &format!("in {y}"),
            Iv::year(y),
        ));
    }
    if cx.year >= 2000 {
        menu.push(event_sentence_at(
            rng,
            cx,
            &["Uzbekistan"],
            "SCO",
            Ev::Joined,
            "in 1999",
            Iv::year(1999),
        ));
    }
    if d >= day(1997, 11, 1) {
        menu.push(event_sentence_at(
            rng,
            cx,
            &["Georgia"],
            "GUAM",
            Ev::Joined,
            "in 1996",
            Iv::year(1996),
        ));
    }
    if menu.is_empty() {
        return None;
    }
    let i = rng.below(menu.len());
    Some(menu.swap_remove(i))
}

fn plant_cm(rng: &mut Rng, cx: &Ctx) -> Option<Sent> {
    let d = cx.d;
    let opts: Vec<(&'static str, Counted, u32)> = ["CSTO", "CST", "GUAM", "SCO", "CIS"]
        .iter()
        .flat_map(|o| {
            [Counted::Members, Counted::Signatories, Counted::Founders]
                .into_iter()
                .filter_map(move |c| count_truth(o, c, d).map(|n| (*o, c, n)))
        })
        .collect();
    if opts.is_empty() {
        return None;
    }
    let (o, c, n) = rng.pick(&opts);
    let wrong = if n <= 4 || rng.chance(2) {
        n + 1 + rng.below(2) as u32
    } else {
        n - 1 - rng.below(2) as u32
    };
    let wrong = wrong.min(12);
    let members = status_states(o, true, d);
    if c == Counted::Members && members.len() == n as usize && rng.chance(2) {
        return Some(count_sentence(rng, cx, o, c, wrong, &members));
    }
    Some(count_sentence(rng, cx, o, c, wrong, &[]))
}

fn plant_oc(rng: &mut Rng, cx: &Ctx) -> Option<Sent> {
    let d = cx.d;
    let mut c: Vec<(&'static str, &'static str)> = Vec::new();
    for st in PRESIDENT_STATES {
        if holder(Role::President, st, d, 0).is_none() {
            continue;
        }
        for t in TERMS {
            if t.state == *st && t.role == Role::President {
                // Someone who held the office, but not within a month of this date.
                let iv = term_iv(t);
                let far = iv.to.unwrap() < d - 31 || iv.from.unwrap() > d + 31;
                let never_now = TERMS.iter().filter(|u| u.person == t.person).all(|u| {
                    let w = term_iv(u);
                    w.to.unwrap() < d - 31 || w.from.unwrap() > d + 31
                });
                if far && never_now {
                    c.push((t.person, st));
                }
            }
        }
    }
    if c.is_empty() {
        return None;
    }
    let (p, st) = rng.pick(&c);
    Some(office_sentence(rng, cx, p, st))
}

/// A quantity far from the truth, for a subject an earlier article reported within 90 days.
fn plant_qd(
    rng: &mut Rng,
    cx: &Ctx,
    last_seen: &BTreeMap<&'static str, (Day, Day)>,
) -> Option<Sent> {
    let subs: Vec<&'static Subject> = SUBJECTS
        .iter()
        .filter(|s| {
            parse_day(s.from) <= cx.d
                && cx.d <= parse_day(s.to)
                && last_seen.get(s.id).is_some_and(|&(latest, prev)| {
                    let l = if latest < cx.d { latest } else { prev };
                    l < cx.d && cx.d - l <= 80
                })
        })
        .collect();
    if subs.is_empty() {
        return None;
    }
    let s = rng.pick(&subs);
    let factor = rng.pick(&[0.45, 0.5, 0.55, 1.8, 2.0]);
    Some(quantity_sentence(rng, cx, s, factor))
}

/// Self-contradiction: a true member claim and a false denial in one article.
fn plant_sc(rng: &mut Rng, cx: &Ctx) -> Option<Unit> {
    let opts: Vec<(&'static str, &'static str)> = ["CSTO", "CST", "GUAM", "SCO", "CIS", "EurAsEC"]
        .iter()
        .flat_map(|o| {
            status_states(o, true, cx.d)
                .into_iter()
                .map(move |s| (s, *o))
        })
        .collect();
    if opts.is_empty() {
        return None;
    }
    let (st, o) = rng.pick(&opts);
    Some(vec![
        member_sentence(rng, cx, &[st], o),
        not_member_sentence(rng, cx, &[st], o).tagged(Tag::Plant("self-contradiction")),
    ])
}

fn twin(rng: &mut Rng, cx: &Ctx) -> Option<(Sent, &'static str)> {
    let d = cx.d;
    let mut menu: Vec<(Sent, &'static str)> = Vec::new();
    if (day(2007, 1, 1)..=day(2012, 5, 31)).contains(&d) {
        menu.push((rejoined_member_sentence(rng, cx), "rejoin-between"));
    }
    if (day(2002, 7, 1)..=day(2005, 4, 30)).contains(&d) {
        menu.push((
            hedged_sentence(rng, cx, "Uzbekistan", "GUAM"),
            "hedged-member",
        ));
    }
    if d >= day(2012, 7, 15) {
        menu.push((
            hedged_sentence(rng, cx, "Uzbekistan", "CSTO"),
            "hedged-member",
        ));
    }
    if d >= day(2000, 1, 1) {
        let st = rng.pick(&["Azerbaijan", "Georgia"]);
        menu.push((
            hedged_sentence(rng, cx, st, "CST"),
            "hedged-member-after-withdrawal",
        ));
    }
    if d < day(1999, 1, 31) {
        menu.push((threat_sentence(rng, cx, "Armenia", "CST"), "planned-exit"));
    }
    menu.push((threat_sentence(rng, cx, "Ukraine", "CIS"), "planned-exit"));
    if d >= day(1997, 10, 15) {
        menu.push((threat_sentence(rng, cx, "Moldova", "GUAM"), "planned-exit"));
    }
    if (day(2008, 8, 20)..=day(2009, 8, 10)).contains(&d) {
        menu.push((will_leave_sentence(rng, cx), "planned-exit"));
    }
    if d >= day(2003, 1, 1) {
        let st = rng.pick(&["Uzbekistan", "Azerbaijan", "Georgia"]);
        menu.push((did_not_sign_sentence(rng, st), "negated"));
        let st = rng.pick(&[
            "Armenia",
            "Kazakhstan",
            "Kyrgyzstan",
            "Russia",
            "Tajikistan",
        ]);
        menu.push((lineage_sentence(rng, st), "lineage"));
    }
    if d >= day(2000, 1, 1) {
        let st = rng.pick(&["Azerbaijan", "Georgia", "Uzbekistan"]);
        menu.push((former_sentence(rng, cx, st, "CST"), "former-member"));
        if d < day(2002, 10, 7) {
            menu.push((until_sentence(rng, cx, st, "CST", 1999), "past-and-present"));
        }
    }
    if d >= day(2010, 1, 1) {
        menu.push((
            until_sentence(rng, cx, "Georgia", "CIS", 2009),
            "past-and-present",
        ));
        menu.push((former_sentence(rng, cx, "Georgia", "CIS"), "former-member"));
    }
    if d >= day(2006, 1, 1) {
        menu.push((
            former_sentence(rng, cx, "Uzbekistan", "GUAM"),
            "former-member",
        ));
    }
    // A right count with its list.
    for o in ["CSTO", "GUAM", "SCO"] {
        if let Some(n) = count_truth(o, Counted::Members, d) {
            let m = status_states(o, true, d);
            if m.len() == n as usize {
                menu.push((
                    count_sentence(rng, cx, o, Counted::Members, n, &m),
                    "right-count",
                ));
            }
        }
    }
    // A past holder, marked as past.
    let past: Vec<&Term> = TERMS
        .iter()
        .filter(|t| {
            t.role == Role::President
                && year_of(term_iv(t).from.unwrap()).max(1997) < cx.year
                && term_iv(t).to.unwrap() < d - 400
        })
        .collect();
    if !past.is_empty() {
        let t = rng.pick(&past);
        let iv = term_iv(t);
        let lo = year_of(iv.from.unwrap()).max(1997);
        let hi = year_of(iv.to.unwrap()).min(cx.year - 1);
        if lo <= hi {
            let y = lo + rng.below((hi - lo + 1) as usize) as i32;
            menu.push((
                then_president_sentence(rng, t.person, t.state, y),
                "then-president",
            ));
            let never_now = TERMS
                .iter()
                .filter(|u| u.person == t.person)
                .all(|u| term_iv(u).to.unwrap() < d - 3);
            if never_now {
                menu.push((
                    former_president_sentence(rng, cx, t.person, t.state),
                    "former-president",
                ));
            }
        }
    }
    if menu.is_empty() {
        return None;
    }
    let i = rng.below(menu.len());
    Some(menu.swap_remove(i))
}

// ---------------------------------------------------------------- articles

const FOOTER: &str = "Eurasia Bulletin is published by the Caspian Policy Foundation. Reproduction without permission is prohibited. Contact: editor@eurasia-bulletin.example";

struct Built {
    text: String,
    /// (byte start, byte end, sentence) in the file.
    sents: Vec<(u32, u32, Sent)>,
    words: u64,
}

fn build_article(
    rng: &mut Rng,
    d: Day,
    issue: usize,
    plant: Option<Unit>,
    twin: Option<Sent>,
) -> Built {
    let cx = Ctx {
        d,
        year: year_of(d),
    };
    let topics: Vec<&'static str> = TOPICS.iter().copied().filter(|t| topic_ok(t, d)).collect();
    let topic = rng.pick(&topics);
    let second = rng.pick(&topics);
    let target = 120 + rng.below(260);
    let mut paras: Vec<Vec<Unit>> = Vec::new();
    let mut words = 0usize;
    let mut claims = 0usize;
    let mut fills = 0usize;
    while words < target || paras.len() < 2 {
        let n = 2 + rng.below(3);
        let mut para: Vec<Unit> = Vec::new();
        for _ in 0..n {
            let want_claim = claims <= fills && rng.chance(2);
            let unit = if want_claim {
                let t = if rng.chance(4) { second } else { topic };
                topic_unit(rng, &cx, t)
            } else {
                None
            };
            let unit = match unit {
                Some(u) => {
                    claims += u.len();
                    u
                }
                None => {
                    fills += 1;
                    vec![filler(rng)]
                }
            };
            words += unit
                .iter()
                .map(|s| s.text.split_whitespace().count())
                .sum::<usize>();
            para.push(unit);
        }
        paras.push(para);
    }
    // Planted sentences go into random paragraphs, between units; a two-sentence plant is
    // split over two paragraphs.
    let mut extra: Vec<Sent> = Vec::new();
    if let Some(p) = plant {
        extra.extend(p);
    }
    if let Some(t) = twin {
        extra.push(t);
    }
    let mut used_paras: Vec<usize> = Vec::new();
    for s in extra {
        let mut pi = rng.below(paras.len());
        if used_paras.contains(&pi) && paras.len() > used_paras.len() {
            while used_paras.contains(&pi) {
                pi = (pi + 1) % paras.len();
            }
        }
        used_paras.push(pi);
        let ui = rng.below(paras[pi].len() + 1);
        paras[pi].insert(ui, vec![s]);
    }
    let (y, _, _) = civil(d);
    let topic_name = match topic {
        "troops" => "garrison",
        "CST" => "Tashkent Treaty",
        t => t,
    };
    let ttl = title(rng, topic_name);
    let author = rng.pick(AUTHORS);
    let mut text = if rng.chance(3) {
        format!(
            "Publication: Eurasia Bulletin Volume: {} Issue: {issue}\nDate: {}\nTitle: {ttl}\nAuthor: {author}\n\n",
            y - 1994,
            iso(d)
        )
    } else {
        format!(
            "Publication: Eurasia Bulletin\nVolume: {}\nIssue: {issue}\nDate: {}\nTitle: {ttl}\nAuthor: {author}\n\n",
            y - 1994,
            iso(d)
        )
    };
    let mut sents = Vec::new();
    let mut total_words = 0u64;
    for para in paras {
        let mut first = true;
        for unit in para {
            for s in unit {
                if !first {
                    text.push(' ');
                }
                first = false;
                let start = text.len() as u32;
                text.push_str(&s.text);
                total_words += s.text.split_whitespace().count() as u64;
                sents.push((start, text.len() as u32, s));
            }
        }
        text.push_str("\n\n");
    }
    text.push_str(FOOTER);
    text.push_str("\n\n");
    let (_, m, dd) = civil(d - 1 - rng.below(5) as i32);
    let a1 = rng.pick(AGENCIES);
    let a2 = rng.pick(AGENCIES);
    text.push_str(&format!(
        "(Sources: {a1}, {} {dd}; {a2}, {} {})\n",
        MONTHS[m as usize - 1],
        MONTHS[m as usize - 1],
        dd
    ));
    Built {
        text,
        sents,
        words: total_words,
    }
}

/// Generates the corpus into `out` (if given) and returns the model of what it wrote.
pub fn generate(opts: &Options, out: Option<&Path>) -> std::io::Result<Corpus> {
    let mut rng = Rng(opts.seed ^ 0x5EED_C1A1_u64);
    let start = day(1997, 1, 2);
    let end = day(2012, 12, 28);
    let span = (end - start) as u64;
    let n = opts.articles.max(1) as u64;
    let width = opts.articles.to_string().len().max(6);
    let mut corpus = Corpus {
        paths: Vec::new(),
        dates: Vec::new(),
        sentences: Vec::new(),
        sentence_tags: Vec::new(),
        facts: Vec::new(),
        bytes: 0,
        words: 0,
    };
    // Per subject, the latest day a true figure was printed and the latest day before it.
    let mut last_seen: BTreeMap<&'static str, (Day, Day)> = BTreeMap::new();
    let mut issue_of_year: BTreeMap<i32, usize> = BTreeMap::new();
    let mut made_dirs: BTreeMap<i32, ()> = BTreeMap::new();
    for i in 0..opts.articles {
        let d = start + ((i as u64 * span) / n) as i32;
        let cx = Ctx {
            d,
            year: year_of(d),
        };
        let issue = {
            let e = issue_of_year.entry(cx.year).or_insert(0);
            *e += 1;
            *e
        };
        let mut plant: Option<Unit> = None;
        if opts.plant_one_in > 0 && rng.chance(opts.plant_one_in) {
            for _ in 0..8 {
                let kind = rng.pick(&[
                    "member-after-withdrawal",
                    "event-date-conflict",
                    "event-order",
                    "count-mismatch",
                    "quantity-drift",
                    "office-conflict",
                    "self-contradiction",
                ]);
                let got = match kind {
                    "member-after-withdrawal" => plant_maw(&mut rng, &cx).map(|s| vec![s]),
                    "event-date-conflict" => plant_edc(&mut rng, &cx).map(|s| vec![s]),
                    "event-order" => plant_eo(&mut rng, &cx).map(|s| vec![s]),
                    "count-mismatch" => plant_cm(&mut rng, &cx).map(|s| vec![s]),
                    "quantity-drift" => plant_qd(&mut rng, &cx, &last_seen).map(|s| vec![s]),
                    "office-conflict" => plant_oc(&mut rng, &cx).map(|s| vec![s]),
                    _ => plant_sc(&mut rng, &cx),
                };
                if let Some(mut u) = got {
                    if kind != "self-contradiction" {
                        for s in &mut u {
                            s.tag = Some(Tag::Plant(kind));
                        }
                    }
                    plant = Some(u);
                    break;
                }
            }
        }
        let tw = if opts.twin_one_in > 0 && rng.chance(opts.twin_one_in) {
            twin(&mut rng, &cx).map(|(s, k)| s.tagged(Tag::Twin(k)))
        } else {
            None
        };
        let built = build_article(&mut rng, d, issue, plant, tw);
        let path = format!("{}/{:0width$}.txt", cx.year, i);
        let art = corpus.paths.len() as u32;
        for (a, b, s) in &built.sents {
            let sent = corpus.sentences.len() as u32;
            corpus.sentences.push((art, *a, *b));
            corpus.sentence_tags.push(s.tag);
            for f in &s.facts {
                if let Claim::Qty { subject, .. } = f.claim
                    && !matches!(s.tag, Some(Tag::Plant(_)))
                {
                    let e = last_seen.entry(subject).or_insert((d, Day::MIN / 4));
                    if d > e.0 {
                        *e = (d, e.0);
                    }
                }
                corpus.facts.push(Fact {
                    claim: f.claim,
                    when: f.when,
                    md: f.md,
                    shifted: f.shifted,
                    origin: Origin::Article,
                    art,
                    sent,
                });
            }
        }
        corpus.bytes += built.text.len() as u64;
        corpus.words += built.words;
        if let Some(dir) = out {
            if let std::collections::btree_map::Entry::Vacant(e) = made_dirs.entry(cx.year) {
                std::fs::create_dir_all(dir.join(cx.year.to_string()))?;
                e.insert(());
            }
            let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join(&path))?);
            f.write_all(built.text.as_bytes())?;
            f.flush()?;
        }
        corpus.paths.push(path);
        corpus.dates.push(d);
    }
    model::add_world_facts(&mut corpus.facts);
    Ok(corpus)
}

/// What a run wrote, for the summary line.
pub struct Summary {
    pub articles: usize,
    pub bytes: u64,
    pub words: u64,
    pub facts: usize,
    /// Planted sentences by the rule they target, and innocent twins by kind.
    pub plants: BTreeMap<&'static str, usize>,
    pub twins: BTreeMap<&'static str, usize>,
    /// Expected findings by rule: (on a planted sentence, consequences elsewhere).
    pub expected: BTreeMap<&'static str, (usize, usize)>,
}

/// Generates the corpus into `dir` and writes `dir/expected.jsonl`.
pub fn write_corpus(
    opts: &Options,
    dir: &Path,
    dump_facts: Option<&Path>,
) -> std::io::Result<Summary> {
    std::fs::create_dir_all(dir)?;
    let corpus = generate(opts, Some(dir))?;
    if let Some(p) = dump_facts {
        let mut out = std::io::BufWriter::new(std::fs::File::create(p)?);
        for v in model::facts_json(&corpus) {
            writeln!(out, "{v}")?;
        }
        out.flush()?;
    }
    let t = std::time::Instant::now();
    let expected = model::expected(&corpus);
    if std::env::var_os("GEN_CORPUS_TIMING").is_some() {
        eprintln!(
            "expected findings predicted in {:.2}s",
            t.elapsed().as_secs_f64()
        );
    }
    let mut out = std::io::BufWriter::new(std::fs::File::create(dir.join("expected.jsonl"))?);
    let mut summary = Summary {
        articles: corpus.paths.len(),
        bytes: corpus.bytes,
        words: corpus.words,
        facts: corpus
            .facts
            .iter()
            .filter(|f| f.origin == Origin::Article)
            .count(),
        plants: BTreeMap::new(),
        twins: BTreeMap::new(),
        expected: BTreeMap::new(),
    };
    let mut seen_plants = std::collections::BTreeSet::new();
    for t in corpus.sentence_tags.iter().flatten() {
        match t {
            Tag::Plant(k) => *summary.plants.entry(k).or_default() += 1,
            Tag::Twin(k) => *summary.twins.entry(k).or_default() += 1,
        }
    }
    for e in &expected {
        let v = model::expected_json(&corpus, e);
        writeln!(out, "{v}")?;
        let fact = &corpus.facts[e.fact];
        let on_plant =
            matches!(corpus.sentence_tags[fact.sent as usize], Some(Tag::Plant(k)) if k == e.rule);
        let entry = summary.expected.entry(e.rule).or_default();
        if on_plant {
            entry.0 += 1;
            seen_plants.insert(fact.sent);
        } else {
            entry.1 += 1;
        }
    }
    out.flush()?;
    Ok(summary)
}
