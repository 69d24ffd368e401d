// Progressive enhancement: the form works without this. Counts characters as the checks engine does
// (grapheme clusters), in the page's translated sentence with numbers written as its language writes
// them, and saves the draft every 15 seconds while someone types. The status messages come from the page
// (data-saved and data-conflict on [data-autosave-status]), in the reader's language.
const form = document.querySelector("form[data-autosave]");
if (form) {
  const limit = Number(form.dataset.boxChars || 0);
  const countLine = form.querySelector("[data-char-count]");
  const status = form.querySelector("[data-autosave-status]");
  const segmenter = "Segmenter" in Intl ? new Intl.Segmenter() : null;
  const count = (text) => (segmenter ? [...segmenter.segment(text)].length : [...text].length);
  const numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
  const boxes = [...form.querySelectorAll("textarea")];
  const update = () => {
    const used = count(boxes.map((box) => box.value.trim()).filter(Boolean).join(" "));
    const { template, over } = countLine.dataset;
    countLine.hidden = false;
    countLine.textContent =
      template.replace("{used}", numbers.format(used)).replace("{limit}", numbers.format(limit)) +
      (used > limit ? " " + over : "");
  };
  if (limit && countLine) {
    boxes.forEach((box) => box.addEventListener("input", update));
    update();
  }
  let changed = false;
  form.addEventListener("input", () => {
    changed = true;
  });
  setInterval(async () => {
    if (!changed) return;
    changed = false;
    const response = await fetch(window.location.href, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Autosave": "1" },
    });
    const result = await response.json().catch(() => ({}));
    if (response.ok && result.saved) {
      form.querySelector("input[name=version]").value = result.version;
      status.textContent = status.dataset.saved;
    } else if (response.status === 409) {
      status.textContent = status.dataset.conflict;
    }
  }, 15000);
}
