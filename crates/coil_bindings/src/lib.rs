//! Native bindings: the Rust half of the `node:*` modules, reached from stdlib
//! JS through `internalBinding(name)`. One module per binding name, listed once
//! in [`registry`].

pub mod buffer;
pub mod contextify;
pub mod encoding;
pub mod fs;
pub mod fs_event_wrap;
pub mod fs_ops;
pub mod os;
pub mod process;
pub mod timers;
pub mod tty_wrap;
pub mod types;
pub mod url;
pub mod util;
pub mod uv;

use coil_engine::{BindingInit, BindingRegistry};

/// Every binding, in registration order.
pub fn all() -> Vec<(&'static str, BindingInit)> {
    vec![
        ("process_methods", process::init as BindingInit),
        ("timers", timers::init),
        ("util", util::init),
        ("types", types::init),
        ("contextify", contextify::init),
        ("encoding_binding", encoding::init),
        ("fs", fs::init),
        ("buffer", buffer::init),
        ("url", url::init),
        ("os", os::init),
        ("tty_wrap", tty_wrap::init),
        ("fs_event_wrap", fs_event_wrap::init),
        ("uv", uv::init),
    ]
}

/// A registry holding every binding.
pub fn registry() -> BindingRegistry {
    BindingRegistry::new(all())
}
