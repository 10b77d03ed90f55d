//! Answer validation. A violation names a translation key and its parameters, never an English
//! sentence: the app turns it into words in the applicant's language.

use serde::Serialize;

use crate::answer::{Answer, Answers};
use crate::definition::{AnswerMode, Question, QuestionType};

/// What is wrong with one answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "key", rename_all = "kebab-case")]
pub enum Violation {
    /// No answer was given to a required question.
    Required,
    /// Text shorter than `min` characters.
    TooShort {
        /// Fewest characters.
        min: u32,
    },
    /// Text longer than `max` characters.
    TooLong {
        /// Most characters.
        max: u32,
    },
    /// Not a number.
    NotANumber,
    /// A number below `min`.
    TooSmall {
        /// Smallest value.
        min: f64,
    },
    /// A number above `max`.
    TooLarge {
        /// Largest value.
        max: f64,
    },
    /// A number with a fraction where a whole number is needed.
    NotWholeNumber,
    /// Not an e-mail address.
    NotAnEmail,
    /// Not a phone number.
    NotAPhone,
    /// Text that does not have the expected form.
    PatternMismatch,
    /// Not a real date.
    NotADate,
    /// A date before `min`.
    DateTooEarly {
        /// Earliest date, `YYYY-MM-DD`.
        min: String,
    },
    /// A date after `max`.
    DateTooLate {
        /// Latest date, `YYYY-MM-DD`.
        max: String,
    },
    /// A value that is not one of the choices.
    NotAChoice,
    /// Fewer choices than `min`.
    TooFewChoices {
        /// Fewest choices.
        min: u32,
    },
    /// More choices than `max`.
    TooManyChoices {
        /// Most choices.
        max: u32,
    },
    /// A scale value outside the scale.
    OutOfScale,
    /// Consent not given.
    MustConsent,
    /// A file of a type the question does not accept.
    FileTypeNotAllowed,
    /// A file larger than `max_bytes`.
    FileTooLarge {
        /// Largest size in bytes.
        max_bytes: u64,
    },
    /// A recording longer than `max_seconds`.
    RecordingTooLong {
        /// Longest recording in seconds.
        max_seconds: u32,
    },
    /// An answer of a kind this question does not take (e.g. a recording where only writing is allowed).
    WrongKind,
    /// A group with fewer entries than `min`.
    TooFewEntries {
        /// Fewest entries.
        min: u32,
    },
    /// A group with more entries than `max`.
    TooManyEntries {
        /// Most entries.
        max: u32,
    },
}

/// A value for a violation's message.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    /// A number (a length, a limit, a size in bytes, a duration in seconds).
    Number(f64),
    /// A date, `YYYY-MM-DD`.
    Date(String),
}

impl Violation {
    /// The name in the message key, as serialised (`#[serde(tag = "key")]`): written out rather
    /// than serialised at run time, which would put a JSON serialiser in the app's first load.
    fn name(&self) -> &'static str {
        match self {
            Violation::Required => "required",
            Violation::TooShort { .. } => "too-short",
            Violation::TooLong { .. } => "too-long",
            Violation::NotANumber => "not-a-number",
            Violation::TooSmall { .. } => "too-small",
            Violation::TooLarge { .. } => "too-large",
            Violation::NotWholeNumber => "not-whole-number",
            Violation::NotAnEmail => "not-an-email",
            Violation::NotAPhone => "not-a-phone",
            Violation::PatternMismatch => "pattern-mismatch",
            Violation::NotADate => "not-a-date",
            Violation::DateTooEarly { .. } => "date-too-early",
            Violation::DateTooLate { .. } => "date-too-late",
            Violation::NotAChoice => "not-a-choice",
            Violation::TooFewChoices { .. } => "too-few-choices",
            Violation::TooManyChoices { .. } => "too-many-choices",
            Violation::OutOfScale => "out-of-scale",
            Violation::MustConsent => "must-consent",
            Violation::FileTypeNotAllowed => "file-type-not-allowed",
            Violation::FileTooLarge { .. } => "file-too-large",
            Violation::RecordingTooLong { .. } => "recording-too-long",
            Violation::WrongKind => "wrong-kind",
            Violation::TooFewEntries { .. } => "too-few-entries",
            Violation::TooManyEntries { .. } => "too-many-entries",
        }
    }

    /// The translation key of the message, e.g. `error-too-short`.
    pub fn key(&self) -> String {
        format!("error-{}", self.name())
    }

    /// The parameters of the message, as `(name, value)` pairs, named as serialised.
    pub fn params(&self) -> Vec<(&'static str, Param)> {
        let number = |name, n: f64| vec![(name, Param::Number(n))];
        match self {
            Violation::TooShort { min } | Violation::TooFewChoices { min } | Violation::TooFewEntries { min } => {
                number("min", f64::from(*min))
            }
            Violation::TooLong { max } | Violation::TooManyChoices { max } | Violation::TooManyEntries { max } => {
                number("max", f64::from(*max))
            }
            Violation::TooSmall { min } => number("min", *min),
            Violation::TooLarge { max } => number("max", *max),
            // Sizes in bytes stay far below 2^53, where an f64 is exact.
            #[allow(clippy::cast_precision_loss)]
            Violation::FileTooLarge { max_bytes } => number("max_bytes", *max_bytes as f64),
            Violation::RecordingTooLong { max_seconds } => number("max_seconds", f64::from(*max_seconds)),
            Violation::DateTooEarly { min } => vec![("min", Param::Date(min.clone()))],
            Violation::DateTooLate { max } => vec![("max", Param::Date(max.clone()))],
            Violation::Required
            | Violation::NotANumber
            | Violation::NotWholeNumber
            | Violation::NotAnEmail
            | Violation::NotAPhone
            | Violation::PatternMismatch
            | Violation::NotADate
            | Violation::NotAChoice
            | Violation::OutOfScale
            | Violation::MustConsent
            | Violation::FileTypeNotAllowed
            | Violation::WrongKind => Vec::new(),
        }
    }
}

/// A violation at a place in the form: a question id, or `group.2.member` inside group entries
/// (entry numbers start at 1, as people count).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldError {
    /// Where: `question` or `group.n.question`.
    pub field: String,
    /// What is wrong.
    pub violation: Violation,
}

/// Checks one answer against its question. Returns the first thing wrong, so the applicant gets
/// one clear message per field.
pub fn validate_answer(q: &Question, answer: Option<&Answer>) -> Option<Violation> {
    let Some(answer) = answer.filter(|a| a.is_given()) else {
        return if q.required { Some(Violation::Required) } else { None };
    };
    if let Answer::Media(m) = answer {
        let allowed =
            q.kind.is_media() || (q.kind.is_written() && q.accepted_modes().iter().any(|m| *m != AnswerMode::Write));
        if !allowed {
            return Some(Violation::WrongKind);
        }
        return validate_media(q, m);
    }
    let rules = &q.rules;
    match q.kind {
        QuestionType::ShortText | QuestionType::LongText | QuestionType::Email | QuestionType::Phone => {
            let Answer::Text(text) = answer else { return Some(Violation::WrongKind) };
            let text = text.trim();
            let chars = text.chars().count() as u64;
            if let Some(min) = rules.min_length
                && !validator::ValidateLength::validate_length(&text, Some(u64::from(min)), None, None)
            {
                return Some(Violation::TooShort { min });
            }
            if let Some(max) = rules.max_length
                && chars > u64::from(max)
            {
                return Some(Violation::TooLong { max });
            }
            if q.kind == QuestionType::Email && !is_email(text) {
                return Some(Violation::NotAnEmail);
            }
            if q.kind == QuestionType::Phone && !is_phone(text) {
                return Some(Violation::NotAPhone);
            }
            if let Some(pattern) = &rules.pattern {
                // An uncompilable pattern is the checker's to report; it must not block applicants.
                if pattern_matches(pattern, text) == Some(false) {
                    return Some(Violation::PatternMismatch);
                }
            }
            None
        }
        QuestionType::Number => {
            let Answer::Number(n) = answer else { return Some(Violation::NotANumber) };
            if let Some(min) = rules.min
                && !validator::ValidateRange::validate_range(n, Some(min), None, None, None)
            {
                return Some(Violation::TooSmall { min });
            }
            if let Some(max) = rules.max
                && !validator::ValidateRange::validate_range(n, None, Some(max), None, None)
            {
                return Some(Violation::TooLarge { max });
            }
            if rules.whole_number && n.fract() != 0.0 {
                return Some(Violation::NotWholeNumber);
            }
            None
        }
        QuestionType::Date => {
            let Answer::Date(d) = answer else { return Some(Violation::NotADate) };
            if parse_date(d).is_none() {
                return Some(Violation::NotADate);
            }
            if let Some(min) = &rules.min_date
                && d.as_str() < min.as_str()
            {
                return Some(Violation::DateTooEarly { min: min.clone() });
            }
            if let Some(max) = &rules.max_date
                && d.as_str() > max.as_str()
            {
                return Some(Violation::DateTooLate { max: max.clone() });
            }
            None
        }
        QuestionType::SingleChoice => match answer {
            Answer::Choice(v) if q.choices.iter().any(|c| &c.value == v) => None,
            _ => Some(Violation::NotAChoice),
        },
        QuestionType::MultipleChoice => {
            let Answer::Choices(vs) = answer else { return Some(Violation::NotAChoice) };
            if vs.iter().any(|v| !q.choices.iter().any(|c| &c.value == v)) {
                return Some(Violation::NotAChoice);
            }
            let count = vs.len() as u64;
            if let Some(min) = rules.min_choices
                && count < u64::from(min)
            {
                return Some(Violation::TooFewChoices { min });
            }
            if let Some(max) = rules.max_choices
                && count > u64::from(max)
            {
                return Some(Violation::TooManyChoices { max });
            }
            None
        }
        QuestionType::YesNo => match answer {
            Answer::Bool(_) => None,
            _ => Some(Violation::WrongKind),
        },
        QuestionType::Consent => match answer {
            Answer::Bool(true) => None,
            Answer::Bool(false) if !q.required => None,
            Answer::Bool(false) => Some(Violation::MustConsent),
            _ => Some(Violation::WrongKind),
        },
        QuestionType::Scale => match (answer, &q.scale) {
            (Answer::Scale(v), Some(s)) if (s.min..=s.max).contains(v) => None,
            _ => Some(Violation::OutOfScale),
        },
        // Media answers returned above; anything else here is the wrong kind.
        QuestionType::File | QuestionType::Audio | QuestionType::Video => Some(Violation::WrongKind),
        QuestionType::Group => match answer {
            Answer::Entries(e) => entry_count_violation(q, e.len()),
            _ => Some(Violation::WrongKind),
        },
    }
}

/// The violation of a group's entry count, if any (also used when no entry exists yet).
pub fn entry_count_violation(q: &Question, count: usize) -> Option<Violation> {
    let count = count as u64;
    let min = q.min_entries.unwrap_or(u32::from(q.required));
    if count < u64::from(min) {
        return Some(if count == 0 && q.required { Violation::Required } else { Violation::TooFewEntries { min } });
    }
    match q.max_entries {
        Some(max) if count > u64::from(max) => Some(Violation::TooManyEntries { max }),
        _ => None,
    }
}

fn validate_media(q: &Question, m: &crate::answer::MediaRef) -> Option<Violation> {
    if !q.rules.accept.is_empty() && !accepts(&q.rules.accept, &m.mime, &m.name) {
        return Some(Violation::FileTypeNotAllowed);
    }
    if let Some(max_bytes) = q.rules.max_bytes
        && m.bytes > max_bytes
    {
        return Some(Violation::FileTooLarge { max_bytes });
    }
    if let (Some(max_seconds), Some(ms)) = (q.rules.max_seconds, m.duration_ms) {
        // A recorder stops at the limit; allow one second for the last chunk to arrive.
        if ms > (u64::from(max_seconds) + 1) * 1000 {
            return Some(Violation::RecordingTooLong { max_seconds });
        }
    }
    None
}

/// Whether a file with `mime` and `name` matches an `accept` list (`image/*`, `video/webm`, `.pdf`).
pub fn accepts(accept: &[String], mime: &str, name: &str) -> bool {
    let mime = mime.to_ascii_lowercase();
    let base_mime = mime.split(';').next().unwrap_or("").trim();
    let name = name.to_ascii_lowercase();
    accept.iter().any(|a| {
        let a = a.trim().to_ascii_lowercase();
        if let Some(ext) = a.strip_prefix('.') {
            name.ends_with(&format!(".{ext}"))
        } else if let Some(family) = a.strip_suffix("/*") {
            base_mime.split('/').next() == Some(family)
        } else {
            base_mime == a
        }
    })
}

/// Whether `text` is an e-mail address a person could write to (RFC 5321/5322 via `email_address`,
/// which costs 8 KB in the app where `validator`'s check costs 332 KB).
pub fn is_email(text: &str) -> bool {
    // A dotless domain ("amina@localhost") is valid by the RFC but is always a typo on a form.
    email_address::EmailAddress::is_valid(text) && text.rsplit('@').next().is_some_and(|d| d.contains('.'))
}

/// Whether `text` looks like a phone number: 7 to 15 digits (E.164), with an optional leading `+`
/// and spaces, dashes, dots or brackets between.
pub fn is_phone(text: &str) -> bool {
    let text = text.trim();
    let body = text.strip_prefix('+').unwrap_or(text);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits) && body.chars().all(|c| c.is_ascii_digit() || " -.()".contains(c))
}

/// Whether all of `text` matches `pattern`; `None` if the pattern cannot be compiled (or there is
/// nothing to match with). The function in [`PATTERN_MATCHER`] if one is set, else `regex-lite`
/// (feature `regex`).
pub fn pattern_matches(pattern: &str, text: &str) -> Option<bool> {
    if let Some(matches) = PATTERN_MATCHER.get() {
        return matches(pattern, text);
    }
    #[cfg(feature = "regex")]
    return regex_lite::Regex::new(&format!("^(?:{pattern})$")).ok().map(|re| re.is_match(text));
    #[cfg(not(feature = "regex"))]
    None
}

/// How to match a definition's `pattern` against a whole text (`None`: the pattern does not
/// compile), instead of `regex-lite`. The web app sets the browser's `RegExp` and builds the
/// engine without the `regex` feature, which keeps a regex engine out of the wasm.
pub static PATTERN_MATCHER: std::sync::OnceLock<fn(&str, &str) -> Option<bool>> = std::sync::OnceLock::new();

/// Reads a `YYYY-MM-DD` date, checking the day exists (29 February only in leap years).
pub fn parse_date(text: &str) -> Option<(i32, u32, u32)> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let y: i32 = text.get(0..4)?.parse().ok()?;
    let m: u32 = text.get(5..7)?.parse().ok()?;
    let d: u32 = text.get(8..10)?.parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}

/// Validates the answers to `questions` (already known to be shown) and, inside each entry of
/// each repeatable group, the members that `entry_visible` says are shown for that entry.
/// Field paths number entries from 1.
pub fn validate_questions(
    questions: &[&Question],
    answers: &Answers,
    prefix: &str,
    entry_visible: &dyn Fn(&Question, &Answers) -> bool,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for q in questions {
        let field = format!("{prefix}{}", q.id);
        if q.kind == QuestionType::Group {
            let entries: &[Answers] = match answers.0.get(&q.id) {
                Some(Answer::Entries(e)) => e,
                _ => &[],
            };
            if let Some(violation) = entry_count_violation(q, entries.len()) {
                errors.push(FieldError { field: field.clone(), violation });
            }
            for (i, entry) in entries.iter().enumerate() {
                let members: Vec<&Question> = q.questions.iter().filter(|m| entry_visible(m, entry)).collect();
                errors.extend(validate_questions(&members, entry, &format!("{field}.{}.", i + 1), entry_visible));
            }
        } else if let Some(violation) = validate_answer(q, answers.get(&q.id)) {
            errors.push(FieldError { field, violation });
        }
    }
    errors
}
