//! The ES module loader. Boa asks it for each `import` (static or dynamic);
//! it asks the JS resolver (`internal/modules/esm`'s `resolve`) what the
//! specifier names — a builtin, an ES module, a CommonJS module or a JSON
//! file, with Node's resolution and errors — and builds the module record:
//! source text modules are parsed here; builtins, CommonJS modules and JSON
//! become synthetic modules (`default` = `module.exports` plus named exports)
//! whose values JS supplies when the graph evaluates them. Modules are cached
//! by URL, so each is evaluated
//! once. Also `require()` of an ES module (loaded, linked and evaluated
//! synchronously), the `__esModule` facade Node gives such a module, and the
//! CommonJS export-name detector ([`cjs_lexer`]).

pub mod cjs_lexer;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use boa_engine::builtins::promise::PromiseState;
use boa_engine::module::{ModuleLoader, ModuleRequest, Referrer, SyntheticModuleInitializer};
use boa_engine::object::builtins::JsPromise;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, Module,
    NativeFunction, Source,
};

use crate::state;

pub use cjs_lexer::{analyze as analyze_cjs, CjsExports};

/// Specifiers with this prefix name a cached module by its key; only the
/// facades this loader writes use them.
const CACHED_PREFIX: &str = "\u{0}coil-cached:";

/// Caches modules by key (their URL, or `node:<id>`) so each is evaluated
/// once, and remembers each module's URL for `import.meta`.
#[derive(Default)]
pub struct Loader {
    modules: RefCell<HashMap<String, Module>>,
    urls: RefCell<HashMap<Module, String>>,
    /// Keys of synthetic modules (CommonJS, JSON, builtins).
    synthetic: RefCell<HashSet<String>>,
}

impl Loader {
    /// Register `module` under `key` (its URL), as the entry module is.
    pub fn insert(&self, key: String, module: Module) {
        self.urls.borrow_mut().insert(module.clone(), key.clone());
        self.modules.borrow_mut().insert(key, module);
    }

    /// The module cached under `key`.
    pub fn get(&self, key: &str) -> Option<Module> {
        self.modules.borrow().get(key).cloned()
    }

    /// The URL `module` was loaded from.
    pub fn url_of(&self, module: &Module) -> Option<String> {
        self.urls.borrow().get(module).cloned()
    }
}

/// Parse `source` as an ES module whose file name is `path`.
pub fn parse_module(source: &str, path: &Path, ctx: &mut Context) -> JsResult<Module> {
    let src = Source::from_bytes(source.as_bytes()).with_path(path);
    Module::parse(src, None, ctx)
}

/// `default` followed by `names` without another `default`.
fn with_default(names: &[JsString]) -> Vec<JsString> {
    let mut all: Vec<JsString> = vec![js_string!("default")];
    all.extend(
        names
            .iter()
            .filter(|n| **n != js_string!("default"))
            .cloned(),
    );
    all
}

/// A module whose names are known when linking and whose values come from
/// JS when the graph evaluates it (in import order, as in Node): CommonJS
/// (names from a static scan of the source), JSON and builtins. `evaluate`
/// returns `[default value, [value for each name]]`.
pub fn synthetic_module(
    names: &[JsString],
    evaluate: JsObject,
    path: Option<PathBuf>,
    ctx: &mut Context,
) -> Module {
    let all = with_default(names);
    let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
        |module, captures: &(JsObject, Vec<JsString>), ctx| {
            let (evaluate, names) = captures;
            let result = evaluate.call(&JsValue::undefined(), &[], ctx)?;
            let result = result
                .as_object()
                .ok_or_else(|| JsNativeError::typ().with_message("bad CommonJS evaluation"))?;
            let exports = result.get(0, ctx)?;
            let values = result.get(1, ctx)?;
            let values = values.as_object();
            let mut index = 0u32;
            for name in names {
                if *name == js_string!("default") {
                    module.set_export(name, exports.clone())?;
                    continue;
                }
                let value = match &values {
                    Some(list) => list.get(index, ctx)?,
                    None => JsValue::undefined(),
                };
                index += 1;
                module.set_export(name, value)?;
            }
            Ok(())
        },
        (evaluate, all.clone()),
    );
    Module::synthetic(&all, init, path, None, ctx)
}

fn error(message: String) -> JsError {
    JsNativeError::error().with_message(message).into()
}

/// `internal/modules/esm`'s export `name`.
fn esm_function(name: &str, ctx: &mut Context) -> JsResult<JsObject> {
    let exports = crate::stdlib::require("internal/modules/esm", ctx)?;
    let exports = exports
        .as_object()
        .ok_or_else(|| error("internal/modules/esm did not load".into()))?;
    exports
        .get(JsString::from(name), ctx)?
        .as_object()
        .ok_or_else(|| error(format!("internal/modules/esm has no {name}")))
}

/// Give a module parse error Node's "url:line / source / caret" header (done
/// in JS, which knows the stack shape); the error is returned either way.
fn decorate_syntax_error(err: JsError, source: JsString, url: &str, ctx: &mut Context) -> JsError {
    let Ok(value) = err.into_opaque(ctx) else {
        return JsNativeError::syntax()
            .with_message(format!("cannot parse {url}"))
            .into();
    };
    if let Ok(decorate) = esm_function("decorateModuleSyntaxError", ctx) {
        let _ = decorate.call(
            &JsValue::undefined(),
            &[value.clone(), source.into(), JsString::from(url).into()],
            ctx,
        );
    }
    JsError::from_opaque(value)
}

fn string_list(value: &JsValue, ctx: &mut Context) -> JsResult<Vec<JsString>> {
    let mut names = Vec::new();
    if let Some(list) = value.as_object() {
        let len = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
        for i in 0..len {
            names.push(list.get(i, ctx)?.to_string(ctx)?);
        }
    }
    Ok(names)
}

impl Loader {
    /// Resolve and build (or find in the cache) the module `specifier` names
    /// from the file `base` ('' for none).
    fn resolve_and_load(
        &self,
        specifier: &str,
        base: &str,
        attr_type: Option<JsString>,
        ctx: &mut Context,
    ) -> JsResult<Module> {
        if let Some(key) = specifier.strip_prefix(CACHED_PREFIX) {
            return self
                .get(key)
                .ok_or_else(|| error(format!("module {key} is not loaded")));
        }
        // resolve(specifier, base, type) -> [kind, key, path, load]
        let resolve = esm_function("resolve", ctx)?;
        let resolved = resolve.call(
            &JsValue::undefined(),
            &[
                JsString::from(specifier).into(),
                JsString::from(base).into(),
                attr_type.map(JsValue::from).unwrap_or_default(),
            ],
            ctx,
        )?;
        let resolved = resolved
            .as_object()
            .ok_or_else(|| JsNativeError::typ().with_message("bad resolution"))?;
        let kind = resolved
            .get(0, ctx)?
            .to_string(ctx)?
            .to_std_string_escaped();
        let key = resolved
            .get(1, ctx)?
            .to_string(ctx)?
            .to_std_string_escaped();
        if let Some(module) = self.get(&key) {
            return Ok(module);
        }
        let path_value = resolved.get(2, ctx)?;
        let path = if path_value.is_undefined() {
            None
        } else {
            Some(PathBuf::from(
                path_value.to_string(ctx)?.to_std_string_escaped(),
            ))
        };
        let load = resolved
            .get(3, ctx)?
            .as_object()
            .ok_or_else(|| JsNativeError::typ().with_message("bad resolution"))?;
        let loaded = load.call(&JsValue::undefined(), &[], ctx)?;
        let module = if kind == "esm" {
            let source = loaded.to_string(ctx)?;
            let text = source.to_std_string_escaped();
            let file = path.clone().unwrap_or_else(|| PathBuf::from(&key));
            match parse_module(&text, &file, ctx) {
                Ok(module) => module,
                Err(err) => return Err(decorate_syntax_error(err, source, &key, ctx)),
            }
        } else {
            // CommonJS, JSON and builtins: load() -> [names, evaluate]
            let parts = loaded
                .as_object()
                .ok_or_else(|| JsNativeError::typ().with_message("bad module load"))?;
            let names = string_list(&parts.get(0, ctx)?, ctx)?;
            let evaluate = parts
                .get(1, ctx)?
                .as_object()
                .ok_or_else(|| JsNativeError::typ().with_message("bad module load"))?;
            self.synthetic.borrow_mut().insert(key.clone());
            synthetic_module(&names, evaluate, path, ctx)
        };
        self.insert(key, module.clone());
        Ok(module)
    }
}

impl ModuleLoader for Loader {
    async fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> JsResult<Module> {
        let specifier = request.specifier().to_std_string_escaped();
        let base = referrer
            .path()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let attr_type = request.get_attribute("type").cloned();
        let ctx: &mut Context = &mut context.borrow_mut();
        self.resolve_and_load(&specifier, &base, attr_type, ctx)
    }

    fn init_import_meta(
        self: Rc<Self>,
        import_meta: &JsObject,
        module: &Module,
        ctx: &mut Context,
    ) {
        let Some(path) = module.path() else { return };
        let path = JsString::from(path.to_string_lossy().as_ref());
        let url = self
            .url_of(module)
            .map(|u| JsValue::from(JsString::from(u.as_str())))
            .unwrap_or_default();
        if let Ok(init) = esm_function("initImportMeta", ctx) {
            let _ = init.call(
                &JsValue::undefined(),
                &[import_meta.clone().into(), path.into(), url],
                ctx,
            );
        }
    }
}

/// Mark a settled promise as handled so the rejection tracker does not
/// report an error that is rethrown synchronously.
fn mark_handled(promise: &JsPromise, ctx: &mut Context) {
    let noop =
        NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined())).to_js_function(ctx.realm());
    let _ = promise.then(None, Some(noop), ctx);
}

/// Run engine jobs until `promise` settles (module loading answers
/// synchronously, so this finishes without waiting on I/O).
fn settle(promise: &JsPromise, ctx: &mut Context) -> JsResult<PromiseState> {
    let jobs = Rc::clone(&state(ctx).jobs);
    for _ in 0..1_000_000 {
        let st = promise.state();
        if !matches!(st, PromiseState::Pending) {
            return Ok(st);
        }
        if !jobs.has_jobs() {
            break;
        }
        jobs.drain(ctx)?;
    }
    Ok(promise.state())
}

/// What [`require_module`] found.
pub enum Required {
    /// The module namespace after evaluation.
    Namespace(JsObject),
    /// The graph has top-level await (its evaluation did not finish).
    Async,
    /// The module is still being evaluated further up the stack.
    Cycle,
}

/// Run one of Boa's module steps with its assertion panics caught (quietly):
/// `None` when it panicked.
fn guarded<T>(step: impl FnOnce() -> T) -> Option<T> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(AssertUnwindSafe(step));
    std::panic::set_hook(hook);
    result.ok()
}

/// `require()` of the ES module at `path` whose source is `source`, cached
/// under `url`: load its graph, link and evaluate it now.
pub fn require_module(
    source: &str,
    path: &str,
    url: &str,
    ctx: &mut Context,
) -> JsResult<Required> {
    let loader = ctx
        .downcast_module_loader::<Loader>()
        .ok_or_else(|| error("module loader not installed".into()))?;
    if loader.synthetic.borrow().contains(url) {
        return Err(error(format!(
            "{path} was loaded as CommonJS and cannot be required as an ES module"
        )));
    }
    if let Some(module) = loader.get(url) {
        return evaluate_now(&module, ctx);
    }
    let module = parse_module(source, Path::new(path), ctx)?;
    loader.insert(url.to_string(), module.clone());
    match load_and_link(&module, ctx) {
        Ok(true) => evaluate_now(&module, ctx),
        Ok(false) => Ok(Required::Cycle),
        Err(err) => {
            // Still unlinked: a later require() parses it again and reports
            // the same error.
            loader.modules.borrow_mut().remove(url);
            loader.urls.borrow_mut().remove(&module);
            Err(err)
        }
    }
}

/// Load the graph of a module parsed for this require() and link it. `false`
/// when Boa asserted: the graph reaches a module that is mid-evaluation.
fn load_and_link(module: &Module, ctx: &mut Context) -> JsResult<bool> {
    let loading = module.load(ctx);
    match settle(&loading, ctx)? {
        PromiseState::Fulfilled(_) => {}
        PromiseState::Rejected(err) => {
            mark_handled(&loading, ctx);
            return Err(JsError::from_opaque(err));
        }
        PromiseState::Pending => return Err(error("module graph did not finish loading".into())),
    }
    match guarded(|| module.link(ctx)) {
        Some(result) => result.map(|()| true),
        None => Ok(false),
    }
}

/// Evaluate a linked module now. A module from the cache was linked with the
/// graph that loaded it (or by an earlier require), so it is never linked
/// again: Boa's link does not check the status outside debug builds and
/// breaks a module that is mid-evaluation. Evaluating one panics before
/// changing anything: that is a require() cycle, which Node reports as
/// ERR_REQUIRE_CYCLE_MODULE.
fn evaluate_now(module: &Module, ctx: &mut Context) -> JsResult<Required> {
    let Some(evaluated) = guarded(|| module.evaluate(ctx)) else {
        return Ok(Required::Cycle);
    };
    let promise = evaluated?;
    match promise.state() {
        PromiseState::Fulfilled(_) => Ok(Required::Namespace(module.namespace(ctx))),
        PromiseState::Rejected(err) => {
            mark_handled(&promise, ctx);
            Err(JsError::from_opaque(err))
        }
        PromiseState::Pending => Ok(Required::Async),
    }
}

/// The namespace Node returns for `require()` of an ES module with a default
/// export and no `__esModule` export: every export of the module plus
/// `__esModule: true`.
pub fn esm_facade(url: &str, ctx: &mut Context) -> JsResult<JsObject> {
    let loader = ctx
        .downcast_module_loader::<Loader>()
        .ok_or_else(|| error("module loader not installed".into()))?;
    let key = format!("{url}\u{0}facade");
    let module = match loader.get(&key) {
        Some(module) => module,
        None => {
            let spec = format!("{CACHED_PREFIX}{url}");
            let quoted = spec.replace('\\', "\\\\").replace('"', "\\\"");
            let text = format!(
                "export * from \"{quoted}\";\nexport {{ default }} from \"{quoted}\";\nexport const __esModule = true;\n"
            );
            let module = Module::parse(Source::from_bytes(text.as_bytes()), None, ctx)?;
            if !load_and_link(&module, ctx)? {
                return Err(error("facade module did not link".into()));
            }
            loader.modules.borrow_mut().insert(key, module.clone());
            module
        }
    };
    match evaluate_now(&module, ctx)? {
        Required::Namespace(ns) => Ok(ns),
        _ => Err(error("facade module did not evaluate".into())),
    }
}
