import type { partyKinds } from "@/lib/stances/party-input";

export const KIND_LABELS: Record<(typeof partyKinds)[number], string> = {
  state: "State",
  bloc: "Bloc",
  alliance: "Alliance",
  organisation: "Organisation",
  other: "Other",
};
