//! "Say it instead" / "film it instead": a written question whose definition allows it
//! (`"modes": ["write", "say", "film"]`) can be answered by typing, by recording the voice, or by
//! filming. The applicant picks how; the answer is then text, or a recording kept on the device.

use forms::{Answer, AnswerMode, Question, QuestionType};
use leptos::prelude::*;

use crate::components::text_field::TextField;
use crate::context::{FormContext, Scope, html_id};
use crate::i18n::t;

/// A written question with more than one way to answer.
#[component]
pub fn AnswerModes(question: Question, scope: Scope, as_heading: bool) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let modes = question.accepted_modes();
    let name = format!("{}-mode", html_id(&scope.field(&question.id)));
    let initial = match ctx.answer(&scope, &question.id) {
        Some(Answer::Media(m)) if m.mime.starts_with("video/") => AnswerMode::Film,
        Some(Answer::Media(_)) => AnswerMode::Say,
        _ => AnswerMode::Write,
    };
    let mode = RwSignal::new(initial);
    let options = modes
        .into_iter()
        .map(|m| {
            let id = format!("{name}-{}", key(m));
            view! {
                <div class="option">
                    <input class="option__input" type="radio" id=id.clone() name=name.clone()
                        prop:checked=move || mode.get() == m on:change=move |_| mode.set(m) />
                    <label class="option__label" for=id>{move || t(&ctx.lang.get(), key(m))}</label>
                </div>
            }
        })
        .collect_view();
    let question = StoredValue::new(question);
    let scope = StoredValue::new(scope);
    view! {
        {move || {
            let (mut q, scope) = (question.get_value(), scope.get_value());
            match mode.get() {
                AnswerMode::Write => view! { <TextField question=q scope as_heading /> }.into_any(),
                recorded => {
                    q.kind = if recorded == AnswerMode::Film { QuestionType::Video } else { QuestionType::Audio };
                    crate::parts::show(crate::parts::media_field, (q, scope, as_heading), as_heading).into_any()
                }
            }
        }}
        <fieldset class="fieldset modes">
            <legend class="label">{move || t(&ctx.lang.get(), "mode-legend")}</legend>
            <div class="options options--modes">{options}</div>
        </fieldset>
    }
}

fn key(mode: AnswerMode) -> &'static str {
    match mode {
        AnswerMode::Write => "mode-write",
        AnswerMode::Say => "mode-say",
        AnswerMode::Film => "mode-film",
    }
}
