//! `seedform-endpoint`: a small, real HTTP server on 127.0.0.1 that receives Seedform
//! submissions in all three formats, for local use and tests.
//!
//! | route | what |
//! | --- | --- |
//! | `POST /submissions` | the `json` adapter (`application/json`; or `multipart/form-data` with the JSON in a part `submission` and media as further parts) |
//! | `POST /form` | the `multipart` adapter: a classic form post (`multipart/form-data`, or `application/x-www-form-urlencoded`) |
//! | `HEAD /openrosa/submission` | 204 with `X-OpenRosa-Accept-Content-Length`, as ODK servers answer |
//! | `POST /openrosa/submission` | the `openrosa` adapter (OpenRosa 1.0: `xml_submission_file` and media parts) |
//! | `OPTIONS`, `POST /files/`; `HEAD`, `PATCH /files/{id}` | resumable uploads, tus 1.0 with `creation` ([`tus`]) |
//! | `GET /submissions` | every stored submission, oldest first |
//! | `POST`/`GET`/`DELETE /_faults` | arrange, see, clear injected faults ([`faults`]); `cut_every_bytes` cuts uploads |
//! | `GET /_stats` | counters: requests, stored, duplicates, rejected, failed, reset; per upload: bytes received, cuts |
//! | `GET /health` | `ok` |
//!
//! Each accepted submission is stored once, in its own folder ([`store`]); a repeat of a stored
//! submission id (OpenRosa: instance id) is acknowledged as a success and stores nothing new.
//! As in ODK Central, an OpenRosa repeat must carry the same instance, byte for byte: another
//! instance under a stored id is refused with 409.
//! A `json` media answer may name a completed upload instead of carrying its bytes as a part
//! (`"upload": "<its /files/ URL>"`); the file is then stored with the submission as a part
//! would be, and an answer naming an unknown or unfinished upload is refused with 400.
//! With `--app DIR` the binary also serves the built app on a second port, the way a funder's
//! static host would (with the security headers of [`app`]), optionally with a `--config FILE`
//! served as `/config.json`.

pub mod app;
pub mod conn;
pub mod faults;
pub mod openrosa;
pub mod receive;
pub mod reply;
pub mod store;
pub mod tus;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tokio::sync::Mutex;
use tower_http::cors::{Any, CorsLayer};

use crate::conn::{Conn, CuttableListener};
use crate::faults::{Faults, Stats};
use crate::reply::MAX_BODY_BYTES;
use crate::store::Store;

/// How the command line is used.
pub const USAGE: &str = "Usage: seedform-endpoint [--port N] [--data DIR] [--app DIR --app-port N [--config FILE]]";

/// The command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The endpoint's port on 127.0.0.1 (0: any free port).
    pub port: u16,
    /// Where submissions are stored.
    pub data: PathBuf,
    /// A built app to serve, if any.
    pub app: Option<PathBuf>,
    /// The app's port.
    pub app_port: u16,
    /// A `config.json` to serve with the app.
    pub config: Option<PathBuf>,
}

/// A command line that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{0}\n{USAGE}")]
pub struct UsageError(String);

impl Options {
    /// Reads the command-line arguments (without the program name).
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, UsageError> {
        let mut o =
            Options { port: 8788, data: PathBuf::from(".seedform/received"), app: None, app_port: 8080, config: None };
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| UsageError(format!("{flag} needs a value")));
            let port = |v: String, flag: &str| v.parse().map_err(|e| UsageError(format!("{flag}: {e}")));
            match flag.as_str() {
                "--port" => o.port = port(value()?, "--port")?,
                "--app-port" => o.app_port = port(value()?, "--app-port")?,
                "--data" => o.data = PathBuf::from(value()?),
                "--app" => o.app = Some(PathBuf::from(value()?)),
                "--config" => o.config = Some(PathBuf::from(value()?)),
                other => return Err(UsageError(format!("unknown option {other}"))),
            }
        }
        Ok(o)
    }
}

/// What the endpoint shares between requests.
pub struct Endpoint {
    /// The submissions folder.
    pub store: Store,
    /// Faults waiting to happen.
    pub faults: Mutex<Faults>,
    /// Counters.
    pub stats: Stats,
    /// Resumable uploads.
    pub uploads: tus::Uploads,
}

impl Endpoint {
    /// An endpoint storing into `data` (created if missing).
    pub fn open(data: &std::path::Path) -> std::io::Result<Arc<Endpoint>> {
        Ok(Arc::new(Endpoint {
            store: Store::open(data)?,
            faults: Mutex::default(),
            stats: Stats::default(),
            uploads: tus::Uploads::open(&data.join("uploads"))?,
        }))
    }
}

/// The endpoint's routes.
pub fn api(state: Arc<Endpoint>) -> Router {
    let submissions = Router::new()
        .route("/submissions", post(receive::submissions))
        .route("/form", post(receive::form))
        .route("/openrosa/submission", post(openrosa::submission).head(openrosa::head))
        .layer(axum::middleware::from_fn_with_state(state.clone(), faults::inject));
    // The app is served from another origin (port), so the browser asks first; the answers must
    // let it read the OpenRosa and Retry-After headers. The uploads have CORS of their own.
    let cors = CorsLayer::new().allow_origin(Any).allow_methods(Any).allow_headers(Any).expose_headers(Any);
    Router::new()
        .merge(submissions)
        .route("/submissions", get(list))
        .route("/_faults", get(faults::get).post(faults::set).delete(faults::clear))
        .route("/_stats", get(faults::stats))
        .route("/health", get(|| async { "ok" }))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(cors)
        .merge(tus::routes())
        .with_state(state)
}

async fn list(State(state): State<Arc<Endpoint>>) -> Response {
    axum::Json(state.store.list().await).into_response()
}

/// Serves the endpoint on `listener` until the process ends. Use this (not plain
/// `axum::serve`) so the `reset_next` fault can cut connections.
pub async fn serve_api(listener: TcpListener, state: Arc<Endpoint>) -> std::io::Result<()> {
    let app = api(state).into_make_service_with_connect_info::<Conn>();
    axum::serve(CuttableListener(listener), app).await
}

/// Why the endpoint stopped.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The data folder could not be made.
    #[error("cannot create the data folder {0}: {1}")]
    Data(PathBuf, std::io::Error),
    /// A port is taken, or the server failed.
    #[error("cannot listen on {0}: {1} (is another copy running?)")]
    Listen(SocketAddr, std::io::Error),
}

/// Runs the endpoint (and the app, with `--app`) until Ctrl-C.
pub async fn run(options: Options) -> Result<(), RunError> {
    let state = Endpoint::open(&options.data).map_err(|e| RunError::Data(options.data.clone(), e))?;
    let api_addr = SocketAddr::from(([127, 0, 0, 1], options.port));
    let listener = TcpListener::bind(api_addr).await.map_err(|e| RunError::Listen(api_addr, e))?;
    let api_addr = listener.local_addr().map_err(|e| RunError::Listen(api_addr, e))?;
    let mut servers = tokio::task::JoinSet::new();
    servers.spawn(async move { serve_api(listener, state).await.map_err(|e| RunError::Listen(api_addr, e)) });
    println!("endpoint: http://{api_addr}/submissions  (stores into {})", options.data.display());
    println!("          http://{api_addr}/form, http://{api_addr}/openrosa/submission, http://{api_addr}/_stats");
    println!("          http://{api_addr}/files/ (resumable uploads, tus 1.0)");

    if let Some(app_dir) = &options.app {
        let app = app::router(app_dir, options.config.as_deref());
        let app_addr = SocketAddr::from(([127, 0, 0, 1], options.app_port));
        let listener = TcpListener::bind(app_addr).await.map_err(|e| RunError::Listen(app_addr, e))?;
        servers.spawn(async move { axum::serve(listener, app).await.map_err(|e| RunError::Listen(app_addr, e)) });
        println!("app:      http://{app_addr}/  (serving {})", app_dir.display());
    }
    tokio::select! {
        _ = tokio::signal::ctrl_c() => Ok(()),
        Some(stopped) = servers.join_next() => match stopped {
            Ok(result) => result,
            Err(e) => Err(RunError::Listen(api_addr, std::io::Error::other(e))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Options, UsageError> {
        Options::parse(args.iter().map(|a| (*a).to_owned()))
    }

    #[test]
    fn the_command_line_reads_every_flag_and_refuses_the_rest() {
        let o = parse(&["--port", "4174", "--data", "target/e2e-received", "--app", "dist", "--app-port", "4173"])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((o.port, o.app_port), (4174, 4173));
        assert_eq!(o.data, PathBuf::from("target/e2e-received"));
        assert_eq!(o.app, Some(PathBuf::from("dist")));
        let o = parse(&["--config", "c.json"]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((o.port, o.config), (8788, Some(PathBuf::from("c.json"))));
        assert!(parse(&["--port"]).is_err());
        assert!(parse(&["--port", "many"]).is_err());
        assert!(parse(&["--verbose"]).is_err());
    }
}
