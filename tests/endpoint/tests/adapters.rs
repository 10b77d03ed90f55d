//! The three adapters, over real HTTP: what is accepted and stored, once, and what is refused.
// These are tests: a failed `expect` is a failed test, which is what it should be.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use common::{instance, json_submission, openrosa_form, post_openrosa, sha256_hex, start};
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// json

#[tokio::test]
async fn json_is_stored_once_and_a_repeat_is_acknowledged() {
    let server = start().await;
    let body = json_submission("sub-1");
    let first = server.post_json(&body).await.unwrap();
    assert_eq!(first.status(), 201);
    assert_eq!(
        first.json::<Value>().await.unwrap(),
        json!({"status": "stored", "submission_id": "sub-1", "reference": "K7Q-2XF"})
    );
    let again = server.post_json(&body).await.unwrap();
    assert_eq!(again.status(), 200);
    assert_eq!(again.json::<Value>().await.unwrap()["status"], "duplicate");

    let stored = server.submissions().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["adapter"], "json");
    assert_eq!(stored[0]["id"], "sub-1");
    assert_eq!(stored[0]["received"], body, "stored exactly as sent");
    assert_eq!(stored[0]["form_id"], "seed-fund");
    assert!(server.data.join("json/sub-1/submission.json").is_file());
    let stats = server.stats().await;
    assert_eq!(
        (stats["requests"].as_u64(), stats["stored"].as_u64(), stats["duplicates"].as_u64()),
        (Some(2), Some(1), Some(1))
    );
}

#[tokio::test]
async fn json_checks_its_content_type_id_and_idempotency_key() {
    let server = start().await;
    let url = server.url("/submissions");
    let text = server
        .http
        .post(&url)
        .header("Content-Type", "text/plain")
        .body(json_submission("a").to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(text.status(), 415);
    assert!(text.text().await.unwrap().contains("application/json"));

    let not_json = server.http.post(&url).header("Content-Type", "application/json").body("{").send().await.unwrap();
    assert_eq!(not_json.status(), 400);

    let unsafe_id = server.post_json(&json_submission("../etc")).await.unwrap();
    assert_eq!(unsafe_id.status(), 400);

    let mut no_answers = json_submission("b");
    no_answers.as_object_mut().unwrap().remove("answers");
    assert_eq!(server.post_json(&no_answers).await.unwrap().status(), 400);

    let mismatch =
        server.http.post(&url).header("Idempotency-Key", "other").json(&json_submission("c")).send().await.unwrap();
    assert_eq!(mismatch.status(), 400);
    assert!(mismatch.text().await.unwrap().contains("Idempotency-Key"));
    let matching =
        server.http.post(&url).header("Idempotency-Key", "c").json(&json_submission("c")).send().await.unwrap();
    assert_eq!(matching.status(), 201);

    assert_eq!(server.submissions().await.len(), 1);
    assert_eq!(server.stats().await["rejected"], 5);
    assert_eq!(server.incoming_left(), 0, "refused requests leave nothing behind");
}

#[tokio::test]
async fn json_with_media_as_separate_parts_is_stored_with_its_files() {
    let server = start().await;
    let video = vec![7u8; 300_000];
    let form = Form::new()
        .part("submission", Part::text(json_submission("with-video").to_string()).mime_str("application/json").unwrap())
        .part("pitch_video", Part::bytes(video.clone()).file_name("pitch.webm").mime_str("video/webm").unwrap());
    let response = server.http.post(server.url("/submissions")).multipart(form).send().await.unwrap();
    assert_eq!(response.status(), 201);
    let stored = &server.submissions().await[0];
    assert_eq!(stored["adapter"], "json");
    assert_eq!(stored["received"]["answers"]["group_name"], "Hope Kitchen");
    assert_eq!(
        stored["files"],
        json!([{
            "field": "pitch_video", "name": "pitch.webm", "content_type": "video/webm", "size": 300_000,
            "sha256": sha256_hex(&video), "stored_as": "files/01-pitch.webm"
        }])
    );
    assert_eq!(std::fs::read(server.data.join("json/with-video/files/01-pitch.webm")).unwrap(), video);
}

// ---------------------------------------------------------------------------------------------
// multipart (classic form post)

fn classic_form(id: &str, audio: &[u8]) -> Form {
    Form::new()
        .text("submission_id", id.to_owned())
        .text("reference", "K7Q-2XF")
        .text("form_id", "seed-fund")
        .text("form_version", "2026.1")
        .text("language", "ar")
        .text("submitted_at", "2026-03-02T10:00:00.000Z")
        .text("group_name", "مطبخ الأمل")
        .text("who_for", "women")
        .text("who_for", "families")
        .text("partners[1][partner_name]", "Library")
        .text("partners[2][partner_name]", "School")
        .part(
            "group_does",
            Part::bytes(audio.to_vec()).file_name("../../group does.webm").mime_str("audio/webm").unwrap(),
        )
}

#[tokio::test]
async fn a_classic_form_post_is_stored_with_fields_and_files_once() {
    let server = start().await;
    let audio = b"not really audio".to_vec();
    let response =
        server.http.post(server.url("/form")).multipart(classic_form("form-1", &audio)).send().await.unwrap();
    assert_eq!(response.status(), 201);
    assert_eq!(response.json::<Value>().await.unwrap()["status"], "stored");
    let again = server.http.post(server.url("/form")).multipart(classic_form("form-1", &audio)).send().await.unwrap();
    assert_eq!(again.status(), 200);

    let stored = server.submissions().await;
    assert_eq!(stored.len(), 1);
    let s = &stored[0];
    assert_eq!(s["adapter"], "multipart");
    assert_eq!((&s["id"], &s["language"], &s["reference"]), (&json!("form-1"), &json!("ar"), &json!("K7Q-2XF")));
    assert_eq!(s["received"]["group_name"], "مطبخ الأمل");
    assert_eq!(s["received"]["who_for"], json!(["women", "families"]));
    assert_eq!(s["received"]["partners"], json!([{"partner_name": "Library"}, {"partner_name": "School"}]));
    assert_eq!(s["fields"][7], json!(["who_for", "women"]), "the fields as received, in order");
    let file = &s["files"][0];
    assert_eq!((&file["field"], &file["name"]), (&json!("group_does"), &json!("../../group does.webm")));
    assert_eq!((&file["size"], &file["sha256"]), (&json!(audio.len()), &json!(sha256_hex(&audio))));
    assert_eq!(file["stored_as"], "files/01-_.._group_does.webm", "a hostile file name stays inside the folder");
    assert!(server.data.join("multipart/form-1/files/01-_.._group_does.webm").is_file());
}

#[tokio::test]
async fn a_url_encoded_form_post_is_a_classic_post_too() {
    let server = start().await;
    let body = "submission_id=url-1&form_id=seed-fund&form_version=2026.1&language=en&group_name=A+%26+B&who_for=women&who_for=families";
    let response = server
        .http
        .post(server.url("/form"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let s = &server.submissions().await[0];
    assert_eq!(s["received"]["group_name"], "A & B");
    assert_eq!(s["received"]["who_for"], json!(["women", "families"]));
}

#[tokio::test]
async fn a_classic_form_post_is_refused_without_its_submission_details_or_content_type() {
    let server = start().await;
    let url = server.url("/form");
    let wrong_type = server.http.post(&url).json(&json_submission("x")).send().await.unwrap();
    assert_eq!(wrong_type.status(), 415);
    let no_id = Form::new().text("form_id", "seed-fund").text("form_version", "1").text("language", "en");
    let response = server.http.post(&url).multipart(no_id).send().await.unwrap();
    assert_eq!(response.status(), 400);
    assert!(response.text().await.unwrap().contains("submission_id"));
    let no_language = Form::new().text("submission_id", "y").text("form_id", "seed-fund").text("form_version", "1");
    let response = server.http.post(&url).multipart(no_language).send().await.unwrap();
    assert_eq!(response.status(), 400);
    assert!(response.text().await.unwrap().contains("language"));
    let key_differs = server
        .http
        .post(&url)
        .header("Idempotency-Key", "nope")
        .multipart(classic_form("z", b""))
        .send()
        .await
        .unwrap();
    assert_eq!(key_differs.status(), 400);
    assert!(server.submissions().await.is_empty());
    assert_eq!(server.incoming_left(), 0, "refused uploads leave no files behind");
}

// ---------------------------------------------------------------------------------------------
// OpenRosa

#[tokio::test]
async fn openrosa_head_advertises_the_accepted_size() {
    let server = start().await;
    let response =
        server.http.head(server.url("/openrosa/submission")).header("X-OpenRosa-Version", "1.0").send().await.unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(response.headers()["x-openrosa-version"], "1.0");
    let size: u64 = response.headers()["x-openrosa-accept-content-length"].to_str().unwrap().parse().unwrap();
    assert!(size >= 200_000_000, "room for the sample form's largest video");
    assert_eq!(server.stats().await["requests"], 0, "asking is not submitting");
}

#[tokio::test]
async fn an_openrosa_submission_is_stored_with_its_xml_parsed_and_its_media() {
    let server = start().await;
    let uuid = "0b7e5c52-3b1c-4d8e-a7a1-6f2d5e9c8b10";
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<seed-fund id=\"seed-fund\" version=\"2026.1\">\
         <group_name>Hope &amp; Kitchen</group_name><pitch_video>pitch.webm</pitch_video>\
         <who_for>women families</who_for><partners><partner_name>Library</partner_name></partners>\
         <partners><partner_name>School</partner_name></partners>\
         <meta><instanceID>uuid:{uuid}</instanceID><instanceName>K7Q-2XF</instanceName></meta></seed-fund>\n"
    );
    let video = vec![1u8; 123_456];
    let response = post_openrosa(&server, openrosa_form(&xml, &[("pitch.webm", &video, "video/webm")])).await;
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["x-openrosa-version"], "1.0");
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/xml"));
    let body = response.text().await.unwrap();
    assert!(
        body.contains(
            "<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\"><message nature=\"submit_success\">"
        )
    );

    let stored = server.submissions().await;
    assert_eq!(stored.len(), 1);
    let s = &stored[0];
    assert_eq!(s["adapter"], "openrosa");
    assert_eq!(s["id"], format!("uuid:{uuid}"));
    assert_eq!(
        (&s["form_id"], &s["form_version"], &s["reference"]),
        (&json!("seed-fund"), &json!("2026.1"), &json!("K7Q-2XF"))
    );
    assert_eq!(s["xml"], xml, "the raw XML, exactly");
    assert_eq!(
        s["received"],
        json!({
            "group_name": "Hope & Kitchen",
            "pitch_video": "pitch.webm",
            "who_for": "women families",
            "partners": [{"partner_name": "Library"}, {"partner_name": "School"}],
            "meta": [{"instanceID": format!("uuid:{uuid}"), "instanceName": "K7Q-2XF"}],
        })
    );
    assert_eq!(s["files"].as_array().unwrap().len(), 1, "the instance itself is not listed as a file");
    assert_eq!(s["files"][0]["sha256"], sha256_hex(&video));
    assert_eq!(s["files"][0]["field"], "pitch.webm");
    assert_eq!(std::fs::read_to_string(server.data.join(format!("openrosa/{uuid}/instance.xml"))).unwrap(), xml);
}

#[tokio::test]
async fn an_openrosa_repeat_is_accepted_but_not_stored_again() {
    let server = start().await;
    let first = post_openrosa(&server, openrosa_form(&instance("same-1"), &[])).await;
    assert_eq!(first.status(), 201);
    let again =
        post_openrosa(&server, openrosa_form(&instance("same-1"), &[("late.jpg", b"jpeg", "image/jpeg")])).await;
    assert_eq!(again.status(), 202);
    assert!(again.text().await.unwrap().contains("nature=\"submit_success\""));
    let stored = server.submissions().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["files"], json!([]), "nothing of the repeat was kept");
    assert_eq!(server.stats().await["duplicates"], 1);
}

#[tokio::test]
async fn an_openrosa_repeat_with_another_instance_is_a_conflict_as_in_odk_central() {
    let server = start().await;
    assert_eq!(post_openrosa(&server, openrosa_form(&instance("same-2"), &[])).await.status(), 201);
    let other = instance("same-2").replace("Hope Kitchen", "Hope Bakery");
    let request = server
        .http
        .post(server.url("/openrosa/submission"))
        .header("X-OpenRosa-Version", "1.0")
        .multipart(openrosa_form(&other, &[]));
    let (status, body) = openrosa_refusal(request).await;
    assert_eq!(status, 409);
    assert!(body.contains("received before with a different instance"), "{body}");
    let stored = server.submissions().await;
    assert_eq!(stored.len(), 1);
    assert!(stored[0]["xml"].as_str().unwrap().contains("Hope Kitchen"), "the first is kept as it was");
}

/// Posts to the OpenRosa route and returns the status and body of the refusal.
async fn openrosa_refusal(request: reqwest::RequestBuilder) -> (u16, String) {
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    assert_eq!(response.headers()["x-openrosa-version"], "1.0");
    let body = response.text().await.unwrap();
    assert!(body.contains("nature=\"error\""), "{body}");
    (status, body)
}

#[tokio::test]
async fn openrosa_is_strict_about_what_odk_servers_require() {
    let server = start().await;
    let url = server.url("/openrosa/submission");
    let with_version = || server.http.post(&url).header("X-OpenRosa-Version", "1.0");

    let (status, body) = openrosa_refusal(server.http.post(&url).multipart(openrosa_form(&instance("a"), &[]))).await;
    assert_eq!((status, body.contains("X-OpenRosa-Version")), (400, true), "no version header");

    let (status, body) = openrosa_refusal(with_version().header("Content-Type", "text/xml").body(instance("a"))).await;
    assert_eq!((status, body.contains("multipart/form-data")), (400, true), "wrong content type");

    let no_instance = Form::new().part("data.xml", Part::text(instance("a")).file_name("data.xml"));
    let (status, body) = openrosa_refusal(with_version().multipart(no_instance)).await;
    assert_eq!((status, body.contains("xml_submission_file")), (400, true), "no xml_submission_file");

    let without_id = "<seed-fund id=\"seed-fund\"><group_name>x</group_name></seed-fund>";
    let (status, body) = openrosa_refusal(with_version().multipart(openrosa_form(without_id, &[]))).await;
    assert_eq!((status, body.contains("instanceID")), (400, true), "no instance id");

    let not_uuid = instance("a").replace("uuid:a", "a");
    let (status, body) = openrosa_refusal(with_version().multipart(openrosa_form(&not_uuid, &[]))).await;
    assert_eq!((status, body.contains("uuid:")), (400, true), "an instance id without uuid:");

    let escaping = instance("a").replace("uuid:a", "uuid:../../x");
    let (status, _) = openrosa_refusal(with_version().multipart(openrosa_form(&escaping, &[]))).await;
    assert_eq!(status, 400, "an instance id that is no safe folder name");

    let broken = "<seed-fund id=\"seed-fund\"><meta><instanceID>uuid:a</instanceID></meta>";
    let (status, body) = openrosa_refusal(with_version().multipart(openrosa_form(broken, &[]))).await;
    assert_eq!((status, body.contains("well-formed")), (400, true), "malformed XML");

    let no_form_id = instance("a").replace(" id=\"seed-fund\"", "");
    let (status, body) = openrosa_refusal(with_version().multipart(openrosa_form(&no_form_id, &[]))).await;
    assert_eq!((status, body.contains("id attribute")), (400, true), "no form id");

    let twice =
        openrosa_form(&instance("a"), &[]).part("xml_submission_file", Part::text(instance("b")).file_name("b.xml"));
    let (status, _) = openrosa_refusal(with_version().multipart(twice)).await;
    assert_eq!(status, 400, "two instances");

    assert!(server.submissions().await.is_empty());
    assert_eq!(server.stats().await["rejected"], 9);
    assert_eq!(server.incoming_left(), 0);
}

#[tokio::test]
async fn the_same_id_in_different_adapters_is_kept_apart() {
    // One application may be sent through each adapter in a test; each adapter dedupes on its own.
    let server = start().await;
    assert_eq!(server.post_json(&json_submission("shared-id")).await.unwrap().status(), 201);
    let form = classic_form("shared-id", b"");
    assert_eq!(server.http.post(server.url("/form")).multipart(form).send().await.unwrap().status(), 201);
    assert_eq!(post_openrosa(&server, openrosa_form(&instance("shared-id"), &[])).await.status(), 201);
    let adapters: Vec<_> =
        server.submissions().await.iter().map(|s| s["adapter"].as_str().unwrap().to_owned()).collect();
    assert_eq!(adapters.len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_copies_at_once_store_one() {
    let server = start().await;
    let sends: Vec<_> = (0..8)
        .map(|_| {
            let (http, url, body) = (server.http.clone(), server.url("/submissions"), json_submission("racing"));
            tokio::spawn(async move { http.post(url).json(&body).send().await.unwrap().status().as_u16() })
        })
        .collect();
    let mut statuses = Vec::new();
    for send in sends {
        statuses.push(send.await.unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 7, "{statuses:?}");
    assert_eq!(server.submissions().await.len(), 1);
}

#[tokio::test]
async fn cors_lets_the_app_on_another_port_post_and_read_headers() {
    let server = start().await;
    let preflight = server
        .http
        .request(reqwest::Method::OPTIONS, server.url("/openrosa/submission"))
        .header("Origin", "http://127.0.0.1:8080")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "x-openrosa-version,idempotency-key")
        .send()
        .await
        .unwrap();
    assert!(preflight.status().is_success());
    assert_eq!(preflight.headers()["access-control-allow-origin"], "*");
    let response = server
        .http
        .post(server.url("/submissions"))
        .header("Origin", "http://127.0.0.1:8080")
        .json(&json_submission("cors"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    assert_eq!(response.headers()["access-control-expose-headers"], "*");
    assert_eq!(server.stats().await["requests"], 1, "a preflight is not a submission");
}
