import { z } from "zod";

export const partyKinds = ["state", "bloc", "alliance", "organisation", "other"] as const;

export const partyInputSchema = z.object({
  name: z.string().trim().min(1, { error: "is required" }).max(200, { error: "must be at most 200 characters" }),
  shortLabel: z
    .string()
    .trim()
    .min(1, { error: "is required" })
    .max(8, { error: "must be at most 8 characters" }),
  kind: z.enum(partyKinds, { error: "must be state, bloc, alliance, organisation or other" }),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "must be a colour like #1f6feb" }).transform((value) => value.toLowerCase()),
  notes: z
    .string()
    .trim()
    .max(4000, { error: "must be at most 4000 characters" })
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null),
});

export type PartyInput = z.infer<typeof partyInputSchema>;

export function slugify(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "party"
  );
}
