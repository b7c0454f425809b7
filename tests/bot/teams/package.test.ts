// `npm run package:teams` builds a zip whose manifest validates against the committed Teams schema.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Ajv04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { derivedTeamsManifest, TEAMS_MANIFEST } from "../../../scripts/manifests.js";
import { REGISTRY } from "../../../src/commands/registry.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "teams-package-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const APP_ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";

function validator() {
  const schema = JSON.parse(readFileSync("manifest/teams/schema/MicrosoftTeams.schema.json", "utf8"));
  const ajv = new Ajv04Module.default({ allErrors: true, strict: false });
  addFormatsModule.default(ajv);
  return ajv.compile(schema);
}

const png = (bytes: Uint8Array) => {
  const b = Buffer.from(bytes);
  return {
    signature: b.subarray(1, 4).toString("ascii"),
    width: b.readUInt32BE(16),
    height: b.readUInt32BE(20),
    colorType: b[25],
  };
};

describe("Teams app package", () => {
  it("builds a zip with manifest.json, color.png (192x192) and outline.png (32x32, with alpha)", async () => {
    const out = join(dir, "app.zip");
    const { stderr } = await run("npm", ["run", "--silent", "package:teams", "--", "--out", out], {
      env: { ...process.env, MICROSOFT_APP_ID: APP_ID },
    });
    expect(stderr).not.toMatch(/MICROSOFT_APP_ID is not set/);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);

    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    const validate = validator();
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].supportsFiles).toBe(true);
    expect(manifest.version).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    const titles = manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title);
    expect(titles).toEqual(REGISTRY.families.map((f) => f.name));

    const color = png(files["color.png"] as Uint8Array);
    const outline = png(files["outline.png"] as Uint8Array);
    expect(color).toMatchObject({ signature: "PNG", width: 192, height: 192 });
    expect(outline).toMatchObject({ signature: "PNG", width: 32, height: 32, colorType: 6 });
  });

  it("lists the registry's families as bot commands, as `npm run manifests` derives them", () => {
    const committed = readFileSync(TEAMS_MANIFEST, "utf8");
    expect(JSON.parse(derivedTeamsManifest(committed, REGISTRY.entries))).toEqual(JSON.parse(committed));
  });

  it("the committed schema rejects a broken manifest (so the check above can fail)", () => {
    const manifest = JSON.parse(readFileSync("manifest/teams/manifest.json", "utf8"));
    const validate = validator();
    expect(validate(manifest)).toBe(true);
    expect(validate({ ...manifest, id: "not-a-guid" })).toBe(false);
    expect(validate({ ...manifest, name: { short: "x".repeat(31) } })).toBe(false);
    expect(validate({ ...manifest, unexpected: true })).toBe(false);
  });

  it("refuses an app id that is not a GUID", async () => {
    await expect(
      run("npm", ["run", "--silent", "package:teams", "--", "--out", join(dir, "bad.zip")], {
        env: { ...process.env, MICROSOFT_APP_ID: "not-a-guid" },
      }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining("GUID") });
  });
});
