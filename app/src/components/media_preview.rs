//! A recording or file answer played back where answers are read back (check your answers),
//! from the copy on the device (opened with the PIN's key when the application has one).

use forms::MediaRef;
use leptos::prelude::*;

use crate::platform::{recorder, storage};

/// A player for `media` (video or audio), or just its name for other files.
#[component]
pub fn MediaPreview(media: MediaRef) -> impl IntoView {
    let src = RwSignal::new(None::<String>);
    let kind = media.mime.split('/').next().unwrap_or_default().to_owned();
    if kind == "video" || kind == "audio" {
        let (id, mime) = (media.id.clone(), media.mime.clone());
        leptos::task::spawn_local(async move {
            if let Ok(blob) = storage::load_media(&id, &mime).await {
                src.set(recorder::object_url(&blob));
            }
        });
        on_cleanup(move || {
            if let Some(url) = src.get_untracked() {
                let _ = web_sys::Url::revoke_object_url(&url);
            }
        });
    }
    view! {
        {move || src.get().map(|src| if kind == "video" {
            view! { <video class="media__player" controls src=src></video> }.into_any()
        } else {
            view! { <audio class="media__player" controls src=src></audio> }.into_any()
        })}
        <span dir="auto">{media.name}</span>
    }
}
