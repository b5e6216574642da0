//! Shared parsing of free text: trimmed, bounded, no control characters.

use super::FieldError;

/// Whether a text may span several lines (a description) or must be one line (a name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lines {
    One,
    Many,
}

/// Trims `raw`; an empty result means "not answered" (`None`). As typed, it must fit
/// `max_chars` (counted before trimming, as a browser's `maxlength` counts) and hold no
/// control characters (beyond line breaks and tabs where `Lines::Many`).
pub(crate) fn bounded_text(
    field: &str,
    raw: &str,
    max_chars: usize,
    lines: Lines,
) -> Result<Option<String>, FieldError> {
    if raw.chars().count() > max_chars {
        return Err(FieldError::new(field, "too_long", format!("must be at most {max_chars} characters")));
    }
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let allowed_control = |c: char| lines == Lines::Many && (c == '\n' || c == '\r' || c == '\t');
    if trimmed.chars().any(|c| c.is_control() && !allowed_control(c)) {
        return Err(FieldError::new(field, "invalid_characters", "contains control characters"));
    }
    Ok(Some(trimmed.to_owned()))
}
