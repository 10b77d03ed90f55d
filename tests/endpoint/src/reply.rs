//! Answers, in the shape each kind of client expects: JSON for `json` and `multipart`, an
//! `OpenRosaResponse` XML document for OpenRosa clients (ODK Collect shows its message).

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// The largest request body accepted, advertised to OpenRosa clients as
/// `X-OpenRosa-Accept-Content-Length`. Above the sample form's largest video (200 MB).
pub const MAX_BODY_BYTES: usize = 256 * 1024 * 1024;

/// The three submission formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adapter {
    /// `POST /submissions`, `application/json`.
    Json,
    /// `POST /form`, a classic form post.
    Multipart,
    /// `POST /openrosa/submission`.
    Openrosa,
}

impl Adapter {
    /// The adapter's name, as in `config.json` and in stored records.
    pub fn name(self) -> &'static str {
        match self {
            Adapter::Json => "json",
            Adapter::Multipart => "multipart",
            Adapter::Openrosa => "openrosa",
        }
    }

    /// The adapter a route serves, for answering in the client's own format.
    pub fn of_path(path: &str) -> Adapter {
        match path {
            "/openrosa/submission" => Adapter::Openrosa,
            "/form" => Adapter::Multipart,
            _ => Adapter::Json,
        }
    }
}

/// A refusal: `{"error": message}`, or an OpenRosa error document.
pub fn reject(adapter: Adapter, status: StatusCode, message: &str) -> Response {
    match adapter {
        Adapter::Openrosa => openrosa(status, "error", message),
        Adapter::Json | Adapter::Multipart => (status, Json(json!({ "error": message }))).into_response(),
    }
}

/// An `OpenRosaResponse` document with the OpenRosa headers.
pub fn openrosa(status: StatusCode, nature: &str, message: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\"><message nature=\"{nature}\">{}</message></OpenRosaResponse>\n",
        escape(message)
    );
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/xml; charset=utf-8"));
    openrosa_headers(headers);
    response
}

/// `X-OpenRosa-Version` and `X-OpenRosa-Accept-Content-Length`, as ODK servers send them.
pub fn openrosa_headers(headers: &mut axum::http::HeaderMap) {
    headers.insert("x-openrosa-version", HeaderValue::from_static("1.0"));
    headers.insert("x-openrosa-accept-content-length", HeaderValue::from(MAX_BODY_BYTES));
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
