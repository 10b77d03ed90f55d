//! Fetching files. Submissions are sent by `crate::submit`.

use gloo_net::http::{Request, Response};
use wasm_bindgen::JsCast;

/// Why a request failed, in words an organiser can act on.
#[derive(Debug, Clone, thiserror::Error)]
pub enum HttpError {
    /// No answer at all: offline, wrong address, or blocked.
    #[error("no answer from the server ({0})")]
    Network(String),
    /// The server answered with an error status.
    #[error("the server answered {status}")]
    Status {
        /// HTTP status.
        status: u16,
        /// The body, for the organiser's details.
        body: String,
    },
}

/// GETs `url` as bytes; anything but 2xx is an error.
pub async fn get_bytes(url: &str) -> Result<Vec<u8>, HttpError> {
    let response = match early_response(url).await {
        Some(early) => Response::from(early),
        None => Request::get(url).send().await.map_err(|e| HttpError::Network(e.to_string()))?,
    };
    if !response.ok() {
        let body = response.text().await.unwrap_or_default();
        return Err(HttpError::Status { status: response.status(), body });
    }
    response.binary().await.map_err(|e| HttpError::Network(e.to_string()))
}

/// GETs `url` as text.
pub async fn get_text(url: &str) -> Result<String, HttpError> {
    let bytes = get_bytes(url).await?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The response to `url` that `early.js` (public/) fetched while the app was still downloading, if
/// it did; each is taken once. When its download failed, the caller fetches `url` itself.
async fn early_response(url: &str) -> Option<web_sys::Response> {
    let early = js_sys::Reflect::get(&web_sys::window()?.into(), &"seedformEarly".into())
        .ok()?
        .dyn_into::<js_sys::Object>()
        .ok()?;
    let pending = js_sys::Reflect::get(&early, &url.into()).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    js_sys::Reflect::delete_property(&early, &url.into()).ok()?;
    wasm_bindgen_futures::JsFuture::from(pending).await.ok()?.dyn_into().ok()
}
