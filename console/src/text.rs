//! The console's words for the domain's values, in the reader's language: never a raw key on
//! a page. The texts are `app`'s (`app/locales/`), shared with the applicants' pages.

use app::api::{Channel, Due, EventType, PartnerFlag, QueueFlag, QueueSort, SharedWith};
use app::domain::partnership::{EngineerFinding, Finding};
use app::domain::{
    ApplicationState, Category, Certification, EnterpriseLevel, HistoryKind, Requirement, Tier, Track,
};
use app::i18n::td_string;

use crate::context::Locale;

// The applicants' pages use the same words for these.
pub use app::phrases::{
    declaration_name as declaration, level_name as level, shortfall_text as shortfall,
    standing_name as standing, time_text as time,
};

pub fn status(locale: Locale, state: ApplicationState) -> &'static str {
    match state {
        ApplicationState::Submitted => td_string!(locale, console_status_submitted),
        ApplicationState::InfoRequested => td_string!(locale, console_status_info_requested),
        ApplicationState::Resubmitted => td_string!(locale, console_status_resubmitted),
        ApplicationState::Approved => td_string!(locale, console_status_approved),
        ApplicationState::Rejected => td_string!(locale, console_status_rejected),
    }
}

/// A category's short name, for tables and badges.
pub fn category(locale: Locale, category: Category) -> &'static str {
    match category {
        Category::Enterprise => td_string!(locale, console_category_enterprise),
        Category::Community => td_string!(locale, console_category_community),
        Category::Education => td_string!(locale, console_category_education),
        Category::Brand => td_string!(locale, console_category_brand),
    }
}

/// A tier's short name.
pub fn tier(locale: Locale, tier: Tier) -> &'static str {
    match tier {
        Tier::EnterpriseTrial => td_string!(locale, console_tier_enterprise_trial),
        Tier::Enterprise => td_string!(locale, console_category_enterprise),
        Tier::Community => td_string!(locale, console_category_community),
        Tier::Education => td_string!(locale, console_category_education),
        Tier::Brand => td_string!(locale, console_category_brand),
    }
}

/// A category with its level: `Enterprise · Trial`.
pub fn partnership(locale: Locale, category: Category, level: Option<EnterpriseLevel>) -> String {
    match level {
        Some(level) => format!("{} · {}", self::category(locale, category), self::level(locale, level)),
        None => self::category(locale, category).to_owned(),
    }
}

pub fn track(locale: Locale, track: Track) -> &'static str {
    match track {
        Track::Automation => td_string!(locale, track_automation),
        Track::Development => td_string!(locale, track_development),
    }
}

pub fn certification(locale: Locale, certification: Certification) -> &'static str {
    match certification {
        Certification::Service => td_string!(locale, certification_service),
        Certification::Usage => td_string!(locale, certification_usage),
    }
}

pub fn partner_flag(locale: Locale, flag: PartnerFlag) -> &'static str {
    match flag {
        PartnerFlag::SharedCertificate => td_string!(locale, console_flag_shared_certificate),
        PartnerFlag::SharedRegistration => td_string!(locale, console_flag_shared_registration),
        PartnerFlag::AuditDeception => td_string!(locale, console_flag_audit_deception),
        PartnerFlag::AuditShortfall => td_string!(locale, console_flag_audit_shortfall),
        PartnerFlag::Short => td_string!(locale, console_flag_short),
        PartnerFlag::NonRenewalProposed => td_string!(locale, console_flag_non_renewal_proposed),
    }
}

pub fn queue_flag(locale: Locale, flag: QueueFlag) -> &'static str {
    match flag {
        QueueFlag::Ineligible => td_string!(locale, console_flag_ineligible),
        QueueFlag::MissingDeclarations => td_string!(locale, console_flag_missing_declarations),
        QueueFlag::SharedCertificate => td_string!(locale, console_flag_shared_certificate),
        QueueFlag::SharedRegistration => td_string!(locale, console_flag_shared_registration),
    }
}

pub fn sort(locale: Locale, sort: QueueSort) -> &'static str {
    match sort {
        QueueSort::Newest => td_string!(locale, console_sort_newest),
        QueueSort::Oldest => td_string!(locale, console_sort_oldest),
        QueueSort::Company => td_string!(locale, console_sort_company),
    }
}

pub fn due(locale: Locale, due: Due) -> &'static str {
    match due {
        Due::TrialDue => td_string!(locale, partners_trials_due),
        Due::TrialOverdue => td_string!(locale, partners_trials_overdue),
        Due::RenewalDue => td_string!(locale, partners_renewals_due),
    }
}

pub fn history(locale: Locale, kind: HistoryKind) -> &'static str {
    match kind {
        HistoryKind::Submitted => td_string!(locale, event_submitted),
        HistoryKind::Resubmitted => td_string!(locale, event_resubmitted),
        HistoryKind::InfoRequested => td_string!(locale, event_info_requested),
        HistoryKind::Approved => td_string!(locale, event_approved),
        HistoryKind::Rejected => td_string!(locale, event_rejected),
        HistoryKind::AwaitingFee => td_string!(locale, console_history_awaiting_fee),
        HistoryKind::Active => td_string!(locale, console_history_active),
        HistoryKind::Activated => td_string!(locale, console_history_activated),
        HistoryKind::LevelChanged => td_string!(locale, console_history_level_changed),
        HistoryKind::Renewed => td_string!(locale, console_history_renewed),
        HistoryKind::NotRenewed => td_string!(locale, console_history_not_renewed),
        HistoryKind::Terminated => td_string!(locale, console_history_terminated),
        HistoryKind::RosterUpdateSent => td_string!(locale, console_history_roster_update_sent),
        HistoryKind::RosterUpdated => td_string!(locale, console_history_roster_updated),
        HistoryKind::RosterDeclined => td_string!(locale, console_history_roster_declined),
        HistoryKind::AuditPassed => td_string!(locale, console_history_audit_passed),
        HistoryKind::AuditShortfall => td_string!(locale, console_history_audit_shortfall),
        HistoryKind::AuditDeception => td_string!(locale, console_history_audit_deception),
    }
}

/// Who made an entry: the applicant, the partner (roster updates), or a reviewer by email.
pub fn actor(locale: Locale, actor: &str) -> String {
    match actor {
        "applicant" => td_string!(locale, console_actor_applicant).to_owned(),
        "partner" => td_string!(locale, console_actor_partner).to_owned(),
        email => email.to_owned(),
    }
}

pub fn finding(locale: Locale, finding: Finding) -> &'static str {
    match finding {
        Finding::Passed => td_string!(locale, console_finding_passed),
        Finding::Shortfall => td_string!(locale, console_finding_shortfall),
        Finding::Deception => td_string!(locale, console_finding_deception),
    }
}

pub fn shared_with(locale: Locale, other: SharedWith) -> &'static str {
    match other {
        SharedWith::Partner => td_string!(locale, console_shared_partner),
        SharedWith::RosterUpdate => td_string!(locale, console_shared_roster_update),
        SharedWith::Application => td_string!(locale, console_shared_application),
    }
}

pub fn channel(locale: Locale, channel: Channel) -> &'static str {
    match channel {
        Channel::Email => td_string!(locale, console_channel_email),
        Channel::Webhook => td_string!(locale, console_channel_webhook),
    }
}

pub fn event_type(locale: Locale, event: EventType) -> &'static str {
    match event {
        EventType::ApplicationSubmitted => td_string!(locale, event_submitted),
        EventType::ApplicationResubmitted => td_string!(locale, event_resubmitted),
        EventType::ApplicationDecided => td_string!(locale, console_event_decided),
        EventType::PartnerActivated => td_string!(locale, console_history_activated),
        EventType::PartnerRenewed => td_string!(locale, console_history_renewed),
        EventType::PartnerTerminated => td_string!(locale, console_history_terminated),
    }
}

/// An email's template (`submitted`, …) or a webhook's event type, as an undelivered
/// message names it.
pub fn template(locale: Locale, template: &str) -> String {
    if let Some(event) = EventType::from_key(template) {
        return event_type(locale, event).to_owned();
    }
    match ApplicationState::from_key(template) {
        Some(state) => status(locale, state).to_owned(),
        None => template.to_owned(),
    }
}

/// A requirement's name (a number's label).
pub fn requirement(locale: Locale, requirement: Requirement) -> String {
    match requirement {
        Requirement::AutomationEngineers(Certification::Service) => {
            td_string!(locale, console_requirement_service).to_owned()
        }
        Requirement::AutomationEngineers(Certification::Usage) => {
            td_string!(locale, console_requirement_usage).to_owned()
        }
        Requirement::DevelopmentEngineers => td_string!(locale, col_development).to_owned(),
        Requirement::Lecturers => td_string!(locale, col_lecturer).to_owned(),
        Requirement::Declaration(d) => declaration(locale, d).to_owned(),
        Requirement::BrandDescription => td_string!(locale, short_brand_description).to_owned(),
    }
}

/// What the system recorded in a history entry, in words: a line, and a person's words to
/// quote under it (a level change's reason).
pub fn history_detail(locale: Locale, detail: &app::api::HistoryDetail) -> (String, Option<String>) {
    use app::api::HistoryDetail as D;
    let list = |ids: &[String]| if ids.is_empty() { "—".to_owned() } else { ids.join(", ") };
    match detail {
        D::Approved { category, enterprise_level } => (
            format!(
                "{} {}",
                td_string!(locale, console_approved_as),
                partnership(locale, *category, *enterprise_level)
            ),
            None,
        ),
        D::Paid { amount, paid_on, reference } => {
            (format!("{amount} · {} · {reference}", date(locale, paid_on)), None)
        }
        D::LevelChanged { from, to, reason } => {
            let from = from.map_or("—", |l| level(locale, l));
            (format!("{from} → {}", level(locale, *to)), Some(reason.clone()))
        }
        D::Renewed { start, end } => (format!("{} – {}", date(locale, start), date(locale, end)), None),
        D::RosterChanged { added, removed } => (
            format!(
                "{}: {} · {}: {}",
                td_string!(locale, partner_roster_added),
                list(added),
                td_string!(locale, partner_roster_removed),
                list(removed)
            ),
            None,
        ),
        D::Audited { quarter, counts: numbers, unverified, left } => {
            let mut line = format!("{quarter} · {}", counts(locale, numbers));
            for (label, ids) in
                [(td_string!(locale, audit_not_verified), unverified), (td_string!(locale, audit_left), left)]
            {
                if !ids.is_empty() {
                    line.push_str(&format!(" · {label}: {}", ids.join(", ")));
                }
            }
            (line, None)
        }
    }
}

/// Numbers against their requirements: `O&M Development Engineers 0 / 1 · …`.
pub fn counts(locale: Locale, lines: &[app::api::NumberLine]) -> String {
    lines
        .iter()
        .map(|n| format!("{} {} / {}", requirement(locale, n.requirement), n.have, n.required))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What was found of one sampled engineer.
pub fn engineer_finding(locale: Locale, finding: EngineerFinding) -> &'static str {
    match finding {
        EngineerFinding::Confirmed => td_string!(locale, audit_engineer_confirmed),
        EngineerFinding::Left => td_string!(locale, audit_engineer_left),
        EngineerFinding::FalseCertificate => td_string!(locale, audit_engineer_false),
    }
}

/// Why the rules refused, by the refusal's code.
pub fn refusal(locale: Locale, code: &str) -> &'static str {
    match code {
        "not_awaiting_information" => td_string!(locale, console_refused_not_awaiting_information),
        "not_awaiting_fee" => td_string!(locale, console_refused_not_awaiting_fee),
        "not_enterprise" => td_string!(locale, console_refused_not_enterprise),
        "ended" => td_string!(locale, console_refused_ended),
        "level_unchanged" => td_string!(locale, console_refused_level_unchanged),
        "trial_short" => td_string!(locale, console_refused_trial_short),
        "not_active" => td_string!(locale, console_refused_not_active),
        "renewal_not_open" => td_string!(locale, partner_renew_closed),
        "still_trial" => td_string!(locale, console_refused_still_trial),
        "no_longer_qualifies" => td_string!(locale, console_refused_no_longer_qualifies),
        "non_renewal_not_proposed" => td_string!(locale, console_refused_non_renewal_not_proposed),
        "roster_update_not_pending" => td_string!(locale, console_refused_roster_update_not_pending),
        "audit_exists" => td_string!(locale, console_refused_audit_exists),
        "nobody_to_audit" => td_string!(locale, console_refused_nobody_to_audit),
        "already_checked" => td_string!(locale, console_refused_already_checked),
        "not_eligible" => td_string!(locale, console_refused_not_eligible),
        "own_account" => td_string!(locale, console_refused_own_account),
        "unchanged" => td_string!(locale, console_refused_unchanged),
        "forbidden" => td_string!(locale, review_forbidden),
        _ => td_string!(locale, console_refused_other),
    }
}

/// What is wrong with a field, by its code.
pub fn problem(locale: Locale, code: &str) -> &'static str {
    match code {
        "required" => td_string!(locale, error_required),
        "too_long" => td_string!(locale, error_too_long),
        "invalid_characters" => td_string!(locale, error_invalid_characters),
        "invalid_url" => td_string!(locale, error_invalid_url),
        "duplicate" => td_string!(locale, error_duplicate),
        "not_applicable" => td_string!(locale, error_not_applicable),
        "in_future" => td_string!(locale, console_error_in_future),
        "not_positive" => td_string!(locale, console_error_not_positive),
        "too_small" => td_string!(locale, console_error_too_small),
        "too_large" => td_string!(locale, console_error_too_large),
        _ => td_string!(locale, error_invalid_format),
    }
}

/// A stored date (`YYYY-MM-DD`) as people read it.
pub fn date(locale: Locale, stored: &str) -> String {
    app::phrases::date_text(locale, stored)
}
