// natocorpus review report: filters, sorting and paging of the index, the view switch and the keys of a text page.
// Local only: no request leaves the folder. Everything works from disk; without this script every row is shown.
(function () {
  "use strict";
  var body = document.body;
  body.classList.add("js");
  var root = body.getAttribute("data-root") || "";
  var texts = window.NC_TEXTS || [];

  function go(step) {
    // The next (step 1) or previous (step -1) text that needs a person, from this text or the index.
    var file = body.getAttribute("data-file");
    var at = -1;
    for (var i = 0; i < texts.length; i++) { if (texts[i][0] === "texts/" + file) { at = i; } }
    for (var j = at + step; j >= 0 && j < texts.length; j += step) {
      if (texts[j][1] === 1) { return root + texts[j][0]; }
    }
    return null;
  }

  function setupText() {
    var prev = document.getElementById("nav-prev"), next = document.getElementById("nav-next");
    var p = go(-1), n = go(1);
    if (prev) { if (p) { prev.href = p; } else { prev.removeAttribute("href"); } }
    if (next) { if (n) { next.href = n; } else { next.removeAttribute("href"); } }
    var side = document.getElementById("show-side"), diff = document.getElementById("show-diff");
    function show(isDiff) {
      body.classList.toggle("diff", isDiff);
      if (side) { side.setAttribute("aria-selected", String(!isDiff)); }
      if (diff) { diff.setAttribute("aria-selected", String(isDiff)); }
    }
    if (side) { side.addEventListener("click", function () { show(false); }); }
    if (diff) { diff.addEventListener("click", function () { show(true); }); }
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || /INPUT|SELECT|TEXTAREA/.test(event.target.tagName)) { return; }
      var target = null;
      if (event.key === "j" || event.key === "n") { target = go(1); }
      else if (event.key === "k" || event.key === "p") { target = go(-1); }
      else if (event.key === "d") { show(!body.classList.contains("diff")); }
      if (target) { window.location.href = target; }
    });
  }

  function setupIndex() {
    var table = document.getElementById("texts");
    if (!table) { return; }
    var tbody = table.tBodies[0];
    // A large corpus: the page holds its first rows, the others come in chunks from rows/*.js (a page of
    // 20,000 rows would weigh megabytes before anything is shown).
    if (window.NC_ROWS && window.NC_ROWS.length) {
      tbody.insertAdjacentHTML("beforeend", window.NC_ROWS.join(""));
      var more = document.getElementById("more-rows");
      if (more) { more.hidden = true; }
    }
    var rows = Array.prototype.slice.call(tbody.rows);
    var size = parseInt(table.getAttribute("data-page-size"), 10) || 200;
    var page = 0, current = -1, shown = [];
    var controls = ["f-status", "f-rule", "f-severity", "f-kind", "f-needs", "f-search"].map(function (id) { return document.getElementById(id); });
    function has(row, attribute, value) { return !value || (" " + row.getAttribute(attribute) + " ").indexOf(" " + value + " ") >= 0; }
    function apply() {
      var status = controls[0].value, rule = controls[1].value, severity = controls[2].value, kind = controls[3].value;
      var needs = controls[4].checked, search = controls[5].value.toLowerCase();
      shown = rows.filter(function (row) {
        return has(row, "data-status", status) && has(row, "data-rules", rule) && has(row, "data-severities", severity)
          && has(row, "data-kinds", kind) && (!needs || row.getAttribute("data-needs") === "1")
          && (!search || row.textContent.toLowerCase().indexOf(search) >= 0);
      });
      var pages = Math.max(1, Math.ceil(shown.length / size));
      if (page >= pages) { page = pages - 1; }
      rows.forEach(function (row) { row.hidden = true; });
      shown.slice(page * size, (page + 1) * size).forEach(function (row) { row.hidden = false; });
      document.getElementById("f-count").textContent = shown.length + " of " + rows.length + " texts";
      var pager = document.getElementById("pager");
      pager.hidden = pages < 2;
      document.getElementById("pg-at").textContent = "page " + (page + 1) + " of " + pages;
    }
    controls.forEach(function (control) { control.addEventListener("input", function () { page = 0; apply(); }); });
    document.getElementById("pg-prev").addEventListener("click", function () { if (page > 0) { page--; apply(); } });
    document.getElementById("pg-next").addEventListener("click", function () { page++; apply(); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.querySelector("button").addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-v"), y = b.cells[column].getAttribute("data-v");
          var nx = Number(x), ny = Number(y);
          var order = x !== "" && y !== "" && !isNaN(nx) && !isNaN(ny) ? nx - ny : (x < y ? -1 : x > y ? 1 : 0);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { tbody.appendChild(row); });
        apply();
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || /INPUT|SELECT|TEXTAREA/.test(event.target.tagName)) { return; }
      var needing = shown.filter(function (row) { return !row.hidden && row.getAttribute("data-needs") === "1"; });
      if (!needing.length) { return; }
      if (event.key === "j" || event.key === "n") { current = Math.min(current + 1, needing.length - 1); }
      else if (event.key === "k" || event.key === "p") { current = Math.max(current - 1, 0); }
      else if (event.key === "Enter" && current >= 0) { window.location.href = needing[current].querySelector("a").href; return; }
      else { return; }
      rows.forEach(function (row) { row.classList.remove("current"); });
      needing[current].classList.add("current");
      needing[current].scrollIntoView({ block: "nearest" });
    });
    apply();
  }

  if (body.classList.contains("page-text")) { setupText(); }
  if (body.classList.contains("page-index")) { setupIndex(); }
})();
