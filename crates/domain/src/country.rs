//! ISO 3166-1 alpha-3 country codes, with names in Bayiri's five languages.

use crate::country_table::COUNTRIES;
use crate::error::InvalidValue;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A country, always one of the 249 ISO 3166-1 alpha-3 codes (`NER`, `SEN`, `LBY`…).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "NER", pattern = "^[A-Z]{3}$"))]
pub struct CountryCode(u16);

impl CountryCode {
    /// Accepts upper or lower case; anything not in ISO 3166-1 is refused.
    pub fn parse(input: &str) -> Result<Self, InvalidValue> {
        let code = input.trim().to_ascii_uppercase();
        COUNTRIES
            .binary_search_by(|row| row.0.cmp(code.as_str()))
            .map(|index| Self(index as u16))
            .map_err(|_| {
                InvalidValue::new(
                    "invalid_country",
                    format!("`{input}` is not an ISO 3166-1 alpha-3 country code"),
                )
            })
    }

    pub fn as_str(&self) -> &'static str {
        COUNTRIES[self.0 as usize].0
    }

    /// The country's short name in one of `en`, `fr`, `pt`, `es`, `ar` (English otherwise).
    pub fn name(&self, language: &str) -> &'static str {
        let row = &COUNTRIES[self.0 as usize];
        match language {
            "fr" => row.2,
            "pt" => row.3,
            "es" => row.4,
            "ar" => row.5,
            _ => row.1,
        }
    }

    /// Every country, sorted by code.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        (0..COUNTRIES.len()).map(|index| Self(index as u16))
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_complete() {
        assert_eq!(COUNTRIES.len(), 249);
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn parses_known_codes_in_any_case() {
        assert_eq!(CountryCode::parse("ner").map(|c| c.as_str()), Ok("NER"));
        assert_eq!(
            CountryCode::parse("SEN").map(|c| c.name("fr")),
            Ok("Sénégal")
        );
    }

    #[test]
    fn refuses_alpha2_and_unknown_codes() {
        for bad in ["NE", "XXX", "", "NIGER", "N3R"] {
            assert_eq!(
                CountryCode::parse(bad).map_err(|e| e.code),
                Err("invalid_country")
            );
        }
    }
}
