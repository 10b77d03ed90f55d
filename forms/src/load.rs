//! Loading a definition: bytes in, a [`Form`] or every [`Problem`] out. Never panics, whatever
//! the bytes; the checker command and the app both go through here.

use serde::Serialize;
#[cfg(feature = "all-problems")]
use serde_json::Value;

use crate::check::Assets;
use crate::definition::Form;
#[cfg(feature = "all-problems")]
use crate::definition::Question;
#[cfg(feature = "all-problems")]
use crate::spans::escape;
use crate::spans::{Position, SpanIndex};

/// The largest definition file read at all. Real forms are a few hundred kilobytes.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;
/// The longest single text in a definition, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// One problem in a definition, for the organisation that wrote it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct Problem {
    /// The file's name as given.
    pub file: String,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
    /// A plain sentence saying what is wrong and, where possible, how to fix it.
    pub message: String,
}

/// Reads and checks a definition. `assets` checks that referenced prompt and picture files exist;
/// `None` skips that (the app cannot list files on a server).
pub fn load(bytes: &[u8], file: &str, assets: Option<&dyn Assets>) -> Result<Form, Vec<Problem>> {
    let at =
        |pos: Position, message: String| Problem { file: file.to_owned(), line: pos.line, column: pos.column, message };
    let start = Position { line: 1, column: 1 };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![at(
            start,
            format!(
                "The file is {} MB. A form definition must be under {} MB; put recordings and pictures in their own files.",
                bytes.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        )]);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let pos = SpanIndex::lines_only(valid).position(valid, valid.len());
            return Err(vec![at(
                pos,
                "The file is not valid UTF-8 text here. Save it as UTF-8 in your editor.".into(),
            )]);
        }
    };
    if text.trim().is_empty() {
        return Err(vec![at(
            start,
            "The file is empty. A form definition is a JSON object: { \"id\": …, \"pages\": [ … ] }.".into(),
        )]);
    }
    if let Some(found) = non_object(text) {
        let first = text.len() - text.trim_start().len();
        return Err(vec![at(
            SpanIndex::lines_only(text).position(text, first),
            format!("The file holds {found}. A form definition is one JSON object: {{ \"id\": …, \"pages\": [ … ] }}."),
        )]);
    }
    // Reading straight into the typed form keeps the app small: no JSON tree, no path tracking.
    // Only when that fails does the checker (feature `all-problems`) read again to find every
    // shape problem, not just the first.
    let form = match serde_json::from_str::<Form>(text) {
        Ok(form) => form,
        Err(e) if e.is_syntax() || e.is_eof() => {
            let pos = SpanIndex::lines_only(text).from_line_and_byte_column(text, e.line(), e.column());
            return Err(vec![at(pos, syntax_message(&e))]);
        }
        Err(e) => return Err(shape_problems(text, &e, &at)),
    };
    // serde_json accepted the text, so it is valid JSON nested at most 128 deep: safe to index.
    let index = SpanIndex::new(text);
    let mut problems = scanned_problems(&index, text, &at);
    let mut report = |pointer: &str, message: String| problems.push(at(index.value_position(text, pointer), message));
    #[cfg(feature = "semantic-checks")]
    crate::check::check_form(&form, assets, &mut report);
    #[cfg(not(feature = "semantic-checks"))]
    {
        let _ = assets;
        crate::check::check_essentials(&form, &mut report);
    }
    problems.sort_unstable();
    problems.dedup();
    if problems.is_empty() { Ok(form) } else { Err(problems) }
}

/// What the top-level value is, if it is not an object.
fn non_object(text: &str) -> Option<&'static str> {
    match text.trim_start().chars().next()? {
        '{' => None,
        '[' => Some("a list"),
        '"' => Some("a text"),
        't' | 'f' => Some("true or false"),
        'n' => Some("null"),
        _ => Some("a number"),
    }
}

/// Problems the span scanner notices: repeated keys (serde keeps only the last) and texts too
/// long for any form.
fn scanned_problems(index: &SpanIndex, text: &str, at: &dyn Fn(Position, String) -> Problem) -> Vec<Problem> {
    let duplicates = index.duplicate_keys().iter().map(|(key, offset)| {
        at(
            index.position(text, *offset),
            format!("\"{key}\" appears twice in this object, and only the last one counts. Remove one of them."),
        )
    });
    let long = index.long_texts().iter().map(|(offset, chars)| {
        at(
            index.position(text, *offset),
            format!("This text is {chars} characters long. Texts in a form must be under {MAX_TEXT_CHARS} characters."),
        )
    });
    duplicates.chain(long).collect()
}

/// Every problem with the shape of a definition that is valid JSON but not a valid form.
#[cfg(feature = "all-problems")]
fn shape_problems(text: &str, _first: &serde_json::Error, at: &dyn Fn(Position, String) -> Problem) -> Vec<Problem> {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let pos = SpanIndex::lines_only(text).from_line_and_byte_column(text, e.line(), e.column());
            return vec![at(pos, syntax_message(&e))];
        }
    };
    let index = SpanIndex::new(text);
    let mut problems = scanned_problems(&index, text, at);
    let mut report = |pointer: &str, key: bool, message: String| {
        let pos = if key { index.key_position(text, pointer) } else { index.value_position(text, pointer) };
        problems.push(at(pos, message));
    };
    if serde_path_to_error::deserialize::<_, Form>(&value).is_err() {
        typed_problems(&value, &mut report);
    }
    problems.sort_unstable();
    problems.dedup();
    problems
}

/// The first problem with the shape of a definition, where serde_json found it. (The checker
/// command lists every one; the app, which must stay small, shows the first.)
#[cfg(not(feature = "all-problems"))]
fn shape_problems(text: &str, first: &serde_json::Error, at: &dyn Fn(Position, String) -> Problem) -> Vec<Problem> {
    let pos = SpanIndex::lines_only(text).from_line_and_byte_column(text, first.line(), first.column());
    vec![at(pos, plain_serde_message(&first.to_string()))]
}

#[cfg(feature = "all-problems")]
/// Finds every type error, not just the first: each question, each page without its questions,
/// and the form without its pages are read on their own.
fn typed_problems(value: &Value, report: &mut dyn FnMut(&str, bool, String)) {
    let mut one = |pointer: &str, result: Result<(), serde_path_to_error::Error<serde_json::Error>>| {
        if let Err(e) = result {
            let (path, key) = pointer_of(pointer, &e);
            report(&path, key, plain_serde_message(&e.inner().to_string()));
        }
    };
    let mut shallow = value.clone();
    if let Some(pages) = shallow.get_mut("pages").and_then(Value::as_array_mut) {
        for page in pages.iter_mut() {
            if let Some(qs) = page.get_mut("questions").and_then(Value::as_array_mut) {
                qs.clear();
            }
        }
    }
    // Pages are read without their questions, and the form without its pages' questions, so one
    // bad question does not hide a bad page or a bad title.
    one("", serde_path_to_error::deserialize::<_, Form>(&shallow).map(drop));
    let Some(pages) = value.get("pages").and_then(Value::as_array) else { return };
    for (pi, page) in pages.iter().enumerate() {
        let Some(questions) = page.get("questions").and_then(Value::as_array) else { continue };
        for (qi, q) in questions.iter().enumerate() {
            one(&format!("/pages/{pi}/questions/{qi}"), serde_path_to_error::deserialize::<_, Question>(q).map(drop));
        }
    }
}

#[cfg(feature = "all-problems")]
/// The JSON pointer of a `serde_path_to_error` error under `base`, and whether it names a key.
fn pointer_of(base: &str, e: &serde_path_to_error::Error<serde_json::Error>) -> (String, bool) {
    use serde_path_to_error::Segment;
    let mut pointer = base.to_owned();
    for segment in e.path().iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => pointer.push_str(&format!("/{}", escape(key))),
            Segment::Enum { variant } => pointer.push_str(&format!("/{}", escape(variant))),
            Segment::Unknown => {}
        }
    }
    let message = e.inner().to_string();
    if let Some(field) = backticked(&message, "unknown field `") {
        // The path already ends with the key when the error came from reading that key.
        let tail = format!("/{}", escape(&field));
        if !pointer.ends_with(&tail) {
            pointer.push_str(&tail);
        }
        return (pointer, true);
    }
    (pointer, false)
}

fn backticked(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?;
    Some(rest.split('`').next()?.to_owned())
}

fn syntax_message(e: &serde_json::Error) -> String {
    let raw = e.to_string();
    let core = raw.split(" at line ").next().unwrap_or(&raw);
    let plain = match core {
        "recursion limit exceeded" => {
            "Lists and objects are nested more than 128 levels deep here. A form never needs that many.".to_owned()
        }
        "trailing comma" => "There is a comma before a closing bracket here. Remove that comma.".to_owned(),
        "EOF while parsing an object" | "EOF while parsing a list" => {
            "The file ends before every { or [ is closed. A closing bracket is missing.".to_owned()
        }
        "EOF while parsing a string" => "A text is not closed: a \" is missing.".to_owned(),
        "key must be a string" => "A name in an object must be in double quotes, like \"label\".".to_owned(),
        "expected `,` or `}`" => "A comma or a } is missing here.".to_owned(),
        "expected `,` or `]`" => "A comma or a ] is missing here.".to_owned(),
        "expected `:`" => "A colon (:) is missing after the name.".to_owned(),
        "expected value" => "A value is missing or not valid JSON here (text needs double quotes).".to_owned(),
        "trailing characters" => {
            "There is more after the end of the form. The file must hold one JSON object.".to_owned()
        }
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "A text contains a raw line break or control character. Write a line break as \\n.".to_owned()
        }
        other => format!("This is not valid JSON: {other}."),
    };
    format!("Syntax error. {plain}")
}

/// Rewrites a serde message in plain words.
fn plain_serde_message(raw: &str) -> String {
    let core = raw.split(" at line ").next().unwrap_or(raw);
    if let Some(field) = backticked(core, "unknown field `") {
        let expected: Vec<String> = core.split('`').skip(3).step_by(2).map(str::to_owned).collect();
        let hint = closest(&field, &expected).map(|s| format!(" Did you mean \"{s}\"?")).unwrap_or_default();
        return format!("Unknown field \"{field}\".{hint}");
    }
    if let Some(field) = backticked(core, "missing field `") {
        return format!("\"{field}\" is missing here.");
    }
    if let Some(variant) = backticked(core, "unknown variant `") {
        let expected: Vec<String> = core.split('`').skip(3).step_by(2).map(str::to_owned).collect();
        let hint = closest(&variant, &expected).map(|s| format!(" Did you mean \"{s}\"?")).unwrap_or_default();
        return format!("\"{variant}\" is not a known value here.{hint} Use one of: {}.", expected.join(", "));
    }
    if let Some(rest) = core.strip_prefix("invalid type: ") {
        let mut parts = rest.splitn(2, ", expected ");
        let found = parts.next().unwrap_or("");
        let expected = parts.next().unwrap_or("something else");
        return format!("Expected {expected} here, but found {found}.");
    }
    if core.starts_with("data did not match any variant of untagged enum Literal") {
        return "A condition value must be text, a number, or true/false.".to_owned();
    }
    if let Some(rest) = core.strip_prefix("invalid value: ") {
        return format!("Invalid value: {rest}.");
    }
    format!("{core}.")
}

/// The expected name closest to `word` by edit distance, if it is close enough to be a typo.
fn closest(word: &str, expected: &[String]) -> Option<String> {
    expected
        .iter()
        .map(|e| (edit_distance(word, e), e))
        .filter(|(d, e)| *d <= 2.max(e.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, e)| e.clone())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb { prev } else { 1 + prev.min(cur).min(row[j]) };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shape_problem_is_placed_at_its_line_and_column() {
        let text = "{\n  \"id\": \"f\",\n  \"version\": 3\n}";
        let problems = load(text.as_bytes(), "f.json", None).err().unwrap_or_default();
        let first = problems.first().map(|p| (p.line, p.column));
        // serde_json stops at the end of the bad value; the checker build points at its start.
        assert!(matches!(first, Some((3, 14 | 15))), "{problems:?}");
        assert!(problems.iter().any(|p| p.message.contains("Expected a string")), "{problems:?}");
    }
}
