// The module page records that the learner opened it with a POST (reading a page writes
// nothing): started, last seen, active. The page asks for it only when it is due.
(function () {
  "use strict";
  var section = document.querySelector("[data-seen-url]");
  if (!section || !window.fetch) { return; }
  fetch(section.getAttribute("data-seen-url"), {
    method: "POST",
    credentials: "same-origin",
    headers: { "Accept": "application/json", "X-CSRFToken": section.getAttribute("data-csrf") }
  }).then(function (response) { return response.text(); }).catch(function () {});
})();
