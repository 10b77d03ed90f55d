//! The `multipart` adapter: a classic `multipart/form-data` post, as a plain HTML form sends it,
//! so a few lines of PHP, Python or Node (or a form-backend service) can receive it.

use crate::answer::{Answer, MediaRef};
use crate::definition::{Form, Question};
use crate::draft::Draft;

use super::{entry_in_order, in_form_order, number_text};

/// The names of the fields that describe the submission itself. The checker refuses a question
/// with one of these ids ([`RESERVED_QUESTION_IDS`](super::RESERVED_QUESTION_IDS)), so an answer
/// can never be mistaken for them.
pub const METADATA_FIELDS: [&str; 6] =
    ["submission_id", "reference", "form_id", "form_version", "language", "submitted_at"];

/// What a `multipart/form-data` submission carries: text fields, then files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MultipartParts {
    /// `(name, value)` text fields, in order: the metadata, then the answers in the order the
    /// form asks them. A name repeats for each choice of a multiple choice answer.
    pub fields: Vec<(String, String)>,
    /// `(field name, media)` file parts, in the same order. The part's file name is
    /// [`MediaRef::name`] and its content type [`MediaRef::mime`]. Send them after every text
    /// field, so a receiver has read the submission id before any large file arrives.
    pub files: Vec<(String, MediaRef)>,
}

/// The fields and files of a classic form post of `draft`'s shown answers.
///
/// Naming, chosen to be what PHP (`$_POST`), Rails/Rack and most form parsers read natively:
///
/// | answer | field(s) |
/// | --- | --- |
/// | text, e-mail, phone, single choice | `question_id` = the text or the choice's value |
/// | number, scale | `question_id` = the number as written (`2500`, `3.5`) |
/// | date | `question_id` = `YYYY-MM-DD` |
/// | yes/no, consent | `question_id` = `yes` or `no` |
/// | multiple choice | `question_id` once per chosen value, in the order chosen |
/// | file, audio, video (also "say/film it instead") | a file part named `question_id` |
/// | group entry *n* (from 1), member *m* | `group_id[n][m]`, following the rules above |
///
/// The metadata fields are `submission_id`, `reference`, `form_id`, `form_version`, `language`
/// and `submitted_at` ([`METADATA_FIELDS`]). PHP keeps only the last value of a repeated name
/// unless it ends in `[]`; a PHP receiver reads multiple choice answers from `php://input`, or
/// the organisation uses single choice. Values are sent exactly as typed, line breaks included.
pub fn multipart_fields(
    form: &Form,
    draft: &Draft,
    submission_id: &str,
    reference: &str,
    submitted_at: &str,
) -> MultipartParts {
    let mut parts = MultipartParts::default();
    let metadata = [submission_id, reference, &form.id, &form.version, &draft.language, submitted_at];
    for (name, value) in METADATA_FIELDS.iter().zip(metadata) {
        parts.fields.push(((*name).to_owned(), value.to_owned()));
    }
    let visible = form.visible_answers(&draft.answers);
    for (question, answer) in in_form_order(form, &visible) {
        push_answer(&mut parts, &question.id, question, answer);
    }
    parts
}

fn push_answer(parts: &mut MultipartParts, name: &str, question: &Question, answer: &Answer) {
    let mut field = |value: String| parts.fields.push((name.to_owned(), value));
    match answer {
        Answer::Text(t) | Answer::Date(t) | Answer::Choice(t) => field(t.clone()),
        Answer::Number(n) => field(number_text(*n)),
        Answer::Scale(s) => field(s.to_string()),
        Answer::Bool(b) => field(if *b { "yes" } else { "no" }.to_owned()),
        Answer::Choices(values) => values.iter().cloned().for_each(field),
        Answer::Media(media) => parts.files.push((name.to_owned(), media.clone())),
        Answer::Entries(entries) => {
            for (n, entry) in entries.iter().enumerate() {
                for (member, answer) in entry_in_order(question, entry) {
                    push_answer(parts, &format!("{name}[{}][{}]", n + 1, member.id), member, answer);
                }
            }
        }
    }
}
