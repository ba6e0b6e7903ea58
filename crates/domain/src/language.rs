//! ISO 639 language codes: two-letter ISO 639-1 where one exists (`fr`, `ha`), otherwise the
//! three-letter ISO 639-3 code (`mos` for Mooré, `dje` for Zarma, `snk` for Soninke).

use crate::error::InvalidValue;
use isolang::Language;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "mos"))]
pub struct LanguageCode(Language);

impl LanguageCode {
    /// Accepts ISO 639-1 or ISO 639-3; a three-letter code for a language that also has a
    /// two-letter one is stored as the two-letter code, so `fra` and `fr` are the same value.
    pub fn parse(input: &str) -> Result<Self, InvalidValue> {
        let code = input.trim().to_ascii_lowercase();
        let language = match code.len() {
            2 => Language::from_639_1(&code),
            3 => Language::from_639_3(&code),
            _ => None,
        };
        language.map(Self).ok_or_else(|| {
            InvalidValue::new(
                "invalid_language",
                format!("`{input}` is not an ISO 639-1 or ISO 639-3 language code"),
            )
        })
    }

    pub fn as_str(&self) -> &'static str {
        self.0.to_639_1().unwrap_or_else(|| self.0.to_639_3())
    }

    /// The language's English name (pages translate the five interface languages themselves).
    pub fn english_name(&self) -> &'static str {
        self.0.to_name()
    }
}

impl PartialOrd for LanguageCode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for LanguageCode {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for LanguageCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for LanguageCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_languages_parse() {
        for (input, stored) in [
            ("mos", "mos"),
            ("dje", "dje"),
            ("wo", "wo"),
            ("wol", "wo"),
            ("FR", "fr"),
            ("ha", "ha"),
        ] {
            assert_eq!(LanguageCode::parse(input).map(|l| l.as_str()), Ok(stored));
        }
    }

    #[test]
    fn unknown_codes_are_refused() {
        for bad in ["", "x", "zzz", "french"] {
            assert!(LanguageCode::parse(bad).is_err(), "{bad}");
        }
    }
}
