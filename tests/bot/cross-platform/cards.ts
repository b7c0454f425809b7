// What a cross-platform test sees of a message, whichever platform sent it: its texts and its buttons.

export interface Tap {
  label: string;
  actionId: string;
  value?: string;
  /** What the platform sends back on a click (Slack: the button; Teams: the Action.Submit data). */
  raw: unknown;
}

export interface Card {
  texts: string;
  buttons: Tap[];
}

/** The button with this label; throws with the card's labels so a failing test says what was there. */
export function button(card: Card, label: string): Tap {
  const found = card.buttons.find((b) => b.label === label);
  if (!found) throw new Error(`no button "${label}" in: ${card.buttons.map((b) => b.label).join(", ")}`);
  return found;
}
