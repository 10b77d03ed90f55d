//! Fetching files. Submissions are sent by `crate::submit`.

use gloo_net::http::Request;

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
    let response = Request::get(url).send().await.map_err(|e| HttpError::Network(e.to_string()))?;
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
