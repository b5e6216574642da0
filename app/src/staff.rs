//! Staff (reviewers and admins) and who is making a request: the server's session layer resolves it and puts it in the
//! request's extensions; pages and server functions read it from there.

use std::fmt;

/// What a staff account may do. An admin can do everything a reviewer can, and manage accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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

/// A signed-in staff member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub id: i64,
    pub email: String,
    pub role: Role,
}

/// The signed-in staff member of the request being served, if any. Staff pages are rendered
/// on the server only; in the browser there is no request, so nobody.
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
