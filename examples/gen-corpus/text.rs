//! Sentence templates: each returns the words it writes and the facts they hold, as the
//! generator's model states them (kind, fields, time interval, modality, shifted).

use crate::world::*;

/// SplitMix64: small, fast, and the same on every platform.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Up to `k` distinct elements of `xs`, in their original order.
    pub fn subset<T: Copy>(&mut self, xs: &[T], k: usize) -> Vec<T> {
        let mut idx: Vec<usize> = (0..xs.len()).collect();
        for i in (1..idx.len()).rev() {
            let j = self.below(i + 1);
            idx.swap(i, j);
        }
        let mut chosen: Vec<usize> = idx.into_iter().take(k).collect();
        chosen.sort_unstable();
        chosen.into_iter().map(|i| xs[i]).collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Md {
    Asserted,
    Hedged,
    Planned,
    Negated,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    Mem {
        ev: Ev,
        state: Option<&'static str>,
        org: &'static str,
    },
    Count {
        org: &'static str,
        value: u32,
        counts: Counted,
    },
    Qty {
        subject: &'static str,
        value: u64,
        approx: bool,
    },
    Office {
        person: &'static str,
        role: Role,
        state: &'static str,
    },
}

/// A fact as a sentence states it.
#[derive(Clone, Copy, Debug)]
pub struct SFact {
    pub claim: Claim,
    pub when: Iv,
    pub md: Md,
    /// "then-", "former", "was a member": not about the article's own time.
    pub shifted: bool,
}

/// What a planted sentence is meant to trigger, or which innocent twin it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tag {
    Plant(&'static str),
    Twin(&'static str),
}

#[derive(Clone, Debug, Default)]
pub struct Sent {
    pub text: String,
    pub facts: Vec<SFact>,
    pub tag: Option<Tag>,
}

impl Sent {
    fn new(text: String) -> Sent {
        Sent {
            text,
            ..Default::default()
        }
    }
    fn with(mut self, claim: Claim, when: Iv, md: Md, shifted: bool) -> Sent {
        self.facts.push(SFact {
            claim,
            when,
            md,
            shifted,
        });
        self
    }
    pub fn tagged(mut self, t: Tag) -> Sent {
        self.tag = Some(t);
        self
    }
}

/// A run of sentences that must stay together (a pronoun needs its antecedent).
pub type Unit = Vec<Sent>;

pub struct Ctx {
    pub d: Day,
    pub year: i32,
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub const NUMBER_WORDS: [&str; 13] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];

pub fn group(v: u64) -> String {
    let s = v.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "A", "A and B", "A, B and C" or "A, B, and C".
fn coordinate(rng: &mut Rng, names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => match rng.below(6) {
            0 => format!("both {} and {}", names[0], names[1]),
            _ => format!("{} and {}", names[0], names[1]),
        },
        n => {
            let head = names[..n - 1].join(", ");
            if rng.chance(2) {
                format!("{head}, and {}", names[n - 1])
            } else {
                format!("{head} and {}", names[n - 1])
            }
        }
    }
}

/// States named by their names, or (for two or three) by their capitals.
fn subject(rng: &mut Rng, states: &[&'static str]) -> String {
    let capitals = states.len() <= 3 && rng.chance(4);
    let names: Vec<String> = states
        .iter()
        .map(|s| {
            if capitals {
                state(s).capital.to_string()
            } else {
                s.to_string()
            }
        })
        .collect();
    coordinate(rng, &names)
}

/// How an article dated `d` names an organisation.
pub fn org_name(rng: &mut Rng, o: &str, d: Day) -> String {
    if o == "GUAM" && (day(1999, 4, 24)..=day(2005, 5, 5)).contains(&d) && rng.chance(2) {
        return "GUUAM".into();
    }
    rng.pick(org(o).names).to_string()
}

fn abbr(o: &str, d: Day) -> &'static str {
    if o == "GUAM" && (day(1999, 4, 24)..=day(2005, 5, 5)).contains(&d) {
        "GUUAM"
    } else {
        org(o).abbr.unwrap_or("")
    }
}

const CITIES: &[&str] = &[
    "Samarkand",
    "Osh",
    "Khujand",
    "Kharkiv",
    "Odesa",
    "Karaganda",
    "Gomel",
    "Balti",
    "Ganja",
    "Namangan",
    "Shymkent",
    "Vitebsk",
    "Sochi",
    "Yalta",
    "Bukhara",
];

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

fn pred_sg(rng: &mut Rng) -> &'static str {
    rng.pick(&[
        "has also been cautious",
        "sent a large delegation to the talks",
        "argued for closer coordination on air defence",
        "kept its distance from the debate",
        "called for patience",
        "asked for more time to study the proposal",
        "hosted the working group in the spring",
    ])
}

fn pred_pl(rng: &mut Rng) -> &'static str {
    rng.pick(&[
        "have also been cautious",
        "sent large delegations to the talks",
        "argued for closer coordination on air defence",
        "asked for more time to study the proposal",
        "held staff talks in the spring",
    ])
}

fn person_pred(rng: &mut Rng) -> &'static str {
    rng.pick(&[
        "told reporters that the talks had gone well",
        "cut short a visit to the provinces",
        "received the visiting delegation",
        "spoke at the opening session",
        "called for patience",
        "gave a long interview to state television",
    ])
}

/// A date phrase for the true day `t` (finest allowed precision `finest`) in an article
/// dated `d`, with the interval the grammar gives it.
fn date_phrase(rng: &mut Rng, t: Day, finest: u8, d: Day) -> (String, Iv) {
    let (y, m, dd) = civil(t);
    let ay = year_of(d);
    let mut choices = vec![2u8, 2];
    if finest <= 1 {
        choices.push(1);
    }
    if finest == 0 {
        choices.push(0);
    }
    if y < ay {
        choices.push(3); // relative or range
    }
    match rng.pick(&choices) {
        0 => (
            format!("on {dd} {} {y}", MONTHS[m as usize - 1]),
            Iv::day(t),
        ),
        1 => (
            format!("in {} {y}", MONTHS[m as usize - 1]),
            Iv::month(y, m),
        ),
        3 => {
            let back = ay - y;
            if back == 1 && rng.chance(2) {
                ("last year".into(), Iv::year(y))
            } else if (2..=6).contains(&back) && rng.chance(2) {
                (
                    format!("{} years ago", NUMBER_WORDS[back as usize]),
                    Iv::year(y),
                )
            } else if y + 1 < ay && (y + 1) % 100 != 0 {
                (format!("in {y}-{:02}", (y + 1) % 100), Iv::years(y, y + 1))
            } else if y % 100 != 0 {
                (format!("in {}-{:02}", y - 1, y % 100), Iv::years(y - 1, y))
            } else {
                (format!("in {y}"), Iv::year(y))
            }
        }
        _ => (format!("in {y}"), Iv::year(y)),
    }
}

fn verb(rng: &mut Rng, ev: Ev, plural: bool) -> &'static str {
    match ev {
        Ev::Signed => "signed",
        Ev::Joined => {
            if plural {
                rng.pick(&["joined", "acceded to", "were admitted to"])
            } else {
                rng.pick(&["joined", "acceded to", "was admitted to"])
            }
        }
        Ev::Withdrew => rng.pick(&["left", "quit", "withdrew from", "pulled out of"]),
        Ev::Suspended => {
            if plural {
                "suspended their membership in"
            } else {
                rng.pick(&[
                    "suspended its membership in",
                    "suspended its participation in",
                ])
            }
        }
        Ev::Rejoined => rng.pick(&["rejoined", "returned to", "re-entered"]),
        Ev::Founded => rng.pick(&["founded", "formed", "set up"]),
        Ev::Member | Ev::NotMember => unreachable!(),
    }
}

/// A narrated event: `states` (or the organisation itself) did `ev` to `org` at `t`.
pub fn event_sentence(
    rng: &mut Rng,
    cx: &Ctx,
    states: &[&'static str],
    o: &'static str,
    ev: Ev,
    t: Day,
    finest: u8,
) -> Sent {
    let (when_text, iv) = date_phrase(rng, t, finest, cx.d);
    event_sentence_at(rng, cx, states, o, ev, &when_text, iv)
}

pub fn event_sentence_at(
    rng: &mut Rng,
    cx: &Ctx,
    states: &[&'static str],
    o: &'static str,
    ev: Ev,
    when_text: &str,
    iv: Iv,
) -> Sent {
    let on = org_name(rng, o, cx.d);
    if states.is_empty() {
        let v = rng.pick(&["founded", "formed", "set up"]);
        return Sent::new(format!("{} was {v} {when_text}.", cap(&on))).with(
            Claim::Mem {
                ev,
                state: None,
                org: o,
            },
            iv,
            Md::Asserted,
            false,
        );
    }
    let plural = states.len() > 1;
    let subj = subject(rng, states);
    let v = verb(rng, ev, plural);
    let text = match rng.below(8) {
        0 if plural && !subj.starts_with("both") => {
            let subj = cap(&subj);
            let aside = rng.pick(&[
                "both under heavy pressure at the time",
                "after long hesitation",
                "for reasons of their own",
            ]);
            let dash = rng.pick(&["—", " — ", " – "]);
            format!("{subj}{dash}{aside}{dash}{v} {on} {when_text}.")
        }
        1 if !plural => {
            let aside = rng.pick(&["after long hesitation", "as expected", "in the end"]);
            format!("{subj}, {aside}, {v} {on} {when_text}.")
        }
        2 if !plural && !matches!(ev, Ev::Suspended) => {
            let subj = cap(&subj);
            format!("{subj}, which {v} {on} {when_text}, {}.", pred_sg(rng))
        }
        _ => format!("{} {v} {on} {when_text}.", cap(&subj)),
    };
    let mut s = Sent::new(text);
    for st in states {
        s = s.with(
            Claim::Mem {
                ev,
                state: Some(st),
                org: o,
            },
            iv,
            Md::Asserted,
            false,
        );
    }
    s
}

/// Two sentences, the second pointing back with "they" and "it".
pub fn pronoun_withdrawal(
    rng: &mut Rng,
    cx: &Ctx,
    states: &[&'static str],
    o: &'static str,
    t: Day,
    finest: u8,
) -> Unit {
    let on = org_name(rng, o, cx.d);
    let subj = subject(rng, states);
    let (when_text, iv) = date_phrase(rng, t, finest, cx.d);
    let v = rng.pick(&["left", "quit", "pulled out of"]);
    let first = Sent::new(format!(
        "{} had long kept their distance from {on}.",
        cap(&subj)
    ));
    let mut second = Sent::new(format!("They {v} it {when_text}."));
    for st in states {
        second = second.with(
            Claim::Mem {
                ev: Ev::Withdrew,
                state: Some(st),
                org: o,
            },
            iv,
            Md::Asserted,
            false,
        );
    }
    vec![first, second]
}

/// "X joined the Collective Security Treaty ... Y acceded to the treaty ..."
pub fn treaty_anaphora(rng: &mut Rng, cx: &Ctx) -> Unit {
    let joins = [
        ("Azerbaijan", (1993, 9, 24)),
        ("Georgia", (1993, 12, 9)),
        ("Belarus", (1993, 12, 31)),
    ];
    let pair = rng.subset(&joins, 2);
    let mut out = Vec::new();
    for (i, (st, (y, m, dd))) in pair.into_iter().enumerate() {
        let t = day(y, m, dd);
        let (when_text, iv) = date_phrase(rng, t, 0, cx.d);
        let v = verb(rng, Ev::Joined, false);
        let on = if i == 0 {
            rng.pick(&["the Collective Security Treaty", "the Tashkent Treaty"])
                .to_string()
        } else {
            "the treaty".to_string()
        };
        out.push(Sent::new(format!("{st} {v} {on} {when_text}.")).with(
            Claim::Mem {
                ev: Ev::Joined,
                state: Some(st),
                org: "CST",
            },
            iv,
            Md::Asserted,
            false,
        ));
    }
    out
}

fn mem(ev: Ev, st: &'static str, o: &'static str) -> Claim {
    Claim::Mem {
        ev,
        state: Some(st),
        org: o,
    }
}

/// A status claim at the article's date, true or (when `states` are chosen falsely) planted.
pub fn member_sentence(rng: &mut Rng, cx: &Ctx, states: &[&'static str], o: &'static str) -> Sent {
    let on = org_name(rng, o, cx.d);
    let now = Iv::day(cx.d);
    let plural = states.len() > 1;
    let subj = subject(rng, states);
    let text = if plural {
        match rng.below(3) {
            0 if !subj.starts_with("both") => format!(
                "{}{d}both members of {on}{d}{}.",
                cap(&subj),
                pred_pl(rng),
                d = rng.pick(&[" — ", "—", " – "])
            ),
            1 => format!("{} remain members of {on}.", cap(&subj)),
            _ => format!("{} are members of {on}.", cap(&subj)),
        }
    } else {
        let a = abbr(o, cx.d);
        match rng.below(4) {
            0 if !a.is_empty() => format!("{subj}, a {a} member, {}.", pred_sg(rng)),
            1 => format!("{subj}, a member of {on}, {}.", pred_sg(rng)),
            2 => format!("{subj} remains a member of {on}."),
            _ => format!("{subj} is a member of {on}."),
        }
    };
    let mut s = Sent::new(text);
    for st in states {
        s = s.with(mem(Ev::Member, st, o), now, Md::Asserted, false);
    }
    s
}

pub fn not_member_sentence(
    rng: &mut Rng,
    cx: &Ctx,
    states: &[&'static str],
    o: &'static str,
) -> Sent {
    let on = org_name(rng, o, cx.d);
    let subj = subject(rng, states);
    let text = if states.len() > 1 {
        format!("{} are not members of {on}.", cap(&subj))
    } else if rng.chance(3) {
        format!("{subj} remains outside {on}.")
    } else {
        format!("{subj} is not a member of {on}.")
    };
    let mut s = Sent::new(text);
    for st in states {
        s = s.with(
            mem(Ev::NotMember, st, o),
            Iv::day(cx.d),
            Md::Asserted,
            false,
        );
    }
    s
}

/// "X has been a member of Y since 2001."
pub fn since_sentence(rng: &mut Rng, cx: &Ctx, st: &'static str, o: &'static str, y: i32) -> Sent {
    let on = org_name(rng, o, cx.d);
    Sent::new(format!("{st} has been a member of {on} since {y}.")).with(
        mem(Ev::Member, st, o),
        Iv::span(day(y, 1, 1), cx.d),
        Md::Asserted,
        false,
    )
}

/// "X was a member of Y until 1999 and is not a member now."
pub fn until_sentence(rng: &mut Rng, cx: &Ctx, st: &'static str, o: &'static str, y: i32) -> Sent {
    let on = org_name(rng, o, cx.d);
    Sent::new(format!(
        "{st} was a member of {on} until {y} and is not a member now."
    ))
    .with(
        mem(Ev::Member, st, o),
        Iv {
            from: None,
            to: Some(day(y, 12, 31)),
        },
        Md::Asserted,
        true,
    )
    .with(
        mem(Ev::NotMember, st, o),
        Iv::day(cx.d),
        Md::Asserted,
        false,
    )
}

/// "X, a former member of Y, ..."
pub fn former_sentence(rng: &mut Rng, cx: &Ctx, st: &'static str, o: &'static str) -> Sent {
    let on = org_name(rng, o, cx.d);
    Sent::new(format!("{st}, a former member of {on}, {}.", pred_sg(rng))).with(
        mem(Ev::Member, st, o),
        Iv {
            from: None,
            to: Some(cx.d),
        },
        Md::Asserted,
        true,
    )
}

/// Hedged status claims.
pub fn hedged_sentence(rng: &mut Rng, cx: &Ctx, st: &'static str, o: &'static str) -> Sent {
    let on = org_name(rng, o, cx.d);
    let text = match rng.below(3) {
        0 => format!("{st} is only nominally a member of {on}."),
        1 => format!(
            "According to officials in {}, {st} remains a member of {on}.",
            state(st).capital
        ),
        _ => format!("{st}, in theory a member of {on}, {}.", pred_sg(rng)),
    };
    Sent::new(text).with(mem(Ev::Member, st, o), Iv::day(cx.d), Md::Hedged, false)
}

/// Threats and plans to leave (planned, never done).
pub fn threat_sentence(rng: &mut Rng, cx: &Ctx, st: &'static str, o: &'static str) -> Sent {
    let on = org_name(rng, o, cx.d);
    let who = if rng.chance(2) { st } else { state(st).capital };
    let text = if rng.chance(2) {
        format!("{who} has threatened to leave {on}.")
    } else {
        format!("{who} plans to leave {on}.")
    };
    Sent::new(text).with(
        mem(Ev::Withdrew, st, o),
        Iv {
            from: Some(cx.d),
            to: None,
        },
        Md::Planned,
        false,
    )
}

/// "Georgia will leave the CIS in August 2009."
pub fn will_leave_sentence(rng: &mut Rng, cx: &Ctx) -> Sent {
    let on = org_name(rng, "CIS", cx.d);
    Sent::new(format!("Georgia will leave {on} in August 2009.")).with(
        mem(Ev::Withdrew, "Georgia", "CIS"),
        Iv::month(2009, 8),
        Md::Planned,
        false,
    )
}

/// "Uzbekistan did not sign the CSTO charter in 2002."
pub fn did_not_sign_sentence(rng: &mut Rng, st: &'static str) -> Sent {
    let _ = rng;
    Sent::new(format!("{st} did not sign the CSTO charter in 2002.")).with(
        mem(Ev::Signed, st, "CSTO"),
        Iv::year(2002),
        Md::Negated,
        false,
    )
}

/// "Armenia, which signed the Tashkent Treaty on 15 May 1992, signed the CSTO charter on
/// 7 October 2002." — two events of one lineage, never the same event.
pub fn lineage_sentence(rng: &mut Rng, st: &'static str) -> Sent {
    let _ = rng;
    Sent::new(format!(
        "{st}, which signed the Tashkent Treaty on 15 May 1992, signed the CSTO charter on 7 October 2002."
    ))
    .with(
        mem(Ev::Signed, st, "CST"),
        Iv::day(day(1992, 5, 15)),
        Md::Asserted,
        false,
    )
    .with(
        mem(Ev::Signed, st, "CSTO"),
        Iv::day(day(2002, 10, 7)),
        Md::Asserted,
        false,
    )
}

/// "Uzbekistan, which re-entered the CSTO in 2006, is a full member today."
pub fn rejoined_member_sentence(rng: &mut Rng, cx: &Ctx) -> Sent {
    let on = org_name(rng, "CSTO", cx.d);
    let (w, iv) = if rng.chance(2) {
        ("in 2006".to_string(), Iv::year(2006))
    } else {
        ("in August 2006".to_string(), Iv::month(2006, 8))
    };
    Sent::new(format!(
        "Uzbekistan, which re-entered {on} {w}, is a full member today."
    ))
    .with(
        mem(Ev::Rejoined, "Uzbekistan", "CSTO"),
        iv,
        Md::Asserted,
        false,
    )
    .with(
        mem(Ev::Member, "Uzbekistan", "CSTO"),
        Iv::day(cx.d),
        Md::Asserted,
        false,
    )
}

/// Counts, with or without the states they count. `listed` are named after the count (they
/// become member facts); `value` may be wrong when planted.
pub fn count_sentence(
    rng: &mut Rng,
    cx: &Ctx,
    o: &'static str,
    counts: Counted,
    value: u32,
    listed: &[&'static str],
) -> Sent {
    let now = Iv::day(cx.d);
    let w = NUMBER_WORDS[value as usize];
    let a = abbr(o, cx.d);
    let on = org_name(rng, o, cx.d);
    let cnt = Claim::Count {
        org: o,
        value,
        counts,
    };
    if !listed.is_empty() {
        let names: Vec<String> = listed.iter().map(|s| s.to_string()).collect();
        let list = coordinate(rng, &names);
        let d = rng.pick(&[" — ", "—", " – "]);
        let mut s = Sent::new(format!(
            "The {w} members of {on}{d}{list}{d}{}.",
            pred_pl(rng)
        ))
        .with(cnt, now, Md::Asserted, false);
        for st in listed {
            s = s.with(mem(Ev::Member, st, o), now, Md::Asserted, false);
        }
        return s;
    }
    let text = match counts {
        Counted::Signatories => {
            let which = if o == "CST" {
                "the Collective Security Treaty"
            } else {
                "the CSTO charter"
            };
            format!(
                "{} of the {w} signatories of {which} sent their foreign ministers.",
                cap(rng.pick(&["all", "most"]))
            )
        }
        Counted::Founders => format!(
            "The {w} founding members of {on} met in {} on {}.",
            rng.pick(CITIES),
            rng.pick(WEEKDAYS)
        ),
        Counted::Members => match rng.below(3) {
            0 if o == "GUAM" => format!("The {w} {a} states agreed to cut tariffs."),
            1 if !a.is_empty() => format!(
                "Leaders of the {w}-member {a} met in {} on {}.",
                rng.pick(CITIES),
                rng.pick(WEEKDAYS)
            ),
            _ if !a.is_empty() => format!("The {w} {a} members sent observers."),
            _ => format!("The {w} members of {on} sent observers to the exercise."),
        },
    };
    Sent::new(text).with(cnt, now, Md::Asserted, false)
}

/// "Kazakhstan is one of the six SCO members."
pub fn one_of_sentence(cx: &Ctx, st: &'static str, o: &'static str, value: u32) -> Sent {
    let now = Iv::day(cx.d);
    Sent::new(format!(
        "{st} is one of the {} {} members.",
        NUMBER_WORDS[value as usize],
        abbr(o, cx.d)
    ))
    .with(mem(Ev::Member, st, o), now, Md::Asserted, false)
    .with(
        Claim::Count {
            org: o,
            value,
            counts: Counted::Members,
        },
        now,
        Md::Asserted,
        false,
    )
}

/// A troop figure; `factor` is 1.0 for a true one.
pub fn quantity_sentence(rng: &mut Rng, cx: &Ctx, s: &'static Subject, factor: f64) -> Sent {
    let truth = subject_truth(s, cx.d) * factor;
    let jitter = if factor == 1.0 {
        1.0 + (rng.unit() - 0.5) * 0.04
    } else {
        1.0
    };
    let raw = truth * jitter;
    let step = if raw >= 10000.0 { 500.0 } else { 100.0 };
    let value = ((raw / step).round() * step).max(step) as u64;
    let approx_word = rng.pick(&["", "", "some ", "about ", "roughly ", "nearly "]);
    let t = rng.pick(s.templates);
    let mut text = t.replace("{A}", approx_word).replace("{V}", &group(value));
    if text.starts_with(|c: char| c.is_lowercase()) {
        text = cap(&text);
    }
    Sent::new(text).with(
        Claim::Qty {
            subject: s.id,
            value,
            approx: !approx_word.is_empty(),
        },
        Iv::day(cx.d),
        Md::Asserted,
        false,
    )
}

/// An office-holder named at the article's date.
pub fn office_sentence(rng: &mut Rng, cx: &Ctx, person: &'static str, st: &'static str) -> Sent {
    let adj = state(st).adj;
    // A surname two people share ("Aliyev") would name whoever holds the office then.
    let unique = TERMS
        .iter()
        .all(|t| t.person == person || surname(t.person) != surname(person));
    let text = match rng.below(4) {
        0 => format!("President {person} {}.", person_pred(rng)),
        1 if unique => format!(
            "{}, the {adj} president, {}.",
            surname(person),
            person_pred(rng)
        ),
        _ => format!("{adj} President {person} {}.", person_pred(rng)),
    };
    Sent::new(text).with(
        Claim::Office {
            person,
            role: Role::President,
            state: st,
        },
        Iv::day(cx.d),
        Md::Asserted,
        false,
    )
}

pub fn two_presidents_sentence(
    rng: &mut Rng,
    cx: &Ctx,
    a: (&'static str, &'static str),
    b: (&'static str, &'static str),
) -> Sent {
    let now = Iv::day(cx.d);
    let f = |(p, s): (&'static str, &'static str)| Claim::Office {
        person: p,
        role: Role::President,
        state: s,
    };
    Sent::new(format!(
        "Presidents {} and {} met in {} on {}.",
        a.0,
        b.0,
        rng.pick(CITIES),
        rng.pick(WEEKDAYS)
    ))
    .with(f(a), now, Md::Asserted, false)
    .with(f(b), now, Md::Asserted, false)
}

pub fn prime_minister_sentence(rng: &mut Rng, cx: &Ctx) -> Sent {
    Sent::new(format!(
        "Russian Prime Minister Vladimir Putin {}.",
        person_pred(rng)
    ))
    .with(
        Claim::Office {
            person: "Vladimir Putin",
            role: Role::PrimeMinister,
            state: "Russia",
        },
        Iv::day(cx.d),
        Md::Asserted,
        false,
    )
}

/// "In 1999, then-President Eduard Shevardnadze ..." (a past office, not the article's time).
pub fn then_president_sentence(
    rng: &mut Rng,
    person: &'static str,
    st: &'static str,
    y: i32,
) -> Sent {
    Sent::new(format!(
        "In {y}, then-President {person} {}.",
        rng.pick(&[
            "promised a referendum on the question",
            "ruled out any compromise",
            "travelled to Washington for talks"
        ])
    ))
    .with(
        Claim::Office {
            person,
            role: Role::President,
            state: st,
        },
        Iv::year(y),
        Md::Asserted,
        true,
    )
}

pub fn former_president_sentence(
    rng: &mut Rng,
    cx: &Ctx,
    person: &'static str,
    st: &'static str,
) -> Sent {
    Sent::new(format!("Former President {person} {}.", person_pred(rng))).with(
        Claim::Office {
            person,
            role: Role::President,
            state: st,
        },
        Iv {
            from: None,
            to: Some(cx.d),
        },
        Md::Asserted,
        true,
    )
}

/// A sentence that holds no claim.
pub fn filler(rng: &mut Rng) -> Sent {
    let city = rng.pick(CITIES);
    let pct = 3 + rng.below(25);
    let text = match rng.below(18) {
        0 => format!(
            "Wheat prices rose by {pct} percent over the {}, and bakers in {city} raised the price of bread.",
            rng.pick(&["spring", "summer", "winter"])
        ),
        1 => format!(
            "The {} was unusually {}, and cotton growers in the {} valley expect a {} harvest.",
            rng.pick(&["spring", "summer"]),
            rng.pick(&["dry", "wet", "cold", "mild"]),
            rng.pick(&["Fergana", "Vakhsh", "Zeravshan"]),
            rng.pick(&["poor", "modest", "good"])
        ),
        2 => "Officials declined to say when the talks would resume.".into(),
        3 => format!(
            "\"{}\" one diplomat said.",
            rng.pick(&[
                "We are not in a hurry,",
                "Nobody expects miracles,",
                "The paperwork will take months,",
                "This is a marathon, not a sprint,"
            ])
        ),
        4 => format!(
            "Freight traffic through {city} fell by {pct} percent in the first quarter."
        ),
        5 => format!(
            "The central bank left its refinancing rate unchanged at {} percent.",
            5 + rng.below(20)
        ),
        6 => format!("Energy tariffs remain the most sensitive issue for households in {city}."),
        7 => "Analysts were unimpressed.".into(),
        8 => "Few of these promises have been kept so far.".into(),
        9 => format!(
            "Heavy snow closed the mountain road for {} days in {}.",
            2 + rng.below(9),
            rng.pick(&["January", "February", "December"])
        ),
        10 => "Cotton exports earned less than expected, as world prices slipped.".into(),
        11 => "The talks ran several hours over schedule.".into(),
        12 => "Remittances from migrant workers now make up a large share of household income in the region.".into(),
        13 => format!(
            "A new bridge near {city} is due to open next {}.",
            rng.pick(&["spring", "year", "autumn"])
        ),
        14 => "Local journalists were kept away from the venue.".into(),
        15 => format!(
            "Opposition newspapers in {city} called the meeting a waste of money."
        ),
        16 => format!(
            "Inflation, officially {pct} percent, is widely believed to be higher."
        ),
        _ => "Diplomats expect little from the next round.".into(),
    };
    Sent::new(text)
}

pub const AUTHORS: &[&str] = &[
    "Nadia Okonkwo-Berg",
    "Ilse Marchetti",
    "Sergei Malkov",
    "Tamar Lindqvist",
    "Pavel Ostrowski",
    "Aigerim Sato",
    "Jonas Whitcombe",
    "Leyla Brandt",
];

pub const AGENCIES: &[&str] = &[
    "Interfax",
    "ITAR-TASS",
    "RIA Novosti",
    "Reuters",
    "Asia-Plus",
    "Kabar",
    "Trend",
    "Civil Georgia",
    "UzA",
    "Kommersant",
];

pub fn title(rng: &mut Rng, topic: &str) -> String {
    let city = rng.pick(CITIES);
    match rng.below(5) {
        0 => format!("{topic} notebook: talks in {city}"),
        1 => format!("A difficult season for the {topic}"),
        2 => format!("Quiet diplomacy in {city}"),
        3 => "Old alliances, new questions".into(),
        _ => format!("What the {topic} meeting in {city} means"),
    }
}
