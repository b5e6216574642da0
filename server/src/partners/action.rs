//! What reviewers and admins do to a partner, as the services take it, and who may do each.

use app::api::PartnerActionRequest;
use app::domain::EnterpriseLevel;
use app::staff::Role;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartnerAction {
    /// The service fee arrived: the partner becomes active and its term starts on the day
    /// it was paid (not later than today).
    RecordPayment {
        amount: String,
        paid_on: String,
        reference: String,
    },
    ChangeLevel {
        to: EnterpriseLevel,
        reason: String,
    },
    Renew,
    ConfirmNonRenewal,
    Terminate {
        reason: String,
    },
    /// Replace the roster with the partner's pending update (`update` names the one shown).
    ConfirmRoster {
        update: i64,
    },
    DeclineRoster {
        update: i64,
        reason: String,
    },
}

impl PartnerAction {
    /// Who may take it: ending a cooperation is for admins (SPEC: roles); the rest is for
    /// every reviewer.
    pub fn required_role(&self) -> Role {
        match self {
            Self::Terminate { .. } => Role::Admin,
            _ => Role::Reviewer,
        }
    }
}

/// The action the console sends.
impl From<&PartnerActionRequest> for PartnerAction {
    fn from(request: &PartnerActionRequest) -> Self {
        match request.clone() {
            PartnerActionRequest::Payment { amount, paid_on, reference } => {
                Self::RecordPayment { amount, paid_on, reference }
            }
            PartnerActionRequest::Level { level, reason } => Self::ChangeLevel { to: level, reason },
            PartnerActionRequest::Renew => Self::Renew,
            PartnerActionRequest::NonRenewal => Self::ConfirmNonRenewal,
            PartnerActionRequest::Terminate { reason } => Self::Terminate { reason },
            PartnerActionRequest::RosterConfirm { update } => Self::ConfirmRoster { update },
            PartnerActionRequest::RosterDecline { update, reason } => Self::DeclineRoster { update, reason },
        }
    }
}
