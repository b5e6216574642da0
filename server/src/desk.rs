//! The server's side of `app::server::ApplicationDesk`: what server functions may ask of storage.

use app::api::{ApplicationCreated, ApplicationRequest, ApplicationStatus};
use app::server::{ApplicationDesk, DeskFuture};
use app::serverfns::AppError;

use crate::applications::{self, SubmitError};
use crate::state::AppState;

impl ApplicationDesk for AppState {
    fn submit<'a>(&'a self, request: &'a ApplicationRequest) -> DeskFuture<'a, ApplicationCreated> {
        Box::pin(async move {
            match applications::submit(&self.db, &self.tokens, request).await {
                Ok(submitted) => Ok(submitted.created()),
                Err(SubmitError::Invalid(errors)) => Err(AppError::from(errors.0)),
                Err(error) => {
                    tracing::error!(%error, "submitting an application");
                    Err(AppError::Internal)
                }
            }
        })
    }

    fn status<'a>(&'a self, reference: &'a str, token: &'a str) -> DeskFuture<'a, Option<ApplicationStatus>> {
        Box::pin(async move {
            applications::status(&self.db, reference, token).await.map_err(|error| {
                tracing::error!(%error, "reading an application's status");
                AppError::Internal
            })
        })
    }
}
