use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware;
use axum::routing::get;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};
use tower_http::trace::TraceLayer;

use app::{App, shell};

use crate::asset_cache::{self, HashedAssets};
use crate::page_cache::{self, PageCache};
use crate::state::AppState;
use crate::{api, console_bundle, console_pages, desk, guards, language, request_log, routes, sessions};

/// The Leptos apps' routes, found once per process. Finding them runs each app with resource
/// loading switched off for the whole process (leptos#4773), so a page another server in the
/// same process renders meanwhile would wait for its data forever: tests start servers while
/// others serve.
fn route_lists() -> (Vec<AxumRouteListing>, Vec<AxumRouteListing>) {
    static LISTS: OnceLock<(Vec<AxumRouteListing>, Vec<AxumRouteListing>)> = OnceLock::new();
    LISTS.get_or_init(|| (generate_route_list(App), generate_route_list(console::ConsoleApp))).clone()
}

/// Every route of the site: pages, static assets, the JSON API.
pub fn build(state: AppState, stored_pages: Arc<PageCache>) -> anyhow::Result<Router> {
    let (routes, console_routes) = route_lists();
    let options = state.leptos_options.clone();
    let desks = state.clone();
    let session_layer = sessions::session_layer(state.sessions.clone(), state.secure_cookies);
    let console_bundle = console_bundle::load(&options);
    let hashed_assets = HashedAssets::load(&state.leptos_options).with_console(console_bundle.as_ref());
    let stylesheet: Arc<str> = hashed_assets.stylesheet(&options).into();
    let console_page = console_pages::handler(&state, stylesheet.clone(), console_bundle);
    let wizard_shell =
        crate::apply_form::PageShell { options: options.clone(), stylesheet: stylesheet.clone() };
    let page_shell = move |options| shell(options, stylesheet.clone());
    let page_shell_for_errors = page_shell.clone();
    let site = routes::site_routes()
        .into_iter()
        .fold(Router::new(), |router, route| router.route(route.path, route.handler))
        .leptos_routes_with_handler(console_routes, get(console_page))
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                desk::provide(&desks);
                language::provide_reader_language();
                // leptos_axum gives every page a fresh script nonce; a page the cache will
                // keep gets the one the cache chose, to put a fresh one in its place later.
                page_cache::provide_planned_nonce();
            },
            move || page_shell(options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(
            language::provide_reader_language,
            page_shell_for_errors,
        ))
        // Forms and server functions; the JSON API has its own smaller limit and JSON 413.
        // Both: a body announced too large is refused before it is read, a streamed one is
        // cut off at the limit, so a huge body never fills memory.
        .layer(axum::Extension(wizard_shell))
        .layer(DefaultBodyLimit::max(guards::MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(guards::MAX_BODY_BYTES));
    let router = Router::new()
        // For load balancers, and the benchmarks' baseline: the least a request can cost here.
        .route("/healthz", get(|| async { "ok" }))
        .nest(api::PREFIX, api::routes()?)
        .merge(site)
        // Sessions load before the principal is resolved from them (outer layers run first).
        .layer(middleware::from_fn_with_state(state.clone(), sessions::resolve_principal))
        .layer(session_layer)
        .layer(middleware::from_fn_with_state(state.rate_limits.clone(), guards::limit_submissions))
        .layer(middleware::from_fn_with_state(state.trusted_proxies.clone(), guards::resolve_client_address))
        .layer(middleware::from_fn(guards::refuse_nul))
        .layer(middleware::from_fn(guards::server_fn_status))
        .layer(middleware::from_fn(guards::refuse_cross_site))
        .layer(CatchPanicLayer::custom(guards::panic_response))
        // A body that stalls, and a request whose answer does not start, within the limits
        // are answered 408. A live stream's answer starts at once: its stream is not cut.
        .layer(RequestBodyTimeoutLayer::new(guards::BODY_IDLE_TIMEOUT))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, guards::REQUEST_TIMEOUT))
        // Outside the sessions: a stored page is served without loading any (a request
        // carrying a session cookie is always rendered).
        .layer(middleware::from_fn_with_state(stored_pages, page_cache::serve_stored_pages))
        .layer(middleware::from_fn_with_state(state.secure_cookies, guards::security_headers))
        .layer(middleware::from_fn_with_state(hashed_assets, asset_cache::cache_static_files))
        // Pages and JSON compressed on the fly (brotli or gzip, as the client accepts); the
        // bundle is served precompressed at build time, and live streams are left as they are.
        .layer(CompressionLayer::new())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_log::span)
                .on_request(())
                .on_response(request_log::answered)
                .on_failure(()),
        )
        .with_state(state);
    Ok(router)
}
