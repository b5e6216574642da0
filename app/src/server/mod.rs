//! What server functions need from the server binary. The binary implements [`ApplicationDesk`]
//! and provides it as context, so server functions reach storage without `app` depending on
//! SQL (the dependency points from `server` to `app`, never back).

pub use crate::staff::{Principal, Role, current_principal};

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::api::{
    ApplicationCreated, ApplicationRequest, ApplicationReview, ApplicationStatus, AuditFile, AuditsOverview,
    IntegrationsOverview, PartnerFile, PartnerFilter, PartnerRegister, QueueFilter, QueuePage, Resubmission,
    RosterToEdit,
};
use crate::serverfns::AppError;

/// The language the server chose for this request's reader, `en` or `zh` (the remembered
/// choice, else the browser's `Accept-Language` by weight). Pages are rendered in it, and the
/// applicant's messages are written in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderLanguage(pub &'static str);

/// A boxed future: trait objects cannot have `async fn` methods yet.
pub type DeskFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, AppError>> + Send + 'a>>;

pub trait ApplicationDesk: Send + Sync {
    /// Validates, evaluates and stores `request` once per submission key.
    fn submit<'a>(&'a self, request: &'a ApplicationRequest) -> DeskFuture<'a, ApplicationCreated>;

    /// The status of `reference` if `token` is its status token, else `None`.
    fn status<'a>(&'a self, reference: &'a str, token: &'a str) -> DeskFuture<'a, Option<ApplicationStatus>>;

    /// Replaces an application awaiting information with the edited `request`, evaluated
    /// again, recording the applicant's answer.
    fn resubmit<'a>(
        &'a self,
        resubmission: &'a Resubmission,
        request: &'a ApplicationRequest,
    ) -> DeskFuture<'a, ApplicationCreated>;

    /// The stored application, to edit, if `token` is its status token and the reviewers
    /// are waiting for more information.
    fn stored_request<'a>(
        &'a self,
        reference: &'a str,
        token: &'a str,
    ) -> DeskFuture<'a, Option<ApplicationRequest>>;

    /// A partner's roster to update, if `token` is the status token of `reference`, an
    /// application that made a partner whose cooperation goes on.
    fn roster_to_edit<'a>(
        &'a self,
        reference: &'a str,
        token: &'a str,
    ) -> DeskFuture<'a, Option<RosterToEdit>>;

    /// One page of the reviewers' queue, with the dashboard's totals.
    fn queue<'a>(&'a self, filter: &'a QueueFilter) -> DeskFuture<'a, QueuePage>;

    /// Everything a reviewer needs to decide `reference`.
    fn review<'a>(&'a self, reference: &'a str) -> DeskFuture<'a, Option<ApplicationReview>>;

    /// The partner register as `filter` narrows it, judged as of today.
    fn partners<'a>(&'a self, filter: &'a PartnerFilter) -> DeskFuture<'a, PartnerRegister>;

    /// One partner with its roster, history, payments, audit checks and what may be done now.
    fn partner(&self, id: i64) -> DeskFuture<'_, Option<PartnerFile>>;

    /// Every quarterly audit, and what a new one would cover.
    fn audits(&self) -> DeskFuture<'_, AuditsOverview>;

    /// One audit with its seed, the list it drew from and its sample.
    fn audit(&self, id: i64) -> DeskFuture<'_, Option<AuditFile>>;

    /// Webhook endpoints with their newest deliveries, and what is not delivered yet.
    fn integrations(&self) -> DeskFuture<'_, IntegrationsOverview>;
}

/// How the desk travels through Leptos context.
pub type SharedDesk = Arc<dyn ApplicationDesk>;
