//! Byte helpers: copy bytes out of a typed array or ArrayBuffer, and make a
//! `Uint8Array` from Rust bytes.

use boa_engine::object::builtins::{AlignedVec, JsArrayBuffer, JsTypedArray, JsUint8Array};
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

/// The bytes viewed by a typed array, DataView-free: a `Uint8Array` (or any
/// typed array) or an `ArrayBuffer`.
pub fn bytes_of(value: &JsValue, ctx: &mut Context) -> JsResult<Vec<u8>> {
    let Some(obj) = value.as_object() else {
        return Err(JsNativeError::typ().with_message("expected bytes").into());
    };
    if let Ok(buffer) = JsArrayBuffer::from_object(obj.clone()) {
        return Ok(buffer.to_vec().unwrap_or_default());
    }
    let typed = JsTypedArray::from_object(obj)?;
    let offset = typed.byte_offset(ctx)?;
    let len = typed.byte_length(ctx)?;
    let buffer = typed.buffer(ctx)?;
    let buffer = buffer
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("detached buffer"))?;
    let buffer = JsArrayBuffer::from_object(buffer)?;
    let data = buffer.data();
    match data {
        Some(bytes) if offset + len <= bytes.len() => Ok(bytes[offset..offset + len].to_vec()),
        _ => Ok(Vec::new()),
    }
}

/// A new `Uint8Array` holding `bytes`.
pub fn new_uint8_array(bytes: &[u8], ctx: &mut Context) -> JsResult<JsObject> {
    let block = AlignedVec::from_slice(0, bytes);
    let buffer = JsArrayBuffer::from_byte_block(block, ctx)?;
    let array = JsUint8Array::from_array_buffer(buffer, ctx)?;
    Ok(array.into())
}
