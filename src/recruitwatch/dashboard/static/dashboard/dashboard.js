/* The dashboard's charts, drawn with the vendored Chart.js from the numbers the page carries
   in <script type="application/json" id="dashboard-data"> (data, never run: the CSP allows
   it). The same numbers are in each chart's table and CSV. */
(function () {
  "use strict";

  // Distinguishable in print and for the common colour-vision deficiencies (Okabe–Ito).
  var PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
    "#F0E442", "#000000", "#8a1c1c"];

  function colours(count) {
    var list = [];
    for (var i = 0; i < count; i += 1) {
      list.push(PALETTE[i % PALETTE.length]);
    }
    return list;
  }

  function options(kind) {
    var settings = {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: kind === "stacked" || kind === "doughnut" } }
    };
    if (kind === "stacked") {
      settings.scales = {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
      };
    } else if (kind === "ranking") {
      settings.indexAxis = "y";
      settings.scales = { x: { beginAtZero: true, ticks: { precision: 0 } } };
    } else if (kind === "bar") {
      settings.scales = { y: { beginAtZero: true, ticks: { precision: 0 } } };
    }
    return settings;
  }

  function draw(canvas, chart) {
    var datasets = chart.datasets.map(function (set, index) {
      return {
        label: set.label,
        data: set.data,
        borderWidth: 0,
        backgroundColor: chart.kind === "doughnut" ? colours(chart.labels.length)
          : PALETTE[index % PALETTE.length]
      };
    });
    new window.Chart(canvas, {
      type: chart.kind === "doughnut" ? "doughnut" : "bar",
      data: { labels: chart.labels, datasets: datasets },
      options: options(chart.kind)
    });
    canvas.setAttribute("data-drawn", "yes");
  }

  function start() {
    var element = document.getElementById("dashboard-data");
    if (!element || !window.Chart) {
      return; // the tables under each chart still hold every number
    }
    var data = JSON.parse(element.textContent);
    data.charts.forEach(function (chart) {
      var canvas = document.querySelector("canvas[data-chart='" + chart.name + "']");
      if (canvas) {
        draw(canvas, chart);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
