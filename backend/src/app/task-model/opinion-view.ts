import type { OpinionCountDto, OpinionStatus } from '@dondoc/contracts';
import { vietnamDateOf } from '@dondoc/deadlines';
import type { ConsultationOpinion, WorkflowContext } from '@dondoc/workflows';

type ConsultationFacts = Pick<WorkflowContext, 'consultees' | 'opinions' | 'consultationDeadline'>;

export interface UnitContribution {
  unitId: string;
  status: OpinionStatus;
  opinion: ConsultationOpinion | null;
}

/**
 * Each consulted unit's standing in the task's latest consultation, judged by Vietnam dates: the
 * deadline day itself still belongs to the cooperators (as the workflow's own rule says).
 */
export function contributionsOf(context: ConsultationFacts, today: string): UnitContribution[] {
  const deadline = context.consultationDeadline;
  return context.consultees.map((unitId) => {
    const opinion = context.opinions.find((candidate) => candidate.unitId === unitId) ?? null;
    return { unitId, opinion, status: statusOf(opinion, deadline, today) };
  });
}

function statusOf(
  opinion: ConsultationOpinion | null,
  deadline: string | null,
  today: string,
): OpinionStatus {
  if (opinion === null) return deadline !== null && today > deadline ? 'overdue' : 'waiting';
  if (opinion.noOpinion) return 'none_recorded';
  const answeredOn = vietnamDateOf(opinion.at);
  return deadline !== null && answeredOn !== null && answeredOn > deadline ? 'late' : 'given';
}

/** "3/4 ý kiến": answers given (on time or late) out of the units consulted; none before a consultation. */
export function opinionCount(context: Partial<ConsultationFacts>): OpinionCountDto | undefined {
  const consultees = context.consultees ?? [];
  if (consultees.length === 0) return undefined;
  const opinions = context.opinions ?? [];
  const given = consultees.filter((unitId) =>
    opinions.some((opinion) => opinion.unitId === unitId && !opinion.noOpinion),
  ).length;
  return { given, total: consultees.length };
}
