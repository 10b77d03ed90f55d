//! Talking to a partner's page that embeds the app in an `<iframe>` (through `public/embed.js`).
//!
//! The app tells the page its height and how the applicant is getting on, by `postMessage`, and
//! nothing else: never an answer. It posts only to the origin the link names in `?embed=`, and
//! only if `config.json` lists that origin (`embed.allowed_origins`). The browser then delivers a
//! message only if the parent page really is that origin, so a site that frames the app with a
//! borrowed `?embed=` hears nothing. Every message is a plain object
//! `{ seedform: 1, type, … }`:
//!
//! | `type` | fields | when |
//! | --- | --- | --- |
//! | `height` | `height` (CSS pixels) | the page's height changed |
//! | `title` | `title` | the form's title, in the current language (for the iframe's `title`) |
//! | `started` | | the applicant started (or resumed) an application |
//! | `page-changed` | `page` (`start`, `question`, `check`, `confirmation`), `step`, `total` | another screen shows |
//! | `submitted` | `reference` | the application was sent (or is waiting in the outbox to be) |

use std::cell::Cell;

use forms::DeploymentConfig;
use forms::definition::Theme;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;

use crate::context::{FormContext, Screen};
use crate::platform::browser;

/// What the link asked of an embedded form, as far as `config.json` allows it.
#[derive(Debug, Clone, Default)]
pub struct Embedding {
    /// The embedding page's origin, the only one that hears the app's events (`?embed=`).
    pub parent_origin: Option<String>,
    /// The colours the snippet chose (`?theme=`), from `embed.themes`.
    pub theme: Option<Theme>,
}

impl Embedding {
    /// Reads `?embed=` and `?theme=` from the link, keeping only what `config` allows.
    pub fn from_link(config: &DeploymentConfig) -> Self {
        Embedding {
            parent_origin: browser::query_param("embed").and_then(|o| config.embed_origin(&o).map(str::to_owned)),
            theme: browser::query_param("theme").and_then(|name| config.theme(&name)),
        }
    }
}

/// Whether the link's `?lang=` may be used: a snippet's link (one with `?embed=`) may choose only
/// the languages `embed.languages` lists.
pub fn link_may_choose_language(config: &DeploymentConfig, lang: &str) -> bool {
    browser::query_param("embed").is_none() || config.snippet_may_choose_language(lang)
}

/// Applies the snippet's theme and, when embedded by an allowed page, starts telling it the height
/// and the applicant's progress. Call after the form's own theme is set, which this one overrides.
pub fn install(ctx: FormContext, embedding: &Embedding) {
    if let Some(theme) = &embedding.theme {
        browser::set_css_variable("--primary", &theme.primary);
        if let Some(text) = &theme.text {
            browser::set_css_variable("--text", text);
        }
        if let Some(background) = &theme.background {
            browser::set_css_variable("--background", background);
        }
    }
    let Some(origin) = embedding.parent_origin.clone() else { return };
    if parent().is_none() {
        return;
    }
    watch_height(origin.clone());

    let title = ctx.form.with_value(|f| f.title.clone());
    let to = origin.clone();
    Effect::new(move |_| post(&to, "title", &[("title", ctx.text(&title).into())]));

    let to = origin.clone();
    Effect::new(move |previous: Option<bool>| {
        let started = ctx.started.get();
        if started && previous == Some(false) {
            post(&to, "started", &[]);
        }
        started
    });

    Effect::new(move |previous: Option<Screen>| {
        let screen = ctx.screen.get();
        if previous == Some(screen) {
            return screen;
        }
        let steps = ctx.form.with_value(|f| ctx.draft.with_untracked(|d| f.steps(&d.answers)));
        let total = steps.len();
        let (page, step) = match screen {
            Screen::Start => ("start", 0),
            Screen::Step(s) => ("question", steps.iter().position(|x| *x == s).map_or(1, |i| i + 1)),
            Screen::Check => ("check", total),
            Screen::Done => ("confirmation", total),
        };
        post(&origin, "page-changed", &[("page", page.into()), ("step", step.into()), ("total", total.into())]);
        // Also measured here: the browser does not run ResizeObserver in a frame scrolled out of view.
        post_height(&origin);
        if screen == Screen::Done {
            let reference = ctx.draft.with_untracked(|d| d.nickname.clone().unwrap_or_default());
            post(&origin, "submitted", &[("reference", reference.into())]);
        }
        screen
    });
}

/// The parent page's window, when the app runs in a frame.
fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Posts `{ seedform: 1, type: kind, …fields }` to the parent page, if it is `origin`.
fn post(origin: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let Some(parent) = parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"seedform".into(), &1.into());
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*name).into(), value);
    }
    let _ = parent.post_message(&message, origin);
}

thread_local! {
    /// The height last posted (0: none yet, or not watching).
    static LAST_HEIGHT: Cell<i32> = const { Cell::new(0) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Posts the document's height whenever it changes.
fn watch_height(origin: String) {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let on_resize = Closure::<dyn FnMut()>::new(move || post_height(&origin));
    if let Ok(observer) = web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(on_resize.as_ref())) {
        observer.observe(&root);
        // One observer for the page's whole life (the document does not go away before the page).
        std::mem::forget(observer);
    }
    on_resize.forget();
}

/// Posts the document's height, if it changed since last posted. `<html>`'s own box is measured,
/// not `scrollHeight`, which never drops below the frame's height and so could only ever grow.
fn post_height(origin: &str) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let height = root.get_bounding_client_rect().height().ceil() as i32;
    if height > 0 && LAST_HEIGHT.with(|h| h.replace(height)) != height {
        post(origin, "height", &[("height", height.into())]);
    }
}
