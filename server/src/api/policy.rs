use axum::Json;

use app::api::PolicyDocument;
use app::domain::current_policy;

/// `GET /api/v1/policy`: the policy in force.
#[utoipa::path(
    get, path = "/policy", operation_id = "get_policy", tag = "applicants",
    responses((status = 200, description = "The policy new applications are judged by", body = PolicyDocument))
)]
pub async fn show() -> Json<PolicyDocument> {
    Json(PolicyDocument::of(current_policy()))
}
