//! Interface strings (everything that is not form content), from Project Fluent files in
//! `app/locales/`, one per language, with each language's plural rules.
//!
//! Why `fluent-bundle`: it is Project Fluent's own Rust implementation (plurals, selectors,
//! bidi isolation), and it reads `.ftl` files at run time, so only the language in use is
//! downloaded (a few KB) instead of compiling all fourteen into the app as `leptos_i18n` does.
//! English is compiled in, so there is always a message to show, even offline or when a
//! translation file cannot be fetched.

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use forms::{Param, Violation};

/// The English messages, always available.
const ENGLISH: &str = include_str!("../locales/en.ftl");

/// Every interface language, with its name in its own script (shown in the language switcher;
/// never flags, which stand for countries, not languages).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("ur", "اردو"),
    ("ckb", "کوردی"),
    ("ti", "ትግርኛ"),
    ("am", "አማርኛ"),
    ("so", "Soomaali"),
    ("uk", "Українська"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("cy", "Cymraeg"),
];

thread_local! {
    /// Loaded bundles by language. The app is single-threaded (wasm), so a thread-local is the
    /// whole registry; `FluentBundle` is not `Send` and cannot live in a signal.
    static BUNDLES: RefCell<HashMap<String, FluentBundle<FluentResource>>> = RefCell::new(HashMap::new());
}

fn bundle_for(lang: &str, source: String) -> Option<FluentBundle<FluentResource>> {
    let id = lang.parse().ok()?;
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks keep numbers and names the right way round inside right-to-left text;
    // left-to-right languages do not need them.
    bundle.set_use_isolating(is_rtl(lang));
    // A file with a broken message still gives every message that parses.
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
    bundle.add_resource(resource).ok()?;
    Some(bundle)
}

/// Whether messages for `lang` are loaded (English always is).
pub fn is_loaded(lang: &str) -> bool {
    lang == "en" || BUNDLES.with(|b| b.borrow().contains_key(lang))
}

/// Adds the messages of `lang` from the text of its `.ftl` file.
pub fn add_language(lang: &str, ftl: String) {
    if let Some(bundle) = bundle_for(lang, ftl) {
        BUNDLES.with(|b| b.borrow_mut().insert(lang.to_owned(), bundle));
    }
}

/// Whether there is an interface translation for `lang` at all.
pub fn has_interface(lang: &str) -> bool {
    LANGUAGES.iter().any(|(tag, _)| *tag == lang)
}

/// The message `key` in `lang` with `args`, falling back to English.
pub fn t_args(lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
    let from = |bundle: &FluentBundle<FluentResource>| {
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
    };
    let found = BUNDLES.with(|b| {
        let mut bundles = b.borrow_mut();
        if !bundles.contains_key("en")
            && let Some(en) = bundle_for("en", ENGLISH.to_owned())
        {
            bundles.insert("en".to_owned(), en);
        }
        bundles.get(lang).and_then(from).or_else(|| bundles.get("en").and_then(from))
    });
    found.unwrap_or_else(|| key.to_owned())
}

/// The message `key` in `lang`.
pub fn t(lang: &str, key: &str) -> String {
    t_args(lang, key, None)
}

/// The message `key` with one argument.
pub fn t1(lang: &str, key: &str, name: &'static str, value: impl Into<FluentValue<'static>>) -> String {
    let mut args = FluentArgs::new();
    args.set(name, value.into());
    t_args(lang, key, Some(&args))
}

/// "Question 3 of 12".
pub fn progress(lang: &str, current: usize, total: usize) -> String {
    let mut args = FluentArgs::new();
    args.set("current", current);
    args.set("total", total);
    t_args(lang, "progress", Some(&args))
}

/// The message for a violation, in `lang`: the engine gives the key and parameters.
pub fn violation(lang: &str, v: &Violation) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in v.params() {
        match (name, value) {
            ("max_bytes", Param::Number(n)) => args.set("megabytes", (n / 1_000_000.0).round()),
            ("max_seconds", Param::Number(n)) => args.set("seconds", n),
            (_, Param::Number(n)) => args.set(name, n),
            (_, Param::Date(s)) => args.set(name, crate::platform::intl::date(lang, &s)),
        }
    }
    t_args(lang, &v.key(), Some(&args))
}

/// Whether `lang` is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(
        lang.split('-').next().unwrap_or(""),
        "ar" | "fa" | "prs" | "ps" | "ur" | "ckb" | "he" | "yi" | "dv" | "sd" | "ug"
    )
}
