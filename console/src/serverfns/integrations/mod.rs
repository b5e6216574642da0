//! Webhooks and undelivered messages: admins only.

mod disable_webhook;
mod register_webhook;
mod review_integrations;

pub use disable_webhook::disable_webhook;
pub use register_webhook::register_webhook;
pub use review_integrations::review_integrations;
