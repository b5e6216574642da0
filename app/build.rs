//! Generates the typed translation module (`crate::i18n`) from `locales/*.json`, so a key
//! missing from a language is a build-time diagnostic rather than a blank on a page.

use std::error::Error;
use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    let out_dir = std::env::var_os("OUT_DIR").ok_or("cargo sets OUT_DIR for build scripts")?;
    // Islands resolve the locale once and use plain strings (`td_string!`), which keeps their
    // WASM small; interpolated strings then need `interpolate_display`.
    let config =
        Config::new("en")?.add_locale("zh")?.parse_options(ParseOptions::new().interpolate_display(true));
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(PathBuf::from(out_dir).join("i18n"))?;
    Ok(())
}
