use app::api::{ApplicationReview, QueueFilter, QueuePage};
use app::server::{DeskFuture, ReviewDesk};

use crate::review;
use crate::state::AppState;

impl ReviewDesk for AppState {
    fn queue<'a>(&'a self, filter: &'a QueueFilter) -> DeskFuture<'a, QueuePage> {
        Box::pin(async move {
            Ok(review::queue_page(&self.db, &self.clock, filter, QueueFilter::PAGE_SIZE).await?)
        })
    }

    fn review<'a>(&'a self, reference: &'a str) -> DeskFuture<'a, ApplicationReview> {
        Box::pin(async move { Ok(review::application_review(&self.db, reference).await?) })
    }
}
