//! Decoding of stored text columns into domain types, shared by the engines. A value that does
//! not parse means the database holds something Bayiri never wrote: [`StoreError::Corrupt`].

use crate::{Result, StoreError, TokenKind};
use bayiri_domain::access::Role;
use bayiri_domain::case::{CaseNumber, ReturnCategory, Stage};
use bayiri_domain::country::CountryCode;
use bayiri_domain::organisation::OrganisationKind;
use bayiri_domain::screening::Priority;

pub fn stage(value: &str) -> Result<Stage> {
    Stage::parse(value).ok_or_else(|| StoreError::corrupt(format!("stage `{value}`")))
}

pub fn category(value: &str) -> Result<ReturnCategory> {
    ReturnCategory::parse(value).ok_or_else(|| StoreError::corrupt(format!("category `{value}`")))
}

pub fn priority(value: &str) -> Result<Priority> {
    Priority::parse(value).ok_or_else(|| StoreError::corrupt(format!("priority `{value}`")))
}

pub fn role(value: &str) -> Result<Role> {
    Role::parse(value).ok_or_else(|| StoreError::corrupt(format!("role `{value}`")))
}

pub fn organisation_kind(value: &str) -> Result<OrganisationKind> {
    OrganisationKind::parse(value)
        .ok_or_else(|| StoreError::corrupt(format!("organisation kind `{value}`")))
}

pub fn token_kind(value: &str) -> Result<TokenKind> {
    TokenKind::parse(value).ok_or_else(|| StoreError::corrupt(format!("token kind `{value}`")))
}

pub fn country(value: &str) -> Result<CountryCode> {
    CountryCode::parse(value).map_err(StoreError::corrupt)
}

pub fn case_number(value: &str) -> Result<CaseNumber> {
    CaseNumber::parse(value).map_err(StoreError::corrupt)
}

pub fn json<T: serde::de::DeserializeOwned>(what: &str, value: &str) -> Result<T> {
    serde_json::from_str(value).map_err(|e| StoreError::corrupt(format!("{what}: {e}")))
}

pub fn to_json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StoreError::corrupt(format!("cannot encode: {e}")))
}
