//! The "Listen" button: plays the question's recorded prompt in the current language; where
//! there is no recording it reads the question with the browser's speech synthesis, if a voice
//! for that language exists; otherwise it is not shown at all (never a button that does nothing).

use forms::Question;
use leptos::html::Audio;
use leptos::prelude::*;

use crate::context::FormContext;
use crate::i18n::t;
use crate::platform::speech;

/// The Listen button of one question.
#[component]
pub fn ListenButton(
    /// The question to read out.
    question: Question,
) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let audio = NodeRef::<Audio>::new();
    let playing = RwSignal::new(false);
    let prompt = {
        let prompts = question.prompt.clone();
        move || {
            let lang = ctx.lang.get();
            prompts.get(&lang).map(|p| ctx.asset_base.with_value(|b| b.join(p)))
        }
    };
    let speakable = move || speech::has_voice(&ctx.lang.get());
    let available = {
        let prompt = prompt.clone();
        move || prompt().is_some() || speakable()
    };
    let words = {
        let (label, hint) = (question.label.clone(), question.hint.clone());
        move || format!("{}. {}", ctx.text(&label), ctx.text(&hint))
    };
    let on_click = {
        let prompt = prompt.clone();
        move |_| {
            if playing.get_untracked() {
                if let Some(a) = audio.get_untracked() {
                    a.pause().ok();
                }
                speech::stop();
                playing.set(false);
                return;
            }
            if prompt().is_some() {
                if let Some(a) = audio.get_untracked() {
                    a.set_current_time(0.0);
                    // The promise rejects only if the file cannot play; the button then resets.
                    let _ = a.play();
                    playing.set(true);
                }
            } else {
                speech::speak(&words(), &ctx.lang.get_untracked(), move || playing.set(false));
                playing.set(true);
            }
        }
    };
    view! {
        <Show when=available.clone()>
            <button type="button" class="button button--secondary listen" aria-pressed=move || playing.get().to_string() on:click=on_click.clone()>
                <svg class="listen__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
                    <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor"></path>
                    <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>
                </svg>
                {move || t(&ctx.lang.get(), if playing.get() { "listen-stop" } else { "listen" })}
            </button>
            {let prompt = prompt.clone(); move || prompt().map(|src| view! {
                <audio node_ref=audio src=src preload="none" on:ended=move |_| playing.set(false) on:pause=move |_| playing.set(false) on:error=move |_| playing.set(false)></audio>
            })}
        </Show>
    }
}
