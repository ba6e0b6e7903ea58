use thiserror::Error;

/// What can go wrong in storage. Callers can tell "not there" from "could not ask": a
/// connection failure is never reported as [`StoreError::NotFound`].
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// The record changed since it was read (optimistic concurrency).
    #[error("the record was changed by someone else (now at version {current})")]
    Conflict { current: i64 },
    /// A unique constraint refused the write (a user name or code already taken).
    #[error("already exists: {what}")]
    Duplicate { what: String },
    /// The database could not be reached or answered with an I/O or pool error.
    #[error("database unavailable: {0}")]
    Unavailable(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// Stored data could not be decoded into domain types.
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Database(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl StoreError {
    pub fn corrupt(what: impl std::fmt::Display) -> Self {
        StoreError::Corrupt(what.to_string())
    }
}
