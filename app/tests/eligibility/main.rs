//! The eligibility engine against the programme's own table, its interpretations, and
//! properties that must hold for every roster.

mod helpers;
mod interpretations;
mod parsing;
mod properties;
mod thresholds;
mod wire_contract;
