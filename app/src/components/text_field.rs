//! Text, number, e-mail and phone questions.

use forms::{Answer, Question, QuestionType};
use leptos::prelude::*;

use crate::components::question_field::{described_by, field_box, field_parts};
use crate::context::{FormContext, Scope, html_id};

/// A question answered by typing.
#[component]
pub fn TextField(
    /// The question.
    question: Question,
    /// Where its answer lives.
    scope: Scope,
    /// Whether its label is the page heading.
    as_heading: bool,
) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let field = scope.field(&question.id);
    let id = html_id(&field);
    let kind = question.kind;
    let qid = question.id.clone();
    let label = question.label.clone();
    let has_error = {
        let field = field.clone();
        move || ctx.error_for(&field).is_some()
    };
    let describedby = described_by(ctx, &question, field.clone(), &id);
    // Set once, not bound to the answer: the box keeps exactly what is typed (a trailing space,
    // "3500." on the way to "3500.50"), while the draft stores the neutral value.
    let value = match ctx.answer(&scope, &qid) {
        Some(Answer::Text(t)) => t,
        Some(Answer::Number(n)) => format_number(n),
        _ => String::new(),
    };
    let on_input = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        ctx.set_answer(&scope, &qid, Answer::from_input(kind, &raw));
    };
    let (input_type, input_mode, autocomplete) = match kind {
        QuestionType::Email => ("email", "email", "email"),
        QuestionType::Phone => ("tel", "tel", "tel"),
        QuestionType::Number => ("text", "decimal", "off"),
        _ => ("text", "text", "off"),
    };
    let label_view = view! {
        <label class="label" class:label--page=as_heading for=id.clone() dir="auto">{move || ctx.text(&label)}</label>
    };
    let control = if kind == QuestionType::LongText {
        view! {
            <textarea
                class="input textarea"
                id=id.clone()
                name=field.clone()
                rows="6"
                dir="auto"
                aria-describedby=describedby
                aria-invalid=move || has_error().then_some("true")
                prop:value=value.clone()
                on:input=on_input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                class="input"
                class:input--short=kind == QuestionType::Number
                type=input_type
                inputmode=input_mode
                autocomplete=autocomplete
                id=id.clone()
                name=field.clone()
                dir="auto"
                aria-describedby=describedby
                aria-invalid=move || has_error().then_some("true")
                prop:value=value.clone()
                on:input=on_input
            />
        }
        .into_any()
    };
    let label = if as_heading {
        view! { <h1 class="heading" id="question-heading" tabindex="-1">{label_view}</h1> }.into_any()
    } else {
        label_view.into_any()
    };
    field_box(ctx, field.clone(), "field", field_parts(ctx, &question, field, &id, label, [control]))
}

/// A number as typed back into a box: no trailing `.0` for whole numbers.
fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { n.to_string() }
}
