//! Resumable uploads under `/files/`: tus 1.0, the core protocol and the `creation` extension
//! (<https://tus.io/protocols/resumable-upload>), so the app can send a large recording in
//! chunks and carry on from where a cut connection left it.
//!
//! | request | answer |
//! | --- | --- |
//! | `OPTIONS /files/` | 204 with `Tus-Version`, `Tus-Extension: creation`, `Tus-Max-Size` |
//! | `POST /files/` with `Upload-Length` (and `Upload-Metadata`) | 201 with `Location` |
//! | `HEAD /files/{id}` | 200 with `Upload-Offset`, `Upload-Length`, `Cache-Control: no-store` |
//! | `PATCH /files/{id}` with `Upload-Offset`, `Content-Type: application/offset+octet-stream` | 204 with the new `Upload-Offset` |
//!
//! Every answer carries `Tus-Resumable: 1.0.0`; every request but `OPTIONS` must too (else 412).
//! A `PATCH` answers 409 when its offset is not the server's, 415 for another content type, 404
//! for an unknown upload, and 413 past the upload's length. A `PATCH` to an upload another
//! `PATCH` is still reading asks that one to stop (keeping what it stored), then goes on (423
//! if it has not stopped within a second). An upload longer than [`MAX_BODY_BYTES`] is refused
//! with 413.
//!
//! Each upload is two files in `<data>/uploads/`: `<id>` (the bytes) and `<id>.json` (length,
//! metadata). The offset is the bytes file's size, so a restart keeps every upload. A `PATCH`
//! body is written to the file as it arrives, with nothing held back in the process, so the
//! bytes of a request cut off mid-body are kept and the client resumes after them.
//!
//! The `cut_every_bytes` fault ([`crate::faults`]) drops the connection each time that many
//! more `PATCH` bytes have arrived, as a network that keeps failing does.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::Router;
use axum::extract::{ConnectInfo, Path as UrlPath, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{head, post};
use base64::Engine;
use http_body_util::BodyExt;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tokio::sync::Notify;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::Endpoint;
use crate::conn::Conn;
use crate::receive::media_type;
use crate::reply::{Adapter, MAX_BODY_BYTES, reject};
use crate::store::{hex, now_iso, safe_id};

/// The protocol version served.
pub const TUS_VERSION: &str = "1.0.0";

/// The content type of a `PATCH` body.
pub const OFFSET_CONTENT_TYPE: &str = "application/offset+octet-stream";

/// Where uploads start: `POST` here, and each upload's URL is this followed by its id.
pub const FILES: &str = "/files/";

/// The uploads, on disk and in memory.
pub struct Uploads {
    dir: PathBuf,
    table: Mutex<HashMap<String, Upload>>,
    next: AtomicU64,
}

/// One upload as the endpoint knows it.
#[derive(Debug, Clone, Serialize)]
struct Upload {
    length: u64,
    /// Bytes stored: the size of the bytes file.
    offset: u64,
    #[serde(skip)]
    metadata: Option<String>,
    /// While a `PATCH` is being read: how to ask it to stop.
    #[serde(skip)]
    reader: Option<Arc<Notify>>,
    /// `PATCH` body bytes read since the endpoint started, including any the `cut_every_bytes`
    /// fault threw away.
    received: u64,
    /// `PATCH` requests since the endpoint started.
    patches: u64,
    /// Connections cut by the `cut_every_bytes` fault.
    cuts: u64,
}

/// `<id>.json`.
#[derive(Debug, Serialize, Deserialize)]
struct Info {
    length: u64,
    /// `Upload-Metadata` as sent, returned by `HEAD`.
    metadata: Option<String>,
    /// The same, decoded, for people reading the folder.
    #[serde(default)]
    decoded: BTreeMap<String, String>,
    created_at: String,
}

/// What the submission routes need to know of an upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Bytes stored.
    pub offset: u64,
    /// Bytes announced.
    pub length: u64,
}

impl Uploads {
    /// Opens (creating) the uploads folder, reading back what an earlier run stored.
    pub fn open(dir: &Path) -> std::io::Result<Uploads> {
        std::fs::create_dir_all(dir)?;
        let mut table = HashMap::new();
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            let Some(id) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".json")) else {
                continue;
            };
            let Ok(info) = serde_json::from_slice::<Info>(&std::fs::read(&path)?) else { continue };
            let Ok(bytes) = std::fs::metadata(dir.join(id)) else { continue };
            let upload = Upload {
                length: info.length,
                offset: bytes.len().min(info.length),
                metadata: info.metadata,
                reader: None,
                received: 0,
                patches: 0,
                cuts: 0,
            };
            table.insert(id.to_owned(), upload);
        }
        Ok(Uploads { dir: dir.to_owned(), table: Mutex::new(table), next: AtomicU64::new(1) })
    }

    /// Where an upload's bytes are.
    pub fn path(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    /// How far upload `id` has got, if there is one.
    pub fn find(&self, id: &str) -> Option<Found> {
        self.table().get(id).map(|u| Found { offset: u.offset, length: u.length })
    }

    /// Every upload's counters, for `GET /_stats`.
    pub fn stats(&self) -> Value {
        let table = self.table();
        let sorted: BTreeMap<_, _> = table.iter().collect();
        serde_json::to_value(sorted).unwrap_or_default()
    }

    fn table(&self) -> MutexGuard<'_, HashMap<String, Upload>> {
        // A panic while the lock was held cannot leave the table half-changed: every change is
        // one assignment.
        self.table.lock().unwrap_or_else(PoisonError::into_inner)
    }

    async fn create(
        &self,
        length: u64,
        metadata: Option<String>,
        decoded: BTreeMap<String, String>,
    ) -> std::io::Result<String> {
        let n = self.next.fetch_add(1, Ordering::SeqCst);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
        // Hard to guess, so one applicant's upload URL does not lead to another's.
        let seed = format!("{nanos}-{n}-{}-{}", std::process::id(), self.dir.display());
        let id = hex(&Sha256::digest(seed.as_bytes())[..16]);
        let info = Info { length, metadata: metadata.clone(), decoded, created_at: now_iso() };
        tokio::fs::write(self.path(&id), b"").await?;
        tokio::fs::write(self.dir.join(format!("{id}.json")), serde_json::to_vec_pretty(&info).unwrap_or_default())
            .await?;
        let upload = Upload { length, offset: 0, metadata, reader: None, received: 0, patches: 0, cuts: 0 };
        self.table().insert(id.clone(), upload);
        Ok(id)
    }

    /// Claims upload `id` for one `PATCH`. A `PATCH` still being read is asked to stop first:
    /// a phone that changed networks leaves its old connection open but silent, and its next
    /// `PATCH` must not be locked out until that connection times out.
    async fn claim(&self, id: &str) -> Result<Claim<'_>, StatusCode> {
        for _ in 0..50 {
            {
                let mut table = self.table();
                let upload = table.get_mut(id).ok_or(StatusCode::NOT_FOUND)?;
                match &upload.reader {
                    Some(reader) => reader.notify_one(),
                    None => {
                        let stop = Arc::new(Notify::new());
                        upload.reader = Some(stop.clone());
                        upload.patches += 1;
                        return Ok(Claim { uploads: self, id: id.to_owned(), stop });
                    }
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        Err(StatusCode::LOCKED)
    }
}

/// One `PATCH`'s hold on an upload; let go when dropped, also when the request is abandoned.
struct Claim<'u> {
    uploads: &'u Uploads,
    id: String,
    /// Notified when another `PATCH` wants the upload.
    stop: Arc<Notify>,
}

impl Claim<'_> {
    fn with<T>(&self, f: impl FnOnce(&mut Upload) -> T) -> Option<T> {
        self.uploads.table().get_mut(&self.id).map(f)
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        let stop = self.stop.clone();
        self.with(|u| {
            if u.reader.as_ref().is_some_and(|r| Arc::ptr_eq(r, &stop)) {
                u.reader = None;
            }
        });
    }
}

/// The `/files/` routes, with their own CORS (see `cors`): merge them after the shared
/// `CorsLayer`, not under it. Every answer carries `Tus-Resumable`.
pub fn routes() -> Router<Arc<Endpoint>> {
    Router::new()
        .route("/files", post(create).options(options))
        .route(FILES, post(create).options(options))
        .route("/files/{id}", head(offset).patch(append).options(options))
        .layer(axum::middleware::from_fn(require_version))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("tus-resumable"),
            HeaderValue::from_static(TUS_VERSION),
        ))
        .layer(axum::middleware::from_fn(cors))
}

/// The headers a tus client reads.
const EXPOSED: &str =
    "Location, Upload-Offset, Upload-Length, Upload-Metadata, Tus-Resumable, Tus-Version, Tus-Extension, Tus-Max-Size";

/// The headers a tus client sends, allowed when a preflight does not list its own.
const REQUEST_HEADERS: &str = "Tus-Resumable, Upload-Length, Upload-Metadata, Upload-Offset, Content-Type";

/// CORS for the app on another origin (it sends `PATCH`, `HEAD` and the tus headers, and reads
/// `Location` and `Upload-Offset`). Not the shared `CorsLayer`: that answers every `OPTIONS`
/// itself, and tus also uses `OPTIONS` to say what the server supports; a preflight is the one
/// with `Access-Control-Request-Method`. The lists are spelled out rather than `*`, which the
/// older WebViews of borrowed tablets do not read; the request headers asked for are allowed
/// as asked, as the headers `config.json` adds may be among them.
async fn cors(request: Request, next: Next) -> Response {
    let preflight =
        request.method() == Method::OPTIONS && request.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut response = if preflight {
        let asked = request.headers().get(header::ACCESS_CONTROL_REQUEST_HEADERS).cloned();
        let mut response = StatusCode::NO_CONTENT.into_response();
        let headers = response.headers_mut();
        headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("POST, HEAD, PATCH, OPTIONS"));
        headers
            .insert(header::ACCESS_CONTROL_ALLOW_HEADERS, asked.unwrap_or(HeaderValue::from_static(REQUEST_HEADERS)));
        headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
        response
    } else {
        let mut response = next.run(request).await;
        response.headers_mut().insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static(EXPOSED));
        response
    };
    response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}

/// A refusal as the other routes give it: `{"error": message}`.
fn refusal(status: StatusCode, message: &str) -> Response {
    reject(Adapter::Json, status, message)
}

/// 412 for a request without `Tus-Resumable: 1.0.0` (`OPTIONS` needs none).
async fn require_version(request: Request, next: Next) -> Response {
    let speaks_tus = request.headers().get("tus-resumable").is_some_and(|v| v == TUS_VERSION);
    if request.method() == Method::OPTIONS || speaks_tus {
        return next.run(request).await;
    }
    let mut response = refusal(StatusCode::PRECONDITION_FAILED, "send Tus-Resumable: 1.0.0 (the only version served)");
    response.headers_mut().insert("tus-version", HeaderValue::from_static(TUS_VERSION));
    response
}

/// `OPTIONS`: what the server supports.
async fn options() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    headers.insert("tus-version", HeaderValue::from_static(TUS_VERSION));
    headers.insert("tus-extension", HeaderValue::from_static("creation"));
    headers.insert("tus-max-size", HeaderValue::from(MAX_BODY_BYTES));
    response
}

fn number(headers: &HeaderMap, name: &str) -> Option<u64> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}

/// `POST /files/`: creates an upload of `Upload-Length` bytes.
async fn create(State(state): State<Arc<Endpoint>>, headers: HeaderMap) -> Response {
    let Some(length) = number(&headers, "upload-length") else {
        let message = if headers.contains_key("upload-defer-length") {
            "Upload-Defer-Length is not supported: send Upload-Length"
        } else {
            "Upload-Length (the file's size in bytes) is missing or not a number"
        };
        return refusal(StatusCode::BAD_REQUEST, message);
    };
    if length > MAX_BODY_BYTES as u64 {
        return refusal(StatusCode::PAYLOAD_TOO_LARGE, &format!("an upload may have at most {MAX_BODY_BYTES} bytes"));
    }
    let metadata = match headers.get("upload-metadata").map(HeaderValue::to_str).transpose() {
        Ok(metadata) => metadata.map(str::to_owned),
        Err(_) => return refusal(StatusCode::BAD_REQUEST, "Upload-Metadata must be ASCII (values in base64)"),
    };
    let decoded = match metadata.as_deref().map(decode_metadata).transpose() {
        Ok(decoded) => decoded.unwrap_or_default(),
        Err(message) => return refusal(StatusCode::BAD_REQUEST, &message),
    };
    let id = match state.uploads.create(length, metadata, decoded).await {
        Ok(id) => id,
        Err(e) => return refusal(StatusCode::INSUFFICIENT_STORAGE, &format!("could not start the upload: {e}")),
    };
    // Absolute, as most tus servers answer, so a client that does not resolve it still works.
    let location = match headers.get(header::HOST).and_then(|h| h.to_str().ok()).filter(|h| !h.contains('/')) {
        Some(host) => format!("http://{host}{FILES}{id}"),
        None => format!("{FILES}{id}"),
    };
    let mut response = StatusCode::CREATED.into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// `Upload-Metadata`: comma-separated `key base64value` pairs (or a key alone).
fn decode_metadata(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut pairs = BTreeMap::new();
    for pair in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once(' ').unwrap_or((pair, ""));
        if !key.chars().all(|c| c.is_ascii_graphic()) {
            return Err(format!("Upload-Metadata: the key {key:?} has characters other than printable ASCII"));
        }
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(value.trim())
            .map_err(|e| format!("Upload-Metadata: the value of {key} is not base64: {e}"))?;
        pairs.insert(key.to_owned(), String::from_utf8_lossy(&bytes).into_owned());
    }
    Ok(pairs)
}

/// `HEAD /files/{id}`: how many bytes the server has. Never cached: the answer changes with
/// every `PATCH`.
async fn offset(State(state): State<Arc<Endpoint>>, UrlPath(id): UrlPath<String>) -> Response {
    let found = state.uploads.table().get(&id).map(|u| (u.offset, u.length, u.metadata.clone()));
    let mut response = match found {
        None => StatusCode::NOT_FOUND.into_response(),
        Some((offset, length, metadata)) => {
            let mut response = StatusCode::OK.into_response();
            let headers = response.headers_mut();
            headers.insert("upload-offset", HeaderValue::from(offset));
            headers.insert("upload-length", HeaderValue::from(length));
            if let Some(value) = metadata.and_then(|m| HeaderValue::from_str(&m).ok()) {
                headers.insert("upload-metadata", value);
            }
            response
        }
    };
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `PATCH /files/{id}`: appends the body at `Upload-Offset`.
async fn append(State(state): State<Arc<Endpoint>>, UrlPath(id): UrlPath<String>, request: Request) -> Response {
    if media_type(request.headers()) != OFFSET_CONTENT_TYPE {
        return refusal(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "a PATCH body must be Content-Type: application/offset+octet-stream",
        );
    }
    let Some(from) = number(request.headers(), "upload-offset") else {
        return refusal(StatusCode::BAD_REQUEST, "Upload-Offset is missing or not a number");
    };
    let claim = match state.uploads.claim(&id).await {
        Ok(claim) => claim,
        Err(StatusCode::NOT_FOUND) => return refusal(StatusCode::NOT_FOUND, "no such upload"),
        Err(status) => return refusal(status, "another PATCH to this upload is still being read; try again later"),
    };
    let Some((offset, length)) = claim.with(|u| (u.offset, u.length)) else {
        return refusal(StatusCode::NOT_FOUND, "no such upload");
    };
    if from != offset {
        let mut response =
            refusal(StatusCode::CONFLICT, &format!("Upload-Offset is {from}; the server has {offset} bytes"));
        response.headers_mut().insert("upload-offset", HeaderValue::from(offset));
        return response;
    }
    if number(request.headers(), "content-length").is_some_and(|n| offset.saturating_add(n) > length) {
        return refusal(StatusCode::PAYLOAD_TOO_LARGE, &format!("the body goes past the upload's {length} bytes"));
    }
    let conn = request.extensions().get::<ConnectInfo<Conn>>().map(|ConnectInfo(c)| c.clone());
    let mut file = match std::fs::OpenOptions::new().append(true).open(state.uploads.path(&id)) {
        Ok(file) => file,
        Err(e) => return refusal(StatusCode::INSUFFICIENT_STORAGE, &format!("could not open the upload: {e}")),
    };
    let mut body = request.into_body();
    let mut offset = offset;
    loop {
        let frame = tokio::select! {
            frame = body.frame() => frame,
            () = claim.stop.notified() => {
                return refusal(StatusCode::CONFLICT, "a newer PATCH to this upload took over");
            }
        };
        let Some(frame) = frame else { break };
        let Ok(frame) = frame else {
            // The client went away mid-body; what arrived is stored. Nobody reads this answer.
            return refusal(StatusCode::BAD_REQUEST, "the body was cut off");
        };
        let Ok(data) = frame.into_data() else { continue };
        claim.with(|u| u.received += data.len() as u64);
        let room = usize::try_from(length - offset).unwrap_or(usize::MAX);
        let mut take = data.len().min(room);
        let cut = state.faults.lock().await.take_patch_bytes(&mut take);
        // Written without an await between the write and the new offset, and with no buffer in
        // the process: a request abandoned at any await leaves the file and the offset agreeing.
        if let Err(e) = file.write_all(&data[..take]) {
            let stored = std::fs::metadata(state.uploads.path(&id)).map_or(offset, |m| m.len());
            claim.with(|u| u.offset = stored);
            return refusal(StatusCode::INSUFFICIENT_STORAGE, &format!("could not store the bytes: {e}"));
        }
        offset += take as u64;
        claim.with(|u| u.offset = offset);
        if cut {
            claim.with(|u| u.cuts += 1);
            if let Some(conn) = &conn {
                conn.cut();
                // Never written: the connection fails before hyper can send it.
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
            return refusal(StatusCode::INTERNAL_SERVER_ERROR, "cut_every_bytes needs seedform_endpoint::serve_api");
        }
        if take < data.len() {
            return refusal(StatusCode::PAYLOAD_TOO_LARGE, &format!("the body goes past the upload's {length} bytes"));
        }
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert("upload-offset", HeaderValue::from(offset));
    response
}

/// The upload id in `url`, if `url` names an upload of this endpoint: `/files/{id}`, or an
/// absolute URL with that path on `host` (the request's `Host`, when it sent one).
pub fn upload_id<'u>(url: &'u str, host: Option<&str>) -> Option<&'u str> {
    let path = match url.split_once("://") {
        Some((_, rest)) => {
            let (authority, path) = rest.split_at(rest.find('/')?);
            if host.is_some_and(|h| !h.eq_ignore_ascii_case(authority)) {
                return None;
            }
            path
        }
        None => url,
    };
    path.strip_prefix(FILES).filter(|id| safe_id(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_pairs_decode_and_bad_ones_are_refused() {
        let decoded = decode_metadata("filename cGl0Y2gud2VibQ==,is_video, filetype dmlkZW8vd2VibQ==")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(decoded["filename"], "pitch.webm");
        assert_eq!(decoded["filetype"], "video/webm");
        assert_eq!(decoded["is_video"], "");
        assert!(decode_metadata("filename not*base64").is_err());
    }

    #[test]
    fn only_this_endpoints_upload_urls_name_an_upload() {
        let host = Some("127.0.0.1:8788");
        assert_eq!(upload_id("http://127.0.0.1:8788/files/ab12", host), Some("ab12"));
        assert_eq!(upload_id("/files/ab12", host), Some("ab12"));
        assert_eq!(upload_id("http://elsewhere.example/files/ab12", host), None);
        assert_eq!(upload_id("http://127.0.0.1:8788/files/../secret", host), None);
        assert_eq!(upload_id("http://127.0.0.1:8788/other/ab12", host), None);
        assert_eq!(upload_id("http://127.0.0.1:8788", host), None);
    }
}
