//! The outbox: a finished application waits here, on the device, until the endpoint confirms
//! it has it. "Send" always writes to the outbox first, so a dead connection, a closed tab or a
//! server error loses nothing; every attempt carries the same submission id, so a receiver can
//! drop repeats and the application arrives once.

use serde::{Deserialize, Serialize};

use crate::answer::MediaRef;
use crate::draft::Draft;
use crate::tus::Upload;

/// The shortest wait before trying again.
pub const FIRST_RETRY_MS: u64 = 2_000;
/// The longest wait between attempts (connections can be gone for days; five minutes is often
/// enough to notice one coming back without draining a battery).
pub const MAX_RETRY_MS: u64 = 5 * 60 * 1000;

/// Where an application stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Delivery {
    /// On the device, to be sent (again) when possible.
    Waiting,
    /// The endpoint confirmed it has it.
    Received,
    /// The endpoint refused it (a 4xx other than 408/429): sending again will not help; the
    /// applicant is told whom to contact, and the application stays on the device.
    Rejected {
        /// The HTTP status.
        status: u16,
    },
}

/// One application in the outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxItem {
    /// The id every attempt carries (`Idempotency-Key`, OpenRosa instance id).
    pub submission_id: String,
    /// The short reference the applicant was shown.
    pub reference: String,
    /// The form definition's text as it was filled in, so the application can be sent as it
    /// was written even after the form changes, and from any page of the app.
    pub form_source: String,
    /// The finished application.
    pub draft: Draft,
    /// When "Send" was pressed (ms since 1970).
    pub submitted_at_ms: u64,
    /// The same moment as ISO 8601 text, as sent.
    pub submitted_at: String,
    /// Attempts made so far.
    pub attempts: u32,
    /// Not before this moment (ms since 1970).
    pub next_attempt_at_ms: u64,
    /// Where it stands.
    pub delivery: Delivery,
    /// What went wrong last time, for the organisers.
    #[serde(default)]
    pub last_error: Option<String>,
    /// Where the resumable uploads of its recordings and files stand, when its endpoint takes
    /// them ahead of the submission (`uploads` in `config.json`): stored with the item after
    /// every chunk the server acknowledges, so a reload or a restart carries on from there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uploads: Vec<MediaUpload>,
    /// When the endpoint confirmed it (ms since 1970): set on a copy kept after delivery
    /// (`keep_delivered_hours` in `config.json`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at_ms: Option<u64>,
}

/// Whether a copy delivered at `delivered_at_ms` and kept for `keep_hours` is due for deletion at
/// `now_ms`.
pub fn kept_copy_expired(delivered_at_ms: u64, keep_hours: u32, now_ms: u64) -> bool {
    now_ms >= kept_until_ms(delivered_at_ms, keep_hours)
}

/// Until when a copy delivered at `delivered_at_ms` is kept, for `keep_hours`.
pub fn kept_until_ms(delivered_at_ms: u64, keep_hours: u32) -> u64 {
    delivered_at_ms.saturating_add(u64::from(keep_hours) * 3_600_000)
}

/// Where the upload of one recording or file of an application stands. What a restart needs and
/// no more: the server is asked how much it has before anything more is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaUpload {
    /// The [`MediaRef::id`] of the answer whose bytes these are.
    pub media_id: String,
    /// Where it was created (the endpoint's `uploads`).
    pub endpoint: String,
    /// The file's size.
    pub length: u64,
    /// The upload's URL, once the server created it.
    #[serde(default)]
    pub url: Option<String>,
    /// Bytes the server last acknowledged.
    #[serde(default)]
    pub offset: u64,
}

impl OutboxItem {
    /// A new item, due at once.
    pub fn new(
        draft: Draft,
        form_source: String,
        submission_id: String,
        reference: String,
        now_ms: u64,
        now_iso: String,
    ) -> Self {
        OutboxItem {
            submission_id,
            reference,
            form_source,
            draft,
            submitted_at_ms: now_ms,
            submitted_at: now_iso,
            attempts: 0,
            next_attempt_at_ms: now_ms,
            delivery: Delivery::Waiting,
            last_error: None,
            uploads: Vec::new(),
            delivered_at_ms: None,
        }
    }

    /// The resumable uploads of `files` (each answer's [`MediaRef`] and the size of the bytes
    /// stored for it) to `creation_url`, in chunks of `chunk_bytes`, one per file in their order:
    /// an upload already under way for the same bytes and place carries on, asking the server
    /// where it stands first (the request it was making may have been cut off); each other file
    /// gets a new one; uploads of files no longer sent are forgotten. Tell the item about each
    /// step forward with [`OutboxItem::note_upload`].
    pub fn start_uploads(&mut self, creation_url: &str, files: &[(&MediaRef, u64)], chunk_bytes: u64) -> Vec<Upload> {
        let before = std::mem::take(&mut self.uploads);
        let mut uploads = Vec::new();
        for (media, length) in files {
            let same = |u: &&MediaUpload| u.media_id == media.id && u.endpoint == creation_url && u.length == *length;
            let known = before.iter().find(same).and_then(|u| Some((u.url.as_deref()?, u.offset)));
            uploads.push(match known {
                Some((url, offset)) => Upload::resuming(creation_url, url, *length, offset, chunk_bytes),
                None => Upload::new(creation_url, *length, chunk_bytes)
                    .with_metadata(&[("filename", &media.name), ("filetype", &media.mime)]),
            });
            let (url, offset) = known.map_or((None, 0), |(url, offset)| (Some(url.to_owned()), offset));
            self.uploads.push(MediaUpload {
                media_id: media.id.clone(),
                endpoint: creation_url.to_owned(),
                length: *length,
                url,
                offset,
            });
        }
        uploads
    }

    /// Records where upload `index` (of [`OutboxItem::start_uploads`]) stands now; whether that
    /// is news worth storing.
    pub fn note_upload(&mut self, index: usize, upload: &Upload) -> bool {
        let Some(kept) = self.uploads.get_mut(index) else { return false };
        let (url, offset) = (upload.url().map(str::to_owned), upload.progress().acknowledged);
        let news = kept.url != url || kept.offset != offset;
        kept.url = url;
        kept.offset = offset;
        news
    }

    /// `(media id, upload URL)` of every finished upload, as
    /// [`attach_uploads`](crate::submission::attach_uploads) takes them.
    pub fn uploaded(&self) -> Vec<(String, String)> {
        self.uploads
            .iter()
            .filter(|u| u.offset == u.length)
            .filter_map(|u| Some((u.media_id.clone(), u.url.clone()?)))
            .collect()
    }

    /// Whether it should be sent now.
    pub fn is_due(&self, now_ms: u64) -> bool {
        self.delivery == Delivery::Waiting && self.next_attempt_at_ms <= now_ms
    }

    /// Notes a failed attempt that may succeed later, and when to try next: exponential backoff
    /// with jitter (`jitter` in 0..1, from a random source) so that many tablets coming back
    /// online together do not all knock at once; a server's `Retry-After` is respected.
    pub fn record_retryable_failure(&mut self, now_ms: u64, jitter: f64, retry_after_s: Option<u32>, error: String) {
        self.attempts = self.attempts.saturating_add(1);
        let wait = backoff_ms(self.attempts, jitter).max(retry_after_s.map_or(0, |s| u64::from(s) * 1000));
        self.next_attempt_at_ms = now_ms.saturating_add(wait);
        self.last_error = Some(error);
    }

    /// The ids of the recordings and files among its answers (stored apart, deleted with it).
    pub fn media_ids(&self) -> Vec<String> {
        self.draft.answers.media().iter().map(|m| m.id.clone()).collect()
    }

    /// Notes the endpoint's receipt at `now_ms`.
    pub fn record_delivery(&mut self, now_ms: u64) {
        self.attempts = self.attempts.saturating_add(1);
        self.delivery = Delivery::Received;
        self.delivered_at_ms = Some(now_ms);
        self.last_error = None;
    }

    /// Notes a refusal: no more automatic attempts.
    pub fn record_rejection(&mut self, status: u16, error: String) {
        self.attempts = self.attempts.saturating_add(1);
        self.delivery = Delivery::Rejected { status };
        self.last_error = Some(error);
    }

    /// The item as JSON, for storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored item.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }
}

/// The wait after `attempt` failures: 2 s, 4 s, 8 s … up to 5 minutes, then scaled into
/// 50–100 % of that by `jitter` (0..1).
pub fn backoff_ms(attempt: u32, jitter: f64) -> u64 {
    let exponential = FIRST_RETRY_MS.saturating_mul(1u64 << attempt.saturating_sub(1).min(20)).min(MAX_RETRY_MS);
    let scale = 0.5 + 0.5 * jitter.clamp(0.0, 1.0);
    (exponential as f64 * scale) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answers;
    use crate::tus::Progress;

    fn item() -> OutboxItem {
        let draft = Draft {
            schema_version: 1,
            id: "d".into(),
            form_id: "f".into(),
            form_version: "1".into(),
            form_hash: "h".into(),
            language: "en".into(),
            answers: Answers::default(),
            position: None,
            nickname: None,
            created_at_ms: 0,
            updated_at_ms: 0,
            sent_as: None,
        };
        OutboxItem::new(draft, "{}".into(), "s1".into(), "ACD-EFG".into(), 1_000, "1970-01-01T00:00:01Z".into())
    }

    fn media(id: &str, bytes: u64) -> MediaRef {
        MediaRef { id: id.into(), name: format!("{id}.webm"), mime: "video/webm".into(), bytes, duration_ms: None }
    }

    #[test]
    fn a_kept_copy_expires_after_its_hours_and_not_before() -> Result<(), serde_json::Error> {
        let mut i = item();
        i.record_delivery(5_000);
        assert_eq!((i.delivery.clone(), i.delivered_at_ms), (Delivery::Received, Some(5_000)));
        assert!(!i.is_due(u64::MAX), "a delivered item is never sent again");
        let back = OutboxItem::from_json(&i.to_json())?;
        assert_eq!(back.delivered_at_ms, Some(5_000));
        assert!(kept_copy_expired(5_000, 0, 5_000), "0 hours: deleted at once");
        assert!(!kept_copy_expired(5_000, 24, 5_000 + 24 * 3_600_000 - 1));
        assert!(kept_copy_expired(5_000, 24, 5_000 + 24 * 3_600_000));
        assert_eq!(kept_until_ms(u64::MAX - 1, 1), u64::MAX);
        // Items stored before the field existed still read.
        let old = i.to_json().replace(",\"delivered_at_ms\":5000", "");
        assert!(!old.contains("delivered_at_ms"));
        assert_eq!(OutboxItem::from_json(&old)?.delivered_at_ms, None);
        Ok(())
    }

    #[test]
    fn uploads_are_kept_with_the_item_and_carry_on_after_a_restart() {
        use crate::tus::{Method, Reply, Step};
        const FILES: &str = "https://forms.example.org/files/";
        let (pitch, photo) = (media("pitch", 10), media("photo", 3));
        let mut it = item();
        let mut uploads = it.start_uploads(FILES, &[(&pitch, 10), (&photo, 3)], 4);
        assert_eq!(uploads.iter().map(Upload::progress).sum::<Progress>().length, 13);
        // The pitch is created and half sent, then the tab is closed.
        let Step::Send(create) = uploads[0].next() else { panic!("a request") };
        assert!(
            create.headers.contains(&("Upload-Metadata", "filename cGl0Y2gud2VibQ==,filetype dmlkZW8vd2VibQ==".into()))
        );
        uploads[0].answered(&Reply { status: 201, location: Some("/files/p".into()), ..Reply::default() });
        assert!(it.note_upload(0, &uploads[0]), "created: worth storing");
        assert!(!it.note_upload(0, &uploads[0]), "nothing new");
        uploads[0].answered(&Reply { status: 204, upload_offset: Some("4".into()), ..Reply::default() });
        assert!(it.note_upload(0, &uploads[0]));
        assert!(it.uploaded().is_empty());
        let mut it = OutboxItem::from_json(&it.to_json()).unwrap_or_else(|e| panic!("{e}"));
        // Opened again, with the photo answer removed: the pitch goes on from the server's offset.
        let mut uploads = it.start_uploads(FILES, &[(&pitch, 10)], 4);
        assert_eq!((uploads.len(), it.uploads.len()), (1, 1));
        assert_eq!(uploads[0].progress().acknowledged, 4, "the bar starts where it was");
        let Step::Send(head) = uploads[0].next() else { panic!("a request") };
        assert_eq!((head.method, head.url.as_str()), (Method::Head, "https://forms.example.org/files/p"));
        uploads[0].answered(&Reply { status: 200, upload_offset: Some("10".into()), ..Reply::default() });
        it.note_upload(0, &uploads[0]);
        assert_eq!(it.uploaded(), [("pitch".to_owned(), "https://forms.example.org/files/p".to_owned())]);
        // A retaken recording (other bytes), or another place to upload to, starts afresh.
        let uploads = it.start_uploads(FILES, &[(&pitch, 12)], 4);
        assert_eq!((it.uploaded(), uploads[0].url()), (vec![], None));
        it.start_uploads("https://elsewhere.example.org/files/", &[(&pitch, 12)], 4);
        assert_eq!(it.uploads[0].url, None);
    }

    #[test]
    fn waits_grow_exponentially_with_jitter_and_are_capped() {
        assert_eq!(backoff_ms(1, 1.0), 2_000);
        assert_eq!(backoff_ms(2, 1.0), 4_000);
        assert_eq!(backoff_ms(3, 0.0), 4_000);
        assert_eq!(backoff_ms(30, 1.0), MAX_RETRY_MS);
        assert!((1_000..=2_000).contains(&backoff_ms(1, 0.37)));
    }

    #[test]
    fn a_failure_schedules_the_next_attempt_and_a_rejection_stops_them() {
        let mut it = item();
        assert!(it.is_due(1_000));
        it.record_retryable_failure(1_000, 1.0, None, "offline".into());
        assert!(!it.is_due(2_999));
        assert!(it.is_due(3_000));
        it.record_retryable_failure(3_000, 1.0, Some(60), "429".into());
        assert_eq!(it.next_attempt_at_ms, 63_000, "Retry-After wins when longer");
        it.record_rejection(400, "bad".into());
        assert!(!it.is_due(u64::MAX));
        assert_eq!(OutboxItem::from_json(&it.to_json()).ok(), Some(it));
    }
}
