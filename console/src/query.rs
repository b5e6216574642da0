//! The views' filters in the address's query string, so a filtered view can be linked,
//! reloaded and gone back to. Unknown values are ignored, as a form's "any" is.

use leptos_router::params::ParamsMap;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

use app::api::{Due, PartnerFilter, PartnerFlagFilter, QueueFilter, QueueFlag, QueueSort};
use app::domain::partnership::Standing;
use app::domain::{ApplicationState, Category};

/// The longest search a filter keeps.
const MAX_SEARCH: usize = 100;

fn search(query: &ParamsMap) -> Option<String> {
    query.get("q").map(|q| q.chars().take(MAX_SEARCH).collect::<String>()).filter(|q| !q.trim().is_empty())
}

pub fn queue_filter(query: &ParamsMap) -> QueueFilter {
    QueueFilter {
        status: query.get("status").and_then(|v| ApplicationState::from_key(&v)),
        category: query.get("category").and_then(|v| Category::from_key(&v)),
        flag: query.get("flag").and_then(|v| QueueFlag::from_key(&v)),
        q: search(query),
        sort: query.get("sort").and_then(|v| QueueSort::from_key(&v)),
        page: query.get("page").and_then(|p| p.parse().ok()).filter(|p: &i64| *p > 1),
    }
}

pub fn partner_filter(query: &ParamsMap) -> PartnerFilter {
    PartnerFilter {
        standing: query.get("standing").and_then(|v| Standing::from_key(&v)),
        category: query.get("category").and_then(|v| Category::from_key(&v)),
        flag: query.get("flag").and_then(|v| PartnerFlagFilter::from_key(&v)),
        due: query.get("due").and_then(|v| Due::from_key(&v)),
        q: search(query),
    }
}

fn encode(value: &str) -> String {
    utf8_percent_encode(value, NON_ALPHANUMERIC).to_string()
}

fn joined(pairs: &[(&str, Option<String>)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter_map(|(key, value)| value.as_ref().map(|v| format!("{key}={}", encode(v))))
        .collect();
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

/// `?status=…&…` for `filter` on `page` (the first page is left out).
pub fn queue_query(filter: &QueueFilter, page: Option<i64>) -> String {
    joined(&[
        ("status", filter.status.map(|v| v.key().to_owned())),
        ("category", filter.category.map(|v| v.key().to_owned())),
        ("flag", filter.flag.map(|v| v.key().to_owned())),
        ("q", filter.q.clone()),
        ("sort", filter.sort.map(|v| v.key().to_owned())),
        ("page", page.filter(|p| *p > 1).map(|p| p.to_string())),
    ])
}

pub fn partner_query(filter: &PartnerFilter) -> String {
    joined(&[
        ("standing", filter.standing.map(|v| v.key().to_owned())),
        ("category", filter.category.map(|v| v.key().to_owned())),
        ("flag", filter.flag.map(|v| v.key().to_owned())),
        ("due", filter.due.map(|v| v.key().to_owned())),
        ("q", filter.q.clone()),
    ])
}
