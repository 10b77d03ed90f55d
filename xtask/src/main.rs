//! Seedform's task runner. The README, CI and people all use these commands:
//!
//! - `cargo xtask serve`: install what is missing, build the app, and serve it with the sample
//!   forms and a local endpoint that really receives submissions;
//! - `cargo xtask test`: install what is missing and run every test;
//! - `cargo xtask setup`, `cargo xtask build`, `cargo xtask check FILE…` for the pieces;
//! - `cargo xtask bench`: the benchmark (figures only, never a pass or a fail).

mod bench;
mod setup;
mod split;
mod tasks;

use std::process::ExitCode;

const USAGE: &str = "Usage: cargo xtask <command>

  serve           install what is missing, build, and serve the app (http://127.0.0.1:8080)
                  with the sample forms and a local endpoint (http://127.0.0.1:8788)
  test            install what is missing and run every test
  setup           install the tools only (idempotent)
  build           build the release app into dist/
  check FILE…     check form definitions
  bench           measure the release build beside SurveyJS and a static HTML form (prints a table)
  split-wasm IN OUT MAIN_MODULE
                  split the app's wasm into what the first visit needs and the parts loaded when
                  first used (run by the build: tools/split-wasm.mjs)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::all(),
        Some("build") => setup::all().and_then(|()| tasks::build_app()),
        Some("serve") => tasks::serve(),
        Some("test") => tasks::test(),
        Some("check") if args.len() > 1 => tasks::check(&args[1..]),
        Some("bench") => bench::bench(),
        Some("split-wasm") if args.len() == 4 => {
            split::split(std::path::Path::new(&args[1]), std::path::Path::new(&args[2]), &args[3])
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}
