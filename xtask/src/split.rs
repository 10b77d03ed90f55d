//! `cargo xtask split-wasm IN OUT MAIN_MODULE`: splits the app's wasm, as cargo built it, into the
//! module every visit downloads and the parts it downloads only when they are first used (the
//! functions marked `#[wasm_split(…)]` in the app, e.g. sending in `app/src/outbox.rs`).
//!
//! Run by `tools/split-wasm.mjs` (a Trunk post-build hook), which then runs wasm-bindgen and
//! wasm-opt on what this writes. Trunk 0.21 cannot split a wasm itself (trunk-rs/trunk#1022); this
//! is the same splitter cargo-leptos uses for `--split`. The build must link with `--emit-relocs`
//! (`.cargo/config.toml`), which tells the splitter where every function is referenced.

use std::path::Path;

use crate::setup::Result;

/// The module the split-off parts import their loader from, in `OUT` (the hook renames it to a
/// name with its content hash, and changes the one import of it in wasm-bindgen's JavaScript).
pub const LINK_NAME: &str = "./__wasm_split.js";

/// Writes `OUT/main.wasm` (for wasm-bindgen), one `.wasm` per split-off part, and
/// `OUT/__wasm_split.js`, which loads them; `main_module` is the path of wasm-bindgen's JavaScript
/// as the loader imports it (for `initSync`).
pub fn split(input: &Path, out: &Path, main_module: &str) -> Result {
    let wasm = std::fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let main_out = out.join("main.wasm");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = out;
    options.main_out_path = &main_out;
    options.main_module = main_module;
    options.link_name = LINK_NAME;
    wasm_split_cli_support::transform(options)
        .map_err(|e| format!("splitting {}: {e:#} (is the app linked with --emit-relocs?)", input.display()))?;
    Ok(())
}
