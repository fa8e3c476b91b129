import type { Role, UnitRelation } from '@dondoc/domain';
import type { ActorFacts } from '../lib/types';
import {
  actsAsAdmin,
  actsAsApproverUnit,
  actsAsCooperator,
  actsAsLead,
  actsAsReviewerUnit,
  isRelatedToTask,
} from './permissions';

function facts(relations: UnitRelation[], roles: Role[], sameWard = true): ActorFacts {
  return { userId: 'u', unitId: 'unit', relations, roles, sameWard };
}

const checks = {
  actsAsLead,
  actsAsCooperator,
  actsAsReviewerUnit,
  actsAsApproverUnit,
  actsAsAdmin,
  isRelatedToTask,
};
type CheckName = keyof typeof checks;

describe('permission guards', () => {
  it.each<[string, ActorFacts, CheckName[]]>([
    ['lead staff', facts(['lead'], ['staff']), ['actsAsLead', 'isRelatedToTask']],
    ['lead unit head', facts(['lead'], ['unit_head']), ['actsAsLead', 'isRelatedToTask']],
    ['lead unit reviewer without working role', facts(['lead'], ['reviewer']), ['isRelatedToTask']],
    ['cooperator staff', facts(['cooperator'], ['staff']), ['actsAsCooperator', 'isRelatedToTask']],
    ['cooperator leader only', facts(['cooperator', 'leadership'], ['leader']), ['isRelatedToTask']],
    ['reviewer unit', facts(['reviewer_unit'], ['reviewer']), ['actsAsReviewerUnit', 'isRelatedToTask']],
    ['approver unit', facts(['approver_unit'], ['approver']), ['actsAsApproverUnit', 'isRelatedToTask']],
    ['leadership', facts(['leadership'], ['leader']), ['isRelatedToTask']],
    ['admin', facts(['none'], ['admin']), ['actsAsAdmin']],
    ['unrelated staff', facts(['none'], ['staff']), []],
    ['lead of another ward', facts(['lead'], ['staff', 'admin'], false), []],
    ['approver of another ward', facts(['approver_unit'], ['approver'], false), []],
  ])('%s passes exactly %p', (_name, actor, passing) => {
    const passed = (Object.keys(checks) as CheckName[]).filter((name) => checks[name](actor));
    expect(passed).toEqual(passing);
  });
});
