//! The confirmation page, with a reference number to write down or photograph.

use leptos::prelude::*;

use crate::context::FormContext;
use crate::i18n::t;

/// The confirmation page.
#[component]
pub fn Confirmation() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let reference = ctx.draft.with_untracked(|d| d.nickname.clone().unwrap_or_default());
    view! {
        <div class="panel" role="status">
            <h1 class="heading" id="question-heading" tabindex="-1">{move || t(&ctx.lang.get(), "done-title")}</h1>
            <p>{move || t(&ctx.lang.get(), "done-reference")}</p>
            <p class="reference" id="reference" dir="ltr">{reference}</p>
        </div>
        <p>{move || t(&ctx.lang.get(), "done-keep")}</p>
    }
}
