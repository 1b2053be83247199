//! Build script of the `coil` command: on Linux it is linked as a
//! position-dependent executable, as Node's own binary is. As a PIE, the
//! dynamic loader applies ~30 000 relocations at every start and copies the
//! ~450 KB of data they touch; linked position-dependent, the linker resolves
//! them once (start-up about 1 ms faster, see docs/performance.md).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
