// @ts-check
// The reader's preferences, kept in the browser's extension storage so the options page and
// the in-page controls of every tab read and write the same object. A store is the
// `prefsStore` that createReader takes: load() resolves to the saved object or null,
// save(prefs) replaces it. storage.sync follows the user's browser profile across devices;
// where it is unavailable or refuses a write (quota, sync disabled by policy) the same key
// in storage.local is used instead, and load() prefers whichever holds a value.

/** The storage key of the preferences object, in both areas. */
export const PREFS_KEY = "readerPrefs";

/**
 * The extension API namespace: Firefox's promise-based `browser`, else `chrome`. Both are
 * typed as `chrome` (@types/chrome): the calls the extension makes have the same shape in
 * both, promise-returning.
 * @type {typeof chrome}
 */
export const extensionApi = /** @type {{ browser?: typeof chrome }} */ (globalThis).browser ?? globalThis.chrome;

export function createPrefsStore(storage = extensionApi.storage) {
  const areas = [storage.sync, storage.local].filter(Boolean);
  return {
    async load() {
      for (const area of areas) {
        try {
          const found = (await area.get(PREFS_KEY))[PREFS_KEY];
          if (found !== null && typeof found === "object") return found;
        } catch {
          // This area is unavailable here; the next one may answer.
        }
      }
      return null;
    },
    async save(prefs) {
      let lastError = null;
      for (const area of areas) {
        try {
          await area.set({ [PREFS_KEY]: prefs });
          return;
        } catch (error) {
          lastError = error;
        }
      }
      throw lastError ?? new Error("no extension storage area is available");
    },
  };
}

/** Calls `listener(prefs)` whenever another page saves new preferences. */
export function onPrefsChanged(listener, storage = extensionApi.storage) {
  storage.onChanged.addListener((changes) => {
    const change = changes[PREFS_KEY];
    if (change && change.newValue) listener(change.newValue);
  });
}
