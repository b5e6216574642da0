//! The reviewers' live stream (`GET /review/events`, Server-Sent Events): `resync` first and
//! whenever a listener may have missed something, then one `change` per event, whose data is
//! a [`LiveEvent`]. Events carry ids, never data: a listener fetches what changed.

use serde::{Deserialize, Serialize};

use crate::keyed::keyed;

keyed! {
    /// What changed.
    pub enum LiveKind {
        Submitted => "submitted",
        Resubmitted => "resubmitted",
        InfoRequested => "info_requested",
        Approved => "approved",
        Rejected => "rejected",
        Activated => "activated",
        LevelChanged => "level_changed",
        Renewed => "renewed",
        NotRenewed => "not_renewed",
        Terminated => "terminated",
        RosterUpdateSent => "roster_update_sent",
        RosterUpdated => "roster_updated",
        RosterDeclined => "roster_declined",
        /// `reference` is the audit's quarter (`2026-Q4`).
        AuditStarted => "audit_started",
        AuditChecked => "audit_checked",
    }
}

impl LiveKind {
    /// Whether the change is to an application (the queue and its page), as opposed to a
    /// partner or an audit.
    pub fn is_application(self) -> bool {
        matches!(
            self,
            Self::Submitted | Self::Resubmitted | Self::InfoRequested | Self::Approved | Self::Rejected
        )
    }
}

/// One `change` event. `reference` is the application's (a partner is named by the
/// reference of the application that made it), or the quarter for an audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveEvent {
    /// Increases on every event an instance sends.
    pub id: u64,
    pub kind: LiveKind,
    pub reference: String,
}
