//! Interface strings (everything that is not form content).
//!
//! English only for now; the Fluent files for every interface language replace this table
//! (see the multilingual issue). Keys are the ones the Fluent files use.

use forms::Violation;

/// The interface string `key` in `lang`.
pub fn t(_lang: &str, key: &str) -> &'static str {
    match key {
        "loading" => "Loading the form…",
        "continue" => "Continue",
        "listen" => "Listen",
        "listen-stop" => "Stop",
        "move-up" => "Move up",
        "move-down" => "Move down",
        "date-day" => "Day",
        "date-month" => "Month",
        "date-year" => "Year",
        "back" => "Back",
        "start" => "Start now",
        "change" => "Change",
        "check-title" => "Check your answers",
        "check-intro" => "Look at your answers. You can change them.",
        "submit" => "Send my application",
        "sending" => "Sending…",
        "not-answered" => "Not answered",
        "yes" => "Yes",
        "consent-agree" => "Yes, I agree",
        "no" => "No",
        "error-prefix" => "Error:",
        "error-summary-title" => "There is a problem",
        "optional" => "(optional)",
        "done-title" => "Application sent",
        "done-reference" => "Your reference number",
        "done-keep" => "Write this number down, or take a photo of it.",
        "send-failed" => "Your application was not sent yet. Your answers are still here. Please try again.",
        "send-rejected" => "Your application could not be accepted. Please contact us.",
        "try-again" => "Try again",
        "closed" => "This form is closed. It is not taking new applications.",
        "contact-intro" => "Not sure? Talk to us first.",
        "minutes" => "minutes",
        "time-needed" => "Time needed:",
        "closes" => "Closes:",
        "who-can-apply" => "Who can apply",
        "cannot-open" => "Sorry, this form cannot be opened right now.",
        "cannot-open-next" => "Please try again later, or ask the person who gave you the link.",
        "details-for-organisers" => "Details for the organisers",
        "add-entry" => "Add another",
        "remove-entry" => "Remove",
        "files-not-ready" => {
            "Recording and uploading files is not available in this version. Please describe your answer in writing, or contact us."
        }
        _ => "",
    }
}

/// "Question 3 of 12".
pub fn progress(_lang: &str, current: usize, total: usize) -> String {
    format!("Question {current} of {total}")
}

/// The message for a violation, in `lang`.
pub fn violation(_lang: &str, v: &Violation) -> String {
    match v {
        Violation::Required => "Please answer this question.".into(),
        Violation::TooShort { min } => format!("Please write at least {min} characters."),
        Violation::TooLong { max } => format!("Please write no more than {max} characters."),
        Violation::NotANumber => "Please write a number, like 250.".into(),
        Violation::TooSmall { min } => format!("The number must be {min} or more."),
        Violation::TooLarge { max } => format!("The number must be {max} or less."),
        Violation::NotWholeNumber => "Please write a whole number, with no decimals.".into(),
        Violation::NotAnEmail => "Please write an e-mail address, like name@example.com.".into(),
        Violation::NotAPhone => "Please write a phone number, like 07700 900123.".into(),
        Violation::PatternMismatch => "Please check this answer. It is not in the expected form.".into(),
        Violation::NotADate => "Please enter a real date.".into(),
        Violation::DateTooEarly { min } => format!("The date must be on or after {min}."),
        Violation::DateTooLate { max } => format!("The date must be on or before {max}."),
        Violation::NotAChoice => "Please choose one of the options.".into(),
        Violation::TooFewChoices { min } => format!("Please choose at least {min}."),
        Violation::TooManyChoices { max } => format!("Please choose no more than {max}."),
        Violation::OutOfScale => "Please choose a point on the scale.".into(),
        Violation::MustConsent => "Please tick the box to agree.".into(),
        Violation::FileTypeNotAllowed => "This type of file cannot be used here.".into(),
        Violation::FileTooLarge { max_bytes } => {
            format!("The file is too big. The limit is {} MB.", max_bytes / 1_000_000)
        }
        Violation::RecordingTooLong { max_seconds } => {
            format!("The recording is too long. The limit is {max_seconds} seconds.")
        }
        Violation::WrongKind => "Please check this answer.".into(),
        Violation::TooFewEntries { min } => format!("Please add at least {min}."),
        Violation::TooManyEntries { max } => format!("Please add no more than {max}."),
    }
}

/// Whether `lang` is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(
        lang.split('-').next().unwrap_or(""),
        "ar" | "fa" | "prs" | "ps" | "ur" | "ckb" | "he" | "yi" | "dv" | "sd" | "ug"
    )
}
