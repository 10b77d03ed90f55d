//! The broken-definition corpus: one file per kind of mistake an organisation makes, each a small
//! valid form with exactly that mistake, and the line, column and message the checker must give.
//!
//! Positions were counted by hand (columns in characters, from 1) and then confirmed against the
//! checker. Where the checker points somewhere other than the mistake itself, a comment says why
//! that is still the useful place.
// These are tests: a failed `expect` is a failed test, which is what it should be.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use forms::{DirAssets, Problem};

fn broken_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A small valid form: the starting point of every corpus file.
fn mini() -> String {
    std::fs::read_to_string(fixture("mini.json")).expect("tests/fixtures/mini.json is readable")
}

/// (file, line, column, part of the message, how many problems the file has in all).
///
/// The count keeps each file "otherwise valid": a stray second mistake shows up as a wrong count.
const CORPUS: &[(&str, usize, usize, &str, usize)] = &[
    // serde_json notices a trailing comma at the bracket after it, and the message says so
    // ("a comma before a closing bracket here"), so the bracket is a fine place to point.
    ("01-trailing-comma.json", 15, 7, "There is a comma before a closing bracket here", 1),
    // The comma belongs at the end of line 3; the next name is where the parser notices.
    ("02-missing-comma.json", 4, 3, "A comma or a } is missing here", 1),
    // The text runs into the end of its line: the line break is the mistake's visible end.
    ("03-unclosed-string.json", 4, 34, "raw line break", 1),
    // The last `}` is missing: the file ends at the end of line 17.
    ("04-unclosed-brace.json", 17, 4, "The file ends before every { or [ is closed", 1),
    ("05-single-quoted-key.json", 3, 3, "must be in double quotes", 1),
    ("06-empty-file.json", 1, 1, "The file is empty", 1),
    // A list holding the form, instead of the form itself.
    ("07-not-an-object.json", 1, 1, "The file holds a list. A form definition is one JSON object", 1),
    ("08-unknown-field-typo.json", 13, 79, "Unknown field \"requried\". Did you mean \"required\"?", 1),
    ("09-unknown-question-type.json", 14, 32, "\"paragraph\" is not a known value here", 1),
    ("10-wrong-type.json", 13, 91, "Expected a boolean here, but found string \"yes\"", 1),
    // The question without a label: its opening brace.
    ("11-missing-label.json", 14, 9, "\"label\" is missing here", 1),
    ("12-duplicate-question-id.json", 14, 17, "Two questions have the id \"name\"", 1),
    ("13-duplicate-page-id.json", 17, 13, "Two pages have the id \"about\"", 1),
    ("14-duplicate-choice-value.json", 20, 24, "Two choices have the value \"red\"", 1),
    ("15-choice-without-choices.json", 18, 22, "This question has no choices", 1),
    ("16-choices-on-text.json", 18, 22, "\"choices\" does not apply to a short_text question", 1),
    ("17-condition-missing-question.json", 14, 98, "looks at \"nmae\", but no question has that id", 1),
    ("18-condition-later-question.json", 13, 104, "looks at \"age\", which comes later in the form", 1),
    // "name" looks at the later "age" (its own problem, on line 13) and "age" looks back at "name".
    ("19-condition-cycle.json", 14, 84, "These conditions depend on each other in a circle: age → name → age", 2),
    ("20-includes-on-single-choice.json", 26, 50, "\"includes\" works on multiple-choice questions", 1),
    (
        "21-condition-value-not-a-choice.json",
        26,
        67,
        "can never match \"colour\". Use one of its choices: red, blue",
        1,
    ),
    ("22-missing-translation.json", 14, 51, "Missing translation: The question has no text in ar", 1),
    ("23-undeclared-language.json", 14, 51, "has text in fr, which the form does not declare", 1),
    ("24-default-language-not-declared.json", 6, 23, "The default language \"fr\" is not in the declared languages", 1),
    // "English" is also reported as a missing translation for each of the five texts.
    ("25-bad-language-tag.json", 7, 23, "\"English\" is not a language tag", 6),
    ("26-missing-prompt-file.json", 14, 91, "The prompt file \"audio/age-en.mp3\" does not exist", 1),
    ("27-missing-picture-file.json", 19, 68, "The picture file \"pictures/red.png\" does not exist", 1),
    ("28-picture-path-outside-folder.json", 19, 68, "must be a path inside the form's folder", 1),
    ("29-invalid-opens-date.json", 8, 12, "\"2026-02-30\" is not a date", 1),
    ("30-closes-before-opens.json", 9, 13, "The form closes (2026-02-01) before it opens (2026-03-01)", 1),
    ("31-bad-pattern.json", 13, 101, "The pattern is not a valid regular expression", 1),
    ("32-min-length-over-max.json", 13, 104, "\"min_length\" is larger than \"max_length\"", 1),
    ("33-rule-for-other-type.json", 14, 97, "The rule \"max_bytes\" does not apply to a number question", 1),
    ("34-scale-min-not-below-max.json", 18, 20, "The scale goes from 5 to 5", 1),
    ("35-group-without-questions.json", 18, 24, "This group has no questions", 1),
    // Too light for white button text and for links on white: two problems at the same colour.
    ("36-low-contrast-theme.json", 7, 27, "White text on the primary colour #ffdd00 has contrast 1.35:1", 2),
    ("37-bad-contact-email.json", 8, 42, "\"amina.example.org\" is not an e-mail address", 1),
    ("38-empty-page.json", 19, 20, "This page has no questions", 1),
    // Beyond the everyday list: more mistakes seen in hand-written JSON.
    // The second "label": serde_json would keep it and silently drop the first.
    ("39-duplicate-key.json", 13, 79, "\"label\" appears twice in this object", 1),
    // JSON has no comments; the parser reads `//` where it expects a name.
    ("40-comment.json", 2, 3, "Syntax error. A name in an object must be in double quotes", 1),
    // The unknown operator is the condition's only key; its opening brace is two characters before.
    ("41-unknown-condition-operator.json", 14, 84, "\"is\" is not a known value here", 1),
    ("42-page-condition-on-same-page.json", 19, 32, "A page can only depend on earlier pages", 1),
    ("43-greater-than-on-text.json", 14, 116, "\"greater_than\" compares numbers, scales or dates", 1),
    ("44-bad-question-id.json", 14, 17, "The question id \"Your Age\" is not usable", 1),
    ("45-missing-colon.json", 3, 13, "A colon (:) is missing", 1),
    ("46-bad-accept.json", 18, 33, "\"pdf\" is not a file type", 1),
    ("47-max-choices-over-choices.json", 18, 37, "max_choices is 3, but there are only 2 choices", 1),
    ("48-min-entries-over-max.json", 18, 26, "min_entries (3) is more than max_entries (2)", 1),
    ("49-condition-inside-other-group.json", 24, 36, "which is inside the group \"team\"", 1),
    ("50-empty-condition-list.json", 14, 93, "This list of conditions is empty", 1),
    ("51-scale-too-many-steps.json", 18, 20, "A scale can have at most 11 steps", 1),
    ("52-missing-pages.json", 1, 1, "\"pages\" is missing here", 1),
    // A raw tab inside "Your<TAB>age".
    ("53-control-character.json", 14, 64, "raw line break or control character", 1),
    ("54-scale-question-without-scale.json", 14, 9, "A scale question needs \"scale\"", 1),
    ("55-wrong-condition-value-type.json", 18, 67, "can never match \"member\". Use true or false", 1),
    ("56-duplicate-language.json", 7, 23, "\"en\" is declared twice", 1),
    ("57-no-pages.json", 8, 12, "The form has no pages", 1),
    ("58-bad-phone.json", 8, 42, "\"call me\" is not a phone number", 1),
    ("59-bad-colour.json", 7, 27, "\"dark blue\" is not a colour", 1),
    // Saved with a byte order mark (not counted as a column) and a tab before the typo.
    ("60-byte-order-mark-and-tab.json", 3, 19, "Unknown field \"versoin\". Did you mean \"version\"?", 1),
];

fn load_file(name: &str) -> Result<forms::Form, Vec<Problem>> {
    let dir = broken_dir();
    let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name} cannot be read: {e}"));
    forms::load(&bytes, name, Some(&DirAssets(dir)))
}

fn listing(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("\n    {p}")).collect()
}

/// Asserts `problems` has one at `line:column` whose message contains `part`.
fn assert_problem_at(problems: &[Problem], line: usize, column: usize, part: &str) {
    assert!(
        problems.iter().any(|p| p.line == line && p.column == column && p.message.contains(part)),
        "expected a problem at {line}:{column} containing {part:?}; got:{}",
        listing(problems)
    );
}

#[test]
fn every_broken_definition_is_reported_at_its_mistake() {
    let mut failures = Vec::new();
    for &(name, line, column, part, count) in CORPUS {
        let problems = match load_file(name) {
            Ok(_) => {
                failures.push(format!("{name}: loaded without a problem"));
                continue;
            }
            Err(problems) => problems,
        };
        let found = problems.iter().any(|p| p.line == line && p.column == column && p.message.contains(part));
        if !found {
            failures
                .push(format!("{name}: no problem at {line}:{column} containing {part:?}; got:{}", listing(&problems)));
        } else if problems.len() != count {
            failures.push(format!(
                "{name}: expected {count} problem(s), got {}:{}",
                problems.len(),
                listing(&problems)
            ));
        }
        for p in &problems {
            if p.file != name {
                failures.push(format!("{name}: a problem names the file {:?}", p.file));
            }
        }
    }
    assert!(failures.is_empty(), "{} corpus file(s) failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_corpus_table_and_folder_list_the_same_files() {
    let mut on_disk: Vec<String> = std::fs::read_dir(broken_dir())
        .expect("tests/broken exists")
        .map(|e| e.expect("a readable entry").file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut in_table: Vec<String> = CORPUS.iter().map(|row| row.0.to_owned()).collect();
    in_table.sort();
    assert_eq!(on_disk, in_table, "every file in tests/broken needs a row in CORPUS, and every row a file");
    assert!(CORPUS.len() >= 32);
}

#[test]
fn the_starting_form_of_the_corpus_is_valid() {
    // Every corpus file is this form plus one mistake; if it broke, every row would prove nothing.
    let form = forms::load(mini().as_bytes(), "mini.json", Some(&DirAssets(broken_dir())))
        .unwrap_or_else(|p| panic!("tests/fixtures/mini.json has problems:{}", listing(&p)));
    assert_eq!(form.all_questions().len(), 2);
}

// Cases generated at run time: binary, huge or deeply nested files do not belong in git.

#[test]
fn invalid_utf8_is_reported_where_it_starts() {
    let text = mini();
    let at = text.find("Your name").expect("the fixture has a name question") + "Your ".len();
    let mut bytes = text.as_bytes().to_vec();
    // A Latin-1 "é" (0xE9) where UTF-8 needs two bytes: what old editors save.
    bytes.insert(at, 0xE9);
    let problems = forms::load(&bytes, "latin1.json", None).expect_err("invalid UTF-8 must not load");
    let line = text[..at].matches('\n').count() + 1;
    let column = at - text[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_problem_at(&problems, line, column, "not valid UTF-8");
    assert_eq!((line, column), (13, 70));
}

#[test]
fn invalid_utf8_in_the_first_bytes_is_reported_at_the_start() {
    let problems = forms::load(&[0xFF, 0xFE, b'{', b'}'], "utf16.json", None).expect_err("not UTF-8");
    assert_problem_at(&problems, 1, 1, "not valid UTF-8");
}

#[test]
fn nesting_ten_thousand_levels_deep_is_refused_without_overflowing_the_stack() {
    let depth = 10_000;
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let text = mini().replacen(
            "\"version\": \"1\",",
            &format!("\"version\": \"1\",\n  \"notes\": {}1{},", open.repeat(depth), close.repeat(depth)),
            1,
        );
        let problems = forms::load(text.as_bytes(), "deep.json", None).expect_err("too deep to load");
        assert_eq!(problems.len(), 1, "{}", listing(&problems));
        let p = &problems[0];
        assert!(p.message.contains("nested more than 128 levels"), "{p}");
        // Reported on the line of the nesting, not at the start or the end of the file.
        assert_eq!(p.line, 4, "{p}");
    }
    // Unclosed all the way down, too.
    let problems = forms::load("{\"a\":".repeat(depth).as_bytes(), "open.json", None).expect_err("too deep");
    assert!(problems[0].message.contains("nested more than 128 levels"), "{}", listing(&problems));
    // A bare list is refused for what it is before its depth matters.
    let problems = forms::load("[".repeat(depth).as_bytes(), "open.json", None).expect_err("a list");
    assert!(problems[0].message.contains("holds a list"), "{}", listing(&problems));
}

#[test]
fn a_deep_but_legal_condition_loads_and_holds() {
    // 100 nested "not"s (an even number) around "answered": as deep as the parser allows, almost.
    let depth = 100;
    let condition = format!("{}{{ \"answered\": \"name\" }}{}", "{ \"not\": ".repeat(depth), " }".repeat(depth));
    let text = mini().replacen(
        "\"label\": { \"en\": \"Your age\" }",
        &format!("\"label\": {{ \"en\": \"Your age\" }}, \"show_if\": {condition}"),
        1,
    );
    let form = forms::load(text.as_bytes(), "deep-condition.json", None)
        .unwrap_or_else(|p| panic!("a legal condition was refused:{}", listing(&p)));
    let mut answers = forms::Answers::default();
    let age = form.question("age").expect("age exists");
    assert!(!form.question_visible(age, &answers));
    answers.set("name", Some(forms::Answer::Text("Amina".into())));
    assert!(form.question_visible(age, &answers));
}

#[test]
fn a_ten_megabyte_text_is_reported_at_that_text() {
    let chars = 10 * 1024 * 1024;
    let text = mini().replacen("Your name", &"x".repeat(chars), 1);
    let problems = forms::load(text.as_bytes(), "long.json", None).expect_err("a 10 MB label is too long");
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_problem_at(&problems, 13, 64, &format!("This text is {chars} characters long"));
}

#[test]
fn a_ten_megabyte_definition_is_still_read() {
    // Under the 16 MB limit, size alone is no reason to refuse a form (here: 10 MB of spaces).
    let mut text = mini();
    let padding = 10 * 1024 * 1024 - text.len();
    text.insert_str(text.len() - 2, &" ".repeat(padding));
    assert_eq!(text.len(), 10 * 1024 * 1024);
    let form = forms::load(text.as_bytes(), "padded.json", None)
        .unwrap_or_else(|p| panic!("a padded valid form was refused:{}", listing(&p)));
    assert_eq!(form.id, "mini");
}

#[test]
fn a_seventeen_megabyte_definition_is_refused_before_it_is_read() {
    let mut bytes = mini().into_bytes();
    bytes.resize(17 * 1024 * 1024, b' ');
    let problems = forms::load(&bytes, "huge.json", None).expect_err("over the limit");
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_problem_at(&problems, 1, 1, "The file is 17 MB. A form definition must be under 16 MB");
}

#[test]
fn other_things_that_are_not_an_object_are_named() {
    for (text, found) in [("\"a form\"", "a text"), ("42", "a number"), ("true", "true or false"), ("null", "null")] {
        let problems = forms::load(format!("\n  {text}\n").as_bytes(), "x.json", None).expect_err("not a form");
        assert_problem_at(&problems, 2, 3, &format!("The file holds {found}."));
    }
}

#[test]
fn a_problem_displays_as_file_line_column_message() {
    let problems = load_file("08-unknown-field-typo.json").expect_err("broken");
    assert_eq!(
        problems[0].to_string(),
        "08-unknown-field-typo.json:13:79: Unknown field \"requried\". Did you mean \"required\"?"
    );
}

#[test]
fn every_sample_form_passes_the_checker() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let samples = json_files(&dir);
    // The samples are the shared fixtures of every test tier; an empty folder would pass vacuously.
    assert!(
        samples.iter().any(|p| p.ends_with("seed-fund.json")),
        "forms/samples/seed-fund.json is missing (found {samples:?})"
    );
    for path in &samples {
        let bytes = std::fs::read(path).expect("a sample is readable");
        let name = path.display().to_string();
        if let Err(problems) = forms::load(&bytes, &name, Some(&DirAssets(dir.clone()))) {
            panic!("{name} has problems:{}", listing(&problems));
        }
    }
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files
}

/// The `seedform check` command, run as a person would run it.
#[cfg(feature = "cli")]
mod checker_command {
    use std::process::{Command, Output};

    use super::*;

    fn seedform(args: &[&Path]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_seedform")).arg("check").args(args).output().expect("the seedform binary runs")
    }

    fn stdout(output: &Output) -> String {
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    #[test]
    fn a_broken_file_fails_with_file_line_column_and_message() {
        let path = broken_dir().join("08-unknown-field-typo.json");
        let output = seedform(&[&path]);
        let out = stdout(&output);
        assert_eq!(output.status.code(), Some(1), "{out}");
        let expected = format!("{}:13:79: Unknown field \"requried\". Did you mean \"required\"?", path.display());
        assert!(out.contains(&expected), "expected {expected:?} in:\n{out}");
        assert!(out.contains(&format!("{}: 1 problem\n", path.display())), "{out}");
    }

    #[test]
    fn a_good_file_passes() {
        let path = fixture("mini.json");
        let output = seedform(&[&path]);
        let out = stdout(&output);
        assert_eq!(output.status.code(), Some(0), "{out}");
        assert!(out.contains(&format!("{}: ok (2 questions, languages: en)", path.display())), "{out}");
    }

    #[test]
    fn one_broken_file_among_good_ones_fails_the_run_and_every_file_is_checked() {
        let good = fixture("mini.json");
        let broken = broken_dir().join("12-duplicate-question-id.json");
        let output = seedform(&[&broken, &good]);
        let out = stdout(&output);
        assert_eq!(output.status.code(), Some(1), "{out}");
        assert!(out.contains(&format!("{}:14:17: Two questions", broken.display())), "{out}");
        assert!(out.contains(&format!("{}: ok", good.display())), "{out}");
    }

    #[test]
    fn a_missing_file_fails() {
        let path = broken_dir().join("no-such-form.json");
        let output = seedform(&[&path]);
        assert_eq!(output.status.code(), Some(1));
        assert!(stdout(&output).contains("cannot be read"), "{}", stdout(&output));
    }

    #[test]
    fn without_files_it_prints_usage_and_exits_2() {
        let output = Command::new(env!("CARGO_BIN_EXE_seedform")).arg("check").output().expect("runs");
        assert_eq!(output.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&output.stderr).contains("Usage:"));
    }

    #[test]
    fn the_sample_forms_pass_the_checker_command() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
        let samples = json_files(&dir);
        assert!(!samples.is_empty(), "no sample forms in {}", dir.display());
        let args: Vec<&Path> = samples.iter().map(PathBuf::as_path).collect();
        let output = seedform(&args);
        let out = stdout(&output);
        assert_eq!(output.status.code(), Some(0), "{out}");
        for path in &samples {
            assert!(out.contains(&format!("{}: ok (", path.display())), "{} not reported ok:\n{out}", path.display());
        }
    }
}
