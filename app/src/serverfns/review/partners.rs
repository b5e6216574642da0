use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::api::{
    AuditFile, AuditsOverview, IntegrationsOverview, PartnerFile, PartnerFilter, PartnerRegister,
};
use crate::serverfns::AppError;

/// The partner register as `filter` narrows it.
#[server(prefix = "/fn", endpoint = "review_partners", input = Json)]
pub async fn review_partners(filter: PartnerFilter) -> Result<PartnerRegister, AppError> {
    super::guard::require(crate::staff::Role::Reviewer)?;
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.partners(&filter).await
}

/// One partner, all a reviewer needs to act on it.
#[server(prefix = "/fn", endpoint = "review_partner")]
pub async fn review_partner(id: i64) -> Result<PartnerFile, AppError> {
    super::guard::require(crate::staff::Role::Reviewer)?;
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.partner(id).await?.ok_or(AppError::NotFound)
}

/// Every quarterly audit.
#[server(prefix = "/fn", endpoint = "review_audits")]
pub async fn review_audits() -> Result<AuditsOverview, AppError> {
    super::guard::require(crate::staff::Role::Reviewer)?;
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.audits().await
}

/// One quarterly audit with its sample.
#[server(prefix = "/fn", endpoint = "review_audit")]
pub async fn review_audit(id: i64) -> Result<AuditFile, AppError> {
    super::guard::require(crate::staff::Role::Reviewer)?;
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.audit(id).await?.ok_or(AppError::NotFound)
}

/// Webhook endpoints, their deliveries, and undelivered messages (admins only).
#[server(prefix = "/fn", endpoint = "review_integrations")]
pub async fn review_integrations() -> Result<IntegrationsOverview, AppError> {
    super::guard::require(crate::staff::Role::Admin)?;
    let desk = use_context::<crate::server::SharedDesk>().ok_or(AppError::Internal)?;
    desk.integrations().await
}
