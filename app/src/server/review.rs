use super::{DeskFuture, Principal};
use crate::api::{
    ApplicationReview, ApplicationVersion, Dashboard, DecisionOutcome, DecisionRequest, QueueFilter,
    QueuePage, QueueUpdate, VersionChange,
};

/// The reviewers' applications: the dashboard, the queue, one application, decisions.
pub trait ReviewDesk: Send + Sync {
    /// The totals, the chart, the newest applications and the partners' deadlines.
    fn dashboard(&self) -> DeskFuture<'_, Dashboard>;

    /// One page of the reviewers' queue, with the dashboard's totals.
    fn queue<'a>(&'a self, filter: &'a QueueFilter) -> DeskFuture<'a, QueuePage>;

    /// `reference` as an open queue with `filter` shows it after a change.
    fn queue_update<'a>(&'a self, filter: &'a QueueFilter, reference: &'a str)
    -> DeskFuture<'a, QueueUpdate>;

    /// Everything a reviewer needs to decide `reference`.
    fn review<'a>(&'a self, reference: &'a str) -> DeskFuture<'a, ApplicationReview>;

    /// Every version the applicant submitted, oldest first.
    fn versions<'a>(&'a self, reference: &'a str) -> DeskFuture<'a, Vec<ApplicationVersion>>;

    /// What changed from version `from` to version `to`.
    fn compare_versions<'a>(
        &'a self,
        reference: &'a str,
        from: i64,
        to: i64,
    ) -> DeskFuture<'a, Vec<VersionChange>>;

    /// Records `reviewer`'s decision on the version of `reference` it names.
    fn decide<'a>(
        &'a self,
        reviewer: &'a Principal,
        reference: &'a str,
        request: &'a DecisionRequest,
    ) -> DeskFuture<'a, DecisionOutcome>;
}
