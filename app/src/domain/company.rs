use serde::{Deserialize, Serialize};

use super::FieldError;
use super::text::{Lines, bounded_text};

/// The applicant company, every field parsed: trimmed, bounded, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyDetails {
    pub legal_name: String,
    pub registration_number: String,
    pub country: String,
    pub website: String,
    pub contact_name: String,
    pub email: String,
    pub phone: String,
}

/// Longest each company field may be, in characters as typed.
#[derive(Debug, Clone, Copy)]
pub struct CompanyLimits {
    pub legal_name: usize,
    pub registration_number: usize,
    pub country: usize,
    pub website: usize,
    pub contact_name: usize,
    pub email: usize,
    pub phone: usize,
}

impl CompanyDetails {
    pub const MAX_CHARS: CompanyLimits = CompanyLimits {
        legal_name: 200,
        registration_number: 50,
        country: 100,
        website: 300,
        contact_name: 100,
        email: 254,
        phone: 40,
    };
}

/// A company field as typed: `None` when left blank.
pub type Typed<'a> = Option<&'a str>;

/// What the applicant typed for the company, before parsing.
#[derive(Debug, Clone, Copy, Default)]
pub struct CompanyFields<'a> {
    pub legal_name: Typed<'a>,
    pub registration_number: Typed<'a>,
    pub country: Typed<'a>,
    pub website: Typed<'a>,
    pub contact_name: Typed<'a>,
    pub email: Typed<'a>,
    pub phone: Typed<'a>,
}

impl CompanyFields<'_> {
    /// Parses every field, collecting every error (field names are the wire names).
    pub fn parse(self) -> Result<CompanyDetails, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut take =
            |result: Result<String, FieldError>| result.map_err(|e| errors.push(e)).unwrap_or_default();
        let max = CompanyDetails::MAX_CHARS;
        let legal_name = take(required("legal_name", self.legal_name, max.legal_name, Lines::One));
        let country = take(required("country", self.country, max.country, Lines::One));
        let registration_number = take(
            required("registration_number", self.registration_number, max.registration_number, Lines::One)
                .and_then(|raw| registration_number(&raw, &country)),
        );
        let website =
            take(required("website", self.website, max.website, Lines::One).and_then(|raw| website(&raw)));
        let contact_name = take(required("contact_name", self.contact_name, max.contact_name, Lines::One));
        let email = take(required("email", self.email, max.email, Lines::One).and_then(|raw| email(&raw)));
        let phone = take(required("phone", self.phone, max.phone, Lines::One).and_then(|raw| phone(&raw)));
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(CompanyDetails { legal_name, registration_number, country, website, contact_name, email, phone })
    }
}

fn required(field: &str, raw: Typed<'_>, max_chars: usize, lines: Lines) -> Result<String, FieldError> {
    bounded_text(field, raw.unwrap_or_default(), max_chars, lines)?
        .ok_or_else(|| FieldError::new(field, "required", "is required"))
}

/// Names under which applicants write China, where registration numbers are unified social
/// credit codes whose check character can be verified.
pub const CHINA_NAMES: [&str; 8] =
    ["cn", "chn", "china", "prc", "people's republic of china", "中国", "中国大陆", "中华人民共和国"];

/// Upper-cased, inner spaces removed; letters, digits and `-./` only. A Chinese company's
/// number must be a valid 18-character unified social credit code (GB 32100-2015).
fn registration_number(raw: &str, country: &str) -> Result<String, FieldError> {
    const FIELD: &str = "registration_number";
    let number: String = raw.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
    if number.chars().count() < 3
        || !number.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '/'))
    {
        return Err(FieldError::new(FIELD, "invalid_format", "must be 3 or more letters and digits"));
    }
    if CHINA_NAMES.iter().any(|name| name.eq_ignore_ascii_case(country))
        && !is_unified_social_credit_code(&number)
    {
        return Err(FieldError::new(
            FIELD,
            "invalid_credit_code",
            "is not a valid 18-character unified social credit code",
        ));
    }
    Ok(number)
}

/// GB 32100-2015: 17 characters from a 31-letter alphabet, then a check character.
fn is_unified_social_credit_code(code: &str) -> bool {
    const ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const WEIGHTS: [usize; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    let values: Option<Vec<usize>> = code.chars().map(|c| ALPHABET.find(c)).collect();
    let Some(values) = values.filter(|v| v.len() == 18) else {
        return false;
    };
    let sum: usize = values.iter().zip(WEIGHTS).map(|(v, w)| v * w).sum();
    (31 - sum % 31) % 31 == values[17]
}

/// An http(s) address with a host; a bare `example.com` gets `https://` in front.
fn website(raw: &str) -> Result<String, FieldError> {
    let address = if raw.contains("://") { raw.to_owned() } else { format!("https://{raw}") };
    let host = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default());
    let valid_host = |h: &str| {
        h.contains('.')
            && !h.starts_with('.')
            && !h.ends_with('.')
            // Beyond ASCII, any character of the Basic Multilingual Plane may be part of an
            // internationalised host name (例子.中国); checking Unicode letter classes would put
            // their tables in the WASM.
            && h.chars().all(|c| {
                (!c.is_ascii() && u32::from(c) <= 0xFFFF) || c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':')
            })
    };
    match host {
        Some(h) if valid_host(h) && !address.chars().any(char::is_whitespace) => Ok(address),
        _ => Err(FieldError::new(
            "website",
            "invalid_url",
            "must be a web address such as https://example.com",
        )),
    }
}

/// One `@`, a non-empty local part, a domain with a dot; no spaces.
fn email(raw: &str) -> Result<String, FieldError> {
    let valid = raw.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
    }) && !raw.chars().any(char::is_whitespace);
    if valid {
        Ok(raw.to_owned())
    } else {
        Err(FieldError::new("email", "invalid_email", "must be an email address such as name@example.com"))
    }
}

/// Digits with the usual separators (`+`, spaces, `-`, parentheses), 5 to 20 digits.
fn phone(raw: &str) -> Result<String, FieldError> {
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    let allowed = raw.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'));
    if allowed && (5..=20).contains(&digits) {
        Ok(raw.to_owned())
    } else {
        Err(FieldError::new("phone", "invalid_phone", "must be a phone number of 5 to 20 digits"))
    }
}

#[cfg(test)]
mod tests {
    use super::is_unified_social_credit_code;

    #[test]
    fn the_credit_code_check_character_is_verified() {
        // A published example of a valid code, and the same code with its check character changed.
        assert!(is_unified_social_credit_code("91350100M000100Y43"));
        assert!(!is_unified_social_credit_code("91350100M000100Y44"));
        assert!(!is_unified_social_credit_code("91350100M000100Y4"));
        assert!(!is_unified_social_credit_code("91350100M000100YI3"));
    }
}
