//! The language switcher, on every screen: each language named in its own script. Switching
//! keeps every answer, the position and any errors; only the words change.

use leptos::prelude::*;

use crate::context::FormContext;
use crate::i18n::{LANGUAGES, has_interface, t};
use crate::loader::load_interface_language;

/// A native `<select>`: every keyboard, screen reader and phone already knows how to use it.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    let languages: Vec<(String, &'static str)> = ctx.form.with_value(|f| {
        f.languages
            .iter()
            .filter(|l| has_interface(l))
            .map(|l| (l.clone(), LANGUAGES.iter().find(|(tag, _)| tag == l).map_or("", |(_, name)| *name)))
            .collect()
    });
    let on_change = move |ev: leptos::ev::Event| {
        let lang = event_target_value(&ev);
        leptos::task::spawn_local(async move {
            load_interface_language(&lang).await;
            ctx.draft.update(|d| d.language = lang.clone());
            ctx.lang.set(lang);
        });
    };
    (languages.len() > 1).then(|| {
        let options = languages
            .into_iter()
            .map(|(tag, name)| {
                let selected = ctx.lang.get_untracked() == tag;
                view! { <option value=tag.clone() lang=tag selected=selected>{name}</option> }
            })
            .collect_view();
        view! {
            <div class="language">
                <label class="language__label" for="language">{move || t(&ctx.lang.get(), "language-switcher")}</label>
                <select class="language__select" id="language" prop:value=move || ctx.lang.get() on:change=on_change>{options}</select>
            </div>
        }
    })
}
