//! How far a long command has got (`bench applicants`, `admin rotate-key`, `draw verify`): a bar
//! with counts and time left on a terminal (indicatif), and on anything else (a log, a pipe, a
//! CI job) a plain line every few seconds and one at the end, so an operator at 3 a.m. reading a
//! log knows the command is alive.

use indicatif::{ProgressBar, ProgressStyle};
use std::cell::Cell;
use std::time::{Duration, Instant};

const EVERY: Duration = Duration::from_secs(5);

pub struct Progress {
    label: &'static str,
    total: u64,
    bar: ProgressBar,
    started: Instant,
    /// When the last plain line was written (plain lines only).
    said: Cell<Instant>,
}

impl Progress {
    /// `label` says what is counted ("re-sealed values"); `total` how many there are.
    pub fn new(label: &'static str, total: u64) -> Self {
        let bar = ProgressBar::new(total);
        bar.set_style(
            ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} ({percent}%), {eta} left")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.set_message(label);
        let now = Instant::now();
        Progress {
            label,
            total,
            bar,
            started: now,
            said: Cell::new(now),
        }
    }

    pub fn set(&self, done: u64) {
        if self.bar.is_hidden() {
            if self.said.get().elapsed() >= EVERY {
                self.said.set(Instant::now());
                eprintln!(
                    "{}",
                    line(self.label, done, self.total, self.started.elapsed())
                );
            }
        } else {
            self.bar.set_position(done);
        }
    }

    pub fn finish(&self) {
        if self.bar.is_hidden() {
            eprintln!(
                "{}",
                line(self.label, self.total, self.total, self.started.elapsed())
            );
        } else {
            self.bar.finish_and_clear();
        }
    }
}

/// "re-sealed values: 50 of 200 (25%), about 30 s left".
fn line(label: &str, done: u64, total: u64, elapsed: Duration) -> String {
    let percent = (done * 100).checked_div(total).unwrap_or(100);
    if done >= total {
        return format!(
            "{label}: {done} of {total} (100%), done in {:.1} s",
            elapsed.as_secs_f64()
        );
    }
    let left = match done {
        0 => "time left not known yet".to_string(),
        _ => {
            let seconds = elapsed.as_secs_f64() / done as f64 * (total - done) as f64;
            format!("about {seconds:.0} s left")
        }
    };
    format!("{label}: {done} of {total} ({percent}%), {left}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_line_says_how_far_and_how_long_is_left() {
        let ten = Duration::from_secs(10);
        assert_eq!(
            line("re-sealed values", 50, 200, ten),
            "re-sealed values: 50 of 200 (25%), about 30 s left"
        );
        assert_eq!(
            line("applicants", 0, 8, ten),
            "applicants: 0 of 8 (0%), time left not known yet"
        );
        assert_eq!(
            line("applicants", 8, 8, ten),
            "applicants: 8 of 8 (100%), done in 10.0 s"
        );
    }
}
