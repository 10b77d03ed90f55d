//! The `multipart` adapter: a classic `multipart/form-data` post, as a plain HTML form sends it,
//! with `Idempotency-Key: <submission id>`. The fields are `forms::submission::multipart_fields`
//! (metadata, then the answers in form order; see there for the naming); the file parts follow
//! every text field, each named by its question (or `group[n][member]`) with the file's name.
//!
//! As with an HTML form, the browser writes each line break in a value as CR LF.

use forms::submission::multipart_fields;

use super::{Adapter, Outgoing, SendError, Submission, form_data};

/// `kind: "multipart"`.
pub struct Multipart;

impl Adapter for Multipart {
    fn outgoing(&self, s: &Submission<'_>) -> Result<Outgoing, SendError> {
        let parts = multipart_fields(s.form, s.draft, s.id, s.reference, &s.submitted_at);
        let files = s.with_bytes(&parts.files);
        let (body, bytes) = form_data(
            parts.fields.iter().map(|(name, value)| (name.as_str(), value.as_str())),
            files.iter().map(|(name, media, blob)| (*name, media.name.as_str(), *blob)),
        )?;
        Ok(Outgoing { headers: vec![("Idempotency-Key", s.id.to_owned())], body, bytes })
    }
}
