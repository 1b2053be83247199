//! Differential tests: every script in `tests/cases` (at the workspace root)
//! is run under `node` (the oracle) and under `coil`, and their observable
//! behaviour is compared.
//!
//! Run with `cargo test -p coil_cli --test differential`.
//!
//! Environment variables:
//! * `COIL_DIFF_FILTER=substr` — run only cases whose file name contains `substr`.
//! * `COIL_BIN=path` — use this binary instead of the freshly built `coil`
//!   (e.g. `COIL_BIN=node` to check the harness and the cases themselves:
//!   every case must then pass).
//! * `COIL_NODE=path` — use this binary as the oracle instead of `node` on PATH.
//! * `COIL_DIFF_JOBS=n` — number of worker threads (default: min(cores, 4)).
//! * `COIL_DIFF_VERBOSE=1` — also list passing cases.
//!
//! Per-case directives are leading `//` comment lines of the script:
//! * `// compare: stdout exit stderr` — what to compare (default `stdout exit`).
//! * `// args: a b c` — extra command-line arguments (whitespace separated).
//! * `// flags: --expose-gc` — runtime flags, given before the script.
//! * `// env: NAME=value OTHER=value` — extra environment variables.
//! * `// stdin: text` — a line of text fed to stdin (a newline is appended;
//!   several `stdin` lines are concatenated). Without it stdin is empty.
//! * `// known-divergence: reason` — coil is known to differ here for a
//!   documented engine limit (the reason names it). The case still runs: a
//!   difference is counted as skipped, not passed; a match fails the run so
//!   the directive gets removed.
//!
//! In stderr, `(node:12345)` / `(coil:12345)` process-id prefixes have their
//! digits replaced by `PID` before comparison.
//!
//! Only `std` is used.

use std::collections::VecDeque;
use std::env;
use std::ffi::OsString;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);
const DEFAULT_MAX_JOBS: usize = 4;
const DIFF_CONTEXT: usize = 3;

// ---------------------------------------------------------------------------
// Case discovery and directives
// ---------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Case {
    name: String,
    path: PathBuf,
    dir: PathBuf,
    compare_stdout: bool,
    compare_exit: bool,
    compare_stderr: bool,
    args: Vec<String>,
    flags: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<String>,
    known_divergence: Option<String>,
}

fn parse_case(path: &Path) -> Result<Case, String> {
    let source = fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let mut case = Case {
        name,
        path: path.to_path_buf(),
        dir: path.parent().unwrap().to_path_buf(),
        compare_stdout: true,
        compare_exit: true,
        compare_stderr: false,
        args: Vec::new(),
        flags: Vec::new(),
        env: Vec::new(),
        stdin: None,
        known_divergence: None,
    };

    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        // A shebang line may precede the directives.
        if line.starts_with("#!") {
            continue;
        }
        let Some(comment) = line.strip_prefix("//") else {
            break;
        };
        let comment = comment.trim_start();
        let Some((key, value)) = comment.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key.trim() {
            "compare" => {
                case.compare_stdout = false;
                case.compare_exit = false;
                case.compare_stderr = false;
                for word in value.split_whitespace() {
                    match word {
                        "stdout" => case.compare_stdout = true,
                        "exit" => case.compare_exit = true,
                        "stderr" => case.compare_stderr = true,
                        other => return Err(format!("unknown compare item `{other}`")),
                    }
                }
            }
            "known-divergence" => case.known_divergence = Some(value.to_string()),
            "args" => case.args.extend(value.split_whitespace().map(String::from)),
            "flags" => case
                .flags
                .extend(value.split_whitespace().map(String::from)),
            "env" => {
                for pair in value.split_whitespace() {
                    let (k, v) = pair
                        .split_once('=')
                        .ok_or_else(|| format!("malformed env directive `{pair}`"))?;
                    case.env.push((k.to_string(), v.to_string()));
                }
            }
            "stdin" => {
                // Keep the text exactly as written after `stdin: `.
                let raw = comment.split_once(':').unwrap().1;
                let raw = raw.strip_prefix(' ').unwrap_or(raw);
                let s = case.stdin.get_or_insert_with(String::new);
                s.push_str(raw);
                s.push('\n');
            }
            _ => {}
        }
    }
    Ok(case)
}

fn discover_cases(cases_dir: &Path, filter: Option<&str>) -> Vec<PathBuf> {
    let entries = fs::read_dir(cases_dir)
        .unwrap_or_else(|e| panic!("cannot read case directory {}: {e}", cases_dir.display()));
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("js") | Some("mjs") | Some("cjs")
                )
        })
        .filter(|p| match filter {
            Some(f) => p.file_name().unwrap().to_string_lossy().contains(f),
            None => true,
        })
        .collect();
    paths.sort();
    paths
}

// ---------------------------------------------------------------------------
// Running a process with a timeout
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
enum Exit {
    Code(i32),
    Signal(i32),
    Timeout,
    SpawnError(String),
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exit::Code(c) => write!(f, "exit code {c}"),
            Exit::Signal(s) => write!(f, "killed by signal {s}"),
            Exit::Timeout => write!(f, "timed out after {}s (killed)", TIMEOUT.as_secs()),
            Exit::SpawnError(e) => write!(f, "failed to spawn: {e}"),
        }
    }
}

#[derive(Debug, Clone)]
struct Output {
    stdout: String,
    stderr: String,
    exit: Exit,
}

fn exit_from_status(status: ExitStatus) -> Exit {
    if let Some(code) = status.code() {
        return Exit::Code(code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return Exit::Signal(sig);
        }
    }
    Exit::Code(-1)
}

/// Reads a pipe to the end on a helper thread; the result arrives on the
/// returned channel (so that a caller can give up waiting for it).
fn spawn_reader<R: Read + Send + 'static>(mut r: R) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    rx
}

fn wait_with_timeout(child: &mut Child) -> Exit {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return exit_from_status(status),
            Ok(None) => {}
            Err(e) => return Exit::SpawnError(format!("wait failed: {e}")),
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Exit::Timeout;
        }
        thread::sleep(Duration::from_millis(5));
    }
}

fn run(bin: &Path, case: &Case) -> Output {
    let mut cmd = Command::new(bin);
    cmd.args(&case.flags)
        .arg(&case.path)
        .args(&case.args)
        .current_dir(&case.dir)
        .stdin(if case.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Keep the environment from influencing formatting or flags.
    for var in [
        "NODE_OPTIONS",
        "FORCE_COLOR",
        "NO_COLOR",
        "NODE_DISABLE_COLORS",
        "NODE_NO_WARNINGS",
    ] {
        cmd.env_remove(var);
    }
    for (k, v) in &case.env {
        cmd.env(k, v);
    }

    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Output {
                stdout: String::new(),
                stderr: String::new(),
                exit: Exit::SpawnError(format!("{}: {e}", bin.display())),
            }
        }
    };

    let stdin_writer = match (child.stdin.take(), case.stdin.clone()) {
        (Some(mut stdin), Some(text)) => Some(thread::spawn(move || {
            // The child may exit without reading; ignore EPIPE.
            let _ = stdin.write_all(text.as_bytes());
        })),
        _ => None,
    };
    let out = spawn_reader(child.stdout.take().unwrap());
    let err = spawn_reader(child.stderr.take().unwrap());

    let exit = wait_with_timeout(&mut child);

    // After a timeout, descendants of the child may still hold the pipes
    // open: collect what is available but do not wait long for EOF.
    let grace = if exit == Exit::Timeout {
        Duration::from_millis(500)
    } else {
        TIMEOUT
    };
    let collect = |rx: mpsc::Receiver<Vec<u8>>| {
        String::from_utf8_lossy(&rx.recv_timeout(grace).unwrap_or_default()).into_owned()
    };
    let stdout = collect(out);
    let stderr = collect(err);
    if let Some(w) = stdin_writer {
        if exit != Exit::Timeout {
            let _ = w.join();
        }
    }
    Output {
        stdout,
        stderr,
        exit,
    }
}

/// Replace the digits of `(node:12345)` / `(coil:12345)` with `PID`.
fn normalize_stderr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let next = ["(node:", "(coil:"]
            .iter()
            .filter_map(|p| rest.find(p).map(|i| (i, p.len())))
            .min();
        let Some((i, plen)) = next else {
            out.push_str(rest);
            return out;
        };
        let prefix_end = i + plen;
        out.push_str(&rest[..prefix_end]);
        rest = &rest[prefix_end..];
        let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
        if digits > 0 && rest[digits..].starts_with(')') {
            out.push_str("PID");
            rest = &rest[digits..];
        }
    }
}

// ---------------------------------------------------------------------------
// Unified-style diff
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same,
    Del,
    Add,
}

fn diff_ops<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<(Op, &'a str)> {
    let (n, m) = (a.len(), b.len());
    // Very large outputs: fall back to "all removed, all added".
    if n.saturating_mul(m) > 25_000_000 {
        let mut ops: Vec<(Op, &str)> = a.iter().map(|l| (Op::Del, *l)).collect();
        ops.extend(b.iter().map(|l| (Op::Add, *l)));
        return ops;
    }
    // lcs[i][j] = LCS length of a[i..] and b[j..]
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let idx = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[idx(i, j)] = if a[i] == b[j] {
                lcs[idx(i + 1, j + 1)] + 1
            } else {
                lcs[idx(i + 1, j)].max(lcs[idx(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::with_capacity(n + m);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((Op::Same, a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[idx(i + 1, j)] >= lcs[idx(i, j + 1)]) {
            ops.push((Op::Del, a[i]));
            i += 1;
        } else {
            ops.push((Op::Add, b[j]));
            j += 1;
        }
    }
    ops
}

fn split_lines(s: &str) -> Vec<&str> {
    if s.is_empty() {
        return Vec::new();
    }
    let s = s.strip_suffix('\n').unwrap_or(s);
    s.split('\n').collect()
}

fn unified_diff(label: &str, expected: &str, actual: &str) -> String {
    let a = split_lines(expected);
    let b = split_lines(actual);
    let ops = diff_ops(&a, &b);
    let mut out = String::new();
    out.push_str(&format!("--- node {label}\n+++ coil {label}\n"));

    // Group changes into hunks with DIFF_CONTEXT lines of context.
    let changes: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, (op, _))| *op != Op::Same)
        .map(|(k, _)| k)
        .collect();
    let mut k = 0;
    while k < changes.len() {
        let start = changes[k].saturating_sub(DIFF_CONTEXT);
        let mut end = changes[k];
        while k + 1 < changes.len() && changes[k + 1] <= end + 2 * DIFF_CONTEXT + 1 {
            k += 1;
            end = changes[k];
        }
        let end = (end + DIFF_CONTEXT + 1).min(ops.len());
        k += 1;

        // Line numbers for the hunk header.
        let (mut a_line, mut b_line) = (1usize, 1usize);
        for (op, _) in &ops[..start] {
            match op {
                Op::Same => {
                    a_line += 1;
                    b_line += 1;
                }
                Op::Del => a_line += 1,
                Op::Add => b_line += 1,
            }
        }
        let a_count = ops[start..end]
            .iter()
            .filter(|(op, _)| *op != Op::Add)
            .count();
        let b_count = ops[start..end]
            .iter()
            .filter(|(op, _)| *op != Op::Del)
            .count();
        // As in `diff -u`, an empty range starts at the line before it.
        let a_start = if a_count == 0 { a_line - 1 } else { a_line };
        let b_start = if b_count == 0 { b_line - 1 } else { b_line };
        out.push_str(&format!(
            "@@ -{a_start},{a_count} +{b_start},{b_count} @@\n"
        ));
        for (op, line) in &ops[start..end] {
            let sign = match op {
                Op::Same => ' ',
                Op::Del => '-',
                Op::Add => '+',
            };
            out.push(sign);
            out.push_str(line);
            out.push('\n');
        }
    }
    let exp_nl = expected.is_empty() || expected.ends_with('\n');
    let act_nl = actual.is_empty() || actual.ends_with('\n');
    if exp_nl != act_nl {
        out.push_str(&format!(
            "\\ trailing newline: node {}, coil {}\n",
            if exp_nl { "yes" } else { "no" },
            if act_nl { "yes" } else { "no" }
        ));
    }
    out
}

// ---------------------------------------------------------------------------
// Comparing one case
// ---------------------------------------------------------------------------

struct CaseResult {
    name: String,
    failure: Option<String>,
    /// The documented reason, for a case marked `known-divergence` that
    /// still differs.
    divergence: Option<String>,
}

fn check_case(path: &Path, node: &Path, coil: &Path) -> CaseResult {
    let case = match parse_case(path) {
        Ok(c) => c,
        Err(e) => {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            return CaseResult {
                name,
                failure: Some(format!("bad directives: {e}\n")),
                divergence: None,
            };
        }
    };
    let name = case.name.clone();
    let expected = run(node, &case);
    let mut report = String::new();
    if let Exit::SpawnError(e) = &expected.exit {
        report.push_str(&format!("oracle (node) could not run: {e}\n"));
        return CaseResult {
            name,
            failure: Some(report),
            divergence: None,
        };
    }
    if expected.exit == Exit::Timeout {
        report.push_str("oracle (node) timed out: the case itself is broken\n");
        return CaseResult {
            name,
            failure: Some(report),
            divergence: None,
        };
    }
    let actual = run(coil, &case);

    if case.compare_exit && expected.exit != actual.exit {
        report.push_str(&format!(
            "exit status: node {}, coil {}\n",
            expected.exit, actual.exit
        ));
    }
    if case.compare_stdout && expected.stdout != actual.stdout {
        report.push_str(&unified_diff(
            &format!("stdout ({name})"),
            &expected.stdout,
            &actual.stdout,
        ));
    }
    if case.compare_stderr {
        let e = normalize_stderr(&expected.stderr);
        let a = normalize_stderr(&actual.stderr);
        if e != a {
            report.push_str(&unified_diff(&format!("stderr ({name})"), &e, &a));
        }
    }
    if !report.is_empty() && !case.compare_stderr && !actual.stderr.is_empty() {
        // Show what coil complained about; it usually explains the failure.
        let mut tail: Vec<&str> = actual.stderr.lines().collect();
        if tail.len() > 20 {
            tail = tail.split_off(tail.len() - 20);
        }
        report.push_str("coil stderr (last lines, not compared):\n");
        for l in tail {
            report.push_str("  | ");
            report.push_str(l);
            report.push('\n');
        }
    }
    if let Some(reason) = case.known_divergence {
        return if report.is_empty() {
            CaseResult {
                name,
                failure: Some(format!(
                    "marked known-divergence ({reason}) but coil now matches node: remove the directive\n"
                )),
                divergence: None,
            }
        } else {
            CaseResult {
                name,
                failure: None,
                divergence: Some(reason),
            }
        };
    }
    CaseResult {
        name,
        failure: if report.is_empty() {
            None
        } else {
            Some(report)
        },
        divergence: None,
    }
}

// ---------------------------------------------------------------------------
// Binary lookup
// ---------------------------------------------------------------------------

fn find_on_path(name: &str) -> Option<PathBuf> {
    let candidate = Path::new(name);
    if candidate.components().count() > 1 || candidate.is_absolute() {
        return candidate.is_file().then(|| candidate.to_path_buf());
    }
    let path: OsString = env::var_os("PATH")?;
    env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

fn node_binary() -> PathBuf {
    let wanted = env::var("COIL_NODE").unwrap_or_else(|_| "node".to_string());
    find_on_path(&wanted).unwrap_or_else(|| {
        panic!(
            "the differential tests require Node.js (`{wanted}`) as the oracle, but it was not \
             found on PATH; install node (v20) or set COIL_NODE=/path/to/node"
        )
    })
}

fn coil_binary() -> PathBuf {
    match env::var("COIL_BIN") {
        Ok(b) if !b.is_empty() => find_on_path(&b)
            .unwrap_or_else(|| panic!("COIL_BIN={b} does not name an existing binary")),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_coil")),
    }
}

// ---------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------

#[test]
fn differential() {
    let node = node_binary();
    let coil = coil_binary();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = root.canonicalize().unwrap_or(root);
    let cases_dir = root.join("tests").join("cases");
    let filter = env::var("COIL_DIFF_FILTER").ok().filter(|f| !f.is_empty());
    let verbose = env::var_os("COIL_DIFF_VERBOSE").is_some_and(|v| !v.is_empty() && v != "0");

    let paths = discover_cases(&cases_dir, filter.as_deref());
    assert!(
        !paths.is_empty(),
        "no differential cases found in {} (filter: {:?})",
        cases_dir.display(),
        filter
    );

    let jobs = env::var("COIL_DIFF_JOBS")
        .ok()
        .and_then(|j| j.parse::<usize>().ok())
        .filter(|&j| j > 0)
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
                .min(DEFAULT_MAX_JOBS)
        })
        .min(paths.len());

    let mut stderr = std::io::stderr();
    let _ = writeln!(
        stderr,
        "differential: {} case(s), oracle {}, subject {}, {} job(s)",
        paths.len(),
        node.display(),
        coil.display(),
        jobs
    );

    let queue = Arc::new(Mutex::new(paths.into_iter().collect::<VecDeque<_>>()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..jobs)
        .map(|_| {
            let queue = Arc::clone(&queue);
            let results = Arc::clone(&results);
            let node = node.clone();
            let coil = coil.clone();
            thread::spawn(move || loop {
                let Some(path) = queue.lock().unwrap().pop_front() else {
                    break;
                };
                let r = check_case(&path, &node, &coil);
                results.lock().unwrap().push(r);
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker thread panicked");
    }

    let mut results = std::mem::take(&mut *results.lock().unwrap());
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let failed = results.iter().filter(|r| r.failure.is_some()).count();
    let skipped = results.iter().filter(|r| r.divergence.is_some()).count();
    let passed = results.len() - failed - skipped;

    // Written straight to the stderr handle (not `eprintln!`) so that the
    // report is visible even when the test harness captures output.
    let mut text = String::new();
    for r in &results {
        match &r.failure {
            Some(report) => {
                text.push_str(&format!("\nFAIL {}\n{}", r.name, report));
            }
            None if r.divergence.is_some() => text.push_str(&format!(
                "skip {} (known divergence: {})\n",
                r.name,
                r.divergence.as_deref().unwrap_or_default()
            )),
            None if verbose => text.push_str(&format!("ok   {}\n", r.name)),
            None => {}
        }
    }
    text.push_str(&format!(
        "\n{passed} passed, {failed} failed, {skipped} skipped\n"
    ));
    let _ = stderr.write_all(text.as_bytes());
    let _ = stderr.flush();

    if failed > 0 {
        let names: Vec<&str> = results
            .iter()
            .filter(|r| r.failure.is_some())
            .map(|r| r.name.as_str())
            .collect();
        panic!("{failed} differential case(s) failed: {}", names.join(", "));
    }
}
