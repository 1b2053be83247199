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
