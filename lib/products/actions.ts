"use server";
import { defineAction } from "@/lib/actions/action";
import { createProduct } from "@/lib/products/create-product";
import { ZCreateProductInput } from "@/lib/products/create-product.schema";
import { importProducts } from "@/lib/products/import-products";
import { ZImportProductsInput } from "@/lib/products/import-products.schema";
import { previewProductImport } from "@/lib/products/preview-product-import";
import { requestProductDeletion } from "@/lib/products/request-product-deletion";
import { ZRequestProductDeletionInput } from "@/lib/products/request-product-deletion.schema";
import { updateProduct } from "@/lib/products/update-product";
import { ZUpdateProductInput } from "@/lib/products/update-product.schema";
import { searchProducts } from "@/lib/products/search-products";
import { ZSearchProductsInput } from "@/lib/products/search-products.schema";
import { decideProduct } from "@/lib/products/decide-product";
import { decideProductDeletion } from "@/lib/products/decide-product-deletion";
import { ZDecideProductDeletionInput, ZDecideProductInput } from "@/lib/products/decide-product.schema";

export const createProductAction = defineAction({
  name: "products.create",
  permission: "products.manage_own",
  schema: ZCreateProductInput,
  rateLimit: "products.mutation",
  run: createProduct,
});
export const updateProductAction = defineAction({
  name: "products.update",
  permission: "products.manage_own",
  schema: ZUpdateProductInput,
  rateLimit: "products.mutation",
  run: updateProduct,
});
export const requestProductDeletionAction = defineAction({
  name: "products.request_deletion",
  permission: "products.manage_own",
  schema: ZRequestProductDeletionInput,
  rateLimit: "products.mutation",
  run: requestProductDeletion,
});
export const previewProductImportAction = defineAction({
  name: "products.import_preview",
  permission: "products.manage_own",
  schema: ZImportProductsInput,
  rateLimit: "products.import",
  run: previewProductImport,
});
export const importProductsAction = defineAction({
  name: "products.import",
  permission: "products.manage_own",
  schema: ZImportProductsInput,
  rateLimit: "products.import",
  run: importProducts,
});

export const decideProductAction = defineAction({
  name: "products.decide",
  permission: "products.approve",
  schema: ZDecideProductInput,
  rateLimit: "admin.mutation",
  run: decideProduct,
});
export const decideProductDeletionAction = defineAction({
  name: "products.decide_deletion",
  permission: "products.approve",
  schema: ZDecideProductDeletionInput,
  rateLimit: "admin.mutation",
  run: decideProductDeletion,
});

// Product picker (components/ui/entity-picker.tsx): the use-case scopes rows to the actor.
export const searchProductsAction = defineAction({
  name: "products.search",
  permission: "signed_in",
  schema: ZSearchProductsInput,
  rateLimit: "picker.search",
  run: searchProducts,
});
