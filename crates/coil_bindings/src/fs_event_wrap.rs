//! `internalBinding('fs_event_wrap')`: `fs.watch` on inotify, driven by the
//! event loop. One inotify descriptor per watcher; with `recursive`, every
//! directory below the watched one gets its own watch (and new directories
//! are added as they appear), as Node does on Linux.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::CString;
use std::rc::Rc;

use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use coil_engine::util::{arg, arg_function, arg_string, object_with_functions};
use coil_engine::{run_callback, state, Loop};
use coil_loop::{HandleId, Interest};

const MASK: u32 = libc::IN_ATTRIB
    | libc::IN_CREATE
    | libc::IN_MODIFY
    | libc::IN_DELETE
    | libc::IN_DELETE_SELF
    | libc::IN_MOVE_SELF
    | libc::IN_MOVED_FROM
    | libc::IN_MOVED_TO;

struct Watch {
    fd: i32,
    handle: HandleId,
    root: String,
    recursive: bool,
    /// Watch descriptor → the directory's path relative to `root` ("" for
    /// the root itself).
    dirs: HashMap<i32, String>,
    /// The name reported for events on the root itself (its base name).
    root_name: String,
}

#[derive(Default)]
struct Watches {
    next: u32,
    all: HashMap<u32, Watch>,
}

fn watches(ctx: &mut Context) -> Rc<RefCell<Watches>> {
    if let Some(w) = ctx.get_data::<Rc<RefCell<Watches>>>() {
        return Rc::clone(w);
    }
    let w = Rc::new(RefCell::new(Watches::default()));
    ctx.insert_data(Rc::clone(&w));
    w
}

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(object_with_functions(
        ctx,
        &[
            ("start", start, 3),
            ("close", close, 1),
            ("setRef", set_ref, 2),
        ],
    ))
}

fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

fn add_watch(fd: i32, path: &str) -> Result<i32, i32> {
    let c_path = CString::new(path).map_err(|_| libc::EINVAL)?;
    // SAFETY: `c_path` is a valid NUL-terminated string for the call.
    let wd = unsafe { libc::inotify_add_watch(fd, c_path.as_ptr(), MASK) };
    if wd < 0 {
        Err(errno())
    } else {
        Ok(wd)
    }
}

/// Watch every directory below `dir` (relative name `rel`), recording each.
fn add_subdirs(watch: &mut Watch, dir: &str, rel: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if !kind.is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = format!("{dir}/{name}");
        let rel_name = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        if let Ok(wd) = add_watch(watch.fd, &path) {
            watch.dirs.insert(wd, rel_name.clone());
        }
        add_subdirs(watch, &path, &rel_name);
    }
}

/// Report every entry below a directory that appeared in a recursive watch
/// as a 'rename', watching its subdirectories too.
fn scan_new_dir(
    watch: &mut Watch,
    dir: &str,
    rel: &str,
    out: &mut Vec<(&'static str, Option<String>)>,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel_name = format!("{rel}/{name}");
        out.push(("rename", Some(rel_name.clone())));
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            let path = format!("{dir}/{name}");
            if let Ok(wd) = add_watch(watch.fd, &path) {
                watch.dirs.insert(wd, rel_name.clone());
            }
            scan_new_dir(watch, &path, &rel_name, out);
        }
    }
}

/// `start(path, recursive, callback)`: the watcher's id, or a negative errno.
/// `callback(eventType, filename)` gets 'rename' or 'change'.
fn start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let recursive = arg(args, 1).to_boolean();
    let callback = arg_function(args, 2, "callback")?;
    // SAFETY: inotify_init1 takes only flags.
    let fd = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
    if fd < 0 {
        return Ok(JsValue::from(-errno()));
    }
    let wd = match add_watch(fd, &path) {
        Ok(wd) => wd,
        Err(e) => {
            // SAFETY: `fd` was opened above and is not shared.
            unsafe { libc::close(fd) };
            return Ok(JsValue::from(-e));
        }
    };
    let st = state(ctx);
    let all = watches(ctx);
    let id = {
        let mut all = all.borrow_mut();
        all.next += 1;
        all.next
    };
    let handle = st.lp.io_init(
        fd,
        Rc::new(move |ctx: &mut Context, _: &Loop, _| {
            for (event, name) in drain_events(ctx, id) {
                // A listener may close the watcher: later events of the same
                // batch are then dropped, as libuv does.
                if !watches(ctx).borrow().all.contains_key(&id) {
                    break;
                }
                let args = [
                    JsValue::from(JsString::from(event)),
                    name.map_or(JsValue::null(), |n| JsString::from(n.as_str()).into()),
                ];
                run_callback(ctx, &callback, &JsValue::undefined(), &args);
            }
        }),
    );
    let root_name = std::path::Path::new(&path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut watch = Watch {
        fd,
        handle,
        root: path.clone(),
        recursive,
        dirs: HashMap::from([(wd, String::new())]),
        root_name,
    };
    let is_dir = std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
    if recursive && is_dir {
        add_subdirs(&mut watch, &path, "");
    }
    let interest = Interest {
        readable: true,
        writable: false,
    };
    if let Err(e) = st.lp.io_start(handle, interest) {
        st.lp.close(handle, None);
        // SAFETY: `fd` was opened above and is not shared.
        unsafe { libc::close(fd) };
        return Ok(JsValue::from(-e.raw_os_error().unwrap_or(libc::EIO)));
    }
    all.borrow_mut().all.insert(id, watch);
    Ok(JsValue::from(id))
}

/// Read every pending inotify event of watcher `id`: (event type, filename).
fn drain_events(ctx: &mut Context, id: u32) -> Vec<(&'static str, Option<String>)> {
    let all = watches(ctx);
    let mut all = all.borrow_mut();
    let Some(watch) = all.all.get_mut(&id) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        // SAFETY: `buf` is valid for writes of its length.
        let n = unsafe { libc::read(watch.fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n <= 0 {
            break;
        }
        let n = n as usize;
        let header = std::mem::size_of::<libc::inotify_event>();
        let mut offset = 0;
        while offset + header <= n {
            // SAFETY: the kernel writes whole inotify_event records; the bytes
            // at `offset` hold one header (read unaligned).
            let event: libc::inotify_event =
                unsafe { std::ptr::read_unaligned(buf.as_ptr().add(offset).cast()) };
            let name_start = offset + header;
            let name_end = (name_start + event.len as usize).min(n);
            let raw = &buf[name_start..name_end];
            let name =
                String::from_utf8_lossy(raw.split(|b| *b == 0).next().unwrap_or(&[])).into_owned();
            offset = name_end;
            if event.mask & libc::IN_IGNORED != 0 {
                continue;
            }
            let dir = watch.dirs.get(&event.wd).cloned().unwrap_or_default();
            let filename = if name.is_empty() {
                if dir.is_empty() {
                    watch.root_name.clone()
                } else {
                    dir.clone()
                }
            } else if dir.is_empty() {
                name.clone()
            } else {
                format!("{dir}/{name}")
            };
            let kind = if event.mask & (libc::IN_ATTRIB | libc::IN_MODIFY) != 0 {
                "change"
            } else {
                "rename"
            };
            out.push((kind, Some(filename.clone())));
            if watch.recursive
                && event.mask & libc::IN_ISDIR != 0
                && event.mask & (libc::IN_CREATE | libc::IN_MOVED_TO) != 0
            {
                let path = format!("{}/{filename}", watch.root);
                if let Ok(wd) = add_watch(watch.fd, &path) {
                    watch.dirs.insert(wd, filename.clone());
                }
                // Entries made in the new directory before its watch was in
                // place sent no event: report them now, as Node does.
                scan_new_dir(watch, &path, &filename, &mut out);
            }
        }
    }
    out
}

/// `close(id)`: stop watching and release the inotify descriptor.
fn close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg(args, 0).to_u32(ctx)?;
    let st = state(ctx);
    let all = watches(ctx);
    let removed = all.borrow_mut().all.remove(&id);
    if let Some(watch) = removed {
        // Deregister from the poller before the descriptor closes.
        st.lp.close(watch.handle, None);
        // SAFETY: the watcher owned this descriptor; nothing else uses it.
        unsafe { libc::close(watch.fd) };
    }
    Ok(JsValue::undefined())
}

/// `setRef(id, bool)`: whether the watcher keeps the process alive.
fn set_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg(args, 0).to_u32(ctx)?;
    let referenced = arg(args, 1).to_boolean();
    let st = state(ctx);
    let all = watches(ctx);
    let handle = all.borrow().all.get(&id).map(|w| w.handle);
    if let Some(handle) = handle {
        if referenced {
            st.lp.ref_handle(handle);
        } else {
            st.lp.unref_handle(handle);
        }
    }
    Ok(JsValue::undefined())
}
