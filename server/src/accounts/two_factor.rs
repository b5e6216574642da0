//! Staff two-factor sign-in: TOTP codes (RFC 6238: HMAC-SHA1, six digits, 30-second steps,
//! what every authenticator app reads), each usable once, and one-time recovery codes.
//! Required for admins, and for reviewers too when `STAFF_2FA=required`.

use totp_rs::{Algorithm, Secret, TOTP};

use crate::applications::sha256_hex;
use crate::db::{self, Database};
use crate::errors::{Context, ServiceError, internal};
use app::server::Role;

/// The issuer authenticator apps show beside the account.
const ISSUER: &str = "BlueKing Partner Portal";
const DIGITS: usize = 6;
const STEP_SECONDS: u64 = 30;
/// Codes of the step before and after now are taken too: a phone's clock a little off, a
/// code typed as it changed.
const SKEW_STEPS: i64 = 1;
/// 160 bits, the key length RFC 4226 recommends.
const SECRET_BYTES: usize = 20;
const RECOVERY_CODES: usize = 10;
/// 24 characters of base32 each: 120 random bits, written `XXXX-XXXX-XXXX-XXXX-XXXX-XXXX`.
/// Above ASVS 5.0's 112 bits (6.5.2), so that a plain SHA-256 stores them safely.
const RECOVERY_CODE_CHARS: usize = 24;
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Who must use a second factor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TwoFactorPolicy {
    /// Reviewers as well as admins (`STAFF_2FA=required`).
    pub reviewers_too: bool,
}

impl TwoFactorPolicy {
    pub fn from_env() -> anyhow::Result<Self> {
        match std::env::var("STAFF_2FA").map(|v| v.trim().to_ascii_lowercase()) {
            Err(_) => Ok(Self::default()),
            Ok(value) if value.is_empty() || value == "admins" => Ok(Self::default()),
            Ok(value) if value == "required" => Ok(Self { reviewers_too: true }),
            Ok(other) => anyhow::bail!("STAFF_2FA is `{other}`: `admins` (the default) or `required`"),
        }
    }

    pub fn required_for(self, role: Role) -> bool {
        match role {
            Role::Admin => true,
            Role::Reviewer => self.reviewers_too,
        }
    }
}

/// A fresh secret, in base32.
pub fn new_secret() -> Result<String, ServiceError> {
    let mut bytes = [0u8; SECRET_BYTES];
    getrandom::fill(&mut bytes).context("drawing a two-factor secret")?;
    Ok(Secret::Raw(bytes.to_vec()).to_encoded().to_string())
}

fn totp(secret: &str, email: &str) -> Result<TOTP, ServiceError> {
    let bytes = Secret::Encoded(secret.to_owned())
        .to_bytes()
        .map_err(|error| internal("reading a two-factor secret", format!("{error:?}")))?;
    TOTP::new(Algorithm::SHA1, DIGITS, 0, STEP_SECONDS, bytes, Some(ISSUER.to_owned()), email.to_owned())
        .map_err(|error| internal("making a TOTP", error.to_string()))
}

/// The `otpauth://` address an authenticator app reads from the QR code.
pub fn otpauth_url(secret: &str, email: &str) -> Result<String, ServiceError> {
    Ok(totp(secret, email)?.get_url())
}

/// The QR code of [`otpauth_url`], drawn as SVG on the server.
pub fn qr_svg(secret: &str, email: &str) -> Result<String, ServiceError> {
    let code = qrcode::QrCode::new(otpauth_url(secret, email)?.as_bytes())
        .map_err(|error| internal("drawing the QR code", error.to_string()))?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(220, 220)
        .dark_color(qrcode::render::svg::Color("#111111"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}

/// The time step of `code` under `secret` within [`SKEW_STEPS`] of `unix_now`, if it is one.
fn matching_step(totp: &TOTP, code: &str, unix_now: i64) -> Option<i64> {
    let now_step = unix_now.div_euclid(STEP_SECONDS as i64);
    ((now_step - SKEW_STEPS)..=(now_step + SKEW_STEPS))
        .find(|step| u64::try_from(*step).is_ok_and(|step| totp.check(code, step * STEP_SECONDS)))
}

/// Only digits, spaces and dashes dropped: `123 456` and `abcde-12345` as typed.
fn normalised(code: &str) -> String {
    code.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>().to_ascii_uppercase()
}

fn is_totp_code(code: &str) -> bool {
    code.len() == DIGITS && code.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `code` (from the app, or a recovery code) confirms the account's second step.
/// A TOTP code works once: its step is recorded, and that step or an earlier one is refused
/// after. A recovery code is used up.
pub async fn verify(
    db: &Database,
    reviewer_id: i64,
    email: &str,
    code: &str,
    unix_now: i64,
    now: &str,
) -> Result<bool, ServiceError> {
    let code = normalised(code);
    if is_totp_code(&code) {
        let Some(record) = db::second_factor(db, reviewer_id).await? else { return Ok(false) };
        let Some(step) = matching_step(&totp(&record.totp_secret, email)?, &code, unix_now) else {
            return Ok(false);
        };
        return Ok(step > record.totp_last_step && db::take_totp_step(db, reviewer_id, step).await?);
    }
    if code.len() != RECOVERY_CODE_CHARS || !code.bytes().all(|b| BASE32.contains(&b)) {
        return Ok(false);
    }
    Ok(db::use_recovery_code(db, reviewer_id, email, &sha256_hex(&code), now).await?)
}

/// Enrols the account with `secret` once `code` shows the app has it; the recovery codes,
/// to be shown once. `None` when the code is wrong (nothing stored).
pub async fn enrol(
    db: &Database,
    reviewer_id: i64,
    email: &str,
    secret: &str,
    code: &str,
    unix_now: i64,
    now: &str,
) -> Result<Option<Vec<String>>, ServiceError> {
    let code = normalised(code);
    let Some(step) =
        is_totp_code(&code).then(|| matching_step(&totp(secret, email).ok()?, &code, unix_now)).flatten()
    else {
        return Ok(None);
    };
    let codes = recovery_codes()?;
    let hashes: Vec<String> = codes.iter().map(|c| sha256_hex(&normalised(c))).collect();
    let enrolment = db::Enrolment { reviewer_id, secret, step, recovery_code_hashes: &hashes, now, email };
    if db::enable_second_factor(db, &enrolment).await? {
        tracing::info!(reviewer = reviewer_id, "two-factor sign-in enrolled");
        Ok(Some(codes))
    } else {
        Err(ServiceError::refused("already_enrolled", "this account has a second factor already"))
    }
}

fn recovery_codes() -> Result<Vec<String>, ServiceError> {
    let mut random = [0u8; RECOVERY_CODES * RECOVERY_CODE_CHARS];
    getrandom::fill(&mut random).context("drawing recovery codes")?;
    Ok(random
        .chunks(RECOVERY_CODE_CHARS)
        .map(|chunk| {
            // 256 is a multiple of 32: every character equally likely.
            let text: Vec<char> = chunk.iter().map(|b| char::from(BASE32[usize::from(b % 32)])).collect();
            text.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join("-")
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use totp_rs::{Algorithm, TOTP};

    use super::{is_totp_code, matching_step, normalised, recovery_codes};

    /// RFC 6238, appendix B: the seeds and the eight-digit codes at each test time.
    #[test]
    fn the_rfc_6238_test_vectors() {
        let sha1 = b"12345678901234567890".to_vec();
        let sha256 = b"12345678901234567890123456789012".to_vec();
        let sha512 = b"1234567890123456789012345678901234567890123456789012345678901234".to_vec();
        let vectors: [(u64, &str, &str, &str); 6] = [
            (59, "94287082", "46119246", "90693936"),
            (1_111_111_109, "07081804", "68084774", "25091201"),
            (1_111_111_111, "14050471", "67062674", "99943326"),
            (1_234_567_890, "89005924", "91819424", "93441116"),
            (2_000_000_000, "69279037", "90698825", "38618901"),
            (20_000_000_000, "65353130", "77737706", "47863826"),
        ];
        let make = |algorithm, secret: &Vec<u8>| {
            TOTP::new_unchecked(algorithm, 8, 0, 30, secret.clone(), None, String::new())
        };
        for (time, by_sha1, by_sha256, by_sha512) in vectors {
            assert_eq!(make(Algorithm::SHA1, &sha1).generate(time), by_sha1, "SHA1 at {time}");
            assert_eq!(make(Algorithm::SHA256, &sha256).generate(time), by_sha256, "SHA256 at {time}");
            assert_eq!(make(Algorithm::SHA512, &sha512).generate(time), by_sha512, "SHA512 at {time}");
        }
    }

    #[test]
    fn a_code_is_taken_one_step_either_side_of_now_and_no_further() {
        let totp = TOTP::new_unchecked(
            Algorithm::SHA1,
            6,
            0,
            30,
            b"12345678901234567890".to_vec(),
            None,
            String::new(),
        );
        let now = 1_111_111_111_i64;
        let step = now / 30;
        for (offset, taken) in [(-2, false), (-1, true), (0, true), (1, true), (2, false)] {
            let code = totp.generate(u64::try_from((step + offset) * 30).unwrap_or_default());
            assert_eq!(matching_step(&totp, &code, now), taken.then_some(step + offset), "offset {offset}");
        }
    }

    #[test]
    fn codes_are_read_as_typed() {
        assert_eq!(normalised(" 123 456 "), "123456");
        assert!(is_totp_code(&normalised("123-456")));
        assert!(!is_totp_code("12345a"));
        let codes = recovery_codes().unwrap_or_default();
        assert_eq!(codes.len(), 10);
        assert!(codes.iter().all(|c| c.len() == 29 && c.split('-').all(|g| g.len() == 4)), "{codes:?}");
        assert_eq!(normalised(&codes[0].to_lowercase()).len(), 24);
    }
}
