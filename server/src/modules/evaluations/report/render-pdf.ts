// `bold`/`italics` here are style options, not the deprecated String methods the type checker mistakes them for.
/* eslint-disable @typescript-eslint/no-deprecated */
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { isReportFont, REPORT_FONT_FILES } from './fonts.js';
import type { Block, ReportDocument } from './report-document.js';

const ACCENT = '#0b4f7c';
let configured = false;

/** pdfmake reads nothing from the network and, locally, only our font files. */
function configure(): void {
  if (configured) return;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(isReportFont);
  pdfmake.setFonts({ DejaVu: { ...REPORT_FONT_FILES } });
  configured = true;
}

/** Content width of an A4 page with our margins, in points. */
const CONTENT_WIDTH = 595.28 - 2 * 60;

function block(item: Block, charts: Map<Block, Buffer>): Content | Content[] {
  switch (item.kind) {
    case 'heading':
      return {
        text: item.text,
        style: `h${item.level}`,
        tocItem: item.level < 3,
        tocStyle: item.level === 1 ? { bold: true } : {},
        tocMargin: item.level === 1 ? [0, 6, 0, 0] : [14, 2, 0, 0],
        headlineLevel: item.level,
      };
    case 'paragraph':
      return { text: item.text, style: 'body' };
    case 'note':
      return { text: item.text, style: 'note' };
    case 'bullets':
      return { ul: item.items, style: 'body' };
    case 'numbered':
      return { ol: item.items, style: 'body' };
    case 'quote':
      return {
        style: 'quote',
        table: {
          widths: ['*'],
          body: [
            [
              {
                stack: [
                  { text: `“${item.text}”`, italics: true },
                  { text: `— ${item.citation}`, style: 'citation' },
                ],
              },
            ],
          ],
        },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (index: number) => (index === 0 ? 3 : 0),
          vLineColor: () => ACCENT,
          paddingLeft: () => 10,
        },
      };
    case 'table':
      return [
        {
          style: 'table',
          table: {
            headerRows: 1,
            keepWithHeaderRows: 1,
            dontBreakRows: true,
            widths: item.columns.map((column) => (column.width ? (CONTENT_WIDTH * column.width) / 100 - 8 : '*')),
            body: [
              item.columns.map((column) => ({
                text: column.title,
                style: 'th',
                alignment: column.numeric ? 'right' : 'left',
              })),
              ...item.rows.map((row) =>
                row.map((cell, index) => ({ text: cell, alignment: item.columns[index]?.numeric ? 'right' : 'left' })),
              ),
            ],
          },
          layout: {
            fillColor: (row: number) => (row === 0 ? '#e8eef3' : row % 2 === 0 ? '#f7f9fa' : null),
            hLineWidth: (index: number) => (index <= 1 ? 0.8 : 0.3),
            vLineWidth: () => 0,
            hLineColor: () => '#b0bec5',
          },
        } as Content,
        { text: item.caption, style: 'caption' },
      ];
    case 'chart': {
      const jpeg = charts.get(item)!;
      // A chart and its caption stay on one page.
      return {
        unbreakable: true,
        stack: [
          { image: `data:image/jpeg;base64,${jpeg.toString('base64')}`, width: CONTENT_WIDTH, margin: [0, 6, 0, 2] },
          { text: item.caption, style: 'caption' },
        ],
      };
    }
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
    case 'toc':
      return { toc: { title: { text: '', style: 'h1' }, numberStyle: { bold: false } } };
  }
}

function titlePage(document: ReportDocument): Content[] {
  const page = document.titlePage;
  return [
    {
      text: page.kicker.toUpperCase(),
      color: ACCENT,
      bold: true,
      fontSize: 12,
      margin: [0, 120, 0, 24],
      characterSpacing: 2,
    },
    { text: page.title, fontSize: 26, bold: true, margin: [0, 0, 0, 16] },
    { text: page.subtitle, fontSize: 14, color: '#37474f', margin: [0, 0, 0, 40] },
    ...page.lines.map((line): Content => ({ text: line, fontSize: 11, margin: [0, 0, 0, 6] })),
    { text: page.edition, fontSize: 11, bold: true, margin: [0, 30, 0, 0], pageBreak: 'after' },
  ];
}

/**
 * The report as PDF (A4, DejaVu Sans embedded, so Cyrillic renders and text extracts). The
 * creation date is the document's fixed date: generating the same version again gives the same text.
 */
export async function renderPdf(document: ReportDocument, charts: Map<Block, Buffer>): Promise<Buffer> {
  configure();
  const contentsIndex = document.blocks.findIndex((item) => item.kind === 'toc');
  const body: Content[] = document.blocks.flatMap((item, index) => {
    const rendered = block(item, charts);
    if (index === contentsIndex) return [{ text: document.labels.contents, style: 'h1' }, rendered];
    return Array.isArray(rendered) ? rendered : [rendered];
  });
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [60, 60, 60, 60],
    info: {
      title: document.title,
      author: 'Prague Process Action Plan Monitor',
      creator: 'Prague Process Action Plan Monitor',
      producer: 'Prague Process Action Plan Monitor',
      creationDate: document.date,
      modDate: document.date,
    },
    language: document.lang,
    defaultStyle: { font: 'DejaVu', fontSize: 10, lineHeight: 1.25 },
    header: (page: number) =>
      page === 1 ? '' : { text: document.runningTitle, fontSize: 8, color: '#78909c', margin: [60, 30, 60, 0] },
    footer: (page: number, pages: number) =>
      page === 1
        ? ''
        : {
            text: `${document.labels.page} ${page} ${document.labels.of} ${pages}`,
            alignment: 'center',
            fontSize: 8,
            color: '#78909c',
            margin: [0, 20, 0, 0],
          },
    content: [...titlePage(document), ...body],
    styles: {
      h1: { fontSize: 17, bold: true, color: ACCENT, margin: [0, 14, 0, 8] },
      h2: { fontSize: 13, bold: true, color: '#263238', margin: [0, 12, 0, 6] },
      h3: { fontSize: 11, bold: true, color: '#37474f', margin: [0, 8, 0, 4] },
      body: { margin: [0, 0, 0, 6] },
      note: { italics: true, color: '#546e7a', margin: [0, 0, 0, 6] },
      quote: { margin: [0, 4, 0, 8] },
      citation: { fontSize: 8.5, color: '#546e7a', margin: [0, 3, 0, 0] },
      table: { fontSize: 8.5, margin: [0, 4, 0, 2] },
      th: { bold: true, color: '#263238' },
      caption: { fontSize: 8.5, italics: true, color: '#546e7a', margin: [0, 2, 0, 10] },
    },
  };
  return pdfmake.createPdf(definition).getBuffer();
}
