//! One module per wizard page.

mod category;
mod company;
mod declarations;
mod engineers;
mod review;

pub use category::CategoryStep;
pub use company::CompanyStep;
pub use declarations::DeclarationsStep;
pub use engineers::EngineersStep;
pub use review::ReviewStep;
