// @ts-check
// Reading-view preferences: their defaults, ranges and steps (declared once here), the
// clamping that makes any stored value safe to apply, and the default store (localStorage).
// A store is `{ load(): Promise<object|null>, save(prefs): Promise<void> }`; the browser
// extension passes one backed by chrome.storage.

export const THEMES = ["light", "sepia", "dark", "auto"];
export const FONTS = ["serif", "sans"];

/** Numeric preferences: [min, max, step, default]. Units: px, ch, multiple of font size. */
export const RANGES = {
  fontSizePx: [12, 36, 2, 20],
  contentWidth: [40, 110, 5, 65],
  lineHeight: [1.2, 2.2, 0.1, 1.6],
};

export const DEFAULT_PREFS = Object.freeze({
  theme: "auto",
  font: "serif",
  fontSizePx: RANGES.fontSizePx[3],
  contentWidth: RANGES.contentWidth[3],
  lineHeight: RANGES.lineHeight[3],
});

export const STORAGE_KEY = "plainview:prefs";

/** Rounds to the step's precision so repeated steps do not drift (1.6000000001). */
function roundTo(value, step) {
  const decimals = (String(step).split(".")[1] ?? "").length;
  return Number(value.toFixed(decimals));
}

/** Any object (stored, hand-edited, from an older version) as valid preferences. */
export function normalizePrefs(raw) {
  const prefs = { ...DEFAULT_PREFS };
  if (raw === null || typeof raw !== "object") return prefs;
  if (THEMES.includes(raw.theme)) prefs.theme = raw.theme;
  if (FONTS.includes(raw.font)) prefs.font = raw.font;
  for (const [key, [min, max, step]] of Object.entries(RANGES)) {
    const value = Number(raw[key]);
    if (Number.isFinite(value)) prefs[key] = roundTo(Math.min(max, Math.max(min, value)), step);
  }
  return prefs;
}

/** `prefs` with numeric preference `key` moved `direction` (+1 / -1) steps, clamped. */
export function stepPref(prefs, key, direction) {
  const [, , step] = RANGES[key];
  return normalizePrefs({ ...prefs, [key]: prefs[key] + direction * step });
}

/** The default store: one JSON value in localStorage; silently absent where storage is off. */
export function localStoragePrefsStore(key = STORAGE_KEY) {
  return {
    async load() {
      try {
        const text = globalThis.localStorage?.getItem(key);
        return text ? JSON.parse(text) : null;
      } catch {
        return null;
      }
    },
    async save(prefs) {
      try {
        globalThis.localStorage?.setItem(key, JSON.stringify(prefs));
      } catch {
        // Storage full or disabled: preferences last for this page only.
      }
    },
  };
}
