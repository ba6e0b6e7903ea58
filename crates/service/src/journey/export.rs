//! Manifest exports for carriers and border posts: CSV and XLSX, with only what they need —
//! names, sex, date of birth, nationality, travel document, and special-assistance codes.

use crate::{Result, ServiceError};
use bayiri_domain::journey::operation::{EntryStatus, ReturnOperation};
use bayiri_domain::journey::readiness::EscortKind;
use bayiri_domain::person::{DatePrecision, format_iso_date};
use bayiri_domain::screening::SpecialNeed;

/// The columns, in order.
pub const COLUMNS: [&str; 10] = [
    "No",
    "Family name",
    "Given names",
    "Sex",
    "Date of birth",
    "Nationality",
    "Document type",
    "Document number",
    "Document expiry",
    "Special assistance",
];

pub type ManifestRow = [String; 10];

/// IATA special-service codes a carrier acts on: WCHR (wheelchair), MEDA (medical case),
/// UMNR (child travelling without a parent, escorted), DEPA/DEPU (deportee accompanied or not).
fn assistance_codes(
    operation: &ReturnOperation,
    needs: &std::collections::BTreeSet<SpecialNeed>,
    escorts: &[(EscortKind, String)],
) -> String {
    let mut codes = Vec::new();
    if needs.contains(&SpecialNeed::Wheelchair) {
        codes.push("WCHR");
    }
    if needs.contains(&SpecialNeed::MedicalEscort) {
        codes.push("MEDA");
    }
    if needs.contains(&SpecialNeed::Guardian) {
        codes.push("UMNR");
    }
    if operation.forced {
        if escorts.iter().any(|(k, _)| *k == EscortKind::EscortOfficer) {
            codes.push("DEPA");
        } else {
            codes.push("DEPU");
        }
    }
    codes.join(" ")
}

/// One row per person travelling (no-shows left out).
pub fn rows(operation: &ReturnOperation) -> Vec<ManifestRow> {
    let mut rows = Vec::new();
    for entry in operation
        .manifest
        .iter()
        .filter(|e| e.status != EntryStatus::NoShow)
    {
        let assistance = assistance_codes(operation, &entry.special_needs, &entry.escorts);
        for person in &entry.persons {
            let dob = person.date_of_birth.map(|d| match d.precision() {
                DatePrecision::YearOnly => format!("{:04}", d.year()),
                _ => format_iso_date(d.date()),
            });
            let sex = match person.sex {
                bayiri_domain::person::Sex::Female => "F",
                bayiri_domain::person::Sex::Male => "M",
                _ => "X",
            };
            let document = entry.document.as_ref();
            rows.push([
                (rows.len() + 1).to_string(),
                person.family_name.to_uppercase(),
                person.given_names.clone(),
                sex.to_string(),
                dob.unwrap_or_default(),
                person
                    .nationality
                    .map(|c| c.as_str().to_string())
                    .unwrap_or_default(),
                document
                    .map(|d| {
                        match d.kind {
                            bayiri_domain::case::TravelDocumentKind::Passport => "passport",
                            bayiri_domain::case::TravelDocumentKind::EmergencyTravelDocument => {
                                "emergency travel document"
                            }
                            bayiri_domain::case::TravelDocumentKind::LaissezPasser => {
                                "laissez-passer"
                            }
                        }
                        .to_string()
                    })
                    .unwrap_or_default(),
                document.map(|d| d.number.clone()).unwrap_or_default(),
                document
                    .map(|d| format_iso_date(d.expires_on))
                    .unwrap_or_default(),
                assistance.clone(),
            ]);
        }
    }
    rows
}

/// Spreadsheet programs run cell contents that start with these as formulas.
fn neutralised(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

pub fn csv(rows: &[ManifestRow]) -> Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(COLUMNS)
        .map_err(ServiceError::internal)?;
    for row in rows {
        writer
            .write_record(row.iter().map(|c| neutralised(c)))
            .map_err(ServiceError::internal)?;
    }
    writer
        .into_inner()
        .map_err(|e| ServiceError::internal(e.to_string()))
}

pub fn xlsx(reference: &str, rows: &[ManifestRow]) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    let name: String = reference
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    if !name.is_empty() {
        sheet.set_name(name).map_err(ServiceError::internal)?;
    }
    for (col, title) in COLUMNS.iter().enumerate() {
        sheet
            .write_string_with_format(0, col as u16, *title, &bold)
            .map_err(ServiceError::internal)?;
    }
    for (i, row) in rows.iter().enumerate() {
        for (col, cell) in row.iter().enumerate() {
            sheet
                .write_string((i + 1) as u32, col as u16, cell)
                .map_err(ServiceError::internal)?;
        }
    }
    sheet.autofit();
    workbook.save_to_buffer().map_err(ServiceError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_cannot_become_formulas() {
        let mut row: ManifestRow = Default::default();
        row[1] = "=HYPERLINK(\"x\")".into();
        let text = String::from_utf8(csv(&[row]).expect("csv")).expect("utf-8");
        assert!(text.contains("'=HYPERLINK"), "{text}");
        assert!(text.starts_with("No,Family name,Given names"));
    }

    #[test]
    fn xlsx_is_a_zip_workbook() {
        let bytes = xlsx("OP-1", &[Default::default()]).expect("xlsx");
        assert_eq!(&bytes[..2], b"PK");
    }
}
