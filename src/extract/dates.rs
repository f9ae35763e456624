//! Date expressions: "in 1992", "1993-94", "on 15 May 1992", "last year", "six years later",
//! "this coming April", resolved against the article date.

use super::grammar::{PResult, Toks, item, word};
use super::tokens::{Item, Kind};
use crate::date::{Day, Interval, MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS};
use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;

/// The position in `names` (lower case) of the capitalised word `i`, without allocating (every
/// capitalised word of a sentence may be asked, many times).
fn capitalised_in(i: &Item<'_>, names: &[&str]) -> Option<u32> {
    if i.kind != Kind::Word || !i.starts_upper() {
        return None;
    }
    names
        .iter()
        .position(|n| n.eq_ignore_ascii_case(i.text))
        .map(|p| p as u32)
}

pub fn month_of(i: &Item<'_>) -> Option<u32> {
    if i.kind != Kind::Word || !i.starts_upper() {
        return None;
    }
    if let Some(p) = capitalised_in(i, &MONTHS) {
        return Some(p + 1);
    }
    // Abbreviations only with their period ("Sept.", "Oct."), so "Jan Kubis" stays a name.
    if !i.text.ends_with('.') {
        return None;
    }
    let w = i.text.to_lowercase();
    let abbr = w.strip_suffix('.')?;
    MONTHS
        .iter()
        .position(|m| {
            abbr.len() >= 3 && (m.starts_with(abbr) || (abbr == "sept" && *m == "september"))
        })
        .map(|p| p as u32 + 1)
}

/// The day of the week a capitalised word names, Monday 0.
pub fn weekday_of(i: &Item<'_>) -> Option<u32> {
    capitalised_in(i, &WEEKDAYS)
}

/// The nearest day `weekday` before `today` (or on it, when `same_day`), or after it for a plan.
fn nearest_weekday(today: Day, weekday: u32, future: bool, same_day: bool) -> Interval {
    let now = today.weekday() as i32;
    let w = weekday as i32;
    let offset = if future {
        match (w - now).rem_euclid(7) {
            0 => 7,
            n => n,
        }
    } else {
        match (now - w).rem_euclid(7) {
            0 if !same_day => -7,
            n => -n,
        }
    };
    Interval::day(today.add_days(offset))
}

/// Whether `words` write a calendar month or day ("in December", "on 31 December", "on the
/// last day of the year") with no year of their own: a date to be placed in the year of some
/// other date.
pub fn month_without_year(words: &[Item<'_>]) -> bool {
    let calendar = words.iter().any(|w| month_of(w).is_some())
        || words.iter().any(|w| w.is("day")) && words.iter().any(|w| w.is("year"));
    // ("last August", "this June", "next May" count from the article)
    calendar
        && !words.iter().any(|w| year_of(w).is_some())
        && !words.windows(2).any(|w| {
            w[0].is_any(&["last", "this", "next", "coming", "previous"])
                && month_of(&w[1]).is_some()
        })
}

pub fn year_of(i: &Item<'_>) -> Option<i32> {
    match i.kind {
        // ("1999", or "'99" read as it: see `tokens::items`)
        Kind::Num(v)
            if (i.text.len() == 4 || i.text.starts_with(['\'', '’']))
                && (1850..=2100).contains(&v) =>
        {
            Some(v as i32)
        }
        _ => None,
    }
}

/// What relative dates are counted from.
#[derive(Clone, Copy, Debug)]
pub struct DateContext {
    pub article: Option<Day>,
    /// A year stated earlier in the sentence ("in 1999 ... two years later").
    pub anchor_year: Option<i32>,
    /// A month stated earlier in the sentence ("in December 1993 ... that same month").
    pub anchor_month: Option<(i32, u32)>,
    /// A month written with its year earlier in the sentence ("in December 1991, when ... had
    /// founded on 8 December"): a day of that month without a year is in that year. (Set only
    /// for a verb in the pluperfect: see `Sentence::date_context`.)
    pub month_with_year: Option<(i32, u32)>,
    /// The last year an earlier sentence named, for "the following year", "three years later"
    /// and "that spring" when this sentence names none ("... signed it in 1992. Belarus came
    /// aboard the following year").
    pub previous_year: Option<i32>,
    /// The claim is about the future (planned): a bare month is the next one.
    pub future: bool,
    /// The sentence goes on from an earlier one ("A fortnight later, on 21 December, ..."):
    /// the day the story was at (the last day or month an earlier sentence named with its
    /// year), from which a day and month without a year count on; and whether it goes on later
    /// ("a week later", and may pass into the next year) rather than staying ("the same
    /// month").
    pub continues: Option<(Day, bool)>,
    /// Whether that day is a day named as such (not the first of a month named: "in May 2005").
    pub continues_exact: bool,
    /// The day the sentence before named as such, for "that day" or "the same day" in this one
    /// ("Uzbekistan joined GUAM on 24 April. Georgia left the CSTO that day.").
    pub story_day: Option<Day>,
    /// The month the sentence before named with its year, for "later that month" in this one
    /// when it names none ("The union was formed in January 1995. Kazakhstan joined it later
    /// that month.").
    pub story_month: Option<(i32, u32)>,
    /// The last day this sentence names before the claim, when no earlier sentence set the
    /// story's day, for "six days later" and "the following day" after it ("joined the CIS on
    /// 3 December and acceded to the pact six days later").
    pub day_before: Option<Day>,
    /// The day of the last claim this sentence made before this one, when it was dated to the
    /// day, for "the same day" after it ("On 29 March A and B joined NATO, and C entered the
    /// alliance the same day"; not a day a relative or reporting clause names).
    pub day_here: Option<Day>,
    /// The year the sentence opens with when it names no other, up to the claim's clause ("In
    /// 1991 A, B and C founded the CIS on 8 December"): a day or a month without its year is
    /// in it.
    pub opening_year: Option<i32>,
}

/// Whether a sentence opens by going on in time from the one before: "A fortnight later",
/// "Two days later", "Later that month", "The same month", "That same day".
pub fn continues_narrative(items: &[Item<'_>]) -> Option<bool> {
    const UNITS: &[&str] = &[
        "day",
        "days",
        "week",
        "weeks",
        "fortnight",
        "month",
        "months",
    ];
    let head = &items[..items.len().min(5)];
    if head.iter().enumerate().any(|(k, w)| {
        w.is("later")
            && (k > 0 && head[k - 1].is_any(UNITS) || head.get(k + 1).is_some_and(|n| n.is("that")))
    }) || head
        .windows(2)
        .any(|p| p[0].is_any(&["next", "following"]) && p[1].is("day"))
    {
        Some(true)
    } else if head
        .windows(2)
        .any(|p| p[0].is("same") && p[1].is_any(&["day", "week", "month"]))
    {
        Some(false)
    } else {
        None
    }
}

/// A season's name ("the grim winter of 1993", "this summer", "that spring").
fn season<'a>(input: Toks<'a>) -> PResult<'a, &'a Item<'a>> {
    item(|i| i.is_any(&["spring", "summer", "autumn", "fall", "winter"]))(input)
}

/// A date expression as it appears after a preposition (or alone); the caller has skipped the
/// preposition.
pub fn date<'a>(ctx: DateContext) -> impl Fn(Toks<'a>) -> PResult<'a, Interval> {
    move |input: Toks<'a>| {
        let year = |input| {
            item(|i| year_of(i).is_some())(input).map(|(r, i)| (r, year_of(i).expect("checked")))
        };
        let month = |input| {
            item(|i| month_of(i).is_some())(input).map(|(r, i)| (r, month_of(i).expect("checked")))
        };
        let day_num = |input| {
            item(|i| day_of_month(i).is_some())(input)
                .map(|(r, i)| (r, day_of_month(i).expect("checked")))
        };
        let hyphen =
            |input| item(|i: &Item<'_>| matches!(i.kind, Kind::Dash { .. }) || i.is("to"))(input);
        let mut qualifier = opt(alt(((
            opt(word("the")),
            alt((
                // "the grim winter of 1993": one word describing the season.
                (
                    item(|i: &Item<'_>| {
                        i.kind == Kind::Word
                            && i.text.chars().all(|c| c.is_lowercase() || c == '-')
                            && !i.is_any(&[
                                "this",
                                "that",
                                "last",
                                "next",
                                "same",
                                "following",
                                "previous",
                                "coming",
                            ])
                    }),
                    season,
                )
                    .map(|(_, s)| s),
                word("early"),
                word("mid"),
                word("late"),
                word("spring"),
                word("summer"),
                word("autumn"),
                word("fall"),
                word("winter"),
                word("end"),
                word("beginning"),
                word("start"),
                word("middle"),
                word("course"),
                // (not "the first day of January 1994", a day)
                (word("first"), nom::combinator::not(word("day"))).map(|(f, ())| f),
                word("second"),
                // "in the closing months of last year", "the final weeks of 1993"
                word("closing"),
                word("final"),
                word("opening"),
            )),
            opt(alt((
                word("half"),
                word("quarter"),
                word("months"),
                word("weeks"),
                word("days"),
            ))),
            opt(word("of")),
            opt(item(|i| matches!(i.kind, Kind::Dash { joining: true }))),
        )
            .map(|_| ()),)));
        let (input, _) = qualifier.parse(input)?;
        let article = ctx.article;
        let day_range = |y: Option<i32>, m: u32, a: u32, b: u32| -> Interval {
            let (first, last) = match y {
                Some(y) => (
                    Day::from_ymd(y, m, a).map_or(Interval::month(y, m), Interval::day),
                    Day::from_ymd(y, m, b).map_or(Interval::month(y, m), Interval::day),
                ),
                None => (
                    day_in_year(article, ctx, m, a),
                    day_in_year(article, ctx, m, b),
                ),
            };
            if a < b && first.to.is_some() && last.from.is_some() {
                Interval::span(first, last)
            } else {
                first
            }
        };
        let comma_year = |input| {
            opt((opt(item(|i: &Item<'_>| i.is_punct(','))), year).map(|(_, y)| y)).parse(input)
        };
        alt((
            // June 14-15, 2001; 14-15 June 2001; June 6-7
            (month, day_num, hyphen, day_num, comma_year)
                .map(move |(m, a, _, b, y)| day_range(y, m, a, b)),
            (day_num, hyphen, day_num, month, comma_year)
                .map(move |(a, _, b, m, y)| day_range(y, m, a, b)),
            // 15 May 1992
            (day_num, month, opt(item(|i| i.is_punct(','))), year).map(|(d, m, _, y)| {
                Day::from_ymd(y, m, d).map_or(Interval::month(y, m), Interval::day)
            }),
            // May 15, 1992
            (month, day_num, opt(item(|i| i.is_punct(','))), year).map(|(m, d, _, y)| {
                Day::from_ymd(y, m, d).map_or(Interval::month(y, m), Interval::day)
            }),
            // "January and February 1994": both months
            (
                month,
                alt((word("and"), word("or"))),
                month,
                opt(word("of")),
                year,
                // ("in September and December 1993 respectively": one each)
                nom::combinator::not(word("respectively")),
            )
                .map_opt(|(a, _, b, _, y, ())| {
                    (a < b).then(|| Interval::span(Interval::month(y, a), Interval::month(y, b)))
                }),
            // May 1992
            (month, opt(word("of")), year).map(|(m, _, y)| Interval::month(y, m)),
            // "late January and early February": both months, in the year a month alone takes
            (
                month,
                word("and"),
                opt(alt((word("early"), word("mid"), word("late")))),
                month,
                nom::combinator::not(word("respectively")),
                // (with a year after it, the rule above's; nor a month that opens what follows:
                // "in late January and early February Lithuania followed")
                nom::combinator::not(year),
                nom::combinator::not(item(|i: &Item<'_>| {
                    matches!(i.kind, Kind::Word | Kind::Name(_))
                })),
            )
                .map_opt(move |(a, _, _, b, (), (), ())| {
                    let first = day_in_year(article, ctx, a, 1);
                    let y = first.from?.year();
                    (a < b).then(|| Interval::span(Interval::month(y, a), Interval::month(y, b)))
                }),
            // "1 January last year", "on 5 May this year"
            (
                day_num,
                month,
                opt(word("of")),
                alt((word("last"), word("this"), word("next"))),
                word("year"),
            )
                .map_opt(move |(d, m, _, w, _)| {
                    let ay = article?.year();
                    let y = if w.is("last") {
                        ay - 1
                    } else if w.is("next") {
                        ay + 1
                    } else {
                        ay
                    };
                    Some(Day::from_ymd(y, m, d).map_or(Interval::month(y, m), Interval::day))
                }),
            // 2 April, April 2: the year from the article (the next one for plans).
            (day_num, month).map(move |(d, m)| day_in_year(article, ctx, m, d)),
            (month, day_num).map(move |(m, d)| day_in_year(article, ctx, m, d)),
            // 1993-94, 1993-1994, 1993 to 1994, '93-'94
            (
                year,
                hyphen,
                item(|i| {
                    matches!(i.kind, Kind::Num(_))
                        && (i.text.len() == 2 || i.text.len() == 4 || year_of(i).is_some())
                }),
            )
                .map(|(y, _, end)| {
                    let e = if let Kind::Num(v) = end.kind {
                        v as i32
                    } else {
                        y
                    };
                    let e = if end.text.len() == 2 && year_of(end).is_none() {
                        y - y % 100 + e
                    } else {
                        e
                    };
                    if e > y {
                        Interval::span(Interval::year(y), Interval::year(e))
                    } else {
                        Interval::year(y)
                    }
                }),
            year.map(Interval::year),
            |input| relative(input, article, ctx),
        ))
        .parse(input)
    }
}

/// Day `d` of month `m` in the article's year, or the year after for a plan whose day has passed
/// (or in the year of the sentence before, when this one goes on from it and that day is past;
/// or of a month of that name this sentence named with its year).
fn day_in_year(article: Option<Day>, ctx: DateContext, m: u32, d: u32) -> Interval {
    let future = ctx.future;
    // "in December 1991, when leaders enlarged the Commonwealth that A, B and C had founded on
    // 8 December": a day of the month this sentence named with its year is in that year.
    if !future
        && let Some((y, month)) = ctx.month_with_year
        && month == m
        && let Some(day) = Day::from_ymd(y, m, d)
        && article.is_none_or(|today| day <= today)
    {
        return Interval::day(day);
    }
    if !future
        && let Some(y) = ctx.opening_year
        && let Some(day) = Day::from_ymd(y, m, d)
        && article.is_none_or(|today| day <= today)
    {
        return Interval::day(day);
    }
    // (the first such day on or after the day gone on from: "28 December 2005. A fortnight
    // later, on 11 January" is in 2006)
    if let Some((anchor, later)) = ctx.continues
        && !future
        && let Some(day) = Day::from_ymd(anchor.year(), m, d)
            .filter(|&day| day >= anchor || !later)
            .or_else(|| Day::from_ymd(anchor.year() + 1, m, d))
        && article.is_none_or(|today| day <= today)
    {
        return Interval::day(day);
    }
    let Some(today) = article else {
        return Interval {
            from: None,
            to: None,
            precision: crate::date::Precision::Open,
        };
    };
    let (ay, am, ad) = today.ymd();
    let y = if future && (m, d) < (am, ad) {
        ay + 1
    } else if !future && (m, d) > (am, ad) {
        ay - 1
    } else {
        ay
    };
    Day::from_ymd(y, m, d).map_or(Interval::month(y, m), Interval::day)
}

/// "last year", "this year", "two years ago", "six years later", "this coming April", "last month".
fn relative<'a>(input: Toks<'a>, article: Option<Day>, ctx: DateContext) -> PResult<'a, Interval> {
    let fail = || nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify));
    let Some(today) = article else {
        return Err(fail());
    };
    let (ay, am, _) = today.ymd();
    let num = |input| {
        item(|i| matches!(i.kind, Kind::Num(n) if n < 100) || i.is("a") || i.is("an"))(input).map(
            |(r, i)| {
                (
                    r,
                    if let Kind::Num(n) = i.kind {
                        n as i32
                    } else {
                        1
                    },
                )
            },
        )
    };
    let month = |input| {
        item(|i| month_of(i).is_some())(input).map(|(r, i)| (r, month_of(i).expect("checked")))
    };
    let weekday = |input| {
        item(|i| weekday_of(i).is_some())(input).map(|(r, i)| (r, weekday_of(i).expect("checked")))
    };
    alt((
        // "yesterday" in a daily's report, "tomorrow" of a plan
        alt((
            (word("the"), word("day"), word("before"), word("yesterday"))
                .map(move |_| Interval::day(today.add_days(-2))),
            (word("the"), word("day"), word("after"), word("tomorrow"))
                .map(move |_| Interval::day(today.add_days(2))),
            word("yesterday").map(move |_| Interval::day(today.add_days(-1))),
            // "joined the Commonwealth today", "signed it this afternoon" in a broadcast
            word("today").map(move |_| Interval::day(today)),
            word("tonight").map(move |_| Interval::day(today)),
            (
                word("this"),
                alt((word("morning"), word("afternoon"), word("evening"))),
            )
                .map(move |_| Interval::day(today)),
            word("tomorrow").map(move |_| Interval::day(today.add_days(1))),
            (alt((word("last"), word("previous"))), word("year"))
                .map(move |_| Interval::year(ay - 1)),
            // "Four days later", "the following day": counted on from the day the story was at
            // (a sentence before named it). ("a fortnight later", "two weeks later" are rounder,
            // and a day named after them is the one meant.)
            (
                (num, alt((word("days"), word("day")))).map(|(n, _)| n),
                word("later"),
            )
                .map_opt(move |(n, _)| {
                    let anchor = ctx
                        .continues
                        .filter(|_| ctx.continues_exact)
                        .map(|(d, _)| d)
                        .or(ctx.day_before)?;
                    Some(Interval::day(anchor.add_days(n)))
                }),
            (
                word("the"),
                alt((word("next"), word("following"))),
                word("day"),
            )
                .map_opt(move |_| {
                    let anchor = ctx.continues.map(|(d, _)| d).or(ctx.day_before)?;
                    Some(Interval::day(anchor.add_days(1)))
                }),
        )),
        (word("this"), word("year")).map(move |_| Interval::year(ay)),
        // "next year", "next month"
        (word("next"), alt((word("year"), word("month")))).map(move |(_, unit)| {
            if unit.is("month") {
                let (y, m) = if am == 12 { (ay + 1, 1) } else { (ay, am + 1) };
                Interval::month(y, m)
            } else {
                Interval::year(ay + 1)
            }
        }),
        (word("last"), word("month")).map(move |_| {
            let (y, m) = if am == 1 { (ay - 1, 12) } else { (ay, am - 1) };
            Interval::month(y, m)
        }),
        (
            opt(alt((word("later"), word("earlier")))),
            word("this"),
            word("month"),
        )
            .map(move |_| Interval::month(ay, am)),
        // "earlier this year" is the article's; "later in the year", "earlier in the month"
        // are those of a date told before in the sentence ("joined in September 1993, and
        // later in the year ..."), else ("Earlier in the month, ...") only "earlier" is the
        // article's. ("earlier this month" is above.)
        (
            alt((word("later"), word("earlier"))),
            alt((
                word("this").map(|_| false),
                (word("in"), word("the")).map(|_| true),
            )),
            alt((word("year"), word("month"))),
        )
            .map_opt(move |(when, in_the, unit): (&Item<'_>, bool, &Item<'_>)| {
                let month = unit.is("month");
                match (in_the, month) {
                    (true, true) if let Some((y, m)) = ctx.anchor_month => {
                        Some(Interval::month(y, m))
                    }
                    (true, false) if let Some(y) = ctx.anchor_year => Some(Interval::year(y)),
                    // ("The treaty was renewed on 2 April. Later in the month, Uzbekistan
                    // joined GUAM": the month the sentence before named)
                    (true, true) if let Some((y, m)) = ctx.story_month => {
                        Some(Interval::month(y, m))
                    }
                    (true, _) if when.is("later") => None,
                    (_, true) => Some(Interval::month(ay, am)),
                    (_, false) => Some(Interval::year(ay)),
                }
            }),
        // "in January last year", "March this year"
        (
            month,
            opt(word("of")),
            alt((word("last"), word("this"), word("next"))),
            word("year"),
        )
            .map(move |(m, _, w, _)| {
                let y = if w.is("last") {
                    ay - 1
                } else if w.is("next") {
                    ay + 1
                } else {
                    ay
                };
                Interval::month(y, m)
            }),
        // "two and a half years ago"
        (
            num,
            word("and"),
            word("a"),
            word("half"),
            alt((word("years"), word("year"))),
            word("ago"),
        )
            .map(move |(n, ..)| Interval::year(today.add_days(-(n * 365 + 182)).year())),
        alt((
            // ("Ten years ago today": that day of that year; the 29th of February of a year
            // without one is the year's)
            (
                num,
                alt((word("years"), word("year"))),
                word("ago"),
                word("today"),
            )
                .map(move |(n, ..)| {
                    let (_, m, d) = today.ymd();
                    Day::from_ymd(ay - n, m, d).map_or(Interval::year(ay - n), Interval::day)
                }),
            (num, alt((word("years"), word("year"))), word("ago"))
                .map(move |(n, _, _)| Interval::year(ay - n)),
            // ("a decade ago": the year ten before the article's)
            (num, alt((word("decades"), word("decade"))), word("ago"))
                .map(move |(n, _, _)| Interval::year(ay - 10 * n)),
        )),
        (num, alt((word("weeks"), word("week"))), word("ago")).map(move |(n, _, _)| {
            let d = today.add_days(-7 * n);
            Interval {
                from: Some(d.add_days(-3)),
                to: Some(d.add_days(3)),
                precision: crate::date::Precision::Range,
            }
        }),
        (num, alt((word("months"), word("month"))), word("ago")).map(move |(n, _, _)| {
            let total = ay * 12 + am as i32 - 1 - n;
            Interval::month(total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
        }),
        (num, alt((word("years"), word("year"))), word("later")).map(move |(n, _, _)| {
            match ctx.anchor_year.or(ctx.previous_year) {
                Some(y) => Interval::year(y + n),
                None => Interval::until(today),
            }
        }),
        // "having signed it seven years earlier" (than a year named before), "rejoined only six
        // years earlier" (than the article).
        (num, alt((word("years"), word("year"))), word("earlier"))
            .map(move |(n, _, _)| Interval::year(ctx.anchor_year.unwrap_or(ay) - n)),
        // "in the spring of that year": the year named before.
        // "this summer" is the article's year; "that spring", "the same spring" the year named
        // before; "the following spring" the one after it.
        alt((
            (word("that"), word("year"))
                .map_opt(move |_| ctx.anchor_year.or(ctx.previous_year).map(Interval::year)),
            // "in April of that year", "in September of that same year", "of the same year"
            (
                month,
                word("of"),
                alt((
                    (word("that"), opt(word("same"))),
                    (word("the"), word("same").map(Some)),
                )),
                word("year"),
            )
                .map_opt(move |(m, ..)| {
                    ctx.anchor_year
                        .or(ctx.previous_year)
                        .map(|y| Interval::month(y, m))
                }),
            (word("this"), season).map(move |_| Interval::year(ay)),
            // "last autumn": the last one over by the article's date, in its year (not a
            // winter, which spans two)
            // (not "the last spring before Uzbekistan joined")
            (
                word("last"),
                season,
                nom::combinator::not(alt((word("before"), word("after"), word("of")))),
            )
                .map_opt(move |(_, s, ()): (&Item<'_>, &Item<'_>, ())| {
                    let ends = if s.is("spring") {
                        5
                    } else if s.is("summer") {
                        8
                    } else if s.is_any(&["autumn", "fall"]) {
                        11
                    } else {
                        return None;
                    };
                    Some(Interval::year(if am > ends { ay } else { ay - 1 }))
                }),
            (
                alt((word("that"), (word("the"), word("same")).map(|(t, _)| t))),
                season,
            )
                .map_opt(move |_| ctx.anchor_year.or(ctx.previous_year).map(Interval::year)),
            (word("the"), word("following"), season).map_opt(move |_| {
                ctx.anchor_year
                    .or(ctx.previous_year)
                    .map(|y| Interval::year(y + 1))
            }),
        )),
        alt((
            // "that same month", "later the same month": the month named before.
            (
                opt(alt((word("later"), word("earlier")))),
                alt((
                    (word("that"), opt(word("same"))),
                    (word("the"), word("same").map(Some)),
                )),
                word("month"),
                // (not "the same month last year", "a year later")
                nom::combinator::not(alt((word("next"), word("last"), word("a"), word("one")))),
            )
                .map_opt(move |_| {
                    ctx.anchor_month
                        .or(ctx.story_month)
                        .map(|(y, m)| Interval::month(y, m))
                }),
            // "Uzbekistan joined GUAM on 24 April 1999. The same day, the five members ...": the
            // day the sentence before named.
            // (not "the same day as the summit", which names its own)
            // (not "the day after", which counts on, nor "the same day next year", "a year
            // later")
            (
                alt((word("that"), word("the"))),
                opt(word("same")),
                word("day"),
                nom::combinator::not(alt((
                    word("as"),
                    word("after"),
                    word("before"),
                    word("next"),
                    word("last"),
                    word("a"),
                    word("one"),
                ))),
            )
                .map_opt(move |_| ctx.day_here.or(ctx.story_day).map(Interval::day)),
            // "Six states signed it on 15 May. Armenia signed at the same sitting.": the day
            // of the occasion the sentence before named.
            // (not the occasion as a subject: "The same summit gave observer status to ...")
            (
                alt((word("at"), word("during"))),
                alt((word("that"), word("the"))),
                word("same"),
                alt((
                    word("ceremony"),
                    word("sitting"),
                    word("session"),
                    word("summit"),
                    word("meeting"),
                    word("occasion"),
                )),
                // (not "the same session of the council", told by other means)
                nom::combinator::not(alt((word("as"), word("of")))),
            )
                // (or its month, when the sentence before named no day: "At its July summit
                // ... Iran, India and Pakistan became observers at the same meeting")
                .map_opt(move |_| {
                    ctx.story_day
                        .map(Interval::day)
                        .or_else(|| ctx.story_month.map(|(y, m)| Interval::month(y, m)))
                }),
            // "Andijan in May 2005 ... left GUAM that May": that month of the year named before
            // (in this sentence, else the one before: "... came up for renewal in 1999.
            // Georgia left the treaty that April").
            (word("that"), month).map_opt(move |(_, m)| {
                ctx.anchor_year
                    .or(ctx.previous_year)
                    .map(|y| Interval::month(y, m))
            }),
            // "last Friday", "on Monday", "next Thursday": the nearest such day before the
            // article (or after it, for a plan).
            (alt((word("last"), word("previous"))), weekday)
                .map(move |(_, w)| nearest_weekday(today, w, false, false)),
            (alt((word("next"), word("coming"))), weekday)
                .map(move |(_, w)| nearest_weekday(today, w, true, false)),
            // ("left GUAM this Monday" was this week's Monday; "will sign this Thursday" is
            // the coming one)
            (word("this"), weekday).map(move |(_, w)| nearest_weekday(today, w, ctx.future, true)),
            weekday.map(move |w| nearest_weekday(today, w, ctx.future, true)),
            // "on the last day of the year": 31 December of the year named before.
            (
                word("the"),
                word("last"),
                word("day"),
                word("of"),
                alt((word("the"), word("that"))),
                word("year"),
            )
                // (in the sentence, else the one before: "Georgia acceded in December 1993.
                // Belarus followed on the last day of that year")
                .map(move |_| {
                    let y = ctx.anchor_year.or(ctx.previous_year).unwrap_or(ay);
                    Day::from_ymd(y, 12, 31).map_or(Interval::year(y), Interval::day)
                }),
            // "on the last day of 1993", "the first day of January 1994"
            (
                word("the"),
                alt((word("last"), word("first"))),
                word("day"),
                word("of"),
                opt(month),
                item(|i| year_of(i).is_some()),
            )
                .map(move |(_, which, _, _, m, y)| {
                    let y = year_of(y).expect("checked");
                    Interval::day(match (which.is("last"), m) {
                        (true, m) => Day::month_end(y, m.unwrap_or(12)),
                        (false, m) => Day::month_start(y, m.unwrap_or(1)),
                    })
                }),
        )),
        // ("Uzbekistan quit that pact in 1999. In the same year it joined GUUAM": the year
        // named before, in this sentence or the last)
        (alt((word("that"), word("the"))), word("same"), word("year")).map(move |_| {
            match ctx.anchor_year.or(ctx.previous_year) {
                Some(y) => Interval::year(y),
                None => Interval::year(ay),
            }
        }),
        (
            num,
            alt((word("years"), word("year"))),
            alt((word("afterwards"), word("afterward"), word("on"))),
        )
            .map(
                move |(n, _, _)| match ctx.anchor_year.or(ctx.previous_year) {
                    Some(y) => Interval::year(y + n),
                    None => Interval::until(today),
                },
            ),
        alt((
            (
                word("the"),
                alt((word("following"), word("next"))),
                word("year"),
            )
                .map(move |_| match ctx.anchor_year.or(ctx.previous_year) {
                    Some(y) => Interval::year(y + 1),
                    None => Interval::year(ay + 1),
                }),
            // "applied in May 1999 and joined the next month": the month after the one told.
            (
                word("the"),
                alt((word("following"), word("next"))),
                word("month"),
            )
                .map_opt(move |_| {
                    let (y, m) = ctx.anchor_month?;
                    Some(if m == 12 {
                        Interval::month(y + 1, 1)
                    } else {
                        Interval::month(y, m + 1)
                    })
                }),
        )),
        (
            alt((word("this"), word("next"))),
            opt(word("coming")),
            month,
        )
            .map(
                move |(this, coming, m): (&Item<'_>, Option<&Item<'_>>, u32)| {
                    // "it left again this June" in December is this year's June; "this coming
                    // April", "next April" and a plan "this April" are still to come.
                    let y = if this.is("this") && coming.is_none() && !ctx.future || m > am {
                        ay
                    } else {
                        ay + 1
                    };
                    Interval::month(y, m)
                },
            ),
        (word("last"), month).map(move |(_, m)| {
            let y = if m < am { ay } else { ay - 1 };
            Interval::month(y, m)
        }),
        alt((
            // "in January and February": both months, in the year a bare month would be (not
            // "in May and June 1994 respectively", one each in a year named).
            (
                month,
                alt((word("and"), word("or"))),
                month,
                nom::combinator::not(alt((
                    word("respectively").map(|_| ()),
                    item(|i| year_of(i).is_some()).map(|_| ()),
                ))),
            )
                .map_opt(move |(a, _, b, ())| {
                    let y = if ctx.future && a <= am {
                        ay + 1
                    } else if !ctx.future && a > am {
                        ay - 1
                    } else {
                        ay
                    };
                    (a < b).then(|| Interval::span(Interval::month(y, a), Interval::month(y, b)))
                }),
            // A bare month: the article's year, or the next one for plans (or the year the
            // sentence opens with: "In 1993 Georgia joined the CIS in December").
            month.map(move |m| {
                let opening = ctx
                    .opening_year
                    .filter(|&y| !ctx.future && (y < ay || y == ay && m <= am));
                let y = if let Some(y) = opening {
                    y
                } else if ctx.future && m <= am {
                    ay + 1
                } else if !ctx.future && m > am {
                    ay - 1
                } else {
                    ay
                };
                Interval::month(y, m)
            }),
        )),
    ))
    .parse(input)
}

/// Prepositions that introduce a date.
pub const DATE_PREPOSITIONS: &[&str] = &[
    "in", "on", "by", "during", "until", "till", "from", "of", "since", "at", "as", "early",
    "late", "back",
];

/// Finds the first date expression in `items[from..to]`, with its item range.
pub fn find_date(
    items: &[Item<'_>],
    from: usize,
    to: usize,
    ctx: DateContext,
) -> Option<(Interval, std::ops::Range<usize>)> {
    let to = to.min(items.len());
    let mut i = from;
    // An earlier sentence's year only when this one names none before the date ("Moscow
    // joined in 2002, and Astana two years later" is not counted from a year before).
    let first_year_at = if ctx.previous_year.is_some() {
        items[..to].iter().position(|w| year_of(w).is_some())
    } else {
        None
    };
    let outer = ctx;
    while i < to {
        let it = &items[i];
        let starts = year_of(it).is_some()
            || month_of(it).is_some()
            || weekday_of(it).is_some()
            || it.is_any(&[
                "last",
                "this",
                "next",
                "previous",
                "the",
                "early",
                "mid",
                "late",
                "a",
                "an",
                "later",
                "earlier",
                "that",
                "yesterday",
                "tomorrow",
                "today",
                "tonight",
                "at",
                "during",
            ])
            || matches!(it.kind, Kind::Num(n) if n < 100);
        // (not a sentence's opening "Today, for the first time, Tbilisi has helped to found
        // ...": these days)
        let these_days = it.is("today")
            && (i == 0 || items[i - 1].is_punct(':'))
            && items.get(i + 1).is_some_and(|w| w.is_punct(','));
        // (nor the year in another document's name: "borrows from the Washington Treaty of
        // 1949", "the Helsinki Final Act of 1975"; one of ours is named by the lexicon, "the
        // Collective Security Treaty of 1992", and a month is a date, "May of 1992")
        let named_by = || {
            year_of(it).is_some()
                && i >= 2
                && items[i - 1].is("of")
                && items[i - 2].starts_upper()
                && items[i - 2].entity().is_none()
                && month_of(&items[i - 2]).is_none()
        };
        if !starts || these_days || named_by() {
            i += 1;
            continue;
        }
        // (the context at this word: worked out only where a date may start)
        let ctx = DateContext {
            previous_year: outer
                .previous_year
                .filter(|_| first_year_at.is_none_or(|p| p >= i)),
            // (a year earlier in the sentence than this date: "Thirteen years on, it told
            // GUUAM in 2005" does not count from 2005)
            anchor_year: match outer.anchor_year {
                Some(y)
                    if first_year(items, i) != Some(y)
                        && items[i..].iter().any(|w| year_of(w) == Some(y)) =>
                {
                    first_year(items, i)
                }
                a => a,
            },
            ..outer
        };
        if let Ok((rest, when)) = date(ctx)(Toks(&items[i..to])) {
            let end = to - rest.0.len();
            // "the next month" without a month told before is no date of the article's.
            if it.is("next") && i > 0 && items[i - 1].is("the") {
                i = end;
                continue;
            }
            // "..., its parliament decided on Thursday": the date of the report, not the claim.
            if reported(items, from, i) {
                i = end;
                continue;
            }
            // "May" as a verb ("may join") is not a month; "Friday's summit" is no date. (A
            // wire's bare weekday after a place is: "signed the treaty here Friday", "in
            // Tashkent Friday".)
            // (not a report's: "officials said in Tashkent Friday", "officials in Tashkent
            // Friday said")
            let placed = || {
                weekday_of(it).is_some()
                    && items.get(i + 1).is_none_or(|w| w.text != "'s")
                    && !items[i.saturating_sub(6)..(i + 3).min(items.len())]
                        .iter()
                        .any(|w| w.is_any(REPORTING) || w.is_any(&["published", "reported"]))
                    && items.get(i.wrapping_sub(1)).is_some_and(|p| {
                        p.is_any(&["here", "there"])
                            || i >= 2
                                && p.text.starts_with(char::is_uppercase)
                                && items[i - 2].is_any(&["in", "at"])
                    })
            };
            if !(end == i + 1
                && (month_of(it) == Some(5) || weekday_of(it).is_some())
                && !placed()
                && !items
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_any(DATE_PREPOSITIONS)))
            {
                // "had quit that grouping by mid-2005": at some point up to the end of it.
                if i > 0
                    && items[i - 1].is("by")
                    && let Some(to) = when.to
                {
                    let by = match (ctx.future, ctx.article) {
                        (true, Some(today)) if today <= to => Interval {
                            from: Some(today),
                            to: Some(to),
                            precision: crate::date::Precision::Range,
                        },
                        _ => Interval::until(to),
                    };
                    return Some((by, i..end));
                }
                // "on Friday, 3 December 1993": a weekday followed by the full date is that date.
                if weekday_of(&items[end - 1]).is_some()
                    && items.get(end).is_some_and(|c| c.is_punct(','))
                    && let Ok((rest, full)) = date(ctx)(Toks(&items[(end + 1).min(to)..to]))
                    && full.precision == crate::date::Precision::Day
                    && items[end + 1..to - rest.0.len()]
                        .iter()
                        .any(|w| year_of(w).is_some())
                {
                    return Some((full, i..to - rest.0.len()));
                }
                // "joined the Partnership that year, in June": the month named after it, in
                // that year (past a clause's end the caller set: the month restates the year).
                if it.is("that")
                    && items.get(i + 1).is_some_and(|w| w.is("year"))
                    && let Some(from) = when.from
                    && when.precision == crate::date::Precision::Year
                    && items.get(end).is_some_and(|c| c.is_punct(','))
                    && items.get(end + 1).is_some_and(|p| p.is("in"))
                    && let Some(m) = items.get(end + 2).and_then(month_of)
                    && !items
                        .get(end + 3)
                        .is_some_and(|w| matches!(w.kind, Kind::Num(_)))
                {
                    return Some((Interval::month(from.year(), m), i..end + 3));
                }
                // "Six years later, in 1999, ...": a relative date restated with its year is
                // that year.
                // ("Twenty years ago this week, on 8 December 1991, ...", "a decade ago, in March
                // 1994")
                let counted = super::num(it).is_some() && year_of(it).is_none();
                let relative = counted || it.is_any(&["a", "an"]);
                let end = if relative
                    && items.get(end).is_some_and(|w| w.is_any(&["this", "that"]))
                    && items
                        .get(end + 1)
                        .is_some_and(|w| w.is_any(&["week", "month", "day"]))
                {
                    end + 2
                } else {
                    end
                };
                if relative
                    && items.get(end).is_some_and(|c| c.is_punct(','))
                    && items.get(end + 1).is_some_and(|p| p.is_any(&["in", "on"]))
                    && (end + 2..(end + 5).min(to)).any(|k| year_of(&items[k]).is_some())
                    && let Ok((rest, stated)) = date(ctx)(Toks(&items[(end + 2).min(to)..to]))
                    // ("a year ago, in May 1994" in 2002 restates nothing: only within it)
                    && (counted
                        || when.from.zip(stated.from).is_some_and(|(a, b)| a <= b)
                            && when.to.zip(stated.to).is_some_and(|(a, b)| b <= a))
                {
                    return Some((stated, i..to - rest.0.len()));
                }
                // A relative day or span restated after a comma by a day near it is that day:
                // "A week later, in Shanghai on 15 June, ..." (a day, restated after a place,
                // within a month), "Barely a week ago, on 7 June in Yalta, ..." (a span,
                // restated right after the comma, within a week of it).
                let restated = match when.precision {
                    crate::date::Precision::Day => Some((5, 31)),
                    crate::date::Precision::Range => Some((2, 7)),
                    _ => None,
                };
                if relative
                    && let Some((reach, slack)) = restated
                    && items.get(end).is_some_and(|c| c.is_punct(','))
                    && let Some(on) = (end + 1..(end + reach).min(to)).find(|&k| items[k].is("on"))
                    && let Ok((rest, stated)) = date(ctx)(Toks(&items[(on + 1).min(to)..to]))
                    && stated.precision == crate::date::Precision::Day
                    && let (Some(a), Some(b), Some(day)) = (when.from, when.to, stated.from)
                    && a.0 - slack <= day.0
                    && day.0 <= b.0 + slack
                {
                    return Some((stated, i..to - rest.0.len()));
                }
                // "in September, on the 24th": the day of that month.
                if when.precision == crate::date::Precision::Month
                    && items.get(end).is_some_and(|c| c.is_punct(','))
                    && items.get(end + 1).is_some_and(|w| w.is("on"))
                    && items.get(end + 2).is_some_and(|w| w.is("the"))
                    && let Some(d) = items.get(end + 3).and_then(ordinal_day)
                    // (the day alone: not "on the 24th floor", "the 24th or 25th")
                    && items.get(end + 4).is_none_or(|w| {
                        w.kind == Kind::Punct(',')
                            || w.kind == Kind::Punct('.')
                            || w.kind == Kind::Punct(';')
                            || w.is_dash()
                            || w.is_any(&["and", "when", "at", "in", "with", "after", "before"])
                    })
                    && let Some(first) = when.from
                    && let Some(day) = Day::from_ymd(first.year(), first.month(), d)
                {
                    return Some((Interval::day(day), i..end + 4));
                }
                return Some((when, i..end));
            }
        }
        i += 1;
    }
    None
}

/// A day of the month, as a figure ("15") or an ordinal ("May 15th, 1992").
fn day_of_month(w: &Item<'_>) -> Option<u32> {
    match w.kind {
        Kind::Num(d) if (1..=31).contains(&d) && w.text.len() <= 2 => Some(d as u32),
        _ => ordinal_day(w),
    }
}

/// A day of the month written as an ordinal: "24th", "1st", "22nd", "3rd".
fn ordinal_day(w: &Item<'_>) -> Option<u32> {
    let t = w.text;
    let digits = t
        .strip_suffix("th")
        .or_else(|| t.strip_suffix("st"))
        .or_else(|| t.strip_suffix("nd"))
        .or_else(|| t.strip_suffix("rd"))?;
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Verbs that report or decide a claim rather than make it.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "confirmed",
    "declared",
    "stated",
    "insisted",
    "added",
    "noted",
    "stressed",
    "warned",
    "reported",
    "decided",
    "voted",
    "explained",
    "quoted",
];

/// Whether the date starting at `at` dates an attribution that follows the claim, after a
/// comma ("Georgia will leave the CIS, its parliament decided on Thursday", "..., officials
/// told reporters on Monday").
fn reported(items: &[Item<'_>], from: usize, at: usize) -> bool {
    let mut j = at;
    if j > from && items[j - 1].is_any(DATE_PREPOSITIONS) {
        j -= 1;
    }
    // ("Officials said yesterday that Georgia had left the CIS", "told reporters on Monday
    // that": the report's date, right after its verb)
    if j > from
        && (items[j - 1].is_any(REPORTING)
            || j >= from + 2
                && items[j - 1].is_any(&["reporters", "journalists", "parliament"])
                && items[j - 2].is("told"))
    {
        return true;
    }
    for k in (from.max(j.saturating_sub(6))..j).rev() {
        let w = &items[k];
        if w.is_any(REPORTING) {
            return items[from..k].iter().any(|p| p.is_punct(','));
        }
        if w.kind != Kind::Word || w.is_any(&["that", "and", "but", "which", "who"]) {
            return false;
        }
    }
    false
}

/// How many items a wire dispatch's dateline opening the sentence takes, dash included: a place
/// in capitals, perhaps a comma and the date, perhaps the agency in brackets ("MOSCOW, June 14
/// (Meridian) - Uzbekistan has ...", "TBILISI — There was ..."); 0 if there is none. The place
/// is no mention of a state, the date none of a claim.
pub fn dateline_len(items: &[Item<'_>], article: Option<Day>) -> usize {
    // (a dispatch is dated in the year it is published: "Tashkent, 15 May 1992 - Armenia ...
    // signed" in an article of 2006 tells of 1992)
    let other_year = |range: std::ops::Range<usize>| {
        items[range.start.min(items.len())..range.end.min(items.len())]
            .iter()
            .filter_map(year_of)
            .any(|y| article.is_some_and(|d| d.year() != y))
    };
    let caps = |w: &Item<'_>| {
        matches!(w.kind, Kind::Word | Kind::Name(_))
            && !matches!(w.entity(), Some(crate::lexicon::Entity::Org(_)))
            && w.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !w.text.chars().any(char::is_lowercase)
    };
    // The place: in capitals, or a city the lexicon knows ("Moscow, June 14 (Interfax) -"),
    // which then needs the date; or none, after a dateline split off by a full stop ("MOSCOW.
    // June 14 (Interfax) - ...") when the agency is named.
    let mut k = items.iter().take(3).take_while(|w| caps(w)).count();
    let city = k == 0
        && items
            .first()
            .is_some_and(|w| matches!(w.entity(), Some(crate::lexicon::Entity::Capital(_))))
        && items.get(1).is_some_and(|w| w.is_punct(','));
    if city {
        k = 1;
    }
    let date_len = |from: usize| {
        items[from.min(items.len())..]
            .iter()
            .take(5)
            .take_while(|w| {
                month_of(w).is_some() || weekday_of(w).is_some() || matches!(w.kind, Kind::Num(_))
            })
            .count()
    };
    if k == 0 {
        // ("June 14 (Interfax) - ...")
        let date = date_len(0);
        if date == 0 || !items.get(date).is_some_and(|w| w.is_punct('(')) {
            return 0;
        }
        k = date;
    } else if items.get(k).is_some_and(|w| w.is_punct(',')) {
        k += 1;
        // ("KAZAN, Russia, Aug. 26 (Agency) --": past the place's country)
        if items
            .get(k)
            .is_some_and(|w| matches!(w.entity(), Some(crate::lexicon::Entity::State(_))))
            && items.get(k + 1).is_some_and(|w| w.is_punct(','))
        {
            k += 2;
        }
        let date = date_len(k);
        if date == 0 {
            return 0;
        }
        if other_year(k..k + date) {
            return 0;
        }
        k += date;
        // ("June 14, 2012")
        if items.get(k).is_some_and(|w| w.is_punct(','))
            && items.get(k + 1).is_some_and(|w| year_of(w).is_some())
        {
            if other_year(k + 1..k + 2) {
                return 0;
            }
            k += 2;
        }
    } else if city {
        return 0;
    }
    if items.get(k).is_some_and(|w| w.is_punct('(')) {
        match items[k..].iter().take(7).position(|w| w.is_punct(')')) {
            Some(close) => k += close + 1,
            None => return 0,
        }
    }
    if items.get(k).is_some_and(Item::is_dash) {
        k + 1
    } else {
        0
    }
}

/// The last explicit year in `items[..to]`, to anchor "N years later".
pub fn first_year(items: &[Item<'_>], to: usize) -> Option<i32> {
    items[..to.min(items.len())].iter().rev().find_map(year_of)
}

/// The year "last year" or "this year" among `items[..to]` names (the last of them), counted
/// from the article's date `today`.
pub fn relative_year(items: &[Item<'_>], to: usize, today: Day) -> Option<i32> {
    (1..to.min(items.len())).rev().find_map(|k| {
        if !items[k].is("year") {
            return None;
        }
        if items[k - 1].is("last") {
            Some(today.year() - 1)
        } else if items[k - 1].is("this") {
            Some(today.year())
        } else {
            None
        }
    })
}

/// The month of a "last April", "this April" or, told of the past, a bare "in April" among
/// `items[..to]` (the last one), by the article's date `today`: "left the treaty last April and
/// joined GUUAM the same month", "In January A and B formed a union, and C joined it the same
/// month".
pub fn relative_month(
    items: &[Item<'_>],
    to: usize,
    today: Day,
    future: bool,
) -> Option<(i32, u32)> {
    (1..to.min(items.len())).rev().find_map(|k| {
        let m = month_of(&items[k])?;
        if items[k - 1].is("last") {
            Some((today.year() - i32::from(m >= today.month()), m))
        } else if items[k - 1].is("this") {
            Some((today.year(), m))
        } else if items[k - 1].is("in") && !future {
            // ("in January last year", "in January of last year": the one before the
            // article's year)
            let of = usize::from(items.get(k + 1).is_some_and(|w| w.is("of")));
            let last_year = items.get(k + 1 + of).is_some_and(|w| w.is("last"))
                && items.get(k + 2 + of).is_some_and(|w| w.is("year"));
            let y = if last_year {
                today.year() - 1
            } else {
                today.year() - i32::from(m > today.month())
            };
            Some((y, m))
        } else {
            None
        }
    })
}

/// The last month written with its year ("December 1991") among `items[..to]`, in the same
/// part of the sentence (not before a semicolon).
pub fn month_with_year(items: &[Item<'_>], to: usize) -> Option<(i32, u32)> {
    let to = to.min(items.len());
    (0..to.saturating_sub(1))
        .rev()
        .take_while(|&k| !items[k + 1].is_punct(';'))
        .find_map(|k| {
            let m = month_of(&items[k])?;
            year_of(&items[k + 1]).map(|y| (y, m))
        })
}

/// The last month named with its year before item `to` ("in December 1993", "on 24 April
/// 1999"), or with a year named before it.
pub fn last_month(items: &[Item<'_>], to: usize) -> Option<(i32, u32)> {
    let to = to.min(items.len());
    let k = (0..to).rev().find(|&k| month_of(&items[k]).is_some())?;
    let m = month_of(&items[k])?;
    let y = items[k + 1..to]
        .iter()
        .take(2)
        .find_map(year_of)
        .or_else(|| first_year(items, k))?;
    Some((y, m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::items;

    /// A context at `article` with nothing told before.
    fn at(article: &str) -> DateContext {
        DateContext {
            article: Day::parse_iso(article),
            anchor_year: None,
            anchor_month: None,
            month_with_year: None,
            previous_year: None,
            future: false,
            continues: None,
            continues_exact: false,
            story_day: None,
            story_month: None,
            day_before: None,
            day_here: None,
            opening_year: None,
        }
    }

    fn when(s: &str, article: &str, future: bool) -> String {
        let it = items(s, 0..s.len(), &[]);
        let ctx = DateContext {
            anchor_year: first_year(&it, it.len()),
            anchor_month: last_month(&it, it.len()),
            month_with_year: month_with_year(&it, it.len()),
            future,
            ..at(article)
        };
        let start = if it[0].is_any(&["in", "on", "since"]) {
            1
        } else {
            0
        };
        find_date(&it, start, it.len(), ctx)
            .map(|(i, _)| i.notation())
            .unwrap_or_default()
    }

    #[test]
    fn a_month_without_its_year() {
        let without = |s: &str| month_without_year(&items(s, 0..s.len(), &[]));
        assert!(without("in August"));
        assert!(without("on the last day of that year"));
        assert!(!without("in August 1993"));
        assert!(!without("last August"));
        assert!(!without("this June"));
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(when("in 1992", "2000-01-01", false), "1992");
        assert_eq!(when("in 1993-94", "2000-01-01", false), "1993..1994");
        assert_eq!(when("in May 1992", "2000-01-01", false), "1992-05");
        assert_eq!(when("on 15 May 1992", "2000-01-01", false), "1992-05-15");
        assert_eq!(when("on May 15, 1992", "2000-01-01", false), "1992-05-15");
        assert_eq!(when("in early 2002", "2003-01-01", false), "2002");
        assert_eq!(when("in mid-2002", "2003-01-01", false), "2002");
    }

    #[test]
    fn relative_dates() {
        assert_eq!(when("last year", "2003-05-01", false), "2002");
        assert_eq!(
            when("on 1 January last year", "2011-03-01", false),
            "2010-01-01"
        );
        assert_eq!(when("5 May this year", "2011-03-01", false), "2011-05-05");
        assert_eq!(
            when("in January and February", "1994-05-18", false),
            "1994..1994-02"
        );
        assert_eq!(
            when("in March or April 1996", "1999-05-18", false),
            "1996-03..1996-04"
        );
        assert_eq!(
            when("a decade ago, in March 1994", "2004-01-31", false),
            "1994-03"
        );
        // (one each, "respectively": the first alone here)
        assert_eq!(
            when("in May and June 1994 respectively", "1996-05-03", false),
            "1996-05"
        );
        assert_eq!(when("this coming April", "1999-02-10", true), "1999-04");
        assert_eq!(when("this coming April", "1999-06-10", true), "2000-04");
        // 2001-06-18 was a Monday.
        assert_eq!(when("last Friday", "2001-06-18", false), "2001-06-15");
        assert_eq!(when("on Friday", "2001-06-18", false), "2001-06-15");
        assert_eq!(when("on Monday", "2001-06-18", false), "2001-06-18");
        assert_eq!(when("last Monday", "2001-06-18", false), "2001-06-11");
        assert_eq!(when("on Thursday", "2001-06-18", true), "2001-06-21");
        assert_eq!(when("next Monday", "2001-06-18", true), "2001-06-25");
        // 2001-06-20 was a Wednesday.
        assert_eq!(when("this Monday", "2001-06-20", false), "2001-06-18");
        assert_eq!(when("this Friday", "2001-06-20", true), "2001-06-22");
        assert_eq!(when("Friday's summit", "2001-06-18", false), "");
        assert_eq!(
            when(
                "in 1993 and on the last day of the year",
                "1999-02-12",
                false
            ),
            "1993"
        );
        assert_eq!(
            anchored("the last day of the year", "1999-02-12", 1993),
            "1993-12-31"
        );
        assert_eq!(
            when("in 1999 and six years later", "2006-01-01", false),
            "1999"
        );
        assert_eq!(anchored("six years later", "2006-01-01", 1999), "2005");
        // A relative date restated with its day ("this week" between them).
        assert_eq!(
            when(
                "Twenty years ago this week, on 8 December 1991, they met",
                "2011-12-12",
                false
            ),
            "1991-12-08"
        );
        assert_eq!(
            when("Twenty years ago this week", "2011-12-12", false),
            "1991"
        );
    }

    /// The date `s` gives when a year was named before it in the sentence.
    fn anchored(s: &str, article: &str, year: i32) -> String {
        let it = items(s, 0..s.len(), &[]);
        let ctx = DateContext {
            anchor_year: Some(year),
            ..at(article)
        };
        find_date(&it, 0, it.len(), ctx)
            .map(|(i, _)| i.notation())
            .unwrap_or_default()
    }
}
