//! Lending the bytes of a JS `ArrayBuffer` to a thread-pool request without
//! copying them (an async `fs.write` of a 64 MiB Buffer writes straight from
//! its memory, as Node does).
//!
//! The memory must stay where it is until the request is done. The engine
//! frees or moves an ArrayBuffer's storage only when it collects the buffer
//! or detaches it (`transfer()`, `transferToFixedLength()`; Boa 0.22 as built
//! here does not define them, but a build that does is covered). `resize()`
//! never moves it: a resizable buffer allocates its maximum length up front.
//! A [`Lent`] holds the buffer (so it is not collected) and pins it:
//! [`install`] replaces the detaching methods of `ArrayBuffer.prototype`, if
//! present, with wrappers that throw a `TypeError` for a pinned buffer, before
//! any script runs, so the engine's own functions are never reachable from
//! JS. If the runtime is torn down while a request still uses the memory, the
//! storage is leaked instead of freed.
//!
//! The pool side gets a [`LentBytes`]: a pointer and a length to hand to a
//! syscall (a write reads the bytes, a read fills them). No Rust reference
//! to the bytes is made off the JS thread: JS may keep using the buffer
//! while the kernel reads or fills it, as it may in Node.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use boa_engine::object::builtins::JsArrayBuffer;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction,
};

/// The pinned ArrayBuffers and how many requests use each.
#[derive(Default)]
struct Pins(RefCell<HashMap<JsObject, usize>>);

fn pins(ctx: &mut Context) -> Rc<Pins> {
    if let Some(p) = ctx.get_data::<Rc<Pins>>() {
        return Rc::clone(p);
    }
    let p = Rc::new(Pins::default());
    ctx.insert_data(Rc::clone(&p));
    p
}

/// Replace `ArrayBuffer.prototype.{transfer, transferToFixedLength}` (where
/// the engine defines them) with wrappers that refuse to detach a pinned
/// buffer. Called once when the context is created, before any script runs.
pub fn install(ctx: &mut Context) -> JsResult<()> {
    pins(ctx);
    let proto = ctx.intrinsics().constructors().array_buffer().prototype();
    for name in ["transfer", "transferToFixedLength"] {
        let key = JsString::from(name);
        let Some(original) = proto.get(key.clone(), ctx)?.as_object() else {
            continue;
        };
        let length = original.get(js_string!("length"), ctx)?.to_length(ctx)? as usize;
        let wrapper = NativeFunction::from_copy_closure_with_captures(
            move |this, args, original: &JsObject, ctx| {
                if let Some(buffer) = this.as_object() {
                    if pins(ctx).0.borrow().contains_key(&buffer) {
                        return Err(JsNativeError::typ()
                            .with_message(format!(
                                "Cannot {name} an ArrayBuffer while a file system request uses its memory"
                            ))
                            .into());
                    }
                }
                original.call(this, args, ctx)
            },
            original,
        );
        let function = FunctionObjectBuilder::new(ctx.realm(), wrapper)
            .name(key.clone())
            .length(length)
            .constructor(false)
            .build();
        proto.define_property_or_throw(
            key,
            PropertyDescriptor::builder()
                .value(function)
                .writable(true)
                .enumerable(false)
                .configurable(true),
            ctx,
        )?;
    }
    Ok(())
}

/// The JS-thread half of a loan: keeps the buffer alive and pinned until it
/// is dropped (which must happen on the JS thread, after the request is done).
pub struct Lent {
    buffer: JsArrayBuffer,
    pins: Rc<Pins>,
    done: Arc<AtomicBool>,
}

/// The pool-thread half of a loan: where the bytes are. Dropping it tells
/// the JS side the memory is no longer used.
pub struct LentBytes {
    ptr: *const u8,
    len: usize,
    done: Arc<AtomicBool>,
}

// SAFETY: `LentBytes` is a pointer and a length into memory that the paired
// `Lent` keeps allocated and in place until `done` is set (or leaks); it never
// dereferences the pointer itself.
unsafe impl Send for LentBytes {}

impl LentBytes {
    /// The start of the bytes (valid for [`LentBytes::len`] bytes while
    /// `self` lives). Hand it to a syscall; do not make a Rust reference
    /// from it while JS may write to the buffer.
    pub fn as_ptr(&self) -> *const u8 {
        self.ptr
    }

    /// The start of the bytes for writing into them (a read into the
    /// buffer): the storage is the ArrayBuffer's own, writable memory.
    pub fn as_mut_ptr(&self) -> *mut u8 {
        self.ptr.cast_mut()
    }

    /// How many bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Drop for LentBytes {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Release);
    }
}

/// Lend `len` bytes of `buffer` from `offset` (clamped to the buffer: a range
/// past its end lends nothing).
pub fn lend(
    buffer: &JsArrayBuffer,
    offset: usize,
    len: usize,
    ctx: &mut Context,
) -> (Lent, LentBytes) {
    let pins = pins(ctx);
    let (ptr, len) = match buffer.data() {
        Some(d) if offset <= d.len() => {
            let len = len.min(d.len() - offset);
            // SAFETY: `offset <= d.len()`, so the pointer stays within (or
            // one past) the storage.
            (unsafe { d.as_ptr().add(offset) }, len)
        }
        _ => (std::ptr::NonNull::<u8>::dangling().as_ptr().cast_const(), 0),
    };
    let key: JsObject = buffer.clone().into();
    *pins.0.borrow_mut().entry(key).or_insert(0) += 1;
    let done = Arc::new(AtomicBool::new(false));
    (
        Lent {
            buffer: buffer.clone(),
            pins,
            done: Arc::clone(&done),
        },
        LentBytes { ptr, len, done },
    )
}

impl Drop for Lent {
    fn drop(&mut self) {
        let key: JsObject = self.buffer.clone().into();
        {
            let mut map = self.pins.0.borrow_mut();
            if let Some(count) = map.get_mut(&key) {
                *count -= 1;
                if *count == 0 {
                    map.remove(&key);
                }
            }
        }
        if !self.done.load(Ordering::Acquire) {
            // The request still runs (the runtime is being torn down): keep
            // the memory allocated for it by leaking the buffer's storage.
            if let Ok(storage) = self.buffer.detach(&JsValue::undefined()) {
                std::mem::forget(storage);
            }
        }
    }
}
