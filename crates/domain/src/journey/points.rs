//! The maintained list of points where people cross: airports (by IATA code), land border
//! crossing points and seaports, each with a code, a name and a location.

use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::PointId;
use crate::person::NAME_MAX;
use crate::text;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PointKind {
    Airport,
    LandBorder,
    Seaport,
}

impl PointKind {
    pub const ALL: [PointKind; 3] = [
        PointKind::Airport,
        PointKind::LandBorder,
        PointKind::Seaport,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            PointKind::Airport => "airport",
            PointKind::LandBorder => "land_border",
            PointKind::Seaport => "seaport",
        }
    }

    pub fn parse(input: &str) -> Option<PointKind> {
        PointKind::ALL.into_iter().find(|k| k.as_str() == input)
    }

    /// How people arrive through a point of this kind.
    pub fn mode(&self) -> super::operation::TravelMode {
        use super::operation::TravelMode;
        match self {
            PointKind::Airport => TravelMode::Air,
            PointKind::LandBorder => TravelMode::Land,
            PointKind::Seaport => TravelMode::Sea,
        }
    }
}

/// A point's code: an airport's three-letter IATA code (`NIM`, `BKO`), or for land borders and
/// seaports 4 to 12 capital letters, digits or dashes starting with a letter (`NER-ASSAMAKA`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "BKO"))]
pub struct PointCode(String);

impl PointCode {
    pub fn parse(input: &str, kind: PointKind) -> Result<Self, InvalidValue> {
        let code = input.trim().to_ascii_uppercase();
        let valid = match kind {
            PointKind::Airport => code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()),
            _ => {
                (4..=12).contains(&code.len())
                    && code.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                    && code
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
            }
        };
        if valid {
            Ok(Self(code))
        } else if kind == PointKind::Airport {
            Err(InvalidValue::new(
                "invalid_iata_code",
                "an airport is named by its three-letter IATA code (e.g. BKO)",
            ))
        } else {
            Err(InvalidValue::new(
                "invalid_point_code",
                "a border point code has 4 to 12 capital letters, digits or dashes (e.g. NER-ASSAMAKA)",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for PointCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for PointCode {
    type Error = InvalidValue;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        // Stored codes are either kind; the stricter check ran when the point was created.
        let kind = if value.len() == 3 {
            PointKind::Airport
        } else {
            PointKind::LandBorder
        };
        Self::parse(&value, kind)
    }
}

impl From<PointCode> for String {
    fn from(value: PointCode) -> Self {
        value.0
    }
}

/// A crossing point on the maintained list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BorderPoint {
    pub id: PointId,
    pub code: PointCode,
    pub name: String,
    pub kind: PointKind,
    pub country: CountryCode,
    /// Region (admin-1) and town, for people who do not know the code.
    pub admin1: Option<String>,
    pub locality: Option<String>,
    /// WGS 84 decimal degrees.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// Retired points stay on the list for the history, but new arrivals cannot use them.
    pub active: bool,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PointInput {
    pub code: String,
    pub name: String,
    pub kind: PointKind,
    /// ISO 3166-1 alpha-3.
    pub country: String,
    #[serde(default)]
    pub admin1: Option<String>,
    #[serde(default)]
    pub locality: Option<String>,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

fn coordinate(
    field: &str,
    value: Option<f64>,
    limit: f64,
    errors: &mut ValidationErrors,
) -> Option<f64> {
    match value {
        Some(v) if !v.is_finite() || v.abs() > limit => {
            errors.add(
                field,
                InvalidValue::new(
                    "invalid_coordinate",
                    format!("decimal degrees between -{limit} and {limit}"),
                ),
            );
            None
        }
        other => other,
    }
}

impl PointInput {
    /// Validates into a point with `id` at `version`.
    pub fn validate(&self, id: PointId, version: i64) -> Result<BorderPoint, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let code = errors.check("code", PointCode::parse(&self.code, self.kind));
        let name = errors.check("name", text::required(&self.name, NAME_MAX));
        let country = errors.check("country", CountryCode::parse(&self.country));
        let admin1 = errors.check("admin1", text::optional(self.admin1.as_deref(), NAME_MAX));
        let locality = errors.check(
            "locality",
            text::optional(self.locality.as_deref(), NAME_MAX),
        );
        let latitude = coordinate("latitude", self.latitude, 90.0, &mut errors);
        let longitude = coordinate("longitude", self.longitude, 180.0, &mut errors);
        if self.latitude.is_some() != self.longitude.is_some() {
            errors.add(
                "longitude",
                InvalidValue::new(
                    "incomplete_location",
                    "give both latitude and longitude, or neither",
                ),
            );
        }
        errors.into_result()?;
        match (code, name, country, admin1, locality) {
            (Some(code), Some(name), Some(country), Some(admin1), Some(locality)) => {
                Ok(BorderPoint {
                    id,
                    code,
                    name,
                    kind: self.kind,
                    country,
                    admin1,
                    locality,
                    latitude,
                    longitude,
                    active: self.active,
                    version,
                })
            }
            _ => Err(ValidationErrors::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn airports_use_iata_codes_and_borders_longer_codes() {
        assert!(PointCode::parse("bko", PointKind::Airport).is_ok());
        assert_eq!(
            PointCode::parse("BKO1", PointKind::Airport).map_err(|e| e.code),
            Err("invalid_iata_code")
        );
        assert!(PointCode::parse("NER-ASSAMAKA", PointKind::LandBorder).is_ok());
        assert_eq!(
            PointCode::parse("NE", PointKind::LandBorder).map_err(|e| e.code),
            Err("invalid_point_code")
        );
    }

    #[test]
    fn a_point_reports_every_bad_field() {
        let input = PointInput {
            code: "x".into(),
            name: "".into(),
            kind: PointKind::LandBorder,
            country: "ZZZ".into(),
            admin1: None,
            locality: None,
            latitude: Some(95.0),
            longitude: None,
            active: true,
        };
        let id = PointId::from_uuid(uuid::Uuid::from_u128(1));
        let fields: Vec<String> = input
            .validate(id, 1)
            .expect_err("invalid")
            .iter()
            .map(|e| e.field.clone())
            .collect();
        assert_eq!(fields, ["code", "name", "country", "latitude", "longitude"]);
    }
}
