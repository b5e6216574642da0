//! The reviewers' console: one Leptos app under `/review` with its own router. The server
//! renders the first page a reviewer opens (so it shows, data and all, before any WASM
//! arrives); this crate's own WASM bundle then hydrates it, and from there moving between
//! views loads no document: each view fetches its data through server functions, and the
//! live stream (`/review/events`) updates what is on screen in place.
//!
//! Applicants never load this bundle: their pages are `app`'s islands, in `frontend`'s.

#![recursion_limit = "512"]

mod context;
mod form_query;
mod live;
mod parts;
mod query;
mod routes;
pub mod serverfns;
mod shell;
mod text;
mod views;

pub use routes::ConsoleApp;
pub use shell::{Bundle, shell};

/// The browser's entry point: hydrates the page the server rendered.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(ConsoleApp);
}
