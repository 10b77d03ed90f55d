//! The deployment config: `config.json` beside the app's `index.html`, edited by the people who
//! run a scheme. It names the forms on offer and where completed applications go. Nothing in a
//! link can change where data goes: the app reads the endpoint only from here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The whole `config.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeploymentConfig {
    /// Where an editor finds the schema; ignored by Seedform.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The forms on offer; the first is opened when a link names none.
    pub forms: Vec<ConfiguredForm>,
    /// Where completed applications go, unless a form names its own.
    pub endpoint: Endpoint,
}

/// One form on offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConfiguredForm {
    /// The form's id, as in its definition and in links (`?form=seed-fund`).
    pub id: String,
    /// The definition file, relative to `index.html` (e.g. `forms/seed-fund.json`).
    pub definition: String,
    /// Where this form's applications go, if not the default endpoint.
    #[serde(default)]
    pub endpoint: Option<Endpoint>,
}

/// A place that receives completed applications.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    /// The address submissions are posted to (`https://…`; `http://` only for 127.0.0.1/localhost).
    pub url: String,
    /// The format the receiver expects.
    #[serde(default)]
    pub kind: EndpointKind,
    /// Extra headers sent with each submission (never secrets: everything here is public).
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
}

/// The format a receiver expects.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EndpointKind {
    /// `POST application/json`.
    #[default]
    Json,
    /// A classic `multipart/form-data` form post.
    Multipart,
    /// The OpenRosa 1.0 submission API (ODK Central, KoboToolbox, Ona).
    Openrosa,
}

/// Why `config.json` cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConfigError {
    /// Not valid JSON, or not the right shape.
    #[error("config.json is not valid: {0}")]
    Invalid(String),
    /// No form is listed.
    #[error("config.json lists no forms")]
    NoForms,
    /// An endpoint address that is not `https://` (or `http://` on this computer).
    #[error("the endpoint \"{0}\" must start with https:// (http:// is allowed only for 127.0.0.1 or localhost)")]
    InsecureEndpoint(String),
}

impl DeploymentConfig {
    /// Reads and checks `config.json`.
    pub fn from_json(text: &str) -> Result<Self, ConfigError> {
        let config: DeploymentConfig = serde_json::from_str(text).map_err(|e| ConfigError::Invalid(e.to_string()))?;
        if config.forms.is_empty() {
            return Err(ConfigError::NoForms);
        }
        for endpoint in std::iter::once(&config.endpoint).chain(config.forms.iter().filter_map(|f| f.endpoint.as_ref()))
        {
            if !is_allowed_endpoint(&endpoint.url) {
                return Err(ConfigError::InsecureEndpoint(endpoint.url.clone()));
            }
        }
        Ok(config)
    }

    /// The configured form a link asks for, or the first one. A link can only choose among
    /// configured forms; an unknown id gives `None` (never a definition from elsewhere).
    pub fn form(&self, requested: Option<&str>) -> Option<&ConfiguredForm> {
        match requested {
            Some(id) => self.forms.iter().find(|f| f.id == id),
            None => self.forms.first(),
        }
    }

    /// Where applications to form `id` go.
    pub fn endpoint_for(&self, id: &str) -> &Endpoint {
        self.forms.iter().find(|f| f.id == id).and_then(|f| f.endpoint.as_ref()).unwrap_or(&self.endpoint)
    }
}

fn is_allowed_endpoint(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") {
        return lower.len() > "https://".len();
    }
    let Some(rest) = lower.strip_prefix("http://") else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host =
        host.rsplit_once(':').map_or(host, |(h, port)| if port.chars().all(|c| c.is_ascii_digit()) { h } else { host });
    matches!(host, "127.0.0.1" | "localhost" | "[::1]")
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    const CONFIG: &str = r#"{
        "forms": [
            {"id": "seed-fund", "definition": "forms/seed-fund.json"},
            {"id": "survey", "definition": "forms/survey.json", "endpoint": {"url": "https://odk.example.org/v1/projects/1/submission", "kind": "openrosa"}}
        ],
        "endpoint": {"url": "http://127.0.0.1:8788/submissions"}
    }"#;

    #[test]
    fn a_link_chooses_only_among_configured_forms() {
        let c = DeploymentConfig::from_json(CONFIG).expect("valid config");
        assert_eq!(c.form(None).map(|f| f.id.as_str()), Some("seed-fund"));
        assert_eq!(c.form(Some("survey")).map(|f| f.id.as_str()), Some("survey"));
        assert_eq!(c.form(Some("https://evil.example/form.json")), None);
        assert_eq!(c.endpoint_for("seed-fund").kind, EndpointKind::Json);
        assert_eq!(c.endpoint_for("survey").kind, EndpointKind::Openrosa);
    }

    #[test]
    fn plain_http_is_refused_except_on_this_computer() {
        for (url, ok) in [
            ("https://forms.example.org/in", true),
            ("http://127.0.0.1:8788/submissions", true),
            ("http://localhost/x", true),
            ("http://forms.example.org/in", false),
            ("http://127.0.0.1.evil.example/x", false),
            ("javascript:alert(1)", false),
            ("https://", false),
        ] {
            assert_eq!(is_allowed_endpoint(url), ok, "{url}");
        }
    }

    #[test]
    fn an_empty_or_broken_config_says_why() {
        assert_eq!(
            DeploymentConfig::from_json(r#"{"forms": [], "endpoint": {"url": "https://x.org"}}"#),
            Err(ConfigError::NoForms)
        );
        assert!(matches!(DeploymentConfig::from_json("{"), Err(ConfigError::Invalid(_))));
    }
}
