//! An audit check's verified numbers as stored (`audit_checks.numbers`, text a person can
//! read in the database and the history: `automation_engineers:service: 1 of 2;
//! development_engineers: 0 of 1`) and read back as numbers, which the console words in the
//! reader's language.

use app::api::NumberLine;
use app::domain::{Measure, Requirement};

pub fn write(numbers: &[Measure]) -> String {
    numbers
        .iter()
        .map(|m| format!("{}: {} of {}", m.requirement, m.have, m.required))
        .collect::<Vec<_>>()
        .join("; ")
}

/// What [`write`] wrote; a part it did not write is left out.
pub fn read(stored: &str) -> Vec<NumberLine> {
    stored
        .split("; ")
        .filter_map(|part| {
            let (key, counts) = part.rsplit_once(": ")?;
            let (have, required) = counts.split_once(" of ")?;
            Some(NumberLine {
                requirement: Requirement::from_key(key)?,
                have: have.parse().ok()?,
                required: required.parse().ok()?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::Certification;

    #[test]
    fn the_stored_numbers_read_back_as_written() {
        let numbers = [
            Measure {
                requirement: Requirement::AutomationEngineers(Certification::Service),
                required: 2,
                have: 1,
            },
            Measure { requirement: Requirement::DevelopmentEngineers, required: 1, have: 0 },
        ];
        let stored = write(&numbers);
        assert_eq!(stored, "automation_engineers:service: 1 of 2; development_engineers: 0 of 1");
        let read = read(&stored);
        assert_eq!(read.len(), 2);
        assert_eq!((read[0].requirement, read[0].have, read[0].required), (numbers[0].requirement, 1, 2));
        assert_eq!((read[1].requirement, read[1].have, read[1].required), (numbers[1].requirement, 0, 1));
        assert!(super::read("written by hand").is_empty());
    }
}
