//! The browser's speech synthesis, for questions without a recorded prompt.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

fn synth() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// Whether the browser has a voice for `lang` (`ar` matches `ar-SA`).
pub fn has_voice(lang: &str) -> bool {
    let Some(synth) = synth() else { return false };
    synth.get_voices().iter().filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok()).any(|v| {
        let tag = v.lang().to_ascii_lowercase();
        tag == lang || tag.starts_with(&format!("{lang}-"))
    })
}

/// Reads `text` aloud in `lang`; calls `done` when it ends.
pub fn speak(text: &str, lang: &str, done: impl Fn() + 'static) {
    let Some(synth) = synth() else { return done() };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else { return done() };
    utterance.set_lang(lang);
    let on_end = Closure::<dyn Fn()>::new(done);
    utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
    // The closure must live as long as the utterance; one per press is a few bytes.
    on_end.forget();
    synth.cancel();
    synth.speak(&utterance);
}

/// Stops any speech.
pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}
