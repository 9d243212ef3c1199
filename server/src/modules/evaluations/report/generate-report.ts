import type { Locale } from '@ppm/shared';
import { buildReport, type ReportSource } from './build-report.js';
import { renderChart } from './charts.js';
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

function chartsOf(document: ReportDocument): Map<Block, Buffer> {
  const charts = new Map<Block, Buffer>();
  for (const item of document.blocks) {
    if (item.kind === 'chart') charts.set(item, renderChart(item.chart, item.height));
  }
  return charts;
}

/** Builds the report once and renders it in the asked format. */
export async function generateReport(source: ReportSource, lang: Locale, format: ReportFormat): Promise<Buffer> {
  const document = buildReport(source, lang);
  const charts = chartsOf(document);
  switch (format) {
    case 'docx':
      return renderDocx(document, charts);
    case 'pdf':
      return renderPdf(document, charts);
    case 'html':
      return Buffer.from(renderHtml(document, charts), 'utf8');
  }
}
