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

/// Locks the open application after `mode.lock_after_seconds` without input (never if 0).
pub fn install(ctx: FormContext, mode: Option<&SharedTablet>) {
    let Some(limit_ms) = mode.map(|m| u64::from(m.lock_after_seconds) * 1000).filter(|ms| *ms > 0) else { return };
    let last_input = StoredValue::new(browser::now_ms());
    let touched = move || last_input.set_value(browser::now_ms());
    let listeners = [
        window_event_listener(leptos::ev::pointerdown, move |_| touched()),
        window_event_listener(leptos::ev::keydown, move |_| touched()),
        window_event_listener(leptos::ev::input, move |_| touched()),
    ];
    let timer = set_interval_with_handle(
        move || {
            let in_use = ctx.started.get_untracked() || ctx.screen.get_untracked() != Screen::Start;
            if in_use && browser::now_ms().saturating_sub(last_input.get_value()) >= limit_ms {
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

/// Saves the application (sealed, if it has a PIN), forgets its key and starts the app again.
pub fn lock_now(ctx: FormContext) {
    if ctx.started.get_untracked() && ctx.screen.get_untracked() != Screen::Done {
        ctx.draft.with_untracked(storage::backup_now);
    }
    seal::lock();
    crate::outbox::leave_without_asking();
    browser::reload();
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
