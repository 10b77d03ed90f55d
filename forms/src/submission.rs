//! What leaves the device when an application is submitted.

use serde_json::{Value, json};

use crate::definition::Form;
use crate::draft::Draft;

/// Letters and digits that cannot be mistaken for each other when written down or read aloud
/// (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
const REFERENCE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";

/// A short reference an applicant can write down or photograph, like `K7Q-2XF`, from random bytes.
pub fn reference_from(random: [u8; 6]) -> String {
    let n = REFERENCE_ALPHABET.len();
    let chars: String = random.iter().map(|b| char::from(REFERENCE_ALPHABET[usize::from(*b) % n])).collect();
    format!("{}-{}", &chars[..3], &chars[3..])
}

/// The `json` adapter's body: form id, version, language, submission id, reference, timestamps,
/// and the answers to questions shown now, keyed by question id, as plain typed JSON values.
pub fn json_payload(form: &Form, draft: &Draft, submission_id: &str, reference: &str, submitted_at: &str) -> Value {
    let answers: serde_json::Map<String, Value> =
        form.visible_answers(&draft.answers).0.iter().map(|(k, v)| (k.clone(), v.to_plain_json())).collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_short_and_unambiguous() {
        let r = reference_from([0, 1, 2, 200, 255, 77]);
        assert_eq!(r.len(), 7);
        assert!(r.chars().all(|c| c == '-' || REFERENCE_ALPHABET.contains(&(c as u8))));
        assert_ne!(reference_from([0; 6]), reference_from([1; 6]));
    }
}
