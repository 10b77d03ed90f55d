//! The `json` adapter's body.

use serde_json::{Value, json};

use crate::definition::Form;
use crate::draft::Draft;

/// The `json` adapter's body: form id, version, language, submission id, reference, timestamps,
/// and the answers to questions shown now, keyed by question id, as plain typed JSON values
/// (see [`Answer::to_plain_json`](crate::Answer::to_plain_json)).
pub fn json_payload(form: &Form, draft: &Draft, submission_id: &str, reference: &str, submitted_at: &str) -> Value {
    // Inserting, not `collect()`: collecting into a map sorts first (more wasm for the app).
    let mut answers = serde_json::Map::new();
    for (k, v) in &form.visible_answers(&draft.answers).0 {
        answers.insert(k.clone(), v.to_plain_json());
    }
    json!({
        "submission_id": submission_id,
        "reference": reference,
        "form_id": form.id,
        "form_version": form.version,
        "language": draft.language,
        "started_at": draft.created_at_ms,
        "submitted_at": submitted_at,
        "answers": answers,
    })
}
