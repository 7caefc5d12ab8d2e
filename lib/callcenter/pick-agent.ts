// Auto-assignment's choice of agent, pure (unit-tested): among agents on shift with room,
// "least_loaded" takes the fewest open orders (ties: least recently assigned, then id);
// "round_robin" takes the least recently assigned (never assigned first, then id).

export type AgentSlot = { userId: string; open: number; lastAssignedAt: number | null };
export type AssignMode = "least_loaded" | "round_robin";

function byRecency(a: AgentSlot, b: AgentSlot): number {
  const la = a.lastAssignedAt ?? -Infinity;
  const lb = b.lastAssignedAt ?? -Infinity;
  if (la !== lb) return la < lb ? -1 : 1;
  return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
}

export function pickAgent(agents: readonly AgentSlot[], mode: AssignMode, cap: number): AgentSlot | null {
  const open = agents.filter((a) => a.open < cap);
  if (!open.length) return null;
  const sorted = [...open].sort(mode === "least_loaded" ? (a, b) => a.open - b.open || byRecency(a, b) : byRecency);
  return sorted[0];
}

/**
 * Plans `orderCount` assignments: each pick bumps the agent's load and recency (`now + i`, so
 * order within one run is kept). Returns one userId per order, shorter when everyone is full.
 */
export function planAssignments(
  agents: readonly AgentSlot[],
  orderCount: number,
  mode: AssignMode,
  cap: number,
  now: number,
): string[] {
  const slots = agents.map((a) => ({ ...a }));
  const plan: string[] = [];
  for (let i = 0; i < orderCount; i++) {
    const a = pickAgent(slots, mode, cap);
    if (!a) break;
    a.open += 1;
    a.lastAssignedAt = now + i;
    plan.push(a.userId);
  }
  return plan;
}
