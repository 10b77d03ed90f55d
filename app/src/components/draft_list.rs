//! Applications in progress on this device, on the start page: continue one, or delete one
//! (after a confirmation). Only when and how recently each was changed is shown, never answers:
//! the next person to pick up a shared tablet must not read them.

use forms::Draft;
use leptos::prelude::*;

use crate::context::{FormContext, Screen};
use crate::i18n::{t, t1};
use crate::pages::form_flow::Source;
use crate::platform::{intl, storage};

/// The list of drafts; renders nothing when there are none.
#[component]
pub fn DraftList() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let source = StoredValue::new(expect_context::<Source>().0);
    let confirming = RwSignal::new(None::<String>);
    let resume = move |draft: Draft| {
        let mut draft = draft;
        let position = draft.position.clone();
        let orphans = ctx.form.with_value(|f| {
            source.with_value(|source| {
                if draft.is_for_other_version(f, source) {
                    // A new form version: answers to removed questions stay in the draft.
                    draft.migrate_to(f, source);
                }
            });
            draft
                .orphaned_answers(f)
                .into_iter()
                .map(|(id, a)| (id.to_owned(), a.to_plain_json().to_string().trim_matches('"').to_owned()))
                .collect::<Vec<_>>()
        });
        ctx.orphans.set(orphans);
        if crate::i18n::has_interface(&draft.language) {
            ctx.lang.set(draft.language.clone());
        }
        let step = ctx.form.with_value(|f| {
            let steps = f.steps(&draft.answers);
            position
                .and_then(|p| steps.iter().copied().find(|s| crate::context::step_key(f, *s) == p))
                .or_else(|| steps.first().copied())
        });
        ctx.draft.set(draft);
        ctx.started.set(true);
        ctx.screen.set(step.map_or(Screen::Check, Screen::Step));
    };
    let delete = move |id: String| {
        leptos::task::spawn_local(async move {
            if storage::delete_draft(&id).await.is_ok() {
                ctx.drafts.update(|ds| ds.retain(|d| d.id != id));
            }
            confirming.set(None);
        });
    };
    move || {
        let drafts = ctx.drafts.get();
        (!drafts.is_empty()).then(|| {
            let lang = ctx.lang.get();
            let items = drafts
                .into_iter()
                .map(|d| {
                    let when = intl::date_time(&lang, d.updated_at_ms);
                    let label = t1(&lang, "draft-edited", "when", when);
                    let id = d.id.clone();
                    let (id_ask, id_yes) = (id.clone(), id.clone());
                    let asking = {
                        let id = id.clone();
                        move || confirming.get().as_deref() == Some(id.as_str())
                    };
                    let nickname = d.nickname.clone();
                    view! {
                        <li class="draft">
                            <p class="draft__when" dir="auto">{nickname.map(|n| view! { <strong><bdi>{n}</bdi>" — "</strong> })}{label.clone()}</p>
                            {move || if asking() {
                                let id_yes = id_yes.clone();
                                view! {
                                    <div class="draft__confirm" role="alert">
                                        <p>{t(&ctx.lang.get(), "draft-delete-confirm")}</p>
                                        <button type="button" class="button button--warning" on:click=move |_| delete(id_yes.clone())>
                                            {t(&ctx.lang.get(), "draft-delete-yes")}
                                        </button>
                                        " "
                                        <button type="button" class="button button--secondary" on:click=move |_| confirming.set(None)>
                                            {t(&ctx.lang.get(), "draft-delete-no")}
                                        </button>
                                    </div>
                                }.into_any()
                            } else {
                                let (d, id_ask) = (d.clone(), id_ask.clone());
                                let label = label.clone();
                                view! {
                                    <div class="draft__actions">
                                        <button type="button" class="button" on:click=move |_| resume(d.clone())>
                                            {t(&ctx.lang.get(), "draft-continue")}
                                            " "<span class="visually-hidden">{label.clone()}</span>
                                        </button>
                                        " "
                                        <button type="button" class="button button--secondary" on:click=move |_| confirming.set(Some(id_ask.clone()))>
                                            {t(&ctx.lang.get(), "draft-delete")}
                                            " "<span class="visually-hidden">{label}</span>
                                        </button>
                                    </div>
                                }.into_any()
                            }}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="drafts" aria-labelledby="drafts-title">
                    <h2 id="drafts-title">{t(&lang, "drafts-title")}</h2>
                    <ul class="drafts__list">{items}</ul>
                    <h2>{t(&lang, "start-new")}</h2>
                </section>
            }
        })
    }
}
