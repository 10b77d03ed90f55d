//! Engine scenarios: an applicant's answers meet a form built in code.
//!
//! Every form here is built with [`FormBuilder`], which also runs it through the checker (via its
//! JSON), so a scenario can never rest on a form the checker would refuse.
// These are tests: a failed `expect` is a failed test, which is what it should be.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use forms::definition::Organisation;
use forms::{
    Answer, AnswerMode, Answers, Comparison, Condition, DRAFT_SCHEMA_VERSION, Draft, DraftError, Form, Identity,
    Layout, Literal, MediaRef, Membership, Page, Question, QuestionType, QuestionType::*, Rules, Scale as ScaleRange,
    Step, Translated, Violation,
};

// ---------------------------------------------------------------------------------------------
// A tiny builder for forms in code.

fn en(text: &str) -> Translated {
    Translated::from_pairs([("en", text)])
}

struct FormBuilder {
    form: Form,
}

impl FormBuilder {
    fn new(id: &str) -> Self {
        FormBuilder {
            form: Form {
                schema: None,
                id: id.to_owned(),
                version: "1".to_owned(),
                title: en("A small grant"),
                description: Translated::default(),
                who_can_apply: Translated::default(),
                minutes_needed: None,
                organisation: Organisation { name: en("Green Shoots"), logo: None, theme: None },
                default_language: "en".to_owned(),
                languages: vec!["en".to_owned()],
                contact: None,
                opens: None,
                closes: None,
                layout: Layout::OneQuestionPerPage,
                pages: Vec::new(),
            },
        }
    }

    /// Starts a new page; later questions go on it.
    fn page(mut self, id: &str) -> Self {
        let page =
            Page { id: id.to_owned(), title: en(id), intro: Translated::default(), show_if: None, questions: vec![] };
        self.form.pages.push(page);
        self
    }

    /// Starts a new page shown only when `condition` holds.
    fn page_if(mut self, id: &str, condition: Condition) -> Self {
        self = self.page(id);
        self.last_page().show_if = Some(condition);
        self
    }

    /// Adds a question to the current page (the first page, "start", if none was started).
    fn question(mut self, q: Question) -> Self {
        self.last_page().questions.push(q);
        self
    }

    /// Every question of a page on one screen.
    fn grouped(mut self) -> Self {
        self.form.layout = Layout::Grouped;
        self
    }

    fn version(mut self, version: &str) -> Self {
        self.form.version = version.to_owned();
        self
    }

    fn last_page(&mut self) -> &mut Page {
        if self.form.pages.is_empty() {
            let start = Page {
                id: "start".into(),
                title: en("Start"),
                intro: Translated::default(),
                show_if: None,
                questions: vec![],
            };
            self.form.pages.push(start);
        }
        self.form.pages.last_mut().expect("there is a page")
    }

    /// The form as its JSON text, which the checker must accept.
    fn source(&self) -> String {
        serde_json::to_string_pretty(&self.form).expect("a form serialises")
    }

    /// The form, read back from its JSON through the checker.
    fn build(&self) -> Form {
        let source = self.source();
        forms::load(source.as_bytes(), "built.json", None)
            .unwrap_or_else(|problems| panic!("the scenario's form is invalid: {problems:#?}\n{source}"))
    }
}

fn q(id: &str, kind: QuestionType) -> Question {
    Question {
        id: id.to_owned(),
        kind,
        label: en(id),
        hint: Translated::default(),
        help: Translated::default(),
        required: false,
        show_if: None,
        rules: Rules::default(),
        modes: Vec::new(),
        prompt: Default::default(),
        choices: Vec::new(),
        scale: None,
        recording: None,
        questions: Vec::new(),
        min_entries: None,
        max_entries: None,
        entry_label: Translated::default(),
    }
}

trait QuestionExt: Sized {
    fn required(self) -> Self;
    fn rules(self, set: impl FnOnce(&mut Rules)) -> Self;
    fn choices(self, values: &[&str]) -> Self;
    fn show_if(self, condition: Condition) -> Self;
    fn scale(self, min: i32, max: i32) -> Self;
    fn modes(self, modes: &[AnswerMode]) -> Self;
    fn members(self, members: Vec<Question>) -> Self;
    fn entries(self, min: Option<u32>, max: Option<u32>) -> Self;
}

impl QuestionExt for Question {
    fn required(mut self) -> Self {
        self.required = true;
        self
    }
    fn rules(mut self, set: impl FnOnce(&mut Rules)) -> Self {
        set(&mut self.rules);
        self
    }
    fn choices(mut self, values: &[&str]) -> Self {
        self.choices = values
            .iter()
            .map(|v| forms::Choice {
                value: (*v).to_owned(),
                label: en(v),
                picture: None,
                picture_alt: Translated::default(),
            })
            .collect();
        self
    }
    fn show_if(mut self, condition: Condition) -> Self {
        self.show_if = Some(condition);
        self
    }
    fn scale(mut self, min: i32, max: i32) -> Self {
        self.scale =
            Some(ScaleRange { min, max, style: Default::default(), min_label: en("low"), max_label: en("high") });
        self
    }
    fn modes(mut self, modes: &[AnswerMode]) -> Self {
        self.modes = modes.to_vec();
        self
    }
    fn members(mut self, members: Vec<Question>) -> Self {
        self.questions = members;
        self
    }
    fn entries(mut self, min: Option<u32>, max: Option<u32>) -> Self {
        self.min_entries = min;
        self.max_entries = max;
        self
    }
}

// Answers.

fn text(t: &str) -> Answer {
    Answer::Text(t.to_owned())
}
fn num(n: f64) -> Answer {
    Answer::Number(n)
}
fn date(d: &str) -> Answer {
    Answer::Date(d.to_owned())
}
fn yes(b: bool) -> Answer {
    Answer::Bool(b)
}
fn choice(c: &str) -> Answer {
    Answer::Choice(c.to_owned())
}
fn picked(cs: &[&str]) -> Answer {
    Answer::Choices(cs.iter().map(|c| (*c).to_owned()).collect())
}
fn media(name: &str, mime: &str, bytes: u64, duration_ms: Option<u64>) -> Answer {
    Answer::Media(MediaRef {
        id: format!("blob-{name}"),
        name: name.to_owned(),
        mime: mime.to_owned(),
        bytes,
        duration_ms,
    })
}
fn entries(list: Vec<Answers>) -> Answer {
    Answer::Entries(list)
}

fn answers<const N: usize>(pairs: [(&str, Answer); N]) -> Answers {
    let mut a = Answers::default();
    for (id, answer) in pairs {
        a.set(id, Some(answer));
    }
    a
}

// Conditions.

trait IntoLiteral {
    fn literal(self) -> Literal;
}
impl IntoLiteral for &str {
    fn literal(self) -> Literal {
        Literal::Text(self.to_owned())
    }
}
impl IntoLiteral for f64 {
    fn literal(self) -> Literal {
        Literal::Number(self)
    }
}
impl IntoLiteral for bool {
    fn literal(self) -> Literal {
        Literal::Bool(self)
    }
}

fn cmp(question: &str, value: impl IntoLiteral) -> Comparison {
    Comparison { question: question.to_owned(), value: value.literal() }
}
fn equals(question: &str, value: impl IntoLiteral) -> Condition {
    Condition::Equals(cmp(question, value))
}
fn not_equals(question: &str, value: impl IntoLiteral) -> Condition {
    Condition::NotEquals(cmp(question, value))
}
fn one_of(question: &str, values: &[&str]) -> Condition {
    Condition::OneOf(Membership { question: question.to_owned(), values: values.iter().map(|v| v.literal()).collect() })
}
fn includes(question: &str, value: &str) -> Condition {
    Condition::Includes(cmp(question, value))
}
fn greater_than(question: &str, value: impl IntoLiteral) -> Condition {
    Condition::GreaterThan(cmp(question, value))
}
fn less_than(question: &str, value: impl IntoLiteral) -> Condition {
    Condition::LessThan(cmp(question, value))
}
fn at_least(question: &str, value: impl IntoLiteral) -> Condition {
    Condition::AtLeast(cmp(question, value))
}
fn at_most(question: &str, value: impl IntoLiteral) -> Condition {
    Condition::AtMost(cmp(question, value))
}
fn answered(question: &str) -> Condition {
    Condition::Answered(question.to_owned())
}
fn unanswered(question: &str) -> Condition {
    Condition::Unanswered(question.to_owned())
}
fn not(c: Condition) -> Condition {
    Condition::Not(Box::new(c))
}

fn holds(c: &Condition, a: &Answers) -> bool {
    c.holds(&|id| a.get(id))
}

// Validation.

/// No problems at all, to compare with [`problems`].
const NO_PROBLEMS: [(String, String); 0] = [];

/// A (field, translation key) pair, as [`problems`] lists them.
fn err(field: &str, key: &str) -> (String, String) {
    (field.to_owned(), key.to_owned())
}

/// Every problem with `a` in `form`, as (field, translation key) pairs.
fn problems(form: &Form, a: &Answers) -> Vec<(String, String)> {
    form.validate_all(a).into_iter().map(|e| (e.field, e.violation.key())).collect()
}

/// What is wrong with `answer` to `question`, asked alone in a form.
fn verdict(question: Question, answer: Option<Answer>) -> Option<Violation> {
    let id = question.id.clone();
    let form = FormBuilder::new("one").question(question).build();
    let mut a = Answers::default();
    a.set(&id, answer);
    let errors = form.validate_all(&a);
    assert!(errors.len() <= 1, "one message per field: {errors:?}");
    errors.into_iter().find(|e| e.field == id).map(|e| e.violation)
}

fn ok(question: &Question, answer: Answer) {
    assert_eq!(verdict(question.clone(), Some(answer.clone())), None, "{answer:?} should pass {}", question.id);
}

fn bad(question: &Question, answer: Answer, expected: Violation) {
    assert_eq!(verdict(question.clone(), Some(answer.clone())), Some(expected), "{answer:?} on {}", question.id);
}

// ---------------------------------------------------------------------------------------------
// Validation of every question type.

#[test]
fn a_required_question_needs_an_answer_and_blank_text_is_no_answer() {
    let name = q("name", ShortText).required();
    assert_eq!(verdict(name.clone(), None), Some(Violation::Required));
    bad(&name, text("   \n"), Violation::Required);
    ok(&name, text("Amina"));
    // Not required: nothing to say about no answer.
    assert_eq!(verdict(q("nickname", ShortText), None), None);
}

#[test]
fn short_text_lengths_count_characters_not_bytes() {
    // "اسم" is 3 characters in 6 bytes: counting bytes would pass the minimum and fail the maximum.
    let short = q("name", ShortText).rules(|r| r.min_length = Some(4));
    bad(&short, text("اسم"), Violation::TooShort { min: 4 });
    ok(&short, text("اسمي"));
    let long = q("name", ShortText).rules(|r| r.max_length = Some(3));
    ok(&long, text("اسم"));
    bad(&long, text("اسمي"), Violation::TooLong { max: 3 });
    // Spaces around the answer do not count.
    ok(&long, text("  abc  "));
}

#[test]
fn short_text_pattern_must_match_the_whole_answer() {
    let postcode = q("postcode", ShortText).rules(|r| r.pattern = Some("[A-Z]{2}[0-9]{1,2} [0-9][A-Z]{2}".into()));
    ok(&postcode, text("SW1 1AA"));
    ok(&postcode, text("EH12 9AB"));
    bad(&postcode, text("EH12 9AB please"), Violation::PatternMismatch);
    bad(&postcode, text("eh12 9ab"), Violation::PatternMismatch);
}

#[test]
fn long_text_follows_the_same_rules_and_may_be_said_instead() {
    let story = q("story", LongText).required().rules(|r| r.max_length = Some(10));
    ok(&story, text("line one\nx"));
    bad(&story, text("line one\nline two"), Violation::TooLong { max: 10 });
    // A recording where only writing is allowed is the wrong kind of answer…
    bad(&story, media("story.webm", "audio/webm", 1000, Some(5000)), Violation::WrongKind);
    // …but with "say it instead" it is an answer, and recording limits apply to it.
    let said = story.modes(&[AnswerMode::Say]).rules(|r| r.max_seconds = Some(60));
    ok(&said, media("story.webm", "audio/webm", 1000, Some(5000)));
    bad(&said, media("story.webm", "audio/webm", 1000, Some(90_000)), Violation::RecordingTooLong { max_seconds: 60 });
}

#[test]
fn numbers_have_inclusive_bounds_and_may_need_to_be_whole() {
    let age = q("age", Number).rules(|r| {
        r.min = Some(16.0);
        r.max = Some(120.0);
        r.whole_number = true;
    });
    ok(&age, num(16.0));
    ok(&age, num(120.0));
    bad(&age, num(15.0), Violation::TooSmall { min: 16.0 });
    bad(&age, num(121.0), Violation::TooLarge { max: 120.0 });
    bad(&age, num(16.5), Violation::NotWholeNumber);
    // What could not be read as a number is kept as typed, and called out.
    bad(&age, text("sixteen"), Violation::NotANumber);
    let amount = q("amount", Number).rules(|r| r.max = Some(500.0));
    ok(&amount, num(499.99));
}

#[test]
fn numbers_typed_by_people_are_read_before_they_are_judged() {
    let age = q("age", Number).rules(|r| r.min = Some(18.0));
    let typed = |raw: &str| Answer::from_input(Number, raw).expect("something was typed");
    ok(&age, typed("٢٥"));
    bad(&age, typed("۱۷"), Violation::TooSmall { min: 18.0 });
    bad(&age, typed("twenty"), Violation::NotANumber);
}

#[test]
fn email_addresses_need_a_domain_with_a_dot() {
    let email = q("email", Email);
    ok(&email, text("amina@example.org"));
    ok(&email, text("  amina.yusuf+grants@mail.example.co.uk "));
    bad(&email, text("amina@localhost"), Violation::NotAnEmail);
    bad(&email, text("amina.example.org"), Violation::NotAnEmail);
    bad(&email, text("amina@@example.org"), Violation::NotAnEmail);
}

#[test]
fn phone_numbers_have_seven_to_fifteen_digits() {
    let phone = q("phone", Phone);
    ok(&phone, text("+44 20 7946 0000"));
    ok(&phone, text("(020) 7946-0000"));
    ok(&phone, text("1234567"));
    bad(&phone, text("123456"), Violation::NotAPhone);
    bad(&phone, text("1234567890123456"), Violation::NotAPhone);
    bad(&phone, text("call me"), Violation::NotAPhone);
    bad(&phone, text("+44 20 7946 0000 ext 2"), Violation::NotAPhone);
    // Arabic-Indic digits are read as the same number.
    ok(&phone, Answer::from_input(Phone, "+٤٤ ٢٠ ٧٩٤٦ ٠٠٠٠").expect("typed"));
}

#[test]
fn dates_must_exist_and_fall_within_the_bounds() {
    let start = q("start", Date).rules(|r| {
        r.min_date = Some("2026-05-01".into());
        r.max_date = Some("2028-12-31".into());
    });
    ok(&start, date("2026-05-01"));
    ok(&start, date("2028-12-31"));
    bad(&start, date("2026-04-30"), Violation::DateTooEarly { min: "2026-05-01".into() });
    bad(&start, date("2029-01-01"), Violation::DateTooLate { max: "2028-12-31".into() });
    bad(&start, date("2026-13-01"), Violation::NotADate);
    bad(&start, text("next spring"), Violation::NotADate);
}

#[test]
fn the_twenty_ninth_of_february_exists_only_in_leap_years() {
    let day = q("day", Date);
    let typed = |raw: &str| Answer::from_input(Date, raw).expect("typed");
    assert_eq!(typed("2028-02-29"), date("2028-02-29"));
    ok(&day, typed("2028-02-29"));
    ok(&day, typed("2000-02-29")); // divisible by 400
    // Not a leap year: kept as typed, so the applicant can correct it, and called out.
    assert_eq!(typed("2026-02-29"), text("2026-02-29"));
    bad(&day, typed("2026-02-29"), Violation::NotADate);
    bad(&day, typed("1900-02-29"), Violation::NotADate); // divisible by 100, not by 400
    bad(&day, date("2026-02-29"), Violation::NotADate); // even when stored as a date
}

#[test]
fn a_single_choice_answer_must_be_one_of_the_choices() {
    let colour = q("colour", SingleChoice).required().choices(&["red", "blue"]);
    ok(&colour, choice("red"));
    bad(&colour, choice("green"), Violation::NotAChoice);
    bad(&colour, picked(&["red"]), Violation::NotAChoice);
    bad(&colour, text("red"), Violation::NotAChoice);
}

#[test]
fn multiple_choice_counts_choices_between_min_and_max() {
    let areas = q("areas", MultipleChoice).required().choices(&["food", "youth", "green", "arts"]).rules(|r| {
        r.min_choices = Some(2);
        r.max_choices = Some(3);
    });
    ok(&areas, picked(&["food", "youth"]));
    ok(&areas, picked(&["food", "youth", "arts"]));
    bad(&areas, picked(&["food"]), Violation::TooFewChoices { min: 2 });
    bad(&areas, picked(&["food", "youth", "green", "arts"]), Violation::TooManyChoices { max: 3 });
    bad(&areas, picked(&["food", "sport"]), Violation::NotAChoice);
    // Nothing ticked is no answer at all.
    bad(&areas, picked(&[]), Violation::Required);
    bad(&areas, choice("food"), Violation::NotAChoice);
}

#[test]
fn yes_no_takes_no_as_an_answer() {
    let member = q("member", YesNo).required();
    ok(&member, yes(false));
    ok(&member, yes(true));
    bad(&member, text("yes"), Violation::WrongKind);
}

#[test]
fn a_scale_answer_must_be_on_the_scale() {
    let happy = q("happy", Scale).scale(1, 5);
    ok(&happy, Answer::Scale(1));
    ok(&happy, Answer::Scale(5));
    bad(&happy, Answer::Scale(0), Violation::OutOfScale);
    bad(&happy, Answer::Scale(6), Violation::OutOfScale);
    bad(&happy, num(3.0), Violation::OutOfScale);
}

#[test]
fn required_consent_must_be_given() {
    let agree = q("agree", Consent).required();
    ok(&agree, yes(true));
    bad(&agree, yes(false), Violation::MustConsent);
    assert_eq!(verdict(agree, None), Some(Violation::Required));
    // Optional consent (e.g. "you may contact me later") may be declined.
    ok(&q("contact_later", Consent), yes(false));
}

#[test]
fn files_must_be_of_an_accepted_type_and_at_most_max_bytes() {
    let ten_mb = 10 * 1024 * 1024;
    let plan = q("plan", File).rules(|r| {
        r.accept = vec![".pdf".into(), "image/*".into(), "text/plain".into()];
        r.max_bytes = Some(ten_mb);
    });
    ok(&plan, media("Plan.PDF", "application/octet-stream", 1000, None)); // extension, any case
    ok(&plan, media("photo.heic", "image/heic", 1000, None)); // a family of types
    ok(&plan, media("notes.txt", "text/plain; charset=utf-8", 1000, None)); // parameters ignored
    ok(&plan, media("plan.pdf", "application/pdf", ten_mb, None)); // exactly the limit
    bad(&plan, media("plan.pdf", "application/pdf", ten_mb + 1, None), Violation::FileTooLarge { max_bytes: ten_mb });
    bad(&plan, media("plan.docx", "application/msword", 1000, None), Violation::FileTypeNotAllowed);
    bad(&plan, text("plan.pdf"), Violation::WrongKind);
    // Without an accept list any file goes.
    ok(&q("anything", File), media("x.bin", "application/octet-stream", 1, None));
}

#[test]
fn recordings_may_run_one_second_over_max_seconds() {
    for kind in [Audio, Video] {
        let pitch = q("pitch", kind).required().rules(|r| r.max_seconds = Some(60));
        let mime = if kind == Audio { "audio/webm" } else { "video/webm;codecs=vp8,opus" };
        ok(&pitch, media("pitch.webm", mime, 5000, Some(60_000)));
        // The recorder stops at the limit; the last chunk may land within a second.
        ok(&pitch, media("pitch.webm", mime, 5000, Some(61_000)));
        bad(&pitch, media("pitch.webm", mime, 5000, Some(61_001)), Violation::RecordingTooLong { max_seconds: 60 });
        // An uploaded file whose length is unknown is not held back.
        ok(&pitch, media("pitch.webm", mime, 5000, None));
        bad(&pitch, text("I will send it later"), Violation::WrongKind);
    }
    let film = q("film", Video).rules(|r| {
        r.accept = vec!["video/*".into()];
        r.max_bytes = Some(1000);
    });
    bad(&film, media("film.mp3", "audio/mpeg", 10, Some(1000)), Violation::FileTypeNotAllowed);
    bad(&film, media("film.mp4", "video/mp4", 1001, Some(1000)), Violation::FileTooLarge { max_bytes: 1000 });
}

fn partners_form() -> Form {
    FormBuilder::new("partnership")
        .question(q("partners", Group).required().entries(Some(2), Some(3)).members(vec![
            q("name", ShortText).required(),
            q("share", Number).rules(|r| {
                r.min = Some(0.0);
                r.max = Some(100.0);
            }),
        ]))
        .build()
}

fn partner(name: Option<&str>, share: Option<f64>) -> Answers {
    let mut a = Answers::default();
    a.set("name", name.map(text));
    a.set("share", share.map(num));
    a
}

#[test]
fn a_group_needs_between_min_and_max_entries() {
    let form = partners_form();
    assert_eq!(problems(&form, &Answers::default()), [err("partners", "error-required")]);
    let one = answers([("partners", entries(vec![partner(Some("Amina"), None)]))]);
    assert_eq!(problems(&form, &one), [err("partners", "error-too-few-entries")]);
    assert_eq!(form.validate_all(&one)[0].violation, Violation::TooFewEntries { min: 2 });
    let four = answers([("partners", entries(vec![partner(Some("A"), None); 4]))]);
    assert_eq!(form.validate_all(&four)[0].violation, Violation::TooManyEntries { max: 3 });
    let two = answers([("partners", entries(vec![partner(Some("A"), None), partner(Some("B"), Some(50.0))]))]);
    assert_eq!(problems(&form, &two), NO_PROBLEMS);
}

#[test]
fn group_members_are_validated_per_entry_with_paths_counted_from_one() {
    let form = partners_form();
    let a = answers([(
        "partners",
        entries(vec![partner(Some("Amina"), Some(50.0)), partner(None, Some(20.0)), partner(Some("Ben"), Some(150.0))]),
    )]);
    assert_eq!(
        problems(&form, &a),
        [err("partners.2.name", "error-required"), err("partners.3.share", "error-too-large")]
    );
    // The entry count and the entries are both reported, count first.
    let one_bad = answers([("partners", entries(vec![partner(None, None)]))]);
    assert_eq!(
        problems(&form, &one_bad),
        [err("partners", "error-too-few-entries"), err("partners.1.name", "error-required")]
    );
}

#[test]
fn an_optional_group_without_a_minimum_may_be_left_empty() {
    let form =
        FormBuilder::new("f").question(q("referees", Group).members(vec![q("name", ShortText).required()])).build();
    assert_eq!(problems(&form, &Answers::default()), NO_PROBLEMS);
    assert_eq!(problems(&form, &answers([("referees", entries(vec![]))])), NO_PROBLEMS);
}

// ---------------------------------------------------------------------------------------------
// Every condition operator, including on questions nobody answered.

#[test]
fn equals_compares_like_with_like_and_is_false_when_unanswered() {
    let a = answers([
        ("colour", choice("red")),
        ("name", text("  Amina ")),
        ("age", num(18.0)),
        ("happy", Answer::Scale(4)),
        ("member", yes(false)),
        ("start", date("2026-05-01")),
        ("areas", picked(&["food"])),
    ]);
    assert!(holds(&equals("colour", "red"), &a));
    assert!(!holds(&equals("colour", "blue"), &a));
    assert!(holds(&equals("name", "Amina"), &a), "typed text is compared without its spaces");
    assert!(holds(&equals("age", 18.0), &a));
    assert!(holds(&equals("happy", 4.0), &a));
    assert!(holds(&equals("member", false), &a));
    assert!(holds(&equals("start", "2026-05-01"), &a));
    assert!(holds(&equals("areas", "food"), &a), "one choice ticked equals that choice");
    // Different kinds never match: the number 18 is not the text "18".
    assert!(!holds(&equals("age", "18"), &a));
    assert!(!holds(&equals("member", "false"), &a));
    assert!(!holds(&equals("nobody", "red"), &a));
    assert!(!holds(&equals("areas", "food"), &answers([("areas", picked(&["food", "youth"]))])));
}

#[test]
fn not_equals_holds_for_a_different_or_missing_answer() {
    let a = answers([("colour", choice("red"))]);
    assert!(!holds(&not_equals("colour", "red"), &a));
    assert!(holds(&not_equals("colour", "blue"), &a));
    assert!(holds(&not_equals("colour", "red"), &Answers::default()));
}

#[test]
fn one_of_holds_for_any_listed_value() {
    let a = answers([("country", choice("er"))]);
    assert!(holds(&one_of("country", &["et", "er", "so"]), &a));
    assert!(!holds(&one_of("country", &["et", "so"]), &a));
    assert!(!holds(&one_of("country", &[]), &a));
    assert!(!holds(&one_of("country", &["et", "er"]), &Answers::default()));
}

#[test]
fn includes_looks_inside_multiple_choices() {
    let a = answers([("areas", picked(&["food", "youth"])), ("colour", choice("red"))]);
    assert!(holds(&includes("areas", "youth"), &a));
    assert!(!holds(&includes("areas", "green"), &a));
    // On a single answer it is the same as equals.
    assert!(holds(&includes("colour", "red"), &a));
    assert!(!holds(&includes("areas", "food"), &Answers::default()));
    // Nothing ticked is no answer.
    assert!(!holds(&includes("areas", "food"), &answers([("areas", picked(&[]))])));
}

#[test]
fn comparisons_work_on_numbers_scales_and_dates() {
    let a = answers([("age", num(18.0)), ("happy", Answer::Scale(3)), ("start", date("2026-05-01"))]);
    assert!(greater_than("age", 17.0).holds(&|id| a.get(id)));
    assert!(!holds(&greater_than("age", 18.0), &a));
    assert!(holds(&at_least("age", 18.0), &a));
    assert!(!holds(&at_least("age", 18.5), &a));
    assert!(holds(&less_than("age", 18.5), &a));
    assert!(!holds(&less_than("age", 18.0), &a));
    assert!(holds(&at_most("age", 18.0), &a));
    assert!(!holds(&at_most("age", 17.0), &a));
    assert!(holds(&greater_than("happy", 2.0), &a));
    assert!(holds(&at_most("happy", 3.0), &a));
    assert!(holds(&less_than("start", "2026-06-01"), &a));
    assert!(holds(&greater_than("start", "2025-12-31"), &a));
    assert!(holds(&at_least("start", "2026-05-01"), &a));
    assert!(!holds(&at_most("start", "2026-04-30"), &a));
    // A number typed as text, or a literal of another kind, compares as nothing.
    let typed_badly = answers([("age", text("eighteen"))]);
    assert!(!holds(&greater_than("age", 1.0), &typed_badly));
    assert!(!holds(&less_than("age", 100.0), &typed_badly));
    assert!(!holds(&greater_than("age", "1"), &a));
}

#[test]
fn comparisons_with_an_unanswered_question_are_all_false() {
    let none = Answers::default();
    for c in [greater_than("age", 0.0), less_than("age", 0.0), at_least("age", 0.0), at_most("age", 0.0)] {
        assert!(!holds(&c, &none), "{c:?}");
        // So "not less than 18" holds for someone who has not said their age yet.
        assert!(holds(&not(c.clone()), &none), "{c:?}");
    }
}

#[test]
fn answered_and_unanswered_treat_blank_answers_as_missing() {
    let a = answers([
        ("name", text("Amina")),
        ("blank", text("  ")),
        ("none_ticked", picked(&[])),
        ("no_entries", entries(vec![])),
        ("member", yes(false)),
        ("zero", num(0.0)),
    ]);
    for given in ["name", "member", "zero"] {
        assert!(holds(&answered(given), &a), "{given}");
        assert!(!holds(&unanswered(given), &a), "{given}");
    }
    for missing in ["blank", "none_ticked", "no_entries", "never_asked"] {
        assert!(!holds(&answered(missing), &a), "{missing}");
        assert!(holds(&unanswered(missing), &a), "{missing}");
    }
}

#[test]
fn all_any_and_not_combine_conditions() {
    let a = answers([("age", num(30.0)), ("member", yes(true))]);
    let adult = at_least("age", 18.0);
    let member = equals("member", true);
    let child = less_than("age", 18.0);
    assert!(holds(&Condition::All(vec![adult.clone(), member.clone()]), &a));
    assert!(!holds(&Condition::All(vec![adult.clone(), child.clone()]), &a));
    assert!(holds(&Condition::Any(vec![child.clone(), member.clone()]), &a));
    assert!(!holds(&Condition::Any(vec![child.clone(), not(member.clone())]), &a));
    assert!(holds(&not(child.clone()), &a));
    assert!(!holds(&not(not(child.clone())), &a));
    // With nothing answered: "all" of one false condition is false, "any" too, "not" flips.
    let none = Answers::default();
    assert!(!holds(&Condition::All(vec![adult.clone()]), &none));
    assert!(!holds(&Condition::Any(vec![adult.clone(), member]), &none));
    assert!(holds(&not(adult), &none));
    // Empty lists (which the checker refuses) hold vacuously for "all" and never for "any".
    assert!(holds(&Condition::All(vec![]), &none));
    assert!(!holds(&Condition::Any(vec![]), &none));
}

#[test]
fn conditions_read_from_json_as_one_key_objects() {
    let c: Condition = serde_json::from_str(
        r#"{ "all": [ { "equals": { "question": "kind", "value": "group" } },
                      { "not": { "unanswered": "age" } },
                      { "one_of": { "question": "size", "values": [2, 3] } } ] }"#,
    )
    .expect("a valid condition");
    assert_eq!(
        c,
        Condition::All(vec![
            equals("kind", "group"),
            not(unanswered("age")),
            Condition::OneOf(Membership { question: "size".into(), values: vec![2.0.literal(), 3.0.literal()] }),
        ])
    );
    assert_eq!(c.references(), [("kind", "equals"), ("age", "unanswered"), ("size", "one_of")]);
}

// ---------------------------------------------------------------------------------------------
// Visibility: the steps an applicant takes, and what may leave the device.

fn grant_form(layout_grouped: bool) -> Form {
    let builder = FormBuilder::new("grant")
        .page("about")
        .question(q("name", ShortText).required())
        .question(q("kind", SingleChoice).required().choices(&["person", "group"]))
        .question(q("group_name", ShortText).required().show_if(equals("kind", "group")))
        .question(q("age", Number))
        .page_if("adults", at_least("age", 18.0))
        .question(q("bank", ShortText).required())
        .page("end")
        .question(q("agree", Consent).required());
    if layout_grouped { builder.grouped().build() } else { builder.build() }
}

fn ids(form: &Form, a: &Answers) -> Vec<String> {
    form.steps(a).into_iter().flat_map(|s| form.step_questions(s, a)).map(|q| q.id.clone()).collect()
}

#[test]
fn steps_change_as_answers_change() {
    let form = grant_form(false);
    let mut a = Answers::default();
    assert_eq!(ids(&form, &a), ["name", "kind", "age", "agree"]);
    assert_eq!(form.first_question().map(|q| q.id.as_str()), Some("name"));
    a.set("kind", Some(choice("group")));
    assert_eq!(ids(&form, &a), ["name", "kind", "group_name", "age", "agree"]);
    a.set("age", Some(num(17.0)));
    assert_eq!(ids(&form, &a), ["name", "kind", "group_name", "age", "agree"]);
    a.set("age", Some(num(18.0)));
    assert_eq!(ids(&form, &a), ["name", "kind", "group_name", "age", "bank", "agree"]);
    a.set("kind", Some(choice("person")));
    assert_eq!(ids(&form, &a), ["name", "kind", "age", "bank", "agree"]);
    // One question per step, each pointing at its page and place.
    assert_eq!(form.steps(&a)[3], Step { page: 1, question: Some(0) });
}

#[test]
fn grouped_steps_show_whole_pages_and_skip_pages_with_nothing_shown() {
    let form = grant_form(true);
    let a = answers([("kind", choice("group"))]);
    assert_eq!(
        form.steps(&a),
        [Step { page: 0, question: None }, Step { page: 2, question: None }],
        "the adults page is hidden until age is at least 18"
    );
    let first = form.step_questions(form.steps(&a)[0], &a);
    assert_eq!(first.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), ["name", "kind", "group_name", "age"]);
    let hidden_questions = FormBuilder::new("f")
        .grouped()
        .page("one")
        .question(q("member", YesNo))
        .page("two")
        .question(q("number", ShortText).show_if(equals("member", true)))
        .build();
    assert_eq!(hidden_questions.steps(&Answers::default()).len(), 1);
    assert_eq!(hidden_questions.steps(&answers([("member", yes(true))])).len(), 2);
}

#[test]
fn hidden_answers_stay_in_the_draft_but_never_leave_the_device() {
    let form = grant_form(false);
    let mut a = answers([
        ("name", text("Amina")),
        ("kind", choice("group")),
        ("group_name", text("Allotment friends")),
        ("age", num(17.0)),
        ("bank", text("12-34-56")),
    ]);
    assert_eq!(form.visible_answers(&a).0.keys().collect::<Vec<_>>(), ["age", "group_name", "kind", "name"]);
    a.set("kind", Some(choice("person")));
    let sent = form.visible_answers(&a);
    assert!(!sent.0.contains_key("group_name"), "a hidden answer must not be sent");
    assert!(!sent.0.contains_key("bank"), "an answer on a hidden page must not be sent");
    assert_eq!(a.get("group_name"), Some(&text("Allotment friends")), "but it is kept");
    // Switching back restores it.
    a.set("kind", Some(choice("group")));
    assert_eq!(form.visible_answers(&a).0.get("group_name"), Some(&text("Allotment friends")));
}

#[test]
fn hidden_required_questions_do_not_block_the_applicant() {
    let form = grant_form(false);
    let a = answers([("name", text("Amina")), ("kind", choice("person")), ("agree", yes(true))]);
    assert_eq!(problems(&form, &a), NO_PROBLEMS);
    let group = answers([("name", text("Amina")), ("kind", choice("group")), ("agree", yes(true)), ("age", num(40.0))]);
    assert_eq!(problems(&form, &group), [err("group_name", "error-required"), err("bank", "error-required")]);
}

#[test]
fn a_step_is_validated_on_its_own() {
    let form = grant_form(true);
    let a = answers([("kind", choice("group"))]);
    let steps = form.steps(&a);
    let first: Vec<String> = form.validate_step(steps[0], &a).into_iter().map(|e| e.field).collect();
    assert_eq!(first, ["name", "group_name"]);
    let last: Vec<String> = form.validate_step(steps[1], &a).into_iter().map(|e| e.field).collect();
    assert_eq!(last, ["agree"]);
}

fn team_form() -> Form {
    FormBuilder::new("team")
        .question(q("kind", SingleChoice).choices(&["person", "group"]))
        .question(q("team", Group).show_if(equals("kind", "group")).members(vec![
            q("member_name", ShortText).required(),
            q("paid", YesNo).required(),
            q("hours", Number).required().show_if(equals("paid", true)),
            // A member may look at an earlier question outside the group.
            q("role", ShortText).required().show_if(equals("kind", "group")),
        ]))
        .build()
}

fn member(name: &str, paid: bool, hours: Option<f64>) -> Answers {
    let mut a = answers([("member_name", text(name)), ("paid", yes(paid)), ("role", text("cook"))]);
    a.set("hours", hours.map(num));
    a
}

#[test]
fn group_members_are_shown_per_entry() {
    let form = team_form();
    let a = answers([
        ("kind", choice("group")),
        (
            "team",
            entries(vec![member("Amina", false, Some(10.0)), member("Ben", true, None), member("Cy", true, Some(5.0))]),
        ),
    ]);
    // Only Ben is paid and has no hours; Amina's hours are hidden, so not required.
    assert_eq!(problems(&form, &a), [err("team.2.hours", "error-required")]);
    // Amina's hidden hours are kept in the answers but not sent.
    let Some(Answer::Entries(sent)) = form.visible_answers(&a).0.get("team").cloned() else {
        panic!("the team is shown and sent")
    };
    assert_eq!(sent.len(), 3);
    assert_eq!(sent[0].get("hours"), None);
    assert_eq!(sent[0].get("member_name"), Some(&text("Amina")));
    assert_eq!(sent[2].get("hours"), Some(&num(5.0)));
    let Some(Answer::Entries(kept)) = a.0.get("team") else { panic!("kept") };
    assert_eq!(kept[0].get("hours"), Some(&num(10.0)));
}

#[test]
fn a_hidden_group_is_neither_validated_nor_sent() {
    let form = team_form();
    let a = answers([("kind", choice("person")), ("team", entries(vec![member("", true, None)]))]);
    assert_eq!(problems(&form, &a), NO_PROBLEMS);
    assert!(!form.visible_answers(&a).0.contains_key("team"));
}

#[test]
fn an_entry_answer_shadows_a_form_answer_with_the_same_id() {
    let form = team_form();
    let q = form.question("hours").expect("hours is in the group");
    let outside = answers([("paid", yes(true))]);
    assert!(!form.entry_question_visible(q, &member("A", false, None), &outside), "this member is not paid");
    assert!(form.entry_question_visible(q, &Answers::default(), &outside), "falls back to the form's answer");
}

#[test]
fn questions_are_found_anywhere_in_the_form() {
    let form = team_form();
    let all: Vec<&str> = form.all_questions().iter().map(|q| q.id.as_str()).collect();
    assert_eq!(all, ["kind", "team", "member_name", "paid", "hours", "role"]);
    assert_eq!(form.question("paid").map(|q| q.kind), Some(YesNo));
    assert!(form.question("nope").is_none());
}

// ---------------------------------------------------------------------------------------------
// Drafts.

const T0: u64 = 1_767_225_600_000; // 2026-01-01T00:00:00Z

fn draft_of(builder: &FormBuilder) -> Draft {
    let form = builder.build();
    Draft::new(&form, &builder.source(), "draft-1".into(), "ar".into(), T0)
}

#[test]
fn a_draft_survives_a_trip_through_json() {
    let builder = FormBuilder::new("grant")
        .question(q("name", ShortText))
        .question(q("team", Group).members(vec![q("member_name", ShortText)]));
    let mut draft = draft_of(&builder);
    assert_eq!((draft.schema_version, draft.created_at_ms, draft.updated_at_ms), (DRAFT_SCHEMA_VERSION, T0, T0));
    draft.set_answer("name", Some(text("أمينة")), T0 + 5);
    draft.set_answer("team", Some(entries(vec![answers([("member_name", text("Ben"))])])), T0 + 9);
    draft.set_answer("plan", Some(media("plan.pdf", "application/pdf", 12, None)), T0 + 10);
    draft.set_answer("areas", Some(picked(&["food"])), T0 + 11);
    draft.set_answer("start", Some(date("2026-05-01")), T0 + 12);
    draft.set_answer("happy", Some(Answer::Scale(4)), T0 + 13);
    draft.set_answer("age", Some(num(17.5)), T0 + 14);
    draft.position = Some("team".into());
    draft.nickname = Some("blue kite".into());
    assert_eq!(draft.updated_at_ms, T0 + 14);
    let json = draft.to_json();
    assert_eq!(Draft::from_json(&json), Ok(draft.clone()));
    // Clearing an answer removes it.
    draft.set_answer("name", None, T0 + 20);
    assert_eq!(draft.answers.get("name"), None);
}

#[test]
fn a_draft_sent_again_unchanged_keeps_its_submission_id_and_reference() {
    let builder = FormBuilder::new("grant").question(q("name", ShortText)).question(q("plan", ShortText));
    let mut draft = draft_of(&builder);
    draft.set_answer("name", Some(text("Amina")), T0 + 5);
    assert_eq!(draft.sent_identity(), None, "never sent");
    assert!(!draft.to_json().contains("sent_as"), "an unsent draft is stored as before");

    let identity = Identity {
        submission_id: "sub-1".into(),
        reference: "ACD-EFG".into(),
        submitted_at_ms: T0 + 8,
        submitted_at: "2026-01-01T00:00:00.008Z".into(),
    };
    draft.mark_sent(identity.clone(), T0 + 9);
    // The newest copy, so that it wins over an older stored one when it comes back.
    assert_eq!(draft.updated_at_ms, T0 + 9);
    let back = Draft::from_json(&draft.to_json()).expect("readable");
    let same = Some(&identity);
    assert_eq!(back.sent_identity(), same);

    // Anything that goes out changed: a new submission, which its receiver must not drop.
    let mut changed = back.clone();
    changed.set_answer("plan", Some(text("a garden")), T0 + 12);
    assert_eq!(changed.sent_identity(), None);
    changed.set_answer("plan", None, T0 + 13);
    assert_eq!(changed.sent_identity(), same, "changed back: the same application again");
    let mut migrated = back.clone();
    let v2 = FormBuilder::new("grant").version("2").question(q("name", ShortText)).question(q("plan", ShortText));
    migrated.migrate_to(&v2.build(), &v2.source());
    assert_eq!(migrated.sent_identity(), None);
    // Where the applicant was, the nickname, or the language they read it in: the same
    // application, and the same submission.
    let mut moved = back;
    moved.position = Some("plan".into());
    moved.nickname = Some("blue kite".into());
    moved.language = "fa".into();
    assert_eq!(moved.sent_identity(), same);
}

#[test]
fn a_draft_from_a_newer_app_is_refused_with_its_version() {
    let draft = draft_of(&FormBuilder::new("grant").question(q("name", ShortText)));
    let newer = draft.to_json().replacen("\"schema_version\":1", "\"schema_version\":2", 1);
    assert_ne!(newer, draft.to_json(), "the version was replaced");
    assert_eq!(Draft::from_json(&newer), Err(DraftError::TooNew { found: 2, supported: DRAFT_SCHEMA_VERSION }));
    let message = Draft::from_json(&newer).expect_err("too new").to_string();
    assert!(message.contains("newer version"), "{message}");
}

#[test]
fn garbage_is_not_a_draft() {
    for garbage in ["", "not json", "{}", "[1,2]", "{\"schema_version\":\"one\"}", "{\"schema_version\":1}"] {
        assert!(
            matches!(Draft::from_json(garbage), Err(DraftError::Unreadable(_))),
            "{garbage:?} gave {:?}",
            Draft::from_json(garbage)
        );
    }
}

#[test]
fn answers_to_removed_questions_are_kept_when_the_form_changes() {
    let v1 = FormBuilder::new("grant").version("2026.1").question(q("name", ShortText)).question(q("fax", Phone));
    let mut draft = draft_of(&v1);
    draft.set_answer("name", Some(text("Amina")), T0 + 1);
    draft.set_answer("fax", Some(text("+44 20 7946 0000")), T0 + 2);
    let v1_form = v1.build();
    assert!(!draft.is_for_other_version(&v1_form, &v1.source()));
    assert!(draft.orphaned_answers(&v1_form).is_empty());

    let v2 = FormBuilder::new("grant").version("2026.2").question(q("name", ShortText)).question(q("email", Email));
    let v2_form = v2.build();
    assert!(draft.is_for_other_version(&v2_form, &v2.source()));
    assert_eq!(draft.orphaned_answers(&v2_form), [("fax", &text("+44 20 7946 0000"))]);

    draft.migrate_to(&v2_form, &v2.source());
    assert_eq!(draft.form_version, "2026.2");
    assert!(!draft.is_for_other_version(&v2_form, &v2.source()));
    assert_eq!(draft.answers.0.len(), 2, "migration removes nothing");
    assert_eq!(
        draft.orphaned_answers(&v2_form),
        [("fax", &text("+44 20 7946 0000"))],
        "still listed for the applicant"
    );
    // Only shown answers are sent: the orphan stays on the device.
    assert_eq!(v2_form.visible_answers(&draft.answers).0.keys().collect::<Vec<_>>(), ["name"]);
}

#[test]
fn an_edit_without_a_new_version_number_is_still_noticed() {
    let v1 = FormBuilder::new("grant").question(q("name", ShortText));
    let draft = draft_of(&v1);
    let edited = FormBuilder::new("grant").question(q("name", ShortText).required());
    let edited_form = edited.build();
    assert_eq!(edited_form.version, draft.form_version);
    assert!(draft.is_for_other_version(&edited_form, &edited.source()));
}

// ---------------------------------------------------------------------------------------------
// Violations carry translation keys and parameters, never English sentences.

#[test]
fn every_violation_has_a_kebab_case_key_and_its_parameters() {
    use forms::Param;
    /// A violation, its message key, and its message's parameters.
    type Row = (Violation, &'static str, Vec<(&'static str, Param)>);
    let table: Vec<Row> = vec![
        (Violation::Required, "error-required", vec![]),
        (Violation::TooShort { min: 3 }, "error-too-short", vec![("min", Param::Number(3.0))]),
        (Violation::TooLong { max: 80 }, "error-too-long", vec![("max", Param::Number(80.0))]),
        (Violation::NotANumber, "error-not-a-number", vec![]),
        (Violation::TooSmall { min: 16.0 }, "error-too-small", vec![("min", Param::Number(16.0))]),
        (Violation::TooLarge { max: 0.5 }, "error-too-large", vec![("max", Param::Number(0.5))]),
        (Violation::NotWholeNumber, "error-not-whole-number", vec![]),
        (Violation::NotAnEmail, "error-not-an-email", vec![]),
        (Violation::NotAPhone, "error-not-a-phone", vec![]),
        (Violation::PatternMismatch, "error-pattern-mismatch", vec![]),
        (Violation::NotADate, "error-not-a-date", vec![]),
        (
            Violation::DateTooEarly { min: "2026-05-01".into() },
            "error-date-too-early",
            vec![("min", Param::Date("2026-05-01".into()))],
        ),
        (
            Violation::DateTooLate { max: "2026-12-31".into() },
            "error-date-too-late",
            vec![("max", Param::Date("2026-12-31".into()))],
        ),
        (Violation::NotAChoice, "error-not-a-choice", vec![]),
        (Violation::TooFewChoices { min: 2 }, "error-too-few-choices", vec![("min", Param::Number(2.0))]),
        (Violation::TooManyChoices { max: 3 }, "error-too-many-choices", vec![("max", Param::Number(3.0))]),
        (Violation::OutOfScale, "error-out-of-scale", vec![]),
        (Violation::MustConsent, "error-must-consent", vec![]),
        (Violation::FileTypeNotAllowed, "error-file-type-not-allowed", vec![]),
        (
            Violation::FileTooLarge { max_bytes: 10_485_760 },
            "error-file-too-large",
            vec![("max_bytes", Param::Number(10485760.0))],
        ),
        (
            Violation::RecordingTooLong { max_seconds: 60 },
            "error-recording-too-long",
            vec![("max_seconds", Param::Number(60.0))],
        ),
        (Violation::WrongKind, "error-wrong-kind", vec![]),
        (Violation::TooFewEntries { min: 2 }, "error-too-few-entries", vec![("min", Param::Number(2.0))]),
        (Violation::TooManyEntries { max: 5 }, "error-too-many-entries", vec![("max", Param::Number(5.0))]),
    ];
    for (violation, key, params) in table {
        assert_eq!(violation.key(), key);
        assert_eq!(violation.params(), params, "{key}");
        // The names written out in `key` and `params` are the ones serialised (the checker's and
        // the tests' JSON), so the two cannot drift apart.
        let serialised = serde_json::to_value(&violation).expect("serialises");
        assert_eq!(format!("error-{}", serialised["key"].as_str().expect("a key")), key);
        let names: Vec<&str> =
            serialised.as_object().expect("an object").keys().map(String::as_str).filter(|k| *k != "key").collect();
        assert_eq!(names, params.iter().map(|(n, _)| *n).collect::<Vec<_>>(), "{key}");
    }
}

#[test]
fn a_field_error_names_the_field_and_the_key_for_the_app() {
    let form = partners_form();
    let a = answers([("partners", entries(vec![partner(Some("A"), Some(1.0)), partner(Some("B"), Some(-1.0))]))]);
    let errors = form.validate_all(&a);
    assert_eq!(
        serde_json::to_value(&errors).expect("serialises"),
        serde_json::json!([{ "field": "partners.2.share", "violation": { "key": "too-small", "min": 0.0 } }])
    );
}

// ---------------------------------------------------------------------------------------------
// Reading what people type.

#[test]
fn digits_from_other_scripts_become_plain_numbers() {
    let number = |raw: &str| Answer::from_input(Number, raw);
    assert_eq!(number("١٢٣"), Some(num(123.0))); // Arabic-Indic
    assert_eq!(number("۴۵۰۰"), Some(num(4500.0))); // Persian
    assert_eq!(number("१२"), Some(num(12.0))); // Devanagari
    assert_eq!(number("１２"), Some(num(12.0))); // full-width
    assert_eq!(number("٣٫٥"), Some(num(3.5))); // Arabic decimal separator
    assert_eq!(number("١٬٢٠٠"), Some(num(1200.0))); // Arabic thousands separator
    assert_eq!(number("2,500"), Some(num(2500.0)));
    assert_eq!(number(" 42 "), Some(num(42.0)));
    assert_eq!(number("-3.25"), Some(num(-3.25)));
    // What is not a number is kept exactly as typed, for the applicant to correct.
    assert_eq!(number("about 40 "), Some(text("about 40 ")));
    assert_eq!(number("1e999"), Some(text("1e999")), "infinity is not a number a person means");
    assert_eq!(number("NaN"), Some(text("NaN")));
    assert_eq!(number("   "), None);
}

#[test]
fn dates_and_phone_numbers_in_other_scripts_are_stored_with_ascii_digits() {
    assert_eq!(Answer::from_input(Date, "٢٠٢٦-٠٣-٣١"), Some(date("2026-03-31")));
    assert_eq!(Answer::from_input(Date, "31/03/2026"), Some(text("31/03/2026")));
    assert_eq!(Answer::from_input(Phone, " ۰۹۱۲ ۳۴۵ ۶۷۸۹ "), Some(text("0912 345 6789")));
    // Written answers are kept exactly, spaces and all.
    assert_eq!(Answer::from_input(ShortText, "  ١٢  "), Some(text("  ١٢  ")));
    assert_eq!(Answer::from_input(LongText, ""), None);
}

#[test]
fn answers_become_plain_json_for_a_submission() {
    use serde_json::json;
    assert_eq!(num(2.5).to_plain_json(), json!(2.5));
    assert_eq!(picked(&["food", "youth"]).to_plain_json(), json!(["food", "youth"]));
    assert_eq!(Answer::Scale(4).to_plain_json(), json!(4));
    assert_eq!(
        entries(vec![answers([("name", text("Ben")), ("paid", yes(true))])]).to_plain_json(),
        json!([{ "name": "Ben", "paid": true }])
    );
    assert_eq!(
        media("a.webm", "audio/webm", 10, Some(1500)).to_plain_json(),
        json!({ "id": "blob-a.webm", "name": "a.webm", "mime": "audio/webm", "bytes": 10, "duration_ms": 1500 })
    );
}
