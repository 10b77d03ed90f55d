//! The `json` adapter: `POST application/json`, the body `forms::submission::json_payload` builds
//! (form id, version, language, submission id, reference, timestamps, answers keyed by question
//! id as typed JSON values), with `Idempotency-Key: <submission id>` so a receiver can drop a
//! repeat.
//!
//! Media answers are `{"id", "name", "mime", "bytes", "duration_ms"}`, and their bytes go one
//! of two ways:
//!
//! - **by upload URL**, when the endpoint has `uploads` in `config.json`: each file was uploaded
//!   ahead by tus ([`super::tus`]) and its answer gains `"upload": "<the upload's URL>"`
//!   (`forms::submission::attach_uploads`); the JSON goes alone as `application/json`;
//! - **as separate parts**, otherwise: the same JSON goes as the text part `submission` of a
//!   `multipart/form-data` body, followed by one file part per file, named like the `multipart`
//!   adapter names them (the question id, or `group[n][member]`).

use forms::submission::{attach_uploads, json_payload, multipart_fields};

use super::{Adapter, Outgoing, SendError, Submission, form_data};

/// `kind: "json"`.
pub struct Json;

impl Adapter for Json {
    fn outgoing(&self, s: &Submission<'_>) -> Result<Outgoing, SendError> {
        let mut payload = json_payload(s.form, s.draft, s.id, s.reference, &s.submitted_at);
        attach_uploads(&mut payload, s.uploaded);
        let payload = payload.to_string();
        let idempotency = ("Idempotency-Key", s.id.to_owned());
        let named = multipart_fields(s.form, s.draft, s.id, s.reference, &s.submitted_at).files;
        let files = s.with_bytes(&named);
        if files.is_empty() {
            let bytes = payload.len() as f64;
            return Ok(Outgoing {
                headers: vec![("Content-Type", "application/json".to_owned()), idempotency],
                body: payload.into(),
                bytes,
            });
        }
        let (body, bytes) = form_data(
            [("submission", payload.as_str())],
            files.iter().map(|(name, media, blob)| (*name, media.name.as_str(), *blob)),
        )?;
        Ok(Outgoing { headers: vec![idempotency], body, bytes })
    }
}
