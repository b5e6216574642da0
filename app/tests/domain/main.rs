//! The domain against the programme's own table, its interpretations, submissions, and
//! properties that must hold for every roster.

mod helpers;
mod interpretations;
mod parsing;
mod partnership;
mod partnership_properties;
mod properties;
mod submission;
mod thresholds;
mod wire_contract;
