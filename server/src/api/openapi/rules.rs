//! The rules the server enforces on what it reads, stated in the API's description: the
//! JSON Schema keywords the derives cannot say (lengths, patterns, fields required only
//! with another's value). Each one is written from the constant the domain checks with,
//! so a rule and its description change together. What no schema can say is listed in
//! `docs/api.md` (a certificate listed twice, the check character of a Chinese unified
//! social credit code).
//!
//! Patterns use only what ECMA-262, Python's `re` and Rust's regex read alike: character
//! classes with `\uXXXX` escapes, no `\s` (each engine counts other characters as space).

use serde_json::{Value, json};

use app::api::{EligibilityRequest, SubmissionKey};
use app::domain::{BrandDescription, CHINA_NAMES, CertificateId, CompanyDetails, PersonName};

use crate::applications::MAX_ANSWER_CHARS;
use crate::inputs::MAX_NOTE_CHARS;
use crate::notify::endpoints::{MAX_SECRET_CHARS, MAX_URL_CHARS, MIN_SECRET_CHARS, URL_PATTERN};

/// Every character trimming removes (Unicode `White_Space`).
pub const SPACE: &str = r"\t\n\u000B\u000C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
/// The spaces that are not control characters: what may surround one-line text.
const LINE_SPACE: &str = r" \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
/// Control characters (Unicode `Cc`).
const CONTROL: &str = r"\u0000-\u001F\u007F-\u009F";

fn schema<'a>(doc: &'a mut Value, name: &str) -> &'a mut Value {
    &mut doc["components"]["schemas"][name]
}

/// One line, no control character.
fn one_line(max: usize) -> Value {
    json!({"type": ["string", "null"], "maxLength": max, "pattern": format!("^[^{CONTROL}]*$")})
}

/// One line with something in it besides spaces.
fn required_line(max: usize) -> Value {
    json!({
        "type": "string",
        "maxLength": max,
        "pattern": format!("^[^{CONTROL}]*[^{LINE_SPACE}{CONTROL}][^{CONTROL}]*$")
    })
}

/// Free text (a reason, an answer): anything but only spaces (and, as everywhere, no NUL).
fn required_text(max: usize) -> Value {
    json!({"type": "string", "maxLength": max, "pattern": format!("^[^\\u0000]*[^{SPACE}\\u0000][^\\u0000]*$")})
}

/// Any JSON without a NUL character, in its strings or its names: what an application may
/// carry besides its fields (ignored), since a NUL anywhere is refused at the door.
fn without_nul() -> Value {
    json!({
        "anyOf": [
            {"type": "string", "pattern": "^[^\\u0000]*$"},
            {"type": ["number", "boolean", "null"]},
            {"type": "array", "items": {"$ref": "#/components/schemas/WithoutNul"}},
            {"type": "object", "propertyNames": {"pattern": "^[^\\u0000]*$"},
             "additionalProperties": {"$ref": "#/components/schemas/WithoutNul"}}
        ]
    })
}

/// One line that, stripped of the spaces around it, matches `inner` (which holds no
/// control character).
fn trimmed(max: usize, inner: &str) -> Value {
    json!({"type": "string", "maxLength": max, "pattern": format!("^[{LINE_SPACE}]*(?:{inner})[{LINE_SPACE}]*$")})
}

/// A certificate ID: spaces anywhere are dropped; at most `max` of these characters remain.
fn certificate(min: usize, max: usize) -> String {
    format!("^[{SPACE}]*(?:[A-Za-z0-9_./-][{SPACE}]*){{{min},{max}}}$")
}

/// Matches `name` whatever the case of its ASCII letters (`eq_ignore_ascii_case`).
fn any_case(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            c if c.is_ascii_alphabetic() => format!("[{}{}]", c.to_ascii_lowercase(), c.to_ascii_uppercase()),
            '\'' | ' ' | '-' => c.to_string(),
            c if c.is_ascii() => format!("\\{c}"),
            c => c.to_string(),
        })
        .collect()
}

fn company(doc: &mut Value) {
    let max = CompanyDetails::MAX_CHARS;
    // Host labels as `company::website` reads them: ASCII letters, digits, `-`, `:`, and any
    // other character of the Basic Multilingual Plane that is neither space nor control.
    let host_char = concat!(
        r"A-Za-z0-9:\-\u00A1-\u167F\u1681-\u1FFF\u200B-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u2FFF",
        r"\u3001-\uFFFF"
    );
    let host = format!("[{host_char}][{host_char}.]*\\.[{host_char}.]*[{host_char}]");
    let rest = format!("[^{SPACE}{CONTROL}]");
    let website = format!("(?:https?://|(?!.*://))(?:{host})(?:[/?#]{rest}*)?");
    let no_at = format!("[^@{SPACE}{CONTROL}]");
    let no_at_dot = format!("[^@.{SPACE}{CONTROL}]");
    let email = format!("{no_at}+@{no_at_dot}{no_at}*\\.{no_at}*{no_at_dot}");
    let phone = r"[+ ().\-]*(?:[0-9][+ ().\-]*){5,20}";
    let registration = format!("(?:[A-Za-z0-9./\\-][{LINE_SPACE}]*){{3,}}");
    let company = schema(doc, "CompanyInput");
    company["required"] =
        json!(["legal_name", "registration_number", "country", "website", "contact_name", "email", "phone"]);
    let properties = &mut company["properties"];
    properties["legal_name"] = required_line(max.legal_name);
    properties["country"] = required_line(max.country);
    properties["contact_name"] = required_line(max.contact_name);
    properties["registration_number"] = trimmed(max.registration_number, &registration);
    properties["website"] = trimmed(max.website, &website);
    properties["email"] = trimmed(max.email, &email);
    properties["phone"] = trimmed(max.phone, phone);
    // A Chinese company's number is an 18-character unified social credit code (its check
    // character is verified too, which no pattern can say).
    let china = CHINA_NAMES.iter().map(|name| any_case(name)).collect::<Vec<_>>().join("|");
    let code = format!("^[{LINE_SPACE}]*(?:[0-9A-HJ-NP-RTUW-Ya-hj-np-rtuw-y][{LINE_SPACE}]*){{18}}$");
    company["if"] = json!({
        "properties": {"country": {"pattern": format!("^[{LINE_SPACE}]*(?:{china})[{LINE_SPACE}]*$")}},
        "required": ["country"]
    });
    company["then"] = json!({"properties": {"registration_number": {"pattern": code}}});
}

fn engineers(doc: &mut Value) {
    let engineer = schema(doc, "EngineerInput");
    engineer["properties"]["name"] = one_line(PersonName::MAX_CHARS);
    engineer["properties"]["certificate_id"] =
        json!({"type": ["string", "null"], "pattern": certificate(0, CertificateId::MAX_LEN)});
    // Only Automation engineers hold a Service or Usage certification.
    engineer["anyOf"] = json!([
        {"properties": {"track": {"const": "development"}, "certification": {"type": "null"}}, "required": ["track"]},
        {"properties": {"track": {"enum": ["automation", null]}}}
    ]);
}

/// A roster row of a submitted application: every part given (`SubmittedEngineer`, the
/// shape `EngineerInput` must have there).
fn submitted_engineer() -> Value {
    json!({
        "type": "object",
        "description": "One certified engineer of a submitted application: every part given, the certification for Automation engineers only.",
        "required": ["name", "certificate_id", "track"],
        "properties": {
            "name": required_line(PersonName::MAX_CHARS),
            "certificate_id": {"type": "string", "pattern": certificate(1, CertificateId::MAX_LEN)},
            "track": {"$ref": "#/components/schemas/Track"},
            "certification": {"oneOf": [{"$ref": "#/components/schemas/Certification"}, {"type": "null"}]},
            "lecturer": {"type": "boolean", "default": false}
        },
        "additionalProperties": false,
        "anyOf": [
            {"properties": {"track": {"const": "automation"}, "certification": {"$ref": "#/components/schemas/Certification"}},
             "required": ["certification"]},
            {"properties": {"track": {"const": "development"}, "certification": {"type": "null"}}}
        ]
    })
}

fn eligibility(doc: &mut Value) {
    let request = schema(doc, "EligibilityRequest");
    request["properties"]["engineers"]["maxItems"] = json!(EligibilityRequest::MAX_ENGINEERS);
    request["properties"]["brand_description"] = json!({
        "type": ["string", "null"],
        "maxLength": BrandDescription::MAX_CHARS,
        "pattern": r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"
    });
}

fn applications(doc: &mut Value) {
    let brand = doc["components"]["schemas"]["EligibilityRequest"]["properties"]["brand_description"].clone();
    let request = schema(doc, "ApplicationRequest");
    request["required"] = json!(["category", "company", "submission_key"]);
    let properties = &mut request["properties"];
    properties["category"] = json!({"$ref": "#/components/schemas/Category"});
    properties["company"] = json!({"$ref": "#/components/schemas/CompanyInput"});
    properties["brand_description"] = brand;
    properties["engineers"]["maxItems"] = json!(EligibilityRequest::MAX_ENGINEERS);
    properties["engineers"]["items"] = json!({"$ref": "#/components/schemas/SubmittedEngineer"});
    properties["submission_key"] = json!({
        "type": "string",
        "pattern": format!("^[{SPACE}]*[A-Za-z0-9_-]{{{},{}}}[{SPACE}]*$", SubmissionKey::MIN_LEN, SubmissionKey::MAX_LEN)
    });
    // The level is asked for Enterprise applications, and only for them.
    request["anyOf"] = json!([
        {"properties": {"category": {"const": "enterprise"}, "enterprise_level": {"$ref": "#/components/schemas/EnterpriseLevel"}},
         "required": ["enterprise_level"]},
        {"properties": {"category": {"enum": ["community", "education", "brand"]}, "enterprise_level": {"type": "null"}}}
    ]);
    // Other fields are read and ignored (a `status` or a `verdict` has no effect).
    request["propertyNames"] = json!({"pattern": "^[^\\u0000]*$"});
    request["additionalProperties"] = json!({"$ref": "#/components/schemas/WithoutNul"});
    // An application sent again keeps the key it was first sent with.
    let mut edited = request.clone();
    edited["required"] = json!(["category", "company"]);
    edited["description"] =
        json!("An application as edited for a resubmission: its submission key may be left out.");
    edited.as_object_mut().map(|e| e.remove("example"));
    doc["components"]["schemas"]["EditedApplication"] = edited;
    // A stored version is an application as it was accepted, without its key.
    schema(doc, "ApplicationVersion")["properties"]["application"] =
        json!({"$ref": "#/components/schemas/EditedApplication"});
    let resubmission = schema(doc, "ResubmissionRequest");
    resubmission["properties"]["application"] = json!({"$ref": "#/components/schemas/EditedApplication"});
    resubmission["properties"]["answer"] = required_text(MAX_ANSWER_CHARS);
}

fn decisions(doc: &mut Value) {
    let note = required_text(MAX_NOTE_CHARS);
    schema(doc, "DecisionRequest")["anyOf"] = json!([
        {"properties": {"decision": {"const": "approve"}, "category": {"const": "enterprise"},
                        "enterprise_level": {"$ref": "#/components/schemas/EnterpriseLevel"}},
         "required": ["category", "enterprise_level"]},
        {"properties": {"decision": {"const": "approve"}, "category": {"enum": ["community", "education", "brand"]},
                        "enterprise_level": {"type": "null"}},
         "required": ["category"]},
        {"properties": {"decision": {"const": "reject"}, "reason": note}, "required": ["reason"]},
        {"properties": {"decision": {"const": "request_info"}, "message": note}, "required": ["message"]}
    ]);
}

fn webhooks(doc: &mut Value) {
    let endpoint = schema(doc, "NewEndpoint");
    let properties = &mut endpoint["properties"];
    properties["url"] = json!({"type": "string", "maxLength": MAX_URL_CHARS, "pattern": URL_PATTERN});
    properties["secret"] = json!({
        "type": "string",
        "minLength": MIN_SECRET_CHARS,
        "maxLength": MAX_SECRET_CHARS,
        "pattern": format!("^[^{CONTROL}]*$")
    });
    properties["events"]["minItems"] = json!(1);
}

/// Text parameters hold no NUL (refused at the door, wherever it is).
fn parameters(doc: &mut Value) {
    let Some(paths) = doc["paths"].as_object_mut() else { return };
    let operations = paths.values_mut().filter_map(Value::as_object_mut).flat_map(|item| item.values_mut());
    for operation in operations.filter(|operation| operation.is_object()) {
        for parameter in operation.get_mut("parameters").and_then(Value::as_array_mut).into_iter().flatten() {
            if parameter["schema"]["type"] == "string" && parameter["schema"].get("pattern").is_none() {
                parameter["schema"]["pattern"] = json!("^[^\\u0000]*$");
            }
        }
    }
}

/// The queue's filters: a value of its list, or empty for none (as an HTML form sends it).
fn queue_parameters(doc: &mut Value) {
    let Some(parameters) = doc["paths"]["/api/v1/review/applications"]["get"]["parameters"].as_array_mut()
    else {
        return;
    };
    for parameter in parameters {
        let listed = parameter["schema"].get("$ref").cloned();
        if let Some(reference) = listed {
            parameter["schema"] = json!({"anyOf": [{"$ref": reference}, {"const": ""}]});
        }
    }
}

/// States every rule in `doc`, the API's description as utoipa made it.
pub fn state(doc: &mut Value) {
    company(doc);
    engineers(doc);
    eligibility(doc);
    applications(doc);
    decisions(doc);
    webhooks(doc);
    parameters(doc);
    queue_parameters(doc);
    doc["components"]["schemas"]["WithoutNul"] = without_nul();
    doc["components"]["schemas"]["SubmittedEngineer"] = submitted_engineer();
}
