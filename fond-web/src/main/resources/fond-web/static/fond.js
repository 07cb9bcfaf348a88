// Fond's only script: small enhancements over pages that work without it.
// 1. Brushing the year histogram: drag across bars to filter to a span of years.
// 2. Copy buttons for citations.
// 3. Instant results: typing in the search box fetches the same search page the form would and swaps
//    in its results, keeping the URL (and so the back button and sharing) true to what is shown.
(function () {
  "use strict";

  function brush(histogram) {
    var links = Array.prototype.slice.call(histogram.querySelectorAll("a[data-year]"));
    var from = null, to = null, moved = false;
    function mark() {
      links.forEach(function (a) {
        var y = a.getAttribute("data-year");
        var lo = from < to ? from : to, hi = from < to ? to : from;
        a.parentNode.classList.toggle("brushed", from !== null && y >= lo && y <= hi);
      });
    }
    links.forEach(function (a) {
      a.addEventListener("pointerdown", function (e) {
        from = to = a.getAttribute("data-year");
        moved = false;
        e.preventDefault();
        mark();
      });
      a.addEventListener("pointerenter", function () {
        if (from !== null) {
          to = a.getAttribute("data-year");
          moved = moved || to !== from;
          mark();
        }
      });
      a.addEventListener("click", function (e) {
        if (moved) { e.preventDefault(); }
      });
    });
    document.addEventListener("pointerup", function () {
      if (from === null) { return; }
      if (moved) {
        var lo = from < to ? from : to, hi = from < to ? to : from;
        var url = new URL(window.location.href);
        url.pathname = "/search";
        url.searchParams.delete("cursor");
        url.searchParams.append("f", "date:[" + lo + " TO " + hi + "]");
        window.location.assign(url.toString());
      }
      from = to = null;
      if (!moved) { mark(); }
    });
  }

  function copyButtons() {
    document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-copy"));
        if (!source || !navigator.clipboard) { return; }
        navigator.clipboard.writeText(source.textContent).then(function () {
          button.textContent = "Copied";
        });
      });
    });
  }

  function instant(form) {
    var input = form.querySelector("input[name=q]");
    var main = document.getElementById("main");
    var status = document.getElementById("instant-status");
    if (!input || !main || !window.fetch || !window.DOMParser) { return; }
    var timer = null, last = input.value, pending = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (input.value === last) { return; }
        last = input.value;
        var url = new URL(form.getAttribute("action"), window.location.href);
        new FormData(form).forEach(function (value, key) { url.searchParams.append(key, value); });
        if (pending) { pending.abort(); }
        pending = new AbortController();
        fetch(url.toString(), { signal: pending.signal, headers: { "Accept": "text/html" } })
          .then(function (response) { return response.text(); })
          .then(function (html) {
            if (input.value !== last) { return; }
            var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("main");
            if (!fresh) { return; }
            // everything after the form is replaced; the form (and the caret in the box) stays
            while (form.nextSibling) { main.removeChild(form.nextSibling); }
            var freshForm = fresh.querySelector("form.search");
            var node = freshForm ? freshForm.nextSibling : null;
            while (node) {
              var next = node.nextSibling;
              main.appendChild(document.importNode(node, true));
              node = next;
            }
            main.querySelectorAll("ol.histogram[data-brush]").forEach(brush);
            history.replaceState(null, "", url.toString());
            var count = main.querySelector(".hit-count");
            if (status && count) { status.textContent = count.textContent; }
          })
          .catch(function () { /* a superseded or failed fetch leaves the page as it was */ });
      }, 250);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("ol.histogram[data-brush]").forEach(brush);
    copyButtons();
    document.querySelectorAll("form.search[data-instant]").forEach(instant);
  });
})();
