//! Placeholder until this format's reader lands.

use crate::formats::{Extracted, FormatError};

pub fn read(_bytes: &[u8]) -> Result<Extracted, FormatError> {
    Err(FormatError::Unsupported("this format is not readable yet".into()))
}
