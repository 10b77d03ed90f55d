//! Turning an adapter's body into an HTTP exchange: building `FormData` bodies, the time
//! allowed, and what the answer means.

use forms::Endpoint;
use gloo_net::http::{Headers, Request};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::JsValue;

use super::{Adapter, Outgoing, Receipt, SendError};

/// A `FormData` body: `fields`, then `files` as `(part name, file name, blob)`; and its size.
pub(super) fn form_data<'a>(
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
    files: impl IntoIterator<Item = (&'a str, &'a str, &'a web_sys::Blob)>,
) -> Result<(JsValue, f64), SendError> {
    let refused = |e: JsValue| SendError::Unsendable(format!("the browser could not build the form data: {e:?}"));
    let data = web_sys::FormData::new().map_err(refused)?;
    let mut bytes = 0.0;
    for (name, value) in fields {
        data.append_with_str(name, value).map_err(refused)?;
        bytes += (name.len() + value.len() + 100) as f64;
    }
    for (name, file_name, blob) in files {
        data.append_with_blob_and_filename(name, blob, file_name).map_err(refused)?;
        bytes += blob.size() + 200.0;
    }
    Ok((data.into(), bytes))
}

/// A `Blob` of `text` with MIME type `mime`.
pub(super) fn text_blob(text: &str, mime: &str) -> Result<web_sys::Blob, SendError> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| SendError::Unsendable(format!("the browser could not make the {mime} part: {e:?}")))
}

/// Time allowed for the whole exchange: 30 s, plus the body at 25 kB/s (a slow mobile
/// connection), so a large upload on a slow line is not cut while it is still going.
pub(super) fn time_allowed_ms(bytes: f64) -> u32 {
    let ms = 30_000.0 + bytes / 25.0;
    if ms >= f64::from(u32::MAX) { u32::MAX } else { ms as u32 }
}

/// The request's headers: the endpoint's from `config.json`, then the adapter's own (which win).
pub(super) fn request_headers(endpoint: &Endpoint, outgoing: &Outgoing) -> Result<web_sys::Headers, SendError> {
    let headers = web_sys::Headers::new().map_err(|e| SendError::Unsendable(format!("{e:?}")))?;
    let configured = endpoint.headers.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let own = outgoing.headers.iter().map(|(k, v)| (*k, v.as_str()));
    for (name, value) in configured.chain(own) {
        headers.set(name, value).map_err(|_| {
            SendError::Unsendable(format!("the header \"{name}\" in config.json is not a valid HTTP header"))
        })?;
    }
    Ok(headers)
}

/// POSTs `outgoing` to the endpoint and reads the answer.
pub(super) async fn exchange(
    endpoint: &Endpoint,
    outgoing: Outgoing,
    adapter: &dyn Adapter,
) -> Result<Receipt, SendError> {
    let headers = request_headers(endpoint, &outgoing)?;
    let allowed_ms = time_allowed_ms(outgoing.bytes);
    let deadline = Deadline::start(allowed_ms);
    let request = Request::post(&endpoint.url)
        .headers(Headers::from_raw(headers))
        .abort_signal(deadline.as_ref().map(Deadline::signal).as_ref())
        .body(outgoing.body)
        .map_err(|e| SendError::Unsendable(format!("the endpoint address \"{}\" cannot be used: {e}", endpoint.url)))?;
    let timed_out = || SendError::Timeout { seconds: allowed_ms.div_ceil(1000) };
    let response = match request.send().await {
        Ok(response) => response,
        Err(_) if deadline.as_ref().is_some_and(Deadline::passed) => return Err(timed_out()),
        Err(e) => return Err(SendError::Network(e.to_string())),
    };
    let status = response.status();
    let retry_after_s = response.headers().get("retry-after").and_then(|v| v.trim().parse().ok());
    // The status alone decides: a receipt whose body is cut off is still a receipt.
    let body = response.text().await.unwrap_or_default();
    drop(deadline);
    verdict(status, adapter.received(status), &body, retry_after_s)
}

/// What an answer means.
fn verdict(status: u16, received: bool, body: &str, retry_after_s: Option<u32>) -> Result<Receipt, SendError> {
    let message = server_message(body);
    match status {
        _ if received => Ok(Receipt { status, message }),
        408 | 429 | 500..=599 => Err(SendError::Unavailable { status, retry_after_s, message }),
        400..=499 => Err(SendError::Rejected { status, message }),
        _ => Err(SendError::Unexpected { status, message }),
    }
}

/// The useful part of an answer's body, at most 300 characters: an OpenRosa `<message>`, a JSON
/// `error` or `message`, or the text itself.
fn server_message(body: &str) -> String {
    let openrosa = body.find("<message").and_then(|start| {
        let rest = &body[start..];
        let inner = &rest[rest.find('>')? + 1..];
        Some(inner[..inner.find("</message>")?].to_owned())
    });
    let from_json = || {
        let value: serde_json::Value = serde_json::from_str(body).ok()?;
        ["error", "message"].iter().find_map(|k| value.get(k)?.as_str().map(str::to_owned))
    };
    let text = match openrosa {
        Some(m) => m.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"),
        None => from_json().unwrap_or_else(|| body.to_owned()),
    };
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(300) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// A timer that aborts the request when the time allowed has passed; dropping it stops the timer.
pub(super) struct Deadline {
    controller: web_sys::AbortController,
    timer: i32,
    _abort: Closure<dyn FnMut()>,
}

impl Deadline {
    /// Starts the timer (`None` if the browser has no `AbortController`: then there is no limit).
    pub(super) fn start(ms: u32) -> Option<Deadline> {
        let window = web_sys::window()?;
        let controller = web_sys::AbortController::new().ok()?;
        let abort = {
            let controller = controller.clone();
            Closure::<dyn FnMut()>::new(move || controller.abort())
        };
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.as_ref().unchecked_ref(),
                i32::try_from(ms).unwrap_or(i32::MAX),
            )
            .ok()?;
        Some(Deadline { controller, timer, _abort: abort })
    }

    pub(super) fn signal(&self) -> web_sys::AbortSignal {
        self.controller.signal()
    }

    pub(super) fn passed(&self) -> bool {
        self.controller.signal().aborted()
    }

    /// A handle that aborts the request now (the applicant paused an upload).
    pub(super) fn aborter(&self) -> web_sys::AbortController {
        self.controller.clone()
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.timer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(result: Result<Receipt, SendError>) -> (&'static str, bool) {
        match result {
            Ok(_) => ("received", false),
            Err(e @ SendError::Unavailable { .. }) => ("unavailable", e.retryable()),
            Err(e @ SendError::Rejected { .. }) => ("rejected", e.retryable()),
            Err(e @ SendError::Unexpected { .. }) => ("unexpected", e.retryable()),
            Err(e) => ("other", e.retryable()),
        }
    }

    #[test]
    fn statuses_decide_whether_to_try_again() {
        let any_2xx = |s: u16| (200..300).contains(&s);
        for (status, expected) in [
            (200, ("received", false)),
            (201, ("received", false)),
            (408, ("unavailable", true)),
            (429, ("unavailable", true)),
            (500, ("unavailable", true)),
            (503, ("unavailable", true)),
            (400, ("rejected", false)),
            (401, ("rejected", false)),
            (404, ("rejected", false)),
            (413, ("rejected", false)),
            (302, ("unexpected", true)),
        ] {
            assert_eq!(kind(verdict(status, any_2xx(status), "", None)), expected, "{status}");
        }
        // OpenRosa: a 200 is not a receipt.
        assert_eq!(kind(verdict(200, false, "<html>Log in to the Wi-Fi</html>", None)), ("unexpected", true));
        assert!(SendError::Network("offline".into()).retryable());
        assert!(SendError::Timeout { seconds: 30 }.retryable());
        assert!(!SendError::Unsendable("bad header".into()).retryable());
    }

    #[test]
    fn the_server_says_why_in_a_few_words() {
        let openrosa = "<?xml version=\"1.0\"?>\n<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\">\
                        <message nature=\"error\">No &lt;meta&gt; &amp; no id</message></OpenRosaResponse>";
        assert_eq!(server_message(openrosa), "No <meta> & no id");
        assert_eq!(server_message(r#"{"error": "answers must be an object"}"#), "answers must be an object");
        assert_eq!(server_message("  Service\n  Unavailable "), "Service Unavailable");
        assert_eq!(server_message(&"é".repeat(400)).chars().count(), 301);
        let busy = verdict(503, false, "", Some(30)).err().map(|e| e.to_string());
        assert_eq!(busy.as_deref(), Some("the server cannot take it now (503, asks to wait 30 s): "));
    }

    #[test]
    fn big_bodies_get_more_time() {
        assert_eq!(time_allowed_ms(0.0), 30_000);
        assert_eq!(time_allowed_ms(25_000_000.0), 1_030_000);
        assert_eq!(time_allowed_ms(1e20), u32::MAX);
    }
}
