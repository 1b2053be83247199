//! Command-line parsing with Node's flags: `coil [options] [script | -e code |
//! -p code | -] [arguments]`.

/// What the command runs.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// A script file.
    Script(String),
    /// `-e`/`-p` code.
    Eval {
        /// The source.
        code: String,
        /// Print the completion value (`-p`).
        print: bool,
    },
    /// A script piped on standard input.
    Stdin,
    /// The interactive REPL.
    Repl,
    /// `-v`.
    Version,
    /// `-h`.
    Help,
}

/// Parsed options.
#[derive(Debug, Clone)]
pub struct Options {
    /// What to run.
    pub mode: Mode,
    /// `process.argv` after the executable.
    pub script_args: Vec<String>,
    /// The runtime flags, as `process.execArgv`.
    pub exec_args: Vec<String>,
    /// Modules to preload with `-r`.
    pub preload: Vec<String>,
    /// `--input-type=module`.
    pub input_type_module: bool,
    /// `--no-deprecation`.
    pub no_deprecation: bool,
    /// `--stack-size` in KiB.
    pub stack_size_kib: Option<usize>,
    /// `--expose-gc`: define the global `gc()`.
    pub expose_gc: bool,
}

/// The text of `coil --help`.
pub const HELP: &str = "\
Usage: coil [options] [ script.js ] [arguments]
       coil [options] -e \"script\" [arguments]
       coil [options] -p \"script\" [arguments]
       coil [options] - [arguments]          (script read from stdin)
       coil                                  (REPL)

Options:
  -e, --eval script           evaluate script
  -p, --print script          evaluate script and print the result
  -r, --require module        module to preload (may be repeated)
  -i, --interactive           always start the REPL
  --input-type=module|commonjs
                              how -e, -p and stdin code is run
  --stack-size=KiB            JS stack size (sets the allowed call depth, as
                              V8's flag does; default 984)
  -C, --conditions=name       an extra package.json \"exports\" condition
  --expose-gc                 define gc(): a full collection of the JS heap
  --no-deprecation            silence deprecation warnings
  --no-warnings               silence process warnings
  -v, --version               print the Node.js version Coil follows
  -h, --help                  print this help

Environment variables:
  UV_THREADPOOL_SIZE          threads in the pool (default 4, 1..1024)
  NODE_DEBUG                  debuglog sections
  NODE_REPL_HISTORY           REPL history file (default ~/.node_repl_history)
";

/// Parse `argv` (with the program name first).
pub fn parse(argv: &[String]) -> Result<Options, String> {
    let mut exec_args = Vec::new();
    let mut preload = Vec::new();
    let mut eval: Option<(String, bool)> = None;
    let mut input_type_module = false;
    let mut no_deprecation = false;
    let mut stack_size_kib = None;
    let mut expose_gc = false;
    let mut interactive = false;
    let mut mode = None;
    let mut i = 1;
    let mut rest: Vec<String> = Vec::new();
    while i < argv.len() {
        let arg = argv[i].as_str();
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            argv.get(i)
                .cloned()
                .ok_or_else(|| format!("{name} requires an argument"))
        };
        match flag {
            "--" => {
                rest.extend(argv[i + 1..].iter().cloned());
                break;
            }
            "-" => {
                mode = Some(Mode::Stdin);
                rest.extend(argv[i..].iter().cloned());
                break;
            }
            "-v" | "--version" => return Ok(simple(Mode::Version)),
            "-h" | "--help" => return Ok(simple(Mode::Help)),
            "-e" | "--eval" => {
                let code = value(flag)?;
                exec_args.push(arg.to_string());
                exec_args.push(code.clone());
                eval = Some((code, eval.as_ref().is_some_and(|(_, p)| *p)));
            }
            "-p" | "--print" | "-pe" | "-ep" => {
                let code = value(flag)?;
                exec_args.push(arg.to_string());
                exec_args.push(code.clone());
                eval = Some((code, true));
            }
            "-r" | "--require" => {
                let module = value(flag)?;
                exec_args.push(arg.to_string());
                exec_args.push(module.clone());
                preload.push(module);
            }
            "-i" | "--interactive" => {
                exec_args.push(arg.to_string());
                interactive = true;
            }
            "--input-type" => {
                let v = value(flag)?;
                match v.as_str() {
                    "module" => input_type_module = true,
                    "commonjs" => input_type_module = false,
                    _ => return Err("--input-type must be \"module\" or \"commonjs\"".into()),
                }
                exec_args.push(format!("--input-type={v}"));
            }
            "--stack-size" => {
                let v = value(flag)?;
                stack_size_kib = Some(
                    v.parse::<usize>()
                        .map_err(|_| format!("--stack-size requires a number, got {v}"))?,
                );
                exec_args.push(format!("--stack-size={v}"));
            }
            "-C" | "--conditions" => {
                let v = value(flag)?;
                if arg.contains('=') {
                    exec_args.push(arg.to_string());
                } else {
                    exec_args.push(arg.to_string());
                    exec_args.push(v);
                }
            }
            "--no-deprecation" => {
                no_deprecation = true;
                exec_args.push(arg.to_string());
            }
            "--expose-gc" | "--expose_gc" => {
                expose_gc = true;
                exec_args.push(arg.to_string());
            }
            "--no-warnings"
            | "--trace-warnings"
            | "--trace-uncaught"
            | "--expose-internals"
            | "--no-experimental-fetch"
            | "--experimental-vm-modules" => {
                exec_args.push(arg.to_string());
            }
            _ if arg.starts_with('-') && arg.len() > 1 => {
                return Err(format!("bad option: {arg}"));
            }
            _ => {
                mode = Some(Mode::Script(arg.to_string()));
                rest.push(arg.to_string());
                rest.extend(argv[i + 1..].iter().cloned());
                break;
            }
        }
        i += 1;
    }
    let mode = match (eval, mode) {
        // With -e, what follows are arguments, including a would-be script.
        (Some((code, print)), _) => Mode::Eval { code, print },
        (None, Some(m)) => m,
        (None, None) if interactive || crate::stdin_is_tty() => Mode::Repl,
        (None, None) => Mode::Stdin,
    };
    Ok(Options {
        mode,
        script_args: rest,
        exec_args,
        preload,
        input_type_module,
        no_deprecation,
        stack_size_kib,
        expose_gc,
    })
}

fn simple(mode: Mode) -> Options {
    Options {
        mode,
        script_args: Vec::new(),
        exec_args: Vec::new(),
        preload: Vec::new(),
        input_type_module: false,
        no_deprecation: false,
        stack_size_kib: None,
        expose_gc: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(list: &[&str]) -> Vec<String> {
        std::iter::once("coil")
            .chain(list.iter().copied())
            .map(String::from)
            .collect()
    }

    #[test]
    fn script_and_arguments() {
        let o = parse(&argv(&["app.js", "a", "-e"])).unwrap();
        assert_eq!(o.mode, Mode::Script("app.js".into()));
        assert_eq!(o.script_args, ["app.js", "a", "-e"]);
    }

    #[test]
    fn eval_print_and_flags() {
        let o = parse(&argv(&["--input-type=module", "-p", "1+1", "x"])).unwrap();
        assert_eq!(
            o.mode,
            Mode::Eval {
                code: "1+1".into(),
                print: true
            }
        );
        assert!(o.input_type_module);
        assert_eq!(o.script_args, ["x"]);
    }

    #[test]
    fn bad_option_is_an_error() {
        assert!(parse(&argv(&["--bogus"])).is_err());
        assert!(parse(&argv(&["-e"])).is_err());
    }

    #[test]
    fn preload_is_repeatable() {
        let o = parse(&argv(&["-r", "./a", "--require=./b", "main.js"])).unwrap();
        assert_eq!(o.preload, ["./a", "./b"]);
    }
}
