// "Attacker seller vs victim seller" for every seller resource, in one place (SECURITY.md
// 8.2.2 / 8.4.1): seller2 (Gulf Gadgets) holds seller1's (Oasis Perfumes) ids, codes, SKUs,
// phone and file URLs, and gets 404 or nothing through every door — pages, lists and search,
// the CSV export, the file route, server actions called with a swapped id, and the REST API.
// Staff who have no business with seller data (courier, agent with nothing assigned, stock
// keeper) get the same 404. The server-action path is also covered without a browser in
// tests/integration/cross-seller.int.test.ts (update, deletion request, order, import, token).
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { as, createProduct } from "./flows";

const EN = JSON.parse(readFileSync("messages/en.json", "utf8"));

type Victim = {
  orderId: string;
  orderUrl: string; // /en/seller/orders/<id>
  code: string; // "#260131001"
  customer: string;
  phoneE164: string;
  seededProductId: string; // ATL-OASIS-00001
  seededProductName: string;
  newProduct: { id: string; sku: string; name: string };
  fileUrl: string; // /api/files/<id> of the new product's image
};

/**
 * Sends the next server action POST with `from` replaced by `to` in its arguments, and returns
 * the server's answer. An action body without `from` is aborted (never let an unswapped call
 * act on the attacker's own record) and fails the test with the body it saw.
 */
async function swapNextActionArgument(page: Page, from: string, to: string, act: () => Promise<void>): Promise<string> {
  let seen: string | null = null;
  let answered!: (body: string) => void;
  const answer = new Promise<string>((resolve) => (answered = resolve));
  await page.route("**/*", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.fallback();
    seen = req.postData() ?? "";
    if (!seen.includes(from)) {
      answered("");
      return route.abort();
    }
    // Sent from here (with the page's cookies and headers) so the answer can be read.
    const response = await route.fetch({ postData: seen.split(from).join(to) });
    const body = await response.text();
    answered(body);
    await route.fulfill({ response, body });
  });
  try {
    await act();
    const body = await Promise.race([answer, new Promise<string>((r) => setTimeout(() => r(""), 10_000))]);
    expect(seen, "the action was called").not.toBeNull();
    expect(seen!.includes(from), `the action's arguments hold ${from}: ${seen!.slice(0, 300)}`).toBe(true);
    return body;
  } finally {
    await page.unrouteAll({ behavior: "wait" });
  }
}

async function productIdBySku(page: Page, locale: "en" | "ar", sku: string): Promise<string> {
  await page.goto(`/${locale}/seller/products?q=${sku}`);
  const row = page.locator(`[data-testid="product-row"][data-sku="${sku}"]`);
  await expect(row).toHaveCount(1);
  const href = await row.getByRole("link").getAttribute("href");
  const id = href!.split("/").pop()!;
  expect(id).toMatch(/^[a-z0-9]+$/);
  return id;
}

test.describe.serial("cross-seller", () => {
  let victim: Victim;
  let attacker: Page;

  test("cross-seller setup: seller1 creates an order by form and a product with an image", async ({ browser }) => {
    test.setTimeout(60_000);
    const seller1 = await as(browser, "seller1@atlas.demo", "en");
    const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const customer = `Victim Customer ${stamp}`;
    const digits = String(Math.floor(Math.random() * 1e7)).padStart(7, "0");

    await seller1.goto("/en/seller/orders/new");
    await seller1.locator("#customerName").fill(customer);
    await seller1.locator("#customerPhone").fill(`055 ${digits}`);
    await seller1.locator("#emirate").selectOption("dubai");
    await seller1.locator("#city").fill("Dubai");
    await seller1.locator("#street").fill("Jumeirah Beach Road");
    const select = seller1.getByTestId("line-product-0");
    await select.selectOption((await select.locator("option", { hasText: "ATL-OASIS-00001" }).getAttribute("value"))!);
    await seller1.getByTestId("order-submit").click();
    await expect(seller1).toHaveURL(/\/en\/seller\/orders\/[0-9a-f-]{36}\?created=1$/);
    const orderUrl = seller1
      .url()
      .replace(/^https?:\/\/[^/]+/, "")
      .replace(/\?.*$/, "");
    const code = (await seller1.getByTestId("order-code").first().textContent())!.trim();
    await expect(seller1.getByTestId("order-phone")).toHaveText(`+97155${digits}`);

    const seededProductId = await productIdBySku(seller1, "en", "ATL-OASIS-00001");
    const name = `Victim Oud ${stamp}`;
    const created = await createProduct(seller1, "en", name, true);
    const fileUrl = (await seller1.getByTestId("product-image").getAttribute("src"))!;
    expect(fileUrl).toMatch(/^\/api\/files\/[a-z0-9]+$/);
    // Positive control: the owner reads all of it.
    expect((await seller1.request.get(fileUrl)).status()).toBe(200);
    expect((await seller1.goto(orderUrl))?.status()).toBe(200);

    victim = {
      orderId: orderUrl.split("/").pop()!,
      orderUrl,
      code,
      customer,
      phoneE164: `+97155${digits}`,
      seededProductId,
      seededProductName: "Oud Royale Eau de Parfum 100 ml",
      newProduct: { ...created, name },
      fileUrl,
    };
    await seller1.context().close();
    attacker = await as(browser, "seller2@atlas.demo", "en");
  });

  test("cross-seller pages: seller2 gets 404 and nothing on seller1's product, edit and order pages (en, ar rtl)", async () => {
    for (const locale of ["en", "ar"] as const) {
      const pages = [
        {
          path: `/${locale}/seller/products/${victim.seededProductId}`,
          secrets: [victim.seededProductName, "ATL-OASIS-00001"],
        },
        {
          path: `/${locale}/seller/products/${victim.newProduct.id}`,
          secrets: [victim.newProduct.name, victim.newProduct.sku],
        },
        {
          path: `/${locale}/seller/orders/${victim.orderId}`,
          secrets: [victim.customer, victim.code, victim.phoneE164],
        },
        // The staff view of a product is not a way round either.
        {
          path: `/${locale}/admin/products/${victim.newProduct.id}`,
          secrets: [victim.newProduct.name, victim.newProduct.sku],
        },
      ];
      for (const { path, secrets } of pages) {
        const res = await attacker.goto(path);
        expect(res?.status(), path).toBe(404);
        await expect(attacker.getByTestId("not-found")).toBeVisible();
        await expect(attacker.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
        const html = await attacker.content();
        for (const s of secrets) expect(html, `${path} leaks ${s}`).not.toContain(s);
      }
    }
    await expect(attacker.getByTestId("not-found")).toHaveText(
      JSON.parse(readFileSync("messages/ar.json", "utf8")).errors.not_found_title,
    );
  });

  test("cross-seller lists: seller2's order and product search by seller1's code, phone, name or SKU finds nothing", async () => {
    for (const q of [
      victim.code,
      victim.code.slice(1),
      victim.phoneE164,
      `0${victim.phoneE164.slice(4)}`,
      victim.customer,
    ]) {
      await attacker.goto(`/en/seller/orders?q=${encodeURIComponent(q)}`);
      await expect(attacker.getByTestId("orders-table")).toBeVisible();
      await expect(attacker.getByTestId("order-row"), q).toHaveCount(0);
    }
    await attacker.goto("/en/seller/orders");
    await expect(attacker.getByTestId("orders-table")).not.toContainText(victim.customer);
    for (const q of ["ATL-OASIS", victim.newProduct.sku, victim.newProduct.name]) {
      await attacker.goto(`/en/seller/products?q=${encodeURIComponent(q)}`);
      await expect(attacker.getByTestId("products-table")).toBeVisible();
      await expect(attacker.getByTestId("product-row"), q).toHaveCount(0);
    }
    // The order form offers only seller2's own products.
    await attacker.goto("/en/seller/orders/new");
    const options = await attacker.getByTestId("line-product-0").locator("option").allTextContents();
    expect(options.join(" ")).toContain("ATL-GULF-");
    expect(options.join(" ")).not.toContain("ATL-OASIS-");
  });

  test("cross-seller export and files: seller2's CSV holds none of seller1's orders; seller1's image URL is a 404", async () => {
    for (const query of ["", `?q=${encodeURIComponent(victim.code)}`, `?q=${encodeURIComponent(victim.phoneE164)}`]) {
      const res = await attacker.request.get(`/api/exports/orders${query}`);
      expect(res.status(), query).toBe(200);
      expect(res.headers()["cache-control"]).toContain("no-store");
      const csv = await res.text();
      for (const s of [victim.code, victim.customer, victim.phoneE164, "ATL-OASIS-"])
        expect(csv, `${query} leaks ${s}`).not.toContain(s);
    }
    const file = await attacker.request.get(victim.fileUrl);
    expect(file.status()).toBe(404);
    expect(file.headers()["cache-control"]).toContain("no-store");
    expect(
      Buffer.from(await file.body())
        .subarray(1, 4)
        .toString(),
    ).not.toBe("PNG");
  });

  test("cross-seller actions: seller2's own forms sent with seller1's ids are refused and change nothing", async ({
    browser,
  }) => {
    // 1. A deletion request for seller1's product (seller2's own deletion form, id swapped).
    const ownProductId = await productIdBySku(attacker, "en", "ATL-GULF-00001");
    await attacker.goto(`/en/seller/products/${ownProductId}`);
    await attacker.locator("#reason").fill("Swapped id: this must not reach the victim");
    const deletion = await swapNextActionArgument(attacker, ownProductId, victim.seededProductId, () =>
      attacker.getByTestId("request-deletion").click(),
    );
    expect(deletion).toContain('"error":"not_found"');
    await expect(attacker.getByTestId("deletion-error")).toBeVisible();

    // 2. An order of seller1's product (seller2's own order form, product id swapped).
    await attacker.goto("/en/seller/orders/new");
    const select = attacker.getByTestId("line-product-0");
    const ownOrderable = (await select.locator("option", { hasText: "ATL-GULF-00001" }).getAttribute("value"))!;
    await select.selectOption(ownOrderable);
    await attacker.locator("#customerName").fill("Swapped Product Customer");
    await attacker.locator("#customerPhone").fill("056 111 2233");
    await attacker.locator("#emirate").selectOption("sharjah");
    await attacker.locator("#city").fill("Sharjah");
    await attacker.locator("#street").fill("Al Wahda Street");
    const order = await swapNextActionArgument(attacker, ownOrderable, victim.seededProductId, () =>
      attacker.getByTestId("order-submit").click(),
    );
    expect(order).toContain("product_not_found");
    await expect(attacker.getByText(EN.validation.product_not_found)).toBeVisible();
    await expect(attacker).toHaveURL(/\/en\/seller\/orders\/new$/);
    await attacker.goto(`/en/seller/orders?q=${encodeURIComponent("Swapped Product Customer")}`);
    await expect(attacker.getByTestId("order-row")).toHaveCount(0);

    // Nothing changed on seller1's side, nor on seller2's own product.
    const seller1 = await as(browser, "seller1@atlas.demo", "en");
    await seller1.goto(`/en/seller/products/${victim.seededProductId}`);
    await expect(seller1.getByTestId("deletion-form")).toBeVisible();
    await expect(seller1.locator("body")).not.toContainText("Swapped id");
    await seller1.context().close();
    await attacker.goto(`/en/seller/products/${ownProductId}`);
    await expect(attacker.getByTestId("deletion-form")).toBeVisible();
  });

  test("cross-seller API: seller2's token cannot read, list or order seller1's orders and SKUs", async ({
    request,
  }) => {
    await attacker.goto("/en/seller/api");
    await attacker.getByTestId("token-name").fill(`Cross-seller ${Date.now()}`);
    await attacker.getByTestId("token-create").click();
    const token = (await attacker.getByTestId("token-value").textContent())!.trim();
    expect(token).toMatch(/^atl_/);
    const auth = { Authorization: `Bearer ${token}` };

    for (const code of [victim.code.slice(1), encodeURIComponent(victim.code)]) {
      const one = await request.get(`/api/v1/orders/${code}`, { headers: auth });
      expect(one.status(), code).toBe(404);
      expect(one.headers()["cache-control"]).toBe("no-store");
      expect(await one.json()).toEqual({ error: { code: "not_found", message: "Not found." } });
    }
    // A malformed code is a plain 404 as well, not a server error.
    expect((await request.get("/api/v1/orders/%25", { headers: auth })).status()).toBe(404);

    for (const q of [victim.code, victim.phoneE164, victim.customer]) {
      const list = await request.get(`/api/v1/orders?q=${encodeURIComponent(q)}`, { headers: auth });
      expect(list.status()).toBe(200);
      expect(await list.json()).toMatchObject({ data: [], total: 0 });
    }
    const all = await request.get("/api/v1/orders?per_page=100", { headers: auth });
    const body = await all.json();
    expect(body.data.map((o: { code: string }) => o.code)).not.toContain(victim.code);
    expect(JSON.stringify(body)).not.toContain(victim.customer);

    const post = await request.post("/api/v1/orders", {
      headers: { ...auth, "Idempotency-Key": `cross-seller-${Date.now()}` },
      data: {
        customerName: "API Attacker",
        customerPhone: "+971 56 111 2233",
        emirate: "dubai",
        city: "Dubai",
        street: "Sheikh Zayed Road",
        lines: [{ sku: "ATL-OASIS-00001", quantity: 1 }],
      },
    });
    expect(post.status()).toBe(400);
    expect(await post.json()).toMatchObject({
      error: { code: "validation", fields: { "lines.0.sku": "product_not_found" } },
    });
    // Smuggling the seller or the status in the body is refused outright (no mass assignment).
    const smuggled = await request.post("/api/v1/orders", {
      headers: { ...auth, "Idempotency-Key": `cross-seller-smuggle-${Date.now()}` },
      data: {
        customerName: "API Attacker",
        customerPhone: "+971 56 111 2233",
        emirate: "dubai",
        city: "Dubai",
        street: "Sheikh Zayed Road",
        lines: [{ sku: "ATL-GULF-00001", quantity: 1 }],
        sellerId: victim.seededProductId,
        status: "delivered",
      },
    });
    expect(smuggled.status()).toBe(400);
  });

  test("cross-seller staff: courier1, agent1 and stock get 404 on seller1's order page, product page and file URL", async ({
    browser,
  }) => {
    test.setTimeout(60_000); // three sign-ins, each opening three URLs
    for (const email of ["courier1@atlas.demo", "agent1@atlas.demo", "stock@atlas.demo"]) {
      const staff = await as(browser, email, "en");
      for (const path of [victim.orderUrl, `/en/seller/products/${victim.newProduct.id}`]) {
        const res = await staff.goto(path);
        expect(res?.status(), `${email} ${path}`).toBe(404);
        await expect(staff.getByTestId("not-found")).toBeVisible();
        await expect(staff.locator("body")).not.toContainText(victim.customer);
        await expect(staff.locator("body")).not.toContainText(victim.newProduct.name);
      }
      expect((await staff.request.get(victim.fileUrl)).status(), `${email} file`).toBe(404);
      expect((await staff.request.get("/api/exports/orders")).status(), `${email} export`).toBe(404);
      await staff.context().close();
    }
    await attacker.context().close();
  });
});
