//! The REPL on a real pseudo-terminal: evaluation with inspected output,
//! multi-line input, `_` holding the last value, the dot commands and the
//! history file.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Open a pty pair: (master, slave).
fn openpty() -> (OwnedFd, OwnedFd) {
    let mut master = -1;
    let mut slave = -1;
    // SAFETY: openpty writes two descriptors into the provided integers; the
    // name, termios and winsize pointers may be null.
    let r = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(r, 0, "openpty failed");
    // SAFETY: both descriptors were just opened and are owned by nobody else.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

/// Run the REPL with `input` typed line by line; return what it printed.
fn repl_session(lines: &[&str], history: &std::path::Path) -> String {
    let (master, slave) = openpty();
    let mut child = Command::new(env!("CARGO_BIN_EXE_coil"))
        .env("NODE_REPL_HISTORY", history)
        .env("TERM", "dumb")
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave))
        .spawn()
        .expect("spawn coil");
    let mut master = std::fs::File::from(master);
    let mut reader = master.try_clone().unwrap();
    let output = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = output.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().extend_from_slice(&buf[..n]);
        }
    });
    for line in lines {
        // Wait for a prompt before typing, as a person would.
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            let text = String::from_utf8_lossy(&output.lock().unwrap()).into_owned();
            if text.trim_end().ends_with('>') || text.trim_end().ends_with("...") {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        output.lock().unwrap().extend_from_slice(b"\n<typed>\n");
        master.write_all(line.as_bytes()).unwrap();
        master.write_all(b"\r").unwrap();
        std::thread::sleep(Duration::from_millis(150));
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!(
                "REPL did not exit; output so far:\n{}",
                String::from_utf8_lossy(&output.lock().unwrap())
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(100));
    let text = String::from_utf8_lossy(&output.lock().unwrap()).into_owned();
    text
}

#[test]
fn repl_evaluates_and_remembers() {
    let history = std::env::temp_dir().join(format!("coil-repl-history-{}", std::process::id()));
    let _ = std::fs::remove_file(&history);
    let out = repl_session(
        &[
            "1 + 1",
            "({ a: [1, 2], s: 'x' })",
            "function twice(n) {",
            "  return n * 2",
            "}",
            "twice(21)",
            "_ + 1",
            "throw new Error('oops')",
            ".help",
            ".exit",
        ],
        &history,
    );
    assert!(out.contains("Welcome to Coil"), "{out}");
    assert!(out.contains("\n2\r\n") || out.contains("\n2\n"), "{out}");
    assert!(out.contains("{ a: [ 1, 2 ], s: 'x' }"), "{out}");
    assert!(out.contains("... "), "multi-line prompt missing: {out}");
    assert!(out.contains("42"), "{out}");
    assert!(out.contains("43"), "`_` did not hold the last value: {out}");
    assert!(out.contains("Uncaught Error: oops"), "{out}");
    assert!(out.contains(".exit"), "{out}");
    let saved = std::fs::read_to_string(&history).unwrap_or_default();
    assert!(saved.contains("twice(21)"), "history not saved: {saved:?}");
    let _ = std::fs::remove_file(&history);
}
