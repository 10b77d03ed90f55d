//! The root: load the configured form, then show it, or say plainly why it cannot be shown.

use leptos::prelude::*;

use crate::loader::load_form;
use crate::pages::form_flow::FormFlow;
use crate::pages::load_failed::LoadFailed;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let loaded = LocalResource::new(load_form);
    view! {
        // While it loads, index.html's own "Loading the form…" stays in view (in the applicant's
        // language once public/early.js knows it); it is hidden as soon as this adds anything.
        <Suspense fallback=|| ()>
            {move || {
                loaded
                    .get()
                    .map(|result| match result {
                        Ok(form) => view! { <FormFlow loaded=form /> }.into_any(),
                        Err(error) => view! { <LoadFailed error=error /> }.into_any(),
                    })
            }}
        </Suspense>
    }
}
