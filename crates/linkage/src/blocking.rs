//! Blocking: which pairs are worth comparing. Comparing all pairs of a million registrations
//! (5·10¹¹ pairs) is out of the question; instead several *passes* each group records on a
//! key, and pairs are compared only within a group. A pair found by several passes is compared
//! once (by the first). Each pass is designed to survive the corruptions the others do not:
//!
//! | pass | key | survives |
//! |---|---|---|
//! | `names_year` | {given, family} name codes (unordered) + birth year | spelling variants, swapped names, day/month errors |
//! | `family_birthday` | family name code + {day, month} (unordered) | year typos, different given name spellings |
//! | `given_birthdate` | given name code + birth year + {day, month} | family name changed or badly misspelt |
//! | `phone` | last 8 digits of the phone | names and dates both corrupted |
//! | `document` | document number | names and dates both corrupted |
//! | `names` | {given, family} name codes (unordered) | missing or wrong date of birth |
//! | `extra:<name>` | value of an extra field | (one pass per extra field) |
//!
//! Name codes are variant groups where the table knows the name, else consonant skeletons
//! (deliberately coarse). A group larger than `max_block` is not compared all-to-all: its
//! records are sorted on a secondary key and each is compared with its `window` neighbours
//! (sorted neighbourhood), which bounds the work on common names like *Mamadou Diallo*.

use rayon::prelude::*;

use crate::compare::Field;
use crate::names::{Name, Tokens, Vocabulary, block_code, text_prefix};
use crate::record::{Prepared, hash_str};

/// A blocking pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    NamesYear,
    FamilyBirthday,
    GivenBirthdate,
    Phone,
    Document,
    Names,
    Extra(u8),
    /// Given name code + birth year, sorted by the family name's spelling: survives a typo in
    /// the family name.
    GivenYear,
    /// Family name code + birth year, sorted by the given name's spelling: survives a typo in
    /// the given name.
    FamilyYear,
    /// Exact full date of birth (1 January placeholders excluded): used to train `m`, not to
    /// find matches. Records sharing a birth date are otherwise unrelated, which is what EM
    /// needs; blocks on names or phones are full of relatives and namesakes, which EM would
    /// take for matches.
    ExactDate,
}

impl Pass {
    pub fn label(self) -> String {
        match self {
            Self::NamesYear => "names_year".into(),
            Self::FamilyBirthday => "family_birthday".into(),
            Self::GivenBirthdate => "given_birthdate".into(),
            Self::Phone => "phone".into(),
            Self::Document => "document".into(),
            Self::Names => "names".into(),
            Self::Extra(i) => format!("extra:{i}"),
            Self::ExactDate => "exact_date".into(),
            Self::GivenYear => "given_year".into(),
            Self::FamilyYear => "family_year".into(),
        }
    }

    /// Fields on which every pair of this pass agrees (or nearly) by construction: an EM
    /// session on this pass cannot learn their `m`.
    pub fn blocked_fields(self) -> Vec<Field> {
        match self {
            Self::NamesYear => vec![Field::GivenNames, Field::FamilyName, Field::DateOfBirth],
            Self::FamilyBirthday => vec![Field::FamilyName, Field::DateOfBirth],
            Self::GivenBirthdate => vec![Field::GivenNames, Field::DateOfBirth],
            Self::Phone => vec![Field::Phone],
            Self::Document => vec![Field::DocumentNumber],
            Self::Names => vec![Field::GivenNames, Field::FamilyName],
            Self::Extra(i) => vec![Field::Extra(i)],
            Self::ExactDate => vec![Field::DateOfBirth],
            Self::GivenYear => vec![Field::GivenNames, Field::DateOfBirth],
            Self::FamilyYear => vec![Field::FamilyName, Field::DateOfBirth],
        }
    }

    /// The passes whose pairs train `m`, in order of preference.
    pub fn training() -> Vec<Pass> {
        vec![
            Self::Document,
            Self::ExactDate,
            Self::Phone,
            Self::NamesYear,
        ]
    }

    /// The passes used for records with `extra` extra fields.
    pub fn all(extra: usize) -> Vec<Pass> {
        let mut passes = vec![
            Self::NamesYear,
            Self::FamilyBirthday,
            Self::GivenBirthdate,
            Self::Phone,
            Self::Document,
            Self::Names,
            Self::GivenYear,
            Self::FamilyYear,
        ];
        passes.extend((0..extra).map(|i| Self::Extra(i as u8)));
        passes
    }
}

/// Blocking settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockingConfig {
    /// Groups up to this size are compared all-to-all.
    pub max_block: usize,
    /// Neighbours compared on each side in larger groups.
    pub window: usize,
}

impl Default for BlockingConfig {
    fn default() -> Self {
        Self {
            max_block: 100,
            window: 10,
        }
    }
}

fn mix(mut h: u64, v: u64) -> u64 {
    h ^= v
        .wrapping_add(0x9e37_79b9_7f4a_7c15)
        .wrapping_add(h << 6)
        .wrapping_add(h >> 2);
    h.wrapping_mul(0xff51_afd7_ed55_8ccd) | 1
}

fn first_prefix(name: Option<&Name>, vocab: &impl Tokens) -> u64 {
    name.and_then(|n| n.parts().first().map(|p| text_prefix(vocab.token(*p))))
        .unwrap_or(0)
}

fn first_code(name: Option<&Name>, vocab: &impl Tokens) -> Option<u64> {
    name.and_then(|n| n.parts().first().map(|p| block_code(vocab.token(*p))))
}

/// The key of a record in a pass (`None`: the record takes no part in the pass) and its
/// secondary sort key for oversized groups.
pub fn pass_key(pass: Pass, r: &Prepared, vocab: &impl Tokens) -> Option<(u64, u64)> {
    let given = first_code(r.given.as_ref(), vocab);
    let family = first_code(r.family.as_ref(), vocab);
    let seed = 0x1234_5678 ^ (pass_tag(pass) << 48);
    match pass {
        Pass::NamesYear => {
            let (g, f, d) = (given?, family?, r.dob?);
            Some((
                mix(mix(mix(seed, g.min(f)), g.max(f)), u64::from(d.year)),
                u64::from(d.month) << 8 | u64::from(d.day),
            ))
        }
        Pass::FamilyBirthday => {
            let (f, (lo, hi)) = (family?, r.dob?.month_day_unordered()?);
            Some((
                mix(mix(seed, f), u64::from(lo) << 8 | u64::from(hi)),
                given.unwrap_or(0),
            ))
        }
        Pass::GivenBirthdate => {
            let (g, d) = (given?, r.dob?);
            let (lo, hi) = d.month_day_unordered()?;
            Some((
                mix(
                    mix(mix(seed, g), u64::from(d.year)),
                    u64::from(lo) << 8 | u64::from(hi),
                ),
                family.unwrap_or(0),
            ))
        }
        Pass::Phone => {
            let p = r.phone?;
            Some((
                mix(seed, u64::from(p.tail)),
                mix(family.unwrap_or(0), given.unwrap_or(0)),
            ))
        }
        Pass::Document => {
            let d = r.document.as_deref()?;
            Some((mix(seed, hash_str(d)), family.unwrap_or(0)))
        }
        Pass::Names => {
            let (g, f) = (given?, family?);
            let dob = r
                .dob
                .map(|d| u64::from(d.year) << 16 | u64::from(d.month) << 8 | u64::from(d.day))
                .unwrap_or(0);
            Some((mix(mix(seed, g.min(f)), g.max(f)), dob))
        }
        Pass::ExactDate => {
            let d = r
                .dob
                .filter(|d| d.is_full() && !d.is_new_year_placeholder())?;
            let packed = u64::from(d.year) << 16 | u64::from(d.month) << 8 | u64::from(d.day);
            Some((mix(seed, packed), first_prefix(r.family.as_ref(), vocab)))
        }
        Pass::GivenYear => {
            let (g, d) = (given?, r.dob?);
            Some((
                mix(mix(seed, g), u64::from(d.year)),
                first_prefix(r.family.as_ref(), vocab),
            ))
        }
        Pass::FamilyYear => {
            let (f, d) = (family?, r.dob?);
            Some((
                mix(mix(seed, f), u64::from(d.year)),
                first_prefix(r.given.as_ref(), vocab),
            ))
        }
        Pass::Extra(i) => {
            let v = r.extra[usize::from(i)].as_deref()?;
            Some((
                mix(seed, hash_str(v)),
                mix(family.unwrap_or(0), given.unwrap_or(0)),
            ))
        }
    }
}

fn pass_tag(pass: Pass) -> u64 {
    match pass {
        Pass::NamesYear => 1,
        Pass::FamilyBirthday => 2,
        Pass::GivenBirthdate => 3,
        Pass::Phone => 4,
        Pass::Document => 5,
        Pass::Names => 6,
        Pass::Extra(i) => 16 + u64::from(i),
        Pass::ExactDate => 7,
        Pass::GivenYear => 8,
        Pass::FamilyYear => 9,
    }
}

/// One pass, indexed.
#[derive(Debug, Clone)]
struct PassIndex {
    pass: Pass,
    /// Record indices sorted by (key, secondary).
    order: Vec<u32>,
    /// Groups as (start in `order`, length).
    groups: Vec<(u32, u32)>,
    /// Key per record (0: not in this pass).
    key: Vec<u64>,
    /// Position of each record within its group.
    pos: Vec<u32>,
    /// Whether the record's group is oversized (windowed).
    windowed: Vec<bool>,
}

/// The blocking index of a run.
#[derive(Debug, Clone)]
pub struct Blocking {
    passes: Vec<PassIndex>,
    config: BlockingConfig,
    /// Source dataset of each record: pairs are only formed across sources when linking.
    sources: Vec<u8>,
    link: bool,
}

impl Blocking {
    /// Builds every pass. `link`: only pairs of records from different sources count.
    pub fn build(
        records: &[Prepared],
        vocab: &Vocabulary,
        passes: &[Pass],
        config: BlockingConfig,
        link: bool,
    ) -> Self {
        let indices = passes
            .iter()
            .map(|&pass| {
                let mut entries: Vec<(u64, u64, u32)> = records
                    .par_iter()
                    .enumerate()
                    .filter_map(|(i, r)| pass_key(pass, r, vocab).map(|(k, s)| (k, s, i as u32)))
                    .collect();
                entries.par_sort_unstable();
                let mut key = vec![0u64; records.len()];
                let mut pos = vec![0u32; records.len()];
                let mut windowed = vec![false; records.len()];
                let mut groups = Vec::new();
                let mut start = 0usize;
                while start < entries.len() {
                    let k = entries[start].0;
                    let mut end = start + 1;
                    while end < entries.len() && entries[end].0 == k {
                        end += 1;
                    }
                    let len = end - start;
                    if len > 1 {
                        groups.push((start as u32, len as u32));
                    }
                    for (p, e) in entries[start..end].iter().enumerate() {
                        let i = e.2 as usize;
                        key[i] = k;
                        pos[i] = p as u32;
                        windowed[i] = len > config.max_block;
                    }
                    start = end;
                }
                PassIndex {
                    pass,
                    order: entries.iter().map(|e| e.2).collect(),
                    groups,
                    key,
                    pos,
                    windowed,
                }
            })
            .collect();
        Self {
            passes: indices,
            config,
            sources: records.iter().map(|r| r.source).collect(),
            link,
        }
    }

    pub fn passes(&self) -> Vec<Pass> {
        self.passes.iter().map(|p| p.pass).collect()
    }

    /// Whether pass `p` forms the pair (i, j).
    fn pass_pairs(&self, p: usize, i: usize, j: usize) -> bool {
        let idx = &self.passes[p];
        let k = idx.key[i];
        if k == 0 || k != idx.key[j] {
            return false;
        }
        !idx.windowed[i] || idx.pos[i].abs_diff(idx.pos[j]) as usize <= self.config.window
    }

    /// Whether an earlier pass than `p` already forms the pair.
    pub fn covered_before(&self, p: usize, i: usize, j: usize) -> bool {
        (0..p).any(|q| self.pass_pairs(q, i, j))
    }

    /// Upper bound of the pairs pass `p` forms (before removing those of earlier passes).
    pub fn pair_count(&self, p: usize) -> u64 {
        let w = self.config.window as u64;
        self.passes[p]
            .groups
            .iter()
            .map(|&(_, len)| {
                let n = u64::from(len);
                if len as usize > self.config.max_block {
                    n * w
                } else {
                    n * (n - 1) / 2
                }
            })
            .sum()
    }

    /// Folds over the pairs of pass `p` in parallel. With `dedupe_passes`, pairs an earlier pass
    /// forms are skipped, so that over all passes each pair is seen once.
    pub fn fold_pairs<T, F, R>(
        &self,
        p: usize,
        dedupe_passes: bool,
        init: T,
        fold: F,
        reduce: R,
    ) -> T
    where
        T: Send + Clone + Sync,
        F: Fn(T, usize, usize) -> T + Send + Sync,
        R: Fn(T, T) -> T + Send + Sync,
    {
        let idx = &self.passes[p];
        let window = self.config.window;
        let max_block = self.config.max_block;
        idx.groups
            .par_iter()
            .fold(
                || init.clone(),
                |mut acc, &(start, len)| {
                    let members = &idx.order[start as usize..(start + len) as usize];
                    let span = if len as usize > max_block {
                        window
                    } else {
                        members.len()
                    };
                    for (x, &i) in members.iter().enumerate() {
                        for &j in members.iter().skip(x + 1).take(span) {
                            let (i, j) = (i as usize, j as usize);
                            if self.link && self.sources[i] == self.sources[j] {
                                continue;
                            }
                            if dedupe_passes && self.covered_before(p, i, j) {
                                continue;
                            }
                            let (lo, hi) = if i < j { (i, j) } else { (j, i) };
                            acc = fold(acc, lo, hi);
                        }
                    }
                    acc
                },
            )
            .reduce(|| init.clone(), reduce)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Record, fold_record, intern_record};

    fn prepared(rows: &[(&str, &str, &str)]) -> (Vec<Prepared>, Vocabulary) {
        let mut vocab = Vocabulary::new();
        let records = rows
            .iter()
            .map(|(g, f, d)| {
                let r = Record {
                    given_names: Some(g.to_string()),
                    family_name: Some(f.to_string()),
                    date_of_birth: Some(d.to_string()),
                    ..Record::default()
                };
                intern_record(fold_record(&r), 0, &mut vocab)
            })
            .collect();
        (records, vocab)
    }

    fn pairs(b: &Blocking) -> Vec<(usize, usize)> {
        let mut all = Vec::new();
        for p in 0..b.passes.len() {
            let mut v = b.fold_pairs(
                p,
                true,
                Vec::new(),
                |mut acc, i, j| {
                    acc.push((i, j));
                    acc
                },
                |mut a, b| {
                    a.extend(b);
                    a
                },
            );
            all.append(&mut v);
        }
        all.sort_unstable();
        all
    }

    #[test]
    fn variants_and_swaps_meet_and_pairs_are_unique() {
        let (records, vocab) = prepared(&[
            ("Mamadou", "Diallo", "1990-05-17"),
            ("Mamadu", "Jallow", "1990-05-17"),
            ("Diallo", "Mamadou", "1990"),
            ("Fatoumata", "Barry", "1985-02-03"),
        ]);
        let b = Blocking::build(
            &records,
            &vocab,
            &Pass::all(0),
            BlockingConfig::default(),
            false,
        );
        let found = pairs(&b);
        assert!(found.contains(&(0, 1)));
        assert!(found.contains(&(0, 2)));
        assert!(found.contains(&(1, 2)));
        assert!(!found.iter().any(|&(i, j)| i == 3 || j == 3));
        let mut dedup = found.clone();
        dedup.dedup();
        assert_eq!(dedup, found, "a pair is compared once");
    }

    #[test]
    fn oversized_groups_are_windowed() {
        let rows: Vec<(&str, &str, &str)> = (0..50).map(|_| ("Mamadou", "Diallo", "")).collect();
        let (records, vocab) = prepared(&rows);
        let config = BlockingConfig {
            max_block: 10,
            window: 3,
        };
        let b = Blocking::build(&records, &vocab, &[Pass::Names], config, false);
        let found = pairs(&b);
        assert!(found.len() <= 50 * 3);
        assert!(found.iter().all(|(i, j)| i < j));
    }
}
