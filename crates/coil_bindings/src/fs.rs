//! `internalBinding('fs')`: the file-system operations the module loader and
//! the Foundation need — stat for resolution, reading files synchronously and
//! through the thread pool, realpath. The rest of node:fs builds on this module.

use std::rc::Rc;

use boa_engine::{Context, JsObject, JsResult, JsValue};
use coil_engine::bytes::new_uint8_array;
use coil_engine::errors::system_error;
use coil_engine::util::{arg, arg_function, arg_string, jstr, object_with_functions};
use coil_engine::{run_callback, state};

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(object_with_functions(
        ctx,
        &[
            ("internalModuleStat", internal_module_stat, 1),
            ("readFileUtf8", read_file_utf8, 1),
            ("readFileBytes", read_file_bytes, 1),
            ("readFile", read_file, 3),
            ("realpath", realpath, 1),
        ],
    ))
}

/// 0 for a file, 1 for a directory, a negative errno when missing.
fn internal_module_stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    Ok(JsValue::from(match std::fs::metadata(&path) {
        Ok(m) if m.is_dir() => 1,
        Ok(_) => 0,
        Err(e) => -e.raw_os_error().unwrap_or(2),
    }))
}

/// Read a whole file as UTF-8 text (invalid sequences become U+FFFD).
fn read_file_utf8(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    match std::fs::read(&path) {
        Ok(bytes) => Ok(jstr(&String::from_utf8_lossy(&bytes))),
        Err(e) => Err(system_error(&e, "open", Some(&path), None, ctx)),
    }
}

/// Read a whole file as a `Uint8Array`.
fn read_file_bytes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    match std::fs::read(&path) {
        Ok(bytes) => Ok(new_uint8_array(&bytes, ctx)?.into()),
        Err(e) => Err(system_error(&e, "open", Some(&path), None, ctx)),
    }
}

/// `readFile(path, asText, callback)`: one thread-pool request; the callback
/// gets `(err, data)` in the poll phase.
fn read_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let as_text = arg(args, 1).to_boolean();
    let callback = arg_function(args, 2, "callback")?;
    let st = state(ctx);
    let pool = Rc::clone(&st.pool);
    let work_path = path.clone();
    pool.submit(
        &st.lp,
        move || std::fs::read(&work_path),
        move |ctx: &mut Context, _, result: std::io::Result<Vec<u8>>| {
            let args = match result {
                Ok(bytes) => {
                    let data = if as_text {
                        Ok(jstr(&String::from_utf8_lossy(&bytes)))
                    } else {
                        new_uint8_array(&bytes, ctx).map(JsValue::from)
                    };
                    match data {
                        Ok(data) => vec![JsValue::null(), data],
                        Err(e) => vec![coil_engine::errors::to_value(e, ctx)],
                    }
                }
                Err(e) => {
                    let err = system_error(&e, "open", Some(&path), None, ctx);
                    vec![coil_engine::errors::to_value(err, ctx)]
                }
            };
            run_callback(ctx, &callback, &JsValue::undefined(), &args);
        },
    );
    Ok(JsValue::undefined())
}

/// `realpath(path)`: the canonical absolute path.
fn realpath(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    match std::fs::canonicalize(&path) {
        Ok(p) => Ok(jstr(&p.to_string_lossy())),
        Err(e) => Err(system_error(&e, "realpath", Some(&path), None, ctx)),
    }
}
