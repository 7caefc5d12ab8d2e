// Prisma's `contains` / `startsWith` / `endsWith` put the value into a LIKE pattern as is: on
// PostgreSQL `%` and `_` in user input would act as wildcards ("%" finds every row). Search
// input goes through this first; `\` is PostgreSQL's default LIKE escape character.
export function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}
