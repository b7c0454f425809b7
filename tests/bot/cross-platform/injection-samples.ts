// Generated hostile text for the injection tests: injected syntax (mentions, links, Markdown, HTML) mixed with
// German words, umlauts and line breaks, and every Reply element, form input and reply kind carrying it.
import {
  button,
  type Element,
  type Form,
  file,
  type InputKind,
  message,
  type Reply,
  text,
} from "../../../src/conversation/reply.js";

const INJECTIONS = [
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<@U0EVIL>",
  "<@W0EVIL|chefin>",
  "<#C0EVIL|allgemein>",
  "<http://evil.example|Klick>",
  "<https://evil.example>",
  "<mailto:a@evil.example|Mail>",
  "<!subteam^S0EVIL|@alle>",
  "<!date^1392734382^{date}|heute>",
  "[Klick](http://evil.example)",
  "[a](javascript:alert(1))",
  "![Bild](http://evil.example/x.png)",
  "<http://evil.example>",
  "**fett**",
  "*fett*",
  "_kursiv_",
  "~durch~",
  "`code`",
  "# Überschrift",
  "- Punkt",
  "<b>fett</b>",
  '<a href="http://evil.example">Link</a>',
  "<at>Chefin</at>",
  "<script>alert(1)</script>",
  "&lt;!channel&gt;",
  "&#91;x&#93;(http://evil.example)",
  "\\[x\\](http://evil.example)",
  "a & b",
];
const WORDS = [
  "Grünflächenamt",
  "Süd",
  "Straßenfest",
  "Äpfel",
  "Öffnungszeiten",
  "Übergang",
  "ß",
  "„Zitat“",
  "–",
];
const GLUE = [" ", "", "\n", " – "];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function samples(seed: number, count: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  // Each injection once on its own, then random mixes.
  const out = [...INJECTIONS];
  while (out.length < count) {
    const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
      random() < 0.6 ? pick(INJECTIONS) : pick(WORDS),
    );
    out.push(parts.reduce((acc, part) => `${acc}${pick(GLUE)}${part}`));
  }
  return out;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const KINDS: InputKind[] = [
  "text",
  "textarea",
  "number",
  "date",
  "time",
  "select",
  "multiselect",
  "checkbox",
];

/** Every element type of the neutral model, each text field carrying `s`. */
export function everyElement(s: string): Element[] {
  return [
    text(s),
    text(s, "heading"),
    text(s, "muted"),
    text(s, "warning"),
    text(s, "plain"),
    {
      type: "fields",
      fields: [
        { label: s, value: s },
        { label: s, value: s, flagged: true },
      ],
    },
    {
      type: "list",
      items: [
        { title: s, detail: s, actions: [button(s, "x:one", s)] },
        { title: s, actions: [button(s, "x:a"), button(s, "x:b", s, "danger")] },
        { title: s },
      ],
    },
    { type: "actions", buttons: [button(s, "x:c", s, "primary")] },
    { type: "divider" },
    { type: "image", alt: s, title: s, png: PNG },
  ];
}

export function everyForm(s: string): Form {
  return {
    formId: "x:form",
    title: s,
    submitLabel: s,
    intro: s,
    state: "1",
    inputs: KINDS.map((kind) => ({
      id: kind,
      kind,
      label: s,
      hint: s,
      placeholder: s,
      options: [{ value: "a", label: s }],
      ...(kind === "text" || kind === "textarea" ? { initial: s } : {}),
    })),
    actions: [button(s, "x:back")],
  };
}

/** Every Reply kind, each carrying `s` wherever text goes. */
export function everyReply(s: string): Reply[] {
  return [
    message(everyElement(s), "public"),
    { kind: "form", form: everyForm(s) },
    { kind: "formErrors", errors: { text: s } },
    file("export.csv", "text/csv", new TextEncoder().encode("a;b"), s),
    // biome-ignore lint/suspicious/noThenProperty: the neutral Reply model names this field `then`.
    { kind: "closeForm", then: message(everyElement(s)) },
  ];
}
