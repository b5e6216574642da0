use time::Date;

use super::Term;

/// A partner's stored state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartnerStatus {
    /// Approved in a fee category; admitted once the service fee is paid (overview:
    /// "after passing the qualification review and paying the relevant service fees").
    AwaitingFee,
    Active,
    /// The term ended and the cooperation was not renewed.
    NotRenewed,
    /// Ended at once for a violation (overview: "the cooperation will be terminated immediately").
    Terminated,
}

impl PartnerStatus {
    pub const ALL: [PartnerStatus; 4] = [Self::AwaitingFee, Self::Active, Self::NotRenewed, Self::Terminated];

    pub fn key(self) -> &'static str {
        match self {
            Self::AwaitingFee => "awaiting_fee",
            Self::Active => "active",
            Self::NotRenewed => "not_renewed",
            Self::Terminated => "terminated",
        }
    }

    /// The inverse of `key`: `None` for anything else.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.key() == key)
    }

    /// Whether the cooperation is over (nothing more can be decided about it).
    pub fn ended(self) -> bool {
        matches!(self, Self::NotRenewed | Self::Terminated)
    }
}

/// What the register shows: the stored status, with an active partner near or past the end
/// of its term shown as due for renewal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standing {
    AwaitingFee,
    Active,
    RenewalDue,
    NotRenewed,
    Terminated,
}

impl Standing {
    pub const ALL: [Standing; 5] =
        [Self::AwaitingFee, Self::Active, Self::RenewalDue, Self::NotRenewed, Self::Terminated];

    pub fn key(self) -> &'static str {
        match self {
            Self::AwaitingFee => "awaiting_fee",
            Self::Active => "active",
            Self::RenewalDue => "renewal_due",
            Self::NotRenewed => "not_renewed",
            Self::Terminated => "terminated",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|standing| standing.key() == key)
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
