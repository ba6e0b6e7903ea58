//! Bayiri's record-linkage engine: finds the same migrant across registrations made by a
//! counsellor in Agadez, a consulate in Tripoli, a land-border post and an NGO in the home
//! region — with names spelled differently, first and family names swapped, dates known only by
//! year, documents missing — and explains every link.
//!
//! The stages, one module each:
//! - [`normalise`]: Unicode folding, Arabic-script handling, E.164 phones, document numbers;
//! - [`names`]: the variant table and the Bayiri phonetic key for the region's names;
//! - [`dates`]: dates of birth with their precision;
//! - [`blocking`]: which pairs to compare;
//! - [`compare`]: comparison vectors;
//! - [`scoring`]: Fellegi–Sunter with `m` by EM, `u` by random sampling, and term-frequency
//!   adjustment;
//! - [`cluster`]: persons from pairs, guarded against chained false merges;
//! - [`explain`]: the per-field reasons of every score.
//!
//! [`engine`] runs the batch (deduplication or linkage of files) and [`index`] the
//! registration-time check against stored persons. The crate is pure computation: no I/O,
//! no clock, no global randomness (every random choice derives from [`Config::seed`]).

pub mod blocking;
pub mod cluster;
pub mod compare;
pub mod dates;
pub mod engine;
pub mod explain;
pub mod index;
pub mod names;
pub mod normalise;
pub mod record;
pub mod scoring;
mod similarity;

pub use engine::{
    Config, Dataset, Outcome, Progress, ProgressFn, ScoredPair, Stage, dedupe, link, train,
};
pub use explain::{Decision, Explanation};
pub use index::{Candidate, LinkageIndex};
pub use record::Record;
pub use scoring::Model;
pub use similarity::{jaro_winkler, osa_within};
