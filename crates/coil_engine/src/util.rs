//! Small helpers for writing native bindings: argument access and object
//! building.

use boa_engine::object::ObjectInitializer;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction};

/// A native function pointer, as bindings define them.
pub type NativeFn = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

/// Build an object of native functions: `[(name, function, length)]`.
pub fn object_with_functions(ctx: &mut Context, functions: &[(&str, NativeFn, usize)]) -> JsObject {
    let mut init = ObjectInitializer::new(ctx);
    for (name, f, len) in functions {
        init.function(NativeFunction::from_fn_ptr(*f), JsString::from(*name), *len);
    }
    init.build()
}

/// Argument `i`, or `undefined`.
pub fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

/// Argument `i` as a Rust string (the JS layer validated it already).
pub fn arg_string(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(ctx)?.to_std_string_escaped())
}

/// Argument `i` as an object, or a TypeError naming `what`.
pub fn arg_object(args: &[JsValue], i: usize, what: &str) -> JsResult<JsObject> {
    arg(args, i).as_object().ok_or_else(|| {
        JsNativeError::typ()
            .with_message(format!("{what} must be an object"))
            .into()
    })
}

/// Argument `i` as a callable function object, or a TypeError naming `what`.
pub fn arg_function(args: &[JsValue], i: usize, what: &str) -> JsResult<JsObject> {
    arg(args, i).as_callable().ok_or_else(|| {
        JsNativeError::typ()
            .with_message(format!("{what} must be a function"))
            .into()
    })
}

/// Argument `i` as a number (NaN when missing).
pub fn arg_number(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<f64> {
    arg(args, i).to_number(ctx)
}

/// Set a data property, ignoring the (impossible on fresh objects) failure.
pub fn set(obj: &JsObject, key: &str, value: impl Into<JsValue>, ctx: &mut Context) {
    let _ = obj.set(JsString::from(key), value.into(), false, ctx);
}

/// `js_string!` for runtime strings.
pub fn jstr(s: &str) -> JsValue {
    JsString::from(s).into()
}
