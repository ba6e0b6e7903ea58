//! The five interface languages: messages (Fluent files in `locales/`), the domain's words as
//! the field says them, dates and numbers.

use fluent_templates::{LanguageIdentifier, Loader, langid};
use std::borrow::Cow;
use std::collections::HashMap;
use time::{Date, OffsetDateTime};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks around placeables would end up inside HTML attributes and
        // confuse copy-paste; the page's `dir` attribute handles direction instead.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    Pt,
    Es,
    Ar,
}

static EN: LanguageIdentifier = langid!("en");
static FR: LanguageIdentifier = langid!("fr");
static PT: LanguageIdentifier = langid!("pt");
static ES: LanguageIdentifier = langid!("es");
static AR: LanguageIdentifier = langid!("ar");

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Pt, Lang::Es, Lang::Ar];

    pub fn code(&self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's own name, for the language chooser.
    pub fn autonym(&self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Pt => "Português",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    pub fn dir(&self) -> &'static str {
        if *self == Lang::Ar { "rtl" } else { "ltr" }
    }

    fn id(&self) -> &'static LanguageIdentifier {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::Pt => &PT,
            Lang::Es => &ES,
            Lang::Ar => &AR,
        }
    }

    /// The best of our languages for an `Accept-Language` header, English otherwise.
    pub fn from_accept_language(header: Option<&str>) -> Lang {
        let Some(header) = header else {
            return Lang::En;
        };
        let mut candidates: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let lang = Lang::parse(pieces.next()?)?;
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                Some((quality, lang))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
        candidates.first().map_or(Lang::En, |c| c.1)
    }
}

/// Translations for one request.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// The message `key`; the key itself if no language has it (a test keeps that from
    /// happening).
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(self.lang.id(), key)
            .unwrap_or_else(|| key.to_string())
    }

    /// The message `key` with named arguments.
    pub fn ta(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Owned(k.to_string()), (*v).to_string().into()))
            .collect();
        LOCALES
            .try_lookup_with_args(self.lang.id(), key, &args)
            .unwrap_or_else(|| key.to_string())
    }

    /// A message with a count, for plural forms (Arabic has six).
    pub fn tn(&self, key: &str, count: i64) -> String {
        let mut args: HashMap<Cow<'static, str>, fluent_templates::fluent_bundle::FluentValue> =
            HashMap::new();
        args.insert(Cow::Borrowed("count"), count.into());
        args.insert(Cow::Borrowed("formatted"), self.number(count).into());
        LOCALES
            .try_lookup_with_args(self.lang.id(), key, &args)
            .unwrap_or_else(|| key.to_string())
    }

    /// A value of a closed list (stage, category, role…): the message `<kind>-<value>`.
    pub fn word(&self, kind: &str, value: &str) -> String {
        self.t(&format!("{kind}-{}", value.replace('_', "-")))
    }

    pub fn country(&self, code: &str) -> String {
        bayiri_domain::CountryCode::parse(code)
            .map(|c| c.name(self.lang.code()).to_string())
            .unwrap_or_else(|_| code.to_string())
    }

    pub fn date(&self, date: &Date) -> String {
        let month = self.t(&format!("month-{}", u8::from(date.month())));
        match self.lang {
            Lang::En | Lang::Fr | Lang::Ar => format!("{} {} {}", date.day(), month, date.year()),
            Lang::Pt | Lang::Es => format!("{} de {} de {}", date.day(), month, date.year()),
        }
    }

    pub fn datetime(&self, at: &OffsetDateTime) -> String {
        format!(
            "{} {:02}:{:02}",
            self.date(&at.date()),
            at.hour(),
            at.minute()
        )
    }

    /// Whole numbers with the language's digit grouping.
    pub fn number(&self, n: i64) -> String {
        let separator = match self.lang {
            Lang::En => ",",
            Lang::Fr => "\u{202f}",
            Lang::Pt | Lang::Es => ".",
            Lang::Ar => "٬",
        };
        let digits = n.unsigned_abs().to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push_str(separator);
            }
            grouped.push(c);
        }
        if n < 0 {
            format!("-{grouped}")
        } else {
            grouped
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use time::macros::date;

    /// Every Fluent file of a language, concatenated (each area of the product keeps its
    /// messages in a file of its own: `main.ftl`, `journey.ftl`…).
    fn messages(lang: &str) -> String {
        let dir = format!("{}/locales/{lang}", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|path| {
                std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn keys(lang: &str) -> BTreeSet<String> {
        let text = messages(lang);
        text.lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
            .collect()
    }

    #[test]
    fn no_message_is_defined_twice() {
        for lang in Lang::ALL {
            let text = messages(lang.code());
            let mut seen = BTreeSet::new();
            for line in text.lines() {
                if line.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    && let Some((key, _)) = line.split_once('=')
                {
                    let key = key.trim();
                    assert!(
                        seen.insert(key.to_string()),
                        "{} defines {key} twice",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn every_language_has_every_message() {
        let english = keys("en");
        assert!(english.len() > 100);
        for lang in ["fr", "pt", "es", "ar"] {
            let theirs = keys(lang);
            let missing: Vec<&String> = english.difference(&theirs).collect();
            let extra: Vec<&String> = theirs.difference(&english).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
        }
    }

    /// The variables (`$name`) an English message uses, so that each language is checked
    /// with the arguments the code passes.
    fn variables(lang: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
        let text = messages(lang);
        let mut out = std::collections::BTreeMap::<String, BTreeSet<String>>::new();
        let mut current = None;
        for line in text.lines() {
            if line.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && let Some((k, _)) = line.split_once('=')
            {
                current = Some(k.trim().to_string());
            }
            let Some(key) = &current else { continue };
            let entry = out.entry(key.clone()).or_default();
            for piece in line.split('$').skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if !name.is_empty() {
                    entry.insert(name);
                }
            }
        }
        out
    }

    #[test]
    fn every_message_parses_in_every_language() {
        use fluent_templates::fluent_bundle::FluentValue;
        let english = variables("en");
        for lang in Lang::ALL {
            let theirs = variables(lang.code());
            for (key, vars) in &english {
                // A translation may use only the variables the code passes.
                let unknown: Vec<_> = theirs
                    .get(key)
                    .map(|t| t.difference(vars).cloned().collect())
                    .unwrap_or_default();
                assert!(unknown.is_empty(), "{} {key} uses {unknown:?}", lang.code());
                let args: HashMap<Cow<'static, str>, FluentValue> = vars
                    .iter()
                    .map(|v| (Cow::Owned(v.clone()), FluentValue::from(2)))
                    .collect();
                let text = LOCALES.try_lookup_with_args(lang.id(), key, &args);
                assert!(
                    text.as_deref().is_some_and(|t| !t.trim().is_empty()),
                    "{} {key}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn negotiates_accept_language() {
        assert_eq!(
            Lang::from_accept_language(Some("fr-FR,fr;q=0.9,en;q=0.8")),
            Lang::Fr
        );
        assert_eq!(
            Lang::from_accept_language(Some("de-DE,ar;q=0.5,pt;q=0.7")),
            Lang::Pt
        );
        assert_eq!(Lang::from_accept_language(Some("de")), Lang::En);
        assert_eq!(Lang::from_accept_language(None), Lang::En);
    }

    #[test]
    fn dates_and_numbers_are_localised() {
        let d = date!(2026 - 03 - 02);
        assert_eq!(Tr::new(Lang::Fr).date(&d), "2 mars 2026");
        assert_eq!(Tr::new(Lang::Pt).date(&d), "2 de março de 2026");
        assert_eq!(Tr::new(Lang::En).number(1234567), "1,234,567");
        assert_eq!(Tr::new(Lang::Fr).number(5000), "5\u{202f}000");
        assert_eq!(Tr::new(Lang::Es).number(999), "999");
    }

    #[test]
    fn domain_words_are_the_field_s_words() {
        let fr = Tr::new(Lang::Fr);
        assert_eq!(
            fr.word("category", "assisted_voluntary_return_and_reintegration"),
            "Retour volontaire assisté et réintégration"
        );
        assert_eq!(
            Tr::new(Lang::Pt).word("category", "assisted_voluntary_return"),
            "Retorno voluntário assistido"
        );
        assert_eq!(fr.word("stage", "reintegration"), "Réintégration");
        assert_eq!(Tr::new(Lang::Ar).dir_test(), "rtl");
    }

    impl Tr {
        fn dir_test(&self) -> &'static str {
            self.lang.dir()
        }
    }
}
