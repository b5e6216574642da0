//! How many live streams each staff account holds open on this instance: at most
//! [`MAX_STREAMS_PER_ACCOUNT`], so one account (or a stolen session) cannot hold the
//! server's connections.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub const MAX_STREAMS_PER_ACCOUNT: usize = 5;

#[derive(Debug, Clone, Default)]
pub struct StreamSlots(Arc<Mutex<HashMap<i64, usize>>>);

/// One open stream; its slot is given back when it is dropped (the stream ended or the
/// connection closed).
#[derive(Debug)]
pub struct StreamSlot {
    slots: StreamSlots,
    account: i64,
}

impl StreamSlots {
    /// A slot for `account`, unless it holds the most already.
    pub fn take(&self, account: i64) -> Option<StreamSlot> {
        let mut open = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let count = open.entry(account).or_default();
        if *count >= MAX_STREAMS_PER_ACCOUNT {
            return None;
        }
        *count += 1;
        Some(StreamSlot { slots: self.clone(), account })
    }

    /// Open streams of `account`.
    pub fn open(&self, account: i64) -> usize {
        self.0.lock().map(|open| open.get(&account).copied().unwrap_or(0)).unwrap_or(0)
    }
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        let mut open = self.slots.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.account) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.account);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_STREAMS_PER_ACCOUNT, StreamSlots};

    #[test]
    fn an_account_holds_at_most_five_and_gets_them_back() {
        let slots = StreamSlots::default();
        let held: Vec<_> = (0..MAX_STREAMS_PER_ACCOUNT).filter_map(|_| slots.take(1)).collect();
        assert_eq!(held.len(), 5);
        assert!(slots.take(1).is_none());
        assert!(slots.take(2).is_some(), "another account has its own");
        drop(held);
        assert_eq!(slots.open(1), 0);
        assert!(slots.take(1).is_some());
    }
}
