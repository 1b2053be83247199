//! Tests for every rule of the loop contract in DESIGN.md.

use std::cell::RefCell;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::rc::Rc;
use std::time::{Duration, Instant};

use coil_loop::{EventLoop, Interest, RunMode};

/// The host used by these tests: a log of what ran.
#[derive(Default)]
struct Log(Vec<String>);

impl Log {
    fn push(&mut self, s: impl Into<String>) {
        self.0.push(s.into());
    }
}

type Lp = EventLoop<Log>;

#[test]
fn phases_run_in_libuv_order() {
    let lp = Lp::new().unwrap();
    let mut log = Log::default();
    let idle = lp.idle_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("idle")));
    let prepare = lp.prepare_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("prepare")));
    let check = lp.check_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("check")));
    lp.start(idle);
    lp.start(prepare);
    lp.start(check);
    let timer = lp.timer_init(Rc::new(move |h: &mut Log, lp: &Lp, _| {
        h.push("timer");
        lp.defer(Box::new(|h: &mut Log, _| h.push("pending")));
    }));
    lp.timer_start(timer, 0, 0);
    let closer = lp.timer_init(Rc::new(|_: &mut Log, _: &Lp, _| {}));
    lp.close(closer, Some(Box::new(|h: &mut Log, _| h.push("close"))));
    // One iteration of Default mode: timers run once before the loop.
    lp.update_time();
    lp.run(&mut log, RunMode::NoWait);
    lp.run(&mut log, RunMode::NoWait);
    lp.stop_handle(idle);
    lp.stop_handle(prepare);
    lp.stop_handle(check);
    assert_eq!(
        log.0,
        [
            "idle", "prepare", "check", "close", "timer", // first iteration: timers last
            "pending", "idle", "prepare", "check"
        ]
    );
}

#[test]
fn default_mode_runs_due_timers_before_the_first_iteration() {
    let lp = Lp::new().unwrap();
    let mut log = Log::default();
    let check = lp.check_init(Rc::new(|h: &mut Log, lp: &Lp, _| {
        h.push("check");
        lp.stop();
    }));
    lp.start(check);
    lp.unref_handle(check);
    let t = lp.timer_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("timer")));
    lp.timer_start(t, 0, 0);
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log.0[0], "timer");
    assert_eq!(log.0[1], "check");
}

#[test]
fn equal_deadlines_fire_in_insertion_order() {
    let lp = Lp::new().unwrap();
    let mut log = Log::default();
    for i in 0..50 {
        let t = lp.timer_init(Rc::new(move |h: &mut Log, _: &Lp, _| h.push(i.to_string())));
        lp.timer_start(t, 5, 0);
    }
    lp.run(&mut log, RunMode::Default);
    let expected: Vec<String> = (0..50).map(|i| i.to_string()).collect();
    assert_eq!(log.0, expected);
}

#[test]
fn earlier_deadline_fires_first_regardless_of_start_order() {
    let lp = Lp::new().unwrap();
    let mut log = Log::default();
    let a = lp.timer_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("a20")));
    let b = lp.timer_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("b10")));
    lp.timer_start(a, 20, 0);
    lp.timer_start(b, 10, 0);
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log.0, ["b10", "a20"]);
}

#[test]
fn due_timers_are_collected_before_any_runs() {
    let lp = Rc::new(Lp::new().unwrap());
    let mut log = Log::default();
    let second = lp.timer_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("second")));
    let third = lp.timer_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("third")));
    let first = lp.timer_init(Rc::new(move |h: &mut Log, lp: &Lp, _| {
        h.push("first");
        // Stopping a timer of the same batch keeps it from running.
        lp.stop_handle(second);
        // A zero-delay timer started now is due now, but runs next time.
        let late = lp.timer_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("late")));
        lp.timer_start(late, 0, 0);
    }));
    let check = lp.check_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("check")));
    lp.start(check);
    lp.unref_handle(check);
    lp.timer_start(first, 0, 0);
    lp.timer_start(second, 0, 0);
    lp.timer_start(third, 0, 0);
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log.0, ["first", "third", "check", "late"]);
}

#[test]
fn loop_time_is_cached_per_iteration() {
    let lp = Lp::new().unwrap();
    let mut log = Log::default();
    let t = lp.timer_init(Rc::new(|h: &mut Log, lp: &Lp, _| {
        let before = lp.now();
        std::thread::sleep(Duration::from_millis(30));
        let after = lp.now();
        h.push(format!("{}", after - before));
    }));
    lp.timer_start(t, 1, 0);
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log.0, ["0"]);
}

#[test]
fn repeating_timer_runs_until_stopped() {
    let lp = Lp::new().unwrap();
    let mut log = Log::default();
    let count = Rc::new(RefCell::new(0));
    let c2 = Rc::clone(&count);
    let id = Rc::new(RefCell::new(None));
    let id2 = Rc::clone(&id);
    let t = lp.timer_init(Rc::new(move |h: &mut Log, lp: &Lp, _| {
        *c2.borrow_mut() += 1;
        h.push("tick");
        if *c2.borrow() == 3 {
            lp.stop_handle(id2.borrow().unwrap());
        }
    }));
    *id.borrow_mut() = Some(t);
    lp.timer_start(t, 1, 1);
    assert_eq!(lp.timer_repeat(t), 1);
    lp.run(&mut log, RunMode::Default);
    assert_eq!(*count.borrow(), 3);
    assert!(!lp.alive());
}

#[test]
fn unreferenced_handles_do_not_keep_the_loop_alive() {
    let lp = Lp::new().unwrap();
    let mut log = Log::default();
    let t = lp.timer_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("never")));
    lp.timer_start(t, 10_000, 0);
    assert!(lp.alive());
    lp.unref_handle(t);
    assert!(!lp.has_ref(t));
    assert!(!lp.alive());
    let started = Instant::now();
    lp.run(&mut log, RunMode::Default);
    assert!(log.0.is_empty());
    assert!(started.elapsed() < Duration::from_secs(5));
    lp.ref_handle(t);
    assert!(lp.alive());
}

#[test]
fn liveness_counts_pending_and_closing() {
    let lp = Lp::new().unwrap();
    assert!(!lp.alive());
    lp.defer(Box::new(|_: &mut Log, _| {}));
    assert!(lp.alive());
    let mut log = Log::default();
    lp.run(&mut log, RunMode::NoWait);
    assert!(!lp.alive());
    let t = lp.timer_init(Rc::new(|_: &mut Log, _: &Lp, _| {}));
    lp.close(t, None);
    assert!(lp.alive());
    lp.run(&mut log, RunMode::NoWait);
    assert!(!lp.alive());
}

#[test]
fn poll_timeout_rule() {
    let lp = Lp::new().unwrap();
    // Nothing alive: zero.
    assert_eq!(lp.poll_timeout(), Some(0));
    let t = lp.timer_init(Rc::new(|_: &mut Log, _: &Lp, _| {}));
    lp.timer_start(t, 500, 0);
    let timeout = lp.poll_timeout().unwrap();
    assert!(timeout <= 500 && timeout > 400, "{timeout}");
    // An idle handle makes it zero.
    let idle = lp.idle_init(Rc::new(|_: &mut Log, _: &Lp, _| {}));
    lp.start(idle);
    assert_eq!(lp.poll_timeout(), Some(0));
    lp.stop_handle(idle);
    // A pending callback makes it zero.
    lp.defer(Box::new(|_: &mut Log, _| {}));
    assert_eq!(lp.poll_timeout(), Some(0));
    let mut log = Log::default();
    lp.run(&mut log, RunMode::NoWait);
    // Only I/O left: forever.
    lp.stop_handle(t);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let io = lp.io_init(listener.as_raw_fd(), Rc::new(|_: &mut Log, _: &Lp, _| {}));
    lp.io_start(
        io,
        Interest {
            readable: true,
            writable: false,
        },
    )
    .unwrap();
    assert_eq!(lp.poll_timeout(), None);
    lp.close(io, None);
    lp.run(&mut log, RunMode::NoWait);
}

#[test]
fn completion_from_another_thread_wakes_the_loop() {
    let lp = Lp::new().unwrap();
    let mut log = Log::default();
    let req = lp.request(Box::new(|h: &mut Log, _, result| {
        let value = result.downcast::<u32>().unwrap();
        h.push(format!("done {value}"));
    }));
    assert!(lp.alive());
    let completer = lp.completer();
    let worker = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        completer.complete(req, Box::new(42u32));
    });
    lp.run(&mut log, RunMode::Default);
    worker.join().unwrap();
    assert_eq!(log.0, ["done 42"]);
    assert_eq!(lp.active_requests(), 0);
    assert!(!lp.alive());
}

#[test]
fn async_handle_runs_on_trigger() {
    let lp = Lp::new().unwrap();
    let mut log = Log::default();
    let handle = Rc::new(RefCell::new(None));
    let h2 = Rc::clone(&handle);
    let id = lp.async_init(Rc::new(move |h: &mut Log, lp: &Lp, _| {
        h.push("woken");
        lp.close(h2.borrow().unwrap(), None);
    }));
    *handle.borrow_mut() = Some(id);
    let completer = lp.completer();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(20));
        completer.trigger(id);
    });
    lp.run(&mut log, RunMode::Default);
    assert_eq!(log.0, ["woken"]);
}

/// A real TCP echo on 127.0.0.1, driven only by the loop's I/O watchers.
#[test]
fn tcp_echo_driven_by_the_loop() {
    struct Echo {
        listener: TcpListener,
        conns: Vec<TcpStream>,
        client: TcpStream,
        received: Vec<u8>,
        sent: bool,
    }
    type ELoop = EventLoop<Echo>;

    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    let client = TcpStream::connect(addr).unwrap();
    client.set_nonblocking(true).unwrap();
    let lp = ELoop::new().unwrap();
    let listen_fd = listener.as_raw_fd();
    let client_fd = client.as_raw_fd();
    let mut host = Echo {
        listener,
        conns: Vec::new(),
        client,
        received: Vec::new(),
        sent: false,
    };

    let accept = lp.io_init(
        listen_fd,
        Rc::new(|h: &mut Echo, lp: &ELoop, ready| {
            assert!(ready.readable);
            while let Ok((conn, _)) = h.listener.accept() {
                conn.set_nonblocking(true).unwrap();
                let fd = conn.as_raw_fd();
                let index = h.conns.len();
                h.conns.push(conn);
                let watcher = lp.io_init(
                    fd,
                    Rc::new(move |h: &mut Echo, _: &ELoop, _| {
                        let mut buf = [0u8; 1024];
                        if let Ok(n) = h.conns[index].read(&mut buf) {
                            h.conns[index].write_all(&buf[..n]).unwrap();
                        }
                    }),
                );
                lp.io_start(
                    watcher,
                    Interest {
                        readable: true,
                        writable: false,
                    },
                )
                .unwrap();
                lp.unref_handle(watcher);
            }
        }),
    );
    lp.io_start(
        accept,
        Interest {
            readable: true,
            writable: false,
        },
    )
    .unwrap();
    lp.unref_handle(accept);

    let client_watch = lp.io_init(
        client_fd,
        Rc::new(move |h: &mut Echo, lp: &ELoop, ready| {
            if ready.writable && !h.sent {
                h.client.write_all(b"hello loop").unwrap();
                h.sent = true;
                lp.io_start(
                    lp_id(h),
                    Interest {
                        readable: true,
                        writable: false,
                    },
                )
                .unwrap();
                return;
            }
            let mut buf = [0u8; 1024];
            if let Ok(n) = h.client.read(&mut buf) {
                h.received.extend_from_slice(&buf[..n]);
            }
            if h.received.len() >= 10 {
                lp.close(lp_id(h), None);
            }
        }),
    );
    thread_local! { static CLIENT: std::cell::Cell<Option<coil_loop::HandleId>> = const { std::cell::Cell::new(None) }; }
    fn lp_id(_: &Echo) -> coil_loop::HandleId {
        CLIENT.with(|c| c.get().unwrap())
    }
    CLIENT.with(|c| c.set(Some(client_watch)));
    lp.io_start(
        client_watch,
        Interest {
            readable: false,
            writable: true,
        },
    )
    .unwrap();
    lp.run(&mut host, RunMode::Default);
    assert_eq!(host.received, b"hello loop");
}

#[test]
fn start_first_puts_a_handle_before_active_ones_of_its_phase() {
    let lp = Lp::new().unwrap();
    let mut log = Log::default();
    let a = lp.check_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("a")));
    let b = lp.check_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("b")));
    let c = lp.check_init(Rc::new(|h: &mut Log, _: &Lp, _| h.push("c")));
    lp.start(a);
    lp.start(b);
    lp.start_first(c);
    lp.run(&mut log, RunMode::NoWait);
    assert_eq!(log.0, ["c", "a", "b"]);
    // Already active: it moves to the front.
    lp.start_first(b);
    lp.run(&mut log, RunMode::NoWait);
    assert_eq!(&log.0[3..], ["b", "c", "a"]);
    for h in [a, b, c] {
        lp.stop_handle(h);
    }
}
