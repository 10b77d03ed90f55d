//! Resumable uploads: the engine's tus client ([`forms::tus`]) driven with `fetch`, for a `json`
//! endpoint with `uploads` in `config.json`.
//!
//! Each recording or file goes in `PATCH`es of [`DEFAULT_CHUNK_BYTES`], each body a
//! `Blob.slice()` of the stored file, which the browser reads from disk as it sends: the file is
//! never copied into memory whole. After every chunk the server acknowledges, the outbox item
//! (holding where each upload stands) is stored again, so a reload or a restart carries on from
//! there, after asking the server how much it has (`HEAD`).
//!
//! A cut connection is asked about (`HEAD`) and resumed at once; a second failure in a row, or
//! a browser that knows it is offline, hands the item back to the outbox, which tries again
//! after its wait or when the connection returns. The applicant sees how far it has got
//! ([`Transfer`]) and may pause: the request on its way is aborted, and nothing more is sent
//! until they resume.

use std::cell::RefCell;

use forms::outbox::OutboxItem;
use forms::tus::{DEFAULT_CHUNK_BYTES, Method as TusMethod, Pace, Progress, Reply, Request, Step, TusError, Upload};
use forms::{Endpoint, Form, MediaRef};
use gloo_net::http::{Headers, Method, RequestBuilder};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::exchange::{Deadline, time_allowed_ms};
use super::{MediaFile, SendError};
use crate::platform::{browser, storage};

/// What the progress bar shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The reference of the application whose files are uploading.
    pub reference: String,
    /// How far its files have got, together.
    pub progress: Progress,
    /// The time still needed at the pace so far, once known (never while paused or waiting).
    pub seconds_left: Option<u64>,
}

/// This page's uploads, for the progress bar and its Pause button. Reference-counted signals,
/// not owned by any component: sending goes on whichever page is showing.
#[derive(Clone)]
pub struct Transfer {
    /// The upload going on or last gone on, if any.
    pub shown: ArcRwSignal<Option<Shown>>,
    /// Whether the applicant paused it.
    pub paused: ArcRwSignal<bool>,
}

thread_local! {
    static TRANSFER: Transfer = Transfer { shown: ArcRwSignal::new(None), paused: ArcRwSignal::new(false) };
    /// Aborts the request on its way, for [`pause`].
    static ON_ITS_WAY: RefCell<Option<web_sys::AbortController>> = const { RefCell::new(None) };
}

/// This page's uploads.
pub fn transfer() -> Transfer {
    TRANSFER.with(Transfer::clone)
}

/// Stops uploading now, until [`resume`]: the chunk on its way is abandoned (the server keeps
/// what of it arrived).
pub fn pause() {
    transfer().paused.set(true);
    if let Some(request) = ON_ITS_WAY.with(|r| r.borrow_mut().take()) {
        request.abort();
    }
}

/// Carries on after [`pause`].
pub fn resume() {
    transfer().paused.set(false);
}

/// Uploads the files of `item` (those of `files` among the answers `form` sends) to `creation`,
/// the endpoint's `uploads`, each from where it stands; stores `item` after every chunk the server
/// acknowledges. Gives `(media id, upload URL)` for each file once all are up.
pub async fn upload(
    endpoint: &Endpoint,
    creation: &str,
    form: &Form,
    item: &mut OutboxItem,
    files: &[MediaFile],
) -> Result<Vec<(String, String)>, SendError> {
    let visible = form.visible_answers(&item.draft.answers);
    let sizes: Vec<(&MediaRef, u64)> = visible
        .media()
        .into_iter()
        .filter_map(|m| files.iter().find(|f| f.media_id == m.id).map(|f| (m, f.blob.size() as u64)))
        .collect();
    let mut uploads = item.start_uploads(creation, &sizes, DEFAULT_CHUNK_BYTES);
    let blobs: Vec<web_sys::Blob> = item
        .uploads
        .iter()
        .filter_map(|u| files.iter().find(|f| f.media_id == u.media_id).map(|f| f.blob.clone()))
        .collect();
    let transfer = transfer();
    let reference = item.reference.clone();
    let show = |uploads: &[Upload], pace: Option<&Pace>| {
        let progress: Progress = uploads.iter().map(Upload::progress).sum();
        let seconds_left = pace.and_then(|p| p.seconds_left(browser::now_ms(), progress));
        transfer.shown.set(Some(Shown { reference: reference.clone(), progress, seconds_left }));
    };
    let start_pace = |uploads: &[Upload]| Pace::start(browser::now_ms(), uploads.iter().map(Upload::progress).sum());
    let mut pace = start_pace(&uploads);
    show(&uploads, None);
    for (i, blob) in blobs.iter().enumerate() {
        loop {
            if transfer.paused.get_untracked() {
                show(&uploads, None);
                while transfer.paused.get_untracked() {
                    sleep_ms(250).await;
                }
                pace = start_pace(&uploads);
            }
            let upload = &mut uploads[i];
            let request = match upload.next() {
                Step::Done { .. } => break,
                Step::Stopped(error) => return Err(refused(error)),
                Step::Send(request) => request,
            };
            let problem = match send(endpoint, &request, blob).await {
                Ok(reply) => {
                    upload.answered(&reply);
                    let status = reply.status;
                    (!(200..300).contains(&status)).then(|| SendError::Unavailable {
                        status,
                        retry_after_s: None,
                        message: format!("the upload server answered {status} to {}", request.method.as_str()),
                    })
                }
                Err(Failure::Unsendable(message)) => return Err(SendError::Unsendable(message)),
                Err(Failure::NoAnswer(reason)) => {
                    upload.failed();
                    Some(SendError::Network(reason))
                }
            };
            let stopped = matches!(upload.next(), Step::Stopped(_));
            let wait = upload.wait_ms(f64::from(browser::random_bytes::<1>()[0]) / 255.0);
            if item.note_upload(i, upload) {
                // Should this fail (a full device), sending goes on; only a reload would then
                // start this file again.
                let _ = storage::save_outbox(item).await;
            }
            show(&uploads, Some(&pace));
            if transfer.paused.get_untracked() || stopped {
                continue;
            }
            match problem {
                Some(problem) if wait > 0 || !online() => {
                    show(&uploads, None);
                    return Err(problem);
                }
                _ if wait > 0 => sleep_ms(i32::try_from(wait).unwrap_or(i32::MAX)).await,
                _ => {}
            }
        }
    }
    show(&uploads, None);
    Ok(item.uploaded())
}

/// Why a tus request got no answer to read.
enum Failure {
    /// The connection failed or was cut, or the time allowed ran out.
    NoAnswer(String),
    /// The request cannot be made (a header in `config.json`, an address).
    Unsendable(String),
}

/// Makes `request`, with the endpoint's configured headers (the protocol's own win), a `PATCH`
/// body sliced from `blob`.
async fn send(endpoint: &Endpoint, request: &Request, blob: &web_sys::Blob) -> Result<Reply, Failure> {
    let unsendable = |e: JsValue| Failure::Unsendable(format!("{e:?}"));
    let headers = web_sys::Headers::new().map_err(unsendable)?;
    let configured = endpoint.headers.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    for (name, value) in configured.chain(request.headers.iter().map(|(k, v)| (*k, v.as_str()))) {
        headers.set(name, value).map_err(|_| {
            Failure::Unsendable(format!("the header \"{name}\" in config.json is not a valid HTTP header"))
        })?;
    }
    let body = match &request.body {
        Some(range) => Some(blob.slice_with_f64_and_f64(range.start as f64, range.end as f64).map_err(unsendable)?),
        None => None,
    };
    let allowed_ms = time_allowed_ms(body.as_ref().map_or(0.0, web_sys::Blob::size));
    let deadline = Deadline::start(allowed_ms);
    ON_ITS_WAY.with(|r| *r.borrow_mut() = deadline.as_ref().map(Deadline::aborter));
    let method = match request.method {
        TusMethod::Post => Method::POST,
        TusMethod::Head => Method::HEAD,
        TusMethod::Patch => Method::PATCH,
    };
    let builder = RequestBuilder::new(&request.url)
        .method(method)
        .headers(Headers::from_raw(headers))
        .abort_signal(deadline.as_ref().map(Deadline::signal).as_ref());
    let built = match body {
        Some(body) => builder.body(body),
        None => builder.build(),
    };
    let built = built.map_err(|e| Failure::Unsendable(format!("the upload address cannot be used: {e}")))?;
    let sent = built.send().await;
    ON_ITS_WAY.with(|r| r.borrow_mut().take());
    match sent {
        Ok(response) => {
            let headers = response.headers();
            Ok(Reply::read(response.status(), |name| headers.get(name)))
        }
        Err(_) if deadline.as_ref().is_some_and(Deadline::passed) && !transfer().paused.get_untracked() => {
            Err(Failure::NoAnswer(format!("no answer within {} s", allowed_ms.div_ceil(1000))))
        }
        Err(e) => Err(Failure::NoAnswer(e.to_string())),
    }
}

/// A refusal by the upload server, as the outbox records it.
fn refused(error: TusError) -> SendError {
    let status = match &error {
        TusError::TooLarge => 413,
        TusError::Refused { status, .. } => *status,
    };
    SendError::Rejected { status, message: error.to_string() }
}

/// Whether the browser thinks it has a connection (when it says not, it is right).
fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Waits `ms` milliseconds.
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
