import * as z from 'zod/mini';
import { CampaignSchema, type Campaign } from './schema';

export class CampaignConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình chiến dịch không hợp lệ:\n- ${problems.join('\n- ')}`);
    this.name = 'CampaignConfigError';
  }
}

/** Formats a zod path as a person reads it: units[3].emails[0]. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

export function campaignProblems(input: unknown): { campaign?: Campaign; problems: string[] } {
  const r = z.safeParse(CampaignSchema, input);
  if (r.success) return { campaign: r.data, problems: [] };
  return { problems: r.error.issues.map((i) => `${formatPath(i.path) || '(gốc)'}: ${i.message}`) };
}

/** Parses a configuration; throws CampaignConfigError naming every bad field. */
export function parseCampaign(input: unknown): Campaign {
  const { campaign, problems } = campaignProblems(input);
  if (!campaign) throw new CampaignConfigError(problems);
  return campaign;
}
