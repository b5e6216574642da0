//! How long browsers keep the site's static files. A bundle file whose name carries its
//! content hash (cargo-leptos `hash-files`, listed in `hash.txt` beside the server binary)
//! never changes under that name, so it is kept a year without asking again; other static
//! files (the icon, the live pages' script) may change with any deployment, so browsers ask
//! each time (a cheap 304 when unchanged). Pages and the API are left alone.

use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use leptos::config::LeptosOptions;

const FOREVER: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");
const ASK_AGAIN: HeaderValue = HeaderValue::from_static("no-cache");

/// The paths (`/pkg/partner-portal.<hash>.wasm`, …) of this build's hashed files.
#[derive(Debug, Clone, Default)]
pub struct HashedAssets(Arc<Vec<String>>);

impl HashedAssets {
    /// Reads `hash.txt` (`js: <hash>` lines) as Leptos does when it links the files; none
    /// when hashing is off or the file is missing (a debug build), so nothing is kept a year.
    pub fn load(options: &LeptosOptions) -> Self {
        if !options.hash_files {
            return Self::default();
        }
        let Some(listing) = hash_file(options).and_then(|path| std::fs::read_to_string(path).ok()) else {
            tracing::warn!("file hashing is on but hash.txt was not found beside the binary");
            return Self::default();
        };
        Self::from_listing(&listing, &options.site_pkg_dir, &options.output_name)
    }

    fn from_listing(listing: &str, pkg_dir: &str, output_name: &str) -> Self {
        let paths = listing
            .lines()
            .filter_map(|line| line.split_once(':'))
            .map(|(extension, hash)| format!("/{pkg_dir}/{output_name}.{}.{}", hash.trim(), extension.trim()))
            .collect();
        Self(Arc::new(paths))
    }

    /// The style file's path: its hashed name, or the plain one when hashing is off.
    pub fn stylesheet(&self, options: &LeptosOptions) -> String {
        self.0
            .iter()
            .find(|path| path.ends_with(".css"))
            .cloned()
            .unwrap_or_else(|| format!("/{}/{}.css", options.site_pkg_dir, options.output_name))
    }

    /// These paths and the console bundle's (hashed too).
    pub fn with_console(self, bundle: Option<&console::Bundle>) -> Self {
        let mut paths = self.0.as_ref().clone();
        paths.extend(bundle.into_iter().flat_map(|b| [&b.js, &b.wasm, &b.css]).map(|p| p.to_string()));
        Self(Arc::new(paths))
    }

    fn contains(&self, path: &str) -> bool {
        self.0.iter().any(|hashed| hashed == path)
    }
}

/// `hash.txt` beside the server binary, where cargo-leptos writes it and Leptos reads it.
pub fn hash_file(options: &LeptosOptions) -> Option<PathBuf> {
    let path = std::env::current_exe().ok()?.parent()?.join(options.hash_file.as_ref());
    path.is_file().then_some(path)
}

/// Adds `Cache-Control` to static files answered with 200 or 304.
pub async fn cache_static_files(
    State(hashed): State<HashedAssets>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let served = matches!(response.status(), StatusCode::OK | StatusCode::NOT_MODIFIED);
    // The bundle, or a file of `public/` (served at the root: one segment with an extension).
    let is_file = path.starts_with("/pkg/") || (path.rfind('/') == Some(0) && path.contains('.'));
    if served && is_file && !response.headers().contains_key(header::CACHE_CONTROL) {
        let policy = if hashed.contains(&path) { FOREVER } else { ASK_AGAIN };
        response.headers_mut().insert(header::CACHE_CONTROL, policy);
    }
    response
}

#[cfg(test)]
mod tests {
    use leptos::config::LeptosOptions;

    use super::HashedAssets;

    #[test]
    fn the_hash_listing_names_the_bundle_files_and_nothing_else() {
        let listing = "js: HR1BPYee-JwKQ\nwasm: AnmBJoxn_s-Dg\ncss: ZbnKozUx\n";
        let hashed = HashedAssets::from_listing(listing, "pkg", "partner-portal");
        assert!(hashed.contains("/pkg/partner-portal.AnmBJoxn_s-Dg.wasm"));
        assert!(hashed.contains("/pkg/partner-portal.HR1BPYee-JwKQ.js"));
        assert!(hashed.contains("/pkg/partner-portal.ZbnKozUx.css"));
        assert!(!hashed.contains("/pkg/partner-portal.wasm"), "an unhashed name may change");
        assert!(!hashed.contains("/pkg/partner-portal.ZbnKozUx.css.map"));
    }

    #[test]
    fn pages_link_the_hashed_stylesheet_or_the_plain_one_when_hashing_is_off() {
        let options = LeptosOptions::builder().output_name("partner-portal").build();
        let hashed = HashedAssets::from_listing("js: HR1B\ncss: ZbnKozUx\n", "pkg", "partner-portal");
        assert_eq!(hashed.stylesheet(&options), "/pkg/partner-portal.ZbnKozUx.css");
        assert_eq!(HashedAssets::default().stylesheet(&options), "/pkg/partner-portal.css");
    }
}
