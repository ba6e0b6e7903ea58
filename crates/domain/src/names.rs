//! Folding of names into search keys, so that `Sékou N'Diaye`, `sekou ndiaye` and
//! `SEKOU N DIAYE` find the same person in list searches. (Matching across spelling variants —
//! Mamadou/Mamadu, Diallo/Jallow — is the record-linkage engine's work, not this.)

use deunicode::deunicode;
use unicode_normalization::UnicodeNormalization;

/// Lower-case ASCII words separated by single spaces; apostrophes and hyphens join the parts
/// they separate (`N'Diaye` → `ndiaye`). Scripts without a Latin transliteration keep their
/// NFKC-folded form so that a search in Arabic script still finds names written in it.
pub fn search_key(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for part in input.split_whitespace() {
        let folded = fold_word(part);
        if folded.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&folded);
    }
    out
}

fn fold_word(word: &str) -> String {
    let nfkc: String = word.nfkc().collect();
    let mut folded = String::new();
    for c in nfkc.chars() {
        if c == '\'' || c == '’' || c == '-' || c == 'ʼ' {
            continue;
        }
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                folded.push(c.to_ascii_lowercase());
            }
        } else {
            let latin = deunicode(&c.to_string());
            if latin.chars().all(|l| l.is_ascii_alphanumeric()) && !latin.is_empty() {
                folded.push_str(&latin.to_ascii_lowercase());
            } else if c.is_alphanumeric() {
                folded.extend(c.to_lowercase());
            }
        }
    }
    folded
}

/// The text a case or person list searches: every name form joined, folded once at write time.
pub fn search_text<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let mut keys: Vec<String> = names
        .into_iter()
        .map(search_key)
        .filter(|k| !k.is_empty())
        .collect();
    keys.dedup();
    keys.join(" | ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_apostrophes_and_case() {
        assert_eq!(search_key("  Sékou  N'Diaye "), "sekou ndiaye");
        assert_eq!(search_key("DJALÓ"), "djalo");
        assert_eq!(search_key("Aïssatou Bâ-Touré"), "aissatou batoure");
    }

    #[test]
    fn arabic_script_is_kept_searchable() {
        let key = search_key("محمد");
        assert!(!key.is_empty());
        assert_eq!(search_key("محمد"), key);
    }
}
