//! The JSON API, end to end over HTTP, on the engine selected by `BAYIRI_TEST_DATABASE`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod access;
mod audit;
mod auth;
mod cases;
mod concurrency;
mod duplicates;
mod journey;
mod journey_pages;
mod lifecycle;
mod openapi;
mod pages;
mod problems;
mod reference_pages;
mod reintegration;
