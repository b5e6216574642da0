//! The server over real HTTP: each test starts its own server on port 0 with a fresh
//! SQLite file, and talks to it as an outside tool or a browser would.

mod access;
mod applications;
mod assets;
mod binary;
mod console_language;
mod eligibility;
mod email;
mod fuzz;
mod hardening;
mod helpers;
mod integrations_page;
mod language;
mod limits;
mod logs;
mod openapi;
mod page_cache;
mod pages;
mod partner_support;
mod partners_audits;
mod partners_lifecycle;
mod partners_roster;
mod policy;
mod reliability;
mod review_decisions;
mod review_pages;
mod review_sessions;
mod scale_out;
mod server_functions;
mod shared_identities;
mod smtp_sink;
mod staff;
mod staff_accounts;
mod storage;
mod versions;
mod webhooks;
