//! What server functions need from the server binary, one port per area. The binary
//! implements each and provides it as Leptos context, so server functions reach storage
//! without `app` depending on SQL (the dependency points from `server` to `app`, never back).

mod access;
mod accounts;
mod applicants;
mod integrations;
mod partners;
mod review;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

pub use crate::staff::{Admin, Principal, Required, Reviewer, Role, current_principal};
pub use access::require;
pub use accounts::AccountDesk;
pub use applicants::ApplicantDesk;
pub use integrations::IntegrationDesk;
pub use partners::PartnerDesk;
pub use review::ReviewDesk;

use crate::serverfns::AppError;

/// The language the server chose for this request's reader, `en` or `zh` (the remembered
/// choice, else the browser's `Accept-Language` by weight). Pages are rendered in it, and the
/// applicant's messages are written in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderLanguage(pub &'static str);

/// A boxed future: trait objects cannot have `async fn` methods yet.
pub type DeskFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, AppError>> + Send + 'a>>;

/// The port `P` (`dyn ReviewDesk`, …) the server provided for this request.
pub fn desk<P: ?Sized + Send + Sync + 'static>() -> Result<Arc<P>, AppError> {
    leptos::prelude::use_context::<Arc<P>>().ok_or_else(|| {
        tracing::error!(port = std::any::type_name::<P>(), "a server function's port was not provided");
        AppError::Internal
    })
}
