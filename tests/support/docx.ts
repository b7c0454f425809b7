// Reads a DOCX back the way a test needs it: word/document.xml as headings, paragraphs and tables of cell texts.
import JSZip from "jszip";

export type Block = { kind: "p"; text: string; style?: string } | { kind: "table"; rows: string[][] };

const unescapeXml = (s: string) =>
  s
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");

const runs = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? "")).join("");

export async function documentXml(docx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("no word/document.xml");
  return file.async("string");
}

export async function readDocx(docx: Uint8Array): Promise<Block[]> {
  const xml = await documentXml(docx);
  const body = xml.slice(xml.indexOf("<w:body>"), xml.lastIndexOf("</w:body>"));
  const blocks: Block[] = [];
  // A table is matched whole before its inner paragraphs can be; the report nests no tables.
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const part = m[0];
    if (part.startsWith("<w:tbl>")) {
      const rows = [...part.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
        [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => runs(c[0])),
      );
      blocks.push({ kind: "table", rows });
    } else {
      const style = part.match(/<w:pStyle w:val="([^"]+)"\/>/)?.[1];
      blocks.push({ kind: "p", text: runs(part), ...(style ? { style } : {}) });
    }
  }
  return blocks;
}

/** Tables keyed by „<Heading1> / <Heading3>“, the section and the table's title. */
export function tablesBySection(blocks: Block[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  let h1 = "";
  let h3 = "";
  for (const b of blocks) {
    if (b.kind === "p" && b.style === "Heading1") h1 = b.text;
    else if (b.kind === "p" && b.style === "Heading3") h3 = b.text;
    else if (b.kind === "table") out.set(`${h1} / ${h3}`, b.rows);
  }
  return out;
}

/** The paragraphs under each Heading1, in order. */
export function paragraphsBySection(blocks: Block[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let h1 = "";
  for (const b of blocks) {
    if (b.kind !== "p") continue;
    if (b.style === "Heading1") h1 = b.text;
    else out.set(h1, [...(out.get(h1) ?? []), b.text]);
  }
  return out;
}

/** The paragraphs under each Heading2 (the narrative's focuses), in order. */
export function paragraphsByHeading2(blocks: Block[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let h2 = "";
  for (const b of blocks) {
    if (b.kind !== "p") continue;
    if (b.style === "Heading1") h2 = "";
    else if (b.style === "Heading2") h2 = b.text;
    else if (h2) out.set(h2, [...(out.get(h2) ?? []), b.text]);
  }
  return out;
}
