//! Sending a finished application to the endpoint `config.json` names, in the format it expects.
//!
//! The engine builds what is sent (`forms::submission`); this module only turns it into an HTTP
//! request, sends it and says what happened, so that whoever calls it (the check-answers page, the
//! outbox) can decide whether to try again.
//!
//! | `kind` | body | headers |
//! | --- | --- | --- |
//! | `json` ([`json`]) | `application/json`: `json_payload` | `Idempotency-Key: <submission id>` |
//! | `multipart` ([`multipart`]) | `multipart/form-data`: `multipart_fields`, then file parts | `Idempotency-Key: <submission id>` |
//! | `openrosa` ([`openrosa`]) | `multipart/form-data`: the XML instance in `xml_submission_file`, then one part per file | `X-OpenRosa-Version: 1.0` |
//!
//! Every adapter also sends the `headers` of the endpoint in `config.json`; its own headers win
//! over a configured header of the same name. The browser sets `Content-Type` (with the multipart
//! boundary) and `Content-Length` itself.
//!
//! **No `Date` header.** OpenRosa asks clients for one, but `Date` is a forbidden request header
//! in the Fetch standard: a page cannot set it (the browser silently drops it). The time is in
//! the instance instead (`<meta><timeStart>`/`<timeEnd>`), and ODK Central, KoboToolbox and Ona
//! accept submissions without the header. The same holds for a `Date` put in `config.json`.
//!
//! **Media.** Each recorded or chosen file is stored on the device in chunks; the outbox loads
//! its bytes and passes them to [`send_item`] as [`MediaFile`]s. For a `json` endpoint with
//! `uploads` in `config.json`, they go first by resumable upload ([`tus`]) and the JSON names
//! each by its upload URL. Otherwise each adapter sends them as parts (`json` then sends its JSON
//! as the part `submission` of a multipart body).

mod exchange;
mod json;
mod multipart;
mod openrosa;
pub mod replay;
pub mod tus;

use std::fmt;

use forms::outbox::OutboxItem;
use forms::{Draft, Endpoint, EndpointKind, Form, MediaRef};
use wasm_bindgen::prelude::JsValue;

use exchange::{exchange, form_data, text_blob};

/// The endpoint said it has the application.
#[derive(Debug, Clone, PartialEq)]
pub struct Receipt {
    /// The HTTP status (2xx; OpenRosa 201 or 202).
    pub status: u16,
    /// What the server said, shortened (an OpenRosa `<message>`, a JSON `message`, or the text).
    pub message: String,
}

impl fmt::Display for Receipt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "received ({}): {}", self.status, self.message)
    }
}

/// Why an application was not received. [`SendError::retryable`] says whether sending the same
/// request again later can succeed; the application stays on the device either way.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SendError {
    /// No answer at all: offline, the address cannot be reached, or the server does not allow
    /// requests from this site (CORS). A browser cannot tell these apart. Retryable.
    #[error("no answer from the server ({0}); send again when online")]
    Network(String),
    /// No complete answer in the time allowed. Retryable (the receiver drops a repeat of a
    /// submission that did arrive, by its id).
    #[error("no answer within {seconds} s; send again later")]
    Timeout {
        /// The time allowed.
        seconds: u32,
    },
    /// The server cannot take it now: 5xx, 408 (timeout) or 429 (too many requests). Retryable.
    #[error("the server cannot take it now ({status}{wait}): {message}", wait = wait_hint(.retry_after_s))]
    Unavailable {
        /// The HTTP status.
        status: u16,
        /// The server's `Retry-After` in seconds, when it gave one (and let the page read it).
        retry_after_s: Option<u32>,
        /// What the server said, shortened.
        message: String,
    },
    /// An answer that is not a receipt: an OpenRosa endpoint answering 200 or 204 (a Wi-Fi login
    /// page or a proxy, which ODK Collect does not count as received either), or a 1xx/3xx.
    /// Retryable: it is usually the network in between.
    #[error("the answer ({status}) does not say the application was received: {message}")]
    Unexpected {
        /// The HTTP status.
        status: u16,
        /// What came back, shortened.
        message: String,
    },
    /// The server refused the application: 4xx other than 408 and 429. Not retryable: the same
    /// request would be refused again; the organisation has to look at it.
    #[error("the server refused the application ({status}): {message}")]
    Rejected {
        /// The HTTP status.
        status: u16,
        /// What the server said, shortened.
        message: String,
    },
    /// The request cannot be made at all, e.g. a header in `config.json` that is not a valid
    /// header name. Not retryable: `config.json` must be corrected.
    #[error("the application cannot be sent: {0}")]
    Unsendable(String),
}

impl SendError {
    /// Whether the same request, sent again later, can succeed.
    pub fn retryable(&self) -> bool {
        match self {
            SendError::Network(_)
            | SendError::Timeout { .. }
            | SendError::Unavailable { .. }
            | SendError::Unexpected { .. } => true,
            SendError::Rejected { .. } | SendError::Unsendable(_) => false,
        }
    }

    /// How long the server asked to wait, if it did.
    pub fn retry_after_s(&self) -> Option<u32> {
        match self {
            SendError::Unavailable { retry_after_s, .. } => *retry_after_s,
            _ => None,
        }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            SendError::Unavailable { status, .. }
            | SendError::Unexpected { status, .. }
            | SendError::Rejected { status, .. } => Some(*status),
            _ => None,
        }
    }
}

fn wait_hint(retry_after_s: &Option<u32>) -> String {
    retry_after_s.map(|s| format!(", asks to wait {s} s")).unwrap_or_default()
}

/// The bytes of one recorded or chosen file: the [`MediaRef::id`] they belong to, and a `Blob`
/// whose type is the file's MIME type.
#[derive(Debug, Clone)]
pub struct MediaFile {
    /// The [`MediaRef::id`] of the answer these bytes belong to.
    pub media_id: String,
    /// The bytes.
    pub blob: web_sys::Blob,
}

/// Sends the application in `item` (filled in on `form`) to `endpoint`, with the bytes of its
/// media answers: first by resumable upload, when the endpoint takes them so (`uploads`, `json`
/// only), carrying on from where earlier attempts stopped and keeping `item` up to date on the
/// device; then the submission.
pub async fn send_item(
    endpoint: &Endpoint,
    form: &Form,
    item: &mut OutboxItem,
    files: &[MediaFile],
) -> Result<Receipt, SendError> {
    let uploaded = match &endpoint.uploads {
        Some(creation) if endpoint.kind == EndpointKind::Json && !files.is_empty() => {
            tus::upload(endpoint, creation, form, item, files).await?
        }
        _ => Vec::new(),
    };
    let parts: Vec<MediaFile> =
        files.iter().filter(|f| !uploaded.iter().any(|(id, _)| *id == f.media_id)).cloned().collect();
    send_with_files(endpoint, form, item, &parts, &uploaded).await
}

/// Sends `item` to `endpoint` in its format, with the bytes of its media answers in `files`, and
/// (`json` only) naming those already uploaded in `uploaded` (`(media id, upload URL)`). Every
/// attempt says the same: when "Send" was pressed, not when the connection allowed it (what a
/// closing date is judged by), and so the same body, which an OpenRosa server requires of a
/// repeat (ODK Central answers 409 to another instance under the same id).
async fn send_with_files(
    endpoint: &Endpoint,
    form: &Form,
    item: &OutboxItem,
    files: &[MediaFile],
    uploaded: &[(String, String)],
) -> Result<Receipt, SendError> {
    let adapter = adapter_for(endpoint.kind);
    let outgoing = adapter.outgoing(&Submission::of(form, item, files, uploaded))?;
    exchange(endpoint, outgoing, adapter).await
}

/// The adapter for an endpoint's `kind`.
fn adapter_for(kind: EndpointKind) -> &'static dyn Adapter {
    match kind {
        EndpointKind::Json => &json::Json,
        EndpointKind::Multipart => &multipart::Multipart,
        EndpointKind::Openrosa => &openrosa::OpenRosa,
    }
}

/// What one submission is made of.
struct Submission<'a> {
    form: &'a Form,
    draft: &'a Draft,
    id: &'a str,
    reference: &'a str,
    submitted_at: String,
    files: &'a [MediaFile],
    /// `(media id, upload URL)` of the files uploaded ahead (`json` only).
    uploaded: &'a [(String, String)],
}

impl<'a> Submission<'a> {
    /// The submission of `item`: what every attempt at sending it says.
    fn of(form: &'a Form, item: &'a OutboxItem, files: &'a [MediaFile], uploaded: &'a [(String, String)]) -> Self {
        Submission {
            form,
            draft: &item.draft,
            id: &item.submission_id,
            reference: &item.reference,
            submitted_at: item.submitted_at.clone(),
            files,
            uploaded,
        }
    }
}

impl Submission<'_> {
    /// The bytes of the named media answers that were given, with their part names: `(part name,
    /// media, blob)`. A media answer without bytes is left out.
    fn with_bytes<'m>(&'m self, named: &'m [(String, MediaRef)]) -> Vec<(&'m str, &'m MediaRef, &'m web_sys::Blob)> {
        named
            .iter()
            .filter_map(|(name, media)| {
                self.files.iter().find(|f| f.media_id == media.id).map(|f| (name.as_str(), media, &f.blob))
            })
            .collect()
    }
}

/// One submission format.
trait Adapter {
    /// The request body and the adapter's own headers.
    fn outgoing(&self, submission: &Submission<'_>) -> Result<Outgoing, SendError>;

    /// Whether an answer with `status` says the application was received.
    fn received(&self, status: u16) -> bool {
        (200..300).contains(&status)
    }
}

/// A request ready to go.
struct Outgoing {
    /// The adapter's headers (after the configured ones, so these win).
    headers: Vec<(&'static str, String)>,
    /// A string or a `FormData`.
    body: JsValue,
    /// About how many bytes the body is, for the time allowed.
    bytes: f64,
}
