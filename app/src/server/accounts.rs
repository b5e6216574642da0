use super::{DeskFuture, Principal, Role};
use crate::api::{OneTimeLink, StaffAccounts};

/// Staff accounts: what admins manage, and each staff member's own password.
pub trait AccountDesk: Send + Sync {
    /// Every account and the latest changes to them (admins).
    fn accounts(&self) -> DeskFuture<'_, StaffAccounts>;

    /// Adds an account; its one-time set-password link, shown once.
    fn add_account<'a>(
        &'a self,
        admin: &'a Principal,
        email: &'a str,
        role: Role,
    ) -> DeskFuture<'a, OneTimeLink>;

    /// A new one-time link for account `id` (earlier ones stop working).
    fn reset_password<'a>(&'a self, admin: &'a Principal, id: i64) -> DeskFuture<'a, OneTimeLink>;

    fn set_disabled<'a>(&'a self, admin: &'a Principal, id: i64, disabled: bool) -> DeskFuture<'a, ()>;

    /// The signed-in staff member's own password; their sessions end.
    fn change_own_password<'a>(
        &'a self,
        staff: &'a Principal,
        current: String,
        new: String,
    ) -> DeskFuture<'a, ()>;
}
