// Live class sessions. The presenter screen polls the counts; a pupil's page reloads
// when the teacher moves on. Without JavaScript, the pupil's page offers a link to the next step.
(function () {
  "use strict";
  var root = document.querySelector("[data-live-url]");
  if (!root) { return; }
  var url = root.getAttribute("data-live-url");
  var step = root.getAttribute("data-step");
  var state = root.getAttribute("data-state");
  var role = root.getAttribute("data-role");

  // Once the teacher (or a pupil) sends a form, the page is on its way to the answer:
  // a reload for the new state would cancel it (the report after "End the session").
  var leaving = false;
  document.addEventListener("submit", function () { leaving = true; });

  function update(data) {
    if (leaving) { return; }
    if (String(data.step) !== step || data.state !== state) {
      if (role === "pupil" && root.hasAttribute("data-answering")) { return; }
      window.location.reload();
      return;
    }
    if (role !== "teacher") { return; }
    var answered = document.getElementById("live-answered");
    var joined = document.getElementById("live-joined");
    if (answered) { answered.textContent = data.answered; }
    if (joined) { joined.textContent = data.joined; }
    document.querySelectorAll("[data-choice-id]").forEach(function (row) {
      var count = data.counts[row.getAttribute("data-choice-id")] || 0;
      row.querySelector(".live-count").textContent = count;
      var bar = row.querySelector("progress");
      if (bar) { bar.max = Math.max(data.answered, 1); bar.value = count; }
    });
  }

  // A pupil's page tells the teacher the pupil is here (a POST: reading a page writes nothing).
  var attendUrl = root.getAttribute("data-attend-url");
  if (role === "pupil" && attendUrl) {
    fetch(attendUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRFToken": root.getAttribute("data-csrf") }
    }).then(function (response) { return response.text(); }).catch(function () {});
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) { update(data); } })
      .catch(function () {})
      .finally(function () { window.setTimeout(poll, 1500); });
  }
  window.setTimeout(poll, 1500);
})();
