//! The outbox on the start page: finished applications still on this device, waiting to be sent,
//! refused by the organisation, or received and kept for a while (`keep_delivered_hours`), by
//! reference only (never answers), with "Send now" when something waits (which sends it at once,
//! without waiting for the next retry).

use forms::outbox::{Delivery, OutboxItem, kept_copy_expired, kept_until_ms};
use leptos::prelude::*;

use crate::context::FormContext;
use crate::i18n::{t, t1};
use crate::outbox::Delivering;
use crate::pages::form_flow::Destination;
use crate::platform::{browser, intl, storage};

/// The list; renders nothing when the outbox holds nothing for this form.
#[component]
pub fn OutboxList() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let destination = expect_context::<Destination>();
    let delivering = expect_context::<Delivering>().0;
    let items = RwSignal::new(Vec::<OutboxItem>::new());
    let form_id = ctx.form.with_value(|f| f.id.clone());
    let keep_hours = destination.keep_delivered_hours;
    // Read again whenever a delivery moves on (one sent from here, by "Send now", by the retries,
    // or when the app opened).
    Effect::new(move |_| {
        delivering.track();
        ctx.outbox_changed.track();
        let form_id = form_id.clone();
        leptos::task::spawn_local(async move {
            let mut mine: Vec<OutboxItem> = storage::load_outbox()
                .await
                .unwrap_or_default()
                .into_iter()
                .filter(|i| i.draft.form_id == form_id)
                // A kept copy whose time is up is being deleted (`outbox::install`): not listed.
                .filter(|i| !i.delivered_at_ms.is_some_and(|at| kept_copy_expired(at, keep_hours, browser::now_ms())))
                .collect();
            mine.sort_unstable_by_key(|i| i.draft.updated_at_ms);
            items.set(mine);
        });
    });
    move || {
        let list = items.get();
        (!list.is_empty()).then(|| {
            let lang = ctx.lang.get();
            let waiting = list.iter().any(|i| i.delivery == Delivery::Waiting);
            let rows = list
                .into_iter()
                .map(|item| {
                    let state = match (&item.delivery, item.delivered_at_ms) {
                        (Delivery::Rejected { .. }, _) => t(&lang, "send-rejected"),
                        (Delivery::Received, Some(at)) => {
                            let until = kept_until_ms(at, destination.keep_delivered_hours);
                            t1(&lang, "outbox-kept", "when", intl::date_time(&lang, until))
                        }
                        _ => t(&lang, "offline-saved"),
                    };
                    let when = intl::date_time(&lang, item.draft.updated_at_ms);
                    view! {
                        <li class="outbox__item">
                            <p><strong dir="ltr">{item.reference.clone()}</strong>" — "{t1(&lang, "draft-edited", "when", when)}</p>
                            <p>{state}</p>
                        </li>
                    }
                })
                .collect_view();
            let destination = destination.clone();
            view! {
                <section class="outbox" aria-labelledby="outbox-title">
                    <h2 id="outbox-title">{t(&lang, "outbox-title")}</h2>
                    <ul class="outbox__list">{rows}</ul>
                    {waiting.then(|| view! {
                        <button type="button" class="button button--secondary" id="send-now"
                            on:click=move |_| {
                                let destination = destination.clone();
                                leptos::task::spawn_local(crate::outbox::send_waiting(ctx, destination, delivering));
                            }>
                            {t(&lang, "outbox-send-now")}
                        </button>
                    })}
                </section>
            }
        })
    }
}
