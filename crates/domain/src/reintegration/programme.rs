//! Reintegration programmes: who is eligible, how much a plan may spend (per person and per
//! item type), how much of it may be cash, in which currencies, out of which budget, and when
//! returnees are followed up.

use super::ItemType;
use crate::case::records::Recorded;
use crate::case::{Case, ReturnCategory};
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{OrganisationId, ProgrammeId};
use crate::money::{Currency, Money};
use crate::person::{NAME_MAX, NOTE_MAX};
use crate::text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Months after arrival at which returnees are followed up, unless a programme says otherwise.
pub const DEFAULT_FOLLOW_UP_MONTHS: [u32; 3] = [3, 6, 12];

/// A ceiling for one item type, per beneficiary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemCeiling {
    pub item_type: ItemType,
    pub per_person: Money,
}

/// What a plan in one currency may spend, per beneficiary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ceiling {
    pub currency: Currency,
    /// The whole plan, per beneficiary.
    pub per_person: Money,
    /// Item types with their own ceiling; the others are bounded only by `per_person`.
    pub per_item: Vec<ItemCeiling>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Programme {
    pub id: ProgrammeId,
    /// Short unique code (`RISE-SEN-2026`).
    pub code: String,
    pub name: String,
    pub organisation_id: OrganisationId,
    /// Countries of return the programme serves.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub countries: BTreeSet<CountryCode>,
    /// Return categories eligible; every category when empty.
    pub categories: BTreeSet<ReturnCategory>,
    /// One ceiling per currency the programme pays in.
    pub ceilings: Vec<Ceiling>,
    /// The largest share of a plan's budget that may be paid in cash (percent); the rest is
    /// in kind (goods, services paid to suppliers).
    pub max_cash_percent: u8,
    /// The programme's total budget, per currency.
    pub budgets: Vec<Money>,
    /// Months after arrival of the follow-ups.
    pub follow_up_months: Vec<u32>,
    /// The scoring scheme its follow-up surveys are scored with.
    pub scheme_code: String,
    pub active: bool,
    pub version: i64,
    pub recorded: Recorded,
}

/// Why a case cannot benefit from a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Ineligibility {
    ProgrammeClosed,
    CountryNotCovered,
    CategoryNotEligible,
    CaseClosed,
}

impl Ineligibility {
    pub fn code(&self) -> &'static str {
        match self {
            Ineligibility::ProgrammeClosed => "programme_closed",
            Ineligibility::CountryNotCovered => "country_not_covered",
            Ineligibility::CategoryNotEligible => "category_not_eligible",
            Ineligibility::CaseClosed => "case_closed",
        }
    }

    pub fn message(&self) -> &'static str {
        match self {
            Ineligibility::ProgrammeClosed => "the programme no longer takes new plans",
            Ineligibility::CountryNotCovered => {
                "the programme does not serve the case's country of return"
            }
            Ineligibility::CategoryNotEligible => {
                "the case's return category is not eligible for the programme"
            }
            Ineligibility::CaseClosed => "the case is closed",
        }
    }
}

impl Programme {
    pub fn ceiling(&self, currency: Currency) -> Option<&Ceiling> {
        self.ceilings.iter().find(|c| c.currency == currency)
    }

    pub fn currencies(&self) -> impl Iterator<Item = Currency> + '_ {
        self.ceilings.iter().map(|c| c.currency)
    }

    pub fn budget(&self, currency: Currency) -> Option<Money> {
        self.budgets
            .iter()
            .copied()
            .find(|b| b.currency == currency)
    }

    /// Every reason the case cannot benefit (empty when it can).
    pub fn ineligibility(&self, case: &Case) -> Vec<Ineligibility> {
        let mut reasons = Vec::new();
        if !self.active {
            reasons.push(Ineligibility::ProgrammeClosed);
        }
        if !self.countries.contains(&case.return_country) {
            reasons.push(Ineligibility::CountryNotCovered);
        }
        if !self.categories.is_empty() && !self.categories.contains(&case.category) {
            reasons.push(Ineligibility::CategoryNotEligible);
        }
        if case.stage == crate::case::Stage::Closed {
            reasons.push(Ineligibility::CaseClosed);
        }
        reasons
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemCeilingInput {
    pub item_type: ItemType,
    /// In major units (`300000`).
    pub per_person: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CeilingInput {
    pub currency: String,
    pub per_person: String,
    #[serde(default)]
    pub per_item: Vec<ItemCeilingInput>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetInput {
    pub currency: String,
    pub amount: String,
}

/// A programme as an administrator defines it (API, CLI, administration page).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeInput {
    pub code: String,
    pub name: String,
    /// ISO 3166-1 alpha-3 codes.
    pub countries: Vec<String>,
    #[serde(default)]
    pub categories: Vec<ReturnCategory>,
    pub ceilings: Vec<CeilingInput>,
    pub max_cash_percent: u8,
    #[serde(default)]
    pub budgets: Vec<BudgetInput>,
    /// Months after arrival; 3, 6 and 12 when absent.
    #[serde(default)]
    pub follow_up_months: Option<Vec<u32>>,
    /// `default` (the unweighted scheme shipped with Bayiri) when absent.
    #[serde(default)]
    pub scheme_code: Option<String>,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

/// Programme codes: 3 to 32 upper-case letters, digits and dashes.
pub fn parse_programme_code(input: &str) -> Result<String, InvalidValue> {
    let code = input.trim().to_ascii_uppercase();
    let valid = (3..=32).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
    if valid {
        Ok(code)
    } else {
        Err(InvalidValue::new(
            "invalid_programme_code",
            "a programme code has 3 to 32 letters, digits or dashes",
        ))
    }
}

impl ProgrammeInput {
    pub fn validate(
        &self,
        id: ProgrammeId,
        organisation_id: OrganisationId,
        recorded: Recorded,
    ) -> Result<Programme, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let code = errors.check("code", parse_programme_code(&self.code));
        let name = errors.check("name", text::required(&self.name, NAME_MAX));
        let mut countries = BTreeSet::new();
        for (i, raw) in self.countries.iter().enumerate() {
            if let Some(c) = errors.check(&format!("countries[{i}]"), CountryCode::parse(raw)) {
                countries.insert(c);
            }
        }
        if countries.is_empty() && !errors.iter().any(|e| e.field.starts_with("countries")) {
            errors.add(
                "countries",
                InvalidValue::new("required", "name at least one country of return"),
            );
        }
        let mut ceilings: Vec<Ceiling> = Vec::new();
        for (i, input) in self.ceilings.iter().enumerate() {
            let field = |f: &str| format!("ceilings[{i}].{f}");
            let Some(currency) = errors.check(&field("currency"), Currency::parse(&input.currency))
            else {
                continue;
            };
            if ceilings.iter().any(|c| c.currency == currency) {
                errors.add(
                    field("currency"),
                    InvalidValue::new("duplicate_currency", "one ceiling per currency"),
                );
                continue;
            }
            let per_person = errors.check(
                &field("per_person"),
                Money::parse_positive(&input.per_person, currency),
            );
            let mut per_item: Vec<ItemCeiling> = Vec::new();
            for (j, item) in input.per_item.iter().enumerate() {
                let f = format!("ceilings[{i}].per_item[{j}]");
                if per_item.iter().any(|c| c.item_type == item.item_type) {
                    errors.add(
                        &f,
                        InvalidValue::new("duplicate_item_type", "one ceiling per item type"),
                    );
                    continue;
                }
                if let Some(amount) =
                    errors.check(&f, Money::parse_positive(&item.per_person, currency))
                {
                    per_item.push(ItemCeiling {
                        item_type: item.item_type,
                        per_person: amount,
                    });
                }
            }
            if let Some(per_person) = per_person {
                ceilings.push(Ceiling {
                    currency,
                    per_person,
                    per_item,
                });
            }
        }
        if self.ceilings.is_empty() {
            errors.add(
                "ceilings",
                InvalidValue::new("required", "give the ceiling of at least one currency"),
            );
        }
        if self.max_cash_percent > 100 {
            errors.add(
                "max_cash_percent",
                InvalidValue::new("invalid_percent", "a share is between 0 and 100 percent"),
            );
        }
        let mut budgets: Vec<Money> = Vec::new();
        for (i, input) in self.budgets.iter().enumerate() {
            let field = format!("budgets[{i}]");
            let Some(currency) = errors.check(&field, Currency::parse(&input.currency)) else {
                continue;
            };
            // Against the currencies asked for, so that a ceiling with a wrong amount is not
            // blamed a second time on its budget.
            let asked = |c: &CeilingInput| Currency::parse(&c.currency).ok() == Some(currency);
            if !self.ceilings.iter().any(asked) {
                errors.add(
                    &field,
                    InvalidValue::new(
                        "currency_not_allowed",
                        "a budget is in one of the programme's currencies",
                    ),
                );
                continue;
            }
            if budgets.iter().any(|b| b.currency == currency) {
                errors.add(
                    &field,
                    InvalidValue::new("duplicate_currency", "one budget per currency"),
                );
                continue;
            }
            if let Some(amount) =
                errors.check(&field, Money::parse_positive(&input.amount, currency))
            {
                budgets.push(amount);
            }
        }
        let mut months = self
            .follow_up_months
            .clone()
            .unwrap_or_else(|| DEFAULT_FOLLOW_UP_MONTHS.to_vec());
        months.sort_unstable();
        months.dedup();
        if months.is_empty() || months.iter().any(|m| *m == 0 || *m > 60) {
            errors.add(
                "follow_up_months",
                InvalidValue::new(
                    "invalid_follow_up_months",
                    "follow-ups are 1 to 60 months after arrival, at least one",
                ),
            );
        }
        let scheme_code = errors.check(
            "scheme_code",
            text::required(self.scheme_code.as_deref().unwrap_or("default"), 64),
        );
        let _ = NOTE_MAX;
        errors.into_result()?;
        match (code, name, scheme_code) {
            (Some(code), Some(name), Some(scheme_code)) => Ok(Programme {
                id,
                code,
                name,
                organisation_id,
                countries,
                categories: self.categories.iter().copied().collect(),
                ceilings,
                max_cash_percent: self.max_cash_percent,
                budgets,
                follow_up_months: months,
                scheme_code,
                active: self.active,
                version: 1,
                recorded,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;
    use time::macros::datetime;

    pub(crate) fn input() -> ProgrammeInput {
        ProgrammeInput {
            code: "rise-sen-2026".into(),
            name: "Reintegration in Senegal".into(),
            countries: vec!["SEN".into()],
            categories: vec![],
            ceilings: vec![CeilingInput {
                currency: "XOF".into(),
                per_person: "1 000 000".into(),
                per_item: vec![ItemCeilingInput {
                    item_type: ItemType::BusinessStartUp,
                    per_person: "600000".into(),
                }],
            }],
            max_cash_percent: 40,
            budgets: vec![BudgetInput {
                currency: "XOF".into(),
                amount: "50000000".into(),
            }],
            follow_up_months: None,
            scheme_code: None,
            active: true,
        }
    }

    #[test]
    fn a_programme_has_exact_ceilings_and_the_default_schedule() {
        let p = input()
            .validate(
                ProgrammeId::from_uuid(uuid::Uuid::from_u128(1)),
                OrganisationId::from_uuid(uuid::Uuid::from_u128(2)),
                Recorded {
                    by: UserId::from_uuid(uuid::Uuid::from_u128(3)),
                    at: datetime!(2026-01-01 00:00 UTC),
                },
            )
            .expect("valid");
        assert_eq!(p.code, "RISE-SEN-2026");
        assert_eq!(p.follow_up_months, [3, 6, 12]);
        let xof = Currency::parse("XOF").expect("XOF");
        assert_eq!(p.ceiling(xof).map(|c| c.per_person.minor), Some(1_000_000));
        assert_eq!(p.scheme_code, "default");
    }

    #[test]
    fn budgets_only_in_the_programmes_currencies() {
        let mut bad = input();
        bad.budgets[0].currency = "GHS".into();
        bad.max_cash_percent = 140;
        bad.follow_up_months = Some(vec![0]);
        let errors = bad
            .validate(
                ProgrammeId::from_uuid(uuid::Uuid::from_u128(1)),
                OrganisationId::from_uuid(uuid::Uuid::from_u128(2)),
                Recorded {
                    by: UserId::from_uuid(uuid::Uuid::from_u128(3)),
                    at: datetime!(2026-01-01 00:00 UTC),
                },
            )
            .expect_err("invalid");
        let codes: Vec<&str> = errors.iter().map(|e| e.code).collect();
        assert_eq!(
            codes,
            [
                "invalid_percent",
                "currency_not_allowed",
                "invalid_follow_up_months"
            ]
        );
    }
}
