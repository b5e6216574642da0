//! The second step of a staff sign-in. After the password, the session holds a pending
//! sign-in (no rights yet) for ten minutes: an enrolled account enters a code
//! (`POST /login/code`); an account whose role requires a second factor and has none sets
//! one up first (`/login/enrol`, its QR code at `/login/enrol/qr.svg`), and is shown its
//! recovery codes once (`/login/recovery-codes`). Each step is rate-limited as the
//! password is, and a new session id is issued when the sign-in completes.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::resolve::complete_sign_in;
use crate::accounts::{Reviewer, two_factor};
use crate::errors::ServiceError;
use crate::guards;
use crate::state::AppState;
use app::staff::SecondFactorStep;

/// A pending sign-in lasts this long after the password was right.
const PENDING_SECONDS: i64 = 600;
const PENDING: &str = "second_factor_pending";
const RECOVERY_CODES: &str = "recovery_codes_to_show";
/// The longest code or recovery code read (spaces and dashes included).
const MAX_CODE_CHARS: usize = 40;

/// The password was right; the second step is not done yet.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pending {
    reviewer_id: i64,
    email: String,
    /// Unix seconds.
    started: i64,
    next: String,
    /// Set while the account sets up its authenticator app.
    enrol_secret: Option<String>,
}

/// The recovery codes of a fresh enrolment, until the staff member says they kept them.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct CodesToShow {
    codes: Vec<String>,
    next: String,
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// After a right password: signs `reviewer` in, or starts the second step their account
/// needs. Where the browser goes next.
pub(super) async fn after_password(
    state: &AppState,
    session: &Session,
    reviewer: Reviewer,
    next: String,
) -> Result<String, ServiceError> {
    let enrolled = crate::db::second_factor(&state.db, reviewer.id).await?.is_some();
    let enrol_secret = if enrolled {
        None
    } else if state.two_factor.required_for(reviewer.role) {
        Some(two_factor::new_secret()?)
    } else {
        complete_sign_in(session, reviewer.id, false).await.map_err(session_error)?;
        tracing::info!(reviewer = reviewer.id, "signed in");
        return Ok(next);
    };
    let target = if enrol_secret.is_some() { "/login/enrol" } else { "/login/code" };
    let pending =
        Pending { reviewer_id: reviewer.id, email: reviewer.email, started: unix_now(), next, enrol_secret };
    // Whoever was signed in on this browser before is not any more.
    session.cycle_id().await.map_err(session_error)?;
    session.remove::<super::resolve::SignedIn>(super::resolve::SIGNED_IN).await.map_err(session_error)?;
    session.insert(PENDING, pending).await.map_err(session_error)?;
    Ok(target.to_owned())
}

fn session_error(error: tower_sessions::session::Error) -> ServiceError {
    crate::errors::internal("storing the session", error.to_string())
}

async fn pending(session: &Session) -> Option<Pending> {
    let pending: Pending = session.get(PENDING).await.ok().flatten()?;
    (unix_now() - pending.started <= PENDING_SECONDS).then_some(pending)
}

/// The step the session is at, for the sign-in pages (see [`SecondFactorStep`]).
pub(super) async fn step_of(session: &Session) -> Option<SecondFactorStep> {
    if let Ok(Some(shown)) = session.get::<CodesToShow>(RECOVERY_CODES).await {
        return Some(SecondFactorStep::RecoveryCodes { codes: shown.codes });
    }
    let pending = pending(session).await?;
    Some(match pending.enrol_secret {
        Some(secret) => SecondFactorStep::Enrol { email: pending.email, secret },
        None => SecondFactorStep::Code { email: pending.email },
    })
}

/// The pending sign-in a code may be checked for, and the time to record; or the answer
/// when it is refused before any check (the step expired, the code is too long, too many
/// tries, no clock).
fn admitted(
    state: &AppState,
    client: Option<Extension<guards::ClientAddress>>,
    pending: Option<Pending>,
    code: &str,
    page: &str,
) -> Result<(Pending, String), Box<Response>> {
    let Some(pending) = pending else {
        return Err(Box::new(Redirect::to(page).into_response()));
    };
    if code.chars().count() > MAX_CODE_CHARS {
        return Err(Box::new(Redirect::to(&format!("{page}?failed=1")).into_response()));
    }
    let address = client.map(|Extension(guards::ClientAddress(address))| address);
    if let Err(wait) = state.rate_limits.sign_in(address, &format!("second step: {}", pending.email)) {
        tracing::warn!(reviewer = pending.reviewer_id, "second sign-in step refused: rate limit");
        return Err(Box::new(guards::too_many(wait)));
    }
    match state.clock.now_rfc3339() {
        Ok(now) => Ok((pending, now)),
        Err(error) => {
            Err(Box::new(unavailable(&crate::errors::internal("reading the clock", error.to_string()))))
        }
    }
}

fn unavailable(error: &ServiceError) -> Response {
    error.log_if_internal();
    Redirect::to("/login?unavailable=1").into_response()
}

/// `POST /login/code`: a code from the app, or a recovery code.
pub async fn submit_code(
    State(state): State<AppState>,
    client: Option<Extension<guards::ClientAddress>>,
    session: Session,
    Form(form): Form<CodeForm>,
) -> Response {
    let pending = pending(&session).await.filter(|p| p.enrol_secret.is_none());
    let (pending, now) = match admitted(&state, client, pending, &form.code, "/login/code") {
        Ok(admitted) => admitted,
        Err(refusal) => return *refusal,
    };
    let verified =
        two_factor::verify(&state.db, pending.reviewer_id, &pending.email, &form.code, unix_now(), &now)
            .await;
    match verified {
        Ok(true) => finish(&session, &pending, None).await,
        Ok(false) => {
            tracing::warn!(reviewer = pending.reviewer_id, "second sign-in step refused: wrong code");
            Redirect::to("/login/code?failed=1").into_response()
        }
        Err(error) => unavailable(&error),
    }
}

/// `POST /login/enrol`: the first code from the app confirms it holds the secret.
pub async fn submit_enrolment(
    State(state): State<AppState>,
    client: Option<Extension<guards::ClientAddress>>,
    session: Session,
    Form(form): Form<CodeForm>,
) -> Response {
    let pending = pending(&session).await.filter(|p| p.enrol_secret.is_some());
    let (pending, now) = match admitted(&state, client, pending, &form.code, "/login/enrol") {
        Ok(admitted) => admitted,
        Err(refusal) => return *refusal,
    };
    let Some(secret) = pending.enrol_secret.clone() else {
        return Redirect::to("/login/enrol").into_response();
    };
    let enrolled = two_factor::enrol(
        &state.db,
        pending.reviewer_id,
        &pending.email,
        &secret,
        &form.code,
        unix_now(),
        &now,
    )
    .await;
    match enrolled {
        Ok(Some(codes)) => finish(&session, &pending, Some(codes)).await,
        Ok(None) => Redirect::to("/login/enrol?failed=1").into_response(),
        Err(error) => unavailable(&error),
    }
}

/// Signs the pending account in (a new session id), with its fresh recovery codes to show.
async fn finish(session: &Session, pending: &Pending, codes: Option<Vec<String>>) -> Response {
    let stored = async {
        session.remove::<Pending>(PENDING).await?;
        complete_sign_in(session, pending.reviewer_id, true).await?;
        if let Some(codes) = codes {
            session.insert(RECOVERY_CODES, CodesToShow { codes, next: pending.next.clone() }).await?;
            return Ok("/login/recovery-codes".to_owned());
        }
        Ok::<_, tower_sessions::session::Error>(pending.next.clone())
    };
    match stored.await {
        Ok(target) => {
            tracing::info!(reviewer = pending.reviewer_id, "signed in with a second factor");
            Redirect::to(&target).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "could not store the session");
            Redirect::to("/login?unavailable=1").into_response()
        }
    }
}

/// `GET /login/enrol/qr.svg`: the QR code of the pending enrolment's secret.
pub async fn enrolment_qr(session: Session) -> Response {
    let Some(Pending { email, enrol_secret: Some(secret), .. }) = pending(&session).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match two_factor::qr_svg(&secret, &email) {
        Ok(svg) => ([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response(),
        Err(error) => {
            error.log_if_internal();
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `POST /login/recovery-codes`: they were kept; on to where the sign-in was going.
pub async fn recovery_codes_kept(session: Session) -> Redirect {
    match session.remove::<CodesToShow>(RECOVERY_CODES).await {
        Ok(Some(shown)) => Redirect::to(&shown.next),
        _ => Redirect::to("/review"),
    }
}
