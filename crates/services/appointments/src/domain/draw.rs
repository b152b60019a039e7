//! The daily draw, exactly as `docs/draw.md` specifies it, so that anyone can re-run it from the
//! published record and the entry list. Pure: the same inputs always give the same record.

use chrono::{NaiveDate, NaiveTime};
use garita_domain::PortCode;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt::Write;

pub const VERSION: &str = "garita-draw-v1";
/// The version every new draw is made with (`docs/draw.md`); v1 records verify as v1 forever.
pub const VERSION_V2: &str = "garita-draw-v2";
const COMMIT_TAG: &str = "garita-commit-v1";

/// One request in a day's draw. `entry_id` is 16 random bytes that link to nobody outside Garita.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub entry_id: [u8; 16],
    pub port: PortCode,
    /// The group's size: it is allocated whole or not at all.
    pub seats: u32,
    /// The registration's creation date: its seniority for the reserved pass.
    pub registered_on: NaiveDate,
}

/// A port's rules for the day: its seats, the share reserved for the oldest registrations (in
/// basis points, so that no rounding differs between implementations), and its time slots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortRule {
    pub port: PortCode,
    pub capacity: u32,
    pub reserved_bp: u32,
    pub slots: Vec<NaiveTime>,
    /// Seats of each slot, when not the capacity split evenly (a supervisor set them, or
    /// appointments moved in from a closed day hold some). Their sum is `capacity`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slot_seats: Vec<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pass {
    Reserved,
    Random,
}

impl Pass {
    /// As written in the record.
    pub fn code(self) -> &'static str {
        match self {
            Pass::Reserved => "reserved",
            Pass::Random => "random",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Winner {
    pub entry_id: String,
    pub seats: u32,
    pub pass: Pass,
    pub slot: NaiveTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortResult {
    pub rule: PortRule,
    pub reserved_seats: u32,
    /// In the order they were chosen.
    pub winners: Vec<Winner>,
    /// Everyone else at this port, in rank order: offered seats that lapse, in this order.
    pub alternates: Vec<EntryId>,
}

/// An entry id in the record: kept as its 16 bytes (a day's alternates are most of its
/// entries), written as 32 lower-case hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryId(pub [u8; 16]);

impl std::fmt::Display for EntryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut text = [0u8; 32];
        hex_into(&mut text, &self.0);
        f.write_str(std::str::from_utf8(&text).expect("hex digits are ASCII"))
    }
}

impl Serialize for EntryId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EntryId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Hex;
        impl serde::de::Visitor<'_> for Hex {
            type Value = EntryId;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an entry id: 32 hex digits")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<EntryId, E> {
                parse_entry_id(text)
                    .map(EntryId)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_str(Hex)
    }
}

/// Everything needed to check a day's draw, with the entry list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrawRecord {
    pub version: String,
    pub service_date: NaiveDate,
    pub entry_count: usize,
    pub entries_digest: String,
    /// v2: the digest of the ports' rules, published at the close with the entries' digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_digest: Option<String>,
    pub commitment: String,
    pub secret: String,
    /// The beacon bytes that entered the seed (hex; v2: the drand round's randomness, or empty
    /// when the round never came).
    pub beacon: String,
    /// v2: when the request window closed (Unix ms) ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_closes_at: Option<i64>,
    /// ... and when the observers' reveals ended: the beacon round is the first after it, so
    /// nothing that enters the seed is known to anyone before the round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reveals_until: Option<i64>,
    /// v2: the drand round, used or missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drand: Option<crate::domain::beacon::Drand>,
    /// v2: the day's observers, by id, with their reveals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observers: Option<Vec<crate::domain::observers::Observer>>,
    pub seed: String,
    /// By port code.
    pub ports: Vec<PortResult>,
}

/// The downloadable file: the record with its entry list (canonical lines, without line feeds),
/// so that one file is enough to re-run the draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    #[serde(flatten)]
    pub record: DrawRecord,
    pub entries: Vec<String>,
    /// Lapses and the offers they made, in order (`crate::domain::reoffer`), appended as they happen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<crate::domain::reoffer::AfterDraw>,
    /// A lapse before this time (Unix ms) offers its seats; later, the appointment day is too
    /// close for anyone to confirm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offers_until: Option<i64>,
    /// v2 files: the audit log's signed checkpoint made when the day was published
    /// (`docs/audit.md`); no part of the draw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_checkpoint: Option<serde_json::Value>,
}

impl Published {
    pub fn new(record: DrawRecord, entries: &[Entry]) -> Published {
        let entries = sorted_by_id(entries)
            .into_iter()
            .map(|e| canonical_line(e).trim_end().to_string())
            .collect();
        Published {
            record,
            entries,
            after: vec![],
            offers_until: None,
            audit_checkpoint: None,
        }
    }

    /// Re-runs the draw in a downloaded file; names the first difference.
    pub fn verify_file(text: &str) -> Result<(), String> {
        let published: Published =
            serde_json::from_str(text).map_err(|e| format!("not a draw record: {e}"))?;
        let entries = parse_list(&published.entries.join("\n"))?;
        verify(&published.record, &entries)?;
        crate::domain::reoffer::verify(
            &published.record,
            &entries,
            &published.after,
            published.offers_until,
        )
    }
}

/// What someone kept from before the draw: the commitment published before the window opened,
/// the digests published at the close. A record that verifies but differs from them is not the
/// draw Garita committed to (a re-draw with another secret, say).
#[derive(Debug, Clone, Default)]
pub struct Kept {
    pub commitment: Option<String>,
    pub entries_digest: Option<String>,
    pub rules_digest: Option<String>,
    /// v2: the drand round published with the commitment.
    pub beacon_round: Option<u64>,
}

impl Kept {
    /// Compares a downloaded file with what was kept; names the first difference.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let published: Published =
            serde_json::from_str(text).map_err(|e| format!("not a draw record: {e}"))?;
        let r = &published.record;
        let fields = [
            ("commitment", &self.commitment, Some(&r.commitment)),
            (
                "entries_digest",
                &self.entries_digest,
                Some(&r.entries_digest),
            ),
            ("rules_digest", &self.rules_digest, r.rules_digest.as_ref()),
        ];
        if let Some(round) = self.beacon_round {
            let in_record = r.drand.as_ref().map(|d| d.round);
            if in_record != Some(round) {
                return Err(format!(
                    "drand.round: the record has {in_record:?}, but round {round} was published before: this is not the draw committed to"
                ));
            }
        }
        for (name, kept, in_record) in fields {
            let Some(kept) = kept else { continue };
            let kept = kept.trim().to_lowercase();
            if in_record.map(String::as_str) != Some(kept.as_str()) {
                return Err(format!(
                    "{name}: the record has {}, but {kept} was published before: this is not the draw committed to",
                    in_record.map(String::as_str).unwrap_or("none")
                ));
            }
        }
        Ok(())
    }
}

/// Two lower-case hex digits for each byte value.
const HEX_PAIRS: [[u8; 2]; 256] = {
    let digits = b"0123456789abcdef";
    let mut pairs = [[0u8; 2]; 256];
    let mut b = 0;
    while b < 256 {
        pairs[b] = [digits[b >> 4], digits[b & 15]];
        b += 1;
    }
    pairs
};

/// Writes `bytes` as lower-case hex into `out`, which is twice as long.
fn hex_into(out: &mut [u8], bytes: &[u8]) {
    for (pair, b) in out.chunks_exact_mut(2).zip(bytes) {
        pair.copy_from_slice(&HEX_PAIRS[usize::from(*b)]);
    }
}

/// Lower-case hex, as everywhere in the record.
pub fn hex(bytes: &[u8]) -> String {
    let mut text = vec![0u8; bytes.len() * 2];
    hex_into(&mut text, bytes);
    String::from_utf8(text).expect("hex digits are ASCII")
}

/// Appends one line of the canonical list: `entry_id,port,seats,registered_on\n`. Written as
/// bytes with digits by hand (the list is written for every entry of a day): the same bytes as
/// `{id},{port},{seats},{year:04}-{month:02}-{day:02}\n`, which years outside 0-9999 still go
/// through.
fn push_fields(out: &mut Vec<u8>, id: &[u8; 16], port: &[u8; 3], seats: u32, on: NaiveDate) {
    use chrono::Datelike;
    let (year, month, day) = (on.year(), on.month(), on.day());
    let Ok(year @ 0..=9999) = u32::try_from(year) else {
        let port = std::str::from_utf8(port).unwrap_or("???");
        let line = format!("{},{port},{seats},{year:04}-{month:02}-{day:02}\n", hex(id));
        out.extend_from_slice(line.as_bytes());
        return;
    };
    // 32 + 1 + 3 + 1 + at most 10 + 1 + 10 + 1 bytes.
    let mut line = [0u8; 64];
    hex_into(&mut line[..32], id);
    line[32] = b',';
    line[33..36].copy_from_slice(port);
    line[36] = b',';
    let mut at = 37 + decimal(&mut line[37..], seats);
    line[at] = b',';
    padded(&mut line[at + 1..at + 5], year);
    line[at + 5] = b'-';
    padded(&mut line[at + 6..at + 8], month);
    line[at + 8] = b'-';
    padded(&mut line[at + 9..at + 11], day);
    line[at + 11] = b'\n';
    at += 12;
    out.extend_from_slice(&line[..at]);
}

/// Writes `n` in decimal at the start of `out`; returns how many digits it took.
fn decimal(out: &mut [u8], mut n: u32) -> usize {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let len = digits.len() - at;
    out[..len].copy_from_slice(&digits[at..]);
    len
}

/// Fills `out` with `n` in decimal, zero-padded.
fn padded(out: &mut [u8], mut n: u32) {
    for digit in out.iter_mut().rev() {
        *digit = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// An entry id as written in the list and the record.
pub fn entry_hex(id: &[u8; 16]) -> String {
    hex(id)
}

/// Parses an entry id written as 32 hex digits.
pub fn parse_entry_id(text: &str) -> Option<[u8; 16]> {
    unhex(text)?.try_into().ok()
}

/// Reads a canonical entry list back, naming the first line that is not an entry.
pub fn parse_list(text: &str) -> Result<Vec<Entry>, String> {
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let bad = || {
                format!(
                    "entries line {}: not `entry_id,port,seats,registered_on`",
                    i + 1
                )
            };
            let mut fields = line.split(',');
            let (Some(id), Some(port), Some(seats), Some(day), None) = (
                fields.next(),
                fields.next(),
                fields.next(),
                fields.next(),
                fields.next(),
            ) else {
                return Err(bad());
            };
            Ok(Entry {
                entry_id: parse_entry_id(id).ok_or_else(bad)?,
                port: PortCode::parse(port).map_err(|_| bad())?,
                seats: seats.parse().map_err(|_| bad())?,
                registered_on: NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| bad())?,
            })
        })
        .collect()
}

/// One entry as a line of the canonical list.
pub fn canonical_line(e: &Entry) -> String {
    let mut line = Vec::with_capacity(64);
    Line::of(e).push(&mut line);
    String::from_utf8(line).expect("a line is ASCII")
}

fn sorted_by_id(entries: &[Entry]) -> Vec<&Entry> {
    // Sorted as numbers beside their places (ids are 16 bytes: a u128 read big-endian orders
    // exactly as the bytes do), so that a comparison follows no pointer.
    let mut keyed: Vec<(u128, u32)> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (u128::from_be_bytes(e.entry_id), i as u32))
        .collect();
    keyed.sort_unstable();
    keyed
        .into_iter()
        .map(|(_, i)| &entries[i as usize])
        .collect()
}

/// The canonical entry list: one line per entry, sorted by entry id.
pub fn canonical_list(entries: &[Entry]) -> String {
    let mut out = Vec::with_capacity(entries.len() * 52);
    for e in sorted_by_id(entries) {
        Line::of(e).push(&mut out);
    }
    String::from_utf8(out).expect("lines are ASCII")
}

/// An entry as its line of the list needs it, sorted by value: the lines are then written
/// reading memory in order, not following a pointer per entry. The id is two big-endian
/// halves (they order as its bytes do), which keeps the value at 32 bytes.
#[derive(Clone, Copy)]
struct Line {
    id: (u64, u64),
    registered_on: NaiveDate,
    seats: u32,
    port: [u8; 3],
}

impl Line {
    fn of(e: &Entry) -> Line {
        let (high, low) = e.entry_id.split_at(8);
        Line {
            id: (
                u64::from_be_bytes(high.try_into().expect("8 bytes")),
                u64::from_be_bytes(low.try_into().expect("8 bytes")),
            ),
            registered_on: e.registered_on,
            seats: e.seats,
            port: e.port.bytes(),
        }
    }

    fn push(&self, out: &mut Vec<u8>) {
        let mut id = [0u8; 16];
        id[..8].copy_from_slice(&self.id.0.to_be_bytes());
        id[8..].copy_from_slice(&self.id.1.to_be_bytes());
        push_fields(out, &id, &self.port, self.seats, self.registered_on);
    }
}

/// How many threads the draw and its check use: the machine's cores, up to 8. No result depends
/// on it: each thread does a part whose output is put back in a fixed order.
fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 8))
}

/// How many leading bits of a key pick its bucket: enough for buckets of about 2,000 items,
/// small enough to sort within the processor's cache (8 to 16 bits).
fn bucket_bits(items: usize) -> u32 {
    (items / 2048).max(1).ilog2().clamp(8, 16)
}

/// `items` made into `T`s and put in buckets by `top` (the leading bits of the key to sort by,
/// less than `1 << bits`), in one pass; returns them with each bucket's bounds. The buckets
/// side by side are in order, and each is then sorted alone: a radix sort's first pass.
fn into_buckets<S, T: Copy>(
    items: &[S],
    bits: u32,
    top: impl Fn(&S) -> usize,
    make: impl Fn(&S) -> T,
) -> (Vec<T>, Vec<usize>) {
    let mut bounds = vec![0usize; (1 << bits) + 1];
    let Some(first) = items.first() else {
        return (vec![], bounds);
    };
    for s in items {
        bounds[top(s) + 1] += 1;
    }
    for b in 1..bounds.len() {
        bounds[b] += bounds[b - 1];
    }
    let mut next = bounds.clone();
    let mut out = vec![make(first); items.len()];
    for s in items {
        let at = &mut next[top(s)];
        out[*at] = make(s);
        *at += 1;
    }
    (out, bounds)
}

/// SHA-256 of the canonical list, computed without holding the whole list in memory: the lines
/// are put in buckets by their id's leading bits; the draw's threads each sort a bucket and write
/// it out (bucket b on thread b mod threads) while this one hashes them in order.
pub fn entries_digest(entries: &[Entry]) -> [u8; 32] {
    let bits = bucket_bits(entries.len());
    let top =
        |e: &Entry| usize::from(u16::from_be_bytes([e.entry_id[0], e.entry_id[1]]) >> (16 - bits));
    let (mut lines, bounds) = into_buckets(entries, bits, top, Line::of);
    let mut buckets: Vec<&mut [Line]> = Vec::with_capacity(bounds.len());
    let mut rest = lines.as_mut_slice();
    for b in bounds.windows(2) {
        let (bucket, after) = rest.split_at_mut(b[1] - b[0]);
        buckets.push(bucket);
        rest = after;
    }
    let count = buckets.len();
    let writers = threads();
    let mut hasher = Sha256::new();
    std::thread::scope(|s| {
        let mut filled = vec![];
        let mut mine: Vec<Vec<&mut [Line]>> = (0..writers).map(|_| vec![]).collect();
        for (b, bucket) in buckets.into_iter().enumerate() {
            mine[b % writers].push(bucket);
        }
        for buckets in mine {
            let (full, texts) = std::sync::mpsc::sync_channel::<Vec<u8>>(2);
            let (empty, spare) = std::sync::mpsc::channel::<Vec<u8>>();
            filled.push((texts, empty));
            s.spawn(move || {
                for bucket in buckets {
                    bucket.sort_unstable_by_key(|l| l.id);
                    let mut text = spare.try_recv().unwrap_or_default();
                    text.clear();
                    text.reserve(bucket.len() * 56);
                    for line in bucket.iter() {
                        line.push(&mut text);
                    }
                    if full.send(text).is_err() {
                        return;
                    }
                }
            });
        }
        for b in 0..count {
            let (texts, empty) = &filled[b % writers];
            let text = texts.recv().expect("a writer sends each of its buckets");
            hasher.update(&text);
            let _ = empty.send(text);
        }
    });
    hasher.finalize().into()
}

/// SHA-256 over each field preceded by its length (4 bytes, big-endian).
pub(crate) fn framed(fields: &[&[u8]]) -> [u8; 32] {
    let mut h = Sha256::new();
    for f in fields {
        h.update((f.len() as u32).to_be_bytes());
        h.update(f);
    }
    h.finalize().into()
}

/// Published before the window opens; the secret is revealed after the draw.
pub fn commitment(secret: &[u8; 32]) -> [u8; 32] {
    framed(&[COMMIT_TAG.as_bytes(), secret])
}

pub fn seed(
    service_date: NaiveDate,
    digest: &[u8; 32],
    secret: &[u8; 32],
    beacon: &[u8],
) -> [u8; 32] {
    let date = service_date.format("%Y-%m-%d").to_string();
    framed(&[VERSION.as_bytes(), date.as_bytes(), digest, secret, beacon])
}

/// v2: the seed also takes the rules' digest, the drand round's randomness (empty when missing)
/// and each accepted observer's id and secret, in observer order.
pub fn seed_v2(
    service_date: NaiveDate,
    digest: &[u8; 32],
    rules_digest: &[u8; 32],
    secret: &[u8; 32],
    beacon: &[u8],
    observers: &[crate::domain::observers::Observer],
) -> [u8; 32] {
    let date = service_date.format("%Y-%m-%d").to_string();
    let reveals: Vec<(&str, [u8; 32])> = observers
        .iter()
        .filter_map(|o| Some((o.observer.as_str(), o.accepted()?)))
        .collect();
    let mut fields: Vec<&[u8]> = vec![
        VERSION_V2.as_bytes(),
        date.as_bytes(),
        digest,
        rules_digest,
        secret,
        beacon,
    ];
    for (id, reveal) in &reveals {
        fields.push(id.as_bytes());
        fields.push(reveal);
    }
    framed(&fields)
}

/// The ports' rules as one text, a line per port in code order:
/// `port,capacity,reserved_bp,slots,slot_seats\n`, slots as `HH:MM:SS` and seats in decimal,
/// each list joined with `;` (`slot_seats` empty when the record leaves it out).
pub fn canonical_rules(rules: &[PortRule]) -> String {
    let mut sorted: Vec<&PortRule> = rules.iter().collect();
    sorted.sort_by(|a, b| a.port.cmp(&b.port));
    let mut out = String::new();
    for r in sorted {
        let slots: Vec<String> = r
            .slots
            .iter()
            .map(|s| s.format("%H:%M:%S").to_string())
            .collect();
        let seats: Vec<String> = r.slot_seats.iter().map(u32::to_string).collect();
        let _ = writeln!(
            out,
            "{},{},{},{},{}",
            r.port.as_str(),
            r.capacity,
            r.reserved_bp,
            slots.join(";"),
            seats.join(";")
        );
    }
    out
}

/// SHA-256 of the canonical rules: published at the close, before anyone knows the seed.
pub fn rules_digest(rules: &[PortRule]) -> [u8; 32] {
    Sha256::digest(canonical_rules(rules).as_bytes()).into()
}

/// SHA-256 of `seed || entry_id`: 48 bytes, so one block through the compression function with
/// the padding written once (the rank key is hashed for every entry of a day, twice when
/// checked).
#[derive(Clone)]
struct RankHasher {
    block: [u8; 64],
}

impl RankHasher {
    /// SHA-256's initial state (FIPS 180-4, 5.3.3).
    const INITIAL: [u32; 8] = [
        0x6a09_e667,
        0xbb67_ae85,
        0x3c6e_f372,
        0xa54f_f53a,
        0x510e_527f,
        0x9b05_688c,
        0x1f83_d9ab,
        0x5be0_cd19,
    ];

    fn new(seed: &[u8; 32]) -> RankHasher {
        let mut block = [0u8; 64];
        block[..32].copy_from_slice(seed);
        block[48] = 0x80;
        block[56..].copy_from_slice(&(48u64 * 8).to_be_bytes());
        RankHasher { block }
    }

    /// The rank key as SHA-256's eight state words (its bytes, big-endian).
    fn words(&mut self, entry_id: &[u8; 16]) -> [u32; 8] {
        self.block[32..48].copy_from_slice(entry_id);
        let mut state = Self::INITIAL;
        sha2::block_api::compress256(&mut state, std::slice::from_ref(&self.block));
        state
    }

    fn key(&mut self, entry_id: &[u8; 16]) -> [u8; 32] {
        let mut key = [0u8; 32];
        for (bytes, word) in key.chunks_exact_mut(4).zip(self.words(entry_id)) {
            bytes.copy_from_slice(&word.to_be_bytes());
        }
        key
    }
}

pub fn rank_key(seed: &[u8; 32], entry_id: &[u8; 16]) -> [u8; 32] {
    RankHasher::new(seed).key(entry_id)
}

/// Seats of each slot: the capacity split evenly, the first slots taking one more seat each
/// while some remain.
pub fn split_seats(capacity: u32, slots: usize) -> Vec<u32> {
    if slots == 0 {
        return vec![];
    }
    let (base, extra) = (capacity / slots as u32, capacity as usize % slots);
    (0..slots).map(|i| base + u32::from(i < extra)).collect()
}

/// An entry at its port as the draw needs it, small enough to sort by value: after the sort
/// every pass reads memory in order instead of following a pointer per entry.
#[derive(Debug, Clone, Copy)]
struct Ranked {
    /// The rank key's first 8 bytes, read as a number.
    prefix: u64,
    entry_id: [u8; 16],
    seats: u32,
    /// The registration day, as days from the common era.
    day: i32,
}

impl Ranked {
    fn of(hasher: &mut RankHasher, e: &Entry) -> Ranked {
        use chrono::Datelike;
        let words = hasher.words(&e.entry_id);
        Ranked {
            prefix: u64::from(words[0]) << 32 | u64::from(words[1]),
            entry_id: e.entry_id,
            seats: e.seats,
            day: e.registered_on.num_days_from_ce(),
        }
    }
}

/// Rank order: by the whole rank key, then the entry id (entry ids are unique, so keys cannot
/// tie, but the order is total anyway). Put in buckets by the key's leading bits, each sorted by
/// the key's first 8 bytes; runs sharing them (about one in 2^32 pairs) by the whole key,
/// hashed again, and the id: the same order as sorting by the whole key.
fn into_rank_order(seed: &[u8; 32], list: &[Ranked]) -> Vec<Ranked> {
    let bits = bucket_bits(list.len());
    let (mut ranked, bounds) =
        into_buckets(list, bits, |r| (r.prefix >> (64 - bits)) as usize, |r| *r);
    for b in bounds.windows(2) {
        let bucket = &mut ranked[b[0]..b[1]];
        bucket.sort_unstable_by_key(|r| r.prefix);
        let mut start = 0;
        while start < bucket.len() {
            let prefix = bucket[start].prefix;
            let run = bucket[start..]
                .iter()
                .take_while(|r| r.prefix == prefix)
                .count();
            if run > 1 {
                bucket[start..start + run].sort_unstable_by(|a, b| {
                    rank_key(seed, &a.entry_id)
                        .cmp(&rank_key(seed, &b.entry_id))
                        .then(a.entry_id.cmp(&b.entry_id))
                });
            }
            start += run;
        }
    }
    ranked
}

/// Places `0..list.len()` (rank order) by registration day, oldest first, rank order within a
/// day: a counting sort over the days (as sorting by day, then place, would give).
fn by_registration_day(list: &[Ranked]) -> Vec<usize> {
    let (Some(first), Some(last)) = (
        list.iter().map(|r| r.day).min(),
        list.iter().map(|r| r.day).max(),
    ) else {
        return vec![];
    };
    let span = usize::try_from(i64::from(last) - i64::from(first) + 1).unwrap_or(usize::MAX);
    if span > 4 * list.len() + 4096 {
        // Days too far apart for buckets (never on a real day): sort instead.
        let mut order: Vec<usize> = (0..list.len()).collect();
        order.sort_unstable_by_key(|&i| (list[i].day, i));
        return order;
    }
    let slot = |r: &Ranked| (i64::from(r.day) - i64::from(first)) as usize;
    let mut starts = vec![0usize; span + 1];
    for r in list {
        starts[slot(r) + 1] += 1;
    }
    for d in 1..starts.len() {
        starts[d] += starts[d - 1];
    }
    let mut order = vec![0usize; list.len()];
    for (i, r) in list.iter().enumerate() {
        let at = &mut starts[slot(r)];
        order[*at] = i;
        *at += 1;
    }
    order
}

fn draw_port(rule: &PortRule, seed: &[u8; 32], entries: &[Ranked]) -> PortResult {
    let entries = into_rank_order(seed, entries);
    let reserved_seats = (u64::from(rule.capacity) * u64::from(rule.reserved_bp) / 10_000) as u32;
    let mut taken = vec![false; entries.len()];
    let mut chosen: Vec<(usize, Pass)> = vec![];

    let by_age = by_registration_day(&entries);
    let mut left = reserved_seats;
    for i in by_age {
        if left == 0 {
            break;
        }
        if entries[i].seats <= left {
            left -= entries[i].seats;
            taken[i] = true;
            chosen.push((i, Pass::Reserved));
        }
    }
    let mut left = rule.capacity - (reserved_seats - left);
    for i in 0..entries.len() {
        if left == 0 {
            break;
        }
        if !taken[i] && entries[i].seats <= left {
            left -= entries[i].seats;
            taken[i] = true;
            chosen.push((i, Pass::Random));
        }
    }

    let mut room = if rule.slot_seats.len() == rule.slots.len() {
        rule.slot_seats.clone()
    } else {
        split_seats(rule.capacity, rule.slots.len())
    };
    let winners = chosen
        .iter()
        .filter_map(|&(i, pass)| {
            let seats = entries[i].seats;
            // The earliest slot with room for the whole group; else the slot with the most room.
            let slot = room
                .iter()
                .position(|&r| r >= seats)
                .or_else(|| (0..room.len()).rev().max_by_key(|&s| room[s]))?;
            room[slot] = room[slot].saturating_sub(seats);
            Some(Winner {
                entry_id: hex(&entries[i].entry_id),
                seats,
                pass,
                slot: rule.slots[slot],
            })
        })
        .collect();
    let alternates = (0..entries.len())
        .filter(|&i| !taken[i])
        .map(|i| EntryId(entries[i].entry_id))
        .collect();
    PortResult {
        rule: rule.clone(),
        reserved_seats,
        winners,
        alternates,
    }
}

/// Draws every port from a seed, ports side by side on the draw's threads.
fn draw_ports(seed: &[u8; 32], rules: &[PortRule], entries: &[Entry]) -> Vec<PortResult> {
    let mut rules: Vec<&PortRule> = rules.iter().collect();
    rules.sort_by(|a, b| a.port.cmp(&b.port));
    // Each entry goes to its port's list once (an entry for a port without a rule is in the
    // list and the digest, and is never drawn). Its rank key is hashed on the port's thread.
    let mut at_port: Vec<Vec<&Entry>> = vec![vec![]; rules.len()];
    for e in entries {
        if let Some(i) = rules.iter().position(|r| r.port == e.port) {
            at_port[i].push(e);
        }
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut hasher = RankHasher::new(seed);
        let mut done = vec![];
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let (Some(rule), Some(list)) = (rules.get(i), at_port.get(i)) else {
                return done;
            };
            let ranked: Vec<Ranked> = list.iter().map(|e| Ranked::of(&mut hasher, e)).collect();
            done.push((i, draw_port(rule, seed, &ranked)));
        }
    };
    let mut results: Vec<(usize, PortResult)> = std::thread::scope(|s| {
        let helpers: Vec<_> = (1..threads().min(rules.len()))
            .map(|_| s.spawn(work))
            .collect();
        let mut all = work();
        for h in helpers {
            all.extend(h.join().expect("a draw thread does not panic"));
        }
        all
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Runs a day's draw as v1 did (kept to re-make v1 records and for the tests that pin them).
pub fn run(
    service_date: NaiveDate,
    secret: &[u8; 32],
    beacon: &[u8],
    rules: &[PortRule],
    entries: &[Entry],
) -> DrawRecord {
    let digest = entries_digest(entries);
    let seed = seed(service_date, &digest, secret, beacon);
    DrawRecord {
        version: VERSION.into(),
        service_date,
        entry_count: entries.len(),
        entries_digest: hex(&digest),
        rules_digest: None,
        commitment: hex(&commitment(secret)),
        secret: hex(secret),
        beacon: hex(beacon),
        window_closes_at: None,
        reveals_until: None,
        drand: None,
        observers: None,
        seed: hex(&seed),
        ports: draw_ports(&seed, rules, entries),
    }
}

/// What a v2 draw takes besides the secret, the rules and the entries.
#[derive(Debug, Clone)]
pub struct Public {
    /// When the window closed (Unix ms).
    pub window_closes_at: i64,
    /// When the observers' reveals ended (Unix ms; not before the close).
    pub reveals_until: i64,
    /// The drand round after the reveals, used or missing.
    pub drand: crate::domain::beacon::Drand,
    /// The day's observers, judged (any order: the record sorts them).
    pub observers: Vec<crate::domain::observers::Observer>,
}

/// Runs a day's draw (`garita-draw-v2`). The drand round must have been checked already (a
/// round whose signature does not verify gives a record that does not either).
pub fn run_v2(
    service_date: NaiveDate,
    secret: &[u8; 32],
    public: Public,
    rules: &[PortRule],
    entries: &[Entry],
) -> DrawRecord {
    let digest = entries_digest(entries);
    let rules_digest = rules_digest(rules);
    let beacon = public.drand.randomness().unwrap_or_default();
    let mut observers = public.observers;
    observers.sort_by(|a, b| a.observer.cmp(&b.observer));
    let seed = seed_v2(
        service_date,
        &digest,
        &rules_digest,
        secret,
        &beacon,
        &observers,
    );
    DrawRecord {
        version: VERSION_V2.into(),
        service_date,
        entry_count: entries.len(),
        entries_digest: hex(&digest),
        rules_digest: Some(hex(&rules_digest)),
        commitment: hex(&commitment(secret)),
        secret: hex(secret),
        beacon: hex(&beacon),
        window_closes_at: Some(public.window_closes_at),
        reveals_until: Some(public.reveals_until),
        drand: Some(public.drand),
        observers: Some(observers),
        seed: hex(&seed),
        ports: draw_ports(&seed, rules, entries),
    }
}

/// Reads lower- or upper-case hex.
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    text.len()
        .is_multiple_of(2)
        .then(|| {
            (0..text.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
                .collect()
        })
        .flatten()
}

/// Re-runs a published draw from its record and the entry list; names the first difference.
/// A value as the published record writes it (`reserved`, `13:00:00`), for a difference said in
/// words rather than as a program's structure.
fn word<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        Ok(serde_json::Value::Null) => "none".into(),
        Ok(other) => other.to_string(),
        Err(_) => "?".into(),
    }
}

pub fn verify(record: &DrawRecord, entries: &[Entry]) -> Result<(), String> {
    let secret: [u8; 32] = unhex(&record.secret)
        .and_then(|s| s.try_into().ok())
        .ok_or("secret: not 32 bytes of hex")?;
    let rules: Vec<PortRule> = record.ports.iter().map(|p| p.rule.clone()).collect();
    let again = match record.version.as_str() {
        VERSION => {
            let beacon = unhex(&record.beacon).ok_or("beacon: not hex")?;
            run(record.service_date, &secret, &beacon, &rules, entries)
        }
        VERSION_V2 => {
            let (Some(closes), Some(reveals_until), Some(drand), Some(observers)) = (
                record.window_closes_at,
                record.reveals_until,
                record.drand.clone(),
                record.observers.clone(),
            ) else {
                return Err(
                    "a garita-draw-v2 record needs window_closes_at, reveals_until, \
                            drand and observers"
                        .into(),
                );
            };
            if reveals_until < closes {
                return Err("reveals_until: before the window closed".into());
            }
            let wanted = crate::domain::beacon::round_after(reveals_until);
            if drand.round != wanted {
                return Err(format!(
                    "drand.round: published {}, but the first round after the reveals is {wanted}",
                    drand.round
                ));
            }
            drand.randomness()?;
            let mut judged = vec![];
            for (i, o) in observers.iter().enumerate() {
                let again = crate::domain::observers::Observer::judge(
                    record.service_date,
                    &o.observer,
                    &o.name,
                    &o.commitment,
                    o.reveal.as_deref(),
                );
                if again.status != o.status {
                    return Err(format!(
                        "observers[{i}].status: published {}, computed {}",
                        word(&o.status),
                        word(&again.status)
                    ));
                }
                judged.push(again);
            }
            if judged.windows(2).any(|w| w[0].observer >= w[1].observer) {
                return Err("observers: not sorted by id, or one listed twice".into());
            }
            let public = Public {
                window_closes_at: closes,
                reveals_until,
                drand,
                observers: judged,
            };
            run_v2(record.service_date, &secret, public, &rules, entries)
        }
        other => {
            return Err(format!(
                "version: {other} is not a version this verifier knows"
            ));
        }
    };
    let optional = |o: &Option<String>| o.clone().unwrap_or_default();
    let (rules_published, rules_computed) = (
        optional(&record.rules_digest),
        optional(&again.rules_digest),
    );
    let fields = [
        ("version", &record.version, &again.version),
        ("rules_digest", &rules_published, &rules_computed),
        ("beacon", &record.beacon, &again.beacon),
        (
            "entries_digest",
            &record.entries_digest,
            &again.entries_digest,
        ),
        ("commitment", &record.commitment, &again.commitment),
        ("seed", &record.seed, &again.seed),
    ];
    for (name, published, computed) in fields {
        if published != computed {
            return Err(format!(
                "{name}: published {published}, computed {computed}"
            ));
        }
    }
    if record.entry_count != again.entry_count {
        return Err(format!(
            "entry_count: published {}, computed {}",
            record.entry_count, again.entry_count
        ));
    }
    // Ports are matched by code, so a difference is named at the port it is in.
    for q in &again.ports {
        let port = &q.rule.port;
        let Some(p) = record.ports.iter().find(|p| &p.rule.port == port) else {
            return Err(format!(
                "ports[{port}]: computed, but not in the published record"
            ));
        };
        if p.reserved_seats != q.reserved_seats {
            return Err(format!(
                "ports[{port}].reserved_seats: published {}, computed {}",
                p.reserved_seats, q.reserved_seats
            ));
        }
        for (i, (w, v)) in p.winners.iter().zip(&q.winners).enumerate() {
            let fields = [
                ("entry_id", w.entry_id.clone(), v.entry_id.clone()),
                ("seats", w.seats.to_string(), v.seats.to_string()),
                ("pass", word(&w.pass), word(&v.pass)),
                ("slot", word(&w.slot), word(&v.slot)),
            ];
            for (field, published, computed) in fields {
                if published != computed {
                    return Err(format!(
                        "ports[{port}].winners[{i}].{field}: published {published}, computed {computed}"
                    ));
                }
            }
        }
        if p.winners.len() != q.winners.len() {
            return Err(format!(
                "ports[{port}].winners: published {}, computed {}",
                p.winners.len(),
                q.winners.len()
            ));
        }
        if let Some(i) = (0..p.alternates.len().max(q.alternates.len()))
            .find(|&i| p.alternates.get(i) != q.alternates.get(i))
        {
            let at = |list: &[EntryId]| list.get(i).map_or("none".into(), EntryId::to_string);
            return Err(format!(
                "ports[{port}].alternates[{i}]: published {}, computed {}",
                at(&p.alternates),
                at(&q.alternates)
            ));
        }
    }
    if let Some(p) = record
        .ports
        .iter()
        .find(|p| !again.ports.iter().any(|q| q.rule.port == p.rule.port))
    {
        return Err(format!(
            "ports[{}]: published, but the draw computes no such port",
            p.rule.port
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(n: u64, seats: u32, registered_on: NaiveDate) -> Entry {
        let mut entry_id = [0u8; 16];
        entry_id[..8].copy_from_slice(&n.wrapping_mul(0x9E37_79B9_7F4A_7C15).to_be_bytes());
        entry_id[8..].copy_from_slice(&n.to_be_bytes());
        Entry {
            entry_id,
            port: PortCode::parse("SYS").unwrap(),
            seats,
            registered_on,
        }
    }

    #[test]
    fn a_line_written_by_hand_is_the_line_format_writes() {
        use chrono::Datelike;
        let days = [
            NaiveDate::from_ymd_opt(2026, 1, 9).unwrap(),
            NaiveDate::from_ymd_opt(5, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(9999, 10, 1).unwrap(),
            NaiveDate::from_ymd_opt(10_000, 2, 3).unwrap(),
            NaiveDate::from_ymd_opt(-3, 7, 4).unwrap(),
        ];
        for (n, day) in days.into_iter().enumerate() {
            for seats in [0, 1, 9, 10, 4_000_000_000] {
                let e = entry(n as u64, seats, day);
                let expected = format!(
                    "{},SYS,{seats},{:04}-{:02}-{:02}\n",
                    hex(&e.entry_id),
                    day.year(),
                    day.month(),
                    day.day()
                );
                assert_eq!(canonical_line(&e), expected);
            }
        }
    }

    #[test]
    fn rank_and_registration_orders_are_those_of_plain_sorts() {
        let first = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        let seed = [1u8; 32];
        let mut hasher = RankHasher::new(&seed);
        let entries: Vec<Entry> = (0..3_000u64)
            .map(|n| entry(n, 1, first + chrono::Days::new(n * 7919 % 400)))
            .collect();
        // Prefixes that often tie, so that the refinement by the whole key is exercised.
        let list: Vec<Ranked> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| Ranked {
                prefix: if i % 3 == 0 {
                    7
                } else {
                    Ranked::of(&mut hasher, e).prefix
                },
                ..Ranked::of(&mut hasher, e)
            })
            .collect();
        let mut plain = list.clone();
        plain.sort_by(|a, b| {
            (a.prefix, rank_key(&seed, &a.entry_id), a.entry_id).cmp(&(
                b.prefix,
                rank_key(&seed, &b.entry_id),
                b.entry_id,
            ))
        });
        let list = into_rank_order(&seed, &list);
        let ids = |list: &[Ranked]| list.iter().map(|r| r.entry_id).collect::<Vec<_>>();
        assert_eq!(ids(&list), ids(&plain));

        let mut by_day: Vec<usize> = (0..list.len()).collect();
        by_day.sort_by_key(|&i| (list[i].day, i));
        assert_eq!(by_registration_day(&list), by_day);
        // Days too far apart for buckets take the sort, with the same answer.
        let far: Vec<Ranked> = [(1, 1), (2, 9000), (3, 1)]
            .iter()
            .map(|&(n, year)| {
                Ranked::of(
                    &mut hasher,
                    &entry(n, 1, NaiveDate::from_ymd_opt(year, 1, 1).unwrap()),
                )
            })
            .collect();
        assert_eq!(by_registration_day(&far), [0, 2, 1]);
    }

    #[test]
    fn a_rank_key_is_the_sha256_of_the_seed_and_the_id() {
        for n in 0..100u64 {
            let seed: [u8; 32] = Sha256::digest(n.to_be_bytes()).into();
            let id = entry(n, 1, NaiveDate::MIN).entry_id;
            let whole: [u8; 32] = Sha256::new()
                .chain_update(seed)
                .chain_update(id)
                .finalize()
                .into();
            assert_eq!(rank_key(&seed, &id), whole);
        }
    }

    #[test]
    fn the_digest_is_the_hash_of_the_list_written_out() {
        let first = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        let entries: Vec<Entry> = (0..20_000u64)
            .map(|n| entry(n, 1 + (n % 10) as u32, first + chrono::Days::new(n % 500)))
            .collect();
        let whole: [u8; 32] = Sha256::digest(canonical_list(&entries).as_bytes()).into();
        assert_eq!(entries_digest(&entries), whole);
        assert_eq!(entries_digest(&[]), <[u8; 32]>::from(Sha256::digest(b"")));
    }
}
