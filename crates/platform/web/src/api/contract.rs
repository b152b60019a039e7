//! What every operation of the API promises, added to the document the handlers describe, so
//! that it holds for every service's operations without each repeating it: a unique
//! `operationId`, the bearer scheme, and the problems any operation of its kind can answer
//! (a body that is not JSON, too large, of the wrong type or with wrong fields; a missing or
//! expired token). CI checks the result with `openapi-spec-validator` and Schemathesis.

use serde_json::{Value, json};

const METHODS: [&str; 5] = ["get", "put", "post", "delete", "patch"];

/// The document as served: the handlers' description, completed.
pub fn complete(document: Value) -> Value {
    let mut document = document;
    document["components"]["securitySchemes"]["bearer"] = json!({
        "type": "http",
        "scheme": "bearer",
        "description": "A token from `POST /api/v1/auth/token` then `/api/v1/auth/token/confirm`."
    });
    let Some(paths) = document["paths"].as_object_mut() else {
        return document;
    };
    for (path, item) in paths.iter_mut() {
        for method in METHODS {
            let Some(operation) = item.get_mut(method) else {
                continue;
            };
            operation["operationId"] = Value::from(operation_id(method, path));
            let (body, secured) = (
                operation_has(operation, "requestBody"),
                operation_has(operation, "security"),
            );
            let responses = &mut operation["responses"];
            if body {
                add(responses, "400", "The body is not JSON");
                add(responses, "413", "The body is larger than 256 KB");
                add(responses, "415", "The body is not sent as JSON");
                add(
                    responses,
                    "422",
                    "Fields to fix, each named with its message",
                );
            }
            if secured {
                add(responses, "401", "No token, or one that no longer works");
            }
        }
    }
    document
}

fn operation_has(operation: &Value, field: &str) -> bool {
    operation.get(field).is_some_and(|v| !v.is_null())
}

/// `post /api/v1/auth/token/confirm` -> `postAuthTokenConfirm`; `{code}` -> `ByCode`.
fn operation_id(method: &str, path: &str) -> String {
    let mut id = method.to_string();
    for segment in path.trim_start_matches("/api/v1").split(['/', '-']) {
        let (by, word) = match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => ("By", name),
            None => ("", segment),
        };
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            id.push_str(by);
            id.extend(first.to_uppercase());
            id.push_str(chars.as_str());
        }
    }
    id
}

/// A problem response, unless the operation describes that status itself.
fn add(responses: &mut Value, status: &str, description: &str) {
    if responses.get(status).is_some() {
        return;
    }
    responses[status] = json!({
        "description": description,
        "content": {
            "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } }
        }
    });
}

/// What the completed document still lacks: an operation whose success has a body without a
/// schema, or two operations with one id. Empty when it keeps its contract.
pub fn problems(document: &Value) -> Vec<String> {
    let mut out = vec![];
    let mut ids = std::collections::BTreeSet::new();
    for (path, item) in document["paths"].as_object().into_iter().flatten() {
        for method in METHODS {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let id = operation["operationId"].as_str().unwrap_or_default();
            if !ids.insert(id.to_string()) {
                out.push(format!("{method} {path}: operationId {id} twice"));
            }
            for (status, response) in operation["responses"].as_object().into_iter().flatten() {
                let body = status.starts_with('2') && status != "204";
                let schema = response["content"].as_object().is_some_and(|c| {
                    !c.is_empty() && c.values().all(|m| m.get("schema").is_some())
                });
                if body && !schema {
                    out.push(format!("{method} {path}: {status} has no schema"));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_ids_name_the_method_and_the_path() {
        assert_eq!(operation_id("get", "/api/v1/ports"), "getPorts");
        assert_eq!(
            operation_id("get", "/api/v1/ports/{code}"),
            "getPortsByCode"
        );
        assert_eq!(
            operation_id("post", "/api/v1/auth/token/confirm"),
            "postAuthTokenConfirm"
        );
        assert_eq!(operation_id("get", "/api/v1/wait-times"), "getWaitTimes");
    }

    #[test]
    fn a_body_without_a_schema_and_a_repeated_id_are_problems() {
        let document = json!({ "paths": {
            "/a": { "get": { "operationId": "x", "responses": { "200": { "description": "" } } } },
            "/b": { "get": { "operationId": "x", "responses": { "204": { "description": "" } } } },
        }});
        assert_eq!(
            problems(&document),
            ["get /a: 200 has no schema", "get /b: operationId x twice"]
        );
    }
}
