//! Check your answers: every shown answer with a "Change" link, then "Send".

use forms::{Answer, Question, QuestionType};
use leptos::prelude::*;

use crate::components::keep_copy::KeepCopy;
use crate::components::media_preview::MediaPreview;
use crate::context::{FormContext, Screen};
use crate::i18n::t;
use crate::outbox::{self, Delivering};
use crate::pages::form_flow::{Destination, Source};
use crate::platform::{browser, intl};

/// The check-answers page.
#[component]
pub fn CheckAnswers() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let destination = expect_context::<Destination>();
    let delivery = expect_context::<Delivering>();
    let in_use = expect_context::<outbox::InUse>();
    let source = StoredValue::new(expect_context::<Source>().0);
    // One submission id and reference while this page shows: pressing "Send" again after a
    // failure repeats the same submission, which the receiver drops if the first did arrive.
    // Changing an answer leaves the page, so a changed application gets a new id. An application
    // that came back as a draft after it was sent keeps its id and reference if it is unchanged.
    // Its time is set when "Send" is pressed.
    let identity =
        StoredValue::new(ctx.draft.with_untracked(|d| d.sent_identity().cloned()).unwrap_or_else(|| forms::Identity {
            submission_id: browser::random_id(),
            reference: forms::submission::reference_from(browser::random_bytes::<6>()),
            submitted_at_ms: 0,
            submitted_at: String::new(),
        }));
    let rows = move || {
        ctx.form.with_value(|f| {
            ctx.draft.with(|d| {
                f.steps(&d.answers)
                    .into_iter()
                    .flat_map(|step| f.step_questions(step, &d.answers).into_iter().map(move |q| (step, q)))
                    .map(|(step, q)| {
                        let shown = match d.answers.get(&q.id) {
                            Some(Answer::Media(m)) => view! { <MediaPreview media=m.clone() /> }.into_any(),
                            other => display(ctx, q, other).into_any(),
                        };
                        let label = ctx.text(&q.label);
                        let change = move |_| {
                            ctx.returning_to_check.set(true);
                            ctx.screen.set(Screen::Step(step));
                        };
                        view! {
                            <div class="summary__row">
                                <dt class="summary__key" dir="auto">{label.clone()}</dt>
                                <dd class="summary__value" dir="auto">{shown}</dd>
                                <dd class="summary__actions">
                                    <button type="button" class="link-button" on:click=change>
                                        {t(&ctx.lang.get(), "change")}
                                        " "
                                        <span class="visually-hidden">{label}</span>
                                    </button>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let send = move |_| {
        let errors = ctx.form.with_value(|f| ctx.draft.with(|d| f.validate_all(&d.answers)));
        if let Some(first) = errors.first() {
            // Something became invalid (e.g. a changed answer revealed a new required question):
            // go to it rather than send an incomplete application.
            let target = ctx.form.with_value(|f| {
                ctx.draft.with(|d| {
                    let top = first.field.split('.').next().unwrap_or_default().to_owned();
                    f.steps(&d.answers)
                        .into_iter()
                        .find(|s| f.step_questions(*s, &d.answers).iter().any(|q| q.id == top))
                })
            });
            ctx.errors.set(errors);
            ctx.returning_to_check.set(true);
            if let Some(step) = target {
                ctx.screen.set(Screen::Step(step));
            }
            return;
        }
        // The application goes into the outbox on the device first, then out; the confirmation
        // page says honestly where it stands.
        let now_ms = browser::now_ms();
        identity.update_value(|i| {
            if i.submitted_at.is_empty() {
                (i.submitted_at_ms, i.submitted_at) = (now_ms, browser::now_iso());
            }
        });
        let sent = identity.get_value();
        ctx.draft.update(|d| d.mark_sent(sent.clone(), now_ms));
        let item = forms::outbox::OutboxItem::new(
            ctx.draft.get_untracked(),
            source.get_value().to_string(),
            sent.submission_id,
            sent.reference.clone(),
            sent.submitted_at_ms,
            sent.submitted_at,
        );
        ctx.draft.update(|d| d.nickname = Some(sent.reference));
        outbox::submit(ctx, destination.clone(), delivery.0, in_use, item);
        ctx.screen.set(Screen::Done);
    };
    view! {
        <h1 class="heading" id="question-heading" tabindex="-1">{move || t(&ctx.lang.get(), "check-title")}</h1>
        <p class="lead">{move || t(&ctx.lang.get(), "check-intro")}</p>
        <dl class="summary">{rows}</dl>
        <button type="button" class="button" on:click=send>{move || t(&ctx.lang.get(), "submit")}</button>
        <KeepCopy />
    }
}

/// Every question the applicant was asked, with their answer as they read it back, in order
/// (what "Keep a copy" writes).
pub fn summary_lines(ctx: FormContext) -> Vec<(String, String)> {
    ctx.form.with_value(|f| {
        ctx.draft.with_untracked(|d| {
            f.steps(&d.answers)
                .into_iter()
                .flat_map(|step| f.step_questions(step, &d.answers))
                .map(|q| (ctx.text(&q.label), display(ctx, q, d.answers.get(&q.id))))
                .collect()
        })
    })
}

/// An answer as the applicant reads it back.
fn display(ctx: crate::context::FormContext, q: &Question, answer: Option<&Answer>) -> String {
    let lang = ctx.lang.get();
    let Some(answer) = answer else { return t(&lang, "not-answered").to_owned() };
    let choice = |v: &str| q.choices.iter().find(|c| c.value == v).map_or_else(|| v.to_owned(), |c| ctx.text(&c.label));
    match answer {
        Answer::Text(s) => s.clone(),
        Answer::Date(d) => intl::date(&lang, d),
        Answer::Number(n) => intl::number(&lang, *n),
        Answer::Bool(b) if q.kind == QuestionType::Consent => {
            t(&lang, if *b { "consent-agree" } else { "no" }).to_owned()
        }
        Answer::Bool(b) => t(&lang, if *b { "yes" } else { "no" }).to_owned(),
        Answer::Choice(v) => choice(v),
        Answer::Choices(vs) => vs.iter().map(|v| choice(v)).collect::<Vec<_>>().join(", "),
        Answer::Scale(v) => intl::number(&lang, f64::from(*v)),
        Answer::Media(m) => m.name.clone(),
        Answer::Entries(entries) => entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let parts: Vec<String> =
                    q.questions.iter().filter_map(|m| e.get(&m.id).map(|a| display(ctx, m, Some(a)))).collect();
                format!("{}. {}", i + 1, parts.join(" – "))
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}
