// A video's player loads from its provider only when the learner asks for it: the button
// next to each video swaps itself for the player kept inert in the <template> beside it.
(function () {
  "use strict";
  document.querySelectorAll("[data-video-play]").forEach(function (button) {
    var frame = button.parentElement;
    var template = frame.querySelector("template");
    if (!template || button.dataset.ready) { return; }
    button.dataset.ready = "1";
    button.hidden = false;
    button.addEventListener("click", function () {
      frame.replaceChildren(template.content.cloneNode(true));
      var player = frame.querySelector("iframe");
      if (player) { player.focus(); }
    });
  });
})();
