//! Made-up applicants for benchmarks and large tests: real accounts, registrations (sealed like
//! any other) and API tokens, made without e-mail round trips or password hashing. Never used by
//! `garita serve`.

use crate::registrations::{Details, Traveller};
use crate::{Result, Services};
use chrono::{Datelike, NaiveDate};
use garita_domain::Grant;
use garita_domain::travellers::{
    Country, DateOfBirth, EyeColour, Gender, Height, PersonName, UsAddress, Weight,
};
use garita_security::codes;
use garita_store::records::{NewAccount, SessionKind};
use garita_store::registrations::PhotoRow;
use garita_store::synthetic::SyntheticApplicant;

/// One made-up applicant: the account and an API token for it.
#[derive(Debug, Clone)]
pub struct Applicant {
    pub account_id: String,
    pub token: String,
}

/// A made-up traveller: the `i`-th of group `n`, born on 3 April, 20 to 49 years before `today`.
pub fn traveller(n: usize, i: usize, today: NaiveDate) -> Traveller {
    // Letters only: names are checked like any other.
    let letters = |mut k: usize| {
        let mut s = String::new();
        loop {
            s.push((b'a' + (k % 26) as u8) as char);
            k /= 26;
            if k == 0 {
                break s;
            }
        }
    };
    let year = today.year() - 20 - (i as i32 % 30);
    Traveller {
        id: None,
        name: PersonName::parse(
            &format!("Ana{}", letters(i)),
            &format!("Perez{}", letters(n)),
        )
        .expect("made-up names are valid"),
        birth_date: DateOfBirth::parse("3", "4", &year.to_string(), today)
            .expect("made-up dates are valid"),
        document: None,
        phone: None,
        email: None,
        details: Details {
            birth_country: Country::parse("VE").expect("valid"),
            birth_city: "Maracaibo".into(),
            residence: Country::parse("MX").expect("valid"),
            nationality: Country::parse("VE").expect("valid"),
            gender: Gender::Female,
            language: "Español".into(),
            height: Height::from_cm("160").expect("valid"),
            weight: Weight::from_kg("58").expect("valid"),
            eyes: EyeColour::Brown,
            home_address: "Calle 72".into(),
            travel_history: String::new(),
            work: String::new(),
            emergency_contact: String::new(),
            family: String::new(),
            marital: None,
        },
    }
}

impl Services {
    /// Makes applicant number `n` with a registration of `size` adults whose photos count as
    /// accepted, and an API token.
    #[tracing::instrument(skip_all)]
    pub async fn synthetic_applicant(&self, n: usize, size: usize) -> Result<Applicant> {
        let mut made = self.synthetic_applicants(n, &[size]).await?;
        Ok(made.pop().expect("one asked, one made"))
    }

    /// Makes applicants numbered from `first`, one per group size in `sizes`, in one
    /// transaction: each an account (consent given, no password), a registration of that many
    /// adults saved by the account, their photos counted as accepted, and an API token. Made
    /// like any other (sealed, hashed), but without audit entries or duplicate checks:
    /// applicants of different numbers are different people.
    #[tracing::instrument(skip_all)]
    pub async fn synthetic_applicants(
        &self,
        first: usize,
        sizes: &[usize],
    ) -> Result<Vec<Applicant>> {
        let now = self.now();
        let today = self.now_utc().date_naive();
        let address =
            UsAddress::parse("100 Main St", "Houston", "TX", "77002").expect("a valid address");
        let mut made = Vec::with_capacity(sizes.len());
        let mut rows = Vec::with_capacity(sizes.len());
        for (i, &size) in sizes.iter().enumerate() {
            let n = first + i;
            let account_id = codes::id();
            let email = format!("synthetic-{n}-{account_id}@garita.invalid");
            let account = NewAccount {
                id: account_id.clone(),
                email_lookup: self.keys.lookup("email", &email),
                email_sealed: self.keys.seal_str(&email, crate::accounts::EMAIL),
                phone_sealed: Some(self.keys.seal_str(
                    &format!("+5255{:08}", n % 100_000_000),
                    crate::accounts::PHONE,
                )),
                password_hash: None,
                locale: "es".into(),
                grant: Grant::applicant(),
                consent: Some((i64::from(garita_domain::CONSENT_VERSION), now)),
                created_at: now,
                assisted_by: None,
            };
            let travellers: Vec<_> = (0..size).map(|i| traveller(n, i, today)).collect();
            let (registration, travellers, version) =
                self.first_registration_rows(&account_id, &address, &travellers, now);
            let photos = travellers
                .iter()
                .map(|t| PhotoRow {
                    traveller_id: t.id.clone(),
                    registration_id: registration.id.clone(),
                    photo_sealed: None,
                    status: "accepted".into(),
                    problem: None,
                    failed_attempts: 0,
                    updated_at: now,
                })
                .collect();
            let (token, session) = self.new_session(&account_id, SessionKind::Api, now);
            rows.push(SyntheticApplicant {
                account,
                registration,
                travellers,
                version,
                photos,
                session,
            });
            made.push(Applicant { account_id, token });
        }
        self.store.add_synthetic(rows).await?;
        Ok(made)
    }
}
