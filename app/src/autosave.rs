//! Saving the application on the device as it changes: at most 300 ms after the last change,
//! and at once when the page is hidden or closed (a tablet handed back, a tab switched, a
//! battery running out), so that nothing typed is ever lost.

use std::time::Duration;

use leptos::prelude::*;

use crate::context::{FormContext, Screen, step_key};
use crate::platform::storage;

const DEBOUNCE: Duration = Duration::from_millis(300);

/// Starts saving `ctx.draft` whenever it changes, once the application has been started.
pub fn install(ctx: FormContext) {
    storage::ask_to_persist();
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);

    // Remember where the applicant is, so a resumed application opens there.
    Effect::new(move |_| {
        if let Screen::Step(step) = ctx.screen.get() {
            let key = ctx.form.with_value(|f| step_key(f, step));
            ctx.draft.update(|d| d.position = Some(key));
        }
    });

    Effect::new(move |first: Option<()>| {
        ctx.draft.track();
        if first.is_none() || !ctx.started.get_untracked() || ctx.screen.get_untracked() == Screen::Done {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        // Checked again when the timer fires: a sent application must not be saved back as a
        // draft by a change made just before sending.
        let handle = set_timeout_with_handle(
            move || {
                if ctx.screen.get_untracked() != Screen::Done {
                    save_now(ctx);
                }
            },
            DEBOUNCE,
        )
        .ok();
        pending.set_value(handle);
    });

    let flush = move || {
        if ctx.started.get_untracked() && ctx.screen.get_untracked() != Screen::Done {
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            save_now(ctx);
        }
    };
    let on_hide = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
    let on_pagehide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    on_cleanup(move || {
        on_hide.remove();
        on_pagehide.remove();
    });
}

/// Writes the draft now; a failure is shown to the applicant, and the form stays usable.
pub fn save_now(ctx: FormContext) {
    let draft = ctx.draft.get_untracked();
    leptos::task::spawn_local(async move {
        match storage::save_draft(&draft).await {
            Ok(()) => ctx.storage_problem.set(None),
            Err(e) => ctx.storage_problem.set(Some(e.to_string())),
        }
    });
}
