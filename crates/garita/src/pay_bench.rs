//! The provisional I-94's payment benchmark (`bench/i94.sh` runs it): `load` applies for and pays
//! group applications of 1 to 25 travellers through the API and a provider's hosted page (the
//! testkit's Stripe-shaped server), as apps and payers would, and reports applications a second
//! and latency; `books` then checks that the applications and the ledger agree exactly and that
//! the day's reconciliation with the provider finds no difference.

use std::io::Read;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a step is retried while the server is away (killed and restarting).
const RETRY_FOR: Duration = Duration::from_secs(120);

struct Tally {
    latencies: Vec<Duration>,
    travellers: usize,
    retries: usize,
    failed: Vec<String>,
}

/// Applies for and pays `applications` group applications with `concurrency` clients at once,
/// each as one of the applicants whose API tokens are in `tokens` (one per line).
pub fn load(
    base: &str,
    tokens: &std::path::Path,
    applications: usize,
    concurrency: usize,
) -> Result<bool, String> {
    let tokens: Vec<String> = std::fs::read_to_string(tokens)
        .map_err(|e| format!("cannot read {}: {e}", tokens.display()))?
        .lines()
        .map(str::to_string)
        .collect();
    if tokens.is_empty() {
        return Err("no API token to apply with".into());
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into();
    let arrival = (chrono::Utc::now().date_naive() + chrono::Days::new(1)).to_string();
    let next = AtomicUsize::new(0);
    let tally = Mutex::new(Tally {
        latencies: Vec::with_capacity(applications),
        travellers: 0,
        retries: 0,
        failed: vec![],
    });
    let started = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..concurrency.max(1) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= applications {
                        return;
                    }
                    let travellers = 1 + (mix(i as u64) % 25) as usize;
                    let client = Client {
                        agent: &agent,
                        base,
                        token: &tokens[i % tokens.len()],
                        retries: 0,
                    };
                    let at = Instant::now();
                    let done = apply_and_pay(client, i, travellers, &arrival);
                    let mut t = tally.lock().expect("not poisoned");
                    match done {
                        Ok(retries) => {
                            t.latencies.push(at.elapsed());
                            t.travellers += travellers;
                            t.retries += retries;
                        }
                        Err(e) => t.failed.push(format!("application {i}: {e}")),
                    }
                }
            });
        }
    });
    let elapsed = started.elapsed().as_secs_f64();
    let mut t = tally.into_inner().expect("not poisoned");
    t.latencies.sort();
    let at = |q: f64| {
        t.latencies
            .get(((t.latencies.len() as f64 * q) as usize).min(t.latencies.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    println!(
        "{} applications ({} travellers) applied for and paid in {elapsed:.1} s: {:.1} a second; \
         p50 {:.0} ms, p99 {:.0} ms (each: apply, ask for the payment, pay on the hosted page, \
         ask again); {} steps tried again (no answer, or a 5xx: the server away or busy); \
         {} failed",
        t.latencies.len(),
        t.travellers,
        t.latencies.len() as f64 / elapsed,
        at(0.50),
        at(0.99),
        t.retries,
        t.failed.len()
    );
    for f in t.failed.iter().take(10) {
        println!("  {f}");
    }
    Ok(t.failed.is_empty())
}

/// One applicant's client; counts the steps it had to try again.
struct Client<'a> {
    agent: &'a ureq::Agent,
    base: &'a str,
    token: &'a str,
    retries: usize,
}

impl Client<'_> {
    /// POSTs `body` to `url` (a path of Garita's, or a whole URL) until it is answered, trying
    /// again while the server is away or unavailable: the status and the body.
    fn post(&mut self, url: &str, body: &str) -> Result<(u16, String), String> {
        let url = match url.starts_with("http") {
            true => url.to_string(),
            false => format!("{}{url}", self.base),
        };
        let since = Instant::now();
        loop {
            let sent = self
                .agent
                .post(&url)
                .header("Authorization", format!("Bearer {}", self.token))
                .content_type("application/json")
                .send(body.as_bytes());
            match sent {
                Ok(mut r) if r.status().as_u16() < 500 => {
                    let mut text = String::new();
                    r.body_mut()
                        .as_reader()
                        .read_to_string(&mut text)
                        .map_err(|e| e.to_string())?;
                    return Ok((r.status().as_u16(), text));
                }
                Ok(_) | Err(_) if since.elapsed() < RETRY_FOR => {
                    self.retries += 1;
                    std::thread::sleep(Duration::from_millis(200));
                }
                Ok(r) => return Err(format!("{url}: {}", r.status())),
                Err(e) => return Err(format!("{url}: {e}")),
            }
        }
    }
}

/// Applies for `travellers`, asks for the payment, pays on the provider's page and asks again
/// until Garita says paid. The steps retried.
fn apply_and_pay(
    mut client: Client,
    i: usize,
    travellers: usize,
    arrival: &str,
) -> Result<usize, String> {
    let people: Vec<serde_json::Value> = (0..travellers)
        .map(|k| {
            serde_json::json!({
                "given": "Ana", "family": "Pérez Castañeda", "born_day": "3",
                "born_month": "4", "born_year": (1950 + k).to_string(), "sex": "F",
                "citizenship": "MX", "residence": "MX",
                "passport_number": format!("G{:08}", (i * 25 + k) % 100_000_000),
                "passport_country": "MX", "passport_issued": "2020-01-10",
                "passport_expires": "2035-01-09",
            })
        })
        .collect();
    let body = serde_json::json!({
        "trip": {"port": "SYS", "arrival": arrival, "purpose": "family", "street": "1 Main St",
                 "city": "San Diego", "state": "CA", "zip": "92101"},
        "travellers": people,
    });
    let (status, made) = client.post("/api/v1/i94", &body.to_string())?;
    if status != 201 {
        return Err(format!("applying answered {status}: {made}"));
    }
    let id = json(&made)?["id"].as_str().ok_or("no id")?.to_string();
    let payment = format!("/api/v1/i94/{id}/payment");
    for _ in 0..5 {
        let (status, step) = client.post(&payment, "{}")?;
        let step = json(&step)?;
        match (status, step["step"].as_str()) {
            (200, Some("paid")) => return Ok(client.retries),
            (200, Some("redirect")) => {
                let url = step["url"].as_str().ok_or("no url")?.to_string();
                // The payer pays on the hosted page: a form posted there, then sent back.
                let (paid, _) = client.post(&url, "")?;
                if paid != 303 {
                    return Err(format!("the payment page answered {paid}"));
                }
            }
            (200, Some("try-later")) => std::thread::sleep(Duration::from_millis(200)),
            _ => return Err(format!("asking for the payment answered {status}: {step}")),
        }
    }
    Err("not paid after paying five times".into())
}

fn json(text: &str) -> Result<serde_json::Value, String> {
    serde_json::from_str(text).map_err(|e| format!("not JSON ({e}): {text}"))
}

/// SplitMix64: a spread of group sizes that is the same on every run.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The books after a run: applications and ledger, then the provider's record of the last
/// `hours` against the ledger. `true` when everything agrees.
pub async fn books(services: &garita_kernel::Services, hours: i64) -> Result<bool, String> {
    let i94 = garita_i94::app::I94::on(services);
    let books = i94.books().await.map_err(|e| e.to_string())?;
    println!(
        "books: {} applications, {} paid ({} travellers, {}.{:02} received); {} disagree",
        books.applications,
        books.paid,
        books.travellers_paid,
        books.received_minor / 100,
        books.received_minor % 100,
        books.disagreements.len()
    );
    for id in books.disagreements.iter().take(10) {
        println!("  application {id}: its state and the ledger disagree");
    }
    let now = services.now();
    let reconciled = services
        .reconcile_payments(now - hours * 3_600_000, now + 60_000)
        .await
        .map_err(|e| e.to_string())?;
    let open = services
        .store
        .open_differences()
        .await
        .map_err(|e| e.to_string())?
        .len();
    match reconciled {
        Some(r) => println!(
            "reconciliation: {} paid at the provider, {} in the ledger; {open} differences open",
            r.at_provider, r.in_ledger
        ),
        None => println!(
            "reconciliation: not run (no payment provider configured, or it was out of reach); \
             {open} differences open"
        ),
    }
    let differences = open;
    Ok(books.disagreements.is_empty() && differences == 0)
}
