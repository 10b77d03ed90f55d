//! Drafts: an application in progress, saved on the device after every change.

use serde::{Deserialize, Serialize};

use crate::answer::{Answer, Answers};
use crate::definition::Form;

/// The draft format version. Bump it when the stored shape changes, and teach
/// [`Draft::from_json`] to read the old one.
pub const DRAFT_SCHEMA_VERSION: u32 = 1;

/// An application in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The draft format version ([`DRAFT_SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// This draft's own id (random, made by the app).
    pub id: String,
    /// The form's id.
    pub form_id: String,
    /// The form's declared version when the draft was last saved.
    pub form_version: String,
    /// A hash of the definition's content, so even an unversioned edit is noticed.
    pub form_hash: String,
    /// The language the applicant was using.
    pub language: String,
    /// Every answer given, including answers to questions hidden now (so toggling back restores
    /// them) and to questions a newer form version no longer has (so nothing is dropped silently).
    pub answers: Answers,
    /// Where the applicant was: the id of the question (or page) on screen.
    #[serde(default)]
    pub position: Option<String>,
    /// A nickname the applicant chose, shown on a shared tablet's start screen instead of answers.
    #[serde(default)]
    pub nickname: Option<String>,
    /// When the draft was started, in milliseconds since 1970 (UTC).
    pub created_at_ms: u64,
    /// When the draft last changed, in milliseconds since 1970 (UTC).
    pub updated_at_ms: u64,
    /// The submission this application was sent as, when it comes back as a draft after it was
    /// sent (a page that could not keep it on the device was closed while sending it): sent
    /// again unchanged, it keeps its submission id and reference ([`Draft::sent_identity`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_as: Option<SentAs>,
}

/// What an application is sent as: the same for every attempt, and for a repeat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// The submission id every attempt carries.
    pub submission_id: String,
    /// The reference the applicant is shown.
    pub reference: String,
    /// When "Send" was first pressed (ms since 1970).
    pub submitted_at_ms: u64,
    /// The same moment as ISO 8601 text, as sent.
    pub submitted_at: String,
}

/// The submission a draft was sent as ([`Draft::sent_as`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentAs {
    /// What it was sent as.
    pub identity: Identity,
    /// What was sent: the draft's [`Draft::fingerprint`] at the time.
    pub fingerprint: String,
}

/// Why a stored draft could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum DraftError {
    /// The bytes are not a draft at all.
    #[error("the saved application could not be read: {0}")]
    Unreadable(String),
    /// The draft was saved by a newer Seedform.
    #[error("the saved application was made by a newer version (format {found}, this app reads up to {supported})")]
    TooNew {
        /// The format version found.
        found: u32,
        /// The newest format this build reads.
        supported: u32,
    },
}

impl Draft {
    /// A new, empty draft of `form`, hashed from the definition's source text.
    pub fn new(form: &Form, source: &str, id: String, language: String, now_ms: u64) -> Self {
        Draft {
            schema_version: DRAFT_SCHEMA_VERSION,
            id,
            form_id: form.id.clone(),
            form_version: form.version.clone(),
            form_hash: content_hash(source),
            language,
            answers: Answers::default(),
            position: None,
            nickname: None,
            created_at_ms: now_ms,
            updated_at_ms: now_ms,
            sent_as: None,
        }
    }

    /// Sets one answer and notes the time.
    pub fn set_answer(&mut self, id: &str, answer: Option<Answer>, now_ms: u64) {
        self.answers.set(id, answer);
        self.updated_at_ms = now_ms;
    }

    /// Notes that the application is being sent as `identity`, at `now_ms`. If it ever comes
    /// back as a draft, its newest copy is this one.
    pub fn mark_sent(&mut self, identity: Identity, now_ms: u64) {
        let fingerprint = self.fingerprint();
        self.sent_as = Some(SentAs { identity, fingerprint });
        self.updated_at_ms = now_ms;
    }

    /// How to send this application again: as it was sent (submission id, reference, time of
    /// "Send"), as long as nothing that goes out has changed since, so that a receiver which did
    /// get it drops the repeat and the applicant keeps one reference. A changed application is a
    /// new submission (`None`): its receiver must not drop it as a repeat.
    pub fn sent_identity(&self) -> Option<&Identity> {
        self.sent_as.as_ref().filter(|sent| sent.fingerprint == self.fingerprint()).map(|sent| &sent.identity)
    }

    /// A hash of what a submission of this draft says: the form's version and content, and every
    /// answer. Not the language it was read in: switching it to read the application again does
    /// not make it another application.
    fn fingerprint(&self) -> String {
        let answers = serde_json::to_string(&self.answers).unwrap_or_default();
        content_hash(&format!("{}\n{}\n{}", self.form_version, self.form_hash, answers))
    }

    /// The draft as JSON, for storage.
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored draft.
    pub fn from_json(text: &str) -> Result<Self, DraftError> {
        #[derive(Deserialize)]
        struct Header {
            schema_version: u32,
        }
        let header: Header = serde_json::from_str(text).map_err(|e| DraftError::Unreadable(e.to_string()))?;
        if header.schema_version > DRAFT_SCHEMA_VERSION {
            return Err(DraftError::TooNew { found: header.schema_version, supported: DRAFT_SCHEMA_VERSION });
        }
        serde_json::from_str(text).map_err(|e| DraftError::Unreadable(e.to_string()))
    }

    /// Whether the draft was started on a different definition than `source`.
    pub fn is_for_other_version(&self, form: &Form, source: &str) -> bool {
        self.form_version != form.version || self.form_hash != content_hash(source)
    }

    /// Answers whose question no longer exists in `form`: kept in the draft, listed for the applicant.
    pub fn orphaned_answers<'a>(&'a self, form: &Form) -> Vec<(&'a str, &'a Answer)> {
        self.answers.0.iter().filter(|(id, _)| form.question(id).is_none()).map(|(id, a)| (id.as_str(), a)).collect()
    }

    /// Moves the draft onto `form`'s current version. No answer is removed.
    pub fn migrate_to(&mut self, form: &Form, source: &str) {
        self.form_version = form.version.clone();
        self.form_hash = content_hash(source);
    }
}

/// A stable 64-bit FNV-1a hash of `text`, as 16 hex digits. Not for security: it only notices change.
pub fn content_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// What a list of saved applications shows of a stored draft, plain or sealed
/// ([`crate::sealed::Sealed`]), read without its answers: the app's first load then never reads
/// answers, and only the list of saved applications (a part downloaded when there is one) does.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The draft's id.
    pub id: String,
    /// The form's id.
    pub form_id: String,
    /// When it last changed (ms since 1970).
    pub updated_at_ms: u64,
    /// The nickname the applicant chose, if any.
    pub nickname: Option<String>,
    /// Whether only its PIN opens it.
    pub sealed: bool,
}

impl Summary {
    /// The summary of `text` if it is a stored draft this app can read: not for an outbox copy,
    /// a draft of a newer format ([`DRAFT_SCHEMA_VERSION`]), or anything else.
    pub fn from_json(text: &str) -> Option<Summary> {
        use crate::sealed::{SEALED_FORMAT, SealedKind};
        // The fields both kinds share; `id` is `draft_id` in a sealed record.
        #[derive(Deserialize)]
        struct Fields {
            #[serde(default)]
            sealed: Option<u32>,
            #[serde(default)]
            kind: Option<SealedKind>,
            #[serde(default)]
            schema_version: Option<u32>,
            #[serde(alias = "draft_id")]
            id: String,
            form_id: String,
            updated_at_ms: u64,
            #[serde(default)]
            nickname: Option<String>,
        }
        let f: Fields = serde_json::from_str(text).ok()?;
        let readable = match f.sealed {
            Some(format) => format == SEALED_FORMAT && f.kind == Some(SealedKind::Draft),
            None => f.schema_version.is_some_and(|v| v <= DRAFT_SCHEMA_VERSION),
        };
        readable.then_some(Summary {
            id: f.id,
            form_id: f.form_id,
            updated_at_ms: f.updated_at_ms,
            nickname: f.nickname,
            sealed: f.sealed.is_some(),
        })
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    fn plain(schema_version: u32) -> String {
        serde_json::json!({
            "schema_version": schema_version, "id": "d1", "form_id": "seed-fund", "form_version": "3",
            "form_hash": "00", "language": "fa", "answers": { "group_name": { "type": "text", "value": "Pamoja" } },
            "position": "group_name", "nickname": null, "created_at_ms": 1, "updated_at_ms": 7
        })
        .to_string()
    }

    #[test]
    fn a_plain_draft_is_summarised_as_it_reads() {
        let text = plain(DRAFT_SCHEMA_VERSION);
        let draft = Draft::from_json(&text).expect("a valid draft");
        let summary = Summary::from_json(&text).expect("a summary");
        assert_eq!(
            summary,
            Summary {
                id: draft.id,
                form_id: draft.form_id,
                updated_at_ms: draft.updated_at_ms,
                nickname: draft.nickname,
                sealed: false
            }
        );
    }

    #[test]
    fn a_sealed_draft_shows_only_its_nickname_and_times_and_an_outbox_copy_is_not_a_draft() {
        let sealed = |kind: &str| {
            serde_json::json!({
                "sealed": crate::sealed::SEALED_FORMAT, "kind": kind, "draft_id": "d2", "form_id": "seed-fund",
                "nickname": "Blue bird", "updated_at_ms": 9, "salt": "01", "iterations": 600000, "iv": "02", "data": "03"
            })
            .to_string()
        };
        let record = crate::sealed::Sealed::from_json(&sealed("draft")).expect("a valid sealed record");
        assert_eq!(
            Summary::from_json(&sealed("draft")),
            Some(Summary {
                id: record.draft_id,
                form_id: record.form_id,
                updated_at_ms: record.updated_at_ms,
                nickname: Some(record.nickname),
                sealed: true
            })
        );
        assert_eq!(Summary::from_json(&sealed("outbox")), None);
    }

    #[test]
    fn a_newer_format_or_other_text_is_not_summarised() {
        assert_eq!(Summary::from_json(&plain(DRAFT_SCHEMA_VERSION + 1)), None);
        assert!(matches!(Draft::from_json(&plain(DRAFT_SCHEMA_VERSION + 1)), Err(DraftError::TooNew { .. })));
        for text in ["", "null", "[]", "{}", r#"{"id":"d1"}"#, "{\"id\":\"d1\",\"form_id\":\"f\",\"updated_at_ms\":-1}"]
        {
            assert_eq!(Summary::from_json(text), None, "{text}");
        }
    }
}
