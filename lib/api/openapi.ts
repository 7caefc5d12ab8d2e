// The seller REST API, described by hand (OpenAPI 3.1) so the document says what the route
// handlers in app/api/v1 do — including auth, idempotency and every error shape.
import { EMIRATES } from "@/lib/geo/emirates";
import { MAX_ORDER_LINES, MAX_UNIT_PRICE_FILS } from "@/lib/orders/create-order.schema";
import { SELLER_STATUSES } from "@/lib/orders/workflow";

const error = (description: string, codes: string[]) => ({
  description,
  content: {
    "application/json": {
      schema: { $ref: "#/components/schemas/Error" },
      example: { error: { code: codes[0], message: description } },
    },
  },
});

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Atlas seller API",
      version: "1.0.0",
      description:
        "Create and read your orders. Authenticate with an API token created on the API access page " +
        "(`Authorization: Bearer atl_…`). A token acts for its seller account only: another seller's order is 404. " +
        "Amounts are integer fils (1 AED = 100 fils). Every response carries `Cache-Control: no-store`.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/api/v1/orders": {
        post: {
          operationId: "createOrder",
          summary: "Create an order",
          description:
            "Requires an `Idempotency-Key` header (1–100 visible ASCII characters). Retrying with the same key and the same body " +
            "(compared as canonical JSON) returns the first order with status 200 and `Idempotent-Replayed: true`, and creates nothing; " +
            "the same key with a different body is 409 `idempotency_conflict`. A request that failed validation does not use up its key.",
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: true,
              schema: { type: "string", minLength: 1, maxLength: 100 },
            },
          ],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/OrderInput" } } },
          },
          responses: {
            "201": {
              description: "Created",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } },
            },
            "200": {
              description: "Replay of an earlier request with the same Idempotency-Key and body",
              headers: { "Idempotent-Replayed": { schema: { type: "string", const: "true" } } },
              content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } },
            },
            "400": error("The request is not valid; see fields.", ["validation"]),
            "401": { $ref: "#/components/responses/Unauthorized" },
            "409": error("This Idempotency-Key was already used with a different request body.", [
              "idempotency_conflict",
            ]),
            "429": { $ref: "#/components/responses/RateLimited" },
          },
        },
        get: {
          operationId: "listOrders",
          summary: "List your orders, newest first",
          parameters: [
            { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
            { name: "per_page", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
            { name: "status", in: "query", schema: { type: "string", enum: [...SELLER_STATUSES] } },
            {
              name: "from",
              in: "query",
              description: "First UAE day, YYYY-MM-DD",
              schema: { type: "string", format: "date" },
            },
            {
              name: "to",
              in: "query",
              description: "Last UAE day, YYYY-MM-DD",
              schema: { type: "string", format: "date" },
            },
            { name: "emirate", in: "query", schema: { type: "string", enum: [...EMIRATES] } },
            {
              name: "q",
              in: "query",
              description: "Order code, customer phone (exact) or part of the customer name",
              schema: { type: "string" },
            },
          ],
          responses: {
            "200": {
              description: "A page of orders",
              content: { "application/json": { schema: { $ref: "#/components/schemas/OrderPage" } } },
            },
            "401": { $ref: "#/components/responses/Unauthorized" },
            "429": { $ref: "#/components/responses/RateLimited" },
          },
        },
      },
      "/api/v1/orders/{code}": {
        get: {
          operationId: "getOrder",
          summary: "One of your orders by code",
          parameters: [
            {
              name: "code",
              in: "path",
              required: true,
              description: "e.g. 260131001 (the leading # may be sent as %23)",
              schema: { type: "string" },
            },
          ],
          responses: {
            "200": {
              description: "The order",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } },
            },
            "401": { $ref: "#/components/responses/Unauthorized" },
            "404": error("Not found (or not yours).", ["not_found"]),
            "429": { $ref: "#/components/responses/RateLimited" },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token: atl_ followed by 43 characters." },
      },
      responses: {
        Unauthorized: error("Missing, invalid or revoked API token.", ["unauthorized"]),
        RateLimited: {
          ...error("Too many requests; retry after the number of seconds in Retry-After.", ["rate_limited"]),
          headers: { "Retry-After": { schema: { type: "integer" } } },
        },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: {
                  type: "string",
                  enum: [
                    "validation",
                    "unauthorized",
                    "not_found",
                    "idempotency_conflict",
                    "rate_limited",
                    "unexpected",
                  ],
                },
                message: { type: "string" },
                fields: {
                  type: "object",
                  description:
                    'Field path → error code, e.g. {"customerPhone": "phone_invalid", "lines.0.sku": "product_not_found"}',
                  additionalProperties: { type: "string" },
                },
                requestId: { type: "string" },
              },
            },
          },
        },
        OrderInput: {
          type: "object",
          additionalProperties: false,
          required: ["customerName", "customerPhone", "emirate", "city", "street", "lines"],
          properties: {
            customerName: { type: "string", minLength: 2, maxLength: 120 },
            customerPhone: {
              type: "string",
              description: "UAE (05X…, +971…) or GCC number; stored as E.164",
              examples: ["+971501234567"],
            },
            emirate: { type: "string", enum: [...EMIRATES] },
            city: { type: "string", minLength: 2, maxLength: 80 },
            area: { type: "string", maxLength: 80 },
            street: { type: "string", minLength: 2, maxLength: 160 },
            building: { type: "string", maxLength: 120 },
            landmark: { type: "string", maxLength: 160 },
            lines: {
              type: "array",
              minItems: 1,
              maxItems: MAX_ORDER_LINES,
              items: {
                type: "object",
                additionalProperties: false,
                required: ["sku", "quantity"],
                properties: {
                  sku: {
                    type: "string",
                    description: "One of your approved, active products",
                    examples: ["ATL-OASIS-00001"],
                  },
                  quantity: { type: "integer", minimum: 1, maximum: 999 },
                  unitPriceFils: {
                    type: "integer",
                    minimum: 0,
                    maximum: MAX_UNIT_PRICE_FILS,
                    description: "Defaults to the product's selling price",
                  },
                },
              },
            },
            notes: { type: "string", maxLength: 1000 },
            externalRef: {
              type: "string",
              maxLength: 80,
              description: "Your own reference (e.g. web store order number)",
            },
          },
        },
        Order: {
          type: "object",
          properties: {
            code: { type: "string", examples: ["#260131001"] },
            status: { type: "string", enum: [...SELLER_STATUSES] },
            createdAt: { type: "string", format: "date-time" },
            customerName: { type: "string" },
            emirate: { type: "string", enum: [...EMIRATES] },
            city: { type: "string" },
            area: { type: ["string", "null"] },
            totalFils: {
              type: "integer",
              description: "Cash to collect on delivery, recomputed by Atlas from the lines",
            },
            currency: { type: "string", const: "AED" },
            lines: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  sku: { type: "string" },
                  quantity: { type: "integer" },
                  unitPriceFils: { type: "integer" },
                  lineTotalFils: { type: "integer" },
                },
              },
            },
            notes: { type: ["string", "null"] },
            externalRef: { type: ["string", "null"] },
            source: { type: "string", enum: ["form", "csv", "api", "channel"] },
            isLikelyDuplicate: { type: "boolean", description: "Same phone and product as a recent order" },
          },
        },
        OrderPage: {
          type: "object",
          properties: {
            data: { type: "array", items: { $ref: "#/components/schemas/Order" } },
            page: { type: "integer" },
            perPage: { type: "integer" },
            total: { type: "integer" },
            pageCount: { type: "integer" },
          },
        },
      },
    },
  } as const;
}
