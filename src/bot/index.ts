// The adapters the server knows; each decides from the configuration whether it is enabled.
import type { AdapterFactory } from "./adapter.js";

export const adapterFactories: AdapterFactory[] = [];
