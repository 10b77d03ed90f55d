//! `seedform check FILE…`: reports every problem in form definitions, with file, line and column.
//! `seedform schema`: prints the JSON Schema of the definition format.
//! `seedform headers CONFIG`: prints the security headers the app's host should send.

use std::path::Path;
use std::process::ExitCode;

use forms::{DirAssets, load};

const USAGE: &str = "Usage:
  seedform check FILE…   report every problem in these form definitions (exit 1 if any)
  seedform schema        print the JSON Schema of the definition format
  seedform schema config print the JSON Schema of config.json
  seedform headers dist/config.json
                         print the Content-Security-Policy the app's host should send with it";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => check(&args[1..]),
        Some("schema") if args.get(1).map(String::as_str) == Some("config") => {
            print!("{}", forms::config_schema());
            ExitCode::SUCCESS
        }
        Some("headers") if args.len() == 2 => headers(&args[1]),
        Some("schema") => {
            print!("{}", forms::definition_schema());
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The headers for a static host, from the deployment's `config.json` (README: "Security headers").
fn headers(file: &str) -> ExitCode {
    let config = std::fs::read_to_string(file)
        .map_err(|e| e.to_string())
        .and_then(|text| forms::DeploymentConfig::from_json(&text).map_err(|e| e.to_string()));
    match config {
        Ok(config) => {
            println!("Content-Security-Policy: {}", config.content_security_policy());
            println!("X-Content-Type-Options: nosniff");
            println!("Referrer-Policy: no-referrer");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{file}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn check(files: &[String]) -> ExitCode {
    let mut failed = false;
    for file in files {
        let path = Path::new(file);
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                println!("{file}: cannot be read: {e}");
                failed = true;
                continue;
            }
        };
        let folder = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        match load(&bytes, file, Some(&DirAssets(folder))) {
            Ok(form) => {
                let questions = form.all_questions().len();
                println!("{file}: ok ({questions} questions, languages: {})", form.languages.join(", "));
            }
            Err(problems) => {
                failed = true;
                for p in &problems {
                    println!("{p}");
                }
                println!("{file}: {} problem{}", problems.len(), if problems.len() == 1 { "" } else { "s" });
            }
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
