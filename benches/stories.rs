//! Which story: plainview on the infinite-scroll dev set (`tests/support/stories.rs`),
//! pages carrying several stories in many layouts, each extracted under the address of
//! its first story and of a story appended by scrolling. dom_smoothie runs beside it.
//!
//! `cargo bench --bench stories -- [--layout NAME] [--page ID] [--out DIR] [--verbose] [--no-peers] [--held-out]`
//!
//! Per layout and variant it prints the pages, the mean page F1 (4-word shingles against
//! the target story's text, as `../shared/eval/score.py` scores a page) and the pages
//! showing another story's text (see `stories::shows_story`). `--layout` takes a layout
//! name, `synthetic`, `probe`, `probe3`, `probe4`, `probe5`, `probe6`, `probe7`, `probe8`, `probe9`, `probe10`, `probe11`, `probe12`, `probe13`, `probe14`, `probe15`, `probe16`, `probe17`, `probe18`, `probe19`, `probe20`, `probe21`, `probe22`, `probe23`, `probe24`, `probe25`, `probe26`, `probe27`, `probe28`, `probe29`, `probe30`, `probe31`, `probe32`, `probe33`, `probe34`, `probe35`, `probe36`, `probe37`, `probe38`, `probe39`, `probe40`, `probe41`, `probe42`, `probe43`, `probe44`, `probe45`, `probe46`, `probe47`, `probe48`, `probe49`, `probe50`, `probe51`, `probe52`, `probe53`, `probe54`, `probe55`, `probe56`, `probe57`, `probe58`, `probe59`, `probe60`, `probe61`, `probe62`, `probe63`, `probe64`, `probe65`, `probe66`, `probe67`, `probe68`, `probe69`, `probe70`, `probe71`, `probe72` or `real`; `--page` a page id (`03`, a moz id). `--out DIR` writes `DIR/<layout>/<page>-<variant>.html`,
//! `.url`, `.gold.txt` (the target story's text), `.txt` (plainview's text) and
//! `.dom_smoothie.txt`. `--verbose` lists the cases that fail (F1 below
//! 0.9 or another story shown) with the signal that chose the story. The totals count the
//! single-article controls (one story, to be returned whole) apart, as the stories gate
//! does. `--held-out` measures instead real-markup pages built from `dragnet-train` pages,
//! whose markup no segmentation rule was tuned on.

#[path = "../tests/support/corpus.rs"]
#[allow(dead_code)]
mod corpus;
#[path = "../tests/support/score.rs"]
#[allow(dead_code)]
mod score;
#[path = "../tests/support/stories.rs"]
#[allow(dead_code)]
mod stories;

use std::path::PathBuf;
use std::process::ExitCode;

use corpus::Outcome;
use stories::{Case, Origin, Score, Tally, Variant};

/// A case fails below this page F1 (`score.py`'s "good page" line).
const GOOD_F1: f64 = 0.9;
const USAGE: &str = "usage: cargo bench --bench stories -- [--layout NAME|synthetic|probe|probe3|probe4|probe5|probe6|probe7|probe8|probe9|probe10|probe11|probe12|probe13|probe14|probe15|probe16|probe17|probe18|probe19|probe20|probe21|probe22|probe23|probe24|probe25|probe26|probe27|probe28|probe29|probe30|probe31|probe32|probe33|probe34|probe35|probe36|probe37|probe38|probe39|probe40|probe41|probe42|probe43|probe44|probe45|probe46|probe47|probe48|probe49|probe50|probe51|probe52|probe53|probe54|probe55|probe56|probe57|probe58|probe59|probe60|probe61|probe62|probe63|probe64|probe65|probe66|probe67|probe68|probe69|probe70|probe71|probe72|real] [--page ID] [--out DIR] [--verbose] [--no-peers] [--held-out]";

struct Args {
    layout: Option<String>,
    page: Option<String>,
    out: Option<PathBuf>,
    verbose: bool,
    peers: bool,
    held_out: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        layout: None,
        page: None,
        out: None,
        verbose: false,
        peers: true,
        held_out: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            // cargo bench passes --bench to every bench binary.
            "--bench" => {}
            "--layout" => args.layout = Some(it.next().ok_or("--layout needs a name")?),
            "--page" => args.page = Some(it.next().ok_or("--page needs an id")?),
            "--out" => args.out = Some(it.next().ok_or("--out needs a directory")?.into()),
            "--verbose" => args.verbose = true,
            "--no-peers" => args.peers = false,
            "--held-out" => args.held_out = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(args)
}

/// plainview's text and the signal that chose its story.
fn run_plainview(case: &Case) -> (Outcome, String) {
    let mut signal = String::new();
    let outcome = corpus::guarded(|| {
        let options = plainview::Options {
            url: Some(case.url.clone()),
            ..Default::default()
        };
        match plainview::extract(&case.html, &options) {
            Ok(article) => {
                signal = article.diagnostics.story_signal;
                Outcome::Text(article.text)
            }
            Err(e) => Outcome::Failed(e.code().to_owned()),
        }
    });
    (outcome, signal)
}

fn run_dom_smoothie(case: &Case) -> Outcome {
    corpus::guarded(|| {
        match dom_smoothie::Readability::new(&*case.html, Some(case.url.as_str()), None)
            .and_then(|mut r| r.parse())
        {
            Ok(article) => Outcome::Text(article.text_content.to_string()),
            Err(e) => Outcome::Failed(e.to_string()),
        }
    })
}

/// One line of the table: a label and plainview's (and the peer's) tally.
fn row(label: &str, variant: &str, pv: &Tally, peer: Option<&Tally>) {
    let mut line = format!(
        "{label:<18} {variant:<9} {:>5}   {:>6.3} {:>4} ({:>5.1}%)",
        pv.pages,
        pv.f1(),
        pv.shown,
        100.0 * pv.shown_share()
    );
    if let Some(p) = peer {
        line.push_str(&format!(
            "   {:>6.3} {:>4} ({:>5.1}%)",
            p.f1(),
            p.shown,
            100.0 * p.shown_share()
        ));
    }
    println!("{line}");
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
    if !corpus_dir.join("moz").is_dir() {
        println!(
            "skipped: {} not found (the dev set is built from it)",
            corpus_dir.display()
        );
        return ExitCode::SUCCESS;
    }
    let built = if args.held_out {
        stories::build_held_out(&corpus_dir)
    } else {
        stories::build(&corpus_dir)
    };
    let set = match built {
        Ok(set) => set,
        Err(e) => {
            eprintln!("building the dev set: {e}");
            return ExitCode::FAILURE;
        }
    };
    let cases: Vec<&Case> = set
        .cases
        .iter()
        .filter(|c| match args.layout.as_deref() {
            None => true,
            Some(name) => c.layout == name || c.origin.name() == name,
        })
        .filter(|c| args.page.as_deref().is_none_or(|id| c.page == id))
        .collect();
    if cases.is_empty() {
        eprintln!(
            "no case matches layout {:?}, page {:?}",
            args.layout, args.page
        );
        return ExitCode::FAILURE;
    }
    println!(
        "infinite-scroll {}: {} cases; real markup from {} of {} {} pages",
        if args.held_out {
            "held-out set"
        } else {
            "dev set"
        },
        cases.len(),
        set.real_used,
        set.real_tried,
        if args.held_out {
            "dragnet-train"
        } else {
            "moz"
        }
    );

    let mut results: Vec<(&Case, Score, Option<Score>, String)> = Vec::new();
    for case in &cases {
        let (outcome, signal) = run_plainview(case);
        if let Outcome::Panicked(msg) = &outcome {
            eprintln!("plainview: PANIC on {}: {msg}", case.name());
        }
        let text = outcome.into_prediction();
        if let Some(out) = &args.out {
            let dir = out.join(case.layout);
            let stem = format!("{}-{}", case.page, case.variant.name());
            let written = std::fs::create_dir_all(&dir)
                .and_then(|_| std::fs::write(dir.join(format!("{stem}.html")), &*case.html))
                .and_then(|_| std::fs::write(dir.join(format!("{stem}.url")), &case.url))
                .and_then(|_| std::fs::write(dir.join(format!("{stem}.txt")), &text))
                .and_then(|_| std::fs::write(dir.join(format!("{stem}.gold.txt")), &case.gold));
            if let Err(e) = written {
                eprintln!("writing {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
        }
        let score = stories::score_case(case, &text);
        let peer_text = args.peers.then(|| run_dom_smoothie(case).into_prediction());
        if let (Some(out), Some(peer_text)) = (&args.out, &peer_text) {
            let path = out.join(case.layout).join(format!(
                "{}-{}.dom_smoothie.txt",
                case.page,
                case.variant.name()
            ));
            if let Err(e) = std::fs::write(&path, peer_text) {
                eprintln!("writing {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
        let peer = peer_text.map(|t| stories::score_case(case, &t));
        results.push((case, score, peer, signal));
    }

    let peers = args.peers;
    println!();
    println!(
        "{:<18} {:<9} {:>5}   {:>6} {:>12}{}",
        "layout",
        "variant",
        "pages",
        "F1",
        "other story",
        if peers {
            "   dom_smoothie F1, other story"
        } else {
            ""
        }
    );
    let mut layouts: Vec<&'static str> = Vec::new();
    for (case, ..) in &results {
        if !layouts.contains(&case.layout) {
            layouts.push(case.layout);
        }
    }
    let tally = |keep: &dyn Fn(&Case) -> bool| {
        let mut pv = Tally::default();
        let mut peer = Tally::default();
        for (case, score, peer_score, _) in &results {
            if keep(case) {
                pv.add(score);
                if let Some(p) = peer_score {
                    peer.add(p);
                }
            }
        }
        (pv, peer)
    };
    for layout in &layouts {
        for variant in [Variant::First, Variant::Scrolled] {
            let (pv, peer) = tally(&|c| c.layout == *layout && c.variant == variant);
            if pv.pages > 0 {
                row(layout, variant.name(), &pv, peers.then_some(&peer));
            }
        }
    }
    println!();
    for origin in [
        Origin::Synthetic,
        Origin::Probe,
        Origin::Probe3,
        Origin::Probe4,
        Origin::Probe5,
        Origin::Probe6,
        Origin::Probe7,
        Origin::Probe8,
        Origin::Probe9,
        Origin::Probe10,
        Origin::Probe11,
        Origin::Probe12,
        Origin::Probe13,
        Origin::Probe14,
        Origin::Probe15,
        Origin::Probe16,
        Origin::Probe17,
        Origin::Probe18,
        Origin::Probe19,
        Origin::Probe20,
        Origin::Probe21,
        Origin::Probe22,
        Origin::Probe23,
        Origin::Probe24,
        Origin::Probe25,
        Origin::Probe26,
        Origin::Probe27,
        Origin::Probe28,
        Origin::Probe29,
        Origin::Probe30,
        Origin::Probe31,
        Origin::Probe32,
        Origin::Probe33,
        Origin::Probe34,
        Origin::Probe35,
        Origin::Probe36,
        Origin::Probe37,
        Origin::Probe38,
        Origin::Probe39,
        Origin::Probe40,
        Origin::Probe41,
        Origin::Probe43,
        Origin::Probe42,
        Origin::Probe44,
        Origin::Probe45,
        Origin::Probe46,
        Origin::Probe47,
        Origin::Probe48,
        Origin::Probe49,
        Origin::Probe50,
        Origin::Probe51,
        Origin::Probe52,
        Origin::Probe53,
        Origin::Probe54,
        Origin::Probe55,
        Origin::Probe56,
        Origin::Probe57,
        Origin::Probe59,
        Origin::Probe60,
        Origin::Probe61,
        Origin::Probe62,
        Origin::Probe63,
        Origin::Probe64,
        Origin::Probe65,
        Origin::Probe66,
        Origin::Probe67,
        Origin::Probe68,
        Origin::Probe69,
        Origin::Probe70,
        Origin::Probe71,
        Origin::Probe72,
        Origin::Probe58,
        Origin::Real,
    ] {
        for variant in [Variant::First, Variant::Scrolled] {
            let (pv, peer) =
                tally(&|c| c.origin == origin && c.variant == variant && !c.is_control());
            if pv.pages > 0 {
                row(origin.name(), variant.name(), &pv, peers.then_some(&peer));
            }
        }
        let (pv, peer) = tally(&|c| c.origin == origin && !c.is_control());
        if pv.pages > 0 {
            row(origin.name(), "all", &pv, peers.then_some(&peer));
        }
    }
    let (pv, peer) = tally(&|c| c.is_control());
    if pv.pages > 0 {
        row("single-article", "first", &pv, peers.then_some(&peer));
    }
    let (pv, peer) = tally(&|_| true);
    row("all", "all", &pv, peers.then_some(&peer));

    if args.verbose {
        println!("\nfailing cases (F1 < {GOOD_F1} or another story shown):");
        for (case, score, _, signal) in &results {
            if score.f1 < GOOD_F1 || score.shows_other {
                println!(
                    "  {:<40} F1 {:.3} P {:.3} R {:.3}{}  signal: {signal}",
                    case.name(),
                    score.f1,
                    score.precision,
                    score.recall,
                    if score.shows_other {
                        "  OTHER STORY"
                    } else {
                        ""
                    }
                );
            }
        }
    }
    ExitCode::SUCCESS
}
