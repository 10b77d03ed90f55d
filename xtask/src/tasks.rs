//! The tasks themselves.

use std::process::Command;

use crate::setup::{self, Result, root, run, tool_path};

/// The sample form definitions, checked by the test command.
const SAMPLES: &[&str] =
    &["forms/samples/seed-fund.json", "forms/samples/integration-award.json", "forms/samples/feedback-survey.json"];

fn cargo() -> Command {
    let mut cmd = Command::new("cargo");
    cmd.env("PATH", tool_path());
    cmd
}

/// Builds the release app into `dist/` (what a funder deploys).
pub fn build_app() -> Result {
    run(Command::new("trunk").args(["build", "--release"]).env("PATH", tool_path()))
}

/// Checks form definitions with the engine's checker.
pub fn check(files: &[String]) -> Result {
    run(cargo().args(["run", "--quiet", "-p", "forms", "--features", "cli", "--", "check"]).args(files))
}

/// Installs, builds, and serves the app with a local endpoint, until Ctrl-C.
pub fn serve() -> Result {
    setup::all()?;
    build_app()?;
    run(cargo().args(["build", "--quiet", "-p", "seedform-endpoint"]))?;
    let received = root().join(".seedform/received");
    eprintln!("\nSeedform is running:");
    eprintln!("  open   http://127.0.0.1:8080/                 (seed-fund form)");
    eprintln!("         http://127.0.0.1:8080/?form=feedback-survey&lang=ar");
    eprintln!("  submissions arrive at http://127.0.0.1:8788/submissions and are saved in {}", received.display());
    eprintln!("  stop with Ctrl-C\n");
    run(Command::new(root().join("target/debug/seedform-endpoint")).args([
        "--port",
        "8788",
        "--data",
        &received.display().to_string(),
        "--app",
        "dist",
        "--app-port",
        "8080",
    ]))
}

/// Runs every test: formatting, lints, engine tests, the checker on every sample, the app's
/// release build, and the end-to-end tests in headless Chromium.
pub fn test() -> Result {
    setup::all()?;
    run(cargo().args(["fmt", "--all", "--check"]))?;
    run(cargo().args(["clippy", "--workspace", "--all-targets", "--features", "forms/cli", "--", "-D", "warnings"]))?;
    run(cargo().args(["clippy", "-p", "seedform-app", "--target", "wasm32-unknown-unknown", "--", "-D", "warnings"]))?;
    run(cargo().args(["test", "--workspace", "--features", "forms/cli"]))?;
    // The app builds the engine without `all-problems`; test that build of the loader too.
    run(cargo().args(["test", "-p", "forms", "--lib"]))?;
    check(&SAMPLES.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())?;
    // Every interface language file has every message, with the same variables and plural forms.
    run(Command::new("node").arg("tests/check-locales.mjs"))?;
    build_app()?;
    // What a first visit downloads, per file; fails if it grows past the ceiling.
    run(Command::new("node").arg("tools/size-budget.mjs"))?;
    run(cargo().args(["build", "--quiet", "-p", "seedform-endpoint"]))?;
    run(Command::new("npx")
        .args(["playwright", "test", "--config", "tests/e2e/playwright.config.mjs"])
        .env("PATH", tool_path()))
}
