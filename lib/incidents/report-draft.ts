/**
 * The Director's report in progress (AB-14), kept as a draft in the log's database so leaving the
 * page, a reload or a closed tab does not lose the recommendation being written. One draft per
 * caller group, named by the group's first key; cleared by the team leader when it has been sent.
 */
import type { CallGuideDb } from '../db';

export interface ReportDraft {
  recommendation: string;
  proposed: string[];
}

const draftId = (groupKey: string) => `director-report:${groupKey}`;

export async function loadReportDraft(db: CallGuideDb, groupKey: string): Promise<ReportDraft | null> {
  const row = await db.drafts.get(draftId(groupKey));
  const data = row?.data as Partial<ReportDraft> | undefined;
  if (!data || typeof data.recommendation !== 'string') return null;
  return { recommendation: data.recommendation, proposed: Array.isArray(data.proposed) ? data.proposed.filter((p): p is string => typeof p === 'string') : [] };
}

export async function saveReportDraft(db: CallGuideDb, groupKey: string, draft: ReportDraft, now: number): Promise<void> {
  if (!draft.recommendation.trim() && draft.proposed.length === 0) await db.drafts.delete(draftId(groupKey));
  else await db.drafts.put({ id: draftId(groupKey), savedAt: now, data: draft });
}
