//! Fault injection and counters, so tests can put the app through what real networks and
//! servers do: fail a few times, answer slowly, drop the connection mid-upload, refuse.
//!
//! Faults apply to the submission routes (`POST /submissions`, `/form`, `/openrosa/submission`)
//! only, in this order: a pending reset, then a pending failure, then the real handler; a delay
//! holds back whatever answer comes out (the submission, if accepted, is stored first: the
//! case of a server that did its work but answered too late).
//!
//! One fault is for resumable uploads (`PATCH /files/{id}`, [`crate::tus`]) only:
//! `cut_every_bytes: N` drops the connection each time N more bytes of `PATCH` bodies have
//! arrived since the last cut, counted across uploads, after storing them. It acts as if the
//! network died right after the Nth byte: bytes behind it in the same read are not stored. So a
//! 50 MB file with `N` = 5 MB is cut ten times, whatever the client's chunk size.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Json;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::Endpoint;
use crate::conn::Conn;
use crate::reply::{Adapter, reject};

/// The faults waiting to happen.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Faults {
    /// How many more submission requests get `fail_status` instead of being handled.
    pub fail_remaining: u32,
    /// The status those failures answer with.
    pub fail_status: u16,
    /// How many more submission requests have their connection cut mid-body.
    pub reset_remaining: u32,
    /// How long every answer to a submission request is held back, in milliseconds.
    pub delay_ms: u64,
    /// Cut a `PATCH /files/{id}` connection each time this many more body bytes arrived (0: never).
    pub cut_every_bytes: u64,
    /// `PATCH` body bytes stored since the last cut.
    pub bytes_since_cut: u64,
}

impl Faults {
    /// For `cut_every_bytes`: of `take` bytes about to be stored, keeps only those that arrive
    /// before the next cut; whether to cut once they are stored.
    pub fn take_patch_bytes(&mut self, take: &mut usize) -> bool {
        if self.cut_every_bytes == 0 || *take == 0 {
            return false;
        }
        let until_cut = self.cut_every_bytes.saturating_sub(self.bytes_since_cut);
        if *take as u64 >= until_cut {
            *take = usize::try_from(until_cut).unwrap_or(*take);
            self.bytes_since_cut = 0;
            true
        } else {
            self.bytes_since_cut += *take as u64;
            false
        }
    }
}

/// The body of `POST /_faults`. Only the faults named change.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultRequest {
    /// Fail the next N submission requests, with `status` (default 500).
    pub fail_next: Option<u32>,
    /// The status for `fail_next`.
    pub status: Option<u16>,
    /// Answer the next `count` (default 1) submission requests with this status.
    pub status_next: Option<u16>,
    /// How many requests `status_next` applies to.
    pub count: Option<u32>,
    /// Hold back every answer this long (0 turns it off).
    pub delay_ms: Option<u64>,
    /// Cut the connection of the next N submission requests after reading part of the body.
    pub reset_next: Option<u32>,
    /// Cut a `PATCH /files/{id}` connection each time N more body bytes arrived (0 turns it off).
    pub cut_every_bytes: Option<u64>,
}

/// Counters since the endpoint started.
#[derive(Debug, Default)]
pub struct Stats {
    /// Submission requests received (POSTs to the submission routes), faults included.
    pub requests: AtomicU64,
    /// Submissions stored.
    pub stored: AtomicU64,
    /// Repeats of a stored submission, acknowledged but not stored again.
    pub duplicates: AtomicU64,
    /// Requests refused as invalid (4xx, not injected).
    pub rejected: AtomicU64,
    /// Requests answered with an injected failure status.
    pub failed: AtomicU64,
    /// Requests whose connection was cut on purpose.
    pub reset: AtomicU64,
}

impl Stats {
    /// Adds one to a counter.
    pub fn bump(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::SeqCst);
    }

    fn snapshot(&self) -> serde_json::Value {
        let get = |c: &AtomicU64| c.load(Ordering::SeqCst);
        json!({
            "requests": get(&self.requests),
            "stored": get(&self.stored),
            "duplicates": get(&self.duplicates),
            "rejected": get(&self.rejected),
            "failed": get(&self.failed),
            "reset": get(&self.reset),
        })
    }
}

/// `POST /_faults`: arranges faults; answers with the faults now waiting.
pub async fn set(State(state): State<Arc<Endpoint>>, body: axum::body::Bytes) -> Response {
    let request: FaultRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return reject(Adapter::Json, StatusCode::BAD_REQUEST, &format!("not a fault request: {e}")),
    };
    let failure = match (request.fail_next, request.status, request.status_next, request.count) {
        (Some(n), status, None, None) => Some((n, status.unwrap_or(500))),
        (None, None, Some(status), count) => Some((count.unwrap_or(1), status)),
        (None, None, None, None) => None,
        _ => {
            return reject(
                Adapter::Json,
                StatusCode::BAD_REQUEST,
                "use either {\"fail_next\": N, \"status\": S} or {\"status_next\": S, \"count\": N}",
            );
        }
    };
    if let Some((_, status)) = failure
        && !(400..=599).contains(&status)
    {
        return reject(Adapter::Json, StatusCode::BAD_REQUEST, "a failure status must be from 400 to 599");
    }
    let mut faults = state.faults.lock().await;
    if let Some((n, status)) = failure {
        faults.fail_remaining = n;
        faults.fail_status = status;
    }
    if let Some(n) = request.reset_next {
        faults.reset_remaining = n;
    }
    if let Some(ms) = request.delay_ms {
        faults.delay_ms = ms;
    }
    if let Some(n) = request.cut_every_bytes {
        faults.cut_every_bytes = n;
        faults.bytes_since_cut = 0;
    }
    Json(faults.clone()).into_response()
}

/// `GET /_faults`: the faults waiting to happen.
pub async fn get(State(state): State<Arc<Endpoint>>) -> Response {
    Json(state.faults.lock().await.clone()).into_response()
}

/// `DELETE /_faults`: clears every fault.
pub async fn clear(State(state): State<Arc<Endpoint>>) -> Response {
    let mut faults = state.faults.lock().await;
    *faults = Faults::default();
    Json(faults.clone()).into_response()
}

/// `GET /_stats`: the counters, and each resumable upload's (`uploads`: by id, `length`,
/// `offset`, `received` bytes of `PATCH` bodies, `patches`, `cuts`).
pub async fn stats(State(state): State<Arc<Endpoint>>) -> Response {
    let mut snapshot = state.stats.snapshot();
    snapshot["uploads"] = state.uploads.stats();
    Json(snapshot).into_response()
}

/// Counts submission requests and injects the faults waiting, around the real handler.
pub async fn inject(State(state): State<Arc<Endpoint>>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    Stats::bump(&state.stats.requests);
    let adapter = Adapter::of_path(request.uri().path());
    let (reset, failure, delay) = {
        let mut faults = state.faults.lock().await;
        let reset = take(&mut faults.reset_remaining);
        let failure = if reset { None } else { take(&mut faults.fail_remaining).then_some(faults.fail_status) };
        (reset, failure, faults.delay_ms)
    };
    if reset {
        Stats::bump(&state.stats.reset);
        return cut(request).await;
    }
    let response = match failure {
        Some(status) => {
            Stats::bump(&state.stats.failed);
            // Read the whole body first, so the client sees the status rather than a broken pipe.
            let _ = request.into_body().collect().await;
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let mut response = reject(adapter, status, &format!("injected fault: answering {}", status.as_u16()));
            if matches!(status, StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE) {
                response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            }
            response
        }
        None => next.run(request).await,
    };
    if delay > 0 {
        tokio::time::sleep(Duration::from_millis(delay)).await;
    }
    response
}

/// Takes one from a countdown; whether there was one to take.
fn take(remaining: &mut u32) -> bool {
    let some = *remaining > 0;
    *remaining = remaining.saturating_sub(1);
    some
}

/// Reads part of the body, then cuts the connection without answering.
async fn cut(request: Request) -> Response {
    let (parts, mut body): (_, Body) = request.into_parts();
    // One frame: the request has started arriving, but is not finished being read.
    let _ = body.frame().await;
    match parts.extensions.get::<ConnectInfo<Conn>>() {
        Some(ConnectInfo(conn)) => {
            conn.cut();
            // Never written: the connection fails before hyper can send it.
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
        None => reject(
            Adapter::Json,
            StatusCode::INTERNAL_SERVER_ERROR,
            "reset_next needs the endpoint served by seedform_endpoint::serve_api",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_fall_every_n_bytes_whatever_the_reads() {
        let mut faults = Faults { cut_every_bytes: 10, ..Faults::default() };
        let mut stored = Vec::new();
        for read in [4, 4, 4, 25, 0, 3] {
            let mut take = read;
            let cut = faults.take_patch_bytes(&mut take);
            stored.push((take, cut));
        }
        assert_eq!(stored, [(4, false), (4, false), (2, true), (10, true), (0, false), (3, false)]);
        let mut take = 7;
        assert!(!Faults::default().take_patch_bytes(&mut take), "off by default");
        assert_eq!(take, 7);
    }
}
