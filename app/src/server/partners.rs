use super::{DeskFuture, Principal};
use crate::api::{
    AuditFile, AuditsOverview, EngineerCheck, PartnerActionRequest, PartnerFile, PartnerFilter,
    PartnerRegister, PartnerUpdate, SampleRequest,
};

/// Partners after signing, and their quarterly audits.
pub trait PartnerDesk: Send + Sync {
    /// The partner register as `filter` narrows it, judged as of today.
    fn partners<'a>(&'a self, filter: &'a PartnerFilter) -> DeskFuture<'a, PartnerRegister>;

    /// The partner `reference`'s application made, as an open register with `filter` shows it.
    fn partner_update<'a>(
        &'a self,
        filter: &'a PartnerFilter,
        reference: &'a str,
    ) -> DeskFuture<'a, PartnerUpdate>;

    /// One partner with its roster, history, payments, audit checks and what may be done now.
    fn partner(&self, id: i64) -> DeskFuture<'_, PartnerFile>;

    /// Does `action` to partner `id` if `version` is still its version; its new version.
    fn act<'a>(
        &'a self,
        reviewer: &'a Principal,
        id: i64,
        version: i64,
        action: &'a PartnerActionRequest,
    ) -> DeskFuture<'a, i64>;

    /// Every quarterly audit, and what a new one would cover.
    fn audits(&self) -> DeskFuture<'_, AuditsOverview>;

    /// One audit with its seed, the list it drew from and its sample.
    fn audit(&self, id: i64) -> DeskFuture<'_, AuditFile>;

    /// Draws the audit of `quarter` (`2026-Q4`); its id.
    fn start_audit<'a>(
        &'a self,
        admin: &'a Principal,
        quarter: &'a str,
        size: SampleRequest,
    ) -> DeskFuture<'a, i64>;

    /// Records what was found of each of a sampled partner's engineers (admins).
    fn record_check<'a>(
        &'a self,
        admin: &'a Principal,
        audit: i64,
        partner: i64,
        found: &'a [EngineerCheck],
    ) -> DeskFuture<'a, ()>;
}
