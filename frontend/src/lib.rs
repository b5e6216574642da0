//! The browser entry point: hydrates the islands the server rendered.
//!
//! Only `#[island]` components (and what they use) end up in the WASM: the rest of every
//! page stays server-rendered HTML. See README, "Why islands".

use app as _;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Readable panic messages in debug builds; in release the hook's formatting costs
    // 0.6 kB brotli of every applicant's download, and a panic still stops with a trace.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
