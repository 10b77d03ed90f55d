//! Drafts on the device, in IndexedDB (through `indexed_db_futures`). Each draft is stored as
//! its JSON text under its id, so what is stored is exactly what the engine's `Draft` writes; an
//! application protected by a PIN (shared-tablet mode) is stored sealed instead
//! (`forms::sealed::Sealed`, through `seal`), and so are its outbox copy and its recordings.

use std::cell::RefCell;

use forms::outbox::OutboxItem;
use forms::sealed::{Sealed, SealedKind};
use forms::{Draft, Summary};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use wasm_bindgen::JsCast;

use crate::platform::seal;

const DB_NAME: &str = "seedform";
const DRAFTS: &str = "drafts";
const OUTBOX: &str = "outbox";
const MEDIA: &str = "media";
/// Requests kept for the service worker's Background Sync (`submit::replay`).
const REPLAY: &str = "replay";

/// Why the device could not keep an application.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StorageError {
    /// No IndexedDB (some private modes), or it refused to open.
    #[error("this device cannot save answers: {0}")]
    Unavailable(String),
    /// The device is full (QuotaExceededError).
    #[error("this device is full")]
    Full,
    /// Anything else, with the browser's words for the organiser's details.
    #[error("saving failed: {0}")]
    Failed(String),
}

impl StorageError {
    fn from_any(e: impl std::fmt::Display) -> Self {
        let text = e.to_string();
        if text.contains("Quota") { StorageError::Full } else { StorageError::Failed(text) }
    }
}

thread_local! {
    /// The open database, kept for the page's life: opening costs more than a save.
    static OPEN: RefCell<Option<Database>> = const { RefCell::new(None) };
}

async fn db() -> Result<Database, StorageError> {
    if let Some(db) = OPEN.with(|o| o.borrow().clone()) {
        return Ok(db);
    }
    let db = Database::open(DB_NAME)
        .with_version(4u8)
        .with_on_upgrade_needed(|event, db| {
            if event.old_version() < 1.0 {
                db.create_object_store(DRAFTS).build()?;
            }
            if event.old_version() < 2.0 {
                db.create_object_store(OUTBOX).build()?;
            }
            if event.old_version() < 3.0 {
                db.create_object_store(MEDIA).build()?;
            }
            if event.old_version() < 4.0 {
                db.create_object_store(REPLAY).build()?;
            }
            Ok(())
        })
        .await
        .map_err(|e| StorageError::Unavailable(e.to_string()))?;
    OPEN.with(|o| *o.borrow_mut() = Some(db.clone()));
    Ok(db)
}

async fn put(store_name: &str, key: &str, text: String) -> Result<(), StorageError> {
    let db = db().await?;
    let tx =
        db.transaction(store_name).with_mode(TransactionMode::Readwrite).build().map_err(StorageError::from_any)?;
    let store = tx.object_store(store_name).map_err(StorageError::from_any)?;
    store.put(text).with_key(key.to_owned()).await.map_err(StorageError::from_any)?;
    tx.commit().await.map_err(StorageError::from_any)?;
    Ok(())
}

async fn all(store_name: &str) -> Result<Vec<String>, StorageError> {
    let db = db().await?;
    let tx = db.transaction(store_name).build().map_err(StorageError::from_any)?;
    let store = tx.object_store(store_name).map_err(StorageError::from_any)?;
    Ok(store.get_all::<String>().await.map_err(StorageError::from_any)?.filter_map(Result::ok).collect())
}

async fn delete(store_name: &str, key: &str) -> Result<(), StorageError> {
    let db = db().await?;
    let tx =
        db.transaction(store_name).with_mode(TransactionMode::Readwrite).build().map_err(StorageError::from_any)?;
    let store = tx.object_store(store_name).map_err(StorageError::from_any)?;
    store.delete(key.to_owned()).await.map_err(StorageError::from_any)?;
    tx.commit().await.map_err(StorageError::from_any)?;
    Ok(())
}

/// A stored application in progress, read only as far as the start page needs (which form, when,
/// its nickname); the list of saved applications reads the rest ([`Saved::read`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    summary: Summary,
    text: String,
}

/// A stored application in progress, read in full.
pub enum Read {
    /// A draft without a PIN.
    Open(Draft),
    /// A draft only its PIN opens; only its nickname and times can be shown.
    Sealed(Sealed),
}

impl Saved {
    fn from_json(text: &str) -> Option<Saved> {
        Summary::from_json(text).map(|summary| Saved { summary, text: text.to_owned() })
    }

    /// Reads it in full; `None` if it cannot be read (it is left in place, never deleted).
    pub fn read(&self) -> Option<Read> {
        if self.summary.sealed {
            Sealed::from_json(&self.text).map(Read::Sealed)
        } else {
            Draft::from_json(&self.text).ok().map(Read::Open)
        }
    }

    /// The draft's id.
    pub fn id(&self) -> &str {
        &self.summary.id
    }

    /// The form's id.
    pub fn form_id(&self) -> &str {
        &self.summary.form_id
    }

    /// When it last changed (ms since 1970).
    pub fn updated_at_ms(&self) -> u64 {
        self.summary.updated_at_ms
    }

    /// The nickname the applicant chose, if any.
    pub fn nickname(&self) -> Option<&str> {
        self.summary.nickname.as_deref()
    }
}

thread_local! {
    /// The open sealed application's last sealed copy, for the synchronous backup at `pagehide`
    /// (encryption is asynchronous and cannot run then).
    static LAST_SEALED: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Saves `draft`, replacing the stored copy; sealed if it is open with a PIN.
pub async fn save_draft(draft: &Draft) -> Result<(), StorageError> {
    if seal::is_protected(&draft.id) {
        let sealed = seal::seal(SealedKind::Draft, &draft.id, &draft.form_id, draft.updated_at_ms, &draft.to_json())
            .await
            .map_err(|e| StorageError::Failed(e.to_string()))?;
        let text = sealed.to_json();
        LAST_SEALED.with(|l| *l.borrow_mut() = Some((draft.id.clone(), text.clone())));
        return put(DRAFTS, &draft.id, text).await;
    }
    put(DRAFTS, &draft.id, draft.to_json()).await
}

/// Stores a sealed draft as it is (after a wrong PIN, to remember the wait).
pub async fn save_sealed(record: &Sealed) -> Result<(), StorageError> {
    put(DRAFTS, &record.draft_id, record.to_json()).await
}

/// Every stored draft that can be read (an unreadable one is left in place, never deleted), the
/// newest copy of each: IndexedDB's, or a backup from a closing page that could not be moved there
/// yet (a full device), so that it is still offered. With IndexedDB's problem, if it has one: the
/// backups are listed all the same.
pub async fn load_drafts() -> (Vec<Saved>, Option<StorageError>) {
    let (mut drafts, problem) = match stored_drafts().await {
        Ok(drafts) => (drafts, None),
        Err(e) => (Vec::new(), Some(e)),
    };
    for (_, backup) in backups() {
        match drafts.iter_mut().find(|d| d.id() == backup.id()) {
            Some(stored) if stored.updated_at_ms() < backup.updated_at_ms() => *stored = backup,
            Some(_) => {}
            None => drafts.push(backup),
        }
    }
    (drafts, problem)
}

/// The drafts in IndexedDB alone.
async fn stored_drafts() -> Result<Vec<Saved>, StorageError> {
    Ok(all(DRAFTS).await?.iter().filter_map(|t| Saved::from_json(t)).collect())
}

/// Deletes the draft `id` (after it was delivered, or when the applicant asks).
pub async fn delete_draft(id: &str) -> Result<(), StorageError> {
    forget_backup(id);
    delete(DRAFTS, id).await
}

/// Saves an outbox item, replacing the stored copy; sealed if its application is open with a PIN.
pub async fn save_outbox(item: &OutboxItem) -> Result<(), StorageError> {
    let draft = &item.draft;
    if seal::is_protected(&draft.id) {
        let mut sealed =
            seal::seal(SealedKind::Outbox, &draft.id, &draft.form_id, draft.updated_at_ms, &item.to_json())
                .await
                .map_err(|e| StorageError::Failed(e.to_string()))?;
        // A copy kept after delivery is deleted on time without its PIN: when, and what with it.
        if let Some(at) = item.delivered_at_ms {
            sealed.delivered_at_ms = Some(at);
            sealed.media_ids = item.media_ids();
        }
        return put(OUTBOX, &item.submission_id, sealed.to_json()).await;
    }
    put(OUTBOX, &item.submission_id, item.to_json()).await
}

/// How many items the outbox holds, for any form, sealed or not (none is read).
pub async fn outbox_count() -> Result<u32, StorageError> {
    let db = db().await?;
    let tx = db.transaction(OUTBOX).build().map_err(StorageError::from_any)?;
    let store = tx.object_store(OUTBOX).map_err(StorageError::from_any)?;
    store.count().await.map_err(StorageError::from_any)
}

/// Every outbox item that can be read: a sealed one only while its application is open.
pub async fn load_outbox() -> Result<Vec<OutboxItem>, StorageError> {
    let mut items = Vec::new();
    for text in all(OUTBOX).await? {
        let plain = match Sealed::from_json(&text) {
            Some(sealed) => match seal::open_own(&sealed).await {
                Ok(plain) => plain,
                Err(_) => continue,
            },
            None => text,
        };
        items.extend(OutboxItem::from_json(&plain).ok());
    }
    Ok(items)
}

/// Deletes every copy kept after delivery whose `keep_hours` have passed at `now_ms` (sealed
/// ones too, by the time and recordings their envelope names), with its recordings; how many.
pub async fn delete_expired_copies(keep_hours: u32, now_ms: u64) -> Result<usize, StorageError> {
    let db = db().await?;
    let tx = db.transaction(OUTBOX).build().map_err(StorageError::from_any)?;
    let store = tx.object_store(OUTBOX).map_err(StorageError::from_any)?;
    let keys: Vec<String> =
        store.get_all_keys::<String>().await.map_err(StorageError::from_any)?.filter_map(Result::ok).collect();
    let texts: Vec<String> =
        store.get_all::<String>().await.map_err(StorageError::from_any)?.filter_map(Result::ok).collect();
    drop(tx);
    let mut deleted = 0;
    for (key, text) in keys.iter().zip(&texts) {
        let (delivered_at_ms, media_ids) = match Sealed::from_json(text) {
            Some(sealed) => (sealed.delivered_at_ms, sealed.media_ids),
            None => match OutboxItem::from_json(text) {
                Ok(item) => (item.delivered_at_ms, item.media_ids()),
                Err(_) => continue,
            },
        };
        let Some(at) = delivered_at_ms else { continue };
        if forms::outbox::kept_copy_expired(at, keep_hours, now_ms) {
            delete_outbox_and_media(key, &media_ids).await?;
            deleted += 1;
        }
    }
    Ok(deleted)
}

/// Deletes outbox item `submission_id` and every chunk of the recordings `media_ids`: the
/// recordings first, so a failure leaves the item naming what is still to delete.
pub async fn delete_outbox_and_media(submission_id: &str, media_ids: &[String]) -> Result<(), StorageError> {
    for id in media_ids {
        delete_media(id).await?;
    }
    delete(OUTBOX, submission_id).await
}

/// Keeps the request the service worker may send for `submission_id` (`submit::replay`).
pub async fn save_replay(submission_id: &str, record: &js_sys::Object) -> Result<(), StorageError> {
    let db = db().await?;
    let tx = db.transaction(REPLAY).with_mode(TransactionMode::Readwrite).build().map_err(StorageError::from_any)?;
    let store = tx.object_store(REPLAY).map_err(StorageError::from_any)?;
    store
        .put(wasm_bindgen::JsValue::from(record))
        .with_key(submission_id.to_owned())
        .await
        .map_err(StorageError::from_any)?;
    tx.commit().await.map_err(StorageError::from_any)?;
    Ok(())
}

/// Forgets the kept request for `submission_id` (sent, or refused, by the page).
pub async fn delete_replay(submission_id: &str) -> Result<(), StorageError> {
    delete(REPLAY, submission_id).await
}

/// Stores chunk `n` of recording or file `media_id` (a `Blob`), as soon as it exists, so a
/// reload or a crash mid-recording keeps everything up to the last chunk. While an application
/// is open with a PIN, the chunk is stored encrypted (bytes, not a `Blob`); once it is locked,
/// not at all.
pub async fn put_media_chunk(media_id: &str, n: u32, chunk: &web_sys::Blob) -> Result<(), StorageError> {
    let value: wasm_bindgen::JsValue = if seal::any_protected() {
        let bytes = wasm_bindgen_futures::JsFuture::from(chunk.array_buffer())
            .await
            .map_err(|e| StorageError::Failed(format!("{e:?}")))?;
        let sealed = seal::seal_bytes(&js_sys::Uint8Array::new(&bytes).to_vec())
            .await
            .map_err(|e| StorageError::Failed(e.to_string()))?;
        js_sys::Uint8Array::from(&sealed[..]).into()
    } else {
        chunk.clone().into()
    };
    let db = db().await?;
    let tx = db.transaction(MEDIA).with_mode(TransactionMode::Readwrite).build().map_err(StorageError::from_any)?;
    let store = tx.object_store(MEDIA).map_err(StorageError::from_any)?;
    store.put(value).with_key(format!("{media_id}:{n:06}")).await.map_err(StorageError::from_any)?;
    tx.commit().await.map_err(StorageError::from_any)?;
    Ok(())
}

/// The whole of recording or file `media_id`, its chunks joined in order (encrypted ones opened
/// with the open application's key), with `mime` as type.
pub async fn load_media(media_id: &str, mime: &str) -> Result<web_sys::Blob, StorageError> {
    let db = db().await?;
    let tx = db.transaction(MEDIA).build().map_err(StorageError::from_any)?;
    let store = tx.object_store(MEDIA).map_err(StorageError::from_any)?;
    let range = format!("{media_id}:")..format!("{media_id}:~");
    let chunks: Vec<wasm_bindgen::JsValue> = store
        .get_all::<wasm_bindgen::JsValue>()
        .with_query(range)
        .await
        .map_err(StorageError::from_any)?
        .filter_map(Result::ok)
        .collect();
    let parts = js_sys::Array::new();
    for c in chunks {
        if c.is_instance_of::<web_sys::Blob>() {
            parts.push(&c);
        } else {
            let sealed = js_sys::Uint8Array::new(&c).to_vec();
            let plain = seal::open_bytes(&sealed).await.map_err(|e| StorageError::Failed(e.to_string()))?;
            parts.push(&js_sys::Uint8Array::from(&plain[..]));
        }
    }
    let options = web_sys::BlobPropertyBag::new();
    // The base type only ("video/webm"): "codecs=vp8,opus" is not a valid header parameter
    // (a comma in an unquoted value), and strict multipart parsers drop the whole type.
    options.set_type(mime.split(';').next().unwrap_or(mime).trim());
    web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &options)
        .map_err(|e| StorageError::Failed(format!("{e:?}")))
}

/// Deletes every chunk of `media_id` (a retake, or after delivery).
pub async fn delete_media(media_id: &str) -> Result<(), StorageError> {
    let db = db().await?;
    let tx = db.transaction(MEDIA).with_mode(TransactionMode::Readwrite).build().map_err(StorageError::from_any)?;
    let store = tx.object_store(MEDIA).map_err(StorageError::from_any)?;
    store.delete(format!("{media_id}:")..format!("{media_id}:~")).await.map_err(StorageError::from_any)?;
    tx.commit().await.map_err(StorageError::from_any)?;
    Ok(())
}

const BACKUP_PREFIX: &str = "seedform-draft-backup:";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Writes `draft` synchronously to `localStorage`: the one write a closing page is sure to finish.
/// An application protected by a PIN writes its last sealed copy, never the plain text, even
/// after the tablet has locked it.
pub fn backup_now(draft: &Draft) {
    let Some(ls) = local_storage() else { return };
    let text = if seal::is_protected(&draft.id) {
        match LAST_SEALED.with(|l| l.borrow().as_ref().filter(|(id, _)| *id == draft.id).map(|(_, t)| t.clone())) {
            Some(text) => text,
            None => return,
        }
    } else {
        draft.to_json()
    };
    let _ = ls.set_item(&format!("{BACKUP_PREFIX}{}", draft.id), &text);
}

/// Moves drafts backed up while a page was closing into IndexedDB (when newer than the copy
/// there), then removes the backups.
pub async fn restore_backups() {
    let Some(ls) = local_storage() else { return };
    let backups = backups();
    if backups.is_empty() {
        return;
    }
    let stored = stored_drafts().await.unwrap_or_default();
    for (key, backup) in backups {
        let newer =
            stored.iter().find(|d| d.id() == backup.id()).is_none_or(|d| d.updated_at_ms() <= backup.updated_at_ms());
        let kept = !newer || put(DRAFTS, &backup.summary.id, backup.text).await.is_ok();
        // Removed only once IndexedDB has it: a failed move leaves the backup for next time.
        if kept {
            let _ = ls.remove_item(&key);
        }
    }
}

/// The drafts backed up while a page was closing, with their `localStorage` keys. A backup that
/// cannot be read is removed.
fn backups() -> Vec<(String, Saved)> {
    let Some(ls) = local_storage() else { return Vec::new() };
    let keys: Vec<String> = (0..ls.length().unwrap_or(0))
        .filter_map(|i| ls.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    keys.into_iter()
        .filter_map(|key| match ls.get_item(&key).ok().flatten().and_then(|t| Saved::from_json(&t)) {
            Some(backup) => Some((key, backup)),
            None => {
                let _ = ls.remove_item(&key);
                None
            }
        })
        .collect()
}

/// Deletes a draft's backup (after delivery, or when the applicant deletes the draft).
pub fn forget_backup(id: &str) {
    if let Some(ls) = local_storage() {
        let _ = ls.remove_item(&format!("{BACKUP_PREFIX}{id}"));
    }
}

/// Asks the browser to keep this site's storage under pressure (`navigator.storage.persist()`).
pub fn ask_to_persist() {
    if let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = storage.persist();
    }
}
