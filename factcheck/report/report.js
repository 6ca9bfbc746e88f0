(function () {
  "use strict";
  var RANK = { info: 0, warning: 1, error: 2 };
  var items = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-finding]"));
  var byId = {};
  items.forEach(function (li) { byId[li.id] = li; });
  function ids(el, attr) { return (el.getAttribute(attr) || "").split(" ").filter(Boolean); }
  function flash(els) {
    els.forEach(function (el) { el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash"); });
  }
  function show(attr, id) {
    var els = marks.filter(function (m) { return ids(m, attr).indexOf(id) >= 0; });
    if (!els.length) { return; }
    els[0].scrollIntoView({ behavior: "smooth", block: "center" });
    flash(els);
  }
  items.forEach(function (li) {
    li.addEventListener("click", function (event) {
      var quote = event.target.closest("[data-ev]");
      if (quote) { show("data-ev", quote.getAttribute("data-ev")); } else { show("data-finding", li.id); }
    });
    li.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show("data-finding", li.id); }
    });
  });
  marks.forEach(function (m) {
    m.addEventListener("click", function () {
      var visible = ids(m, "data-finding").filter(function (id) { return byId[id] && !byId[id].hidden; });
      if (!visible.length) { return; }
      var li = byId[visible[0]];
      li.scrollIntoView({ behavior: "smooth", block: "center" });
      flash([li]);
      li.focus({ preventScroll: true });
    });
  });
  var form = document.querySelector("form.filters");
  function apply() {
    var sevs = Array.prototype.slice.call(form.querySelectorAll("input[name=severity]:checked"))
      .map(function (i) { return i.value; });
    var rule = form.querySelector("select[name=rule]").value;
    var shown = {};
    items.forEach(function (li) {
      var ok = sevs.indexOf(li.dataset.severity) >= 0 && (!rule || li.dataset.rule === rule);
      li.hidden = !ok;
      if (ok) { shown[li.id] = li.dataset.severity; }
    });
    marks.forEach(function (m) {
      var best = null;
      ids(m, "data-finding").forEach(function (id) {
        var sev = shown[id];
        if (sev && (best === null || RANK[sev] > RANK[best])) { best = sev; }
      });
      m.classList.remove("sev-error", "sev-warning", "sev-info");
      m.classList.toggle("muted", best === null);
      if (best !== null) { m.classList.add("sev-" + best); }
    });
  }
  if (form) {
    form.addEventListener("change", apply);
    apply();
  }
  document.documentElement.setAttribute("data-ready", "1");
})();
