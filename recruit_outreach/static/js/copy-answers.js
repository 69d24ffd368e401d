// Download step: a "Copy this answer" button under each box when the browser can write to the clipboard.
// The button's words come from the page (data-copy-label and data-copied-label on #copy-status), in the
// reader's language. Without JavaScript the resident selects and copies the text themselves.
const status = document.getElementById("copy-status");
if (status && navigator.clipboard) {
  for (const area of document.querySelectorAll("textarea[data-copy]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "nhsuk-button nhsuk-button--secondary nhsuk-button--small";
    button.textContent = status.dataset.copyLabel;
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(area.value);
      status.textContent = status.dataset.copiedLabel;
    });
    area.after(button);
  }
}
