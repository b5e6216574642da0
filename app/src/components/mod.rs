//! Pieces shared by several pages.

mod language_switch;
mod quick_check;
mod site_header;
mod verdict;

pub use language_switch::LanguageSwitch;
pub use quick_check::QuickCheck;
pub use site_header::SiteHeader;
pub use verdict::Verdict;
