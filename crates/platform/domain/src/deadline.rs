//! Deadlines that know about outages. A person given `deadline - start` to act gets that much
//! time in which Garita worked: every degraded period inside the time to act moves the deadline
//! later by its length, and a period reached only because of that move counts too.

/// A degraded period, Unix milliseconds; `end` is `None` while it lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: i64,
    pub end: Option<i64>,
}

/// The deadline once degraded periods are taken out of the time to act, as of `now` (a period
/// still going on counts up to `now`, so the deadline keeps moving while it lasts).
pub fn extended(start: i64, deadline: i64, periods: &[Period], now: i64) -> i64 {
    let mut spans: Vec<(i64, i64)> = periods
        .iter()
        .map(|p| (p.start, p.end.unwrap_or(now).max(p.start)))
        .filter(|&(s, e)| e > start && e > s)
        .collect();
    spans.sort_unstable();
    let mut left = (deadline - start).max(0);
    let mut at = start;
    for (s, e) in spans {
        let s = s.max(at);
        if s >= e {
            continue; // inside a period already counted
        }
        if s - at >= left {
            break;
        }
        left -= s - at;
        at = e;
    }
    at + left
}

/// How much of `[from, to)` the periods cover (overlaps counted once).
pub fn covered(from: i64, to: i64, periods: &[Period], now: i64) -> i64 {
    let mut spans: Vec<(i64, i64)> = periods
        .iter()
        .map(|p| (p.start.max(from), p.end.unwrap_or(now).min(to)))
        .filter(|&(s, e)| e > s)
        .collect();
    spans.sort_unstable();
    let (mut total, mut reach) = (0, from);
    for (s, e) in spans {
        let s = s.max(reach);
        if e > s {
            total += e - s;
            reach = e;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3_600_000;

    fn closed(start: i64, end: i64) -> Period {
        Period {
            start,
            end: Some(end),
        }
    }

    #[test]
    fn a_three_hour_outage_inside_the_window_moves_the_deadline_three_hours() {
        assert_eq!(extended(0, 23 * H, &[closed(5 * H, 8 * H)], 30 * H), 26 * H);
    }

    #[test]
    fn periods_outside_the_window_change_nothing() {
        let periods = [closed(-5 * H, -H), closed(24 * H, 30 * H)];
        assert_eq!(extended(0, 23 * H, &periods, 40 * H), 23 * H);
    }

    #[test]
    fn a_period_reached_only_because_of_the_move_counts_too() {
        // 3 h inside; the new deadline (26 h) reaches into a period from 24 h to 25 h.
        let periods = [closed(5 * H, 8 * H), closed(24 * H, 25 * H)];
        assert_eq!(extended(0, 23 * H, &periods, 40 * H), 27 * H);
    }

    #[test]
    fn overlapping_periods_count_once_and_an_open_one_counts_until_now() {
        let periods = [closed(2 * H, 6 * H), closed(4 * H, 7 * H)];
        assert_eq!(extended(0, 23 * H, &periods, 40 * H), 28 * H);
        let ongoing = [Period {
            start: 10 * H,
            end: None,
        }];
        assert_eq!(extended(0, 23 * H, &ongoing, 12 * H), 25 * H);
    }

    #[test]
    fn the_time_that_worked_is_always_the_time_given() {
        // Every pattern of hour-long periods over two days: the working time between start and
        // the extended deadline is exactly the time to act.
        for mask in 0u64..(1 << 12) {
            let periods: Vec<Period> = (0..12)
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| closed(i * 4 * H, i * 4 * H + 2 * H))
                .collect();
            let end = extended(H, 23 * H, &periods, 100 * H);
            assert!(end >= 23 * H);
            assert_eq!(
                end - H - covered(H, end, &periods, 100 * H),
                22 * H,
                "{mask:b}"
            );
        }
    }
}
