// The one schema: every table the store knows, for Drizzle and drizzle-kit.
export * from "./activities.js";
export * from "./committees.js";
export * from "./cooperations.js";
export * from "./enums.js";
export * from "./loop.js";
export * from "./minutes.js";
export * from "./operations.js";
export * from "./platforms.js";
export * from "./tenancy.js";
