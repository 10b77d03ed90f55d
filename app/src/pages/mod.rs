//! Whole screens.

pub mod check_answers;
pub mod confirmation;
pub mod form_flow;
pub mod load_failed;
pub mod start;
pub mod step;
