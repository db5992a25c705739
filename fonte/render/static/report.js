// fonte's report page: click (or Enter on) a highlighted passage to list every finding covering it.
// Builds the panel with textContent only, so no article text is ever parsed as HTML.
(function () {
  "use strict";
  var data = document.getElementById("fonte-findings");
  if (!data) return;
  var findings = JSON.parse(data.textContent);
  var panel = document.getElementById("detail");

  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = String(text);
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  }

  function show(seg) {
    var ids = seg.getAttribute("data-f").split(" ");
    document.querySelectorAll(".seg.active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll(".seg").forEach(function (el) {
      var own = el.getAttribute("data-f").split(" ");
      if (own.some(function (i) { return ids.indexOf(i) >= 0; })) el.classList.add("active");
    });
    panel.textContent = "";
    ids.forEach(function (id) {
      var f = findings[Number(id)];
      if (!f) return;
      var box = add(panel, "div", null, "finding");
      add(box, "div", f.kind, "kind");
      add(box, "b", f.label);
      add(box, "div", "“" + f.text + "”");
      Object.keys(f.detail).forEach(function (key) {
        var value = f.detail[key];
        if (value === null || value === "" || value === undefined) return;
        add(box, "div", key + ": " + value);
      });
    });
  }

  document.querySelectorAll(".seg").forEach(function (seg) {
    seg.addEventListener("click", function () { show(seg); });
    seg.addEventListener("keydown", function (ev) { if (ev.key === "Enter") show(seg); });
  });
  document.querySelectorAll("input[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-toggle"), !box.checked);
    });
  });
})();
