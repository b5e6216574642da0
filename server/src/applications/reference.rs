/// Letters and digits that cannot be misread for one another (no 0/O, 1/I/L), so a
/// reference survives being read out on the phone.
const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// A new human-friendly reference such as `BK-7KQ3-M9XD` (about 40 bits: collisions are
/// rare, and the unique constraint catches them).
pub fn new_reference() -> Result<String, getrandom::Error> {
    let mut chars = Vec::with_capacity(8);
    let mut bytes = [0_u8; 16];
    while chars.len() < 8 {
        getrandom::fill(&mut bytes)?;
        // Rejection sampling keeps every character equally likely.
        let usable = bytes.iter().filter(|&&b| usize::from(b) < ALPHABET.len() * 8);
        chars.extend(usable.map(|&b| char::from(ALPHABET[usize::from(b) % ALPHABET.len()])));
    }
    let code: String = chars.into_iter().take(8).collect();
    Ok(format!("BK-{}-{}", &code[..4], &code[4..]))
}

#[cfg(test)]
mod tests {
    use super::new_reference;

    #[test]
    fn references_read_well_and_differ() {
        let a = new_reference().expect("randomness");
        let b = new_reference().expect("randomness");
        assert_ne!(a, b);
        assert_eq!(a.len(), 12);
        assert!(a.starts_with("BK-") && a.as_bytes()[7] == b'-');
        assert!(!a[3..].contains(['0', 'O', '1', 'I', 'L']));
    }
}
