//! The generator's world: dates and intervals, the states, organisations, office-holders and
//! quantity subjects it writes about, and the reference timeline. It mirrors
//! `rules/lexicon.ron` and `rules/reference.ron`; the expected findings are predicted from
//! this model, never by running claimlint.

/// A day: days since 1970-01-01.
pub type Day = i32;

pub fn day(y: i32, m: u32, d: u32) -> Day {
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub fn civil(z: Day) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

pub fn iso(d: Day) -> String {
    let (y, m, dd) = civil(d);
    format!("{y:04}-{m:02}-{dd:02}")
}

pub fn year_of(d: Day) -> i32 {
    civil(d).0
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn last_of_month(y: i32, m: u32) -> Day {
    if m == 12 {
        day(y + 1, 1, 1) - 1
    } else {
        day(y, m + 1, 1) - 1
    }
}

/// A time interval of days; `None` is an end nobody knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Iv {
    pub from: Option<Day>,
    pub to: Option<Day>,
}

impl Iv {
    pub fn day(d: Day) -> Iv {
        Iv {
            from: Some(d),
            to: Some(d),
        }
    }
    pub fn month(y: i32, m: u32) -> Iv {
        Iv {
            from: Some(day(y, m, 1)),
            to: Some(last_of_month(y, m)),
        }
    }
    pub fn years(a: i32, b: i32) -> Iv {
        Iv {
            from: Some(day(a, 1, 1)),
            to: Some(day(b, 12, 31)),
        }
    }
    pub fn year(y: i32) -> Iv {
        Iv::years(y, y)
    }
    pub fn span(a: Day, b: Day) -> Iv {
        Iv {
            from: Some(a),
            to: Some(b),
        }
    }
    /// `"1992-05-15"`, `"1999-04"` or `"1999"`.
    pub fn parse(s: &str) -> Iv {
        let p: Vec<i32> = s.split('-').map(|x| x.parse().unwrap()).collect();
        match p.len() {
            1 => Iv::year(p[0]),
            2 => Iv::month(p[0], p[1] as u32),
            _ => Iv::day(day(p[0], p[1] as u32, p[2] as u32)),
        }
    }
}

/// Three-valued truth, as the engine computes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    pub fn and(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }
}

/// `a` lies wholly before `b` (the semantics of docs/rules.md).
pub fn before(a: Iv, b: Iv) -> Tri {
    if let (Some(at), Some(bf)) = (a.to, b.from)
        && at < bf
    {
        return Tri::True;
    }
    match (a.from, b.to) {
        (Some(af), Some(bt)) if af >= bt => Tri::False,
        _ => Tri::Unknown,
    }
}

pub fn overlaps(a: Iv, b: Iv) -> Tri {
    if let (Some(at), Some(bf)) = (a.to, b.from)
        && at < bf
    {
        return Tri::False;
    }
    if let (Some(bt), Some(af)) = (b.to, a.from)
        && bt < af
    {
        return Tri::False;
    }
    match (a.from, a.to, b.from, b.to) {
        (Some(af), Some(at), Some(bf), Some(bt)) if af <= bt && bf <= at => Tri::True,
        _ => Tri::Unknown,
    }
}

// ---------------------------------------------------------------- states and organisations

pub struct State {
    pub id: &'static str,
    pub adj: &'static str,
    pub capital: &'static str,
}

pub const STATES: &[State] = &[
    State {
        id: "Armenia",
        adj: "Armenian",
        capital: "Yerevan",
    },
    State {
        id: "Azerbaijan",
        adj: "Azerbaijani",
        capital: "Baku",
    },
    State {
        id: "Belarus",
        adj: "Belarusian",
        capital: "Minsk",
    },
    State {
        id: "Georgia",
        adj: "Georgian",
        capital: "Tbilisi",
    },
    State {
        id: "Kazakhstan",
        adj: "Kazakh",
        capital: "Astana",
    },
    State {
        id: "Kyrgyzstan",
        adj: "Kyrgyz",
        capital: "Bishkek",
    },
    State {
        id: "Moldova",
        adj: "Moldovan",
        capital: "Chisinau",
    },
    State {
        id: "Russia",
        adj: "Russian",
        capital: "Moscow",
    },
    State {
        id: "Tajikistan",
        adj: "Tajik",
        capital: "Dushanbe",
    },
    State {
        id: "Turkmenistan",
        adj: "Turkmen",
        capital: "Ashgabat",
    },
    State {
        id: "Ukraine",
        adj: "Ukrainian",
        capital: "Kyiv",
    },
    State {
        id: "Uzbekistan",
        adj: "Uzbek",
        capital: "Tashkent",
    },
    State {
        id: "China",
        adj: "Chinese",
        capital: "Beijing",
    },
];

pub fn state(id: &str) -> &'static State {
    STATES.iter().find(|s| s.id == id).expect("known state")
}

pub struct Org {
    pub id: &'static str,
    /// The lineage: the CSTO succeeds the CST.
    pub family: &'static str,
    pub founded: (i32, u32, u32),
    /// Names with their article, as a sentence uses them.
    pub names: &'static [&'static str],
    /// The short form in "a CSTO member", "the six SCO members".
    pub abbr: Option<&'static str>,
}

pub const ORGS: &[Org] = &[
    Org {
        id: "CST",
        family: "CST",
        founded: (1992, 5, 15),
        names: &[
            "the Collective Security Treaty",
            "the Tashkent Treaty",
            "the CIS Collective Security Treaty",
        ],
        abbr: None,
    },
    Org {
        id: "CSTO",
        family: "CST",
        founded: (2002, 10, 7),
        names: &["the CSTO", "the Collective Security Treaty Organization"],
        abbr: Some("CSTO"),
    },
    Org {
        id: "GUAM",
        family: "GUAM",
        founded: (1997, 10, 10),
        names: &["GUAM"],
        abbr: Some("GUAM"),
    },
    Org {
        id: "CIS",
        family: "CIS",
        founded: (1991, 12, 8),
        names: &["the CIS", "the Commonwealth of Independent States"],
        abbr: Some("CIS"),
    },
    Org {
        id: "SCO",
        family: "SCO",
        founded: (2001, 6, 15),
        names: &["the SCO", "the Shanghai Cooperation Organisation"],
        abbr: Some("SCO"),
    },
    Org {
        id: "EurAsEC",
        family: "EurAsEC",
        founded: (2000, 10, 10),
        names: &["EurAsEC", "the Eurasian Economic Community"],
        abbr: Some("EurAsEC"),
    },
];

pub fn org(id: &str) -> &'static Org {
    ORGS.iter().find(|o| o.id == id).expect("known org")
}

pub fn founded(id: &str) -> Day {
    let (y, m, d) = org(id).founded;
    day(y, m, d)
}

pub fn family(id: &str) -> &'static str {
    org(id).family
}

// ---------------------------------------------------------------- membership events

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ev {
    Signed,
    Joined,
    Member,
    NotMember,
    Withdrew,
    Suspended,
    Rejoined,
    Founded,
}

impl Ev {
    pub fn json(self) -> &'static str {
        match self {
            Ev::Signed => "signed",
            Ev::Joined => "joined",
            Ev::Member => "member",
            Ev::NotMember => "not_member",
            Ev::Withdrew => "withdrew",
            Ev::Suspended => "suspended",
            Ev::Rejoined => "rejoined",
            Ev::Founded => "founded",
        }
    }
    pub fn is_event(self) -> bool {
        !matches!(self, Ev::Member | Ev::NotMember)
    }
}

/// A line of `rules/reference.ron`.
pub struct RefEntry {
    pub state: Option<&'static str>,
    pub org: &'static str,
    pub ev: Ev,
    pub when: &'static str,
}

macro_rules! r {
    ($org:literal, $ev:ident, $when:literal) => {
        RefEntry {
            state: None,
            org: $org,
            ev: Ev::$ev,
            when: $when,
        }
    };
    ($st:literal, $org:literal, $ev:ident, $when:literal) => {
        RefEntry {
            state: Some($st),
            org: $org,
            ev: Ev::$ev,
            when: $when,
        }
    };
}

pub const REFERENCE: &[RefEntry] = &[
    r!("CST", Founded, "1992-05-15"),
    r!("Armenia", "CST", Signed, "1992-05-15"),
    r!("Kazakhstan", "CST", Signed, "1992-05-15"),
    r!("Kyrgyzstan", "CST", Signed, "1992-05-15"),
    r!("Russia", "CST", Signed, "1992-05-15"),
    r!("Tajikistan", "CST", Signed, "1992-05-15"),
    r!("Uzbekistan", "CST", Signed, "1992-05-15"),
    r!("Azerbaijan", "CST", Joined, "1993-09-24"),
    r!("Georgia", "CST", Joined, "1993-12-09"),
    r!("Belarus", "CST", Joined, "1993-12-31"),
    r!("Azerbaijan", "CST", Withdrew, "1999"),
    r!("Georgia", "CST", Withdrew, "1999"),
    r!("Uzbekistan", "CST", Withdrew, "1999"),
    r!("CSTO", Founded, "2002-10-07"),
    r!("Armenia", "CSTO", Signed, "2002-10-07"),
    r!("Belarus", "CSTO", Signed, "2002-10-07"),
    r!("Kazakhstan", "CSTO", Signed, "2002-10-07"),
    r!("Kyrgyzstan", "CSTO", Signed, "2002-10-07"),
    r!("Russia", "CSTO", Signed, "2002-10-07"),
    r!("Tajikistan", "CSTO", Signed, "2002-10-07"),
    r!("Uzbekistan", "CSTO", Rejoined, "2006"),
    r!("Uzbekistan", "CSTO", Suspended, "2012-06"),
    r!("GUAM", Founded, "1997-10"),
    r!("Georgia", "GUAM", Founded, "1997-10"),
    r!("Ukraine", "GUAM", Founded, "1997-10"),
    r!("Azerbaijan", "GUAM", Founded, "1997-10"),
    r!("Moldova", "GUAM", Founded, "1997-10"),
    r!("Uzbekistan", "GUAM", Joined, "1999-04"),
    r!("Uzbekistan", "GUAM", Suspended, "2002"),
    r!("Uzbekistan", "GUAM", Withdrew, "2005-05"),
    r!("CIS", Founded, "1991-12-08"),
    r!("Russia", "CIS", Founded, "1991-12-08"),
    r!("Belarus", "CIS", Founded, "1991-12-08"),
    r!("Ukraine", "CIS", Founded, "1991-12-08"),
    r!("Armenia", "CIS", Joined, "1991-12-21"),
    r!("Azerbaijan", "CIS", Joined, "1991-12-21"),
    r!("Kazakhstan", "CIS", Joined, "1991-12-21"),
    r!("Kyrgyzstan", "CIS", Joined, "1991-12-21"),
    r!("Moldova", "CIS", Joined, "1991-12-21"),
    r!("Tajikistan", "CIS", Joined, "1991-12-21"),
    r!("Turkmenistan", "CIS", Joined, "1991-12-21"),
    r!("Uzbekistan", "CIS", Joined, "1991-12-21"),
    r!("Georgia", "CIS", Joined, "1993-12"),
    // Turkmenistan's associate status (2005-08) is no entry or exit: the model leaves it out.
    r!("Georgia", "CIS", Withdrew, "2009-08"),
    r!("SCO", Founded, "2001-06-15"),
    r!("China", "SCO", Founded, "2001-06-15"),
    r!("Kazakhstan", "SCO", Founded, "2001-06-15"),
    r!("Kyrgyzstan", "SCO", Founded, "2001-06-15"),
    r!("Russia", "SCO", Founded, "2001-06-15"),
    r!("Tajikistan", "SCO", Founded, "2001-06-15"),
    r!("Uzbekistan", "SCO", Founded, "2001-06-15"),
    r!("EurAsEC", Founded, "2000-10"),
    r!("Belarus", "EurAsEC", Signed, "2000-10-10"),
    r!("Kazakhstan", "EurAsEC", Signed, "2000-10-10"),
    r!("Kyrgyzstan", "EurAsEC", Signed, "2000-10-10"),
    r!("Russia", "EurAsEC", Signed, "2000-10-10"),
    r!("Tajikistan", "EurAsEC", Signed, "2000-10-10"),
    r!("Uzbekistan", "EurAsEC", Joined, "2006"),
    r!("Uzbekistan", "EurAsEC", Suspended, "2008"),
];

/// A real event as articles narrate it: who, what, and the true day (inside the reference
/// interval), with the coarsest precision an article may use and the finest it may use.
pub struct WorldEvent {
    pub states: &'static [&'static str],
    pub org: &'static str,
    pub ev: Ev,
    pub when: (i32, u32, u32),
    /// 0 = day, 1 = month, 2 = year: the finest precision that is true.
    pub finest: u8,
}

macro_rules! we {
    ([$($s:literal),*], $org:literal, $ev:ident, ($y:literal, $m:literal, $d:literal), $f:literal) => {
        WorldEvent { states: &[$($s),*], org: $org, ev: Ev::$ev, when: ($y, $m, $d), finest: $f }
    };
}

pub const EVENTS: &[WorldEvent] = &[
    we!(
        [
            "Armenia",
            "Kazakhstan",
            "Kyrgyzstan",
            "Russia",
            "Tajikistan",
            "Uzbekistan"
        ],
        "CST",
        Signed,
        (1992, 5, 15),
        0
    ),
    we!(["Azerbaijan"], "CST", Joined, (1993, 9, 24), 0),
    we!(["Georgia"], "CST", Joined, (1993, 12, 9), 0),
    we!(["Belarus"], "CST", Joined, (1993, 12, 31), 0),
    we!(
        ["Azerbaijan", "Georgia", "Uzbekistan"],
        "CST",
        Withdrew,
        (1999, 4, 2),
        1
    ),
    we!([], "CSTO", Founded, (2002, 10, 7), 0),
    we!(
        [
            "Armenia",
            "Belarus",
            "Kazakhstan",
            "Kyrgyzstan",
            "Russia",
            "Tajikistan"
        ],
        "CSTO",
        Signed,
        (2002, 10, 7),
        0
    ),
    we!(["Uzbekistan"], "CSTO", Rejoined, (2006, 8, 16), 0),
    we!(["Uzbekistan"], "CSTO", Suspended, (2012, 6, 28), 0),
    we!([], "GUAM", Founded, (1997, 10, 10), 0),
    we!(
        ["Georgia", "Ukraine", "Azerbaijan", "Moldova"],
        "GUAM",
        Founded,
        (1997, 10, 10),
        0
    ),
    we!(["Uzbekistan"], "GUAM", Joined, (1999, 4, 24), 0),
    we!(["Uzbekistan"], "GUAM", Suspended, (2002, 6, 14), 1),
    we!(["Uzbekistan"], "GUAM", Withdrew, (2005, 5, 5), 0),
    we!(
        ["Russia", "Belarus", "Ukraine"],
        "CIS",
        Founded,
        (1991, 12, 8),
        0
    ),
    we!(
        [
            "Armenia",
            "Azerbaijan",
            "Kazakhstan",
            "Kyrgyzstan",
            "Moldova",
            "Tajikistan",
            "Turkmenistan",
            "Uzbekistan"
        ],
        "CIS",
        Joined,
        (1991, 12, 21),
        0
    ),
    we!(["Georgia"], "CIS", Joined, (1993, 12, 3), 1),
    we!(["Georgia"], "CIS", Withdrew, (2009, 8, 18), 0),
    we!([], "SCO", Founded, (2001, 6, 15), 0),
    we!(
        [
            "China",
            "Kazakhstan",
            "Kyrgyzstan",
            "Russia",
            "Tajikistan",
            "Uzbekistan"
        ],
        "SCO",
        Founded,
        (2001, 6, 15),
        0
    ),
    we!([], "EurAsEC", Founded, (2000, 10, 10), 0),
    we!(["Uzbekistan"], "EurAsEC", Joined, (2006, 1, 25), 1),
    we!(["Uzbekistan"], "EurAsEC", Suspended, (2008, 11, 12), 1),
];

/// Windows (inclusive ISO days) in which a status claim is safely true at the article's date.
pub struct StatusWindow {
    pub states: &'static [&'static str],
    pub org: &'static str,
    pub member: bool,
    pub from: &'static str,
    pub to: &'static str,
}

macro_rules! sw {
    ([$($s:literal),*], $org:literal, $m:literal, $from:literal, $to:literal) => {
        StatusWindow { states: &[$($s),*], org: $org, member: $m, from: $from, to: $to }
    };
}

pub const STATUS: &[StatusWindow] = &[
    sw!(
        [
            "Armenia",
            "Kazakhstan",
            "Kyrgyzstan",
            "Russia",
            "Tajikistan",
            "Belarus"
        ],
        "CST",
        true,
        "1997-01-01",
        "2002-10-06"
    ),
    sw!(
        ["Azerbaijan", "Georgia", "Uzbekistan"],
        "CST",
        true,
        "1997-01-01",
        "1999-01-31"
    ),
    sw!(
        ["Azerbaijan", "Georgia", "Uzbekistan"],
        "CST",
        false,
        "2000-01-01",
        "2002-10-06"
    ),
    sw!(
        ["Moldova", "Ukraine", "Turkmenistan"],
        "CST",
        false,
        "1997-01-01",
        "2002-10-06"
    ),
    sw!(
        [
            "Armenia",
            "Belarus",
            "Kazakhstan",
            "Kyrgyzstan",
            "Russia",
            "Tajikistan"
        ],
        "CSTO",
        true,
        "2002-10-10",
        "2012-12-31"
    ),
    sw!(["Uzbekistan"], "CSTO", true, "2007-01-01", "2012-05-31"),
    sw!(["Uzbekistan"], "CSTO", false, "2002-10-10", "2005-12-31"),
    sw!(
        [
            "Azerbaijan",
            "Georgia",
            "Moldova",
            "Ukraine",
            "Turkmenistan"
        ],
        "CSTO",
        false,
        "2002-10-10",
        "2012-12-31"
    ),
    sw!(
        ["Georgia", "Ukraine", "Azerbaijan", "Moldova"],
        "GUAM",
        true,
        "1997-10-15",
        "2012-12-31"
    ),
    sw!(["Uzbekistan"], "GUAM", true, "1999-05-01", "2002-05-31"),
    sw!(["Uzbekistan"], "GUAM", false, "1997-10-15", "1999-03-31"),
    sw!(["Uzbekistan"], "GUAM", false, "2005-06-01", "2012-12-31"),
    sw!(
        ["Russia", "Armenia", "Belarus", "Kazakhstan"],
        "GUAM",
        false,
        "1997-10-15",
        "2012-12-31"
    ),
    sw!(
        [
            "Armenia",
            "Azerbaijan",
            "Belarus",
            "Kazakhstan",
            "Kyrgyzstan",
            "Moldova",
            "Russia",
            "Tajikistan",
            "Ukraine",
            "Uzbekistan"
        ],
        "CIS",
        true,
        "1997-01-01",
        "2012-12-31"
    ),
    sw!(["Turkmenistan"], "CIS", true, "1997-01-01", "2005-07-31"),
    sw!(["Georgia"], "CIS", true, "1997-01-01", "2009-07-31"),
    sw!(["Georgia"], "CIS", false, "2009-09-01", "2012-12-31"),
    sw!(
        [
            "China",
            "Kazakhstan",
            "Kyrgyzstan",
            "Russia",
            "Tajikistan",
            "Uzbekistan"
        ],
        "SCO",
        true,
        "2001-06-20",
        "2012-12-31"
    ),
    sw!(
        [
            "Turkmenistan",
            "Armenia",
            "Azerbaijan",
            "Georgia",
            "Ukraine",
            "Moldova"
        ],
        "SCO",
        false,
        "2001-06-20",
        "2012-12-31"
    ),
    sw!(
        [
            "Belarus",
            "Kazakhstan",
            "Kyrgyzstan",
            "Russia",
            "Tajikistan"
        ],
        "EurAsEC",
        true,
        "2000-10-15",
        "2012-12-31"
    ),
    sw!(["Uzbekistan"], "EurAsEC", true, "2006-03-01", "2007-12-31"),
    sw!(["Uzbekistan"], "EurAsEC", false, "2000-10-15", "2005-12-31"),
    sw!(
        [
            "Turkmenistan",
            "Georgia",
            "Azerbaijan",
            "Moldova",
            "Ukraine"
        ],
        "EurAsEC",
        false,
        "2000-10-15",
        "2012-12-31"
    ),
];

pub fn parse_day(s: &str) -> Day {
    Iv::parse(s).from.unwrap()
}

/// The status windows with their days parsed once.
fn status_days() -> &'static [(Day, Day)] {
    static CELL: std::sync::OnceLock<Vec<(Day, Day)>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        STATUS
            .iter()
            .map(|w| (parse_day(w.from), parse_day(w.to)))
            .collect()
    })
}

/// Terms with their intervals parsed once.
pub fn term_ivs() -> &'static [Iv] {
    static CELL: std::sync::OnceLock<Vec<Iv>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| TERMS.iter().map(term_iv).collect())
}

/// Members of `org` that are safely members (or safely not) at `d`.
pub fn status_states(org: &str, member: bool, d: Day) -> Vec<&'static str> {
    let mut out = Vec::new();
    for (w, &(from, to)) in STATUS.iter().zip(status_days()) {
        if w.org == org && w.member == member && from <= d && d <= to {
            out.extend(w.states.iter().copied());
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Counted {
    Members,
    Signatories,
    Founders,
}

impl Counted {
    pub fn json(self) -> &'static str {
        match self {
            Counted::Members => "members",
            Counted::Signatories => "signatories",
            Counted::Founders => "founders",
        }
    }
}

/// The true count at `d`, where it is beyond doubt.
pub fn count_truth(org: &str, c: Counted, d: Day) -> Option<u32> {
    let within = |a: &str, b: &str| {
        let (a, b) = (Iv::parse(a), Iv::parse(b));
        a.from.unwrap() <= d && d <= b.to.unwrap()
    };
    match (org, c) {
        ("CSTO", Counted::Members) if within("2002-10-10", "2005-12-31") => Some(6),
        ("CSTO", Counted::Members) if within("2007-01-01", "2012-05-31") => Some(7),
        ("CST", Counted::Members) if within("1997-01-01", "1998-12-31") => Some(9),
        ("CST", Counted::Members) if within("2000-01-01", "2002-10-06") => Some(6),
        ("CST", Counted::Signatories) => Some(6),
        ("CSTO", Counted::Signatories) if within("2002-10-10", "2012-12-31") => Some(6),
        ("GUAM", Counted::Members) if within("1997-10-15", "1999-03-31") => Some(4),
        ("GUAM", Counted::Members) if within("1999-05-01", "2005-04-30") => Some(5),
        ("GUAM", Counted::Members) if within("2005-06-01", "2012-12-31") => Some(4),
        ("GUAM", Counted::Founders) if within("1997-10-15", "2012-12-31") => Some(4),
        ("SCO", Counted::Members | Counted::Founders) if within("2001-06-20", "2012-12-31") => {
            Some(6)
        }
        ("CIS", Counted::Members) if within("1997-01-01", "2005-07-31") => Some(12),
        _ => None,
    }
}

// ---------------------------------------------------------------- offices

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    President,
    PrimeMinister,
}

impl Role {
    pub fn json(self) -> &'static str {
        match self {
            Role::President => "president",
            Role::PrimeMinister => "prime_minister",
        }
    }
}

/// A term of office from `rules/lexicon.ron` (every president and prime minister of the
/// states the generator writes about; acting terms are another role and left out).
pub struct Term {
    pub person: &'static str,
    pub role: Role,
    pub state: &'static str,
    pub from: &'static str,
    pub to: Option<&'static str>,
}

macro_rules! t {
    ($p:literal, $r:ident, $s:literal, $f:literal, $t:literal) => {
        Term {
            person: $p,
            role: Role::$r,
            state: $s,
            from: $f,
            to: Some($t),
        }
    };
    ($p:literal, $r:ident, $s:literal, $f:literal) => {
        Term {
            person: $p,
            role: Role::$r,
            state: $s,
            from: $f,
            to: None,
        }
    };
}

pub const TERMS: &[Term] = &[
    t!(
        "Islam Karimov",
        President,
        "Uzbekistan",
        "1991-09-01",
        "2016-09-02"
    ),
    t!(
        "Eduard Shevardnadze",
        President,
        "Georgia",
        "1995-11-26",
        "2003-11-23"
    ),
    t!(
        "Mikheil Saakashvili",
        President,
        "Georgia",
        "2004-01-25",
        "2013-11-17"
    ),
    t!(
        "Heydar Aliyev",
        President,
        "Azerbaijan",
        "1993-06-24",
        "2003-10-31"
    ),
    t!("Ilham Aliyev", President, "Azerbaijan", "2003-10-31"),
    t!(
        "Ilham Aliyev",
        PrimeMinister,
        "Azerbaijan",
        "2003-08-04",
        "2003-11-04"
    ),
    t!(
        "Robert Kocharyan",
        President,
        "Armenia",
        "1998-02-04",
        "2008-04-09"
    ),
    t!(
        "Serzh Sargsyan",
        President,
        "Armenia",
        "2008-04-09",
        "2018-04-09"
    ),
    t!(
        "Serzh Sargsyan",
        PrimeMinister,
        "Armenia",
        "2007-04-04",
        "2008-04-09"
    ),
    t!(
        "Levon Ter-Petrosyan",
        President,
        "Armenia",
        "1991-10-16",
        "1998-02-03"
    ),
    t!("Alexander Lukashenko", President, "Belarus", "1994-07-20"),
    t!(
        "Nursultan Nazarbayev",
        President,
        "Kazakhstan",
        "1990-04-24",
        "2019-03-20"
    ),
    t!(
        "Askar Akayev",
        President,
        "Kyrgyzstan",
        "1990-10-27",
        "2005-04-11"
    ),
    t!(
        "Kurmanbek Bakiyev",
        President,
        "Kyrgyzstan",
        "2005-08-14",
        "2010-04-15"
    ),
    t!(
        "Roza Otunbayeva",
        President,
        "Kyrgyzstan",
        "2010-07-03",
        "2011-12-01"
    ),
    t!(
        "Almazbek Atambayev",
        President,
        "Kyrgyzstan",
        "2011-12-01",
        "2017-11-24"
    ),
    t!("Emomali Rahmon", President, "Tajikistan", "1992-11-19"),
    t!(
        "Saparmurat Niyazov",
        President,
        "Turkmenistan",
        "1990-10-27",
        "2006-12-21"
    ),
    t!(
        "Gurbanguly Berdimuhamedow",
        President,
        "Turkmenistan",
        "2007-02-14",
        "2022-03-19"
    ),
    t!(
        "Boris Yeltsin",
        President,
        "Russia",
        "1991-07-10",
        "1999-12-31"
    ),
    t!(
        "Vladimir Putin",
        President,
        "Russia",
        "2000-05-07",
        "2008-05-07"
    ),
    t!(
        "Vladimir Putin",
        PrimeMinister,
        "Russia",
        "2008-05-08",
        "2012-05-07"
    ),
    t!(
        "Vladimir Putin",
        PrimeMinister,
        "Russia",
        "1999-08-16",
        "2000-05-07"
    ),
    t!("Vladimir Putin", President, "Russia", "2012-05-07"),
    t!(
        "Dmitry Medvedev",
        President,
        "Russia",
        "2008-05-07",
        "2012-05-07"
    ),
    t!(
        "Dmitry Medvedev",
        PrimeMinister,
        "Russia",
        "2012-05-08",
        "2020-01-16"
    ),
    t!(
        "Leonid Kuchma",
        President,
        "Ukraine",
        "1994-07-19",
        "2005-01-23"
    ),
    t!(
        "Viktor Yushchenko",
        President,
        "Ukraine",
        "2005-01-23",
        "2010-02-25"
    ),
    t!(
        "Viktor Yushchenko",
        PrimeMinister,
        "Ukraine",
        "1999-12-22",
        "2001-05-29"
    ),
    t!(
        "Viktor Yanukovych",
        President,
        "Ukraine",
        "2010-02-25",
        "2014-02-22"
    ),
    t!(
        "Viktor Yanukovych",
        PrimeMinister,
        "Ukraine",
        "2002-11-21",
        "2005-01-05"
    ),
    t!(
        "Viktor Yanukovych",
        PrimeMinister,
        "Ukraine",
        "2006-08-04",
        "2007-12-18"
    ),
    t!(
        "Petru Lucinschi",
        President,
        "Moldova",
        "1997-01-15",
        "2001-04-07"
    ),
    t!(
        "Vladimir Voronin",
        President,
        "Moldova",
        "2001-04-07",
        "2009-09-11"
    ),
];

/// A term as the engine sees it: an open end is the far future.
pub fn term_iv(t: &Term) -> Iv {
    Iv {
        from: Some(Iv::parse(t.from).from.unwrap()),
        to: Some(t.to.map_or(day(9999, 12, 31), |x| Iv::parse(x).to.unwrap())),
    }
}

/// Who holds `role` of `state` at every day of `[d - margin, d + margin]`.
pub fn holder(role: Role, st: &str, d: Day, margin: i32) -> Option<&'static str> {
    TERMS
        .iter()
        .zip(term_ivs())
        .find(|(t, iv)| {
            t.role == role
                && t.state == st
                && iv.from.unwrap() <= d - margin
                && iv.to.unwrap() >= d + margin
        })
        .map(|(t, _)| t.person)
}

/// Surname for the appositive form ("Nazarbayev, the Kazakh president").
pub fn surname(person: &str) -> &str {
    person.rsplit(' ').next().unwrap()
}

// ---------------------------------------------------------------- quantity subjects

pub struct Subject {
    pub id: &'static str,
    /// (decimal year, figure) knots; the figure is linear between them and flat outside.
    pub knots: &'static [(f64, f64)],
    pub from: &'static str,
    pub to: &'static str,
    /// Sentences with `{A}` (an approximation word or nothing) and `{V}` (the figure).
    pub templates: &'static [&'static str],
}

pub const SUBJECTS: &[Subject] = &[
    Subject {
        id: "russian-forces-tajikistan",
        knots: &[
            (1997.0, 25000.0),
            (2000.0, 21000.0),
            (2002.0, 19000.0),
            (2005.0, 9000.0),
            (2006.0, 7000.0),
        ],
        from: "1997-01-01",
        to: "2012-12-31",
        templates: &[
            "{A}{V} Russian soldiers are stationed in Tajikistan, most of them with the 201st division.",
            "Moscow has {A}{V} Russian soldiers stationed in Tajikistan.",
            "Russia keeps {A}{V} troops in Tajikistan.",
        ],
    },
    Subject {
        id: "russian-border-guards-tajikistan",
        knots: &[(1997.0, 11000.0), (2004.0, 9000.0)],
        from: "1997-01-01",
        to: "2004-06-30",
        templates: &[
            "{A}{V} Russian border guards patrol the Tajik-Afghan frontier.",
            "Along the Pyanj river, {A}{V} Russian border guards watch the Afghan frontier.",
        ],
    },
    Subject {
        id: "russian-forces-georgia",
        knots: &[(1997.0, 5000.0), (2007.0, 2000.0)],
        from: "1997-01-01",
        to: "2007-06-30",
        templates: &[
            "Russia still has {A}{V} soldiers at its bases in Batumi and Akhalkalaki in Georgia.",
        ],
    },
    Subject {
        id: "russian-forces-moldova",
        knots: &[(1997.0, 2600.0), (2003.0, 1500.0)],
        from: "1997-01-01",
        to: "2012-12-31",
        templates: &["{A}{V} Russian troops remain in Transnistria, in Moldova."],
    },
    Subject {
        id: "russian-forces-armenia",
        knots: &[(1997.0, 4000.0), (2012.0, 5000.0)],
        from: "1997-01-01",
        to: "2012-12-31",
        templates: &["Moscow keeps {A}{V} troops at its base in Gyumri in Armenia."],
    },
    Subject {
        id: "us-forces-uzbekistan",
        knots: &[(2002.0, 1400.0)],
        from: "2002-01-15",
        to: "2005-06-30",
        templates: &["{A}{V} American troops are based at Karshi-Khanabad in Uzbekistan."],
    },
    Subject {
        id: "us-forces-kyrgyzstan",
        knots: &[(2002.0, 1500.0), (2012.0, 1200.0)],
        from: "2002-01-15",
        to: "2012-12-31",
        templates: &["{A}{V} American servicemen use the Manas air base near Bishkek."],
    },
    Subject {
        id: "csto-rapid-deployment-force",
        knots: &[(2001.0, 1500.0)],
        from: "2001-09-01",
        to: "2008-12-31",
        templates: &["The collective rapid-deployment force numbers {A}{V} troops."],
    },
    Subject {
        id: "csto-rapid-reaction-force",
        knots: &[(2009.5, 16000.0)],
        from: "2009-07-01",
        to: "2012-12-31",
        templates: &["The rapid-reaction force has {A}{V} troops."],
    },
];

pub fn subject_truth(s: &Subject, d: Day) -> f64 {
    let (y, m, dd) = civil(d);
    let t = y as f64 + ((m - 1) as f64 * 30.5 + dd as f64) / 366.0;
    let k = s.knots;
    if t <= k[0].0 {
        return k[0].1;
    }
    for w in k.windows(2) {
        if t <= w[1].0 {
            let f = (t - w[0].0) / (w[1].0 - w[0].0);
            return w[0].1 + f * (w[1].1 - w[0].1);
        }
    }
    k[k.len() - 1].1
}
