//! Property tests for `forms::load`: whatever the bytes, it returns (never panics), and every
//! problem points at a place that exists in the file.
// These are tests: a failed `expect` is a failed test, which is what it should be.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;

use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name))
        .expect("the fixture is readable")
}

/// Asserts every problem's position lies inside `bytes`: line from 1 to the number of lines,
/// column from 1 to one past the end of that line.
fn assert_positions_inside(bytes: &[u8], result: &Result<forms::Form, Vec<forms::Problem>>) {
    let Err(problems) = result else { return };
    assert!(!problems.is_empty(), "an Err always carries at least one problem");
    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
    let lines: Vec<&str> = text.split('\n').collect();
    for p in problems {
        assert!(p.line >= 1 && p.column >= 1, "{p}");
        assert!(p.line <= lines.len(), "{p}: the file has {} lines", lines.len());
        let width = lines[p.line - 1].chars().count();
        assert!(p.column <= width + 1, "{p}: line {} has {width} characters", p.line);
        assert!(!p.message.trim().is_empty(), "{p}: an empty message");
    }
}

/// One edit of a text: replace, delete or insert a byte at a position (taken modulo the length).
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, u8),
    Delete(usize),
    Insert(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    // Bytes that matter to JSON are likelier than any byte, so edits reach past the syntax check.
    let byte = prop_oneof![
        3 => prop::sample::select(b"{}[]\",:0123456789-.eEtrufalsn \n\\/".to_vec()),
        1 => any::<u8>(),
    ];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(i, b)| Edit::Replace(i, b)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), byte).prop_map(|(i, b)| Edit::Insert(i, b)),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        match *e {
            Edit::Replace(i, b) if !bytes.is_empty() => {
                let i = i % bytes.len();
                bytes[i] = b;
            }
            Edit::Delete(i) if !bytes.is_empty() => {
                let i = i % bytes.len();
                bytes.remove(i);
            }
            Edit::Insert(i, b) => {
                let i = i % (bytes.len() + 1);
                bytes.insert(i, b);
            }
            _ => {}
        }
    }
    bytes
}

/// A form that loaded must survive being written out and read back unchanged.
fn assert_round_trip(result: &Result<forms::Form, Vec<forms::Problem>>) {
    let Ok(form) = result else { return };
    let json = serde_json::to_string_pretty(form).expect("a form serialises");
    let again = forms::load(json.as_bytes(), "again.json", None)
        .unwrap_or_else(|p| panic!("a loaded form, written out, no longer loads: {p:?}\n{json}"));
    assert_eq!(&again, form);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let result = forms::load(&bytes, "random.json", None);
        assert_positions_inside(&bytes, &result);
    }

    #[test]
    fn json_shaped_noise_never_panics(text in r#"[\[\]{}",: \n0-9a-z\\.\-ء-ي]{0,400}"#) {
        let result = forms::load(text.as_bytes(), "noise.json", None);
        assert_positions_inside(text.as_bytes(), &result);
    }

    #[test]
    fn an_edited_small_form_loads_or_reports_problems_inside_the_file(
        edits in prop::collection::vec(edit(), 1..8)
    ) {
        let bytes = apply(fixture("mini.json"), &edits);
        let result = forms::load(&bytes, "mini.json", None);
        assert_positions_inside(&bytes, &result);
        assert_round_trip(&result);
    }

    #[test]
    fn an_edited_rich_form_loads_or_reports_problems_inside_the_file(
        edits in prop::collection::vec(edit(), 1..8)
    ) {
        // Arabic text makes byte and character columns differ, and conditions and groups give
        // the checker's later rules something to chew on.
        let bytes = apply(fixture("rich.json"), &edits);
        let result = forms::load(&bytes, "rich.json", None);
        assert_positions_inside(&bytes, &result);
        assert_round_trip(&result);
    }
}

#[test]
fn the_forms_the_mutations_start_from_are_valid() {
    // If a fixture broke, every mutation would be an Err and the round trip would never run.
    for name in ["mini.json", "rich.json"] {
        let result = forms::load(&fixture(name), name, None);
        assert!(result.is_ok(), "{name}: {result:?}");
        assert_round_trip(&result);
    }
}
