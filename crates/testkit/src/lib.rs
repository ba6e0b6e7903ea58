//! Test support for Bayiri.
//!
//! The engine under test comes from `BAYIRI_TEST_DATABASE`: unset or `sqlite` gives a fresh
//! SQLite file per test; a `postgres://` URL gives a fresh schema per test in that database.
//! CI runs every test once per engine.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::disallowed_methods
)]

mod app;
mod database;

pub use app::{Fixture, TestApp, TestUser};
pub use database::{TestDatabase, engine_name};
