//! Enums whose values travel as stable keys (`info_requested`, `shared_certificate`): on the
//! wire, in storage, in query strings and in forms. One declaration gives the variants their
//! keys, and serde, the OpenAPI schema, `key()` and `from_key()` all read those same keys.

/// Declares a `Copy` enum with a key per variant: `keyed! { pub enum Sort { Newest => "newest" } }`.
/// The keys are `tt`, not `literal`: a `literal` fragment reaches derive macros wrapped in
/// an invisible group, which utoipa does not read as the name (it fell back to the variant's).
macro_rules! keyed {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident => $key:tt),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        $vis enum $name {
            $($(#[$variant_meta])* #[serde(rename = $key)] $variant),+
        }

        impl $name {
            pub const ALL: [Self; [$($key),+].len()] = [$(Self::$variant),+];

            pub fn key(self) -> &'static str {
                match self {
                    $(Self::$variant => $key),+
                }
            }

            /// The inverse of `key`: `None` for anything else.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|value| value.key() == key)
            }
        }
    };
}

pub(crate) use keyed;
