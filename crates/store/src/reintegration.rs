//! Storage of reintegration and monitoring: programmes, needs assessments, plans and the
//! proofs attached to their tranches, the service directory and referrals, opportunities,
//! follow-ups, re-migrations and scoring schemes.
//!
//! These records are all stored the same way: whole, as JSON `state`, beside the few columns
//! queries find them by (owning organisation, case, the other party, country, status and a
//! sort key), and saved only if the stored version is the one the caller read. So an engine
//! implements four generic operations ([`ReintegrationRecords`]) over a closed list of tables
//! ([`RecordTable`]), and [`Records`] gives the service typed access on top of them.

use crate::Result;
use async_trait::async_trait;
use bayiri_domain::ids::*;
use bayiri_domain::reintegration::directory::Provider;
use bayiri_domain::reintegration::followup::{FollowUp, ReMigration};
use bayiri_domain::reintegration::needs::NeedsAssessment;
use bayiri_domain::reintegration::opportunity::Opportunity;
use bayiri_domain::reintegration::plan::{AttachmentMeta, Plan};
use bayiri_domain::reintegration::programme::Programme;
use bayiri_domain::reintegration::referral::ServiceReferral;
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

/// The tables of reintegration records; all share one shape (see the migrations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordTable {
    Programmes,
    NeedsAssessments,
    Plans,
    Providers,
    ServiceReferrals,
    Opportunities,
    FollowUps,
    ReMigrations,
}

impl RecordTable {
    pub const ALL: [RecordTable; 8] = [
        RecordTable::Programmes,
        RecordTable::NeedsAssessments,
        RecordTable::Plans,
        RecordTable::Providers,
        RecordTable::ServiceReferrals,
        RecordTable::Opportunities,
        RecordTable::FollowUps,
        RecordTable::ReMigrations,
    ];

    /// The SQL table name; engines only ever put these constants into a statement.
    pub fn name(&self) -> &'static str {
        match self {
            RecordTable::Programmes => "reintegration_programmes",
            RecordTable::NeedsAssessments => "needs_assessments",
            RecordTable::Plans => "reintegration_plans",
            RecordTable::Providers => "service_providers",
            RecordTable::ServiceReferrals => "service_referrals",
            RecordTable::Opportunities => "opportunities",
            RecordTable::FollowUps => "follow_ups",
            RecordTable::ReMigrations => "re_migrations",
        }
    }
}

/// The columns a record is found by. What each means depends on the table (see [`Record`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordIndex {
    pub id: Uuid,
    pub version: i64,
    /// The organisation that owns the record.
    pub organisation_id: Uuid,
    /// The cases the record concerns (several for a collective plan), kept in
    /// `reintegration_record_cases`.
    pub case_ids: Vec<Uuid>,
    /// The other party: the provider's organisation of a referral, the programme of a plan.
    pub party_id: Option<Uuid>,
    pub country: Option<String>,
    pub status: Option<String>,
    /// Lists are ordered by this key, then by id (a date, or a code).
    pub sort_key: String,
}

/// Filters of a record list; each applies when set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordFilter {
    pub organisation: Option<Uuid>,
    pub case: Option<Uuid>,
    pub party: Option<Uuid>,
    /// Records in one of these countries.
    pub countries: Option<Vec<String>>,
    pub status: Option<String>,
    /// Records whose sort key is below this one (due before a day, say).
    pub sort_below: Option<String>,
    /// Newest (highest sort key) first.
    pub descending: bool,
    pub limit: u32,
}

impl RecordFilter {
    pub fn limit(limit: u32) -> RecordFilter {
        RecordFilter {
            limit,
            ..RecordFilter::default()
        }
    }
}

/// A stored scoring scheme: its code, version and JSON definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredScheme {
    pub code: String,
    pub version: i64,
    pub state: String,
}

#[async_trait]
pub trait ReintegrationRecords {
    async fn insert_record(
        &mut self,
        table: RecordTable,
        index: &RecordIndex,
        state: &str,
    ) -> Result<()>;
    /// Saves a changed record (its index carrying the new version) if the stored version is
    /// `expected_version`; otherwise [`crate::StoreError::Conflict`] and nothing is written.
    async fn update_record(
        &mut self,
        table: RecordTable,
        index: &RecordIndex,
        state: &str,
        expected_version: i64,
    ) -> Result<()>;
    async fn record_state(&mut self, table: RecordTable, id: Uuid) -> Result<String>;
    async fn record_states(
        &mut self,
        table: RecordTable,
        filter: &RecordFilter,
    ) -> Result<Vec<String>>;
    /// Stores an uploaded proof of payment with its plan.
    async fn insert_attachment(
        &mut self,
        meta: &AttachmentMeta,
        plan: PlanId,
        bytes: &[u8],
    ) -> Result<()>;
    async fn attachment(&mut self, id: AttachmentId) -> Result<(AttachmentMeta, PlanId, Vec<u8>)>;
    /// Stores a scheme version; [`crate::StoreError::Duplicate`] if that version exists.
    async fn insert_scoring_scheme(&mut self, scheme: &StoredScheme) -> Result<()>;
    /// A version of a scheme, or its latest version when `version` is `None`.
    async fn scoring_scheme(&mut self, code: &str, version: Option<i64>) -> Result<StoredScheme>;
    /// The latest version of every scheme, by code.
    async fn scoring_schemes(&mut self) -> Result<Vec<StoredScheme>>;
}

/// A domain record stored in one of the [`RecordTable`]s.
pub trait Record: Serialize + DeserializeOwned + Send + Sync + 'static {
    const TABLE: RecordTable;
    fn index(&self) -> RecordIndex;
}

/// Typed access to reintegration records, for every [`ReintegrationRecords`] engine.
#[async_trait]
pub trait Records: ReintegrationRecords + Send {
    async fn insert_new<R: Record>(&mut self, record: &R) -> Result<()> {
        let state = crate::decode::to_json(record)?;
        self.insert_record(R::TABLE, &record.index(), &state).await
    }

    async fn save<R: Record>(&mut self, record: &R, expected_version: i64) -> Result<()> {
        let state = crate::decode::to_json(record)?;
        self.update_record(R::TABLE, &record.index(), &state, expected_version)
            .await
    }

    async fn get<R: Record>(&mut self, id: Uuid) -> Result<R> {
        let state = self.record_state(R::TABLE, id).await?;
        crate::decode::json(R::TABLE.name(), &state)
    }

    async fn find<R: Record>(&mut self, filter: &RecordFilter) -> Result<Vec<R>> {
        let states = self.record_states(R::TABLE, filter).await?;
        states
            .iter()
            .map(|s| crate::decode::json(R::TABLE.name(), s))
            .collect()
    }
}

impl<T: ReintegrationRecords + Send + ?Sized> Records for T {}

fn date_key(date: time::Date) -> String {
    // ISO dates sort as text.
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        date.month() as u8,
        date.day()
    )
}

fn time_key(at: time::OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{}T{:02}:{:02}:{:02}.{:09}",
        date_key(at.date()),
        at.hour(),
        at.minute(),
        at.second(),
        at.nanosecond()
    )
}

impl Record for Programme {
    const TABLE: RecordTable = RecordTable::Programmes;
    fn index(&self) -> RecordIndex {
        RecordIndex {
            id: self.id.as_uuid(),
            version: self.version,
            organisation_id: self.organisation_id.as_uuid(),
            case_ids: Vec::new(),
            party_id: None,
            country: None,
            status: Some(if self.active { "active" } else { "inactive" }.into()),
            sort_key: self.code.clone(),
        }
    }
}

/// Needs assessments are never changed, only added: the version stays 1.
impl Record for NeedsAssessment {
    const TABLE: RecordTable = RecordTable::NeedsAssessments;
    fn index(&self) -> RecordIndex {
        RecordIndex {
            id: self.id.as_uuid(),
            version: 1,
            organisation_id: self.organisation_id.as_uuid(),
            case_ids: vec![self.case_id.as_uuid()],
            party_id: None,
            country: None,
            status: None,
            sort_key: time_key(self.recorded.at),
        }
    }
}

impl Record for Plan {
    const TABLE: RecordTable = RecordTable::Plans;
    fn index(&self) -> RecordIndex {
        RecordIndex {
            id: self.id.as_uuid(),
            version: self.version,
            organisation_id: self.organisation_id.as_uuid(),
            case_ids: self
                .beneficiaries
                .iter()
                .map(|b| b.case_id.as_uuid())
                .collect(),
            party_id: Some(self.programme_id.as_uuid()),
            country: self.countries.first().map(|c| c.as_str().to_string()),
            status: Some(self.status.as_str().into()),
            sort_key: time_key(self.drafted.at),
        }
    }
}

impl Record for Provider {
    const TABLE: RecordTable = RecordTable::Providers;
    fn index(&self) -> RecordIndex {
        RecordIndex {
            id: self.id.as_uuid(),
            version: self.version,
            organisation_id: self.organisation_id.as_uuid(),
            case_ids: Vec::new(),
            party_id: None,
            country: self.areas.first().map(|a| a.country.as_str().to_string()),
            status: Some(if self.active { "active" } else { "inactive" }.into()),
            sort_key: self.name.to_lowercase(),
        }
    }
}

impl Record for ServiceReferral {
    const TABLE: RecordTable = RecordTable::ServiceReferrals;
    fn index(&self) -> RecordIndex {
        RecordIndex {
            id: self.id.as_uuid(),
            version: self.version,
            organisation_id: self.case_organisation.as_uuid(),
            case_ids: vec![self.case_id.as_uuid()],
            party_id: Some(self.provider_organisation.as_uuid()),
            country: None,
            status: Some(self.status.as_str().into()),
            sort_key: time_key(self.sent.at),
        }
    }
}

impl Record for Opportunity {
    const TABLE: RecordTable = RecordTable::Opportunities;
    fn index(&self) -> RecordIndex {
        RecordIndex {
            id: self.id.as_uuid(),
            version: self.version,
            organisation_id: self.organisation_id.as_uuid(),
            case_ids: Vec::new(),
            party_id: self.provider_id.map(|p| p.as_uuid()),
            country: Some(self.country.as_str().to_string()),
            status: Some(if self.active { "active" } else { "inactive" }.into()),
            sort_key: self.title.to_lowercase(),
        }
    }
}

impl Record for FollowUp {
    const TABLE: RecordTable = RecordTable::FollowUps;
    fn index(&self) -> RecordIndex {
        RecordIndex {
            id: self.id.as_uuid(),
            version: self.version,
            organisation_id: self.organisation_id.as_uuid(),
            case_ids: vec![self.case_id.as_uuid()],
            party_id: None,
            country: self.countries.last().map(|c| c.as_str().to_string()),
            status: Some(self.status.as_str().into()),
            sort_key: date_key(self.due_on),
        }
    }
}

impl Record for ReMigration {
    const TABLE: RecordTable = RecordTable::ReMigrations;
    fn index(&self) -> RecordIndex {
        RecordIndex {
            id: self.id.as_uuid(),
            version: 1,
            organisation_id: self.organisation_id.as_uuid(),
            case_ids: vec![self.case_id.as_uuid()],
            party_id: Some(self.person_id.as_uuid()),
            country: Some(self.country.as_str().to_string()),
            status: None,
            sort_key: date_key(self.learned_on),
        }
    }
}

/// The sort key of follow-ups due before `day`: pass as [`RecordFilter::sort_below`].
pub fn due_before(day: time::Date) -> String {
    date_key(day)
}
