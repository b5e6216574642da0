use std::fmt;

use time::{Date, Month};

/// Partners whose term ends within this many days are due for renewal; trials whose
/// one-year window ends within it are listed as due.
pub const DUE_WINDOW_DAYS: i64 = 60;

/// One year of cooperation, as UTC dates: from the day of activation (or of the last
/// renewal) to the same day a year later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub start: Date,
    pub end: Date,
}

impl Term {
    pub fn starting(start: Date) -> Self {
        Self { start, end: one_year_later(start) }
    }

    /// Days from `today` to the end of the term: negative once it has passed.
    pub fn days_left(&self, today: Date) -> i64 {
        (self.end - today).whole_days()
    }

    pub fn is_due(&self, today: Date) -> bool {
        self.days_left(today) <= DUE_WINDOW_DAYS
    }

    pub fn has_ended(&self, today: Date) -> bool {
        self.days_left(today) <= 0
    }

    /// The next term: a renewal adds a year to the end of this one.
    pub fn renewed(&self) -> Self {
        Self::starting(self.end)
    }
}

/// The same day a year later; 29 February becomes 28 February.
pub fn one_year_later(start: Date) -> Date {
    let year = start.year() + 1;
    start
        .replace_year(year)
        .or_else(|_| start.replace_day(28).and_then(|d| d.replace_year(year)))
        .unwrap_or(start)
}

/// A calendar quarter, written `2026-Q4`: the unit of the programme's random audits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub number: u8,
}

impl Quarter {
    pub fn containing(date: Date) -> Self {
        let number = match date.month() {
            Month::January | Month::February | Month::March => 1,
            Month::April | Month::May | Month::June => 2,
            Month::July | Month::August | Month::September => 3,
            Month::October | Month::November | Month::December => 4,
        };
        Self { year: date.year(), number }
    }

    /// The quarter before this one.
    pub fn previous(self) -> Self {
        match self.number {
            1 => Self { year: self.year - 1, number: 4 },
            n => Self { year: self.year, number: n - 1 },
        }
    }

    /// Parses `2026-Q4`; `None` for anything else.
    pub fn parse(raw: &str) -> Option<Self> {
        let (year, number) = raw.trim().split_once("-Q")?;
        let year: i32 = year.parse().ok().filter(|y| (2000..=9999).contains(y))?;
        let number: u8 = number.parse().ok().filter(|n| (1..=4).contains(n))?;
        Some(Self { year, number })
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.number)
    }
}
