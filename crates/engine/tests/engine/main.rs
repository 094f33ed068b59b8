//! The engine's integration tests, in one test binary (one link instead of one per file):
//! the hand-worked method cases, the property tests, the demo workspace, the simulation
//! features, the malformed-input corpus and the fuzzers' inputs. Shared helpers are in
//! [`support`].
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod cache;
mod demo;
mod fuzz_inputs;
mod malformed;
mod method;
#[cfg(not(target_arch = "wasm32"))]
mod properties;
mod simulate;
mod support;
