use app::api::{AuditFile, AuditsOverview, PartnerFile, PartnerFilter, PartnerRegister};
use app::server::{DeskFuture, PartnerDesk};

use crate::partners;
use crate::state::AppState;

impl PartnerDesk for AppState {
    fn partners<'a>(&'a self, filter: &'a PartnerFilter) -> DeskFuture<'a, PartnerRegister> {
        Box::pin(async move { Ok(partners::register(&self.db, self.clock.today(), filter).await?) })
    }

    fn partner(&self, id: i64) -> DeskFuture<'_, PartnerFile> {
        Box::pin(async move { Ok(partners::partner_file(&self.db, self.clock.today(), id).await?) })
    }

    fn audits(&self) -> DeskFuture<'_, AuditsOverview> {
        Box::pin(async move { Ok(partners::overview(&self.db, self.clock.today()).await?) })
    }

    fn audit(&self, id: i64) -> DeskFuture<'_, AuditFile> {
        Box::pin(async move { Ok(partners::audit_file(&self.db, self.clock.today(), id).await?) })
    }
}
