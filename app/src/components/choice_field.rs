//! Questions answered by choosing: single and multiple choice (with pictures), yes/no, scale,
//! consent. Each is a `<fieldset>` whose `<legend>` is the question, so screen readers read the
//! question with every option.

use forms::{Answer, Question, QuestionType, ScaleStyle, Translated};
use leptos::prelude::*;

use crate::components::question_field::{described_by, field_box, field_parts, legend_view};
use crate::context::{AssetBase, FormContext, Scope, html_id};
use crate::i18n::t;

/// One option as shown: its value in the answer, its text, and an optional picture or face.
#[derive(Clone)]
struct Option_ {
    answer: Answer,
    label: OptionLabel,
    picture: Option<(String, Translated)>,
    icon: Option<Icon>,
}

/// A drawn icon beside a scale point. Drawn, not emoji: emoji faces are missing from many
/// tablets' fonts and differ in meaning between platforms.
#[derive(Clone, Copy)]
enum Icon {
    /// A face from 0 (sad) to 4 (happy).
    Face(usize),
    /// A star.
    Star,
}

#[derive(Clone)]
enum OptionLabel {
    Text(Translated),
    Key(&'static str),
    Plain(String),
}

/// A question answered by choosing.
#[component]
pub fn ChoiceField(
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
    let kind = question.kind;
    let multiple = kind == QuestionType::MultipleChoice || kind == QuestionType::Consent;
    let options = options_of(&question, &ctx.asset_base.get_value());
    let describedby = described_by(ctx, &question, field.clone(), &id);
    let has_error = {
        let field = field.clone();
        move || ctx.error_for(&field).is_some()
    };
    let with_pictures = options.iter().any(|o| o.picture.is_some() || o.icon.is_some());
    let class = match kind {
        QuestionType::YesNo => "options options--yes-no",
        QuestionType::Scale => "options options--scale",
        _ if with_pictures => "options options--cards",
        _ => "options",
    };
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let option_id = format!("{id}-{i}");
            let (scope_checked, qid_checked, answer_checked) =
                (scope.clone(), question.id.clone(), option.answer.clone());
            let checked = move || is_selected(ctx.answer(&scope_checked, &qid_checked), &answer_checked);
            let (scope_set, qid_set, answer_set) = (scope.clone(), question.id.clone(), option.answer.clone());
            let on_change = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                let current = ctx.answer(&scope_set, &qid_set);
                ctx.set_answer(&scope_set, &qid_set, toggle(current, &answer_set, on, kind));
            };
            let text = option.label.clone();
            let text = move || match &text {
                OptionLabel::Text(tr) => ctx.text(tr),
                OptionLabel::Key(key) => t(&ctx.lang.get(), key).to_owned(),
                OptionLabel::Plain(s) => s.clone(),
            };
            let picture = option.picture.clone().map(|(src, alt)| {
                view! { <img class="option__picture" src=src alt=move || ctx.text(&alt) width="160" height="120" /> }
            });
            let icon = option.icon.map(icon_view);
            view! {
                <div class="option">
                    <input
                        class="option__input"
                        type=if multiple { "checkbox" } else { "radio" }
                        id=option_id.clone()
                        name=field.clone()
                        prop:checked=checked
                        on:change=on_change
                    />
                    <label class="option__label" for=option_id>
                        {picture}
                        {icon}
                        <span class="option__text" dir="auto">{text}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let legend = legend_view(ctx, &question, as_heading);
    let control = view! { <div class=class>{items}</div> }.into_any();
    let fieldset = view! {
        <fieldset class="fieldset" aria-describedby=describedby aria-invalid=move || has_error().then_some("true")>
            {field_parts(ctx, &question, field.clone(), &id, legend, [control])}
        </fieldset>
    };
    field_box(ctx, field, "field", fieldset)
}

fn options_of(q: &Question, asset_base: &AssetBase) -> Vec<Option_> {
    match q.kind {
        QuestionType::YesNo => vec![
            Option_ { answer: Answer::Bool(true), label: OptionLabel::Key("yes"), picture: None, icon: None },
            Option_ { answer: Answer::Bool(false), label: OptionLabel::Key("no"), picture: None, icon: None },
        ],
        QuestionType::Consent => {
            vec![Option_ {
                answer: Answer::Bool(true),
                label: OptionLabel::Key("consent-agree"),
                picture: None,
                icon: None,
            }]
        }
        QuestionType::Scale => {
            let Some(scale) = &q.scale else { return Vec::new() };
            let steps = (scale.max - scale.min).max(1);
            (scale.min..=scale.max)
                .map(|v| {
                    let icon = match scale.style {
                        ScaleStyle::Faces => Some(Icon::Face(face(v - scale.min, steps))),
                        ScaleStyle::Stars => Some(Icon::Star),
                        ScaleStyle::Numbers => None,
                    };
                    let label = if v == scale.min && !scale.min_label.0.is_empty() {
                        OptionLabel::Text(with_number(v, &scale.min_label))
                    } else if v == scale.max && !scale.max_label.0.is_empty() {
                        OptionLabel::Text(with_number(v, &scale.max_label))
                    } else {
                        OptionLabel::Plain(v.to_string())
                    };
                    Option_ { answer: Answer::Scale(v), label, picture: None, icon }
                })
                .collect()
        }
        _ => q
            .choices
            .iter()
            .map(|c| Option_ {
                answer: if q.kind == QuestionType::MultipleChoice {
                    Answer::Choices(vec![c.value.clone()])
                } else {
                    Answer::Choice(c.value.clone())
                },
                label: OptionLabel::Text(c.label.clone()),
                picture: c.picture.clone().map(|p| (asset_base.join(&p), c.picture_alt.clone())),
                icon: None,
            })
            .collect(),
    }
}

/// "1 – Not at all": the number stays visible next to the words at each end of a scale.
fn with_number(v: i32, label: &Translated) -> Translated {
    // Rewriting a copy, not `collect()`: collecting into a map sorts first (more wasm).
    let mut out = label.clone();
    for s in out.0.values_mut() {
        *s = format!("{v} – {s}");
    }
    out
}

/// Which of five faces stands for `position` on a scale of `steps` steps.
fn face(position: i32, steps: i32) -> usize {
    ((position * 4 + steps / 2) / steps).clamp(0, 4) as usize
}

fn icon_view(icon: Icon) -> AnyView {
    match icon {
        Icon::Face(i) => {
            // Mouth corners and curve, from a frown to a broad smile.
            const MOUTHS: [(u8, u8); 5] = [(35, 25), (34, 29), (32, 32), (31, 36), (30, 41)];
            let (corner, curve) = MOUTHS[i.min(4)];
            let mouth = format!("M15 {corner} Q24 {curve} 33 {corner}");
            view! {
                <svg class="option__icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
                    <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3"></circle>
                    <circle cx="17" cy="19" r="2.5" fill="currentColor"></circle>
                    <circle cx="31" cy="19" r="2.5" fill="currentColor"></circle>
                    <path d=mouth fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round"></path>
                </svg>
            }
            .into_any()
        }
        Icon::Star => view! {
            <svg class="option__icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
                <path d="M12 2l3 6.5 7 .8-5.2 4.8 1.4 7L12 17.6 5.8 21.1l1.4-7L2 9.3l7-.8z" fill="currentColor"></path>
            </svg>
        }
        .into_any(),
    }
}

fn is_selected(current: Option<Answer>, option: &Answer) -> bool {
    match (current, option) {
        (Some(Answer::Choices(cs)), Answer::Choices(o)) => o.iter().all(|v| cs.contains(v)),
        (Some(a), o) => &a == o,
        (None, _) => false,
    }
}

fn toggle(current: Option<Answer>, option: &Answer, on: bool, kind: QuestionType) -> Option<Answer> {
    match (kind, option) {
        (QuestionType::MultipleChoice, Answer::Choices(o)) => {
            let mut cs = match current {
                Some(Answer::Choices(cs)) => cs,
                _ => Vec::new(),
            };
            for v in o {
                cs.retain(|c| c != v);
                if on {
                    cs.push(v.clone());
                }
            }
            (!cs.is_empty()).then_some(Answer::Choices(cs))
        }
        (QuestionType::Consent, _) => on.then_some(Answer::Bool(true)),
        _ => on.then(|| option.clone()),
    }
}
