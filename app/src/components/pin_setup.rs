//! Shared-tablet mode, before a new application starts: the applicant chooses a nickname (all
//! that others will see) and a PIN that seals their answers and recordings on this device.

use forms::sealed::check_new_pin;
use leptos::prelude::*;

use crate::context::FormContext;
use crate::i18n::t;
use crate::platform::seal;

/// The longest nickname, in characters.
const NICKNAME_MAX: usize = 40;

/// The nickname-and-PIN form. `on_start` runs once the application may start (protected, or
/// without a PIN when `require_pin` is false and the applicant chose that).
#[component]
pub fn PinSetup(require_pin: bool, on_start: Callback<()>) -> impl IntoView {
    let ctx = expect_context::<FormContext>();
    // It appears when Start is pressed (and may arrive a moment later, `crate::parts`).
    request_animation_frame(|| {
        crate::platform::browser::focus("pin-nickname");
    });
    let nickname = RwSignal::new(String::new());
    let pin = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    // The message key of the problem, and the field it belongs to.
    let problem = RwSignal::new(None::<(&'static str, &'static str)>);
    let working = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if working.get_untracked() {
            return;
        }
        let name: String = nickname.get_untracked().trim().chars().take(NICKNAME_MAX).collect();
        if name.is_empty() {
            problem.set(Some(("pin-nickname-missing", "pin-nickname")));
            crate::platform::browser::focus("pin-nickname");
            return;
        }
        let chosen = match check_new_pin(&pin.get_untracked(), &again.get_untracked()) {
            Ok(p) => p,
            Err(p) => {
                let field = if p == forms::sealed::PinProblem::Mismatch { "pin-again" } else { "pin-new" };
                problem.set(Some((p.key(), field)));
                crate::platform::browser::focus(field);
                return;
            }
        };
        problem.set(None);
        working.set(true);
        let draft_id = ctx.draft.with_untracked(|d| d.id.clone());
        leptos::task::spawn_local(async move {
            match seal::start(&draft_id, &name, &chosen).await {
                Ok(()) => {
                    ctx.draft.update(|d| d.nickname = Some(name));
                    on_start.run(());
                }
                Err(_) => problem.set(Some(("pin-unavailable", "pin-nickname"))),
            }
            working.set(false);
        });
    };
    let error_for = move |field: &'static str| {
        move || {
            problem.get().filter(|(_, f)| *f == field).map(|(key, _)| {
                view! { <p class="error-message" id=format!("{field}-error")>{t(&ctx.lang.get(), key)}</p> }
            })
        }
    };
    let described = move |field: &'static str, hint: Option<&'static str>| {
        move || {
            let error = problem.get().filter(|(_, f)| *f == field).map(|_| format!("{field}-error"));
            let ids: Vec<String> = hint.map(str::to_owned).into_iter().chain(error).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move |field: &'static str| move || problem.get().is_some_and(|(_, f)| f == field).then_some("true");
    let lang = move || ctx.lang.get();
    // A PIN box: the new PIN and its repeat differ only in their id (which is also their label's
    // message key), their name and where the typed value goes.
    let pin_box = move |id: &'static str, name: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label class="label" for=id>{move || t(&lang(), id)}</label>
                {error_for(id)}
                <input class="input input--short" id=id name=name type="password" inputmode="numeric"
                    autocomplete="new-password" maxlength="8"
                    aria-describedby=described(id, None) aria-invalid=invalid(id)
                    on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };
    view! {
        <form class="pin-setup" novalidate on:submit=submit aria-labelledby="pin-title">
            <h2 id="pin-title">{move || t(&lang(), "pin-title")}</h2>
            <p>{move || t(&lang(), "pin-why")}</p>
            <div class="field">
                <label class="label" for="pin-nickname">{move || t(&lang(), "pin-nickname")}</label>
                <p class="hint" id="pin-nickname-hint">{move || t(&lang(), "pin-nickname-hint")}</p>
                {error_for("pin-nickname")}
                <input class="input" id="pin-nickname" name="nickname" type="text" autocomplete="off" dir="auto"
                    maxlength=NICKNAME_MAX.to_string()
                    aria-describedby=described("pin-nickname", Some("pin-nickname-hint"))
                    aria-invalid=invalid("pin-nickname")
                    on:input=move |ev| nickname.set(event_target_value(&ev)) />
            </div>
            {pin_box("pin-new", "pin", pin)}
            {pin_box("pin-again", "pin-again", again)}
            <p role="status" class="hint">{move || working.get().then(|| t(&lang(), "pin-working"))}</p>
            <button type="submit" class="button button--start" aria-disabled=move || working.get().then_some("true")>
                {move || t(&lang(), "pin-use")}
            </button>
            {(!require_pin).then(|| view! {
                " "
                <button type="button" class="button button--secondary" on:click=move |_| on_start.run(())>
                    {move || t(&lang(), "pin-skip")}
                </button>
            })}
        </form>
    }
}
