//! Seedform's form engine.
//!
//! Everything that gives a form its meaning lives here, with no browser dependency, so it is
//! tested with plain `cargo test` and shared by the checker command and the web app:
//!
//! - [`definition`]: the definition format (JSON, schema in `forms/schema/form.schema.json`);
//! - [`load()`] and [`check`]: reading a definition and reporting *every* problem with its line
//!   and column;
//! - [`condition`]: "show this only if …";
//! - [`flow`]: the steps an applicant takes, and which answers may be submitted;
//! - [`validate`]: typed violations that carry a translation key, never an English sentence;
//! - [`draft`]: an application in progress, as stored on the device;
//! - [`outbox`]: finished applications waiting to be delivered, and when to try again;
//! - [`sealed`]: shared-tablet mode, where a PIN seals what is stored;
//! - [`config`]: the deployment's `config.json` (forms on offer, where data goes);
//! - [`submission`]: what leaves the device;
//! - [`tus`]: resumable uploads of large recordings (a tus client that does no I/O).
#![deny(missing_docs)]

pub mod answer;
pub mod check;
pub mod condition;
pub mod config;
pub mod definition;
pub mod draft;
pub mod flow;
pub mod load;
pub mod outbox;
pub mod sealed;
pub mod spans;
pub mod submission;
pub mod text;
pub mod tus;
pub mod validate;

pub use answer::{Answer, Answers, MediaRef};
pub use check::{Assets, DirAssets};
pub use condition::{Comparison, Condition, Literal, Membership};
pub use config::{ConfigError, DeploymentConfig, EmbedConfig, Endpoint, EndpointKind, NamedTheme, SharedTablet};
pub use definition::{AnswerMode, Choice, Form, Layout, Page, Question, QuestionType, Rules, Scale, ScaleStyle};
pub use draft::{DRAFT_SCHEMA_VERSION, Draft, DraftError, Identity, SentAs, Summary};
pub use flow::Step;
pub use load::{Problem, load};
pub use text::Translated;
pub use validate::{FieldError, Param, Violation};

/// The JSON Schema of the deployment config, as published in `public/config.schema.json`.
#[cfg(feature = "schema")]
pub fn config_schema() -> String {
    let schema = schemars::schema_for!(DeploymentConfig);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The JSON Schema of the definition format, as published in `forms/schema/form.schema.json`.
#[cfg(feature = "schema")]
pub fn definition_schema() -> String {
    let schema = schemars::schema_for!(Form);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
