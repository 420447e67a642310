import "server-only";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { slugify, type PartyInput } from "@/lib/stances/party-input";
import { recordAudit } from "../audit/record-audit";
import { lockForUpdate } from "../lock-for-update";

const snapshot = (party: PartyInput) => ({
  name: party.name,
  shortLabel: party.shortLabel,
  kind: party.kind,
  colour: party.colour,
  notes: party.notes,
});

/** Adds a party (analysts and admins), with a slug derived from its name. Audited. */
export async function createParty(actor: Actor, input: PartyInput) {
  assertRole(actor, "analyst");
  return getDb().$transaction(async (tx) => {
    const base = slugify(input.name);
    const taken = await tx.party.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const used = new Set(taken.map((party) => party.slug));
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    const party = await tx.party.create({ data: { ...snapshot(input), slug } });
    await recordAudit(tx, { actor, action: "party.create", entityType: "party", entityId: party.id, partyId: party.id, after: { slug, ...snapshot(input) } });
    return party;
  });
}

/**
 * Edits a party. `base` is the party as the analyst saw it: if anyone changed it
 * since, nothing is written and a ConflictError carries the current values.
 */
export async function updateParty(actor: Actor, input: { partyId: string; base: PartyInput; changes: PartyInput }) {
  assertRole(actor, "analyst");
  return getDb().$transaction(async (tx) => {
    await lockForUpdate(tx, `party:${input.partyId}`);
    const current = await tx.party.findUnique({ where: { id: input.partyId } });
    if (!current) throw new NotFoundError("No such party.");
    const now = snapshot({ ...current, kind: current.kind });
    if (JSON.stringify(now) !== JSON.stringify(snapshot(input.base))) {
      throw new ConflictError("Someone edited this party while you were editing. The current values are shown; your changes are kept in the form.", now);
    }
    const party = await tx.party.update({ where: { id: input.partyId }, data: snapshot(input.changes) });
    await recordAudit(tx, { actor, action: "party.update", entityType: "party", entityId: party.id, partyId: party.id, before: now, after: snapshot(input.changes) });
    return party;
  });
}

/** Deletes a party no stance, alternative or event refers to (admins only). Audited. */
export async function deleteParty(actor: Actor, input: { partyId: string }) {
  assertRole(actor, "admin");
  return getDb().$transaction(async (tx) => {
    const party = await tx.party.findUnique({
      where: { id: input.partyId },
      include: { _count: { select: { stances: true, alternatives: true, events: true } } },
    });
    if (!party) throw new NotFoundError("No such party.");
    const uses = party._count.stances + party._count.alternatives + party._count.events;
    if (uses > 0) {
      throw new InvalidInputError(
        `${party.name} is referred to by ${party._count.stances} stance(s), ${party._count.alternatives} alternative(s) and ${party._count.events} event(s); it cannot be deleted.`,
      );
    }
    await tx.party.delete({ where: { id: party.id } });
    await recordAudit(tx, { actor, action: "party.delete", entityType: "party", entityId: party.id, before: { slug: party.slug, ...snapshot({ ...party, kind: party.kind }) } });
  });
}
