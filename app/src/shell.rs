use leptos::prelude::*;
use std::sync::Arc;

use leptos_meta::MetaTags;

use crate::App;

/// The page's script policy, with this response's nonce (the server provides one per
/// request): only scripts carrying it run, and what they load; WebAssembly may compile
/// (`'wasm-unsafe-eval'`); styles come from the site's own stylesheet. The policy that cannot
/// be set in a page (`frame-ancestors`) is sent as a header by the server.
#[component]
pub fn ContentSecurityPolicy() -> impl IntoView {
    leptos::nonce::use_nonce().map(|nonce| {
        let policy = format!(
            "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
             style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'self'; object-src 'none'"
        );
        view! { <meta http-equiv="Content-Security-Policy" content=policy /> }
    })
}

/// The HTML document every page is rendered into. `stylesheet` is the style file's path, its
/// hashed name read once when the server starts (leptos_meta's `HashedStylesheet` reads the
/// hash listing from disk for every page).
pub fn shell(options: LeptosOptions, stylesheet: Arc<str>) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <ContentSecurityPolicy />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=stylesheet />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <AutoReload options=options.clone() />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}
