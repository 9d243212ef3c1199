import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  type Plugin,
  PointElement,
  Tooltip,
} from 'chart.js';
import { provideCharts } from 'ng2-charts';

/**
 * The one place that sets Chart.js up: only the parts our charts use (bars, lines, doughnuts,
 * tooltips, legends), the app's font and text colour. Put it in the providers of a lazy route
 * that shows charts, so Chart.js never reaches the initial bundle.
 */
export function provideAppCharts(): ReturnType<typeof provideCharts> {
  return provideCharts({
    registerables: [
      BarController,
      BarElement,
      LineController,
      LineElement,
      PointElement,
      DoughnutController,
      ArcElement,
      CategoryScale,
      LinearScale,
      Tooltip,
      Legend,
    ],
    defaults: {
      font: { family: 'Roboto, sans-serif', size: 13 },
      color: '#1b1b1f',
      borderColor: '#c4c6d0',
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 14, boxHeight: 14 } },
        tooltip: { enabled: true, mode: 'index', intersect: false },
      },
    },
  });
}

/**
 * Paints the canvas white before drawing, so a downloaded PNG has a background (a canvas is
 * transparent). Given to each chart, not registered globally.
 */
export const WHITE_BACKGROUND: Plugin = {
  id: 'appWhiteBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};
