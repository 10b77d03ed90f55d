//! Seedform's web app: a thin Leptos layer over the `forms` engine. Pages and components render
//! the engine's state; `platform/` holds the few adapters that touch the browser.

mod app;
mod autosave;
mod components;
mod context;
mod i18n;
mod idle_lock;
mod loader;
mod outbox;
mod pages;
mod parts;
mod platform;
mod submit;

fn main() {
    // Definitions' `pattern` rules are matched by the browser (the engine's `regex` feature is off).
    let _ = forms::validate::PATTERN_MATCHER.set(platform::browser::pattern_matches);
    leptos::mount::mount_to_body(app::App);
}
