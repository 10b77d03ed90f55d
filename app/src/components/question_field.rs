//! One question: picks the control for its type. Every field follows the same anatomy
//! (label or legend → hint → error → control) with `aria-describedby` naming the hint and error.

use forms::{Question, QuestionType};
use leptos::prelude::*;
use leptos::tachys::view::iterators::StaticVec;

use crate::components::answer_mode::AnswerModes;
use crate::components::choice_field::ChoiceField;
use crate::components::date_field::DateField;
use crate::components::group_field::GroupField;
use crate::components::listen_button::ListenButton;
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
            crate::parts::show(crate::parts::media_field, (question, scope, as_heading), as_heading).into_any()
        }
    }
}

/// The box around one field, marked with `field--error` while the field has an error (a red bar
/// at its start, thicker borders on its boxes). `class` is `"field"`, plus a modifier where the
/// field needs one. Generic over its content rather than taking an `AnyView`: erasing every
/// field's content made the wasm larger.
pub fn field_box(ctx: FormContext, field: String, class: &'static str, content: impl IntoView) -> impl IntoView {
    view! { <div class=class class:field--error=move || ctx.error_for(&field).is_some()>{content}</div> }
}

/// The `<legend>` of a field that is a fieldset: the question, as the page's `<h1>` when the
/// question is the page, so that screen reader users hear the question once, not as a heading and
/// again as the legend.
pub fn legend_view(ctx: FormContext, question: &Question, as_heading: bool) -> AnyView {
    let label = question.label.clone();
    let text = move || ctx.text(&label);
    view! {
        <legend class="legend" class:legend--page=as_heading>
            {if as_heading {
                view! { <h1 class="heading" id="question-heading" tabindex="-1" dir="auto">{text}</h1> }.into_any()
            } else {
                view! { <span dir="auto">{text}</span> }.into_any()
            }}
        </legend>
    }
    .into_any()
}

/// Everything inside a field, in this order: its label or legend, the Listen button, the hint
/// (if any), the error message (while there is one), then the control (one view or several).
/// Meant as the only child of the field's `<fieldset>` or box.
pub fn field_parts(
    ctx: FormContext,
    question: &Question,
    field: String,
    id: &str,
    label: AnyView,
    control: impl IntoIterator<Item = AnyView>,
) -> StaticVec<AnyView> {
    // With `--cfg erase_components`, `view!` turns an element's children into one
    // `StaticVec<AnyView>`; this builds that same list, so every field's DOM stays as it was when
    // each field wrote these parts inline. A nested `view!` fragment would add a placeholder
    // comment to every field; a tuple or an array would not, but made the wasm larger.
    let mut parts = vec![
        label,
        view! { <ListenButton question=question.clone() /> }.into_any(),
        hint_view(ctx, question, id).into_any(),
        error_view(ctx, field, id).into_any(),
    ];
    parts.extend(control);
    StaticVec::from(parts)
}

/// The hint under a label, if the question has one.
fn hint_view(ctx: FormContext, question: &Question, id: &str) -> impl IntoView + use<> {
    let hint = question.hint.clone();
    let hint_id = format!("{id}-hint");
    (!hint.0.is_empty()).then(|| view! { <div class="hint" id=hint_id dir="auto">{move || ctx.text(&hint)}</div> })
}

/// The error message of a field, when it has one; starts with a visually hidden "Error:".
fn error_view(ctx: FormContext, field: String, id: &str) -> impl IntoView + use<> {
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
