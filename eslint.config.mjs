// ESLint flat config: Next's core-web-vitals + TypeScript rules, jsx-a11y's recommended set,
// and the layer boundaries of CODE_STYLE.md ("Layers") as import restrictions.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

const noAppImports = { group: ["@/app/*", "@/app"], message: "Nothing imports from app/ (CODE_STYLE.md, Layers)." };
const noPrisma = {
  group: ["@/lib/db/client", "@/generated/prisma/*", "@prisma/*"],
  message: "No Prisma in app/ or components/: call a lib use-case or read model.",
};

export default [
  ...nextVitals,
  ...nextTs,
  { ignores: ["generated/**", ".next*/**", "node_modules/**", "test-results/**", ".data/**", "next-env.d.ts"] },
  { files: ["**/*.tsx"], rules: { ...jsxA11y.flatConfigs.recommended.rules } },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noAppImports,
            { group: ["@/components/*", "@/components"], message: "lib/ never imports from components/." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noAppImports, noPrisma] }] },
  },
];
