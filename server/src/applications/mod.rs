//! Applications: submitting (validated, evaluated and stored once per submission key) and
//! reading a status with its private token. The JSON API and, next, the wizard's server
//! function both go through here.

mod reference;
mod resubmit;
mod snapshot;
mod status;
mod submit;
mod tokens;

pub(crate) use resubmit::to_request;
pub use resubmit::{MAX_ANSWER_CHARS, resubmit, stored_request};
pub use status::status;
pub use submit::{Submitted, submit};
pub use tokens::{StatusTokens, sha256_hex};
