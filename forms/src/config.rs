//! The deployment config: `config.json` beside the app's `index.html`, edited by the people who
//! run a scheme. It names the forms on offer and where completed applications go. Nothing in a
//! link can change where data goes: the app reads the endpoint only from here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::definition::Theme;

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
    /// Which partner websites may embed the forms, and what their snippets may choose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embed: Option<EmbedConfig>,
    /// Shared-tablet mode, for devices many applicants use (a community centre's tablets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_tablet: Option<SharedTablet>,
    /// Hours a copy of an application stays on the device after the endpoint confirmed it
    /// (encrypted, when it has a PIN), e.g. so an organiser can ask for it again; then it is
    /// deleted the next time the app is opened. 0, the default, deletes it at once.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub keep_delivered_hours: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Shared-tablet mode (`"shared_tablet"` in `config.json`): each applicant protects their
/// application with a PIN (answers and recordings are then encrypted on the device), sees others'
/// applications only by nickname, and the app locks when left alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SharedTablet {
    /// Whether every new application must have a PIN (`true`), or the applicant may choose not
    /// to set one (`false`, the default: offered, not forced).
    #[serde(default)]
    pub require_pin: bool,
    /// Seconds without a touch or key press before an open application locks and the start
    /// screen returns (default 300; 0 never locks).
    #[serde(default = "default_lock_after")]
    pub lock_after_seconds: u32,
}

fn default_lock_after() -> u32 {
    300
}

/// What embedding on a partner's website may do (`"embed"` in `config.json`). A snippet chooses
/// the form, language and theme only among these; never where the data goes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EmbedConfig {
    /// The sites that may embed the app and hear its events (started, page changed, submitted with
    /// the reference), as origins: `https://www.partner.example.org`, no path. Also the list for the
    /// `frame-ancestors` header the app's host should send.
    #[serde(default)]
    pub allowed_origins: Vec<String>,
    /// Colour themes a snippet may choose by name (`data-theme="…"`, `?theme=…`).
    #[serde(default)]
    pub themes: Vec<NamedTheme>,
    /// The languages a snippet may choose (`data-lang`); empty: any language the form has.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// A colour theme a snippet may choose by name, checked for WCAG AA contrast like a form's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NamedTheme {
    /// Its name in snippets and links: lower-case letters, digits and `-`.
    pub name: String,
    /// Buttons, links and the header; white text is drawn on it.
    pub primary: String,
    /// Body text colour (default `#0b0c0c`).
    #[serde(default)]
    pub text: Option<String>,
    /// Page background colour (default `#ffffff`).
    #[serde(default)]
    pub background: Option<String>,
}

impl NamedTheme {
    /// Its colours, as a form's `organisation.theme` gives them.
    pub fn colours(&self) -> Theme {
        Theme { primary: self.primary.clone(), text: self.text.clone(), background: self.background.clone() }
    }
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
    /// `json` only: where recordings and files are uploaded first, in resumable chunks, with the
    /// tus 1.0 protocol (the URL uploads are created at, e.g. `https://forms.example.org/files/`;
    /// `http://` only for 127.0.0.1/localhost). The submission then names each upload by its URL
    /// (`"upload"` in the media answer) instead of carrying the bytes. Without it, recordings and
    /// files go in the submission itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploads: Option<String>,
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
    /// `uploads` on an endpoint whose format cannot name an upload (only `json` can).
    #[error("\"uploads\" ({0}) works only with \"kind\": \"json\"; remove it, or send as json")]
    UploadsNeedJson(String),
    /// An `embed.allowed_origins` entry that is not an origin.
    #[error(
        "embed.allowed_origins: \"{0}\" is not a website origin; write it as https://www.example.org, with no path (http:// only for 127.0.0.1 or localhost)"
    )]
    BadOrigin(String),
    /// An `embed.themes` entry that cannot be used.
    #[error("embed.themes: the theme \"{name}\" cannot be used: {problem}")]
    BadTheme {
        /// The theme's name.
        name: String,
        /// What is wrong with it.
        problem: String,
    },
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
            if let Some(uploads) = &endpoint.uploads {
                if !is_allowed_endpoint(uploads) {
                    return Err(ConfigError::InsecureEndpoint(uploads.clone()));
                }
                if endpoint.kind != EndpointKind::Json {
                    return Err(ConfigError::UploadsNeedJson(uploads.clone()));
                }
            }
        }
        let mut config = config;
        if let Some(embed) = &mut config.embed {
            for origin in &mut embed.allowed_origins {
                *origin = canonical_origin(origin).ok_or_else(|| ConfigError::BadOrigin(origin.clone()))?;
            }
            for theme in &embed.themes {
                let bad = |problem: String| ConfigError::BadTheme { name: theme.name.clone(), problem };
                let well_named = !theme.name.is_empty()
                    && theme.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if !well_named {
                    return Err(bad("a name uses only lower-case letters, digits and -".into()));
                }
                let mut problems = Vec::new();
                crate::check::check_theme(&theme.colours(), &mut |_, problem| problems.push(problem));
                if let Some(problem) = problems.into_iter().next() {
                    return Err(bad(problem));
                }
            }
        }
        Ok(config)
    }

    /// The origin a link's `?embed=` names, as `config.json` writes it, if it may embed the app
    /// and hear its events; `None` for any other (the app then tells no one anything).
    pub fn embed_origin(&self, requested: &str) -> Option<&str> {
        let requested = canonical_origin(requested)?;
        self.embed.as_ref()?.allowed_origins.iter().find(|o| **o == requested).map(String::as_str)
    }

    /// The colours of the theme a link names, if `config.json` offers it.
    pub fn theme(&self, name: &str) -> Option<Theme> {
        self.embed.as_ref()?.themes.iter().find(|t| t.name == name).map(NamedTheme::colours)
    }

    /// Whether a snippet may open the form in `lang` (the form must also have it).
    pub fn snippet_may_choose_language(&self, lang: &str) -> bool {
        self.embed.as_ref().is_none_or(|e| e.languages.is_empty() || e.languages.iter().any(|l| l == lang))
    }

    /// The value of the `Content-Security-Policy: frame-ancestors` directive the app's host should
    /// send: the app itself and the allowed origins, so no other site can frame it.
    pub fn frame_ancestors(&self) -> String {
        let origins = self.embed.iter().flat_map(|e| e.allowed_origins.iter().map(String::as_str));
        std::iter::once("frame-ancestors 'self'").chain(origins).collect::<Vec<_>>().join(" ")
    }

    /// The whole `Content-Security-Policy` header value the app's host should send with every
    /// file of the app: scripts only from the app itself (plus compiling its WebAssembly), no inline
    /// script or style, connections only to the app's own origin and the configured endpoints (and
    /// their `uploads`), and framing only by the configured partner sites (`frame_ancestors`).
    pub fn content_security_policy(&self) -> String {
        let mut endpoints: Vec<String> = std::iter::once(&self.endpoint)
            .chain(self.forms.iter().filter_map(|f| f.endpoint.as_ref()))
            .flat_map(|e| std::iter::once(&e.url).chain(&e.uploads))
            .filter_map(|url| url_origin(url))
            .collect();
        endpoints.sort_unstable();
        endpoints.dedup();
        let connect = std::iter::once("connect-src 'self'".to_owned()).chain(endpoints).collect::<Vec<_>>().join(" ");
        [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "style-src 'self'",
            "img-src 'self' blob: data:",
            "media-src 'self' blob:",
            &connect,
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            &self.frame_ancestors(),
        ]
        .join("; ")
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

/// `https://Example.org:443/` → `https://example.org`; `None` for anything that is not an
/// `https://` origin (or `http://` on this computer): paths, user names, wildcards, other schemes.
fn canonical_origin(origin: &str) -> Option<String> {
    let lower = origin.trim().to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    let host_port = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = match host_port.strip_prefix("[::1]") {
        Some("") => ("[::1]", None),
        Some(after) => ("[::1]", Some(after.strip_prefix(':')?)),
        None => host_port.split_once(':').map_or((host_port, None), |(h, p)| (h, Some(p))),
    };
    let host_ok = host == "[::1]"
        || (!host.is_empty()
            && !host.starts_with(['.', '-'])
            && !host.ends_with('.')
            && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'));
    let port_ok = port.is_none_or(|p| (1..=5).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()));
    let default_port = match scheme {
        "https" => "443",
        "http" if matches!(host, "127.0.0.1" | "localhost" | "[::1]") => "80",
        _ => return None,
    };
    if !host_ok || !port_ok {
        return None;
    }
    Some(match port {
        Some(p) if p != default_port => format!("{scheme}://{host}:{p}"),
        _ => format!("{scheme}://{host}"),
    })
}

/// The origin of an absolute `https://` (or local `http://`) address: `https://x.org/in?a` →
/// `https://x.org`.
fn url_origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    canonical_origin(&format!("{scheme}://{authority}"))
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

    const EMBED: &str = r##"{
        "forms": [{"id": "seed-fund", "definition": "forms/seed-fund.json"}],
        "endpoint": {"url": "https://forms.example.org/in"},
        "embed": {
            "allowed_origins": ["https://www.Partner.example.org/", "http://127.0.0.1:4183"],
            "themes": [{"name": "partner-green", "primary": "#0b6e4f"}],
            "languages": ["ar", "en"]
        }
    }"##;

    #[test]
    fn only_configured_sites_may_embed_and_hear_events() {
        let c = DeploymentConfig::from_json(EMBED).expect("valid config");
        assert_eq!(c.embed_origin("https://www.partner.example.org"), Some("https://www.partner.example.org"));
        assert_eq!(c.embed_origin("https://www.partner.example.org:443"), Some("https://www.partner.example.org"));
        assert_eq!(c.embed_origin("http://127.0.0.1:4183"), Some("http://127.0.0.1:4183"));
        for other in [
            "https://partner.example.org",
            "http://www.partner.example.org",
            "https://www.partner.example.org.evil.example",
            "http://127.0.0.1:4184",
            "https://www.partner.example.org/path",
            "null",
            "*",
            "",
        ] {
            assert_eq!(c.embed_origin(other), None, "{other}");
        }
        assert_eq!(c.frame_ancestors(), "frame-ancestors 'self' https://www.partner.example.org http://127.0.0.1:4183");
        // Without an "embed" block, no site hears anything, and the app may only frame itself.
        let plain = DeploymentConfig::from_json(CONFIG).expect("valid config");
        assert_eq!(plain.embed, None);
        assert_eq!(plain.embed_origin("http://127.0.0.1:4183"), None);
        assert_eq!(plain.frame_ancestors(), "frame-ancestors 'self'");
    }

    #[test]
    fn the_content_security_policy_allows_only_the_app_and_its_configured_endpoints() {
        let c = DeploymentConfig::from_json(CONFIG).expect("valid config");
        let csp = c.content_security_policy();
        assert!(csp.contains("; connect-src 'self' http://127.0.0.1:8788 https://odk.example.org; "), "{csp}");
        assert!(
            csp.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"),
            "{csp}"
        );
        assert!(csp.ends_with("; frame-ancestors 'self'"), "{csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains('*'), "{csp}");
        let embedded = DeploymentConfig::from_json(EMBED).expect("valid config").content_security_policy();
        assert!(embedded.contains("connect-src 'self' https://forms.example.org;"), "{embedded}");
        assert!(embedded.ends_with("frame-ancestors 'self' https://www.partner.example.org http://127.0.0.1:4183"));
    }

    #[test]
    fn a_snippet_chooses_theme_and_language_only_among_configured_ones_and_never_the_endpoint() {
        let c = DeploymentConfig::from_json(EMBED).expect("valid config");
        assert_eq!(c.theme("partner-green").map(|t| t.primary), Some("#0b6e4f".to_owned()));
        assert_eq!(c.theme("#ff0000"), None);
        assert!(c.snippet_may_choose_language("ar"));
        assert!(!c.snippet_may_choose_language("fa"));
        let any = DeploymentConfig::from_json(CONFIG).expect("valid config");
        assert!(any.snippet_may_choose_language("fa"));
        // The embed block has no say over where data goes.
        let endpoint = EMBED.replace(r#""languages""#, r#""endpoint": {"url": "https://evil.example"}, "languages""#);
        assert!(matches!(DeploymentConfig::from_json(&endpoint), Err(ConfigError::Invalid(_))));
    }

    #[test]
    fn a_bad_origin_or_theme_is_refused_with_the_reason() {
        for origin in ["https://*.example.org", "partner.example.org", "http://partner.example.org", "https://a.org/x"]
        {
            let text = EMBED.replace("https://www.Partner.example.org/", origin);
            assert_eq!(DeploymentConfig::from_json(&text), Err(ConfigError::BadOrigin(origin.to_owned())), "{origin}");
        }
        let pale = EMBED.replace("#0b6e4f", "#9fd8c4");
        let Err(ConfigError::BadTheme { name, problem }) = DeploymentConfig::from_json(&pale) else {
            panic!("a pale theme was accepted")
        };
        assert_eq!(name, "partner-green");
        assert!(problem.contains("contrast"), "{problem}");
        let badly_named = EMBED.replace("partner-green", "Partner Green");
        assert!(matches!(DeploymentConfig::from_json(&badly_named), Err(ConfigError::BadTheme { .. })));
    }

    #[test]
    fn uploads_go_where_the_config_says_over_https_and_only_for_json() {
        let with = |endpoint: &str| CONFIG.replace(r#"{"url": "http://127.0.0.1:8788/submissions"}"#, endpoint);
        let c = DeploymentConfig::from_json(&with(
            r#"{"url": "https://forms.example.org/in", "uploads": "https://media.example.org/files/"}"#,
        ))
        .expect("valid config");
        assert_eq!(c.endpoint_for("seed-fund").uploads.as_deref(), Some("https://media.example.org/files/"));
        assert_eq!(c.endpoint_for("survey").uploads, None);
        let csp = c.content_security_policy();
        assert!(
            csp.contains(
                "; connect-src 'self' https://forms.example.org https://media.example.org https://odk.example.org; "
            ),
            "{csp}"
        );
        let local = with(r#"{"url": "http://127.0.0.1:8788/submissions", "uploads": "http://127.0.0.1:8788/files/"}"#);
        let csp = DeploymentConfig::from_json(&local).expect("valid config").content_security_policy();
        assert!(csp.contains("connect-src 'self' http://127.0.0.1:8788 https://odk.example.org;"), "once: {csp}");
        let plain = with(r#"{"url": "https://forms.example.org/in", "uploads": "http://media.example.org/files/"}"#);
        assert_eq!(
            DeploymentConfig::from_json(&plain),
            Err(ConfigError::InsecureEndpoint("http://media.example.org/files/".into()))
        );
        let multipart = with(
            r#"{"url": "https://forms.example.org/in", "kind": "multipart", "uploads": "https://m.example.org/f/"}"#,
        );
        assert_eq!(
            DeploymentConfig::from_json(&multipart),
            Err(ConfigError::UploadsNeedJson("https://m.example.org/f/".into()))
        );
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
