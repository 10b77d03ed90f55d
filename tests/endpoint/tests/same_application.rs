//! The same seed-fund application, built by the engine's three payload builders and sent
//! through each adapter, is stored with the same answers and the same video bytes.
// These are tests: a failed `expect` is a failed test, which is what it should be.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;

use common::{Server, sha256_hex, start};
use forms::submission::{attach_uploads, json_payload, multipart_fields, openrosa_attachments, openrosa_instance};
use forms::tus::Upload;
use forms::{Answer, Answers, Draft, Form, MediaRef, QuestionType};
use reqwest::multipart::{Form as Multipart, Part};
use serde_json::{Value, json};

const ID: &str = "7d1e2f3a-4b5c-4d6e-8f70-a1b2c3d4e5f6";

fn application() -> (Form, Draft, Vec<u8>) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../forms/samples/seed-fund.json");
    let source = std::fs::read_to_string(path).unwrap();
    let form = forms::load(source.as_bytes(), path, None).unwrap();
    let mut d = Draft::new(&form, &source, "d".into(), "uk".into(), 1_772_357_400_000);
    let video = (0..250_000u32).map(|i| (i * 7 % 251) as u8).collect::<Vec<_>>();
    let mut set = |id: &str, a: Answer| d.set_answer(id, Some(a), 1);
    set("group_name", Answer::Text("Надія & <Kitchen> \"quoted\"\nsecond line".into()));
    set("group_does", Answer::Text("Ми готуємо разом".into()));
    set("pitch_by_video", Answer::Bool(true));
    set(
        "pitch_video",
        Answer::Media(MediaRef {
            id: "blob-1".into(),
            name: "pitch.webm".into(),
            mime: "video/webm".into(),
            bytes: video.len() as u64,
            duration_ms: Some(30_000),
        }),
    );
    set("idea", Answer::Text("hidden: the group films instead".into()));
    set("contact_name", Answer::Text("Олена".into()));
    set("contact_phone", Answer::Text("+380 44 123 4567".into()));
    set("constituted", Answer::Bool(true));
    set("who_for", Answer::Choices(vec!["families".into(), "new_arrivals".into()]));
    set("amount", Answer::Number(4750.0));
    set("start_date", Answer::Date("2026-06-15".into()));
    set("consent", Answer::Bool(true));
    let entry = |name: &str, role: &str| {
        Answers(
            [("partner_name", name), ("partner_role", role)]
                .iter()
                .map(|(k, v)| ((*k).to_owned(), Answer::Text((*v).to_owned())))
                .collect(),
        )
    };
    d.answers.entries_mut("partners").push(entry("Бібліотека", "Room"));
    d.answers.entries_mut("partners").push(entry("School", "Volunteers"));
    (form, d, video)
}

/// An answer as stored, whatever the adapter.
#[derive(Debug, PartialEq)]
enum Got {
    One(String),
    Many(Vec<String>),
    Entries(Vec<BTreeMap<String, Got>>),
}

/// Reads a stored record's answers back, knowing the form (as a funder's import script would).
fn answers(form: &Form, adapter: &str, map: &Value) -> BTreeMap<String, Got> {
    let mut out = BTreeMap::new();
    for (id, value) in map.as_object().unwrap() {
        // Not answers: the OpenRosa `meta` block and the multipart metadata fields.
        if id == "meta" || forms::submission::METADATA_FIELDS.contains(&id.as_str()) {
            continue;
        }
        let kind = form.question(id).unwrap_or_else(|| panic!("{id} is a question")).kind;
        let got = match (kind, value) {
            (QuestionType::Group, Value::Array(entries)) => {
                Got::Entries(entries.iter().map(|e| answers(form, adapter, e)).collect())
            }
            (QuestionType::MultipleChoice, Value::String(s)) if adapter == "openrosa" => {
                Got::Many(s.split(' ').map(str::to_owned).collect())
            }
            (QuestionType::MultipleChoice, Value::String(s)) => Got::Many(vec![s.clone()]),
            (_, Value::Array(values)) => Got::Many(values.iter().map(|v| v.as_str().unwrap().to_owned()).collect()),
            (_, Value::Bool(b)) => Got::One(b.to_string()),
            (QuestionType::YesNo, Value::String(s)) => Got::One((s == "yes").to_string()),
            (QuestionType::Consent, Value::String(s)) => Got::One((s == "OK" || s == "yes").to_string()),
            (_, Value::String(s)) => Got::One(s.clone()),
            (_, Value::Number(n)) => Got::One(format!("{}", n.as_f64().unwrap())),
            (_, Value::Object(media)) => Got::One(media["name"].as_str().unwrap().to_owned()),
            (_, Value::Null) => panic!("{id} is null"),
        };
        out.insert(id.clone(), got);
    }
    out
}

const SUBMITTED_AT: &str = "2026-03-02T10:00:00.000Z";

fn video_part(video: &[u8]) -> Part {
    Part::bytes(video.to_vec()).file_name("pitch.webm").mime_str("video/webm").unwrap()
}

/// json: the payload in a part `submission`, media as parts named by question id.
async fn send_json_with_parts(server: &Server, form: &Form, draft: &Draft, video: &[u8], id: &str) {
    let payload = json_payload(form, draft, id, "K7Q-2XF", SUBMITTED_AT);
    let body = Multipart::new()
        .part("submission", Part::text(payload.to_string()).mime_str("application/json").unwrap())
        .part("pitch_video", video_part(video));
    let sent = server.http.post(server.url("/submissions")).header("Idempotency-Key", id).multipart(body).send().await;
    assert_eq!(sent.unwrap().status(), 201);
}

/// multipart: the fields, then the files.
async fn send_multipart(server: &Server, form: &Form, draft: &Draft, video: &[u8], id: &str) {
    let parts = multipart_fields(form, draft, id, "K7Q-2XF", SUBMITTED_AT);
    let mut body = Multipart::new();
    for (name, value) in parts.fields {
        body = body.text(name, value);
    }
    for (name, media) in parts.files {
        assert_eq!(media.name, "pitch.webm");
        body = body.part(name, video_part(video));
    }
    let sent = server.http.post(server.url("/form")).header("Idempotency-Key", id).multipart(body).send().await;
    assert_eq!(sent.unwrap().status(), 201);
}

/// A stored multipart record's answers, its files counted as answers of their field.
fn multipart_answers(form: &Form, record: &Value) -> BTreeMap<String, Got> {
    let mut from_multipart = answers(form, "multipart", &record["received"]);
    for file in record["files"].as_array().unwrap() {
        from_multipart
            .insert(file["field"].as_str().unwrap().to_owned(), Got::One(file["name"].as_str().unwrap().to_owned()));
    }
    from_multipart
}

/// What a stored file is, wherever it came from.
fn file_facts(record: &Value) -> Vec<Value> {
    let files = record["files"].as_array().unwrap();
    files.iter().map(|f| json!([f["field"], f["name"], f["content_type"], f["size"], f["sha256"]])).collect()
}

#[tokio::test]
async fn one_application_through_each_adapter_is_stored_alike() {
    let server = start().await;
    let (form, draft, video) = application();

    send_json_with_parts(&server, &form, &draft, &video, ID).await;
    send_multipart(&server, &form, &draft, &video, ID).await;

    // openrosa: the instance, then each attachment under the name the instance gives it.
    let xml = openrosa_instance(&form, &draft, ID, "K7Q-2XF", SUBMITTED_AT);
    let instance = Part::text(xml).file_name("submission.xml").mime_str("text/xml").unwrap();
    let mut body = Multipart::new().part("xml_submission_file", instance);
    for (name, _) in openrosa_attachments(&form, &draft) {
        let part = Part::bytes(video.clone()).file_name(name.clone()).mime_str("video/webm").unwrap();
        body = body.part(name, part);
    }
    let sent = server
        .http
        .post(server.url("/openrosa/submission"))
        .header("X-OpenRosa-Version", "1.0")
        .multipart(body)
        .send()
        .await;
    assert_eq!(sent.unwrap().status(), 201);

    let stored = server.submissions().await;
    let by_adapter =
        |name: &str| stored.iter().find(|s| s["adapter"] == name).unwrap_or_else(|| panic!("{name} stored"));
    let (j, m, o) = (by_adapter("json"), by_adapter("multipart"), by_adapter("openrosa"));

    let from_json = answers(&form, "json", &j["received"]["answers"]);
    let from_multipart = multipart_answers(&form, m);
    let from_openrosa = answers(&form, "openrosa", &o["received"]);
    assert_eq!(from_json, from_multipart, "json and multipart differ");
    assert_eq!(from_json, from_openrosa, "json and openrosa differ");
    assert!(!from_json.contains_key("idea"), "a hidden answer was sent");
    assert_eq!(from_json["group_name"], Got::One("Надія & <Kitchen> \"quoted\"\nsecond line".into()));

    // The same video bytes arrived three times.
    for record in [j, m, o] {
        let files = record["files"].as_array().unwrap();
        assert_eq!(files.len(), 1, "{}", record["adapter"]);
        assert_eq!(files[0]["sha256"], sha256_hex(&video));
        assert_eq!(files[0]["size"], video.len());
    }
    // And every record names the form, its version and the reference.
    for record in [j, m, o] {
        assert_eq!(
            json!([record["form_id"], record["form_version"], record["reference"]]),
            json!(["seed-fund", "2026.1", "K7Q-2XF"])
        );
    }
}

#[tokio::test]
async fn a_json_submission_whose_video_went_by_resumable_upload_is_stored_alike() {
    let server = start().await;
    let (form, draft, video) = application();
    send_json_with_parts(&server, &form, &draft, &video, ID).await;
    send_multipart(&server, &form, &draft, &video, ID).await;

    // The video first, in small chunks, then the JSON alone naming the upload.
    let by_tus = "0c9d8e7f-6a5b-4c3d-9e2f-102938475601";
    let mut upload = Upload::new(&server.url("/files/"), video.len() as u64, 64 * 1024)
        .with_metadata(&[("filename", "pitch.webm"), ("filetype", "video/webm")]);
    let url = server.tus(&mut upload, &video, &mut Vec::new()).await;
    let mut payload = json_payload(&form, &draft, by_tus, "K7Q-2XF", SUBMITTED_AT);
    attach_uploads(&mut payload, &[("blob-1".to_owned(), url.clone())]);
    assert_eq!(payload["answers"]["pitch_video"]["upload"], url);
    let sent =
        server.http.post(server.url("/submissions")).header("Idempotency-Key", by_tus).json(&payload).send().await;
    assert_eq!(sent.unwrap().status(), 201);

    let stored = server.submissions().await;
    let record = |id: &str, adapter: &str| {
        stored.iter().find(|s| s["id"] == id && s["adapter"] == adapter).unwrap_or_else(|| panic!("{adapter} {id}"))
    };
    let (parts, tus, multipart) = (record(ID, "json"), record(by_tus, "json"), record(ID, "multipart"));
    let from_tus = answers(&form, "json", &tus["received"]["answers"]);
    assert_eq!(from_tus, answers(&form, "json", &parts["received"]["answers"]), "the json ways differ");
    assert_eq!(from_tus, multipart_answers(&form, multipart), "json by upload and multipart differ");
    assert_eq!(file_facts(tus), file_facts(parts));
    assert_eq!(file_facts(tus), file_facts(multipart));
    assert_eq!(tus["files"][0]["upload"], url);
}
