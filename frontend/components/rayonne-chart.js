// A chart of Rayonne's dashboards: Chart.js (MIT, from the npm registry) in a custom element driven
// by the server (io.rayonne.observatoire.ui.ChartComponent). The server sends the whole chart as
// one JSON property: kind, labels, series, unit and language; the element draws it on a canvas and
// redraws when it changes. The figures themselves are also in the table beside it, for screen
// readers and for printing in black and white.
import {
  Chart,
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController, BarElement, LineController, LineElement, PointElement,
  DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip,
);

// Rayonne's sea and sun first, then colours that stay apart for the colour-blind.
const COLOURS = ['#1d6385', '#f0a433', '#7aa6c2', '#b5652b', '#4f8a5b', '#8e6bb0', '#c2c2c2', '#2f2f2f'];

class RayonneChart extends HTMLElement {
  set chart(value) {
    this._chart = value;
    this.draw();
  }

  get chart() {
    return this._chart;
  }

  connectedCallback() {
    if (!this.canvas) {
      this.canvas = document.createElement('canvas');
      this.canvas.setAttribute('role', 'img');
      this.appendChild(this.canvas);
    }
    this.draw();
  }

  disconnectedCallback() {
    this.instance?.destroy();
    this.instance = undefined;
  }

  draw() {
    if (!this.canvas || !this._chart) {
      return;
    }
    const c = typeof this._chart === 'string' ? JSON.parse(this._chart) : this._chart;
    this.canvas.setAttribute('aria-label', c.title);
    const number = new Intl.NumberFormat(c.language === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 });
    const doughnut = c.kind === 'doughnut';
    const datasets = c.series.map((s, i) => ({
      label: s.name,
      data: s.values,
      backgroundColor: doughnut ? c.labels.map((_, j) => COLOURS[j % COLOURS.length]) : COLOURS[i % COLOURS.length],
      borderColor: doughnut ? '#ffffff' : COLOURS[i % COLOURS.length],
      borderWidth: c.kind === 'line' ? 2 : 1,
      tension: 0.25,
      spanGaps: true,
    }));
    const whole = c.series.every((s) => s.values.every((v) => v == null || Number.isInteger(v)));
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const config = {
      type: c.kind,
      data: { labels: c.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduced ? false : { duration: 400 },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14 } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label} : ${item.raw == null ? '–' : number.format(item.raw)}${c.unit || ''}`,
            },
          },
        },
        scales: doughnut ? {} : {
          y: { beginAtZero: true, ticks: { precision: whole ? 0 : undefined, callback: (v) => number.format(v) + (c.unit || '') } },
          x: { ticks: { autoSkip: c.labels.length > 12, maxRotation: 45 } },
        },
      },
    };
    if (this.instance) {
      this.instance.destroy();
    }
    this.instance = new Chart(this.canvas, config);
    this.setAttribute('data-drawn', String(c.labels.length));
  }
}

customElements.define('rayonne-chart', RayonneChart);
