use crate::domain::Tier;
use crate::i18n::{Locale, td_string};

/// A tier's name in `locale`.
pub fn tier_name(locale: Locale, tier: Tier) -> &'static str {
    match tier {
        Tier::EnterpriseTrial => td_string!(locale, tier_enterprise_trial),
        Tier::Enterprise => td_string!(locale, tier_enterprise),
        Tier::Community => td_string!(locale, tier_community),
        Tier::Education => td_string!(locale, tier_education),
        Tier::Brand => td_string!(locale, tier_brand),
    }
}
