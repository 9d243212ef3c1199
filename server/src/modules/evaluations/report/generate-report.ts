import type { Locale } from '@ppm/shared';
import { buildReport, type ReportSource } from './build-report.js';
import { LRUCache } from 'lru-cache';
import { renderChart, type ChartImageType } from './charts.js';
import type { Block, ReportDocument } from './report-document.js';
import { renderDocx } from './render-docx.js';
import { renderHtml } from './render-html.js';
import { renderPdf } from './render-pdf.js';

export type ReportFormat = 'docx' | 'pdf' | 'html';

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/** Recently drawn charts by their data: the same version downloaded again draws nothing. */
const drawn = new LRUCache<string, Buffer>({ max: 200 });

async function chartsOf(document: ReportDocument, type: ChartImageType): Promise<Map<Block, Buffer>> {
  const charts = new Map<Block, Buffer>();
  await Promise.all(
    document.blocks.map(async (item) => {
      if (item.kind !== 'chart') return;
      const key = `${type}:${item.height}:${JSON.stringify(item.chart)}`;
      let image = drawn.get(key);
      if (!image) {
        image = await renderChart(item.chart, item.height, type);
        drawn.set(key, image);
      }
      charts.set(item, image);
    }),
  );
  return charts;
}

/** Builds the report once and renders it in the asked format. */
export async function generateReport(source: ReportSource, lang: Locale, format: ReportFormat): Promise<Buffer> {
  const document = buildReport(source, lang);
  const charts = await chartsOf(document, format === 'pdf' ? 'jpeg' : 'png');
  switch (format) {
    case 'docx':
      return renderDocx(document, charts);
    case 'pdf':
      return renderPdf(document, charts);
    case 'html':
      return Buffer.from(renderHtml(document, charts), 'utf8');
  }
}
