use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::path;

use crate::serverfns::partners::review_partners;
use crate::serverfns::review::review_queue;
use app::api::{PartnerFilter, QueueFilter};

use crate::context::provide_locale;

#[component]
pub fn ConsoleApp() -> impl IntoView {
    provide_meta_context();
    provide_locale();
    crate::live::provide_live_feed();
    view! {
        <Router>
            <nav class="console-nav">
                <A href="/review">"Dashboard"</A>
                <A href="/review/partners">"Partners"</A>
            </nav>
            <main id="content">
                <Routes fallback=|| "not found">
                    <Route path=path!("/review") view=Dashboard />
                    <Route path=path!("/review/partners") view=Partners />
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn Dashboard() -> impl IntoView {
    let page = Resource::new(|| (), |()| review_queue(QueueFilter::default()));
    view! {
        <Title text="Dashboard" />
        <h1>"Dashboard"</h1>
        <Suspense fallback=|| "…">
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => format!("{} applications", page.matching).into_any(),
                    Err(error) => format!("{error}").into_any(),
                }
            })}
        </Suspense>
        <p data-live=move || crate::live::use_live_feed().changes.get().to_string()></p>
    }
}

#[component]
fn Partners() -> impl IntoView {
    let register = Resource::new(|| (), |()| review_partners(PartnerFilter::default()));
    view! {
        <Title text="Partners" />
        <h1>"Partners"</h1>
        <Suspense fallback=|| "…">
            {move || Suspend::new(async move {
                match register.await {
                    Ok(register) => format!("{} partners", register.rows.len()).into_any(),
                    Err(error) => format!("{error}").into_any(),
                }
            })}
        </Suspense>
    }
}
