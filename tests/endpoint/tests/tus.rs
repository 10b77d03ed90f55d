//! Resumable uploads over real HTTP: the protocol's answers, the engine's tus client against
//! the endpoint with a connection that keeps being cut, bytes kept across cuts and restarts, and
//! `json` submissions that name an upload.
// These are tests: a failed `expect` is a failed test, which is what it should be.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::{Server, json_submission, sha256_hex, start, start_in};
use forms::tus::Upload;
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};
use tokio::io::AsyncWriteExt;

const MIB: u64 = 1024 * 1024;

/// Bytes with no period a wrong offset could hide in.
fn noise(len: u64) -> Vec<u8> {
    let mut x: u32 = 0x9e37_79b9;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

fn header<'h>(headers: &'h HeaderMap, name: &str) -> &'h str {
    headers.get(name).map_or("", |v| v.to_str().unwrap())
}

/// A tus request, with `Tus-Resumable` unless `bare`.
async fn tus(server: &Server, method: Method, url: &str, headers: &[(&str, &str)], body: &[u8]) -> reqwest::Response {
    let mut builder = server.http.request(method, url).header("Tus-Resumable", "1.0.0");
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response = builder.body(body.to_vec()).send().await.expect("the endpoint answers");
    assert_eq!(header(response.headers(), "tus-resumable"), "1.0.0", "every answer says its version");
    response
}

async fn create(server: &Server, length: u64) -> String {
    let response =
        tus(server, Method::POST, &server.url("/files/"), &[("Upload-Length", &length.to_string())], b"").await;
    assert_eq!(response.status(), 201);
    header(response.headers(), "location").to_owned()
}

async fn patch(server: &Server, url: &str, offset: u64, body: &[u8]) -> reqwest::Response {
    let headers = [("Upload-Offset", offset.to_string()), ("Content-Type", "application/offset+octet-stream".into())];
    let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    tus(server, Method::PATCH, url, &headers, body).await
}

async fn offset_of(server: &Server, url: &str) -> u64 {
    let response = tus(server, Method::HEAD, url, &[], b"").await;
    assert_eq!(response.status(), 200);
    header(response.headers(), "upload-offset").parse().unwrap()
}

#[tokio::test]
async fn fifty_mebibytes_arrive_whole_over_a_connection_cut_every_five() {
    let server = start().await;
    let (length, every, chunk) = (50 * MIB, 5 * MIB, 2 * MIB);
    assert_eq!(server.faults(json!({"cut_every_bytes": every})).await.status(), 200);
    let source = noise(length);
    let mut upload = Upload::new(&server.url("/files/"), length, chunk)
        .with_metadata(&[("filename", "pitch.webm"), ("filetype", "video/webm")]);
    let mut seen = Vec::new();
    let url = server.tus(&mut upload, &source, &mut seen).await;

    let id = url.rsplit('/').next().unwrap();
    let counters = server.stats().await["uploads"][id].clone();
    let cuts = counters["cuts"].as_u64().unwrap();
    let progress = upload.progress();
    println!(
        "tus: {length} bytes in chunks of {chunk}, connection cut every {every}: {cuts} cuts, {} requests; \
         the client sent {} bytes ({} again, {:.1} %), the server read {} in {} PATCHes",
        seen.len(),
        progress.sent,
        progress.resent(),
        progress.resent() as f64 * 100.0 / length as f64,
        counters["received"],
        counters["patches"],
    );
    assert_eq!(cuts, length / every, "a cut after each 5 MiB stored");
    assert!(progress.resent() > 0, "cuts that fall mid-chunk cost something, or this test proves nothing");
    assert!(progress.resent() <= cuts * chunk, "at most one chunk re-sent per cut");
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "progress never goes back");
    assert_eq!((progress.acknowledged, progress.percent()), (length, 100));
    let stored = std::fs::read(server.data.join("uploads").join(id)).unwrap();
    assert!(stored == source, "the stored file differs from the source ({} bytes stored)", stored.len());
}

#[tokio::test]
async fn the_protocol_answers_as_tus_1_0_says() {
    let server = start().await;
    let options = tus(&server, Method::OPTIONS, &server.url("/files/"), &[], b"").await;
    assert_eq!(options.status(), 204);
    let h = options.headers();
    assert_eq!((header(h, "tus-version"), header(h, "tus-extension")), ("1.0.0", "creation"));
    let max: u64 = header(h, "tus-max-size").parse().unwrap();

    let bare = server.http.post(server.url("/files/")).header("Upload-Length", "10").send().await.unwrap();
    assert_eq!((bare.status().as_u16(), header(bare.headers(), "tus-version")), (412, "1.0.0"));
    assert_eq!(header(bare.headers(), "tus-resumable"), "1.0.0");
    assert_eq!(tus(&server, Method::POST, &server.url("/files/"), &[], b"").await.status(), 400);
    let too_big = (max + 1).to_string();
    let refused = tus(&server, Method::POST, &server.url("/files/"), &[("Upload-Length", &too_big)], b"").await;
    assert_eq!(refused.status(), 413);
    let metadata = [("Upload-Length", "10"), ("Upload-Metadata", "filename cGl0Y2gud2VibQ==")];
    let created = tus(&server, Method::POST, &server.url("/files"), &metadata, b"").await;
    assert_eq!(created.status(), 201);
    let url = header(created.headers(), "location").to_owned();
    assert!(url.starts_with(&server.url("/files/")), "{url}");

    let head = tus(&server, Method::HEAD, &url, &[], b"").await;
    let h = head.headers();
    assert_eq!(head.status(), 200);
    assert_eq!((header(h, "upload-offset"), header(h, "upload-length")), ("0", "10"));
    assert_eq!((header(h, "cache-control"), header(h, "upload-metadata")), ("no-store", "filename cGl0Y2gud2VibQ=="));

    let wrong_type = tus(&server, Method::PATCH, &url, &[("Upload-Offset", "0")], b"abcd").await;
    assert_eq!(wrong_type.status(), 415);
    assert_eq!(patch(&server, &url, 3, b"abcd").await.status(), 409);
    let first = patch(&server, &url, 0, b"abcd").await;
    assert_eq!((first.status().as_u16(), header(first.headers(), "upload-offset")), (204, "4"));
    assert_eq!(patch(&server, &url, 4, b"efghijk").await.status(), 413, "past the length");
    assert_eq!(patch(&server, &server.url("/files/0000"), 0, b"x").await.status(), 404);
    assert_eq!(tus(&server, Method::HEAD, &server.url("/files/0000"), &[], b"").await.status(), 404);
    let last = patch(&server, &url, 4, b"efghij").await;
    assert_eq!((last.status().as_u16(), header(last.headers(), "upload-offset")), (204, "10"));
    assert_eq!(offset_of(&server, &url).await, 10);
}

#[tokio::test]
async fn the_app_on_another_origin_may_use_the_uploads() {
    let server = start().await;
    let url = create(&server, 4).await;
    let allows = |list: &str, item: &str| list == "*" || list.split(',').any(|i| i.trim().eq_ignore_ascii_case(item));
    let preflight = server
        .http
        .request(Method::OPTIONS, &url)
        .header("Origin", "http://127.0.0.1:4173")
        .header("Access-Control-Request-Method", "PATCH")
        .header(
            "Access-Control-Request-Headers",
            "tus-resumable,upload-offset,upload-length,upload-metadata,content-type",
        )
        .send()
        .await
        .unwrap();
    let h = preflight.headers();
    assert!(preflight.status().is_success());
    assert_eq!(header(h, "access-control-allow-origin"), "*");
    for method in ["PATCH", "HEAD", "POST"] {
        assert!(allows(header(h, "access-control-allow-methods"), method), "{method}");
    }
    for name in ["tus-resumable", "upload-offset", "upload-length", "upload-metadata", "content-type"] {
        assert!(allows(header(h, "access-control-allow-headers"), name), "{name}");
    }
    let head = server
        .http
        .head(&url)
        .header("Origin", "http://127.0.0.1:4173")
        .header("Tus-Resumable", "1.0.0")
        .send()
        .await
        .unwrap();
    for name in ["upload-offset", "upload-length", "location", "tus-resumable", "tus-version", "tus-max-size"] {
        assert!(allows(header(head.headers(), "access-control-expose-headers"), name), "{name}");
    }
    assert_eq!(header(head.headers(), "access-control-allow-origin"), "*");
    // Asking what the server supports is an OPTIONS too, but not a preflight.
    let discovery =
        tus(&server, Method::OPTIONS, &server.url("/files/"), &[("Origin", "http://127.0.0.1:4173")], b"").await;
    assert_eq!(header(discovery.headers(), "tus-extension"), "creation");
    assert_eq!(header(discovery.headers(), "access-control-allow-origin"), "*");
}

/// Starts a `PATCH` of `total` bytes from offset 0 by hand and sends only `sent`, leaving the
/// connection open.
async fn start_patch(server: &Server, url: &str, total: usize, sent: &[u8]) -> tokio::net::TcpStream {
    let path = url.strip_prefix(&server.base).unwrap();
    let mut stream = tokio::net::TcpStream::connect(server.base.strip_prefix("http://").unwrap()).await.unwrap();
    let head = format!(
        "PATCH {path} HTTP/1.1\r\nHost: x\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n\
         Content-Type: application/offset+octet-stream\r\nContent-Length: {total}\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(sent).await.unwrap();
    stream
}

async fn wait_for_offset(server: &Server, url: &str, expected: u64) {
    let mut offset = 0;
    for _ in 0..250 {
        offset = offset_of(server, url).await;
        if offset == expected {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the offset stayed {offset}, not {expected}");
}

#[tokio::test]
async fn bytes_of_a_patch_cut_off_mid_body_are_kept() {
    let server = start().await;
    let source = noise(1000);
    for keep_open in [false, true] {
        let url = create(&server, 1000).await;
        let stream = start_patch(&server, &url, 1000, &source[..600]).await;
        // Closed: the endpoint sees the cut. Open: a phone that changed networks, whose old
        // connection goes silent; its next PATCH must not wait for that one to time out.
        if !keep_open {
            drop(stream);
        }
        wait_for_offset(&server, &url, 600).await;
        let mut status = 0;
        for _ in 0..50 {
            // Until the endpoint notices a closed connection, a PATCH may find it busy.
            status = patch(&server, &url, 600, &source[600..]).await.status().as_u16();
            if status != 423 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(status, 204, "keep_open: {keep_open}");
        let id = url.rsplit('/').next().unwrap();
        assert!(std::fs::read(server.data.join("uploads").join(id)).unwrap() == source);
    }
}

#[tokio::test]
async fn uploads_outlive_a_restart() {
    let before = start().await;
    let source = noise(3 * MIB);
    let url = create(&before, source.len() as u64).await;
    assert_eq!(patch(&before, &url, 0, &source[..MIB as usize]).await.status(), 204);

    let after = start_in(before.data.clone()).await;
    let moved = url.replace(&before.base, &after.base);
    assert_eq!(offset_of(&after, &moved).await, MIB);
    let mut upload = Upload::new(&after.url("/files/"), source.len() as u64, MIB);
    // As the app would find it after a reload: created, one chunk acknowledged.
    let created = forms::tus::Reply { status: 201, location: Some(moved.clone()), ..Default::default() };
    upload.answered(&created);
    upload.resume();
    let done = after.tus(&mut upload, &source, &mut Vec::new()).await;
    assert_eq!(done, moved);
    assert_eq!(upload.progress().sent, 2 * MIB, "only what the endpoint did not have was sent");
}

/// A `json` submission whose answers are `answers`.
async fn submit(server: &Server, id: &str, answers: Value) -> reqwest::Response {
    let mut body = json_submission(id);
    body["answers"] = answers;
    server.post_json(&body).await.unwrap()
}

async fn error(response: reqwest::Response) -> (u16, String) {
    let status = response.status().as_u16();
    (status, response.json::<Value>().await.unwrap()["error"].as_str().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn a_json_answer_may_name_a_finished_upload_and_nothing_else() {
    let server = start().await;
    let (video, photo) = (noise(5000), noise(300));
    let finished = create(&server, 5000).await;
    assert_eq!(patch(&server, &finished, 0, &video).await.status(), 204);
    let small = create(&server, 300).await;
    assert_eq!(patch(&server, &small, 0, &photo).await.status(), 204);
    let unfinished = create(&server, 10).await;
    assert_eq!(patch(&server, &unfinished, 0, b"abc").await.status(), 204);
    let media = |url: &str, bytes: usize| json!({"id": "m", "name": "pitch.webm", "mime": "video/webm", "bytes": bytes, "upload": url});

    let refusals = [
        (media(&unfinished, 10), "is not finished (3 of 10 bytes)"),
        (media(&server.url("/files/0123"), 10), "there is no upload"),
        (media("http://elsewhere.example/files/abc", 10), "is not an upload on this endpoint"),
        (media(&finished, 4999), "the answer says 4999 bytes, the upload has 5000"),
        (json!({"id": "m", "upload": 7}), "must be the URL of an upload"),
    ];
    for (answer, message) in refusals {
        let (status, said) = error(submit(&server, "refused", json!({"pitch_video": answer})).await).await;
        assert_eq!(status, 400, "{said}");
        assert!(said.contains("pitch_video") && said.contains(message), "{said:?} should say {message:?}");
    }
    assert!(server.submissions().await.is_empty());

    let answers = json!({
        "pitch_video": media(&finished, 5000),
        "team": [{"name": "Olena"}, {"name": "Amir", "photo": {"id": "p", "name": "amir.jpg", "mime": "image/jpeg", "bytes": 300, "upload": small}}],
    });
    assert_eq!(submit(&server, "with-uploads", answers.clone()).await.status(), 201);
    assert_eq!(submit(&server, "with-uploads", answers).await.status(), 200, "a repeat finds the uploads again");
    let stored = server.submissions().await;
    let files = stored[0]["files"].as_array().unwrap();
    let summary: Vec<_> = files
        .iter()
        .map(|f| (f["field"].clone(), f["name"].clone(), f["content_type"].clone(), f["upload"].clone()))
        .collect();
    assert_eq!(
        summary,
        [
            (json!("pitch_video"), json!("pitch.webm"), json!("video/webm"), json!(finished)),
            (json!("team[2][photo]"), json!("amir.jpg"), json!("image/jpeg"), json!(small)),
        ]
    );
    assert_eq!(
        (files[0]["size"].as_u64(), files[0]["sha256"].as_str()),
        (Some(5000), Some(sha256_hex(&video).as_str()))
    );
    assert_eq!(files[1]["sha256"], sha256_hex(&photo));
    let copy = server.data.join("json/with-uploads").join(files[0]["stored_as"].as_str().unwrap());
    assert!(std::fs::read(copy).unwrap() == video);
}
