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
const form = document.getElementById("prefs");
const status = document.getElementById("status");

for (const [name, values] of [["theme", THEMES], ["font", FONTS]]) {
  form.elements[name].append(...values.map((value) => new Option(LABELS[name][value] ?? value, value)));
}
for (const [name, [min, max, step]] of Object.entries(RANGES)) {
  Object.assign(form.elements[name], { min, max, step });
}

function show(prefs) {
  for (const name of ["theme", "font", ...Object.keys(RANGES)]) form.elements[name].value = prefs[name];
}

function say(text) {
  status.textContent = text;
}

async function saveForm() {
  const raw = { theme: form.elements.theme.value, font: form.elements.font.value };
  for (const name of Object.keys(RANGES)) raw[name] = Number(form.elements[name].value);
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
    form.elements.allSites.checked = await api.permissions.contains(ALL_SITES);
  }
}

form.addEventListener("change", (event) => {
  if (event.target.name === "allSites") setAllSites(event.target.checked);
  else saveForm();
});
form.addEventListener("submit", (event) => event.preventDefault());
onPrefsChanged((prefs) => show(normalizePrefs(prefs)));

show(normalizePrefs(await store.load()));
form.elements.allSites.checked = await api.permissions.contains(ALL_SITES);
document.documentElement.dataset.ready = "true";
