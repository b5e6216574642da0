//! Partners after signing.

mod act_on_partner;
mod partner_change;
mod review_partner;
mod review_partners;

pub use act_on_partner::act_on_partner;
pub use partner_change::partner_change;
pub use review_partner::review_partner;
pub use review_partners::review_partners;
