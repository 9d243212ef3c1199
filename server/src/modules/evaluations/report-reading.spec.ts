/**
 * Reading generated reports in specs: the text of a PDF (pdfjs-dist) and the XML of a DOCX
 * (unzipped). Named `.spec.ts` so that the build leaves it out of dist; it declares no specs.
 */
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every page's text, pages joined by a form feed, runs of one line joined by spaces. */
export async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await document.destroy();
  return { pages: document.numPages, text: pages.join('\f') };
}

/** The parts of a DOCX by name, as text. */
export function docxParts(docx: Buffer): Record<string, string> {
  const entries = unzipSync(new Uint8Array(docx));
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** The text of the document part without its XML (paragraphs on their own lines). */
export function docxText(documentXml: string): string {
  return documentXml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** Fonts embedded in a PDF (their names as written in the font dictionaries). */
export function embeddedFontNames(pdf: Buffer): string[] {
  return [
    ...new Set([...pdf.toString('latin1').matchAll(/\/FontName\s*\/([A-Za-z0-9+_-]+)/g)].map((match) => match[1]!)),
  ];
}
