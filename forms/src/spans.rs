//! Where each value of a JSON text starts, so every problem can name a line and column.
//!
//! `serde_json` reports the position of syntax errors, but a checked definition also needs the
//! position of, say, the second question's `show_if`. This scanner runs only on text that
//! `serde_json` has already accepted (so it is valid JSON, nested at most 128 deep) and records
//! the byte offset of every value and every object key by JSON pointer (`/pages/0/questions/2`).

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

/// Duplicate keys, over-long texts and line starts of a text; the offsets of its values and keys
/// by JSON pointer are found on the first lookup.
#[derive(Debug, Default)]
pub struct SpanIndex {
    /// Built by the first `value_position` or `key_position`: a definition without problems, as
    /// the app loads every time, never needs them, and building them was most of a large
    /// definition's load time (a pointer string and two map entries for every value).
    pointers: OnceCell<Pointers>,
    duplicates: Vec<(String, usize)>,
    long_texts: Vec<(usize, usize)>,
    line_starts: Vec<usize>,
}

/// What a walk over a text found (`Scanner::walk`).
#[derive(Default)]
struct Found {
    duplicates: Vec<(String, usize)>,
    long_texts: Vec<(usize, usize)>,
    /// Filled only by a walk given a pointer to start from.
    pointers: Pointers,
}

/// Offsets of values and keys by JSON pointer.
#[derive(Debug, Default)]
struct Pointers {
    values: HashMap<String, usize>,
    keys: HashMap<String, usize>,
}

/// A position a person can find in their editor: line and column both count from 1, and the
/// column counts characters (not bytes), as editors do for Arabic or Tigrinya text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl SpanIndex {
    /// Scans `text`, which must already be valid JSON (anything else gives a partial index), for
    /// repeated keys and over-long texts.
    pub fn new(text: &str) -> Self {
        let mut found = Found::default();
        Scanner { text, pos: 0 }.walk(&mut found, None);
        SpanIndex {
            duplicates: found.duplicates,
            long_texts: found.long_texts,
            line_starts: line_starts(text),
            ..Default::default()
        }
    }

    /// Just the line starts, for a text that is not valid JSON.
    pub fn lines_only(text: &str) -> Self {
        SpanIndex { line_starts: line_starts(text), ..Default::default() }
    }

    /// The offsets by pointer in `text` (the text this index was made from).
    fn pointers(&self, text: &str) -> &Pointers {
        self.pointers.get_or_init(|| {
            let mut found = Found::default();
            Scanner { text, pos: 0 }.walk(&mut found, Some(String::new()));
            found.pointers
        })
    }

    /// Where the value at `pointer` starts, or else its nearest ancestor that exists.
    pub fn value_position(&self, text: &str, pointer: &str) -> Position {
        let values = &self.pointers(text).values;
        let mut p = pointer;
        loop {
            if let Some(&offset) = values.get(p) {
                return self.position(text, offset);
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return Position { line: 1, column: 1 },
            }
        }
    }

    /// Where the key that names `pointer` starts (e.g. an unknown field's name), else the value.
    pub fn key_position(&self, text: &str, pointer: &str) -> Position {
        match self.pointers(text).keys.get(pointer) {
            Some(&offset) => self.position(text, offset),
            None => self.value_position(text, pointer),
        }
    }

    /// Keys that appear a second time in the same object, with the offset of the repeat.
    /// `serde_json` keeps only the last value, so the first would be lost without a word.
    pub fn duplicate_keys(&self) -> &[(String, usize)] {
        &self.duplicates
    }

    /// Texts longer than [`crate::load::MAX_TEXT_CHARS`]: their offset and length in characters.
    pub fn long_texts(&self) -> &[(usize, usize)] {
        &self.long_texts
    }

    /// The line and character column of byte `offset` in `text`.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let column = text.get(start..offset.min(text.len())).map_or(offset - start, |s| s.chars().count()) + 1;
        Position { line, column }
    }

    /// The position of a 1-based line and a 1-based *byte* column (as `serde_json` reports them).
    pub fn from_line_and_byte_column(&self, text: &str, line: usize, byte_column: usize) -> Position {
        // Column 0 means the error is the line break that ends the line before (a raw line break
        // in a text, or the end of a file that ends with one): show that line, not the next.
        if byte_column == 0
            && line > 1
            && let Some(&start) = self.line_starts.get(line - 1)
        {
            return self.position(text, start - 1);
        }
        let start = self.line_starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let mut offset = (start + byte_column.saturating_sub(1)).min(text.len());
        while offset > start && !text.is_char_boundary(offset) {
            offset -= 1;
        }
        self.position(text, offset)
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect()
}

/// Escapes one JSON pointer segment (RFC 6901).
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

/// The keys of one object so far: a short list, then a set (a hostile file can put a million keys
/// in one object, and a list would make that quadratic).
enum Seen<'a> {
    Few(Vec<Cow<'a, str>>),
    Many(HashSet<Cow<'a, str>>),
}

impl<'a> Seen<'a> {
    /// Adds `key`; false if it was already there.
    fn insert(&mut self, key: Cow<'a, str>) -> bool {
        match self {
            Seen::Few(keys) if keys.contains(&key) => false,
            Seen::Few(keys) if keys.len() < 32 => {
                keys.push(key);
                true
            }
            Seen::Few(keys) => {
                let mut set: HashSet<Cow<'a, str>> = keys.drain(..).collect();
                set.insert(key);
                *self = Seen::Many(set);
                true
            }
            Seen::Many(set) => set.insert(key),
        }
    }
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    /// Skips a number, `true`, `false` or `null`.
    fn skip_scalar(&mut self) {
        while matches!(self.peek(), Some(c) if !matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    /// Walks the value here: notes repeated keys and over-long texts, and, with a `pointer` (the
    /// value's own), the offset of every value and key by pointer in `found.pointers`.
    fn walk(&mut self, found: &mut Found, pointer: Option<String>) {
        self.skip_ws();
        if let Some(p) = &pointer {
            found.pointers.values.insert(p.clone(), self.pos);
        }
        match self.peek() {
            Some(b'{') => {
                self.pos += 1;
                let mut seen = Seen::Few(Vec::new());
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some(b'}') => {
                            self.pos += 1;
                            return;
                        }
                        Some(b',') => self.pos += 1,
                        Some(b'"') => {
                            let key_start = self.pos;
                            let key = self.string();
                            let child = pointer.as_ref().map(|p| format!("{p}/{}", escape(&key)));
                            if let Some(c) = &child {
                                found.pointers.keys.insert(c.clone(), key_start);
                            }
                            if !seen.insert(key.clone()) {
                                found.duplicates.push((key.into_owned(), key_start));
                            }
                            self.skip_ws();
                            if self.peek() == Some(b':') {
                                self.pos += 1;
                            }
                            self.walk(found, child);
                        }
                        _ => return,
                    }
                }
            }
            Some(b'[') => {
                self.pos += 1;
                let mut i = 0usize;
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some(b']') => {
                            self.pos += 1;
                            return;
                        }
                        Some(b',') => self.pos += 1,
                        None => return,
                        Some(_) => {
                            self.walk(found, pointer.as_ref().map(|p| format!("{p}/{i}")));
                            i += 1;
                        }
                    }
                }
            }
            Some(b'"') => {
                let start = self.pos;
                let raw = self.skip_string();
                // A text has at most as many characters as its escaped form has bytes.
                if raw.len() > crate::load::MAX_TEXT_CHARS {
                    let chars = decode(raw).chars().count();
                    if chars > crate::load::MAX_TEXT_CHARS {
                        found.long_texts.push((start, chars));
                    }
                }
            }
            Some(_) => self.skip_scalar(),
            None => {}
        }
    }

    /// Moves past a string token; returns it as written, quotes included.
    fn skip_string(&mut self) -> &'a str {
        let start = self.pos;
        self.pos += 1;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'\\' => self.pos += 1,
                b'"' => break,
                _ => {}
            }
        }
        // Quotes are ASCII, so both ends are character boundaries.
        self.text.get(start..self.pos.min(self.text.len())).unwrap_or_default()
    }

    /// Reads a string token and returns its text.
    fn string(&mut self) -> Cow<'a, str> {
        decode(self.skip_string())
    }
}

/// The text of a string token (quotes included): as written when it has no escapes, else decoded
/// by serde_json, which knows them.
fn decode(raw: &str) -> Cow<'_, str> {
    match raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(inner) if !inner.contains('\\') => Cow::Borrowed(inner),
        _ => Cow::Owned(serde_json::from_str(raw).unwrap_or_default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_and_keys_with_character_columns() {
        let text = "{\n  \"a\": [1, {\"عربي\": true}],\n  \"b/c\": \"x\"\n}";
        let idx = SpanIndex::new(text);
        assert_eq!(idx.value_position(text, "/a/1/عربي"), Position { line: 2, column: 21 });
        assert_eq!(idx.key_position(text, "/a/1/عربي"), Position { line: 2, column: 13 });
        assert_eq!(idx.value_position(text, "/b~1c"), Position { line: 3, column: 10 });
        // A pointer that does not exist falls back to its nearest ancestor.
        assert_eq!(idx.value_position(text, "/a/7/x"), Position { line: 2, column: 8 });
    }

    #[test]
    fn a_repeated_key_is_found_among_many_and_however_it_is_written() {
        // 40 keys: past the short list, into the set.
        let mut text: String = (0..40).map(|i| format!("\"k{i}\": {i}, ")).collect();
        text = format!("{{{text}\"k3\": 0, \"a\": 1, \"\\u0061\": 2}}");
        let idx = SpanIndex::new(&text);
        let keys: Vec<&str> = idx.duplicate_keys().iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["k3", "a"]);
        let (_, offset) = idx.duplicate_keys()[1];
        assert!(text[offset..].starts_with("\"\\u0061\""), "the repeat's own offset");
    }

    #[test]
    fn a_long_text_is_counted_in_characters_after_its_escapes() {
        let max = crate::load::MAX_TEXT_CHARS;
        // Escaped, it is longer than the limit; read, it is exactly at it.
        let at_limit = format!("[\"{}\"]", "\\u00e9".repeat(max));
        assert!(SpanIndex::new(&at_limit).long_texts().is_empty());
        let over = format!("[\"{}\"]", "é".repeat(max + 1));
        assert_eq!(SpanIndex::new(&over).long_texts(), &[(1, max + 1)]);
    }
}
