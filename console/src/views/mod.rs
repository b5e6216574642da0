//! One module per view of the console.

mod accounts;
mod application;
mod audit;
mod audits;
mod dashboard;
mod integrations;
mod not_found;
mod partner;
mod partners;
mod password;
mod queue;
mod queue_table;

pub use accounts::AccountsView;
pub use application::ApplicationView;
pub use audit::AuditView;
pub use audits::AuditsView;
pub use dashboard::DashboardView;
pub use integrations::IntegrationsView;
pub use not_found::NotFoundView;
pub use partner::PartnerView;
pub use partners::PartnersView;
pub use password::PasswordView;
pub use queue::QueueView;
