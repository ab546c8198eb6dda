// Order statistics the browser benches print: medians and nearest-rank percentiles.

/** The values in ascending order (a copy). */
export const sorted = (v) => [...v].sort((a, b) => a - b);

/** The median (the mean of the middle two for an even count). */
export const median = (v) => {
  const s = sorted(v);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Nearest-rank percentile. */
export const pct = (v, p) => sorted(v)[Math.max(0, Math.ceil((p / 100) * v.length) - 1)];
