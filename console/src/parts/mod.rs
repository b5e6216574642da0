//! Pieces the console's views are built of.

mod badge;
mod chart;
mod failure;
mod form_answer;
mod form_state;
mod shared_registration;
mod stat_card;
mod timeline;
mod top_bar;

pub use badge::{flag_badge, standing_badge, status_badge, tone_badge};
pub use chart::WeeklyChart;
pub use failure::Failure;
pub use form_answer::FormAnswer;
pub use form_state::{FieldMessage, FormState, Outcome};
pub use shared_registration::SharedRegistrations;
pub use stat_card::StatCard;
pub use timeline::Timeline;
pub use top_bar::TopBar;
