//! When the form cannot be shown: a plain sentence for the applicant, and every detail for the
//! organisers (a broken definition lists each problem with its line and column).

use leptos::prelude::*;

use crate::i18n::t;
use crate::loader::LoadError;
use crate::platform::browser;

/// The page shown instead of a form that cannot be loaded.
#[component]
pub fn LoadFailed(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    let lang = browser::query_param("lang").unwrap_or_else(|| "en".to_owned());
    let problems = match &error {
        LoadError::DefinitionInvalid { problems, .. } => {
            problems.iter().map(|p| view! { <li><code>{format!("{}:{}:{}", p.file, p.line, p.column)}</code>" "{p.message.clone()}</li> }).collect_view().into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <main id="main" class="main">
            <h1 class="heading">{t(&lang, "cannot-open")}</h1>
            <p class="lead">{t(&lang, "cannot-open-next")}</p>
            <details class="details" open>
                <summary>{t(&lang, "details-for-organisers")}</summary>
                <p class="organiser-error">{error.to_string()}</p>
                <ul class="problems">{problems}</ul>
            </details>
        </main>
    }
}
