/** How `segbot approvals` prints versions: stored text always through visibleText, so no escape code can act on the terminal. */
import { visibleText, type ApprovalRecord, type CampaignVersion, type StoredPolicy } from '../../review/index.js';
import { safeJsonLine } from '../output.js';

export function summary(v: CampaignVersion) {
  return {
    id: v.campaignId,
    version: v.version,
    hash: v.hash,
    state: v.state,
    decision: v.decision,
    requestedBy: v.requestedBy,
    updatedAt: v.updatedAt,
    findings: v.findings.map((f) => ({ code: f.code, severity: f.severity, evidence: f.evidence })),
  };
}

const one = (s: unknown) => visibleText(String(s ?? ''));

export function versionLine(v: CampaignVersion, json: boolean | undefined): string {
  if (json) return safeJsonLine(summary(v));
  const codes = v.findings.map((f) => `${f.code}(${f.severity})`).join(' ') || '-';
  return `${one(v.campaignId)}  v${v.version}  ${v.hash.slice(0, 12)}  ${v.state}  decision=${v.decision}  by ${one(v.requestedBy)}  ${one(codes)}\n`;
}

export function describeVersion(v: CampaignVersion, decisions: readonly ApprovalRecord[]): string {
  const c = (v.content.campaign ?? {}) as Record<string, unknown>;
  const lines = [
    `${one(v.campaignId)} version ${v.version} (${v.hash}), ${v.state}, review decision ${v.decision}, requested by ${one(v.requestedBy)}`,
    ...(typeof v.content.persona === 'string' ? [`persona:  ${one(v.content.persona)}`] : []),
    ...['channel', 'audience', 'message', 'offer'].map((k) => `${k.padEnd(9)} ${one(c[k])}`),
    ...(v.content.segment_stats ? [`segment:  ${one(JSON.stringify(v.content.segment_stats))}`] : []),
    ...v.findings.map((f) => `finding:  ${f.severity} ${one(f.code)} [${one(f.rule)}] ${one(f.evidence)}`),
    ...decisions.map((d) => `decision: ${d.verdict} by ${one(d.userId)} at ${d.at}${d.reason ? `: ${one(d.reason)}` : ''}`),
    `approve:  segbot approvals approve ${one(v.campaignId)} --hash ${v.hash.slice(0, 12)}`,
  ];
  return lines.join('\n') + '\n';
}

export function describePolicy(p: StoredPolicy): string {
  const map = Object.entries(p.policy.userMap).map(([local, id]) => `${local}=${id}`).join(', ') || 'none';
  return [
    `revision:  ${p.revision}${p.updatedBy ? ` (by ${one(p.updatedBy)} at ${p.updatedAt})` : ' (not seeded)'}`,
    `members:   ${p.policy.members.join(', ') || 'none'}`,
    `usergroup: ${p.policy.usergroup ?? 'none'}`,
    `four-eyes: ${p.policy.fourEyes ? 'on' : 'off'}`,
    `auto-approve: ${p.policy.autoApprove ?? 'earned'}`,
    `users:     ${one(map)}`,
  ].join('\n') + '\n';
}
