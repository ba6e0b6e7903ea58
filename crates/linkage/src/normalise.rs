//! Normalisation: the first stage. Raw text as typed by a counsellor in Agadez or a consular
//! clerk in Tripoli becomes comparable values: folded name tokens, E.164 phone numbers,
//! canonical document numbers, sex and nationality codes.
//!
//! Folding rules (see [`fold`]):
//! - Unicode NFKC first, so compatibility forms (full-width letters, Arabic presentation forms,
//!   ligatures) become ordinary letters.
//! - Latin letters lose their diacritics and case (`Djaló` → `djalo`, `Aïssatou` → `aissatou`).
//! - Apostrophes join what they separate (`N'Diaye` → `ndiaye`); spaces, hyphens, dots, commas
//!   and slashes separate words (`Bâ-Touré` → `ba toure`).
//! - Arabic script is kept as Arabic letters without short-vowel marks or tatweel: it is
//!   compared through its Latin transliteration later ([`transliterate_arabic`]), but the
//!   original letters still find exact matches.
//! - Other scripts are transliterated to ASCII where a transliteration exists.

use deunicode::deunicode_char;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// Folds free text into lower-case words separated by single spaces (see the module rules).
/// Idempotent: `fold(&fold(x)) == fold(x)`.
pub fn fold(input: &str) -> String {
    fold_words(input).join(" ")
}

/// Folds free text into its words (see [`fold`]).
pub fn fold_words(input: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in input.nfkc() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                current.push(c.to_ascii_lowercase());
            } else if c == '\'' || c == '`' {
                // joins: N'Diaye -> ndiaye
            } else {
                flush(&mut words, &mut current);
            }
            continue;
        }
        if is_apostrophe(c) || canonical_combining_class(c) != 0 {
            // Combining marks left after NFKC (Arabic short vowels and Quranic signs, stray
            // accents) are dropped: kept, their order could change on a second folding.
            continue;
        }
        if is_arabic(c) {
            if is_arabic_letter(c) {
                current.push(c);
            } else if !is_arabic_mark(c) {
                flush(&mut words, &mut current);
            }
            continue;
        }
        if c.is_whitespace() {
            flush(&mut words, &mut current);
            continue;
        }
        match deunicode_char(c) {
            Some(latin) if latin.chars().any(|l| l.is_ascii_alphanumeric()) => {
                // A transliteration may carry spaces ("Zhong ") or several letters ("ss").
                for l in latin.chars() {
                    if l.is_ascii_alphanumeric() {
                        current.push(l.to_ascii_lowercase());
                    } else if l == ' ' {
                        flush(&mut words, &mut current);
                    }
                }
            }
            _ => flush(&mut words, &mut current),
        }
    }
    flush(&mut words, &mut current);
    words
}

fn flush(words: &mut Vec<String>, current: &mut String) {
    if !current.is_empty() {
        words.push(std::mem::take(current));
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '’' | '‘' | 'ʼ' | 'ʻ' | '´' | 'ʹ' | '′')
}

/// The Arabic blocks NFKC can leave: Arabic, Arabic Supplement, Arabic Extended-A.
pub fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
}

/// Short vowels, shadda, sukun, superscript alif and tatweel: written inconsistently, so dropped.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

fn is_arabic_letter(c: char) -> bool {
    is_arabic(c) && c.is_alphabetic() && !is_arabic_mark(c)
}

/// Latin transliteration of a folded Arabic word, chosen so that the phonetic key of the result
/// meets the key of the usual West-African and Maghrebi Latin spellings (`محمد` → `mhmd`, whose
/// consonant skeleton is that of Mohamed/Muhammad/Mahamat). Long vowels are written; short
/// vowels, absent from the script, are not, which is why Arabic-script words are compared on
/// consonant skeletons.
pub fn transliterate_arabic(word: &str) -> String {
    let mut out = String::with_capacity(word.len() * 2);
    let mut chars = word.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let latin = match c {
            'ا' | 'أ' | 'آ' | 'ٱ' | 'ى' => "a",
            'إ' => "i",
            'ء' | 'ئ' | 'ؤ' => "",
            'ب' => "b",
            'ت' | 'ط' => "t",
            'ة' => "a",
            'ث' => "th",
            'ج' => "j",
            'ح' | 'ه' => "h",
            'خ' => "kh",
            'د' | 'ض' => "d",
            'ذ' => "dh",
            'ر' => "r",
            'ز' | 'ظ' => "z",
            'س' | 'ص' => "s",
            'ش' => "sh",
            'ع' if first => "a",
            'ع' => "",
            'غ' => "gh",
            'ف' | 'ڤ' => "f",
            'ق' | 'ك' | 'ک' => "k",
            'گ' => "g",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'و' if first && chars.peek().is_some() => "w",
            'و' => "u",
            'ي' | 'ی' if first && chars.peek().is_some() => "y",
            'ي' | 'ی' => "i",
            'پ' => "p",
            'چ' => "ch",
            _ => "",
        };
        out.push_str(latin);
        first = false;
    }
    out
}

/// Sex as recorded; anything else is treated as unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Sex {
    Male,
    Female,
}

/// Parses the usual ways sex is written on forms in English, French, Portuguese and Arabic.
pub fn parse_sex(input: &str) -> Option<Sex> {
    let folded = fold(input);
    match folded.as_str() {
        "m" | "male" | "man" | "h" | "homme" | "masculin" | "masculino" | "1" => Some(Sex::Male),
        "f" | "female" | "woman" | "femme" | "feminin" | "feminino" | "2" => Some(Sex::Female),
        "ذكر" => Some(Sex::Male),
        "انثى" | "انثي" | "أنثى" => Some(Sex::Female),
        _ => None,
    }
}

/// ISO 3166-1 alpha-3 code, upper case; anything that is not three letters is unknown.
pub fn parse_nationality(input: &str) -> Option<[u8; 3]> {
    let t = input.trim().as_bytes();
    if t.len() == 3 && t.iter().all(u8::is_ascii_alphabetic) {
        Some([
            t[0].to_ascii_uppercase(),
            t[1].to_ascii_uppercase(),
            t[2].to_ascii_uppercase(),
        ])
    } else {
        None
    }
}

/// Country calling codes, and whether a national number is dialled with a trunk `0`, for the
/// countries Bayiri's users meet most (ECOWAS, the Sahel, North Africa, main destinations).
const CALLING_CODES: &[(&[u8; 3], &str, bool)] = &[
    (b"BEN", "229", false),
    (b"BFA", "226", false),
    (b"CIV", "225", false),
    (b"CMR", "237", false),
    (b"CPV", "238", false),
    (b"DZA", "213", true),
    (b"EGY", "20", true),
    (b"ESP", "34", false),
    (b"FRA", "33", true),
    (b"GBR", "44", true),
    (b"DEU", "49", true),
    (b"GHA", "233", true),
    (b"GIN", "224", false),
    (b"GMB", "220", false),
    (b"GNB", "245", false),
    (b"ITA", "39", false),
    (b"LBR", "231", true),
    (b"LBY", "218", true),
    (b"MAR", "212", true),
    (b"MLI", "223", false),
    (b"MRT", "222", false),
    (b"NER", "227", false),
    (b"NGA", "234", true),
    (b"SDN", "249", true),
    (b"SEN", "221", false),
    (b"SLE", "232", true),
    (b"TCD", "235", false),
    (b"TGO", "228", false),
    (b"TUN", "216", false),
];

/// A normalised phone number: the E.164 digits when the country is known (from a `+`/`00`
/// prefix or from the nationality), and in any case the last eight digits, which survive the
/// usual differences of writing (with or without country code, trunk zero, spaces).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Phone {
    /// E.164 digits without the `+` (at most 15 digits, so they fit in a u64).
    pub e164: Option<u64>,
    /// The last eight digits of the number as written.
    pub tail: u32,
}

impl Phone {
    /// `+` followed by the E.164 digits, if known.
    pub fn display(&self) -> String {
        match self.e164 {
            Some(d) => format!("+{d}"),
            None => format!("…{:08}", self.tail),
        }
    }
}

/// Normalises a phone number to E.164 where possible. `country` is the person's nationality,
/// used for numbers written without an international prefix. Returns `None` for text with
/// fewer than seven digits (not a usable number).
pub fn normalise_phone(input: &str, country: Option<[u8; 3]>) -> Option<Phone> {
    let trimmed = input.trim();
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 7 || digits.len() > 18 {
        return None;
    }
    let tail_digits = &digits[digits.len().saturating_sub(8)..];
    let tail: u32 = tail_digits.parse().ok()?;
    let e164_digits: Option<String> = if trimmed.starts_with('+') {
        Some(digits.clone())
    } else if let Some(rest) = digits.strip_prefix("00") {
        Some(rest.to_string())
    } else {
        country.and_then(|cc| {
            CALLING_CODES
                .iter()
                .find(|(code, _, _)| **code == cc)
                .map(|(_, prefix, trunk)| {
                    let national = if *trunk {
                        digits.strip_prefix('0').unwrap_or(&digits)
                    } else {
                        digits.as_str()
                    };
                    if national.starts_with(prefix) && national.len() > 9 {
                        // Written with the country code but without `+`.
                        national.to_string()
                    } else {
                        format!("{prefix}{national}")
                    }
                })
        })
    };
    let e164 = e164_digits
        .filter(|d| (8..=15).contains(&d.len()))
        .and_then(|d| d.parse().ok());
    Some(Phone { e164, tail })
}

/// A document number as compared: upper-case letters and digits only, with the letters most
/// often confused with digits when copying a passport number (`O`, `I`) read as digits.
pub fn normalise_document(input: &str) -> Option<String> {
    let out: String = input
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' => '1',
            other => other,
        })
        .collect();
    if out.is_empty() || out.len() > 40 {
        None
    } else {
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_case_and_apostrophes() {
        assert_eq!(fold("  Sékou  N'Diaye "), "sekou ndiaye");
        assert_eq!(fold("DJALÓ"), "djalo");
        assert_eq!(fold("Aïssatou Bâ-Touré"), "aissatou ba toure");
        assert_eq!(fold("N’DIAYE"), "ndiaye");
        assert_eq!(fold("Ｍａｍａｄｏｕ"), "mamadou");
    }

    #[test]
    fn keeps_arabic_letters_without_vowel_marks() {
        assert_eq!(fold("مُحَمَّد"), "محمد");
        // Found by the fuzzer: marks that NFKC would reorder on a second pass.
        let odd = "11\u{615}'\u{618}uu";
        assert_eq!(fold(&fold(odd)), fold(odd));
        assert_eq!(fold("محمد  ديالو"), "محمد ديالو");
        assert_eq!(transliterate_arabic("محمد"), "mhmd");
        assert_eq!(transliterate_arabic("عمر"), "amr");
    }

    #[test]
    fn parses_sex_in_several_languages() {
        assert_eq!(parse_sex("Homme"), Some(Sex::Male));
        assert_eq!(parse_sex("féminin"), Some(Sex::Female));
        assert_eq!(parse_sex("ذكر"), Some(Sex::Male));
        assert_eq!(parse_sex("?"), None);
    }

    #[test]
    fn phone_numbers_become_e164() {
        let ner = Some(*b"NER");
        let p = normalise_phone("+227 90 12 34 56", None).map(|p| p.display());
        assert_eq!(p.as_deref(), Some("+22790123456"));
        let local = normalise_phone("90-12-34-56", ner).map(|p| p.display());
        assert_eq!(local.as_deref(), Some("+22790123456"));
        let zero = normalise_phone("0022790123456", None).map(|p| p.display());
        assert_eq!(zero.as_deref(), Some("+22790123456"));
        let nga = normalise_phone("0803 123 4567", Some(*b"NGA")).map(|p| p.display());
        assert_eq!(nga.as_deref(), Some("+2348031234567"));
        assert_eq!(normalise_phone("12", None), None);
        let unknown = normalise_phone("90123456", None).expect("eight digits");
        assert_eq!(unknown.e164, None);
        assert_eq!(unknown.tail, 90_123_456);
    }

    #[test]
    fn document_numbers_are_canonical() {
        assert_eq!(
            normalise_document(" a0-12 345/6").as_deref(),
            Some("A0123456")
        );
        assert_eq!(normalise_document("AO12").as_deref(), Some("A012"));
        assert_eq!(normalise_document(" - "), None);
    }
}
