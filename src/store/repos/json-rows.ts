// Table rows read inside one statement as JSON (`json_agg(t)`), turned into the rows a plain select returns.
import { getTableColumns, type InferSelectModel, type Table } from "drizzle-orm";
import { CasingCache } from "drizzle-orm/casing";

// The database's column names as the store names them (db.ts opens drizzle with snake_case casing).
const casing = new CasingCache("snake_case");

/**
 * Each column through its own driver mapping, as drizzle maps a selected row: a timestamp becomes a Date,
 * a date stays its yyyy-MM-dd text, an array or jsonb value stays as JSON gave it.
 */
export function rowsOf<T extends Table>(
  table: T,
  json: readonly Record<string, unknown>[],
): InferSelectModel<T>[] {
  const columns = Object.entries(getTableColumns(table)).map(
    ([key, column]) => [key, casing.getColumnCasing(column), column] as const,
  );
  return json.map(
    (r) =>
      Object.fromEntries(
        columns.map(([key, name, column]) => {
          const value = r[name];
          return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
        }),
      ) as InferSelectModel<T>,
  );
}

/** A json or json_agg column: parsed by the driver already (postgres.js, PGlite), or its text. */
export function jsonOf<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
