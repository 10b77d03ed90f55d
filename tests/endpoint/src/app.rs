//! Serving the built app, the way a funder's static host should: every file with the security
//! headers that `config.json` implies (`DeploymentConfig::content_security_policy`, the same text
//! `seedform headers dist/config.json` prints for other hosts).

use std::path::{Path, PathBuf};

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use forms::DeploymentConfig;
use tower_http::services::{ServeDir, ServeFile};

/// The strictest policy, for when `config.json` cannot be read: the app then shows its own
/// "cannot load" page, which needs nothing more.
const FALLBACK_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
    object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/// The app in `dir`, with `config` (if given) served as `/config.json`.
pub fn router(dir: &Path, config: Option<&Path>) -> Router {
    let config_file = config.map_or_else(|| dir.join("config.json"), Path::to_path_buf);
    let mut app = Router::new();
    if let Some(config) = config {
        app = app.route_service("/config.json", ServeFile::new(config));
    }
    app.fallback_service(ServeDir::new(dir).append_index_html_on_directories(true)).layer(middleware::from_fn(
        move |request: Request, next: Next| {
            let config_file = config_file.clone();
            async move { with_headers(next.run(request).await, &config_file).await }
        },
    ))
}

/// Adds the security headers, reading `config.json` afresh so an edit applies without a restart,
/// as it does for the app itself.
async fn with_headers(mut response: Response, config_file: &PathBuf) -> Response {
    let policy = tokio::fs::read_to_string(config_file)
        .await
        .ok()
        .and_then(|text| DeploymentConfig::from_json(&text).ok())
        .map_or_else(|| FALLBACK_POLICY.to_owned(), |config| config.content_security_policy());
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&policy) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(HeaderName::from_static("referrer-policy"), HeaderValue::from_static("no-referrer"));
    response
}
