//! Error conversion: Rust/engine errors to JS values, Node-style system errors
//! (code, negative errno, syscall, path, dest) and the helpers bindings use to
//! throw.

use boa_engine::error::{JsNativeError, PanicError};
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsError, JsObject, JsResult, JsValue};

/// The marker error `process.reallyExit` throws to unwind JS: it cannot be
/// caught by JS, and the runtime recognises exit by the engine state.
pub fn exit_unwind() -> JsError {
    PanicError::new("process exit").into()
}

/// Convert any `JsError` into a JS value. Engine runtime-limit errors (which JS
/// cannot catch in Boa 0.22) become the `RangeError` Node reports.
pub fn to_value(err: JsError, ctx: &mut Context) -> JsValue {
    let is_limit = err.as_engine().is_some();
    match err.into_opaque(ctx) {
        Ok(value) => value,
        Err(_) if is_limit => JsNativeError::range()
            .with_message("Maximum call stack size exceeded")
            .into_opaque(ctx)
            .into(),
        Err(other) => JsNativeError::error()
            .with_message(other.to_string())
            .into_opaque(ctx)
            .into(),
    }
}

/// A best-effort one-line description of a thrown value, for the last-resort
/// path where the JS error printer itself failed.
pub fn describe(value: &JsValue, ctx: &mut Context) -> String {
    let head = value
        .to_string(ctx)
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_default();
    if let Some(obj) = value.as_object() {
        if let Ok(stack) = obj.get(js_string!("stack"), ctx) {
            if let Some(s) = stack.as_string() {
                let s = s.to_std_string_escaped();
                if s.starts_with("    at") {
                    return format!("{head}\n{s}");
                }
                return s;
            }
        }
    }
    value
        .to_string(ctx)
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_else(|_| "Uncaught exception".to_string())
}

/// Rejection events as a JS array of `[handled, promise]` pairs.
pub fn rejections_to_array(events: &[(bool, JsObject)], ctx: &mut Context) -> JsValue {
    let pairs: Vec<JsValue> = events
        .iter()
        .map(|(handled, promise)| {
            JsArray::from_iter([JsValue::from(*handled), promise.clone().into()], ctx).into()
        })
        .collect();
    JsArray::from_iter(pairs, ctx).into()
}

/// A `TypeError` with a Node `code` (used only for internal misuse that the JS
/// layer should have validated already).
pub fn type_error(msg: &str) -> JsError {
    JsNativeError::typ().with_message(msg.to_string()).into()
}

/// Build Node's system error for an OS error: `code`, negative `errno`,
/// `syscall`, and `path`/`dest` when given, with Node's message
/// (`ENOENT: no such file or directory, open 'x'`).
pub fn system_error(
    err: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
    ctx: &mut Context,
) -> JsError {
    let errno = err.raw_os_error().unwrap_or(libc_eio());
    let (code, desc) = errno_name(errno);
    let mut message = format!("{code}: {desc}, {syscall}");
    if let Some(p) = path {
        message.push_str(&format!(" '{p}'"));
    }
    if let Some(d) = dest {
        message.push_str(&format!(" -> '{d}'"));
    }
    let obj = JsNativeError::error()
        .with_message(message)
        .into_opaque(ctx);
    let _ = obj.set(js_string!("errno"), -errno, false, ctx);
    let _ = obj.set(js_string!("code"), js_string!(code), false, ctx);
    let _ = obj.set(js_string!("syscall"), js_string!(syscall), false, ctx);
    if let Some(p) = path {
        let _ = obj.set(js_string!("path"), js_string!(p), false, ctx);
    }
    if let Some(d) = dest {
        let _ = obj.set(js_string!("dest"), js_string!(d), false, ctx);
    }
    JsError::from_opaque(obj.into())
}

fn libc_eio() -> i32 {
    5
}

/// libuv's name and description for a (positive) Linux errno.
pub fn errno_name(errno: i32) -> (&'static str, &'static str) {
    match errno {
        1 => ("EPERM", "operation not permitted"),
        2 => ("ENOENT", "no such file or directory"),
        3 => ("ESRCH", "no such process"),
        4 => ("EINTR", "interrupted system call"),
        5 => ("EIO", "i/o error"),
        6 => ("ENXIO", "no such device or address"),
        7 => ("E2BIG", "argument list too long"),
        9 => ("EBADF", "bad file descriptor"),
        11 => ("EAGAIN", "resource temporarily unavailable"),
        12 => ("ENOMEM", "not enough memory"),
        13 => ("EACCES", "permission denied"),
        14 => ("EFAULT", "bad address in system call argument"),
        16 => ("EBUSY", "resource busy or locked"),
        17 => ("EEXIST", "file already exists"),
        18 => ("EXDEV", "cross-device link not permitted"),
        19 => ("ENODEV", "no such device"),
        20 => ("ENOTDIR", "not a directory"),
        21 => ("EISDIR", "illegal operation on a directory"),
        22 => ("EINVAL", "invalid argument"),
        23 => ("ENFILE", "file table overflow"),
        24 => ("EMFILE", "too many open files"),
        25 => ("ENOTTY", "inappropriate ioctl for device"),
        26 => ("ETXTBSY", "text file is busy"),
        27 => ("EFBIG", "file too large"),
        28 => ("ENOSPC", "no space left on device"),
        29 => ("ESPIPE", "invalid seek"),
        30 => ("EROFS", "read-only file system"),
        31 => ("EMLINK", "too many links"),
        32 => ("EPIPE", "broken pipe"),
        34 => ("ERANGE", "result too large"),
        36 => ("ENAMETOOLONG", "name too long"),
        38 => ("ENOSYS", "function not implemented"),
        39 => ("ENOTEMPTY", "directory not empty"),
        40 => ("ELOOP", "too many symbolic links encountered"),
        95 => ("ENOTSUP", "operation not supported on socket"),
        97 => ("EAFNOSUPPORT", "address family not supported"),
        98 => ("EADDRINUSE", "address already in use"),
        99 => ("EADDRNOTAVAIL", "address not available"),
        100 => ("ENETDOWN", "network is down"),
        101 => ("ENETUNREACH", "network is unreachable"),
        103 => ("ECONNABORTED", "software caused connection abort"),
        104 => ("ECONNRESET", "connection reset by peer"),
        105 => ("ENOBUFS", "no buffer space available"),
        106 => ("EISCONN", "socket is already connected"),
        107 => ("ENOTCONN", "socket is not connected"),
        110 => ("ETIMEDOUT", "connection timed out"),
        111 => ("ECONNREFUSED", "connection refused"),
        113 => ("EHOSTUNREACH", "host is unreachable"),
        114 => ("EALREADY", "connection already in progress"),
        125 => ("ECANCELED", "operation canceled"),
        _ => ("UNKNOWN", "unknown error"),
    }
}

/// Throw `err` as the result of a native function.
pub fn throw<T>(err: JsError) -> JsResult<T> {
    Err(err)
}
