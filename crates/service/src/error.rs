use bayiri_domain::case::CaseError;
use bayiri_domain::error::ValidationErrors;
use bayiri_store::StoreError;
use thiserror::Error;

/// Why a use case failed. The web layer maps each variant to an HTTP status and a stable code.
#[derive(Debug, Error)]
pub enum ServiceError {
    #[error("authentication required")]
    Unauthenticated,
    #[error("wrong user name or password")]
    InvalidCredentials,
    #[error("your role does not allow this")]
    Forbidden,
    /// Also returned for records outside the actor's scope, so existence never leaks.
    #[error("{what} not found")]
    NotFound { what: &'static str },
    #[error("the record was changed by someone else; reload it (now at version {current})")]
    VersionConflict { current: i64 },
    #[error("{0}")]
    Invalid(ValidationErrors),
    #[error(transparent)]
    Case(CaseError),
    /// A move refused by rights guards, each as the actor may see it.
    #[error("the case cannot move to {to}: {} guard(s) unmet", guards.len())]
    GuardsUnmet {
        to: bayiri_domain::case::Stage,
        guards: Vec<crate::views::GuardView>,
    },
    /// A registration that may be a person already stored: the user must look first.
    #[error("{} stored person(s) may be the same person", candidates.len())]
    PossibleDuplicates {
        candidates: Vec<crate::duplicates::DuplicateCandidate>,
    },
    #[error("{0}")]
    MergeRefused(bayiri_domain::duplicates::MergeRefusal),
    /// A use case refused on the state of the records, with a stable code (journey records:
    /// `case_not_ready`, `report_submitted`, `departure_blocked`…).
    #[error("{message}")]
    Refused { code: &'static str, message: String },
    /// A reintegration plan over its programme's ceilings, with every ceiling it breaks.
    #[error("the plan goes over the programme's ceilings: {}", breaches.iter().map(|b| b.message()).collect::<Vec<_>>().join("; "))]
    OverCeiling {
        breaches: Vec<bayiri_domain::reintegration::plan::CeilingBreach>,
    },
    #[error("{what} already exists")]
    AlreadyExists { what: String },
    #[error("too many attempts; try again in {retry_after_seconds} s")]
    RateLimited { retry_after_seconds: u64 },
    #[error("the database is unavailable")]
    Unavailable(#[source] StoreError),
    #[error("internal error")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl ServiceError {
    pub fn not_found(what: &'static str) -> Self {
        ServiceError::NotFound { what }
    }

    pub fn internal(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        ServiceError::Internal(error.into())
    }

    /// Maps a store error, naming what was missing if it was a [`StoreError::NotFound`].
    pub fn store(what: &'static str) -> impl FnOnce(StoreError) -> ServiceError {
        move |error| match error {
            StoreError::NotFound => ServiceError::NotFound { what },
            other => ServiceError::from(other),
        }
    }
}

impl From<StoreError> for ServiceError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => ServiceError::NotFound { what: "record" },
            StoreError::Conflict { current } => ServiceError::VersionConflict { current },
            StoreError::Duplicate { what } => ServiceError::AlreadyExists { what },
            e @ StoreError::Unavailable(_) => ServiceError::Unavailable(e),
            e => ServiceError::Internal(Box::new(e)),
        }
    }
}

impl From<ValidationErrors> for ServiceError {
    fn from(errors: ValidationErrors) -> Self {
        ServiceError::Invalid(errors)
    }
}

impl From<CaseError> for ServiceError {
    fn from(error: CaseError) -> Self {
        match error {
            CaseError::Invalid(errors) => ServiceError::Invalid(errors),
            other => ServiceError::Case(other),
        }
    }
}
