import { describe, expect, it } from "vitest";
import { pickAgent, planAssignments, type AgentSlot } from "./pick-agent";

const slot = (userId: string, open: number, lastAssignedAt: number | null = null): AgentSlot => ({
  userId,
  open,
  lastAssignedAt,
});

describe("pickAgent", () => {
  it.each([
    ["least_loaded takes the fewest open orders", [slot("a", 5), slot("b", 2), slot("c", 3)], "least_loaded", "b"],
    [
      "least_loaded breaks ties by least recent assignment",
      [slot("a", 2, 200), slot("b", 2, 100)],
      "least_loaded",
      "b",
    ],
    [
      "least_loaded: never assigned beats recently assigned on a tie",
      [slot("a", 1, 50), slot("b", 1, null)],
      "least_loaded",
      "b",
    ],
    ["round_robin ignores load", [slot("a", 0, 300), slot("b", 9, 100)], "round_robin", "b"],
    [
      "round_robin: never assigned first, then by id",
      [slot("c", 0, null), slot("b", 0, null), slot("a", 0, 10)],
      "round_robin",
      "b",
    ],
  ] as const)("%s", (_name, agents, mode, expected) => {
    expect(pickAgent(agents, mode, 40)?.userId).toBe(expected);
  });

  it("skips agents at the cap and returns null when everyone is full", () => {
    expect(pickAgent([slot("a", 40), slot("b", 39)], "least_loaded", 40)?.userId).toBe("b");
    expect(pickAgent([slot("a", 40), slot("b", 41)], "round_robin", 40)).toBeNull();
    expect(pickAgent([], "round_robin", 40)).toBeNull();
  });
});

describe("planAssignments", () => {
  it("round-robin cycles through the agents in turn", () => {
    expect(planAssignments([slot("a", 0), slot("b", 0), slot("c", 0)], 7, "round_robin", 40, 1000)).toEqual([
      "a",
      "b",
      "c",
      "a",
      "b",
      "c",
      "a",
    ]);
  });

  it("least-loaded fills the emptiest first and evens the load out", () => {
    expect(planAssignments([slot("a", 3), slot("b", 0), slot("c", 1)], 5, "least_loaded", 40, 1000)).toEqual([
      "b",
      "c",
      "b",
      "c",
      "b",
    ]);
  });

  it("stops at the cap: fewer assignments than orders", () => {
    const plan = planAssignments([slot("a", 1), slot("b", 2)], 10, "least_loaded", 3, 0);
    expect(plan).toEqual(["a", "b", "a"]); // ties go to the least recently assigned
  });

  it("does not mutate its input", () => {
    const agents = [slot("a", 0)];
    planAssignments(agents, 3, "round_robin", 40, 0);
    expect(agents[0]).toEqual(slot("a", 0));
  });
});
