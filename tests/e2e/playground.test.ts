// End to end: the Teams adapter (TEAMS_LOCAL_MODE=true) in Microsoft 365 Agents Playground, driven through its web UI by
// a headless Chromium. One app, one Playground, one page (each page load is a new personal chat); every step
// checks what a user sees there and leaves a screenshot. Everything stays on 127.0.0.1.
import { accessSync, constants } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { type RunningApp, startApp } from "../../src/app.js";
import type { Clock } from "../../src/clock.js";
import {
  aktivitaet,
  common,
  digest,
  help,
  kooperation,
  labels,
  sozialraum,
} from "../../src/commands/messages/index.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";
import { openPage, type Playground, startPlayground } from "./playground.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const IN_CI = process.env.CI === "true";

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const HAVE_CHROMIUM = executable(CHROMIUM);
// In CI Chromium is installed, so a missing one is a failure there (beforeAll), not a skip.
const SKIP = !HAVE_CHROMIUM && !IN_CI;
if (SKIP)
  console.log(`Playground-Test übersprungen: Chromium fehlt unter ${CHROMIUM} (apt-get install chromium)`);

/** How long one step may wait for the UI; the test itself gets twice that. */
const WAIT = 30_000;
const STEP = 2 * WAIT;
const SHOTS = join(tmpdir(), "sra-playground-shots");
const VIEWPORT = { width: 1400, height: 1000 };
/** About how much of the window's height the chat pane shows (header and composer take the rest). */
const CHAT_PANE = VIEWPORT.height - 220;

const DAY = 86_400_000;
const DISTRICT = "Nordstadt";
const PARTNER = "Grundschule am Park";

const SEL = {
  input: 'div[role="textbox"][data-lexical-editor="true"]',
  bubble: ".fai-OutputCard",
  card: ".ac-adaptiveCard",
  image: "img.ac-image",
};

/** Polls with a step's patience (expect.poll waits only 1 s by default). */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: WAIT });

/** For hooks, where expect.poll is not available: waits until `check` holds, or throws after WAIT. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const until = Date.now() + WAIT;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${WAIT} ms waiting for ${what}`);
    await sleep(250);
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** An input's accessible name starts with its label (then " *" when required, hints, errors). */
const labelled = (label: string) => new RegExp(`^${escapeRegExp(label)}`);

describe.skipIf(SKIP)("Teams im Microsoft 365 Agents Playground", () => {
  let t: TestDatabase | undefined;
  let app: RunningApp | undefined;
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  let page: Page;
  /** Real time, moved on by `ahead` ms when the test needs "a week later". */
  let ahead = 0;
  const clock: Clock = { now: () => new Date(Date.now() + ahead) };
  /** Set by the first failing step; the later ones build on it and are skipped. */
  let broken: string | undefined;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM)
      throw new Error(
        `Chromium fehlt unter ${CHROMIUM} (CI=true: der Playground-Test muss laufen; apt-get install chromium oder CHROMIUM_PATH setzen)`,
      );
    await rm(SHOTS, { recursive: true, force: true });
    await mkdir(SHOTS, { recursive: true });
    console.log(`Playground-Screenshots: ${SHOTS}`);

    t = await openTestDatabase();
    app = await startApp(loadConfig({ PORT: "0", TEAMS_LOCAL_MODE: "true" }), createLogger("silent"), {
      database: t.database,
      host: "127.0.0.1",
      clock,
      // no background jobs: the clock jumps a week in step 6
      autoTick: false,
    });
    playground = await startPlayground(`${app.url}/api/messages`);
    ({ browser, page } = await openPage(CHROMIUM, VIEWPORT));
    page.setDefaultTimeout(WAIT);
    await page.goto(playground.url);
    await page.locator(SEL.input).waitFor({ state: "visible" });
    // The Playground opens the personal chat with an installationUpdate, which creates the tenant: from
    // then on the conversation is live and the composer sends to the app.
    const store = app.store;
    await eventually(
      async () => (await store.listTenantSchedules()).length === 1,
      "the personal chat to open",
    );
  }, 120_000);

  afterAll(async () => {
    const problems: unknown[] = [];
    const attempt = async (what: () => Promise<void> | undefined) => {
      try {
        await what();
      } catch (error) {
        problems.push(error);
      }
    };
    await attempt(() => browser?.close());
    await attempt(() => playground?.stop());
    await attempt(() => app?.close());
    await attempt(() => t?.close());
    if (problems.length > 0) throw problems[0];
  }, 60_000);

  /** One step: skipped after an earlier failure; a failure leaves a screenshot and the visible bubbles. */
  function step(n: number, name: string, title: string, body: () => Promise<void>) {
    it(
      `${n}. ${title}`,
      async ({ skip }) => {
        skip(broken !== undefined, `baut auf Schritt ${broken} auf, der fehlgeschlagen ist`);
        onTestFailed(async () => {
          broken ??= `${n} (${name})`;
          try {
            await page.screenshot({ path: join(SHOTS, `${n}-${name}-fehler.png`) });
            const texts = await page.locator(SEL.bubble).allInnerTexts();
            console.log(
              `Schritt ${n} fehlgeschlagen; sichtbare Nachrichten:\n${texts.slice(-4).join("\n---\n")}`,
            );
          } catch {
            // the page itself may be gone
          }
        });
        await body();
      },
      STEP,
    );
  }

  /**
   * Types `text` into the composer and sends it. Under load the Playground may still re-render the composer
   * and drop keystrokes, so the text is checked (and typed again) before Enter, and Enter must empty it.
   */
  async function say(text: string): Promise<void> {
    const input = page.locator(SEL.input);
    const until = Date.now() + WAIT;
    for (;;) {
      await input.click();
      if ((await input.textContent()) !== "") {
        await page.keyboard.press("ControlOrMeta+A");
        await page.keyboard.press("Backspace");
      }
      await page.keyboard.type(text);
      if ((await input.textContent()) === text) break;
      if (Date.now() > until) throw new Error(`the composer did not take „${text}“`);
      await page.waitForTimeout(500);
    }
    await page.keyboard.press("Enter");
    await poll(() => input.textContent()).toBe("");
  }

  /** Rendered Adaptive Cards with a line that reads exactly `line` (a string) or matches it (a RegExp). */
  const cardsWith = (line: string | RegExp) =>
    page.locator(SEL.card).filter({ has: page.getByText(line, { exact: true }) });

  /** The newest such card (text and card of one message are separate bubbles). */
  async function cardWith(line: string | RegExp): Promise<Locator> {
    const card = cardsWith(line).last();
    await card.waitFor({ state: "visible" });
    return card;
  }

  /** The newest bubble (text or card) containing `text`. */
  async function bubbleWith(text: string | RegExp): Promise<Locator> {
    const bubble = page.locator(SEL.bubble).filter({ hasText: text }).last();
    await bubble.waitFor({ state: "visible" });
    return bubble;
  }

  /** A screenshot of the page with `focus` in view; for a card taller than the chat pane, a taller window. */
  async function shot(n: number, name: string, focus: Locator): Promise<void> {
    const viewport = page.viewportSize() ?? VIEWPORT;
    const height = (await focus.boundingBox())?.height ?? 0;
    const extra = Math.ceil(Math.min(Math.max(0, height - CHAT_PANE), 3_000));
    if (extra > 0) await page.setViewportSize({ ...viewport, height: viewport.height + extra });
    try {
      await focus.scrollIntoViewIfNeeded();
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${n}-${name}.png`) });
    } finally {
      if (extra > 0) await page.setViewportSize(viewport);
    }
  }

  /** Waits until `within` shows `text` (a whole line when `exact`, else part of one). */
  async function shows(within: Locator, text: string, exact = false): Promise<void> {
    await within.getByText(text, { exact }).first().waitFor({ state: "visible" });
  }

  /** Picks an option of a ChoiceSet (a Fluent combobox; its list opens in a popup outside the card). */
  async function choose(card: Locator, label: string, option: string): Promise<void> {
    const box = card.getByRole("combobox", { name: labelled(label) });
    await box.click();
    await page.getByRole("option", { name: option, exact: true }).click();
    await poll(() => box.inputValue()).toBe(option);
  }

  /** The Playground's tenant: the only one, created by the first message. */
  async function tenant() {
    const running = app as RunningApp;
    const tenants = await running.store.listTenantSchedules();
    expect(tenants).toHaveLength(1);
    return running.store.forTenant(tenants[0]?.id ?? -1);
  }

  step(1, "hilfe", "„hilfe“ zeigt die Hilfekarte", async () => {
    await say("hilfe");
    const card = await cardWith(help.title);
    await shows(card, help.intro);
    await shot(1, "hilfe", card);
  });

  step(2, "sozialraum", "„sozialraum neu Nordstadt“ legt den Sozialraum an", async () => {
    await say(`sozialraum neu ${DISTRICT}`);
    const bubble = await bubbleWith(sozialraum.created(DISTRICT));
    await shot(2, "sozialraum", bubble);
    const scoped = await tenant();
    expect((await scoped.listDistricts()).map((d) => d.name)).toEqual([DISTRICT]);
    // the first member of a tenant becomes its admin, which is why this was allowed
    expect((await scoped.listMembers()).map((m) => m.role)).toEqual(["admin"]);
  });

  step(3, "schnelleintrag", "ein Schnelleintrag wird über seine Karte gespeichert", async () => {
    await say(`aktivitaet 2h Elterncafé @${DISTRICT} #projekt`);
    const confirm = await cardWith(aktivitaet.confirmTitle);
    await shows(confirm, "Elterncafé", true);
    await shows(confirm, labels.focus.projects, true);
    await confirm.getByRole("button", { name: common.save, exact: true }).click();

    const scoped = await tenant();
    await poll(() => scoped.countActivities({})).toBe(1);
    const [saved] = await scoped.listActivities({}, { limit: 1, offset: 0 });
    expect(saved).toMatchObject({ title: "Elterncafé", minutes: 120, focus: "projects" });
    const card = await cardWith(aktivitaet.saved(saved?.id ?? -1));
    // the confirmation was replaced in place: no second "Speichern" on it
    await poll(() => cardsWith(aktivitaet.confirmTitle).count()).toBe(0);
    await shot(3, "schnelleintrag", card);
  });

  step(4, "formular", "das Formular „aktivitaet“ wird ausgefüllt und abgeschickt", async () => {
    await say("aktivitaet");
    const form = await cardWith(aktivitaet.formTitleNew);
    const f = aktivitaet.field;
    // date (today) and the only district are prefilled
    await poll(() => form.getByRole("combobox", { name: labelled(f.district) }).inputValue()).toBe(DISTRICT);
    await form.getByRole("textbox", { name: labelled(f.duration) }).fill("90 min");
    await form.getByRole("textbox", { name: labelled(f.title) }).fill("Stadtteilrunde Nordstadt");
    await choose(form, f.focus, labels.focus.networks);
    await shot(4, "formular-ausgefuellt", form);
    await form.getByRole("button", { name: aktivitaet.formSubmit, exact: true }).click();

    const scoped = await tenant();
    await poll(() => scoped.countActivities({})).toBe(2);
    const [saved] = await scoped.listActivities({}, { limit: 1, offset: 0 });
    expect(saved).toMatchObject({ title: "Stadtteilrunde Nordstadt", minutes: 90, focus: "networks" });
    const card = await cardWith(aktivitaet.saved(saved?.id ?? -1));
    // the form was replaced by the confirmation
    await poll(() => cardsWith(aktivitaet.formTitleNew).count()).toBe(0);
    await shot(4, "formular", card);
  });

  step(5, "kooperation", "die Kooperations-Checkliste geht von Schritt 1 zu Schritt 2", async () => {
    await say(`kooperation neu ${PARTNER}`);
    // an unknown partner: first its type (prefilled "Schule")
    const partnerForm = await cardWith(kooperation.partnerFormTitle);
    await poll(() =>
      partnerForm.getByRole("combobox", { name: labelled(kooperation.partnerType) }).inputValue(),
    ).toBe(labels.partnerType.school);
    await partnerForm.getByRole("button", { name: kooperation.create, exact: true }).click();

    const step1 = await cardWith(kooperation.formTitle(1));
    await shows(step1, kooperation.stepIntro(PARTNER, 1, kooperation.steps[1]?.question ?? "?"));
    const answer = "Übergänge von der Kita in die Schule begleiten und Eltern früh erreichen.";
    await step1.getByRole("textbox", { name: labelled(kooperation.answerLabel) }).fill(answer);
    await shot(5, "kooperation-schritt1", step1);
    await step1.getByRole("button", { name: kooperation.next, exact: true }).click();

    const step2 = await cardWith(kooperation.formTitle(2));
    await shows(step2, kooperation.stepIntro(PARTNER, 2, kooperation.steps[2]?.question ?? "?"));
    await shot(5, "kooperation-schritt2", step2);

    const scoped = await tenant();
    const partner = await scoped.findPartnerByName(PARTNER);
    expect(partner?.type).toBe("school");
    const coop = await scoped.openCooperationWith(partner?.id ?? -1);
    expect(coop?.currentStep).toBe(2);
    expect((await scoped.currentAnswers(coop?.id ?? -1)).get(1)?.answer).toEqual({ text: answer });
  });

  step(6, "digest", "die Digest-Vorschau zeigt den Wochenrückblick mit Diagramm", async () => {
    // The digest looks back on the last full week: a week later, that is the week of steps 3 and 4.
    ahead = 7 * DAY;
    await say(`sozialraum digest vorschau ${DISTRICT}`);
    // "Wochenrückblick Nordstadt · KW 49 (30.11.–06.12.2026)": week and range depend on today
    const heading = new RegExp(
      `^${escapeRegExp(digest.title(DISTRICT, 99, "RANGE"))}$`
        .replace("99", "\\d{1,2}")
        .replace("RANGE", ".+"),
    );
    const card = await cardWith(heading);
    // both activities (2 h + 90 min), none in the four weeks before
    await shows(card, digest.totalsValue(2, 210, 0, 0), true);
    const image = card.locator(SEL.image).first();
    await image.waitFor({ state: "visible" });
    expect(await image.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    expect(await image.getAttribute("alt")).toBe(digest.chartAlt(DISTRICT));
    // decoded and drawn, not a broken image
    await poll(() =>
      image.evaluate((el) => {
        const img = el as unknown as { complete: boolean; naturalWidth: number };
        return img.complete ? img.naturalWidth : 0;
      }),
    ).toBeGreaterThan(0);
    await shot(6, "digest", card);
  });

  step(7, "offline", "der Playground hat nichts außer 127.0.0.1 angesprochen", async () => {
    expect(playground?.blocked()).toEqual([]);
  });
});
