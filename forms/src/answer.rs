//! Answers, stored in a language-neutral form (ISO dates, plain numbers, choice values).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::definition::QuestionType;

/// One answer. Numbers and dates are stored neutrally whatever the display language; an input
/// that cannot be read as its type is kept as `Text` so nothing typed is ever lost, and
/// validation then says what is wrong with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Answer {
    /// Text as typed (also an unreadable number or date, kept for correction).
    Text(String),
    /// A number.
    Number(f64),
    /// A date, `YYYY-MM-DD`.
    Date(String),
    /// Yes/no or consent.
    Bool(bool),
    /// The value of one choice.
    Choice(String),
    /// The values of several choices.
    Choices(Vec<String>),
    /// A point on a scale.
    Scale(i32),
    /// A file or recording kept on the device.
    Media(MediaRef),
    /// The entries of a repeatable group.
    Entries(Vec<Answers>),
}

/// A file or recording: the bytes live in device storage; this is what the draft remembers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaRef {
    /// The id of the stored bytes.
    pub id: String,
    /// The file name (a recording gets one made up).
    pub name: String,
    /// MIME type, e.g. `video/webm`.
    pub mime: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Length of a recording, in milliseconds.
    #[serde(default)]
    pub duration_ms: Option<u64>,
}

impl Answer {
    /// Reads what a person typed into a question's text box, normalising digits written in
    /// Arabic-Indic, Persian or other scripts so `١٢` is stored as the number 12.
    pub fn from_input(kind: QuestionType, raw: &str) -> Option<Answer> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return None;
        }
        Some(match kind {
            QuestionType::Number => {
                let ascii = ascii_digits(trimmed).replace([',', ' ', '\u{066c}'], "").replace('\u{066b}', ".");
                match ascii.parse::<f64>() {
                    Ok(n) if n.is_finite() => Answer::Number(n),
                    _ => Answer::Text(raw.to_owned()),
                }
            }
            QuestionType::Date => {
                let ascii = ascii_digits(trimmed);
                if crate::validate::parse_date(&ascii).is_some() {
                    Answer::Date(ascii)
                } else {
                    Answer::Text(raw.to_owned())
                }
            }
            QuestionType::Phone | QuestionType::Email => Answer::Text(ascii_digits(trimmed)),
            _ => Answer::Text(raw.to_owned()),
        })
    }

    /// Whether this counts as an answer for `required` and `answered`.
    pub fn is_given(&self) -> bool {
        match self {
            Answer::Text(t) => !t.trim().is_empty(),
            Answer::Choices(c) => !c.is_empty(),
            Answer::Entries(e) => !e.is_empty(),
            Answer::Bool(_)
            | Answer::Number(_)
            | Answer::Date(_)
            | Answer::Choice(_)
            | Answer::Scale(_)
            | Answer::Media(_) => true,
        }
    }

    /// The answer as plain JSON for a submission: numbers as numbers, choices as their values,
    /// media as their reference.
    pub fn to_plain_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Answer::Text(t) | Answer::Date(t) | Answer::Choice(t) => Value::String(t.clone()),
            Answer::Number(n) => serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number),
            Answer::Bool(b) => Value::Bool(*b),
            Answer::Choices(c) => Value::Array(c.iter().cloned().map(Value::String).collect()),
            Answer::Scale(s) => Value::from(*s),
            Answer::Media(m) => serde_json::json!({
                "id": m.id, "name": m.name, "mime": m.mime, "bytes": m.bytes, "duration_ms": m.duration_ms
            }),
            Answer::Entries(entries) => Value::Array(
                entries
                    .iter()
                    .map(|e| {
                        // Inserting, not `collect()`: collecting into a map sorts first, and each
                        // sort is another ~2 KB of wasm.
                        let mut map = serde_json::Map::new();
                        for (k, v) in &e.0 {
                            map.insert(k.clone(), v.to_plain_json());
                        }
                        Value::Object(map)
                    })
                    .collect(),
            ),
        }
    }
}

/// Replaces digits of other scripts (Arabic-Indic, Persian, Devanagari, …) with ASCII digits.
pub fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{0966}'..='\u{096F}' => char::from(b'0' + (c as u32 - 0x0966) as u8),
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            _ => c,
        })
        .collect()
}

/// Answers keyed by question id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<String, Answer>);

impl Answers {
    /// Every recording or file among these answers, group entries included.
    pub fn media(&self) -> Vec<&MediaRef> {
        let mut found = Vec::new();
        for answer in self.0.values() {
            match answer {
                Answer::Media(m) => found.push(m),
                Answer::Entries(entries) => entries.iter().for_each(|e| found.extend(e.media())),
                _ => {}
            }
        }
        found
    }

    /// The answer to `id`, if one was given.
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.0.get(id).filter(|a| a.is_given())
    }

    /// Sets (or, with `None`, clears) the answer to `id`.
    pub fn set(&mut self, id: &str, answer: Option<Answer>) {
        match answer {
            Some(a) => {
                self.0.insert(id.to_owned(), a);
            }
            None => {
                self.0.remove(id);
            }
        }
    }

    /// How many entries the group `id` has.
    pub fn entry_count(&self, id: &str) -> usize {
        match self.0.get(id) {
            Some(Answer::Entries(e)) => e.len(),
            _ => 0,
        }
    }

    /// The entries of group `id`, created empty when missing, so they can be edited in place.
    pub fn entries_mut(&mut self, id: &str) -> &mut Vec<Answers> {
        let slot = self.0.entry(id.to_owned()).or_insert_with(|| Answer::Entries(Vec::new()));
        if !matches!(slot, Answer::Entries(_)) {
            *slot = Answer::Entries(Vec::new());
        }
        match slot {
            Answer::Entries(e) => e,
            _ => unreachable!("the slot was just made an Entries answer"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_typed_in_other_scripts_are_stored_as_plain_numbers() {
        assert_eq!(Answer::from_input(QuestionType::Number, "١٢٣"), Some(Answer::Number(123.0)));
        assert_eq!(Answer::from_input(QuestionType::Number, "۴۵۰۰"), Some(Answer::Number(4500.0)));
        assert_eq!(Answer::from_input(QuestionType::Number, "2,500"), Some(Answer::Number(2500.0)));
        assert_eq!(Answer::from_input(QuestionType::Number, "lots"), Some(Answer::Text("lots".into())));
        assert_eq!(Answer::from_input(QuestionType::Number, "  "), None);
    }

    #[test]
    fn dates_are_stored_as_iso_and_bad_dates_are_kept_as_typed() {
        assert_eq!(Answer::from_input(QuestionType::Date, "2026-02-28"), Some(Answer::Date("2026-02-28".into())));
        assert_eq!(Answer::from_input(QuestionType::Date, "2026-02-30"), Some(Answer::Text("2026-02-30".into())));
    }

    #[test]
    fn entries_mut_replaces_a_non_group_answer() {
        let mut a = Answers::default();
        a.set("team", Some(Answer::Text("x".into())));
        a.entries_mut("team").push(Answers::default());
        assert_eq!(a.entry_count("team"), 1);
    }
}
