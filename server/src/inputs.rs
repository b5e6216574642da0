//! What staff type into the services' free-text and amount fields, checked the same way by
//! every service: required, trimmed, not longer than its limit as typed.

use crate::errors::ServiceError;

/// Longest reason or message a reviewer may write.
pub const MAX_NOTE_CHARS: usize = 4000;

/// A required text of at most `max` characters as typed, trimmed.
pub fn required_text(field: &'static str, raw: &str, max: usize) -> Result<String, ServiceError> {
    if raw.chars().count() > max {
        return Err(ServiceError::invalid_field(field, "too_long", "is too long"));
    }
    let text = raw.trim();
    if text.is_empty() {
        return Err(ServiceError::invalid_field(field, "required", "is required"));
    }
    Ok(text.to_owned())
}

/// A reviewer's reason or message: required, at most [`MAX_NOTE_CHARS`] as typed.
pub fn required_note(field: &'static str, raw: &str) -> Result<String, ServiceError> {
    required_text(field, raw, MAX_NOTE_CHARS)
}

/// A positive amount with at most two decimals, as written on an invoice: `50000`, `50000.00`.
pub fn check_amount(raw: &str) -> Result<(), ServiceError> {
    let invalid =
        ServiceError::invalid_field("amount", "invalid_format", "is not an amount such as 50000.00");
    let amount = raw.trim();
    let (whole, cents) = amount.split_once('.').unwrap_or((amount, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 12 || cents.len() > 2 || !digits(whole) || !digits(cents) {
        return Err(invalid);
    }
    if whole.bytes().chain(cents.bytes()).all(|b| b == b'0') {
        return Err(ServiceError::invalid_field("amount", "not_positive", "must be more than zero"));
    }
    Ok(())
}
