//! Bayiri's use cases.
//!
//! Every public method of [`Service`] is one use case: it checks the actor's role, loads what
//! it needs in one transaction, asks the domain to decide, writes the outcome together with
//! its audit entry, and commits. Records outside the actor's organisation and countries are
//! reported as not found, so their existence never leaks. Pages and the JSON API call these
//! methods and nothing else; they never touch the store.

mod actor;
mod audit;
mod auth;
mod cases;
mod clock;
pub mod demo;
mod duplicates;
mod error;
mod ids;
pub mod journey;
mod organisations;
mod passwords;
mod persons;
mod queue;
mod rate_limit;
pub mod reintegration;
mod users;
pub mod views;

pub use actor::{Actor, ClientInfo};
pub use audit::AuditFilter;
pub use auth::{IssuedToken, SESSION_COOKIE_LIFETIME};
pub use cases::{
    CaseChangesInput, CaseFilter, CasePage, CommunityInput, OpenCaseInput, TransitionInput,
};
pub use clock::{Clock, ManualClock, SystemClock};
pub use demo::generate_password;
pub use duplicates::{
    CaseReference, DecisionInput, DecisionView, DuplicateCandidate, DuplicateQueue, FieldEvidence,
    MergeInput, MergeView, ModelSource, PersonDuplicates, RevertInput, ReviewPair,
};
pub use error::ServiceError;
pub use ids::{IdGenerator, UuidV7Ids};
pub use organisations::{NewOffice, NewOrganisation};
pub use persons::{PersonPage, PersonRegistration};
pub use queue::WorkQueue;
pub use users::NewUser;

use bayiri_store::Store;
use rate_limit::LoginLimiter;
use std::sync::Arc;
use time::Duration;

pub type Result<T> = std::result::Result<T, ServiceError>;

/// Tunables, with the defaults a deployment starts from.
#[derive(Debug, Clone)]
pub struct ServiceConfig {
    /// Lifetime of an API bearer token.
    pub api_token_lifetime: Duration,
    /// Lifetime of a browser session.
    pub session_lifetime: Duration,
    /// Failed logins allowed per user name within `login_window` before refusing.
    pub login_attempts_per_user: u32,
    /// Failed logins allowed per client address within `login_window`.
    pub login_attempts_per_address: u32,
    pub login_window: Duration,
    /// The duplicate check trains its model on the stored persons once there are this many;
    /// with fewer it scores with the model shipped with Bayiri.
    pub duplicate_training_min: usize,
    /// Most (recent) registrations the duplicate check trains on.
    pub duplicate_training_max: usize,
    /// The duplicate check scores as if at least this many persons were stored: people come
    /// from a population far larger than a new deployment holds, and a prior computed from a
    /// handful of stored persons would call every newcomer one of them.
    pub duplicate_population_floor: usize,
    /// Days after which a consular request without a final answer counts as overdue.
    pub consular_overdue_days: i64,
}

impl Default for ServiceConfig {
    fn default() -> Self {
        Self {
            api_token_lifetime: Duration::days(30),
            session_lifetime: Duration::hours(12),
            login_attempts_per_user: 5,
            login_attempts_per_address: 30,
            login_window: Duration::minutes(15),
            duplicate_training_min: 5_000,
            duplicate_training_max: 200_000,
            duplicate_population_floor: 10_000,
            consular_overdue_days: 30,
        }
    }
}

/// The application: what the web and CLI layers call.
#[derive(Debug, Clone)]
pub struct Service {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    ids: Arc<dyn IdGenerator>,
    config: ServiceConfig,
    login_limiter: LoginLimiter,
    duplicates: duplicates::DuplicateRegistry,
}

impl Service {
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        ids: Arc<dyn IdGenerator>,
        config: ServiceConfig,
    ) -> Self {
        let login_limiter = LoginLimiter::new(
            config.login_attempts_per_user,
            config.login_attempts_per_address,
            config.login_window,
        );
        Self {
            inner: Arc::new(Inner {
                store,
                clock,
                ids,
                config,
                login_limiter,
                duplicates: duplicates::DuplicateRegistry::default(),
            }),
        }
    }

    /// A service on the real clock and UUIDv7 ids.
    pub fn with_store(store: Arc<dyn Store>) -> Self {
        Self::new(
            store,
            Arc::new(SystemClock),
            Arc::new(UuidV7Ids),
            ServiceConfig::default(),
        )
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.inner.store
    }

    pub fn config(&self) -> &ServiceConfig {
        &self.inner.config
    }

    fn now(&self) -> time::OffsetDateTime {
        self.inner.clock.now()
    }

    fn new_id(&self) -> uuid::Uuid {
        self.inner.ids.new_id()
    }

    /// Today's date on the service clock (forms use it as their default date).
    pub fn today(&self) -> time::Date {
        self.now().date()
    }

    /// Whether the database answers (for `/healthz`).
    pub async fn ready(&self) -> Result<()> {
        self.inner.store.ping().await.map_err(ServiceError::from)
    }
}
