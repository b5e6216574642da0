//! What the reviewers' console sends and receives besides the records themselves.

use serde::{Deserialize, Serialize};

use super::{PartnerRow, QueueEntry, QueueTotals};
use crate::domain::EnterpriseLevel;
use crate::domain::partnership::{EngineerFinding, Standing};
use crate::staff::Role;

/// Who is signed in, as the console shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub email: String,
    pub role: Role,
}

/// The dashboard: the totals and chart, the newest applications, the partners' deadlines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub totals: QueueTotals,
    pub latest: Vec<QueueEntry>,
    pub partners: PartnerCounts,
}

/// Partners by what needs doing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerCounts {
    pub by_standing: Vec<(Standing, i64)>,
    pub trials_due: i64,
    pub trials_overdue: i64,
    pub renewals_due: i64,
}

/// One application after a change, for an open queue: its row if it matches the queue's
/// filter, how many match now, and the totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueUpdate {
    pub entry: Option<QueueEntry>,
    pub matching: i64,
    pub totals: QueueTotals,
}

/// One partner after a change, for an open register: its row if it matches the filter, and
/// the counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerUpdate {
    pub row: Option<PartnerRow>,
    pub counts: PartnerCounts,
}

/// A decision recorded: the application's new version, and the partner an approval made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionOutcome {
    pub version: i64,
    pub partner: Option<i64>,
}

/// What a reviewer does to a partner (the partner page's forms, as the console sends them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum PartnerActionRequest {
    Payment { amount: String, paid_on: String, reference: String },
    Level { level: EnterpriseLevel, reason: String },
    Renew,
    NonRenewal,
    Terminate { reason: String },
    RosterConfirm { update: i64 },
    RosterDecline { update: i64, reason: String },
}

/// What the certification body's records say of one sampled engineer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EngineerCheck {
    pub certificate_id: String,
    pub finding: EngineerFinding,
}

/// How many active partners an audit samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SampleRequest {
    Count(u32),
    Percent(u32),
}
