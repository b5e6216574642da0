//! What a reviewer sees of one application.

use serde::{Deserialize, Serialize};

use super::CompanyInput;
use crate::domain::{
    ApplicationState, Category, Certification, Declaration, EnterpriseLevel, HistoryKind, Shortfall, Tier,
    Track,
};

/// Everything a reviewer needs to decide one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationReview {
    pub reference: String,
    pub status: ApplicationState,
    pub version: i64,
    pub submitted_at: String,
    pub updated_at: String,
    /// The company as it was submitted (every field given).
    pub company: CompanyInput,
    pub category: Category,
    pub enterprise_level: Option<EnterpriseLevel>,
    pub brand_description: Option<String>,
    pub requested_tier: Tier,
    pub policy_version: i64,
    pub engineers: Vec<ReviewEngineer>,
    /// Other companies, applying or partners now, that gave the same registration number.
    #[serde(default)]
    pub shared_registration: Vec<super::SharedRegistrationLine>,
    /// Every declaration the category asks for, given or not.
    pub declarations: Vec<(Declaration, bool)>,
    /// The verdict stored at submission, under `policy_version`.
    pub verdict_then: Vec<TierLine>,
    /// The same application evaluated under the policy in force now.
    pub verdict_now: Vec<TierLine>,
    pub current_policy_version: i64,
    pub history: Vec<HistoryEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewEngineer {
    pub name: String,
    pub certificate_id: String,
    pub track: Track,
    pub certification: Option<Certification>,
    pub lecturer: bool,
    /// Who else claims the same certificate now (a red flag): the references of applications
    /// being decided and of current partners (roster or pending roster update).
    pub also_claimed_by: Vec<String>,
}

/// One tier's verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierLine {
    pub tier: Tier,
    pub eligible: bool,
    pub shortfalls: Vec<Shortfall>,
}

/// One entry of a history: who did what, when, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at: String,
    pub kind: HistoryKind,
    /// `applicant`, `partner`, or the staff member's email.
    pub actor: String,
    /// As written: a person's words (a reason, a question, an answer), or for the entries
    /// the system writes, an English summary of [`HistoryEntry::detail`].
    pub note: Option<String>,
    /// The submitted version the entry was made on (a decision: the one the reviewer saw;
    /// entries older than the versions have none).
    #[serde(default)]
    pub version: Option<i64>,
    /// What the system recorded, as values, for entries it writes (entries older than the
    /// field have none): the console words them in the reader's language.
    #[serde(default)]
    pub detail: Option<HistoryDetail>,
}

/// The values of an entry the system writes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "what", rename_all = "snake_case")]
pub enum HistoryDetail {
    /// An application approved as this partnership.
    Approved {
        category: Category,
        enterprise_level: Option<EnterpriseLevel>,
    },
    /// The service fee recorded (the partnership then starts).
    Paid {
        amount: String,
        paid_on: String,
        reference: String,
    },
    LevelChanged {
        from: Option<EnterpriseLevel>,
        to: EnterpriseLevel,
        reason: String,
    },
    /// A new term.
    Renewed {
        start: String,
        end: String,
    },
    /// A roster update confirmed: certificates added and removed.
    RosterChanged {
        added: Vec<String>,
        removed: Vec<String>,
    },
    /// A quarterly audit's check: the confirmed numbers, the false certificates, and the
    /// engineers no longer with the partner.
    Audited {
        quarter: String,
        counts: Vec<super::NumberLine>,
        unverified: Vec<String>,
        #[serde(default)]
        left: Vec<String>,
    },
}

impl HistoryDetail {
    /// As stored (`*_events.detail`).
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// What [`HistoryDetail::to_stored`] wrote; `None` for anything else.
    pub fn from_stored(stored: Option<&str>) -> Option<Self> {
        serde_json::from_str(stored?).ok()
    }
}
