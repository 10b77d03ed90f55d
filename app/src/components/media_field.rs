//! File, audio and video questions: record in the browser (preview, timer with the limit,
//! stop, play back, record again) or choose a file. Recorded chunks are stored on the device as
//! they arrive, so a reload mid-recording keeps everything up to the last second.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use forms::{Answer, MediaRef, Question, QuestionType};
use leptos::html::Video;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::question_field::{field_box, field_parts, legend_view};
use crate::context::{FormContext, Scope, html_id};
use crate::i18n::{t, t_args};
use crate::platform::recorder::{self, RecorderError, Settings};
use crate::platform::{browser, storage};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Idle,
    Asking,
    Recording,
    Problem(&'static str),
}

/// A media question.
#[component]
pub fn MediaField(
    /// The question.
    question: Question,
    /// Where its answer lives.
    scope: Scope,
    /// Whether its label is the page heading.
    as_heading: bool,
) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let field = scope.field(&question.id);
    let id = html_id(&field);
    let video = question.kind == QuestionType::Video;
    let records = matches!(question.kind, QuestionType::Audio | QuestionType::Video) && recorder::supported();
    let limit_s = question.rules.max_seconds.unwrap_or(180);
    let phase = RwSignal::new(Phase::Idle);
    let elapsed = RwSignal::new(0u32);
    let playback = RwSignal::new(None::<String>);
    let recording = StoredValue::new_local(None::<recorder::Recording>);
    let preview = NodeRef::<Video>::new();
    let qid = StoredValue::new(question.id.clone());
    let scope = StoredValue::new(scope);
    let current = move || match ctx.answer(&scope.get_value(), &qid.get_value()) {
        Some(Answer::Media(m)) => Some(m),
        _ => None,
    };

    // Play back what is stored, whenever the stored answer changes to a finished one.
    let load_playback = move || {
        if let Some(m) = current() {
            leptos::task::spawn_local(async move {
                if let Ok(blob) = storage::load_media(&m.id, &m.mime).await {
                    playback.set(recorder::object_url(&blob));
                }
            });
        }
    };
    load_playback();

    let settings = {
        let r = question.recording.clone().unwrap_or_default();
        Settings {
            video,
            width: r.width.unwrap_or(640),
            height: r.height.unwrap_or(480),
            video_bps: r.video_bits_per_second.unwrap_or(500_000),
            audio_bps: r.audio_bits_per_second.unwrap_or(32_000),
        }
    };
    let stop = move || {
        recording.with_value(|r| {
            if let Some(r) = r {
                r.stop();
            }
        });
    };
    let start = move |_| {
        phase.set(Phase::Asking);
        // The recording this one replaces stays until the new one has a second stored: a new
        // recording the device cannot keep never costs the applicant the one they had.
        let old = Rc::new(RefCell::new(current()));
        let media_id = browser::random_id();
        let chunks = Rc::new(Cell::new(0u32));
        let bytes = Rc::new(Cell::new(0u64));
        let started = browser::now_ms();
        leptos::task::spawn_local(async move {
            let on_chunk = {
                let (media_id, chunks, bytes) = (media_id.clone(), chunks.clone(), bytes.clone());
                move |blob: web_sys::Blob| {
                    let old = old.clone();
                    let n = chunks.get();
                    chunks.set(n + 1);
                    bytes.set(bytes.get() + blob.size() as u64);
                    let total = bytes.get();
                    let media_id = media_id.clone();
                    // Each chunk carries the recorder's MIME type (e.g. video/webm;codecs=vp8,opus).
                    let mime = blob.type_();
                    leptos::task::spawn_local(async move {
                        if storage::put_media_chunk(&media_id, n, &blob).await.is_err() {
                            // The device is full (or refuses storage): say so at once, and stop
                            // rather than film on for nothing. What was stored so far stays.
                            if phase.get_untracked() == Phase::Recording {
                                phase.set(Phase::Problem("media-not-saved"));
                                stop();
                            }
                        } else {
                            let media = MediaRef {
                                id: media_id.clone(),
                                name: format!("recording.{}", extension(&mime)),
                                mime,
                                bytes: total,
                                duration_ms: Some(browser::now_ms().saturating_sub(started)),
                            };
                            ctx.set_answer(&scope.get_value(), &qid.get_value(), Some(Answer::Media(media)));
                            let replaced = old.borrow_mut().take();
                            if let Some(replaced) = replaced {
                                let _ = storage::delete_media(&replaced.id).await;
                            }
                        }
                    });
                }
            };
            let on_stop = move || {
                if phase.get_untracked() == Phase::Recording {
                    phase.set(Phase::Idle);
                }
                // The last chunk is being stored; play back once it is.
                set_timeout(load_playback, Duration::from_millis(300));
            };
            match recorder::start(settings, on_chunk, on_stop).await {
                Ok(r) => {
                    if let Some(v) = preview.get_untracked() {
                        v.set_src_object(Some(&r.stream));
                    }
                    recording.set_value(Some(r));
                    phase.set(Phase::Recording);
                    elapsed.set(0);
                    playback.set(None);
                    let tick = set_interval_with_handle(
                        move || {
                            let s = (browser::now_ms().saturating_sub(started) / 1000) as u32;
                            elapsed.set(s);
                            if s >= limit_s && phase.get_untracked() == Phase::Recording {
                                stop();
                            }
                        },
                        Duration::from_millis(250),
                    )
                    .ok();
                    Effect::new(move |_| {
                        if phase.get() != Phase::Recording
                            && let Some(t) = tick
                        {
                            t.clear();
                        }
                    });
                }
                Err(RecorderError::Denied) => phase.set(Phase::Problem("record-denied")),
                Err(RecorderError::NoDevice) => phase.set(Phase::Problem("record-unavailable")),
                Err(RecorderError::Failed(_)) => phase.set(Phase::Problem("record-unavailable")),
            }
        });
    };
    let accept = if question.rules.accept.is_empty() {
        match question.kind {
            QuestionType::Video => "video/*".to_owned(),
            QuestionType::Audio => "audio/*".to_owned(),
            _ => String::new(),
        }
    } else {
        question.rules.accept.join(",")
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        let old = current();
        let media_id = browser::random_id();
        leptos::task::spawn_local(async move {
            let blob: &web_sys::Blob = file.as_ref();
            if storage::put_media_chunk(&media_id, 0, blob).await.is_err() {
                phase.set(Phase::Problem("media-not-saved"));
            } else {
                if phase.get_untracked() == Phase::Problem("media-not-saved") {
                    phase.set(Phase::Idle);
                }
                if let Some(old) = old {
                    let _ = storage::delete_media(&old.id).await;
                }
                let media = MediaRef {
                    id: media_id,
                    name: file.name(),
                    mime: file.type_(),
                    bytes: file.size() as u64,
                    duration_ms: None,
                };
                ctx.set_answer(&scope.get_value(), &qid.get_value(), Some(Answer::Media(media)));
                load_playback();
            }
        });
    };
    let time = move || {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("elapsed", clock(elapsed.get()));
        args.set("limit", clock(limit_s));
        t_args(&ctx.lang.get(), "record-time", Some(&args))
    };
    let file_id = format!("{id}-file");
    let recorder = records.then(|| view! {
        <p class="hint">{move || t(&ctx.lang.get(), if video { "record-why-video" } else { "record-why-audio" })}</p>
        <video class="media__preview" node_ref=preview autoplay muted playsinline
            class:media__preview--hidden=move || !video || phase.get() != Phase::Recording></video>
        <p class="media__time" aria-live="off">{move || (phase.get() == Phase::Recording).then(time)}</p>
        {move || match phase.get() {
            Phase::Recording => view! {
                <button type="button" class="button button--warning" on:click=move |_| stop()>{move || t(&ctx.lang.get(), "record-stop")}</button>
            }.into_any(),
            Phase::Asking => view! { <p role="status">{move || t(&ctx.lang.get(), "loading")}</p> }.into_any(),
            _ => view! {
                <button type="button" class="button" on:click=start>
                    {move || t(&ctx.lang.get(), if current().is_some() { "record-again" } else { "record-start" })}
                </button>
            }.into_any(),
        }}
        {move || match phase.get() {
            Phase::Problem(key) => Some(view! { <p class="notice notice--warning" role="alert">{move || t(&ctx.lang.get(), key)}</p> }),
            _ => None,
        }}
    });
    // The closures stay inside `view!`, which gives them the one shared render path of erased
    // components (as when they were children of the fieldset).
    let player = view! {
        {move || playback.get().filter(|_| phase.get() != Phase::Recording).map(|src| if video {
            view! { <video class="media__player" controls src=src></video> }.into_any()
        } else {
            view! { <audio class="media__player" controls src=src></audio> }.into_any()
        })}
    };
    let file = view! { {move || current().map(|m| view! { <p class="media__file" dir="auto">{m.name}" ("{size(m.bytes)}")"</p> })} };
    let choose = view! { <label class="label media__choose" for=file_id.clone()>{move || t(&ctx.lang.get(), "choose-file")}</label> };
    let input = view! { <input class="media__input" type="file" id=file_id accept=accept on:change=on_file /> };
    let legend = legend_view(ctx, &question, as_heading);
    let control = [recorder.into_any(), player.into_any(), file.into_any(), choose.into_any(), input.into_any()];
    let fieldset = view! {
        <fieldset class="fieldset" id=id.clone()>
            {field_parts(ctx, &question, field.clone(), &id, legend, control)}
        </fieldset>
    };
    field_box(ctx, field, "field media", fieldset)
}

fn clock(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

fn size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

fn extension(mime: &str) -> &'static str {
    match mime.split(['/', ';']).nth(1).unwrap_or("") {
        "mp4" => "mp4",
        "ogg" => "ogg",
        _ => "webm",
    }
}
