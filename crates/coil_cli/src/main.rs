//! The `coil` command: runs a script, `-e`/`-p` code, a script piped on
//! standard input, or a REPL, with Node's flags and exit codes. Built only on
//! the `coil` embedding crate.

mod args;
mod repl;

use std::io::IsTerminal;

use args::{Mode, Options};
use coil::{EvalOptions, Runtime};

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    let options = match args::parse(&argv) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{}: {message}", program_name(&argv));
            std::process::exit(9);
        }
    };
    match options.mode {
        Mode::Version => {
            println!("{}", coil::NODE_VERSION);
            return;
        }
        Mode::Help => {
            print!("{}", args::HELP);
            return;
        }
        _ => {}
    }
    coil::exit_with_large_stack(move || run(options));
}

fn program_name(argv: &[String]) -> String {
    argv.first()
        .map(|a| {
            std::path::Path::new(a)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| a.clone())
        })
        .unwrap_or_else(|| "coil".into())
}

/// Run the chosen mode to completion and return the process exit code.
fn run(options: Options) -> i32 {
    let mut builder = Runtime::builder()
        .args(options.script_args.clone())
        .exec_args(options.exec_args.clone())
        .no_deprecation(options.no_deprecation)
        .expose_gc(options.expose_gc);
    if let Some(kib) = options.stack_size_kib {
        builder = builder.stack_size_kib(kib);
    }
    let mut rt = match builder.build() {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("coil: {err}");
            return 1;
        }
    };
    let code = run_in(&mut rt, options);
    // The process ends now: its heap goes back to the OS with it.
    std::mem::forget(rt);
    code
}

/// Run the chosen mode in `rt` and return the process exit code.
fn run_in(rt: &mut Runtime, options: Options) -> i32 {
    for module in &options.preload {
        let eval = EvalOptions {
            filename: Some("[preload]".into()),
            ..EvalOptions::default()
        };
        let source = format!("require({})", js_quote(&preload_path(module)));
        if let Err(coil::Error::Exit(code)) = rt.eval_as_main(&source, &eval) {
            return code;
        }
    }
    let module = options.input_type_module;
    let started = match &options.mode {
        Mode::Script(path) => rt.run_main(path),
        Mode::Eval { code, print } => rt.eval_as_main(
            code,
            &EvalOptions {
                module,
                print: *print,
                filename: None,
            },
        ),
        Mode::Stdin => match Runtime::read_stdin() {
            Ok(code) => rt.eval_as_main(
                &code,
                &EvalOptions {
                    module,
                    print: false,
                    filename: Some("[stdin]".into()),
                },
            ),
            Err(err) => {
                eprintln!("coil: cannot read standard input: {err}");
                return 1;
            }
        },
        Mode::Repl => return repl::run(rt),
        Mode::Version | Mode::Help => Ok(()),
    };
    if let Err(coil::Error::Exit(code)) = started {
        return code;
    }
    rt.run_event_loop()
}

/// `-r` resolves a relative module from the current directory, as Node does.
fn preload_path(module: &str) -> String {
    if module.starts_with("./") || module.starts_with("../") {
        std::env::current_dir()
            .map(|d| d.join(module).to_string_lossy().into_owned())
            .unwrap_or_else(|_| module.to_string())
    } else {
        module.to_string()
    }
}

/// Quote a string as a JS string literal.
fn js_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether standard input is a terminal (REPL) rather than a pipe or file.
pub fn stdin_is_tty() -> bool {
    std::io::stdin().is_terminal()
}
