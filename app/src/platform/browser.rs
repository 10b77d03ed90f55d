//! Small facts from the browser: the link's parameters, the clock, randomness, focus.

use wasm_bindgen::JsCast;

/// A parameter of the page's link (`?form=…&lang=…`).
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|v| v.as_string()).collect()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `RegExp(pattern, flags)`, which throws on a pattern that does not compile.
    #[wasm_bindgen(catch, js_name = RegExp)]
    fn reg_exp(pattern: &str, flags: &str) -> Result<js_sys::RegExp, wasm_bindgen::JsValue>;
}

/// Whether all of `text` matches a definition's `pattern`, with the browser's regular
/// expressions, compiled as the HTML `pattern` attribute compiles them (`^(?:…)$`, Unicode);
/// `None` if the pattern does not compile. Keeps a regex engine out of the wasm.
pub fn pattern_matches(pattern: &str, text: &str) -> Option<bool> {
    reg_exp(&format!("^(?:{pattern})$"), "u").ok().map(|re| re.test(text))
}

/// Milliseconds since 1970 (UTC).
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The current time as an ISO 8601 string in UTC.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Cryptographically random bytes (for ids and reference numbers).
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
}

/// A random id of 16 bytes in hex, e.g. for a submission.
pub fn random_id() -> String {
    random_bytes::<16>().iter().map(|b| format!("{b:02x}")).collect()
}

/// Sets `<html lang dir>` so screen readers pick the right voice and the layout mirrors.
pub fn set_document_language(lang: &str, rtl: bool) {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
    }
}

/// The value of attribute `name` on the page's `<html>` element, if it has one.
pub fn root_attribute(name: &str) -> Option<String> {
    web_sys::window()?.document()?.document_element()?.get_attribute(name)
}

/// Sets the page title (announced by screen readers when the step changes).
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Moves focus to the element with `id` (a heading or the error summary), so screen readers
/// announce the new step instead of staying on the button that was pressed.
/// Whether there was such an element.
pub fn focus(id: &str) -> bool {
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else {
        return false;
    };
    el.dyn_into::<web_sys::HtmlElement>().is_ok_and(|el| el.focus().is_ok())
}

thread_local! {
    /// A screen changed but its heading was not there yet: its part of the app was still
    /// downloading (`crate::parts`).
    static HEADING_WANTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Moves focus to the screen's heading (after the screen changed), or, when the heading is in a
/// part of the app still downloading, as soon as that part arrives ([`heading_arrived`]).
pub fn focus_heading() {
    HEADING_WANTED.set(!focus("question-heading"));
}

/// A part of the app holding a screen's heading has arrived: it takes the focus if the screen
/// change wanted it.
pub fn heading_arrived() {
    if HEADING_WANTED.take() {
        focus("question-heading");
    }
}

/// Scrolls to the top of the page (after a step changes).
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Sets a CSS custom property on `<html>` (an organisation's colours). Done through the CSSOM,
/// which a strict Content-Security-Policy allows, unlike an inline `style` attribute.
pub fn set_css_variable(name: &str, value: &str) {
    let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    if let Ok(html) = html.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.style().set_property(name, value);
    }
}

/// Reloads the page from the start: on a shared tablet, nothing of the last applicant stays in
/// memory or on screen.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Opens the browser's print dialog (which also offers "Save as PDF").
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Offers `text` as a file named `name` to save (a download), without any server.
pub fn download_text(name: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(link) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
