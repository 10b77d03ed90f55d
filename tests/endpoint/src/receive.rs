//! The `json` and `multipart` adapters, and the multipart reading all three share.
//!
//! A `json` media answer (`{"id", "name", "mime", "bytes", "duration_ms"}`) has its bytes in a
//! file part named like the `multipart` adapter's, or names a finished resumable upload of this
//! endpoint in `"upload"` (see `take_uploads`).

use std::sync::Arc;

use axum::Json;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use serde_json::{Map, Value, json};

use crate::Endpoint;
use crate::faults::Stats;
use crate::reply::{Adapter, reject};
use crate::store::{Commit, Incoming, StoredFile, now_iso, safe_id};
use crate::tus;

/// The text fields and files of a multipart body.
#[derive(Debug, Default)]
pub struct Parts {
    /// Text fields, in order.
    pub texts: Vec<(String, String)>,
    /// Files, in order, already written into the request's folder.
    pub files: Vec<StoredFile>,
}

/// A refusal: status and a plain message.
pub type Refusal = (StatusCode, String);

/// The media type of a request (`multipart/form-data`), lower case, without parameters.
pub fn media_type(headers: &HeaderMap) -> String {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Reads a `multipart/form-data` body: a part with a file name is a file (streamed to disk and
/// hashed), any other part a UTF-8 text field.
pub async fn read_multipart(request: Request, incoming: &mut Incoming) -> Result<Parts, Refusal> {
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|e| (e.status(), format!("not a multipart body: {}", e.body_text())))?;
    let broken = |e: axum::extract::multipart::MultipartError| {
        (e.status(), format!("the multipart body is broken: {}", e.body_text()))
    };
    let mut parts = Parts::default();
    while let Some(mut field) = multipart.next_field().await.map_err(broken)? {
        let Some(name) = field.name().map(str::to_owned) else {
            return Err((
                StatusCode::BAD_REQUEST,
                "a part has no name (Content-Disposition: form-data; name=…)".into(),
            ));
        };
        if let Some(file_name) = field.file_name().map(str::to_owned) {
            let content_type = field.content_type().unwrap_or("application/octet-stream").to_owned();
            let io = |e: std::io::Error| (StatusCode::INSUFFICIENT_STORAGE, format!("could not store a file: {e}"));
            let mut file = incoming.file(&name, &file_name, &content_type).await.map_err(io)?;
            while let Some(chunk) = field.chunk().await.map_err(broken)? {
                file.write(&chunk).await.map_err(io)?;
            }
            parts.files.push(file.finish().await.map_err(io)?);
        } else {
            let bytes = field.bytes().await.map_err(broken)?;
            let text = String::from_utf8(bytes.to_vec())
                .map_err(|_| (StatusCode::BAD_REQUEST, format!("the field {name} is not UTF-8 text")))?;
            parts.texts.push((name, text));
        }
    }
    Ok(parts)
}

/// `POST /submissions`: the `json` adapter. `application/json`, or `multipart/form-data` with the
/// JSON in a part named `submission` and media files as further parts. A multipart body without
/// a `submission` part is taken as a classic form post (the `multipart` adapter).
pub async fn submissions(State(state): State<Arc<Endpoint>>, request: Request) -> Response {
    let kind = media_type(request.headers());
    match kind.as_str() {
        "application/json" => {
            let headers = request.headers().clone();
            let body = match request.into_body().collect().await {
                Ok(b) => b.to_bytes(),
                Err(e) => {
                    return refuse(
                        &state,
                        Adapter::Json,
                        (StatusCode::BAD_REQUEST, format!("could not read the body: {e}")),
                    );
                }
            };
            let Ok(submission) = serde_json::from_slice::<Value>(&body) else {
                return refuse(&state, Adapter::Json, (StatusCode::BAD_REQUEST, "the body is not valid JSON".into()));
            };
            let incoming = match state.store.incoming().await {
                Ok(i) => i,
                Err(e) => return storage_error(Adapter::Json, &e),
            };
            store_json(&state, &headers, submission, Vec::new(), incoming).await
        }
        "multipart/form-data" => multipart(&state, request, true).await,
        _ => refuse(
            &state,
            Adapter::Json,
            (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "expected Content-Type: application/json (or multipart/form-data, or a classic form post at /form)"
                    .into(),
            ),
        ),
    }
}

/// `POST /form`: the `multipart` adapter, a classic form post: `multipart/form-data` (fields and
/// files) or `application/x-www-form-urlencoded` (fields only).
pub async fn form(State(state): State<Arc<Endpoint>>, request: Request) -> Response {
    match media_type(request.headers()).as_str() {
        "multipart/form-data" => multipart(&state, request, false).await,
        "application/x-www-form-urlencoded" => {
            let headers = request.headers().clone();
            let body = match request.into_body().collect().await {
                Ok(b) => b.to_bytes(),
                Err(e) => {
                    return refuse(
                        &state,
                        Adapter::Multipart,
                        (StatusCode::BAD_REQUEST, format!("could not read the body: {e}")),
                    );
                }
            };
            let texts = form_urlencoded::parse(&body).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
            let incoming = match state.store.incoming().await {
                Ok(i) => i,
                Err(e) => return storage_error(Adapter::Multipart, &e),
            };
            store_form(&state, &headers, Parts { texts, files: Vec::new() }, incoming).await
        }
        _ => refuse(
            &state,
            Adapter::Multipart,
            (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "expected Content-Type: multipart/form-data (or application/x-www-form-urlencoded)".into(),
            ),
        ),
    }
}

async fn multipart(state: &Endpoint, request: Request, json_part_allowed: bool) -> Response {
    let adapter = if json_part_allowed { Adapter::Json } else { Adapter::Multipart };
    let headers = request.headers().clone();
    let mut incoming = match state.store.incoming().await {
        Ok(i) => i,
        Err(e) => return storage_error(adapter, &e),
    };
    let parts = match read_multipart(request, &mut incoming).await {
        Ok(p) => p,
        Err(refusal) => return refuse(state, adapter, refusal),
    };
    let json_part = parts.texts.iter().position(|(name, _)| name == "submission");
    match json_part {
        Some(i) if json_part_allowed => {
            let Ok(submission) = serde_json::from_str::<Value>(&parts.texts[i].1) else {
                return refuse(
                    state,
                    Adapter::Json,
                    (StatusCode::BAD_REQUEST, "the submission part is not valid JSON".into()),
                );
            };
            store_json(state, &headers, submission, parts.files, incoming).await
        }
        _ => store_form(state, &headers, parts, incoming).await,
    }
}

/// Checks and stores a JSON submission.
async fn store_json(
    state: &Endpoint,
    headers: &HeaderMap,
    submission: Value,
    mut files: Vec<StoredFile>,
    mut incoming: Incoming,
) -> Response {
    let text = |field: &str| submission.get(field).and_then(Value::as_str).map(str::to_owned);
    let id = text("submission_id").unwrap_or_default();
    if let Err(refusal) = check_id(&id, headers) {
        return refuse(state, Adapter::Json, refusal);
    }
    for field in ["form_id", "form_version", "language", "answers"] {
        if submission.get(field).is_none() {
            return refuse(state, Adapter::Json, (StatusCode::BAD_REQUEST, format!("{field} is missing")));
        }
    }
    if !submission["answers"].is_object() {
        return refuse(
            state,
            Adapter::Json,
            (StatusCode::BAD_REQUEST, "answers must be an object keyed by question id".into()),
        );
    }
    if let Err(refusal) = take_uploads(state, headers, &submission["answers"], &mut incoming, &mut files).await {
        return refusal;
    }
    let reference = submission.get("reference").cloned().unwrap_or(Value::Null);
    let record = json!({
        "adapter": "json",
        "id": id,
        "received_at": now_iso(),
        "form_id": text("form_id"),
        "form_version": text("form_version"),
        "language": text("language"),
        "reference": reference,
        "idempotency_key": idempotency_key(headers),
        "received": submission,
        "files": files,
    });
    let outcome = commit(state, Adapter::Json, incoming, &id, &record).await;
    acknowledge(outcome, &id, &reference)
}

/// Stores, beside the file parts, the file of each media answer that names a resumable upload
/// instead (`"upload": url`, added by `forms::submission::attach_uploads`). Each is copied from
/// the upload under the field name the `multipart` adapter gives its part (`question_id`, or
/// `group[n][member]`), so a submission reads the same whichever way its bytes came. The upload
/// is kept: a repeat of the submission, after a lost answer, must find it again.
async fn take_uploads(
    state: &Endpoint,
    headers: &HeaderMap,
    answers: &Value,
    incoming: &mut Incoming,
    files: &mut Vec<StoredFile>,
) -> Result<(), Response> {
    let mut named = Vec::new();
    uploads_in(answers, None, &mut named);
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    for (field, media) in named {
        let bad = |message: String| refuse(state, Adapter::Json, (StatusCode::BAD_REQUEST, message));
        let Some(url) = media["upload"].as_str() else {
            return Err(bad(format!("answers: {field}: \"upload\" must be the URL of an upload")));
        };
        let Some(id) = tus::upload_id(url, host) else {
            return Err(bad(format!("answers: {field}: {url} is not an upload on this endpoint (/files/…)")));
        };
        let Some(found) = state.uploads.find(id) else {
            return Err(bad(format!("answers: {field}: there is no upload {url}")));
        };
        if found.offset < found.length {
            return Err(bad(format!(
                "answers: {field}: the upload {url} is not finished ({} of {} bytes); finish it, then send again",
                found.offset, found.length
            )));
        }
        if let Some(bytes) = media["bytes"].as_u64().filter(|b| *b != found.length) {
            return Err(bad(format!(
                "answers: {field}: the answer says {bytes} bytes, the upload has {}",
                found.length
            )));
        }
        if files.iter().any(|f| f.field == field) {
            return Err(bad(format!("answers: {field} came both as a file part and as an upload")));
        }
        let text = |key: &str, default: &str| media[key].as_str().unwrap_or(default).to_owned();
        let (name, mime) = (text("name", "upload"), text("mime", "application/octet-stream"));
        let copied = copy_upload(&state.uploads.path(id), incoming, &field, &name, &mime).await;
        let mut file = copied.map_err(|e| storage_error(Adapter::Json, &e))?;
        file.upload = Some(url.to_owned());
        files.push(file);
    }
    Ok(())
}

/// The media answers with an `"upload"`, with their field names: in `answers` (an object of
/// answers), under `group[n]` when `group` is given.
fn uploads_in<'a>(answers: &'a Value, group: Option<(&str, usize)>, out: &mut Vec<(String, &'a Value)>) {
    let Some(answers) = answers.as_object() else { return };
    for (id, value) in answers {
        let field = group.map_or_else(|| id.clone(), |(g, n)| format!("{g}[{n}][{id}]"));
        match value {
            // Only media answers are objects; group entries are objects inside a list.
            Value::Object(media) if media.contains_key("upload") => out.push((field, value)),
            Value::Array(entries) => {
                for (i, entry) in entries.iter().enumerate() {
                    uploads_in(entry, Some((&field, i + 1)), out);
                }
            }
            _ => {}
        }
    }
}

async fn copy_upload(
    from: &std::path::Path,
    incoming: &mut Incoming,
    field: &str,
    name: &str,
    mime: &str,
) -> std::io::Result<StoredFile> {
    use tokio::io::AsyncReadExt;
    let mut source = tokio::fs::File::open(from).await?;
    let mut file = incoming.file(field, name, mime).await?;
    let mut buffer = vec![0u8; 256 * 1024];
    loop {
        let n = source.read(&mut buffer).await?;
        if n == 0 {
            break;
        }
        file.write(&buffer[..n]).await?;
    }
    file.finish().await
}

/// Checks and stores a classic form post.
async fn store_form(state: &Endpoint, headers: &HeaderMap, parts: Parts, incoming: Incoming) -> Response {
    let field = |name: &str| parts.texts.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    let id = field("submission_id").unwrap_or_default();
    if let Err(refusal) = check_id(&id, headers) {
        return refuse(state, Adapter::Multipart, refusal);
    }
    for name in ["form_id", "form_version", "language"] {
        if field(name).is_none() {
            return refuse(
                state,
                Adapter::Multipart,
                (StatusCode::BAD_REQUEST, format!("the field {name} is missing")),
            );
        }
    }
    let reference = field("reference").map_or(Value::Null, Value::String);
    let record = json!({
        "adapter": "multipart",
        "id": id,
        "received_at": now_iso(),
        "form_id": field("form_id"),
        "form_version": field("form_version"),
        "language": field("language"),
        "reference": reference,
        "idempotency_key": idempotency_key(headers),
        "received": nest(&parts.texts),
        "fields": parts.texts,
        "files": parts.files,
    });
    let outcome = commit(state, Adapter::Multipart, incoming, &id, &record).await;
    acknowledge(outcome, &id, &reference)
}

fn idempotency_key(headers: &HeaderMap) -> Option<String> {
    headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::to_owned)
}

/// A submission id must be usable as a folder name, and match the `Idempotency-Key` if sent.
fn check_id(id: &str, headers: &HeaderMap) -> Result<(), Refusal> {
    if !safe_id(id) {
        return Err((
            StatusCode::BAD_REQUEST,
            "submission_id is missing or has characters other than letters, digits, - and _".into(),
        ));
    }
    if let Some(key) = idempotency_key(headers)
        && key != id
    {
        return Err((StatusCode::BAD_REQUEST, "Idempotency-Key differs from submission_id".into()));
    }
    Ok(())
}

/// Stores a checked submission, counting what happened.
pub async fn commit(
    state: &Endpoint,
    adapter: Adapter,
    incoming: Incoming,
    folder: &str,
    record: &Value,
) -> Result<Commit, Response> {
    match state.store.commit(incoming, adapter.name(), folder, record).await {
        Ok(Commit::Stored) => {
            Stats::bump(&state.stats.stored);
            println!("received {} {folder}", adapter.name());
            Ok(Commit::Stored)
        }
        Ok(Commit::Duplicate) => {
            Stats::bump(&state.stats.duplicates);
            Ok(Commit::Duplicate)
        }
        Err(e) => Err(storage_error(adapter, &e)),
    }
}

fn acknowledge(outcome: Result<Commit, Response>, id: &str, reference: &Value) -> Response {
    let (status, word) = match outcome {
        Ok(Commit::Stored) => (StatusCode::CREATED, "stored"),
        Ok(Commit::Duplicate) => (StatusCode::OK, "duplicate"),
        Err(response) => return response,
    };
    (status, Json(json!({ "status": word, "submission_id": id, "reference": reference }))).into_response()
}

/// Refuses a request as invalid, counting it.
pub fn refuse(state: &Endpoint, adapter: Adapter, (status, message): Refusal) -> Response {
    Stats::bump(&state.stats.rejected);
    reject(adapter, status, &message)
}

/// The disk failed: the client should try again later.
pub fn storage_error(adapter: Adapter, e: &std::io::Error) -> Response {
    reject(adapter, StatusCode::INSUFFICIENT_STORAGE, &format!("could not store the submission: {e}"))
}

/// Form fields as nested JSON, the way PHP and Rack read them: `name` → text (a list when the
/// name repeats), `group[n][member]` → `group` is a list whose entry `n` (from 1) has `member`.
pub fn nest(fields: &[(String, String)]) -> Value {
    let mut root = Map::new();
    for (name, value) in fields {
        match group_name(name) {
            Some((group, n, member)) => {
                let slot = root.entry(group.to_owned()).or_insert_with(|| Value::Array(Vec::new()));
                if !slot.is_array() {
                    *slot = Value::Array(vec![slot.take()]);
                }
                if let Value::Array(entries) = slot {
                    while entries.len() < n {
                        entries.push(Value::Object(Map::new()));
                    }
                    if let Value::Object(entry) = &mut entries[n - 1] {
                        add_text(entry, member, value);
                    }
                }
            }
            None => add_text(&mut root, name, value),
        }
    }
    Value::Object(root)
}

fn add_text(map: &mut Map<String, Value>, name: &str, value: &str) {
    let value = Value::String(value.to_owned());
    match map.get_mut(name) {
        None => {
            map.insert(name.to_owned(), value);
        }
        Some(Value::Array(values)) => values.push(value),
        Some(other) => *other = Value::Array(vec![other.take(), value]),
    }
}

/// `group[n][member]` → `(group, n, member)`, for n from 1 to 1000.
fn group_name(name: &str) -> Option<(&str, usize, &str)> {
    let (group, rest) = name.split_once('[')?;
    let (n, rest) = rest.split_once("][")?;
    let member = rest.strip_suffix(']')?;
    let n: usize = n.parse().ok()?;
    ((1..=1000).contains(&n) && !group.is_empty() && !member.is_empty() && !member.contains(['[', ']']))
        .then_some((group, n, member))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_fields_nest_like_php() {
        let fields: Vec<(String, String)> = [
            ("a", "1"),
            ("who_for", "women"),
            ("who_for", "families"),
            ("partners[2][name]", "School"),
            ("partners[1][name]", "Library"),
            ("partners[1][role]", "Room"),
            ("odd[x][y]", "kept flat"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        assert_eq!(
            nest(&fields),
            json!({
                "a": "1",
                "who_for": ["women", "families"],
                "partners": [{"name": "Library", "role": "Room"}, {"name": "School"}],
                "odd[x][y]": "kept flat",
            })
        );
    }
}
