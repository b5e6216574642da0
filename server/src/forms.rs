//! The plain HTML forms' answer to a service's result (the forms work without WASM): a
//! redirect, to where the form leads on success, or back to its page with what went wrong
//! in the query string, which the page reads and says in the reader's language:
//! `invalid=<field>`, `conflict=1` (stale), `refused=<code>`, `failed=1` (ours). The one
//! place service errors become redirects.

use axum::http::header;
use axum::http::request::Parts;
use axum::response::Redirect;

use crate::errors::{NOT_ELIGIBLE, ServiceError};

/// Where to go: `Ok(target)`, or back to `page` with the error.
pub fn redirect(page: &str, result: Result<String, ServiceError>) -> Redirect {
    match result {
        Ok(target) => Redirect::to(&target),
        Err(error) => Redirect::to(&back_with(page, error)),
    }
}

/// `page` with `query` added after its own query string, if any.
pub fn with_query(page: &str, query: &str) -> String {
    let separator = if page.contains('?') { '&' } else { '?' };
    format!("{page}{separator}{query}")
}

fn back_with(page: &str, error: ServiceError) -> String {
    error.log_if_internal();
    match error {
        ServiceError::Invalid(fields) => match fields.first() {
            Some(first) => with_query(page, &format!("invalid={}", encode(&first.field))),
            None => with_query(page, "failed=1"),
        },
        ServiceError::InvalidField(field) => with_query(page, &format!("invalid={}", encode(&field.field))),
        // The page itself says that there is no such record.
        ServiceError::NotFound(_) => page.to_owned(),
        ServiceError::Stale { .. } => with_query(page, "conflict=1"),
        ServiceError::Refused(refusal) => with_query(page, &format!("refused={}", refusal.code)),
        ServiceError::NotEligible { .. } => with_query(page, &format!("refused={NOT_ELIGIBLE}")),
        ServiceError::Unauthenticated => sign_in_and_return_to(page),
        ServiceError::Forbidden => with_query(page, "refused=forbidden"),
        ServiceError::Internal { .. } => with_query(page, "failed=1"),
    }
}

/// The sign-in page, which comes back to `page` afterwards.
pub fn sign_in_and_return_to(page: &str) -> String {
    format!("/login?next={}", encode(page))
}

/// A form sent by someone who may not send it: back to the page it was sent from (its
/// same-site `Referer`), or the console's start.
pub fn refused_caller(error: ServiceError, parts: &Parts) -> Redirect {
    let page = parts
        .headers
        .get(header::REFERER)
        .and_then(|value| value.to_str().ok())
        .and_then(same_site_path)
        .unwrap_or("/review");
    Redirect::to(&back_with(page, error))
}

/// The path (and query) of `referer`, if it is a page of this site.
fn same_site_path(referer: &str) -> Option<&str> {
    let rest = referer.strip_prefix("http://").or_else(|| referer.strip_prefix("https://"))?;
    let path = &rest[rest.find('/')?..];
    (path.starts_with('/') && !path.starts_with("//")).then_some(path)
}

/// Everything but RFC 3986's unreserved characters is escaped.
const UNRESERVED: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

pub fn encode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, UNRESERVED).to_string()
}

#[cfg(test)]
mod tests {
    use super::same_site_path;

    #[test]
    fn only_a_path_of_a_referer_is_returned_to() {
        assert_eq!(same_site_path("http://127.0.0.1:3000/review/partners/3"), Some("/review/partners/3"));
        assert_eq!(same_site_path("https://partners.example.com/review?page=2"), Some("/review?page=2"));
        assert_eq!(same_site_path("http://host//evil.example"), None);
        assert_eq!(same_site_path("javascript:alert(1)"), None);
    }
}
