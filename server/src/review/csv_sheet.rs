//! The exports' CSV writer: every cell is data, never a formula a spreadsheet would run.

/// The characters that make a spreadsheet read a cell as a formula (or, tab, carriage
/// return and NUL, hide one): OWASP's and ASVS 5.0's (1.2.10) list for CSV injection.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\0'];

/// A CSV sheet whose cells are written so that spreadsheet programs show them as text:
/// a cell that could start a formula gets a leading `'`, negative numbers too (`'-5` days
/// left shows as -5; a rule with exceptions is one a crafted value slips through).
pub struct Sheet<'a>(pub(super) csv::Writer<&'a mut Vec<u8>>);

impl Sheet<'_> {
    pub fn row<'c>(&mut self, cells: impl IntoIterator<Item = &'c str>) -> Result<(), csv::Error> {
        self.0.write_record(cells.into_iter().map(|cell| as_data(cell).into_owned().into_bytes()))
    }
}

fn as_data(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::as_data;

    #[test]
    fn cells_that_could_start_a_formula_are_written_as_text() {
        for (cell, written) in [
            ("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"),
            ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
        ] {
            assert_eq!(as_data(cell), written, "{cell:?}");
        }
    }

    #[test]
    fn ordinary_cells_are_kept_and_negative_numbers_marked_too() {
        assert_eq!(as_data("-5"), "'-5");
        for cell in ["Acme Ltd.", "蓝鲸科技有限公司", "", "12", "a=b", "2026-12-01"] {
            assert_eq!(as_data(cell), cell);
        }
    }
}
