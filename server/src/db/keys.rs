//! Reading the keys storage holds (`info_requested`, `enterprise_trial`) back into the
//! domain's types. The server wrote every one of them, so a key it cannot read is a fault
//! of ours (a row from a newer build, a hand edit), answered as internal.

use app::api::{Channel, EventType, SharedWith};
use app::domain::partnership::{Finding, PartnerStatus};
use app::domain::{
    ApplicationState, Category, Certification, Declaration, EnterpriseLevel, HistoryKind, Tier, Track,
};
use app::staff::Role;

use crate::errors::{ServiceError, internal};

pub trait FromKey: Sized {
    fn from_key(key: &str) -> Option<Self>;
}

macro_rules! from_key {
    ($($type:ty),+) => {
        $(impl FromKey for $type {
            fn from_key(key: &str) -> Option<Self> {
                <$type>::from_key(key)
            }
        })+
    };
}

from_key!(
    ApplicationState,
    Category,
    Certification,
    Channel,
    Declaration,
    EnterpriseLevel,
    EventType,
    Finding,
    HistoryKind,
    PartnerStatus,
    Role,
    SharedWith,
    Tier,
    Track
);

/// The stored key `raw` as a `T`.
pub fn stored<T: FromKey>(raw: &str) -> Result<T, ServiceError> {
    T::from_key(raw).ok_or_else(|| {
        internal("reading storage", format!("an unknown {} `{raw}`", std::any::type_name::<T>()))
    })
}

/// An optional stored key.
pub fn stored_opt<T: FromKey>(raw: Option<&str>) -> Result<Option<T>, ServiceError> {
    raw.map(stored).transpose()
}
