// Fond's only script: small enhancements over pages that work without it.
// 1. Brushing the year histogram: drag across bars to filter to a span of years.
// 2. Copy buttons for citations.
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

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("ol.histogram[data-brush]").forEach(brush);
    copyButtons();
  });
})();
