//! The microtask checkpoint, run after every callback that ran JS: the
//! `process.nextTick` queue, then promise jobs, until both are empty, then the
//! promise rejections seen meanwhile are handed to JS (Node's
//! `processTicksAndRejections`). Also the one place uncaught exceptions go.

use boa_engine::{Context, JsError, JsObject, JsValue};

use crate::{errors, state};

/// Call a JS callback on behalf of the event loop, then run the checkpoint.
/// A throw becomes an uncaught exception; nothing runs once the process exits.
pub fn run_callback(ctx: &mut Context, f: &JsObject, this: &JsValue, args: &[JsValue]) {
    let st = state(ctx);
    if st.exiting() {
        return;
    }
    if let Err(err) = f.call(this, args, ctx) {
        report_uncaught(ctx, err);
    }
    checkpoint(ctx);
}

/// Drain the nextTick queue and promise jobs until both are empty, then report
/// promise rejections; repeat while that scheduled more work.
pub fn checkpoint(ctx: &mut Context) {
    let st = state(ctx);
    loop {
        if st.exiting() {
            return;
        }
        loop {
            let tick = st.ticks.borrow_mut().pop_front();
            let Some((callback, args)) = tick else { break };
            if let Err(err) = callback.call(&JsValue::undefined(), &args, ctx) {
                report_uncaught(ctx, err);
            }
            if st.exiting() {
                return;
            }
        }
        if let Err(err) = st.jobs.drain(ctx) {
            report_uncaught(ctx, err);
        }
        if st.exiting() {
            return;
        }
        let rejections = std::mem::take(&mut *st.rejections.borrow_mut());
        if !rejections.is_empty() {
            if let Some(process) = st.hook("processRejections") {
                let list = errors::rejections_to_array(&rejections, ctx);
                if let Err(err) = process.call(&JsValue::undefined(), &[list], ctx) {
                    report_uncaught(ctx, err);
                }
            }
        }
        if st.ticks.borrow().is_empty() && !st.jobs.has_jobs() && st.rejections.borrow().is_empty()
        {
            return;
        }
    }
}

/// Hand an uncaught exception to the bootstrap's handler (which emits
/// `uncaughtException` or prints the error and exits with code 1).
pub fn report_uncaught(ctx: &mut Context, err: JsError) {
    let st = state(ctx);
    if st.exiting() {
        return;
    }
    let value = errors::to_value(err, ctx);
    match st.hook("onUncaught") {
        Some(handler) => {
            if let Err(second) = handler.call(&JsValue::undefined(), &[value, false.into()], ctx) {
                if st.exiting() {
                    return;
                }
                // The handler itself threw: Node exits with code 7.
                let text = errors::describe(&errors::to_value(second, ctx), ctx);
                eprintln!("{text}");
                st.exit_code.set(Some(7));
            }
        }
        None => {
            let text = errors::describe(&value, ctx);
            eprintln!("{text}");
            st.exit_code.set(Some(1));
        }
    }
}
