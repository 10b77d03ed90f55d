//! The three submission formats, built from the sample forms (the same fixtures the app's
//! end-to-end tests fill in): JSON, a classic multipart form post, and an OpenRosa instance.
//!
//! Each format is read back the way a receiver would (`serde_json`, the field list, an
//! independent XML parser) into one neutral shape, so "the same answers arrive the same way in
//! every format" is a plain equality.
// These are tests: a failed `expect` is a failed test, which is what it should be.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeMap;

use forms::submission::{MultipartParts, json_payload, multipart_fields, openrosa_attachments, openrosa_instance};
use forms::{Answer, Answers, Draft, Form, MediaRef, QuestionType};
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Fixtures.

const STARTED_MS: u64 = 1_772_357_400_000; // 2026-03-01T09:30:00Z
const SUBMITTED: &str = "2026-03-02T10:00:00.000Z";
const SUBMISSION_ID: &str = "5f0c7d2e-8a41-4c1b-9e3a-2b6f1d0c9a77";
const REFERENCE: &str = "K7Q-2XF";

fn sample(name: &str) -> (Form, String) {
    let path = format!("{}/samples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).expect("the sample exists");
    let form = forms::load(source.as_bytes(), &path, None).expect("the sample is valid");
    (form, source)
}

fn draft(form: &Form, source: &str, language: &str) -> Draft {
    Draft::new(form, source, "draft-1".into(), language.into(), STARTED_MS)
}

fn text(t: &str) -> Answer {
    Answer::Text(t.to_owned())
}

fn media(name: &str, mime: &str) -> Answer {
    Answer::Media(MediaRef {
        id: format!("blob-{name}"),
        name: name.to_owned(),
        mime: mime.to_owned(),
        bytes: 1234,
        duration_ms: Some(5000),
    })
}

fn set(d: &mut Draft, id: &str, answer: Answer) {
    d.set_answer(id, Some(answer), STARTED_MS + 1);
}

fn entry(pairs: &[(&str, Answer)]) -> Answers {
    Answers(pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect())
}

/// A complete seed-fund application, written (not filmed), by a group that is not constituted,
/// with two partners and a spoken answer.
fn seed_fund_written(language: &str) -> (Form, Draft) {
    let (form, source) = sample("seed-fund");
    let mut d = draft(&form, &source, language);
    set(&mut d, "group_name", text("Hope Kitchen"));
    set(&mut d, "group_does", media("group-does.webm", "audio/webm"));
    set(&mut d, "pitch_by_video", Answer::Bool(false));
    set(&mut d, "contact_name", text("Amina"));
    set(&mut d, "contact_email", text("amina@example.org"));
    set(&mut d, "contact_phone", text("+44 7700 900123"));
    set(&mut d, "constituted", Answer::Bool(false));
    set(&mut d, "host_name", text("Riverside Trust"));
    set(&mut d, "host_email", text("hello@riverside.example"));
    set(&mut d, "idea", text("Cooking together\nevery Friday."));
    set(&mut d, "who_for", Answer::Choices(vec!["women".into(), "new_arrivals".into()]));
    set(&mut d, "lived_experience", text("We arrived in 2019."));
    set(&mut d, "amount", Answer::Number(2500.0));
    set(&mut d, "budget", text("Food £1,500; hall £1,000"));
    d.answers.entries_mut("partners").push(entry(&[("partner_name", text("Library")), ("partner_role", text("Room"))]));
    d.answers
        .entries_mut("partners")
        .push(entry(&[("partner_name", text("School")), ("partner_role", text("Volunteers"))]));
    set(&mut d, "start_date", Answer::Date("2026-05-01".into()));
    set(&mut d, "consent", Answer::Bool(true));
    (form, d)
}

// ---------------------------------------------------------------------------------------------
// Each format, read back into one neutral shape.

/// An answer as a receiver sees it, whatever the format.
#[derive(Debug, Clone, PartialEq)]
enum Got {
    /// One value (text, number, date, choice, yes/no as `true`/`false`, a file's name).
    One(String),
    /// The values of a multiple choice question.
    Many(Vec<String>),
    /// The entries of a group.
    Entries(Vec<BTreeMap<String, Got>>),
}

type Received = BTreeMap<String, Got>;

fn kind(form: &Form, id: &str) -> QuestionType {
    form.question(id).unwrap_or_else(|| panic!("{id} is a question of the form")).kind
}

fn from_json(form: &Form, answers: &Value) -> Received {
    fn one(form: &Form, id: &str, v: &Value) -> Got {
        match v {
            Value::String(s) => Got::One(s.clone()),
            Value::Number(n) => Got::One(format!("{}", n.as_f64().unwrap())),
            Value::Bool(b) => Got::One(b.to_string()),
            Value::Array(items) if kind(form, id) == QuestionType::Group => Got::Entries(
                items
                    .iter()
                    .map(|e| e.as_object().unwrap().iter().map(|(k, v)| (k.clone(), one(form, k, v))).collect())
                    .collect(),
            ),
            Value::Array(items) => Got::Many(items.iter().map(|i| i.as_str().unwrap().to_owned()).collect()),
            Value::Object(m) => Got::One(m["name"].as_str().unwrap().to_owned()),
            Value::Null => panic!("{id} is null"),
        }
    }
    answers.as_object().unwrap().iter().map(|(k, v)| (k.clone(), one(form, k, v))).collect()
}

fn from_multipart(form: &Form, parts: &MultipartParts) -> Received {
    fn put(form: &Form, into: &mut Received, id: &str, value: String) {
        let got = match kind(form, id) {
            QuestionType::MultipleChoice => {
                let mut values = match into.remove(id) {
                    Some(Got::Many(v)) => v,
                    _ => Vec::new(),
                };
                values.push(value);
                Got::Many(values)
            }
            QuestionType::YesNo | QuestionType::Consent => Got::One((value == "yes").to_string()),
            _ => Got::One(value),
        };
        into.insert(id.to_owned(), got);
    }
    let mut out = Received::new();
    let values = parts.fields.iter().cloned().chain(parts.files.iter().map(|(n, m)| (n.clone(), m.name.clone())));
    for (name, value) in values {
        if forms::submission::METADATA_FIELDS.contains(&name.as_str()) {
            continue;
        }
        // `group[n][member]`
        if let Some((group, rest)) = name.split_once('[') {
            let (n, member) = rest.trim_end_matches(']').split_once("][").unwrap();
            let n: usize = n.parse().unwrap();
            let slot = out.entry(group.to_owned()).or_insert_with(|| Got::Entries(Vec::new()));
            let Got::Entries(entries) = slot else { panic!("{group} is a group") };
            entries.resize_with(entries.len().max(n), BTreeMap::new);
            put(form, &mut entries[n - 1], member, value);
        } else {
            put(form, &mut out, &name, value);
        }
    }
    out
}

fn from_openrosa(form: &Form, xml: &str) -> Received {
    fn put(form: &Form, into: &mut Received, node: roxmltree::Node) {
        let id = node.tag_name().name();
        let value = node.text().unwrap_or("").to_owned();
        match kind(form, id) {
            QuestionType::Group => {
                let mut entry = Received::new();
                for child in node.children().filter(|c| c.is_element()) {
                    put(form, &mut entry, child);
                }
                let slot = into.entry(id.to_owned()).or_insert_with(|| Got::Entries(Vec::new()));
                let Got::Entries(entries) = slot else { panic!("{id} is a group") };
                entries.push(entry);
            }
            QuestionType::MultipleChoice => {
                into.insert(id.to_owned(), Got::Many(value.split(' ').map(str::to_owned).collect()));
            }
            QuestionType::YesNo => {
                into.insert(id.to_owned(), Got::One((value == "yes").to_string()));
            }
            QuestionType::Consent => {
                into.insert(id.to_owned(), Got::One((value == "OK").to_string()));
            }
            _ => {
                into.insert(id.to_owned(), Got::One(value));
            }
        }
    }
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{xml}"));
    let mut out = Received::new();
    for node in doc.root_element().children().filter(|c| c.is_element() && c.tag_name().name() != "meta") {
        put(form, &mut out, node);
    }
    out
}

struct AllThree {
    json: Value,
    multipart: MultipartParts,
    xml: String,
    attachments: Vec<(String, MediaRef)>,
}

fn build_all(form: &Form, d: &Draft) -> AllThree {
    AllThree {
        json: json_payload(form, d, SUBMISSION_ID, REFERENCE, SUBMITTED),
        multipart: multipart_fields(form, d, SUBMISSION_ID, REFERENCE, SUBMITTED),
        xml: openrosa_instance(form, d, SUBMISSION_ID, REFERENCE, SUBMITTED),
        attachments: openrosa_attachments(form, d),
    }
}

/// Builds all three formats, reads each back, checks they agree, and returns what arrived.
fn received_alike(form: &Form, d: &Draft) -> (Received, AllThree) {
    let all = build_all(form, d);
    let json = from_json(form, &all.json["answers"]);
    let multipart = from_multipart(form, &all.multipart);
    let openrosa = from_openrosa(form, &all.xml);
    assert_eq!(json, multipart, "JSON and multipart differ");
    assert_eq!(json, openrosa, "JSON and OpenRosa differ\n{}", all.xml);
    (json, all)
}

fn one(s: &str) -> Got {
    Got::One(s.to_owned())
}

// ---------------------------------------------------------------------------------------------
// Scenarios.

#[test]
fn a_seed_fund_application_arrives_the_same_in_all_three_formats() {
    let (form, d) = seed_fund_written("en");
    let (got, all) = received_alike(&form, &d);

    assert_eq!(got["group_name"], one("Hope Kitchen"));
    assert_eq!(got["group_does"], one("group-does.webm"), "a spoken answer arrives as its file");
    assert_eq!(got["pitch_by_video"], one("false"));
    assert_eq!(got["amount"], one("2500"));
    assert_eq!(got["who_for"], Got::Many(vec!["women".into(), "new_arrivals".into()]));
    assert_eq!(got["idea"], one("Cooking together\nevery Friday."));
    assert_eq!(got["consent"], one("true"));
    let Got::Entries(partners) = &got["partners"] else { panic!("partners is a group") };
    assert_eq!(partners.len(), 2);
    assert_eq!(partners[1]["partner_role"], one("Volunteers"));
    assert_eq!(got.len(), 17, "every shown answer, nothing else: {:?}", got.keys());

    // The one file goes as a part in both file-carrying formats.
    assert_eq!(all.multipart.files.len(), 1);
    assert_eq!(all.multipart.files[0].0, "group_does");
    assert_eq!(all.attachments.len(), 1);
    assert_eq!(all.attachments[0].0, "group-does.webm");
}

#[test]
fn the_other_samples_arrive_the_same_in_all_three_formats() {
    let (form, source) = sample("integration-award");
    let mut d = draft(&form, &source, "ar");
    set(&mut d, "category", Answer::Choice("tech_innovation".into()));
    set(&mut d, "nominee_name", text("مريم"));
    set(&mut d, "reasons", text("تعلم ".repeat(20).as_str()));
    set(&mut d, "people_reached", Answer::Number(120.0));
    set(&mut d, "nominator_name", text("Yonas"));
    set(&mut d, "nominator_email", text("yonas@example.org"));
    set(&mut d, "consent", Answer::Bool(true));
    let (got, all) = received_alike(&form, &d);
    assert_eq!(got.len(), 7);
    assert_eq!(got["category"], one("tech_innovation"));
    assert_eq!(all.json["language"], "ar");
    assert!(all.multipart.fields.contains(&("language".into(), "ar".into())));

    let (form, source) = sample("feedback-survey");
    let mut d = draft(&form, &source, "ti");
    set(&mut d, "enjoy", Answer::Scale(5));
    set(&mut d, "confidence", Answer::Scale(2));
    set(&mut d, "practised", Answer::Choice("speaking".into()));
    set(&mut d, "come_again", Answer::Bool(true));
    set(&mut d, "comment", media("comment.ogg", "audio/ogg"));
    let (got, _) = received_alike(&form, &d);
    assert_eq!(got.len(), 5, "the unanswered scale is left out: {:?}", got.keys());
    assert_eq!(got["enjoy"], one("5"));
    assert_eq!(got["come_again"], one("true"));
}

#[test]
fn hidden_answers_are_never_sent_in_any_format() {
    let (form, mut d) = seed_fund_written("en");
    // The group chooses to film its pitch and is constituted: the written answers and the host
    // organisation are hidden now, but stay in the draft.
    set(&mut d, "pitch_by_video", Answer::Bool(true));
    set(&mut d, "constituted", Answer::Bool(true));
    set(&mut d, "pitch_video", media("pitch.webm", "video/webm"));
    for id in ["idea", "lived_experience", "budget", "host_name", "host_email"] {
        set(&mut d, id, text(&format!("HIDDEN-{id}")));
    }
    let (got, all) = received_alike(&form, &d);
    for id in ["idea", "lived_experience", "budget", "host_name", "host_email"] {
        assert!(!got.contains_key(id), "{id} was sent");
    }
    assert_eq!(got["pitch_video"], one("pitch.webm"));
    assert!(!all.json.to_string().contains("HIDDEN"));
    assert!(!all.xml.contains("HIDDEN"));
    assert!(!all.multipart.fields.iter().any(|(n, v)| v.contains("HIDDEN") || n.contains("host")));
    // The draft still has them, so switching back restores them.
    assert_eq!(d.answers.get("idea"), Some(&text("HIDDEN-idea")));
    // The video goes as a file in both file-carrying formats.
    assert_eq!(all.multipart.files.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["group_does", "pitch_video"]);
    assert_eq!(all.attachments.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["group-does.webm", "pitch.webm"]);
}

#[test]
fn hidden_questions_inside_a_group_entry_are_not_sent() {
    // Built in code: the sample's partners group has no conditions.
    let (mut form, source) = sample("seed-fund");
    let partners = form.pages.iter_mut().flat_map(|p| &mut p.questions).find(|q| q.id == "partners").unwrap();
    partners.questions[1].show_if =
        Some(serde_json::from_value(serde_json::json!({"answered": "partner_name"})).unwrap());
    let mut d = draft(&form, &source, "en");
    d.answers.entries_mut("partners").push(entry(&[("partner_role", text("HIDDEN-role"))]));
    d.answers.entries_mut("partners").push(entry(&[("partner_name", text("Library")), ("partner_role", text("Room"))]));
    let (got, all) = received_alike(&form, &d);
    assert_eq!(
        got["partners"],
        Got::Entries(vec![
            BTreeMap::new(),
            [("partner_name".into(), one("Library")), ("partner_role".into(), one("Room"))].into()
        ])
    );
    assert!(!all.xml.contains("HIDDEN") && !all.json.to_string().contains("HIDDEN"));
    assert!(all.xml.contains("<partners></partners>"), "an empty entry keeps its place");
}

/// Text an attacker, a confused keyboard or a right-to-left script might produce.
const HOSTILE: &[&str] = &[
    "</data><x>",
    "</seed-fund><meta><instanceID>uuid:evil</instanceID></meta>",
    "\"double\" and 'single' quotes & ampersands; &amp; already escaped",
    "<![CDATA[ ]]> <!-- comment --> <?pi?>",
    "line one\r\nline two\rline three\n\ttabbed",
    "مرحبا بكم \u{202e}txt.exe\u{202c} שלום ሰላም",
    "🌱 emoji and \u{200d} joiners",
];

#[test]
fn hostile_text_round_trips_through_every_format() {
    for hostile in HOSTILE {
        let (form, mut d) = seed_fund_written("en");
        set(&mut d, "group_name", text(hostile));
        set(&mut d, "idea", text(hostile));
        d.answers.entries_mut("partners")[0].set("partner_name", Some(text(hostile)));
        let (got, all) = received_alike(&form, &d);
        assert_eq!(got["group_name"], one(hostile), "{hostile:?}");
        assert_eq!(got["idea"], one(hostile), "{hostile:?}");
        let Got::Entries(partners) = &got["partners"] else { panic!("partners is a group") };
        assert_eq!(partners[0]["partner_name"], one(hostile));
        // Nothing was injected into the document's structure.
        let doc = roxmltree::Document::parse(&all.xml).unwrap();
        let root = doc.root_element();
        assert_eq!(
            root.children().filter(|c| c.is_element()).count(),
            16 + 2 + 1,
            "16 answers, 2 partner entries and meta"
        );
        let ids: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("instanceID")).map(|n| n.text()).collect();
        assert_eq!(ids, [Some(format!("uuid:{SUBMISSION_ID}").as_str())]);
    }
}

#[test]
fn characters_xml_cannot_carry_are_dropped_only_from_the_xml() {
    let hostile = "a\u{0}b\u{1}c\u{8}d\u{b}e\u{c}f\u{1b}g\u{7f}h\u{ffff}i";
    let (form, mut d) = seed_fund_written("en");
    set(&mut d, "group_name", text(hostile));
    let all = build_all(&form, &d);
    let doc = roxmltree::Document::parse(&all.xml).expect("still well-formed");
    let sent = doc.descendants().find(|n| n.has_tag_name("group_name")).and_then(|n| n.text()).unwrap();
    // U+007F is allowed in XML 1.0; the C0 controls (but tab, LF, CR) and U+FFFF are not.
    assert_eq!(sent, "abcdefg\u{7f}hi");
    assert_eq!(all.json["answers"]["group_name"], hostile, "JSON carries any character");
    assert!(all.multipart.fields.contains(&("group_name".into(), hostile.into())));
}

#[test]
fn multipart_fields_follow_the_documented_names_in_form_order() {
    let (form, d) = seed_fund_written("fa");
    let parts = multipart_fields(&form, &d, SUBMISSION_ID, REFERENCE, SUBMITTED);
    let names: Vec<&str> = parts.fields.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "submission_id",
            "reference",
            "form_id",
            "form_version",
            "language",
            "submitted_at",
            "group_name",
            "pitch_by_video",
            "contact_name",
            "contact_email",
            "contact_phone",
            "constituted",
            "host_name",
            "host_email",
            "idea",
            "who_for",
            "who_for",
            "lived_experience",
            "amount",
            "budget",
            "partners[1][partner_name]",
            "partners[1][partner_role]",
            "partners[2][partner_name]",
            "partners[2][partner_role]",
            "start_date",
            "consent",
        ]
    );
    let value = |name: &str| parts.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    assert_eq!(value("submission_id"), Some(SUBMISSION_ID));
    assert_eq!(value("reference"), Some(REFERENCE));
    assert_eq!(value("form_id"), Some("seed-fund"));
    assert_eq!(value("form_version"), Some("2026.1"));
    assert_eq!(value("language"), Some("fa"));
    assert_eq!(value("submitted_at"), Some(SUBMITTED));
    assert_eq!(value("pitch_by_video"), Some("no"));
    assert_eq!(value("consent"), Some("yes"));
    assert_eq!(value("amount"), Some("2500"));
    assert_eq!(parts.files.len(), 1);
    assert_eq!(parts.files[0].1.mime, "audio/webm");
}

#[test]
fn an_openrosa_instance_names_the_form_its_version_and_its_instance() {
    let (mut form, d) = seed_fund_written("en");
    form.version = "2026.1 \"beta\" <b>\n&".into();
    let xml = openrosa_instance(&form, &d, SUBMISSION_ID, REFERENCE, SUBMITTED);
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<seed-fund id=\"seed-fund\" version="));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "seed-fund");
    assert_eq!(root.attribute("id"), Some("seed-fund"));
    assert_eq!(root.attribute("version"), Some("2026.1 \"beta\" <b>\n&"), "attribute values survive normalisation");
    let meta = root.children().rfind(|c| c.is_element()).unwrap();
    assert_eq!(meta.tag_name().name(), "meta", "meta comes last, after the answers");
    let field = |name: &str| meta.children().find(|c| c.has_tag_name(name)).and_then(|c| c.text());
    assert_eq!(field("instanceID"), Some(format!("uuid:{SUBMISSION_ID}").as_str()));
    assert_eq!(field("instanceName"), Some(REFERENCE));
    assert_eq!(field("timeStart"), Some("2026-03-01T09:30:00.000Z"));
    assert_eq!(field("timeEnd"), Some(SUBMITTED));

    // An id that already carries the prefix is not prefixed twice.
    let again = openrosa_instance(&form, &d, &format!("uuid:{SUBMISSION_ID}"), REFERENCE, SUBMITTED);
    assert_eq!(again, xml);
}

#[test]
fn openrosa_values_follow_odk_conventions() {
    let (form, mut d) = seed_fund_written("en");
    set(&mut d, "consent", Answer::Bool(false));
    let xml = openrosa_instance(&form, &d, SUBMISSION_ID, REFERENCE, SUBMITTED);
    assert!(xml.contains("<who_for>women new_arrivals</who_for>"), "select_multiple: space-separated");
    assert!(xml.contains("<pitch_by_video>no</pitch_by_video>"));
    assert!(xml.contains("<consent></consent>"), "acknowledge: empty unless ticked");
    assert!(xml.contains("<amount>2500</amount>"));
    assert!(xml.contains("<start_date>2026-05-01</start_date>"));
    assert!(xml.contains(
        "<partners><partner_name>Library</partner_name><partner_role>Room</partner_role></partners>\
         <partners><partner_name>School</partner_name><partner_role>Volunteers</partner_role></partners>"
    ));
    set(&mut d, "consent", Answer::Bool(true));
    let xml = openrosa_instance(&form, &d, SUBMISSION_ID, REFERENCE, SUBMITTED);
    assert!(xml.contains("<consent>OK</consent>"));
}

#[test]
fn openrosa_attachment_names_are_safe_unique_and_match_the_instance() {
    let (form, mut d) = seed_fund_written("en");
    set(&mut d, "pitch_by_video", Answer::Bool(true));
    set(&mut d, "group_does", media("recording.webm", "audio/webm"));
    set(&mut d, "pitch_video", media("recording.webm", "video/webm"));
    set(&mut d, "who_for", Answer::Choices(vec!["women".into()]));
    let mut with_odd_name = d.clone();
    set(&mut with_odd_name, "pitch_video", media("../../etc/pass wd", "video/webm"));

    let files = openrosa_attachments(&form, &d);
    assert_eq!(files.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["recording.webm", "recording-2.webm"]);
    assert_eq!(files[1].1.mime, "video/webm", "each name points at its own media");
    let xml = openrosa_instance(&form, &d, SUBMISSION_ID, REFERENCE, SUBMITTED);
    assert!(xml.contains("<group_does>recording.webm</group_does>"));
    assert!(xml.contains("<pitch_video>recording-2.webm</pitch_video>"));

    let files = openrosa_attachments(&form, &with_odd_name);
    assert_eq!(files[1].0, "_.._etc_pass_wd");
    assert!(files.iter().all(|(n, _)| !n.contains('/') && !n.starts_with('.')));
}

#[test]
fn a_question_id_a_submission_uses_itself_is_refused() {
    let (_, source) = sample("seed-fund");
    for reserved in forms::submission::RESERVED_QUESTION_IDS {
        let edited = source.replacen("\"id\": \"group_name\"", &format!("\"id\": \"{reserved}\""), 1);
        assert_ne!(edited, source);
        let problems = forms::load(edited.as_bytes(), "seed-fund.json", None).expect_err("refused");
        assert!(
            problems.iter().any(|p| p.message.contains(&format!("\"{reserved}\" is reserved"))),
            "{reserved}: {problems:#?}"
        );
    }
}
