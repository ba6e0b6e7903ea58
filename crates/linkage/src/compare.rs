//! Comparison: two prepared records become a comparison vector, one level per field.
//! Level 0 means "missing on at least one side" and carries no evidence either way.

use crate::dates::{DateLevel, compare_dates};
use crate::names::{Name, NameLevel, Tokens, compare_names, share_a_part};
use crate::record::{MAX_EXTRA, Prepared, tf_slot};
use crate::similarity::{jaro_winkler_at_least, osa_within};

/// The fields the engine compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    GivenNames,
    FamilyName,
    Sex,
    DateOfBirth,
    Nationality,
    PlaceOfBirth,
    Phone,
    DocumentNumber,
    /// The n-th extra field chosen by the user.
    Extra(u8),
}

/// Number of built-in fields.
pub const CORE_FIELDS: usize = 8;
/// Largest number of fields in a comparison vector.
pub const MAX_FIELDS: usize = CORE_FIELDS + MAX_EXTRA;

impl Field {
    pub fn index(self) -> usize {
        match self {
            Self::GivenNames => 0,
            Self::FamilyName => 1,
            Self::Sex => 2,
            Self::DateOfBirth => 3,
            Self::Nationality => 4,
            Self::PlaceOfBirth => 5,
            Self::Phone => 6,
            Self::DocumentNumber => 7,
            Self::Extra(i) => CORE_FIELDS + usize::from(i),
        }
    }

    pub fn from_index(i: usize) -> Self {
        match i {
            0 => Self::GivenNames,
            1 => Self::FamilyName,
            2 => Self::Sex,
            3 => Self::DateOfBirth,
            4 => Self::Nationality,
            5 => Self::PlaceOfBirth,
            6 => Self::Phone,
            7 => Self::DocumentNumber,
            n => Self::Extra((n - CORE_FIELDS) as u8),
        }
    }

    /// Column name of the built-in fields (extra fields are named by the user).
    pub fn column(self) -> &'static str {
        match self {
            Self::GivenNames => "given_names",
            Self::FamilyName => "family_name",
            Self::Sex => "sex",
            Self::DateOfBirth => "date_of_birth",
            Self::Nationality => "nationality",
            Self::PlaceOfBirth => "place_of_birth",
            Self::Phone => "phone",
            Self::DocumentNumber => "document_number",
            Self::Extra(_) => "extra",
        }
    }

    /// Labels of levels 1..=n.
    pub fn level_labels(self) -> &'static [&'static str] {
        match self {
            Self::GivenNames | Self::FamilyName => &[
                "exact",
                "variant",
                "phonetic",
                "fuzzy",
                "subset",
                "partial",
                "different",
            ],
            Self::DateOfBirth => &[
                "exact",
                "day_month_swapped",
                "one_component_differs",
                "year_typo",
                "same_year",
                "year_plus_minus_one",
                "different",
            ],
            Self::Sex | Self::Nationality => &["same", "different"],
            Self::PlaceOfBirth => &[
                "exact",
                "variant_or_phonetic",
                "fuzzy_or_partial",
                "different",
            ],
            Self::Phone => &["exact", "same_last_8_digits", "one_digit_typo", "different"],
            Self::DocumentNumber => &["exact", "one_edit", "two_edits", "different"],
            Self::Extra(_) => &["exact", "close", "different"],
        }
    }

    /// The term-frequency slot used at a level, if that level is adjusted for how common the
    /// value is (agreement on a common name is weaker evidence than on a rare one).
    pub fn tf_slot(self, level: u8) -> Option<usize> {
        match (self, level) {
            // How common the *name* is, whatever the spelling: a rare spelling of Diallo is
            // still a Diallo.
            (Self::GivenNames, 1..=3) => Some(tf_slot::GIVEN_VARIANT),
            (Self::FamilyName, 1..=3) => Some(tf_slot::FAMILY_VARIANT),
            (Self::PlaceOfBirth, 1 | 2) => Some(tf_slot::PLACE_EXACT),
            (Self::Phone, 1 | 2) => Some(tf_slot::PHONE_EXACT),
            (Self::Extra(i), 1) => Some(tf_slot::EXTRA_EXACT + usize::from(i)),
            _ => None,
        }
    }
}

/// A comparison vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Comparison {
    /// Level per field index (see [`Field::index`]); 0 = missing.
    pub levels: [u8; MAX_FIELDS],
    /// The names agreed better with given and family names swapped.
    pub swapped: bool,
}

impl Comparison {
    /// The comparison vector packed in 64 bits (4 bits per field), for counting patterns.
    pub fn pattern(&self) -> u64 {
        self.levels
            .iter()
            .enumerate()
            .fold(0u64, |acc, (i, &l)| acc | (u64::from(l & 0xF) << (4 * i)))
    }

    pub fn from_pattern(pattern: u64) -> Self {
        let mut levels = [0u8; MAX_FIELDS];
        for (i, l) in levels.iter_mut().enumerate() {
            *l = ((pattern >> (4 * i)) & 0xF) as u8;
        }
        Self {
            levels,
            swapped: false,
        }
    }

    pub fn level(&self, field: Field) -> u8 {
        self.levels[field.index()]
    }

    /// Family names agree while given names do not, and no document number (nearly) agrees:
    /// the pattern of siblings and twins.
    pub fn looks_like_relatives(&self) -> bool {
        let given = self.level(Field::GivenNames);
        let family = self.level(Field::FamilyName);
        let doc = self.level(Field::DocumentNumber);
        family != 0
            && family <= NameLevel::Fuzzy as u8
            && (given == NameLevel::Partial as u8 || given == NameLevel::Different as u8)
            && !(1..=2).contains(&doc)
    }
}

fn name_level(a: Option<&Name>, b: Option<&Name>, vocab: &impl Tokens) -> u8 {
    match (a, b) {
        (Some(a), Some(b)) => compare_names(a, b, vocab) as u8,
        _ => 0,
    }
}

/// How good an alignment of names is: higher is better.
fn alignment_rank(levels: (u8, u8)) -> u32 {
    let r = |l: u8| if l == 0 { 0 } else { 8 - u32::from(l) };
    r(levels.0) + r(levels.1)
}

/// Compares two prepared records on all built-in fields and the first `extra` extra fields.
pub fn compare(a: &Prepared, b: &Prepared, vocab: &impl Tokens, extra: usize) -> Comparison {
    let mut levels = [0u8; MAX_FIELDS];
    let straight = (
        name_level(a.given.as_ref(), b.given.as_ref(), vocab),
        name_level(a.family.as_ref(), b.family.as_ref(), vocab),
    );
    let mut names = straight;
    let mut swapped = false;
    let fine = |l: u8| l != 0 && l <= NameLevel::Fuzzy as u8;
    // Try the crossed alignment only where it can help: a crossed pair of names shares a part.
    let may_be_swapped = |x: Option<&Name>, y: Option<&Name>| match (x, y) {
        (Some(x), Some(y)) => share_a_part(x, y, vocab),
        _ => false,
    };
    if !(fine(straight.0) && fine(straight.1))
        && (may_be_swapped(a.given.as_ref(), b.family.as_ref())
            || may_be_swapped(a.family.as_ref(), b.given.as_ref()))
    {
        let crossed = (
            name_level(a.given.as_ref(), b.family.as_ref(), vocab),
            name_level(a.family.as_ref(), b.given.as_ref(), vocab),
        );
        if alignment_rank(crossed) > alignment_rank(straight) {
            // Which crossed comparison lands in which slot must not depend on the order of the
            // two records: the worse level goes to given names, the better to family name.
            let worse = crossed.0.max(crossed.1);
            let better = if crossed.0 == 0 || crossed.1 == 0 {
                0
            } else {
                crossed.0.min(crossed.1)
            };
            names = (worse, better);
            if better == 0 {
                names = (crossed.0.max(crossed.1), 0);
            }
            swapped = true;
        }
    }
    levels[Field::GivenNames.index()] = names.0;
    levels[Field::FamilyName.index()] = names.1;
    levels[Field::Sex.index()] = match (a.sex, b.sex) {
        (Some(x), Some(y)) => 1 + u8::from(x != y),
        _ => 0,
    };
    levels[Field::DateOfBirth.index()] = match (&a.dob, &b.dob) {
        (Some(x), Some(y)) => compare_dates(x, y) as u8,
        _ => 0,
    };
    levels[Field::Nationality.index()] = match (a.nationality, b.nationality) {
        (Some(x), Some(y)) => 1 + u8::from(x != y),
        _ => 0,
    };
    levels[Field::PlaceOfBirth.index()] = match (&a.place, &b.place) {
        (Some(x), Some(y)) => match compare_names(x, y, vocab) {
            NameLevel::Exact => 1,
            NameLevel::Variant | NameLevel::Phonetic => 2,
            NameLevel::Fuzzy | NameLevel::Subset | NameLevel::Partial => 3,
            NameLevel::Different => 4,
        },
        _ => 0,
    };
    levels[Field::Phone.index()] = match (&a.phone, &b.phone) {
        (Some(x), Some(y)) => {
            if x.e164.is_some() && x.e164 == y.e164 {
                1
            } else if x.tail == y.tail {
                2
            } else {
                if osa_within(&digits8(x.tail), &digits8(y.tail), 1).is_some() {
                    3
                } else {
                    4
                }
            }
        }
        _ => 0,
    };
    levels[Field::DocumentNumber.index()] = match (&a.document, &b.document) {
        (Some(x), Some(y)) => match osa_within(x.as_bytes(), y.as_bytes(), 2) {
            Some(0) => 1,
            Some(1) => 2,
            Some(_) => 3,
            None => 4,
        },
        _ => 0,
    };
    for i in 0..extra.min(MAX_EXTRA) {
        levels[CORE_FIELDS + i] = match (&a.extra[i], &b.extra[i]) {
            (Some(x), Some(y)) => {
                if x == y {
                    1
                } else if (x.len() >= 3 && osa_within(x.as_bytes(), y.as_bytes(), 1).is_some())
                    || (x.len() >= 5 && jaro_winkler_at_least(x, y, 0.92))
                {
                    2
                } else {
                    3
                }
            }
            _ => 0,
        };
    }
    Comparison { levels, swapped }
}

fn digits8(mut n: u32) -> [u8; 8] {
    let mut out = [b'0'; 8];
    for d in out.iter_mut().rev() {
        *d = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out
}

/// Number of levels of each field of a comparison with `extra` extra fields.
pub fn field_count(extra: usize) -> usize {
    CORE_FIELDS + extra.min(MAX_EXTRA)
}

/// `DateLevel` re-exported for callers matching on date levels.
pub type DateOfBirthLevel = DateLevel;
