//! The server's side of `app::server::ApplicationDesk`: what server functions may ask of storage.

use app::api::{
    ApplicationCreated, ApplicationRequest, ApplicationReview, ApplicationStatus, AuditFile, AuditsOverview,
    IntegrationsOverview, PartnerFile, PartnerFilter, PartnerRegister, QueueEntry, QueueFilter, QueuePage,
    Resubmission, RosterToEdit,
};
use app::server::{ApplicationDesk, DeskFuture};
use app::serverfns::{AppError, FieldProblem};

use crate::applications::{self, ResubmitError, SubmitError};
use crate::state::AppState;

impl ApplicationDesk for AppState {
    fn submit<'a>(&'a self, request: &'a ApplicationRequest) -> DeskFuture<'a, ApplicationCreated> {
        // The wizard's request: its messages go out in the language the page was read in.
        let language = leptos::prelude::use_context::<axum::http::request::Parts>()
            .map_or("en", |parts| crate::language::preferred(&parts.headers));
        Box::pin(async move {
            match applications::submit(&self.db, &self.tokens, &self.live, &self.clock, request, language)
                .await
            {
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
            applications::status(&self.db, self.clock.today(), reference, token).await.map_err(|error| {
                tracing::error!(%error, "reading an application's status");
                AppError::Internal
            })
        })
    }

    fn resubmit<'a>(
        &'a self,
        resubmission: &'a Resubmission,
        request: &'a ApplicationRequest,
    ) -> DeskFuture<'a, ApplicationCreated> {
        Box::pin(async move {
            let Resubmission { reference, token, answer } = resubmission;
            applications::resubmit(&self.db, &self.live, &self.clock, reference, token, answer, request)
                .await
                .map_err(|error| match error {
                    ResubmitError::NotFound => AppError::NotFound,
                    ResubmitError::NotAwaitingInformation => AppError::NotAllowedNow,
                    ResubmitError::AnswerRequired => answer_problem("required", "is required"),
                    ResubmitError::AnswerTooLong => answer_problem("too_long", "is too long"),
                    ResubmitError::Invalid(errors) => AppError::from(errors.0),
                    error @ (ResubmitError::Storage(_) | ResubmitError::Clock) => {
                        tracing::error!(%error, "resubmitting an application");
                        AppError::Internal
                    }
                })
        })
    }

    fn queue<'a>(&'a self, filter: &'a QueueFilter) -> DeskFuture<'a, QueuePage> {
        Box::pin(async move {
            let page = filter.page_number();
            let offset = filter.offset(QueueFilter::PAGE_SIZE);
            let (rows, matching) = crate::db::queue(&self.db, filter, QueueFilter::PAGE_SIZE, offset)
                .await
                .map_err(Self::internal("queue"))?;
            let (by_status, by_category) =
                crate::db::queue_totals(&self.db).await.map_err(Self::internal("totals"))?;
            let weeks = crate::review::weekly_submissions(&self.db, &self.clock)
                .await
                .map_err(Self::internal("chart"))?;
            Ok(QueuePage {
                rows: rows.into_iter().map(QueueEntry::from).collect(),
                matching,
                page,
                pages: ((matching + QueueFilter::PAGE_SIZE - 1) / QueueFilter::PAGE_SIZE).max(1),
                by_status,
                by_category,
                weeks,
            })
        })
    }

    fn review<'a>(&'a self, reference: &'a str) -> DeskFuture<'a, Option<ApplicationReview>> {
        Box::pin(async move {
            crate::review::application_review(&self.db, reference).await.map_err(Self::internal("review"))
        })
    }

    fn roster_to_edit<'a>(
        &'a self,
        reference: &'a str,
        token: &'a str,
    ) -> DeskFuture<'a, Option<RosterToEdit>> {
        Box::pin(async move {
            match crate::partners::roster_to_edit(&self.db, reference, token).await {
                Ok(found) => Ok(found.map(|(request, pending)| RosterToEdit { request, pending })),
                Err(error) => {
                    tracing::error!(%error, "reading a roster to update");
                    Err(AppError::Internal)
                }
            }
        })
    }

    fn partners<'a>(&'a self, filter: &'a PartnerFilter) -> DeskFuture<'a, PartnerRegister> {
        Box::pin(async move {
            crate::partners::register(&self.db, self.clock.today(), filter)
                .await
                .map_err(Self::internal("partners"))
        })
    }

    fn partner(&self, id: i64) -> DeskFuture<'_, Option<PartnerFile>> {
        Box::pin(async move {
            crate::partners::partner_file(&self.db, self.clock.today(), id)
                .await
                .map_err(Self::internal("partner"))
        })
    }

    fn audits(&self) -> DeskFuture<'_, AuditsOverview> {
        Box::pin(async move {
            crate::partners::overview(&self.db, self.clock.today()).await.map_err(Self::internal("audits"))
        })
    }

    fn audit(&self, id: i64) -> DeskFuture<'_, Option<AuditFile>> {
        Box::pin(async move {
            crate::partners::audit_file(&self.db, self.clock.today(), id)
                .await
                .map_err(Self::internal("audit"))
        })
    }

    fn integrations(&self) -> DeskFuture<'_, IntegrationsOverview> {
        Box::pin(
            async move { crate::notify::overview(&self.db).await.map_err(Self::internal("integrations")) },
        )
    }

    fn stored_request<'a>(
        &'a self,
        reference: &'a str,
        token: &'a str,
    ) -> DeskFuture<'a, Option<ApplicationRequest>> {
        Box::pin(async move {
            applications::stored_request(&self.db, reference, token).await.map_err(|error| {
                tracing::error!(%error, "reading an application to resubmit");
                AppError::Internal
            })
        })
    }
}

impl AppState {
    fn internal(what: &'static str) -> impl Fn(sqlx::Error) -> AppError {
        move |error| {
            tracing::error!(%error, what, "reviewers' desk");
            AppError::Internal
        }
    }
}

fn answer_problem(code: &str, message: &str) -> AppError {
    AppError::Validation(vec![FieldProblem {
        field: "answer".to_owned(),
        code: code.to_owned(),
        message: message.to_owned(),
    }])
}
