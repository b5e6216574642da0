//! What every view of the console reads: the reader's language, and who is signed in.

use leptos::prelude::*;

pub use app::i18n::Locale;

use app::api::StaffMember;
use app::serverfns::AppError;
use app::staff::Role;

use crate::serverfns::current_staff;

/// The language the page was rendered in: on the server the one it chose for the reader, in
/// the browser the one the page says (`<html lang>`), so both render the same words.
pub fn provide_locale() -> Locale {
    let locale = page_locale();
    provide_context(locale);
    locale
}

pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

#[cfg(feature = "ssr")]
fn page_locale() -> Locale {
    match use_context::<app::server::ReaderLanguage>() {
        Some(app::server::ReaderLanguage("zh")) => Locale::zh,
        _ => Locale::en,
    }
}

#[cfg(not(feature = "ssr"))]
fn page_locale() -> Locale {
    let lang = document().document_element().and_then(|html| html.get_attribute("lang"));
    match lang.as_deref() {
        Some("zh") => Locale::zh,
        _ => Locale::en,
    }
}

/// The signed-in staff member, loaded once for the whole console.
#[derive(Debug, Clone, Copy)]
pub struct Staff(pub Resource<Result<StaffMember, AppError>>);

impl Staff {
    /// Whether an admin is signed in (admins are offered what reviewers are not).
    pub fn is_admin(self) -> bool {
        self.0.get().and_then(Result::ok).is_some_and(|staff| staff.role.includes(Role::Admin))
    }
}

pub fn provide_staff() {
    provide_context(Staff(Resource::new(|| (), |()| current_staff())));
}

pub fn use_staff() -> Staff {
    expect_context::<Staff>()
}
