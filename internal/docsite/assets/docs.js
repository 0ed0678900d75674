// rolelens docs: search over this language's index (search.json beside the
// page). No inline scripts; every text goes through textContent.
(function () {
  "use strict";
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  if (!input || !list) return;
  var index = null;
  var loading = null;

  function load() {
    if (index || loading) return loading;
    loading = fetch(new URL("search.json", document.baseURI))
      .then(function (r) { return r.json(); })
      .then(function (data) { index = data; })
      .catch(function () { index = []; });
    return loading;
  }

  function norm(s) { return s.toLocaleLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, ""); }

  function search(q) {
    var words = norm(q).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var hits = [];
    index.forEach(function (page) {
      var title = norm(page.title), text = norm(page.text);
      var score = 0, target = page.url, where = "";
      for (var i = 0; i < words.length; i++) {
        var w = words[i], s = 0;
        if (title.indexOf(w) >= 0) s += 10;
        if (text.indexOf(w) >= 0) s += 1;
        if (!s) {
          var found = page.headings.some(function (h) { return norm(h.text).indexOf(w) >= 0; });
          if (!found) return;
        }
        score += s;
      }
      var best = null;
      page.headings.forEach(function (h) {
        var t = norm(h.text), n = 0;
        words.forEach(function (w) { if (t.indexOf(w) >= 0) n++; });
        if (n && (!best || n > best.n)) best = { n: n, h: h };
      });
      if (best) { score += 5 * best.n; target = page.url + "#" + best.h.id; where = best.h.text; }
      hits.push({ score: score, url: target, title: page.title, where: where });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    return hits.slice(0, 8);
  }

  function show(hits) {
    list.replaceChildren();
    if (!input.value.trim()) { list.hidden = true; return; }
    if (!hits.length) {
      var li = document.createElement("li"), span = document.createElement("span");
      span.textContent = input.dataset.noresults || "";
      li.appendChild(span); list.appendChild(li);
    }
    hits.forEach(function (h) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = h.url; a.textContent = h.title;
      if (h.where) { var small = document.createElement("small"); small.textContent = h.where; a.appendChild(small); }
      li.appendChild(a); list.appendChild(li);
    });
    list.hidden = false;
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", function () {
    load().then(function () { show(search(input.value)); });
  });
  input.form.addEventListener("submit", function (e) {
    e.preventDefault();
    var first = list.querySelector("a");
    if (first) location.href = first.href;
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { input.value = ""; show([]); }
    if (e.key === "ArrowDown") { var a = list.querySelector("a"); if (a) { e.preventDefault(); a.focus(); } }
  });
  list.addEventListener("keydown", function (e) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var i = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
    if (e.key === "ArrowUp") { e.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
    if (e.key === "Escape") { input.focus(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== input && !/^(INPUT|TEXTAREA)$/.test(document.activeElement.tagName)) {
      e.preventDefault(); input.focus();
    }
  });
  document.addEventListener("click", function (e) {
    if (!input.form.contains(e.target)) list.hidden = true;
  });
})();

// The language links keep the section being read: headings have the same
// ids in every language.
(function () {
  "use strict";
  document.querySelectorAll(".langs a[hreflang]").forEach(function (a) {
    a.addEventListener("click", function () {
      if (location.hash) a.href = a.href.split("#")[0] + location.hash;
    });
  });
})();

// On a phone the page list starts folded, so the page's text comes first.
(function () {
  "use strict";
  var pages = document.querySelector("details.pages");
  if (pages && window.matchMedia("(max-width: 45rem)").matches) pages.open = false;
})();
