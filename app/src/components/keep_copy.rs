//! "Keep a copy": print the answers (or save them as a PDF from the print dialog) or download them
//! as a text file, from the check-answers and confirmation pages, so an applicant always has their
//! application, even one the organisation refused or one still waiting to be sent.

use leptos::prelude::*;

use crate::context::FormContext;
use crate::i18n::t;
use crate::pages::check_answers::summary_lines;
use crate::platform::{browser, intl};

/// The two buttons. `reference` is the application's reference, once it has one.
#[component]
pub fn KeepCopy(#[prop(optional, into)] reference: Option<String>) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let download = move |_| {
        let lang = ctx.lang.get_untracked();
        let (id, title, org) = ctx.form.with_value(|f| (f.id.clone(), f.title.clone(), f.organisation.name.clone()));
        // A byte-order mark, so plain text editors read every script correctly.
        let mut text = format!(
            "\u{feff}{}\n{}\n{}\n",
            ctx.text(&title),
            ctx.text(&org),
            intl::date_time(&lang, browser::now_ms())
        );
        if let Some(reference) = &reference {
            text.push_str(&format!("{}: {reference}\n", t(&lang, "done-reference")));
        }
        for (label, answer) in summary_lines(ctx) {
            text.push_str(&format!("\n{label}\n{answer}\n"));
        }
        let name =
            format!("{id}-{}.txt", reference.clone().unwrap_or_else(|| browser::now_iso().chars().take(10).collect()));
        browser::download_text(&name, &text);
    };
    view! {
        <section class="keep-copy" aria-labelledby="keep-copy-title">
            <h2 id="keep-copy-title">{move || t(&ctx.lang.get(), "copy-title")}</h2>
            <div class="keep-copy__actions">
                <button type="button" class="button button--secondary" on:click=move |_| browser::print()>
                    {move || t(&ctx.lang.get(), "copy-print")}
                </button>
                <button type="button" class="button button--secondary" id="download-copy" on:click=download>
                    {move || t(&ctx.lang.get(), "copy-download")}
                </button>
            </div>
        </section>
    }
}
