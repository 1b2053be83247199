//! Results and what is made of them: the JSON report (written and read back),
//! the per-module table printed after a run, the failure listing, and the
//! generated `docs/compat.md`.

use crate::json::{self, quote, Json};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// How one test ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Outcome {
    /// Exit code 0.
    Pass,
    /// A non-zero exit code.
    Fail,
    /// Still running at the time limit; its process group was killed.
    Timeout,
    /// Ended by a signal (or could not be started).
    Crash,
    /// Not run: listed in skips.txt or SKIP in the suite's .status file.
    Skip,
}

impl Outcome {
    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Timeout => "timeout",
            Outcome::Crash => "crash",
            Outcome::Skip => "skip",
        }
    }

    /// Reads a report word back.
    pub fn parse(s: &str) -> Option<Outcome> {
        Some(match s {
            "pass" => Outcome::Pass,
            "fail" => Outcome::Fail,
            "timeout" => Outcome::Timeout,
            "crash" => Outcome::Crash,
            "skip" => Outcome::Skip,
            _ => return None,
        })
    }
}

/// The result of one test file.
#[derive(Clone, Debug, PartialEq)]
pub struct TestResult {
    /// `suite/test-file`, e.g. `parallel/test-fs-read.js`.
    pub path: String,
    /// The module it counts for (see `testfile::module_of`).
    pub module: String,
    /// How it ended.
    pub outcome: Outcome,
    /// Wall time in milliseconds (0 when skipped).
    pub ms: u64,
    /// Exit code when it exited normally.
    pub exit: Option<i32>,
    /// For anything but a pass: a one-line reason (error line, signal, skip reason).
    pub reason: String,
}

/// One run of one suite under one runtime.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Short runtime name: `coil`, `node`, or the binary's file name.
    pub runtime: String,
    /// What `runtime --version` printed.
    pub runtime_version: String,
    /// `parallel` or `sequential`.
    pub suite: String,
    /// Where the tests came from (Debian source version or `--node-src`).
    pub source: String,
    /// UTC time the run finished, `YYYY-MM-DDTHH:MM:SSZ`.
    pub generated: String,
    /// Jobs run at once.
    pub jobs: usize,
    /// Per-test time limit.
    pub timeout_secs: u64,
    /// Wall time of the whole run.
    pub wall_secs: f64,
    /// How the results were amended after the run (e.g. by `--rerun-failures`).
    pub notes: String,
    /// Every test of the suite, sorted by path.
    pub tests: Vec<TestResult>,
}

fn num(v: Option<&Json>) -> f64 {
    v.and_then(Json::as_f64).unwrap_or(0.0)
}

fn text(v: Option<&Json>) -> String {
    v.and_then(Json::as_str).unwrap_or("").to_string()
}

impl Report {
    /// The report as JSON, one test per line so diffs stay readable.
    pub fn to_json(&self) -> String {
        let c = Counts::of(self.tests.iter());
        let mut o = String::new();
        o.push_str("{\n");
        let _ = writeln!(o, "  \"runtime\": {},", quote(&self.runtime));
        let _ = writeln!(
            o,
            "  \"runtime_version\": {},",
            quote(&self.runtime_version)
        );
        let _ = writeln!(o, "  \"suite\": {},", quote(&self.suite));
        let _ = writeln!(o, "  \"source\": {},", quote(&self.source));
        let _ = writeln!(o, "  \"generated\": {},", quote(&self.generated));
        let _ = writeln!(o, "  \"jobs\": {},", self.jobs);
        let _ = writeln!(o, "  \"timeout_secs\": {},", self.timeout_secs);
        let _ = writeln!(o, "  \"wall_secs\": {:.1},", self.wall_secs);
        if !self.notes.is_empty() {
            let _ = writeln!(o, "  \"notes\": {},", quote(&self.notes));
        }
        let _ = writeln!(
            o,
            "  \"summary\": {{\"total\": {}, \"passed\": {}, \"failed\": {}, \"timeout\": {}, \"crashed\": {}, \"skipped\": {}}},",
            c.total, c.passed, c.failed, c.timeout, c.crashed, c.skipped
        );
        o.push_str("  \"tests\": [\n");
        for (i, t) in self.tests.iter().enumerate() {
            let _ = write!(
                o,
                "    {{\"path\": {}, \"module\": {}, \"result\": {}, \"ms\": {}",
                quote(&t.path),
                quote(&t.module),
                quote(t.outcome.as_str()),
                t.ms
            );
            if let Some(code) = t.exit {
                let _ = write!(o, ", \"exit\": {code}");
            }
            if !t.reason.is_empty() {
                let _ = write!(o, ", \"reason\": {}", quote(&t.reason));
            }
            o.push('}');
            if i + 1 < self.tests.len() {
                o.push(',');
            }
            o.push('\n');
        }
        o.push_str("  ]\n}\n");
        o
    }

    /// Reads a report written by [`Report::to_json`].
    pub fn from_json(text_in: &str) -> Result<Report, String> {
        let v = json::parse(text_in)?;
        let mut tests = Vec::new();
        for t in v
            .get("tests")
            .and_then(Json::as_array)
            .ok_or("report has no tests array")?
        {
            let result = text(t.get("result"));
            tests.push(TestResult {
                path: text(t.get("path")),
                module: text(t.get("module")),
                outcome: Outcome::parse(&result)
                    .ok_or_else(|| format!("unknown result `{result}`"))?,
                ms: num(t.get("ms")) as u64,
                exit: t.get("exit").and_then(Json::as_f64).map(|n| n as i32),
                reason: text(t.get("reason")),
            });
        }
        Ok(Report {
            runtime: text(v.get("runtime")),
            runtime_version: text(v.get("runtime_version")),
            suite: text(v.get("suite")),
            source: text(v.get("source")),
            generated: text(v.get("generated")),
            jobs: num(v.get("jobs")) as usize,
            timeout_secs: num(v.get("timeout_secs")) as u64,
            wall_secs: num(v.get("wall_secs")),
            notes: text(v.get("notes")),
            tests,
        })
    }
}

/// Counts over a set of results.
#[derive(Default, Clone, Copy, Debug, PartialEq)]
pub struct Counts {
    /// All tests, skipped ones included.
    pub total: usize,
    /// Exit code 0.
    pub passed: usize,
    /// Non-zero exit.
    pub failed: usize,
    /// Killed at the time limit.
    pub timeout: usize,
    /// Ended by a signal.
    pub crashed: usize,
    /// Not run.
    pub skipped: usize,
}

impl Counts {
    /// Counts `tests`.
    pub fn of<'a>(tests: impl Iterator<Item = &'a TestResult>) -> Counts {
        let mut c = Counts::default();
        for t in tests {
            c.add(t.outcome);
        }
        c
    }

    /// Counts one more result.
    pub fn add(&mut self, o: Outcome) {
        self.total += 1;
        match o {
            Outcome::Pass => self.passed += 1,
            Outcome::Fail => self.failed += 1,
            Outcome::Timeout => self.timeout += 1,
            Outcome::Crash => self.crashed += 1,
            Outcome::Skip => self.skipped += 1,
        }
    }
}

/// Per-module counts, modules in name order.
pub fn by_module(tests: &[TestResult]) -> BTreeMap<String, Counts> {
    let mut m: BTreeMap<String, Counts> = BTreeMap::new();
    for t in tests {
        m.entry(t.module.clone()).or_default().add(t.outcome);
    }
    m
}

fn pct(passed: usize, total: usize) -> String {
    if total == 0 {
        "-".to_string()
    } else {
        format!("{:.1}%", passed as f64 * 100.0 / total as f64)
    }
}

/// The per-module table printed after a run (skipped tests count in the total).
pub fn table(tests: &[TestResult]) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{:<24} {:>13} {:>7} {:>8}",
        "module", "passed/total", "%", "skipped"
    );
    for (m, c) in by_module(tests) {
        let _ = writeln!(
            o,
            "{:<24} {:>13} {:>7} {:>8}",
            m,
            format!("{}/{}", c.passed, c.total),
            pct(c.passed, c.total),
            c.skipped
        );
    }
    let c = Counts::of(tests.iter());
    let _ = writeln!(
        o,
        "{:<24} {:>13} {:>7} {:>8}",
        "TOTAL",
        format!("{}/{}", c.passed, c.total),
        pct(c.passed, c.total),
        c.skipped
    );
    o
}

/// Failing tests (anything run that did not pass) grouped by module, each with its reason.
pub fn failures_by_module(tests: &[TestResult]) -> String {
    let mut groups: BTreeMap<&str, Vec<&TestResult>> = BTreeMap::new();
    for t in tests
        .iter()
        .filter(|t| !matches!(t.outcome, Outcome::Pass | Outcome::Skip))
    {
        groups.entry(&t.module).or_default().push(t);
    }
    let mut o = String::new();
    for (m, ts) in groups {
        let _ = writeln!(o, "{m} ({} failing)", ts.len());
        for t in ts {
            let _ = writeln!(o, "  {:<60} {:<7} {}", t.path, t.outcome.as_str(), t.reason);
        }
    }
    o
}

/// The command that regenerates `docs/compat.md`, named in its header.
pub const COMPAT_COMMAND: &str = "cargo run --release -p coil_conformance -- compat";

fn cell(c: Option<&Counts>) -> (String, String) {
    match c {
        Some(c) => (format!("{}/{}", c.passed, c.total), pct(c.passed, c.total)),
        None => ("—".to_string(), "—".to_string()),
    }
}

fn run_line(r: &Report) -> String {
    let c = Counts::of(r.tests.iter());
    format!(
        "| {} | {} | {} | {} | {} passed, {} failed, {} timed out, {} crashed, {} skipped{} | {:.0} s ({} jobs, {} s limit) |",
        r.runtime,
        if r.runtime_version.is_empty() { "?" } else { &r.runtime_version },
        r.suite,
        r.generated,
        c.passed,
        c.failed,
        c.timeout,
        c.crashed,
        c.skipped,
        if r.notes.is_empty() { String::new() } else { format!(" ({})", r.notes) },
        r.wall_secs,
        r.jobs,
        r.timeout_secs
    )
}

/// `docs/compat.md` from the reports: for each suite, coil's count beside
/// node's per module. `suites` holds (suite, coil report, node report).
pub fn compat_markdown(suites: &[(String, Option<Report>, Option<Report>)]) -> String {
    let mut o = String::new();
    o.push_str("<!-- GENERATED FILE: do not edit by hand. Regenerate with `");
    o.push_str(COMPAT_COMMAND);
    o.push_str("`. -->\n\n");
    o.push_str("# Node.js compatibility\n\n");
    let _ = writeln!(
        o,
        "This file is generated by `coil-conformance` (`conformance/`) and is never edited by hand. \
         It was made by `{COMPAT_COMMAND}` from the reports in `conformance/reports/`, \
         which `cargo run --release -p coil_conformance -- --suite <suite>` (coil) and \
         `cargo run --release -p coil_conformance -- --runtime node --suite <suite>` (the reference) write.\n"
    );
    o.push_str(
        "The tests are Node's own (`test/<suite>` of Node 20, from Debian's `nodejs` source package). \
         A test passes when its process exits with code 0, the rule of Node's `tools/test.py`. \
         Skipped tests (`conformance/skips.txt`, or SKIP in the suite's `.status` file) count in the total as not passed. \
         A module is the part of the test's file name after `test-` up to the next `-` \
         (`test-fs-read.js` → fs, `test-child-process-*` → child_process).\n\n",
    );
    o.push_str("| runtime | version | suite | run at (UTC) | results | wall time |\n|---|---|---|---|---|---|\n");
    for (_, coil, node) in suites {
        for r in [coil, node].into_iter().flatten() {
            o.push_str(&run_line(r));
            o.push('\n');
        }
    }
    for (suite, coil, node) in suites {
        if coil.is_none() && node.is_none() {
            continue;
        }
        let source = coil
            .as_ref()
            .or(node.as_ref())
            .map(|r| r.source.clone())
            .unwrap_or_default();
        let _ = writeln!(o, "\n## test/{suite}\n");
        if !source.is_empty() {
            let _ = writeln!(o, "Tests from {source}.\n");
        }
        let cm = coil
            .as_ref()
            .map(|r| by_module(&r.tests))
            .unwrap_or_default();
        let nm = node
            .as_ref()
            .map(|r| by_module(&r.tests))
            .unwrap_or_default();
        let mut modules: Vec<&String> = cm.keys().chain(nm.keys()).collect();
        modules.sort();
        modules.dedup();
        o.push_str("| module | coil passed/total | coil % | node passed/total | node % |\n|---|---:|---:|---:|---:|\n");
        for m in modules {
            let (cc, cp) = cell(cm.get(m));
            let (nc, np) = cell(nm.get(m));
            let _ = writeln!(o, "| {m} | {cc} | {cp} | {nc} | {np} |");
        }
        let ct = coil.as_ref().map(|r| Counts::of(r.tests.iter()));
        let nt = node.as_ref().map(|r| Counts::of(r.tests.iter()));
        let (cc, cp) = cell(ct.as_ref());
        let (nc, np) = cell(nt.as_ref());
        let _ = writeln!(
            o,
            "| **total** | **{cc}** | **{cp}** | **{nc}** | **{np}** |"
        );
    }
    o
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    format_utc(secs)
}

/// Seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn format_utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil date from days since 1970-01-01 (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(path: &str, module: &str, outcome: Outcome) -> TestResult {
        TestResult {
            path: path.into(),
            module: module.into(),
            outcome,
            ms: 12,
            exit: None,
            reason: String::new(),
        }
    }

    fn sample(runtime: &str, outcomes: &[Outcome]) -> Report {
        let names = [
            "parallel/test-fs-a.js",
            "parallel/test-fs-b.js",
            "parallel/test-http-a.js",
        ];
        let tests = names
            .iter()
            .zip(outcomes)
            .map(|(n, o)| {
                let mut r = t(n, &crate::testfile::module_of(n), *o);
                if *o == Outcome::Fail {
                    r.exit = Some(1);
                    r.reason = "Error: \"boom\"\n".into();
                }
                r
            })
            .collect();
        Report {
            runtime: runtime.into(),
            runtime_version: "v1".into(),
            suite: "parallel".into(),
            source: "Debian nodejs 20".into(),
            generated: "2025-01-02T03:04:05Z".into(),
            jobs: 2,
            timeout_secs: 30,
            wall_secs: 12.5,
            notes: "re-ran 1".into(),
            tests,
        }
    }

    #[test]
    fn report_round_trip() {
        let r = sample("coil", &[Outcome::Pass, Outcome::Fail, Outcome::Skip]);
        let back = Report::from_json(&r.to_json()).unwrap();
        assert_eq!(back, r);
        assert!(r
            .to_json()
            .contains("\"summary\": {\"total\": 3, \"passed\": 1, \"failed\": 1"));
    }

    #[test]
    fn module_counts_and_table() {
        let r = sample("coil", &[Outcome::Pass, Outcome::Timeout, Outcome::Pass]);
        let m = by_module(&r.tests);
        assert_eq!((m["fs"].passed, m["fs"].total, m["fs"].timeout), (1, 2, 1));
        let tab = table(&r.tests);
        assert!(tab
            .lines()
            .any(|l| l.starts_with("fs ") && l.contains("1/2") && l.contains("50.0%")));
        assert!(tab
            .lines()
            .any(|l| l.starts_with("TOTAL") && l.contains("2/3") && l.contains("66.7%")));
        let f = failures_by_module(&r.tests);
        assert_eq!(f.lines().next(), Some("fs (1 failing)"));
        assert!(f.contains("parallel/test-fs-b.js"));
        assert!(!f.contains("test-http-a"));
    }

    #[test]
    fn compat_has_header_and_both_columns() {
        let coil = sample("coil", &[Outcome::Pass, Outcome::Fail, Outcome::Fail]);
        let node = sample("node", &[Outcome::Pass, Outcome::Pass, Outcome::Pass]);
        let md = compat_markdown(&[
            ("parallel".into(), Some(coil), Some(node)),
            ("sequential".into(), None, None),
        ]);
        assert!(md.starts_with("<!-- GENERATED FILE: do not edit by hand."));
        assert!(md.contains(COMPAT_COMMAND));
        assert!(md.contains("| fs | 1/2 | 50.0% | 2/2 | 100.0% |"));
        assert!(md.contains("| http | 0/1 | 0.0% | 1/1 | 100.0% |"));
        assert!(md.contains("| **total** | **1/3** | **33.3%** | **3/3** | **100.0%** |"));
        assert!(!md.contains("test/sequential"));
        // Only node present: coil's cells are dashes.
        let node = sample("node", &[Outcome::Pass, Outcome::Pass, Outcome::Pass]);
        let md = compat_markdown(&[("parallel".into(), None, Some(node))]);
        assert!(md.contains("| fs | — | — | 2/2 | 100.0% |"));
    }

    #[test]
    fn utc_dates() {
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_utc(1_735_787_045), "2025-01-02T03:04:05Z");
    }
}
