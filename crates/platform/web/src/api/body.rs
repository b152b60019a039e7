//! The JSON body of an API request, read so that every way it can be wrong is an RFC 9457
//! problem in the requester's language that names the field, never a Rust type: not sent as
//! JSON (415), not JSON (400), or a field of the wrong kind or missing (422, with its path,
//! e.g. `address.zip`).

use crate::AppError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header;
use serde::de::DeserializeOwned;

pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        let json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| {
                let v = v.trim();
                v.eq_ignore_ascii_case("application/json") || v.ends_with("+json")
            });
        if !json {
            return Err(AppError::BodyMediaType);
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| AppError::unread_body(e, AppError::BodyNotJson))?;
        read(&bytes).map(ApiJson)
    }
}

/// The body read into `T`, or what is wrong with it.
fn read<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let mut json = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut json).map_err(|e| {
        use serde_json::error::Category;
        match e.inner().classify() {
            Category::Data => {
                let path = e.path().to_string();
                let parent = (path != ".").then_some(path);
                // serde names a missing field only in its message: `missing field `zip``.
                let missing = e
                    .inner()
                    .to_string()
                    .strip_prefix("missing field `")
                    .and_then(|rest| rest.split('`').next().map(str::to_string));
                let (field, key) = match (parent, missing) {
                    (Some(parent), Some(name)) => (format!("{parent}.{name}"), "field-required"),
                    (None, Some(name)) => (name, "field-required"),
                    (Some(parent), None) => (parent, "field-wrong-kind"),
                    // The root itself of the wrong kind (an array for an object).
                    (None, None) => ("body".into(), "field-wrong-kind"),
                };
                AppError::Fields(vec![(field, key)])
            }
            Category::Syntax | Category::Eof | Category::Io => AppError::BodyNotJson,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Address {
        zip: String,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Input {
        address: Address,
        travellers: Vec<Address>,
    }

    fn field(body: &str) -> Option<String> {
        match read::<Input>(body.as_bytes()) {
            Err(AppError::Fields(f)) => Some(f[0].0.clone()),
            _ => None,
        }
    }

    #[test]
    fn a_wrong_field_is_named_by_its_path_and_a_broken_body_is_not_json() {
        let ok = r#"{"address": {"zip": "77002"}, "travellers": []}"#;
        assert!(read::<Input>(ok.as_bytes()).is_ok());
        assert_eq!(
            field(r#"{"address": {"zip": 2}, "travellers": []}"#).as_deref(),
            Some("address.zip")
        );
        assert_eq!(
            field(r#"{"address": {"zip": "1"}, "travellers": [{"zip": "1"}, {"zip": true}]}"#)
                .as_deref(),
            Some("travellers[1].zip")
        );
        assert_eq!(field(r#"{"travellers": []}"#).as_deref(), Some("address"));
        assert_eq!(
            field(r#"{"address": {}, "travellers": []}"#).as_deref(),
            Some("address.zip")
        );
        assert_eq!(field("\"a text\"").as_deref(), Some("body"));
        assert!(matches!(
            read::<Input>(b"{\"address\": "),
            Err(AppError::BodyNotJson)
        ));
        assert!(matches!(
            read::<Input>(b"zip=1"),
            Err(AppError::BodyNotJson)
        ));
    }
}
