import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ROLES, type Role } from "@/lib/auth/roles";

/**
 * Finds every mutation in the code, so the authorisation matrix covers new ones
 * without anyone listing them:
 *  - server actions: the exported functions of `app/**\/actions.ts` ("use server");
 *  - route handlers: POST/PUT/PATCH/DELETE exported by `app/**\/route.ts`.
 * and reads each one's guard, which must be its FIRST statement:
 *  `await requireActor("<role>")`, `await requireRequestActor(request, "<role>"[, { sessionOnly: true }])`
 *  (also as `const actor = await …`), or `publicMutation("<why>")`, imported from
 *  "@/lib/auth/current-actor". Anything else is reported as a problem, as is a
 *  "use server" outside an actions.ts (inline server actions included).
 */

export const GUARD_MODULE = "@/lib/auth/current-actor";
export const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
export type WriteMethod = (typeof WRITE_METHODS)[number];

export type Guard = { type: "role"; minimum: Role; sessionOnly: boolean } | { type: "public"; reason: string };

export interface Mutation {
  kind: "server-action" | "route-handler";
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** The exported function's name (the HTTP method for route handlers). */
  exportName: string;
  guard: Guard;
  /** Route handlers: the URL path, e.g. "/api/tokens/[id]". */
  routePath?: string;
}

export interface Problem {
  file: string;
  exportName?: string;
  message: string;
}

export interface Inventory {
  mutations: Mutation[];
  problems: Problem[];
}

const SOURCE_EXTENSIONS = /\.(ts|tsx|js|jsx|mjs|cjs)$/;

export function isActionsFile(file: string): boolean {
  return /^app\/(.+\/)?actions\.(ts|tsx|js|jsx|mjs)$/.test(file);
}

export function isRouteFile(file: string): boolean {
  return /^app\/(.+\/)?route\.(ts|tsx|js|jsx|mjs)$/.test(file);
}

/** "/api/tokens/[id]" for "app/api/tokens/[id]/route.ts"; route groups "(x)" drop out. */
export function routePathOf(file: string): string {
  const segments = file.split("/").slice(1, -1).filter((segment) => !/^\(.+\)$/.test(segment));
  return `/${segments.join("/")}`;
}

/** Scans app/ and lib/ under `root`. */
export function scanRepository(root: string): Inventory {
  const files = [...listSources(root, "app"), ...listSources(root, "lib").filter((file) => !file.startsWith("lib/generated/"))];
  return mergeInventories(files.map((file) => scanSource(file, readFileSync(path.join(root, file), "utf8"))));
}

function listSources(root: string, directory: string): string[] {
  const entries = readdirSync(path.join(root, directory), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && SOURCE_EXTENSIONS.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !/\.test\.[a-z]+$/.test(file))
    .sort();
}

function mergeInventories(parts: Inventory[]): Inventory {
  return { mutations: parts.flatMap((part) => part.mutations), problems: parts.flatMap((part) => part.problems) };
}

/** Scans one file's source text; `file` is its repository-relative path. */
export function scanSource(file: string, source: string): Inventory {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, scriptKindOf(file));
  const problems: Problem[] = [];
  const fileUsesServer = hasUseServerDirective(sourceFile.statements);

  if (fileUsesServer && !isActionsFile(file)) {
    problems.push({ file, message: `"use server" is only allowed in app/**/actions.ts (found in ${file}).` });
  }
  findInlineUseServer(sourceFile, (line) =>
    problems.push({ file, message: `Inline "use server" at line ${line}: move the server action into an actions.ts under app/.` }),
  );

  const mutations: Mutation[] = [];
  if (isActionsFile(file)) {
    if (!fileUsesServer) problems.push({ file, message: `${file} must start with "use server".` });
    scanExports(sourceFile, file, "server-action", problems, mutations);
  } else if (isRouteFile(file)) {
    scanExports(sourceFile, file, "route-handler", problems, mutations);
  }
  return { mutations, problems };
}

function scriptKindOf(file: string): ts.ScriptKind {
  if (file.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (file.endsWith(".jsx")) return ts.ScriptKind.JSX;
  if (/\.(js|mjs|cjs)$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

function directivesOf(statements: readonly ts.Statement[]): string[] {
  const directives: string[] = [];
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    directives.push(statement.expression.text);
  }
  return directives;
}

function hasUseServerDirective(statements: readonly ts.Statement[]): boolean {
  return directivesOf(statements).includes("use server");
}

function findInlineUseServer(node: ts.Node, report: (line: number) => void): void {
  const visit = (child: ts.Node) => {
    if (ts.isFunctionLike(child) && "body" in child && child.body && ts.isBlock(child.body as ts.Node)) {
      const body = child.body as ts.Block;
      if (hasUseServerDirective(body.statements)) {
        report(child.getSourceFile().getLineAndCharacterOfPosition(body.getStart()).line + 1);
      }
    }
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
}

/** Local names under which the guards are imported from GUARD_MODULE. */
function guardImports(sourceFile: ts.SourceFile): Map<string, string> {
  const locals = new Map<string, string>();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== GUARD_MODULE) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if (element.isTypeOnly) continue;
      locals.set(element.name.text, (element.propertyName ?? element.name).text);
    }
  }
  return locals;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction;

/** The function an export stands for: itself, or the function passed to a wrapper such as jsonRoute(…). */
function unwrapFunction(expression: ts.Expression | undefined): FunctionNode | null {
  let current = expression;
  while (current) {
    if (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) {
      current = current.expression;
    } else if (ts.isArrowFunction(current) || ts.isFunctionExpression(current)) {
      return current;
    } else if (ts.isCallExpression(current)) {
      const inner = current.arguments.find((argument) => ts.isArrowFunction(argument) || ts.isFunctionExpression(argument));
      current = inner;
    } else {
      return null;
    }
  }
  return null;
}

function scanExports(sourceFile: ts.SourceFile, file: string, kind: Mutation["kind"], problems: Problem[], mutations: Mutation[]): void {
  const guards = guardImports(sourceFile);
  const isMutationName = (name: string) => kind === "server-action" || (WRITE_METHODS as readonly string[]).includes(name);
  const add = (exportName: string, fn: FunctionNode | null) => {
    if (!fn) {
      problems.push({ file, exportName, message: `${exportName}: export it as a function (\`export async function ${exportName}\`).` });
      return;
    }
    const result = readGuard(fn, guards, kind);
    if (typeof result === "string") problems.push({ file, exportName, message: `${exportName}: ${result}` });
    else mutations.push({ kind, file, exportName, guard: result, ...(kind === "route-handler" ? { routePath: routePathOf(file) } : {}) });
  };

  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
        if (kind === "server-action") problems.push({ file, exportName: "default", message: "default exports are not allowed in actions.ts; export named functions." });
        continue;
      }
      const name = statement.name?.text ?? "(anonymous)";
      if (isMutationName(name)) add(name, statement);
    } else if (ts.isVariableStatement(statement) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) {
          problems.push({ file, message: "destructured exports are not allowed here; export each function by name." });
          continue;
        }
        const name = declaration.name.text;
        if (isMutationName(name)) add(name, unwrapFunction(declaration.initializer));
      }
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      const clause = statement.exportClause;
      if (!clause) {
        problems.push({ file, message: "`export *` is not allowed here: every mutation must be defined (and guarded) in this file." });
      } else if (ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          if (element.isTypeOnly) continue;
          if (isMutationName(element.name.text)) {
            problems.push({ file, exportName: element.name.text, message: `${element.name.text}: re-exports are not allowed; define the function here.` });
          }
        }
      } else {
        problems.push({ file, message: "namespace re-exports are not allowed here." });
      }
    } else if (ts.isExportAssignment(statement) && kind === "server-action") {
      problems.push({ file, exportName: "default", message: "default exports are not allowed in actions.ts; export named functions." });
    } else if ((ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      if (kind === "server-action") problems.push({ file, message: "actions.ts may only export async functions (and types)." });
    }
  }
}

function readGuard(fn: FunctionNode, guards: Map<string, string>, kind: Mutation["kind"]): Guard | string {
  if (!hasModifier(fn, ts.SyntaxKind.AsyncKeyword)) return "must be an async function.";
  const body = fn.body;
  if (!body || !ts.isBlock(body)) return "must have a block body whose first statement is the guard.";
  const first = body.statements.find((statement) => !(ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)));
  const expected =
    kind === "server-action"
      ? '`await requireActor("<role>")` (or `publicMutation("<why>")`)'
      : '`await requireRequestActor(request, "<role>")` (or `publicMutation("<why>")`)';
  if (!first) return `the first statement must be ${expected}; the body is empty.`;

  const call = guardCall(first);
  if (!call) return `the first statement must be ${expected}.`;
  const callee = ts.isIdentifier(call.expression) ? guards.get(call.expression.text) : undefined;
  if (!callee) return `the first statement must call a guard imported from "${GUARD_MODULE}": ${expected}.`;

  if (callee === "publicMutation") {
    const reason = call.arguments[0];
    if (!reason || !ts.isStringLiteralLike(reason) || reason.text.trim() === "") return "publicMutation needs a string literal saying why it is public.";
    return { type: "public", reason: reason.text };
  }
  if (!call.awaited) return `the guard must be awaited: ${expected}.`;

  if (kind === "server-action") {
    if (callee !== "requireActor") return `server actions are guarded with requireActor, not ${callee}.`;
    const role = roleLiteral(call.arguments[0]);
    return role ? { type: "role", minimum: role, sessionOnly: true } : 'requireActor needs a role literal: "reader", "analyst" or "admin".';
  }

  if (callee !== "requireRequestActor") return `route handlers are guarded with requireRequestActor, not ${callee}.`;
  const requestParameter = fn.parameters[0]?.name;
  const passed = call.arguments[0];
  if (!requestParameter || !ts.isIdentifier(requestParameter) || !passed || !ts.isIdentifier(passed) || passed.text !== requestParameter.text) {
    return "requireRequestActor must be given the handler's own request (its first parameter).";
  }
  const role = roleLiteral(call.arguments[1]);
  if (!role) return 'requireRequestActor needs a role literal: "reader", "analyst" or "admin".';
  const options = call.arguments[2];
  if (options === undefined) return { type: "role", minimum: role, sessionOnly: false };
  if (!ts.isObjectLiteralExpression(options)) return "requireRequestActor's options must be an object literal.";
  let sessionOnly = false;
  for (const property of options.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name) || property.name.text !== "sessionOnly") {
      return "requireRequestActor's options may only hold `sessionOnly: true|false`.";
    }
    if (property.initializer.kind === ts.SyntaxKind.TrueKeyword) sessionOnly = true;
    else if (property.initializer.kind !== ts.SyntaxKind.FalseKeyword) return "sessionOnly must be the literal true or false.";
  }
  return { type: "role", minimum: role, sessionOnly };
}

function guardCall(statement: ts.Statement): { expression: ts.Expression; arguments: readonly ts.Expression[]; awaited: boolean } | null {
  let expression: ts.Expression | undefined;
  if (ts.isExpressionStatement(statement)) {
    expression = statement.expression;
  } else if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
    expression = statement.declarationList.declarations[0]?.initializer;
  }
  if (!expression) return null;
  let awaited = false;
  if (ts.isAwaitExpression(expression)) {
    awaited = true;
    expression = expression.expression;
  }
  if (!ts.isCallExpression(expression)) return null;
  return { expression: expression.expression, arguments: expression.arguments, awaited };
}

function roleLiteral(node: ts.Expression | undefined): Role | null {
  if (!node || !ts.isStringLiteralLike(node)) return null;
  return (ROLES as readonly string[]).includes(node.text) ? (node.text as Role) : null;
}
