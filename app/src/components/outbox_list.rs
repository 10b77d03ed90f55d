//! The outbox on the start page: finished applications still on this device, waiting to be sent
//! or refused by the organisation, by reference only (never answers), with "Send now" (which
//! sends whatever is waiting at once, without waiting for the next retry).

use forms::outbox::{Delivery, OutboxItem};
use leptos::prelude::*;

use crate::context::FormContext;
use crate::i18n::{t, t1};
use crate::outbox::Delivering;
use crate::pages::form_flow::Destination;
use crate::platform::{intl, storage};

/// The list; renders nothing when the outbox holds nothing for this form.
#[component]
pub fn OutboxList() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let destination = expect_context::<Destination>();
    let delivering = expect_context::<Delivering>().0;
    let items = RwSignal::new(Vec::<OutboxItem>::new());
    let sent_from_here = RwSignal::new(0u32);
    let form_id = ctx.form.with_value(|f| f.id.clone());
    // Read again whenever a delivery moves on (one sent from here, or by the retries).
    Effect::new(move |_| {
        delivering.track();
        sent_from_here.track();
        let form_id = form_id.clone();
        leptos::task::spawn_local(async move {
            let mut mine: Vec<OutboxItem> = storage::load_outbox()
                .await
                .unwrap_or_default()
                .into_iter()
                .filter(|i| i.draft.form_id == form_id)
                .collect();
            mine.sort_unstable_by_key(|i| i.draft.updated_at_ms);
            items.set(mine);
        });
    });
    move || {
        let list = items.get();
        (!list.is_empty()).then(|| {
            let lang = ctx.lang.get();
            let rows = list
                .into_iter()
                .map(|item| {
                    let state = match item.delivery {
                        Delivery::Rejected { .. } => t(&lang, "send-rejected"),
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
                    <button type="button" class="button button--secondary" id="send-now"
                        on:click=move |_| {
                            let destination = destination.clone();
                            leptos::task::spawn_local(async move {
                                crate::outbox::send_waiting(ctx, destination, delivering).await;
                                sent_from_here.update(|n| *n += 1);
                            });
                        }>
                        {t(&lang, "outbox-send-now")}
                    </button>
                </section>
            }
        })
    }
}
