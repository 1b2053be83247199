//! `internalBinding('url')`: native half of `node:url` (being built; see the
//! Core library issue).

use boa_engine::{Context, JsObject, JsResult};
use coil_engine::util::object_with_functions;

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(object_with_functions(ctx, &[]))
}
