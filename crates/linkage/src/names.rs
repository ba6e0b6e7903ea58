//! Name knowledge of the region: a variant table, a phonetic key designed for West-African,
//! Arabic and Lusophone/Francophone/Anglophone spellings, and an order-insensitive comparison of
//! name parts that understands compound and shortened given names.
//!
//! # The Bayiri phonetic key
//!
//! English-centric keys (Soundex, Double Metaphone) miss the spelling habits that matter here:
//! French `ou` for /u/, `dj`/`di` for /dʒ/, Gambian `-ow` and `-ay` endings, Portuguese `nh`,
//! Arabic `kh`/`q`/`th`, and a silent initial `h`. The key of a folded Latin word is built as
//! follows:
//!
//! 1. Letters only. A word-initial `h` before a vowel and a word-final `h` after a vowel are
//!    silent (`Hawa` = `Awa`, `Bah` = `Ba`).
//! 2. `abd` + vowels + `l` before a "sun letter" (`r s t d n z`) loses the `l`, as spoken
//!    (`Abdulrahman` = `Abdourahmane` = `Abderrahmane`).
//! 3. Sounds are mapped left to right, longest spelling first:
//!    `tch sch ch sh` → *x*; `dj`, and `dy`/`di` before a vowel → *j* (`Diallo` = `Jallo`);
//!    `gu` before `e i y` → *g* (`Gueye`); `kh ck q qu c`(before `a o u`) → *k*; `c` before `e i y`
//!    → *s*; `z` → *s*; `x` → *ks*; `gh` → *g*; `ph` → *f*; `th` → *t*; `dh` → *d*;
//!    `nh gn ny` → *n*; `lh` → *l*; `ou oo` → vowel *u*; `ee` → vowel *i*.
//! 4. Vowels fall into three classes: `a`; `e i y` → *i*; `o u w` → *u*. `w` and `y` are
//!    consonants only at the start of a word before a vowel (`Wade`, `Yacouba`), so `Jallow`,
//!    `Touray` and `Toure` end in vowels as they are pronounced.
//! 5. Doubled consonants collapse (`Muhammad` = `Muhamad`).
//! 6. The key is the class of an initial vowel (upper case `A`/`I`/`U`), then the consonants
//!    in order, with a final `d` read as `t` (`Mohamed` = `Mahamat`). Short keys (two
//!    consonants or fewer) keep the class of the last vowel, so that `Sow` (*su*) and `Sy` (*si*),
//!    or `Fatou` and `Fati`, stay apart while `Diallo`, `Jallow` and `Djaló` all give *jlu*.
//!
//! The **consonant skeleton** is the key without vowel classes. Arabic script writes no short
//! vowels, so a word in Arabic script is transliterated ([`crate::normalise::transliterate_arabic`])
//! and compared with Latin spellings on skeletons: `محمد` and `Mohamed` both give *mhmt*.

mod variants;

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::normalise::{fold_words, is_arabic, transliterate_arabic};
use crate::similarity::jaro_winkler_at_least;

/// No variant group.
pub const NO_GROUP: u32 = u32::MAX;

/// The most name parts kept for one name; further parts (rare: long chains of ancestors' names)
/// are dropped from the comparison but still count in the joined form.
pub const MAX_PARTS: usize = 4;

/// Particles that are not names by themselves: Arabic `ould/ben/bin/ibn/ag/al/el`, Portuguese
/// `da/de/do/dos/das`, French `de/du/le/la`. They are dropped from the parts when other parts
/// remain, and kept in the joined form.
const PARTICLES: &[&str] = &[
    "ould", "wuld", "ben", "bin", "ibn", "ag", "al", "el", "ul", "da", "de", "do", "dos", "das",
    "du", "le", "la", "ال",
];

/// The phonetic key of one folded Latin word (see the module documentation for the rules).
pub fn phonetic_key(word: &str) -> String {
    let (key, _) = key_and_skeleton(word);
    key
}

/// The consonant skeleton of one folded Latin word (the key without vowel classes).
pub fn consonant_skeleton(word: &str) -> String {
    let (_, skeleton) = key_and_skeleton(word);
    skeleton
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w')
}

fn is_plain_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sym {
    Vowel(u8),
    Cons(u8),
}

fn key_and_skeleton(word: &str) -> (String, String) {
    let mut s: Vec<u8> = word
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    // 1. silent h
    if s.len() > 1 && s[0] == b'h' && is_plain_vowel(s[1]) {
        s.remove(0);
    }
    while s.len() > 1 && s[s.len() - 1] == b'h' && is_vowel(s[s.len() - 2]) {
        s.pop();
    }
    // 2. abd-ul-R assimilation
    if s.starts_with(b"abd") {
        let mut j = 3;
        while j < s.len() && is_plain_vowel(s[j]) {
            j += 1;
        }
        if j + 1 < s.len()
            && s[j] == b'l'
            && matches!(s[j + 1], b'r' | b's' | b't' | b'd' | b'n' | b'z')
        {
            s.drain(3..=j);
        }
    }
    // 3–5. sound mapping
    let mut syms: Vec<Sym> = Vec::with_capacity(s.len());
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let n1 = at(i + 1);
        let n2 = at(i + 2);
        let (sym, used): (Option<Sym>, usize) = match c {
            b't' if n1 == b'c' && n2 == b'h' => (Some(Sym::Cons(b'x')), 3),
            b's' if n1 == b'c' && n2 == b'h' => (Some(Sym::Cons(b'x')), 3),
            b'c' if n1 == b'h' => (Some(Sym::Cons(b'x')), 2),
            b's' if n1 == b'h' => (Some(Sym::Cons(b'x')), 2),
            b'd' if n1 == b'j' => (Some(Sym::Cons(b'j')), 2),
            b'd' if (n1 == b'y' || n1 == b'i') && is_plain_vowel(n2) => (Some(Sym::Cons(b'j')), 2),
            b'g' if n1 == b'u' && matches!(n2, b'e' | b'i' | b'y') => (Some(Sym::Cons(b'g')), 2),
            b'k' if n1 == b'h' => (Some(Sym::Cons(b'k')), 2),
            b'c' if n1 == b'k' => (Some(Sym::Cons(b'k')), 2),
            b'q' if n1 == b'u' => (Some(Sym::Cons(b'k')), 2),
            b'q' => (Some(Sym::Cons(b'k')), 1),
            b'c' if matches!(n1, b'e' | b'i' | b'y') => (Some(Sym::Cons(b's')), 1),
            b'c' => (Some(Sym::Cons(b'k')), 1),
            b'z' => (Some(Sym::Cons(b's')), 1),
            b'x' => {
                syms.push(Sym::Cons(b'k'));
                (Some(Sym::Cons(b's')), 1)
            }
            b'g' if n1 == b'h' => (Some(Sym::Cons(b'g')), 2),
            b'p' if n1 == b'h' => (Some(Sym::Cons(b'f')), 2),
            b't' if n1 == b'h' => (Some(Sym::Cons(b't')), 2),
            b'd' if n1 == b'h' => (Some(Sym::Cons(b'd')), 2),
            b'n' if n1 == b'h' || n1 == b'y' => (Some(Sym::Cons(b'n')), 2),
            b'g' if n1 == b'n' => (Some(Sym::Cons(b'n')), 2),
            b'l' if n1 == b'h' => (Some(Sym::Cons(b'l')), 2),
            b'o' if n1 == b'u' || n1 == b'o' => (Some(Sym::Vowel(b'u')), 2),
            b'e' if n1 == b'e' => (Some(Sym::Vowel(b'i')), 2),
            b'a' => (Some(Sym::Vowel(b'a')), 1),
            b'e' | b'i' => (Some(Sym::Vowel(b'i')), 1),
            b'o' | b'u' => (Some(Sym::Vowel(b'u')), 1),
            b'y' if i == 0 && is_plain_vowel(n1) => (Some(Sym::Cons(b'y')), 1),
            b'w' if i == 0 && is_plain_vowel(n1) => (Some(Sym::Cons(b'w')), 1),
            b'y' => (Some(Sym::Vowel(b'i')), 1),
            b'w' => (Some(Sym::Vowel(b'u')), 1),
            other => (Some(Sym::Cons(other)), 1),
        };
        if let Some(sym) = sym {
            // 5. doubled consonants (adjacent in writing) collapse
            let doubled =
                matches!((syms.last(), sym), (Some(Sym::Cons(p)), Sym::Cons(q)) if *p == q);
            if !doubled {
                syms.push(sym);
            }
        }
        i += used;
    }
    // 6. assemble
    let mut key = String::with_capacity(8);
    let mut skeleton = String::with_capacity(8);
    if let Some(Sym::Vowel(v)) = syms.first() {
        key.push(v.to_ascii_uppercase() as char);
    }
    let consonants: Vec<u8> = syms
        .iter()
        .filter_map(|s| match s {
            Sym::Cons(c) => Some(*c),
            Sym::Vowel(_) => None,
        })
        .collect();
    for (k, &c) in consonants.iter().enumerate() {
        let c = if k + 1 == consonants.len() && c == b'd' {
            b't'
        } else {
            c
        };
        key.push(c as char);
        skeleton.push(c as char);
    }
    if consonants.len() <= 2
        && let Some(Sym::Vowel(v)) = syms.iter().rev().find(|s| matches!(s, Sym::Vowel(_)))
    {
        key.push(*v as char);
    }
    (key, skeleton)
}

/// One distinct name part as seen by the engine.
#[derive(Debug, Clone)]
pub struct Token {
    /// Folded form (Latin ASCII, or Arabic letters).
    pub text: Box<str>,
    /// Latin form: the text itself, or its transliteration from Arabic script.
    pub latin: Box<str>,
    /// Interned phonetic key.
    pub key: u32,
    /// Interned consonant skeleton.
    pub skeleton: u32,
    /// Variant group, or [`NO_GROUP`].
    pub group: u32,
    /// Written in a script without short vowels: compare on skeletons.
    pub consonantal: bool,
    /// Interned blocking code: the phonetic key of the variant group's first spelling if the
    /// word is in a group, else the word's own key. Spellings the table does not know still
    /// meet their group when they sound the same.
    pub block: u32,
}

struct VariantIndex {
    by_text: FxHashMap<String, u32>,
    by_key: FxHashMap<String, u32>,
    by_skeleton: FxHashMap<String, u32>,
    /// First spelling of each group, for explanations.
    display: Vec<String>,
}

fn variant_index() -> &'static VariantIndex {
    static INDEX: OnceLock<VariantIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_text = FxHashMap::default();
        let mut key_groups: FxHashMap<String, Option<u32>> = FxHashMap::default();
        let mut skel_groups: FxHashMap<String, Option<u32>> = FxHashMap::default();
        let mut display = Vec::new();
        for (g, spellings) in variants::GROUPS.iter().enumerate() {
            let g = g as u32;
            display.push(fold_words(spellings[0]).concat());
            for spelling in spellings.iter() {
                let text = fold_words(spelling).concat();
                by_text.entry(text.clone()).or_insert(g);
                let (latin, arabic) = latin_form(&text);
                let (key, skel) = key_and_skeleton(&latin);
                if !arabic {
                    note_unique(&mut key_groups, key, g);
                }
                note_unique(&mut skel_groups, skel, g);
            }
        }
        let unique = |m: FxHashMap<String, Option<u32>>| {
            m.into_iter()
                .filter_map(|(k, g)| g.map(|g| (k, g)))
                .filter(|(k, _)| k.len() >= 2)
                .collect()
        };
        VariantIndex {
            by_text,
            by_key: unique(key_groups),
            by_skeleton: unique(skel_groups),
            display,
        }
    })
}

fn note_unique(map: &mut FxHashMap<String, Option<u32>>, k: String, g: u32) {
    match map.get(&k) {
        None => {
            map.insert(k, Some(g));
        }
        Some(Some(existing)) if *existing != g => {
            map.insert(k, None);
        }
        _ => {}
    }
}

fn latin_form(text: &str) -> (String, bool) {
    if text.chars().any(is_arabic) {
        (transliterate_arabic(text), true)
    } else {
        (text.to_string(), false)
    }
}

/// The first spelling of a variant group, as shown in explanations.
pub fn group_display(group: u32) -> Option<&'static str> {
    variant_index()
        .display
        .get(group as usize)
        .map(String::as_str)
}

/// The variant group of a folded word, if the table knows it (directly, or through a phonetic
/// key or skeleton that only one group has).
pub fn variant_group(folded: &str) -> Option<u32> {
    let index = variant_index();
    if let Some(g) = index.by_text.get(folded) {
        return Some(*g);
    }
    let (latin, arabic) = latin_form(folded);
    let (key, skel) = key_and_skeleton(&latin);
    if arabic {
        index.by_skeleton.get(&skel).copied()
    } else {
        index.by_key.get(&key).copied()
    }
}

/// Read access to interned name parts.
pub trait Tokens {
    fn token(&self, id: u32) -> &Token;
}

/// Interning of name parts.
pub trait Interner: Tokens {
    /// The id of a folded word, adding it if new.
    fn intern(&mut self, folded: &str) -> u32;
}

/// A code for blocking: the variant group if any, else the consonant skeleton (coarse on
/// purpose: blocking must not lose true matches; comparison sorts them out).
pub fn block_code(t: &Token) -> u64 {
    u64::from(t.block) | (1 << 40)
}

/// The first eight letters of a word's Latin form as a number that sorts like the text: the
/// secondary key of sorted-neighbourhood blocking (a typo late in a name keeps it near).
pub fn text_prefix(t: &Token) -> u64 {
    let mut v = 0u64;
    for i in 0..8 {
        v = v << 8 | u64::from(t.latin.as_bytes().get(i).copied().unwrap_or(0));
    }
    v
}

/// Builds the token of a new word, given a way to intern key strings.
pub(crate) fn new_token(folded: &str, mut code: impl FnMut(&str) -> u32) -> Token {
    let (latin, consonantal) = latin_form(folded);
    let (key, skel) = key_and_skeleton(&latin);
    let group = variant_group(folded).unwrap_or(NO_GROUP);
    let key_code = code(&key);
    let block = match group_display(group) {
        Some(first) => code(&key_and_skeleton(first).0),
        None => key_code,
    };
    Token {
        text: folded.into(),
        latin: latin.into(),
        key: key_code,
        skeleton: code(&format!("#{skel}")),
        group,
        consonantal,
        block,
    }
}

/// Interns name parts, so that a million records share one copy of "mamadou" and compare
/// parts by integer.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    tokens: Vec<Token>,
    by_text: FxHashMap<Box<str>, u32>,
    codes: FxHashMap<Box<str>, u32>,
}

impl Vocabulary {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The id of a key string, if known.
    pub(crate) fn code_of(&self, s: &str) -> Option<u32> {
        self.codes.get(s).copied()
    }

    pub(crate) fn code_count(&self) -> usize {
        self.codes.len()
    }

    fn code(&mut self, s: &str) -> u32 {
        if let Some(id) = self.codes.get(s) {
            return *id;
        }
        let id = self.codes.len() as u32;
        self.codes.insert(s.into(), id);
        id
    }

    /// The id of a folded word if it is known.
    pub fn lookup(&self, folded: &str) -> Option<u32> {
        self.by_text.get(folded).copied()
    }
}

impl Tokens for Vocabulary {
    fn token(&self, id: u32) -> &Token {
        &self.tokens[id as usize]
    }
}

impl Interner for Vocabulary {
    fn intern(&mut self, folded: &str) -> u32 {
        if let Some(id) = self.by_text.get(folded) {
            return *id;
        }
        let token = new_token(folded, |k| self.code(k));
        let id = self.tokens.len() as u32;
        self.tokens.push(token);
        self.by_text.insert(folded.into(), id);
        id
    }
}

/// A name (given names, family name, place) as folded parts, without particles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Name {
    parts: [u32; MAX_PARTS],
    len: u8,
    /// All words (particles included) written together: `Mohamed Lamine` → `mohamedlamine`.
    pub joined: u32,
}

impl Name {
    pub fn parts(&self) -> &[u32] {
        &self.parts[..self.len as usize]
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Folds and interns a name as typed. Returns `None` if it holds no letters.
    pub fn parse(input: &str, vocab: &mut impl Interner) -> Option<Name> {
        let words: Vec<String> = fold_words(input)
            .into_iter()
            .map(|w| w.chars().filter(|c| c.is_alphabetic()).collect::<String>())
            .filter(|w| !w.is_empty())
            .collect();
        Self::from_words(&words, vocab)
    }

    /// Builds a name from already folded words.
    pub fn from_words(words: &[String], vocab: &mut impl Interner) -> Option<Name> {
        if words.is_empty() {
            return None;
        }
        let joined = vocab.intern(&words.concat());
        let meaningful: Vec<&String> = words
            .iter()
            .filter(|w| !PARTICLES.contains(&w.as_str()))
            .collect();
        let kept: Vec<&String> = if meaningful.is_empty() {
            words.iter().collect()
        } else {
            meaningful
        };
        let mut name = Name {
            parts: [0; MAX_PARTS],
            len: 0,
            joined,
        };
        for w in kept.into_iter().take(MAX_PARTS) {
            name.parts[name.len as usize] = vocab.intern(w);
            name.len += 1;
        }
        Some(name)
    }

    /// Key for term frequencies of the exact value: the parts as a multiset.
    pub fn exact_value(&self) -> u64 {
        let mut parts = self.parts;
        parts[..self.len as usize].sort_unstable();
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for p in &parts[..self.len as usize] {
            h = (h ^ u64::from(*p)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    /// Key for term frequencies across spellings: the parts' variant groups (or skeletons).
    pub fn variant_value(&self, vocab: &impl Tokens) -> u64 {
        let mut codes = [0u64; MAX_PARTS];
        for (i, p) in self.parts().iter().enumerate() {
            codes[i] = block_code(vocab.token(*p));
        }
        codes[..self.len as usize].sort_unstable();
        let mut h: u64 = 0x84222325_cbf29ce4;
        for c in &codes[..self.len as usize] {
            h = (h ^ c).wrapping_mul(0x0100_0000_01b3);
        }
        h
    }
}

/// How two name parts compare, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PartLevel {
    Different = 0,
    Fuzzy = 1,
    Phonetic = 2,
    Variant = 3,
    Exact = 4,
}

/// Jaro–Winkler threshold for the fuzzy part level.
pub const FUZZY_THRESHOLD: f64 = 0.88;

/// Compares two name parts.
pub fn compare_parts(a: u32, b: u32, vocab: &impl Tokens) -> PartLevel {
    if a == b {
        return PartLevel::Exact;
    }
    let ta = vocab.token(a);
    let tb = vocab.token(b);
    if ta.group != NO_GROUP && ta.group == tb.group {
        return PartLevel::Variant;
    }
    let phonetic = if ta.consonantal || tb.consonantal {
        ta.skeleton == tb.skeleton
    } else {
        ta.key == tb.key
    };
    if phonetic {
        return PartLevel::Phonetic;
    }
    if jaro_winkler_at_least(&ta.latin, &tb.latin, FUZZY_THRESHOLD) {
        return PartLevel::Fuzzy;
    }
    PartLevel::Different
}

/// Whether two names have a part in common by id, variant group, key or skeleton: a cheap
/// test of whether a full comparison can find any agreement beyond typos.
pub fn share_a_part(a: &Name, b: &Name, vocab: &impl Tokens) -> bool {
    a.parts().iter().any(|&p| {
        let tp = vocab.token(p);
        b.parts().iter().any(|&q| {
            let tq = vocab.token(q);
            p == q
                || (tp.group != NO_GROUP && tp.group == tq.group)
                || tp.key == tq.key
                || tp.skeleton == tq.skeleton
        })
    })
}

/// How two names compare, best first. The numeric values are the comparison levels used by
/// the scoring model (0 is reserved for "missing").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameLevel {
    /// Same parts, in any order.
    Exact = 1,
    /// Same names in other spellings (variant table).
    Variant = 2,
    /// Same phonetic keys.
    Phonetic = 3,
    /// Every part close in spelling (typos).
    Fuzzy = 4,
    /// One name has extra parts; all the parts of the other are found in it (compound or
    /// shortened given names: `Mamadou Saliou` / `Mamadou`).
    Subset = 5,
    /// Some parts agree, others do not.
    Partial = 6,
    /// Nothing agrees.
    Different = 7,
}

impl NameLevel {
    pub const COUNT: u8 = 7;

    pub fn from_level(level: u8) -> Option<Self> {
        Some(match level {
            1 => Self::Exact,
            2 => Self::Variant,
            3 => Self::Phonetic,
            4 => Self::Fuzzy,
            5 => Self::Subset,
            6 => Self::Partial,
            7 => Self::Different,
            _ => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Variant => "variant",
            Self::Phonetic => "phonetic",
            Self::Fuzzy => "fuzzy",
            Self::Subset => "subset",
            Self::Partial => "partial",
            Self::Different => "different",
        }
    }

    /// Whether names at this level are the same name (for the relatives guard and for
    /// choosing the name alignment).
    pub fn agrees(self) -> bool {
        self <= Self::Fuzzy
    }
}

/// Compares two names, order-insensitively: each part of the shorter name is paired with its
/// best unused counterpart in the longer one.
pub fn compare_names(a: &Name, b: &Name, vocab: &impl Tokens) -> NameLevel {
    // A fixed orientation keeps the comparison symmetric.
    let a_first = a.len < b.len || (a.len == b.len && a.parts() <= b.parts());
    let (short, long) = if a_first { (a, b) } else { (b, a) };
    let mut used = [false; MAX_PARTS];
    let mut worst = PartLevel::Exact;
    let mut matched = 0usize;
    for &p in short.parts() {
        let mut best = PartLevel::Different;
        let mut best_j = None;
        for (j, &q) in long.parts().iter().enumerate() {
            if used[j] {
                continue;
            }
            let level = compare_parts(p, q, vocab);
            if best_j.is_none() || level > best {
                best = level;
                best_j = Some(j);
                if level == PartLevel::Exact {
                    break;
                }
            }
        }
        if let Some(j) = best_j
            && best >= PartLevel::Fuzzy
        {
            used[j] = true;
        }
        if best >= PartLevel::Phonetic {
            matched += 1;
        }
        worst = worst.min(best);
    }
    if short.len == long.len {
        match worst {
            PartLevel::Exact => return NameLevel::Exact,
            PartLevel::Variant => return NameLevel::Variant,
            PartLevel::Phonetic => return NameLevel::Phonetic,
            PartLevel::Fuzzy => return NameLevel::Fuzzy,
            PartLevel::Different => {}
        }
    }
    // Written together or apart: `Mohamed Lamine` / `Mohamedlamine`, `Abdou Rahmane`.
    let single_words = a.len == 1 && b.len == 1 && a.joined == a.parts[0] && b.joined == b.parts[0];
    if !single_words && (short.len != long.len || worst == PartLevel::Different) {
        match compare_parts(a.joined, b.joined, vocab) {
            PartLevel::Exact => return NameLevel::Exact,
            PartLevel::Variant => return NameLevel::Variant,
            PartLevel::Phonetic => return NameLevel::Phonetic,
            _ => {}
        }
    }
    if short.len != long.len && worst >= PartLevel::Fuzzy {
        return NameLevel::Subset;
    }
    if matched > 0 {
        NameLevel::Partial
    } else {
        NameLevel::Different
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> String {
        phonetic_key(s)
    }

    #[test]
    fn key_groups_regional_spellings() {
        assert_eq!(key("diallo"), key("jallow"));
        assert_eq!(key("diallo"), key("djalo"));
        assert_eq!(key("ndiaye"), key("njie"));
        assert_eq!(key("mohamed"), key("muhammad"));
        assert_eq!(key("mohamed"), key("mouhamed"));
        assert_eq!(key("mohamed"), key("mahamat"));
        assert_eq!(key("mamadou"), key("mamadu"));
        assert_eq!(key("mamadou"), key("mamoudou"));
        assert_eq!(key("ousmane"), key("usman"));
        assert_eq!(key("hawa"), key("awa"));
        assert_eq!(key("toure"), key("touray"));
        assert_eq!(key("gueye"), key("gaye"));
        assert_eq!(key("cheikh"), key("sheikh"));
        assert_eq!(key("abdulrahman"), key("abderrahmane"));
        assert_eq!(key("abdourahmane"), key("abdulrahman"));
    }

    #[test]
    fn key_keeps_distinct_names_apart() {
        assert_ne!(key("sow"), key("sy"));
        assert_ne!(key("mamadou"), key("mohamed"));
        assert_ne!(key("hassan"), key("housseini"));
        assert_ne!(key("fatou"), key("fati"));
        assert_ne!(key("diallo"), key("diop"));
    }

    #[test]
    fn arabic_script_meets_latin_spellings_on_skeletons() {
        let mut v = Vocabulary::new();
        let ar = v.intern("محمد");
        let la = v.intern("mohamed");
        assert!(compare_parts(ar, la, &v) >= PartLevel::Phonetic);
        let ar = v.intern("ديالو");
        let la = v.intern("diallo");
        assert!(compare_parts(ar, la, &v) >= PartLevel::Phonetic);
    }

    #[test]
    fn no_spelling_is_in_two_groups() {
        let mut seen: FxHashMap<String, usize> = FxHashMap::default();
        for (g, spellings) in variants::GROUPS.iter().enumerate() {
            for s in spellings.iter() {
                let folded = fold_words(s).concat();
                if let Some(other) = seen.insert(folded.clone(), g) {
                    assert_eq!(other, g, "{folded} is in groups {other} and {g}");
                }
            }
        }
    }

    fn name(s: &str, v: &mut Vocabulary) -> Name {
        Name::parse(s, v).expect("a name")
    }

    #[test]
    fn name_levels() {
        let mut v = Vocabulary::new();
        let cases = [
            ("Mamadou Saliou", "saliou mamadou", NameLevel::Exact),
            ("Mamadou", "Mamadu", NameLevel::Variant),
            ("Djaló", "Jallow", NameLevel::Variant),
            ("Ndiaye", "N'Diaye", NameLevel::Exact),
            ("Mamadou Saliou", "Mamadou", NameLevel::Subset),
            ("Mohamed Lamine", "Mohamedlamine", NameLevel::Exact),
            ("Abdou Rahmane", "Abdourahmane", NameLevel::Exact),
            ("Abdoul Rahman", "Abderrahmane", NameLevel::Variant),
            ("Ousmane Ali", "Usman Moussa", NameLevel::Partial),
            ("Fatoumata", "Kadiatou", NameLevel::Different),
            ("Mariama", "Mariamma", NameLevel::Variant),
            ("Zakariyya", "Zakariya", NameLevel::Phonetic),
            ("Bintou Ould Cheikh", "Bintou Cheikh", NameLevel::Exact),
        ];
        for (a, b, expected) in cases {
            let (na, nb) = (name(a, &mut v), name(b, &mut v));
            assert_eq!(compare_names(&na, &nb, &v), expected, "{a} / {b}");
            assert_eq!(compare_names(&nb, &na, &v), expected, "{b} / {a}");
        }
    }
}
