//! Fuzzes the normalisation functions with arbitrary text: nothing may panic, folding must be
//! idempotent, and a name must compare exactly with itself.
#![no_main]

use bayiri_linkage::dates::parse_date;
use bayiri_linkage::names::{Name, NameLevel, Vocabulary, compare_names, phonetic_key};
use bayiri_linkage::normalise::{
    fold, fold_words, normalise_document, normalise_phone, parse_nationality, parse_sex,
    transliterate_arabic,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let folded = fold(text);
    assert_eq!(fold(&folded), folded, "folding must be idempotent");
    for word in fold_words(text) {
        let _ = phonetic_key(&word);
        let _ = transliterate_arabic(&word);
    }
    let _ = parse_sex(text);
    let nationality = parse_nationality(text);
    let _ = normalise_phone(text, nationality.or(Some(*b"NER")));
    let _ = normalise_document(text);
    let _ = parse_date(text);
    let mut vocab = Vocabulary::new();
    if let Some(name) = Name::parse(text, &mut vocab) {
        assert_eq!(compare_names(&name, &name, &vocab), NameLevel::Exact);
    }
});
