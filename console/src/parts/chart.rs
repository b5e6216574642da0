//! Submissions per week, stacked by category: an SVG with axes, counts and a legend, drawn
//! from the data (no charting library, no script beyond the console's own).

use leptos::prelude::*;

use app::api::WeekCount;
use app::domain::Category;
use app::i18n::td_string;

use crate::context::{Locale, use_locale};
use crate::text;

const WIDTH: i64 = 720;
const HEIGHT: i64 = 220;
const LEFT: i64 = 40;
const BOTTOM: i64 = 28;
const TOP: i64 = 16;

/// The highest gridline: the largest week rounded up to a readable step.
fn scale_top(highest: i64) -> i64 {
    let step = match highest {
        0..=5 => 1,
        6..=20 => 5,
        21..=100 => 10,
        101..=500 => 50,
        _ => 100,
    };
    ((highest.max(1) + step - 1) / step) * step
}

fn week_label(locale: Locale, week_start: &str) -> String {
    let mut parts = week_start.splitn(3, '-').skip(1).map(str::parse::<u32>);
    match (locale, parts.next(), parts.next()) {
        (Locale::zh, Some(Ok(month)), Some(Ok(day))) => format!("{month}/{day}"),
        (Locale::en, Some(Ok(month)), Some(Ok(day))) => {
            let name = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
                .get(month.saturating_sub(1) as usize)
                .copied()
                .unwrap_or_default();
            format!("{day} {name}")
        }
        _ => week_start.to_owned(),
    }
}

#[component]
pub fn WeeklyChart(
    #[prop(into)] weeks: Signal<Vec<WeekCount>>,
    /// Every application by category: the legend then says each category's total and
    /// links to its applications.
    #[prop(optional, into)]
    totals: Option<Signal<Vec<(Category, i64)>>>,
) -> impl IntoView {
    let locale = use_locale();
    let title = td_string!(locale, review_chart);
    let total = |week: &WeekCount| week.by_category.iter().map(|(_, n)| n).sum::<i64>();
    let summary = move || {
        weeks.with(|weeks| {
            let counts: Vec<String> =
                weeks.iter().map(|w| format!("{} {}", week_label(locale, &w.week_start), total(w))).collect();
            format!("{title}: {}", counts.join(", "))
        })
    };
    let body = move || {
        weeks.with(|weeks| {
            let top = scale_top(weeks.iter().map(total).max().unwrap_or(0));
            let plot = HEIGHT - BOTTOM - TOP;
            let y = move |n: i64| TOP + plot - n * plot / top;
            let columns = i64::try_from(weeks.len()).unwrap_or(1).max(1);
            let slot = (WIDTH - LEFT) / columns;
            let bar = (slot * 3 / 5).max(6);
            let grid = [0, top / 2, top]
                .into_iter()
                .map(|n| {
                    view! {
                        <g class="grid">
                            <line x1=LEFT y1=y(n) x2=WIDTH y2=y(n) />
                            <text x=LEFT - 6 y=y(n) + 4 text-anchor="end">{n}</text>
                        </g>
                    }
                })
                .collect_view();
            let bars = weeks
                .iter()
                .enumerate()
                .map(|(index, week)| {
                    let x = LEFT + i64::try_from(index).unwrap_or(0) * slot + (slot - bar) / 2;
                    let mut running = 0;
                    let segments = Category::ALL
                        .into_iter()
                        .filter_map(|category| {
                            let count = week.by_category.iter().find(|(c, _)| *c == category).map(|(_, n)| *n)?;
                            let (from, to) = (running, running + count);
                            running = to;
                            let label = format!("{} · {}: {count}", week_label(locale, &week.week_start), text::category(locale, category));
                            Some(view! {
                                <rect class=format!("segment {}", category.key()) x=x y=y(to) width=bar height=y(from) - y(to)
                                    data-category=category.key() data-count=count>
                                    <title>{label}</title>
                                </rect>
                            })
                        })
                        .collect_view();
                    let sum = total(week);
                    view! {
                        <g data-week=week.week_start.clone()>
                            {segments}
                            {(sum > 0).then(|| view! { <text class="sum" x=x + bar / 2 y=y(sum) - 4 text-anchor="middle">{sum}</text> })}
                            <text class="week" x=x + bar / 2 y=HEIGHT - 8 text-anchor="middle">{week_label(locale, &week.week_start)}</text>
                        </g>
                    }
                })
                .collect_view();
            view! {
                {grid}
                <line class="axis" x1=LEFT y1=y(0) x2=WIDTH y2=y(0) />
                {bars}
            }
        })
    };
    view! {
        <figure class="chart">
            <figcaption>{title}</figcaption>
            <div class="chart-frame">
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=summary preserveAspectRatio="xMidYMid meet">
                    {body}
                </svg>
            </div>
            <ul class="legend">
                {Category::ALL.map(|category| {
                    let name = text::category(locale, category);
                    let swatch = view! { <span class=format!("swatch {}", category.key()) aria-hidden="true"></span> };
                    match totals {
                        Some(totals) => {
                            let count = move || totals.with(|t| t.iter().find(|(c, _)| *c == category).map_or(0, |(_, n)| *n));
                            view! {
                                <li>
                                    <a href=format!("/review/applications?category={}", category.key())>{swatch}{name}</a>
                                    <strong data-count=category.key()>{count}</strong>
                                </li>
                            }.into_any()
                        }
                        None => view! { <li>{swatch}{name}</li> }.into_any(),
                    }
                }).into_iter().collect_view()}
            </ul>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::scale_top;

    #[test]
    fn the_scale_ends_on_a_round_number_above_the_largest_week() {
        assert_eq!(scale_top(0), 1);
        assert_eq!(scale_top(3), 3);
        assert_eq!(scale_top(7), 10);
        assert_eq!(scale_top(42), 50);
        assert_eq!(scale_top(120), 150);
    }
}
