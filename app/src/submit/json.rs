//! The `json` adapter: `POST application/json`, the body `forms::submission::json_payload` builds
//! (form id, version, language, submission id, reference, timestamps, answers keyed by question
//! id as typed JSON values), with `Idempotency-Key: <submission id>` so a receiver can drop a
//! repeat.
//!
//! With media bytes to send, the same JSON goes as the text part `submission` of a
//! `multipart/form-data` body instead, followed by one file part per file, named like the
//! `multipart` adapter names them (the question id, or `group[n][member]`); the JSON's answer
//! for each file keeps its name, type and size. (Upload by tus URL is issue 6.)

use forms::submission::{json_payload, multipart_fields};

use super::{Adapter, Outgoing, SendError, Submission, form_data};

/// `kind: "json"`.
pub struct Json;

impl Adapter for Json {
    fn outgoing(&self, s: &Submission<'_>) -> Result<Outgoing, SendError> {
        let payload = json_payload(s.form, s.draft, s.id, s.reference, &s.submitted_at).to_string();
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
