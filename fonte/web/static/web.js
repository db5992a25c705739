// The web UI's additions to report.js: a tooltip on hover or focus, and links from the detail
// panel to entity pages. Text goes in with textContent only, never parsed as HTML.
(function () {
  "use strict";
  var tip = document.getElementById("tooltip");
  var data = document.getElementById("fonte-findings");
  if (!tip || !data) return;
  var findings = JSON.parse(data.textContent);

  function place(seg) {
    tip.textContent = seg.getAttribute("data-tip");
    tip.hidden = false;
    var box = seg.getBoundingClientRect();
    tip.style.left = Math.max(4, window.scrollX + box.left) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
  }
  function hide() { tip.hidden = true; }

  function entityLinks(seg) {
    // report.js has just filled the panel; add where each named entity's page is.
    var panel = document.getElementById("detail");
    seg.getAttribute("data-f").split(" ").forEach(function (id) {
      var f = findings[Number(id)];
      if (!f || f.kind !== "entity") return;
      var key = f.detail.wikidata || f.detail.iso || f.detail.name;
      var link = document.createElement("a");
      link.href = "/entity/" + encodeURIComponent(key);
      link.textContent = "entity page: " + f.detail.name + " →";
      link.className = "entity-page";
      var row = document.createElement("div");
      row.appendChild(link);
      panel.appendChild(row);
    });
  }

  document.querySelectorAll(".seg").forEach(function (seg) {
    seg.addEventListener("mouseenter", function () { place(seg); });
    seg.addEventListener("mouseleave", hide);
    seg.addEventListener("focus", function () { place(seg); });
    seg.addEventListener("blur", hide);
    seg.addEventListener("click", function () { entityLinks(seg); });
    seg.addEventListener("keydown", function (ev) { if (ev.key === "Enter") entityLinks(seg); });
  });
})();
