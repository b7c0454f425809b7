// The palette PNG of the digest chart: exactly the rendered pixels, smaller, and a fallback where a palette cannot hold them.
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { indexedPng } from "../../../src/commands/digest/png.js";

/** Decodes our indexed PNG (filter 0 rows) back to RGBA, reading PLTE and IDAT chunks. */
function decode(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const buf = Buffer.from(png);
  expect([...buf.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  let offset = 8;
  let width = 0;
  let height = 0;
  let palette = Buffer.alloc(0);
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("ascii", offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 3]);
    }
    if (type === "PLTE") palette = data;
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = rows[y * (width + 1) + 1 + x] as number;
      rgba.set(
        [palette[i * 3] as number, palette[i * 3 + 1] as number, palette[i * 3 + 2] as number, 255],
        (y * width + x) * 4,
      );
    }
  }
  return { width, height, rgba };
}

function image(
  width: number,
  height: number,
  colour: (x: number, y: number) => [number, number, number, number],
) {
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) pixels.set(colour(x, y), (y * width + x) * 4);
  return pixels;
}

describe("indexedPng", () => {
  it("encodes an opaque image of up to 256 colours losslessly", () => {
    const pixels = image(37, 11, (x, y) => [(x % 8) * 30, (y % 4) * 60, ((x + y) % 8) * 30, 255]);
    const png = indexedPng(pixels, 37, 11);
    expect(png).toBeDefined();
    const back = decode(png ?? new Uint8Array());
    expect({ width: back.width, height: back.height }).toEqual({ width: 37, height: 11 });
    expect([...back.rgba]).toEqual([...pixels]);
  });

  it("declines transparency and more than 256 colours", () => {
    expect(
      indexedPng(
        image(4, 4, () => [0, 0, 0, 128]),
        4,
        4,
      ),
    ).toBeUndefined();
    expect(
      indexedPng(
        image(17, 17, (x, y) => [x, y, 0, 255]),
        17,
        17,
      ),
    ).toBeUndefined();
    expect(
      indexedPng(
        image(16, 16, (x, y) => [x, y, 0, 255]),
        16,
        16,
      ),
    ).toBeDefined();
  });
});
