//! Staff (reviewers and admins) and who is making a request: the server's session layer
//! resolves it and puts it in the request's extensions; pages and server functions read it
//! from there.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What a staff account may do. An admin can do everything a reviewer can, and manage
/// accounts, audits, terminations and integrations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Reviewer,
    Admin,
}

impl Role {
    pub fn key(self) -> &'static str {
        match self {
            Self::Reviewer => "reviewer",
            Self::Admin => "admin",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Reviewer, Self::Admin].into_iter().find(|role| role.key() == key)
    }

    /// Whether this role may do what `required` may.
    pub fn includes(self, required: Role) -> bool {
        self >= required
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The role a route or a server function requires, as a type: `RequireRole<Admin>` on the
/// server's routes, `require::<Admin>()` in server functions.
pub trait Required: Send + Sync + 'static {
    const ROLE: Role;
}

/// Any signed-in staff member.
#[derive(Debug)]
pub struct Reviewer;

/// Admins only.
#[derive(Debug)]
pub struct Admin;

impl Required for Reviewer {
    const ROLE: Role = Role::Reviewer;
}

impl Required for Admin {
    const ROLE: Role = Role::Admin;
}

/// A signed-in staff member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    pub id: i64,
    pub email: String,
    pub role: Role,
}

/// The signed-in staff member of the request being served, if any. In the browser there is
/// no request, so nobody.
pub fn current_principal() -> Option<Principal> {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<Principal>().cloned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// Where a staff sign-in stands between the password and the second factor. The session
/// layer puts it in the request's extensions; the sign-in pages read it while rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecondFactorStep {
    /// The password was right: a code from the authenticator app (or a recovery code) next.
    Code { email: String },
    /// The account must set up an authenticator app first: the key to type in (the QR code
    /// at `/login/enrol/qr.svg` holds the same).
    Enrol { email: String, secret: String },
    /// Set up: the recovery codes, shown until the staff member says they kept them.
    RecoveryCodes { codes: Vec<String> },
}

/// The sign-in step of the request being served, if any (in the browser: none).
pub fn second_factor_step() -> Option<SecondFactorStep> {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<SecondFactorStep>().cloned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}
