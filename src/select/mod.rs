//! Selection of the article: the retry ladder's policies (`policy`), one attempt's
//! scoring of candidates and siblings (`score`), and the loop that runs one attempt per
//! policy and keeps the first result that reads as the article (`retry`).

pub(crate) mod policy;
pub(crate) mod retry;
pub(crate) mod score;
