//! A fresh endpoint per test, on an ephemeral 127.0.0.1 port with its own data folder.
// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use forms::tus::{Reply, Step, Upload};
use serde_json::{Value, json};

pub struct Server {
    pub base: String,
    pub data: PathBuf,
    pub http: reqwest::Client,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

pub async fn start() -> Server {
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let data = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("endpoint-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    start_in(data).await
}

/// An endpoint on a new port over an existing data folder: the endpoint after a restart.
pub async fn start_in(data: PathBuf) -> Server {
    let state = seedform_endpoint::Endpoint::open(&data).expect("the data folder can be made");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
    let addr = listener.local_addr().expect("bound");
    tokio::spawn(seedform_endpoint::serve_api(listener, state));
    // No connection reuse: a test that cuts a connection must not affect the next request.
    let http = reqwest::Client::builder().pool_max_idle_per_host(0).build().expect("a client");
    Server { base: format!("http://{addr}"), data, http }
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn submissions(&self) -> Vec<Value> {
        let response = self.http.get(self.url("/submissions")).send().await.expect("the list answers");
        assert_eq!(response.status(), 200);
        response.json::<Vec<Value>>().await.expect("the list is JSON")
    }

    pub async fn stats(&self) -> Value {
        self.http.get(self.url("/_stats")).send().await.expect("stats answer").json().await.expect("stats are JSON")
    }

    pub async fn faults(&self, body: Value) -> reqwest::Response {
        self.http.post(self.url("/_faults")).json(&body).send().await.expect("faults answer")
    }

    pub async fn post_json(&self, body: &Value) -> reqwest::Result<reqwest::Response> {
        self.http.post(self.url("/submissions")).json(body).send().await
    }

    /// Drives `upload` of `source` to the end over real HTTP, as the app drives it with fetch;
    /// each `(acknowledged, sent)` seen after an answer goes into `seen`. Answers the upload URL.
    pub async fn tus(&self, upload: &mut Upload, source: &[u8], seen: &mut Vec<(u64, u64)>) -> String {
        // A bound, so a client that never finishes fails the test instead of hanging it.
        for _ in 0..10_000 {
            let request = match upload.next() {
                Step::Send(request) => request,
                Step::Done { url } => return url,
                Step::Stopped(error) => panic!("the upload stopped: {error}"),
            };
            tokio::time::sleep(std::time::Duration::from_millis(upload.wait_ms(0.5))).await;
            let method = reqwest::Method::from_bytes(request.method.as_str().as_bytes()).expect("a method");
            let mut builder = self.http.request(method, &request.url);
            for (name, value) in &request.headers {
                builder = builder.header(*name, value);
            }
            if let Some(range) = &request.body {
                let range = usize::try_from(range.start).expect("fits")..usize::try_from(range.end).expect("fits");
                builder = builder.body(source[range].to_vec());
            }
            match builder.send().await {
                Ok(response) => {
                    let header = |name: &str| response.headers().get(name)?.to_str().ok().map(str::to_owned);
                    upload.answered(&Reply::read(response.status().as_u16(), header));
                }
                Err(_) => upload.failed(),
            }
            let progress = upload.progress();
            seen.push((progress.acknowledged, progress.sent));
        }
        panic!("the upload did not finish in 10 000 requests");
    }

    /// Folders under `.incoming/`: requests still being read, or left behind by mistake.
    pub fn incoming_left(&self) -> usize {
        std::fs::read_dir(self.data.join(".incoming")).map(|d| d.count()).unwrap_or(0)
    }
}

/// A minimal valid JSON submission.
pub fn json_submission(id: &str) -> Value {
    json!({
        "submission_id": id,
        "reference": "K7Q-2XF",
        "form_id": "seed-fund",
        "form_version": "2026.1",
        "language": "en",
        "started_at": 1_772_357_400_000u64,
        "submitted_at": "2026-03-02T10:00:00.000Z",
        "answers": { "group_name": "Hope Kitchen", "amount": 2500 },
    })
}

/// A minimal OpenRosa instance.
pub fn instance(uuid: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><seed-fund id=\"seed-fund\" version=\"2026.1\"><group_name>Hope Kitchen</group_name>\
         <meta><instanceID>uuid:{uuid}</instanceID><instanceName>K7Q-2XF</instanceName></meta></seed-fund>"
    )
}

/// An OpenRosa multipart body: the instance as ODK Collect sends it, and `files`.
pub fn openrosa_form(xml: &str, files: &[(&str, &[u8], &str)]) -> reqwest::multipart::Form {
    let instance = reqwest::multipart::Part::text(xml.to_owned())
        .file_name("submission.xml")
        .mime_str("text/xml")
        .expect("a valid type");
    let mut form = reqwest::multipart::Form::new().part("xml_submission_file", instance);
    for (name, bytes, mime) in files {
        let part = reqwest::multipart::Part::bytes(bytes.to_vec())
            .file_name((*name).to_owned())
            .mime_str(mime)
            .expect("a valid type");
        form = form.part((*name).to_owned(), part);
    }
    form
}

pub async fn post_openrosa(server: &Server, form: reqwest::multipart::Form) -> reqwest::Response {
    server
        .http
        .post(server.url("/openrosa/submission"))
        .header("X-OpenRosa-Version", "1.0")
        .multipart(form)
        .send()
        .await
        .expect("the endpoint answers")
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
