use leptos::prelude::*;
use leptos_i18n::context::UseLocalesOptions;
use leptos_meta::{Meta, Title, provide_meta_context};
use leptos_router::SsrMode;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::SiteHeader;
use crate::i18n::{I18nContextProvider, t_string, use_i18n};
use crate::pages::{
    EnrolPage, LandingPage, LoginPage, NotFoundPage, PasswordLinkPage, RecoveryCodesPage, RosterPage,
    SecondFactorCodePage, StatusPage,
};
use crate::wizard::ApplyPage;

/// The application: every page, in the language the request resolved to.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <I18nContextProvider enable_cookie=false ssr_lang_header_getter=reader_language()>
            <DocumentMeta />
            <Router>
                <SiteHeader />
                <main id="content">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=LandingPage />
                        <Route path=path!("/apply") view=ApplyPage ssr=SsrMode::Async />
                        <Route path=path!("/login") view=LoginPage />
                        <Route path=path!("/login/code") view=SecondFactorCodePage />
                        <Route path=path!("/login/enrol") view=EnrolPage />
                        <Route path=path!("/login/recovery-codes") view=RecoveryCodesPage />
                        <Route path=path!("/account/password") view=PasswordLinkPage />
                        // The reviewers' pages are the console's (the `console` crate).
                        // Async: the whole page waits for the status, so an unknown one answers 404.
                        <Route path=path!("/status/:reference") view=StatusPage ssr=SsrMode::Async />
                        <Route path=path!("/status/:reference/roster") view=RosterPage ssr=SsrMode::Async />
                    </Routes>
                </main>
            </Router>
        </I18nContextProvider>
    }
}

/// Pages are in the language the server chose for the reader ([`ReaderLanguage`]), so a page
/// and the messages sent from it agree. leptos_i18n neither reads nor writes the language
/// cookie: it reads `Accept-Language` in order, ignoring weights, and it would write the
/// cookie back on every page without the path and lifetime `/lang/{locale}` gives it.
///
/// [`ReaderLanguage`]: crate::server::ReaderLanguage
fn reader_language() -> UseLocalesOptions {
    #[cfg(feature = "ssr")]
    let options = UseLocalesOptions::default().ssr_lang_header_getter(|| {
        use_context::<crate::server::ReaderLanguage>().map(|language| language.0.to_owned())
    });
    #[cfg(not(feature = "ssr"))]
    let options = UseLocalesOptions::default();
    options
}

#[component]
fn DocumentMeta() -> impl IntoView {
    let i18n = use_i18n();
    // Read once, as plain text: the server reads the title after the page's render, when a
    // closure over the locale's signal may already be disposed (a 500 now and then under
    // concurrent requests). The language never changes within a page.
    let (site_name, lead) = untrack(|| (t_string!(i18n, site_name), t_string!(i18n, hero_lead)));
    view! {
        <Title text=site_name />
        <Meta name="description" content=lead />
    }
}
