//! The `openrosa` adapter: the XML instance and media files of an OpenRosa 1.0 submission, as
//! ODK Central, KoboToolbox and Ona receive them from ODK Collect.
//!
//! # How a Seedform definition maps to an ODK form
//!
//! The server only accepts an instance of a form it knows, so the organisation publishes a
//! matching ODK form (an XLSForm is the easiest way) with:
//!
//! - **form id**: the XLSForm `settings` sheet's `form_id` = the definition's `id` (e.g.
//!   `seed-fund`). The instance's root element is named after it and carries `id="seed-fund"`.
//! - **version**: `settings` → `version` = the definition's `version` (e.g. `2026.1`), sent as
//!   `version="2026.1"`. Change both together: ODK Central refuses a version it does not have.
//! - **fields**: one question per Seedform question, `name` = the question `id`, at the top level
//!   of the survey (Seedform pages are not ODK groups; do not wrap questions in `begin group`):
//!
//! | Seedform type | XLSForm type | value sent |
//! | --- | --- | --- |
//! | `short_text`, `long_text`, `email`, `phone` | `text` | the text |
//! | `number` | `decimal` (or `integer` with `whole_number`) | `2500`, `3.5` |
//! | `date` | `date` | `YYYY-MM-DD` |
//! | `single_choice` | `select_one` with the same choice values | the value |
//! | `multiple_choice` | `select_multiple` with the same choice values | values separated by spaces (so values must not contain spaces, as ODK requires) |
//! | `yes_no` | `select_one yes_no` with choices `yes` and `no` | `yes` / `no` |
//! | `scale` | `integer` (or `range`) | the number |
//! | `consent` | `acknowledge` | `OK` when ticked, empty otherwise |
//! | `file`, `audio`, `video` | `file`, `audio`, `video` | the file name; the file is its own part |
//! | `group` | `begin repeat` / `end repeat` named after the group, its questions inside | one element per entry |
//!
//! A written question answered with a recording ("say/film it instead") sends the recording's
//! file name as its text and the recording as an attachment; servers keep attachments only for
//! fields their form declares as media, so such a recording may be dropped by ODK Central.
//! The applicant's language is not part of an OpenRosa instance and is not sent.
//!
//! Only answers to questions shown now are in the instance; unanswered questions are left out
//! (servers treat a missing element as an empty answer). The `<meta>` block carries
//! `instanceID` (`uuid:` and the submission id: the server's duplicate check), `instanceName`
//! (the applicant's reference, shown in ODK Central's submission list), `timeStart` and
//! `timeEnd`.

use std::collections::BTreeSet;

use crate::answer::{Answer, MediaRef};
use crate::definition::{Form, Question, QuestionType};
use crate::draft::Draft;

use super::{entry_in_order, in_form_order, iso_from_ms, number_text};

/// The OpenRosa XML instance of `draft`'s shown answers (see the [module docs](self) for the
/// mapping). `instance_id` is the submission id; `uuid:` is put in front unless it is there
/// already. `reference` becomes the instance name; `submitted_at` (ISO 8601) the end time.
pub fn openrosa_instance(form: &Form, draft: &Draft, instance_id: &str, reference: &str, submitted_at: &str) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.push('<');
    xml.push_str(&form.id);
    xml.push_str(" id=\"");
    escape_into(&mut xml, &form.id, true);
    xml.push_str("\" version=\"");
    escape_into(&mut xml, &form.version, true);
    xml.push_str("\">");
    let (body, _) = instance_body(form, draft);
    xml.push_str(&body);
    xml.push_str("<meta><instanceID>");
    if !instance_id.starts_with("uuid:") {
        xml.push_str("uuid:");
    }
    escape_into(&mut xml, instance_id, false);
    xml.push_str("</instanceID><instanceName>");
    escape_into(&mut xml, reference, false);
    xml.push_str("</instanceName><timeStart>");
    xml.push_str(&iso_from_ms(draft.created_at_ms));
    xml.push_str("</timeStart><timeEnd>");
    escape_into(&mut xml, submitted_at, false);
    xml.push_str("</timeEnd></meta></");
    xml.push_str(&form.id);
    xml.push_str(">\n");
    xml
}

/// The media files of [`openrosa_instance`]'s submission: `(file name, media)`, in order. Each
/// goes as its own multipart part whose name and file name are that file name, as the instance
/// names it. File names are made safe (letters, digits, `.`, `-`, `_`) and unique within the
/// submission, because the file name is the only link between an element and its part.
pub fn openrosa_attachments(form: &Form, draft: &Draft) -> Vec<(String, MediaRef)> {
    instance_body(form, draft).1
}

/// The answer elements, and the attachments they name.
fn instance_body(form: &Form, draft: &Draft) -> (String, Vec<(String, MediaRef)>) {
    let visible = form.visible_answers(&draft.answers);
    let mut out = Body { xml: String::new(), files: Vec::new(), used: BTreeSet::new() };
    for (question, answer) in in_form_order(form, &visible) {
        out.element(question, answer);
    }
    (out.xml, out.files)
}

struct Body {
    xml: String,
    files: Vec<(String, MediaRef)>,
    used: BTreeSet<String>,
}

impl Body {
    fn element(&mut self, question: &Question, answer: &Answer) {
        // Question ids are checked to be `[a-z][a-z0-9_-]*`: valid XML names as they are.
        let name = &question.id;
        if let Answer::Entries(entries) = answer {
            for entry in entries {
                self.xml.push_str(&format!("<{name}>"));
                for (member, answer) in entry_in_order(question, entry) {
                    self.element(member, answer);
                }
                self.xml.push_str(&format!("</{name}>"));
            }
            return;
        }
        let value = match answer {
            Answer::Text(t) | Answer::Date(t) | Answer::Choice(t) => t.clone(),
            Answer::Number(n) => number_text(*n),
            Answer::Scale(s) => s.to_string(),
            Answer::Bool(b) if question.kind == QuestionType::Consent => if *b { "OK" } else { "" }.to_owned(),
            Answer::Bool(b) => if *b { "yes" } else { "no" }.to_owned(),
            Answer::Choices(values) => values.join(" "),
            Answer::Media(media) => self.attach(media),
            Answer::Entries(_) => String::new(),
        };
        self.xml.push_str(&format!("<{name}>"));
        escape_into(&mut self.xml, &value, false);
        self.xml.push_str(&format!("</{name}>"));
    }

    /// Gives `media` a safe file name not used yet in this submission, and notes it.
    fn attach(&mut self, media: &MediaRef) -> String {
        let safe: String = media
            .name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' })
            .collect();
        let safe = safe.trim_start_matches('.');
        let safe = if safe.is_empty() { "file" } else { safe };
        let (stem, ext) = match safe.rfind('.') {
            Some(dot) if dot > 0 => (&safe[..dot], &safe[dot..]),
            _ => (safe, ""),
        };
        let mut name = safe.to_owned();
        let mut n = 2;
        while self.used.contains(&name) {
            name = format!("{stem}-{n}{ext}");
            n += 1;
        }
        self.used.insert(name.clone());
        self.files.push((name.clone(), media.clone()));
        name
    }
}

/// Appends `text` escaped for XML 1.0 character data (or, with `attribute`, a double-quoted
/// attribute value). Characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF)
/// are dropped: a parser would otherwise refuse the whole submission. Carriage returns, and in
/// attributes tabs and newlines, are written as character references because parsers normalise
/// the literal characters away.
fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' | '\n' => out.push(c),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape_into;

    fn escaped(text: &str, attribute: bool) -> String {
        let mut out = String::new();
        escape_into(&mut out, text, attribute);
        out
    }

    #[test]
    fn markup_and_quotes_are_escaped() {
        assert_eq!(escaped("</data><x a=\"1\">'&", false), "&lt;/data&gt;&lt;x a=&quot;1&quot;&gt;&apos;&amp;");
    }

    #[test]
    fn characters_xml_cannot_carry_are_dropped_and_line_breaks_kept() {
        assert_eq!(escaped("a\u{0}b\u{1b}c\u{b}\u{ffff}d", false), "abcd");
        assert_eq!(escaped("one\r\ntwo\tthree", false), "one&#13;\ntwo\tthree");
        assert_eq!(escaped("one\ntwo\tthree", true), "one&#10;two&#9;three");
    }

    #[test]
    fn other_scripts_pass_through() {
        assert_eq!(escaped("مرحبا \u{202e}abc ሰላም 🌱", false), "مرحبا \u{202e}abc ሰላም 🌱");
    }
}
