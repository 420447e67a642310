import { assertCanRead } from "@/lib/auth/can-read";
import { getRequestActor } from "@/lib/auth/current-actor";
import { parseCompareApiQuery } from "@/lib/compare/api-query";
import { toComparisonJson } from "@/lib/compare/comparison-json";
import { getComparison } from "@/lib/data/compare/get-comparison";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { jsonResponse, jsonRoute } from "@/lib/http/json-route";

interface RouteContext {
  params: Promise<{ slug: string }>;
}

/**
 * GET /api/documents/{slug}/compare?from=…&to=… — two versions (label or id, either
 * order) aligned row by row with word diffs; the compare page reads the same
 * `getComparison`. Strict, unlike the page: bad parameters are a 400.
 */
export const GET = jsonRoute<RouteContext>(async (request, context) => {
  assertCanRead(await getRequestActor(request));
  const slug = decodeSlug((await context.params).slug);
  const { from, to } = parseCompareApiQuery(new URL(request.url).searchParams);
  const comparison = await getComparison({ documentSlug: slug, from, to });
  if (comparison.from.id === comparison.to.id) {
    throw new InvalidInputError("“from” and “to” name the same version; choose two different versions.", {
      to: ["is the same version as from"],
    });
  }
  return jsonResponse(toComparisonJson(comparison));
});

function decodeSlug(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new NotFoundError("No such document.");
  }
}
