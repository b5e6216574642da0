//! `POST /apply`: the wizard without JavaScript or WASM. Each button is a submit button,
//! so a step posts the whole form here; the answer is the wizard page rendered again with
//! what was typed, moved on by the same rules the WASM wizard follows (`app::wizard::leave`),
//! and a submission goes through the same service as the server function, then on to the
//! status page (303).

mod decode;

use std::sync::Arc;

use axum::Extension;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::config::LeptosOptions;

use app::api::{EngineerInput, Resubmission};
use app::domain::{current_policy, evaluate};
use app::serverfns::AppError;
use app::wizard::{Leaving, Posted, Step, leave};

use crate::state::AppState;
use crate::{applications, desk, guards, language};
use decode::{PostedForm, Pressed, decode};

/// What the wizard page is rendered with besides the app: the site's options and the
/// stylesheet's hashed address (the same shell as every page).
#[derive(Clone)]
pub struct PageShell {
    pub options: LeptosOptions,
    pub stylesheet: Arc<str>,
}

pub async fn post_step(
    State(state): State<AppState>,
    Extension(shell): Extension<PageShell>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    // The router's body limit has already refused anything larger.
    let Ok(bytes) = axum::body::to_bytes(body, guards::MAX_BODY_BYTES).await else {
        return (StatusCode::BAD_REQUEST, "the form could not be read").into_response();
    };
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&bytes).into_owned().collect();
    let PostedForm { mut draft, pressed, confirm_ineligible } = decode(&pairs);
    // The key that makes a repeated submission one application: made on the first post.
    if draft.request.submission_key.is_none() {
        let Some(key) = new_submission_key() else {
            tracing::error!("no randomness for a submission key");
            return (StatusCode::INTERNAL_SERVER_ERROR, "something went wrong on our side; please try again")
                .into_response();
        };
        draft.request.submission_key = Some(key);
    }
    let page = parts.uri.path_and_query().map_or("/apply", |p| p.as_str()).to_owned();
    let resubmission = resubmission_in(parts.uri.query(), &draft.answer);
    let mut posted = Posted { draft, failure: None };
    let here = posted.draft.step;
    match pressed {
        Pressed::StartOver => return Redirect::to(&page).into_response(),
        Pressed::Back => posted.draft.step = here.previous().unwrap_or(here),
        Pressed::Go(step) if step < here => posted.draft.step = step,
        Pressed::Go(_) => {}
        Pressed::AddEngineer => posted.draft.request.engineers.push(EngineerInput::default()),
        Pressed::RemoveEngineer(index) => {
            if index < posted.draft.request.engineers.len() {
                posted.draft.request.engineers.remove(index);
            }
        }
        Pressed::Next | Pressed::NextAnyway => {
            let errors = posted.draft.request.parse().err().map(|e| e.0).unwrap_or_default();
            match leave(&posted.draft, &errors, pressed == Pressed::NextAnyway) {
                Leaving::To(step) => posted.draft.step = step,
                Leaving::Confirm => posted.draft.confirming = true,
                Leaving::Fix | Leaving::Stay => posted.draft.show_errors = true,
            }
        }
        Pressed::Submit => {
            posted.draft.step = Step::Review;
            posted.draft.show_errors = true;
            let eligibility = posted.draft.request.eligibility().parse();
            let short = eligibility.is_ok_and(|parsed| {
                let evaluation = evaluate(&parsed, current_policy());
                evaluation.requested.is_some_and(|tier| !evaluation.results.get(tier).eligible)
            });
            // Short of the partnership asked for: the review step's warning asks first.
            if !short || confirm_ineligible {
                if let Some(address) = guards::client_address(&parts.extensions)
                    && let Err(wait) = state.rate_limits.submission(address)
                {
                    return guards::too_many(wait);
                }
                let request = posted.draft.for_submission();
                let language = language::preferred(&parts.headers);
                let sent = match &resubmission {
                    Some(Resubmission { reference, token, answer }) => {
                        applications::resubmit(
                            &state.db,
                            &state.live,
                            &state.clock,
                            reference,
                            token,
                            answer,
                            &request,
                        )
                        .await
                    }
                    None => applications::submit(
                        &state.db,
                        &state.tokens,
                        &state.live,
                        &state.clock,
                        &request,
                        language,
                    )
                    .await
                    .map(|submitted| submitted.created()),
                };
                match sent {
                    Ok(created) => return Redirect::to(&created.status_url).into_response(),
                    Err(error) => posted.failure = Some(AppError::from(error)),
                }
            }
        }
    }
    render(state, shell, parts, posted).await
}

/// The wizard page as `GET` renders it, with the posted wizard in its context.
async fn render(
    state: AppState,
    shell: PageShell,
    parts: axum::http::request::Parts,
    posted: Posted,
) -> Response {
    let PageShell { options, stylesheet } = shell;
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            desk::provide(&state);
            language::provide_reader_language();
            leptos::prelude::provide_context(posted.clone());
        },
        move || app::shell(options.clone(), stylesheet.clone()),
    );
    handler(Request::from_parts(parts, Body::empty())).await
}

/// `?resubmit=REF&token=…`: the application being sent again, with the applicant's answer.
fn resubmission_in(query: Option<&str>, answer: &str) -> Option<Resubmission> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query?.as_bytes()).into_owned().collect();
    let find = |name: &str| pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.clone());
    Some(Resubmission { reference: find("resubmit")?, token: find("token")?, answer: answer.to_owned() })
}

/// 128 random bits, as hex: as unguessable as the random UUID the WASM wizard makes.
fn new_submission_key() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(hex::encode(bytes))
}
