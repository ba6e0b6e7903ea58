//! Bounded free text: trimmed, Unicode-normalised (NFC), without control characters.

use crate::error::InvalidValue;
use unicode_normalization::UnicodeNormalization;

/// Trims and NFC-normalises `input`, refusing empty text, control characters and anything
/// longer than `max_chars`.
pub fn required(input: &str, max_chars: usize) -> Result<String, InvalidValue> {
    let text = clean(input, max_chars)?;
    if text.is_empty() {
        return Err(InvalidValue::new("required", "this field is required"));
    }
    Ok(text)
}

/// Like [`required`] but an empty input is `None`.
pub fn optional(input: Option<&str>, max_chars: usize) -> Result<Option<String>, InvalidValue> {
    match input {
        None => Ok(None),
        Some(raw) => {
            let text = clean(raw, max_chars)?;
            Ok(if text.is_empty() { None } else { Some(text) })
        }
    }
}

fn clean(input: &str, max_chars: usize) -> Result<String, InvalidValue> {
    let text: String = input.trim().nfc().collect();
    // Newlines and tabs are allowed in notes; other control characters never are.
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(InvalidValue::new(
            "invalid_characters",
            "control characters are not allowed",
        ));
    }
    let count = text.chars().count();
    if count > max_chars {
        return Err(InvalidValue::new(
            "too_long",
            format!("at most {max_chars} characters (got {count})"),
        ));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_normalises() {
        // "é" as e + combining acute becomes the single code point.
        assert_eq!(
            required("  Se\u{301}kou ", 20),
            Ok("S\u{e9}kou".to_string())
        );
    }

    #[test]
    fn refuses_empty_long_and_control() {
        assert_eq!(required("   ", 5).map_err(|e| e.code), Err("required"));
        assert_eq!(required("abcdef", 5).map_err(|e| e.code), Err("too_long"));
        assert_eq!(
            required("a\u{0}b", 5).map_err(|e| e.code),
            Err("invalid_characters")
        );
        assert_eq!(optional(Some("  "), 5), Ok(None));
    }
}
