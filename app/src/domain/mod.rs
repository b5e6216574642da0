//! The programme's rules, as plain Rust.
//!
//! Nothing here knows about Leptos, HTTP or SQL: this module is compiled into the browser's
//! WASM (live eligibility in the wizard) and into the server (the JSON API, submissions,
//! audits, renewals), so both always decide with the very same function, [`evaluate`].
//!
//! Input arrives as loosely typed wire data and is *parsed* into the types here
//! ([`ApplicationDraft`], [`CertificateId`], …), which cannot hold invalid values.

mod application_state;
mod category;
mod company;
mod declaration;
mod draft;
mod evaluate;
mod field_error;
mod history;
mod outcome;
pub mod partnership;
mod policy;
mod roster;
mod text;

pub use application_state::ApplicationState;
pub use category::{Category, EnterpriseLevel, Tier};
pub use company::{CHINA_NAMES, CompanyDetails, CompanyFields, CompanyLimits, Typed};
pub use declaration::Declaration;
pub use draft::{ApplicationDraft, BrandDescription};
pub use evaluate::{evaluate, measure};
pub use field_error::{FieldError, FieldErrors};
pub use history::HistoryKind;
pub use outcome::{Evaluation, Measure, Requirement, Shortfall, TierResult, TierResults, Upgrade};
pub use policy::{POLICY_V1, Policy, StaffRule, TierRule, current_policy};
pub use roster::{CertificateId, Certification, CertifiedEngineer, PersonName, Qualification, Track};
