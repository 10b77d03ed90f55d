//! Shared-tablet mode's cryptography, through WebCrypto: a key derived from the applicant's PIN
//! (PBKDF2-SHA-256, random salt, `forms::sealed::PBKDF2_ITERATIONS`), AES-GCM with a fresh
//! random nonce for every write. The key cannot be exported and lives only in this page's
//! memory while the application is open; locking forgets it. The stored format is
//! `forms::sealed::Sealed`.

use std::cell::RefCell;

use forms::sealed::{PBKDF2_ITERATIONS, SEALED_FORMAT, Sealed, SealedKind, from_hex, to_hex};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::platform::browser;

/// Why sealing or opening failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SealError {
    /// The PIN does not open this application (or the record was damaged).
    #[error("wrong PIN")]
    WrongPin,
    /// No WebCrypto (not a secure context), or it failed.
    #[error("encryption is not available here: {0}")]
    Unavailable(String),
    /// No application is open with a PIN.
    #[error("no PIN is set for this application")]
    Locked,
}

/// The open application's key.
struct Active {
    draft_id: String,
    nickname: String,
    key: CryptoKey,
    salt: Vec<u8>,
    iterations: u32,
}

thread_local! {
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    /// The application this page locked ([`lock`]): still protected until the page is gone.
    static LOCKED: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn subtle() -> Result<SubtleCrypto, SealError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or_else(|| SealError::Unavailable("no window.crypto".into()))?;
    Ok(crypto.subtle())
}

fn unavailable(e: JsValue) -> SealError {
    SealError::Unavailable(e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

fn object(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn usages(names: &[&str]) -> JsValue {
    names.iter().map(|n| JsValue::from_str(n)).collect::<Array>().into()
}

/// The AES-GCM key for `pin` and `salt`.
async fn derive(pin: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, SealError> {
    let subtle = subtle()?;
    let raw: Object = Uint8Array::from(pin.as_bytes()).into();
    let base =
        subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages(&["deriveKey"])).map_err(unavailable)?;
    let base: CryptoKey = JsFuture::from(base).await.map_err(unavailable)?.unchecked_into();
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
        ("hash", "SHA-256".into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256u32.into())]);
    let key = subtle
        .derive_key_with_object_and_object(&params, &base, &aes, false, &usages(&["encrypt", "decrypt"]))
        .map_err(unavailable)?;
    Ok(JsFuture::from(key).await.map_err(unavailable)?.unchecked_into())
}

fn random<const N: usize>() -> Result<[u8; N], SealError> {
    let mut bytes = [0u8; N];
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or_else(|| SealError::Unavailable("no window.crypto".into()))?;
    crypto.get_random_values_with_u8_array(&mut bytes).map_err(unavailable)?;
    Ok(bytes)
}

/// Encrypts `plain` with `key`: returns (nonce, ciphertext with tag).
async fn encrypt_with(key: &CryptoKey, plain: &[u8]) -> Result<([u8; 12], Vec<u8>), SealError> {
    let iv = random::<12>()?;
    let params = object(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(&iv[..]).into())]);
    let sealed = subtle()?.encrypt_with_object_and_u8_array(&params, key, plain).map_err(unavailable)?;
    let sealed = JsFuture::from(sealed).await.map_err(unavailable)?;
    Ok((iv, Uint8Array::new(&sealed).to_vec()))
}

async fn decrypt_with(key: &CryptoKey, iv: &[u8], data: &[u8]) -> Result<Vec<u8>, SealError> {
    let params = object(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(iv).into())]);
    let plain = subtle()?.decrypt_with_object_and_u8_array(&params, key, data).map_err(unavailable)?;
    // AES-GCM checks its tag: a wrong key (a wrong PIN) is refused here, never "decrypted".
    let plain = JsFuture::from(plain).await.map_err(|_| SealError::WrongPin)?;
    Ok(Uint8Array::new(&plain).to_vec())
}

/// Protects the application `draft_id` with `pin` from now on (a new random salt).
pub async fn start(draft_id: &str, nickname: &str, pin: &str) -> Result<(), SealError> {
    let salt = random::<16>()?.to_vec();
    let key = derive(pin, &salt, PBKDF2_ITERATIONS).await?;
    let active = Active {
        draft_id: draft_id.to_owned(),
        nickname: nickname.to_owned(),
        key,
        salt,
        iterations: PBKDF2_ITERATIONS,
    };
    ACTIVE.with(|a| *a.borrow_mut() = Some(active));
    Ok(())
}

/// Opens `record` with `pin`: its content, and from now on the application is open (its later
/// saves are sealed with the same key).
pub async fn open(record: &Sealed, pin: &str) -> Result<String, SealError> {
    let salt = from_hex(&record.salt).ok_or(SealError::WrongPin)?;
    let key = derive(pin, &salt, record.iterations).await?;
    let plain = open_with(&key, record).await?;
    ACTIVE.with(|a| {
        *a.borrow_mut() = Some(Active {
            draft_id: record.draft_id.clone(),
            nickname: record.nickname.clone(),
            key,
            salt,
            iterations: record.iterations,
        });
    });
    Ok(plain)
}

async fn open_with(key: &CryptoKey, record: &Sealed) -> Result<String, SealError> {
    let iv = from_hex(&record.iv).ok_or(SealError::WrongPin)?;
    let data = from_hex(&record.data).ok_or(SealError::WrongPin)?;
    let plain = decrypt_with(key, &iv, &data).await?;
    String::from_utf8(plain).map_err(|_| SealError::WrongPin)
}

/// Opens another record of the open application (its outbox copy) with the key in memory.
pub async fn open_own(record: &Sealed) -> Result<String, SealError> {
    let key = ACTIVE
        .with(|a| a.borrow().as_ref().filter(|a| a.draft_id == record.draft_id).map(|a| a.key.clone()))
        .ok_or(SealError::Locked)?;
    open_with(&key, record).await
}

/// Forgets the key: the application is locked until its PIN is entered again.
pub fn lock() {
    if let Some(was) = ACTIVE.with(|a| a.borrow_mut().take()) {
        LOCKED.with(|l| *l.borrow_mut() = Some(was.draft_id));
    }
}

/// Whether the application `draft_id` is open with a PIN.
pub fn is_sealed(draft_id: &str) -> bool {
    ACTIVE.with(|a| a.borrow().as_ref().is_some_and(|a| a.draft_id == draft_id))
}

/// Whether the application `draft_id` is protected by a PIN on this page: open with it, or locked
/// since. Nothing of it may be written in clear, even once its key is gone (the page closing
/// after a lock).
pub fn is_protected(draft_id: &str) -> bool {
    is_sealed(draft_id) || LOCKED.with(|l| l.borrow().as_deref() == Some(draft_id))
}

/// Whether any application is open with a PIN (media recorded now are encrypted).
pub fn any_open() -> bool {
    ACTIVE.with(|a| a.borrow().is_some())
}

/// Whether any application is open with a PIN, or locked by this page since: media recorded now
/// are encrypted, or, once the key is gone, not stored at all.
pub fn any_protected() -> bool {
    any_open() || LOCKED.with(|l| l.borrow().is_some())
}

/// Seals `plain` (the JSON of a draft or outbox item of the open application `draft_id`).
pub async fn seal(
    kind: SealedKind,
    draft_id: &str,
    form_id: &str,
    updated_at_ms: u64,
    plain: &str,
) -> Result<Sealed, SealError> {
    let (key, nickname, salt, iterations) = ACTIVE
        .with(|a| {
            a.borrow()
                .as_ref()
                .filter(|a| a.draft_id == draft_id)
                .map(|a| (a.key.clone(), a.nickname.clone(), a.salt.clone(), a.iterations))
        })
        .ok_or(SealError::Locked)?;
    let (iv, data) = encrypt_with(&key, plain.as_bytes()).await?;
    Ok(Sealed {
        sealed: SEALED_FORMAT,
        kind,
        draft_id: draft_id.to_owned(),
        form_id: form_id.to_owned(),
        nickname,
        updated_at_ms,
        salt: to_hex(&salt),
        iterations,
        iv: to_hex(&iv),
        data: to_hex(&data),
        failed_attempts: 0,
        retry_after_ms: 0,
        delivered_at_ms: None,
        media_ids: Vec::new(),
    })
}

/// Encrypts a piece of a recording with the open application's key: nonce, then ciphertext.
pub async fn seal_bytes(plain: &[u8]) -> Result<Vec<u8>, SealError> {
    let key = ACTIVE.with(|a| a.borrow().as_ref().map(|a| a.key.clone())).ok_or(SealError::Locked)?;
    let (iv, data) = encrypt_with(&key, plain).await?;
    Ok([&iv[..], &data].concat())
}

/// Decrypts what [`seal_bytes`] wrote.
pub async fn open_bytes(sealed: &[u8]) -> Result<Vec<u8>, SealError> {
    let key = ACTIVE.with(|a| a.borrow().as_ref().map(|a| a.key.clone())).ok_or(SealError::Locked)?;
    if sealed.len() < 12 {
        return Err(SealError::WrongPin);
    }
    decrypt_with(&key, &sealed[..12], &sealed[12..]).await
}

/// How long until `record` accepts a PIN, in whole seconds (0: now).
pub fn seconds_to_wait(record: &Sealed) -> u64 {
    record.wait_ms(browser::now_ms()).div_ceil(1000)
}
