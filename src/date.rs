//! Calendar days and the day intervals that give every fact its time.
//!
//! Our own small civil-calendar arithmetic (Howard Hinnant's days-from-civil), enough for
//! the proleptic Gregorian dates that articles use; no time zones, no clock.

use std::fmt;

/// The months' names, in lower case, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The days' names, in lower case, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A calendar day, counted from 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

impl Day {
    /// The day for a valid `year-month-day`, or `None` for an impossible date (2001-02-30).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Day(era * 146_097 + doe - 719_468))
    }

    /// The day of the week, Monday 0 to Sunday 6 (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u32 {
        (self.0 + 3).rem_euclid(7) as u32
    }

    /// The first day of `year`.
    pub fn year_start(year: i32) -> Day {
        Day::from_ymd(year, 1, 1).expect("January 1 exists")
    }

    /// The last day of `year`.
    pub fn year_end(year: i32) -> Day {
        Day::from_ymd(year, 12, 31).expect("December 31 exists")
    }

    /// The first day of `month` in `year` (`month` in 1..=12).
    pub fn month_start(year: i32, month: u32) -> Day {
        Day::from_ymd(year, month, 1).expect("valid month")
    }

    /// The last day of `month` in `year` (`month` in 1..=12).
    pub fn month_end(year: i32, month: u32) -> Day {
        Day::from_ymd(year, month, days_in_month(year, month)).expect("valid month")
    }

    /// The `(year, month, day)` of this day.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        (if m <= 2 { y + 1 } else { y }, m, d)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    pub fn month(self) -> u32 {
        self.ymd().1
    }

    /// This day moved by `days`.
    pub fn add_days(self, days: i32) -> Day {
        Day(self.0 + days)
    }

    /// Today, by the system clock (UTC).
    pub fn today() -> Day {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Day((secs / 86_400) as i32)
    }

    /// Parses an ISO `YYYY-MM-DD` date; `None` when malformed or impossible.
    pub fn parse_iso(text: &str) -> Option<Day> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let s = &text[r];
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())?
        };
        let year = num(0..4)? as i32;
        // Four-digit years only: relative dates then stay within what ISO output can show.
        if year < 1000 {
            return None;
        }
        Day::from_ymd(year, num(5..7)?, num(8..10)?)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// Number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// How finely the text stated a time.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    Year,
    /// Several years ("1993-94") or a span between two stated times.
    Range,
    /// Bounded on one side only ("some time before the article date").
    Open,
}

impl Precision {
    pub const ALL: [Precision; 5] = [
        Precision::Day,
        Precision::Month,
        Precision::Year,
        Precision::Range,
        Precision::Open,
    ];
}

/// A time known only as an interval of days; either end may be unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Interval {
    pub from: Option<Day>,
    pub to: Option<Day>,
    pub precision: Precision,
}

impl Interval {
    pub fn day(d: Day) -> Interval {
        Interval {
            from: Some(d),
            to: Some(d),
            precision: Precision::Day,
        }
    }

    pub fn year(y: i32) -> Interval {
        Interval {
            from: Some(Day::year_start(y)),
            to: Some(Day::year_end(y)),
            precision: Precision::Year,
        }
    }

    pub fn month(y: i32, m: u32) -> Interval {
        Interval {
            from: Some(Day::month_start(y, m)),
            to: Some(Day::month_end(y, m)),
            precision: Precision::Month,
        }
    }

    /// From the start of `a` to the end of `b`.
    pub fn span(a: Interval, b: Interval) -> Interval {
        Interval {
            from: a.from,
            to: b.to,
            precision: Precision::Range,
        }
    }

    /// Some moment up to `d`, start unknown.
    pub fn until(d: Day) -> Interval {
        Interval {
            from: None,
            to: Some(d),
            precision: Precision::Open,
        }
    }

    /// Some moment from `d` on, end unknown.
    pub fn after(d: Day) -> Interval {
        Interval {
            from: Some(d),
            to: None,
            precision: Precision::Open,
        }
    }

    /// Equal as sets of days (precision is how it was said, not what it means).
    pub fn same_days(&self, other: &Interval) -> bool {
        self.from == other.from && self.to == other.to
    }

    /// The notation of `docs/gold-format.md`: `1999`, `1999-04`, `1993..1994`, `..2003-05-01`.
    pub fn notation(&self) -> String {
        fn side(d: Option<Day>, start: bool) -> String {
            d.map(|d| {
                let (y, m, dd) = d.ymd();
                let whole_year = if start {
                    m == 1 && dd == 1
                } else {
                    m == 12 && dd == 31
                };
                let whole_month = if start {
                    dd == 1
                } else {
                    dd == days_in_month(y, m)
                };
                if whole_year {
                    format!("{y:04}")
                } else if whole_month {
                    format!("{y:04}-{m:02}")
                } else {
                    d.to_string()
                }
            })
            .unwrap_or_default()
        }
        match (self.from, self.to) {
            (Some(a), Some(b)) => {
                let ((ay, am, ad), (by, bm, bd)) = (a.ymd(), b.ymd());
                if ay == by && (am, ad, bm, bd) == (1, 1, 12, 31) {
                    return format!("{ay:04}");
                }
                if ay == by && am == bm && ad == 1 && bd == days_in_month(by, bm) {
                    return format!("{ay:04}-{am:02}");
                }
                let (l, r) = (side(Some(a), true), side(Some(b), false));
                if l == r {
                    l
                } else if a == b {
                    a.to_string()
                } else {
                    format!("{l}..{r}")
                }
            }
            // One end unknown: the known end is a day.
            (a, b) => format!(
                "{}..{}",
                a.map(|d| d.to_string()).unwrap_or_default(),
                b.map(|d| d.to_string()).unwrap_or_default()
            ),
        }
    }

    /// Parses the notation of `docs/gold-format.md`.
    pub fn parse_notation(text: &str) -> Option<Interval> {
        fn point(s: &str) -> Option<Interval> {
            let parts: Vec<&str> = s.split('-').collect();
            let num = |p: &str| {
                p.bytes()
                    .all(|c| c.is_ascii_digit())
                    .then(|| p.parse::<u32>().ok())?
            };
            match parts.as_slice() {
                [y] if y.len() == 4 => Some(Interval::year(num(y)? as i32)),
                [y, m] if y.len() == 4 && m.len() == 2 => {
                    let m = num(m)?;
                    (1..=12)
                        .contains(&m)
                        .then(|| Interval::month(num(y).unwrap() as i32, m))
                }
                _ => Day::parse_iso(s).map(Interval::day),
            }
        }
        let text = text.trim();
        match text.split_once("..") {
            None => point(text),
            Some((a, b)) => {
                let from = if a.is_empty() { None } else { point(a)?.from };
                let to = if b.is_empty() { None } else { point(b)?.to };
                if from.is_none() && to.is_none() {
                    return None;
                }
                let precision = if from.is_some() && to.is_some() {
                    Precision::Range
                } else {
                    Precision::Open
                };
                Some(Interval {
                    from,
                    to,
                    precision,
                })
            }
        }
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.notation())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_days() {
        for (y, m, d) in [
            (1970, 1, 1),
            (1992, 5, 15),
            (2000, 2, 29),
            (2012, 12, 31),
            (1899, 3, 1),
        ] {
            assert_eq!(Day::from_ymd(y, m, d).unwrap().ymd(), (y, m, d));
        }
        assert_eq!(Day::from_ymd(1970, 1, 1), Some(Day(0)));
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(Day::parse_iso("2001-02-30"), None);
        assert_eq!(Day::parse_iso("2001-13-01"), None);
        assert_eq!(Day::parse_iso("2001-2-1"), None);
        assert!(Day::parse_iso("2000-02-29").is_some());
        assert_eq!(Day::parse_iso("1900-02-29"), None);
    }

    #[test]
    fn notation_round_trips() {
        for s in [
            "1999",
            "1999-04",
            "1999-04-02",
            "1993..1994",
            "..2003-05-01",
            "2003-05-01..",
            "1999..2003-05-01",
        ] {
            assert_eq!(Interval::parse_notation(s).unwrap().notation(), s, "{s}");
        }
        let a = Interval::parse_notation("1993..1994").unwrap();
        let b = Interval::parse_notation("1993-01..1994-12").unwrap();
        assert!(a.same_days(&b));
        assert_eq!(Interval::parse_notation(".."), None);
    }
}
