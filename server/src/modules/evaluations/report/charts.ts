import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type Plugin,
} from 'chart.js';
import { REPORT_FONT_FAMILY, REPORT_FONT_FILES } from './fonts.js';
import type { ChartSpec } from './report-document.js';

/** Width of every chart in CSS pixels; drawn at twice the resolution for print. */
export const CHART_WIDTH = 900;
const PIXEL_RATIO = 1.5;

let ready = false;

/** Registers only the chart parts the report uses, and the font, once. */
function prepare(): void {
  if (ready) return;
  GlobalFonts.registerFromPath(REPORT_FONT_FILES.normal, REPORT_FONT_FAMILY);
  Chart.register(
    BarController,
    BarElement,
    LineController,
    LineElement,
    PointElement,
    CategoryScale,
    LinearScale,
    Legend,
  );
  Chart.defaults.font.family = REPORT_FONT_FAMILY;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = '#333333';
  ready = true;
}

/** A white page under the chart (a PNG is transparent otherwise). */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

function configuration(spec: ChartSpec): ChartConfiguration {
  const valueAxis = {
    beginAtZero: true,
    ...(spec.max === undefined ? {} : { max: spec.max }),
    stacked: spec.stacked ?? false,
    title: { display: spec.valueAxisTitle !== undefined, text: spec.valueAxisTitle ?? '' },
    grid: { color: '#e6e6e6' },
    ticks: { precision: 0 },
  };
  const categoryAxis = { stacked: spec.stacked ?? false, grid: { display: false } };
  return {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((dataset) => ({
        label: dataset.label,
        data: dataset.data,
        backgroundColor: dataset.colour,
        borderColor: dataset.colour,
        borderWidth: spec.type === 'line' ? 3 : 0,
        pointRadius: 4,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: PIXEL_RATIO,
      indexAxis: spec.horizontal ? 'y' : 'x',
      plugins: { legend: { display: spec.datasets.length > 1, position: 'bottom' } },
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
    plugins: [whiteBackground],
  };
}

export type ChartImageType = 'png' | 'jpeg';

/**
 * Draws the chart with Chart.js on a server-side canvas and encodes it off the main thread: PNG
 * for Word and the preview, JPEG for PDF (which embeds JPEG as it is, but re-encodes PNG in JS).
 */
export async function renderChart(spec: ChartSpec, height: number, type: ChartImageType): Promise<Buffer> {
  prepare();
  const canvas = createCanvas(CHART_WIDTH, height);
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, configuration(spec));
  try {
    return type === 'png' ? await canvas.encode('png') : await canvas.encode('jpeg', 92);
  } finally {
    chart.destroy();
  }
}
