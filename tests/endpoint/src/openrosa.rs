//! The `openrosa` adapter: the OpenRosa 1.0 form submission API, as ODK Central, KoboToolbox and
//! Ona serve it to ODK Collect, checked strictly so the app cannot pass here and fail there.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use crate::Endpoint;
use crate::receive::{Refusal, commit, media_type, read_multipart, refuse, storage_error};
use crate::reply::{Adapter, openrosa, openrosa_headers};
use crate::store::{Commit, now_iso, safe_id};

/// The part that carries the XML instance.
const INSTANCE_PART: &str = "xml_submission_file";

/// `HEAD /openrosa/submission`: what ODK Collect asks before submitting.
pub async fn head() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    openrosa_headers(response.headers_mut());
    response
}

/// `POST /openrosa/submission`.
pub async fn submission(State(state): State<Arc<Endpoint>>, request: Request) -> Response {
    let refused = |refusal: Refusal| refuse(&state, Adapter::Openrosa, refusal);
    let bad = |message: &str| refused((StatusCode::BAD_REQUEST, message.to_owned()));
    let headers = request.headers().clone();
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    if header("x-openrosa-version").as_deref().map(str::trim) != Some("1.0") {
        return bad("the header X-OpenRosa-Version: 1.0 is missing: this is the OpenRosa submission API");
    }
    if media_type(&headers) != "multipart/form-data" {
        return bad("expected Content-Type: multipart/form-data with the instance in a part named xml_submission_file");
    }
    let mut incoming = match state.store.incoming().await {
        Ok(i) => i,
        Err(e) => return storage_error(Adapter::Openrosa, &e),
    };
    let mut parts = match read_multipart(request, &mut incoming).await {
        Ok(p) => p,
        // 400 for a broken body, 413 for one over X-OpenRosa-Accept-Content-Length.
        Err(refusal) => return refused(refusal),
    };

    // The instance: a file part as ODK Collect sends it, or a plain field.
    let as_files = parts.files.iter().filter(|f| f.field == INSTANCE_PART).count();
    let as_texts = parts.texts.iter().filter(|(n, _)| n == INSTANCE_PART).count();
    if as_files + as_texts == 0 {
        return bad("no part named xml_submission_file: the XML instance must be sent in it");
    }
    if as_files + as_texts > 1 {
        return bad("more than one part named xml_submission_file");
    }
    let xml = if let Some(i) = parts.files.iter().position(|f| f.field == INSTANCE_PART) {
        let file = parts.files.remove(i);
        match incoming.read(&file).await.map(String::from_utf8) {
            Ok(Ok(text)) => text,
            Ok(Err(_)) => return bad("xml_submission_file is not UTF-8 text"),
            Err(e) => return storage_error(Adapter::Openrosa, &e),
        }
    } else {
        let i = parts.texts.iter().position(|(n, _)| n == INSTANCE_PART).unwrap_or_default();
        parts.texts.remove(i).1
    };

    let doc = match roxmltree::Document::parse(&xml) {
        Ok(doc) => doc,
        Err(e) => return bad(&format!("xml_submission_file is not well-formed XML: {e}")),
    };
    let root = doc.root_element();
    let Some(form_id) = root.attribute("id") else {
        return bad("the instance's root element has no id attribute (the form id)");
    };
    let meta = child(root, "meta");
    let Some(instance_id) = meta.and_then(|m| child(m, "instanceID")).map(text) else {
        return bad("the instance has no <meta><instanceID>");
    };
    let instance_id = instance_id.trim().to_owned();
    let Some(uuid) = instance_id.strip_prefix("uuid:").filter(|u| safe_id(u)) else {
        return bad("<meta><instanceID> must be uuid: followed by letters, digits, - or _");
    };
    let reference = meta.and_then(|m| child(m, "instanceName")).map(text);

    let record = json!({
        "adapter": "openrosa",
        "id": instance_id,
        "received_at": now_iso(),
        "form_id": form_id,
        "form_version": root.attribute("version"),
        "root": root.tag_name().name(),
        "reference": reference,
        "openrosa_version": header("x-openrosa-version"),
        "date": header("date"),
        "xml": xml,
        "received": element_map(root),
        "fields": parts.texts,
        "files": parts.files,
    });
    if let Err(e) = incoming.write("instance.xml", xml.as_bytes()).await {
        return storage_error(Adapter::Openrosa, &e);
    }
    match commit(&state, Adapter::Openrosa, incoming, uuid, &record).await {
        Ok(Commit::Stored) => {
            openrosa(StatusCode::CREATED, "submit_success", &format!("Received {instance_id}. Thank you."))
        }
        // As ODK Central answers a repeat: the same instance, byte for byte, is a success (a
        // client may be sending it again after a lost answer); another instance under the same
        // id is a conflict, 409.
        Ok(Commit::Duplicate) => {
            let first = state.store.root().join("openrosa").join(uuid).join("instance.xml");
            if tokio::fs::read(first).await.is_ok_and(|first| first != xml.as_bytes()) {
                return refused((
                    StatusCode::CONFLICT,
                    format!("{instance_id} was received before with a different instance; nothing was stored."),
                ));
            }
            // 202: success for every OpenRosa client, and a test can tell it from a first arrival.
            openrosa(
                StatusCode::ACCEPTED,
                "submit_success",
                &format!("{instance_id} was received before; nothing new was stored."),
            )
        }
        Err(response) => response,
    }
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|c| c.is_element() && c.tag_name().name() == name)
}

/// The text inside an element (all of it, however the parser split it).
fn text(node: roxmltree::Node) -> String {
    node.children().filter(|c| c.is_text()).filter_map(|c| c.text()).collect()
}

/// An element's children as JSON, by local name: an element with child elements is a container
/// (a group entry, `meta`) and is always a list of objects, one per occurrence; any other
/// element is its text, or a list of texts when the name repeats.
pub fn element_map(node: roxmltree::Node) -> Value {
    let mut map = Map::new();
    for element in node.children().filter(|c| c.is_element()) {
        let name = element.tag_name().name();
        let container = element.children().any(|c| c.is_element());
        let value = if container { element_map(element) } else { Value::String(text(element)) };
        let merged = match (map.remove(name), value) {
            (None, Value::Object(entry)) => Value::Array(vec![Value::Object(entry)]),
            (None, value) => value,
            // An empty entry of a group (`<partners/>`) next to full ones is an empty object.
            (Some(Value::Array(mut list)), value) => {
                let of_objects = list.first().is_some_and(Value::is_object);
                list.push(if of_objects && value == "" { Value::Object(Map::new()) } else { value });
                Value::Array(list)
            }
            (Some(Value::String(before)), Value::Object(entry)) if before.is_empty() => {
                Value::Array(vec![Value::Object(Map::new()), Value::Object(entry)])
            }
            (Some(before), value) => Value::Array(vec![before, value]),
        };
        map.insert(name.to_owned(), merged);
    }
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_become_a_map_with_groups_as_lists() {
        let xml = "<seed-fund id=\"seed-fund\"><name>A &amp; B</name><partners/><partners><n>1</n></partners>\
                   <partners><n>2</n></partners><tag>x</tag><tag>y</tag><meta><instanceID>uuid:1</instanceID></meta></seed-fund>";
        let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            element_map(doc.root_element()),
            json!({
                "name": "A & B",
                "partners": [{}, {"n": "1"}, {"n": "2"}],
                "tag": ["x", "y"],
                "meta": [{"instanceID": "uuid:1"}],
            })
        );
    }
}
