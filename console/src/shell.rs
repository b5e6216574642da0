use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::MetaTags;

use app::ContentSecurityPolicy;

use crate::ConsoleApp;

/// The console's own files under `/pkg/`, by their hashed names (`build_console` in `scripts/lib/tools.sh`
/// builds them and lists them in `console.txt`).
#[derive(Debug, Clone)]
pub struct Bundle {
    pub js: Arc<str>,
    pub wasm: Arc<str>,
    pub css: Arc<str>,
}

/// The document every console page is rendered into: the site's stylesheet and the
/// console's, and the console's bundle, loaded by a module script carrying the page's nonce.
/// Without a bundle (a build without the console's WASM) the page is what the server renders.
pub fn shell(stylesheet: Arc<str>, bundle: Option<Bundle>) -> impl IntoView {
    let nonce = leptos::nonce::use_nonce();
    let lang = match crate::context::provide_locale() {
        app::i18n::Locale::zh => "zh",
        app::i18n::Locale::en => "en",
    };
    let scripts = bundle.map(|bundle| {
        let loader = format!(
            "import init, {{ hydrate }} from '{}'; init({{ module_or_path: '{}' }}).then(hydrate);",
            bundle.js, bundle.wasm
        );
        view! {
            <link rel="stylesheet" href=bundle.css.to_string() />
            <link rel="modulepreload" href=bundle.js.to_string() nonce=nonce.clone() />
            <link rel="preload" href=bundle.wasm.to_string() r#as="fetch" r#type="application/wasm" crossorigin="" />
            <script type="module" nonce=nonce>{loader}</script>
        }
    });
    view! {
        <!DOCTYPE html>
        <html lang=lang>
            <head>
                <meta charset="utf-8" />
                <ContentSecurityPolicy />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=stylesheet />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                {scripts}
                <MetaTags />
            </head>
            <body>
                <ConsoleApp />
            </body>
        </html>
    }
}
