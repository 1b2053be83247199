//! [`Value`]: JS values as plain Rust data, for results handed to embedders and
//! arguments of host functions.

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsString, JsValue};

/// A JS value converted to Rust. Objects become key/value lists (own
/// enumerable string keys, in order); functions and symbols become their
/// string form.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `undefined`.
    Undefined,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A bigint, as its decimal digits.
    BigInt(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's own enumerable string-keyed properties.
    Object(Vec<(String, Value)>),
}

/// How deep nested objects are converted before the rest is cut off.
const MAX_DEPTH: usize = 64;

impl Value {
    /// Convert a JS value (a reference back to an enclosing object, and
    /// nesting deeper than 64, become `Undefined`).
    pub fn from_js(value: &JsValue, ctx: &mut Context) -> Value {
        Self::convert(value, ctx, &mut Vec::new())
    }

    fn convert(value: &JsValue, ctx: &mut Context, ancestors: &mut Vec<JsObject>) -> Value {
        if value.is_undefined() {
            return Value::Undefined;
        }
        if value.is_null() {
            return Value::Null;
        }
        if let Some(b) = value.as_boolean() {
            return Value::Bool(b);
        }
        if let Some(n) = value.as_number() {
            return Value::Number(n);
        }
        if let Some(s) = value.as_string() {
            return Value::String(s.to_std_string_escaped());
        }
        if let Some(b) = value.as_bigint() {
            return Value::BigInt(b.to_string());
        }
        let Some(obj) = value.as_object() else {
            return Value::String(
                value
                    .to_string(ctx)
                    .map(|s| s.to_std_string_escaped())
                    .unwrap_or_default(),
            );
        };
        if ancestors.len() >= MAX_DEPTH || obj.is_callable() || ancestors.contains(&obj) {
            return Value::Undefined;
        }
        ancestors.push(obj.clone());
        let converted = Self::convert_object(&obj, ctx, ancestors);
        ancestors.pop();
        converted
    }

    fn convert_object(obj: &JsObject, ctx: &mut Context, ancestors: &mut Vec<JsObject>) -> Value {
        if obj.is_array() {
            let len = obj
                .get(js_string!("length"), ctx)
                .and_then(|l| l.to_length(ctx))
                .unwrap_or(0);
            let items = (0..len)
                .map(|i| {
                    let v = obj.get(i, ctx).unwrap_or_default();
                    Self::convert(&v, ctx, ancestors)
                })
                .collect();
            return Value::Array(items);
        }
        Value::Object(Self::entries(obj, ctx, ancestors))
    }

    fn entries(
        obj: &JsObject,
        ctx: &mut Context,
        ancestors: &mut Vec<JsObject>,
    ) -> Vec<(String, Value)> {
        let keys = ctx
            .intrinsics()
            .constructors()
            .object()
            .constructor()
            .get(js_string!("keys"), ctx)
            .ok()
            .and_then(|f| f.as_callable())
            .and_then(|f| {
                f.call(&JsValue::undefined(), &[obj.clone().into()], ctx)
                    .ok()
            });
        let mut out = Vec::new();
        if let Some(keys) = keys.and_then(|k| k.as_object()) {
            let len = keys
                .get(js_string!("length"), ctx)
                .and_then(|l| l.to_length(ctx))
                .unwrap_or(0);
            for i in 0..len {
                let key = keys.get(i, ctx).unwrap_or_default();
                let Some(key) = key.as_string() else { continue };
                let v = obj.get(key.clone(), ctx).unwrap_or_default();
                out.push((
                    key.to_std_string_escaped(),
                    Self::convert(&v, ctx, ancestors),
                ));
            }
        }
        out
    }

    /// Convert to a JS value.
    pub fn to_js(&self, ctx: &mut Context) -> JsValue {
        match self {
            Value::Undefined => JsValue::undefined(),
            Value::Null => JsValue::null(),
            Value::Bool(b) => (*b).into(),
            Value::Number(n) => (*n).into(),
            Value::BigInt(s) => boa_engine::JsBigInt::from_string(s)
                .map(JsValue::from)
                .unwrap_or_default(),
            Value::String(s) => JsString::from(s.as_str()).into(),
            Value::Array(items) => {
                let values: Vec<JsValue> = items.iter().map(|v| v.to_js(ctx)).collect();
                JsArray::from_iter(values, ctx).into()
            }
            Value::Object(entries) => {
                let obj = JsObject::with_object_proto(ctx.intrinsics());
                for (k, v) in entries {
                    let v = v.to_js(ctx);
                    let _ = obj.set(JsString::from(k.as_str()), v, false, ctx);
                }
                obj.into()
            }
        }
    }
}
