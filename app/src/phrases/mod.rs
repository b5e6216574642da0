//! The words for domain values in the page's language, as plain strings.
//!
//! Islands call these instead of rendering translated components: a `&'static str` or a
//! `String` is the cheapest view there is, while a component per tier or per declaration,
//! type-erased with `into_any()`, costs every island that uses it several kilobytes of WASM.

mod dates;
mod declarations;
mod errors;
mod partnership;
mod shortfalls;
mod tiers;

pub use dates::{date_text, time_text};
pub use declarations::declaration_text;
pub use errors::error_text;
pub use partnership::{declaration_name, level_name, standing_name};
pub use shortfalls::shortfall_text;
pub use tiers::tier_name;
