//! One application, from the start page to the confirmation: holds its state and shows the
//! screen it is on.

use forms::Draft;
use leptos::prelude::*;

use crate::components::language_switcher::LanguageSwitcher;
use crate::context::{AssetBase, FormContext, Screen};
use crate::i18n::{is_rtl, t};
use crate::loader::LoadedForm;
use crate::pages::start::StartPage;
use crate::pages::step::StepPage;
use crate::platform::browser;

/// Where the applicant's data goes, from `config.json` (never from the link), and how long a copy
/// stays on the device once it is there.
#[derive(Clone)]
pub struct Destination {
    /// The endpoint.
    pub endpoint: std::sync::Arc<forms::Endpoint>,
    /// `keep_delivered_hours` from `config.json`.
    pub keep_delivered_hours: u32,
}

/// Shared-tablet mode, from `config.json` (`None`: off).
#[derive(Clone)]
pub struct SharedTabletMode(pub Option<forms::SharedTablet>);

/// The definition's text, to hash into drafts and notice a changed form.
#[derive(Clone)]
pub struct Source(pub std::sync::Arc<str>);

/// The screens of one form.
#[component]
pub fn FormFlow(
    /// The loaded, checked form.
    loaded: LoadedForm,
) -> impl IntoView {
    let lang = loaded.language.clone();
    let draft = Draft::new(&loaded.form, &loaded.source, browser::random_id(), lang.clone(), browser::now_ms());
    let ctx = FormContext {
        form: StoredValue::new(loaded.form.clone()),
        draft: RwSignal::new(draft),
        lang: RwSignal::new(lang),
        errors: RwSignal::new(Vec::new()),
        screen: RwSignal::new(Screen::Start),
        returning_to_check: RwSignal::new(false),
        outbox_changed: RwSignal::new(0),
        asset_base: StoredValue::new(AssetBase::of(&loaded.definition_url)),
        drafts: RwSignal::new(loaded.drafts.clone()),
        started: RwSignal::new(false),
        storage_problem: RwSignal::new(loaded.storage_problem.clone()),
        orphans: RwSignal::new(Vec::new()),
        new_version: RwSignal::new(false),
    };
    provide_context(ctx);
    provide_context(Source(loaded.source.clone()));
    provide_context(SharedTabletMode(loaded.shared_tablet.clone()));
    crate::idle_lock::install(ctx, loaded.shared_tablet.as_ref());
    crate::autosave::install(ctx);
    let delivering = crate::outbox::Delivering(RwSignal::new(None));
    provide_context(delivering);
    let destination =
        Destination { endpoint: loaded.endpoint.clone(), keep_delivered_hours: loaded.keep_delivered_hours };
    crate::outbox::install(ctx, destination.clone(), delivering.0);
    crate::parts::preload_when_started(ctx);
    // Sent: no longer an application in progress. Its stored draft is deleted once the outbox on
    // the device has it (`outbox::submit`).
    Effect::new(move |_| {
        if ctx.screen.get() == Screen::Done {
            let id = ctx.draft.with_untracked(|d| d.id.clone());
            ctx.drafts.update(|ds| ds.retain(|d| d.id() != id));
        }
    });
    provide_context(destination.clone());

    Effect::new(move |_| {
        let lang = ctx.lang.get();
        browser::set_document_language(&lang, is_rtl(&lang));
    });
    // After the screen changes, move focus to its heading so screen readers announce the new
    // question instead of staying silent on a button that no longer exists.
    Effect::new(move |previous: Option<Screen>| {
        let screen = ctx.screen.get();
        if previous.is_some_and(|p| p != screen) {
            request_animation_frame(|| {
                browser::scroll_to_top();
                browser::focus_heading();
            });
        }
        screen
    });

    // The service worker's register script says when a new version is installed and waiting, and
    // when the app could not be stored for use without a connection (maybe before this listens).
    let on_new_version = window_event_listener_untyped("seedform:new-version", move |_| ctx.new_version.set(true));
    let offline_failed = RwSignal::new(browser::root_attribute("data-seedform-offline").as_deref() == Some("failed"));
    let on_offline_failed = window_event_listener_untyped("seedform:offline-failed", move |_| offline_failed.set(true));
    on_cleanup(move || {
        on_new_version.remove();
        on_offline_failed.remove();
    });

    let page_title = loaded.form.title.clone();
    Effect::new(move |_| browser::set_title(&ctx.text(&page_title)));

    // The checker has already refused colours below WCAG AA contrast.
    if let Some(theme) = &loaded.form.organisation.theme {
        browser::set_css_variable("--primary", &theme.primary);
        if let Some(text) = &theme.text {
            browser::set_css_variable("--text", text);
        }
        if let Some(background) = &theme.background {
            browser::set_css_variable("--background", background);
        }
    }
    crate::platform::embed::install(ctx, &loaded.embedding);
    let logo = loaded.form.organisation.logo.as_ref().map(|l| AssetBase::of(&loaded.definition_url).join(l));

    let org = loaded.form.organisation.name.clone();
    let title = loaded.form.title.clone();
    let shared = loaded.shared_tablet.is_some();
    view! {
        <header class="header">
            <div class="header__inner">
                {logo.map(|src| view! { <img class="header__logo" src=src alt="" height="40" /> })}
                <p class="header__org" dir="auto">{move || ctx.text(&org)}</p>
                <p class="header__title" dir="auto">{move || ctx.text(&title)}</p>
                <LanguageSwitcher />
            </div>
        </header>
        <main id="main" class="main">
            {move || ctx.new_version.get().then(|| view! {
                <p class="notice" role="status">{move || t(&ctx.lang.get(), "new-version")}</p>
            })}
            {move || offline_failed.get().then(|| view! {
                <p class="notice notice--warning" role="status">{move || t(&ctx.lang.get(), "offline-unavailable")}</p>
            })}
            {move || {
                let orphans = ctx.orphans.get();
                (!orphans.is_empty() && matches!(ctx.screen.get(), Screen::Step(_) | Screen::Check)).then(|| view! {
                    <div class="notice" role="status" id="form-changed">
                        <p>{move || t(&ctx.lang.get(), "form-changed")}</p>
                        <ul>{orphans.into_iter().map(|(id, text)| view! { <li dir="auto"><code>{id}</code>": "{text}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            {move || ctx.storage_problem.get().map(|_| view! {
                <p class="notice notice--warning" role="status">{move || t(&ctx.lang.get(), "storage-unavailable")}</p>
            })}
            {move || match ctx.screen.get() {
                Screen::Start => view! { <StartPage /> }.into_any(),
                Screen::Step(step) => view! { <StepPage step /> }.into_any(),
                Screen::Check => crate::parts::show(crate::parts::check_answers, (), true).into_any(),
                Screen::Done => {
                    crate::parts::show_or(crate::parts::confirmation, (), true, crate::parts::Missing::Confirmation)
                        .into_any()
                }
            }}
            {shared.then_some(move || (ctx.screen.get() != Screen::Start).then(|| {
                let done = ctx.screen.get() == Screen::Done;
                let destination = destination.clone();
                view! {
                    <p class="lock">
                        <button type="button" class="button button--secondary" id="lock-now"
                            on:click=move |_| if done { crate::idle_lock::finish_and_clear(ctx, destination.clone(), delivering.0) } else { crate::idle_lock::lock_now(ctx) }>
                            {move || t(&ctx.lang.get(), if done { "finish-clear" } else { "lock-now" })}
                        </button>
                    </p>
                }
            }))}
        </main>
    }
}
