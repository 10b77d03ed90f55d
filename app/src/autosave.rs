//! Saving the application on the device as it changes, so that nothing typed is ever lost:
//!
//! - every change starts a save at once; changes made while a save is running are written by one
//!   more save right after it (so at most one write is queued, and none waits on a timer);
//! - when the page is hidden or closed (a tablet handed back, a reload, a battery running out),
//!   the draft is also written synchronously to `localStorage`, because an IndexedDB write that
//!   starts during `pagehide` may never commit; the next start moves it into IndexedDB.

use leptos::prelude::*;

use crate::context::{FormContext, Screen, step_key};
use crate::platform::storage;

/// Starts saving `ctx.draft` whenever it changes, once the application has been started.
pub fn install(ctx: FormContext) {
    storage::ask_to_persist();
    let saving = StoredValue::new(false);
    let again = StoredValue::new(false);

    // Remember where the applicant is, so a resumed application opens there.
    Effect::new(move |_| {
        if let Screen::Step(step) = ctx.screen.get() {
            let key = ctx.form.with_value(|f| step_key(f, step));
            ctx.draft.update(|d| d.position = Some(key));
        }
    });

    Effect::new(move |first: Option<()>| {
        ctx.draft.track();
        if first.is_none() || !should_save(ctx) {
            return;
        }
        if saving.get_value() {
            again.set_value(true);
            return;
        }
        saving.set_value(true);
        leptos::task::spawn_local(async move {
            loop {
                again.set_value(false);
                // Checked at each write: a sent application must not be saved back as a draft.
                if should_save(ctx) {
                    let draft = ctx.draft.get_untracked();
                    match storage::save_draft(&draft).await {
                        Ok(()) => ctx.storage_problem.set(None),
                        Err(e) => ctx.storage_problem.set(Some(e.to_string())),
                    }
                }
                if !again.get_value() {
                    break;
                }
            }
            saving.set_value(false);
        });
    });

    let flush = move || {
        if should_save(ctx) {
            ctx.draft.with_untracked(storage::backup_now);
        }
    };
    let on_hide = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
    let on_pagehide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    on_cleanup(move || {
        on_hide.remove();
        on_pagehide.remove();
    });
}

fn should_save(ctx: FormContext) -> bool {
    ctx.started.get_untracked() && ctx.screen.get_untracked() != Screen::Done
}
