//! What leaves the device when an application is submitted, in each format a receiver may expect.
//!
//! Three pure builders, one per adapter, all fed from the same place: the answers to the
//! questions shown now ([`Form::visible_answers`]), in the order the form asks them. An answer to
//! a hidden question stays in the draft and never reaches any of them.
//!
//! - [`json_payload`]: typed JSON for the `json` adapter ([`attach_uploads`] names media sent
//!   beforehand by resumable upload);
//! - [`multipart_fields`]: the fields and files of a classic HTML form post (`multipart`);
//! - [`openrosa_instance`] and [`openrosa_attachments`]: the XML instance and media files of an
//!   OpenRosa 1.0 submission (`openrosa`: ODK Central, KoboToolbox, Ona).
//!
//! They do no I/O: the app reads the media bytes named by each [`MediaRef`](crate::MediaRef) and
//! sends them.

mod json;
mod multipart;
mod openrosa;

pub use json::{attach_uploads, json_payload};
pub use multipart::{METADATA_FIELDS, MultipartParts, multipart_fields};
pub use openrosa::{openrosa_attachments, openrosa_instance};

use crate::answer::{Answer, Answers};
use crate::definition::{Form, Question};

/// Question ids the checker refuses because a submission format uses the name itself: the
/// multipart metadata fields ([`METADATA_FIELDS`]) and the OpenRosa instance's `meta` block.
pub const RESERVED_QUESTION_IDS: [&str; 7] =
    ["submission_id", "reference", "form_id", "form_version", "language", "submitted_at", "meta"];

/// Letters and digits that cannot be mistaken for each other when written down or read aloud
/// (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
const REFERENCE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";

/// A short reference an applicant can write down or photograph, like `K7Q-2XF`, from random bytes.
pub fn reference_from(random: [u8; 6]) -> String {
    let n = REFERENCE_ALPHABET.len();
    let chars: String = random.iter().map(|b| char::from(REFERENCE_ALPHABET[usize::from(*b) % n])).collect();
    format!("{}-{}", &chars[..3], &chars[3..])
}

/// The shown top-level answers of `visible` (see [`Form::visible_answers`]) in the order the
/// form asks them, each with its question. Receivers that keep the order (a CSV export, an ODK
/// instance) then read like the form.
fn in_form_order<'a>(form: &'a Form, visible: &'a Answers) -> impl Iterator<Item = (&'a Question, &'a Answer)> {
    form.pages.iter().flat_map(|page| &page.questions).filter_map(|q| visible.get(&q.id).map(|a| (q, a)))
}

/// The answers of one group entry, in the order the group asks them.
fn entry_in_order<'a>(group: &'a Question, entry: &'a Answers) -> impl Iterator<Item = (&'a Question, &'a Answer)> {
    group.questions.iter().filter_map(|m| entry.get(&m.id).map(|a| (m, a)))
}

/// A number as text, the way a person would write it: `2500`, not `2500.0` or `2.5e3`.
fn number_text(n: f64) -> String {
    // `Display` for f64 never uses exponent notation and drops a zero fraction.
    format!("{n}")
}

/// An instant in milliseconds since 1970 as an ISO 8601 UTC timestamp, `2026-03-01T09:30:00.000Z`
/// (also the test endpoint's clock).
pub fn iso_from_ms(ms: u64) -> String {
    let secs = ms / 1000;
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    // Howard Hinnant's `civil_from_days`: days since 1970-01-01 to a proleptic Gregorian date.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z", rem / 3600, rem % 3600 / 60, rem % 60, ms % 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_short_and_unambiguous() {
        let r = reference_from([0, 1, 2, 200, 255, 77]);
        assert_eq!(r.len(), 7);
        assert!(r.chars().all(|c| c == '-' || REFERENCE_ALPHABET.contains(&(c as u8))));
        assert_ne!(reference_from([0; 6]), reference_from([1; 6]));
    }

    #[test]
    fn every_metadata_field_is_reserved() {
        assert!(METADATA_FIELDS.iter().all(|f| RESERVED_QUESTION_IDS.contains(f)));
    }

    #[test]
    fn timestamps_are_iso_utc() {
        assert_eq!(iso_from_ms(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_from_ms(951_782_400_123), "2000-02-29T00:00:00.123Z");
        assert_eq!(iso_from_ms(1_772_357_400_000), "2026-03-01T09:30:00.000Z");
    }

    #[test]
    fn numbers_read_as_written() {
        assert_eq!(number_text(2500.0), "2500");
        assert_eq!(number_text(0.1), "0.1");
        assert_eq!(number_text(-3.25), "-3.25");
        assert_eq!(number_text(1e21), "1000000000000000000000");
    }
}
