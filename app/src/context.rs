//! The state of one application in progress, shared by the screens that show it.

use std::sync::Arc;

use forms::{Answer, Draft, FieldError, Form, Translated};
use leptos::prelude::*;

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// What the scheme is, who can apply, whom to talk to.
    Start,
    /// A step of questions.
    Step(forms::Step),
    /// Check your answers.
    Check,
    /// Sent: the reference number.
    Done,
}

/// Where an answer lives: at the top level, or inside entry `index` (from 0) of group `group`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// A top-level question.
    Top,
    /// A member of a group entry.
    Entry {
        /// The group's question id.
        group: String,
        /// The entry, from 0.
        index: usize,
    },
}

impl Scope {
    /// The field path of question `id` here, as the engine's validation names it
    /// (`partners.2.name`, entries counted from 1).
    pub fn field(&self, id: &str) -> String {
        match self {
            Scope::Top => id.to_owned(),
            Scope::Entry { group, index } => format!("{group}.{}.{id}", index + 1),
        }
    }
}

/// The HTML id of a field path (`partners.2.name` → `f-partners-2-name`).
pub fn html_id(field: &str) -> String {
    format!("f-{}", field.replace('.', "-"))
}

/// The folder of the definition file, against which its picture and prompt paths resolve.
#[derive(Debug, Clone)]
pub struct AssetBase(pub String);

impl AssetBase {
    /// The base of a definition at `definition_url` (`forms/seed-fund.json` → `forms/`).
    pub fn of(definition_url: &str) -> Self {
        AssetBase(definition_url.rfind('/').map_or(String::new(), |i| definition_url[..=i].to_owned()))
    }

    /// The address of `relative` (already checked by the engine to stay inside the folder).
    pub fn join(&self, relative: &str) -> String {
        format!("{}{}", self.0, relative.trim_start_matches("./"))
    }
}

/// Everything the screens of one form share.
#[derive(Clone, Copy)]
pub struct FormContext {
    /// The definition.
    pub form: StoredValue<Arc<Form>>,
    /// The application in progress.
    pub draft: RwSignal<Draft>,
    /// The interface and content language.
    pub lang: RwSignal<String>,
    /// The problems found when "Continue" was last pressed.
    pub errors: RwSignal<Vec<FieldError>>,
    /// The screen showing.
    pub screen: RwSignal<Screen>,
    /// Where the definition's pictures and prompts are.
    pub asset_base: StoredValue<AssetBase>,
    /// Applications in progress on this device (for the start page).
    pub drafts: RwSignal<Vec<crate::platform::storage::Saved>>,
    /// Whether this application has been started (before that, nothing is saved).
    pub started: RwSignal<bool>,
    /// Why answers cannot be saved on this device, when they cannot.
    pub storage_problem: RwSignal<Option<String>>,
    /// Answers kept from an earlier form version whose questions are gone: (question id, answer
    /// as text). Shown to the applicant, never dropped silently.
    pub orphans: RwSignal<Vec<(String, String)>>,
    /// Whether a new version of the app is waiting (it is used next time).
    pub new_version: RwSignal<bool>,
    /// Whether "Continue" should return to the check-answers page (after a "Change" link).
    pub returning_to_check: RwSignal<bool>,
    /// Changes whenever an attempt at sending an application from the outbox on this device
    /// ends (delivered, refused, or waiting longer), so that the start page's list of them is
    /// read again.
    pub outbox_changed: RwSignal<u32>,
}

impl FormContext {
    /// `text` in the current language, falling back to the form's default.
    pub fn text(&self, text: &Translated) -> String {
        let lang = self.lang.get();
        self.form.with_value(|f| text.get(&lang, &f.default_language).to_owned())
    }

    /// The answer at `scope`/`id`, if any.
    pub fn answer(&self, scope: &Scope, id: &str) -> Option<Answer> {
        self.draft.with(|d| match scope {
            Scope::Top => d.answers.0.get(id).cloned(),
            Scope::Entry { group, index } => match d.answers.0.get(group) {
                Some(Answer::Entries(entries)) => entries.get(*index).and_then(|e| e.0.get(id).cloned()),
                _ => None,
            },
        })
    }

    /// Sets (or clears) the answer at `scope`/`id`. Clears that field's error once it is fixed
    /// only when "Continue" is pressed again, so messages do not flicker while typing.
    pub fn set_answer(&self, scope: &Scope, id: &str, answer: Option<Answer>) {
        let now = crate::platform::browser::now_ms();
        self.draft.update(|d| match scope {
            Scope::Top => d.set_answer(id, answer, now),
            Scope::Entry { group, index } => {
                if let Some(entry) = d.answers.entries_mut(group).get_mut(*index) {
                    entry.set(id, answer);
                }
                d.updated_at_ms = now;
            }
        });
    }

    /// The violation shown for `field`, if any.
    pub fn error_for(&self, field: &str) -> Option<forms::Violation> {
        self.errors.with(|es| es.iter().find(|e| e.field == field).map(|e| e.violation.clone()))
    }
}

/// A stable name for a step, saved in the draft so a resumed application opens where it was
/// left, even if a new form version moved things around.
pub fn step_key(form: &Form, step: forms::Step) -> String {
    let page = form.pages.get(step.page);
    let question = step.question.and_then(|q| page.and_then(|p| p.questions.get(q)));
    format!("{}/{}", page.map_or("", |p| p.id.as_str()), question.map_or("", |q| q.id.as_str()))
}
