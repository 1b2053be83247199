//! Running test files the way Node's `tools/test.py` does: the runtime with the
//! file's `// Flags:` before the script, cwd at the root of the Node tree,
//! test.py's environment, a time limit after which the whole process group is
//! killed, and N files at once.

use crate::report::{Outcome, TestResult};
use crate::testfile::parse_flags;
use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
    fn signal(signum: i32, handler: usize) -> usize;
}

const SIGINT: i32 = 2;
const SIGKILL: i32 = 9;
const SIGTERM: i32 = 15;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_interrupt(_sig: i32) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Makes Ctrl-C (and SIGTERM) stop the run cleanly: running tests' process
/// groups are killed and no report is written.
pub fn install_interrupt_handler() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        signal(SIGINT, on_interrupt as *const () as usize);
        signal(SIGTERM, on_interrupt as *const () as usize);
    }
}

/// Whether the run was interrupted.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

fn kill_group(pid: u32) {
    // SAFETY: plain syscall; a negative pid names the process group we created.
    unsafe {
        kill(-(pid as i32), SIGKILL);
    }
}

/// One test file to run.
#[derive(Clone, Debug)]
pub struct Case {
    /// `suite/test-file`.
    pub path: String,
    /// The file on disk.
    pub file: PathBuf,
    /// Module it counts for.
    pub module: String,
    /// When set, the test is not run and this is the reason.
    pub skip: Option<String>,
}

/// How tests are run.
#[derive(Clone, Debug)]
pub struct RunConfig {
    /// The runtime binary (absolute).
    pub runtime: PathBuf,
    /// Root of the Node tree (holds `test/`): every test's cwd.
    pub node_root: PathBuf,
    /// `NODE_TEST_DIR`: where test/common puts each job's `.tmp.N`.
    pub test_dir: PathBuf,
    /// Where each job's stdout/stderr are captured.
    pub out_dir: PathBuf,
    /// Tests at once.
    pub jobs: usize,
    /// Per-test time limit.
    pub timeout: Duration,
    /// `TEST_PARALLEL` (1 for test/parallel).
    pub parallel: bool,
    /// Extra tries for a test that did not pass.
    pub retries: u32,
}

/// Output kept from a finished test (tails only).
#[derive(Default, Debug, Clone)]
pub struct Output {
    /// Tail of stdout.
    pub stdout: String,
    /// Tail of stderr.
    pub stderr: String,
}

fn read_tail(path: &Path, max: u64) -> String {
    let Ok(mut f) = File::open(path) else {
        return String::new();
    };
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    if len > max {
        let _ = f.seek(SeekFrom::Start(len - max));
    }
    let mut buf = Vec::new();
    let _ = f.read_to_end(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    out.push('…');
    out
}

fn looks_like_error_header(line: &str) -> bool {
    // `TypeError: x`, `AssertionError [ERR_ASSERTION]: x`, `Error: x`,
    // `Uncaught SyntaxError: x`, `RangeError: Maximum call stack…`.
    let Some((head, _)) = line.split_once(':') else {
        return false;
    };
    let head = head.trim_start_matches("Uncaught ").trim();
    let name = head.split_once(" [").map(|(n, _)| n).unwrap_or(head);
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && (name.ends_with("Error") || name.ends_with("Exception"))
}

/// A one-line reason for a failing test from its output: the first line that
/// reads like a thrown error's header, else the last non-empty line.
pub fn failure_reason(stderr: &str, stdout: &str) -> String {
    for text in [stderr, stdout] {
        if let Some(l) = text
            .lines()
            .map(str::trim)
            .find(|l| looks_like_error_header(l))
        {
            return truncate(l, 160);
        }
    }
    for text in [stderr, stdout] {
        if let Some(l) = text.lines().map(str::trim).rfind(|l| !l.is_empty()) {
            return truncate(l, 160);
        }
    }
    String::new()
}

/// Runs one test once in job slot `job`; returns its result and output tails.
pub fn run_once(cfg: &RunConfig, case: &Case, job: usize) -> (TestResult, Output) {
    let mut result = TestResult {
        path: case.path.clone(),
        module: case.module.clone(),
        outcome: Outcome::Crash,
        ms: 0,
        exit: None,
        reason: String::new(),
    };
    let source = match fs::read(&case.file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            result.reason = format!("cannot read {}: {e}", case.file.display());
            return (result, Output::default());
        }
    };
    let flags = parse_flags(&source);
    let out_path = cfg.out_dir.join(format!("job-{job}.stdout"));
    let err_path = cfg.out_dir.join(format!("job-{job}.stderr"));
    let (out_f, err_f) = match (File::create(&out_path), File::create(&err_path)) {
        (Ok(o), Ok(e)) => (o, e),
        (Err(e), _) | (_, Err(e)) => {
            result.reason = format!(
                "cannot create output files in {}: {e}",
                cfg.out_dir.display()
            );
            return (result, Output::default());
        }
    };
    let mut cmd = Command::new(&cfg.runtime);
    cmd.args(&flags)
        .arg(&case.file)
        .current_dir(&cfg.node_root)
        .env_remove("NODE_OPTIONS")
        .env_remove("NODE_PATH")
        .env_remove("NODE_REPL_EXTERNAL_MODULE")
        .env("TEST_THREAD_ID", job.to_string())
        .env("TEST_PARALLEL", if cfg.parallel { "1" } else { "0" })
        .env("GITHUB_STEP_SUMMARY", "")
        .env("NODE_TEST_DIR", &cfg.test_dir)
        .env("NODE_COMMON_PORT", (12346 + 100 * job).to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::from(out_f))
        .stderr(Stdio::from(err_f))
        .process_group(0);
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            result.reason = format!("cannot start {}: {e}", cfg.runtime.display());
            return (result, Output::default());
        }
    };
    let pid = child.id();
    let mut nap = Duration::from_millis(2);
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) => {}
            Err(_) => break None,
        }
        if start.elapsed() >= cfg.timeout || interrupted() {
            kill_group(pid);
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(25));
    };
    result.ms = start.elapsed().as_millis() as u64;
    // Whatever the test left running in its group goes too.
    kill_group(pid);
    let output = Output {
        stdout: read_tail(&out_path, 16 * 1024),
        stderr: read_tail(&err_path, 32 * 1024),
    };
    match status {
        None => {
            result.outcome = Outcome::Timeout;
            result.reason = if interrupted() {
                "interrupted".to_string()
            } else {
                format!("timed out after {} s", cfg.timeout.as_secs())
            };
        }
        Some(st) => match (st.code(), st.signal()) {
            (Some(0), _) => result.outcome = Outcome::Pass,
            (Some(code), _) => {
                result.outcome = Outcome::Fail;
                result.exit = Some(code);
                result.reason = failure_reason(&output.stderr, &output.stdout);
                if result.reason.is_empty() {
                    result.reason = format!("exit code {code}");
                }
            }
            (None, sig) => {
                result.outcome = Outcome::Crash;
                let sig = sig.unwrap_or(0);
                let what = failure_reason(&output.stderr, &output.stdout);
                result.reason = format!(
                    "killed by signal {sig}{}{what}",
                    if what.is_empty() { "" } else { ": " }
                );
            }
        },
    }
    (result, output)
}

/// Runs one test, retrying a non-pass up to `cfg.retries` times.
pub fn run_case(cfg: &RunConfig, case: &Case, job: usize) -> (TestResult, Output) {
    if let Some(why) = &case.skip {
        let r = TestResult {
            path: case.path.clone(),
            module: case.module.clone(),
            outcome: Outcome::Skip,
            ms: 0,
            exit: None,
            reason: why.clone(),
        };
        return (r, Output::default());
    }
    let (mut r, mut out) = run_once(cfg, case, job);
    let mut tries = 1;
    while r.outcome != Outcome::Pass && tries <= cfg.retries && !interrupted() {
        let (r2, out2) = run_once(cfg, case, job);
        tries += 1;
        if r2.outcome == Outcome::Pass {
            let mut r2 = r2;
            r2.reason = format!("flaky: passed on try {tries} after `{}`", r.reason);
            return (r2, out2);
        }
        r = r2;
        out = out2;
    }
    (r, out)
}

/// Runs `cases` on `cfg.jobs` threads; `on_result` sees each result as it
/// comes (for progress). Results come back in the order of `cases`; tests not
/// reached because the run was interrupted are missing.
pub fn run_all(
    cfg: &RunConfig,
    cases: &[Case],
    on_result: &mut dyn FnMut(&TestResult, &Output),
) -> Vec<TestResult> {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, TestResult, Output)>();
    let mut slots: Vec<Option<TestResult>> = vec![None; cases.len()];
    std::thread::scope(|s| {
        for job in 0..cfg.jobs.max(1) {
            let tx = tx.clone();
            let next = &next;
            s.spawn(move || loop {
                if interrupted() {
                    return;
                }
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { return };
                let (r, out) = run_case(cfg, case, job);
                if tx.send((i, r, out)).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        for (i, r, out) in rx {
            on_result(&r, &out);
            slots[i] = Some(r);
        }
    });
    slots.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons() {
        let node = "node:assert:125\n  throw new AssertionError(obj);\n  ^\n\n\
                    AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n";
        assert_eq!(
            failure_reason(node, ""),
            "AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:"
        );
        assert_eq!(
            failure_reason("Uncaught TypeError: x is not a function\n", ""),
            "Uncaught TypeError: x is not a function"
        );
        assert_eq!(failure_reason("something\nlast line\n\n", ""), "last line");
        assert_eq!(failure_reason("", "out only\n"), "out only");
        assert_eq!(
            failure_reason("at foo (file:1:2)\n", ""),
            "at foo (file:1:2)"
        );
        assert_eq!(failure_reason("", ""), "");
        assert_eq!(failure_reason(&"x".repeat(500), "").chars().count(), 161);
    }

    fn sh_case(dir: &Path, name: &str, body: &str) -> Case {
        let file = dir.join(name);
        fs::write(&file, body).unwrap();
        Case {
            path: format!("t/{name}"),
            file,
            module: "m".into(),
            skip: None,
        }
    }

    #[test]
    fn runs_and_judges_by_exit_code() {
        // `sh` stands in for the runtime: the "flags" are passed before the file.
        let dir =
            std::env::temp_dir().join(format!("coil-conformance-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let cfg = RunConfig {
            runtime: PathBuf::from("/bin/sh"),
            node_root: dir.clone(),
            test_dir: dir.clone(),
            out_dir: dir.clone(),
            jobs: 2,
            timeout: Duration::from_millis(1500),
            parallel: true,
            retries: 0,
        };
        let cases = vec![
            sh_case(
                &dir,
                "pass.sh",
                "test \"$TEST_PARALLEL\" = 1 && test -z \"$NODE_OPTIONS\" && exit 0; exit 3\n",
            ),
            sh_case(&dir, "fail.sh", "echo 'TypeError: nope' >&2; exit 2\n"),
            sh_case(&dir, "hang.sh", "sleep 30 & sleep 30\n"),
            // With its `// Flags: -e` honoured, `false` ends the script with 1.
            sh_case(&dir, "flags.sh", "false\nexit 0\n// Flags: -e\n"),
            Case {
                skip: Some("why".into()),
                ..sh_case(&dir, "skip.sh", "exit 1\n")
            },
        ];
        let mut seen = 0;
        let rs = run_all(&cfg, &cases, &mut |_, _| seen += 1);
        assert_eq!(seen, 5);
        let outcomes: Vec<Outcome> = rs.iter().map(|r| r.outcome).collect();
        assert_eq!(
            outcomes,
            vec![
                Outcome::Pass,
                Outcome::Fail,
                Outcome::Timeout,
                Outcome::Fail,
                Outcome::Skip
            ]
        );
        assert_eq!(rs[1].exit, Some(2));
        assert_eq!(rs[1].reason, "TypeError: nope");
        assert!(rs[2].ms < 5000);
        assert_eq!(rs[4].reason, "why");
        let _ = fs::remove_dir_all(&dir);
    }
}
