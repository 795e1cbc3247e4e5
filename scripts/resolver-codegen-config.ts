import type { CodegenConfig } from '@graphql-codegen/cli';
import { projectRoot, subgraphSdl, commonSdl, type SubgraphName } from '../subgraphs/shared/graphql/sdl';

/** Where each subgraph's generated resolver types live, and those of the value types both declare. */
export const resolverTypesFile = (name: SubgraphName): string => `subgraphs/${name}/resolvers/generated/resolver-types.ts`;
export const COMMON_RESOLVER_TYPES_FILE = 'subgraphs/shared/graphql/generated/common-resolver-types.ts';

/** Paths as seen from a generated file two folders below its subgraph (…/resolvers/generated/). */
const SHARED = '../../../shared';

/** The shared value types (schema/common*.graphql) and the TypeScript values their resolvers receive. */
function commonMappers(shared: string): Record<string, string> {
  return {
    Applicant: `${shared}/graphql/resolver-models#ApplicantView`,
    AuditEntry: `${shared}/audit/audit-entity#AuditLogRow`,
    AuditFieldChange: `${shared}/domain/audit-diff#AuditFieldChange`,
    CaseStep: `${shared}/graphql/resolver-models#CaseStepView`,
    PublicCaseView: `${shared}/graphql/resolver-models#PublicCaseViewModel`,
    RectificationStepRecord: `${shared}/graphql/resolver-models#RectificationStepView`,
    Rectification: `${shared}/reviews/review-view#RectificationView`,
    ScopeStatistics: `${shared}/statistics/tier-statistics#ScopeStatisticsSource`,
  };
}

/** A type another subgraph owns, resolved here from its key alone. */
const ref = `${SHARED}/graphql/entity-ref#EntityRef`;

const MAPPERS: Record<SubgraphName, Record<string, string>> = {
  county: {
    ...commonMappers(SHARED),
    CountyCase: '../../entities#CountyCase',
    CountyItem: '../../entities#CountyItem',
    Department: '../../entities#Department',
    CountyReview: '../../entities#CountyReview',
    Complaint: '../../entities#CountyComplaint',
    SupervisionRecord: '../../entities#SupervisionRecordRow',
    SupervisionStep: '../../entities#SupervisionEventRow',
    Statistics: '../statistics#StatisticsRef',
    ComplaintEvent: '../models#ComplaintEventView',
    ComplaintReceipt: '../models#ComplaintReceiptView',
    PublicComplaintView: '../models#PublicComplaintViewModel',
    ForwardedIntakeAck: '../models#ForwardedIntakeAckView',
    CountyRefusalReport: '../models#CountyRefusalReportRow',
    DelegableItemCopy: '../../entities#CountyItem',
    DepartmentStatistics: '../statistics#DepartmentStatisticsSource',
    Township: ref,
    TownshipCase: ref,
    DelegatedIntake: ref,
  },
  township: {
    ...commonMappers(SHARED),
    TownshipCase: '../../entities#TownshipCase',
    TownshipItem: '../../entities#TownshipItem',
    Township: '../../entities#Township',
    VillagePoint: '../../entities#VillagePoint',
    TownshipReview: '../../entities#TownshipReview',
    DelegatedIntake: '../../entities#DelegatedIntakeRow',
    OnlineIntakeApplication: '../../entities#OnlineIntakeApplicationRow',
    Statistics: `${SHARED}/domain/statistics#Period`,
    TownshipStatistics: '../statistics#TownshipStatisticsSource',
    TownshipWorkList: '../models#TownshipWorkListView',
    TownshipRefusalReport: '../models#TownshipRefusalReportRow',
    CountyCase: ref,
    CountyItem: ref,
    Department: ref,
  },
};

/** Options both generated files share: federation-aware signatures, string unions for enums, no runtime code. */
function pluginConfig(contextType: string, mappers: Record<string, string>) {
  return {
    federation: true,
    useTypeImports: true,
    enumsAsTypes: true,
    contextType,
    mappers,
    mapperTypeSuffix: 'Model',
    scalars: { DateTime: 'string', Date: 'string' },
  };
}

/**
 * GraphQL Code Generator's typescript-resolvers plugin over each subgraph's own SDL, as the subgraph
 * serves it, with the tier's context and its entity rows as parents; and over the common SDL alone
 * for the resolver helpers both tiers share.
 */
export function resolverCodegenConfig(): CodegenConfig {
  const tier = (name: SubgraphName, context: string) => ({
    schema: subgraphSdl(name),
    plugins: ['typescript', 'typescript-resolvers'],
    config: pluginConfig(`../../context#${context}`, MAPPERS[name]),
  });
  return {
    cwd: projectRoot(),
    silent: true,
    generates: {
      [resolverTypesFile('county')]: tier('county', 'CountyContext'),
      [resolverTypesFile('township')]: tier('township', 'TownshipContext'),
      [COMMON_RESOLVER_TYPES_FILE]: {
        schema: commonSdl(),
        plugins: ['typescript', 'typescript-resolvers'],
        config: pluginConfig('../subgraph-service#RequestContext', commonMappers('../..')),
      },
    },
  };
}
