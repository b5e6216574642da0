//! The one error type of the server's services, and the policy every transport follows.
//!
//! Services (applications, review, partners, integrations) return [`ServiceError`]. Each
//! transport turns it into its own answer exactly once:
//!
//! - the JSON API into an `ApiError` (`impl From<ServiceError> for ApiError`, `api/error.rs`);
//! - server functions into the `AppError` the UI matches on (`desk/error.rs`);
//! - the plain HTML forms into a redirect that tells the page what happened (`forms.rs`).
//!
//! No other code maps service errors. The variants say whose fault it was: the caller's
//! (`Invalid*`, `NotFound`, `Stale`, `Refused`, `NotEligible`, `Unauthenticated`,
//! `Forbidden`) or ours
//! (`Internal`). An internal error keeps its cause as `source`; the conversion that makes the
//! response logs it once, with its context, and sends nothing of it.

use std::error::Error as StdError;
use std::fmt;

use app::domain::{FieldError, FieldErrors, Shortfall, Tier};

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// A document (an application, a roster) broke rules: every field with its problem.
    #[error("{} invalid field(s)", .0.len())]
    Invalid(Vec<FieldError>),
    /// One parameter of a request is wrong (a decision's reason, a webhook's URL).
    #[error("{0}")]
    InvalidField(FieldError),
    #[error("{0}")]
    NotFound(Missing),
    /// The record changed since the caller saw it; nothing was changed.
    #[error("the record changed since it was shown (now {status}, version {version})")]
    Stale { status: String, version: i64 },
    /// The programme's rules or the record's state forbid it now.
    #[error("refused ({}): {}", .0.code, .0.message)]
    Refused(Refusal),
    /// An approval for a tier the application does not meet under the policy in force:
    /// what it lacks there. Nothing was changed.
    #[error("not eligible for {}: {} requirement(s) not met", .tier.key(), .shortfalls.len())]
    NotEligible { tier: Tier, shortfalls: Vec<Shortfall> },
    #[error("nobody is signed in")]
    Unauthenticated,
    #[error("the signed-in role may not do this")]
    Forbidden,
    #[error("{context}")]
    Internal {
        context: &'static str,
        #[source]
        source: Box<dyn StdError + Send + Sync>,
    },
}

/// The code of [`ServiceError::NotEligible`] on every transport.
pub const NOT_ELIGIBLE: &str = "not_eligible";

/// What a caller named that does not exist (or, for an application and its token, that it
/// may not know exists: a wrong token and an unknown reference read the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// An application, asked for with its status token.
    ApplicationWithToken,
    /// An application, asked for by reference (reviewers).
    Application,
    Partner,
    Audit,
    /// A partner that is not in the audit's sample.
    SampledPartner,
    WebhookEndpoint,
    /// A staff account, by id.
    Account,
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::ApplicationWithToken => "no application with this reference and token",
            Self::Application => "no application has this reference",
            Self::Partner => "no partner has this id",
            Self::Audit => "no audit has this id",
            Self::SampledPartner => "this partner is not in the audit's sample",
            Self::WebhookEndpoint => "no webhook endpoint has this id",
            Self::Account => "no staff account has this id",
        })
    }
}

/// Why the rules refuse: a stable code for programs and interfaces to match on, a sentence
/// in English, and the shortfalls when numbers are the cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub code: &'static str,
    pub message: &'static str,
    pub shortfalls: Vec<Shortfall>,
}

impl ServiceError {
    pub fn refused(code: &'static str, message: &'static str) -> Self {
        Self::Refused(Refusal { code, message, shortfalls: Vec::new() })
    }

    pub fn short(code: &'static str, message: &'static str, shortfalls: &[Shortfall]) -> Self {
        Self::Refused(Refusal { code, message, shortfalls: shortfalls.to_vec() })
    }

    pub fn invalid_field(field: &str, code: &'static str, message: impl Into<String>) -> Self {
        Self::InvalidField(FieldError::new(field, code, message))
    }

    /// Logs an internal error's cause once, where a transport answers it; other errors are
    /// the caller's and are logged by the request log with their status.
    pub fn log_if_internal(&self) {
        if let Self::Internal { context, source } = self {
            tracing::error!(context, cause = %source, "internal error");
        }
    }
}

impl From<FieldErrors> for ServiceError {
    fn from(errors: FieldErrors) -> Self {
        Self::Invalid(errors.0)
    }
}

impl From<sqlx::Error> for ServiceError {
    fn from(source: sqlx::Error) -> Self {
        Self::Internal { context: "storage failed", source: Box::new(source) }
    }
}

/// `.context("reading the clock")` on any fallible internal step: its error becomes an
/// [`ServiceError::Internal`] that keeps it as the source.
pub trait Context<T> {
    fn context(self, context: &'static str) -> Result<T, ServiceError>;
}

impl<T, E: StdError + Send + Sync + 'static> Context<T> for Result<T, E> {
    fn context(self, context: &'static str) -> Result<T, ServiceError> {
        self.map_err(|source| ServiceError::Internal { context, source: Box::new(source) })
    }
}

/// An internal fault that is not an error value (an invariant that did not hold).
pub fn internal(context: &'static str, detail: impl Into<String>) -> ServiceError {
    #[derive(Debug, thiserror::Error)]
    #[error("{0}")]
    struct Detail(String);
    ServiceError::Internal { context, source: Box::new(Detail(detail.into())) }
}
