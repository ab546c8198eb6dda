//! The last gate before output: an allow-list pass (ammonia) so `content` is safe anywhere.

/// Returns `html` with everything not on the allow-list removed.
pub(crate) fn sanitize(html: &str, keep_classes: bool) -> String {
    let _ = keep_classes;
    ammonia::clean(html)
}
