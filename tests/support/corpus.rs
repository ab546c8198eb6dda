//! The shared evaluation corpora (`../shared/corpus`): which pages count, what each one
//! expects, and how plainview is run on a page. Shared by the quality gate and the bench.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// `../shared` beside the crate root; absent on machines without the evaluation data.
pub fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
}

/// Whether the evaluation data must be present: on CI (env `CI` set to `true` or `1`) a
/// missing corpus fails the run instead of skipping it.
pub fn required() -> bool {
    std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// What a page's ground truth says a correct extraction contains.
pub enum Truth {
    /// The full expected article text (scored with 4-word shingles).
    Text(String),
    /// Snippets that must (`with`) and must not (`without`) appear in the extraction.
    Snippets {
        with: Vec<String>,
        without: Vec<String>,
    },
    /// The page carries no usable ground truth; it is counted but not scored.
    Unscored,
}

/// One corpus page with its HTML loaded into memory.
pub struct Page {
    pub id: String,
    /// The document URL from the page's json; `None` when absent or empty (`dragnet-train`
    /// has none).
    pub url: Option<String>,
    pub html: String,
    pub truth: Truth,
}

/// One corpus directory, pages in `score.py`'s order (sorted by `<id>.json`).
pub struct Corpus {
    pub name: String,
    pub pages: Vec<Page>,
}

/// Loads a corpus with `score.py`'s selection rule: every `<id>.json` whose name does not
/// start with `_` and that has `<id>.html` beside it.
pub fn load(dir: &Path) -> Result<Corpus, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut ids: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_owned))
        .filter(|id| !id.starts_with('_') && dir.join(format!("{id}.html")).is_file())
        .collect();
    // score.py sorts by file name: "a-b.json" comes before "a.json".
    ids.sort_by(|a, b| format!("{a}.json").cmp(&format!("{b}.json")));
    let mut pages = Vec::with_capacity(ids.len());
    for id in ids {
        let json_path = dir.join(format!("{id}.json"));
        let json_text = std::fs::read_to_string(&json_path)
            .map_err(|e| format!("{}: {e}", json_path.display()))?;
        let meta: serde_json::Value = serde_json::from_str(&json_text)
            .map_err(|e| format!("{}: {e}", json_path.display()))?;
        let html_path = dir.join(format!("{id}.html"));
        let html_bytes =
            std::fs::read(&html_path).map_err(|e| format!("{}: {e}", html_path.display()))?;
        pages.push(Page {
            url: meta
                .get("url")
                .and_then(|v| v.as_str())
                .filter(|u| !u.trim().is_empty())
                .map(str::to_owned),
            html: String::from_utf8_lossy(&html_bytes).into_owned(),
            truth: truth_of(&meta),
            id,
        });
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Corpus { name, pages })
}

/// `score.py`: a page is text-scored when `gt_type` is "text" (the default) and `text` is
/// present, snippet-scored when `gt_type` is "snippets".
fn truth_of(meta: &serde_json::Value) -> Truth {
    let gt_type = meta
        .get("gt_type")
        .and_then(|v| v.as_str())
        .unwrap_or("text");
    let strings = |key: &str| -> Vec<String> {
        meta.get(key)
            .and_then(|v| v.as_array())
            .map(|items| {
                items
                    .iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    match (gt_type, meta.get("text").and_then(|v| v.as_str())) {
        ("text", Some(text)) => Truth::Text(text.to_owned()),
        ("snippets", _) => Truth::Snippets {
            with: strings("with"),
            without: strings("without"),
        },
        _ => Truth::Unscored,
    }
}

/// What running an extractor on one page gave.
pub enum Outcome {
    /// The extracted plain text.
    Text(String),
    /// The extractor returned an error (its code or message).
    Failed(String),
    /// The extractor panicked (a bug: extraction must never panic).
    Panicked(String),
}

impl Outcome {
    /// Why the page gave no text (`None` when it did): the error code or the panic.
    pub fn failure(&self) -> Option<String> {
        match self {
            Outcome::Text(_) => None,
            Outcome::Failed(why) => Some(why.clone()),
            Outcome::Panicked(_) => Some("PANIC".to_owned()),
        }
    }

    /// The prediction to score: errors and panics count as an empty extraction.
    pub fn into_prediction(self) -> String {
        match self {
            Outcome::Text(text) => text,
            Outcome::Failed(_) | Outcome::Panicked(_) => String::new(),
        }
    }
}

/// Runs `f`, turning a panic into [`Outcome::Panicked`] so one bad page cannot stop a run.
pub fn guarded(f: impl FnOnce() -> Outcome) -> Outcome {
    match panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(outcome) => outcome,
        Err(payload) => Outcome::Panicked(
            payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_owned()),
        ),
    }
}

/// Runs `plainview::extract` on a page with the page's URL as base URL.
pub fn run_plainview(page: &Page) -> Outcome {
    guarded(|| {
        let options = plainview::Options {
            url: page.url.clone(),
            ..Default::default()
        };
        match plainview::extract(&page.html, &options) {
            Ok(article) => Outcome::Text(article.text),
            Err(e) => Outcome::Failed(e.code().to_owned()),
        }
    })
}
