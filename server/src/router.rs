use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::trace::TraceLayer;

use app::server::SharedDesk;
use app::{App, shell};

use crate::state::AppState;
use crate::{api, language};

/// Every route of the site: pages, static assets, the JSON API.
pub fn build(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let desk: SharedDesk = Arc::new(state.clone());
    Router::new()
        .nest("/api/v1", api::routes())
        .route("/lang/{locale}", get(language::switch))
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_context(desk.clone()),
            move || shell(options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
