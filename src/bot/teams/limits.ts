// Microsoft Teams / Adaptive Card limits the renderer keeps to (Teams message size, host config, our own caps).
export const TEAMS_LIMITS = {
  /** Highest Adaptive Card schema version every Teams client renders. */
  cardVersion: "1.5" as const,
  /** Teams rejects bot messages above ~28 KB; we stay below with room for the activity envelope. */
  cardBytes: 24_000,
  /** Teams host config shows at most this many actions in one ActionSet. */
  actionsPerSet: 5,
  /** Our cap of list items per card; the rest is summarised in one line. */
  listItems: 40,
  /** Our cap of facts in one FactSet. */
  facts: 40,
  factTitle: 100,
  factValue: 1_000,
  /**
   * Longest word a FactSet title shows whole: Teams gives the title column a fixed share of a narrow card and
   * breaks longer words inside („Infrastruktur-entwicklung“). Fields with a longer label word are stacked instead.
   */
  factTitleWord: 12,
  /** Text of one TextBlock. */
  text: 3_000,
  buttonLabel: 60,
  /** Bytes of one action's data value. */
  actionValue: 2_000,
  choices: 100,
  inputLabel: 200,
  /** Image data URIs above this size are replaced by their alt text. */
  imageBytes: 12_000,
} as const;
