//! Organisations (governments, international organisations, NGOs, consulates, service
//! providers) and their offices, which issue case numbers.

use crate::case::OfficeCode;
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{OfficeId, OrganisationId};
use crate::text;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OrganisationKind {
    Government,
    InternationalOrganisation,
    Ngo,
    /// A consular mission (embassy, consulate, remote consular mission).
    Consulate,
    PrivateSector,
    MicroFinance,
    TrainingCentre,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 7] = [
        OrganisationKind::Government,
        OrganisationKind::InternationalOrganisation,
        OrganisationKind::Ngo,
        OrganisationKind::Consulate,
        OrganisationKind::PrivateSector,
        OrganisationKind::MicroFinance,
        OrganisationKind::TrainingCentre,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            OrganisationKind::Government => "government",
            OrganisationKind::InternationalOrganisation => "international_organisation",
            OrganisationKind::Ngo => "ngo",
            OrganisationKind::Consulate => "consulate",
            OrganisationKind::PrivateSector => "private_sector",
            OrganisationKind::MicroFinance => "micro_finance",
            OrganisationKind::TrainingCentre => "training_centre",
        }
    }

    pub fn parse(input: &str) -> Option<OrganisationKind> {
        OrganisationKind::ALL
            .into_iter()
            .find(|k| k.as_str() == input)
    }
}

/// A short unique code for an organisation, e.g. `IOM-NER`, `DGSN-SEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "IOM-NER"))]
pub struct OrganisationCode(String);

impl OrganisationCode {
    pub fn parse(input: &str) -> Result<Self, InvalidValue> {
        let code = input.trim().to_ascii_uppercase();
        let valid = (2..=20).contains(&code.len())
            && code.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if valid {
            Ok(Self(code))
        } else {
            Err(InvalidValue::new(
                "invalid_organisation_code",
                "an organisation code has 2 to 20 letters, digits or dashes and starts with a letter",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for OrganisationCode {
    type Error = InvalidValue;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<OrganisationCode> for String {
    fn from(value: OrganisationCode) -> Self {
        value.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organisation {
    pub id: OrganisationId,
    pub code: OrganisationCode,
    pub name: String,
    pub kind: OrganisationKind,
    /// Country of the organisation's seat (a country office's country for an IO).
    pub country: CountryCode,
}

impl Organisation {
    pub fn new(
        id: OrganisationId,
        code: &str,
        name: &str,
        kind: OrganisationKind,
        country: &str,
    ) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let code = errors.check("code", OrganisationCode::parse(code));
        let name = errors.check("name", text::required(name, 200));
        let country = errors.check("country", CountryCode::parse(country));
        errors.into_result()?;
        match (code, name, country) {
            (Some(code), Some(name), Some(country)) => Ok(Self {
                id,
                code,
                name,
                kind,
                country,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}

/// An office of an organisation in one country; its code prefixes the case numbers it issues.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Office {
    pub id: OfficeId,
    pub organisation_id: OrganisationId,
    pub code: OfficeCode,
    pub name: String,
    pub country: CountryCode,
}

impl Office {
    pub fn new(
        id: OfficeId,
        organisation_id: OrganisationId,
        code: &str,
        name: &str,
        country: &str,
    ) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let code = errors.check("code", OfficeCode::parse(code));
        let name = errors.check("name", text::required(name, 200));
        let country = errors.check("country", CountryCode::parse(country));
        errors.into_result()?;
        match (code, name, country) {
            (Some(code), Some(name), Some(country)) => Ok(Self {
                id,
                organisation_id,
                code,
                name,
                country,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}
