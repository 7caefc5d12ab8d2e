// Call-center journeys in English and Arabic: the manager assigns orders, the agent works
// each outcome from the call screen, a postponed order comes back when due (with a
// notification), escalations reach the manager, and the seller sees only the result.
import { expect, test, type Page } from "@playwright/test";
import { makeCallbackDue } from "./db";
import { as, createOrderByForm } from "./flows";
import { type Locale, M, fill } from "./support";

/** A datetime-local value in UAE wall-clock time, `ms` from now. */
const uaeLocal = (ms: number) => new Date(Date.now() + ms + 4 * 3_600_000).toISOString().slice(0, 16);

async function assignByCode(manager: Page, locale: Locale, code: string, agentName: string) {
  await manager.goto(`/${locale}/callcenter/manager?view=unassigned&q=${encodeURIComponent(code)}`);
  const row = manager.locator(`[data-testid="queue-row"][data-code="${code}"]`);
  await expect(row).toHaveCount(1);
  await row.getByTestId("queue-select").check();
  const agentSelect = manager.getByTestId("assign-agent");
  const value = await agentSelect.locator("option", { hasText: agentName }).first().getAttribute("value");
  await agentSelect.selectOption(value!);
  await manager.getByTestId("assign-selected").click();
  await expect(manager.getByTestId("queue-message")).toHaveText(
    fill(M[locale].callcenter.queue.assigned, { assigned: "1", skipped: "0" }),
  );
}

async function recordOutcome(
  agent: Page,
  locale: Locale,
  orderId: string,
  outcome: string,
  fillForm?: () => Promise<void>,
) {
  await agent.goto(`/${locale}/callcenter/orders/${orderId}`);
  await agent.getByTestId(`outcome-${outcome}`).check({ force: true });
  if (fillForm) await fillForm();
  await agent.getByTestId("record-outcome").click();
}

for (const locale of ["en", "ar"] as const) {
  const L = M[locale];
  const agentEmail = locale === "en" ? "agent1@atlas.demo" : "agent2@atlas.demo";
  const agentName = locale === "en" ? "Maria Santos" : "Layla Nasser";

  test(`call center: assign, every outcome, callback returns, escalation decided, seller sees the result (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const seller = await as(browser, "seller1@atlas.demo", locale);
    const n = locale === "en" ? 1 : 2;
    const orders = {
      confirm: await createOrderByForm(seller, locale, `CC Confirm ${locale}`, `050 610 000${n}`, { quantity: 1 }),
      noAnswer: await createOrderByForm(seller, locale, `CC NoAnswer ${locale}`, `050 620 000${n}`, { quantity: 1 }),
      postpone: await createOrderByForm(seller, locale, `CC Postpone ${locale}`, `050 630 000${n}`, { quantity: 1 }),
      cancel: await createOrderByForm(seller, locale, `CC Cancel ${locale}`, `050 640 000${n}`, { quantity: 1 }),
      escalate: await createOrderByForm(seller, locale, `CC Escalate ${locale}`, `050 650 000${n}`, { quantity: 1 }),
    };

    // The agent starts a shift (auto-assignment only serves agents on shift).
    const agent = await as(browser, agentEmail, locale);
    await agent.goto(`/${locale}/callcenter/agent`);
    await expect(agent.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    if (await agent.getByTestId("start-shift").isVisible()) await agent.getByTestId("start-shift").click();
    await expect(agent.getByTestId("end-shift")).toBeVisible();

    // The manager filters the queue by code and assigns each order to the agent.
    const manager = await as(browser, "ccmanager@atlas.demo", locale);
    await manager.goto(`/${locale}/callcenter/manager`);
    await expect(manager.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(
      manager.getByTestId("agent-load").locator(`[data-agent="${agentName}"] [data-testid="agent-shift"]`),
    ).toContainText(fill(L.callcenter.load.onShiftSince, { time: "" }).trim());
    // Assigning with nothing ticked is refused in the reader's language.
    await manager.getByTestId("assign-selected").click();
    await expect(manager.getByTestId("queue-message")).toHaveText(L.validation.select_orders);
    for (const o of Object.values(orders)) await assignByCode(manager, locale, o.code, agentName);
    await manager.goto(`/${locale}/callcenter/manager?view=in_review&q=${encodeURIComponent(orders.confirm.code)}`);
    await expect(
      manager.locator(`[data-testid="queue-row"][data-code="${orders.confirm.code}"] [data-testid="queue-agent"]`),
    ).toHaveText(agentName);
    // Auto-assignment hands out whatever is still unassigned to agents on shift.
    await manager.goto(`/${locale}/callcenter/manager`);
    await manager.getByTestId("auto-assign").click();
    await expect(manager.getByTestId("queue-message")).toHaveText(
      new RegExp(fill(L.callcenter.queue.autoAssigned, { assigned: "\\d+" })),
    );

    // My queue lists the assigned orders.
    await agent.goto(`/${locale}/callcenter/agent`);
    for (const o of Object.values(orders))
      await expect(agent.locator(`[data-testid="agent-queue-row"][data-code="${o.code}"]`)).toHaveCount(1);

    // Confirmed, with a quantity correction: stock reserved, order confirmed.
    await agent.goto(`/${locale}/callcenter/orders/${orders.confirm.id}`);
    await expect(agent.getByTestId("customer-name")).toHaveText(`CC Confirm ${locale}`);
    await expect(agent.getByTestId("call-customer")).toHaveAttribute("href", `tel:+97150610000${n}`);
    await agent.getByTestId("outcome-confirmed").check({ force: true });
    await agent.getByTestId("correct-details").check();
    await agent.getByTestId("fix-qty-0").fill("2");
    await agent.getByTestId("call-note").fill("Deliver after 5pm please");
    await agent.getByTestId("record-outcome").click();
    await expect(agent.getByTestId("outcome-result")).toHaveText(
      fill(L.callcenter.outcome.done.confirmed, { state: L.states.callcenter_approved }),
    );
    await agent.reload();
    await expect(agent.getByTestId("order-state")).toHaveText(L.states.callcenter_approved);
    await expect(agent.getByTestId("line-qty")).toHaveText("2");
    await expect(agent.getByTestId("call-log-outcome").first()).toHaveText(L.callcenter.outcomes.confirmed);

    // No answer three times: the third is the final attempt and goes to the manager.
    for (let i = 0; i < 3; i++) {
      await recordOutcome(agent, locale, orders.noAnswer.id, "no_answer");
      await expect(agent.getByTestId("outcome-result")).toBeVisible();
    }
    await agent.reload();
    await expect(agent.getByTestId("order-state")).toHaveText(L.states.no_answer);
    await expect(agent.getByTestId("call-log-row")).toHaveCount(3);

    // Postponed: a past time is refused; a time two hours ahead is kept.
    await recordOutcome(agent, locale, orders.postpone.id, "postponed", async () => {
      await agent.getByTestId("callback-at").fill(uaeLocal(-3_600_000));
    });
    await expect(agent.getByText(L.validation.callback_past)).toBeVisible();
    await agent.getByTestId("callback-at").fill(uaeLocal(2 * 3_600_000));
    await agent.getByTestId("record-outcome").click();
    await expect(agent.getByTestId("outcome-result")).toHaveText(L.callcenter.outcome.done.postponed);
    await agent.reload();
    await expect(agent.getByTestId("order-state")).toHaveText(L.states.postponed);

    // Cancelled needs a reason from the list.
    await recordOutcome(agent, locale, orders.cancel.id, "cancelled");
    await expect(agent.getByText(L.validation.required)).toBeVisible();
    await agent.getByTestId("cancel-reason").selectOption("wrong_number");
    await agent.getByTestId("record-outcome").click();
    await expect(agent.getByTestId("outcome-result")).toHaveText(
      fill(L.callcenter.outcome.done.cancelled, { state: L.states.cancelled }),
    );

    // Escalate needs a note.
    await recordOutcome(agent, locale, orders.escalate.id, "escalated");
    await expect(agent.getByText(L.validation.note_required)).toBeVisible();
    await agent.getByTestId("call-note").fill("Customer asks for a discount");
    await agent.getByTestId("record-outcome").click();
    await expect(agent.getByTestId("outcome-result")).toHaveText(L.callcenter.outcome.done.escalated);

    // The callback time comes: the order is back in the agent's queue, flagged, and the bell rings.
    await makeCallbackDue(orders.postpone.code);
    await agent.goto(`/${locale}/callcenter/agent`);
    const back = agent.locator(`[data-testid="agent-queue-row"][data-code="${orders.postpone.code}"]`);
    await expect(back.getByTestId("callback-due-badge")).toBeVisible();
    await expect(back.getByTestId("agent-queue-state")).toHaveText(L.states.callcenter_review);
    await expect(agent.getByTestId("notification-count")).toBeVisible();
    await agent.getByTestId("notification-bell").click();
    await expect(
      agent
        .getByTestId("notification-row")
        .filter({ hasText: orders.postpone.code.slice(1) })
        .first(),
    ).toBeVisible();

    // The manager sees both in the escalations inbox, with the agent's note, and approves one.
    await manager.goto(`/${locale}/callcenter/manager/escalations`);
    const esc = manager.locator(`[data-testid="escalation-row"][data-code="${orders.escalate.code}"]`);
    await expect(esc.getByTestId("escalation-note")).toHaveText("Customer asks for a discount");
    await expect(manager.locator(`[data-testid="escalation-row"][data-code="${orders.noAnswer.code}"]`)).toHaveCount(1);
    await esc.getByTestId("escalation-code").click();
    await manager.getByTestId("decision-approve").check({ force: true });
    await manager.getByTestId("resolve-escalation").click();
    await expect(manager.getByTestId("escalation-message")).toHaveText(
      fill(L.callcenter.escalations.resolved, { state: L.states.callcenter_approved }),
    );
    await expect(manager.getByTestId("notification-count")).toBeVisible();

    // The seller sees the seller-facing status only — never the agents' notes.
    for (const [o, status] of [
      [orders.confirm, "confirmed"],
      [orders.escalate, "confirmed"],
      [orders.cancel, "cancelled"],
      [orders.noAnswer, "pending"],
    ] as const) {
      await seller.goto(`/${locale}/seller/orders/${o.id}`);
      await expect(seller.getByTestId("order-status").first()).toHaveText(L.sellerStatus[status]);
      await expect(seller.locator("body")).not.toContainText("Customer asks for a discount");
      await expect(seller.locator("body")).not.toContainText("Deliver after 5pm");
    }

    // Ending the shift.
    await agent.goto(`/${locale}/callcenter/agent`);
    await agent.getByTestId("end-shift").click();
    await expect(agent.getByTestId("start-shift")).toBeVisible();
    for (const p of [seller, agent, manager]) await p.context().close();
  });

  test(`call center: another agent, the seller and a packer get 404 on an agent's order (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(90_000); // six sign-ins, an order by form and an assignment
    const seller = await as(browser, "seller1@atlas.demo", locale);
    const order = await createOrderByForm(
      seller,
      locale,
      `CC Private ${locale}`,
      `050 660 000${locale === "en" ? 1 : 2}`,
      { quantity: 1 },
    );
    const manager = await as(browser, "ccmanager@atlas.demo", locale);
    await assignByCode(manager, locale, order.code, agentName);
    const owner = await as(browser, agentEmail, locale);
    expect((await owner.goto(`/${locale}/callcenter/orders/${order.id}`))?.status()).toBe(200);
    await expect(owner.getByTestId("outcome-panel")).toBeVisible();
    for (const email of [
      locale === "en" ? "agent2@atlas.demo" : "agent1@atlas.demo",
      "seller1@atlas.demo",
      "packer@atlas.demo",
    ]) {
      const p = await as(browser, email, locale);
      const res = await p.goto(`/${locale}/callcenter/orders/${order.id}`);
      expect(res?.status(), email).toBe(404);
      await expect(p.locator("body")).not.toContainText(`CC Private ${locale}`);
      await p.context().close();
    }
    for (const p of [seller, manager, owner]) await p.context().close();
  });
}

test("call center: “next order” claims the oldest waiting order and opens its call screen", async ({ browser }) => {
  const seller = await as(browser, "seller2@atlas.demo", "en");
  await createOrderByForm(seller, "en", "CC Next Customer", "050 670 0001", { sku: "ATL-GULF-00001", quantity: 1 });
  const agent = await as(browser, "agent2@atlas.demo", "en");
  await agent.goto("/en/callcenter/agent");
  await agent.getByTestId("next-order").click();
  await expect(agent).toHaveURL(/\/en\/callcenter\/orders\/[0-9a-z-]+$/);
  await expect(agent.getByTestId("outcome-panel")).toBeVisible();
  const code = (await agent.getByTestId("order-code").textContent())!.trim();
  await agent.goto("/en/callcenter/agent");
  await expect(agent.locator(`[data-testid="agent-queue-row"][data-code="${code}"]`)).toHaveCount(1);
  for (const p of [seller, agent]) await p.context().close();
});

for (const locale of ["en", "ar"] as const) {
  test(`call center: metrics with charts for the manager (all agents) and the agent (own figures only) (${locale})`, async ({
    browser,
  }) => {
    const L = M[locale];
    const manager = await as(browser, "ccmanager@atlas.demo", locale);
    await manager.goto(`/${locale}/callcenter/metrics`);
    await expect(manager.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    for (const id of [
      "metric-confirmation-rate",
      "metric-calls-per-hour",
      "metric-aht",
      "metric-attempts-per-confirmed",
      "metric-waiting",
      "metric-oldest-age",
    ]) {
      await expect(manager.getByTestId(id)).toBeVisible();
    }
    // The journeys above made calls today: agents appear with their figures, and the charts draw.
    await expect(manager.getByTestId("agent-metrics-row").filter({ hasText: "Maria Santos" })).toHaveCount(1);
    await expect(manager.getByTestId("agent-metrics-row").filter({ hasText: "Layla Nasser" })).toHaveCount(1);
    await expect(manager.getByTestId("chart-calls-per-day").locator("svg").first()).toBeVisible();
    await expect(manager.getByTestId("chart-confirmation-rate").locator("svg").first()).toBeVisible();
    // A reversed period is explained, not a crash.
    await manager.goto(`/${locale}/callcenter/metrics?from=2026-11-20&to=2026-11-10`);
    await expect(manager.getByTestId("metrics-error")).toBeVisible();

    const agent = await as(browser, locale === "en" ? "agent1@atlas.demo" : "agent2@atlas.demo", locale);
    await agent.goto(`/${locale}/callcenter/metrics`);
    await expect(agent.getByTestId("metric-confirmation-rate")).toBeVisible();
    await expect(agent.getByTestId("agent-metrics-row")).toHaveCount(0);
    await expect(agent.locator("body")).not.toContainText(locale === "en" ? "Layla Nasser" : "Maria Santos");
    expect(L.ccMetrics).toBeTruthy();
    for (const p of [manager, agent]) await p.context().close();
  });
}
