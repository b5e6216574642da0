use leptos::prelude::*;

use crate::i18n::{t, use_i18n};
use crate::serverfns::AppError;

/// What a staff page shows when its data could not be loaded: anonymous visitors are sent
/// to sign in (and brought back), a role too low is told so.
#[component]
pub fn StaffOnly(error: AppError, #[prop(into)] back_to: String) -> impl IntoView {
    let i18n = use_i18n();
    match error {
        AppError::Unauthenticated => {
            let next = percent_encoding::utf8_percent_encode(&back_to, percent_encoding::NON_ALPHANUMERIC);
            let login = format!("/login?next={next}");
            #[cfg(feature = "ssr")]
            leptos_axum::redirect(&login);
            view! { <p><a href=login>{t!(i18n, login_title)}</a></p> }.into_any()
        }
        AppError::Forbidden => view! { <p role="alert">{t!(i18n, review_forbidden)}</p> }.into_any(),
        AppError::NotFound => {
            view! { <crate::pages::NotFoundStatus /><p role="alert">{t!(i18n, review_not_found)}</p> }
                .into_any()
        }
        _ => view! { <p role="alert">{t!(i18n, status_error)}</p> }.into_any(),
    }
}

/// The signed-in reviewer's bar: who, and signing out.
#[component]
pub fn StaffBar() -> impl IntoView {
    let i18n = use_i18n();
    crate::staff::current_principal().map(|p| {
        view! {
            <nav class="staff-nav" aria-label="staff">
                <a href="/review">{t!(i18n, review_nav_applications)}</a>
                <a href="/review/partners">{t!(i18n, review_nav_partners)}</a>
                <a href="/review/audits">{t!(i18n, review_nav_audits)}</a>
                {p.role.includes(crate::staff::Role::Admin).then(|| view! {
                    <a href="/review/integrations">{t!(i18n, review_nav_integrations)}</a>
                })}
            </nav>
            <form class="staff-bar" method="post" action="/logout">
                <span>{p.email} " (" {p.role.key()} ")"</span>
                <button type="submit" class="button small">{t!(i18n, logout)}</button>
            </form>
        }
    })
}
