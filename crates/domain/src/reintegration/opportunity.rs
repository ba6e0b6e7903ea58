//! Opportunities open to returnees: jobs, training places, credit schemes and value chains,
//! by area and sector, which case workers search and link to plan items.

use crate::case::records::Recorded;
use crate::case::{Area, Community};
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{OpportunityId, OrganisationId, ProviderId};
use crate::names::search_key;
use crate::person::{NAME_MAX, NOTE_MAX, parse_date};
use crate::text;
use serde::{Deserialize, Serialize};
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OpportunityKind {
    Job,
    Training,
    Credit,
    /// A value chain returnees can join (poultry, cashew processing, fish smoking…).
    ValueChain,
}

impl OpportunityKind {
    pub const ALL: [OpportunityKind; 4] = [
        OpportunityKind::Job,
        OpportunityKind::Training,
        OpportunityKind::Credit,
        OpportunityKind::ValueChain,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Opportunity {
    pub id: OpportunityId,
    pub kind: OpportunityKind,
    pub title: String,
    /// Economic sector, lower-case (`agriculture`, `construction`, `textiles`…).
    pub sector: String,
    pub country: CountryCode,
    pub area: Option<Area>,
    /// Who offers it (an employer, a training centre, a micro-finance institution).
    pub offered_by: String,
    pub provider_id: Option<ProviderId>,
    pub places: Option<u32>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(default, with = "super::iso_date::option")]
    pub closes_on: Option<Date>,
    pub description: Option<String>,
    /// The organisation that published it.
    pub organisation_id: OrganisationId,
    pub active: bool,
    pub version: i64,
    pub recorded: Recorded,
}

/// What a case worker searches for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema, utoipa::IntoParams))]
pub struct OpportunitySearch {
    /// Words of the title, sector, description or provider, in any order.
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub kind: Option<OpportunityKind>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub sector: Option<String>,
    /// A P-code: opportunities in this area or in an area containing it.
    #[serde(default)]
    pub pcode: Option<String>,
}

impl Opportunity {
    /// Whether it is still open on `today`.
    pub fn is_open(&self, today: Date) -> bool {
        self.active && self.closes_on.is_none_or(|d| d >= today)
    }

    /// Whether it matches the search (country is filtered by the store).
    pub fn matches(&self, search: &OpportunitySearch) -> bool {
        if search.kind.is_some_and(|k| k != self.kind) {
            return false;
        }
        if let Some(sector) = search.sector.as_deref().filter(|s| !s.trim().is_empty())
            && search_key(sector) != search_key(&self.sector)
        {
            return false;
        }
        if let Some(pcode) = search.pcode.as_deref().filter(|s| !s.trim().is_empty()) {
            let mine = self.area.as_ref().and_then(|a| a.pcode.as_deref());
            if mine.is_some_and(|m| !pcode.trim().to_ascii_uppercase().starts_with(m)) {
                return false;
            }
        }
        let Some(q) = search.q.as_deref().filter(|s| !s.trim().is_empty()) else {
            return true;
        };
        let haystack = search_key(&format!(
            "{} {} {} {} {}",
            self.title,
            self.sector,
            self.offered_by,
            self.description.as_deref().unwrap_or_default(),
            self.area
                .as_ref()
                .map(|a| a.name.as_str())
                .unwrap_or_default()
        ));
        search_key(q)
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpportunityInput {
    pub kind: OpportunityKind,
    pub title: String,
    pub sector: String,
    pub country: String,
    #[serde(default)]
    pub area_name: Option<String>,
    #[serde(default)]
    pub pcode: Option<String>,
    pub offered_by: String,
    #[serde(default)]
    pub provider_id: Option<ProviderId>,
    #[serde(default)]
    pub places: Option<u32>,
    #[serde(default)]
    pub closes_on: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

impl OpportunityInput {
    pub fn validate(
        &self,
        id: OpportunityId,
        organisation_id: OrganisationId,
        recorded: Recorded,
    ) -> Result<Opportunity, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = errors.check("title", text::required(&self.title, NAME_MAX));
        let sector = errors
            .check("sector", text::required(&self.sector, 60))
            .map(|s| s.to_lowercase());
        let country = errors.check("country", CountryCode::parse(&self.country));
        let area = errors
            .check(
                "area_name",
                Community::parse_area(self.area_name.as_deref(), self.pcode.as_deref()),
            )
            .flatten();
        let offered_by = errors.check("offered_by", text::required(&self.offered_by, NAME_MAX));
        let closes_on = match self.closes_on.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(raw) => errors.check("closes_on", parse_date(raw)).map(Some),
        };
        if closes_on.flatten().is_some_and(|d| d < recorded.at.date()) {
            errors.add(
                "closes_on",
                InvalidValue::new("date_in_past", "this opportunity would already be closed"),
            );
        }
        let description = errors
            .check(
                "description",
                text::optional(self.description.as_deref(), NOTE_MAX),
            )
            .flatten();
        errors.into_result()?;
        match (title, sector, country, offered_by, closes_on) {
            (Some(title), Some(sector), Some(country), Some(offered_by), Some(closes_on)) => {
                Ok(Opportunity {
                    id,
                    kind: self.kind,
                    title,
                    sector,
                    country,
                    area,
                    offered_by,
                    provider_id: self.provider_id,
                    places: self.places,
                    closes_on,
                    description,
                    organisation_id,
                    active: true,
                    version: 1,
                    recorded,
                })
            }
            _ => Err(ValidationErrors::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;
    use time::macros::{date, datetime};

    fn opportunity() -> Opportunity {
        OpportunityInput {
            kind: OpportunityKind::Training,
            title: "Formation en couture".into(),
            sector: "Textiles".into(),
            country: "SEN".into(),
            area_name: Some("Dakar".into()),
            pcode: Some("SN01".into()),
            offered_by: "Centre de formation professionnelle de Pikine".into(),
            provider_id: None,
            places: Some(12),
            closes_on: Some("2026-06-30".into()),
            description: None,
        }
        .validate(
            OpportunityId::from_uuid(uuid::Uuid::from_u128(1)),
            OrganisationId::from_uuid(uuid::Uuid::from_u128(2)),
            Recorded {
                by: UserId::from_uuid(uuid::Uuid::from_u128(3)),
                at: datetime!(2026-04-01 10:00 UTC),
            },
        )
        .expect("valid")
    }

    #[test]
    fn search_by_words_sector_and_area() {
        let o = opportunity();
        let search = |q: &str, pcode: Option<&str>| OpportunitySearch {
            q: Some(q.into()),
            pcode: pcode.map(str::to_string),
            ..Default::default()
        };
        assert!(o.matches(&search("couture pikine", None)));
        assert!(o.matches(&search("COUTURE", Some("SN0101"))));
        assert!(!o.matches(&search("couture", Some("SN02"))));
        assert!(!o.matches(&search("maçonnerie", None)));
        assert!(o.matches(&OpportunitySearch {
            sector: Some("textiles".into()),
            ..Default::default()
        }));
        assert!(o.is_open(date!(2026 - 06 - 30)));
        assert!(!o.is_open(date!(2026 - 07 - 01)));
    }
}
