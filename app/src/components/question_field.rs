//! One question: picks the control for its type. Every field follows the same anatomy
//! (label or legend → hint → error → control) with `aria-describedby` naming the hint and error.

use forms::{Question, QuestionType};
use leptos::prelude::*;

use crate::components::answer_mode::AnswerModes;
use crate::components::choice_field::ChoiceField;
use crate::components::date_field::DateField;
use crate::components::group_field::GroupField;
use crate::components::media_field::MediaField;
use crate::components::text_field::TextField;
use crate::context::{FormContext, Scope};
use crate::i18n::{t, violation};

/// A question of any type.
#[component]
pub fn QuestionField(
    /// The question.
    question: Question,
    /// Where its answer lives.
    scope: Scope,
    /// Whether its label is the page heading (one question per page).
    #[prop(optional)]
    as_heading: bool,
) -> impl IntoView {
    match question.kind {
        QuestionType::ShortText | QuestionType::LongText if question.accepted_modes().len() > 1 => {
            view! { <AnswerModes question scope as_heading /> }.into_any()
        }
        QuestionType::ShortText
        | QuestionType::LongText
        | QuestionType::Number
        | QuestionType::Email
        | QuestionType::Phone => view! { <TextField question scope as_heading /> }.into_any(),
        QuestionType::Date => view! { <DateField question scope as_heading /> }.into_any(),
        QuestionType::SingleChoice
        | QuestionType::MultipleChoice
        | QuestionType::YesNo
        | QuestionType::Scale
        | QuestionType::Consent => view! { <ChoiceField question scope as_heading /> }.into_any(),
        QuestionType::Group => view! { <GroupField question as_heading /> }.into_any(),
        QuestionType::File | QuestionType::Audio | QuestionType::Video => {
            view! { <MediaField question scope as_heading /> }.into_any()
        }
    }
}

/// The hint under a label, if the question has one.
pub fn hint_view(ctx: FormContext, question: &Question, id: &str) -> impl IntoView + use<> {
    let hint = question.hint.clone();
    let hint_id = format!("{id}-hint");
    (!hint.0.is_empty()).then(|| view! { <div class="hint" id=hint_id dir="auto">{move || ctx.text(&hint)}</div> })
}

/// The error message of a field, when it has one; starts with a visually hidden "Error:".
pub fn error_view(ctx: FormContext, field: String, id: &str) -> impl IntoView + use<> {
    let error_id = format!("{id}-error");
    move || {
        ctx.error_for(&field).map(|v| {
            let lang = ctx.lang.get();
            view! {
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">{t(&lang, "error-prefix")}" "</span>
                    {violation(&lang, &v)}
                </p>
            }
        })
    }
}

/// The ids to name in `aria-describedby`: the hint if there is one, the error while shown.
pub fn described_by(
    ctx: FormContext,
    question: &Question,
    field: String,
    id: &str,
) -> impl Fn() -> Option<String> + use<> {
    let hint = (!question.hint.0.is_empty()).then(|| format!("{id}-hint"));
    let error = format!("{id}-error");
    move || {
        let mut ids: Vec<String> = hint.iter().cloned().collect();
        if ctx.error_for(&field).is_some() {
            ids.push(error.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}
