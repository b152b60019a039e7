//! Made-up applicants for benchmarks and large tests: real accounts, registrations (sealed like
//! any other) and API tokens, made without e-mail round trips or password hashing. Never used by
//! `garita serve`.

use crate::registrations::{Details, SaveOutcome, Traveller};
use crate::{Result, Services};
use chrono::{Datelike, NaiveDate};
use garita_domain::Grant;
use garita_domain::travellers::{
    Country, DateOfBirth, EyeColour, Gender, Height, PersonName, UsAddress, Weight,
};
use garita_security::codes;
use garita_store::records::{Effects, NewAccount, SessionKind};
use garita_store::registrations::PhotoRow;

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
        let account_id = codes::id();
        let email = format!("synthetic-{n}-{account_id}@garita.invalid");
        self.store
            .create_account(
                NewAccount {
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
                    consent: Some((i64::from(garita_domain::CONSENT_VERSION), self.now())),
                    created_at: self.now(),
                    assisted_by: None,
                },
                Effects::none(),
            )
            .await?;
        let today = self.now_utc().date_naive();
        let address =
            UsAddress::parse("100 Main St", "Houston", "TX", "77002").expect("a valid address");
        let travellers = (0..size).map(|i| traveller(n, i, today)).collect();
        let account = self.store.account(&account_id).await?.expect("just made");
        let saved = self
            .save_registration(&account, &account_id, address, travellers, 0)
            .await?;
        assert!(
            matches!(saved, SaveOutcome::Saved { .. }),
            "made-up applicants are all different people"
        );
        let registration = self.registration(&account_id).await?.expect("just saved");
        for t in &registration.travellers {
            self.store
                .record_photo(
                    PhotoRow {
                        traveller_id: t.id.clone(),
                        registration_id: registration.id.clone(),
                        photo_sealed: None,
                        status: "accepted".into(),
                        problem: None,
                        failed_attempts: 0,
                        updated_at: self.now(),
                    },
                    Effects::none(),
                )
                .await?;
        }
        let token = self.start_session(&account_id, SessionKind::Api).await?;
        Ok(Applicant { account_id, token })
    }
}
