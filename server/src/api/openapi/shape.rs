//! The one shape the API's description states that serde does not check: serde reads a JSON
//! array into a struct (`[null, null]` as an eligibility request, `"declarations": [true]`),
//! so a body is also walked along its schema, and an array where an object belongs is
//! refused as a field of the wrong type.

use serde_json::Value;

/// The path (`engineers[0]`, or empty for the body) of the first array that stands where
/// `schema` asks for an object, in `value`; `doc` resolves the schema's references.
pub fn array_in_place_of_object(doc: &Value, schema: &Value, value: &Value) -> Option<String> {
    walk(doc, schema, value, String::new())
}

fn walk(doc: &Value, schema: &Value, value: &Value, path: String) -> Option<String> {
    let schema = resolve(doc, schema);
    match value {
        Value::Array(items) => {
            if let Some(items_schema) = array_items(doc, schema) {
                return items
                    .iter()
                    .enumerate()
                    .find_map(|(i, item)| walk(doc, items_schema, item, format!("{path}[{i}]")));
            }
            expects_object(doc, schema).then_some(path)
        }
        Value::Object(fields) => fields.iter().find_map(|(name, field)| {
            let field_schema = property(doc, schema, name)?;
            let at = if path.is_empty() { name.clone() } else { format!("{path}.{name}") };
            walk(doc, field_schema, field, at)
        }),
        _ => None,
    }
}

fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => doc.pointer(pointer).unwrap_or(schema),
        None => schema,
    }
}

/// The schema and those it is made of (`allOf`, `oneOf`, `anyOf`), references resolved.
fn parts<'a>(doc: &'a Value, schema: &'a Value) -> Vec<&'a Value> {
    let mut found = vec![schema];
    for combinator in ["allOf", "oneOf", "anyOf"] {
        for part in schema.get(combinator).and_then(Value::as_array).into_iter().flatten() {
            found.extend(parts(doc, resolve(doc, part)));
        }
    }
    found
}

fn has_type(schema: &Value, wanted: &str) -> bool {
    match schema.get("type") {
        Some(Value::String(one)) => one == wanted,
        Some(Value::Array(many)) => many.iter().any(|t| t == wanted),
        _ => false,
    }
}

fn array_items<'a>(doc: &'a Value, schema: &'a Value) -> Option<&'a Value> {
    parts(doc, schema).into_iter().find(|part| has_type(part, "array")).and_then(|part| part.get("items"))
}

fn expects_object(doc: &Value, schema: &Value) -> bool {
    parts(doc, schema).into_iter().any(|part| has_type(part, "object") || part.get("properties").is_some())
}

fn property<'a>(doc: &'a Value, schema: &'a Value, name: &str) -> Option<&'a Value> {
    parts(doc, schema).into_iter().find_map(|part| part.get("properties")?.get(name))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::array_in_place_of_object;

    #[test]
    fn an_array_is_refused_where_an_object_belongs_and_read_where_a_list_does() {
        let doc = json!({"components": {"schemas": {
            "Row": {"type": "object", "properties": {"name": {"type": ["string", "null"]}}},
            "Body": {"type": "object", "properties": {
                "rows": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}},
                "ticks": {"oneOf": [{"$ref": "#/components/schemas/Row"}, {"type": "null"}]}
            }}
        }}});
        let body = json!({"$ref": "#/components/schemas/Body"});
        let check = |value| array_in_place_of_object(&doc, &body, &value);
        assert_eq!(check(json!([null, null])), Some(String::new()));
        assert_eq!(check(json!({"rows": [{"name": "a"}, [1]]})), Some("rows[1]".to_owned()));
        assert_eq!(check(json!({"ticks": [true]})), Some("ticks".to_owned()));
        assert_eq!(check(json!({"rows": [{"name": "a"}], "ticks": null})), None);
    }
}
