// Builds the Teams app package (manifest.json + icons in one zip) an admin uploads; `icons` redraws the PNGs.
import { readFileSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deflateSync } from "node:zlib";
import Ajv04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { zipSync } from "fflate";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const teamsDir = join(root, "manifest", "teams");
// Both packages are CommonJS; under NodeNext their class/function sits on `.default` for the type checker.
const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

// --- PNG (RGBA, 8 bit) without dependencies -------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(
  size: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bit, RGBA, deflate, no filter, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** The mark: a ring (the district) around a dot (the field office), antialiased by 4x4 supersampling. */
function coverage(x: number, y: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) {
      const dx = (x + (sx + 0.5) / 4) / size - 0.5;
      const dy = (y + (sy + 0.5) / 4) / size - 0.5;
      const r = Math.hypot(dx, dy);
      if ((r > 0.27 && r < 0.37) || r < 0.12) hits++;
    }
  return hits / 16;
}

export function colorIcon(): Buffer {
  const accent = [0x2e, 0x7d, 0x6b];
  return encodePng(192, (x, y) => {
    const a = coverage(x, y, 192);
    const mix = (c: number) => Math.round(c * (1 - a) + 255 * a);
    return [mix(accent[0] as number), mix(accent[1] as number), mix(accent[2] as number), 255];
  });
}

/** Teams wants the outline icon white on transparent. */
export function outlineIcon(): Buffer {
  return encodePng(32, (x, y) => [255, 255, 255, Math.round(255 * coverage(x, y, 32))]);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

// --- Manifest ---------------------------------------------------------------------------------------------

export function manifestValidator() {
  const schema = JSON.parse(readFileSync(join(teamsDir, "schema", "MicrosoftTeams.schema.json"), "utf8"));
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

type Manifest = Record<string, unknown> & {
  bots?: Array<Record<string, unknown>>;
  developer?: Record<string, unknown>;
};

/** The committed manifest with the app id, version and developer URLs of this deployment. */
export function buildManifest(env: NodeJS.ProcessEnv): { manifest: Manifest; warnings: string[] } {
  const manifest = JSON.parse(readFileSync(join(teamsDir, "manifest.json"), "utf8")) as Manifest;
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const warnings: string[] = [];
  const botId = env.MICROSOFT_APP_ID?.trim();
  if (botId && !GUID.test(botId)) throw new Error("MICROSOFT_APP_ID must be the bot's GUID");
  if (!botId)
    warnings.push("MICROSOFT_APP_ID is not set: the package carries a placeholder id and cannot be used");
  const appId = env.TEAMS_APP_ID?.trim() || botId;
  if (appId && !GUID.test(appId)) throw new Error("TEAMS_APP_ID must be a GUID");
  manifest.version = pkg.version;
  if (appId) manifest.id = appId;
  for (const bot of manifest.bots ?? []) if (botId) bot.botId = botId;
  const urls = {
    websiteUrl: env.TEAMS_WEBSITE_URL,
    privacyUrl: env.TEAMS_PRIVACY_URL,
    termsOfUseUrl: env.TEAMS_TERMS_URL,
  };
  for (const [key, value] of Object.entries(urls))
    if (value?.trim() && manifest.developer) manifest.developer[key] = value.trim();
  if (String(manifest.developer?.websiteUrl ?? "").includes("example.org"))
    warnings.push(
      "developer URLs are placeholders: set TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL, TEAMS_TERMS_URL",
    );
  return { manifest, warnings };
}

export function packageTeams(env: NodeJS.ProcessEnv, out: string): { out: string; warnings: string[] } {
  const { manifest, warnings } = buildManifest(env);
  const validate = manifestValidator();
  if (!validate(manifest))
    throw new Error(
      `manifest.json does not match the schema: ${JSON.stringify(validate.errors?.slice(0, 5))}`,
    );
  const color = readFileSync(join(teamsDir, "color.png"));
  const outline = readFileSync(join(teamsDir, "outline.png"));
  const c = pngSize(color);
  const o = pngSize(outline);
  if (c.width !== 192 || c.height !== 192) throw new Error("color.png must be 192x192");
  if (o.width !== 32 || o.height !== 32) throw new Error("outline.png must be 32x32");
  const zip = zipSync({
    "manifest.json": new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    "color.png": new Uint8Array(color),
    "outline.png": new Uint8Array(outline),
  });
  writeFileSync(out, zip);
  return { out, warnings };
}

async function main(args: string[]): Promise<void> {
  if (args[0] === "icons") {
    writeFileSync(join(teamsDir, "color.png"), colorIcon());
    writeFileSync(join(teamsDir, "outline.png"), outlineIcon());
    console.log("wrote manifest/teams/color.png and manifest/teams/outline.png");
    return;
  }
  const i = args.indexOf("--out");
  const out = resolve(
    i >= 0 && args[i + 1]
      ? (args[i + 1] as string)
      : join(root, "dist", "teams", "sozialraum-assistent-teams.zip"),
  );
  await mkdir(dirname(out), { recursive: true });
  const result = packageTeams(process.env, out);
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  console.log(`wrote ${result.out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
