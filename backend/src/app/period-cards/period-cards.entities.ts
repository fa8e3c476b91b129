import { PeriodCardEntity } from './period-card.entity';

export const PERIOD_CARD_ENTITIES = [PeriodCardEntity];
