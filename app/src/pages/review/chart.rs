//! The dashboard's chart: submissions per week, stacked by category, drawn as SVG on the
//! server (no charting library, no script).

use leptos::prelude::*;

use crate::api::WeekCount;

const WIDTH: i64 = 720;
const HEIGHT: i64 = 180;
const AXIS: i64 = 24;
/// Category colours, distinguishable in greyscale too (lightness differs).
const CATEGORIES: [(&str, &str); 4] =
    [("enterprise", "#1f4e8c"), ("community", "#3f8f5a"), ("education", "#c98a1b"), ("brand", "#9a4fb0")];

#[component]
pub fn SubmissionsChart(weeks: Vec<WeekCount>, #[prop(into)] label: String) -> impl IntoView {
    let total = |week: &WeekCount| week.by_category.iter().map(|(_, n)| n).sum::<i64>();
    let highest = weeks.iter().map(total).max().unwrap_or(0).max(1);
    let columns = i64::try_from(weeks.len()).unwrap_or(1).max(1);
    let slot = WIDTH / columns;
    let bar = (slot * 2 / 3).max(4);
    let plot = HEIGHT - AXIS;
    let summary =
        weeks.iter().map(|w| format!("{}: {}", w.week_start, total(w))).collect::<Vec<_>>().join("; ");
    let aria = format!("{label}. {summary}");
    let bars = weeks
        .iter()
        .enumerate()
        .map(|(index, week)| {
            let x = i64::try_from(index).unwrap_or(0) * slot + (slot - bar) / 2;
            let mut top = plot;
            let segments = CATEGORIES
                .iter()
                .filter_map(|(category, colour)| {
                    let count = week.by_category.iter().find(|(c, _)| c.key() == *category).map(|(_, n)| *n)?;
                    let height = count * plot / highest;
                    top -= height;
                    let title = format!("{} · {category}: {count}", week.week_start);
                    Some(view! {
                        <rect x=x y=top width=bar height=height fill=*colour data-category=*category data-count=count>
                            <title>{title}</title>
                        </rect>
                    })
                })
                .collect_view();
            let day = week.week_start.get(5..).unwrap_or_default().to_owned();
            view! {
                <g data-week=week.week_start.clone()>
                    {segments}
                    <text x=x + bar / 2 y=HEIGHT - 6 text-anchor="middle" font-size="11">{day}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=aria>
                <line x1="0" y1=plot x2=WIDTH y2=plot stroke="#999" />
                {bars}
            </svg>
            <figcaption>
                {label} " — "
                {CATEGORIES.map(|(category, colour)| view! {
                    <span class="legend"><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" fill=colour /></svg>{category} " "</span>
                }).to_vec()}
            </figcaption>
        </figure>
    }
}
