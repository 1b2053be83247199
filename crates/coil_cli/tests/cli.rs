//! The command line, compared with `node`: -e, -p, -r, --input-type, stdin
//! scripts, arguments, -v/-h, bad options and exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn coil() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_coil"))
}

fn node() -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|d| d.join("node"))
        .find(|p| p.is_file())
        .expect("the CLI tests compare with Node.js: install node (v20) on PATH")
}

fn run(bin: &PathBuf, args: &[&str], stdin: Option<&str>) -> Output {
    let dir = std::env::temp_dir();
    let mut child = Command::new(bin)
        .args(args)
        .current_dir(&dir)
        .env_remove("NODE_OPTIONS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        let mut input = child.stdin.take().expect("stdin");
        if let Some(text) = stdin {
            input.write_all(text.as_bytes()).expect("write stdin");
        }
    }
    child.wait_with_output().expect("wait")
}

/// Same stdout and exit code under both.
fn same(args: &[&str], stdin: Option<&str>) {
    let expected = run(&node(), args, stdin);
    let actual = run(&coil(), args, stdin);
    assert_eq!(
        String::from_utf8_lossy(&actual.stdout),
        String::from_utf8_lossy(&expected.stdout),
        "stdout of {args:?}"
    );
    assert_eq!(
        actual.status.code(),
        expected.status.code(),
        "exit code of {args:?}"
    );
}

#[test]
fn eval_and_print() {
    same(&["-e", "console.log(1 + 1)"], None);
    same(&["-p", "[1, 'two', { three: 3 }]"], None);
    same(
        &[
            "-p",
            "setTimeout(() => console.log('timer first'), 1); 'printed at exit'",
        ],
        None,
    );
    same(&["--print", "process.argv.length", "a", "b"], None);
    same(
        &[
            "-e",
            "console.log(typeof require, typeof module, __filename)",
        ],
        None,
    );
    // Builtin modules are globals in -e and -p (not for a piped script).
    same(
        &["-p", "typeof util.inspect + ' ' + typeof fs.readFileSync"],
        None,
    );
    same(
        &[
            "-e",
            "os; console.log(Object.keys(globalThis).includes('os')); path = 1; console.log(path)",
        ],
        None,
    );
    same(
        &[
            "--input-type=module",
            "-e",
            "console.log(typeof fs.statSync)",
        ],
        None,
    );
    same(&[], Some("console.log(typeof os)"));
}

#[test]
fn eval_exit_codes() {
    same(&["-e", "process.exitCode = 4"], None);
    same(&["-e", "process.exit(3)"], None);
    same(&["-e", "throw new Error('boom')"], None);
    same(&["-e", "Promise.reject(new Error('nope'))"], None);
    same(&["-e", "syntax error here"], None);
}

#[test]
fn input_type_module() {
    same(
        &[
            "--input-type=module",
            "-e",
            "import { join } from 'node:path'; process.nextTick(() => console.log('tick')); await null; console.log(join('a', 'b'))",
        ],
        None,
    );
}

#[test]
fn script_from_stdin() {
    same(&[], Some("console.log('from stdin', process.argv.length)"));
    same(&["-", "x", "y"], Some("console.log(process.argv.slice(2))"));
    same(
        &["--input-type=module"],
        Some("import path from 'node:path'; console.log(typeof path.join)"),
    );
}

#[test]
fn preload_with_require() {
    let dir = std::env::temp_dir().join(format!("coil-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pre = dir.join("pre.js");
    std::fs::write(&pre, "globalThis.preloaded = 'yes';\n").unwrap();
    let pre = pre.to_string_lossy().into_owned();
    same(&["-r", &pre, "-e", "console.log(preloaded)"], None);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn version_help_and_bad_options() {
    let out = run(&coil(), &["-v"], None);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("v20."));
    let out = run(&coil(), &["--help"], None);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: coil"));
    // Node exits with 9 on an invalid option.
    let expected = run(&node(), &["--definitely-not-a-flag"], None);
    let actual = run(&coil(), &["--definitely-not-a-flag"], None);
    assert_eq!(actual.status.code(), expected.status.code());
    assert!(String::from_utf8_lossy(&actual.stderr).contains("bad option: --definitely-not-a-flag"));
}

#[test]
fn missing_script_is_module_not_found() {
    let actual = run(&coil(), &["/nonexistent/dir/app.js"], None);
    let expected = run(&node(), &["/nonexistent/dir/app.js"], None);
    assert_eq!(actual.status.code(), expected.status.code());
    let err = String::from_utf8_lossy(&actual.stderr);
    assert!(
        err.contains("Cannot find module '/nonexistent/dir/app.js'"),
        "{err}"
    );
    assert!(err.contains("MODULE_NOT_FOUND"), "{err}");
}

/// An unhandled 'error' event ends the process as Node's does: the error's
/// stack, then where the event was emitted, then the version line; exit 1.
#[test]
fn unhandled_error_event_report() {
    let script = "const e = new (require('events'))();\n\
                  function boom() { e.emit('error', new Error('kaboom')); }\n\
                  boom();\n";
    for bin in [node(), coil()] {
        let out = run(&bin, &["-e", script], None);
        assert_eq!(out.status.code(), Some(1), "{}", bin.display());
        let stderr = String::from_utf8_lossy(&out.stderr);
        let error = stderr.find("Error: kaboom\n    at boom (");
        let emitted = stderr.find("\nEmitted 'error' event at:\n    at boom (");
        let version = stderr.find("\nNode.js v20.");
        assert!(
            error.is_some() && error < emitted && emitted < version,
            "{}: {stderr}",
            bin.display()
        );
    }
}
