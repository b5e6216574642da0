//! The quarterly audit's random draw, reproducible from its seed.
//!
//! The stream is ChaCha20 (value-stable across `rand_chacha` releases) and the shuffle is
//! written out here rather than taken from `rand`'s helpers, whose exact output may change
//! between versions: a seed recorded today must draw the same partners in years.

use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

/// Names the algorithm below; stored with every audit.
pub const ALGORITHM: &str = "chacha20-partial-fisher-yates-v1";

/// A fresh 256-bit seed from the operating system, as 64 hex digits.
pub fn fresh_seed() -> Result<String, getrandom::Error> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed)?;
    Ok(hex::encode(seed))
}

/// `size` members of `population` (all of them if it has fewer), drawn without replacement
/// by a partial Fisher–Yates shuffle driven by the seed. `None` if `seed` is not 64 hex digits.
pub fn draw(seed: &str, population: &[i64], size: usize) -> Option<Vec<i64>> {
    let bytes: [u8; 32] = hex::decode(seed).ok()?.try_into().ok()?;
    let mut rng = ChaCha20Rng::from_seed(bytes);
    let mut pool = population.to_vec();
    let size = size.min(pool.len());
    for i in 0..size {
        let remaining = u64::try_from(pool.len() - i).ok()?;
        let offset = usize::try_from(below(&mut rng, remaining)).ok()?;
        pool.swap(i, i + offset);
    }
    pool.truncate(size);
    Some(pool)
}

/// A uniform number in `0..n` (n > 0): rejection sampling, so no member is favoured.
fn below(rng: &mut ChaCha20Rng, n: u64) -> u64 {
    let zone = (u64::MAX / n) * n;
    loop {
        let x = rng.next_u64();
        if x < zone {
            return x % n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    #[test]
    fn the_same_seed_over_the_same_list_draws_the_same_sample() {
        let population: Vec<i64> = (1..=40).collect();
        let first = draw(SEED, &population, 6).expect("valid seed");
        assert_eq!(first.len(), 6);
        assert_eq!(draw(SEED, &population, 6), Some(first.clone()));
        let mut unique = first.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), 6, "drawn without replacement");
        assert!(first.iter().all(|id| population.contains(id)));
        let other = draw(&"ff".repeat(32), &population, 6).expect("valid seed");
        assert_ne!(first, other, "another seed draws another sample");
    }

    #[test]
    fn a_sample_is_never_larger_than_the_list_and_a_bad_seed_draws_nothing() {
        assert_eq!(
            draw(SEED, &[7, 8], 5).map(|mut s| {
                s.sort_unstable();
                s
            }),
            Some(vec![7, 8])
        );
        assert_eq!(draw(SEED, &[], 3), Some(vec![]));
        assert_eq!(draw("not hex", &[1, 2, 3], 1), None);
        assert_eq!(draw("abcd", &[1, 2, 3], 1), None);
    }

    #[test]
    fn fresh_seeds_differ() {
        let (a, b) = (fresh_seed().expect("entropy"), fresh_seed().expect("entropy"));
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
    }
}
