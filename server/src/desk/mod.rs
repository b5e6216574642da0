//! The server's side of the ports server functions reach storage through
//! (`app::server::{ApplicantDesk, ReviewDesk, PartnerDesk, IntegrationDesk, AccountDesk}`), one per area,
//! each calling the same services as the JSON API and the forms.

mod accounts;
mod applicants;
mod error;
mod integrations;
mod partners;
mod review;

use std::sync::Arc;

use leptos::prelude::provide_context;

use app::server::{AccountDesk, ApplicantDesk, IntegrationDesk, PartnerDesk, ReviewDesk};

use crate::state::AppState;

/// Provides every port to the server functions and pages of one request.
pub fn provide(state: &AppState) {
    provide_context::<Arc<dyn ApplicantDesk>>(Arc::new(state.clone()));
    provide_context::<Arc<dyn ReviewDesk>>(Arc::new(state.clone()));
    provide_context::<Arc<dyn PartnerDesk>>(Arc::new(state.clone()));
    provide_context::<Arc<dyn IntegrationDesk>>(Arc::new(state.clone()));
    provide_context::<Arc<dyn AccountDesk>>(Arc::new(state.clone()));
}
