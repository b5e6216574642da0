// Keeps the reviewers' pages current without reloading them. The server announces every
// submission, resubmission and decision on /review/events (ids only); on each, the page's
// live region is fetched again and swapped in. EventSource reconnects by itself, and the
// server begins every connection with "resync", so a dropped connection misses nothing.
//
// Plain JavaScript on purpose: the reviewers' pages are server-rendered, and a Leptos island
// here would grow the one WASM bundle every applicant downloads (see README, "Live pages").
(() => {
  "use strict";
  const region = document.querySelector("[data-live-region]");
  if (!region || !("EventSource" in window)) return;
  const status = document.querySelector("[data-live-status]");
  let running = false;
  let again = false;

  async function refresh() {
    if (running) {
      again = true; // a change arrived while fetching: fetch once more afterwards
      return;
    }
    running = true;
    try {
      const response = await fetch(location.href, { headers: { Accept: "text/html" }, credentials: "same-origin" });
      if (response.redirected || !response.ok) return; // signed out, say: leave the page as it is
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html").querySelector("[data-live-region]");
      if (fresh) {
        // Keyboard users keep their place: the focused link or field is found again after
        // the swap (by its id, or a link by its address) and focused.
        const active = document.activeElement;
        let refocus = null;
        if (active && region.contains(active)) {
          if (active.id) refocus = `#${CSS.escape(active.id)}`;
          else if (active.getAttribute("href")) refocus = `[href="${CSS.escape(active.getAttribute("href"))}"]`;
        }
        region.replaceChildren(...fresh.childNodes);
        if (refocus) region.querySelector(refocus)?.focus();
        region.dataset.refreshed = String(Date.now());
        if (status) status.textContent = status.dataset.text + " " + new Date().toLocaleTimeString();
      }
    } catch (error) {
      // Offline for a moment: the next event or the reconnection's resync tries again.
    } finally {
      running = false;
      if (again) {
        again = false;
        refresh();
      }
    }
  }

  // On an application's own page only its own changes matter. A reviewer's half-written
  // reason is never thrown away: they are told instead (their decision would be stale anyway).
  const only = region.dataset.liveReference;
  const typing = () => [...region.querySelectorAll("textarea")].some((field) => field.value.trim() !== "");
  function changed(reference) {
    if (only && reference && reference !== only) return;
    if (typing()) {
      if (status) status.textContent = status.dataset.changed || status.dataset.text;
      return;
    }
    refresh();
  }

  let connectedBefore = false;
  const events = new EventSource("/review/events");
  events.addEventListener("change", (message) => {
    let reference = "";
    try {
      reference = JSON.parse(message.data).reference;
    } catch (error) {
      // A malformed event still means something changed.
    }
    changed(reference);
  });
  // The first connection comes with the freshly rendered page; after a reconnection, events
  // may have been missed while away, so the page catches up.
  events.addEventListener("resync", () => {
    document.documentElement.dataset.live = "connected";
    if (connectedBefore) changed("");
    connectedBefore = true;
  });
  events.addEventListener("error", () => {
    document.documentElement.dataset.live = "reconnecting";
  });
})();
