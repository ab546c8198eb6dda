//! `is_probably_readable` agrees with Firefox reader view's `isProbablyReaderable` on the
//! moz corpus (its `readerable` field); skipped when `../shared` is absent.

use std::path::Path;

#[test]
fn agrees_with_reader_view_on_the_moz_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/moz");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} not found", dir.display());
        return;
    };
    let (mut agree, mut total, mut misses) = (0, 0, Vec::new());
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let (Ok(meta), Ok(html)) = (
            std::fs::read_to_string(&path),
            std::fs::read(path.with_extension("html")),
        ) else {
            continue;
        };
        let meta: serde_json::Value = serde_json::from_str(&meta).unwrap_or_default();
        let want = match &meta["readerable"] {
            serde_json::Value::Bool(b) => *b,
            serde_json::Value::String(s) => s == "True",
            _ => continue,
        };
        total += 1;
        if plainview::is_probably_readable(&String::from_utf8_lossy(&html)) == want {
            agree += 1;
        } else {
            misses.push(path.display().to_string());
        }
    }
    println!("is_probably_readable agrees on {agree}/{total} moz pages");
    assert!(total >= 100, "expected the moz corpus, found {total} pages");
    assert!(
        agree * 100 >= total * 97,
        "agreement {agree}/{total}; misses {misses:?}"
    );
}
