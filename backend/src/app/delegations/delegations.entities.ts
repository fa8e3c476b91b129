import { DelegationEntity } from './delegation.entity';

export const DELEGATION_ENTITIES = [DelegationEntity];
