use crate::domain::FieldError;
use crate::i18n::{Locale, td_string};

/// What is wrong with a field, in `locale`; the engine's English message for a code this
/// table does not know yet, so a new rule is never shown as a blank.
pub fn error_text(locale: Locale, error: &FieldError) -> String {
    let known = match error.code {
        "required" => td_string!(locale, error_required),
        "too_long" => td_string!(locale, error_too_long),
        "invalid_characters" => td_string!(locale, error_invalid_characters),
        "invalid_email" => td_string!(locale, error_invalid_email),
        "invalid_url" => td_string!(locale, error_invalid_url),
        "invalid_phone" => td_string!(locale, error_invalid_phone),
        "invalid_format" => td_string!(locale, error_invalid_format),
        "invalid_credit_code" => td_string!(locale, error_invalid_credit_code),
        "duplicate" => td_string!(locale, error_duplicate),
        "not_applicable" => td_string!(locale, error_not_applicable),
        "too_many" => td_string!(locale, error_too_many),
        _ => return error.message.clone(),
    };
    known.to_owned()
}
