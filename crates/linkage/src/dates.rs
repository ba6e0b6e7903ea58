//! Dates of birth with their precision. Many migrants know only their year of birth; others
//! are registered on 1 January of the year they gave; day and month get swapped between the
//! French (`17/05/1990`) and ISO (`1990-05-17`) habits; years get mistyped by one.

/// A date of birth with its precision: `month`/`day` are 0 when unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl PartialDate {
    pub fn year_only(year: u16) -> Self {
        Self {
            year,
            month: 0,
            day: 0,
        }
    }

    pub fn is_full(&self) -> bool {
        self.month != 0 && self.day != 0
    }

    /// Registered on 1 January: in return registrations this very often stands for "year only".
    pub fn is_new_year_placeholder(&self) -> bool {
        self.month == 1 && self.day == 1
    }

    /// Month and day as an unordered pair, for blocking that survives a day/month swap.
    pub fn month_day_unordered(&self) -> Option<(u8, u8)> {
        self.is_full()
            .then(|| (self.month.min(self.day), self.month.max(self.day)))
    }
}

impl std::fmt::Display for PartialDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{m:02}", self.year),
            (m, d) => write!(f, "{:04}-{m:02}-{d:02}", self.year),
        }
    }
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses a date of birth: ISO `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, compact `YYYYMMDD`, or
/// day-first `DD/MM/YYYY` (also with `-` or `.`). Zero month or day means unknown.
/// Returns `None` for anything else, including impossible months and days.
pub fn parse_date(input: &str) -> Option<PartialDate> {
    let t = input.trim();
    let t = t.split(['T', ' ']).next().unwrap_or(t);
    if t.is_empty() {
        return None;
    }
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    let (y, m, d) = match parts.as_slice() {
        [one] if one.len() == 8 && one.bytes().all(|b| b.is_ascii_digit()) => {
            (num(&one[0..4])?, num(&one[4..6])?, num(&one[6..8])?)
        }
        [one] if one.len() == 4 => (num(one)?, 0, 0),
        [y, m] if y.len() == 4 => (num(y)?, num(m)?, 0),
        [m, y] if y.len() == 4 => (num(y)?, num(m)?, 0),
        [y, m, d] if y.len() == 4 => (num(y)?, num(m)?, num(d)?),
        [d, m, y] if y.len() == 4 => (num(y)?, num(m)?, num(d)?),
        _ => return None,
    };
    if !(1880..=2100).contains(&y) || m > 12 || d > 31 || (m == 0 && d != 0) {
        return None;
    }
    Some(PartialDate {
        year: y as u16,
        month: m as u8,
        day: d as u8,
    })
}

/// How two dates of birth compare, best first (0 is reserved for "missing").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateLevel {
    Exact = 1,
    /// `1990-05-07` / `1990-07-05`.
    DayMonthSwapped = 2,
    /// Same year; month or day differs (one typo).
    OneComponent = 3,
    /// Same month and day; years at most two apart or one digit apart (`1985`/`1986`,
    /// `1985`/`1995`): an age given twice, rounded differently.
    YearTypo = 4,
    /// At least one side is known only by year (or is a 1 January placeholder), same year.
    SameYear = 5,
    /// At least one side is known only by year, years one apart.
    NearYear = 6,
    Different = 7,
}

impl DateLevel {
    pub const COUNT: u8 = 7;

    pub fn from_level(level: u8) -> Option<Self> {
        Some(match level {
            1 => Self::Exact,
            2 => Self::DayMonthSwapped,
            3 => Self::OneComponent,
            4 => Self::YearTypo,
            5 => Self::SameYear,
            6 => Self::NearYear,
            7 => Self::Different,
            _ => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::DayMonthSwapped => "day_month_swapped",
            Self::OneComponent => "one_component_differs",
            Self::YearTypo => "year_typo",
            Self::SameYear => "same_year",
            Self::NearYear => "year_plus_minus_one",
            Self::Different => "different",
        }
    }
}

fn one_digit_apart(a: u16, b: u16) -> bool {
    let (a, b) = (format!("{a:04}"), format!("{b:04}"));
    a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count() == 1
}

/// Compares two dates of birth, taking their precision into account.
pub fn compare_dates(a: &PartialDate, b: &PartialDate) -> DateLevel {
    let precise =
        a.is_full() && b.is_full() && !a.is_new_year_placeholder() && !b.is_new_year_placeholder();
    let dy = a.year.abs_diff(b.year);
    if precise || (a.is_full() && b.is_full() && a == b) {
        if a == b {
            return DateLevel::Exact;
        }
        if a.year == b.year && a.month == b.day && a.day == b.month {
            return DateLevel::DayMonthSwapped;
        }
        if a.year == b.year && (a.month == b.month || a.day == b.day) {
            return DateLevel::OneComponent;
        }
        if a.month == b.month && a.day == b.day && (dy <= 2 || one_digit_apart(a.year, b.year)) {
            return DateLevel::YearTypo;
        }
        return DateLevel::Different;
    }
    // At least one side is imprecise (year only, year-month, or a 1 January placeholder).
    let months_compatible = a.month == 0
        || b.month == 0
        || a.month == b.month
        || a.is_new_year_placeholder()
        || b.is_new_year_placeholder();
    if dy == 0 && months_compatible {
        DateLevel::SameYear
    } else if dy == 1 {
        DateLevel::NearYear
    } else {
        DateLevel::Different
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        parse_date(s).expect("a date")
    }

    #[test]
    fn parses_the_usual_forms() {
        assert_eq!(d("1990-05-17").to_string(), "1990-05-17");
        assert_eq!(d("17/05/1990").to_string(), "1990-05-17");
        assert_eq!(d("19900517").to_string(), "1990-05-17");
        assert_eq!(d("1990").to_string(), "1990");
        assert_eq!(d("1990-05").to_string(), "1990-05");
        assert_eq!(d("1990-00-00").to_string(), "1990");
        assert_eq!(d("1990-05-17T00:00:00").to_string(), "1990-05-17");
        assert_eq!(parse_date("1990-13-01"), None);
        assert_eq!(parse_date("unknown"), None);
        assert_eq!(parse_date(""), None);
        // Found by the fuzzer: eight bytes that are not eight characters.
        assert_eq!(parse_date("А]Ʃ\n"), None);
    }

    #[test]
    fn levels() {
        let cases = [
            ("1990-05-17", "1990-05-17", DateLevel::Exact),
            ("1990-05-07", "1990-07-05", DateLevel::DayMonthSwapped),
            ("1990-05-17", "1990-05-18", DateLevel::OneComponent),
            ("1990-05-17", "1991-05-17", DateLevel::YearTypo),
            ("1985-05-17", "1995-05-17", DateLevel::YearTypo),
            ("1990", "1990-05-17", DateLevel::SameYear),
            ("1990-01-01", "1990-05-17", DateLevel::SameYear),
            ("1990", "1991", DateLevel::NearYear),
            ("1990", "1991-03-02", DateLevel::NearYear),
            ("1990-05-17", "1970-02-03", DateLevel::Different),
            ("1990", "1995", DateLevel::Different),
            ("1990-01-01", "1990-01-01", DateLevel::Exact),
            ("1999-01-01", "1989-01-01", DateLevel::Different),
            ("1990-01-01", "1991-01-01", DateLevel::NearYear),
        ];
        for (a, b, expected) in cases {
            assert_eq!(compare_dates(&d(a), &d(b)), expected, "{a} / {b}");
            assert_eq!(compare_dates(&d(b), &d(a)), expected, "{b} / {a}");
        }
    }
}
