use axum::Json;

use app::api::PolicyDocument;
use app::domain::current_policy;

/// `GET /api/v1/policy`: the policy in force.
pub async fn show() -> Json<PolicyDocument> {
    Json(PolicyDocument::of(current_policy()))
}
