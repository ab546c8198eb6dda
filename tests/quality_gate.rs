//! Quality gate: extraction over `../shared/corpus` must not score below pinned floors.
//! Meaningful in release builds only (`cargo test --release --test quality_gate`); a debug
//! build skips it, as does a machine without `../shared` — except on CI (env `CI=true`),
//! where a missing corpus fails the gate.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/score.rs"]
mod score;

/// Lowest acceptable shingle F1 on `moz`. Raise it when quality rises (measured 0.993 at the time it was pinned).
const MOZ_F1_FLOOR: f64 = 0.99;
/// Lowest acceptable snippet F1 on `traf-dev`. Raise it when quality rises (measured 0.941 at the time it was pinned).
const TRAF_F1_FLOOR: f64 = 0.935;
/// Lowest acceptable shingle F1 on `dragnet-train`. Raise it when quality rises (measured 0.854 at the time it was pinned).
const DRAGNET_F1_FLOOR: f64 = 0.85;

#[test]
fn extraction_quality_stays_above_the_pinned_floors() {
    if cfg!(debug_assertions) {
        println!(
            "quality gate skipped: run it in release (cargo test --release --test quality_gate)"
        );
        return;
    }
    let gate_started = std::time::Instant::now();
    let corpus_dir = corpus::shared_dir().join("corpus");
    let mut failures = Vec::new();
    for (name, floor) in [
        ("moz", MOZ_F1_FLOOR),
        ("traf-dev", TRAF_F1_FLOOR),
        ("dragnet-train", DRAGNET_F1_FLOOR),
    ] {
        let dir = corpus_dir.join(name);
        if !dir.is_dir() {
            if corpus::required() {
                failures.push(format!(
                    "{name}: {} not found, and CI (env CI=true) requires it",
                    dir.display()
                ));
            } else {
                println!("quality gate: {name} skipped, {} not found", dir.display());
            }
            continue;
        }
        let corpus = match corpus::load(&dir) {
            Ok(corpus) => corpus,
            Err(e) => panic!("cannot load corpus {name}: {e}"),
        };
        let started = std::time::Instant::now();
        let mut panics = Vec::new();
        let mut failures_here = Vec::new();
        let predictions: Vec<String> = corpus
            .pages
            .iter()
            .map(|page| {
                let outcome = corpus::run_plainview(page);
                if let corpus::Outcome::Panicked(msg) = &outcome {
                    panics.push(format!("{}: {msg}", page.id));
                }
                failures_here.extend(outcome.failure());
                outcome.into_prediction()
            })
            .collect();
        let seconds = started.elapsed().as_secs_f64();
        let mut report = score::score(
            &corpus,
            &predictions,
            "plainview",
            score::DEFAULT_BOOTSTRAP,
            score::DEFAULT_WORST,
        );
        let pages = corpus.pages.len();
        report.timing = Some(score::Timing {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            pages_per_second: pages as f64 / seconds.max(f64::MIN_POSITIVE),
            extract_ms_mean: seconds * 1000.0 / pages.max(1) as f64,
            extract_seconds_total: seconds,
            errors: failures_here.len(),
            runner_wall_seconds: seconds,
        });
        report.print();
        println!(
            "  failed pages: {}",
            score::failure_summary(failures_here.iter().map(String::as_str))
        );
        println!("  F1 {:.4}, floor {floor:.4}", report.f1());
        println!("{}", report.to_json());
        if !panics.is_empty() {
            failures.push(format!(
                "{name}: extraction panicked on {}",
                panics.join("; ")
            ));
        }
        if report.f1() < floor {
            failures.push(format!(
                "{name}: F1 {:.4} is below the floor {floor:.4}",
                report.f1()
            ));
        }
    }
    println!(
        "quality gate: {:.1} s in all",
        gate_started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "quality gate failed:\n{}",
        failures.join("\n")
    );
}
