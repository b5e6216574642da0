use app::api::{
    AuditFile, AuditsOverview, EngineerCheck, PartnerActionRequest, PartnerFile, PartnerFilter,
    PartnerRegister, PartnerUpdate, SampleRequest,
};
use app::server::{DeskFuture, PartnerDesk, Principal};

use crate::partners::{self, PartnerAction};
use crate::state::AppState;

impl PartnerDesk for AppState {
    fn partners<'a>(&'a self, filter: &'a PartnerFilter) -> DeskFuture<'a, PartnerRegister> {
        Box::pin(async move { Ok(partners::register(&self.db, self.clock.today(), filter).await?) })
    }

    fn partner_update<'a>(
        &'a self,
        filter: &'a PartnerFilter,
        reference: &'a str,
    ) -> DeskFuture<'a, PartnerUpdate> {
        Box::pin(async move {
            Ok(partners::partner_update(&self.db, self.clock.today(), filter, reference).await?)
        })
    }

    fn partner(&self, id: i64) -> DeskFuture<'_, PartnerFile> {
        Box::pin(async move { Ok(partners::partner_file(&self.db, self.clock.today(), id).await?) })
    }

    fn act<'a>(
        &'a self,
        reviewer: &'a Principal,
        id: i64,
        version: i64,
        action: &'a PartnerActionRequest,
    ) -> DeskFuture<'a, i64> {
        Box::pin(async move {
            Ok(partners::act(
                &self.db,
                &self.live,
                &self.clock,
                reviewer,
                id,
                version,
                PartnerAction::from(action),
            )
            .await?)
        })
    }

    fn audits(&self) -> DeskFuture<'_, AuditsOverview> {
        Box::pin(async move { Ok(partners::overview(&self.db, self.clock.today()).await?) })
    }

    fn audit(&self, id: i64) -> DeskFuture<'_, AuditFile> {
        Box::pin(async move { Ok(partners::audit_file(&self.db, self.clock.today(), id).await?) })
    }

    fn start_audit<'a>(
        &'a self,
        admin: &'a Principal,
        quarter: &'a str,
        size: SampleRequest,
    ) -> DeskFuture<'a, i64> {
        Box::pin(async move {
            Ok(partners::start_audit(&self.db, &self.live, &self.clock, admin, quarter, size).await?)
        })
    }

    fn record_check<'a>(
        &'a self,
        admin: &'a Principal,
        audit: i64,
        partner: i64,
        found: &'a [EngineerCheck],
    ) -> DeskFuture<'a, ()> {
        Box::pin(async move {
            partners::record_check(&self.db, &self.live, &self.clock, admin, audit, partner, found).await?;
            Ok(())
        })
    }
}
