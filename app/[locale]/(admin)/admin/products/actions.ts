"use server";
import { defineAction } from "@/lib/actions/action";
import { decideProduct } from "@/lib/products/decide-product";
import { decideProductDeletion } from "@/lib/products/decide-product-deletion";
import { ZDecideProductDeletionInput, ZDecideProductInput } from "@/lib/products/decide-product.schema";

export const decideProductAction = defineAction({
  name: "products.decide", permission: "products.approve", schema: ZDecideProductInput, rateLimit: "admin.mutation", run: decideProduct,
});
export const decideProductDeletionAction = defineAction({
  name: "products.decide_deletion", permission: "products.approve", schema: ZDecideProductDeletionInput, rateLimit: "admin.mutation", run: decideProductDeletion,
});
