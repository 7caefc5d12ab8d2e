// Splits a duration for display ("3d 4h", "2h 15m", "5m"); the words come from messages
// (`common.duration.*`). Pure.
export type DurationParts = { unit: "days" | "hours" | "minutes"; days: number; hours: number; minutes: number };

export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  return { unit: days > 0 ? "days" : hours > 0 ? "hours" : "minutes", days, hours, minutes };
}
