//! Our Boa `JobExecutor`: promise jobs wait in a queue that the microtask
//! checkpoint drains; nothing spins. Also the host hooks that report promise
//! rejections to the runtime (Node's unhandled-rejection tracking).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context as TaskContext, Poll, Waker};

use boa_engine::builtins::promise::{OperationType, Promise};
use boa_engine::context::HostHooks;
use boa_engine::job::{Job, JobExecutor, NativeAsyncJob, PromiseJob};
use boa_engine::{Context, JsObject, JsResult};

/// The job queue installed in every Coil context.
#[derive(Default)]
pub struct JobQueue {
    promise_jobs: RefCell<VecDeque<PromiseJob>>,
    other_jobs: RefCell<VecDeque<Job>>,
}

impl JobQueue {
    /// Whether promise jobs (or other engine jobs) are waiting.
    pub fn has_jobs(&self) -> bool {
        !self.promise_jobs.borrow().is_empty() || !self.other_jobs.borrow().is_empty()
    }

    /// Run promise jobs until the queue is empty, including jobs they enqueue.
    /// Engine jobs of other kinds (async module loading, finalization cleanup)
    /// run in the same drain.
    pub fn drain(&self, ctx: &mut Context) -> JsResult<()> {
        loop {
            let job = self.promise_jobs.borrow_mut().pop_front();
            if let Some(job) = job {
                job.call(ctx)?;
                continue;
            }
            let other = self.other_jobs.borrow_mut().pop_front();
            match other {
                Some(job) => run_other(job, ctx)?,
                None => return Ok(()),
            }
        }
    }
}

fn run_other(job: Job, ctx: &mut Context) -> JsResult<()> {
    match job {
        Job::PromiseJob(job) => job.call(ctx).map(drop),
        Job::AsyncJob(job) => block_on_local(job, ctx),
        Job::GenericJob(job) => job.call(ctx).map(drop),
        Job::FinalizationRegistryCleanupJob(job) => block_on_local(job, ctx),
        Job::TimeoutJob(job) => job.call(ctx).map(drop),
        Job::IntervalJob(job) => job.call(ctx).map(drop),
        _ => Ok(()),
    }
}

/// Drive an async engine job to completion. Coil's module loader answers
/// synchronously, so these futures complete without waiting on anything.
fn block_on_local(job: NativeAsyncJob, ctx: &mut Context) -> JsResult<()> {
    let cell = RefCell::new(ctx);
    let mut fut = job.call(&cell);
    let waker = Waker::noop();
    let mut task_cx = TaskContext::from_waker(waker);
    loop {
        if let Poll::Ready(result) = Pin::new(&mut fut).poll(&mut task_cx) {
            return result.map(drop);
        }
    }
}

impl JobExecutor for JobQueue {
    fn enqueue_job(self: Rc<Self>, job: Job, _ctx: &mut Context) {
        match job {
            Job::PromiseJob(job) => self.promise_jobs.borrow_mut().push_back(job),
            other => self.other_jobs.borrow_mut().push_back(other),
        }
    }

    fn run_jobs(self: Rc<Self>, ctx: &mut Context) -> JsResult<()> {
        self.drain(ctx)
    }
}

/// Host hooks: promise rejection tracking feeds the runtime's rejection list,
/// which the checkpoint hands to JS after the microtask queue drains.
pub struct Hooks;

impl HostHooks for Hooks {
    fn promise_rejection_tracker(
        &self,
        promise: &JsObject<Promise>,
        operation: OperationType,
        ctx: &mut Context,
    ) {
        if let Some(state) = ctx.get_data::<Rc<crate::EngineState>>() {
            let handled = matches!(operation, OperationType::Handle);
            state
                .rejections
                .borrow_mut()
                .push((handled, promise.clone().upcast()));
        }
    }
}
