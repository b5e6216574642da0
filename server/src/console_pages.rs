//! The reviewers' console's pages (`console::ConsoleApp`): rendered on the server for
//! signed-in staff, whole (`SsrMode::Async`: every view's data is in the first page, which
//! shows before the bundle arrives and without it). Anyone else is sent to sign in and back.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use axum::body::Body;
use axum::http::Request;
use axum::response::{IntoResponse, Redirect, Response};

use app::server::Principal;
use console::Bundle;

use crate::state::AppState;
use crate::{desk, forms, language};

type Page = Pin<Box<dyn Future<Output = Response> + Send>>;

pub fn handler(
    state: &AppState,
    stylesheet: Arc<str>,
    bundle: Option<Bundle>,
) -> impl Fn(Request<Body>) -> Page + Clone + Send + Sync + 'static {
    let desks = state.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            desk::provide(&desks);
            language::provide_reader_language();
        },
        move || console::shell(stylesheet.clone(), bundle.clone()),
    );
    move |request: Request<Body>| {
        let render = render.clone();
        Box::pin(async move {
            if request.extensions().get::<Principal>().is_none() {
                let page = request.uri().path_and_query().map_or("/review", |p| p.as_str()).to_owned();
                tracing::warn!(path = request.uri().path(), "console page refused: not signed in");
                return Redirect::to(&forms::sign_in_and_return_to(&page)).into_response();
            }
            render(request).await
        })
    }
}
