import { dialect } from "~/utils/db.server";
import type { SqlDialect } from "~/utils/sql-dialect";
import { postgresDialect } from "~/utils/sql-postgres.server";
import { sqliteDialect } from "~/utils/sql-sqlite.server";

/** The raw SQL parts of the database DATABASE_URL names (see sql-dialect.ts). */
export const sql: SqlDialect = dialect === "postgres" ? postgresDialect : sqliteDialect;

export const queryRows = <Row>(query: Parameters<SqlDialect["queryRows"]>[0]) => sql.queryRows<Row>(query);
