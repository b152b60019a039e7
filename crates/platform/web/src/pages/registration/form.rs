//! The traveller and address forms: what a person types, parsed field by field into valid values
//! or into a message next to each field that is wrong.

use garita_domain::travellers::{
    Country, DateOfBirth, Document, EyeColour, Gender, Height, MaritalStatus, PersonName,
    UsAddress, Weight, place, story,
};
use garita_domain::{Email, InputError, PhoneNumber};
use garita_kernel::registrations::{Details, StoredTraveller, Traveller};
use serde::Deserialize;
use std::collections::HashMap;

/// Field name -> what is wrong with it.
pub type FieldErrors = HashMap<&'static str, InputError>;

/// A traveller as typed: every field a string, as in the form (the API takes the same shape).
#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TravellerForm {
    pub version: i64,
    pub given: String,
    pub family: String,
    pub birth_day: String,
    pub birth_month: String,
    pub birth_year: String,
    pub birth_country: String,
    pub birth_city: String,
    pub residence: String,
    pub nationality: String,
    pub gender: String,
    pub language: String,
    pub height_cm: String,
    pub height_ft: String,
    pub height_in: String,
    pub weight: String,
    pub weight_unit: String,
    pub eyes: String,
    pub phone: String,
    pub email: String,
    pub home_address: String,
    pub travel_history: String,
    pub work: String,
    pub emergency_contact: String,
    pub family_members: String,
    pub marital: String,
    pub document_kind: String,
    pub document_country: String,
    pub document_number: String,
}

fn record<T>(
    errors: &mut FieldErrors,
    field: &'static str,
    result: Result<T, InputError>,
) -> Option<T> {
    match result {
        Ok(v) => Some(v),
        Err(e) => {
            errors.insert(field, e);
            None
        }
    }
}

fn optional<T>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<T, InputError>,
) -> Result<Option<T>, InputError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse(text).map(Some)
    }
}

impl TravellerForm {
    /// A form filled from a stored traveller, to correct it.
    pub fn from_stored(t: &StoredTraveller) -> Self {
        let d = &t.details;
        let date = t.birth_date.date();
        TravellerForm {
            given: t.name.given.clone(),
            family: t.name.family.clone(),
            birth_day: chrono::Datelike::day(&date).to_string(),
            birth_month: chrono::Datelike::month(&date).to_string(),
            birth_year: chrono::Datelike::year(&date).to_string(),
            birth_country: d.birth_country.code().into(),
            birth_city: d.birth_city.clone(),
            residence: d.residence.code().into(),
            nationality: d.nationality.code().into(),
            gender: d.gender.code().into(),
            language: d.language.clone(),
            height_cm: d.height.cm().to_string(),
            weight: d.weight.kg().to_string(),
            weight_unit: "kg".into(),
            eyes: d.eyes.code().into(),
            phone: t.contact.phone.clone().unwrap_or_default(),
            email: t.contact.email.clone().unwrap_or_default(),
            home_address: d.home_address.clone(),
            travel_history: d.travel_history.clone(),
            work: d.work.clone(),
            emergency_contact: d.emergency_contact.clone(),
            family_members: d.family.clone(),
            marital: d.marital.map(|m| m.code().to_string()).unwrap_or_default(),
            document_kind: t
                .document
                .as_ref()
                .map(|x| x.kind.code().to_string())
                .unwrap_or_default(),
            document_country: t
                .document
                .as_ref()
                .map(|x| x.country.code().to_string())
                .unwrap_or_default(),
            document_number: t
                .document
                .as_ref()
                .map(|x| x.number.clone())
                .unwrap_or_default(),
            ..Default::default()
        }
    }

    /// Every field checked; all the problems at once, so the person fixes them in one go.
    pub fn parse(
        &self,
        id: Option<String>,
        today: chrono::NaiveDate,
    ) -> Result<Traveller, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = match PersonName::parse(&self.given, &self.family) {
            Ok(n) => Some(n),
            Err((given, family)) => {
                if let Some(g) = given {
                    e.insert("given", g);
                }
                if let Some(f) = family {
                    e.insert("family", f);
                }
                None
            }
        };
        let birth_date = record(
            &mut e,
            "birth_day",
            DateOfBirth::parse(&self.birth_day, &self.birth_month, &self.birth_year, today),
        );
        let birth_country = record(&mut e, "birth_country", Country::parse(&self.birth_country));
        let birth_city = record(&mut e, "birth_city", place(&self.birth_city));
        let residence = record(&mut e, "residence", Country::parse(&self.residence));
        let nationality = record(&mut e, "nationality", Country::parse(&self.nationality));
        let gender = record(&mut e, "gender", Gender::parse(&self.gender));
        let language = record(&mut e, "language", place(&self.language));
        let height = record(
            &mut e,
            "height_cm",
            if self.height_cm.trim().is_empty() && !self.height_ft.trim().is_empty() {
                Height::from_feet_inches(&self.height_ft, &self.height_in)
            } else {
                Height::from_cm(&self.height_cm)
            },
        );
        let weight = record(
            &mut e,
            "weight",
            if self.weight_unit == "lb" {
                Weight::from_lb(&self.weight)
            } else {
                Weight::from_kg(&self.weight)
            },
        );
        let eyes = record(&mut e, "eyes", EyeColour::parse(&self.eyes));
        let phone = record(&mut e, "phone", optional(&self.phone, PhoneNumber::parse));
        let email = record(&mut e, "email", optional(&self.email, Email::parse));
        let home_address = record(
            &mut e,
            "home_address",
            story(&self.home_address).and_then(|s| {
                if s.is_empty() {
                    Err(InputError::Required)
                } else {
                    Ok(s)
                }
            }),
        );
        let travel_history = record(
            &mut e,
            "travel_history",
            story(&self.travel_history).and_then(|s| {
                if s.is_empty() {
                    Err(InputError::Required)
                } else {
                    Ok(s)
                }
            }),
        );
        let work = record(&mut e, "work", story(&self.work));
        let emergency_contact = record(&mut e, "emergency_contact", story(&self.emergency_contact));
        let family = record(&mut e, "family_members", story(&self.family_members));
        let marital = record(
            &mut e,
            "marital",
            optional(&self.marital, MaritalStatus::parse),
        );
        let document = record(
            &mut e,
            "document_number",
            optional(&self.document_number, |n| {
                Document::parse(&self.document_kind, &self.document_country, n)
            }),
        );
        if !e.is_empty() {
            return Err(e);
        }
        // Every value is present when no field has an error.
        Ok(Traveller {
            id,
            name: name.expect("checked"),
            birth_date: birth_date.expect("checked"),
            document: document.expect("checked"),
            phone: phone.expect("checked"),
            email: email.expect("checked"),
            details: Details {
                birth_country: birth_country.expect("checked"),
                birth_city: birth_city.expect("checked"),
                residence: residence.expect("checked"),
                nationality: nationality.expect("checked"),
                gender: gender.expect("checked"),
                language: language.expect("checked"),
                height: height.expect("checked"),
                weight: weight.expect("checked"),
                eyes: eyes.expect("checked"),
                home_address: home_address.expect("checked"),
                travel_history: travel_history.expect("checked"),
                work: work.expect("checked"),
                emergency_contact: emergency_contact.expect("checked"),
                family: family.expect("checked"),
                marital: marital.expect("checked"),
            },
        })
    }
}

#[derive(Debug, Default, Clone, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AddressForm {
    pub version: i64,
    pub street: String,
    pub city: String,
    pub state: String,
    pub zip: String,
}

impl AddressForm {
    pub fn from_stored(a: &UsAddress) -> Self {
        AddressForm {
            street: a.street.clone(),
            city: a.city.clone(),
            state: a.state.clone(),
            zip: a.zip.clone(),
            ..Default::default()
        }
    }

    pub fn parse(&self) -> Result<UsAddress, FieldErrors> {
        UsAddress::parse(&self.street, &self.city, &self.state, &self.zip).map_err(|e| {
            [
                ("street", e.street),
                ("city", e.city),
                ("state", e.state),
                ("zip", e.zip),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect()
        })
    }
}
