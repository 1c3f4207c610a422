// crosscheck — the only script: shows a highlight's details in the side
// panel when it is focused or clicked. Everything it shows is also in the
// highlight's title and the panel's lists, so pages work without it. It
// writes text with textContent only, never HTML.
(function () {
  "use strict";
  var box = document.getElementById("details");
  if (!box) { return; }
  var active = null;
  function show(m) {
    if (active) { active.classList.remove("active"); }
    active = m;
    m.classList.add("active");
    box.textContent = "";
    var label = document.createElement("span");
    label.className = "d-label";
    label.textContent = m.getAttribute("data-label") || "";
    var tip = document.createElement("span");
    tip.className = "d-tip";
    tip.textContent = m.getAttribute("data-tip") || "";
    var quote = document.createElement("q");
    quote.textContent = m.textContent.length > 160 ? m.textContent.slice(0, 160) + "…" : m.textContent;
    box.appendChild(label);
    box.appendChild(tip);
    box.appendChild(document.createElement("br"));
    box.appendChild(quote);
  }
  function markOf(el) {
    while (el && el !== document.body) {
      if (el.tagName === "MARK" && el.classList.contains("hl")) { return el; }
      el = el.parentElement;
    }
    return null;
  }
  document.addEventListener("focusin", function (e) { var m = markOf(e.target); if (m) { show(m); } });
  document.addEventListener("click", function (e) { var m = markOf(e.target); if (m) { show(m); } });
})();
