// Rhythms as people say them: read German into an RRULE, say it back, and list the next dates.
export { type DatedMeeting, DEFAULT_TIME, firstStart, nextDates } from "./dates.js";
export { describeRhythm } from "./describe.js";
export { type ClockTime, type Rhythm, type RhythmResult, readRhythm, rhythmStart } from "./read.js";
export { upcomingDates } from "./upcoming.js";
