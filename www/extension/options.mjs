// @ts-check
// The options page: edits the same preferences object the reader's in-page controls save
// (through the same store), so a change here is the default for every tab's next reader and
// a change made in a page shows here. Values are clamped by the reader's own normalizePrefs.
// Also grants or withdraws the optional all-sites permission the readability badge uses.
import { FONTS, RANGES, THEMES, normalizePrefs } from "./reader/prefs.mjs";
import { createPrefsStore, extensionApi as api, onPrefsChanged } from "./prefs-store.mjs";

const LABELS = {
  theme: { auto: "Follow the system", light: "Light", sepia: "Sepia", dark: "Dark" },
  font: { serif: "Serif", sans: "Sans-serif" },
};
/** The optional permission that lets the badge check every page, not only invoked tabs. */
const ALL_SITES = { origins: ["<all_urls>"] };

const store = createPrefsStore();
const form = /** @type {HTMLFormElement} */ (document.getElementById("prefs"));
const status = /** @type {HTMLElement} */ (document.getElementById("status"));
/** The form's `<select name>`. @param {string} name */
const select = (name) => /** @type {HTMLSelectElement} */ (form.elements[name]);
/** The form's `<input name>`. @param {string} name */
const input = (name) => /** @type {HTMLInputElement} */ (form.elements[name]);

for (const [name, values] of /** @type {const} */ ([["theme", THEMES], ["font", FONTS]])) {
  select(name).append(...values.map((value) => new Option(LABELS[name][value] ?? value, value)));
}
for (const [name, [min, max, step]] of Object.entries(RANGES)) {
  Object.assign(input(name), { min, max, step });
}

function show(prefs) {
  for (const name of ["theme", "font"]) select(name).value = prefs[name];
  for (const name of Object.keys(RANGES)) input(name).value = prefs[name];
}

function say(text) {
  status.textContent = text;
}

async function saveForm() {
  /** @type {Record<string, string | number>} */
  const raw = { theme: select("theme").value, font: select("font").value };
  for (const name of Object.keys(RANGES)) raw[name] = Number(input(name).value);
  const prefs = normalizePrefs(raw);
  show(prefs);
  try {
    await store.save(prefs);
    say("Saved.");
  } catch (error) {
    say(`Not saved: ${error.message}`);
  }
}

async function setAllSites(wanted) {
  // permissions.request needs the user's click, so it is called straight from the handler.
  const done = wanted ? api.permissions.request(ALL_SITES) : api.permissions.remove(ALL_SITES);
  try {
    await done;
  } finally {
    input("allSites").checked = await api.permissions.contains(ALL_SITES);
  }
}

form.addEventListener("change", (event) => {
  const target = /** @type {HTMLInputElement | HTMLSelectElement} */ (event.target);
  if (target.name === "allSites") setAllSites(/** @type {HTMLInputElement} */ (target).checked);
  else saveForm();
});
form.addEventListener("submit", (event) => event.preventDefault());
onPrefsChanged((prefs) => show(normalizePrefs(prefs)));

show(normalizePrefs(await store.load()));
input("allSites").checked = await api.permissions.contains(ALL_SITES);
document.documentElement.dataset.ready = "true";
