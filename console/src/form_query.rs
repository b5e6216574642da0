//! Reading a form in the browser: the query string of a GET form (a filter bar), and the
//! values a console form sends.

/// `?q=…&status=…` of the form an event came from (the form itself, or one of its fields),
/// empty fields left out.
pub fn query_of(event: &leptos::ev::Event) -> String {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let form = event.target().and_then(|target| {
            target.clone().dyn_into::<web_sys::HtmlFormElement>().ok().or_else(|| {
                target.dyn_into::<web_sys::Element>().ok()?.closest("form").ok()??.dyn_into().ok()
            })
        });
        let Some(form) = form else { return String::new() };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else { return String::new() };
        let Ok(all) = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data) else {
            return String::new();
        };
        let kept = web_sys::UrlSearchParams::new().ok();
        let Some(kept) = kept else { return String::new() };
        let entries = js_sys_entries(&all);
        for (name, value) in entries {
            if !value.trim().is_empty() {
                kept.append(&name, &value);
            }
        }
        let query: String = kept.to_string().into();
        if query.is_empty() { query } else { format!("?{query}") }
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = event;
        String::new()
    }
}

#[cfg(feature = "hydrate")]
fn js_sys_entries(params: &web_sys::UrlSearchParams) -> Vec<(String, String)> {
    let text: String = params.to_string().into();
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |raw: &str| {
                percent_encoding::percent_decode_str(&raw.replace('+', " "))
                    .decode_utf8()
                    .ok()
                    .map(|s| s.into_owned())
            };
            Some((decode(name)?, decode(value)?))
        })
        .collect()
}
