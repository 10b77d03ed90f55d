//! Adapters to the browser. Everything else in the app goes through these.

pub mod browser;
pub mod embed;
pub mod http;
pub mod intl;
pub mod recorder;
pub mod seal;
pub mod speech;
pub mod storage;
