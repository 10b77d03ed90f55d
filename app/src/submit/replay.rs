//! Requests kept for the service worker, so an application still waiting when the applicant
//! closes the app is sent by Background Sync once the browser is back online, with no page open.
//!
//! After an attempt fails in a way that can pass (offline, a timeout, a 5xx), the outbox stores
//! the exact request beside the item, in the IndexedDB store `replay`, keyed by submission id:
//!
//! | field | what |
//! | --- | --- |
//! | `url` | the endpoint's URL (from `config.json`, never from a link) |
//! | `headers` | `[name, value]` pairs: the configured headers and the adapter's own |
//! | `body` | a `Blob`: the JSON, or the whole `multipart/form-data` body; its type is the `Content-Type` |
//! | `received` | the statuses that mean "received": `[201, 202]` for OpenRosa, `[]` for any 2xx |
//! | `draft_id`, `media_ids` | what to delete on the device once it is received |
//! | `keep_delivered_hours` | from `config.json`: above 0, the outbox copy is kept, marked received |
//!
//! and registers the sync tag [`SYNC_TAG`]. `public/sw.js` sends the stored requests when the
//! sync fires and no Seedform page is in view (a page in view sends its outbox itself). Only
//! readable applications get one: an application protected by a PIN stays sealed, and is sent
//! when its applicant opens it again. Applications whose media go by resumable upload are sent
//! by the page too (the service worker does not run tus).

use forms::outbox::OutboxItem;
use forms::{Endpoint, EndpointKind, Form};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::exchange::request_headers;
use super::{MediaFile, SendError, Submission, adapter_for, openrosa};

/// The Background Sync tag `public/sw.js` listens for.
pub const SYNC_TAG: &str = "seedform-outbox";

/// Bodies larger than this are not kept a second time on the device for the service worker
/// (the recordings are already stored once); the page sends them when it is opened again.
const MAX_BODY_BYTES: f64 = 50_000_000.0;

/// The request the service worker can send for `item`, or `None` when the page must send it.
pub async fn prepare(
    endpoint: &Endpoint,
    form: &Form,
    item: &OutboxItem,
    files: &[MediaFile],
    keep_delivered_hours: u32,
) -> Result<Option<Object>, SendError> {
    if endpoint.uploads.is_some() && endpoint.kind == EndpointKind::Json && !files.is_empty() {
        return Ok(None);
    }
    let adapter = adapter_for(endpoint.kind);
    let outgoing = adapter.outgoing(&Submission::of(form, item, files, &[]))?;
    if outgoing.bytes > MAX_BODY_BYTES {
        return Ok(None);
    }
    let headers = Array::from(&request_headers(endpoint, &outgoing)?.into());
    let body = body_blob(&outgoing.body).await?;
    let received = Array::new();
    if endpoint.kind == EndpointKind::Openrosa {
        for status in openrosa::RECEIVED {
            received.push(&status.into());
        }
    }
    let media_ids = Array::new();
    for id in item.media_ids() {
        media_ids.push(&JsValue::from_str(&id));
    }
    let record = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&record, &key.into(), value).map(|_| ());
    let stored = (|| {
        set("url", &endpoint.url.as_str().into())?;
        set("headers", &headers)?;
        set("body", &body)?;
        set("received", &received)?;
        set("draft_id", &item.draft.id.as_str().into())?;
        set("media_ids", &media_ids)?;
        set("reference", &item.reference.as_str().into())?;
        set("keep_delivered_hours", &keep_delivered_hours.into())
    })();
    stored.map_err(|e| SendError::Unsendable(format!("{e:?}")))?;
    Ok(Some(record))
}

/// The body as one `Blob` whose type is its `Content-Type` (with the multipart boundary).
async fn body_blob(body: &JsValue) -> Result<JsValue, SendError> {
    let failed = |e: JsValue| SendError::Unsendable(format!("the browser could not keep the request: {e:?}"));
    let response = match body.as_string() {
        Some(text) => web_sys::Response::new_with_opt_str(Some(&text)),
        None => web_sys::Response::new_with_opt_form_data(body.dyn_ref::<web_sys::FormData>()),
    }
    .map_err(failed)?;
    JsFuture::from(response.blob().map_err(failed)?).await.map_err(failed)
}

/// Asks the service worker for a Background Sync; nothing happens where the browser has none.
pub async fn register_sync() {
    let Some(window) = web_sys::window() else { return };
    let container = window.navigator().service_worker();
    let Ok(ready) = container.ready() else { return };
    let Ok(registration) = JsFuture::from(ready).await else { return };
    let Ok(sync) = Reflect::get(&registration, &"sync".into()) else { return };
    let Ok(register) = Reflect::get(&sync, &"register".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) else {
        return;
    };
    if let Ok(promise) = register.call1(&sync, &SYNC_TAG.into()).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
        let _ = JsFuture::from(promise).await;
    }
}
