//! The root: load the configured form, then show it, or say plainly why it cannot be shown.

use leptos::prelude::*;

use crate::loader::load_form;
use crate::pages::form_flow::FormFlow;
use crate::pages::load_failed::LoadFailed;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // Loaded once, in a task: not a `LocalResource` under `<Suspense>`, whose machinery (12.8 KB gzip of
    // wasm) nothing else in the first load needs.
    let loaded = RwSignal::new_local(None);
    leptos::task::spawn_local(async move { loaded.set(Some(load_form().await)) });
    // While it loads, index.html's own "Loading the form…" stays in view (in the applicant's
    // language once public/early.js knows it); it is hidden as soon as this adds anything.
    move || {
        loaded.get().map(|result| match result {
            Ok(form) => view! { <FormFlow loaded=form /> }.into_any(),
            Err(error) => view! { <LoadFailed error=error /> }.into_any(),
        })
    }
}
