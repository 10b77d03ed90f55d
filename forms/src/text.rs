//! Text that a person reads, in every language the form declares.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A piece of text in several languages: a map of language tag (`en`, `ar`, `ti`, …) to text.
///
/// Lookups fall back to the form's default language, so an untranslated hint still shows
/// something rather than nothing; the checker reports every such gap for a declared language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Translated(pub BTreeMap<String, String>);

impl Translated {
    /// The text in `lang`, else in `fallback`, else any text at all (never panics on an empty map).
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        self.exact(lang)
            .or_else(|| self.exact(fallback))
            .or_else(|| self.0.values().find(|t| !t.trim().is_empty()).map(String::as_str))
            .unwrap_or("")
    }

    /// The text in exactly `lang`, if it is there and not blank.
    pub fn exact(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str).filter(|t| !t.trim().is_empty())
    }

    /// Builds a text from `(language, text)` pairs; handy in tests and generated forms.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self(pairs.into_iter().map(|(l, t)| (l.to_owned(), t.to_owned())).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_the_default_language_then_to_anything() {
        let t = Translated::from_pairs([("en", "Name"), ("ar", "الاسم")]);
        assert_eq!(t.get("ar", "en"), "الاسم");
        assert_eq!(t.get("ti", "en"), "Name");
        let only_ar = Translated::from_pairs([("ar", "الاسم")]);
        assert_eq!(only_ar.get("ti", "en"), "الاسم");
        assert_eq!(Translated::default().get("en", "en"), "");
    }

    #[test]
    fn blank_text_counts_as_missing() {
        let t = Translated::from_pairs([("en", "Name"), ("fa", "  ")]);
        assert_eq!(t.exact("fa"), None);
        assert_eq!(t.get("fa", "en"), "Name");
    }
}
