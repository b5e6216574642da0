//! The one clock of the server: every date and timestamp it stores or judges by comes from
//! here, so tests can move "today" (a trial's deadline, a renewal window) without waiting.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime};

/// The system's UTC time, shifted by an offset that starts at zero.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    offset_seconds: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> OffsetDateTime {
        let offset = Duration::seconds(self.offset_seconds.load(Ordering::Relaxed));
        OffsetDateTime::now_utc().saturating_add(offset)
    }

    /// Today's date in UTC, the calendar all deadlines use.
    pub fn today(&self) -> Date {
        self.now().date()
    }

    /// Now as the database stores it: RFC 3339, UTC.
    pub fn now_rfc3339(&self) -> Result<String, time::error::Format> {
        self.now().format(&Rfc3339)
    }

    /// Makes it `today` from now on (the time of day keeps running). For tests and demos.
    pub fn set_today(&self, today: Date) {
        let real = OffsetDateTime::now_utc();
        let shift = (today - real.date()).whole_seconds();
        self.offset_seconds.store(shift, Ordering::Relaxed);
    }
}
