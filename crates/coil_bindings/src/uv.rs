//! `internalBinding('uv')`: libuv's error names and descriptions — the one
//! table lives in `coil_engine::errors::UV_ERRORS`, and stdlib's
//! `internal/errors` reads it from here (`errname`, `getErrorMap`, and a
//! `UV_<CODE>` constant per error).

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use coil_engine::errors::UV_ERRORS;
use coil_engine::util::{arg, jstr, object_with_functions, set};

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    let obj = object_with_functions(
        ctx,
        &[("errname", errname, 1), ("getErrorMap", error_map, 0)],
    );
    for (code, errno, _) in UV_ERRORS {
        set(&obj, &format!("UV_{code}"), *errno, ctx);
    }
    Ok(obj)
}

/// `errname(err)`: the code name for a negative uv error number, or
/// `undefined` when libuv has none.
fn errname(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let Some(err) = arg(args, 0).as_number() else {
        return Ok(JsValue::undefined());
    };
    Ok(UV_ERRORS
        .iter()
        .find(|(_, errno, _)| f64::from(*errno) == err)
        .map_or(JsValue::undefined(), |(code, _, _)| jstr(code)))
}

/// `getErrorMap()`: `[[errno, code, description], ...]` in table order.
fn error_map(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let rows: Vec<JsValue> = UV_ERRORS
        .iter()
        .map(|(code, errno, desc)| {
            JsArray::from_iter([JsValue::from(*errno), jstr(code), jstr(desc)], ctx).into()
        })
        .collect();
    Ok(JsArray::from_iter(rows, ctx).into())
}
