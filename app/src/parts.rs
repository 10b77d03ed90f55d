//! The parts of the app that a first visit does not download: each function here is split off
//! the wasm by the build (`tools/split-wasm.mjs`), with everything only it uses, and downloaded the
//! first time it is called. The service worker precaches them with the rest of the app, so they
//! work offline after one visit.
//!
//! What is here is what the first question does not need: the check-answers and confirmation
//! screens, recording and choosing files, the list of saved applications, choosing a PIN, and
//! reading, listing and sending the outbox. If a part cannot be downloaded (the connection dropped
//! before the service worker had stored it), a screen says so with Try again, and sending waits
//! in the outbox on the device until the part can be downloaded.
// `wasm_split` declares each part's loader as an extern function and exports the part with
// `no_mangle`, for the splitter to find: this is the only unsafe code in the app.
#![allow(unsafe_code)]

use std::future::Future;
use std::pin::Pin;
use std::task::Poll;

use forms::Question;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::context::{FormContext, Scope};
use crate::i18n::t;
use crate::outbox::{Job, Status};
use crate::pages::form_flow::Destination;
use crate::platform::browser;

/// A part's view, built where it is shown (in that place's reactive owner, like any component).
pub type Build<A> = fn(A) -> AnyView;

#[wasm_split(check_answers, wasm_split_path = ::leptos::wasm_split, preload(preload_check_answers), fallible)]
pub fn check_answers() -> Result<Build<()>, SplitLoaderError> {
    Ok(|()| view! { <crate::pages::check_answers::CheckAnswers /> }.into_any())
}

#[wasm_split(confirmation, wasm_split_path = ::leptos::wasm_split, preload(preload_confirmation), fallible)]
pub fn confirmation() -> Result<Build<()>, SplitLoaderError> {
    Ok(|()| view! { <crate::pages::confirmation::Confirmation /> }.into_any())
}

#[wasm_split(media_field, wasm_split_path = ::leptos::wasm_split, preload(preload_media_field), fallible)]
pub fn media_field() -> Result<Build<(Question, Scope, bool)>, SplitLoaderError> {
    Ok(|(question, scope, as_heading)| {
        view! { <crate::components::media_field::MediaField question scope as_heading /> }.into_any()
    })
}

#[wasm_split(draft_list, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn draft_list() -> Result<Build<()>, SplitLoaderError> {
    Ok(|()| view! { <crate::components::draft_list::DraftList /> }.into_any())
}

#[wasm_split(pin_setup, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn pin_setup() -> Result<Build<(bool, Callback<()>)>, SplitLoaderError> {
    Ok(|(require_pin, on_start)| view! { <crate::components::pin_setup::PinSetup require_pin on_start /> }.into_any())
}

/// Reads and sends the outbox (`crate::outbox::work`): the submission formats, the tus client,
/// the background-sync record. Downloaded once an application is started, or at once when the
/// outbox on this device holds something.
#[wasm_split(delivery, wasm_split_path = ::leptos::wasm_split, preload(preload_delivery), fallible)]
pub fn outbox(
    ctx: FormContext,
    destination: Destination,
    status: RwSignal<Option<(String, Status)>>,
    job: Job,
) -> Result<Pin<Box<dyn Future<Output = ()>>>, SplitLoaderError> {
    Ok(crate::outbox::work(ctx, destination, status, job))
}

/// The outbox on the start page, in the same part as sending.
#[wasm_split(delivery, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn outbox_list() -> Result<Build<()>, SplitLoaderError> {
    Ok(|()| view! { <crate::components::outbox_list::OutboxList /> }.into_any())
}

/// Downloads, in the background, the parts the rest of an application needs, as soon as the
/// applicant starts it (not before: the first question needs none of them): by the time they
/// reach a recording, the check-answers screen or Send, those parts are there even if the
/// connection has dropped since (the service worker stores them too, but only after a first
/// visit has finished storing everything).
pub fn preload_when_started(ctx: FormContext) {
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let started = ctx.screen.get() != crate::context::Screen::Start;
        if started {
            leptos::task::spawn_local(async {
                // One after another: the applicant's own requests keep most of the connection.
                let _ = preload_media_field().await;
                let _ = preload_check_answers().await;
                let _ = preload_confirmation().await;
                let _ = preload_delivery().await;
            });
        }
        started
    });
}

/// What a place shows when its part cannot be downloaded, beside Try again.
#[derive(Clone, Copy, PartialEq)]
pub enum Missing {
    /// "Sorry, this form cannot be opened right now."
    CannotOpen,
    /// After Send: where the application stands and its reference
    /// (`crate::pages::confirmation::status_panel`), with its own heading.
    Confirmation,
}

/// Shows a part (one of the functions above, `load`) with `args` once it has downloaded: at once
/// when it already has. While it downloads, "Loading…"; if it cannot be downloaded, a message with
/// Try again. `holds_heading`: the part may hold the screen's heading, which takes the focus when
/// the part arrives if the screen change found no heading to focus (`browser::focus_heading`).
pub fn show<A, F>(load: fn() -> F, args: A, holds_heading: bool) -> impl IntoView
where
    A: Clone + Send + Sync + 'static,
    F: Future<Output = Result<Build<A>, SplitLoaderError>> + 'static,
{
    show_or(load, args, holds_heading, Missing::CannotOpen)
}

/// [`show`], saying `missing` if the part cannot be downloaded.
///
/// The download is awaited here, and the part's view built afterwards in this place's reactive
/// owner: a component built inside the awaiting future would own its signals apart from its
/// view, and they could be gone while the view still reads them.
pub fn show_or<A, F>(load: fn() -> F, args: A, holds_heading: bool, missing: Missing) -> impl IntoView
where
    A: Clone + Send + Sync + 'static,
    F: Future<Output = Result<Build<A>, SplitLoaderError>> + 'static,
{
    let ctx = expect_context::<FormContext>();
    // None while downloading; then the part, or that it could not be downloaded.
    let part = RwSignal::new(None::<Option<Build<A>>>);
    let fetch = move || {
        let mut download = Box::pin(load());
        // Already downloaded: ready at the first poll, so shown with no "Loading…" in between.
        let waker = std::task::Waker::noop();
        if let Poll::Ready(loaded) = download.as_mut().poll(&mut std::task::Context::from_waker(waker)) {
            part.set(Some(loaded.ok()));
            return;
        }
        leptos::task::spawn_local(async move {
            let loaded = download.await.ok();
            let arrived = loaded.is_some() || missing == Missing::Confirmation;
            part.set(Some(loaded));
            if holds_heading && arrived {
                request_animation_frame(browser::heading_arrived);
            }
        });
    };
    fetch();
    move || match part.get() {
        None => view! { <p class="loading" role="status">{move || t(&ctx.lang.get(), "loading")}</p> }.into_any(),
        Some(Some(build)) => build(args.clone()),
        Some(None) => {
            let retry = view! {
                <button type="button" class="button" on:click=move |_| { part.set(None); fetch(); }>
                    {move || t(&ctx.lang.get(), "try-again")}
                </button>
            };
            match missing {
                Missing::CannotOpen => view! {
                    <div class="notice notice--warning" role="alert">
                        <p>{move || t(&ctx.lang.get(), "cannot-open")}</p>
                        <p>{move || t(&ctx.lang.get(), "cannot-open-next")}</p>
                        {retry}
                    </div>
                }
                .into_any(),
                Missing::Confirmation => {
                    let delivering = expect_context::<crate::outbox::Delivering>();
                    let line = move || match delivering.status() {
                        Status::Waiting | Status::Sending => t(&ctx.lang.get(), "offline-saved"),
                        Status::OnlyOnPage => t(&ctx.lang.get(), "only-on-page"),
                        _ => String::new(),
                    };
                    view! {
                        {crate::pages::confirmation::status_panel()}
                        <p id="delivery" aria-live="polite">{line}</p>
                        {retry}
                    }
                    .into_any()
                }
            }
        }
    }
}
