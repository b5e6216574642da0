//! `POST /account/password`: the form of the one-time set-password link. Answers with a
//! redirect: to sign in once the password is set, or back to the form with what is wrong.

use axum::Form;
use axum::extract::State;
use axum::response::Redirect;
use serde::Deserialize;

use crate::accounts::{self, MAX_PASSWORD_CHARS};
use crate::errors::ServiceError;
use crate::forms;
use crate::state::AppState;

#[derive(Debug, Deserialize)]
pub struct PasswordLinkForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

pub async fn set_password(State(state): State<AppState>, Form(form): Form<PasswordLinkForm>) -> Redirect {
    // The token goes back into the address only as the hex it must be.
    let token: String = form.token.chars().filter(char::is_ascii_hexdigit).take(64).collect();
    let page = format!("/account/password?token={token}");
    let set = async {
        if form.password != form.confirm {
            return Err(ServiceError::invalid_field("confirm", "mismatch", "is not the same password"));
        }
        if form.password.chars().count() > MAX_PASSWORD_CHARS {
            return Err(ServiceError::invalid_field("password", "too_long", "is too long"));
        }
        let email = accounts::use_password_link(&state.db, &state.clock, &token, form.password).await?;
        tracing::info!(%email, "password set through a one-time link");
        Ok("/login?password_set=1".to_owned())
    };
    forms::redirect(&page, set.await)
}
