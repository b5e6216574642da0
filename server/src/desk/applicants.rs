use app::api::{ApplicationCreated, ApplicationRequest, ApplicationStatus, Resubmission, RosterToEdit};
use app::server::{ApplicantDesk, DeskFuture, ReaderLanguage};

use crate::state::AppState;
use crate::{applications, partners};

impl ApplicantDesk for AppState {
    fn submit<'a>(&'a self, request: &'a ApplicationRequest) -> DeskFuture<'a, ApplicationCreated> {
        // The wizard's request: its messages go out in the language the page was read in.
        let language = leptos::prelude::use_context::<ReaderLanguage>().map_or("en", |language| language.0);
        Box::pin(async move {
            let submitted =
                applications::submit(&self.db, &self.tokens, &self.live, &self.clock, request, language)
                    .await?;
            Ok(submitted.created())
        })
    }

    fn status<'a>(&'a self, reference: &'a str, token: &'a str) -> DeskFuture<'a, ApplicationStatus> {
        Box::pin(
            async move { Ok(applications::status(&self.db, self.clock.today(), reference, token).await?) },
        )
    }

    fn resubmit<'a>(
        &'a self,
        resubmission: &'a Resubmission,
        request: &'a ApplicationRequest,
    ) -> DeskFuture<'a, ApplicationCreated> {
        Box::pin(async move {
            let Resubmission { reference, token, answer } = resubmission;
            Ok(applications::resubmit(&self.db, &self.live, &self.clock, reference, token, answer, request)
                .await?)
        })
    }

    fn stored_request<'a>(
        &'a self,
        reference: &'a str,
        token: &'a str,
    ) -> DeskFuture<'a, ApplicationRequest> {
        Box::pin(async move { Ok(applications::stored_request(&self.db, reference, token).await?) })
    }

    fn roster_to_edit<'a>(&'a self, reference: &'a str, token: &'a str) -> DeskFuture<'a, RosterToEdit> {
        Box::pin(async move { Ok(partners::roster_to_edit(&self.db, reference, token).await?) })
    }
}
