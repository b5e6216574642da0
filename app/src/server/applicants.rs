use super::DeskFuture;
use crate::api::{ApplicationCreated, ApplicationRequest, ApplicationStatus, Resubmission, RosterToEdit};

/// What applicants and partners do through their private status link.
pub trait ApplicantDesk: Send + Sync {
    /// Validates, evaluates and stores `request` once per submission key.
    fn submit<'a>(&'a self, request: &'a ApplicationRequest) -> DeskFuture<'a, ApplicationCreated>;

    /// The status of `reference` if `token` is its status token (else not found).
    fn status<'a>(&'a self, reference: &'a str, token: &'a str) -> DeskFuture<'a, ApplicationStatus>;

    /// Replaces an application awaiting information with the edited `request`, evaluated
    /// again, recording the applicant's answer.
    fn resubmit<'a>(
        &'a self,
        resubmission: &'a Resubmission,
        request: &'a ApplicationRequest,
    ) -> DeskFuture<'a, ApplicationCreated>;

    /// The stored application, to edit, if `token` is its status token and the reviewers
    /// are waiting for more information.
    fn stored_request<'a>(&'a self, reference: &'a str, token: &'a str)
    -> DeskFuture<'a, ApplicationRequest>;

    /// A partner's roster to update, if `token` is the status token of `reference`, an
    /// application that made a partner whose cooperation goes on.
    fn roster_to_edit<'a>(&'a self, reference: &'a str, token: &'a str) -> DeskFuture<'a, RosterToEdit>;
}
