//! `garita bench draw`: the draw on a realistic synthetic day, timed (release build, the draw's
//! own threads), against its floor (every rank key hashed once and sorted, on one thread)
//! measured in the same run, with the memory each step held at its peak.

use chrono::{Days, NaiveDate, NaiveTime};
use garita_appointments::domain::draw::{self, Entry, PortRule};
use garita_domain::PortCode;
use std::time::Instant;

/// SplitMix64: fast, reproducible synthetic data (never used by the draw itself).
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The eight ports with their default seats, for a synthetic day.
const PORTS: [(&str, u32); 8] = [
    ("SYS", 300),
    ("CXL", 100),
    ("NOG", 150),
    ("ELP", 250),
    ("EGP", 150),
    ("LRD", 200),
    ("HID", 150),
    ("BRO", 150),
];

/// Group sizes 1 to 10, most of them 1 to 3 (weights per thousand).
const SIZES: [(u32, u64); 10] = [
    (1, 450),
    (2, 220),
    (3, 140),
    (4, 80),
    (5, 45),
    (6, 25),
    (7, 15),
    (8, 10),
    (9, 8),
    (10, 7),
];

pub fn draw(entries: usize) {
    let service_date = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
    let mut rng = SplitMix(20_261_201);
    let started = Instant::now();
    let list: Vec<Entry> = (0..entries)
        .map(|_| {
            let mut id = [0u8; 16];
            id[..8].copy_from_slice(&rng.next().to_le_bytes());
            id[8..].copy_from_slice(&rng.next().to_le_bytes());
            let port = PORTS[(rng.next() % PORTS.len() as u64) as usize].0;
            let mut pick = rng.next() % 1000;
            let seats = SIZES
                .iter()
                .find(|(_, w)| {
                    if pick < *w {
                        true
                    } else {
                        pick -= w;
                        false
                    }
                })
                .map_or(1, |s| s.0);
            // Registrations spread over the 18 months before the day.
            let registered_on = service_date - Days::new(1 + rng.next() % 548);
            Entry {
                entry_id: id,
                port: PortCode::parse(port).expect("a port"),
                seats,
                registered_on,
            }
        })
        .collect();
    let generated = started.elapsed();
    let slots: Vec<NaiveTime> = (7..15)
        .filter_map(|h| NaiveTime::from_hms_opt(h, 0, 0))
        .collect();
    let rules: Vec<PortRule> = PORTS
        .iter()
        .map(|(code, seats)| PortRule {
            port: PortCode::parse(code).expect("a port"),
            capacity: *seats,
            reserved_bp: 5000,
            slots: slots.clone(),
            slot_seats: vec![],
        })
        .collect();
    let secret = [42u8; 32];

    // The floor: what any draw of these entries must do at least, hash each rank key once and
    // sort by it, measured here in the same run.
    let started = Instant::now();
    let seed = [7u8; 32];
    let mut keys: Vec<[u8; 32]> = list
        .iter()
        .map(|e| draw::rank_key(&seed, &e.entry_id))
        .collect();
    keys.sort_unstable();
    let floor = started.elapsed();
    std::hint::black_box(&keys);
    drop(keys);

    reset_peak_memory();
    let started = Instant::now();
    let record = draw::run(service_date, &secret, b"", &rules, &list);
    let ran = started.elapsed();
    let ran_memory = peak_memory();
    reset_peak_memory();
    let started = Instant::now();
    let verified = draw::verify(&record, &list);
    let checked = started.elapsed();
    let checked_memory = peak_memory();

    let winners: usize = record.ports.iter().map(|p| p.winners.len()).sum();
    let seats: u32 = record
        .ports
        .iter()
        .flat_map(|p| &p.winners)
        .map(|w| w.seats)
        .sum();
    println!(
        "entries: {entries} (generated in {:.3} s)",
        generated.as_secs_f64()
    );
    let ratio = |d: std::time::Duration| d.as_secs_f64() / floor.as_secs_f64().max(1e-9);
    println!(
        "floor:   {:.3} s — hashing every rank key once and sorting by it",
        floor.as_secs_f64()
    );
    println!(
        "draw:    {:.3} s ({:.2} × floor) — {winners} groups, {seats} seats",
        ran.as_secs_f64(),
        ratio(ran)
    );
    println!(
        "verify:  {:.3} s ({:.2} × floor) — {}",
        checked.as_secs_f64(),
        ratio(checked),
        if verified.is_ok() {
            "identical"
        } else {
            "DIFFERENT"
        }
    );
    let mb = |bytes: Option<u64>| bytes.map_or("?".into(), |b| format!("{} MB", b >> 20));
    println!(
        "memory:  at most {} resident during the draw, {} during its check (the entries alone: {} MB)",
        mb(ran_memory),
        mb(checked_memory),
        (entries * std::mem::size_of::<Entry>()) >> 20
    );
    if let Err(difference) = verified {
        eprintln!("garita: the draw did not verify: {difference}");
        std::process::exit(1);
    }
}

/// Times `Geofence::check` of the shipped policy at a few places, `checks` times each.
pub fn geofence(checks: u32) {
    use garita_domain::geofence::{Geofence, Policy, Position};
    let (fence, policy) = (Geofence::shipped(), Policy::shipped());
    let places = [
        (
            "Tijuana, at the border crossing (just outside the 100 m outline)",
            32.5412,
            -117.0293,
        ),
        ("Tijuana, inland", 32.52, -117.00),
        ("Monterrey", 25.6866, -100.3161),
        ("San Diego, outside Mexico", 32.7157, -117.1611),
    ];
    for (name, latitude, longitude) in places {
        let at = Position::new(latitude, longitude, 15.0).expect("a valid position");
        let started = Instant::now();
        for _ in 0..checks {
            std::hint::black_box(fence.check(&policy, std::hint::black_box(at)));
        }
        let each = started.elapsed().as_secs_f64() / f64::from(checks.max(1));
        println!("{:>9.2} µs  {name}", each * 1e6);
    }
}

/// The process's peak resident memory since the last reset (Linux's `VmHWM`), in bytes.
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes * 1024)
}

/// Starts the peak over from what is resident now (Linux's `clear_refs`, value 5).
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Makes `count` applicants, a transaction of [`APPLICANTS_PER_BATCH`] at a time (the next
/// batch is sealed while the one before is written), and writes their API tokens to `path`.
pub async fn applicants(
    services: &garita_appointments::app::Appointments,
    count: usize,
    path: &std::path::Path,
) -> Result<(), String> {
    let started = Instant::now();
    let progress = crate::progress::Progress::new("applicants", count as u64);
    let mut tokens = String::with_capacity(count * 44);
    let mut done = 0;
    let mut in_flight = std::collections::VecDeque::new();
    let mut first = 0;
    while first < count || !in_flight.is_empty() {
        if first < count && in_flight.len() < 2 {
            let n = APPLICANTS_PER_BATCH.min(count - first);
            // Groups of 1 to 3, the most common sizes.
            let sizes: Vec<usize> = (first..first + n).map(|k| 1 + k % 3).collect();
            let services = services.clone();
            in_flight.push_back(tokio::spawn(async move {
                services.synthetic_applicants(first, &sizes).await
            }));
            first += n;
            continue;
        }
        let made = in_flight
            .pop_front()
            .expect("one in flight")
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())?;
        done += made.len();
        for a in made {
            tokens.push_str(&a.token);
            tokens.push('\n');
        }
        progress.set(done as u64);
    }
    progress.finish();
    std::fs::write(path, tokens).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!(
        "{count} applicants in {:.1} s; tokens in {}",
        started.elapsed().as_secs_f64(),
        path.display()
    );
    Ok(())
}

/// Applicants written in one transaction by `bench applicants`.
const APPLICANTS_PER_BATCH: usize = 500;

/// Imports a trusted-traveller roster of `rows` made-up members (CSV, the programmes and states
/// in turn) and prints how long it took, twice: new members, then each replaced.
pub async fn roster(services: &garita_kernel::Services, rows: usize) -> Result<(), String> {
    let mut csv = String::from("programme,membership_number,birth_date,status,expires_on\n");
    let programmes = ["global-entry", "nexus", "sentri", "fast"];
    let states = [
        "approved",
        "pending-review",
        "conditionally-approved",
        "denied",
    ];
    for i in 0..rows {
        let end = if i % 4 == 0 { "2031-01-01" } else { "" };
        csv.push_str(&format!(
            "{},{:09},19{:02}-0{}-1{},{},{end}\n",
            programmes[i % 4],
            900_000_000 + i,
            50 + i % 50,
            1 + i % 9,
            i % 10,
            states[i % 4],
        ));
    }
    let trusted = garita_trusted::app::Trusted::on(services);
    for what in ["new", "replaced"] {
        let started = Instant::now();
        let imported = trusted
            .import_csv("bench", &csv)
            .await
            .map_err(|e| e.to_string())?;
        println!(
            "roster of {rows} rows ({what}): {} stored, {} refused, in {:.3} s",
            imported.stored,
            imported.refused.len(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

/// Sends `count` made-up trips of `people` each (checked, sealed and stored as a carrier's
/// system sends them, with the audit), one after another for the latency, then 8 at a time for
/// the rate. Never run this against a real database.
pub async fn manifests(
    services: &garita_kernel::Services,
    count: usize,
    people: usize,
) -> Result<(), String> {
    use garita_manifests::app::{By, Manifests};
    let carrier = "Bench carrier";
    if !services
        .organizations()
        .await
        .map_err(|e| e.to_string())?
        .iter()
        .any(|o| o.name == carrier)
    {
        let row = garita_store::records::OrganizationRow {
            name: carrier.into(),
            kind: "carrier".into(),
            city: "Ciudad Juárez".into(),
            contact: "bench".into(),
            created_at: services.now(),
        };
        services
            .store
            .add_organization(row, garita_store::records::Effects::none())
            .await
            .map_err(|e| e.to_string())?;
    }
    let rows: Vec<(usize, garita_manifests::domain::PersonRow)> =
        garita_manifests::synthetic::people(people)
            .into_iter()
            .enumerate()
            .map(|(i, r)| (i + 1, r))
            .collect();
    let rows = std::sync::Arc::new(rows);
    let arrives = (services.now_utc() + chrono::Duration::hours(6))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let run = services.now();
    let trip = move |i: usize| garita_manifests::domain::TripRow {
        trip_id: format!("bench-{run}-{i}"),
        bus_plate: "BENCH 1".into(),
        bus_number: format!("{}", i % 500),
        origin: "Chihuahua".into(),
        port: "ELP".into(),
        arrives_at: arrives.clone(),
    };
    let m = Manifests::on(services);
    let send = move |m: Manifests,
                     i: usize,
                     rows: std::sync::Arc<Vec<_>>,
                     trip: garita_manifests::domain::TripRow| async move {
        let started = Instant::now();
        match m
            .send(carrier, By::Token("bench"), &trip, &rows, vec![])
            .await
        {
            Ok(Ok(sent)) if sent.manifest.people == people as i64 => {
                Ok(started.elapsed().as_secs_f64() * 1000.0)
            }
            Ok(other) => Err(format!("trip {i} was not stored whole: {other:?}")),
            Err(e) => Err(e.to_string()),
        }
    };
    let mut times = vec![];
    let started = Instant::now();
    for i in 0..count {
        times.push(send(m.clone(), i, rows.clone(), trip(i)).await?);
    }
    let said = |how: &str, times: &mut [f64], seconds: f64| {
        println!(
            "{count} manifests of {people} people, {how}: p50 {:.1} ms, p99 {:.1} ms, \
             {:.0} a minute",
            quantile(times, 0.5),
            quantile(times, 0.99),
            count as f64 / seconds * 60.0
        );
    };
    said("one at a time", &mut times, started.elapsed().as_secs_f64());
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    let next = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(count));
    for _ in 0..8 {
        let (m, rows, next, trip) = (m.clone(), rows.clone(), next.clone(), trip.clone());
        tasks.spawn(async move {
            let mut times = vec![];
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if i >= 2 * count {
                    return Ok::<_, String>(times);
                }
                times.push(send(m.clone(), i, rows.clone(), trip(i)).await?);
            }
        });
    }
    let mut together = vec![];
    while let Some(done) = tasks.join_next().await {
        together.extend(done.map_err(|e| e.to_string())??);
    }
    said(
        "8 at a time",
        &mut together,
        started.elapsed().as_secs_f64(),
    );
    Ok(())
}

/// The `q` quantile of measured times (sorted here): the nearest rank.
pub fn quantile(times: &mut [f64], q: f64) -> f64 {
    times.sort_by(f64::total_cmp);
    times[((times.len() as f64 - 1.0) * q).round() as usize]
}
