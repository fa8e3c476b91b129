import { WardChainEntity } from './ward-chain.entity';

export const AUDIT_ENTITIES = [WardChainEntity];
