//! Pieces shared by several pages.

mod declaration_text;
mod language_switch;
mod quick_check;
mod site_header;
mod tier_label;

pub use declaration_text::DeclarationText;
pub use language_switch::LanguageSwitch;
pub use quick_check::QuickCheck;
pub use site_header::SiteHeader;
pub use tier_label::TierLabel;
