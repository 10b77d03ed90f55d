//! Parts of screens.

pub mod answer_mode;
pub mod choice_field;
pub mod date_field;
pub mod draft_list;
pub mod error_summary;
pub mod group_field;
pub mod keep_copy;
pub mod language_switcher;
pub mod listen_button;
pub mod media_field;
pub mod media_preview;
pub mod outbox_list;
pub mod pin_setup;
pub mod progress_bar;
pub mod question_field;
pub mod text_field;
pub mod upload_progress;
