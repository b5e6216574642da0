//! What server functions need from the server binary. The binary implements [`ApplicationDesk`]
//! and provides it as context, so server functions reach storage without `app` depending on
//! SQL (the dependency points from `server` to `app`, never back).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::api::ApplicationStatus;

/// A boxed future: trait objects cannot have `async fn` methods yet.
pub type DeskFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, DeskError>> + Send + 'a>>;

/// A failure behind the desk; its cause is logged by the implementation, not shown.
#[derive(Debug, Clone, thiserror::Error)]
#[error("the application store failed")]
pub struct DeskError;

pub trait ApplicationDesk: Send + Sync {
    /// The status of `reference` if `token` is its status token, else `None`.
    fn status<'a>(&'a self, reference: &'a str, token: &'a str) -> DeskFuture<'a, Option<ApplicationStatus>>;
}

/// How the desk travels through Leptos context.
pub type SharedDesk = Arc<dyn ApplicationDesk>;
