use super::DeskFuture;
use crate::api::{ApplicationReview, QueueFilter, QueuePage};

/// The reviewers' applications: the queue and one application.
pub trait ReviewDesk: Send + Sync {
    /// One page of the reviewers' queue, with the dashboard's totals.
    fn queue<'a>(&'a self, filter: &'a QueueFilter) -> DeskFuture<'a, QueuePage>;

    /// Everything a reviewer needs to decide `reference`.
    fn review<'a>(&'a self, reference: &'a str) -> DeskFuture<'a, ApplicationReview>;
}
