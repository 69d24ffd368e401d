// Without scripts the "Check again for results" link refreshes the page. With them, fetch the page
// every 3 seconds and swap in the new status and results once the check has finished. The page loads
// this file only while the check is waiting.
const status = document.getElementById("document-status");
const result = document.getElementById("document-result");
const waiting = new Set(["queued", "checking"]);
let tries = 0;
async function poll() {
  tries += 1;
  try {
    const response = await fetch(window.location.pathname, { credentials: "same-origin", cache: "no-store" });
    if (response.ok) {
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const newStatus = page.getElementById("document-status");
      const newResult = page.getElementById("document-result");
      if (newStatus && newResult && newStatus.dataset.status !== status.dataset.status) {
        status.dataset.status = newStatus.dataset.status;
        result.replaceChildren(...newResult.childNodes);
        status.replaceChildren(...newStatus.childNodes);
      }
    }
  } catch (error) {
    // The link still works; try again on the next turn.
  }
  if (waiting.has(status.dataset.status) && tries < 200) {
    window.setTimeout(poll, 3000);
  }
}
if (status && result) {
  window.setTimeout(poll, 3000);
}
