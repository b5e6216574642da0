//! The one error type of every server function, which the UI matches on.
//!
//! Policy: validation problems travel with their field paths and codes so forms can show
//! each beside its field; a refusal with its stable code, so the interface can say it in
//! the reader's language (the numbers behind a refusal are on the record itself, which the
//! interface shows); `Internal` never carries its cause (the server logs it). The server
//! makes these from its one service error, in one place.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

use crate::domain::FieldError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("{} field(s) are invalid", .0.len())]
    Validation(Vec<FieldProblem>),
    #[error("not found")]
    NotFound,
    #[error("something went wrong on our side; please try again")]
    Internal,
    /// Nobody is signed in (staff pages and functions).
    #[error("sign in as a reviewer first")]
    Unauthenticated,
    /// Signed in, but the role may not do this.
    #[error("your role may not do this")]
    Forbidden,
    /// The record changed since the caller saw it (it is at this version now); nothing changed.
    #[error("it changed since you opened it (now version {0})")]
    Stale(i64),
    /// The rules or the record's state forbid it now; the code says which rule (say,
    /// `not_awaiting_information` for a resubmission after the reviewers decided).
    #[error("refused: {0}")]
    Refused(String),
    /// The request did not reach the function or its answer did not come back (offline,
    /// server restarting): the caller may retry.
    #[error("could not reach the server: {0}")]
    Transport(String),
}

/// A [`FieldError`] as it crosses the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: String,
    pub code: String,
    pub message: String,
}

impl From<Vec<FieldError>> for AppError {
    fn from(errors: Vec<FieldError>) -> Self {
        Self::Validation(
            errors
                .into_iter()
                .map(|e| FieldProblem { field: e.field, code: e.code.to_owned(), message: e.message })
                .collect(),
        )
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(error: ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        answer_bad_input_with_400(&error);
        Self::Transport(error.to_string())
    }
}

/// On the server, this conversion runs when a request's arguments cannot be read: that is
/// the caller's mistake, so it answers 400 instead of the framework's 500 (which would read
/// as a fault of ours in every log and alert).
#[cfg(feature = "ssr")]
fn answer_bad_input_with_400(error: &ServerFnErrorErr) {
    let status = match error {
        ServerFnErrorErr::Args(_)
        | ServerFnErrorErr::MissingArg(_)
        | ServerFnErrorErr::Deserialization(_) => http::StatusCode::BAD_REQUEST,
        ServerFnErrorErr::UnsupportedRequestMethod(_) => http::StatusCode::METHOD_NOT_ALLOWED,
        _ => return,
    };
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}
