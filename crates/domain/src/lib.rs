//! Bayiri's domain: the rules of a migrant's return journey, free of I/O.
//!
//! Everything here is a pure function of its inputs. Time, ids and case numbers are passed in
//! by the caller (the service crate), so every rule can be tested with a fixed clock.
//!
//! - [`person`]: who the migrant is (names in several scripts, date of birth with precision,
//!   claimed and verified nationality, documents, family, guardian).
//! - [`case`]: one return-and-reintegration journey, its lifecycle, rights guards and events.
//! - [`screening`]: vulnerability screening → categories, priority and special needs.
//! - [`access`]: roles, permissions and the organisation/country scope of a user.
//! - [`journey`]: consular verification, readiness to travel, operations, monitoring, arrival.
//! - [`reintegration`]: needs, programmes, plans and tranches, referrals, opportunities,
//!   follow-up and sustainability scores.

pub mod access;
pub mod case;
pub mod country;
mod country_table;
pub mod duplicates;
pub mod error;
pub mod ids;
pub mod journey;
pub mod language;
pub mod money;
pub mod names;
pub mod organisation;
pub mod person;
pub mod reintegration;
pub mod screening;
pub mod text;

pub use country::CountryCode;
pub use error::{FieldError, InvalidValue, ValidationErrors};
pub use ids::*;
pub use language::LanguageCode;
pub use money::{Currency, Money};
