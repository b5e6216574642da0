use app::api::{OneTimeLink, StaffAccounts};
use app::server::{AccountDesk, DeskFuture, Principal, Role};

use crate::accounts;
use crate::state::AppState;

impl AccountDesk for AppState {
    fn accounts(&self) -> DeskFuture<'_, StaffAccounts> {
        Box::pin(async move { Ok(accounts::accounts(&self.db).await?) })
    }

    fn add_account<'a>(
        &'a self,
        admin: &'a Principal,
        email: &'a str,
        role: Role,
    ) -> DeskFuture<'a, OneTimeLink> {
        Box::pin(async move { Ok(accounts::add_account(&self.db, &self.clock, admin, email, role).await?) })
    }

    fn reset_password<'a>(&'a self, admin: &'a Principal, id: i64) -> DeskFuture<'a, OneTimeLink> {
        Box::pin(async move { Ok(accounts::reset_password(&self.db, &self.clock, admin, id).await?) })
    }

    fn set_disabled<'a>(&'a self, admin: &'a Principal, id: i64, disabled: bool) -> DeskFuture<'a, ()> {
        Box::pin(async move { Ok(accounts::set_disabled(&self.db, &self.clock, admin, id, disabled).await?) })
    }

    fn change_own_password<'a>(
        &'a self,
        staff: &'a Principal,
        current: String,
        new: String,
    ) -> DeskFuture<'a, ()> {
        Box::pin(async move {
            Ok(accounts::change_own_password(&self.db, &self.clock, staff, current, new).await?)
        })
    }
}
