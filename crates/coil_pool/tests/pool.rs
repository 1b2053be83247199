//! Thread pool tests: parallelism, the queueing of a fifth job, env sizing,
//! lazy start, and completions that keep the loop alive.

use std::rc::Rc;
use std::time::{Duration, Instant};

use coil_loop::{EventLoop, RunMode};
use coil_pool::{size_from_env, ThreadPool};

/// CPU-bound work of roughly `ms` milliseconds (sleeping is not CPU-bound, but
/// the pool must not care: both occupy a thread).
fn busy(ms: u64) -> (String, Instant) {
    let end = Instant::now() + Duration::from_millis(ms);
    let mut x: u64 = 0;
    while Instant::now() < end {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
    }
    std::hint::black_box(x);
    let name = std::thread::current().name().unwrap_or("").to_string();
    (name, Instant::now())
}

#[test]
fn sizing_follows_uv_threadpool_size() {
    assert_eq!(size_from_env(None), 4);
    assert_eq!(size_from_env(Some("8")), 8);
    assert_eq!(size_from_env(Some("0")), 1);
    assert_eq!(size_from_env(Some("5000")), 1024);
    assert_eq!(size_from_env(Some("x")), 4);
}

#[test]
fn pool_starts_lazily() {
    let pool = ThreadPool::with_size(2);
    assert!(!pool.started());
    let (tx, rx) = std::sync::mpsc::channel();
    pool.execute(move || tx.send(()).unwrap());
    rx.recv().unwrap();
    assert!(pool.started());
}

#[test]
fn four_jobs_finish_together_and_a_fifth_waits() {
    // Sleep-based jobs: the machine may have fewer cores than threads, but
    // occupancy of pool threads is what is under test.
    let pool = ThreadPool::with_size(4);
    let lp: EventLoop<Vec<(usize, String, Instant)>> = EventLoop::new().unwrap();
    let mut host = Vec::new();
    let start = Instant::now();
    for i in 0..5 {
        pool.submit(
            &lp,
            move || {
                std::thread::sleep(Duration::from_millis(200));
                let name = std::thread::current().name().unwrap_or("").to_string();
                (name, Instant::now())
            },
            move |host: &mut Vec<(usize, String, Instant)>, _, (name, at)| host.push((i, name, at)),
        );
    }
    assert_eq!(lp.active_requests(), 5);
    lp.run(&mut host, RunMode::Default);
    assert_eq!(host.len(), 5);
    let mut times: Vec<Duration> = host.iter().map(|(_, _, at)| *at - start).collect();
    times.sort();
    // The first four finish together, around 200 ms ...
    assert!(times[3] < Duration::from_millis(390), "{times:?}");
    // ... and the fifth waited for a free thread: about 400 ms.
    assert!(times[4] >= Duration::from_millis(390), "{times:?}");
    assert!(host.iter().all(|(_, name, _)| name == "coil-pool"));
    assert!(!lp.alive());
}

#[test]
fn cpu_bound_jobs_run_on_separate_threads() {
    let pool = ThreadPool::with_size(4);
    let lp: EventLoop<Vec<std::thread::ThreadId>> = EventLoop::new().unwrap();
    let mut host = Vec::new();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
    for _ in 0..4 {
        let barrier = barrier.clone();
        pool.submit(
            &lp,
            move || {
                // All four must be running at once to pass the barrier.
                barrier.wait();
                busy(20);
                std::thread::current().id()
            },
            |host: &mut Vec<std::thread::ThreadId>, _, id| host.push(id),
        );
    }
    lp.run(&mut host, RunMode::Default);
    host.sort_by_key(|id| format!("{id:?}"));
    host.dedup();
    assert_eq!(host.len(), 4);
}

#[test]
fn pending_request_keeps_the_loop_alive_until_its_callback_ran() {
    let pool = ThreadPool::with_size(1);
    let lp: EventLoop<Vec<&'static str>> = EventLoop::new().unwrap();
    let mut host = Vec::new();
    let check = lp.check_init(Rc::new(|h: &mut Vec<&'static str>, _: &EventLoop<_>, _| {
        h.push("check")
    }));
    lp.start(check);
    lp.unref_handle(check);
    pool.submit(
        &lp,
        || std::thread::sleep(Duration::from_millis(50)),
        |h: &mut Vec<&'static str>, _, ()| h.push("done"),
    );
    assert!(lp.alive());
    lp.run(&mut host, RunMode::Default);
    assert_eq!(host.last(), Some(&"check"));
    assert!(host.contains(&"done"));
    assert!(!lp.alive());
}
