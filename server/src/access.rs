//! Who may call a route, where the route's handler is declared: `RequireRole<Admin>` as its
//! first argument refuses anyone else before any other extractor runs (so before the body is
//! read), and hands the handler the signed-in [`Principal`]. Server functions call the twin,
//! `app::server::require::<Admin>()`. `server/tests/api/access.rs` lists every route and
//! server function with the role it needs.
//!
//! The refusal is the route's transport's own answer to the one service error: JSON for the
//! API, a redirect for the forms, plain text for downloads and the live stream.

use std::marker::PhantomData;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

use app::server::{Principal, Required};

use crate::api::ApiError;
use crate::errors::ServiceError;
use crate::forms;

/// How a transport answers a caller who may not call it.
pub trait Refusals: Send + Sync + 'static {
    fn refuse(error: ServiceError, parts: &Parts) -> Response;
}

/// The JSON API: `ApiError` 401 or 403.
#[derive(Debug)]
pub struct Json;

/// Plain HTML forms: to the sign-in page and back, or back with the refusal.
#[derive(Debug)]
pub struct Form;

/// Downloads and the live stream: a plain-text 401 or 403.
#[derive(Debug)]
pub struct Plain;

impl Refusals for Json {
    fn refuse(error: ServiceError, _parts: &Parts) -> Response {
        ApiError::from(error).into_response()
    }
}

impl Refusals for Form {
    fn refuse(error: ServiceError, parts: &Parts) -> Response {
        forms::refused_caller(error, parts).into_response()
    }
}

impl Refusals for Plain {
    fn refuse(error: ServiceError, _parts: &Parts) -> Response {
        let api = ApiError::from(error);
        (api.status(), api.message().to_owned()).into_response()
    }
}

/// The signed-in staff member, if their role includes `R`'s; refused in transport `T`'s way.
#[derive(Debug)]
pub struct RequireRole<R, T = Json> {
    pub principal: Principal,
    marker: PhantomData<(R, T)>,
}

impl<R: Required, T: Refusals, S: Send + Sync> FromRequestParts<S> for RequireRole<R, T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let refused = match parts.extensions.get::<Principal>() {
            Some(principal) if principal.role.includes(R::ROLE) => {
                return Ok(Self { principal: principal.clone(), marker: PhantomData });
            }
            Some(principal) => {
                tracing::warn!(reviewer = principal.id, required = %R::ROLE, path = parts.uri.path(), "refused: role too low");
                ServiceError::Forbidden
            }
            None => {
                tracing::warn!(required = %R::ROLE, path = parts.uri.path(), "refused: not signed in");
                ServiceError::Unauthenticated
            }
        };
        Err(T::refuse(refused, parts))
    }
}
