//! What the runner reads out of Node's test tree: which files are tests, the
//! `// Flags:` line of a test, the module a test belongs to, and the SKIP
//! rules of the `<suite>.status` files.

use std::collections::BTreeMap;

/// Whether a file name is a test as `tools/test.py` lists them
/// (`^test-.*\.m?js$`).
pub fn is_test_file(name: &str) -> bool {
    name.starts_with("test-") && (name.ends_with(".js") || name.ends_with(".mjs"))
}

fn is_py_space(b: u8) -> bool {
    // Python's `\s` in a str pattern (ASCII part): space, \t, \n, \v, \f, \r.
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The runtime flags a test asks for, as `tools/test.py` reads them: the first
/// match of `//\s+Flags:(.*)` anywhere in the source, the rest of that line
/// split on whitespace.
pub fn parse_flags(source: &str) -> Vec<String> {
    let b = source.as_bytes();
    let mut from = 0;
    while let Some(pos) = source[from..].find("//") {
        let start = from + pos;
        let mut j = start + 2;
        while j < b.len() && is_py_space(b[j]) {
            j += 1;
        }
        if j > start + 2 && source[j..].starts_with("Flags:") {
            let rest = &source[j + "Flags:".len()..];
            let line = rest.split('\n').next().unwrap_or("");
            return line.split_whitespace().map(str::to_string).collect();
        }
        from = start + 1;
    }
    Vec::new()
}

/// Test-name prefixes of two words that name one Node module; the module is
/// then the Node spelling (`child_process`), not the first word alone.
const TWO_WORD_MODULES: &[(&str, &str, &str)] = &[
    ("async", "hooks", "async_hooks"),
    ("child", "process", "child_process"),
    ("diagnostics", "channel", "diagnostics_channel"),
    ("perf", "hooks", "perf_hooks"),
    ("string", "decoder", "string_decoder"),
    ("trace", "events", "trace_events"),
    ("worker", "threads", "worker_threads"),
];

/// Older names of a module's tests that Node keeps for history.
const ALIASES: &[(&str, &str)] = &[
    ("stream2", "stream"),
    ("stream3", "stream"),
    ("streams", "stream"),
];

/// The module a test belongs to: the part of its file name after `test-` up to
/// the next `-` (`test-fs-read.js` → `fs`, `test-http2-x.js` → `http2`,
/// `test-assert.js` → `assert`), with Node's two-word module names joined
/// (`test-child-process-spawn.js` → `child_process`) and the `stream2`/`stream3`
/// tests counted as `stream`.
pub fn module_of(file_name: &str) -> String {
    let base = file_name.rsplit('/').next().unwrap_or(file_name);
    let stem = base
        .strip_suffix(".mjs")
        .or_else(|| base.strip_suffix(".js"))
        .unwrap_or(base);
    let rest = stem.strip_prefix("test-").unwrap_or(stem);
    let mut words = rest.split('-');
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    if let Some((_, _, joined)) = TWO_WORD_MODULES
        .iter()
        .find(|(a, b, _)| *a == first && *b == second)
    {
        return (*joined).to_string();
    }
    if let Some((_, to)) = ALIASES.iter().find(|(from, _)| *from == first) {
        return (*to).to_string();
    }
    if first.is_empty() {
        "(none)".to_string()
    } else {
        first.to_string()
    }
}

/// Values of the variables that `.status` section conditions test.
pub struct Platform {
    /// `$system`: linux, macos, win32, freebsd, …
    pub system: String,
    /// `$arch`: x64, arm64, ia32, …
    pub arch: String,
}

impl Platform {
    /// This machine, named as Node's test tools name it.
    pub fn current() -> Platform {
        let system = match std::env::consts::OS {
            "macos" => "macos",
            "windows" => "win32",
            other => other,
        };
        let arch = match std::env::consts::ARCH {
            "x86_64" => "x64",
            "aarch64" => "arm64",
            "x86" => "ia32",
            "arm" => "arm",
            other => other,
        };
        Platform {
            system: system.to_string(),
            arch: arch.to_string(),
        }
    }

    fn var(&self, name: &str) -> &str {
        match name {
            "system" => &self.system,
            "arch" => &self.arch,
            "mode" => "release",
            "asan" => "off",
            _ => "",
        }
    }

    /// Evaluates a section condition such as `$system==linux || $arch==arm64`
    /// (`&&` binds tighter than `||`; `true` and `false` are literals).
    pub fn matches(&self, cond: &str) -> bool {
        cond.split("||").any(|alt| {
            alt.split("&&").all(|atom| {
                let atom = atom.trim();
                if atom == "true" {
                    return true;
                }
                if atom == "false" || atom.is_empty() {
                    return false;
                }
                let (name, value, eq) = if let Some((n, v)) = atom.split_once("!=") {
                    (n, v, false)
                } else if let Some((n, v)) = atom.split_once("==") {
                    (n, v, true)
                } else {
                    return false;
                };
                let name = name.trim().trim_start_matches('$');
                (self.var(name) == value.trim()) == eq
            })
        })
    }
}

/// The tests a `.status` file marks `SKIP` on `platform`, by test name without
/// extension, each with the section condition it came from.
pub fn status_skips(text: &str, platform: &Platform) -> BTreeMap<String, String> {
    let mut skips = BTreeMap::new();
    let mut active = false;
    let mut section = String::new();
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with("prefix ") {
            continue;
        }
        if let Some(cond) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            active = platform.matches(cond);
            section = cond.trim().to_string();
            continue;
        }
        if !active {
            continue;
        }
        if let Some((name, outcomes)) = line.split_once(':') {
            if outcomes.split(',').any(|o| o.trim() == "SKIP") {
                skips.insert(
                    name.trim().to_string(),
                    format!("SKIP in the suite's .status file [{section}]"),
                );
            }
        }
    }
    skips
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_file_names() {
        assert!(is_test_file("test-fs-read.js"));
        assert!(is_test_file("test-esm-x.mjs"));
        assert!(!is_test_file("test-fs-read.cjs"));
        assert!(!is_test_file("parallel.status"));
        assert!(!is_test_file("common.js"));
    }

    #[test]
    fn flags_line() {
        let src = "'use strict';\n// Flags: --expose-internals --no-warnings\nrequire('x');\n";
        assert_eq!(
            parse_flags(src),
            vec!["--expose-internals", "--no-warnings"]
        );
        // Only the first match counts.
        assert_eq!(parse_flags("// Flags: --a\n// Flags: --b\n"), vec!["--a"]);
        // `\s+` needs at least one whitespace character.
        assert!(parse_flags("//Flags: --a\n").is_empty());
        // Anywhere in the file, not only at the start of a line; CRLF endings.
        assert_eq!(
            parse_flags("x; /*\n */   //   Flags:   --a=1  -r x \r\n"),
            vec!["--a=1", "-r", "x"]
        );
        assert!(parse_flags("// no flags here\n").is_empty());
        assert!(parse_flags("// Flags:\n").is_empty());
        // `\s+` may span a line break, as Python's does.
        assert_eq!(parse_flags("//\nFlags: --z\n"), vec!["--z"]);
    }

    #[test]
    fn modules() {
        assert_eq!(module_of("test-fs-read.js"), "fs");
        assert_eq!(module_of("parallel/test-http2-x.js"), "http2");
        assert_eq!(module_of("test-http-agent.js"), "http");
        assert_eq!(module_of("test-assert.js"), "assert");
        assert_eq!(module_of("test-esm-loader.mjs"), "esm");
        assert_eq!(module_of("test-child-process-spawn.js"), "child_process");
        assert_eq!(module_of("test-child.js"), "child");
        assert_eq!(module_of("test-stream2-base.js"), "stream");
        assert_eq!(module_of("test-string-decoder.js"), "string_decoder");
        assert_eq!(module_of("test-string-ptr.js"), "string");
    }

    #[test]
    fn status_conditions() {
        let p = Platform {
            system: "linux".into(),
            arch: "x64".into(),
        };
        assert!(p.matches("true"));
        assert!(p.matches("$system==linux"));
        assert!(!p.matches("$system==win32"));
        assert!(p.matches("$system==linux || $system==win32"));
        assert!(!p.matches("$system==win32 && $arch==x64"));
        assert!(!p.matches("$system!=linux || $asan==on"));
        assert!(p.matches("$arch==arm || $arch==x64"));
    }

    #[test]
    fn status_file() {
        let text =
            "prefix parallel\n\n[true] # all\n# comment\ntest-a: SKIP\ntest-b: PASS, FLAKY\n\
                    [$system==win32]\ntest-c: SKIP\n[$system==linux]\ntest-d : PASS,SKIP\n";
        let p = Platform {
            system: "linux".into(),
            arch: "x64".into(),
        };
        let s = status_skips(text, &p);
        assert_eq!(s.keys().collect::<Vec<_>>(), vec!["test-a", "test-d"]);
        assert!(s["test-d"].contains("$system==linux"));
    }
}
