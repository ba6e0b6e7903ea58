//! The storage interface of Bayiri.
//!
//! One narrow trait pair: a [`Store`] opens transactions, a [`Tx`] reads and writes inside one.
//! Every use case in the service crate runs in a single transaction, so a change and its audit
//! entry are committed together or not at all. Each engine (SQLite, PostgreSQL) lives in its own
//! crate and passes the same [`conformance`] suite.

#[cfg(feature = "conformance")]
pub mod conformance;
pub mod decode;
mod error;
mod journey;
mod records;
mod reintegration;

pub use error::StoreError;
pub use journey::*;
pub use records::*;
pub use reintegration::*;

use async_trait::async_trait;
use bayiri_domain::access::User;
use bayiri_domain::case::{Case, CaseEvent, Stage};
use bayiri_domain::duplicates::{DuplicateDecision, MergeReversal, PersonMerge, PersonPair};
use bayiri_domain::ids::*;
use bayiri_domain::organisation::{Office, Organisation};
use bayiri_domain::person::Person;
use time::OffsetDateTime;
use uuid::Uuid;

pub type Result<T> = std::result::Result<T, StoreError>;

/// Which engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

#[async_trait]
pub trait Store: Send + Sync + std::fmt::Debug {
    fn engine(&self) -> Engine;

    /// Starts a transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`), so
    /// two writers never deadlock upgrading a read lock.
    async fn begin(&self) -> Result<Box<dyn Tx>>;

    /// Starts a transaction for reading only. On SQLite it does not take the write lock, so
    /// reads run concurrently with each other and with a writer (WAL).
    async fn begin_read(&self) -> Result<Box<dyn Tx>>;

    /// Runs pending migrations.
    async fn migrate(&self) -> Result<()>;

    /// Versions of the migrations this engine knows, in order.
    fn migration_versions(&self) -> Vec<i64>;

    /// Versions applied to the database, in order.
    async fn applied_migrations(&self) -> Result<Vec<i64>>;

    /// A cheap round trip, for `/healthz`.
    async fn ping(&self) -> Result<()>;
}

/// One transaction: every repository, and commit. Dropping it without [`Tx::commit`] rolls
/// back.
#[async_trait]
pub trait Tx:
    Organisations
    + Users
    + Persons
    + Cases
    + Duplicates
    + Audit
    + ReferenceLists
    + ConsularRequests
    + Operations
    + Monitoring
    + Arrivals
    + ReintegrationRecords
    + Send
{
    async fn commit(self: Box<Self>) -> Result<()>;
}

#[async_trait]
pub trait Organisations {
    async fn insert_organisation(&mut self, organisation: &Organisation) -> Result<()>;
    async fn organisation(&mut self, id: OrganisationId) -> Result<Organisation>;
    async fn organisation_by_code(&mut self, code: &str) -> Result<Organisation>;
    async fn organisations(&mut self) -> Result<Vec<Organisation>>;
    async fn insert_office(&mut self, office: &Office) -> Result<()>;
    async fn office(&mut self, id: OfficeId) -> Result<Office>;
    async fn offices_of(&mut self, organisation: OrganisationId) -> Result<Vec<Office>>;
    /// Reserves the next case sequence number of an office for a year (1, 2, 3…).
    async fn next_case_sequence(&mut self, office: OfficeId, year: i32) -> Result<u32>;
}

#[async_trait]
pub trait Users {
    async fn insert_user(&mut self, user: &User, password_hash: &str) -> Result<()>;
    async fn user(&mut self, id: UserId) -> Result<User>;
    /// The user and their password hash, by login name.
    async fn user_credentials(&mut self, username: &str) -> Result<(User, String)>;
    /// Saves a changed user (carrying its new version) if the stored version is
    /// `expected_version`.
    async fn update_user(&mut self, user: &User, expected_version: i64) -> Result<()>;
    async fn set_password_hash(&mut self, id: UserId, password_hash: &str) -> Result<()>;
    async fn users(&mut self, organisation: Option<OrganisationId>) -> Result<Vec<User>>;
    async fn count_users(&mut self) -> Result<i64>;
    async fn insert_token(&mut self, token: &TokenRecord) -> Result<()>;
    /// An unrevoked, unexpired token by the hash of its secret, with its user.
    async fn live_token(&mut self, hash: &[u8], now: OffsetDateTime)
    -> Result<(TokenRecord, User)>;
    async fn revoke_token(&mut self, id: Uuid, at: OffsetDateTime) -> Result<()>;
    /// Revokes every live token of `user` except `except`; returns how many.
    async fn revoke_user_tokens(
        &mut self,
        user: UserId,
        at: OffsetDateTime,
        except: Option<Uuid>,
    ) -> Result<u64>;
    async fn tokens_of(&mut self, user: UserId) -> Result<Vec<TokenRecord>>;
}

#[async_trait]
pub trait Persons {
    async fn insert_person(&mut self, person: &Person) -> Result<()>;
    async fn person(&mut self, id: PersonId) -> Result<Person>;
    /// Saves a changed person (carrying its new version) if the stored version is
    /// `expected_version`; otherwise [`StoreError::Conflict`] and nothing is written.
    async fn update_person(&mut self, person: &Person, expected_version: i64) -> Result<()>;
    async fn list_persons(&mut self, query: &PersonQuery) -> Result<Vec<Person>>;
    /// Whether the person is on a case in the scope (as principal or family member).
    async fn person_on_case_in_scope(
        &mut self,
        person: PersonId,
        scope: &ScopeFilter,
    ) -> Result<bool>;
}

#[async_trait]
pub trait Cases {
    /// Inserts a new case with its opening events.
    async fn insert_case(&mut self, case: &Case, events: &[CaseEvent]) -> Result<()>;
    async fn case(&mut self, id: CaseId) -> Result<Case>;
    async fn case_id_by_number(&mut self, number: &str) -> Result<CaseId>;
    /// Appends `events` and saves the new state if the stored version is `expected_version`;
    /// otherwise [`StoreError::Conflict`] and nothing is written.
    async fn save_case(
        &mut self,
        case: &Case,
        expected_version: i64,
        events: &[CaseEvent],
    ) -> Result<()>;
    async fn list_cases(&mut self, query: &CaseQuery) -> Result<Vec<CaseSummary>>;
    /// How many cases match the query's filters, per stage (limit, sort and cursor ignored).
    async fn count_cases_by_stage(&mut self, query: &CaseQuery) -> Result<Vec<(Stage, i64)>>;
    async fn case_events(&mut self, id: CaseId) -> Result<Vec<CaseEvent>>;
    async fn cases_of_person(&mut self, person: PersonId) -> Result<Vec<CaseId>>;
}

/// Reviewers' decisions on proposed duplicate persons, and merges.
#[async_trait]
pub trait Duplicates {
    /// Every person record (merged ones too) in the order their records last changed, after
    /// the cursor `(updated_at, id)` of the last one seen: what the linkage index needs to
    /// catch up with changes, including those other servers made.
    async fn persons_changed_after(
        &mut self,
        after: Option<(OffsetDateTime, PersonId)>,
        limit: u32,
    ) -> Result<Vec<Person>>;
    /// Saves the standing decision on a pair, replacing an earlier one.
    async fn save_duplicate_decision(&mut self, decision: &DuplicateDecision) -> Result<()>;
    async fn duplicate_decision(&mut self, pair: PersonPair) -> Result<Option<DuplicateDecision>>;
    /// Every standing decision on a pair that includes `person`.
    async fn duplicate_decisions_of(&mut self, person: PersonId) -> Result<Vec<DuplicateDecision>>;
    /// Pairs decided to be the same person whose records are both still unmerged, newest
    /// decision first.
    async fn unmerged_same_person_decisions(
        &mut self,
        organisation: OrganisationId,
        limit: u32,
    ) -> Result<Vec<DuplicateDecision>>;
    async fn insert_merge(&mut self, merge: &PersonMerge) -> Result<()>;
    async fn merge(&mut self, id: MergeId) -> Result<PersonMerge>;
    /// Merges in which `person` was kept or merged, newest first.
    async fn merges_of(&mut self, person: PersonId) -> Result<Vec<PersonMerge>>;
    /// Records that a merge was reverted; [`StoreError::Conflict`] if it already was.
    async fn record_merge_reversal(&mut self, id: MergeId, reversal: &MergeReversal) -> Result<()>;
}

#[async_trait]
pub trait Audit {
    async fn append_audit(&mut self, entry: &AuditEntry) -> Result<()>;
    async fn list_audit(&mut self, query: &AuditQuery) -> Result<Vec<AuditEntry>>;
}
