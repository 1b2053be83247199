//! The interactive REPL on a terminal: rustyline for line editing and a
//! history file, multi-line input while brackets or strings are open, the dot
//! commands, `_` for the last value, and results printed with util.inspect.

use coil::Runtime;
use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

const HELP: &str = "\
.break    Sometimes you get stuck, this gets you out
.clear    Alias for .break
.editor   Enter editor mode
.exit     Exit the REPL
.help     Print this help message

Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL
";

fn history_path() -> Option<std::path::PathBuf> {
    match std::env::var("NODE_REPL_HISTORY") {
        Ok(p) if p.trim().is_empty() => None,
        Ok(p) => Some(p.into()),
        Err(_) => {
            std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".node_repl_history"))
        }
    }
}

/// Run the REPL until `.exit` or end of input; returns the exit code.
pub fn run(rt: &mut Runtime) -> i32 {
    let Ok(mut editor) = DefaultEditor::new() else {
        eprintln!("coil: cannot start the REPL on this terminal");
        return 1;
    };
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    println!(
        "Welcome to Coil (Node.js {} compatible).",
        coil::NODE_VERSION
    );
    println!("Type \".help\" for more information.");
    let mut buffer = String::new();
    let mut interrupted = false;
    loop {
        let prompt = if buffer.is_empty() { "> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                interrupted = false;
                let trimmed = line.trim();
                if buffer.is_empty() && trimmed.starts_with('.') {
                    match trimmed {
                        ".exit" => break,
                        ".help" => print!("{HELP}"),
                        ".break" | ".clear" => {}
                        ".editor" => println!("// .editor is not available in Coil's REPL"),
                        _ => println!("Invalid REPL keyword"),
                    }
                    continue;
                }
                if trimmed == ".break" {
                    buffer.clear();
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                match evaluate(rt, &buffer) {
                    Outcome::Incomplete => continue,
                    Outcome::Done(text) => {
                        let _ = editor.add_history_entry(buffer.trim_end());
                        buffer.clear();
                        if !text.is_empty() {
                            println!("{text}");
                        }
                    }
                    Outcome::Exit(code) => return code,
                }
                // Let timers and I/O that are already due run between lines:
                // non-blocking turns while the loop is alive and has work now.
                while rt.run_once(false) && due_soon(rt) {}
                if let Some(code) = rt.exit_code() {
                    return code;
                }
            }
            Err(ReadlineError::Interrupted) => {
                if !buffer.is_empty() {
                    buffer.clear();
                    continue;
                }
                if interrupted {
                    break;
                }
                interrupted = true;
                println!("(To exit, press Ctrl+C again or Ctrl+D or type .exit)");
            }
            Err(_) => break,
        }
    }
    if let Some(path) = &history {
        let _ = editor.save_history(path);
    }
    rt.finish()
}

fn due_soon(rt: &mut Runtime) -> bool {
    rt.with_state(|st| st.lp.poll_timeout() == Some(0))
}

enum Outcome {
    Incomplete,
    Done(String),
    Exit(i32),
}

fn evaluate(rt: &mut Runtime, code: &str) -> Outcome {
    match rt.repl_evaluate(code) {
        Ok(None) => Outcome::Incomplete,
        Ok(Some(text)) => Outcome::Done(text),
        Err(coil::Error::Exit(code)) => Outcome::Exit(code),
        Err(err) => Outcome::Done(format!("Uncaught {err}")),
    }
}
