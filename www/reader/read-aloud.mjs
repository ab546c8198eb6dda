// @ts-check
// Read-aloud for the reading view: speaks the article one block at a time with the Web
// Speech API and marks the block being spoken (attribute `data-pv-speaking`), scrolling it
// into view. One utterance per block keeps pauses natural and sidesteps engines that stop
// long utterances.

/** Blocks that are read, in document order; a block inside another listed block wins. */
const SPOKEN_BLOCKS =
  ".pv-title, .pv-content :is(p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, th, td)";

export const SPEAKING_ATTRIBUTE = "data-pv-speaking";

export function speechAvailable(win = globalThis) {
  return typeof win.speechSynthesis === "object" && typeof win.SpeechSynthesisUtterance === "function";
}

function spokenBlocks(doc) {
  const all = [...doc.querySelectorAll(SPOKEN_BLOCKS)];
  const set = new Set(all);
  return all.filter((el) => {
    if (!el.textContent.trim()) return false;
    // Read the innermost blocks only (a <p> inside a <blockquote> or <li>).
    for (const other of el.querySelectorAll("*")) if (set.has(other)) return false;
    return true;
  });
}

/**
 * A reader for `doc` (the reading view's document). `onChange(state)` hears "playing",
 * "paused" and "stopped". Speech comes from `win` (the top window: the article's own
 * frame runs no script).
 * @param {{ doc: Document, lang?: string | null, win?: any, onChange?: (state: string) => void }} options
 */
export function createReadAloud({ doc, lang, win = globalThis, onChange = () => {} }) {
  const synth = win.speechSynthesis;
  let blocks = [];
  let index = 0;
  let state = "stopped";
  let generation = 0;

  function setState(next) {
    state = next;
    onChange(next);
  }

  function mark(el) {
    for (const old of doc.querySelectorAll(`[${SPEAKING_ATTRIBUTE}]`)) old.removeAttribute(SPEAKING_ATTRIBUTE);
    if (el) {
      el.setAttribute(SPEAKING_ATTRIBUTE, "");
      const still = win.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      el.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
    }
  }

  function speak(i, gen) {
    if (gen !== generation) return;
    if (i >= blocks.length) {
      stop();
      return;
    }
    index = i;
    const el = blocks[i];
    mark(el);
    const utterance = new win.SpeechSynthesisUtterance(el.textContent.replace(/\s+/g, " ").trim());
    if (lang) utterance.lang = lang;
    utterance.onend = () => speak(i + 1, gen);
    utterance.onerror = (event) => {
      if (event.error !== "interrupted" && event.error !== "canceled") speak(i + 1, gen);
    };
    synth.speak(utterance);
  }

  function play() {
    if (state === "playing") return;
    if (state === "paused") {
      synth.resume();
      setState("playing");
      return;
    }
    blocks = spokenBlocks(doc);
    if (blocks.length === 0) return;
    generation += 1;
    synth.cancel();
    setState("playing");
    speak(0, generation);
  }

  function pause() {
    if (state !== "playing") return;
    synth.pause();
    setState("paused");
  }

  function stop() {
    generation += 1;
    synth.cancel();
    mark(null);
    index = 0;
    if (state !== "stopped") setState("stopped");
  }

  return {
    play,
    pause,
    stop,
    toggle: () => (state === "playing" ? pause() : play()),
    get state() {
      return state;
    },
    get index() {
      return index;
    },
  };
}
