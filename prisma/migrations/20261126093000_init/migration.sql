-- CreateEnum
CREATE TYPE "TextStatus" AS ENUM ('full', 'partial', 'unreleased');

-- CreateEnum
CREATE TYPE "PointStatusValue" AS ENUM ('unchanged', 'modified', 'added', 'removed', 'unknown', 'contested', 'agreed');

-- CreateEnum
CREATE TYPE "LineageType" AS ENUM ('continues', 'renumbered', 'moved', 'modified', 'split', 'merged');

-- CreateEnum
CREATE TYPE "LineageMethod" AS ENUM ('auto', 'manual');

-- CreateEnum
CREATE TYPE "StancePosition" AS ENUM ('supports', 'opposes', 'conditional', 'proposed', 'unknown');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('state', 'bloc', 'alliance', 'organisation', 'other');

-- CreateEnum
CREATE TYPE "SourceReliability" AS ENUM ('primary', 'reputable-report', 'leak', 'commentary');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('reader', 'analyst', 'admin');

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "textNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Version" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "publishedOn" DATE,
    "origin" TEXT,
    "textStatus" "TextStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "Version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Point" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "numberProvisional" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "parentId" UUID,
    "text" TEXT,
    "summary" TEXT,
    "topics" TEXT[],
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Point_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LineageLink" (
    "id" UUID NOT NULL,
    "fromPointId" UUID NOT NULL,
    "toPointId" UUID NOT NULL,
    "type" "LineageType" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "method" "LineageMethod" NOT NULL,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LineageLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointStatus" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "pointId" UUID NOT NULL,
    "status" "PointStatusValue" NOT NULL,
    "summary" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "PointStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Party" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortLabel" TEXT NOT NULL,
    "kind" "PartyKind" NOT NULL,
    "colour" TEXT NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stance" (
    "id" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "pointId" UUID,
    "position" "StancePosition" NOT NULL,
    "summary" TEXT NOT NULL,
    "quote" TEXT,
    "statedOn" DATE NOT NULL,
    "note" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "Stance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publishedOn" DATE,
    "reliability" "SourceReliability" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VersionSource" (
    "versionId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,

    CONSTRAINT "VersionSource_pkey" PRIMARY KEY ("versionId","sourceId")
);

-- CreateTable
CREATE TABLE "PointSource" (
    "pointId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,

    CONSTRAINT "PointSource_pkey" PRIMARY KEY ("pointId","sourceId")
);

-- CreateTable
CREATE TABLE "PointStatusSource" (
    "pointStatusId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,

    CONSTRAINT "PointStatusSource_pkey" PRIMARY KEY ("pointStatusId","sourceId")
);

-- CreateTable
CREATE TABLE "StanceSource" (
    "stanceId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,

    CONSTRAINT "StanceSource_pkey" PRIMARY KEY ("stanceId","sourceId")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "documentId" UUID,
    "occurredOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParty" (
    "eventId" UUID NOT NULL,
    "partyId" UUID NOT NULL,

    CONSTRAINT "EventParty_pkey" PRIMARY KEY ("eventId","partyId")
);

-- CreateTable
CREATE TABLE "EventVersion" (
    "eventId" UUID NOT NULL,
    "versionId" UUID NOT NULL,

    CONSTRAINT "EventVersion_pkey" PRIMARY KEY ("eventId","versionId")
);

-- CreateTable
CREATE TABLE "EventSource" (
    "eventId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,

    CONSTRAINT "EventSource_pkey" PRIMARY KEY ("eventId","sourceId")
);

-- CreateTable
CREATE TABLE "OpenQuestion" (
    "id" UUID NOT NULL,
    "documentId" UUID,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpenQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'reader',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "documentId" UUID,
    "partyId" UUID,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Version_documentId_label_key" ON "Version"("documentId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "Version_documentId_position_key" ON "Version"("documentId", "position");

-- CreateIndex
CREATE INDEX "Point_parentId_idx" ON "Point"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Point_versionId_number_key" ON "Point"("versionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Point_versionId_position_key" ON "Point"("versionId", "position");

-- CreateIndex
CREATE INDEX "LineageLink_toPointId_idx" ON "LineageLink"("toPointId");

-- CreateIndex
CREATE UNIQUE INDEX "LineageLink_fromPointId_toPointId_key" ON "LineageLink"("fromPointId", "toPointId");

-- CreateIndex
CREATE INDEX "PointStatus_versionId_pointId_createdAt_idx" ON "PointStatus"("versionId", "pointId", "createdAt");

-- CreateIndex
CREATE INDEX "PointStatus_pointId_idx" ON "PointStatus"("pointId");

-- CreateIndex
CREATE UNIQUE INDEX "Party_slug_key" ON "Party"("slug");

-- CreateIndex
CREATE INDEX "Stance_versionId_idx" ON "Stance"("versionId");

-- CreateIndex
CREATE INDEX "Stance_pointId_idx" ON "Stance"("pointId");

-- CreateIndex
CREATE INDEX "Stance_partyId_statedOn_idx" ON "Stance"("partyId", "statedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "VersionSource_sourceId_idx" ON "VersionSource"("sourceId");

-- CreateIndex
CREATE INDEX "PointSource_sourceId_idx" ON "PointSource"("sourceId");

-- CreateIndex
CREATE INDEX "PointStatusSource_sourceId_idx" ON "PointStatusSource"("sourceId");

-- CreateIndex
CREATE INDEX "StanceSource_sourceId_idx" ON "StanceSource"("sourceId");

-- CreateIndex
CREATE INDEX "Event_occurredOn_idx" ON "Event"("occurredOn");

-- CreateIndex
CREATE INDEX "EventParty_partyId_idx" ON "EventParty"("partyId");

-- CreateIndex
CREATE INDEX "EventVersion_versionId_idx" ON "EventVersion"("versionId");

-- CreateIndex
CREATE INDEX "EventSource_sourceId_idx" ON "EventSource"("sourceId");

-- CreateIndex
CREATE INDEX "OpenQuestion_documentId_idx" ON "OpenQuestion"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_documentId_at_idx" ON "AuditEntry"("documentId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_partyId_at_idx" ON "AuditEntry"("partyId", "at");

-- AddForeignKey
ALTER TABLE "Version" ADD CONSTRAINT "Version_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Version" ADD CONSTRAINT "Version_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Point" ADD CONSTRAINT "Point_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Point" ADD CONSTRAINT "Point_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Point"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineageLink" ADD CONSTRAINT "LineageLink_fromPointId_fkey" FOREIGN KEY ("fromPointId") REFERENCES "Point"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineageLink" ADD CONSTRAINT "LineageLink_toPointId_fkey" FOREIGN KEY ("toPointId") REFERENCES "Point"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineageLink" ADD CONSTRAINT "LineageLink_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointStatus" ADD CONSTRAINT "PointStatus_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointStatus" ADD CONSTRAINT "PointStatus_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "Point"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointStatus" ADD CONSTRAINT "PointStatus_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "Point"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionSource" ADD CONSTRAINT "VersionSource_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionSource" ADD CONSTRAINT "VersionSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointSource" ADD CONSTRAINT "PointSource_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "Point"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointSource" ADD CONSTRAINT "PointSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointStatusSource" ADD CONSTRAINT "PointStatusSource_pointStatusId_fkey" FOREIGN KEY ("pointStatusId") REFERENCES "PointStatus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointStatusSource" ADD CONSTRAINT "PointStatusSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StanceSource" ADD CONSTRAINT "StanceSource_stanceId_fkey" FOREIGN KEY ("stanceId") REFERENCES "Stance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StanceSource" ADD CONSTRAINT "StanceSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParty" ADD CONSTRAINT "EventParty_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParty" ADD CONSTRAINT "EventParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventVersion" ADD CONSTRAINT "EventVersion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventVersion" ADD CONSTRAINT "EventVersion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenQuestion" ADD CONSTRAINT "OpenQuestion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Versions and points are the published record; statuses, stances and the audit log
-- are history. None of them is ever rewritten: a change is a new row.
CREATE FUNCTION "draftwatch_refuse_rewrite"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are immutable: record a new row instead of changing this one', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "Version_immutable" BEFORE UPDATE ON "Version"
    FOR EACH ROW EXECUTE FUNCTION "draftwatch_refuse_rewrite"();
CREATE TRIGGER "Point_immutable" BEFORE UPDATE ON "Point"
    FOR EACH ROW EXECUTE FUNCTION "draftwatch_refuse_rewrite"();
CREATE TRIGGER "PointStatus_append_only" BEFORE UPDATE ON "PointStatus"
    FOR EACH ROW EXECUTE FUNCTION "draftwatch_refuse_rewrite"();
CREATE TRIGGER "Stance_append_only" BEFORE UPDATE ON "Stance"
    FOR EACH ROW EXECUTE FUNCTION "draftwatch_refuse_rewrite"();
CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
    FOR EACH ROW EXECUTE FUNCTION "draftwatch_refuse_rewrite"();
