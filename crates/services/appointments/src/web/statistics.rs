//! The public numbers (`/statistics`): each port's chance of being chosen over the last
//! [`DAYS`] published draws, and how long the chosen groups had been registered, as charts drawn
//! here (SVG: no script, readable on a 320 px screen, in the person's language, mirrored for
//! right-to-left languages), each with a table of the same numbers after it for screen readers;
//! and every day's figures per port as CSV (`/statistics.csv`).

use super::chart::{Chart, INK, PAD, TRACK, WIDTH};
use crate::app::draws::PortStats;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use chrono::NaiveDate;
use garita_domain::Port;
use garita_i18n::{Locale, Value, when};
use garita_kernel::face_figures;
use garita_store::registrations::FaceCheckCount;
use garita_web::pages::Chrome;
use garita_web::view::{Block, GenericPage, Table};
use garita_web::{AppError, AppState, Lang};

/// How many published days the page and the file look back over.
pub const DAYS: usize = 60;

/// One day's figures per port as a table (the day page, `/draws/{date}`): ports by name, west
/// to east, the chance as the language writes a percentage.
pub(super) fn day_table(page: &Chrome, stats: &[PortStats], ports: &[Port]) -> Block {
    let head = [
        "stats-head-port",
        "stats-head-requests",
        "stats-head-seats",
        "stats-head-winners",
        "stats-head-odds",
        "stats-head-waited",
    ]
    .iter()
    .map(|k| page.t(k))
    .collect();
    let rows = in_port_order(stats, ports)
        .into_iter()
        .map(|s| {
            let waited = s
                .registered_days
                .map_or("—".to_string(), |(a, m, z)| format!("{a} / {m} / {z}"));
            vec![
                port_name(ports, &s.port),
                s.requests.to_string(),
                s.seats.to_string(),
                s.winners.to_string(),
                percent(page.locale, s.winners, s.requests).unwrap_or_else(|| "—".into()),
                waited,
            ]
        })
        .collect();
    Block {
        table: Some(Table { head, rows }),
        ..Block::default()
    }
}

/// `/statistics`: the two charts and their tables, and the link to the file.
pub async fn statistics(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/statistics");
    let services = crate::web::appointments(&state);
    let days = services.published_statistics(DAYS).await?;
    let since = (services.now_utc() - chrono::Duration::days(FACE_DAYS)).date_naive();
    let counts = services
        .store
        .face_check_counts(&since.format("%Y-%m-%d").to_string())
        .await?;
    let mut view = GenericPage::new(page, "stats-title");
    let (Some(first), Some(last)) = (
        days.iter().map(|(d, _)| *d).min(),
        days.iter().map(|(d, _)| *d).max(),
    ) else {
        view.blocks.push(Block::text(view.page.t("draws-none")));
        view.blocks.push(faces_block(&view.page, &counts));
        return view.render();
    };
    let ports = services.store.list_ports().await?;
    let summaries = summarize(&days, &ports);
    let intro = view.page.tf(
        "stats-summary",
        &[
            ("days", Value::from(days.len())),
            ("first", Value::from(when::date(view.page.locale, first))),
            ("last", Value::from(when::date(view.page.locale, last))),
        ],
    );
    view.blocks.push(
        Block::text(intro)
            .link("/statistics.csv", view.page.t("stats-download"))
            .link("/draws", view.page.t("draws-title")),
    );
    view.blocks.push(chance_block(&view.page, &summaries));
    view.blocks.push(registered_block(&view.page, &summaries));
    view.blocks.push(faces_block(&view.page, &counts));
    view.render()
}

/// How many days the photo checks' figures cover.
const FACE_DAYS: i64 = 90;

/// The automatic photo checks by nationality and age band: how often they sent people to a
/// person, and how often that person accepted. Groups of fewer than
/// [`face_figures::MIN_CELL`] people show no figures.
fn faces_block(page: &Chrome, counts: &[FaceCheckCount]) -> Block {
    let (mut groups, all) = face_figures::rates(counts);
    groups.sort_by_key(|g| std::cmp::Reverse(g.people));
    let head = [
        "stats-faces-head-nationality",
        "stats-faces-head-age",
        "stats-faces-head-people",
        "stats-faces-head-refused",
        "stats-faces-head-accepted",
    ]
    .iter()
    .map(|k| page.t(k))
    .collect();
    let bp = |v: Option<i64>| {
        v.and_then(|v| percent(page.locale, v as u64, 10_000))
            .unwrap_or_else(|| "—".into())
    };
    let row = |g: &face_figures::GroupRates, name: String, age: String| {
        if g.shown() {
            vec![
                name,
                age,
                g.people.to_string(),
                bp(g.refusal_bp()),
                bp(g.later_accepted_bp()),
            ]
        } else {
            let hidden = page.t("stats-faces-too-few");
            vec![name, age, hidden.clone(), hidden.clone(), hidden]
        }
    };
    let mut rows: Vec<Vec<String>> = groups
        .iter()
        .map(|g| {
            let name = garita_i18n::countries::name(page.locale, &g.nationality)
                .map_or_else(|| g.nationality.clone(), str::to_string);
            row(g, name, page.t(&format!("stats-faces-age-{}", g.age_band)))
        })
        .collect();
    rows.push(row(&all, page.t("stats-faces-everyone"), String::new()));
    Block {
        heading: Some(page.t("stats-faces-heading")),
        paragraphs: vec![page.tf(
            "stats-faces-caption",
            &[
                ("days", Value::from(FACE_DAYS)),
                ("fewest", Value::from(face_figures::MIN_CELL)),
            ],
        )],
        table: Some(Table { head, rows }),
        ..Block::default()
    }
}

/// `/statistics.csv`: every published day of the last [`DAYS`], port by port, oldest first.
pub async fn csv(State(state): State<AppState>) -> Result<Response, AppError> {
    let services = crate::web::appointments(&state);
    let mut days = services.published_statistics(DAYS).await?;
    days.sort_by_key(|(d, _)| *d);
    let ports = services.store.list_ports().await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"garita-statistics.csv\"",
            ),
        ],
        to_csv(&days, &ports),
    )
        .into_response())
}

/// The file's columns, in English and stable: programs read them.
const COLUMNS: [&str; 11] = [
    "date",
    "port_code",
    "port_name",
    "seats_offered",
    "requests",
    "winners",
    "seats_requested",
    "seats_won",
    "registered_days_min",
    "registered_days_median",
    "registered_days_max",
];

fn to_csv(days: &[(NaiveDate, Vec<PortStats>)], ports: &[Port]) -> String {
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(COLUMNS).expect("writing to memory");
    for (date, stats) in days {
        for s in in_port_order(stats, ports) {
            let (min, median, max) = s.registered_days.map_or_else(
                || (String::new(), String::new(), String::new()),
                |(a, m, z)| (a.to_string(), m.to_string(), z.to_string()),
            );
            w.write_record([
                date.to_string(),
                s.port.clone(),
                port_name(ports, &s.port),
                s.seats.to_string(),
                s.requests.to_string(),
                s.winners.to_string(),
                s.seats_requested.to_string(),
                s.seats_won.to_string(),
                min,
                median,
                max,
            ])
            .expect("writing to memory");
        }
    }
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("UTF-8 in, UTF-8 out")
}

/// A day's figures in the order the ports are listed everywhere else (west to east).
fn in_port_order<'a>(stats: &'a [PortStats], ports: &[Port]) -> Vec<&'a PortStats> {
    let mut out: Vec<&PortStats> = stats.iter().collect();
    out.sort_by_key(|s| {
        ports
            .iter()
            .position(|p| p.code.as_str() == s.port)
            .unwrap_or(usize::MAX)
    });
    out
}

/// A port as people read it: its name, never its code.
fn port_name(ports: &[Port], code: &str) -> String {
    ports
        .iter()
        .find(|p| p.code.as_str() == code)
        .map_or_else(|| code.to_string(), |p| p.name.clone())
}

/// One port's figures over all the days looked at.
#[derive(Debug, Default, PartialEq)]
struct Summary {
    name: String,
    requests: u64,
    winners: u64,
    seats_requested: u64,
    seats_won: u64,
    /// The days each chosen group had been registered, shortest first.
    waited: Vec<i64>,
}

impl Summary {
    /// The shortest, the median (as each day's figures take it) and the longest.
    fn registered(&self) -> Option<(i64, i64, i64)> {
        let w = &self.waited;
        (!w.is_empty()).then(|| (w[0], w[w.len() / 2], w[w.len() - 1]))
    }
}

/// Each port's figures added up over the days, in the ports' order.
fn summarize(days: &[(NaiveDate, Vec<PortStats>)], ports: &[Port]) -> Vec<Summary> {
    let mut codes: Vec<&str> = ports.iter().map(|p| p.code.as_str()).collect();
    for (_, stats) in days {
        for s in stats {
            if !codes.contains(&s.port.as_str()) {
                codes.push(&s.port);
            }
        }
    }
    codes
        .into_iter()
        .filter_map(|code| {
            let mut sum = Summary {
                name: port_name(ports, code),
                ..Summary::default()
            };
            let mut seen = false;
            for s in days.iter().flat_map(|(_, d)| d).filter(|s| s.port == code) {
                seen = true;
                sum.requests += s.requests;
                sum.winners += s.winners;
                sum.seats_requested += s.seats_requested;
                sum.seats_won += s.seats_won;
                sum.waited.extend(&s.winner_days);
            }
            sum.waited.sort_unstable();
            seen.then_some(sum)
        })
        .collect()
}

/// A share as the language writes a percentage, to a tenth (`None` out of nothing).
fn percent(locale: Locale, part: u64, whole: u64) -> Option<String> {
    if whole == 0 {
        return None;
    }
    let tenths = (u128::from(part) * 2000 + u128::from(whole)) / (u128::from(whole) * 2);
    let decimal = match locale {
        Locale::En | Locale::ZhHans | Locale::Hi | Locale::Ar => '.',
        _ => ',',
    };
    // A whole number without its tenth: "50%", "12.5%".
    let number = match tenths % 10 {
        0 => (tenths / 10).to_string(),
        tenth => format!("{}{decimal}{tenth}", tenths / 10),
    };
    Some(match locale {
        Locale::Tr => format!("%{number}"),
        Locale::Fr | Locale::Ht => format!("{number}\u{202f}%"),
        Locale::Es | Locale::Ru => format!("{number}\u{a0}%"),
        _ => format!("{number}%"),
    })
}

/// The chance chart with its caption and its table.
fn chance_block(page: &Chrome, ports: &[Summary]) -> Block {
    let none = || "—".to_string();
    let head = [
        "stats-head-port",
        "stats-head-requests",
        "stats-head-winners",
        "stats-head-odds",
        "stats-head-seats-requested",
        "stats-head-seats-won",
        "stats-head-seats-odds",
    ]
    .iter()
    .map(|k| page.t(k))
    .collect();
    let rows = ports
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                s.requests.to_string(),
                s.winners.to_string(),
                percent(page.locale, s.winners, s.requests).unwrap_or_else(none),
                s.seats_requested.to_string(),
                s.seats_won.to_string(),
                percent(page.locale, s.seats_won, s.seats_requested).unwrap_or_else(none),
            ]
        })
        .collect();
    Block {
        heading: Some(page.t("stats-chance-heading")),
        paragraphs: vec![page.t("stats-chance-caption")],
        svg: Some(chance_chart(page, ports)),
        chart: true,
        table: Some(Table { head, rows }),
        ..Block::default()
    }
}

/// The registration chart with its caption and its table.
fn registered_block(page: &Chrome, ports: &[Summary]) -> Block {
    let head = [
        "stats-head-port",
        "stats-head-winners",
        "stats-head-shortest",
        "stats-head-median",
        "stats-head-longest",
    ]
    .iter()
    .map(|k| page.t(k))
    .collect();
    let rows = ports
        .iter()
        .map(|s| {
            let [a, m, z] = s.registered().map_or_else(
                || ["—".to_string(), "—".into(), "—".into()],
                |(a, m, z)| [a.to_string(), m.to_string(), z.to_string()],
            );
            vec![s.name.clone(), s.winners.to_string(), a, m, z]
        })
        .collect();
    Block {
        heading: Some(page.t("stats-registered-heading")),
        paragraphs: vec![page.t("stats-registered-caption")],
        svg: Some(registered_chart(page, ports)),
        chart: true,
        table: Some(Table { head, rows }),
        ..Block::default()
    }
}

/// Room at the end of a bar for its percentage.
const LABEL: f64 = 50.0;
const GROUPS: &str = "#0b5d4b";
const SEATS: &str = "#6fa896";
const RANGE: &str = "#9cc5b8";

/// One port a row: its name, then a bar for the share of groups chosen and one for the share
/// of places given, each with its percentage at the end.
fn chance_chart(page: &Chrome, ports: &[Summary]) -> String {
    let mut c = Chart::new(page.locale);
    // The legend: what each bar is.
    c.rect(PAD, 4.0, 12.0, 12.0, GROUPS);
    c.text(
        PAD + 18.0,
        15.0,
        12,
        false,
        false,
        &page.t("stats-chance-groups"),
    );
    c.rect(PAD, 22.0, 12.0, 12.0, SEATS);
    c.text(
        PAD + 18.0,
        33.0,
        12,
        false,
        false,
        &page.t("stats-chance-seats"),
    );
    let track = WIDTH - 2.0 * PAD - LABEL;
    let top = 44.0;
    let row = 56.0;
    for (i, s) in ports.iter().enumerate() {
        let y = top + row * i as f64;
        c.text(PAD, y + 14.0, 13, true, false, &s.name);
        let bars = [
            (s.winners, s.requests, GROUPS, 20.0),
            (s.seats_won, s.seats_requested, SEATS, 35.0),
        ];
        for (part, whole, fill, dy) in bars {
            c.rect(PAD, y + dy, track, 11.0, TRACK);
            if let Some(text) = percent(page.locale, part, whole) {
                let share = part.min(whole) as f64 / whole as f64;
                if share > 0.0 {
                    c.rect(PAD, y + dy, (track * share).max(1.5), 11.0, fill);
                }
                c.text(WIDTH - PAD, y + dy + 10.0, 12, true, true, &text);
            }
        }
        if s.requests == 0 {
            c.text(
                PAD + 4.0,
                y + 30.0,
                12,
                false,
                false,
                &page.t("stats-no-requests"),
            );
        }
    }
    let height = top + row * ports.len() as f64;
    c.finish(
        "stats-chance",
        height,
        &page.t("stats-chance-heading"),
        &page.t("stats-chance-desc"),
    )
}

/// A scale of days at the top, then one port a row: its name, a bar from the shortest to the
/// longest time its chosen groups had been registered with a mark at the median, and those
/// three numbers in words.
fn registered_chart(page: &Chrome, ports: &[Summary]) -> String {
    let mut c = Chart::new(page.locale);
    let longest = ports
        .iter()
        .filter_map(|s| s.registered().map(|(_, _, z)| z))
        .max()
        .unwrap_or(0)
        .max(1);
    let span = WIDTH - 2.0 * PAD;
    let at = |days: i64| PAD + span * days.max(0) as f64 / longest as f64;
    c.text(PAD, 13.0, 11, false, false, "0");
    let scale = page.tf("stats-registered-scale", &[("days", Value::from(longest))]);
    c.text(WIDTH - PAD, 13.0, 11, false, true, &scale);
    c.rect(PAD, 18.0, span, 1.0, INK);
    c.rect(PAD, 16.0, 1.0, 5.0, INK);
    c.rect(WIDTH - PAD - 1.0, 16.0, 1.0, 5.0, INK);
    let top = 26.0;
    let row = 58.0;
    for (i, s) in ports.iter().enumerate() {
        let y = top + row * i as f64;
        c.text(PAD, y + 14.0, 13, true, false, &s.name);
        match s.registered() {
            Some((shortest, median, longest)) => {
                c.rect(PAD, y + 24.5, span, 1.0, TRACK);
                let (from, to) = (at(shortest), at(longest));
                c.rect(from, y + 19.0, (to - from).max(2.0), 12.0, RANGE);
                c.rect(at(median) - 1.5, y + 16.0, 3.0, 18.0, INK);
                let words = if shortest == longest {
                    // Every chosen group the same: just that.
                    page.tf("stats-registered-scale", &[("days", Value::from(longest))])
                } else {
                    page.tf(
                        "stats-registered-range",
                        &[
                            ("shortest", Value::from(shortest)),
                            ("median", Value::from(median)),
                            ("longest", Value::from(longest)),
                        ],
                    )
                };
                c.text(PAD, y + 48.0, 12, false, false, &words);
            }
            None => c.text(
                PAD,
                y + 32.0,
                12,
                false,
                false,
                &page.t("stats-none-chosen"),
            ),
        }
    }
    let height = top + row * ports.len() as f64;
    c.finish(
        "stats-registered",
        height,
        &page.t("stats-registered-heading"),
        &page.t("stats-registered-desc"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(port: &str, requests: u64, winners: u64, winner_days: Vec<i64>) -> PortStats {
        PortStats {
            port: port.into(),
            requests,
            seats_requested: requests * 2,
            seats: 10,
            winners,
            seats_won: winners * 2,
            registered_days: (!winner_days.is_empty()).then(|| {
                let n = winner_days.len();
                (winner_days[0], winner_days[n / 2], winner_days[n - 1])
            }),
            winner_days,
        }
    }

    #[test]
    fn percentages_are_written_as_each_language_writes_them() {
        assert_eq!(percent(Locale::En, 2, 3).unwrap(), "66.7%");
        assert_eq!(percent(Locale::Es, 1, 8).unwrap(), "12,5\u{a0}%");
        assert_eq!(percent(Locale::Fr, 1, 1).unwrap(), "100\u{202f}%");
        assert_eq!(percent(Locale::Tr, 1, 3).unwrap(), "%33,3");
        assert_eq!(percent(Locale::Ar, 0, 4).unwrap(), "0%");
        assert_eq!(percent(Locale::En, 1, 0), None);
    }

    #[test]
    fn days_add_up_per_port_with_the_median_of_every_winner() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2027, 2, d).unwrap();
        let days = vec![
            (
                day(5),
                vec![stats("SYS", 2, 2, vec![1, 1]), stats("XXX", 0, 0, vec![])],
            ),
            (day(4), vec![stats("SYS", 4, 2, vec![20, 20])]),
        ];
        let all = summarize(&days, &[]);
        assert_eq!(all.len(), 2);
        assert_eq!(
            (all[0].name.as_str(), all[0].requests, all[0].winners),
            ("SYS", 6, 4)
        );
        assert_eq!(all[0].registered(), Some((1, 20, 20)));
        assert_eq!(all[1].registered(), None);
    }

    #[test]
    fn charts_scale_escape_and_mirror() {
        let i18n = garita_i18n::Catalogs::load_with(&[crate::CATALOGS]).unwrap();
        let summary = Summary {
            name: "A & <B>".into(),
            requests: 4,
            winners: 1,
            seats_requested: 4,
            seats_won: 1,
            waited: vec![3, 7, 9],
        };
        for locale in Locale::ALL {
            let page = Chrome::new(&i18n, locale, "/statistics");
            for svg in [
                chance_chart(&page, std::slice::from_ref(&summary)),
                registered_chart(&page, std::slice::from_ref(&summary)),
            ] {
                assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"), "{svg}");
                assert!(svg.contains(r#"width="100%""#) && svg.contains("viewBox="));
                assert!(svg.contains(r#"role="img""#) && svg.contains("aria-labelledby="));
                assert!(svg.contains("A &amp; &lt;B&gt;") && !svg.contains("<B>"));
                assert!(!svg.contains("style="));
                assert_eq!(svg.contains(r#"direction="rtl""#), locale.is_rtl());
            }
        }
    }
}
