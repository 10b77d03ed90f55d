//! The published JSON Schema (`forms/schema/form.schema.json`) must be what the engine's types
//! generate, so editors that validate against it agree with the checker.
// These are tests: a failed `expect` is a failed test, which is what it should be.
#![allow(clippy::expect_used, clippy::unwrap_used)]
#![cfg(feature = "schema")]

use std::path::{Path, PathBuf};

const REGENERATE: &str = "cargo run -p forms --features cli -- schema > forms/schema/form.schema.json";

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn committed_schema() -> String {
    std::fs::read_to_string(manifest_dir().join("schema/form.schema.json"))
        .expect("forms/schema/form.schema.json exists")
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let committed = committed_schema();
    let generated = forms::definition_schema();
    if committed != generated {
        // Name the first differing line, so the failure says what changed, not just that it did.
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| committed.lines().count().min(generated.lines().count()) + 1, |i| i + 1);
        panic!(
            "forms/schema/form.schema.json is out of date (first difference at line {line}).\n\
             Regenerate it from the repository root with:\n    {REGENERATE}"
        );
    }
}

#[test]
fn the_schema_is_strict_about_fields_like_the_checker() {
    let schema: serde_json::Value = serde_json::from_str(&committed_schema()).expect("the schema is JSON");
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["title"], "Form");
    assert_eq!(schema["additionalProperties"], false, "a typo such as \"requried\" must be flagged by editors too");
    let required: Vec<&str> =
        schema["required"].as_array().expect("a list").iter().filter_map(serde_json::Value::as_str).collect();
    for field in ["id", "version", "title", "organisation", "default_language", "languages", "pages"] {
        assert!(required.contains(&field), "{field} must be required in the schema");
    }
    let question = &schema["$defs"]["Question"];
    assert_eq!(question["additionalProperties"], false);
    assert!(question["properties"]["type"].is_object());
}

fn samples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(manifest_dir().join("samples"))
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files
}

#[test]
fn every_sample_has_the_shape_the_schema_describes() {
    // The schema is generated from the same types, so reading a sample into them (unknown fields
    // refused) checks its shape; `$schema`, if given, must point at the published schema.
    let samples = samples();
    assert!(!samples.is_empty(), "no sample forms in forms/samples");
    for path in samples {
        let text = std::fs::read_to_string(&path).expect("a sample is readable");
        let form: forms::Form =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} does not fit the schema: {e}", path.display()));
        if let Some(schema) = &form.schema {
            assert!(schema.ends_with("form.schema.json"), "{}: \"$schema\" is {schema}", path.display());
        }
    }
}

#[test]
fn the_published_config_schema_matches_the_rust_types() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/config.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == forms::config_schema(),
        "public/config.schema.json is out of date; regenerate it with\n  cargo run -p forms --features cli -- schema config > public/config.schema.json"
    );
}

#[test]
fn the_shipped_config_json_is_valid() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/config.json");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(forms::DeploymentConfig::from_json(&text).is_ok(), "public/config.json does not load");
}
