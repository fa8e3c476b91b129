import { ChainCheckpointEntity } from './chain-checkpoint.entity';
import { WardChainEntity } from './ward-chain.entity';

export const AUDIT_ENTITIES = [WardChainEntity, ChainCheckpointEntity];
