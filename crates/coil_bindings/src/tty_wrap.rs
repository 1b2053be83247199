//! `internalBinding('tty_wrap')`: terminals and standard streams — what kind
//! of handle a descriptor is, the window size, raw mode, and reading a
//! descriptor through the event loop (epoll for terminals, pipes and sockets;
//! the thread pool for regular files, which epoll cannot watch).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use coil_engine::bytes::new_uint8_array;
use coil_engine::util::{arg, arg_function, object_with_functions};
use coil_engine::{run_callback, state, Loop};
use coil_loop::{HandleId, Interest};

const CHUNK: usize = 64 * 1024;

/// Per-runtime state: the watcher reading each descriptor, and the terminal
/// modes saved before raw mode.
#[derive(Default)]
struct TtyState {
    readers: HashMap<i32, HandleId>,
    saved_modes: HashMap<i32, libc::termios>,
}

fn tty_state(ctx: &mut Context) -> Rc<RefCell<TtyState>> {
    if let Some(st) = ctx.get_data::<Rc<RefCell<TtyState>>>() {
        return Rc::clone(st);
    }
    let st = Rc::new(RefCell::new(TtyState::default()));
    ctx.insert_data(Rc::clone(&st));
    st
}

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(object_with_functions(
        ctx,
        &[
            ("guessHandleType", guess_handle_type, 1),
            ("getWindowSize", get_window_size, 2),
            ("setRawMode", set_raw_mode, 2),
            ("readStart", read_start, 2),
            ("readStop", read_stop, 1),
        ],
    ))
}

fn fd_arg(args: &[JsValue], ctx: &mut Context) -> JsResult<i32> {
    arg(args, 0).to_i32(ctx)
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// The kind of handle behind `fd`, as libuv's `uv_guess_handle` names it.
pub fn handle_type(fd: i32) -> &'static str {
    // SAFETY: `st` is a plain struct fstat fills in; an invalid fd is an error.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return "UNKNOWN";
    }
    match st.st_mode & libc::S_IFMT {
        libc::S_IFREG => "FILE",
        // SAFETY: isatty only inspects the descriptor.
        libc::S_IFCHR if unsafe { libc::isatty(fd) } == 1 => "TTY",
        libc::S_IFCHR => "FILE",
        libc::S_IFIFO => "PIPE",
        libc::S_IFSOCK => socket_type(fd),
        _ => "UNKNOWN",
    }
}

fn socket_type(fd: i32) -> &'static str {
    // SAFETY: sockaddr_storage is large enough for any address; len says so.
    let mut addr: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: addr and len are valid for writes of `len` bytes.
    let r = unsafe {
        libc::getsockname(
            fd,
            (&mut addr as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    };
    if r != 0 {
        return "UNKNOWN";
    }
    let mut kind: libc::c_int = 0;
    let mut kind_len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: kind and kind_len are valid for the option's size.
    let r = unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_TYPE,
            (&mut kind as *mut libc::c_int).cast(),
            &mut kind_len,
        )
    };
    if r != 0 {
        return "UNKNOWN";
    }
    match (i32::from(addr.ss_family), kind) {
        (libc::AF_UNIX, _) => "PIPE",
        (libc::AF_INET | libc::AF_INET6, libc::SOCK_STREAM) => "TCP",
        (libc::AF_INET | libc::AF_INET6, libc::SOCK_DGRAM) => "UDP",
        _ => "UNKNOWN",
    }
}

fn guess_handle_type(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, ctx)?;
    Ok(js_string!(handle_type(fd)).into())
}

/// `getWindowSize(fd, size)`: fills `size` with [columns, rows]; returns 0 or
/// a negative errno.
fn get_window_size(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, ctx)?;
    // SAFETY: winsize is plain data the ioctl fills in.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize into `ws`.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Ok(JsValue::from(-last_errno()));
    }
    if let Some(size) = arg(args, 1).as_object() {
        size.set(0, i32::from(ws.ws_col), false, ctx)?;
        size.set(1, i32::from(ws.ws_row), false, ctx)?;
    }
    Ok(JsValue::from(0))
}

/// `setRawMode(fd, flag)`: raw mode as libuv's `UV_TTY_MODE_RAW`; leaving it
/// restores the mode saved when it was entered. Returns 0 or a negative errno.
fn set_raw_mode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, ctx)?;
    let raw = arg(args, 1).to_boolean();
    let tty = tty_state(ctx);
    let mut tty = tty.borrow_mut();
    if raw {
        // SAFETY: termios is plain data tcgetattr fills in.
        let mut mode: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: as above.
        if unsafe { libc::tcgetattr(fd, &mut mode) } != 0 {
            return Ok(JsValue::from(-last_errno()));
        }
        tty.saved_modes.entry(fd).or_insert(mode);
        mode.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
        mode.c_oflag |= libc::ONLCR;
        mode.c_cflag |= libc::CS8;
        mode.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
        mode.c_cc[libc::VMIN] = 1;
        mode.c_cc[libc::VTIME] = 0;
        // SAFETY: `mode` is a valid termios.
        if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &mode) } != 0 {
            return Ok(JsValue::from(-last_errno()));
        }
    } else if let Some(mode) = tty.saved_modes.remove(&fd) {
        // SAFETY: `mode` is the termios tcgetattr returned.
        if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &mode) } != 0 {
            return Ok(JsValue::from(-last_errno()));
        }
    }
    Ok(JsValue::from(0))
}

/// Read up to one chunk from `fd`: Ok(bytes) (empty at end of input) or the
/// errno.
fn read_chunk(fd: i32) -> Result<Vec<u8>, i32> {
    let mut buf = vec![0u8; CHUNK];
    loop {
        // SAFETY: `buf` is valid for writes of its length.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n >= 0 {
            buf.truncate(n as usize);
            return Ok(buf);
        }
        let errno = last_errno();
        if errno != libc::EINTR {
            return Err(errno);
        }
    }
}

/// Hand one read result to the JS callback: `(null, chunk)`, `(null, null)`
/// at the end, or `(errno)`.
fn deliver(ctx: &mut Context, callback: &JsObject, result: Result<Vec<u8>, i32>) -> bool {
    let (args, done) = match result {
        Ok(bytes) if bytes.is_empty() => (vec![JsValue::null(), JsValue::null()], true),
        Ok(bytes) => match new_uint8_array(&bytes, ctx) {
            Ok(chunk) => (vec![JsValue::null(), chunk.into()], false),
            Err(_) => (vec![JsValue::from(-libc::ENOMEM)], true),
        },
        Err(errno) => (vec![JsValue::from(-errno)], true),
    };
    run_callback(ctx, callback, &JsValue::undefined(), &args);
    done
}

/// `readStart(fd, callback)`: read `fd` until its end, calling back per chunk.
/// Terminals, pipes and sockets are watched by the loop; files are read on
/// the thread pool.
fn read_start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, ctx)?;
    let callback = arg_function(args, 1, "callback")?;
    let tty = tty_state(ctx);
    if tty.borrow().readers.contains_key(&fd) {
        return Ok(JsValue::from(0));
    }
    let st = state(ctx);
    if handle_type(fd) == "FILE" {
        read_file_chunks(ctx, fd, callback);
        return Ok(JsValue::from(0));
    }
    let watcher = Rc::new(RefCell::new(None::<HandleId>));
    let own = Rc::clone(&watcher);
    let id = st.lp.io_init(
        fd,
        Rc::new(move |ctx: &mut Context, lp: &Loop, _| {
            let done = deliver(ctx, &callback, read_chunk(fd));
            if done {
                if let Some(id) = *own.borrow() {
                    lp.close(id, None);
                }
                if let Some(tty) = ctx.get_data::<Rc<RefCell<TtyState>>>() {
                    tty.borrow_mut().readers.remove(&fd);
                }
            }
        }),
    );
    *watcher.borrow_mut() = Some(id);
    let interest = Interest {
        readable: true,
        writable: false,
    };
    match st.lp.io_start(id, interest) {
        Ok(()) => {
            tty.borrow_mut().readers.insert(fd, id);
            Ok(JsValue::from(0))
        }
        Err(err) => {
            st.lp.close(id, None);
            Ok(JsValue::from(-err.raw_os_error().unwrap_or(libc::EIO)))
        }
    }
}

/// Files: one pool request per chunk, the next one started after each
/// delivery, until the end.
fn read_file_chunks(ctx: &mut Context, fd: i32, callback: JsObject) {
    let st = state(ctx);
    let pool = Rc::clone(&st.pool);
    pool.submit(
        &st.lp,
        move || read_chunk(fd),
        move |ctx: &mut Context, _, result| {
            if !deliver(ctx, &callback, result) {
                read_file_chunks(ctx, fd, callback);
            }
        },
    );
}

/// `readStop(fd)`: stop watching `fd` (a read already on the pool finishes).
fn read_stop(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = fd_arg(args, ctx)?;
    let st = state(ctx);
    let tty = tty_state(ctx);
    let removed = tty.borrow_mut().readers.remove(&fd);
    if let Some(id) = removed {
        st.lp.close(id, None);
    }
    Ok(JsValue::from(0))
}
