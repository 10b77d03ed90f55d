//! Applications in progress on this device, on the start page: continue one, or delete one
//! (after a confirmation). Only when and how recently each was changed is shown, never answers:
//! the next person to pick up a shared tablet must not read them. An application protected by a
//! PIN shows only its nickname, opens only with its PIN, and cannot be deleted from the list.

use forms::Draft;
use forms::sealed::Sealed;
use leptos::prelude::*;

use crate::context::{FormContext, Screen};
use crate::i18n::{t, t1};
use crate::pages::form_flow::Source;
use crate::platform::storage::Read;
use crate::platform::{browser, intl, seal, storage};

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
        // An application that was sent and came back unchanged opens where it was sent from:
        // "Send" there is the same submission again (`Draft::sent_identity`).
        let sent = draft.sent_identity().is_some();
        ctx.draft.set(draft);
        ctx.started.set(true);
        ctx.screen.set(if sent { Screen::Check } else { step.map_or(Screen::Check, Screen::Step) });
    };
    let delete = move |id: String| {
        leptos::task::spawn_local(async move {
            if storage::delete_draft(&id).await.is_ok() {
                ctx.drafts.update(|ds| ds.retain(|d| d.id() != id));
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
                // One that cannot be read is not listed (and stays stored, never deleted).
                .filter_map(|saved| saved.read().map(|read| (saved, read)))
                .map(|(saved, read)| {
                    let when = intl::date_time(&lang, saved.updated_at_ms());
                    let label = t1(&lang, "draft-edited", "when", when);
                    let nickname = saved.nickname().map(str::to_owned);
                    let actions = match read {
                        Read::Open(d) => {
                            open_actions(d, label.clone(), confirming, Callback::new(resume), Callback::new(delete))
                                .into_any()
                        }
                        Read::Sealed(s) => view! { <PinEntry record=s label=label.clone() resume=Callback::new(resume) /> }.into_any(),
                    };
                    view! {
                        <li class="draft">
                            <p class="draft__when" dir="auto">{nickname.map(|n| view! { <strong><bdi>{n}</bdi>" — "</strong> })}{label}</p>
                            {actions}
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

/// Continue and Delete (with its confirmation) for a draft without a PIN.
fn open_actions(
    d: Draft,
    label: String,
    confirming: RwSignal<Option<String>>,
    resume: Callback<Draft>,
    delete: Callback<String>,
) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let id = d.id.clone();
    let asking = {
        let id = id.clone();
        move || confirming.get().as_deref() == Some(id.as_str())
    };
    move || {
        if asking() {
            let id = id.clone();
            view! {
                <div class="draft__confirm" role="alert">
                    <p>{t(&ctx.lang.get(), "draft-delete-confirm")}</p>
                    <button type="button" class="button button--warning" on:click=move |_| delete.run(id.clone())>
                        {t(&ctx.lang.get(), "draft-delete-yes")}
                    </button>
                    " "
                    <button type="button" class="button button--secondary" on:click=move |_| confirming.set(None)>
                        {t(&ctx.lang.get(), "draft-delete-no")}
                    </button>
                </div>
            }
            .into_any()
        } else {
            let (d, id, label) = (d.clone(), id.clone(), label.clone());
            view! {
                <div class="draft__actions">
                    <button type="button" class="button" on:click=move |_| resume.run(d.clone())>
                        {t(&ctx.lang.get(), "draft-continue")}
                        " "<span class="visually-hidden">{label.clone()}</span>
                    </button>
                    " "
                    <button type="button" class="button button--secondary" on:click=move |_| confirming.set(Some(id.clone()))>
                        {t(&ctx.lang.get(), "draft-delete")}
                        " "<span class="visually-hidden">{label}</span>
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

/// The PIN box of a sealed draft: the right PIN opens it; a wrong one is counted (on the
/// device) and makes the next try wait longer; nothing is ever deleted for wrong PINs.
#[component]
fn PinEntry(record: Sealed, label: String, resume: Callback<Draft>) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let destination = expect_context::<crate::pages::form_flow::Destination>();
    let delivering = expect_context::<crate::outbox::Delivering>().0;
    let record = RwSignal::new(record);
    let pin = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let working = RwSignal::new(false);
    let field = format!("pin-{}", record.with_untracked(|r| r.draft_id.clone()));
    let error_id = format!("{field}-error");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if working.get_untracked() {
            return;
        }
        let lang = ctx.lang.get_untracked();
        let current = record.get_untracked();
        if seal::seconds_to_wait(&current) > 0 {
            let at = intl::date_time(&lang, current.retry_after_ms);
            problem.set(Some(format!("{} {}", t(&lang, "pin-wrong"), t1(&lang, "pin-wait", "time", at))));
            return;
        }
        let typed = forms::sealed::normalise_pin(&pin.get_untracked()).unwrap_or_default();
        working.set(true);
        let destination = destination.clone();
        leptos::task::spawn_local(async move {
            match seal::open(&current, &typed).await.map(|plain| Draft::from_json(&plain)) {
                Ok(Ok(draft)) => {
                    problem.set(None);
                    resume.run(draft);
                    leptos::task::spawn_local(crate::outbox::send_waiting(ctx, destination, delivering));
                }
                Ok(Err(_)) | Err(seal::SealError::WrongPin | seal::SealError::Locked) => {
                    let mut counted = current;
                    counted.record_wrong_pin(browser::now_ms());
                    let _ = storage::save_sealed(&counted).await;
                    let mut message = t(&lang, "pin-wrong");
                    if counted.retry_after_ms > browser::now_ms() {
                        let at = intl::date_time(&lang, counted.retry_after_ms);
                        message = format!("{message} {}", t1(&lang, "pin-wait", "time", at));
                    }
                    record.set(counted);
                    problem.set(Some(message));
                }
                Err(seal::SealError::Unavailable(_)) => problem.set(Some(t(&lang, "pin-unavailable"))),
            }
            working.set(false);
        });
    };
    let (for_label, input_id, described) = (field.clone(), field.clone(), error_id.clone());
    view! {
        <form class="draft__pin" novalidate on:submit=submit>
            <p class="hint">{move || t(&ctx.lang.get(), "pin-protected")}</p>
            <label class="label" for=for_label>
                {move || t(&ctx.lang.get(), "pin-enter")}" "<span class="visually-hidden">{label.clone()}</span>
            </label>
            {move || problem.get().map(|p| view! { <p class="error-message" id=error_id.clone() role="alert">{p}</p> })}
            <input class="input input--short" id=input_id type="password" inputmode="numeric" autocomplete="off"
                maxlength="8" name="pin"
                aria-describedby=move || problem.get().map(|_| described.clone())
                aria-invalid=move || problem.get().map(|_| "true")
                on:input=move |ev| pin.set(event_target_value(&ev)) />
            " "
            <button type="submit" class="button" aria-disabled=move || working.get().then_some("true")>
                {move || t(&ctx.lang.get(), "pin-open")}
            </button>
        </form>
    }
}
