//! Quality and speed benchmark over `../shared/corpus`: plainview scored exactly as
//! `../shared/eval/score.py` scores it, timed against dom_smoothie and a bare parse.
//!
//! `cargo bench --bench quality -- [--corpus moz|traf-dev|all] [--out DIR] [--no-peers] [--rounds N]`
//!
//! `--out DIR` writes `DIR/<corpus>/<id>.txt` (plainview's text, empty on error),
//! `_timing.json` and `_score.json` (this scorer's figures), and the same for
//! dom_smoothie under `DIR/dom_smoothie/<corpus>/`, so that
//! `python3 ../shared/eval/score.py ../shared/corpus/moz DIR/moz` can check the figures.

#[path = "../tests/support/corpus.rs"]
mod corpus;
#[path = "../tests/support/score.rs"]
mod score;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use corpus::{Corpus, Outcome, Page};
use score::{Report, Timing};

/// The corpora under `../shared/corpus`, in the order they are reported.
const CORPORA: [&str; 2] = ["moz", "traf-dev"];
/// The dom_smoothie release the peer figures come from (see Cargo.toml).
const DOM_SMOOTHIE_VERSION: &str = "0.19";
/// Timed rounds per system when `--rounds` is not given; figures are medians over rounds.
const DEFAULT_ROUNDS: usize = 3;
/// Slowest plainview pages listed per corpus.
const SLOWEST_SHOWN: usize = 5;
/// Speed targets printed beside the measured ratios.
const TARGET_SPEED_VS_PEER: f64 = 1.0;
const TARGET_EXTRACT_OVER_PARSE: f64 = 2.0;
const USAGE: &str = "usage: cargo bench --bench quality -- [--corpus moz|traf-dev|all] [--out DIR] [--no-peers] [--rounds N]";

struct Args {
    corpora: Vec<String>,
    out: Option<PathBuf>,
    peers: bool,
    rounds: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        corpora: CORPORA.iter().map(|s| s.to_string()).collect(),
        out: None,
        peers: true,
        rounds: DEFAULT_ROUNDS,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            // cargo bench passes --bench to every bench binary.
            "--bench" => {}
            "--corpus" => match it.next().as_deref() {
                Some("all") => {}
                Some(name) if CORPORA.contains(&name) => args.corpora = vec![name.into()],
                other => return Err(format!("unknown corpus {other:?}")),
            },
            "--out" => args.out = Some(it.next().ok_or("--out needs a directory")?.into()),
            "--no-peers" => args.peers = false,
            "--rounds" => {
                args.rounds = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n: &usize| n > 0)
                    .ok_or("--rounds needs a positive number")?
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

/// One system's run over a corpus: predictions from the first round, time of every round.
struct Run {
    predictions: Vec<String>,
    /// Why each failed page failed (first round).
    failures: Vec<String>,
    round_totals: Vec<Duration>,
    page_times: Vec<Duration>,
}

impl Run {
    fn median(&self) -> Duration {
        let mut totals = self.round_totals.clone();
        totals.sort();
        totals[totals.len() / 2]
    }

    fn pages_per_second(&self, pages: usize) -> f64 {
        pages as f64 / self.median().as_secs_f64().max(f64::MIN_POSITIVE)
    }

    fn timing(&self, pages: usize, version: &str) -> Timing {
        let total = self.median().as_secs_f64();
        Timing {
            version: version.to_owned(),
            pages_per_second: self.pages_per_second(pages),
            extract_ms_mean: total * 1000.0 / pages.max(1) as f64,
            extract_seconds_total: total,
            errors: self.failures.len(),
            runner_wall_seconds: total,
        }
    }
}

/// Runs `system` over every page `rounds` times, timing each call.
fn run(label: &str, pages: &[Page], rounds: usize, system: impl Fn(&Page) -> Outcome) -> Run {
    let mut result = Run {
        predictions: Vec::new(),
        failures: Vec::new(),
        round_totals: Vec::new(),
        page_times: vec![Duration::ZERO; pages.len()],
    };
    for round in 0..rounds {
        let mut total = Duration::ZERO;
        for (i, page) in pages.iter().enumerate() {
            let start = Instant::now();
            let outcome = system(page);
            let elapsed = start.elapsed();
            total += elapsed;
            result.page_times[i] = result.page_times[i].max(elapsed);
            if round == 0 {
                if let Outcome::Panicked(msg) = &outcome {
                    eprintln!("{label}: PANIC on page {}: {msg}", page.id);
                }
                result.failures.extend(outcome.failure());
                result.predictions.push(outcome.into_prediction());
            }
        }
        result.round_totals.push(total);
    }
    result
}

/// dom_smoothie on one page. It refuses document URLs that are not absolute (`traf-dev`
/// has a dozen, such as `hard::<id>.html`, which plainview takes as given); those pages run
/// again without a URL, as a caller would, so both systems do the work on every page.
fn run_dom_smoothie(page: &Page) -> Outcome {
    corpus::guarded(|| {
        let run = |url: Option<&str>| {
            dom_smoothie::Readability::new(page.html.as_str(), url, None)
                .and_then(|mut r| r.parse())
        };
        let parsed = match run(page.url.as_deref()) {
            Err(_) if page.url.is_some() => run(None),
            other => other,
        };
        match parsed {
            Ok(article) => Outcome::Text(article.text_content.to_string()),
            Err(e) => Outcome::Failed(e.to_string()),
        }
    })
}

fn run_bare_parse(page: &Page) -> Outcome {
    std::hint::black_box(scraper::Html::parse_document(&page.html));
    Outcome::Text(String::new())
}

fn write_predictions(
    dir: &Path,
    corpus: &Corpus,
    run: &Run,
    report: &Report,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (page, pred) in corpus.pages.iter().zip(&run.predictions) {
        std::fs::write(dir.join(format!("{}.txt", page.id)), pred)?;
    }
    if let Some(timing) = &report.timing {
        let text = serde_json::to_string_pretty(&timing.to_json()).unwrap_or_default();
        std::fs::write(dir.join("_timing.json"), text)?;
    }
    let text = serde_json::to_string_pretty(&report.to_json()).unwrap_or_default();
    std::fs::write(dir.join("_score.json"), text)
}

fn bench_corpus(name: &str, args: &Args) -> Result<(), String> {
    let dir = corpus::shared_dir().join("corpus").join(name);
    let corpus = corpus::load(&dir)?;
    let n = corpus.pages.len();
    let bytes: usize = corpus.pages.iter().map(|p| p.html.len()).sum();
    println!(
        "\n#### {name}: {n} pages, {:.1} MB of HTML, {} timed rounds",
        bytes as f64 / 1e6,
        args.rounds
    );

    let plainview = run(
        "plainview",
        &corpus.pages,
        args.rounds,
        corpus::run_plainview,
    );
    let mut report = score::score(
        &corpus,
        &plainview.predictions,
        "plainview",
        score::DEFAULT_BOOTSTRAP,
        score::DEFAULT_WORST,
    );
    report.timing = Some(plainview.timing(n, env!("CARGO_PKG_VERSION")));
    report.print();
    println!(
        "  failed pages: {}",
        score::failure_summary(plainview.failures.iter().map(String::as_str))
    );
    println!("{}", report.to_json());

    let mut slowest: Vec<(Duration, &str)> = plainview
        .page_times
        .iter()
        .zip(&corpus.pages)
        .map(|(t, p)| (*t, p.id.as_str()))
        .collect();
    slowest.sort_by_key(|&(t, _)| std::cmp::Reverse(t));
    println!("  slowest pages (plainview, worst round):");
    for (t, id) in slowest.iter().take(SLOWEST_SHOWN) {
        println!("    {id:<40} {:.1} ms", t.as_secs_f64() * 1000.0);
    }

    if let Some(out) = &args.out {
        write_predictions(&out.join(name), &corpus, &plainview, &report)
            .map_err(|e| format!("writing predictions: {e}"))?;
    }

    let parse = run("parse", &corpus.pages, args.rounds, run_bare_parse);
    let pv_pps = plainview.pages_per_second(n);
    let parse_pps = parse.pages_per_second(n);
    let over_parse = plainview.median().as_secs_f64() / parse.median().as_secs_f64().max(1e-12);

    let mut peer = None;
    if args.peers {
        let smoothie = run("dom_smoothie", &corpus.pages, args.rounds, run_dom_smoothie);
        let mut peer_report = score::score(
            &corpus,
            &smoothie.predictions,
            "dom_smoothie",
            score::DEFAULT_BOOTSTRAP,
            score::DEFAULT_WORST,
        );
        peer_report.timing = Some(smoothie.timing(n, DOM_SMOOTHIE_VERSION));
        peer_report.print();
        println!(
            "  failed pages: {}",
            score::failure_summary(smoothie.failures.iter().map(String::as_str))
        );
        println!("{}", peer_report.to_json());
        if let Some(out) = &args.out {
            write_predictions(
                &out.join("dom_smoothie").join(name),
                &corpus,
                &smoothie,
                &peer_report,
            )
            .map_err(|e| format!("writing predictions: {e}"))?;
        }
        peer = Some((smoothie.pages_per_second(n), peer_report.f1()));
    }

    println!(
        "  summary on {name} (speed: median of {} rounds):",
        args.rounds
    );
    println!("    plainview F1   {:>8.3}", report.f1());
    if let Some((_, peer_f1)) = peer {
        println!("    dom_smoothie F1 {peer_f1:>7.3}");
    }
    println!("    plainview      {pv_pps:>8.1} pages/s");
    if let Some((peer_pps, _)) = peer {
        println!("    dom_smoothie   {peer_pps:>8.1} pages/s");
        println!(
            "    plainview / dom_smoothie speed  {:.2}x  (target >= {TARGET_SPEED_VS_PEER:.1}x)",
            pv_pps / peer_pps.max(f64::MIN_POSITIVE)
        );
    }
    println!("    bare parse     {parse_pps:>8.1} pages/s");
    println!(
        "    extraction time / bare parse time  {over_parse:.2}x  (target <= {TARGET_EXTRACT_OVER_PARSE:.1}x)"
    );
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    if !corpus::shared_dir().join("corpus").is_dir() {
        println!(
            "skipped: {} not found (the evaluation corpora live beside the repository)",
            corpus::shared_dir().join("corpus").display()
        );
        return ExitCode::SUCCESS;
    }
    if cfg!(debug_assertions) {
        println!("note: debug build; speed figures are meaningless (use cargo bench)");
    }
    for name in &args.corpora {
        if let Err(e) = bench_corpus(name, &args) {
            eprintln!("{name}: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
