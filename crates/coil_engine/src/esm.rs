//! The ES module loader: resolves `import` specifiers (relative paths, absolute
//! paths, `file:` URLs and `node:` builtins), parses source text modules,
//! wraps builtins and CommonJS modules as synthetic modules, and fills
//! `import.meta`. Resolution beyond files (packages, `exports`) is delegated to
//! the JS loader through the `esmResolve` hook.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use boa_engine::module::{ModuleLoader, Referrer, SyntheticModuleInitializer};
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, Module,
    Source,
};

use crate::state;

/// Caches modules by resolved key so each file is evaluated once.
#[derive(Default)]
pub struct Loader {
    modules: RefCell<HashMap<String, Module>>,
}

impl Loader {
    /// Insert a module under `key` (used for the entry module).
    pub fn insert(&self, key: String, module: Module) {
        self.modules.borrow_mut().insert(key, module);
    }
}

/// Parse `source` as an ES module whose file name is `path`.
pub fn parse_module(source: &str, path: &Path, ctx: &mut Context) -> JsResult<Module> {
    let src = Source::from_bytes(source.as_bytes()).with_path(path);
    Module::parse(src, None, ctx)
}

/// A synthetic module exporting `default` (the value itself) and each of
/// `names` (properties of the value), as Node exposes builtins and CommonJS.
pub fn synthetic_from_exports(
    exports: JsValue,
    extra_names: &[JsString],
    path: Option<PathBuf>,
    ctx: &mut Context,
) -> JsResult<Module> {
    let mut names: Vec<JsString> = vec![js_string!("default")];
    names.extend(
        extra_names
            .iter()
            .filter(|n| n.to_std_string_escaped() != "default")
            .cloned(),
    );
    let holder = JsObject::with_null_proto();
    holder.set(js_string!("v"), exports, false, ctx)?;
    let names_for_init = names.clone();
    let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
        |module, captures: &(JsObject, Vec<JsString>), ctx| {
            let (holder, names) = captures;
            let value = holder.get(js_string!("v"), ctx)?;
            for name in names {
                let export = if name.to_std_string_escaped() == "default" {
                    value.clone()
                } else {
                    match value.as_object() {
                        Some(obj) => obj.get(name.clone(), ctx)?,
                        None => JsValue::undefined(),
                    }
                };
                module.set_export(name, export)?;
            }
            Ok(())
        },
        (holder, names_for_init),
    );
    Ok(Module::synthetic(&names, init, path, None, ctx))
}

impl ModuleLoader for Loader {
    async fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: boa_engine::module::ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> JsResult<Module> {
        let specifier = request.specifier().to_std_string_escaped();
        let base = referrer.path().map(Path::to_path_buf);
        let ctx: &mut Context = &mut context.borrow_mut();
        // The JS loader resolves: it returns [kind, key, exports, names] where
        // kind is 'builtin', 'esm', 'cjs' or 'json', key the id or absolute
        // path, and for builtins and CommonJS the exports and export names.
        let st = state(ctx);
        let resolve = st
            .hook("esmResolve")
            .ok_or_else(|| JsNativeError::error().with_message("ESM loader not ready"))?;
        let base_str = base
            .as_ref()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let resolved = resolve.call(
            &JsValue::undefined(),
            &[
                JsString::from(specifier.as_str()).into(),
                JsString::from(base_str.as_str()).into(),
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
        let cache_key = format!("{kind}:{key}");
        if let Some(module) = self.modules.borrow().get(&cache_key) {
            return Ok(module.clone());
        }
        let module = match kind.as_str() {
            "esm" => {
                let text = std::fs::read_to_string(&key).map_err(|e| {
                    JsError::from(JsNativeError::error().with_message(format!("{e}: {key}")))
                })?;
                parse_module(&text, Path::new(&key), ctx)?
            }
            "json" => {
                let text = std::fs::read_to_string(&key).map_err(|e| {
                    JsError::from(JsNativeError::error().with_message(format!("{e}: {key}")))
                })?;
                Module::parse_json(JsString::from(text.as_str()), ctx)?
            }
            _ => {
                // Builtins and CommonJS: the JS loader returns module.exports.
                let exports = resolved.get(2, ctx)?;
                let names_value = resolved.get(3, ctx)?;
                let mut names = Vec::new();
                if let Some(list) = names_value.as_object() {
                    let len = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
                    for i in 0..len {
                        names.push(list.get(i, ctx)?.to_string(ctx)?);
                    }
                }
                synthetic_from_exports(exports, &names, Some(PathBuf::from(&key)), ctx)?
            }
        };
        self.modules.borrow_mut().insert(cache_key, module.clone());
        Ok(module)
    }

    fn init_import_meta(
        self: Rc<Self>,
        import_meta: &JsObject,
        module: &Module,
        ctx: &mut Context,
    ) {
        let Some(path) = module.path() else { return };
        let st = state(ctx);
        if let Some(init) = st.hook("initImportMeta") {
            let path = JsString::from(path.to_string_lossy().as_ref());
            let _ = init.call(
                &JsValue::undefined(),
                &[import_meta.clone().into(), path.into()],
                ctx,
            );
        }
    }
}
