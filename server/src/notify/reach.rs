//! Where webhook deliveries may go: only to the public internet, unless the operator opens
//! private networks (`WEBHOOK_ALLOW_PRIVATE=1`, for intranets and the tests). Checked when
//! an endpoint is registered and again on every connection, on the address the name
//! resolves to then (a name that resolved to a public address at registration may point
//! inside later: DNS rebinding).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, RwLock};

use reqwest::Url;

/// Why a destination is refused: a code for the API's field error and a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreachable {
    pub code: &'static str,
    pub message: &'static str,
}

const HTTPS_REQUIRED: Unreachable =
    Unreachable { code: "https_required", message: "must be an https:// address" };
const RESERVED_NAME: Unreachable = Unreachable {
    code: "reserved_name",
    message: "is a name reserved for examples, tests or this machine (RFC 2606, RFC 6761), which no receiver has",
};
const PRIVATE_ADDRESS: Unreachable = Unreachable {
    code: "private_address",
    message: "reaches a loopback, private, link-local, shared or otherwise non-public address",
};
const UNRESOLVED: Unreachable =
    Unreachable { code: "unresolved", message: "names a host that could not be found" };
const CREDENTIALS: Unreachable =
    Unreachable { code: "credentials_in_url", message: "must not hold a user name or password" };

/// How host names are turned into addresses for webhooks.
#[derive(Debug, Clone, Default)]
pub enum Resolver {
    /// The system's resolver (DNS, `/etc/hosts`).
    #[default]
    System,
    /// A fixed table, changeable while the server runs: the tests use it in place of DNS,
    /// so that no test looks up a real name and a name can "rebind" on cue.
    Fixed(Arc<RwLock<HashMap<String, Vec<IpAddr>>>>),
}

impl Resolver {
    async fn lookup(&self, host: &str) -> Result<Vec<IpAddr>, Unreachable> {
        let found: Vec<IpAddr> = match self {
            Self::System => tokio::net::lookup_host((host, 443))
                .await
                .map_err(|_| UNRESOLVED)?
                .map(|address| address.ip())
                .collect(),
            Self::Fixed(table) => table
                .read()
                .map_err(|_| UNRESOLVED)?
                .get(&host.to_ascii_lowercase())
                .cloned()
                .unwrap_or_default(),
        };
        if found.is_empty() { Err(UNRESOLVED) } else { Ok(found) }
    }
}

/// The operator's rule for webhook destinations.
#[derive(Debug, Clone, Default)]
pub struct WebhookReach {
    /// Private addresses and plain `http://` are allowed (`WEBHOOK_ALLOW_PRIVATE=1`).
    pub allow_private: bool,
    pub resolver: Resolver,
}

impl WebhookReach {
    /// `WEBHOOK_ALLOW_PRIVATE=1` (or `true`) opens private networks; anything else keeps them shut.
    pub fn from_env() -> Self {
        let allow_private = std::env::var("WEBHOOK_ALLOW_PRIVATE")
            .is_ok_and(|value| matches!(value.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes"));
        Self { allow_private, resolver: Resolver::System }
    }

    /// Everything that can be told from the address alone: the scheme, no credentials, no
    /// reserved name, and, for an IP address, that it may be reached.
    pub fn check_url(&self, url: &Url) -> Result<(), Unreachable> {
        if url.scheme() != "https" && !(self.allow_private && url.scheme() == "http") {
            return Err(HTTPS_REQUIRED);
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(CREDENTIALS);
        }
        match url.host() {
            Some(url::Host::Domain(name)) if is_reserved_name(name) => Err(RESERVED_NAME),
            Some(url::Host::Domain(_)) => Ok(()),
            Some(url::Host::Ipv4(ip)) => self.check_address(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => self.check_address(IpAddr::V6(ip)),
            None => Err(UNRESOLVED),
        }
    }

    /// [`Self::check_url`], then every address the name resolves to now.
    pub async fn check_destination(&self, url: &Url) -> Result<(), Unreachable> {
        self.check_url(url)?;
        if let Some(url::Host::Domain(name)) = url.host() {
            self.resolve(name).await?;
        }
        Ok(())
    }

    /// The addresses of `host` if every one of them may be reached; a reserved name is
    /// refused without being looked up.
    pub async fn resolve(&self, host: &str) -> Result<Vec<IpAddr>, Unreachable> {
        if is_reserved_name(host) {
            return Err(RESERVED_NAME);
        }
        let addresses = self.resolver.lookup(host).await?;
        for address in &addresses {
            self.check_address(*address)?;
        }
        Ok(addresses)
    }

    fn check_address(&self, address: IpAddr) -> Result<(), Unreachable> {
        if self.allow_private || is_public(address) { Ok(()) } else { Err(PRIVATE_ADDRESS) }
    }
}

/// Names that never belong to a receiver: RFC 2606's examples and test and invalid
/// top-level domains, and RFC 6761's `localhost`.
pub fn is_reserved_name(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let under = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    ["example.com", "example.net", "example.org", "example", "test", "invalid", "localhost"]
        .into_iter()
        .any(under)
}

/// Whether `address` is on the public internet: not loopback, private (RFC 1918, fc00::/7),
/// link-local, shared (100.64.0.0/10), unspecified, multicast, broadcast, documentation,
/// benchmarking or reserved. An IPv4 address inside IPv6 is judged as the IPv4 it is.
pub fn is_public(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_multicast()
        || ip.is_broadcast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b))
        || (a == 192 && b == 0 && c == 0)
        || (a == 198 && (18..20).contains(&b))
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let [first, second, ..] = ip.segments();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        // Unique local (fc00::/7), link-local (fe80::/10), the old site-local (fec0::/10).
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || (first & 0xffc0) == 0xfec0
        // Documentation, and NAT64's well-known prefix (it carries an IPv4 address inside).
        || (first == 0x2001 && second == 0x0db8)
        || (first == 0x0064 && second == 0xff9b)
        // The deprecated IPv4-compatible form, ::a.b.c.d.
        || ip.segments()[..6].iter().all(|segment| *segment == 0))
}

/// reqwest's resolver for the webhook client: looks a name up with [`WebhookReach`] and
/// hands the connector only addresses it may reach, so the check and the connection use
/// the same answer.
#[derive(Debug, Clone)]
pub struct CheckedResolver(pub WebhookReach);

impl reqwest::dns::Resolve for CheckedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let reach = self.0.clone();
        Box::pin(async move {
            let addresses =
                reach.resolve(name.as_str()).await.map_err(|refused| refused.message.to_owned())?;
            let addrs: reqwest::dns::Addrs = Box::new(addresses.into_iter().map(|ip| SocketAddr::new(ip, 0)));
            Ok(addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use std::net::IpAddr;

    use super::{WebhookReach, is_public, is_reserved_name};

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn only_public_addresses_are_public() {
        for inside in [
            "127.0.0.1",
            "127.8.8.8",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.255",
            "0.0.0.0",
            "0.1.2.3",
            "224.0.0.1",
            "255.255.255.255",
            "192.0.2.1",
            "198.18.0.1",
            "240.0.0.1",
            "::",
            "::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:10.1.2.3",
            "::ffff:169.254.169.254",
            "2001:db8::1",
            "64:ff9b::7f00:1",
        ] {
            assert!(!is_public(ip(inside)), "{inside}");
        }
        for outside in
            ["8.8.8.8", "1.1.1.1", "100.128.0.1", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"]
        {
            assert!(is_public(ip(outside)), "{outside}");
        }
    }

    #[test]
    fn reserved_names_are_known_by_their_suffix() {
        for reserved in [
            "example.com",
            "crm.example.com",
            "EXAMPLE.ORG.",
            "a.example.net",
            "x.test",
            "foo.invalid",
            "localhost",
            "db.localhost",
        ] {
            assert!(is_reserved_name(reserved), "{reserved}");
        }
        for open in ["example.com.cn", "myexample.com", "testing.io", "crm.partner.sg"] {
            assert!(!is_reserved_name(open), "{open}");
        }
    }

    #[test]
    fn addresses_are_judged_before_any_lookup() {
        let shut = WebhookReach::default();
        let check = |url: &str| shut.check_url(&reqwest::Url::parse(url).expect("URL")).map_err(|e| e.code);
        assert_eq!(check("https://8.8.8.8/hook"), Ok(()));
        assert_eq!(check("http://8.8.8.8/hook"), Err("https_required"));
        assert_eq!(check("https://127.0.0.1/hook"), Err("private_address"));
        assert_eq!(check("https://[::1]/hook"), Err("private_address"));
        assert_eq!(check("https://[::ffff:7f00:1]/hook"), Err("private_address"));
        assert_eq!(check("https://2130706433/hook"), Err("private_address"), "127.0.0.1 as one number");
        assert_eq!(check("https://0x7f.1/hook"), Err("private_address"));
        assert_eq!(check("https://crm.example.com/hook"), Err("reserved_name"));
        assert_eq!(check("https://user:pw@crm.partner.sg/hook"), Err("credentials_in_url"));
        let open = WebhookReach { allow_private: true, ..WebhookReach::default() };
        assert!(open.check_url(&reqwest::Url::parse("http://127.0.0.1:9/x").expect("URL")).is_ok());
        assert!(open.check_url(&reqwest::Url::parse("http://hooks.localhost/x").expect("URL")).is_err());
    }
}
