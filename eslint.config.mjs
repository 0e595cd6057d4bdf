import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Every string a schema takes is normalised first (NUL removed, lone surrogates replaced), or it can reach
// PostgreSQL and fail there: so schemas take strings only through lib/validation/clean-string.ts.
const ZOD_IMPORT = { name: "zod", allowTypeImports: true, message: "Import z from @/lib/validation/zod (messages as translation keys; strings through cleanString())." };
const BARE_STRING = "Take strings with cleanString() from @/lib/validation/clean-string: it removes NUL and lone surrogates before any check.";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "lib/generated/**", "public/sw.js", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["lib/validation/**"],
    rules: {
      "no-restricted-syntax": ["error",
        { selector: "CallExpression[callee.object.name='z'][callee.property.name='string']", message: BARE_STRING },
        { selector: "MemberExpression[object.object.name='z'][object.property.name='coerce'][property.name='string']", message: BARE_STRING },
      ],
      "no-restricted-imports": ["error", { paths: [ZOD_IMPORT] }],
    },
  },
  {
    // Pages and components reach the database only through lib/ domain modules and server actions.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [ZOD_IMPORT], patterns: [
        { group: ["@/lib/db", "@/lib/generated/prisma/client", "@prisma/*"], message: "Pages and components use lib/<domain> functions, never Prisma directly." },
      ] }],
    },
  },
];

export default config;
