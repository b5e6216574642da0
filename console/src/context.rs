//! What every view of the console reads: the reader's language.

use leptos::prelude::*;

pub use app::i18n::Locale;

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
    let lang = leptos::prelude::document().document_element().and_then(|html| html.get_attribute("lang"));
    match lang.as_deref() {
        Some("zh") => Locale::zh,
        _ => Locale::en,
    }
}
