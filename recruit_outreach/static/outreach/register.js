// The register with JavaScript: one fetch per tap to the same address the form posts to.
// Without JavaScript each tap is an ordinary form POST that comes back to the register.
(function () {
  "use strict";

  const register = document.getElementById("register");
  if (!register || !window.fetch || !window.crypto || !crypto.randomUUID) {
    return;
  }

  function showTotals(totals) {
    Object.entries(totals).forEach(function ([name, value]) {
      const cell = register.querySelector('[data-total="' + name + '"]');
      if (cell) {
        cell.textContent = String(value);
      }
    });
  }

  function send(form, choice) {
    const row = form.closest(".app-register-row");
    const status = row.querySelector("[data-status]");
    const saveId = form.elements.save_id;
    const tappedAt = form.elements.tapped_at;
    // A retry of the same choice keeps its id, so the server counts it once; a new choice is a new tap.
    if (form.dataset.pending !== choice) {
      saveId.value = crypto.randomUUID();
      tappedAt.value = new Date().toISOString();
      form.dataset.pending = choice;
    }
    const body = new FormData(form);
    body.set("mark", choice);
    row.dataset.saving = "true";
    status.textContent = register.dataset.saving;
    fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.json().then(function (answer) {
          // The server answered: this tap is settled, saved or refused, and the next tap is a new one.
          delete form.dataset.pending;
          status.textContent = answer.saved ? answer.status : answer.message;
          if (answer.totals) {
            showTotals(answer.totals);
          }
        });
      })
      .catch(function () {
        // No answer (a dropped connection): tapping again resends the same save.
        status.textContent = register.dataset.failed;
      })
      .finally(function () {
        row.dataset.saving = "false";
      });
  }

  register.querySelectorAll("form[data-register-mark]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      const button = event.submitter;
      send(form, button ? button.value : "attended");
    });
  });
})();
