//! The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. It is put
//! together when the router is built, from each handler's `#[utoipa::path]` and the wire
//! types' `ToSchema` derives, so it describes the code that answers, not a copy of it.

mod rules;
mod shape;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::Value;

use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{Content, Ref, RefOr};
use utoipa::{IntoResponses, Modify, OpenApi};

use app::api::{QueueFlag, QueueSort};
use app::domain::{ApplicationState, Category};

use super::ApiError;
use crate::sessions::SESSION_COOKIE;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Partner Portal API",
        description = "Applications to the BlueKing partner programme: the policy in force, live \
            eligibility checks, submissions and their status, and the reviewers' queue and decisions. \
            Field names and status codes are a stable contract: extended, never changed. Every error \
            answers an `ApiError` body."
    ),
    // Types the query parameters name (bodies bring their own schemas along).
    components(schemas(ApiError, ApplicationState, Category, QueueFlag, QueueSort)),
    modifiers(&SecuritySchemes),
    tags(
        (name = "applicants", description = "Public: the policy, eligibility, submitting and following an application"),
        (name = "reviewers", description = "Signed-in staff (the session cookie of the sign-in page)"),
        (name = "admins", description = "Signed-in admins: accounts, undelivered messages, webhooks"),
    )
)]
pub struct ApiDoc;

/// How callers prove who they are: staff by the session cookie the sign-in page sets,
/// applicants by the private token of their status link.
struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                SESSION_COOKIE,
                "The staff session; named `__Host-portal_session` where the site is served over HTTPS",
            ))),
        );
        components
            .add_security_scheme("status_token", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
    }
}

fn api_error(description: &str) -> RefOr<Response> {
    ResponseBuilder::new()
        .description(description)
        .content("application/json", Content::new(Some(Ref::from_schema_name("ApiError"))))
        .build()
        .into()
}

fn responses(list: &[(&str, &str)]) -> BTreeMap<String, RefOr<Response>> {
    list.iter().map(|(status, description)| ((*status).to_owned(), api_error(description))).collect()
}

/// The refusals of any operation that reads a JSON body.
pub struct BodyRefused;

impl IntoResponses for BodyRefused {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        responses(&[
            ("400", "The body is not JSON, could not be read, or holds a NUL character"),
            ("403", "Sent by a page of another site (a browser's cross-site request)"),
            ("408", "`body_timeout`: the body stopped arriving (nothing for 10 s)"),
            ("413", "The body is larger than the API reads (256 KiB)"),
            ("422", "A field has the wrong type or breaks a rule; `field` and `fields` name them"),
        ])
    }
}

/// The refusals of the staff-only operations.
pub struct StaffOnly;

impl IntoResponses for StaffOnly {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        responses(&[
            ("401", "Nobody is signed in (no valid session cookie)"),
            ("403", "The signed-in role may not do this (or a page of another site sent it)"),
        ])
    }
}

/// The description as served: utoipa's, with every rule it cannot derive stated.
static DESCRIPTION: OnceLock<Value> = OnceLock::new();

/// Completes utoipa's description with the rules and keeps it for [`array_in_place_of_object`].
pub fn describe(described: utoipa::openapi::OpenApi) -> anyhow::Result<&'static Value> {
    let mut doc = serde_json::to_value(&described)?;
    rules::state(&mut doc);
    // Every server in a process describes the same API (tests start several).
    Ok(DESCRIPTION.get_or_init(|| doc))
}

/// Where a body of the component `schema` has an array in place of an object.
pub fn array_in_place_of_object(schema: &str, body: &Value) -> Option<String> {
    let doc = DESCRIPTION.get()?;
    let reference = serde_json::json!({ "$ref": format!("#/components/schemas/{schema}") });
    shape::array_in_place_of_object(doc, &reference, body)
}
