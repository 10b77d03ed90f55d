//! Resumable uploads: a tus 1.0 client (core protocol and the `creation` extension) that does no
//! I/O. See <https://tus.io/protocols/resumable-upload>.
//!
//! A recorded video on a phone can be tens of megabytes, sent over a connection that drops every
//! few minutes. Sent in one request, every drop starts it again from zero, and on a metered
//! connection each attempt costs the applicant money. With tus the server keeps what arrived,
//! and the client asks where it stopped (`HEAD`) and sends only the rest (`PATCH`).
//!
//! [`Upload`] decides which request comes next and reads the answers; whoever drives it makes
//! the requests: the app with `fetch`, a test with any HTTP client.
//!
//! ```
//! use forms::tus::{Reply, Step, Upload};
//!
//! let mut upload = Upload::new("https://forms.example.org/files/", 3, 2);
//! let mut server = Vec::new();
//! let url = loop {
//!     match upload.next() {
//!         Step::Send(request) => {
//!             // The driver makes `request` and hands back the status and three headers.
//!             let reply = match request.method.as_str() {
//!                 "POST" => Reply::read(201, |h| (h == "location").then(|| "/files/a1".to_owned())),
//!                 _ => {
//!                     let range = request.body.unwrap_or(0..0);
//!                     server.extend(range.clone());
//!                     Reply::read(204, |h| (h == "upload-offset").then(|| range.end.to_string()))
//!                 }
//!             };
//!             upload.answered(&reply);
//!         }
//!         Step::Done { url } => break url,
//!         Step::Stopped(error) => panic!("{error}"),
//!     }
//! };
//! assert_eq!(url, "https://forms.example.org/files/a1");
//! assert_eq!(server, [0, 1, 2]);
//! assert_eq!(upload.progress().percent(), 100);
//! ```
//!
//! After any error the client resumes from what the *server* says it has: a cut connection or a
//! 5xx is followed by `HEAD`, never by re-sending from where the client thought it was, so no
//! byte the server stored is sent twice and none is skipped. A `409 Conflict` (the offsets
//! disagree) is followed by `HEAD` too. An upload the server has forgotten (`404`, `410`) is
//! started again. The driver waits [`Upload::wait_ms`] before the next request.
//!
//! [`Upload`] is plain data (`serde`), so the app can keep it beside the recording and, after the
//! tablet is switched off or the tab closed, carry on with [`Upload::resume`].

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::outbox::backoff_ms;

/// The protocol version sent in `Tus-Resumable` with every request.
pub const TUS_VERSION: &str = "1.0.0";

/// The content type of a `PATCH` body.
pub const OFFSET_CONTENT_TYPE: &str = "application/offset+octet-stream";

/// A chunk size for the app: `fetch` reports no upload progress, so the progress bar moves once
/// per chunk acknowledged, and a connection cut mid-chunk costs at most one chunk of a metered
/// data plan. One mebibyte is a few seconds on a slow 3G connection.
pub const DEFAULT_CHUNK_BYTES: u64 = 1024 * 1024;

/// An HTTP method the protocol uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Method {
    /// Creates the upload.
    Post,
    /// Asks how much the server has.
    Head,
    /// Sends bytes from an offset.
    Patch,
}

impl Method {
    /// The method's name, as HTTP spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Post => "POST",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
        }
    }
}

/// The next request to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The method.
    pub method: Method,
    /// The absolute URL.
    pub url: String,
    /// Headers to send (the HTTP client adds `Content-Length`).
    pub headers: Vec<(&'static str, String)>,
    /// For `PATCH`: which bytes of the file to send as the body.
    pub body: Option<Range<u64>>,
}

/// What the driver does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Make this request (after [`Upload::wait_ms`]), then call [`Upload::answered`] or
    /// [`Upload::failed`].
    Send(Request),
    /// The server has every byte; `url` names the upload (the `json` adapter sends it in the
    /// answer, see [`attach_uploads`](crate::submission::attach_uploads)).
    Done {
        /// The upload's URL.
        url: String,
    },
    /// The server refused the upload; sending again will not help.
    Stopped(TusError),
}

/// What the server answered: the status and the headers the protocol reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// `Location` (after `POST`).
    pub location: Option<String>,
    /// `Upload-Offset` (after `HEAD` and `PATCH`).
    pub upload_offset: Option<String>,
    /// `Upload-Length` (after `HEAD`).
    pub upload_length: Option<String>,
}

impl Reply {
    /// Reads a reply through `header`, which looks up a response header by its lower-case name
    /// (as `Headers.get` in the browser and most HTTP clients do).
    pub fn read(status: u16, header: impl Fn(&str) -> Option<String>) -> Reply {
        Reply {
            status,
            location: header("location"),
            upload_offset: header("upload-offset"),
            upload_length: header("upload-length"),
        }
    }

    fn offset(&self) -> Option<u64> {
        self.upload_offset.as_deref().and_then(|v| v.trim().parse().ok())
    }

    fn length(&self) -> Option<u64> {
        self.upload_length.as_deref().and_then(|v| v.trim().parse().ok())
    }
}

/// Why an upload stopped for good.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum TusError {
    /// The server does not take files this large (`413`): a shorter recording or a smaller file
    /// may go.
    #[error("the file is larger than the server accepts")]
    TooLarge,
    /// The server refused a request (a 4xx other than 404, 408, 409, 410, 423 and 429): the
    /// organisation has to look at its server.
    #[error("the server refused the upload ({status}, answering {})", .method.as_str())]
    Refused {
        /// The HTTP status.
        status: u16,
        /// The request it answered.
        method: Method,
    },
}

/// How far an upload has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes the server has confirmed it stored.
    pub acknowledged: u64,
    /// The file's size.
    pub length: u64,
    /// Bytes put into `PATCH` bodies so far, re-sent ones included.
    pub sent: u64,
}

impl Progress {
    /// Whole percent acknowledged, 0 to 100 (100 only when every byte is confirmed).
    pub fn percent(&self) -> u8 {
        if self.acknowledged >= self.length {
            return 100;
        }
        // In floating point: 128-bit integer division would add a kilobyte to the app's wasm, and
        // sizes up to 2^53 bytes are exact. Never 100 until the last byte is confirmed.
        ((self.acknowledged as f64 * 100.0 / self.length as f64) as u8).min(99)
    }

    /// Bytes sent more than once: the cost of the connection's cuts.
    pub fn resent(&self) -> u64 {
        self.sent.saturating_sub(self.acknowledged)
    }
}

impl std::iter::Sum for Progress {
    /// The progress of several uploads together, as one bar shows them.
    fn sum<I: Iterator<Item = Progress>>(iter: I) -> Progress {
        iter.fold(Progress { acknowledged: 0, length: 0, sent: 0 }, |a, b| Progress {
            acknowledged: a.acknowledged + b.acknowledged,
            length: a.length + b.length,
            sent: a.sent + b.sent,
        })
    }
}

/// How fast an upload goes, to say how long it still needs: the bytes acknowledged since
/// [`Pace::start`] over the time since. An average since the start rather than over the last
/// chunk, so the estimate does not jump about with each cut connection; the driver starts a new
/// one after a pause, which says nothing about the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    since_ms: u64,
    from_bytes: u64,
}

impl Pace {
    /// Starts measuring at `now_ms`, with `progress` as it is then.
    pub fn start(now_ms: u64, progress: Progress) -> Pace {
        Pace { since_ms: now_ms, from_bytes: progress.acknowledged }
    }

    /// Seconds still needed at the pace so far, rounded up; `None` until there is a pace to go
    /// by (a second gone and some bytes acknowledged since the start).
    pub fn seconds_left(&self, now_ms: u64, progress: Progress) -> Option<u64> {
        let elapsed_ms = now_ms.checked_sub(self.since_ms).filter(|ms| *ms >= 1_000)?;
        let done = progress.acknowledged.checked_sub(self.from_bytes).filter(|b| *b > 0)?;
        let left = progress.length.saturating_sub(progress.acknowledged);
        let seconds = left as f64 * elapsed_ms as f64 / done as f64 / 1000.0;
        Some(seconds.ceil() as u64)
    }
}

/// What comes next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
enum State {
    Create,
    Head,
    Patch,
    Done,
    Stopped { error: TusError },
}

/// One file's resumable upload. See the [module documentation](self).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upload {
    /// Where uploads are created (`POST`).
    endpoint: String,
    length: u64,
    chunk_bytes: u64,
    metadata: Vec<(String, String)>,
    /// The upload's absolute URL, once created.
    url: Option<String>,
    /// What the server last confirmed it has.
    offset: u64,
    sent: u64,
    /// Failures since the last progress, for [`Upload::wait_ms`].
    failures: u32,
    state: State,
}

impl Upload {
    /// An upload of `length` bytes to the tus endpoint `endpoint` (the URL uploads are created
    /// at), in `PATCH` requests of at most `chunk_bytes` bytes (at least 1).
    pub fn new(endpoint: &str, length: u64, chunk_bytes: u64) -> Upload {
        Upload {
            endpoint: endpoint.to_owned(),
            length,
            chunk_bytes: chunk_bytes.max(1),
            metadata: Vec::new(),
            url: None,
            offset: 0,
            sent: 0,
            failures: 0,
            state: State::Create,
        }
    }

    /// An upload the server created at `url` earlier, of which it last acknowledged `offset`
    /// bytes (as the app stored them): carries on after the tab was closed or the tablet switched
    /// off by asking the server where it stands (`HEAD`), as the last request may have been cut
    /// off. A server that lost it (404) gets it again from the start.
    pub fn resuming(endpoint: &str, url: &str, length: u64, offset: u64, chunk_bytes: u64) -> Upload {
        Upload {
            url: Some(url.to_owned()),
            offset: offset.min(length),
            state: State::Head,
            ..Upload::new(endpoint, length, chunk_bytes)
        }
    }

    /// Adds `Upload-Metadata` pairs such as `("filename", "pitch.webm")` and `("filetype",
    /// "video/webm")`. A key may not hold spaces or commas; any there become `_`.
    pub fn with_metadata(mut self, pairs: &[(&str, &str)]) -> Upload {
        for (key, value) in pairs {
            let key: String =
                key.chars().map(|c| if c == ' ' || c == ',' || !c.is_ascii() { '_' } else { c }).collect();
            self.metadata.push((key, (*value).to_owned()));
        }
        self
    }

    /// The upload's URL, once the server created it.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// How far it has got.
    pub fn progress(&self) -> Progress {
        Progress { acknowledged: self.offset, length: self.length, sent: self.sent }
    }

    /// Whether the server has every byte.
    pub fn is_done(&self) -> bool {
        self.state == State::Done
    }

    /// How long to wait before the next request: nothing after a success or a first failure (a
    /// cut connection is often back at once), then the outbox's backoff
    /// ([`crate::outbox::backoff_ms`]), with `jitter` in 0..1 from a random source.
    pub fn wait_ms(&self, jitter: f64) -> u64 {
        if self.failures <= 1 { 0 } else { backoff_ms(self.failures - 1, jitter) }
    }

    /// Carries on after the upload was put aside (the tab closed, the tablet switched off): a
    /// request may have been cut off, so ask the server where it stands.
    pub fn resume(&mut self) {
        if self.state == State::Patch {
            self.state = State::Head;
        }
    }

    /// The next step.
    pub fn next(&self) -> Step {
        let url = self.url.clone().unwrap_or_default();
        let version = ("Tus-Resumable", TUS_VERSION.to_owned());
        let request = match &self.state {
            State::Done => return Step::Done { url },
            State::Stopped { error } => return Step::Stopped(error.clone()),
            State::Create => {
                let mut headers = vec![version, ("Upload-Length", self.length.to_string())];
                if !self.metadata.is_empty() {
                    headers.push(("Upload-Metadata", self.metadata_header()));
                }
                Request { method: Method::Post, url: self.endpoint.clone(), headers, body: None }
            }
            State::Head => Request { method: Method::Head, url, headers: vec![version], body: None },
            State::Patch => Request {
                method: Method::Patch,
                url,
                headers: vec![
                    version,
                    ("Upload-Offset", self.offset.to_string()),
                    ("Content-Type", OFFSET_CONTENT_TYPE.to_owned()),
                ],
                body: Some(self.chunk()),
            },
        };
        Step::Send(request)
    }

    /// The request [`Upload::next`] gave was answered with `reply`.
    pub fn answered(&mut self, reply: &Reply) {
        let status = reply.status;
        let success = (200..300).contains(&status);
        match self.state {
            State::Done | State::Stopped { .. } => {}
            State::Create if success => match &reply.location {
                Some(location) => {
                    self.url = Some(resolve(&self.endpoint, location));
                    self.offset = 0;
                    self.failures = 0;
                    self.state = if self.length == 0 { State::Done } else { State::Patch };
                }
                // A 2xx without a Location is not a tus server: usually a Wi-Fi login page.
                None => self.failures += 1,
            },
            State::Head if success => match (reply.offset(), reply.length()) {
                (_, Some(length)) if length != self.length => self.start_again(),
                (Some(offset), _) if offset > self.length => self.start_again(),
                (Some(offset), _) => self.acknowledge(offset),
                (None, _) => self.failures += 1,
            },
            State::Patch if success => {
                let chunk = self.chunk();
                self.sent += chunk.end - chunk.start;
                match reply.offset() {
                    Some(offset) if (self.offset..=self.length).contains(&offset) => self.acknowledge(offset),
                    _ => self.ask(),
                }
            }
            State::Create | State::Head | State::Patch => {
                let method = self.method();
                if method == Method::Patch {
                    let chunk = self.chunk();
                    self.sent += chunk.end - chunk.start;
                }
                match status {
                    404 | 410 if method != Method::Post => self.start_again(),
                    413 => self.state = State::Stopped { error: TusError::TooLarge },
                    408 | 409 | 423 | 429 => self.retry(),
                    400..=499 => self.state = State::Stopped { error: TusError::Refused { status, method } },
                    // 5xx, and 1xx/3xx that only something in between sends.
                    _ => self.retry(),
                }
            }
        }
    }

    /// The request [`Upload::next`] gave got no answer: the connection failed or was cut, or the
    /// driver stopped waiting. Whatever of a `PATCH` body arrived may be stored, so the next
    /// request asks.
    pub fn failed(&mut self) {
        if self.state == State::Patch {
            let chunk = self.chunk();
            self.sent += chunk.end - chunk.start;
        }
        if matches!(self.state, State::Create | State::Head | State::Patch) {
            self.retry();
        }
    }

    fn method(&self) -> Method {
        match self.state {
            State::Create => Method::Post,
            State::Head => Method::Head,
            _ => Method::Patch,
        }
    }

    /// The bytes the next `PATCH` carries.
    fn chunk(&self) -> Range<u64> {
        self.offset..self.offset.saturating_add(self.chunk_bytes).min(self.length)
    }

    /// The server has `offset` bytes.
    fn acknowledge(&mut self, offset: u64) {
        if offset > self.offset {
            self.failures = 0;
        } else if self.state == State::Patch {
            // A PATCH that stored nothing is a failure, or a server that keeps doing it would be
            // asked again without pause.
            self.failures += 1;
        }
        self.offset = offset;
        self.state = if offset == self.length { State::Done } else { State::Patch };
    }

    /// Tries the same step again; a `PATCH` becomes a `HEAD`, as part of it may have arrived.
    fn retry(&mut self) {
        self.failures += 1;
        if self.state == State::Patch {
            self.state = State::Head;
        }
    }

    /// Asks the server where it stands, counting the failure that made it necessary.
    fn ask(&mut self) {
        self.failures += 1;
        self.state = State::Head;
    }

    /// The server does not know this upload (or knows it as another file): create a new one.
    fn start_again(&mut self) {
        self.url = None;
        self.offset = 0;
        self.failures += 1;
        self.state = State::Create;
    }

    fn metadata_header(&self) -> String {
        // An empty value is written as the key alone, as the protocol allows.
        let pair =
            |(k, v): &(String, String)| if v.is_empty() { k.clone() } else { format!("{k} {}", base64(v.as_bytes())) };
        self.metadata.iter().map(pair).collect::<Vec<_>>().join(",")
    }
}

/// `location` (absolute, `//host/…`, `/path` or relative) read against `base`, as a browser
/// resolves a `Location` header.
pub fn resolve(base: &str, location: &str) -> String {
    if location.contains("://") {
        return location.to_owned();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("http", base));
    if let Some(authority_and_path) = location.strip_prefix("//") {
        return format!("{scheme}://{authority_and_path}");
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if location.starts_with('/') {
        return format!("{scheme}://{authority}{location}");
    }
    let path = rest[authority.len()..].split(['?', '#']).next().unwrap_or_default();
    let folder = path.rfind('/').map_or("/", |end| &path[..=end]);
    format!("{scheme}://{authority}{folder}{location}")
}

/// Standard base64 with padding (RFC 4648), as `Upload-Metadata` values are written.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for group in bytes.chunks(3) {
        let n = group.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= group.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENDPOINT: &str = "https://forms.example.org/files/";

    fn send(upload: &Upload) -> Request {
        match upload.next() {
            Step::Send(request) => request,
            other => panic!("expected a request, got {other:?}"),
        }
    }

    fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
        request.headers.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    fn created(location: &str) -> Reply {
        Reply { status: 201, location: Some(location.into()), ..Reply::default() }
    }

    fn at(status: u16, offset: u64) -> Reply {
        Reply { status, upload_offset: Some(offset.to_string()), ..Reply::default() }
    }

    fn status(status: u16) -> Reply {
        Reply { status, ..Reply::default() }
    }

    /// A created upload of 10 bytes in chunks of 4, about to send its first chunk.
    fn started() -> Upload {
        let mut upload = Upload::new(ENDPOINT, 10, 4);
        upload.answered(&created("/files/abc"));
        upload
    }

    #[test]
    fn creation_sends_the_length_and_metadata_and_reads_the_location() {
        let upload = Upload::new(ENDPOINT, 10, 4).with_metadata(&[("filename", "pitch.webm"), ("file type", "")]);
        let request = send(&upload);
        assert_eq!((request.method, request.url.as_str(), &request.body), (Method::Post, ENDPOINT, &None));
        assert_eq!(header(&request, "Tus-Resumable"), Some("1.0.0"));
        assert_eq!(header(&request, "Upload-Length"), Some("10"));
        assert_eq!(header(&request, "Upload-Metadata"), Some("filename cGl0Y2gud2VibQ==,file_type"));
        let mut upload = upload;
        upload.answered(&created("/files/abc"));
        assert_eq!(upload.url(), Some("https://forms.example.org/files/abc"));
    }

    #[test]
    fn chunks_follow_the_acknowledged_offset_to_the_end() {
        let mut upload = started();
        let mut ranges = Vec::new();
        let mut percents = Vec::new();
        while let Step::Send(request) = upload.next() {
            assert_eq!(request.method, Method::Patch);
            assert_eq!(header(&request, "Content-Type"), Some("application/offset+octet-stream"));
            let range = request.body.clone().unwrap_or_else(|| panic!("a PATCH has a body"));
            assert_eq!(header(&request, "Upload-Offset"), Some(range.start.to_string().as_str()));
            upload.answered(&at(204, range.end));
            ranges.push(range);
            percents.push(upload.progress().percent());
        }
        assert_eq!(ranges, [0..4, 4..8, 8..10]);
        assert_eq!(percents, [40, 80, 100]);
        assert_eq!(upload.next(), Step::Done { url: "https://forms.example.org/files/abc".into() });
        assert_eq!(upload.progress(), Progress { acknowledged: 10, length: 10, sent: 10 });
    }

    #[test]
    fn a_cut_patch_is_followed_by_head_and_resumes_from_the_server_offset() {
        let mut upload = started();
        upload.answered(&at(204, 4));
        assert_eq!(send(&upload).body, Some(4..8));
        upload.failed();
        let head = send(&upload);
        assert_eq!((head.method, head.body), (Method::Head, None));
        assert_eq!(upload.wait_ms(0.5), 0, "the first retry goes at once");
        // The server kept two of the four bytes that were on their way.
        upload.answered(&Reply { status: 200, upload_length: Some("10".into()), ..at(200, 6) });
        assert_eq!(send(&upload).body, Some(6..10));
        upload.answered(&at(204, 10));
        assert!(upload.is_done());
        let progress = upload.progress();
        assert_eq!((progress.sent, progress.resent()), (12, 2), "only the lost part of one chunk went twice");
    }

    #[test]
    fn a_conflict_asks_where_the_server_stands() {
        let mut upload = started();
        upload.answered(&status(409));
        assert_eq!(send(&upload).method, Method::Head);
        upload.answered(&at(200, 8));
        assert_eq!(send(&upload).body, Some(8..10));
    }

    #[test]
    fn server_errors_are_retried_with_growing_waits_and_progress_resets_them() {
        let mut upload = started();
        for _ in 0..3 {
            upload.answered(&status(503));
            assert_eq!(send(&upload).method, Method::Head);
            upload.failed();
        }
        assert_eq!(upload.wait_ms(1.0), backoff_ms(5, 1.0));
        upload.answered(&at(200, 3));
        assert_eq!(upload.wait_ms(1.0), 0);
        assert_eq!(send(&upload).body, Some(3..7));
    }

    #[test]
    fn a_failed_creation_is_tried_again_and_a_portal_page_is_not_taken_for_a_server() {
        let mut upload = Upload::new(ENDPOINT, 10, 4);
        upload.failed();
        upload.answered(&status(200));
        upload.answered(&status(502));
        assert_eq!(send(&upload).method, Method::Post);
        assert_eq!(upload.wait_ms(1.0), backoff_ms(2, 1.0));
        upload.answered(&created("https://other.example.org/u/1"));
        assert_eq!(upload.url(), Some("https://other.example.org/u/1"));
    }

    #[test]
    fn a_forgotten_upload_starts_again() {
        let mut upload = started();
        upload.answered(&at(204, 4));
        upload.answered(&status(404));
        assert_eq!(send(&upload).method, Method::Post);
        assert_eq!((upload.url(), upload.progress().acknowledged), (None, 0));
        // Another file at the same URL is the same case.
        let mut upload = started();
        upload.failed();
        upload.answered(&Reply { upload_length: Some("99".into()), ..at(200, 4) });
        assert_eq!(send(&upload).method, Method::Post);
    }

    #[test]
    fn refusals_stop_the_upload() {
        let mut upload = Upload::new(ENDPOINT, 10, 4);
        upload.answered(&status(413));
        assert_eq!(upload.next(), Step::Stopped(TusError::TooLarge));
        let mut upload = started();
        upload.answered(&status(415));
        assert_eq!(upload.next(), Step::Stopped(TusError::Refused { status: 415, method: Method::Patch }));
        upload.failed();
        upload.answered(&at(204, 10));
        assert!(matches!(upload.next(), Step::Stopped(_)), "nothing moves a stopped upload");
    }

    #[test]
    fn a_patch_answer_without_a_sensible_offset_is_checked_with_head() {
        let mut upload = started();
        upload.answered(&status(204));
        assert_eq!(send(&upload).method, Method::Head);
        upload.answered(&at(200, 4));
        upload.answered(&at(204, 2));
        assert_eq!(send(&upload).method, Method::Head, "an offset that went back");
        upload.answered(&at(200, 4));
        upload.answered(&at(204, 4));
        assert_eq!(send(&upload).body, Some(4..8), "a PATCH that stored nothing is sent again");
        assert!(upload.wait_ms(1.0) > 0, "but not without pause");
    }

    #[test]
    fn an_empty_file_is_done_once_created() {
        let mut upload = Upload::new(ENDPOINT, 0, 4);
        upload.answered(&created("abc"));
        assert_eq!(upload.next(), Step::Done { url: "https://forms.example.org/files/abc".into() });
        assert_eq!(upload.progress().percent(), 100);
    }

    #[test]
    fn a_stored_upload_resumes_with_head_after_a_restart() {
        let mut upload = started();
        upload.answered(&at(204, 4));
        let stored = serde_json::to_string(&upload).unwrap_or_else(|e| panic!("{e}"));
        let mut upload: Upload = serde_json::from_str(&stored).unwrap_or_else(|e| panic!("{e}"));
        upload.resume();
        assert_eq!(send(&upload).method, Method::Head);
        upload.answered(&at(200, 6));
        assert_eq!(send(&upload).body, Some(6..10));
        // Or from no more than its URL and the offset last acknowledged.
        let mut upload = Upload::resuming(ENDPOINT, "https://forms.example.org/files/abc", 10, 4, 4);
        assert_eq!(upload.progress().acknowledged, 4);
        let head = send(&upload);
        assert_eq!((head.method, head.url.as_str()), (Method::Head, "https://forms.example.org/files/abc"));
        upload.answered(&at(200, 6));
        assert_eq!(send(&upload).body, Some(6..10));
        let mut forgotten = Upload::resuming(ENDPOINT, "https://forms.example.org/files/abc", 10, 4, 4);
        forgotten.answered(&status(404));
        assert_eq!((send(&forgotten).method, forgotten.progress().acknowledged), (Method::Post, 0));
    }

    #[test]
    fn progress_adds_up_and_the_time_left_follows_the_pace_so_far() {
        let at = |acknowledged, length| Progress { acknowledged, length, sent: acknowledged };
        let total: Progress = [at(4, 10), at(0, 30), at(6, 6)].into_iter().sum();
        assert_eq!(total, Progress { acknowledged: 10, length: 46, sent: 10 });
        assert_eq!(total.percent(), 21);
        let pace = Pace::start(10_000, at(20, 100));
        assert_eq!(pace.seconds_left(10_500, at(30, 100)), None, "too soon to tell");
        assert_eq!(pace.seconds_left(20_000, at(20, 100)), None, "nothing acknowledged yet");
        // 20 bytes in 10 s: the other 60 need 30 s.
        assert_eq!(pace.seconds_left(20_000, at(40, 100)), Some(30));
        assert_eq!(pace.seconds_left(20_000, at(41, 100)), Some(29), "rounded up");
        assert_eq!(pace.seconds_left(20_000, at(100, 100)), Some(0));
        assert_eq!(pace.seconds_left(5_000, at(40, 100)), None, "a clock that went back");
    }

    #[test]
    fn locations_resolve_like_a_browser() {
        let base = "https://forms.example.org/api/files/?x=1";
        assert_eq!(resolve(base, "http://a.example/f/1"), "http://a.example/f/1");
        assert_eq!(resolve(base, "//cdn.example/f/1"), "https://cdn.example/f/1");
        assert_eq!(resolve(base, "/files/1"), "https://forms.example.org/files/1");
        assert_eq!(resolve(base, "1"), "https://forms.example.org/api/files/1");
        assert_eq!(resolve("http://127.0.0.1:8788", "f/1"), "http://127.0.0.1:8788/f/1");
    }

    #[test]
    fn base64_matches_rfc_4648() {
        let cases =
            [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE=")];
        for (plain, encoded) in cases {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
        assert_eq!(base64("відео.webm".as_bytes()), "0LLRltC00LXQvi53ZWJt");
    }
}
