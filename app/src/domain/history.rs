use crate::keyed::keyed;

keyed! {
    /// What an entry of an application's or a partner's history records.
    pub enum HistoryKind {
        // An application's life.
        Submitted => "submitted",
        Resubmitted => "resubmitted",
        InfoRequested => "info_requested",
        Approved => "approved",
        Rejected => "rejected",
        // A partner's: admitted awaiting its fee, or active at once.
        AwaitingFee => "awaiting_fee",
        Active => "active",
        Activated => "activated",
        LevelChanged => "level_changed",
        Renewed => "renewed",
        NotRenewed => "not_renewed",
        Terminated => "terminated",
        RosterUpdateSent => "roster_update_sent",
        RosterUpdated => "roster_updated",
        RosterDeclined => "roster_declined",
        AuditPassed => "audit_passed",
        AuditShortfall => "audit_shortfall",
        AuditDeception => "audit_deception",
    }
}
