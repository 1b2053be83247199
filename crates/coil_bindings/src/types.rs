//! `internalBinding('types')`: the engine-level type checks behind
//! `util.types` (which kind of built-in object a value is).

use boa_engine::builtins::error::Error as ErrorData;
use boa_engine::builtins::typed_array::TypedArrayKind;
use boa_engine::module::ModuleNamespace;
use boa_engine::object::builtins::{
    JsArrayBuffer, JsAsyncGenerator, JsDataView, JsDate, JsGenerator, JsMap, JsMapIterator,
    JsPromise, JsProxy, JsRegExp, JsSet, JsSetIterator, JsSharedArrayBuffer, JsTypedArray,
    JsWeakMap, JsWeakSet,
};
use boa_engine::{js_string, Context, JsBigInt, JsObject, JsResult, JsString, JsSymbol, JsValue};
use coil_engine::util::{arg, object_with_functions, NativeFn};

macro_rules! check {
    ($name:ident, |$o:ident, $ctx:ident| $body:expr) => {
        fn $name(_: &JsValue, args: &[JsValue], $ctx: &mut Context) -> JsResult<JsValue> {
            let _ = &$ctx;
            Ok(match arg(args, 0).as_object() {
                Some($o) => JsValue::from($body),
                None => JsValue::from(false),
            })
        }
    };
}

check!(is_date, |o, c| JsDate::from_object(o).is_ok());
check!(is_regexp, |o, c| JsRegExp::from_object(o).is_ok());
check!(is_map, |o, c| JsMap::from_object(o).is_ok());
check!(is_set, |o, c| JsSet::from_object(o).is_ok());
check!(is_weak_map, |o, c| JsWeakMap::from_object(o).is_ok());
check!(is_weak_set, |o, c| JsWeakSet::from_object(o).is_ok());
check!(is_map_iterator, |o, c| JsMapIterator::from_object(o)
    .is_ok());
check!(is_set_iterator, |o, c| JsSetIterator::from_object(o)
    .is_ok());
check!(is_promise, |o, c| JsPromise::from_object(o).is_ok());
check!(is_proxy, |o, c| JsProxy::from_object(o).is_ok());
check!(is_data_view, |o, c| JsDataView::from_object(o).is_ok());
check!(is_array_buffer, |o, c| JsArrayBuffer::from_object(o)
    .is_ok());
check!(is_shared_array_buffer, |o, c| {
    JsSharedArrayBuffer::from_object(o).is_ok()
});
check!(is_any_array_buffer, |o, c| JsArrayBuffer::from_object(
    o.clone()
)
.is_ok()
    || JsSharedArrayBuffer::from_object(o).is_ok());
check!(is_typed_array, |o, c| JsTypedArray::from_object(o).is_ok());
check!(is_array_buffer_view, |o, c| JsTypedArray::from_object(
    o.clone()
)
.is_ok()
    || JsDataView::from_object(o).is_ok());
check!(is_native_error, |o, c| o.is::<ErrorData>());
check!(is_number_object, |o, c| o.is::<f64>());
check!(is_string_object, |o, c| o.is::<JsString>());
check!(is_boolean_object, |o, c| o.is::<bool>());
check!(is_bigint_object, |o, c| o.is::<JsBigInt>());
check!(is_symbol_object, |o, c| o.is::<JsSymbol>());
check!(is_boxed_primitive, |o, c| o.is::<f64>()
    || o.is::<JsString>()
    || o.is::<bool>()
    || o.is::<JsBigInt>()
    || o.is::<JsSymbol>());
check!(is_generator_object, |o, c| JsGenerator::from_object(
    o.clone()
)
.is_ok()
    || JsAsyncGenerator::from_object(o).is_ok());
check!(is_module_namespace_object, |o, c| o.is::<ModuleNamespace>());
check!(is_async_function, |o, ctx| o.is_callable() && {
    let protos = ctx.intrinsics().constructors();
    let asyncs = [
        protos.async_function().prototype(),
        protos.async_generator_function().prototype(),
    ];
    o.prototype().is_some_and(|p| asyncs.contains(&p))
});
check!(is_generator_function, |o, ctx| o.is_callable() && {
    let protos = ctx.intrinsics().constructors();
    let gens = [
        protos.generator_function().prototype(),
        protos.async_generator_function().prototype(),
    ];
    o.prototype().is_some_and(|p| gens.contains(&p))
});
check!(is_arguments_object, |o, ctx| {
    let to_string = ctx
        .intrinsics()
        .constructors()
        .object()
        .prototype()
        .get(js_string!("toString"), ctx)
        .ok()
        .and_then(|f| f.as_callable());
    to_string
        .and_then(|f| f.call(&o.clone().into(), &[], ctx).ok())
        .and_then(|v| v.as_string())
        .is_some_and(|s| s.to_std_string_escaped() == "[object Arguments]")
});

fn is_external(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(false.into())
}

fn typed_kind(value: &JsValue) -> Option<TypedArrayKind> {
    value
        .as_object()
        .and_then(|o| JsTypedArray::from_object(o).ok())
        .and_then(|t| t.kind())
}

macro_rules! kind_check {
    ($name:ident, $kind:ident) => {
        fn $name(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
            Ok((typed_kind(&arg(args, 0)) == Some(TypedArrayKind::$kind)).into())
        }
    };
}

kind_check!(is_uint8_array, Uint8);
kind_check!(is_uint8_clamped_array, Uint8Clamped);
kind_check!(is_uint16_array, Uint16);
kind_check!(is_uint32_array, Uint32);
kind_check!(is_int8_array, Int8);
kind_check!(is_int16_array, Int16);
kind_check!(is_int32_array, Int32);
kind_check!(is_float32_array, Float32);
kind_check!(is_float64_array, Float64);
kind_check!(is_bigint64_array, BigInt64);
kind_check!(is_biguint64_array, BigUint64);

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    let functions: &[(&str, NativeFn, usize)] = &[
        ("isExternal", is_external, 1),
        ("isDate", is_date, 1),
        ("isArgumentsObject", is_arguments_object, 1),
        ("isBigIntObject", is_bigint_object, 1),
        ("isBooleanObject", is_boolean_object, 1),
        ("isNumberObject", is_number_object, 1),
        ("isStringObject", is_string_object, 1),
        ("isSymbolObject", is_symbol_object, 1),
        ("isBoxedPrimitive", is_boxed_primitive, 1),
        ("isNativeError", is_native_error, 1),
        ("isRegExp", is_regexp, 1),
        ("isAsyncFunction", is_async_function, 1),
        ("isGeneratorFunction", is_generator_function, 1),
        ("isGeneratorObject", is_generator_object, 1),
        ("isPromise", is_promise, 1),
        ("isMap", is_map, 1),
        ("isSet", is_set, 1),
        ("isMapIterator", is_map_iterator, 1),
        ("isSetIterator", is_set_iterator, 1),
        ("isWeakMap", is_weak_map, 1),
        ("isWeakSet", is_weak_set, 1),
        ("isArrayBuffer", is_array_buffer, 1),
        ("isDataView", is_data_view, 1),
        ("isSharedArrayBuffer", is_shared_array_buffer, 1),
        ("isProxy", is_proxy, 1),
        ("isModuleNamespaceObject", is_module_namespace_object, 1),
        ("isAnyArrayBuffer", is_any_array_buffer, 1),
        ("isArrayBufferView", is_array_buffer_view, 1),
        ("isTypedArray", is_typed_array, 1),
        ("isUint8Array", is_uint8_array, 1),
        ("isUint8ClampedArray", is_uint8_clamped_array, 1),
        ("isUint16Array", is_uint16_array, 1),
        ("isUint32Array", is_uint32_array, 1),
        ("isInt8Array", is_int8_array, 1),
        ("isInt16Array", is_int16_array, 1),
        ("isInt32Array", is_int32_array, 1),
        ("isFloat32Array", is_float32_array, 1),
        ("isFloat64Array", is_float64_array, 1),
        ("isBigInt64Array", is_bigint64_array, 1),
        ("isBigUint64Array", is_biguint64_array, 1),
    ];
    Ok(object_with_functions(ctx, functions))
}
