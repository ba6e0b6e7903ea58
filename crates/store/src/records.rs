//! Records and queries that exist only at the storage boundary.

use bayiri_domain::case::{CaseNumber, ReturnCategory, Stage};
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::*;
use bayiri_domain::screening::Priority;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// A browser session (cookie).
    Session,
    /// An API bearer token.
    Api,
}

impl TokenKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            TokenKind::Session => "session",
            TokenKind::Api => "api",
        }
    }

    pub fn parse(input: &str) -> Option<TokenKind> {
        match input {
            "session" => Some(TokenKind::Session),
            "api" => Some(TokenKind::Api),
            _ => None,
        }
    }
}

/// A session or API token. Only the SHA-256 hash of its secret is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRecord {
    pub id: Uuid,
    pub user_id: UserId,
    pub hash: Vec<u8>,
    pub kind: TokenKind,
    pub label: Option<String>,
    /// Per-session secret for CSRF tokens on forms (sessions only).
    pub csrf_secret: Option<Vec<u8>>,
    pub created_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
}

/// The organisation and countries a query is restricted to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeFilter {
    pub organisation_id: OrganisationId,
    pub countries: Vec<CountryCode>,
}

/// Filters of the case list. The scope always applies; the rest only when set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseQuery {
    pub scope: ScopeFilter,
    pub stage: Option<Stage>,
    pub category: Option<ReturnCategory>,
    pub host_country: Option<CountryCode>,
    pub return_country: Option<CountryCode>,
    pub organisation: Option<OrganisationId>,
    pub priority: Option<Priority>,
    pub flag: Option<String>,
    pub case_worker: Option<UserId>,
    /// Folded search text (see `bayiri_domain::names::search_key`), matched against the
    /// principal's names and the case number.
    pub text: Option<String>,
    /// Only cases that entered their current stage before this time (overdue work).
    pub stage_entered_before: Option<OffsetDateTime>,
    pub sort: CaseSort,
    /// Return cases created before this one (ids are time-ordered UUIDv7); used with
    /// [`CaseSort::Newest`].
    pub before: Option<CaseId>,
    pub limit: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CaseSort {
    /// Newest case first (the order cursors follow).
    #[default]
    Newest,
    /// Most recently changed first.
    RecentlyUpdated,
    /// Longest in its current stage first.
    LongestInStage,
}

impl CaseSort {
    pub fn as_str(&self) -> &'static str {
        match self {
            CaseSort::Newest => "newest",
            CaseSort::RecentlyUpdated => "updated",
            CaseSort::LongestInStage => "stage_age",
        }
    }
}

impl CaseQuery {
    pub fn new(scope: ScopeFilter, limit: u32) -> Self {
        Self {
            scope,
            stage: None,
            category: None,
            host_country: None,
            return_country: None,
            organisation: None,
            priority: None,
            flag: None,
            case_worker: None,
            text: None,
            stage_entered_before: None,
            sort: CaseSort::Newest,
            before: None,
            limit,
        }
    }
}

/// One row of the case list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseSummary {
    pub id: CaseId,
    pub number: CaseNumber,
    pub principal: PersonId,
    pub principal_name: String,
    pub category: ReturnCategory,
    pub stage: Stage,
    pub priority: Priority,
    pub host_country: CountryCode,
    pub return_country: CountryCode,
    pub organisation_id: OrganisationId,
    pub case_worker: Option<UserId>,
    pub flags: Vec<String>,
    pub version: i64,
    pub updated_at: OffsetDateTime,
    pub stage_entered_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonQuery {
    pub scope: ScopeFilter,
    pub text: Option<String>,
    pub before: Option<PersonId>,
    pub limit: u32,
}

/// One line of the audit log: who did what to which record, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub actor: Option<UserId>,
    pub organisation_id: Option<OrganisationId>,
    /// `case.create`, `case.read_sensitive`, `person.update`, `auth.login_failed`…
    pub action: String,
    pub target_kind: String,
    pub target_id: Option<String>,
    pub detail: serde_json::Value,
    pub correlation_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AuditQuery {
    pub actor: Option<UserId>,
    pub organisation_id: Option<OrganisationId>,
    pub action: Option<String>,
    pub target_id: Option<String>,
    pub from: Option<OffsetDateTime>,
    pub to: Option<OffsetDateTime>,
    pub before: Option<Uuid>,
    pub limit: u32,
}
