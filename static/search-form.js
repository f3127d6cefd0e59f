// Leaves the empty fields of the search form out of the address it opens (the server reads a
// missing field and an empty one alike; this only keeps addresses short). Without script the
// form works the same, empty fields included.
"use strict";

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.id !== "site-search") return;
  for (const field of form.elements) {
    // `within` stays even when empty: it says the "keep the filters" box was offered.
    if (field.name && field.name !== "within" && field.value === "" && !field.disabled) {
      field.disabled = true;
      field.dataset.emptyOnSubmit = "";
    }
  }
});

// A page restored by the back button keeps its fields' state: give the emptied ones back.
window.addEventListener("pageshow", () => {
  for (const field of document.querySelectorAll("[data-empty-on-submit]")) {
    field.disabled = false;
    delete field.dataset.emptyOnSubmit;
  }
});
