//! A re-implementation of `../shared/eval/score.py`: the same figures from the same
//! predictions, so the bench and the quality gate report what the reference scorer would.
//! `scripts/check-scorer.sh` checks that the two agree.

use std::collections::HashMap;
use std::ops::RangeInclusive;
use std::sync::OnceLock;

use regex::Regex;
use serde_json::{json, Map, Value};

use crate::corpus::{Corpus, Truth};

/// Python's `\w` on `str`: exactly the Unicode categories L* and N*, plus `_`.
const WORD_PATTERN: &str = r"[\p{L}\p{N}_]+";
/// Shingle length of the ScrapingHub method.
const NGRAM: usize = 4;
/// Page F1 at or above which a page counts as well extracted.
const GOOD_PAGE_F1: f64 = 0.9;
/// Seed of `score.py`'s bootstrap (`random.Random(0)`).
const BOOTSTRAP_SEED: u32 = 0;
/// Letters whose Python `str.casefold` differs from upper-then-lower case mapping.
const CASEFOLD_EXCEPTIONS: [(char, &str); 2] = [('\u{131}', "\u{131}"), ('\u{1e9e}', "ss")];
/// Characters Python's `\s` matches beyond Unicode White_Space (the information separators).
const PY_EXTRA_SPACE: RangeInclusive<char> = '\u{1c}'..='\u{1f}';
/// Bootstrap resamples `score.py` draws by default.
pub const DEFAULT_BOOTSTRAP: usize = 1000;
/// Pages listed as worst by default.
pub const DEFAULT_WORST: usize = 10;

// ------------------------------------------------------------------ ScrapingHub method

/// `\w+` tokens, Unicode, case-sensitive, no other normalisation.
pub fn tokens(text: &str) -> Vec<&str> {
    static WORD: OnceLock<Regex> = OnceLock::new();
    WORD.get_or_init(|| Regex::new(WORD_PATTERN).expect("valid word pattern"))
        .find_iter(text)
        .map(|m| m.as_str())
        .collect()
}

/// Token 4-grams as a multiset; a text of 1 to 3 tokens is one shingle.
fn shingles<'a>(toks: &'a [&'a str]) -> HashMap<&'a [&'a str], usize> {
    let mut counts = HashMap::new();
    if toks.is_empty() {
        return counts;
    }
    if toks.len() < NGRAM {
        counts.insert(toks, 1);
        return counts;
    }
    for window in toks.windows(NGRAM) {
        *counts.entry(window).or_insert(0) += 1;
    }
    counts
}

/// Page tp/fp/fn over shingle counts, normalised to sum 1 (all 0 when both are empty).
pub fn shingle_counts(truth: &[&str], pred: &[&str]) -> [f64; 3] {
    let (t, p) = (shingles(truth), shingles(pred));
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (shingle, &count) in &p {
        let in_truth = t.get(shingle).copied().unwrap_or(0);
        tp += count.min(in_truth);
        fp += count.saturating_sub(in_truth);
    }
    for (shingle, &count) in &t {
        fn_ += count.saturating_sub(p.get(shingle).copied().unwrap_or(0));
    }
    let sum = (tp + fp + fn_) as f64;
    if sum > 0.0 {
        [tp as f64 / sum, fp as f64 / sum, fn_ as f64 / sum]
    } else {
        [0.0; 3]
    }
}

fn page_precision([tp, fp, fn_]: [f64; 3]) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn page_recall([tp, fp, fn_]: [f64; 3]) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fn_ == 0.0 {
        0.0
    } else {
        tp / (tp + fn_)
    }
}

fn hmean(a: f64, b: f64) -> f64 {
    if a + b > 0.0 {
        2.0 * a * b / (a + b)
    } else {
        0.0
    }
}

fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Sample standard deviation (`statistics.stdev`); 0 for fewer than two values.
fn stdev(values: &[f64]) -> f64 {
    if values.len() < 2 {
        return 0.0;
    }
    let m = mean(values.iter().copied()).unwrap_or(0.0);
    let ss: f64 = values.iter().map(|v| (v - m) * (v - m)).sum();
    (ss / (values.len() - 1) as f64).sqrt()
}

/// Corpus precision over pages that produced shingles, recall over pages that expected
/// some, F1 as their harmonic mean (from each page's normalised tp, fp, fn).
pub fn corpus_prf<'a>(counts: impl Iterator<Item = &'a [f64; 3]> + Clone) -> [f64; 3] {
    let p = mean(
        counts
            .clone()
            .filter(|c| c[0] + c[1] > 0.0)
            .map(|c| page_precision(*c)),
    )
    .unwrap_or(0.0);
    let r = mean(
        counts
            .filter(|c| c[0] + c[2] > 0.0)
            .map(|c| page_recall(*c)),
    )
    .unwrap_or(0.0);
    [p, r, hmean(p, r)]
}

/// Python's `str.casefold` on a `\w+` token.
fn casefold(token: &str) -> String {
    let mut folded = String::with_capacity(token.len());
    for c in token.chars() {
        match CASEFOLD_EXCEPTIONS.iter().find(|(from, _)| *from == c) {
            Some((_, to)) => folded.push_str(to),
            None => c
                .to_uppercase()
                .flat_map(char::to_lowercase)
                .for_each(|l| folded.push(l)),
        }
    }
    folded
}

/// F1 of the casefolded token multisets.
fn bow_f1(truth: &[&str], pred: &[&str]) -> f64 {
    if truth.is_empty() && pred.is_empty() {
        return 1.0;
    }
    let bag = |toks: &[&str]| {
        let mut m: HashMap<String, usize> = HashMap::new();
        for t in toks {
            *m.entry(casefold(t)).or_insert(0) += 1;
        }
        m
    };
    let (t, p) = (bag(truth), bag(pred));
    let overlap: usize = p
        .iter()
        .map(|(k, &c)| c.min(t.get(k).copied().unwrap_or(0)))
        .sum();
    if overlap == 0 {
        return 0.0;
    }
    hmean(
        overlap as f64 / pred.len() as f64,
        overlap as f64 / truth.len() as f64,
    )
}

// ------------------------------------------------------------------ snippet method

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || PY_EXTRA_SPACE.contains(&c)
}

/// Whitespace runs collapsed to one space, ends trimmed.
fn norm_ws(s: &str) -> String {
    s.split(is_py_space)
        .filter(|piece| !piece.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Which `with` and which `without` snippets the prediction contains.
fn snippet_hits(with: &[String], without: &[String], pred: &str) -> (Vec<bool>, Vec<bool>) {
    let pred = norm_ws(pred);
    let found = |s: &String| pred.contains(norm_ws(s).as_str());
    (
        with.iter().map(found).collect(),
        without.iter().map(found).collect(),
    )
}

/// Corpus precision, recall and F1 of the snippet method from summed tp, fp, fn, tn:
/// F1 = 2tp / (2tp + fp + fn).
pub fn snippet_prf([tp, fp, fn_, _]: [usize; 4]) -> [f64; 3] {
    let ratio = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
    [
        ratio(tp, tp + fp),
        ratio(tp, tp + fn_),
        ratio(2 * tp, 2 * tp + fp + fn_),
    ]
}

// ------------------------------------------------------------------ bootstrap

/// CPython's `random.Random` (MT19937 seeded by `init_by_array`), enough of it to draw
/// the same bootstrap samples as `score.py`.
struct PyRandom {
    mt: [u32; Self::N],
    index: usize,
}

impl PyRandom {
    const N: usize = 624;
    const M: usize = 397;
    const MATRIX_A: u32 = 0x9908_b0df;
    const UPPER: u32 = 0x8000_0000;
    const LOWER: u32 = 0x7fff_ffff;

    fn new(seed: u32) -> Self {
        let mut rng = PyRandom {
            mt: [0; Self::N],
            index: Self::N,
        };
        rng.mt[0] = 19_650_218;
        for i in 1..Self::N {
            let prev = rng.mt[i - 1];
            rng.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        let key = [seed];
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..Self::N.max(key.len()) {
            let prev = rng.mt[i - 1];
            rng.mt[i] = (rng.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= Self::N {
                rng.mt[0] = rng.mt[Self::N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..Self::N - 1 {
            let prev = rng.mt[i - 1];
            rng.mt[i] = (rng.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= Self::N {
                rng.mt[0] = rng.mt[Self::N - 1];
                i = 1;
            }
        }
        rng.mt[0] = 0x8000_0000;
        rng
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= Self::N {
            let twist = |a: u32, b: u32, c: u32| {
                let y = (a & Self::UPPER) | (b & Self::LOWER);
                c ^ (y >> 1) ^ if y & 1 == 1 { Self::MATRIX_A } else { 0 }
            };
            for k in 0..Self::N {
                let next = self.mt[(k + 1) % Self::N];
                self.mt[k] = twist(self.mt[k], next, self.mt[(k + Self::M) % Self::N]);
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `randrange(n)` for 0 < n < 2^32: rejection sampling on `n.bit_length()` bits.
    fn below(&mut self, n: usize) -> usize {
        let bits = usize::BITS - n.leading_zeros();
        loop {
            let r = (self.next_u32() >> (32 - bits)) as usize;
            if r < n {
                return r;
            }
        }
    }
}

/// Standard deviations of `figures` over `n_boot` resamples of the pages.
fn bootstrap_std<const K: usize>(
    n_pages: usize,
    n_boot: usize,
    figures: impl Fn(&[usize]) -> [f64; K],
) -> [f64; K] {
    if n_boot == 0 || n_pages == 0 {
        return [0.0; K];
    }
    let mut rng = PyRandom::new(BOOTSTRAP_SEED);
    let mut samples: Vec<[f64; K]> = Vec::with_capacity(n_boot);
    let mut idx = vec![0usize; n_pages];
    for _ in 0..n_boot {
        for slot in idx.iter_mut() {
            *slot = rng.below(n_pages);
        }
        samples.push(figures(&idx));
    }
    std::array::from_fn(|k| stdev(&samples.iter().map(|s| s[k]).collect::<Vec<_>>()))
}

// ------------------------------------------------------------------ report

/// How many pages failed, by reason, most frequent first ("NO_ARTICLE x 12, PANIC x 1").
pub fn failure_summary<'a>(reasons: impl IntoIterator<Item = &'a str>) -> String {
    let mut tally: Vec<(&str, usize)> = Vec::new();
    for reason in reasons {
        match tally.iter_mut().find(|(r, _)| *r == reason) {
            Some((_, n)) => *n += 1,
            None => tally.push((reason, 1)),
        }
    }
    tally.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let parts: Vec<String> = tally.iter().map(|(r, n)| format!("{r} x {n}")).collect();
    if parts.is_empty() {
        "none".to_owned()
    } else {
        parts.join(", ")
    }
}

/// Figures of the shingle method (pages with full-text ground truth).
pub struct TextFigures {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    pub accuracy: f64,
    /// Bootstrap standard deviations reported as `f1_std`, `precision_std`, `recall_std`,
    /// `accuracy_std`. As in `score.py`, these are the spreads of precision, recall, F1
    /// and accuracy, in that order: the first three labels are shifted by one.
    pub std: [f64; 4],
    pub share_good: f64,
    pub f1_page_mean: f64,
    pub bow_f1_mean: f64,
}

/// Figures of the snippet method (pages with snippet ground truth).
pub struct SnippetFigures {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    pub accuracy: f64,
    pub share_good: f64,
    pub share_perfect: f64,
    /// tp, fp, fn, tn summed over the corpus.
    pub counts: [usize; 4],
}

/// How one page scored.
#[derive(Clone)]
pub struct PageScore {
    pub id: String,
    pub f1: f64,
    /// `None` when the page's precision is undefined (nothing extracted that counts).
    pub p: Option<f64>,
    pub r: Option<f64>,
    /// Counted as an empty output: no token (shingle method) or no character (snippets).
    pub empty: bool,
    pub detail: PageDetail,
}

#[derive(Clone)]
pub enum PageDetail {
    /// Shingle method: token counts, the page's normalised tp/fp/fn, exact token match and
    /// bag-of-words F1.
    Tokens {
        gt: usize,
        pred: usize,
        counts: [f64; 3],
        exact: bool,
        bow_f1: f64,
    },
    /// Snippet method: which `with` and which `without` snippets the extraction contains.
    Snippets {
        with_found: Vec<bool>,
        without_found: Vec<bool>,
    },
}

impl PageDetail {
    /// tp, fp, fn, tn of a snippet page (all 0 for a shingle page).
    pub fn snippet_counts(&self) -> [usize; 4] {
        match self {
            PageDetail::Tokens { .. } => [0; 4],
            PageDetail::Snippets {
                with_found,
                without_found,
            } => {
                let tp = with_found.iter().filter(|&&f| f).count();
                let fp = without_found.iter().filter(|&&f| f).count();
                [tp, fp, with_found.len() - tp, without_found.len() - fp]
            }
        }
    }
}

/// Speed figures as the runners write them to `_timing.json`.
pub struct Timing {
    pub version: String,
    pub pages_per_second: f64,
    pub extract_ms_mean: f64,
    pub extract_seconds_total: f64,
    pub errors: usize,
    pub runner_wall_seconds: f64,
}

impl Timing {
    pub fn to_json(&self) -> Value {
        json!({
            "version": self.version,
            "pages_per_second": self.pages_per_second,
            "extract_ms_mean": self.extract_ms_mean,
            "extract_seconds_total": self.extract_seconds_total,
            "errors": self.errors,
            "runner_wall_seconds": self.runner_wall_seconds,
        })
    }
}

/// Everything `score.py` reports for one system on one corpus.
pub struct Report {
    pub system: String,
    pub dataset: String,
    pub pages: usize,
    pub text: Option<TextFigures>,
    pub snippets: Option<SnippetFigures>,
    pub empty_outputs: usize,
    pub worst: Vec<PageScore>,
    pub timing: Option<Timing>,
}

/// Scores each scored page of `corpus` (in corpus order; unscored pages are left out)
/// against its prediction in `preds` (one per page, in order).
pub fn page_scores(corpus: &Corpus, preds: &[String]) -> Vec<PageScore> {
    let mut pages = Vec::new();
    for (page, pred) in corpus.pages.iter().zip(preds) {
        match &page.truth {
            Truth::Text(truth) => {
                let (tt, pt) = (tokens(truth), tokens(pred));
                let c = shingle_counts(&tt, &pt);
                let (p, r) = (page_precision(c), page_recall(c));
                let mut f = if c[0] + c[1] > 0.0 || c[2] > 0.0 {
                    hmean(p, r)
                } else {
                    1.0
                };
                if tt.is_empty() && pt.is_empty() {
                    f = 1.0;
                }
                pages.push(PageScore {
                    id: page.id.clone(),
                    f1: f,
                    p: (c[0] + c[1] > 0.0).then_some(p),
                    r: Some(r),
                    empty: pt.is_empty(),
                    detail: PageDetail::Tokens {
                        gt: tt.len(),
                        pred: pt.len(),
                        counts: c,
                        exact: tt == pt,
                        bow_f1: bow_f1(&tt, &pt),
                    },
                });
            }
            Truth::Snippets { with, without } => {
                let (with_found, without_found) = snippet_hits(with, without, pred);
                let detail = PageDetail::Snippets {
                    with_found,
                    without_found,
                };
                let [tp, fp, fn_, _] = detail.snippet_counts();
                let f = if 2 * tp + fp + fn_ > 0 {
                    2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
                } else {
                    1.0
                };
                pages.push(PageScore {
                    id: page.id.clone(),
                    f1: f,
                    p: (tp + fp > 0).then(|| tp as f64 / (tp + fp) as f64),
                    r: (tp + fn_ > 0).then(|| tp as f64 / (tp + fn_) as f64),
                    empty: pred.is_empty(),
                    detail,
                });
            }
            Truth::Unscored => {}
        }
    }
    pages
}

/// Scores `preds` (one per page of `corpus`, in order) as `score.py` does.
pub fn score(
    corpus: &Corpus,
    preds: &[String],
    system: &str,
    n_boot: usize,
    worst: usize,
) -> Report {
    let pages = page_scores(corpus, preds);
    let (mut counts, mut accs, mut bows, mut text_f1s) = (vec![], vec![], vec![], vec![]);
    let (mut empty_text, mut empty_snip) = (0usize, 0usize);
    let mut snip_total = [0usize; 4];
    let (mut snip_f1s, mut perfect) = (vec![], 0usize);
    for page in &pages {
        match &page.detail {
            PageDetail::Tokens {
                counts: c,
                exact,
                bow_f1,
                ..
            } => {
                counts.push(*c);
                accs.push(if *exact { 1.0 } else { 0.0 });
                bows.push(*bow_f1);
                text_f1s.push(page.f1);
                empty_text += usize::from(page.empty);
            }
            detail @ PageDetail::Snippets { .. } => {
                let c = detail.snippet_counts();
                for (total, n) in snip_total.iter_mut().zip(c) {
                    *total += n;
                }
                snip_f1s.push(page.f1);
                perfect += usize::from(c[1] == 0 && c[2] == 0);
                empty_snip += usize::from(page.empty);
            }
        }
    }

    let text = (!counts.is_empty()).then(|| {
        let [precision, recall, f1] = corpus_prf(counts.iter());
        let n = counts.len();
        let std = bootstrap_std(n, n_boot, |idx| {
            let [p, r, f] = corpus_prf(idx.iter().map(|&i| &counts[i]));
            [p, r, f, mean(idx.iter().map(|&i| accs[i])).unwrap_or(0.0)]
        });
        TextFigures {
            f1,
            precision,
            recall,
            accuracy: mean(accs.iter().copied()).unwrap_or(0.0),
            std,
            share_good: text_f1s.iter().filter(|&&f| f >= GOOD_PAGE_F1).count() as f64 / n as f64,
            f1_page_mean: mean(text_f1s.iter().copied()).unwrap_or(0.0),
            bow_f1_mean: mean(bows.iter().copied()).unwrap_or(0.0),
        }
    });
    let snippets = (!snip_f1s.is_empty()).then(|| {
        let [tp, fp, fn_, tn] = snip_total;
        let ratio = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        let [precision, recall, f1] = snippet_prf(snip_total);
        SnippetFigures {
            f1,
            precision,
            recall,
            accuracy: ratio(tp + tn, tp + fp + fn_ + tn),
            share_good: ratio(
                snip_f1s.iter().filter(|&&f| f >= GOOD_PAGE_F1).count(),
                snip_f1s.len(),
            ),
            share_perfect: ratio(perfect, snip_f1s.len()),
            counts: snip_total,
        }
    });
    let mut sorted = pages;
    sorted.sort_by(|a, b| a.f1.total_cmp(&b.f1).then_with(|| a.id.cmp(&b.id)));
    sorted.truncate(worst);
    Report {
        system: system.to_owned(),
        dataset: corpus.name.clone(),
        pages: corpus.pages.len(),
        empty_outputs: if snippets.is_some() {
            empty_snip
        } else {
            empty_text
        },
        text,
        snippets,
        worst: sorted,
        timing: None,
    }
}

fn fmt3(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_owned(), |v| format!("{v:.3}"))
}

impl Report {
    /// The headline F1: the shingle F1 for full-text corpora, else the snippet F1.
    pub fn f1(&self) -> f64 {
        match (&self.text, &self.snippets) {
            (Some(t), _) => t.f1,
            (None, Some(s)) => s.f1,
            (None, None) => 0.0,
        }
    }

    fn method(&self) -> Option<&'static str> {
        match (&self.text, &self.snippets) {
            (Some(_), _) => Some("scrapinghub-shingle4"),
            (None, Some(_)) => Some("trafilatura-snippets"),
            (None, None) => None,
        }
    }

    /// The human-readable report, laid out as `score.py` prints it.
    pub fn print(&self) {
        println!(
            "== {} on {} ({} pages, method {})",
            self.system,
            self.dataset,
            self.pages,
            self.method().unwrap_or("None")
        );
        if let Some(t) = &self.text {
            println!(
                "  F1        {:.3} ± {:.3}   (harmonic mean of mean P and mean R)",
                t.f1, t.std[0]
            );
            println!("  precision {:.3} ± {:.3}", t.precision, t.std[1]);
            println!("  recall    {:.3} ± {:.3}", t.recall, t.std[2]);
            println!(
                "  accuracy  {:.3} ± {:.3}   (exact token match)",
                t.accuracy, t.std[3]
            );
            println!(
                "  pages F1>=0.9 {:.3}   mean page F1 {:.3}   bag-of-words F1 {:.3}",
                t.share_good, t.f1_page_mean, t.bow_f1_mean
            );
        }
        if let Some(s) = &self.snippets {
            let [tp, fp, fn_, tn] = s.counts;
            println!(
                "  F1 {:.3}  precision {:.3}  recall {:.3}  accuracy {:.3}   (snippets tp={tp} fp={fp} fn={fn_} tn={tn})",
                s.f1, s.precision, s.recall, s.accuracy
            );
            println!(
                "  pages F1>=0.9 {:.3}   pages all-snippets-right {:.3}",
                s.share_good, s.share_perfect
            );
        }
        if let Some(t) = &self.timing {
            println!(
                "  speed {:.1} pages/s ({:.1} ms/page, {:.2} s extraction total; runner errors {})",
                t.pages_per_second, t.extract_ms_mean, t.extract_seconds_total, t.errors
            );
        }
        println!(
            "  missing predictions 0, empty outputs {}",
            self.empty_outputs
        );
        println!("  worst pages:");
        for w in &self.worst {
            let extra = match &w.detail {
                PageDetail::Tokens { gt, pred, .. } => format!("gt_tok={gt} pred_tok={pred}"),
                detail @ PageDetail::Snippets { .. } => {
                    format!("tp/fp/fn/tn={:?}", detail.snippet_counts())
                }
            };
            println!(
                "    {:<40} F1={} P={} R={} {extra}",
                w.id,
                fmt3(Some(w.f1)),
                fmt3(w.p),
                fmt3(w.r)
            );
        }
    }

    /// The result object with `score.py`'s keys (`worst` reduced to ids and figures).
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("system".into(), json!(self.system));
        m.insert("dataset".into(), json!(self.dataset));
        m.insert("pages".into(), json!(self.pages));
        if let Some(t) = &self.text {
            m.insert("method".into(), json!("scrapinghub-shingle4"));
            for (key, v) in [
                ("f1", t.f1),
                ("precision", t.precision),
                ("recall", t.recall),
                ("accuracy", t.accuracy),
                ("f1_std", t.std[0]),
                ("precision_std", t.std[1]),
                ("recall_std", t.std[2]),
                ("accuracy_std", t.std[3]),
                ("share_f1_ge_0.9", t.share_good),
                ("f1_page_mean", t.f1_page_mean),
                ("bow_f1_mean", t.bow_f1_mean),
            ] {
                m.insert(key.into(), json!(v));
            }
        }
        if let Some(s) = &self.snippets {
            let key = if self.text.is_some() { "snip_" } else { "" };
            let [tp, fp, fn_, tn] = s.counts;
            m.insert(format!("{key}method"), json!("trafilatura-snippets"));
            for (name, v) in [
                ("f1", s.f1),
                ("precision", s.precision),
                ("recall", s.recall),
                ("accuracy", s.accuracy),
                ("share_f1_ge_0.9", s.share_good),
                ("share_perfect", s.share_perfect),
            ] {
                m.insert(format!("{key}{name}"), json!(v));
            }
            m.insert(
                format!("{key}counts"),
                json!({"tp": tp, "fp": fp, "fn": fn_, "tn": tn}),
            );
        }
        if let Some(Value::Object(timing)) = self.timing.as_ref().map(Timing::to_json) {
            for (key, v) in timing {
                let key = if key == "errors" {
                    "runner_errors".into()
                } else {
                    key
                };
                m.insert(key, v);
            }
        }
        m.insert("missing_predictions".into(), json!(0));
        m.insert("empty_outputs".into(), json!(self.empty_outputs));
        let worst: Vec<Value> = self
            .worst
            .iter()
            .map(|w| json!({"id": w.id, "f1": w.f1, "p": w.p, "r": w.r}))
            .collect();
        m.insert("worst".into(), Value::Array(worst));
        Value::Object(m)
    }
}
