//! Recording audio or video in the browser with `MediaRecorder`, in small chunks (one a second)
//! that the caller stores at once, so memory stays flat however long the recording.

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobEvent, MediaRecorder, MediaRecorderOptions, MediaStream};

/// Why recording cannot start.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RecorderError {
    /// The applicant (or the browser's settings) refused the camera or microphone.
    #[error("permission refused")]
    Denied,
    /// No camera or microphone, or no `MediaRecorder` in this browser.
    #[error("no camera or microphone")]
    NoDevice,
    /// Anything else, in the browser's words.
    #[error("{0}")]
    Failed(String),
}

/// Sizes and bit rates that keep files small on slow connections.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Record video as well as sound.
    pub video: bool,
    /// Video width in pixels.
    pub width: u32,
    /// Video height in pixels.
    pub height: u32,
    /// Video bits per second.
    pub video_bps: u32,
    /// Audio bits per second.
    pub audio_bps: u32,
}

/// A recording in progress; dropping it stops nothing, call [`Recording::stop`].
pub struct Recording {
    recorder: MediaRecorder,
    /// The camera/microphone stream, for the live preview.
    pub stream: MediaStream,
    _on_data: Closure<dyn FnMut(BlobEvent)>,
    _on_stop: Closure<dyn FnMut()>,
}

/// Whether this browser can record at all (else: choose a file).
pub fn supported() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("MediaRecorder")).unwrap_or(false)
}

fn pick_mime(video: bool) -> String {
    let candidates: &[&str] = if video {
        &["video/webm;codecs=vp8,opus", "video/webm", "video/mp4"]
    } else {
        &["audio/webm;codecs=opus", "audio/webm", "audio/mp4", "audio/ogg;codecs=opus"]
    };
    candidates.iter().find(|m| MediaRecorder::is_type_supported(m)).map_or_else(String::new, |m| (*m).to_owned())
}

/// Asks for the camera/microphone and starts recording; `on_chunk` gets each chunk as it
/// arrives, `on_stop` runs once the last chunk has been given.
pub async fn start(
    settings: Settings,
    on_chunk: impl FnMut(Blob) + 'static,
    on_stop: impl FnMut() + 'static,
) -> Result<Recording, RecorderError> {
    if !supported() {
        return Err(RecorderError::NoDevice);
    }
    let devices = web_sys::window().and_then(|w| w.navigator().media_devices().ok()).ok_or(RecorderError::NoDevice)?;
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_audio(&JsValue::TRUE);
    if settings.video {
        let video = Object::new();
        let _ = Reflect::set(&video, &"width".into(), &JsValue::from(settings.width));
        let _ = Reflect::set(&video, &"height".into(), &JsValue::from(settings.height));
        constraints.set_video(&video);
    }
    let promise = devices.get_user_media_with_constraints(&constraints).map_err(|e| classify(&e))?;
    let stream: MediaStream = JsFuture::from(promise).await.map_err(|e| classify(&e))?.unchecked_into();
    let mime = pick_mime(settings.video);
    let options = MediaRecorderOptions::new();
    if !mime.is_empty() {
        options.set_mime_type(&mime);
    }
    options.set_audio_bits_per_second(settings.audio_bps);
    if settings.video {
        options.set_video_bits_per_second(settings.video_bps);
    }
    let recorder = MediaRecorder::new_with_media_stream_and_media_recorder_options(&stream, &options)
        .map_err(|e| RecorderError::Failed(format!("{e:?}")))?;
    let mut on_chunk = on_chunk;
    let on_data = Closure::<dyn FnMut(BlobEvent)>::new(move |e: BlobEvent| {
        if let Some(blob) = e.data().filter(|b| b.size() > 0.0) {
            on_chunk(blob);
        }
    });
    recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
    let on_stop = Closure::<dyn FnMut()>::new(on_stop);
    recorder.set_onstop(Some(on_stop.as_ref().unchecked_ref()));
    recorder.start_with_time_slice(1000).map_err(|e| RecorderError::Failed(format!("{e:?}")))?;
    Ok(Recording { recorder, stream, _on_data: on_data, _on_stop: on_stop })
}

impl Recording {
    /// Stops recording and releases the camera and microphone.
    pub fn stop(&self) {
        let _ = self.recorder.stop();
        for track in self.stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                track.stop();
            }
        }
    }
}

fn classify(e: &JsValue) -> RecorderError {
    let name = Reflect::get(e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" => RecorderError::Denied,
        "NotFoundError" | "OverconstrainedError" | "NotReadableError" => RecorderError::NoDevice,
        _ => RecorderError::Failed(name),
    }
}

/// An object URL for playing `blob` back (revoke it when done).
pub fn object_url(blob: &Blob) -> Option<String> {
    web_sys::Url::create_object_url_with_blob(blob).ok()
}
