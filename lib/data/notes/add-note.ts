import "server-only";
import { assertRole, type Actor } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { NoteInput } from "@/lib/stances/stance-input";
import { recordAudit } from "../audit/record-audit";

/** Adds an analyst's note to a provision (anchored to one of its points), audited. */
export async function addNote(actor: Actor, input: NoteInput) {
  assertRole(actor, "analyst");
  return getDb().$transaction(async (tx) => {
    const point = await tx.point.findUnique({
      where: { id: input.pointId },
      select: { number: true, version: { select: { label: true, documentId: true } } },
    });
    if (!point) throw new NotFoundError("No such point.");
    const note = await tx.note.create({ data: { pointId: input.pointId, body: input.body, authorId: actor.userId } });
    await recordAudit(tx, {
      actor,
      action: "note.add",
      entityType: "note",
      entityId: note.id,
      documentId: point.version.documentId,
      after: { version: point.version.label, point: point.number, body: note.body },
    });
    return note;
  });
}

/** Deletes a note (admins only); the audit row keeps what it said. */
export async function deleteNote(actor: Actor, input: { noteId: string; reason?: string | null }) {
  assertRole(actor, "admin");
  return getDb().$transaction(async (tx) => {
    const note = await tx.note.findUnique({
      where: { id: input.noteId },
      select: { id: true, body: true, authorId: true, createdAt: true, point: { select: { number: true, version: { select: { label: true, documentId: true } } } } },
    });
    if (!note) throw new NotFoundError("No such note.");
    await tx.note.delete({ where: { id: note.id } });
    await recordAudit(tx, {
      actor,
      action: "note.delete",
      entityType: "note",
      entityId: note.id,
      documentId: note.point.version.documentId,
      before: { version: note.point.version.label, point: note.point.number, body: note.body, authorId: note.authorId, createdAt: note.createdAt.toISOString() },
      reason: input.reason?.trim() || null,
    });
  });
}
