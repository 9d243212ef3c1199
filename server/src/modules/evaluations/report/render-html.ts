import type { Block, ReportDocument } from './report-document.js';

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function headingId(index: number): string {
  return `section-${index}`;
}

function block(item: Block, index: number, charts: Map<Block, Buffer>, document: ReportDocument): string {
  switch (item.kind) {
    case 'heading':
      return `<h${item.level + 1} id="${headingId(index)}">${escape(item.text)}</h${item.level + 1}>`;
    case 'paragraph':
      return `<p>${escape(item.text)}</p>`;
    case 'note':
      return `<p class="report-note">${escape(item.text)}</p>`;
    case 'bullets':
      return `<ul>${item.items.map((text) => `<li>${escape(text)}</li>`).join('')}</ul>`;
    case 'numbered':
      return `<ol>${item.items.map((text) => `<li>${escape(text)}</li>`).join('')}</ol>`;
    case 'quote':
      return `<blockquote class="report-quote"><p>“${escape(item.text)}”</p><footer>— ${escape(item.citation)}</footer></blockquote>`;
    case 'table': {
      const head = item.columns
        .map(
          (column) => `<th scope="col"${column.numeric ? ' class="report-number"' : ''}>${escape(column.title)}</th>`,
        )
        .join('');
      const rows = item.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, column) => `<td${item.columns[column]?.numeric ? ' class="report-number"' : ''}>${escape(cell)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<table class="report-table"><caption>${escape(item.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'chart': {
      const png = charts.get(item)!.toString('base64');
      return `<figure class="report-chart"><img src="data:image/png;base64,${png}" alt="${escape(item.caption)}"><figcaption>${escape(item.caption)}</figcaption></figure>`;
    }
    case 'pageBreak':
      return '';
    case 'toc': {
      const entries = document.blocks
        .map((candidate, at) => ({ candidate, at }))
        .filter(({ candidate }) => candidate.kind === 'heading' && candidate.level < 3)
        .map(({ candidate, at }) => {
          const heading = candidate as Extract<Block, { kind: 'heading' }>;
          return `<li class="report-toc-level-${heading.level}"><a href="#${headingId(at)}">${escape(heading.text)}</a></li>`;
        })
        .join('');
      return `<nav class="report-toc" aria-label="${escape(document.labels.contents)}"><h2>${escape(document.labels.contents)}</h2><ol>${entries}</ol></nav>`;
    }
  }
}

/**
 * The same report as an HTML fragment for the app's preview: semantic elements and `report-*`
 * classes for the client to style; charts are the same PNGs as in the files.
 */
export function renderHtml(document: ReportDocument, charts: Map<Block, Buffer>): string {
  const page = document.titlePage;
  const title = [
    `<header class="report-title-page">`,
    `<p class="report-kicker">${escape(page.kicker)}</p>`,
    `<h1>${escape(page.title)}</h1>`,
    `<p class="report-subtitle">${escape(page.subtitle)}</p>`,
    ...page.lines.map((line) => `<p>${escape(line)}</p>`),
    `<p class="report-edition">${escape(page.edition)}</p>`,
    `</header>`,
  ].join('');
  const body = document.blocks.map((item, index) => block(item, index, charts, document)).join('\n');
  return `<article class="evaluation-report" lang="${document.lang}">${title}\n${body}</article>`;
}
