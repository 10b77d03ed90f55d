//! Where accepted submissions go: one folder per submission, once.
//!
//! ```text
//! <data>/
//!   json/<submission id>/submission.json        the record GET /submissions lists
//!   multipart/<submission id>/submission.json
//!   multipart/<submission id>/files/01-pitch.webm
//!   openrosa/<instance id without uuid:>/submission.json
//!   openrosa/<instance id without uuid:>/instance.xml
//!   openrosa/<instance id without uuid:>/files/01-pitch.webm
//!   .incoming/                                  requests still being read (cleared at start)
//!   uploads/<upload id>                         a resumable upload's bytes (kept across restarts)
//!   uploads/<upload id>.json                    its length and metadata
//! ```
//!
//! A request is read into its own folder under `.incoming/` first; only a complete, valid
//! submission is renamed into place, so a cut connection or a rejected request leaves nothing
//! behind, and a folder that exists is always a whole submission.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;
use tokio::sync::Mutex;

/// The submissions folder.
pub struct Store {
    root: PathBuf,
    next_incoming: AtomicU64,
    /// Serialises check-then-rename, so two copies of one submission arriving at once store one.
    commit: Mutex<()>,
}

/// A file that arrived with a submission.
#[derive(Debug, Clone, Serialize)]
pub struct StoredFile {
    /// The multipart field (part) name.
    pub field: String,
    /// The file name the client gave.
    pub name: String,
    /// The content type the client gave.
    pub content_type: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the bytes, as 64 hex digits.
    pub sha256: String,
    /// Where it is, relative to the submission's folder.
    pub stored_as: String,
    /// The resumable upload it was taken from (`json` answers that name one), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload: Option<String>,
}

/// A request being read: a private folder that becomes the submission's folder if accepted.
pub struct Incoming {
    dir: PathBuf,
    files: usize,
    committed: bool,
}

/// What happened to a complete, valid submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commit {
    /// Stored now.
    Stored,
    /// A submission with this id was stored before; nothing new was stored.
    Duplicate,
}

impl Store {
    /// Opens (creating) the data folder, clearing what a previous run left half-read.
    pub fn open(root: &Path) -> std::io::Result<Store> {
        std::fs::create_dir_all(root)?;
        let incoming = root.join(".incoming");
        if incoming.exists() {
            std::fs::remove_dir_all(&incoming)?;
        }
        std::fs::create_dir_all(&incoming)?;
        Ok(Store { root: root.to_owned(), next_incoming: AtomicU64::new(1), commit: Mutex::new(()) })
    }

    /// The data folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A private folder for one request.
    pub async fn incoming(&self) -> std::io::Result<Incoming> {
        let n = self.next_incoming.fetch_add(1, Ordering::SeqCst);
        let dir = self.root.join(".incoming").join(n.to_string());
        tokio::fs::create_dir_all(&dir).await?;
        Ok(Incoming { dir, files: 0, committed: false })
    }

    /// Stores `record` (and everything already in `incoming`) as `adapter/folder`, unless that
    /// submission was stored before.
    pub async fn commit(
        &self,
        mut incoming: Incoming,
        adapter: &str,
        folder: &str,
        record: &Value,
    ) -> std::io::Result<Commit> {
        let parent = self.root.join(adapter);
        tokio::fs::create_dir_all(&parent).await?;
        let target = parent.join(folder);
        let text = serde_json::to_vec_pretty(record).unwrap_or_default();
        tokio::fs::write(incoming.dir.join("submission.json"), text).await?;
        let _guard = self.commit.lock().await;
        if tokio::fs::try_exists(&target).await? {
            return Ok(Commit::Duplicate);
        }
        tokio::fs::rename(&incoming.dir, &target).await?;
        incoming.committed = true;
        Ok(Commit::Stored)
    }

    /// Every stored submission's record, oldest first.
    pub async fn list(&self) -> Vec<Value> {
        let mut out = Vec::new();
        for adapter in ["json", "multipart", "openrosa"] {
            let Ok(mut dir) = tokio::fs::read_dir(self.root.join(adapter)).await else { continue };
            while let Ok(Some(entry)) = dir.next_entry().await {
                if let Ok(bytes) = tokio::fs::read(entry.path().join("submission.json")).await
                    && let Ok(record) = serde_json::from_slice::<Value>(&bytes)
                {
                    out.push(record);
                }
            }
        }
        let key = |v: &Value| {
            (
                v.get("received_at").and_then(Value::as_str).unwrap_or_default().to_owned(),
                v.get("id").and_then(Value::as_str).unwrap_or_default().to_owned(),
            )
        };
        out.sort_by_key(key);
        out
    }
}

impl Incoming {
    /// Writes a small file (such as the raw XML instance) into the submission's folder.
    pub async fn write(&self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        tokio::fs::write(self.dir.join(name), bytes).await
    }

    /// Starts a received file, named safely whatever the client called it.
    pub async fn file(&mut self, field: &str, name: &str, content_type: &str) -> std::io::Result<FileWriter> {
        self.files += 1;
        let stored_as = format!("files/{:02}-{}", self.files, safe_file_name(name));
        tokio::fs::create_dir_all(self.dir.join("files")).await?;
        let out = tokio::fs::File::create(self.dir.join(&stored_as)).await?;
        Ok(FileWriter {
            out,
            hash: Sha256::new(),
            info: StoredFile {
                field: field.to_owned(),
                name: name.to_owned(),
                content_type: content_type.to_owned(),
                size: 0,
                sha256: String::new(),
                stored_as,
                upload: None,
            },
        })
    }

    /// The bytes of a file written with [`Incoming::file`].
    pub async fn read(&self, file: &StoredFile) -> std::io::Result<Vec<u8>> {
        tokio::fs::read(self.dir.join(&file.stored_as)).await
    }
}

impl Drop for Incoming {
    fn drop(&mut self) {
        if !self.committed {
            // A rejected, duplicate or cut request leaves nothing behind.
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// A received file being written, hashed as it arrives.
pub struct FileWriter {
    out: tokio::fs::File,
    hash: Sha256,
    info: StoredFile,
}

impl FileWriter {
    /// Appends a chunk.
    pub async fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        self.hash.update(chunk);
        self.info.size += chunk.len() as u64;
        self.out.write_all(chunk).await
    }

    /// Finishes the file.
    pub async fn finish(mut self) -> std::io::Result<StoredFile> {
        self.out.flush().await?;
        self.info.sha256 = hex(&self.hash.finalize());
        Ok(self.info)
    }
}

/// Lower-case hex digits of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A submission id is used as a folder name, so only safe characters are accepted.
pub fn safe_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 100 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A client's file name, reduced to characters that are safe in any file system.
fn safe_file_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' })
        .take(100)
        .collect();
    let safe = safe.trim_start_matches('.');
    if safe.is_empty() { "file".to_owned() } else { safe.to_owned() }
}

/// Now, as an ISO 8601 UTC timestamp with milliseconds.
pub fn now_iso() -> String {
    let ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0);
    forms::submission::iso_from_ms(u64::try_from(ms).unwrap_or(0))
}
