//! The start page: what the scheme is, who can apply, how long it takes, the closing date, and
//! someone to talk to first.

use leptos::prelude::*;

use crate::context::{FormContext, Screen};
use crate::i18n::{t, t1};
use crate::platform::{browser, intl};

/// The start page.
#[component]
pub fn StartPage() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let form = ctx.form.get_value();
    let today = browser::now_iso().chars().take(10).collect::<String>();
    let closed = form.closes.as_ref().is_some_and(|c| today.as_str() > c.as_str())
        || form.opens.as_ref().is_some_and(|o| today.as_str() < o.as_str());
    let begin = move || {
        let first = ctx.form.with_value(|f| ctx.draft.with(|d| f.steps(&d.answers).first().copied()));
        ctx.started.set(true);
        ctx.screen.set(first.map_or(Screen::Check, Screen::Step));
    };
    // On a shared tablet, "Start" first asks for a nickname and a PIN.
    let shared = expect_context::<crate::pages::form_flow::SharedTabletMode>().0;
    let (is_shared, require_pin) = (shared.is_some(), shared.as_ref().is_some_and(|s| s.require_pin));
    let choosing_pin = RwSignal::new(false);
    let start = move |_| {
        if is_shared {
            // PinSetup takes the focus when it appears.
            choosing_pin.set(true);
        } else {
            begin();
        }
    };
    let on_start = Callback::new(move |()| begin());
    // The list of saved applications is a part of the app downloaded when first needed
    // (`crate::parts`): only when there is one.
    let has_drafts = Memo::new(move |_| !ctx.drafts.with(Vec::is_empty));
    let drafts = move || has_drafts.get().then(|| crate::parts::show(crate::parts::draft_list, (), false));
    // So is the outbox's (with sending): only when the outbox on this device holds something.
    let in_use = expect_context::<crate::outbox::InUse>().0;
    let outbox = move || in_use.get().then(|| crate::parts::show(crate::parts::outbox_list, (), false));
    let (title, description, who) = (form.title.clone(), form.description.clone(), form.who_can_apply.clone());
    let has_who = !who.0.is_empty();
    let minutes = form.minutes_needed;
    let closes = form.closes.clone();
    let contact = form.contact.clone().map(|c| {
        let hours = c.hours.clone();
        let phone = c.phone.clone().map(|p| {
            let href = format!("tel:{}", p.replace(' ', ""));
            view! { <li>"☎ "<a href=href dir="ltr">{p}</a></li> }
        });
        let whatsapp = c.whatsapp.clone().map(|w| {
            let digits: String = w.chars().filter(char::is_ascii_digit).collect();
            let href = format!("https://wa.me/{digits}");
            view! { <li>"WhatsApp: "<a href=href dir="ltr">{w}</a></li> }
        });
        let email = c.email.clone().map(|e| {
            let href = format!("mailto:{e}");
            view! { <li>"✉ "<a href=href dir="ltr">{e}</a></li> }
        });
        view! {
            <section class="contact" aria-labelledby="contact-title">
                <h2 id="contact-title">{move || t(&ctx.lang.get(), "contact-intro")}</h2>
                <p dir="auto"><bdi>{c.name.clone()}</bdi></p>
                <ul class="contact__list">{phone}{whatsapp}{email}</ul>
                <p class="hint" dir="auto">{move || ctx.text(&hours)}</p>
            </section>
        }
    });
    view! {
        <h1 class="heading" id="question-heading" tabindex="-1" dir="auto">{move || ctx.text(&title)}</h1>
        <p class="lead" dir="auto">{move || ctx.text(&description)}</p>
        {has_who.then(|| view! {
            <h2>{move || t(&ctx.lang.get(), "who-can-apply")}</h2>
            <p dir="auto">{move || ctx.text(&who)}</p>
        })}
        <ul class="facts">
            {minutes.map(|m| view! { <li>{move || t1(&ctx.lang.get(), "time-needed", "minutes", m)}</li> })}
            {closes.map(|c| {
                let iso = c.clone();
                view! { <li><time datetime=c>{move || t1(&ctx.lang.get(), "closes", "date", intl::date(&ctx.lang.get(), &iso))}</time></li> }
            })}
        </ul>
        {outbox}
        {if closed {
            // No new application; one already started is not a dead end: it can still be opened,
            // with a clear warning, and the contact below can help with sending it.
            view! {
                <p class="notice notice--warning" role="status">{move || t(&ctx.lang.get(), "closed")}</p>
                {move || (!ctx.drafts.with(Vec::is_empty)).then(|| view! {
                    <p class="notice notice--warning">{move || t(&ctx.lang.get(), "closed-draft")}</p>
                })}
                {drafts}
            }
            .into_any()
        } else {
            view! {
                {drafts}
                {move || if choosing_pin.get() {
                    crate::parts::show(crate::parts::pin_setup, (require_pin, on_start), false).into_any()
                } else {
                    view! {
                        <button type="button" class="button button--start" on:click=start>
                            {move || t(&ctx.lang.get(), "start")}<span class="button__arrow" aria-hidden="true">" →"</span>
                        </button>
                    }.into_any()
                }}
            }
            .into_any()
        }}
        {contact}
    }
}
