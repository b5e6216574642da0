//! Who the client is, for rate limits and logs: the TCP peer, or, when the peer is one of
//! the operator's proxies (`TRUSTED_PROXIES`, CIDRs), the address the proxies say they
//! forwarded for (`X-Forwarded-For`, read from the right: the last address no trusted proxy
//! owns). Without trusted proxies the header is ignored: anyone can write it.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;

/// The client's address as resolved for this request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

/// The proxies whose `X-Forwarded-For` is believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn new(networks: Vec<IpNet>) -> Self {
        Self(networks)
    }

    /// `TRUSTED_PROXIES`: networks or addresses, separated by commas or spaces
    /// (`10.0.0.0/8, 192.168.1.5, fd00::/8`); none when unset.
    pub fn from_env() -> anyhow::Result<Self> {
        let Ok(raw) = std::env::var("TRUSTED_PROXIES") else { return Ok(Self::default()) };
        raw.split([',', ' '])
            .filter(|part| !part.trim().is_empty())
            .map(parse_network)
            .collect::<Result<_, _>>()
            .map(Self)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|network| network.contains(&address))
    }

    /// The client behind `peer`, as the trusted proxies on the way report it.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let forwarded: Vec<IpAddr> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(|entry| entry.trim().parse::<IpAddr>())
            .collect::<Result<_, _>>()
            // A list that cannot be read is not believed in part.
            .unwrap_or_default();
        forwarded.into_iter().rev().find(|hop| !self.trusts(*hop)).unwrap_or(peer)
    }
}

fn parse_network(raw: &str) -> anyhow::Result<IpNet> {
    let raw = raw.trim();
    raw.parse::<IpNet>()
        .or_else(|_| raw.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| anyhow::anyhow!("TRUSTED_PROXIES: `{raw}` is not an address or a network (CIDR)"))
}

/// Middleware: puts the [`ClientAddress`] into the request's extensions.
pub async fn resolve_client_address(
    State(trusted): State<TrustedProxies>,
    mut request: Request,
    next: Next,
) -> Response {
    if let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>().copied() {
        let client = trusted.client(peer.ip(), request.headers());
        request.extensions_mut().insert(ClientAddress(client));
    }
    next.run(request).await
}

/// What a rate limit counts an address as: an IPv4 address by itself (also written inside
/// IPv6), an IPv6 address by its /64, the smallest network one subscriber is given.
pub fn limit_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let [a, b, c, d, ..] = v6.segments();
                IpAddr::V6(Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use std::net::IpAddr;

    use axum::http::{HeaderMap, HeaderValue};

    use super::{TrustedProxies, limit_key, parse_network};

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    fn forwarded(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn the_header_counts_only_from_a_trusted_proxy_read_from_the_right() {
        let proxies = TrustedProxies::new(vec![
            parse_network("10.0.0.0/8").unwrap_or_else(|_| unreachable!()),
            parse_network("192.168.1.5").unwrap_or_else(|_| unreachable!()),
        ]);
        let headers = forwarded("203.0.113.1, 198.51.100.7, 10.1.1.1");
        assert_eq!(proxies.client(ip("10.2.2.2"), &headers), ip("198.51.100.7"), "the last untrusted hop");
        assert_eq!(proxies.client(ip("8.8.8.8"), &headers), ip("8.8.8.8"), "not from a proxy: ignored");
        assert_eq!(proxies.client(ip("192.168.1.5"), &forwarded("garbage, 1.2.3.4")), ip("192.168.1.5"));
        assert_eq!(proxies.client(ip("10.0.0.1"), &HeaderMap::new()), ip("10.0.0.1"));
        assert_eq!(TrustedProxies::default().client(ip("127.0.0.1"), &headers), ip("127.0.0.1"));
    }

    #[test]
    fn ipv6_addresses_count_by_their_64_bit_network() {
        assert_eq!(limit_key(ip("2001:db8:1:2::1")), limit_key(ip("2001:db8:1:2:ffff::9")));
        assert_ne!(limit_key(ip("2001:db8:1:2::1")), limit_key(ip("2001:db8:1:3::1")));
        assert_eq!(limit_key(ip("::ffff:198.51.100.7")), ip("198.51.100.7"));
        assert_ne!(limit_key(ip("198.51.100.7")), limit_key(ip("198.51.100.8")));
    }
}
