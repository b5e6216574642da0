//! Wire types of the public JSON API (`/api/v1/...`), shared by the server's handlers and
//! the browser's WASM. Field names here are a public contract: extend, never rename.

mod eligibility_request;
mod policy_document;

pub use eligibility_request::{DeclarationsInput, EligibilityRequest, EngineerInput};
pub use policy_document::PolicyDocument;
