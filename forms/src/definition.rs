//! The form definition: what an organisation writes in `forms/*.json`.
//!
//! The format is JSON, described by `forms/schema/form.schema.json` (generated from these types and
//! kept in step by a test). Every struct rejects unknown fields, so a typo such as `"requried"` is
//! reported instead of silently ignored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::condition::Condition;
use crate::text::Translated;

/// A whole form: its metadata and its pages of questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// Where an editor finds the schema; ignored by Seedform.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// A short stable id, used in links (`?form=seed-fund`) and submissions.
    pub id: String,
    /// The version of this definition, e.g. `2026.1`. Drafts remember it.
    pub version: String,
    /// The form's name as applicants see it.
    pub title: Translated,
    /// What the scheme is, in a few plain sentences (start page).
    #[serde(default)]
    pub description: Translated,
    /// Who can apply (start page).
    #[serde(default)]
    pub who_can_apply: Translated,
    /// How many minutes the form takes, roughly (start page).
    #[serde(default)]
    pub minutes_needed: Option<u32>,
    /// The organisation that runs the scheme.
    pub organisation: Organisation,
    /// The language used when a text has no translation; must be in `languages`.
    pub default_language: String,
    /// Every language the form is written in. The checker fails when one misses any text.
    pub languages: Vec<String>,
    /// A person to talk to before applying.
    #[serde(default)]
    pub contact: Option<Contact>,
    /// First day applications are accepted (ISO date, `YYYY-MM-DD`).
    #[serde(default)]
    pub opens: Option<String>,
    /// Last day applications are accepted (ISO date, `YYYY-MM-DD`).
    #[serde(default)]
    pub closes: Option<String>,
    /// One question per page (the default, best for low literacy) or whole pages at once.
    #[serde(default)]
    pub layout: Layout,
    /// The pages, in order.
    pub pages: Vec<Page>,
}

/// The organisation that runs a scheme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The organisation's name.
    pub name: Translated,
    /// A logo image, relative to the definition file.
    #[serde(default)]
    pub logo: Option<String>,
    /// Colours; the checker rejects combinations below WCAG AA contrast.
    #[serde(default)]
    pub theme: Option<Theme>,
}

/// An organisation's colours, as `#rrggbb`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Buttons and links; white text is drawn on it.
    pub primary: String,
    /// Body text colour (default `#0b0c0c`).
    #[serde(default)]
    pub text: Option<String>,
    /// Page background colour (default `#ffffff`).
    #[serde(default)]
    pub background: Option<String>,
}

/// Someone an applicant can call, message or write to before applying.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// A first name is friendlier than a department.
    pub name: String,
    /// Phone number, international format preferred.
    #[serde(default)]
    pub phone: Option<String>,
    /// WhatsApp number.
    #[serde(default)]
    pub whatsapp: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// When they answer, e.g. "Monday to Friday, 10am to 4pm".
    #[serde(default)]
    pub hours: Translated,
}

/// How questions are laid out on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// One question per screen.
    #[default]
    OneQuestionPerPage,
    /// Every question of a page on one screen.
    Grouped,
}

/// A page (section) of questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// A stable id, unique in the form.
    pub id: String,
    /// The page heading.
    pub title: Translated,
    /// A short introduction shown above the questions.
    #[serde(default)]
    pub intro: Translated,
    /// Show this page only when the condition holds over earlier answers.
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// The kind of answer a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    /// One line of text.
    ShortText,
    /// Several lines of text.
    LongText,
    /// A number.
    Number,
    /// An e-mail address.
    Email,
    /// A phone number.
    Phone,
    /// A date (stored as `YYYY-MM-DD`).
    Date,
    /// Pick one choice.
    SingleChoice,
    /// Pick any number of choices.
    MultipleChoice,
    /// Yes or no, as two large buttons.
    YesNo,
    /// A number on a scale, as numbers, stars or faces.
    Scale,
    /// A box the applicant must tick to agree.
    Consent,
    /// An uploaded file.
    File,
    /// A recorded (or uploaded) audio answer.
    Audio,
    /// A recorded (or uploaded) video answer.
    Video,
    /// A repeatable group of questions ("add another team member").
    Group,
}

impl QuestionType {
    /// Whether the answer is typed text (these can allow "say it instead").
    pub fn is_written(self) -> bool {
        matches!(self, Self::ShortText | Self::LongText)
    }

    /// Whether the question offers a list of choices.
    pub fn has_choices(self) -> bool {
        matches!(self, Self::SingleChoice | Self::MultipleChoice)
    }

    /// Whether the answer is a file or a recording.
    pub fn is_media(self) -> bool {
        matches!(self, Self::File | Self::Audio | Self::Video)
    }
}

/// Ways an applicant may answer a written question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AnswerMode {
    /// Type the answer.
    Write,
    /// Record an audio answer instead ("say it instead").
    Say,
    /// Record a video answer instead ("film it instead").
    Film,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// A stable id, unique in the form: the key of the answer in submissions.
    pub id: String,
    /// The kind of answer.
    #[serde(rename = "type")]
    pub kind: QuestionType,
    /// The question itself.
    pub label: Translated,
    /// A short hint under the label.
    #[serde(default)]
    pub hint: Translated,
    /// Longer help, shown on request.
    #[serde(default)]
    pub help: Translated,
    /// Whether an answer is needed to go on.
    #[serde(default)]
    pub required: bool,
    /// Show this question only when the condition holds over earlier answers.
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// Validation rules beyond `required`.
    #[serde(default)]
    pub rules: Rules,
    /// For written questions: the ways an applicant may answer (default: write only).
    #[serde(default)]
    pub modes: Vec<AnswerMode>,
    /// A recorded prompt per language (file relative to the definition) for the Listen button.
    #[serde(default)]
    pub prompt: BTreeMap<String, String>,
    /// The choices of a single or multiple choice question.
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// The scale of a scale question.
    #[serde(default)]
    pub scale: Option<Scale>,
    /// Recording settings for audio, video and "say/film it instead".
    #[serde(default)]
    pub recording: Option<Recording>,
    /// The questions of a repeatable group.
    #[serde(default)]
    pub questions: Vec<Question>,
    /// The fewest entries a group needs.
    #[serde(default)]
    pub min_entries: Option<u32>,
    /// The most entries a group allows.
    #[serde(default)]
    pub max_entries: Option<u32>,
    /// The label of one entry of a group, with `{n}` for its number ("Team member {n}").
    #[serde(default)]
    pub entry_label: Translated,
}

impl Question {
    /// The modes this question accepts, with the implied `write` for written questions.
    pub fn accepted_modes(&self) -> Vec<AnswerMode> {
        // In the enum's order, each once: no sort (a sort is ~2 KB of wasm per element type).
        [AnswerMode::Write, AnswerMode::Say, AnswerMode::Film]
            .into_iter()
            .filter(|m| self.modes.contains(m) || (*m == AnswerMode::Write && self.kind.is_written()))
            .collect()
    }
}

/// One choice of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The value stored in the answer; unique within the question.
    pub value: String,
    /// What the applicant reads.
    pub label: Translated,
    /// A picture (relative to the definition file) that makes the choice clear without reading.
    #[serde(default)]
    pub picture: Option<String>,
    /// What the picture shows, for screen readers (required with a picture).
    #[serde(default)]
    pub picture_alt: Translated,
}

/// How a scale question looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ScaleStyle {
    /// Plain numbers.
    #[default]
    Numbers,
    /// Faces from sad to happy.
    Faces,
    /// Stars.
    Stars,
}

/// The range of a scale question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The lowest value (e.g. 1).
    pub min: i32,
    /// The highest value (e.g. 5); at most 11 steps in all.
    pub max: i32,
    /// Numbers, faces or stars.
    #[serde(default)]
    pub style: ScaleStyle,
    /// What the lowest value means ("Not at all").
    #[serde(default)]
    pub min_label: Translated,
    /// What the highest value means ("Very much").
    #[serde(default)]
    pub max_label: Translated,
}

/// Recording settings that keep files small on slow connections.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Recording {
    /// Video width in pixels (default 640).
    #[serde(default)]
    pub width: Option<u32>,
    /// Video height in pixels (default 480).
    #[serde(default)]
    pub height: Option<u32>,
    /// Video bit rate (default 500,000 bit/s).
    #[serde(default)]
    pub video_bits_per_second: Option<u32>,
    /// Audio bit rate (default 32,000 bit/s).
    #[serde(default)]
    pub audio_bits_per_second: Option<u32>,
}

/// Validation rules. Each applies only to the question types named in its description.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Text: the fewest characters.
    #[serde(default)]
    pub min_length: Option<u32>,
    /// Text: the most characters.
    #[serde(default)]
    pub max_length: Option<u32>,
    /// Number: the smallest value.
    #[serde(default)]
    pub min: Option<f64>,
    /// Number: the largest value.
    #[serde(default)]
    pub max: Option<f64>,
    /// Number: whole numbers only.
    #[serde(default)]
    pub whole_number: bool,
    /// Text: a regular expression the whole answer must match.
    #[serde(default)]
    pub pattern: Option<String>,
    /// Date: the earliest date (`YYYY-MM-DD`).
    #[serde(default)]
    pub min_date: Option<String>,
    /// Date: the latest date (`YYYY-MM-DD`).
    #[serde(default)]
    pub max_date: Option<String>,
    /// File: accepted MIME types (`image/png`, `video/*`) or extensions (`.pdf`).
    #[serde(default)]
    pub accept: Vec<String>,
    /// File, audio, video: the largest size in bytes.
    #[serde(default)]
    pub max_bytes: Option<u64>,
    /// Audio, video: the longest recording in seconds.
    #[serde(default)]
    pub max_seconds: Option<u32>,
    /// Multiple choice: the fewest choices.
    #[serde(default)]
    pub min_choices: Option<u32>,
    /// Multiple choice: the most choices.
    #[serde(default)]
    pub max_choices: Option<u32>,
}
