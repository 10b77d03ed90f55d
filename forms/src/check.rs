//! The checker's rules beyond the JSON shape: ids, conditions, translations, rules, files, colours.
//!
//! Each problem is reported against a JSON pointer; [`crate::load`] turns pointers into lines and
//! columns. The full rules need the feature `semantic-checks` (the `seedform` checker command has
//! it); without it, [`crate::load`] runs only [`check_essentials`], what the app needs to show a
//! form at all, and the rest of this module is left out of the build.
#![cfg_attr(not(feature = "semantic-checks"), allow(dead_code, unused_imports))]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};

use crate::condition::{Condition, Literal};
use crate::definition::{AnswerMode, Form, Question, QuestionType};
use crate::text::Translated;
use crate::validate::{is_email, is_phone, parse_date};

/// Tells whether a file referenced by a definition (a prompt, a picture, a logo) exists.
pub trait Assets {
    /// Whether `relative` (a path relative to the definition file) names an existing file.
    fn exists(&self, relative: &str) -> bool;
}

/// Looks files up in a folder on disk (the folder holding the definition).
#[derive(Debug, Clone)]
pub struct DirAssets(pub PathBuf);

impl Assets for DirAssets {
    fn exists(&self, relative: &str) -> bool {
        self.0.join(relative).is_file()
    }
}

type Report<'r> = &'r mut dyn FnMut(&str, String);

/// What the checker knows about a question when another refers to it.
struct Known {
    order: usize,
    page: usize,
    group: Option<String>,
    kind: QuestionType,
    choices: Vec<String>,
}

/// Runs every rule over a form that has the right shape.
pub fn check_form(form: &Form, assets: Option<&dyn Assets>, report: Report) {
    let langs = Languages::of(form);
    check_id(&form.id, "/id", "form", report);
    if form.version.trim().is_empty() {
        report("/version", "The version is empty. Write something like \"2026.1\".".into());
    }
    check_languages(form, report);
    check_meta(form, &langs, assets, report);

    let known = index_questions(form, report);
    let mut page_ids = BTreeSet::new();
    let mut first_order = 0usize;
    for (pi, page) in form.pages.iter().enumerate() {
        let p = format!("/pages/{pi}");
        check_id(&page.id, &format!("{p}/id"), "page", report);
        if !page_ids.insert(page.id.as_str()) {
            report(&format!("{p}/id"), format!("Two pages have the id \"{}\". Each page needs its own id.", page.id));
        }
        langs.required(&page.title, &format!("{p}/title"), "The page title", report);
        langs.optional(&page.intro, &format!("{p}/intro"), "The page introduction", report);
        if page.questions.is_empty() {
            report(&format!("{p}/questions"), "This page has no questions. Add one, or remove the page.".into());
        }
        if let Some(c) = &page.show_if {
            let owner = Owner { order: first_order, page: pi, group: None, is_page: true };
            check_condition(c, &format!("{p}/show_if"), &owner, &known, report);
        }
        for (qi, q) in page.questions.iter().enumerate() {
            check_question(q, &format!("{p}/questions/{qi}"), pi, None, &known, &langs, assets, report);
        }
        first_order += count_questions(&page.questions);
    }
    if form.pages.is_empty() {
        report("/pages", "The form has no pages. Add at least one page with a question.".into());
    }
    check_cycles(form, report);
}

/// The few rules the app needs to show a form at all, for builds without `semantic-checks`: a
/// page to show, a declared default language, and one answer per question id. The organisation
/// learns everything else from the checker command before publishing.
pub fn check_essentials(form: &Form, report: Report) {
    if form.pages.is_empty() {
        report("/pages", "The form has no pages. Add at least one page with a question.".into());
    }
    if !form.languages.contains(&form.default_language) {
        report(
            "/default_language",
            format!(
                "The default language \"{}\" is not in the declared languages. Add it to \"languages\".",
                form.default_language
            ),
        );
    }
    fn walk<'f>(qs: &'f [Question], base: &str, seen: &mut Vec<&'f str>, report: Report) {
        for (i, q) in qs.iter().enumerate() {
            let p = format!("{base}/{i}");
            if seen.contains(&q.id.as_str()) {
                report(
                    &format!("{p}/id"),
                    format!("Two questions have the id \"{}\". Each question needs its own id.", q.id),
                );
            }
            seen.push(&q.id);
            walk(&q.questions, &format!("{p}/questions"), seen, report);
        }
    }
    let mut seen = Vec::new();
    for (pi, page) in form.pages.iter().enumerate() {
        walk(&page.questions, &format!("/pages/{pi}/questions"), &mut seen, report);
    }
}

fn count_questions(qs: &[Question]) -> usize {
    qs.iter().map(|q| 1 + count_questions(&q.questions)).sum()
}

fn check_id(id: &str, pointer: &str, what: &str, report: Report) {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        && id.starts_with(|c: char| c.is_ascii_lowercase());
    if !ok {
        report(
            pointer,
            format!(
                "The {what} id \"{id}\" is not usable. Use up to 64 small letters a–z, digits, - or _, starting with a letter."
            ),
        );
    }
}

fn check_languages(form: &Form, report: Report) {
    if form.languages.is_empty() {
        report("/languages", "No languages are declared. List at least the default language, e.g. [\"en\"].".into());
    }
    let mut seen = BTreeSet::new();
    for (i, lang) in form.languages.iter().enumerate() {
        if !is_language_tag(lang) {
            report(
                &format!("/languages/{i}"),
                format!("\"{lang}\" is not a language tag. Use codes like \"en\", \"ar\", \"ti\" or \"ckb\"."),
            );
        }
        if !seen.insert(lang) {
            report(&format!("/languages/{i}"), format!("\"{lang}\" is declared twice."));
        }
    }
    if !form.languages.contains(&form.default_language) {
        report(
            "/default_language",
            format!(
                "The default language \"{}\" is not in the declared languages. Add it to \"languages\".",
                form.default_language
            ),
        );
    }
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn check_meta(form: &Form, langs: &Languages, assets: Option<&dyn Assets>, report: Report) {
    langs.required(&form.title, "/title", "The form title", report);
    langs.optional(&form.description, "/description", "The description", report);
    langs.optional(&form.who_can_apply, "/who_can_apply", "\"Who can apply\"", report);
    langs.required(&form.organisation.name, "/organisation/name", "The organisation's name", report);
    if let Some(logo) = &form.organisation.logo {
        check_file(logo, "/organisation/logo", "logo", assets, report);
    }
    if let Some(theme) = &form.organisation.theme {
        check_theme(theme, report);
    }
    for (field, date) in [("opens", &form.opens), ("closes", &form.closes)] {
        if let Some(d) = date
            && parse_date(d).is_none()
        {
            report(&format!("/{field}"), format!("\"{d}\" is not a date. Write dates as YYYY-MM-DD, e.g. 2026-03-31."));
        }
    }
    if let (Some(o), Some(c)) = (&form.opens, &form.closes)
        && parse_date(o).is_some()
        && parse_date(c).is_some()
        && o > c
    {
        report("/closes", format!("The form closes ({c}) before it opens ({o})."));
    }
    if let Some(contact) = &form.contact {
        if contact.name.trim().is_empty() {
            report("/contact/name", "The contact has no name. A first name is enough.".into());
        }
        for (field, number) in [("phone", &contact.phone), ("whatsapp", &contact.whatsapp)] {
            if let Some(n) = number
                && !is_phone(n)
            {
                report(
                    &format!("/contact/{field}"),
                    format!("\"{n}\" is not a phone number. Use 7 to 15 digits, e.g. +44 20 7946 0000."),
                );
            }
        }
        if let Some(e) = &contact.email
            && !is_email(e)
        {
            report("/contact/email", format!("\"{e}\" is not an e-mail address."));
        }
        langs.optional(&contact.hours, "/contact/hours", "The contact's hours", report);
    }
}

pub(crate) fn check_theme(theme: &crate::definition::Theme, report: Report) {
    let parse = |field: &str, value: &str, report: Report| {
        let c = parse_hex(value);
        if c.is_none() {
            report(
                &format!("/organisation/theme/{field}"),
                format!("\"{value}\" is not a colour. Write colours as #rrggbb, e.g. #1d70b8."),
            );
        }
        c
    };
    let primary = parse("primary", &theme.primary, report);
    let text = theme.text.as_deref().map_or(Some((0x0b, 0x0c, 0x0c)), |t| parse("text", t, report));
    let background = theme.background.as_deref().map_or(Some((0xff, 0xff, 0xff)), |b| parse("background", b, report));
    let text_name = theme.text.as_deref().unwrap_or("#0b0c0c");
    let bg_name = theme.background.as_deref().unwrap_or("#ffffff");
    if let (Some(t), Some(b)) = (text, background) {
        let ratio = contrast(t, b);
        if ratio < 4.5 {
            report(
                "/organisation/theme",
                format!(
                    "Text {text_name} on background {bg_name} has contrast {ratio:.2}:1. WCAG AA needs at least 4.5:1."
                ),
            );
        }
    }
    if let (Some(p), Some(b)) = (primary, background) {
        let on_button = contrast((0xff, 0xff, 0xff), p);
        if on_button < 4.5 {
            report(
                "/organisation/theme/primary",
                format!(
                    "White text on the primary colour {} has contrast {on_button:.2}:1. WCAG AA needs at least 4.5:1; choose a darker colour.",
                    theme.primary
                ),
            );
        }
        let link = contrast(p, b);
        if link < 4.5 {
            report(
                "/organisation/theme/primary",
                format!(
                    "Links in {} on background {bg_name} have contrast {link:.2}:1. WCAG AA needs at least 4.5:1.",
                    theme.primary
                ),
            );
        }
    }
}

/// Reads `#rrggbb`.
pub fn parse_hex(s: &str) -> Option<(u8, u8, u8)> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}

/// The WCAG 2 contrast ratio of two sRGB colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    fn channel(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    }
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

fn check_file(path: &str, pointer: &str, what: &str, assets: Option<&dyn Assets>, report: Report) {
    let p = Path::new(path);
    let safe = !path.is_empty()
        && !path.contains(':')
        && !path.contains('\\')
        && p.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if !safe {
        report(
            pointer,
            format!(
                "The {what} \"{path}\" must be a path inside the form's folder, like \"media/hello.mp3\" (no \"..\", \"/\" at the start, or web address)."
            ),
        );
        return;
    }
    if let Some(assets) = assets
        && !assets.exists(path)
    {
        report(pointer, format!("The {what} file \"{path}\" does not exist next to the form definition."));
    }
}

/// Collects every question id with what conditions need to know, reporting duplicates.
fn index_questions(form: &Form, report: Report) -> HashMap<String, Known> {
    fn walk(
        qs: &[Question],
        base: &str,
        page: usize,
        group: Option<&str>,
        known: &mut HashMap<String, Known>,
        order: &mut usize,
        report: Report,
    ) {
        for (i, q) in qs.iter().enumerate() {
            let p = format!("{base}/{i}");
            if known.contains_key(&q.id) {
                report(
                    &format!("{p}/id"),
                    format!("Two questions have the id \"{}\". Each question needs its own id.", q.id),
                );
            } else {
                known.insert(
                    q.id.clone(),
                    Known {
                        order: *order,
                        page,
                        group: group.map(str::to_owned),
                        kind: q.kind,
                        choices: q.choices.iter().map(|c| c.value.clone()).collect(),
                    },
                );
            }
            *order += 1;
            walk(&q.questions, &format!("{p}/questions"), page, Some(&q.id), known, order, report);
        }
    }
    let mut known = HashMap::new();
    let mut order = 0;
    for (pi, page) in form.pages.iter().enumerate() {
        walk(&page.questions, &format!("/pages/{pi}/questions"), pi, None, &mut known, &mut order, report);
    }
    known
}

/// What a condition belongs to: a page, or a question (maybe inside a group).
struct Owner<'a> {
    order: usize,
    page: usize,
    group: Option<&'a str>,
    is_page: bool,
}

fn check_condition(c: &Condition, pointer: &str, owner: &Owner, known: &HashMap<String, Known>, report: Report) {
    let mut refer = |id: &str, at: String, op: &str, values: Vec<(&Literal, String)>| {
        if op == "empty" {
            report(&at, "This list of conditions is empty. Add conditions to it, or remove it.".into());
            return;
        }
        let Some(k) = known.get(id) else {
            report(&at, format!("This condition looks at \"{id}\", but no question has that id."));
            return;
        };
        if k.order >= owner.order {
            // Cycles are reported on their own, with the whole circle.
            let on_this_page = owner.is_page && k.page == owner.page;
            if on_this_page {
                report(
                    &at,
                    format!(
                        "This page's condition looks at \"{id}\", which is on this page. A page can only depend on earlier pages."
                    ),
                );
            } else if k.order > owner.order {
                report(
                    &at,
                    format!(
                        "This condition looks at \"{id}\", which comes later in the form. A condition can only look at earlier answers."
                    ),
                );
            }
            return;
        }
        if let Some(g) = &k.group
            && owner.group != Some(g.as_str())
        {
            report(
                &at,
                format!(
                    "This condition looks at \"{id}\", which is inside the group \"{g}\". Only questions in that group can look at it."
                ),
            );
            return;
        }
        let numeric = matches!(k.kind, QuestionType::Number | QuestionType::Scale | QuestionType::Date);
        match op {
            "includes" if k.kind != QuestionType::MultipleChoice => {
                report(
                    &at,
                    format!("\"includes\" works on multiple-choice questions, but \"{id}\" is {}.", type_name(k.kind)),
                );
            }
            "greater_than" | "less_than" | "at_least" | "at_most" if !numeric => {
                report(
                    &at,
                    format!("\"{op}\" compares numbers, scales or dates, but \"{id}\" is {}.", type_name(k.kind)),
                );
            }
            _ => {}
        }
        for (value, at) in values {
            let fits = match (k.kind, value) {
                (QuestionType::SingleChoice | QuestionType::MultipleChoice, Literal::Text(v)) => k.choices.contains(v),
                (QuestionType::SingleChoice | QuestionType::MultipleChoice, _) => false,
                (QuestionType::YesNo | QuestionType::Consent, v) => matches!(v, Literal::Bool(_)),
                (QuestionType::Number | QuestionType::Scale, v) => matches!(v, Literal::Number(_)),
                (QuestionType::Date, Literal::Text(d)) => parse_date(d).is_some(),
                (QuestionType::Date, _) => false,
                _ => true,
            };
            if !fits {
                let expected = match k.kind {
                    QuestionType::SingleChoice | QuestionType::MultipleChoice => {
                        format!("one of its choices: {}", k.choices.join(", "))
                    }
                    QuestionType::YesNo | QuestionType::Consent => "true or false".to_owned(),
                    QuestionType::Number | QuestionType::Scale => "a number".to_owned(),
                    QuestionType::Date => "a date, YYYY-MM-DD".to_owned(),
                    _ => "text".to_owned(),
                };
                report(&at, format!("This value can never match \"{id}\". Use {expected}."));
            }
        }
    };
    walk_condition(c, pointer, &mut refer);
}

/// Calls `f(question, pointer of the question name, operator, values with their pointers)` for
/// every comparison in a condition.
type Values<'c> = Vec<(&'c Literal, String)>;

fn walk_condition<'c>(c: &'c Condition, p: &str, f: &mut dyn FnMut(&str, String, &str, Values<'c>)) {
    match c {
        Condition::Equals(x) | Condition::NotEquals(x) | Condition::Includes(x) => {
            let op = match c {
                Condition::Equals(_) => "equals",
                Condition::NotEquals(_) => "not_equals",
                _ => "includes",
            };
            f(&x.question, format!("{p}/{op}/question"), op, vec![(&x.value, format!("{p}/{op}/value"))]);
        }
        Condition::GreaterThan(x) | Condition::LessThan(x) | Condition::AtLeast(x) | Condition::AtMost(x) => {
            let op = match c {
                Condition::GreaterThan(_) => "greater_than",
                Condition::LessThan(_) => "less_than",
                Condition::AtLeast(_) => "at_least",
                _ => "at_most",
            };
            f(&x.question, format!("{p}/{op}/question"), op, vec![(&x.value, format!("{p}/{op}/value"))]);
        }
        Condition::OneOf(m) => {
            let values = m.values.iter().enumerate().map(|(i, v)| (v, format!("{p}/one_of/values/{i}"))).collect();
            f(&m.question, format!("{p}/one_of/question"), "one_of", values);
        }
        Condition::Answered(q) => f(q, format!("{p}/answered"), "answered", vec![]),
        Condition::Unanswered(q) => f(q, format!("{p}/unanswered"), "unanswered", vec![]),
        Condition::All(cs) | Condition::Any(cs) => {
            let op = if matches!(c, Condition::All(_)) { "all" } else { "any" };
            if cs.is_empty() {
                // Reported through the operator itself: an empty list is almost always a mistake.
                f("", format!("{p}/{op}"), "empty", vec![]);
            }
            for (i, inner) in cs.iter().enumerate() {
                walk_condition(inner, &format!("{p}/{op}/{i}"), f);
            }
        }
        Condition::Not(inner) => walk_condition(inner, &format!("{p}/not"), f),
    }
}

fn type_name(kind: QuestionType) -> String {
    let raw = serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    format!("a {raw} question")
}

#[allow(clippy::too_many_arguments)]
fn check_question(
    q: &Question,
    p: &str,
    page: usize,
    group: Option<&str>,
    known: &HashMap<String, Known>,
    langs: &Languages,
    assets: Option<&dyn Assets>,
    report: Report,
) {
    check_id(&q.id, &format!("{p}/id"), "question", report);
    if crate::submission::RESERVED_QUESTION_IDS.contains(&q.id.as_str()) {
        report(
            &format!("{p}/id"),
            format!(
                "The question id \"{}\" is reserved: submissions use it for their own details. Choose another, e.g. \"{}_answer\".",
                q.id, q.id
            ),
        );
    }
    langs.required(&q.label, &format!("{p}/label"), "The question", report);
    langs.optional(&q.hint, &format!("{p}/hint"), "The hint", report);
    langs.optional(&q.help, &format!("{p}/help"), "The help text", report);
    let kind = q.kind;
    let not_for = |field: &str, applies: &str, report: Report| {
        report(
            &format!("{p}/{field}"),
            format!("\"{field}\" does not apply to {}. It applies to {applies}.", type_name(kind)),
        );
    };

    // Choices.
    if kind.has_choices() {
        if q.choices.is_empty() {
            report(&format!("{p}/choices"), "This question has no choices. Add at least two.".into());
        }
        let mut values = BTreeSet::new();
        for (ci, choice) in q.choices.iter().enumerate() {
            let cp = format!("{p}/choices/{ci}");
            if !values.insert(choice.value.as_str()) {
                report(&format!("{cp}/value"), format!("Two choices have the value \"{}\".", choice.value));
            }
            if choice.value.trim().is_empty() {
                report(&format!("{cp}/value"), "A choice has an empty value.".into());
            }
            langs.required(&choice.label, &format!("{cp}/label"), "The choice", report);
            if let Some(pic) = &choice.picture {
                check_file(pic, &format!("{cp}/picture"), "picture", assets, report);
                langs.required(
                    &choice.picture_alt,
                    &format!("{cp}/picture_alt"),
                    "The picture's description (picture_alt)",
                    report,
                );
            }
        }
    } else if !q.choices.is_empty() {
        not_for("choices", "single_choice and multiple_choice questions", report);
    }

    // Scale.
    match (&q.scale, kind) {
        (None, QuestionType::Scale) => {
            report(p, "A scale question needs \"scale\": { \"min\": 1, \"max\": 5 }.".into())
        }
        (Some(s), QuestionType::Scale) => {
            if s.min >= s.max {
                report(
                    &format!("{p}/scale"),
                    format!("The scale goes from {} to {}. The lowest value must be below the highest.", s.min, s.max),
                );
            } else if i64::from(s.max) - i64::from(s.min) > 10 {
                report(
                    &format!("{p}/scale"),
                    "A scale can have at most 11 steps. Fewer steps are easier to choose from.".into(),
                );
            }
            langs.optional(&s.min_label, &format!("{p}/scale/min_label"), "The scale's lowest label", report);
            langs.optional(&s.max_label, &format!("{p}/scale/max_label"), "The scale's highest label", report);
        }
        (Some(_), _) => not_for("scale", "scale questions", report),
        (None, _) => {}
    }

    // Groups.
    if kind == QuestionType::Group {
        if q.questions.is_empty() {
            report(&format!("{p}/questions"), "This group has no questions. Add the questions each entry asks.".into());
        }
        if let (Some(min), Some(max)) = (q.min_entries, q.max_entries)
            && min > max
        {
            report(&format!("{p}/min_entries"), format!("min_entries ({min}) is more than max_entries ({max})."));
        }
        if q.max_entries == Some(0) {
            report(&format!("{p}/max_entries"), "max_entries is 0, so nobody could add an entry.".into());
        }
        langs.optional(&q.entry_label, &format!("{p}/entry_label"), "The entry label", report);
        for (mi, member) in q.questions.iter().enumerate() {
            check_question(member, &format!("{p}/questions/{mi}"), page, Some(&q.id), known, langs, assets, report);
        }
    } else {
        if !q.questions.is_empty() {
            not_for("questions", "group questions", report);
        }
        if q.min_entries.is_some() {
            not_for("min_entries", "group questions", report);
        }
        if q.max_entries.is_some() {
            not_for("max_entries", "group questions", report);
        }
    }

    // Modes and recording.
    let records = matches!(kind, QuestionType::Audio | QuestionType::Video)
        || (kind.is_written() && q.modes.iter().any(|m| *m != AnswerMode::Write));
    if !q.modes.is_empty() && !kind.is_written() {
        not_for("modes", "short_text and long_text questions (\"say it instead\")", report);
    }
    if q.recording.is_some() && !records {
        not_for("recording", "audio and video questions, and written questions that allow say or film", report);
    }

    check_rules(q, p, records, report);

    // Prompts.
    for (lang, file) in &q.prompt {
        let pp = format!("{p}/prompt/{}", crate::spans::escape(lang));
        if !langs.declared.contains(lang.as_str()) {
            report(&pp, format!("A prompt is given for \"{lang}\", which is not a declared language."));
        }
        check_file(file, &pp, "prompt", assets, report);
    }

    // Conditions.
    if let Some(c) = &q.show_if
        && let Some(me) = known.get(&q.id)
    {
        let owner = Owner { order: me.order, page, group, is_page: false };
        check_condition(c, &format!("{p}/show_if"), &owner, known, report);
    }
}

fn check_rules(q: &Question, p: &str, records: bool, report: Report) {
    let r = &q.rules;
    let kind = q.kind;
    let texty =
        matches!(kind, QuestionType::ShortText | QuestionType::LongText | QuestionType::Email | QuestionType::Phone);
    let rule = |name: &str, set: bool, applies: bool, to: &str, report: Report| {
        if set && !applies {
            report(
                &format!("{p}/rules/{name}"),
                format!("The rule \"{name}\" does not apply to {}. It applies to {to}.", type_name(kind)),
            );
        }
    };
    let text = "text, e-mail and phone questions";
    rule("min_length", r.min_length.is_some(), texty, text, report);
    rule("max_length", r.max_length.is_some(), texty, text, report);
    rule("pattern", r.pattern.is_some(), texty, text, report);
    rule("min", r.min.is_some(), kind == QuestionType::Number, "number questions", report);
    rule("max", r.max.is_some(), kind == QuestionType::Number, "number questions", report);
    rule("whole_number", r.whole_number, kind == QuestionType::Number, "number questions", report);
    rule("min_date", r.min_date.is_some(), kind == QuestionType::Date, "date questions", report);
    rule("max_date", r.max_date.is_some(), kind == QuestionType::Date, "date questions", report);
    let media = kind.is_media() || records;
    rule("accept", !r.accept.is_empty(), media, "file, audio and video questions", report);
    rule("max_bytes", r.max_bytes.is_some(), media, "file, audio and video questions", report);
    rule(
        "max_seconds",
        r.max_seconds.is_some(),
        records,
        "audio and video questions, and \"say/film it instead\"",
        report,
    );
    rule(
        "min_choices",
        r.min_choices.is_some(),
        kind == QuestionType::MultipleChoice,
        "multiple_choice questions",
        report,
    );
    rule(
        "max_choices",
        r.max_choices.is_some(),
        kind == QuestionType::MultipleChoice,
        "multiple_choice questions",
        report,
    );

    let order = |lo: &str, hi: &str, bad: bool, report: Report| {
        if bad {
            report(&format!("{p}/rules/{lo}"), format!("\"{lo}\" is larger than \"{hi}\", so no answer could pass."));
        }
    };
    order("min_length", "max_length", matches!((r.min_length, r.max_length), (Some(a), Some(b)) if a > b), report);
    order("min", "max", matches!((r.min, r.max), (Some(a), Some(b)) if a > b), report);
    order("min_choices", "max_choices", matches!((r.min_choices, r.max_choices), (Some(a), Some(b)) if a > b), report);
    if let Some(max) = r.max_choices
        && max as usize > q.choices.len()
        && kind == QuestionType::MultipleChoice
    {
        report(
            &format!("{p}/rules/max_choices"),
            format!("max_choices is {max}, but there are only {} choices.", q.choices.len()),
        );
    }
    for (name, d) in [("min_date", &r.min_date), ("max_date", &r.max_date)] {
        if let Some(d) = d
            && parse_date(d).is_none()
        {
            report(&format!("{p}/rules/{name}"), format!("\"{d}\" is not a date. Write dates as YYYY-MM-DD."));
        }
    }
    order("min_date", "max_date", matches!((&r.min_date, &r.max_date), (Some(a), Some(b)) if a > b), report);
    #[cfg(feature = "regex")] // on in the checker command (`cli`); the app has no regex engine
    if let Some(pattern) = &r.pattern
        && let Err(e) = regex_lite::Regex::new(pattern)
    {
        let first = e.to_string().lines().last().unwrap_or("").trim().to_owned();
        report(&format!("{p}/rules/pattern"), format!("The pattern is not a valid regular expression: {first}"));
    }
    for (i, a) in r.accept.iter().enumerate() {
        let ok = a.starts_with('.') && a.len() > 1 || a.split('/').count() == 2 && !a.contains(' ');
        if !ok {
            report(
                &format!("{p}/rules/accept/{i}"),
                format!(
                    "\"{a}\" is not a file type. Use a MIME type like \"application/pdf\" or \"image/*\", or an extension like \".pdf\"."
                ),
            );
        }
    }
}

/// The declared languages, for translation checks.
struct Languages<'f> {
    declared: BTreeSet<&'f str>,
    default: &'f str,
}

impl<'f> Languages<'f> {
    fn of(form: &'f Form) -> Self {
        Languages { declared: form.languages.iter().map(String::as_str).collect(), default: &form.default_language }
    }

    /// A text every applicant must see: it must exist in every declared language.
    fn required(&self, t: &Translated, pointer: &str, what: &str, report: Report) {
        if t.0.values().all(|s| s.trim().is_empty()) {
            report(pointer, format!("{what} has no text. Write it in {}.", self.default));
            return;
        }
        self.optional(t, pointer, what, report);
    }

    /// A text that may be left out, but once written, must be written in every declared language.
    fn optional(&self, t: &Translated, pointer: &str, what: &str, report: Report) {
        if t.0.is_empty() {
            return;
        }
        let missing: Vec<&str> = self.declared.iter().copied().filter(|l| t.exact(l).is_none()).collect();
        if !missing.is_empty() {
            report(pointer, format!("Missing translation: {what} has no text in {}.", missing.join(", ")));
        }
        let extra: Vec<&str> = t.0.keys().map(String::as_str).filter(|l| !self.declared.contains(l)).collect();
        if !extra.is_empty() {
            report(
                pointer,
                format!("{what} has text in {}, which the form does not declare in \"languages\".", extra.join(", ")),
            );
        }
    }
}

/// Reports conditions that depend on each other in a circle (a question shown only if a later
/// question is answered, which is shown only if the first is answered…).
fn check_cycles(form: &Form, report: Report) {
    let mut edges: BTreeMap<&str, (Vec<&str>, String)> = BTreeMap::new();
    fn walk<'a>(qs: &'a [Question], base: &str, edges: &mut BTreeMap<&'a str, (Vec<&'a str>, String)>) {
        for (i, q) in qs.iter().enumerate() {
            let p = format!("{base}/{i}");
            if let Some(c) = &q.show_if {
                let refs = c.references().into_iter().map(|(id, _)| id).collect();
                edges.insert(&q.id, (refs, format!("{p}/show_if")));
            }
            walk(&q.questions, &format!("{p}/questions"), edges);
        }
    }
    for (pi, page) in form.pages.iter().enumerate() {
        walk(&page.questions, &format!("/pages/{pi}/questions"), &mut edges);
    }
    let mut reported: BTreeSet<&str> = BTreeSet::new();
    for &start in edges.keys() {
        if reported.contains(start) {
            continue;
        }
        // Depth-first search for a path back to `start`; forms are small, so this is cheap.
        let mut stack: Vec<(&str, Vec<&str>)> = vec![(start, vec![start])];
        let mut seen = BTreeSet::new();
        while let Some((node, path)) = stack.pop() {
            let Some((next, _)) = edges.get(node) else { continue };
            for &n in next {
                if n == start {
                    let mut circle = path.clone();
                    circle.push(start);
                    if let Some((_, at)) = edges.get(start) {
                        report(
                            at,
                            format!(
                                "These conditions depend on each other in a circle: {}. Break the circle.",
                                circle.join(" → ")
                            ),
                        );
                    }
                    reported.extend(path.iter().copied());
                    stack.clear();
                    break;
                }
                if seen.insert(n) {
                    let mut longer = path.clone();
                    longer.push(n);
                    stack.push((n, longer));
                }
            }
        }
    }
}
