//! Records as they come in, and as the engine holds them once normalised.

use rustc_hash::FxHashMap;

use crate::dates::{PartialDate, parse_date};
use crate::names::{Interner, Name, Tokens};
use crate::normalise::{
    Phone, Sex, fold, fold_words, normalise_document, normalise_phone, parse_nationality, parse_sex,
};

/// The most extra (user-chosen) fields a comparison can use.
pub const MAX_EXTRA: usize = 6;

/// One registration as typed: every field may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub given_names: Option<String>,
    pub family_name: Option<String>,
    pub sex: Option<String>,
    /// ISO date, year only, `YYYYMMDD`, or day-first `DD/MM/YYYY`.
    pub date_of_birth: Option<String>,
    /// ISO 3166-1 alpha-3.
    pub nationality: Option<String>,
    pub place_of_birth: Option<String>,
    pub phone: Option<String>,
    pub document_number: Option<String>,
    /// Values of the extra fields named in [`crate::Config::extra_fields`], in that order.
    pub extra: Vec<Option<String>>,
}

/// A record once normalised: small, `Copy`-able values and interned name parts.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub given: Option<Name>,
    pub family: Option<Name>,
    pub sex: Option<Sex>,
    pub dob: Option<PartialDate>,
    pub nationality: Option<[u8; 3]>,
    pub place: Option<Name>,
    pub phone: Option<Phone>,
    pub document: Option<Box<str>>,
    pub extra: [Option<Box<str>>; MAX_EXTRA],
    /// Which dataset the record comes from (0 for deduplication; 0 or 1 when linking).
    pub source: u8,
}

/// Text of a record as folded and normalised, before interning (built in parallel).
#[derive(Debug, Clone, Default)]
pub struct Folded {
    given: Vec<String>,
    family: Vec<String>,
    place: Vec<String>,
    sex: Option<Sex>,
    dob: Option<PartialDate>,
    nationality: Option<[u8; 3]>,
    phone: Option<Phone>,
    document: Option<Box<str>>,
    extra: [Option<Box<str>>; MAX_EXTRA],
}

fn name_words(input: Option<&String>) -> Vec<String> {
    input
        .map(|s| {
            fold_words(s)
                .into_iter()
                .map(|w| w.chars().filter(|c| c.is_alphabetic()).collect::<String>())
                .filter(|w| !w.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn present(value: Option<&String>) -> Option<&str> {
    value.map(|s| s.trim()).filter(|s| !s.is_empty())
}

/// The pure, parallelisable half of preparing a record.
pub fn fold_record(record: &Record) -> Folded {
    let nationality = present(record.nationality.as_ref()).and_then(parse_nationality);
    let mut extra: [Option<Box<str>>; MAX_EXTRA] = Default::default();
    for (slot, value) in extra.iter_mut().zip(record.extra.iter()) {
        *slot = present(value.as_ref())
            .map(fold)
            .filter(|s| !s.is_empty())
            .map(String::into_boxed_str);
    }
    Folded {
        given: name_words(record.given_names.as_ref()),
        family: name_words(record.family_name.as_ref()),
        place: name_words(record.place_of_birth.as_ref()),
        sex: present(record.sex.as_ref()).and_then(parse_sex),
        dob: present(record.date_of_birth.as_ref()).and_then(parse_date),
        nationality,
        phone: present(record.phone.as_ref()).and_then(|p| normalise_phone(p, nationality)),
        document: present(record.document_number.as_ref())
            .and_then(normalise_document)
            .map(String::into_boxed_str),
        extra,
    }
}

/// The sequential half: interning name parts.
pub fn intern_record(folded: Folded, source: u8, vocab: &mut impl Interner) -> Prepared {
    Prepared {
        given: Name::from_words(&folded.given, vocab),
        family: Name::from_words(&folded.family, vocab),
        sex: folded.sex,
        dob: folded.dob,
        nationality: folded.nationality,
        place: Name::from_words(&folded.place, vocab),
        phone: folded.phone,
        document: folded.document,
        extra: folded.extra,
        source,
    }
}

/// Term-frequency slots: which value of a record a frequency is about.
pub mod tf_slot {
    pub const GIVEN_EXACT: usize = 0;
    pub const GIVEN_VARIANT: usize = 1;
    pub const FAMILY_EXACT: usize = 2;
    pub const FAMILY_VARIANT: usize = 3;
    pub const PLACE_EXACT: usize = 4;
    pub const PHONE_EXACT: usize = 5;
    pub const EXTRA_EXACT: usize = 6;
    pub const COUNT: usize = EXTRA_EXACT + super::MAX_EXTRA;
}

/// The values whose frequency matters, one per slot (0 when missing).
pub fn tf_values(p: &Prepared, vocab: &impl Tokens) -> [u64; tf_slot::COUNT] {
    let mut v = [0u64; tf_slot::COUNT];
    if let Some(g) = &p.given {
        v[tf_slot::GIVEN_EXACT] = g.exact_value() | 1;
        v[tf_slot::GIVEN_VARIANT] = g.variant_value(vocab) | 1;
    }
    if let Some(f) = &p.family {
        v[tf_slot::FAMILY_EXACT] = f.exact_value() | 1;
        v[tf_slot::FAMILY_VARIANT] = f.variant_value(vocab) | 1;
    }
    if let Some(pl) = &p.place {
        v[tf_slot::PLACE_EXACT] = pl.variant_value(vocab) | 1;
    }
    if let Some(ph) = &p.phone {
        v[tf_slot::PHONE_EXACT] = u64::from(ph.tail) | 1 << 40;
    }
    for (i, e) in p.extra.iter().enumerate() {
        if let Some(e) = e {
            v[tf_slot::EXTRA_EXACT + i] = hash_str(e) | 1;
        }
    }
    v
}

pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Counts of values per term-frequency slot.
#[derive(Debug, Clone, Default)]
pub struct TermFrequencies {
    counts: Vec<FxHashMap<u64, u32>>,
    totals: [u64; tf_slot::COUNT],
}

impl TermFrequencies {
    pub fn new() -> Self {
        Self {
            counts: vec![FxHashMap::default(); tf_slot::COUNT],
            totals: [0; tf_slot::COUNT],
        }
    }

    pub fn add(&mut self, values: &[u64; tf_slot::COUNT]) {
        for (slot, &v) in values.iter().enumerate() {
            if v != 0 {
                *self.counts[slot].entry(v).or_insert(0) += 1;
                self.totals[slot] += 1;
            }
        }
    }

    /// Relative frequency of each of a record's values among the non-missing values of its slot.
    pub fn frequencies(&self, values: &[u64; tf_slot::COUNT]) -> [f32; tf_slot::COUNT] {
        let mut f = [0f32; tf_slot::COUNT];
        for (slot, &v) in values.iter().enumerate() {
            if v != 0 && self.totals[slot] > 0 {
                let c = self.counts[slot].get(&v).copied().unwrap_or(1).max(1);
                f[slot] = c as f32 / self.totals[slot] as f32;
            }
        }
        f
    }
}

/// How to read the string of one record for display (names folded), used in explanations.
pub fn describe_name(name: Option<&Name>, vocab: &impl Tokens) -> String {
    match name {
        None => String::new(),
        Some(n) => n
            .parts()
            .iter()
            .map(|p| vocab.token(*p).text.to_string())
            .collect::<Vec<_>>()
            .join(" "),
    }
}
