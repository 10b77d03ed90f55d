//! Numbers and dates shown the way the applicant's language writes them, with the browser's
//! `Intl`. Answers stay stored as plain numbers and ISO dates.

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

fn locales(lang: &str) -> Array {
    Array::of1(&JsValue::from_str(lang))
}

/// `n` formatted for `lang` (e.g. `٣٬٥٠٠` in Arabic, `3 500` in Ukrainian).
pub fn number(lang: &str, n: f64) -> String {
    let format = Intl::NumberFormat::new(&locales(lang), &Object::new()).format();
    format
        .call1(&JsValue::NULL, &JsValue::from_f64(n))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| n.to_string())
}

/// An ISO date (`2027-05-01`) written out for `lang` (e.g. `1 May 2027`), or the text as it is.
pub fn date(lang: &str, iso: &str) -> String {
    if forms::validate::parse_date(iso).is_none() {
        return iso.to_owned();
    }
    // Noon UTC, shown in UTC: the same calendar day in every time zone.
    let when = Date::new(&JsValue::from_str(&format!("{iso}T12:00:00Z")));
    let options = Object::new();
    for (k, v) in [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("timeZone", "UTC")] {
        let _ = Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    let format = Intl::DateTimeFormat::new(&locales(lang), &options).format();
    format.call1(&JsValue::NULL, &when).ok().and_then(|v| v.as_string()).unwrap_or_else(|| iso.to_owned())
}

/// A moment (milliseconds since 1970) as a short date and time for `lang`.
pub fn date_time(lang: &str, ms: u64) -> String {
    let when = Date::new(&JsValue::from_f64(ms as f64));
    let options = Object::new();
    for (k, v) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    let format = Intl::DateTimeFormat::new(&locales(lang), &options).format();
    format.call1(&JsValue::NULL, &when).ok().and_then(|v| v.as_string()).unwrap_or_default()
}
