//! The embedding API: build a runtime, evaluate scripts and modules, run the
//! loop to completion or a turn at a time, host modules of Rust functions,
//! results and errors as Rust values, exit codes.

use std::io::Write;

use coil::{Error, EvalOptions, HostModule, Runtime, Value};

/// Every test builds its runtime on a large-stack thread, as embedders should.
fn with_runtime<T: Send + 'static>(f: impl FnOnce(&mut Runtime) -> T + Send + 'static) -> T {
    coil::run_with_large_stack(move || {
        let mut rt = Runtime::builder().build().expect("runtime builds");
        f(&mut rt)
    })
}

#[test]
fn eval_returns_rust_values() {
    with_runtime(|rt| {
        assert_eq!(rt.eval("1 + 2").unwrap(), Value::Number(3.0));
        assert_eq!(rt.eval("'a' + 'b'").unwrap(), Value::String("ab".into()));
        assert_eq!(rt.eval("null").unwrap(), Value::Null);
        assert_eq!(
            rt.eval("[1, 'x', true]").unwrap(),
            Value::Array(vec![
                Value::Number(1.0),
                Value::String("x".into()),
                Value::Bool(true)
            ])
        );
        assert_eq!(
            rt.eval("({ a: 1, b: { c: [] } })").unwrap(),
            Value::Object(vec![
                ("a".into(), Value::Number(1.0)),
                (
                    "b".into(),
                    Value::Object(vec![("c".into(), Value::Array(vec![]))])
                ),
            ])
        );
        assert_eq!(
            rt.eval("10n ** 20n").unwrap(),
            Value::BigInt("100000000000000000000".into())
        );
    });
}

#[test]
fn eval_errors_come_back_as_rust_errors() {
    with_runtime(|rt| {
        match rt.eval("throw new TypeError('bad thing')") {
            Err(Error::Js(text)) => assert!(text.starts_with("TypeError: bad thing"), "{text}"),
            other => panic!("expected a JS error, got {other:?}"),
        }
        // The runtime is still usable.
        assert_eq!(rt.eval("2 * 21").unwrap(), Value::Number(42.0));
    });
}

#[test]
fn require_works_in_eval_and_state_persists() {
    with_runtime(|rt| {
        rt.eval("globalThis.counter = 0").unwrap();
        rt.eval("counter += require('path').join('a', 'b').length")
            .unwrap();
        assert_eq!(rt.eval("counter").unwrap(), Value::Number(3.0));
    });
}

#[test]
fn run_the_loop_to_completion() {
    with_runtime(|rt| {
        rt.eval(
            "globalThis.log = []; setTimeout(() => log.push('t'), 5); \
             setImmediate(() => log.push('i')); process.nextTick(() => log.push('n'));",
        )
        .unwrap();
        assert_eq!(rt.run_event_loop(), 0);
        assert_eq!(
            rt.eval("log.join(',')").unwrap(),
            Value::String("n,i,t".into())
        );
    });
}

#[test]
fn run_one_turn_at_a_time() {
    with_runtime(|rt| {
        rt.eval("globalThis.turns = 0; const tick = () => { if (++turns < 3) setImmediate(tick); }; setImmediate(tick);")
            .unwrap();
        assert!(rt.is_alive());
        let mut iterations = 0;
        while rt.run_once(false) {
            iterations += 1;
            assert!(iterations < 100, "loop never finished");
        }
        assert_eq!(rt.eval("turns").unwrap(), Value::Number(3.0));
        assert!(!rt.is_alive());
    });
}

#[test]
fn host_module_functions_are_callable_from_js() {
    coil::run_with_large_stack(|| {
        let module = HostModule::new("host:math")
            .function("add", |args| match args {
                [Value::Number(a), Value::Number(b)] => Ok(Value::Number(a + b)),
                _ => Err("add takes two numbers".into()),
            })
            .function("greet", |args| match args.first() {
                Some(Value::String(name)) => Ok(Value::String(format!("hello {name}"))),
                _ => Ok(Value::String("hello".into())),
            });
        let mut rt = Runtime::builder().host_module(module).build().unwrap();
        assert_eq!(
            rt.eval("require('host:math').add(2, 40)").unwrap(),
            Value::Number(42.0)
        );
        assert_eq!(
            rt.eval("require('host:math').greet('coil')").unwrap(),
            Value::String("hello coil".into())
        );
        match rt.eval("require('host:math').add('x')") {
            Err(Error::Js(text)) => assert!(text.contains("add takes two numbers"), "{text}"),
            other => panic!("expected the host error, got {other:?}"),
        }
    });
}

#[test]
fn process_exit_is_reported_not_fatal_to_the_host() {
    with_runtime(|rt| {
        match rt.eval("process.exit(7)") {
            Err(Error::Exit(7)) => {}
            other => panic!("expected Exit(7), got {other:?}"),
        }
        assert_eq!(rt.exit_code(), Some(7));
        assert_eq!(rt.run_event_loop(), 7);
    });
}

#[test]
fn es_modules_evaluate_with_promise_jobs_before_ticks() {
    with_runtime(|rt| {
        let options = EvalOptions {
            module: true,
            ..EvalOptions::default()
        };
        rt.eval_with(
            "globalThis.order = []; process.nextTick(() => order.push('tick')); \
             Promise.resolve().then(() => order.push('promise'));",
            &options,
        )
        .unwrap();
        rt.run_event_loop();
        assert_eq!(
            rt.eval("order.join(',')").unwrap(),
            Value::String("promise,tick".into())
        );
    });
}

#[test]
fn run_main_runs_a_file_and_its_requires() {
    let dir = std::env::temp_dir().join(format!("coil-embed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut lib = std::fs::File::create(dir.join("lib.js")).unwrap();
    writeln!(lib, "module.exports = {{ answer: 41 + 1 }};").unwrap();
    let mut main = std::fs::File::create(dir.join("main.js")).unwrap();
    writeln!(
        main,
        "globalThis.result = require('./lib').answer; setTimeout(() => {{ globalThis.later = true; }}, 1);"
    )
    .unwrap();
    let main_path = dir.join("main.js");
    with_runtime(move |rt| {
        rt.run_main(&main_path).unwrap();
        assert_eq!(rt.run_event_loop(), 0);
        assert_eq!(rt.eval("result").unwrap(), Value::Number(42.0));
        assert_eq!(rt.eval("later").unwrap(), Value::Bool(true));
    });
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn uncaught_errors_set_exit_code_one() {
    with_runtime(|rt| {
        rt.eval("setTimeout(() => { throw new Error('late') }, 1)")
            .unwrap();
        assert_eq!(rt.run_event_loop(), 1);
    });
}
