//! "Question 3 of 12", in words and as a bar.

use leptos::prelude::*;

use crate::context::FormContext;
use crate::i18n::progress;

/// The progress through the steps shown now.
#[component]
pub fn ProgressBar(
    /// The current step, from 1.
    current: Signal<usize>,
    /// How many steps there are now (changes as conditions change).
    total: Signal<usize>,
) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let text = move || progress(&ctx.lang.get(), current.get(), total.get());
    view! {
        <div class="progress">
            <p class="progress__text" id="progress-text">{text}</p>
            <progress class="progress__bar" aria-labelledby="progress-text" max=move || total.get().max(1) value=move || current.get()></progress>
        </div>
    }
}
