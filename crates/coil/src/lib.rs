//! Embed a Node.js-compatible JavaScript runtime in a Rust application.
//!
//! ```no_run
//! use coil::{Runtime, Value};
//!
//! coil::run_with_large_stack(|| {
//!     let mut rt = Runtime::builder().build().expect("runtime");
//!     let v = rt.eval("1 + 2").expect("eval");
//!     assert_eq!(v, Value::Number(3.0));
//!     rt.run_main("app.js").expect("run");
//!     let code = rt.run_event_loop();
//!     std::process::exit(code);
//! });
//! ```
//!
//! A [`Runtime`] owns one JS engine, its event loop and its thread pool, and
//! lives on the thread that built it. Run it on a thread with a large native
//! stack ([`run_with_large_stack`]), as the `coil` CLI does, so deep JS
//! recursion ends as a `RangeError` rather than a stack overflow.

#![deny(missing_docs)]

mod value;

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use boa_engine::{js_string, Context, JsObject, JsString, JsValue, NativeFunction};
use coil_engine::{checkpoint, run_callback, state, EngineState, RuntimeOptions};
use coil_loop::RunMode;

pub use value::Value;

include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

/// The version of Node whose behaviour Coil follows.
pub const NODE_VERSION: &str = "v20.19.2";

/// Native stack size of the JS thread the CLI (and [`run_with_large_stack`])
/// uses.
pub const JS_STACK_SIZE: usize = 512 * 1024 * 1024;

/// Run `f` on a new thread with a large native stack and return its result.
pub fn run_with_large_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    match spawn_js_thread(f).join() {
        Ok(v) => v,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// Run `f` on a new thread with a large native stack, then end the process
/// with the exit code it returns, as a command-line program does.
///
/// The JS thread is left parked rather than torn down: freeing the engine's
/// heap (every object and compiled function) costs a millisecond or more that
/// the process is about to hand back to the OS anyway. Standard output is
/// flushed first. A panic in `f` is propagated.
pub fn exit_with_large_stack(f: impl FnOnce() -> i32 + Send + 'static) -> ! {
    let (done, code) = std::sync::mpsc::channel();
    let handle = spawn_js_thread(move || {
        let _ = done.send(f());
        loop {
            std::thread::park();
        }
    });
    let code = match code.recv() {
        Ok(code) => code,
        // The sender was dropped without sending: `f` panicked.
        Err(_) => match handle.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            // Not reached: the thread parks for good once it has sent a code.
            Ok(()) => 1,
        },
    };
    let _ = std::io::Write::flush(&mut std::io::stdout());
    std::process::exit(code)
}

/// The thread JS runs on: named `coil-main`, with [`JS_STACK_SIZE`] of stack.
fn spawn_js_thread<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> std::thread::JoinHandle<T> {
    std::thread::Builder::new()
        .name("coil-main".into())
        .stack_size(JS_STACK_SIZE)
        .spawn(f)
        .expect("spawn the JS thread")
}

/// An error that escaped to the embedder: an uncaught JS exception, or a
/// request to exit.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// JS threw and nothing caught it: its `stack` (or string form).
    Js(String),
    /// `process.exit(code)` was called.
    Exit(i32),
    /// The runtime could not be set up (I/O error creating the poller ...).
    Setup(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Js(s) => f.write_str(s),
            Error::Exit(code) => write!(f, "process exited with code {code}"),
            Error::Setup(s) => write!(f, "runtime setup failed: {s}"),
        }
    }
}

impl std::error::Error for Error {}

/// A native function a host module exposes: takes the JS arguments as
/// [`Value`]s and returns a value, or an error message thrown as a JS `Error`.
pub type HostFunction = Rc<dyn Fn(&[Value]) -> Result<Value, String>>;

/// A module of native Rust functions that JS can `require(name)`.
#[derive(Clone, Default)]
pub struct HostModule {
    name: String,
    functions: Vec<(String, HostFunction)>,
}

impl HostModule {
    /// A module JS requires as `name`.
    pub fn new(name: impl Into<String>) -> Self {
        HostModule {
            name: name.into(),
            functions: Vec::new(),
        }
    }

    /// Add a function `name` to the module.
    pub fn function(
        mut self,
        name: impl Into<String>,
        f: impl Fn(&[Value]) -> Result<Value, String> + 'static,
    ) -> Self {
        self.functions.push((name.into(), Rc::new(f)));
        self
    }
}

/// How source text passed to [`Runtime::eval_with`] is run.
#[derive(Debug, Clone, Default)]
pub struct EvalOptions {
    /// Run as an ES module (no completion value; `import` allowed).
    pub module: bool,
    /// Print the completion value with `console.log` (the CLI's `-p`).
    pub print: bool,
    /// The file name shown in stack traces (`[eval]` by default).
    pub filename: Option<String>,
}

/// Builds a [`Runtime`].
#[derive(Default)]
pub struct RuntimeBuilder {
    argv: Vec<String>,
    exec_argv: Vec<String>,
    host_modules: Vec<HostModule>,
    no_deprecation: bool,
    max_call_depth: usize,
    expose_gc: bool,
}

impl RuntimeBuilder {
    /// `process.argv` after the executable (script path and its arguments).
    pub fn args<I: IntoIterator<Item = S>, S: Into<String>>(mut self, args: I) -> Self {
        self.argv = args.into_iter().map(Into::into).collect();
        self
    }

    /// `process.execArgv` (runtime flags).
    pub fn exec_args<I: IntoIterator<Item = S>, S: Into<String>>(mut self, args: I) -> Self {
        self.exec_argv = args.into_iter().map(Into::into).collect();
        self
    }

    /// Silence deprecation warnings (`--no-deprecation`).
    pub fn no_deprecation(mut self, on: bool) -> Self {
        self.no_deprecation = on;
        self
    }

    /// Define the global `gc()`, as Node's `--expose-gc`: it runs a full
    /// collection of the engine's garbage-collected heap at once (Boa has one
    /// generation, so `gc({ type: 'minor' })` collects everything too;
    /// `gc({ execution: 'async' })` returns a promise settled after the
    /// collection). Finalization work the collection triggers — closing the
    /// descriptor of a `FileHandle` that was never closed, for example —
    /// happens during the call; the warnings about it are emitted on a later
    /// loop turn, as in Node.
    pub fn expose_gc(mut self, on: bool) -> Self {
        self.expose_gc = on;
        self
    }

    /// The JS stack size in KiB, as Node's `--stack-size`: it sets how many
    /// nested calls JS may make (about eleven per KiB, as V8 allows a simple
    /// recursive function) before `RangeError: Maximum call stack size
    /// exceeded`. The native stack of the JS thread is [`JS_STACK_SIZE`].
    pub fn stack_size_kib(mut self, kib: usize) -> Self {
        self.max_call_depth = kib.saturating_mul(11).clamp(100, 1_000_000);
        self
    }

    /// Register a module of native functions JS can `require`.
    pub fn host_module(mut self, module: HostModule) -> Self {
        self.host_modules.push(module);
        self
    }

    /// Build the runtime on the current thread: the engine, the loop and the
    /// bootstrap (globals, `process`, timers, console).
    pub fn build(self) -> Result<Runtime, Error> {
        let exec_path = std::env::current_exe()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "coil".into());
        let mut argv = vec![exec_path.clone()];
        argv.extend(self.argv);
        let options = RuntimeOptions {
            argv,
            exec_argv: self.exec_argv,
            argv0: std::env::args().next().unwrap_or_else(|| "coil".into()),
            exec_path,
            no_deprecation: self.no_deprecation,
            max_call_depth: self.max_call_depth,
        };
        let started = std::time::Instant::now();
        let (mut ctx, state) = coil_engine::new_context(coil_bindings::registry(), STDLIB, options)
            .map_err(|e| Error::Setup(e.to_string()))?;
        if std::env::var_os("COIL_TRACE_REQUIRE").is_some() {
            eprintln!(
                "[startup] engine context: {:.2} ms",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
        let hosts = Rc::new(RefCell::new(Vec::<HostFunction>::new()));
        for module in self.host_modules {
            let obj = host_module_object(&module, &hosts, &mut ctx);
            state.host_modules.borrow_mut().insert(module.name, obj);
        }
        ctx.insert_data(hosts);
        let mut rt = Runtime { ctx, state };
        rt.bootstrap()?;
        if self.expose_gc {
            rt.define_gc()
                .map_err(|e| Error::Setup(format!("defining gc(): {e}")))?;
        }
        Ok(rt)
    }
}

fn host_module_object(
    module: &HostModule,
    registry: &Rc<RefCell<Vec<HostFunction>>>,
    ctx: &mut Context,
) -> JsObject {
    let obj = JsObject::with_object_proto(ctx.intrinsics());
    for (name, f) in &module.functions {
        let index = registry.borrow().len();
        registry.borrow_mut().push(Rc::clone(f));
        let native = NativeFunction::from_copy_closure(move |_, args, ctx| {
            let hosts = ctx
                .get_data::<Rc<RefCell<Vec<HostFunction>>>>()
                .cloned()
                .unwrap_or_default();
            let f = hosts.borrow().get(index).cloned();
            let Some(f) = f else {
                return Ok(JsValue::undefined());
            };
            let values: Vec<Value> = args.iter().map(|a| Value::from_js(a, ctx)).collect();
            match f(&values) {
                Ok(v) => Ok(v.to_js(ctx)),
                Err(msg) => Err(boa_engine::JsNativeError::error().with_message(msg).into()),
            }
        })
        .to_js_function(ctx.realm());
        let _ = obj.set(JsString::from(name.as_str()), native, false, ctx);
    }
    obj
}

/// One JS engine with its event loop and thread pool.
pub struct Runtime {
    ctx: Context,
    state: Rc<EngineState>,
}

impl Runtime {
    /// Start building a runtime.
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder::default()
    }

    fn bootstrap(&mut self) -> Result<(), Error> {
        let process = JsObject::with_object_proto(self.ctx.intrinsics());
        self.state.hooks.borrow_mut().insert("process", process);
        let bootstrap = coil_engine::stdlib::require("internal/bootstrap/node", &mut self.ctx)
            .map_err(|e| Error::Js(self.describe(e)))?;
        drop(bootstrap);
        Ok(())
    }

    /// The global `gc` of `--expose-gc` (writable, enumerable, not
    /// configurable, as Node's).
    fn define_gc(&mut self) -> boa_engine::JsResult<()> {
        let gc = NativeFunction::from_fn_ptr(|_, args, ctx| {
            boa_gc::force_collect();
            let asynchronous = match args.first().and_then(JsValue::as_object) {
                Some(options) => options
                    .get(JsString::from("execution"), ctx)?
                    .as_string()
                    .is_some_and(|s| s.to_std_string_escaped() == "async"),
                None => false,
            };
            if asynchronous {
                let promise =
                    boa_engine::object::builtins::JsPromise::resolve(JsValue::undefined(), ctx)?;
                return Ok(promise.into());
            }
            Ok(JsValue::undefined())
        });
        let function = boa_engine::object::FunctionObjectBuilder::new(self.ctx.realm(), gc)
            .name(JsString::from("gc"))
            .length(0)
            .constructor(false)
            .build();
        let global = self.ctx.global_object();
        global.define_property_or_throw(
            JsString::from("gc"),
            boa_engine::property::PropertyDescriptor::builder()
                .value(function)
                .writable(true)
                .enumerable(true)
                .configurable(false),
            &mut self.ctx,
        )?;
        Ok(())
    }

    fn describe(&mut self, err: boa_engine::JsError) -> String {
        let value = coil_engine::errors::to_value(err, &mut self.ctx);
        coil_engine::errors::describe(&value, &mut self.ctx)
    }

    /// The engine context, for embedders who need Boa's API directly.
    pub fn context(&mut self) -> &mut Context {
        &mut self.ctx
    }

    /// The exit code once `process.exit` was called (or the loop finished).
    pub fn exit_code(&self) -> Option<i32> {
        self.state.exit_code.get()
    }

    fn main_function(&mut self, name: &str) -> Result<JsObject, Error> {
        let main = coil_engine::stdlib::require("internal/main", &mut self.ctx)
            .map_err(|e| Error::Js(self.describe(e)))?;
        main.as_object()
            .and_then(|m| m.get(JsString::from(name), &mut self.ctx).ok())
            .and_then(|f| f.as_callable())
            .ok_or_else(|| Error::Setup(format!("internal/main has no {name}")))
    }

    /// Call a function of `internal/main`; a throw is an uncaught exception.
    /// Returns the function's result, or `Err(Exit)` once the process exits.
    fn call_main(&mut self, name: &str, args: &[JsValue]) -> Result<JsValue, Error> {
        let f = self.main_function(name)?;
        let result = f.call(&JsValue::undefined(), args, &mut self.ctx);
        let value = match result {
            Ok(v) => v,
            Err(err) => {
                coil_engine::checkpoint::report_uncaught(&mut self.ctx, err);
                JsValue::undefined()
            }
        };
        // ES module evaluation continues in promise jobs, which run before the
        // nextTick queue (Node's ESM order); CommonJS runs ticks first.
        if value.as_boolean() == Some(true) {
            if let Err(err) = self.state.jobs.drain(&mut self.ctx) {
                coil_engine::checkpoint::report_uncaught(&mut self.ctx, err);
            }
        }
        checkpoint(&mut self.ctx);
        match self.state.exit_code.get() {
            Some(code) => Err(Error::Exit(code)),
            None => Ok(value),
        }
    }

    /// Run `path` as the main module (CommonJS or ES module, as Node decides).
    /// Timers and I/O it starts run in [`Runtime::run_event_loop`].
    pub fn run_main(&mut self, path: impl AsRef<Path>) -> Result<(), Error> {
        let path = path.as_ref().to_string_lossy().into_owned();
        self.call_main("runMain", &[JsString::from(path.as_str()).into()])
            .map(drop)
    }

    /// Evaluate `code` as a script in the global scope (with `require`
    /// available, as `coil -e`) and return its completion value.
    pub fn eval(&mut self, code: &str) -> Result<Value, Error> {
        self.eval_with(code, &EvalOptions::default())
    }

    /// Evaluate `code` as a script or ES module per `options`.
    pub fn eval_with(&mut self, code: &str, options: &EvalOptions) -> Result<Value, Error> {
        let opts = JsObject::with_object_proto(self.ctx.intrinsics());
        let ctx = &mut self.ctx;
        let _ = opts.set(js_string!("module"), options.module, false, ctx);
        let _ = opts.set(js_string!("print"), options.print, false, ctx);
        if let Some(name) = &options.filename {
            let _ = opts.set(
                js_string!("filename"),
                JsString::from(name.as_str()),
                false,
                ctx,
            );
        }
        // evalScript returns [isModule, value] so errors can be reported to the
        // embedder as well as through the uncaught-exception path.
        let f = self.main_function("evalScript")?;
        let result = f.call(
            &JsValue::undefined(),
            &[JsString::from(code).into(), opts.into()],
            &mut self.ctx,
        );
        match result {
            Ok(v) => {
                let is_module = options.module;
                if is_module {
                    if let Err(err) = self.state.jobs.drain(&mut self.ctx) {
                        coil_engine::checkpoint::report_uncaught(&mut self.ctx, err);
                    }
                }
                checkpoint(&mut self.ctx);
                if let Some(code) = self.state.exit_code.get() {
                    return Err(Error::Exit(code));
                }
                Ok(Value::from_js(&v, &mut self.ctx))
            }
            Err(err) => {
                if let Some(code) = self.state.exit_code.get() {
                    return Err(Error::Exit(code));
                }
                Err(Error::Js(self.describe(err)))
            }
        }
    }

    /// Like [`Runtime::eval_with`], but an exception is reported as Node
    /// reports an uncaught one (printed, `uncaughtException` listeners, exit
    /// code 1) — what the CLI's `-e` does.
    pub fn eval_as_main(&mut self, code: &str, options: &EvalOptions) -> Result<(), Error> {
        let opts = JsObject::with_object_proto(self.ctx.intrinsics());
        let ctx = &mut self.ctx;
        let _ = opts.set(js_string!("module"), options.module, false, ctx);
        let _ = opts.set(js_string!("print"), options.print, false, ctx);
        if let Some(name) = &options.filename {
            let _ = opts.set(
                js_string!("filename"),
                JsString::from(name.as_str()),
                false,
                ctx,
            );
        }
        self.call_main("evalMain", &[JsString::from(code).into(), opts.into()])
            .map(drop)
    }

    /// Evaluate one REPL input: `Ok(None)` while the input is incomplete (an
    /// open bracket, string or comment), else the text to show — the
    /// inspected value, or `Uncaught …` for an exception. `_` holds the last
    /// value.
    pub fn repl_evaluate(&mut self, code: &str) -> Result<Option<String>, Error> {
        let result = self.call_main("replEvaluate", &[JsString::from(code).into()])?;
        match Value::from_js(&result, &mut self.ctx) {
            Value::Array(parts) => match parts.as_slice() {
                [Value::String(kind)] if kind == "incomplete" => Ok(None),
                [_, Value::String(text)] => Ok(Some(text.clone())),
                _ => Ok(Some(String::new())),
            },
            _ => Ok(Some(String::new())),
        }
    }

    /// Run one turn of the event loop (for a host that owns its own loop).
    /// With `block`, waits in the poll phase for I/O or the next timer.
    /// Returns whether the loop is still alive.
    pub fn run_once(&mut self, block: bool) -> bool {
        if self.state.exiting() {
            return false;
        }
        let lp = Rc::clone(&self.state.lp);
        let mode = if block {
            RunMode::Once
        } else {
            RunMode::NoWait
        };
        lp.run(&mut self.ctx, mode) && !self.state.exiting()
    }

    /// Run the event loop until nothing is left, emitting `beforeExit` (which
    /// may schedule more work) and then `exit`, as Node does. Returns the
    /// process exit code.
    pub fn run_event_loop(&mut self) -> i32 {
        let lp = Rc::clone(&self.state.lp);
        loop {
            if self.state.exiting() {
                break;
            }
            lp.run(&mut self.ctx, RunMode::Default);
            if self.state.exiting() {
                break;
            }
            if let Some(hook) = self.state.hook("emitBeforeExit") {
                run_callback(&mut self.ctx, &hook, &JsValue::undefined(), &[]);
            }
            if self.state.exiting() || !lp.alive() {
                break;
            }
        }
        self.finish()
    }

    /// Emit `exit` (once; not when `process.exit` already did) and return the
    /// exit code. The runtime stays usable for [`Runtime::eval`] afterwards,
    /// so an embedder can read results.
    pub fn finish(&mut self) -> i32 {
        if let Some(code) = self.state.exit_code.get() {
            return code;
        }
        let Some(hook) = self.state.hook("emitExit") else {
            return 0;
        };
        match hook.call(&JsValue::undefined(), &[], &mut self.ctx) {
            Ok(v) => self
                .state
                .exit_code
                .get()
                .unwrap_or(v.as_number().unwrap_or(0.0) as i32),
            Err(err) => {
                if self.state.exit_code.get().is_none() {
                    coil_engine::checkpoint::report_uncaught(&mut self.ctx, err);
                }
                self.state.exit_code.get().unwrap_or(1)
            }
        }
    }

    /// Whether the event loop has work left.
    pub fn is_alive(&self) -> bool {
        self.state.lp.alive()
    }

    /// Read everything from standard input (for a script piped to the CLI).
    pub fn read_stdin() -> std::io::Result<String> {
        use std::io::Read;
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        Ok(s)
    }

    /// Run `f` with the engine state (for bindings-level embedder extensions).
    pub fn with_state<T>(&self, f: impl FnOnce(&EngineState) -> T) -> T {
        f(&state(&self.ctx))
    }
}
