//! A repeatable group ("add another team member"): each entry labelled, add and remove within
//! the group's limits.

use forms::{Answer, Answers, Question};
use leptos::prelude::*;

use crate::components::question_field::{QuestionField, field_parts};
use crate::context::{FormContext, Scope, html_id};
use crate::i18n::t;

/// A repeatable group of questions.
#[component]
pub fn GroupField(
    /// The group question.
    question: Question,
    /// Whether its label is the page heading.
    as_heading: bool,
) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let field = question.id.clone();
    let id = html_id(&field);
    let label = question.label.clone();
    let entry_label = question.entry_label.clone();
    let max = question.max_entries.map(|m| m as usize);
    let gid = question.id.clone();
    // A memo, so typing in an entry (which changes the draft) does not rebuild the entries and
    // take the focus away from the box being typed in; only adding or removing one does.
    let count = {
        let gid = gid.clone();
        Memo::new(move |_| ctx.draft.with(|d| d.answers.entry_count(&gid)))
    };
    // Bumped when entries move: the boxes keep what was typed rather than follow the draft, so
    // a reorder must rebuild them from the draft.
    let arrangement = RwSignal::new(0u32);
    let add = {
        let gid = gid.clone();
        move |_| {
            let now = crate::platform::browser::now_ms();
            ctx.draft.update(|d| {
                d.answers.entries_mut(&gid).push(Answers::default());
                d.updated_at_ms = now;
            });
        }
    };
    let members = question.questions.clone();
    let entries = {
        let gid = gid.clone();
        move || {
            let n = count.get();
            arrangement.track();
            (0..n)
                .map(|index| {
                    let scope = Scope::Entry { group: gid.clone(), index };
                    let entry_title = {
                        let entry_label = entry_label.clone();
                        move || {
                            let text = ctx.text(&entry_label);
                            if text.is_empty() {
                                format!("{}", index + 1)
                            } else {
                                text.replace("{n}", &(index + 1).to_string())
                            }
                        }
                    };
                    let fields = members
                        .iter()
                        .map(|m| {
                            let (m_visible, gid) = (m.clone(), gid.clone());
                            let visible = Memo::new(move |_| {
                                ctx.form.with_value(|f| {
                                    ctx.draft.with(|d| {
                                        let entry = match d.answers.0.get(&gid) {
                                            Some(Answer::Entries(e)) => e.get(index).cloned().unwrap_or_default(),
                                            _ => Answers::default(),
                                        };
                                        f.entry_question_visible(&m_visible, &entry, &d.answers)
                                    })
                                })
                            });
                            let (m, scope) = (m.clone(), scope.clone());
                            view! {
                                <Show when=move || visible.get()>
                                    <QuestionField question=m.clone() scope=scope.clone() />
                                </Show>
                            }
                        })
                        .collect_view();
                    let gid_remove = gid.clone();
                    let remove = move |_| {
                        let now = crate::platform::browser::now_ms();
                        ctx.draft.update(|d| {
                            let entries = d.answers.entries_mut(&gid_remove);
                            if index < entries.len() {
                                entries.remove(index);
                            }
                            d.updated_at_ms = now;
                        });
                    };
                    let gid_move = gid.clone();
                    let move_by = move |offset: isize| {
                        let gid = gid_move.clone();
                        move |_| {
                            let now = crate::platform::browser::now_ms();
                            ctx.draft.update(|d| {
                                let entries = d.answers.entries_mut(&gid);
                                let other = index as isize + offset;
                                if other >= 0 && (other as usize) < entries.len() {
                                    entries.swap(index, other as usize);
                                }
                                d.updated_at_ms = now;
                            });
                            arrangement.update(|g| *g += 1);
                            // The entries are rebuilt in their new order; the moved one keeps focus.
                            let target = format!("entry-{}-{}", gid, other_index(index, offset));
                            request_animation_frame(move || {
                                crate::platform::browser::focus(&target);
                            });
                        }
                    };
                    let last = index + 1 == n;
                    let entry_id = format!("entry-{gid}-{index}");
                    view! {
                        <section class="entry" aria-label=entry_title.clone()>
                            <h2 class="entry__title" id=entry_id tabindex="-1">{entry_title.clone()}</h2>
                            {fields}
                            <div class="entry__actions">
                                {(index > 0).then(|| view! {
                                    <button type="button" class="button button--secondary" on:click=move_by(-1)>
                                        {move || t(&ctx.lang.get(), "move-up")}
                                        " "<span class="visually-hidden">{entry_title.clone()}</span>
                                    </button>
                                })}
                                {(!last).then(|| view! {
                                    <button type="button" class="button button--secondary" on:click=move_by(1)>
                                        {move || t(&ctx.lang.get(), "move-down")}
                                        " "<span class="visually-hidden">{entry_title.clone()}</span>
                                    </button>
                                })}
                            <button type="button" class="button button--secondary" on:click=remove>
                                {move || t(&ctx.lang.get(), "remove-entry")}
                                " "<span class="visually-hidden">{entry_title.clone()}</span>
                            </button>
                            </div>
                        </section>
                    }
                })
                .collect_view()
        }
    };
    let can_add = move || max.is_none_or(|m| count.get() < m);
    let error_class = {
        let field = field.clone();
        move || ctx.error_for(&field).is_some()
    };
    let heading_id = as_heading.then_some("question-heading");
    let title = if as_heading {
        view! { <h1 class="heading" id=heading_id tabindex="-1" dir="auto">{move || ctx.text(&label)}</h1> }.into_any()
    } else {
        view! { <h2 class="label" dir="auto">{move || ctx.text(&label)}</h2> }.into_any()
    };
    let add_button = view! {
        <Show when=can_add>
            <button type="button" class="button button--secondary" on:click=add.clone()>
                {move || t(&ctx.lang.get(), "add-entry")}
            </button>
        </Show>
    };
    let control = [entries.into_any(), add_button.into_any()];
    view! {
        <div class="field group" class:field--error=error_class id=id.clone()>
            {field_parts(ctx, &question, field.clone(), &id, title, control)}
        </div>
    }
}

fn other_index(index: usize, offset: isize) -> usize {
    index.saturating_add_signed(offset)
}
