import { describe, expect, it } from "vitest";
import { NOTIFICATION_TYPES, isNotificationType, notificationMessage, safeNotificationLink } from "./notification-text";

describe("notificationMessage", () => {
  it("gives each known type its key and exactly the params its message uses", () => {
    expect(notificationMessage("callback_due", { code: "#A1", extra: "x" })).toEqual({
      key: "types.callback_due",
      values: { code: "#A1" },
    });
    expect(notificationMessage("order_escalated", { code: "#A1", agent: "Sara" })).toEqual({
      key: "types.order_escalated",
      values: { code: "#A1", agent: "Sara" },
    });
    expect(notificationMessage("no_answer_final", { code: "#A1" })).toEqual({
      key: "types.no_answer_final",
      values: { code: "#A1" },
    });
    expect(notificationMessage("orders_assigned", { count: 3 })).toEqual({
      key: "types.orders_assigned",
      values: { count: 3 },
    });
  });

  it("passes count to the plural as a number", () => {
    expect(notificationMessage("orders_assigned", { count: "12" }).values).toEqual({ count: 12 });
    expect(notificationMessage("callback_due", { code: 42 }).values).toEqual({ code: "42" });
  });

  it("falls back to the generic text for an unknown type", () => {
    expect(notificationMessage("something_new", { code: "#A1" })).toEqual({ key: "generic", values: {} });
    expect(notificationMessage("", null)).toEqual({ key: "generic", values: {} });
    expect(notificationMessage("toString", {})).toEqual({ key: "generic", values: {} });
  });

  it("falls back to the generic text when params do not fit the type", () => {
    expect(notificationMessage("callback_due", null).key).toBe("generic");
    expect(notificationMessage("callback_due", ["#A1"]).key).toBe("generic");
    expect(notificationMessage("callback_due", { code: "" }).key).toBe("generic");
    expect(notificationMessage("callback_due", { code: { nested: 1 } }).key).toBe("generic");
    expect(notificationMessage("order_escalated", { code: "#A1" }).key).toBe("generic");
    expect(notificationMessage("orders_assigned", { count: "many" }).key).toBe("generic");
    expect(notificationMessage("orders_assigned", { count: "" }).key).toBe("generic");
    expect(notificationMessage("orders_assigned", {}).key).toBe("generic");
  });

  it("isolates text values for right-to-left pages, never the plural count", () => {
    expect(notificationMessage("order_escalated", { code: "#A1", agent: "Sara" }, { isolate: true }).values).toEqual({
      code: "\u2068#A1\u2069",
      agent: "\u2068Sara\u2069",
    });
    expect(notificationMessage("orders_assigned", { count: 2 }, { isolate: true }).values).toEqual({ count: 2 });
  });

  it("knows exactly the catalogue types", () => {
    for (const t of NOTIFICATION_TYPES) expect(isNotificationType(t)).toBe(true);
    expect(isNotificationType("constructor")).toBe(false);
    expect(isNotificationType(undefined)).toBe(false);
  });
});

describe("safeNotificationLink", () => {
  it("keeps locale-free in-app paths", () => {
    expect(safeNotificationLink("/callcenter/agent/orders/abc")).toBe("/callcenter/agent/orders/abc");
    expect(safeNotificationLink("/orders?state=new#top")).toBe("/orders?state=new#top");
  });

  it("drops anything that could leave the app", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "orders/1",
      "",
      "/a b",
      "/a\nb",
      null,
      undefined,
      5,
    ]) {
      expect(safeNotificationLink(bad), String(bad)).toBeNull();
    }
    expect(safeNotificationLink(`/${"a".repeat(600)}`)).toBeNull();
  });
});
