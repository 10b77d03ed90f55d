//! The error summary at the top of a step: a list of links to the fields, focused when a step
//! fails so a screen reader reads every problem at once (GOV.UK error summary).

use leptos::prelude::*;

use crate::context::{FormContext, html_id};

use crate::i18n::{t, violation};

/// The error summary; renders nothing when there are no errors.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    move || {
        let errors = ctx.errors.get();
        (!errors.is_empty()).then(|| {
            let lang = ctx.lang.get();
            let items = errors
                .iter()
                .map(|e| {
                    let href = format!("#{}", html_id(&e.field));
                    let place = place_of(ctx, &e.field);
                    view! { <li><a href=href><span dir="auto">{place}</span>": "{violation(&lang, &e.violation)}</a></li> }
                })
                .collect_view();
            view! {
                <div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                    <h2 class="error-summary__title" id="error-summary-title">{t(&lang, "error-summary-title")}</h2>
                    <ul class="error-summary__list">{items}</ul>
                </div>
            }
        })
    }
}

/// Which question (and which entry of a group) an error is about, so that every line of the
/// summary makes sense on its own when a screen reader reads the list.
fn place_of(ctx: FormContext, field: &str) -> String {
    let parts: Vec<&str> = field.split('.').collect();
    let id = parts.last().copied().unwrap_or(field);
    let label = ctx.form.with_value(|f| f.question(id).map(|q| ctx.text(&q.label))).unwrap_or_default();
    match parts.as_slice() {
        [group, n, _] => {
            let entry = ctx
                .form
                .with_value(|f| f.question(group).map(|g| ctx.text(&g.entry_label)))
                .filter(|e| !e.is_empty())
                .map_or_else(|| n.to_string(), |e| e.replace("{n}", n));
            format!("{label} ({entry})")
        }
        _ => label,
    }
}
