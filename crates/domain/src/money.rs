//! Exact amounts of money: an integer number of minor units in an ISO 4217 currency.
//!
//! Grants, pocket money and budgets are never floats. Each currency knows how many decimals
//! it has (the CFA francs XOF and XAF and the Guinean franc GNF have none; the Libyan and
//! Tunisian dinars have three), so `12 500` XOF is stored as 12500 and `250.75` GHS as 25075.
//! Amounts of different currencies are never added together: the checked operations refuse.

use crate::error::InvalidValue;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The currencies Bayiri knows, with the number of decimals of each (ISO 4217 minor unit).
/// West and North Africa first, then the host countries' currencies.
const CURRENCIES: &[(&str, u8, &str)] = &[
    ("XOF", 0, "West African CFA franc"),
    ("XAF", 0, "Central African CFA franc"),
    ("GHS", 2, "Ghanaian cedi"),
    ("NGN", 2, "Nigerian naira"),
    ("GMD", 2, "Gambian dalasi"),
    ("GNF", 0, "Guinean franc"),
    ("SLE", 2, "Sierra Leonean leone"),
    ("LRD", 2, "Liberian dollar"),
    ("CVE", 2, "Cape Verdean escudo"),
    ("MRU", 2, "Mauritanian ouguiya"),
    ("MAD", 2, "Moroccan dirham"),
    ("DZD", 2, "Algerian dinar"),
    ("TND", 3, "Tunisian dinar"),
    ("LYD", 3, "Libyan dinar"),
    ("EGP", 2, "Egyptian pound"),
    ("SDG", 2, "Sudanese pound"),
    ("ETB", 2, "Ethiopian birr"),
    ("ERN", 2, "Eritrean nakfa"),
    ("SOS", 2, "Somali shilling"),
    ("TRY", 2, "Turkish lira"),
    ("EUR", 2, "Euro"),
    ("USD", 2, "US dollar"),
    ("GBP", 2, "Pound sterling"),
    ("CHF", 2, "Swiss franc"),
];

/// An ISO 4217 currency code Bayiri knows.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "XOF"))]
pub struct Currency(&'static str);

impl Currency {
    pub fn parse(input: &str) -> Result<Self, InvalidValue> {
        let code = input.trim().to_ascii_uppercase();
        CURRENCIES
            .iter()
            .find(|(c, _, _)| *c == code)
            .map(|(c, _, _)| Currency(c))
            .ok_or_else(|| {
                InvalidValue::new(
                    "invalid_currency",
                    format!("`{input}` is not a currency code Bayiri knows (ISO 4217, e.g. XOF)"),
                )
            })
    }

    /// Every known currency, in the order above.
    pub fn all() -> impl Iterator<Item = Currency> {
        CURRENCIES.iter().map(|(c, _, _)| Currency(c))
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }

    /// Decimals of the currency (ISO 4217 minor unit).
    pub fn decimals(&self) -> u8 {
        self.entry().1
    }

    pub fn english_name(&self) -> &'static str {
        self.entry().2
    }

    fn entry(&self) -> &'static (&'static str, u8, &'static str) {
        CURRENCIES
            .iter()
            .find(|(c, _, _)| *c == self.0)
            .unwrap_or(&CURRENCIES[0])
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// An exact amount: `minor` units of `currency` (may be negative for corrections).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Money {
    /// The amount in minor units (francs for XOF, pesewas for GHS, dirhams for LYD ÷ 1000).
    pub minor: i64,
    pub currency: Currency,
}

/// The largest amount accepted from a form: a thousand billion major units is far beyond any
/// grant, and keeps every sum of many amounts inside `i64`.
const MAX_MAJOR: i64 = 1_000_000_000_000;

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    pub fn zero(currency: Currency) -> Self {
        Self::new(0, currency)
    }

    /// Parses an amount as people type it: `12500`, `12 500`, `12,500.50`, `250.5` — a dot
    /// as the decimal mark, spaces, thin spaces or commas grouping thousands. More decimals
    /// than the currency has are refused, never rounded.
    pub fn parse(input: &str, currency: Currency) -> Result<Self, InvalidValue> {
        let invalid = |message: String| InvalidValue::new("invalid_amount", message);
        let cleaned: String = input
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '_'))
            .collect();
        let (negative, digits) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.as_str()),
        };
        let (whole, fraction) = match digits.split_once('.') {
            Some((w, f)) => (w, f),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
            return Err(invalid(format!("`{}` is not an amount", input.trim())));
        }
        let decimals = usize::from(currency.decimals());
        if fraction.len() > decimals {
            return Err(InvalidValue::new(
                "too_many_decimals",
                format!(
                    "{currency} has {decimals} decimal(s); `{}` has more",
                    input.trim()
                ),
            ));
        }
        let major: i64 = whole
            .parse()
            .ok()
            .filter(|m| *m <= MAX_MAJOR)
            .ok_or_else(|| invalid(format!("`{}` is too large", input.trim())))?;
        let scale = 10_i64.pow(u32::from(currency.decimals()));
        let fraction_value: i64 = if fraction.is_empty() {
            0
        } else {
            let padded = format!("{fraction:0<decimals$}");
            padded.parse().map_err(|_| invalid(input.to_string()))?
        };
        let minor = major * scale + fraction_value;
        Ok(Self::new(if negative { -minor } else { minor }, currency))
    }

    /// Parses a positive amount (a grant, a payment, a ceiling).
    pub fn parse_positive(input: &str, currency: Currency) -> Result<Self, InvalidValue> {
        let money = Self::parse(input, currency)?;
        if money.minor <= 0 {
            return Err(InvalidValue::new(
                "amount_not_positive",
                "the amount must be greater than zero",
            ));
        }
        Ok(money)
    }

    /// The sum, or `None` if the currencies differ or the sum overflows.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        (self.currency == other.currency)
            .then(|| self.minor.checked_add(other.minor))
            .flatten()
            .map(|minor| Money::new(minor, self.currency))
    }

    /// The difference, or `None` if the currencies differ or it overflows.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        (self.currency == other.currency)
            .then(|| self.minor.checked_sub(other.minor))
            .flatten()
            .map(|minor| Money::new(minor, self.currency))
    }

    /// The sum of `amounts` in `currency`, or `None` if one is in another currency or the sum
    /// overflows.
    pub fn sum<'a>(
        currency: Currency,
        amounts: impl IntoIterator<Item = &'a Money>,
    ) -> Option<Money> {
        amounts
            .into_iter()
            .try_fold(Money::zero(currency), |total, m| total.checked_add(*m))
    }

    /// The amount in major units as plain text with a dot: `12500`, `250.75`, `-3.050`.
    pub fn amount_text(&self) -> String {
        let decimals = u32::from(self.currency.decimals());
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if decimals == 0 {
            return format!("{sign}{abs}");
        }
        let scale = 10_u64.pow(decimals);
        format!(
            "{sign}{}.{:0width$}",
            abs / scale,
            abs % scale,
            width = decimals as usize
        )
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount_text(), self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(code: &str) -> Currency {
        Currency::parse(code).expect("known currency")
    }

    #[test]
    fn amounts_are_read_in_minor_units_of_their_currency() {
        assert_eq!(
            Money::parse("12 500", cur("XOF")).map(|m| m.minor),
            Ok(12_500)
        );
        assert_eq!(
            Money::parse("250.75", cur("GHS")).map(|m| m.minor),
            Ok(25_075)
        );
        assert_eq!(
            Money::parse("250.5", cur("GHS")).map(|m| m.minor),
            Ok(25_050)
        );
        assert_eq!(
            Money::parse("1,000.250", cur("LYD")).map(|m| m.minor),
            Ok(1_000_250)
        );
        assert_eq!(Money::parse("-3", cur("EUR")).map(|m| m.minor), Ok(-300));
    }

    #[test]
    fn too_many_decimals_are_refused_never_rounded() {
        let err = Money::parse("100.5", cur("XOF")).expect_err("XOF has no decimals");
        assert_eq!(err.code, "too_many_decimals");
        assert!(Money::parse("1.234", cur("GHS")).is_err());
        assert!(Money::parse("12a", cur("GHS")).is_err());
        assert!(Money::parse("", cur("GHS")).is_err());
        assert!(Money::parse(".5", cur("GHS")).is_err());
        assert!(Money::parse_positive("0", cur("GHS")).is_err());
    }

    #[test]
    fn currencies_never_mix() {
        let xof = Money::new(100, cur("XOF"));
        let ghs = Money::new(100, cur("GHS"));
        assert_eq!(xof.checked_add(ghs), None);
        assert_eq!(xof.checked_add(xof), Some(Money::new(200, cur("XOF"))));
        assert_eq!(Money::sum(cur("XOF"), [&xof, &ghs]), None);
        assert_eq!(Money::new(i64::MAX, cur("XOF")).checked_add(xof), None);
    }

    #[test]
    fn amounts_print_with_their_decimals() {
        assert_eq!(Money::new(12_500, cur("XOF")).to_string(), "12500 XOF");
        assert_eq!(Money::new(25_075, cur("GHS")).to_string(), "250.75 GHS");
        assert_eq!(Money::new(-3_050, cur("LYD")).to_string(), "-3.050 LYD");
        assert_eq!(Money::new(5, cur("EUR")).amount_text(), "0.05");
    }

    #[test]
    fn parsing_what_was_printed_gives_the_same_amount() {
        for currency in Currency::all() {
            for minor in [0, 1, 7, 99, 1_000, 123_456_789, -42] {
                let money = Money::new(minor, currency);
                assert_eq!(Money::parse(&money.amount_text(), currency), Ok(money));
            }
        }
    }
}
