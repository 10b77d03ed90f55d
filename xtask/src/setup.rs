//! Installs everything the project needs, idempotently, on a machine that has only the Rust
//! toolchain, Node/npm and apt (see ../shared/TOOLCHAIN.md for why each step is as it is).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The Trunk version that installs with this project's rustc (0.22 needs a newer one).
const TRUNK_VERSION: &str = "0.21.14";

/// A failed step, with what to do about it.
pub type Result<T = ()> = std::result::Result<T, String>;

/// The repository's root (the folder with the workspace `Cargo.toml`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map_or(manifest.clone(), Path::to_path_buf)
}

/// Runs a command in the repository root, echoing it; fails if it fails.
pub fn run(cmd: &mut Command) -> Result {
    eprintln!("$ {}", describe(cmd));
    let status = cmd.current_dir(root()).status().map_err(|e| format!("could not start {}: {e}", describe(cmd)))?;
    if status.success() { Ok(()) } else { Err(format!("`{}` failed ({status})", describe(cmd))) }
}

/// The output of a command, if it ran and succeeded.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).current_dir(root()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program().to_string_lossy().into_owned())
        .chain(cmd.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `PATH` with the project's npm tools (wasm-opt from `binaryen`) and cargo's bin folder first.
pub fn tool_path() -> String {
    let mut parts = vec![root().join("node_modules/.bin").display().to_string()];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        parts.push(home.join("bin").display().to_string());
    }
    parts.push(std::env::var("PATH").unwrap_or_default());
    parts.join(":")
}

/// Installs every tool that is missing.
pub fn all() -> Result {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    chromium()?;
    npm()?;
    Ok(())
}

fn wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn trunk() -> Result {
    let have = Command::new("trunk").arg("--version").env("PATH", tool_path()).output().ok();
    if have.is_some_and(|o| String::from_utf8_lossy(&o.stdout).contains(TRUNK_VERSION)) {
        return Ok(());
    }
    eprintln!("Installing Trunk {TRUNK_VERSION} (about 8 minutes, once)…");
    run(Command::new("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]))
}

/// The wasm-bindgen version in Cargo.lock; the CLI must match it exactly.
fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\""
            && let Some(version) = lines.next().and_then(|v| v.trim().strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    Err("Cargo.lock names no wasm-bindgen".into())
}

fn wasm_bindgen() -> Result {
    let version = locked_wasm_bindgen()?;
    let have = Command::new("wasm-bindgen").arg("--version").env("PATH", tool_path()).output().ok();
    if have.is_some_and(|o| String::from_utf8_lossy(&o.stdout).split_whitespace().nth(1) == Some(version.as_str())) {
        return Ok(());
    }
    eprintln!("Installing wasm-bindgen-cli {version} (about 2 minutes, once)…");
    // No --locked: its lock file names a crate version the registry here does not serve.
    run(Command::new("cargo").args(["install", "--force", "wasm-bindgen-cli", "--version", &version]))
}

fn chromium() -> Result {
    if Path::new("/usr/bin/chromium").exists() {
        return Ok(());
    }
    eprintln!("Installing Chromium from Debian (tests never download their own browser)…");
    let root_user = output("id", &["-u"]).is_some_and(|u| u.trim() == "0");
    let apt = |args: &[&str]| {
        let mut cmd = if root_user { Command::new("apt-get") } else { Command::new("sudo") };
        if !root_user {
            cmd.arg("apt-get");
        }
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut cmd)
    };
    apt(&["update", "-qq"])?;
    apt(&["install", "-y", "-qq", "chromium", "chromium-driver"])
}

fn npm() -> Result {
    let root = root();
    let stamp = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    let fresh = match (
        std::fs::metadata(&stamp).and_then(|m| m.modified()),
        std::fs::metadata(&lock).and_then(|m| m.modified()),
    ) {
        (Ok(installed), Ok(locked)) => installed >= locked,
        _ => false,
    };
    if fresh && root.join("node_modules/.bin/wasm-opt").exists() && root.join("node_modules/.bin/playwright").exists() {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}
