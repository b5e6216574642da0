use time::Date;

use super::Term;
use crate::keyed::keyed;

keyed! {
    /// A partner's stored state.
    pub enum PartnerStatus {
        /// Approved in a fee category; admitted once the service fee is paid (overview:
        /// "after passing the qualification review and paying the relevant service fees").
        AwaitingFee => "awaiting_fee",
        Active => "active",
        /// The term ended and the cooperation was not renewed.
        NotRenewed => "not_renewed",
        /// Ended at once for a violation (overview: "the cooperation will be terminated immediately").
        Terminated => "terminated",
    }
}

impl PartnerStatus {
    /// Whether the cooperation is over (nothing more can be decided about it).
    pub fn ended(self) -> bool {
        matches!(self, Self::NotRenewed | Self::Terminated)
    }
}

keyed! {
    /// What the register shows: the stored status, with an active partner near or past the
    /// end of its term shown as due for renewal.
    pub enum Standing {
        AwaitingFee => "awaiting_fee",
        Active => "active",
        RenewalDue => "renewal_due",
        NotRenewed => "not_renewed",
        Terminated => "terminated",
    }
}

pub fn standing(status: PartnerStatus, term: Option<Term>, today: Date) -> Standing {
    match status {
        PartnerStatus::AwaitingFee => Standing::AwaitingFee,
        PartnerStatus::NotRenewed => Standing::NotRenewed,
        PartnerStatus::Terminated => Standing::Terminated,
        PartnerStatus::Active if term.is_some_and(|t| t.is_due(today)) => Standing::RenewalDue,
        PartnerStatus::Active => Standing::Active,
    }
}
