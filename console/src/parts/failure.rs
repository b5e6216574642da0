use leptos::prelude::*;

use app::i18n::td_string;
use app::serverfns::AppError;

use crate::context::use_locale;

/// What a view shows when its data could not be had: sign in again (a session that ended),
/// not for this role, nothing of that name, or try again. Rendered by the server, the page
/// answers with the matching status.
#[component]
pub fn Failure(error: AppError) -> impl IntoView {
    let locale = use_locale();
    #[cfg(feature = "ssr")]
    answer_with(&error);
    let (text, link) = match error {
        AppError::Unauthenticated => (td_string!(locale, console_signed_out), Some("/login?next=%2Freview")),
        AppError::Forbidden => (td_string!(locale, review_forbidden), None),
        AppError::NotFound => (td_string!(locale, review_not_found), None),
        AppError::Transport(_) => (td_string!(locale, console_offline), None),
        _ => (td_string!(locale, status_error), None),
    };
    view! {
        <div class="notice warning" role="alert" data-failure="">
            <p>{text}</p>
            {link.map(|href| view! { <p><a href=href rel="external">{td_string!(locale, login_submit)}</a></p> })}
        </div>
    }
}

#[cfg(feature = "ssr")]
fn answer_with(error: &AppError) {
    use http::StatusCode;
    let status = match error {
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::Internal | AppError::Transport(_) => StatusCode::INTERNAL_SERVER_ERROR,
        _ => return,
    };
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}
