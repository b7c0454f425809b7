// Lossless palette PNG encoding: a flat-coloured chart in ≤256 colours is a third of resvg's RGBA PNG (Teams cards are small).
import { endianness } from "node:os";
import { deflateSync } from "node:zlib";

const LITTLE_ENDIAN = endianness() === "LE";

/** A pixel's word (RGBA bytes in memory order) as 0xRRGGBB. */
const rgbOf = (word: number) =>
  LITTLE_ENDIAN ? ((word & 0xff) << 16) | (word & 0xff00) | ((word >>> 16) & 0xff) : word >>> 8;

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * RGBA pixels as an 8-bit indexed PNG, exactly (no colour is changed). Undefined when the image has
 * transparency or more than 256 colours; the caller then keeps its RGBA PNG.
 */
export function indexedPng(
  pixels: Uint8Array,
  width: number,
  height: number,
  /** zlib level: 9 for the digest's one small chart; a report with 50 charts trades a few bytes for time. */
  level = 9,
): Uint8Array | undefined {
  const index = new Map<number, number>();
  // Each pixel read as one word: a quarter of the reads of byte by byte (an unaligned view is copied first).
  const words =
    pixels.byteOffset % 4 === 0
      ? new Uint32Array(pixels.buffer, pixels.byteOffset, width * height)
      : new Uint32Array(pixels.slice(0, width * height * 4).buffer);
  const palette: number[] = [];
  const rows = Buffer.alloc((width + 1) * height); // each row: filter byte 0, then palette indices
  // A chart is long runs of one colour: the previous pixel's index spares most map look-ups.
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, p = 0; y < height; y++) {
    let out = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, p++, out++) {
      const word = words[p] as number;
      if (word === last) {
        rows[out] = lastIndex;
        continue;
      }
      if ((LITTLE_ENDIAN ? word >>> 24 : word & 0xff) !== 255) return undefined;
      let i = index.get(word);
      if (i === undefined) {
        if (palette.length === 256) return undefined;
        i = palette.length;
        index.set(word, i);
        palette.push(rgbOf(word));
      }
      rows[out] = i;
      last = word;
      lastIndex = i;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: indexed
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((rgb, i) => {
    plte[i * 3] = rgb >>> 16;
    plte[i * 3 + 1] = (rgb >>> 8) & 0xff;
    plte[i * 3 + 2] = rgb & 0xff;
  });
  return new Uint8Array(
    Buffer.concat([
      SIGNATURE,
      chunk("IHDR", header),
      chunk("PLTE", plte),
      chunk("IDAT", deflateSync(rows, { level })),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

/** RGBA pixels as a plain 8-bit RGBA PNG: the fallback when `indexedPng` cannot keep every colour. */
export function rgbaPng(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    Buffer.from(pixels.buffer, pixels.byteOffset + y * width * 4, width * 4).copy(
      rows,
      y * (width * 4 + 1) + 1,
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  return new Uint8Array(
    Buffer.concat([
      SIGNATURE,
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(rows)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}
