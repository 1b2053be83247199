//! `coil-conformance`: runs Node's own test suite (Node 20's `test/parallel`,
//! `test/sequential`, or chosen files) against coil or node, prints a
//! per-module table, writes a JSON report, regenerates `docs/compat.md`, and
//! guards `conformance/expected-pass.txt` against regressions.

mod fetch;
mod json;
mod lists;
mod report;
mod run;
mod testfile;

use report::{Outcome, Report, TestResult};
use run::{Case, RunConfig};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const USAGE: &str = "\
coil-conformance: run Node's own test suite against coil (or node)

USAGE:
  coil-conformance [run] [OPTIONS] [TEST...]  run a suite (default test/parallel) or the given test files
  coil-conformance check [OPTIONS]            run exactly conformance/expected-pass.txt; exit 1 if any fails
  coil-conformance fetch [--cache DIR]        fetch and unpack Node's test/ tree; print where it is
  coil-conformance compat                     regenerate docs/compat.md from conformance/reports/*.json
  coil-conformance failures [OPTIONS]         print a saved report's failing tests grouped by module

TEST is a path like parallel/test-fs-read.js, test/parallel/test-fs-read.js, a file name
(test-fs-read.js, looked up in --suite) or a file on disk.

OPTIONS:
  --runtime PATH|node  runtime to test (default: target/release/coil, else target/debug/coil;
                       `node` is the reference run)
  --suite NAME         parallel (default) or sequential
  --node-src DIR       use this Node checkout's test/ instead of Debian's source package
  --cache DIR          cache for the fetched suite (default ~/.cache/coil-conformance)
  -j, --jobs N         tests at once (default: CPUs; sequential: 1)
  --timeout SECS       per-test time limit (default 30); the test's process group is killed
  --module NAME        only tests of this module (repeatable)
  --report FILE        write the JSON report here (default for a whole-suite run:
                       conformance/reports/<runtime>-<suite>.json)
  --no-report          write no report and leave docs/compat.md alone
  --list-failures      after the run, print failing tests grouped by module
  --update-expected    append newly passing tests to conformance/expected-pass.txt
  --retries N          run a test that did not pass up to N more times (default 0; check: 1)
  --rerun-failures     run again only the tests that did not pass in the saved report
                       (conformance/reports/<runtime>-<suite>.json) and update it in place
  -v, --verbose        print the output of each failing test
  -h, --help           this text
";

#[derive(PartialEq, Clone, Copy, Debug)]
enum Cmd {
    Run,
    Check,
    Fetch,
    Compat,
    Failures,
}

#[derive(Debug)]
struct Opts {
    cmd: Cmd,
    runtime: Option<String>,
    suite: String,
    node_src: Option<PathBuf>,
    cache: Option<PathBuf>,
    jobs: Option<usize>,
    timeout: u64,
    modules: Vec<String>,
    report: Option<PathBuf>,
    no_report: bool,
    list_failures: bool,
    update_expected: bool,
    retries: Option<u32>,
    verbose: bool,
    rerun_failures: bool,
    tests: Vec<String>,
}

fn parse_args(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        cmd: Cmd::Run,
        runtime: None,
        suite: "parallel".into(),
        node_src: None,
        cache: None,
        jobs: None,
        timeout: 30,
        modules: vec![],
        report: None,
        no_report: false,
        list_failures: false,
        update_expected: false,
        retries: None,
        verbose: false,
        rerun_failures: false,
        tests: vec![],
    };
    let mut i = 0;
    let mut first = true;
    while i < args.len() {
        let a = args[i].as_str();
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (a, None),
        };
        let value = |i: &mut usize| -> Result<String, String> {
            if let Some(v) = &inline {
                return Ok(v.clone());
            }
            *i += 1;
            args.get(*i)
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name {
            "run" | "check" | "fetch" | "compat" | "failures" if first => {
                o.cmd = match name {
                    "run" => Cmd::Run,
                    "check" => Cmd::Check,
                    "fetch" => Cmd::Fetch,
                    "compat" => Cmd::Compat,
                    _ => Cmd::Failures,
                };
            }
            "--runtime" => o.runtime = Some(value(&mut i)?),
            "--suite" => {
                let s = value(&mut i)?;
                if s != "parallel" && s != "sequential" {
                    return Err(format!("--suite must be parallel or sequential, not `{s}`"));
                }
                o.suite = s;
            }
            "--node-src" => o.node_src = Some(PathBuf::from(value(&mut i)?)),
            "--cache" => o.cache = Some(PathBuf::from(value(&mut i)?)),
            "-j" | "--jobs" => {
                let v = value(&mut i)?;
                let n: usize = v.parse().map_err(|_| format!("bad job count `{v}`"))?;
                o.jobs = Some(n.max(1));
            }
            "--timeout" => {
                let v = value(&mut i)?;
                o.timeout = v.parse().map_err(|_| format!("bad timeout `{v}`"))?;
            }
            "--module" => o.modules.push(value(&mut i)?),
            "--report" => o.report = Some(PathBuf::from(value(&mut i)?)),
            "--no-report" => o.no_report = true,
            "--list-failures" => o.list_failures = true,
            "--update-expected" => o.update_expected = true,
            "--expected" => o.cmd = Cmd::Check,
            "--retries" => {
                let v = value(&mut i)?;
                o.retries = Some(v.parse().map_err(|_| format!("bad retry count `{v}`"))?);
            }
            "-v" | "--verbose" => o.verbose = true,
            "--rerun-failures" => o.rerun_failures = true,
            "-h" | "--help" => return Err(String::new()),
            _ if a.starts_with('-') && a.len() > 1 => {
                if let Some(n) = a.strip_prefix("-j").and_then(|n| n.parse::<usize>().ok()) {
                    o.jobs = Some(n.max(1));
                } else {
                    return Err(format!("unknown option `{a}`"));
                }
            }
            _ => o.tests.push(a.to_string()),
        }
        first = false;
        i += 1;
    }
    if o.rerun_failures && (o.cmd != Cmd::Run || !o.tests.is_empty() || !o.modules.is_empty()) {
        return Err("--rerun-failures re-runs a saved whole-suite report's failures; give no tests or --module".into());
    }
    if o.cmd == Cmd::Check && !o.tests.is_empty() {
        return Err("check runs exactly conformance/expected-pass.txt; give no test files".into());
    }
    Ok(o)
}

/// The workspace root: the nearest directory above the current one holding
/// `conformance/Cargo.toml`, else the one this binary was built from.
fn workspace_root() -> PathBuf {
    if let Ok(mut d) = std::env::current_dir() {
        loop {
            if d.join("conformance/Cargo.toml").is_file() {
                return d;
            }
            if !d.pop() {
                break;
            }
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn find_in_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The runtime binary (absolute) and its short name for reports.
fn resolve_runtime(root: &Path, spec: Option<&str>) -> Result<(PathBuf, String), String> {
    let path = match spec {
        None => {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join("target"));
            let target = if target.is_absolute() {
                target
            } else {
                root.join(target)
            };
            let rel = target.join("release/coil");
            let dbg = target.join("debug/coil");
            if rel.is_file() {
                rel
            } else if dbg.is_file() {
                dbg
            } else {
                return Err(format!(
                    "no coil binary at {} or {}: build it with `cargo build --release -p coil_cli`, or pass --runtime",
                    rel.display(),
                    dbg.display()
                ));
            }
        }
        Some(s) if !s.contains('/') => {
            find_in_path(s).ok_or_else(|| format!("--runtime {s}: no such program in PATH"))?
        }
        Some(s) => PathBuf::from(s),
    };
    let path = path
        .canonicalize()
        .map_err(|e| format!("runtime {}: {e}", path.display()))?;
    let file = path
        .file_name()
        .and_then(|f| f.to_str())
        .unwrap_or("runtime")
        .to_string();
    let name = if file == "node" || file == "nodejs" || file.starts_with("node-") {
        "node".to_string()
    } else if file.starts_with("coil") {
        "coil".to_string()
    } else {
        file
    };
    Ok((path, name))
}

/// What `runtime --version` prints (first line), with a 10 s limit.
fn runtime_version(path: &Path) -> String {
    let Ok(mut child) = Command::new(path)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        return String::new();
    };
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() < Duration::from_secs(10) => {
                std::thread::sleep(Duration::from_millis(20))
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return String::new();
            }
        }
    }
    let mut s = String::new();
    if let Some(mut out) = child.stdout.take() {
        let _ = std::io::Read::read_to_string(&mut out, &mut s);
    }
    s.lines().next().unwrap_or("").trim().to_string()
}

fn default_cache() -> PathBuf {
    if let Some(d) = std::env::var_os("COIL_CONFORMANCE_CACHE") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("coil-conformance");
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp"));
    home.join(".cache/coil-conformance")
}

/// The Node tree (holding `test/`) to run from, and where it came from.
fn node_tree(opts: &Opts, cache: &Path) -> Result<(PathBuf, String), String> {
    if let Some(dir) = &opts.node_src {
        let dir = dir
            .canonicalize()
            .map_err(|e| format!("--node-src {}: {e}", dir.display()))?;
        if dir.join("test/parallel").is_dir() {
            return Ok((dir.clone(), format!("the Node tree at {}", dir.display())));
        }
        if dir.join("parallel").is_dir() && dir.file_name().is_some_and(|n| n == "test") {
            let parent = dir.parent().map(Path::to_path_buf).unwrap_or(dir);
            return Ok((
                parent.clone(),
                format!("the Node tree at {}", parent.display()),
            ));
        }
        return Err(format!(
            "--node-src {}: no test/parallel in it",
            dir.display()
        ));
    }
    Ok((fetch::ensure_suite(cache)?, fetch::source_description()))
}

/// Turns a TEST argument into (`suite/name`, file).
fn resolve_test(arg: &str, test_root: &Path, suite: &str) -> Result<(String, PathBuf), String> {
    let on_disk = Path::new(arg);
    if on_disk.is_file() && (arg.contains('/') || !test_root.join(suite).join(arg).is_file()) {
        let abs = on_disk.canonicalize().map_err(|e| format!("{arg}: {e}"))?;
        let rel = match abs.strip_prefix(test_root) {
            Ok(r) => r.to_string_lossy().into_owned(),
            Err(_) => abs.to_string_lossy().into_owned(),
        };
        return Ok((rel, abs));
    }
    let a = arg.trim_start_matches("./").trim_start_matches("test/");
    let mut candidates = vec![];
    if a.contains('/') {
        candidates.push(a.to_string());
    } else {
        candidates.push(format!("{suite}/{a}"));
        if !a.starts_with("test-") {
            candidates.push(format!("{suite}/test-{a}"));
        }
    }
    for c in candidates {
        for name in [c.clone(), format!("{c}.js"), format!("{c}.mjs")] {
            let f = test_root.join(&name);
            if f.is_file() {
                return Ok((name, f));
            }
        }
    }
    Err(format!("no test `{arg}` under {}", test_root.display()))
}

fn list_suite(test_root: &Path, suite: &str) -> Result<Vec<(String, PathBuf)>, String> {
    let dir = test_root.join(suite);
    let rd = std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut names: Vec<String> = rd
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| testfile::is_test_file(n))
        .collect();
    names.sort();
    Ok(names
        .into_iter()
        .map(|n| (format!("{suite}/{n}"), dir.join(&n)))
        .collect())
}

/// Skip reasons: skips.txt, then the `.status` file of each suite involved.
fn skip_reasons(
    conf: &Path,
    test_root: &Path,
    suites: &BTreeSet<String>,
) -> Result<BTreeMap<String, String>, String> {
    let text = std::fs::read_to_string(conf.join("skips.txt")).unwrap_or_default();
    let mut skips = lists::parse_skips(&text)?;
    let platform = testfile::Platform::current();
    for suite in suites {
        let status = test_root.join(suite).join(format!("{suite}.status"));
        if let Ok(t) = std::fs::read_to_string(&status) {
            for (name, why) in testfile::status_skips(&t, &platform) {
                for ext in ["js", "mjs"] {
                    skips
                        .entry(format!("{suite}/{name}.{ext}"))
                        .or_insert_with(|| why.clone());
                }
            }
        }
    }
    Ok(skips)
}

fn regenerate_compat(root: &Path) -> Result<PathBuf, String> {
    let reports = root.join("conformance/reports");
    let mut suites = Vec::new();
    for suite in ["parallel", "sequential"] {
        let load = |rt: &str| -> Result<Option<Report>, String> {
            let p = reports.join(format!("{rt}-{suite}.json"));
            match std::fs::read_to_string(&p) {
                Ok(t) => Report::from_json(&t)
                    .map(Some)
                    .map_err(|e| format!("{}: {e}", p.display())),
                Err(_) => Ok(None),
            }
        };
        suites.push((suite.to_string(), load("coil")?, load("node")?));
    }
    let md = report::compat_markdown(&suites);
    let out = root.join("docs/compat.md");
    if let Some(d) = out.parent() {
        let _ = std::fs::create_dir_all(d);
    }
    std::fs::write(&out, md).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(out)
}

struct Progress {
    tty: bool,
    total: usize,
    done: usize,
    counts: report::Counts,
    last_line: Instant,
    started: Instant,
    verbose: bool,
}

impl Progress {
    fn update(&mut self, r: &TestResult, out: &run::Output) {
        self.done += 1;
        self.counts.add(r.outcome);
        let c = &self.counts;
        let mut err = std::io::stderr().lock();
        if self.verbose && !matches!(r.outcome, Outcome::Pass | Outcome::Skip) {
            if self.tty {
                let _ = write!(err, "\r\x1b[K");
            }
            let _ = writeln!(
                err,
                "=== {} {} ({} ms): {}",
                r.outcome.as_str().to_uppercase(),
                r.path,
                r.ms,
                r.reason
            );
            for (what, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
                let lines: Vec<&str> = text.lines().collect();
                if !lines.is_empty() {
                    let _ = writeln!(err, "--- {what} (last lines) ---");
                    for l in &lines[lines.len().saturating_sub(30)..] {
                        let _ = writeln!(err, "{l}");
                    }
                }
            }
        }
        let line = format!(
            "[{}/{} {:.0}s] {} passed, {} failed, {} timed out, {} crashed, {} skipped",
            self.done,
            self.total,
            self.started.elapsed().as_secs_f64(),
            c.passed,
            c.failed,
            c.timeout,
            c.crashed,
            c.skipped
        );
        if self.tty {
            let name = r.path.rsplit('/').next().unwrap_or("");
            let _ = write!(err, "\r\x1b[K{line}  {name}");
            if self.done == self.total {
                let _ = writeln!(err);
            }
        } else if self.done == self.total
            || self.done.is_multiple_of(100)
            || self.last_line.elapsed() >= Duration::from_secs(30)
        {
            let _ = writeln!(err, "{line}");
            self.last_line = Instant::now();
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(e) if e.is_empty() => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("coil-conformance: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match real_main(opts) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("coil-conformance: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn real_main(opts: Opts) -> Result<ExitCode, String> {
    let root = workspace_root();
    let conf = root.join("conformance");
    let cache = opts.cache.clone().unwrap_or_else(default_cache);
    match opts.cmd {
        Cmd::Compat => {
            let out = regenerate_compat(&root)?;
            println!("wrote {}", out.display());
            return Ok(ExitCode::SUCCESS);
        }
        Cmd::Fetch => {
            let (tree, _) = node_tree(&opts, &cache)?;
            println!("{}", tree.join("test").display());
            return Ok(ExitCode::SUCCESS);
        }
        Cmd::Failures => {
            let name = match opts.runtime.as_deref() {
                None => "coil".to_string(),
                Some(r) => Path::new(r)
                    .file_name()
                    .and_then(|f| f.to_str())
                    .unwrap_or(r)
                    .to_string(),
            };
            let path = opts
                .report
                .clone()
                .unwrap_or_else(|| conf.join(format!("reports/{name}-{}.json", opts.suite)));
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let rep = Report::from_json(&text)?;
            let tests: Vec<TestResult> = rep
                .tests
                .into_iter()
                .filter(|t| opts.modules.is_empty() || opts.modules.contains(&t.module))
                .collect();
            print!("{}", report::failures_by_module(&tests));
            return Ok(ExitCode::SUCCESS);
        }
        Cmd::Run | Cmd::Check => {}
    }

    let (runtime, rt_name) = resolve_runtime(&root, opts.runtime.as_deref())?;
    let (node_root, source) = node_tree(&opts, &cache)?;
    let test_root = node_root.join("test");

    // Which tests.
    let expected_text = std::fs::read_to_string(conf.join("expected-pass.txt")).unwrap_or_default();
    let expected = lists::parse_expected(&expected_text);
    let whole_suite = opts.cmd == Cmd::Run && opts.tests.is_empty() && opts.modules.is_empty();
    let default_report = conf.join(format!("reports/{rt_name}-{}.json", opts.suite));
    let mut previous: Option<Report> = None;
    let mut picked: Vec<(String, PathBuf)> = Vec::new();
    if opts.rerun_failures {
        let p = opts
            .report
            .clone()
            .unwrap_or_else(|| default_report.clone());
        let text = std::fs::read_to_string(&p)
            .map_err(|e| format!("--rerun-failures: {}: {e}", p.display()))?;
        let prev = Report::from_json(&text)?;
        for t in prev
            .tests
            .iter()
            .filter(|t| !matches!(t.outcome, Outcome::Pass | Outcome::Skip))
        {
            picked.push(resolve_test(&t.path, &test_root, &opts.suite)?);
        }
        eprintln!(
            "coil-conformance: re-running {} test(s) that did not pass in {}",
            picked.len(),
            p.display()
        );
        previous = Some(prev);
        if picked.is_empty() {
            return Ok(ExitCode::SUCCESS);
        }
    } else if opts.cmd == Cmd::Check {
        for t in &expected {
            picked.push(resolve_test(t, &test_root, &opts.suite)?);
        }
    } else if !opts.tests.is_empty() {
        for t in &opts.tests {
            picked.push(resolve_test(t, &test_root, &opts.suite)?);
        }
    } else {
        picked = list_suite(&test_root, &opts.suite)?;
    }
    let suites: BTreeSet<String> = picked
        .iter()
        .filter_map(|(p, _)| p.split_once('/').map(|(s, _)| s.to_string()))
        .collect();
    let skips = skip_reasons(&conf, &test_root, &suites)?;
    let mut cases: Vec<Case> = picked
        .into_iter()
        .map(|(path, file)| Case {
            module: testfile::module_of(&path),
            skip: skips.get(&path).cloned(),
            path,
            file,
        })
        .filter(|c| opts.modules.is_empty() || opts.modules.contains(&c.module))
        .collect();
    cases.sort_by(|a, b| a.path.cmp(&b.path));
    cases.dedup_by(|a, b| a.path == b.path);
    if cases.is_empty() {
        return Err("no tests selected".into());
    }

    let only_sequential = suites.len() == 1 && suites.contains("sequential");
    let cpus = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let jobs = opts.jobs.unwrap_or(if only_sequential { 1 } else { cpus });
    let work = cache
        .join("work")
        .join(format!("run-{}", std::process::id()));
    let test_dir = work.join("tmp");
    let out_dir = work.join("out");
    for d in [&test_dir, &out_dir] {
        std::fs::create_dir_all(d).map_err(|e| format!("cannot create {}: {e}", d.display()))?;
    }
    let cfg = RunConfig {
        runtime: runtime.clone(),
        node_root: node_root.clone(),
        test_dir: test_dir.canonicalize().unwrap_or(test_dir.clone()),
        out_dir,
        jobs,
        timeout: Duration::from_secs(opts.timeout.max(1)),
        parallel: !only_sequential,
        retries: opts
            .retries
            .unwrap_or(if opts.cmd == Cmd::Check { 1 } else { 0 }),
    };
    let version = runtime_version(&runtime);
    eprintln!(
        "coil-conformance: {} test(s) from {} under {} ({}{}), {} job(s), {} s limit",
        cases.len(),
        test_root.display(),
        runtime.display(),
        rt_name,
        if version.is_empty() {
            String::new()
        } else {
            format!(" {version}")
        },
        jobs,
        cfg.timeout.as_secs()
    );

    run::install_interrupt_handler();
    let started = Instant::now();
    let mut progress = Progress {
        tty: std::io::stderr().is_terminal(),
        total: cases.len(),
        done: 0,
        counts: report::Counts::default(),
        last_line: Instant::now(),
        started,
        verbose: opts.verbose,
    };
    let mut results = run::run_all(&cfg, &cases, &mut |r, out| progress.update(r, out));
    let mut wall = started.elapsed().as_secs_f64();
    let mut notes = String::new();
    let _ = std::fs::remove_dir_all(&work);
    if run::interrupted() {
        eprintln!("\ncoil-conformance: interrupted; no report written");
        return Ok(ExitCode::from(130));
    }

    if let Some(prev) = &previous {
        // Merge the re-run into the saved report: the new result replaces the old.
        let fresh: BTreeMap<&str, &TestResult> =
            results.iter().map(|r| (r.path.as_str(), r)).collect();
        let merged: Vec<TestResult> = prev
            .tests
            .iter()
            .map(|t| (*fresh.get(t.path.as_str()).unwrap_or(&t)).clone())
            .collect();
        let fixed = results
            .iter()
            .filter(|r| r.outcome == Outcome::Pass)
            .count();
        let now_skipped = results
            .iter()
            .filter(|r| r.outcome == Outcome::Skip)
            .count();
        eprintln!("coil-conformance: {fixed} of the re-run test(s) passed this time");
        let rerun_note = format!(
            "{} non-passing test(s) re-run at {}: {fixed} passed then{}",
            cases.len(),
            report::now_utc(),
            if now_skipped > 0 {
                format!(", {now_skipped} now skipped")
            } else {
                String::new()
            }
        );
        notes = if prev.notes.is_empty() {
            rerun_note
        } else {
            format!("{}; {rerun_note}", prev.notes)
        };
        wall += prev.wall_secs;
        results = merged;
    }

    println!();
    print!("{}", report::table(&results));
    println!("wall time: {wall:.0} s");

    // The report and docs/compat.md.
    let report_path = if opts.no_report || opts.cmd == Cmd::Check {
        None
    } else if let Some(p) = &opts.report {
        Some(p.clone())
    } else if whole_suite {
        Some(default_report.clone())
    } else {
        None
    };
    if let Some(p) = &report_path {
        let rep = Report {
            runtime: rt_name.clone(),
            runtime_version: version.clone(),
            suite: if whole_suite {
                opts.suite.clone()
            } else {
                suites.iter().cloned().collect::<Vec<_>>().join("+")
            },
            source: source.clone(),
            generated: report::now_utc(),
            jobs,
            timeout_secs: cfg.timeout.as_secs(),
            wall_secs: wall,
            notes: notes.clone(),
            tests: results.clone(),
        };
        if let Some(d) = p.parent() {
            let _ = std::fs::create_dir_all(d);
        }
        std::fs::write(p, rep.to_json())
            .map_err(|e| format!("cannot write {}: {e}", p.display()))?;
        println!("report: {}", p.display());
        if whole_suite && opts.report.is_none() {
            let md = regenerate_compat(&root)?;
            println!("regenerated {}", md.display());
        }
    }

    if opts.list_failures {
        println!("\nfailing tests by module:");
        print!("{}", report::failures_by_module(&results));
    }

    // expected-pass.txt: regressions and newly passing tests (coil's list).
    let mut regressions: Vec<&TestResult> = Vec::new();
    if rt_name == "coil" || opts.cmd == Cmd::Check {
        let exp: BTreeSet<&str> = expected.iter().map(String::as_str).collect();
        regressions = results
            .iter()
            .filter(|r| {
                exp.contains(r.path.as_str()) && !matches!(r.outcome, Outcome::Pass | Outcome::Skip)
            })
            .collect();
        let skipped_expected: Vec<&TestResult> = results
            .iter()
            .filter(|r| exp.contains(r.path.as_str()) && r.outcome == Outcome::Skip)
            .collect();
        for r in &skipped_expected {
            eprintln!(
                "warning: {} is in expected-pass.txt but skipped ({})",
                r.path, r.reason
            );
        }
        let new: Vec<String> = results
            .iter()
            .filter(|r| r.outcome == Outcome::Pass && !exp.contains(r.path.as_str()))
            .map(|r| r.path.clone())
            .collect();
        if !new.is_empty() {
            if opts.update_expected {
                let text = lists::append_expected(&expected_text, &new);
                std::fs::write(conf.join("expected-pass.txt"), text)
                    .map_err(|e| format!("cannot update expected-pass.txt: {e}"))?;
                println!(
                    "\nadded {} newly passing test(s) to conformance/expected-pass.txt",
                    new.len()
                );
            } else {
                println!("\n{} test(s) pass that are not in conformance/expected-pass.txt (add them with --update-expected):", new.len());
                for n in &new {
                    println!("  {n}");
                }
            }
        }
        if !regressions.is_empty() {
            println!(
                "\nREGRESSION: {} test(s) from conformance/expected-pass.txt did not pass:",
                regressions.len()
            );
            for r in &regressions {
                println!("  {:<60} {:<7} {}", r.path, r.outcome.as_str(), r.reason);
            }
        }
    } else if opts.update_expected {
        eprintln!(
            "warning: --update-expected only applies to coil runs; expected-pass.txt left alone"
        );
    }

    let c = report::Counts::of(results.iter());
    let not_passed = c.failed + c.timeout + c.crashed;
    if opts.cmd == Cmd::Check {
        println!(
            "\nexpected-pass check: {} passed, {} failed",
            c.passed, not_passed
        );
        println!(
            "{} passed, {} failed, {} skipped",
            c.passed, not_passed, c.skipped
        );
        return Ok(if regressions.is_empty() && not_passed == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    println!(
        "\nconformance: {} passed, {} failed, {} skipped (of {})",
        c.passed, not_passed, c.skipped, c.total
    );
    Ok(if regressions.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn args() {
        let o = parse_args(&a(&[
            "--runtime",
            "node",
            "-j4",
            "--timeout=10",
            "parallel/test-a.js",
        ]))
        .unwrap();
        assert_eq!(o.cmd, Cmd::Run);
        assert_eq!(o.runtime.as_deref(), Some("node"));
        assert_eq!((o.jobs, o.timeout), (Some(4), 10));
        assert_eq!(o.tests, vec!["parallel/test-a.js"]);
        let o = parse_args(&a(&["check", "-j", "2"])).unwrap();
        assert_eq!((o.cmd, o.jobs), (Cmd::Check, Some(2)));
        assert!(parse_args(&a(&["check", "x.js"])).is_err());
        assert!(parse_args(&a(&["--suite", "pummel"])).is_err());
        assert!(parse_args(&a(&["--bogus"])).is_err());
        // A subcommand word later on is a test name.
        assert_eq!(
            parse_args(&a(&["--suite", "sequential", "check"]))
                .unwrap()
                .tests,
            vec!["check"]
        );
    }

    #[test]
    fn test_resolution() {
        let dir =
            std::env::temp_dir().join(format!("coil-conformance-resolve-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("parallel")).unwrap();
        std::fs::write(dir.join("parallel/test-fs-a.js"), "").unwrap();
        std::fs::write(dir.join("parallel/test-esm-b.mjs"), "").unwrap();
        for arg in [
            "parallel/test-fs-a.js",
            "test/parallel/test-fs-a.js",
            "test-fs-a.js",
            "fs-a",
            "parallel/test-fs-a",
        ] {
            assert_eq!(
                resolve_test(arg, &dir, "parallel").unwrap().0,
                "parallel/test-fs-a.js",
                "{arg}"
            );
        }
        assert_eq!(
            resolve_test("test-esm-b", &dir, "parallel").unwrap().0,
            "parallel/test-esm-b.mjs"
        );
        assert!(resolve_test("test-nope.js", &dir, "parallel").is_err());
        let listed = list_suite(&dir, "parallel").unwrap();
        assert_eq!(listed.len(), 2);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
