//! `internalBinding('timers')`: one loop timer per JS `Timeout`, the check and
//! idle handles behind `setImmediate`, and the cached loop time.
//!
//! A timer's callback hands its `Timeout` object to the JS hook `onTimeout`;
//! the check handle calls the JS hook `processImmediates`. Both run through
//! [`coil_engine::run_callback`], so the microtask checkpoint follows each.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};
use coil_engine::util::{arg, arg_number, arg_object, object_with_functions};
use coil_engine::{run_callback, state, Loop};
use coil_loop::HandleId;

/// Per-runtime timer state: live timer handles by the id JS holds, and the
/// immediate handles.
#[derive(Default)]
struct TimerState {
    handles: HashMap<u64, HandleId>,
    immediate: Option<(HandleId, HandleId)>,
}

fn timer_state(ctx: &mut Context) -> Rc<RefCell<TimerState>> {
    if let Some(st) = ctx.get_data::<Rc<RefCell<TimerState>>>() {
        return Rc::clone(st);
    }
    let st = Rc::new(RefCell::new(TimerState::default()));
    ctx.insert_data(Rc::clone(&st));
    st
}

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(object_with_functions(
        ctx,
        &[
            ("start", start, 3),
            ("stop", stop, 1),
            ("setRef", set_ref, 2),
            ("hasRef", has_ref, 1),
            ("getLibuvNow", get_libuv_now, 0),
            ("toggleImmediateRef", toggle_immediate_ref, 1),
        ],
    ))
}

fn handle_id(value: &JsValue, ctx: &mut Context) -> JsResult<u64> {
    let n = value.to_number(ctx)?;
    if n.is_finite() && n >= 0.0 {
        Ok(n as u64)
    } else {
        Err(JsNativeError::typ().with_message("invalid timer id").into())
    }
}

/// `start(timeout, ms, id)`: (re)start the loop timer behind `timeout`. `id` is
/// 0 for a timeout without a live handle; returns the handle's id.
fn start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let timeout = arg_object(args, 0, "timeout")?;
    let ms = arg_number(args, 1, ctx)?;
    let existing = handle_id(&arg(args, 2), ctx)?;
    let st = state(ctx);
    let timers = timer_state(ctx);
    let ms = if ms.is_finite() && ms >= 1.0 {
        ms as u64
    } else {
        1
    };
    let live = timers.borrow().handles.get(&existing).copied();
    let handle = match live {
        Some(h) => h,
        None => {
            let h = st
                .lp
                .timer_init(Rc::new(move |ctx: &mut Context, _: &Loop, _| {
                    fire(ctx, &timeout);
                }));
            timers.borrow_mut().handles.insert(h.as_u64(), h);
            h
        }
    };
    // Node reads the clock when a JS timer starts (its getLibuvNow updates
    // the loop time first), so the delay counts from now, not from the start
    // of the iteration.
    st.lp.update_time();
    st.lp.timer_start(handle, ms, 0);
    Ok(JsValue::from(handle.as_u64() as f64))
}

fn fire(ctx: &mut Context, timeout: &JsObject) {
    let st = state(ctx);
    if let Some(hook) = st.hook("onTimeout") {
        run_callback(ctx, &hook, &JsValue::undefined(), &[timeout.clone().into()]);
    }
}

/// `stop(id)`: stop and close the handle (a later `start` makes a new one).
fn stop(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = handle_id(&arg(args, 0), ctx)?;
    let st = state(ctx);
    let timers = timer_state(ctx);
    let removed = timers.borrow_mut().handles.remove(&id);
    if let Some(h) = removed {
        st.lp.close(h, None);
    }
    Ok(JsValue::undefined())
}

/// `setRef(id, bool)`.
fn set_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = handle_id(&arg(args, 0), ctx)?;
    let referenced = arg(args, 1).to_boolean();
    let st = state(ctx);
    let timers = timer_state(ctx);
    let handle = timers.borrow().handles.get(&id).copied();
    if let Some(h) = handle {
        if referenced {
            st.lp.ref_handle(h);
        } else {
            st.lp.unref_handle(h);
        }
    }
    Ok(JsValue::undefined())
}

/// `hasRef(id)`.
fn has_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = handle_id(&arg(args, 0), ctx)?;
    let st = state(ctx);
    let timers = timer_state(ctx);
    let handle = timers.borrow().handles.get(&id).copied();
    Ok(handle.is_some_and(|h| st.lp.has_ref(h)).into())
}

/// `getLibuvNow()`: the loop time in ms, refreshed first as Node's is.
fn get_libuv_now(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let st = state(ctx);
    st.lp.update_time();
    Ok(JsValue::from(st.lp.now() as f64))
}

/// `toggleImmediateRef(bool)`: while referenced immediates wait, an idle handle
/// keeps the loop alive and the poll phase from blocking. The check handle that
/// runs them is created on first use and stays unreferenced.
fn toggle_immediate_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let on = arg(args, 0).to_boolean();
    let st = state(ctx);
    let timers = timer_state(ctx);
    let existing = timers.borrow().immediate;
    let (check, idle) = match existing {
        Some(pair) => pair,
        None => {
            let check = st.lp.check_init(Rc::new(|ctx: &mut Context, _: &Loop, _| {
                let st = state(ctx);
                if let Some(hook) = st.hook("processImmediates") {
                    run_callback(ctx, &hook, &JsValue::undefined(), &[]);
                }
            }));
            st.lp.start(check);
            st.lp.unref_handle(check);
            let idle = st.lp.idle_init(Rc::new(|_: &mut Context, _: &Loop, _| {}));
            timers.borrow_mut().immediate = Some((check, idle));
            (check, idle)
        }
    };
    let _ = check;
    if on {
        st.lp.start(idle);
    } else {
        st.lp.stop_handle(idle);
    }
    Ok(JsValue::undefined())
}
