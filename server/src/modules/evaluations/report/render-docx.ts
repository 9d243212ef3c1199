// `bold`/`italics` here are style options, not the deprecated String methods the type checker mistakes them for.
/* eslint-disable @typescript-eslint/no-deprecated */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { CHART_WIDTH } from './charts.js';
import type { Block, ReportDocument } from './report-document.js';

const FONT = 'Arial';
const ACCENT = '0B4F7C';
/** Width of charts on the page, in pixels at 96 per inch (A4 minus margins). */
const IMAGE_WIDTH = 600;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(
  text: string,
  options: { header?: boolean; numeric?: boolean; width?: number; shade?: boolean },
): TableCell {
  return new TableCell({
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    ...(options.header || options.shade
      ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.header ? 'E8EEF3' : 'F7F9FA' } }
      : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header ?? false, size: 17 })],
      }),
    ],
  });
}

function table(item: Extract<Block, { kind: 'table' }>): FileChild[] {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: item.columns.map((column) =>
      cell(column.title, { header: true, numeric: column.numeric ?? false, width: column.width ?? 0 }),
    ),
  });
  const rows = item.rows.map(
    (row, rowIndex) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, index) =>
          cell(text, {
            numeric: item.columns[index]?.numeric ?? false,
            width: item.columns[index]?.width ?? 0,
            shade: rowIndex % 2 === 1,
          }),
        ),
      }),
  );
  return [
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    new Paragraph({ style: 'Caption', children: [new TextRun(item.caption)] }),
  ];
}

function block(item: Block, charts: Map<Block, Buffer>, document: ReportDocument): FileChild[] {
  switch (item.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[item.level], children: [new TextRun(item.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(item.text)] })];
    case 'note':
      return [new Paragraph({ style: 'Note', children: [new TextRun(item.text)] })];
    case 'bullets':
      return item.items.map((text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] }));
    case 'numbered':
      return item.items.map(
        (text) =>
          new Paragraph({ numbering: { reference: 'report-numbers', level: 0 }, children: [new TextRun(text)] }),
      );
    case 'quote':
      return [
        new Paragraph({ style: 'Quote', children: [new TextRun(`“${item.text}”`)] }),
        new Paragraph({ style: 'Citation', children: [new TextRun(`— ${item.citation}`)] }),
      ];
    case 'table':
      return table(item);
    case 'chart': {
      const height = Math.round((IMAGE_WIDTH * item.height) / CHART_WIDTH);
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: charts.get(item)!,
              transformation: { width: IMAGE_WIDTH, height },
              altText: { name: item.caption, description: item.caption, title: item.caption },
            }),
          ],
        }),
        new Paragraph({ style: 'Caption', children: [new TextRun(item.caption)] }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'toc':
      return [
        new Paragraph({ style: 'TocTitle', children: [new TextRun(document.labels.contents)] }),
        new TableOfContents(document.labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
      ];
  }
}

function titlePage(document: ReportDocument): Paragraph[] {
  const page = document.titlePage;
  return [
    new Paragraph({
      spacing: { before: 2400, after: 400 },
      children: [new TextRun({ text: page.kicker.toUpperCase(), bold: true, color: ACCENT, size: 24 })],
    }),
    new Paragraph({ style: 'Title', children: [new TextRun(page.title)] }),
    new Paragraph({
      spacing: { after: 800 },
      children: [new TextRun({ text: page.subtitle, size: 28, color: '37474F' })],
    }),
    ...page.lines.map((line) => new Paragraph({ children: [new TextRun(line)] })),
    new Paragraph({ spacing: { before: 600 }, children: [new TextRun({ text: page.edition, bold: true })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** Replaces each distinct match of `pattern` (group 1: the number) by 1, 2, 3... in order of first appearance. */
function renumber(xml: string, pattern: RegExp, write: (number: number) => string): string {
  const numbers = new Map<string, number>();
  return xml.replace(pattern, (_match, old: string) => {
    if (!numbers.has(old)) numbers.set(old, numbers.size + 1);
    return write(numbers.get(old)!);
  });
}

/**
 * The docx library numbers bookmarks and drawings with counters that run for the life of the
 * process; numbered again in document order, the same report gives the same document.xml.
 */
function stableIds(xml: string): string {
  let ids = renumber(xml, /_Toc(\d+)/g, (number) => `_Toc${number}`);
  ids = renumber(ids, /(?<=<w:bookmark(?:Start|End)\b[^>]*?)w:id="(\d+)"/g, (number) => `w:id="${number}"`);
  let drawing = 0;
  return ids.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${(drawing += 1)}"`);
}

/**
 * Makes a generated file depend on its content only: stable ids in the document, and the
 * document's own date (not the time it was written) in the core properties and the ZIP entries.
 */
function fixCreationDates(file: Buffer, date: Date): Buffer {
  const entries = unzipSync(new Uint8Array(file));
  const documentXml = entries['word/document.xml'];
  if (documentXml) entries['word/document.xml'] = strToU8(stableIds(strFromU8(documentXml)));
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = entries['docProps/core.xml'];
  if (core) {
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core)
        .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${stamp}`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${stamp}`),
    );
  }
  const mtime = date.getTime() < Date.UTC(1980, 0, 2) ? new Date(Date.UTC(1980, 0, 2)) : date;
  return Buffer.from(zipSync(entries, { mtime, level: 6 }));
}

/**
 * The report as an editable Word document: real heading styles (so the table of contents and the
 * navigation pane work), tables as tables, page numbers in the footer, charts as pictures.
 */
export async function renderDocx(document: ReportDocument, charts: Map<Block, Buffer>): Promise<Buffer> {
  const doc = new Document({
    creator: 'Prague Process Action Plan Monitor',
    title: document.title,
    description: document.titlePage.subtitle,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 120, line: 288 } } },
        heading1: {
          run: { font: FONT, size: 34, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '263238' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true, color: '37474F' },
          paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
        },
        title: { run: { font: FONT, size: 52, bold: true }, paragraph: { spacing: { after: 300 } } },
      },
      paragraphStyles: [
        { id: 'Note', name: 'Note', basedOn: 'Normal', run: { italics: true, color: '546E7A' } },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          run: { italics: true },
          paragraph: {
            indent: { left: 360 },
            spacing: { after: 40 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
          },
        },
        {
          id: 'Citation',
          name: 'Citation',
          basedOn: 'Normal',
          run: { size: 17, color: '546E7A' },
          paragraph: { indent: { left: 360 }, spacing: { after: 200 } },
        },
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          run: { size: 17, italics: true, color: '546E7A' },
          paragraph: { spacing: { before: 60, after: 200 } },
        },
        { id: 'TocTitle', name: 'TOC Heading', basedOn: 'Normal', run: { size: 34, bold: true, color: ACCENT } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'report-numbers',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        properties: { titlePage: true, page: { size: { width: 11906, height: 16838 } } },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({ children: [new TextRun({ text: document.runningTitle, size: 16, color: '78909C' })] }),
            ],
          }),
        },
        footers: {
          first: new Footer({ children: [] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    color: '78909C',
                    children: [
                      `${document.labels.page} `,
                      PageNumber.CURRENT,
                      ` ${document.labels.of} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...titlePage(document), ...document.blocks.flatMap((item) => block(item, charts, document))],
      },
    ],
  });
  return fixCreationDates(await Packer.toBuffer(doc), document.date);
}
