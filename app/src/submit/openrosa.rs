//! The `openrosa` adapter: the OpenRosa 1.0 form submission API of ODK Central, KoboToolbox and
//! Ona. A `multipart/form-data` POST with the XML instance (`forms::submission::openrosa_instance`)
//! as the file part `xml_submission_file` (`submission.xml`, `text/xml`), then each media file as
//! its own part whose name and file name are the name the instance gives it; the header
//! `X-OpenRosa-Version: 1.0`. Only 201 and 202 count as received, as in ODK Collect.
//!
//! The instance id is `uuid:` and the submission id written as a UUID (32 hex digits as
//! 8-4-4-4-12), so the server's duplicate check on `<meta><instanceID>` drops a repeat.
//!
//! The `Date` header OpenRosa asks for cannot be sent: browsers forbid pages to set it. The
//! instance carries the times (`timeStart`, `timeEnd`), and the servers do not need the header.
//!
//! The server must allow requests from the app's site (CORS), as any endpoint must. ODK Central
//! does not out of the box (getodk/central#68), so a proxy in front of it has to add the
//! `Access-Control-Allow-*` headers; a browser reports a missing one only as a network error.

use forms::submission::{openrosa_attachments, openrosa_instance};

use super::{Adapter, Outgoing, SendError, Submission, form_data, text_blob};

/// `kind: "openrosa"`.
pub struct OpenRosa;

impl Adapter for OpenRosa {
    fn outgoing(&self, s: &Submission<'_>) -> Result<Outgoing, SendError> {
        let xml = openrosa_instance(s.form, s.draft, &instance_id(s.id), s.reference, &s.submitted_at);
        let instance = text_blob(&xml, "text/xml")?;
        let named = openrosa_attachments(s.form, s.draft);
        let files = s.with_bytes(&named);
        let (body, bytes) = form_data(
            [],
            std::iter::once(("xml_submission_file", "submission.xml", &instance))
                .chain(files.iter().map(|(name, _, blob)| (*name, *name, *blob))),
        )?;
        Ok(Outgoing { headers: vec![("X-OpenRosa-Version", "1.0".to_owned())], body, bytes })
    }

    fn received(&self, status: u16) -> bool {
        RECEIVED.contains(&status)
    }
}

/// The statuses that say an OpenRosa server has the submission (200 and 204 do not).
pub(super) const RECEIVED: [u16; 2] = [201, 202];

/// `uuid:` and the submission id as a UUID: `uuid:0f8fad5b-d9cb-469f-a165-70867728950e`. An id
/// that is not 32 hex digits is used as it is.
pub fn instance_id(submission_id: &str) -> String {
    let s = submission_id.to_ascii_lowercase();
    if s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        format!("uuid:{}-{}-{}-{}-{}", &s[..8], &s[8..12], &s[12..16], &s[16..20], &s[20..])
    } else {
        format!("uuid:{submission_id}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn submission_ids_become_uuids() {
        assert_eq!(instance_id("0F8FAD5BD9CB469FA16570867728950E"), "uuid:0f8fad5b-d9cb-469f-a165-70867728950e");
        assert_eq!(instance_id("abc"), "uuid:abc");
    }
}
