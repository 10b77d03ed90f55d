//! A date as three boxes (day, month, year), as GOV.UK recommends: native date pickers are hard
//! to use with a screen reader or a small screen, and their order follows the browser's locale
//! rather than the applicant's language. Stored as `YYYY-MM-DD` whatever the display.

use forms::{Answer, Question, QuestionType};
use leptos::prelude::*;

use crate::components::question_field::{described_by, field_box, field_parts, legend_view};
use crate::context::{FormContext, Scope, html_id};
use crate::i18n::t;

/// A date question.
#[component]
pub fn DateField(
    /// The question.
    question: Question,
    /// Where its answer lives.
    scope: Scope,
    /// Whether its legend is the page heading.
    as_heading: bool,
) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let field = scope.field(&question.id);
    let id = html_id(&field);
    let describedby = described_by(ctx, &question, field.clone(), &id);
    let has_error = {
        let field = field.clone();
        move || ctx.error_for(&field).is_some()
    };
    // Set once, not bound to the answer, so "1" stays "1" while typing (the draft holds "01").
    let parts = split(ctx.answer(&scope, &question.id));
    let boxes = [("day", "date-day", 2usize), ("month", "date-month", 2), ("year", "date-year", 4)]
        .into_iter()
        .enumerate()
        .map(|(i, (part, key, width))| {
            let box_id = format!("{id}-{part}");
            let value = parts[i].clone();
            let (scope, qid) = (scope.clone(), question.id.clone());
            let on_input = move |ev: leptos::ev::Event| {
                let mut now = split(ctx.answer(&scope, &qid));
                now[i] = event_target_value(&ev);
                ctx.set_answer(&scope, &qid, join(&now));
            };
            let has_error = has_error.clone();
            view! {
                <div class="date__item">
                    <label class="date__label" for=box_id.clone()>{move || t(&ctx.lang.get(), key)}</label>
                    <input
                        class="input date__input"
                        class:date__input--year=width == 4
                        type="text"
                        inputmode="numeric"
                        maxlength=width.to_string()
                        id=box_id
                        name=format!("{field}-{part}")
                        aria-invalid=move || has_error().then_some("true")
                        prop:value=value
                        on:input=on_input
                    />
                </div>
            }
        })
        .collect_view();
    let legend = legend_view(ctx, &question, as_heading);
    // Day, month, year read left to right in every language, like the digits.
    let control = view! { <div class="date" dir="ltr">{boxes}</div> }.into_any();
    let fieldset = view! {
        <fieldset class="fieldset" aria-describedby=describedby id=id.clone()>
            {field_parts(ctx, &question, field.clone(), &id, legend, [control])}
        </fieldset>
    };
    field_box(ctx, field, "field", fieldset)
}

/// Day, month and year as typed, from a stored answer (`YYYY-MM-DD`, or a partial `Y-M-D`).
fn split(answer: Option<Answer>) -> [String; 3] {
    let text = match answer {
        Some(Answer::Date(d) | Answer::Text(d)) => d,
        _ => String::new(),
    };
    let mut it = text.splitn(3, '-').map(str::to_owned);
    let (y, m, d) = (it.next().unwrap_or_default(), it.next().unwrap_or_default(), it.next().unwrap_or_default());
    [d, m, y]
}

/// The answer for three boxes: a date when they make one, else what was typed (kept, so nothing
/// is lost and validation can say what is wrong).
fn join([d, m, y]: &[String; 3]) -> Option<Answer> {
    if d.trim().is_empty() && m.trim().is_empty() && y.trim().is_empty() {
        return None;
    }
    let num = |s: &str| forms::answer::ascii_digits(s.trim()).parse::<u32>().ok();
    if let (Some(d), Some(m), Some(y)) = (num(d), num(m), num(y))
        && y >= 1000
    {
        return Answer::from_input(QuestionType::Date, &format!("{y:04}-{m:02}-{d:02}"));
    }
    Some(Answer::Text(format!("{}-{}-{}", y.trim(), m.trim(), d.trim())))
}
