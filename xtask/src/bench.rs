//! `cargo xtask bench`: Seedform's release build beside SurveyJS and a static HTML form, in headless
//! Chromium (`tools/bench/run.mjs`), with a long video recording and resumable uploads to the test
//! endpoint. It prints a table of figures and writes `target/bench/results.json`; it never fails on
//! a figure, and the test command does not run it.

use std::path::Path;
use std::process::Command;

use crate::setup::{self, Result, root, run, tool_path};
use crate::tasks;

/// The generated stress form, written where the checker can read it.
const STRESS_FORM: &str = "target/bench/stress-form.json";

/// Installs what is missing, then runs the benchmark.
pub fn bench() -> Result {
    setup::all()?;
    if root().join("dist/index.html").exists() {
        eprintln!("Measuring the release build in dist/ (`cargo xtask build` rebuilds it).");
    } else {
        tasks::build_app()?;
    }
    npm_packages()?;
    // The upload figures are of the app sending to the test endpoint.
    run(Command::new("cargo").args(["build", "--quiet", "-p", "seedform-endpoint"]).env("PATH", tool_path()))?;
    // The stress form is generated; it must be a form the checker accepts, or its timings mean nothing.
    std::fs::create_dir_all(root().join("target/bench")).map_err(|e| format!("target/bench: {e}"))?;
    run(Command::new("node").args(["tools/bench/stress-form.mjs", STRESS_FORM]))?;
    tasks::check(&[STRESS_FORM.to_owned()])?;
    run(Command::new("node").arg("tools/bench/run.mjs"))
}

/// The benchmark's own npm packages (Lighthouse, SurveyJS), apart from the test tools so that the
/// test command never downloads them; skipped when installed from the current lock file.
fn npm_packages() -> Result {
    let dir = root().join("tools/bench");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified());
    let installed = modified(&dir.join("node_modules/.package-lock.json"));
    let fresh = match (installed, modified(&dir.join("package-lock.json"))) {
        (Ok(installed), Ok(locked)) => installed >= locked,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--prefix", "tools/bench", "--no-audit", "--no-fund"]))
}
