//! Fuzz target: `is_probably_readable` on arbitrary bytes. It runs on every page a reader
//! button is shown for, so it must never panic or hang whatever the page holds.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let _ = plainview::is_probably_readable(&html);
});
