//! The site's own routes besides the pages and the JSON API (forms, downloads, the live
//! stream), each declared with who may call it. The handler enforces it (`RequireRole` as
//! its first argument); `server/tests/api/access.rs` checks the two agree, for these, the
//! API's operations, the server functions and the pages.

use axum::http::Method;
use axum::routing::{MethodRouter, get, post};

use crate::state::AppState;
use crate::{apply_form, language, review, roster_form, sessions};

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone (applicants prove themselves with their status token where one is needed).
    Public,
    /// Signed-in staff.
    Reviewer,
    Admin,
}

pub struct SiteRoute {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
    pub(crate) handler: MethodRouter<AppState>,
}

fn route(method: Method, path: &'static str, access: Access, handler: MethodRouter<AppState>) -> SiteRoute {
    SiteRoute { method, path, access, handler }
}

pub fn site_routes() -> Vec<SiteRoute> {
    use Access::{Admin, Public, Reviewer};
    vec![
        route(Method::GET, "/lang/{locale}", Public, get(language::switch)),
        route(Method::POST, "/apply", Public, post(apply_form::post_step)),
        route(Method::POST, "/login", Public, post(sessions::sign_in)),
        route(Method::POST, "/login/code", Public, post(sessions::submit_code)),
        route(Method::POST, "/login/enrol", Public, post(sessions::submit_enrolment)),
        route(Method::GET, "/login/enrol/qr.svg", Public, get(sessions::enrolment_qr)),
        route(Method::POST, "/login/recovery-codes", Public, post(sessions::recovery_codes_kept)),
        route(Method::POST, "/logout", Public, post(sessions::sign_out)),
        route(Method::POST, "/account/password", Public, post(sessions::set_password)),
        route(Method::POST, "/status/{reference}/roster", Public, post(roster_form::submit_roster)),
        route(
            Method::POST,
            "/review/applications/{reference}/decide",
            Reviewer,
            post(review::submit_decision),
        ),
        route(Method::GET, "/review/export.csv", Reviewer, get(review::export_csv)),
        route(Method::GET, "/review/partners.csv", Reviewer, get(review::export_partners_csv)),
        route(Method::POST, "/review/partners/{id}/act", Reviewer, post(review::act_on_partner)),
        route(Method::POST, "/review/audits", Admin, post(review::start_audit)),
        route(
            Method::POST,
            "/review/audits/{audit}/checks/{partner}",
            Admin,
            post(review::record_audit_check),
        ),
        route(Method::GET, "/review/events", Reviewer, get(review::stream_events)),
        route(Method::POST, "/review/webhooks", Admin, post(review::register_webhook)),
        route(Method::POST, "/review/webhooks/{id}/disable", Admin, post(review::disable_webhook)),
    ]
}
