//! Staff accounts: admins manage them; everyone changes their own password.

mod add_account;
mod change_own_password;
mod reset_password;
mod review_accounts;
mod set_account_disabled;

pub use add_account::add_account;
pub use change_own_password::change_own_password;
pub use reset_password::reset_password;
pub use review_accounts::review_accounts;
pub use set_account_disabled::set_account_disabled;
