//! Shared-tablet mode: an application protected by the applicant's PIN is stored *sealed*: its
//! content (answers, and the outbox copy) is encrypted with AES-GCM under a key derived from the
//! PIN with PBKDF2-SHA-256; only what the start screen needs stays readable (the nickname the
//! applicant chose, which form, when it changed). The cryptography itself runs in the browser
//! (WebCrypto); this module holds the format and the rules, so they are tested here.

use serde::{Deserialize, Serialize};

/// PBKDF2-SHA-256 iterations for a new PIN (OWASP's 2023 figure for PBKDF2-SHA-256).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// The format version of [`Sealed`].
pub const SEALED_FORMAT: u32 = 1;
/// The shortest and longest PIN, in digits.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;

/// What a sealed record holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SealedKind {
    /// An application in progress ([`crate::Draft`] JSON).
    Draft,
    /// A finished application waiting to be sent ([`crate::outbox::OutboxItem`] JSON).
    Outbox,
}

/// A stored record whose content only the applicant's PIN opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sealed {
    /// Always [`SEALED_FORMAT`]; also how a sealed record is told from a plain one.
    pub sealed: u32,
    /// What the content is.
    pub kind: SealedKind,
    /// The draft this belongs to (the draft's own id; an outbox copy names its draft).
    pub draft_id: String,
    /// The form's id.
    pub form_id: String,
    /// The nickname the applicant chose: the only thing the start screen shows.
    pub nickname: String,
    /// When the application last changed, in ms since 1970 (for "edited 10 minutes ago").
    pub updated_at_ms: u64,
    /// The PBKDF2 salt (16 random bytes), hex.
    pub salt: String,
    /// The PBKDF2 iterations the key was derived with.
    pub iterations: u32,
    /// The AES-GCM nonce (12 random bytes, new for every write), hex.
    pub iv: String,
    /// The AES-GCM ciphertext and tag, hex.
    pub data: String,
    /// Wrong PINs entered since the last right one.
    #[serde(default)]
    pub failed_attempts: u32,
    /// No PIN is tried before this time (ms since 1970), after wrong ones.
    #[serde(default)]
    pub retry_after_ms: u64,
    /// For an outbox copy kept after delivery: when the endpoint confirmed it (ms since 1970),
    /// so the copy can be deleted on time without its PIN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at_ms: Option<u64>,
    /// For an outbox copy kept after delivery: the ids of its recordings (random, not personal),
    /// deleted with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media_ids: Vec<String>,
}

impl Sealed {
    /// Reads `text` if it is a sealed record (a plain draft or outbox item gives `None`).
    pub fn from_json(text: &str) -> Option<Sealed> {
        serde_json::from_str::<Sealed>(text).ok().filter(|s| s.sealed == SEALED_FORMAT)
    }

    /// The record as JSON, for storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Notes a wrong PIN at `now_ms`: the wait before the next try grows ([`wait_after_wrong_pins`]).
    /// Nothing is ever deleted for wrong PINs.
    pub fn record_wrong_pin(&mut self, now_ms: u64) {
        self.failed_attempts = self.failed_attempts.saturating_add(1);
        self.retry_after_ms = now_ms.saturating_add(wait_after_wrong_pins(self.failed_attempts));
    }

    /// How long until a PIN may be tried, at `now_ms` (0: now).
    pub fn wait_ms(&self, now_ms: u64) -> u64 {
        self.retry_after_ms.saturating_sub(now_ms)
    }
}

/// The wait after `failed` wrong PINs in a row: none for the first two (a slip of the finger),
/// then 5 s, doubling up to 15 minutes. Guessing all 10,000 four-digit PINs takes weeks.
pub fn wait_after_wrong_pins(failed: u32) -> u64 {
    const MAX_MS: u64 = 15 * 60 * 1000;
    match failed {
        0..=2 => 0,
        n => 5_000u64.saturating_mul(1u64 << (n - 3).min(20)).min(MAX_MS),
    }
}

/// Why a chosen PIN cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinProblem {
    /// Not 4 to 8 digits.
    Length,
    /// Something other than digits.
    NotDigits,
    /// The two entries differ.
    Mismatch,
}

impl PinProblem {
    /// The interface message key.
    pub fn key(self) -> &'static str {
        match self {
            PinProblem::Length => "pin-length",
            PinProblem::NotDigits => "pin-digits",
            PinProblem::Mismatch => "pin-mismatch",
        }
    }
}

/// Checks a new PIN and its repetition. Digits from any script count (the applicant's keyboard
/// may type ٤ or ۴); the result is the PIN in ASCII digits, so it opens the draft whichever
/// keyboard types it next time.
pub fn check_new_pin(pin: &str, again: &str) -> Result<String, PinProblem> {
    let pin = normalise_pin(pin)?;
    if normalise_pin(again).ok().as_deref() != Some(pin.as_str()) {
        return Err(PinProblem::Mismatch);
    }
    Ok(pin)
}

/// A PIN as ASCII digits, or why it is not one.
pub fn normalise_pin(pin: &str) -> Result<String, PinProblem> {
    let digits = crate::answer::ascii_digits(pin.trim());
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinProblem::NotDigits);
    }
    if !PIN_DIGITS.contains(&digits.chars().count()) {
        return Err(PinProblem::Length);
    }
    Ok(digits)
}

/// Bytes as lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes.iter().flat_map(|b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]]).map(char::from).collect()
}

/// Hex back to bytes; `None` for anything else.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    text.as_bytes()
        .chunks(2)
        .map(|pair| {
            let nibble = |c: u8| char::from(c).to_digit(16);
            Some((nibble(pair[0])? * 16 + nibble(pair[1])?) as u8)
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_four_to_eight_digits_typed_the_same_twice_in_any_script() {
        assert_eq!(check_new_pin("2468", "2468"), Ok("2468".into()));
        assert_eq!(check_new_pin("١٢٣٤٥", "12345"), Ok("12345".into()));
        assert_eq!(check_new_pin("۱۲۳۴", "1234"), Ok("1234".into()));
        assert_eq!(check_new_pin("123", "123"), Err(PinProblem::Length));
        assert_eq!(check_new_pin("123456789", "123456789"), Err(PinProblem::Length));
        assert_eq!(check_new_pin("12a4", "12a4"), Err(PinProblem::NotDigits));
        assert_eq!(check_new_pin("1234", "1243"), Err(PinProblem::Mismatch));
        assert_eq!(check_new_pin("", ""), Err(PinProblem::Length));
    }

    #[test]
    fn wrong_pins_wait_longer_and_longer_but_never_delete() {
        let waits: Vec<u64> = (1..=10).map(wait_after_wrong_pins).collect();
        assert_eq!(&waits[..5], &[0, 0, 5_000, 10_000, 20_000]);
        assert!(waits.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(wait_after_wrong_pins(1000), 15 * 60 * 1000);
        let mut s = sample();
        for n in 1..=4 {
            s.record_wrong_pin(1_000);
            assert_eq!(s.failed_attempts, n);
        }
        assert_eq!(s.wait_ms(1_000), 10_000);
        assert_eq!(s.wait_ms(11_000), 0);
        assert_eq!(s.data, sample().data, "the content is untouched");
    }

    #[test]
    fn sealed_records_are_told_from_plain_ones_and_round_trip() {
        let s = sample();
        assert_eq!(Sealed::from_json(&s.to_json()), Some(s));
        let plain = r#"{"schema_version":1,"id":"d1","form_id":"f","form_version":"1","form_hash":"0","language":"en","answers":{},"created_at_ms":0,"updated_at_ms":0}"#;
        assert_eq!(Sealed::from_json(plain), None);
        assert!(crate::Draft::from_json(&sample().to_json()).is_err(), "a sealed record is never read as a draft");
    }

    #[test]
    fn hex_round_trips_and_refuses_anything_else() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(from_hex(&to_hex(&bytes)), Some(bytes));
        assert_eq!(to_hex(&[0x0a, 0xff]), "0aff");
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex("zz"), None);
    }

    fn sample() -> Sealed {
        Sealed {
            sealed: SEALED_FORMAT,
            kind: SealedKind::Draft,
            draft_id: "d1".into(),
            form_id: "seed-fund".into(),
            nickname: "Blue bird".into(),
            updated_at_ms: 5,
            salt: to_hex(&[1; 16]),
            iterations: PBKDF2_ITERATIONS,
            iv: to_hex(&[2; 12]),
            data: to_hex(b"ciphertext"),
            failed_attempts: 0,
            retry_after_ms: 0,
            delivered_at_ms: None,
            media_ids: Vec::new(),
        }
    }
}
