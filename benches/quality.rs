//! Quality and speed benchmark over `../shared/corpus`: plainview scored exactly as
//! `../shared/eval/score.py` scores it, per corpus and per site-grouped fold, timed against
//! dom_smoothie and a bare parse, and compared page by page with a baseline run.
//!
//! `cargo bench --bench quality -- [--corpus NAME|all] [--out DIR] [--baseline DIR]
//! [--tuned-on F,F] [--worst N] [--no-peers] [--rounds N]`
//!
//! `--out DIR` writes `DIR/<corpus>/<id>.txt` (plainview's text, empty on error),
//! `_timing.json`, `_score.json` (this scorer's figures) and `_sites.json` (each page's
//! site and fold), and the same (without `_sites.json`) for
//! dom_smoothie under `DIR/dom_smoothie/<corpus>/`, so that
//! `python3 ../shared/eval/score.py ../shared/corpus/moz DIR/moz` can check the figures.
//!
//! `--baseline DIR` reads the predictions of an earlier `--out DIR` run (any
//! `<corpus>/<id>.txt` or `.json` tree: `DIR/dom_smoothie` works too) and prints, per corpus
//! and per fold, the F1 delta with its noise, the verdict, and the pages that got worse.
//! `--tuned-on F,F` names the folds looked at while tuning: the verdict is then judged on
//! the other folds, and `--worst` lists pages of the tuned folds only.
//! `--worst N` lists the N worst pages per corpus with a failure kind, for the error
//! taxonomy.

#[path = "../tests/support/corpus.rs"]
mod corpus;
#[path = "../tests/support/folds.rs"]
mod folds;
#[path = "../tests/support/score.rs"]
mod score;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use corpus::{Corpus, Outcome, Page, Truth};
use folds::{Delta, Folds, K};
use score::{PageDetail, PageScore, Report, Timing};

/// The corpora under `../shared/corpus`, in the order they are reported.
const CORPORA: [&str; 3] = ["moz", "traf-dev", "dragnet-train"];
/// The dom_smoothie release the peer figures come from (see Cargo.toml).
const DOM_SMOOTHIE_VERSION: &str = "0.19";
/// Timed rounds per system when `--rounds` is not given; figures are medians over rounds.
const DEFAULT_ROUNDS: usize = 3;
/// Slowest plainview pages listed per corpus.
const SLOWEST_SHOWN: usize = 5;
/// Pages that got better against the baseline listed per corpus (all worse ones are).
const BETTER_SHOWN: usize = 15;
/// Characters of a snippet or a title shown in a page list.
const SHOWN_CHARS: usize = 70;
/// Speed targets printed beside the measured ratios.
const TARGET_SPEED_VS_PEER: f64 = 1.0;
const TARGET_EXTRACT_OVER_PARSE: f64 = 2.0;
/// Failure kinds of the `--worst` list: below this page precision and recall both, the
/// extraction holds the wrong content rather than too much or too little of the right one.
const WRONG_CONTENT_BELOW: f64 = 0.5;
/// A full-text gold of at least this many tokens, more than this share of them one
/// character long, is flagged as probably mis-decoded (it cannot be matched).
const SUSPECT_GOLD_MIN_TOKENS: usize = 20;
const SUSPECT_GOLD_SHORT_SHARE: f64 = 0.5;
/// The acceptance rule (README, "Quality and speed"): a change must help on at least this
/// many corpora, and on each corpus it helps, on more than half of the judged folds.
const ACCEPT_MIN_CORPORA_HELPED: usize = 2;
const USAGE: &str = "usage: cargo bench --bench quality -- [--corpus moz|traf-dev|dragnet-train|all] [--out DIR] [--baseline DIR] [--tuned-on F,F] [--worst N] [--no-peers] [--rounds N]";

struct Args {
    corpora: Vec<String>,
    out: Option<PathBuf>,
    baseline: Option<PathBuf>,
    tuned_on: Vec<usize>,
    worst: usize,
    peers: bool,
    rounds: usize,
}

impl Args {
    /// The folds a verdict is judged on: those not tuned on (all when none are named).
    fn judged_folds(&self) -> Vec<usize> {
        (0..K).filter(|f| !self.tuned_on.contains(f)).collect()
    }
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        corpora: CORPORA.iter().map(|s| s.to_string()).collect(),
        out: None,
        baseline: None,
        tuned_on: Vec::new(),
        worst: 0,
        peers: true,
        rounds: DEFAULT_ROUNDS,
    };
    let positive = |v: Option<String>, what: &str| {
        v.and_then(|n| n.parse().ok())
            .filter(|&n: &usize| n > 0)
            .ok_or(format!("{what} needs a positive number"))
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
            "--baseline" => {
                args.baseline = Some(it.next().ok_or("--baseline needs a directory")?.into())
            }
            "--tuned-on" => {
                let list = it.next().ok_or("--tuned-on needs fold numbers, as 0,1")?;
                args.tuned_on = list
                    .split(',')
                    .map(|f| f.trim().parse().ok().filter(|&f: &usize| f < K))
                    .collect::<Option<Vec<_>>>()
                    .ok_or(format!("--tuned-on: folds are 0 to {}", K - 1))?;
                if args.tuned_on.len() >= K {
                    return Err("--tuned-on must leave at least one fold out".into());
                }
            }
            "--worst" => args.worst = positive(it.next(), "--worst")?,
            "--no-peers" => args.peers = false,
            "--rounds" => args.rounds = positive(it.next(), "--rounds")?,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

/// One system's run over a corpus: predictions from the first round, time of every round.
struct Run {
    predictions: Vec<String>,
    /// Why each page failed, if it did (first round).
    failures: Vec<Option<String>>,
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

    fn failure_reasons(&self) -> impl Iterator<Item = &str> {
        self.failures.iter().flatten().map(String::as_str)
    }

    fn timing(&self, pages: usize, version: &str) -> Timing {
        let total = self.median().as_secs_f64();
        Timing {
            version: version.to_owned(),
            pages_per_second: self.pages_per_second(pages),
            extract_ms_mean: total * 1000.0 / pages.max(1) as f64,
            extract_seconds_total: total,
            errors: self.failure_reasons().count(),
            runner_wall_seconds: total,
        }
    }
}

/// A system under test: its label and how it runs on a page.
type System = (&'static str, fn(&Page) -> Outcome);

/// Runs every system over every page `rounds` times, timing each call. The systems take
/// turns page by page, in an order that rotates from page to page, so that a change in
/// the machine's load during the run slows them all alike and the speed ratios stay
/// meaningful on a shared machine.
fn run_interleaved(systems: &[System], pages: &[Page], rounds: usize) -> Vec<Run> {
    let mut results: Vec<Run> = systems
        .iter()
        .map(|_| Run {
            predictions: Vec::with_capacity(pages.len()),
            failures: Vec::with_capacity(pages.len()),
            round_totals: Vec::new(),
            page_times: vec![Duration::ZERO; pages.len()],
        })
        .collect();
    for round in 0..rounds {
        let mut totals = vec![Duration::ZERO; systems.len()];
        for (i, page) in pages.iter().enumerate() {
            for turn in 0..systems.len() {
                let k = (turn + i + round) % systems.len();
                let (label, system) = systems[k];
                let start = Instant::now();
                let outcome = system(page);
                let elapsed = start.elapsed();
                totals[k] += elapsed;
                let result = &mut results[k];
                result.page_times[i] = result.page_times[i].max(elapsed);
                if round == 0 {
                    if let Outcome::Panicked(msg) = &outcome {
                        eprintln!("{label}: PANIC on page {}: {msg}", page.id);
                    }
                    result.failures.push(outcome.failure());
                    result.predictions.push(outcome.into_prediction());
                }
            }
        }
        for (result, total) in results.iter_mut().zip(totals) {
            result.round_totals.push(total);
        }
    }
    results
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

/// Each page's site, where it was read from, and fold, as `{id: {site, source, fold}}`,
/// so that other tools can group pages the same way.
fn write_sites(path: &Path, corpus: &Corpus, folds: &Folds) -> std::io::Result<()> {
    let sites: serde_json::Map<String, serde_json::Value> = corpus
        .pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let entry = serde_json::json!({
                "site": folds.site[i],
                "source": folds.source[i].label(),
                "fold": folds.fold[i],
            });
            (page.id.clone(), entry)
        })
        .collect();
    let text = serde_json::to_string_pretty(&serde_json::Value::Object(sites)).unwrap_or_default();
    std::fs::write(path, text)
}

/// Predictions read as `score.py` reads them: `<id>.txt`, else the `text` (or
/// `articleBody`, `textContent`) of `<id>.json`; a missing file is an empty extraction.
/// Returns the predictions and how many were missing.
fn read_predictions(dir: &Path, corpus: &Corpus) -> (Vec<String>, usize) {
    let mut missing = 0;
    let preds = corpus
        .pages
        .iter()
        .map(|page| {
            if let Ok(text) = std::fs::read(dir.join(format!("{}.txt", page.id))) {
                return String::from_utf8_lossy(&text).into_owned();
            }
            let json = std::fs::read_to_string(dir.join(format!("{}.json", page.id)))
                .ok()
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok());
            match json {
                Some(serde_json::Value::String(text)) => text,
                Some(value) => ["text", "articleBody", "textContent"]
                    .iter()
                    .find_map(|k| {
                        value
                            .get(k)
                            .and_then(|v| v.as_str())
                            .filter(|s| !s.is_empty())
                    })
                    .unwrap_or_default()
                    .to_owned(),
                None => {
                    missing += 1;
                    String::new()
                }
            }
        })
        .collect();
    (preds, missing)
}

/// The first `SHOWN_CHARS` characters of `text` on one line.
fn clip(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// The text of the page's `<title>`, on one line.
fn html_title(page: &Page) -> String {
    static TITLE: std::sync::OnceLock<scraper::Selector> = std::sync::OnceLock::new();
    let selector = TITLE.get_or_init(|| scraper::Selector::parse("title").expect("valid selector"));
    scraper::Html::parse_document(&page.html)
        .select(selector)
        .next()
        .map(|t| clip(&t.text().collect::<String>()))
        .unwrap_or_default()
}

fn fmt_opt(v: Option<f64>) -> String {
    v.map_or_else(|| "  -  ".to_owned(), |v| format!("{v:.3}"))
}

/// Whether a full-text gold looks mis-decoded (UTF-16 read as a single-byte encoding
/// gives "ÿþT h e   t e x t"): most of its tokens are one character long.
fn gold_suspect(truth: &Truth) -> bool {
    let Truth::Text(text) = truth else {
        return false;
    };
    let tokens = score::tokens(text);
    let short = tokens.iter().filter(|t| t.chars().nth(1).is_none()).count();
    tokens.len() >= SUSPECT_GOLD_MIN_TOKENS
        && short as f64 > SUSPECT_GOLD_SHORT_SHARE * tokens.len() as f64
}

/// What went wrong on a page, as far as the figures tell: a suspect gold, no article
/// (the extraction failed), empty, wrong content (precision and recall both low), low
/// precision (too much kept) or low recall (too little).
fn failure_kind(page: &PageScore, truth: &Truth, failure: Option<&str>) -> String {
    if gold_suspect(truth) {
        return "gold mis-decoded?".into();
    }
    if let Some(code) = failure {
        return format!("no article ({code})");
    }
    if page.empty {
        return "empty".into();
    }
    if page.f1 >= 1.0 {
        return "ok".into();
    }
    // An undefined recall means nothing was expected; an undefined precision, that nothing
    // that counts was kept: nothing wrong, and, when nothing right either, wrong content.
    let r = page.r.unwrap_or(1.0);
    let p = page.p.unwrap_or(if r > 0.0 { 1.0 } else { 0.0 });
    if p < WRONG_CONTENT_BELOW && r < WRONG_CONTENT_BELOW {
        "wrong content".into()
    } else if p < r {
        "low precision".into()
    } else if r < p {
        "low recall".into()
    } else {
        "low precision and recall".into()
    }
}

/// Per-fold figures of one system.
struct FoldFigures {
    prf: [[f64; 3]; K],
    pages: [usize; K],
}

impl FoldFigures {
    fn of(scores: &[PageScore], folds: &Folds) -> FoldFigures {
        let members = folds::members(scores, folds);
        FoldFigures {
            prf: std::array::from_fn(|f| folds::figures(members[f].iter().map(|&i| &scores[i]))),
            pages: std::array::from_fn(|f| members[f].len()),
        }
    }

    /// Mean, min and max of the F1 over the folds that hold pages.
    fn spread(&self) -> (f64, f64, f64) {
        let f1s: Vec<f64> = (0..K)
            .filter(|&f| self.pages[f] > 0)
            .map(|f| self.prf[f][2])
            .collect();
        let mean = f1s.iter().sum::<f64>() / f1s.len().max(1) as f64;
        let min = f1s.iter().copied().fold(f64::INFINITY, f64::min);
        let max = f1s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (mean, min, max)
    }
}

fn print_folds(
    name: &str,
    folds: &Folds,
    scores: &[PageScore],
    peer_scores: Option<&[PageScore]>,
    tuned_on: &[usize],
) {
    let ours = &FoldFigures::of(scores, folds);
    let peer_figures = peer_scores.map(|s| FoldFigures::of(s, folds));
    let peer = peer_figures.as_ref();
    let sources: Vec<String> = folds
        .source_counts()
        .iter()
        .map(|(s, n)| format!("{} {n}", s.label()))
        .collect();
    let sites = folds.sites_per_fold();
    println!(
        "  site folds on {name} (k={K}; site = host without www. of the json url, else of \
         <link rel=canonical>, og:url, <base>, else the most frequent host of absolute links, \
         else the page id; fold = FNV-1a(site) mod {K})"
    );
    println!(
        "    {} sites; pages by site source: {}",
        sites.iter().sum::<usize>(),
        sources.join(", ")
    );
    let peer_head = if peer.is_some() {
        "  dom_smoothie F1"
    } else {
        ""
    };
    println!("    fold  sites  pages  plainview F1 (P / R)   {peer_head}");
    for (f, (&[p, r, f1], (n_sites, n_pages))) in ours
        .prf
        .iter()
        .zip(sites.iter().zip(ours.pages))
        .enumerate()
    {
        let peer_f1 = peer.map_or(String::new(), |pf| format!("  {:.3}", pf.prf[f][2]));
        println!("    {f:>4}  {n_sites:>5}  {n_pages:>5}  {f1:.3} ({p:.3} / {r:.3})  {peer_f1}");
    }
    for (label, figures) in [("plainview", Some(ours)), ("dom_smoothie", peer)] {
        if let Some(figures) = figures {
            let (mean, min, max) = figures.spread();
            println!(
                "    {label:<12} fold F1 mean {mean:.3}  min {min:.3}  max {max:.3}  spread {:.3}",
                max - min
            );
        }
    }
    if !tuned_on.is_empty() {
        // The pages of a set of folds taken together, scored as one corpus.
        let f1_of = |scores: &[PageScore], set: &[usize]| {
            folds::figures(
                scores
                    .iter()
                    .filter(|p| folds.fold_of_page(&p.id).is_some_and(|f| set.contains(&f))),
            )[2]
        };
        let held_out: Vec<usize> = (0..K).filter(|f| !tuned_on.contains(f)).collect();
        for (label, set) in [("tuned folds", tuned_on), ("held-out folds", &held_out[..])] {
            let peer_f1 = peer_scores.map_or(String::new(), |p| {
                format!(", dom_smoothie {:.3}", f1_of(p, set))
            });
            println!(
                "    {label} {set:?} together: plainview F1 {:.3}{peer_f1}",
                f1_of(scores, set)
            );
        }
    }
}

/// What a comparison with the baseline concluded on one corpus.
struct Verdict {
    corpus: String,
    all: Delta,
    folds: Vec<(usize, Delta)>,
}

impl Verdict {
    fn judged<'a>(&'a self, judged: &'a [usize]) -> impl Iterator<Item = &'a Delta> + 'a {
        self.folds
            .iter()
            .filter(move |(f, _)| judged.contains(f))
            .map(|(_, d)| d)
    }

    /// "helps on N of 5 folds, hurts beyond noise on M" over the judged folds.
    fn sentence(&self, judged: &[usize]) -> String {
        let helps = self.judged(judged).filter(|d| d.helps()).count();
        let helps_clearly = self
            .judged(judged)
            .filter(|d| d.helps_beyond_noise())
            .count();
        let hurts = self
            .judged(judged)
            .filter(|d| d.hurts_beyond_noise())
            .count();
        format!(
            "helps on {helps} of {} folds ({helps_clearly} beyond noise), hurts beyond noise on {hurts}",
            self.judged(judged).count()
        )
    }
}

fn describe(d: &Delta) -> &'static str {
    if d.hurts_beyond_noise() {
        "HURTS beyond noise"
    } else if d.helps_beyond_noise() {
        "helps beyond noise"
    } else if d.helps() {
        "helps (within noise)"
    } else if d.delta() < 0.0 {
        "hurts (within noise)"
    } else {
        "no change"
    }
}

fn compare_with_baseline(
    base_dir: &Path,
    corpus: &Corpus,
    folds: &Folds,
    scores: &[PageScore],
    args: &Args,
) -> Option<Verdict> {
    let name = &corpus.name;
    let dir = base_dir.join(name);
    if !dir.is_dir() {
        println!(
            "  against baseline: {} not found, no comparison",
            dir.display()
        );
        return None;
    }
    let (preds, missing) = read_predictions(&dir, corpus);
    let base = score::page_scores(corpus, &preds);
    let judged = args.judged_folds();
    println!(
        "  against baseline {} ({} pages, {missing} predictions missing = empty); noise = 1σ \
         of a paired bootstrap over the pages, beyond noise = beyond {}σ:",
        dir.display(),
        corpus.pages.len(),
        folds::NOISE_SIGMAS
    );
    println!("    set                 pages  baseline     new    delta    noise");
    let all_idx: Vec<usize> = (0..scores.len()).collect();
    let all = folds::delta(&base, scores, &all_idx);
    let line = |label: String, n: usize, d: &Delta| {
        println!(
            "    {label:<18} {n:>6}  {:>8.4}  {:>6.4}  {:>+7.4}  ±{:.4}  {}",
            d.base,
            d.new,
            d.delta(),
            d.noise,
            describe(d)
        )
    };
    line("all".into(), all_idx.len(), &all);
    let members = folds::members(scores, folds);
    let mut fold_deltas = Vec::new();
    for (f, idx) in members.iter().enumerate() {
        let d = folds::delta(&base, scores, idx);
        let tuned = if args.tuned_on.contains(&f) {
            " (tuned on)"
        } else {
            ""
        };
        line(format!("fold {f}{tuned}"), idx.len(), &d);
        fold_deltas.push((f, d));
    }
    let verdict = Verdict {
        corpus: name.clone(),
        all,
        folds: fold_deltas,
    };
    let held_out = if args.tuned_on.is_empty() {
        String::new()
    } else {
        format!(" on the held-out folds {judged:?}")
    };
    println!(
        "    verdict {name}{held_out}: {} (all pages {:+.4} ± {:.4})",
        verdict.sentence(&judged),
        verdict.all.delta(),
        verdict.all.noise
    );

    let (worse, better) = folds::page_changes(corpus, folds, &base, scores);
    let rule = if matches!(
        scores.first().map(|s| &s.detail),
        Some(PageDetail::Snippets { .. })
    ) {
        "a `with` snippet lost or a `without` snippet let in".to_owned()
    } else {
        format!(
            "page shingle F1 down by more than {}",
            folds::PAGE_F1_CHANGE
        )
    };
    println!("    pages worse ({rule}): {}", worse.len());
    let show = |c: &folds::PageChange| {
        let (fold, site) = folds
            .index(&scores[c.index].id)
            .map_or((0, ""), |k| (folds.fold[k], folds.site[k].as_str()));
        println!(
            "      {:<32} fold {fold}  F1 {:.3} -> {:.3} ({:+.3})  {site}",
            scores[c.index].id,
            c.base_f1,
            c.new_f1,
            c.change()
        );
        for s in &c.lost_with {
            println!("          lost with:        \"{}\"", clip(s));
        }
        for s in &c.new_without {
            println!("          new without:      \"{}\"", clip(s));
        }
    };
    worse.iter().for_each(show);
    println!(
        "    pages better: {} (the {} most improved)",
        better.len(),
        BETTER_SHOWN.min(better.len())
    );
    better.iter().take(BETTER_SHOWN).for_each(show);
    Some(verdict)
}

fn print_worst(corpus: &Corpus, folds: &Folds, scores: &[PageScore], plainview: &Run, args: &Args) {
    let mut order: Vec<usize> = (0..scores.len())
        .filter(|&i| {
            args.tuned_on.is_empty()
                || folds
                    .fold_of_page(&scores[i].id)
                    .is_some_and(|f| args.tuned_on.contains(&f))
        })
        .collect();
    order.sort_by(|&a, &b| {
        scores[a]
            .f1
            .total_cmp(&scores[b].f1)
            .then_with(|| scores[a].id.cmp(&scores[b].id))
    });
    let only = if args.tuned_on.is_empty() {
        String::new()
    } else {
        format!(" in the tuned folds {:?}", args.tuned_on)
    };
    println!(
        "  worst {} pages of plainview on {}{only} (kind: gold mis-decoded? / no article / empty / wrong content = P and R < {WRONG_CONTENT_BELOW} / low precision / low recall):",
        args.worst.min(order.len()),
        corpus.name
    );
    println!(
        "    {:<32} fold     F1      P      R  {:<23}  size  site | title",
        "id", "kind"
    );
    for &i in order.iter().take(args.worst) {
        let s = &scores[i];
        let Some(k) = folds.index(&s.id) else {
            continue;
        };
        let page = &corpus.pages[k];
        let size = match &s.detail {
            PageDetail::Tokens { gt, pred, .. } => format!("tok {gt}/{pred}"),
            d @ PageDetail::Snippets { .. } => format!("tp/fp/fn {:?}", &d.snippet_counts()[..3]),
        };
        println!(
            "    {:<32} {:>4}  {:.3}  {}  {}  {:<23}  {size}  {} | {}",
            s.id,
            folds.fold[k],
            s.f1,
            fmt_opt(s.p),
            fmt_opt(s.r),
            failure_kind(s, &page.truth, plainview.failures[k].as_deref()),
            folds.site[k],
            html_title(page)
        );
    }
}

fn bench_corpus(name: &str, args: &Args) -> Result<Option<Verdict>, String> {
    let dir = corpus::shared_dir().join("corpus").join(name);
    let corpus = corpus::load(&dir)?;
    let n = corpus.pages.len();
    let bytes: usize = corpus.pages.iter().map(|p| p.html.len()).sum();
    println!(
        "\n#### {name}: {n} pages, {:.1} MB of HTML, {} timed rounds",
        bytes as f64 / 1e6,
        args.rounds
    );

    let mut systems: Vec<System> = vec![
        ("plainview", corpus::run_plainview),
        ("parse", run_bare_parse),
    ];
    if args.peers {
        systems.push(("dom_smoothie", run_dom_smoothie));
    }
    let mut runs = run_interleaved(&systems, &corpus.pages, args.rounds).into_iter();
    let (Some(plainview), Some(parse)) = (runs.next(), runs.next()) else {
        return Err("no run".into());
    };
    let smoothie = runs.next();
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
        score::failure_summary(plainview.failure_reasons())
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

    // The baseline is read before this run's predictions are written, in case both name
    // the same directory.
    let verdict_inputs = args.baseline.as_deref();
    if let Some(out) = &args.out {
        if verdict_inputs == Some(out.as_path()) {
            return Err("--out and --baseline name the same directory".into());
        }
        write_predictions(&out.join(name), &corpus, &plainview, &report)
            .map_err(|e| format!("writing predictions: {e}"))?;
    }

    let pv_pps = plainview.pages_per_second(n);
    let parse_pps = parse.pages_per_second(n);
    let over_parse = plainview.median().as_secs_f64() / parse.median().as_secs_f64().max(1e-12);

    let folds = Folds::of(&corpus);
    let scores = score::page_scores(&corpus, &plainview.predictions);
    let ours = FoldFigures::of(&scores, &folds);
    if let Some(out) = &args.out {
        write_sites(&out.join(name).join("_sites.json"), &corpus, &folds)
            .map_err(|e| format!("writing sites: {e}"))?;
    }

    let mut peer = None;
    if let Some(smoothie) = smoothie {
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
            score::failure_summary(smoothie.failure_reasons())
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
        let peer_scores = score::page_scores(&corpus, &smoothie.predictions);
        let peer_folds = FoldFigures::of(&peer_scores, &folds);
        peer = Some((
            smoothie.pages_per_second(n),
            peer_report.f1(),
            peer_folds,
            peer_scores,
        ));
    }

    print_folds(
        name,
        &folds,
        &scores,
        peer.as_ref().map(|p| &p.3[..]),
        &args.tuned_on,
    );

    println!(
        "  summary on {name} (speed: median of {} rounds, the systems taking turns page by page):",
        args.rounds
    );
    let (fold_mean, fold_min, fold_max) = ours.spread();
    println!(
        "    plainview F1   {:>8.3}   site folds: mean {fold_mean:.3}, min {fold_min:.3}, spread {:.3}",
        report.f1(),
        fold_max - fold_min
    );
    if let Some((_, peer_f1, peer_folds, _)) = &peer {
        let (mean, min, max) = peer_folds.spread();
        println!(
            "    dom_smoothie F1 {peer_f1:>7.3}   site folds: mean {mean:.3}, min {min:.3}, spread {:.3}",
            max - min
        );
    }
    println!("    plainview      {pv_pps:>8.1} pages/s");
    if let Some((peer_pps, ..)) = peer {
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

    let verdict =
        verdict_inputs.and_then(|base| compare_with_baseline(base, &corpus, &folds, &scores, args));
    if args.worst > 0 {
        print_worst(&corpus, &folds, &scores, &plainview, args);
    }
    Ok(verdict)
}

/// The verdicts side by side and the acceptance rule applied to them.
fn print_verdicts(base: &Path, verdicts: &[Verdict], args: &Args) {
    let judged = args.judged_folds();
    println!(
        "\n#### verdict against baseline {} (folds judged: {judged:?})",
        base.display()
    );
    for v in verdicts {
        println!(
            "  {:<14} all pages {:+.4} ± {:.4}: {}",
            v.corpus,
            v.all.delta(),
            v.all.noise,
            v.sentence(&judged)
        );
    }
    if verdicts.len() < CORPORA.len() {
        println!(
            "  acceptance rule: not applied (it needs all {} corpora)",
            CORPORA.len()
        );
        return;
    }
    let helped: Vec<&Verdict> = verdicts.iter().filter(|v| v.all.helps()).collect();
    let mut reasons = Vec::new();
    if helped.len() < ACCEPT_MIN_CORPORA_HELPED {
        reasons.push(format!(
            "helps on {} corpora, needs {ACCEPT_MIN_CORPORA_HELPED}",
            helped.len()
        ));
    }
    for v in verdicts {
        if v.all.hurts_beyond_noise() {
            reasons.push(format!("hurts {} beyond noise", v.corpus));
        }
        let hurt = v.judged(&judged).filter(|d| d.hurts_beyond_noise()).count();
        if hurt > 0 {
            reasons.push(format!("hurts {hurt} fold(s) of {} beyond noise", v.corpus));
        }
    }
    for v in &helped {
        let helps = v.judged(&judged).filter(|d| d.helps()).count();
        let changed = v.judged(&judged).filter(|d| d.delta() != 0.0).count();
        if 2 * helps <= changed {
            reasons.push(format!(
                "helps {} on {helps} of the {changed} judged folds it changes, not a majority",
                v.corpus
            ));
        }
    }
    if reasons.is_empty() {
        println!("  acceptance rule (README, Quality and speed): ACCEPT");
    } else {
        println!(
            "  acceptance rule (README, Quality and speed): REJECT: {}",
            reasons.join("; ")
        );
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    let corpus_dir = corpus::shared_dir().join("corpus");
    if !corpus_dir.is_dir() {
        let why = format!(
            "{} not found (the evaluation corpora live beside the repository)",
            corpus_dir.display()
        );
        if corpus::required() {
            eprintln!("quality bench failed: {why}, and CI requires them");
            return ExitCode::FAILURE;
        }
        println!("skipped: {why}");
        return ExitCode::SUCCESS;
    }
    if cfg!(debug_assertions) {
        println!("note: debug build; speed figures are meaningless (use cargo bench)");
    }
    let mut verdicts = Vec::new();
    for name in &args.corpora {
        match bench_corpus(name, &args) {
            Ok(verdict) => verdicts.extend(verdict),
            Err(e) => {
                eprintln!("{name}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(base) = &args.baseline {
        print_verdicts(base, &verdicts, &args);
    }
    ExitCode::SUCCESS
}
