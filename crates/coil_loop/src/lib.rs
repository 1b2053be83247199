//! A phase-based event loop with libuv's model, for the Coil runtime.
//!
//! The loop knows nothing of JavaScript. It owns *handles* (long-lived: timers,
//! idle/prepare/check handles, I/O watchers, async wake-ups) and *requests*
//! (short-lived: one piece of work whose completion arrives from another thread).
//! Every iteration runs Node 20's libuv phases in order:
//!
//! ```text
//! timers → pending → idle → prepare → poll (I/O + completions) → check → close
//! ```
//!
//! Timers are also run once before the first iteration, as libuv ≥ 1.45 does for
//! `UV_RUN_DEFAULT`; after that they run at the end of each iteration, which is the
//! same cycle. Callbacks receive the host value `H` (for Coil, the JS engine) and the
//! loop itself, so a callback can start and stop handles while the loop runs.
//!
//! The one liveness rule: the loop is alive while there are active referenced
//! handles, active requests, pending callbacks or closing handles.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::io;
use std::os::fd::RawFd;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use polling::{Event, Events, PollMode, Poller};

/// Identifies a handle owned by an [`EventLoop`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HandleId(u64);

impl HandleId {
    /// The raw number, for hosts that keep their own tables keyed by handle.
    pub fn as_u64(self) -> u64 {
        self.0
    }
}

/// Identifies a request (one unit of work completed by another thread).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RequestId(u64);

/// How [`EventLoop::run`] runs, as libuv's `uv_run_mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunMode {
    /// Run until the loop is no longer alive (or [`EventLoop::stop`] is called).
    Default,
    /// Run one iteration, blocking in poll if there is nothing else to do.
    Once,
    /// Run one iteration without blocking.
    NoWait,
}

/// Readiness reported to an I/O watcher callback.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ready {
    /// The descriptor can be read (or has reached end of file / hang-up).
    pub readable: bool,
    /// The descriptor can be written.
    pub writable: bool,
}

/// What an I/O watcher waits for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Interest {
    /// Wake when readable.
    pub readable: bool,
    /// Wake when writable.
    pub writable: bool,
}

/// A handle callback: gets the host, the loop, and (for I/O watchers) readiness.
pub type Callback<H> = Rc<dyn Fn(&mut H, &EventLoop<H>, Ready)>;
/// A one-shot callback (pending queue, close callbacks).
pub type OnceCallback<H> = Box<dyn FnOnce(&mut H, &EventLoop<H>)>;
/// What runs on the loop thread when a request completes, with the result the
/// worker thread produced.
pub type DoneCallback<H> = Box<dyn FnOnce(&mut H, &EventLoop<H>, Box<dyn Any + Send>)>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Timer,
    Idle,
    Prepare,
    Check,
    Io,
    Async,
}

struct Handle<H> {
    kind: Kind,
    callback: Callback<H>,
    active: bool,
    referenced: bool,
    closing: bool,
    /// Timers: deadline in loop milliseconds, repeat interval, and the sequence
    /// number of the heap entry that is current (older entries are stale).
    deadline: u64,
    repeat: u64,
    seq: u64,
    /// I/O watchers: the descriptor and what is waited for.
    fd: RawFd,
    interest: Interest,
    registered: bool,
}

struct Inner<H> {
    next_id: u64,
    next_seq: u64,
    handles: HashMap<u64, Handle<H>>,
    /// Active and referenced handles: the first term of the liveness rule.
    active_ref: usize,
    /// Active idle handles (make the poll timeout zero).
    active_idle: usize,
    timers: BinaryHeap<Reverse<(u64, u64, u64)>>,
    /// Handles of each phase kind, in start order.
    idle: Vec<u64>,
    prepare: Vec<u64>,
    check: Vec<u64>,
    pending: VecDeque<OnceCallback<H>>,
    closing: VecDeque<(u64, Option<OnceCallback<H>>)>,
    requests: HashMap<u64, DoneCallback<H>>,
    referenced_requests: usize,
    /// I/O watchers registered with the poller, and async handles alive: when
    /// both are zero and no request waits, a zero-timeout poll can be skipped.
    registered_io: usize,
    async_handles: usize,
    stop: bool,
}

/// State shared with other threads: completed requests and triggered async handles.
struct Shared {
    poller: Poller,
    completed: Mutex<Vec<(u64, Box<dyn Any + Send>)>>,
    triggered: Mutex<Vec<u64>>,
}

/// A `Send` handle for finishing requests from another thread (libuv's `uv_async`
/// under the thread pool). Completing wakes the loop's poller.
#[derive(Clone)]
pub struct Completer {
    shared: Arc<Shared>,
}

impl Completer {
    /// Queue the result of `request` for the loop thread and wake the loop.
    pub fn complete(&self, request: RequestId, result: Box<dyn Any + Send>) {
        if let Ok(mut queue) = self.shared.completed.lock() {
            queue.push((request.0, result));
        }
        // A failed notify means the poller is gone, i.e. the loop was dropped:
        // nobody is left to wake.
        let _ = self.shared.poller.notify();
    }

    /// Trigger an async handle from any thread: its callback runs in the loop's
    /// poll phase. Several triggers before the loop wakes run the callback once.
    pub fn trigger(&self, handle: HandleId) {
        if let Ok(mut queue) = self.shared.triggered.lock() {
            if !queue.contains(&handle.0) {
                queue.push(handle.0);
            }
        }
        let _ = self.shared.poller.notify();
    }
}

/// The event loop. Share it as `Rc<EventLoop<H>>`; every method takes `&self`.
pub struct EventLoop<H> {
    inner: RefCell<Inner<H>>,
    shared: Arc<Shared>,
    start: Instant,
    /// Loop time in milliseconds since `start`, cached once per iteration.
    now: Cell<u64>,
    events: RefCell<Events>,
}

impl<H> EventLoop<H> {
    /// Create a loop with its own poller.
    pub fn new() -> io::Result<Self> {
        Ok(EventLoop {
            inner: RefCell::new(Inner {
                next_id: 1,
                next_seq: 0,
                handles: HashMap::new(),
                active_ref: 0,
                active_idle: 0,
                timers: BinaryHeap::new(),
                idle: Vec::new(),
                prepare: Vec::new(),
                check: Vec::new(),
                pending: VecDeque::new(),
                closing: VecDeque::new(),
                requests: HashMap::new(),
                referenced_requests: 0,
                registered_io: 0,
                async_handles: 0,
                stop: false,
            }),
            shared: Arc::new(Shared {
                poller: Poller::new()?,
                completed: Mutex::new(Vec::new()),
                triggered: Mutex::new(Vec::new()),
            }),
            start: Instant::now(),
            now: Cell::new(0),
            events: RefCell::new(Events::new()),
        })
    }

    /// The cached loop time in milliseconds (libuv's `uv_now`).
    pub fn now(&self) -> u64 {
        self.now.get()
    }

    /// Refresh the cached loop time (libuv's `uv_update_time`).
    pub fn update_time(&self) {
        let ms = self.start.elapsed().as_millis();
        self.now.set(u64::try_from(ms).unwrap_or(u64::MAX));
    }

    /// The instant loop time is measured from.
    pub fn start_instant(&self) -> Instant {
        self.start
    }

    /// A `Send` completer for finishing requests and triggering async handles.
    pub fn completer(&self) -> Completer {
        Completer {
            shared: Arc::clone(&self.shared),
        }
    }

    fn new_handle(&self, kind: Kind, callback: Callback<H>) -> HandleId {
        let mut inner = self.inner.borrow_mut();
        let id = inner.next_id;
        inner.next_id += 1;
        inner.handles.insert(
            id,
            Handle {
                kind,
                callback,
                active: false,
                referenced: true,
                closing: false,
                deadline: 0,
                repeat: 0,
                seq: 0,
                fd: -1,
                interest: Interest::default(),
                registered: false,
            },
        );
        HandleId(id)
    }

    /// Create a timer handle (inactive until [`EventLoop::timer_start`]).
    pub fn timer_init(&self, callback: Callback<H>) -> HandleId {
        self.new_handle(Kind::Timer, callback)
    }

    /// Create an idle handle: runs every iteration while active and makes the poll
    /// phase not block.
    pub fn idle_init(&self, callback: Callback<H>) -> HandleId {
        self.new_handle(Kind::Idle, callback)
    }

    /// Create a prepare handle: runs every iteration, just before poll.
    pub fn prepare_init(&self, callback: Callback<H>) -> HandleId {
        self.new_handle(Kind::Prepare, callback)
    }

    /// Create a check handle: runs every iteration, just after poll.
    pub fn check_init(&self, callback: Callback<H>) -> HandleId {
        self.new_handle(Kind::Check, callback)
    }

    /// Create an async handle, active at once: its callback runs in the poll phase
    /// after another thread calls [`Completer::trigger`].
    pub fn async_init(&self, callback: Callback<H>) -> HandleId {
        let id = self.new_handle(Kind::Async, callback);
        self.inner.borrow_mut().async_handles += 1;
        self.set_active(id, true);
        id
    }

    /// Create an I/O watcher for `fd` (inactive until [`EventLoop::io_start`]).
    /// The caller keeps `fd` open until the handle is closed.
    pub fn io_init(&self, fd: RawFd, callback: Callback<H>) -> HandleId {
        let id = self.new_handle(Kind::Io, callback);
        if let Some(h) = self.inner.borrow_mut().handles.get_mut(&id.0) {
            h.fd = fd;
        }
        id
    }

    /// Mark a handle active or inactive, keeping the liveness counters right.
    fn set_active(&self, id: HandleId, active: bool) {
        let mut inner = self.inner.borrow_mut();
        let inner = &mut *inner;
        let Some(h) = inner.handles.get_mut(&id.0) else {
            return;
        };
        if h.active == active || (active && h.closing) {
            return;
        }
        h.active = active;
        let kind = h.kind;
        if h.referenced {
            if active {
                inner.active_ref += 1;
            } else {
                inner.active_ref -= 1;
            }
        }
        let list = match kind {
            Kind::Idle => Some(&mut inner.idle),
            Kind::Prepare => Some(&mut inner.prepare),
            Kind::Check => Some(&mut inner.check),
            _ => None,
        };
        if let Some(list) = list {
            if active {
                list.push(id.0);
            } else {
                list.retain(|x| *x != id.0);
            }
        }
        if kind == Kind::Idle {
            if active {
                inner.active_idle += 1;
            } else {
                inner.active_idle -= 1;
            }
        }
    }

    /// Start an idle, prepare or check handle.
    pub fn start(&self, id: HandleId) {
        self.set_active(id, true);
    }

    /// Start an idle, prepare or check handle so that it runs before the
    /// handles of its phase that are already active (libuv inserts new
    /// handles at the head of the phase's list; this is for work that must
    /// precede, say, the check handle that runs JS immediates, as Node's
    /// native immediates do).
    pub fn start_first(&self, id: HandleId) {
        self.set_active(id, true);
        let mut inner = self.inner.borrow_mut();
        let inner = &mut *inner;
        let list = match inner.handles.get(&id.0).map(|h| h.kind) {
            Some(Kind::Idle) => &mut inner.idle,
            Some(Kind::Prepare) => &mut inner.prepare,
            Some(Kind::Check) => &mut inner.check,
            _ => return,
        };
        if let Some(at) = list.iter().position(|x| *x == id.0) {
            let moved = list.remove(at);
            list.insert(0, moved);
        }
    }

    /// Stop any handle: timers leave the heap, I/O watchers leave the poller.
    pub fn stop_handle(&self, id: HandleId) {
        let deregister = {
            let mut inner = self.inner.borrow_mut();
            let fd = match inner.handles.get_mut(&id.0) {
                Some(h) if h.kind == Kind::Io && h.registered => {
                    h.registered = false;
                    Some(h.fd)
                }
                _ => None,
            };
            if fd.is_some() {
                inner.registered_io -= 1;
            }
            fd
        };
        if let Some(fd) = deregister {
            // SAFETY: the descriptor was added by `io_start` and is still open: the
            // caller keeps it open until the handle is closed.
            let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
            let _ = self.shared.poller.delete(fd);
        }
        self.set_active(id, false);
    }

    /// Whether a handle is active.
    pub fn is_active(&self, id: HandleId) -> bool {
        self.inner
            .borrow()
            .handles
            .get(&id.0)
            .is_some_and(|h| h.active)
    }

    /// Reference a handle: an active referenced handle keeps the loop alive.
    pub fn ref_handle(&self, id: HandleId) {
        self.set_ref(id, true);
    }

    /// Unreference a handle: it still runs, but does not keep the loop alive.
    pub fn unref_handle(&self, id: HandleId) {
        self.set_ref(id, false);
    }

    /// Whether a handle is referenced.
    pub fn has_ref(&self, id: HandleId) -> bool {
        self.inner
            .borrow()
            .handles
            .get(&id.0)
            .is_some_and(|h| h.referenced)
    }

    fn set_ref(&self, id: HandleId, referenced: bool) {
        let mut inner = self.inner.borrow_mut();
        let inner = &mut *inner;
        let Some(h) = inner.handles.get_mut(&id.0) else {
            return;
        };
        if h.referenced == referenced {
            return;
        }
        h.referenced = referenced;
        if h.active {
            if referenced {
                inner.active_ref += 1;
            } else {
                inner.active_ref -= 1;
            }
        }
    }

    /// Start (or restart) a timer: it fires `timeout` ms after the cached loop
    /// time, then every `repeat` ms if `repeat` is not zero.
    pub fn timer_start(&self, id: HandleId, timeout: u64, repeat: u64) {
        let now = self.now();
        {
            let mut inner = self.inner.borrow_mut();
            let inner = &mut *inner;
            let Some(h) = inner.handles.get_mut(&id.0) else {
                return;
            };
            if h.kind != Kind::Timer || h.closing {
                return;
            }
            inner.next_seq += 1;
            h.seq = inner.next_seq;
            h.deadline = now.saturating_add(timeout);
            h.repeat = repeat;
            inner.timers.push(Reverse((h.deadline, h.seq, id.0)));
        }
        self.set_active(id, true);
    }

    /// The repeat interval of a timer.
    pub fn timer_repeat(&self, id: HandleId) -> u64 {
        self.inner
            .borrow()
            .handles
            .get(&id.0)
            .map_or(0, |h| h.repeat)
    }

    /// Start watching `fd` for `interest`. Changing the interest of a started
    /// watcher is another call to this method.
    pub fn io_start(&self, id: HandleId, interest: Interest) -> io::Result<()> {
        let (fd, registered) = {
            let mut inner = self.inner.borrow_mut();
            let inner = &mut *inner;
            let Some(h) = inner.handles.get_mut(&id.0) else {
                return Ok(());
            };
            if h.kind != Kind::Io || h.closing {
                return Ok(());
            }
            h.interest = interest;
            let was = h.registered;
            h.registered = true;
            if !was {
                inner.registered_io += 1;
            }
            (h.fd, was)
        };
        let event = poll_event(id.0, interest);
        if registered {
            // SAFETY: the descriptor is open (the caller's contract for `io_init`).
            let bfd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
            self.shared.poller.modify(bfd, event)?;
        } else {
            // SAFETY: the watcher deletes the descriptor from the poller in
            // `stop_handle`/`close`, before the caller closes it.
            unsafe {
                self.shared
                    .poller
                    .add_with_mode(fd, event, PollMode::Oneshot)?
            };
        }
        self.set_active(id, true);
        Ok(())
    }

    /// Close a handle: it stops at once, and `on_close` runs in the close phase,
    /// after which the handle is gone.
    pub fn close(&self, id: HandleId, on_close: Option<OnceCallback<H>>) {
        self.stop_handle(id);
        let mut inner = self.inner.borrow_mut();
        if let Some(h) = inner.handles.get_mut(&id.0) {
            if h.closing {
                return;
            }
            h.closing = true;
            inner.closing.push_back((id.0, on_close));
        }
    }

    /// Queue a callback for the pending phase of the next iteration.
    pub fn defer(&self, callback: OnceCallback<H>) {
        self.inner.borrow_mut().pending.push_back(callback);
    }

    /// Register a request whose result another thread delivers through
    /// [`Completer::complete`]; it keeps the loop alive until `done` has run.
    pub fn request(&self, done: DoneCallback<H>) -> RequestId {
        let mut inner = self.inner.borrow_mut();
        let id = inner.next_id;
        inner.next_id += 1;
        inner.requests.insert(id, done);
        inner.referenced_requests += 1;
        RequestId(id)
    }

    /// Number of requests still waiting for their completion callback.
    pub fn active_requests(&self) -> usize {
        self.inner.borrow().referenced_requests
    }

    /// Ask [`EventLoop::run`] to return after the current iteration.
    pub fn stop(&self) {
        self.inner.borrow_mut().stop = true;
    }

    /// The liveness rule: active referenced handles, active requests, pending
    /// callbacks or closing handles.
    pub fn alive(&self) -> bool {
        let inner = self.inner.borrow();
        inner.active_ref > 0
            || inner.referenced_requests > 0
            || !inner.pending.is_empty()
            || !inner.closing.is_empty()
    }

    /// How long the poll phase may block: zero when idle handles, pending
    /// callbacks or closing handles wait, the next timer's deadline otherwise,
    /// `None` (forever) when only I/O is left.
    pub fn poll_timeout(&self) -> Option<u64> {
        let mut inner = self.inner.borrow_mut();
        if inner.stop
            || (inner.active_ref == 0 && inner.referenced_requests == 0)
            || inner.active_idle > 0
            || !inner.pending.is_empty()
            || !inner.closing.is_empty()
        {
            return Some(0);
        }
        let now = self.now.get();
        while let Some(Reverse((deadline, seq, id))) = inner.timers.peek().copied() {
            if is_current_timer(&inner.handles, id, seq) {
                return Some(deadline.saturating_sub(now));
            }
            inner.timers.pop();
        }
        None
    }

    /// Run the loop in `mode`. Returns whether it is still alive.
    pub fn run(&self, host: &mut H, mode: RunMode) -> bool {
        let mut alive = self.alive();
        if !alive {
            self.update_time();
        }
        if mode == RunMode::Default && alive && !self.inner.borrow().stop {
            self.update_time();
            self.run_timers(host);
        }
        while alive && !self.inner.borrow().stop {
            let can_sleep = {
                let inner = self.inner.borrow();
                inner.pending.is_empty() && inner.active_idle == 0
            };
            self.run_pending(host);
            self.run_list(host, Kind::Idle);
            self.run_list(host, Kind::Prepare);
            let timeout = if (mode == RunMode::Once && can_sleep) || mode == RunMode::Default {
                self.poll_timeout()
            } else {
                Some(0)
            };
            self.poll(host, timeout);
            // libuv re-runs pending callbacks queued by the poll phase a few times.
            for _ in 0..8 {
                if self.inner.borrow().pending.is_empty() {
                    break;
                }
                self.run_pending(host);
            }
            self.run_list(host, Kind::Check);
            self.run_closing(host);
            self.update_time();
            self.run_timers(host);
            alive = self.alive();
            if mode != RunMode::Default {
                break;
            }
        }
        let mut inner = self.inner.borrow_mut();
        inner.stop = false;
        alive
    }

    /// Timers phase: collect every due timer first, then run them in
    /// (deadline, start order). A timer stopped or restarted by an earlier
    /// callback in the same batch does not run.
    fn run_timers(&self, host: &mut H) {
        let now = self.now.get();
        let mut ready = Vec::new();
        {
            let mut inner = self.inner.borrow_mut();
            while let Some(Reverse((deadline, seq, id))) = inner.timers.peek().copied() {
                if deadline > now {
                    if is_current_timer(&inner.handles, id, seq) {
                        break;
                    }
                    inner.timers.pop();
                    continue;
                }
                inner.timers.pop();
                if is_current_timer(&inner.handles, id, seq) {
                    ready.push((id, seq));
                }
            }
        }
        for (id, seq) in ready {
            let callback = {
                let inner = self.inner.borrow();
                match inner.handles.get(&id) {
                    Some(h) if h.active && h.seq == seq => Some((Rc::clone(&h.callback), h.repeat)),
                    _ => None,
                }
            };
            let Some((callback, repeat)) = callback else {
                continue;
            };
            // As uv_timer_again: a repeating timer is re-armed before its callback.
            if repeat > 0 {
                self.timer_start(HandleId(id), repeat, repeat);
            } else {
                self.set_active(HandleId(id), false);
            }
            callback(host, self, Ready::default());
        }
    }

    fn run_pending(&self, host: &mut H) {
        let batch: Vec<OnceCallback<H>> = self.inner.borrow_mut().pending.drain(..).collect();
        for callback in batch {
            callback(host, self);
        }
    }

    /// Idle, prepare and check phases: run each handle active at the start of the
    /// phase, skipping ones stopped meanwhile.
    fn run_list(&self, host: &mut H, kind: Kind) {
        let ids = {
            let inner = self.inner.borrow();
            match kind {
                Kind::Idle => inner.idle.clone(),
                Kind::Prepare => inner.prepare.clone(),
                _ => inner.check.clone(),
            }
        };
        for id in ids {
            let callback = {
                let inner = self.inner.borrow();
                match inner.handles.get(&id) {
                    Some(h) if h.active => Some(Rc::clone(&h.callback)),
                    _ => None,
                }
            };
            if let Some(callback) = callback {
                callback(host, self, Ready::default());
            }
        }
    }

    /// Poll phase: wait for I/O readiness (or a wake-up) up to `timeout`, then run
    /// I/O callbacks, completed requests and triggered async handles.
    fn poll(&self, host: &mut H, timeout: Option<u64>) {
        let mut ready: Vec<(u64, Ready)> = Vec::new();
        let must_wait = {
            let inner = self.inner.borrow();
            inner.registered_io > 0 || inner.async_handles > 0 || !inner.requests.is_empty()
        };
        // Waiting with a zero timeout and nothing registered is a wasted syscall:
        // skip it (the hot path of a setImmediate loop).
        if must_wait || timeout != Some(0) {
            let mut events = self.events.borrow_mut();
            events.clear();
            let wait = timeout.map(Duration::from_millis);
            // An interrupted wait (EINTR) is an ordinary early wake-up.
            let _ = self.shared.poller.wait(&mut events, wait);
            for ev in events.iter() {
                ready.push((
                    ev.key as u64,
                    Ready {
                        readable: ev.readable,
                        writable: ev.writable,
                    },
                ));
            }
        }
        self.update_time();
        for (id, readiness) in ready {
            let found = {
                let inner = self.inner.borrow();
                match inner.handles.get(&id) {
                    Some(h) if h.active && h.kind == Kind::Io => Some(Rc::clone(&h.callback)),
                    _ => None,
                }
            };
            let Some(callback) = found else {
                continue;
            };
            callback(host, self, readiness);
            self.rearm(id);
        }
        let completed: Vec<(u64, Box<dyn Any + Send>)> = match self.shared.completed.lock() {
            Ok(mut queue) => queue.drain(..).collect(),
            Err(_) => Vec::new(),
        };
        for (id, result) in completed {
            let done = {
                let mut inner = self.inner.borrow_mut();
                let done = inner.requests.remove(&id);
                if done.is_some() {
                    inner.referenced_requests -= 1;
                }
                done
            };
            if let Some(done) = done {
                done(host, self, result);
            }
        }
        let triggered: Vec<u64> = match self.shared.triggered.lock() {
            Ok(mut queue) => queue.drain(..).collect(),
            Err(_) => Vec::new(),
        };
        for id in triggered {
            let callback = {
                let inner = self.inner.borrow();
                match inner.handles.get(&id) {
                    Some(h) if h.active => Some(Rc::clone(&h.callback)),
                    _ => None,
                }
            };
            if let Some(callback) = callback {
                callback(host, self, Ready::default());
            }
        }
    }

    /// Oneshot polling delivers one event per registration: re-arm a watcher that
    /// is still active after its callback.
    fn rearm(&self, id: u64) {
        let target = {
            let inner = self.inner.borrow();
            match inner.handles.get(&id) {
                Some(h) if h.active && h.registered => Some((h.fd, h.interest)),
                _ => None,
            }
        };
        if let Some((fd, interest)) = target {
            // SAFETY: the watcher is registered, so its descriptor is still open.
            let bfd = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
            let _ = self.shared.poller.modify(bfd, poll_event(id, interest));
        }
    }

    fn run_closing(&self, host: &mut H) {
        let batch: Vec<(u64, Option<OnceCallback<H>>)> =
            self.inner.borrow_mut().closing.drain(..).collect();
        for (id, on_close) in batch {
            {
                let mut inner = self.inner.borrow_mut();
                if let Some(h) = inner.handles.remove(&id) {
                    if h.kind == Kind::Async {
                        inner.async_handles -= 1;
                    }
                }
            }
            if let Some(on_close) = on_close {
                on_close(host, self);
            }
        }
    }
}

fn is_current_timer<H>(handles: &HashMap<u64, Handle<H>>, id: u64, seq: u64) -> bool {
    handles
        .get(&id)
        .is_some_and(|h| h.active && h.kind == Kind::Timer && h.seq == seq)
}

fn poll_event(key: u64, interest: Interest) -> Event {
    let key = usize::try_from(key).unwrap_or(usize::MAX);
    match (interest.readable, interest.writable) {
        (true, true) => Event::all(key),
        (true, false) => Event::readable(key),
        (false, true) => Event::writable(key),
        (false, false) => Event::none(key),
    }
}
