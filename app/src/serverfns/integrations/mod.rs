//! Integrations: admins only.

mod review_integrations;

pub use review_integrations::review_integrations;
