//! Shared-tablet mode: an application left alone (no touch, key or typing for the configured
//! time) is saved, locked, and the app starts again from its start page, so the next person to
//! pick up the tablet sees no answers. The same happens when the applicant presses "Lock my
//! application".

use std::time::Duration;

use forms::SharedTablet;
use leptos::prelude::*;

use crate::context::{FormContext, Screen};
use crate::outbox::{Job, Status};
use crate::pages::form_flow::Destination;
use crate::platform::{browser, seal, storage};

/// How often the idle time is looked at.
const CHECK_EVERY: Duration = Duration::from_secs(1);

/// In shared-tablet mode: locks the open application after `mode.lock_after_seconds` without
/// input (never if 0), and whenever the page is left for another.
pub fn install(ctx: FormContext, mode: Option<&SharedTablet>) {
    let Some(mode) = mode else { return };
    lock_on_leaving(ctx);
    let limit_ms = u64::from(mode.lock_after_seconds) * 1000;
    if limit_ms == 0 {
        return;
    }
    let last_input = StoredValue::new(browser::now_ms());
    let touched = move || last_input.set_value(browser::now_ms());
    let listeners = [
        window_event_listener(leptos::ev::pointerdown, move |_| touched()),
        window_event_listener(leptos::ev::keydown, move |_| touched()),
        window_event_listener(leptos::ev::input, move |_| touched()),
    ];
    let timer = set_interval_with_handle(
        move || {
            if in_use(ctx) && browser::now_ms().saturating_sub(last_input.get_value()) >= limit_ms {
                lock_now(ctx);
            }
        },
        CHECK_EVERY,
    )
    .ok();
    on_cleanup(move || {
        listeners.into_iter().for_each(|l| l.remove());
        if let Some(timer) = timer {
            timer.clear();
        }
    });
}

/// Whether an application is open (or the start page has been left).
fn in_use(ctx: FormContext) -> bool {
    ctx.started.get_untracked() || ctx.screen.get_untracked() != Screen::Start
}

/// A page left for another (a link, the address bar) is kept whole in the browser's back-forward
/// cache, and "Back" would show the open application to whoever holds the tablet next. So leaving
/// locks it: the key is forgotten and the page hidden as it goes, and it starts again from the
/// start page if it is ever shown again.
fn lock_on_leaving(ctx: FormContext) {
    let locked = StoredValue::new(false);
    let on_leave = window_event_listener(leptos::ev::pagehide, move |e| {
        if e.persisted() && in_use(ctx) {
            lock(ctx);
            if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
                body.set_hidden(true);
            }
            locked.set_value(true);
        }
    });
    let on_back = window_event_listener(leptos::ev::pageshow, move |e| {
        if e.persisted() && locked.get_value() {
            browser::reload();
        }
    });
    on_cleanup(move || {
        on_leave.remove();
        on_back.remove();
    });
}

/// Saves the application (sealed, if it has a PIN), forgets its key and starts the app again.
pub fn lock_now(ctx: FormContext) {
    lock(ctx);
    browser::reload();
}

/// Saves the application (sealed, if it has a PIN) and forgets its key; the page is about to go.
fn lock(ctx: FormContext) {
    if ctx.started.get_untracked() && ctx.screen.get_untracked() != Screen::Done {
        ctx.draft.with_untracked(storage::backup_now);
    }
    seal::lock();
    crate::outbox::leave_without_asking();
}

/// "Finish and clear this tablet", once the application is sent: deletes what is left of it here
/// (a copy kept after delivery, `keep_delivered_hours`: the applicant's own choice wins), then
/// locks and starts again like [`lock_now`]. The outbox is read by the delivery part of the app,
/// which sending this application has already downloaded.
pub fn finish_and_clear(ctx: FormContext, destination: Destination, status: RwSignal<Option<(String, Status)>>) {
    let draft_id = ctx.draft.with_untracked(|d| d.id.clone());
    leptos::task::spawn_local(async move {
        crate::outbox::run(ctx, destination, status, Job::ForgetKept { draft_id }).await;
        lock_now(ctx);
    });
}
