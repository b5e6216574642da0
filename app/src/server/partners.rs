use super::DeskFuture;
use crate::api::{AuditFile, AuditsOverview, PartnerFile, PartnerFilter, PartnerRegister};

/// Partners after signing, and their quarterly audits.
pub trait PartnerDesk: Send + Sync {
    /// The partner register as `filter` narrows it, judged as of today.
    fn partners<'a>(&'a self, filter: &'a PartnerFilter) -> DeskFuture<'a, PartnerRegister>;

    /// One partner with its roster, history, payments, audit checks and what may be done now.
    fn partner(&self, id: i64) -> DeskFuture<'_, PartnerFile>;

    /// Every quarterly audit, and what a new one would cover.
    fn audits(&self) -> DeskFuture<'_, AuditsOverview>;

    /// One audit with its seed, the list it drew from and its sample.
    fn audit(&self, id: i64) -> DeskFuture<'_, AuditFile>;
}
