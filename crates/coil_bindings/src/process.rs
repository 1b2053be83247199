//! `internalBinding('process_methods')`: the native half of `process` — ids,
//! clocks, memory, cwd, the environment, exit, the nextTick queue, the hooks
//! the bootstrap registers, and synchronous writes to stdio descriptors.

use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::sync::OnceLock;
use std::time::Instant;

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue};
use coil_engine::errors::{exit_unwind, system_error};
use coil_engine::util::{
    arg, arg_function, arg_object, arg_string, jstr, object_with_functions, set,
};
use coil_engine::{checkpoint, state};

/// When the process (or at least this runtime) started, for `uptime` and
/// `performance.timeOrigin`.
pub fn process_start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    process_start();
    let obj = object_with_functions(
        ctx,
        &[
            ("cwd", cwd, 0),
            ("chdir", chdir, 1),
            ("pid", pid, 0),
            ("ppid", ppid, 0),
            ("hrtime", hrtime, 0),
            ("hrtimeBigInt", hrtime_bigint, 0),
            ("uptime", uptime, 0),
            ("memoryUsage", memory_usage, 0),
            ("rss", rss, 0),
            ("reallyExit", really_exit, 1),
            ("queueTick", queue_tick, 2),
            ("runMicrotaskCheckpoint", run_checkpoint, 0),
            ("setHooks", set_hooks, 1),
            ("writeString", write_string, 2),
            ("writeBytes", write_bytes, 2),
            ("isatty", isatty, 1),
            ("envGet", env_get, 1),
            ("envSet", env_set, 2),
            ("envDelete", env_delete, 1),
            ("envKeys", env_keys, 0),
            ("umask", umask, 1),
            ("getuid", getuid, 0),
            ("geteuid", geteuid, 0),
            ("getgid", getgid, 0),
            ("getegid", getegid, 0),
            ("kill", kill, 2),
            ("options", options, 0),
            ("arch", arch, 0),
            ("getHostModule", get_host_module, 1),
        ],
    );
    Ok(obj)
}

fn cwd(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    match std::env::current_dir() {
        Ok(p) => Ok(jstr(&p.to_string_lossy())),
        Err(e) => Err(system_error(&e, "uv_cwd", None, None, ctx)),
    }
}

fn chdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let dir = arg_string(args, 0, ctx)?;
    match std::env::set_current_dir(&dir) {
        Ok(()) => Ok(JsValue::undefined()),
        Err(e) => {
            let from = std::env::current_dir()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            // Node: "ENOENT: no such file or directory, chdir /from -> 'dir'".
            let err = system_error(&e, "chdir", None, None, ctx);
            if let Some(obj) = err.as_opaque().and_then(JsValue::as_object) {
                let code = obj.get(js_string!("code"), ctx)?.to_string(ctx)?;
                let (_, desc) = coil_engine::errors::errno_name(e.raw_os_error().unwrap_or(0));
                let msg = format!(
                    "{}: {desc}, chdir {from} -> '{dir}'",
                    code.to_std_string_escaped()
                );
                set(&obj, "message", jstr(&msg), ctx);
                set(&obj, "path", jstr(&from), ctx);
                set(&obj, "dest", jstr(&dir), ctx);
            }
            Err(err)
        }
    }
}

fn pid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(std::process::id()))
}

fn ppid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: getppid has no preconditions and cannot fail.
    Ok(JsValue::from(unsafe { libc::getppid() }))
}

fn monotonic_ns() -> u128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u128) * 1_000_000_000 + ts.tv_nsec as u128
}

fn hrtime(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let ns = monotonic_ns();
    let secs = (ns / 1_000_000_000) as f64;
    let nanos = (ns % 1_000_000_000) as f64;
    Ok(JsArray::from_iter([JsValue::from(secs), JsValue::from(nanos)], ctx).into())
}

fn hrtime_bigint(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let ns = monotonic_ns();
    Ok(JsValue::from(boa_engine::JsBigInt::from(ns as i128 as i64)))
}

fn uptime(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(process_start().elapsed().as_secs_f64()))
}

fn rss_bytes() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.0);
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as f64;
    pages * page
}

fn rss(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(rss_bytes()))
}

fn memory_usage(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let obj = JsObject::with_object_proto(ctx.intrinsics());
    let rss = rss_bytes();
    // Boa does not report heap figures; the resident set stands in for both.
    set(&obj, "rss", rss, ctx);
    set(&obj, "heapTotal", rss, ctx);
    set(&obj, "heapUsed", rss, ctx);
    set(&obj, "external", 0, ctx);
    set(&obj, "arrayBuffers", 0, ctx);
    Ok(obj.into())
}

/// `reallyExit(code)`: record the exit code and unwind JS (uncatchably).
fn really_exit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg(args, 0).to_i32(ctx).unwrap_or(0);
    let st = state(ctx);
    st.exit_code.set(Some(code));
    st.lp.stop();
    Err(exit_unwind())
}

/// `queueTick(callback, argsArray)`: append to the nextTick queue.
fn queue_tick(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callback = arg_function(args, 0, "callback")?;
    let mut tick_args = Vec::new();
    if let Some(list) = arg(args, 1).as_object() {
        let len = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
        for i in 0..len {
            tick_args.push(list.get(i, ctx)?);
        }
    }
    state(ctx)
        .ticks
        .borrow_mut()
        .push_back((callback, tick_args));
    Ok(JsValue::undefined())
}

/// `runMicrotaskCheckpoint()`: Node's `runNextTicks`, for JS that runs several
/// callbacks in one loop callback (immediates).
fn run_checkpoint(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let st = state(ctx);
    if st.ticks.borrow().is_empty() && !st.jobs.has_jobs() && st.rejections.borrow().is_empty() {
        return Ok(JsValue::undefined());
    }
    checkpoint(ctx);
    if st.exiting() {
        return Err(exit_unwind());
    }
    Ok(JsValue::undefined())
}

/// `setHooks({ name: function, ... })`: JS functions the runtime calls.
fn set_hooks(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let hooks = arg_object(args, 0, "hooks")?;
    let st = state(ctx);
    for name in [
        "onUncaught",
        "processRejections",
        "onTimeout",
        "processImmediates",
        "esmResolve",
        "initImportMeta",
        "emitBeforeExit",
        "emitExit",
        "process",
    ] {
        let value = hooks.get(JsString::from(name), ctx)?;
        if let Some(obj) = value.as_object() {
            st.hooks.borrow_mut().insert(name, obj);
        }
    }
    Ok(JsValue::undefined())
}

/// Write all of `bytes` to `fd`: 0, or the negative errno of the failure.
fn write_all_fd(fd: i32, bytes: &[u8]) -> i32 {
    // SAFETY: the descriptor belongs to the process; ManuallyDrop keeps the File
    // from closing it.
    let mut file = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    match file.write_all(bytes) {
        Ok(()) => 0,
        Err(e) => -e.raw_os_error().unwrap_or(5),
    }
}

/// `writeString(fd, string)`: a synchronous write, as Node's stdio is for
/// files, pipes and terminals on Linux. Returns 0 or a negative errno (EPIPE).
fn write_string(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    let text = arg(args, 1).to_string(ctx)?.to_std_string_lossy();
    Ok(JsValue::from(write_all_fd(fd, text.as_bytes())))
}

/// `writeBytes(fd, uint8array)`: as `writeString`, for bytes.
fn write_bytes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    let bytes = coil_engine::bytes::bytes_of(&arg(args, 1), ctx)?;
    Ok(JsValue::from(write_all_fd(fd, &bytes)))
}

fn isatty(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    // SAFETY: isatty only inspects the descriptor.
    Ok((unsafe { libc::isatty(fd) } == 1).into())
}

fn env_get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    if name.is_empty() || name.contains('=') || name.contains('\0') {
        return Ok(JsValue::undefined());
    }
    Ok(match std::env::var_os(&name) {
        Some(v) => jstr(&v.to_string_lossy()),
        None => JsValue::undefined(),
    })
}

fn env_set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    let value = arg_string(args, 1, ctx)?;
    if name.is_empty() || name.contains('=') || name.contains('\0') || value.contains('\0') {
        return Ok(false.into());
    }
    // SAFETY (of the std call's documented caveat): JS runs on one thread and
    // pool threads never read the environment.
    unsafe { std::env::set_var(&name, &value) };
    Ok(true.into())
}

fn env_delete(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    if name.is_empty() || name.contains('=') || name.contains('\0') {
        return Ok(true.into());
    }
    // SAFETY: as in env_set.
    unsafe { std::env::remove_var(&name) };
    Ok(true.into())
}

fn env_keys(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let keys: Vec<JsValue> = std::env::vars_os()
        .map(|(k, _)| jstr(&k.to_string_lossy()))
        .collect();
    Ok(JsArray::from_iter(keys, ctx).into())
}

fn umask(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let value = arg(args, 0);
    // SAFETY: umask cannot fail; reading requires setting and restoring.
    let old = if value.is_undefined() {
        unsafe {
            let old = libc::umask(0o022);
            libc::umask(old);
            old
        }
    } else {
        let mask = value.to_u32(ctx)? as libc::mode_t;
        unsafe { libc::umask(mask) }
    };
    Ok(JsValue::from(old as u32))
}

fn getuid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: no preconditions.
    Ok(JsValue::from(unsafe { libc::getuid() }))
}

fn geteuid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: no preconditions.
    Ok(JsValue::from(unsafe { libc::geteuid() }))
}

fn getgid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: no preconditions.
    Ok(JsValue::from(unsafe { libc::getgid() }))
}

fn getegid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: no preconditions.
    Ok(JsValue::from(unsafe { libc::getegid() }))
}

/// `kill(pid, signal)`: returns 0 or a negative errno.
fn kill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = arg(args, 0).to_i32(ctx)?;
    let sig = arg(args, 1).to_i32(ctx)?;
    // SAFETY: kill has no memory preconditions.
    let r = unsafe { libc::kill(pid, sig) };
    if r == 0 {
        Ok(JsValue::from(0))
    } else {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(1);
        Ok(JsValue::from(-errno))
    }
}

/// `options()`: argv, execArgv, argv0 and execPath as fixed at start.
fn options(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let st = state(ctx);
    let o = &st.options;
    let argv: Vec<JsValue> = o.argv.iter().map(|s| jstr(s)).collect();
    let exec_argv: Vec<JsValue> = o.exec_argv.iter().map(|s| jstr(s)).collect();
    let obj = JsObject::with_object_proto(ctx.intrinsics());
    let argv = JsArray::from_iter(argv, ctx);
    let exec_argv = JsArray::from_iter(exec_argv, ctx);
    set(&obj, "argv", argv, ctx);
    set(&obj, "execArgv", exec_argv, ctx);
    set(&obj, "argv0", jstr(&o.argv0), ctx);
    set(&obj, "execPath", jstr(&o.exec_path), ctx);
    set(&obj, "noDeprecation", o.no_deprecation, ctx);
    let _ = JsNativeError::typ();
    Ok(obj.into())
}

/// `arch()`: Node's name for the CPU architecture.
fn arch(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let name = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "x86" => "ia32",
        "aarch64" => "arm64",
        "powerpc64" => "ppc64",
        "s390x" => "s390x",
        "riscv64" => "riscv64",
        "loongarch64" => "loong64",
        other => other,
    };
    Ok(jstr(name))
}

/// `getHostModule(name)`: an embedder's module of native functions, if any.
fn get_host_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    let st = state(ctx);
    let module = st.host_modules.borrow().get(&name).cloned();
    Ok(module.map(JsValue::from).unwrap_or_default())
}
