//! Loading `config.json` and the chosen form definition at run time, so an organisation can
//! change a form by editing files, with no rebuild.

use std::sync::Arc;

use forms::{DeploymentConfig, Endpoint, Form, Problem};

use crate::platform::{browser, http, storage};

/// A form ready to fill.
#[derive(Clone)]
pub struct LoadedForm {
    /// The checked definition.
    pub form: Arc<Form>,
    /// The definition's text, hashed into drafts to notice edits.
    pub source: Arc<str>,
    /// The definition's URL, against which prompt and picture paths resolve.
    pub definition_url: Arc<str>,
    /// Where applications go: from `config.json` only, never from the link.
    pub endpoint: Arc<Endpoint>,
    /// The language to start in.
    pub language: String,
    /// What an embedding snippet chose (theme, the page to tell about progress), as config allows.
    pub embedding: crate::platform::embed::Embedding,
    /// Applications to this form in progress on this device, newest first.
    pub drafts: Vec<storage::Saved>,
    /// Shared-tablet mode, if `config.json` turns it on.
    pub shared_tablet: Option<forms::SharedTablet>,
    /// Why drafts cannot be kept on this device, if they cannot.
    pub storage_problem: Option<String>,
    /// Hours a delivered application's copy stays on the device (`config.json`).
    pub keep_delivered_hours: u32,
}

/// Why the form cannot be shown.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LoadError {
    /// `config.json` could not be fetched.
    #[error("config.json could not be fetched: {0}")]
    ConfigUnreachable(String),
    /// `config.json` is broken.
    #[error("{0}")]
    ConfigInvalid(String),
    /// The link asks for a form that is not configured.
    #[error("the link asks for the form \"{0}\", which config.json does not list")]
    UnknownForm(String),
    /// The definition could not be fetched.
    #[error("the form definition {url} could not be fetched: {reason}")]
    DefinitionUnreachable {
        /// The definition's address.
        url: String,
        /// What went wrong.
        reason: String,
    },
    /// The definition has problems.
    #[error("the form definition {url} has {} problem(s)", problems.len())]
    DefinitionInvalid {
        /// The definition's address.
        url: String,
        /// Every problem, with line and column.
        problems: Vec<Problem>,
    },
}

/// Loads the config, picks the form the link names (among configured forms only), and loads it.
pub async fn load_form() -> Result<LoadedForm, LoadError> {
    let config_text = http::get_text("config.json").await.map_err(|e| LoadError::ConfigUnreachable(e.to_string()))?;
    let config = DeploymentConfig::from_json(&config_text).map_err(|e| LoadError::ConfigInvalid(e.to_string()))?;
    let requested = browser::query_param("form");
    let entry =
        config.form(requested.as_deref()).ok_or_else(|| LoadError::UnknownForm(requested.unwrap_or_default()))?;
    let url = entry.definition.clone();
    let bytes = http::get_bytes(&url)
        .await
        .map_err(|e| LoadError::DefinitionUnreachable { url: url.clone(), reason: e.to_string() })?;
    let form = forms::load(&bytes, &url, None)
        .map_err(|problems| LoadError::DefinitionInvalid { url: url.clone(), problems })?;
    let endpoint = config.endpoint_for(&form.id).clone();
    let language = initial_language(&form, &config);
    load_interface_language(&language).await;
    storage::restore_backups().await;
    let (all, problem) = storage::load_drafts().await;
    let mut drafts: Vec<storage::Saved> = all.into_iter().filter(|d| d.form_id() == form.id).collect();
    drafts.sort_unstable_by_key(|d| std::cmp::Reverse(d.updated_at_ms()));
    let storage_problem = problem.map(|e| e.to_string());
    Ok(LoadedForm {
        // `forms::load` accepted it, so it is UTF-8: the quick check, and no copy.
        source: String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()).into(),
        form: Arc::new(form),
        definition_url: url.into(),
        endpoint: Arc::new(endpoint),
        language,
        embedding: crate::platform::embed::Embedding::from_link(&config),
        drafts,
        storage_problem,
        shared_tablet: config.shared_tablet.clone(),
        keep_delivered_hours: config.keep_delivered_hours,
    })
}

/// Fetches the interface messages for `lang` if they are not loaded yet. Without them the
/// interface stays in English, which is better than no interface at all.
pub async fn load_interface_language(lang: &str) {
    if crate::i18n::is_loaded(lang) || !crate::i18n::has_interface(lang) {
        return;
    }
    if let Ok(ftl) = http::get_text(&format!("locales/{lang}.ftl")).await {
        crate::i18n::add_language(lang, ftl);
    }
}

/// The first language: the link's `?lang=`, else the browser's languages, else the form default;
/// always one the form declares. (On a shared tablet a new application starts again from here,
/// never from the previous applicant's choice.)
fn initial_language(form: &Form, config: &DeploymentConfig) -> String {
    let declared = |tag: &str| {
        let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        form.languages.iter().find(|l| **l == tag || **l == primary).cloned()
    };
    browser::query_param("lang")
        .filter(|l| crate::platform::embed::link_may_choose_language(config, l))
        .and_then(|l| declared(&l))
        .or_else(|| browser::preferred_languages().iter().find_map(|l| declared(l)))
        .unwrap_or_else(|| form.default_language.clone())
}
