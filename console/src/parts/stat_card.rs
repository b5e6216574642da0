use leptos::prelude::*;
use leptos_router::components::A;

/// A number with its label, linking to what it counts.
#[component]
pub fn StatCard(
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<i64>,
    #[prop(into)] href: String,
    /// For tests and styling: what is counted (`submitted`, `trial_due`, …).
    key: &'static str,
    #[prop(default = "")] tone: &'static str,
) -> impl IntoView {
    view! {
        <A href=href attr:class=format!("stat-card {tone}") attr:data-stat=key>
            <span class="stat-value" data-count=key>{move || value.get()}</span>
            <span class="stat-label">{label}</span>
        </A>
    }
}
