//! The service directory: organisations (government services, NGOs, international
//! organisations, private companies, micro-finance institutions, training centres) with the
//! services they offer, where, how many people they can take, and whom to contact.

use super::ServiceType;
use crate::case::records::Recorded;
use crate::case::{Area, Community};
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{OrganisationId, ProviderId};
use crate::organisation::OrganisationKind;
use crate::person::{NAME_MAX, NOTE_MAX};
use crate::text;
use serde::{Deserialize, Serialize};

/// Where a provider works: a country, and a region or district within it when not nationwide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceArea {
    pub country: CountryCode,
    pub area: Option<Area>,
}

impl ServiceArea {
    /// Whether the area covers a place in `country` with P-code `pcode` (its own P-code or a
    /// P-code inside it: `SN01` covers `SN0101`).
    pub fn covers(&self, country: CountryCode, pcode: Option<&str>) -> bool {
        if self.country != country {
            return false;
        }
        match (self.area.as_ref().and_then(|a| a.pcode.as_deref()), pcode) {
            (None, _) => self.area.is_none(),
            (Some(mine), Some(theirs)) => theirs.starts_with(mine),
            (Some(_), None) => true,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProviderContact {
    pub person: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// One entry of the directory. A provider is an organisation in Bayiri, so that its own users
/// can answer the referrals sent to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Provider {
    pub id: ProviderId,
    pub organisation_id: OrganisationId,
    pub name: String,
    pub kind: OrganisationKind,
    pub services: Vec<ServiceType>,
    pub description: Option<String>,
    pub areas: Vec<ServiceArea>,
    /// People it can take per month; unknown when absent.
    pub capacity_per_month: Option<u32>,
    pub contact: ProviderContact,
    pub active: bool,
    pub version: i64,
    pub recorded: Recorded,
}

impl Provider {
    pub fn offers(&self, service: ServiceType) -> bool {
        self.services.contains(&service)
    }

    pub fn serves(&self, country: CountryCode, pcode: Option<&str>) -> bool {
        self.areas.iter().any(|a| a.covers(country, pcode))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceAreaInput {
    pub country: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub pcode: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProviderInput {
    /// The organisation (its code or id is resolved by the service).
    pub organisation_id: OrganisationId,
    pub services: Vec<ServiceType>,
    #[serde(default)]
    pub description: Option<String>,
    pub areas: Vec<ServiceAreaInput>,
    #[serde(default)]
    pub capacity_per_month: Option<u32>,
    #[serde(default)]
    pub contact_person: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

impl ProviderInput {
    pub fn validate(
        &self,
        id: ProviderId,
        name: String,
        kind: OrganisationKind,
        recorded: Recorded,
    ) -> Result<Provider, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let mut services = self.services.clone();
        services.sort();
        services.dedup();
        if services.is_empty() {
            errors.add(
                "services",
                InvalidValue::new("required", "name at least one service"),
            );
        }
        let description = errors
            .check(
                "description",
                text::optional(self.description.as_deref(), NOTE_MAX),
            )
            .flatten();
        let mut areas = Vec::new();
        for (i, a) in self.areas.iter().enumerate() {
            let country = errors.check(
                &format!("areas[{i}].country"),
                CountryCode::parse(&a.country),
            );
            let area = errors
                .check(
                    &format!("areas[{i}].name"),
                    Community::parse_area(a.name.as_deref(), a.pcode.as_deref()),
                )
                .flatten();
            if let Some(country) = country {
                areas.push(ServiceArea { country, area });
            }
        }
        if self.areas.is_empty() {
            errors.add(
                "areas",
                InvalidValue::new("required", "name at least one area covered"),
            );
        }
        let person = errors
            .check(
                "contact_person",
                text::optional(self.contact_person.as_deref(), NAME_MAX),
            )
            .flatten();
        let phone = errors
            .check("phone", text::optional(self.phone.as_deref(), 40))
            .flatten();
        let email = errors
            .check("email", text::optional(self.email.as_deref(), 254))
            .flatten();
        if email.as_deref().is_some_and(|e| !e.contains('@')) {
            errors.add(
                "email",
                InvalidValue::new("invalid_email", "this is not an e-mail address"),
            );
        }
        errors.into_result()?;
        Ok(Provider {
            id,
            organisation_id: self.organisation_id,
            name,
            kind,
            services,
            description,
            areas,
            capacity_per_month: self.capacity_per_month,
            contact: ProviderContact {
                person,
                phone,
                email,
            },
            active: true,
            version: 1,
            recorded,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_cover_the_places_inside_them() {
        let sen = CountryCode::parse("SEN").expect("SEN");
        let region = ServiceArea {
            country: sen,
            area: Some(Area {
                name: "Dakar".into(),
                pcode: Some("SN01".into()),
            }),
        };
        assert!(region.covers(sen, Some("SN0101")));
        assert!(!region.covers(sen, Some("SN02")));
        let nationwide = ServiceArea {
            country: sen,
            area: None,
        };
        assert!(nationwide.covers(sen, None));
        assert!(!nationwide.covers(CountryCode::parse("MLI").expect("MLI"), None));
    }
}
