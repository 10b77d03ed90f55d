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
        <Suspense fallback=|| view! { <p class="loading" role="status">"Loading the form…"</p> }>
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
