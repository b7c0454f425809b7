// The real aktivitaet family through Slack: quick entry with Speichern, the modal form, and the CSV export.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import {
  buttonPayload,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
  TEAM,
  viewSubmissionPayload,
} from "./harness.js";

let db: TestDatabase;
let h: Harness;

interface AnyBlock {
  type: string;
  block_id?: string;
  elements?: { action_id?: string; value?: string }[];
  accessory?: { action_id?: string; value?: string };
  element?: { options?: { value: string; text: { text: string } }[]; initial_date?: string };
}

beforeAll(async () => {
  db = await openTestDatabase();
  h = await startHarness(db.database);
  await postSigned(h.app.url, slashBody("/sozialraum", "neu Nordstadt", h.fake.responseUrl("setup")));
  await h.fake.waitFor("response_url", (c) => c.path.endsWith("setup"));
});

afterAll(async () => {
  await h?.close();
  await db?.close();
});

beforeEach(() => h.fake.reset());

async function activities() {
  const tenant = await h.app.store.findTenant("slack", TEAM);
  return h.app.store.forTenant(tenant?.id ?? -1).listActivities({}, { limit: 50, offset: 0 });
}

function buttons(blocks: AnyBlock[]) {
  return blocks.flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]);
}

describe("/aktivitaet through Slack", () => {
  it("shows a quick entry for confirmation and saves it on Speichern", async () => {
    const url = h.fake.responseUrl("quick");
    const res = await postSigned(
      h.app.url,
      slashBody("/aktivitaet", "2h Elterncafé @Nordstadt #projekt", url),
    );
    expect(res.status).toBe(200);
    const preview = await h.fake.waitFor("response_url", (c) => c.path.endsWith("quick"));
    expect(preview.args.response_type).toBe("ephemeral");
    const save = buttons(preview.args.blocks as AnyBlock[]).find((b) => b.action_id === "aktivitaet:save");
    expect(save?.value).toBeTruthy();
    expect(await activities()).toHaveLength(0);

    const clickUrl = h.fake.responseUrl("save");
    await postSigned(h.app.url, payloadBody(buttonPayload("aktivitaet:save", save?.value, clickUrl)));
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("save"));
    const saved = await activities();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ minutes: 120, focus: "projects" });
  });

  it("opens the form as a modal and saves a valid submission, showing field errors otherwise", async () => {
    const url = h.fake.responseUrl("form");
    await postSigned(h.app.url, slashBody("/aktivitaet", "", url));
    const opened = await h.fake.waitFor("views.open");
    const view = opened.args.view as { callback_id: string; private_metadata: string; blocks: AnyBlock[] };
    expect(view.callback_id).toBe("aktivitaet:form");
    const byId = new Map(view.blocks.map((b) => [b.block_id, b]));
    const district = byId.get("district")?.element?.options?.find((o) => o.text.text === "Nordstadt");
    const today = byId.get("date")?.element?.initial_date;
    expect(district).toBeDefined();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const invalid = await postSigned(
      h.app.url,
      payloadBody(
        viewSubmissionPayload({
          callbackId: view.callback_id,
          privateMetadata: view.private_metadata,
          values: { title: { title: { type: "plain_text_input", value: "" } } },
        }),
      ),
    );
    const errors = (await invalid.json()) as { response_action: string; errors: Record<string, string> };
    expect(errors.response_action).toBe("errors");
    expect(Object.keys(errors.errors)).toEqual(expect.arrayContaining(["title", "duration", "district"]));

    const valid = await postSigned(
      h.app.url,
      payloadBody(
        viewSubmissionPayload({
          callbackId: view.callback_id,
          privateMetadata: view.private_metadata,
          values: {
            date: { date: { type: "datepicker", selected_date: today ?? null } },
            duration: { duration: { type: "plain_text_input", value: "1,5 Std" } },
            title: { title: { type: "plain_text_input", value: "Stadtteilfest Infostand" } },
            district: {
              district: { type: "static_select", selected_option: { value: district?.value ?? "" } },
            },
            level: { level: { type: "static_select", selected_option: { value: "case_independent" } } },
            focus: { focus: { type: "static_select", selected_option: { value: "public_relations" } } },
            role: { role: { type: "static_select", selected_option: { value: "contributed" } } },
            goals: { goals: { type: "multi_static_select", selected_options: [{ value: "prevention" }] } },
            privacyOk: { privacyOk: { type: "checkboxes", selected_options: [] } },
          },
        }),
      ),
    );
    expect(await valid.json()).toEqual({ response_action: "clear" });
    const answer = await h.fake.waitFor("response_url", (c) => c.path.endsWith("form"));
    expect(answer.args.response_type).toBe("ephemeral");
    const saved = (await activities()).find((a) => a.title === "Stadtteilfest Infostand");
    expect(saved).toMatchObject({ minutes: 90, focus: "public_relations", goals: ["prevention"] });
  });

  it("uploads the CSV export to the user's DM", async () => {
    await postSigned(h.app.url, slashBody("/aktivitaet", "export", h.fake.responseUrl("export")));
    const completed = await h.fake.waitFor("files.completeUploadExternal", undefined, 8_000);
    expect(String(completed.args.channel_id)).toMatch(/^D/);
    const upload = h.fake.callsTo("upload")[0];
    const csv = upload?.bytes?.toString("utf8") ?? "";
    expect(csv).toContain("Elterncafé");
    expect(csv).toContain("Stadtteilfest Infostand");
    expect(String(h.fake.callsTo("files.getUploadURLExternal")[0]?.args.filename)).toMatch(/\.csv$/);
  });
});
