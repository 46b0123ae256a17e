// Parts of a page that keep themselves current: an element with data-refresh-url is
// replaced by the same element read again from that address every data-refresh-seconds,
// while the page is in view. The page works without it; it only saves a reload (a pupil's
// dashboard shows a live session the moment the teacher starts it).
(function () {
  "use strict";
  document.querySelectorAll("[data-refresh-url]").forEach(function (part) {
    var url = part.getAttribute("data-refresh-url");
    var seconds = Number(part.getAttribute("data-refresh-seconds")) || 15;

    function refresh() {
      if (document.hidden) { return window.setTimeout(refresh, seconds * 1000); }
      fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
        // Signed out meanwhile (the address answers with the sign-in page): leave it be.
        .then(function (response) { return response.ok && !response.redirected ? response.text() : null; })
        .then(function (html) {
          if (html === null) { return; }
          var fresh = new DOMParser().parseFromString(html, "text/html").getElementById(part.id);
          if (!fresh) { part.hidden = true; return; }
          part.hidden = false;
          // Only a real change is written, so a screen reader hears only news.
          if (fresh.innerHTML.trim() !== part.innerHTML.trim()) { part.innerHTML = fresh.innerHTML; }
        })
        .catch(function () {})
        .finally(function () { window.setTimeout(refresh, seconds * 1000); });
    }
    window.setTimeout(refresh, seconds * 1000);
  });
})();
