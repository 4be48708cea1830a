// The README's queries used as a frontend would: every field read here is typed from the committed schema, so
// a schema change that removes or retypes one fails `tsc --noEmit` (and codegen fails on a document the schema
// no longer validates).
import { execute } from './client';
import {
  DashboardDocument,
  OverviewDocument,
  RegisterWorkDocument,
  WardWorksDocument,
  type UserErrorCode,
  type WardWorksQuery,
} from './gql/graphql';

const ENDPOINT = 'http://localhost:8080/graphql';

/** Lines naming the wards and communes that still miss an obligation. */
export async function missingUnits(campaignCode: string): Promise<string[]> {
  const { campaign } = await execute(ENDPOINT, OverviewDocument, { code: campaignCode });
  if (!campaign) return [];
  return campaign.compliance.nonCompliant.map((unit) =>
    `${unit.unit.name}: ${unit.obligations
      .filter((o) => o.status !== 'SATISFIED')
      .map((o) => `${o.obligation.code} ${o.status} (${o.approved} approved, ${o.pending} pending)`)
      .join(', ')}`);
}

/** What the form shows next to a field, by the rule's code: the enum is the rule catalogue's. */
const FIELD_HINTS: Partial<Record<UserErrorCode, string>> = {
  DATE_OUTSIDE_CAMPAIGN: 'Chọn ngày trong thời gian đợt thi đua.',
  DUPLICATE_REGISTRATION: 'Đơn vị đã đăng ký công trình này.',
  CONFLICT: 'Đăng ký đã được người khác sửa: tải lại.',
};

/** Registers a work; answers its id, or the Vietnamese messages by input field. */
export async function registerWork(token: string, unitCode: string, name: string, plannedOn: string)
  : Promise<{ id: string } | { errors: Map<string, string> }> {
  const { registerWork: payload } = await execute(ENDPOINT, RegisterWorkDocument, {
    input: { campaignCode: 'CT32-2022', unitCode, name, kind: 'INAUGURATION', plannedOn, taskAreaCode: 'URBAN' },
  }, token);
  if (payload.work && payload.userErrors.length === 0) {
    return { id: payload.work.id };
  }
  const errors = new Map<string, string>();
  for (const error of payload.userErrors) {
    const field = error.field?.join('.') ?? 'input';
    errors.set(field, FIELD_HINTS[error.code] ?? error.message);
  }
  return { errors };
}

/** Every work of a ward, page by page. */
export async function allWorksOf(unitCode: string): Promise<Array<{ name: string; status: string; plannedOn: string | null }>> {
  const works: Array<{ name: string; status: string; plannedOn: string | null }> = [];
  let after: string | null = null;
  for (;;) {
    const page: WardWorksQuery['works'] = (await execute(ENDPOINT, WardWorksDocument, { unitCode, after })).works;
    for (const edge of page.edges) {
      works.push({ name: edge.node.name, status: edge.node.status, plannedOn: edge.node.plannedOn ?? null });
    }
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return works;
    after = page.pageInfo.endCursor;
  }
}

/** The dashboard's headline figures. */
export async function headline(code: string): Promise<string> {
  const { campaign } = await execute(ENDPOINT, DashboardDocument, { code, filter: { from: '2022-05-01' } });
  if (!campaign) return `no campaign ${code}`;
  const { statistics, compliance } = campaign;
  return `${campaign.name}: ${statistics.works.total} works, ${statistics.events.total} events, `
    + `${statistics.investment.total} đồng, ${compliance.compliantUnits}/${compliance.requiredUnits} units comply`;
}
