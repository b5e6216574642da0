use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::context::{provide_locale, provide_staff};
use crate::parts::{FormAnswer, TopBar};
use crate::views::{
    AccountsView, ApplicationView, AuditView, AuditsView, DashboardView, IntegrationsView, NotFoundView,
    PartnerView, PartnersView, PasswordView, QueueView,
};

/// The console: one document, the bar with the views, and the live stream under them.
#[component]
pub fn ConsoleApp() -> impl IntoView {
    provide_meta_context();
    let locale = provide_locale();
    provide_staff();
    crate::live::provide_live_feed();
    view! {
        <Router>
            <a class="skip-link" href="#content" rel="external">{app::i18n::td_string!(locale, skip_to_content)}</a>
            <TopBar />
            <main id="content" class="console">
                <FormAnswer />
                <Routes fallback=NotFoundView>
                    <Route path=path!("/review") view=DashboardView />
                    <Route path=path!("/review/applications") view=QueueView />
                    <Route path=path!("/review/applications/:reference") view=ApplicationView />
                    <Route path=path!("/review/partners") view=PartnersView />
                    <Route path=path!("/review/partners/:id") view=PartnerView />
                    <Route path=path!("/review/audits") view=AuditsView />
                    <Route path=path!("/review/audits/:id") view=AuditView />
                    <Route path=path!("/review/integrations") view=IntegrationsView />
                    <Route path=path!("/review/accounts") view=AccountsView />
                    <Route path=path!("/review/password") view=PasswordView />
                </Routes>
            </main>
        </Router>
    }
}
