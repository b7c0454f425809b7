// A field check (the "check only this field" submission) never saves: a form that checks field by field answers
// with its verdict, and any other form, such as the activity's, answers without one and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buttonLabeled,
  click,
  formOf,
  initialValues,
  openWorld,
  run,
  seedTeam,
  storeOf,
  type Team,
  type World,
} from "./support.js";

let w: World;
let team: Team;
beforeAll(async () => {
  w = await openWorld();
  team = await seedTeam(w, "T-check");
});
afterAll(async () => {
  await w.close();
});

const count = async () => (await storeOf(w, "T-check")).countActivities({});

describe("a field check on a form that does not check field by field", () => {
  it("saves nothing and gives no verdict, although every field is valid", async () => {
    const confirm = await run(w, team.member, "Montag 2h Schulkooperation #schule");
    const form = formOf(await click(w, team.member, buttonLabeled(confirm, "Bearbeiten")));
    expect(form.checksEachField).toBeFalsy();
    const before = await count();
    const reply = await w.layer.handle({
      who: team.member,
      where: { isDirect: false, channelId: "C-nord" },
      input: {
        type: "submit",
        formId: form.formId,
        values: initialValues(form),
        ...(form.state ? { state: form.state } : {}),
        check: "title",
      },
    });
    expect(reply).toEqual({ kind: "formErrors", errors: {} });
    expect(await count()).toBe(before);
  });
});
