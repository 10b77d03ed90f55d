//! Where each value of a JSON text starts, so every problem can name a line and column.
//!
//! `serde_json` reports the position of syntax errors, but a checked definition also needs the
//! position of, say, the second question's `show_if`. This scanner runs only on text that
//! `serde_json` has already accepted (so it is valid JSON, nested at most 128 deep) and records
//! the byte offset of every value and every object key by JSON pointer (`/pages/0/questions/2`).

use std::collections::HashMap;

/// Offsets of values and keys by JSON pointer, and the text's line starts.
#[derive(Debug, Default)]
pub struct SpanIndex {
    values: HashMap<String, usize>,
    keys: HashMap<String, usize>,
    duplicates: Vec<(String, usize)>,
    long_texts: Vec<(usize, usize)>,
    line_starts: Vec<usize>,
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
    /// Indexes `text`, which must already be valid JSON (anything else gives a partial index).
    pub fn new(text: &str) -> Self {
        let mut index = SpanIndex { line_starts: line_starts(text), ..Default::default() };
        let mut scanner = Scanner { bytes: text.as_bytes(), pos: 0 };
        scanner.value(&mut index, String::new());
        index
    }

    /// Just the line starts, for a text that is not valid JSON.
    pub fn lines_only(text: &str) -> Self {
        SpanIndex { line_starts: line_starts(text), ..Default::default() }
    }

    /// Where the value at `pointer` starts, or else its nearest ancestor that exists.
    pub fn value_position(&self, text: &str, pointer: &str) -> Position {
        let mut p = pointer;
        loop {
            if let Some(&offset) = self.values.get(p) {
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
        match self.keys.get(pointer) {
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
    bytes: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    fn value(&mut self, index: &mut SpanIndex, pointer: String) {
        self.skip_ws();
        index.values.insert(pointer.clone(), self.pos);
        match self.peek() {
            Some(b'{') => {
                self.pos += 1;
                let mut seen = std::collections::HashSet::new();
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
                            let child = format!("{pointer}/{}", escape(&key));
                            if !seen.insert(key.clone()) {
                                index.duplicates.push((key.clone(), key_start));
                            }
                            index.keys.insert(child.clone(), key_start);
                            self.skip_ws();
                            if self.peek() == Some(b':') {
                                self.pos += 1;
                            }
                            self.value(index, child);
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
                            self.value(index, format!("{pointer}/{i}"));
                            i += 1;
                        }
                    }
                }
            }
            Some(b'"') => {
                let start = self.pos;
                let chars = self.string().chars().count();
                if chars > crate::load::MAX_TEXT_CHARS {
                    index.long_texts.push((start, chars));
                }
            }
            Some(_) => {
                while matches!(self.peek(), Some(c) if !matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'))
                {
                    self.pos += 1;
                }
            }
            None => {}
        }
    }

    /// Reads a string token and returns its decoded text (via serde_json, which knows escapes).
    fn string(&mut self) -> String {
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
        let raw = self.bytes.get(start..self.pos.min(self.bytes.len())).unwrap_or_default();
        serde_json::from_slice(raw).unwrap_or_default()
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
}
