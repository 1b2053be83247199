//! The `internalBinding` registry: one ordered list of native binding modules,
//! each created on first use and cached. Reachable from stdlib code only.

use std::cell::RefCell;
use std::collections::HashMap;

use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};

/// Creates a binding's object of native functions.
pub type BindingInit = fn(&mut Context) -> JsResult<JsObject>;

/// Binding modules by name, in registration order.
pub struct BindingRegistry {
    inits: Vec<(&'static str, BindingInit)>,
    cache: RefCell<HashMap<&'static str, JsObject>>,
}

impl BindingRegistry {
    /// A registry over `inits` (name, constructor), in the order given.
    pub fn new(inits: Vec<(&'static str, BindingInit)>) -> Self {
        BindingRegistry {
            inits,
            cache: RefCell::default(),
        }
    }

    /// The names registered, in order.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.inits.iter().map(|(name, _)| *name)
    }

    /// The binding object for `name`, created on first use.
    pub fn get(&self, name: &str, ctx: &mut Context) -> JsResult<JsObject> {
        if let Some(obj) = self.cache.borrow().get(name) {
            return Ok(obj.clone());
        }
        let Some((key, init)) = self.inits.iter().find(|(n, _)| *n == name) else {
            return Err(JsNativeError::error()
                .with_message(format!("No such binding: {name}"))
                .into());
        };
        let obj = init(ctx)?;
        self.cache.borrow_mut().insert(key, obj.clone());
        Ok(obj)
    }
}

/// The `internalBinding(name)` function handed to stdlib modules.
pub fn internal_binding(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = args
        .first()
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_escaped())
        .ok_or_else(|| JsNativeError::typ().with_message("binding name must be a string"))?;
    let st = crate::state(ctx);
    let obj = st.bindings.get(&name, ctx)?;
    Ok(obj.into())
}
