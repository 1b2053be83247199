//! Boa glue for Coil: the engine context, our job executor and the microtask
//! checkpoint, the `internalBinding` registry, the embedded stdlib loader, the
//! ES module loader, and error conversion helpers.
//!
//! Everything here runs on the one JS thread. The event loop ([`Loop`]) and the
//! thread pool are reached from native functions through [`state`].

pub mod bindings;
pub mod bytes;
pub mod checkpoint;
pub mod errors;
pub mod esm;
pub mod jobs;
pub mod lend;
pub mod stdlib;
pub mod util;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use boa_engine::{Context, JsObject};
use coil_loop::EventLoop;
use coil_pool::ThreadPool;

pub use bindings::{BindingInit, BindingRegistry};
pub use checkpoint::{checkpoint, run_callback};
pub use jobs::JobQueue;
pub use stdlib::StdlibSource;

/// The event loop, with the engine context as its host.
pub type Loop = EventLoop<Context>;

/// Engine-wide state shared by native functions (stored in the context's data).
pub struct EngineState {
    /// The event loop the runtime drives.
    pub lp: Rc<Loop>,
    /// The thread pool for fs, crypto, dns.lookup and zlib work.
    pub pool: Rc<ThreadPool>,
    /// Promise jobs and other engine jobs.
    pub jobs: Rc<JobQueue>,
    /// The `process.nextTick` queue: (callback, arguments).
    pub ticks: RefCell<std::collections::VecDeque<(JsObject, Vec<boa_engine::JsValue>)>>,
    /// Promise rejection events not yet handed to JS: (is_handle, promise).
    pub rejections: RefCell<Vec<(bool, JsObject)>>,
    /// Set by `process.reallyExit`: no more JS runs once it is `Some`.
    pub exit_code: Cell<Option<i32>>,
    /// Native bindings by name, created lazily.
    pub bindings: BindingRegistry,
    /// The embedded stdlib and its module cache.
    pub stdlib: stdlib::Stdlib,
    /// JS functions the bootstrap hands to the runtime (uncaught exception
    /// handler, rejection processor ...), by name.
    pub hooks: RefCell<std::collections::HashMap<&'static str, JsObject>>,
    /// Command-line and embedder options visible to JS.
    pub options: RuntimeOptions,
    /// Modules of native Rust functions an embedder registered, by the name
    /// JS requires them by.
    pub host_modules: RefCell<std::collections::HashMap<String, JsObject>>,
}

/// Options fixed when the runtime is built.
#[derive(Debug, Clone, Default)]
pub struct RuntimeOptions {
    /// `process.argv` (argv[0] is the executable path).
    pub argv: Vec<String>,
    /// `process.execArgv`.
    pub exec_argv: Vec<String>,
    /// `process.argv0`.
    pub argv0: String,
    /// `process.execPath`.
    pub exec_path: String,
    /// `--no-deprecation`.
    pub no_deprecation: bool,
    /// How many nested JS calls are allowed before `RangeError: Maximum call
    /// stack size exceeded` (`--stack-size`); 0 means the default.
    pub max_call_depth: usize,
}

/// The default call depth: about what Node's default 984 KiB stack allows for a
/// simple recursive function.
pub const DEFAULT_CALL_DEPTH: usize = 10_000;

impl EngineState {
    /// Whether `process.exit` has been called: callbacks must not run JS then.
    pub fn exiting(&self) -> bool {
        self.exit_code.get().is_some()
    }

    /// A hook registered by the bootstrap.
    pub fn hook(&self, name: &str) -> Option<JsObject> {
        self.hooks.borrow().get(name).cloned()
    }
}

/// The engine state of `ctx`. Panics only if called on a context that was not
/// built by [`new_context`], which is a bug in Coil, not in user input.
pub fn state(ctx: &Context) -> Rc<EngineState> {
    Rc::clone(
        ctx.get_data::<Rc<EngineState>>()
            .expect("context built without coil engine state"),
    )
}

/// Build a context with Coil's job executor, host hooks and module loader,
/// and install `state` in it.
pub fn new_context(
    registry: BindingRegistry,
    stdlib: &'static [StdlibSource],
    options: RuntimeOptions,
) -> std::io::Result<(Context, Rc<EngineState>)> {
    let jobs = Rc::new(JobQueue::default());
    let mut ctx = Context::builder()
        .job_executor(Rc::clone(&jobs))
        .host_hooks(Rc::new(jobs::Hooks))
        .module_loader(Rc::new(esm::Loader::default()))
        .build()
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let depth = if options.max_call_depth == 0 {
        DEFAULT_CALL_DEPTH
    } else {
        options.max_call_depth
    };
    let limits = ctx.runtime_limits_mut();
    // The JS thread runs on a large native stack, so this depth is safe.
    limits.set_recursion_limit(depth);
    limits.set_stack_size_limit(4 * 1024 * 1024);
    limits.set_backtrace_limit(50);
    let state = Rc::new(EngineState {
        lp: Rc::new(Loop::new()?),
        pool: Rc::new(ThreadPool::from_env()),
        jobs,
        ticks: RefCell::default(),
        rejections: RefCell::default(),
        exit_code: Cell::new(None),
        bindings: registry,
        stdlib: stdlib::Stdlib::new(stdlib),
        hooks: RefCell::default(),
        options,
        host_modules: RefCell::default(),
    });
    ctx.insert_data(Rc::clone(&state));
    lend::install(&mut ctx).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok((ctx, state))
}
