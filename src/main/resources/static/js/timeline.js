// Brushing on timelines (templates/timeline/timeline.html): drag across bars to narrow the article list to their
// days. A short press is left to the bar's own link, so clicking a bar works with or without this script.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var MIN_DRAG_PX = 4;
  var SLOT = 10; // Timeline.SLOT: the width of a bar's slot in SVG units

  function bars(svg) {
    return Array.prototype.slice.call(svg.querySelectorAll('a.bar'));
  }

  function toUnits(svg, clientX) {
    var box = svg.getBoundingClientRect();
    var width = svg.viewBox.baseVal.width;
    return Math.max(0, Math.min(width, (clientX - box.left) / box.width * width));
  }

  function rangeUrl(svg, from, to) {
    var base = svg.getAttribute('data-base');
    var url = new URL(base, window.location.href);
    url.searchParams.delete('from');
    url.searchParams.delete('to');
    url.searchParams.delete('page');
    url.searchParams.set('from', from);
    url.searchParams.set('to', to);
    return url.pathname + url.search;
  }

  function attach(svg) {
    var start = null;
    var startClientX = 0;
    var brushed = false;
    var brush = document.createElementNS(SVG, 'rect');
    brush.setAttribute('class', 'brush');
    brush.setAttribute('y', '0');
    brush.setAttribute('height', String(svg.viewBox.baseVal.height));
    brush.setAttribute('width', '0');

    svg.addEventListener('dragstart', function (e) { e.preventDefault(); });
    svg.addEventListener('pointerdown', function (e) {
      if (e.button !== 0) { return; }
      start = toUnits(svg, e.clientX);
      startClientX = e.clientX;
      brushed = false;
    });
    // Moves and the release are followed on the document: a drag may leave the chart.
    document.addEventListener('pointermove', function (e) {
      if (start === null || Math.abs(e.clientX - startClientX) < MIN_DRAG_PX) { return; }
      brushed = true;
      e.preventDefault();
      var x = toUnits(svg, e.clientX);
      brush.setAttribute('x', String(Math.min(start, x)));
      brush.setAttribute('width', String(Math.abs(x - start)));
      if (!brush.parentNode) { svg.appendChild(brush); }
    });
    document.addEventListener('pointerup', function (e) {
      if (start === null) { return; }
      var x = toUnits(svg, e.clientX);
      var low = Math.min(start, x);
      var high = Math.max(start, x);
      start = null;
      if (!brushed) { return; }
      var chosen = bars(svg).filter(function (bar) {
        var left = Number(bar.getAttribute('data-x'));
        var right = left + SLOT;
        return right > low && left < high;
      });
      if (chosen.length > 0) {
        window.location.assign(rangeUrl(svg, chosen[0].getAttribute('data-from'),
          chosen[chosen.length - 1].getAttribute('data-to')));
      }
    });
    // A drag that ends over a bar must not also follow that bar's link.
    svg.addEventListener('click', function (e) {
      if (brushed) { e.preventDefault(); brushed = false; }
    }, true);
  }

  document.querySelectorAll('svg.timeline-chart').forEach(attach);
}());
