//! Embedding Coil in a Rust program: evaluate code, expose Rust functions to
//! JS as a module, run a script with timers, and drive the event loop.
//!
//! Run with `cargo run -p coil --example embed`.

use coil::{HostModule, Runtime, Value};

fn main() {
    let code = coil::run_with_large_stack(|| {
        // Rust functions JS can `require('host:inventory')`.
        let inventory = HostModule::new("host:inventory")
            .function("price", |args| match args.first() {
                Some(Value::String(item)) if item == "coil" => Ok(Value::Number(12.5)),
                Some(Value::String(item)) => Err(format!("unknown item {item}")),
                _ => Err("price(item) takes a string".into()),
            })
            .function("log", |args| {
                println!("[rust] {args:?}");
                Ok(Value::Undefined)
            });

        let mut rt = Runtime::builder()
            .host_module(inventory)
            .build()
            .expect("build the runtime");

        // A result comes back as a Rust value.
        let total = rt
            .eval("const { price } = require('host:inventory'); price('coil') * 4")
            .expect("evaluate");
        println!("total: {total:?}");

        // Errors thrown by Rust functions are JS exceptions.
        let err = rt.eval("require('host:inventory').price('kettle')");
        println!("error: {err:?}");

        // Timers, promises and the microtask order are Node's.
        rt.eval(
            "const { log } = require('host:inventory');
             setTimeout(() => log('timer'), 10);
             setImmediate(() => log('immediate'));
             Promise.resolve().then(() => log('promise'));
             process.nextTick(() => log('nextTick'));",
        )
        .expect("schedule work");

        // Drive the loop a turn at a time, as a host with its own loop would.
        let mut turns = 0;
        while rt.run_once(true) {
            turns += 1;
        }
        println!("loop finished after {turns} blocking turn(s)");
        rt.finish()
    });
    std::process::exit(code);
}
