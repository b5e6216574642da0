//! The dashboard chart's numbers: submissions per week by category, the last weeks.

use time::{Date, Duration};

use app::api::WeekCount;
use app::domain::Category;

use crate::clock::Clock;
use crate::db::{self, Database};
use crate::errors::ServiceError;

/// Weeks the chart shows, this one included.
pub const WEEKS: i64 = 12;

pub async fn weekly_submissions(db: &Database, clock: &Clock) -> Result<Vec<WeekCount>, ServiceError> {
    let today = clock.today();
    let this_monday = today - Duration::days(i64::from(today.weekday().number_days_from_monday()));
    let first_monday = this_monday - Duration::weeks(WEEKS - 1);
    let days = db::submissions_per_day(db, &first_monday.to_string()).await?;
    Ok(bucket(first_monday, &days))
}

/// Sorts per-day counts into weeks from `first_monday`; days that do not parse are skipped.
fn bucket(first_monday: Date, days: &[(String, String, i64)]) -> Vec<WeekCount> {
    let mut weeks: Vec<WeekCount> = (0..WEEKS)
        .map(|n| WeekCount {
            week_start: (first_monday + Duration::weeks(n)).to_string(),
            by_category: Vec::new(),
        })
        .collect();
    let format = time::macros::format_description!("[year]-[month]-[day]");
    for (day, category, count) in days {
        let Ok(date) = Date::parse(day, &format) else { continue };
        let index = (date - first_monday).whole_weeks();
        let Some(week) = usize::try_from(index).ok().and_then(|i| weeks.get_mut(i)) else { continue };
        let Some(category) = Category::from_key(category) else { continue };
        match week.by_category.iter_mut().find(|(c, _)| *c == category) {
            Some((_, total)) => *total += count,
            None => week.by_category.push((category, *count)),
        }
    }
    weeks
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn days_fall_into_their_weeks() {
        let days = vec![
            ("2026-11-02".to_owned(), "community".to_owned(), 2),
            ("2026-11-08".to_owned(), "community".to_owned(), 1),
            ("2026-11-09".to_owned(), "brand".to_owned(), 4),
        ];
        let weeks = bucket(date!(2026 - 11 - 02), &days);
        assert_eq!(weeks.len(), 12);
        assert_eq!(weeks[0].week_start, "2026-11-02");
        assert_eq!(weeks[0].by_category, [(Category::Community, 3)]);
        assert_eq!(weeks[1].by_category, [(Category::Brand, 4)]);
    }
}
