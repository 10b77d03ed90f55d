//! `seedform-endpoint`: a small, real HTTP server on 127.0.0.1 for local use and tests.
//!
//! - It receives submissions (`POST /submissions`, JSON) and stores each one as a file in the
//!   data folder, once: a repeated submission id is acknowledged again but not stored twice.
//! - `GET /submissions` lists what arrived, so tests can assert on it.
//! - With `--app DIR` it also serves the built app on a second port, the way a funder's static
//!   host would, optionally with a `--config FILE` served as `/config.json`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::extract::{Json, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};
use tokio::sync::Mutex;
use tower_http::cors::{Any, CorsLayer};
use tower_http::services::{ServeDir, ServeFile};

const USAGE: &str = "Usage: seedform-endpoint [--port N] [--data DIR] [--app DIR --app-port N [--config FILE]]";

struct Options {
    port: u16,
    data: PathBuf,
    app: Option<PathBuf>,
    app_port: u16,
    config: Option<PathBuf>,
}

fn options() -> Result<Options, String> {
    let mut o =
        Options { port: 8788, data: PathBuf::from(".seedform/received"), app: None, app_port: 8080, config: None };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"));
        match flag.as_str() {
            "--port" => o.port = value()?.parse().map_err(|e| format!("--port: {e}"))?,
            "--app-port" => o.app_port = value()?.parse().map_err(|e| format!("--app-port: {e}"))?,
            "--data" => o.data = PathBuf::from(value()?),
            "--app" => o.app = Some(PathBuf::from(value()?)),
            "--config" => o.config = Some(PathBuf::from(value()?)),
            _ => return Err(USAGE.to_owned()),
        }
    }
    Ok(o)
}

/// What the endpoint shares between requests.
struct Endpoint {
    data: PathBuf,
    /// Serialises check-then-store, so two copies of one submission arriving at once store one.
    lock: Mutex<()>,
}

#[tokio::main]
async fn main() {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&o.data) {
        eprintln!("cannot create the data folder {}: {e}", o.data.display());
        std::process::exit(1);
    }
    let state = Arc::new(Endpoint { data: o.data.clone(), lock: Mutex::new(()) });
    let cors = CorsLayer::new().allow_origin(Any).allow_methods(Any).allow_headers(Any).expose_headers(Any);
    let api = Router::new()
        .route("/submissions", get(list).post(receive_json))
        .route("/health", get(|| async { "ok" }))
        .layer(cors)
        .with_state(state);

    let mut servers = Vec::new();
    let api_addr = SocketAddr::from(([127, 0, 0, 1], o.port));
    servers.push(tokio::spawn(serve(api_addr, api)));
    println!("endpoint: http://{api_addr}/submissions  (stores into {})", o.data.display());

    if let Some(app_dir) = &o.app {
        let mut app = Router::new();
        if let Some(config) = &o.config {
            app = app.route_service("/config.json", ServeFile::new(config));
        }
        let app = app.fallback_service(ServeDir::new(app_dir).append_index_html_on_directories(true));
        let app_addr = SocketAddr::from(([127, 0, 0, 1], o.app_port));
        servers.push(tokio::spawn(serve(app_addr, app)));
        println!("app:      http://{app_addr}/  (serving {})", app_dir.display());
    }
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = futures_first(servers) => {}
    }
}

async fn futures_first(servers: Vec<tokio::task::JoinHandle<()>>) {
    for s in servers {
        let _ = s.await;
    }
}

async fn serve(addr: SocketAddr, router: Router) {
    match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => {
            if let Err(e) = axum::serve(listener, router).await {
                eprintln!("server on {addr} stopped: {e}");
            }
        }
        Err(e) => eprintln!("cannot listen on {addr}: {e} (is another copy running?)"),
    }
    std::process::exit(1);
}

fn reject(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "error": message }))).into_response()
}

/// A submission id is used as a file name, so only safe characters are accepted.
fn safe_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 100 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

async fn receive_json(State(state): State<Arc<Endpoint>>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(';').next().is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json")));
    if !is_json {
        return reject(StatusCode::UNSUPPORTED_MEDIA_TYPE, "expected Content-Type: application/json");
    }
    let Ok(submission) = serde_json::from_slice::<Value>(&body) else {
        return reject(StatusCode::BAD_REQUEST, "the body is not valid JSON");
    };
    let id = submission.get("submission_id").and_then(Value::as_str).unwrap_or_default().to_owned();
    if !safe_id(&id) {
        return reject(
            StatusCode::BAD_REQUEST,
            "submission_id is missing or has characters other than letters, digits, - and _",
        );
    }
    if let Some(key) = headers.get("idempotency-key").and_then(|v| v.to_str().ok())
        && key != id
    {
        return reject(StatusCode::BAD_REQUEST, "Idempotency-Key differs from submission_id");
    }
    for field in ["form_id", "form_version", "language", "answers"] {
        if submission.get(field).is_none() {
            return reject(StatusCode::BAD_REQUEST, &format!("{field} is missing"));
        }
    }
    let reference = submission.get("reference").cloned().unwrap_or(Value::Null);
    let _guard = state.lock.lock().await;
    let path = state.data.join(format!("{id}.json"));
    if path.exists() {
        return (StatusCode::OK, Json(json!({ "status": "duplicate", "submission_id": id, "reference": reference })))
            .into_response();
    }
    let stored = json!({ "adapter": "json", "received": submission });
    if let Err(e) = write_atomically(&path, &stored).await {
        return reject(StatusCode::INSUFFICIENT_STORAGE, &format!("could not store: {e}"));
    }
    println!("received {id} ({})", submission.get("form_id").and_then(Value::as_str).unwrap_or("?"));
    (StatusCode::CREATED, Json(json!({ "status": "stored", "submission_id": id, "reference": reference })))
        .into_response()
}

async fn write_atomically(path: &Path, value: &Value) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    tokio::fs::write(&tmp, serde_json::to_vec_pretty(value).unwrap_or_default()).await?;
    tokio::fs::rename(&tmp, path).await
}

async fn list(State(state): State<Arc<Endpoint>>) -> Response {
    let mut out = Vec::new();
    if let Ok(mut dir) = tokio::fs::read_dir(&state.data).await {
        while let Ok(Some(entry)) = dir.next_entry().await {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "json")
                && let Ok(bytes) = tokio::fs::read(&path).await
                && let Ok(v) = serde_json::from_slice::<Value>(&bytes)
            {
                out.push(v);
            }
        }
    }
    Json(Value::Array(out)).into_response()
}
