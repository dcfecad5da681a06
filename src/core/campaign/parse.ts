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
  return { problems: r.error.issues.map((i) => `${formatPath(i.path) || '(gốc)'}: ${vietnamese(i)}`) };
}

/**
 * Our schema words its own messages; a check it leaves to the library (a number field holding
 * text, a code not in its list) would reach the coordinator as zod's English ("Invalid input:
 * expected number"). Those are said in Vietnamese here.
 */
function vietnamese(i: { code: string; message: string; expected?: unknown; values?: readonly unknown[] }): string {
  if (!/^(Invalid|Too |Expected|Unrecognized)/.test(i.message)) return i.message;
  if (i.code === 'invalid_type') {
    return i.expected === 'number' || i.expected === 'int' ? 'phải là một số' : i.expected === 'array' ? 'phải là một danh sách' : i.expected === 'string' ? 'phải là chữ' : 'giá trị không hợp lệ';
  }
  if (i.code === 'invalid_value' && i.values) return `phải là một trong: ${i.values.join(', ')}`;
  return 'giá trị không hợp lệ';
}

/** Parses a configuration; throws CampaignConfigError naming every bad field. */
export function parseCampaign(input: unknown): Campaign {
  const { campaign, problems } = campaignProblems(input);
  if (!campaign) throw new CampaignConfigError(problems);
  return campaign;
}
