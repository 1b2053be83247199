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

/// libuv's error table for Linux: (code, negative errno, description), as
/// `uv_err_name` and `uv_strerror` give them.
pub const UV_ERRORS: &[(&str, i32, &str)] = &[
    ("E2BIG", -7, "argument list too long"),
    ("EACCES", -13, "permission denied"),
    ("EADDRINUSE", -98, "address already in use"),
    ("EADDRNOTAVAIL", -99, "address not available"),
    ("EAFNOSUPPORT", -97, "address family not supported"),
    ("EAGAIN", -11, "resource temporarily unavailable"),
    ("EAI_ADDRFAMILY", -3000, "address family not supported"),
    ("EAI_AGAIN", -3001, "temporary failure"),
    ("EAI_BADFLAGS", -3002, "bad ai_flags value"),
    ("EAI_BADHINTS", -3013, "invalid value for hints"),
    ("EAI_CANCELED", -3003, "request canceled"),
    ("EAI_FAIL", -3004, "permanent failure"),
    ("EAI_FAMILY", -3005, "ai_family not supported"),
    ("EAI_MEMORY", -3006, "out of memory"),
    ("EAI_NODATA", -3007, "no address"),
    ("EAI_NONAME", -3008, "unknown node or service"),
    ("EAI_OVERFLOW", -3009, "argument buffer overflow"),
    ("EAI_PROTOCOL", -3014, "resolved protocol is unknown"),
    (
        "EAI_SERVICE",
        -3010,
        "service not available for socket type",
    ),
    ("EAI_SOCKTYPE", -3011, "socket type not supported"),
    ("EALREADY", -114, "connection already in progress"),
    ("EBADF", -9, "bad file descriptor"),
    ("EBUSY", -16, "resource busy or locked"),
    ("ECANCELED", -125, "operation canceled"),
    ("ECHARSET", -4080, "invalid Unicode character"),
    ("ECONNABORTED", -103, "software caused connection abort"),
    ("ECONNREFUSED", -111, "connection refused"),
    ("ECONNRESET", -104, "connection reset by peer"),
    ("EDESTADDRREQ", -89, "destination address required"),
    ("EEXIST", -17, "file already exists"),
    ("EFAULT", -14, "bad address in system call argument"),
    ("EFBIG", -27, "file too large"),
    ("EHOSTUNREACH", -113, "host is unreachable"),
    ("EINTR", -4, "interrupted system call"),
    ("EINVAL", -22, "invalid argument"),
    ("EIO", -5, "i/o error"),
    ("EISCONN", -106, "socket is already connected"),
    ("EISDIR", -21, "illegal operation on a directory"),
    ("ELOOP", -40, "too many symbolic links encountered"),
    ("EMFILE", -24, "too many open files"),
    ("EMSGSIZE", -90, "message too long"),
    ("ENAMETOOLONG", -36, "name too long"),
    ("ENETDOWN", -100, "network is down"),
    ("ENETUNREACH", -101, "network is unreachable"),
    ("ENFILE", -23, "file table overflow"),
    ("ENOBUFS", -105, "no buffer space available"),
    ("ENODEV", -19, "no such device"),
    ("ENOENT", -2, "no such file or directory"),
    ("ENOMEM", -12, "not enough memory"),
    ("ENONET", -64, "machine is not on the network"),
    ("ENOPROTOOPT", -92, "protocol not available"),
    ("ENOSPC", -28, "no space left on device"),
    ("ENOSYS", -38, "function not implemented"),
    ("ENOTCONN", -107, "socket is not connected"),
    ("ENOTDIR", -20, "not a directory"),
    ("ENOTEMPTY", -39, "directory not empty"),
    ("ENOTSOCK", -88, "socket operation on non-socket"),
    ("ENOTSUP", -95, "operation not supported on socket"),
    ("EOVERFLOW", -75, "value too large for defined data type"),
    ("EPERM", -1, "operation not permitted"),
    ("EPIPE", -32, "broken pipe"),
    ("EPROTO", -71, "protocol error"),
    ("EPROTONOSUPPORT", -93, "protocol not supported"),
    ("EPROTOTYPE", -91, "protocol wrong type for socket"),
    ("ERANGE", -34, "result too large"),
    ("EROFS", -30, "read-only file system"),
    (
        "ESHUTDOWN",
        -108,
        "cannot send after transport endpoint shutdown",
    ),
    ("ESPIPE", -29, "invalid seek"),
    ("ESRCH", -3, "no such process"),
    ("ETIMEDOUT", -110, "connection timed out"),
    ("ETXTBSY", -26, "text file is busy"),
    ("EXDEV", -18, "cross-device link not permitted"),
    ("UNKNOWN", -4094, "unknown error"),
    ("EOF", -4095, "end of file"),
    ("ENXIO", -6, "no such device or address"),
    ("EMLINK", -31, "too many links"),
    ("EHOSTDOWN", -112, "host is down"),
    ("EREMOTEIO", -121, "remote I/O error"),
    ("ENOTTY", -25, "inappropriate ioctl for device"),
    ("EFTYPE", -4028, "inappropriate file type or format"),
    ("EILSEQ", -84, "illegal byte sequence"),
    ("ESOCKTNOSUPPORT", -94, "socket type not supported"),
    ("ENODATA", -61, "no data available"),
    ("EUNATCH", -49, "protocol driver not attached"),
];

/// libuv's name and description for a (positive) Linux errno.
pub fn errno_name(errno: i32) -> (&'static str, &'static str) {
    UV_ERRORS
        .iter()
        .find(|(_, e, _)| *e == -errno)
        .map_or(("UNKNOWN", "unknown error"), |(code, _, desc)| {
            (*code, *desc)
        })
}

/// Throw `err` as the result of a native function.
pub fn throw<T>(err: JsError) -> JsResult<T> {
    Err(err)
}
