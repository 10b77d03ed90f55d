//! The confirmation page: the reference number to write down or photograph, and an honest
//! word on where the application is: received, waiting on this device, or refused (with whom
//! to contact).

use leptos::prelude::*;

use crate::components::keep_copy::KeepCopy;
use crate::context::FormContext;
use crate::i18n::{t, t_args};
use crate::outbox::{Delivering, Status};

/// The confirmation page.
#[component]
pub fn Confirmation() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let delivering = expect_context::<Delivering>();
    let reference = ctx.draft.with_untracked(|d| d.nickname.clone().unwrap_or_default());
    let reference_for_copy = reference.clone();
    let status = move || delivering.status();
    let org = ctx.form.with_value(|f| f.organisation.name.clone());
    let contact = ctx.form.with_value(|f| f.contact.clone());
    let line = {
        let reference = reference.clone();
        move || {
            let lang = ctx.lang.get();
            match status() {
                Status::Received => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("organisation", ctx.text(&org));
                    args.set("reference", reference.clone());
                    t_args(&lang, "received", Some(&args))
                }
                Status::Sending | Status::Waiting => t(&lang, "offline-saved"),
                Status::OnlyOnPage => t(&lang, "only-on-page"),
                // Nothing to say about the device before the save has landed.
                Status::Saving => String::new(),
                Status::Rejected(_) => t(&lang, "contact-intro"),
            }
        }
    };
    let contact_view = move || {
        matches!(status(), Status::Rejected(_)).then(|| {
            contact.clone().map(|c| {
                let items = [c.phone.clone(), c.whatsapp.clone(), c.email.clone()]
                    .into_iter()
                    .flatten()
                    .map(|v| view! { <li dir="ltr">{v}</li> })
                    .collect_view();
                view! { <p><bdi>{c.name.clone()}</bdi></p><ul class="contact__list">{items}</ul> }
            })
        })
    };
    view! {
        {status_panel()}
        <crate::components::upload_progress::UploadProgress />
        <p id="delivery" aria-live="polite">{line}</p>
        {contact_view}
        <p>{move || t(&ctx.lang.get(), "done-keep")}</p>
        <KeepCopy reference=reference_for_copy />
    }
}

/// Where the application stands, and its reference: the top of the confirmation page. It is in
/// the first load, not in the confirmation's part: if that part cannot be downloaded, this is
/// still shown (`crate::parts::Missing::Confirmation`), never "cannot be opened" after Send.
pub fn status_panel() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let delivering = expect_context::<Delivering>();
    let reference = ctx.draft.with_untracked(|d| d.nickname.clone().unwrap_or_default());
    let status = move || delivering.status();
    let heading = move || {
        let lang = ctx.lang.get();
        match status() {
            Status::Received => t(&lang, "done-title"),
            Status::Saving | Status::Sending => t(&lang, "sending"),
            Status::Waiting | Status::OnlyOnPage => t(&lang, "outbox-title"),
            Status::Rejected(_) => t(&lang, "send-rejected"),
        }
    };
    view! {
        <div class="panel" class:panel--waiting=move || status() != Status::Received role="status">
            <h1 class="heading" id="question-heading" tabindex="-1">{heading}</h1>
            <p>{move || t(&ctx.lang.get(), "done-reference")}</p>
            <p class="reference" id="reference" dir="ltr">{reference}</p>
        </div>
    }
}
