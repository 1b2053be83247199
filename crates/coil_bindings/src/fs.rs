//! `internalBinding('fs')`: node:fs's native half. Every operation has one
//! shape: when its last argument is a function it runs as one thread-pool
//! request and calls back `(err, value)` in the poll phase; otherwise it runs
//! now on the JS thread (the `*Sync` forms) and throws Node's system error.
//! The operations themselves are in [`crate::fs_ops`]. The module loader's
//! helpers (`internalModuleStat`, `readFileUtf8`, `readFileBytes`, `realpath`)
//! and `readFile(path, asText, cb)` keep their original shapes.

use std::cell::{Cell, RefCell};
use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use boa_engine::object::builtins::{
    JsArray, JsArrayBuffer, JsDataView, JsTypedArray, JsUint8Array,
};
use boa_engine::{Context, JsData, JsError, JsObject, JsResult, JsValue};
use boa_gc::{Finalize, Trace};
use coil_engine::bytes::{bytes_of, new_uint8_array};
use coil_engine::errors::{system_error, to_value, type_error};
use coil_engine::lend::{lend, LentBytes};
use coil_engine::util::{arg, arg_function, jstr, object_with_functions};
use coil_engine::Loop;
use coil_engine::{run_callback, state};
use coil_loop::HandleId;

use crate::fs_ops::{self as ops, FsError, FsResult, Target};

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
            ("resolveMain", resolve_main, 1),
            ("open", open, 4),
            ("close", close, 2),
            ("read", read, 6),
            ("writeBuffer", write_buffer, 6),
            ("readBuffers", read_buffers, 4),
            ("writeBuffers", write_buffers, 4),
            ("stat", stat, 2),
            ("lstat", lstat, 2),
            ("fstat", fstat, 2),
            ("statfs", statfs, 2),
            ("access", access, 3),
            ("mkdir", mkdir, 4),
            ("mkdtemp", mkdtemp, 2),
            ("readdir", readdir, 4),
            ("rmdir", rmdir, 2),
            ("rm", rm, 6),
            ("unlink", unlink, 2),
            ("rename", rename, 3),
            ("copyFile", copy_file, 4),
            ("link", link, 3),
            ("symlink", symlink, 3),
            ("readlink", readlink, 2),
            ("realpathFs", realpath_fs, 3),
            ("chmod", chmod, 3),
            ("fchmod", fchmod, 3),
            ("chown", chown, 4),
            ("lchown", lchown, 4),
            ("fchown", fchown, 4),
            ("utimes", utimes, 4),
            ("lutimes", lutimes, 4),
            ("futimes", futimes, 4),
            ("truncate", truncate, 3),
            ("ftruncate", ftruncate, 3),
            ("fsync", fsync, 2),
            ("fdatasync", fdatasync, 2),
            ("readFileAll", read_file_all, 3),
            ("writeFileAll", write_file_all, 5),
            ("newFileHandle", new_file_handle, 1),
            ("closeFileHandle", close_file_handle, 2),
            ("releaseFileHandle", release_file_handle, 1),
            ("setFileHandleGcHook", set_file_handle_gc_hook, 1),
        ],
    ))
}

/// Node's error object for a failed operation.
fn fs_error(e: FsError, ctx: &mut Context) -> JsError {
    let err = system_error(&e.err, e.syscall, e.path.as_deref(), e.dest.as_deref(), ctx);
    if let (Some(size), Some(obj)) = (e.too_large, err.as_opaque().and_then(JsValue::as_object)) {
        // JS turns this into ERR_FS_FILE_TOO_LARGE with the size.
        let _ = obj.set(boa_engine::js_string!("fileSize"), size as f64, false, ctx);
    }
    err
}

/// The trailing callback, when the call is asynchronous.
fn callback_of(args: &[JsValue]) -> Option<JsObject> {
    args.last().and_then(JsValue::as_callable)
}

/// Run `work` now (no callback) or as one pool request whose completion calls
/// `cb(err, convert(value))`.
fn dispatch<T: Send + 'static>(
    cb: Option<JsObject>,
    ctx: &mut Context,
    work: impl FnOnce() -> FsResult<T> + Send + 'static,
    convert: impl FnOnce(T, &mut Context) -> JsResult<JsValue> + 'static,
) -> JsResult<JsValue> {
    let Some(cb) = cb else {
        return match work() {
            Ok(v) => convert(v, ctx),
            Err(e) => Err(fs_error(e, ctx)),
        };
    };
    let st = state(ctx);
    let pool = Rc::clone(&st.pool);
    pool.submit(
        &st.lp,
        work,
        move |ctx: &mut Context, _, result: FsResult<T>| {
            let args = match result.map(|v| convert(v, ctx)) {
                Ok(Ok(v)) => vec![JsValue::null(), v],
                Ok(Err(e)) => vec![to_value(e, ctx)],
                Err(e) => {
                    let err = fs_error(e, ctx);
                    vec![to_value(err, ctx)]
                }
            };
            run_callback(ctx, &cb, &JsValue::undefined(), &args);
        },
    );
    Ok(JsValue::undefined())
}

fn unit(_: (), _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::undefined())
}

fn num(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<f64> {
    arg(args, i).to_number(ctx)
}

fn int(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<i64> {
    let n = num(args, i, ctx)?;
    Ok(if n.is_finite() { n as i64 } else { 0 })
}

fn fd_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<i32> {
    Ok(int(args, i, ctx)? as i32)
}

/// A position: `null`, `undefined`, negative or non-integer numbers mean
/// "the current position".
fn position(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Option<i64>> {
    let v = arg(args, i);
    if v.is_null_or_undefined() {
        return Ok(None);
    }
    if let Some(b) = v.as_bigint() {
        // A BigInt position is any i64; negative means the current position.
        let n = b.to_string_radix(10).parse::<i64>().unwrap_or(-1);
        return Ok((n >= 0).then_some(n));
    }
    let n = v.to_number(ctx)?;
    // As Node's `GetOffset`: only a safe integer is a position.
    Ok(
        if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 {
            Some(n as i64)
        } else {
            None
        },
    )
}

/// A path argument: a string (as UTF-8; a lone surrogate becomes U+FFFD, as
/// Node encodes it) or a `Uint8Array`/`Buffer`, whose bytes are the path as
/// they are, so names that are not UTF-8 reach the OS unchanged.
fn path_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<PathBuf> {
    let v = arg(args, i);
    if let Some(obj) = v.as_object() {
        if JsUint8Array::from_object(obj.clone()).is_ok() {
            return Ok(PathBuf::from(OsString::from_vec(bytes_of(&v, ctx)?)));
        }
    }
    Ok(PathBuf::from(v.to_string(ctx)?.to_std_string_lossy()))
}

/// How names and paths read from the OS come back to JS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Names {
    /// Strings: the bytes decoded as UTF-8, invalid sequences as U+FFFD
    /// (Node's default `utf8` encoding).
    Text,
    /// `Uint8Array`s of the raw bytes (JS encodes them as asked).
    Bytes,
    /// A string when the bytes are valid UTF-8 (no loss), else a
    /// `Uint8Array`.
    Mixed,
}

/// Argument `i` as a [`Names`] mode: 0 text, 1 bytes, 2 mixed.
fn names_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Names> {
    Ok(match int(args, i, ctx)? {
        1 => Names::Bytes,
        2 => Names::Mixed,
        _ => Names::Text,
    })
}

/// A name or path read from the OS, as `how` asks.
fn name_value(bytes: &[u8], how: Names, ctx: &mut Context) -> JsResult<JsValue> {
    match (how, std::str::from_utf8(bytes)) {
        (Names::Text | Names::Mixed, Ok(s)) => Ok(jstr(s)),
        (Names::Text, Err(_)) => Ok(jstr(&String::from_utf8_lossy(bytes))),
        (Names::Bytes, _) | (Names::Mixed, Err(_)) => Ok(new_uint8_array(bytes, ctx)?.into()),
    }
}

/// A path read from the OS: a string when it is valid UTF-8, else a
/// `Uint8Array` of its bytes (JS decodes it with the caller's encoding).
fn path_value(bytes: Vec<u8>, ctx: &mut Context) -> JsResult<JsValue> {
    name_value(&bytes, Names::Mixed, ctx)
}

fn target(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Target> {
    let v = arg(args, i);
    if v.is_number() {
        Ok(Target::Fd(int(args, i, ctx)? as i32))
    } else {
        Ok(Target::Path(path_arg(args, i, ctx)?))
    }
}

fn stat_value(s: ops::StatArray, ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsArray::from_iter(s.iter().map(|n| JsValue::from(*n)), ctx).into())
}

/// A Uint8Array that takes ownership of a whole file's bytes (no copy).
fn file_bytes_value(b: ops::FileBytes, ctx: &mut Context) -> JsResult<JsValue> {
    let buffer = JsArrayBuffer::from_byte_block(b, ctx)?;
    Ok(JsUint8Array::from_array_buffer(buffer, ctx)?.into())
}

/// A byte range of an ArrayBuffer: the buffer, byte offset and byte length.
type View = (JsArrayBuffer, usize, usize);

/// The ArrayBuffer, byte offset and byte length of a TypedArray or DataView.
fn view_of(value: &JsValue, ctx: &mut Context) -> JsResult<View> {
    let obj = value
        .as_object()
        .ok_or_else(|| type_error("buffer must be an ArrayBufferView"))?;
    let (buffer, offset, len) = match JsTypedArray::from_object(obj.clone()) {
        Ok(typed) => (
            typed.buffer(ctx)?,
            typed.byte_offset(ctx)?,
            typed.byte_length(ctx)?,
        ),
        Err(_) => {
            let view = JsDataView::from_object(obj)?;
            (
                view.buffer(ctx)?,
                view.byte_offset(ctx)? as usize,
                view.byte_length(ctx)? as usize,
            )
        }
    };
    let buffer = buffer
        .as_object()
        .ok_or_else(|| type_error("detached buffer"))?;
    Ok((JsArrayBuffer::from_object(buffer)?, offset, len))
}

/// The views of a JS array of ArrayBufferViews.
fn views_of(list: &JsValue, ctx: &mut Context) -> JsResult<Vec<View>> {
    let list = list
        .as_object()
        .ok_or_else(|| type_error("buffers must be an array"))?;
    let count = list
        .get(boa_engine::js_string!("length"), ctx)?
        .to_length(ctx)?;
    let mut out = Vec::with_capacity(count.min(1 << 16) as usize);
    for i in 0..count {
        let item = list.get(i, ctx)?;
        out.push(view_of(&item, ctx)?);
    }
    Ok(out)
}

/// Run `io` over iovecs that point straight into the bytes of `views` (no
/// copy). Each distinct ArrayBuffer is borrowed once for the call, so views
/// may share (and overlap in) one buffer; a view that no longer fits its
/// buffer (resized or detached since) counts as empty.
fn with_iovecs<R>(
    views: &[View],
    writable: bool,
    io: impl FnOnce(&[libc::iovec]) -> R,
) -> JsResult<R> {
    enum Borrow<'a> {
        Shared(boa_gc::GcRef<'a, [u8]>),
        Unique(boa_gc::GcRefMut<'a, [u8]>),
    }
    let mut buffers: Vec<&JsArrayBuffer> = Vec::new();
    let mut index = std::collections::HashMap::new();
    let slots: Vec<usize> = views
        .iter()
        .map(|(b, _, _)| {
            let key: &boa_engine::JsObject<_> = b;
            *index.entry(key.clone()).or_insert_with(|| {
                buffers.push(b);
                buffers.len() - 1
            })
        })
        .collect();
    let mut borrows = Vec::with_capacity(buffers.len());
    for b in &buffers {
        let borrow = if writable {
            b.data_mut().map(Borrow::Unique)
        } else {
            b.data().map(Borrow::Shared)
        };
        borrows.push(borrow);
    }
    // Base pointer and length of each borrowed buffer.
    let bases: Vec<(*mut u8, usize)> = borrows
        .iter_mut()
        .map(|b| match b {
            Some(Borrow::Unique(d)) => (d.as_mut_ptr(), d.len()),
            Some(Borrow::Shared(d)) => (d.as_ptr().cast_mut(), d.len()),
            None => (std::ptr::null_mut(), 0),
        })
        .collect();
    let iov: Vec<libc::iovec> = views
        .iter()
        .zip(&slots)
        .map(|((_, offset, len), &slot)| {
            let (base, size) = bases[slot];
            if base.is_null() || offset.saturating_add(*len) > size {
                return libc::iovec {
                    iov_base: std::ptr::null_mut(),
                    iov_len: 0,
                };
            }
            libc::iovec {
                // SAFETY: `offset + len <= size`, so the range is inside the buffer.
                iov_base: unsafe { base.add(*offset) }.cast(),
                iov_len: *len,
            }
        })
        .collect();
    let result = io(&iov);
    drop(borrows);
    Ok(result)
}

/// 0 for a file, 1 for a directory, a negative errno when missing.
fn internal_module_stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    Ok(JsValue::from(match std::fs::metadata(&path) {
        Ok(m) if m.is_dir() => 1,
        Ok(_) => 0,
        Err(e) => -e.raw_os_error().unwrap_or(2),
    }))
}

/// Read a whole file as UTF-8 text (invalid sequences become U+FFFD).
fn read_file_utf8(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    match std::fs::read(&path) {
        Ok(bytes) => Ok(jstr(&String::from_utf8_lossy(&bytes))),
        Err(e) => Err(system_error(
            &e,
            "open",
            Some(&ops::shown(&path)),
            None,
            ctx,
        )),
    }
}

/// Read a whole file as a `Uint8Array`.
fn read_file_bytes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    match std::fs::read(&path) {
        Ok(bytes) => Ok(new_uint8_array(&bytes, ctx)?.into()),
        Err(e) => Err(system_error(
            &e,
            "open",
            Some(&ops::shown(&path)),
            None,
            ctx,
        )),
    }
}

/// `readFile(path, asText, callback)`: one thread-pool request; the callback
/// gets `(err, data)` in the poll phase.
fn read_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let as_text = arg(args, 1).to_boolean();
    let callback = arg_function(args, 2, "callback")?;
    dispatch(
        Some(callback),
        ctx,
        move || ops::read_file(&Target::Path(path), libc::O_RDONLY),
        move |bytes, ctx| {
            if as_text {
                Ok(jstr(&String::from_utf8_lossy(&bytes)))
            } else {
                file_bytes_value(bytes, ctx)
            }
        },
    )
}

/// `realpath(path)`: the canonical absolute path (errors as `realpath`).
fn realpath(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    match std::fs::canonicalize(&path) {
        Ok(p) => Ok(jstr(&p.to_string_lossy())),
        Err(e) => Err(system_error(
            &e,
            "realpath",
            Some(&ops::shown(&path)),
            None,
            ctx,
        )),
    }
}

/// `resolveMain(file)`: the main script as the CommonJS loader finds it in
/// the common case, so a script that requires nothing never loads the
/// loader's resolution half. Returns `[mainPath, filename, hasPackageJson]`:
/// `mainPath` is `path.resolve(file)`; `filename` the real path of what it
/// names when that is a file as given or with `.js` appended (Node's first
/// two probes), else undefined and the loader resolves it; `hasPackageJson`
/// whether a package.json lies on the file's package-scope walk (up to the
/// root, stopping at a `node_modules` folder). Undefined when there is no
/// working directory.
fn resolve_main(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let file = path_arg(args, 0, ctx)?;
    let Ok(cwd) = std::env::current_dir() else {
        return Ok(JsValue::undefined());
    };
    let main_path = resolve_lexically(&cwd, &file);
    let mut with_js = main_path.clone().into_os_string();
    with_js.push(".js");
    let filename = [main_path.clone(), PathBuf::from(with_js)]
        .into_iter()
        .find(|p| std::fs::metadata(p).is_ok_and(|m| !m.is_dir()))
        .and_then(|p| std::fs::canonicalize(p).ok());
    let (filename, has_package_json) = match filename {
        Some(f) => {
            let scoped = package_json_above(&f);
            (jstr(&f.to_string_lossy()), JsValue::from(scoped))
        }
        None => (JsValue::undefined(), JsValue::from(false)),
    };
    let entry = [
        jstr(&main_path.to_string_lossy()),
        filename,
        has_package_json,
    ];
    Ok(JsArray::from_iter(entry, ctx).into())
}

/// `path.resolve(cwd, p)`: `.` and empty segments dropped, `..` applied
/// lexically (never above the root), no trailing slash.
fn resolve_lexically(cwd: &Path, p: &Path) -> PathBuf {
    let mut out = if p.is_absolute() {
        PathBuf::from("/")
    } else {
        cwd.to_path_buf()
    };
    for part in p.components() {
        match part {
            Component::RootDir | Component::Prefix(_) => out = PathBuf::from("/"),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => out.push(name),
        }
    }
    out
}

/// Whether a package.json (anything but a directory) exists in the folder of
/// `file` or above it, the walk stopping at a folder named `node_modules` as
/// the loader's package-scope walk does.
fn package_json_above(file: &Path) -> bool {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d.file_name().is_some_and(|n| n == "node_modules") {
            return false;
        }
        if std::fs::metadata(d.join("package.json")).is_ok_and(|m| !m.is_dir()) {
            return true;
        }
        dir = d.parent();
    }
    false
}

/// `open(path, flags, mode, cb?)` → fd.
fn open(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let flags = int(args, 1, ctx)? as i32;
    let mode = int(args, 2, ctx)? as u32;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::open(&path, flags, mode),
        |fd, _| Ok(JsValue::from(fd)),
    )
}

/// `close(fd, cb?)`.
fn close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    dispatch(callback_of(args), ctx, move || ops::close(fd), unit)
}

/// `read(fd, buffer, offset, length, position, cb?)` → bytes read, straight
/// into the buffer's memory (see [`dispatch_io`]).
fn read(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let view = view_of(&arg(args, 1), ctx)?;
    let offset = int(args, 2, ctx)?.max(0) as usize;
    let length = int(args, 3, ctx)?.max(0) as usize;
    let pos = position(args, 4, ctx)?;
    dispatch_io(
        callback_of(args),
        vec![sub_view(view, offset, length)],
        true,
        ctx,
        // SAFETY: the iovec points into memory borrowed or lent for the call.
        move |iov| unsafe { ops::readv(fd, iov, pos) },
        |n, _| Ok(JsValue::from(n as f64)),
    )
}

/// An iovec over lent bytes (for a pool thread).
fn lent_iovec(bytes: &LentBytes) -> libc::iovec {
    libc::iovec {
        iov_base: bytes.as_mut_ptr().cast(),
        iov_len: bytes.len(),
    }
}

/// `view` narrowed to `[offset, offset + length)` (clamped to the view).
fn sub_view(view: View, offset: usize, length: usize) -> View {
    let (buffer, start, len) = view;
    let offset = offset.min(len);
    let length = length.min(len - offset);
    (buffer, start + offset, length)
}

/// Run `work` over iovecs that point straight into the bytes of `views`
/// (`writable` for reads into them): now, on the JS thread (no callback), or
/// as one pool request that borrows the memory through [`lend`] (no copy;
/// the buffers stay pinned and alive until the callback).
fn dispatch_io<T: Send + 'static>(
    cb: Option<JsObject>,
    views: Vec<View>,
    writable: bool,
    ctx: &mut Context,
    work: impl FnOnce(&[libc::iovec]) -> FsResult<T> + Send + 'static,
    convert: impl FnOnce(T, &mut Context) -> JsResult<JsValue> + 'static,
) -> JsResult<JsValue> {
    if cb.is_none() {
        let result = with_iovecs(&views, writable, work)?;
        return match result {
            Ok(v) => convert(v, ctx),
            Err(e) => Err(fs_error(e, ctx)),
        };
    }
    let mut loans = Vec::with_capacity(views.len());
    let mut bytes = Vec::with_capacity(views.len());
    for (buffer, offset, len) in &views {
        let (loan, lent) = lend(buffer, *offset, *len, ctx);
        loans.push(loan);
        bytes.push(lent);
    }
    dispatch(
        cb,
        ctx,
        move || {
            let iov: Vec<libc::iovec> = bytes.iter().map(lent_iovec).collect();
            let result = work(&iov);
            drop(bytes);
            result
        },
        move |v, ctx| {
            drop(loans);
            convert(v, ctx)
        },
    )
}

/// `writeBuffer(fd, buffer, offset, length, position, cb?)` → bytes written,
/// straight from the buffer's memory (see [`dispatch_io`]).
fn write_buffer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let view = view_of(&arg(args, 1), ctx)?;
    let offset = int(args, 2, ctx)?.max(0) as usize;
    let length = int(args, 3, ctx)?.max(0) as usize;
    let pos = position(args, 4, ctx)?;
    dispatch_io(
        callback_of(args),
        vec![sub_view(view, offset, length)],
        false,
        ctx,
        // SAFETY: the iovecs point into memory borrowed or lent for the call.
        move |iov| unsafe { ops::writev_all(fd, iov, pos) },
        |n, _| Ok(JsValue::from(n as f64)),
    )
}

/// `readBuffers(fd, buffers, position, cb?)` → bytes read: one `readv(2)` /
/// `preadv(2)` (null position: the current file position) straight into the
/// buffers' memory (see [`dispatch_io`]).
fn read_buffers(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let views = views_of(&arg(args, 1), ctx)?;
    let pos = position(args, 2, ctx)?;
    dispatch_io(
        callback_of(args),
        views,
        true,
        ctx,
        // SAFETY: the iovecs point into memory borrowed or lent for the call.
        move |iov| unsafe { ops::readv(fd, iov, pos) },
        |n, _| Ok(JsValue::from(n as f64)),
    )
}

/// `writeBuffers(fd, buffers, position, cb?)` → bytes written: `writev(2)` /
/// `pwritev(2)` straight from the buffers' memory (see [`dispatch_io`]),
/// continuing after partial writes as libuv does, one vectored call per
/// [`ops::IOV_MAX`] buffers.
fn write_buffers(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let views = views_of(&arg(args, 1), ctx)?;
    let pos = position(args, 2, ctx)?;
    dispatch_io(
        callback_of(args),
        views,
        false,
        ctx,
        // SAFETY: the iovecs point into memory borrowed or lent for the call.
        move |iov| unsafe { ops::writev_all(fd, iov, pos) },
        |n, _| Ok(JsValue::from(n as f64)),
    )
}

/// `stat(path, cb?)` → 18 numbers (see [`ops::StatArray`]).
fn stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::stat(&path, true),
        stat_value,
    )
}

/// `lstat(path, cb?)`.
fn lstat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::stat(&path, false),
        stat_value,
    )
}

/// `fstat(fd, cb?)`.
fn fstat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    dispatch(callback_of(args), ctx, move || ops::fstat(fd), stat_value)
}

/// `statfs(path, cb?)` → 7 numbers.
fn statfs(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::statfs(&path),
        |s, ctx| Ok(JsArray::from_iter(s.iter().map(|n| JsValue::from(*n)), ctx).into()),
    )
}

/// `access(path, mode, cb?)`.
fn access(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let mode = int(args, 1, ctx)? as i32;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::access(&path, mode),
        unit,
    )
}

/// `mkdir(path, mode, recursive, cb?)` → first created path or undefined.
fn mkdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let mode = int(args, 1, ctx)? as u32;
    let recursive = arg(args, 2).to_boolean();
    dispatch(
        callback_of(args),
        ctx,
        move || ops::mkdir(&path, mode, recursive),
        |first, _| Ok(first.map(|f| jstr(&f)).unwrap_or_default()),
    )
}

/// `mkdtemp(prefix, cb?)` → the new directory.
fn mkdtemp(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let prefix = path_arg(args, 0, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::mkdtemp(&prefix),
        path_value,
    )
}

/// `readdir(path, withTypes, forOpendir, names, cb?)` → names, or
/// `[names, types]`; `names` is the [`Names`] mode of the entries' names.
/// `forOpendir` (1, or 2 for a subdirectory of a recursive `Dir`) lists in
/// directory order and reports errors as `opendir`.
fn readdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let with_types = arg(args, 1).to_boolean();
    let opendir_kind = int(args, 2, ctx)?;
    let for_opendir = opendir_kind != 0;
    let how = names_arg(args, 3, ctx)?;
    let cb = callback_of(args);
    // Node's opendirSync error names no path; the async one, and the one of
    // a recursive Dir's subdirectory, do.
    let keep_path = cb.is_some() || opendir_kind == 2;
    dispatch(
        cb,
        ctx,
        move || {
            if for_opendir {
                ops::readdir(&path, false, "opendir").map_err(|mut e| {
                    if !keep_path {
                        e.path = None;
                    }
                    e
                })
            } else {
                ops::readdir(&path, true, "scandir")
            }
        },
        move |entries, ctx| {
            let mut names = Vec::with_capacity(entries.len());
            for (name, _) in &entries {
                names.push(name_value(name, how, ctx)?);
            }
            let names = JsArray::from_iter(names, ctx);
            if !with_types {
                return Ok(names.into());
            }
            let types = JsArray::from_iter(entries.iter().map(|(_, t)| JsValue::from(*t)), ctx);
            Ok(JsArray::from_iter([names.into(), types.into()], ctx).into())
        },
    )
}

/// `rmdir(path, cb?)`.
fn rmdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    dispatch(callback_of(args), ctx, move || ops::rmdir(&path), unit)
}

/// `rm(path, recursive, force, maxRetries, retryDelay, cb?)`: see
/// [`ops::rm`] (the async form is called with `maxRetries` 0 and retried by JS).
fn rm(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let recursive = arg(args, 1).to_boolean();
    let force = arg(args, 2).to_boolean();
    let retries = int(args, 3, ctx)?.clamp(0, i64::from(u32::MAX)) as u32;
    let delay = int(args, 4, ctx)?.max(0) as u64;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::rm(&path, recursive, force, retries, delay),
        unit,
    )
}

/// `unlink(path, cb?)`.
fn unlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    dispatch(callback_of(args), ctx, move || ops::unlink(&path), unit)
}

/// `rename(from, to, cb?)`.
fn rename(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let from = path_arg(args, 0, ctx)?;
    let to = path_arg(args, 1, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::rename(&from, &to),
        unit,
    )
}

/// `copyFile(from, to, mode, cb?)`.
fn copy_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let from = path_arg(args, 0, ctx)?;
    let to = path_arg(args, 1, ctx)?;
    let mode = int(args, 2, ctx)? as i32;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::copy_file(&from, &to, mode),
        unit,
    )
}

/// `link(existing, new, cb?)`.
fn link(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let from = path_arg(args, 0, ctx)?;
    let to = path_arg(args, 1, ctx)?;
    dispatch(callback_of(args), ctx, move || ops::link(&from, &to), unit)
}

/// `symlink(target, path, cb?)`.
fn symlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let from = path_arg(args, 0, ctx)?;
    let to = path_arg(args, 1, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::symlink(&from, &to),
        unit,
    )
}

/// `readlink(path, cb?)`.
fn readlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::readlink(&path),
        path_value,
    )
}

/// `realpathFs(path, native, cb?)`.
fn realpath_fs(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let native = arg(args, 1).to_boolean();
    dispatch(
        callback_of(args),
        ctx,
        move || ops::realpath(&path, native),
        path_value,
    )
}

/// `chmod(path, mode, cb?)`.
fn chmod(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let mode = int(args, 1, ctx)? as u32;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::chmod(&path, mode),
        unit,
    )
}

/// `fchmod(fd, mode, cb?)`.
fn fchmod(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let mode = int(args, 1, ctx)? as u32;
    dispatch(callback_of(args), ctx, move || ops::fchmod(fd, mode), unit)
}

fn ids(args: &[JsValue], ctx: &mut Context) -> JsResult<(u32, u32)> {
    Ok((int(args, 1, ctx)? as u32, int(args, 2, ctx)? as u32))
}

/// `chown(path, uid, gid, cb?)`.
fn chown(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let (uid, gid) = ids(args, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::chown(&path, uid, gid, true),
        unit,
    )
}

/// `lchown(path, uid, gid, cb?)`.
fn lchown(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let (uid, gid) = ids(args, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::chown(&path, uid, gid, false),
        unit,
    )
}

/// `fchown(fd, uid, gid, cb?)`.
fn fchown(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let (uid, gid) = ids(args, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::fchown(fd, uid, gid),
        unit,
    )
}

/// `utimes(path, atime, mtime, cb?)`, times in seconds.
fn utimes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let (a, m) = (num(args, 1, ctx)?, num(args, 2, ctx)?);
    dispatch(
        callback_of(args),
        ctx,
        move || ops::utimes(&path, a, m, true),
        unit,
    )
}

/// `lutimes(path, atime, mtime, cb?)`.
fn lutimes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let (a, m) = (num(args, 1, ctx)?, num(args, 2, ctx)?);
    dispatch(
        callback_of(args),
        ctx,
        move || ops::utimes(&path, a, m, false),
        unit,
    )
}

/// `futimes(fd, atime, mtime, cb?)`.
fn futimes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let (a, m) = (num(args, 1, ctx)?, num(args, 2, ctx)?);
    dispatch(callback_of(args), ctx, move || ops::futimes(fd, a, m), unit)
}

/// `truncate(path, len, cb?)`.
fn truncate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = path_arg(args, 0, ctx)?;
    let len = int(args, 1, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::truncate(&path, len),
        unit,
    )
}

/// `ftruncate(fd, len, cb?)`.
fn ftruncate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let len = int(args, 1, ctx)?;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::ftruncate(fd, len),
        unit,
    )
}

/// `fsync(fd, cb?)`.
fn fsync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    dispatch(callback_of(args), ctx, move || ops::fsync(fd, false), unit)
}

/// `fdatasync(fd, cb?)`.
fn fdatasync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    dispatch(callback_of(args), ctx, move || ops::fsync(fd, true), unit)
}

/// `readFileAll(pathOrFd, flags, cb?)` → a Uint8Array of the whole file.
fn read_file_all(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let t = target(args, 0, ctx)?;
    let flags = int(args, 1, ctx)? as i32;
    dispatch(
        callback_of(args),
        ctx,
        move || ops::read_file(&t, flags),
        file_bytes_value,
    )
}

/// `writeFileAll(pathOrFd, bytes, flags, mode, cb?)`: open (a path), write
/// every byte straight from the buffer's memory (see [`dispatch_io`]),
/// close.
fn write_file_all(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let t = target(args, 0, ctx)?;
    let view = view_of(&arg(args, 1), ctx)?;
    let flags = int(args, 2, ctx)? as i32;
    let mode = int(args, 3, ctx)? as u32;
    dispatch_io(
        callback_of(args),
        vec![view],
        false,
        ctx,
        // SAFETY: the iovecs point into memory borrowed or lent for the call.
        move |iov| unsafe { ops::write_file_iov(&t, iov, flags, mode) },
        unit,
    )
}

// ---- FileHandle descriptors ------------------------------------------------
//
// A `FileHandle` of fs/promises owns its descriptor through a native object
// (`newFileHandle`). When the FileHandle is garbage-collected without
// `close()`, the engine finalizes that object: the descriptor is closed there
// and then, and its number is queued. Finalizers cannot run JS, so an
// unreferenced check handle — first in its phase, so before JS immediates, as
// Node's native immediates — hands the queued numbers to the JS hook that
// emits Node's warnings. Being unreferenced it never keeps the loop alive: a
// warning whose loop ends first is dropped, as Node drops it.

/// A descriptor closed when dropped (teardown of the engine), unless taken.
struct OwnedFd(Cell<i32>);

impl OwnedFd {
    fn take(&self) -> i32 {
        self.0.replace(-1)
    }
}

impl Drop for OwnedFd {
    fn drop(&mut self) {
        let fd = self.take();
        if fd >= 0 {
            // SAFETY: the descriptor is owned by this object and closed once.
            unsafe { libc::close(fd) };
        }
    }
}

/// The native half of a `FileHandle`: its descriptor.
#[derive(Trace, JsData)]
struct FileHandleFd {
    #[unsafe_ignore_trace]
    fd: OwnedFd,
    /// Descriptors closed by collection, waiting for their warning.
    #[unsafe_ignore_trace]
    collected: Rc<RefCell<Vec<i32>>>,
}

impl Finalize for FileHandleFd {
    /// Runs when the collector finds the FileHandle unreachable: close the
    /// descriptor now (no JS may run here) and queue the warning.
    fn finalize(&self) {
        let fd = self.fd.take();
        if fd < 0 {
            return;
        }
        // SAFETY: the descriptor is owned by this object and closed once.
        unsafe { libc::close(fd) };
        if let Ok(mut queue) = self.collected.try_borrow_mut() {
            queue.push(fd);
        }
    }
}

/// Per-runtime state of FileHandle collection.
#[derive(Default)]
struct HandleGc {
    collected: Rc<RefCell<Vec<i32>>>,
    hook: RefCell<Option<JsObject>>,
    check: Cell<Option<HandleId>>,
}

fn handle_gc(ctx: &mut Context) -> Rc<HandleGc> {
    if let Some(st) = ctx.get_data::<Rc<HandleGc>>() {
        return Rc::clone(st);
    }
    let st = Rc::new(HandleGc::default());
    ctx.insert_data(Rc::clone(&st));
    st
}

/// Hand each descriptor closed by collection to the JS hook.
fn emit_collected(ctx: &mut Context, gc: &HandleGc) {
    let fds: Vec<i32> = match gc.collected.try_borrow_mut() {
        Ok(mut queue) if !queue.is_empty() => queue.drain(..).collect(),
        _ => return,
    };
    let hook = gc.hook.borrow().clone();
    let Some(hook) = hook else {
        return;
    };
    for fd in fds {
        run_callback(ctx, &hook, &JsValue::undefined(), &[JsValue::from(fd)]);
    }
}

/// `newFileHandle(fd)` → the native object owning `fd`.
fn new_file_handle(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, 0, ctx)?;
    let gc = handle_gc(ctx);
    if gc.check.get().is_none() {
        let st = state(ctx);
        let watcher = Rc::clone(&gc);
        let check = st
            .lp
            .check_init(Rc::new(move |ctx: &mut Context, _: &Loop, _| {
                emit_collected(ctx, &watcher);
            }));
        st.lp.start_first(check);
        st.lp.unref_handle(check);
        gc.check.set(Some(check));
    }
    let data = FileHandleFd {
        fd: OwnedFd(Cell::new(fd)),
        collected: Rc::clone(&gc.collected),
    };
    Ok(JsObject::from_proto_and_data(None, data).into())
}

fn file_handle_fd(value: &JsValue) -> JsResult<JsObject> {
    value
        .as_object()
        .filter(|o| o.downcast_ref::<FileHandleFd>().is_some())
        .ok_or_else(|| type_error("not a FileHandle"))
}

/// `closeFileHandle(handle, cb)`: give up the descriptor and close it on the
/// pool (`EBADF` when it was already given up).
fn close_file_handle(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let handle = file_handle_fd(&arg(args, 0))?;
    let fd = handle
        .downcast_ref::<FileHandleFd>()
        .map_or(-1, |d| d.fd.take());
    dispatch(
        callback_of(args),
        ctx,
        move || {
            if fd < 0 {
                return Err(FsError {
                    err: std::io::Error::from_raw_os_error(libc::EBADF),
                    syscall: "close",
                    path: None,
                    dest: None,
                    too_large: None,
                });
            }
            ops::close(fd)
        },
        unit,
    )
}

/// `releaseFileHandle(handle)` → the descriptor, which the caller now owns
/// (-1 when already given up).
fn release_file_handle(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let handle = file_handle_fd(&arg(args, 0))?;
    let fd = handle
        .downcast_ref::<FileHandleFd>()
        .map_or(-1, |d| d.fd.take());
    Ok(JsValue::from(fd))
}

/// `setFileHandleGcHook(fn)`: `fn(fd)` emits the warnings for a FileHandle
/// closed by garbage collection.
fn set_file_handle_gc_hook(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let hook = arg_function(args, 0, "hook")?;
    *handle_gc(ctx).hook.borrow_mut() = Some(hook);
    Ok(JsValue::undefined())
}
