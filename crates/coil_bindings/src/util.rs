//! `internalBinding('util')`: engine facts `util.inspect` needs — promise
//! state, proxy detection, constructor names, own non-index keys, and
//! previews of Map/Set entries.

use boa_engine::builtins::function::OrdinaryFunction;
use boa_engine::builtins::promise::PromiseState;
use boa_engine::object::builtins::{JsArray, JsMap, JsPromise, JsProxy, JsSet};
use boa_engine::property::PropertyKey;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use coil_engine::util::{arg, object_with_functions, set};

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    let obj = object_with_functions(
        ctx,
        &[
            ("getPromiseDetails", get_promise_details, 1),
            ("getProxyDetails", get_proxy_details, 2),
            ("getConstructorName", get_constructor_name, 1),
            ("previewEntries", preview_entries, 2),
            ("isClassConstructor", is_class_constructor, 1),
            ("getOwnNonIndexProperties", get_own_non_index_properties, 2),
        ],
    );
    let constants = JsObject::with_object_proto(ctx.intrinsics());
    for (name, value) in [
        ("kPending", 0),
        ("kFulfilled", 1),
        ("kRejected", 2),
        ("ALL_PROPERTIES", 0),
        ("ONLY_ENUMERABLE", 2),
        ("ONLY_WRITABLE", 1),
        ("ONLY_CONFIGURABLE", 4),
        ("SKIP_STRINGS", 8),
        ("SKIP_SYMBOLS", 16),
    ] {
        set(&constants, name, value, ctx);
    }
    set(&obj, "constants", constants, ctx);
    Ok(obj)
}

/// `getOwnNonIndexProperties(obj, filter)`: the own keys that are not array
/// indices, in `Reflect.ownKeys` order; `filter` is a mask of the constants
/// below (`ONLY_ENUMERABLE` 2, `SKIP_SYMBOLS` 16). Native, because the keys
/// of a 1 MiB Buffer are a million indices.
fn get_own_non_index_properties(
    _: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let Some(obj) = arg(args, 0).as_object() else {
        return Ok(JsArray::new(ctx)?.into());
    };
    let filter = arg(args, 1).as_number().unwrap_or(0.0) as u32;
    let is_enumerable = ctx
        .intrinsics()
        .constructors()
        .object()
        .prototype()
        .get(js_string!("propertyIsEnumerable"), ctx)?;
    let mut out = Vec::new();
    for key in obj.own_property_keys(ctx)? {
        match key {
            PropertyKey::Index(_) => continue,
            PropertyKey::Symbol(_) if filter & 16 != 0 => continue,
            _ => {}
        }
        let key = JsValue::from(key);
        if filter & 2 != 0 {
            let enumerable = match is_enumerable.as_callable() {
                Some(f) => f.call(&obj.clone().into(), std::slice::from_ref(&key), ctx)?,
                None => JsValue::from(true),
            };
            if !enumerable.to_boolean() {
                continue;
            }
        }
        out.push(key);
    }
    Ok(JsArray::from_iter(out, ctx).into())
}

/// `[state, result]` (result omitted while pending).
fn get_promise_details(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(promise) = arg(args, 0)
        .as_object()
        .and_then(|o| JsPromise::from_object(o).ok())
    else {
        return Ok(JsValue::undefined());
    };
    let items = match promise.state() {
        PromiseState::Pending => vec![JsValue::from(0)],
        PromiseState::Fulfilled(v) => vec![JsValue::from(1), v],
        PromiseState::Rejected(v) => vec![JsValue::from(2), v],
    };
    Ok(JsArray::from_iter(items, ctx).into())
}

/// Boa does not expose a proxy's target and handler: for a proxy this returns
/// `null` (so inspect prints it through its traps), `undefined` otherwise.
fn get_proxy_details(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let is_proxy = arg(args, 0)
        .as_object()
        .is_some_and(|o| JsProxy::from_object(o).is_ok());
    Ok(if is_proxy {
        JsValue::null()
    } else {
        JsValue::undefined()
    })
}

/// The name of the first constructor found on the prototype chain.
fn get_constructor_name(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut current = arg(args, 0).as_object();
    while let Some(obj) = current {
        let ctor = obj.get(js_string!("constructor"), ctx).unwrap_or_default();
        if let Some(ctor) = ctor.as_object() {
            let name = ctor.get(js_string!("name"), ctx).unwrap_or_default();
            if let Some(name) = name.as_string() {
                if !name.is_empty() {
                    return Ok(name.into());
                }
            }
        }
        current = obj.prototype();
    }
    Ok(js_string!("").into())
}

/// `previewEntries(obj, isIterator)`: the entries of a Map or Set (as a flat
/// key/value list for maps). Iterators and weak collections cannot be
/// previewed in Boa: `undefined`.
fn preview_entries(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = arg(args, 0).as_object() else {
        return Ok(JsValue::undefined());
    };
    let is_iterator = arg(args, 1).to_boolean();
    let mut entries = Vec::new();
    let key_value;
    if let Ok(map) = JsMap::from_object(obj.clone()) {
        key_value = true;
        let iter: JsValue = map.entries(ctx)?.into();
        while let Some(pair) = next_value(&iter, ctx)? {
            if let Some(pair) = pair.as_object() {
                entries.push(pair.get(0, ctx)?);
                entries.push(pair.get(1, ctx)?);
            }
        }
    } else if let Ok(set) = JsSet::from_object(obj) {
        key_value = false;
        let iter: JsValue = set.values(ctx)?.into();
        while let Some(v) = next_value(&iter, ctx)? {
            entries.push(v);
        }
    } else {
        return Ok(JsValue::undefined());
    }
    let list = JsArray::from_iter(entries, ctx);
    if is_iterator {
        Ok(JsArray::from_iter([list.into(), key_value.into()], ctx).into())
    } else {
        Ok(list.into())
    }
}

fn next_value(iter: &JsValue, ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let Some(iter) = iter.as_object() else {
        return Ok(None);
    };
    let next = iter.get(js_string!("next"), ctx)?;
    let Some(next) = next.as_callable() else {
        return Ok(None);
    };
    let result = next.call(&iter.clone().into(), &[], ctx)?;
    let Some(result) = result.as_object() else {
        return Ok(None);
    };
    if result.get(js_string!("done"), ctx)?.to_boolean() {
        return Ok(None);
    }
    Ok(Some(result.get(js_string!("value"), ctx)?))
}

/// `isClassConstructor(fn)`: a function defined with `class` syntax. Boa keeps
/// no source text for classes, so this looks at what classes alone have: an
/// ordinary (non-native) function whose `prototype` is not writable.
fn is_class_constructor(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = arg(args, 0).as_object() else {
        return Ok(false.into());
    };
    if !obj.is::<OrdinaryFunction>() {
        return Ok(false.into());
    }
    let get_own = ctx
        .intrinsics()
        .constructors()
        .object()
        .constructor()
        .get(js_string!("getOwnPropertyDescriptor"), ctx)?;
    let Some(get_own) = get_own.as_callable() else {
        return Ok(false.into());
    };
    let desc = get_own.call(
        &JsValue::undefined(),
        &[obj.into(), js_string!("prototype").into()],
        ctx,
    )?;
    let Some(desc) = desc.as_object() else {
        return Ok(false.into());
    };
    let writable = desc.get(js_string!("writable"), ctx)?.to_boolean();
    Ok((!writable).into())
}
