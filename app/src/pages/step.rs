//! One step: a question (one per page) or a page of questions, with the error summary,
//! progress, and Back / Continue.

use forms::{Layout, Step};
use leptos::prelude::*;

use crate::components::error_summary::ErrorSummary;
use crate::components::progress_bar::ProgressBar;
use crate::components::question_field::QuestionField;
use crate::context::{FormContext, Scope, Screen};
use crate::i18n::t;
use crate::platform::browser;

/// The step on screen.
#[component]
pub fn StepPage(
    /// Which step.
    step: Step,
) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    // Memos: typing changes the draft, but only a change in which questions are shown (or in
    // the number of steps) should rebuild the step, or the focus would jump out of the box.
    let shown = Memo::new(move |_| {
        ctx.form.with_value(|f| {
            ctx.draft.with(|d| f.step_questions(step, &d.answers).into_iter().map(|q| q.id.clone()).collect::<Vec<_>>())
        })
    });
    let steps = Memo::new(move |_| ctx.form.with_value(|f| ctx.draft.with(|d| f.steps(&d.answers))));
    let current = Signal::derive(move || steps.with(|s| s.iter().position(|x| *x == step).map_or(1, |i| i + 1)));
    let total = Signal::derive(move || steps.with(Vec::len));
    let grouped = ctx.form.with_value(|f| f.layout == Layout::Grouped);
    let page = ctx.form.with_value(|f| f.pages.get(step.page).cloned());
    let (page_title, page_intro) = page.as_ref().map(|p| (p.title.clone(), p.intro.clone())).unwrap_or_default();
    let has_intro = !page_intro.0.is_empty();

    let go_on = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let errors = ctx.form.with_value(|f| ctx.draft.with(|d| f.validate_step(step, &d.answers)));
        if !errors.is_empty() {
            ctx.errors.set(errors);
            request_animation_frame(|| {
                browser::focus("error-summary");
            });
            return;
        }
        ctx.errors.set(Vec::new());
        let next = if ctx.returning_to_check.get_untracked() {
            None
        } else {
            steps.with_untracked(|s| s.iter().position(|x| *x == step).and_then(|i| s.get(i + 1).copied()))
        };
        ctx.returning_to_check.set(false);
        ctx.screen.set(next.map_or(Screen::Check, Screen::Step));
    };
    let go_back = move |_| {
        ctx.errors.set(Vec::new());
        let previous = steps.with_untracked(|s| {
            s.iter().position(|x| *x == step).and_then(|i| i.checked_sub(1)).and_then(|i| s.get(i).copied())
        });
        ctx.screen.set(previous.map_or(Screen::Start, Screen::Step));
    };

    let questions = move || {
        let ids = shown.get();
        ctx.form.with_value(|f| {
            ids.iter()
                .filter_map(|id| f.question(id).cloned())
                .map(|q| view! { <QuestionField question=q scope=Scope::Top as_heading=!grouped /> })
                .collect_view()
        })
    };
    view! {
        <button type="button" class="link-button back-link" on:click=go_back>
            <span class="arrow" aria-hidden="true">"← "</span>{move || t(&ctx.lang.get(), "back")}
        </button>
        <ProgressBar current total />
        <ErrorSummary />
        <form class="step" novalidate on:submit=go_on>
            {if grouped {
                Some(view! {
                    <h1 class="heading" id="question-heading" tabindex="-1" dir="auto">{move || ctx.text(&page_title)}</h1>
                    {has_intro.then(|| view! { <p class="lead" dir="auto">{move || ctx.text(&page_intro)}</p> })}
                })
            } else {
                None
            }}
            {questions}
            <button type="submit" class="button">{move || t(&ctx.lang.get(), "continue")}</button>
        </form>
    }
}
