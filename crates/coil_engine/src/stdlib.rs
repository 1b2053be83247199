//! The embedded stdlib: JS sources compiled into the binary, each compiled on
//! its first `require` and cached, so start-up compiles only the bootstrap.
//! Also `compile_function`, which turns source text into a function with the
//! file name kept for stack traces (the CommonJS wrapper uses it).

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;

use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsValue, NativeFunction, Script, Source,
};

use crate::util::{arg, arg_string};

/// One embedded stdlib file: its id (`'events'`, `'internal/errors'`) and text.
#[derive(Debug, Clone, Copy)]
pub struct StdlibSource {
    /// The id stdlib code requires it by.
    pub id: &'static str,
    /// The JS source.
    pub source: &'static str,
}

/// The embedded files and the cache of loaded ones (id → module object).
pub struct Stdlib {
    files: &'static [StdlibSource],
    cache: RefCell<HashMap<String, JsObject>>,
}

impl Stdlib {
    /// Wrap the embedded file table.
    pub fn new(files: &'static [StdlibSource]) -> Self {
        Stdlib {
            files,
            cache: RefCell::default(),
        }
    }

    /// The source of `id`, if embedded. With `COIL_STDLIB_DIR` set (a
    /// development aid), the file is read from that directory instead, so JS
    /// changes take effect without rebuilding the binary.
    pub fn source(&self, id: &str) -> Option<&'static str> {
        if let Some(dir) = std::env::var_os("COIL_STDLIB_DIR") {
            let path = std::path::Path::new(&dir).join(format!("{id}.js"));
            if let Ok(text) = std::fs::read_to_string(path) {
                // Each module is compiled once per runtime: leaking its text
                // gives it the 'static lifetime embedded sources have.
                return Some(Box::leak(text.into_boxed_str()));
            }
        }
        self.files.iter().find(|f| f.id == id).map(|f| f.source)
    }

    /// Ids of every embedded module (and, with `COIL_STDLIB_DIR`, of the
    /// files in that directory).
    pub fn ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.files.iter().map(|f| f.id.to_string()).collect();
        if let Some(dir) = std::env::var_os("COIL_STDLIB_DIR") {
            collect_ids(std::path::Path::new(&dir), "", &mut ids);
            ids.sort();
            ids.dedup();
        }
        ids
    }
}

/// Compile `body` as the body of a function with `params`, keeping `filename`
/// for stack traces and syntax errors. Line numbers are those of `body`; on
/// its first line columns are shifted by the length of the text before it,
/// `[function (<params>) {` (the loader takes that length off).
///
/// The function expression is an array element rather than parenthesized:
/// Boa parses a parenthesized expression as a possible arrow-function
/// parameter list first and copies it, which costs 5–8% of the parse.
pub fn compile_function(
    body: &str,
    filename: &str,
    params: &[&str],
    ctx: &mut Context,
) -> JsResult<JsObject> {
    let mut text = String::with_capacity(body.len() + 64);
    text.push_str("[function (");
    text.push_str(&params.join(", "));
    text.push_str(") {");
    text.push_str(body);
    text.push_str("\n}][0]");
    let source = Source::from_bytes(text.as_bytes()).with_path(Path::new(filename));
    let started = std::time::Instant::now();
    let script = Script::parse(source, None, ctx)?;
    let parsed = started.elapsed();
    script.codeblock(ctx)?;
    if std::env::var_os("COIL_TRACE_REQUIRE").is_some() {
        // A development aid: where start-up time goes.
        eprintln!(
            "[compile] {filename}: {} bytes, parse {:.2} ms, compile {:.2} ms",
            body.len(),
            parsed.as_secs_f64() * 1000.0,
            (started.elapsed() - parsed).as_secs_f64() * 1000.0
        );
    }
    let value = script.evaluate(ctx)?;
    value
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("compile failed").into())
}

/// Load stdlib module `id` (cached), returning its `module.exports`.
pub fn require(id: &str, ctx: &mut Context) -> JsResult<JsValue> {
    let st = crate::state(ctx);
    let cached = st.stdlib.cache.borrow().get(id).cloned();
    if let Some(module) = cached {
        return module.get(js_string!("exports"), ctx);
    }
    let Some(source) = st.stdlib.source(id) else {
        return Err(JsNativeError::error()
            .with_message(format!("Cannot find stdlib module '{id}'"))
            .into());
    };
    let filename = format!("node:{id}");
    let trace = std::env::var_os("COIL_TRACE_REQUIRE").is_some();
    let started = std::time::Instant::now();
    let func = compile_function(
        source,
        &filename,
        &["exports", "require", "module", "internalBinding", "process"],
        ctx,
    )?;
    let exports = JsObject::with_object_proto(ctx.intrinsics());
    let module = ObjectInitializer::new(ctx)
        .property(js_string!("exports"), exports.clone(), Attribute::all())
        .property(js_string!("id"), js_string!(id), Attribute::all())
        .build();
    st.stdlib
        .cache
        .borrow_mut()
        .insert(id.to_string(), module.clone());
    let require_fn = NativeFunction::from_fn_ptr(require_native).to_js_function(ctx.realm());
    let binding_fn =
        NativeFunction::from_fn_ptr(crate::bindings::internal_binding).to_js_function(ctx.realm());
    let process = st.hook("process").map(JsValue::from).unwrap_or_default();
    let result = func.call(
        &exports.clone().into(),
        &[
            exports.into(),
            require_fn.into(),
            module.clone().into(),
            binding_fn.into(),
            process,
        ],
        ctx,
    );
    if trace {
        // A development aid: how long each stdlib module took to compile and
        // run (nested requires included).
        eprintln!(
            "[require] {id}: {:.2} ms",
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    if let Err(err) = result {
        st.stdlib.cache.borrow_mut().remove(id);
        return Err(err);
    }
    module.get(js_string!("exports"), ctx)
}

/// `require(id)` as stdlib code sees it.
fn require_native(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_string(args, 0, ctx)?;
    let _ = arg(args, 1);
    require(&id, ctx)
}

fn collect_ids(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_dir() {
            collect_ids(&path, &format!("{prefix}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".js") {
            out.push(format!("{prefix}{stem}"));
        }
    }
}
