//! Form bodies (`application/x-www-form-urlencoded`), keeping repeated fields (check boxes).

#[derive(Debug, Clone, Default)]
pub struct FormData {
    pairs: Vec<(String, String)>,
}

impl FormData {
    pub fn parse(body: &[u8]) -> Self {
        let pairs = serde_urlencoded::from_bytes::<Vec<(String, String)>>(body).unwrap_or_default();
        Self { pairs }
    }

    /// Fields already split (from a multipart body).
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        Self { pairs }
    }

    /// Every field as sent, in order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The first value of `name`, trimmed; `None` when absent or blank.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The value of `name`, or an empty string.
    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or_default().to_string()
    }

    pub fn opt(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_string)
    }

    /// Every value of a repeated field.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_string())
            .collect()
    }

    pub fn checked(&self, name: &str) -> bool {
        self.get(name)
            .is_some_and(|v| v == "on" || v == "true" || v == "yes" || v == "1")
    }

    /// A closed-list value parsed through serde (`"forced_return"` → the enum).
    pub fn choice<T: serde::de::DeserializeOwned>(&self, name: &str) -> Option<T> {
        self.get(name)
            .and_then(|v| serde_json::from_value(serde_json::Value::String(v.to_string())).ok())
    }

    pub fn choices<T: serde::de::DeserializeOwned>(&self, name: &str) -> Vec<T> {
        self.all(name)
            .into_iter()
            .filter_map(|v| serde_json::from_value(serde_json::Value::String(v)).ok())
            .collect()
    }

    pub fn tristate(&self, name: &str) -> Option<bool> {
        match self.get(name) {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_fields_and_blanks() {
        let form = FormData::parse(
            b"topics=return_process&topics=right_to_withdraw&name=+Awa+&empty=&ok=on",
        );
        assert_eq!(form.all("topics").len(), 2);
        assert_eq!(form.get("name"), Some("Awa"));
        assert_eq!(form.get("empty"), None);
        assert!(form.checked("ok"));
        assert!(!form.checked("missing"));
    }
}
