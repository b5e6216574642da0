//! The reviewers' console's own bundle (`scripts/lib/tools.sh`, `build_console`): its files
//! carry their content hash in their names, listed in `pkg/console.txt` (`js: console.<hash>.js`).
//! Without the listing (the tests, a build without the console) the console's pages are served
//! as the server renders them, without their script.

use std::sync::Arc;

use leptos::config::LeptosOptions;

use console::Bundle;

pub fn load(options: &LeptosOptions) -> Option<Bundle> {
    let listing_path = std::path::Path::new(options.site_root.as_ref())
        .join(options.site_pkg_dir.as_ref())
        .join("console.txt");
    let Ok(listing) = std::fs::read_to_string(&listing_path) else {
        tracing::warn!(path = %listing_path.display(), "no console bundle: its pages are served without their script");
        return None;
    };
    from_listing(&listing, &options.site_pkg_dir)
}

fn from_listing(listing: &str, pkg_dir: &str) -> Option<Bundle> {
    let file = |extension: &str| -> Option<Arc<str>> {
        listing
            .lines()
            .filter_map(|line| line.split_once(':'))
            .find(|(kind, _)| kind.trim() == extension)
            .map(|(_, name)| Arc::from(format!("/{pkg_dir}/{}", name.trim())))
    };
    Some(Bundle { js: file("js")?, wasm: file("wasm")?, css: file("css")? })
}

#[cfg(test)]
mod tests {
    use super::from_listing;

    #[test]
    fn the_listing_names_the_three_files_under_pkg() {
        let bundle = from_listing("js: console.ab.js\nwasm: console.cd.wasm\ncss: console.ef.css\n", "pkg")
            .expect("a complete listing");
        assert_eq!(&*bundle.js, "/pkg/console.ab.js");
        assert_eq!(&*bundle.wasm, "/pkg/console.cd.wasm");
        assert_eq!(&*bundle.css, "/pkg/console.ef.css");
        assert!(from_listing("js: console.ab.js\n", "pkg").is_none(), "a part missing");
    }
}
