use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::Deserialize;
use tower_sessions::Session;

use app::local_path::local_path_or;

use crate::accounts::MAX_PASSWORD_CHARS;
use crate::state::AppState;
use crate::{accounts, guards};

/// Longest email address (RFC 5321's path limit).
const MAX_EMAIL_CHARS: usize = 254;

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    /// Where to go after signing in: a path on this site only.
    #[serde(default)]
    next: String,
}

/// `POST /login`. A new session id is issued on success (no fixation); a failure says only
/// that the email or password was wrong, and is logged without either.
pub async fn sign_in(
    State(state): State<AppState>,
    client: Option<Extension<guards::ClientAddress>>,
    session: Session,
    Form(form): Form<LoginForm>,
) -> Response {
    let address = client.map(|Extension(guards::ClientAddress(address))| address);
    // No account has such an email or password: refused before it becomes a rate-limit key
    // or reaches the password hash.
    if form.email.chars().count() > MAX_EMAIL_CHARS || form.password.chars().count() > MAX_PASSWORD_CHARS {
        tracing::warn!("sign-in refused: over-long email or password");
        return Redirect::to(&login_again(local_path_or(Some(&form.next), "/review"), "failed"))
            .into_response();
    }
    if let Err(wait) = state.rate_limits.sign_in(address, &form.email) {
        tracing::warn!(network = ?address.map(guards::network_of), "sign-in refused: rate limit");
        return guards::too_many(wait);
    }
    attempt(&state, session, form).await.into_response()
}

async fn attempt(state: &AppState, session: Session, form: LoginForm) -> Redirect {
    let next = local_path_or(Some(&form.next), "/review").to_owned();
    match accounts::authenticate(&state.db, &form.email, form.password).await {
        Ok(Some(reviewer)) => {
            match super::second_factor::after_password(state, &session, reviewer, next.clone()).await {
                Ok(target) => Redirect::to(&target),
                Err(error) => {
                    error.log_if_internal();
                    Redirect::to(&login_again(&next, "unavailable"))
                }
            }
        }
        Ok(None) => {
            tracing::warn!("sign-in refused: wrong email or password");
            Redirect::to(&login_again(&next, "failed"))
        }
        Err(error) => {
            tracing::error!(%error, "sign-in could not be checked");
            Redirect::to(&login_again(&next, "unavailable"))
        }
    }
}

/// `POST /logout`: the session is deleted from the store, not only forgotten by the browser.
pub async fn sign_out(session: Session) -> Redirect {
    if let Err(error) = session.flush().await {
        tracing::error!(%error, "could not delete the session");
    }
    Redirect::to("/login?signed_out=1")
}

fn login_again(next: &str, reason: &str) -> String {
    let next = percent_encoding::utf8_percent_encode(next, percent_encoding::NON_ALPHANUMERIC);
    format!("/login?{reason}=1&next={next}")
}
