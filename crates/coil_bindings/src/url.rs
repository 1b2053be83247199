//! `internalBinding('url')`: the native half of `node:url` — WHATWG URL
//! parsing, the URL setters, `domainToASCII`/`domainToUnicode` and the
//! serialisation `url.format(URL, options)` needs, all on the `url` crate.
//!
//! A parsed URL crosses into JS as an array of its components, in the order
//! of [`COMPONENTS`]; JS keeps that array and hands `href` back with each
//! setter call.

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsResult, JsValue};
use coil_engine::util::{arg, jstr, object_with_functions};
use url::{quirks, Host, Url};

/// The order of the components in the arrays `parse` and `update` return.
pub const COMPONENTS: [&str; 11] = [
    "href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname",
    "search", "hash",
];

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<boa_engine::JsObject> {
    Ok(object_with_functions(
        ctx,
        &[
            ("parse", parse, 2),
            ("canParse", can_parse, 2),
            ("update", update, 3),
            ("domainToASCII", domain_to_ascii, 1),
            ("domainToUnicode", domain_to_unicode, 1),
            ("format", format, 5),
            ("parseParams", parse_params, 1),
            ("serializeParams", serialize_params, 1),
            ("legacyParse", legacy_parse, 2),
        ],
    ))
}

/// Argument `i` as a USVString (lone surrogates become U+FFFD), as WebIDL
/// converts URL arguments.
fn usv(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(ctx)?.to_std_string_lossy())
}

/// Parse `input` against the optional `base` (`undefined` means none).
fn parse_with_base(args: &[JsValue], ctx: &mut Context) -> JsResult<Option<Url>> {
    let input = usv(args, 0, ctx)?;
    let base = arg(args, 1);
    if base.is_undefined() {
        return Ok(Url::parse(&input).ok());
    }
    let base = base.to_string(ctx)?.to_std_string_lossy();
    Ok(Url::parse(&base)
        .ok()
        .and_then(|b| Url::options().base_url(Some(&b)).parse(&input).ok()))
}

/// The components of `url` as a JS array, in [`COMPONENTS`] order.
fn components(url: &Url, ctx: &mut Context) -> JsValue {
    let origin = quirks::origin(url);
    let parts = [
        quirks::href(url),
        origin.as_str(),
        quirks::protocol(url),
        quirks::username(url),
        quirks::password(url),
        quirks::host(url),
        quirks::hostname(url),
        quirks::port(url),
        quirks::pathname(url),
        quirks::search(url),
        quirks::hash(url),
    ];
    JsArray::from_iter(parts.iter().map(|p| jstr(p)), ctx).into()
}

/// `parse(input, base)`: the components, or `undefined` when parsing fails.
fn parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(match parse_with_base(args, ctx)? {
        Some(url) => components(&url, ctx),
        None => JsValue::undefined(),
    })
}

/// `canParse(input, base)`: whether `parse` would succeed.
fn can_parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(parse_with_base(args, ctx)?.is_some()))
}

/// `update(href, setter, value)`: apply the WHATWG setter named `setter` to
/// the URL `href`. Returns the new components, or `false` when the setter
/// rejected the value (the URL is then unchanged; only `href` reports that).
fn update(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let href = usv(args, 0, ctx)?;
    let setter = usv(args, 1, ctx)?;
    let value = usv(args, 2, ctx)?;
    let Ok(mut url) = Url::parse(&href) else {
        return Ok(JsValue::from(false));
    };
    let ok = match setter.as_str() {
        "href" => quirks::set_href(&mut url, &value).is_ok(),
        "protocol" => quirks::set_protocol(&mut url, &value).is_ok(),
        "username" => quirks::set_username(&mut url, &value).is_ok(),
        "password" => quirks::set_password(&mut url, &value).is_ok(),
        "host" => quirks::set_host(&mut url, &value).is_ok(),
        "hostname" => quirks::set_hostname(&mut url, &value).is_ok(),
        "port" => quirks::set_port(&mut url, &value).is_ok(),
        "pathname" => {
            quirks::set_pathname(&mut url, &value);
            true
        }
        "search" => {
            quirks::set_search(&mut url, &value);
            true
        }
        "hash" => {
            quirks::set_hash(&mut url, &value);
            true
        }
        _ => false,
    };
    Ok(if ok {
        components(&url, ctx)
    } else {
        JsValue::from(false)
    })
}

/// The host `domain` parses to, as a special URL's host parser sees it.
fn parse_host(domain: &str) -> Option<Host<String>> {
    if domain.is_empty() {
        return None;
    }
    Host::parse(domain).ok()
}

/// `domainToASCII(domain)`: the ASCII (punycode) serialisation of the host,
/// or `''` when it is not a valid host.
fn domain_to_ascii(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let domain = usv(args, 0, ctx)?;
    Ok(match parse_host(&domain) {
        Some(host) => jstr(&host.to_string()),
        None => jstr(""),
    })
}

/// The Unicode form of a parsed host.
fn host_to_unicode(host: &Host<String>) -> String {
    match host {
        Host::Domain(d) => idna_to_unicode(d),
        other => other.to_string(),
    }
}

/// Decode the punycode labels of an (already validated ASCII) domain.
fn idna_to_unicode(domain: &str) -> String {
    // `quirks::domain_to_unicode` re-parses and decodes; the domain is valid.
    let unicode = quirks::domain_to_unicode(domain);
    if unicode.is_empty() {
        domain.to_string()
    } else {
        unicode
    }
}

/// `domainToUnicode(domain)`: the Unicode serialisation of the host, or `''`
/// when it is not a valid host.
fn domain_to_unicode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let domain = usv(args, 0, ctx)?;
    Ok(match parse_host(&domain) {
        Some(host) => jstr(&host_to_unicode(&host)),
        None => jstr(""),
    })
}

/// `format(href, fragment, unicode, search, auth)`: serialise `href` leaving
/// out the fragment, query or credentials when their flag is false, with the
/// host in Unicode when `unicode` is true (`url.format(URL, options)`).
fn format(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let href = usv(args, 0, ctx)?;
    let fragment = arg(args, 1).to_boolean();
    let unicode = arg(args, 2).to_boolean();
    let search = arg(args, 3).to_boolean();
    let auth = arg(args, 4).to_boolean();
    let Ok(mut url) = Url::parse(&href) else {
        return Ok(jstr(&href));
    };
    if !fragment {
        url.set_fragment(None);
    }
    if !search {
        url.set_query(None);
    }
    if !auth {
        let _ = url.set_username("");
        let _ = url.set_password(None);
    }
    if !unicode {
        return Ok(jstr(url.as_str()));
    }
    let Some(host) = url.host() else {
        return Ok(jstr(url.as_str()));
    };
    let host = host_to_unicode(&host.to_owned());
    let s = url.as_str();
    let before = &s[..url[..url::Position::BeforeHost].len()];
    let after = &s[url[..url::Position::AfterHost].len()..];
    let mut out = String::with_capacity(s.len() + host.len());
    out.push_str(before);
    out.push_str(&host);
    out.push_str(after);
    Ok(jstr(&out))
}

/// `parseParams(query)`: the name/value pairs of an
/// `application/x-www-form-urlencoded` string, as a flat array
/// `[name0, value0, name1, value1, ...]`.
fn parse_params(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = usv(args, 0, ctx)?;
    let mut out = Vec::new();
    for (name, value) in url::form_urlencoded::parse(input.as_bytes()) {
        out.push(jstr(&name));
        out.push(jstr(&value));
    }
    Ok(JsArray::from_iter(out, ctx).into())
}

/// `serializeParams(list)`: serialise a flat name/value array (of strings
/// already converted to USVStrings) as `application/x-www-form-urlencoded`.
fn serialize_params(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(list) = arg(args, 0).as_object() else {
        return Ok(jstr(""));
    };
    let len = list
        .get(boa_engine::js_string!("length"), ctx)?
        .to_length(ctx)?;
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    let mut i = 0;
    while i + 1 < len {
        let name = list.get(i, ctx)?.to_string(ctx)?.to_std_string_lossy();
        let value = list.get(i + 1, ctx)?.to_string(ctx)?.to_std_string_lossy();
        ser.append_pair(&name, &value);
        i += 2;
    }
    Ok(jstr(&ser.finish()))
}

/// `legacyParse(url, slashesDenoteHost)`: the fields of Node's legacy
/// `url.parse()` (see [`legacy`]), as an array: protocol, slashes, auth,
/// host, port, hostname, hash, search, query, pathname, path, href (set only
/// for the plain-path shortcut; JS formats it otherwise) and a status (bit 1:
/// warn about an invalid port, bit 2: the host is invalid).
fn legacy_parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = arg(args, 0).to_string(ctx)?.to_vec();
    let slashes_denote_host = arg(args, 1).to_boolean();
    let p = legacy::parse(&input, slashes_denote_host);
    let field = |f: Option<Vec<u16>>| match f {
        Some(units) => JsValue::from(boa_engine::JsString::from(&units[..])),
        None => JsValue::null(),
    };
    let status = i32::from(p.warn_port) | (i32::from(p.invalid) << 1);
    let values = vec![
        field(p.protocol),
        if p.slashes {
            JsValue::from(true)
        } else {
            JsValue::null()
        },
        field(p.auth),
        field(p.host),
        field(p.port),
        field(p.hostname),
        field(p.hash),
        field(p.search),
        field(p.query),
        field(p.pathname),
        field(p.path),
        field(p.href),
        JsValue::from(status),
    ];
    Ok(JsArray::from_iter(values, ctx).into())
}

/// Node's legacy (pre-WHATWG) URL parser, on UTF-16 code units so that every
/// index and every character kept matches what JS sees.
mod legacy {
    /// A UTF-16 string.
    type W = Vec<u16>;

    /// The fields `url.parse()` fills in (`None` is JS `null`).
    #[derive(Default, Debug)]
    pub struct Parsed {
        pub protocol: Option<W>,
        pub slashes: bool,
        pub auth: Option<W>,
        pub host: Option<W>,
        pub port: Option<W>,
        pub hostname: Option<W>,
        pub hash: Option<W>,
        pub search: Option<W>,
        pub query: Option<W>,
        pub pathname: Option<W>,
        pub path: Option<W>,
        /// Set only by the plain-path shortcut.
        pub href: Option<W>,
        /// A ':' ended the host early: Node warns (DEP0170).
        pub warn_port: bool,
        /// The hostname has forbidden characters: Node throws ERR_INVALID_URL.
        pub invalid: bool,
    }

    const fn u(c: char) -> u16 {
        c as u16
    }

    /// Trimmed at both ends of the input.
    fn is_trim_space(c: u16) -> bool {
        c <= 32 || c == 0xA0 || c == 0xFEFF
    }

    /// JS RegExp `\s`.
    fn is_js_space(c: u16) -> bool {
        matches!(c, 0x09..=0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029
            | 0x202F | 0x205F | 0x3000 | 0xFEFF)
    }

    fn find(s: &[u16], c: char) -> Option<usize> {
        s.iter().position(|&x| x == u(c))
    }

    fn concat(parts: &[&[u16]]) -> W {
        let mut out = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
        for p in parts {
            out.extend_from_slice(p);
        }
        out
    }

    fn w(s: &str) -> W {
        s.encode_utf16().collect()
    }

    /// Trim, and turn backslashes before the first '?' or '#' into slashes.
    /// Returns the text and whether an '@' came before that point and whether
    /// a '#' appears at all.
    fn preprocess(s: &[u16]) -> (W, bool, bool) {
        let mut first = 0;
        while first < s.len() && is_trim_space(s[first]) {
            first += 1;
        }
        let mut last = s.len();
        while last > first && is_trim_space(s[last - 1]) {
            last -= 1;
        }
        let s = &s[first..last];
        let mut has_at = false;
        let mut has_hash = false;
        let mut split = None;
        for (i, &c) in s.iter().enumerate() {
            if split.is_none() {
                if c == u('@') {
                    has_at = true;
                } else if c == u('#') {
                    has_hash = true;
                    split = Some(i);
                } else if c == u('?') {
                    split = Some(i);
                }
            } else if c == u('#') {
                has_hash = true;
                break;
            }
        }
        let end = split.unwrap_or(s.len());
        let mut rest = s.to_vec();
        for c in &mut rest[..end] {
            if *c == u('\\') {
                *c = u('/');
            }
        }
        (rest, has_at, has_hash)
    }

    /// `/^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/`: (pathname, search).
    fn simple_path(rest: &[u16]) -> Option<(W, Option<W>)> {
        if rest.first() != Some(&u('/')) {
            return None;
        }
        let p = if rest.get(1) == Some(&u('/')) { 2 } else { 1 };
        if rest.get(p) == Some(&u('/')) {
            return None;
        }
        let q = rest[p..]
            .iter()
            .position(|&c| c == u('?') || is_js_space(c))
            .map_or(rest.len(), |i| i + p);
        if q == rest.len() {
            return Some((rest.to_vec(), None));
        }
        if rest[q] != u('?') || rest[q..].iter().any(|&c| is_js_space(c)) {
            return None;
        }
        Some((rest[..q].to_vec(), Some(rest[q..].to_vec())))
    }

    fn is_proto_char(c: u16) -> bool {
        c < 128 && {
            let b = c as u8;
            b.is_ascii_alphanumeric() || b == b'.' || b == b'+' || b == b'-'
        }
    }

    fn eq_str(s: &[u16], t: &str) -> bool {
        s.len() == t.len() && s.iter().zip(t.bytes()).all(|(&a, b)| a == u16::from(b))
    }

    /// Protocols with no host part.
    fn hostless(p: &[u16]) -> bool {
        eq_str(p, "javascript") || eq_str(p, "javascript:")
    }

    /// Protocols that always have '//' (compared exactly, case included).
    fn slashed(p: &[u16]) -> bool {
        [
            "http", "http:", "https", "https:", "ftp", "ftp:", "gopher", "gopher:", "file",
            "file:", "ws", "ws:", "wss", "wss:",
        ]
        .iter()
        .any(|t| eq_str(p, t))
    }

    /// `/^\/\/[^@/]+@[^@/]+/`
    fn auth_host_prefix(rest: &[u16]) -> bool {
        if rest.len() < 2 || rest[0] != u('/') || rest[1] != u('/') {
            return false;
        }
        let body = &rest[2..];
        let n = body
            .iter()
            .take_while(|&&c| c != u('@') && c != u('/'))
            .count();
        if n == 0 || body.get(n) != Some(&u('@')) {
            return false;
        }
        matches!(body.get(n + 1), Some(&c) if c != u('@') && c != u('/'))
    }

    /// Characters never allowed in a host (RFC 2396).
    fn is_non_host(c: u16) -> bool {
        c < 128 && b" \"%';<>\\^`{|}".contains(&(c as u8))
    }

    fn forbidden_host(s: &[u16]) -> bool {
        s.iter()
            .any(|&c| c < 128 && b"\0\t\n\r #%/:<>?@[\\]^|".contains(&(c as u8)))
    }

    fn forbidden_host_ipv6(s: &[u16]) -> bool {
        s.iter()
            .any(|&c| c < 128 && b"\0\t\n\r #%/<>?@\\^|".contains(&(c as u8)))
    }

    /// JS `toLowerCase` (unpaired surrogates become U+FFFD).
    fn to_lower(s: &[u16]) -> W {
        if s.iter().all(|&c| c < 128) {
            return s
                .iter()
                .map(|&c| (c as u8).to_ascii_lowercase().into())
                .collect();
        }
        w(&String::from_utf16_lossy(s).to_lowercase())
    }

    /// IDNA for the legacy parser: tabs and newlines go, then UTS #46
    /// ToASCII without the STD3 rules or DNS length checks (as Node's legacy
    /// parser does for every hostname). `None` when the name will not convert.
    fn to_ascii(s: &[u16]) -> Option<W> {
        let s: W = s
            .iter()
            .copied()
            .filter(|&c| c != u('\t') && c != u('\n') && c != u('\r'))
            .collect();
        idna::domain_to_ascii(&String::from_utf16_lossy(&s))
            .ok()
            .map(|a| w(&a))
    }

    /// `[`...`]`
    fn is_ipv6(s: &[u16]) -> bool {
        s.len() >= 2 && s[0] == u('[') && s[s.len() - 1] == u(']')
    }

    /// Parse `input` as Node's `url.parse()` does.
    pub fn parse(input: &[u16], slashes_denote_host: bool) -> Parsed {
        let mut out = Parsed::default();
        let (mut rest, has_at, has_hash) = preprocess(input);

        if !slashes_denote_host && !has_hash && !has_at {
            if let Some((pathname, search)) = simple_path(&rest) {
                out.path = Some(rest.clone());
                out.href = Some(rest);
                out.pathname = Some(pathname);
                if let Some(search) = search {
                    out.query = Some(search[1..].to_vec());
                    out.search = Some(search);
                }
                return out;
            }
        }

        let n = rest.iter().take_while(|&&c| is_proto_char(c)).count();
        let proto: Option<W> = (n > 0 && rest.get(n) == Some(&u(':'))).then(|| rest[..=n].to_vec());
        let mut lower_proto = W::new();
        if let Some(p) = &proto {
            lower_proto = to_lower(p);
            out.protocol = Some(lower_proto.clone());
            rest = rest[p.len()..].to_vec();
        }

        let mut slashes = false;
        if slashes_denote_host || proto.is_some() || auth_host_prefix(&rest) {
            slashes = rest.len() >= 2 && rest[0] == u('/') && rest[1] == u('/');
            if slashes && !(proto.is_some() && hostless(&lower_proto)) {
                rest = rest[2..].to_vec();
                out.slashes = true;
            }
        }

        if !hostless(&lower_proto) && (slashes || proto.as_deref().is_some_and(|p| !slashed(p))) {
            rest = auth_and_host(&mut out, rest);
            if out.invalid {
                return out;
            }
        }

        if !hostless(&lower_proto) {
            rest = auto_escape(&rest);
        }

        let hash_idx = find(&rest, '#');
        if let Some(h) = hash_idx {
            out.hash = Some(rest[h..].to_vec());
        }
        let question_idx = find(&rest, '?').filter(|&q| hash_idx.is_none_or(|h| q < h));
        if let Some(q) = question_idx {
            let end = hash_idx.unwrap_or(rest.len());
            out.search = Some(rest[q..end].to_vec());
            out.query = Some(rest[q + 1..end].to_vec());
        }
        match question_idx.or(hash_idx) {
            None => {
                if !rest.is_empty() {
                    out.pathname = Some(rest.clone());
                }
            }
            Some(0) => {}
            Some(f) => out.pathname = Some(rest[..f].to_vec()),
        }
        let has_hostname = out.hostname.as_ref().is_some_and(|h| !h.is_empty());
        if slashed(&lower_proto) && has_hostname && out.pathname.is_none() {
            out.pathname = Some(vec![u('/')]);
        }
        if out.pathname.is_some() || out.search.is_some() {
            out.path = Some(concat(&[
                out.pathname.as_deref().unwrap_or_default(),
                out.search.as_deref().unwrap_or_default(),
            ]));
        }
        out
    }

    /// Escape the characters the legacy parser escapes after the host.
    fn auto_escape(rest: &[u16]) -> W {
        let mut out = Vec::with_capacity(rest.len());
        for &c in rest {
            let esc = match c {
                0x09 => "%09",
                0x0A => "%0A",
                0x0D => "%0D",
                0x20 => "%20",
                0x22 => "%22",
                0x27 => "%27",
                0x3C => "%3C",
                0x3E => "%3E",
                0x5C => "%5C",
                0x5E => "%5E",
                0x60 => "%60",
                0x7B => "%7B",
                0x7C => "%7C",
                0x7D => "%7D",
                _ => {
                    out.push(c);
                    continue;
                }
            };
            out.extend(esc.encode_utf16());
        }
        out
    }

    /// Split "auth@host:port" off the front of `rest`; returns what follows.
    fn auth_and_host(out: &mut Parsed, mut rest: W) -> W {
        let mut at_sign = None;
        let mut non_host = None;
        for (i, &c) in rest.iter().enumerate() {
            if is_non_host(c) {
                non_host.get_or_insert(i);
            } else if c == u('#') || c == u('/') || c == u('?') {
                non_host.get_or_insert(i);
                break;
            } else if c == u('@') {
                at_sign = Some(i);
                non_host = None;
            }
        }
        let mut start = 0;
        if let Some(a) = at_sign {
            out.auth = Some(rest[..a].to_vec());
            start = a + 1;
        }
        let mut host = match non_host {
            None => {
                let h = rest[start..].to_vec();
                rest.clear();
                h
            }
            Some(n) => {
                let h = rest[start..n].to_vec();
                rest = rest[n..].to_vec();
                h
            }
        };

        // A trailing ":digits" is the port.
        let mut j = host.len();
        while j > 0 && (u('0')..=u('9')).contains(&host[j - 1]) {
            j -= 1;
        }
        if j > 0 && host[j - 1] == u(':') {
            if j < host.len() {
                out.port = Some(host[j..].to_vec());
            }
            host.truncate(j - 1);
        }
        let mut hostname = host;

        let ipv6 = is_ipv6(&hostname);
        if !ipv6 {
            // A character a hostname cannot have ends it; the rest joins the path.
            let cut = hostname
                .iter()
                .position(|&c| [u('/'), u('\\'), u('#'), u('?'), u(':')].contains(&c));
            if let Some(i) = cut {
                if hostname[i] == u(':') {
                    out.warn_port = true;
                }
                rest = concat(&[&[u('/')], &hostname[i..], &rest]);
                hostname.truncate(i);
            }
        }

        hostname = if hostname.len() > 255 {
            W::new()
        } else {
            to_lower(&hostname)
        };

        if !hostname.is_empty() {
            if ipv6 {
                if forbidden_host_ipv6(&hostname) {
                    out.invalid = true;
                    return rest;
                }
            } else {
                match to_ascii(&hostname) {
                    Some(ascii) => hostname = ascii,
                    None => {
                        out.invalid = true;
                        return rest;
                    }
                }
                if forbidden_host(&hostname) {
                    out.invalid = true;
                    return rest;
                }
            }
        }

        let mut full_host = hostname.clone();
        if let Some(port) = &out.port {
            full_host.push(u(':'));
            full_host.extend_from_slice(port);
        }
        out.host = Some(full_host);
        if ipv6 {
            hostname = hostname[1..hostname.len() - 1].to_vec();
            if rest.first() != Some(&u('/')) {
                rest.insert(0, u('/'));
            }
        }
        out.hostname = Some(hostname);
        rest
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn s(units: &Option<W>) -> Option<String> {
            units.as_ref().map(|u| String::from_utf16_lossy(u))
        }

        #[test]
        fn full_url() {
            let p = parse(&w("http://user:pw@Host.COM:80/p/a?q=1#h"), false);
            assert_eq!(s(&p.protocol).as_deref(), Some("http:"));
            assert!(p.slashes);
            assert_eq!(s(&p.auth).as_deref(), Some("user:pw"));
            assert_eq!(s(&p.host).as_deref(), Some("host.com:80"));
            assert_eq!(s(&p.port).as_deref(), Some("80"));
            assert_eq!(s(&p.pathname).as_deref(), Some("/p/a"));
            assert_eq!(s(&p.search).as_deref(), Some("?q=1"));
            assert_eq!(s(&p.hash).as_deref(), Some("#h"));
            assert_eq!(s(&p.path).as_deref(), Some("/p/a?q=1"));
        }

        #[test]
        fn quirks() {
            let p = parse(&w("http://a:b/"), false);
            assert!(p.warn_port);
            assert_eq!(s(&p.hostname).as_deref(), Some("a"));
            assert_eq!(s(&p.pathname).as_deref(), Some("/:b/"));
            let p = parse(&w("/x?y z"), false);
            assert!(p.href.is_none());
            let p = parse(&w("/x?y"), false);
            assert_eq!(s(&p.href).as_deref(), Some("/x?y"));
            assert!(parse(&w("http://a[b]/"), false).invalid);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_hosts_round_trip() {
        let host = parse_host("xn--espaol-zwa.com").expect("valid host");
        assert_eq!(host_to_unicode(&host), "español.com");
        assert_eq!(
            parse_host("español.com").map(|h| h.to_string()),
            Some("xn--espaol-zwa.com".to_string())
        );
        assert!(parse_host("a b").is_none());
        assert_eq!(
            parse_host("0x7f.1").map(|h| h.to_string()),
            Some("127.0.0.1".to_string())
        );
    }
}
