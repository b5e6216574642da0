//! After signing: a partner's standing and term, the trial's one-year deadline, renewals,
//! level changes and quarterly audit findings (overview, "Partner Rights and Obligations").
//!
//! Pure like the rest of the domain: today's date is an argument, never read from a clock.

mod audit;
mod decisions;
mod status;
mod term;

pub use audit::{AuditFinding, EngineerFinding, Finding, SampleSize, audit_finding};
pub use decisions::{
    LevelRefusal, RenewalRefusal, TrialCountdown, check_level_change, check_renewal, non_renewal_proposed,
    trial_countdown,
};
pub use status::{PartnerStatus, Standing, standing};
pub use term::{DUE_WINDOW_DAYS, Quarter, Term, one_year_later};
