//! `internalBinding('encoding_binding')`: UTF-8 encoding and the decoders
//! behind `TextDecoder` (utf-8, utf-16le, latin1), done in Rust.

use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue};
use coil_engine::bytes::{bytes_of, new_uint8_array};
use coil_engine::util::{arg, arg_string, object_with_functions};

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(object_with_functions(
        ctx,
        &[("encodeUtf8", encode_utf8, 1), ("decode", decode, 4)],
    ))
}

/// `encodeUtf8(string)` → `Uint8Array` (lone surrogates become U+FFFD).
fn encode_utf8(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    Ok(new_uint8_array(text.as_bytes(), ctx)?.into())
}

/// `decode(bytes, encoding, fatal, ignoreBOM)` → string. With `fatal`, invalid
/// input throws Node's `ERR_ENCODING_INVALID_ENCODED_DATA` TypeError.
fn decode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = bytes_of(&arg(args, 0), ctx)?;
    let encoding = arg_string(args, 1, ctx)?;
    let fatal = arg(args, 2).to_boolean();
    let ignore_bom = arg(args, 3).to_boolean();
    let invalid = |ctx: &mut Context| -> JsResult<JsValue> {
        let err = JsNativeError::typ()
            .with_message(format!(
                "The encoded data was not valid for encoding {encoding}"
            ))
            .into_opaque(ctx);
        err.set(
            js_string!("code"),
            js_string!("ERR_ENCODING_INVALID_ENCODED_DATA"),
            false,
            ctx,
        )?;
        Err(boa_engine::JsError::from_opaque(err.into()))
    };
    match encoding.as_str() {
        "utf-8" => {
            let body = if !ignore_bom && bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
                &bytes[3..]
            } else {
                &bytes[..]
            };
            match std::str::from_utf8(body) {
                Ok(s) => Ok(JsString::from(s).into()),
                Err(_) if fatal => invalid(ctx),
                Err(_) => Ok(JsString::from(String::from_utf8_lossy(body).as_ref()).into()),
            }
        }
        "utf-16le" => {
            let mut units: Vec<u16> = bytes
                .chunks(2)
                .map(|c| u16::from_le_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                .collect();
            if bytes.len() % 2 == 1 {
                if fatal {
                    return invalid(ctx);
                }
                units.pop();
                units.push(0xFFFD);
            }
            if !ignore_bom && units.first() == Some(&0xFEFF) {
                units.remove(0);
            }
            if fatal && String::from_utf16(&units).is_err() {
                return invalid(ctx);
            }
            let text: String = char::decode_utf16(units.iter().copied())
                .map(|r| r.unwrap_or('\u{FFFD}'))
                .collect();
            Ok(JsString::from(text.as_str()).into())
        }
        "latin1" | "iso-8859-1" | "windows-1252" | "ascii" => {
            let text: String = bytes.iter().map(|b| char::from(*b)).collect();
            Ok(JsString::from(text.as_str()).into())
        }
        other => Err(JsNativeError::range()
            .with_message(format!("The \"{other}\" encoding is not supported"))
            .into()),
    }
}
