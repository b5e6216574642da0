//! Properties of the partnership calendar for every date the product can meet, including
//! the edges of the calendar library's range: nothing panics, terms are one year, quarters
//! round-trip, samples never exceed the partners there are.

use app::domain::partnership::{PartnerStatus, Quarter, SampleSize, Term, standing};
use proptest::prelude::*;
use time::{Date, Duration, Month};

fn any_date() -> impl Strategy<Value = Date> {
    // Julian days across the whole range `time` supports (years -9999 to 9999).
    let (first, last) = (Date::MIN.to_julian_day(), Date::MAX.to_julian_day());
    (first..=last).prop_map(|day| Date::from_julian_day(day).unwrap_or(Date::MIN))
}

fn any_status() -> impl Strategy<Value = PartnerStatus> {
    prop::sample::select(
        ["awaiting_fee", "active", "not_renewed", "terminated"]
            .into_iter()
            .filter_map(PartnerStatus::from_key)
            .collect::<Vec<_>>(),
    )
}

proptest! {
    #[test]
    fn a_term_lasts_one_year_and_a_renewal_starts_where_it_ends(start in any_date()) {
        prop_assume!(start.year() < 9999);
        let term = Term::starting(start);
        let length = term.end - start;
        prop_assert!(length == Duration::days(365) || length == Duration::days(366), "{start} → {}", term.end);
        let same_day = term.end.day() == start.day()
            || (start.month() == Month::February && start.day() == 29 && term.end.day() == 28);
        prop_assert!(same_day && term.end.month() == start.month());
        prop_assert_eq!(term.renewed().start, term.end);
    }

    #[test]
    fn standing_and_deadlines_never_panic_for_any_dates(
        status in any_status(),
        start in proptest::option::of(any_date()),
        today in any_date(),
    ) {
        let term = start.map(Term::starting);
        let _ = standing(status, term, today);
        if let Some(term) = term {
            prop_assert_eq!(term.has_ended(today), term.days_left(today) <= 0);
        }
    }

    #[test]
    fn a_quarter_reads_back_as_written_and_follows_the_one_before(date in any_date()) {
        prop_assume!((2000..=9999).contains(&date.year()));
        let quarter = Quarter::containing(date);
        prop_assert_eq!(Quarter::parse(&quarter.to_string()), Some(quarter));
        prop_assert!(quarter.previous() < quarter);
    }

    #[test]
    fn a_sample_never_exceeds_the_partners_and_a_percentage_of_some_is_never_none(
        population in 0usize..100_000,
        size in prop_oneof![any::<u32>().prop_map(SampleSize::Count), any::<u32>().prop_map(SampleSize::Percent)],
    ) {
        let drawn = size.of(population);
        prop_assert!(drawn <= population);
        if let SampleSize::Percent(p) = size && p > 0 && population > 0 {
            prop_assert!(drawn >= 1);
        }
    }
}
