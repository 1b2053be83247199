//! `internalBinding('contextify')`: compiling user code — CommonJS function
//! wrappers, plain scripts (for `-e`/`-p` and the REPL), and ES modules.

use std::path::Path;
use std::rc::Rc;

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, Script, Source};
use coil_engine::esm::{parse_module, Loader};
use coil_engine::stdlib::compile_function;
use coil_engine::util::{arg, arg_string, object_with_functions};

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(object_with_functions(
        ctx,
        &[
            ("compileFunction", compile, 3),
            ("runScript", run_script, 2),
            ("evaluateModule", evaluate_module, 2),
            ("builtinIds", builtin_ids, 0),
        ],
    ))
}

/// `compileFunction(code, filename, params)`: a function whose body is `code`.
fn compile(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let mut params = Vec::new();
    if let Some(list) = arg(args, 2).as_object() {
        let len = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
        for i in 0..len {
            params.push(list.get(i, ctx)?.to_string(ctx)?.to_std_string_escaped());
        }
    }
    let params: Vec<&str> = params.iter().map(String::as_str).collect();
    Ok(compile_function(&code, &filename, &params, ctx)?.into())
}

/// `runScript(code, filename)`: evaluate as a global script; returns the
/// completion value (what `-p` prints).
fn run_script(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let source = Source::from_bytes(code.as_bytes()).with_path(Path::new(&filename));
    let script = Script::parse(source, None, ctx)?;
    script.evaluate(ctx)
}

/// `evaluateModule(source, filename)`: parse, link and evaluate an ES module;
/// returns the evaluation promise.
fn evaluate_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let module = parse_module(&code, Path::new(&filename), ctx)?;
    if let Some(loader) = ctx.downcast_module_loader::<Loader>() {
        Rc::clone(&loader).insert(format!("esm:{filename}"), module.clone());
    }
    Ok(module.load_link_evaluate(ctx).into())
}

/// `builtinIds()`: ids of every embedded stdlib module (internal ones too; the
/// loader filters them).
fn builtin_ids(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let st = coil_engine::state(ctx);
    let ids: Vec<JsValue> = st
        .stdlib
        .ids()
        .into_iter()
        .map(|id| coil_engine::util::jstr(&id))
        .collect();
    Ok(boa_engine::object::builtins::JsArray::from_iter(ids, ctx).into())
}
