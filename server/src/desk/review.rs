use app::api::{
    ApplicationReview, ApplicationVersion, Dashboard, DecisionOutcome, DecisionRequest, QueueFilter,
    QueuePage, QueueUpdate, VersionChange,
};
use app::server::{DeskFuture, Principal, ReviewDesk};

use crate::review::{self, Decision};
use crate::state::AppState;

impl ReviewDesk for AppState {
    fn dashboard(&self) -> DeskFuture<'_, Dashboard> {
        Box::pin(async move { Ok(review::dashboard(&self.db, &self.clock).await?) })
    }

    fn queue<'a>(&'a self, filter: &'a QueueFilter) -> DeskFuture<'a, QueuePage> {
        Box::pin(async move {
            Ok(review::queue_page(&self.db, &self.clock, filter, QueueFilter::PAGE_SIZE).await?)
        })
    }

    fn queue_update<'a>(
        &'a self,
        filter: &'a QueueFilter,
        reference: &'a str,
    ) -> DeskFuture<'a, QueueUpdate> {
        Box::pin(async move { Ok(review::queue_update(&self.db, &self.clock, filter, reference).await?) })
    }

    fn review<'a>(&'a self, reference: &'a str) -> DeskFuture<'a, ApplicationReview> {
        Box::pin(async move { Ok(review::application_review(&self.db, reference).await?) })
    }

    fn versions<'a>(&'a self, reference: &'a str) -> DeskFuture<'a, Vec<ApplicationVersion>> {
        Box::pin(async move { Ok(review::versions(&self.db, reference).await?) })
    }

    fn compare_versions<'a>(
        &'a self,
        reference: &'a str,
        from: i64,
        to: i64,
    ) -> DeskFuture<'a, Vec<VersionChange>> {
        Box::pin(async move { Ok(review::compare(&self.db, reference, from, to).await?) })
    }

    fn decide<'a>(
        &'a self,
        reviewer: &'a Principal,
        reference: &'a str,
        request: &'a DecisionRequest,
    ) -> DeskFuture<'a, DecisionOutcome> {
        Box::pin(async move {
            let decision = Decision::try_from(request)?;
            Ok(review::decide(
                &self.db,
                &self.live,
                &self.clock,
                reviewer,
                reference,
                request.version,
                decision,
            )
            .await?)
        })
    }
}
