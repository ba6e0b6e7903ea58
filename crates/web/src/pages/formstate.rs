//! A form being redisplayed: what the user typed and what was wrong with it, field by field,
//! in the user's language.

use super::form::FormData;
use super::i18n::Tr;
use bayiri_domain::error::ValidationErrors;
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct FormState {
    /// Which form on the page this is about (`consent`, `counselling`…).
    pub name: String,
    pub values: FormData,
    pub errors: HashMap<String, String>,
    /// An error about the whole form rather than one field.
    pub general: Option<String>,
}

impl FormState {
    pub fn invalid(name: &str, values: FormData, errors: &ValidationErrors, tr: &Tr) -> Self {
        let mut state = Self {
            name: name.into(),
            values,
            ..Default::default()
        };
        for error in errors.iter() {
            // `community_of_return.admin1` → `admin1`; `languages[2]` → `languages`;
            // `contacts[0].value` → `contacts`.
            let field = error
                .field
                .strip_prefix("community_of_return.")
                .unwrap_or(&error.field);
            let field = field.split(['[', '.']).next().unwrap_or(field).to_string();
            state
                .errors
                .entry(field)
                .or_insert_with(|| error_text(tr, error.code, &error.message));
        }
        state
    }

    pub fn failed(name: &str, values: FormData, message: String) -> Self {
        Self {
            name: name.into(),
            values,
            general: Some(message),
            ..Default::default()
        }
    }

    pub fn is(&self, name: &str) -> bool {
        self.name == name
    }

    pub fn value(&self, field: &str) -> String {
        self.values.text(field)
    }

    pub fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).cloned()
    }

    pub fn has_error(&self, field: &str) -> bool {
        self.errors.contains_key(field)
    }

    /// `aria-describedby` target of a field's error.
    pub fn error_id(&self, field: &str) -> String {
        format!("{}-{field}-error", self.name)
    }

    pub fn checked(&self, field: &str, value: &str) -> bool {
        self.values.all(field).iter().any(|v| v == value)
    }
}

/// A validation error in the user's language when we have its code translated, else as sent.
pub fn error_text(tr: &Tr, code: &str, message: &str) -> String {
    let key = format!("invalid-{}", code.replace('_', "-"));
    let text = tr.t(&key);
    if text == key {
        message.to_string()
    } else {
        text
    }
}
