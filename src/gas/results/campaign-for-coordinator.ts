/** The campaign, for a coordinator only: what every results/report server function starts with. */
import type { Campaign } from '../../core/campaign';
import { assertCoordinator, callerEmail, coordinatorsOf, ownerEmail } from '../auth';
import { campaignOrThrow, loadCampaignSource, type CampaignSource } from '../setup/config-source';

export function coordinatorCampaign(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, action: string): { c: Campaign; src: CampaignSource; me: string; owner: string } {
  const src = loadCampaignSource(ss);
  const me = callerEmail();
  const owner = ownerEmail(ss);
  assertCoordinator(me, owner, coordinatorsOf(src.config, src.grid), action);
  const c = campaignOrThrow(src, `chưa ${action} được`);
  return { c, src, me, owner };
}
