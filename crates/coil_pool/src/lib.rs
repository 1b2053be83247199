//! The thread pool for work the kernel cannot do asynchronously (libuv's pool).
//!
//! Size comes from `UV_THREADPOOL_SIZE` (default 4, clamped to 1..=1024). Threads
//! start lazily, on the first submitted job, and are named `coil-pool-N` so
//! `ps -T` shows them. A job's closure runs on a pool thread and never touches
//! JavaScript; its result is handed to the event loop, and the request keeps the
//! loop alive until its completion callback has run on the loop thread.

use std::any::Any;
use std::sync::OnceLock;

use coil_loop::{EventLoop, RequestId};

/// Default number of threads, as libuv's.
pub const DEFAULT_SIZE: usize = 4;
/// Largest size accepted from `UV_THREADPOOL_SIZE`, as libuv's.
pub const MAX_SIZE: usize = 1024;

/// Parse a `UV_THREADPOOL_SIZE` value: default 4, clamped to 1..=1024.
pub fn size_from_env(value: Option<&str>) -> usize {
    match value.and_then(|v| v.trim().parse::<i64>().ok()) {
        Some(n) => n.clamp(1, MAX_SIZE as i64) as usize,
        None => DEFAULT_SIZE,
    }
}

/// A lazily started fixed-size pool.
pub struct ThreadPool {
    size: usize,
    pool: OnceLock<threadpool::ThreadPool>,
}

impl ThreadPool {
    /// A pool sized from the process environment's `UV_THREADPOOL_SIZE`.
    pub fn from_env() -> Self {
        let value = std::env::var("UV_THREADPOOL_SIZE").ok();
        Self::with_size(size_from_env(value.as_deref()))
    }

    /// A pool of `size` threads (clamped to 1..=1024); no thread starts yet.
    pub fn with_size(size: usize) -> Self {
        ThreadPool {
            size: size.clamp(1, MAX_SIZE),
            pool: OnceLock::new(),
        }
    }

    /// The number of threads the pool runs once started.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether any thread has been started.
    pub fn started(&self) -> bool {
        self.pool.get().is_some()
    }

    fn pool(&self) -> &threadpool::ThreadPool {
        self.pool.get_or_init(|| {
            threadpool::Builder::new()
                .num_threads(self.size)
                .thread_name("coil-pool".to_string())
                .build()
        })
    }

    /// Run `job` on a pool thread with no completion (used by tests and by
    /// callers that deliver results themselves).
    pub fn execute(&self, job: impl FnOnce() + Send + 'static) {
        self.pool().execute(job);
    }

    /// Submit `work` to the pool as a request of `lp`: `done` runs on the loop
    /// thread, in the poll phase, with the result. The request keeps the loop
    /// alive until `done` has run.
    pub fn submit<H: 'static, T: Send + 'static>(
        &self,
        lp: &EventLoop<H>,
        work: impl FnOnce() -> T + Send + 'static,
        done: impl FnOnce(&mut H, &EventLoop<H>, T) + 'static,
    ) -> RequestId {
        let request = lp.request(Box::new(move |host, lp, result: Box<dyn Any + Send>| {
            match result.downcast::<T>() {
                Ok(value) => done(host, lp, *value),
                // The completion is always produced below with type T.
                Err(_) => unreachable!("pool result of another type"),
            }
        }));
        let completer = lp.completer();
        self.pool().execute(move || {
            let value = work();
            completer.complete(request, Box::new(value));
        });
        request
    }
}
