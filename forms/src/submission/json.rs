//! The `json` adapter's body.
//!
//! A media answer is `{"id", "name", "mime", "bytes", "duration_ms"}`. Its bytes go either as a
//! file part of a `multipart/form-data` body (the JSON then being the part `submission`), or
//! beforehand by resumable upload ([`crate::tus`]); then [`attach_uploads`] adds the upload's
//! URL as `"upload"`, and the JSON can go alone as `application/json`.

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

/// Adds `"upload": url` to each media answer in `payload` (a [`json_payload`]) whose media id
/// is in `uploads` (`(media id, upload URL)`), in groups too. The receiver takes the file from
/// its own completed upload at that URL and stores it as it stores a file part.
pub fn attach_uploads(payload: &mut Value, uploads: &[(String, String)]) {
    fn answer(value: &mut Value, uploads: &[(String, String)]) {
        match value {
            // Only media answers are objects; group entries are objects inside a list.
            Value::Object(media) => {
                let id = media.get("id").and_then(Value::as_str).unwrap_or_default();
                if let Some((_, url)) = uploads.iter().find(|(media_id, _)| media_id == id) {
                    media.insert("upload".to_owned(), Value::String(url.clone()));
                }
            }
            Value::Array(entries) => {
                for entry in entries.iter_mut().filter_map(Value::as_object_mut) {
                    entry.values_mut().for_each(|v| answer(v, uploads));
                }
            }
            _ => {}
        }
    }
    if let Some(answers) = payload.get_mut("answers").and_then(Value::as_object_mut) {
        answers.values_mut().for_each(|v| answer(v, uploads));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_are_named_in_media_answers_and_nowhere_else() {
        let media = |id: &str| json!({"id": id, "name": "a.webm", "mime": "video/webm", "bytes": 3});
        let mut payload = json!({"answers": {
            "pitch": media("m1"),
            "id": "m1",
            "who_for": ["m1"],
            "team": [{"photo": media("m2"), "name": "m2"}, {"photo": media("m3")}],
        }});
        let uploads =
            [("m1".to_owned(), "http://e/files/1".to_owned()), ("m2".to_owned(), "http://e/files/2".to_owned())];
        attach_uploads(&mut payload, &uploads);
        let answers = &payload["answers"];
        assert_eq!(answers["pitch"]["upload"], "http://e/files/1");
        assert_eq!((&answers["id"], &answers["who_for"]), (&json!("m1"), &json!(["m1"])));
        assert_eq!(answers["team"][0]["photo"]["upload"], "http://e/files/2");
        assert_eq!(answers["team"][0]["name"], "m2");
        assert!(answers["team"][1]["photo"].get("upload").is_none(), "sent as a part instead");
    }
}
