//! Integration tests of the domain: the lifecycle as a whole and its properties.

mod lifecycle;
mod properties;
