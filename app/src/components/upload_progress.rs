//! How far the recordings and files of the application just sent have got while they upload
//! (`submit::tus`): a progress bar, the percentage, megabytes sent and time left, and a button
//! to pause and resume. Shown only while they upload.

use leptos::prelude::*;

use crate::context::FormContext;
use crate::i18n::{t, t_args, t1};
use crate::outbox::{Delivering, Status};
use crate::platform::intl;
use crate::submit::tus;

/// The upload of the application on the confirmation page.
#[component]
pub fn UploadProgress() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let delivering = expect_context::<Delivering>().0;
    let transfer = tus::transfer();
    let shown = {
        let shown = transfer.shown.clone();
        move || {
            let upload = shown.get()?;
            let sending = delivering.with(|d| {
                d.as_ref().is_some_and(|(r, s)| {
                    *r == upload.reference && matches!(s, Status::Sending | Status::Waiting | Status::OnlyOnPage)
                })
            });
            (sending && upload.progress.length > 0).then_some(upload)
        }
    };
    let paused = transfer.paused;
    let percent = {
        let shown = shown.clone();
        move || shown().map_or(0, |s| s.progress.percent())
    };
    let label = {
        let percent = percent.clone();
        move || t1(&ctx.lang.get(), "sending-percent", "percent", percent())
    };
    // Said by screen readers every tenth, not at every chunk, which would drown everything else
    // (the text node changes only when the text does).
    let announced = {
        let (paused, percent) = (paused.clone(), percent.clone());
        move || {
            let lang = ctx.lang.get();
            if paused.get() {
                t(&lang, "upload-paused")
            } else {
                t1(&lang, "sending-percent", "percent", percent() / 10 * 10)
            }
        }
    };
    let detail = {
        let (paused, shown) = (paused.clone(), shown.clone());
        move || {
            let lang = ctx.lang.get();
            let Some(s) = shown() else { return String::new() };
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("sent", megabytes(&lang, s.progress.acknowledged));
            args.set("total", megabytes(&lang, s.progress.length));
            let bytes = t_args(&lang, "upload-bytes", Some(&args));
            let left = match (paused.get(), s.seconds_left) {
                (true, _) => Some(t(&lang, "upload-paused")),
                (false, Some(s)) if s < 60 => Some(t(&lang, "upload-time-soon")),
                (false, Some(s)) => Some(t1(&lang, "upload-time-left", "minutes", s.div_ceil(60))),
                (false, None) => None,
            };
            left.map_or(bytes.clone(), |left| format!("{bytes}. {left}"))
        }
    };
    let button = {
        let paused = paused.clone();
        move || t(&ctx.lang.get(), if paused.get() { "upload-resume" } else { "upload-pause" })
    };
    let toggle = move |_| if paused.get_untracked() { tus::resume() } else { tus::pause() };
    let length = {
        let shown = shown.clone();
        move || shown().map_or(1, |s| s.progress.length.max(1))
    };
    let acknowledged = {
        let shown = shown.clone();
        move || shown().map_or(0, |s| s.progress.acknowledged)
    };
    view! {
        <Show when=move || shown().is_some()>
            <div class="upload" id="upload">
                <p class="progress__text" id="upload-label">{label.clone()}</p>
                <progress class="progress__bar" id="upload-progress" aria-labelledby="upload-label"
                    aria-describedby="upload-detail" max=length.clone() value=acknowledged.clone()></progress>
                <p class="upload__detail" id="upload-detail">{detail.clone()}</p>
                <p class="visually-hidden" aria-live="polite">{announced.clone()}</p>
                <button type="button" class="button button--secondary" id="upload-pause" on:click=toggle.clone()>
                    {button.clone()}
                </button>
            </div>
        </Show>
    }
}

/// `bytes` in megabytes (millions of bytes, as the file's size is shown when chosen), written the
/// way `lang` writes numbers: one decimal below ten, whole above.
fn megabytes(lang: &str, bytes: u64) -> String {
    let mb = bytes as f64 / 1_000_000.0;
    let rounded = if mb < 10.0 { (mb * 10.0).floor() / 10.0 } else { mb.floor() };
    intl::number(lang, rounded)
}
