use super::{DeskFuture, Principal};
use crate::api::{
    ApplicationReview, Dashboard, DecisionOutcome, DecisionRequest, QueueFilter, QueuePage, QueueUpdate,
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

    /// Records `reviewer`'s decision on the version of `reference` it names.
    fn decide<'a>(
        &'a self,
        reviewer: &'a Principal,
        reference: &'a str,
        request: &'a DecisionRequest,
    ) -> DeskFuture<'a, DecisionOutcome>;
}
