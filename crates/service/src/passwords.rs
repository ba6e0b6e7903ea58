//! Argon2id password hashing, run on the blocking pool (a hash takes tens of milliseconds of
//! CPU by design and must not stall the async workers).

use crate::{Result, ServiceError};
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use bayiri_domain::error::{InvalidValue, ValidationErrors};

pub const MIN_PASSWORD_CHARS: usize = 12;

/// Length is what makes a password strong; we ask for 12 characters and refuse the obvious.
pub fn check_strength(password: &str, username: &str) -> std::result::Result<(), ValidationErrors> {
    let chars = password.chars().count();
    let lowered = password.to_lowercase();
    let problem = if chars < MIN_PASSWORD_CHARS {
        Some(InvalidValue::new(
            "password_too_short",
            format!("a password needs at least {MIN_PASSWORD_CHARS} characters"),
        ))
    } else if chars > 256 {
        Some(InvalidValue::new(
            "password_too_long",
            "a password has at most 256 characters",
        ))
    } else if lowered.contains(&username.to_lowercase())
        || lowered
            .chars()
            .all(|c| c == lowered.chars().next().unwrap_or(' '))
    {
        Some(InvalidValue::new(
            "password_too_weak",
            "choose a password that is not based on your user name or a repeated character",
        ))
    } else {
        None
    };
    match problem {
        Some(p) => Err(ValidationErrors::single("password", p)),
        None => Ok(()),
    }
}

pub async fn hash(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| ServiceError::internal(e.to_string()))
    })
    .await
    .map_err(ServiceError::internal)?
}

pub async fn verify(password: String, stored: String) -> Result<bool> {
    tokio::task::spawn_blocking(move || {
        let parsed =
            PasswordHash::new(&stored).map_err(|e| ServiceError::internal(e.to_string()))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
    .map_err(ServiceError::internal)?
}

/// A hash of a random password, verified against when the user name does not exist, so that
/// a failed login takes the same time whether or not the user exists.
pub async fn dummy_hash() -> Result<String> {
    hash("not-a-real-password-for-timing".to_string()).await
}
