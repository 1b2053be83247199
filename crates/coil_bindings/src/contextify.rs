//! `internalBinding('contextify')`: compiling user code — CommonJS function
//! wrappers, plain scripts (for `-e`/`-p` and the REPL), and ES modules —
//! plus the module loader's native helpers: `require()` of an ES module, the
//! CommonJS export-name detector and the module-syntax check.

use std::path::Path;
use std::rc::Rc;

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, Module, Script, Source};
use coil_engine::esm::{analyze_cjs, esm_facade, parse_module, require_module, Loader, Required};
use coil_engine::stdlib::compile_function;
use coil_engine::util::{arg, arg_string, jstr, object_with_functions};

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(object_with_functions(
        ctx,
        &[
            ("compileFunction", compile, 3),
            ("runScript", run_script, 2),
            ("evaluateModule", evaluate_module, 2),
            ("builtinIds", builtin_ids, 0),
            ("canParseModule", can_parse_module, 2),
            ("requireModule", require_esm, 3),
            ("esmFacade", facade, 1),
            ("cjsExportNames", cjs_export_names, 1),
            ("makeContext", make_context, 0),
            ("contextGlobal", context_global, 1),
            ("runInContext", run_in_context, 3),
            ("checkSyntax", check_syntax, 2),
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

/// `evaluateModule(source, filename, url)`: parse, link and evaluate an ES
/// module cached under `url` (default: the file name); returns the evaluation
/// promise.
fn evaluate_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let url = if arg(args, 2).is_undefined() {
        filename.clone()
    } else {
        arg_string(args, 2, ctx)?
    };
    let module = parse_module(&code, Path::new(&filename), ctx)?;
    if let Some(loader) = ctx.downcast_module_loader::<Loader>() {
        Rc::clone(&loader).insert(url, module.clone());
    }
    Ok(module.load_link_evaluate(ctx).into())
}

/// `canParseModule(source, filename)`: whether the text parses as an ES
/// module (for Node's module-syntax detection of .js files).
fn can_parse_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let source = Source::from_bytes(code.as_bytes()).with_path(Path::new(&filename));
    Ok(Module::parse(source, None, ctx).is_ok().into())
}

/// `requireModule(source, filename, url)`: `[0, namespace]`, `[1]` when the
/// graph has top-level await, `[2]` when the module is mid-evaluation.
fn require_esm(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let url = arg_string(args, 2, ctx)?;
    let items: Vec<JsValue> = match require_module(&code, &filename, &url, ctx)? {
        Required::Namespace(ns) => vec![0.into(), ns.into()],
        Required::Async => vec![1.into()],
        Required::Cycle => vec![2.into()],
    };
    Ok(JsArray::from_iter(items, ctx).into())
}

/// `esmFacade(url)`: the namespace of the loaded module at `url` plus
/// `__esModule: true`.
fn facade(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let url = arg_string(args, 0, ctx)?;
    Ok(esm_facade(&url, ctx)?.into())
}

/// `cjsExportNames(source)`: `[names, reexportSpecifiers]` a static scan of
/// CommonJS source finds.
fn cjs_export_names(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg_string(args, 0, ctx)?;
    let found = analyze_cjs(&code);
    let names: Vec<JsValue> = found.exports.iter().map(|n| jstr(n)).collect();
    let reexports: Vec<JsValue> = found.reexports.iter().map(|n| jstr(n)).collect();
    let names = JsArray::from_iter(names, ctx);
    let reexports = JsArray::from_iter(reexports, ctx);
    Ok(JsArray::from_iter([names.into(), reexports.into()], ctx).into())
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

/// The realms made by `vm.createContext`, by the id JS holds.
#[derive(Default)]
struct Realms(Vec<boa_engine::realm::Realm>);

fn realms(ctx: &mut Context) -> Rc<std::cell::RefCell<Realms>> {
    if let Some(r) = ctx.get_data::<Rc<std::cell::RefCell<Realms>>>() {
        return Rc::clone(r);
    }
    let r = Rc::new(std::cell::RefCell::new(Realms::default()));
    ctx.insert_data(Rc::clone(&r));
    r
}

fn realm_arg(args: &[JsValue], ctx: &mut Context) -> JsResult<boa_engine::realm::Realm> {
    let id = arg(args, 0).to_u32(ctx)? as usize;
    realms(ctx).borrow().0.get(id).cloned().ok_or_else(|| {
        boa_engine::JsNativeError::typ()
            .with_message("unknown vm context")
            .into()
    })
}

/// `makeContext()`: a new realm (fresh globals and intrinsics); returns its id.
fn make_context(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let realm = ctx.create_realm()?;
    let all = realms(ctx);
    let mut all = all.borrow_mut();
    all.0.push(realm);
    Ok(JsValue::from((all.0.len() - 1) as u32))
}

/// `contextGlobal(id)`: the global object of a realm made by `makeContext`.
fn context_global(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let realm = realm_arg(args, ctx)?;
    let old = ctx.enter_realm(realm);
    let global = ctx.global_object();
    ctx.enter_realm(old);
    Ok(global.into())
}

/// `runInContext(id, code, filename)`: evaluate a script in that realm.
fn run_in_context(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let realm = realm_arg(args, ctx)?;
    let code = arg_string(args, 1, ctx)?;
    let filename = arg_string(args, 2, ctx)?;
    let source = Source::from_bytes(code.as_bytes()).with_path(Path::new(&filename));
    // Parsed inside the realm: Boa binds top-level `let`/`const` to the
    // global scope of the realm current at parse time.
    let outer = ctx.enter_realm(realm.clone());
    let result = Script::parse(source, Some(realm), ctx).and_then(|script| script.evaluate(ctx));
    ctx.enter_realm(outer);
    result
}

/// `checkSyntax(code, filename)`: parse a script without running it (a
/// SyntaxError is thrown as for `new vm.Script`).
fn check_syntax(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let source = Source::from_bytes(code.as_bytes()).with_path(Path::new(&filename));
    Script::parse(source, None, ctx)?;
    Ok(JsValue::undefined())
}
