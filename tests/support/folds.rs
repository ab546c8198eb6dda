//! Site-grouped folds: which site each corpus page comes from, which of [`K`] folds the
//! site falls in, each fold's F1, and how a run compares with a baseline run fold by fold,
//! with a paired bootstrap for the noise. Pages of one site share a template, so a rule
//! tuned on some sites is only known to generalize when it holds on the folds of others.

use std::collections::HashMap;

use scraper::{Html, Selector};

use crate::corpus::{Corpus, Page, Truth};
use crate::score::{corpus_prf, snippet_prf, PageDetail, PageScore};

/// Number of folds the sites are split into.
pub const K: usize = 5;
/// Paired bootstrap resamples behind a delta's noise estimate.
const NOISE_RESAMPLES: usize = 1000;
/// Seed of the paired bootstrap (any fixed value: runs must be repeatable).
const NOISE_SEED: u64 = 0x5eed_f01d;
/// A delta is beyond noise when it exceeds this many bootstrap standard deviations.
pub const NOISE_SIGMAS: f64 = 2.0;
/// A full-text page counts as worse (or better) when its shingle F1 moves by more than this.
pub const PAGE_F1_CHANGE: f64 = 0.05;
/// FNV-1a (64 bit): a site's fold must not depend on the Rust version or the platform.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// Host prefix that does not make a different site.
const WWW_PREFIX: &str = "www.";

/// Where a page's site was read from, in order of preference.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SiteSource {
    /// The host of the json's `url`.
    Url,
    /// The host of `<link rel=canonical href>`.
    Canonical,
    /// The host of `<meta property=og:url content>`.
    OgUrl,
    /// The host of `<base href>`.
    Base,
    /// The most frequent host among the page's absolute `<a href>` links.
    Links,
    /// None of the above: the page is a site of its own, named by its id.
    Id,
}

impl SiteSource {
    pub const ALL: [SiteSource; 6] = [
        SiteSource::Url,
        SiteSource::Canonical,
        SiteSource::OgUrl,
        SiteSource::Base,
        SiteSource::Links,
        SiteSource::Id,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SiteSource::Url => "url",
            SiteSource::Canonical => "canonical",
            SiteSource::OgUrl => "og:url",
            SiteSource::Base => "base",
            SiteSource::Links => "links",
            SiteSource::Id => "id",
        }
    }
}

/// The host of an absolute http(s) URL, lowercased, without a leading `www.`; `None` for
/// a single-label host such as `fakehost` or `localhost`, which names no site (`moz` gives
/// every page `http://fakehost/...`).
fn site_host(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url.trim()).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    let host = parsed.host_str()?.to_ascii_lowercase();
    let host = host.strip_prefix(WWW_PREFIX).unwrap_or(&host);
    host.contains('.').then(|| host.to_owned())
}

/// The site a page comes from: the host of its json `url` when that is an absolute http(s)
/// URL with a domain name, else read from the HTML — `<link rel=canonical>`, `og:url`, `<base href>`, then
/// the most frequent host among absolute links (ties: the first such link) — else the
/// page's own id.
pub fn site_of(page: &Page) -> (String, SiteSource) {
    if let Some(host) = page.url.as_deref().and_then(site_host) {
        return (host, SiteSource::Url);
    }
    static SELECTORS: std::sync::OnceLock<[Selector; 4]> = std::sync::OnceLock::new();
    let [canonical, og_url, base, links] = SELECTORS.get_or_init(|| {
        ["link[rel][href]", "meta[content]", "base[href]", "a[href]"]
            .map(|s| Selector::parse(s).expect("valid selector"))
    });
    let doc = Html::parse_document(&page.html);
    let first_host = |selector: &Selector, keep: &dyn Fn(&scraper::ElementRef) -> bool, attr| {
        doc.select(selector)
            .filter(|e| keep(e))
            .find_map(|e| e.value().attr(attr).and_then(site_host))
    };
    let is_canonical = |e: &scraper::ElementRef| {
        e.value().attr("rel").is_some_and(|rel| {
            rel.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("canonical"))
        })
    };
    let is_og_url = |e: &scraper::ElementRef| {
        ["property", "name"].iter().any(|a| {
            e.value()
                .attr(a)
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("og:url"))
        })
    };
    let any = |_: &scraper::ElementRef| true;
    for (selector, keep, attr, source) in [
        (
            canonical,
            &is_canonical as &dyn Fn(&scraper::ElementRef) -> bool,
            "href",
            SiteSource::Canonical,
        ),
        (og_url, &is_og_url, "content", SiteSource::OgUrl),
        (base, &any, "href", SiteSource::Base),
    ] {
        if let Some(host) = first_host(selector, keep, attr) {
            return (host, source);
        }
    }
    let mut counts: Vec<(String, usize)> = Vec::new();
    for host in doc
        .select(links)
        .filter_map(|e| e.value().attr("href").and_then(site_host))
    {
        match counts.iter_mut().find(|(h, _)| *h == host) {
            Some((_, n)) => *n += 1,
            None => counts.push((host, 1)),
        }
    }
    // The first of the most frequent hosts (max_by_key would take the last).
    let best = counts
        .iter()
        .fold(None::<&(String, usize)>, |best, c| match best {
            Some(b) if b.1 >= c.1 => Some(b),
            _ => Some(c),
        });
    match best {
        Some((host, _)) => (host.clone(), SiteSource::Links),
        None => (format!("id:{}", page.id), SiteSource::Id),
    }
}

/// The fold of a site: FNV-1a of its name, modulo [`K`].
pub fn fold_of(site: &str) -> usize {
    let hash = site.bytes().fold(FNV_OFFSET, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    });
    (hash % K as u64) as usize
}

/// Every page's site and fold, in corpus order.
pub struct Folds {
    pub site: Vec<String>,
    pub source: Vec<SiteSource>,
    pub fold: Vec<usize>,
    by_id: HashMap<String, usize>,
}

impl Folds {
    pub fn of(corpus: &Corpus) -> Folds {
        let (site, source): (Vec<String>, Vec<SiteSource>) =
            corpus.pages.iter().map(site_of).unzip();
        Folds {
            fold: site.iter().map(|s| fold_of(s)).collect(),
            by_id: corpus
                .pages
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.clone(), i))
                .collect(),
            site,
            source,
        }
    }

    /// The corpus index of the page with this id.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The fold of the page with this id.
    pub fn fold_of_page(&self, id: &str) -> Option<usize> {
        self.index(id).map(|i| self.fold[i])
    }

    /// Distinct sites in each fold.
    pub fn sites_per_fold(&self) -> [usize; K] {
        let mut seen: Vec<&str> = self.site.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        let mut n = [0; K];
        for site in seen {
            n[fold_of(site)] += 1;
        }
        n
    }

    /// Pages whose site came from each source, in [`SiteSource::ALL`] order.
    pub fn source_counts(&self) -> Vec<(SiteSource, usize)> {
        SiteSource::ALL
            .iter()
            .map(|&s| (s, self.source.iter().filter(|&&x| x == s).count()))
            .collect()
    }
}

/// Precision, recall and F1 of a set of pages, as the corpus figure is computed: the
/// shingle method when the pages carry full text, else the snippet method.
pub fn figures<'a>(pages: impl Iterator<Item = &'a PageScore> + Clone) -> [f64; 3] {
    let counts: Vec<[f64; 3]> = pages
        .clone()
        .filter_map(|p| match &p.detail {
            PageDetail::Tokens { counts, .. } => Some(*counts),
            PageDetail::Snippets { .. } => None,
        })
        .collect();
    if !counts.is_empty() {
        return corpus_prf(counts.iter());
    }
    let mut total = [0usize; 4];
    for page in pages {
        for (t, n) in total.iter_mut().zip(page.detail.snippet_counts()) {
            *t += n;
        }
    }
    snippet_prf(total)
}

/// Page indices (into the page-score vectors) of each fold.
pub fn members(scores: &[PageScore], folds: &Folds) -> [Vec<usize>; K] {
    let mut members: [Vec<usize>; K] = Default::default();
    for (i, page) in scores.iter().enumerate() {
        if let Some(fold) = folds.fold_of_page(&page.id) {
            members[fold].push(i);
        }
    }
    members
}

/// A change of F1 on one set of pages between a baseline and a new run.
pub struct Delta {
    pub base: f64,
    pub new: f64,
    /// Standard deviation of `new - base` over paired bootstrap resamples of the pages.
    pub noise: f64,
}

impl Delta {
    pub fn delta(&self) -> f64 {
        self.new - self.base
    }

    pub fn helps(&self) -> bool {
        self.delta() > 0.0
    }

    pub fn hurts_beyond_noise(&self) -> bool {
        self.delta() < 0.0 && -self.delta() > NOISE_SIGMAS * self.noise
    }

    pub fn helps_beyond_noise(&self) -> bool {
        self.delta() > NOISE_SIGMAS * self.noise
    }
}

/// SplitMix64: a small, fixed generator for the bootstrap draws.
struct SplitMix(u64);

impl SplitMix {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z % n as u64) as usize
    }
}

/// The F1 of `idx` (indices into both score vectors, which list the same pages in the
/// same order) in the baseline and in the new run, with the paired bootstrap noise.
pub fn delta(base: &[PageScore], new: &[PageScore], idx: &[usize]) -> Delta {
    let f1 =
        |scores: &[PageScore], sample: &[usize]| figures(sample.iter().map(|&i| &scores[i]))[2];
    let (b, n) = (f1(base, idx), f1(new, idx));
    let mut rng = SplitMix(NOISE_SEED);
    let mut sample = vec![0usize; idx.len()];
    let mut deltas = Vec::with_capacity(NOISE_RESAMPLES);
    if !idx.is_empty() {
        for _ in 0..NOISE_RESAMPLES {
            for slot in sample.iter_mut() {
                *slot = idx[rng.below(idx.len())];
            }
            deltas.push(f1(new, &sample) - f1(base, &sample));
        }
    }
    let m = deltas.iter().sum::<f64>() / deltas.len().max(1) as f64;
    let var = deltas.iter().map(|d| (d - m) * (d - m)).sum::<f64>()
        / deltas.len().saturating_sub(1).max(1) as f64;
    Delta {
        base: b,
        new: n,
        noise: var.sqrt(),
    }
}

/// One page whose score changed between the baseline and the new run.
pub struct PageChange {
    pub index: usize,
    pub base_f1: f64,
    pub new_f1: f64,
    /// Snippet pages: `with` snippets the baseline found and the new run lost.
    pub lost_with: Vec<String>,
    /// Snippet pages: `without` snippets the new run lets in.
    pub new_without: Vec<String>,
    /// Snippet pages: `with` snippets the new run gained and `without` snippets it dropped.
    pub gained: usize,
}

impl PageChange {
    pub fn change(&self) -> f64 {
        self.new_f1 - self.base_f1
    }
}

/// Pages that got worse (largest drop first) and pages that got better (largest gain
/// first). Full-text pages count when their shingle F1 moves by more than
/// [`PAGE_F1_CHANGE`]; snippet pages are worse when they lose any `with` snippet or let in
/// any new `without` snippet, better when they only gain.
pub fn page_changes(
    corpus: &Corpus,
    folds: &Folds,
    base: &[PageScore],
    new: &[PageScore],
) -> (Vec<PageChange>, Vec<PageChange>) {
    let (mut worse, mut better) = (Vec::new(), Vec::new());
    for (i, (b, n)) in base.iter().zip(new).enumerate() {
        let Some(page) = folds.index(&n.id).map(|k| &corpus.pages[k]) else {
            continue;
        };
        let mut change = PageChange {
            index: i,
            base_f1: b.f1,
            new_f1: n.f1,
            lost_with: Vec::new(),
            new_without: Vec::new(),
            gained: 0,
        };
        match (&b.detail, &n.detail, &page.truth) {
            (
                PageDetail::Snippets {
                    with_found: bw,
                    without_found: bo,
                },
                PageDetail::Snippets {
                    with_found: nw,
                    without_found: no,
                },
                Truth::Snippets { with, without },
            ) => {
                for (k, text) in with.iter().enumerate() {
                    match (bw[k], nw[k]) {
                        (true, false) => change.lost_with.push(text.clone()),
                        (false, true) => change.gained += 1,
                        _ => {}
                    }
                }
                for (k, text) in without.iter().enumerate() {
                    match (bo[k], no[k]) {
                        (false, true) => change.new_without.push(text.clone()),
                        (true, false) => change.gained += 1,
                        _ => {}
                    }
                }
                if !change.lost_with.is_empty() || !change.new_without.is_empty() {
                    worse.push(change);
                } else if change.gained > 0 {
                    better.push(change);
                }
            }
            _ => {
                if change.change() < -PAGE_F1_CHANGE {
                    worse.push(change);
                } else if change.change() > PAGE_F1_CHANGE {
                    better.push(change);
                }
            }
        }
    }
    let losses = |c: &PageChange| c.lost_with.len() + c.new_without.len();
    worse.sort_by(|a, b| {
        a.change()
            .total_cmp(&b.change())
            .then_with(|| losses(b).cmp(&losses(a)))
            .then_with(|| a.index.cmp(&b.index))
    });
    better.sort_by(|a, b| {
        b.change()
            .total_cmp(&a.change())
            .then_with(|| b.gained.cmp(&a.gained))
            .then_with(|| a.index.cmp(&b.index))
    });
    (worse, better)
}
