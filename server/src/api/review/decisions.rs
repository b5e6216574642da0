use axum::extract::{Path, State};
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};

use app::domain::{Category, EnterpriseLevel};
use app::server::{Principal, Role};

use super::guard::require;
use crate::api::ApiError;
use crate::api::json_body::JsonBody;
use crate::api::openapi::{BodyRefused, StaffOnly};
use crate::review::{self, DecideError, Decision};
use crate::state::AppState;

/// `{"version": 3, "decision": "approve", "category": "enterprise", "enterprise_level": "trial"}`,
/// `{"version": 3, "decision": "reject", "reason": "…"}` or
/// `{"version": 3, "decision": "request_info", "message": "…"}`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"version": 1, "decision": "approve", "category": "community"}))]
pub struct DecisionRequest {
    /// The version the reviewer saw; a decision on an older one changes nothing (409).
    version: i64,
    decision: DecisionKind,
    /// Approvals: the category granted.
    #[serde(default)]
    category: Option<Category>,
    /// Enterprise approvals: the level granted.
    #[serde(default)]
    enterprise_level: Option<EnterpriseLevel>,
    /// Rejections: why, in words the applicant reads.
    #[serde(default)]
    reason: Option<String>,
    /// Requests for information: the question to the applicant.
    #[serde(default)]
    message: Option<String>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
enum DecisionKind {
    Approve,
    Reject,
    RequestInfo,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DecisionMade {
    reference: String,
    version: i64,
}

/// `POST /api/v1/review/applications/{reference}/decisions`: 200 with the new version; 409
/// when the version is stale (nothing changes); 422 when a required part is missing.
#[utoipa::path(
    post, path = "/review/applications/{reference}/decisions", operation_id = "decide_application", tag = "reviewers", security(("session" = [])),
    params(("reference" = String, Path, description = "The application's reference")),
    request_body = DecisionRequest,
    responses(
        (status = 200, description = "Decided; the application's new version", body = DecisionMade),
        BodyRefused,
        StaffOnly,
        (status = 404, description = "No application has this reference", body = ApiError),
        (status = 409, description = "The application changed since that version (`current_version`); nothing changed", body = ApiError),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Path(reference): Path<String>,
    body: Result<JsonBody<DecisionRequest>, ApiError>,
) -> Result<Json<DecisionMade>, ApiError> {
    // Who asks comes first: an anonymous caller learns nothing, not even about its body.
    let reviewer = require(principal, Role::Reviewer)?;
    let JsonBody(request) = body?;
    let decision = match request.decision {
        DecisionKind::Approve => Decision::Approve {
            category: request.category.ok_or_else(|| {
                ApiError::invalid_field("category".into(), "an approval names the category")
            })?,
            enterprise_level: request.enterprise_level,
        },
        DecisionKind::Reject => Decision::Reject { reason: request.reason.unwrap_or_default() },
        DecisionKind::RequestInfo => Decision::RequestInfo { message: request.message.unwrap_or_default() },
    };
    match review::decide(
        &state.db,
        &state.live,
        &state.clock,
        &reviewer,
        &reference,
        request.version,
        decision,
    )
    .await
    {
        Ok(version) => Ok(Json(DecisionMade { reference, version })),
        Err(DecideError::Invalid { field, message }) => {
            Err(ApiError::invalid_field(field.to_owned(), message))
        }
        Err(DecideError::NotFound) => Err(ApiError::no_such_application()),
        Err(DecideError::Stale { status, version }) => Err(ApiError::stale(&status, version)),
        Err(error @ (DecideError::Storage(_) | DecideError::Clock)) => Err(ApiError::internal(&error)),
    }
}
