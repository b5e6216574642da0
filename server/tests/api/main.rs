//! The server over real HTTP: each test starts its own server on port 0 with a fresh
//! SQLite file, and talks to it as an outside tool or a browser would.

mod applications;
mod eligibility;
mod helpers;
mod language;
mod pages;
mod policy;
mod review;
mod review_pages;
mod server_functions;
mod storage;
