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
        }
    }

    /// Sets one answer and notes the time.
    pub fn set_answer(&mut self, id: &str, answer: Option<Answer>, now_ms: u64) {
        self.answers.set(id, answer);
        self.updated_at_ms = now_ms;
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
