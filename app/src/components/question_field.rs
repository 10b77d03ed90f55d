//! One question: picks the control for its type. Every field follows the same anatomy
//! (label or legend → hint → error → control) with `aria-describedby` naming the hint and error.

use forms::{Question, QuestionType};
use leptos::prelude::*;

use crate::components::choice_field::ChoiceField;
use crate::components::date_field::DateField;
use crate::components::group_field::GroupField;
use crate::components::listen_button::ListenButton;
use crate::components::text_field::TextField;
use crate::context::{FormContext, Scope, html_id};
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
            view! { <MediaNotice question scope as_heading /> }.into_any()
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

/// Until the recorder lands, file, audio and video questions say plainly that they cannot be
/// answered here, rather than showing a control that would lose the file.
#[component]
fn MediaNotice(
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
    let label = question.label.clone();
    let heading_id = as_heading.then_some("question-heading");
    view! {
        <div class="field">
            <h2 class="label" class:label--page=as_heading id=heading_id tabindex="-1" dir="auto">
                {move || ctx.text(&label)}
            </h2>
            <ListenButton question=question.clone() />
            {hint_view(ctx, &question, &id)}
            {error_view(ctx, field, &id)}
            <p class="notice">{move || t(&ctx.lang.get(), "files-not-ready")}</p>
        </div>
    }
}
