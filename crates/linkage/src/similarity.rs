//! String similarity measures on short ASCII strings, written for speed: no allocation for
//! strings up to 64 bytes, which covers every name part and document number we compare.

/// Jaro–Winkler similarity in `[0, 1]` (prefix scale 0.1, prefix up to 4).
pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    let a = a.as_bytes();
    let b = b.as_bytes();
    jaro_winkler_bytes(a, b)
}

/// Whether the Jaro–Winkler similarity can reach `threshold`, by a cheap upper bound on the
/// number of common characters (letter counts); when it can, the exact value decides.
pub fn jaro_winkler_at_least(a: &str, b: &str, threshold: f64) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if x.is_empty() || y.is_empty() {
        return x.is_empty() && y.is_empty();
    }
    let mut counts = [0i16; 64];
    for &c in x {
        counts[usize::from(c & 63)] += 1;
    }
    let mut common = 0usize;
    for &c in y {
        let slot = &mut counts[usize::from(c & 63)];
        if *slot > 0 {
            *slot -= 1;
            common += 1;
        }
    }
    let m = common as f64;
    let jaro_bound = (m / x.len() as f64 + m / y.len() as f64 + 1.0) / 3.0;
    if jaro_bound + 0.4 * (1.0 - jaro_bound) < threshold {
        return false;
    }
    jaro_winkler_bytes(x, y) >= threshold
}

fn jaro_winkler_bytes(a: &[u8], b: &[u8]) -> f64 {
    let jaro = jaro(a, b);
    let prefix = a
        .iter()
        .zip(b.iter())
        .take(4)
        .take_while(|(x, y)| x == y)
        .count();
    jaro + prefix as f64 * 0.1 * (1.0 - jaro)
}

fn jaro(a: &[u8], b: &[u8]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    // Bit sets of matched positions; longer strings are cut (names never are this long).
    let a = &a[..a.len().min(64)];
    let b = &b[..b.len().min(64)];
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut a_matched: u64 = 0;
    let mut b_matched: u64 = 0;
    let mut matches = 0usize;
    for (i, &ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        for (j, &cb) in b.iter().enumerate().take(hi).skip(lo) {
            if b_matched & (1 << j) == 0 && ca == cb {
                a_matched |= 1 << i;
                b_matched |= 1 << j;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut j = 0usize;
    for (i, &ca) in a.iter().enumerate() {
        if a_matched & (1 << i) != 0 {
            while b_matched & (1 << j) == 0 {
                j += 1;
            }
            if ca != b[j] {
                transpositions += 1;
            }
            j += 1;
        }
    }
    let m = matches as f64;
    let t = (transpositions / 2) as f64;
    (m / a.len() as f64 + m / b.len() as f64 + (m - t) / m) / 3.0
}

/// Optimal-string-alignment (restricted Damerau–Levenshtein) distance, or `None` when it is
/// larger than `max` (or a string is 64 bytes or longer). Cheap for the small `max` used in comparisons (1 or 2).
pub fn osa_within(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    if a == b {
        return Some(0);
    }
    let n = b.len();
    if n >= 64 || a.len() >= 64 {
        return None;
    }
    // Three rolling rows of the classic table, on the stack.
    let mut prev2 = [0usize; 65];
    let mut prev = [0usize; 65];
    for (j, v) in prev.iter_mut().enumerate().take(n + 1) {
        *v = j;
    }
    let mut cur = [0usize; 65];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[n];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaro_winkler_known_values() {
        assert!((jaro_winkler("martha", "marhta") - 0.9611).abs() < 1e-3);
        assert!((jaro_winkler("dixon", "dicksonx") - 0.8133).abs() < 1e-3);
        assert_eq!(jaro_winkler("", ""), 1.0);
        assert_eq!(jaro_winkler("abc", ""), 0.0);
        assert_eq!(jaro_winkler("diallo", "diallo"), 1.0);
    }

    #[test]
    fn jaro_winkler_is_symmetric() {
        for (a, b) in [("mamadou", "mamadu"), ("jallow", "diallo"), ("ab", "ba")] {
            assert!((jaro_winkler(a, b) - jaro_winkler(b, a)).abs() < 1e-12);
        }
    }

    #[test]
    fn osa_distance() {
        assert_eq!(osa_within(b"1234567", b"1234567", 2), Some(0));
        assert_eq!(osa_within(b"1234567", b"1243567", 2), Some(1));
        assert_eq!(osa_within(b"1234567", b"1234568", 1), Some(1));
        assert_eq!(osa_within(b"1234567", b"7654321", 2), None);
        assert_eq!(osa_within(b"abc", b"abcde", 1), None);
    }
}
