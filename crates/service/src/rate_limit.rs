//! Login throttling: failed attempts are counted per user name and per client address within a
//! sliding window; past the limit, logins are refused without checking the password.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use time::{Duration, OffsetDateTime};

#[derive(Debug)]
pub(crate) struct LoginLimiter {
    per_user: u32,
    per_address: u32,
    window: Duration,
    failures: Mutex<Failures>,
}

#[derive(Debug, Default)]
struct Failures {
    by_user: HashMap<String, Vec<OffsetDateTime>>,
    by_address: HashMap<IpAddr, Vec<OffsetDateTime>>,
}

impl LoginLimiter {
    pub(crate) fn new(per_user: u32, per_address: u32, window: Duration) -> Self {
        Self {
            per_user,
            per_address,
            window,
            failures: Mutex::new(Failures::default()),
        }
    }

    /// `Err(seconds to wait)` when either the user name or the address is over its limit.
    pub(crate) fn check(
        &self,
        username: &str,
        address: Option<IpAddr>,
        now: OffsetDateTime,
    ) -> Result<(), u64> {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let window = self.window;
        let mut wait = None;
        if let Some(times) = failures.by_user.get_mut(username) {
            wait = wait.max(Self::over(times, self.per_user, window, now));
        }
        if let Some(address) = address
            && let Some(times) = failures.by_address.get_mut(&address)
        {
            wait = wait.max(Self::over(times, self.per_address, window, now));
        }
        wait.map_or(Ok(()), Err)
    }

    fn over(
        times: &mut Vec<OffsetDateTime>,
        limit: u32,
        window: Duration,
        now: OffsetDateTime,
    ) -> Option<u64> {
        times.retain(|t| *t > now - window);
        if times.len() >= limit as usize {
            let oldest = times.first().copied().unwrap_or(now);
            let seconds = (oldest + window - now).whole_seconds().max(1);
            Some(seconds as u64)
        } else {
            None
        }
    }

    pub(crate) fn record_failure(
        &self,
        username: &str,
        address: Option<IpAddr>,
        now: OffsetDateTime,
    ) {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        failures
            .by_user
            .entry(username.to_string())
            .or_default()
            .push(now);
        if let Some(address) = address {
            failures.by_address.entry(address).or_default().push(now);
        }
        // Keep memory bounded under a spray of random user names.
        if failures.by_user.len() > 100_000 {
            let cutoff = now - self.window;
            failures
                .by_user
                .retain(|_, times| times.iter().any(|t| *t > cutoff));
        }
    }

    pub(crate) fn record_success(&self, username: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        failures.by_user.remove(username);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn blocks_after_the_limit_and_recovers_after_the_window() {
        let limiter = LoginLimiter::new(3, 100, Duration::minutes(15));
        let t0 = datetime!(2026-01-01 10:00 UTC);
        for i in 0..3 {
            assert!(limiter.check("awa", None, t0).is_ok(), "attempt {i}");
            limiter.record_failure("awa", None, t0);
        }
        assert_eq!(limiter.check("awa", None, t0), Err(900));
        assert!(
            limiter.check("other", None, t0).is_ok(),
            "limits are per user"
        );
        assert!(
            limiter
                .check("awa", None, t0 + Duration::minutes(16))
                .is_ok()
        );
    }

    #[test]
    fn address_limit_applies_across_user_names() {
        let limiter = LoginLimiter::new(100, 2, Duration::minutes(15));
        let t0 = datetime!(2026-01-01 10:00 UTC);
        let address: IpAddr = [10, 0, 0, 7].into();
        limiter.record_failure("a", Some(address), t0);
        limiter.record_failure("b", Some(address), t0);
        assert!(limiter.check("c", Some(address), t0).is_err());
        assert!(limiter.check("c", None, t0).is_ok());
    }
}
